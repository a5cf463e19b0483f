//! The owned, typed, serde AST that [`parse_resolution`](crate::parse_resolution) returns.
//!
//! JSON names are `snake_case`; empty lists and absent values are left out.
//! Other crates rely on these names: new fields may be added, none renamed.
//! Every node that comes from the input carries a [`Span`]; a node assembled
//! from pieces (a paragraph cut by a page break or by footnotes) also lists
//! its `segments`, the pieces of input it was made of.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::reference::Reference;
use crate::span::Span;
use crate::symbol::DocumentSymbol;

/// One resolution, draft or adopted.
///
/// Seed `000` (draft `A/C.3/80/L.35`) and seed `003` (adopted `80/204`) are
/// the same text before and after adoption; [`Resolution::same_content`]
/// compares their paragraphs without spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Resolution {
    /// The block above the title: organ, symbol, distribution, date, session …
    pub masthead: Masthead,
    /// `status: draft` with its sponsors, or `status: adopted` with its adoption data.
    #[serde(flatten)]
    pub status: Status,
    /// The Akoma Ntoso work IRI of the resolution (AKN4UN, the variant
    /// documented on [`Reference`]): `/akn/un/statement/deliberation/un-ga/2025-12-18/80-204`
    /// for an adopted text (number and adoption date), `…/un-sc/2002/1445` for
    /// `S/RES/1445 (2002)`, `…/un-ga/2025-11-04/A-C.3-80-L.35` for a draft
    /// (symbol and issue date). Absent where organ, number or date are not printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iri: Option<String>,
    /// `Enhancement of international cooperation in the field of human rights`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Title>,
    /// The enacting formula: `The General Assembly,`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<Formula>,
    /// Preambular paragraphs, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preamble: Vec<PreambularParagraph>,
    /// Operative paragraphs, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operative: Vec<OperativeParagraph>,
    /// The parts of a resolution adopted in parts (`78/71 A`, `78/71 B`,
    /// each under its letter with its own formula), or the sections of one
    /// (`I`, `II`, each with its own preamble and numbering); empty for a
    /// resolution in one piece. `preamble` and `operative` above hold the
    /// paragraphs of every part in order, and each part says which are its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Footnote texts, in the order printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Footnote>,
    /// Annexes, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annexes: Vec<Annex>,
    /// The whole input.
    pub span: Span,
}

impl Resolution {
    /// Every reference of the resolution, in reading order: preamble,
    /// operative part, annexes (each paragraph before its subparagraphs),
    /// then footnotes.
    ///
    /// ```
    /// let r = un_resolution::parse_resolution(
    ///     "The General Assembly,\nRecalling its resolutions 66/151 of 19 December 2011 and 68/160 of 18 December 2013,\n1. Decides to remain seized of the matter.\n",
    /// )?;
    /// let symbols: Vec<String> = r.references().iter().filter_map(|x| x.symbol()).map(|s| s.to_string()).collect();
    /// assert_eq!(symbols, ["A/RES/66/151", "A/RES/68/160"]);
    /// # Ok::<(), un_resolution::ParseError>(())
    /// ```
    #[must_use]
    pub fn references(&self) -> Vec<&Reference> {
        fn subs<'a>(list: &'a [Subparagraph], out: &mut Vec<&'a Reference>) {
            for s in list {
                out.extend(&s.references);
                subs(&s.subparagraphs, out);
            }
        }
        let mut out = Vec::new();
        for p in &self.preamble {
            out.extend(&p.references);
            subs(&p.subparagraphs, &mut out);
        }
        for p in &self.operative {
            out.extend(&p.references);
            subs(&p.subparagraphs, &mut out);
        }
        for a in &self.annexes {
            for b in &a.blocks {
                if let AnnexBlock::Paragraph(p) = b {
                    out.extend(&p.references);
                    subs(&p.subparagraphs, &mut out);
                }
            }
        }
        for f in &self.footnotes {
            out.extend(&f.references);
        }
        out
    }

    /// The organ of the resolution: as the masthead prints it, else as the
    /// symbol names it (`S/RES/1445 (2002)`: the Security Council), else as
    /// the formula does (`The General Assembly,`). The masthead keeps only
    /// what the text prints.
    ///
    /// ```
    /// let r = un_resolution::parse_resolution("The Security Council,\n1. Decides to remain seized of the matter.\n")?;
    /// assert_eq!(r.masthead.body, None);
    /// assert_eq!(r.body(), Some(un_resolution::Body::SecurityCouncil));
    /// # Ok::<(), un_resolution::ParseError>(())
    /// ```
    #[must_use]
    pub fn body(&self) -> Option<Body> {
        self.masthead
            .body
            .or_else(|| {
                self.masthead
                    .symbol
                    .as_ref()
                    .and_then(DocumentSymbol::organ)
            })
            .or_else(|| self.formula.as_ref().map(|f| f.body))
    }

    /// Whether `self` and `other` hold the same preamble and operative part
    /// (and the same parts, for a resolution in parts):
    /// the same leads, texts, numbers, labels, footnote references and
    /// subparagraphs' group headings, whatever their spans. Two renderings of one document compare equal.
    ///
    /// ```
    /// let a = un_resolution::parse_resolution("The General Assembly,\n\n1. *Decides* to meet;\n")?;
    /// let b = un_resolution::parse_resolution("The General Assembly,\n  1.   Decides to\nmeet;\n")?;
    /// assert!(a.same_content(&b));
    /// # Ok::<(), un_resolution::ParseError>(())
    /// ```
    #[must_use]
    pub fn same_content(&self, other: &Self) -> bool {
        fn subs_eq(a: &[Subparagraph], b: &[Subparagraph]) -> bool {
            a.len() == b.len()
                && a.iter().zip(b).all(|(x, y)| {
                    x.label == y.label
                        && x.style == y.style
                        && x.text == y.text
                        && x.footnote_refs == y.footnote_refs
                        && x.heading.as_ref().map(|h| &h.text)
                            == y.heading.as_ref().map(|h| &h.text)
                        && subs_eq(&x.subparagraphs, &y.subparagraphs)
                })
        }
        self.preamble.len() == other.preamble.len()
            && self.operative.len() == other.operative.len()
            && self.preamble.iter().zip(&other.preamble).all(|(x, y)| {
                x.lead == y.lead
                    && x.text == y.text
                    && x.footnote_refs == y.footnote_refs
                    && subs_eq(&x.subparagraphs, &y.subparagraphs)
            })
            && self.operative.iter().zip(&other.operative).all(|(x, y)| {
                x.number == y.number
                    && x.label == y.label
                    && x.lead == y.lead
                    && x.text == y.text
                    && x.footnote_refs == y.footnote_refs
                    && subs_eq(&x.subparagraphs, &y.subparagraphs)
            })
            && self.parts.len() == other.parts.len()
            && self.parts.iter().zip(&other.parts).all(|(x, y)| {
                x.label == y.label
                    && x.title.as_ref().map(|t| &t.text) == y.title.as_ref().map(|t| &t.text)
                    && x.preamble == y.preamble
                    && x.operative == y.operative
            })
    }
}

/// The masthead: what the document prints above its title.
///
/// Layouts scramble this block, so fields are matched by their form, not by
/// position; a field the text does not print is absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Masthead {
    /// The organ: `General Assembly`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// The document symbol: `A/C.3/80/L.35`, `A/RES/80/204` (a string in
    /// JSON; [`DocumentSymbol::as_str`] gives the printed form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<DocumentSymbol>,
    /// `Distr.: Limited` (drafts) or `Distr.: General`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
    /// The issue date printed under the distribution: `4 November 2025`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// `Original: English` → `English`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_language: Option<String>,
    /// `Eightieth session`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// The Main Committee a draft comes from, as printed: `Third
    /// Committee`, `Special Political and Decolonization Committee (Fourth
    /// Committee)`. Only one of the six Main Committees (by ordinal or by
    /// name) fills it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<String>,
    /// `Agenda item 71 (b)` and the item's title.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda_items: Vec<AgendaItem>,
    /// The masthead lines, first to last (absent when the text prints none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// The organ that adopts (or will adopt) the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Body {
    /// `General Assembly` (symbols `A/…`).
    GeneralAssembly,
    /// `Security Council` (symbols `S/…`).
    SecurityCouncil,
    /// `Economic and Social Council` (symbols `E/…`).
    EconomicAndSocialCouncil,
    /// `Human Rights Council` (symbols `A/HRC/…`).
    HumanRightsCouncil,
}

impl Body {
    /// Every organ, in the order the grammars try their names.
    pub(crate) const ALL: [Self; 4] = [
        Self::GeneralAssembly,
        Self::SecurityCouncil,
        Self::EconomicAndSocialCouncil,
        Self::HumanRightsCouncil,
    ];

    /// The name as printed: `General Assembly`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::GeneralAssembly => "General Assembly",
            Self::SecurityCouncil => "Security Council",
            Self::EconomicAndSocialCouncil => "Economic and Social Council",
            Self::HumanRightsCouncil => "Human Rights Council",
        }
    }
}

/// The distribution line: `Distr.: General`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Distribution {
    /// `Distr.: General`: issued to all (adopted texts, reports).
    General,
    /// `Distr.: Limited`: drafts (`L.` documents).
    Limited,
    /// `Distr.: Restricted`.
    Restricted,
}

/// A calendar date, serialised in ISO 8601: `2025-11-04`.
///
/// Built only through [`Date::new`], so a `Date` is always a real day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or `None` when there is no such day.
    ///
    /// ```
    /// use un_resolution::Date;
    /// assert_eq!(Date::new(2025, 12, 18).unwrap().to_string(), "2025-12-18");
    /// assert!(Date::new(2025, 2, 29).is_none());
    /// ```
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if day == 0 || day > days || year == 0 || year > 9999 {
            None
        } else {
            Some(Self { year, month, day })
        }
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> Self {
        date.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let bad = || format!("invalid date {value:?}: expected YYYY-MM-DD");
        let mut parts = value.splitn(3, '-');
        let mut next = |width: usize| {
            parts
                .next()
                .filter(|p| p.len() == width && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u16>().ok())
        };
        let (Some(y), Some(m), Some(d)) = (next(4), next(2), next(2)) else {
            return Err(bad());
        };
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
            return Err(bad());
        };
        Self::new(y, m, d).ok_or_else(bad)
    }
}

/// A session of the organ: `Eightieth session` → 80; the Economic and
/// Social Council's `2023 session` → 2023.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Session {
    /// The ordinal as a number (80), or the year of a session named by its
    /// year (2023).
    pub number: u32,
    /// As printed: `Eightieth session`.
    pub text: String,
    /// The session's period, printed under its name by the Human Rights
    /// Council and the Economic and Social Council: `27 February–4 April
    /// 2023`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

/// A span of days, first and last included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Period {
    /// The first day.
    pub start: Date,
    /// The last day, never before the first.
    pub end: Date,
}

/// An agenda item: `Agenda item 71 (b)` with its title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AgendaItem {
    /// The item number: 71.
    pub number: u32,
    /// The sub-item letter: `b`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_item: Option<String>,
    /// `Promotion and protection of human rights: human rights questions, …`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Markers on the item's line: the `*` of `Item 35 of the provisional
    /// agenda*`, whose note names that agenda (`* A/80/150.`). The marker
    /// follows the item's number, before its title: offset 0.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
    /// The list the number is of: the agenda, or, in a document issued
    /// before the agenda is adopted, the provisional agenda (`Item 35 of
    /// the provisional agenda*`) or the preliminary list of items. Absent
    /// from the JSON for the agenda itself.
    #[serde(default, skip_serializing_if = "AgendaList::is_agenda")]
    pub list: AgendaList,
}

/// The list an [`AgendaItem`]'s number is of. Its number in the adopted
/// agenda may differ, so a consumer that matches items across documents
/// needs to know which list a draft cited.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgendaList {
    /// The agenda the body adopted: `Agenda item 71 (b)`.
    #[default]
    Agenda,
    /// The provisional agenda: `Item 35 of the provisional agenda`.
    ProvisionalAgenda,
    /// The preliminary list of items, issued before the provisional
    /// agenda: `Item 35 of the preliminary list`.
    PreliminaryList,
}

impl AgendaList {
    /// Whether this is the adopted agenda (the default, left out of JSON).
    #[must_use]
    pub const fn is_agenda(&self) -> bool {
        matches!(self, Self::Agenda)
    }
}

/// Draft or adopted: one enum, so that a draft with adoption data cannot be built.
///
/// In JSON the tag `status` sits beside the variant's fields in the
/// resolution object: `"status": "draft", "sponsors": {…}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// A draft resolution (`Distr.: Limited`, `… : draft resolution`).
    #[non_exhaustive]
    Draft {
        /// Who submits it: `Cuba:* draft resolution`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sponsors: Option<Sponsors>,
        /// The officer who submits a text without sponsors: `Draft resolution
        /// submitted by the Vice-Chair of the Committee, Weronika Garbacz (Poland)`
        /// → `the Vice-Chair of the Committee, Weronika Garbacz (Poland)`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        submitted_by: Option<Submitter>,
        /// What the text is a draft of: `France and Qatar: draft decision`,
        /// `Draft decision submitted by the Chair`. Absent from the JSON
        /// for a draft resolution.
        #[serde(default, skip_serializing_if = "DocumentKind::is_resolution")]
        kind: DocumentKind,
    },
    /// An adopted resolution (`Resolution adopted by the General Assembly on …`)
    /// or decision (`Decision adopted by the Human Rights Council on …`).
    #[non_exhaustive]
    Adopted {
        /// Number, date, origin and meeting (boxed: a draft's variant is small).
        adoption: Box<Adoption>,
        /// Whether a resolution or a decision was adopted. Absent from the
        /// JSON for a resolution.
        #[serde(default, skip_serializing_if = "DocumentKind::is_resolution")]
        kind: DocumentKind,
    },
    /// The text shows neither sponsors nor adoption data (a body-only rendering).
    Unknown,
}

/// Whether the text is a resolution or a decision, as its sponsor or
/// submission line says (`…: draft resolution`, `…: draft decision`) or
/// its adoption line (`Decision adopted by the Human Rights Council on …`).
/// A decision's provisions may be lettered (`(a) Expresses …`) rather
/// than numbered, or be one sentence (`At its 63rd meeting, on …, the
/// Human Rights Council decided …`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentKind {
    /// A resolution (the default, left out of JSON).
    #[default]
    Resolution,
    /// A decision.
    Decision,
}

impl DocumentKind {
    /// Whether this is a resolution.
    #[must_use]
    pub const fn is_resolution(&self) -> bool {
        matches!(self, Self::Resolution)
    }

    /// The words that open an adoption line: `Decision adopted by the`.
    pub(crate) const fn adoption_opening(self) -> &'static str {
        match self {
            Self::Resolution => "Resolution adopted by the",
            Self::Decision => "Decision adopted by the",
        }
    }

    /// The words that open an officer's submission line: `Draft decision
    /// submitted by`.
    pub(crate) const fn submission_opening(self) -> &'static str {
        match self {
            Self::Resolution => "Draft resolution submitted by",
            Self::Decision => "Draft decision submitted by",
        }
    }
}

/// The sponsor line of a draft: `Cuba* and Russian Federation: draft resolution`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Sponsors {
    /// The sponsor line as clean text: `Cuba: draft resolution`.
    pub text: String,
    /// The sponsors, in the order printed.
    pub list: Vec<Sponsor>,
    /// Markers on the whole list: the `*` of `Cuba:*` (offsets into `text`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
    /// The sponsor line (all its wrapped lines).
    pub span: Span,
}

/// The officer who submits a draft without sponsors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Submitter {
    /// `the Vice-Chair of the Committee, Weronika Garbacz (Poland)`.
    pub text: String,
    /// The submission lines.
    pub span: Span,
}

/// One sponsor: a Member State, an observer State or a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Sponsor {
    /// As printed: `Antigua and Barbuda`.
    pub name: String,
    /// Markers on this name only: the `*` of `Cuba* and Russian Federation`
    /// (offsets into `name`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
}

/// How and when a resolution was adopted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Adoption {
    /// The resolution number: `80/204`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The adoption date: `Resolution adopted by the General Assembly on 18 December 2025`;
    /// where that line prints no date, the date of the closing meeting line
    /// (`62nd plenary meeting` / `18 December 2025`), the meeting that adopted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The bracketed line: `[on the report of the Third Committee (A/80/545, para. 5)]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// The closing meeting line: `69th plenary meeting` / `18 December 2025`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
    /// The vote, where the text prints one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote: Option<Vote>,
}

/// The bracketed origin line of an adopted General Assembly text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Origin {
    /// The line without its brackets: `on the report of the Third Committee (A/80/545, para. 5)`.
    pub text: String,
    /// Whether it came through a Main Committee.
    #[serde(flatten)]
    pub kind: OriginKind,
    /// The line in the input.
    pub span: Span,
}

/// Where an adopted text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum OriginKind {
    /// `on the report of the Third Committee (A/80/545, para. 5)`; in the
    /// Economic and Social Council, `on the recommendation of the
    /// Commission on the Status of Women (E/2023/27)`.
    Report {
        /// `Third Committee`.
        committee: String,
        /// `A/80/545`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        document: Option<DocumentSymbol>,
        /// `5` (of `para. 5`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paragraph: Option<String>,
    },
    /// `[S/1511]`: the draft adopted, in the Council's compilations.
    Draft {
        /// `S/1511`.
        document: DocumentSymbol,
    },
    /// `without reference to a Main Committee (A/80/L.4)`.
    WithoutReference {
        /// The draft symbols in the parentheses: `A/73/L.6`, `A/73/L.6/Add.1`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        documents: Vec<DocumentSymbol>,
    },
    /// A form none of the above reads; the line is [`Origin::text`].
    Other,
}

/// The meeting at which a text was adopted: `69th plenary meeting`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Meeting {
    /// As printed: `69th plenary meeting`.
    pub text: String,
    /// The meeting number: 69.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The date printed with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Markers on the line (`Adopted at the 2nd meeting. 22`), offsets into `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
    /// The meeting line(s) in the input.
    pub span: Span,
}

/// A vote line: `Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China).`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Vote {
    /// As printed: `Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and
    /// Yemen), with 1 abstention (China).`, or the note in brackets under
    /// the closing line (`[Adopted by a recorded vote of 24 to 10, with 13
    /// abstentions. The voting was as follows: In favour: …]`).
    pub text: String,
    /// The result, where the line states it.
    #[serde(flatten)]
    pub result: VoteResult,
    /// The line(s) in the input.
    pub span: Span,
}

/// How a text was adopted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
#[non_exhaustive]
pub enum VoteResult {
    /// `Adopted unanimously at the 1382nd meeting.`
    Unanimous,
    /// `by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China)`.
    Recorded {
        /// Votes in favour: 12.
        in_favour: u32,
        /// The States the text names in favour, as printed: the Human
        /// Rights Council's note lists them (`In favour:` `Algeria,
        /// Bangladesh, …`); an adoption line names none.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        in_favour_states: Vec<String>,
        /// Votes against, with the States named: 2 (Cuba, Yemen).
        against: Tally,
        /// Abstentions, with the States named: 1 (China).
        abstaining: Tally,
    },
    /// The line names the meeting but no vote (`Adopted at the 2nd meeting.`).
    NotStated,
    /// `[Adopted without a vote.]`, under the closing line.
    WithoutVote,
}

/// A count of votes and the States the text names for it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tally {
    /// How many.
    pub count: u32,
    /// The States named in the parentheses, as printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub states: Vec<String>,
}

/// The title: `Enhancement of international cooperation in the field of human rights`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Title {
    /// Clean text on one line.
    pub text: String,
    /// The title lines.
    pub span: Span,
    /// The pieces of input, when more than one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Span>,
}

/// The enacting formula: `The General Assembly,`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Formula {
    /// As printed, markup removed: `The General Assembly,`.
    pub text: String,
    /// The organ it names.
    pub body: Body,
    /// The line.
    pub span: Span,
}

/// A preambular paragraph: `Recalling also its adoption of …,`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PreambularParagraph {
    /// The lead phrase as printed: `Recalling also`, `Deeply concerned`.
    /// It ends at the head and its adverbs: the object or manner that
    /// follows is the paragraph's (`Noting with appreciation …` → `Noting`,
    /// `Expressing its appreciation …` → `Expressing`), as `expected.json`
    /// of the test corpus reads leads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    /// The whole paragraph, lead included, as clean prose on one line.
    pub text: String,
    /// Footnote markers taken out of `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
    /// Citations in `text`: resolutions, decisions, documents, Charter
    /// articles, treaties, sessions ([`Reference`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// `(a)`, `(b)` … under the paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subparagraphs: Vec<Subparagraph>,
    /// First to last byte of the paragraph (subparagraphs included).
    pub span: Span,
    /// The pieces of input, when a break cut the paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Span>,
}

/// An operative paragraph: `4. Also reaffirms the duty of States …;`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OperativeParagraph {
    /// The printed number; `null` for an unnumbered paragraph (a lone
    /// operative paragraph, older Security Council texts).
    pub number: Option<u32>,
    /// The printed letter of a lettered provision, without its brackets:
    /// `a` of `(a) Expresses its profound gratitude …;`. A decision sets
    /// its provisions under a preamble ending in a colon as `(a)`, `(b)` …
    /// (A/80/L.1); such a provision has a label and no `number`. Absent for
    /// numbered and unnumbered paragraphs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The lead verb phrase: `Calls upon`, `Also reaffirms`, `Decides also`,
    /// `Takes note`. As for a preambular lead, what qualifies the verb is
    /// the paragraph's: `Takes note with appreciation of …` → `Takes note`,
    /// `Expresses its appreciation …` → `Expresses`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    /// The whole paragraph without its number, lead included, clean prose.
    pub text: String,
    /// `(a)`, `(b)` … under the paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subparagraphs: Vec<Subparagraph>,
    /// Footnote markers taken out of `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
    /// Citations in `text`: resolutions, decisions, documents, Charter
    /// articles, treaties, sessions ([`Reference`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// A heading printed just before this paragraph (`I` / `Legislative activities`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<Heading>,
    /// The text the paragraph adopts, printed after it inside the resolution:
    /// `Adopts the following political declaration …:` and the declaration
    /// with its own title and numbered paragraphs (A/RES/73/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quoted_structure: Option<QuotedStructure>,
    /// First to last byte of the paragraph (subparagraphs included).
    pub span: Span,
    /// The pieces of input, when a break cut the paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Span>,
}

/// One part of a resolution adopted in parts (`A` / `Information in the
/// service of humanity` / `The General Assembly,` / its paragraphs / its
/// meeting line), or one section of a resolution (`II` / `Capital master
/// plan` / its own preambular paragraphs / its paragraphs numbered from 1),
/// which shares the resolution's formula.
///
/// Its paragraphs are a run of the resolution's own lists, so that a reader
/// who does not care for parts still sees every paragraph in
/// [`Resolution::preamble`] and [`Resolution::operative`]:
///
/// ```
/// let text = "78/71. Questions relating to information\n\nA\nInformation in the service of humanity\n\n\
///             The General Assembly,\n\nTaking note of the report,\n\n1. Urges all countries to cooperate;\n\n\
///             B\nUnited Nations global communications policies\n\nThe General Assembly,\n\n\
///             Emphasizing the role of the Committee,\n\n1. Reaffirms its resolution 13 (I);\n";
/// let r = un_resolution::parse_resolution(text)?;
/// assert_eq!(r.parts.len(), 2);
/// let b = &r.parts[1];
/// assert_eq!(b.label, "B");
/// assert_eq!(b.title.as_ref().map(|t| t.text.as_str()), Some("United Nations global communications policies"));
/// assert_eq!(r.preamble[b.preamble.clone()][0].lead.as_deref(), Some("Emphasizing"));
/// assert_eq!(r.operative[b.operative.clone()][0].number, Some(1));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Part {
    /// The part's letter (`A`, `B` … in order from `A`) or the section's
    /// number (`I`, `II` …), as printed.
    pub label: String,
    /// The line of the label.
    pub label_span: Span,
    /// The title printed under the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Title>,
    /// A part's own enacting formula (`The General Assembly,`); absent for
    /// a section, which shares the resolution's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<Formula>,
    /// Its preambular paragraphs: indices into [`Resolution::preamble`].
    pub preamble: std::ops::Range<usize>,
    /// Its operative paragraphs, which number from 1 again: indices into
    /// [`Resolution::operative`].
    pub operative: std::ops::Range<usize>,
    /// The meeting line and date printed at the part's end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
    /// From the label to the part's last line.
    pub span: Span,
}

/// A text quoted whole by an operative paragraph (Akoma Ntoso's
/// `quotedStructure`): a declaration, a programme of action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QuotedStructure {
    /// Its title, when printed: `Political declaration of the high-level meeting …`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Headings and paragraphs, in order; paragraphs number from 1 again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<AnnexBlock>,
    /// First to last byte.
    pub span: Span,
}

/// A heading between paragraphs: `I` / `Legislative activities`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Heading {
    /// Clean text.
    pub text: String,
    /// The heading lines.
    pub span: Span,
}

/// A subparagraph: `(a) The place of delivery …;`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Subparagraph {
    /// The label without its brackets or dot: `a`, `ii`, `aa`; `-` for a dash item.
    pub label: String,
    /// What kind of numbering the label belongs to: `(i)` after `(h)` is a letter.
    pub style: LabelStyle,
    /// Clean text without the label.
    pub text: String,
    /// Footnote markers taken out of `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
    /// Citations in `text`: resolutions, decisions, documents, Charter
    /// articles, treaties, sessions ([`Reference`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// Nested items: `(i)` under `(c)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subparagraphs: Vec<Self>,
    /// A group heading printed just before this item, inside its
    /// paragraph's list: `Improved regional and national coordination`
    /// above `(f) Support provided to United Nations regional commissions
    /// …;` (E/RES/2020/5, whose operative paragraph 4 groups its items
    /// `(a)` to `(l)` under five such headings). The lettering runs on
    /// across it. Not in `span`, as an operative paragraph's
    /// [`heading`](OperativeParagraph::heading) is not in its.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<Heading>,
    /// First to last byte of the item (nested items included).
    pub span: Span,
    /// The pieces of input, when a break cut the item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Span>,
}

/// The numbering system of a [`Subparagraph`] label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LabelStyle {
    /// `(a)` … `(z)`, `(aa)` … `(qq)`.
    Letter,
    /// `(i)`, `(ii)`, `(iv)` …
    Roman,
    /// `(1)`, `(2)` …
    Arabic,
    /// `-`, `–`, `—` or `•` items.
    Dash,
}

/// A footnote text: `¹ A/CONF.157/24 (Part I), chap. III.`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Footnote {
    /// `1`, or `*` for the sponsor note.
    pub marker: FootnoteMarker,
    /// Clean text without the marker.
    pub text: String,
    /// Citations in `text`: resolutions, decisions, documents, Charter
    /// articles, treaties, sessions ([`Reference`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// First to last byte of the note.
    pub span: Span,
    /// The pieces of input, when the note is not one run of lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Span>,
}

/// Where a footnote marker stood: in `1993,¹ for`, after the comma.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FootnoteRef {
    /// The marker: `1` or `*`.
    pub marker: FootnoteMarker,
    /// Byte offset in the owning node's `text` where the marker stood.
    pub offset: usize,
}

impl FootnoteRef {
    /// A reference to `marker` at byte `offset` of the owner's text.
    #[must_use]
    pub const fn new(marker: FootnoteMarker, offset: usize) -> Self {
        Self { marker, offset }
    }
}

/// A footnote marker: a number, or one or more asterisks.
///
/// Serialised as its printed form: `"1"`, `"*"`, `"**"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum FootnoteMarker {
    /// `¹`, `<sup>1</sup>`, `^1^`, `$^{1}$`, `[^1]`, `[1]`, a lone `1`.
    Number(u32),
    /// `*` (count 1), `**` (count 2): notes outside the numbered sequence,
    /// such as the note on a sponsor list.
    Asterisks(u8),
}

impl fmt::Display for FootnoteMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Number(n) => write!(f, "{n}"),
            Self::Asterisks(k) => {
                for _ in 0..k {
                    f.write_str("*")?;
                }
                Ok(())
            }
        }
    }
}

impl From<FootnoteMarker> for String {
    fn from(marker: FootnoteMarker) -> Self {
        marker.to_string()
    }
}

impl TryFrom<String> for FootnoteMarker {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        if !value.is_empty() && value.len() <= 9 && value.bytes().all(|b| b.is_ascii_digit()) {
            return value
                .parse()
                .map(Self::Number)
                .map_err(|_| format!("invalid footnote marker {value:?}"));
        }
        if !value.is_empty() && value.len() <= 4 && value.bytes().all(|b| b == b'*') {
            // The length is at most 4, so the cast cannot truncate.
            return Ok(Self::Asterisks(value.len() as u8));
        }
        Err(format!(
            "invalid footnote marker {value:?}: expected digits or asterisks"
        ))
    }
}

/// An annex: `Annex` / `Awaza Political Declaration` and what follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Annex {
    /// The heading as printed: `Annex`, `Annex I`.
    pub heading: String,
    /// The annex title, when printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Headings and paragraphs, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<AnnexBlock>,
    /// First to last byte of the annex.
    pub span: Span,
}

/// A block of an annex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum AnnexBlock {
    /// A heading inside the annex: `Chapter I`, `Article 1`, `I. Introduction`.
    Heading(Heading),
    /// A paragraph, numbered or not.
    Paragraph(AnnexParagraph),
}

/// A paragraph of an annex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnexParagraph {
    /// The printed number, if any.
    pub number: Option<u32>,
    /// The lead, where the paragraph has one: `Decides`; in a declaration
    /// the first person plural: `Reaffirm`, `Further reaffirm`; in the
    /// preamble of an attached text (a convention's), a preambular lead of
    /// a head UN texts print: `Conscious of`'s `Conscious`, `Reaffirming`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    /// Clean text without the number.
    pub text: String,
    /// Footnote markers taken out of `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<FootnoteRef>,
    /// Citations in `text`: resolutions, decisions, documents, Charter
    /// articles, treaties, sessions ([`Reference`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// `(a)`, `(b)` … under the paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subparagraphs: Vec<Subparagraph>,
    /// First to last byte.
    pub span: Span,
    /// The pieces of input, when a break cut the paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_marker_round_trip() {
        for s in ["1", "22", "*", "**"] {
            let m = FootnoteMarker::try_from(s.to_owned()).map(String::from);
            assert_eq!(m.as_deref(), Ok(s));
        }
    }

    #[test]
    fn err_marker_rejects_other_text() {
        for s in ["", "a", "1*", "*****", "-1"] {
            assert!(FootnoteMarker::try_from(s.to_owned()).is_err(), "{s:?}");
        }
    }

    #[test]
    fn ok_date_from_string() {
        let d = Date::try_from("2024-02-29".to_owned());
        assert_eq!(d.map(|d| (d.year(), d.month(), d.day())), Ok((2024, 2, 29)));
    }

    #[test]
    fn err_date_from_string() {
        for s in [
            "2023-02-29",
            "2025-13-01",
            "2025-1-01",
            "25-01-01",
            "2025-01-01x",
            "",
        ] {
            assert!(Date::try_from(s.to_owned()).is_err(), "{s:?}");
        }
    }
}

/// Every AST node kind, matched with no `_` arm: a new kind does not
/// compile until it is named here with the fixture that shows it.
#[cfg(test)]
mod coverage {
    use std::collections::BTreeSet;

    use super::*;

    fn subs(list: &[Subparagraph], out: &mut BTreeSet<&'static str>) {
        for s in list {
            if s.heading.is_some() {
                out.insert("subparagraph.heading");
            }
            out.insert(match s.style {
                LabelStyle::Letter => "label.letter",
                LabelStyle::Roman => "label.roman",
                LabelStyle::Arabic => "label.arabic",
                LabelStyle::Dash => "label.dash",
            });
            subs(&s.subparagraphs, out);
        }
    }

    fn blocks(list: &[AnnexBlock], out: &mut BTreeSet<&'static str>) {
        for b in list {
            match b {
                AnnexBlock::Heading(_) => {
                    out.insert("annex.heading");
                }
                AnnexBlock::Paragraph(p) => {
                    out.insert("annex.paragraph");
                    subs(&p.subparagraphs, out);
                }
            }
        }
    }

    fn kinds(r: &Resolution) -> BTreeSet<&'static str> {
        let mut out = BTreeSet::new();
        match &r.status {
            Status::Draft {
                sponsors,
                submitted_by,
                ..
            } => {
                out.insert("status.draft");
                if sponsors.is_some() {
                    out.insert("sponsors");
                }
                if submitted_by.is_some() {
                    out.insert("submitted_by");
                }
            }
            Status::Adopted { adoption, .. } => {
                out.insert("status.adopted");
                if let Some(o) = &adoption.origin {
                    out.insert(match o.kind {
                        OriginKind::Report { .. } => "origin.report",
                        OriginKind::WithoutReference { .. } => "origin.without_reference",
                        OriginKind::Draft { .. } => "origin.draft",
                        OriginKind::Other => "origin.other",
                    });
                }
                if adoption.meeting.is_some() {
                    out.insert("meeting");
                }
                if let Some(v) = &adoption.vote {
                    out.insert(match v.result {
                        VoteResult::Unanimous => "vote.unanimous",
                        VoteResult::Recorded { .. } => "vote.recorded",
                        VoteResult::NotStated => "vote.not_stated",
                        VoteResult::WithoutVote => "vote.without_vote",
                    });
                }
            }
            Status::Unknown => {
                out.insert("status.unknown");
            }
        }
        if let Some(b) = r.masthead.body {
            out.insert(match b {
                Body::GeneralAssembly => "body.general_assembly",
                Body::SecurityCouncil => "body.security_council",
                Body::EconomicAndSocialCouncil => "body.economic_and_social_council",
                Body::HumanRightsCouncil => "body.human_rights_council",
            });
        }
        if let Some(d) = r.masthead.distribution {
            out.insert(match d {
                Distribution::General => "distribution.general",
                Distribution::Limited => "distribution.limited",
                Distribution::Restricted => "distribution.restricted",
            });
        }
        if r.title.is_some() {
            out.insert("title");
        }
        if r.formula.is_some() {
            out.insert("formula");
        }
        for p in &r.preamble {
            out.insert("preamble");
            subs(&p.subparagraphs, &mut out);
        }
        for p in &r.operative {
            out.insert(if p.number.is_some() {
                "operative.numbered"
            } else if p.label.is_some() {
                "operative.lettered"
            } else {
                "operative.unnumbered"
            });
            if p.heading.is_some() {
                out.insert("heading");
            }
            if let Some(q) = &p.quoted_structure {
                out.insert("quoted_structure");
                blocks(&q.blocks, &mut out);
            }
            subs(&p.subparagraphs, &mut out);
        }
        for f in &r.footnotes {
            out.insert(match f.marker {
                FootnoteMarker::Number(_) => "footnote.number",
                FootnoteMarker::Asterisks(_) => "footnote.asterisks",
            });
        }
        for a in &r.annexes {
            out.insert("annex");
            blocks(&a.blocks, &mut out);
        }
        out
    }

    /// Each kind and a fixture (under `testdata/`) that shows it.
    const COVERED_BY: &[(&str, &str)] = &[
        ("status.draft", "seeds/000_50195e893c3de33a.txt"),
        ("sponsors", "seeds/002_f12273495372cd5e.txt"),
        ("submitted_by", "corpus/real/A_C.2_80_L.42.pdftext.txt"),
        ("status.adopted", "seeds/003_18ba36d161307072.txt"),
        ("origin.report", "seeds/003_18ba36d161307072.txt"),
        (
            "origin.without_reference",
            "corpus/real/A_RES_73_3.pdftext.txt",
        ),
        ("origin.draft", "corpus/real/S_RES_83_1950.plain.txt"),
        ("meeting", "seeds/003_18ba36d161307072.txt"),
        ("vote.unanimous", "corpus/real/S_RES_242_1967.plain.txt"),
        ("vote.recorded", "corpus/real/S_RES_678_1990.plain.txt"),
        ("vote.not_stated", "corpus/real/S_RES_1_1946.plain.txt"),
        (
            "vote.without_vote",
            "constructed/hrc-without-vote.pdftext.txt",
        ),
        (
            "status.unknown",
            "corpus/real/A_C.3_78_L.41.pymupdf-body.txt",
        ),
        ("body.general_assembly", "seeds/000_50195e893c3de33a.txt"),
        (
            "body.security_council",
            "corpus/real/S_RES_1445_2002.plain.txt",
        ),
        (
            "body.human_rights_council",
            "constructed/hrc-without-vote.pdftext.txt",
        ),
        ("distribution.general", "seeds/003_18ba36d161307072.txt"),
        ("distribution.limited", "seeds/000_50195e893c3de33a.txt"),
        ("title", "seeds/000_50195e893c3de33a.txt"),
        ("formula", "seeds/000_50195e893c3de33a.txt"),
        ("preamble", "seeds/000_50195e893c3de33a.txt"),
        ("operative.numbered", "seeds/000_50195e893c3de33a.txt"),
        (
            "operative.unnumbered",
            "corpus/real/S_RES_83_1950.plain.txt",
        ),
        ("operative.lettered", "newsrc/A_80_L.1.mupdf-json.txt"),
        ("heading", "corpus/real/A_C.6_80_L.10.pdftext.txt"),
        ("quoted_structure", "corpus/real/A_RES_73_3.pdftext.txt"),
        ("label.letter", "corpus/real/A_80_L.26.pdftext.txt"),
        ("label.roman", "corpus/real/A_80_L.26.pdftext.txt"),
        ("label.arabic", "corpus/real/S_RES_242_1967.plain.txt"),
        ("label.dash", "corpus/real/S_RES_1445_2002.plain.txt"),
        ("subparagraph.heading", "newsrc/E_RES_2020_5.docjson.txt"),
        ("footnote.number", "seeds/000_50195e893c3de33a.txt"),
        ("footnote.asterisks", "seeds/000_50195e893c3de33a.txt"),
        ("annex", "corpus/real/A_RES_80_3.pdftext.txt"),
        ("annex.heading", "corpus/real/A_RES_80_3.pdftext.txt"),
        ("annex.paragraph", "corpus/real/A_RES_80_3.pdftext.txt"),
    ];

    /// Kinds no fixture shows yet, with the reason.
    const NOT_IN_FIXTURES: &[(&str, &str)] = &[
        (
            "body.economic_and_social_council",
            "no ECOSOC text in the corpus",
        ),
        (
            "distribution.restricted",
            "no restricted document in the corpus",
        ),
    ];

    #[test]
    fn every_node_kind_has_a_fixture() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
        for (kind, fixture) in COVERED_BY {
            let text = std::fs::read_to_string(root.join(fixture)).unwrap_or_default();
            let r = crate::parse_resolution(&text)
                .map(|r| kinds(&r))
                .unwrap_or_default();
            assert!(r.contains(kind), "{fixture} does not show {kind}");
        }
        for (kind, _) in NOT_IN_FIXTURES {
            assert!(
                !COVERED_BY.iter().any(|(k, _)| k == kind),
                "{kind} listed twice"
            );
        }
    }
}
