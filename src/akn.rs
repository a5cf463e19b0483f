//! Akoma Ntoso XML in the UN profile (AKN4UN): [`to_xml`], [`write_xml`].
//!
//! Input: a parsed [`Resolution`]. Output: one XML document in the
//! namespace [`NAMESPACE`], valid against the OASIS Akoma Ntoso 3.0 schema
//! (`testdata/schemas/akomantoso30.xsd`; `tests/outputs.rs` validates every
//! fixture with `xmllint`). Never: anything the AST does not hold (the XML
//! is as good as the parse), dates or numbers made up to fill a gap.
//!
//! # Shape
//!
//! AKN4UN separates the *publication* (the printed document with its
//! masthead) from the *resolution* it carries. So the root is a publication
//! wrapper and the resolution sits inside it as a `statement`:
//!
//! ```text
//! akomaNtoso
//! └─ documentCollection name="publicationResolution"
//!    ├─ meta           identification (FRBR) of the publication, references (TLC)
//!    ├─ coverPage      masthead (organ, symbol as a ref, distribution, date, session,
//!    │                 committee, agenda items), sponsors as docProponent, adoption line
//!    └─ collectionBody/component
//!       └─ statement name="resolution" | "resolutionDraft"
//!          ├─ meta        identification (FRBR) of the resolution, notes cited nowhere
//!          ├─ preface     <docNumber>80/204</docNumber>. <docTitle>…</docTitle>
//!          ├─ preamble    formula name="enactingFormula", then container name="{lead}"
//!          ├─ mainBody    paragraph eId="para_1" num content/p; subparagraphs as
//!          │              list/intro/point, eId "para_8__list_1__point_a", a group
//!          │              heading above an item as the point's heading; a text
//!          │              the paragraph adopts as embeddedStructure inside its p
//!          ├─ conclusions container name="conclusion": meeting line with docDate
//!          └─ attachments attachment eId="att_1"/doc name="annex" per annex
//! ```
//!
//! Footnotes are `authorialNote` elements inside `sup`, at the byte offset
//! where their marker stood (`1993,<sup class="footnote"><authorialNote
//! eId="ftn_1" marker="1" placement="bottom">…`); the sponsor note has
//! `marker="*"` and sits in the cover page. A note cited twice is written at
//! both places (eIds `ftn_1`, `ftn_1-2`); a note cited nowhere goes to the
//! statement's `meta/notes`. Leads print in italics, as in the UN text
//! (`<i>Reaffirms</i> that …`). Headings between operative paragraphs
//! (`I` / `Legislative activities`) open an `hcontainer name="heading"` that
//! holds the paragraphs up to the next heading. Each part of a resolution
//! in parts or in sections is an `hcontainer name="part"` (eId
//! `hcontainer_B`, `hcontainer_II`) with its label as `num`, its title as
//! `heading`, its own formula (a part's) and preambular paragraphs as
//! `intro`, its paragraphs (eId `hcontainer_B__para_1`), and a meeting line
//! printed under it as `wrapUp`; the last part's meeting is the
//! `conclusions`. The document `preamble` keeps what comes before the first
//! part: the formula of a resolution in sections, and any paragraphs.
//!
//! TLC references (`TLCOrganization` for the organ, the sponsors and the
//! converter, `TLCRole` for author and sponsor) are declared once, in the
//! publication's `meta/references`: the schema wants every `eId` unique in
//! the whole file, nested documents included, so the statement and the
//! annexes refer to those entries rather than repeating them.
//!
//! # Choices where AKN4UN contradicts itself
//!
//! The guidelines (UNSCEB HLCM, parts 1–3) disagree with themselves on
//! several points. One reading was taken for each (DOMAIN.md §9); the tests
//! in `tests/outputs.rs` pin every one.
//!
//! | question | taken | not taken | why |
//! |---|---|---|---|
//! | draft `@name` | `resolutionDraft` | `draftResolution` | the document class table is the normative list; the publication chapter only illustrates |
//! | subtype | `deliberation` | `resolution`, `deliberaton`, `draftResolution` | the naming chapter and the class table agree; the examples vary (one misspelt) |
//! | actor | `un-ga`, `un-sc`, `un-ecosoc`, `un-hrc` | `ga` | the naming chapter's form; it extends to other organs without clashes |
//! | number | `80-204`: `/` → `-`, space → `_`, printed form in `FRBRnumber/@showAs`; drafts by their symbol, dots kept: `A-C.3-80-L.35` | `A-RES-66-1`; `A-C3-68-L77` | the statement examples and the substitution rule as stated; dropping dots is not in the rule |
//! | Security Council number | `1445`, the year being in the date | `1445_(2002)` | the IRI already carries the date; the profile gives no SC example |
//! | date | adoption date for adopted texts, issue date for drafts | "original creation date" read as the issue date of any text | for a resolution, adoption is its creation; the examples use it |
//! | expression, manifestation | `…/eng@`, `…/eng@!main`, `…/eng@.xml` | `eng@2013-12-12`, `eng@/!main`, `…/.xml` | the naming chapter's form |
//! | language | `eng` (ISO 639-2) in `FRBRlanguage/@language` | RFC 4646 `en` | the naming chapter; the text is English (the parser reads English) |
//! | `FRBRnumber` | `@value` | `@number` | only `@value` is valid against the schema |
//! | preamble | `formula name="enactingFormula"`, `container name="{lead}"` | `enactingAuthority`, `block name="#preamble"` | matches the DOMAIN.md example, and keeps the lead phrase as data |
//! | closing | `conclusions/container` with `docDate` | `p` + `date`; `conclusions` inside `mainBody` | the latter is invalid against the schema |
//! | annex, wrapper | `!annex_1`; `publicationResolution` | `/!main/annex_2`; `publication`, `cover` | the naming chapter's component form; the wrapper name of the class table |
//!
//! When the text prints no number, the number part of an IRI is `nn` (not
//! numbered). When it prints no date, IRIs and `FRBRdate` carry
//! [`UNKNOWN_DATE`] with `@name="unknown"`: the schema requires a date and
//! no plausible one can be derived.
//!
//! # References and quoted structures
//!
//! Every citation of a paragraph, subparagraph, annex paragraph or footnote
//! that has an IRI ([`Reference::iri`]) is a `ref` to the cited work over
//! the words that cite it: `<ref
//! href="/akn/un/statement/deliberation/un-ga/2015-09-25/70-1">resolution
//! 70/1 of 25 September 2015</ref>`. A citation without an IRI (a document
//! cited by symbol, the Charter, a treaty, a session, another organ) stays
//! plain text: the schema requires `ref/@href`, and a placeholder such as
//! `#` would point nowhere and say something false. A footnote marker
//! inside a cited range is written inside the `ref`.
//!
//! The text an operative paragraph adopts ([`QuotedStructure`]: the
//! political declaration of A/RES/73/3) is an `embeddedStructure` at the
//! end of the paragraph's `p`, after `…:`. Not `quotedStructure`: the
//! schema allows that only inside `mod`, which marks an amendment to
//! another text; `embeddedStructure` is the inline subflow for a full
//! structure carried in a text. Inside it: the title as `block
//! name="title"`/`docTitle`, then headings and numbered paragraphs written
//! as in an annex, each eId prefixed by the structure's, itself prefixed by
//! the paragraph's (`para_1__embeddedStructure_1__para_53`), so that all
//! stay unique in the file. `startQuote=""`: the text prints no quotation
//! marks around it.
//!
//! Annex paragraphs are written whole, their lead (`Reaffirm`, a
//! declaration's first person plural) included in the text and not marked
//! up: only a resolution's own paragraphs have their lead in `i`.

use crate::DocumentSymbol;
use std::collections::{BTreeSet, HashSet};
use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::ast::{
    Adoption, Annex, AnnexBlock, Body, Date, DocumentKind, FootnoteMarker, FootnoteRef, Heading,
    OperativeParagraph, Part, QuotedStructure, Resolution, Sponsors, Status, Subparagraph,
};
use crate::reference::Reference;
use crate::text::{agenda_line, distribution_name, label_text, un_date};

/// The Akoma Ntoso 3.0 namespace.
///
/// ```
/// let r = un_resolution::parse_resolution("The General Assembly,\n1. Decides to meet;\n")?;
/// let xml = un_resolution::akn::to_xml(&r);
/// assert!(xml.contains(&format!("<akomaNtoso xmlns=\"{}\">", un_resolution::akn::NAMESPACE)));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The date written when the text prints none (`FRBRdate/@name="unknown"`).
///
/// Every IRI and every `FRBRdate` needs a date; day one of year one cannot
/// be mistaken for a real UN date.
pub const UNKNOWN_DATE: &str = "0001-01-01";

/// The resolution as an Akoma Ntoso document (UTF-8, indented).
///
/// ```
/// let text = "\
/// General Assembly
/// Distr.: General
/// 22 December 2025
/// Resolution adopted by the General Assembly on 18 December 2025
/// 80/204. Enhancement of international cooperation in the field of human rights
/// The General Assembly,
/// Recalling its resolution 70/1,¹
/// 1. Decides to continue its consideration of the question at its eighty-first session.
/// ¹ Resolution 55/2.
/// ";
/// let r = un_resolution::parse_resolution(text)?;
/// let xml = un_resolution::akn::to_xml(&r);
/// assert!(xml.contains(r#"<statement name="resolution" contains="originalVersion">"#));
/// assert!(xml.contains(r#"<FRBRuri value="/akn/un/statement/deliberation/un-ga/2025-12-18/80-204"/>"#));
/// assert!(xml.contains(r#"<authorialNote eId="ftn_1" marker="1" placement="bottom"><p>Resolution 55/2.</p></authorialNote>"#));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[must_use]
pub fn to_xml(resolution: &Resolution) -> String {
    let mut buf = Vec::new();
    // Writing into a Vec<u8> cannot fail; were it to, the text so far is
    // still returned.
    let _ = write_xml(resolution, &mut buf);
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes the resolution as an Akoma Ntoso document to `out`.
///
/// ```
/// let r = un_resolution::parse_resolution("The General Assembly,\n1. Decides to meet;\n")?;
/// let mut out = Vec::new();
/// un_resolution::akn::write_xml(&r, &mut out).expect("writing to a Vec");
/// assert!(String::from_utf8_lossy(&out).starts_with("<?xml"));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
///
/// # Errors
///
/// Any error of `out`.
pub fn write_xml<W: Write>(resolution: &Resolution, out: W) -> io::Result<()> {
    let mut doc = Doc::new(resolution, out);
    doc.document()?;
    doc.x.w.get_mut().flush()
}

/// The FRBR work IRI of the resolution: `/akn/un/statement/deliberation/un-ga/2025-12-18/80-204`.
///
/// ```
/// let r = un_resolution::parse_resolution("Security Council\nS/RES/1445 (2002)\n4 December 2002\nThe Security Council,\n1. Decides to remain seized of the matter.\n")?;
/// assert_eq!(un_resolution::akn::work_iri(&r), "/akn/un/statement/deliberation/un-sc/2002-12-04/1445");
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[must_use]
pub fn work_iri(resolution: &Resolution) -> String {
    Ident::statement(resolution).work()
}

/// What names one document in IRIs and FRBR metadata.
struct Ident {
    doc_type: &'static str,
    subtype: &'static str,
    /// `@name` of the document element.
    name: &'static str,
    actor: &'static str,
    date: Option<Date>,
    date_name: &'static str,
    number: Option<Number>,
}

/// A document number: the IRI form and the printed form.
struct Number {
    value: String,
    show_as: String,
}

impl Number {
    /// `80/204` → `80-204`; `A/C.3/80/L.35` → `A-C.3-80-L.35`.
    fn new(printed: &str) -> Self {
        let value: String = printed
            .trim()
            .chars()
            .map(|c| match c {
                '/' => '-',
                c if c.is_whitespace() => '_',
                c => c,
            })
            .collect();
        Self {
            value,
            show_as: printed.trim().to_owned(),
        }
    }

    /// `1445 (2002)` → `1445`, the year being in the date (Security Council).
    fn security_council(printed: &str) -> Self {
        let p = printed.trim();
        let bare = match p.rfind(" (") {
            Some(i)
                if p.ends_with(')')
                    && p[i + 2..p.len() - 1].bytes().all(|b| b.is_ascii_digit()) =>
            {
                &p[..i]
            }
            _ => p,
        };
        Self {
            value: Self::new(bare).value,
            show_as: p.to_owned(),
        }
    }
}

/// The organ's actor in IRIs and its printed name.
fn actor(r: &Resolution) -> (&'static str, &'static str) {
    let body = r.masthead.body.or_else(|| {
        let symbol = r.masthead.symbol.as_ref().map(DocumentSymbol::as_str)?;
        if symbol.starts_with("A/HRC/") {
            Some(Body::HumanRightsCouncil)
        } else if symbol.starts_with("A/") {
            Some(Body::GeneralAssembly)
        } else if symbol.starts_with("S/") {
            Some(Body::SecurityCouncil)
        } else if symbol.starts_with("E/") {
            Some(Body::EconomicAndSocialCouncil)
        } else {
            None
        }
    });
    match body {
        Some(Body::GeneralAssembly) => ("un-ga", "General Assembly"),
        Some(Body::SecurityCouncil) => ("un-sc", "Security Council"),
        Some(Body::EconomicAndSocialCouncil) => ("un-ecosoc", "Economic and Social Council"),
        Some(Body::HumanRightsCouncil) => ("un-hrc", "Human Rights Council"),
        None => ("un", "United Nations"),
    }
}

/// Whether the resolution is a draft: by its status, else by its symbol
/// (`/L.`) or its distribution (`Limited`).
fn is_draft(r: &Resolution) -> bool {
    match &r.status {
        Status::Draft { .. } => true,
        Status::Adopted { .. } => false,
        _ => {
            let symbol = r
                .masthead
                .symbol
                .as_ref()
                .map(DocumentSymbol::as_str)
                .unwrap_or("");
            !symbol.contains("/RES/")
                && (symbol.contains("/L.")
                    || r.masthead.distribution == Some(crate::ast::Distribution::Limited))
        }
    }
}

/// The resolution number as printed: `80/204`, `1445 (2002)`; from the
/// adoption data, else from an `…/RES/…` symbol.
fn resolution_number(r: &Resolution) -> Option<&str> {
    if let Status::Adopted { adoption, .. } = &r.status {
        if let Some(n) = adoption.number.as_deref() {
            return Some(n);
        }
    }
    let symbol = r.masthead.symbol.as_ref().map(DocumentSymbol::as_str)?;
    symbol
        .find("/RES/")
        .map(|i| &symbol[i + 5..])
        .filter(|n| !n.trim().is_empty())
}

impl Ident {
    fn statement(r: &Resolution) -> Self {
        let (actor, _) = actor(r);
        let draft = is_draft(r);
        let adoption_date = match &r.status {
            Status::Adopted { adoption, .. } => adoption
                .date
                .or_else(|| adoption.meeting.as_ref().and_then(|m| m.date)),
            _ => None,
        };
        let (date, date_name) = match (adoption_date, r.masthead.date) {
            (Some(d), _) => (Some(d), "adoption"),
            (None, Some(d)) => (Some(d), "issue"),
            (None, None) => (None, "unknown"),
        };
        let number = if draft {
            r.masthead
                .symbol
                .as_ref()
                .map(DocumentSymbol::as_str)
                .map(Number::new)
        } else {
            resolution_number(r).map(|n| {
                if actor == "un-sc" {
                    Number::security_council(n)
                } else {
                    Number::new(n)
                }
            })
        };
        Self {
            doc_type: "statement",
            subtype: "deliberation",
            name: if draft {
                "resolutionDraft"
            } else {
                "resolution"
            },
            actor,
            date,
            date_name,
            number,
        }
    }

    /// The publication: the printed document, named by its symbol and issue date.
    fn publication(r: &Resolution) -> Self {
        let (actor, _) = actor(r);
        let statement = Self::statement(r);
        let number = r
            .masthead
            .symbol
            .as_ref()
            .map(DocumentSymbol::as_str)
            .map(Number::new)
            .or_else(|| {
                // An adopted General Assembly text is published as A/RES/{number}.
                let n = resolution_number(r)?;
                (actor == "un-ga" && !is_draft(r) && n.contains('/'))
                    .then(|| Number::new(&format!("A/RES/{n}")))
            });
        let (date, date_name) = match r.masthead.date {
            Some(d) => (Some(d), "issue"),
            None => (statement.date, statement.date_name),
        };
        Self {
            doc_type: "documentCollection",
            subtype: "publicationResolution",
            name: "publicationResolution",
            actor,
            date,
            date_name,
            number,
        }
    }

    fn date_text(&self) -> String {
        self.date
            .map_or_else(|| UNKNOWN_DATE.to_owned(), |d| d.to_string())
    }

    /// `/akn/un/statement/deliberation/un-ga/2025-12-18/80-204`.
    fn work(&self) -> String {
        format!(
            "/akn/un/{}/{}/{}/{}/{}",
            self.doc_type,
            self.subtype,
            self.actor,
            self.date_text(),
            self.number.as_ref().map_or("nn", |n| n.value.as_str())
        )
    }
}

/// The quick-xml writer with block-level indentation.
///
/// Indentation is written only between block elements; inside mixed
/// content (`p`, `num`, inline elements) not a byte is added, so the text
/// of the XML is the text of the resolution.
struct Xml<W: Write> {
    w: quick_xml::Writer<W>,
    depth: usize,
}

impl<W: Write> Xml<W> {
    fn newline(&mut self) -> io::Result<()> {
        let indent = format!("\n{}", "  ".repeat(self.depth));
        self.w
            .write_event(Event::Text(BytesText::from_escaped(indent)))
    }

    fn start_tag<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
        let mut tag = BytesStart::new(name);
        for &(k, v) in attrs {
            tag.push_attribute((k, xml_chars(v).as_str()));
        }
        tag
    }

    /// A block element that holds other blocks.
    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.newline()?;
        self.w
            .write_event(Event::Start(Self::start_tag(name, attrs)))?;
        self.depth += 1;
        Ok(())
    }

    fn close(&mut self, name: &str) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        self.newline()?;
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    /// An empty block element.
    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.newline()?;
        self.w
            .write_event(Event::Empty(Self::start_tag(name, attrs)))
    }

    /// A block element with mixed content: indentation before, none inside.
    fn open_mixed(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.newline()?;
        self.start(name, attrs)
    }

    /// An inline start tag.
    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w
            .write_event(Event::Start(Self::start_tag(name, attrs)))
    }

    fn end(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn text(&mut self, text: &str) -> io::Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        // `<`, `>` and `&` escaped; quotes stay as they are in text content.
        let escaped = quick_xml::escape::partial_escape(xml_chars(text)).into_owned();
        self.w
            .write_event(Event::Text(BytesText::from_escaped(escaped)))
    }

    /// `<name attrs>text</name>` inline.
    fn inline_leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.start(name, attrs)?;
        self.text(text)?;
        self.end(name)
    }

    /// `<name attrs>text</name>` as a block.
    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.newline()?;
        self.inline_leaf(name, attrs, text)
    }
}

/// `text` with the characters XML 1.0 forbids (control characters but tab
/// and line ends, U+FFFE, U+FFFF) replaced by spaces.
fn xml_chars(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => ' ',
            c => c,
        })
        .collect()
}

/// A lower-case identifier for an eId: `Russian Federation` → `russian-federation`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A lead phrase as a container name: `Recalling also` → `recallingAlso`.
fn camel(text: &str) -> String {
    let mut out = String::new();
    for (k, word) in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            if k == 0 {
                out.extend(first.to_lowercase());
            } else {
                out.extend(first.to_uppercase());
            }
            out.extend(chars.flat_map(char::to_lowercase));
        }
    }
    out
}

/// A wrapped range of inline text: the lead in `<i>`, a sponsor in `<docProponent>`.
struct Wrap {
    start: usize,
    end: usize,
    element: &'static str,
    attrs: Vec<(&'static str, String)>,
}

/// The text of a paragraph or point with what goes inline in it.
struct Inline<'a> {
    text: &'a str,
    refs: &'a [FootnoteRef],
    wraps: Vec<Wrap>,
    /// The text the paragraph adopts, written at the end of its `p`.
    quoted: Option<&'a QuotedStructure>,
}

/// The largest character boundary of `text` at or before `offset`.
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// The eId of a note: `ftn_1`, `ftn_star` for `*`, `ftn_star2` for `**`.
fn note_id(marker: FootnoteMarker) -> String {
    match marker {
        FootnoteMarker::Number(n) => format!("ftn_{n}"),
        FootnoteMarker::Asterisks(1) => "ftn_star".to_owned(),
        FootnoteMarker::Asterisks(k) => format!("ftn_star{k}"),
    }
}

struct Doc<'r, W: Write> {
    x: Xml<W>,
    r: &'r Resolution,
    /// Every eId written, so that each is unique in the file.
    ids: HashSet<String>,
    /// Indices into `r.footnotes` already written at a marker.
    notes_written: BTreeSet<usize>,
    /// Sponsor name → its TLC eId.
    sponsor_ids: Vec<(String, String)>,
    source_id: String,
    organ_id: String,
}

impl<'r, W: Write> Doc<'r, W> {
    fn new(r: &'r Resolution, out: W) -> Self {
        Self {
            x: Xml {
                w: quick_xml::Writer::new(out),
                depth: 0,
            },
            r,
            ids: HashSet::new(),
            notes_written: BTreeSet::new(),
            sponsor_ids: Vec::new(),
            source_id: String::new(),
            organ_id: String::new(),
        }
    }

    /// `base`, or `base-2`, `base-3` … when taken.
    fn id(&mut self, base: &str) -> String {
        let mut id = base.to_owned();
        let mut k = 1;
        while self.ids.contains(&id) {
            k += 1;
            id = format!("{base}-{k}");
        }
        self.ids.insert(id.clone());
        id
    }

    fn document(&mut self) -> io::Result<()> {
        self.x
            .w
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        self.x.open("akomaNtoso", &[("xmlns", NAMESPACE)])?;
        self.x.open(
            "documentCollection",
            &[
                ("name", "publicationResolution"),
                ("contains", "originalVersion"),
            ],
        )?;
        self.x.open("meta", &[])?;
        let publication = Ident::publication(self.r);
        self.declare_references_ids();
        self.identification(&publication, "!main", None)?;
        self.references()?;
        self.x.close("meta")?;
        self.cover_page()?;
        self.x.open("collectionBody", &[])?;
        let component = self.id("cmp_1");
        self.x.open("component", &[("eId", &component)])?;
        self.statement()?;
        self.x.close("component")?;
        self.x.close("collectionBody")?;
        self.x.close("documentCollection")?;
        self.x.close("akomaNtoso")?;
        self.x
            .w
            .write_event(Event::Text(BytesText::from_escaped("\n")))
    }

    /// Reserves the eIds of the TLC entries.
    fn declare_references_ids(&mut self) {
        self.source_id = self.id("unResolution");
        let (actor, _) = actor(self.r);
        self.organ_id = self.id(actor);
        if let Status::Draft {
            sponsors: Some(sponsors),
            ..
        } = &self.r.status
        {
            for s in &sponsors.list {
                if self.sponsor_ids.iter().any(|(name, _)| *name == s.name) {
                    continue;
                }
                let base = slug(&s.name);
                let base = if base.is_empty() { "sponsor" } else { &base };
                let id = self.id(base);
                self.sponsor_ids.push((s.name.clone(), id));
            }
        }
        self.ids.insert("author".to_owned());
        self.ids.insert("sponsor".to_owned());
    }

    fn references(&mut self) -> io::Result<()> {
        let source = format!("#{}", self.source_id);
        self.x.open("references", &[("source", &source)])?;
        let source_id = self.source_id.clone();
        self.x.empty(
            "TLCOrganization",
            &[
                ("eId", &source_id),
                ("href", "/akn/ontology/organization/un-resolution"),
                ("showAs", "un-resolution (Rust crate)"),
            ],
        )?;
        let (actor, organ) = actor(self.r);
        let organ_id = self.organ_id.clone();
        self.x.empty(
            "TLCOrganization",
            &[
                ("eId", &organ_id),
                ("href", &format!("/akn/ontology/organization/un/{actor}")),
                ("showAs", organ),
            ],
        )?;
        for (name, id) in self.sponsor_ids.clone() {
            self.x.empty(
                "TLCOrganization",
                &[
                    ("eId", &id),
                    ("href", &format!("/akn/ontology/organization/{id}")),
                    ("showAs", &name),
                ],
            )?;
        }
        self.x.empty(
            "TLCRole",
            &[
                ("eId", "author"),
                ("href", "/akn/ontology/role/un/author"),
                ("showAs", "Author"),
            ],
        )?;
        self.x.empty(
            "TLCRole",
            &[
                ("eId", "sponsor"),
                ("href", "/akn/ontology/role/un/sponsor"),
                ("showAs", "Sponsor"),
            ],
        )?;
        self.x.close("references")
    }

    /// `identification` with the three FRBR levels; `component` is `!main`
    /// or `!annex_1`, `name` the `FRBRname` of a statement.
    fn identification(
        &mut self,
        ident: &Ident,
        component: &str,
        name: Option<&str>,
    ) -> io::Result<()> {
        let source = format!("#{}", self.source_id);
        let author = format!("#{}", self.organ_id);
        let work = ident.work();
        let date = ident.date_text();
        let expression = format!("{work}/eng@");
        let dated = [("date", date.as_str()), ("name", ident.date_name)];
        let by = [("href", author.as_str()), ("as", "#author")];
        self.x.open("identification", &[("source", &source)])?;

        self.x.open("FRBRWork", &[])?;
        self.x
            .empty("FRBRthis", &[("value", &format!("{work}/{component}"))])?;
        self.x.empty("FRBRuri", &[("value", &work)])?;
        self.x.empty("FRBRdate", &dated)?;
        self.x.empty("FRBRauthor", &by)?;
        self.x.empty("FRBRcountry", &[("value", "un")])?;
        self.x.empty("FRBRsubtype", &[("value", ident.subtype)])?;
        if let Some(n) = &ident.number {
            self.x
                .empty("FRBRnumber", &[("value", &n.value), ("showAs", &n.show_as)])?;
        }
        if let Some(name) = name {
            self.x.empty("FRBRname", &[("value", name)])?;
        }
        self.x.close("FRBRWork")?;

        self.x.open("FRBRExpression", &[])?;
        self.x.empty(
            "FRBRthis",
            &[("value", &format!("{expression}{component}"))],
        )?;
        self.x.empty("FRBRuri", &[("value", &expression)])?;
        self.x.empty("FRBRdate", &dated)?;
        self.x.empty("FRBRauthor", &by)?;
        self.x.empty("FRBRlanguage", &[("language", "eng")])?;
        self.x.close("FRBRExpression")?;

        self.x.open("FRBRManifestation", &[])?;
        self.x.empty(
            "FRBRthis",
            &[("value", &format!("{expression}{component}.xml"))],
        )?;
        self.x
            .empty("FRBRuri", &[("value", &format!("{expression}.xml"))])?;
        self.x.empty("FRBRdate", &dated)?;
        self.x.empty(
            "FRBRauthor",
            &[("href", source.as_str()), ("as", "#author")],
        )?;
        self.x
            .empty("FRBRformat", &[("value", "application/akn+xml")])?;
        self.x.close("FRBRManifestation")?;

        self.x.close("identification")
    }

    fn cover_page(&mut self) -> io::Result<()> {
        let r = self.r;
        let m = &r.masthead;
        let has_masthead = m.body.is_some()
            || m.symbol.is_some()
            || m.distribution.is_some()
            || m.date.is_some()
            || m.original_language.is_some()
            || m.session.is_some()
            || m.committee.is_some()
            || !m.agenda_items.is_empty();
        let (sponsors, submitted_by) = match &r.status {
            Status::Draft {
                sponsors,
                submitted_by,
                kind,
                ..
            } => (
                sponsors.as_ref().filter(|s| {
                    // The submission line doubles as the sponsor line.
                    submitted_by.is_none() || !s.text.starts_with(kind.submission_opening())
                }),
                submitted_by
                    .as_ref()
                    .map(|s| (kind.submission_opening(), s.text.as_str())),
            ),
            _ => (None, None),
        };
        let adoption = match &r.status {
            Status::Adopted { adoption, kind }
                if adoption.date.is_some() || adoption.origin.is_some() =>
            {
                Some((adoption, *kind))
            }
            _ => None,
        };
        if !has_masthead && sponsors.is_none() && submitted_by.is_none() && adoption.is_none() {
            return Ok(());
        }
        self.x.open("coverPage", &[])?;
        if has_masthead {
            self.masthead()?;
        }
        if let Some((opening, by)) = submitted_by {
            let id = self.id("submission");
            self.x
                .open("container", &[("eId", &id), ("name", "submission")])?;
            self.x.open_mixed("p", &[])?;
            self.x.text(opening)?;
            self.x.text(" ")?;
            self.x
                .inline_leaf("docProponent", &[("as", "#sponsor")], by)?;
            self.x.end("p")?;
            self.x.close("container")?;
        }
        if let Some(s) = sponsors {
            self.sponsors(s)?;
        }
        if let Some((a, kind)) = adoption {
            self.adoption(a, kind)?;
        }
        self.x.close("coverPage")
    }

    fn masthead(&mut self) -> io::Result<()> {
        let m = &self.r.masthead;
        let id = self.id("masthead");
        self.x
            .open("container", &[("eId", &id), ("name", "masthead")])?;
        if let Some(body) = m.body {
            self.x.open_mixed("p", &[])?;
            self.x.inline_leaf("docAuthority", &[], body.name())?;
            self.x.end("p")?;
        }
        if let Some(symbol) = &m.symbol {
            // The profile: in the publication, the symbol is a reference to
            // the document it names, not a docNumber.
            let href = work_iri(self.r);
            self.x.open_mixed("p", &[])?;
            self.x
                .inline_leaf("ref", &[("href", &href)], symbol.as_str())?;
            self.x.end("p")?;
        }
        if let Some(d) = m.distribution {
            self.x.open_mixed("p", &[])?;
            self.x.text("Distr.: ")?;
            self.x.inline_leaf("docStatus", &[], distribution_name(d))?;
            self.x.end("p")?;
        }
        if let Some(date) = m.date {
            self.x.open_mixed("p", &[])?;
            self.doc_date(date)?;
            self.x.end("p")?;
        }
        if let Some(lang) = &m.original_language {
            self.x.leaf("p", &[], &format!("Original: {lang}"))?;
        }
        if let Some(s) = &m.session {
            self.x.open_mixed("p", &[])?;
            self.x
                .inline_leaf("session", &[("value", &s.number.to_string())], &s.text)?;
            self.x.end("p")?;
        }
        if let Some(c) = &m.committee {
            self.x.open_mixed("p", &[])?;
            self.x.inline_leaf("docCommittee", &[], c)?;
            self.x.end("p")?;
        }
        for item in &m.agenda_items {
            // Its markers (`Item 35 of the provisional agenda*`) after the line.
            let line = agenda_line(item);
            let refs: Vec<FootnoteRef> = item
                .footnote_refs
                .iter()
                .map(|f| FootnoteRef::new(f.marker, line.len()))
                .collect();
            self.x.open_mixed("p", &[])?;
            self.inline(&line, &refs, Vec::new())?;
            self.x.end("p")?;
            if let Some(t) = &item.title {
                self.x.leaf("p", &[], t)?;
            }
        }
        self.x.close("container")
    }

    fn doc_date(&mut self, date: Date) -> io::Result<()> {
        self.x
            .inline_leaf("docDate", &[("date", &date.to_string())], &un_date(date))
    }

    /// `<docProponent>Cuba</docProponent>:<sup>…*…</sup> draft resolution`.
    fn sponsors(&mut self, s: &'r Sponsors) -> io::Result<()> {
        let id = self.id("sponsors");
        self.x
            .open("container", &[("eId", &id), ("name", "sponsors")])?;
        let mut wraps = Vec::new();
        let mut refs: Vec<FootnoteRef> = s.footnote_refs.clone();
        let mut from = 0;
        for sponsor in &s.list {
            let Some(at) = s.text.get(from..).and_then(|rest| rest.find(&sponsor.name)) else {
                continue;
            };
            let start = from + at;
            let end = start + sponsor.name.len();
            let tlc = self
                .sponsor_ids
                .iter()
                .find(|(name, _)| *name == sponsor.name)
                .map(|(_, id)| format!("#{id}"))
                .unwrap_or_default();
            wraps.push(Wrap {
                start,
                end,
                element: "docProponent",
                attrs: vec![("refersTo", tlc), ("as", "#sponsor".to_owned())],
            });
            refs.extend(sponsor.footnote_refs.iter().map(|f| {
                FootnoteRef::new(f.marker, start + floor_boundary(&sponsor.name, f.offset))
            }));
            from = end;
        }
        self.x.open_mixed("p", &[])?;
        self.inline(&s.text, &refs, wraps)?;
        self.x.end("p")?;
        self.x.close("container")
    }

    fn adoption(&mut self, a: &Adoption, kind: DocumentKind) -> io::Result<()> {
        let id = self.id("adoption");
        self.x
            .open("container", &[("eId", &id), ("name", "adoption")])?;
        if let Some(date) = a.date {
            let (_, organ) = actor(self.r);
            self.x.open_mixed("p", &[])?;
            self.x.text(kind.adoption_opening())?;
            self.x.text(" ")?;
            self.x.inline_leaf("docAuthority", &[], organ)?;
            self.x.text(" on ")?;
            self.doc_date(date)?;
            self.x.end("p")?;
        }
        if let Some(o) = &a.origin {
            self.x.leaf("p", &[], &format!("[{}]", o.text))?;
        }
        self.x.close("container")
    }

    fn statement(&mut self) -> io::Result<()> {
        let r = self.r;
        let ident = Ident::statement(r);
        self.x.open(
            "statement",
            &[("name", ident.name), ("contains", "originalVersion")],
        )?;
        self.x.open("meta", &[])?;
        self.identification(&ident, "!main", Some(ident.name))?;
        let orphans = self.orphan_notes();
        self.notes(&orphans)?;
        self.x.close("meta")?;
        self.preface()?;
        self.preamble()?;
        self.main_body()?;
        self.conclusions()?;
        if !r.annexes.is_empty() {
            self.x.open("attachments", &[])?;
            for (k, annex) in r.annexes.iter().enumerate() {
                self.annex(&ident, k + 1, annex)?;
            }
            self.x.close("attachments")?;
        }
        self.x.close("statement")
    }

    /// The index of the note a marker points to: the first with that marker.
    fn note_index(&self, marker: FootnoteMarker) -> Option<usize> {
        self.r.footnotes.iter().position(|f| f.marker == marker)
    }

    /// Notes no marker points to.
    fn orphan_notes(&self) -> Vec<usize> {
        fn subs(list: &[Subparagraph], out: &mut Vec<FootnoteMarker>) {
            for s in list {
                out.extend(s.footnote_refs.iter().map(|f| f.marker));
                subs(&s.subparagraphs, out);
            }
        }
        let r = self.r;
        let mut cited = Vec::new();
        if let Status::Draft {
            sponsors: Some(s), ..
        } = &r.status
        {
            cited.extend(s.footnote_refs.iter().map(|f| f.marker));
            for sp in &s.list {
                cited.extend(sp.footnote_refs.iter().map(|f| f.marker));
            }
        }
        if let Status::Adopted { adoption, .. } = &r.status {
            if let Some(m) = &adoption.meeting {
                cited.extend(m.footnote_refs.iter().map(|f| f.marker));
            }
        }
        for p in &r.preamble {
            cited.extend(p.footnote_refs.iter().map(|f| f.marker));
            subs(&p.subparagraphs, &mut cited);
        }
        let blocks = |blocks: &[AnnexBlock], cited: &mut Vec<FootnoteMarker>| {
            for b in blocks {
                if let AnnexBlock::Paragraph(p) = b {
                    cited.extend(p.footnote_refs.iter().map(|f| f.marker));
                    subs(&p.subparagraphs, cited);
                }
            }
        };
        for p in &r.operative {
            cited.extend(p.footnote_refs.iter().map(|f| f.marker));
            subs(&p.subparagraphs, &mut cited);
            if let Some(q) = &p.quoted_structure {
                blocks(&q.blocks, &mut cited);
            }
        }
        for a in &r.annexes {
            blocks(&a.blocks, &mut cited);
        }
        let pointed: BTreeSet<usize> = cited.iter().filter_map(|&m| self.note_index(m)).collect();
        (0..r.footnotes.len())
            .filter(|i| !pointed.contains(i))
            .collect()
    }

    fn notes(&mut self, indices: &[usize]) -> io::Result<()> {
        if indices.is_empty() {
            return Ok(());
        }
        let r = self.r;
        let source = format!("#{}", self.source_id);
        self.x.open("notes", &[("source", &source)])?;
        for &i in indices {
            let Some(note) = r.footnotes.get(i) else {
                continue;
            };
            let id = self.id(&note_id(note.marker));
            let marker = note.marker.to_string();
            self.x.open(
                "note",
                &[("eId", &id), ("marker", &marker), ("placement", "bottom")],
            )?;
            self.x.open_mixed("p", &[])?;
            self.inline(&note.text, &[], Self::ref_wraps(&note.references))?;
            self.x.end("p")?;
            self.x.close("note")?;
        }
        self.x.close("notes")
    }

    /// A footnote at its marker.
    fn cite(&mut self, marker: FootnoteMarker) -> io::Result<()> {
        let r = self.r;
        let printed = marker.to_string();
        self.x.start("sup", &[("class", "footnote")])?;
        match self
            .note_index(marker)
            .and_then(|i| Some((i, r.footnotes.get(i)?)))
        {
            Some((i, note)) => {
                self.notes_written.insert(i);
                let id = self.id(&note_id(marker));
                self.x.start(
                    "authorialNote",
                    &[("eId", &id), ("marker", &printed), ("placement", "bottom")],
                )?;
                self.x.start("p", &[])?;
                self.inline(&note.text, &[], Self::ref_wraps(&note.references))?;
                self.x.end("p")?;
                self.x.end("authorialNote")?;
            }
            // A marker whose note text was not found: the marker alone.
            None => self.x.text(&printed)?,
        }
        self.x.end("sup")
    }

    /// Inline text with footnotes at their offsets and `wraps` around their
    /// ranges.
    fn inline(&mut self, text: &str, refs: &[FootnoteRef], wraps: Vec<Wrap>) -> io::Result<()> {
        let mut points: Vec<(usize, FootnoteMarker)> = refs
            .iter()
            .map(|f| (floor_boundary(text, f.offset), f.marker))
            .collect();
        points.sort_by_key(|&(o, _)| o);
        // Wraps in order, none overlapping another, each on char boundaries.
        let mut wraps: Vec<Wrap> = wraps
            .into_iter()
            .filter(|w| {
                w.start < w.end && text.is_char_boundary(w.start) && text.is_char_boundary(w.end)
            })
            .collect();
        wraps.sort_by_key(|w| w.start);
        let mut kept: Vec<Wrap> = Vec::new();
        for w in wraps {
            if kept.last().is_none_or(|last| last.end <= w.start) {
                kept.push(w);
            }
        }
        let mut at = 0;
        let mut points = points.into_iter().peekable();
        for w in &kept {
            self.run(text, &mut at, w.start, &mut points)?;
            let attrs: Vec<(&str, &str)> = w
                .attrs
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (*k, v.as_str()))
                .collect();
            self.x.start(w.element, &attrs)?;
            // Markers strictly inside the range go inside the element; one
            // at its end follows it (`Cuba</docProponent>*`).
            let inner_end = w.end;
            while let Some(&(o, m)) = points.peek() {
                if o >= inner_end || o < at {
                    break;
                }
                self.x.text(&text[at..o])?;
                at = o;
                self.cite(m)?;
                points.next();
            }
            self.x.text(&text[at..w.end])?;
            at = w.end;
            self.x.end(w.element)?;
        }
        self.run(text, &mut at, text.len(), &mut points)
    }

    /// Text from `*at` to `until` with the markers in between.
    fn run(
        &mut self,
        text: &str,
        at: &mut usize,
        until: usize,
        points: &mut std::iter::Peekable<std::vec::IntoIter<(usize, FootnoteMarker)>>,
    ) -> io::Result<()> {
        while let Some(&(o, m)) = points.peek() {
            if o > until {
                break;
            }
            let o = o.max(*at);
            self.x.text(&text[*at..o])?;
            *at = o;
            self.cite(m)?;
            points.next();
        }
        self.x.text(&text[*at..until])?;
        *at = until;
        Ok(())
    }

    /// The lead of a paragraph as an italic wrap.
    fn lead_wrap(text: &str, lead: Option<&str>, refs: &[FootnoteRef]) -> Vec<Wrap> {
        match lead {
            Some(l)
                if !l.is_empty()
                    && text.starts_with(l)
                    && !refs.iter().any(|f| f.offset > 0 && f.offset < l.len()) =>
            {
                vec![Wrap {
                    start: 0,
                    end: l.len(),
                    element: "i",
                    attrs: Vec::new(),
                }]
            }
            _ => Vec::new(),
        }
    }

    /// The references of a node as `ref` wraps, `href` the cited work's
    /// IRI. A reference without an IRI is left as plain text: `ref` requires
    /// an `href`, and none would be true.
    fn ref_wraps(references: &[Reference]) -> Vec<Wrap> {
        references
            .iter()
            .filter_map(|r| {
                let iri = r.iri.as_deref().filter(|i| !i.is_empty())?;
                Some(Wrap {
                    start: r.start,
                    end: r.end,
                    element: "ref",
                    attrs: vec![("href", iri.to_owned())],
                })
            })
            .collect()
    }

    /// `lead_wrap` and `ref_wraps` together.
    fn wraps(
        text: &str,
        lead: Option<&str>,
        refs: &[FootnoteRef],
        references: &[Reference],
    ) -> Vec<Wrap> {
        let mut wraps = Self::lead_wrap(text, lead, refs);
        wraps.extend(Self::ref_wraps(references));
        wraps
    }

    fn preface(&mut self) -> io::Result<()> {
        let r = self.r;
        let number = if is_draft(r) {
            None
        } else {
            resolution_number(r)
        };
        let title = r.title.as_ref().map(|t| t.text.as_str());
        if number.is_none() && title.is_none() {
            return Ok(());
        }
        self.x.open("preface", &[])?;
        self.x.open_mixed("p", &[])?;
        let (actor, _) = actor(r);
        match (number, title) {
            (Some(n), _) if actor == "un-sc" => {
                self.x.inline_leaf("docType", &[], "Resolution")?;
                self.x.text(" ")?;
                self.x.inline_leaf("docNumber", &[], n)?;
                if let Some(t) = title {
                    self.x.end("p")?;
                    self.x.open_mixed("p", &[])?;
                    self.x.inline_leaf("docTitle", &[], t)?;
                }
            }
            (Some(n), Some(t)) => {
                self.x.inline_leaf("docNumber", &[], n)?;
                self.x.text(". ")?;
                self.x.inline_leaf("docTitle", &[], t)?;
            }
            (Some(n), None) => {
                self.x.inline_leaf("docNumber", &[], n)?;
                self.x.text(".")?;
            }
            (None, Some(t)) => self.x.inline_leaf("docTitle", &[], t)?,
            (None, None) => {}
        }
        self.x.end("p")?;
        self.x.close("preface")
    }

    fn preamble(&mut self) -> io::Result<()> {
        let r = self.r;
        // The preamble of each part is in that part (`Self::part`); so is
        // the formula of a part that has its own (`A`, `B`, not `I`, `II`).
        let formula = r
            .formula
            .as_ref()
            .filter(|_| r.parts.first().is_none_or(|p| p.formula.is_none()));
        let own = r
            .parts
            .first()
            .map_or(r.preamble.len(), |p| p.preamble.start);
        let preamble = r.preamble.get(..own).unwrap_or_default();
        if formula.is_none() && preamble.is_empty() {
            return Ok(());
        }
        self.x.open("preamble", &[])?;
        if let Some(f) = formula {
            self.x.open("formula", &[("name", "enactingFormula")])?;
            self.x.leaf("p", &[], &f.text)?;
            self.x.close("formula")?;
        }
        for (k, p) in preamble.iter().enumerate() {
            let name = p
                .lead
                .as_deref()
                .map(camel)
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "preambularParagraph".to_owned());
            let id = self.id(&format!("preamble__container_{}", k + 1));
            self.x.open("container", &[("eId", &id), ("name", &name)])?;
            self.x.open_mixed("p", &[])?;
            let wraps = Self::wraps(&p.text, p.lead.as_deref(), &p.footnote_refs, &p.references);
            self.inline(&p.text, &p.footnote_refs, wraps)?;
            self.x.end("p")?;
            if !p.subparagraphs.is_empty() {
                self.block_list(&id, &p.subparagraphs)?;
            }
            self.x.close("container")?;
        }
        self.x.close("preamble")
    }

    /// Subparagraphs of a preambular paragraph: `blockList`/`item`, nested.
    fn block_list(&mut self, parent: &str, subs: &[Subparagraph]) -> io::Result<()> {
        let list_id = self.id(&format!("{parent}__list_1"));
        self.x.open("blockList", &[("eId", &list_id)])?;
        for (k, s) in subs.iter().enumerate() {
            let item_id = self.id(&format!("{list_id}__item_{}", item_label(s, k)));
            self.x.open("item", &[("eId", &item_id)])?;
            self.x.leaf("num", &[], &label_text(s))?;
            // As for a point: `itemType` allows a `heading` after `num`.
            if let Some(h) = &s.heading {
                self.x.leaf("heading", &[], &h.text)?;
            }
            self.x.open_mixed("p", &[])?;
            self.inline(&s.text, &s.footnote_refs, Self::ref_wraps(&s.references))?;
            self.x.end("p")?;
            if !s.subparagraphs.is_empty() {
                self.block_list(&item_id, &s.subparagraphs)?;
            }
            self.x.close("item")?;
        }
        self.x.close("blockList")
    }

    fn main_body(&mut self) -> io::Result<()> {
        let r = self.r;
        self.x.open("mainBody", &[])?;
        if r.operative.is_empty() && r.parts.is_empty() {
            // The schema wants something in the main body.
            self.x.leaf("p", &[], "")?;
        }
        let own = r
            .parts
            .first()
            .map_or(r.operative.len(), |p| p.operative.start);
        self.operative_list("", r.operative.get(..own).unwrap_or_default())?;
        for part in &r.parts {
            self.part(part)?;
        }
        self.x.close("mainBody")
    }

    /// Operative paragraphs, each heading opening an `hcontainer` that holds
    /// the paragraphs up to the next.
    fn operative_list(&mut self, prefix: &str, list: &[OperativeParagraph]) -> io::Result<()> {
        let mut open_heading = false;
        for (k, p) in list.iter().enumerate() {
            if let Some(h) = &p.heading {
                if open_heading {
                    self.x.close("hcontainer")?;
                }
                self.open_heading(prefix, h)?;
                open_heading = true;
            }
            self.operative(prefix, k, p)?;
        }
        if open_heading {
            self.x.close("hcontainer")?;
        }
        Ok(())
    }

    /// A part of a resolution adopted in parts, or a section of one:
    /// `hcontainer name="part"` with its label and title, its formula (a
    /// part's own) and preamble as the `intro` (the document's `preamble`
    /// is one per document), its paragraphs, and a meeting line printed
    /// under it as the `wrapUp`.
    fn part(&mut self, part: &Part) -> io::Result<()> {
        let r = self.r;
        let id = self.id(&format!("hcontainer_{}", part.label));
        self.x
            .open("hcontainer", &[("eId", &id), ("name", "part")])?;
        self.x.leaf("num", &[], &part.label)?;
        if let Some(t) = &part.title {
            self.x.leaf("heading", &[], &t.text)?;
        }
        let preamble = r.preamble.get(part.preamble.clone()).unwrap_or_default();
        if part.formula.is_some() || !preamble.is_empty() {
            self.x.open("intro", &[])?;
        }
        if let Some(f) = &part.formula {
            self.x.leaf("p", &[], &f.text)?;
        }
        for (k, p) in preamble.iter().enumerate() {
            self.x.open_mixed("p", &[])?;
            let wraps = Self::wraps(&p.text, p.lead.as_deref(), &p.footnote_refs, &p.references);
            self.inline(&p.text, &p.footnote_refs, wraps)?;
            self.x.end("p")?;
            if !p.subparagraphs.is_empty() {
                let list = format!("{id}__intro__p_{}", k + 1);
                self.block_list(&list, &p.subparagraphs)?;
            }
        }
        if part.formula.is_some() || !preamble.is_empty() {
            self.x.close("intro")?;
        }
        let prefix = format!("{id}__");
        let operative = r.operative.get(part.operative.clone()).unwrap_or_default();
        self.operative_list(&prefix, operative)?;
        let last = r.parts.last().is_some_and(|l| std::ptr::eq(l, part));
        if let Some(m) = part.meeting.as_ref().filter(|_| !last) {
            // The last part's meeting is the document's `conclusions`.
            self.x.open("wrapUp", &[])?;
            self.x.open_mixed("p", &[])?;
            self.inline(&m.text, &m.footnote_refs, Vec::new())?;
            if let Some(d) = m.date {
                self.x.text(&format!(" {}", un_date(d)))?;
            }
            self.x.end("p")?;
            self.x.close("wrapUp")?;
        }
        self.x.close("hcontainer")
    }

    fn open_heading(&mut self, prefix: &str, h: &Heading) -> io::Result<()> {
        let id = self.id(&format!("{prefix}hcontainer_1"));
        self.x
            .open("hcontainer", &[("eId", &id), ("name", "heading")])?;
        self.x.leaf("heading", &[], &h.text)
    }

    fn operative(&mut self, prefix: &str, k: usize, p: &OperativeParagraph) -> io::Result<()> {
        let base = format!("{prefix}para_{}", p.number.map_or(k + 1, |n| n as usize));
        let id = self.id(&base);
        self.x.open("paragraph", &[("eId", &id)])?;
        if let Some(n) = p.number {
            self.x.leaf("num", &[], &format!("{n}."))?;
        } else if let Some(l) = &p.label {
            // A decision's lettered provision: `(a)`.
            self.x.leaf("num", &[], &format!("({l})"))?;
        }
        let wraps = Self::wraps(&p.text, p.lead.as_deref(), &p.footnote_refs, &p.references);
        let text = Inline {
            text: &p.text,
            refs: &p.footnote_refs,
            wraps,
            quoted: p.quoted_structure.as_ref(),
        };
        self.body_text(&id, text, &p.subparagraphs)?;
        self.x.close("paragraph")
    }

    /// The text of a paragraph or point: `content/p`, or, with
    /// subparagraphs, `list` with the text as its `intro`. A quoted
    /// structure closes that `p`.
    fn body_text(&mut self, id: &str, text: Inline<'_>, subs: &[Subparagraph]) -> io::Result<()> {
        let list_id = if subs.is_empty() {
            self.x.open("content", &[])?;
            None
        } else {
            let list_id = self.id(&format!("{id}__list_1"));
            self.x.open("list", &[("eId", &list_id)])?;
            self.x.open("intro", &[])?;
            Some(list_id)
        };
        self.x.open_mixed("p", &[])?;
        self.inline(text.text, text.refs, text.wraps)?;
        if let Some(q) = text.quoted {
            self.embedded_structure(id, q)?;
        }
        self.x.end("p")?;
        let Some(list_id) = list_id else {
            return self.x.close("content");
        };
        self.x.close("intro")?;
        for (k, s) in subs.iter().enumerate() {
            let point_id = self.id(&format!("{list_id}__point_{}", item_label(s, k)));
            self.x.open("point", &[("eId", &point_id)])?;
            self.x.leaf("num", &[], &label_text(s))?;
            // A group heading above the item (`Improved regional and
            // national coordination` / `(f) …`): the point's `heading`,
            // which the schema's `hierarchy` type allows after `num`.
            if let Some(h) = &s.heading {
                self.x.leaf("heading", &[], &h.text)?;
            }
            let text = Inline {
                text: &s.text,
                refs: &s.footnote_refs,
                wraps: Self::ref_wraps(&s.references),
                quoted: None,
            };
            self.body_text(&point_id, text, &s.subparagraphs)?;
            self.x.close("point")?;
        }
        self.x.close("list")
    }

    /// The text an operative paragraph adopts (A/RES/73/3: `Adopts the
    /// following political declaration …:` and the declaration), as an
    /// `embeddedStructure` at the end of the paragraph's `p`: its title in
    /// `block name="title"`/`docTitle`, then its headings and paragraphs as
    /// in an annex, every eId prefixed by the structure's
    /// (`para_1__embeddedStructure_1__para_3`).
    fn embedded_structure(&mut self, holder: &str, q: &QuotedStructure) -> io::Result<()> {
        let id = self.id(&format!("{holder}__embeddedStructure_1"));
        // Inline in the `p`: no whitespace before it; blocks indented inside.
        // `startQuote=""`: the text prints no quotation marks around it.
        self.x
            .start("embeddedStructure", &[("eId", &id), ("startQuote", "")])?;
        self.x.depth += 1;
        if let Some(t) = &q.title {
            self.x.open_mixed("block", &[("name", "title")])?;
            self.x.inline_leaf("docTitle", &[], t)?;
            self.x.end("block")?;
        }
        if q.blocks.is_empty() && q.title.is_none() {
            // The schema wants something inside.
            self.x.leaf("p", &[], "")?;
        }
        self.blocks(&format!("{id}__"), &q.blocks)?;
        self.x.close("embeddedStructure")
    }

    /// Headings and paragraphs of an annex or a quoted structure; eIds
    /// start with `prefix` (`att_1__`).
    fn blocks(&mut self, prefix: &str, blocks: &[AnnexBlock]) -> io::Result<()> {
        let mut open_heading = false;
        for (i, b) in blocks.iter().enumerate() {
            match b {
                AnnexBlock::Heading(h) => {
                    if open_heading {
                        self.x.close("hcontainer")?;
                        open_heading = false;
                    }
                    // A heading with no paragraph before the next heading (or
                    // the end) would be an empty hcontainer, which the schema
                    // refuses: it is written as a heading block instead.
                    let followed = matches!(blocks.get(i + 1), Some(AnnexBlock::Paragraph(_)));
                    if followed {
                        self.open_heading(prefix, h)?;
                        open_heading = true;
                    } else {
                        self.x.leaf("block", &[("name", "heading")], &h.text)?;
                    }
                }
                AnnexBlock::Paragraph(p) => {
                    let base = format!("{prefix}para_{}", p.number.map_or(i + 1, |n| n as usize));
                    let id = self.id(&base);
                    self.x.open("paragraph", &[("eId", &id)])?;
                    if let Some(n) = p.number {
                        self.x.leaf("num", &[], &format!("{n}."))?;
                    }
                    let text = Inline {
                        text: &p.text,
                        refs: &p.footnote_refs,
                        wraps: Self::ref_wraps(&p.references),
                        quoted: None,
                    };
                    self.body_text(&id, text, &p.subparagraphs)?;
                    self.x.close("paragraph")?;
                }
            }
        }
        if open_heading {
            self.x.close("hcontainer")?;
        }
        Ok(())
    }

    fn conclusions(&mut self) -> io::Result<()> {
        let Status::Adopted { adoption, .. } = &self.r.status else {
            return Ok(());
        };
        if adoption.meeting.is_none() && adoption.vote.is_none() {
            return Ok(());
        }
        self.x.open("conclusions", &[])?;
        if let Some(m) = &adoption.meeting {
            self.x.open("container", &[("name", "conclusion")])?;
            self.x.open_mixed("p", &[])?;
            self.inline(&m.text, &m.footnote_refs, Vec::new())?;
            if let Some(d) = m.date {
                self.x.text(" ")?;
                self.doc_date(d)?;
            }
            self.x.end("p")?;
            self.x.close("container")?;
        }
        if let Some(v) = &adoption.vote {
            self.x.open("container", &[("name", "vote")])?;
            self.x.leaf("p", &[], &v.text)?;
            self.x.close("container")?;
        }
        self.x.close("conclusions")
    }

    fn annex(&mut self, statement: &Ident, k: usize, annex: &Annex) -> io::Result<()> {
        let att = self.id(&format!("att_{k}"));
        self.x.open("attachment", &[("eId", &att)])?;
        self.x.open("doc", &[("name", "annex")])?;
        self.x.open("meta", &[])?;
        let component = format!("!annex_{k}");
        self.identification(statement, &component, Some("annex"))?;
        self.x.close("meta")?;
        self.x.open("preface", &[])?;
        self.x.open_mixed("p", &[("class", "heading")])?;
        self.x.inline_leaf("docType", &[], &annex.heading)?;
        self.x.end("p")?;
        if let Some(t) = &annex.title {
            self.x.open_mixed("p", &[])?;
            self.x.inline_leaf("docTitle", &[], t)?;
            self.x.end("p")?;
        }
        self.x.close("preface")?;
        self.x.open("mainBody", &[])?;
        if annex.blocks.is_empty() {
            self.x.leaf("p", &[], "")?;
        }
        self.blocks(&format!("{att}__"), &annex.blocks)?;
        self.x.close("mainBody")?;
        self.x.close("doc")?;
        self.x.close("attachment")
    }
}

/// The label part of a point's eId: `a`, `ii`; the position for a dash item.
fn item_label(s: &Subparagraph, k: usize) -> String {
    let label: String = s
        .label
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if label.is_empty() {
        (k + 1).to_string()
    } else {
        label
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_number_substitutions() {
        let n = Number::new("A/C.3/80/L.35");
        assert_eq!(
            (n.value.as_str(), n.show_as.as_str()),
            ("A-C.3-80-L.35", "A/C.3/80/L.35")
        );
        assert_eq!(Number::new("3411 A (XXX)").value, "3411_A_(XXX)");
        let sc = Number::security_council("1445 (2002)");
        assert_eq!(
            (sc.value.as_str(), sc.show_as.as_str()),
            ("1445", "1445 (2002)")
        );
    }

    #[test]
    fn ok_slug_and_camel() {
        assert_eq!(slug("Russian Federation"), "russian-federation");
        assert_eq!(
            slug("Bolivia (Plurinational State of)"),
            "bolivia-plurinational-state-of"
        );
        assert_eq!(slug("Türkiye"), "türkiye");
        assert_eq!(camel("Recalling also"), "recallingAlso");
        assert_eq!(camel("Deeply concerned"), "deeplyConcerned");
    }

    #[test]
    fn ok_xml_chars() {
        assert_eq!(xml_chars("a\u{c}b\tc"), "a b\tc");
    }

    #[test]
    fn ok_note_ids() {
        assert_eq!(note_id(FootnoteMarker::Number(3)), "ftn_3");
        assert_eq!(note_id(FootnoteMarker::Asterisks(1)), "ftn_star");
        assert_eq!(note_id(FootnoteMarker::Asterisks(2)), "ftn_star2");
    }
}
