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
pub(crate) fn number_component(number: &str) -> String {
    let bare = match number.find(" (") {
        Some(i) if number.ends_with(')') => &number[..i],
        _ => number,
    };
    bare.chars()
        .map(|c| match c {
            '/' => '-',
            ' ' => '_',
            c => c,
        })
        .collect()
}

/// The work IRI of a resolution or decision (or draft) of `body`.
pub(crate) fn statement(body: Body, when: When, number: &str) -> String {
    let date = match when {
        When::Day(d) => d.to_string(),
        When::Year(y) => format!("{y:04}"),
    };
    format!(
        "/akn/un/statement/deliberation/{}/{date}/{}",
        actor(body),
        number_component(number)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
