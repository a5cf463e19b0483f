//! Stage 1: normalise.
//!
//! Input: the caller's `&str`. Output: [`Line`]s (borrowed slices with their
//! byte spans, white space and form feeds trimmed) and, on request of later
//! stages, clean one-line prose for a run of line pieces ([`inline::clean`]).
//!
//! Never reorders the input, never decides structure; copies it only where
//! it holds no-break spaces or soft hyphens.
//!
//! Rules, with real examples:
//! - No-break and other Unicode spaces are read as ASCII spaces, soft
//!   hyphens and zero-width characters as nothing, through a copy whose
//!   spans are carried back to the input (see [`spaces`]).
//! - UTF-8 garbled by a copy that read it as Windows-1252 (`â€œ`, `Â¹`,
//!   `CÃ´te dâ€™Ivoire`) is read as the characters it stands for, through
//!   the same copy (see [`mojibake`]).
//! - `\r\n` and `\n` end lines; a form feed (`\f`, pdftotext's page break)
//!   marks the line it starts as the first of a page.
//! - A page's head glued to the last line of the page before (pages joined
//!   with no line break) is cut off into a line of its own (see [`glued`]).
//! - A document whose lines were run together into one (a dataset's cell,
//!   white space collapsed: `… 74/132. Report of the Human Rights Council
//!   The General Assembly, Recalling its resolutions …, Recalling also …`)
//!   is cut into its units where the text marks them: the formula, each
//!   lead after a paragraph's comma, each number after a `;`, labels, the
//!   closing line, the rule and each note (see [`run_in`]).
//! - A numbered paragraph run into the line of the one before (`… persons.8
//!   6. We recall …`, extractors that join a paragraph's lines) is cut off
//!   into a line of its own (see [`run_on`]).
//! - A note a Word export wrote inline after the paragraph that cites it
//!   (`… for 2021,[footnoteRef:3]  [3: \t \tE/ESCWA/S-6/16.]`) is cut out
//!   into a line of its own, marked as a note (see [`word_notes`]).
//! - A resolution quoted whole, as a press release prints it (`“The
//!   Security Council,` / `“Recalling …,` / `“3. Decides … matter.”`),
//!   loses the quotation's marks (see [`quoted`]).
//! - A numbered paragraph or item set in bold or italics whole (`**1.
//!   Requests …;**`) loses the marks around it, which hid its label (see
//!   [`emphasis`]).
//! - Pandoc's hard line break, a backslash ending a line (`Distr.:
//!   General\`), is cut off (see [`hard_break`]).
//! - A Word export's marks for a bookmark or an image (`[bookmark:
//!   _GoBack]`, `[image: …]`) at a line's start are cut off, as they hid
//!   the lead after them (see [`word_marks`]).
//! - YAML front matter of conversion pipelines (`---` / `symbol: A/RES/80/2` /
//!   `---` at the very top) is no part of the document: its lines are dropped.
//! - Inline (see [`inline`]): `<sup>1</sup>`, `¹`, `[^1]`, `[footnoteRef:1]`
//!   become footnote references; `*Reaffirms*`, `**…**`, `[70/1](#)` lose their markup; NBSP
//!   becomes a space and U+2011 a hyphen; `high -level` → `high-level`,
//!   `twenty -` / `eighth` → `twenty-eighth`, `fie ld` → `field` (by the lexicon).

pub(crate) mod emphasis;
pub(crate) mod glued;
pub(crate) mod hard_break;
pub(crate) mod inline;
pub(crate) mod lexicon;
pub(crate) mod lines;
pub(crate) mod mojibake;
pub(crate) mod quoted;
pub(crate) mod run_in;
pub(crate) mod run_on;
pub(crate) mod spaces;
pub(crate) mod word_marks;
pub(crate) mod word_notes;

pub(crate) use lines::{split_lines, Line};

/// Stage 1's lines of `text`: split, notes a Word export wrote inline cut
/// out, a document run together on one line cut into its units, page heads
/// glued to a line cut off, numbered paragraphs run into the line before
/// cut off, Pandoc's hard line breaks cut off, and the marks of
/// quotations, of a Word export (bookmarks, images) and of emphasis around
/// whole paragraphs cut off.
pub(crate) fn lines_of(text: &str) -> Vec<Line<'_>> {
    // Notes first: a note's text is never cut as a paragraph (`[1: See
    // para. 4. 5. Decides …]` stays whole), by the run-in cut or the
    // run-on one.
    let lines = run_in::split_run_in_lines(word_notes::split_word_notes(split_lines(text)));
    let lines = hard_break::cut_hard_breaks(run_on::split_run_on_paragraphs(
        glued::split_glued_heads(lines),
    ));
    emphasis::cut_line_emphasis(word_marks::cut_word_marks(quoted::cut_quotation_marks(
        lines,
    )))
}
