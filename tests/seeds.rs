//! The five seeds, exact: counts, numbers, leads, footnotes, sponsors and
//! adoption data as a careful reader sees them (foundation issue, item 5).

mod common;

use un_resolution::{
    parse_resolution, Body, Distribution, FootnoteMarker, OriginKind, Resolution, Status,
};

fn parse(prefix: &str) -> Resolution {
    parse_resolution(&common::seed(prefix)).unwrap_or_else(|e| panic!("seed {prefix}: {e}"))
}

fn markers(r: &Resolution) -> Vec<String> {
    r.footnotes.iter().map(|f| f.marker.to_string()).collect()
}

fn sponsor_names(r: &Resolution) -> Vec<&str> {
    match &r.status {
        Status::Draft {
            sponsors: Some(s), ..
        } => s.list.iter().map(|s| s.name.as_str()).collect(),
        other => panic!("expected a draft with sponsors, got {other:?}"),
    }
}

/// Every footnote has text and is cited exactly where a marker stood, and
/// every numbered marker has its note.
fn assert_footnotes_tied(r: &Resolution) {
    let mut cited: Vec<FootnoteMarker> = Vec::new();
    for p in &r.preamble {
        cited.extend(p.footnote_refs.iter().map(|f| f.marker));
    }
    for p in &r.operative {
        cited.extend(p.footnote_refs.iter().map(|f| f.marker));
    }
    if let Status::Draft {
        sponsors: Some(s), ..
    } = &r.status
    {
        cited.extend(s.footnote_refs.iter().map(|f| f.marker));
        for sp in &s.list {
            cited.extend(sp.footnote_refs.iter().map(|f| f.marker));
        }
    }
    for f in &r.footnotes {
        assert!(!f.text.is_empty(), "footnote {} has no text", f.marker);
        assert_eq!(
            cited.iter().filter(|&&m| m == f.marker).count(),
            1,
            "footnote {} cited once",
            f.marker
        );
    }
    assert_eq!(cited.len(), r.footnotes.len(), "every marker has its note");
}

fn operative_numbers(r: &Resolution) -> Vec<Option<u32>> {
    r.operative.iter().map(|p| p.number).collect()
}

fn expected_numbers(n: u32) -> Vec<Option<u32>> {
    (1..=n).map(Some).collect()
}

#[test]
fn seed_004_draft_2012() {
    let r = parse("004");
    assert_eq!((r.preamble.len(), r.operative.len()), (9, 14));
    assert_eq!(operative_numbers(&r), expected_numbers(14));
    assert_eq!(markers(&r), ["*", "1", "2", "3", "4", "5"]);
    assert_eq!(sponsor_names(&r), ["Cuba"]);
    assert_eq!(r.masthead.session.as_ref().map(|s| s.number), Some(67));
    assert_eq!(
        r.masthead.date.map(|d| d.to_string()).as_deref(),
        Some("2012-11-09")
    );
    assert_footnotes_tied(&r);
    // `1993¹ for`: the older style, marker without a comma.
    assert_eq!(
        r.preamble[0].footnote_refs[0].offset,
        r.preamble[0].text.find("1993").map(|i| i + 4).unwrap_or(0)
    );
    assert_eq!(r.operative[11].lead.as_deref(), Some("Welcomes"));
}

#[test]
fn seed_002_pdf_extracted_2015() {
    let r = parse("002");
    assert_eq!((r.preamble.len(), r.operative.len()), (10, 16));
    assert_eq!(operative_numbers(&r), expected_numbers(16));
    assert_eq!(markers(&r), ["*", "1", "2", "3", "4", "5"]);
    // A country's name can contain `and`.
    assert_eq!(sponsor_names(&r), ["Antigua and Barbuda", "Cuba"]);
    assert_eq!(r.masthead.span, None, "this rendering prints no masthead");
    assert_footnotes_tied(&r);
    let texts: Vec<&str> = r.operative.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts[8].contains("in the field of human rights through"),
        "fie ld joined"
    );
    assert!(
        texts[10].contains("of consecutive and compounded"),
        "conse cutive joined"
    );
    assert!(
        texts[13].contains("the twenty-eighth session"),
        "twenty - / eighth joined"
    );
    assert!(
        r.preamble[2].text.contains("the high-level meeting"),
        "high -level joined"
    );
    // The paragraph cut by the footnotes of page 1 is whole.
    assert!(r.preamble[2].text.ends_with("Durban Declaration and Programme of Action, and their role in the enhancement of international cooperation in the field of human rights,"));
    assert_eq!(r.preamble[2].segments.len(), 2);
}

#[test]
fn seed_001_draft_2024() {
    let r = parse("001");
    assert_eq!((r.preamble.len(), r.operative.len()), (15, 17));
    assert_eq!(operative_numbers(&r), expected_numbers(17));
    assert_eq!(markers(&r), ["*", "1", "2", "3", "4", "5", "6"]);
    assert_eq!(sponsor_names(&r), ["Cuba", "Russian Federation"]);
    // `Cuba* and Russian Federation:` marks one sponsor, not the list.
    let Status::Draft {
        sponsors: Some(s), ..
    } = &r.status
    else {
        panic!("draft")
    };
    assert!(s.footnote_refs.is_empty());
    assert_eq!(
        s.list[0].footnote_refs[0].marker,
        FootnoteMarker::Asterisks(1)
    );
    assert_eq!(r.masthead.session.as_ref().map(|s| s.number), Some(79));
    assert_footnotes_tied(&r);
    // Markdown links keep their text: `[70/1](#)`.
    assert!(r.preamble[1]
        .text
        .starts_with("Recalling its resolution 70/1 of 25 September 2015"));
}

#[test]
fn seed_000_draft_2025() {
    let r = parse("000");
    assert_eq!((r.preamble.len(), r.operative.len()), (15, 17));
    assert_eq!(operative_numbers(&r), expected_numbers(17));
    assert_eq!(markers(&r), ["*", "1", "2", "3", "4", "5", "6"]);
    assert_eq!(sponsor_names(&r), ["Cuba"]);
    // `Cuba:*` marks the list.
    let Status::Draft {
        sponsors: Some(s), ..
    } = &r.status
    else {
        panic!("draft")
    };
    assert_eq!(s.footnote_refs[0].marker, FootnoteMarker::Asterisks(1));
    let m = &r.masthead;
    assert_eq!(m.body, Some(Body::GeneralAssembly));
    assert_eq!(m.symbol, None, "this rendering does not print the symbol");
    assert_eq!(m.distribution, Some(Distribution::Limited));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-11-04"));
    assert_eq!(m.original_language.as_deref(), Some("English"));
    assert_eq!(
        m.session.as_ref().map(|s| (s.number, s.text.as_str())),
        Some((80, "Eightieth session"))
    );
    assert_eq!(m.committee.as_deref(), Some("Third Committee"));
    assert_eq!(m.agenda_items.len(), 1);
    assert_eq!(
        (
            m.agenda_items[0].number,
            m.agenda_items[0].sub_item.as_deref()
        ),
        (71, Some("b"))
    );
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("Enhancement of international cooperation in the field of human rights")
    );
    assert_footnotes_tied(&r);
    // Preambular paragraph 4 is cut by the page's footnotes.
    assert_eq!(r.preamble[3].segments.len(), 2);
    assert!(r.preamble[3]
        .text
        .contains("of the General Assembly to commemorate the tenth and twentieth anniversaries"));
    // Operative paragraph 13 is cut by a page break.
    assert!(r.operative[12]
        .text
        .contains("consecutive and compounded global crises"));
    let leads: Vec<&str> = r
        .operative
        .iter()
        .filter_map(|p| p.lead.as_deref())
        .collect();
    assert_eq!(leads[3], "Also reaffirms");
    assert_eq!(leads[10], "Further emphasizes");
    assert_eq!(leads[11], "Calls upon");
    let pre_leads: Vec<&str> = r
        .preamble
        .iter()
        .filter_map(|p| p.lead.as_deref())
        .collect();
    assert_eq!(
        &pre_leads[..4],
        [
            "Reaffirming",
            "Recalling",
            "Recalling also",
            "Recalling further"
        ]
    );
}

#[test]
fn seed_003_adopted_80_204() {
    let r = parse("003");
    assert_eq!((r.preamble.len(), r.operative.len()), (15, 17));
    assert_eq!(operative_numbers(&r), expected_numbers(17));
    assert_eq!(markers(&r), ["1", "2", "3", "4", "5", "6"]);
    let Status::Adopted { adoption, .. } = &r.status else {
        panic!("adopted, got {:?}", r.status)
    };
    assert_eq!(adoption.number.as_deref(), Some("80/204"));
    assert_eq!(
        adoption.date.map(|d| d.to_string()).as_deref(),
        Some("2025-12-18")
    );
    let origin = adoption.origin.as_ref().map(|o| &o.kind);
    assert!(
        matches!(origin, Some(OriginKind::Report { document: Some(d), paragraph: Some(p), .. }) if d == "A/80/545" && p == "5"),
        "{origin:?}"
    );
    let meeting = adoption
        .meeting
        .as_ref()
        .map(|m| (m.number, m.date.map(|d| d.to_string())));
    assert_eq!(meeting, Some((Some(69), Some("2025-12-18".to_owned()))));
    assert_eq!(
        r.masthead.symbol, None,
        "this rendering does not print the symbol"
    );
    assert_footnotes_tied(&r);
}

#[test]
fn seeds_000_and_003_are_one_text() {
    let draft = parse("000");
    let adopted = parse("003");
    for (a, b) in draft.preamble.iter().zip(&adopted.preamble) {
        assert_eq!(a.text, b.text);
        assert_eq!(a.lead, b.lead);
        assert_eq!(a.footnote_refs, b.footnote_refs);
    }
    for (a, b) in draft.operative.iter().zip(&adopted.operative) {
        assert_eq!(a.text, b.text);
        assert_eq!(a.lead, b.lead);
    }
    assert!(draft.same_content(&adopted));
    // and the comparison can fail: 004 is another version.
    assert!(!draft.same_content(&parse("004")));
}
