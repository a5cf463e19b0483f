//! Adopted General Assembly resolutions of the eightieth session as `PyMuPDF`
//! extracts them (`testdata/newsrc/A_RES_80_*.mupdf-json.txt`, second audit
//! of the `A/RES/80/N` series): what the audit found wrong, each held to
//! what the text prints, and the structure around it.

use std::path::Path;

use un_resolution::{DiagnosticKind, Parsed, Resolution};

mod common;

use common::{adoption_of, missing_leads, newsrc, parsed, read, report, title};

/// The footnote markers a resolution's notes carry, in order.
fn note_markers(r: &Resolution) -> Vec<String> {
    r.footnotes.iter().map(|f| f.marker.to_string()).collect()
}

/// Whether the parse warns of a note no text cites.
fn has_uncited_note(p: &Parsed) -> bool {
    p.diagnostics
        .iter()
        .any(|d| matches!(d.kind, DiagnosticKind::UncitedFootnote { .. }))
}

/// A fixture of `testdata/` by its path under it.
fn fixture(path: &str) -> Parsed {
    parsed(&read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata")
            .join(path),
    ))
}

/// A/RES/80/15: `PyMuPDF` set note 3's superscript apart at the line's end,
/// after a name of a list whose next name opens the next line (`treaties
/// of Tlatelolco, Rarotonga, 3` / `Bangkok4 and Pelindaba5`). The capital
/// after it kept the number in the text (`Rarotonga, 3 Bangkok`) and
/// note 3 was reported cited nowhere.
#[test]
fn real_note_before_the_next_name_of_a_list() {
    let p = newsrc("A_RES_80_15.mupdf-json.txt");
    let r = &p.resolution;
    assert!(!has_uncited_note(&p), "{:?}", p.diagnostics);
    let reiterating = r
        .preamble
        .iter()
        .find(|q| q.lead.as_deref() == Some("Reiterating"))
        .unwrap_or_else(|| panic!("a paragraph led by Reiterating"));
    assert!(
        reiterating
            .text
            .contains("the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba and"),
        "{}",
        reiterating.text
    );
    let cited: Vec<String> = reiterating
        .footnote_refs
        .iter()
        .map(|f| f.marker.to_string())
        .collect();
    assert_eq!(cited, ["3", "4", "5", "6", "7"]);
    // The rest of the text as printed.
    assert_eq!(r.preamble.len(), 15);
    assert_eq!(missing_leads(&p), 0);
    assert_eq!(r.operative.len(), 6);
    let labels: Vec<&str> = r.operative[4]
        .subparagraphs
        .iter()
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(labels, ["a", "b", "c"]);
    assert_eq!(
        note_markers(r),
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
    );
    assert_eq!(
        title(r),
        Some(
            "Treaty for the Prohibition of Nuclear Weapons in Latin America and the \
             Caribbean (Treaty of Tlatelolco)"
        )
    );
    let a = adoption_of(r);
    assert_eq!(a.number.as_deref(), Some("80/15"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-12-01"));
    assert_eq!(
        report(r),
        (
            "First Committee".to_owned(),
            Some("A/80/534".to_owned()),
            Some("7".to_owned())
        )
    );
    assert_eq!(a.meeting.as_ref().and_then(|m| m.number), Some(52));
}

/// A/RES/80/239, a budget resolution whose annexes are tables of
/// appropriations (`Annex I` / `Financing for 2026 of the International
/// Residual Mechanism for` / `Criminal Tribunals` / a blank line / `Gross`
/// …): the resolution itself. (The annexes' titles still run on into their
/// tables, as in every rendering of this kind: a rule that closed a title
/// at the blank line read the same text otherwise once its line breaks were
/// doubled, so it was withdrawn; left open.)
#[test]
fn real_budget_resolution_with_annexed_tables() {
    let p = newsrc("A_RES_80_239.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(r.annexes.len(), 2);
    assert_eq!(r.annexes[0].heading, "Annex I");
    assert_eq!(r.annexes[1].heading, "Annex II");
    // The resolution itself.
    assert_eq!(r.preamble.len(), 2);
    assert_eq!(missing_leads(&p), 0);
    assert_eq!(r.operative.len(), 7);
    let labels: Vec<&str> = r.operative[6]
        .subparagraphs
        .iter()
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(labels, ["a", "b"]);
    assert_eq!(note_markers(r), ["1", "2", "3", "4"]);
    assert!(!has_uncited_note(&p), "{:?}", p.diagnostics);
    let a = adoption_of(r);
    assert_eq!(a.number.as_deref(), Some("80/239"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-12-30"));
    assert_eq!(
        report(r),
        (
            "Fifth Committee".to_owned(),
            Some("A/80/568".to_owned()),
            Some("19".to_owned())
        )
    );
    assert_eq!(a.meeting.as_ref().and_then(|m| m.number), Some(69));
}

/// The same draft's annex as pdftotext prints it: the table's first head
/// (`Gross`) right under the title, the blank line after it. A wrapped
/// title is balanced, never ends in a word alone on its line: `Gross` is
/// no part of the title, which stays unread rather than take it.
#[test]
fn real_table_head_under_an_annex_title_is_no_title() {
    let p = fixture("corpus/real/A_C.5_80_L.13.pdftext.txt");
    let r = &p.resolution;
    assert!(!r.annexes.is_empty());
    for a in &r.annexes {
        assert!(
            a.title
                .as_deref()
                .is_none_or(|t| !t.ends_with("Gross") && !t.ends_with("assessment")),
            "{:?}",
            a.title
        );
    }
}

/// A/RES/80/5 as pdfminer boxes it: the annex's title breaks after an
/// opening quotation (`… under the title “the` / a blank line / `Second
/// World Summit for Social Development”`); a title never ends in an article, quoted or
/// not, so the blank line does not close it.
#[test]
fn real_annex_title_broken_after_a_quoted_article() {
    let p = fixture("corpus/extracted/A_RES_80_5.pdfminer.txt");
    let r = &p.resolution;
    assert_eq!(
        r.annexes[0].title.as_deref(),
        Some(
            "Doha Political Declaration of the “World Social Summit” under the title \
             “the Second World Summit for Social Development”"
        )
    );
}
