//! Parse the text of United Nations resolutions into a typed AST.
//!
//! Resolutions reach people as text that came out of PDFs, Word files and
//! web pages: hard line wraps, split words (`fie ld`, `high -level`),
//! footnote markers glued to words (`1993,¹`, `<sup>1</sup>`, a lone `1`),
//! footnotes and page furniture between the halves of a paragraph.
//! [`parse_resolution`] gives back the structure: masthead, sponsors or
//! adoption data, title, preambular paragraphs with their lead phrases,
//! numbered operative paragraphs with their lead verbs and subparagraphs,
//! footnotes tied to where they are cited, annexes, and a byte [`Span`] into
//! the input for every node. The citations in every paragraph and footnote
//! are typed [`Reference`]s (resolutions, decisions, documents by
//! [`DocumentSymbol`], Charter articles, treaties, sessions), each with an
//! Akoma Ntoso IRI where the AKN4UN naming convention can name it.
//!
//! ```
//! let text = "\
//! General Assembly
//! Distr.: Limited
//! 4 November 2025
//! Cuba:* draft resolution
//! Enhancement of international cooperation in the field of human rights
//! The General Assembly,
//! Recalling also its resolution 70/1 of 25 September 2015,¹
//! 1. *Calls upon* Member States to continue the dialogue;
//! 2. *Decides* to continue its consideration of the question at its eighty-first session.
//! * On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.
//! ¹ Resolution 55/2.
//! ";
//! let resolution = un_resolution::parse_resolution(text)?;
//! assert_eq!(resolution.preamble[0].lead.as_deref(), Some("Recalling also"));
//! assert_eq!(resolution.operative[0].lead.as_deref(), Some("Calls upon"));
//! assert_eq!(resolution.operative[1].number, Some(2));
//! assert_eq!(resolution.footnotes.len(), 2);
//! # Ok::<(), un_resolution::ParseError>(())
//! ```
//!
//! # Pipeline
//!
//! 1. `normalize`: lines with their spans; inline clean-up (markup, markers,
//!    broken words) on demand.
//! 2. `blocks`: lines → masthead lines, paragraphs (rejoined across page
//!    breaks and footnotes), footnotes, closing line, annexes, dropped lines.
//! 3. `structure`: blocks → [`Resolution`]: preamble and operative part,
//!    numbers, leads, nesting, footnote links, references.
//!
//! The recognisers of every line and inline form are small nom parsers in
//! `grammar/`; nom does not appear in the public API.
//!
//! # Failure
//!
//! [`ParseError`] only when the text is not a resolution at all (empty,
//! binary, too large, no preambular or operative paragraph, an amendment to
//! a draft). Everything else
//! is a [`Diagnostic`] on a best-effort AST, returned by
//! [`parse_resolution_with`]: every repair made and every input line dropped.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod akn;
mod ast;
mod blocks;
pub mod diff;
mod error;
mod grammar;
mod iri;
mod normalize;
mod options;
mod reference;
mod span;
mod structure;
mod symbol;
pub mod text;

pub use ast::{
    Adoption, AgendaItem, AgendaList, Annex, AnnexBlock, AnnexParagraph, Body, Date, Distribution,
    DocumentKind, Footnote, FootnoteMarker, FootnoteRef, Formula, Heading, LabelStyle, Masthead,
    Meeting, OperativeParagraph, Origin, OriginKind, Part, Period, PreambularParagraph,
    QuotedStructure, Resolution, Session, Sponsor, Sponsors, Status, Submitter, Subparagraph,
    Tally, Title, Vote, VoteResult,
};
pub use error::{Diagnostic, DiagnosticKind, DropReason, ParseError, ParseErrorKind, Severity};
pub use options::{Options, MAX_INPUT_LEN};
pub use reference::{Citation, Reference, SessionType, Target};
pub use span::{line_col, Span};
pub use symbol::{
    DocumentSymbol, Modifier, ModifierKind, SymbolError, SymbolQualifier, SymbolSession,
};

/// A resolution and the diagnostics of its parse.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Parsed {
    /// The best-effort AST.
    pub resolution: Resolution,
    /// Every repair made and every doubt raised, in no particular order
    /// (sort by `span` for reading order).
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses the text of one resolution.
///
/// # Errors
///
/// A [`ParseError`] when the text is not a resolution at all: empty, binary,
/// larger than [`MAX_INPUT_LEN`], with neither a preambular nor an
/// operative paragraph, or an amendment to a draft (`Brazil:* amendment to
/// draft resolution A/80/L.22`).
pub fn parse_resolution(input: &str) -> Result<Resolution, ParseError> {
    parse_resolution_with(input, &Options::default()).map(|p| p.resolution)
}

/// Parses the text of one resolution, returning its diagnostics too.
///
/// ```
/// use un_resolution::{parse_resolution_with, DiagnosticKind, Options};
/// let parsed = parse_resolution_with("The General Assembly,\nRecalling the fie ld of work,\n1. Decides;\n", &Options::default())?;
/// assert_eq!(parsed.resolution.preamble[0].text, "Recalling the field of work,");
/// assert!(parsed.diagnostics.iter().any(|d| matches!(&d.kind, DiagnosticKind::JoinedSplitWord { .. })));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
///
/// # Errors
///
/// As [`parse_resolution`], with the size limit taken from `options`.
pub fn parse_resolution_with(input: &str, options: &Options) -> Result<Parsed, ParseError> {
    check_input(input, options)?;
    let view = normalize::spaces::View::of(input);
    let lines = normalize::lines_of(&view.text);
    parse_lines(&view, input, &lines, Span::new(0, view.text.len()))
}

/// Parses a text that holds one or more resolutions (a compilation, a
/// session's volume), one [`Resolution`] each, in order.
///
/// A new resolution begins at the heading above each enacting formula
/// (`The General Assembly,`), after the closing line or last full stop of
/// the one before. Spans stay spans into the whole `input`.
///
/// ```
/// let one = "80/1. First\nThe General Assembly,\n1. Decides to meet.\n";
/// let two = "80/2. Second\nThe General Assembly,\nRecalling resolution 80/1,\n1. Decides to meet again.\n";
/// let both = format!("{one}\n{two}");
/// let all = un_resolution::parse_resolutions(&both)?;
/// assert_eq!(all.len(), 2);
/// assert_eq!(all[1].title.as_ref().map(|t| t.text.as_str()), Some("Second"));
/// assert_eq!(&both[all[1].span.start..all[1].span.start + 6], "80/2. ");
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
///
/// # Errors
///
/// As [`parse_resolution`], for the first part that is not a resolution.
pub fn parse_resolutions(input: &str) -> Result<Vec<Resolution>, ParseError> {
    parse_resolutions_with(input, &Options::default())
        .map(|all| all.into_iter().map(|p| p.resolution).collect())
}

/// As [`parse_resolutions`], with options and each part's diagnostics.
///
/// # Errors
///
/// As [`parse_resolution_with`], for the first part that is not a resolution.
pub fn parse_resolutions_with(input: &str, options: &Options) -> Result<Vec<Parsed>, ParseError> {
    check_input(input, options)?;
    let view = normalize::spaces::View::of(input);
    let lines = normalize::lines_of(&view.text);
    blocks::split_resolutions(&lines)
        .into_iter()
        .map(|range| {
            let part = &lines[range];
            let span = match (part.first(), part.last()) {
                (Some(a), Some(b)) => Span::new(a.full.start, b.full.end),
                _ => Span::default(),
            };
            parse_lines(&view, input, part, span)
        })
        .collect()
}

/// Stages 2 and 3 over `lines` (all of them, or one resolution's) of
/// `view`, the text read for `input`; the spans of the result and of an
/// error are the input's.
fn parse_lines(
    view: &normalize::spaces::View<'_>,
    input: &str,
    lines: &[normalize::Line<'_>],
    span: Span,
) -> Result<Parsed, ParseError> {
    let text: &str = &view.text;
    let layout = blocks::layout(lines);
    let mut diagnostics = Vec::new();
    let mut resolution =
        structure::build(text, lines, layout, span, &mut diagnostics).map_err(|refusal| {
            // Where no line shows the fault, the text's first character.
            let at = refusal.at.map_or_else(
                || {
                    let part = span.slice(text).unwrap_or("");
                    span.start + part.find(|c: char| !c.is_whitespace()).unwrap_or(0)
                },
                |line| line.start,
            );
            ParseError::new(refusal.kind, view.to_input(Span::new(at, at)), input)
        })?;
    // The quotation marks of a text quoted whole and the emphasis of a
    // paragraph set in bold whole, cut off their lines in stage 1:
    // reported, as all markup removed.
    for line in lines.iter().filter(|l| l.cut != (0, 0)) {
        let (open, close) = (usize::from(line.cut.0), usize::from(line.cut.1));
        for s in [
            Span::new(line.span.start - open, line.span.start),
            Span::new(line.span.end, line.span.end + close),
        ] {
            if s.start < s.end {
                diagnostics.push(Diagnostic::repair(
                    DiagnosticKind::RemovedMarkup {
                        markup: s.slice(text).unwrap_or_default().to_owned(),
                    },
                    s,
                ));
            }
        }
    }
    if !view.is_input() {
        structure::spans::for_each_span(&mut resolution, &mut |s| *s = view.to_input(*s));
        for d in &mut diagnostics {
            d.span = view.to_input(d.span);
        }
        // Those of this resolution's text (one of several in the input).
        let whole = view.to_input(span);
        for &(at, read) in &view.garbled {
            if whole.start <= at.start && at.end <= whole.end {
                diagnostics.push(Diagnostic::repair(
                    DiagnosticKind::Mojibake {
                        printed: at.slice(input).unwrap_or_default().to_owned(),
                        read,
                    },
                    at,
                ));
            }
        }
    }
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    Ok(Parsed {
        resolution,
        diagnostics,
    })
}

fn check_input(input: &str, options: &Options) -> Result<(), ParseError> {
    if input.len() > options.max_input_len {
        return Err(ParseError::new(
            ParseErrorKind::TooLarge {
                len: input.len(),
                limit: options.max_input_len,
            },
            Span::new(options.max_input_len, options.max_input_len),
            "",
        ));
    }
    if let Some((at, c)) = first_binary_char(input) {
        return Err(ParseError::new(
            ParseErrorKind::Binary { code: u32::from(c) },
            Span::new(at, at + c.len_utf8()),
            input,
        ));
    }
    if input.trim().is_empty() {
        return Err(ParseError::new(
            ParseErrorKind::Empty,
            Span::new(0, 0),
            input,
        ));
    }
    Ok(())
}

/// Stage entry points for the benches, so that `benches/parse.rs` can time
/// each stage of the pipeline alone. Compiled only with the
/// `bench-internals` feature, which the crate's own dev-dependency on itself
/// turns on for benches and tests; hidden from the docs and outside the
/// public API (no stability promise). The wrappers are opaque: they carry a
/// stage's private output to the next stage and expose nothing of it.
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
pub mod __bench {
    use crate::normalize::inline::{clean, Piece};
    use crate::normalize::lexicon::Lexicon;
    use crate::{blocks, normalize, structure, ParseErrorKind, Resolution};

    /// Stage 1's output: the input's lines.
    #[derive(Debug)]
    pub struct Lines<'s>(Vec<normalize::Line<'s>>);

    impl Lines<'_> {
        /// How many lines.
        pub fn len(&self) -> usize {
            self.0.len()
        }

        /// Whether there is no line.
        pub fn is_empty(&self) -> bool {
            self.0.is_empty()
        }
    }

    /// Stage 2's output: the blocks.
    #[derive(Debug)]
    pub struct Layout<'s>(blocks::Layout<'s>);

    /// Stage 1 (line splitting).
    pub fn lines(input: &str) -> Lines<'_> {
        Lines(normalize::lines_of(input))
    }

    /// Stage 2 (lines → blocks).
    pub fn layout<'s>(lines: &Lines<'s>) -> Layout<'s> {
        Layout(blocks::layout(&lines.0))
    }

    /// Stage 1's on-demand part, alone: the inline clean-up
    /// (`normalize::inline::clean`) of every front line, paragraph, note and
    /// annex paragraph of `layout`, as stage 3 runs it. Returns the bytes of
    /// clean text made.
    pub fn clean_all(input: &str, lines: &Lines<'_>, layout: &Layout<'_>) -> usize {
        let lex = Lexicon::new(input);
        let mut diags = Vec::new();
        let mut total = 0;
        let layout = &layout.0;
        for &i in &layout.front {
            let line = &lines.0[i];
            let piece = Piece::Text {
                text: line.text,
                span: line.span,
            };
            total += clean(&[piece], &lex, &mut diags).text.len();
        }
        let paras = layout
            .paras
            .iter()
            .chain(layout.annexes.iter().flat_map(|a| a.paras.iter()))
            .map(|p| &p.pieces);
        for pieces in paras.chain(layout.notes.iter().map(|n| &n.pieces)) {
            total += clean(pieces, &lex, &mut diags).text.len();
        }
        total
    }

    /// Stage 3 (blocks → resolution), which runs the inline clean-up.
    ///
    /// # Errors
    ///
    /// As [`parse_resolution`](crate::parse_resolution), without the input checks.
    pub fn build(
        input: &str,
        lines: &Lines<'_>,
        layout: Layout<'_>,
    ) -> Result<Resolution, ParseErrorKind> {
        structure::build(
            input,
            &lines.0,
            layout.0,
            crate::Span::new(0, input.len()),
            &mut Vec::new(),
        )
        .map_err(|refusal| refusal.kind)
    }
}

/// The first control character other than `\n`, `\r`, `\t` and form
/// feed, and where it is: `char::is_control` (U+0000–U+001F, U+007F–U+009F)
/// found bytewise, but for a C1 control inside a mojibake
/// ([`in_mojibake`]). In UTF-8 the C1 controls U+0080–U+009F are exactly the
/// byte 0xC2 followed by 0x80–0x9F, and every other byte of a multi-byte
/// character is 0x80 or above, so no character is misread.
fn first_binary_char(input: &str) -> Option<(usize, char)> {
    let bytes = input.as_bytes();
    let binary = |i: usize, b: u8| match b {
        b'\n' | b'\r' | b'\t' | 0x0c => false,
        0x00..=0x1f | 0x7f => true,
        0xc2 => {
            bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)) && !in_mojibake(input, i)
        }
        _ => false,
    };
    // Text is checked 32 bytes at a time with a test the compiler turns
    // into vector compares (a byte below 0x20 other than a newline, DEL,
    // or the lead byte of U+0080..U+00BF); only a block that has one is
    // looked at byte by byte.
    const BLOCK: usize = 32;
    let suspect = |b: u8| (b < 0x20 && b != b'\n') | (b == 0x7f) | (b == 0xc2);
    // A byte accumulator over a fixed-size block: the form that vectorises
    // (over a slice of unknown length, as `chunks` gives, the fold ran
    // byte by byte); only the last, shorter block takes the slice path.
    let suspect_block = |block: &[u8]| match <&[u8; BLOCK]>::try_from(block) {
        Ok(full) => full.iter().fold(0u8, |acc, &b| acc | u8::from(suspect(b))) != 0,
        Err(_) => block.iter().any(|&b| suspect(b)),
    };
    let at = bytes
        .chunks(BLOCK)
        .enumerate()
        .filter(|(_, block)| suspect_block(block))
        .find_map(|(n, block)| {
            let base = n * BLOCK;
            block
                .iter()
                .enumerate()
                .find(|&(k, &b)| binary(base + k, b))
                .map(|(k, _)| base + k)
        })?;
    input.get(at..)?.chars().next().map(|c| (at, c))
}

/// Whether the character at `at` is part of a mojibake (`â€\u{9d}`, the
/// `”` of a copy that read UTF-8 as Windows-1252, whose last byte 0x9D that
/// code leaves undefined and Latin-1 prints as a C1 control): no binary,
/// the view reads it back ([`normalize::mojibake`]). Its first character
/// stands at most three before.
fn in_mojibake(input: &str, at: usize) -> bool {
    let before = input.get(..at).unwrap_or_default();
    before.char_indices().rev().take(3).any(|(p, _)| {
        input
            .as_bytes()
            .get(p..)
            .and_then(normalize::mojibake::mojibake)
            .is_some_and(|(_, len)| p + len > at)
    })
}

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::first_binary_char;

    /// The definition `first_binary_char` implements bytewise.
    fn by_chars(input: &str) -> Option<(usize, char)> {
        input
            .char_indices()
            .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    }

    #[test]
    fn ok_binary_check_is_is_control() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let input = format!("é{c}x\u{85}");
            assert_eq!(first_binary_char(&input), by_chars(&input), "{c:?}");
        }
        for input in ["", "plain\n\r\t\u{c}text", "\u{7f}", "Â\u{80}", "\u{9f}"] {
            assert_eq!(first_binary_char(input), by_chars(input), "{input:?}");
        }
        // At every offset around the 32-byte blocks, after harmless
        // suspects (newlines, tabs, `Â`) and with a control character's
        // two bytes split across a block boundary.
        for at in 0..100 {
            for bad in ["\u{0}", "\u{7f}", "\u{85}", "\u{1b}"] {
                let input = format!(
                    "{}{bad}\tÂ tail",
                    "a\n\u{c}Â".repeat(at / 5) + &"b".repeat(at % 5)
                );
                assert_eq!(first_binary_char(&input), by_chars(&input), "{input:?}");
            }
            let clean = "Â\t\r\nx".repeat(at);
            assert_eq!(first_binary_char(&clean), None);
        }
    }
}
