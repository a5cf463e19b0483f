//! Resolutions adopted in parts (`78/71 A`, `78/71 B`): each part under its
//! letter, with its title, its own formula, preamble, operative paragraphs
//! numbered from 1, and its meeting line. The three renderings in
//! `testdata/parts/` (plain, markdown, `pdftotext` with a page break and a
//! footnote between the parts) are constructed after the UN's printing of
//! such resolutions; see `testdata/parts/README.md`.

mod common;

use un_resolution::{parse_resolution, parse_resolution_with, DiagnosticKind, Options, Resolution};

fn parse(text: &str) -> Resolution {
    parse_resolution(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn parts_fixtures() -> Vec<(String, Resolution)> {
    let files = common::fixtures("parts");
    assert_eq!(files.len(), 3, "testdata/parts/ holds three renderings");
    files
        .iter()
        .map(|p| {
            let name = p.display().to_string();
            (name, parse(&common::read(p)))
        })
        .collect()
}

#[test]
fn every_rendering_reads_two_parts() {
    for (name, r) in parts_fixtures() {
        let letters: Vec<char> = r.parts.iter().map(|p| p.letter).collect();
        assert_eq!(letters, ['A', 'B'], "{name}");
        let titles: Vec<Option<&str>> = r
            .parts
            .iter()
            .map(|p| p.title.as_ref().map(|t| t.text.as_str()))
            .collect();
        assert_eq!(
            titles,
            [
                Some("Information in the service of humanity"),
                Some("United Nations global communications policies and activities"),
            ],
            "{name}"
        );
        // The resolution's own title stops above part A's letter.
        assert_eq!(
            r.title.as_ref().map(|t| t.text.as_str()),
            Some("Questions relating to information"),
            "{name}"
        );
        let (a, b) = (&r.parts[0], &r.parts[1]);
        assert_eq!(
            (a.preamble.clone(), a.operative.clone()),
            (0..2, 0..1),
            "{name}"
        );
        assert_eq!(
            (b.preamble.clone(), b.operative.clone()),
            (2..4, 1..5),
            "{name}"
        );
        assert_eq!(r.preamble[2].lead.as_deref(), Some("Emphasizing"), "{name}");
        // Part A's one paragraph is unnumbered; part B numbers from 1.
        let numbers: Vec<Option<u32>> = r.operative.iter().map(|p| p.number).collect();
        assert_eq!(
            numbers,
            [None, Some(1), Some(2), Some(3), Some(4)],
            "{name}"
        );
        assert_eq!(r.operative[2].subparagraphs.len(), 2, "{name}");
        let headings: Vec<Option<&str>> = r
            .operative
            .iter()
            .map(|p| p.heading.as_ref().map(|h| h.text.as_str()))
            .collect();
        assert_eq!(
            headings,
            [
                None,
                Some("I General activities of the Department of Global Communications"),
                None,
                Some("II Multilingualism and public information"),
                None,
            ],
            "{name}"
        );
        for p in &r.parts {
            assert_eq!(p.formula.text, "The General Assembly,", "{name}");
            let m = p
                .meeting
                .as_ref()
                .unwrap_or_else(|| panic!("{name}: part {} meeting", p.letter));
            assert_eq!(m.number, Some(45), "{name}");
            assert!(
                p.span.contains(p.letter_span) && p.span.contains(p.formula.span),
                "{name}"
            );
        }
        assert!(a.span.end < b.span.start, "{name}: parts overlap");
        // The footnote cited in part A is tied to its paragraph.
        assert_eq!(r.preamble[0].footnote_refs.len(), 1, "{name}");
        assert_eq!(r.footnotes.len(), 1, "{name}");
    }
}

#[test]
fn renderings_agree() {
    let all = parts_fixtures();
    let Some((first, rest)) = all.split_first() else {
        panic!("no fixtures");
    };
    for (name, r) in rest {
        assert!(r.same_content(&first.1), "{name} differs from {}", first.0);
    }
}

#[test]
fn parts_are_not_numbering_gaps() {
    for path in common::fixtures("parts") {
        let text = common::read(&path);
        let parsed = parse_resolution_with(&text, &Options::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let gaps: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| matches!(d.kind, DiagnosticKind::NumberingGap { .. }))
            .collect();
        assert!(gaps.is_empty(), "{}: {gaps:?}", path.display());
    }
}

#[test]
fn json_round_trip_keeps_the_parts() {
    for (name, r) in parts_fixtures() {
        let json = serde_json::to_string(&r).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(json.contains(r#""parts":[{"letter":"A""#), "{name}");
        let back: Resolution =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, r, "{name}");
    }
}

/// Two formulas under letters out of order, or one formula alone under a
/// letter, are not parts: the text keeps the reading it had.
#[test]
fn letters_out_of_sequence_make_no_parts() {
    let body = |first: &str, second: &str| {
        format!(
            "{first}\nTitle one\n\nThe General Assembly,\n\nNoting x,\n\n1. Decides y;\n\n\
             {second}\nTitle two\n\nThe General Assembly,\n\nNoting z,\n\n1. Decides w;\n"
        )
    };
    for (a, b) in [("A", "C"), ("B", "C"), ("A", "A"), ("", "B")] {
        let text = body(a, b);
        let r = parse(&text);
        assert!(r.parts.is_empty(), "{a}/{b}: {:?}", r.parts);
    }
    let one = "A\nTitle\n\nThe General Assembly,\n\nNoting x,\n\n1. Decides y;\n";
    assert!(parse(one).parts.is_empty());
    let good = body("A", "B");
    assert_eq!(parse(&good).parts.len(), 2);
}

/// A text of several resolutions keeps a resolution in parts whole.
#[test]
fn several_resolutions_keep_their_parts() {
    let text = "78/1. First\n\nThe General Assembly,\n\nNoting a,\n\n1. Decides b;\n\n\
                1st plenary meeting\n1 December 2023\n\n\
                78/2. Second\n\nA\nPart one\n\nThe General Assembly,\n\nNoting c,\n\n1. Decides d;\n\n\
                B\nPart two\n\nThe General Assembly,\n\nNoting e,\n\n1. Decides f;\n";
    let all = un_resolution::parse_resolutions(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].parts.len(), 2);
    assert_eq!(all[1].operative.len(), 2);
    assert!(all[0].parts.is_empty());
}
