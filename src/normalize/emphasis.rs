//! A numbered paragraph or an item set in bold or italics whole, as a
//! markdown writer prints a typeset text in bold (`**1. The Security
//! Council requests …;**`, pymupdf4llm on S/RES/1 (1946)).
//!
//! The marks open before the label and close at the line's end, so the
//! label does not close them (`**1.** *Reaffirms* …`, where it does, is
//! read by the label grammar). Left on the line, the opening marks hide the
//! label, and the closing ones, which close nothing the label's text
//! opened, read as a note's asterisks (`Cuba:**`). A line wrapped whole in
//! one run of marks (`*`, `**`, `***`, or the same of `_`), with no such run
//! inside and a paragraph number or a subparagraph label right after the
//! opening run, loses both runs; each cut is kept in [`Line::cut`] and
//! reported as removed markup. A line of text that is no paragraph's start
//! (`**The Security Council,**`, `*Recalling also*`) keeps its marks: the
//! inline clean-up takes them out with the rest of the markup.

use super::Line;
use crate::grammar::label::{
    may_be_paragraph_number, may_be_subparagraph_label, paragraph_number, subparagraph_label,
};
use crate::grammar::run;

/// The most marks of one run: bold italics, `***`.
const MAX_MARKS: usize = 3;

/// The text inside the marks of a line set in emphasis whole, where it
/// opens with a label (see the module's documentation), and how many bytes
/// each run of marks takes.
fn inside_emphasis(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let mark = *b.first().filter(|&&c| c == b'*' || c == b'_')?;
    let n = b.iter().take_while(|&&c| c == mark).count();
    // The same run at the end, not part of a longer one, and text between.
    let closes = b.len() > 2 * n
        && b[b.len() - n..].iter().all(|&c| c == mark)
        && b[b.len() - n - 1] != mark;
    if n > MAX_MARKS || !closes {
        return None;
    }
    // Marks are ASCII: the cuts are boundaries.
    let inner = text.get(n..text.len() - n)?;
    let run_of_marks = &text[..n];
    let opens_label = (may_be_paragraph_number(inner) && run(paragraph_number, inner).is_some())
        || (may_be_subparagraph_label(inner) && run(subparagraph_label, inner).is_some());
    // Markdown's rule for emphasis: no space inside either run.
    let tight = !inner.starts_with(char::is_whitespace) && !inner.ends_with(char::is_whitespace);
    (opens_label && tight && !inner.contains(run_of_marks)).then_some((inner, n))
}

/// Cuts the marks of lines set in emphasis whole that open with a label
/// (see the module's documentation). Linear: one test of the first byte
/// for most lines, the label grammars on the few that open with a mark.
pub(crate) fn cut_line_emphasis(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    for line in &mut lines {
        if let Some((_, n)) = inside_emphasis(line.text) {
            // A run is at most three bytes; a quotation mark cut before
            // lies further out, so the cuts add up.
            line.cut_marks(n, n);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines::cuts_of;
    use crate::normalize::split_lines;

    fn cut(text: &str) -> Vec<(&str, (u8, u8))> {
        cuts_of(text, cut_line_emphasis)
    }

    #[test]
    fn ok_bold_numbered_paragraph() {
        let input = "**1. Requests the Secretary-General to report;**\n";
        let lines = cut_line_emphasis(split_lines(input));
        assert_eq!(
            lines[0].text,
            "1. Requests the Secretary-General to report;"
        );
        assert_eq!(lines[0].cut, (2, 2));
        assert_eq!(lines[0].span.slice(input), Some(lines[0].text));
    }

    #[test]
    fn ok_italic_and_bold_italic_items() {
        assert_eq!(cut("*(a) To continue;*"), [("(a) To continue;", (1, 1))]);
        assert_eq!(cut("***2. Decides.***"), [("2. Decides.", (3, 3))]);
        assert_eq!(cut("__3. Decides.__"), [("3. Decides.", (2, 2))]);
    }

    #[test]
    fn err_lines_kept_whole() {
        for line in [
            // No label: the inline clean-up takes the marks out.
            "**The Security Council,**",
            "*Recalling also*",
            // The label closes its own marks.
            "**1.** *Reaffirms* the duty;",
            // Runs that differ, or marks inside of the same run.
            "**1. Decides*",
            "**1. Decides** and **notes**",
            // A space inside the run: no emphasis in markdown.
            "** 1. Decides **",
            // Marks alone, or a rule.
            "****",
            "***",
            "*",
        ] {
            assert_eq!(cut(line), [(line, (0, 0))], "{line}");
        }
    }
}
