//! Pandoc's hard line break, cut off the end of a line.
//!
//! Pandoc's markdown ends a line it breaks hard with a backslash (`Distr.:
//! General\` / `22 December 2025`, `*69th plenary meeting*\` / `*18 December
//! 2025*`, a Word file's masthead converted), where other writers put two
//! spaces. Left on the line, the backslash hid the field (`General\` is no
//! distribution) and the closing marks of emphasis. A backslash ending a
//! line, not itself escaped (`\\`), is cut off and kept in [`Line::cut`],
//! reported as removed markup.

use super::Line;

/// Cuts the hard line break off the end of each line (see the module's
/// documentation). Linear: one test of the last byte a line.
pub(crate) fn cut_hard_breaks(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    for line in &mut lines {
        let b = line.text.as_bytes();
        let hard = b.len() >= 2 && b[b.len() - 1] == b'\\' && b[b.len() - 2] != b'\\';
        if !hard {
            continue;
        }
        // The backslash is ASCII: the cut is a boundary. What it leaves is
        // trimmed as lines are, so the cut counts that white space too.
        let kept = line.text[..b.len() - 1].trim_end().len();
        line.cut_marks(0, line.text.len() - kept);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines::cuts_of;

    fn cut(text: &str) -> Vec<(&str, (u8, u8))> {
        cuts_of(text, cut_hard_breaks)
    }

    #[test]
    fn ok_hard_break_cut() {
        assert_eq!(
            cut("Distr.: General\\\n*69th plenary meeting*\\\r\nx \\"),
            [
                ("Distr.: General", (0, 1)),
                ("*69th plenary meeting*", (0, 1)),
                ("x", (0, 2))
            ]
        );
    }

    #[test]
    fn err_no_hard_break() {
        for line in ["a\\\\", "\\", "a\\b", "General"] {
            assert_eq!(cut(line), [(line, (0, 0))], "{line}");
        }
    }
}
