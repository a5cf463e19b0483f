//! Akoma Ntoso work IRIs in the UN naming convention (AKN4UN).
//!
//! `/akn/un/{docType}/{subType}/{actor}/{date}/{number}`, variant A of
//! DOMAIN.md §9 (the naming chapter of the AKN4UN guidelines), recorded in
//! the public docs of [`Reference`](crate::Reference):
//!
//! - docType `statement`, subType `deliberation`, for resolutions and
//!   decisions alike: the naming chapter gives `deliberation` as the subtype
//!   of an organ's statements and names no other. The number ranges keep
//!   the two apart (GA resolutions stay below 400 a session, decisions are
//!   numbered from 401).
//! - actor `un-` and the organ's short name: `un-ga`, `un-sc`, `un-ecosoc`,
//!   `un-hrc` (the `ga` of two examples is not the naming rule).
//! - date: the adoption date (`2025-12-18`), which for a resolution is its
//!   "original creation date" too; for a draft, its issue date. Where only
//!   the year is known (`resolution 2720 (2023)`), the year alone: the
//!   Akoma Ntoso naming convention's own examples name works by year
//!   (`/akn/eu/documentCollection/COMproposal/ec/2013/619`).
//! - number: as cited, `/` → `-`, space → `_` (the naming chapter's
//!   substitutions), the parenthesised year or session left out: for the
//!   Security Council the year is in the date (`2720`, not `2720_(2023)`), and
//!   an old General Assembly number is unique without its session (`217_A`).
//!   A draft is named by its symbol: `A-C.3-80-L.35` (dots kept: they are
//!   legal in an IRI, and dropping them would merge `A/C.3` with `A/C3`).

use crate::ast::{Body, Date};

/// The date component: a day, or a year where only the year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Day(Date),
    Year(u16),
}

/// The actor component: `un-ga`.
pub(crate) const fn actor(body: Body) -> &'static str {
    match body {
        Body::GeneralAssembly => "un-ga",
        Body::SecurityCouncil => "un-sc",
        Body::EconomicAndSocialCouncil => "un-ecosoc",
        Body::HumanRightsCouncil => "un-hrc",
    }
}

/// The number component: `80/204` → `80-204`, `36/146 C` → `36-146_C`,
/// `2720 (2023)` → `2720`, `A/C.3/80/L.35` → `A-C.3-80-L.35`.
#[cfg(test)]
pub(crate) fn number_component(number: &str) -> String {
    let mut out = String::with_capacity(number.len());
    push_number_component(&mut out, number);
    out
}

/// The number component of `number`, appended to `out`. Byte by byte, the
/// runs between substitutions copied whole: `/` and ` ` are ASCII, so
/// every cut falls on a character boundary (no UTF-8 continuation byte
/// equals them).
fn push_number_component(out: &mut String, number: &str) {
    let bare = match number.find(" (") {
        Some(i) if number.ends_with(')') => &number[..i],
        _ => number,
    };
    let mut copied = 0;
    for (i, b) in bare.bytes().enumerate() {
        let substitute = match b {
            b'/' => '-',
            b' ' => '_',
            _ => continue,
        };
        out.push_str(bare.get(copied..i).unwrap_or_default());
        out.push(substitute);
        copied = i + 1;
    }
    out.push_str(bare.get(copied..).unwrap_or_default());
}

/// `n` in decimal, at least `width` digits (zeros before it): what
/// `format!("{n:0width$}")` prints, without the formatting machinery.
fn push_padded(out: &mut String, n: u16, width: usize) {
    let mut digits = [0u8; 5];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        // A digit: `rest % 10` is below ten.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in digits.len() - at..width {
        out.push('0');
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// The date component: `2025-12-18`, or the year alone (`2023`): as
/// [`Date`]'s `Display` and `{:04}` print them.
fn push_when(out: &mut String, when: When) {
    match when {
        When::Day(d) => {
            push_padded(out, d.year(), 4);
            out.push('-');
            push_padded(out, u16::from(d.month()), 2);
            out.push('-');
            push_padded(out, u16::from(d.day()), 2);
        }
        When::Year(y) => push_padded(out, y, 4),
    }
}

/// The head of every statement IRI, before the actor.
const STATEMENT_HEAD: &str = "/akn/un/statement/deliberation/";

/// The work IRI of a resolution or decision (or draft) of `body`.
///
/// Built in one allocation of the length it ends with (at most: the
/// number's parenthesis may be left out): `format!` with a formatted date
/// and number component cost three allocations and ~2,800 instructions an
/// IRI (the same strings: tested below against that definition).
pub(crate) fn statement(body: Body, when: When, number: &str) -> String {
    let actor = actor(body);
    // `yyyy-mm-dd` and the two slashes around it.
    let mut out = String::with_capacity(STATEMENT_HEAD.len() + actor.len() + 12 + number.len());
    out.push_str(STATEMENT_HEAD);
    out.push_str(actor);
    out.push('/');
    push_when(&mut out, when);
    out.push('/');
    push_number_component(&mut out, number);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`statement`] as it was defined with `format!`: what the builder
    /// must print, byte for byte.
    fn statement_formatted(body: Body, when: When, number: &str) -> String {
        let date = match when {
            When::Day(d) => d.to_string(),
            When::Year(y) => format!("{y:04}"),
        };
        let bare = match number.find(" (") {
            Some(i) if number.ends_with(')') => &number[..i],
            _ => number,
        };
        let component: String = bare
            .chars()
            .map(|c| match c {
                '/' => '-',
                ' ' => '_',
                c => c,
            })
            .collect();
        format!(
            "/akn/un/statement/deliberation/{}/{date}/{component}",
            actor(body)
        )
    }

    const BODIES: [Body; 4] = [
        Body::GeneralAssembly,
        Body::SecurityCouncil,
        Body::EconomicAndSocialCouncil,
        Body::HumanRightsCouncil,
    ];

    /// The builder prints what the `format!` definition printed: for every
    /// reference of the test texts (its number, its printed text, its IRI's
    /// own number component, each with its date or a year and every body),
    /// and for edge dates, years and numbers.
    #[test]
    fn statement_builder_agrees_with_format() {
        let mut numbers: Vec<String> = [
            "",
            "80/204",
            "2720 (2023)",
            "217 A (III)",
            "12 (a",
            "a/b c/d",
            "é/ü (x)",
            "(1)",
            " (",
            "1 ()",
            "//",
            "  ",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let mut whens = vec![
            When::Year(0),
            When::Year(7),
            When::Year(999),
            When::Year(2023),
        ];
        whens.push(When::Year(u16::MAX));
        for (y, m, d) in [(1, 1, 1), (945, 6, 26), (2025, 12, 18), (9999, 12, 31)] {
            whens.extend(Date::new(y, m, d).map(When::Day));
        }
        if let Some(d) = Date::new(u16::MAX, 1, 1) {
            whens.push(When::Day(d));
        }
        let mut checked = 0;
        for text in crate::grammar::testdata_texts() {
            let Ok(r) = crate::parse_resolution(&text) else {
                continue;
            };
            for reference in r.references() {
                numbers.push(reference.text.clone());
                if let Some(iri) = &reference.iri {
                    let mut parts = iri.rsplitn(3, '/');
                    if let (Some(number), Some(date)) = (parts.next(), parts.next()) {
                        numbers.push(number.to_owned());
                        numbers.push(date.to_owned());
                    }
                    checked += 1;
                }
                if let crate::Target::Resolution(c) | crate::Target::Decision(c) = &reference.target
                {
                    numbers.extend(c.number.clone());
                    whens.extend(c.date.map(When::Day));
                }
            }
        }
        assert!(checked > 100, "{checked}");
        numbers.sort();
        numbers.dedup();
        // Every number with the edge dates, every date with some numbers.
        let edges = whens.len().min(10);
        let check = |number: &str, when: When| {
            for body in BODIES {
                assert_eq!(
                    statement(body, when, number),
                    statement_formatted(body, when, number),
                    "{number:?} {when:?}"
                );
            }
        };
        for number in &numbers {
            for &when in &whens[..edges] {
                check(number, when);
            }
        }
        for &when in &whens {
            for number in numbers.iter().step_by(numbers.len() / 16 + 1) {
                check(number, when);
            }
        }
    }

    fn day(y: u16, m: u8, d: u8) -> When {
        When::Day(Date::new(y, m, d).unwrap_or_else(|| panic!("bad date")))
    }

    #[test]
    fn ok_statement_iri_domain_example() {
        assert_eq!(
            statement(Body::GeneralAssembly, day(2025, 12, 18), "80/204"),
            "/akn/un/statement/deliberation/un-ga/2025-12-18/80-204"
        );
        assert_eq!(
            statement(Body::GeneralAssembly, day(2016, 10, 13), "71/4"),
            "/akn/un/statement/deliberation/un-ga/2016-10-13/71-4"
        );
    }

    #[test]
    fn ok_statement_iri_security_council_year() {
        assert_eq!(
            statement(Body::SecurityCouncil, When::Year(2023), "2720 (2023)"),
            "/akn/un/statement/deliberation/un-sc/2023/2720"
        );
    }

    #[test]
    fn ok_number_component() {
        for (n, c) in [
            ("36/146 C", "36-146_C"),
            ("217 A (III)", "217_A"),
            ("ES-10/23", "ES-10-23"),
            ("A/C.3/80/L.35", "A-C.3-80-L.35"),
        ] {
            assert_eq!(number_component(n), c);
        }
    }

    #[test]
    fn err_number_component_keeps_unclosed_parenthesis() {
        assert_eq!(number_component("12 (a"), "12_(a");
    }
}
