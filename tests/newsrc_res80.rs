//! Adopted General Assembly resolutions of the eightieth session as `PyMuPDF`
//! extracts them (`testdata/newsrc/A_RES_80_*.mupdf-json.txt`, audit of
//! the `A/RES/80/N` series): the adoption data, the leads and the words
//! the audit found wrong, each held to what the text prints.

use un_resolution::{AnnexBlock, DiagnosticKind, Parsed, Resolution};

mod common;

use common::{adoption_of, missing_leads, newsrc, parsed, report};

fn operative_leads(r: &Resolution) -> Vec<Option<&str>> {
    r.operative.iter().map(|p| p.lead.as_deref()).collect()
}

/// The repairs of split words the parse reports, as `(before, after)`.
fn joined_words(p: &Parsed) -> Vec<(&str, &str)> {
    p.diagnostics
        .iter()
        .filter_map(|d| match &d.kind {
            DiagnosticKind::JoinedSplitWord { before, after } => {
                Some((before.as_str(), after.as_str()))
            }
            _ => None,
        })
        .collect()
}

/// A/RES/80/75: a Fourth Committee resolution. Its origin line names the
/// committee with its other name in parentheses, wrapped over two lines;
/// it was read as an origin of no known form, committee and report lost.
#[test]
fn real_fourth_committee_origin() {
    let p = newsrc("A_RES_80_75.mupdf-json.txt");
    let r = &p.resolution;
    let a = adoption_of(r);
    assert_eq!(a.number.as_deref(), Some("80/75"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-12-05"));
    assert_eq!(
        report(r),
        (
            "Special Political and Decolonization Committee (Fourth Committee)".to_owned(),
            Some("A/80/537".to_owned()),
            Some("15".to_owned())
        )
    );
    let meeting = a
        .meeting
        .as_ref()
        .unwrap_or_else(|| panic!("a meeting line"));
    assert_eq!(meeting.number, Some(55));
    assert_eq!(
        meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2025-12-05")
    );
    assert_eq!(
        r.masthead.symbol.as_ref().map(|s| s.to_string()).as_deref(),
        Some("A/RES/80/75")
    );
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("Effects of atomic radiation")
    );
    assert_eq!(r.preamble.len(), 16);
    assert_eq!(r.operative.len(), 32);
    assert_eq!(r.footnotes.len(), 2);
}

/// The rule on a constructed line: the alias is part of the committee's
/// name, a parenthesis with a symbol is the report's; other committees
/// read as before.
#[test]
fn committee_name_with_its_other_name() {
    let text = "\
Resolution adopted by the General Assembly on 5 December 2025
[on the report of the Special Political and Decolonization Committee
(Fourth Committee) (A/80/537)]
80/95. Question of French Polynesia
The General Assembly,
Having considered the question of French Polynesia,
1. Reaffirms the inalienable right of the people of French Polynesia to self-determination.
";
    let r = parsed(text).resolution;
    assert_eq!(
        report(&r),
        (
            "Special Political and Decolonization Committee (Fourth Committee)".to_owned(),
            Some("A/80/537".to_owned()),
            None
        )
    );
    let r = parsed(&text.replace(
        "Special Political and Decolonization Committee\n(Fourth Committee) (A/80/537)",
        "Third Committee (A/80/545, para. 5)",
    ))
    .resolution;
    assert_eq!(
        report(&r),
        (
            "Third Committee".to_owned(),
            Some("A/80/545".to_owned()),
            Some("5".to_owned())
        )
    );
}

/// A/RES/80/75, paragraph 3: `Re-emphasizes` had no lead (a warning), the
/// prefix's hyphen ending the word.
#[test]
fn real_hyphenated_re_verb_is_a_lead() {
    let p = newsrc("A_RES_80_75.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(r.operative[2].number, Some(3));
    assert_eq!(r.operative[2].lead.as_deref(), Some("Re-emphasizes"));
    assert!(operative_leads(r).iter().all(Option::is_some));
    assert_eq!(missing_leads(&p), 0, "{:?}", p.diagnostics);
}

/// A/RES/80/75: `close cooperation` was rewritten `close co-operation`, on
/// the evidence of the `Organisation for Economic Co-operation and
/// Development` two lines below. The name's spelling is no evidence for
/// the word's; both stay as printed.
#[test]
fn real_name_spelling_does_not_rewrite_a_word() {
    let p = newsrc("A_RES_80_75.mupdf-json.txt");
    let para = p
        .resolution
        .preamble
        .iter()
        .find(|p| p.text.contains("Radiological Protection"))
        .unwrap_or_else(|| panic!("the paragraph on cooperation"));
    assert!(
        para.text
            .starts_with("Recognizing the importance of close cooperation between"),
        "{}",
        para.text
    );
    assert!(para.text.contains("Economic Co-operation and Development"));
    // The one repair of that kind left is the split the PDF printed.
    assert_eq!(
        joined_words(&p)
            .into_iter()
            .filter(|(_, after)| after.contains("operation"))
            .count(),
        0
    );
}

/// A/RES/80/242: `Decides against the abolishment …` was read with the
/// lead `Decides again` (`again` matched inside `against`), and `Having
/// also considered` with the lead `Having also`.
#[test]
fn real_leads_of_a_budget_resolution() {
    let p = newsrc("A_RES_80_242.mupdf-json.txt");
    let r = &p.resolution;
    let leads = operative_leads(r);
    assert_eq!(r.operative.len(), 102);
    assert_eq!(leads[50], Some("Decides"));
    assert!(r.operative[50]
        .text
        .starts_with("Decides against the establishment"));
    assert_eq!(leads[57], Some("Also decides"));
    assert!(r.operative[57]
        .text
        .starts_with("Also decides against the abolishment"));
    assert!(
        leads
            .iter()
            .all(|l| l.is_some_and(|l| !l.ends_with("again"))),
        "{leads:?}"
    );
    let pre: Vec<_> = r.preamble.iter().map(|p| p.lead.as_deref()).collect();
    assert_eq!(
        pre,
        [
            Some("Reaffirming"),
            Some("Reaffirming also"),
            Some("Reaffirming further"),
            Some("Having considered"),
            Some("Having also considered"),
        ]
    );
}

/// A/RES/80/242: the adoption data and structure of a Fifth Committee
/// resolution with headings over its paragraphs (`Part I` / `Section 1`),
/// read as before: held so that the fixes above keep them.
#[test]
fn real_budget_resolution_structure() {
    let p = newsrc("A_RES_80_242.mupdf-json.txt");
    let r = &p.resolution;
    let a = adoption_of(r);
    assert_eq!(a.number.as_deref(), Some("80/242"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-12-30"));
    assert_eq!(
        report(r),
        (
            "Fifth Committee".to_owned(),
            Some("A/80/568".to_owned()),
            Some("19".to_owned())
        )
    );
    let meeting = a
        .meeting
        .as_ref()
        .unwrap_or_else(|| panic!("a meeting line"));
    assert_eq!(meeting.text, "69th (resumed) plenary meeting");
    assert_eq!(meeting.number, Some(69));
    let numbers: Vec<_> = r.operative.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=102).map(Some).collect::<Vec<_>>());
    let heading = |n: usize| r.operative[n - 1].heading.as_ref().map(|h| h.text.as_str());
    assert_eq!(
        heading(47),
        Some("Part I Overall policymaking, direction and coordination Section 1 Overall policymaking, direction and coordination")
    );
    assert_eq!(heading(61), Some("Section 4 Disarmament"));
    let labels: Vec<_> = r.operative[81]
        .subparagraphs
        .iter()
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(labels, ["a", "b", "c"]);
    assert_eq!(r.annexes.len(), 1);
    assert_eq!(
        r.annexes[0].title.as_deref(),
        Some("Staffing table for 2026")
    );
    // The table's cells set one a line stay in its text, numbers and all
    // (63 of them were dropped as page numbers).
    let table: String = r.annexes[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            AnnexBlock::Paragraph(p) => Some(p.text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        table.contains("Deputy Secretary-General 1 – 1 Under-Secretary-General 39 17 56"),
        "{table}"
    );
    // Every note is tied to its call: 41 and 42 were glued to the
    // paragraphs they follow (`paragraphs VIII.7441 and VIII.9642`), and
    // with them lost, 43 to 46 were no longer owed and stayed in the text.
    let refs: Vec<String> = r
        .preamble
        .iter()
        .flat_map(|p| &p.footnote_refs)
        .chain(r.operative.iter().flat_map(|p| &p.footnote_refs))
        .map(|f| f.marker.to_string())
        .collect();
    assert_eq!(refs, (1..=46).map(|n| n.to_string()).collect::<Vec<_>>());
    assert!(r.operative[88]
        .text
        .starts_with("Recalls paragraphs VIII.74 and VIII.96 of the reports"));
    assert!(r.operative[89]
        .text
        .contains("Advisory Committee, reaffirms"));
}

/// A/RES/80/90, paragraph 14: `Takes into account the 2030 Agenda …` had
/// the lead `Takes`; `take` has the complements it has in `Taking into
/// account`. Another Fourth Committee resolution, its origin read whole.
#[test]
fn real_takes_into_account_is_a_lead() {
    let p = newsrc("A_RES_80_90.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(r.operative.len(), 16);
    assert_eq!(r.preamble.len(), 31);
    assert_eq!(r.operative[13].number, Some(14));
    assert_eq!(r.operative[13].lead.as_deref(), Some("Takes into account"));
    assert_eq!(r.preamble[1].lead.as_deref(), Some("Taking note"));
    assert_eq!(adoption_of(r).number.as_deref(), Some("80/90"));
    assert_eq!(
        report(r),
        (
            "Special Political and Decolonization Committee (Fourth Committee)".to_owned(),
            Some("A/80/537".to_owned()),
            Some("15".to_owned())
        )
    );
    assert_eq!(r.footnotes.len(), 10);
}
