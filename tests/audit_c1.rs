//! First Committee drafts of the eightieth session as `PyMuPDF` extracts
//! them (`testdata/newsrc/A_C.1_80_*.mupdf-json.txt`): what the audit of
//! that series found wrong, held to what the text prints.

mod common;

use common::{newsrc, parsed};
use un_resolution::DiagnosticKind;

/// A/C.1/80/L.11: `PyMuPDF` sets a note's call apart in the middle of a
/// line after a plural that cites (`… achieve the Sustainable Development
/// Goals 5 and to make reference …`). A plural that cites takes a list of
/// numbers; one number, then `and` and no number, is no list: note 5, the
/// note the text owes next. It stayed in the text (`Goals 5 and`) and
/// note 5 was reported uncited.
#[test]
fn real_note_after_a_plural_that_cites() {
    let p = newsrc("A_C.1_80_L.11.mupdf-json.txt");
    let r = &p.resolution;
    assert_eq!(r.operative.len(), 8);
    let four = &r.operative[3];
    assert_eq!(four.number, Some(4));
    assert!(
        four.text.starts_with(
            "Encourages the international community to achieve the Sustainable Development \
             Goals and to make reference"
        ),
        "{}",
        four.text
    );
    let markers: Vec<String> = four
        .footnote_refs
        .iter()
        .map(|f| f.marker.to_string())
        .collect();
    assert_eq!(markers, ["5"]);
    assert!(p
        .diagnostics
        .iter()
        .all(|d| !matches!(d.kind, DiagnosticKind::UncitedFootnote { .. })));
}

/// The rule's bounds: a list of numbers after a plural that cites
/// (`Goals 1 and 2`), or a note the text does not owe next, stays text.
#[test]
fn numbers_listed_after_a_plural_that_cites_stay_text() {
    let input = "The General Assembly,\n\n\
Recalling paragraphs 1 and 2 of its resolution,\n\n\
1. Calls for Goals 1 and 2 to be met, and for Goals 2 and the other targets;\n\n\
2. Decides to remain seized of the matter.\n\n\
__________\n1 See A/80/1.\n2 See A/80/2.\n";
    let r = parsed(input).resolution;
    assert_eq!(
        r.preamble[0].text,
        "Recalling paragraphs 1 and 2 of its resolution,"
    );
    assert_eq!(
        r.operative[0].text,
        "Calls for Goals 1 and 2 to be met, and for Goals 2 and the other targets;"
    );
    assert!(r.operative[0].footnote_refs.is_empty());
}
