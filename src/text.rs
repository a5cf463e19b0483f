//! Canonical text: a [`Resolution`] written back as clean text, in the UN
//! layout ([`to_plain`]) or as markdown ([`to_markdown`]).
//!
//! Input: a parsed [`Resolution`]. Output: one `String`, one block per
//! paragraph, blank lines between blocks. Never: spans, diagnostics or
//! anything the AST does not hold (page furniture, hard wraps, line-end
//! hyphens are gone for good).
//!
//! The output parses back to the same content: for every resolution `r`
//! that came out of [`parse_resolution`](crate::parse_resolution),
//! `parse_resolution(&to_plain(&r))?.same_content(&r)` holds, and so for
//! [`to_markdown`] (`tests/outputs.rs` checks it on every fixture).
//!
//! # Layout
//!
//! The order of the printed document (DOMAIN.md §1):
//!
//! | block | plain | markdown |
//! |---|---|---|
//! | masthead | `General Assembly` / `Distr.: Limited` / `4 November 2025` … one line each | the same, organ as `# General Assembly` |
//! | sponsors (draft) | `Cuba:* draft resolution` | the same |
//! | submission (draft) | `Draft resolution submitted by the Vice-Chair of the Committee,` / `Weronika Garbacz (Poland)` | the same |
//! | adoption (adopted) | `Resolution adopted by the General Assembly on 18 December 2025` / `[on the report of …]`; a Council number in the form of the Council's compilations, title above: `678 (1990) Resolution of 29 November 1990` | bold / italic |
//! | title | `80/204. Enhancement of …` (number only when adopted) | `### **80/204. Enhancement of …**` |
//! | formula | `The General Assembly,` | `*The General Assembly,*` |
//! | paragraphs | `Recalling …,` / `1. Reaffirms …;` / `(a) …;` | leads in italics: `1. *Reaffirms* …;` |
//! | footnote marker | `1993,¹ for` | `1993,[^1] for` |
//! | footnote text | `¹ A/CONF.157/24 (Part I), chap. III.` | `[^1]: A/CONF.157/24 (Part I), chap. III.` |
//! | heading | `VII` / `Technical assistance and capacity-building`, `Article 8` / `Missing information …` (a section number or a division's label on its own line) | bold |
//! | group heading in a list | `Improved regional and national coordination` on its own line above its item `(f) …` | bold |
//! | parts | `A` / title / its formula / its paragraphs / its meeting line | the same, title bold |
//! | adopted text | under the paragraph that adopts it (`Adopts the following declaration:`): its title, headings and paragraphs | the same, title bold |
//! | closing | `69th plenary meeting` / `18 December 2025`; a Council vote line (`Adopted at the 2963rd meeting by …`) as printed | the same, in italics |
//! | annexes | `Annex` / title / paragraphs | `## Annex` … |
//!
//! A footnote text follows the paragraph that first cites it, as the printed
//! note follows its page; notes cited in the masthead (the sponsor `*`
//! note) follow the first paragraph; notes cited nowhere, and notes that do
//! not end with a full stop (a reader would run the next lines into them),
//! close the text.
//!
//! Characters the parser reads as markup are escaped with a backslash in
//! both layouts (`\*`, `\<sup>`, `\[^2]`), which is also how markdown
//! escapes them.

use std::collections::BTreeSet;

use crate::ast::{
    Adoption, AgendaItem, AgendaList, Annex, AnnexBlock, Date, Distribution, DocumentKind,
    FootnoteMarker, FootnoteRef, Formula, LabelStyle, Masthead, Meeting, OperativeParagraph,
    PreambularParagraph, QuotedStructure, Resolution, Status, Subparagraph,
};

/// The resolution as clean plain text in the UN layout.
///
/// ```
/// let text = "The General Assembly,\n\nRecalling its resolution 70/1,¹\n\n1.   *Decides* to meet;\n\n¹ Resolution 55/2.\n";
/// let r = un_resolution::parse_resolution(text)?;
/// let plain = un_resolution::text::to_plain(&r);
/// assert_eq!(plain, "The General Assembly,\n\nRecalling its resolution 70/1,¹\n\n¹ Resolution 55/2.\n\n1. Decides to meet;\n");
/// assert!(un_resolution::parse_resolution(&plain)?.same_content(&r));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[must_use]
pub fn to_plain(resolution: &Resolution) -> String {
    Writer::new(resolution, Style::Plain).finish()
}

/// The resolution as markdown: organ and title as headings, leads in
/// italics, footnotes as `[^1]` with their `[^1]: …` definitions.
///
/// ```
/// let text = "The General Assembly,\n\nRecalling its resolution 70/1,¹\n\n1. Decides to meet;\n\n¹ Resolution 55/2.\n";
/// let r = un_resolution::parse_resolution(text)?;
/// let md = un_resolution::text::to_markdown(&r);
/// assert_eq!(md, "*The General Assembly,*\n\n*Recalling* its resolution 70/1,[^1]\n\n[^1]: Resolution 55/2.\n\n1. *Decides* to meet;\n");
/// assert!(un_resolution::parse_resolution(&md)?.same_content(&r));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[must_use]
pub fn to_markdown(resolution: &Resolution) -> String {
    Writer::new(resolution, Style::Markdown).finish()
}

/// A date as the UN prints it: `18 December 2025`.
pub(crate) fn un_date(date: Date) -> String {
    let month = crate::grammar::date::month_name(date.month()).unwrap_or("");
    format!("{} {month} {}", date.day(), date.year())
}

/// A period as the UN prints it: the first date's year left out when it is
/// the last's (`27 February–4 April 2023`, `25 July 2022–26 July 2023`).
fn un_period(start: Date, end: Date) -> String {
    if start.year() == end.year() {
        let month = crate::grammar::date::month_name(start.month()).unwrap_or("");
        format!("{} {month}–{}", start.day(), un_date(end))
    } else {
        format!("{}–{}", un_date(start), un_date(end))
    }
}

/// The printed form of a distribution: `General`.
pub(crate) const fn distribution_name(d: Distribution) -> &'static str {
    match d {
        Distribution::General => "General",
        Distribution::Limited => "Limited",
        Distribution::Restricted => "Restricted",
    }
}

/// A subparagraph label as printed: `(a)`, `(ii)`, `-`.
pub(crate) fn label_text(sub: &Subparagraph) -> String {
    match sub.style {
        LabelStyle::Dash => sub.label.clone(),
        _ => format!("({})", sub.label),
    }
}

/// `Agenda item 71 (b)`, `Item 35 of the provisional agenda`: the line as
/// the list the item is of prints it.
pub(crate) fn agenda_line(item: &AgendaItem) -> String {
    let number = item.number;
    let item_number = match &item.sub_item {
        Some(s) => format!("{number} ({s})"),
        None => number.to_string(),
    };
    match item.list {
        AgendaList::ProvisionalAgenda => format!("Item {item_number} of the provisional agenda"),
        AgendaList::PreliminaryList => format!("Item {item_number} of the preliminary list"),
        _ => format!("Agenda item {item_number}"),
    }
}

/// The footnote markers cited in `refs`, `subs` and their nested items.
fn cited_in(refs: &[FootnoteRef], subs: &[Subparagraph], out: &mut Vec<FootnoteMarker>) {
    out.extend(refs.iter().map(|r| r.marker));
    for s in subs {
        cited_in(&s.footnote_refs, &s.subparagraphs, out);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Markdown,
}

struct Writer<'r> {
    r: &'r Resolution,
    style: Style,
    out: String,
    /// Footnotes already written out.
    written: BTreeSet<FootnoteMarker>,
    /// Notes cited above the body (the sponsor note), written after the
    /// first paragraph.
    pending: Vec<FootnoteMarker>,
}

impl<'r> Writer<'r> {
    fn new(r: &'r Resolution, style: Style) -> Self {
        Self {
            r,
            style,
            out: String::new(),
            written: BTreeSet::new(),
            pending: Vec::new(),
        }
    }

    fn md(&self) -> bool {
        self.style == Style::Markdown
    }

    /// Starts a new block: a blank line after whatever came before.
    fn block(&mut self, text: &str) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn finish(mut self) -> String {
        self.masthead();
        if self.council_number().is_some() {
            // The Council's compilations print the title above the number.
            self.title();
            self.status_lines();
        } else {
            self.status_lines();
            self.title();
        }
        let r = self.r;
        // Parts with their own formula (`A`, `B`) print it each; sections
        // (`I`, `II`) share the resolution's.
        if r.parts.first().is_none_or(|p| p.formula.is_none()) {
            if let Some(f) = &r.formula {
                self.formula(f);
            }
        }
        if r.parts.is_empty() && !self.last_paragraph_finished() {
            self.closing();
        }
        // The paragraphs before the first part (all, without parts).
        let (pre, op) = r
            .parts
            .first()
            .map_or((r.preamble.len(), r.operative.len()), |p| {
                (p.preamble.start, p.operative.start)
            });
        self.paragraphs(
            r.preamble.get(..pre).unwrap_or_default(),
            r.operative.get(..op).unwrap_or_default(),
        );
        for (k, part) in r.parts.iter().enumerate() {
            self.block(&escape(&part.label));
            if let Some(t) = &part.title {
                self.strong_line(&t.text);
            }
            if let Some(f) = &part.formula {
                self.formula(f);
            }
            let pre = r.preamble.get(part.preamble.clone()).unwrap_or_default();
            let op = r.operative.get(part.operative.clone()).unwrap_or_default();
            self.paragraphs(pre, op);
            // The last part's meeting is the resolution's, printed below.
            if let Some(m) = part.meeting.as_ref().filter(|_| k + 1 < r.parts.len()) {
                self.meeting(m);
            }
        }
        if self.last_paragraph_finished() {
            self.closing();
        }
        for annex in &r.annexes {
            self.annex(annex);
        }
        // Notes cited nowhere (or only where a paragraph was lost): last.
        let rest: Vec<FootnoteMarker> = r.footnotes.iter().map(|f| f.marker).collect();
        self.notes_where(&rest, true);
        self.out
    }

    fn formula(&mut self, f: &Formula) {
        let text = escape(&f.text);
        let line = if self.md() { emphasis(&text) } else { text };
        self.block(&line);
    }

    fn paragraphs(&mut self, preamble: &[PreambularParagraph], operative: &[OperativeParagraph]) {
        for p in preamble {
            self.paragraph(
                String::new(),
                &p.text,
                &p.footnote_refs,
                p.lead.as_deref(),
                &p.subparagraphs,
            );
        }
        for p in operative {
            if let Some(h) = &p.heading {
                self.heading(&h.text);
            }
            // A number as printed (`1.`), or a decision's letter (`(a)`).
            let num = match (p.number, &p.label) {
                (Some(n), _) => format!("{n}."),
                (None, Some(l)) => format!("({l})"),
                (None, None) => String::new(),
            };
            self.paragraph(
                num,
                &p.text,
                &p.footnote_refs,
                p.lead.as_deref(),
                &p.subparagraphs,
            );
            if let Some(q) = &p.quoted_structure {
                self.quoted(q);
            }
        }
    }

    /// The text a paragraph adopts (a declaration), under it as printed:
    /// its title, then its headings and paragraphs.
    fn quoted(&mut self, q: &QuotedStructure) {
        if let Some(t) = &q.title {
            self.strong_line(t);
        }
        self.blocks(&q.blocks);
    }

    /// Whether the last paragraph of the body ends as a UN paragraph ends
    /// (`,` `;` `:` `.`, before closing quotes and brackets). A reader takes
    /// the lines after an unfinished paragraph for its continuation, so the
    /// closing lines cannot follow one.
    fn last_paragraph_finished(&self) -> bool {
        fn last_sub(subs: &[Subparagraph]) -> Option<&str> {
            subs.last()
                .map(|s| last_sub(&s.subparagraphs).unwrap_or(&s.text))
        }
        let last = match (self.r.operative.last(), self.r.preamble.last()) {
            (Some(p), _) => last_sub(&p.subparagraphs).unwrap_or(&p.text),
            (None, Some(p)) => last_sub(&p.subparagraphs).unwrap_or(&p.text),
            (None, None) => return true,
        };
        last.trim_end()
            .trim_end_matches(['”', '"', '’', ')'])
            .ends_with([',', ';', ':', '.'])
    }

    fn masthead(&mut self) {
        let m: &Masthead = &self.r.masthead;
        if let Some(body) = m.body {
            let line = if self.md() {
                format!("# {}", body.name())
            } else {
                body.name().to_owned()
            };
            self.block(&line);
        }
        if let Some(symbol) = &m.symbol {
            self.block(&escape(symbol.as_str()));
        }
        match (m.distribution, m.date) {
            (Some(d), Some(date)) => {
                let sep = if self.md() { "  \n" } else { "\n" };
                self.block(&format!(
                    "Distr.: {}{sep}{}",
                    distribution_name(d),
                    un_date(date)
                ));
            }
            (Some(d), None) => self.block(&format!("Distr.: {}", distribution_name(d))),
            (None, Some(date)) => self.block(&un_date(date)),
            (None, None) => {}
        }
        if let Some(lang) = &m.original_language {
            self.block(&format!("Original: {}", escape(lang)));
        }
        if let Some(s) = &m.session {
            self.block(&escape(&s.text));
            if let Some(p) = s.period {
                self.block(&un_period(p.start, p.end));
            }
        }
        if let Some(c) = &m.committee {
            self.block(&escape(c));
        }
        for item in &m.agenda_items {
            // The item's marker after its number, its note with the first
            // paragraph's (as the sponsors' `*`).
            let markers: String = item
                .footnote_refs
                .iter()
                .map(|f| self.marker(f.marker))
                .collect();
            self.pending
                .extend(item.footnote_refs.iter().map(|f| f.marker));
            self.block(&format!("{}{markers}", agenda_line(item)));
            if let Some(t) = &item.title {
                self.block(&escape(t));
            }
        }
    }

    fn status_lines(&mut self) {
        match &self.r.status {
            Status::Draft {
                sponsors,
                submitted_by,
                kind,
                ..
            } => {
                let opening = kind.submission_opening();
                if let Some(by) = submitted_by.as_ref().map(|s| s.text.as_str()) {
                    // As printed: the officer's name on the line after the title,
                    // `… the Vice-Chair of the Committee,` / `Weronika Garbacz (Poland)`.
                    let line = match by.rsplit_once(", ") {
                        Some((office, name)) => {
                            format!("{opening} {},\n{}", escape(office), escape(name))
                        }
                        None => format!("{opening} {}", escape(by)),
                    };
                    self.block(&line);
                }
                let Some(sponsors) = sponsors else {
                    return;
                };
                if submitted_by.is_some() && sponsors.text.starts_with(opening) {
                    // The sponsor line is the submission line, written above.
                    return;
                }
                let line = self.inline(&sponsors.text, &sponsors.footnote_refs, None);
                // Markers on one name (`Cuba* and Russian Federation`) are
                // offsets into the name: put them back where the name stands.
                let line = self.sponsor_markers(line, sponsors);
                self.block(&line);
                let mut cited = Vec::new();
                cited.extend(sponsors.footnote_refs.iter().map(|f| f.marker));
                for s in &sponsors.list {
                    cited.extend(s.footnote_refs.iter().map(|f| f.marker));
                }
                self.pending.extend(cited);
            }
            Status::Adopted { adoption, kind } => self.adoption(adoption, *kind),
            _ => {}
        }
    }

    /// Writes the markers of single sponsors into the rendered sponsor line.
    fn sponsor_markers(&self, mut line: String, sponsors: &crate::ast::Sponsors) -> String {
        let mut from = 0;
        for s in &sponsors.list {
            let name = escape(&s.name);
            let Some(at) = line.get(from..).and_then(|rest| rest.find(&name)) else {
                continue;
            };
            let start = from + at;
            let mut refs: Vec<&FootnoteRef> = s.footnote_refs.iter().collect();
            refs.sort_by_key(|f| std::cmp::Reverse(f.offset));
            let mut end = start + name.len();
            for f in refs {
                let offset = floor_boundary(&s.name, f.offset);
                let pos = start + escape(&s.name[..offset]).len();
                let marker = self.marker(f.marker);
                if line.is_char_boundary(pos) {
                    line.insert_str(pos, &marker);
                    end += marker.len();
                }
            }
            from = end;
        }
        line
    }

    /// A Council number printed as such: `678 (1990)` in a text not of the
    /// General Assembly.
    fn council_number(&self) -> Option<&'r str> {
        let Status::Adopted { adoption, .. } = &self.r.status else {
            return None;
        };
        adoption
            .number
            .as_deref()
            .filter(|n| n.ends_with(')') && n.contains(" ("))
            .filter(|_| self.r.masthead.body != Some(crate::ast::Body::GeneralAssembly))
    }

    fn adoption(&mut self, a: &Adoption, kind: DocumentKind) {
        if let Some(n) = self.council_number() {
            // The form of the Council's compilations: `678 (1990) Resolution
            // of 29 November 1990`, the title (if any) above.
            let line = match a.date {
                Some(d) => format!("{} Resolution of {}", escape(n), un_date(d)),
                None => format!("Resolution {}", escape(n)),
            };
            self.block(&line);
        } else if let Some(date) = a.date {
            let body = self
                .r
                .masthead
                .body
                .map_or("General Assembly", crate::ast::Body::name);
            let line = format!("{} {body} on {}", kind.adoption_opening(), un_date(date));
            let line = if self.md() { strong(&line) } else { line };
            self.block(&line);
        }
        if let Some(o) = &a.origin {
            let text = escape(&o.text);
            let line = if self.md() {
                format!("[{}]", emphasis(&text))
            } else {
                format!("[{text}]")
            };
            self.block(&line);
        }
    }

    fn title(&mut self) {
        let number = match &self.r.status {
            // A Council number is printed with the adoption line.
            Status::Adopted { adoption, .. } if self.council_number().is_none() => {
                adoption.number.as_deref()
            }
            _ => None,
        };
        let title = self.r.title.as_ref().map(|t| escape(&t.text));
        let line = match (number, title) {
            (Some(n), Some(t)) => format!("{}. {t}", escape(n)),
            (Some(n), None) => format!("{}.", escape(n)),
            (None, Some(t)) => t,
            (None, None) => return,
        };
        let line = if self.md() {
            format!("### {}", strong(&line))
        } else {
            line
        };
        self.block(&line);
    }

    fn closing(&mut self) {
        let Status::Adopted { adoption, .. } = &self.r.status else {
            return;
        };
        // A Council vote line names the meeting itself (`Adopted at the
        // 2963rd meeting by …`): the meeting is not printed twice.
        // Nor is a meeting that the adoption line above the body names
        // (`Adopted by the Security Council at its 4653rd meeting, on …`):
        // the Council prints no closing line.
        let above_body = |m: &Meeting| {
            self.r
                .formula
                .as_ref()
                .is_some_and(|f| m.span.end <= f.span.start)
        };
        // (The vote line may print the number as OCR left it, `473rd_
        // meeting`, `298Ist meeting`: read from the same lines, the two
        // share their span.)
        let meeting = adoption.meeting.as_ref().filter(|m| {
            !above_body(m)
                && !adoption
                    .vote
                    .as_ref()
                    .is_some_and(|v| v.span == m.span || v.text.contains(&m.text))
        });
        if let Some(m) = meeting {
            self.meeting(m);
        }
        if let Some(v) = &adoption.vote {
            // Markers of a meeting not printed apart stand in the vote line.
            let refs = match (meeting, &adoption.meeting) {
                (None, Some(m)) => m.footnote_refs.as_slice(),
                _ => &[],
            };
            let line = self.inline(&v.text, refs, None);
            self.block(&line);
        }
        if let Some(m) = &adoption.meeting {
            let cited: Vec<FootnoteMarker> = m.footnote_refs.iter().map(|f| f.marker).collect();
            self.notes(&cited);
        }
    }

    /// A meeting line and its date line.
    fn meeting(&mut self, m: &Meeting) {
        let text = self.inline(&m.text, &m.footnote_refs, None);
        // A closing that is its date alone (a text adopted without a
        // meeting) prints the date once.
        let date = m
            .date
            .filter(|&d| m.number.is_some() || un_date(d) != m.text);
        let line = match (date, self.md()) {
            (Some(d), true) => emphasis(&format!("{text}  \n{}", un_date(d))),
            (Some(d), false) => format!("{text}\n{}", un_date(d)),
            (None, true) => emphasis(&text),
            (None, false) => text,
        };
        self.block(&line);
    }

    fn annex(&mut self, annex: &'r Annex) {
        let heading = escape(&annex.heading);
        let line = if self.md() {
            format!("## {heading}")
        } else {
            heading
        };
        self.block(&line);
        if let Some(t) = &annex.title {
            self.strong_line(t);
        }
        self.blocks(&annex.blocks);
    }

    /// The headings and paragraphs of an annex or a quoted text.
    fn blocks(&mut self, blocks: &[AnnexBlock]) {
        for b in blocks {
            match b {
                AnnexBlock::Heading(h) => self.heading(&h.text),
                AnnexBlock::Paragraph(p) => {
                    let num = p.number.map(|n| format!("{n}.")).unwrap_or_default();
                    self.paragraph(num, &p.text, &p.footnote_refs, None, &p.subparagraphs);
                }
            }
        }
    }

    /// A heading: its section number (`VII` / `Technical assistance …`) or
    /// its division's label (`Article 8` / `Missing information …`) on a
    /// line of its own, as the UN prints it, then its title.
    fn heading(&mut self, text: &str) {
        let section = text
            .split_once(' ')
            .filter(|_| crate::blocks::opens_section(text));
        // `Chapter II Issuance, content …`: the label is two words.
        let division = || {
            let (word, rest) = text.split_once(' ')?;
            let (number, title) = rest.split_once(' ')?;
            let label = text.get(..word.len() + 1 + number.len())?;
            crate::blocks::is_division(label).then_some((label, title))
        };
        match section.or_else(division) {
            Some((number, title)) => {
                let (number, title) = (escape(number), escape(title));
                let block = if self.md() {
                    format!("{}  \n{}", strong(&number), strong(&title))
                } else {
                    format!("{number}\n{title}")
                };
                self.block(&block);
            }
            None => self.strong_line(text),
        }
    }

    /// A title or heading line: bold in markdown.
    fn strong_line(&mut self, text: &str) {
        let t = escape(text);
        let line = if self.md() { strong(&t) } else { t };
        self.block(&line);
    }

    /// A paragraph (preambular, operative or annexed): its number or label
    /// where one is printed (`num`, `1.` or `(a)`, empty for none), its
    /// text with the lead marked, its subparagraphs, then the notes it is
    /// the first to cite.
    fn paragraph(
        &mut self,
        num: String,
        text: &str,
        refs: &[FootnoteRef],
        lead: Option<&str>,
        subs: &[Subparagraph],
    ) {
        let text = self.inline(text, refs, lead);
        let line = if num.is_empty() {
            text
        } else {
            format!("{num} {text}")
        };
        self.block(&line);
        self.subparagraphs(subs);
        let mut cited = Vec::new();
        cited_in(refs, subs, &mut cited);
        self.notes_after_paragraph(cited);
    }

    /// Items, each under its group heading where it has one, on a line of
    /// its own as the UN prints it (italic there; bold in markdown, as the
    /// other headings).
    fn subparagraphs(&mut self, subs: &[Subparagraph]) {
        for s in subs {
            if let Some(h) = &s.heading {
                self.strong_line(&h.text);
            }
            let text = self.inline(&s.text, &s.footnote_refs, None);
            self.block(&format!("{} {text}", label_text(s)));
            self.subparagraphs(&s.subparagraphs);
        }
    }

    /// Writes the notes first cited in the paragraph just written, and the
    /// notes cited above the body.
    fn notes_after_paragraph(&mut self, mut cited: Vec<FootnoteMarker>) {
        let pending = std::mem::take(&mut self.pending);
        cited.extend(pending);
        self.notes(&cited);
    }

    fn notes(&mut self, markers: &[FootnoteMarker]) {
        self.notes_where(markers, false);
    }

    /// Writes the notes of `markers` not yet written. A note that does not
    /// end as a note ends (`.`) would take in the lines after it, so it
    /// waits for the end of the text (`last`).
    fn notes_where(&mut self, markers: &[FootnoteMarker], last: bool) {
        let r = self.r;
        for f in &r.footnotes {
            let t = f.text.trim_end();
            let finished = t.ends_with('.') || t.ends_with(".)") || t.ends_with(".”");
            if !markers.contains(&f.marker)
                || self.written.contains(&f.marker)
                || !(finished || last)
            {
                continue;
            }
            self.written.insert(f.marker);
            let text = escape(&f.text);
            let line = match (f.marker, self.md()) {
                (FootnoteMarker::Number(n), true) => format!("[^{n}]: {text}"),
                (FootnoteMarker::Asterisks(_), true) => format!("<sup>{}</sup> {text}", f.marker),
                (m, false) => format!("{} {text}", self.marker(m)),
            };
            self.block(&line);
        }
    }

    /// A marker inside running text: `¹`, `[^1]`, `*`.
    fn marker(&self, marker: FootnoteMarker) -> String {
        match (marker, self.style) {
            (FootnoteMarker::Number(n), Style::Plain) => superscript(n),
            (FootnoteMarker::Number(n), Style::Markdown) => format!("[^{n}]"),
            (m @ FootnoteMarker::Asterisks(_), _) => m.to_string(),
        }
    }

    /// `text` with its footnote markers back at their offsets and, in
    /// markdown, the lead in italics.
    fn inline(&self, text: &str, refs: &[FootnoteRef], lead: Option<&str>) -> String {
        let mut refs: Vec<(usize, FootnoteMarker)> = refs
            .iter()
            .map(|f| (floor_boundary(text, f.offset), f.marker))
            .collect();
        refs.sort_by_key(|&(offset, _)| offset);
        let lead_len = lead
            .filter(|l| self.md() && !l.is_empty() && text.starts_with(l))
            .map(str::len)
            .filter(|&len| !refs.iter().any(|&(o, _)| o > 0 && o < len));
        let mut out = String::with_capacity(text.len() + 8);
        let mut at = 0;
        if let Some(len) = lead_len {
            out.push_str(&emphasis(&escape(&text[..len])));
            at = len;
        }
        let mut last_marker_at = None;
        for (offset, marker) in refs {
            let offset = offset.max(at);
            out.push_str(&escape(&text[at..offset]));
            if last_marker_at == Some(offset) && self.style == Style::Plain {
                // `¹²` would read as note 12: the second of two notes at one
                // place is written `<sup>2</sup>`.
                out.push_str(&format!("<sup>{marker}</sup>"));
            } else {
                out.push_str(&self.marker(marker));
            }
            last_marker_at = Some(offset);
            at = offset;
        }
        out.push_str(&escape(&text[at..]));
        out
    }
}

/// `*text*`, or `text` when it is empty.
fn emphasis(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("*{text}*")
    }
}

/// `**text**`, or `text` when it is empty.
fn strong(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("**{text}**")
    }
}

/// The largest character boundary of `text` at or before `offset`.
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// `n` in superscript digits: `12` → `¹²`.
pub(crate) fn superscript(n: u32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .bytes()
        .map(|b| DIGITS[usize::from(b - b'0')])
        .collect()
}

/// Backslash before each character the parser (and markdown) would read as
/// markup: `*`, `\` before punctuation, `<` opening a tag, `[` opening a
/// link or a footnote reference, `_`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let needs = match c {
            '*' | '_' => true,
            '\\' => next.is_some_and(|n| n.is_ascii_punctuation()),
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || n == '/'),
            '[' => next == Some('^') || text[i..].contains("]("),
            _ => false,
        };
        if needs {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_superscript() {
        assert_eq!(superscript(1), "¹");
        assert_eq!(superscript(120), "¹²⁰");
    }

    #[test]
    fn ok_escape() {
        assert_eq!(escape("a*b"), "a\\*b");
        assert_eq!(escape("x <sup>1</sup>"), "x \\<sup>1\\</sup>");
        assert_eq!(escape("1 < 2"), "1 < 2");
        assert_eq!(escape("see [^2]"), "see \\[^2]");
        assert_eq!(escape("[a](b)"), "\\[a](b)");
        assert_eq!(escape("plain [sic]"), "plain [sic]");
    }

    #[test]
    fn ok_un_date() {
        let d = Date::new(2025, 12, 18).map(un_date);
        assert_eq!(d.as_deref(), Some("18 December 2025"));
    }

    #[test]
    fn ok_floor_boundary() {
        assert_eq!(floor_boundary("é", 1), 0);
        assert_eq!(floor_boundary("ab", 9), 2);
    }
}
