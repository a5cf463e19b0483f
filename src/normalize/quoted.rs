//! A resolution quoted whole, as a press release prints it: each paragraph
//! opens with a quotation mark and the last closes with one.
//!
//! The United Nations' press releases give a resolution's text after `The
//! full text of resolution 2208 (2015) reads as follows:`, in the style of
//! a quotation that runs over paragraphs: `“The Security Council,` /
//! `“Recalling its resolution 1970 (2011) …,` / `“1. Decides …;` / `“3.
//! Decides to remain seized of the matter.”`. The marks are the quotation's,
//! not the resolution's: left in, no line would open with the formula, a
//! lead or a number, and no paragraph would end while its quote stands
//! open. From a line that is the formula after an opening mark on, the
//! opening mark of each line that opens with one (before a capital or a
//! figure) is cut off, and so is the closing mark after the last full stop.
//! Each cut is kept in [`Line::cut`] and reported as removed markup.

use super::Line;
use crate::grammar::masthead::formula;
use crate::grammar::run_all;

/// The text after an opening quotation mark that opens a quoted
/// paragraph: before a capital or a figure (`“Recalling`, `“1.`).
fn after_open_mark(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix('\u{201c}')
        .or_else(|| text.strip_prefix('"'))?;
    rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        .then_some(rest)
}

/// Cuts the quotation marks of a resolution quoted whole off its lines (see
/// the module's documentation). Linear: one test of the first byte per
/// line until such a formula is found, one per line after.
pub(crate) fn cut_quotation_marks(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let Some(first) = lines.iter().position(|l| {
        matches!(l.text.as_bytes().first(), Some(b'"' | 0xE2))
            && after_open_mark(l.text).is_some_and(|rest| run_all(formula, rest).is_some())
    }) else {
        return lines;
    };
    let mut last_cut = first;
    for (k, line) in lines.iter_mut().enumerate().skip(first) {
        if let Some(rest) = after_open_mark(line.text) {
            let cut = line.text.len() - rest.len();
            line.text = rest;
            line.span.start += cut;
            // A mark is one to three bytes.
            line.cut.0 = u8::try_from(cut).unwrap_or(u8::MAX);
            last_cut = k;
        }
    }
    // The closing mark ends the last paragraph: on the line whose mark
    // was cut last, or on a line that goes on with it before a blank one.
    let end = lines[last_cut..]
        .iter()
        .position(Line::is_blank)
        .map_or(lines.len(), |n| last_cut + n);
    if let Some(line) = lines[last_cut..end].last_mut() {
        let t = line.text;
        let before = t
            .strip_suffix('\u{201d}')
            .or_else(|| t.strip_suffix('"'))
            .filter(|b| b.ends_with('.'));
        if let Some(b) = before {
            let cut = t.len() - b.len();
            line.text = b;
            line.span.end -= cut;
            line.cut.1 = u8::try_from(cut).unwrap_or(u8::MAX);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::split_lines;

    #[test]
    fn ok_press_release_quotation() {
        let input = "The full text of resolution 2208 (2015) reads as follows:\n\
                     “The Security Council,\n“Recalling its resolution 1970 (2011),\n\
                     “1. Decides to remain seized of the matter.”\n";
        let lines = cut_quotation_marks(split_lines(input));
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        assert_eq!(
            texts[..4],
            [
                "The full text of resolution 2208 (2015) reads as follows:",
                "The Security Council,",
                "Recalling its resolution 1970 (2011),",
                "1. Decides to remain seized of the matter."
            ]
        );
        for l in &lines {
            assert_eq!(input.get(l.span.start..l.span.end), Some(l.text));
        }
        assert_eq!(lines[3].cut, (3, 3));
    }

    #[test]
    fn err_quote_inside_a_text_not_quoted_whole() {
        let input = "The General Assembly,\n“Transforming our world” is its title,\n";
        let lines = cut_quotation_marks(split_lines(input));
        assert_eq!(lines[1].text, "“Transforming our world” is its title,");
    }
}
