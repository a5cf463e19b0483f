//! Notes that a Word export wrote inline, cut out into lines of their own.
//!
//! Tools that export a Word file's text the way `docx2python` does write a
//! note's reference where its superscript stood, `[footnoteRef:3]`, and the
//! note's text as a bracketed body, `[3: \t \tE/ESCWA/S-6/16.]`, most often
//! right after the paragraph that cites it, on the same line, several in a
//! row (E/RES/2021/3 as exported from the ODS Word file):
//!
//! ```text
//! … programme plan for 2021,[footnoteRef:3]  [2: \t \tE/ESCWA/S-6/14.]  [3: \t \tE/ESCWA/S-6/16.]
//! ```
//!
//! A UN editor's rule: a note's text is no paragraph text, and a paragraph
//! ends at its own final punctuation though a note follows it. So each body
//! is cut out of its line into a line of its own, marked
//! [`Line::word_note`], which stage 2 reads as a whole note; the paragraph's
//! line then ends `2021,[footnoteRef:3]`, finished, and the reference is
//! read as a marker inline.
//!
//! Only this markup is read, never ordinary brackets (`[on the report of
//! the Third Committee (A/74/394)]`, `[A/80/L.5]`): a body is `[`, a number,
//! `:` and white space ([`word_note_open`]), up to its matching `]`, and
//! only where the text cites that number with `[footnoteRef:N]`
//! ([`word_footnote_ref`]) somewhere. A document with no such reference is
//! handed back as it came, after one `memchr` for `[` per line.

use super::Line;
use crate::grammar::marker::{word_footnote_ref, word_note_open};
use crate::grammar::run;

/// `lines` with every note body a Word export wrote inline (see the
/// module's rule) cut out into a line of its own, marked as a note. Lines
/// are handed back as they were where the text cites no note with
/// `[footnoteRef:N]`; a new vector is made only then.
pub(crate) fn split_word_notes(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let cited = cited_numbers(&lines);
    if cited.is_empty() {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + cited.len());
    for line in lines {
        split_line(line, &cited, &mut out);
    }
    out
}

/// The note numbers the text cites with `[footnoteRef:N]`, sorted, once
/// each.
fn cited_numbers(lines: &[Line<'_>]) -> Vec<u32> {
    let mut cited = Vec::new();
    for line in lines {
        // Cheap first: most lines hold no bracket (`contains` on bytes is
        // a `memchr`).
        if !line.text.as_bytes().contains(&b'[') {
            continue;
        }
        for (k, _) in line.text.match_indices('[') {
            if let Some((n, _)) = run(word_footnote_ref, &line.text[k..]) {
                cited.push(n);
            }
        }
    }
    cited.sort_unstable();
    cited.dedup();
    cited
}

/// Pushes `line` to `out`, cut before and after each note body in it whose
/// number is `cited`: the text before a body, the body (marked), the text
/// after it, each a line of its own (white space between them trimmed, as
/// [`Line::cut_at`] does).
fn split_line<'s>(line: Line<'s>, cited: &[u32], out: &mut Vec<Line<'s>>) {
    let mut rest = line;
    while let Some((open, close)) = next_body(rest.text, cited) {
        let mut body = rest;
        if open > 0 {
            let (before, after) = rest.cut_at(open, false);
            out.push(before);
            // `after` opens at the `[`: no white space was trimmed off it.
            body = after;
        }
        let close = close - open;
        if close >= body.text.len() {
            out.push(Line {
                word_note: true,
                ..body
            });
            return;
        }
        let (note, after) = body.cut_at(close, false);
        out.push(Line {
            word_note: true,
            ..note
        });
        rest = after;
    }
    out.push(rest);
}

/// The first note body in `text` whose number is `cited`: the offsets of
/// its `[` and just past its matching `]`.
///
/// Brackets inside a body nest (`[4: See [the report] …]`). Where a body
/// never closes on its line, the search stops there: each byte is looked
/// at once, before or inside at most one body.
fn next_body(text: &str, cited: &[u32]) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes.get(from..)?.iter().position(|&b| b == b'[') {
        let open = from + k;
        // The opening's bytes are ASCII: `open` is a character boundary.
        let is_note = run(word_note_open, &text[open..])
            .is_some_and(|(n, _)| cited.binary_search(&n).is_ok());
        if !is_note {
            from = open + 1;
            continue;
        }
        let mut depth = 0usize;
        for (j, &b) in bytes.iter().enumerate().skip(open) {
            match b {
                b'[' => depth += 1,
                b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some((open, j + 1));
                    }
                }
                _ => {}
            }
        }
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::split_lines;

    fn texts<'s>(lines: &[Line<'s>]) -> Vec<(&'s str, bool)> {
        lines.iter().map(|l| (l.text, l.word_note)).collect()
    }

    #[test]
    fn ok_bodies_in_a_row_are_cut_out() {
        let input = "Taking note of the documents[footnoteRef:2] and of the plan for 2021,\
                     [footnoteRef:3]  [2: \t \tE/ESCWA/S-6/14.]  [3: \t \tE/ESCWA/S-6/16.] \n\
                     Taking note further of it,\n";
        let lines = split_word_notes(split_lines(input));
        assert_eq!(
            texts(&lines),
            [
                (
                    "Taking note of the documents[footnoteRef:2] and of the plan for 2021,[footnoteRef:3]",
                    false
                ),
                ("[2: \t \tE/ESCWA/S-6/14.]", true),
                ("[3: \t \tE/ESCWA/S-6/16.]", true),
                ("Taking note further of it,", false),
            ]
        );
        for l in &lines {
            assert_eq!(l.span.slice(input), Some(l.text));
        }
        // The full spans of the cut line tile it.
        assert_eq!(lines[0].full.start, 0);
        assert_eq!(lines[0].full.end, lines[1].full.start);
        assert_eq!(lines[1].full.end, lines[2].full.start);
        assert_eq!(lines[2].full.end, input.find('\n').unwrap_or_default());
    }

    #[test]
    fn ok_body_inside_a_line_and_nested_brackets() {
        let input = "Recalling it,[footnoteRef:1] [1: See [the report], annex.] and more,\n";
        let lines = split_word_notes(split_lines(input));
        assert_eq!(
            texts(&lines),
            [
                ("Recalling it,[footnoteRef:1]", false),
                ("[1: See [the report], annex.]", true),
                ("and more,", false),
            ]
        );
        // A body alone on its line is marked, not cut.
        let input = "Recalling it,[footnoteRef:1]\n[1:\tSee E/2020/12.]\n";
        let lines = split_word_notes(split_lines(input));
        assert_eq!(
            texts(&lines),
            [
                ("Recalling it,[footnoteRef:1]", false),
                ("[1:\tSee E/2020/12.]", true)
            ]
        );
    }

    #[test]
    fn err_ordinary_brackets_stay() {
        // No `[footnoteRef:N]` in the text: nothing is read.
        let input = "[on the report of the Third Committee (A/74/394)]\n\
                     [without reference to a Main Committee]\n\
                     Recalling [A/80/L.5], [2: not cited] and [10:30],\n";
        let lines = split_lines(input);
        assert_eq!(split_word_notes(lines.clone()), lines);
        // Cited notes only; a body never closed on its line is left.
        let input = "Recalling it,[footnoteRef:1] [2: uncited.] [A/80/L.5] [1: open\n";
        let lines = split_lines(input);
        assert_eq!(split_word_notes(lines.clone()), lines);
        // A body glued to no space after its colon is no body.
        let input = "Recalling it,[footnoteRef:1] [1:x]\n";
        let lines = split_lines(input);
        assert_eq!(split_word_notes(lines.clone()), lines);
    }
}
