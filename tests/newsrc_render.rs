//! Renderings of real resolutions the other fixtures do not hold (audit of
//! renderings, `testdata/newsrc/`): web pages that print their own links and
//! notices under the resolution's copy, and a dataset's draft whose
//! operative part is an unnumbered lead over its list.

mod common;

use common::{newsrc, newsrc_text, parsed};
use un_resolution::{DiagnosticKind, DropReason, Parsed};

/// The text of every line dropped as text after the resolution, in order.
fn trailing<'t>(p: &Parsed, text: &'t str) -> Vec<&'t str> {
    let mut spans: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| {
            matches!(
                d.kind,
                DiagnosticKind::DroppedLine {
                    reason: DropReason::TrailingText
                }
            )
        })
        .map(|d| d.span)
        .collect();
    spans.sort_by_key(|s| s.start);
    spans.iter().map(|s| &text[s.start..s.end]).collect()
}

/// The operative numbers, leads and texts.
fn operative(p: &Parsed) -> Vec<(Option<u32>, Option<&str>, &str)> {
    p.resolution
        .operative
        .iter()
        .map(|o| (o.number, o.lead.as_deref(), o.text.as_str()))
        .collect()
}

/// S/RES/2212 (2015), unscr.com: the page's links under the body, which the
/// page runs together on one line (`… 3. Decides to remain actively seized
/// of the matter.` / `View the full document` / `Download (pdf, 32 KB)`).
/// Read before: both links at the end of paragraph 3.
#[test]
fn real_2212_links_under_a_body_on_one_line_are_no_part_of_paragraph_3() {
    let text = newsrc_text("S_RES_2212_2015.unscr.txt");
    let p = parsed(&text);
    let op = operative(&p);
    assert_eq!(op.len(), 3);
    assert_eq!(
        op[2],
        (
            Some(3),
            Some("Decides"),
            "Decides to remain actively seized of the matter."
        )
    );
    assert_eq!(
        trailing(&p, &text),
        ["View the full document", "Download (pdf, 32 KB)"]
    );
}

/// S/RES/425 (1978), liquisearch.com: the page's `Read more about this
/// topic: …` and a block of quotations after paragraph 4's full stop.
/// Read before: two operative paragraphs with no number and no lead.
#[test]
fn real_425_page_text_after_the_last_paragraph_is_dropped() {
    let text = newsrc_text("S_RES_425_1978.liquisearch.txt");
    let p = parsed(&text);
    let op = operative(&p);
    assert_eq!(
        op.iter().map(|o| (o.0, o.1)).collect::<Vec<_>>(),
        [
            (Some(1), Some("Calls for")),
            (Some(2), Some("Calls upon")),
            (Some(3), Some("Decides")),
            (Some(4), Some("Requests")),
        ]
    );
    assert!(op[3]
        .2
        .ends_with("implementation of the present resolution."));
    let dropped = trailing(&p, &text);
    assert_eq!(dropped.len(), 5, "{dropped:#?}");
    assert!(dropped[0].starts_with("Read more about this topic:"));
    assert_eq!(dropped[4], "Literature is not exhaustible, for");
}

/// S/17642, a draft of the Council (1985) as un-project.org prints the
/// `UNBench` dataset's text: an unnumbered operative lead over its list
/// (`Decides,` / `(a) To call upon …;` / `(b) …;` / `(c) … (1973).`), then
/// the page's `▶ Cite this page` and its citation. Read before: `(a)` in the
/// text of `Decides,` (`(b)` out of sequence), and the citation in item
/// `(c)`.
#[test]
fn real_s_17642_lead_over_its_list_and_cite_link() {
    let text = newsrc_text("S_17642.un-project.txt");
    let p = parsed(&text);
    let r = &p.resolution;
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(r.operative.len(), 1);
    let decides = &r.operative[0];
    assert_eq!(decides.lead.as_deref(), Some("Decides"));
    assert_eq!(decides.text, "Decides,");
    let items: Vec<_> = decides
        .subparagraphs
        .iter()
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(items, ["a", "b", "c"]);
    assert!(decides.subparagraphs[2]
        .text
        .ends_with("implement Security Council resolution 338 (1973)."));
    assert!(!p
        .diagnostics
        .iter()
        .any(|d| matches!(d.kind, DiagnosticKind::LabelOutOfSequence { .. })));
    assert_eq!(trailing(&p, &text).len(), 2);
    assert!(trailing(&p, &text)[0].starts_with("▶ Cite this page"));
}

/// A hard-wrapped last paragraph whose sentence ends at a line's end goes
/// on: its next line is the paragraph's, not text after the resolution.
#[test]
fn wrapped_last_paragraph_keeps_its_second_sentence() {
    let text = "The Security Council,\n\
                Recalling its resolutions,\n\
                1. Decides to extend the mandate until 31 May 1986;\n\
                2. Requests the Secretary-General to report on the matter.\n\
                It further requests him to consult the parties.\n";
    let p = parsed(text);
    let op = operative(&p);
    assert_eq!(op.len(), 2);
    assert!(op[1].2.ends_with("to consult the parties."), "{op:#?}");
    assert!(trailing(&p, text).is_empty());
}

/// Text with a lead after the last paragraph's full stop is the
/// resolution's: nothing is dropped before it.
#[test]
fn a_lead_after_the_full_stop_keeps_the_tail() {
    let text = "The Security Council,\n\n\
                Recalling its resolutions,\n\n\
                1. Decides to extend the mandate until 31 May 1986.\n\n\
                See also the annexed letter\n\n\
                Requests the Secretary-General to report.\n";
    let p = parsed(text);
    assert!(trailing(&p, text).is_empty());
}

/// An operative lead alone with its comma opens the list under it in a
/// text of numbered paragraphs too, and is not taken for a wrapped line of
/// the preamble.
#[test]
fn lead_with_comma_over_a_list_is_a_chapeau() {
    let text = "The Security Council,\n\
                Having considered the report of the Secretary-General (S/17628),\n\
                Decides,\n\
                (a) To call upon the parties concerned to implement resolution 338 (1973);\n\
                (b) To renew the mandate of the Force until 31 May 1986.\n";
    let p = parsed(text);
    let r = &p.resolution;
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(r.operative.len(), 1);
    assert_eq!(r.operative[0].subparagraphs.len(), 2);
}

/// The new fixtures parse without a panic and keep the structure asserted
/// above under the default options (a guard for `newsrc`).
#[test]
fn new_fixtures_parse() {
    for name in ["S_RES_425_1978.liquisearch.txt", "S_17642.un-project.txt"] {
        let p = newsrc(name);
        assert!(!p.resolution.operative.is_empty(), "{name}");
    }
}

/// S/2022/501, a draft of the Council as the `UNBench` dataset holds it (the
/// JSON row's `Content`): the first page's foot in the text, the job
/// number, its date stamp and the recycling logo's words on one line
/// (`22-09852 (E)      230622      …      Pleese recycle`). Read before: that
/// line, and the `Acting under Chapter VII …` paragraph after it, in the
/// last preambular paragraph.
#[test]
fn real_s_2022_501_page_foot_with_logo_words_is_furniture() {
    let p = newsrc("S_2022_501.unbench-json.txt");
    let r = &p.resolution;
    let leads: Vec<_> = r.preamble.iter().map(|x| x.lead.as_deref()).collect();
    assert_eq!(leads.len(), 10, "{leads:?}");
    assert_eq!(leads[9], Some("Acting"));
    assert!(r.preamble[8].text.ends_with("(S/PRST/2022/2),"));
    assert_eq!(
        r.operative.iter().map(|o| o.number).collect::<Vec<_>>(),
        (1..=17).map(Some).collect::<Vec<_>>()
    );
    assert!(p.diagnostics.iter().any(|d| matches!(
        d.kind,
        DiagnosticKind::DroppedLine {
            reason: DropReason::JobNumber
        }
    )));
}

/// S/2024/302, a draft of the Council as the `UNBench` dataset holds it:
/// `the detonation of a nuclear weapon` beside one `Five Nuclear-Weapon
/// States` and three `nuclear weapons`. Read before: `nuclear-weapon`, a
/// hyphen put in where the document prints the pair apart in the plural.
#[test]
fn real_s_2024_302_nuclear_weapon_stays_two_words() {
    let p = newsrc("S_2024_302.unbench-json.txt");
    let r = &p.resolution;
    assert_eq!(r.preamble.len(), 12);
    assert_eq!(r.operative.len(), 8);
    assert!(r.operative[4]
        .text
        .contains("the detonation of a nuclear weapon or the use of any other kind"));
    assert!(!p
        .diagnostics
        .iter()
        .any(|d| matches!(&d.kind, DiagnosticKind::JoinedSplitWord { after, .. } if after == "nuclear-weapon")));
}

/// S/2024/557, a draft of the Council as the `UNBench` dataset holds it,
/// with its annexed procedure: a side heading and the next paragraph's
/// number set on one line (`Dialogue (two months)  5.` / `Upon completion
/// of …`). Read before: paragraph 5 of the annex, heading and all, in the
/// text of paragraph 4.
#[test]
fn real_s_2024_557_side_heading_beside_the_number() {
    use un_resolution::AnnexBlock;
    let p = newsrc("S_2024_557.unbench-json.txt");
    let r = &p.resolution;
    assert_eq!(r.operative.len(), 6);
    assert_eq!(r.footnotes.len(), 3);
    let annex = &r.annexes[0];
    assert_eq!(annex.heading, "Annex I");
    let blocks: Vec<String> = annex
        .blocks
        .iter()
        .map(|b| match b {
            AnnexBlock::Heading(h) => format!("H {}", h.text),
            AnnexBlock::Paragraph(p) => format!("{:?}", p.number),
            _ => String::new(),
        })
        .collect();
    let at = |s: &str| blocks.iter().position(|b| b == s);
    assert_eq!(at("H Dialogue (two months)").map(|k| k + 1), at("Some(5)"));
    let four = annex.blocks.iter().find_map(|b| match b {
        AnnexBlock::Paragraph(p) if p.number == Some(4) => Some(p),
        _ => None,
    });
    assert!(four.is_some_and(|p| p.text.ends_with("clarification for the request.")));
}
