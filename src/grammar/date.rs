//! Calendar dates as the UN prints them: `18 December 2025`.

use nom::branch::alt;
use nom::bytes::complete::{tag_no_case, take_while_m_n};
use nom::character::complete::{satisfy, space1};
use nom::combinator::{map_opt, not, value};
use nom::sequence::terminated;
use nom::Parser;

use super::{number, PResult};
use crate::ast::Date;

/// `month = "January" | … | "December"` (any case).
pub(crate) fn month(input: &str) -> PResult<'_, u8> {
    alt((
        value(1, tag_no_case("January")),
        value(2, tag_no_case("February")),
        value(3, tag_no_case("March")),
        value(4, tag_no_case("April")),
        value(5, tag_no_case("May")),
        value(6, tag_no_case("June")),
        value(7, tag_no_case("July")),
        value(8, tag_no_case("August")),
        value(9, tag_no_case("September")),
        value(10, tag_no_case("October")),
        value(11, tag_no_case("November")),
        value(12, tag_no_case("December")),
    ))
    .parse(input)
}

/// `date = day " " month " " year`, day 1–2 digits, year 4 digits and no
/// more: `4 November 2025`. The day must exist in that month.
pub(crate) fn date(input: &str) -> PResult<'_, Date> {
    map_opt(
        (
            number(2),
            space1,
            month,
            space1,
            terminated(
                take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                not(satisfy(|c: char| c.is_ascii_digit())),
            ),
        ),
        |(d, _, m, _, y): (u32, _, u8, _, &str)| {
            Date::new(y.parse().ok()?, m, u8::try_from(d).ok()?)
        },
    )
    .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::run_all;

    fn iso(s: &str) -> Option<String> {
        run_all(date, s).map(|d| d.to_string())
    }

    #[test]
    fn ok_date() {
        assert_eq!(iso("18 December 2025").as_deref(), Some("2025-12-18"));
    }
    #[test]
    fn ok_date_single_digit_day() {
        assert_eq!(iso("4 November 2025").as_deref(), Some("2025-11-04"));
    }
    #[test]
    fn ok_date_any_case() {
        assert_eq!(iso("8 september 2000").as_deref(), Some("2000-09-08"));
    }
    #[test]
    fn err_date_impossible_day() {
        assert_eq!(iso("31 November 2025"), None);
    }
    #[test]
    fn err_date_month_first() {
        assert_eq!(iso("December 18 2025"), None);
    }
    #[test]
    fn err_date_year_runs_on() {
        // `12 November` / job number `071118` on the next line (A_RES_73_8).
        assert_eq!(crate::grammar::run(date, "12 November 071118"), None);
    }
    #[test]
    fn err_date_two_digit_year() {
        assert_eq!(iso("18 December 25"), None);
    }
}
