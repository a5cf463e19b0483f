//! A document whose lines were run together into one.
//!
//! Datasets keep a resolution in one cell with its white space collapsed,
//! every line break gone: `Resolution adopted by the General Assembly on 18
//! December 2019 [on the report of the Third Committee (A/74/394)] 74/132.
//! Report of the Human Rights Council The General Assembly, Recalling its
//! resolutions …, Recalling also its resolutions …, Having considered … the
//! report of the Human Rights Council,1,2 Takes note of the report … and its
//! recommendations. 50th plenary meeting 18 December 2019 __________________
//! 1 Official Records … (A/74/53). 2 Ibid., …` (A/RES/74/132 in a Hugging
//! Face dataset). The layout reads a document line by line and finds in that
//! line no formula and no paragraph.
//!
//! A UN editor's rule: a paragraph's bounds are marked by the text itself,
//! not by line breaks. A preambular paragraph ends with a comma and the next
//! opens with a capitalised lead; an operative paragraph ends with `;`, `:`
//! or `.` and the next opens with its number; a subparagraph's label follows
//! its chapeau's colon or the item before's semicolon. So a line that is
//! clearly run in is cut, left to right, where the text marks a unit's
//! start, and each unit becomes a line of its own, as the printed document
//! has it:
//!
//! | where (in the run-in line) | cut before |
//! |---|---|
//! | front | the issue date after `Distr.: General`; `Resolution adopted by …`; `[on the report of …]`, `[without reference to …]` and what follows its `]` (`74/132. Report of …`); the number after the adoption's date; the title after `… draft resolution`; a Council compilation's heading (`1 (1946) Resolution of 25 January 1946`) and what follows it; a markdown heading's `#`; the first part's letter (`… information A Information in the service of humanity`) |
//! | anywhere | the enacting formula that a lead, `1.` or section `I` follows (`The General Assembly, Recalling …`; `The General Assembly 1. Authorizes …`), and that unit |
//! | preamble | an attested preambular lead after `,` `;` or a sentence's `.` (`…, Recalling also …`); `1.` and a capital after `,` `;` `:` `.`; an attested operative lead after `,` `;` `:` (`…,1,2 Takes note …`: one unnumbered paragraph) |
//! | operative part | the number owed next and a capital after `;` `:` `.` (`…; 5. Requests …`), or before an attested operative lead or `The Security Council requests` wherever it stands (`… progressive process 3. Welcomes …`, a source that lost a paragraph's end); an attested operative lead after `;` `.` where the paragraphs are unnumbered; the title of a text a paragraph adopts (`Adopts the following …: Political declaration …`), and in it `We, …` |
//! | body | `(a)` or `(i)` after `:`; the next label of an open list after `;`, `; and` (`…; and (c) …`); the next section's numeral after a paragraph's end (`…; II Capital master plan …`), and the first lead after its title |
//! | end of the body | `50th plenary meeting` after `.` or before its date, then its date, then what follows the date; a Council compilation's `Adopted at the 2nd meeting.` |
//! | notes | a rule (`____`, `---`) and what follows it; after a rule, each note's number in sequence after `.` (`… (A/74/53). 2 Ibid., …`); a raised number or `*` and a capital (`¹ A/CONF.157/24 …`, `* On behalf of …`); `[^3]:`; link targets after the notes and what follows them; a small letter, or a capital that opens no note's sentence, after a note's full stop (the page's paragraph going on: `… sect. A. to commemorate …`) |
//! | page furniture | a page's foot (`2/4 25-20958`, `25-20958 (E) *2520958*`) and what follows it; what follows the document's symbol in a page's head, and the title after it (`A/RES/80/119 Consumer product safety Affirming also …`); the front's title standing in the text, a running head, and what follows it (`… in its Open-ended working group on security of and in the use of resolution 79/237 …`) |
//! | after the closing | `Annex`, then in the annex its headings `I.`, `II.` … in sequence and its paragraphs by their numbers alone (a heading's title ends with no punctuation); the next part's letter (`… 5 December 2023 B United Nations global …`) |
//!
//! What is clearly run in: a line that holds an enacting formula with a
//! unit after it (`The General Assembly, Recalling …`: no printed layout
//! sets the two on one line), paragraphs `1.` and `2.` (`… ; Therefore 1.
//! The Security Council requests …; 2. The Security Council directs …`),
//! or a line longer than [`RUN_IN_MIN_LEN`]. A lead inside a line counts
//! only where its head is one UN texts print (`Recalling`, not `Beijing`;
//! `Takes`, not `Barbados`), and a number only where it is the one the
//! text owes next. A lower-case word after a comma is a paragraph going
//! on, never a new one. Where only the meaning of words would say where a
//! unit ends (where the sponsors' names open after an agenda item's
//! title; where a page's notes end and its paragraph goes on with a name,
//! `… sect. A. Assembly to commemorate …`, handled only for words no note
//! opens with), the line is not cut, and the layout reads what it gets.
//!
//! Linear: one pass over a line's word starts; each test reads a bounded
//! window before and after the word ([`LOOK_BACK`], [`LOOK_AHEAD`]), never
//! the line again, and the title is looked for by forward searches that
//! never cover the same text twice. Lines that are not run in cost a
//! search for `The`, `1.` and `2.` by their first byte.

use super::lines::eq_bytes;
use super::Line;
use crate::ast::FootnoteMarker;
use crate::grammar::date::date;
use crate::grammar::furniture::{page_counter, page_foot};
use crate::grammar::label::RawLabel;
use crate::grammar::label::{letter_value, paragraph_number, roman_value, subparagraph_label};
use crate::grammar::marker::{
    footnote_start, may_start_footnote, plain_note_start, superscript_digit,
};
use crate::grammar::masthead::{
    body, compilation_heading, meeting, resolution_number, sc_adoption,
};
use crate::grammar::phrase::{
    attested_operative_lead, attested_preambular_lead, preambular_lead, we_lead,
};
use crate::grammar::symbol::document_symbol;
use crate::grammar::{run, CITATION_ABBREVIATIONS};

/// A line at least this long is read as run in, formula or not. The
/// longest paragraph the test texts print on one line (the conversion
/// pipelines that set each paragraph on a line) is 1,790 bytes; a
/// paragraph of over 1,500 bytes is rare, and a line that long is cut
/// only where the text marks a unit (a normal paragraph's line holds
/// none of those marks).
const RUN_IN_MIN_LEN: usize = 1_500;

/// The shortest line that can hold a formula and a lead
/// (`The General Assembly, Noting`).
const MIN_FORMULA_LINE: usize = 28;

/// How many bytes before a word its tests read: the end of the unit
/// before, with the marks that may follow it (`…,<sup>12</sup>`,
/// `…,1,2`, `…;* and`).
const LOOK_BACK: usize = 48;

/// How many bytes from a word its tests read: a lead (`Taking fully into
/// account`), a label, a number, a meeting line and its date.
const LOOK_AHEAD: usize = 120;

/// The longest title looked for in a page's head: a UN title is a line
/// or three (the longest in the test texts is under 300 bytes); a longer
/// one is not compared, so that the comparisons stay bounded.
const MAX_TITLE: usize = 400;

/// The shortest title looked for as a page's running head in the text: a
/// short title (`Nuclear disarmament`) may be words of a paragraph.
const MIN_HEAD_TITLE: usize = 30;

/// The deepest list of subparagraphs followed (the Editorial Manual's
/// fourth degree is the deepest real texts use).
const MAX_DEPTH: usize = 8;

/// `lines` with every run-in line cut into the units its text marks (see
/// the module's rules). Lines are borrowed as they were; a new vector is
/// made only where a line is run in.
pub(crate) fn split_run_in_lines(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let Some(first) = lines.iter().position(|l| run_in(l.text).is_some()) else {
        return lines;
    };
    let mut out = Vec::with_capacity(lines.len() + 64);
    out.extend_from_slice(&lines[..first]);
    for line in &lines[first..] {
        let Some(start) = run_in(line.text) else {
            out.push(*line);
            continue;
        };
        let mut rest = *line;
        for q in units(line.text, start) {
            // `q` is a word's start in the line's text; the rest's text
            // opens at or before it (the rest is trimmed at its start, and
            // every cut is at a word's start).
            let at = (line.span.start + q).checked_sub(rest.span.start);
            match at {
                Some(at) if at > 0 && at < rest.text.len() && rest.text.is_char_boundary(at) => {
                    let (unit, after) = rest.cut_at(at, false);
                    out.push(unit);
                    rest = after;
                }
                _ => {}
            }
        }
        out.push(rest);
    }
    out
}

/// What a run-in line opens with: the part of the document its first unit
/// is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// The front (masthead, adoption, title): a formula follows.
    Front,
    /// A preambular paragraph (`Recalling …`).
    Preamble,
    /// Operative paragraph `n.` (`5. Requests …`).
    Operative(u32),
}

/// Whether `text` is a run-in line, and what it opens with.
fn run_in(text: &str) -> Option<Start> {
    let long = text.len() >= RUN_IN_MIN_LEN;
    if !long && text.len() < MIN_FORMULA_LINE {
        return None;
    }
    // The formula with a lead after it, at a word's start (emphasis may
    // open it: `*The General Assembly,*`).
    // Found by its first byte (`memchr`): a substring searcher's set-up
    // on every line cost more than the search.
    let formula = || {
        text.match_indices('T').any(|(k, _)| {
            let word = text[..k].trim_end_matches(['*', '_']);
            text[k..].starts_with("The ")
                && (word.is_empty() || word.ends_with(' '))
                && formula_run_in(ahead(text, k)).is_some()
        })
    };
    if !long && !formula() && !numbered_pair(text) {
        return None;
    }
    Some(opening(text).unwrap_or(Start::Front))
}

/// Whether `text` holds paragraphs `1.` and `2.` after its start, each
/// with a capital after its number, the second after the first's end
/// (`… ; Therefore 1. The Security Council requests …; 2. The Security
/// Council directs …`): two numbered paragraphs on one line, which no
/// printed layout sets.
fn numbered_pair(text: &str) -> bool {
    // Searched as `1. ` and `2. ` by their digit (`memchr`), which most
    // lines do not hold: a line is not read word by word for it.
    let opens = |k: usize, n: u32| {
        let head = text[..k].trim_end_matches(['*', '_']);
        head.ends_with(' ') && numbered_start(ahead(text, k)).is_some_and(|(m, _)| m == n)
    };
    let found = |digit: char, from: usize| {
        text[from..]
            .match_indices(digit)
            .map(move |(k, _)| from + k)
            .filter(move |&k| text.as_bytes().get(k + 1..k + 3) == Some(b". "))
    };
    let Some(one) = found('1', 0).find(|&k| opens(k, 1)) else {
        return false;
    };
    found('2', one)
        .any(|k| opens(k, 2) && matches!(paragraph_end(before(text, k)), Some(b';' | b':' | b'.')))
}

/// The unit a line opens with, where it is a paragraph: its number or a
/// preambular lead.
fn opening(text: &str) -> Option<Start> {
    let t = ahead(text, 0);
    if let Some((n, _)) = run(paragraph_number, t) {
        return Some(Start::Operative(n));
    }
    // A lone comma where an export left out the formula (`, Recalling its
    // resolution …`, the Economic and Social Council's Word exports).
    let t = t.trim_start_matches([',', ' ', '*', '_']);
    run(preambular_lead, t).map(|_| Start::Preamble)
}

/// What follows an enacting formula on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AfterFormula {
    /// A preambular lead, after the formula's comma.
    Preamble,
    /// `1.`, the first operative paragraph.
    Numbered,
    /// An operative lead: the operative paragraphs are unnumbered.
    Unnumbered,
    /// Section `I` and its title (`The General Assembly, I Revised
    /// estimates …`): a resolution in sections.
    Section,
}

/// Where the formula that opens `text` ends and the unit after it starts
/// (`The General Assembly, Recalling …` → the offset of `Recalling`), and
/// what that unit is; where a lead or a first numbered paragraph follows
/// the formula.
fn formula_run_in(text: &str) -> Option<(usize, AfterFormula)> {
    let t = text.trim_start_matches(['*', '_']);
    let (_, rest) = run(body, t.strip_prefix("The ")?)?;
    // `*The General Assembly,*`, `_The General Assembly_ ,`: emphasis
    // closed before or after the comma.
    let rest = rest.trim_start_matches(['*', '_']);
    let (comma, rest) = match rest.trim_start_matches(' ').strip_prefix([',', ':']) {
        Some(after) => (true, after.trim_start_matches(['*', '_'])),
        None => (false, rest),
    };
    let unit = rest.trim_start_matches(' ');
    if unit.len() == rest.len() {
        // No space after the formula: `The General Assembly,1` is no formula.
        return None;
    }
    let word = unit.trim_start_matches(['*', '_']);
    let after = if numbered_start(word).is_some_and(|(n, _)| n == 1) {
        AfterFormula::Numbered
    } else if comma && run(attested_preambular_lead, word).is_some() {
        AfterFormula::Preamble
    } else if run(attested_operative_lead, word).is_some() {
        AfterFormula::Unnumbered
    } else if section_numeral(word) == Some(1) {
        AfterFormula::Section
    } else {
        return None;
    };
    Some((text.len() - unit.len(), after))
}

/// The value of the section numeral that opens `text` (`II Capital master
/// plan …` → 2): an upper-case Roman numeral alone, a capital after it.
fn section_numeral(text: &str) -> Option<u32> {
    let n = text.bytes().take_while(|b| b"IVXL".contains(b)).count();
    let rest = text.get(n..)?.strip_prefix(' ')?;
    if n == 0 || n > 6 || !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    roman_value(&text[..n].to_ascii_lowercase())
}

/// The value of the heading numeral that opens `text` in an annex (`II.
/// Product safety regulation …` → 2): an upper-case Roman numeral, a
/// full stop, a capital.
fn annex_heading(text: &str) -> Option<u32> {
    let n = text.bytes().take_while(|b| b"IVXL".contains(b)).count();
    let rest = text.get(n..)?.strip_prefix(". ")?;
    if n == 0 || n > 6 || !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    roman_value(&text[..n].to_ascii_lowercase())
}

/// Whether `text` opens with the organ as the subject of an operative
/// paragraph: `The Security Council requests …` (early Council texts,
/// DOMAIN.md §4).
fn organ_subject(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("The ") else {
        return false;
    };
    run(body, rest).is_some_and(|(_, after)| {
        after
            .strip_prefix(' ')
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
    })
}

/// `n.` opening `text` with a capital after it (past emphasis): an
/// operative paragraph's number, and the length of the number.
fn numbered_start(text: &str) -> Option<(u32, usize)> {
    let (n, rest) = run(paragraph_number, text)?;
    rest.trim_start_matches(['*', '_'])
        .starts_with(|c: char| c.is_uppercase())
        .then_some((n, text.len() - rest.len()))
}

/// The kind of a list of subparagraphs: `(a)`, `(b)` … or `(i)`, `(ii)` ….
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Letters,
    Roman,
}

/// Which part of the document the reader is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Before the formula.
    Front,
    /// The paragraphs.
    Body,
    /// After the closing lines.
    Tail,
}

/// The reader of one run-in line: where it is, and what it expects next.
#[derive(Debug)]
struct Reader {
    part: Part,
    /// No operative paragraph yet: a preambular lead opens a paragraph.
    preamble: bool,
    /// The number the next operative paragraph carries.
    next_number: u32,
    /// The operative paragraphs are unnumbered (one opened by its lead).
    unnumbered: bool,
    /// The open lists of subparagraphs, outermost first, with the value
    /// of the last label of each.
    lists: Vec<(ListKind, u32)>,
    /// A rule was passed: notes are read (until a unit of the body).
    notes: bool,
    /// The number the next note carries.
    next_note: Option<u32>,
    /// The last cut was before a rule: the word after it opens a line.
    after_rule: bool,
    /// Inside a bracketed origin line (`[on the report of …]`).
    in_origin: bool,
    /// Inside a run of link targets after a page's notes
    /// (`http://undocs.org/A/70/53`).
    in_urls: bool,
    /// The document's symbol as the front prints it (`A/RES/80/204`), as
    /// a range of the line: where a page's head repeats it, the page's
    /// text goes on after it.
    symbol: Option<(usize, usize)>,
    /// Where the title opens in the front (after `80/119.` or the
    /// sponsors' line), and the title once the formula ends it: a page's
    /// head may print it after the symbol (`A/RES/80/119 Consumer product
    /// safety Affirming also …`).
    title_start: Option<usize>,
    /// The title, as a range of the line, once the formula ended it.
    title: Option<(usize, usize)>,
    /// Where the title next stands in the body, as far as it was looked
    /// for (`usize::MAX`: nowhere): a page's running head.
    head_at: usize,
    /// The cuts so far, in order.
    cuts: Vec<usize>,
    /// Word starts before this are inside a unit already cut.
    skip_to: usize,
    /// The word after a markdown heading's marks: no cut before it, the
    /// marks open its line (`## **Resolution adopted …**`).
    keep_at: usize,
    /// A note was cut since the notes began: after its full stop, what is
    /// no note goes on with the page's paragraph.
    note_seen: bool,
    /// The open operative paragraph adopts a text it quotes whole
    /// (`Adopts the following political declaration …:`): its title
    /// follows the colon.
    adopting: bool,
    /// Inside a text the resolution adopts or annexes: a declaration's
    /// paragraph opens with `We` (`… a global epidemic We, Heads of State
    /// and Government …`).
    quoted: bool,
    /// The number of the next section (`I`, `II` …).
    next_section: u32,
    /// Inside an annex: its paragraphs' numbers follow one another
    /// whatever ends the text before (a heading's title ends with no
    /// punctuation: `I. General principles for the safety of products on
    /// the market 1. All products …`), and its headings are numbered `I.`.
    annexed: bool,
    /// A section's title is open: the first paragraph under it opens with
    /// its lead, the title ending with no punctuation (`II Capital master
    /// plan Recalling …`).
    in_heading: bool,
    /// Where `A`, the first part's letter, stands in the front, before its
    /// title (`78/71. Questions relating to information A Information in
    /// the service of humanity The General Assembly, …`).
    part_a: Option<usize>,
}

/// Where to cut `text`, a run-in line opening with `start`: the offsets of
/// the word starts that open a unit, in order.
fn units(text: &str, start: Start) -> Vec<usize> {
    let mut reader = Reader {
        part: Part::Body,
        preamble: true,
        next_number: 1,
        unnumbered: false,
        lists: Vec::new(),
        notes: false,
        next_note: None,
        after_rule: false,
        in_origin: false,
        in_urls: false,
        symbol: None,
        title_start: None,
        title: None,
        head_at: 0,
        cuts: Vec::new(),
        skip_to: 0,
        keep_at: 0,
        note_seen: false,
        adopting: false,
        quoted: false,
        next_section: 1,
        annexed: false,
        in_heading: false,
        part_a: None,
    };
    match start {
        Start::Front => reader.part = Part::Front,
        Start::Preamble => {}
        Start::Operative(n) => {
            reader.preamble = false;
            reader.next_number = n.saturating_add(1);
        }
    }
    // The line's own start is a unit's: a formula there is read for what
    // follows it.
    reader.word(text, 0);
    // Every word start: the spaces found eight bytes at a time (a
    // `memchr` call per space, or a test per byte, cost more on a text
    // whose words are short); a word in lower case opens no unit but among
    // notes and after a rule, and is passed over without a call.
    let bytes = text.as_bytes();
    let visit = |word: u64, base: usize, reader: &mut Reader| {
        let mut spaces = eq_bytes(word, b' ');
        while spaces != 0 {
            let p = base + (spaces.trailing_zeros() / 8) as usize + 1;
            spaces &= spaces - 1;
            let Some(&first) = bytes.get(p) else {
                continue;
            };
            let lower_read = reader.notes || reader.after_rule;
            if first == b' ' || p < reader.skip_to || (first.is_ascii_lowercase() && !lower_read) {
                continue;
            }
            reader.word(text, p);
        }
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        visit(u64::from_le_bytes(word), base, &mut reader);
        base += 8;
    }
    let mut word = [0; 8];
    for (w, &b) in word.iter_mut().zip(chunks.remainder()) {
        *w = b;
    }
    visit(u64::from_le_bytes(word), base, &mut reader);
    reader.cuts
}

impl Reader {
    /// A cut before `p` (the line's start is none).
    fn cut(&mut self, p: usize) {
        if p > 0 && p != self.keep_at && self.cuts.last().is_none_or(|&last| last < p) {
            self.cuts.push(p);
        }
    }

    /// Reads the word at `p`: cuts before it where it opens a unit.
    fn word(&mut self, text: &str, p: usize) {
        let first = text.as_bytes().get(p).copied().unwrap_or(b' ');
        if self.after_rule {
            // The word after a rule opens the first note, or the text
            // under the rule.
            self.after_rule = false;
            self.cut(p);
            let ahead = ahead(text, p);
            let number = run(plain_note_start, ahead).or_else(|| run(footnote_start, ahead));
            if let Some((FootnoteMarker::Number(n), _)) = number {
                if self.notes {
                    self.next_note = n.checked_add(1);
                    self.note_seen = true;
                }
            }
            return;
        }
        if self.notes && self.notes_end(text, p, first) {
            return;
        }
        // Most words open with a small letter: none of them opens a unit,
        // and nothing more is read.
        if first.is_ascii_lowercase() || (!first.is_ascii() && superscript_start(text, p).is_none())
        {
            return;
        }
        if first.is_ascii_uppercase() && !self.reads_capital(text, first) {
            return;
        }
        let ahead = ahead(text, p);
        if let Some(after_rule) = rule(ahead) {
            self.cut(p);
            self.after_rule = after_rule;
            // A rule in the front is the front matter's (`--- symbol: … ---`).
            if self.part != Part::Front {
                self.notes = true;
                self.note_seen = false;
            }
            return;
        }
        if let Some((unit, after)) = formula_run_in(ahead) {
            if let (Part::Front, Some(start)) = (self.part, self.title_start) {
                let end = text[..p].trim_end().len();
                if start < end && end - start <= MAX_TITLE {
                    self.title = Some((start, end));
                }
            }
            if let Some(a) = self.part_a.take().filter(|_| self.part == Part::Front) {
                // The first part's letter alone on its line, then its title.
                self.cut(a);
                self.cut(skip_spaces(text, a + 1));
            }
            self.cut(p);
            self.cut(p + unit);
            // The unit after the formula is read here: the next word
            // goes on in it.
            self.skip_to = p + unit + 1;
            self.part = Part::Body;
            self.preamble = after == AfterFormula::Preamble;
            self.unnumbered = after == AfterFormula::Unnumbered;
            self.next_number = if after == AfterFormula::Numbered {
                2
            } else {
                1
            };
            self.lists.clear();
            self.notes = false;
            self.adopting = adopts(ahead.get(unit..).unwrap_or(""));
            if after == AfterFormula::Section {
                self.preamble = true;
                self.next_section = 2;
                self.in_heading = true;
            }
            return;
        }
        if first == b'#' && heading_mark(ahead) {
            self.cut(p);
            self.in_origin = false;
            let marks = ahead
                .bytes()
                .take_while(|&b| b == b'#' || b == b' ')
                .count();
            self.keep_at = p + marks;
            return;
        }
        // `[^3]: See …`: a markdown note's definition opens a line, and
        // the notes.
        if first == b'[' && ahead.starts_with("[^") && run(footnote_start, ahead).is_some() {
            self.cut(p);
            self.notes = true;
            self.next_note = None;
            return;
        }
        // A note opens with its number (among notes), a raised number,
        // `<sup>`, `[^`, or asterisks: no capital letter (most words read
        // here) is looked at.
        let may_note = (self.notes && first.is_ascii_digit()) || may_start_footnote(ahead);
        if may_note && (self.notes || self.part == Part::Body) && self.note_start(text, p, ahead) {
            self.cut(p);
            self.notes = true;
            self.note_seen = true;
            return;
        }
        if self.notes && self.note_seen && self.part == Part::Body && self.goes_on(text, p, ahead) {
            // The paragraph the page's notes stood in goes on
            // (`… sect. A. Assembly to commemorate …`).
            self.cut(p);
            self.notes = false;
        }
        if self.part != Part::Front && (first.is_ascii_digit() || first == b'*') {
            // Among notes, a page counter alone is furniture too (`… 1 2/2
            // A/80/83.`, pdftotext's order at a page's foot).
            // Where a note ended or its number stands (never `resolution
            // 50/245`).
            let counter = || {
                let before = before(text, p).trim_end();
                let word = &before[before.rfind(' ').map_or(0, |k| k + 1)..];
                let placed = before.ends_with('.')
                    || (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()));
                run(page_counter, ahead)
                    .filter(|(_, rest)| placed && (rest.is_empty() || rest.starts_with(' ')))
                    .map(|(_, rest)| &ahead[..ahead.len() - rest.len()])
            };
            let foot = run(page_foot, ahead)
                .map(|(foot, _)| foot)
                .or_else(|| self.notes.then(counter).flatten());
            if let Some(foot) = foot {
                // A page's foot, a line of its own: the next page's head
                // follows it (pdftotext), or the page's text (`PyMuPDF`).
                self.cut(p);
                let end = p + foot.len();
                let next = skip_spaces(text, end);
                if next > end && next < text.len() {
                    self.cut(next);
                }
                self.skip_to = next;
                self.notes = self.notes && self.part == Part::Tail;
                return;
            }
        }
        if self.part == Part::Body && self.running_head(text, p) {
            return;
        }
        if self.part == Part::Body && self.is_symbol(text, p) {
            // The next page's head ends with the document's symbol; its
            // text goes on after it.
            let after = self.symbol.map_or(p, |(s, e)| p + (e - s));
            let mut next = skip_spaces(text, after);
            if next > after && next < text.len() {
                self.cut(next);
            }
            // The title after the symbol is the head's too.
            if let Some(title) = self.title.and_then(|(s, e)| text.get(s..e)) {
                let end = next + title.len();
                if text.get(next..end) == Some(title) && text.as_bytes().get(end) == Some(&b' ') {
                    next = skip_spaces(text, end);
                    self.cut(next);
                }
            }
            self.skip_to = next;
            self.notes = false;
            return;
        }
        match self.part {
            Part::Front => self.front(text, p, ahead),
            Part::Body => self.body(text, p, ahead),
            Part::Tail => self.tail(p, ahead),
        }
    }

    /// Whether a word opening with the capital `first` may open a unit
    /// here. In the body, outside the preamble, an unnumbered part, an
    /// adopted or annexed text and a section's title, a capital opens one
    /// only as the formula (`The`), a section's numeral, a Council's
    /// adoption line (`Adopted`), the document's symbol or title: the names
    /// a numbered paragraph is full of (`Charter`, `United Nations`) are
    /// passed over with one test.
    fn reads_capital(&self, text: &str, first: u8) -> bool {
        let opens = |range: Option<(usize, usize)>| {
            range.is_some_and(|(s, _)| text.as_bytes().get(s) == Some(&first))
        };
        self.part != Part::Body
            || self.notes
            || self.preamble
            || self.unnumbered
            || self.adopting
            || self.quoted
            || self.in_heading
            || matches!(first, b'T' | b'I' | b'V' | b'X' | b'L' | b'A')
            || opens(self.symbol)
            || opens(self.title)
    }

    fn last_cut(&self) -> usize {
        self.cuts.last().copied().unwrap_or(0)
    }

    /// Whether the title the front printed stands at `p`, a page's running
    /// head in the text (`… in its Open-ended working group on security of
    /// and in the use of resolution 79/237 …`, a head between a
    /// paragraph's halves); cuts it off into a line of its own. A title
    /// shorter than [`MIN_HEAD_TITLE`] is not looked for.
    fn running_head(&mut self, text: &str, p: usize) -> bool {
        let Some(title) = self
            .title
            .filter(|(s, e)| e - s >= MIN_HEAD_TITLE)
            .and_then(|(s, e)| text.get(s..e))
        else {
            return false;
        };
        if self.head_at < p {
            // The next occurrence, looked for once from here: the searches
            // never cover the same text twice (linear).
            self.head_at = text
                .get(p..)
                .and_then(|rest| rest.find(title))
                .map_or(usize::MAX, |k| p + k);
        }
        if self.head_at != p {
            return false;
        }
        let end = p + title.len();
        if text.as_bytes().get(end).is_some_and(|&b| b != b' ') {
            return false;
        }
        self.cut(p);
        let next = unit_end(text, end);
        if next < text.len() {
            self.cut(next);
        }
        self.skip_to = next;
        self.notes = false;
        true
    }

    /// Whether the word at `p` is the document's symbol as the front
    /// prints it, whole.
    fn is_symbol(&self, text: &str, p: usize) -> bool {
        let Some((s, e)) = self.symbol else {
            return false;
        };
        let end = p + (e - s);
        s != p
            && text.get(p..end).is_some_and(|w| Some(w) == text.get(s..e))
            && text.as_bytes().get(end).is_none_or(|&b| b == b' ')
    }

    /// Among a page's notes: cuts before a run of link targets after them
    /// (`… sect. A. http://undocs.org/A/70/53`) and after it, and before a
    /// small letter after a note's full stop, the paragraph the notes
    /// stood in going on (`… sect. A. to commemorate …`). Whether the word
    /// at `p` was read so.
    fn notes_end(&mut self, text: &str, p: usize, first: u8) -> bool {
        let word = text.get(p..).unwrap_or("");
        let url = ["http://", "https://"].iter().any(|u| {
            word.get(..u.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(u))
        });
        let before = before(text, p);
        if url {
            if self.in_urls || paragraph_end(before) == Some(b'.') {
                self.cut(p);
                self.in_urls = true;
                return true;
            }
            return false;
        }
        if self.in_urls {
            // The page's text goes on after its notes' link targets.
            self.in_urls = false;
            self.cut(p);
            if self.part == Part::Body {
                self.notes = false;
            }
            return false;
        }
        if self.part == Part::Body
            && self.note_seen
            && first.is_ascii_lowercase()
            && ends_with_full_stop(before)
            && !ends_with_abbreviation(before)
        {
            self.cut(p);
            self.notes = false;
            return true;
        }
        false
    }

    /// Whether the capitalised word at `p`, after a note's full stop, is
    /// the page's paragraph going on rather than a note's next sentence:
    /// no note's number or mark, and none of the words a note's sentence
    /// opens with ([`NOTE_SENTENCE_OPENERS`]).
    fn goes_on(&self, text: &str, p: usize, ahead: &str) -> bool {
        let before = before(text, p);
        let word = ahead.trim_start_matches(['*', '_']);
        let head = word.split([' ', ',', '.']).next().unwrap_or("");
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && ends_with_full_stop(before)
            && !ends_with_abbreviation(before)
            && !NOTE_SENTENCE_OPENERS.contains(&head)
    }

    /// Whether the word at `p` opens the next note of a page's or the
    /// document's notes: its number after the end of the note before
    /// (`… (A/74/53). 2 Ibid., …`), a raised number or `*`, `[^3]:`.
    fn note_start(&mut self, text: &str, p: usize, ahead: &str) -> bool {
        let before = before(text, p);
        let first = ahead.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_digit() {
            // A plain number opens a note only among notes, after the
            // note before (`… (A/74/53). 2 Ibid., …`).
            let ended = matches!(paragraph_end(before), Some(b'.' | b')'));
            if !self.notes || !ended || ends_with_abbreviation(before) {
                return false;
            }
            // The next note's number, or the one after it where the
            // extraction set a number elsewhere (`… (III). See resolution
            // 2200 A (XXI), annex. 3 Ibid.`, note 2's number lost).
            let owed = |n: u32| {
                self.next_note
                    .is_none_or(|m| n == m || Some(n) == m.checked_add(1))
            };
            return match run(plain_note_start, ahead) {
                Some((FootnoteMarker::Number(n), _)) if owed(n) => {
                    self.next_note = n.checked_add(1);
                    true
                }
                _ => false,
            };
        }
        // `¹ A/CONF.157/24 …`, `* On behalf of …`: a raised number or
        // asterisks alone, then a capital, open a note wherever they
        // stand (a marker in the text is glued to its word or followed by
        // the text's own words).
        match run(footnote_start, ahead) {
            Some((FootnoteMarker::Number(n), rest))
                if first != b'['
                    && rest
                        .trim_start_matches(['[', '*', '_'])
                        .starts_with(|c: char| c.is_uppercase()) =>
            {
                let owed = self
                    .next_note
                    .is_none_or(|m| n == m || Some(n) == m.checked_add(1));
                if owed {
                    self.next_note = n.checked_add(1);
                }
                owed
            }
            Some((FootnoteMarker::Asterisks(_), rest)) => {
                first == b'*' && rest.starts_with(|c: char| c.is_uppercase())
            }
            _ => false,
        }
    }

    /// The front: the adoption line, its origin, the number and title, the
    /// sponsors' line.
    fn front(&mut self, text: &str, p: usize, ahead: &str) {
        let before = before(text, p);
        let closed = before.trim_end().trim_end_matches(['*', '_']);
        let word = ahead.trim_start_matches(['*', '_']);
        let w0 = p + (ahead.len() - word.len());
        if self.symbol.is_none() && word.as_bytes().get(1) == Some(&b'/') {
            if let Some((symbol, _)) = run(document_symbol, word) {
                self.symbol = Some((w0, w0 + symbol.len()));
            }
        }
        if let Some((_, title)) = run(resolution_number, word) {
            self.title_start = Some(w0 + (word.len() - title.len()));
        }
        if word.starts_with("A ")
            && word[2..].starts_with(|c: char| c.is_uppercase())
            && self.title_start.is_some()
        {
            // Titles are printed in sentence case (`A world fit for
            // children`): `A` before a capital is the first part's letter.
            self.part_a = Some(w0);
        }
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            // `Distr.: General 25 January 1946 MILITARY STAFF COMMITTEE`:
            // the issue date under the distribution, a line of its own.
            let distribution = ["General", "Limited", "Restricted"]
                .iter()
                .any(|d| closed.ends_with(d) && closed.contains("Distr"));
            if distribution {
                if let Some((_, after)) = run(date, word) {
                    self.cut(p);
                    self.cut(unit_end(text, w0 + (word.len() - after.len())));
                    return;
                }
            }
            // `1 (1946) Resolution of 25 January 1946`: the heading of a
            // Council compilation's text, a line of its own.
            if let Some((_, after)) = run(compilation_heading, word) {
                self.cut(p);
                self.cut(unit_end(text, w0 + (word.len() - after.len())));
                return;
            }
            // No formula: the operative part opens with `1.` (`… ;
            // Therefore 1. The Security Council requests …`).
            if let Some((1, len)) = numbered_start(word) {
                let after = word[len..].trim_start_matches(['*', '_']);
                if organ_subject(after)
                    || run(attested_operative_lead, after).is_some()
                    || matches!(paragraph_end(before), Some(b';' | b':' | b'.'))
                {
                    self.cut(p);
                    self.part = Part::Body;
                    self.preamble = false;
                    self.next_number = 2;
                }
                return;
            }
        }
        if let Some(inner) = word.strip_prefix('[') {
            let inner = inner.trim_start_matches(['*', '_']);
            if [
                "on the report of",
                "on the recommendation of",
                "without reference to",
            ]
            .iter()
            .any(|o| inner.starts_with(o))
            {
                self.cut(p);
                self.in_origin = true;
            }
            return;
        }
        if self.in_origin && closed.ends_with(']') {
            self.cut(p);
            self.in_origin = false;
            return;
        }
        if word.starts_with("Resolution adopted by the ")
            || word.starts_with("Decision adopted by the ")
        {
            self.cut(p);
            return;
        }
        // `… 19 September 2025 80/1. Participation …`: the number and
        // title after the adoption line's date.
        if run(resolution_number, word).is_some() && ends_with_year(closed) {
            self.cut(p);
            return;
        }
        // `Cuba:* draft resolution Enhancement of …`: the title after the
        // sponsors' line.
        let lower = closed.trim_end_matches(['*', '_']).to_ascii_lowercase();
        if (lower.ends_with("draft resolution") || lower.ends_with("draft decision"))
            && word.starts_with(|c: char| c.is_uppercase())
        {
            self.cut(p);
            self.title_start = Some(w0);
        }
    }

    /// The body: paragraphs, their subparagraphs, the closing line.
    fn body(&mut self, text: &str, p: usize, ahead: &str) {
        let word = ahead.trim_start_matches(['*', '_']);
        let first = word.as_bytes().first().copied().unwrap_or(b' ');
        // A capitalised word opens a unit only as a lead (where one is
        // looked for), a section's numeral or a Council's adoption line:
        // in a numbered operative part most capitals are names, and
        // nothing more is read of them.
        let may_open = self.preamble
            || self.unnumbered
            || self.adopting
            || self.quoted
            || self.in_heading
            || !first.is_ascii_uppercase()
            || matches!(first, b'I' | b'V' | b'X' | b'L' | b'A');
        if !may_open {
            return;
        }
        let before = before(text, p);
        let end = paragraph_end(before);
        if first == b'(' {
            if self.label(before, end, word) {
                self.cut(p);
                self.notes = false;
            }
            return;
        }
        if first.is_ascii_digit() {
            if let Some((n, len)) = numbered_start(word) {
                // The number the text owes next, after a paragraph's end;
                // or, before an operative lead, that number wherever it
                // stands (a source that lost a paragraph's end: `… a
                // systematic and progressive process 3. Welcomes …`) or the
                // one after it (a paragraph's number lost).
                let lead = || {
                    let after = word[len..].trim_start_matches(['*', '_']);
                    run(attested_operative_lead, after).is_some() || organ_subject(after)
                };
                let expected = if self.preamble || self.unnumbered {
                    1
                } else {
                    self.next_number
                };
                let ended = if expected == 1 {
                    matches!(end, Some(b',' | b';' | b':' | b'.'))
                } else {
                    matches!(end, Some(b';' | b':' | b'.'))
                };
                // Under a section's title the numbers start again or go
                // on (`II Multilingualism and public information 3.
                // Emphasizes …`).
                let goes_on = self.in_heading && n == self.next_number;
                let opens = ((n == expected || goes_on) && (ended || lead() || self.annexed))
                    || (n == expected.saturating_add(1) && ended && lead());
                if opens {
                    self.cut(p);
                    self.preamble = false;
                    self.unnumbered = false;
                    self.next_number = n.saturating_add(1);
                    self.lists.clear();
                    self.notes = false;
                    self.adopting = !self.quoted && adopts(&word[len..]);
                    self.in_heading = false;
                }
                return;
            }
            self.closing(
                text,
                p + (ahead.len() - word.len()),
                word,
                end == Some(b'.'),
            );
            return;
        }
        if !first.is_ascii_uppercase() {
            return;
        }
        // `… safety I. General principles …`, `… public. II. Product
        // safety regulation …`: the annex's next heading (or the one after
        // it, a heading the extraction moved); its first paragraph is cut
        // by its number.
        let heading = self.annexed.then(|| annex_heading(word)).flatten();
        if let Some(n) = heading.filter(|&n| n == self.next_section || n == self.next_section + 1) {
            // After a paragraph's end, or opening a page (its head cut off).
            if n == 1 || matches!(end, Some(b'.' | b';' | b':')) || self.last_cut() == p {
                self.cut(p);
                self.next_section = n + 1;
                self.lists.clear();
            }
            return;
        }
        if end.is_some() && section_numeral(word) == Some(self.next_section) {
            // `…; II Capital master plan Recalling …`: the next section's
            // numeral and title.
            self.cut(p);
            self.next_section += 1;
            self.in_heading = true;
            // A section may have a preamble of its own; its numbers start
            // again or go on.
            self.preamble = true;
            self.unnumbered = false;
            self.lists.clear();
            self.notes = false;
            return;
        }
        if self.in_heading {
            // The section's first paragraph, after its title.
            if run(attested_preambular_lead, word).is_some() {
                self.cut(p);
                self.in_heading = false;
            } else if run(attested_operative_lead, word).is_some() {
                self.cut(p);
                self.in_heading = false;
                self.preamble = false;
                self.unnumbered = true;
            }
            return;
        }
        if end == Some(b'.') && word.starts_with("Adopted ") && run(sc_adoption, word).is_some() {
            // A Council compilation's adoption line ends the body; notes
            // follow it (`… Adopted at the 2nd meeting. 22 22 Adopted
            // without vote.`).
            self.cut(p);
            self.part = Part::Tail;
            self.notes = true;
            self.note_seen = false;
            return;
        }
        // After a full stop too: a note that stood between two paragraphs
        // ends with one (`… (Vol. III)). Reiterating …`).
        let preambular = self.preamble
            && (matches!(end, Some(b',' | b';'))
                || (end == Some(b'.') && !ends_with_abbreviation(before)))
            && run(attested_preambular_lead, word).is_some();
        // An unnumbered operative paragraph: the one after the preamble
        // (`…,1,2 Takes note of …`), or the next of an unnumbered part.
        let operative = (self.preamble && matches!(end, Some(b',' | b';' | b':')))
            || (self.unnumbered && matches!(end, Some(b';' | b'.')));
        if preambular {
            self.cut(p);
            self.lists.clear();
            self.notes = false;
        } else if operative && run(attested_operative_lead, word).is_some() {
            self.cut(p);
            self.preamble = false;
            self.unnumbered = true;
            self.lists.clear();
            self.notes = false;
            self.adopting = !self.quoted && adopts(word);
        } else if self.adopting && end == Some(b':') {
            // The title of the text the paragraph adopts.
            self.cut(p);
            self.adopting = false;
            self.quoted = true;
            self.next_number = 1;
        } else if self.quoted && declaration_paragraph(before, word) {
            self.cut(p);
        }
    }

    /// Whether the label opening `word` is the next of an open list (after
    /// `;`, `; and`) or opens one (`(a)`, `(i)` after `:`); follows it.
    fn label(&mut self, before: &str, end: Option<u8>, word: &str) -> bool {
        let Some((RawLabel::Letters(s), _)) = run(subparagraph_label, word) else {
            return false;
        };
        // `…; and (c)`, `…, or (d)`.
        let end = end.or_else(|| {
            let t = before.trim_end();
            let t = t.strip_suffix(" and").or_else(|| t.strip_suffix(" or"));
            t.and_then(paragraph_end)
                .filter(|&e| e == b';' || e == b',')
        });
        match end {
            Some(b':') => {
                let kind = match s {
                    "a" => ListKind::Letters,
                    "i" => ListKind::Roman,
                    _ => return false,
                };
                if self.lists.len() >= MAX_DEPTH {
                    return false;
                }
                self.lists.push((kind, 1));
                true
            }
            Some(b';' | b',') => {
                // The innermost list the label goes on, closing those
                // inside it.
                let at = self.lists.iter().rposition(|&(kind, last)| {
                    let value = match kind {
                        ListKind::Letters => letter_value(s),
                        ListKind::Roman => roman_value(s),
                    };
                    value == last.checked_add(1)
                });
                match at {
                    Some(at) => {
                        self.lists.truncate(at + 1);
                        if let Some(list) = self.lists.last_mut() {
                            list.1 += 1;
                        }
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// The closing line at `p`, the start of `word` (`50th plenary
    /// meeting`; emphasis before it), after the last paragraph's full stop
    /// (`ended`) or before its date (a line the extraction moved leaves
    /// the paragraph before unfinished: `… at its eighty-first 69th plenary
    /// meeting 18 December 2025`): cut before it, before its date and
    /// after.
    fn closing(&mut self, text: &str, p: usize, word: &str, ended: bool) {
        let Some((_, rest)) = run(meeting, word) else {
            return;
        };
        let at = p + (word.len() - rest.len());
        let date_at = at + (rest.len() - rest.trim_start_matches(' ').len());
        let dated = (date_at > at)
            .then(|| run(date, ahead(text, date_at)))
            .flatten();
        if !ended && dated.is_none() {
            return;
        }
        // Emphasis before the number goes with the line.
        self.cut(text[..p].trim_end_matches(['*', '_']).len());
        self.part = Part::Tail;
        self.notes = false;
        let Some((_, after)) = dated else {
            self.skip_to = date_at;
            return;
        };
        self.cut(date_at);
        let end = date_at + (ahead(text, date_at).len() - after.len());
        // What follows the date opens a line of its own (notes, an annex,
        // the next part).
        let next = skip_spaces(text, end);
        if next > end && next < text.len() {
            self.cut(next);
        }
        // The word after the date is read for what it opens (a rule).
        self.skip_to = next;
    }

    /// After the closing: an annex, or the letter of the next part.
    fn tail(&mut self, p: usize, ahead: &str) {
        let word = ahead.trim_start_matches(['*', '_']);
        if let Some(rest) = word.strip_prefix("Annex") {
            if rest.is_empty() || rest.starts_with(' ') {
                self.cut(p);
                self.part = Part::Body;
                // An annexed text may have a preamble of its own (`The
                // States Parties to this Convention, Reaffirming …`).
                self.preamble = true;
                self.next_number = 1;
                self.unnumbered = false;
                self.lists.clear();
                self.quoted = true;
                self.annexed = true;
                self.next_section = 1;
            }
            return;
        }
        // `… 5 December 2023 B United Nations global …`: a part's letter
        // alone, then its title (the formula is cut by itself).
        let bytes = word.as_bytes();
        if self.last_cut() == p
            && bytes.first().is_some_and(u8::is_ascii_uppercase)
            && bytes.get(1) == Some(&b' ')
            && bytes.get(2).is_some_and(u8::is_ascii_uppercase)
        {
            self.cut(p + (ahead.len() - word.len()) + 2);
        }
    }
}

/// Words that open a note's second sentence (`… (A/80/53). See also …`),
/// rather than the rest of the paragraph a page's notes interrupted.
const NOTE_SENTENCE_OPENERS: &[&str] = &[
    "See",
    "Ibid",
    "Also",
    "The",
    "This",
    "These",
    "For",
    "Available",
    "Adopted",
    "Issued",
    "Published",
    "Reproduced",
    "Resolution",
    "Decision",
    "Document",
    "Documents",
    "Official",
    "United",
    "No",
];

/// Whether an operative paragraph whose text (after its number) is
/// `text` adopts a text it then quotes (`Adopts the following …:`).
fn adopts(text: &str) -> bool {
    let word = text.trim_start_matches(['*', '_', ' ']);
    ["Adopts ", "Approves ", "Endorses "]
        .iter()
        .any(|v| word.starts_with(v))
}

/// Whether `word` opens a declaration's paragraph after `before`: `We,`
/// (`We, Heads of State and Government …`), or `We` and its verb after a
/// title, which ends with no punctuation (`We reaffirm …`).
fn declaration_paragraph(before: &str, word: &str) -> bool {
    word.starts_with("We, ")
        || (paragraph_end(before).is_none()
            && !before
                .trim_end()
                .ends_with(|c: char| c.is_ascii_punctuation())
            && run(we_lead, word).is_some())
}

/// Whether `text` opens with a rule (three or more `_` or `-`, alone): the
/// separator over a page's notes, a markdown rule.
fn rule(text: &str) -> Option<bool> {
    let b = text.as_bytes();
    let c = *b.first()?;
    if c != b'_' && c != b'-' {
        return None;
    }
    let n = b.iter().take_while(|&&x| x == c).count();
    let alone = b.get(n).is_none_or(|&x| x == b' ');
    (n >= 3 && alone).then_some(b.get(n).is_some())
}

/// Whether `text` opens with a markdown heading's marks (`## `).
fn heading_mark(text: &str) -> bool {
    let n = text.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&n) && text.as_bytes().get(n) == Some(&b' ')
}

/// Whether the word at `p` opens with a raised digit (`¹ A/CONF.157/24 …`).
fn superscript_start(text: &str, p: usize) -> Option<u32> {
    text.get(p..)?.chars().next().and_then(superscript_digit)
}

/// The punctuation that ends `before`, a unit's text so far, past the
/// marks that may follow it: white space, emphasis, raised and `<sup>`
/// markers, `[^3]`, a note's number glued or spaced (`Council,1,2`,
/// `1993, 1`), a closing quote.
fn paragraph_end(before: &str) -> Option<u8> {
    let mut t = before.trim_end();
    loop {
        let len = t.len();
        t = t.trim_end_matches(|c: char| {
            c == ' ' || c == '*' || c == '_' || superscript_digit(c).is_some()
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
        let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if (1..=3).contains(&digits) {
            let head = t[..t.len() - digits].trim_end_matches(' ');
            if head.ends_with([',', ';', ':', '.']) {
                t = head;
            }
        }
        if t.len() == len {
            break;
        }
    }
    let t = t.trim_end_matches(['”', '’', '"']);
    t.as_bytes().last().copied().filter(|b| b",;:.".contains(b))
}

/// Whether `before` ends with a full stop, emphasis aside (a note's end:
/// no marker follows it, and a number after it is the next note's).
fn ends_with_full_stop(before: &str) -> bool {
    before
        .trim_end()
        .trim_end_matches(['*', '_'])
        .ends_with('.')
}

/// Whether `before` ends with a citation's abbreviation (`No.`, `para.`),
/// whose dot ends no sentence.
fn ends_with_abbreviation(before: &str) -> bool {
    let t = before.trim_end();
    let Some(word) = t.strip_suffix('.') else {
        return false;
    };
    let word = &word[word.rfind(' ').map_or(0, |k| k + 1)..];
    CITATION_ABBREVIATIONS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

/// Whether `t` ends with a year (four digits after a space).
fn ends_with_year(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 5 && b[b.len() - 4..].iter().all(u8::is_ascii_digit) && b[b.len() - 5] == b' '
}

/// Where the next unit starts after a unit's text ends at `at`: past the
/// emphasis that closes it (`**1 (1946) Resolution of 25 January 1946**`)
/// and the spaces after.
fn unit_end(text: &str, at: usize) -> usize {
    let marks = text.get(at..).map_or(0, |rest| {
        rest.len() - rest.trim_start_matches(['*', '_']).len()
    });
    skip_spaces(text, at + marks)
}

/// The first byte at or after `at` that is no space.
fn skip_spaces(text: &str, at: usize) -> usize {
    at + text
        .get(at..)
        .map_or(0, |rest| rest.len() - rest.trim_start_matches(' ').len())
}

/// The text before `p`, at most [`LOOK_BACK`] bytes of it.
fn before(text: &str, p: usize) -> &str {
    let mut from = p.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..p).unwrap_or("")
}

/// The text from `p`, at most [`LOOK_AHEAD`] bytes of it.
fn ahead(text: &str, p: usize) -> &str {
    let mut to = (p + LOOK_AHEAD).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(p..to).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::split_lines;

    /// The texts of the lines `input` is cut into.
    fn cut(input: &str) -> Vec<&str> {
        split_run_in_lines(split_lines(input))
            .iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn ok_a_resolution_on_one_line() {
        let input = "Resolution adopted by the General Assembly on 18 December 2019 \
            [on the report of the Third Committee (A/74/394)] 74/132. Report of the \
            Council The General Assembly, Recalling its resolution 60/251, Recalling \
            also its resolution 65/281,1 Noting the report,2,3 1. Decides that: (a) The \
            Council shall meet; (b) It shall report; and (c) It shall end; 2. Requests \
            the Secretary-General to report. 50th plenary meeting 18 December 2019 \
            __________ 1 Official Records (A/74/53). 2 Ibid. 3 Ibid., Supplement No. 2.";
        assert_eq!(
            cut(input),
            [
                "Resolution adopted by the General Assembly on 18 December 2019",
                "[on the report of the Third Committee (A/74/394)]",
                "74/132. Report of the Council",
                "The General Assembly,",
                "Recalling its resolution 60/251,",
                "Recalling also its resolution 65/281,1",
                "Noting the report,2,3",
                "1. Decides that:",
                "(a) The Council shall meet;",
                "(b) It shall report; and",
                "(c) It shall end;",
                "2. Requests the Secretary-General to report.",
                "50th plenary meeting",
                "18 December 2019",
                "__________",
                "1 Official Records (A/74/53).",
                "2 Ibid.",
                "3 Ibid., Supplement No. 2.",
            ]
        );
    }

    #[test]
    fn ok_cut_lines_tile_the_input() {
        let input = "  The General Assembly, Recalling it, Noting it, 1. Decides it. \n\
                     2. Next line\n";
        let lines = split_run_in_lines(split_lines(input));
        assert_eq!(lines.len(), 5);
        for l in &lines {
            assert_eq!(l.span.slice(input), Some(l.text));
            assert!(l.full.start <= l.span.start && l.span.end <= l.full.end);
        }
        for pair in lines.windows(2).take(3) {
            assert_eq!(pair[0].full.end, pair[1].full.start);
        }
        assert_eq!(lines[0].indent, 2);
        assert_eq!(lines[4].text, "2. Next line");
    }

    #[test]
    fn err_a_paragraph_goes_on() {
        // A small letter after a comma, a name, a number the text does not
        // owe: one paragraph.
        assert_eq!(
            cut(
                "The General Assembly, Recalling its resolution 70/1, recalling also the \
                 Conference on Women, Beijing, 4–15 September 1995, and paragraph 3. Decides"
            ),
            [
                "The General Assembly,",
                "Recalling its resolution 70/1, recalling also the Conference on Women, \
                 Beijing, 4–15 September 1995, and paragraph 3. Decides"
            ]
        );
        // No formula, nothing long: a line as printed.
        let line = "Recalling its resolution 70/1, Recalling also its resolution 71/1,";
        assert_eq!(run_in(line), None);
        assert_eq!(cut(line), [line]);
        // The formula alone, or before no lead.
        assert_eq!(run_in("The General Assembly,"), None);
        assert_eq!(
            run_in("The General Assembly, in its resolution 70/1, decided"),
            None
        );
        assert_eq!(
            run_in("by the General Assembly, Recalling nothing at all here"),
            None
        );
    }

    #[test]
    fn ok_formula_run_in() {
        let f = |t| formula_run_in(t).map(|(k, a)| (&t[k..], a));
        assert_eq!(
            f("The General Assembly, Recalling"),
            Some(("Recalling", AfterFormula::Preamble))
        );
        assert_eq!(
            f("*The General Assembly,* *Reaffirming* its"),
            Some(("*Reaffirming* its", AfterFormula::Preamble))
        );
        assert_eq!(
            f("The General Assembly 1. Authorizes"),
            Some(("1. Authorizes", AfterFormula::Numbered))
        );
        assert_eq!(
            f("The General Assembly Adopts the"),
            Some(("Adopts the", AfterFormula::Unnumbered))
        );
        assert_eq!(
            f("The General Assembly, I Revised estimates"),
            Some(("I Revised estimates", AfterFormula::Section))
        );
        assert_eq!(f("The General Assembly Recalling"), None);
        assert_eq!(f("The General Assembly,1 Recalling"), None);
        assert_eq!(f("The General Assembly, II Capital"), None);
    }

    #[test]
    fn ok_paragraph_end() {
        for (before, end) in [
            ("of the Council, ", Some(b',')),
            ("of the Council,1,2 ", Some(b',')),
            ("of the Council,<sup>12</sup>", Some(b',')),
            ("human rights, 3 ", Some(b',')),
            ("in the field,* ", Some(b',')),
            ("the 2030 Agenda”,", Some(b',')),
            ("to report; ", Some(b';')),
            // `; and` before a label is read by the label's rule.
            ("to report; and ", None),
            ("the Council", None),
            ("the years 2000, 2001", None),
        ] {
            assert_eq!(paragraph_end(before), end, "{before}");
        }
    }

    #[test]
    fn ok_notes_and_furniture() {
        let input = "The General Assembly, Recalling the Declaration of the General \
            __________ 1 A/CONF.157/24. 2 Resolution 55/2. http://undocs.org/A/1 \
            Assembly to commemorate it, Noting it, 1. Decides it; 2/4 25-20958 \
            A/RES/80/204 2. Requests it.";
        assert_eq!(
            cut(input),
            [
                "The General Assembly,",
                "Recalling the Declaration of the General",
                "__________",
                "1 A/CONF.157/24.",
                "2 Resolution 55/2.",
                "http://undocs.org/A/1",
                "Assembly to commemorate it,",
                "Noting it,",
                "1. Decides it;",
                "2/4 25-20958",
                // No front printed the symbol: the page's head is no
                // furniture here, and paragraph 2 opens after it, its
                // number and lead being the ones owed.
                "A/RES/80/204",
                "2. Requests it.",
            ]
        );
        // Notes with no rule: raised numbers, and the paragraph going on.
        let input = "The General Assembly, Recalling the General Assembly * On behalf of \
            the Group. ¹ A/CONF.157/24. ² Resolution 55/2. to commemorate it, Noting it,";
        assert_eq!(
            cut(input),
            [
                "The General Assembly,",
                "Recalling the General Assembly",
                "* On behalf of the Group.",
                "¹ A/CONF.157/24.",
                "² Resolution 55/2.",
                "to commemorate it,",
                "Noting it,",
            ]
        );
    }

    #[test]
    fn ok_sections_and_parts() {
        assert_eq!(
            cut(
                "The General Assembly, I Revised estimates Having considered it, 1. Takes \
                 note of it; II Capital master plan Recalling it, 1. Decides it."
            ),
            [
                "The General Assembly,",
                "I Revised estimates",
                "Having considered it,",
                "1. Takes note of it;",
                "II Capital master plan",
                "Recalling it,",
                "1. Decides it.",
            ]
        );
        assert_eq!(
            cut(
                "78/71. Questions relating to information A Information for all The \
                 General Assembly, Noting it, Urges all. 45th plenary meeting 5 December \
                 2023 B Global communications The General Assembly, Recalling it, Urges all."
            ),
            [
                "78/71. Questions relating to information",
                "A",
                "Information for all",
                "The General Assembly,",
                "Noting it,",
                "Urges all.",
                "45th plenary meeting",
                "5 December 2023",
                "B",
                "Global communications",
                "The General Assembly,",
                "Recalling it,",
                "Urges all.",
            ]
        );
    }

    /// No line of a printed layout in `testdata/` is cut otherwise than
    /// stage 1 cut it before this rule, long paragraphs on one line
    /// included (`45. Promote tuberculosis research …`, 1,663 bytes): the
    /// rule changes no text that is not run together (the renderings that
    /// run a body together on one line aside: a dataset's cell,
    /// `.hfrow.txt`, and the unscr.com page, `.unscr.txt`).
    #[test]
    fn err_no_printed_line_is_cut() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata"),
            &mut files,
        );
        let (mut lines, mut long) = (0, 0);
        for path in files.iter().filter(|p| {
            let p = p.to_string_lossy();
            !p.ends_with(".hfrow.txt") && !p.ends_with(".unscr.txt")
        }) {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let lines_of = |run_in: bool| {
                let lines = split_lines(&text);
                let lines = if run_in {
                    split_run_in_lines(lines)
                } else {
                    lines
                };
                let lines = crate::normalize::glued::split_glued_heads(lines);
                crate::normalize::run_on::split_run_on_paragraphs(lines)
            };
            // Stage 1 without this rule: paragraphs run on into a line that
            // opens with its number are the `run_on` rule's, cut alike.
            let printed = lines_of(false);
            lines += printed.len();
            long += printed.iter().filter(|l| run_in(l.text).is_some()).count();
            let read = lines_of(true);
            let cut = read.iter().zip(&printed).find(|(a, b)| a != b);
            assert!(
                read.len() == printed.len() && cut.is_none(),
                "{}: {:?}",
                path.display(),
                cut.map(|(_, b)| b.text)
            );
        }
        assert!(lines > 100_000, "too few lines: {lines}");
        // Long lines are read, and left whole.
        assert!(long > 0);
    }
}
