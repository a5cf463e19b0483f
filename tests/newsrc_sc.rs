//! Modern Security Council resolutions as web pages copy them (audit of
//! `testdata/newsrc/S_RES_*`): each real text held to what a reader of
//! the page sees, paragraph by paragraph, with its adoption data.

mod common;

use common::newsrc;
use un_resolution::{Body, Parsed, Status};

/// The adoption's number, date and meeting number.
fn adoption(p: &Parsed) -> (Option<&str>, Option<String>, Option<u32>) {
    let Status::Adopted { adoption, .. } = &p.resolution.status else {
        panic!("not adopted: {:?}", p.resolution.status);
    };
    (
        adoption.number.as_deref(),
        adoption.date.map(|d| d.to_string()),
        adoption.meeting.as_ref().and_then(|m| m.number),
    )
}

/// The preambular leads and the operative numbers and leads.
fn outline(p: &Parsed) -> (Vec<&str>, Vec<(Option<u32>, &str)>) {
    let r = &p.resolution;
    (
        r.preamble
            .iter()
            .map(|x| x.lead.as_deref().unwrap_or(""))
            .collect(),
        r.operative
            .iter()
            .map(|x| (x.number, x.lead.as_deref().unwrap_or("")))
            .collect(),
    )
}

/// S/RES/2208 (2015), lawglobalhub.com: the page's list set a bullet for
/// paragraph 1 (`- Decides to extend …`), and the adoption line under the
/// text. Read before: paragraph 1 inside the `Acting under Chapter VII`
/// paragraph, and the adoption line a fourth operative paragraph with no
/// lead.
#[test]
fn real_2208_bullet_for_the_first_number_and_adoption_line_below() {
    let p = newsrc("S_RES_2208_2015.lawglobalhub.txt");
    let r = &p.resolution;
    assert_eq!(r.masthead.body, Some(Body::SecurityCouncil));
    assert_eq!(
        adoption(&p),
        (
            Some("2208 (2015)"),
            Some("2015-03-05".to_owned()),
            Some(7399)
        )
    );
    let (pre, op) = outline(&p);
    assert_eq!(
        pre,
        [
            "Recalling",
            "Taking note",
            "Taking note also",
            "Supporting",
            "Recognizing",
            "Recognizing also",
            "Determining",
            "Acting"
        ]
    );
    assert_eq!(
        r.preamble[7].text,
        "Acting under Chapter VII of the Charter of the United Nations,"
    );
    assert_eq!(
        op,
        [
            (None, "Decides"),
            (Some(2), "Decides"),
            (Some(3), "Decides")
        ]
    );
    assert_eq!(
        r.operative[0].text,
        "Decides to extend until 31 March 2015 the authorizations provided by and the \
         measures imposed by resolution 2146 (2014);"
    );
    assert_eq!(
        r.operative[2].text,
        "Decides to remain seized of the matter."
    );
}

/// S/RES/2212 (2015), unscr.com: the masthead on its lines, the whole body
/// run together on one line.
#[test]
fn real_2212_body_on_one_line() {
    let p = newsrc("S_RES_2212_2015.unscr.txt");
    let r = &p.resolution;
    assert_eq!(
        r.masthead.symbol.as_ref().map(|s| s.to_string()).as_deref(),
        Some("S/RES/2212 (2015)")
    );
    assert_eq!(
        r.masthead.date.map(|d| d.to_string()).as_deref(),
        Some("2015-03-26")
    );
    assert_eq!(
        adoption(&p),
        (
            Some("2212 (2015)"),
            Some("2015-03-26".to_owned()),
            Some(7416)
        )
    );
    let (pre, op) = outline(&p);
    assert_eq!(pre, ["Recalling", "Taking note", "Determining", "Acting"]);
    assert_eq!(
        op,
        [
            (Some(1), "Decides"),
            (Some(2), "Requests"),
            (Some(3), "Decides")
        ]
    );
    // Not fixed: the page's link text after the last paragraph
    // (`View the full document` / `Download (pdf, 32 KB)`) is still read
    // into it.
    assert!(r.operative[2]
        .text
        .starts_with("Decides to remain actively seized of the matter."));
}

/// S/RES/2623 (2022), Wikisource: two preambular paragraphs and one
/// operative paragraph, unnumbered as a lone operative paragraph is.
#[test]
fn real_2623_lone_unnumbered_operative_paragraph() {
    let p = newsrc("S_RES_2623_2022.wikisource.txt");
    assert_eq!(
        adoption(&p),
        (
            Some("2623 (2022)"),
            Some("2022-02-27".to_owned()),
            Some(8980)
        )
    );
    let (pre, op) = outline(&p);
    assert_eq!(pre, ["Having considered", "Taking into account"]);
    assert_eq!(op, [(None, "Decides")]);
    assert_eq!(
        p.resolution.operative[0].text,
        "Decides to call an emergency special session of the General Assembly to examine the \
         question contained in document S/Agenda/8979."
    );
}
