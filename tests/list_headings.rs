//! Group headings inside an operative paragraph's list: a short,
//! unpunctuated, capitalised line between the items of one paragraph (after
//! its chapeau `… the following:` or after an item ending `;`), above the
//! label that continues the list, is the heading of that item
//! (`Subparagraph::heading`); the lettering runs on across it, and nothing
//! after the operative part has begun goes back into the preamble.
//!
//! Held on the real E/RES/2020/5 (a Word export, one paragraph a line), on a
//! hand-made hard-wrapped rendering of the same paragraphs as a PDF
//! extractor prints them (with blank lines, a page break and italics), and
//! on the lines the rule must leave alone.

mod common;

use std::path::Path;

use un_resolution::{
    parse_resolution, parse_resolution_with, DiagnosticKind, Options, Parsed, Resolution,
    Subparagraph,
};

/// The five group headings of E/RES/2020/5's paragraph 4, each with the
/// label of the item it stands above.
const HEADINGS: [(&str, &str); 5] = [
    ("a", "Improved functional coordination"),
    ("f", "Improved regional and national coordination"),
    ("g", "Improved coordination in thematic areas"),
    (
        "j",
        "Improved coordination with other professional networks",
    ),
    ("l", "Improved secretariat coordination"),
];

/// The labels of paragraph 4's items, in order.
const LABELS: [&str; 12] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];

fn parse(text: &str) -> Parsed {
    parse_resolution_with(text, &Options::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// E/RES/2020/5 as the GA-ECOSOC repository exported it from the Word file.
fn real() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/newsrc/E_RES_2020_5.docjson.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Each item's label with its heading's text, if any, in order.
fn labels_and_headings(subs: &[Subparagraph]) -> Vec<(&str, Option<&str>)> {
    subs.iter()
        .map(|s| {
            (
                s.label.as_str(),
                s.heading.as_ref().map(|h| h.text.as_str()),
            )
        })
        .collect()
}

/// What paragraph 4 should hold: items `(a)` to `(l)`, the five headings
/// above `(a)`, `(f)`, `(g)`, `(j)` and `(l)`.
fn expected_items() -> Vec<(&'static str, Option<&'static str>)> {
    LABELS
        .iter()
        .map(|&l| {
            let h = HEADINGS.iter().find(|(at, _)| *at == l).map(|&(_, h)| h);
            (l, h)
        })
        .collect()
}

/// Holds `r`'s operative part to E/RES/2020/5's: paragraphs 1 to 5 and
/// nothing else, paragraph 4's items and headings, no heading left over
/// for paragraph 5; the headings' spans are their lines of `text`.
#[track_caller]
fn assert_paragraph_4(name: &str, r: &Resolution, text: &str) {
    let numbers: Vec<Option<u32>> = r.operative.iter().map(|p| p.number).collect();
    assert_eq!(
        numbers,
        [Some(1), Some(2), Some(3), Some(4), Some(5)],
        "{name}"
    );
    let p4 = &r.operative[3];
    assert!(
        p4.text.ends_with("could include the following:"),
        "{name}: {:?}",
        p4.text
    );
    assert_eq!(
        labels_and_headings(&p4.subparagraphs),
        expected_items(),
        "{name}"
    );
    for s in &p4.subparagraphs {
        assert!(s.subparagraphs.is_empty(), "{name}: ({}) nests", s.label);
        assert!(!s.text.starts_with("Improved functional"), "{name}");
        if let Some(h) = &s.heading {
            // The heading's own line, before its item's.
            let line = text[h.span.start..h.span.end].trim_matches(['*', '_']);
            assert_eq!(line, h.text, "{name}: ({})", s.label);
            assert!(h.span.end <= s.span.start, "{name}: ({})", s.label);
            assert!(p4.span.contains(h.span), "{name}: ({})", s.label);
        }
    }
    // `(e)` and `(i)` end before the heading under them: no heading text
    // ran into the item above it.
    for (label, end) in [("e", "South-South cooperation;"), ("i", "upon request;")] {
        let s = p4
            .subparagraphs
            .iter()
            .find(|s| s.label == label)
            .unwrap_or_else(|| panic!("{name}: no ({label})"));
        assert!(s.text.ends_with(end), "{name}: ({label}) {:?}", s.text);
    }
    let p5 = &r.operative[4];
    assert!(p5.heading.is_none(), "{name}: {:?}", p5.heading);
    assert!(p5.subparagraphs.is_empty(), "{name}");
    assert!(p5.text.starts_with("Decides that the cost"), "{name}");
}

/// No preambular paragraph is empty, lead-less or after the operative
/// part's start.
#[track_caller]
fn assert_preamble_before_operative(name: &str, r: &Resolution) {
    let op_start = r.operative[0].span.start;
    for p in &r.preamble {
        assert!(!p.text.is_empty(), "{name}: an empty preambular paragraph");
        assert!(p.lead.is_some(), "{name}: {:?}", p.text);
        assert!(p.subparagraphs.is_empty(), "{name}: {:?}", p.text);
        assert!(p.span.end <= op_start, "{name}: {:?} after 1.", p.text);
    }
}

#[test]
fn real_e_res_2020_5_groups_paragraph_4s_items_under_five_headings() {
    let text = real();
    let p = parse(&text);
    let r = &p.resolution;
    assert_paragraph_4("E/RES/2020/5", r, &text);
    assert_preamble_before_operative("E/RES/2020/5", r);
    // The six preambular paragraphs, in order. (The first two run together
    // in this export: the first ends in Word's inline note `[1: …]`, which
    // the parser does not yet read as a note, so the paragraph seems
    // unfinished. That is no part of the list rule.)
    let preamble: Vec<&str> = r.preamble.iter().map(|p| p.text.as_str()).collect();
    let all = preamble.join(" ");
    let mut at = 0;
    for opening in [
        "Recognizing the importance of reliable statistical information",
        "Recalling that, in its resolution 71/313",
        "Recalling also that, in the same resolution",
        "Recalling further General Assembly resolution 68/261",
        "Recognizing that the United Nations statistical system",
        "Taking note of Statistical Commission decision 50/103",
    ] {
        let found = all[at..]
            .find(opening)
            .unwrap_or_else(|| panic!("{opening:?} not in the preamble, in order"));
        at += found + opening.len();
    }
    assert!(
        (5..=6).contains(&r.preamble.len()),
        "{} preambular paragraphs",
        r.preamble.len()
    );
    // The items are in sequence: no label is reported out of it, and no
    // paragraph lacks its lead.
    let bad: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| {
            matches!(
                d.kind,
                DiagnosticKind::LabelOutOfSequence { .. } | DiagnosticKind::MissingLead
            )
        })
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
}

/// E/RES/2020/5's paragraphs, hand-wrapped at 84 characters as a PDF
/// extractor prints them (Word's inline notes left out, two preambular
/// paragraphs of six).
const WRAPPED: &str = "\
The Economic and Social Council,
Recalling further General Assembly resolution 68/261 of 29 January 2014, in which
the Assembly endorsed the Fundamental Principles of Official Statistics and stressed
that bilateral and multilateral cooperation in statistics contributed to the
improvement of systems of official statistics in all countries,
Recognizing that the United Nations statistical system has grown significantly,
reflecting the increasing complexity of the development phenomena with which the
United Nations is concerned and demonstrating that solid and high-quality
statistical information is an indispensable prerequisite for global and sustainable
development,
1. Recognizes that coordination between the statistical programmes of the United
Nations system requires streamlining and improving in order to better support the
efficiency of the United Nations statistical system to provide harmonized, reliable
statistical information, to minimize the reporting burden, support national
ownership and improve coordination of capacity-building;
2. Also recognizes that the Statistical Commission remains the primary body for the
coordination of the statistical programmes of the United Nations system;
3. Requests the Committee of the Chief Statisticians of the United Nations System to
more effectively strengthen coordination of statistical programmes within the United
Nations system, guided by and in support of the work of the Statistical Commission;
4. Requests the Statistics Division of the Department of Economic and Social Affairs
of the Secretariat, as the secretariat of the Committee of the Chief Statisticians
of the United Nations System, to provide adequate support to the coordination
function of the Statistical Commission as well as related activities of the
Committee, by considering pursuing a range of activities that could include the
following:
Improved functional coordination
(a) Well-coordinated activities, including a road map and action plan for the United
Nations statistical programme with target and performance indicators to monitor the
development of United Nations statistical governance towards a strengthened and
efficient United Nations statistical system, to be considered by the Statistical
Commission;
(b) Improved coordination in the area of data collection, in collaboration with
organizations at all levels, to avoid duplication in that area and thus reduce the
response burden for Member States;
(c) Modernized statistical processes at the United Nations as well as in Member
States, upon their request, to be achieved by improving the efficiency of data
collection, implementing new methodologies and emphasizing the impact of statistics,
under the leadership and coordination of the national statistical offices, as
applicable;
(d) Improved dialogue with the statistical community and decision makers to review
the relevance of the current data requests in relation to changing information needs
in order to facilitate more optimal statistical services with a view to meeting the
information demands;
(e) Improved coordination in the area of capacity-building (in line with the Cape
Town Global Action Plan for Sustainable Development Data), especially in the
capacity-building of developing countries, including through the facilitation of
South-South cooperation;
Improved regional and national coordination
(f) Support provided to United Nations regional commissions and country offices in
facilitating the work of regional and national coordination structures in the field
of statistics, as appropriate;
Improved coordination in thematic areas
(g) Improved knowledge-sharing and the establishment of common practices in adopting
new data sources through workshops, the development of technical material and a
knowledge base;
(h) Established policies and standards for achieving open data, with required data
protection for sensitive data, in conformity with the Fundamental Principles of
Official Statistics and national laws and regulations;
(i) United Nations Statistical Quality Assurance Framework implemented by members of
the Committee of the Chief Statisticians of the United Nations System, inter alia,
by conducting or facilitating peer reviews of United Nations agencies, upon request;
Improved coordination with other professional networks
(j) Collaboration and cooperation established and maintained between the Committee
and the United Nations Geospatial Network in the area of statistical and geospatial
integration;
(k) Improved knowledge-sharing among members of the Committee in the area of the use
of geospatial information in the collection, processing and dissemination of data;
Improved secretariat coordination
(l) Improved communication through the continued production and distribution of
Committee documents and joint statements for the relevant bodies in the United
Nations system, including the United Nations System Chief Executives Board for
Coordination;
5. Decides that the cost of all activities that may arise from the implementation of
the present resolution should be met from voluntary contributions.
";

/// `WRAPPED` as other extractors and pages print it: a blank line after
/// every line; a page break between a heading and its item (the page's
/// counter at its foot, the symbol at the next page's head); the headings in
/// markdown italics.
fn wrapped_variants() -> Vec<(&'static str, String)> {
    let page_break = WRAPPED.replace(
        "Improved regional and national coordination\n",
        "Improved regional and national coordination\n\n2/3\n\u{c}E/RES/2020/5\n\n",
    );
    let mut italic = WRAPPED.to_owned();
    for (_, h) in HEADINGS {
        italic = italic.replace(&format!("\n{h}\n"), &format!("\n*{h}*\n"));
    }
    vec![
        ("wrapped", WRAPPED.to_owned()),
        ("blank lines", WRAPPED.replace('\n', "\n\n")),
        ("page break", page_break),
        ("italic", italic),
    ]
}

#[test]
fn hard_wrapped_rendering_groups_the_items_as_the_word_export() {
    let real = parse_resolution(&real()).unwrap_or_else(|e| panic!("{e}"));
    let mut parsed = Vec::new();
    for (name, text) in wrapped_variants() {
        let p = parse(&text);
        let r = p.resolution;
        assert_paragraph_4(name, &r, &text);
        assert_preamble_before_operative(name, &r);
        assert_eq!(r.preamble.len(), 2, "{name}");
        // The same items and headings as the Word export's.
        assert_eq!(
            labels_and_headings(&r.operative[3].subparagraphs),
            labels_and_headings(&real.operative[3].subparagraphs),
            "{name}"
        );
        parsed.push((name, r));
    }
    let (_, first) = &parsed[0];
    for (name, r) in &parsed[1..] {
        assert!(first.same_content(r), "{name} reads otherwise than wrapped");
    }
}

#[test]
fn headings_are_printed_and_read_back() {
    let r = parse_resolution(WRAPPED).unwrap_or_else(|e| panic!("{e}"));
    // Canonical text: each heading on its own line above its item, and
    // both layouts parse back to the same content, headings included.
    let plain = un_resolution::text::to_plain(&r);
    assert!(
        plain.contains("South-South cooperation;\n\nImproved regional and national coordination\n\n(f) Support"),
        "{plain}"
    );
    let markdown = un_resolution::text::to_markdown(&r);
    assert!(
        markdown.contains("\n\n**Improved regional and national coordination**\n\n(f) Support"),
        "{markdown}"
    );
    for (name, out) in [("plain", &plain), ("markdown", &markdown)] {
        let back = parse_resolution(out).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(back.same_content(&r), "{name} does not read back:\n{out}");
        assert_eq!(
            labels_and_headings(&back.operative[3].subparagraphs),
            expected_items(),
            "{name}"
        );
    }
    // `same_content` compares the headings: without one, the text differs.
    let mut headless = r.clone();
    headless.operative[3].subparagraphs[5].heading = None;
    assert!(!r.same_content(&headless));
    // JSON: the field is there where a heading is, and absent elsewhere.
    let json = serde_json::to_value(&r.operative[3].subparagraphs).unwrap_or_default();
    assert_eq!(
        json[5]["heading"]["text"],
        "Improved regional and national coordination"
    );
    assert!(json[1].get("heading").is_none(), "{}", json[1]);
    let round: Resolution = serde_json::from_str(&serde_json::to_string(&r).unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(round, r);
}

#[test]
fn akoma_ntoso_puts_the_heading_in_its_point() {
    for text in [real(), WRAPPED.to_owned()] {
        let r = parse_resolution(&text).unwrap_or_else(|e| panic!("{e}"));
        let xml = un_resolution::akn::to_xml(&r);
        // The point's `num`, then its `heading`, then its `content`.
        let point = xml
            .split("<point eId=\"para_4__list_1__point_f\">")
            .nth(1)
            .and_then(|rest| rest.split("</point>").next())
            .unwrap_or_else(|| panic!("no point (f):\n{xml}"));
        let parts: Vec<&str> = point.split_whitespace().collect();
        let joined = parts.join(" ");
        assert!(
            joined.starts_with(
                "<num>(f)</num> <heading>Improved regional and national coordination</heading> <content> <p>Support provided"
            ),
            "{point}"
        );
        assert_eq!(xml.matches("<heading>Improved").count(), 5);
        schema_valid(&xml);
    }
}

/// `xml` is valid against the Akoma Ntoso schema, where `xmllint` is
/// installed (CI installs it; elsewhere the check is skipped, as in
/// `tests/outputs.rs`).
fn schema_valid(xml: &str) {
    if let Some(errors) = common::schema_errors("list-headings", xml) {
        assert!(errors.is_empty(), "{errors}");
    }
}

// What the rule leaves alone -----------------------------------------------

/// No subparagraph of `r`, at any depth, has a heading.
fn no_item_heading(r: &Resolution) -> bool {
    fn none(subs: &[Subparagraph]) -> bool {
        subs.iter()
            .all(|s| s.heading.is_none() && none(&s.subparagraphs))
    }
    r.preamble.iter().all(|p| none(&p.subparagraphs))
        && r.operative.iter().all(|p| none(&p.subparagraphs))
}

const FORMULA: &str =
    "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015,\n";

#[test]
fn wrapped_continuation_that_looks_like_a_heading_stays_in_its_item() {
    // The line before does not end an item: `United Nations Statistical
    // Commission` is the end of `(a)`, wrapped, though the next line is
    // `(b)`.
    let text = format!(
        "{FORMULA}1. Requests the Secretary-General to report on the following:\n\
         (a) The coordination of statistical activities with the\n\
         United Nations Statistical Commission\n\
         (b) The cost of those activities;\n\
         2. Decides to remain seized of the matter.\n"
    );
    let r = parse_resolution(&text).unwrap_or_else(|e| panic!("{e}"));
    let subs = &r.operative[0].subparagraphs;
    assert_eq!(labels_and_headings(subs), [("a", None), ("b", None)]);
    assert_eq!(
        subs[0].text,
        "The coordination of statistical activities with the United Nations Statistical Commission"
    );
}

#[test]
fn heading_above_a_numbered_paragraph_stays_the_paragraphs() {
    // The next line is a numbered paragraph, not the list's next label:
    // today's reading, a heading of paragraph 2.
    let text = format!(
        "{FORMULA}1. Requests the Secretary-General to report on the following:\n\
         (a) The coordination of statistical activities;\n\
         (b) The cost of those activities;\n\
         Financial arrangements\n\
         2. Decides that the cost shall be met from voluntary contributions.\n"
    );
    let r = parse_resolution(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.operative.len(), 2);
    assert_eq!(
        r.operative[1].heading.as_ref().map(|h| h.text.as_str()),
        Some("Financial arrangements")
    );
    assert_eq!(
        r.operative[0].subparagraphs[1].text,
        "The cost of those activities;"
    );
    assert!(no_item_heading(&r));
}

#[test]
fn line_above_a_label_that_does_not_continue_the_list_is_no_heading() {
    for (name, lines) in [
        // `(d)` after `(b)`: not the next label.
        (
            "gap",
            "(a) The coordination of statistical activities;\n\
             (b) The cost of those activities;\n\
             Improved regional coordination\n\
             (d) The support to regional commissions.\n",
        ),
        // After the chapeau, `(b)` opens no list.
        (
            "chapeau",
            "Improved regional coordination\n\
             (b) The support to regional commissions.\n",
        ),
        // After a comma the item goes on: `Improved regional
        // coordination` is its wrapped text.
        (
            "comma",
            "(a) The coordination of statistical activities, including\n\
             Improved regional coordination\n\
             (b) The support to regional commissions.\n",
        ),
    ] {
        let text = format!(
            "{FORMULA}1. Requests the Secretary-General to report on the following:\n{lines}\
             2. Decides to remain seized of the matter.\n"
        );
        let r = parse_resolution(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(no_item_heading(&r), "{name}: {:#?}", r.operative);
        assert!(
            r.operative.iter().all(|p| p.heading.is_none()),
            "{name}: {:#?}",
            r.operative
        );
    }
}

#[test]
fn long_unpunctuated_line_between_items_is_no_heading() {
    // Longer than a heading can be: an item's text that lost its
    // punctuation, kept in the item before it.
    let long = "Coordination of the statistical programmes of the regional commissions and of the country offices in Africa";
    assert!(long.len() > 100);
    let text = format!(
        "{FORMULA}1. Requests the Secretary-General to report on the following:\n\
         (a) The coordination of statistical activities;\n\
         {long}\n\
         (b) The support to regional commissions.\n"
    );
    let r = parse_resolution(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(no_item_heading(&r));
    let subs = &r.operative[0].subparagraphs;
    assert_eq!(labels_and_headings(subs), [("a", None), ("b", None)]);
    assert!(subs[0].text.ends_with(long), "{:?}", subs[0].text);
}

#[test]
fn heading_in_a_nested_list_and_in_the_preamble() {
    // A heading between Roman items of `(b)`, and one between the items of
    // a preambular paragraph's list: the same rule.
    let text = "The General Assembly,\n\
         Recalling the following principles:\n\
         (a) The sovereign equality of States;\n\
         Principles of cooperation\n\
         (b) The duty of States to cooperate,\n\
         1. Requests the Secretary-General to report on the following:\n\
         (a) The coordination of statistical activities;\n\
         (b) The cost of those activities, in particular:\n\
         (i) The cost of staff;\n\
         Other costs\n\
         (ii) The cost of travel;\n\
         (c) The support to regional commissions.\n";
    let r = parse_resolution(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.preamble.len(), 1);
    assert_eq!(
        labels_and_headings(&r.preamble[0].subparagraphs),
        [("a", None), ("b", Some("Principles of cooperation"))]
    );
    let subs = &r.operative[0].subparagraphs;
    assert_eq!(
        labels_and_headings(subs),
        [("a", None), ("b", None), ("c", None)]
    );
    assert_eq!(
        labels_and_headings(&subs[1].subparagraphs),
        [("i", None), ("ii", Some("Other costs"))]
    );
}

#[test]
fn items_after_the_operative_part_began_stay_in_it() {
    // `(a)` ends in a colon (its own list is expected), so the line under it
    // is no group heading of paragraph 1's list; read as a heading between
    // operative paragraphs, it leaves `(b)` under no paragraph. `(b)` and
    // the heading stay in the operative part, before paragraph 2: nothing
    // goes back into the preamble, and paragraph 2 gets no heading of
    // another's.
    let text = format!(
        "{FORMULA}1. Requests the Secretary-General to report on the following:\n\
         (a) The coordination of statistical activities, in particular:\n\
         Improved regional coordination\n\
         (b) The support to regional commissions;\n\
         2. Decides to remain seized of the matter.\n"
    );
    let r = parse_resolution(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.preamble.len(), 1, "{:#?}", r.preamble);
    assert!(r.preamble[0].subparagraphs.is_empty());
    assert!(no_item_heading(&r));
    let holder = r
        .operative
        .iter()
        .find(|p| p.subparagraphs.iter().any(|s| s.label == "b"))
        .unwrap_or_else(|| panic!("(b) not in the operative part: {:#?}", r.operative));
    assert!(holder.span.end <= r.operative[r.operative.len() - 1].span.start);
    let last = &r.operative[r.operative.len() - 1];
    assert_eq!(last.number, Some(2));
    assert!(last.heading.is_none(), "{:?}", last.heading);
}
