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
//! binary, too large, no preambular or operative paragraph). Everything else
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
    Adoption, AgendaItem, Annex, AnnexBlock, AnnexParagraph, Body, Date, Distribution, Footnote,
    FootnoteMarker, FootnoteRef, Formula, Heading, LabelStyle, Masthead, Meeting,
    OperativeParagraph, Origin, OriginKind, PreambularParagraph, QuotedStructure, Resolution,
    Session, Sponsor, Sponsors, Status, Submitter, Subparagraph, Tally, Title, Vote, VoteResult,
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
/// larger than [`MAX_INPUT_LEN`], or with neither a preambular nor an
/// operative paragraph.
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
    let lines = normalize::split_lines(input);
    parse_lines(input, &lines, Span::new(0, input.len()))
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
    let lines = normalize::split_lines(input);
    blocks::split_resolutions(&lines)
        .into_iter()
        .map(|range| {
            let part = &lines[range];
            let span = match (part.first(), part.last()) {
                (Some(a), Some(b)) => Span::new(a.full.start, b.full.end),
                _ => Span::default(),
            };
            parse_lines(input, part, span)
        })
        .collect()
}

/// Stages 2 and 3 over `lines` (all of them, or one resolution's).
fn parse_lines(
    input: &str,
    lines: &[normalize::Line<'_>],
    span: Span,
) -> Result<Parsed, ParseError> {
    let layout = blocks::layout(lines);
    let mut diagnostics = Vec::new();
    let resolution =
        structure::build(input, lines, layout, span, &mut diagnostics).map_err(|kind| {
            let text = span.slice(input).unwrap_or("");
            let at = span.start + text.find(|c: char| !c.is_whitespace()).unwrap_or(0);
            ParseError::new(kind, Span::new(at, at), input)
        })?;
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
    if let Some((at, c)) = input
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    {
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

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
