//! Unicode spaces, soft hyphens and invisible characters out of the text
//! the grammars read, and characters printed as several (mojibake, typed
//! dashes) read as one.
//!
//! Word and web pages put no-break spaces where the UN's editorial rules
//! keep words together (`14 November 2025`, `40th plenary meeting`,
//! `1. Calls upon`), and optional hyphens inside long words
//! (`con\u{ad}cerned`). Every line-level grammar reads ASCII spaces and
//! whole words, so such a character inside a date, a lead or a closing
//! line hid the form. When the input holds any, the parse reads a copy
//! ([`View`]) with each no-break or other Unicode space as one ASCII space
//! and each soft hyphen gone, as are the characters that print as nothing
//! and that web pages leave inside words (`Assem\u{200b}bly`: zero-width
//! space, word joiner, direction marks, a byte order mark inside the
//! text); every span of the result is then carried
//! back to the input ([`View::to_input`]). Inputs without them (nearly
//! all) are read as they are, with no copy.
//!
//! Two characters stand for a hyphen that ended a printed line, and are
//! read as one, so that the line-end hyphen rules decide between a
//! compound and a broken word (`good-` / `neighbourliness`, `recon-` /
//! `ciliation`):
//! - a soft hyphen just before a line end (`recon\u{ad}` / `ciliation`);
//! - U+FFFE, which `PDFium` (Chrome's PDF engine, `pypdfium2`) prints where
//!   it joined such a line to the next (`good\u{fffe}neighbourliness`):
//!   the view has the hyphen and the line end back.
//!
//! Mojibake, UTF-8 that a copy read as Windows-1252 (`â€œ` for `“`), is
//! read in the view as the character it stands for ([`mojibake`]), and then
//! as that character is (`Â\u{a0}`, a no-break space, as a space).
//!
//! Typed dashes, two or three hyphens touching a word (`2024--2034`,
//! `2034--- and`, Pandoc's markdown of a Word file's dashes),
//! are `–` and `—` in the view.
//!
//! Line ends other than `\n` and `\r\n` are `\n` in the view: a lone `\r`
//! in classic Mac OS text (an input whose first line ends so), and U+2028
//! and U+2029 (the line and paragraph separators of text copied from Word
//! and web pages).

use std::borrow::Cow;

use super::lines::eq_bytes;
use super::mojibake::mojibake;
use crate::span::Span;

/// The text the parse reads, and where it differs from the input.
#[derive(Debug)]
pub(crate) struct View<'s> {
    /// The text: the input itself, or its copy.
    pub(crate) text: Cow<'s, str>,
    /// For each character replaced or removed, in order: where it ends in
    /// `text` (a removed one ends where it stood), how many bytes the input
    /// has more from there on (fewer, after a typed en dash), and whether
    /// it was removed. A line end put back after a U+FFFE is an edit of its
    /// own that stands for no byte of the input.
    edits: Vec<(usize, isize, bool)>,
    /// Where the input holds mojibake ([`mojibake`]), in order: its span in
    /// the input and the character read for it, for the diagnostics.
    pub(crate) garbled: Vec<(Span, char)>,
}

impl<'s> View<'s> {
    /// The view of `input`.
    pub(crate) fn of(input: &'s str) -> Self {
        let bytes = input.as_bytes();
        let cr = cr_line_ends(bytes);
        let Some(first) = find_edit(bytes, 0, cr) else {
            return Self {
                text: Cow::Borrowed(input),
                edits: Vec::new(),
                garbled: Vec::new(),
            };
        };
        let mut out = String::with_capacity(input.len());
        let mut edits = Vec::new();
        let mut from = 0;
        // Signed: a typed en dash (`--`, two bytes) is read as `–` (three).
        let mut removed: isize = 0;
        let mut next = Some(first);
        let mut garbled = Vec::new();
        let mut buf = [0; 4];
        while let Some((at, len, edit)) = next {
            // Only a mojibake's edit starts at a byte C3.
            if bytes.get(at) == Some(&0xC3) {
                let read = input.get(at..at + len).and_then(|m| mojibake(m.as_bytes()));
                if let Some((c, _)) = read {
                    garbled.push((Span::new(at, at + len), c));
                }
            }
            // Cut at the start of a whole character: boundaries.
            out.push_str(input.get(from..at).unwrap_or_default());
            let put: &str = match edit {
                Edit::Space => " ",
                Edit::Remove => "",
                Edit::Hyphen | Edit::HyphenAndBreak => "-",
                Edit::LineEnd => "\n",
                Edit::Char(c) => c.encode_utf8(&mut buf),
            };
            out.push_str(put);
            removed += isize::try_from(len).unwrap_or(0) - isize::try_from(put.len()).unwrap_or(0);
            edits.push((out.len(), removed, edit == Edit::Remove));
            if edit == Edit::HyphenAndBreak {
                // The hyphen stands for the whole character, the line end
                // for none of it: a span that starts on the next line starts
                // after the character.
                out.push('\n');
                removed -= 1;
                edits.push((out.len(), removed, false));
            }
            from = at + len;
            next = find_edit(bytes, from, cr);
        }
        out.push_str(input.get(from..).unwrap_or_default());
        Self {
            text: Cow::Owned(out),
            edits,
            garbled,
        }
    }

    /// Whether the view is the input itself.
    pub(crate) fn is_input(&self) -> bool {
        self.edits.is_empty()
    }

    /// `offset` of the view as an offset of the input: after an edited
    /// character, shifted by the bytes the edits took out before it. A
    /// removed character at `offset` itself falls inside a span that starts
    /// or ends there, so the span keeps every byte it stood for.
    fn offset_to_input(&self, offset: usize, start: bool) -> usize {
        let k = self.edits.partition_point(|&(at, _, removed)| {
            at < offset || (at == offset && !(start && removed))
        });
        let removed = k.checked_sub(1).and_then(|k| self.edits.get(k));
        offset.saturating_add_signed(removed.map_or(0, |&(_, bytes, _)| bytes))
    }

    /// `span` of the view as a span of the input.
    pub(crate) fn to_input(&self, span: Span) -> Span {
        if self.is_input() {
            return span;
        }
        Span::new(
            self.offset_to_input(span.start, true),
            self.offset_to_input(span.end, false),
        )
    }
}

/// The offset of the next byte C2, C3, E2 or EF (the lead bytes of every
/// character [`find_edit`] looks for, C3 that of a mojibake's first
/// character) or `-` (a typed dash's), or `\r` where `cr` says the input
/// holds one, at or after `from`. Eight bytes a step, tested without a
/// branch ([`eq_bytes`]; C2 and E2 in one test, as the bytes that are E2
/// with bit 5 set): every input is scanned, and most hold none of those
/// characters.
fn next_lead(bytes: &[u8], from: usize, cr: bool) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut base = from;
    let cr_mask = if cr { u64::MAX } else { 0 };
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?);
        let hits = eq_bytes(word | 0x2020_2020_2020_2020, 0xE2)
            | eq_bytes(word, 0xC3)
            | eq_bytes(word, b'-')
            | eq_bytes(word, 0xEF)
            | (eq_bytes(word, b'\r') & cr_mask);
        if hits != 0 {
            return Some(base + (hits.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    let tail = chunks.remainder();
    tail.iter()
        .position(|&b| matches!(b, 0xC2 | 0xC3 | 0xE2 | 0xEF | b'-') || (cr && b == b'\r'))
        .map(|k| base + k)
}

/// Whether the input's lines end in a lone `\r` (classic Mac OS text): it
/// holds no `\n`, or a lone `\r` before its first. Only then is a `\r`
/// looked for: in every other input it is the `\r` of `\r\n`, or a stray
/// one inside a line that reads as white space.
fn cr_line_ends(bytes: &[u8]) -> bool {
    let head = bytes
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes, |nl| &bytes[..nl]);
    let cr = head.iter().position(|&b| b == b'\r');
    cr.is_some_and(|k| k + 1 < head.len() || head.len() == bytes.len())
}

/// What the view has for a character of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    /// One ASCII space: a no-break or other Unicode space.
    Space,
    /// Nothing: a soft hyphen inside a line.
    Remove,
    /// `-`: a soft hyphen before a line end.
    Hyphen,
    /// `-` and a line end: `PDFium`'s U+FFFE.
    HyphenAndBreak,
    /// `\n`: a lone `\r`, U+2028 or U+2029.
    LineEnd,
    /// One character read for several: `’` for the mojibake `â€™`
    /// ([`mojibake`]), `–` for the typed dash `--` ([`typed_dash`]).
    Char(char),
}

/// The next character to edit at or after `from`: its offset, its length
/// in bytes, and what the view has for it.
fn find_edit(bytes: &[u8], from: usize, cr: bool) -> Option<(usize, usize, Edit)> {
    let mut i = from;
    loop {
        let at = next_lead(bytes, i, cr)?;
        match (bytes.get(at), bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(0xC2), Some(0xA0), _) => return Some((at, 2, Edit::Space)),
            (Some(0xC2), Some(0xAD), next) => {
                let line_end = matches!(next, Some(b'\n' | b'\r'));
                let edit = if line_end { Edit::Hyphen } else { Edit::Remove };
                return Some((at, 2, edit));
            }
            // U+2002–U+200A (en space … hair space), U+202F (narrow no-break).
            (Some(0xE2), Some(0x80), Some(0x82..=0x8A | 0xAF)) => {
                return Some((at, 3, Edit::Space))
            }
            (Some(0xEF), Some(0xBF), Some(0xBE)) => return Some((at, 3, Edit::HyphenAndBreak)),
            // Characters that print as nothing: U+200B zero-width space,
            // U+200E/U+200F direction marks, U+2060 word joiner, U+FEFF
            // (a byte order mark inside the text, where files were joined).
            (Some(0xE2), Some(0x80), Some(0x8B | 0x8E | 0x8F))
            | (Some(0xE2), Some(0x81), Some(0xA0))
            | (Some(0xEF), Some(0xBB), Some(0xBF)) => return Some((at, 3, Edit::Remove)),
            (Some(0xE2), Some(0x80), Some(0xA8 | 0xA9)) => return Some((at, 3, Edit::LineEnd)),
            (Some(b'\r'), next, _) if next != Some(&b'\n') => return Some((at, 1, Edit::LineEnd)),
            (Some(b'-'), Some(b'-'), _) => match typed_dash(bytes, at) {
                Some((dash, len)) => return Some((at, len, Edit::Char(dash))),
                None => i = at + 2,
            },
            (Some(0xC3), _, _) => match bytes.get(at..).and_then(mojibake) {
                Some((c, len)) => return Some((at, len, garbled(c, bytes.get(at + len)))),
                None => i = at + 1,
            },
            _ => i = at + 1,
        }
    }
}

/// The dash that the hyphens at `at` stand for, and how many they are:
/// two for an en dash, three for an em dash (`2024--2034`, `declaration
/// --- and`), as Pandoc's markdown writes a Word file's dashes and as
/// typewritten text sets them; a markdown reader reads them back. Only
/// where they touch a word, a letter, digit or space on either side: a
/// rule (`---` alone, `|---|` in a table, ` --- ` between spaces) or a
/// longer run is no dash.
fn typed_dash(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let run = bytes.get(at..)?.iter().take_while(|&&b| b == b'-').count();
    let dash = match run {
        2 => '\u{2013}',
        3 => '\u{2014}',
        _ => return None,
    };
    // A word on at least one side, touching it: spaced between spaces
    // (`acknowledging --- 1 Resolution`) the run is as likely a rule that a
    // copy ran into its line (a text collapsed into one), and stays.
    let joins = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b' ');
    let word = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let (before, after) = (
        at.checked_sub(1).and_then(|k| bytes.get(k)),
        bytes.get(at + run),
    );
    let ok = joins(before) && joins(after) && (word(before) || word(after));
    ok.then_some((dash, run))
}

/// What the view has for `c`, read back from its mojibake, where `next` is
/// the byte after the mojibake: what [`find_edit`] has for `c` itself (a
/// space for a no-break space, nothing for a soft hyphen …), else `c`.
fn garbled(c: char, next: Option<&u8>) -> Edit {
    match c {
        '\u{a0}' | '\u{2002}'..='\u{200a}' | '\u{202f}' => Edit::Space,
        '\u{ad}' if matches!(next, Some(b'\n' | b'\r')) => Edit::Hyphen,
        '\u{ad}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{2060}' | '\u{feff}' => Edit::Remove,
        '\u{fffe}' => Edit::HyphenAndBreak,
        '\u{2028}' | '\u{2029}' => Edit::LineEnd,
        _ => Edit::Char(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each `(word, expected)`: the span of `word` in the view is
    /// `expected` in `input`.
    fn words_back(view: &View<'_>, input: &str, words: &[(&str, &str)]) {
        let text = view.text.as_ref();
        for &(word, expected) in words {
            let start = text.find(word).unwrap_or_default();
            let span = view.to_input(Span::new(start, start + word.len()));
            assert_eq!(span.slice(input), Some(expected), "{word}");
        }
    }

    /// Zero-width characters a web page left inside words are read as
    /// nothing, and spans go back over them.
    #[test]
    fn ok_invisible_characters_removed() {
        let input = "The General Assem\u{200b}bly,\u{2060} \u{200e}Recalling\u{feff} its";
        let view = View::of(input);
        assert_eq!(view.text, "The General Assembly, Recalling its");
        words_back(
            &view,
            input,
            &[
                ("Assembly", "Assem\u{200b}bly"),
                // A removed character at a word's edge stays inside its span.
                ("Recalling", "\u{200e}Recalling\u{feff}"),
                ("its", "its"),
            ],
        );
        // ZWJ and ZWNJ join letters in other scripts: kept.
        assert!(matches!(View::of("a\u{200d}b").text, Cow::Borrowed(_)));
    }

    #[test]
    fn ok_view_and_back() {
        let input = "40th\u{a0}plenary meeting, con\u{ad}cerned\u{202f}x";
        let view = View::of(input);
        assert_eq!(view.text, "40th plenary meeting, concerned x");
        // Every span of the view goes back to the same text in the input,
        // edited characters aside.
        words_back(
            &view,
            input,
            &[
                ("40th", "40th"),
                ("plenary", "plenary"),
                ("concerned", "con\u{ad}cerned"),
                ("x", "x"),
            ],
        );
        let all = view.to_input(Span::new(0, view.text.len()));
        assert_eq!(all, Span::new(0, input.len()));
        // A removed character at either end stays inside (fuzzing found
        // `\u{ad} 12. `, whose document span lost its first two bytes).
        let input = "\u{ad} 12. \u{ad}";
        let view = View::of(input);
        assert_eq!(view.text, " 12. ");
        assert_eq!(view.to_input(Span::new(0, 5)), Span::new(0, input.len()));
    }

    /// A character read back from its mojibake is edited as the character
    /// itself is.
    #[test]
    fn ok_garbled_characters_edited_as_themselves() {
        for c in ('\u{80}'..='\u{3000}').chain(['\u{feff}', '\u{fffe}', '\u{ffff}']) {
            for next in ["", "x", "\n", "\r\n"] {
                let text = format!("{c}{next}");
                let direct = find_edit(text.as_bytes(), 0, false)
                    .filter(|&(at, _, _)| at == 0)
                    .map_or(Edit::Char(c), |(_, _, edit)| edit);
                assert_eq!(garbled(c, next.as_bytes().first()), direct, "{c:?}{next:?}");
            }
        }
    }

    /// Mojibake (`â€œ`, `Â¹`, `â€\u{9d}`) is read as the characters it
    /// garbled, and spans go back over it.
    #[test]
    fn ok_mojibake_read_back() {
        let input =
            "â€œOur Common Agendaâ€\u{9d}, 1993,Â¹ CÃ´te dâ€™Ivoire,Â\u{a0}40th goodï¿¾line";
        let view = View::of(input);
        assert_eq!(
            view.text,
            "“Our Common Agenda”, 1993,¹ Côte d’Ivoire, 40th good-\nline"
        );
        words_back(
            &view,
            input,
            &[
                ("“Our", "â€œOur"),
                ("Agenda”,", "Agendaâ€\u{9d},"),
                ("1993,¹", "1993,Â¹"),
                ("Côte", "CÃ´te"),
                ("d’Ivoire,", "dâ€™Ivoire,"),
                ("40th", "40th"),
            ],
        );
        // Accented letters are no mojibake: no copy.
        assert!(matches!(
            View::of("Élysée, Côte d’Ivoire").text,
            Cow::Borrowed(_)
        ));
    }

    /// Typed dashes between words are read as dashes, and spans go back
    /// over them; a rule or a longer run stays.
    #[test]
    fn ok_typed_dashes() {
        let input = "for 2024--2034--- and x--\n---\n|---|\n- item\na ---- b --- c";
        let view = View::of(input);
        assert_eq!(
            view.text,
            "for 2024\u{2013}2034\u{2014} and x--\n---\n|---|\n- item\na ---- b --- c"
        );
        words_back(
            &view,
            input,
            &[
                ("2024\u{2013}2034", "2024--2034"),
                ("\u{2014} and", "--- and"),
                ("b --- c", "b --- c"),
                ("x--", "x--"),
                ("a ---- b", "a ---- b"),
            ],
        );
        assert_eq!(
            view.to_input(Span::new(0, view.text.len())),
            Span::new(0, input.len())
        );
    }

    #[test]
    fn ok_next_lead_is_the_bytewise_search() {
        let text = "a“b” c\u{a0}d — e\u{ad}f, 12345678901234567890 ’x\u{fffe}y\r\nz-é--Ã©\r";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let expected = bytes
                .get(from..)
                .and_then(|r| {
                    r.iter()
                        .position(|&b| matches!(b, 0xC2 | 0xC3 | 0xE2 | 0xEF | b'-' | b'\r'))
                })
                .map(|k| from + k);
            assert_eq!(next_lead(bytes, from, true), expected, "{from}");
            let no_cr = bytes
                .get(from..)
                .and_then(|r| {
                    r.iter()
                        .position(|&b| matches!(b, 0xC2 | 0xC3 | 0xE2 | 0xEF | b'-'))
                })
                .map(|k| from + k);
            assert_eq!(next_lead(bytes, from, false), no_cr, "{from}");
        }
    }

    #[test]
    fn ok_line_end_hyphens_back() {
        // PDFium joins `good-` / `neighbourliness` with U+FFFE; a soft
        // hyphen before a line end is a printed one; inside a line it goes.
        let input = "of good\u{fffe}neighbourliness, recon\u{ad}\r\nciliation, Oc\u{ad}tober";
        let view = View::of(input);
        assert_eq!(
            view.text,
            "of good-\nneighbourliness, recon-\r\nciliation, October"
        );
        words_back(
            &view,
            input,
            &[
                ("good-", "good\u{fffe}"),
                ("neighbourliness,", "neighbourliness,"),
                ("recon-", "recon\u{ad}"),
                ("ciliation", "ciliation"),
                ("October", "Oc\u{ad}tober"),
            ],
        );
        let text = view.text.as_ref();
        // The line end put back stands for no byte: it falls between the
        // character and the next line.
        let at = text.find('\n').unwrap_or_default();
        let span = view.to_input(Span::new(at, at + 1));
        assert_eq!(span, Span::new(at + 2, at + 2));
        assert_eq!(
            view.to_input(Span::new(0, text.len())),
            Span::new(0, input.len())
        );
    }

    #[test]
    fn ok_other_line_ends_are_newlines() {
        let input = "one\rtwo\r\nthree\u{2028}four\u{2029}five\r";
        let view = View::of(input);
        assert_eq!(view.text, "one\ntwo\r\nthree\nfour\nfive\n");
        assert!(cr_line_ends(b"a\rb\rc"));
        assert!(cr_line_ends(b"a\rb\nc"));
        assert!(!cr_line_ends(b"a\r\nb\rc"));
        assert!(!cr_line_ends(b"a\nb\rc"));
        assert!(!cr_line_ends(b"abc"));
        // In a `\n` text, a stray `\r` stays as it was.
        assert_eq!(View::of("one\ntwo\rthree\n").text, "one\ntwo\rthree\n");
        let words = ["one", "two", "three", "four", "five"].map(|w| (w, w));
        words_back(&view, input, &words);
    }

    #[test]
    fn ok_input_without_edits_is_borrowed() {
        let input = "“Quoted” – text’s 14 November";
        let view = View::of(input);
        assert!(view.is_input());
        assert!(matches!(view.text, Cow::Borrowed(_)));
    }
}
