//! A Word export's marks for what shows no text, cut off the start of a
//! line.
//!
//! The export that writes a note's reference as `[footnoteRef:3]` writes a
//! bookmark as `[bookmark: _GoBack]` (Word's own, where the file was last
//! edited, so found in most files) and an image as `[image: …]`
//! ([`word_mark`]). Before a paragraph (`[bookmark: _GoBack]\tRecalling
//! further General Assembly resolution 65/280 …`, E/RES/2018/27 so
//! exported), the mark hid its lead: the paragraph ran on into the one
//! above. At a line's start, the marks and the white space after them are
//! cut off and kept in [`Line::cut`] (reported as removed markup, as the
//! marks of emphasis around a whole line are); a line of marks alone is
//! page furniture, dropped as markup; inside a line the inline clean-up
//! takes them out.

use super::Line;
use crate::grammar::marker::word_mark;
use crate::grammar::run;

/// The length of the marks and white space that open `text`, where a mark
/// opens it and text follows.
fn leading_marks(text: &str) -> Option<usize> {
    let mut rest = text;
    while rest.starts_with('[') {
        let Some((_, after)) = run(word_mark, rest) else {
            break;
        };
        rest = after.trim_start();
    }
    let n = text.len() - rest.len();
    (n > 0 && !rest.is_empty()).then_some(n)
}

/// Cuts the Word export's marks off the start of each line (see the
/// module's documentation). Linear: one test of the first byte for most
/// lines.
pub(crate) fn cut_word_marks(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    for line in &mut lines {
        if !line.text.starts_with('[') {
            continue;
        }
        if let Some(n) = leading_marks(line.text) {
            // Longer marks than the cut's byte holds (an image's address
            // runs long) stay for the inline clean-up.
            line.cut_marks(n, 0);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines::cuts_of;

    fn cut(text: &str) -> Vec<(&str, (u8, u8))> {
        cuts_of(text, cut_word_marks)
    }

    #[test]
    fn ok_marks_cut_off_a_line_start() {
        assert_eq!(
            cut("[bookmark: _GoBack]\tRecalling further …,\n[image: ] [bookmark: x] 1. Decides"),
            [("Recalling further …,", (20, 0)), ("1. Decides", (24, 0))]
        );
    }

    #[test]
    fn err_no_mark_or_nothing_after() {
        // Alone on its line: furniture's to drop. Other brackets: text.
        for line in [
            "[image: ]",
            "[bookmark: _GoBack]",
            "[on the report of the Third Committee (A/74/394)]",
            "[footnoteRef:1] x",
            "[image: unclosed x",
            "[Bookmark: x] y",
        ] {
            assert_eq!(cut(line), [(line, (0, 0))], "{line}");
        }
        // Too long for the cut's byte: left whole.
        let long = format!("[image: {}] Recalling", "x".repeat(300));
        assert_eq!(cut(&long), [(long.as_str(), (0, 0))]);
    }
}
