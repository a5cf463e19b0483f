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
}

impl Line<'_> {
    /// Whether the line holds nothing but white space.
    pub(crate) fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

fn is_trim(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Splits `input` into lines. Linear: one pass, no copy.
pub(crate) fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(input.len() / 40 + 1);
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
        });
        start = end;
    }
    lines
}

/// Lines to check the fast guards of the grammars against the grammars
/// themselves: every line of the texts in `testdata/`, with the pieces a
/// line is cut into (its word tails, its cells, its short prefixes, its
/// markup-free view) and a few made-up lines of each furniture form.
#[cfg(test)]
pub(crate) fn sample_lines() -> Vec<String> {
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
        "___",
        "---",
        "* * *",
        "***",
        "HTTP://UNDOCS.ORG/A/1",
        "https://undocs.org/en/A/RES/80/1",
        "PLEASE RECYCLE",
        "please recycle",
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
            out.extend(t.match_indices(' ').map(|(k, _)| t[k + 1..].to_owned()));
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
    fn ok_last_line_without_newline() {
        let lines = split_lines("x\ny");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].text, "y");
    }
}
