//! Citations in running text (DOMAIN.md §7): resolution and decision
//! numbers, their dates and titles, Charter articles and chapters, sessions,
//! treaty names. One production each; the walk over a paragraph that tries
//! them word by word is `structure::references`.
//!
//! | printed | production |
//! |---|---|
//! | `resolutions` `66/151` | [`citation_keyword`], [`citation_number`] |
//! | ` of 19 December 2011` | [`of_date`] |
//! | `, entitled “Transforming our world: …”` | [`entitled`] |
//! | `, ` / ` and ` / `, and ` | [`list_separator`] |
//! | ` of the Security Council` | [`trailing_organ`] |
//! | `Article 1, paragraph 3` | [`charter_articles`] |
//! | ` of the Charter` | [`of_the_charter`] |
//! | `Chapter VII of the Charter` | [`charter_chapter`] |
//! | `eighty-first session` | [`session_mention`] |
//! | `International Covenant on Civil and Political Rights` | [`treaty_name`] |

use nom::branch::alt;
use nom::bytes::complete::{tag, take_until, take_while1, take_while_m_n};
use nom::character::complete::{char, satisfy};
use nom::combinator::{consumed, map, not, opt, peek, recognize, value, verify};
use nom::multi::{many_m_n, separated_list1};
use nom::sequence::{delimited, preceded, terminated};
use nom::Parser;

use super::date::date;
use super::masthead::{body, ordinal_session};
use super::symbol::{roman, year};
use super::{number, PResult};
use crate::ast::{Body, Date};
use crate::reference::SessionType;

/// Resolution or decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CitedKind {
    Resolution,
    Decision,
}

/// `citation_keyword = ("resolution" | "Resolution" | "decision" | "Decision") ["s"] " "`.
pub(crate) fn citation_keyword(input: &str) -> PResult<'_, CitedKind> {
    terminated(
        alt((
            value(
                CitedKind::Resolution,
                alt((tag("resolution"), tag("Resolution"))),
            ),
            value(CitedKind::Decision, alt((tag("decision"), tag("Decision")))),
        )),
        (opt(char('s')), char(' ')),
    )
    .parse(input)
}

/// A resolution or decision number, by form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawNumber {
    /// `80/204`, `ES-10/23`, `S-27/2`, `2000/22`, `36/146 C`.
    Slashed {
        /// `ES-`, `S-` or none.
        special: Option<&'static str>,
        /// The session, or the year in `2000/22`.
        first: u32,
        /// How many digits `first` was printed with.
        first_digits: usize,
        /// The running number.
        serial: u32,
    },
    /// `217 A (III)`, `194 (III)`, `3411 A and B (XXX)`: the old General
    /// Assembly numbering with the session in Roman numerals.
    Roman,
    /// `2720 (2023)`: a Security Council number with its year.
    Year(u16),
    /// `69.2`, `1/CP.21`, `1`: another organ's numbering.
    Other,
    /// `80/____`: a number left blank in a draft.
    Placeholder,
}

/// `boundary`: not followed by a letter, a digit, or `/` or `.` and a letter or digit.
fn boundary(input: &str) -> PResult<'_, ()> {
    not(alt((
        recognize(satisfy(char::is_alphanumeric)),
        recognize((
            alt((char('/'), char('.'))),
            satisfy(|c: char| c.is_alphanumeric()),
        )),
    )))
    .parse(input)
}

/// `part_letters = " " upper {(", " | " and ") upper}`: the `A and B` of `3411 A and B (XXX)`.
fn part_letters(input: &str) -> PResult<'_, &str> {
    recognize(preceded(
        char(' '),
        separated_list1(
            alt((tag(", "), tag(" and "))),
            terminated(
                satisfy(|c: char| c.is_ascii_uppercase()),
                not(satisfy(|c: char| c.is_alphanumeric())),
            ),
        ),
    ))
    .parse(input)
}

/// `slashed_number = ["ES-" | "S-"] digits "/" digits [" " upper]`: `80/204`, `ES-10/23`, `36/146 C`.
fn slashed_number(input: &str) -> PResult<'_, RawNumber> {
    map(
        (
            opt(alt((value("ES-", tag("ES-")), value("S-", tag("S-"))))),
            consumed(number(4)),
            char('/'),
            number(5),
            opt(terminated(
                preceded(char(' '), satisfy(|c: char| c.is_ascii_uppercase())),
                not(satisfy(|c: char| c.is_alphanumeric() || c == '.')),
            )),
            boundary,
        ),
        |(special, (first_text, first), _, serial, _, ())| RawNumber::Slashed {
            special,
            first,
            first_digits: first_text.len(),
            serial,
        },
    )
    .parse(input)
}

/// `roman_number = digits [part_letters] " (" ["ES-" | "S-"] roman ")"`: `217 A (III)`, `194 (III)`.
fn roman_number(input: &str) -> PResult<'_, RawNumber> {
    value(
        RawNumber::Roman,
        (
            number(5),
            opt(part_letters),
            tag(" ("),
            opt(alt((tag("ES-"), tag("S-")))),
            roman,
            char(')'),
        ),
    )
    .parse(input)
}

/// `year_number = digits " (" year ")"`: `2720 (2023)`, `808 (1993)`.
fn year_number(input: &str) -> PResult<'_, RawNumber> {
    map((number(5), tag(" ("), year, char(')')), |(_, _, y, _)| {
        RawNumber::Year(y)
    })
    .parse(input)
}

/// `other_number = digits "." digits | digits "/" upper+ ["." digits] | digits`:
/// `69.2` (World Health Assembly), `1/CP.21` (Conference of the Parties), `1`.
fn other_number(input: &str) -> PResult<'_, RawNumber> {
    value(
        RawNumber::Other,
        terminated(
            alt((
                recognize((number(5), char('.'), number(5))),
                recognize((
                    number(5),
                    char('/'),
                    take_while1(|c: char| c.is_ascii_uppercase()),
                    opt((char('.'), number(5))),
                )),
                recognize(number(5)),
            )),
            boundary,
        ),
    )
    .parse(input)
}

/// `placeholder_number = digits "/" "_"+`: `80/____`.
fn placeholder_number(input: &str) -> PResult<'_, RawNumber> {
    value(
        RawNumber::Placeholder,
        (number(4), char('/'), take_while1(|c: char| c == '_')),
    )
    .parse(input)
}

/// `citation_number = placeholder_number | roman_number | year_number | slashed_number | other_number`,
/// returned with its printed form.
pub(crate) fn citation_number(input: &str) -> PResult<'_, (&str, RawNumber)> {
    consumed(alt((
        placeholder_number,
        roman_number,
        year_number,
        slashed_number,
        other_number,
    )))
    .parse(input)
}

/// `of_date = " of " date`: ` of 19 December 2011`.
pub(crate) fn of_date(input: &str) -> PResult<'_, Date> {
    preceded(tag(" of "), date).parse(input)
}

/// `adopted_on = ", adopted by the " body " on " date`: `, adopted by the
/// General Assembly on 25 September 2015`.
pub(crate) fn adopted_on(input: &str) -> PResult<'_, (Body, Date)> {
    (
        preceded(tag(", adopted by the "), body),
        preceded(tag(" on "), date),
    )
        .parse(input)
}

/// `entitled = ", entitled " open_quote title close_quote`: `, entitled
/// “Transforming our world: the 2030 Agenda for Sustainable Development”`.
/// The title is at most 400 bytes and holds no quote of its kind.
pub(crate) fn entitled(input: &str) -> PResult<'_, &str> {
    preceded(
        tag(", entitled "),
        alt((
            delimited(char('“'), verify(take_until("”"), short_title), char('”')),
            delimited(char('"'), verify(take_until("\""), short_title), char('"')),
        )),
    )
    .parse(input)
}

fn short_title(t: &str) -> bool {
    !t.is_empty() && t.len() <= 400
}

/// `list_separator = ", and " | " and " | ", "`: between the items of an enumeration.
pub(crate) fn list_separator(input: &str) -> PResult<'_, &str> {
    alt((tag(", and "), tag(" and "), tag(", "))).parse(input)
}

/// `spaced_marker = digit{1,3} " "`: a footnote number that extraction left
/// standing before the next item of a list (`entitled “…”, 17 56/5 of …`).
pub(crate) fn spaced_marker(input: &str) -> PResult<'_, &str> {
    terminated(
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        char(' '),
    )
    .parse(input)
}

/// An organ named after a citation or before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrganName {
    /// `General Assembly`, `Security Council` …
    Named(Body),
    /// `the Council`: the last council named, or the adopting one.
    Council,
    /// `the Assembly`: the General Assembly.
    Assembly,
    /// Any other organ: `the Fifth Review Conference`, `the Commission on Human Rights`.
    Other,
}

/// `trailing_organ = " of the " (body | "Council" | "Assembly" | upper letter+)`:
/// ` of the Security Council`, ` of the Fifth Review Conference`.
pub(crate) fn trailing_organ(input: &str) -> PResult<'_, OrganName> {
    preceded(
        tag(" of the "),
        alt((
            map(body, OrganName::Named),
            value(
                OrganName::Council,
                terminated(tag("Council"), not(satisfy(char::is_alphanumeric))),
            ),
            value(
                OrganName::Assembly,
                terminated(tag("Assembly"), not(satisfy(char::is_alphanumeric))),
            ),
            value(
                OrganName::Other,
                (
                    satisfy(char::is_uppercase),
                    take_while1(char::is_alphabetic),
                ),
            ),
        )),
    )
    .parse(input)
}

/// `article_item = digits [", paragraph " digits]`: `1, paragraph 3`.
fn article_item(input: &str) -> PResult<'_, (u32, Option<u32>)> {
    (
        terminated(number(3), boundary),
        opt(preceded(
            tag(", paragraph "),
            terminated(number(3), boundary),
        )),
    )
        .parse(input)
}

/// One article of [`charter_articles`]: (start, end, article, paragraph), the
/// offsets relative to the production's input.
pub(crate) type ArticleItem = (usize, usize, u32, Option<u32>);

/// `charter_articles = ("Articles " | "Article ") article_item {list_separator article_item}`:
/// `Article 1, paragraph 3`, `Articles 10, 11 and 12`.
pub(crate) fn charter_articles(input: &str) -> PResult<'_, Vec<ArticleItem>> {
    let (mut rest, _) = alt((tag("Articles "), tag("Article "))).parse(input)?;
    let mut items = Vec::new();
    loop {
        let start = input.len() - rest.len();
        let (after, (article, paragraph)) = article_item(rest)?;
        let end = input.len() - after.len();
        items.push((
            if items.is_empty() { 0 } else { start },
            end,
            article,
            paragraph,
        ));
        rest = after;
        match (list_separator, peek(article_item)).parse(rest) {
            Ok((next, _)) => rest = next,
            Err(_) => break,
        }
    }
    Ok((rest, items))
}

/// `of_the_charter = [","] " of the Charter"`.
pub(crate) fn of_the_charter(input: &str) -> PResult<'_, &str> {
    recognize((opt(char(',')), tag(" of the Charter"))).parse(input)
}

/// `charter_chapter = "Chapter " roman of_the_charter`: `Chapter VII of the Charter`.
pub(crate) fn charter_chapter(input: &str) -> PResult<'_, &str> {
    terminated(preceded(tag("Chapter "), roman), of_the_charter).parse(input)
}

/// `session_mention = ordinal_session` (the masthead's production:
/// `ordinal_word [" " ("emergency special" | "special" | "regular")] "
/// session"`), not followed by a letter: `eighty-first session`,
/// `Seventy-eighth Session`.
pub(crate) fn session_mention(input: &str) -> PResult<'_, (u32, SessionType)> {
    map(
        terminated(consumed(ordinal_session), not(satisfy(char::is_alphabetic))),
        |(text, n)| {
            let kind = if text.contains("emergency special") {
                SessionType::EmergencySpecial
            } else if text.contains("special") {
                SessionType::Special
            } else {
                SessionType::Regular
            };
            (n, kind)
        },
    )
    .parse(input)
}

/// Words that name a kind of instrument.
const TREATY_HEADS: [&str; 8] = [
    "Convention",
    "Covenants",
    "Covenant",
    "Treaty",
    "Protocols",
    "Protocol",
    "Agreement",
    "Statute",
];

/// The most capitalised words before a head: `World Trade Organization
/// Agreement` has three. A bound keeps the walk linear over long runs of
/// capitalised words.
const MAX_PREFIX_WORDS: usize = 6;

/// Words that open an instrument's name without naming it on their own:
/// `the Optional Protocol` (thereto) is a reference back, not a name.
const GENERIC_PREFIXES: [&str; 6] = [
    "Optional",
    "Additional",
    "International",
    "First",
    "Second",
    "Third",
];

/// Lower-case words that may stand inside an instrument's name.
const CONNECTORS: [&str; 13] = [
    "on",
    "of",
    "the",
    "and",
    "or",
    "against",
    "for",
    "to",
    "relating",
    "between",
    "with",
    "from",
    "concerning",
];

/// Capitalised words that open a sentence or a heading, never a name:
/// `This Convention`, `… Documents` / `Chapter I`.
const NOT_IN_NAMES: [&str; 16] = [
    "The", "This", "That", "These", "Those", "A", "An", "Such", "Each", "Any", "Its", "Their",
    "Chapter", "Article", "Part", "Annex",
];

/// `roman_word = ("I" | "V" | "X")+`: the `V` of `Protocol V`.
fn is_roman_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// `name_word = upper (letter | "-" | "'")*`: a capitalised word of a name.
fn name_word(input: &str) -> PResult<'_, &str> {
    recognize((
        satisfy(char::is_uppercase),
        take_while_m_n(0, 40, |c: char| {
            c.is_alphabetic() || c == '-' || c == '’' || c == '\''
        }),
    ))
    .parse(input)
}

/// `treaty_head = "Convention" | "Covenants" | "Covenant" | "Treaty" | "Protocols" | "Protocol"
/// | "Agreement" | "Statute"`, a whole word.
fn treaty_head(input: &str) -> PResult<'_, &str> {
    verify(name_word, |w: &str| TREATY_HEADS.contains(&w)).parse(input)
}

/// `prefix_word = name_word " "`, neither a head, a participle (`Recalling`)
/// nor a determiner (`This`).
fn prefix_word(input: &str) -> PResult<'_, &str> {
    terminated(
        verify(name_word, |w: &str| {
            !TREATY_HEADS.contains(&w)
                && !NOT_IN_NAMES.contains(&w)
                && !w.ends_with("ing")
                && w.len() > 1
        }),
        char(' '),
    )
    .parse(input)
}

/// `name_tail = [" " roman_word] {" " (connector | name_word) | ", " name_word …}`:
/// the words after the head while they continue the name. The first word
/// is a connector or a Roman numeral (`Protocol V`, not `Protocol
/// Assistant`); `and`/`or` continue it only before a capitalised word that
/// opens no second instrument; a comma only inside a connected name and
/// where `and`/`or` and a capitalised word follow before any other
/// punctuation (`on Economic, Social and Cultural Rights`). Returns the
/// tail's length, trailing connectors left out.
fn name_tail(input: &str) -> usize {
    let mut pos = 0;
    let mut end = 0;
    let mut connected = false;
    loop {
        let rest = &input[pos..];
        if let Some(after) = rest.strip_prefix(' ') {
            let word_len = after
                .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '’' || c == '\''))
                .unwrap_or(after.len());
            let word = &after[..word_len];
            if word.is_empty() || NOT_IN_NAMES.contains(&word) {
                break;
            }
            let capital = word.starts_with(char::is_uppercase);
            let connector = CONNECTORS.contains(&word);
            if pos == 0 && !connector && !is_roman_word(word) {
                break;
            }
            if !capital && !connector {
                break;
            }
            if word == "and" || word == "or" {
                let next = after[word_len..].strip_prefix(' ').unwrap_or("");
                let next_word = next.split([' ', ',']).next().unwrap_or("");
                let opens_name = next_word.starts_with(char::is_uppercase)
                    && !TREATY_HEADS.contains(&next_word)
                    && !NOT_IN_NAMES.contains(&next_word);
                if !opens_name {
                    break;
                }
            }
            connected |= connector;
            pos += 1 + word_len;
            if capital {
                end = pos;
            }
        } else if let Some(after) = rest.strip_prefix(", ") {
            if !connected || !after.starts_with(char::is_uppercase) || !comma_continues(after) {
                break;
            }
            pos += 1;
        } else {
            break;
        }
    }
    end
}

/// After `, ` inside a name: capitalised words and connectors up to `and` or
/// `or` and a capitalised word, before any punctuation.
fn comma_continues(after: &str) -> bool {
    let mut words = after.split(' ');
    let mut n = 0;
    while let Some(w) = words.next() {
        n += 1;
        if n > 6 || w.is_empty() || w.ends_with([',', ';', '.', ':']) {
            return false;
        }
        if w == "and" || w == "or" {
            return words
                .next()
                .is_some_and(|x| x.starts_with(char::is_uppercase));
        }
        if !w.starts_with(char::is_uppercase) && !CONNECTORS.contains(&w) {
            return false;
        }
    }
    false
}

/// `treaty_name = {prefix_word} treaty_head name_tail | "Charter of the United Nations"`:
/// `International Covenant on Civil and Political Rights`, `Paris Agreement`,
/// `Convention on the Rights of the Child`. A head alone (`the Convention`),
/// a generic prefix alone (`the Optional Protocol` thereto) and `Treaty
/// Series` are no names.
///
/// [`may_open_treaty_name`] first: the walk over references tries this at
/// every capitalised word of a text that names an instrument anywhere, and
/// the nom layers cost about a thousand instructions at each (tested
/// against [`treaty_name_grammar`] below).
pub(crate) fn treaty_name(input: &str) -> PResult<'_, &str> {
    if !may_open_treaty_name(input) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    treaty_name_grammar(input)
}

/// Whether a [`treaty_name`] can open `input`: it opens with `Charter of
/// the United Nations`, or one of its first `MAX_PREFIX_WORDS + 1` words
/// is a head, each word before it a prefix word (capitalised, neither a
/// participle nor a determiner, followed by one space). A necessary
/// condition: a word here is the whole run of name characters (`name_word`
/// stops after 41, and then neither a head nor a prefix word followed by a
/// space parses).
fn may_open_treaty_name(input: &str) -> bool {
    if input.starts_with("Charter of the United Nations") {
        return true;
    }
    let name_char = |c: char| c.is_alphabetic() || c == '-' || c == '’' || c == '\'';
    let mut rest = input;
    for _ in 0..=MAX_PREFIX_WORDS {
        let mut chars = rest.chars();
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        let tail = chars.as_str();
        let word_len =
            rest.len() - tail.len() + tail.find(|c: char| !name_char(c)).unwrap_or(tail.len());
        let word = &rest[..word_len];
        if TREATY_HEADS.contains(&word) {
            return true;
        }
        // Neither a head nor a prefix word: the prefix ends here, without
        // a head. (A word past `name_word`'s 41 characters fails as a
        // prefix word whatever it ends with.)
        if NOT_IN_NAMES.contains(&word) || word.ends_with("ing") || word.len() <= 1 {
            return false;
        }
        match rest[word_len..].strip_prefix(' ') {
            Some(next) => rest = next,
            None => return false,
        }
    }
    false
}

/// The grammar of [`treaty_name`], without its guard.
fn treaty_name_grammar(input: &str) -> PResult<'_, &str> {
    let charter: PResult<'_, &str> = tag("Charter of the United Nations").parse(input);
    if charter.is_ok() {
        return charter;
    }
    let (after_head, prefixes) = terminated(
        many_m_n(0, MAX_PREFIX_WORDS, prefix_word),
        peek(treaty_head),
    )
    .parse(input)?;
    let (after_head, head) = treaty_head(after_head)?;
    if head == "Treaty" && after_head.starts_with(" Series") {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let tail = name_tail(after_head);
    let named_prefix = prefixes.iter().any(|p| !GENERIC_PREFIXES.contains(p));
    if tail == 0 && !named_prefix {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let len = input.len() - after_head.len() + tail;
    Ok((&input[len..], &input[..len]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::{run, run_all};

    fn num(s: &str) -> Option<RawNumber> {
        run_all(citation_number, s).map(|(_, n)| n)
    }

    #[test]
    fn ok_citation_keyword() {
        assert_eq!(
            run(citation_keyword, "resolutions 66/151"),
            Some((CitedKind::Resolution, "66/151"))
        );
        assert_eq!(
            run(citation_keyword, "Decision 80/506").map(|(k, _)| k),
            Some(CitedKind::Decision)
        );
    }
    #[test]
    fn err_citation_keyword() {
        assert_eq!(run(citation_keyword, "resolutionary"), None);
        assert_eq!(run(citation_keyword, "RESOLUTION 1"), None);
    }
    #[test]
    fn ok_slashed_number() {
        assert_eq!(
            num("80/204"),
            Some(RawNumber::Slashed {
                special: None,
                first: 80,
                first_digits: 2,
                serial: 204
            })
        );
        assert!(matches!(
            num("ES-10/23"),
            Some(RawNumber::Slashed {
                special: Some("ES-"),
                first: 10,
                ..
            })
        ));
        assert!(matches!(
            num("2000/22"),
            Some(RawNumber::Slashed {
                first: 2000,
                first_digits: 4,
                ..
            })
        ));
        assert_eq!(
            run(citation_number, "36/146 C of 16 December").map(|((p, _), _)| p),
            Some("36/146 C")
        );
    }
    #[test]
    fn err_slashed_number() {
        assert_eq!(run_all(slashed_number, "80/"), None);
        assert_eq!(run_all(slashed_number, "80/204/Add.1"), None);
    }
    #[test]
    fn ok_roman_number() {
        for s in [
            "217 A (III)",
            "194 (III)",
            "2200 A (XXI)",
            "3411 A and B (XXX)",
        ] {
            assert_eq!(num(s), Some(RawNumber::Roman), "{s}");
        }
    }
    #[test]
    fn err_roman_number() {
        assert_eq!(run_all(roman_number, "217 A (iii)"), None);
    }
    #[test]
    fn ok_year_number() {
        assert_eq!(num("2720 (2023)"), Some(RawNumber::Year(2023)));
    }
    #[test]
    fn err_year_number() {
        assert_eq!(run_all(year_number, "2720 (23)"), None);
    }
    #[test]
    fn ok_other_number() {
        for s in ["69.2", "1/CP.21", "1"] {
            assert_eq!(num(s), Some(RawNumber::Other), "{s}");
        }
    }
    #[test]
    fn err_other_number() {
        assert_eq!(run_all(other_number, "1a"), None);
        assert_eq!(run_all(other_number, "A/1"), None);
    }
    #[test]
    fn ok_placeholder_number() {
        assert_eq!(
            run(citation_number, "80/____ of __").map(|((p, n), _)| (p, n)),
            Some(("80/____", RawNumber::Placeholder))
        );
    }
    #[test]
    fn err_placeholder_number() {
        assert_eq!(run_all(placeholder_number, "80/__1"), None);
    }
    #[test]
    fn ok_of_date() {
        assert_eq!(
            run(of_date, " of 25 September 2015, entitled").map(|(d, _)| d.to_string()),
            Some("2015-09-25".to_owned())
        );
    }
    #[test]
    fn err_of_date() {
        assert_eq!(run(of_date, " of the Security Council"), None);
    }
    #[test]
    fn ok_adopted_on() {
        assert_eq!(
            run(
                adopted_on,
                ", adopted by the General Assembly on 25 September 2015"
            )
            .map(|((b, d), _)| (b, d.to_string())),
            Some((Body::GeneralAssembly, "2015-09-25".to_owned()))
        );
    }
    #[test]
    fn err_adopted_on() {
        assert_eq!(run(adopted_on, ", adopted by consensus"), None);
    }
    #[test]
    fn ok_entitled() {
        assert_eq!(
            run(
                entitled,
                ", entitled “Transforming our world: the 2030 Agenda”, in which"
            ),
            Some(("Transforming our world: the 2030 Agenda", ", in which"))
        );
    }
    #[test]
    fn err_entitled() {
        assert_eq!(run(entitled, ", entitled to vote"), None);
    }
    #[test]
    fn ok_list_separator() {
        assert_eq!(
            run(list_separator, ", and 68/160"),
            Some((", and ", "68/160"))
        );
        assert_eq!(
            run(list_separator, " and 68/160"),
            Some((" and ", "68/160"))
        );
    }
    #[test]
    fn err_list_separator() {
        assert_eq!(run(list_separator, "; and"), None);
    }
    #[test]
    fn ok_spaced_marker() {
        assert_eq!(run(spaced_marker, "17 56/5"), Some(("17", "56/5")));
    }
    #[test]
    fn err_spaced_marker() {
        assert_eq!(run(spaced_marker, "1234 56/5"), None);
        assert_eq!(run(spaced_marker, "17, 56/5"), None);
    }
    #[test]
    fn ok_trailing_organ() {
        assert_eq!(
            run(trailing_organ, " of the Security Council,").map(|(o, _)| o),
            Some(OrganName::Named(Body::SecurityCouncil))
        );
        assert_eq!(
            run(trailing_organ, " of the Fifth Review Conference").map(|(o, _)| o),
            Some(OrganName::Other)
        );
        assert_eq!(
            run(trailing_organ, " of the Council").map(|(o, _)| o),
            Some(OrganName::Council)
        );
    }
    #[test]
    fn err_trailing_organ() {
        assert_eq!(run(trailing_organ, " of the question"), None);
    }
    #[test]
    fn ok_charter_articles() {
        assert_eq!(
            run(charter_articles, "Article 1, paragraph 3, as well").map(|(a, _)| a),
            Some(vec![(0, 22, 1, Some(3))])
        );
        assert_eq!(
            run(charter_articles, "Articles 10, 11 and 12 of the Charter").map(|(a, _)| a),
            Some(vec![
                (0, 11, 10, None),
                (13, 15, 11, None),
                (20, 22, 12, None)
            ])
        );
    }
    #[test]
    fn err_charter_articles() {
        assert_eq!(run(charter_articles, "Article I"), None);
    }
    #[test]
    fn ok_charter_chapter() {
        assert_eq!(
            run(
                charter_chapter,
                "Chapter VII of the Charter of the United Nations"
            )
            .map(|(c, _)| c),
            Some("VII")
        );
    }
    #[test]
    fn err_charter_chapter() {
        assert_eq!(run(charter_chapter, "Chapter VII of the report"), None);
    }
    #[test]
    fn ok_session_mention() {
        assert_eq!(
            run(session_mention, "eighty-first session.").map(|(s, _)| s),
            Some((81, SessionType::Regular))
        );
        assert_eq!(
            run(session_mention, "tenth emergency special session").map(|(s, _)| s),
            Some((10, SessionType::EmergencySpecial))
        );
        assert_eq!(
            run(session_mention, "Seventy-eighth Session, Supplement").map(|(s, _)| s),
            Some((78, SessionType::Regular))
        );
    }
    #[test]
    fn err_session_mention() {
        assert_eq!(run(session_mention, "eighty-first sessions"), None);
        assert_eq!(run(session_mention, "eighty first session"), None);
    }
    #[test]
    fn ok_treaty_name() {
        for (s, name) in [
            (
                "International Covenant on Civil and Political Rights,",
                "International Covenant on Civil and Political Rights",
            ),
            (
                "International Covenant on Economic, Social and Cultural Rights and",
                "International Covenant on Economic, Social and Cultural Rights",
            ),
            (
                "Convention on the Rights of the Child and the Optional Protocols",
                "Convention on the Rights of the Child",
            ),
            ("Paris Agreement under", "Paris Agreement"),
            (
                "United Nations Convention on the Law of the Sea of 10 December 1982",
                "United Nations Convention on the Law of the Sea",
            ),
            ("Charter of the United Nations, in", "Charter of the United Nations"),
            ("Amended Protocol II and Protocol V", "Amended Protocol II"),
            (
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment;",
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
            ),
        ] {
            assert_eq!(run(treaty_name, s).map(|(n, _)| n), Some(name), "{s}");
        }
    }
    /// [`treaty_name`] (the guard, then the grammar) is
    /// [`treaty_name_grammar`]: at every capital of the test texts, and on
    /// names with as many prefix words as the grammar takes, one more, and
    /// words about the length where `name_word` stops.
    #[test]
    fn treaty_guard_agrees_with_grammar() {
        let long = |n: usize| format!("L{}", "o".repeat(n - 1));
        let mut inputs: Vec<String> = Vec::new();
        for k in 0..=MAX_PREFIX_WORDS + 2 {
            let prefix = "Kyoto ".repeat(k);
            for head in TREATY_HEADS {
                inputs.push(format!("{prefix}{head} on Things"));
                inputs.push(format!("{prefix}{head}s on Things"));
                inputs.push(format!("{prefix}{head}, on Things"));
                inputs.push(format!("{prefix} {head} on Things"));
            }
        }
        for n in [39, 40, 41, 42, 43] {
            inputs.push(format!("{} Convention on Things", long(n)));
            inputs.push(format!("Paris {} Agreement", long(n)));
        }
        for word in ["Recalling", "This", "A", "X", "The", "Sing"] {
            inputs.push(format!("{word} Convention on Things"));
            inputs.push(format!("Paris {word} Convention on Things"));
        }
        inputs.push(format!("{}ing Convention on Things", long(45)));
        inputs.push("Charter of the United Nations".into());
        inputs.push("Charter of the United".into());
        inputs.push("Ütopia Treaty of Things".into());
        inputs.push("State’s Protocol on Things".into());
        let mut parsed = 0;
        for text in crate::grammar::testdata_texts() {
            for (i, c) in text.char_indices() {
                if c.is_uppercase() {
                    inputs.push(text[i..].chars().take(400).collect());
                }
            }
        }
        for input in &inputs {
            let spec = run(treaty_name_grammar, input);
            parsed += usize::from(spec.is_some());
            assert_eq!(run(treaty_name, input), spec, "{input:?}");
        }
        assert!(parsed > 100, "too few names: {parsed}");
    }
    #[test]
    fn err_treaty_name() {
        for s in [
            "Convention and",
            "Optional Protocol thereto",
            "Treaty Series, vol. 1577",
            "Recalling Convention",
            "This Convention shall",
            "Protocol Assistant",
        ] {
            assert_eq!(run(treaty_name, s), None, "{s}");
        }
    }
}
