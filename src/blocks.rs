//! Stage 2: lines → blocks.
//!
//! Input: the [`Line`]s of stage 1. Output: a [`Layout`]: the front lines
//! (masthead, sponsors, title) before the enacting formula, the body
//! paragraphs as runs of line pieces, the footnote texts, the closing
//! meeting line, annexes, and every dropped line with its reason.
//!
//! Never reads words for meaning beyond the forms that mark a boundary
//! (labels, lead phrases, footnote markers, furniture); never builds text.
//!
//! Rules, with real examples:
//! - A body line starts a new paragraph when it opens with a label (`12.`,
//!   `(a)`) or, the open paragraph being finished (its text ends in `,` `;`
//!   `:` `.`, the UN's paragraph endings), with a lead phrase (`Recalling
//!   also`); in layouts that print one paragraph per line, any capitalised
//!   line after a blank line also starts one. Otherwise it continues the open
//!   paragraph: `… meetings of the General` / notes / `Assembly to commemorate …`
//!   (seed 000) and `… consecutive and` / `compounded global crises …` are one
//!   paragraph each.
//! - A footnote starts at a marker (`¹ A/CONF.157/24 …`, `<sup>2</sup> …`,
//!   `* On behalf of …`), or after a `____` rule at a number alone on its line
//!   (`1` / `A/CONF.157/24 (Part I), chap. III.`, seed 002). An unfinished
//!   note (not ending in `.`) takes the following lines; a URL line ends the
//!   notes of a page.
//! - A number alone on its line inside a paragraph is the next footnote marker
//!   (`1993` / `1` / `for enhancing`), never a paragraph number (which has a dot).
//! - Job numbers, barcodes, page counters, rules and URL lines are dropped,
//!   each with its reason.

use crate::ast::{Body, FootnoteMarker};
use crate::error::DropReason;
use crate::grammar::furniture::furniture_line;
use crate::grammar::label::{paragraph_number, subparagraph_label, RawLabel};
use crate::grammar::marker::{footnote_start, lone_number, plain_note_start};
use crate::grammar::masthead::{compilation_heading, formula, meeting, sc_adoption};
use crate::grammar::phrase::{operative_lead, preambular_lead};
use crate::grammar::symbol::document_symbol;
use crate::grammar::{run, run_all};
use crate::normalize::inline::Piece;
use crate::normalize::Line;
use crate::span::Span;

/// The label that opened a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label<'s> {
    /// `12.`
    Number(u32),
    /// `(a)`, `(ii)`, `–`
    Sub(RawLabel<'s>),
}

/// A body paragraph as pieces of lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Para<'s> {
    pub(crate) label: Option<Label<'s>>,
    /// Span of the label itself.
    pub(crate) label_span: Option<Span>,
    pub(crate) pieces: Vec<Piece<'s>>,
    /// Index of the input line of each piece (the label's line first).
    pub(crate) lines: Vec<usize>,
    /// Opening minus closing curly quotes so far: a paragraph does not end
    /// inside a quotation (`“… for the Benefit of All States,` / `Taking into
    /// Particular Account …”`, a title quoted over two lines).
    quotes: i32,
    /// The line where the open quotation began: a quotation left open for
    /// more than a few lines is an unbalanced mark, not a quoted title.
    quote_line: usize,
    /// The end of the paragraph, printed before its start: pdftotext gives
    /// `17.` / `session.` / `Decides to continue … at its eighty-first`
    /// (A/RES/80/204); the lower-case line waits here for the paragraph's end.
    deferred: Option<(Piece<'s>, usize)>,
    /// The paragraph opens a text that the one before quotes whole
    /// (`Adopts the following political declaration …:` / `Political declaration …`).
    pub(crate) quoted_start: bool,
}

impl<'s> Para<'s> {
    /// The last text the paragraph has so far, for the "finished" test.
    fn last_text(&self) -> Option<&str> {
        if let Some((Piece::Text { text, .. }, _)) = self.deferred {
            return Some(text);
        }
        self.pieces.iter().rev().find_map(|p| match p {
            Piece::Text { text, .. } if !text.trim().is_empty() => Some(*text),
            _ => None,
        })
    }

    /// Puts a line printed out of order back at the paragraph's end;
    /// returns its span, for the diagnostic.
    fn seal(&mut self) -> Option<Span> {
        let (piece, line) = self.deferred.take()?;
        let span = match piece {
            Piece::Text { span, .. } | Piece::Marker { span, .. } => span,
        };
        self.pieces.push(piece);
        self.lines.push(line);
        Some(span)
    }

    /// Whether the text so far ends as a paragraph ends (`,` `;` `:` `.`).
    fn is_finished(&self) -> bool {
        let in_quote = self.quotes > 0
            && self
                .lines
                .last()
                .is_some_and(|&l| l <= self.quote_line + QUOTE_SPAN);
        !in_quote && self.last_text().is_some_and(ends_finished)
    }

    fn push_text(&mut self, piece: Piece<'s>, line: usize) {
        if let Piece::Text { text, .. } = piece {
            let before = self.quotes;
            self.quotes = (self.quotes + quote_balance(text, self.quotes > 0)).max(0);
            if before == 0 && self.quotes > 0 {
                self.quote_line = line;
            }
        }
        self.pieces.push(piece);
        self.lines.push(line);
    }
}

/// Lines a quotation may run over and still keep its paragraph open.
const QUOTE_SPAN: usize = 4;

/// Opening minus closing quotes in `text`; a straight `"` closes an open
/// curly quote (OCR: `“ethnic cleansing", including …`), else it is ignored.
fn quote_balance(text: &str, open: bool) -> i32 {
    let mut depth = i32::from(open);
    let start = depth;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            '"' if depth > 0 => depth -= 1,
            _ => {}
        }
    }
    depth - start
}

/// A footnote text as pieces of lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Note<'s> {
    pub(crate) marker: FootnoteMarker,
    pub(crate) marker_span: Span,
    pub(crate) pieces: Vec<Piece<'s>>,
    pub(crate) lines: Vec<usize>,
}

/// An annex: its heading line and its own paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AnnexLines<'s> {
    pub(crate) heading: usize,
    pub(crate) paras: Vec<Para<'s>>,
}

/// What stage 2 hands to stage 3.
#[derive(Debug, Default)]
pub(crate) struct Layout<'s> {
    /// The body is hard-wrapped (PDF text) rather than one paragraph per line.
    pub(crate) wrapped: bool,
    /// Non-blank lines before the formula, not dropped.
    pub(crate) front: Vec<usize>,
    /// The formula line and the organ it names.
    pub(crate) formula: Option<(usize, Body)>,
    pub(crate) paras: Vec<Para<'s>>,
    pub(crate) notes: Vec<Note<'s>>,
    /// The closing meeting line and its date line.
    pub(crate) closing: Vec<usize>,
    /// Lines printed out of order and moved to the end of their paragraph.
    pub(crate) moved: Vec<Span>,
    /// The adoption line of a Council compilation text (`Adopted at the
    /// 2963rd meeting by 12 votes to 2 …`), over its wrapped lines.
    pub(crate) vote: Vec<usize>,
    pub(crate) annexes: Vec<AnnexLines<'s>>,
    pub(crate) dropped: Vec<(Span, DropReason)>,
}

/// Strips what may follow a paragraph's last punctuation: white space,
/// emphasis, footnote markers (`session,⁶`, `session,<sup>6</sup>`), closing quotes.
pub(crate) fn strip_trailing_marks(text: &str) -> &str {
    let mut t = text.trim_end();
    loop {
        let before = t.len();
        t = t.trim_end_matches(|c: char| {
            c.is_whitespace()
                || c == '*'
                || c == '_'
                || crate::grammar::marker::superscript_digit(c).is_some()
        });
        if let Some(s) = t.strip_suffix("</sup>") {
            if let Some(open) = s.rfind("<sup>") {
                t = &s[..open];
            }
        }
        if t.ends_with(']') {
            if let Some(open) = t.rfind("[^") {
                t = &t[..open];
            }
        }
        // A footnote number that PDF extraction spaced off its punctuation:
        // `… Amended Protocol II, 3` (markers follow punctuation, DOMAIN.md §6).
        // Or glued to it: `… eighty-fifth session,1`.
        let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if (1..=3).contains(&digits) {
            let head = &t[..t.len() - digits];
            let h = head.strip_suffix(' ').unwrap_or(head);
            if h.ends_with([',', ';', ':']) || (h.ends_with('.') && head.ends_with(' ')) {
                t = h;
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Whether `text` ends as a UN paragraph ends: `,` (preamble), `;` `.` (operative), `:` (chapeau).
pub(crate) fn ends_finished(text: &str) -> bool {
    let t = strip_trailing_marks(text);
    let t = t.trim_end_matches(['”', '"', '’', ')']);
    t.ends_with([',', ';', ':', '.', '?', '!'])
}

/// Markup-free view of a line for matching whole-line forms (`# General Assembly`, `*The General Assembly,*`).
pub(crate) fn bare(text: &str) -> &str {
    text.trim_start_matches(['#', ' '])
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
}

fn is_annex_heading(text: &str) -> bool {
    let t = bare(text);
    let Some(rest) = t.strip_prefix("Annex").or_else(|| t.strip_prefix("ANNEX")) else {
        return false;
    };
    let rest = rest.trim();
    rest.is_empty() || (rest.len() <= 6 && rest.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
}

fn starts_with_lead(text: &str) -> bool {
    let t = bare(text);
    run(preambular_lead, t).is_some()
        || run(operative_lead, t).is_some()
        || run_all(formula, t).is_some()
}

/// Whether the body is hard-wrapped (PDF text) rather than one paragraph per line.
fn is_wrapped(lines: &[Line<'_>], body: &[usize]) -> bool {
    let mut lens: Vec<usize> = body
        .iter()
        .map(|&i| lines[i].text.len())
        .filter(|&l| l > 0)
        .collect();
    if lens.is_empty() {
        return false;
    }
    let mid = lens.len() / 2;
    let (_, median, _) = lens.select_nth_unstable(mid);
    *median < 110
}

/// Finds the enacting formula: the first line that is `The General Assembly,` or the like.
fn find_formula(lines: &[Line<'_>]) -> Option<(usize, Body)> {
    lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| run_all(formula, bare(l.text)).map(|b| (i, b)))
}

/// Lines of YAML front matter at the very top (`---` / `key: value` … / `---`).
fn front_matter_end(lines: &[Line<'_>]) -> Option<usize> {
    let first = lines.iter().position(|l| !l.is_blank())?;
    if lines[first].text != "---" {
        return None;
    }
    let close = lines[first + 1..]
        .iter()
        .take(60)
        .position(|l| l.text == "---")?
        + first
        + 1;
    let yaml_like = lines[first + 1..close]
        .iter()
        .all(|l| l.is_blank() || l.text.contains(':') || l.text.starts_with('-') || l.indent > 0);
    yaml_like.then_some(close)
}

/// Runs stage 2 over `lines`.
pub(crate) fn layout<'s>(lines: &[Line<'s>]) -> Layout<'s> {
    let mut out = Layout::default();
    let mut start = 0;
    if let Some(end) = front_matter_end(lines) {
        for l in &lines[..=end] {
            if !l.is_blank() {
                out.dropped.push((l.span, DropReason::FrontMatter));
            }
        }
        start = end + 1;
    }
    out.formula = find_formula(&lines[start..]).map(|(i, b)| (i + start, b));
    let body_start = match out.formula {
        Some((i, _)) => {
            front_lines(lines, start, i, &mut out);
            i + 1
        }
        None => {
            // No formula: the body starts at the first paragraph number or
            // lead phrase, or right after a compilation heading (`1 (1946)
            // Resolution of 25 January 1946`, whose first paragraph may open
            // with no lead: `By Article 47 of the Charter, …`).
            let first = (start..lines.len())
                .find(|&i| {
                    let t = lines[i].text;
                    run(paragraph_number, t).is_some() || starts_with_lead(t)
                })
                // Neither formula nor paragraph: no body (stage 3 reports it).
                .unwrap_or(lines.len());
            let after_heading = (start..first)
                .find(|&i| run(compilation_heading, bare(lines[i].text)).is_some())
                .map(|i| {
                    // A bracketed draft symbol (`[S/1511]`) belongs to the heading.
                    let next = (i + 1..first).find(|&j| !lines[j].is_blank());
                    match next {
                        Some(j) if bare(lines[j].text).starts_with('[') => j + 1,
                        _ => i + 1,
                    }
                });
            let first = after_heading.unwrap_or(first).min(first);
            front_lines(lines, start, first, &mut out);
            first
        }
    };
    let body: Vec<usize> = (body_start..lines.len()).collect();
    let wrapped = is_wrapped(lines, &body);
    out.wrapped = wrapped;
    let mut walker = Walker::new(lines, wrapped);
    walker.front_texts = out.front.iter().map(|&i| lines[i].text).collect();
    walker.front_joined = walker
        .front_texts
        .iter()
        .map(|t| bare(t))
        .collect::<Vec<_>>()
        .join(" ");
    let mut i = body_start;
    let mut annex_heading: Option<usize> = None;
    loop {
        let stop = walker.walk(i, &mut out);
        let paras = walker.take_paras(&mut out);
        match annex_heading {
            None => out.paras = paras,
            Some(heading) => out.annexes.push(AnnexLines { heading, paras }),
        }
        match stop {
            Some(h) => {
                annex_heading = Some(h);
                i = h + 1;
            }
            None => break,
        }
    }
    out
}

fn front_lines(lines: &[Line<'_>], from: usize, to: usize, out: &mut Layout<'_>) {
    for (i, l) in lines.iter().enumerate().take(to).skip(from) {
        if l.is_blank() {
            continue;
        }
        match furniture_line(l.text) {
            Some(reason) => out.dropped.push((l.span, reason)),
            None => out.front.push(i),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Body,
    /// After a footnote rule or a footnote start, until the body resumes.
    /// `ruled`: the block opened with a `____` rule, so it runs to the page
    /// foot (furniture, form feed, URL lines); otherwise it ends at the first
    /// line that continues no note and starts none.
    Notes {
        ruled: bool,
    },
}

/// The notes of one page foot, as printed: pdftotext prints the numbers of
/// notes as separate runs, often out of order (`1` / text / text / `3` / text
/// / `2`), but the texts in order. Flushed at the end of the block.
#[derive(Debug, Default)]
struct NotesBlock<'s> {
    /// Numbers alone on their line, as printed.
    numbers: Vec<(u32, Span, usize, &'s str)>,
    /// Texts, in the order printed.
    texts: Vec<NoteText<'s>>,
}

/// One note text of a [`NotesBlock`]: `marker` is `Some` for a text that
/// carries its own marker (`¹ …`, `* …`, `1 Resolution 217 A (III).`).
#[derive(Debug)]
struct NoteText<'s> {
    marker: Option<(FootnoteMarker, Span)>,
    pieces: Vec<Piece<'s>>,
    lines: Vec<usize>,
}

impl<'s> NotesBlock<'s> {
    fn last_unfinished(&mut self) -> Option<&mut NoteText<'s>> {
        self.texts
            .last_mut()
            .filter(|t| !pieces_finished(&t.pieces))
    }

    /// Whether more numbers than texts were read.
    fn awaits_texts(&self) -> bool {
        self.numbers.len() > self.texts.iter().filter(|t| t.marker.is_none()).count()
    }

    /// Pairs the texts without a marker with the numbers, the numbers in
    /// ascending order (the order of the texts), and appends the notes.
    fn flush(&mut self, notes: &mut Vec<Note<'s>>) {
        let mut numbers = std::mem::take(&mut self.numbers);
        numbers.sort_by_key(|&(n, _, _, _)| n);
        let mut texts = std::mem::take(&mut self.texts);
        // More texts than numbers: a wrapped note split at a line that ends
        // in a period (`… vol. 1771, No.` / `30822.`); join texts that do
        // not start as a note starts (capital letter) to the one before.
        let unnumbered = |t: &[NoteText<'s>]| t.iter().filter(|x| x.marker.is_none()).count();
        let mut k = 1;
        while unnumbered(&texts) > numbers.len() && k < texts.len() {
            let starts_lower = texts[k].marker.is_none()
                && texts[k].pieces.first().is_some_and(|p| matches!(p, Piece::Text { text, .. } if !text.starts_with(char::is_uppercase)));
            if starts_lower {
                let NoteText { pieces, lines, .. } = texts.remove(k);
                texts[k - 1].pieces.extend(pieces);
                texts[k - 1].lines.extend(lines);
            } else {
                k += 1;
            }
        }
        let mut numbers = numbers.into_iter();
        for NoteText {
            marker,
            pieces,
            lines,
        } in texts
        {
            let (marker, marker_span, mut lines) = match marker {
                Some((m, span)) => (m, span, lines),
                None => match numbers.next() {
                    Some((n, span, line, _)) => {
                        let mut all = vec![line];
                        all.extend(lines);
                        all.sort_unstable();
                        (FootnoteMarker::Number(n), span, all)
                    }
                    None => {
                        // A text with no number: it continues the note before.
                        if let Some(prev) = notes.last_mut() {
                            prev.pieces.extend(pieces);
                            prev.lines.extend(lines);
                        }
                        continue;
                    }
                },
            };
            lines.dedup();
            notes.push(Note {
                marker,
                marker_span,
                pieces,
                lines,
            });
        }
        for (n, span, line, printed) in numbers {
            // A number with no text that does not run on from the last note
            // is a piece of that note's text set apart by the typesetting
            // (`… Supplement No.` / `(A/80/11).` / `11`): keep it there.
            let last = notes.iter().rev().find_map(|x| match x.marker {
                FootnoteMarker::Number(k) => Some(k),
                FootnoteMarker::Asterisks(_) => None,
            });
            if let Some(prev) = notes
                .last_mut()
                .filter(|_| last.is_some_and(|k| n != k + 1))
            {
                prev.pieces.push(Piece::Text {
                    text: printed,
                    span,
                });
                prev.lines.push(line);
                continue;
            }
            notes.push(Note {
                marker: FootnoteMarker::Number(n),
                marker_span: span,
                pieces: Vec::new(),
                lines: vec![line],
            });
        }
    }
}

/// Abbreviations that end a line of a note without ending the note:
/// `… Supplement No.` / `11 (A/80/11).`
const NOTE_ABBREVIATIONS: &[&str] = &[
    "No.", "Nos.", "para.", "paras.", "vol.", "p.", "pp.", "art.", "chap.", "sect.",
];

fn pieces_finished(pieces: &[Piece<'_>]) -> bool {
    pieces
        .iter()
        .rev()
        .find_map(|p| match p {
            Piece::Text { text, .. } if !text.is_empty() => Some(strip_trailing_marks(text)),
            _ => None,
        })
        .is_some_and(|t| {
            let abbreviation = NOTE_ABBREVIATIONS
                .iter()
                .any(|a| t.ends_with(&format!(" {a}")));
            !abbreviation && (t.ends_with('.') || t.ends_with(".)") || t.ends_with(".”"))
        })
}

struct Walker<'a, 's> {
    lines: &'a [Line<'s>],
    wrapped: bool,
    paras: Vec<Para<'s>>,
    mode: Mode,
    last_number: u32,
    /// The next footnote number expected in the body (for markers alone on a line).
    next_marker: u32,
    blank_before: bool,
    /// Between a page break (or page-foot furniture) and the first line of
    /// text of the next page: where running heads print.
    header_zone: bool,
    /// The front lines (masthead, title) as printed: running heads repeat them.
    front_texts: Vec<&'s str>,
    /// The same, run together with single spaces.
    front_joined: String,
    /// The running-head text dropped so far in this header zone.
    head_acc: std::cell::RefCell<String>,
    /// The last subparagraph label of the open list, for sequence checks.
    last_sub: Option<RawLabel<'s>>,
    /// The notes block being read.
    block: NotesBlock<'s>,
    /// Lines moved back to the end of their paragraph.
    moved: Vec<Span>,
}

impl<'a, 's> Walker<'a, 's> {
    fn new(lines: &'a [Line<'s>], wrapped: bool) -> Self {
        Self {
            lines,
            wrapped,
            paras: Vec::new(),
            mode: Mode::Body,
            last_number: 0,
            next_marker: 1,
            blank_before: false,
            header_zone: false,
            front_texts: Vec::new(),
            front_joined: String::new(),
            head_acc: std::cell::RefCell::new(String::new()),
            last_sub: None,
            block: NotesBlock::default(),
            moved: Vec::new(),
        }
    }

    /// Whether `text` is page furniture: a whole-line form, or (in `-layout`
    /// output, where a header and a counter share a line: `4/6      25-19853`,
    /// `A/RES/80/184     Improvement of the situation …`) cells of furniture,
    /// symbols and running-head text separated by wide gaps.
    fn furniture(&self, text: &str) -> Option<DropReason> {
        if let Some(reason) = furniture_line(text) {
            return Some(reason);
        }
        if run_all(document_symbol, text).is_some() {
            return Some(DropReason::PageHeader);
        }
        // Away from page breaks (markdown renderings keep no furniture) only
        // a long line, a title line, is taken for a running head.
        // After a chapeau (`Adopts the following political declaration …:`)
        // a repeated title is the quoted text's own title.
        let after_chapeau = self
            .paras
            .last()
            .and_then(Para::last_text)
            .is_some_and(|t| strip_trailing_marks(t).ends_with(':'));
        let away_ok = bare(text).len() >= 30 && !after_chapeau;
        if (self.header_zone || away_ok) && self.is_running_head(text) {
            return Some(DropReason::PageHeader);
        }
        // A head that wraps the title otherwise than page 1 does
        // (`Enhancement of … in the field of human` / `rights`): pieces of
        // the front lines, in the header zone only.
        if self.header_zone && self.head_piece(text) {
            return Some(DropReason::PageHeader);
        }
        // Cells: wide gaps in `-layout` output; single spaces in PyMuPDF text
        // (`2/9 23-21227A/C.3/78/L.41`), where only short lines qualify.
        let cells: Vec<&str> = if text.contains("    ") {
            text.split("    ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        } else if text.len() <= 60 && text.split(' ').count() <= 4 {
            text.split(' ').filter(|c| !c.is_empty()).collect()
        } else {
            return None;
        };
        if cells.len() < 2 {
            return None;
        }
        let mut first = None;
        for cell in cells {
            let reason = furniture_line(cell).or_else(|| {
                (run_all(document_symbol, cell).is_some()
                    || self.is_running_head(cell)
                    || self.head_piece(cell))
                .then_some(DropReason::PageHeader)
            })?;
            first.get_or_insert(reason);
        }
        first
    }

    /// A running head repeats a line of the front matter (title, symbol),
    /// or the title without its number (`80/2. Scale of …` → `Scale of …`).
    fn is_running_head(&self, text: &str) -> bool {
        let t = bare(text);
        t.len() >= 8
            && self.front_texts.iter().any(|f| {
                let f = bare(f);
                let untitled = run(crate::grammar::masthead::resolution_number, f).map(|(_, r)| r);
                // Case aside: `RESOLUTION 794 (1992)` on page 1, `Resolution
                // 794 (1992)` at the head of the others.
                f.eq_ignore_ascii_case(t) || untitled.is_some_and(|u| u.eq_ignore_ascii_case(t))
            })
    }

    /// Whether `cell` is a piece of the front lines run together: a running
    /// head that wraps the title differently (`imposed by the United States
    /// of America against Cuba` beside `A/RES/73/8`). Used only for cells of
    /// a line whose other cells are furniture.
    fn in_front_title(&self, cell: &str) -> bool {
        let t = bare(cell);
        t.len() >= 20 && self.front_joined.contains(t)
    }

    /// Whether `text` is a piece of the title run as a page head: on its
    /// own a long piece of the front lines, or the continuation of the head
    /// dropped just before (`… in the field of human` / `rights`).
    fn head_piece(&self, text: &str) -> bool {
        let t = bare(text);
        let continued = format!("{} {t}", self.head_acc.borrow());
        let piece = self.in_front_title(t)
            || (!self.head_acc.borrow().is_empty() && self.front_joined.contains(&continued));
        if piece {
            *self.head_acc.borrow_mut() = continued.trim().to_owned();
        }
        piece
    }

    /// Whether line `i` is a heading between paragraphs: short, capitalised,
    /// not ending as a paragraph ends, and followed (within two more such
    /// lines) by a numbered paragraph: `Partnerships and support mechanisms`
    /// / `17. We invite …`, `I` / `Legislative activities` / `2. …`.
    fn heading_ahead(&self, i: usize) -> bool {
        let heading_like = |t: &str| {
            let t = bare(t);
            t.len() <= 120 && t.starts_with(char::is_uppercase) && !ends_finished(t)
        };
        if !heading_like(self.lines[i].text) {
            return false;
        }
        let mut seen = 0;
        for line in self.lines[i + 1..].iter().filter(|l| !l.is_blank()).take(3) {
            if run(paragraph_number, line.text).is_some() {
                return true;
            }
            seen += 1;
            if seen > 2 || !heading_like(line.text) {
                return false;
            }
        }
        false
    }

    /// Whether `label` opens the first list of a paragraph (`(a)`, `(i)`,
    /// `(1)`): a chapeau may lack its colon (`2. Affirms further the
    /// necessity` / `(a) For guaranteeing …`, S/RES/242 (1967)).
    fn opens_list(&self, label: RawLabel<'_>) -> bool {
        let first = match label {
            RawLabel::Letters(l) => l == "a" || l == "i",
            RawLabel::Digits(d) => d == "1",
            RawLabel::Dash => false,
        };
        first && self.last_sub.is_none() && self.paras.last().is_some_and(|p| p.label.is_some())
    }

    /// Whether `label` is the next of the open list (`(b)` after `(a)`,
    /// `(ii)` after `(i)`): then it opens an item even where the text before
    /// it seems unfinished (a stray line of furniture, a lost punctuation).
    fn continues_list(&self, label: RawLabel<'_>) -> bool {
        use crate::grammar::label::{letter_value, roman_value};
        let (Some(RawLabel::Letters(prev)), RawLabel::Letters(next)) = (self.last_sub, label)
        else {
            return false;
        };
        let step = |f: fn(&str) -> Option<u32>| matches!((f(prev), f(next)), (Some(a), Some(b)) if b == a + 1);
        step(letter_value) || step(roman_value)
    }

    fn take_paras(&mut self, out: &mut Layout<'s>) -> Vec<Para<'s>> {
        self.seal_last(out);
        self.last_number = 0;
        std::mem::take(&mut self.paras)
    }

    /// Seals the open paragraph: a deferred line goes to its end.
    fn seal_last(&mut self, out: &mut Layout<'s>) {
        if let Some(span) = self.paras.last_mut().and_then(Para::seal) {
            out.moved.push(span);
        }
    }

    fn open(&mut self) -> Option<&mut Para<'s>> {
        self.paras.last_mut()
    }

    fn piece(&self, i: usize, text: &'s str) -> Piece<'s> {
        let line = &self.lines[i];
        let offset = line.text.len() - text.len();
        Piece::Text {
            text,
            span: Span::new(line.span.start + offset, line.span.end),
        }
    }

    /// Walks body lines from `from`; returns the index of an annex heading
    /// that ends this part, if any.
    fn walk(&mut self, from: usize, out: &mut Layout<'s>) -> Option<usize> {
        let lines = self.lines;
        let mut i = from;
        while i < lines.len() {
            let line = lines[i];
            let text = line.text;
            if line.page_break && self.mode != Mode::Body && !self.block.awaits_texts() {
                self.end_notes(out);
            }
            if line.is_blank() {
                self.blank_before = true;
                i += 1;
                continue;
            }
            let blank_before = std::mem::replace(&mut self.blank_before, false);
            if line.page_break {
                self.header_zone = true;
            }
            if let Some(reason) = self.furniture(text) {
                out.dropped.push((line.span, reason));
                match reason {
                    DropReason::Separator if text.starts_with('_') => {
                        self.end_notes(out);
                        self.mode = Mode::Notes { ruled: true };
                    }
                    DropReason::Url => self.end_notes(out),
                    DropReason::PageNumber | DropReason::JobNumber | DropReason::Barcode => {
                        // Page-foot furniture: the next page's head follows,
                        // unless note numbers still wait for their texts
                        // (pdftotext may print the texts after the job number).
                        self.header_zone = true;
                        if !self.block.awaits_texts() {
                            self.end_notes(out);
                        }
                    }
                    _ => {}
                }
                i += 1;
                continue;
            }
            self.header_zone = false;
            self.head_acc.borrow_mut().clear();
            if is_annex_heading(text) && self.paras.last().is_none_or(Para::is_finished) {
                self.end_notes(out);
                return Some(i);
            }
            let note_start = run(footnote_start, text).or_else(|| {
                // After the closing lines, `11 Official Records …` is a note
                // (the Council's compilations print notes so, without a rule).
                let closed = !out.vote.is_empty() || !out.closing.is_empty();
                closed.then(|| run(plain_note_start, text)).flatten()
            });
            if let Some((marker, rest)) = note_start {
                let marker_span = Span::new(line.span.start, line.span.end - rest.len());
                let pieces = if rest.is_empty() {
                    Vec::new()
                } else {
                    vec![self.piece(i, rest)]
                };
                self.block.texts.push(NoteText {
                    marker: Some((marker, marker_span)),
                    pieces,
                    lines: vec![i],
                });
                if self.mode == Mode::Body {
                    self.mode = Mode::Notes { ruled: false };
                }
                i += 1;
                continue;
            }
            if let Mode::Notes { ruled } = self.mode {
                if let Some(n) = run_all(lone_number, text) {
                    self.block.numbers.push((n, line.span, i, text));
                    i += 1;
                    continue;
                }
                // Under a rule, `1 Resolution 217 A (III).` (PyMuPDF text): a
                // note with its number, if the number runs on from the last
                // note (a wrapped `16 December 1966.` does not).
                if ruled && self.block.last_unfinished().is_none() {
                    if let Some((FootnoteMarker::Number(n), rest)) = run(plain_note_start, text) {
                        let number = |m: FootnoteMarker| match m {
                            FootnoteMarker::Number(k) => Some(k),
                            FootnoteMarker::Asterisks(_) => None,
                        };
                        let last = out
                            .notes
                            .iter()
                            .filter_map(|x| number(x.marker))
                            .chain(
                                self.block
                                    .texts
                                    .iter()
                                    .filter_map(|t| t.marker.and_then(|(m, _)| number(m))),
                            )
                            .max()
                            .unwrap_or(0);
                        if n > last && n <= last + 3 {
                            let marker_span =
                                Span::new(line.span.start, line.span.end - rest.len());
                            let piece = self.piece(i, rest);
                            self.block.texts.push(NoteText {
                                marker: Some((FootnoteMarker::Number(n), marker_span)),
                                pieces: vec![piece],
                                lines: vec![i],
                            });
                            i += 1;
                            continue;
                        }
                    }
                }
                let piece = self.piece(i, text);
                if let Some(t) = self.block.last_unfinished() {
                    t.pieces.push(piece);
                    t.lines.push(i);
                    i += 1;
                    continue;
                }
                // Body text resumes where a line cannot open a note: lower
                // case (`language that the accused …`) or a paragraph label.
                let body_like = text.starts_with(char::is_lowercase)
                    || run(paragraph_number, text).is_some()
                    || run(subparagraph_label, text).is_some();
                if ruled && !body_like {
                    self.block.texts.push(NoteText {
                        marker: None,
                        pieces: vec![piece],
                        lines: vec![i],
                    });
                    i += 1;
                    continue;
                }
                self.end_notes(out);
            }
            if text.starts_with("Adopted ") && self.paras.last().is_none_or(Para::is_finished) {
                if let Some(last) = self.adoption_lines(i, out) {
                    i = last + 1;
                    continue;
                }
            }
            if self.paras.last().is_none_or(Para::is_finished)
                && run(meeting, bare(text)).is_some()
                && {
                    self.seal_last(out);
                    true
                }
            {
                out.closing.push(i);
                // The date prints on the next non-blank line.
                if let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].is_blank()) {
                    if run(crate::grammar::date::date, bare(lines[j].text)).is_some() {
                        out.closing.push(j);
                        i = j;
                    }
                }
                i += 1;
                continue;
            }
            self.body_line(i, blank_before, out);
            i += 1;
        }
        self.end_notes(out);
        None
    }

    /// Reads a Council adoption line from line `i` over its wrapped lines
    /// (`Adopted at the` / `1382nd meeting.`); returns the index of its last line.
    fn adoption_lines(&self, i: usize, out: &mut Layout<'s>) -> Option<usize> {
        let lines = self.lines;
        let mut idx = vec![i];
        let mut joined = lines[i].text.to_owned();
        let continues = |t: &str| {
            let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
            t.starts_with(char::is_lowercase)
                || (rest.len() < t.len()
                    && rest.starts_with(|c: char| c.is_ascii_lowercase() || c == ' ')
                    && {
                        let word = rest.trim_start();
                        word.starts_with(char::is_lowercase)
                    })
        };
        let mut j = i + 1;
        // The sentence runs to its full stop: `… by` / `12 votes to 2 (Cuba and
        // Yemen),` / `with 1 abstention (China).`
        while idx.len() < 4 && !strip_trailing_marks(&joined).ends_with('.') {
            let Some(k) = (j..lines.len()).find(|&k| !lines[k].is_blank()) else {
                break;
            };
            if !continues(lines[k].text) {
                break;
            }
            joined.push(' ');
            joined.push_str(lines[k].text);
            idx.push(k);
            j = k + 1;
        }
        run(sc_adoption, &joined)?;
        let last = *idx.last()?;
        out.vote.extend(idx);
        Some(last)
    }

    /// Ends the notes block being read: its notes go to `out`; so do the
    /// lines moved so far.
    fn end_notes(&mut self, out: &mut Layout<'s>) {
        out.moved.append(&mut self.moved);
        self.block.flush(&mut out.notes);
        self.mode = Mode::Body;
    }

    fn body_line(&mut self, i: usize, blank_before: bool, out: &mut Layout<'s>) {
        let line = self.lines[i];
        let text = line.text;
        // A number alone on its line inside a paragraph: the next footnote marker.
        if let Some(n) = run_all(lone_number, text) {
            if self.paras.last().is_some() {
                if n == self.next_marker {
                    self.next_marker = n + 1;
                    let marker = FootnoteMarker::Number(n);
                    if let Some(p) = self.open() {
                        p.pieces.push(Piece::Marker {
                            marker,
                            span: line.span,
                        });
                        p.lines.push(i);
                    }
                } else {
                    out.dropped.push((line.span, DropReason::PageNumber));
                }
                return;
            }
        }
        if let Some((n, rest)) = run(paragraph_number, text) {
            let plausible = n == 1 || (n > self.last_number && n <= self.last_number + 3);
            if plausible {
                self.last_number = n;
                self.last_sub = None;
                let label_span = Span::new(line.span.start, line.span.end - rest.len());
                self.start_para(i, Some(Label::Number(n)), Some(label_span), rest);
                return;
            }
        }
        let open_finished = self.paras.last().is_none_or(|p| {
            p.is_finished()
                || p.last_text().is_some_and(|t| {
                    let t = strip_trailing_marks(t);
                    t.ends_with(" and") || t.ends_with(" or")
                })
        });
        if let Some((label, rest)) = run(subparagraph_label, text) {
            if open_finished || self.continues_list(label) || self.opens_list(label) {
                self.last_sub = Some(label);
                let label_span = Span::new(line.span.start, line.span.end - rest.len());
                self.start_para(i, Some(Label::Sub(label)), Some(label_span), rest);
                return;
            }
        }
        // A label with no text of its own yet (a deferred end aside).
        let label_only = self.paras.last().is_some_and(|p| {
            !p.pieces
                .iter()
                .any(|x| matches!(x, Piece::Text { text, .. } if !text.trim().is_empty()))
        });
        // `17.` / `session.` / `Decides …`, `4.` / `Agency;` / `Appeals …`: a
        // label whose first line is the end of a sentence (lower case, or a
        // word or two); the paragraph's start follows.
        let deferred = self.paras.last().is_some_and(|p| p.deferred.is_some());
        let fragment = text.starts_with(char::is_lowercase)
            || (text.split(' ').count() <= 2 && !starts_with_lead(text));
        if label_only && !deferred && fragment && ends_finished(text) {
            if let Some(p) = self.open() {
                p.deferred = Some((
                    Piece::Text {
                        text,
                        span: line.span,
                    },
                    i,
                ));
            }
            return;
        }
        let new_para = match self.paras.last() {
            None => true,
            Some(_) if label_only => false,
            Some(p) if !p.is_finished() => false,
            Some(_) => {
                let capital = bare(text).starts_with(|c: char| c.is_uppercase());
                // Once numbered paragraphs run, an operative paragraph has
                // its number: a wrapped line opening with a capitalised word
                // in `-s` (`Azeris, Balochis, …`) continues the text.
                let lead = if self.last_number == 0 {
                    starts_with_lead(text)
                } else {
                    let t = bare(text);
                    run(preambular_lead, t).is_some() || run_all(formula, t).is_some()
                };
                lead || (!self.wrapped && blank_before && capital) || self.heading_ahead(i)
            }
        };
        // `Adopts the following political declaration …:` / `Political
        // declaration of …`: a quoted text begins (not a block quote, which
        // follows a chapeau that announces nothing).
        let quotes_text = !new_para
            && text.starts_with(char::is_uppercase)
            && self.paras.last().is_some_and(|p| {
                p.is_finished()
                    && p.last_text().is_some_and(|t| strip_trailing_marks(t).ends_with(':'))
                    && p.pieces.iter().any(|x| matches!(x, Piece::Text { text, .. } if text.contains("the following")))
                    && p.pieces.first().is_some_and(|x| matches!(x, Piece::Text { text, .. } if run(operative_lead, bare(text)).is_some()))
                    && !self.paras.iter().any(|q| q.quoted_start)
            });
        if quotes_text {
            self.start_para(i, None, None, text);
            if let Some(p) = self.open() {
                p.quoted_start = true;
            }
        } else if new_para {
            self.start_para(i, None, None, text);
        } else if let Some(p) = self.open() {
            let piece = Piece::Text {
                text,
                span: line.span,
            };
            p.push_text(piece, i);
        }
    }

    fn start_para(
        &mut self,
        i: usize,
        label: Option<Label<'s>>,
        label_span: Option<Span>,
        rest: &'s str,
    ) {
        if let Some(span) = self.paras.last_mut().and_then(Para::seal) {
            self.moved.push(span);
        }
        let mut para = Para {
            label,
            label_span,
            pieces: Vec::new(),
            lines: Vec::new(),
            quotes: 0,
            quote_line: 0,
            deferred: None,
            quoted_start: false,
        };
        if rest.is_empty() {
            para.lines.push(i);
        } else {
            para.push_text(self.piece(i, rest), i);
        }
        self.paras.push(para);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::split_lines;

    #[test]
    fn ok_finished_endings() {
        assert!(ends_finished("human rights,"));
        assert!(ends_finished("at its fifty-second session,⁶"));
        assert!(ends_finished("session,<sup>6</sup>"));
        assert!(ends_finished("Development”,"));
        assert!(ends_finished("Amended Protocol II, 3"));
        assert!(ends_finished("at its eighty-fifth session,1"));
        assert!(!ends_finished("in paragraph 3"));
        assert!(!ends_finished("meetings of the General*"));
        assert!(!ends_finished("consecutive and"));
    }

    #[test]
    fn ok_unfinished_paragraph_continues_after_notes() {
        let src = "The General Assembly,\n\nRecalling the meetings of the General\n\n¹ A note.\n\nAssembly to commemorate,\n\nNoting x,\n";
        let lines = split_lines(src);
        let l = layout(&lines);
        assert_eq!(l.paras.len(), 2);
        assert_eq!(l.notes.len(), 1);
        assert_eq!(l.paras[0].pieces.len(), 2);
    }

    #[test]
    fn ok_quoted_title_keeps_its_paragraph_open() {
        let src = "The General Assembly,\nReaffirming resolution 51/122, entitled “Declaration on the Benefit of All States,\nTaking into Particular Account the Needs of Developing Countries”, and,\nMindful of x,\n";
        let lines = split_lines(src);
        assert_eq!(layout(&lines).paras.len(), 2);
    }

    #[test]
    fn ok_line_out_of_order_moves_to_the_paragraph_end() {
        // pdftotext of A/RES/80/204: the last word of paragraph 17 first.
        let src = "The General Assembly,\n1. Requests the Council;\n2.\nsession.\n\nDecides to continue at its eighty-first\n";
        let lines = split_lines(src);
        let l = layout(&lines);
        assert_eq!(l.paras.len(), 2);
        assert_eq!(l.moved.len(), 1);
        let last = l.paras[1].pieces.last().map(|p| match p {
            Piece::Text { text, .. } => *text,
            Piece::Marker { .. } => "",
        });
        assert_eq!(last, Some("session."));
    }

    #[test]
    fn ok_lone_number_is_a_marker() {
        let src = "The General Assembly,\nRecalling 1993\n1\n for enhancing,\n";
        let lines = split_lines(src);
        let l = layout(&lines);
        assert_eq!(l.paras.len(), 1);
        assert!(matches!(l.paras[0].pieces[1], Piece::Marker { .. }));
    }

    #[test]
    fn ok_front_matter_dropped() {
        let src = "---\nsymbol: A/RES/80/2\n---\nThe General Assembly,\n1. Decides;\n";
        let lines = split_lines(src);
        let l = layout(&lines);
        assert_eq!(l.dropped.len(), 3);
        assert!(l.dropped.iter().all(|(_, r)| *r == DropReason::FrontMatter));
    }
}
