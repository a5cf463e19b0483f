//! Document symbols as printed: `A/C.3/80/L.35`, `A/RES/80/204`, `S/RES/1445 (2002)`.
//!
//! Two recognisers. [`document_symbol`] knows only the shape
//! (`series ("/" part)+ [" (" year ")"]`) and serves the line classifiers
//! (a running head repeats the symbol). [`symbol`] is the typed grammar of
//! DOMAIN.md §7 (UN Library guide "UN Document Symbols"), one production per
//! component, behind [`DocumentSymbol`](crate::DocumentSymbol):
//!
//! ```ebnf
//! symbol     = series , { "/" , body } , [ "/" , category ] , numbering ,
//!              { "/" , modifier } , [ "*" ] , [ [ " " ] , qualifier ] ;
//! numbering  = [ "/" , session ] , "/" , ( serial | designator ) ;
//! series     = upper , { upper } ;                      (* A S E ST … *)
//! body       = ( upper , { upper } | upper , lower , { lower } ) , [ "." , digits ] ;
//!                                                       (* C.3 HRC CN.4 Sub.2 CONF.231 *)
//! category   = "RES" | "DEC" | "PRST" | "INF" | "SGB" | "AI" | "IC" | "GC" ;
//! session    = ( "ES-" | "S-" ) , digits | digits ;     (* 80 ES-10 S-27; E and S: a year *)
//! serial     = digits , [ " " , upper ] ;               (* 204; 217 A *)
//! designator = ( "L" | "PV" | "SR" | "CRP" | "WP" ) , "." , digits ;
//! modifier   = ( "Rev" | "Add" | "Corr" | "Amend" ) , "." , digits ;
//! qualifier  = "(" , ( year | [ "ES-" | "S-" ] , roman | "Part " , roman ) , ")" ;
//! ```

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, satisfy};
use nom::combinator::{map, map_opt, not, opt, peek, recognize, verify};
use nom::multi::{many0, many1};
use nom::sequence::{delimited, preceded, terminated};
use nom::Parser;

use super::{number, PResult};

/// `series = upper{1,4}`: `A`, `S`, `E`, `ST`.
fn series(input: &str) -> PResult<'_, &str> {
    take_while_m_n(1, 4, |c: char| c.is_ascii_uppercase()).parse(input)
}

/// `part = (alnum | "." | "-")+`, starting with a letter or digit: `C.3`, `80`, `L.35`, `ES-10`.
fn part(input: &str) -> PResult<'_, &str> {
    verify(
        take_while1(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
        |p: &str| p.starts_with(|c: char| c.is_ascii_alphanumeric()) && !p.ends_with('.'),
    )
    .parse(input)
}

/// `document_symbol = series ("/" part)+ [" (" digit{4} ")"]`: the shape only,
/// for line classifiers. The typed grammar is [`symbol`].
pub(crate) fn document_symbol(input: &str) -> PResult<'_, &str> {
    recognize((
        series,
        many1(preceded(char('/'), part)),
        opt((
            tag(" "),
            delimited(
                char('('),
                take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                char(')'),
            ),
        )),
    ))
    .parse(input)
}

/// Document types that stand alone as a component (no number of their own).
const CATEGORIES: [&str; 8] = ["RES", "DEC", "PRST", "INF", "SGB", "AI", "IC", "GC"];
/// Distribution and record designators, each followed by `.` and a number.
const DESIGNATORS: [&str; 5] = ["L", "PV", "SR", "CRP", "WP"];
/// Modifiers of an issued document, each followed by `.` and a number.
const MODIFIERS: [&str; 4] = ["Rev", "Add", "Corr", "Amend"];

/// A session component as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawSession {
    /// `80`, `2023`: the value and its number of digits.
    Number(u32, usize),
    /// `S-27`.
    Special(u32),
    /// `ES-10`.
    EmergencySpecial(u32),
}

/// The parenthesis after a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawQualifier<'a> {
    /// `(2023)`.
    Year(u16),
    /// `(III)`, `(S-V)`, `(ES-I)`: the session in Roman numerals, prefix included.
    Session(&'a str),
    /// `(Part I)`: the Roman numeral.
    Part(&'a str),
}

/// The components of a symbol, borrowed from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawSymbol<'a> {
    pub(crate) series: &'a str,
    pub(crate) bodies: Vec<&'a str>,
    pub(crate) category: Option<&'a str>,
    pub(crate) session: Option<RawSession>,
    /// The running number and its part letter: `217 A` → (217, Some('A')).
    pub(crate) serial: Option<(u32, Option<char>)>,
    pub(crate) designator: Option<(&'a str, u32)>,
    pub(crate) modifiers: Vec<(&'a str, u32)>,
    pub(crate) reissued: bool,
    /// The qualifier, and whether a space stood before it.
    pub(crate) qualifier: Option<(RawQualifier<'a>, bool)>,
}

/// `series = upper , { upper }` (at most 6), not followed by a lower-case
/// letter: `A`, `S`, `E`, `ST`, `CCPR`.
pub(crate) fn symbol_series(input: &str) -> PResult<'_, &str> {
    terminated(
        take_while_m_n(1, 6, |c: char| c.is_ascii_uppercase()),
        not(satisfy(|c: char| c.is_ascii_lowercase())),
    )
    .parse(input)
}

/// `dotted_number = "." digits`: the `.35` of `L.35`.
fn dotted_number(input: &str) -> PResult<'_, u32> {
    preceded(char('.'), number(5)).parse(input)
}

/// `body = (upper {upper} | upper lower {lower}) ["." (digits | roman)]`, neither a
/// category, a designator nor a modifier: `C.3`, `HRC`, `CN.4`, `Sub.2`,
/// `CONF.231`, `CONF.VI` (`CCW/CONF.VI/11`).
fn body(input: &str) -> PResult<'_, &str> {
    let name = alt((
        recognize((
            satisfy(|c: char| c.is_ascii_uppercase()),
            take_while_m_n(1, 8, |c: char| c.is_ascii_lowercase()),
        )),
        take_while_m_n(1, 8, |c: char| c.is_ascii_uppercase()),
    ));
    verify(
        recognize((
            name,
            opt(alt((
                recognize(dotted_number),
                recognize((char('.'), roman)),
            ))),
            not(satisfy(|c: char| c.is_ascii_alphanumeric() || c == '-')),
        )),
        |b: &str| match b.split_once('.') {
            None => !CATEGORIES.contains(&b) && !b.starts_with(|c: char| c.is_ascii_lowercase()),
            Some((head, _)) => !DESIGNATORS.contains(&head) && !MODIFIERS.contains(&head),
        },
    )
    .parse(input)
}

/// `category = "RES" | "DEC" | "PRST" | "INF" | "SGB" | "AI" | "IC" | "GC"`,
/// not followed by `.`.
fn category(input: &str) -> PResult<'_, &str> {
    terminated(
        verify(take_while1(|c: char| c.is_ascii_uppercase()), |w: &str| {
            CATEGORIES.contains(&w)
        }),
        not(satisfy(|c: char| c == '.' || c.is_ascii_alphanumeric())),
    )
    .parse(input)
}

/// `session = ("ES-" | "S-") digits | digits`: `80`, `ES-10`, `S-27`, `2023`.
pub(crate) fn session(input: &str) -> PResult<'_, RawSession> {
    alt((
        map(
            preceded(tag("ES-"), number(2)),
            RawSession::EmergencySpecial,
        ),
        map(preceded(tag("S-"), number(2)), RawSession::Special),
        map(
            take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
            |d: &str| RawSession::Number(d.parse().unwrap_or(0), d.len()),
        ),
    ))
    .parse(input)
}

/// `part_letter = " " upper`, not followed by a letter, digit or `.`: the `A` of `217 A`.
fn part_letter(input: &str) -> PResult<'_, char> {
    preceded(
        char(' '),
        terminated(
            satisfy(|c: char| c.is_ascii_uppercase()),
            not(satisfy(|c: char| c.is_ascii_alphanumeric() || c == '.')),
        ),
    )
    .parse(input)
}

/// `serial = digits [" " upper]`: `204`, `217 A`, `237 C`.
fn serial(input: &str) -> PResult<'_, (u32, Option<char>)> {
    (
        terminated(number(5), not(satisfy(|c: char| c.is_ascii_digit()))),
        opt(part_letter),
    )
        .parse(input)
}

/// `designator = ("L" | "PV" | "SR" | "CRP" | "WP") "." digits`: `L.35`, `PV.69`.
fn designator(input: &str) -> PResult<'_, (&str, u32)> {
    (
        verify(take_while1(|c: char| c.is_ascii_uppercase()), |w: &str| {
            DESIGNATORS.contains(&w)
        }),
        dotted_number,
    )
        .parse(input)
}

/// `modifier = ("Rev" | "Add" | "Corr" | "Amend") "." digits`: `Rev.1`, `Add.17`.
fn modifier(input: &str) -> PResult<'_, (&str, u32)> {
    (
        alt((tag("Rev"), tag("Add"), tag("Corr"), tag("Amend"))),
        dotted_number,
    )
        .parse(input)
}

/// `roman = ("I" | "V" | "X" | "L" | "C")+`: `III`, `XXI`.
pub(crate) fn roman(input: &str) -> PResult<'_, &str> {
    take_while1(|c: char| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')).parse(input)
}

/// `year = digit{4}`, 1945 or later: `2023`.
pub(crate) fn year(input: &str) -> PResult<'_, u16> {
    map_opt(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        |y: &str| y.parse::<u16>().ok().filter(|&y| y >= 1945),
    )
    .parse(input)
}

/// `qualifier = "(" (year | ["ES-" | "S-"] roman | "Part " roman) ")"`:
/// `(2023)`, `(III)`, `(S-V)`, `(Part I)`.
pub(crate) fn qualifier(input: &str) -> PResult<'_, RawQualifier<'_>> {
    delimited(
        char('('),
        alt((
            map(year, RawQualifier::Year),
            map(preceded(tag("Part "), roman), RawQualifier::Part),
            map(
                recognize((opt(alt((tag("ES-"), tag("S-")))), roman)),
                RawQualifier::Session,
            ),
        )),
        char(')'),
    )
    .parse(input)
}

/// What [`numbering`] gives: the session, then a serial or a designator.
type Numbering<'a> = (
    Option<RawSession>,
    Option<(u32, Option<char>)>,
    Option<(&'a str, u32)>,
);

/// `numbering = ["/" session] "/" (serial | designator)`. A session is read
/// only where another number or a designator follows it, so that the one
/// number of `S/RES/2720 (2023)` is the serial.
fn numbering(input: &str) -> PResult<'_, Numbering<'_>> {
    alt((
        map(
            (
                opt(terminated(
                    preceded(char('/'), session),
                    peek(preceded(char('/'), designator)),
                )),
                preceded(char('/'), designator),
            ),
            |(s, d)| (s, None, Some(d)),
        ),
        map(
            (
                opt(terminated(
                    preceded(char('/'), session),
                    peek((char('/'), satisfy(|c: char| c.is_ascii_digit()))),
                )),
                preceded(char('/'), serial),
            ),
            |(s, n)| (s, Some(n), None),
        ),
    ))
    .parse(input)
}

/// Whether a [`symbol`] can open `input`: one to six capitals (its series,
/// as [`symbol_series`] reads them), then `/`, which opens every component
/// after the series. A necessary condition, cheap enough for the walk over
/// references to check at every capitalised word before the grammar.
pub(crate) fn may_open_symbol(input: &str) -> bool {
    let bytes = input.as_bytes();
    let caps = bytes
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    caps > 0 && bytes.get(caps) == Some(&b'/')
}

/// What follows the category in a [`symbol`]: its numbering, modifiers,
/// reissue mark and qualifier (the space before it, if any).
type Tail<'a> = (
    Numbering<'a>,
    Vec<(&'a str, u32)>,
    Option<char>,
    Option<(bool, RawQualifier<'a>)>,
);

/// `tail = numbering {"/" modifier} ["*"] [[" "] qualifier]`.
fn tail(input: &str) -> PResult<'_, Tail<'_>> {
    (
        numbering,
        many0(preceded(char('/'), modifier)),
        opt(char('*')),
        opt((
            map(take_while(|c: char| c == ' '), |s: &str| !s.is_empty()),
            qualifier,
        )),
    )
        .parse(input)
}

fn raw_symbol<'a>(
    series: &'a str,
    bodies: Vec<&'a str>,
    category: Option<&'a str>,
    ((session, serial, designator), modifiers, star, q): Tail<'a>,
) -> RawSymbol<'a> {
    RawSymbol {
        series,
        bodies,
        category,
        session,
        serial,
        designator,
        modifiers,
        reissued: star.is_some(),
        qualifier: q.map(|(spaced, q)| (q, spaced)),
    }
}

/// `symbol = series {"/" body} ["/" category] numbering {"/" modifier} ["*"] [[" "] qualifier]`.
pub(crate) fn symbol(input: &str) -> PResult<'_, RawSymbol<'_>> {
    map(
        (
            symbol_series,
            many0(preceded(char('/'), body)),
            opt(preceded(char('/'), category)),
            tail,
        ),
        |(series, bodies, category, t)| raw_symbol(series, bodies, category, t),
    )
    .parse(input)
}

/// What [`symbol`] reads in the whole of `{series}{"/" body}/{category}{rest}`
/// where it reads the part before `rest` as `series`, `bodies` and
/// `category` (the caller's to know: `A/HRC/RES` before `/70/1`); `None`
/// where it reads no symbol there. Why: the symbols of cited resolutions
/// (`A/RES/` and a printed number) have a fixed head, and reading it
/// again was a third of their parse.
pub(crate) fn symbol_with_head<'a>(
    series: &'a str,
    bodies: Vec<&'a str>,
    category: &'a str,
    rest: &'a str,
) -> Option<RawSymbol<'a>> {
    match tail(rest) {
        Ok(("", t)) => Some(raw_symbol(series, bodies, Some(category), t)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 60 characters from each ASCII capital of the test texts on.
    fn capital_openings() -> Vec<String> {
        let mut out = Vec::new();
        for text in crate::grammar::testdata_texts() {
            for (i, c) in text.char_indices() {
                if c.is_ascii_uppercase() {
                    out.push(text[i..].chars().take(60).collect());
                }
            }
        }
        out
    }
    use crate::grammar::run_all;

    /// [`may_open_symbol`] holds wherever [`symbol`] parses: at every
    /// character of the test texts, and on generated series lengths.
    #[test]
    fn may_open_symbol_is_necessary() {
        let mut inputs: Vec<String> = (1..=8)
            .flat_map(|n| {
                let caps = "ABCDEFGH"[..n].to_owned();
                [
                    format!("{caps}/RES/80/1"),
                    format!("{caps}/80/L.3"),
                    format!("{caps}a/1"),
                    format!("{caps} /1"),
                ]
            })
            .collect();
        inputs.extend(capital_openings());
        let mut parsed = 0;
        for input in &inputs {
            if symbol(input).is_ok() {
                parsed += 1;
                assert!(may_open_symbol(input), "{input:?}");
            }
        }
        assert!(parsed > 100);
    }

    /// Where [`symbol`] stops before a character that is neither a
    /// letter, a digit nor `/` (as the walk over references takes a
    /// symbol), it reads the input cut there the same, to its end: so a
    /// symbol found in running text needs no second parse. Why it holds:
    /// past its end the grammar looks only with `not`s, which such a
    /// character passes as the end of the input does, or in attempts that
    /// fail either way (a `-` after a body, a `.` after a category, a
    /// space before no part letter or qualifier). Checked at every
    /// capital of the test texts, and on symbols before each kind of
    /// character.
    #[test]
    fn symbol_reads_the_same_cut_at_its_end() {
        let mut inputs: Vec<String> = Vec::new();
        let symbols = [
            "A/RES/80/204",
            "A/C.3/80/L.35/Rev.1",
            "A/ES-10/L.30",
            "S/RES/2720 (2023)",
            "S/RES/2720(2023)",
            "A/RES/217 A (III)",
            "A/RES/217 A",
            "A/RES/80/204*",
            "E/CN.4/Sub.2/2000/46",
            "A/CONF.157/24 (Part I)",
            "CCW/CONF.VI/11",
            "A/RES/S-27/2",
            "A/HRC/RES/52/4",
            "A/DEC/80/506",
        ];
        let nexts = [
            "", " ", ".", "-", "*", "(", ")", ",", ";", ":", "_", "”", "é", " A", " A.", " (",
            " (2023", " (see", ".1", "-1", " and", "**", "/", "A", "1",
        ];
        for s in symbols {
            for n in nexts {
                inputs.push(format!("{s}{n}"));
                for cut in 1..s.len() {
                    inputs.push(format!("{}{n}", &s[..cut]));
                }
            }
        }
        inputs.extend(capital_openings());
        let mut found = 0;
        for input in &inputs {
            let Ok((after, raw)) = symbol(input) else {
                continue;
            };
            if after.starts_with(|c: char| c.is_alphanumeric() || c == '/') {
                continue;
            }
            found += 1;
            let cut = &input[..input.len() - after.len()];
            assert_eq!(symbol(cut), Ok(("", raw)), "{input:?}");
        }
        assert!(found > 200, "too few symbols: {found}");
    }

    #[test]
    fn ok_document_symbol() {
        for s in [
            "A/C.3/80/L.35",
            "A/RES/80/204",
            "S/RES/1445 (2002)",
            "A/ES-10/L.30",
            "E/CN.4/2005/L.10/Add.17",
        ] {
            assert_eq!(run_all(document_symbol, s), Some(s));
        }
    }
    #[test]
    fn err_document_symbol() {
        for s in ["80/204", "General Assembly", "A/", "A/RES/80/204."] {
            assert_eq!(run_all(document_symbol, s), None, "{s}");
        }
    }

    #[test]
    fn ok_symbol_series() {
        assert_eq!(run_all(symbol_series, "ST"), Some("ST"));
        assert_eq!(run_all(symbol_series, "CCPR"), Some("CCPR"));
    }
    #[test]
    fn err_symbol_series() {
        assert_eq!(run_all(symbol_series, "Sub"), None);
        assert_eq!(run_all(symbol_series, "a"), None);
    }
    #[test]
    fn ok_body() {
        for b in [
            "C.3", "HRC", "CN.4", "Sub.2", "CONF.231", "AC.105", "CONF.VI",
        ] {
            assert_eq!(run_all(body, b), Some(b));
        }
    }
    #[test]
    fn err_body() {
        for b in ["RES", "L.35", "Rev.1", "PV.69", "80", "sub.2"] {
            assert_eq!(run_all(body, b), None, "{b}");
        }
    }
    #[test]
    fn ok_category() {
        assert_eq!(run_all(category, "PRST"), Some("PRST"));
    }
    #[test]
    fn err_category() {
        assert_eq!(run_all(category, "HRC"), None);
        assert_eq!(run_all(category, "GC.27"), None);
    }
    #[test]
    fn ok_session() {
        assert_eq!(run_all(session, "80"), Some(RawSession::Number(80, 2)));
        assert_eq!(
            run_all(session, "ES-10"),
            Some(RawSession::EmergencySpecial(10))
        );
        assert_eq!(run_all(session, "S-27"), Some(RawSession::Special(27)));
    }
    #[test]
    fn err_session() {
        assert_eq!(run_all(session, "ES10"), None);
    }
    #[test]
    fn ok_serial() {
        assert_eq!(run_all(serial, "204"), Some((204, None)));
        assert_eq!(run_all(serial, "217 A"), Some((217, Some('A'))));
    }
    #[test]
    fn err_serial() {
        assert_eq!(run_all(serial, "217 Ab"), None);
        assert_eq!(run_all(serial, "123456"), None);
    }
    #[test]
    fn ok_designator() {
        assert_eq!(run_all(designator, "L.35"), Some(("L", 35)));
        assert_eq!(run_all(designator, "PV.69"), Some(("PV", 69)));
    }
    #[test]
    fn err_designator() {
        assert_eq!(run_all(designator, "C.3"), None);
        assert_eq!(run_all(designator, "L35"), None);
    }
    #[test]
    fn ok_modifier() {
        assert_eq!(run_all(modifier, "Rev.1"), Some(("Rev", 1)));
        assert_eq!(run_all(modifier, "Add.17"), Some(("Add", 17)));
    }
    #[test]
    fn err_modifier() {
        assert_eq!(run_all(modifier, "Rev1"), None);
        assert_eq!(run_all(modifier, "rev.1"), None);
    }
    #[test]
    fn ok_qualifier() {
        assert_eq!(run_all(qualifier, "(2023)"), Some(RawQualifier::Year(2023)));
        assert_eq!(
            run_all(qualifier, "(III)"),
            Some(RawQualifier::Session("III"))
        );
        assert_eq!(
            run_all(qualifier, "(Part I)"),
            Some(RawQualifier::Part("I"))
        );
    }
    #[test]
    fn err_qualifier() {
        assert_eq!(run_all(qualifier, "(23)"), None);
        assert_eq!(run_all(qualifier, "(see above)"), None);
    }
    #[test]
    fn ok_numbering() {
        assert_eq!(
            run_all(numbering, "/80/L.35"),
            Some((Some(RawSession::Number(80, 2)), None, Some(("L", 35))))
        );
        assert_eq!(
            run_all(numbering, "/2720"),
            Some((None, Some((2720, None)), None))
        );
    }
    #[test]
    fn err_numbering() {
        assert_eq!(run_all(numbering, "/80/"), None);
    }
    #[test]
    fn ok_symbol() {
        for s in [
            "A/RES/80/204",
            "A/C.3/80/L.35/Rev.1",
            "A/80/545",
            "A/ES-10/L.30",
            "A/HRC/RES/52/4",
            "E/RES/2023/12",
            "E/CN.4/2005/L.10/Add.17",
            "S/RES/2720 (2023)",
            "S/PRST/2024/1",
            "ST/SGB/2019/8",
            "A/CONF.231/3",
            "A/RES/217 A (III)",
            "A/RES/80/204*",
            "E/CN.4/Sub.2/2000/46",
            "A/CONF.157/24 (Part I)",
            "CCW/CONF.VI/11",
            "CCW/P.V/CONF/2023/5",
        ] {
            assert!(run_all(symbol, s).is_some(), "{s}");
        }
        let parts = run_all(symbol, "A/C.3/80/L.35/Rev.1");
        assert_eq!(
            parts,
            Some(RawSymbol {
                series: "A",
                bodies: vec!["C.3"],
                category: None,
                session: Some(RawSession::Number(80, 2)),
                serial: None,
                designator: Some(("L", 35)),
                modifiers: vec![("Rev", 1)],
                reissued: false,
                qualifier: None,
            })
        );
    }
    #[test]
    fn err_symbol() {
        for s in [
            "80/204",
            "A/",
            "A/RES",
            "A/RES/80/204.",
            "a/res/80/204",
            "A/RES/80/",
        ] {
            assert!(run_all(symbol, s).is_none(), "{s}");
        }
    }
}
