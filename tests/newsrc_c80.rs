//! Main Committee drafts of the 80th session as un-docs-downloader stores
//! their `PyMuPDF` text (`testdata/newsrc/A_C.*`): the defects the audit of
//! that series found, each held on its real text to what the PDF prints,
//! and each rule on small constructed texts, with the cases it must leave
//! alone.

use un_resolution::{DocumentKind, FootnoteMarker, ParseErrorKind, Status};

mod common;

use common::{draft_kind, missing_leads, newsrc, parsed as parse, sponsor_names, title};

// A decision printed as one sentence, the formula run on into it -----------

/// A/C.4/80/L.10: `The General Assembly, taking note of the application
/// of Côte d’Ivoire …, decides to appoint …`. The formula runs on into the
/// sentence, so no line was a formula, none opened with a number or a lead:
/// the parse failed (`no resolution body`).
#[test]
fn real_decision_in_one_sentence_after_a_participle() {
    let p = newsrc("A_C.4_80_L.10.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(draft_kind(r), Some(DocumentKind::Decision));
    assert_eq!(
        sponsor_names(r),
        [
            "Austria",
            "Côte d’Ivoire",
            "France",
            "Gabon",
            "Germany",
            "Morocco",
            "Spain"
        ]
    );
    assert_eq!(
        title(r),
        Some("Increase in the membership of the Committee on the Peaceful Uses of Outer Space")
    );
    assert!(r.formula.is_none());
    assert!(r.preamble.is_empty());
    assert_eq!(r.operative.len(), 1);
    let op = &r.operative[0];
    assert_eq!(op.number, None);
    assert!(
        op.text
            .starts_with("The General Assembly, taking note of the application of Côte d’Ivoire"),
        "{}",
        op.text
    );
    assert!(op
        .text
        .ends_with("as a member of the Committee on the Peaceful Uses of Outer Space."));
    assert!(
        op.text.contains("2 July 2025, decides to appoint"),
        "{}",
        op.text
    );
    // Its verb, 52 words in, leads it (there was no lead and a
    // `missing_lead` warning: the verb lay past the 40 words an
    // introduction to a numbered paragraph may take).
    assert_eq!(op.lead.as_deref(), Some("decides"));
    assert_eq!(missing_leads(&p), 0);
    // The note's call, after `2 July 2025,`, is tied to the note.
    assert_eq!(op.footnote_refs.len(), 1);
    assert_eq!(op.footnote_refs[0].marker, FootnoteMarker::Number(1));
    assert_eq!(r.footnotes.len(), 1);
    assert!(r.footnotes[0]
        .text
        .starts_with("Official Records of the General Assembly"));
}

/// A/C.1/80/L.39: `The General Assembly, recalling its resolution 78/28 …
/// and its decision 79/513 …, decides to include …`: one paragraph, whose
/// lead is the verb after the organ.
#[test]
fn real_decision_in_one_sentence_has_its_verb_as_lead() {
    let p = newsrc("A_C.1_80_L.39.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(draft_kind(r), Some(DocumentKind::Decision));
    assert_eq!(
        sponsor_names(r),
        ["Canada", "Germany", "Netherlands (Kingdom of the)"]
    );
    assert_eq!(r.masthead.committee.as_deref(), Some("First Committee"));
    assert_eq!(r.masthead.agenda_items[0].number, 99);
    assert_eq!(r.masthead.agenda_items[0].sub_item.as_deref(), Some("a"));
    assert!(r.preamble.is_empty());
    assert_eq!(r.operative.len(), 1);
    assert_eq!(r.operative[0].lead.as_deref(), Some("decides"));
    assert!(r.operative[0]
        .text
        .starts_with("The General Assembly, recalling its resolution 78/28"));
    assert!(r.operative[0].text.ends_with("nuclear explosive devices”."));
    assert_eq!(missing_leads(&p), 0);
}

const DECISION_FRONT: &str = "General Assembly \nDistr.: Limited \n6 November 2025 \n\
Original: English \n \nEightieth session \nFourth Committee \nAgenda item 121 \n\
Revitalization of the work of the General Assembly \n \n";

/// `The General Assembly approves …`: the verb right after the organ; the
/// title above opens as a preambular lead does (`Proposed`) and stays the
/// title.
#[test]
fn decision_in_one_sentence_with_the_verb_after_the_organ() {
    let text = format!(
        "{DECISION_FRONT}Draft decision submitted by the Bureau \n \n \
Proposed programme of work and timetable for 2026 \n \n\
The General Assembly approves the proposed programme of work and timetable \n\
of the Committee for the eighty-first session of the Assembly. \n"
    );
    let r = parse(&text).resolution;
    assert_eq!(draft_kind(&r), Some(DocumentKind::Decision));
    assert_eq!(
        title(&r),
        Some("Proposed programme of work and timetable for 2026")
    );
    assert!(r.preamble.is_empty());
    assert_eq!(r.operative.len(), 1);
    assert_eq!(r.operative[0].lead.as_deref(), Some("approves"));
    assert!(r.operative[0]
        .text
        .starts_with("The General Assembly approves"));
}

/// The formula alone on its line, or run on into a preamble in capitals,
/// opens no one-sentence decision.
#[test]
fn formula_followed_by_a_preamble_is_no_one_sentence_decision() {
    let text = format!(
        "{DECISION_FRONT}France: draft decision \n \n Some title \n \n\
The General Assembly, Recalling its decision 79/513, \n \n1. \nDecides to act. \n"
    );
    let r = parse(&text).resolution;
    assert!(r.formula.is_some());
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(r.operative.len(), 1);
    assert_eq!(r.operative[0].number, Some(1));
}

// A title that ends as a field does is no field --------------------------

/// A/C.4/80/L.10: the title's first line, `Increase in the membership of
/// the Committee on the Peaceful Uses`, opens with words that end as a
/// committee's name does: the committee read `Increase in the membership
/// of the Committee`, in place of the masthead's.
#[test]
fn real_title_that_opens_as_a_committee_leaves_the_committee() {
    let r = newsrc("A_C.4_80_L.10.mupdf-json.txt").resolution;
    assert_eq!(
        r.masthead.committee.as_deref(),
        Some("Special Political and Decolonization Committee (Fourth Committee)")
    );
    assert_eq!(r.masthead.agenda_items[0].number, 48);
}

/// A title under the sponsor line that ends in `Committee` (`Report of
/// the Human Rights Committee`) was read as the committee field, over the
/// masthead's or in place of none, and the draft lost its title: the field
/// is always one of the six Main Committees.
#[test]
fn title_ending_in_committee_is_no_committee() {
    for (committee, title_line) in [
        (None, "Report of the Human Rights Committee"),
        (
            Some("Third Committee"),
            "Report of the Human Rights Committee",
        ),
        (None, "Cooperation with the Committee"),
    ] {
        let field = committee.map_or(String::new(), |c| format!("{c} \n"));
        let text = format!(
            "General Assembly \nDistr.: Limited \n6 November 2025 \nOriginal: English \n \n\
Eightieth session \n{field}Agenda item 68 \nReport of the Human Rights Council \n \n\
France: draft resolution \n \n{title_line} \n \n\
The General Assembly, \n \nRecalling its resolution 79/1, \n \n1. Decides to act. \n"
        );
        let r = parse(&text).resolution;
        assert_eq!(r.masthead.committee.as_deref(), committee, "{title_line}");
        assert_eq!(title(&r), Some(title_line));
        assert_eq!(r.masthead.agenda_items[0].number, 68);
    }
}

/// The same with no committee in the masthead (a plenary draft): none is
/// read from the title.
#[test]
fn title_that_opens_as_a_committee_is_no_committee() {
    let text = "General Assembly \nDistr.: Limited \n6 November 2025 \nOriginal: English \n \n\
Eightieth session \nAgenda item 48 \nOuter space \n \nFrance: draft resolution \n \n \
Report of the Committee on the Peaceful Uses \nof Outer Space \n \n\
The General Assembly, \n \nRecalling its resolution 79/1, \n \n1. \nDecides to act. \n";
    let r = parse(text).resolution;
    assert_eq!(r.masthead.committee, None);
    assert_eq!(
        title(&r),
        Some("Report of the Committee on the Peaceful Uses of Outer Space")
    );
}

// Amendments ---------------------------------------------------------------

/// The amendment error and the draft it names.
fn amended(text: &str) -> String {
    match un_resolution::parse_resolution(text) {
        Err(e) => match e.kind {
            ParseErrorKind::Amendment { target } => target,
            other => panic!("not the amendment error: {other:?}"),
        },
        Ok(r) => panic!("an amendment parsed as a resolution: {r:#?}"),
    }
}

/// A/C.3/80/L.64: `Burundi: amendment to revised draft resolution
/// A/C.3/80/L.20/Rev.1` was read as the title, with no sponsors, and the
/// title below it, `Rights of the child` (whose `Rights` reads as a verb),
/// as a preambular paragraph without lead. An amendment is no resolution:
/// the error names the draft it amends.
#[test]
fn real_amendment_names_the_draft_amended() {
    let text = common::newsrc_text("A_C.3_80_L.64.mupdf-json.txt");
    assert_eq!(amended(&text), "A/C.3/80/L.20/Rev.1");
}

/// A/C.3/80/L.62: the sponsor line wrapped before the symbol (`Belarus and
/// Russian Federation: amendment to revised draft resolution` /
/// `A/C.3/80/L.20/Rev.1`), so no line read as an amendment's: the text
/// parsed as a resolution of two operative paragraphs (`Rights of the child
/// After the fourteenth …`). The error names the draft, at the sponsor line.
#[test]
fn real_amendment_with_its_symbol_on_the_next_line() {
    let text = common::newsrc_text("A_C.3_80_L.62.mupdf-json.txt");
    assert_eq!(amended(&text), "A/C.3/80/L.20/Rev.1");
    let err = un_resolution::parse_resolution(&text).err();
    assert_eq!(err.map(|e| (e.line, e.column)), Some((23, 1)));
    // A line that names no amendment keeps the symbol under it its own.
    let sponsors = "Belarus and Russian Federation: draft resolution \nA/C.3/80/L.20/Rev.1 \n";
    let text = text.replace(
        "Belarus and Russian Federation: amendment to revised draft resolution \nA/C.3/80/L.20/Rev.1 \n",
        sponsors,
    );
    assert!(un_resolution::parse_resolution(&text).is_ok());
}

/// Amendments in the plural, to a draft not revised.
#[test]
fn amendments_to_a_draft_resolution() {
    let text = "General Assembly \nDistr.: Limited \n14 November 2025 \nOriginal: English \n \n\
Eightieth session \nThird Committee \nAgenda item 67 \nPromotion and protection of the rights of children \n \n\
Egypt and Nigeria: amendments to draft resolution A/C.3/80/L.33 \n \n \
Some title \n \n1. \nIn the fifth preambular paragraph, delete “all”. \n2. \n\
In operative paragraph 3, delete “and”. \n";
    assert_eq!(amended(text), "A/C.3/80/L.33");
}

/// A title above the first numbered paragraph of a text with no formula is
/// a title only where it ends as no paragraph ends: a first paragraph that
/// ends with its comma stays a paragraph.
#[test]
fn lead_shaped_block_that_ends_as_a_paragraph_stays_a_paragraph() {
    let text = "Recalling its resolution 79/1, \n \n1. \nDecides to act. \n";
    let r = parse(text).resolution;
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(r.preamble[0].lead.as_deref(), Some("Recalling"));
    assert_eq!(r.operative.len(), 1);
}

/// An amendment under an agenda item whose title opens as a lead does
/// (`Rights of indigenous peoples`, where `Rights` reads as a verb).
#[test]
fn amendment_under_an_agenda_title_that_opens_as_a_lead() {
    let text = "General Assembly \nDistr.: Limited \n14 November 2025 \nOriginal: English \n \n\
Eightieth session \nThird Committee \nAgenda item 68 \nRights of indigenous peoples \n \n\
Egypt: amendment to draft resolution A/C.3/80/L.25 \n \n Rights of indigenous peoples \n \n\
1. \nIn operative paragraph 3, delete “all”. \n";
    assert_eq!(amended(text), "A/C.3/80/L.25");
}

// A draft with no sponsors ---------------------------------------------------

/// A/C.6/80/L.12: `Draft resolution` alone over the title (the Sixth
/// Committee's drafts come from its Bureau). It was read as a sponsor line
/// naming no one (`sponsors: { text: "Draft resolution", list: [] }`).
#[test]
fn draft_resolution_alone_names_no_sponsors() {
    let text = "General Assembly \nDistr.: Limited \n11 November 2025 \nOriginal: English \n \n\
Eightieth session \nSixth Committee \nAgenda item 85 \nThe scope and application of the principle of \n\
universal jurisdiction \n \n \n \nDraft resolution \n \n \n\
The scope and application of the principle of universal jurisdiction \n \n \n\
The General Assembly, \n \nRecalling its resolutions, \n \n1. \nDecides to act. \n";
    let r = parse(text).resolution;
    assert!(
        matches!(
            &r.status,
            Status::Draft {
                sponsors: None,
                submitted_by: None,
                ..
            }
        ),
        "{:?}",
        r.status
    );
    assert_eq!(draft_kind(&r), Some(DocumentKind::Resolution));
    assert_eq!(
        title(&r),
        Some("The scope and application of the principle of universal jurisdiction")
    );
}

// Sections with long titles --------------------------------------------------

/// A/C.5/80/L.5: section `I`, right under the formula, has a title of three
/// lines (205 characters): it was read as a preambular paragraph without
/// lead, so the text had one section (`II`) and no sections at all; the
/// preamble of section `II`, printed after the operative paragraphs of
/// section `I`, went into the one preamble.
#[test]
fn section_with_a_long_title_under_the_formula() {
    let text = "General Assembly \nDistr.: Limited \n29 December 2025 \nOriginal: English \n \n\
Eightieth session \nFifth Committee \nAgenda item 136 \nProposed programme budget for 2026 \n \n \n\
Draft resolution submitted by the Chair of the Committee following \ninformal consultations \n \n \n \
Special subjects relating to the proposed programme budget \nfor 2026 \n \n \n\
The General Assembly, \n \n \n \nI \n \n \n\
Conditions of service and compensation for officials other than Secretariat \n\
officials: members of the International Court of Justice and President and judges \n\
of the International Residual Mechanism for Criminal Tribunals \n \n \n\
Recalling its resolution 37/240 of 21 December 1982, \n \n1. \nTakes note of the report;  \n \n\
2. \nEndorses the conclusions;  \n \n \n \nII \n \n \n\
Strategic heritage plan of the United Nations Office at Geneva \n \n \n\
Recalling part XI of its resolution 64/243 of 24 December 2009, \n \n\
1. \nTakes note of the report;  \n \n2. \nEndorses the conclusions. \n";
    let r = parse(text).resolution;
    assert_eq!(r.parts.len(), 2, "{:?}", r.parts);
    assert_eq!(r.preamble.len(), 2);
    assert!(r
        .preamble
        .iter()
        .all(|p| p.lead.as_deref() == Some("Recalling")));
    assert_eq!(r.operative.len(), 4);
    let title = r.parts[0].title.as_ref().map(|t| t.text.as_str());
    assert_eq!(
        title,
        Some(
            "Conditions of service and compensation for officials other than Secretariat \
officials: members of the International Court of Justice and President and judges \
of the International Residual Mechanism for Criminal Tribunals"
        )
    );
}
