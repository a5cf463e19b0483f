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
