//! Clean prose from a run of line pieces: markup out, footnote markers taken
//! out as references, hard wraps undone, broken words repaired.
//!
//! Two passes, each linear: [`tokenize`] (markup and markers; numbers read
//! as markers by [`numeric_markers`] where a document defines notes), then
//! [`repair`], which joins broken words by evidence and writes the line of
//! text and the marker offsets as it goes (the last word held back until
//! the next says whether the two are one).
//!
//! | before | after | rule |
//! |---|---|---|
//! | `*Also reaffirms* the duty` | `Also reaffirms the duty` | emphasis removed |
//! | `1993,<sup>1</sup> for`, `1993,¹ for`, `1993,[footnoteRef:1] for`, `1993` / `1` / `for` | `1993, for` + ref 1 | markers out |
//! | `Development, 1/ which` (notes printed `1/  Resolution 41/128, annex.`) | `Development, which` + ref 1 | the older style's calls out |
//! | `resolution [70/1](#) of` | `resolution 70/1 of` | link text kept |
//! | `the high -level meeting` | `the high-level meeting` | a space before a hyphen marks a real one |
//! | `twenty -` / `eighth session` | `twenty-eighth session` | the same across a line end |
//! | `the Secretary      - General` | `the Secretary-General` | a hyphen alone between the words of an attested compound |
//! | `the fie ld of` | `the field of` | a fragment that is no word, joined into an attested word |
//! | `recon-` / `ciliation` | `reconciliation` | line-end hyphen not attested as a compound |
//! | `follow-` / `up` | `follow-up` | line-end hyphen of an attested compound |
//! | `Cuba:*`, `Cuba*` | `Cuba:`, `Cuba` + ref `*` | an asterisk that closes no emphasis is a marker |

use std::borrow::Cow;
use std::cell::Cell;
use std::num::NonZeroU64;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::lexicon::{Key, Lexicon, Probe};
use crate::ast::{FootnoteMarker, FootnoteRef};
use crate::error::{Diagnostic, DiagnosticKind};
use crate::grammar::marker::{bracket_ref, inline_marker};
use crate::grammar::{run, CITATION_ABBREVIATIONS};
use crate::span::Span;

/// A piece of a node's source: the text of (part of) a line, or a footnote
/// marker that stood alone on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece<'s> {
    /// Text whose first byte is at `span.start` of the input.
    Text {
        /// The text.
        text: &'s str,
        /// Where it is.
        span: Span,
    },
    /// A marker printed on its own line (`1` between `1993` and `for enhancing`).
    Marker {
        /// The marker.
        marker: FootnoteMarker,
        /// Where it is.
        span: Span,
    },
}

/// Clean text and the references taken out of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Clean {
    pub(crate) text: String,
    pub(crate) refs: Vec<FootnoteRef>,
    /// Where each word of `text` came from in the input.
    pub(crate) map: TextMap,
}

/// From byte ranges of clean text back to the input: one entry per word,
/// `(start, end)` in the text and the span of its source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TextMap(Vec<(usize, usize, Span)>);

impl TextMap {
    /// The input span covering the words that overlap `start..end` of the
    /// clean text (a joined word keeps the span of all it came from).
    pub(crate) fn to_input(&self, start: usize, end: usize) -> Option<Span> {
        let first = self.0.partition_point(|&(_, e, _)| e <= start);
        self.0[first..]
            .iter()
            .take_while(|&&(s, _, _)| s < end.max(start + 1))
            .map(|&(_, _, span)| span)
            .reduce(Span::cover)
    }
}

/// A word's text: as the source prints it, or made by [`tokenize`] (a
/// word with markup or a replaced character inside, a glued marker's head)
/// and kept apart, in the node's made words, by its index there. So a
/// token owns nothing: dropping it is no work, where a `Cow` would cost a
/// check each (the lane of [`repair`] passes over most tokens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text<'s> {
    Source(&'s str),
    Made(usize),
}

impl<'s> Text<'s> {
    /// The text, with the node's `made` words.
    fn get<'a>(self, made: &'a [String]) -> &'a str
    where
        's: 'a,
    {
        match self {
            Self::Source(text) => text,
            Self::Made(i) => made.get(i).map_or("", String::as_str),
        }
    }

    /// The text, a made word taken out of `made` (each token is taken
    /// once).
    fn take(self, made: &mut [String]) -> Cow<'s, str> {
        match self {
            Self::Source(text) => Cow::Borrowed(text),
            Self::Made(i) => Cow::Owned(made.get_mut(i).map(std::mem::take).unwrap_or_default()),
        }
    }
}

/// A node's tokens and the words [`tokenize`] made for them ([`Text::Made`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tokens<'s> {
    toks: Vec<Tok<'s>>,
    made: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'s> {
    Word {
        text: Text<'s>,
        span: Span,
        /// The [`Key`] sum of a plain word (ASCII letters from end to end,
        /// at most [`MAX_KEYED_WORD`] bytes), worked out as [`tokenize`]
        /// read it, so that [`repair`] need not read the word again for
        /// its [`Shape`]. `None` where it is not known: a word of other
        /// bytes, one built piece by piece, or (rarely) a sum of 0, for
        /// which [`Shape::of`] works it out.
        letters: Option<NonZeroU64>,
    },
    /// White space inside a line.
    Space,
    /// A line end between two pieces.
    Break,
    Marker(FootnoteMarker),
}

/// Allocations kept, empty, for the next node of a document: a node's
/// tokens take about 16 bytes a byte of its text (a 48-byte token every
/// three bytes reserved) and its [`TextMap`] about 5, past the allocator's
/// cheap sizes, so fresh ones for each node cost a slow allocation and
/// free each. The token vector is held without a lifetime (the tokens
/// borrow each node's pieces): an empty one is taken back through
/// [`recycle`]. A map comes back only where its node's caller gives it
/// ([`Scratch::keep_map`]); without one, a new map is made.
#[derive(Default)]
pub(crate) struct Scratch {
    tokens: Cell<Vec<Tok<'static>>>,
    map: Cell<Vec<(usize, usize, Span)>>,
}

impl Scratch {
    /// The kept token vector, empty (or a new one where none is kept).
    fn take_tokens<'s>(&self) -> Vec<Tok<'s>> {
        self.tokens.take()
    }

    /// Keeps the allocation of `rest`, what is left of a node's tokens
    /// (dropped).
    fn put_tokens(&self, rest: std::vec::IntoIter<Tok<'_>>) {
        self.tokens.set(recycle(rest));
    }

    /// The kept map vector, empty, where it holds at least `words`
    /// entries; else a new one of that capacity (made at its capacity:
    /// `reserve` on an empty vector takes the cold growth path).
    fn take_map(&self, words: usize) -> Vec<(usize, usize, Span)> {
        let mut map = self.map.take();
        if map.capacity() < words {
            return Vec::with_capacity(words);
        }
        map.clear();
        map
    }

    /// Keeps the allocation of a node's [`Clean::map`] once it is done
    /// with, for the next node.
    pub(crate) fn keep_map(&self, map: TextMap) {
        self.map.set(map.0);
    }
}

/// `tokens` dropped, and their allocation as an empty vector of any
/// lifetime: a `filter_map` from a vector's iterator to a type of the same
/// size and alignment is collected in place by `std` (no allocation; tested
/// below). Where it were not, this would only allocate again.
// A `filter_map` that keeps nothing: the point is the change of type,
// which a `filter` cannot make.
#[allow(clippy::unnecessary_filter_map)]
fn recycle(tokens: std::vec::IntoIter<Tok<'_>>) -> Vec<Tok<'static>> {
    tokens.filter_map(|_| None).collect()
}

/// Cleans `pieces` into one line of prose; repairs go to `diags`.
pub(crate) fn clean(pieces: &[Piece<'_>], lex: &Lexicon<'_>, diags: &mut Vec<Diagnostic>) -> Clean {
    clean_with(pieces, lex, None, diags)
}

/// The footnote numbers a document defines, and the next one its text is
/// expected to cite (markers run on in reading order).
#[derive(Debug, Clone, Default)]
pub(crate) struct MarkerContext {
    defined: Vec<u32>,
    next: u32,
    /// The document numbers its notes with a slash (`1/  Resolution
    /// 41/128, annex.`), the UN's older style: its text calls them so
    /// (`Development, 1/`), see [`slash_markers`].
    slash: bool,
}

impl MarkerContext {
    /// A context for the notes numbered `defined`.
    pub(crate) fn new(mut defined: Vec<u32>) -> Self {
        defined.sort_unstable();
        defined.dedup();
        let next = defined.first().copied().unwrap_or(1);
        Self {
            defined,
            next,
            slash: false,
        }
    }

    /// The same context, for a document whose notes are numbered with a
    /// slash (`slash`), whose text calls them so.
    pub(crate) fn with_slash(self, slash: bool) -> Self {
        Self { slash, ..self }
    }

    fn saw(&mut self, n: u32) {
        self.next = self.next.max(n + 1);
    }

    /// Whether `n` is the marker the text should cite next (or the one
    /// after, where one marker was lost).
    fn expects(&self, n: u32) -> bool {
        (n == self.next || n == self.next + 1) && self.defined.binary_search(&n).is_ok()
    }
}

/// Words after which a number is part of a citation, never a footnote
/// marker: `paragraph 3`, `No. 16`, `resolution 1`.
pub(crate) const CITING_WORDS: &[&str] = &[
    "paragraph",
    "paragraphs",
    "para",
    "paras",
    "article",
    "articles",
    "annex",
    "annexes",
    "chapter",
    "chap",
    "section",
    "sect",
    "no",
    "nos",
    "vol",
    "volume",
    "page",
    "p",
    "pp",
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "item",
    "items",
    "rule",
    "rules",
    "principle",
    "principles",
    "goal",
    "goals",
    "target",
    "targets",
    "part",
    "protocol",
    "recommendation",
    "recommendations",
    "figure",
    "table",
    "step",
    "phase",
    "level",
    "by",
    "and",
    "to",
    "or",
    "than",
    "of",
    "the",
    "at",
    "from",
    "between",
];

/// Words a number counts, so the number before them is no marker: `7 votes`.
const COUNTED_WORDS: &[&str] = &[
    "votes",
    "vote",
    "per",
    "abstention",
    "abstentions",
    "members",
    "member",
    "years",
    "year",
    "days",
    "months",
    "weeks",
    "hours",
    "million",
    "billion",
    "states",
    "countries",
];

fn bare_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Footnote numbers that extraction printed as words: spaced off their
/// word (`1993, 1 for`, `Korea 11 that`, `2025 3 and`) or glued to it
/// (`Korea11`). A number is read as a marker only where the document
/// defines that note and it is the next the text should cite (DOMAIN.md §6:
/// check note numbers before reading digits as part of a citation).
fn numeric_markers<'s>(
    Tokens {
        toks: mut tokens,
        mut made,
    }: Tokens<'s>,
    ctx: &mut MarkerContext,
    diags: &mut Vec<Diagnostic>,
) -> Tokens<'s> {
    // Decided in place, in one pass: a number read as a marker becomes one
    // where it stands; a word with markers glued to it (rare) is noted
    // (token, head length, first and last note: `Council,1,2` cites 1 and
    // 2) and split when the pass is done, so most nodes keep their vector
    // as it is.
    let mut glued: Vec<(usize, usize, u32, u32)> = Vec::new();
    // The last word of the output so far: a token, or a glued word's head
    // (its length).
    let mut prev: Option<(usize, usize)> = None;
    for i in 0..tokens.len() {
        let (text, span) = match &tokens[i] {
            Tok::Marker(FootnoteMarker::Number(n)) => {
                ctx.saw(*n);
                continue;
            }
            Tok::Word { text, span, .. } => (text.get(&made), *span),
            _ => continue,
        };
        // Only a word that ends in a digit can hold a marker, and only
        // where the document defines notes.
        // (The last byte: an ASCII digit is a whole character.)
        if ctx.defined.is_empty() || !text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            prev = Some((i, text.len()));
            continue;
        }
        let mut digits = text.len() - text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        // `4 July 20253`, `2015–20303`: a year has four digits, so more
        // after a month name or a range of years are a year and a note
        // number glued to it (PyMuPDF and pypdf print superscripts inline).
        let prev_word = prev.and_then(|(j, len)| match &tokens[j] {
            Tok::Word { text, .. } => text.get(&made).get(..len),
            _ => None,
        });
        let year_split = (5..=7).contains(&digits)
            && year_with_tail(text, digits, prev_word.is_some_and(introduces_year));
        if year_split {
            digits -= 4;
        }
        if (text.contains('/') || chapter_paragraph(text)) && digits > 3 {
            // `77/2285`, `VIII.7441`: the marker is the shortest tail the
            // text owes.
            digits = (1..=3)
                .find(|&k| text[text.len() - k..].parse().is_ok_and(|n| ctx.expects(n)))
                .unwrap_or(digits);
        }
        let head = &text[..text.len() - digits];
        let value = (1..=3)
            .contains(&digits)
            .then(|| text[head.len()..].parse::<u32>().ok())
            .flatten();
        let Some(n) = value.filter(|&n| ctx.expects(n)) else {
            prev = Some((i, text.len()));
            continue;
        };
        let mut words_after = tokens[i + 1..].iter().filter_map(|t| match t {
            Tok::Word { text, .. } => Some(text.get(&made)),
            _ => None,
        });
        let next_word = words_after.next();
        let word_after_next = words_after.clone().next();
        // A capital or a digit after the number continues a citation
        // (`Goal 3 Target`, `17 500 people`), except a symbol: no count
        // runs into one, so `protection”, 17` / `56/5 of 10 July 2024`
        // (a list of resolutions, A/C.3/80/L.20) cites note 17.
        // Nor, after a year of a list, the year that opens its next item
        // (`for 2021, 1 2022,2 20233 and 2024,4`, A/RES/80/28).
        let year_before = if head.is_empty() {
            prev_word.unwrap_or_default()
        } else {
            head
        };
        let in_years = listed_year(year_before);
        // A number glued to a word of letters is no citation's number
        // (`Goal 3` is set apart), so a capital after it opens the next
        // name of a list: `treaties of Tlatelolco,5 Rarotonga,6 Bangkok7`
        // (A/RES/80/31).
        let glued_to_word = !head.is_empty() && head.len() >= 2 && glued_marker_head(head);
        // Nor does a number set apart after a sentence's full stop open the
        // next sentence (UN style spells out a number that opens one): the
        // capital after it does (`the Paris Principles. 13 We will …`,
        // A/RES/80/9), where it is the very note the text owes next.
        let after_sentence = head.is_empty()
            && n == ctx.next
            && prev_word.is_some_and(|p| {
                p.ends_with('.')
                    && p.len() > 3
                    && !CITATION_ABBREVIATIONS
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(&bare_word(p)))
            });
        // Nor after a list's comma, where the capital opens the list's next
        // name: `the treaties of Tlatelolco, Rarotonga, 3` / `Bangkok4 and
        // Pelindaba5` (A/RES/80/15, PyMuPDF setting the superscript apart
        // at the line's end). Only the very note the text owes next, after
        // a word of letters: a number's comma (`in 2024, 12 Member States`)
        // ends a count's list, no name's.
        let after_list_comma = head.is_empty()
            && n == ctx.next
            && prev_word.is_some_and(|p| {
                p.strip_suffix(',')
                    .is_some_and(|w| w.ends_with(char::is_alphabetic))
            });
        let next_ok = next_word.is_none_or(|w| {
            let symbol = w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('/');
            (symbol
                || (in_years && listed_year(w))
                || ((glued_to_word || after_sentence || after_list_comma)
                    && w.starts_with(char::is_uppercase))
                || !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                && !COUNTED_WORDS.contains(&bare_word(w).as_str())
        });
        if head.is_empty() {
            // `1993, 1 for`: a number standing alone after a word.
            let prev_ok = prev_word.is_some_and(|p| {
                // A comma, semicolon or colon ends the citation a word
                // opens (`Development Goals; 36` is a note, `Goals 3`
                // a goal); so does a full stop after a whole word
                // (`Pact for the Future and its annexes. 5`), but not
                // an abbreviation's dot (`No. 16`).
                let word = bare_word(p);
                let ended = p.ends_with([',', ';', ':'])
                    || (p.ends_with('.')
                        && !CITATION_ABBREVIATIONS
                            .iter()
                            .any(|a| a.eq_ignore_ascii_case(&word)));
                // A plural that cites (`Goals`, `paragraphs`) takes a list
                // of numbers: one number, then `and` or `or` and no number
                // (`the Sustainable Development Goals 5 and to make
                // reference …`, A/C.1/80/L.11), ends no list: it is the
                // very note the text owes next.
                let ends_plural_citation = || {
                    n == ctx.next
                        && word.len() > 2
                        && word.ends_with('s')
                        && matches!(next_word, Some("and" | "or"))
                        && word_after_next.is_some_and(|w| w.starts_with(char::is_lowercase))
                };
                (ended || !CITING_WORDS.contains(&word.as_str()) || ends_plural_citation())
                    && !p.ends_with(['/', '-', '('])
            });
            // Set apart after a bare word or a number, a number may be a
            // count (`there are 2 nuclear-weapon States`) or an item of a
            // list (`agenda items 5, 6 and 7, 5 for`, A/RES/80/65): only
            // the very note the text owes next is read there, never one
            // past a lost marker.
            // (A clause's end, `2018; 7`, is no list's comma.)
            let exact = n == ctx.next
                || prev_word.is_some_and(|p| {
                    p.ends_with([';', ':', '.'])
                        || (p.ends_with(',')
                            && !p
                                .trim_end_matches(',')
                                .ends_with(|c: char| c.is_ascii_digit()))
                });
            // A number a conjunction joins to a greater one, each of one
            // or two digits, opens a list or a range of numbers (`scheduled
            // for 1 and 2 April`, E/RES/2020/3; `from 3 to 5 May`): days or
            // counts, no note. A year or a symbol there is the next item
            // of a citation the note ends (`of 1990 3 and 1995,`,
            // `cyberbullying 19 and 54/5`, A/C.3/80/L.20).
            let opens_numbers = next_word.is_some_and(|w| matches!(w, "and" | "or" | "to"))
                && words_after.next().is_some_and(|w| {
                    let w = w.trim_end_matches([',', ';', ')']);
                    (1..=2).contains(&w.len()) && w.parse::<u32>().is_ok_and(|m| m > n)
                });
            if prev_ok && next_ok && exact && !opens_numbers {
                ctx.saw(n);
                diags.push(Diagnostic::repair(
                    DiagnosticKind::RemovedMarkup {
                        markup: text.to_string(),
                    },
                    span,
                ));
                tokens[i] = Tok::Marker(FootnoteMarker::Number(n));
                continue;
            }
        } else if next_ok
            && (year_split
                // `Korea11`, `Secretary-General1`, `Secretary-General;16`;
                // a hyphen inside the word only (`COVID-19` is a name).
                || (head.len() >= 2 && glued_marker_head(head))
                // `resolution 77/2285` = 77/228 + note 5 (DOMAIN.md §6): a
                // symbol whose last digits are the marker the text owes.
                || (head.contains('/') && head.ends_with(|c: char| c.is_ascii_digit()))
                // `paragraphs VIII.7441 and VIII.9642` = VIII.74 + note
                // 41, VIII.96 + note 42 (A/RES/80/242): a report's
                // paragraph, its chapter's number and its own.
                || chapter_paragraph(head)
                // `resolution 79/7;1`, `for 2024,1`, `(No. 138)15`,
                // `(No. 182),16`: after a number's punctuation or bracket.
                || {
                    let number = head.trim_end_matches([',', ';', ':', ')']);
                    number.len() < head.len() && number.ends_with(|c: char| c.is_ascii_digit())
                })
        {
            // `Korea11 that`: a marker glued to its word; `Council,1,2`:
            // the run of them a word cites (see [`glued_run`]).
            let (head, first) = glued_run(head, n, |m| ctx.expects(m)).unwrap_or((head, n));
            ctx.saw(n);
            glued.push((i, head.len(), first, n));
            prev = Some((i, head.len()));
            continue;
        }
        prev = Some((i, text.len()));
    }
    if glued.is_empty() {
        return Tokens { toks: tokens, made };
    }
    let mut out = Vec::with_capacity(tokens.len() + glued.len());
    let mut glued = glued.into_iter().peekable();
    for (i, tok) in tokens.into_iter().enumerate() {
        match (tok, glued.next_if(|&(at, _, _, _)| at == i)) {
            (Tok::Word { text, span, .. }, Some((_, head, first, n))) => {
                let word = text.get(&made);
                // The marker's digits are the word's last bytes in the
                // input too (ASCII, never replaced); the head's may not be
                // (`‑Governors”;3`, its U+2011 read as `-`).
                let digits = word.len() - head;
                made.push(word.get(..head).unwrap_or_default().to_owned());
                out.push(Tok::Word {
                    text: Text::Made(made.len() - 1),
                    span: Span::new(span.start, span.end.saturating_sub(digits).max(span.start)),
                    letters: None,
                });
                out.extend((first..=n).map(|m| Tok::Marker(FootnoteMarker::Number(m))));
            }
            (tok, _) => out.push(tok),
        }
    }
    Tokens { toks: out, made }
}

/// Notes called in the UN's older style, where the document numbers its
/// notes so (`1/  Resolution 41/128, annex.`): a number and a slash, set
/// apart after the word or the punctuation it follows (`the Declaration on
/// the Right to Development, 1/ which`, `of 11 April 1996, 2/`). No symbol
/// ends in a slash, and a symbol's digits are never set apart from the
/// slash (`51/99`, `A/51/619/Add.2`, `1996/15`). The number is the note
/// the text owes next (or the one after), as for [`numeric_markers`]; a
/// number before it that the next line goes on (`51/` / `99`, a symbol
/// wrapped at its slash) is none.
fn slash_markers<'s>(
    mut tokens: Tokens<'s>,
    ctx: &mut MarkerContext,
    diags: &mut Vec<Diagnostic>,
) -> Tokens<'s> {
    // Whether the last word before was a word a call may follow (not one
    // that ends in `/` or `-`, which a symbol or a range goes on from).
    let mut after_word = false;
    for i in 0..tokens.toks.len() {
        let (text, span) = match &tokens.toks[i] {
            Tok::Marker(FootnoteMarker::Number(n)) => {
                ctx.saw(*n);
                continue;
            }
            Tok::Word { text, span, .. } => (text.get(&tokens.made), *span),
            _ => continue,
        };
        let call = text
            .strip_suffix('/')
            .filter(|d| (1..=3).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<u32>().ok());
        let Some(n) = call.filter(|&n| after_word && ctx.expects(n)) else {
            after_word = !text.ends_with(['/', '-']);
            continue;
        };
        // `51/` / `99`: a symbol wrapped at its slash goes on in digits.
        let next_digits = tokens.toks[i + 1..]
            .iter()
            .find_map(|t| match t {
                Tok::Word { text, .. } => Some(text.get(&tokens.made)),
                _ => None,
            })
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) && !w.ends_with('/'));
        if next_digits {
            after_word = false;
            continue;
        }
        ctx.saw(n);
        diags.push(Diagnostic::repair(
            DiagnosticKind::RemovedMarkup {
                markup: text.to_string(),
            },
            span,
        ));
        tokens.toks[i] = Tok::Marker(FootnoteMarker::Number(n));
    }
    tokens
}

/// The longest run of notes before note `last` that `head` (a word before
/// `last`'s digits) ends with, each number and a comma (`Council,1,` before
/// `2`: the notes 1 and 2, cited together as `Council,¹,²` prints them):
/// the word's head before the run (`Council,`) and the run's first note,
/// which `expects` must allow. The numbers follow one another, the word
/// before them is one a marker is glued to ([`glued_marker_head`]), and a
/// run holds at most [`MAX_GLUED_RUN`] notes. `None` where there is no run
/// (`resolution 79/7;1`, `Korea11`).
fn glued_run(head: &str, last: u32, expects: impl Fn(u32) -> bool) -> Option<(&str, u32)> {
    let mut stem = head;
    let mut first = last;
    let mut found = None;
    for _ in 1..MAX_GLUED_RUN {
        let Some(inner) = stem.strip_suffix(',') else {
            break;
        };
        let before = inner.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = inner.len() - before.len();
        let Some(m) = (1..=3)
            .contains(&digits)
            .then(|| inner[before.len()..].parse::<u32>().ok())
            .flatten()
            .filter(|&m| m.checked_add(1) == Some(first))
        else {
            break;
        };
        (stem, first) = (before, m);
        if stem.len() >= 2
            && glued_marker_head(stem)
            && stem.ends_with([',', ';', ':'])
            && expects(m)
        {
            found = Some((stem, first));
        }
    }
    found
}

/// Whether `word` is a paragraph of a report cited with its chapter's
/// Roman number (`VIII.74`, `I.70`, `V.39`): the numbering of the Advisory
/// Committee's reports, whose digits a note's marker may be glued to.
fn chapter_paragraph(word: &str) -> bool {
    word.split_once('.').is_some_and(|(chapter, paragraph)| {
        !chapter.is_empty()
            && chapter
                .bytes()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
            && !paragraph.is_empty()
            && paragraph.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The most notes [`glued_run`] reads cited together after one word.
const MAX_GLUED_RUN: usize = 4;

/// Whether `head`, a word before the digits glued to it, is one a marker
/// is glued to: letters, perhaps hyphenated inside (`Secretary-General`),
/// perhaps closed by punctuation (`Korea”,`), perhaps in brackets
/// (`(SSOD-IV),3`). A word ending in a hyphen
/// is a name with its number (`COVID-19`, `SARS-CoV-2`).
fn glued_marker_head(head: &str) -> bool {
    let word = head
        .trim_end_matches([',', ';', ':', '.', '”', '’', ')'])
        .trim_start_matches(['(', '“', '‘']);
    !word.is_empty() && !word.ends_with('-') && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Whether the last `digits` digits of `text` (five to seven) are a year and
/// a note number: they open with `19` or `20`, and stand after a month name
/// or a preposition (`after_word`: `4 July 20253`, `for 20244`) or after a
/// year and a dash (`2015–20303`).
fn year_with_tail(text: &str, digits: usize, after_word: bool) -> bool {
    let Some((before, run)) = text.split_at_checked(text.len() - digits) else {
        return false;
    };
    if !year_and_number(run) {
        return false;
    }
    if before.is_empty() {
        return after_word;
    }
    let Some(range_start) = before.strip_suffix(['–', '-']) else {
        return false;
    };
    let year = range_start.len()
        - range_start
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
    year == 4
}

/// Whether `word` stands before a year: a month's name as printed (`4
/// July 2025`), a preposition that takes one (`for 2024`, `since 2015`,
/// `Destruction of 19721`),
/// a year of a list (`2022,` of `2021, 2022, 20233`), or a range's first
/// year and its dash, apart from the second where a line ended there
/// (`2024–` of `Decade 2024– 203412`, A/RES/80/5).
fn introduces_year(word: &str) -> bool {
    const BEFORE_A_YEAR: &[&str] = &["for", "in", "of", "since", "until", "during", "from", "to"];
    crate::grammar::date::month_name_of(word).is_some()
        || BEFORE_A_YEAR.contains(&word)
        || word
            .strip_suffix([',', '–', '-'])
            .is_some_and(|y| is_year(y.as_bytes()))
}

/// Whether `b` is a year: four digits from `19` or `20`.
fn is_year(b: &[u8]) -> bool {
    b.len() == 4
        && (b.starts_with(b"19") || b.starts_with(b"20"))
        && b.iter().all(u8::is_ascii_digit)
}

/// Whether `word` is an item of a list of years: a year closed by a comma
/// or semicolon (`2022,2`, `2022;`), or a year with a note's number glued
/// to it (`20233`, five to seven digits).
fn listed_year(word: &str) -> bool {
    let b = word.as_bytes();
    if !b.get(..4).is_some_and(is_year) {
        return false;
    }
    match b.get(4) {
        Some(b',' | b';') => true,
        Some(_) => year_and_number(word),
        None => false,
    }
}

/// Whether `digits` is a year with a note's number glued to it: five to
/// seven ASCII digits from `19` or `20` (`20233`, `19721`, `2024123`).
pub(crate) fn year_and_number(digits: &str) -> bool {
    let b = digits.as_bytes();
    (5..=7).contains(&b.len())
        && (b.starts_with(b"19") || b.starts_with(b"20"))
        && b.iter().all(u8::is_ascii_digit)
}

/// As [`clean`], reading numbers that stand where a marker should as
/// markers (see [`numeric_markers`]) when a context is given.
pub(crate) fn clean_with(
    pieces: &[Piece<'_>],
    lex: &Lexicon<'_>,
    ctx: Option<&mut MarkerContext>,
    diags: &mut Vec<Diagnostic>,
) -> Clean {
    let (tokens, numbers) = tokenize_with::<true>(pieces, lex.scratch.take_tokens(), diags);
    let mut tokens = letter_spaced(tokens, diags);
    // A document that defines no note reads no number as a marker: the
    // pass would only note the markers seen, which `expects` then never
    // asks (it needs a defined note). Nor does a node without a marker or
    // a word ending in a digit give the pass anything to do (most nodes):
    // both are skipped (tested below).
    if let Some(ctx) = ctx.filter(|ctx| !ctx.defined.is_empty()) {
        // A document that numbers its notes with a slash calls them so
        // (`1996, 2/`), never with a bare number: its own pass, over its
        // nodes only.
        if ctx.slash {
            tokens = slash_markers(tokens, ctx, diags);
        } else if numbers {
            tokens = numeric_markers(tokens, ctx, diags);
        }
    }
    // The capacity of the clean text: the pieces' bytes, and a space for
    // each line end between them (the source has none there), so that a
    // node of several lines is not grown once near its end.
    let bytes = pieces
        .iter()
        .map(|p| match p {
            Piece::Text { text, .. } => text.len() + 1,
            Piece::Marker { .. } => 0,
        })
        .sum();
    repair(tokens, bytes, lex, diags)
}

/// Whether the `[` at byte `i` of `text` opens a note's call in brackets
/// (`resolutions,[1]`, Pandoc's plain text): a number of one to three
/// digits in brackets, against the word or sign before it. A bracketed
/// number set apart (`paragraph [2]`) or opening the text is text.
fn bracket_call(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(|p| !is_space(p) && p != '[')
        && run(bracket_ref, &text[i..]).is_some()
}

/// Fewest glyphs in a row that make a letter-spaced run
/// ([`letter_spaced`]): prose sets no three one-letter words in a row
/// (`f   o  r`, a short word of a letter-spaced line, must be one).
const MIN_LETTER_SPACED_RUN: usize = 3;

/// Whether `w` may be one glyph of a letter-spaced run: one or two
/// characters, one of them a letter or an ASCII digit (`t`, `7,`, `F.`, and
/// `rg`, two glyphs an extractor kept together). Not a superscript digit
/// (`¹`): a marker, which a run must not take in.
fn is_glyph(w: &str) -> bool {
    if w.len() > 8 {
        return false;
    }
    let letter = |c: char| c.is_alphabetic() || c.is_ascii_digit();
    let mut chars = w.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(a), b, None) => letter(a) || b.is_some_and(letter),
        _ => false,
    }
}

/// The span of `t` where it is a word that [`is_glyph`]. A plain word (its
/// key known: ASCII letters from end to end) is one by its length alone,
/// its characters unread: most words of a node are plain (`the`, `of`,
/// `Assembly`), and [`letter_spaced`] asks of every token. Always inlined:
/// as a call, its cost was more than its body's.
#[inline(always)]
fn glyph_span(t: &Tok<'_>, made: &[String]) -> Option<Span> {
    match t {
        Tok::Word {
            text: Text::Source(text),
            span,
            letters: Some(_),
        } => (text.len() <= 2).then_some(*span),
        Tok::Word { text, span, .. } => is_glyph(text.get(made)).then_some(*span),
        _ => None,
    }
}

/// The least gap, in bytes, that parts the words of a letter-spaced run
/// whose gaps between glyphs are `gaps`: the first width, in increasing
/// order, at least twice the one below and three bytes wider. `None` where
/// the gaps show no such break (all alike, or widening step by step).
fn word_gap(gaps: &[usize]) -> Option<usize> {
    let mut widths = gaps.to_vec();
    widths.sort_unstable();
    widths.dedup();
    widths
        .windows(2)
        .find(|w| w[1] >= 2 * w[0] && w[1] >= w[0] + 3)
        .map(|w| w[1])
}

/// Letter-spaced runs: a line the PDF justifies with wide character
/// spacing, which a layout extractor prints glyph by glyph (`a  s
/// a          c  o n  t i n u  a  t i o n          o f`, pypdf's layout
/// mode on A/C.6/80/L.10). Three glyphs or more in a row on one line, at
/// most one in four of two characters. Where the gaps between them fall
/// into narrow ones (between letters) and clearly wider ones (between
/// words), the glyphs between wide gaps make a word (`as a continuation
/// of`). Where they do not, the run stays as printed, its glyphs apart,
/// one token: the split-word repair, which joins a fragment to its
/// neighbour, would pair them off into new fragments (`c on t in u at i
/// on`), and differently each time the text is read again.
fn letter_spaced<'s>(tokens: Tokens<'s>, diags: &mut Vec<Diagnostic>) -> Tokens<'s> {
    let Tokens { toks, mut made } = tokens;
    // The runs, as (first, last) token indices: words with one space
    // between each two.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if glyph_span(&toks[i], &made).is_none() {
            i += 1;
            continue;
        }
        let (start, mut end) = (i, i);
        let (mut count, mut wide) = (1, 0);
        while matches!(toks.get(end + 1), Some(Tok::Space))
            && toks
                .get(end + 2)
                .is_some_and(|t| glyph_span(t, &made).is_some())
        {
            end += 2;
            count += 1;
            if let Tok::Word { text, .. } = &toks[end] {
                wide += usize::from(text.get(&made).chars().count() > 1);
            }
        }
        if count >= MIN_LETTER_SPACED_RUN && wide * 4 <= count {
            runs.push((start, end));
        }
        i = end + 1;
    }
    if runs.is_empty() {
        return Tokens { toks, made };
    }
    let mut out = Vec::with_capacity(toks.len());
    let mut runs = runs.into_iter().peekable();
    let mut glyphs: Vec<(String, Span)> = Vec::new();
    for (k, tok) in toks.into_iter().enumerate() {
        let Some(&(start, end)) = runs.peek() else {
            out.push(tok);
            continue;
        };
        if k < start {
            out.push(tok);
            continue;
        }
        if let Tok::Word { text, span, .. } = tok {
            glyphs.push((text.get(&made).to_owned(), span));
        }
        if k < end {
            continue;
        }
        runs.next();
        let gaps: Vec<usize> = glyphs
            .windows(2)
            .map(|w| w[1].1.start.saturating_sub(w[0].1.end))
            .collect();
        // Word by word: the glyphs between wide gaps, or the whole run;
        // each word's text, its glyphs as printed (a space apart), its span.
        let mut words: Vec<(String, String, Span)> = Vec::new();
        let cut = word_gap(&gaps);
        for (g, (text, span)) in glyphs.drain(..).enumerate() {
            let apart = g == 0 || cut.is_some_and(|c| gaps[g - 1] >= c);
            match words.last_mut() {
                Some((word, printed, covered)) if !apart => {
                    if cut.is_none() {
                        word.push(' ');
                    }
                    word.push_str(&text);
                    printed.push(' ');
                    printed.push_str(&text);
                    *covered = covered.cover(span);
                }
                _ => words.push((text.clone(), text, span)),
            }
        }
        for (w, (word, printed, span)) in words.into_iter().enumerate() {
            if w > 0 {
                out.push(Tok::Space);
            }
            if printed != word {
                diags.push(Diagnostic::repair(
                    DiagnosticKind::JoinedSplitWord {
                        before: printed,
                        after: word.clone(),
                    },
                    span,
                ));
            }
            made.push(word);
            out.push(Tok::Word {
                text: Text::Made(made.len() - 1),
                span,
                letters: None,
            });
        }
    }
    Tokens { toks: out, made }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}'
}

/// Builds one word from source characters, borrowing while it can.
struct WordBuf<'s> {
    text: &'s str,
    base: usize,
    start: Option<usize>,
    end: usize,
    owned: Option<String>,
    /// A word it gave ends in an ASCII digit (see [`tokenize`]).
    digit_end: bool,
}

impl<'s> WordBuf<'s> {
    fn new(text: &'s str, base: usize) -> Self {
        Self {
            text,
            base,
            start: None,
            end: 0,
            owned: None,
            digit_end: false,
        }
    }

    /// Appends the source character at `i..j` unchanged.
    fn push_src(&mut self, i: usize, j: usize) {
        match self.start {
            None => {
                self.start = Some(i);
            }
            Some(_) if self.end != i && self.owned.is_none() => {
                self.owned = Some(self.current().to_owned());
            }
            Some(_) => {}
        }
        if let Some(o) = self.owned.as_mut() {
            o.push_str(&self.text[i..j]);
        }
        self.end = j;
    }

    /// Appends `replacement` for the source at `i..j`.
    fn push_replaced(&mut self, i: usize, j: usize, replacement: &str) {
        if self.start.is_none() {
            self.start = Some(i);
            self.end = i;
        }
        if self.owned.is_none() {
            self.owned = Some(self.current().to_owned());
        }
        if let Some(o) = self.owned.as_mut() {
            o.push_str(replacement);
        }
        self.end = j;
    }

    fn current(&self) -> &'s str {
        self.start.map_or("", |s| &self.text[s..self.end])
    }

    /// White space: the word ends, and one space stands for the run
    /// (none at the start of a node or after a line end).
    fn end_at_space(&mut self, out: &mut Tokens<'s>) {
        // Most words went out whole before their space (see `tokenize`):
        // then there is nothing to flush, and no call.
        if self.start.is_some() {
            self.flush(out);
        }
        if !matches!(out.toks.last(), Some(Tok::Space | Tok::Break) | None) {
            out.toks.push(Tok::Space);
        }
    }

    fn flush(&mut self, out: &mut Tokens<'s>) {
        let Some(start) = self.start.take() else {
            return;
        };
        let text = match self.owned.take() {
            Some(o) if !o.is_empty() => {
                self.digit_end |= o.as_bytes().last().is_some_and(u8::is_ascii_digit);
                out.made.push(o);
                Text::Made(out.made.len() - 1)
            }
            Some(_) => return,
            None => {
                let text = &self.text[start..self.end];
                if text.is_empty() {
                    return;
                }
                self.digit_end |= text.as_bytes().last().is_some_and(u8::is_ascii_digit);
                Text::Source(text)
            }
        };
        out.toks.push(Tok::Word {
            text,
            span: Span::new(self.base + start, self.base + self.end),
            letters: None,
        });
    }
}

/// `html_tag = "<" "/"? letters ("/")? ">"`: returns its length.
fn html_tag(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 1;
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    let letters = b[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if letters == 0 || letters > 10 {
        return None;
    }
    i += letters;
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    (b.get(i) == Some(&b'>')).then_some(i + 1)
}

/// A markdown link `[text](target)` starting at `s`: (end of text, end of
/// link). The text holds no bracket and the target no white space: each
/// search stops at the first byte that ends its part, so a line of many
/// `[` is read in linear time, never searched to its end from each.
fn md_link(s: &str) -> Option<(usize, usize)> {
    let close = 1 + s.get(1..)?.find(['[', ']'])?;
    let target = s[close..].strip_prefix("](")?;
    let target_len = target.find(|c: char| c == ')' || c.is_whitespace())?;
    if !target[target_len..].starts_with(')') {
        return None;
    }
    Some((close, close + 2 + target_len + 1))
}

/// The HTML character reference at the start of `s` (`&amp;`, `&nbsp;`,
/// `&#8211;`, `&#x2014;`) and its length: the named ones a resolution's
/// text holds, and any number of a character that is no control.
fn char_reference(s: &str) -> Option<(char, usize)> {
    const NAMED: [(&str, char); 16] = [
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("hellip", '…'),
        ("shy", '\u{ad}'),
        ("eacute", 'é'),
        ("ocirc", 'ô'),
    ];
    let body = s.strip_prefix('&')?;
    let end = body.bytes().take(10).position(|b| b == b';')?;
    let name = &body[..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control())?
    } else {
        NAMED.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, 1 + end + 1))
}

/// `html_comment = "<!--" text "-->"` at the start of `s`: its length.
fn html_comment(s: &str) -> Option<usize> {
    let inner = s.strip_prefix("<!--")?;
    Some(4 + inner.find("-->")? + 3)
}

/// Bytes [`tokenize`] must look at one by one: ASCII white space, the
/// openers of markup and markers (`<`, `[`, `!`, `^`, `$`, `&`, `\\`, `*`, `_`)
/// and every byte of a non-ASCII character. Any other byte only extends the
/// current word.
static SPECIAL_BYTE: [bool; 256] = {
    let mut table = [true; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_whitespace()
            || c == 0x0b // vertical tab: `char::is_whitespace`, not `is_ascii_whitespace`
            || matches!(c, b'<' | b'[' | b'!' | b'^' | b'$' | b'&' | b'\\' | b'*' | b'_');
        b += 1;
    }
    table
};

/// What [`plain_run`] makes of a byte: [`RUN_STOP`] for a byte of
/// [`SPECIAL_BYTE`], an ASCII letter lower-cased (its [`Key`] byte), and
/// [`RUN_OTHER`] for any other byte that extends a word.
static RUN_BYTE: [u8; 256] = {
    let mut table = [RUN_STOP; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if !SPECIAL_BYTE[b] {
            table[b] = if c.is_ascii_alphabetic() {
                c | 0x20
            } else {
                RUN_OTHER
            };
        }
        b += 1;
    }
    table
};

/// [`RUN_BYTE`] of a byte [`tokenize`] must look at.
const RUN_STOP: u8 = 0;

/// [`RUN_BYTE`] of a byte that extends a word and is no ASCII letter.
const RUN_OTHER: u8 = 1;

/// The length of the run of bytes at the start of `bytes` that only extend
/// a word (no [`SPECIAL_BYTE`]), and, where the run is a plain word (1 to
/// [`MAX_KEYED_WORD`] ASCII letters), its key as [`Shape::of`] would fold
/// it: one table load a byte tells both, so that the word is read once.
fn plain_run(bytes: &[u8]) -> (usize, Option<NonZeroU64>) {
    let mut key = Key::EMPTY;
    // The bytes' AND: a lower-case letter has bit 6 set, `RUN_OTHER` not
    // (one instruction a byte, where a compare would take three).
    let mut all = u8::MAX;
    // Two bytes a step: the loop's own counting, compare and branch, the
    // part of a step that is no byte's, once for both (tested below).
    let mut pairs = bytes.chunks_exact(2);
    let mut len = None;
    for (n, pair) in (&mut pairs).enumerate() {
        let (first, second) = (
            RUN_BYTE[usize::from(pair[0])],
            RUN_BYTE[usize::from(pair[1])],
        );
        if first == RUN_STOP {
            len = Some(2 * n);
            break;
        }
        all &= first;
        key = key.push(first);
        if second == RUN_STOP {
            len = Some(2 * n + 1);
            break;
        }
        all &= second;
        key = key.push(second);
    }
    let len = len.unwrap_or_else(|| match pairs.remainder() {
        [b] if RUN_BYTE[usize::from(*b)] != RUN_STOP => {
            let folded = RUN_BYTE[usize::from(*b)];
            all &= folded;
            key = key.push(folded);
            bytes.len()
        }
        _ => bytes.len() - pairs.remainder().len(),
    });
    let plain = all & 0x40 != 0 && (1..=MAX_KEYED_WORD).contains(&len);
    (len, plain.then(|| key.compact()).flatten())
}

/// The run of whole words from `i` of `text` (at `base` in the input),
/// each a [`plain_run`] followed by one space (or the end), out as
/// [`tokenize_with`]'s loop puts them out, with the space after each
/// (`numbers` noted as it notes it); returns where that loop goes on, at
/// the first word that is not so (its run scanned again there).
///
/// Where the loop has just put out a whole word and its space, no word is
/// being built and no link is open, so each step of the loop over the
/// words after it would take its fast path: here those steps run alone,
/// in a function whose locals stay in registers (in the loop's, they are
/// reloaded from the stack a word), and without the checks for a word
/// being built or a link.
#[inline(never)]
fn plain_words<'s>(
    text: &'s str,
    base: usize,
    i: usize,
    out: &mut Vec<Tok<'s>>,
    numbers: &mut bool,
) -> usize {
    let mut rest = text.get(i..).unwrap_or_default();
    let mut digit = false;
    let resume = loop {
        let (plain, letters) = plain_run(rest.as_bytes());
        let at = text.len() - rest.len();
        // (The run is ASCII: its end is on a character.)
        let Some((whole, after)) = rest.split_at_checked(plain).filter(|_| plain > 0) else {
            break at;
        };
        let next = after.strip_prefix(' ');
        if next.is_none() && !after.is_empty() {
            break at;
        }
        // A word of letters (keyed) ends in none.
        if letters.is_none() {
            digit |= whole.as_bytes().last().is_some_and(u8::is_ascii_digit);
        }
        out.push(Tok::Word {
            text: Text::Source(whole),
            span: Span::new(base + at, base + at + plain),
            letters,
        });
        match next {
            Some(next) => {
                out.push(Tok::Space);
                rest = next;
            }
            None => break text.len(),
        }
    };
    *numbers |= digit;
    resume
}

/// The tokens of `pieces`, and whether [`numeric_markers`] may find work
/// in them: whether some token is a marker or a word ending in an ASCII
/// digit (noted as they are made, so that most nodes skip that pass).
#[cfg(test)]
fn tokenize<'s>(pieces: &[Piece<'s>], diags: &mut Vec<Diagnostic>) -> (Tokens<'s>, bool) {
    tokenize_with::<true>(pieces, Vec::new(), diags)
}

/// [`tokenize`] into `out` (empty; a kept allocation, see [`Scratch`]);
/// `SPACE_AFTER_WORD` turns on its fast path for the space after a whole
/// word (off only to test it against the general arm).
fn tokenize_with<'s, const SPACE_AFTER_WORD: bool>(
    pieces: &[Piece<'s>],
    mut toks: Vec<Tok<'s>>,
    diags: &mut Vec<Diagnostic>,
) -> (Tokens<'s>, bool) {
    // About a word and a space every six bytes of prose: one allocation
    // for most nodes instead of a doubling series.
    let len: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Text { text, .. } => text.len(),
            Piece::Marker { .. } => 1,
        })
        .sum();
    // Made at its capacity where the kept vector is too small: `reserve`
    // on an empty vector takes the cold growth path.
    let want = len / 3 + pieces.len();
    if toks.capacity() < want {
        toks = Vec::with_capacity(want);
    }
    let mut out = Tokens {
        toks,
        made: Vec::new(),
    };
    // Open emphasis runs, across the pieces of one node: `*69th plenary
    // meeting` / `18 December 2025*`. Counted, not stacked: a run closes
    // the last one open whatever its length, so only how many are open
    // is ever read (a stack of their lengths cost a `Vec` a node).
    let mut emphasis: usize = 0;
    // The same for `_` (`_Recalling_`, `__Decides__`), which never opens
    // or closes inside a word (`snake_case`), as in CommonMark.
    let mut underscores: usize = 0;
    let mut numbers = false;
    for (n, piece) in pieces.iter().enumerate() {
        if n > 0 {
            out.toks.push(Tok::Break);
        }
        let (text, base) = match *piece {
            Piece::Marker { marker, .. } => {
                numbers = true;
                out.toks.push(Tok::Marker(marker));
                continue;
            }
            Piece::Text { text, span } => (text, span.start),
        };
        let mut word = WordBuf::new(text, base);
        let mut link_end: Option<(usize, usize)> = None;
        // Whether an HTML comment opened on this text may still close on it.
        let mut comments_close = true;
        let mut i = 0;
        // `#### I. General principles …`: a node that opens as a markdown
        // heading, whose marks are markup.
        if n == 0 && text.starts_with('#') {
            let marks = atx_heading_marks(text);
            if marks > 0 {
                diags.push(removed_markup(text, base, 0, marks));
                i = marks;
            }
        }
        while i < text.len() {
            // Most bytes are ASCII letters, digits and punctuation that
            // only extend the word: take them as one run, up to the next
            // byte the match below must see (or the end of a link's text).
            let run_end = link_end.map_or(text.len(), |(text_end, _)| text_end.max(i));
            let (plain, letters) = plain_run(&text.as_bytes()[i..run_end]);
            if plain > 0 {
                let end = i + plain;
                // A whole word in one run, the common case: out as it
                // stands, the buffer skipped (what `push_src` then `flush`
                // would give).
                if word.start.is_none()
                    && link_end.is_none()
                    && text.as_bytes().get(end).is_none_or(|&b| b == b' ')
                {
                    let whole = &text[i..end];
                    numbers |= whole.as_bytes().last().is_some_and(u8::is_ascii_digit);
                    out.toks.push(Tok::Word {
                        text: Text::Source(whole),
                        span: Span::new(base + i, base + end),
                        letters,
                    });
                    // The space after it, the common case, out at once: what
                    // the plain-space arm below would give in the next
                    // step (nothing to flush, a word last out), without
                    // that step's run scan (tested below).
                    if SPACE_AFTER_WORD && end < text.len() {
                        out.toks.push(Tok::Space);
                        // And the words after it, while they are as plain.
                        i = plain_words(text, base, end + 1, &mut out.toks, &mut numbers);
                        continue;
                    }
                } else {
                    word.push_src(i, end);
                }
                i = end;
                continue;
            }
            // A plain space outside a link, the next most common byte: the
            // white-space arm below, without decoding a character.
            if link_end.is_none() && text.as_bytes()[i] == b' ' {
                word.end_at_space(&mut out);
                i += 1;
                continue;
            }
            let rest = &text[i..];
            let Some(c) = rest.chars().next() else { break };
            let next_i = i + c.len_utf8();
            if let Some((text_end, end)) = link_end {
                if i == text_end {
                    diags.push(removed_markup(text, base, i, end));
                    link_end = None;
                    i = end;
                    continue;
                }
            }
            match c {
                _ if is_space(c) => word.end_at_space(&mut out),
                '<' | '[' | '^' | '$' | '⁰'..='⁹' | '¹' | '²' | '³'
                    if !matches!(c, '[' | '^' | '$')
                        || (c != '[' && run(inline_marker, rest).is_some())
                        || rest.starts_with("[^")
                        || rest.starts_with("[footnoteRef:")
                        || rest.starts_with("[bookmark:")
                        || rest.starts_with("[image:")
                        || bracket_call(text, i) =>
                {
                    if let Some((marker, after)) = run(inline_marker, rest) {
                        word.flush(&mut out);
                        let end = text.len() - after.len();
                        if matches!(c, '<' | '[' | '^' | '$') {
                            diags.push(removed_markup(text, base, i, end));
                        }
                        numbers = true;
                        out.toks.push(Tok::Marker(marker));
                        i = end;
                        continue;
                    } else if let Some((mark, _)) = (c == '[')
                        .then(|| run(crate::grammar::marker::word_mark, rest))
                        .flatten()
                    {
                        // A Word export's bookmark or image inside a line
                        // (`… resolution[bookmark: _GoBack] 65/280`).
                        diags.push(removed_markup(text, base, i, i + mark.len()));
                        i += mark.len();
                        continue;
                    } else if let Some(len) = (c == '<').then(|| html_tag(rest)).flatten() {
                        diags.push(removed_markup(text, base, i, i + len));
                        i += len;
                        continue;
                    } else if let Some(len) = (c == '<' && comments_close)
                        .then(|| html_comment(rest))
                        .flatten()
                    {
                        diags.push(removed_markup(text, base, i, i + len));
                        i += len;
                        continue;
                    } else if c == '<' && rest.starts_with("<!--") {
                        // No `-->` after this one, so none after a later one:
                        // not sought again on this line (linear time).
                        comments_close = false;
                    }
                    word.push_src(i, next_i);
                }
                // `![UN emblem](images/a1.jpg)`: an image a converter put
                // where the page has a picture; its description is no
                // word of the text.
                '!' if rest.starts_with("![") => {
                    if let Some((_, end)) = md_link(&rest[1..]) {
                        word.flush(&mut out);
                        diags.push(removed_markup(text, base, i, i + 1 + end));
                        i += 1 + end;
                        continue;
                    }
                    word.push_src(i, next_i);
                }
                '[' => {
                    if let Some((close, end)) = md_link(rest) {
                        link_end = Some((i + close, i + end));
                        i = next_i;
                        continue;
                    }
                    word.push_src(i, next_i);
                }
                // `Cuba:\*`: an escaped asterisk after a word is the same
                // marker as a bare one that closes no emphasis.
                '\\' if rest.starts_with("\\*")
                    && text[..i].chars().next_back().is_some_and(|p| !is_space(p))
                    && emphasis == 0 =>
                {
                    let stars = rest
                        .as_bytes()
                        .chunks_exact(2)
                        .take_while(|c| c == b"\\*")
                        .count();
                    if stars <= 4 {
                        word.flush(&mut out);
                        let end = i + 2 * stars;
                        diags.push(removed_markup(text, base, i, end));
                        numbers = true;
                        // At most 4, so the cast cannot truncate.
                        out.toks
                            .push(Tok::Marker(FootnoteMarker::Asterisks(stars as u8)));
                        i = end;
                        continue;
                    }
                    word.push_replaced(i, i + 2, "*");
                    i += 2;
                    continue;
                }
                // `29&nbsp;October`, `&#8220;Our Common Agenda&#8221;`: a
                // character reference, which markdown reads as the
                // character (text copied from HTML keeps them).
                '&' if char_reference(rest).is_some() => {
                    if let Some((c, len)) = char_reference(rest) {
                        if is_space(c) {
                            word.end_at_space(&mut out);
                        } else if c == '\u{ad}' {
                            // `&shy;`: a soft hyphen, as the character
                            // itself (below), marks where a word may break.
                            word.push_replaced(i, i + len, "");
                        } else {
                            word.push_replaced(i, i + len, c.encode_utf8(&mut [0; 4]));
                        }
                        i += len;
                        continue;
                    }
                }
                '\\' if rest[1..].starts_with(|p: char| p.is_ascii_punctuation()) => {
                    let p_len = 1 + rest[1..].chars().next().map_or(0, char::len_utf8);
                    word.push_replaced(i, i + p_len, &rest[1..p_len]);
                    i += p_len;
                    continue;
                }
                '*' => {
                    let run_len = rest.bytes().take_while(|&b| b == b'*').count();
                    let end = i + run_len;
                    let prev = text[..i].chars().next_back();
                    let next = text[end..].chars().next();
                    let left = next.is_some_and(|n| !is_space(n));
                    let right = prev.is_some_and(|p| !is_space(p));
                    let mut end = end;
                    if left && !right {
                        emphasis += 1;
                    } else if right && emphasis > 0 {
                        emphasis -= 1;
                        end += space_before_punctuation(&text[end..]);
                    } else if right && run_len <= 4 {
                        word.flush(&mut out);
                        // The run is at most 4 long, so the cast cannot truncate.
                        numbers = true;
                        out.toks
                            .push(Tok::Marker(FootnoteMarker::Asterisks(run_len as u8)));
                        // `Iraq:*,** draft resolution` (A/80/L.23): the
                        // comma between two markers separates them, as in
                        // `Council,1,2`; it is no word of the text.
                        i = if text[end..].starts_with(",*") {
                            end + 1
                        } else {
                            end
                        };
                        continue;
                    } else {
                        word.push_src(i, end);
                        i = end;
                        continue;
                    }
                    diags.push(removed_markup(text, base, i, end));
                    i = end;
                    continue;
                }
                '_' => {
                    let run_len = rest.bytes().take_while(|&b| b == b'_').count();
                    let end = i + run_len;
                    let prev = text[..i].chars().next_back();
                    let next = text[end..].chars().next();
                    // Flanking as CommonMark has it for `_`: a run opens
                    // with text after it and none before, closes the other
                    // way round.
                    let bound =
                        |c: Option<char>| c.is_none_or(|c| is_space(c) || c.is_ascii_punctuation());
                    let opens = next.is_some_and(|n| !is_space(n)) && bound(prev);
                    let closes = prev.is_some_and(|p| !is_space(p)) && bound(next);
                    let markup = if opens && !closes {
                        underscores += 1;
                        true
                    } else if closes && underscores > 0 {
                        underscores -= 1;
                        true
                    } else {
                        false
                    };
                    let end = if markup && closes {
                        end + space_before_punctuation(&text[end..])
                    } else {
                        end
                    };
                    if markup {
                        diags.push(removed_markup(text, base, i, end));
                    } else {
                        word.push_src(i, end);
                    }
                    i = end;
                    continue;
                }
                '\u{2011}' | '\u{2010}' => word.push_replaced(i, next_i, "-"),
                '\u{ad}' => word.push_replaced(i, next_i, ""),
                _ => word.push_src(i, next_i),
            }
            i = next_i;
        }
        word.flush(&mut out);
        numbers |= word.digit_end;
    }
    (out, numbers)
}

/// The length of the marks of a markdown heading that opens `text`: one
/// to six `#` and the spaces after them (`## Annex` → 3); 0 for none, or
/// for `#` glued to a word (`#MeToo`).
fn atx_heading_marks(text: &str) -> usize {
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    let spaces = text.bytes().skip(hashes).take_while(|&b| b == b' ').count();
    if (1..=6).contains(&hashes) && spaces > 0 {
        hashes + spaces
    } else {
        0
    }
}

/// `1` where `rest`, the text after closing emphasis, is a space before
/// a comma, semicolon, colon or full stop that ends a word (`_Decides_ ,
/// in accordance`, as pymupdf4llm writes `Decides, in accordance`): the
/// space is the converter's, set after the emphasis it closed; else `0`.
fn space_before_punctuation(rest: &str) -> usize {
    match rest.as_bytes() {
        [b' ', b',' | b';' | b':' | b'.', after @ ..]
            if after.first().is_none_or(|c| !c.is_ascii_alphanumeric()) =>
        {
            1
        }
        _ => 0,
    }
}

/// The repair that took markup `text[from..to]` out; `base` is where `text`
/// starts in the input.
fn removed_markup(text: &str, base: usize, from: usize, to: usize) -> Diagnostic {
    Diagnostic::repair(
        DiagnosticKind::RemovedMarkup {
            markup: text.get(from..to).unwrap_or_default().to_owned(),
        },
        Span::new(base + from, base + to),
    )
}

/// [`core`]'s cut of an ASCII word, as byte bounds: for ASCII,
/// `char::is_alphanumeric` is `is_ascii_alphanumeric`, so no character is
/// decoded. Most words are ASCII.
fn ascii_core(b: &[u8]) -> (usize, usize) {
    let start = b
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(start, |i| (i + 1).max(start));
    (start, end)
}

/// The alphabetic core of a token: leading and trailing punctuation aside.
fn core(word: &str) -> (&str, &str, &str) {
    if word.is_ascii() {
        let (start, end) = ascii_core(word.as_bytes());
        return (&word[..start], &word[start..end], &word[end..]);
    }
    let start = word.len()
        - word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let end = word
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .len()
        .max(start);
    (&word[..start], &word[start..end], &word[end..])
}

fn is_alpha(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphabetic)
}

/// Words up to this long take [`Shape::of`]'s one-pass path (longer ones
/// are no word of any list, and take the general one).
const MAX_KEYED_WORD: usize = 32;

/// What the word repairs ask of a word, worked out once as it is read:
/// the bounds of its [`core`], whether that core is all letters, and, for
/// an ASCII core of letters, its lower-cased lexicon [`Key`], from which
/// the keys of its joins with its neighbours are composed without
/// re-reading either word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    /// The byte range of the core in the word.
    core: (usize, usize),
    /// The core is non-empty and every character of it a letter.
    alpha: bool,
    /// The lower-cased core's key, where the core is ASCII letters.
    key: Option<Key>,
    /// The whole word is ASCII: known on the way, so that writing it
    /// ([`Writer::write`]) need not scan it again.
    ascii: bool,
}

impl Shape {
    fn of(word: &str) -> Self {
        let b = word.as_bytes();
        // Most words are ASCII letters from end to end: one pass tells,
        // folding the key on the way.
        if !b.is_empty() && b.len() <= MAX_KEYED_WORD {
            if let Some(key) = Key::of_ascii_letters(b) {
                return Self {
                    core: (0, b.len()),
                    alpha: true,
                    key: Some(key),
                    ascii: true,
                };
            }
        }
        if b.is_ascii() {
            let (start, end) = ascii_core(b);
            let core = &b[start..end];
            // Letters and key in one pass where the core is short enough to
            // key (nearly always): `of_ascii_letters` is `of_ascii_folded`
            // of a core of letters (tested in `lexicon`).
            let (alpha, key) = match Key::of_ascii_letters(core) {
                Some(key) => (!core.is_empty(), key),
                None => {
                    let alpha = !core.is_empty() && core.iter().all(u8::is_ascii_alphabetic);
                    (alpha, Key::of_ascii_folded(core))
                }
            };
            return Self {
                core: (start, end),
                alpha,
                key: alpha.then_some(key),
                ascii: true,
            };
        }
        let (pre, core, _) = core(word);
        Self {
            core: (pre.len(), pre.len() + core.len()),
            alpha: is_alpha(core),
            key: None,
            ascii: false,
        }
    }

    /// [`Shape::of`] a plain word of `len` bytes whose key [`plain_run`]
    /// gave: the word is its own core, all letters, all ASCII.
    fn plain(len: usize, key: NonZeroU64) -> Self {
        Self {
            core: (0, len),
            alpha: true,
            key: Some(Key::from_compact(key, len)),
            ascii: true,
        }
    }

    /// The core of `word`, which this shape was made from.
    fn core<'w>(&self, word: &'w str) -> &'w str {
        word.get(self.core.0..self.core.1).unwrap_or("")
    }

    /// What precedes the core in `word`.
    fn before<'w>(&self, word: &'w str) -> &'w str {
        word.get(..self.core.0).unwrap_or("")
    }

    /// What follows the core in `word`.
    fn after<'w>(&self, word: &'w str) -> &'w str {
        word.get(self.core.1..).unwrap_or("")
    }

    /// The key of `word`, which this shape was made from, where the word is
    /// plain: ASCII letters from end to end.
    fn plain_key(&self, word: &str) -> Option<Key> {
        self.key
            .filter(|_| self.core == (0, word.len()) && self.alpha)
    }

    /// The core opens the word: no punctuation before it.
    fn opens(&self) -> bool {
        self.core.0 == 0
    }

    /// The core closes `word`: no punctuation after it.
    fn closes(&self, word: &str) -> bool {
        self.core.1 == word.len()
    }
}

/// What stood between two words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// White space inside a line.
    Space,
    /// A line end.
    Break,
}

/// The last word read, not yet written: the next word may still be joined
/// to it.
#[derive(Debug)]
struct Held<'s> {
    text: Cow<'s, str>,
    span: Span,
    /// Its shape, where it is a word as tokenized and its shape was already
    /// worked out (a joined word's is worked out again when asked).
    shape: Option<Shape>,
    /// The one separator read after it, if any: the repairs look at a word,
    /// one separator, and the next word (`high -level`, `recon-` / `ciliation`).
    sep: Option<Sep>,
}

impl<'s> Held<'s> {
    fn new(text: Cow<'s, str>, span: Span, shape: Option<Shape>) -> Self {
        Self {
            text,
            span,
            shape,
            sep: None,
        }
    }

    /// The word joined from this one (`before`) and the one at `right`
    /// (`after`), the repair reported.
    fn join(
        &self,
        right: Span,
        before: String,
        after: String,
        diags: &mut Vec<Diagnostic>,
    ) -> Self {
        let span = self.span.cover(right);
        diags.push(Diagnostic::repair(
            DiagnosticKind::JoinedSplitWord {
                before,
                after: after.clone(),
            },
            span,
        ));
        Self::new(Cow::Owned(after), span, None)
    }

    /// [`Held::join`] of this word and `b`, printed with a space between
    /// them (`fie ld`, `high -level`), as `after`.
    fn join_spaced(
        &self,
        b: &str,
        b_span: Span,
        after: String,
        diags: &mut Vec<Diagnostic>,
    ) -> Repair<'s> {
        Repair::Join(self.join(b_span, format!("{} {b}", self.text), after, diags))
    }
}

/// Writes clean text as the repairs decide it, in one pass over the
/// tokens: everything but the held word (and the separator after it) is
/// already written, so a repair never moves what was written.
struct Writer<'s> {
    clean: Clean,
    /// A separator was read since the last word written.
    pending_space: bool,
    held: Option<Held<'s>>,
}

impl<'s> Writer<'s> {
    /// A writer whose map is `map` (empty).
    fn with_capacity(bytes: usize, map: Vec<(usize, usize, Span)>) -> Self {
        // Made at its capacity: `reserve` on an empty buffer takes the
        // cold growth path, dearer than the allocation itself for short
        // nodes.
        let clean = Clean {
            text: String::with_capacity(bytes),
            refs: Vec::new(),
            map: TextMap(map),
        };
        Self {
            clean,
            pending_space: false,
            held: None,
        }
    }

    /// Writes `text` (in NFC) as the next word, one space before it where
    /// a separator came between. `ascii`: the caller knows `text` to be
    /// ASCII (its [`Shape`] says so), so it needs no scan.
    /// (The writer's fields apart, so that [`Writer::release`] writes the
    /// held word where it lies, without moving it out first.)
    fn write(clean: &mut Clean, pending_space: bool, text: &str, span: Span, ascii: bool) {
        if pending_space && !clean.text.is_empty() {
            clean.text.push(' ');
        }
        let start = clean.text.len();
        if ascii || text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
            clean.text.push_str(text);
        } else {
            clean.text.extend(text.nfc());
        }
        clean.map.0.push((start, clean.text.len(), span));
    }

    /// Writes the held word and the separator after it.
    fn release(&mut self) {
        if let Some(held) = &self.held {
            let ascii = held.shape.is_some_and(|s| s.ascii);
            Self::write(
                &mut self.clean,
                self.pending_space,
                &held.text,
                held.span,
                ascii,
            );
            self.pending_space = held.sep.is_some();
            self.held = None;
        }
    }

    /// Writes the held word, and holds `word` in its place.
    fn hold(&mut self, word: Held<'s>) {
        self.release();
        self.held = Some(word);
    }

    /// The held word, where `sep` alone follows it: the left side of a
    /// repair.
    fn joinable(&self, sep: Sep) -> Option<&Held<'s>> {
        self.held.as_ref().filter(|held| held.sep == Some(sep))
    }

    fn sep(&mut self, sep: Sep) {
        match &mut self.held {
            Some(held) if held.sep.is_none() => held.sep = Some(sep),
            _ => {
                self.release();
                self.pending_space = true;
            }
        }
    }

    fn marker(&mut self, marker: FootnoteMarker) {
        self.release();
        let offset = self.clean.text.len();
        self.clean.refs.push(FootnoteRef::new(marker, offset));
    }

    fn finish(mut self) -> Clean {
        self.release();
        self.clean
    }
}

/// Joins words broken by extraction, each join reported, and writes the
/// clean text: one pass, the last word held back until the next one says
/// whether the two are one.
fn repair<'s>(
    tokens: Tokens<'s>,
    bytes: usize,
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Clean {
    repair_with::<true>(tokens, bytes, lex, diags)
}

/// [`repair`]; `LANE` turns on [`plain_lane`] (off only to test it
/// against the general path).
fn repair_with<'s, const LANE: bool>(
    Tokens { toks, mut made }: Tokens<'s>,
    bytes: usize,
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Clean {
    // About every other token is a word.
    let mut w = Writer::with_capacity(bytes, lex.scratch.take_map(toks.len() / 2 + 1));
    // Looks ahead through `as_slice`, not `Peekable`, whose buffered item
    // every `next` would move again.
    let mut iter = toks.into_iter();
    while let Some(tok) = iter.next() {
        let (b, b_span, letters) = match tok {
            Tok::Word {
                text,
                span,
                letters,
            } => (text.take(&mut made), span, letters),
            Tok::Space => {
                w.sep(Sep::Space);
                continue;
            }
            Tok::Break => {
                w.sep(Sep::Break);
                continue;
            }
            Tok::Marker(marker) => {
                w.marker(marker);
                continue;
            }
        };
        // `twenty -` / `eighth`: a hyphen standing alone before a line end
        // joins the words on either side (the one rule that reads ahead).
        if b == "-" && matches!(iter.as_slice().first(), Some(Tok::Break)) {
            if let Some(a) = w.joinable(Sep::Space) {
                let text = &a.text;
                if text.ends_with(|c: char| c.is_alphanumeric()) {
                    iter.next();
                    let word_next = matches!(iter.as_slice().first(),
                        Some(Tok::Word { text, .. }) if text.get(&made).starts_with(char::is_alphabetic));
                    let c = if word_next { iter.next() } else { None };
                    if let Some(Tok::Word {
                        text: c,
                        span: c_span,
                        ..
                    }) = c
                    {
                        let c = c.get(&made);
                        let before = format!("{text} -/{c}");
                        let after = format!("{text}-{c}");
                        w.held = Some(a.join(c_span, before, after, diags));
                        continue;
                    }
                    w.hold(Held::new(b, b_span, None));
                    w.sep(Sep::Break);
                    continue;
                }
            }
        }
        // `Secretary      - General`: a hyphen standing alone between two
        // words of one line, where a layout extractor set a compound's
        // hyphen apart as a run of its own (pypdf's layout mode). The UN
        // prints no spaced hyphen-minus (its dashes are en dashes), but a
        // typed text may use one as a dash, so the words join only where
        // the compound is attested (a UN compound, or spelled so elsewhere
        // in the document).
        if b == "-" {
            if let Some(joined) = spaced_hyphen(&w, iter.as_slice(), &made, lex) {
                iter.next();
                if let Some(Tok::Word { text: c, span, .. }) = iter.next() {
                    let c = c.get(&made);
                    if let Some(a) = w.joinable(Sep::Space) {
                        let before = format!("{} - {c}", a.text);
                        w.held = Some(a.join(span, before, joined, diags));
                        continue;
                    }
                }
            }
        }
        let b_shape = match letters {
            Some(key) => Shape::plain(b.len(), key),
            None => Shape::of(&b),
        };
        let repair = match plain_pair(&w, &b, &b_shape) {
            Some((a_key, b_key)) => {
                repair_plain(&w, &b, b_span, a_key, b_key, &b_shape, lex, diags)
            }
            None => repair_word(&w, &b, b_span, &b_shape, lex, diags),
        };
        match repair {
            Some(Repair::Join(joined)) => w.held = Some(joined),
            Some(Repair::Replace(after)) => w.hold(Held::new(Cow::Owned(after), b_span, None)),
            None => {
                w.hold(Held::new(b, b_span, Some(b_shape)));
                if LANE {
                    plain_lane(&mut w, &mut iter, lex);
                }
            }
        }
    }
    // The vector's allocation, for the document's next node.
    lex.scratch.put_tokens(iter);
    w.finish()
}

/// The compound `a-c` that a hyphen standing alone on its line makes of
/// the held word `a` and the word `c` after it (`rest`, the tokens after
/// the hyphen: a space, then `c`), where it is attested: `Secretary` `-`
/// `General` → `Secretary-General`. `None` where either side is no word
/// closed towards the hyphen (`rights, - including`) or the compound is not
/// attested.
fn spaced_hyphen(
    w: &Writer<'_>,
    rest: &[Tok<'_>],
    made: &[String],
    lex: &Lexicon<'_>,
) -> Option<String> {
    let a = w.joinable(Sep::Space)?;
    let [Tok::Space, Tok::Word { text: c, .. }, ..] = rest else {
        return None;
    };
    let c = c.get(made);
    let (_, a_core, a_after) = core(&a.text);
    let (c_before, c_core, _) = core(c);
    let words = a_after.is_empty()
        && c_before.is_empty()
        && a_core.starts_with(char::is_alphabetic)
        && c_core.starts_with(char::is_alphabetic);
    (words && lex.hyphenated_attested(a_core, c_core)).then(|| format!("{}-{c}", a.text))
}

/// The common run of prose, `plain word`, space, `plain word`, … (ASCII
/// letters borrowed from the input, keyed by [`tokenize`], or such
/// letters closed by punctuation: `rights,`), taken from the writer's
/// held word on without the general path's steps: while no repair of the
/// held word and the next can apply, the held word is written and the
/// next held, as the general path would (`sep` marks the held word,
/// [`repair_plain`] or [`repair_word`] finds nothing, [`Writer::hold`]
/// writes it), but with the held word in locals rather than a [`Held`]
/// built, moved and taken again for each word, and the tokens read in
/// place. Where a repair may apply, or anything else comes, the general
/// path takes over from a [`Held`] as it would have made it (tested
/// below).
///
/// What may apply to such a word after the held one, by the held word
/// ([`lane_may_repair`]):
/// - a plain word: [`plain_pair_may_repair`] of the two cores (a word
///   closed by punctuation is its core to every rule that reads it as
///   the right word);
/// - a word that ends in a character that is neither a letter, a digit
///   nor a hyphen (`rights,`): only the dropped hyphen
///   ([`repair_word`]'s other rules need a hyphen at its end, a core that
///   closes it or a letter at its end, or a hyphen or capital opening the
///   next word), whose first conditions for a core of letters are those
///   of [`restore_hyphen_shaped`]: six letters or more, and a key that
///   [`Lexicon::may_restore_hyphen_key`] lets through.
// Never inlined: in `repair_with`, whose general path is large, the
// compiler keeps the lane's checks calls and its locals on the stack; on
// its own, the lane's loop holds them in registers.
#[inline(never)]
fn plain_lane<'s>(w: &mut Writer<'s>, iter: &mut std::vec::IntoIter<Tok<'s>>, lex: &Lexicon<'_>) {
    let Some(held) = w.held.as_ref().filter(|h| h.sep.is_none()) else {
        return;
    };
    // What the held word asks of the next: its key where it is plain,
    // `None` where it closes with such a character.
    let held_key = match held.shape.and_then(|s| s.plain_key(&held.text)) {
        Some(key) => Some(key),
        None if held
            .text
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_alphanumeric() && c != '-') =>
        {
            None
        }
        None => return,
    };
    // The first step, from the held word: the lane's words then in locals.
    let [Tok::Space, Tok::Word {
        text: Text::Source(b),
        span: b_span,
        letters,
    }, ..] = iter.as_slice()
    else {
        return;
    };
    let Some((mut a_core, mut a_core_key)) = lane_word(b, *letters) else {
        return;
    };
    // The filters, fetched once for the lane's checks.
    let probe = lex.probe();
    // (The core is an ASCII prefix of the word: a character boundary.)
    if lane_may_repair(&held.text, held_key, &b[..a_core], a_core_key, &probe) {
        return;
    }
    let ascii = held.shape.is_some_and(|s| s.ascii);
    Writer::write(&mut w.clean, w.pending_space, &held.text, held.span, ascii);
    w.pending_space = true;
    let (mut a, mut a_span) = (*b, *b_span);
    // The lane reads the tokens in place and takes them from `iter` once
    // it ends: taking a token drops it (nothing, for a space or a borrowed
    // word, but a check each), and one pass over all costs less than a
    // call a step.
    let rest = iter.as_slice();
    let mut taken = 2;
    while let Some(
        [Tok::Space, Tok::Word {
            text: Text::Source(b),
            span: b_span,
            letters,
        }, ..],
    ) = rest.get(taken..)
    {
        let a_key = (a_core == a.len()).then_some(a_core_key);
        let Some((b_core, b_key)) = lane_word(b, *letters) else {
            break;
        };
        if lane_may_repair(a, a_key, &b[..b_core], b_key, &probe) {
            break;
        }
        // Every word of the lane is ASCII.
        Writer::write(&mut w.clean, w.pending_space, a, a_span, true);
        (a, a_span, a_core, a_core_key) = (b, *b_span, b_core, b_key);
        taken += 2;
    }
    iter.nth(taken - 1);
    // What `Shape::of` makes of it (tested below).
    let shape = Shape {
        core: (0, a_core),
        alpha: true,
        key: Some(a_core_key),
        ascii: true,
    };
    w.held = Some(Held::new(Cow::Borrowed(a), a_span, Some(shape)));
}

/// A word the lane takes, as the length of its core and the core's key:
/// a plain word keyed by [`tokenize`] (`letters`), or ASCII letters
/// closed by ASCII punctuation other than a hyphen (`rights,`, `Goals”`
/// no: not ASCII), the letters at most [`MAX_KEYED_WORD`].
#[inline]
fn lane_word(b: &str, letters: Option<NonZeroU64>) -> Option<(usize, Key)> {
    if let Some(letters) = letters {
        return Some((b.len(), Key::from_compact(letters, b.len())));
    }
    let bytes = b.as_bytes();
    let tail = bytes
        .iter()
        .rev()
        .take_while(|&&c| c.is_ascii_punctuation() && c != b'-')
        .count();
    let core = &bytes[..bytes.len() - tail];
    if tail == 0 || core.is_empty() || core.len() > MAX_KEYED_WORD {
        return None;
    }
    Key::of_ascii_letters(core).map(|key| (core.len(), key))
}

/// Whether a repair may apply to a word of the lane (its core `b` and
/// key) after the held word `a`: plain, with its key, or (`None`) closed
/// by punctuation. See [`plain_lane`].
#[inline]
fn lane_may_repair(
    a: &str,
    a_key: Option<Key>,
    b: &str,
    b_key: Key,
    probe: &Probe<'_, '_>,
) -> bool {
    match a_key {
        Some(a_key) => plain_pair_may_repair(a, a_key, b, b_key, probe),
        None => b.len() >= MIN_RESTORED_LEN && probe.may_restore_hyphen_key(b_key),
    }
}

/// Whether [`repair_plain`] may repair plain word `b` read after plain
/// word `a` and a space (`a_key`, `b_key` their keys): `false` only where
/// it certainly finds nothing. Its three rules' first, necessary
/// conditions, in its order: the lost hyphen attested, the dropped
/// hyphen's guard ([`Lexicon::may_restore_hyphen_key`], for a word of six
/// letters or more) and the split word's filter
/// ([`Lexicon::may_attest_join_keys`]).
///
/// Always inlined: the lane asks it of every pair of words, and as a call
/// (which the compiler otherwise keeps it) its arguments, saved registers
/// and return cost a fifth of it.
#[inline(always)]
fn plain_pair_may_repair(a: &str, a_key: Key, b: &str, b_key: Key, probe: &Probe<'_, '_>) -> bool {
    let b_lower = b.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    let in_document = || probe.hyphenated_in_document_keys(a, a_key, b, b_key);
    let attested = if b_lower {
        in_document() || never_spaced(a, b)
    } else {
        a.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && in_document()
    };
    attested
        || (b.len() >= MIN_RESTORED_LEN && probe.may_restore_hyphen_key(b_key))
        || (b_lower && probe.may_attest_join_keys(a_key.then(b_key)))
}

/// Where `b` and the held word before it (if any is held) are plain
/// words, ASCII letters through and through (most words are): their keys,
/// the held word's `None` where there is none or no separator follows it.
fn plain_pair(w: &Writer<'_>, b: &str, b_shape: &Shape) -> Option<(Option<Key>, Key)> {
    let b_key = b_shape.plain_key(b)?;
    let Some(a) = w.held.as_ref().filter(|a| a.sep.is_some()) else {
        return Some((None, b_key));
    };
    let a_key = match a.shape {
        Some(shape) => shape.plain_key(&a.text),
        None => Shape::of(&a.text).plain_key(&a.text),
    }?;
    Some((Some(a_key), b_key))
}

/// [`repair_word`] for a [`plain_pair`]: no rule that asks for a hyphen, a
/// capital inside a word or punctuation can apply, so only the lost hyphen
/// (`twenty seventh`), the dropped hyphen (`goodneighbourliness`) and the
/// split word (`fie ld`) are tried, in that order, on bytes and keys.
#[allow(clippy::too_many_arguments)]
fn repair_plain<'s>(
    w: &Writer<'s>,
    b: &str,
    b_span: Span,
    a_key: Option<Key>,
    b_key: Key,
    b_shape: &Shape,
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Repair<'s>> {
    let b_lower = b.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    let after_space = w.joinable(Sep::Space).zip(a_key);
    if let Some((a, a_key)) = after_space {
        let text = &a.text;
        let in_document = || {
            lex.hyphenated_in_document_keys(text, a_key, b, b_key)
                && lex.compound_outnumbers_spaced(text, b)
        };
        let attested = if b_lower {
            in_document() || never_spaced(text, b)
        } else {
            text.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && in_document()
        };
        if attested {
            let after = format!("{text}-{b}");
            return Some(a.join_spaced(b, b_span, after, diags));
        }
    }
    // (A plain word is its own core, so a short one gets no hyphen back.)
    if b.len() >= MIN_RESTORED_LEN {
        if let Some(repair) = dropped_hyphen(b, b_span, b_shape, lex, diags) {
            return Some(repair);
        }
    }
    let (a, a_key) = after_space?;
    let text = &a.text;
    if b_lower
        && lex.may_attest_join_keys(a_key.then(b_key))
        && (!Lexicon::is_listed_word(text) || !Lexicon::is_listed_word(b))
        && may_open_split_word(text, &w.clean.text)
    {
        let joined = format!("{text}{b}");
        if lex.is_attested(&joined) {
            return Some(a.join_spaced(b, b_span, joined, diags));
        }
    }
    None
}

/// `goodneighbourliness`, `SecretaryGeneral`: a hyphen dropped whole, put
/// back (see [`restore_hyphen`]) and reported.
fn dropped_hyphen<'s>(
    b: &str,
    b_span: Span,
    b_shape: &Shape,
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Repair<'s>> {
    let after = restore_hyphen_shaped(b, b_shape, lex)?;
    diags.push(Diagnostic::repair(
        DiagnosticKind::JoinedSplitWord {
            before: b.to_string(),
            after: after.clone(),
        },
        b_span,
    ));
    Some(Repair::Replace(after))
}

/// What the repairs make of a word.
enum Repair<'s> {
    /// It is one word with the held one.
    Join(Held<'s>),
    /// It is to be read so.
    Replace(String),
}

/// Whether `word` is a web address (`https://…`, `http://…`, `www.…`)
/// that no punctuation closes, so a line may end inside it: a hyphen at
/// its end is left to the hyphen rules.
fn opens_web_address(word: &str) -> bool {
    // Bytes, not a `str` slice: the word may hold a multi-byte character
    // where a prefix would end (`action”`).
    let opens = ["https://", "http://", "www."].iter().any(|p| {
        word.as_bytes()
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
    });
    opens && !word.ends_with(['.', ',', ';', ':', ')', ']', '-'])
}

/// Whether `word`, the first of a line, goes on with a web address the
/// line before left open: it holds a `/` or a `.` between its characters
/// (`GuidelinesEnglish.pdf.`, `los/general`), as a word of prose does not
/// (`Bulletin.`, `and`).
fn goes_on_web_address(word: &str) -> bool {
    let core = word.trim_end_matches(['.', ',', ';', ':', ')', ']']);
    core.starts_with(|c: char| c.is_ascii_alphanumeric())
        && core.contains(['/', '.'])
        && !core.contains(char::is_whitespace)
}

/// Whether `a` ends in a number and an en dash, and `b` opens with a
/// digit: the two halves of a range (`2024–` `2034`).
fn ends_range_dash(a: &str, b: &str) -> bool {
    a.strip_suffix('–')
        .is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit()))
        && b.starts_with(|c: char| c.is_ascii_digit())
}

/// The repair of word `b`, read after the writer's held word (if one
/// separator stands between them), or `None`.
fn repair_word<'s>(
    w: &Writer<'s>,
    b: &str,
    b_span: Span,
    b_shape: &Shape,
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Repair<'s>> {
    // `high -level`: a space before a hyphen marks a real hyphen; `15 –19
    // September`: one before a range's en dash, a range.
    if let Some(a) = w.joinable(Sep::Space) {
        let text = &a.text;
        let hyphen = b.len() > 1
            && b.starts_with('-')
            && b[1..].starts_with(char::is_alphanumeric)
            && text.ends_with(|c: char| c.is_alphanumeric());
        let range = || {
            b.strip_prefix('–')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                && text.ends_with(|c: char| c.is_ascii_digit())
        };
        if hyphen || range() {
            return Some(a.join_spaced(b, b_span, format!("{text}{b}"), diags));
        }
    }
    // `recon-` / `ciliation`: a line-end hyphen is kept only where attested.
    if let Some(a) = w.joinable(Sep::Break) {
        let text = &a.text;
        // `2024–` / `2034`: a range broken after its en dash.
        if ends_range_dash(text, b) {
            let joined = a.join(b_span, format!("{text}/{b}"), format!("{text}{b}"), diags);
            return Some(Repair::Join(joined));
        }
        // `(S/` / `12869),` (S/RES/435 (1978)): a document symbol broken
        // after one of its slashes. A symbol holds no space, so the line
        // end is none.
        if text.len() > 1
            && text.ends_with('/')
            && text
                .trim_start_matches('(')
                .starts_with(|c: char| c.is_ascii_uppercase())
            && text
                .bytes()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || b"(./-".contains(&c))
            && b.starts_with(|c: char| c.is_ascii_alphanumeric())
        {
            let joined = a.join(b_span, format!("{text} {b}"), format!("{text}{b}"), diags);
            return Some(Repair::Join(joined));
        }
        // `…/publicationstexts/Deposit` / `GuidelinesEnglish.pdf.`
        // (A/RES/80/110, note 17): a web address broken at the line's end.
        // An address holds no space, so the line end is none where the next
        // line goes on with the address (a `/` or `.` inside its word).
        if opens_web_address(text) && goes_on_web_address(b) {
            let joined = a.join(b_span, format!("{text} {b}"), format!("{text}{b}"), diags);
            return Some(Repair::Join(joined));
        }
        let a_stem = text
            .strip_suffix('-')
            .filter(|s| s.ends_with(char::is_alphabetic));
        if let Some(stem) = a_stem {
            let b_core = b_shape.core(b);
            // `Secretary-` / `General`: no word is broken before a capital,
            // so the hyphen is the compound's own.
            if b.starts_with(char::is_uppercase) {
                let joined = a.join(b_span, format!("{text}/{b}"), format!("{text}{b}"), diags);
                return Some(Repair::Join(joined));
            }
            if b.starts_with(|c: char| c.is_lowercase()) && !matches!(b_core, "and" | "or") {
                let left = stem.rsplit('-').next().unwrap_or(stem);
                let left = core(left).1;
                // Kept where attested as a compound, and where both halves
                // are words but their join is none (`child-` / `empowering`
                // is no `childempowering`): a word is broken at a syllable,
                // and two words make a compound.
                // `whole-` / `of-government`: a word broken at a syllable
                // never goes on as a compound, so a hyphenated right part
                // makes the hyphen the compound's own.
                let keep = b_core.contains('-')
                    || lex.hyphenated_attested(left, b_core)
                    || (Lexicon::is_listed_word(left)
                        && Lexicon::is_listed_word(b_core)
                        && !lex.is_attested(&format!("{left}{b_core}")));
                let after = if keep {
                    format!("{text}{b}")
                } else {
                    format!("{stem}{b}")
                };
                return Some(Repair::Join(a.join(
                    b_span,
                    format!("{text}/{b}"),
                    after,
                    diags,
                )));
            }
        }
    }
    let after_space = w.joinable(Sep::Space);
    if let Some(a) = after_space {
        let text = &a.text;
        // `Secretary- General`, `ex- combatants`: a hyphen that lost its word.
        if let Some(stem) = text
            .strip_suffix('-')
            .filter(|s| s.ends_with(char::is_alphabetic))
        {
            let b_core = b_shape.core(b);
            let left = core(stem.rsplit('-').next().unwrap_or(stem)).1;
            if b_shape.alpha && lex.hyphenated_attested(left, b_core) {
                return Some(a.join_spaced(b, b_span, format!("{text}{b}"), diags));
            }
            // `Comprehensive Nuclear- Test-Ban Treaty`: a converter that
            // joins a page's lines with a space left the line-end hyphen
            // before a space. No word is broken before a capital, so the
            // hyphen is the compound's own (a suspended hyphen is followed
            // by `and` or `or`: `small- and medium-sized`).
            if b.starts_with(char::is_uppercase) {
                return Some(a.join_spaced(b, b_span, format!("{text}{b}"), diags));
            }
            // Before a small letter: `sustain- able` is a word broken at a
            // syllable, where the whole word is attested; otherwise the
            // halves make a compound (`nuclear- weapon-free`,
            // `ambassadorial- level`). A suspended hyphen stays as printed
            // (`small- and medium-sized`, `pre- or post-conflict`, `one- to
            // two-year`).
            if b.starts_with(char::is_lowercase) && !matches!(b_core, "and" | "or" | "to") {
                let whole = b_shape.alpha && lex.is_attested(&format!("{left}{b_core}"));
                let after = if whole {
                    format!("{stem}{b}")
                } else {
                    format!("{text}{b}")
                };
                return Some(a.join_spaced(b, b_span, after, diags));
            }
        }
        // `2024– 2034`: a range whose en dash ended a line, the lines
        // joined with a space.
        if ends_range_dash(text, b) {
            return Some(a.join_spaced(b, b_span, format!("{text}{b}"), diags));
        }
        // `twenty seventh`, `well being`: poppler's default mode printed a
        // space for a line-end hyphen; the document (printing the compound
        // at least as often as the two words apart) or the compound list
        // attests `twenty-seventh`.
        let a_shape = a.shape.unwrap_or_else(|| Shape::of(text));
        let (a_core, b_core) = (a_shape.core(text), b_shape.core(b));
        let in_document = || {
            (match (a_shape.key, b_shape.key) {
                (Some(a_key), Some(b_key)) => {
                    lex.hyphenated_in_document_keys(a_core, a_key, b_core, b_key)
                }
                _ => lex.hyphenated_in_document(a_core, b_core),
            }) && lex.compound_outnumbers_spaced(a_core, b_core)
        };
        // `Secretary General`: capitalised halves only where the document
        // itself prints the compound.
        // Asked last, after the cheap conditions.
        let attested = || {
            if b_core.starts_with(char::is_lowercase) {
                in_document() || never_spaced(a_core, b_core)
            } else {
                a_core.starts_with(char::is_uppercase) && in_document()
            }
        };
        // (Nothing after a core is alphanumeric, by its definition.)
        if a_shape.closes(text) && b_shape.opens() && a_shape.alpha && b_shape.alpha && attested() {
            let (a_pre, b_post) = (a_shape.before(text), b_shape.after(b));
            let after = format!("{a_pre}{a_core}-{b_core}{b_post}");
            return Some(a.join_spaced(b, b_span, after, diags));
        }
    }
    if let Some(repair) = dropped_hyphen(b, b_span, b_shape, lex, diags) {
        return Some(repair);
    }
    // `fie ld`, `conse cutive`: a fragment that is no word, joined into an attested word.
    let a = after_space?;
    let text = &a.text;
    // Cheap necessary conditions first: `a` ends with a letter (`a_post`
    // empty, `a_core` alphabetic), `b` opens with a lower-case one
    // (`b_pre` empty, `b_core` lower-case).
    if !(text.ends_with(char::is_alphabetic) && b.starts_with(char::is_lowercase)) {
        return None;
    }
    let a_shape = a.shape.unwrap_or_else(|| Shape::of(text));
    let (a_core, b_core) = (a_shape.core(text), b_shape.core(b));
    let may_attest = || match (a_shape.key, b_shape.key) {
        (Some(a_key), Some(b_key)) => lex.may_attest_join_keys(a_key.then(b_key)),
        _ => lex.may_attest_join(a_core, b_core),
    };
    // (Nothing after a core is alphanumeric, by its definition.)
    if a_shape.closes(text)
        && b_shape.opens()
        && a_shape.alpha
        && b_shape.alpha
        && b_core.starts_with(|c: char| c.is_lowercase())
        // Cheap first: most pairs are two words whose join is none.
        && may_attest()
        && (!Lexicon::is_listed_word(a_core) || !Lexicon::is_listed_word(b_core))
        && may_open_split_word(a_core, &w.clean.text)
    {
        let (a_pre, b_post) = (a_shape.before(text), b_shape.after(b));
        let joined = format!("{a_core}{b_core}");
        if lex.is_attested(&joined) {
            let after = format!("{a_pre}{joined}{b_post}");
            return Some(a.join_spaced(b, b_span, after, diags));
        }
    }
    None
}

/// Whether `a`, the piece before a space, may open a word the space split
/// (`Un ited`, `fie ld`): lower case, or one capital and lower case. Not
/// capitals (`Article VI and eighth` is no `VIand`), nor a lone capital
/// after a resolution's number, which is its letter (`resolutions 46/36 L
/// and 47/52 L` is no `Land`); `written` is the text written before `a`.
fn may_open_split_word(a: &str, written: &str) -> bool {
    let mut chars = a.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if chars.any(char::is_uppercase) {
        return false;
    }
    if first.is_uppercase() && a.len() == first.len_utf8() {
        let before = written.trim_end().rsplit(' ').next().unwrap_or_default();
        return !(before.contains('/') && before.ends_with(|c: char| c.is_ascii_digit()));
    }
    true
}

/// The tens that open a compound ordinal (`twenty-seventh`).
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Compounds of two words the UN always hyphenates.
const PAIRS: &[(&str, &str)] = &[
    ("well", "being"),
    ("decision", "making"),
    ("capacity", "building"),
    ("confidence", "building"),
    ("self", "determination"),
    ("non", "governmental"),
    ("multi", "stakeholder"),
    ("time", "bound"),
];

/// The left words of [`never_spaced`] by length and first letter: bit
/// `c - 'a'` of entry `n` is set where a left word of `n` letters opens
/// with `c` (any case). Most words are ruled out by it in two loads.
const NEVER_SPACED_LEFT: [u32; 11] = never_spaced_letters(false);

/// [`NEVER_SPACED_LEFT`] by the last letter: what rules out the common
/// words it lets through (`that`, `this`, `with` beside `time`, `well`,
/// `self`), which would each cost the compare.
const NEVER_SPACED_LAST: [u32; 11] = never_spaced_letters(true);

/// The bits of [`NEVER_SPACED_LEFT`], or with `last` of
/// [`NEVER_SPACED_LAST`].
const fn never_spaced_letters(last: bool) -> [u32; 11] {
    let mut table = [0u32; 11];
    let mut i = 0;
    while i < TENS.len() + PAIRS.len() {
        let word = if i < TENS.len() {
            TENS[i]
        } else {
            PAIRS[i - TENS.len()].0
        };
        let at = if last { word.len() - 1 } else { 0 };
        let letter = word.as_bytes()[at] | 0x20;
        table[word.len()] |= 1 << (letter - b'a');
        i += 1;
    }
    table
}

/// Compounds the UN never prints as two words, so that `twenty seventh`
/// or `well being` can only be a hyphen lost in extraction. (`in kind`,
/// `long term`, `high level` are good English apart: not listed.)
///
/// Always inlined (the lane's loop would otherwise call it): called for
/// every pair of words, and the guard rules out nearly all of them in a
/// few instructions; the compare is a call.
#[inline(always)]
fn never_spaced(a: &str, b: &str) -> bool {
    // Called for every pair of words: compare in place, allocate nothing,
    // and rule out at once a pair whose left word is no listed one by its
    // length (3 to 10 letters, tested below).
    if !(3..=10).contains(&a.len()) {
        return false;
    }
    let bytes = a.as_bytes();
    let (first, last) = (bytes[0] | 0x20, bytes[a.len() - 1] | 0x20);
    if !first.is_ascii_lowercase()
        || !last.is_ascii_lowercase()
        || NEVER_SPACED_LEFT[a.len()] >> (first - b'a') & 1 == 0
        || NEVER_SPACED_LAST[a.len()] >> (last - b'a') & 1 == 0
    {
        return false;
    }
    never_spaced_listed(a, b)
}

/// [`never_spaced`] past its guard: compares `a` and `b` with the lists.
#[inline(never)]
fn never_spaced_listed(a: &str, b: &str) -> bool {
    let ordinal = TENS.iter().any(|t| t.eq_ignore_ascii_case(a))
        && crate::grammar::run_all(crate::grammar::ordinal::ordinal_word, b)
            .is_some_and(|n| n < 10);
    ordinal
        || PAIRS
            .iter()
            .any(|(x, y)| x.eq_ignore_ascii_case(a) && y.eq_ignore_ascii_case(b))
}

/// The shortest word (in bytes) [`restore_hyphen`] tries to put a hyphen
/// back into; a shorter one stands as printed.
const MIN_RESTORED_LEN: usize = 6;

/// [`restore_hyphen`], with the answers `shape` (the word's) already
/// gives: a core of letters shorter than six, or whose key no filter
/// lets through, or a core that is no word of letters even without a
/// possessive, restores nothing.
fn restore_hyphen_shaped(word: &str, shape: &Shape, lex: &Lexicon<'_>) -> Option<String> {
    if shape.alpha {
        // The key's bits first (a few instructions, and they turn away
        // nearly every word), then the core's length.
        if shape
            .key
            .is_some_and(|key| !lex.may_restore_hyphen_key(key))
            || shape.core(word).len() < MIN_RESTORED_LEN
        {
            return None;
        }
    } else {
        let core = shape.core(word);
        if !(core.ends_with("'s") || core.ends_with("’s")) {
            return None;
        }
    }
    restore_hyphen(word, lex)
}

/// `goodneighbourliness` → `good-neighbourliness`: a word that is no word
/// of the list, whose hyphenated split the document or the compound list
/// attests (poppler's default mode drops line-end hyphens). A word the list
/// knows keeps its form unless the document itself prints it hyphenated
/// (`wellbeing` where the text says `well-being`).
fn restore_hyphen(word: &str, lex: &Lexicon<'_>) -> Option<String> {
    let (pre, w, post) = core(word);
    // `SecretaryGeneral’s`: the possessive is no part of the word.
    let (w, post) = match w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")) {
        Some(stem) => (stem, &word[pre.len() + stem.len()..]),
        None => (w, post),
    };
    // Cheap first: no hyphenated split of `w` in the document or the list.
    if w.len() < MIN_RESTORED_LEN || !is_alpha(w) || !lex.may_restore_hyphen(w) {
        return None;
    }
    let listed = Lexicon::is_listed_word(w);
    let at = match Key::of_ascii_letters(w.as_bytes()) {
        Some(key) => attested_split_keyed(w, key, listed, lex),
        None => attested_split(w, listed, lex),
    }?;
    let (a, b) = w.split_at(at);
    // A word of the list in small letters gets its hyphen back only where
    // the document prints the compound so too: `close cooperation` beside
    // the `Organisation for Economic Co-operation and Development` is
    // printed whole (A/RES/80/75).
    if listed && a.starts_with(char::is_lowercase) && !lex.hyphenated_in_document_small(a, b) {
        return None;
    }
    // Attested by the shipped list alone, the document's own spelling,
    // printed whole again, stands (`the Association of Southeast Asian
    // Nations`, twice or more, is no `South-east`). Not where the document
    // prints the compound too, in the word's letter case: poppler drops
    // `Secretary-General`'s hyphen at every line end it breaks, but
    // `South-East Asia` beside `Southeast Asian Nations` (A/RES/80/47) is
    // no evidence for `Southeast`: its dropped hyphen would leave `SouthEast`.
    if lex.prints_whole_again(w) && !lex.hyphenated_in_document_as(a, b) {
        return None;
    }
    Some(format!("{pre}{a}-{b}{post}"))
}

/// Where [`restore_hyphen`] puts the hyphen back into the word of letters
/// `w`: the first split into two letters or more and two or more whose
/// hyphenated form is attested (in the document alone where `w` is a
/// `listed` word).
fn attested_split(w: &str, listed: bool, lex: &Lexicon<'_>) -> Option<usize> {
    for (i, _) in w.char_indices().skip(2) {
        let (a, b) = w.split_at(i);
        if b.chars().count() < 2 {
            break;
        }
        let attested = if listed {
            lex.hyphenated_in_document(a, b)
        } else {
            lex.hyphenated_attested(a, b)
        };
        if attested {
            return Some(i);
        }
    }
    None
}

/// [`attested_split`] of a word of ASCII letters with its `key`: each
/// split is keyed from the keys of the word and of its prefix, and asked
/// of the filters before any string is made (nearly every split is
/// turned away by them), so that the search costs a few instructions a
/// split rather than a lower-cased copy and a hash.
fn attested_split_keyed(w: &str, key: Key, listed: bool, lex: &Lexicon<'_>) -> Option<usize> {
    let bytes = w.as_bytes();
    let mut left = Key::EMPTY;
    for (i, &c) in bytes.iter().enumerate() {
        if i >= 2 {
            if bytes.len() - i < 2 {
                break;
            }
            let (a, b) = w.split_at(i);
            let right = key.strip_prefix(left);
            let attested = if listed {
                lex.hyphenated_in_document_keys(a, left, b, right)
            } else {
                lex.hyphenated_attested_keys(a, left, b, right)
            };
            if attested {
                return Some(i);
            }
        }
        // For an ASCII letter, setting bit 5 lower-cases it, as the key's.
        left = left.push(c | 0x20);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str) -> Piece<'_> {
        Piece::Text {
            text,
            span: Span::new(0, text.len()),
        }
    }

    fn clean_lines(lines: &[&str], source: &str) -> (Clean, Vec<Diagnostic>) {
        let lex = Lexicon::new(source);
        let pieces: Vec<_> = lines.iter().map(|l| piece(l)).collect();
        let mut diags = Vec::new();
        (clean(&pieces, &lex, &mut diags), diags)
    }

    fn text(lines: &[&str]) -> String {
        clean_lines(lines, &lines.join("\n")).0.text
    }

    #[test]
    fn ok_special_bytes_are_the_tokenizer_arms() {
        // The bulk run of `tokenize` may skip only bytes whose character
        // falls to the last arm of its match (the word goes on).
        for b in 0..=255u8 {
            let expected = !b.is_ascii() || is_space(char::from(b)) || b"<[!^$&\\*_".contains(&b);
            assert_eq!(SPECIAL_BYTE[usize::from(b)], expected, "{b:#04x}");
        }
    }

    /// What a repair made, to compare two ways of reaching it.
    fn outcome(repair: Option<Repair<'_>>) -> Option<(String, Option<Span>)> {
        match repair? {
            Repair::Join(held) => Some((held.text.into_owned(), Some(held.span))),
            Repair::Replace(after) => Some((after, None)),
        }
    }

    /// The keyed search for a dropped hyphen finds the split the general
    /// one does: over every word of letters of the testdata, as printed,
    /// joined with the next (`SecretaryGeneral`, `goodneighbourliness`),
    /// and with each hyphen taken out; as a listed word and as not.
    #[test]
    fn ok_keyed_split_is_the_general_one() {
        let (mut words, mut found) = (0, 0);
        for text in crate::grammar::testdata_texts() {
            let lex = Lexicon::new(&text);
            let printed: Vec<&str> = text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                .collect();
            let joined = printed.windows(2).map(|p| format!("{}{}", p[0], p[1]));
            let candidates = printed
                .iter()
                .map(|w| w.replace('-', ""))
                .chain(joined)
                .filter(|w| {
                    w.len() >= MIN_RESTORED_LEN && w.bytes().all(|b| b.is_ascii_alphabetic())
                });
            for w in candidates {
                let Some(key) = Key::of_ascii_letters(w.as_bytes()) else {
                    continue;
                };
                for listed in [false, true] {
                    let general = attested_split(&w, listed, &lex);
                    assert_eq!(attested_split_keyed(&w, key, listed, &lex), general, "{w}");
                    found += usize::from(general.is_some());
                }
                words += 1;
            }
        }
        assert!(words > 100_000 && found > 1000, "{words} {found}");
    }

    #[test]
    fn ok_plain_repair_is_the_general_one() {
        let (mut pairs, mut repairs) = (0, 0);
        for text in crate::grammar::testdata_texts() {
            let lex = Lexicon::new(&text);
            // The words as printed, with hyphens lost (`twenty seventh`), and
            // broken in two (`fie ld`).
            let unhyphenated = text.replace('-', " ");
            let mut words: Vec<&str> = text.split_whitespace().collect();
            words.extend(unhyphenated.split_whitespace());
            let broken: Vec<&str> = words
                .iter()
                .flat_map(|w| match w.len() {
                    4.. if w.is_ascii() => vec![&w[..w.len() / 2], &w[w.len() / 2..]],
                    _ => vec![*w],
                })
                .collect();
            words.extend(broken);
            for pair in words.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                for sep in [None, Some(Sep::Space), Some(Sep::Break)] {
                    let mut w = Writer::with_capacity(0, Vec::new());
                    w.held = Some(Held {
                        sep,
                        ..Held::new(Cow::Borrowed(a), Span::new(0, a.len()), None)
                    });
                    let b_shape = Shape::of(b);
                    let Some((a_key, b_key)) = plain_pair(&w, b, &b_shape) else {
                        continue;
                    };
                    let b_span = Span::new(a.len() + 1, a.len() + 1 + b.len());
                    let (mut plain_diags, mut general_diags) = (Vec::new(), Vec::new());
                    let plain = outcome(repair_plain(
                        &w,
                        b,
                        b_span,
                        a_key,
                        b_key,
                        &b_shape,
                        &lex,
                        &mut plain_diags,
                    ));
                    let general = outcome(repair_word(
                        &w,
                        b,
                        b_span,
                        &b_shape,
                        &lex,
                        &mut general_diags,
                    ));
                    assert_eq!(plain, general, "{a:?} {b:?} {sep:?}");
                    assert_eq!(plain_diags, general_diags, "{a:?} {b:?} {sep:?}");
                    pairs += 1;
                    repairs += usize::from(plain.is_some());
                }
            }
        }
        assert!(
            pairs > 100_000 && repairs > 1_000,
            "{pairs} pairs, {repairs} repairs"
        );
    }

    /// [`Shape::of`]'s `ascii`, which spares [`Writer::write`] its scan, is
    /// `str::is_ascii` of the word, over every word of the testdata (and
    /// the rest of the shape is what the general path gives for it).
    #[test]
    fn ok_shape_ascii_is_is_ascii() {
        let (mut words, mut non_ascii) = (0, 0);
        for text in crate::grammar::testdata_texts() {
            for w in text.split_whitespace() {
                let shape = Shape::of(w);
                assert_eq!(shape.ascii, w.is_ascii(), "{w}");
                words += 1;
                non_ascii += usize::from(!w.is_ascii());
            }
        }
        assert!(words > 100_000 && non_ascii > 100, "{words} {non_ascii}");
    }

    /// [`repair`] with [`plain_lane`] gives what the general path gives:
    /// the clean text, its map, the markers and the repairs reported, over
    /// every paragraph of the testdata, as printed, with its hyphens lost
    /// (`twenty seventh`), with its long words broken in two (`fie ld`),
    /// and with punctuation put after many of those.
    /// A node cleaned with the token and map vectors kept from the last
    /// node of its document (as `clean` and `structure` do) cleans as with
    /// new ones, and the tokens' allocation is indeed kept (`recycle`
    /// collects in place).
    #[test]
    fn ok_kept_token_buffer_is_a_new_one() {
        let (tokens, _) = tokenize(&[piece("the rights of peoples")], &mut Vec::new());
        let capacity = tokens.toks.capacity();
        let buf = Scratch::default();
        buf.put_tokens(tokens.toks.into_iter());
        let kept = buf.take_tokens();
        assert!(kept.is_empty());
        assert_eq!(kept.capacity(), capacity);
        let mut nodes = 0;
        for text in crate::grammar::testdata_texts().into_iter().take(20) {
            let kept = Lexicon::new(&text);
            for para in text.split("\n\n") {
                let pieces: Vec<Piece<'_>> = para
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(piece)
                    .collect();
                let (mut d_kept, mut d_new) = (Vec::new(), Vec::new());
                let reused = clean(&pieces, &kept, &mut d_kept);
                let fresh = clean(&pieces, &Lexicon::new(&text), &mut d_new);
                assert_eq!(reused, fresh, "{para:?}");
                assert_eq!(d_kept, d_new, "{para:?}");
                // As `structure` gives a node's map back.
                kept.scratch.keep_map(reused.map);
                nodes += 1;
            }
        }
        assert!(nodes > 100, "{nodes}");
    }

    #[test]
    fn ok_plain_lane_is_the_general_path() {
        let (mut nodes, mut repairs) = (0, 0);
        for text in crate::grammar::testdata_texts() {
            let unhyphenated = text.replace('-', " ");
            let broken = text
                .split(' ')
                .map(|w| match w.len() {
                    8.. if w.is_ascii() => format!("{} {}", &w[..w.len() / 2], &w[w.len() / 2..]),
                    _ => w.to_owned(),
                })
                .collect::<Vec<_>>()
                .join(" ");
            // Words that close with punctuation before plain and broken ones.
            let commas = broken.replace("e ", "e, ").replace("s ", "s) ");
            for source in [&text, &unhyphenated, &broken, &commas] {
                let lex = Lexicon::new(source);
                for para in source.split("\n\n") {
                    let pieces: Vec<Piece<'_>> = para
                        .lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(piece)
                        .collect();
                    let mut d_lane = Vec::new();
                    let (tokens, _) = tokenize(&pieces, &mut d_lane);
                    let mut d_general = d_lane.clone();
                    let lane = repair_with::<true>(tokens.clone(), 0, &lex, &mut d_lane);
                    let general = repair_with::<false>(tokens, 0, &lex, &mut d_general);
                    assert_eq!(lane, general, "{para:?}");
                    assert_eq!(d_lane, d_general, "{para:?}");
                    nodes += 1;
                    repairs += d_lane.len();
                }
            }
        }
        assert!(nodes > 5_000 && repairs > 10_000, "{nodes} {repairs}");
    }

    /// [`Shape::of`] is its definition: the core's bounds, whether it is
    /// letters, the key of those letters lower-cased (of an ASCII word),
    /// whether the word is ASCII; over every word of the testdata, cut at spaces, at
    /// hyphens, and its first and last bytes cut off.
    #[test]
    fn ok_shape_is_its_definition() {
        let spec = |word: &str| {
            let (pre, core, _) = core(word);
            let alpha = is_alpha(core);
            Shape {
                core: (pre.len(), pre.len() + core.len()),
                alpha,
                // Keyed only where the whole word is ASCII.
                key: (alpha && word.is_ascii()).then(|| Key::of_ascii_folded(core.as_bytes())),
                ascii: word.is_ascii(),
            }
        };
        let mut words = 0;
        let long = "ab".repeat(MAX_KEYED_WORD);
        for text in crate::grammar::testdata_texts() {
            for w in text.split_whitespace().chain(text.split(['-', ' ', '\n'])) {
                let cut = w.get(1..w.len().saturating_sub(1)).unwrap_or_default();
                for w in [w, cut] {
                    assert_eq!(Shape::of(w), spec(w), "{w:?}");
                    words += 1;
                }
            }
        }
        for w in ["", "-", ",a,", "(a1)", long.as_str(), &format!("({long})")] {
            assert_eq!(Shape::of(w), spec(w), "{w:?}");
        }
        assert!(words > 100_000, "{words}");
    }

    /// A keyed word is a glyph of [`letter_spaced`] exactly where
    /// [`is_glyph`] says so: its length alone tells, over every token of
    /// the sample lines.
    #[test]
    fn ok_keyed_glyph_is_is_glyph() {
        let mut keyed = 0;
        for line in crate::normalize::lines::sample_lines() {
            let (tokens, _) = tokenize(&[piece(&line)], &mut Vec::new());
            for &t in &tokens.toks {
                let Tok::Word {
                    text: Text::Source(text),
                    letters: Some(_),
                    ..
                } = t
                else {
                    continue;
                };
                assert_eq!(text.len() <= 2, is_glyph(text), "{text}");
                keyed += 1;
            }
        }
        assert!(keyed > 100_000, "{keyed}");
    }

    /// The shape [`plain_lane`] gives the word it holds, from
    /// [`lane_word`], is [`Shape::of`] the word, over every token of the
    /// sample lines and those tokens with punctuation after them.
    #[test]
    fn ok_lane_word_shape_is_shape_of() {
        let mut taken = 0;
        for line in crate::normalize::lines::sample_lines() {
            let (tokens, _) = tokenize(&[piece(&line)], &mut Vec::new());
            for &t in &tokens.toks {
                let Tok::Word { text, letters, .. } = t else {
                    continue;
                };
                let text = text.get(&tokens.made);
                let closed = [format!("{text},"), format!("{text}).")];
                let words = [(text, letters), (&closed[0], None), (&closed[1], None)];
                for (w, letters) in words {
                    let Some((core, key)) = lane_word(w, letters) else {
                        continue;
                    };
                    let shape = Shape {
                        core: (0, core),
                        alpha: true,
                        key: Some(key),
                        ascii: true,
                    };
                    assert_eq!(shape, Shape::of(w), "{w}");
                    taken += 1;
                }
            }
        }
        assert!(taken > 100_000, "{taken}");
    }

    /// [`plain_run`] is the run [`SPECIAL_BYTE`] defines, and the key it
    /// gives a token is the one [`Shape::of`] works out: over every byte,
    /// and every token of the sample lines.
    #[test]
    fn ok_plain_run_is_the_special_byte_run_and_its_shape() {
        for b in 0..=u8::MAX {
            for bytes in [vec![b], vec![b'a', b, b'a'], vec![b, b' ']] {
                let run = bytes
                    .iter()
                    .take_while(|&&b| !SPECIAL_BYTE[usize::from(b)])
                    .count();
                assert_eq!(plain_run(&bytes).0, run, "{bytes:?}");
            }
            // A byte of the run is keyed alone, and among letters, just
            // where it is a letter.
            if !SPECIAL_BYTE[usize::from(b)] {
                let letter = b.is_ascii_alphabetic();
                assert_eq!(plain_run(&[b]).1.is_some(), letter, "{b}");
                assert_eq!(plain_run(&[b'a', b, b'z']).1.is_some(), letter, "{b}");
            }
        }
        let (mut words, mut keyed) = (0, 0);
        for line in crate::normalize::lines::sample_lines() {
            let (tokens, _) = tokenize(&[piece(&line)], &mut Vec::new());
            for &t in &tokens.toks {
                let Tok::Word { text, letters, .. } = t else {
                    continue;
                };
                let text = text.get(&tokens.made);
                let general = Shape::of(text);
                if let Some(key) = letters {
                    assert_eq!(Shape::plain(text.len(), key), general, "{text}");
                    keyed += 1;
                } else {
                    // Only a word made piece by piece (after markup, say) goes
                    // without, whatever its shape.
                    words += usize::from(general.key.is_none());
                }
            }
        }
        assert!(keyed > 100_000 && words > 1000, "{keyed} {words}");
    }

    /// `clean_with` skips [`numeric_markers`] where the document defines
    /// no note, or where [`tokenize`] found no marker and no word ending in
    /// a digit: there the pass leaves the tokens and the diagnostics as
    /// they are, and the context reads the same numbers as a fresh one.
    #[test]
    fn ok_numeric_markers_skipped_only_where_idle() {
        let (mut lines, mut idle, mut busy) = (0, 0, 0);
        for line in crate::normalize::lines::sample_lines() {
            let mut diags = Vec::new();
            let (tokens, numbers) = tokenize(&[piece(&line)], &mut diags);
            let general = tokens.toks.iter().any(|t| match t {
                Tok::Marker(_) => true,
                Tok::Word { text, .. } => text
                    .get(&tokens.made)
                    .ends_with(|c: char| c.is_ascii_digit()),
                Tok::Space | Tok::Break => false,
            });
            assert_eq!(numbers, general, "{line:?}");
            let before = diags.len();
            let defined = [Vec::new(), (1..200).collect()];
            for (k, notes) in defined.into_iter().enumerate() {
                if k == 1 && numbers {
                    busy += 1;
                    continue;
                }
                let mut ctx = MarkerContext::new(notes);
                let fresh = ctx.clone();
                let out = numeric_markers(tokens.clone(), &mut ctx, &mut diags);
                assert_eq!(out, tokens, "{line:?}");
                assert_eq!(diags.len(), before, "{line:?}");
                assert!(
                    (0..300).all(|n| ctx.expects(n) == fresh.expects(n)),
                    "{line:?}"
                );
                idle += usize::from(k == 1);
            }
            lines += 1;
        }
        assert!(
            lines > 1000 && idle > 100 && busy > 100,
            "{lines} {idle} {busy}"
        );
    }

    /// [`plain_run`] by one byte a step: its definition.
    fn plain_run_bytewise(bytes: &[u8]) -> (usize, Option<NonZeroU64>) {
        let mut key = Key::EMPTY;
        let mut all = u8::MAX;
        let mut len = bytes.len();
        for (i, &b) in bytes.iter().enumerate() {
            let folded = RUN_BYTE[usize::from(b)];
            if folded == RUN_STOP {
                len = i;
                break;
            }
            all &= folded;
            key = key.push(folded);
        }
        let plain = all & 0x40 != 0 && (1..=MAX_KEYED_WORD).contains(&len);
        (len, plain.then(|| key.compact()).flatten())
    }

    /// [`plain_run`], two bytes a step, is [`plain_run_bytewise`]: from
    /// every byte of the sample lines (runs of both parities, stopped at
    /// either byte of a pair or by the end), and on every string of up to
    /// three bytes from a set of each kind of byte.
    #[test]
    fn ok_plain_run_is_bytewise() {
        let mut runs = 0;
        for line in crate::normalize::lines::sample_lines() {
            let bytes = line.as_bytes();
            for i in 0..bytes.len() {
                let rest = &bytes[i..];
                assert_eq!(plain_run(rest), plain_run_bytewise(rest), "{line:?} {i}");
                runs += 1;
            }
        }
        assert!(runs > 100_000, "{runs}");
        let kinds = [b'a', b'Z', b'1', b',', b' ', b'*', b'\xc3', b'\xa9'];
        for n in 0..=3u32 {
            for k in 0..kinds.len().pow(n) {
                let bytes: Vec<u8> = (0..n)
                    .map(|d| kinds[k / kinds.len().pow(d) % kinds.len()])
                    .collect();
                assert_eq!(plain_run(&bytes), plain_run_bytewise(&bytes), "{bytes:?}");
            }
        }
        // About the longest keyed word.
        for n in MAX_KEYED_WORD - 2..MAX_KEYED_WORD + 3 {
            for tail in ["", " x", "1"] {
                let bytes = format!("{}{tail}", "a".repeat(n)).into_bytes();
                assert_eq!(
                    plain_run(&bytes),
                    plain_run_bytewise(&bytes),
                    "{n} {tail:?}"
                );
            }
        }
    }

    /// [`tokenize`]'s fast path for the space after a whole word, and the
    /// run of such words after it ([`plain_words`]), give what the general
    /// arm gives, over the sample lines, alone, in pairs across a line
    /// end, and with spaces doubled.
    #[test]
    fn ok_space_after_word_is_the_general_arm() {
        let lines = crate::normalize::lines::sample_lines();
        let mut spaces = 0;
        for pair in lines.windows(2) {
            let doubled = pair[0].replace(' ', "  ");
            let cases = [
                vec![piece(&pair[0])],
                vec![piece(&pair[0]), piece(&pair[1])],
                vec![piece(&doubled)],
            ];
            for pieces in cases {
                let (mut d_fast, mut d_general) = (Vec::new(), Vec::new());
                let fast = tokenize_with::<true>(&pieces, Vec::new(), &mut d_fast);
                let general = tokenize_with::<false>(&pieces, Vec::new(), &mut d_general);
                assert_eq!(fast, general, "{pieces:?}");
                assert_eq!(d_fast, d_general, "{pieces:?}");
                spaces += fast
                    .0
                    .toks
                    .iter()
                    .filter(|t| matches!(t, Tok::Space))
                    .count();
            }
        }
        assert!(spaces > 100_000, "{spaces}");
    }

    /// [`never_spaced`] is its compare with the lists: over the listed
    /// pairs in three cases, the tens before every ordinal word, and every
    /// pair of words of the sample lines (its guard rules out only pairs
    /// the compare would).
    #[test]
    fn ok_never_spaced_guard_is_the_compare() {
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (a, b) in PAIRS {
            for f in [str::to_lowercase, str::to_uppercase, |w: &str| {
                w[..1].to_uppercase() + &w[1..]
            }] {
                pairs.push((f(a), f(b)));
            }
        }
        for t in TENS {
            for o in ["first", "second", "ninth", "tenth", "Seventh"] {
                pairs.push((t.to_string(), o.to_string()));
                pairs.push((t.to_uppercase(), o.to_string()));
            }
        }
        for line in crate::normalize::lines::sample_lines() {
            let words: Vec<&str> = line.split(' ').filter(|w| !w.is_empty()).collect();
            for w in words.windows(2) {
                pairs.push((w[0].to_string(), w[1].to_string()));
            }
        }
        let mut listed = 0;
        for (a, b) in &pairs {
            assert_eq!(never_spaced(a, b), never_spaced_listed(a, b), "{a} {b}");
            listed += usize::from(never_spaced(a, b));
        }
        assert!(
            pairs.len() > 100_000 && listed > 40,
            "{} {listed}",
            pairs.len()
        );
    }

    #[test]
    fn ok_never_spaced_length_guard() {
        // The guard of `never_spaced` holds every left word it lists.
        let lefts = TENS.iter().chain(PAIRS.iter().map(|(a, _)| a));
        for a in lefts {
            assert!((3..=10).contains(&a.len()), "{a}");
        }
        assert!(never_spaced("Twenty", "seventh"));
        assert!(never_spaced("WELL", "being"));
        assert!(never_spaced("Time", "Bound"));
        assert!(never_spaced("nON", "governmental"));
        assert!(!never_spaced("the", "being"));
        assert!(never_spaced("confidence", "building"));
        assert!(!never_spaced("twenty", "tenth"));
    }

    #[test]
    fn ok_emphasis_removed() {
        assert_eq!(
            text(&["4. *Also reaffirms* the duty"]),
            "4. Also reaffirms the duty"
        );
        assert_eq!(text(&["**Eightieth session**"]), "Eightieth session");
        // Underscores, as other markdown writers emphasise.
        assert_eq!(
            text(&["_Recalling_ its resolution, __Decides__ to act"]),
            "Recalling its resolution, Decides to act"
        );
        assert_eq!(
            text(&["_69th plenary meeting", "18 December 2025_"]),
            "69th plenary meeting 18 December 2025"
        );
        // Inside a word, or a blank to fill in, they are text.
        for line in ["see file A_C.4_80_L.18.pdf", "the ____ of"] {
            assert_eq!(text(&[line]), line);
        }
    }

    #[test]
    fn ok_markers_out() {
        for line in [
            "on 25 June 1993,¹ for",
            "on 25 June 1993,<sup>1</sup> for",
            "on 25 June 1993,[^1] for",
            "on 25 June 1993,[footnoteRef:1] for",
        ] {
            let (c, _) = clean_lines(&[line], line);
            assert_eq!(c.text, "on 25 June 1993, for", "{line}");
            assert_eq!(
                c.refs,
                vec![FootnoteRef::new(FootnoteMarker::Number(1), 16)],
                "{line}"
            );
        }
    }

    #[test]
    fn ok_word_reference_is_removed_markup() {
        // `docx2python`'s reference glued to a word, reported as markup
        // removed, as `<sup>1</sup>` is; a bracket of another form is text.
        let line = "the Commission[footnoteRef:2] and [A/80/L.5] [footnoteRef:x]";
        let (c, diags) = clean_lines(&[line], line);
        assert_eq!(c.text, "the Commission and [A/80/L.5] [footnoteRef:x]");
        assert_eq!(
            c.refs,
            vec![FootnoteRef::new(FootnoteMarker::Number(2), 14)]
        );
        let removed: Vec<_> = diags
            .iter()
            .filter_map(|d| match &d.kind {
                DiagnosticKind::RemovedMarkup { markup } => Some((markup.as_str(), d.span)),
                _ => None,
            })
            .collect();
        assert_eq!(removed, [("[footnoteRef:2]", Span::new(14, 29))]);
    }

    #[test]
    fn ok_lone_marker_piece() {
        let lex = Lexicon::new("");
        let pieces = [
            piece("June 1993"),
            Piece::Marker {
                marker: FootnoteMarker::Number(1),
                span: Span::new(0, 1),
            },
            piece(" for enhancing"),
        ];
        let c = clean(&pieces, &lex, &mut Vec::new());
        assert_eq!(c.text, "June 1993 for enhancing");
        assert_eq!(c.refs[0].offset, 9);
    }

    #[test]
    fn ok_asterisk_marker_after_name() {
        let (c, _) = clean_lines(&["Cuba* and Russian Federation: draft resolution"], "");
        assert_eq!(c.text, "Cuba and Russian Federation: draft resolution");
        assert_eq!(
            c.refs,
            vec![FootnoteRef::new(FootnoteMarker::Asterisks(1), 4)]
        );
        let (c, _) = clean_lines(&["Cuba:* draft resolution"], "");
        assert_eq!(
            c.refs,
            vec![FootnoteRef::new(FootnoteMarker::Asterisks(1), 5)]
        );
        // Escaped by a markdown writer: the same marker.
        let (c, _) = clean_lines(&["Cuba:\\* draft resolution"], "");
        assert_eq!(c.text, "Cuba: draft resolution");
        assert_eq!(
            c.refs,
            vec![FootnoteRef::new(FootnoteMarker::Asterisks(1), 5)]
        );
        // Not after a word: an escaped asterisk is a literal one.
        assert_eq!(text(&["a \\* b"]), "a * b");
        // Two markers separated by a comma (A/80/L.23): the comma goes
        // with them.
        let (c, _) = clean_lines(&["Iraq:*,** draft resolution"], "");
        assert_eq!(c.text, "Iraq: draft resolution");
        assert_eq!(
            c.refs,
            vec![
                FootnoteRef::new(FootnoteMarker::Asterisks(1), 5),
                FootnoteRef::new(FootnoteMarker::Asterisks(2), 5)
            ]
        );
        // A comma after one marker is the text's.
        assert_eq!(text(&["Iraq*, Cuba"]), "Iraq, Cuba");
    }

    #[test]
    fn md_link_and_html_comment_forms() {
        assert_eq!(
            md_link("[A/80/304](https://undocs.org/A/80/304) and"),
            Some((9, 39))
        );
        assert_eq!(md_link("[](a.jpg)"), Some((1, 9)));
        // A bracket inside the text, white space inside the target, no
        // target: no link.
        assert_eq!(md_link("[a [b](c)"), None);
        assert_eq!(md_link("[a] b](c)"), None);
        assert_eq!(md_link("[a](b c)"), None);
        assert_eq!(md_link("[a] (b)"), None);
        assert_eq!(md_link("[a](b"), None);
        assert_eq!(html_comment("<!-- image --> x"), Some(14));
        assert_eq!(html_comment("<!-- open"), None);
    }
    #[test]
    fn ok_escape_opening_a_word() {
        // Regression: an escape as the first character of a later word once
        // sliced the piece backwards and panicked (seed 001, `\(Part I\)`).
        assert_eq!(text(&[r"A \(Part I\)"]), "A (Part I)");
    }

    #[test]
    fn ok_link_text_kept() {
        assert_eq!(text(&["resolution [70/1](#) of"]), "resolution 70/1 of");
        assert_eq!(
            text(&["[A/CONF.157/24 \\(Part I\\)](#), chap."]),
            "A/CONF.157/24 (Part I), chap."
        );
    }

    #[test]
    fn ok_space_hyphen() {
        assert_eq!(text(&["the high -level meeting"]), "the high-level meeting");
        assert_eq!(
            text(&["the twenty -", "eighth session"]),
            "the twenty-eighth session"
        );
    }

    #[test]
    fn ok_hyphen_alone_between_compound_words() {
        // pypdf's layout mode sets a compound's hyphen apart (A/C.4/80/L.18).
        assert_eq!(
            text(&["to the Secretary      - General in the"]),
            "to the Secretary-General in the"
        );
        assert_eq!(
            text(&["the importance of capacity  - building,  education"]),
            "the importance of capacity-building, education"
        );
        // A hyphen typed as a dash between words no compound joins stays.
        for line in ["human rights - including the right", "rights, - and"] {
            assert_eq!(text(&[line]), line);
        }
    }

    #[test]
    fn ok_letter_spaced_run() {
        // Narrow gaps between letters, wide ones between words (pypdf's
        // layout mode on A/C.6/80/L.10).
        assert_eq!(
            text(&["Arbitration,      a  s          a          c  o n  t i n u  a  t i o n          o f          t h e          p r  o j e  c t"]),
            "Arbitration, as a continuation of the project"
        );
        // Gaps all alike: the run stays as printed, however often read.
        assert_eq!(
            text(&["the C o n t r a c t i n g Parties"]),
            "the C o n t r a c t i n g Parties"
        );
        // Prose is no run.
        assert_eq!(text(&["as it is to be"]), "as it is to be");
    }

    #[test]
    fn ok_space_before_a_range_dash() {
        assert_eq!(
            text(&["from 15 –19 September 2025"]),
            "from 15–19 September 2025"
        );
        assert_eq!(text(&["in 2024 –2025 and"]), "in 2024–2025 and");
        // A dash between words, or spaced on both sides, stays.
        for line in ["peace – and security", "the Israeli –Palestinian"] {
            assert_eq!(text(&[line]), line);
        }
    }

    #[test]
    fn ok_split_word_joined() {
        assert_eq!(text(&["in the fie ld of"]), "in the field of");
        assert_eq!(
            text(&["impact of conse cutive and"]),
            "impact of consecutive and"
        );
    }

    #[test]
    fn err_split_word_real_words_stay() {
        assert_eq!(
            text(&["put in to force, it may be"]),
            "put in to force, it may be"
        );
    }

    #[test]
    fn ok_line_end_hyphen() {
        assert_eq!(
            text(&["national recon-", "ciliation"]),
            "national reconciliation"
        );
        assert_eq!(text(&["the follow-", "up to"]), "the follow-up to");
        // Two words whose join is no word: a compound the list lacks
        // (A/C.3/80/L.20, A/RES/80/184).
        assert_eq!(
            text(&["inclusive child-", "empowering, age-appropriate"]),
            "inclusive child-empowering, age-appropriate"
        );
        assert_eq!(
            text(&["low-skilled, labour-", "intensive and"]),
            "low-skilled, labour-intensive and"
        );
        // Two words whose join is a word: a word broken at a syllable.
        assert_eq!(text(&["inter-", "national law"]), "international law");
        assert_eq!(text(&["cease-", "fire"]), "ceasefire");
    }

    #[test]
    fn ok_symbol_broken_after_its_slash() {
        // S/RES/435 (1978): `(S/` / `12869), 62`.
        assert_eq!(
            text(&["on 29 September 1978 (S/", "12869),"]),
            "on 29 September 1978 (S/12869),"
        );
        assert_eq!(
            text(&["document A/C.3/", "80/L.35"]),
            "document A/C.3/80/L.35"
        );
    }

    #[test]
    fn ok_web_address_broken_at_a_line_end() {
        // A/RES/80/110, note 17.
        assert_eq!(
            text(&[
                "Available at https://www.un.org/Depts/los/doalos_publications/publicationstexts/Deposit",
                "GuidelinesEnglish.pdf."
            ]),
            "Available at https://www.un.org/Depts/los/doalos_publications/publicationstexts/DepositGuidelinesEnglish.pdf."
        );
        assert_eq!(
            text(&["see www.un.org/depts/", "los/general_assembly/report.pdf."]),
            "see www.un.org/depts/los/general_assembly/report.pdf."
        );
    }

    #[test]
    fn err_web_address_then_prose_keeps_the_break() {
        // The next line is prose: the address ended with its line.
        assert_eq!(
            text(&["available at www.un.org/depts/los", "Bulletin."]),
            "available at www.un.org/depts/los Bulletin."
        );
        assert_eq!(
            text(&["at www.un.org.", "The report"]),
            "at www.un.org. The report"
        );
        // A word with a multi-byte character where a prefix would end.
        assert!(!opens_web_address("action\u{201d}"));
        assert!(!opens_web_address("www\u{2019}s"));
    }

    #[test]
    fn err_slash_in_words_keeps_the_break() {
        // Not a symbol: `and/` ends a word of prose.
        assert_eq!(text(&["women and/", "or girls"]), "women and/ or girls");
    }

    #[test]
    fn ok_hard_wraps_and_nbsp() {
        assert_eq!(text(&["a\u{a0}b  c", "  d"]), "a b c d");
        assert_eq!(text(&["non\u{2011}selectivity"]), "non-selectivity");
    }

    #[test]
    fn ok_text_map_points_into_the_input() {
        let src = "resolution [70/1](#) of\nthe fie ld";
        let lex = Lexicon::new(src);
        let (a, b) = src.split_once('\n').unwrap_or_default();
        let pieces = [
            Piece::Text {
                text: a,
                span: Span::new(0, a.len()),
            },
            Piece::Text {
                text: b,
                span: Span::new(a.len() + 1, src.len()),
            },
        ];
        let c = clean(&pieces, &lex, &mut Vec::new());
        assert_eq!(c.text, "resolution 70/1 of the field");
        let at = |w: &str| c.text.find(w).map(|i| (i, i + w.len())).unwrap_or_default();
        let (s, e) = at("70/1");
        assert_eq!(
            c.map.to_input(s, e).and_then(|sp| sp.slice(src)),
            Some("70/1")
        );
        let (s, e) = at("field");
        assert_eq!(
            c.map.to_input(s, e).and_then(|sp| sp.slice(src)),
            Some("fie ld")
        );
    }

    fn with_notes(line: &str, notes: &[u32]) -> Clean {
        let lex = Lexicon::new(line);
        let mut ctx = MarkerContext::new(notes.to_vec());
        clean_with(&[piece(line)], &lex, Some(&mut ctx), &mut Vec::new())
    }

    #[test]
    fn ok_spaced_marker() {
        let c = with_notes("on 25 June 1993, 1 for enhancing", &[1, 2]);
        assert_eq!(c.text, "on 25 June 1993, for enhancing");
        assert_eq!(
            c.refs,
            vec![FootnoteRef::new(FootnoteMarker::Number(1), 16)]
        );
    }

    #[test]
    fn ok_marker_after_a_citing_word_and_its_punctuation() {
        // `Goals 3` cites goal 3; `Goals; 3` ends the sentence, then the
        // note (A/C.6/80/L.10, note 36).
        let c = with_notes("the Sustainable Development Goals; 1", &[1, 2]);
        assert_eq!(c.text, "the Sustainable Development Goals;");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(1));
        for line in ["Sustainable Development Goals 1 and 2", "see No. 1 of"] {
            assert_eq!(with_notes(line, &[1, 2]).text, line, "{line}");
        }
        // A whole word's full stop ends the sentence too (A/RES/80/5, note
        // 5); an abbreviation's does not.
        let c = with_notes("the Pact for the Future and its annexes. 1", &[1]);
        assert_eq!(c.text, "the Pact for the Future and its annexes.");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(1));
        for line in ["see annex, para. 1 of", "in chap. 1 above"] {
            assert_eq!(with_notes(line, &[1, 2]).text, line, "{line}");
        }
    }

    #[test]
    fn ok_marker_before_a_symbol() {
        // A list of resolutions: the note, then the next one's number
        // (A/C.3/80/L.20, notes 17 and 18).
        let c = with_notes(
            "inclusive social protection”, 1 56/5 of 10 July 2024",
            &[1, 2],
        );
        assert_eq!(c.text, "inclusive social protection”, 56/5 of 10 July 2024");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(1));
        // A number before another number is one figure (`17 500`).
        let line = "some 1 500 people";
        assert_eq!(with_notes(line, &[1, 2]).text, line);
    }

    #[test]
    fn ok_marker_before_a_list_name() {
        // A list of names: the note set apart after a name's comma, then the
        // next name (A/RES/80/15, note 3 owed).
        let c = with_notes("of Tlatelolco, Rarotonga, 3 Bangkok4 and", &[3, 4]);
        assert_eq!(c.text, "of Tlatelolco, Rarotonga, Bangkok and");
        let markers: Vec<_> = c.refs.iter().map(|r| r.marker).collect();
        assert_eq!(
            markers,
            [FootnoteMarker::Number(3), FootnoteMarker::Number(4)]
        );
    }

    #[test]
    fn err_count_after_a_comma_before_a_capital_stays() {
        // After a number's comma the number counts (`in 2024, 1 Member
        // State`); so does one past the note owed.
        for (line, notes) in [
            ("in 2024, 1 Member State joined", &[1, 2][..]),
            ("the Convention, 2 Member States", &[1, 2][..]),
        ] {
            let c = with_notes(line, notes);
            assert_eq!(c.text, line, "{line}");
            assert!(c.refs.is_empty(), "{line}");
        }
    }

    #[test]
    fn ok_glued_marker() {
        let c = with_notes("the Commission on Korea11 that the", &[11, 12]);
        assert_eq!(c.text, "the Commission on Korea that the");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(11));
        // After a number's closing bracket (pdfplumber).
        let c = with_notes("Convention, 1973 (No. 138)15 and the", &[15]);
        assert_eq!(c.text, "Convention, 1973 (No. 138) and the");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(15));
        let c = with_notes("1999 (No. 182),16 and the", &[16]);
        assert_eq!(c.text, "1999 (No. 182), and the");
        // Not a note the document defines: text.
        let c = with_notes("Convention, 1973 (No. 138)15 and the", &[3]);
        assert!(c.refs.is_empty());
    }

    #[test]
    fn ok_heading_marks_out() {
        assert_eq!(
            clean_lines(&["#### I. General principles"], "").0.text,
            "I. General principles"
        );
        assert_eq!(
            clean_lines(&["#MeToo movement"], "").0.text,
            "#MeToo movement"
        );
        assert_eq!(clean_lines(&["a # b"], "").0.text, "a # b");
    }

    #[test]
    fn ok_space_after_closing_emphasis_before_punctuation() {
        for (line, want) in [
            ("_Decides_ , in accordance", "Decides, in accordance"),
            ("*Reaffirming* ; and", "Reaffirming; and"),
            ("_The General Assembly_ ,", "The General Assembly,"),
            // A dash or a word after the emphasis keeps its space.
            ("_Decides_ – to", "Decides – to"),
            ("_Notes_ .5 per cent", "Notes .5 per cent"),
            // A marker after the punctuation (`Enterprises_ ;<sup>5</sup>`).
            ("the _Guide_ ;<sup>5</sup>", "the Guide;"),
        ] {
            assert_eq!(clean_lines(&[line], line).0.text, want, "{line}");
        }
    }

    #[test]
    fn ok_marker_glued_to_a_hyphenated_word() {
        // PyMuPDF and pypdf print superscript markers inline.
        let c = with_notes("the report of the Secretary-General1 submitted", &[1, 2]);
        assert_eq!(c.text, "the report of the Secretary-General submitted");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(1));
        let c = with_notes("report of the Secretary-General;16", &[16]);
        assert_eq!(c.text, "report of the Secretary-General;");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(16));
        // A name with its number is no word with a marker.
        let c = with_notes("the COVID-19 pandemic", &[19]);
        assert_eq!(c.text, "the COVID-19 pandemic");
        assert!(c.refs.is_empty());
    }

    #[test]
    fn ok_marker_glued_to_a_year() {
        let c = with_notes("resolution 59/3 of 4 July 20253 and the", &[3]);
        assert_eq!(c.text, "resolution 59/3 of 4 July 2025 and the");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(3));
        let c = with_notes("the Mechanism for 20244 and detailed", &[4]);
        assert_eq!(c.text, "the Mechanism for 2024 and detailed");
        let c = with_notes("Disaster Risk Reduction 2015–20303 and", &[3]);
        assert_eq!(c.text, "Disaster Risk Reduction 2015–2030 and");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(3));
        let c = with_notes("Their Destruction of 19721 and the", &[1]);
        assert_eq!(c.text, "Their Destruction of 1972 and the");
        // A list of years, each with its note, one set apart before the
        // next year (A/RES/80/28).
        let c = with_notes(
            "returns for 2021, 1 2022,2 20233 and 2024,4 and",
            &[1, 2, 3, 4],
        );
        assert_eq!(c.text, "returns for 2021, 2022, 2023 and 2024, and");
        let markers: Vec<_> = c.refs.iter().map(|r| r.marker).collect();
        assert_eq!(
            markers,
            (1..=4).map(FootnoteMarker::Number).collect::<Vec<_>>()
        );
    }

    #[test]
    fn ok_listed_year() {
        for (word, listed) in [
            ("2022,2", true),
            ("2022;", true),
            ("20233", true),
            ("1999,", true),
            ("2022", false),
            ("17500", false),
            ("500,", false),
            ("20221234", false),
            ("2022.", false),
        ] {
            assert_eq!(listed_year(word), listed, "{word}");
        }
    }

    #[test]
    fn err_long_numbers_are_no_year_and_marker() {
        // No month before it, no range: a count.
        let c = with_notes("some 20253 people", &[3]);
        assert_eq!(c.text, "some 20253 people");
        // A note the text does not owe yet.
        let c = with_notes("of 4 July 20259 and", &[3, 9]);
        assert_eq!(c.text, "of 4 July 20259 and");
        assert!(c.refs.is_empty());
    }

    #[test]
    fn ok_marker_glued_to_a_symbol() {
        let c = with_notes("pursuant to resolution 77/2285 and the report", &[4, 5]);
        assert!(c.text.contains("resolution 77/228 and"));
    }

    #[test]
    fn ok_marker_glued_to_a_chapter_paragraph() {
        // A/RES/80/242: `paragraphs VIII.7441 and VIII.9642 of the reports`.
        let c = with_notes(
            "Recalls paragraphs VIII.7441 and VIII.9642 of the reports",
            &[41, 42, 43],
        );
        assert_eq!(
            c.text,
            "Recalls paragraphs VIII.74 and VIII.96 of the reports"
        );
        assert_eq!(
            c.refs
                .iter()
                .map(|r| r.marker.to_string())
                .collect::<Vec<_>>(),
            ["41", "42"]
        );
        // A paragraph the text owes no note after stays whole.
        let c = with_notes("paragraph VIII.7441 of the report", &[3]);
        assert_eq!(c.text, "paragraph VIII.7441 of the report");
        assert!(c.refs.is_empty());
    }

    #[test]
    fn err_citation_numbers_stay() {
        for line in [
            "in paragraphs 1 and 2 of",
            "by 2 votes to 1",
            "resolution 1 of 1946",
            "the 2 main",
        ] {
            let c = with_notes(line, &[1, 2]);
            assert_eq!(c.text, line, "{line}");
            assert!(c.refs.is_empty(), "{line}");
        }
    }

    #[test]
    fn err_counts_and_listed_numbers_past_the_next_note_stay() {
        // Note 5 is owed: `6` is an item of the list, `5` after it the
        // marker (A/RES/80/65).
        let c = with_notes("agenda items 5, 6 and 7, 5 for the session", &[5, 6, 7]);
        assert_eq!(c.text, "agenda items 5, 6 and 7, for the session");
        assert_eq!(c.refs.len(), 1);
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(5));
        // Note 1 is owed: `2` counts States (A/RES/80/70).
        let c = with_notes("among which there are 2 nuclear-weapon States", &[1, 2]);
        assert_eq!(c.text, "among which there are 2 nuclear-weapon States");
        assert!(c.refs.is_empty());
        // After punctuation closing a word, one marker may still be lost.
        let c = with_notes("the Convention, 2 and the Protocol", &[1, 2]);
        assert_eq!(c.text, "the Convention, and the Protocol");
    }

    #[test]
    fn ok_run_of_glued_markers() {
        // A/RES/74/132: two notes cited together after a comma.
        let c = with_notes("the report of the Human Rights Council,1,2", &[1, 2]);
        assert_eq!(c.text, "the report of the Human Rights Council,");
        let markers: Vec<_> = c.refs.iter().map(|r| r.marker).collect();
        assert_eq!(
            markers,
            [FootnoteMarker::Number(1), FootnoteMarker::Number(2)]
        );
        // Not a run: numbers out of sequence (the last is a marker alone),
        // a note not owed, no word before the run.
        let c = with_notes("the Council,1,3 and", &[2, 3]);
        assert_eq!(c.text, "the Council,1, and");
        assert_eq!(c.refs.len(), 1);
        assert_eq!(glued_run("resolution 79/7;1,", 2, |_| true), None);
        assert_eq!(glued_run("Korea", 2, |_| true), None);
        assert_eq!(glued_run("Council,1,", 2, |_| true), Some(("Council,", 1)));
        assert_eq!(
            glued_run("Council,1,2,", 3, |_| true),
            Some(("Council,", 1))
        );
        assert_eq!(glued_run("Council,1,", 2, |m| m != 1), None);
    }

    #[test]
    fn ok_marker_glued_after_a_bracket() {
        let c = with_notes("special session (SSOD-IV),3 and", &[3]);
        assert_eq!(c.text, "special session (SSOD-IV), and");
        assert_eq!(c.refs[0].marker, FootnoteMarker::Number(3));
    }

    #[test]
    fn err_designators_are_no_split_words() {
        // `viand` and `land` are words; `VI` and `L` designate.
        let (c, _) = clean_lines(&["entitled “Article VI and eighth to twelfth” and"], "");
        assert!(c.text.contains("Article VI and eighth"), "{}", c.text);
        let (c, _) = clean_lines(&["its resolutions 46/36 L and 47/52 L and the"], "");
        assert_eq!(c.text, "its resolutions 46/36 L and 47/52 L and the");
        assert!(may_open_split_word("Un", "the"));
        assert!(may_open_split_word("fie", "the"));
        assert!(may_open_split_word("T", "."));
        assert!(may_open_split_word("T", "on 25 May 1993"));
        assert!(may_open_split_word("D", "for Landlocked6"));
        assert!(!may_open_split_word("L", "resolution 46/36"));
        assert!(!may_open_split_word("VI", "Article"));
    }

    #[test]
    fn err_undefined_note_is_no_marker() {
        let c = with_notes("of 4 July 2025 3 and the", &[1]);
        assert!(c.refs.is_empty());
    }

    #[test]
    fn ok_repairs_reported() {
        let (_, diags) = clean_lines(&["the fie ld"], "");
        assert!(diags.iter().any(|d| matches!(
            &d.kind,
            DiagnosticKind::JoinedSplitWord { before, after } if before == "fie ld" && after == "field"
        )));
    }

    #[test]
    fn err_name_spelling_is_no_dropped_hyphen() {
        // A/RES/80/75: the name of the OECD spells `Co-operation`; the
        // text's own `cooperation` stays as printed.
        let source = "the importance of close cooperation between the\nthe Organisation for Economic Co-operation and Development";
        let lines: Vec<&str> = source.lines().collect();
        let (c, diags) = clean_lines(&lines, source);
        assert!(c.text.contains("close cooperation between"), "{}", c.text);
        assert!(diags.is_empty(), "{diags:?}");
        // The compound in small letters is evidence: `wellbeing` where the
        // text prints `well-being`.
        let source = "their wellbeing and\nthe well-being of all";
        let lines: Vec<&str> = source.lines().collect();
        let (c, _) = clean_lines(&lines, source);
        assert!(c.text.contains("their well-being and"), "{}", c.text);
    }
}
