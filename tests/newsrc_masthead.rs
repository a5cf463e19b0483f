//! The masthead defects the audit of `testdata/newsrc/` found (D6, D8, D9,
//! D10), each held on its real text to what the text prints, and each rule
//! on small constructed texts, with the cases the rule must leave alone.

use un_resolution::{
    AgendaList, DiagnosticKind, DocumentKind, DropReason, FootnoteMarker, Parsed, Resolution,
    Status,
};

mod common;

use common::{newsrc, parsed as parse, sponsor_names, title};

fn agenda_title(r: &Resolution) -> Option<&str> {
    r.masthead.agenda_items.first()?.title.as_deref()
}

/// No line of the front was left unrecognized.
fn no_unrecognized_masthead(p: &Parsed) {
    let left: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| matches!(d.kind, DiagnosticKind::UnrecognizedMasthead { .. }))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

// D8 ----------------------------------------------------------------------

/// A/C.4/80/L.5 (`PyMuPDF`): the agenda title, blank lines, then a sponsor
/// list whose first line breaks inside `Democratic / People’s Republic of
/// Korea`. The first line was taken into the agenda title.
#[test]
fn real_sponsor_list_breaking_inside_a_name_after_the_agenda_title() {
    let p = newsrc("A_C.4_80_L.5.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(r.masthead.agenda_items.len(), 1);
    assert_eq!(r.masthead.agenda_items[0].number, 59);
    assert_eq!(
        agenda_title(r),
        Some("Eradicating colonialism in all its forms and manifestations")
    );
    assert_eq!(
        sponsor_names(r),
        [
            "Belarus",
            "Bolivia (Plurinational State of)",
            "Botswana",
            "China",
            "Cuba",
            "Democratic People’s Republic of Korea",
            "Equatorial Guinea",
            "Eritrea",
            "Iran (Islamic Republic of)",
            "Lao People’s Democratic Republic",
            "Nicaragua",
            "Russian Federation",
            "Saint Vincent and the Grenadines",
            "Venezuela (Bolivarian Republic of)",
            "Zimbabwe",
            "State of Palestine",
        ]
    );
    assert_eq!(
        title(r),
        Some("International Day against Colonialism in All Its Forms and Manifestations")
    );
    no_unrecognized_masthead(&p);
}

/// The sponsor lines' own evidence, with no blank line to help: a line of
/// States' names whose last name breaks (`Democratic` / `People’s Republic
/// of Korea`) belongs to the sponsor block; the agenda title above it,
/// wrapped over two lines, stays whole.
#[test]
fn sponsor_list_names_wrap_and_the_wrapped_agenda_title_stays_whole() {
    let text = "General Assembly\nDistr.: Limited\n9 October 2025\n\
                Agenda item 59\n\
                Eradicating colonialism in all its forms and\n\
                manifestations\n\
                Belarus, Cuba, Democratic\n\
                People’s Republic of Korea, Saint Vincent\n\
                and the Grenadines and Zimbabwe: draft resolution\n\
                International Day against Colonialism\n\
                The General Assembly,\n\
                Recalling its resolution 1514 (XV),\n\
                1. Decides to proclaim the Day.\n";
    let p = parse(text);
    let r = &p.resolution;
    assert_eq!(
        agenda_title(r),
        Some("Eradicating colonialism in all its forms and manifestations")
    );
    assert_eq!(
        sponsor_names(r),
        [
            "Belarus",
            "Cuba",
            "Democratic People’s Republic of Korea",
            "Saint Vincent and the Grenadines",
            "Zimbabwe"
        ]
    );
    assert_eq!(title(r), Some("International Day against Colonialism"));
}

/// A name broken alone on its line (`Democratic` / `People’s Republic of
/// Korea: draft resolution`): the break inside a State's name joins them.
#[test]
fn sponsor_name_broken_on_its_own_line() {
    let text = "General Assembly\nDistr.: Limited\n9 October 2025\n\
                Agenda item 59\n\
                Eradicating colonialism\n\
                Democratic\n\
                People’s Republic of Korea: draft resolution\n\
                A title\n\
                The General Assembly,\n\
                Recalling its resolution 1514 (XV),\n\
                1. Decides to proclaim the Day.\n";
    let r = parse(text).resolution;
    assert_eq!(agenda_title(&r), Some("Eradicating colonialism"));
    assert_eq!(sponsor_names(&r), ["Democratic People’s Republic of Korea"]);
}

/// The blank line: the agenda title ends at it, and the lines after it, up
/// to `: draft resolution`, are the sponsor block even where no name is in
/// the gazetteer to tell (`New` / `Ruritania`).
#[test]
fn agenda_title_ends_at_the_blank_line() {
    let text = "General Assembly\nDistr.: Limited\n9 October 2025\n\
                Agenda item 59\n\
                Eradicating colonialism\n\
                \x20\n\
                Atlantis, Freedonia, New\n\
                Ruritania and Utopia: draft resolution\n\n\
                A title\n\n\
                The General Assembly,\n\n\
                Recalling its resolution 1514 (XV),\n\n\
                1. Decides to proclaim the Day.\n";
    let p = parse(text);
    let r = &p.resolution;
    assert_eq!(agenda_title(r), Some("Eradicating colonialism"));
    assert_eq!(
        sponsor_names(r),
        ["Atlantis", "Freedonia", "New Ruritania", "Utopia"]
    );
    no_unrecognized_masthead(&p);
}

/// Negative: an agenda title set apart from its item's line by a blank
/// line, and wrapped, is no sponsor block: it is the title before the
/// sponsor line, whole.
#[test]
fn agenda_title_after_a_blank_line_is_no_sponsor_block() {
    let text = "General Assembly\nDistr.: Limited\n4 November 2025\n\
                Agenda item 71 (b)\n\n\
                Promotion and protection of human rights: human rights questions, including\n\
                Alternative approaches\n\
                Cuba: draft resolution\n\n\
                A title\n\n\
                The General Assembly,\n\n\
                Recalling its resolution 70/1,\n\n\
                1. Decides to continue its consideration of the question.\n";
    let r = parse(text).resolution;
    assert_eq!(
        agenda_title(&r),
        Some(
            "Promotion and protection of human rights: human rights questions, including \
             Alternative approaches"
        )
    );
    assert_eq!(sponsor_names(&r), ["Cuba"]);
}

// D9 ----------------------------------------------------------------------

/// A/80/L.1 (`PyMuPDF`), a draft decision issued before the agenda was
/// adopted: `Item 35 of the provisional agenda*` is its agenda line, whose
/// `*` cites `* A/80/150.`; its provisions `(a) Expresses …` and `(b)
/// Endorses …` follow a preamble ending in a colon.
#[test]
fn real_draft_decision_on_a_provisional_agenda() {
    let p = newsrc("A_80_L.1.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(r.masthead.agenda_items.len(), 1);
    let item = &r.masthead.agenda_items[0];
    assert_eq!(item.number, 35);
    assert_eq!(item.list, AgendaList::ProvisionalAgenda);
    assert_eq!(item.title.as_deref(), Some("Question of Palestine"));
    assert_eq!(item.footnote_refs.len(), 1);
    assert_eq!(item.footnote_refs[0].marker, FootnoteMarker::Asterisks(1));
    assert!(
        !p.diagnostics
            .iter()
            .any(|d| matches!(d.kind, DiagnosticKind::UncitedFootnote { .. })),
        "{:?}",
        p.diagnostics
    );
    no_unrecognized_masthead(&p);
    assert_eq!(
        title(r),
        Some(
            "Endorsement of the New York Declaration on the Peaceful Settlement of the \
             Question of Palestine and the Implementation of the Two-State Solution"
        )
    );
    assert_eq!(sponsor_names(r).len(), 7);
    let Status::Draft {
        sponsors: Some(s),
        kind,
        ..
    } = &r.status
    else {
        panic!("{:?}", r.status);
    };
    assert!(s.text.ends_with(": draft decision"), "{}", s.text);
    assert_eq!(*kind, DocumentKind::Decision);

    assert_eq!(r.preamble.len(), 3);
    assert!(r.preamble.iter().all(|p| p.subparagraphs.is_empty()));
    assert!(r.preamble[2].text.ends_with("Two-State Solution:"));
    assert_eq!(r.operative.len(), 2);
    let labels: Vec<_> = r
        .operative
        .iter()
        .map(|o| (o.number, o.label.as_deref(), o.lead.as_deref()))
        .collect();
    assert_eq!(
        labels,
        [
            (None, Some("a"), Some("Expresses")),
            (None, Some("b"), Some("Endorses"))
        ]
    );
    assert!(r.operative[0]
        .text
        .starts_with("Expresses its profound gratitude to France and Saudi Arabia"));
    assert_eq!(r.operative[0].footnote_refs.len(), 1);
    assert_eq!(
        r.operative[0].footnote_refs[0].marker,
        FootnoteMarker::Number(1)
    );
    assert!(r.operative[1].text.ends_with("to the Conference."));
}

const DECISION: &str = "General Assembly\nDistr.: Limited\n9 September 2025\n\
                        Eightieth session\n\
                        Item 35 of the provisional agenda*\n\
                        Question of Palestine\n\n\
                        France and Qatar: draft decision\n\n\
                        A title\n\n\
                        The General Assembly,\n\n\
                        Recalling its resolution 79/81 of 3 December 2024,\n\n\
                        Recalling also its decision 79/573 of 5 September 2025:\n\n\
                        (a) Expresses its gratitude to the Co-Chairs;\n\n\
                        (b) Decides:\n\n\
                        (i) To convene the Conference;\n\n\
                        (ii) To report to the Assembly;\n\n\
                        (c) Endorses the Declaration.\n\n\
                        * A/80/150.\n";

/// The rules on a constructed decision: the pending agenda's line and its
/// note, three lettered provisions after the colon, the second with a list
/// of its own.
#[test]
fn decision_provisions_are_operative() {
    let p = parse(DECISION);
    let r = &p.resolution;
    assert_eq!(r.masthead.agenda_items[0].number, 35);
    assert_eq!(
        r.masthead.agenda_items[0].list,
        AgendaList::ProvisionalAgenda
    );
    assert_eq!(
        r.masthead.agenda_items[0].title.as_deref(),
        Some("Question of Palestine")
    );
    // In JSON beside the number (the canonical texts: below).
    let json = serde_json::to_value(&r.masthead.agenda_items[0]).unwrap_or_default();
    assert_eq!(json["list"], "provisional_agenda");
    assert_eq!(
        r.masthead.agenda_items[0].footnote_refs[0].marker,
        FootnoteMarker::Asterisks(1)
    );
    assert_eq!(r.preamble.len(), 2);
    assert!(r.preamble[1].subparagraphs.is_empty());
    let labels: Vec<_> = r.operative.iter().map(|o| o.label.as_deref()).collect();
    assert_eq!(labels, [Some("a"), Some("b"), Some("c")]);
    assert!(r.operative.iter().all(|o| o.number.is_none()));
    let subs: Vec<_> = r.operative[1]
        .subparagraphs
        .iter()
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(subs, ["i", "ii"]);
    assert_eq!(r.operative[2].lead.as_deref(), Some("Endorses"));
    assert!(
        !p.diagnostics.iter().any(|d| matches!(
            d.kind,
            DiagnosticKind::UncitedFootnote { .. } | DiagnosticKind::UnrecognizedMasthead { .. }
        )),
        "{:?}",
        p.diagnostics
    );
}

/// The canonical text prints the provisions with their letters and the
/// agenda line with its marker, and reads back the same.
#[test]
fn decision_provisions_survive_the_canonical_text() {
    let r = parse(DECISION).resolution;
    for text in [
        un_resolution::text::to_plain(&r),
        un_resolution::text::to_markdown(&r),
    ] {
        assert!(text.contains("(a) "), "{text}");
        // The line as the pending agenda prints it, its list kept.
        assert!(
            text.contains("Item 35 of the provisional agenda*"),
            "{text}"
        );
        let back = parse(&text);
        assert!(r.same_content(&back.resolution), "{text}");
        assert_eq!(
            back.resolution.masthead.agenda_items,
            r.masthead.agenda_items
        );
    }
}

/// Negative: lettered items after a preambular paragraph's colon that
/// recite (`Decided …`, past tense) stay its subparagraphs, and a
/// resolution's subparagraphs under a numbered paragraph stay there.
#[test]
fn recited_items_stay_subparagraphs() {
    let text = "The General Assembly,\n\n\
                Recalling its resolution 79/81, in which it:\n\n\
                (a) Decided to convene a conference;\n\n\
                (b) Requested a report,\n\n\
                1. Decides:\n\n\
                (a) Expresses its gratitude;\n\n\
                (b) Endorses the Declaration.\n";
    let r = parse(text).resolution;
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(r.preamble[0].subparagraphs.len(), 2);
    assert_eq!(r.operative.len(), 1);
    assert_eq!(r.operative[0].number, Some(1));
    assert_eq!(r.operative[0].label, None);
    assert_eq!(r.operative[0].subparagraphs.len(), 2);
}

/// Negative: a preambular paragraph that does not end in a colon does not
/// open a decision's provisions, whatever its items say.
#[test]
fn provisions_need_the_colon() {
    let text = "The General Assembly,\n\n\
                Recalling its resolution 79/81,\n\n\
                Noting the report, in which it\n\n\
                (a) Expresses its gratitude;\n";
    let r = parse(text).resolution;
    assert!(r.operative.iter().all(|o| o.label.is_none()));
}

// D6 ----------------------------------------------------------------------

/// The first line is a lone `,` (what a Word export left of `The Economic
/// and Social Council,` or `The General Assembly,`): no title, the line
/// dropped with its reason.
#[test]
fn real_lone_comma_is_no_title() {
    for name in [
        "E_RES_2018_2.docjson.txt",
        "E_RES_2018_3.docjson.txt",
        "A_RES_67_290.ggimjson.txt",
    ] {
        let p = newsrc(name);
        assert_eq!(title(&p.resolution), None, "{name}");
        assert!(
            p.diagnostics.iter().any(|d| d.kind
                == DiagnosticKind::DroppedLine {
                    reason: DropReason::Punctuation
                }
                && d.span.start == 0
                && d.span.end == 1),
            "{name}: {:?}",
            p.diagnostics
        );
        assert!(
            p.resolution.preamble[0].text.starts_with("Recalling"),
            "{name}"
        );
    }
}

#[test]
fn punctuation_line_is_no_title_but_punctuation_in_words_stays() {
    let p = parse(",\nRecalling its resolution 70/1,\n1. Decides to meet.\n");
    assert_eq!(title(&p.resolution), None);
    assert!(p.diagnostics.iter().any(|d| d.kind
        == DiagnosticKind::DroppedLine {
            reason: DropReason::Punctuation
        }));
    let r = parse("Question of Palestine: report,\n—\nThe General Assembly,\nRecalling its resolution 70/1,\n1. Decides to meet.\n").resolution;
    assert_eq!(title(&r), Some("Question of Palestine: report,"));
}

// D10 ---------------------------------------------------------------------

/// A/C.5/80/L.3 (`PyMuPDF`): a draft submitted by an officer, on two lines,
/// has no sponsors.
#[test]
fn real_officers_draft_has_no_sponsors() {
    let r = newsrc("A_C.5_80_L.3.mupdf-json.txt").resolution;
    let Status::Draft {
        sponsors,
        submitted_by,
        ..
    } = &r.status
    else {
        panic!("{:?}", r.status);
    };
    assert_eq!(sponsors, &None);
    assert_eq!(
        submitted_by.as_ref().map(|s| s.text.as_str()),
        Some("the Chair of the Committee following informal consultations")
    );
    assert_eq!(
        title(&r),
        Some("Financial arrangements and procedures for the implementation of resolution 2719 (2023)")
    );
}

#[test]
fn officers_draft_on_two_lines_has_no_sponsors() {
    let text = "General Assembly\nDistr.: Limited\n4 November 2025\nFifth Committee\nAgenda item 148\n\
                Financing of peacekeeping\n\n\
                Draft resolution submitted by the Vice-Chair of the Committee,\n\
                Weronika Garbacz (Poland)\n\n\
                A title\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to meet.\n";
    let r = parse(text).resolution;
    let Status::Draft {
        sponsors,
        submitted_by,
        ..
    } = &r.status
    else {
        panic!("{:?}", r.status);
    };
    assert_eq!(sponsors, &None);
    assert_eq!(
        submitted_by.as_ref().map(|s| s.text.as_str()),
        Some("the Vice-Chair of the Committee, Weronika Garbacz (Poland)")
    );
}
