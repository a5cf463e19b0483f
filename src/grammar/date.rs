//! Calendar dates as the UN prints them: `18 December 2025`.

use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, satisfy, space0, space1};
use nom::combinator::{map_opt, not, opt};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::{number, one_of_no_case, PResult};
use crate::ast::Date;

/// The months and their numbers, in the order [`month`] tries them.
const MONTHS: [(&str, u8); 12] = [
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
];

/// The printed name of month `number` (1 = `January`): the table [`month`]
/// reads, so that a date written is a date read back.
pub(crate) fn month_name(number: u8) -> Option<&'static str> {
    MONTHS
        .iter()
        .find(|&&(_, n)| n == number)
        .map(|&(name, _)| name)
}

/// The number of the month printed `word` (`July` → 7), as a whole word.
pub(crate) fn month_name_of(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .find(|&&(name, _)| name == word)
        .map(|&(_, n)| n)
}

/// `month = "January" | … | "December"` (any case).
pub(crate) fn month(input: &str) -> PResult<'_, u8> {
    one_of_no_case(&MONTHS).parse(input)
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

/// The date line under a Council resolution heading as OCR left it, read
/// by its shape, `of` day month year, where the words do not all read: `of
/// 3 Apri] 1991` (S/RES/687 (1991)), `of 3f July 1989` (S/RES/638 (1989)).
/// Returns `Some(date)` where the damage is one letter of the month's name
/// (a word of a month's length that differs from that month's name, and
/// from no other, in one letter), `Some(None)` where the line has the shape
/// but its day or month cannot be read, and `None` where it is no such line
/// (`of the Charter`).
pub(crate) fn damaged_date_line(t: &str) -> Option<Option<Date>> {
    let rest = t.strip_prefix("of ")?;
    let mut words = rest.split(' ');
    let (day, month, year) = (words.next()?, words.next()?, words.next()?);
    let shape = words.next().is_none()
        && (1..=3).contains(&day.len())
        && day.starts_with(|c: char| c.is_ascii_digit())
        && (3..=9).contains(&month.chars().count())
        && month.starts_with(char::is_uppercase)
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit());
    if !shape {
        return None;
    }
    let close = |name: &str| {
        name.chars().count() == month.chars().count()
            && name
                .chars()
                .zip(month.chars())
                .filter(|(a, b)| a != b)
                .count()
                <= 1
    };
    let mut names = MONTHS.iter().filter(|(name, _)| close(name));
    let m = match (names.next(), names.next()) {
        (Some(&(_, n)), None) => Some(n),
        _ => None,
    };
    let date = (|| {
        Date::new(
            year.parse().ok()?,
            m?,
            day.parse().ok().filter(|&d: &u8| d >= 1)?,
        )
    })();
    Some(date)
}

/// `date_range = day [month [year]] dash date`, the dash `–` or `-` with or
/// without spaces: a session's period under its name in the Human Rights
/// Council's and the Economic and Social Council's mastheads
/// (`27 February–4 April 2023`, `25 July 2022–26 July 2023`, `10–12 May
/// 2023`). The first date takes the month and year it leaves out from the
/// second; the range must run forwards.
pub(crate) fn date_range(input: &str) -> PResult<'_, (Date, Date)> {
    let dash = (space0, alt((char('–'), char('-'))), space0);
    map_opt(
        (
            number(2),
            opt(preceded(
                space1,
                (
                    month,
                    opt(preceded(
                        space1,
                        terminated(
                            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                            not(satisfy(|c: char| c.is_ascii_digit())),
                        ),
                    )),
                ),
            )),
            dash,
            date,
        ),
        |(d, my, _, end): (u32, Option<(u8, Option<&str>)>, _, Date)| {
            let (m, y) = match my {
                Some((m, Some(y))) => (m, y.parse().ok()?),
                Some((m, None)) => (m, end.year()),
                None => (end.month(), end.year()),
            };
            let start = Date::new(y, m, u8::try_from(d).ok()?)?;
            (start <= end).then_some((start, end))
        },
    )
    .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::run_all;

    #[test]
    fn ok_date_range() {
        let iso = |s: &str| run_all(date_range, s).map(|(a, b)| format!("{a}/{b}"));
        assert_eq!(
            iso("27 February–4 April 2023").as_deref(),
            Some("2023-02-27/2023-04-04")
        );
        assert_eq!(
            iso("25 July 2022-26 July 2023").as_deref(),
            Some("2022-07-25/2023-07-26")
        );
        assert_eq!(
            iso("25 July 2022 – 26 July 2023").as_deref(),
            Some("2022-07-25/2023-07-26")
        );
        assert_eq!(
            iso("10–12 May 2023").as_deref(),
            Some("2023-05-10/2023-05-12")
        );
        // Backwards, or a lone date: no range.
        assert_eq!(iso("4 April–27 February 2023"), None);
        assert_eq!(iso("4 April 2023"), None);
    }

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
    /// The month table answers as `alt((value(1, tag_no_case("January")), …))`.
    #[test]
    fn month_agrees_with_alt_of_tag_no_case() {
        use nom::bytes::complete::tag_no_case;
        for (name, _) in MONTHS {
            let cases = [
                name.to_owned(),
                name.to_ascii_lowercase(),
                name.to_ascii_uppercase(),
            ];
            for v in cases {
                let mut inputs: Vec<String> = v
                    .char_indices()
                    .map(|(cut, _)| v[..cut].to_owned())
                    .collect();
                inputs.push(format!("{v} 2025"));
                inputs.push(format!("{v}\u{e9}"));
                inputs.push(format!("\u{e9}{v}"));
                inputs.push(v.clone());
                for input in &inputs {
                    let spec = MONTHS.iter().find_map(|&(w, m)| {
                        tag_no_case::<_, _, nom::error::Error<&str>>(w)
                            .parse(input.as_str())
                            .ok()
                            .map(|(rest, _)| (rest, m))
                    });
                    assert_eq!(month(input).ok(), spec, "{input:?}");
                }
            }
        }
    }
    #[test]
    fn err_date_two_digit_year() {
        assert_eq!(iso("18 December 25"), None);
    }
    #[test]
    fn ok_damaged_date_line() {
        assert_eq!(
            damaged_date_line("of 3 Apri] 1991").map(|d| d.map(|d| d.to_string())),
            Some(Some("1991-04-03".to_owned()))
        );
        // The day cannot be read: the line is still the date line.
        assert_eq!(damaged_date_line("of 3f July 1989"), Some(None));
    }
    #[test]
    fn err_damaged_date_line() {
        assert_eq!(damaged_date_line("of the Charter"), None);
        assert_eq!(damaged_date_line("of 3 April 1991 and"), None);
        // `Ju]y` is one letter from `July` alone; `Ju]]` is two from
        // both `June` and `July`: the month is not guessed.
        assert_eq!(
            damaged_date_line("of 1 Ju]y 1990").map(|d| d.map(|d| d.to_string())),
            Some(Some("1990-07-01".to_owned()))
        );
        assert_eq!(damaged_date_line("of 1 Ju]] 1990"), Some(None));
    }
}
