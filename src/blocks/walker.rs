//! The walk over the body lines: paragraphs, notes, closing lines, annex
//! headings, dropped furniture (the rules are in the [module docs](super)).

use super::notes::{pieces_finished, NoteText, NotesBlock};
use super::{
    annex_title_on_heading, bare, ends_finished, formula_of, is_annex_heading, is_division,
    is_meeting, lone, note_start, ocr_para_number, opens_section, para_number, plain_note,
    section_number, starts_with_lead, strip_trailing_marks, sub_label, word_note, Label, Layout,
    Para,
};
use crate::ast::FootnoteMarker;
use crate::error::DropReason;
use crate::grammar::date::month_name_of;
use crate::grammar::furniture::{furniture_line, job_number_glued, page_counter_glued};
use crate::grammar::label::RawLabel;
use crate::grammar::masthead::{adoption, council_adoption_heading, sc_adoption};
use crate::grammar::phrase::{may_open_lead, operative_lead, preambular_lead};
use crate::grammar::symbol::document_symbol;

/// A necessary condition of `document_symbol` over a whole line: its series
/// (one to four capitals) and the `/` after it. Most lines are text, and
/// this turns them away before the parser runs.
fn may_be_symbol(text: &str) -> bool {
    let b = text.as_bytes();
    let series = b
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    series > 0 && b.get(series) == Some(&b'/')
}

/// Whether `text` holds a wide gap (four spaces): the cells of a
/// `-layout` line. Bytewise, as every line passes here.
///
/// Four spaces in a row always cover a byte at an index `3 mod 4`, so only
/// those bytes are looked at first; around a space there, the run of
/// spaces is measured both ways.
fn has_gap(text: &str) -> bool {
    let b = text.as_bytes();
    // Four spaces in a row always hold an aligned pair (bytes `2k`, `2k+1`)
    // of spaces: lines without one (most, outside `-layout` output) are
    // turned away sixteen bytes at a time, with a byte accumulator over a
    // fixed-size chunk, which vectorises. Pairs never straddle a chunk.
    let pair = |p: &[u8]| u8::from(p.first() == Some(&b' ')) & u8::from(p.get(1) == Some(&b' '));
    let mut chunks = b.chunks_exact(16);
    let paired = chunks.any(|c| {
        <&[u8; 16]>::try_from(c).map_or(true, |c| {
            let pairs: [u16; 8] =
                std::array::from_fn(|k| u16::from_le_bytes([c[2 * k], c[2 * k + 1]]));
            pairs.iter().fold(0u8, |a, &p| a | u8::from(p == 0x2020)) != 0
        })
    }) || chunks.remainder().chunks_exact(2).any(|p| pair(p) != 0);
    if !paired {
        return false;
    }
    (3..b.len()).step_by(4).any(|i| {
        b[i] == b' ' && {
            let back = b[..i]
                .iter()
                .rev()
                .take(3)
                .take_while(|&&c| c == b' ')
                .count();
            let ahead = b[i + 1..]
                .iter()
                .take(3)
                .take_while(|&&c| c == b' ')
                .count();
            back + 1 + ahead >= 4
        }
    })
}

/// `text.split("    ")`, without a searcher built per line: the pieces
/// between the leftmost non-overlapping runs of four spaces.
fn split_gaps(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        let mut run = 0;
        let at = t.bytes().position(|b| {
            run = if b == b' ' { run + 1 } else { 0 };
            run == 4
        });
        match at {
            // `at` is the fourth space of the gap, an ASCII byte: both cuts
            // fall on character boundaries.
            Some(end) => {
                rest = t.get(end + 1..);
                t.get(..end - 3)
            }
            None => {
                rest = None;
                Some(t)
            }
        }
    })
}

/// The word and bit of the byte pair `a`, `b` in [`Walker`]'s `front_pairs`.
fn pair_bit(a: u8, b: u8) -> (usize, u64) {
    let h = (usize::from(a) * 31 + usize::from(b)) % 1024;
    (h / 64, 1 << (h % 64))
}

/// The bit of `t`'s length in [`Walker`]'s `head_lens`.
fn len_bit(t: &str) -> u64 {
    1 << (t.len() % 64)
}

/// How far back [`Walker::cited_before`] looks for a note's marker: a
/// page and more of lines (a note stands on the page that cites it; a
/// markdown rendering of one page may run to some 60 lines).
const MAX_CITING_LINES: usize = 200;

/// Whether the whole of `text` is a document symbol (`A/RES/80/2`).
fn is_symbol(text: &str) -> bool {
    may_be_symbol(text) && run_all(document_symbol, text).is_some()
}
use crate::grammar::{run, run_all};
use crate::normalize::inline::{year_and_number, Piece, CITING_WORDS};
use crate::normalize::Line;
use crate::span::Span;

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

pub(super) struct Walker<'a, 's> {
    lines: &'a [Line<'s>],
    wrapped: bool,
    paras: Vec<Para<'s>>,
    mode: Mode,
    last_number: u32,
    /// The next footnote number expected in the body (for markers alone on a line).
    next_marker: u32,
    /// The input offset up to which paragraph text has been searched for
    /// markers glued to their word ([`Walker::count_glued_markers`]).
    glued_counted_to: usize,
    /// The highest note number printed at the page feet read so far: the
    /// notes a page prints are cited above them, so a marker alone on a
    /// later line is past them.
    printed_notes: u32,
    blank_before: bool,
    /// Between a page break (or page-foot furniture) and the first line of
    /// text of the next page: where running heads print.
    header_zone: bool,
    /// The front lines (masthead, title), markup-free, each with the title
    /// after its number if it has one (`80/2. Scale of …` → `Scale of …`):
    /// running heads repeat them. Computed once, not per line tried.
    front_heads: Vec<(&'s str, Option<&'s str>)>,
    /// Bit `n % 64` set for the length `n` of each text in `front_heads`:
    /// a running head has one of those lengths, so most lines need no
    /// comparison at all.
    head_lens: u64,
    /// The same lines run together with single spaces.
    front_joined: String,
    /// Where in `front_joined` each front line starts, and where its title
    /// starts after its number: a running head prints the title from its
    /// first word.
    front_starts: Vec<usize>,
    /// The byte pairs of `front_joined`, hashed into 1,024 bits: a text
    /// with a pair not there is not in `front_joined`, which most lines
    /// tried show without the substring search (a searcher built per try).
    /// Made at the first try: most texts have no page heads.
    front_pairs: std::cell::OnceCell<[u64; 16]>,
    /// `front_joined` without its white space, made the first time a head
    /// is compared so ([`Walker::in_front_spaceless`]).
    front_compact: std::cell::OnceCell<String>,
    /// The number of each line's page (1 + the form feeds up to it), made
    /// the first time a lone number is asked whether it is its page's
    /// ([`Walker::geneva_page_number`]): counting the form feeds again at
    /// each such line would cost the text's length each time.
    pages: std::cell::OnceCell<Vec<u32>>,
    /// The running-head text dropped so far in this header zone.
    head_acc: std::cell::RefCell<String>,
    /// The subparagraph labels of the open paragraph's lists, in order, for
    /// sequence checks.
    subs: Vec<RawLabel<'s>>,
    /// The notes block being read.
    block: NotesBlock<'s>,
    /// Lines moved back to the end of their paragraph.
    moved: Vec<Span>,
    /// Paragraph numbers printed in a column of their own before their
    /// texts (`1.` / `2.` / `Takes note …;` / `Endorses …;`, pdfminer's
    /// order in A/C.5/80/L.13): number, label span and line, in order,
    /// each waiting for the next text that opens with an operative lead.
    queued: std::collections::VecDeque<(u32, Span, usize)>,
    /// The walk is inside a text quoted whole by an operative paragraph.
    in_quoted: bool,
    /// The walk reads an annex (after its `Annex` heading).
    in_annex: bool,
    /// The printed line width: the fifth longest body line in six.
    width: usize,
}

/// Lines a bracketed vote note may run over: the three lists of States of
/// a recorded vote in a council of 47 members fill about twenty.
const VOTE_NOTE_LINES: usize = 40;

/// Lines a Council adoption line may run over. The compilations set it in
/// a narrow column, and the States named can take a line each: `Adopted
/// at the 2350th meeting` / `by 10 votes to 1 (Panama), with` / `4
/// abstentions (China, Poland,` / `Spain, Union of Soviet Socialist` /
/// `Republics).` (S/RES/502 (1982)) is five. The sentence ends at its full
/// stop well before this; the bound only keeps a line without one from
/// taking in what follows.
const ADOPTION_LINES: usize = 8;

/// The longest group heading inside a list, in bytes. The headings that
/// group a paragraph's items are a few words (`Improved functional
/// coordination`, `Improved coordination with other professional networks`,
/// 55 bytes, E/RES/2020/5) and fit on one printed line (about 90
/// characters); a longer unpunctuated line is an item's wrapped text.
const MAX_LIST_HEADING_LEN: usize = 100;

/// The lines looked through, after a group heading, for the label it
/// stands above: blank lines and a page's furniture may come between (a
/// heading at a page's foot, the next page's head, then the item).
const LIST_HEADING_LOOKAHEAD: usize = 12;

/// Whether `text`, after a section heading's title, begins the section's
/// first paragraph rather than the title's wrapped rest: it opens with a
/// lead phrase (`Having considered the report …`), and either its next word
/// is in lower case or the lead is one no title opens with. A title's rest
/// may open with a word of a lead's shape and go on in capitals
/// (`Implementation of the … for Landlocked` / `Developing Countries for
/// the Decade …`).
fn opens_paragraph_after_title(text: &str) -> bool {
    /// Leads that open resolutions' paragraphs and no titles.
    const OPENERS: &[&str] = &[
        "Acknowledging",
        "Affirming",
        "Bearing",
        "Considering",
        "Emphasizing",
        "Expressing",
        "Having",
        "Mindful",
        "Noting",
        "Reaffirming",
        "Recalling",
        "Recognizing",
        "Stressing",
        "Taking",
        "Underlining",
        "Welcoming",
    ];
    let t = bare(text);
    if !starts_with_lead(t) {
        return false;
    }
    let mut words = t.split(' ');
    let first = words.next().unwrap_or_default();
    OPENERS.contains(&first)
        || words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
}

impl<'a, 's> Walker<'a, 's> {
    pub(super) fn new(lines: &'a [Line<'s>], wrapped: bool) -> Self {
        Self {
            lines,
            wrapped,
            paras: Vec::new(),
            mode: Mode::Body,
            last_number: 0,
            next_marker: 1,
            glued_counted_to: 0,
            printed_notes: 0,
            blank_before: false,
            header_zone: false,
            front_heads: Vec::new(),
            head_lens: 0,
            front_joined: String::new(),
            front_starts: Vec::new(),
            front_pairs: std::cell::OnceCell::new(),
            front_compact: std::cell::OnceCell::new(),
            pages: std::cell::OnceCell::new(),
            head_acc: std::cell::RefCell::new(String::new()),
            subs: Vec::new(),
            block: NotesBlock::default(),
            moved: Vec::new(),
            queued: std::collections::VecDeque::new(),
            in_quoted: false,
            in_annex: false,
            width: 0,
        }
    }

    /// Sets whether the walks to come read an annex.
    pub(super) fn set_in_annex(&mut self, in_annex: bool) {
        self.in_annex = in_annex;
    }

    /// Sets the printed line width (the fifth longest body line in six).
    pub(super) fn set_width(&mut self, width: usize) {
        self.width = width;
    }

    /// Whether a title line is short of the line width: then it did not
    /// wrap, and the next line that opens with a capital begins the text
    /// under the heading (`Article 8` / `Missing information, instructions
    /// or documents` (47 of about 85) / `If the transport operator …`). A
    /// wrapped title fills most of its line (`Implementation of the Awaza
    /// Programme of Action for Landlocked` (63) / `Developing Countries …`).
    fn is_short(&self, title: &str) -> bool {
        title.len() * 3 < self.width * 2
    }

    /// Sets the front lines (masthead, title) as printed, which running heads repeat.
    pub(super) fn set_front(&mut self, texts: impl IntoIterator<Item = &'s str>) {
        self.front_heads.clear();
        self.head_lens = 0;
        self.front_joined.clear();
        for text in texts {
            let f = bare(text);
            let untitled = run(crate::grammar::masthead::resolution_number, f).map(|(_, r)| r);
            self.front_heads.push((f, untitled));
            for t in std::iter::once(f).chain(untitled) {
                self.head_lens |= len_bit(t);
            }
        }
        // Joined at the size it will have: one allocation, not one per doubling.
        let heads = &self.front_heads;
        let len = heads.iter().map(|(f, _)| f.len() + 1).sum::<usize>();
        self.front_joined.reserve(len.saturating_sub(1));
        self.front_starts.clear();
        for (k, (f, untitled)) in heads.iter().enumerate() {
            if k > 0 {
                self.front_joined.push(' ');
            }
            let start = self.front_joined.len();
            self.front_starts.push(start);
            // The title without its number is the tail of the line.
            if let Some(u) = untitled {
                self.front_starts
                    .push(start + f.len().saturating_sub(u.len()));
            }
            self.front_joined.push_str(f);
        }
        self.front_pairs = std::cell::OnceCell::new();
        self.front_compact = std::cell::OnceCell::new();
    }

    /// Whether line `i` (`plain` its text) is a page's number alone as
    /// Geneva prints it: digits only, the last non-blank line before a form
    /// feed (or the end of the text), and equal to the page's number: one
    /// more than the form feeds before it.
    fn geneva_page_number(&self, i: usize, plain: &str) -> bool {
        if plain.is_empty() || plain.len() > 3 || !plain.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let next = self.lines[i + 1..].iter().find(|l| !l.is_blank());
        if next.is_some_and(|l| !l.page_break) {
            return false;
        }
        let pages = self.pages.get_or_init(|| {
            let mut page = 1u32;
            self.lines
                .iter()
                .map(|l| {
                    page += u32::from(l.page_break);
                    page
                })
                .collect()
        });
        let page = pages.get(i).copied();
        plain.parse::<u32>().ok().is_some_and(|n| Some(n) == page)
    }

    /// Whether a page's edge is near line `i` (a number alone): a form feed
    /// within [`PAGE_EDGE_WINDOW`] lines of it, or furniture other than a
    /// number alone (the symbol, the job number, the page counter, a
    /// running head). A page's number stands among its page's furniture;
    /// a number far from any is the text's (`shall be` / `12` / `and`, or
    /// the cells of a table, one a line, A/RES/80/242's staffing table).
    fn page_furniture_near(&self, i: usize) -> bool {
        let from = i.saturating_sub(PAGE_EDGE_WINDOW);
        let to = (i + PAGE_EDGE_WINDOW + 1).min(self.lines.len());
        (from..to).any(|k| {
            let line = &self.lines[k];
            line.page_break
                || (k != i
                    && !line.is_blank()
                    && lone(line.text).is_none()
                    && self.furniture(k, line.text, bare(line.text)).is_some())
        })
    }

    /// Whether `text` is page furniture: a whole-line form, or (in `-layout`
    /// output, where a header and a counter share a line: `4/6      25-19853`,
    /// `A/RES/80/184     Improvement of the situation …`) cells of furniture,
    /// symbols and running-head text separated by wide gaps.
    /// `plain` is the line's [`bare`] text.
    fn furniture(&self, i: usize, text: &str, plain: &str) -> Option<DropReason> {
        if let Some(reason) = furniture_line(text) {
            return Some(reason);
        }
        if is_symbol(text) {
            return Some(DropReason::PageHeader);
        }
        // `2` alone at a page's foot, the last line before the next page:
        // the page number as documents issued at Geneva print it (no `/`
        // and page count, the Human Rights Council's). Only where it is the
        // page's own number, counted from the form feeds above it: a
        // note's marker on its own line has its text under it.
        if self.geneva_page_number(i, plain) {
            return Some(DropReason::PageNumber);
        }
        // `United Nations A/HRC/DEC/31/116` / `General Assembly`: the first
        // page's masthead where a rendering prints it out of place (after
        // the vote note, right-docs.org): the symbol with the Organization's
        // name, then the organ's name right under it.
        if plain
            .strip_prefix("United Nations ")
            .is_some_and(|rest| is_symbol(rest.trim_start()))
            || (self.header_zone
                && matches!(
                    plain,
                    "General Assembly" | "Security Council" | "Economic and Social Council"
                ))
        {
            return Some(DropReason::PageHeader);
        }
        // `**2/4**`, `**A/C.3/80/L.35**`: furniture in markdown emphasis
        // (pymupdf4llm).
        if plain.len() < text.trim().len() {
            if let Some(reason) = furniture_line(plain) {
                return Some(reason);
            }
            if is_symbol(plain) {
                return Some(DropReason::PageHeader);
            }
        }
        // Away from page breaks (markdown renderings keep no furniture) only
        // a long line, a title line, is taken for a running head.
        // After a chapeau (`Adopts the following political declaration …:`)
        // a repeated title is the quoted text's own title.
        let after_chapeau = || {
            self.paras
                .last()
                .and_then(Para::last_text)
                .is_some_and(|t| strip_trailing_marks(t).ends_with(':'))
        };
        // Inside a quoted text the adopted text's own title repeats the
        // resolution's (A/RES/73/3): it is text, not a head. So does an
        // annex's title, right under `Annex` (A/RES/80/5): a head away from
        // a page break falls between paragraphs, never before the first.
        // A short title too (`Reducing nuclear danger`, A/RES/80/37 as
        // railcar prints it, between two preambular paragraphs): a line of
        // two words or more that is the title after its number (`80/37.
        // Reducing nuclear danger`) is no paragraph. Not any short front
        // line: a date (`19 December 2023`) or a wrapped title's last
        // words (`human rights`) may stand in the body as the front prints
        // them.
        let short_title = || {
            plain.contains(' ')
                && self
                    .front_heads
                    .iter()
                    .any(|&(_, untitled)| untitled.is_some_and(|u| u.eq_ignore_ascii_case(plain)))
        };
        let away_ok = || {
            (plain.len() >= 30 || short_title())
                && !self.in_quoted
                && !self.paras.is_empty()
                && !after_chapeau()
        };
        // The head test first: its length bit turns most lines away before
        // the paragraph's end is read (both tests are pure).
        // A short head stands next to the page's other furniture: the
        // title, then the symbol (`Awaza Political Declaration` /
        // `A/RES/80/3`, PyMuPDF's order at a page's foot). Not a masthead
        // line's length (a date that is also the closing's, `19 December
        // 2023`, may stand above the job number).
        let before_furniture = || {
            plain.len() >= 20
                && self.lines[i + 1..]
                    .iter()
                    .find(|l| !l.is_blank())
                    .is_some_and(|l| is_symbol(l.text) || furniture_line(l.text).is_some())
        };
        let head = self.is_running_head(plain) || self.symbol_beside_head(plain);
        if head && (self.header_zone || away_ok() || before_furniture()) {
            return Some(DropReason::PageHeader);
        }
        // A head at a page's foot, above the symbol (PyMuPDF's order), that
        // wraps the title otherwise than page 1 does (`… “World Social
        // Summit” under the` / `title “the Second …”` / `A/RES/80/5`, where
        // page 1 breaks before `the`, A/RES/80/5 as railcar prints it): its
        // lines open where a front line opens and run on as the front lines
        // run, and the page's furniture comes next. Its later lines follow
        // as the head's continuation (`head_acc`).
        if !self.header_zone && !self.in_quoted && self.foot_head(i, plain) {
            let mut acc = self.head_acc.borrow_mut();
            acc.clear();
            acc.push_str(plain);
            return Some(DropReason::PageHeader);
        }
        // A head that wraps the title otherwise than page 1 does
        // (`Enhancement of … in the field of human` / `rights`): pieces of
        // the front lines, in the header zone only.
        if self.header_zone && self.head_piece(plain, true) {
            return Some(DropReason::PageHeader);
        }
        // Cells: wide gaps in `-layout` output; single spaces in PyMuPDF text
        // (`2/9 23-21227A/C.3/78/L.41`), where only short lines qualify.
        // Counted before any is tried: trying a cell may extend the head
        // (`head_acc`), which a line of one cell must not do.
        let gapped = has_gap(text);
        let cells = || {
            let (wide, narrow) = if gapped {
                (Some(split_gaps(text).map(str::trim)), None)
            } else {
                (None, Some(text.split(' ')))
            };
            let all = wide.into_iter().flatten();
            all.chain(narrow.into_iter().flatten())
                .filter(|c| !c.is_empty())
        };
        // Five words or more: four spaces, counted bytewise (`split(' ')`
        // would build a searcher per line).
        let words5 = || text.bytes().filter(|&b| b == b' ').nth(3).is_some();
        if !gapped && (text.len() > 60 || words5()) {
            return None;
        }
        // Two cells at least.
        cells().nth(1)?;
        let mut first = None;
        for cell in cells() {
            let reason = furniture_line(cell).or_else(|| {
                let t = bare(cell);
                let head =
                    |t: &str| is_symbol(t) || self.is_running_head(t) || self.head_piece(t, false);
                if head(t) {
                    return Some(DropReason::PageHeader);
                }
                // `25-20958Enhancement of international cooperation in the
                // field of`, `2/4Resolution 794 (1992)`: the job number or
                // the page counter glued to the head (PyMuPDF's sorted
                // text), as they are to the symbol.
                if job_number_glued(t).is_some_and(head) {
                    return Some(DropReason::JobNumber);
                }
                page_counter_glued(t)
                    .is_some_and(head)
                    .then_some(DropReason::PageNumber)
            })?;
            first.get_or_insert(reason);
        }
        first
    }

    /// A running head repeats a line of the front matter (title, symbol),
    /// or the title without its number (`80/2. Scale of …` → `Scale of …`).
    /// `t` is the line's [`bare`] text.
    fn is_running_head(&self, t: &str) -> bool {
        t.len() >= 8
            && self.head_lens & len_bit(t) != 0
            && self.front_heads.iter().any(|&(f, untitled)| {
                // Case aside: `RESOLUTION 794 (1992)` on page 1, `Resolution
                // 794 (1992)` at the head of the others.
                f.eq_ignore_ascii_case(t) || untitled.is_some_and(|u| u.eq_ignore_ascii_case(t))
            })
    }

    /// Whether `t` is a symbol and a running head beside it, one space
    /// apart (`A/RES/80/162 United Nations Convention on Negotiable Cargo
    /// Documents`, `… Documents A/RES/80/162`): the head as pypdf prints
    /// it, one line of text where `-layout` output leaves a gap between
    /// the two cells.
    fn symbol_beside_head(&self, t: &str) -> bool {
        // A head wrapped over two lines prints its second beside the symbol
        // (`Necessity of ending the economic, commercial and financial
        // embargo` / `A/RES/73/8 imposed by the United States of America
        // against Cuba`, pdfplumber): a piece of the title is a head there.
        // And the page counter may be glued to the head (`2/4Resolution 794
        // (1992) S/RES/794 (1992)`, pages joined with no line break).
        let head = |h: &str| {
            let h = h.trim();
            let plain_head = |h: &str| self.is_running_head(h) || self.in_front_title(h);
            plain_head(h) || page_counter_glued(h).is_some_and(plain_head)
        };
        // A symbol is one word or two (`S/RES/794 (1992)`), and opens with
        // its series and `/`: a look at the line's first word, then at its
        // last two, turns away nearly every line before any grammar runs.
        // (Spaces found bytewise: a `str` searcher costs more to set up
        // than these short scans.)
        let b = t.as_bytes();
        let first = b.iter().position(|&c| c == b' ');
        let second = first.and_then(|f| {
            b[f + 1..]
                .iter()
                .position(|&c| c == b' ')
                .map(|s| f + 1 + s)
        });
        let symbol_first = may_be_symbol(t)
            && [first, second]
                .into_iter()
                .flatten()
                .any(|k| head(&t[k + 1..]) && is_symbol(t[..k].trim()));
        if symbol_first {
            return true;
        }
        // A symbol ends in a digit (`A/80/L.26`) or its year's bracket
        // (`S/RES/794 (1992)`); most lines end in a letter or punctuation.
        if !b.last().is_some_and(|&c| c.is_ascii_digit() || c == b')') {
            return false;
        }
        let last = b.iter().rposition(|&c| c == b' ');
        let before_last = last.and_then(|l| b[..l].iter().rposition(|&c| c == b' '));
        [last, before_last].into_iter().flatten().any(|k| {
            let symbol = &t[k + 1..];
            may_be_symbol(symbol) && head(&t[..k]) && is_symbol(symbol.trim())
        })
    }

    /// A note printed as a markdown quote or list item (`> 2 Resolution
    /// 55/2.`, `- 1 A/CONF.157/24 …`, `- On behalf of …`, as pymupdf4llm
    /// sets a page's notes):
    /// its number and text, where a line above cites that number with a
    /// marker no count can be (`<sup>2</sup>`, `²`). A dash list in the
    /// text never opens with a number its text has cited so.
    fn quoted_note<'t>(&self, i: usize, text: &'t str) -> Option<(FootnoteMarker, &'t str)> {
        let rest = text
            .strip_prefix("> ")
            .or_else(|| text.strip_prefix("- "))?
            .trim_start();
        // A draft's sponsor note, its `*` read as a list's bullet (`* On
        // behalf of the States …` printed `- On behalf of …`): the formula
        // opens that note and no paragraph of a draft's text.
        let draft = || self.front_joined.contains("draft resolution");
        if rest.starts_with("On behalf of ") && draft() {
            return Some((FootnoteMarker::Asterisks(1), rest));
        }
        // `> * Any changes to the list of sponsors …`.
        if let Some((marker @ FootnoteMarker::Asterisks(_), note)) = note_start(rest) {
            return draft().then_some((marker, note));
        }
        let (marker, note) = plain_note(rest)?;
        let FootnoteMarker::Number(n) = marker else {
            return None;
        };
        // The citing line shows the number as a marker, or the number runs
        // on from the last note read (`> 1 A/CONF.243/2025/1, annex.` after
        // the sponsor note, where the text printed `Palestine,1`).
        let runs_on = n == self.last_note_number() + 1 && !opens_with_month(note);
        (runs_on || self.cited_before(i, n)).then_some((marker, note))
    }

    /// A note with its number before its text and no rule above, between a
    /// paragraph's halves or between two paragraphs: the number runs on
    /// from the last note read, and the text has cited it.
    /// - With a marker no count can be, on one of the lines above
    ///   (`<sup>6</sup>`, `⁶`): `6  Ibid., No. 973.` between two
    ///   subparagraphs, as pymupdf4llm sets a note it did not quote.
    /// - With a plain marker glued to its word or set apart after one
    ///   (`2022,2`, `2021, 1`; [`Walker::count_glued_markers`]), where the
    ///   note opens with a capital or a digit (`A/77/165.`, `Ibid.`): `… for
    ///   2021, 1 2022,2 20233 and the “Seven-Plus-One”` / `1 A/77/165.` / …
    ///   / `formula and …`, as an extractor that joins a paragraph's lines
    ///   sets a page's notes.
    ///
    /// Not a date, which a wrapped line may open with (`resolutions 73/8
    /// of` / `1 November 2018, 74/7 of …`).
    fn cited_plain_note<'t>(
        &mut self,
        i: usize,
        text: &'t str,
    ) -> Option<(FootnoteMarker, &'t str)> {
        let (marker, note) = plain_note(text)?;
        let FootnoteMarker::Number(n) = marker else {
            return None;
        };
        if opens_with_month(note) || n != self.last_note_number() + 1 {
            return None;
        }
        if self.cited_before(i, n) {
            return Some((marker, note));
        }
        if !note.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return None;
        }
        self.count_glued_markers();
        (self.next_marker > n).then_some((marker, note))
    }

    /// The highest note number read so far: at the page feet passed, and in
    /// the notes block being read.
    fn last_note_number(&self) -> u32 {
        let number = |m: FootnoteMarker| match m {
            FootnoteMarker::Number(k) => Some(k),
            FootnoteMarker::Asterisks(_) => None,
        };
        self.block
            .texts
            .iter()
            .filter_map(|t| t.marker.and_then(|(m, _)| number(m)))
            .chain(self.block.numbers.iter().map(|&(k, ..)| k))
            .fold(self.printed_notes, u32::max)
    }

    /// Whether one of the [`MAX_CITING_LINES`] lines before line `i` cites
    /// note `n` as `<sup>n</sup>`, in superscript digits, or in the UN's
    /// older style, the number and a slash set apart (`1996, 2/`).
    fn cited_before(&self, i: usize, n: u32) -> bool {
        let sup = format!("<sup>{n}</sup>");
        let superscript = crate::text::superscript(n);
        let slash = format!(" {n}/");
        let slash_call = |t: &str| {
            t.match_indices(&slash)
                .any(|(k, _)| matches!(t.as_bytes().get(k + slash.len()), None | Some(b' ')))
        };
        self.lines[..i]
            .iter()
            .rev()
            .take(MAX_CITING_LINES)
            .any(|l| l.text.contains(&sup) || l.text.contains(&superscript) || slash_call(l.text))
    }

    /// `front_joined.contains(t)`, the byte pairs of `t` checked first.
    fn in_front_joined(&self, t: &str) -> bool {
        let pairs = self.front_pairs.get_or_init(|| {
            let mut pairs = [0; 16];
            for w in self.front_joined.as_bytes().windows(2) {
                let (word, bit) = pair_bit(w[0], w[1]);
                if let Some(x) = pairs.get_mut(word) {
                    *x |= bit;
                }
            }
            pairs
        });
        let pairs_in = t.as_bytes().windows(2).all(|w| {
            let (word, bit) = pair_bit(w[0], w[1]);
            pairs.get(word).is_some_and(|x| x & bit != 0)
        });
        pairs_in && self.front_joined.contains(t)
    }

    /// Whether `t` is a long piece of the front lines run together that
    /// starts where a front line, or its title after the number, starts.
    fn opens_front(&self, t: &str) -> bool {
        t.len() >= 20
            && self.in_front_joined(t)
            && self
                .front_starts
                .iter()
                .any(|&o| self.front_joined.get(o..).is_some_and(|f| f.starts_with(t)))
    }

    /// Whether `cell` is a piece of the front lines run together: a running
    /// head that wraps the title differently (`imposed by the United States
    /// of America against Cuba` beside `A/RES/73/8`). Used only for cells of
    /// a line whose other cells are furniture.
    fn in_front_title(&self, cell: &str) -> bool {
        let t = bare(cell);
        t.len() >= 20 && (self.in_front_joined(t) || self.in_front_spaceless(t))
    }

    /// [`Walker::in_front_joined`] with white space left out of both: a
    /// running head repeats the title, but an extractor may split a word of
    /// it on one page and not on the other (`embargo imposed by the Unit
    /// ed States of America` on page 1, `imposed by the United States of
    /// America against Cuba` in page 2's head, pypdf's layout mode on
    /// A/RES/73/8). Asked only where a head is under way or beside
    /// furniture, never of a whole body line.
    fn in_front_spaceless(&self, t: &str) -> bool {
        let compact = self.front_compact.get_or_init(|| {
            self.front_joined
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect()
        });
        let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        !t.is_empty() && compact.contains(&t)
    }

    /// Whether line `i` (`plain`, its [`bare`] text) opens a running head
    /// printed above the page's furniture: it opens where a front line
    /// opens, the lines after it (two at most) run on as the front lines
    /// run to the end of one of them, and a symbol or other furniture
    /// follows. A head prints whole lines of the front; a paragraph that
    /// quotes the title and wraps above a page's foot stops short of its
    /// end (`… to the Convention on Prohibitions or Restrictions on the Use
    /// of` / `Certain Conventional Weapons …` / page break).
    fn foot_head(&self, i: usize, plain: &str) -> bool {
        if !self.opens_front(plain) {
            return false;
        }
        let mut acc = plain.to_owned();
        for l in self.lines[i + 1..].iter().filter(|l| !l.is_blank()).take(3) {
            if is_symbol(l.text) || furniture_line(l.text).is_some() {
                return self.front_run(&acc);
            }
            acc.push(' ');
            acc.push_str(bare(l.text));
            if !self.in_front_joined(&acc) {
                return false;
            }
        }
        false
    }

    /// Whether `t` is front lines run together from the start of one (or
    /// of its title after the number) to the end of one.
    fn front_run(&self, t: &str) -> bool {
        let joined = &self.front_joined;
        self.front_starts.iter().any(|&o| {
            let end = o + t.len();
            joined.get(o..).is_some_and(|f| f.starts_with(t))
                && (end == joined.len() || self.front_starts.contains(&(end + 1)))
        })
    }

    /// Whether `text` is a piece of the title run as a page head: on its
    /// own a long piece of the front lines, or the continuation of the head
    /// dropped just before (`… in the field of human` / `rights`). `t` is
    /// the line's [`bare`] text, or a cell of it (`whole_line` false).
    fn head_piece(&self, t: &str, whole_line: bool) -> bool {
        let mut acc = self.head_acc.borrow_mut();
        // The head so far and `t` after it, built in place (no string per
        // line tried); `acc` is trimmed, so only `t` can bring white space.
        let before = acc.len();
        if before > 0 {
            acc.push(' ');
        }
        acc.push_str(t);
        // Once a head is under way, only its continuation is head: a page's
        // first line of text may quote the title the head has just printed
        // whole (`… to the` / `Convention on Prohibitions or Restrictions on
        // the Use of Certain` under that title as the head).
        // A head begins where the title begins: a whole line that starts
        // mid-title is a page's first line quoting it (`of the United
        // Nations, other international organizations and third States in
        // and in` under the head `A/80/L.26`, in a paragraph that names the
        // advisory opinion of the title). A cell beside furniture may be a
        // wrapped head's second line (`imposed by the United States of
        // America against Cuba    A/RES/73/8`).
        let piece = if before > 0 {
            self.in_front_joined(&acc) || self.in_front_spaceless(&acc)
        } else if whole_line {
            self.opens_front(t)
        } else {
            self.in_front_title(t)
        };
        if piece {
            let end = acc.trim_end().len();
            acc.truncate(end);
        } else {
            acc.truncate(before);
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
            if para_number(line.text).is_some() {
                return true;
            }
            seen += 1;
            if seen > 2 || !heading_like(line.text) {
                return false;
            }
        }
        false
    }

    /// Whether line `i` (`plain`, its [`bare`] text) is a group heading
    /// inside the open paragraph's list, as a UN editor sets one between
    /// the items of one operative paragraph: `4. Requests … could include
    /// the following:` / `Improved functional coordination` / `(a)
    /// Well-coordinated activities …;` … `(e) …;` / `Improved regional and
    /// national coordination` / `(f) Support provided …` (E/RES/2020/5,
    /// italic in the PDF). The lettering runs on across it.
    ///
    /// All of: the line is short ([`MAX_LIST_HEADING_LEN`]), capitalised,
    /// without final punctuation, and no section number, division, footnote
    /// marker or running head; the text before it ends an item
    /// (`;`, `; and`, `; or`, `.`) or, before the first item, a chapeau
    /// (`:`); and the next line of text opens with the label that continues
    /// the list (`(f)` after `(e)`) or, after the chapeau, opens it (`(a)`,
    /// `(i)`, `(1)`). An item's wrapped last line ends in its `;`, so it is
    /// never taken; a line above a numbered paragraph is that paragraph's
    /// heading ([`Walker::heading_ahead`]), not this.
    fn list_heading_ahead(&self, i: usize, plain: &str) -> bool {
        // The cheap tests first: most body lines fail one of them.
        if plain.len() > MAX_LIST_HEADING_LEN
            || !plain.starts_with(char::is_uppercase)
            || ends_finished(plain)
        {
            return false;
        }
        // An item whose end was printed before its start (`(a)` /
        // `waterways in the area;` / `For guaranteeing freedom of navigation
        // through international` / `(b)`, pdfminer's order in S/RES/242
        // (1967)) waits for that start: the next line, no heading.
        let Some(open) = self
            .paras
            .last()
            .filter(|p| p.is_finished() && p.deferred.is_none())
        else {
            return false;
        };
        let Some(before) = open.last_text().map(strip_trailing_marks) else {
            return false;
        };
        let chapeau = before.ends_with(':');
        let item_end =
            before.ends_with([';', '.']) || before.ends_with("; and") || before.ends_with("; or");
        if !(chapeau || item_end) {
            return false;
        }
        // A heading holds no footnote marker: it has nowhere to keep one
        // (stage 3 would have to read it as a paragraph). So no figure,
        // which may be a marker glued to its word (`Political5`), nor a
        // marker's superscript or markup (`¹`, `<sup>`, `[^1]`).
        let marker_like = |c: char| {
            c.is_ascii_digit() || matches!(c, '¹' | '²' | '³' | '⁰'..='⁹' | '<' | '[' | '^')
        };
        // The document's title between two items is a page's running head
        // that the page's other furniture did not announce, not a heading.
        if plain.contains(marker_like)
            || opens_section(plain)
            || is_division(plain)
            || self.is_running_head(plain)
        {
            return false;
        }
        // The next line of text, past blank lines and whole-line furniture
        // (page counter, job number, symbol), which the walk drops.
        let next = self.lines[i + 1..]
            .iter()
            .take(LIST_HEADING_LOOKAHEAD)
            .find(|l| !l.is_blank() && furniture_line(l.text).is_none() && !is_symbol(l.text));
        let Some((label, _)) = next.and_then(|l| sub_label(l.text)) else {
            return false;
        };
        if chapeau {
            matches!(label, RawLabel::Letters("a" | "i") | RawLabel::Digits("1"))
        } else {
            self.continues_list(label)
        }
    }

    /// Whether `label` opens the first list of a paragraph (`(a)`, `(i)`,
    /// `(1)`): a chapeau may lack its colon (`2. Affirms further the
    /// necessity` / `(a) For guaranteeing …`, S/RES/242 (1967)). The
    /// paragraph is numbered, or it is its operative lead alone, the
    /// chapeau of an unnumbered text (`Decides,` / `(a) To call upon the
    /// parties concerned …;`, S/17642).
    fn opens_list(&self, label: RawLabel<'_>) -> bool {
        let first = match label {
            RawLabel::Letters(l) => l == "a" || l == "i",
            RawLabel::Digits(d) => d == "1",
            RawLabel::Dash => false,
        };
        first
            && self.subs.is_empty()
            && self
                .paras
                .last()
                .is_some_and(|p| p.label.is_some() || is_lead_chapeau(p))
    }

    /// Whether `label` is the next of a list open in the paragraph (`(b)`
    /// after `(a)`, `(ii)` after `(i)`, `(e)` after `(d)` and its `(i)` …
    /// `(v)`): then it opens an item even where the text before it seems
    /// unfinished (a stray line of furniture, a lost punctuation). Only the
    /// last label and the last that is no Roman numeral count: a reference
    /// wrapped to a line's start (`(b) and subparagraph (d) …` in item
    /// `(f)`) does not follow an earlier item.
    fn continues_list(&self, label: RawLabel<'_>) -> bool {
        use crate::grammar::label::{letter_value, roman_value};
        let RawLabel::Letters(next) = label else {
            return false;
        };
        let letters = |l: &RawLabel<'s>| match *l {
            RawLabel::Letters(t) => Some(t),
            RawLabel::Digits(_) | RawLabel::Dash => None,
        };
        let last = self.subs.last().and_then(letters);
        let outer = self
            .subs
            .iter()
            .rev()
            .filter_map(letters)
            .find(|t| roman_value(t).is_none());
        [last, outer].into_iter().flatten().any(|prev| {
            let step = |f: fn(&str) -> Option<u32>| matches!((f(prev), f(next)), (Some(a), Some(b)) if b == a + 1);
            step(letter_value) || step(roman_value)
        })
    }

    /// Whether `label` comes a little after the last label, in its style
    /// (`(iii)` after `(i)`, an item lost between): a list goes on so, a
    /// reference wrapped to a line's start (`(iv) and (v) above`) does not
    /// follow the item it stands in (`(f)`).
    fn skips_ahead(&self, label: RawLabel<'_>) -> bool {
        use crate::grammar::label::{letter_value, roman_value};
        let (Some(&RawLabel::Letters(prev)), RawLabel::Letters(next)) = (self.subs.last(), label)
        else {
            return false;
        };
        let ahead = |f: fn(&str) -> Option<u32>| matches!((f(prev), f(next)), (Some(a), Some(b)) if b > a && b <= a + 3);
        ahead(letter_value) || ahead(roman_value)
    }

    /// The letter of an item whose label was lost, where `plain` is one:
    /// it follows a numbered paragraph that ends with its chapeau's colon
    /// (`(a)`), or an item lettered so that ends with its `;` (`; and`,
    /// `; or`; the next letter). An item opens with a capital, is no
    /// operative paragraph (`Decides …`), and ends as an item ends: with
    /// `;`, or with `.` where it closes a list begun above.
    fn lost_label(&self, plain: &str) -> Option<&'static str> {
        use crate::grammar::label::letter_value;
        let p = self.paras.last()?;
        let last = strip_trailing_marks(p.last_text()?);
        let next = match p.label {
            Some(Label::Number(_)) if last.ends_with(':') => 0,
            Some(Label::Sub(RawLabel::Letters(l))) if p.label_span.is_none() && ends_item(last) => {
                usize::try_from(letter_value(l)?).ok()?
            }
            _ => return None,
        };
        let end = strip_trailing_marks(plain);
        let shaped = plain.starts_with(|c: char| c.is_uppercase())
            && (ends_item(end) || (next > 0 && end.ends_with('.')));
        if !shaped || (may_open_lead(plain) && run(operative_lead, plain).is_some()) {
            return None;
        }
        LETTERS.get(next).copied()
    }

    pub(super) fn take_paras(&mut self, out: &mut Layout<'s>) -> Vec<Para<'s>> {
        self.flush_queued();
        self.seal_last(out);
        self.rejoin_false_start();
        self.last_number = 0;
        std::mem::take(&mut self.paras)
    }

    /// Opens the numbered paragraphs still waiting for their texts
    /// ([`Walker::queued`]), empty, as they were printed.
    fn flush_queued(&mut self) {
        for (n, span, line) in std::mem::take(&mut self.queued) {
            self.start_para(line, Some(Label::Number(n)), Some(span), "");
        }
    }

    /// Seals the open paragraph: a deferred line goes to its end.
    fn seal_last(&mut self, out: &mut Layout<'s>) {
        if let Some(span) = self.paras.last_mut().and_then(Para::seal) {
            out.moved.push(span);
        }
    }

    /// Counts the notes cited by markers glued to their word (`1993,1`,
    /// `Crime11`) in the paragraph text read since the last count, in
    /// [`Walker::next_marker`]: `PDFium` prints one marker glued and the next
    /// alone on its line after a paragraph (`… 2025,` / `2` / `Recalling …`),
    /// and that number is the next note, not a page number. Run only where a
    /// number alone on its line is past the count; each byte of text is
    /// searched once. A glued number up to [`MAX_MARKER_STEP`] past the
    /// count moves it on (the markers between were set apart).
    fn count_glued_markers(&mut self) {
        let from = self.glued_counted_to;
        let first = self
            .paras
            .iter()
            .rposition(|p| p.pieces.iter().all(|x| piece_span(x).end <= from))
            .map_or(0, |k| k + 1);
        for p in &self.paras[first..] {
            // The word before, across the paragraph's lines.
            let mut prev = "";
            for piece in &p.pieces {
                let span = piece_span(piece);
                if span.end <= from {
                    continue;
                }
                match piece {
                    Piece::Text { text, span } => {
                        let t = text
                            .get(from.saturating_sub(span.start)..)
                            .unwrap_or_default();
                        for (before, word) in numbered_words(t, prev) {
                            // Up to a few past the count: a marker may be
                            // missed (`Goals 3` is a goal).
                            if let Some(k) = text_marker(before, word).filter(|&k| {
                                k >= self.next_marker && k <= self.next_marker + MAX_MARKER_STEP
                            }) {
                                self.next_marker = k + 1;
                            }
                        }
                        prev = t.split_ascii_whitespace().next_back().unwrap_or(prev);
                    }
                    Piece::Marker { marker, .. } => {
                        if *marker == FootnoteMarker::Number(self.next_marker) {
                            self.next_marker += 1;
                        }
                    }
                }
                self.glued_counted_to = self.glued_counted_to.max(span.end);
            }
        }
    }

    /// Opens a note of the block on line `i`, its marker at `marker_span`
    /// and its text `note` (the end of the line).
    fn push_note(&mut self, i: usize, marker: FootnoteMarker, marker_span: Span, note: &'s str) {
        let pieces = if note.is_empty() {
            Vec::new()
        } else {
            vec![self.piece(i, note)]
        };
        self.block.texts.push(NoteText {
            marker: Some((marker, marker_span)),
            pieces,
            lines: vec![i],
        });
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

    /// Opens the annex's title where its heading line `h` prints it
    /// ([`annex_title_on_heading`]): the first paragraph of the annex.
    pub(super) fn title_on_heading(&mut self, h: usize) {
        let line = self.lines[h];
        // The line is a heading: its title is read as where it was found.
        let Some(title) = annex_title_on_heading(line.text, true) else {
            return;
        };
        // A piece of the line: its offset from the line's start.
        let Some(offset) = line.text.find(title) else {
            return;
        };
        self.start_para(h, None, None, "");
        if let Some(p) = self.open() {
            p.pieces.push(Piece::Text {
                text: title,
                span: Span::new(
                    line.span.start + offset,
                    line.span.start + offset + title.len(),
                ),
            });
        }
    }

    /// Walks body lines from `from` up to `end`; returns the index of an
    /// annex heading that ends the walk, if any.
    pub(super) fn walk(&mut self, from: usize, end: usize, out: &mut Layout<'s>) -> Option<usize> {
        let lines = self.lines;
        let end = end.min(lines.len());
        let mut i = from;
        while i < end {
            let line = lines[i];
            let text = line.text;
            if line.page_break && self.mode != Mode::Body && !self.block.awaits_texts() {
                self.end_notes(out);
            }
            // Before the blank test: a form feed may stand on a line of its
            // own (`\f` / `A/80/L.26`), and the next page's head follows it.
            if line.page_break {
                self.header_zone = true;
            }
            if line.is_blank() {
                self.blank_before = true;
                i += 1;
                continue;
            }
            let blank_before = std::mem::replace(&mut self.blank_before, false);
            // A note a Word export wrote inline, cut out of its paragraph's
            // line in stage 1 (`[3: \t \tE/ESCWA/S-6/16.]`): its brackets
            // close it, so it is a whole note and takes no line after it;
            // the paragraph before goes on where unfinished.
            if line.word_note {
                if let Some((marker, open, body)) = word_note(text) {
                    let start = line.span.start;
                    let marker_span = Span::new(start, start + open);
                    self.block.texts.push(NoteText {
                        marker: Some((marker, marker_span)),
                        pieces: vec![Piece::Text {
                            text: body,
                            span: Span::new(start + open, start + open + body.len()),
                        }],
                        lines: vec![i],
                    });
                    out.word_notes = true;
                    // Among a page foot's notes (a PDF's), it waits for the
                    // block's end; in the body, it is a block of its own.
                    if self.mode == Mode::Body {
                        self.end_notes(out);
                    }
                    i += 1;
                    continue;
                }
            }
            // The markup-free text, once per line for the tests below.
            let plain = bare(text);
            if let Some(reason) = self.furniture(i, text, plain) {
                out.dropped.push((line.span, reason));
                match reason {
                    DropReason::Separator if text.starts_with('_') => {
                        self.end_notes(out);
                        self.mode = Mode::Notes { ruled: true };
                    }
                    DropReason::Url => self.end_notes(out),
                    // A head's lines stand together: the symbol, then the
                    // title under it (`A/RES/80/3` / `Awaza Political
                    // Declaration`, shorter than a head away from a break).
                    DropReason::PageHeader => self.header_zone = true,
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
            // The page's rule and its first note on one line
            // (`**__________________** 15 Resolution 69/283, annex II.`,
            // pymupdf4llm): the rule is furniture, the rest opens the notes.
            if let Some((marker, rest, note)) = rule_then_note(text) {
                let rule = Span::new(line.span.start, line.span.end - rest.len());
                out.dropped.push((rule, DropReason::Separator));
                self.end_notes(out);
                self.mode = Mode::Notes { ruled: true };
                let start = line.span.end - rest.len();
                let marker_span = Span::new(start, line.span.end - note.len());
                self.push_note(i, marker, marker_span, note);
                i += 1;
                continue;
            }
            let closed = !out.vote.is_empty() || !out.closing.is_empty();
            if (is_annex_heading(plain) || annex_title_on_heading(text, closed).is_some())
                && self.paras.last().is_none_or(Para::is_finished)
            {
                self.end_notes(out);
                return Some(i);
            }
            let note_start = note_start(text)
                // After the closing lines, `11 Official Records …` is a note
                // (the Council's compilations print notes so, without a rule).
                .or_else(|| closed.then(|| plain_note(text)).flatten())
                .or_else(|| self.quoted_note(i, text));
            let note_start = match note_start {
                Some(start) => Some(start),
                None => self.cited_plain_note(i, text),
            };
            if let Some((marker, rest)) = note_start {
                let marker_span = Span::new(line.span.start, line.span.end - rest.len());
                self.push_note(i, marker, marker_span, rest);
                if self.mode == Mode::Body {
                    self.mode = Mode::Notes { ruled: false };
                }
                i += 1;
                continue;
            }
            // The rest of a quoted note that ran over to the next page's
            // foot (`> 6  Related documents include …, A/AC.105/1164,` /
            // page break / `> A/AC.105/1168, … and A/AC.105/1181.`).
            if let Some(rest) = text.strip_prefix("> ") {
                if self.mode == Mode::Body {
                    if let Some(note) = out.notes.last_mut().filter(|n| !pieces_finished(&n.pieces))
                    {
                        let offset = text.len() - rest.len();
                        note.pieces.push(Piece::Text {
                            text: rest,
                            span: Span::new(line.span.start + offset, line.span.end),
                        });
                        note.lines.push(i);
                        i += 1;
                        continue;
                    }
                }
            }
            if let Mode::Notes { ruled } = self.mode {
                if let Some(n) = lone(text) {
                    self.block.numbers.push((n, line.span, i, text));
                    i += 1;
                    continue;
                }
                // Under a rule, `1 Resolution 217 A (III).` (PyMuPDF text): a
                // note with its number, if the number runs on from the last
                // note (a wrapped `16 December 1966.` does not).
                if ruled && self.block.last_unfinished().is_none() {
                    if let Some((marker @ FootnoteMarker::Number(n), rest)) = plain_note(text) {
                        // The number runs on from the last read, with its
                        // text or alone on its line (PDFium sets `9` /
                        // `Ibid., …` but `10 Ibid., …`).
                        let last = self.last_note_number();
                        if n > last && n <= last + 3 {
                            let marker_span =
                                Span::new(line.span.start, line.span.end - rest.len());
                            self.push_note(i, marker, marker_span, rest);
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
                // An address opens the text of a number still waiting for
                // one (`31` / `https://newyorkconvention1958.org/.`).
                let address = || {
                    (text.starts_with("http://") || text.starts_with("https://"))
                        && self.block.awaits_texts()
                };
                let body_like = (text.starts_with(char::is_lowercase) && !address())
                    || para_number(text).is_some()
                    || sub_label(text).is_some();
                // After the closing lines, outside an annex, the body has
                // ended: a line that opens no note goes on with the last
                // (`23 Official Records of the Security Council,
                // Thirty-first Year.` / `1969th meeting.`, S/RES/465 (1980)
                // in the Council's compilation, whose notes stand under no
                // rule). An annex's paragraphs go on after their page's
                // notes as the resolution's do.
                if closed && !self.in_annex && !ruled && !body_like {
                    if let Some(t) = self.block.texts.last_mut() {
                        t.pieces.push(piece);
                        t.lines.push(i);
                        i += 1;
                        continue;
                    }
                }
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
            // Under the closing line, or right after the last paragraph's
            // full stop where the text prints no meeting (a decision that
            // names it in its sentence: `At its 63rd meeting, …`).
            if (plain.starts_with("[Adopted ") || plain.starts_with("[Resolution adopted "))
                && out.vote_note.is_empty()
                && (!out.closing.is_empty()
                    || self
                        .paras
                        .last()
                        .and_then(Para::last_text)
                        .is_some_and(|t| strip_trailing_marks(t).trim_end().ends_with('.')))
            {
                i = self.vote_note(i, end, out) + 1;
                continue;
            }
            // `_Adopted unanimously at the 1382nd meeting._` (pymupdf4llm): the
            // markup-free line.
            if plain.starts_with("Adopted ") && self.paras.last().is_none_or(Para::is_finished) {
                if let Some(last) = self.adoption_lines(i, out) {
                    i = last + 1;
                    continue;
                }
            }
            // The meeting test first: cheaper than the paragraph's end, and
            // both are pure.
            if is_meeting(plain) && self.paras.last().is_none_or(Para::is_finished) && {
                self.seal_last(out);
                true
            } {
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
            // `4. Decides to keep the arrangements under review.` / `14
            // April 2020`: a text adopted without a meeting (by silence
            // procedure) closes with its date alone, after the operative
            // part's final full stop.
            if out.closing.is_empty()
                && self.last_number > 0
                && !self.in_annex
                && !self.in_quoted
                && plain.len() <= 20
                && plain.starts_with(|c: char| c.is_ascii_digit())
                && run_all(crate::grammar::date::date, plain).is_some()
                && self
                    .paras
                    .last()
                    .and_then(Para::last_text)
                    .is_some_and(|t| strip_trailing_marks(t).trim_end().ends_with('.'))
            {
                self.seal_last(out);
                out.closing.push(i);
                i += 1;
                continue;
            }
            self.body_line(i, blank_before, out);
            i += 1;
        }
        self.end_notes(out);
        None
    }

    /// Reads the bracketed vote note from line `i` (`[Adopted by a recorded
    /// vote of …` … `Armenia, Benin, Cameroon]`) to its closing bracket, at
    /// most [`VOTE_NOTE_LINES`] lines and not past `end`; returns the index
    /// of its last line. Page furniture inside it is dropped as usual.
    fn vote_note(&mut self, i: usize, end: usize, out: &mut Layout<'s>) -> usize {
        let lines = self.lines;
        let mut last = i;
        let stop = end.min(i + VOTE_NOTE_LINES);
        for (k, line) in lines.iter().enumerate().take(stop).skip(i) {
            if line.is_blank() {
                continue;
            }
            // The running head (`A/HRC/RES/55/1`) too: a Council of 47
            // prints lists that cross a page.
            if k > i {
                if let Some(reason) = self.furniture(k, line.text, bare(line.text)) {
                    out.dropped.push((line.span, reason));
                    continue;
                }
            }
            out.vote_note.push(k);
            last = k;
            if strip_trailing_marks(bare(line.text)).ends_with(']') {
                break;
            }
        }
        last
    }

    /// Reads a Council adoption line from line `i` over its wrapped lines
    /// (`Adopted at the` / `1382nd meeting.`); returns the index of its last line.
    fn adoption_lines(&self, i: usize, out: &mut Layout<'s>) -> Option<usize> {
        let lines = self.lines;
        let mut idx = vec![i];
        let mut joined = bare(lines[i].text).to_owned();
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
        while idx.len() < ADOPTION_LINES && !strip_trailing_marks(&joined).ends_with('.') {
            let Some(k) = (j..lines.len()).find(|&k| !lines[k].is_blank()) else {
                break;
            };
            // Inside a bracket the sentence runs on whatever the next line
            // opens with (`12 votes to 2 (Cuba and` / `Yemen), with …`), and
            // so does a line that opens one (`… abstention` / `(China).`).
            let in_bracket = joined.matches('(').count() > joined.matches(')').count();
            let bracket = lines[k].text.starts_with('(');
            // A line that stops on a word no sentence ends with runs on
            // whatever the next opens with (`… by 14 votes to none, with` /
            // `I abstention (Syrian Arab` / `Republic).`, S/RES/298 (1971),
            // where OCR read the figure 1 as a capital I).
            let open_end = {
                let t = strip_trailing_marks(&joined);
                let last = t.rsplit(' ').next().unwrap_or(t);
                t.ends_with(',') || matches!(last, "by" | "to" | "with" | "and")
            };
            if !in_bracket && !bracket && !open_end && !continues(lines[k].text) {
                break;
            }
            joined.push(' ');
            joined.push_str(bare(lines[k].text));
            idx.push(k);
            j = k + 1;
        }
        // The compilations' vote line, or the Council's own adoption line
        // where a rendering sets it under the text (`3. Decides to remain
        // seized of the matter.` / `Adopted by the Security Council at its
        // 7399th meeting, on 5 March 2015.`, a web page's copy): with its
        // date, the line names the meeting and no paragraph.
        let foot = || {
            run(council_adoption_heading, &joined).is_some_and(|((_, _, date), _)| date.is_some())
                || run(adoption, &joined).is_some_and(|((_, date), _)| date.is_some())
        };
        if run(sc_adoption, &joined).is_none() && !foot() {
            return None;
        }
        let last = *idx.last()?;
        out.vote.extend(idx);
        Some(last)
    }

    /// Ends the notes block being read: its notes go to `out`; so do the
    /// lines moved so far.
    fn end_notes(&mut self, out: &mut Layout<'s>) {
        out.moved.append(&mut self.moved);
        let before = out.notes.len();
        self.block.flush(&mut out.notes);
        for note in &out.notes[before..] {
            if let FootnoteMarker::Number(n) = note.marker {
                self.printed_notes = self.printed_notes.max(n);
            }
        }
        self.mode = Mode::Body;
    }

    fn body_line(&mut self, i: usize, blank_before: bool, out: &mut Layout<'s>) {
        let line = self.lines[i];
        let text = line.text;
        // A number alone on its line inside a paragraph: the next footnote marker.
        if let Some(n) = lone(text) {
            if self.paras.last().is_some() {
                if n > self.next_marker {
                    self.count_glued_markers();
                    self.next_marker = self.next_marker.max(self.printed_notes + 1);
                }
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
                    return;
                }
                if self.page_furniture_near(i) {
                    out.dropped.push((line.span, DropReason::PageNumber));
                    return;
                }
                // Neither the next note nor a page's number: the text's own
                // (`the number of posts shall be` / `12` / `and …`, a
                // table's cells set one a line), read on below.
            }
        }
        // `4                  5`: the raised numbers of the line below (or
        // above) that a layout extractor set on a line of their own
        // (pypdf's layout mode, A/RES/78/199): markers, where they are the
        // next the text owes, in order. Read as text they would put `4 5`
        // into the paragraph and leave the notes that follow uncited.
        if self.paras.last().is_some() {
            if let Some(numbers) = lone_numbers(text) {
                let first = numbers.first().map_or(0, |&(n, _, _)| n);
                if first > self.next_marker {
                    self.count_glued_markers();
                    self.next_marker = self.next_marker.max(self.printed_notes + 1);
                }
                if first == self.next_marker {
                    if let Some(p) = self.open() {
                        for &(n, at, len) in &numbers {
                            let start = line.span.start + at;
                            p.pieces.push(Piece::Marker {
                                marker: FootnoteMarker::Number(n),
                                span: Span::new(start, start + len),
                            });
                        }
                        p.lines.push(i);
                    }
                    self.next_marker = first + numbers.len() as u32;
                    return;
                }
            }
        }
        // `S. Appeals urgently …` after paragraph 4 (S/RES/713 (1991)):
        // OCR's letter for a figure, taken only as the next number and
        // before a lead.
        let ocr = || {
            ocr_para_number(text).filter(|&(n, rest)| {
                self.last_number > 0 && n == self.last_number + 1 && starts_with_lead(rest)
            })
        };
        if let Some((n, rest)) = para_number(text).or_else(ocr) {
            let plausible = n == 1 || (n > self.last_number && n <= self.last_number + 3);
            if plausible {
                let label_span = Span::new(line.span.start, line.span.end - rest.len());
                // A number alone after a number still alone: the numbers
                // stand in a column of their own, their texts follow.
                let column = rest.is_empty()
                    && n == self.last_number + 1
                    && self.paras.last().is_some_and(|p| {
                        matches!(p.label, Some(Label::Number(_)))
                            && p.pieces.is_empty()
                            && p.deferred.is_none()
                    });
                self.last_number = n;
                self.subs.clear();
                if column {
                    self.queued.push_back((n, label_span, i));
                    return;
                }
                self.flush_queued();
                self.start_para(i, Some(Label::Number(n)), Some(label_span), rest);
                return;
            }
        }
        // `Dialogue (two months)  5.` / `Upon completion of …`: a side
        // heading and the next paragraph's number set on one line, as a
        // layout extraction prints the margin beside the number (S/2024/557
        // in the `UNBench` dataset): the heading, then the number, whose text
        // follows on the next line.
        if self.last_number > 0 && self.paras.last().is_none_or(Para::is_finished) {
            if let Some((head, n, at)) = heading_then_number(text) {
                if n == self.last_number + 1 {
                    let start = line.span.start;
                    self.start_para(i, None, None, head);
                    self.flush_queued();
                    self.last_number = n;
                    self.subs.clear();
                    let label_span = Span::new(start + at, line.span.end);
                    self.start_para(i, Some(Label::Number(n)), Some(label_span), "");
                    return;
                }
            }
        }
        // Whether the open paragraph is finished, read once: the tests
        // below ask it up to three times, and nothing changes the open
        // paragraph before the line is placed (each `start_para` returns).
        let finished = std::cell::OnceCell::new();
        let open_is_finished =
            || *finished.get_or_init(|| self.paras.last().is_some_and(Para::is_finished));
        let open_finished = || {
            self.paras.last().is_none_or(|p| {
                open_is_finished()
                    || p.last_text().is_some_and(|t| {
                        // The last word, which may be alone on its line.
                        let t = strip_trailing_marks(t);
                        let last = t.rsplit(' ').next().unwrap_or(t);
                        last == "and" || last == "or"
                    })
            })
        };
        if let Some((label, rest)) = sub_label(text) {
            // After a comma, a label that neither comes next in an open list
            // nor opens one is a reference that wrapped to the line's start
            // (`… subparagraph (d) (ii),` / `(iv) and (v) above, …`).
            let after_comma = || {
                self.paras
                    .last()
                    .and_then(Para::last_text)
                    .is_some_and(|t| strip_trailing_marks(t).ends_with(','))
            };
            // Under a group heading of the list, the label it was read
            // above ([`Walker::list_heading_ahead`]) opens its item.
            let under_list_heading = || self.paras.last().is_some_and(|p| p.list_heading);
            if (open_finished() && (!after_comma() || self.skips_ahead(label)))
                || self.continues_list(label)
                || self.opens_list(label)
                || under_list_heading()
            {
                self.subs.push(label);
                let label_span = Span::new(line.span.start, line.span.end - rest.len());
                self.start_para(i, Some(Label::Sub(label)), Some(label_span), rest);
                return;
            }
            // A dash item follows a chapeau's colon or an item of its list.
            // After a paragraph's comma, with no list open, a dash before a
            // lead is the bullet a copy set where the number stood (`Acting
            // under Chapter VII …,` / `- Decides to extend …;` / `2. Decides
            // …`, a web page's list): the line opens a paragraph, and the
            // bullet is markup, held as its label's span.
            if label == RawLabel::Dash
                && open_is_finished()
                && after_comma()
                && starts_with_lead(rest)
            {
                let label_span = Span::new(line.span.start, line.span.end - rest.len());
                self.start_para(i, None, Some(label_span), rest);
                return;
            }
        }
        let plain = bare(text);
        // `7. Requests the Secretary-General …:` / `To continue the
        // practice …;` / `To circulate …;` / `(c) To continue …`: items
        // whose letters the copy lost (PyMuPDF drops a list's generated
        // labels, as a Word file's automatic numbering is lost when it is
        // saved as text), in a text of one paragraph a line. Each is
        // lettered by its place, so that the items keep their chapeau and
        // a printed `(c)` goes on with the list.
        if !self.wrapped {
            if let Some(letter) = self.lost_label(plain) {
                let label = RawLabel::Letters(letter);
                self.subs.push(label);
                self.start_para(i, Some(Label::Sub(label)), None, text);
                out.restored.push((line.span, letter));
                return;
            }
        }
        if self.list_heading_ahead(i, plain) {
            self.start_para(i, None, None, text);
            if let Some(p) = self.open() {
                p.list_heading = true;
            }
            return;
        }
        // A label with no text of its own yet (a deferred end aside).
        let label_only = self
            .paras
            .last()
            .is_some_and(|p| p.texts().next().is_none());
        // `17.` / `session.` / `Decides …`, `4.` / `Agency;` / `Appeals …`: a
        // label whose first line is the end of a sentence (lower case, or a
        // word or two); the paragraph's start follows.
        let deferred = self.paras.last().is_some_and(|p| p.deferred.is_some());
        let fragment = || {
            text.starts_with(char::is_lowercase)
                || (text.split(' ').nth(2).is_none() && !starts_with_lead(text))
        };
        if label_only && !deferred && fragment() && ends_finished(text) {
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
        // The text of a number printed in a column above: it opens with an
        // operative lead after a finished paragraph.
        // (A queue: numbers leave it from the front, in the order printed.)
        if !self.queued.is_empty()
            && open_is_finished()
            && may_open_lead(plain)
            && run(operative_lead, plain).is_some()
        {
            let Some((n, span, line_no)) = self.queued.pop_front() else {
                return;
            };
            self.start_para(i, Some(Label::Number(n)), Some(span), text);
            if let Some(p) = self.open() {
                p.lines.insert(0, line_no);
            }
            return;
        }
        let new_para = match self.paras.last() {
            None => true,
            Some(_) if label_only => false,
            Some(p) if !open_is_finished() => {
                self.ends_title(p, text, plain)
                    || self.first_under_numeral(plain)
                    // Stray boxes of a justified line (pdfminer) end the
                    // paragraph before them: a lead or a section's number
                    // after them opens what it opens (`the  Commission` /
                    // `III` / `Rules of procedure …`, A/C.6/80/L.10).
                    || (blank_before
                        && self.stray_tail(p) > 0
                        && ((self.last_number == 0 && starts_with_lead(text))
                            || opens_section(plain)))
            }
            // `… under the Almaty Programme of Action:` / `Addressing the
            // Special Needs of …` (A/RES/80/3): a title's colon before its
            // subtitle, at a wrapped line's end; its lead-like first word
            // opens no paragraph.
            Some(p)
                if self.wrapped
                    && p.last_text()
                        .is_some_and(|t| subtitle_after_colon(t, plain)) =>
            {
                false
            }
            Some(_) => {
                let capital = || plain.starts_with(|c: char| c.is_uppercase());
                // Once numbered paragraphs run, an operative paragraph has
                // its number: a wrapped line opening with a capitalised word
                // in `-s` (`Azeris, Balochis, …`) continues the text.
                let lead = || {
                    if self.last_number == 0 {
                        starts_with_lead(text)
                    } else {
                        (may_open_lead(plain) && run(preambular_lead, plain).is_some())
                            || formula_of(plain).is_some()
                    }
                };
                // The cheap test first: in one-paragraph-per-line layouts it
                // decides most lines, and the lead grammars (the dearest
                // test of the walk) need not run. All three are pure.
                (!self.wrapped && blank_before && capital())
                    || lead()
                    || opens_section(plain)
                    || is_division(plain)
                    // A treaty's enacting words, after its preamble.
                    || plain.starts_with("Have agreed")
                    || opens_testimonium(plain)
                    || self.heading_ahead(i)
            }
        };
        // `Adopts the following political declaration …:` / `Political
        // declaration of …`: a quoted text begins (not a block quote, which
        // follows a chapeau that announces nothing). Its title opens no
        // paragraph where lines are wrapped; where each paragraph is a line
        // (canonical text, markdown), it is a line with no number and no lead.
        let titles_text = || {
            para_number(text).is_none()
                && run(operative_lead, plain).is_none()
                && run(preambular_lead, plain).is_none()
        };
        // The grammars of `titles_text` last: most lines fail before.
        let quotes_text = plain.starts_with(char::is_uppercase)
            && self.paras.last().is_some_and(|p| {
                open_is_finished()
                    && p.last_text().is_some_and(|t| strip_trailing_marks(t).ends_with(':'))
                    && p.pieces.iter().any(|x| matches!(x, Piece::Text { text, .. } if announces_following(text)))
                    && p.pieces.first().is_some_and(|x| matches!(x, Piece::Text { text, .. } if run(operative_lead, bare(text)).is_some()))
                    && !self.in_quoted
            })
            && (!new_para || titles_text());
        if quotes_text {
            self.start_para(i, None, None, text);
            if let Some(p) = self.open() {
                p.quoted_start = true;
            }
            self.in_quoted = true;
        } else if new_para {
            // In the preamble, unnumbered, a line opened by what reads as
            // an operative verb and no preambular lead may be a wrapped
            // line (`Fisheries and Forests …`): marked, for
            // `rejoin_false_start`.
            let verb_start = self.last_number == 0
                && (self.wrapped || !blank_before)
                && self.paras.last().is_some()
                && may_open_lead(plain)
                && run(preambular_lead, plain).is_none()
                && run(operative_lead, plain).is_some();
            // The boxes of a justified line that pdfminer printed apart
            // (`Underlining` / `that mutual …` / … / `the fact` /
            // `Recalling …`, A/RES/78/199): the stray words go back
            // beside their lead where it stands alone on its line.
            let stray = if self.last_number == 0 {
                self.paras.last().map_or(0, |p| self.stray_tail(p))
            } else {
                0
            };
            let mut moved = Vec::new();
            let mut moved_spans = Vec::new();
            if stray > 0 && is_lone_lead(plain) {
                // `the` / `Recognizing` / `informal working group …`
                // (A/C.2/80/L.42): the words printed before the lead.
                if let Some(p) = self.paras.last_mut() {
                    let at = p.pieces.len() - stray;
                    let from = p.lines.len() - stray;
                    moved.extend(p.pieces.drain(at..).zip(p.lines.drain(from..)));
                    moved_spans.extend(moved.iter().map(|(piece, _)| piece_span(piece)));
                }
            } else if stray > 0 {
                // `Underlining` / `that mutual …` / `the fact`: the words
                // printed after the paragraph they open.
                if let Some(p) = self.paras.last_mut() {
                    let lone = p.pieces.first().is_some_and(
                        |x| matches!(x, Piece::Text { text, .. } if is_lone_lead(bare(text))),
                    );
                    if lone && p.pieces.len() > stray + 1 {
                        // The lines stay listed: only the order of the
                        // words changes.
                        let at = p.pieces.len() - stray;
                        let tail: Vec<_> = p.pieces.drain(at..).collect();
                        self.moved.extend(tail.iter().map(piece_span));
                        p.pieces.splice(1..1, tail);
                    }
                }
            }
            self.start_para(i, None, None, text);
            if let Some(p) = self.open() {
                p.verb_start = verb_start;
                for (piece, line) in moved {
                    p.pieces.push(piece);
                    p.lines.push(line);
                }
            }
            self.moved.extend(moved_spans);
        } else if self.open().is_some() {
            // `# East,` under `… situation in the Middle` (pymupdf4llm): a
            // heading's marks on a line that goes on with a paragraph are
            // the converter's guess, not the text's.
            let text = text
                .strip_prefix('#')
                .map(|t| t.trim_start_matches('#'))
                .and_then(|t| t.strip_prefix(' '))
                .map_or(text, str::trim_start);
            let piece = self.piece(i, text);
            // `2.` / `that` / `Resolves` / `the Secretary-General shall
            // report` (pdfminer, A/RES/80/245): a numbered paragraph's
            // lead, alone in its box, printed after stray words of its
            // line; the lead opens the paragraph.
            // So too the first preambular paragraph (`The General
            // Assembly,` / `the  reports  of` / `Having  considered`,
            // A/RES/78/249).
            // A lead alone is a word or three: the cheap test first, as
            // every line that goes on with a paragraph passes here.
            let lead_first = plain.split_whitespace().nth(3).is_none()
                && self.paras.last().is_some_and(|p| {
                    !p.pieces.is_empty()
                        && self.stray_count(p) == p.pieces.len()
                        && match p.label {
                            Some(Label::Number(_)) => is_lone_operative_lead(plain),
                            None => self.last_number == 0 && is_lone_lead(plain),
                            Some(_) => false,
                        }
                });
            if lead_first {
                self.moved.push(line.span);
            }
            if let Some(p) = self.open() {
                if lead_first {
                    p.pieces.insert(0, piece);
                    p.lines.push(i);
                } else {
                    p.push_text(piece, i);
                }
            }
        }
    }

    /// How many of the paragraph's last lines are stray boxes: a few words
    /// (six at most) in lower case, unfinished, each alone between blank lines, as
    /// pdfminer prints the boxes of a justified line it took apart (`the
    /// fact`, `in`, `the  2030  Agenda`). None where that would leave the
    /// paragraph without a line of its own.
    fn stray_tail(&self, p: &Para<'s>) -> usize {
        let n = self.stray_count(p);
        if n < p.pieces.len() {
            n
        } else {
            0
        }
    }

    /// How many of the paragraph's last pieces are stray boxes
    /// ([`Walker::stray_tail`]), all of them if need be, counted up to
    /// [`MAX_STRAY`]: asked at every short line that goes on with a
    /// paragraph, so an unbounded count would cost the length of a run of
    /// stray lines at each of them (quadratic on such a run).
    fn stray_count(&self, p: &Para<'s>) -> usize {
        let blank = |j: usize| self.lines.get(j).is_some_and(|l| l.text.is_empty());
        p.pieces
            .iter()
            .rev()
            .zip(p.lines.iter().rev())
            .take(MAX_STRAY)
            .take_while(|(piece, &j)| {
                matches!(piece, Piece::Text { text, .. }
                    if self.lines.get(j).is_some_and(|l| l.text == *text)
                        && text.starts_with(char::is_lowercase)
                        // A letter alone is a table's note (`b`), no word.
                        && text.chars().nth(1).is_some()
                        && text.split_whitespace().nth(6).is_none()
                        && !ends_finished(text))
                    && j > 0
                    && blank(j - 1)
                    && blank(j + 1)
                    && self.among_blocks(j)
            })
            .count()
    }

    /// Whether lines near line `j` follow one another without a blank
    /// line: pdfminer prints its boxes of several lines whole, while a
    /// text that sets a blank line after every line (each line break
    /// doubled) has no stray boxes, only lines.
    fn among_blocks(&self, j: usize) -> bool {
        let filled = |k: usize| self.lines.get(k).is_some_and(|l| !l.text.is_empty());
        (j.saturating_sub(STRAY_WINDOW)..j + STRAY_WINDOW).any(|k| filled(k) && filled(k + 1))
    }

    /// Puts the open paragraph back into the one before when it was opened
    /// by a word that only looked like an operative verb: in the preamble,
    /// unnumbered, and ending as a preambular paragraph ends, with a comma
    /// (`… Tenure of Land,` / `Fisheries and Forests … natural resources,`).
    /// No operative paragraph ends so.
    fn rejoin_false_start(&mut self) {
        let false_start = self.paras.len() >= 2
            && self.paras.last().is_some_and(|p| {
                p.verb_start
                    && p.deferred.is_none()
                    && p.last_text()
                        .is_some_and(|t| strip_trailing_marks(t).ends_with(','))
            });
        if !false_start {
            return;
        }
        if let (Some(rest), Some(before)) = (self.paras.pop(), self.paras.last_mut()) {
            for (piece, line) in rest.pieces.into_iter().zip(rest.lines) {
                before.push_text(piece, line);
            }
        }
    }

    /// Whether line `plain` opens the first paragraph of a part whose
    /// numeral stands alone above it, with no title (`Determines … peace;
    /// and` / `I` / `Calls for the immediate cessation of hostilities ;`,
    /// S/RES/82 (1950)): the paragraphs run unnumbered, the one before the
    /// numeral ended as an operative paragraph ends (`;`, `; and`, `:`,
    /// `.`), and the line opens with an operative lead. A section's title
    /// (`II` / `Capital master plan`) names no action, and a section whose
    /// title is followed by a preamble follows the formula or a preambular
    /// paragraph, which end with a comma. Decided on the words alone, so
    /// that every layout (blank lines or none) reads the same.
    fn first_under_numeral(&self, plain: &str) -> bool {
        let n = self.paras.len();
        if n < 2 || self.last_number != 0 || !self.paras[n - 1].is_lone_numeral() {
            return false;
        }
        let operative_end = self.paras[n - 2].last_text().is_some_and(|t| {
            let t = strip_trailing_marks(t);
            let t = t
                .strip_suffix(" and")
                .or_else(|| t.strip_suffix(" or"))
                .unwrap_or(t);
            t.ends_with([';', ':', '.'])
        });
        operative_end && may_open_lead(plain) && run(operative_lead, plain).is_some()
    }

    /// Whether line `text` (`plain`, its [`bare`] text) begins a new
    /// paragraph though the open paragraph `p` is unfinished: where `p` is
    /// a title or heading that ends unpunctuated.
    fn ends_title(&self, p: &Para<'s>, text: &str, plain: &str) -> bool {
        // A declaration's chapeau opens in the first person plural under
        // its title lines (`… on the fight against tuberculosis` / `We,
        // Heads of State and Government …`, A/RES/73/3). (A centred title
        // breaks where the typesetter balanced it, so a short line does not
        // end it.)
        if (plain.starts_with("We ") || plain.starts_with("We,")) && p.is_title_block(4, 300) {
            return true;
        }
        // `Annex` / `United Nations principles for …` / `I.`: a section
        // number under a title line opens the first section.
        // Not under a wrapped paragraph's first line, which breaks
        // mid-phrase (`Noting … of the XXXIII Olympiad and the` / `XVII
        // Paralympic Games, …`, A/RES/80/8): a title never ends in an
        // article, a conjunction or a preposition.
        if opens_section(plain) && p.is_title_like() && !wrapped_sentence(p) {
            return true;
        }
        // `Annex` / `United Nations Convention on Negotiable Cargo
        // Documents` / `The States Parties to this Convention,` (A/RES/80/162):
        // an annex's title of one line well short of the printed width did
        // not wrap, so the next capitalised line opens the annexed text; so
        // does a line that ends as a paragraph ends (a title is
        // unpunctuated).
        if self.in_annex
            && self.paras.len() == 1
            && p.is_title_block(1, 120)
            && plain.starts_with(char::is_uppercase)
            && (ends_finished(plain) || p.texts().next().is_some_and(|t| self.is_short(bare(t))))
        {
            return true;
        }
        // `II` / `Capital master plan` / `Recalling …`: a section's heading
        // ends unpunctuated, where its first paragraph begins; so does a
        // heading under the heading (`Chapter II` / its title / `Article
        // 3`).
        p.heading_title().is_some_and(|title| {
            is_division(plain)
                || section_number(plain).is_some()
                || opens_paragraph_after_title(text)
                || (self.is_short(bare(title)) && plain.starts_with(char::is_uppercase))
        })
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
        // An operative lead alone before the list it opens (`Decides,` /
        // `(a) To call upon …`) is its chapeau, not a wrapped line.
        let opens_chapeau_list =
            matches!(label, Some(Label::Sub(_))) && self.paras.last().is_some_and(is_lead_chapeau);
        if !opens_chapeau_list {
            self.rejoin_false_start();
        }

        let mut para = Para {
            label,
            label_span,
            // The capacity a first push gives (four, for both types), made
            // at once: the same memory, without the growth path per list.
            pieces: Vec::with_capacity(4),
            lines: Vec::with_capacity(4),
            quotes: 0,
            quote_line: 0,
            deferred: None,
            quoted_start: false,
            verb_start: false,
            list_heading: false,
        };
        if rest.is_empty() {
            para.lines.push(i);
        } else {
            para.push_text(self.piece(i, rest), i);
        }
        self.paras.push(para);
    }
}

/// How far from a number alone (in lines) [`Walker::page_furniture_near`]
/// looks for the page's edge: a page's foot prints its number, the job
/// number and the counter within a few lines, blank ones among them, and
/// the next page's head follows.
const PAGE_EDGE_WINDOW: usize = 4;

/// How far from a stray box (in lines) a box of several lines is looked
/// for ([`Walker::among_blocks`]): the stray boxes of one printed line run
/// to five, each with its blank line.
const STRAY_WINDOW: usize = 12;

/// The most stray boxes [`Walker::stray_count`] counts at a paragraph's
/// end: the boxes of one printed line run to five; a longer run of short
/// lines apart is no line taken apart.
const MAX_STRAY: usize = 8;

/// Whether a line opens a treaty's closing formula, its testimonium: `DONE
/// at New York, this …` / `DONE in a single original, of which …`, `IN
/// WITNESS WHEREOF the undersigned …`. It follows the last article, set
/// apart as a paragraph of its own, and opens with capitals no sentence
/// of an article's text wraps onto a line's start (A/RES/80/162).
fn opens_testimonium(t: &str) -> bool {
    [
        "DONE at ",
        "DONE in ",
        "Done at ",
        "Done in ",
        "IN WITNESS WHEREOF",
    ]
    .iter()
    .any(|formula| t.starts_with(formula))
}

/// Whether the line is a preambular lead and nothing else (`Underlining`,
/// `Noting with satisfaction`): pdfminer's box of an italic lead set apart
/// from the words of its line.
fn is_lone_lead(t: &str) -> bool {
    lone_lead_of(t, preambular_lead)
}

/// Whether the line is an operative lead and nothing else (`Resolves`), as
/// [`is_lone_lead`] for the preamble.
fn is_lone_operative_lead(t: &str) -> bool {
    lone_lead_of(t, operative_lead)
}

/// Whether the line is a lead of `grammar` and nothing else: three words at
/// most (the cheap test first), capitalised, unfinished.
fn lone_lead_of(t: &str, grammar: fn(&str) -> crate::grammar::PResult<'_, &str>) -> bool {
    t.split_whitespace().nth(3).is_none()
        && t.starts_with(char::is_uppercase)
        && !ends_finished(t)
        && may_open_lead(t)
        && run(grammar, t).is_some_and(|(_, rest)| rest.trim().is_empty())
}

/// Most words a side heading set beside a paragraph number has
/// ([`heading_then_number`]): `Information Gathering (up to four months)`.
const MAX_SIDE_HEADING_WORDS: usize = 8;

/// The letters [`Walker::lost_label`] gives, in order. A run of lost
/// labels longer than the alphabet is left unlettered: whether `(aa)` or
/// `(z)` twice follows would be a guess.
const LETTERS: [&str; 26] = [
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t", "u", "v", "w", "x", "y", "z",
];

/// Whether `text` ends as a list's item before the last does: `;`, `; and`,
/// `; or`.
fn ends_item(text: &str) -> bool {
    text.ends_with(';') || text.ends_with("; and") || text.ends_with("; or")
}

/// Whether `line` goes on with a title that `before` ended with its colon:
/// `… under the Almaty Programme of Action:` / `Addressing the Special
/// Needs of Landlocked Developing Countries …`. A chapeau's colon follows
/// the words of a sentence (`as follows:`, `calls upon States to:`); a
/// title's follows a capitalised word, and its subtitle is in title case,
/// as no paragraph is: its first words of four letters or more, prepositions
/// aside, are capitalised (three at least).
fn subtitle_after_colon(before: &str, line: &str) -> bool {
    let Some(head) = strip_trailing_marks(before).strip_suffix(':') else {
        return false;
    };
    let last = head.rsplit(' ').next().unwrap_or(head);
    if !last.starts_with(char::is_uppercase) {
        return false;
    }
    const LOWER: [&str; 12] = [
        "with", "within", "from", "into", "through", "towards", "toward", "among", "between",
        "under", "upon", "without",
    ];
    let mut capitalised = 0;
    for word in line.split_whitespace().take(6) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().count() < 4 || LOWER.contains(&word) {
            continue;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        capitalised += 1;
    }
    capitalised >= 3
}

/// A short heading and a paragraph number alone at the line's end, apart
/// by a gap of two spaces or more (`Dialogue (two months)  5.`): the
/// heading, the number and the number's offset in the line. The heading
/// opens with a capital, has no lead and no final punctuation; a sentence
/// that ends in a number (`… in paragraph 5.`) ends with punctuation
/// before it or sets it one space apart.
fn heading_then_number(text: &str) -> Option<(&str, u32, usize)> {
    let t = text.trim_end();
    let at = t.rfind(|c: char| c.is_whitespace())? + 1;
    let (n, rest) = para_number(&t[at..])?;
    let head = t[..at].trim_end();
    let gap = &t[head.len()..at];
    let words = head.split_whitespace().count();
    let usable = rest.is_empty()
        && gap.len() >= 2
        && (1..=MAX_SIDE_HEADING_WORDS).contains(&words)
        && head.starts_with(char::is_uppercase)
        && !head.ends_with(['.', ',', ';', ':'])
        && !starts_with_lead(head);
    usable.then_some((head, n, at))
}

/// Whether the paragraph is an operative lead alone before its list, its
/// colon or comma aside (`Decides,`, `Decides:`).
fn is_lead_chapeau(p: &Para<'_>) -> bool {
    let mut texts = p.texts();
    match (texts.next(), texts.next()) {
        (Some(only), None) => {
            let t = strip_trailing_marks(bare(only));
            t.ends_with([',', ':']) && is_lone_operative_lead(t.trim_end_matches([',', ':']))
        }
        _ => false,
    }
}

/// Whether a line says `the following` (`Adopts the following political
/// declaration …:`), however wide the gap between the two words: a
/// justified line keeps its stretched spaces in some extractors (pdfminer:
/// `Adopts  the  following  political declaration`, A/RES/73/3).
fn announces_following(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let mut prev = "";
    words.any(|w| {
        let found =
            prev == "the" && w.trim_end_matches(|c: char| !c.is_alphanumeric()) == "following";
        prev = w;
        found
    })
}

/// Whether `text` opens with a month's name: after a number, a date
/// (`1 November 2018`), not a note.
fn opens_with_month(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or_default();
    month_name_of(first.trim_end_matches(',')).is_some()
}

/// A rule of at least five underscores, in emphasis or not, and a note
/// numbered after it on the same line (`**__________________** 15
/// Resolution 69/283, annex II.`): the note's marker, the line from its
/// number on, and the note's text.
fn rule_then_note(text: &str) -> Option<(FootnoteMarker, &str, &str)> {
    let t = text.trim_start_matches('*');
    let after_rule = t.trim_start_matches('_');
    if t.len() - after_rule.len() < 5 {
        return None;
    }
    let rest = after_rule.trim_start_matches(['*', '_', ' ']);
    let (marker, note) = plain_note(rest)?;
    matches!(marker, FootnoteMarker::Number(_)).then_some((marker, rest, note))
}

/// How far past the count of notes cited a glued number may be to count as
/// the next marker ([`Walker::count_glued_markers`]).
const MAX_MARKER_STEP: u32 = 3;

/// Where `piece` is.
fn piece_span(piece: &Piece<'_>) -> Span {
    match piece {
        Piece::Text { span, .. } | Piece::Marker { span, .. } => *span,
    }
}

/// The words of `t` that end in a digit, each with the word before it
/// (`prev`, the last word before `t`, for the first): the only words
/// [`text_marker`] reads, found by their digits rather than word by word.
fn numbered_words<'t>(t: &'t str, prev: &'t str) -> impl Iterator<Item = (&'t str, &'t str)> {
    let b = t.as_bytes();
    let mut k = 0;
    std::iter::from_fn(move || loop {
        let start = k + b.get(k..)?.iter().position(u8::is_ascii_digit)?;
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        k = end;
        if b.get(end).is_some_and(|c| !c.is_ascii_whitespace()) {
            continue;
        }
        // Whitespace is ASCII: the cuts are character boundaries.
        let ws = b[..start].iter().rposition(u8::is_ascii_whitespace);
        let word = &t[ws.map_or(0, |w| w + 1)..end];
        let before = match ws {
            Some(w) => t[..w].split_ascii_whitespace().next_back().unwrap_or(prev),
            None => prev,
        };
        return Some((before, word));
    })
}

/// The number of a marker `word` may be, after the word `prev`: one to
/// three digits glued to the end of a word, after a letter or a closing
/// mark (`1993,1`, `Crime11`, `Development”,3`), or standing alone after
/// such a word that cites no number (`Child, 1`, but not `paragraph 3`), or
/// glued to a year (`of 19721`: five to seven digits from `19` or `20`).
/// Digits after a digit, `/` or `-`, or in a symbol, are the word's own
/// (`70/1`, `COVID-19`, `A/80/L.26`). A first reading for counting only: the text's markers
/// are read when it is cleaned, against the notes the document defines.
fn text_marker(prev: &str, word: &str) -> Option<u32> {
    let closes =
        |c: char| c.is_alphabetic() || matches!(c, ',' | '.' | ';' | ':' | ')' | '”' | '’');
    let head = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &word[head.len()..];
    let marks = match head.chars().next_back() {
        // A symbol's numbers are its own (`A/80/L.26`).
        Some(before) => closes(before) && !head.contains('/'),
        None => {
            prev.chars().next_back().is_some_and(closes)
                && !CITING_WORDS.contains(
                    &prev
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
        }
    };
    if head.is_empty() && year_and_number(digits) {
        // A year and the marker glued to it (`Destruction of 19721`).
        return digits[4..].parse().ok();
    }
    (marks && (1..=3).contains(&digits.len()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// Most numbers one line holds in [`lone_numbers`]: a printed line cites a
/// few notes at most.
const MAX_LONE_NUMBERS: usize = 4;

/// The numbers of a line that holds two to [`MAX_LONE_NUMBERS`] numbers
/// of one to three digits and nothing else, running on (`4   5`, `6 7 8`),
/// each with its byte offset in the line and its length; `None` otherwise.
fn lone_numbers(text: &str) -> Option<Vec<(u32, usize, usize)>> {
    // Most lines open with a letter, or are one number (`lone`).
    if !text.as_bytes().first().is_some_and(u8::is_ascii_digit) || !text.contains(' ') {
        return None;
    }
    let mut out = Vec::new();
    let mut at = 0;
    for word in text.split(' ') {
        if !word.is_empty() {
            if out.len() == MAX_LONE_NUMBERS
                || word.len() > 3
                || !word.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let n: u32 = word.parse().ok()?;
            if out.last().is_some_and(|&(last, _, _)| n != last + 1) {
                return None;
            }
            out.push((n, at, word.len()));
        }
        at += word.len() + 1;
    }
    (out.len() >= 2).then_some(out)
}

/// Whether paragraph `p`, one line or two so far, is the start of a
/// wrapped sentence rather than a title: its last line ends in a word that
/// never ends a title (an article, a conjunction, a preposition: `…
/// Olympiad and the`). Not a conjunction after a clause's punctuation,
/// which ends a paragraph (`… breach of the peace; and` / `I`, S/RES/82).
fn wrapped_sentence(p: &Para<'_>) -> bool {
    const OPEN_ENDS: &[&str] = &[
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at", "from",
    ];
    p.last_text().is_some_and(|t| {
        let t = strip_trailing_marks(t).trim_end();
        let (before, last) = t.rsplit_once(' ').unwrap_or(("", t));
        OPEN_ENDS.iter().any(|w| last.eq_ignore_ascii_case(w))
            && !before.ends_with([';', ',', ':', '.'])
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn ok_heading_then_number() {
        assert_eq!(
            heading_then_number("Dialogue (two months)  5."),
            Some(("Dialogue (two months)", 5, 23))
        );
        assert_eq!(
            heading_then_number("Information Gathering (up to four months)   2.")
                .map(|(h, n, _)| (h, n)),
            Some(("Information Gathering (up to four months)", 2))
        );
    }

    #[test]
    fn err_heading_then_number() {
        for line in [
            "as set out in paragraph 5.",
            "Recalls its resolution  5.",
            "the measures in annex  5.",
            "Dialogue (two months) 5.",
            "Dialogue (two months)  5. Upon completion",
            "In paragraph 4,  5.",
            "5.",
        ] {
            assert_eq!(heading_then_number(line), None, "{line}");
        }
    }

    #[test]
    fn ok_lone_numbers() {
        assert_eq!(
            lone_numbers("4                  5"),
            Some(vec![(4, 0, 1), (5, 19, 1)])
        );
        assert_eq!(lone_numbers("9 10 11").map(|v| v.len()), Some(3));
    }

    #[test]
    fn err_lone_numbers() {
        assert_eq!(lone_numbers("4"), None);
        assert_eq!(lone_numbers("4 6"), None);
        assert_eq!(lone_numbers("17 500 people"), None);
        assert_eq!(lone_numbers("2002, 58/7"), None);
        assert_eq!(lone_numbers("1 2 3 4 5"), None);
    }
    use super::*;

    #[test]
    fn ok_numbered_words_are_the_words_ending_in_digits() {
        let t = "the Convention2 and Rights, 3 of 1993,1 for 70/1 x 12a G20";
        let all: Vec<(&str, &str)> = numbered_words(t, "last").collect();
        let words: Vec<&str> = t.split_ascii_whitespace().collect();
        let expected: Vec<(&str, &str)> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.ends_with(|c: char| c.is_ascii_digit()))
            .map(|(k, w)| (if k == 0 { "last" } else { words[k - 1] }, *w))
            .collect();
        assert_eq!(all, expected);
        assert_eq!(
            numbered_words("7 and", "prev").collect::<Vec<_>>(),
            [("prev", "7")]
        );
    }

    #[test]
    fn ok_text_marker_reads_glued_and_set_apart_numbers() {
        for (prev, word, expected) in [
            ("", "1993,1", Some(1)),
            ("", "Crime11", Some(11)),
            ("", "Development”,3", Some(3)),
            ("Child,", "1", Some(1)),
            ("Rights", "3", Some(3)),
            ("paragraph", "3", None),
            ("No.", "16", None),
            ("", "70/1", None),
            ("", "COVID-19", None),
            ("", "A/80/L.26", None),
            ("", "2025", None),
            ("of", "2024", None),
            ("of", "19721", Some(1)),
            ("", "20233", Some(3)),
            ("", "2024123", Some(123)),
            ("", "17500", None),
            ("", "Secretary-General1234", None),
        ] {
            assert_eq!(text_marker(prev, word), expected, "{prev} {word}");
        }
    }

    #[test]
    fn ok_gap_split_is_split() {
        let mut lines = crate::normalize::lines::sample_lines();
        lines.extend(
            [
                "a    b",
                "a     b",
                "a        b",
                "    a    ",
                "    ",
                "",
                "a   b",
            ]
            .map(String::from),
        );
        // Runs of every length at every offset modulo 4.
        for k in 0..5 {
            for n in 0..10 {
                lines.push(format!("{}{}y", "x".repeat(k), " ".repeat(n)));
            }
        }
        for line in lines {
            assert_eq!(has_gap(&line), line.contains("    "), "{line:?}");
            let ours: Vec<&str> = split_gaps(&line).collect();
            let std: Vec<&str> = line.split("    ").collect();
            assert_eq!(ours, std, "{line:?}");
        }
    }

    #[test]
    fn ok_pair_filter_is_necessary() {
        let lines: Vec<Line<'_>> = Vec::new();
        let mut walker = Walker::new(&lines, true);
        let front = [
            "A/RES/80/2",
            "Enhancement of international cooperation in the field of human rights",
            "80/2. Scale of assessments",
        ];
        walker.set_front(front);
        let joined = walker.front_joined.clone();
        for line in crate::normalize::lines::sample_lines() {
            assert_eq!(
                walker.in_front_joined(&line),
                joined.contains(&line),
                "{line:?}"
            );
        }
        for k in 0..joined.len() {
            for j in k..joined.len() {
                if let Some(t) = joined.get(k..j) {
                    assert!(walker.in_front_joined(t), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn ok_symbol_guard_is_necessary() {
        crate::normalize::lines::assert_guard_necessary(
            &crate::normalize::lines::sample_lines(),
            20,
            |line| run_all(document_symbol, line).is_some(),
            may_be_symbol,
        );
    }
}
