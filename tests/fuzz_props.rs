//! Property tests (proptest, stable Rust): random text, and every fixture of
//! `testdata/` mutated (lines deleted, duplicated, swapped; markers, labels,
//! page furniture and odd Unicode inserted). For every case: no panic; an
//! `Err` has a one-based position and a message; an `Ok` has every span in
//! bounds and on character boundaries, segments inside their node and in
//! order, footnote offsets inside their text, diagnostics in bounds; and
//! its JSON round trip gives an equal `Resolution` (and equal diagnostics).
//!
//! ```text
//! cargo test --test fuzz_props                                  # CI: a few hundred cases
//! PROPTEST_CASES=500000 cargo test --release --test fuzz_props  # the long run (1,000,000 cases)
//! ```
//!
//! `PROPTEST_CASES` sets the cases of each property (there are two). A
//! failure is shrunk to a small input and printed; it then becomes a named
//! test in `tests/regressions.rs`.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use un_resolution::{parse_resolution_with, Options, Parsed, Resolution, Span};

/// Cases of each property: `PROPTEST_CASES`, or a count that keeps the
/// debug-build run of CI within a few seconds.
fn config(default_cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default_cases);
    Config {
        cases,
        // Failures become named tests in tests/regressions.rs instead.
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

fn read_texts(dir: &Path, out: &mut Vec<String>) {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            read_texts(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt" || e == "md") {
            out.push(common::read(&p));
        }
    }
}

/// Every text of `testdata/` (seeds and corpus).
fn fixtures() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let mut out = Vec::new();
        read_texts(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata"),
            &mut out,
        );
        assert!(out.len() > 10, "fixtures missing");
        out
    })
}

/// What a mutation inserts: markers, labels, page furniture, markup, odd
/// Unicode (combining marks, bidi and zero-width controls, case mappings
/// that change a length, a Kelvin sign that lower-cases to ASCII).
const INSERTS: &[&str] = &[
    "¹",
    // A Word export's marks, whole and cut short.
    "[bookmark: _GoBack]\t",
    "[image: ]",
    "[image: ",
    // Mojibake: UTF-8 read as Windows-1252, whole and cut short.
    "â€œ",
    "â€\u{9d}",
    "Â¹",
    "Ã©",
    "Ã",
    "â€",
    "\u{9d}",
    "²³",
    "⁴⁵⁶⁷⁸⁹⁰",
    "<sup>12</sup>",
    "<sup>",
    "</sup>",
    "[^3]",
    "[^",
    "*",
    "**",
    "***",
    "_",
    "1",
    "99",
    "12. ",
    "1.",
    "(a) ",
    "(ii) ",
    "(aa) ",
    "a. ",
    "- ",
    "• ",
    "\n",
    "\n\n",
    "\r\n",
    "\u{c}",
    "\u{c}A/RES/80/2\n",
    "A/80/L.41\n",
    "2/4\n",
    "25-20958 (E)\n",
    "*2520958*\n",
    "____\n",
    "---\n",
    "https://undocs.org/A/RES/80/2\n",
    "The General Assembly,\n",
    "\nA\n",
    "\nB\nTitle of a part\n",
    "Recalling ",
    "Decides ",
    "Annex\n",
    "-",
    " -",
    "- ",
    "[70/1](#)",
    "\\(",
    "# ",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\u{2011}",
    "\u{2010}",
    "\u{ad}",
    "\u{200b}",
    "\u{202e}",
    "\u{feff}",
    "e\u{301}",
    "\u{301}",
    "İ",
    "ß",
    "ΟΔΟΣ",
    "\u{212a}",
    "ǅ",
    "🇺🇳",
    "😀",
    "fie ld",
    "recon-\nciliation",
    "twenty -\neighth",
    // Extractors' forms: PDFium's joined hyphen, a soft hyphen at a line
    // end, pymupdf4llm's quoted and bulleted notes, rule and note on a line,
    // a bullet before a label or the origin, a lone series letter.
    "\u{fffe}",
    "\u{ad}\n",
    "- On behalf of the Group,\n",
    "> ",
    "> * ",
    "> 2 ",
    "**________** 3 ",
    "- (c) ",
    "- [ ",
    "\nA\nUnited Nations /RES/80/2\n",
    "<sup>2</sup>",
    // Pandoc's and the PDF-to-markdown converters' forms: bracketed and
    // raised numbers, escaped brackets, images, comments, page breaks, a
    // bullet before a number.
    "[1]",
    "[1] ",
    "[2",
    "^1^",
    "^",
    "$^{1}$",
    "$^{",
    "$",
    "\\[",
    "![](a.jpg)",
    "![",
    "<!-- image -->",
    "<!--",
    "-->",
    "{1}------\n",
    "- 1. ",
    "&nbsp;",
    "&#8220;",
    "&",
];

/// A mutation, with indices taken modulo the line count when applied.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    /// Insert `INSERTS[piece]` at the byte `at` (moved back to a character
    /// boundary) of line `line`.
    Insert {
        line: usize,
        at: usize,
        piece: usize,
    },
    /// Insert arbitrary text.
    InsertText {
        line: usize,
        at: usize,
        text: String,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => any::<usize>().prop_map(Mutation::Delete),
        2 => any::<usize>().prop_map(Mutation::Duplicate),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        4 => (any::<usize>(), any::<usize>(), 0..INSERTS.len())
            .prop_map(|(line, at, piece)| Mutation::Insert { line, at, piece }),
        1 => (any::<usize>(), any::<usize>(), ".{0,12}")
            .prop_map(|(line, at, text)| Mutation::InsertText { line, at, text }),
    ]
}

fn insert_at(line: &mut String, at: usize, text: &str) {
    let mut at = at % (line.len() + 1);
    while !line.is_char_boundary(at) {
        at -= 1;
    }
    line.insert_str(at, text);
}

/// `text` with `mutations` applied, line by line.
fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    for m in mutations {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let n = lines.len();
        match m {
            Mutation::Delete(i) => {
                lines.remove(i % n);
            }
            Mutation::Duplicate(i) => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            Mutation::Swap(a, b) => lines.swap(a % n, b % n),
            Mutation::Insert { line, at, piece } => {
                insert_at(&mut lines[line % n], *at, INSERTS[*piece]);
            }
            Mutation::InsertText { line, at, text } => insert_at(&mut lines[line % n], *at, text),
        }
    }
    lines.concat()
}

/// Random text: arbitrary Unicode, or a run of the pieces the parser
/// treats specially joined by spaces and newlines.
fn random_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => (0..INSERTS.len()).prop_map(|i| INSERTS[i].to_owned()),
        2 => "[a-zA-Z]{1,12}",
        1 => Just(" ".to_owned()),
        1 => Just("\n".to_owned()),
    ];
    prop_oneof![
        1 => any::<String>(),
        3 => proptest::collection::vec(piece, 0..300).prop_map(|p| p.join(" ")),
    ]
}

// ---------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------

fn span_ok(input: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= input.len()
        && input.is_char_boundary(span.start)
        && input.is_char_boundary(span.end)
}

/// Every invariant of one parse of `input`.
fn check(input: &str) -> Result<(), TestCaseError> {
    let parsed = match parse_resolution_with(input, &Options::default()) {
        Ok(parsed) => parsed,
        Err(e) => {
            prop_assert!(e.line >= 1 && e.column >= 1, "error position {e:?}");
            prop_assert!(!e.to_string().is_empty());
            return Ok(());
        }
    };
    let r = &parsed.resolution;
    prop_assert_eq!(r.span, Span::new(0, input.len()));
    for n in common::node_spans(r) {
        prop_assert!(span_ok(input, n.span), "{} span {:?}", n.what, n.span);
        for seg in &n.segments {
            prop_assert!(
                span_ok(input, *seg) && n.span.contains(*seg),
                "{} segment {:?} outside {:?}",
                n.what,
                seg,
                n.span
            );
        }
        prop_assert!(
            n.segments.windows(2).all(|w| w[0].end <= w[1].start),
            "{} segments out of order",
            n.what
        );
        if let Some((text, offsets)) = &n.text {
            for &o in offsets {
                prop_assert!(
                    o <= text.len() && text.is_char_boundary(o),
                    "{} footnote offset {} outside its text",
                    n.what,
                    o
                );
            }
        }
    }
    for d in &parsed.diagnostics {
        prop_assert!(span_ok(input, d.span), "diagnostic {:?}", d);
        prop_assert!(!d.render(input).is_empty());
    }
    // JSON round trips: the resolution alone, and with its diagnostics.
    let json = serde_json::to_string(r).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: Resolution =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
    prop_assert_eq!(&back, r);
    prop_assert!(back.same_content(r));
    let json = serde_json::to_string(&parsed).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: Parsed =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(back, parsed);
    Ok(())
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn random_text_holds_invariants(text in random_text()) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn mutated_fixtures_hold_invariants(
        index in any::<usize>(),
        mutations in proptest::collection::vec(mutation(), 1..12),
    ) {
        let fixtures = fixtures();
        let text = mutate(&fixtures[index % fixtures.len()], &mutations);
        check(&text)?;
    }
}

#[test]
fn mutations_do_what_they_say() {
    let text = "a\nb\nc\n";
    assert_eq!(mutate(text, &[Mutation::Delete(4)]), "a\nc\n");
    assert_eq!(mutate(text, &[Mutation::Duplicate(0)]), "a\na\nb\nc\n");
    assert_eq!(mutate(text, &[Mutation::Swap(0, 2)]), "c\nb\na\n");
    let inserted = mutate(
        "é\n",
        &[Mutation::Insert {
            line: 0,
            at: 1,
            piece: 0,
        }],
    );
    assert_eq!(inserted, "¹é\n");
}
