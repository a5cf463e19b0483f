//! Byte spans into the caller's input, and line/column lookup for messages.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the text given to
/// [`parse_resolution`](crate::parse_resolution).
///
/// Spans always point into the caller's original input, never into a
/// normalised copy: `&input[span.start..span.end]` is the printed source of a
/// node, markup, page furniture and all.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (callers keep `start <= end`).
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Number of bytes covered.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both `self` and `other`.
    #[must_use]
    pub fn cover(self, other: Self) -> Self {
        Self::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies inside `self`.
    #[must_use]
    pub const fn contains(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text of the span in `source`, or `None` when it is out of bounds
    /// or not on character boundaries.
    #[must_use]
    pub fn slice(self, source: &str) -> Option<&str> {
        source.get(self.start..self.end)
    }
}

/// One-based line and column (in characters) of byte `offset` in `source`.
///
/// Computed on demand, only for messages: the parser itself never needs it.
#[must_use]
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = source[line_start..offset].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_line_col_first_line() {
        assert_eq!(line_col("abc\ndef", 1), (1, 2));
    }

    #[test]
    fn ok_line_col_counts_characters_not_bytes() {
        assert_eq!(line_col("x\n“é”y", "x\n“é”".len()), (2, 4));
    }

    #[test]
    fn ok_line_col_clamps_out_of_range() {
        assert_eq!(line_col("ab\nc", 99), (2, 2));
    }

    #[test]
    fn ok_cover_and_contains() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.cover(b).contains(a));
        assert!(!a.contains(b));
    }
}
