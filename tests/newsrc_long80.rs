//! Long texts of the eightieth session as `PyMuPDF` extracts them
//! (`testdata/newsrc/*.mupdf-json.txt`, audit of the session's long
//! resolutions: several pages, footnotes between the halves of a
//! paragraph, subparagraphs, justified lines broken word by word): each
//! paragraph held to what the PDF prints.

use un_resolution::{FootnoteMarker, Resolution};

mod common;

use common::{adoption_of, missing_leads, newsrc, parsed, report, title};

fn preamble_leads(r: &Resolution) -> Vec<&str> {
    r.preamble
        .iter()
        .map(|p| p.lead.as_deref().unwrap_or_default())
        .collect()
}

fn labels(r: &Resolution, number: u32) -> Vec<String> {
    let p = r
        .operative
        .iter()
        .find(|p| p.number == Some(number))
        .unwrap_or_else(|| panic!("no operative paragraph {number}"));
    p.subparagraphs
        .iter()
        .map(|s| s.label.to_string())
        .collect()
}

/// A/RES/80/215 (digital technologies, 10 pages, 18 notes): the
/// preambular paragraph `Unequivocally condemning the use of blanket
/// Internet shutdowns …` was run into the one before it, its lead's adverb
/// not one a preamble was known to open with: 36 preambular paragraphs
/// where the text prints 37.
#[test]
fn real_lead_after_an_adverb_of_manner() {
    let p = newsrc("A_RES_80_215.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(missing_leads(&p), 0);
    assert_eq!(r.preamble.len(), 37);
    let leads = preamble_leads(r);
    assert_eq!(leads[27], "Stressing");
    assert_eq!(leads[28], "Unequivocally condemning");
    assert!(r.preamble[27].text.ends_with(
        "including with the principles of legality, necessity, proportionality and \
         non-discrimination,"
    ));
    assert!(r.preamble[28]
        .text
        .starts_with("Unequivocally condemning the use of blanket Internet shutdowns"));
    assert!(r.preamble[28].text.ends_with(
        "stressing the importance of a free, open, interoperable, reliable and secure Internet,"
    ));
}

/// The rest of A/RES/80/215 as printed: adoption, 26 operative
/// paragraphs, the lists of 3 and 24, the notes tied to their calls, and
/// the justified lines broken word by word read as one line.
#[test]
fn real_digital_technologies_structure() {
    let p = newsrc("A_RES_80_215.mupdf-json.txt");
    let r = &p.resolution;
    let a = adoption_of(r);
    assert_eq!(a.number.as_deref(), Some("80/215"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-12-18"));
    assert_eq!(
        report(r),
        (
            "Third Committee".to_string(),
            Some("A/80/545".to_string()),
            Some("5".to_string())
        )
    );
    assert_eq!(a.meeting.as_ref().and_then(|m| m.number), Some(69));
    assert_eq!(
        title(r),
        Some("Promotion and protection of human rights in the context of digital technologies")
    );

    let numbers: Vec<Option<u32>> = r.operative.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=26).map(Some).collect::<Vec<_>>());
    assert_eq!(labels(r, 3), ["a", "b", "c", "d", "e", "f"]);
    assert_eq!(labels(r, 24), ["a", "b", "c", "d", "e"]);
    assert!(r.operative[25]
        .text
        .ends_with("at its eighty-second session."));

    // Notes 1 to 18, each called once, in order.
    let markers: Vec<FootnoteMarker> = r.footnotes.iter().map(|f| f.marker).collect();
    assert_eq!(
        markers,
        (1..=18).map(FootnoteMarker::Number).collect::<Vec<_>>()
    );
    let calls: Vec<FootnoteMarker> = r
        .preamble
        .iter()
        .flat_map(|p| p.footnote_refs.iter().map(|f| f.marker))
        .collect();
    assert_eq!(calls, markers);

    // `Intelligence` / `of the` / `United` / `Nations` / …: one line each.
    assert_eq!(
        r.preamble[3].text,
        "Taking note with appreciation of the Recommendation on the Ethics of Artificial \
         Intelligence of the United Nations Educational, Scientific and Cultural Organization,"
    );
    assert!(r.operative[13].text.contains(
        "impart information plays in strengthening democracy, promoting pluralism and \
         multiculturalism, enhancing"
    ));
}

/// The rule on a short text: an adverb of manner before a participle opens
/// a preambular paragraph as `Deeply` does.
#[test]
fn lead_after_adverb_of_manner_opens_a_paragraph() {
    let text = "The General Assembly,\n\
                Stressing that all restrictions are in line with international law,\n\
                \n\
                Unequivocally condemning the use of blanket Internet shutdowns,\n\
                \n\
                Warmly welcoming the report of the Secretary-General,\n\
                \n\
                1. Decides to continue its consideration of the question.\n";
    let p = parsed(text);
    assert_eq!(
        preamble_leads(&p.resolution),
        ["Stressing", "Unequivocally condemning", "Warmly welcoming"]
    );
    assert_eq!(missing_leads(&p), 0);
}

/// `Looks forward to …` (A/RES/80/140, paragraph 11; A/RES/80/243,
/// section V, paragraph 11): the phrasal verb is the lead, as `Calls upon`
/// is; the lead was `Looks`.
#[test]
fn lead_looks_forward() {
    let text = "The General Assembly,\n\
                Looking forward to the convening of the thirty-first session,\n\
                \n\
                1. Looks forward to the global review of the collective progress;\n\
                \n\
                2. Also looks forward to the submission by the Court of its findings.\n";
    let r = parsed(text).resolution;
    assert_eq!(preamble_leads(&r), ["Looking forward"]);
    let leads: Vec<Option<&str>> = r.operative.iter().map(|p| p.lead.as_deref()).collect();
    assert_eq!(leads, [Some("Looks forward"), Some("Also looks forward")]);
}

/// A/RES/80/110, note 17 (numbered 1 here): a web address broken at the line's end
/// (`…/publicationstexts/Deposit` / `GuidelinesEnglish.pdf.`) read with a
/// space inside it; an address holds none. An address the line closes
/// keeps its break.
#[test]
fn web_address_broken_at_a_line_end() {
    let text = "The General Assembly,\n \n\
                1. \nRecalls the Guidelines prepared by the Secretariat;1 \n \n\
                2. \nDecides to continue its consideration of the question. \n\
                _______________ \n \n\
                1 Available at https://www.un.org/Depts/los/doalos_publications/publicationstexts/Deposit \n\
                GuidelinesEnglish.pdf. \n";
    let r = parsed(text).resolution;
    let notes: Vec<&str> = r.footnotes.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        notes,
        ["Available at https://www.un.org/Depts/los/doalos_publications/publicationstexts/DepositGuidelinesEnglish.pdf."]
    );
    let text = "The General Assembly,\n \n\
                1. \nDecides to publish the report at www.un.org/depts/los \n\
                and in print.\n";
    let r = parsed(text).resolution;
    assert!(r.operative[0]
        .text
        .ends_with("www.un.org/depts/los and in print."));
}
