//! Human Rights Council texts: real renderings held to what they print.
//! The rules they showed are held on small texts in `tests/regressions.rs`.

mod common;

use common::newsrc;
use un_resolution::{text, DocumentKind, Status, VoteResult};

/// A/HRC/DEC/31/110 as right-docs.org prints it (the site's own lines
/// first, then the PDF's text with a blank line after each line): a
/// decision on a universal periodic review outcome, its masthead scrambled
/// (`Human Rights Council Thirty-first session` on one line), `Decision
/// adopted by the Human Rights Council` with no date, a lone unnumbered
/// operative paragraph, the meeting and the note.
#[test]
fn real_council_decision_on_a_review_outcome() {
    let p = newsrc("A_HRC_DEC_31_110.right-docs.txt");
    let r = &p.resolution;
    assert_eq!(
        r.masthead.body,
        Some(un_resolution::Body::HumanRightsCouncil)
    );
    assert_eq!(r.masthead.session.as_ref().map(|s| s.number), Some(31));
    let item = r.masthead.agenda_items.first();
    assert_eq!(item.map(|a| a.number), Some(6));
    assert_eq!(
        item.and_then(|a| a.title.as_deref()),
        Some("Universal periodic review")
    );
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("Outcome of the universal periodic review: Saint Lucia")
    );
    let leads: Vec<_> = r.preamble.iter().map(|p| p.lead.as_deref()).collect();
    assert_eq!(leads, [Some("Acting"), Some("Having conducted")]);
    assert_eq!(r.operative.len(), 1);
    assert_eq!(r.operative[0].number, None);
    assert_eq!(r.operative[0].lead.as_deref(), Some("Decides"));
    assert!(r.operative[0]
        .text
        .ends_with("(A/HRC/31/10/Add.1 and A/HRC/31/2, chap. VI)."));
    let Status::Adopted { adoption, .. } = &r.status else {
        panic!("{:?}", r.status)
    };
    assert_eq!(adoption.number.as_deref(), Some("31/110"));
    assert_eq!(adoption.meeting.as_ref().and_then(|m| m.number), Some(45));
    assert_eq!(
        adoption.vote.as_ref().map(|v| v.result.clone()),
        Some(VoteResult::WithoutVote)
    );
}

/// A/HRC/DEC/31/116 as right-docs.org prints it: a decision printed as one
/// sentence (`At its 63rd meeting, on 23 March 2016, the Human Rights
/// Council decided that …`), with no formula and no meeting line, the note
/// under it, then the first page's masthead out of place (`United Nations
/// A/HRC/DEC/31/116` / `General Assembly`). The site lost the title's last
/// word (`… of the universal periodic` / `review`): kept as printed. It
/// parsed to an error (no body).
#[test]
fn real_council_decision_printed_as_one_sentence() {
    let p = newsrc("A_HRC_DEC_31_116.right-docs.txt");
    let r = &p.resolution;
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("Commencement of the third cycle of the universal periodic")
    );
    assert!(r.preamble.is_empty());
    assert_eq!(r.operative.len(), 1);
    let op = &r.operative[0];
    assert!(op
        .text
        .starts_with("At its 63rd meeting, on 23 March 2016,"));
    assert!(
        op.text
            .ends_with("by the Council at its thirty-fourth session."),
        "{}",
        op.text
    );
    let Status::Adopted { adoption, .. } = &r.status else {
        panic!("{:?}", r.status)
    };
    assert_eq!(adoption.number.as_deref(), Some("31/116"));
    assert_eq!(
        adoption.date.map(|d| d.to_string()).as_deref(),
        Some("2016-03-23")
    );
    assert_eq!(
        adoption.vote.as_ref().map(|v| v.result.clone()),
        Some(VoteResult::WithoutVote)
    );
}

/// A decision says so (`Decision adopted by the Human Rights Council`):
/// `kind` is `Decision`, and the canonical texts print the decision's own
/// adoption line (they printed `Resolution adopted by …` for it). Where
/// the line prints no date (31/110), the closing meeting's is the
/// adoption's.
#[test]
fn real_council_decisions_are_decisions() {
    for (name, date) in [
        ("A_HRC_DEC_31_110.right-docs.txt", "2016-03-17"),
        ("A_HRC_DEC_31_116.right-docs.txt", "2016-03-23"),
    ] {
        let r = newsrc(name).resolution;
        let Status::Adopted { adoption, kind, .. } = &r.status else {
            panic!("{name}: {:?}", r.status)
        };
        assert_eq!(*kind, DocumentKind::Decision, "{name}");
        assert_eq!(
            adoption.date.map(|d| d.to_string()).as_deref(),
            Some(date),
            "{name}"
        );
        let plain = text::to_plain(&r);
        assert!(
            plain.contains("Decision adopted by the Human Rights Council on "),
            "{name}: {plain}"
        );
        assert!(!plain.contains("Resolution adopted by"), "{name}");
        let again = un_resolution::parse_resolution(&plain).unwrap_or_else(|e| panic!("{e}"));
        let Status::Adopted {
            adoption: back,
            kind: back_kind,
            ..
        } = &again.status
        else {
            panic!("{name}: read back {:?}", again.status)
        };
        assert_eq!(
            (back_kind, back.date, &back.number),
            (kind, adoption.date, &adoption.number),
            "{name}: read back"
        );
    }
}
