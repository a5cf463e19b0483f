//! Span and line-accounting invariants on every fixture: spans in bounds
//! and on character boundaries, segments inside their node, footnote
//! offsets inside their text, and every non-blank input line either in a
//! node or dropped with a reason. Nothing is silently lost.

mod common;

use un_resolution::{parse_resolution_with, DiagnosticKind, Options, Span};

fn check(name: &str, text: &str) -> Vec<String> {
    let parsed =
        parse_resolution_with(text, &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let nodes = common::node_spans(&parsed.resolution);
    for n in &nodes {
        let s = n.span;
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{name}: {} span {s:?} out of bounds",
            n.what
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{name}: {} span off a char boundary",
            n.what
        );
        for seg in &n.segments {
            assert!(
                s.contains(*seg),
                "{name}: {} segment {seg:?} outside {s:?}",
                n.what
            );
        }
        assert!(
            n.segments.windows(2).all(|w| w[0].end <= w[1].start),
            "{name}: {} segments out of order",
            n.what
        );
        if let Some((t, offsets)) = &n.text {
            for &o in offsets {
                assert!(
                    o <= t.len() && t.is_char_boundary(o),
                    "{name}: {} footnote offset {o} outside its text",
                    n.what
                );
            }
            assert!(
                !t.contains('\n') && !t.contains("  "),
                "{name}: {} text is not one clean line",
                n.what
            );
        }
    }
    let dropped: Vec<Span> = parsed
        .diagnostics
        .iter()
        .filter(|d| matches!(d.kind, DiagnosticKind::DroppedLine { .. }))
        .map(|d| d.span)
        .collect();
    let mut lost = Vec::new();
    let mut offset = 0;
    for (no, line) in text.split_inclusive('\n').enumerate() {
        let start = offset + (line.len() - line.trim_start().len());
        let trimmed = line.trim();
        offset += line.len();
        if trimmed.is_empty() {
            continue;
        }
        let span = Span::new(start, start + trimmed.len());
        let in_node = nodes.iter().any(|n| {
            if n.segments.is_empty() {
                n.span.contains(span)
            } else {
                n.segments.iter().any(|seg| seg.contains(span))
            }
        });
        let is_dropped = dropped.iter().any(|d| d.contains(span));
        if !(in_node || is_dropped) {
            lost.push(format!(
                "{name}: line {} not accounted for: {trimmed:?}",
                no + 1
            ));
        }
    }
    lost
}

/// Every fixture of `files` holds the invariants; the failures of all are
/// listed together.
fn assert_no_line_lost(files: &[std::path::PathBuf]) {
    let lost: Vec<String> = files
        .iter()
        .flat_map(|path| check(&path.display().to_string(), &common::read(path)))
        .collect();
    assert!(
        lost.is_empty(),
        "{} lines lost:\n{}",
        lost.len(),
        lost.join("\n")
    );
}

#[test]
fn corpus_holds_the_invariants() {
    let files: Vec<_> = ["corpus/real", "corpus/pdf"]
        .iter()
        .flat_map(|d| common::fixtures(d))
        .collect();
    assert!(files.len() > 80, "corpus fixtures missing: {}", files.len());
    assert_no_line_lost(&files);
}

#[test]
fn seeds_hold_the_invariants() {
    let files = common::fixtures("seeds");
    assert_eq!(files.len(), 5);
    assert_no_line_lost(&files);
}

#[test]
fn parts_hold_the_invariants() {
    let files = common::fixtures("parts");
    assert_eq!(files.len(), 5);
    assert_no_line_lost(&files);
}

#[test]
fn constructed_texts_hold_the_invariants() {
    let files = common::fixtures("constructed");
    assert_eq!(files.len(), 4);
    assert_no_line_lost(&files);
}
