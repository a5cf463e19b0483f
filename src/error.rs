//! The two kinds of failure: [`ParseError`] when the text is not a resolution
//! at all, and [`Diagnostic`]s on a best-effort AST for everything else.

use serde::{Deserialize, Serialize};

use crate::ast::FootnoteMarker;
use crate::span::{line_col, Span};

/// The text is not a resolution at all.
///
/// Everything short of that (a missing footnote, a numbering gap, a dropped
/// page header) is a [`Diagnostic`] on a best-effort [`Resolution`](crate::Resolution).
///
/// ```
/// let err = un_resolution::parse_resolution("   \n\n").unwrap_err();
/// assert_eq!(err.line, 1);
/// assert_eq!(
///     err.to_string(),
///     "line 1, column 1: empty input: expected the text of a resolution"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {kind}")]
#[non_exhaustive]
pub struct ParseError {
    /// What was wrong.
    pub kind: ParseErrorKind,
    /// Where, as bytes of the input.
    pub span: Span,
    /// One-based line of `span.start`.
    pub line: usize,
    /// One-based column (in characters) of `span.start`.
    pub column: usize,
}

impl ParseError {
    pub(crate) fn new(kind: ParseErrorKind, span: Span, source: &str) -> Self {
        let (line, column) = line_col(source, span.start);
        Self {
            kind,
            span,
            line,
            column,
        }
    }
}

/// What made the input unusable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// Nothing but white space.
    #[error("empty input: expected the text of a resolution")]
    Empty,
    /// A NUL or other control byte that no text format contains.
    #[error("binary input: found control character U+{code:04X}, expected text")]
    Binary {
        /// The offending character's code point.
        code: u32,
    },
    /// Longer than [`MAX_INPUT_LEN`](crate::MAX_INPUT_LEN) (or the limit in [`Options`](crate::Options)).
    #[error("input too large: {len} bytes, expected at most {limit}")]
    TooLarge {
        /// Input length in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// Text, but neither a preambular nor an operative paragraph in it.
    #[error(
        "no resolution body: expected a preambular paragraph (\"Recalling …,\") or an operative \
         paragraph (\"1. Decides …;\")"
    )]
    MissingBody,
    /// An amendment (`Russian Federation:* amendment to draft resolution
    /// A/80/L.18`): instructions to change another draft (`Delete operative
    /// paragraph 9.`), with no resolution of its own to read.
    #[error(
        "amendment to {target}: expected the text of a resolution, found changes to \
         another text"
    )]
    Amendment {
        /// The symbol of the draft amended: `A/80/L.18`.
        target: String,
    },
}

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A repair the parser made with confidence (joined split word, dropped
    /// page header): reported so that nothing changes silently.
    Repair,
    /// Something that looks wrong in the document or that the parser could
    /// only guess (a footnote with no marker, a gap in the numbering).
    Warning,
}

/// A note on the parse: a repair made or a doubt raised, with where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// How serious.
    pub severity: Severity,
    /// What happened.
    #[serde(flatten)]
    pub kind: DiagnosticKind,
    /// Bytes of the input it concerns.
    pub span: Span,
}

impl Diagnostic {
    pub(crate) fn repair(kind: DiagnosticKind, span: Span) -> Self {
        Self {
            severity: Severity::Repair,
            kind,
            span,
        }
    }

    pub(crate) fn warning(kind: DiagnosticKind, span: Span) -> Self {
        Self {
            severity: Severity::Warning,
            kind,
            span,
        }
    }

    /// A one-line message with line and column, for people:
    /// `3:1: repair: dropped line (page number)`.
    #[must_use]
    pub fn render(&self, source: &str) -> String {
        let (line, column) = line_col(source, self.span.start);
        let severity = match self.severity {
            Severity::Repair => "repair",
            Severity::Warning => "warning",
        };
        format!("{line}:{column}: {severity}: {}", self.kind)
    }
}

/// Why an input line is not part of any AST node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DropReason {
    /// A page number or counter: `2/4`.
    PageNumber,
    /// A running head repeating the symbol or the title at the top of a page.
    PageHeader,
    /// The print job number: `25-20958 (E)`, `25-20958`.
    JobNumber,
    /// The barcode text: `*2520958*`.
    Barcode,
    /// A rule: the `____` above footnotes, a markdown `---` page rule, a
    /// converter's numbered page break (`{1}------`, marker's paginated
    /// markdown).
    Separator,
    /// A link target that PDF extraction printed on its own line:
    /// `http://undocs.org/A/70/53`.
    Url,
    /// "Please recycle" and similar printing notes.
    PrintingNote,
    /// YAML front matter added by a conversion pipeline (not part of the document).
    FrontMatter,
    /// A line of punctuation alone where the title would stand: the `,`
    /// that a Word export (E/RES/2018/2) left of `The Economic and Social
    /// Council,`. A title is words.
    Punctuation,
    /// Text after the resolution's last paragraph that is none of its
    /// parts (no number, label or lead, no closing, note or annex): a web
    /// page's own links and notices under the copy it shows (`3. Decides to
    /// remain actively seized of the matter.` / `View the full document` /
    /// `Download (pdf, 32 KB)`; `Read more about this topic: …`).
    TrailingText,
    /// Markup alone on its line, which shows nothing of the text: an image
    /// a PDF converter put where the page has a picture (the emblem:
    /// `![](_page_0_Picture_1.jpeg)`) or an HTML comment (`<!-- image -->`,
    /// Docling's).
    Markup,
    /// A line the parser could not place anywhere.
    Unrecognized,
}

impl std::fmt::Display for DropReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::PageNumber => "page number",
            Self::PageHeader => "page header",
            Self::JobNumber => "job number",
            Self::Barcode => "barcode",
            Self::Separator => "separator",
            Self::Url => "URL line",
            Self::PrintingNote => "printing note",
            Self::FrontMatter => "front matter",
            Self::Punctuation => "punctuation only",
            Self::TrailingText => "text after the resolution",
            Self::Markup => "markup only",
            Self::Unrecognized => "unrecognized",
        })
    }
}

/// What a [`Diagnostic`] reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// An input line left out of the AST.
    #[error("dropped line ({reason})")]
    DroppedLine {
        /// Why.
        reason: DropReason,
    },
    /// Markup removed from paragraph text: `*Reaffirms*`, `<sup>1</sup>`, `[70/1](#)`.
    #[error("removed markup {markup:?}")]
    RemovedMarkup {
        /// The markup as printed.
        markup: String,
    },
    /// A word split by justification or a hyphen before a space, joined:
    /// `fie ld` → `field`, `high -level` → `high-level`.
    #[error("joined split word {before:?} → {after:?}")]
    JoinedSplitWord {
        /// As printed.
        before: String,
        /// As repaired.
        after: String,
    },
    /// A paragraph whose pieces were separated by footnotes, page furniture or
    /// a page break, joined into one.
    #[error("joined paragraph across a break")]
    JoinedParagraph,
    /// A line printed out of order (`17.` / `session.` / `Decides … eighty-first`)
    /// put back at the end of its paragraph.
    #[error("moved a line printed out of order to the end of its paragraph")]
    MovedLine,
    /// An item whose label the copy lost (`7. Requests …:` / `To continue
    /// …;` / `To circulate …;` / `(c) …`, one paragraph a line), given the
    /// letter of its place in the list.
    #[error("gave the item whose label was lost the letter ({label}) of its place")]
    RestoredLabel {
        /// The letter given, without brackets.
        label: String,
    },
    /// Characters garbled by a copy that read UTF-8 as Windows-1252
    /// (`â€œ`, `Â¹`, `Ã©`), read as the character they stand for.
    #[error("read the garbled {printed:?} as {read:?}")]
    Mojibake {
        /// As printed.
        printed: String,
        /// The character read.
        read: char,
    },
    /// A footnote reference marker that no footnote text answers.
    #[error("footnote marker {marker} has no footnote text")]
    MissingFootnote {
        /// The marker.
        marker: FootnoteMarker,
    },
    /// A footnote text that no marker in the document cites.
    #[error("footnote {marker} is not cited")]
    UncitedFootnote {
        /// The marker.
        marker: FootnoteMarker,
    },
    /// Footnote numbers out of sequence (missing or repeated).
    #[error("footnote numbering: expected {expected}, found {found}")]
    FootnoteSequence {
        /// The number the sequence called for.
        expected: u32,
        /// The number printed.
        found: u32,
    },
    /// Operative numbers out of sequence (gap, repeat or restart).
    #[error("paragraph numbering: expected {expected}, found {found}")]
    NumberingGap {
        /// The number the sequence called for.
        expected: u32,
        /// The number printed.
        found: u32,
    },
    /// A subparagraph label that continues no open list and opens none
    /// (`(d)` straight after `(a)`): placed in the innermost list.
    #[error("subparagraph label ({label}) out of sequence")]
    LabelOutOfSequence {
        /// The label without brackets.
        label: String,
    },
    /// A paragraph whose opening words are not a recognised lead phrase.
    #[error("no lead phrase recognised")]
    MissingLead,
    /// Text before the formula that no masthead field explains.
    #[error("masthead line not recognised: {text:?}")]
    UnrecognizedMasthead {
        /// The line.
        text: String,
    },
}
