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
//! - No-break and other Unicode spaces are read as ASCII spaces and soft
//!   hyphens as nothing, through a copy whose spans are carried back to the
//!   input (see [`spaces`]).
//! - `\r\n` and `\n` end lines; a form feed (`\f`, pdftotext's page break)
//!   marks the line it starts as the first of a page.
//! - A page's head glued to the last line of the page before (pages joined
//!   with no line break) is cut off into a line of its own (see [`glued`]).
//! - A numbered paragraph run into the line of the one before (`… persons.8
//!   6. We recall …`, extractors that join a paragraph's lines) is cut off
//!   into a line of its own (see [`run_on`]).
//! - YAML front matter of conversion pipelines (`---` / `symbol: A/RES/80/2` /
//!   `---` at the very top) is no part of the document: its lines are dropped.
//! - Inline (see [`inline`]): `<sup>1</sup>`, `¹`, `[^1]` become footnote
//!   references; `*Reaffirms*`, `**…**`, `[70/1](#)` lose their markup; NBSP
//!   becomes a space and U+2011 a hyphen; `high -level` → `high-level`,
//!   `twenty -` / `eighth` → `twenty-eighth`, `fie ld` → `field` (by the lexicon).

pub(crate) mod glued;
pub(crate) mod inline;
pub(crate) mod lexicon;
pub(crate) mod lines;
pub(crate) mod run_on;
pub(crate) mod spaces;

pub(crate) use lines::{split_lines, Line};

/// Stage 1's lines of `text`: split, page heads glued to a line cut off,
/// and numbered paragraphs run into the line before cut off.
pub(crate) fn lines_of(text: &str) -> Vec<Line<'_>> {
    run_on::split_run_on_paragraphs(glued::split_glued_heads(split_lines(text)))
}
