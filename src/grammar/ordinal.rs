//! Ordinals in words (`Eightieth`, `seventy-ninth`) and figures (`69th`),
//! as in `Eightieth session`, `at its eighty-first session`, `69th plenary meeting`.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::{map, opt};
use nom::Parser;

use super::{number, one_of_no_case, PResult};

/// `unit_ordinal = "first" | "second" | … | "ninth"`.
const UNIT_ORDINALS: [(&str, u32); 9] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
];

/// `teen_ordinal = "tenth" | "eleventh" | … | "nineteenth"`.
const TEEN_ORDINALS: [(&str, u32); 10] = [
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
];

/// `tens = "twenty" | … | "ninety"` (cardinal, before `-unit_ordinal`).
const TENS: [(&str, u32); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// `tens_ordinal = "twentieth" | … | "ninetieth"`.
const TENS_ORDINALS: [(&str, u32); 8] = [
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
];

/// Whether an [`ordinal_word`] can open `input`: its first three letters
/// (any case) open a word of the tables, and no other character lower-cases
/// to one of those letters. Checked before the tables, which the walk over
/// references would otherwise scan at every word of a text that mentions a
/// session (`the`, `to`, `States` all open with a table word's letter).
pub(crate) fn may_open_ordinal_word(input: &str) -> bool {
    let Some(&[a, b, c]) = input.as_bytes().get(..3) else {
        return false;
    };
    matches!(
        [a, b, c].map(|x| x.to_ascii_lowercase()),
        [b'e', b'i', b'g']
            | [b'e', b'l', b'e']
            | [b'f', b'i', b'f']
            | [b'f', b'i', b'r']
            | [b'f', b'o', b'r']
            | [b'f', b'o', b'u']
            | [b'n', b'i', b'n']
            | [b's', b'e', b'c']
            | [b's', b'e', b'v']
            | [b's', b'i', b'x']
            | [b't', b'e', b'n']
            | [b't', b'h', b'i']
            | [b't', b'w', b'e']
    )
}

/// `ordinal_word = tens_ordinal | tens "-" unit_ordinal | teen_ordinal | unit_ordinal`
/// (any case): `Eightieth` → 80, `seventy-ninth` → 79.
///
/// The word tables are matched by [`one_of_no_case`], which skips a word on
/// its first letter: the walk over references and the masthead try this at
/// every word, and most words open with none of `e f n s t`.
pub(crate) fn ordinal_word(input: &str) -> PResult<'_, u32> {
    if !may_open_ordinal_word(input) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )));
    }
    alt((
        one_of_no_case(&TENS_ORDINALS),
        map(
            (
                one_of_no_case(&TENS),
                tag("-"),
                one_of_no_case(&UNIT_ORDINALS),
            ),
            |(t, _, u)| t + u,
        ),
        one_of_no_case(&TEEN_ORDINALS),
        one_of_no_case(&UNIT_ORDINALS),
    ))
    .parse(input)
}

/// The English ordinal suffix of `n`: `1st`, `2nd`, `3rd`, `11th`, `50th`.
pub(crate) fn ordinal_suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
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
    /// Every word of the tables opens with a letter [`may_open_ordinal_word`]
    /// accepts, so the guard never hides a match.
    #[test]
    fn ordinal_guard_covers_every_table_word() {
        let all = UNIT_ORDINALS
            .iter()
            .chain(&TEEN_ORDINALS)
            .chain(&TENS)
            .chain(&TENS_ORDINALS);
        for (w, _) in all {
            assert!(may_open_ordinal_word(w), "{w}");
            assert!(may_open_ordinal_word(&w.to_ascii_uppercase()), "{w}");
        }
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

    /// The grammar as written before the word tables: an `alt` of nom's
    /// `tag_no_case`. [`ordinal_word`] must answer as it does.
    fn ordinal_word_spec(input: &str) -> PResult<'_, u32> {
        use nom::bytes::complete::tag_no_case;
        use nom::combinator::value;
        fn one_of<'a>(table: &'static [(&'static str, u32)], input: &'a str) -> PResult<'a, u32> {
            for &(w, v) in table {
                if let Ok(ok) =
                    value(v, tag_no_case::<_, _, nom::error::Error<&str>>(w)).parse(input)
                {
                    return Ok(ok);
                }
            }
            Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Tag,
            )))
        }
        alt((
            |i| one_of(&TENS_ORDINALS, i),
            map(
                (
                    |i| one_of(&TENS, i),
                    tag("-"),
                    |i| one_of(&UNIT_ORDINALS, i),
                ),
                |(t, _, u)| t + u,
            ),
            |i| one_of(&TEEN_ORDINALS, i),
            |i| one_of(&UNIT_ORDINALS, i),
        ))
        .parse(input)
    }

    /// Every ordinal, in three cases, cut short, run on and glued to a
    /// neighbour, and every word of the test texts: the table grammar and
    /// nom's `tag_no_case` grammar agree (value and rest).
    #[test]
    fn ordinal_word_agrees_with_tag_no_case_grammar() {
        let mut inputs: Vec<String> = Vec::new();
        let all = UNIT_ORDINALS
            .iter()
            .chain(&TEEN_ORDINALS)
            .chain(&TENS)
            .chain(&TENS_ORDINALS);
        let mut words: Vec<String> = all.map(|(w, _)| (*w).to_owned()).collect();
        for (t, _) in TENS {
            for (u, _) in UNIT_ORDINALS {
                words.push(format!("{t}-{u}"));
                words.push(format!("{t} {u}"));
            }
        }
        for w in words {
            let mut cap = w.clone();
            cap[..1].make_ascii_uppercase();
            for v in [w.clone(), w.to_ascii_uppercase(), cap] {
                for cut in 0..v.len() {
                    inputs.push(v[..cut].to_owned());
                }
                inputs.push(format!("{v} session"));
                inputs.push(format!("{v}s"));
                inputs.push(format!("\u{212A}{v}"));
                inputs.push(format!("{v}\u{e9}"));
                inputs.push(v);
            }
        }
        // Every word start of the test texts, 24 characters on.
        for text in crate::grammar::testdata_texts() {
            let mut prev = ' ';
            for (i, c) in text.char_indices() {
                if !prev.is_alphanumeric() && c.is_alphabetic() {
                    inputs.push(text[i..].chars().take(24).collect());
                }
                prev = c;
            }
        }
        assert!(inputs.len() > 10_000);
        for input in &inputs {
            assert_eq!(
                ordinal_word(input).ok(),
                ordinal_word_spec(input).ok(),
                "{input:?}"
            );
        }
    }
}
