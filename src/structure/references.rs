//! Typed references in a node's clean text ([`find`]) and the
//! document-wide pass that completes them ([`finish`]).
//!
//! Input: one node's clean text with its [`TextMap`], and the adopting
//! organ. Output: [`Reference`]s with offsets into the text and spans into
//! the input. Never changes the text.
//!
//! The walk tries, at each word start, the productions of
//! [`grammar::reference`](crate::grammar::reference) and the symbol grammar:
//!
//! | printed | reference |
//! |---|---|
//! | `its resolutions 66/151 of 19 December 2011 and 68/160 of 18 December 2013` | two resolutions of the adopting organ, each with its date |
//! | `Security Council resolution 2720 (2023)`, `resolution 808 (1993)` | Security Council (named, or by the year in the number) |
//! | `Human Rights Council resolution 59/3`, `resolution 59/3 of the Human Rights Council` | Human Rights Council |
//! | `resolution 217 A (III)`, `2200 A (XXI)` | General Assembly, old numbering |
//! | `decision 80/506` | a decision |
//! | `World Health Assembly resolution 69.2` | another organ: no body, no symbol |
//! | `resolution 80/____ of __` | untyped: no number |
//! | `resolution 77/2285` (note 5 glued to `77/228`, `A_C.3_78_L.41`) | `77/228`: a session's serial stays below 1000 |
//! | `(A/80/53)`, `A/RES/70/1` | a document; a resolution when the symbol is one |
//! | `Article 1, paragraph 3` after `the Charter …`, `Article 25 of the Charter` | Charter articles |
//! | `Chapter VII of the Charter` | a Charter chapter |
//! | `at its eighty-first session` | session 81 of the adopting organ |
//! | `the Convention on the Rights of the Child` | a treaty |
//!
//! Whose resolution: an organ named before (`Security Council resolution`)
//! or after (`of the Security Council`) decides; `its` is the adopting organ,
//! unless an organ is named just before (`the Human Rights Council, in its
//! resolution 52/27`); otherwise the form of the number decides (a year in
//! parentheses: the Security Council; a Roman session: the General
//! Assembly; `2000/22`: the Economic and Social Council only in its own
//! texts), then the adopting organ.

use std::collections::HashMap;

use crate::ast::{AnnexBlock, Body, Date, Resolution, Status, Subparagraph};
use crate::grammar::ordinal::may_open_ordinal_word;
use crate::grammar::reference::{
    adopted_on, charter_articles, charter_chapter, citation_keyword, citation_number, entitled,
    list_separator, of_date, of_the_charter, session_mention, spaced_marker, trailing_organ,
    treaty_name, CitedKind, OrganName, RawNumber,
};
use crate::grammar::run;
use crate::grammar::symbol::{may_open_symbol, symbol, symbol_with_head, RawSession, RawSymbol};
use crate::iri::{self, When};
use crate::normalize::inline::TextMap;
use crate::reference::{Citation, Reference, Target};
use crate::span::Span;
use crate::symbol::DocumentSymbol;

/// What the walk needs to know about the citing document.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context<'s> {
    /// The organ that adopts the text: its formula, else its masthead.
    pub(crate) adopting: Option<Body>,
    /// The whole input, to narrow spans to the printed reference.
    pub(crate) input: &'s str,
}

/// How far back (bytes) an organ named before `its` still owns it:
/// `the Human Rights Council, in its resolution 52/27`.
const ITS_LOOKBACK: usize = 40;

/// How far back (bytes) another organ named in the same clause owns `its`:
/// `by the Subcommission on the Promotion and Protection of Human Rights at
/// its fifty-second session`.
const OTHER_ORGAN_LOOKBACK: usize = 80;

/// Capitalised nouns that name organs outside [`Body`] when they own `its`.
const ORGAN_NOUNS: [&str; 9] = [
    "Commission",
    "Subcommission",
    "Sub-Commission",
    "Conference",
    "Committee",
    "Board",
    "Forum",
    "Parties",
    "Assembly",
];

/// Capitalised words that open a sentence or a footnote rather than name an
/// organ before `resolution`: `See resolution 2200 A (XXI)`.
const NOT_ORGANS: [&str; 8] = [
    "See",
    "Also",
    "In",
    "The",
    "By",
    "Under",
    "Pursuant",
    "Recalling",
];

/// A reference found, before it is placed in the input.
struct Found {
    start: usize,
    end: usize,
    target: Target,
    iri: Option<String>,
}

/// Which forms a text can hold at all, checked once per text.
#[derive(Debug, PartialEq, Eq)]
struct Flags {
    citation: bool,
    slash: bool,
    charter: bool,
    session: bool,
    treaty: bool,
}

/// The heads of the treaty names [`Flags::of_spec`] looks for (`Charter`
/// among them: the Charter is a treaty too).
#[cfg(test)]
const SPEC_TREATY_HEADS: [&str; 7] = [
    "Convention",
    "Covenant",
    "Treaty",
    "Protocol",
    "Agreement",
    "Statute",
    "Charter",
];

impl Flags {
    /// The flags, as [`Flags::of_spec`] defines them, in one pass. Why not
    /// the spec: its scans (eleven `contains`, and a lower-cased copy for
    /// `ession`) cost several instructions a byte of every paragraph, and
    /// most paragraphs hold no reference at all. Every needle has a
    /// trigger ([`flag_trigger`]); a 16-byte block without one is skipped
    /// by a fold the compiler turns into a few vector compares, and in the
    /// other blocks and the last bytes each trigger is tried
    /// ([`Flags::note_trigger`]).
    fn of(text: &str) -> Self {
        const BLOCK: usize = 16;
        let bytes = text.as_bytes();
        let mut flags = Self {
            citation: false,
            slash: false,
            charter: false,
            session: false,
            treaty: false,
        };
        let block_at = |p: usize| {
            bytes
                .get(p..p + BLOCK)
                .and_then(|s| <&[u8; BLOCK]>::try_from(s).ok())
        };
        let mut p = 0;
        // The block and the two after it shifted by one and two bytes: the
        // pairs of a trigger.
        while let (Some(b0), Some(b1), Some(b2)) = (block_at(p), block_at(p + 1), block_at(p + 2)) {
            let mut hit = false;
            for j in 0..BLOCK {
                // `|` and `&`, no early exit: so the fold vectorises.
                hit |= flag_trigger(b0[j], b1[j], b2[j]);
            }
            if hit {
                // Most bytes of such a block are no trigger of any kind:
                // read from the block (no bounds check), they cost a table
                // load and one test, and only the others are tried.
                for (j, &b) in b0.iter().enumerate() {
                    if FLAG_TRIGGERS[usize::from(b)] != 0 {
                        flags.note_trigger(bytes, p + j);
                    }
                }
            }
            p += BLOCK;
        }
        // The last bytes (fewer than a block and the two after it), as
        // the bytes of a block with a trigger.
        for (q, &b) in bytes.iter().enumerate().skip(p) {
            if FLAG_TRIGGERS[usize::from(b)] != 0 {
                flags.note_trigger(bytes, q);
            }
        }
        flags
    }

    /// Notes the needles a trigger at `q` may belong to (see
    /// [`flag_trigger`]): those starting at `q` after a capital or `/`,
    /// those starting a byte before after a pair. A table load first: most
    /// bytes are no trigger.
    fn note_trigger(&mut self, bytes: &[u8], q: usize) {
        let Some(&b) = bytes.get(q) else {
            return;
        };
        let kind = FLAG_TRIGGERS[usize::from(b)];
        if kind & STARTS_NEEDLE != 0 {
            self.note_needles(bytes, q);
        }
        if kind & SECOND_OF_PAIR != 0 {
            let at = |k: usize| bytes.get(q + k).copied().unwrap_or(0);
            if second_of_pair(b, at(1), at(2)) {
                if let Some(start) = q.checked_sub(1) {
                    self.note_needles(bytes, start);
                }
            }
        }
    }

    /// Notes each needle of [`Flags::of_spec`] that starts at `q`.
    fn note_needles(&mut self, bytes: &[u8], q: usize) {
        let rest = bytes.get(q..).unwrap_or_default();
        let at = |needle: &str| rest.starts_with(needle.as_bytes());
        match rest.first() {
            Some(b'/') => self.slash = true,
            Some(b'C') if at("Charter") => {
                self.charter = true;
                self.treaty = true;
            }
            Some(b'C') => self.treaty |= at("Convention") || at("Covenant"),
            Some(b'T') => self.treaty |= at("Treaty"),
            Some(b'P') => self.treaty |= at("Protocol"),
            Some(b'A') => self.treaty |= at("Agreement"),
            Some(b'S') => self.treaty |= at("Statute"),
            Some(b'e' | b'E') => {
                self.citation |= at("esolution") || at("ecision");
                self.session |= rest
                    .get(.."ession".len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"ession"));
            }
            _ => {}
        }
    }

    /// Which forms `text` can hold: the substrings each form needs.
    #[cfg(test)]
    fn of_spec(text: &str) -> Self {
        Self {
            citation: text.contains("esolution") || text.contains("ecision"),
            slash: text.contains('/'),
            charter: text.contains("Charter"),
            session: text.to_ascii_lowercase().contains("ession"),
            treaty: SPEC_TREATY_HEADS.iter().any(|h| text.contains(h)),
        }
    }

    /// The [`stop`] bits of the forms the text can hold.
    fn stops(&self) -> u8 {
        let bit = |on: bool, bit: u8| if on { bit } else { 0 };
        bit(self.citation, stop::CITATION)
            | bit(self.slash, stop::SYMBOL)
            | bit(self.charter, stop::CHARTER)
            | bit(self.session, stop::ORDINAL)
            | bit(self.treaty, stop::TREATY)
    }

    const fn any(&self) -> bool {
        self.citation || self.slash || self.charter || self.session || self.treaty
    }
}

/// Whether a byte `b`, with the two bytes after it `b1` and `b2`, is a
/// trigger of a needle of [`Flags::of_spec`]: the first byte of `Charter`,
/// of a treaty head or `/`; or the second of `esolution` (`s`, `l` two
/// bytes on), `ecision` (`c`, `s` two bytes on) or `ession` in any case
/// (`s`, `s`). Pairs, as the letters alone are frequent. Compares joined by
/// `|` and `&` only, for the fold in [`Flags::of`].
const fn flag_trigger(b: u8, b1: u8, b2: u8) -> bool {
    starts_needle(b) | second_of_pair(b, b1, b2)
}

/// The first byte of `Charter`, of a treaty head, or `/`.
const fn starts_needle(b: u8) -> bool {
    (b == b'/') | (b == b'A') | (b == b'C') | (b == b'P') | (b == b'S') | (b == b'T')
}

/// The second byte of `esolution`, `ecision` or `ession` (any case), by
/// the pair it opens with the bytes after it.
const fn second_of_pair(b: u8, b1: u8, b2: u8) -> bool {
    let esolution = (b == b's') & (b2 == b'l');
    let ecision = (b == b'c') & (b2 == b's');
    let ession = ((b | 0x20) == b's') & ((b1 | 0x20) == b's');
    esolution | ecision | ession
}

/// [`FLAG_TRIGGERS`]: the byte may start a needle (`/` and the capitals).
const STARTS_NEEDLE: u8 = 1;
/// [`FLAG_TRIGGERS`]: the byte may be the second of a needle (`s`, `S`,
/// `c`), a trigger with the bytes after it.
const SECOND_OF_PAIR: u8 = 2;

/// For each byte, the ways it may be a trigger ([`flag_trigger`]): so that
/// most bytes of a block with a trigger cost one load.
static FLAG_TRIGGERS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if starts_needle(byte) {
            table[b] |= STARTS_NEEDLE;
        }
        if second_of_pair(byte, b's', b's') || second_of_pair(byte, b's', b'l') {
            table[b] |= SECOND_OF_PAIR;
        }
        b += 1;
    }
    table
};

/// A plural keyword whose enumeration may go on after other words:
/// `resolutions 77/201 of 15 December 2022 on …, 73/327 of 25 July 2019`.
#[derive(Debug, Clone, Copy)]
struct OpenList {
    kind: CitedKind,
    qualifier: Qualifier,
}

/// The state of the walk over one text.
struct Walk<'t, 'c> {
    text: &'t str,
    ctx: &'c Context<'c>,
    flags: Flags,
    out: Vec<Found>,
    open: Option<OpenList>,
}

/// The [`Reference`] of `f`, found in clean `text` whose words `map`
/// carries back to the `input` (`fallback` where it cannot).
fn reference(f: Found, text: &str, map: &TextMap, input: &str, fallback: Span) -> Reference {
    let printed = &text[f.start..f.end];
    Reference {
        target: f.target,
        text: printed.to_owned(),
        start: f.start,
        end: f.end,
        span: narrow(
            input,
            map.to_input(f.start, f.end).unwrap_or(fallback),
            printed,
        ),
        iri: f.iri,
    }
}

/// The references in `text`, in order. `fallback` is the node's span, for a
/// reference the map cannot place (it always can for text it produced).
pub(crate) fn find(text: &str, map: &TextMap, ctx: &Context<'_>, fallback: Span) -> Vec<Reference> {
    let flags = Flags::of(text);
    if !flags.any() {
        return Vec::new();
    }
    let mut walk = Walk {
        text,
        ctx,
        flags,
        out: Vec::new(),
        open: None,
    };
    walk.run();
    walk.out
        .into_iter()
        .map(|f| reference(f, text, map, ctx.input, fallback))
        .collect()
}

/// The part of `cover` (the input words a reference overlaps) that prints
/// `printed`: where the input holds it verbatim, exactly that (`E/CN.4/2001/2`
/// in `E/CN.4/2001/2-E/CN.4/Sub.2/2000/46,`); else `cover` without the
/// punctuation around the words (`2015,` → `2015`).
fn narrow(input: &str, cover: Span, printed: &str) -> Span {
    let Some(slice) = cover.slice(input) else {
        return cover;
    };
    if let Some(at) = find_short(slice, printed) {
        // From the next character on (`printed` may open with `İ`).
        let next = at + printed.chars().next().map_or(1, char::len_utf8);
        if find_short(&slice[next..], printed).is_none() {
            return Span::new(cover.start + at, cover.start + at + printed.len());
        }
    }
    let edge = |c: char| c.is_alphanumeric();
    let lead = if printed.starts_with(edge) {
        slice.len() - slice.trim_start_matches(|c: char| !edge(c)).len()
    } else {
        0
    };
    let trail = match printed.chars().next_back() {
        // A letter: punctuation and a glued footnote number go (`Crime,12`).
        Some(last) if last.is_alphabetic() => {
            slice.len()
                - slice
                    .trim_end_matches(|c: char| !c.is_alphabetic() && c != last)
                    .len()
        }
        Some(c) if edge(c) => slice.len() - slice.trim_end_matches(|c: char| !edge(c)).len(),
        Some(')') => slice.len() - slice.trim_end_matches(|c: char| !edge(c) && c != ')').len(),
        _ => 0,
    };
    if lead + trail >= slice.len() {
        return cover;
    }
    let (mut start, mut end) = (cover.start + lead, cover.end - trail);
    // Keep a markdown link whole: `[66/3](#)`, `[A/CONF.157/24 \(Part I\)](#)`.
    let inner = &input[start..end];
    let (opens, closes) = (inner.matches('[').count(), inner.matches(']').count());
    if closes > opens {
        // The `[` may stand just before the first word (the link opens it).
        let from = cover.start.saturating_sub(1);
        if let Some(p) = input.get(from..start).and_then(|s| s.rfind('[')) {
            start = from + p;
        }
    } else if opens > closes {
        if let Some(close) = input[end..cover.end].find("](") {
            if let Some(paren) = input[end + close..cover.end].find(')') {
                end += close + paren + 1;
            }
        }
    }
    Span::new(start, end)
}

/// `hay.find(needle)`. Why: a reference and the input words around it are
/// a few dozen bytes, and the set-up of the standard searcher cost more
/// than a plain comparison at each position. Above a bound on the work
/// (a long treaty name) the standard searcher, so time stays linear.
fn find_short(hay: &str, needle: &str) -> Option<usize> {
    const MAX_WORK: usize = 4096;
    if needle.is_empty() || hay.len().saturating_mul(needle.len()) > MAX_WORK {
        return hay.find(needle);
    }
    // A match of a whole UTF-8 string starts on a character boundary, so
    // a byte match is the match `find` gives.
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

/// Bits of [`STOPS`]: the forms [`Walk::try_at`] may find at a word that
/// opens with a byte, one bit a form, each the first characters its guard
/// in `try_at` admits (tested against the grammars below).
mod stop {
    /// `resolution`, `Resolution`, `decision`, `Decision`.
    pub(super) const CITATION: u8 = 1;
    /// A later item of an open enumeration: a digit, or the `E`/`S` of
    /// `ES-10/23` and `S-35/1`.
    pub(super) const CONTINUATION: u8 = 1 << 1;
    /// A document symbol: one to six ASCII capitals, then `/`.
    pub(super) const SYMBOL: u8 = 1 << 2;
    /// `Article` and `Chapter`.
    pub(super) const CHARTER: u8 = 1 << 3;
    /// An ordinal word of a session mention: `e f n s t`, any case.
    pub(super) const ORDINAL: u8 = 1 << 4;
    /// A treaty name: a capital, ASCII or not (every lead byte of a
    /// character beyond ASCII, the character itself checked at the stop).
    pub(super) const TREATY: u8 = 1 << 5;
    /// `;`, `:` and `.`: where an open enumeration may end. Unlike the
    /// bits above, a stop wherever the byte stands, not only at a word
    /// start.
    pub(super) const CLAUSE: u8 = 1 << 6;
    /// An ASCII letter or digit, `/`, `_` or `.`: no word starts at the
    /// next byte (see [`starts_word_after`](super::starts_word_after)).
    pub(super) const WORD: u8 = 1 << 7;
    /// The bits that stop the walk only at a word start.
    pub(super) const OPENING: u8 = CITATION | CONTINUATION | SYMBOL | CHARTER | ORDINAL | TREATY;
}

/// For each byte, the [`stop`] bits: which forms a word opening with it
/// may start, whether it may end a clause, whether it belongs to a word.
/// Why: the walk in [`find`] tried every word start, a few dozen
/// instructions each; most words open with a letter no form of the text
/// opens with, and one table load a byte passes over them.
static STOPS: [u8; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = stop_bits(i as u8);
        i += 1;
    }
    table
};

/// The [`stop`] bits of `b`: the first characters of `try_at`'s guards.
const fn stop_bits(b: u8) -> u8 {
    let mut bits = 0;
    if matches!(b, b'r' | b'R' | b'd' | b'D') {
        bits |= stop::CITATION;
    }
    if b.is_ascii_digit() || b == b'E' || b == b'S' {
        bits |= stop::CONTINUATION;
    }
    if b.is_ascii_uppercase() {
        bits |= stop::SYMBOL | stop::TREATY;
    }
    if b == b'A' || b == b'C' {
        bits |= stop::CHARTER;
    }
    if matches!(b.to_ascii_lowercase(), b'e' | b'f' | b'n' | b's' | b't') {
        bits |= stop::ORDINAL;
    }
    // A lead byte: the first of a character beyond ASCII.
    if b >= 0xC0 {
        bits |= stop::TREATY;
    }
    if matches!(b, b';' | b':' | b'.') {
        bits |= stop::CLAUSE;
    }
    if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'.') {
        bits |= stop::WORD;
    }
    bits
}

/// The first stop at or after `from`: a byte with a bit of `mask` that
/// opens a word (no [`stop::WORD`] byte before it) or, for
/// [`stop::CLAUSE`], any such byte; `bytes.len()` if none. A filter that
/// errs one way only: a byte after a character beyond ASCII counts as a
/// word start, and the stop checks the character.
fn next_stop(bytes: &[u8], from: usize, mask: u8) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    let mut after_word = from
        .checked_sub(1)
        .and_then(|p| bytes.get(p))
        .is_some_and(|&b| STOPS[usize::from(b)] & stop::WORD != 0);
    let anywhere = mask & !stop::OPENING;
    for (k, &b) in rest.iter().enumerate() {
        let bits = STOPS[usize::from(b)];
        let wanted = if after_word { anywhere } else { mask };
        if bits & wanted != 0 {
            return from + k;
        }
        after_word = bits & stop::WORD != 0;
    }
    bytes.len()
}

/// Whether a word starts after `prev`, the character before it: the text
/// starts there (`None`), or `prev` is neither a letter, a digit, `/`, `_`
/// nor `.`.
fn starts_word_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| !(p.is_alphanumeric() || matches!(p, '/' | '_' | '.')))
}

/// One item of an enumeration of citations.
struct Item<'t> {
    start: usize,
    end: usize,
    printed: Option<&'t str>,
    raw: RawNumber,
    date: Option<Date>,
    title: Option<String>,
    adopted_by: Option<Body>,
}

impl Walk<'_, '_> {
    /// Walks the text: tries the forms at each word start that may open
    /// one, and closes an open enumeration at a clause or sentence end.
    /// As a walk over every character would (the `find_spec` test), but
    /// from stop to stop ([`next_stop`]).
    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let forms = self.flags.stops();
        let mut i = 0;
        while i < bytes.len() {
            // An open enumeration: its later items and where it ends.
            let mask = match self.open {
                Some(_) => forms | stop::CONTINUATION | stop::CLAUSE,
                None => forms,
            };
            i = next_stop(bytes, i, mask);
            if i < bytes.len() {
                i = self.step(i);
            }
        }
    }

    /// One stop at `i`: a clause end closes the open enumeration; at a word
    /// start the forms are tried. Returns where the walk resumes.
    fn step(&mut self, i: usize) -> usize {
        let text = self.text;
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            // Not on a character (never: stops are ASCII or lead bytes).
            return text.len();
        };
        if matches!(c, ';' | ':') || (c == '.' && text.as_bytes().get(i + 1) == Some(&b' ')) {
            // An enumeration does not cross a clause or sentence end.
            self.open = None;
        } else if c.is_alphanumeric() && starts_word_after(text[..i].chars().next_back()) {
            if let Some(end) = self.try_at(i, c) {
                return end.max(i + c.len_utf8());
            }
        }
        i + c.len_utf8()
    }

    /// Tries every form at `i`, where the walk read the character `first`;
    /// returns where the walk resumes.
    fn try_at(&mut self, i: usize, first: char) -> Option<usize> {
        let text = self.text;
        let rest = &text[i..];
        if self.flags.citation && matches!(first, 'r' | 'R' | 'd' | 'D') {
            if let Some(end) = self.citations(i) {
                return Some(end);
            }
        }
        if first.is_ascii_digit() || first == 'E' || first == 'S' {
            if let Some(end) = self.continuation(i) {
                return Some(end);
            }
        }
        if self.flags.slash && first.is_ascii_uppercase() {
            if let Some(end) = document(text, i, &mut self.out) {
                return Some(end);
            }
        }
        if self.flags.charter && first == 'A' {
            if let Some(end) = articles(text, i, &mut self.out) {
                return Some(end);
            }
        }
        if self.flags.charter && first == 'C' {
            if let Some((chapter, after)) = run(charter_chapter, rest) {
                let end = i + "Chapter ".len() + chapter.len();
                self.out.push(Found {
                    start: i,
                    end,
                    target: Target::CharterChapter {
                        chapter: chapter.to_owned(),
                    },
                    iri: None,
                });
                return Some(text.len() - after.len());
            }
        }
        // `may_open_ordinal_word` first: a session mention opens with an
        // ordinal word, and the guard spares the grammar's layers at most
        // words (a necessary condition, tested below).
        if self.flags.session && first.is_alphabetic() && may_open_ordinal_word(rest) {
            if let Some(((number, session_type), after)) = run(session_mention, rest) {
                let end = text.len() - after.len();
                let body = session_organ(text, i, end, self.ctx);
                self.out.push(Found {
                    start: i,
                    end,
                    target: Target::Session {
                        body,
                        number,
                        session_type,
                    },
                    iri: None,
                });
                return Some(end);
            }
        }
        if self.flags.treaty && first.is_uppercase() {
            if let Some((title, after)) = run(treaty_name, rest) {
                let mut end = text.len() - after.len();
                let mut date = None;
                if let Some((d, after)) = run(of_date, after) {
                    date = Some(d);
                    end = text.len() - after.len();
                }
                self.out.push(Found {
                    start: i,
                    end,
                    target: Target::Treaty {
                        title: title.to_owned(),
                        date,
                    },
                    iri: None,
                });
                return Some(end);
            }
        }
        None
    }

    /// `resolutions 66/151 of 19 December 2011 and 68/160 of 18 December
    /// 2013`: one [`Found`] per item.
    fn citations(&mut self, k: usize) -> Option<usize> {
        let text = self.text;
        if !may_open_citation_keyword(&text[k..]) {
            return None;
        }
        let (kind, after_kw) = run(citation_keyword, &text[k..])?;
        let plural = text[..text.len() - after_kw.len()].ends_with("s ");
        let items = enumeration(text, text.len() - after_kw.len(), k);
        let (items, mut pos) = items?;
        let mut qualifier = self.preceding_organ(k);
        if matches!(qualifier, Qualifier::Its | Qualifier::Unnamed) {
            if let Some((organ, rest)) = run(trailing_organ, &text[pos..]) {
                qualifier = from_organ_name(organ, &text[..k], self.ctx);
                pos = text.len() - rest.len();
            }
        }
        self.emit(kind, qualifier, items);
        self.open = plural.then_some(OpenList { kind, qualifier });
        Some(pos)
    }

    /// A later item of an open plural enumeration, after other words in the
    /// same clause: `…, 73/327 of 25 July 2019`, `…, 17 56/5 of 10 July 2024`
    /// (a spaced footnote marker between).
    fn continuation(&mut self, i: usize) -> Option<usize> {
        let open = self.open?;
        let text = self.text;
        let i = item_after_separator(text, i)?;
        let (items, pos) = enumeration(text, i, i)?;
        self.emit(open.kind, open.qualifier, items);
        Some(pos)
    }

    fn emit(&mut self, kind: CitedKind, qualifier: Qualifier, items: Vec<Item<'_>>) {
        for item in items {
            let item_qualifier = item.adopted_by.map_or(qualifier, Qualifier::Named);
            let body = organ_for(&item.raw, item_qualifier, self.ctx);
            let symbol = match (body, item.printed) {
                (Some(b), Some(p)) => statement_symbol(kind, b, p, &item.raw),
                _ => None,
            };
            let when = item.date.map(When::Day).or(match item.raw {
                RawNumber::Year(y) => Some(When::Year(y)),
                RawNumber::Slashed {
                    first,
                    first_digits: 4,
                    ..
                } => u16::try_from(first).ok().map(When::Year),
                _ => None,
            });
            let iri = match (&symbol, body, when, item.printed) {
                (Some(_), Some(b), Some(w), Some(p)) => Some(iri::statement(b, w, p)),
                _ => None,
            };
            let citation = Citation {
                body,
                number: item.printed.map(str::to_owned),
                symbol,
                date: item.date,
                title: item.title,
            };
            self.out.push(Found {
                start: item.start,
                end: item.end,
                target: match kind {
                    CitedKind::Resolution => Target::Resolution(citation),
                    CitedKind::Decision => Target::Decision(citation),
                },
                iri,
            });
        }
    }

    /// The qualifier printed before the keyword at `k`.
    fn preceding_organ(&self, k: usize) -> Qualifier {
        let text = self.text;
        let before = text[..k].trim_end();
        if before.len() == k {
            // No space before the keyword: `(resolution` or the text start.
            return Qualifier::Unnamed;
        }
        if self.inside_document(k) {
            return Qualifier::Other;
        }
        let last_word_at = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |p| {
                p + before[p..].chars().next().map_or(1, char::len_utf8)
            });
        let last = &before[last_word_at..];
        if last == "its" {
            return its_owner(&before[..last_word_at]);
        }
        for b in BODIES {
            if before.ends_with(b.name()) {
                return Qualifier::Named(b);
            }
        }
        let previous = before[..last_word_at].trim_end();
        let previous_word = previous.rsplit(' ').next().unwrap_or("");
        let previous_capital = previous_word.starts_with(char::is_uppercase)
            || (matches!(previous_word, "on" | "of" | "for" | "the" | "and")
                && previous[..previous.len() - previous_word.len()]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase)));
        let acronym = last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase());
        match last {
            "Council" => council(before, self.ctx),
            "Assembly" if previous_capital => Qualifier::Other,
            "Assembly" => Qualifier::Named(Body::GeneralAssembly),
            // Part of a capitalised name (`Commission on Human Rights
            // resolution`) or an acronym (`UNEP resolution`): another organ.
            w if w.starts_with(char::is_uppercase)
                && !NOT_ORGANS.contains(&w)
                && (acronym || previous_capital) =>
            {
                Qualifier::Other
            }
            _ => Qualifier::Unnamed,
        }
    }

    /// Whether the keyword at `k` cites an item of the document cited just
    /// before: `document CBD/COP/15/17, decision 15/4, annex`,
    /// `A/CONF.199/20, chap. I, resolution 1`.
    fn inside_document(&self, k: usize) -> bool {
        let Some(last) = self.out.last() else {
            return false;
        };
        if !matches!(last.target, Target::Document { .. }) || last.end > k {
            return false;
        }
        self.text[last.end..k].split([' ', ',']).all(|w| {
            w.is_empty()
                || matches!(
                    w,
                    "chap." | "sect." | "para." | "paras." | "annex" | "annexes"
                )
                || w.chars().all(|c| c.is_ascii_uppercase())
        })
    }
}

/// Whether a [`citation_keyword`] can open `rest`: after its first letter
/// (`r`, `R`, `d` or `D`, which the walk stops at), `esolution` or
/// `ecision`. Why: most words the walk stops at for a citation are other
/// words (`recalling`, `decides`), and the grammar's alternatives cost a
/// few hundred instructions each to refuse them.
fn may_open_citation_keyword(rest: &str) -> bool {
    let tail = rest.as_bytes().get(1..).unwrap_or_default();
    tail.starts_with(b"esolution") || tail.starts_with(b"ecision")
}

/// The items of an enumeration whose first number is at `pos`, the first
/// item starting at `first_start` (its keyword); and where it ends.
fn enumeration(text: &str, mut pos: usize, first_start: usize) -> Option<(Vec<Item<'_>>, usize)> {
    let at = |rest: &str| text.len() - rest.len();
    let mut items: Vec<Item<'_>> = Vec::new();
    while let Some(((printed, raw), after)) = run(citation_number, &text[pos..]) {
        let num_start = pos;
        let mut num_end = at(after);
        let full_end = num_end;
        if let RawNumber::Slashed {
            special: None,
            first_digits: 1..=2,
            serial: 1000..,
            ..
        } = raw
        {
            // `77/2285`: a session's serial stays below 1000, so the digits
            // past the third are a footnote marker glued to the number.
            let serial_digits = printed.len() - printed.find('/').map_or(0, |s| s + 1);
            num_end -= serial_digits.saturating_sub(3);
        }
        let printed = &text[num_start..num_end];
        let mut end = num_end;
        let mut after = &text[full_end..];
        let mut date = None;
        let mut adopted_by = None;
        if let Some((d, rest)) = run(of_date, after) {
            date = Some(d);
            end = at(rest);
            after = rest;
        } else if let Some(((b, d), rest)) = run(adopted_on, after) {
            date = Some(d);
            adopted_by = Some(b);
            end = at(rest);
            after = rest;
        }
        let mut title = None;
        if let Some((t, rest)) = run(entitled, after) {
            title = Some(t.to_owned());
            after = rest;
        }
        let placeholder = raw == RawNumber::Placeholder;
        items.push(Item {
            start: if items.is_empty() {
                first_start
            } else {
                num_start
            },
            end,
            printed: (!placeholder).then_some(printed),
            raw,
            date,
            title,
            adopted_by,
        });
        pos = at(after);
        // The next item: a number of a citation form after `, ` / ` and `.
        match run(list_separator, after).and_then(|(_, next)| item_after_separator(text, at(next)))
        {
            Some(next) => pos = next,
            None => break,
        }
    }
    (!items.is_empty()).then_some((items, pos))
}

/// Where the next item of an enumeration starts, if one starts at `i`
/// (just after `, ` or ` and `): a citation number of a resolution form
/// (`73/327`, `2720 (2023)`, `217 A (III)`), possibly after a footnote
/// number that extraction left spaced before it (`”, 17 56/5`).
fn item_after_separator(text: &str, i: usize) -> Option<usize> {
    let before = &text[..i];
    if !(before.ends_with(", ") || before.ends_with(" and ")) {
        return None;
    }
    let structured = |at: usize| {
        run(citation_number, &text[at..])
            .is_some_and(|((_, n), _)| !matches!(n, RawNumber::Other | RawNumber::Placeholder))
    };
    if structured(i) {
        return Some(i);
    }
    let (_, rest) = run(spaced_marker, &text[i..])?;
    let j = text.len() - rest.len();
    structured(j).then_some(j)
}

/// Who a citation belongs to, by the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    /// An organ named: `Security Council resolution`, `of the Security Council`.
    Named(Body),
    /// An organ outside [`Body`]: `World Health Assembly resolution`.
    Other,
    /// `its resolution`.
    Its,
    /// Nothing said.
    Unnamed,
}

const BODIES: [Body; 4] = Body::ALL;

/// How far back (bytes) `the Council` looks for the council it names:
/// about half a long paragraph. A bound keeps the walk linear however many
/// citations a paragraph holds.
const COUNCIL_LOOKBACK: usize = 1000;

/// The last `n` bytes of `s` (fewer, to start on a character), with their offset.
fn tail_of(s: &str, n: usize) -> (usize, &str) {
    let mut at = s.len().saturating_sub(n);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    (at, &s[at..])
}

/// The organ named last in `before` (its last [`COUNCIL_LOOKBACK`] bytes),
/// with the offset in `before` where its name ends.
fn last_body(before: &str) -> Option<(usize, Body)> {
    let (offset, window) = tail_of(before, COUNCIL_LOOKBACK);
    BODIES
        .into_iter()
        .filter_map(|b| {
            window
                .rfind(b.name())
                .map(|at| (offset + at + b.name().len(), b))
        })
        .max_by_key(|&(end, _)| end)
}

/// The organ named last in `before`, if its name ends within `within`
/// bytes of the end (`None` for any distance).
fn last_body_named(before: &str, within: Option<usize>) -> Option<Body> {
    last_body(before)
        .filter(|&(end, _)| within.is_none_or(|w| before.len() - end <= w))
        .map(|(_, b)| b)
}

/// Where the last-ending of `names` in `hay` ends, and which name: the
/// greatest `(hay.rfind(n) + n.len(), index of n)`. Every name opens with
/// an ASCII capital, so one pass that tries the names at the capitals of a
/// short clause replaces a reverse search (and its setup) per name.
fn last_name_end(hay: &str, names: &[&str]) -> Option<(usize, usize)> {
    debug_assert!(names
        .iter()
        .all(|n| n.as_bytes().first().is_some_and(u8::is_ascii_uppercase)));
    let bytes = hay.as_bytes();
    let mut last = None;
    for (i, b) in bytes.iter().enumerate() {
        if !b.is_ascii_uppercase() {
            continue;
        }
        for (k, n) in names.iter().enumerate() {
            if bytes[i..].starts_with(n.as_bytes()) {
                last = last.max(Some((i + n.len(), k)));
            }
        }
    }
    last
}

/// The names of [`BODIES`], in order.
const BODY_NAMES: [&str; 4] = [
    BODIES[0].name(),
    BODIES[1].name(),
    BODIES[2].name(),
    BODIES[3].name(),
];

/// The organ named last in `before` if its name ends within
/// [`OTHER_ORGAN_LOOKBACK`] bytes of the end, with where it ends: as
/// [`last_body`] filtered so, searching only where such a name can start
/// (the lookback and the longest name) and in one pass.
fn last_body_near(before: &str) -> Option<(usize, Body)> {
    let longest = BODY_NAMES.iter().map(|n| n.len()).max().unwrap_or(0);
    let (offset, window) = tail_of(before, OTHER_ORGAN_LOOKBACK + longest);
    last_name_end(window, &BODY_NAMES)
        .and_then(|(end, k)| Some((offset + end, *BODIES.get(k)?)))
        .filter(|&(end, _)| before.len() - end <= OTHER_ORGAN_LOOKBACK)
}

/// Who `its` is: an organ named just before (`the Human Rights Council, in
/// its`), another organ named in the same clause (`the Subcommission … at
/// its`), else the adopting organ.
fn its_owner(before: &str) -> Qualifier {
    let body = last_body_near(before);
    let (window_start, clause) = tail_of(before, OTHER_ORGAN_LOOKBACK);
    let clause_start = clause.rfind([',', ';']).map_or(0, |c| c + 1);
    let other = last_name_end(&clause[clause_start..], &ORGAN_NOUNS)
        .map(|(end, _)| window_start + clause_start + end);
    match (body, other) {
        (Some((b_end, _)), Some(o_end)) if o_end > b_end => Qualifier::Other,
        (None, Some(_)) => Qualifier::Other,
        (Some((b_end, b)), _) if before.len() - b_end <= ITS_LOOKBACK => Qualifier::Named(b),
        _ => Qualifier::Its,
    }
}

/// `the Council`: the council named last before (within
/// [`COUNCIL_LOOKBACK`]), else the adopting organ if it is a council.
fn council(before: &str, ctx: &Context<'_>) -> Qualifier {
    let councils = |b: &Body| !matches!(b, Body::GeneralAssembly);
    match last_body_named(before, None).filter(councils) {
        Some(b) => Qualifier::Named(b),
        None => ctx
            .adopting
            .filter(councils)
            .map_or(Qualifier::Other, Qualifier::Named),
    }
}

fn from_organ_name(organ: OrganName, before: &str, ctx: &Context<'_>) -> Qualifier {
    match organ {
        OrganName::Named(b) => Qualifier::Named(b),
        OrganName::Council => council(before, ctx),
        OrganName::Assembly => Qualifier::Named(Body::GeneralAssembly),
        OrganName::Other => Qualifier::Other,
    }
}

/// The organ of a citation: the qualifier, then the form of the number,
/// then the adopting organ.
fn organ_for(raw: &RawNumber, qualifier: Qualifier, ctx: &Context<'_>) -> Option<Body> {
    match qualifier {
        Qualifier::Named(b) => return Some(b),
        Qualifier::Other => return None,
        Qualifier::Its | Qualifier::Unnamed => {}
    }
    let adopting = ctx.adopting;
    match *raw {
        RawNumber::Year(_) => Some(Body::SecurityCouncil),
        RawNumber::Roman => Some(match adopting {
            Some(Body::EconomicAndSocialCouncil) => Body::EconomicAndSocialCouncil,
            _ => Body::GeneralAssembly,
        }),
        RawNumber::Slashed {
            first_digits: 4, ..
        } => adopting.filter(|b| *b == Body::EconomicAndSocialCouncil),
        RawNumber::Slashed { .. } => Some(match adopting {
            Some(Body::HumanRightsCouncil) => Body::HumanRightsCouncil,
            _ => Body::GeneralAssembly,
        }),
        RawNumber::Placeholder => adopting,
        RawNumber::Other => None,
    }
}

/// Whether `body` numbers its resolutions and decisions as `raw` is:
/// the Security Council by number and year, the others by session.
fn numbers_statements(body: Body, raw: &RawNumber) -> bool {
    match (body, raw) {
        (Body::SecurityCouncil, RawNumber::Year(_)) => true,
        (Body::SecurityCouncil, _) | (_, RawNumber::Year(_)) => false,
        (_, RawNumber::Slashed { .. } | RawNumber::Roman) => true,
        _ => false,
    }
}

/// The symbol of a cited resolution or decision: `A/RES/70/1`,
/// `S/RES/2720 (2023)`, `A/HRC/RES/59/3`, `E/RES/2000/22`, `A/DEC/80/506`.
fn statement_symbol(
    kind: CitedKind,
    body: Body,
    printed: &str,
    raw: &RawNumber,
) -> Option<DocumentSymbol> {
    if !numbers_statements(body, raw) {
        return None;
    }
    let (series, body_name) = match body {
        Body::GeneralAssembly => ("A", None),
        Body::SecurityCouncil => ("S", None),
        Body::EconomicAndSocialCouncil => ("E", None),
        Body::HumanRightsCouncil => ("A", Some("HRC")),
    };
    let category = match kind {
        CitedKind::Resolution => "RES",
        CitedKind::Decision => "DEC",
    };
    let mut text = String::with_capacity(16 + printed.len());
    text.push_str(series);
    if let Some(b) = body_name {
        text.push('/');
        text.push_str(b);
    }
    text.push('/');
    text.push_str(category);
    let rest_at = text.len();
    text.push('/');
    text.push_str(printed);
    // The symbol grammar reads the head as these components whatever the
    // number (`HRC` a body, `RES` and `DEC` no body but a category, a `/`
    // after them): only the rest is read (tested against
    // `DocumentSymbol::new` of the whole).
    // The text built here is the symbol's: kept, not copied. The common
    // `80/204` is read without the grammar ([`plain_slashed`]).
    DocumentSymbol::read_owned(text, |text| {
        let bodies = body_name.into_iter().collect();
        symbol_after_head(
            series,
            bodies,
            category,
            printed,
            text.get(rest_at..).unwrap_or_default(),
        )
    })
}

/// The parts of a cited statement's symbol whose head (`series`, `bodies`,
/// `category`) is known, from `rest` (`/` and the number as `printed`):
/// the common `80/204` without the grammar ([`plain_slashed`]), any other
/// number by [`symbol_with_head`].
fn symbol_after_head<'a>(
    series: &'a str,
    bodies: Vec<&'a str>,
    category: &'a str,
    printed: &str,
    rest: &'a str,
) -> Option<RawSymbol<'a>> {
    match plain_slashed(printed) {
        Some((session, serial)) => Some(RawSymbol {
            series,
            bodies,
            category: Some(category),
            session: Some(session),
            serial: Some(serial),
            designator: None,
            modifiers: Vec::new(),
            reissued: false,
            qualifier: None,
        }),
        None => symbol_with_head(series, bodies, category, rest),
    }
}

/// The session and serial [`symbol_with_head`] reads in `/` and `printed`
/// where `printed` is one to four ASCII digits, `/` and one to five
/// digits, and nothing else (`80/204`, most cited numbers): the session
/// as printed (`RawSession::Number`, its digits counted), the serial
/// without a part letter; and no designator, modifier, reissue mark or
/// qualifier. `None` for any other number, which the grammar reads. Why:
/// the grammar's alternatives and `many0` (which allocates) cost some
/// 1,400 instructions a number (tested against it).
fn plain_slashed(printed: &str) -> Option<(RawSession, (u32, Option<char>))> {
    let (first, second) = printed.split_once('/')?;
    let digits =
        |s: &str, max: usize| (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(first, 4) || !digits(second, 5) {
        return None;
    }
    let session = RawSession::Number(first.parse().ok()?, first.len());
    Some((session, (second.parse().ok()?, None)))
}

/// A symbol at `i`: a document, or a resolution or decision when the symbol
/// is one (`A/RES/70/1`).
fn document(text: &str, i: usize, out: &mut Vec<Found>) -> Option<usize> {
    let rest = &text[i..];
    if !may_open_symbol(rest) {
        // Most capitalised words: no series and `/`.
        return None;
    }
    let (raw, after) = run(symbol, rest)?;
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '/') {
        return None;
    }
    let end = text.len() - after.len();
    // The components read here, not read again by `DocumentSymbol::new`:
    // where the next character is neither a letter, a digit nor `/`, the
    // grammar reads the symbol cut at its end as it read it here (see
    // `symbol_reads_the_same_cut_at_its_end`).
    let symbol = DocumentSymbol::from_raw(&text[i..end], &raw);
    let decision = match symbol.category() {
        Some("RES") => Some(false),
        Some("DEC") => Some(true),
        _ => None,
    };
    let number = decision.and_then(|_| symbol.cited_number());
    let target = match (decision, number) {
        (Some(decision), Some(number)) => {
            // The symbol moves into the citation (no copy of it kept).
            let citation = Citation {
                body: symbol.organ(),
                number: Some(number),
                symbol: Some(symbol),
                date: None,
                title: None,
            };
            if decision {
                Target::Decision(citation)
            } else {
                Target::Resolution(citation)
            }
        }
        _ => Target::Document { symbol },
    };
    let iri = match &target {
        Target::Resolution(c) | Target::Decision(c) => {
            match (
                c.body,
                c.symbol.as_ref().and_then(DocumentSymbol::year),
                &c.number,
            ) {
                (Some(b), Some(y), Some(n)) => Some(iri::statement(b, When::Year(y), n)),
                _ => None,
            }
        }
        _ => None,
    };
    out.push(Found {
        start: i,
        end,
        target,
        iri,
    });
    Some(end)
}

/// `Article 25 of the Charter`, or `Article 1, paragraph 3` right after
/// `the Charter of the United Nations, in particular`.
fn articles(text: &str, i: usize, out: &mut Vec<Found>) -> Option<usize> {
    let (items, after) = run(charter_articles, &text[i..])?;
    let of_charter = run(of_the_charter, after).is_some();
    if !of_charter && !charter_just_before(&text[..i]) {
        return None;
    }
    for (s, e, article, paragraph) in items {
        out.push(Found {
            start: i + s,
            end: i + e,
            target: Target::CharterArticle { article, paragraph },
            iri: None,
        });
    }
    Some(text.len() - after.len())
}

/// Whether the Charter is named within the clause before an article:
/// `the Charter of the United Nations, in particular Article 1`.
fn charter_just_before(before: &str) -> bool {
    const WINDOW: usize = 40;
    let (_, before) = tail_of(before, "Charter of the United Nations".len() + WINDOW);
    before.rfind("Charter").is_some_and(|at| {
        let between = &before[at..];
        between.len() <= "Charter of the United Nations".len() + WINDOW
            && ![
                "Convention",
                "Covenant",
                "Treaty",
                "Protocol",
                "Statute",
                ";",
            ]
            .iter()
            .any(|w| between.contains(w))
    })
}

/// Whose session: `of the General Assembly` after it, an organ named just
/// before (`Official Records of the General Assembly, Seventy-eighth
/// Session`), else the adopting organ.
fn session_organ(text: &str, start: usize, end: usize, ctx: &Context<'_>) -> Option<Body> {
    if let Some((organ, _)) = run(trailing_organ, &text[end..]) {
        return match from_organ_name(organ, &text[..start], ctx) {
            Qualifier::Named(b) => Some(b),
            _ => None,
        };
    }
    match its_owner(text[..start].trim_end()) {
        Qualifier::Named(b) => Some(b),
        Qualifier::Other => None,
        Qualifier::Its | Qualifier::Unnamed => ctx.adopting,
    }
}

/// Completes the references of a finished resolution: a citation printed
/// without its date gets the IRI its number has where the same document
/// prints the date; the resolution gets its own IRI.
pub(crate) fn finish(r: &mut Resolution, ctx: &Context<'_>) {
    // The first date of each number, by kind and organ: the numbers keyed
    // as `str`s, so that a number is copied once, when first dated, and
    // looked up without a copy.
    let mut dates: HashMap<(bool, Body), HashMap<String, Date>> = HashMap::new();
    each_reference(r, &mut |reference| {
        if let Some((decision, c)) = citation_of(&reference.target) {
            if let (Some(b), Some(n), Some(d), Some(_)) = (c.body, &c.number, c.date, &c.symbol) {
                let numbers = dates.entry((decision, b)).or_default();
                if !numbers.contains_key(n.as_str()) {
                    numbers.insert(n.clone(), d);
                }
            }
        }
    });
    if !dates.is_empty() {
        each_reference_mut(r, &mut |reference| {
            if reference.iri.is_some() {
                return;
            }
            if let Some((decision, c)) = citation_of(&reference.target) {
                if let (Some(b), Some(n), Some(_)) = (c.body, &c.number, &c.symbol) {
                    let date = dates.get(&(decision, b)).and_then(|m| m.get(n.as_str()));
                    if let Some(&d) = date {
                        reference.iri = Some(iri::statement(b, When::Day(d), n));
                    }
                }
            }
        });
    }
    r.iri = resolution_iri(r, ctx);
}

fn citation_of(target: &Target) -> Option<(bool, &Citation)> {
    match target {
        Target::Resolution(c) => Some((false, c)),
        Target::Decision(c) => Some((true, c)),
        _ => None,
    }
}

/// Each reference of `r`, in the order of [`Resolution::references`]
/// (tested below), without collecting them: [`finish`] reads them once.
fn each_reference(r: &Resolution, f: &mut impl FnMut(&Reference)) {
    fn subs(list: &[Subparagraph], f: &mut impl FnMut(&Reference)) {
        for s in list {
            s.references.iter().for_each(&mut *f);
            subs(&s.subparagraphs, f);
        }
    }
    for p in &r.preamble {
        p.references.iter().for_each(&mut *f);
        subs(&p.subparagraphs, f);
    }
    for p in &r.operative {
        p.references.iter().for_each(&mut *f);
        subs(&p.subparagraphs, f);
    }
    for a in &r.annexes {
        for b in &a.blocks {
            if let AnnexBlock::Paragraph(p) = b {
                p.references.iter().for_each(&mut *f);
                subs(&p.subparagraphs, f);
            }
        }
    }
    for n in &r.footnotes {
        n.references.iter().for_each(&mut *f);
    }
}

fn each_reference_mut(r: &mut Resolution, f: &mut impl FnMut(&mut Reference)) {
    fn subs(list: &mut [Subparagraph], f: &mut impl FnMut(&mut Reference)) {
        for s in list {
            s.references.iter_mut().for_each(&mut *f);
            subs(&mut s.subparagraphs, f);
        }
    }
    for p in &mut r.preamble {
        p.references.iter_mut().for_each(&mut *f);
        subs(&mut p.subparagraphs, f);
    }
    for p in &mut r.operative {
        p.references.iter_mut().for_each(&mut *f);
        subs(&mut p.subparagraphs, f);
    }
    for a in &mut r.annexes {
        for b in &mut a.blocks {
            if let AnnexBlock::Paragraph(p) = b {
                p.references.iter_mut().for_each(&mut *f);
                subs(&mut p.subparagraphs, f);
            }
        }
    }
    for n in &mut r.footnotes {
        n.references.iter_mut().for_each(&mut *f);
    }
}

/// The resolution's own IRI: an adopted text by its number and adoption
/// date; a Security Council text by its symbol (`S/RES/1445 (2002)`) and
/// date or year; a draft by its symbol and issue date.
fn resolution_iri(r: &Resolution, ctx: &Context<'_>) -> Option<String> {
    let symbol = r.masthead.symbol.as_ref();
    let body = symbol.and_then(DocumentSymbol::organ).or(ctx.adopting)?;
    if let Status::Adopted { adoption, .. } = &r.status {
        let number = adoption
            .number
            .clone()
            .or_else(|| symbol.and_then(DocumentSymbol::cited_number))?;
        let date = adoption
            .date
            .or_else(|| adoption.meeting.as_ref().and_then(|m| m.date));
        let when = date
            .map(When::Day)
            .or_else(|| symbol.and_then(DocumentSymbol::year).map(When::Year))?;
        return Some(iri::statement(body, when, &number));
    }
    let symbol = symbol?;
    if let Some(number) = symbol.cited_number() {
        let year = symbol.year();
        let when = r
            .masthead
            .date
            .filter(|d| year.is_none_or(|y| d.year() == y))
            .map(When::Day)
            .or_else(|| year.map(When::Year))?;
        return Some(iri::statement(body, when, &number));
    }
    let date = r.masthead.date?;
    Some(iri::statement(body, When::Day(date), symbol.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`each_reference`] visits what [`Resolution::references`] lists, in
    /// its order (the first date of a number wins in [`finish`]), and
    /// [`each_reference_mut`] the same: over the test texts.
    #[test]
    fn each_reference_is_references() {
        let mut seen = 0;
        for text in crate::grammar::testdata_texts() {
            let Ok(mut r) = crate::parse_resolution(&text) else {
                continue;
            };
            let listed: Vec<*const Reference> =
                r.references().into_iter().map(std::ptr::from_ref).collect();
            let mut visited = Vec::new();
            each_reference(&r, &mut |x| visited.push(std::ptr::from_ref(x)));
            assert_eq!(visited, listed);
            let mut visited_mut = Vec::new();
            each_reference_mut(&mut r, &mut |x| {
                visited_mut.push(std::ptr::from_ref::<Reference>(x));
            });
            assert_eq!(visited_mut, listed);
            seen += listed.len();
        }
        assert!(seen > 1000, "{seen}");
    }

    /// The guard before [`session_mention`] holds wherever it parses, at
    /// every word start of the test texts.
    #[test]
    fn session_guard_is_necessary() {
        let mut hits = 0;
        for text in crate::grammar::testdata_texts() {
            let mut prev = None;
            for (at, c) in text.char_indices() {
                if starts_word_after(prev) && run(session_mention, &text[at..]).is_some() {
                    hits += 1;
                    assert!(may_open_ordinal_word(&text[at..]), "{:?}", &text[at..]);
                    assert!(Flags::of(&text[at..]).session, "{:?}", &text[at..]);
                }
                prev = Some(c);
            }
        }
        assert!(hits > 50, "too few session mentions: {hits}");
        for upper in [
            "EIGHTIETH SESSION",
            "Eightieth SESSION",
            "eightieth sEsSiOn",
        ] {
            assert!(run(session_mention, upper).is_some(), "{upper}");
            assert!(Flags::of(upper).session, "{upper}");
        }
    }

    /// [`statement_symbol`] is the symbol [`DocumentSymbol::new`] reads in
    /// the series, category and number: for every organ and kind, on every
    /// citation number of the test texts and on numbers of each form.
    #[test]
    fn statement_symbol_agrees_with_new() {
        // The function as it was: the symbol printed, then read in full.
        let spec = |kind: CitedKind, body: Body, printed: &str, raw: &RawNumber| {
            if !numbers_statements(body, raw) {
                return None;
            }
            let series = match body {
                Body::GeneralAssembly => "A",
                Body::SecurityCouncil => "S",
                Body::EconomicAndSocialCouncil => "E",
                Body::HumanRightsCouncil => "A/HRC",
            };
            let category = match kind {
                CitedKind::Resolution => "RES",
                CitedKind::Decision => "DEC",
            };
            DocumentSymbol::new(&format!("{series}/{category}/{printed}")).ok()
        };
        let mut numbers: Vec<String> = [
            "70/1",
            "2720 (2023)",
            "217 A (III)",
            "194 (III)",
            "3411 A and B (XXX)",
            "36/146 C",
            "ES-10/23",
            "S-35/1",
            "2000/22",
            "80/____",
            "69.2",
            "1/CP.21",
            "1",
            "77/228",
            "217 A (S-V)",
            "2720(2023)",
            "80/204*",
            "80/204/Rev.1",
            "80/204 (Part I)",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        for text in crate::grammar::testdata_texts() {
            let mut prev = None;
            for (at, c) in text.char_indices() {
                if starts_word_after(prev) && (c.is_ascii_digit() || c == 'E' || c == 'S') {
                    if let Some(((printed, _), _)) = run(citation_number, &text[at..]) {
                        numbers.push(printed.to_owned());
                    }
                }
                prev = Some(c);
            }
        }
        let mut symbols = 0;
        for printed in &numbers {
            // The number's own form, and every form: the symbol does not
            // depend on the form once it fits.
            let own = run(citation_number, printed).map_or(RawNumber::Other, |((_, r), _)| r);
            let forms = [
                own,
                RawNumber::Roman,
                RawNumber::Year(2000),
                RawNumber::Other,
                RawNumber::Slashed {
                    special: None,
                    first: 1,
                    first_digits: 1,
                    serial: 1,
                },
            ];
            for raw in &forms {
                for body in BODIES {
                    for kind in [CitedKind::Resolution, CitedKind::Decision] {
                        let ours = statement_symbol(kind, body, printed, raw);
                        symbols += usize::from(ours.is_some());
                        assert_eq!(ours, spec(kind, body, printed, raw), "{printed:?}");
                    }
                }
            }
        }
        assert!(symbols > 1000, "too few symbols: {symbols}");
    }

    /// [`find_short`] is `str::find`, on pieces of the test texts.
    #[test]
    fn find_short_agrees_with_find() {
        let mut texts = crate::grammar::testdata_texts();
        texts.push("İİx İx aaab aab ab b".into());
        for text in texts.iter().take(20) {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
            for w in starts.windows(2).take(300) {
                let hay = &text[w[0]..];
                let hay = &hay[..hay.char_indices().nth(40).map_or(hay.len(), |(i, _)| i)];
                for (a, _) in hay.char_indices() {
                    for (b, _) in hay[a..].char_indices().skip(1).take(12) {
                        let needle = &hay[a..a + b];
                        assert_eq!(find_short(hay, needle), hay.find(needle));
                        assert_eq!(find_short(needle, hay), needle.find(hay));
                    }
                }
                assert_eq!(find_short(hay, ""), hay.find(""));
            }
        }
    }

    /// The walk over every character that [`Walk::run`] replaced: each
    /// word start tried, a clause end closing the open enumeration.
    fn find_spec(text: &str, adopting: Option<Body>) -> Vec<Reference> {
        let ctx = Context {
            adopting,
            input: "",
        };
        let flags = Flags::of_spec(text);
        if !flags.any() {
            return Vec::new();
        }
        let mut walk = Walk {
            text,
            ctx: &ctx,
            flags,
            out: Vec::new(),
            open: None,
        };
        let mut i = 0;
        let mut prev: Option<char> = None;
        while let Some(c) = text[i..].chars().next() {
            if matches!(c, ';' | ':') || (c == '.' && text[i + 1..].starts_with(' ')) {
                walk.open = None;
            }
            if c.is_alphanumeric() && starts_word_after(prev) {
                if let Some(end) = walk.try_at(i, c) {
                    i = end.max(i + c.len_utf8());
                    prev = text[..i].chars().next_back();
                    continue;
                }
            }
            prev = Some(c);
            i += c.len_utf8();
        }
        let map = TextMap::default();
        walk.out
            .into_iter()
            .map(|f| reference(f, text, &map, ctx.input, Span::default()))
            .collect()
    }

    /// Texts with references in unusual places: at the start, after `(`,
    /// quotes, a dash, non-ASCII punctuation, inside words and symbols, an
    /// enumeration across clause ends.
    const UNUSUAL: [&str; 14] = [
        "resolution 70/1 of 25 September 2015",
        "(resolution 70/1), “resolution 71/1”, \"decision 72/501\", ‘A/80/53’",
        "see—resolution 2720 (2023) and—Chapter VII of the Charter",
        "non-resolution 70/1, re-decision 71/2, x/resolution 72/3, a.resolution 73/4",
        "Recalling its resolutions 66/151 of 19 December 2011; 68/160 of 18 December 2013",
        "resolutions 76/217 and 77/246: 79/279, 80/1. 81/2, 82/3.83/4",
        "resolutions 194 (III) of 11 December 1948, ES-10/23 and S-35/1",
        "éresolution 70/1 ’resolution 71/1 İresolution 72/1 Édecision 73/2",
        "at its eighty-first session; ”Eightieth SESSION and «sixtieth session»",
        "under Articles 10 and 11 of the Charter, in particular Article 1, paragraph 3",
        "the International Covenant on Civil and Political Rights, (Paris Agreement)",
        "Éthiopie Convention on Things, Ωmega Treaty of Peace, ‘Vienna Convention’",
        "A/RES/70/1, (S/RES/2720 (2023)), E/CN.4/2001/2-E/CN.4/Sub.2/2000/46.",
        "its resolution 80/____ of __ and resolution 77/2285, 17 56/5 of 10 July 2024",
    ];

    /// [`find`] finds what the walk over every character finds: on every
    /// line of the test texts (with each adopting organ), on the whole
    /// texts, and on texts with references in unusual places.
    #[test]
    fn find_agrees_with_walk_over_every_character() {
        let mut texts: Vec<String> = UNUSUAL.iter().map(|t| (*t).to_owned()).collect();
        for text in crate::grammar::testdata_texts() {
            texts.extend(text.lines().map(str::to_owned));
            texts.push(text);
        }
        let mut found = 0;
        for text in &texts {
            for adopting in [
                Some(Body::GeneralAssembly),
                Some(Body::SecurityCouncil),
                Some(Body::HumanRightsCouncil),
                None,
            ] {
                let spec = find_spec(text, adopting);
                found += spec.len();
                assert_eq!(refs_in(text, adopting), spec, "{text:?}");
            }
        }
        assert!(found > 10_000, "too few references: {found}");
        for text in UNUSUAL {
            assert!(!ga(text).is_empty(), "{text:?}");
        }
    }

    /// The [`stop`] bits a text's forms and an open enumeration enable.
    fn stop_mask(flags: &Flags, open: bool) -> u8 {
        let open_bits = stop::CONTINUATION | stop::CLAUSE;
        flags.stops() | if open { open_bits } else { 0 }
    }

    /// Every word start where [`Walk::try_at`] finds a form, in the walk
    /// over every character of the test texts, opens with a byte that
    /// stops the walk for the text's forms.
    #[test]
    fn stops_admit_every_word_where_a_form_is_found() {
        let mut hits = 0;
        let ctx = Context {
            adopting: Some(Body::GeneralAssembly),
            input: "",
        };
        for text in crate::grammar::testdata_texts() {
            for line in text.lines() {
                let mut walk = Walk {
                    text: line,
                    ctx: &ctx,
                    flags: Flags::of_spec(line),
                    out: Vec::new(),
                    open: None,
                };
                let mut prev = None;
                for (at, c) in line.char_indices() {
                    if matches!(c, ';' | ':') || (c == '.' && line[at + 1..].starts_with(' ')) {
                        walk.open = None;
                    }
                    if !(c.is_alphanumeric() && starts_word_after(prev)) {
                        prev = Some(c);
                        continue;
                    }
                    prev = Some(c);
                    let mask = stop_mask(&walk.flags, walk.open.is_some());
                    if walk.try_at(at, c).is_some() {
                        hits += 1;
                        let first = line.as_bytes()[at];
                        assert_ne!(STOPS[usize::from(first)] & mask, 0, "{:?}", &line[at..]);
                    }
                }
            }
        }
        assert!(hits > 2000, "too few forms: {hits}");
    }

    /// Characters to open a word with: every ASCII character and
    /// characters beyond it (letters in both cases, digits, punctuation).
    fn first_characters() -> Vec<char> {
        let mut chars: Vec<char> = (0..128u8).map(char::from).collect();
        chars.extend("éÉİıſKÅΩωЖж٣Ⅻⅻ’“”—«ﬁＡａ".chars());
        chars
    }

    /// Whether the walk stops at a word opening with `c` for the forms of
    /// `bits`: its first byte carries one of them.
    fn stops_for(c: char, bits: u8) -> bool {
        let mut buf = [0; 4];
        let first = c.encode_utf8(&mut buf).as_bytes()[0];
        STOPS[usize::from(first)] & bits != 0
    }

    /// Each form's bit admits every first character with which its grammar
    /// (or the guard before it) reads that form: the table is a necessary
    /// condition of each grammar, not of the test texts.
    #[test]
    fn stops_admit_every_first_character_of_each_grammar() {
        let letters: Vec<char> = ('a'..='z').chain('A'..='Z').collect();
        for c in first_characters() {
            for tail in ["esolution 1", "esolutions 1", "ecision 1", "ecisions 1"] {
                let input = format!("{c}{tail}");
                if run(citation_keyword, &input).is_some() {
                    assert!(stops_for(c, stop::CITATION), "{input:?}");
                    assert!(may_open_citation_keyword(&input), "{input:?}");
                }
            }
            for tail in ["0/1", "7 ", "S-10/23", "-35/1", " (III)"] {
                let input = format!("{c}{tail}");
                let number = run(citation_number, &input).is_some();
                if number || run(spaced_marker, &input).is_some() {
                    assert!(stops_for(c, stop::CONTINUATION), "{input:?}");
                }
            }
            for tail in ["/80/53", "RES/70/1", "/CN.4/2001/2", "CONF.157/24"] {
                if may_open_symbol(&format!("{c}{tail}")) {
                    assert!(stops_for(c, stop::SYMBOL), "{c:?}{tail}");
                }
            }
            let article = format!("{c}rticle 25 of the Charter");
            let chapter = format!("{c}hapter VII of the Charter");
            if run(charter_articles, &article).is_some() || run(charter_chapter, &chapter).is_some()
            {
                assert!(stops_for(c, stop::CHARTER), "{c:?}");
            }
            for tail in [
                "x Convention on Things",
                "onvention on Things",
                "harter of the United Nations",
            ] {
                if run(treaty_name, &format!("{c}{tail}")).is_some() {
                    assert!(stops_for(c, stop::TREATY), "{c:?}{tail}");
                }
            }
            for &a in &letters {
                for &b in &letters {
                    if may_open_ordinal_word(&format!("{c}{a}{b}")) {
                        assert!(stops_for(c, stop::ORDINAL), "{c:?}{a}{b}");
                    }
                }
            }
        }
    }

    /// The [`stop::WORD`] bit is [`starts_word_after`] for every ASCII
    /// character, and [`stop::CLAUSE`] marks the clause ends.
    #[test]
    fn word_and_clause_bits() {
        for b in 0..128u8 {
            let bits = STOPS[usize::from(b)];
            let c = char::from(b);
            assert_eq!(bits & stop::WORD != 0, !starts_word_after(Some(c)), "{c:?}");
            assert_eq!(
                bits & stop::CLAUSE != 0,
                matches!(c, ';' | ':' | '.'),
                "{c:?}"
            );
        }
        // Continuation bytes never stop the walk: every stop is on a character.
        for (b, bits) in STOPS.iter().enumerate().take(0xC0).skip(0x80) {
            assert_eq!(bits & !stop::WORD, 0, "{b:#x}");
        }
    }

    /// [`next_stop`] skips no word start whose first byte carries a bit
    /// of the mask, however the bytes before it read.
    #[test]
    fn next_stop_finds_each_word_start() {
        let text = "x (r) “d” é-E—S ;t.n/F_A 9";
        let bytes = text.as_bytes();
        for mask in [stop::OPENING, stop::CITATION, stop::ORDINAL | stop::CLAUSE] {
            let mut expected = Vec::new();
            let mut prev = None;
            for (at, c) in text.char_indices() {
                let opens = c.is_alphanumeric() && starts_word_after(prev);
                let bits = STOPS[usize::from(bytes[at])];
                if (opens && bits & mask != 0) || bits & mask & stop::CLAUSE != 0 {
                    expected.push(at);
                }
                prev = Some(c);
            }
            let mut stops = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                i = next_stop(bytes, i, mask);
                if i < bytes.len() {
                    stops.push(i);
                    i += 1;
                }
            }
            // A superset: a byte after a character beyond ASCII stops too.
            for at in &expected {
                assert!(stops.contains(at), "{mask:#b} {at}: {stops:?}");
            }
        }
    }

    /// [`FLAG_TRIGGERS`] marks every byte that [`flag_trigger`] may take
    /// for a trigger, whatever the bytes after it.
    #[test]
    fn flag_triggers_table_covers_the_triggers() {
        for b in 0..=u8::MAX {
            let kind = FLAG_TRIGGERS[usize::from(b)];
            assert_eq!(kind & STARTS_NEEDLE != 0, starts_needle(b), "{b}");
            for b1 in 0..=u8::MAX {
                for b2 in 0..=u8::MAX {
                    if second_of_pair(b, b1, b2) {
                        assert_ne!(kind & SECOND_OF_PAIR, 0, "{b} {b1} {b2}");
                    }
                }
            }
        }
    }

    /// [`plain_slashed`] reads what [`symbol_with_head`] reads, where it
    /// reads anything: on every count of digits either side of the `/`
    /// (leading zeros, the largest values), with what may follow or come
    /// between, and on every number cited in the test texts.
    #[test]
    fn plain_slashed_agrees_with_grammar() {
        let mut numbers: Vec<String> = Vec::new();
        for first in ["", "0", "7", "80", "080", "2000", "9999", "12345"] {
            for second in ["", "0", "1", "204", "0204", "99999", "100000", "4294967295"] {
                for after in ["", " ", "*", " A", " (2023)", "/Rev.1", "x", "\u{e9}", "/"] {
                    numbers.push(format!("{first}/{second}{after}"));
                }
                numbers.push(format!("{first}{second}"));
                numbers.push(format!("{first} /{second}"));
                numbers.push(format!("ES-{first}/{second}"));
            }
        }
        for text in crate::grammar::testdata_texts() {
            for (at, _) in text.match_indices('/') {
                let from = text[..at]
                    .rfind(|c: char| !c.is_ascii_digit())
                    .map_or(0, |p| p + 1);
                let to = text[at + 1..]
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or(text.len(), |p| at + 1 + p);
                numbers.push(text[from..to].to_owned());
            }
        }
        let mut fast = 0;
        for printed in &numbers {
            let rest = format!("/{printed}");
            let grammar = symbol_with_head("A", Vec::new(), "RES", &rest);
            // Where the fast path reads the number, it reads what the
            // grammar reads; elsewhere the grammar reads it alone.
            if plain_slashed(printed).is_some() {
                fast += 1;
            }
            let ours = symbol_after_head("A", Vec::new(), "RES", printed, &rest);
            assert_eq!(ours, grammar, "{printed:?}");
        }
        assert!(fast > 1000, "{fast}");
    }

    /// A byte [`FLAG_TRIGGERS`] leaves unmarked is no trigger whatever
    /// bytes follow it: [`Flags::of`] skips such bytes without trying them.
    #[test]
    fn unmarked_bytes_are_no_trigger() {
        for b in 0..=255u8 {
            if FLAG_TRIGGERS[usize::from(b)] != 0 {
                continue;
            }
            for b1 in 0..=255u8 {
                for b2 in 0..=255u8 {
                    assert!(!flag_trigger(b, b1, b2), "{b} {b1} {b2}");
                }
            }
        }
    }

    /// The one-pass [`Flags::of`] agrees with the `contains` spec on every
    /// line of the test texts, on the whole texts, and on the pieces a
    /// needle can be cut into at a line's end.
    #[test]
    fn flags_of_agrees_with_spec() {
        let mut positive = 0;
        for text in crate::grammar::testdata_texts() {
            assert_eq!(Flags::of(&text), Flags::of_spec(&text));
            for line in text.lines() {
                let spec = Flags::of_spec(line);
                assert_eq!(Flags::of(line), spec, "{line:?}");
                positive += usize::from(spec.any());
            }
        }
        for needle in ["esolution", "ecision", "ession", "/"]
            .into_iter()
            .chain(SPEC_TREATY_HEADS)
        {
            for cut in 0..=needle.len() {
                for text in [
                    needle[..cut].to_owned(),
                    format!("x{}", &needle[..cut]),
                    format!("{} {}", &needle[..cut], &needle[cut..]),
                    format!("e{needle}"),
                    format!("{}{needle}", "x".repeat(cut + 9)),
                    format!("{}{needle}", "Tx".repeat(cut + 3)),
                    format!("\u{e9}{needle}\u{e9}"),
                ] {
                    assert_eq!(Flags::of(&text), Flags::of_spec(&text), "{text:?}");
                }
            }
        }
        assert!(positive > 1000, "too few lines with a form: {positive}");
        // Each needle at every offset of a block, and `ession` in every case.
        let mut needles: Vec<String> = ["esolution", "ecision", "/"]
            .into_iter()
            .chain(SPEC_TREATY_HEADS)
            .map(str::to_owned)
            .collect();
        for case in 0..64u32 {
            let word: String = "ession"
                .chars()
                .enumerate()
                .map(|(k, c)| {
                    if case >> k & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect();
            needles.push(word);
        }
        for needle in &needles {
            for pad in 0..40 {
                for fill in ["x", "s", "é"] {
                    let lead = fill.repeat(pad);
                    for text in [format!("{lead}{needle}"), format!("{lead}{needle}{lead}")] {
                        assert_eq!(Flags::of(&text), Flags::of_spec(&text), "{text:?}");
                    }
                }
            }
        }
    }

    /// [`last_name_end`] is the greatest `rfind(n) + n.len()`, on every
    /// 80-byte clause of the test texts and on nested names.
    #[test]
    fn last_name_end_agrees_with_rfind() {
        let by_rfind = |hay: &str| {
            ORGAN_NOUNS
                .iter()
                .filter_map(|n| hay.rfind(n).map(|at| at + n.len()))
                .max()
        };
        let mut hays: Vec<String> = vec![
            "the Sub-Commission on the Promotion".to_owned(),
            "Subcommission and Commission".to_owned(),
            "Conference of the Parties, Committee".to_owned(),
            "Forum Board Assembly".to_owned(),
        ];
        for text in crate::grammar::testdata_texts() {
            for (end, _) in text.char_indices().step_by(37) {
                let (_, tail) = tail_of(&text[..end], 80);
                hays.push(tail.to_owned());
            }
        }
        for hay in &hays {
            let ends = last_name_end(hay, &ORGAN_NOUNS).map(|(end, _)| end);
            assert_eq!(ends, by_rfind(hay), "{hay:?}");
        }
    }

    /// [`last_body_near`] is [`last_body`] filtered to the lookback: for a
    /// name at every distance around the lookback, and at every offset of
    /// the test texts.
    #[test]
    fn last_body_near_agrees() {
        let mut befores: Vec<String> = Vec::new();
        for name in BODY_NAMES {
            for pad in 0..OTHER_ORGAN_LOOKBACK + 40 {
                for lead in ["", "the Security Council and the ", "é"] {
                    befores.push(format!("{lead}{name} {}", "x".repeat(pad)));
                }
            }
        }
        for text in crate::grammar::testdata_texts() {
            for (end, _) in text.char_indices().step_by(53) {
                // Past what `last_body` looks at, the text does not matter.
                befores.push(tail_of(&text[..end], COUNCIL_LOOKBACK + 100).1.to_owned());
            }
        }
        for before in &befores {
            let full =
                last_body(before).filter(|&(end, _)| before.len() - end <= OTHER_ORGAN_LOOKBACK);
            assert_eq!(last_body_near(before), full, "{before:?}");
        }
    }

    fn refs_in(text: &str, adopting: Option<Body>) -> Vec<Reference> {
        find(
            text,
            &TextMap::default(),
            &Context {
                adopting,
                input: "",
            },
            Span::default(),
        )
    }

    fn ga(text: &str) -> Vec<Reference> {
        refs_in(text, Some(Body::GeneralAssembly))
    }

    fn citation(r: &Reference) -> &Citation {
        match &r.target {
            Target::Resolution(c) | Target::Decision(c) => c,
            other => panic!("not a citation: {other:?}"),
        }
    }

    fn summary(refs: &[Reference]) -> Vec<(String, Option<String>, Option<String>)> {
        refs.iter()
            .map(|r| {
                let c = citation(r);
                (
                    r.text.clone(),
                    c.symbol.as_ref().map(ToString::to_string),
                    c.date.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    fn owned(
        v: &[(&str, Option<&str>, Option<&str>)],
    ) -> Vec<(String, Option<String>, Option<String>)> {
        v.iter()
            .map(|(a, b, c)| ((*a).to_owned(), b.map(str::to_owned), c.map(str::to_owned)))
            .collect()
    }

    #[test]
    fn ok_enumeration_split_with_dates() {
        let refs = ga(
            "Recalling its resolutions 66/151 of 19 December 2011 and 68/160 of 18 December 2013,",
        );
        assert_eq!(
            summary(&refs),
            owned(&[
                (
                    "resolutions 66/151 of 19 December 2011",
                    Some("A/RES/66/151"),
                    Some("2011-12-19")
                ),
                (
                    "68/160 of 18 December 2013",
                    Some("A/RES/68/160"),
                    Some("2013-12-18")
                ),
            ])
        );
        assert_eq!(
            refs[0].iri.as_deref(),
            Some("/akn/un/statement/deliberation/un-ga/2011-12-19/66-151")
        );
        assert_eq!((refs[1].start, refs[1].end), (57, 83));
    }

    #[test]
    fn ok_long_enumeration() {
        let refs = ga("its resolutions 76/217 of 17 December 2021, 77/246 of 30 December 2022, and 79/279 of 11 April 2025;");
        assert_eq!(refs.len(), 3);
        assert_eq!(citation(&refs[2]).number.as_deref(), Some("79/279"));
    }

    #[test]
    fn ok_security_council_by_name_and_by_year() {
        let refs =
            ga("Recalling Security Council resolution 2720 (2023) and resolution 808 (1993),");
        assert_eq!(
            summary(&refs),
            owned(&[
                ("resolution 2720 (2023)", Some("S/RES/2720 (2023)"), None),
                ("resolution 808 (1993)", Some("S/RES/808 (1993)"), None),
            ])
        );
        assert_eq!(
            refs[0].iri.as_deref(),
            Some("/akn/un/statement/deliberation/un-sc/2023/2720")
        );
    }

    #[test]
    fn ok_security_council_text_its_resolution() {
        let refs = refs_in(
            "Demands that Iraq comply fully with resolution 660 (1990) and all",
            Some(Body::SecurityCouncil),
        );
        assert_eq!(citation(&refs[0]).body, Some(Body::SecurityCouncil));
    }

    #[test]
    fn ok_trailing_qualifier() {
        let refs = ga("Recalling resolution 1325 (2000) of the Security Council and resolutions 5/1 and 5/2 of the Human Rights Council,");
        let bodies: Vec<_> = refs.iter().map(|r| citation(r).body).collect();
        assert_eq!(
            bodies,
            [
                Some(Body::SecurityCouncil),
                Some(Body::HumanRightsCouncil),
                Some(Body::HumanRightsCouncil)
            ]
        );
        assert_eq!(
            citation(&refs[1])
                .symbol
                .as_ref()
                .map(ToString::to_string)
                .as_deref(),
            Some("A/HRC/RES/5/1")
        );
    }

    #[test]
    fn ok_human_rights_council_named_before() {
        let refs = ga("Welcoming Human Rights Council resolution S-35/1 of 24 November 2022, in which the Council");
        assert_eq!(
            summary(&refs),
            owned(&[(
                "resolution S-35/1 of 24 November 2022",
                Some("A/HRC/RES/S-35/1"),
                Some("2022-11-24")
            )])
        );
    }

    #[test]
    fn ok_its_after_named_organ() {
        let refs = ga("Noting that the Human Rights Council, in its resolution 52/27, renewed");
        assert_eq!(citation(&refs[0]).body, Some(Body::HumanRightsCouncil));
    }

    #[test]
    fn ok_old_numbering() {
        let refs = ga("resolutions 194 (III) of 11 December 1948 and 36/146 C of 16 December 1981");
        assert_eq!(
            summary(&refs),
            owned(&[
                (
                    "resolutions 194 (III) of 11 December 1948",
                    Some("A/RES/194 (III)"),
                    Some("1948-12-11")
                ),
                (
                    "36/146 C of 16 December 1981",
                    Some("A/RES/36/146 C"),
                    Some("1981-12-16")
                ),
            ])
        );
        assert_eq!(
            refs[1].iri.as_deref(),
            Some("/akn/un/statement/deliberation/un-ga/1981-12-16/36-146_C")
        );
        let refs = ga("Resolution 2200 A (XXI), annex.");
        assert_eq!(
            summary(&refs),
            owned(&[("Resolution 2200 A (XXI)", Some("A/RES/2200 A (XXI)"), None)])
        );
    }

    #[test]
    fn ok_decision() {
        let refs = ga("Recalling its decision 80/506 of 12 September 2025, in which it endorsed");
        assert!(matches!(refs[0].target, Target::Decision(_)));
        assert_eq!(
            citation(&refs[0])
                .symbol
                .as_ref()
                .map(ToString::to_string)
                .as_deref(),
            Some("A/DEC/80/506")
        );
    }

    #[test]
    fn ok_other_organ() {
        let refs = ga("take note of World Health Assembly resolution 69.2 of 28 May 2016");
        let c = citation(&refs[0]);
        assert_eq!(
            (c.body, c.symbol.is_none(), c.number.as_deref()),
            (None, true, Some("69.2"))
        );
        assert_eq!(refs[0].iri, None);
        let refs =
            ga("and recalling Commission on Human Rights resolution 2005/80 of 21 April 2005");
        assert_eq!(citation(&refs[0]).body, None);
    }

    #[test]
    fn ok_placeholder_is_untyped() {
        let refs = ga("pursuant to its resolution 80/____ of __ and");
        let c = citation(&refs[0]);
        assert_eq!(
            (refs[0].text.as_str(), c.number.as_deref()),
            ("resolution 80/____", None)
        );
    }

    #[test]
    fn ok_glued_footnote_number() {
        let refs = ga("submitted pursuant to resolution 77/2285 and the report");
        assert_eq!(
            summary(&refs),
            owned(&[("resolution 77/228", Some("A/RES/77/228"), None)])
        );
    }

    #[test]
    fn ok_entitled_title() {
        let refs = ga("Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, in which");
        assert_eq!(
            citation(&refs[0]).title.as_deref(),
            Some("Transforming our world: the 2030 Agenda for Sustainable Development")
        );
    }

    #[test]
    fn ok_adopted_on() {
        let refs =
            ga("resolution 70/1, adopted by the General Assembly on 25 September 2015, in which");
        assert_eq!(
            citation(&refs[0]).date.map(|d| d.to_string()).as_deref(),
            Some("2015-09-25")
        );
    }

    #[test]
    fn ok_documents_and_statement_symbols() {
        let refs = ga("the report of the Secretary-General (A/80/53) and resolution A/RES/70/1.");
        assert!(matches!(&refs[0].target, Target::Document { symbol } if symbol == "A/80/53"));
        assert_eq!(refs[0].text, "A/80/53");
        assert!(
            matches!(&refs[1].target, Target::Resolution(c) if c.number.as_deref() == Some("70/1"))
        );
    }

    #[test]
    fn ok_charter_articles_and_chapter() {
        let refs = ga("as set forth in the Charter of the United Nations, in particular Article 1, paragraph 3, as well as");
        assert!(matches!(refs[0].target, Target::Treaty { .. }));
        assert_eq!(
            refs[1].target,
            Target::CharterArticle {
                article: 1,
                paragraph: Some(3)
            }
        );
        let refs = refs_in(
            "Acting under Chapter VII of the Charter of the United Nations,",
            Some(Body::SecurityCouncil),
        );
        assert_eq!(
            refs[0].target,
            Target::CharterChapter {
                chapter: "VII".into()
            }
        );
        let refs = ga("under Articles 10 and 11 of the Charter");
        assert_eq!(refs.len(), 2);
    }

    #[test]
    fn err_article_of_another_instrument() {
        assert!(ga("in accordance with article 7 of the Convention").is_empty());
        assert!(ga("Article 7 of the Convention on the Rights of the Child")
            .iter()
            .all(|r| !matches!(r.target, Target::CharterArticle { .. })));
    }

    #[test]
    fn ok_sessions() {
        let refs = ga(
            "Decides to continue its consideration of the question at its eighty-first session.",
        );
        assert_eq!(
            refs[0].target,
            Target::Session {
                body: Some(Body::GeneralAssembly),
                number: 81,
                session_type: crate::reference::SessionType::Regular
            }
        );
        let refs = ga("the sixty-eighth session of the Commission on the Status of Women");
        assert!(matches!(
            refs[0].target,
            Target::Session {
                body: None,
                number: 68,
                ..
            }
        ));
    }

    #[test]
    fn ok_treaties() {
        let refs = ga("Reaffirming the International Covenant on Economic, Social and Cultural Rights and the Convention on the Rights of the Child,");
        let titles: Vec<_> = refs
            .iter()
            .filter_map(|r| match &r.target {
                Target::Treaty { title, .. } => Some(title.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            titles,
            [
                "International Covenant on Economic, Social and Cultural Rights",
                "Convention on the Rights of the Child"
            ]
        );
    }

    #[test]
    fn err_no_reference() {
        for t in [
            "Recalling the resolutions of the Security Council,",
            "Decides to take a decision by consensus;",
            "Resolution adopted by the General Assembly",
            "the relevant resolution and the report",
        ] {
            assert!(ga(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn ok_narrow_span() {
        let input = "See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II";
        let cover = Span::new(4, 39);
        assert_eq!(
            narrow(input, cover, "E/CN.4/Sub.2/2000/46").slice(input),
            Some("E/CN.4/Sub.2/2000/46")
        );
        let input = "resolution [70/1](#) of 25 September 2015, entitled";
        let span = narrow(
            input,
            Span::new(0, 42),
            "resolution 70/1 of 25 September 2015",
        );
        assert_eq!(
            span.slice(input),
            Some("resolution [70/1](#) of 25 September 2015")
        );
        let input = "Resolution [66/3](#).";
        assert_eq!(
            narrow(input, Span::new(0, 21), "Resolution 66/3").slice(input),
            Some("Resolution [66/3](#)")
        );
        let input = "[A/CONF.157/24 \\(Part I\\)](#), chap.";
        assert_eq!(
            narrow(input, Span::new(0, 31), "A/CONF.157/24 (Part I)").slice(input),
            Some("[A/CONF.157/24 \\(Part I\\)](#)")
        );
        let input = "(A/80/53), chap.";
        assert_eq!(
            narrow(input, Span::new(0, 10), "A/80/53").slice(input),
            Some("A/80/53")
        );
        let input = "resolution 2720 (2023),";
        assert_eq!(
            narrow(input, Span::new(0, 23), "resolution 2720 (2023)").slice(input),
            Some("resolution 2720 (2023)")
        );
    }

    #[test]
    fn err_no_bare_number_after_a_list() {
        let refs = ga("resolution 2250 (2015), 18 Member States");
        assert_eq!(refs.len(), 1);
    }
}
