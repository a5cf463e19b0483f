//! Splitting the input into lines with their byte spans.

use crate::span::Span;

/// One input line: its content trimmed of white space and form feeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'s> {
    /// The content, without surrounding white space, `\r` or `\f`.
    pub(crate) text: &'s str,
    /// Where `text` is in the input (an empty span at the line start for a blank line).
    pub(crate) span: Span,
    /// The whole line, newline excluded.
    pub(crate) full: Span,
    /// Columns of leading white space before `text`.
    pub(crate) indent: usize,
    /// The line opens a new page (pdftotext's form feed).
    pub(crate) page_break: bool,
    /// The line is the text of a note that a Word export wrote inline,
    /// brackets and all (`[3: \t \tE/ESCWA/S-6/16.]`), found and cut out
    /// of the line it stood in by [`super::word_notes`].
    pub(crate) word_note: bool,
    /// The bytes of marks cut off the text's start and end, reported as
    /// removed markup: the quotation marks of a text quoted whole (`“1.
    /// Decides …;`, a press release's copy), cut by [`super::quoted`], and
    /// the emphasis of a paragraph set in bold or italics whole (`**1.
    /// Requests …;**`), cut by [`super::emphasis`]; a Word export's marks
    /// at the start ([`super::word_marks`]) and Pandoc's hard line break at
    /// the end ([`super::hard_break`]). `(0, 0)` for most lines.
    pub(crate) cut: (u8, u8),
}

impl<'s> Line<'s> {
    /// Cuts `start` bytes of marks off the text's start and `end` off its
    /// end (both at character boundaries, `start + end` at most the text's
    /// length), adding them to [`Line::cut`]. Refused, the line unchanged,
    /// where a count would not fit its byte.
    pub(crate) fn cut_marks(&mut self, start: usize, end: usize) {
        let add = |have: u8, n: usize| u8::try_from(n).ok().and_then(|n| have.checked_add(n));
        let (Some(front), Some(back)) = (add(self.cut.0, start), add(self.cut.1, end)) else {
            return;
        };
        let Some(text) = self
            .text
            .len()
            .checked_sub(end)
            .and_then(|e| self.text.get(start..e))
        else {
            return;
        };
        self.text = text;
        self.span = Span::new(self.span.start + start, self.span.end - end);
        self.cut = (front, back);
    }

    /// Whether the line holds nothing but white space.
    pub(crate) fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// The line cut in two before byte `q` of its text (a character
    /// boundary): the text before, white space trimmed from its end, and
    /// the rest, trimmed from its start, as a line of its own that opens a
    /// page if `page_break`. Their full spans tile the line's, and each
    /// span covers its text. For what an extractor ran into one line (a
    /// page's head, a paragraph, a page's end mark).
    pub(crate) fn cut_at(self, q: usize, page_break: bool) -> (Self, Self) {
        let (body, rest) = self.text.split_at(q);
        let body = body.trim_end();
        let rest_text = rest.trim_start();
        let start = self.span.start;
        let cut = start + q;
        let before = Line {
            text: body,
            span: Span::new(start, start + body.len()),
            full: Span::new(self.full.start, cut),
            cut: (self.cut.0, 0),
            ..self
        };
        let after = Line {
            text: rest_text,
            span: Span::new(cut + (rest.len() - rest_text.len()), self.span.end),
            full: Span::new(cut, self.full.end),
            indent: 0,
            page_break,
            word_note: false,
            cut: (0, self.cut.1),
        };
        (before, after)
    }
}

fn is_trim(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Splits `input` into lines. Linear: one pass, no copy.
pub(crate) fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(input.len() / 40 + 1);
    let bytes = input.as_bytes();
    // The start of the current line, and whether a form feed was seen in it.
    let mut start = 0;
    let mut page_break = false;
    // One pass for both bytes at once, where `split_inclusive` and
    // `contains` took two through the char searcher (a `memchr` call per
    // line, dear on short lines): eight bytes a word, each tested without a
    // branch (see [`eq_bytes`]); a line costs one step of the inner loop.
    let mut scan = |word: u64, base: usize| {
        let (mut nl, mut ff) = (eq_bytes(word, b'\n'), eq_bytes(word, b'\x0c'));
        while nl != 0 {
            // The first newline's bit, and the bits of the bytes before it.
            let low = nl & nl.wrapping_neg();
            let before = low - 1;
            page_break |= ff & before != 0;
            let end = base + (low.trailing_zeros() / 8) as usize;
            lines.push(line(input, start, end, page_break));
            start = end + 1;
            page_break = false;
            ff &= !before;
            nl ^= low;
        }
        page_break |= ff != 0;
    };
    // The word of `chunk`'s bytes from `from`, padded with zeros (neither
    // byte looked for).
    let word = |chunk: &[u8], from: usize| {
        let mut word = [0; 8];
        for (w, &b) in word.iter_mut().zip(chunk.iter().skip(from)) {
            *w = b;
        }
        u64::from_le_bytes(word)
    };
    let mut chunks = bytes.chunks_exact(16);
    let mut base = 0;
    for chunk in &mut chunks {
        // Sixteen bytes tested at once with a byte accumulator over a
        // fixed-size chunk (a few vector instructions); the exact masks
        // only for chunks that hold either byte.
        let hit = <&[u8; 16]>::try_from(chunk).map_or(true, |c| {
            c.iter().fold(0u8, |a, &b| {
                a | u8::from(b == b'\n') | u8::from(b == b'\x0c')
            }) != 0
        });
        if hit {
            scan(word(chunk, 0), base);
            scan(word(chunk, 8), base + 8);
        }
        base += 16;
    }
    let rest = chunks.remainder();
    scan(word(rest, 0), base);
    scan(word(rest, 8), base + 8);
    if start < input.len() {
        lines.push(line(input, start, input.len(), page_break));
    }
    lines
}

/// The high bit of each byte of `word` that equals `b`, and no other bit:
/// the byte XOR `b` is zero exactly when adding `0x7f` to its low seven
/// bits sets no high bit and its own high bit is clear (no carry crosses
/// bytes, so the test is exact).
pub(super) fn eq_bytes(word: u64, b: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let v = word ^ (u64::from(b) * 0x0101_0101_0101_0101);
    !(((v & LOW7) + LOW7) | v | LOW7)
}

/// The line of `input` from `start` to `end` (a `\n` or the end of the input).
fn line(input: &str, start: usize, end: usize, page_break: bool) -> Line<'_> {
    if start >= end {
        // An empty line (half the lines of some renderings): nothing to
        // trim, what the general path gives for an empty body.
        return Line {
            text: "",
            span: Span::new(start, start),
            full: Span::new(start, start),
            indent: 0,
            page_break,
            word_note: false,
            cut: (0, 0),
        };
    }
    // `end` is at a `\n` or the end, `start` just after one: both are
    // character boundaries.
    let raw = input.get(start..end).unwrap_or("");
    let body = raw.strip_suffix('\r').unwrap_or(raw);
    let (text, lead, indent) = trim_line(body);
    let text_start = start + lead;
    Line {
        text,
        span: Span::new(text_start, text_start + text.len()),
        full: Span::new(start, start + body.len()),
        indent,
        page_break,
        word_note: false,
        cut: (0, 0),
    }
}

/// `body` trimmed of white space and byte-order marks, the length of what
/// was trimmed in front, and its columns (form feeds aside).
fn trim_line(body: &str) -> (&str, usize, usize) {
    // ASCII white space first, byte by byte (all of it `is_trim`); where
    // printable ASCII (no `is_trim` character) or nothing is left at both
    // ends, as on most lines, that is the whole trim, no character decoded.
    let space = |b: &u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = body.as_bytes();
    let lead = bytes.iter().take_while(|b| space(b)).count();
    let tail = bytes
        .get(lead..)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|b| space(b))
        .count();
    let printable = |b: Option<&u8>| b.is_some_and(|b| (b'!'..=b'~').contains(b));
    let core = bytes.get(lead..bytes.len() - tail).unwrap_or(&[]);
    if core.is_empty() || (printable(core.first()) && printable(core.last())) {
        // The cuts are next to ASCII bytes: character boundaries.
        let text = body.get(lead..bytes.len() - tail).unwrap_or("");
        let indent = bytes.iter().take(lead).filter(|&&b| b != b'\x0c').count();
        return (text, lead, indent);
    }
    let lead = body.len() - body.trim_start_matches(is_trim).len();
    let text = body.trim_matches(is_trim);
    let indent = body
        .get(..lead)
        .unwrap_or("")
        .chars()
        .filter(|&c| c != '\u{c}')
        .count();
    (text, lead, indent)
}

/// The text and the cut ([`Line::cut`]) of each line that `pass` leaves of
/// `text`'s lines: how the passes that cut marks off a line's ends
/// ([`super::emphasis`], [`super::word_marks`], [`super::hard_break`]) are
/// tested.
#[cfg(test)]
pub(crate) fn cuts_of<'s>(
    text: &'s str,
    pass: impl FnOnce(Vec<Line<'s>>) -> Vec<Line<'s>>,
) -> Vec<(&'s str, (u8, u8))> {
    pass(split_lines(text))
        .into_iter()
        .map(|l| (l.text, l.cut))
        .collect()
}

/// Asserts that `guard` lets through every one of `lines` that `parses`
/// takes (a guard is a necessary condition of its grammar), and that more
/// than `min` of them are taken, so the test proves something.
#[cfg(test)]
pub(crate) fn assert_guard_necessary(
    lines: &[String],
    min: usize,
    parses: impl Fn(&str) -> bool,
    guard: impl Fn(&str) -> bool,
) {
    let mut hits = 0;
    for line in lines.iter().filter(|line| parses(line)) {
        hits += 1;
        assert!(guard(line), "guard rejects {line:?}");
    }
    assert!(hits > min, "too few samples: {hits}");
}

/// The longest head of a line's suffix in [`sample_lines`]: the guards read
/// a line's first bytes, and every suffix whole would be quadratic in a
/// line's length (a document run together on one line, `A_RES_74_132`:
/// thousands of suffixes of tens of kilobytes each), which made the checks
/// over the samples the slowest tests of the crate.
#[cfg(test)]
const MAX_SUFFIX: usize = 160;

/// `s` cut to at most `max` bytes, at a character boundary.
#[cfg(test)]
fn head(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Lines to check the fast guards of the grammars against the grammars
/// themselves: every line of the texts in `testdata/`, with the pieces a
/// line is cut into (its word tails, its cells, its short prefixes, its
/// markup-free view) and a few made-up lines of each furniture form.
#[cfg(test)]
pub(crate) fn sample_lines() -> Vec<String> {
    // Built once for the test binary: some twenty tests ask for it, and
    // reading every fixture and sorting the pieces is most of their cost.
    static SAMPLES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SAMPLES.get_or_init(build_sample_lines).clone()
}

#[cfg(test)]
fn build_sample_lines() -> Vec<String> {
    fn texts(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                texts(&path, out);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(text);
            }
        }
    }
    let mut all = Vec::new();
    texts(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata"),
        &mut all,
    );
    let made_up = [
        "25-20958 (E)",
        "25-20958",
        "25-17758 (E)    101125",
        "171025",
        "*2520958*",
        "*2321227*A/C.3/78/L.41",
        "23-21227A/C.3/78/L.41",
        "3/9A/C.3/78/L.41",
        "2/4",
        "25-20856 2/12",
        "3/12 25-20856",
        "**_*2520856*_**",
        "25-20856 (E) **_*2520856*_**",
        "___",
        "---",
        "* * *",
        "***",
        "HTTP://UNDOCS.ORG/A/1",
        "https://undocs.org/en/A/RES/80/1",
        "PLEASE RECYCLE",
        "please recycle",
        "[image: ]",
        "![](media/image1.png){width=\"0.85in\"",
        "height=\"0.7in\"}",
        "<img src=\"media/rId21.png\" style=\"width:0.13889in\"",
        "alt=\"alt text\" />",
        "[bookmark: _GoBack]  [image: https://undocs.org/m2/QRCode2.ashx?DS=E/RES/2018/27&Size =1]",
        "¹ A/CONF.157/24",
        "¹²³⁴ x",
        "⁰ x",
        "<sup>1</sup> Resolution 55/2.",
        "<sup>**</sup> x",
        "[^3]: See",
        "* On behalf",
        "**** x",
        "11 Official Records",
        "1",
        "12",
        "123",
        "12. Calls upon",
        "9.",
        "1234. x",
        "(a) To",
        "(qq) x",
        "(12) x",
        "(a)",
        "– item",
        "— item",
        "• item",
        "- item",
        "69th plenary meeting",
        "1st (resumed) plenary meeting",
        "A/RES/80/2",
        "ST/SGB/2019/8 (2019)",
        "ABCD/1",
        "The General Assembly,",
        "the Security Council:",
        "The  Economic and Social Council ,",
        "The Human Rights Council",
        "Recalling also",
        "Also reaffirms",
        "Deeply concerned",
    ];
    let mut out: Vec<String> = made_up.iter().map(|s| (*s).to_owned()).collect();
    for text in &all {
        for line in split_lines(text) {
            let t = line.text;
            if t.is_empty() {
                continue;
            }
            out.push(t.to_owned());
            let plain = t
                .trim_start_matches(['#', ' '])
                .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
            out.push(plain.to_owned());
            out.extend(t.split("    ").map(|c| c.trim().to_owned()));
            out.extend(t.split(' ').map(str::to_owned));
            out.extend(
                t.match_indices(' ')
                    .map(|(k, _)| head(&t[k + 1..], MAX_SUFFIX).to_owned()),
            );
            out.extend(
                t.char_indices()
                    .take(16)
                    .map(|(k, c)| t[..k + c.len_utf8()].to_owned()),
            );
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_cut_at_tiles_the_line() {
        let input = "  one and   two  \n";
        let line = split_lines(input)[0];
        let q = line.text.find("two").unwrap_or_default() - 2;
        let (before, after) = line.cut_at(q, true);
        assert_eq!((before.text, after.text), ("one and", "two"));
        assert_eq!(before.span.slice(input), Some("one and"));
        assert_eq!(after.span.slice(input), Some("two"));
        assert_eq!(before.full.start, line.full.start);
        assert_eq!(before.full.end, after.full.start);
        assert_eq!(after.full.end, line.full.end);
        assert_eq!((before.indent, after.indent), (line.indent, 0));
        assert!(after.page_break && !before.page_break);
    }

    #[test]
    fn ok_spans_point_into_input() {
        let input = "  a b \r\n\n\u{c}c\n";
        let lines = split_lines(input);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text, "a b");
        assert_eq!(&input[lines[0].span.start..lines[0].span.end], "a b");
        assert_eq!(lines[0].indent, 2);
        assert!(lines[1].is_blank());
        assert!(lines[2].page_break);
        assert_eq!(&input[lines[2].span.start..lines[2].span.end], "c");
    }

    #[test]
    fn ok_split_is_split_inclusive() {
        // The reference: the split as first written, with the standard searchers.
        fn reference(input: &str) -> Vec<Line<'_>> {
            let mut lines = Vec::new();
            let mut start = 0;
            for raw in input.split_inclusive('\n') {
                let end = start + raw.len();
                let body = raw.strip_suffix('\n').unwrap_or(raw);
                let body = body.strip_suffix('\r').unwrap_or(body);
                let page_break = body.contains('\u{c}');
                let lead = body.len() - body.trim_start_matches(is_trim).len();
                let text = body.trim_matches(is_trim);
                let text_start = start + lead;
                let indent = body[..lead].chars().filter(|&c| c != '\u{c}').count();
                lines.push(Line {
                    text,
                    span: Span::new(text_start, text_start + text.len()),
                    full: Span::new(start, start + body.len()),
                    indent,
                    page_break,
                    word_note: false,
                    cut: (0, 0),
                });
                start = end;
            }
            lines
        }
        let mut inputs: Vec<String> = sample_lines();
        let (lf, crlf) = (inputs.join("\n"), inputs.join("\r\n"));
        inputs.extend([lf, crlf]);
        for s in [
            "",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "a\r\r\n",
            "\u{c}",
            "\u{feff}x\u{feff}",
            " \u{a0}x\u{3000} ",
            " \u{b}\u{1c}x\u{1f} \u{85}",
            " \u{b}\u{1c}x\u{1f}",
            " é ",
            "\té",
            "\u{c}\u{c} x\tab \u{c}",
            "0123456789abcdef\u{c}0123456789abcdef0123456789abcdef\n",
            "0123456789abcdef0123456789abcde\n0123456789abcdef\u{c}\n",
        ] {
            inputs.push(s.to_owned());
            inputs.push(format!("{s}\n{s}"));
        }
        for input in &inputs {
            assert_eq!(split_lines(input), reference(input), "{input:?}");
        }
    }

    #[test]
    fn ok_eq_bytes() {
        for b in [0u8, b'\n', 0x0c, 0x7f, 0x80, 0xff] {
            for x in 0..=255u8 {
                let word = u64::from_le_bytes([x, b, 0, x, 0xff, b, x, 0x80]);
                let want = [x, b, 0, x, 0xff, b, x, 0x80]
                    .iter()
                    .enumerate()
                    .filter(|(_, &y)| y == b)
                    .fold(0u64, |m, (k, _)| m | (0x80 << (8 * k)));
                assert_eq!(eq_bytes(word, b), want, "{b} {x}");
            }
        }
    }

    #[test]
    fn ok_last_line_without_newline() {
        let lines = split_lines("x\ny");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].text, "y");
    }
}
