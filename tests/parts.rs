//! Resolutions adopted in parts (`78/71 A`, `78/71 B`): each part under its
//! letter, with its title, its own formula, preamble, operative paragraphs
//! numbered from 1, and its meeting line; and resolutions in sections (`I`,
//! `II`: each with its own preamble or numbering, one formula). The
//! renderings in `testdata/parts/` (plain, markdown, `pdftotext` with a page
//! break between the parts) are constructed after the UN's printing of such
//! resolutions; see `testdata/parts/README.md`.

mod common;

use un_resolution::{parse_resolution, parse_resolution_with, DiagnosticKind, Options, Resolution};

fn parse(text: &str) -> Resolution {
    parse_resolution(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The renderings in `testdata/parts/` whose names start with `prefix`:
/// `count` of them.
fn renderings(prefix: &str, count: usize) -> Vec<(String, Resolution)> {
    let files: Vec<_> = common::fixtures("parts")
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    assert_eq!(files.len(), count, "testdata/parts/{prefix}*");
    files
        .iter()
        .map(|p| (p.display().to_string(), parse(&common::read(p))))
        .collect()
}

/// The heading of each operative paragraph.
fn headings(r: &Resolution) -> Vec<Option<&str>> {
    r.operative
        .iter()
        .map(|p| p.heading.as_ref().map(|h| h.text.as_str()))
        .collect()
}

/// The three renderings of a resolution in parts.
fn parts_fixtures() -> Vec<(String, Resolution)> {
    renderings("ab.", 3)
}

/// The two renderings of a resolution in sections.
fn sections_fixtures() -> Vec<(String, Resolution)> {
    renderings("sections.", 2)
}

#[test]
fn every_rendering_reads_two_parts() {
    for (name, r) in parts_fixtures() {
        let labels: Vec<&str> = r.parts.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["A", "B"], "{name}");
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
        let headings = headings(&r);
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
            let f = p
                .formula
                .as_ref()
                .unwrap_or_else(|| panic!("{name}: formula"));
            assert_eq!(f.text, "The General Assembly,", "{name}");
            let m = p
                .meeting
                .as_ref()
                .unwrap_or_else(|| panic!("{name}: part {} meeting", p.label));
            assert_eq!(m.number, Some(45), "{name}");
            assert!(
                p.span.contains(p.label_span) && p.span.contains(f.span),
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
    for all in [parts_fixtures(), sections_fixtures()] {
        let Some((first, rest)) = all.split_first() else {
            panic!("no fixtures");
        };
        for (name, r) in rest {
            assert!(r.same_content(&first.1), "{name} differs from {}", first.0);
        }
    }
}

#[test]
fn every_rendering_reads_three_sections() {
    for (name, r) in sections_fixtures() {
        let got: Vec<(&str, Option<&str>)> = r
            .parts
            .iter()
            .map(|p| (p.label.as_str(), p.title.as_ref().map(|t| t.text.as_str())))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "I",
                    Some("Revised estimates relating to the Human Rights Council")
                ),
                ("II", Some("Capital master plan")),
                ("III", Some("Unforeseen and extraordinary expenses")),
            ],
            "{name}"
        );
        // Sections share the resolution's formula and print no meeting line.
        assert!(r.formula.is_some(), "{name}");
        assert!(
            r.parts
                .iter()
                .all(|p| p.formula.is_none() && p.meeting.is_none()),
            "{name}"
        );
        let ranges: Vec<_> = r
            .parts
            .iter()
            .map(|p| (p.preamble.clone(), p.operative.clone()))
            .collect();
        assert_eq!(ranges, [(0..1, 0..2), (1..3, 2..4), (3..3, 4..6)], "{name}");
        // Section II's preamble is preambular, not unnumbered operative text.
        let leads: Vec<Option<&str>> = r.preamble.iter().map(|p| p.lead.as_deref()).collect();
        assert_eq!(
            leads,
            [
                Some("Having considered"),
                Some("Recalling"),
                Some("Having considered")
            ],
            "{name}"
        );
        let numbers: Vec<Option<u32>> = r.operative.iter().map(|p| p.number).collect();
        assert_eq!(
            numbers,
            [Some(1), Some(2), Some(1), Some(2), Some(1), Some(2)],
            "{name}"
        );
        // The heading is the section's, not the first paragraph's.
        assert!(r.operative.iter().all(|p| p.heading.is_none()), "{name}");
        assert_eq!(r.operative[3].subparagraphs.len(), 2, "{name}");
        for w in r.parts.windows(2) {
            assert!(w[0].span.end < w[1].span.start, "{name}: sections overlap");
        }
    }
}

/// Headings over operative paragraphs that number on (`III` / `Rules of
/// procedure …` / `10. Recalls …`, A/C.6/80/L.10) stay headings.
#[test]
fn headings_over_running_numbers_are_not_sections() {
    let text = "The General Assembly,\n\nNoting a,\n\nI\nFirst matters\n\n1. Decides b;\n\n\
                2. Decides c;\n\nII\nRules of procedure\n\n3. Recalls d;\n";
    let r = parse(text);
    assert!(r.parts.is_empty(), "{:?}", r.parts);
    let headings = headings(&r);
    assert_eq!(
        headings,
        [Some("I First matters"), None, Some("II Rules of procedure")]
    );
    assert_eq!(r.preamble.len(), 1);
}

#[test]
fn parts_and_sections_are_not_numbering_gaps() {
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
    for (name, r) in parts_fixtures().into_iter().chain(sections_fixtures()) {
        let json = serde_json::to_string(&r).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(json.contains(r#""parts":[{"label":""#), "{name}");
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
