//! No-panic tests over mangled input: truncated, line-deleted and shuffled
//! seeds, random bytes, random strings of the characters the parser treats
//! specially, and degenerate inputs (empty, white space, 1 MB lines).
//!
//! Every case must give either an `Err(ParseError)` with a usable position
//! and message, or an `Ok` best-effort AST whose spans, segments and
//! footnote offsets are all in bounds and on character boundaries, and whose
//! JSON round trip is lossless. A failing test names every failing case.

#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use un_resolution::{
    parse_resolution_with, Annex, AnnexBlock, AnnexParagraph, FootnoteRef, OperativeParagraph,
    Options, Parsed, PreambularParagraph, Resolution, Span, Status, Subparagraph,
};

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

/// Marsaglia's xorshift64: tiny, deterministic, good enough for fuzzing.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // The state must never be zero; mix the seed so that 1, 2, 3 … differ.
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform-ish in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

fn seeds() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    files
        .into_iter()
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            (stem, text)
        })
        .collect()
}

/// The lines of `text`, each with its `\n` (the last one may have none).
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// Pieces that the parser treats specially: markers, labels, markup, page
/// furniture, lead phrases, odd spaces and hyphens, combining marks, a BOM.
const TRICKY: &[&str] = &[
    "\n",
    "\r",
    "\t",
    "\u{c}",
    "*",
    "**",
    "_",
    "#",
    "-",
    "–",
    "—",
    "•",
    "(",
    ")",
    "[",
    "]",
    "^",
    ":",
    ";",
    ",",
    ".",
    "<",
    ">",
    "/",
    "sup",
    "</sup>",
    "<sup>",
    "¹",
    "²",
    "³",
    "⁴",
    "1",
    "2",
    "9.",
    "12.",
    "(a)",
    "(ii)",
    "(aa)",
    "A/RES/80/204",
    "The General Assembly,",
    "Recalling",
    "Decides",
    "Calls upon",
    "25-20958 (E)",
    "*2520958*",
    "2/4",
    "____",
    "---",
    "http://x.org/a",
    "\u{a0}",
    "\u{2011}",
    "\u{ad}",
    "é",
    "e\u{301}",
    "\u{301}",
    "🇺🇳",
    "😀",
    "\u{feff}",
];

/// A random string of 1..400 tricky pieces; the separator mode varies.
fn tricky_text(rng: &mut Rng) -> String {
    let picks = 1 + rng.below(400);
    let mode = rng.below(4);
    let mut out = String::new();
    for _ in 0..picks {
        out.push_str(TRICKY[rng.below(TRICKY.len())]);
        match mode {
            0 => {}
            1 => out.push(' '),
            2 => {
                if rng.below(4) == 0 {
                    out.push('\n');
                } else {
                    out.push(' ');
                }
            }
            _ => match rng.below(6) {
                0 => out.push('\n'),
                1 | 2 => out.push(' '),
                3 => out.push_str("\n\n"),
                _ => {}
            },
        }
    }
    out
}

/// Random bytes of length 0..4096; when `printable`, mostly ASCII text with
/// newlines and some high bytes, so that inputs get past the binary check.
fn random_bytes(rng: &mut Rng, printable: bool) -> Vec<u8> {
    let len = rng.below(4096);
    (0..len)
        .map(|_| {
            let r = rng.next_u64();
            if !printable {
                return r as u8;
            }
            match r % 16 {
                0 => b'\n',
                1 => b' ',
                2 => 0x80 | (r >> 8) as u8,
                _ => 0x20 + ((r >> 8) % 95) as u8,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------

/// Collects invariant violations over one parse of `input`.
struct Checker<'a> {
    input: &'a str,
    problems: Vec<String>,
}

impl Checker<'_> {
    fn fail(&mut self, msg: String) {
        // A broken AST can violate the same rule on every node: keep a few.
        if self.problems.len() < 8 {
            self.problems.push(msg);
        }
    }

    /// `start <= end <= input.len()`, both on character boundaries.
    fn span(&mut self, path: &str, span: Span) {
        let len = self.input.len();
        if span.start > span.end || span.end > len {
            self.fail(format!(
                "{path}: span {}..{} out of bounds (input {len} bytes)",
                span.start, span.end
            ));
        } else if !self.input.is_char_boundary(span.start) || !self.input.is_char_boundary(span.end)
        {
            self.fail(format!(
                "{path}: span {}..{} not on char boundaries",
                span.start, span.end
            ));
        }
    }

    /// `inner` is a valid span and lies inside `outer`.
    fn within(&mut self, path: &str, outer: Span, inner: Span) {
        self.span(path, inner);
        if !outer.contains(inner) {
            self.fail(format!(
                "{path}: span {}..{} not inside parent span {}..{}",
                inner.start, inner.end, outer.start, outer.end
            ));
        }
    }

    /// The node's span, and every segment inside it.
    fn node(&mut self, path: &str, span: Span, segments: &[Span]) {
        self.span(path, span);
        for (i, &seg) in segments.iter().enumerate() {
            self.within(&format!("{path}.segments[{i}]"), span, seg);
        }
    }

    /// Every footnote offset is `<= text.len()` and on a char boundary of `text`.
    fn refs(&mut self, path: &str, text: &str, refs: &[FootnoteRef]) {
        for (i, r) in refs.iter().enumerate() {
            if r.offset > text.len() || !text.is_char_boundary(r.offset) {
                self.fail(format!(
                    "{path}.footnote_refs[{i}]: offset {} invalid in text of {} bytes {:?}",
                    r.offset,
                    text.len(),
                    preview(text, 80)
                ));
            }
        }
    }

    fn subparagraphs(&mut self, path: &str, parent: Span, subs: &[Subparagraph]) {
        for (i, s) in subs.iter().enumerate() {
            let p = format!("{path}.subparagraphs[{i}]");
            self.node(&p, s.span, &s.segments);
            // Documented: a paragraph's span covers its subparagraphs.
            self.within(&p, parent, s.span);
            self.refs(&p, &s.text, &s.footnote_refs);
            self.subparagraphs(&p, s.span, &s.subparagraphs);
        }
    }

    fn preambular(&mut self, path: &str, p: &PreambularParagraph) {
        self.node(path, p.span, &p.segments);
        self.refs(path, &p.text, &p.footnote_refs);
        self.subparagraphs(path, p.span, &p.subparagraphs);
    }

    fn operative(&mut self, path: &str, p: &OperativeParagraph) {
        self.node(path, p.span, &p.segments);
        self.refs(path, &p.text, &p.footnote_refs);
        self.subparagraphs(path, p.span, &p.subparagraphs);
        if let Some(h) = &p.heading {
            self.span(&format!("{path}.heading"), h.span);
        }
    }

    fn annex_paragraph(&mut self, path: &str, p: &AnnexParagraph) {
        self.node(path, p.span, &p.segments);
        self.refs(path, &p.text, &p.footnote_refs);
        self.subparagraphs(path, p.span, &p.subparagraphs);
    }

    fn annex(&mut self, path: &str, a: &Annex) {
        self.span(path, a.span);
        for (i, block) in a.blocks.iter().enumerate() {
            let p = format!("{path}.blocks[{i}]");
            match block {
                AnnexBlock::Heading(h) => self.within(&p, a.span, h.span),
                AnnexBlock::Paragraph(para) => {
                    self.annex_paragraph(&p, para);
                    self.within(&p, a.span, para.span);
                }
                _ => {}
            }
        }
    }

    fn resolution(&mut self, r: &Resolution) {
        self.span("resolution", r.span);
        if let Some(span) = r.masthead.span {
            self.span("masthead", span);
        }
        match &r.status {
            Status::Draft {
                sponsors: Some(s), ..
            } => {
                self.span("sponsors", s.span);
                self.refs("sponsors", &s.text, &s.footnote_refs);
                for (i, sponsor) in s.list.iter().enumerate() {
                    self.refs(
                        &format!("sponsors.list[{i}]"),
                        &sponsor.name,
                        &sponsor.footnote_refs,
                    );
                }
            }
            Status::Adopted { adoption, .. } => {
                if let Some(o) = &adoption.origin {
                    self.span("adoption.origin", o.span);
                }
                if let Some(m) = &adoption.meeting {
                    self.span("adoption.meeting", m.span);
                }
                if let Some(v) = &adoption.vote {
                    self.span("adoption.vote", v.span);
                }
            }
            _ => {}
        }
        if let Some(t) = &r.title {
            self.node("title", t.span, &t.segments);
        }
        if let Some(f) = &r.formula {
            self.span("formula", f.span);
        }
        for (i, p) in r.preamble.iter().enumerate() {
            self.preambular(&format!("preamble[{i}]"), p);
        }
        for (i, p) in r.operative.iter().enumerate() {
            self.operative(&format!("operative[{i}]"), p);
        }
        for (i, f) in r.footnotes.iter().enumerate() {
            self.node(&format!("footnotes[{i}]"), f.span, &f.segments);
        }
        for (i, a) in r.annexes.iter().enumerate() {
            self.annex(&format!("annexes[{i}]"), a);
        }
    }

    fn parsed(&mut self, parsed: &Parsed) {
        self.resolution(&parsed.resolution);
        for (i, d) in parsed.diagnostics.iter().enumerate() {
            self.span(&format!("diagnostics[{i}] ({:?})", d.kind), d.span);
        }
        let r = &parsed.resolution;
        match serde_json::to_string(r) {
            Err(e) => self.fail(format!("resolution does not serialise: {e}")),
            Ok(json) => match serde_json::from_str::<Resolution>(&json) {
                Err(e) => self.fail(format!("JSON does not deserialise: {e}: {json}")),
                Ok(back) if back != *r => {
                    self.fail(format!("JSON round trip changed the resolution: {json}"));
                }
                Ok(_) => {}
            },
        }
        match serde_json::to_string(parsed) {
            Err(e) => self.fail(format!("parse result does not serialise: {e}")),
            Ok(json) => match serde_json::from_str::<Parsed>(&json) {
                Err(e) => self.fail(format!("parse result JSON does not deserialise: {e}")),
                Ok(back) if back != *parsed => {
                    self.fail("JSON round trip changed the diagnostics".to_owned());
                }
                Ok(_) => {}
            },
        }
    }
}

/// Parses `input` and returns whether it parsed, and every invariant
/// violation (none when fine).
fn check(input: &str) -> (bool, Vec<String>) {
    match parse_resolution_with(input, &Options::default()) {
        Ok(parsed) => {
            let mut checker = Checker {
                input,
                problems: Vec::new(),
            };
            checker.parsed(&parsed);
            (true, checker.problems)
        }
        Err(e) => {
            let mut problems = Vec::new();
            if e.line < 1 || e.column < 1 {
                problems.push(format!(
                    "error position {}:{} not one-based",
                    e.line, e.column
                ));
            }
            if e.to_string().is_empty() {
                problems.push("empty error message".to_owned());
            }
            (false, problems)
        }
    }
}

fn preview(text: &str, max_chars: usize) -> String {
    let mut out: String = text.chars().take(max_chars).collect();
    if text.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}

/// Runs named cases, catching panics, and fails once at the end naming
/// every failing case.
struct Runner {
    test: &'static str,
    cases: usize,
    parsed: usize,
    failures: Vec<String>,
}

impl Runner {
    fn new(test: &'static str) -> Self {
        Self {
            test,
            cases: 0,
            parsed: 0,
            failures: Vec::new(),
        }
    }

    fn case(&mut self, name: &str, input: &str) {
        self.cases += 1;
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(input)));
        let problem = match outcome {
            Ok((ok, problems)) => {
                self.parsed += usize::from(ok);
                if problems.is_empty() {
                    return;
                }
                problems.join("\n    ")
            }
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "<non-string panic payload>".to_owned());
                format!("PANIC: {msg}")
            }
        };
        self.failures.push(format!(
            "case {name} (input {} bytes, starts {:?}):\n    {problem}",
            input.len(),
            preview(input, 120)
        ));
    }

    fn finish(self) {
        eprintln!(
            "{}: {} cases, {} parsed (Ok), {} refused (Err)",
            self.test,
            self.cases,
            self.parsed,
            self.cases - self.parsed
        );
        if self.failures.is_empty() {
            return;
        }
        let mut report = format!(
            "{}: {} of {} cases failed",
            self.test,
            self.failures.len(),
            self.cases
        );
        for f in self.failures.iter().take(25) {
            let _ = write!(report, "\n  {f}");
        }
        if self.failures.len() > 25 {
            let _ = write!(report, "\n  … and {} more", self.failures.len() - 25);
        }
        panic!("{report}");
    }
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[test]
fn seeds_parse_and_hold_invariants() {
    let mut run = Runner::new("seeds_parse_and_hold_invariants");
    for (stem, text) in seeds() {
        run.case(&stem, &text);
    }
    run.finish();
}

/// The case behind the `not inside parent span` failures of the random
/// tests, as a resolution would print it: `Subparagraph::span` is documented
/// to cover its nested items.
#[test]
fn subparagraph_span_covers_nested_items() {
    let mut run = Runner::new("subparagraph_span_covers_nested_items");
    run.case(
        "(a) with nested (i), (ii)",
        "The General Assembly,\n1. Decides:\n(a) To do the following:\n(i) one;\n(ii) two;\n(b) Other.\n",
    );
    run.case("minimal: 1. (a) (i)", "1. :\n(a) :\n(i)");
    run.finish();
}

#[test]
fn no_panic_on_truncated_seeds() {
    let mut run = Runner::new("no_panic_on_truncated_seeds");
    for (stem, text) in seeds() {
        let mut end = 0;
        for (i, line) in lines(&text).iter().enumerate() {
            end += line.len();
            run.case(&format!("{stem} cut after line {}", i + 1), &text[..end]);
        }
    }
    run.finish();
}

#[test]
fn no_panic_on_seeds_with_a_line_deleted() {
    let mut run = Runner::new("no_panic_on_seeds_with_a_line_deleted");
    for (stem, text) in seeds() {
        let lines = lines(&text);
        for skip in 0..lines.len() {
            let mangled: String = lines
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, l)| *l)
                .collect();
            run.case(&format!("{stem} without line {}", skip + 1), &mangled);
        }
    }
    run.finish();
}

#[test]
fn no_panic_on_shuffled_seeds() {
    const SHUFFLES: u64 = 20;
    let mut run = Runner::new("no_panic_on_shuffled_seeds");
    for (n, (stem, text)) in seeds().into_iter().enumerate() {
        // Make every line end with a newline so that shuffling cannot glue two lines.
        let mut lines: Vec<String> = lines(&text)
            .into_iter()
            .map(|l| {
                if l.ends_with('\n') {
                    l.to_owned()
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        for s in 0..SHUFFLES {
            let seed = 1000 * (n as u64 + 1) + s;
            Rng::new(seed).shuffle(&mut lines);
            run.case(
                &format!("{stem} shuffled (rng seed {seed})"),
                &lines.concat(),
            );
        }
    }
    run.finish();
}

#[test]
fn no_panic_on_random_bytes() {
    const BUFFERS: u64 = 300;
    let mut run = Runner::new("no_panic_on_random_bytes");
    for seed in 0..BUFFERS {
        let bytes = random_bytes(&mut Rng::new(seed), false);
        let text = String::from_utf8_lossy(&bytes);
        run.case(&format!("random bytes (rng seed {seed})"), &text);
    }
    // Raw random bytes almost always hold a control byte and stop at the
    // binary check; mostly-printable bytes reach the parser proper.
    for seed in 0..BUFFERS {
        let bytes = random_bytes(&mut Rng::new(seed), true);
        let text = String::from_utf8_lossy(&bytes);
        run.case(&format!("printable random bytes (rng seed {seed})"), &text);
    }
    run.finish();
}

#[test]
fn no_panic_on_tricky_strings() {
    const STRINGS: u64 = 300;
    let mut run = Runner::new("no_panic_on_tricky_strings");
    for seed in 0..STRINGS {
        let text = tricky_text(&mut Rng::new(seed));
        run.case(&format!("tricky string (rng seed {seed})"), &text);
    }
    run.finish();
}

#[test]
fn no_panic_on_degenerate_inputs() {
    const MB: usize = 1 << 20;
    let mut run = Runner::new("no_panic_on_degenerate_inputs");
    run.case("empty", "");
    for ws in [
        " ",
        "\n",
        "\r\n",
        "\t",
        " \n\t\r\n  \u{c}\n",
        "\u{a0}\u{2003}\n",
    ] {
        run.case(&format!("white space {ws:?}"), ws);
    }
    run.case("lone BOM", "\u{feff}");

    let recalling = "Recalling ".repeat(MB / "Recalling ".len());
    run.case("1 MB single line of `Recalling `", &recalling);

    let decides = format!("The General Assembly,\n1. Decides {}", "to ".repeat(MB / 3));
    run.case("1 MB single operative paragraph", &decides);

    // 100,000 short lines, about 1 MB, cycling through line kinds the parser
    // classifies differently.
    let kinds = [
        "Recalling also,",
        "1. Decides;",
        "(a) An item;",
        "¹ A note.",
        "2/4",
        "",
        "*2520958*",
        "Annex I",
        "Noting,",
        "25-20958 (E)",
    ];
    let mut mixed = String::with_capacity(MB + 1024);
    for i in 0..100_000 {
        mixed.push_str(kinds[i % kinds.len()]);
        mixed.push('\n');
    }
    run.case("100,000 mixed short lines", &mixed);

    let mut numbered = String::from("The General Assembly,\n");
    let mut n = 1;
    while numbered.len() < MB {
        let _ = writeln!(numbered, "{n}. Decides;");
        n += 1;
    }
    run.case("1 MB of numbered operative lines", &numbered);
    run.finish();
}
