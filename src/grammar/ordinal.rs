//! Ordinals in words (`Eightieth`, `seventy-ninth`) and figures (`69th`),
//! as in `Eightieth session`, `at its eighty-first session`, `69th plenary meeting`.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::combinator::{map, opt, value};
use nom::Parser;

use super::{number, PResult};

/// `unit_ordinal = "first" | "second" | … | "ninth"`.
fn unit_ordinal(input: &str) -> PResult<'_, u32> {
    alt((
        value(1, tag_no_case("first")),
        value(2, tag_no_case("second")),
        value(3, tag_no_case("third")),
        value(4, tag_no_case("fourth")),
        value(5, tag_no_case("fifth")),
        value(6, tag_no_case("sixth")),
        value(7, tag_no_case("seventh")),
        value(8, tag_no_case("eighth")),
        value(9, tag_no_case("ninth")),
    ))
    .parse(input)
}

/// `teen_ordinal = "tenth" | "eleventh" | … | "nineteenth"`.
fn teen_ordinal(input: &str) -> PResult<'_, u32> {
    alt((
        value(10, tag_no_case("tenth")),
        value(11, tag_no_case("eleventh")),
        value(12, tag_no_case("twelfth")),
        value(13, tag_no_case("thirteenth")),
        value(14, tag_no_case("fourteenth")),
        value(15, tag_no_case("fifteenth")),
        value(16, tag_no_case("sixteenth")),
        value(17, tag_no_case("seventeenth")),
        value(18, tag_no_case("eighteenth")),
        value(19, tag_no_case("nineteenth")),
    ))
    .parse(input)
}

/// `tens = "twenty" | … | "ninety"` (cardinal, before `-unit_ordinal`).
fn tens(input: &str) -> PResult<'_, u32> {
    alt((
        value(20, tag_no_case("twenty")),
        value(30, tag_no_case("thirty")),
        value(40, tag_no_case("forty")),
        value(50, tag_no_case("fifty")),
        value(60, tag_no_case("sixty")),
        value(70, tag_no_case("seventy")),
        value(80, tag_no_case("eighty")),
        value(90, tag_no_case("ninety")),
    ))
    .parse(input)
}

/// `tens_ordinal = "twentieth" | … | "ninetieth"`.
fn tens_ordinal(input: &str) -> PResult<'_, u32> {
    alt((
        value(20, tag_no_case("twentieth")),
        value(30, tag_no_case("thirtieth")),
        value(40, tag_no_case("fortieth")),
        value(50, tag_no_case("fiftieth")),
        value(60, tag_no_case("sixtieth")),
        value(70, tag_no_case("seventieth")),
        value(80, tag_no_case("eightieth")),
        value(90, tag_no_case("ninetieth")),
    ))
    .parse(input)
}

/// `ordinal_word = tens_ordinal | tens "-" unit_ordinal | teen_ordinal | unit_ordinal`
/// (any case): `Eightieth` → 80, `seventy-ninth` → 79.
pub(crate) fn ordinal_word(input: &str) -> PResult<'_, u32> {
    alt((
        tens_ordinal,
        map((tens, tag("-"), unit_ordinal), |(t, _, u)| t + u),
        teen_ordinal,
        unit_ordinal,
    ))
    .parse(input)
}

/// `ordinal_figure = digits ("st" | "nd" | "rd" | "th")`: `69th`, `4653rd`.
pub(crate) fn ordinal_figure(input: &str) -> PResult<'_, u32> {
    map(
        (
            number(6),
            opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
        ),
        |(n, _)| n,
    )
    .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::run_all;

    #[test]
    fn ok_ordinal_word_tens() {
        assert_eq!(run_all(ordinal_word, "Eightieth"), Some(80));
    }
    #[test]
    fn ok_ordinal_word_compound() {
        assert_eq!(run_all(ordinal_word, "Seventy-ninth"), Some(79));
        assert_eq!(run_all(ordinal_word, "eighty-first"), Some(81));
    }
    #[test]
    fn ok_ordinal_word_teen() {
        assert_eq!(run_all(ordinal_word, "Tenth"), Some(10));
    }
    #[test]
    fn ok_ordinal_figure() {
        assert_eq!(run_all(ordinal_figure, "69th"), Some(69));
        assert_eq!(run_all(ordinal_figure, "4653rd"), Some(4653));
    }
    #[test]
    fn err_ordinal_word_cardinal() {
        assert_eq!(run_all(ordinal_word, "eighty"), None);
    }
    #[test]
    fn err_ordinal_word_missing_hyphen() {
        assert_eq!(run_all(ordinal_word, "seventy ninth"), None);
    }
}
