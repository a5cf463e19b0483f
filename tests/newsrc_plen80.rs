//! Defects the audit of the plenary drafts of the eightieth session
//! (`A/80/L.*`, `PyMuPDF` text of `wannli/un-docs-downloader`) found, each held
//! on its real text, and each rule on small constructed texts with the
//! cases it must leave alone.

use un_resolution::{parse_resolution, ParseErrorKind, Status};

mod common;

use common::{missing_leads, newsrc, newsrc_text, parsed, sponsor_names};

/// The error `text` gives; a panic where it parses.
fn error(text: &str) -> un_resolution::ParseError {
    match parse_resolution(text) {
        Err(e) => e,
        Ok(r) => panic!("read as a resolution: {:?}", r.title),
    }
}

/// The resolution `text` gives; a panic where it does not parse.
fn ok(text: &str) -> un_resolution::Resolution {
    parse_resolution(text).unwrap_or_else(|e| panic!("{e}"))
}

// Amendments ---------------------------------------------------------------

/// A/80/L.20: `Russian Federation:* amendment to draft resolution
/// A/80/L.18` / title / `Delete operative paragraph 9.`. It has no formula,
/// and was read as a resolution of one preambular paragraph with the lead
/// `Strengthening` (the agenda item's title), the sponsor line, the title
/// and the instruction run together.
#[test]
fn real_amendment_is_no_resolution() {
    let err = error(&newsrc_text("A_80_L.20.mupdf-json.txt"));
    assert_eq!(
        err.kind,
        ParseErrorKind::Amendment {
            target: "A/80/L.18".to_owned()
        }
    );
    assert!(err.to_string().contains("amendment to A/80/L.18"), "{err}");
    // Where: the sponsor line `Russian Federation:* amendment to draft
    // resolution A/80/L.18`, not the first line of the text.
    assert_eq!((err.line, err.column), (25, 1));
}

/// A/80/L.30: an amendment that numbers its eleven changes (`1.` / `In the
/// fourth preambular paragraph, delete …`), read before as a resolution of
/// eleven operative paragraphs.
#[test]
fn real_amendment_with_numbered_changes_is_no_resolution() {
    let err = error(&newsrc_text("A_80_L.30.mupdf-json.txt"));
    assert_eq!(
        err.kind,
        ParseErrorKind::Amendment {
            target: "A/80/L.25".to_owned()
        }
    );
}

const AMENDMENT_HEAD: &str = "General Assembly\nDistr.: Limited\n4 December 2025\n\nEightieth session\nAgenda item 75\nOceans and the law of the sea\n\n";

#[test]
fn amendment_sponsor_line_forms() {
    for (sponsors, target) in [
        // One line, the sponsors' note on the colon.
        (
            "Brazil:* amendment to draft resolution A/80/L.22\n",
            "A/80/L.22",
        ),
        // Plural, to a draft decision.
        (
            "Cuba and Nicaragua: amendments to draft decision A/C.3/80/L.9\n",
            "A/C.3/80/L.9",
        ),
        // The list wrapped before the words: the colon ends the line above.
        (
            "Belarus,* Eritrea* :\namendment to draft resolution A/HRC/58/L.7\n",
            "A/HRC/58/L.7",
        ),
    ] {
        let text = format!(
            "{AMENDMENT_HEAD}{sponsors}\nOceans and the law of the sea\n\nReplace operative paragraph 200 with the following text:\n\nWelcomes the convening of the Conference;\n"
        );
        let err = error(&text);
        assert_eq!(
            err.kind,
            ParseErrorKind::Amendment {
                target: target.to_owned()
            },
            "{sponsors}"
        );
        // The error points at the sponsor line's words of amendment (line
        // 9 or 10: the head's eight lines and a blank one above), not at
        // the text's first line.
        let amending = text.lines().position(|l| l.contains("amendment"));
        assert_eq!(Some(err.line - 1), amending, "{sponsors}");
        assert_eq!(err.column, 1, "{sponsors}");
        assert!(err.line >= 9, "{sponsors}");
    }
}

/// A resolution that mentions an amendment in its body, or a title that
/// does, is read as a resolution: the words count only on the sponsor line
/// (after its colon), before the formula.
#[test]
fn amendment_words_elsewhere_leave_a_resolution() {
    let body = "The General Assembly,\n\nRecalling the amendment to draft resolution A/79/L.5,\n\n1. Decides to remain seized of the matter.\n";
    let r = ok(body);
    assert_eq!(r.operative.len(), 1);
    // A line with no sponsors' colon before the words.
    let title = format!(
        "{AMENDMENT_HEAD}Brazil: draft resolution\n\nOn the amendment to draft resolution A/80/L.22\n\n{body}"
    );
    let r = ok(&title);
    assert_eq!(sponsor_names(&r), ["Brazil"]);
    assert_eq!(r.operative.len(), 1);
}

// Operative leads ------------------------------------------------------------

/// A/80/L.3: `2.` / `Greatly appreciates the coordinating role of the United
/// Nations Development Programme …` had no lead (`missing_lead`): `greatly`
/// was no adverb of an operative lead.
#[test]
fn real_greatly_appreciates_is_a_lead() {
    let p = newsrc("A_80_L.3.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(sponsor_names(r), ["Belarus"]);
    assert_eq!(r.preamble.len(), 6);
    assert_eq!(r.operative.len(), 10);
    assert_eq!(r.operative[1].lead.as_deref(), Some("Greatly appreciates"));
    assert_eq!(r.footnotes.len(), 4);
    assert_eq!(missing_leads(&p), 0, "{:?}", p.diagnostics);
}

// Agenda items -----------------------------------------------------------------

/// A/80/L.14: `Agenda items 13 and 75`, then each item's title in a block
/// of its own (`Integrated and coordinated implementation … related
/// fields` / blank / `Oceans and the law of the sea`). Both titles were
/// given to item 13, run together, and item 75 had none.
#[test]
fn real_two_agenda_items_each_with_its_title() {
    let r = newsrc("A_80_L.14.mupdf-json.txt").resolution;
    let items: Vec<_> = r
        .masthead
        .agenda_items
        .iter()
        .map(|i| (i.number, i.title.as_deref()))
        .collect();
    assert_eq!(
        items,
        [
            (
                13,
                Some(
                    "Integrated and coordinated implementation of and follow-up to the \
                     outcomes of the major United Nations conferences and summits in the \
                     economic, social and related fields"
                )
            ),
            (75, Some("Oceans and the law of the sea")),
        ]
    );
    assert_eq!(sponsor_names(&r).len(), 39);
    assert_eq!(r.preamble.len(), 9);
    assert_eq!(r.operative.len(), 5);
}

fn agenda_titles(text: &str) -> Vec<Option<String>> {
    parsed(text)
        .resolution
        .masthead
        .agenda_items
        .iter()
        .map(|i| i.title.clone())
        .collect()
}

const BODY: &str = "\nFrance: draft resolution\n\nThe title\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n";

#[test]
fn agenda_titles_one_block_per_item() {
    let text = format!(
        "General Assembly\nDistr.: Limited\n\nAgenda items 12 and 115\n\nFirst item title\n\nSecond item title\n{BODY}"
    );
    assert_eq!(
        agenda_titles(&text),
        [
            Some("First item title".to_owned()),
            Some("Second item title".to_owned())
        ]
    );
}

/// A title wrapped across a blank line (`… and` / blank / `…`) is one
/// title; so are blocks that are not one per item.
#[test]
fn agenda_titles_left_whole() {
    let wrapped = format!(
        "General Assembly\nDistr.: Limited\n\nAgenda items 12 and 115\n\nRevitalization of the work and\n\nstrengthening of the Assembly\n{BODY}"
    );
    assert_eq!(
        agenda_titles(&wrapped),
        [
            Some("Revitalization of the work and strengthening of the Assembly".to_owned()),
            None
        ]
    );
    let three = format!(
        "General Assembly\nDistr.: Limited\n\nAgenda items 12 and 115\n\nOne\n\nTwo\n\nThree\n{BODY}"
    );
    assert_eq!(
        agenda_titles(&three),
        [Some("One Two Three".to_owned()), None]
    );
}

// Headings of the operative part ------------------------------------------------

/// The last preambular paragraph printed without its comma (`Noting the
/// report of the Secretary-General` / `1. Decides …`) stays a preambular
/// paragraph: a lead UN texts print opens no heading. It was the heading
/// of paragraph 1, and the preamble lost it. A heading that merely opens
/// with a word of lead shape (`Peacebuilding Commission`) heads the
/// operative part still (above).
#[test]
fn last_preambular_paragraph_without_comma_is_no_heading() {
    for last in [
        "Noting the report of the Secretary-General",
        "Recalling its resolution 79/1",
        "Deeply concerned about the situation",
    ] {
        let r = ok(&format!(
            "The General Assembly,\n\nRecalling its resolution 70/1,\n\n{last}\n\n1. Decides to remain seized of the matter.\n"
        ));
        let preamble: Vec<&str> = r.preamble.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(preamble, ["Recalling its resolution 70/1,", last]);
        assert_eq!(r.operative.len(), 1);
        assert_eq!(r.operative[0].heading, None, "{last}");
    }
    let r = ok("The General Assembly,\n\nRecalling its resolution 70/1,\n\nPeacebuilding Commission\n\n1. Decides to remain seized of the matter.\n");
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(
        r.operative[0].heading.as_ref().map(|h| h.text.as_str()),
        Some("Peacebuilding Commission")
    );
}

/// A/80/L.15: the last preambular paragraph, then `Peacebuilding Commission`
/// alone above `1. Reaffirms …`: a heading of the operative part, as
/// `Peacebuilding financing` above paragraph 13 is. It was a seventeenth
/// preambular paragraph, led by `Peacebuilding`.
#[test]
fn real_heading_above_the_first_operative_paragraph() {
    let p = newsrc("A_80_L.15.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(r.preamble.len(), 16);
    assert_eq!(
        r.preamble.last().and_then(|p| p.lead.as_deref()),
        Some("Affirming")
    );
    assert_eq!(r.operative.len(), 30);
    let headings: Vec<(Option<u32>, &str)> = r
        .operative
        .iter()
        .filter_map(|p| p.heading.as_ref().map(|h| (p.number, h.text.as_str())))
        .collect();
    assert_eq!(
        headings,
        [
            (Some(1), "Peacebuilding Commission"),
            (Some(13), "Peacebuilding financing"),
            (
                Some(24),
                "Department of Political and Peacebuilding Affairs/Peacebuilding Support Office"
            ),
        ]
    );
    // `(b) … by:` / `(i)`, `(ii)`, then `(c)` back at the letters.
    let labels: Vec<(&str, usize)> = r.operative[0]
        .subparagraphs
        .iter()
        .map(|s| (s.label.as_str(), s.subparagraphs.len()))
        .collect();
    assert_eq!(
        labels,
        [
            ("a", 0),
            ("b", 2),
            ("c", 0),
            ("d", 0),
            ("e", 0),
            ("f", 0),
            ("g", 0),
            ("h", 0),
            ("i", 0)
        ]
    );
    // `Encourages` / `improved` / `cooperation` / …: a justified line
    // printed a word a line, read as one paragraph.
    assert!(r.operative[2]
        .text
        .starts_with("Encourages improved cooperation between the Peacebuilding Commission and"));
    assert!(matches!(
        &r.status,
        Status::Draft { submitted_by: Some(s), .. } if s.text == "the President of the General Assembly"
    ));
}

const HEAD: &str = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n";

#[test]
fn short_block_above_paragraph_one_is_a_heading() {
    let r = ok(&format!(
        "{HEAD}Recognizing the importance of peace,\n\nPeacebuilding Commission\n\n1. Reaffirms its mandate;\n\n2. Decides to remain seized of the matter.\n"
    ));
    assert_eq!(r.preamble.len(), 2);
    assert_eq!(
        r.operative[0].heading.as_ref().map(|h| h.text.as_str()),
        Some("Peacebuilding Commission")
    );
}

/// A preambular paragraph above paragraph 1 ends in its comma: it stays
/// one, however short.
#[test]
fn preambular_paragraph_above_paragraph_one_stays() {
    let r = ok(&format!(
        "{HEAD}Recognizing the importance of peace,\n\n1. Reaffirms its mandate.\n"
    ));
    assert_eq!(r.preamble.len(), 2);
    assert_eq!(r.operative[0].heading, None);
}

// Sponsor markers ----------------------------------------------------------------

/// A/80/L.23 (its first page read in the audit; the text is 125,000
/// characters, not kept): `Iraq:*,** draft resolution`, two notes on the
/// colon (`* On behalf of the States that are members of the Group of 77
/// and China …`, `** Any changes to the list of sponsors …`). The comma
/// between the markers was left in the line: `Iraq:, draft resolution`.
#[test]
fn comma_between_two_sponsor_markers() {
    let r = ok("General Assembly\nDistr.: Limited\n\nIraq:*,** draft resolution\n\nInternational cooperation\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n__________________\n* On behalf of the States that are members of the Group of 77 and China.\n ** Any changes to the list of sponsors will be reflected in the official record of the meeting.\n");
    let Status::Draft {
        sponsors: Some(s), ..
    } = &r.status
    else {
        panic!("{:?}", r.status)
    };
    assert_eq!(s.text, "Iraq: draft resolution");
    let markers: Vec<String> = s
        .footnote_refs
        .iter()
        .map(|f| f.marker.to_string())
        .collect();
    assert_eq!(markers, ["*", "**"]);
    assert_eq!(r.footnotes.len(), 2);
}
