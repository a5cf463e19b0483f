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
//! - A note a Word export wrote inline, cut out of its paragraph's line in
//!   stage 1 (`[3: \t \tE/ESCWA/S-6/16.]`), is a whole note, its brackets
//!   closing it; the paragraph before it goes on after it where unfinished.
//! - A number alone on its line inside a paragraph is the next footnote marker
//!   (`1993` / `1` / `for enhancing`), never a paragraph number (which has a dot).
//! - Job numbers, barcodes, page counters, rules and URL lines are dropped,
//!   each with its reason.
//! - A resolution adopted in parts prints each part under its letter alone
//!   on a line (`A`, `B` … in order), then the part's title, then its own
//!   formula: each part's body is walked apart ([`PartLines`]). Letters out
//!   of order, or a formula under none, mean no parts.
//! - A section number alone on its line (`II`) after a finished paragraph
//!   opens a heading; its title follows, and the next line that opens with
//!   a lead phrase begins the section's first paragraph, though the title
//!   ends unpunctuated (stage 3 decides whether the headings divide the
//!   resolution into sections). Where the numeral has no title (`…
//!   peace; and` / `I` / `Calls for the immediate cessation of hostilities
//!   ;`, S/RES/82 (1950)), an operative lead under it, among unnumbered
//!   operative paragraphs, begins the paragraph at once.
//! - The Council compilations' adoption line (`Adopted at the 473rd_
//!   meeting` / `by 9 votes to none, with 1` / `abstention ( Yugoslavia ).
//!   10`) ends the body after a finished paragraph and runs to its full
//!   stop; what follows it are notes. OCR in the paragraph numbers: `S.`
//!   for `5.`, `ll.` for `11.`, taken as the next number before a lead.
//! - A short capitalised line without final punctuation between the items
//!   of a list, where the text before it ends an item (`;`, `; and`, `.`,
//!   or a chapeau's `:` before the first item) and the next line opens with
//!   the label that continues the list, is a group heading inside the
//!   paragraph, a paragraph of its own (`… could include the following:`
//!   / `Improved functional coordination` / `(a) Well-coordinated …;` …
//!   `(e) …;` / `Improved regional and national coordination` / `(f) …`,
//!   E/RES/2020/5): neither the end of the item before it nor a paragraph
//!   of the body.

use crate::ast::{Body, DocumentKind, FootnoteMarker};
use crate::error::DropReason;
use crate::grammar::furniture::furniture_line;
use crate::grammar::label::{
    may_be_paragraph_number, may_be_subparagraph_label, paragraph_number, programme_item,
    subparagraph_label, RawLabel,
};
use crate::grammar::marker::{
    footnote_start, lone_number, may_start_footnote, may_start_number, plain_note_start,
    word_footnote_ref, word_note_open,
};
use crate::grammar::masthead::{
    amendment_of, compilation_heading, draft_marker_at_end, formula, meeting, narrative_decision,
    sentence_decision,
};
use crate::grammar::phrase::{
    may_open_lead, operative_lead, operative_lead_after_intro, preambular_lead,
};
use crate::grammar::{run, run_all};
use crate::normalize::inline::Piece;
use crate::normalize::Line;
use crate::span::Span;

mod notes;
mod walker;

use walker::Walker;

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
    /// The paragraph was opened, in the preamble, by a line whose first
    /// word reads as an operative verb (`Fisheries and Forests …`, a
    /// capitalised word in `-s`) and by no number: if it ends as a
    /// preambular paragraph ends (`,`), it was the wrapped rest of the
    /// paragraph before.
    pub(crate) verb_start: bool,
    /// The paragraph is a group heading inside the open paragraph's list:
    /// a short unpunctuated line between its items, above the item that
    /// continues the list (`(e) … ;` / `Improved regional and national
    /// coordination` / `(f) Support provided …`, E/RES/2020/5).
    pub(crate) list_heading: bool,
}

impl<'s> Para<'s> {
    /// The texts of its pieces that hold more than white space, in order
    /// (markers and a deferred line aside).
    pub(crate) fn texts(&self) -> impl DoubleEndedIterator<Item = &'s str> + '_ {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Text { text, .. } if has_text(text) => Some(*text),
            Piece::Text { .. } | Piece::Marker { .. } => None,
        })
    }

    /// The last text the paragraph has so far, for the "finished" test.
    fn last_text(&self) -> Option<&str> {
        if let Some((Piece::Text { text, .. }, _)) = self.deferred {
            return Some(text);
        }
        self.texts().next_back()
    }

    /// Whether the paragraph is a section's numeral alone on its line
    /// (`II`), with no title after it yet.
    pub(crate) fn is_lone_numeral(&self) -> bool {
        let mut texts = self.texts();
        self.label.is_none()
            && texts
                .next()
                .is_some_and(|t| section_number(bare(t)).is_some())
            && texts.next().is_none()
    }

    /// The last line of the title, when the paragraph is a heading that has
    /// its title: its first line a section number (`II` / `Capital master
    /// plan`, or `VII Technical assistance …` on one line) or a division of
    /// an annexed text (`Article 2` / `Definitions`). A title may open with
    /// a word that could open a paragraph (`Revised estimates …`, `Rules of
    /// procedure …`): only a line after the title begins the first
    /// paragraph under it.
    pub(crate) fn heading_title(&self) -> Option<&'s str> {
        // Asked of the open paragraph at every line that continues it:
        // a labelled paragraph (most) is turned away first.
        if self.label.is_some() {
            return None;
        }
        let mut texts = self.texts();
        let first = bare(texts.next()?);
        let alone = section_number(first).is_some() || is_division(first);
        if !alone && !opens_section(first) {
            return None;
        }
        // The title on the label's line, or on the lines after it.
        let last = texts.next_back();
        if alone {
            last
        } else {
            Some(last.unwrap_or(first))
        }
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
        !in_quote && self.last_text().is_some_and(ends_finished) && !self.is_lone_section_number()
    }

    /// Whether the paragraph is a title so far: unlabeled, one or two
    /// lines, short. A running sentence that ends a line with `annex` before
    /// `I.` is longer.
    pub(crate) fn is_title_like(&self) -> bool {
        self.is_title_block(2, 120)
    }

    /// Whether the paragraph so far is unlabeled, of at most `max_lines`
    /// lines and `max_len` bytes: a block of title lines (a declaration's
    /// title and subtitle run to three or four).
    pub(crate) fn is_title_block(&self, max_lines: usize, max_len: usize) -> bool {
        let mut len = 0;
        let mut lines = 0;
        for p in &self.pieces {
            if let Piece::Text { text, .. } = p {
                len += text.len();
                lines += 1;
            }
        }
        self.label.is_none() && self.deferred.is_none() && lines <= max_lines && len <= max_len
    }

    /// Whether the paragraph is so far a section number alone (`I.`), which
    /// waits for its title, its dot notwithstanding. Not a number deferred
    /// or trailing in a paragraph (`(h)` / `V.` / `Consumer product
    /// reviews.`, pdftotext's order in A/C.2/80/L.42).
    fn is_lone_section_number(&self) -> bool {
        let mut texts = self.texts();
        self.label.is_none()
            && self.deferred.is_none()
            && texts
                .next()
                .is_some_and(|t| section_number(bare(t)).is_some())
            && texts.next().is_none()
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
    // Bytewise, every line of every paragraph passes here: `“` and `”` are
    // E2 80 9C and E2 80 9D in UTF-8, bytes no other character's encoding
    // holds in that order, and `"` is one byte.
    let bytes = text.as_bytes();
    // Whole 16-byte chunks with neither `"` nor E2 are skipped, tested
    // without a branch per byte (so the test vectorises): most lines have
    // no quote, and those that have one are mostly plain after it too.
    let clean = |c: &[u8]| {
        // A byte accumulator over a fixed-size chunk: the form the
        // compiler turns into a few vector instructions per chunk.
        <&[u8; 16]>::try_from(c).is_ok_and(|c| {
            c.iter()
                .fold(0u8, |a, &b| a | u8::from(b == b'"') | u8::from(b == 0xE2))
                == 0
        })
    };
    let mut rest = bytes;
    loop {
        let plain = rest.chunks_exact(16).take_while(|c| clean(c)).count();
        rest = rest.get(plain * 16..).unwrap_or(&[]);
        // The next chunk holds a hit, or fewer than 16 bytes are left:
        // bytewise over at most 16 bytes.
        let window = rest.get(..16).unwrap_or(rest);
        let Some(p) = window.iter().position(|&b| b == b'"' || b == 0xE2) else {
            break;
        };
        match rest.get(p..) {
            Some([0xE2, 0x80, 0x9C, ..]) => depth += 1,
            Some([0xE2, 0x80, 0x9D, ..]) => depth -= 1,
            Some([b'"', ..]) if depth > 0 => depth -= 1,
            _ => {}
        }
        rest = rest.get(p + 1..).unwrap_or(&[]);
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

/// One part of a resolution adopted in parts (`A` / its title / `The
/// General Assembly,` / its paragraphs / its meeting line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PartLines<'s> {
    /// The head: letter, title lines and formula.
    pub(crate) head: PartHead,
    pub(crate) paras: Vec<Para<'s>>,
    /// The part's closing meeting line and its date line.
    pub(crate) closing: Vec<usize>,
}

/// The lines that open a part: its letter alone on a line, its title, its
/// formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PartHead {
    pub(crate) letter: char,
    pub(crate) letter_line: usize,
    /// The title lines, in order (none when the part has no title).
    pub(crate) title: Vec<usize>,
    pub(crate) formula: (usize, Body),
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
    /// The notes include one a Word export wrote inline (`[3: \t\tE/2020/12.]`,
    /// [`Line::word_note`]): such an export marks every reference
    /// (`[footnoteRef:3]`), so no number of the text is one.
    pub(crate) word_notes: bool,
    /// The closing meeting line and its date line.
    pub(crate) closing: Vec<usize>,
    /// Lines printed out of order and moved to the end of their paragraph.
    pub(crate) moved: Vec<Span>,
    /// Items whose labels the copy lost, lettered by their place
    /// ([`walker::Walker`]'s `lost_label`): each line and the letter given.
    pub(crate) restored: Vec<(Span, &'static str)>,
    /// The adoption line of a Council compilation text (`Adopted at the
    /// 2963rd meeting by 12 votes to 2 …`), over its wrapped lines.
    pub(crate) vote: Vec<usize>,
    /// The vote printed in brackets under the closing meeting line (`[Adopted
    /// by a recorded vote of 24 to 10, with 13 abstentions. The voting was as
    /// follows:` … `]`, the Human Rights Council's), over its lines.
    pub(crate) vote_note: Vec<usize>,
    pub(crate) annexes: Vec<AnnexLines<'s>>,
    /// The parts of a resolution adopted in parts; `paras` is then empty,
    /// `formula` is the first part's and `closing` the last part's.
    pub(crate) parts: Vec<PartLines<'s>>,
    pub(crate) dropped: Vec<(Span, DropReason)>,
    /// An amendment's sponsor line, before the formula or the first
    /// numbered paragraph, and the symbol of the draft it amends
    /// ([`find_amendment`]).
    pub(crate) amendment: Option<(usize, &'s str)>,
}

/// Strips what may follow a paragraph's last punctuation: white space,
/// emphasis, footnote markers (`session,⁶`, `session,<sup>6</sup>`,
/// `session,^6^`, `session,$^{6}$`, `session,[footnoteRef:6]`,
/// `session,[6]`), closing quotes.
pub(crate) fn strip_trailing_marks(text: &str) -> &str {
    // Most texts end in printable ASCII that none of the steps below takes
    // (not white space, `*`, `_`, the `>` of `</sup>`, the `]` of `[^3]`,
    // the `/` of `2/`, a digit): then nothing is stripped, and no character
    // is decoded.
    if text.as_bytes().last().is_some_and(|&b| {
        (b'!'..=b'~').contains(&b)
            && !matches!(
                b,
                b'*' | b'_' | b'>' | b']' | b'^' | b'$' | b'/' | b'0'..=b'9'
            )
    }) {
        return text;
    }
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
        // `session,^6^` (Pandoc), `session,$^{6}$` (LaTeX in markdown):
        // the raised number whole, from its opening sign.
        if let Some(sign) = t.chars().next_back().filter(|c| matches!(c, '^' | '$')) {
            let inner = &t[..t.len() - 1];
            let open = inner.rfind(sign);
            if let Some(open) =
                open.filter(|&o| run_all(crate::grammar::marker::inline_marker, &t[o..]).is_some())
            {
                t = &t[..open];
            }
        }
        if t.ends_with(']') {
            // `… for 2021,[footnoteRef:3]` (a Word export): the reference
            // whole, to the end, never a bracket of the text.
            let word_ref = t
                .rfind("[footnoteRef:")
                .filter(|&open| run_all(word_footnote_ref, &t[open..]).is_some());
            // `… resolutions,[1]` (Pandoc's plain text): a bracketed number
            // against the punctuation before it.
            let bracket_ref = || {
                t.rfind('[').filter(|&open| {
                    run_all(crate::grammar::marker::bracket_ref, &t[open..]).is_some()
                        && t[..open].ends_with([',', ';', ':', '.'])
                })
            };
            if let Some(open) = word_ref.or_else(|| t.rfind("[^")).or_else(bracket_ref) {
                t = &t[..open];
            }
        }
        // A footnote number that PDF extraction spaced off its punctuation:
        // `… Amended Protocol II, 3` (markers follow punctuation, DOMAIN.md §6).
        // Or glued to it: `… eighty-fifth session,1`. Layout extractors
        // keep the gap the raised number stands at, however wide:
        // `(Protocol V),    8` (pypdf's layout mode).
        let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if (1..=3).contains(&digits) {
            let head = &t[..t.len() - digits];
            let h = head.trim_end_matches(' ');
            if h.ends_with([',', ';', ':']) || (h.ends_with('.') && head.len() > h.len()) {
                t = h;
            }
        }
        // A note called in the UN's older style, its number and a slash set
        // apart after the word or the punctuation it follows (`… of 11
        // April 1996, 2/`, A/RES/51/99 as un.org serves it). No symbol ends
        // in a slash, and a symbol's digits are never set apart from it.
        if let Some(s) = t.strip_suffix('/') {
            let digits = s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let head = &s[..s.len() - digits];
            if (1..=3).contains(&digits) && head.ends_with(' ') {
                t = head.trim_end();
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Whether `text` ends as a UN paragraph ends: `,` (preamble), `;` `.` (operative), `:` (chapeau).
pub(crate) fn ends_finished(text: &str) -> bool {
    up_to_last_sign(text).ends_with([',', ';', ':', '.', '?', '!'])
}

/// `text` up to the sign that ends its sentence: without the markers,
/// emphasis and white space after it ([`strip_trailing_marks`]), nor the
/// closing quotation marks and bracket after it (`… “Our Common
/// Agenda.”` ends in `.`).
fn up_to_last_sign(text: &str) -> &str {
    strip_trailing_marks(text).trim_end_matches(['”', '"', '’', ')'])
}

/// Whether `text` holds more than white space: `!text.trim().is_empty()`,
/// decided on the first byte where it is printable ASCII (most pieces).
pub(crate) fn has_text(text: &str) -> bool {
    text.as_bytes()
        .first()
        .is_some_and(|b| (b'!'..=b'~').contains(b))
        || !text.trim().is_empty()
}

/// Markup-free view of a line for matching whole-line forms (`# General Assembly`, `*The General Assembly,*`).
pub(crate) fn bare(text: &str) -> &str {
    // Printable ASCII at both ends, markup aside, as on most lines: nothing
    // to trim, no character to decode.
    let b = text.as_bytes();
    let keeps = |c: Option<&u8>, marks: &[u8]| {
        c.is_some_and(|c| (b'!'..=b'~').contains(c) && !marks.contains(c))
    };
    if keeps(b.first(), b"#*_") && keeps(b.last(), b"*_") {
        return text;
    }
    // Markup around ASCII text (`*Recalling also*`, `# General Assembly`):
    // the same two trims bytewise, when they end at printable ASCII.
    let mark = |c: &u8| matches!(c, b'*' | b'_' | b' ' | b'\t'..=b'\r');
    let lead = b.iter().take_while(|c| matches!(c, b'#' | b' ')).count();
    let rest = b.get(lead..).unwrap_or(&[]);
    let lead = lead + rest.iter().take_while(|c| mark(c)).count();
    let rest = b.get(lead..).unwrap_or(&[]);
    let end = lead + rest.len() - rest.iter().rev().take_while(|c| mark(c)).count();
    let core = b.get(lead..end).unwrap_or(&[]);
    if core.is_empty() || (keeps(core.first(), b"") && keeps(core.last(), b"")) {
        // Both cuts are next to ASCII bytes: character boundaries.
        if let Some(t) = text.get(lead..end) {
            return t;
        }
    }
    text.trim_start_matches(['#', ' '])
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
}

/// Whether `t`, a line's [`bare`] text, is an annex heading (`Annex`,
/// `ANNEX II`, `Annex A`, `Annex 2`).
fn is_annex_heading(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("Annex").or_else(|| t.strip_prefix("ANNEX")) else {
        return false;
    };
    let rest = rest.trim();
    rest.is_empty() || annex_number(rest) || annex_letter(rest)
}

/// An annex's number: a Roman numeral (`II`), the Editorial Manual's
/// form, or a figure (`Annex 2`) as some texts number them; not a year
/// (`Annex 2025 Political Declaration …` opens the title).
fn annex_number(s: &str) -> bool {
    (s.len() <= 6 && !s.is_empty() && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
        || (s.len() <= 2 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
}

/// An annex's letter: the Security Council letters its annexes (`Annex A`,
/// `Annex B`, S/RES/2231 (2015)).
fn annex_letter(s: &str) -> bool {
    s.len() == 1 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// The title printed on an annex heading's own line: the text after
/// `Annex` and its number. Where the line is a markdown heading
/// (`#### **Annex United Nations principles for consumer product safety**`,
/// as pymupdf4llm joins them), or where `closed`, the line following the
/// resolution's closing lines (`48th plenary meeting …` / `Annex 2025
/// Political Declaration on …`, as extractors that join a page's lines
/// print it). In other layouts the title has lines of its own, and a body
/// line may open with `Annex` (`Annex I to the Convention …`).
pub(crate) fn annex_title_on_heading(text: &str, closed: bool) -> Option<&str> {
    if !closed && !text.starts_with('#') {
        return None;
    }
    let t = bare(text);
    let rest = t
        .strip_prefix("Annex")
        .or_else(|| t.strip_prefix("ANNEX"))?
        .strip_prefix(' ')?;
    let (first, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let label = first.trim_end_matches(['.', ':']);
    // A letter is the annex's where a capital or nothing follows it:
    // `Annex A Joint Comprehensive Plan of Action`, but `Annex A framework
    // for …` opens its title with the article.
    let numbered = annex_number(label)
        || (annex_letter(label) && !after.trim_start().starts_with(char::is_lowercase));
    let title = if numbered { after } else { rest };
    let title = title.trim_start_matches([':', '.', '—', '–', ' ']).trim();
    // A capital opens the title, or a year before one (`2025 Political
    // Declaration`).
    let words = title.trim_start_matches(|c: char| c.is_ascii_digit());
    let opens = title.starts_with(char::is_uppercase)
        || (words.len() < title.len()
            && words
                .strip_prefix(' ')
                .is_some_and(|w| w.starts_with(char::is_uppercase)));
    opens.then_some(title)
}

/// Whether `text` opens a decision printed as one sentence
/// (`narrative_decision`, `sentence_decision`).
pub(crate) fn opens_narrative(text: &str) -> bool {
    let t = bare(text);
    (t.starts_with("At its ") && run(narrative_decision, t).is_some()) || opens_sentence_decision(t)
}

/// The most lines a title takes above a decision printed as one sentence.
const MAX_TITLE_LINES: usize = 4;

/// The most lines of a masthead's agenda title and sponsor list: a
/// sponsor line is looked for so far below the first line that opens as a
/// paragraph does.
const MAX_FRONT_LINES: usize = 16;

/// The line after a sponsor line (`Burundi: amendment to revised draft
/// resolution …`, `Draft decision submitted by the Bureau`) found at or
/// below `first`, above any numbered paragraph, in a text with no formula.
fn sponsor_line_below(lines: &[Line<'_>], first: usize) -> Option<usize> {
    line_below(lines, first, MAX_FRONT_LINES, is_sponsor_line).map(|k| k + 1)
}

/// The first of the `max` lines of text at or below `first`, above any
/// numbered paragraph, whose [`bare`] text `is` accepts.
fn line_below(
    lines: &[Line<'_>],
    first: usize,
    max: usize,
    is: impl Fn(&str) -> bool,
) -> Option<usize> {
    lines
        .get(first..)?
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .take(max)
        .take_while(|(_, l)| para_number(l.text).is_none())
        .find(|(_, l)| is(bare(l.text)))
        .map(|(k, _)| first + k)
}

/// Whether `t` ends a sponsor list (`…: draft resolution`, `…: amendment
/// to draft resolution A/C.3/80/L.33`) or opens an officer's submission
/// (`Draft decision submitted by`).
fn is_sponsor_line(t: &str) -> bool {
    (t.contains(':') && (draft_marker_at_end(t).is_some() || amendment_of(t, false).is_some()))
        || [DocumentKind::Resolution, DocumentKind::Decision]
            .iter()
            .any(|k| t.starts_with(k.submission_opening()))
}

/// The line at or just below `first` (past a title's lines at most) that
/// opens a decision printed as one sentence (`The General Assembly approves
/// …`): the body starts there, though a title above it opens as a
/// preambular lead does (`Proposed programme of work and timetable …`).
fn sentence_decision_below(lines: &[Line<'_>], first: usize) -> Option<usize> {
    line_below(lines, first, MAX_TITLE_LINES + 1, opens_sentence_decision)
}

/// The numbered paragraph below `first` where the block at `first` is a
/// title, though it opens as a lead does: a text with no formula (an
/// amendment: `Rights of the child` / `1. In operative paragraph 13,
/// delete …`, where `Rights` reads as a verb) has its title right above
/// its first numbered paragraph, and a title ends as no paragraph does
/// (no `;`, `.`, `,` or `:`).
fn title_above_number(lines: &[Line<'_>], first: usize) -> Option<usize> {
    let rest = lines.get(first..)?;
    if para_number(rest.first()?.text).is_some() {
        return None;
    }
    let block = rest.iter().position(Line::is_blank).unwrap_or(rest.len());
    let last = bare(rest[..block].last()?.text);
    if block > MAX_TITLE_LINES || strip_trailing_marks(last).ends_with([';', '.', ',', ':']) {
        return None;
    }
    let next = block + rest[block..].iter().position(|l| !l.is_blank())?;
    para_number(rest[next].text)
        .is_some()
        .then_some(first + next)
}

/// Whether `t` opens with the enacting formula run on into a decision's
/// one sentence: after a comma, any word in lower case (`The General
/// Assembly, taking note of …, decides …`); after a space, the operative
/// verb itself (`The General Assembly approves …`), so that `The General
/// Assembly of …` opening a wrapped line is no decision.
fn opens_sentence_decision(t: &str) -> bool {
    // The grammar's first word, tested first: most lines fail it.
    if !t.starts_with("The ") {
        return false;
    }
    match run(sentence_decision, t) {
        Some(((_, true), _)) => true,
        Some(((_, false), rest)) => {
            operative_lead_after_intro(t).is_some_and(|(at, _)| at == t.len() - rest.len())
        }
        None => false,
    }
}

fn starts_with_lead(text: &str) -> bool {
    let t = bare(text);
    (may_open_lead(t) && (run(preambular_lead, t).is_some() || run(operative_lead, t).is_some()))
        || formula_of(t).is_some()
}

// The grammars tried on every line, each behind a guard: a necessary
// condition on the first bytes (tested against its grammar where it is
// defined, or below), since most lines match none of them.

/// `formula` over the whole of `t`, which opens with `The` or `the`.
fn formula_of(t: &str) -> Option<Body> {
    if !t.starts_with(['T', 't']) {
        return None;
    }
    run_all(formula, t).or_else(|| {
        // `_The General Assembly_ ,` (pymupdf4llm): emphasis closed before
        // the comma, where [`bare`] trims only the line's ends.
        t.contains(['*', '_'])
            .then(|| run_all(formula, &t.replace(['*', '_'], "")))
            .flatten()
    })
}

/// Whether `t` opens with `meeting` (`69th plenary meeting`), a number first.
fn is_meeting(t: &str) -> bool {
    may_be_meeting(t) && run(meeting, t).is_some()
}

/// A necessary condition of `meeting` (`digits [st|nd|rd|th] space …`):
/// digits, perhaps an ordinal suffix, then a space or tab. Every numbered
/// paragraph (`12. Calls upon …`) opens with a digit, and its `.` turns it
/// away here, before the grammar runs.
fn may_be_meeting(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let after = b.get(digits..).unwrap_or(&[]);
    let after = match after {
        [b's', b't', rest @ ..]
        | [b'n', b'd', rest @ ..]
        | [b'r', b'd', rest @ ..]
        | [b't', b'h', rest @ ..] => rest,
        _ => after,
    };
    digits > 0 && matches!(after.first(), Some(b' ' | b'\t'))
}

/// The marks of bold or italics that open a label (`**1.**`, `*(a)*`,
/// markdown writers'), trimmed where the label follows them: the grammars
/// read the label and its closing marks ([`closes_its_marks`]).
fn opening_emphasis(text: &str, label_opens: impl Fn(u8) -> bool) -> &str {
    let marks = text
        .bytes()
        .take(3)
        .take_while(|&b| b == b'*' || b == b'_')
        .count();
    match text.as_bytes().get(marks) {
        // ASCII marks: the cut is a boundary.
        Some(&b) if marks > 0 && label_opens(b) => text.get(marks..).unwrap_or(text),
        _ => text,
    }
}

/// Whether the marks [`opening_emphasis`] trimmed off `line` (leaving
/// `trimmed`) close on the label, before `rest`: `**1.** *Reaffirms*`.
/// Marks that open the whole line (`**1. The Security Council requests
/// …;**`, a bold text) are the line's, and the label no label of its own:
/// its closing marks would be read as a note's asterisks.
fn closes_its_marks(line: &str, trimmed: &str, rest: &str) -> bool {
    let marks = line.len() - trimmed.len();
    let label = trimmed.len().saturating_sub(rest.len());
    marks == 0
        || match (line.get(..marks), trimmed.get(..label)) {
            (Some(m), Some(l)) => l.trim_end().ends_with(m),
            _ => false,
        }
}

/// `paragraph_number`: the number and the rest.
fn para_number(text: &str) -> Option<(u32, &str)> {
    let t = opening_emphasis(text, |b| b.is_ascii_digit());
    if t.starts_with("Item ") {
        return run(programme_item, t).filter(|&(_, rest)| closes_its_marks(text, t, rest));
    }
    // A markdown bullet before a printed number is markup, as before a
    // printed letter (`sub_label`): `- 1. Welcomes …`, as converters that
    // set every list item as a bullet write a numbered paragraph.
    if let Some(item) = t.strip_prefix("- ").filter(|r| may_be_paragraph_number(r)) {
        return run(paragraph_number, item);
    }
    if !may_be_paragraph_number(t) {
        return None;
    }
    run(paragraph_number, t).filter(|&(_, rest)| closes_its_marks(text, t, rest))
}

/// Whether the line `text` opens with an item's label of a programme of
/// work (`Item 5.`, [`programme_item`]): what follows is an agenda item's
/// title, no paragraph of the decision, and has no lead.
pub(crate) fn opens_programme_item(text: &str) -> bool {
    opening_emphasis(text, |b| b.is_ascii_digit()).starts_with("Item ")
        && para_number(text).is_some()
}

/// A paragraph number as OCR printed it in the Council's compilations: a
/// letter read for a figure (`S.` for `5.`, S/RES/713 (1991); `ll.` for
/// `11.`, S/RES/867 (1993); `O` for `0`), then `. ` and the rest. A Roman
/// numeral (`II.`) is a section's number, never one of these. The caller
/// takes it only for the next number, before a lead.
fn ocr_para_number(text: &str) -> Option<(u32, &str)> {
    // The label is up to three bytes before `. `: looked for there only
    // (every body line is asked).
    let dot = text.bytes().take(4).position(|b| b == b'.')?;
    if text.as_bytes().get(dot + 1) != Some(&b' ') {
        return None;
    }
    // A `.` is ASCII: the cuts are boundaries.
    let (label, rest) = (&text[..dot], &text[dot + 2..]);
    if label.is_empty()
        || label.len() > 3
        || label.bytes().all(|b| b.is_ascii_digit())
        || section_number(label).is_some()
    {
        return None;
    }
    let digits = label
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            'S' => Some('5'),
            'l' | 'I' => Some('1'),
            'O' => Some('0'),
            _ => None,
        })
        .collect::<Option<String>>()?;
    Some((digits.parse().ok()?, rest.trim_start()))
}

/// `subparagraph_label`: the label and the rest.
fn sub_label(line: &str) -> Option<(RawLabel<'_>, &str)> {
    let text = opening_emphasis(line, |b| b == b'(' || b == b'\\');
    if text.len() < line.len() {
        return run(subparagraph_label, text)
            .filter(|&(_, rest)| closes_its_marks(line, text, rest));
    }
    if !may_be_subparagraph_label(text) {
        return None;
    }
    // A markdown bullet before a printed label is markup (`- (c) To
    // continue …`, pymupdf4llm): the item is `(c)`.
    if let Some(rest) = text
        .strip_prefix("- ")
        .filter(|r| r.starts_with('(') || r.starts_with("\\("))
    {
        if let Some((label @ (RawLabel::Letters(_) | RawLabel::Digits(_)), after)) =
            run(subparagraph_label, rest)
        {
            return Some((label, after));
        }
    }
    run(subparagraph_label, text)
}

/// `footnote_start`: the marker and the rest.
fn note_start(text: &str) -> Option<(FootnoteMarker, &str)> {
    if !may_start_footnote(text) {
        return None;
    }
    run(footnote_start, text)
}

/// A note a Word export wrote inline, as stage 1 cut it out
/// ([`Line::word_note`]): `[3: \t \tE/ESCWA/S-6/16.]`. The marker, the
/// length of its opening (`[3: \t \t`) and the note's text (`E/ESCWA/S-6/16.`:
/// no brackets, no white space around it).
fn word_note(text: &str) -> Option<(FootnoteMarker, usize, &str)> {
    let (n, rest) = run(word_note_open, text)?;
    let body = rest.strip_suffix(']')?.trim_end();
    Some((FootnoteMarker::Number(n), text.len() - rest.len(), body))
}

/// `plain_note_start`: the number and the rest.
fn plain_note(text: &str) -> Option<(FootnoteMarker, &str)> {
    if !may_start_number(text) {
        return None;
    }
    run(plain_note_start, text)
}

/// `lone_number` over the whole of `text`.
fn lone(text: &str) -> Option<u32> {
    // The whole line is one to three digits or nothing matches: every body
    // line is tried (some twice), and every numbered paragraph opens with
    // a digit, so the length and the bytes turn them away first.
    if !(1..=3).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    run_all(lone_number, text)
}

/// The longest line a hard-wrapped text prints, about: PDF renderings of
/// UN documents wrap at 70 to 100 characters; a longer median line means a
/// text of one paragraph a line.
const WRAPPED_WIDTH: usize = 110;

/// The lengths of the body's non-blank lines: the median, which tells a
/// hard-wrapped text (under [`WRAPPED_WIDTH`]) from one paragraph per line, and the
/// fifth longest in six, the printed line width (most lines of a paragraph
/// fill it; numbers alone on their lines and headings pull the median
/// down). `(0, 0)` for no line. Notes a Word export wrote inline, cut out
/// of their paragraphs' lines, are no lines of the layout: short as most
/// are, they would make a text of one paragraph a line look hard-wrapped.
fn body_widths(body: &[Line<'_>]) -> (usize, usize) {
    let mut lens: Vec<usize> = body
        .iter()
        .filter(|l| !l.word_note)
        .map(|l| l.text.len())
        .filter(|&l| l > 0)
        .collect();
    if lens.is_empty() {
        return (0, 0);
    }
    let mid = lens.len() / 2;
    let (_, &mut median, _) = lens.select_nth_unstable(mid);
    let high = lens.len() * 5 / 6;
    let (_, &mut width, _) = lens.select_nth_unstable(high);
    (median, width)
}

/// Finds the sponsor line of an amendment (`Russian Federation:* amendment
/// to draft resolution A/80/L.18`) among the lines from `from` to the
/// formula, or, where there is none (an amendment has none: it lists
/// changes, `Delete operative paragraph 9.`), to the first numbered
/// paragraph. Returns the line and the symbol of the draft amended.
fn find_amendment<'s>(
    lines: &[Line<'s>],
    from: usize,
    formula: Option<usize>,
) -> Option<(usize, &'s str)> {
    let end = formula.unwrap_or(lines.len());
    let mut after_colon = false;
    for (i, l) in lines.iter().enumerate().take(end).skip(from) {
        let t = bare(l.text);
        if t.is_empty() {
            continue;
        }
        if formula.is_none() && para_number(t).is_some() {
            break;
        }
        if t.contains("mendment") {
            if let Some(symbol) = amendment_of(t, after_colon) {
                return Some((i, symbol));
            }
            if let Some(symbol) = symbol_wrapped_below(lines, i, t, after_colon) {
                return Some((i, symbol));
            }
        }
        after_colon = t.trim_end_matches([' ', '*']).ends_with(':');
    }
    None
}

/// The symbol of the draft amended where the sponsor line wrapped before
/// it (`Belarus and Russian Federation: amendment to revised draft
/// resolution` / `A/C.3/80/L.20/Rev.1`, A/C.3/80/L.62): the next line of
/// text is the symbol alone, and the two lines read as [`amendment_of`]
/// one. Only a line that names an amendment gets here, so the joined copy
/// is rare.
fn symbol_wrapped_below<'s>(
    lines: &[Line<'s>],
    i: usize,
    t: &str,
    after_colon: bool,
) -> Option<&'s str> {
    let next = lines.get(i + 1..)?.iter().find(|l| !l.is_blank())?;
    let symbol = bare(next.text).trim_matches([' ', '*']);
    let joined = format!("{t} {symbol}");
    (amendment_of(&joined, after_colon)? == symbol).then_some(symbol)
}

/// Finds the enacting formula: the first line that is `The General Assembly,` or the like.
fn find_formula(lines: &[Line<'_>]) -> Option<(usize, Body)> {
    lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| formula_of(bare(l.text)).map(|b| (i, b)))
}

/// The number of a section heading: `t`, a line's [`bare`] text, is an
/// upper-case Roman numeral alone (`I`, `XIV`, `II.`), as the UN numbers the
/// sections of a resolution (`II` / `Capital master plan`).
pub(crate) fn section_number(t: &str) -> Option<u32> {
    let t = t.strip_suffix('.').unwrap_or(t);
    if t.is_empty() || t.len() > 7 || !t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')) {
        return None;
    }
    crate::grammar::label::roman_value(&t.to_ascii_lowercase())
}

/// Whether `t`, a line's [`bare`] text, opens a section heading: a section
/// number alone, or followed on the same line by its capitalised title
/// (`VII Technical assistance …`, `II. Capital master plan`), as canonical
/// text and markdown renderings print it. A wrapped line that opens with a
/// numeral goes on in lower case or punctuation (`VII of the Charter`).
pub(crate) fn opens_section(t: &str) -> bool {
    let (first, rest) = t.split_once(' ').unwrap_or((t, ""));
    // `-layout` output sets the title off by a wide gap (`I.    General …`).
    let rest = rest.trim_start();
    section_number(first).is_some()
        && (rest.is_empty() || rest.starts_with(|c: char| c.is_uppercase()))
}

/// Whether `t`, a line's [`bare`] text, is the label of a division of a
/// text that a resolution annexes or adopts (a convention, rules): `Article
/// 12`, `Chapter IV`, `Part II`, alone on the line, its title below.
pub(crate) fn is_division(t: &str) -> bool {
    let Some((word, number)) = t.split_once(' ') else {
        return false;
    };
    let digits =
        !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit());
    match word {
        "Article" => digits,
        "Chapter" | "Part" => digits || section_number(number).is_some(),
        _ => false,
    }
}

/// Lines a part's title may run over, between its letter and its formula.
const PART_TITLE_LINES: usize = 4;

/// The part letter that `t`, a line's [`bare`] text, is: one capital
/// letter alone (`A`, `B`).
fn part_letter(t: &str) -> Option<char> {
    match t.as_bytes() {
        [c @ b'A'..=b'Z'] => Some(char::from(*c)),
        _ => None,
    }
}

/// The head of the part whose formula is line `f`: the letter line above it
/// and the title lines between, looking no further back than `floor`.
/// Blank lines and page furniture between are passed over.
fn part_head(lines: &[Line<'_>], f: usize, floor: usize, body: Body) -> Option<PartHead> {
    let mut title = Vec::new();
    for k in (floor..f).rev() {
        let l = &lines[k];
        if l.is_blank() || furniture_line(l.text).is_some() {
            continue;
        }
        let t = bare(l.text);
        if let Some(letter) = part_letter(t) {
            title.reverse();
            return Some(PartHead {
                letter,
                letter_line: k,
                title,
                formula: (f, body),
            });
        }
        // A title is short and unpunctuated: a paragraph's end, a meeting
        // line or a full title block means there is no letter above.
        if title.len() == PART_TITLE_LINES || ends_finished(t) || is_meeting(t) {
            return None;
        }
        title.push(k);
    }
    None
}

/// The parts of a resolution adopted in parts, from line `from` on.
///
/// The UN prints such a resolution under one number and title, then each
/// part under its letter alone on a line (`A`, `B`, `C` … in order), the
/// part's title, and the part's own enacting formula (`The General
/// Assembly,`). Every formula must stand under the next letter, from `A`;
/// otherwise the text is not in parts (empty result), and a text with
/// several formulas is several resolutions
/// ([`parse_resolutions`](crate::parse_resolutions)).
fn find_parts(lines: &[Line<'_>], from: usize) -> Vec<PartHead> {
    let mut heads: Vec<PartHead> = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(from) {
        let Some(body) = formula_of(bare(l.text)) else {
            continue;
        };
        let floor = heads.last().map_or(from, |h| h.formula.0 + 1);
        let want = char::from(b'A' + u8::try_from(heads.len().min(25)).unwrap_or(25));
        match part_head(lines, i, floor, body) {
            Some(h) if h.letter == want && heads.len() < 26 => heads.push(h),
            _ => return Vec::new(),
        }
    }
    if heads.len() < 2 {
        return Vec::new();
    }
    heads
}

/// Whether the formula at line `f` opens a later part (`B`, `C` …) of the
/// resolution that begins at or after `floor`, rather than a resolution.
fn continues_parts(lines: &[Line<'_>], f: usize, floor: usize) -> bool {
    formula_of(bare(lines[f].text))
        .and_then(|body| part_head(lines, f, floor, body))
        .is_some_and(|h| h.letter != 'A')
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

/// Where each resolution of a text that holds several begins and ends
/// (line ranges), for [`parse_resolutions`](crate::parse_resolutions).
///
/// A text holds several resolutions when it prints several enacting formulas
/// (`The General Assembly,` …), each under its own heading. A resolution
/// begins at its heading: the lines above its formula back to the end of the
/// one before, which is its closing meeting line and date, its adoption
/// line, or the full stop of its last paragraph.
pub(crate) fn split_resolutions(lines: &[Line<'_>]) -> Vec<std::ops::Range<usize>> {
    let formulas: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| formula_of(bare(l.text)).is_some())
        .map(|(i, _)| i)
        .collect();
    let mut starts = vec![0];
    for &f in formulas.iter().skip(1) {
        let floor = starts.last().copied().unwrap_or(0) + 1;
        if continues_parts(lines, f, floor) {
            // Part `B` of the resolution before, not a new one.
            continue;
        }
        let mut s = f;
        while s > floor {
            let line = &lines[s - 1];
            if line.is_blank() {
                s -= 1;
                continue;
            }
            let t = bare(line.text);
            let after_meeting = (floor..s - 1)
                .rev()
                .find(|&k| !lines[k].is_blank())
                .is_some_and(|k| run(meeting, bare(lines[k].text)).is_some());
            let ends_previous = run(meeting, t).is_some()
                || (after_meeting && run_all(crate::grammar::date::date, t).is_some())
                || t.starts_with("Adopted ")
                || (strip_trailing_marks(t).ends_with('.')
                    && run(crate::grammar::masthead::resolution_number, t).is_none()
                    && !t.starts_with('['));
            if ends_previous {
                break;
            }
            s -= 1;
        }
        while s < f && lines[s].is_blank() {
            s += 1;
        }
        starts.push(s);
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&lines.len())))
        .map(|(&a, &b)| a..b)
        .collect()
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
    out.amendment = find_amendment(lines, start, out.formula.map(|(i, _)| i));
    let heads = find_parts(lines, start);
    let body_start = match out.formula {
        Some((i, _)) => {
            // Part `A`'s letter and title are the part's, not the front's.
            let front_end = heads.first().map_or(i, |h| h.letter_line);
            front_lines(lines, start, front_end, &mut out);
            i + 1
        }
        None => {
            // No formula: the body starts at the first paragraph number or
            // lead phrase, or right after a compilation heading (`1 (1946)
            // Resolution of 25 January 1946`, whose first paragraph may open
            // with no lead: `By Article 47 of the Charter, …`), or at a
            // decision printed as one sentence (`At its 63rd meeting, on …,
            // the Human Rights Council decided that …`).
            let opens_body = |i: usize| {
                let t = lines[i].text;
                para_number(t).is_some() || starts_with_lead(t) || opens_narrative(t)
            };
            // Neither formula nor paragraph: no body (stage 3 reports it).
            let first = (start..lines.len())
                .find(|&i| opens_body(i))
                .unwrap_or(lines.len());
            // The body starts below the sponsor line, though an agenda
            // title above it opens as a lead does (`Rights of indigenous
            // peoples` / `Burundi: amendment to …`).
            let first = sponsor_line_below(lines, first)
                .and_then(|below| (below..lines.len()).find(|&i| opens_body(i)))
                .unwrap_or(first);
            let first = sentence_decision_below(lines, first)
                .or_else(|| title_above_number(lines, first))
                .unwrap_or(first);
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
    let (median, width) = body_widths(lines.get(body_start..).unwrap_or(&[]));
    let wrapped = median > 0 && median < WRAPPED_WIDTH;
    out.wrapped = wrapped;
    let mut walker = Walker::new(lines, wrapped);
    walker.set_width(width);
    walker.set_front(out.front.iter().map(|&i| lines[i].text));
    if heads.is_empty() {
        out.paras = walk_body(&mut walker, body_start, lines.len(), &mut out);
        if out.annexes.is_empty() {
            drop_trailing_text(&mut out.paras, lines, wrapped, &mut out.dropped);
        }
        return out;
    }
    // Each part's body runs from its formula to the next part's letter.
    let ends: Vec<usize> = heads
        .iter()
        .skip(1)
        .map(|h| h.letter_line)
        .chain(std::iter::once(lines.len()))
        .collect();
    for (head, end) in heads.into_iter().zip(ends) {
        drop_head_furniture(lines, &head, &mut out);
        let paras = walk_body(&mut walker, head.formula.0 + 1, end, &mut out);
        let closing = std::mem::take(&mut out.closing);
        out.parts.push(PartLines {
            head,
            paras,
            closing,
        });
    }
    if let Some(last) = out.parts.last() {
        out.closing.clone_from(&last.closing);
    }
    out
}

/// Walks the body lines `from..end`: returns the paragraphs; annexes go to
/// `out`.
fn walk_body<'s>(
    walker: &mut Walker<'_, 's>,
    from: usize,
    end: usize,
    out: &mut Layout<'s>,
) -> Vec<Para<'s>> {
    let mut body = Vec::new();
    let mut i = from;
    let mut annex_heading: Option<usize> = None;
    loop {
        walker.set_in_annex(annex_heading.is_some());
        if let Some(h) = annex_heading {
            walker.title_on_heading(h);
        }
        let stop = walker.walk(i, end, out);
        let paras = walker.take_paras(out);
        match annex_heading {
            None => body = paras,
            Some(heading) => out.annexes.push(AnnexLines { heading, paras }),
        }
        match stop {
            Some(h) => {
                annex_heading = Some(h);
                i = h + 1;
            }
            None => {
                walker.set_in_annex(false);
                return body;
            }
        }
    }
}

/// Drops what a web page prints under the resolution's copy: the text
/// after the operative part's final full stop that is none of the
/// resolution's parts (the closing, notes and annexes are read apart).
///
/// A resolution ends with the full stop of its last operative paragraph
/// (`Decides to remain seized of the matter.`). What follows it in the body
/// is dropped when it is
/// - lines run on to that paragraph after the line its full stop ends,
///   where the text prints one paragraph a line and the line opens with a
///   capital (`3. Decides to remain actively seized of the matter.` /
///   `View the full document` / `Download (pdf, 32 KB)`, unscr.com), or,
///   hard-wrapped or not, with a sign no sentence opens with (`(c) … 338
///   (1973).` / `▶ Cite this page`);
/// - whole paragraphs with no number, label or lead, to the end of the
///   body (`4. Requests … resolution.` / `Read more about this topic: …`).
///
/// Only a tail goes: a paragraph with a number, label or lead after it
/// means the text goes on, and nothing is dropped. The last paragraph must
/// read as operative (labelled, or opened by an operative lead), so a
/// preamble's full stop ends nothing.
fn drop_trailing_text(
    paras: &mut Vec<Para<'_>>,
    lines: &[Line<'_>],
    wrapped: bool,
    dropped: &mut Vec<(Span, DropReason)>,
) {
    let tail_from = paras
        .iter()
        .rposition(|p| !is_trailing_text(p))
        .map_or(paras.len(), |k| k + 1);
    let Some(last) = tail_from.checked_sub(1).and_then(|k| paras.get_mut(k)) else {
        return;
    };
    if !reads_operative(last) {
        return;
    }
    let run_on = run_on_tail(last, lines, wrapped);
    let ended = last.texts().next_back().is_some_and(ends_full_stop);
    let tail: Vec<Piece<'_>> = if ended {
        paras.drain(tail_from..).flat_map(|p| p.pieces).collect()
    } else {
        Vec::new()
    };
    for piece in run_on.iter().chain(&tail) {
        let (Piece::Text { span, .. } | Piece::Marker { span, .. }) = *piece;
        dropped.push((span, DropReason::TrailingText));
    }
}

/// Whether the paragraph has no number, label or lead: not a paragraph of
/// the resolution where it follows the operative part's end.
fn is_trailing_text(p: &Para<'_>) -> bool {
    p.label.is_none()
        && !p.quoted_start
        && !p.list_heading
        && p.texts().next().is_some_and(|t| !starts_with_lead(t))
}

/// Whether the paragraph reads as operative: a number or label, or an
/// operative lead.
fn reads_operative(p: &Para<'_>) -> bool {
    p.label.is_some()
        || p.texts()
            .next()
            .map(bare)
            .is_some_and(|t| may_open_lead(t) && run(operative_lead, t).is_some())
}

/// Whether `text` ends with a full stop, closing marks aside.
fn ends_full_stop(text: &str) -> bool {
    up_to_last_sign(text).ends_with('.')
}

/// Takes off the paragraph the whole lines run on after a line that ends
/// with its full stop, where they are no part of it (see
/// [`drop_trailing_text`]); returns them. A line holds the paragraph
/// whole where the text prints one paragraph a line or the line is longer
/// than a hard-wrapped one ([`WRAPPED_WIDTH`]): a page of three lines (a
/// body run together on one, two links) has no median to tell.
fn run_on_tail<'s>(p: &mut Para<'s>, lines: &[Line<'_>], wrapped: bool) -> Vec<Piece<'s>> {
    // A number alone on its line is listed first among the lines, with no
    // piece: the line of piece `k` is `lines[k + skip]`.
    let skip = p.lines.len().saturating_sub(p.pieces.len());
    let line_of = |k: usize| p.lines.get(k + skip).copied();
    let text_at = |k: usize| match p.pieces.get(k) {
        Some(Piece::Text { text, .. }) if has_text(text) => Some(*text),
        _ => None,
    };
    let split = (0..p.pieces.len()).find(|&k| {
        let Some(text) = text_at(k).filter(|t| ends_full_stop(t)) else {
            return false;
        };
        let next_line = line_of(k + 1) > line_of(k);
        let line_len = line_of(k)
            .and_then(|l| lines.get(l))
            .map_or(text.len(), |l| l.text.len());
        let whole = !wrapped || line_len >= WRAPPED_WIDTH;
        next_line
            && (k + 1..p.pieces.len())
                .find_map(text_at)
                .and_then(|t| bare(t).chars().next())
                .is_some_and(|c| opens_with_sign(c) || (whole && c.is_uppercase()))
    });
    let Some(k) = split else {
        return Vec::new();
    };
    p.lines.truncate(k + 1 + skip);
    p.pieces.split_off(k + 1)
}

/// Whether a line opening with `c` opens with a sign no sentence of a
/// resolution opens with: an arrow, a shape or a pictograph of a web
/// page's controls (`▶`, `↗`); not a letter or digit, nor the punctuation
/// of the Latin-1 and General Punctuation blocks (quotation marks, dashes,
/// bullets, daggers, `§`).
fn opens_with_sign(c: char) -> bool {
    !c.is_ascii()
        && !c.is_alphanumeric()
        && !c.is_whitespace()
        && !matches!(c, '\u{00A0}'..='\u{00BF}' | '\u{2000}'..='\u{206F}')
}

/// Page furniture between a part's letter and its formula, which no walk
/// reads: dropped with its reason.
fn drop_head_furniture(lines: &[Line<'_>], head: &PartHead, out: &mut Layout<'_>) {
    for l in &lines[head.letter_line + 1..head.formula.0] {
        if let Some(reason) = furniture_line(l.text) {
            out.dropped.push((l.span, reason));
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::split_lines;

    #[test]
    fn ok_guards_are_necessary() {
        use crate::normalize::lines::{assert_guard_necessary, sample_lines};
        let lines = sample_lines();
        assert_guard_necessary(
            &lines,
            5,
            |line| run_all(formula, line).is_some(),
            |line| formula_of(line).is_some(),
        );
        assert_guard_necessary(&lines, 10, |line| run(meeting, line).is_some(), is_meeting);
    }

    #[test]
    fn ok_line_guards_agree_with_their_grammars() {
        // `lone` and `is_meeting` against their grammars unguarded, on every
        // sample line and on made-up ones around the guards' edges.
        let mut lines = crate::normalize::lines::sample_lines();
        lines.extend(
            [
                "1st plenary meeting",
                "2nd\tplenary meeting",
                "3rd (resumed) plenary meeting",
                "4th  plenary meeting",
                "5st plenary meeting",
                "1234567th plenary meeting",
                "123456 plenary meeting",
                "12. plenary meeting",
                "12x plenary meeting",
                "th plenary meeting",
                "1",
                "12",
                "123",
                "1234",
                "12 ",
                "1a",
                "",
            ]
            .map(String::from),
        );
        let (mut lones, mut meetings) = (0, 0);
        for line in &lines {
            let want = run_all(lone_number, line);
            lones += usize::from(want.is_some());
            assert_eq!(lone(line), want, "{line:?}");
            let want = run(meeting, line).is_some();
            meetings += usize::from(want);
            assert_eq!(is_meeting(line), want, "{line:?}");
        }
        assert!(lones > 10 && meetings > 10, "too few: {lones}, {meetings}");
    }

    #[test]
    fn ok_fast_paths_agree() {
        // The ASCII fast paths of `bare` and `strip_trailing_marks` against
        // the full trims they skip.
        fn bare_ref(text: &str) -> &str {
            text.trim_start_matches(['#', ' '])
                .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
        }
        let mut lines = crate::normalize::lines::sample_lines();
        lines.extend(
            [
                "x ",
                " x",
                "x\t",
                "a,1",
                "a, 3",
                "#x#",
                "x*",
                "_x",
                "x²",
                "#*#x",
                "# *x* ",
                "*\u{a0}x*",
                "**",
                "# ",
                "*é*",
                "*x\u{1c}*",
                "_ _x_ _",
            ]
            .map(String::from),
        );
        for line in &lines {
            assert_eq!(bare(line), bare_ref(line), "{line:?}");
            let mut longer = line.clone();
            longer.push(' ');
            assert_eq!(
                strip_trailing_marks(line),
                strip_trailing_marks(&longer),
                "{line:?}"
            );
        }
    }

    #[test]
    fn ok_quote_balance() {
        assert_eq!(quote_balance("“a” and “b", false), 1);
        assert_eq!(quote_balance("x\" y”", true), -2);
        assert_eq!(quote_balance("x\" y", false), 0);
        assert_eq!(quote_balance("it’s — “", false), 1);
        // Against a count byte by byte, over every sample line.
        for line in crate::normalize::lines::sample_lines() {
            for open in [false, true] {
                let b = line.as_bytes();
                let mut depth = i32::from(open);
                for k in 0..b.len() {
                    match b.get(k..) {
                        Some([0xE2, 0x80, 0x9C, ..]) => depth += 1,
                        Some([0xE2, 0x80, 0x9D, ..]) => depth -= 1,
                        Some([b'"', ..]) if depth > 0 => depth -= 1,
                        _ => {}
                    }
                }
                let want = depth - i32::from(open);
                assert_eq!(quote_balance(&line, open), want, "{line:?}");
            }
        }
    }

    #[test]
    fn ok_finished_endings() {
        assert!(ends_finished("human rights,"));
        assert!(ends_finished("at its fifty-second session,⁶"));
        assert!(ends_finished("session,<sup>6</sup>"));
        assert!(ends_finished("for 2021,[footnoteRef:3]"));
        assert!(ends_finished("for 2021,[footnoteRef:3][footnoteRef:4]"));
        assert!(!ends_finished("the Commission[footnoteRef:2]"));
        assert!(!ends_finished("see the list,[footnoteRef:x]"));
        assert!(ends_finished("Development”,"));
        assert!(ends_finished("Amended Protocol II, 3"));
        assert!(ends_finished("at its eighty-fifth session,1"));
        // A layout extractor keeps the raised number's gap, however wide.
        assert!(ends_finished("(Protocol V),    8"));
        assert!(!ends_finished("in paragraph    3"));
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

    /// The texts of each paragraph of `src`'s body, its pieces joined.
    fn para_texts(src: &str) -> Vec<String> {
        let lines = split_lines(src);
        let l = layout(&lines);
        l.paras
            .iter()
            .map(|p| {
                p.pieces
                    .iter()
                    .filter_map(|x| match x {
                        Piece::Text { text, .. } => Some(*text),
                        Piece::Marker { .. } => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn ok_false_operative_start_rejoins_its_paragraph() {
        // A wrapped line that opens with a capitalised word in `-s` reads
        // as an operative verb; ending with a comma, it was no paragraph.
        let src =
            "The General Assembly,\nRecognizing also the Voluntary Guidelines on Tenure of Land,\n\
                   Fisheries and Forests in the Context of National Food Security,\nNoting x,\n";
        let paras = para_texts(src);
        assert_eq!(paras.len(), 2, "{paras:?}");
        assert!(paras[0].ends_with("Food Security,"), "{paras:?}");
        // An operative paragraph that ends as one does stays a paragraph.
        let src = "The General Assembly,\nRecognizing also the Voluntary Guidelines on Land,\n\
                   Urges all States to act.\n";
        assert_eq!(para_texts(src).len(), 2);
    }

    #[test]
    fn ok_section_heading_and_its_first_paragraph() {
        let src = "The General Assembly,\n1. Decides a;\nII\nCapital master plan\n\
                   Recalling its resolution 77/263 of 30 December 2022,\n1. Takes note;\n";
        assert_eq!(
            para_texts(src),
            [
                "Decides a;",
                "II Capital master plan",
                "Recalling its resolution 77/263 of 30 December 2022,",
                "Takes note;"
            ]
        );
        // A title's wrapped rest in capitals stays in the title, though its
        // first word has a lead's shape; `II.` waits for its title.
        let src = "The General Assembly,\n1. Decides a;\nII.\n\nImplementation of the Awaza Programme of Action for Landlocked\n\
                   Developing Countries for the Decade\n2. Decides b;\n";
        assert_eq!(
            para_texts(src),
            [
                "Decides a;",
                "II. Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade",
                "Decides b;"
            ]
        );
        // A section number under an unfinished title line opens the first
        // section (`Annex` / `United Nations principles …` / `I.` / title).
        let src = "The General Assembly,\n1. Adopts the principles.\nAnnex\n\
                   United Nations principles for consumer product safety\nI.\n\n\
                   General principles for the safety of products\n1. All products are safe.\n";
        let lines = split_lines(src);
        let l = layout(&lines);
        let annex: Vec<usize> = l.annexes[0].paras.iter().map(|p| p.pieces.len()).collect();
        assert_eq!(annex, [1, 2, 1], "{:?}", l.annexes[0].paras);
        // A short title did not wrap: the next capitalised line is text
        // (A/RES/80/162: `Article 8` / `Missing information, …` / `If …`),
        // and a division under a division opens its own heading.
        let long = "If the transport operator needs information, instructions or documents relating\n\
                    to the goods in order to perform its obligations, it shall seek that information or\n\
                    those instructions or documents from the holder of the negotiable cargo document as\n\
                    soon as it becomes aware of the need for them and without undue delay to the holder.";
        let src = format!(
            "The General Assembly,\n1. Adopts the Convention:\nChapter II\n\
             Issuance, content and legal effect of negotiable cargo documents\nArticle 8\n\
             Missing information, instructions or documents\n{long}\nHave agreed as follows:\n"
        );
        let paras = para_texts(&src);
        assert_eq!(paras.len(), 5, "{paras:?}");
        assert_eq!(
            paras[2],
            "Article 8 Missing information, instructions or documents"
        );
        assert!(
            paras[3].starts_with("If the transport operator"),
            "{paras:?}"
        );
        // A numeral that goes on in lower case is running text.
        let src =
            "The General Assembly,\n1. Acting under Chapter\nVII of the Charter, decides a;\n";
        assert_eq!(para_texts(src).len(), 1);
    }

    #[test]
    fn ok_lone_and_keeps_the_list_open() {
        let src = "The Security Council,\n1. Demands:\n- Calls for the surrender of any persons indicted,\nand\n\
                   - Reiterates its demand for demilitarization;\n";
        let paras = para_texts(src);
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert!(paras[1].ends_with("and"), "{paras:?}");
    }

    #[test]
    fn ok_adoption_line_runs_on_in_brackets() {
        let src = "The Security Council,\n1. Decides to remain seized of the matter.\n\
                   Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and\nYemen), with 1 abstention\n(China).\n";
        let lines = split_lines(src);
        let l = layout(&lines);
        assert_eq!(l.vote.len(), 3, "{:?}", l.vote);
        assert_eq!(para_texts(src), ["Decides to remain seized of the matter."]);
    }

    #[test]
    fn ok_page_text_after_a_whole_head_is_text() {
        // The head prints the title whole; the page's first line quotes its
        // start and is text, not more head.
        let title =
            "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons";
        let src = format!(
            "{title}\nThe General Assembly,\n1. Calls upon all States to become parties to the\n\
             25-12345\n\u{c}Convention on Prohibitions or Restrictions on the\nUse of Certain Conventional Weapons\n\
             Convention on Prohibitions or Restrictions on the\nUse of Certain Conventional Weapons;\n"
        );
        let paras = para_texts(&src);
        assert_eq!(paras.len(), 1, "{paras:?}");
        assert!(
            paras[0].ends_with("parties to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons;"),
            "{paras:?}"
        );
    }

    #[test]
    fn ok_wrapped_reference_labels_open_no_item() {
        // `(b)` and `(iv)` at a line's start in item `(f)` are references.
        let src = "The General Assembly,\n1. Requests:\n(a) To act;\n(d) To study:\n(i) One;\n(ii) Two;\n\
                   (iii) Three;\n(iv) Four;\n(f) To hold colloquiums on topics mentioned in subparagraph\n\
                   (b) and subparagraph (d) (ii),\n(iv) and (v) above;\n(g) To report;\n";
        let paras = para_texts(src);
        assert_eq!(paras.len(), 9, "{paras:?}");
        assert!(paras[7].ends_with("(iv) and (v) above;"), "{paras:?}");
        // After a comma, an item that comes next, or a little after the
        // last (one lost between), still opens.
        let src = "The General Assembly,\n1. Requests:\n(a) To act:\n(i) One,\n(ii) Two,\n(b) To report,\n(d) To end;\n";
        assert_eq!(para_texts(src).len(), 6);
    }

    #[test]
    fn ok_declaration_chapeau_leaves_its_title() {
        // A/RES/73/3: title, subtitle, then the first person plural.
        let src = "The General Assembly\nAdopts the following political declaration:\n\
                   Political declaration of the high-level meeting of the\n\
                   General Assembly on the fight against tuberculosis\n\
                   United to end tuberculosis: an urgent global response to a global epidemic\n\
                   We, Heads of State and Government, assembled at the United Nations,\n\
                   reaffirm our commitment and we therefore:\n1. Reaffirm the 2030 Agenda;\n";
        let paras = para_texts(src);
        assert_eq!(paras.len(), 4, "{paras:?}");
        assert!(paras[1].ends_with("a global epidemic"), "{paras:?}");
        assert!(paras[2].starts_with("We, Heads of State"), "{paras:?}");
    }
}
