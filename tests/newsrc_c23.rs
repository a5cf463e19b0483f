//! Drafts of the Second, Third and Sixth Committees of the 80th session as
//! un-docs-downloader stores their `PyMuPDF` text (`testdata/newsrc/A_C.*`):
//! the defects the audit of that series found, each held on its real text
//! to what the PDF prints, and each rule on small constructed texts, with
//! the cases it must leave alone.

use un_resolution::{DocumentKind, Resolution};

mod common;

use common::{draft_kind, missing_leads, newsrc, parsed as parse, title};

/// Numbers of the operative paragraphs, in order.
fn numbers(r: &Resolution) -> Vec<Option<u32>> {
    r.operative.iter().map(|p| p.number).collect()
}

// A programme of work: items labelled `Item 1.` --------------------------

/// A/C.3/80/L.60: the Third Committee's draft programme of work labels its
/// items `Item 1.` … `Item 13.`, each alone on its line, with the sub-items
/// `(a)`, `(b)` under it. The label was not read: the items ran on into the
/// subparagraph above them (`(c) Literacy for life: … Item 2. Crime
/// prevention … Item 5. Promotion … of children:`), and each item's list
/// nested one level deeper than the last.
#[test]
fn real_programme_of_work_items() {
    let p = newsrc("A_C.3_80_L.60.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(draft_kind(r), Some(DocumentKind::Decision));
    assert_eq!(
        title(r),
        Some("Draft programme of work of the Third Committee for the eighty-first session of the General Assembly")
    );
    // The decision's sentence, then the thirteen items.
    let mut want = vec![None];
    want.extend((1..=13).map(Some));
    assert_eq!(numbers(r), want);
    let decision = &r.operative[0];
    assert!(decision
        .text
        .starts_with("The General Assembly approves, subject to"));
    assert!(decision
        .text
        .ends_with("as contained in document A/C.3/80/CRP.2."));
    assert!(decision.subparagraphs.is_empty());
    // The list's title heads its first item.
    let first = &r.operative[1];
    assert_eq!(
        first.heading.as_ref().map(|h| h.text.as_str()),
        Some("Draft programme of work")
    );
    assert_eq!(first.text, "Social development:");
    let labels: Vec<_> = first
        .subparagraphs
        .iter()
        .map(|s| s.label.to_string())
        .collect();
    assert_eq!(labels, ["a", "b", "c"]);
    assert_eq!(
        first.subparagraphs[2].text,
        "Literacy for life: shaping future agendas."
    );
    assert!(first
        .subparagraphs
        .iter()
        .all(|s| s.subparagraphs.is_empty()));
    assert_eq!(
        r.operative[2].text,
        "Crime prevention and criminal justice."
    );
    // Each item's list is its own, at one level: 5 (a)–(b), 6 (a)–(b) across
    // the page break, 7 (a)–(d), 8 (a)–(b).
    let subs: Vec<usize> = r.operative[1..]
        .iter()
        .map(|p| p.subparagraphs.len())
        .collect();
    assert_eq!(subs, [3, 0, 0, 0, 2, 2, 4, 2, 0, 0, 0, 0, 0]);
    for p in &r.operative[1..] {
        assert!(
            p.subparagraphs.iter().all(|s| s.subparagraphs.is_empty()),
            "{}",
            p.text
        );
    }
    assert_eq!(
        r.operative[6].subparagraphs[1].text,
        "Follow-up to the outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples."
    );
    assert_eq!(r.operative[13].text, "Programme planning.");
    // An item is an agenda title, no paragraph of the decision: none has a
    // lead. Item 6 opens with a plural noun (`Rights of Indigenous
    // Peoples:`), once read as the verb `Rights`.
    assert_eq!(r.operative[6].text, "Rights of Indigenous Peoples:");
    // Item 11 is a title with a comma before a word in `-s` (`Report of
    // the United Nations High Commissioner for Refugees, questions …`),
    // once read as an introduction and its verb `questions`.
    assert!(r.operative[11]
        .text
        .starts_with("Report of the United Nations High Commissioner"));
    assert!(r.operative[1..].iter().all(|p| p.lead.is_none()));
    // None by nature, so no lead is reported missing (thirteen warnings
    // were).
    assert_eq!(missing_leads(&p), 0);
}

/// The rule on a small text: `Item N.` opens item N, alone on its line or
/// before its text; an item cited in a sentence (`Item 12 of …`) opens
/// nothing.
#[test]
fn programme_item_labels() {
    let text = "The General Assembly approves the draft programme of work as set out below.\n\
                Item 1.\n\
                Social development:\n\
                (a) Social development, including questions relating to youth;\n\
                (b) Literacy for life.\n\
                Item 2. Crime prevention and criminal justice.\n\
                Item 3.\n\
                Programme planning.\n";
    let r = parse(text).resolution;
    assert_eq!(numbers(&r), [None, Some(1), Some(2), Some(3)]);
    assert_eq!(r.operative[1].text, "Social development:");
    assert_eq!(r.operative[1].subparagraphs.len(), 2);
    assert_eq!(
        r.operative[2].text,
        "Crime prevention and criminal justice."
    );
    assert_eq!(r.operative[3].text, "Programme planning.");

    let text = "The General Assembly,\n\
                Recalling its resolution 79/1,\n\
                1. Decides to include in the provisional agenda of its eighty-first session the sub-item under\n\
                Item 12 of the agenda entitled “Programme planning”.\n";
    let r = parse(text).resolution;
    assert_eq!(numbers(&r), [Some(1)]);
    assert!(r.operative[0]
        .text
        .ends_with("entitled “Programme planning”."));
}

// A title wrapped before `eighty-first session` --------------------------

/// A/C.6/80/L.20: the title `Provisional programme of work of the Sixth
/// Committee for the` / `eighty-first session` wraps before the session it
/// names. Its second line was read as the masthead's session field: the
/// draft of the eightieth session was put in the eighty-first, and the
/// title lost its last two words.
#[test]
fn real_title_wrapped_before_a_session() {
    let p = newsrc("A_C.6_80_L.20.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(draft_kind(r), Some(DocumentKind::Decision));
    assert_eq!(
        r.masthead
            .session
            .as_ref()
            .map(|s| (s.number, s.text.as_str())),
        Some((80, "Eightieth session"))
    );
    assert_eq!(r.masthead.committee.as_deref(), Some("Sixth Committee"));
    assert_eq!(
        title(r),
        Some("Provisional programme of work of the Sixth Committee for the eighty-first session")
    );
    assert_eq!(r.operative.len(), 1);
    assert!(r.operative[0]
        .text
        .starts_with("The General Assembly notes that the Sixth Committee has decided"));
}

/// The rule on a small text: the first session line, capitalised, is the
/// field; a later one in lower case is the title's.
#[test]
fn session_field_is_the_first_capitalised_one() {
    let text = "General Assembly\n\
                Distr.: Limited\n\
                14 November 2025\n\
                Original: English\n\
                Eightieth session\n\
                Sixth Committee\n\
                Agenda item 121\n\
                Revitalization of the work of the General Assembly\n\
                \n\
                Draft decision\n\
                \n\
                Provisional programme of work of the Sixth Committee for the\n\
                eighty-first session\n\
                \n\
                The General Assembly notes the provisional programme of work.\n";
    let r = parse(text).resolution;
    assert_eq!(r.masthead.session.as_ref().map(|s| s.number), Some(80));
    assert_eq!(
        title(&r),
        Some("Provisional programme of work of the Sixth Committee for the eighty-first session")
    );
}

// A title wrapped before `the General Assembly` --------------------------

/// A/C.6/80/L.6: the title `Observer status for the Islamic Organization
/// for Food Security in` / `the General Assembly` wraps before the organ's
/// name. Its second line was read as the enacting formula: the title lost
/// its last words and `The General Assembly,` became a preambular paragraph
/// without a lead.
#[test]
fn real_title_wrapped_before_the_organ() {
    let p = newsrc("A_C.6_80_L.6.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(
        title(r),
        Some("Observer status for the Islamic Organization for Food Security in the General Assembly")
    );
    assert_eq!(
        r.formula.as_ref().map(|f| f.text.as_str()),
        Some("The General Assembly,")
    );
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(r.preamble[0].lead.as_deref(), Some("Wishing"));
    assert_eq!(numbers(r), [Some(1), Some(2)]);
    let names = common::sponsor_names(r);
    assert_eq!(names.len(), 57);
    assert_eq!(names.last(), Some(&"State of Palestine"));
}
