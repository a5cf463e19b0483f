//! Resolutions whose whole text is on one line, white space collapsed, as
//! datasets keep them (`testdata/newsrc/A_RES_74_132.hfrow.txt`, a cell of
//! a Hugging Face dataset), and the fixtures run together so: every line
//! break and white space run of the printed text collapsed into one space.
//!
//! The real one-line text is held to the structure read by hand from it.
//! The collapsed fixtures are held to their own multi-line parse: the same
//! paragraphs (leads, numbers, texts, footnote references) and notes, or,
//! for those listed in [`KNOWN`], the difference stated there, which is
//! checked too, so that the list stays true.

mod common;

use std::path::Path;

use un_resolution::{
    parse_resolution, parse_resolution_with, AnnexBlock, FootnoteMarker, Options, Resolution,
    Severity, Status,
};

/// The text with every white space run collapsed into one space and its
/// ends trimmed: what a dataset cell holds.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The fixture at `testdata/<path>`.
fn fixture(path: &str) -> String {
    common::read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata")
            .join(path),
    )
}

fn markers(refs: &[un_resolution::FootnoteRef]) -> Vec<FootnoteMarker> {
    refs.iter().map(|r| r.marker).collect()
}

const N1: FootnoteMarker = FootnoteMarker::Number(1);
const N2: FootnoteMarker = FootnoteMarker::Number(2);

/// A/RES/74/132 as a dataset cell holds it: the adoption line, the number
/// and title, the formula, three preambular paragraphs, one unnumbered
/// operative paragraph, the closing, the rule and two notes, all on one
/// line.
#[test]
fn a_res_74_132_on_one_line() {
    let input = fixture("newsrc/A_RES_74_132.hfrow.txt");
    assert_eq!(
        input.trim_end().lines().count(),
        1,
        "the fixture is one line"
    );
    let parsed = parse_resolution_with(&input, &Options::default())
        .unwrap_or_else(|e| panic!("A/RES/74/132 on one line: {e}"));
    let r = &parsed.resolution;
    let slice = |s: un_resolution::Span| s.slice(&input).unwrap_or_default();

    let a = common::adoption_of(r);
    assert_eq!(a.number.as_deref(), Some("74/132"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2019-12-18"));
    let origin = a.origin.as_ref().map(|o| o.text.as_str());
    assert_eq!(
        origin,
        Some("on the report of the Third Committee (A/74/394)")
    );
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("Report of the Human Rights Council")
    );
    let formula = r.formula.as_ref().map(|f| (f.text.as_str(), slice(f.span)));
    assert_eq!(
        formula,
        Some(("The General Assembly,", "The General Assembly,"))
    );

    let leads: Vec<_> = r.preamble.iter().map(|p| p.lead.as_deref()).collect();
    assert_eq!(
        leads,
        [
            Some("Recalling"),
            Some("Recalling also"),
            Some("Having considered")
        ]
    );
    assert!(r.preamble[0]
        .text
        .starts_with("Recalling its resolutions 60/251 of 15 March 2006"));
    assert!(r.preamble[0]
        .text
        .ends_with("on the review of the Council,"));
    assert!(r.preamble[1]
        .text
        .ends_with("and 73/152 of 17 December 2018,"));
    // Notes 1 and 2 are cited together at the end of the third paragraph
    // (`… Human Rights Council,1,2`).
    let third = &r.preamble[2];
    assert_eq!(
        third.text,
        "Having considered the recommendations contained in the report of the Human Rights Council,"
    );
    assert_eq!(markers(&third.footnote_refs), [N1, N2]);
    assert!(third
        .footnote_refs
        .iter()
        .all(|f| f.offset == third.text.len()));
    for p in &r.preamble {
        assert!(slice(p.span).starts_with(p.lead.as_deref().unwrap_or("?")));
    }

    assert_eq!(r.operative.len(), 1);
    let op = &r.operative[0];
    assert_eq!((op.number, op.lead.as_deref()), (None, Some("Takes note")));
    assert!(op
        .text
        .starts_with("Takes note of the report of the Human Rights Council,"));
    assert!(op.text.ends_with("and its recommendations."));
    assert!(slice(op.span).starts_with("Takes note of the report"));

    let meeting = a.meeting.as_ref().map(|m| {
        (
            m.text.as_str(),
            m.number,
            m.date.map(|d| d.to_string()),
            slice(m.span),
        )
    });
    assert_eq!(
        meeting,
        Some((
            "50th plenary meeting",
            Some(50),
            Some("2019-12-18".to_owned()),
            "50th plenary meeting 18 December 2019"
        ))
    );

    let notes: Vec<_> = r
        .footnotes
        .iter()
        .map(|f| (f.marker, f.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                N1,
                "Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53)."
            ),
            (N2, "Ibid., Supplement No. 53A (A/74/53/Add.1)."),
        ]
    );
    for f in &r.footnotes {
        assert!(slice(f.span).ends_with(&f.text), "{:?}", f.marker);
    }
    // Nothing doubtful: the only diagnostic is the rule, dropped.
    assert!(
        parsed
            .diagnostics
            .iter()
            .all(|d| d.severity == Severity::Repair),
        "{:?}",
        parsed.diagnostics
    );

    // The same text with its line breaks where the printed document has
    // them reads the same.
    let mut printed = input.clone();
    for unit in [
        " [on the report",
        " 74/132.",
        " The General Assembly,",
        " Recalling its",
        " Recalling also",
        " Having considered",
        " Takes note",
        " 50th plenary",
        " __________________",
        " 1 Official",
        " 2 Ibid",
    ] {
        let at = printed.find(unit).unwrap_or_else(|| panic!("{unit}"));
        printed.replace_range(at..=at, "\n");
    }
    let lines = parse_resolution(&printed).unwrap_or_else(|e| panic!("printed: {e}"));
    assert!(lines.same_content(r));
    assert_eq!(lines.footnotes.len(), r.footnotes.len());
}

/// A fixture collapsed into one line reads as its printed rendering: the
/// same paragraphs (leads, numbers, texts, footnote references,
/// subparagraphs, parts) and the same notes, adoption number and meeting.
/// Chosen to cover every shape: PDF text with page furniture, rules,
/// notes between a paragraph's halves and link targets (seeds 002, the
/// `pdftext` texts), markdown (seeds 000, 001, 003; railcar), `PyMuPDF` text
/// with running heads, a declaration in an annex (A/RES/80/9),
/// resolutions in parts and sections, Council texts with no formula
/// (S/RES/678 (1990)) and from the Council's compilations. Not yet the
/// Economic and Social Council's Word exports: since their inline notes
/// (`[1: …]`) are read as notes, a collapsed export no longer reads as
/// printed (found when the two changes met; not yet looked into; it still
/// parses, `every_collapsed_fixture_parses`).
const SAME: &[&str] = &[
    "seeds/000_50195e893c3de33a.txt",
    "seeds/001_71ca264cbf0758c8.txt",
    "seeds/002_f12273495372cd5e.txt",
    "seeds/003_18ba36d161307072.txt",
    "seeds/004_8ce46a3b519808ba.txt",
    "corpus/real/A_RES_73_8.pdftext.txt",
    "corpus/real/A_RES_78_255.pdftext.txt",
    "corpus/real/A_RES_80_4.pdftext.txt",
    "corpus/real/S_RES_678_1990.plain.txt",
    "railcar/A_RES_80_9.md.txt",
    "railcar/A_RES_80_10.pymupdf.txt",
    "railcar/A_RES_80_44.md.txt",
    "newsrc/A_RES_80_20.mupdf-json.txt",
    "parts/ab.plain.txt",
    "parts/sections.plain.txt",
    "sc-compilation/S_RES_298_1971.plain.txt",
];

/// What a comparison reads of a resolution besides its paragraphs: the
/// notes, the adoption's number and meeting, the annexes' headings and
/// paragraphs.
#[derive(Debug, PartialEq, Eq)]
struct Rest {
    notes: Vec<(FootnoteMarker, String)>,
    number: Option<String>,
    meeting: Option<u32>,
    annexes: Vec<(String, Vec<String>)>,
}

fn rest(r: &Resolution) -> Rest {
    let (number, meeting) = match &r.status {
        Status::Adopted { adoption, .. } => (
            adoption.number.clone(),
            adoption.meeting.as_ref().and_then(|m| m.number),
        ),
        _ => (None, None),
    };
    Rest {
        notes: r
            .footnotes
            .iter()
            .map(|f| (f.marker, f.text.clone()))
            .collect(),
        number,
        meeting,
        annexes: r
            .annexes
            .iter()
            .map(|a| {
                let blocks = a.blocks.iter().map(|b| match b {
                    AnnexBlock::Heading(h) => h.text.clone(),
                    AnnexBlock::Paragraph(p) => format!("{:?} {}", p.number, p.text),
                    // A kind this test does not know yet: compared by its form.
                    other => format!("{other:?}"),
                });
                (a.heading.clone(), blocks.collect())
            })
            .collect(),
    }
}

#[test]
fn collapsed_fixtures_read_as_printed() {
    for path in SAME {
        let text = fixture(path);
        let one = collapse(&text);
        assert_eq!(one.lines().count(), 1);
        let printed = parse_resolution(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let run_in = parse_resolution(&one).unwrap_or_else(|e| panic!("{path} on one line: {e}"));
        let annexed: usize = printed.annexes.iter().map(|a| a.blocks.len()).sum();
        let items: usize = printed
            .operative
            .iter()
            .map(|p| p.subparagraphs.len())
            .sum();
        let units = printed.preamble.len() + printed.operative.len() + printed.parts.len();
        assert!(units + items + annexed > 3, "{path}: too small to test");
        assert!(run_in.same_content(&printed), "{path}: paragraphs differ");
        assert_eq!(rest(&run_in), rest(&printed), "{path}");
    }
}

/// A collapsed fixture that does not read as printed, why, and what it
/// reads instead.
struct Known {
    path: &'static str,
    why: &'static str,
    /// Holds for the collapsed parse (`run_in`) against the printed one.
    check: fn(run_in: &Resolution, printed: &Resolution) -> bool,
}

/// Leads and numbers of the operative paragraphs.
fn operative(r: &Resolution) -> Vec<(Option<u32>, Option<String>)> {
    r.operative
        .iter()
        .map(|p| (p.number, p.lead.clone()))
        .collect()
}

fn preamble(r: &Resolution) -> Vec<Option<String>> {
    r.preamble.iter().map(|p| p.lead.clone()).collect()
}

const KNOWN: &[Known] = &[
    Known {
        path: "corpus/real/A_RES_80_119.pdftext.txt",
        why: "pdftotext prints the annex's heading `V. Risk assessment and management` \
              in pieces among item (h) (`(h)` / `V.` / `Consumer product reviews.` / \
              `Risk assessment and management`): collapsed, the heading's words end \
              item (h) and no heading is read there; every paragraph, note and other \
              heading is read as printed",
        check: |run_in, printed| {
            let (a, mut b) = (rest(run_in), rest(printed));
            let heading = "Risk assessment and management".to_owned();
            let dropped = b.annexes.first_mut().map(|(_, blocks)| {
                let before = blocks.len();
                blocks.retain(|t| *t != heading);
                before - blocks.len()
            });
            // The annex's blocks compare equal once the heading is left
            // out (item (h) is a subparagraph, not a block).
            run_in.same_content(printed) && dropped == Some(1) && a == b
        },
    },
    Known {
        path: "railcar/A_RES_80_24.md.txt",
        why: "the pipeline prints each note as `N text` between a paragraph's halves, \
              with no rule or mark (`… on the follow-up to the 2013 8 See resolution \
              50/245 …`): on one line nothing says where such a note opens or ends, \
              so its 20 notes stay in the paragraphs' text; the paragraphs themselves \
              are all found",
        check: |run_in, printed| {
            printed.footnotes.len() == 20
                && run_in.footnotes.is_empty()
                && preamble(run_in) == preamble(printed)
                && operative(run_in) == operative(printed)
        },
    },
    Known {
        path: "corpus/real/A_RES_80_204.pdftext.txt",
        why: "pdftotext prints paragraph 17 out of order (`17.` / `session.` / \
              `Decides to continue … at its eighty-first`): collapsed, `17. session. \
              Decides …` opens no paragraph (no capital after the number), and its \
              words end paragraph 16",
        check: |run_in, printed| {
            let ops = operative(printed);
            preamble(run_in) == preamble(printed)
                && ops.len() == 17
                && operative(run_in) == ops[..16]
        },
    },
    Known {
        path: "railcar/A_RES_80_12.md.txt",
        why: "the extraction lost the labels of the first items of paragraphs 7 and 8 \
              (`… within available resources:` / `To continue …;` / `To circulate …;` / \
              `(c) …`): one a line, each item is lettered by its place; on one line \
              nothing marks where one opens: they and the lettered items after them \
              run on with their chapeau",
        check: |run_in, printed| {
            let items =
                |r: &Resolution, n: usize| r.operative.get(n).map_or(0, |p| p.subparagraphs.len());
            let runs_on = run_in.operative.get(6).is_some_and(|p| {
                p.text.starts_with(
                    "Requests the Secretary-General, within available resources: To continue",
                )
            });
            preamble(run_in) == preamble(printed)
                && operative(run_in) == operative(printed)
                && printed.operative.len() == 10
                && (items(printed, 6), items(printed, 7)) == (9, 2)
                && (items(run_in, 6), items(run_in, 7)) == (0, 0)
                && runs_on
        },
    },
];

#[test]
fn collapsed_fixtures_known_differences() {
    for known in KNOWN {
        let text = fixture(known.path);
        let printed = parse_resolution(&text).unwrap_or_else(|e| panic!("{}: {e}", known.path));
        let run_in = parse_resolution(&collapse(&text))
            .unwrap_or_else(|e| panic!("{} on one line: {e}", known.path));
        assert!(
            !(run_in.same_content(&printed) && rest(&run_in) == rest(&printed)),
            "{}: reads as printed now; take it off the list ({})",
            known.path,
            known.why
        );
        assert!(
            (known.check)(&run_in, &printed),
            "{}: the listed difference changed ({})",
            known.path,
            known.why
        );
    }
}

/// Every fixture collapsed into one line parses, every node's span a
/// piece of the line: a best-effort resolution, never an error, but for
/// two `PDFium` renderings of S/RES/1 (1946), whose hyphen marks (U+FFFE)
/// the reader takes for line ends, so that the collapsed text comes back
/// as four lines, each too short to be read as run in and none opening a
/// paragraph.
#[test]
fn every_collapsed_fixture_parses() {
    const ERRS: &[&str] = &["S_RES_1_1946.pdfium.txt", "S_RES_1_1946.pdfium-joined.txt"];
    let mut parsed = 0;
    let mut failed = Vec::new();
    for path in common::all_fixtures() {
        let text = common::read(&path);
        if parse_resolution(&text).is_err() {
            // Not a resolution printed (no body): nothing to compare.
            continue;
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        let one = collapse(&text);
        match parse_resolution(&one) {
            Ok(r) => {
                parsed += 1;
                // Every node's span is a piece of the one line.
                for node in common::node_spans(&r) {
                    let in_line = node.span.slice(&one).is_some()
                        && node.segments.iter().all(|s| s.slice(&one).is_some());
                    assert!(in_line, "{name}: {} {:?}", node.what, node.span);
                }
            }
            Err(e) => failed.push(format!("{name}: {e}")),
        }
    }
    assert!(parsed > 400, "too few: {parsed}");
    let mut names: Vec<_> = failed
        .iter()
        .map(|f| f.split(':').next().unwrap_or_default())
        .collect();
    names.sort_unstable();
    let mut want = ERRS.to_vec();
    want.sort_unstable();
    assert_eq!(names, want, "{failed:#?}");
}

/// Text that is not run together is read as before: a paragraph that
/// holds a lead after a comma in lower case, a name in `-ing`, or a number
/// the text does not owe is one paragraph, on one line or not.
#[test]
fn a_paragraph_line_is_not_cut() {
    let text = "The General Assembly,\nRecalling its resolution 70/1, recalling also the \
                Conference on Women, Beijing, 4–15 September 1995, and paragraph 3. Decides \
                nothing,\n1. Decides to meet.\n";
    let r = parse_resolution(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(r.operative.len(), 1);
    let one = parse_resolution(&collapse(text)).unwrap_or_else(|e| panic!("{e}"));
    assert!(one.same_content(&r));
}
