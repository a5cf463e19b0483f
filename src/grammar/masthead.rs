//! Masthead fields and the enacting formula (DOMAIN.md §2), one production
//! each. Input lines have had their markup removed.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_until, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, satisfy, space0, space1};
use nom::combinator::{map, map_opt, not, opt, peek, recognize, value, verify};
use nom::multi::{many0, separated_list1};
use nom::sequence::{delimited, preceded, terminated};
use nom::Parser;

use super::date::date;
use super::ordinal::{ordinal_figure, ordinal_suffix, ordinal_word};
use super::symbol::document_symbol;
use super::{number, tag_no_case_ascii, PResult};
use crate::ast::{AgendaList, Body, Date, Distribution, DocumentKind};

/// `body = "General Assembly" | "Security Council" | "Economic and Social Council"
/// | "Human Rights Council"`.
pub(crate) fn body(input: &str) -> PResult<'_, Body> {
    body_printed(input, |name, printed| name == printed)
}

/// A [`body`] whose name `matches` the input's bytes as printed: the
/// names are [`Body::name`]'s, so the organs are listed once.
fn body_printed(input: &str, matches: fn(&[u8], &[u8]) -> bool) -> PResult<'_, Body> {
    Body::ALL
        .into_iter()
        .find_map(|b| {
            let name = b.name();
            let printed = input.as_bytes().get(..name.len())?;
            // `get` on the str too: the name ends on a character boundary
            // of the input only where the bytes matched.
            matches(name.as_bytes(), printed)
                .then(|| input.get(name.len()..))
                .flatten()
                .map(|rest| (rest, b))
        })
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)))
}

/// `formula = "The " body ["," | ":"] | "the " body ("," | ":")`: `The
/// General Assembly,`. Without the comma no preamble follows (DOMAIN.md
/// §4). In lower case (an OCR's `the Security Council,`, S/RES/713 (1991))
/// only with its comma or colon: `the General Assembly` alone is a title's
/// wrapped last line (`Observer status for the Islamic Organization for
/// Food Security in` / `the General Assembly`, A/C.6/80/L.6), which was
/// read as the formula, cutting the title and making the real formula a
/// preambular paragraph.
pub(crate) fn formula(input: &str) -> PResult<'_, Body> {
    let punct = || alt((char(','), char(':')));
    alt((
        terminated(
            preceded((tag("The"), space1), body),
            (space0, opt(punct()), space0),
        ),
        terminated(
            preceded((tag("the"), space1), body),
            (space0, punct(), space0),
        ),
    ))
    .parse(input)
}

/// `distribution = "Distr." [":"] " "* ("General" | "Limited" | "Restricted")`.
pub(crate) fn distribution(input: &str) -> PResult<'_, Distribution> {
    preceded(
        (tag_no_case_ascii("Distr."), opt(char(':')), space0),
        alt((
            value(Distribution::General, tag_no_case_ascii("General")),
            value(Distribution::Limited, tag_no_case_ascii("Limited")),
            value(Distribution::Restricted, tag_no_case_ascii("Restricted")),
        )),
    )
    .parse(input)
}

/// `original = original_keyword " "* language`: `Original: English`,
/// `ORIGINAL: ENGLISH`.
pub(crate) fn original(input: &str) -> PResult<'_, &str> {
    preceded(
        (original_keyword, space0),
        take_while1(|c: char| c.is_alphabetic() || " /,".contains(c)),
    )
    .parse(input)
}

/// `original_keyword = "Original:" | "ORIGINAL:"`: the older mastheads
/// print their fields' names in capitals.
pub(crate) fn original_keyword(input: &str) -> PResult<'_, &str> {
    alt((tag("Original:"), tag("ORIGINAL:"))).parse(input)
}

/// `session = ordinal_session | figure_session | year " session"`: the
/// masthead field; the Economic and Social Council names its sessions by
/// year (`2023 session`).
pub(crate) fn session(input: &str) -> PResult<'_, u32> {
    alt((
        ordinal_session,
        figure_session,
        terminated(
            verify(number(4), |y| (1946..=2200).contains(y)),
            (space1, tag_no_case_ascii("session")),
        ),
    ))
    .parse(input)
}

/// `figure_session = digit{1,3} ("st" | "nd" | "rd" | "th") " session"`:
/// the session's ordinal in figures, as the older mastheads print it under
/// the distribution (`Distr. GENERAL` / `50th session` / `10 January 1996`,
/// A/RES/50/72 as un.org serves it). The suffix is the figure's own.
fn figure_session(input: &str) -> PResult<'_, u32> {
    terminated(
        verify(
            (number(3), alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
            |&(n, suffix): &(u32, &str)| suffix == ordinal_suffix(n),
        )
        .map(|(n, _)| n),
        (space1, tag_no_case_ascii("session")),
    )
    .parse(input)
}

/// `ordinal_session = ordinal_word [" " kind] " session"`: `Eightieth
/// session`, `Tenth emergency special session`.
pub(crate) fn ordinal_session(input: &str) -> PResult<'_, u32> {
    terminated(
        ordinal_word,
        (
            opt(preceded(
                space1,
                alt((tag("emergency special"), tag("special"), tag("regular"))),
            )),
            space1,
            tag_no_case_ascii("session"),
        ),
    )
    .parse(input)
}

/// The names of the Main Committees of the General Assembly, as a
/// masthead prints them before the ordinal in brackets (`Special Political
/// and Decolonization Committee (Fourth Committee)`) or alone on the line
/// above it; the last two are the names the Fourth's forerunner had
/// (1978–1993 and before).
const MAIN_COMMITTEE_NAMES: [&str; 8] = [
    "Disarmament and International Security Committee",
    "Economic and Financial Committee",
    "Social, Humanitarian and Cultural Committee",
    "Special Political and Decolonization Committee",
    "Administrative and Budgetary Committee",
    "Legal Committee",
    "Special Political Committee",
    "Ad Hoc Political Committee",
];

/// `main_committee = ordinal_word " Committee"`: `Third Committee`.
fn main_committee(input: &str) -> PResult<'_, ()> {
    value((), (ordinal_word, space1, tag("Committee"))).parse(input)
}

/// `committee = main_committee | "(" main_committee ")" | main_committee_name
/// [" (" main_committee ")"]`: the masthead's committee field, which is
/// always one of the six Main Committees (`Third Committee`, `Special
/// Political and Decolonization Committee (Fourth Committee)`, its two
/// halves on two lines). Not any words ending in `Committee`: a title
/// under the sponsor line (`Report of the Human Rights Committee`,
/// `Cooperation with the Committee`) is no field.
pub(crate) fn committee(input: &str) -> PResult<'_, ()> {
    let ordinal_in_brackets = || delimited(char('('), main_committee, char(')'));
    alt((
        main_committee,
        ordinal_in_brackets(),
        value(
            (),
            (
                alt(MAIN_COMMITTEE_NAMES.map(tag)),
                opt(preceded(space1, ordinal_in_brackets())),
            ),
        ),
    ))
    .parse(input)
}

/// One agenda item: `71 (b)` → (71, Some("b")).
fn agenda_item(input: &str) -> PResult<'_, (u32, Option<&str>)> {
    (
        number(4),
        opt(preceded(
            space0,
            delimited(
                char('('),
                take_while_m_n(1, 2, |c: char| c.is_ascii_lowercase()),
                char(')'),
            ),
        )),
    )
        .parse(input)
}

/// `items = item ((", and " | ", " | " and ") item)*`: `12 and 115`.
fn agenda_items(input: &str) -> PResult<'_, Vec<(u32, Option<&str>)>> {
    separated_list1(alt((tag(", and "), tag(", "), tag(" and "))), agenda_item).parse(input)
}

/// An agenda line's items (number, sub-item) and the list they are of.
pub(crate) type AgendaLine<'a> = (AgendaList, Vec<(u32, Option<&'a str>)>);

/// `agenda = "Agenda item" ["s"] " " items | pending_agenda`:
/// `Agenda item 71 (b)`, `Agenda items 12 and 115`, `Item 35 of the
/// provisional agenda`.
pub(crate) fn agenda(input: &str) -> PResult<'_, AgendaLine<'_>> {
    alt((
        map(
            preceded(
                (tag_no_case_ascii("Agenda item"), opt(char('s')), space1),
                agenda_items,
            ),
            |items| (AgendaList::Agenda, items),
        ),
        pending_agenda,
    ))
    .parse(input)
}

/// `pending_agenda = "Item" ["s"] " " items " of the " ("provisional agenda"
/// | "preliminary list")`: the agenda line of a document issued before the
/// Assembly adopts its agenda, which cites the item by its number in the
/// provisional agenda, or earlier in the preliminary list of items
/// (`Item 35 of the provisional agenda*`, A/80/L.1; the `*` note names
/// that agenda, `* A/80/150.`).
fn pending_agenda(input: &str) -> PResult<'_, AgendaLine<'_>> {
    map(
        (
            preceded((tag("Item"), opt(char('s')), space1), agenda_items),
            preceded(
                tag(" of the "),
                alt((
                    value(AgendaList::ProvisionalAgenda, tag("provisional agenda")),
                    value(AgendaList::PreliminaryList, tag("preliminary list")),
                )),
            ),
        ),
        |(items, list)| (list, items),
    )
    .parse(input)
}

/// `draft_marker = ["revised "] ("draft resolution" | "draft decision")`
/// at the end of a sponsor line: what the text is a draft of.
pub(crate) fn draft_marker_at_end(line: &str) -> Option<DocumentKind> {
    let lower = line.trim_end().to_lowercase();
    if lower.ends_with("draft resolution") {
        Some(DocumentKind::Resolution)
    } else if lower.ends_with("draft decision") {
        Some(DocumentKind::Decision)
    } else {
        None
    }
}

/// `amendment = "amendment" ["s"] " to " ["revised "] "draft " ("resolution"
/// | "decision") " " document_symbol`, which ends the sponsor line of an
/// amendment (`Russian Federation:* amendment to draft resolution
/// A/80/L.18`): returns the symbol of the draft amended.
fn amendment(input: &str) -> PResult<'_, &str> {
    preceded(
        (
            tag_no_case_ascii("amendment"),
            opt(char('s')),
            (space1, tag("to"), space1),
            opt((tag("revised"), space1)),
            (tag("draft"), space1),
            alt((tag("resolution"), tag("decision"))),
            space1,
        ),
        document_symbol,
    )
    .parse(input)
}

/// The draft that `line`, a line's bare text, says the document amends:
/// its sponsor line ends in [`amendment`], after the colon that closes
/// the sponsors (`Brazil:* amendment to draft resolution A/80/L.22`) or
/// alone on its line where the list wrapped before it (`Belarus,*
/// Eritrea* :` / `amendment to draft resolution A/HRC/58/L.7`; the caller
/// says, `after_colon`, whether the line before ended in that colon).
pub(crate) fn amendment_of(line: &str, after_colon: bool) -> Option<&str> {
    let at = line
        .find("amendment")
        .into_iter()
        .chain(line.find("Amendment"))
        .min()?;
    let before = line[..at].trim_end_matches([' ', '*']);
    let opens = if before.is_empty() {
        after_colon
    } else {
        before.ends_with(':')
    };
    let (symbol, rest) = super::run(amendment, &line[at..]).filter(|_| opens)?;
    rest.trim_matches([' ', '*']).is_empty().then_some(symbol)
}

/// `adoption = ("Resolution" | "Decision") " adopted by the " body [[" "]
/// "on " date | "Adopted by the " body [" on " date]
/// | "RESOLUTION" ["S"] " ADOPTED BY THE " body_in_capitals`:
/// `Resolution adopted by the General Assembly on 14 October 2025`. The
/// Human Rights Council prints its decisions so (`Decision adopted by the
/// Human Rights Council on 23 March 2016`, A/HRC/DEC/31/116), under the
/// same number as a resolution; the Security Council where no meeting
/// adopted the text (written procedure, 2020): `Adopted by the Security
/// Council on 4 June 2020`. The space before `on` may be lost where an
/// export glued the words (`… by the Human Rights Councilon 7 July 2022`,
/// A/HRC/RES/50/2 as docstore.ohchr.org serves it): the organ's name is one
/// of four, so the `on` that follows it whole is the preposition.
/// The older mastheads print the line in capitals, and without its date
/// (`RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY`, A/RES/51/99 as un.org
/// serves it; the date is the closing's), in the plural over a resolution
/// adopted in parts (`RESOLUTIONS ADOPTED BY THE GENERAL ASSEMBLY`,
/// A/RES/50/70).
pub(crate) fn adoption(input: &str) -> PResult<'_, (Body, Option<Date>)> {
    alt((
        (
            preceded(
                alt((
                    tag("Resolution adopted by the "),
                    tag("Decision adopted by the "),
                    tag("Adopted by the "),
                )),
                body,
            ),
            opt(preceded((space0, tag("on"), space1), date)),
        ),
        map(
            preceded(
                (tag("RESOLUTION"), opt(char('S')), tag(" ADOPTED BY THE ")),
                body_in_capitals,
            ),
            |b| (b, None),
        ),
    ))
    .parse(input)
}

/// `body_in_capitals`: a [`body`] as a heading in capitals prints it
/// (`GENERAL ASSEMBLY`).
fn body_in_capitals(input: &str) -> PResult<'_, Body> {
    body_printed(input, |name, printed| {
        name.iter()
            .zip(printed)
            .all(|(n, p)| n.to_ascii_uppercase() == *p)
    })
}

/// `numbered_year = digit+ " (" year ")"`: a Council resolution's number
/// as printed, `1445 (2002)`; returns it whole.
fn numbered_year(input: &str) -> PResult<'_, &str> {
    recognize((
        number(5),
        space1,
        delimited(
            char('('),
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
            char(')'),
        ),
    ))
    .parse(input)
}

/// `compilation_heading = digit+ " (" year ")" ["."] " Resolution of " date`:
/// the heading of a resolution in the Council's printed compilations,
/// `83 (1950). Resolution of 27 June 1950`. Returns the number as printed
/// (`83 (1950)`) and the date.
pub(crate) fn compilation_heading(input: &str) -> PResult<'_, (&str, Date)> {
    (
        numbered_year,
        preceded((opt(char('.')), space1, tag("Resolution of"), space1), date),
    )
        .parse(input)
}

/// `resolution_number = digit+ "/" digit+ ["."]` or `ES-digit+ "/" digit+`:
/// `80/204.`, then optionally the title on the same line.
pub(crate) fn resolution_number(input: &str) -> PResult<'_, &str> {
    terminated(
        recognize((
            opt(alt((tag("ES-"), tag("S-")))),
            number(4),
            char('/'),
            number(5),
            opt((
                space1,
                take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
                peek(char('.')),
            )),
        )),
        (char('.'), alt((space1, nom::combinator::eof))),
    )
    .parse(input)
}

/// A [`resolution_number`] that an export set with spaces, between its
/// parts or inside them: `50 / 2. Situation of human rights in Eritrea`,
/// `4 7 / 2. Situation …` (A/HRC/RES/50/2 and 47/2 as docstore.ohchr.org
/// serves them, where the number is spaced out like `Forty- s eventh`).
/// Returns the number as it reads without them (`47/2`). Only where a
/// number opens the title line: elsewhere `4 / 5.` is not one.
pub(crate) fn spaced_resolution_number(input: &str) -> PResult<'_, String> {
    let digits = || {
        verify(
            recognize((
                take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
                opt((
                    char(' '),
                    take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
                )),
            )),
            |d: &str| d.len() <= 5,
        )
    };
    map(
        verify(
            terminated(
                recognize((
                    opt(alt((tag("ES-"), tag("S-")))),
                    digits(),
                    space0,
                    char('/'),
                    space0,
                    digits(),
                )),
                (char('.'), alt((space1, nom::combinator::eof))),
            ),
            |n: &str| n.contains(' '),
        ),
        |n: &str| n.replace(' ', ""),
    )
    .parse(input)
}

/// `number_placeholder = ["S-"] digit+ "/" ("..." | "…") space+`: the
/// number a Human Rights Council draft prints before its title (`55/...
/// Situation of human rights in …`), the session and a gap the secretariat
/// fills at adoption (`55/1.`). Not part of the title.
pub(crate) fn number_placeholder(input: &str) -> PResult<'_, &str> {
    terminated(
        recognize((
            opt(tag("S-")),
            number(4),
            char('/'),
            alt((tag("..."), tag("\u{2026}"))),
        )),
        space1,
    )
    .parse(input)
}

/// `meeting = ordinal_figure [" (resumed)"] " " ("plenary meeting" |
/// "meeting" end)`: `69th plenary meeting`; the Human Rights Council's
/// `56th meeting`, alone on its line (a line that opens `56th meeting, …`
/// is text wrapped after `at its`).
pub(crate) fn meeting(input: &str) -> PResult<'_, u32> {
    terminated(
        ordinal_figure,
        (
            opt((space1, tag("(resumed)"))),
            space1,
            alt((
                tag("plenary meeting"),
                terminated(tag("meeting"), (space0, nom::combinator::eof)),
            )),
        ),
    )
    .parse(input)
}

/// `narrative_decision = "At its " ordinal_figure [" plenary"] " meeting"`:
/// the opening of a decision printed as one sentence, with no enacting
/// formula (`At its 63rd meeting, on 23 March 2016, the Human Rights
/// Council decided that …`, A/HRC/DEC/31/116; the General Assembly's
/// `At its 50th plenary meeting, on …, the General Assembly …`). The
/// sentence is the decision: its operative part.
pub(crate) fn narrative_decision(input: &str) -> PResult<'_, u32> {
    preceded(
        tag("At its "),
        terminated(
            ordinal_figure,
            (
                opt((space1, tag("plenary"))),
                space1,
                tag("meeting"),
                alt((tag(","), space1)),
            ),
        ),
    )
    .parse(input)
}

/// `sentence_decision = "The " body ("," " " | " ") lower_case_letter`: the
/// enacting formula run on, on its line, into the one sentence a decision
/// is printed as (`The General Assembly, taking note of the application of
/// Côte d’Ivoire …, decides to appoint …`; `The General Assembly approves
/// the proposed programme of work …`). A formula that opens a preamble
/// stands alone or goes on in capitals (`The General Assembly, Recalling`).
/// Returns the organ and whether a comma follows it.
pub(crate) fn sentence_decision(input: &str) -> PResult<'_, (Body, bool)> {
    terminated(
        (
            preceded((tag("The"), space1), body),
            alt((value(true, (char(','), space1)), value(false, space1))),
        ),
        peek(satisfy(char::is_lowercase)),
    )
    .parse(input)
}

/// What a bracketed vote note under a closing line says
/// (`[Adopted by a recorded vote of 24 to 10, with 13 abstentions. …]`,
/// `[Adopted without a vote.]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VoteNote {
    /// In favour, against, abstaining.
    Recorded(u32, u32, u32),
    WithoutVote,
}

/// `vote_note = "[" ("Adopted" | "Resolution adopted") " " ("without a
/// vote" | "by a recorded vote of " n [" votes"] " to " n [", with " (n |
/// "no") " abstention" ["s"]])`: the head of the note; the lists of States
/// follow. The Council's reports of 2006 to 2009 open `[Resolution adopted
/// by a recorded vote of 30 votes to 15, with 2 abstentions.`; a vote with
/// none prints `with no abstentions`, or no clause (`46 to 1.`).
pub(crate) fn vote_note(input: &str) -> PResult<'_, VoteNote> {
    preceded(
        (
            char('['),
            alt((tag("Adopted "), tag("Resolution adopted "))),
        ),
        alt((
            value(VoteNote::WithoutVote, tag("without a vote")),
            (
                preceded(tag("by a recorded vote of "), number(3)),
                preceded((opt(tag(" votes")), tag(" to ")), number(3)),
                opt(delimited(
                    tag(", with "),
                    alt((number(3), value(0, tag("no")))),
                    (tag(" abstention"), opt(char('s'))),
                )),
            )
                .map(|(a, b, c)| VoteNote::Recorded(a, b, c.unwrap_or(0))),
        )),
    )
    .parse(input)
}

/// `council_adoption_heading = "Adopted by the " body " at its " ordinal_figure
/// " meeting" [","] [" on " date]`: `Adopted by the Security Council at its
/// 4653rd meeting, on 4 December 2002`.
pub(crate) fn council_adoption_heading(input: &str) -> PResult<'_, (Body, u32, Option<Date>)> {
    (
        preceded(tag("Adopted by the "), body),
        preceded((space1, tag("at its"), space1), ordinal_figure),
        preceded(
            (space1, tag("meeting"), opt(char(','))),
            opt(preceded((space1, tag("on"), space1), date)),
        ),
    )
        .parse(input)
}

/// `council_resolution_heading = ("Resolution" | "RESOLUTION") " " digits " (" year ")"`:
/// `Resolution 1445 (2002)`; returns the number as printed (`1445 (2002)`).
pub(crate) fn council_resolution_heading(input: &str) -> PResult<'_, &str> {
    preceded(
        (alt((tag("Resolution"), tag("RESOLUTION"))), space1),
        numbered_year,
    )
    .parse(input)
}

/// `of_date = "of " date`: the date line under a Council resolution heading.
pub(crate) fn preceded_of_date(input: &str) -> PResult<'_, Date> {
    preceded((tag("of"), space1), date).parse(input)
}

/// A count of votes and the States named with it: `2 (Cuba and Yemen)`.
pub(crate) type Named<'a> = (u32, Vec<&'a str>);

/// The vote of an adoption line: in favour, against, abstaining.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Votes<'a> {
    pub(crate) in_favour: u32,
    pub(crate) against: Named<'a>,
    pub(crate) abstaining: Named<'a>,
}

/// The parts of an adoption line of the Council's compilations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AdoptionLine<'a> {
    pub(crate) unanimous: bool,
    pub(crate) meeting: u32,
    pub(crate) votes: Option<Votes<'a>>,
}

/// `states = "(" names ("," names)* ")"`: `(Cuba and Yemen)`, `(China,
/// France, United Kingdom of Great Britain and Northern Ireland)`. Split
/// at its commas only: `and` joins two names or stands inside one, which
/// only a list of names tells apart (the caller's).
fn states(input: &str) -> PResult<'_, Vec<&str>> {
    map(
        delimited((char('('), space0), take_until(")"), char(')')),
        |inner: &str| {
            inner
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        },
    )
    .parse(input)
}

/// `count = digits | "none" | "I" | "l"`: a number of votes as the
/// Council's compilations print it. `by 8 votes to none, with 3
/// abstentions` (S/RES/95 (1951)) counts no votes against; OCR reads the
/// figure `1` alone as the letter `I` or `l` (`7 votes to I (Syria)`,
/// `with` / `I abstention`), which no count can be otherwise.
fn count(input: &str) -> PResult<'_, u32> {
    alt((
        number(4),
        value(0, tag("none")),
        value(
            1,
            terminated(
                alt((char('I'), char('l'))),
                not(satisfy(char::is_alphanumeric)),
            ),
        ),
    ))
    .parse(input)
}

/// `tally = count " vote" ["s"] " to " count [" " states] [[","] " with " count
/// " abstention" ["s"] [" " states]]`.
fn tally(input: &str) -> PResult<'_, Votes<'_>> {
    map(
        (
            count,
            (
                space1,
                tag("vote"),
                opt(char('s')),
                space1,
                tag("to"),
                space1,
            ),
            count,
            opt(preceded(space1, states)),
            opt(preceded(
                (opt(char(',')), space1, tag("with"), space1),
                map(
                    (
                        count,
                        (space1, tag("abstention"), opt(char('s'))),
                        opt(preceded(space1, states)),
                    ),
                    |(n, _, named)| (n, named.unwrap_or_default()),
                ),
            )),
        ),
        |(yes, _, no, no_states, abst)| Votes {
            in_favour: yes,
            against: (no, no_states.unwrap_or_default()),
            abstaining: abst.unwrap_or_default(),
        },
    )
    .parse(input)
}

/// `meeting_figure = digit (digit | "I" | "l" | "O")* [suffix] "_"*`: the
/// meeting's number in an adoption line as OCR left it in the Council's
/// compilations: `1` read as `I` or `l` and `0` as `O` among the digits
/// (`298Ist meeting` is the 2981st, S/RES/687 (1991)), an underscore
/// after the suffix (`473rd_ meeting`, S/RES/82 (1950); `473rd\_` once
/// escaped for markdown). Only the first
/// character must be a digit, so a word is never read as a number.
fn meeting_figure(input: &str) -> PResult<'_, u32> {
    map_opt(
        (
            recognize((
                satisfy(|c: char| c.is_ascii_digit()),
                take_while(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'l' | 'O')),
            )),
            opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
            // Also as markdown escapes it (`473rd\_`, the canonical text).
            take_while(|c: char| c == '_' || c == '\\'),
        ),
        |(figure, _, _): (&str, _, _)| {
            // Six figures at most, as `ordinal_figure` reads.
            if figure.len() > 6 {
                return None;
            }
            let digits: String = figure
                .chars()
                .map(|c| match c {
                    'I' | 'l' => '1',
                    'O' => '0',
                    c => c,
                })
                .collect();
            digits.parse().ok()
        },
    )
    .parse(input)
}

/// `sc_adoption = "Adopted" [" unanimously"] " at the " meeting_figure " meeting"
/// [","] [" by " tally]`: `Adopted at the 2963rd meeting by 12 votes to 2
/// (Cuba and Yemen), with 1 abstention (China).`
pub(crate) fn sc_adoption(input: &str) -> PResult<'_, AdoptionLine<'_>> {
    map(
        (
            tag("Adopted"),
            opt(preceded(space1, tag("unanimously"))),
            (space1, tag("at the"), space1),
            meeting_figure,
            (space1, tag("meeting")),
            opt(preceded((opt(char(',')), space1, tag("by"), space1), tally)),
        ),
        |(_, unanimous, _, meeting, _, votes)| AdoptionLine {
            unanimous: unanimous.is_some(),
            meeting,
            votes,
        },
    )
    .parse(input)
}

/// `origin = "[" text "]"`: the bracketed line under the adoption line.
pub(crate) fn bracketed(input: &str) -> PResult<'_, &str> {
    delimited(char('['), take_until("]"), char(']')).parse(input)
}

/// `(committee, Some((document, paragraph)))` of a report origin.
pub(crate) type ReportOrigin<'a> = (&'a str, Option<(&'a str, Option<&'a str>)>);

/// `report_origin = ("on the report of the " | "on the recommendation of
/// the ") committee " (" symbol [", para" "s"? ". " n] ")"`: a Main
/// Committee's report, or the recommendation of a commission of the
/// Economic and Social Council.
pub(crate) fn report_origin(input: &str) -> PResult<'_, ReportOrigin<'_>> {
    preceded(
        alt((
            tag("on the report of the "),
            tag("on the recommendation of the "),
        )),
        (
            map(committee_name, str::trim_end),
            opt(delimited(
                char('('),
                (
                    take_while1(|c: char| c != ',' && c != ')'),
                    opt(preceded(
                        (
                            char(','),
                            space0,
                            tag("para"),
                            opt(char('s')),
                            char('.'),
                            space0,
                        ),
                        take_while1(|c: char| c != ')'),
                    )),
                ),
                char(')'),
            )),
        ),
    )
    .parse(input)
}

/// `committee_name = text { "(" alias ")" text }`: the committee's name up
/// to the parenthesis of its report, with the other name it carries in
/// parentheses (`Special Political and Decolonization Committee (Fourth
/// Committee)`). An alias holds no `/`: a parenthesis with a document
/// symbol is the report's.
fn committee_name(input: &str) -> PResult<'_, &str> {
    recognize((
        take_while1(|c: char| c != '('),
        many0((
            delimited(
                char('('),
                take_while1(|c: char| !matches!(c, '(' | ')' | '/')),
                char(')'),
            ),
            take_while(|c: char| c != '('),
        )),
    ))
    .parse(input)
}

/// `without_reference = "without reference to a Main Committee" [" (" symbols ")"]`.
pub(crate) fn without_reference(input: &str) -> PResult<'_, Option<&str>> {
    preceded(
        tag("without reference to a Main Committee"),
        opt(preceded(
            space0,
            delimited(char('('), take_until(")"), char(')')),
        )),
    )
    .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::{run, run_all};

    #[test]
    fn ok_amendment_of() {
        let of = |l| amendment_of(l, false);
        assert_eq!(
            of("Russian Federation:* amendment to draft resolution A/80/L.18 "),
            Some("A/80/L.18")
        );
        assert_eq!(
            of("Cuba: amendments to draft decision A/C.3/80/L.9"),
            Some("A/C.3/80/L.9")
        );
        assert_eq!(
            of("Egypt: amendment to revised draft resolution A/80/L.5/Rev.1"),
            Some("A/80/L.5/Rev.1")
        );
        assert_eq!(
            amendment_of("amendment to draft resolution A/HRC/58/L.7", true),
            Some("A/HRC/58/L.7")
        );
    }

    #[test]
    fn err_amendment_of() {
        let of = |l| amendment_of(l, false);
        // No sponsors' colon before the words.
        assert_eq!(
            of("Recalling the amendment to draft resolution A/79/L.5"),
            None
        );
        assert_eq!(of("amendment to draft resolution A/HRC/58/L.7"), None);
        // Words after the symbol: a sentence, not a sponsor line.
        assert_eq!(
            of("Brazil: amendment to draft resolution A/80/L.22, which"),
            None
        );
        // No symbol.
        assert_eq!(of("Brazil: amendment to draft resolution"), None);
        assert_eq!(of("Brazil: draft resolution"), None);
    }

    #[test]
    fn ok_formula() {
        assert_eq!(
            run_all(formula, "The General Assembly,"),
            Some(Body::GeneralAssembly)
        );
        assert_eq!(
            run_all(formula, "The Security Council,"),
            Some(Body::SecurityCouncil)
        );
        assert_eq!(
            run_all(formula, "The General Assembly"),
            Some(Body::GeneralAssembly)
        );
    }
    #[test]
    fn ok_formula_lower_case_with_its_comma() {
        assert_eq!(
            run_all(formula, "the Security Council,"),
            Some(Body::SecurityCouncil)
        );
    }
    #[test]
    fn err_formula_lower_case_alone() {
        // A title's wrapped last line, not the formula.
        assert_eq!(run_all(formula, "the General Assembly"), None);
    }
    #[test]
    fn err_formula_sentence() {
        assert_eq!(run_all(formula, "The General Assembly adopted"), None);
    }
    #[test]
    fn ok_distribution() {
        assert_eq!(
            run_all(distribution, "Distr.: Limited"),
            Some(Distribution::Limited)
        );
        assert_eq!(
            run_all(distribution, "Distr. General"),
            Some(Distribution::General)
        );
    }
    #[test]
    fn err_distribution() {
        assert_eq!(run_all(distribution, "Distribution: General"), None);
    }
    #[test]
    fn ok_original() {
        assert_eq!(run_all(original, "Original: English"), Some("English"));
        assert_eq!(run_all(original, "ORIGINAL: ENGLISH"), Some("ENGLISH"));
        assert_eq!(run_all(original, "ORIGINAL:"), None);
    }
    #[test]
    fn ok_figure_session() {
        assert_eq!(run_all(session, "50th session"), Some(50));
        assert_eq!(run_all(session, "51st session"), Some(51));
        assert_eq!(run_all(session, "112th session"), Some(112));
        assert_eq!(run_all(session, "50st session"), None);
        assert_eq!(run_all(session, "50 session"), None);
    }
    #[test]
    fn ok_session() {
        assert_eq!(run_all(session, "Eightieth session"), Some(80));
        assert_eq!(run_all(session, "Seventy-ninth session"), Some(79));
        assert_eq!(
            run_all(session, "Tenth emergency special session"),
            Some(10)
        );
    }
    #[test]
    fn err_session() {
        assert_eq!(run_all(session, "at its eighty-first session"), None);
    }
    #[test]
    fn ok_committee() {
        for field in [
            "Third Committee",
            "Special Political and Decolonization Committee (Fourth Committee)",
            "Special Political and Decolonization Committee",
            "(Fourth Committee)",
            "Disarmament and International Security Committee (First Committee)",
            "Special Political Committee",
        ] {
            assert!(run_all(committee, field).is_some(), "{field}");
        }
    }
    #[test]
    fn err_committee_not_a_main_committee() {
        for line in [
            "Report of the Human Rights Committee",
            "Cooperation with the Committee",
            "Increase in the membership of the Committee",
            "Military Staff Committee",
            "Third Committee (A/80/545)",
        ] {
            assert!(run_all(committee, line).is_none(), "{line}");
        }
    }
    #[test]
    fn ok_agenda() {
        assert_eq!(
            run_all(agenda, "Agenda item 71 (b)"),
            Some((AgendaList::Agenda, vec![(71, Some("b"))]))
        );
        assert_eq!(
            run_all(agenda, "Agenda items 12 and 115"),
            Some((AgendaList::Agenda, vec![(12, None), (115, None)]))
        );
    }
    #[test]
    fn ok_agenda_of_a_pending_agenda() {
        assert_eq!(
            run_all(agenda, "Item 35 of the provisional agenda"),
            Some((AgendaList::ProvisionalAgenda, vec![(35, None)]))
        );
        assert_eq!(
            run_all(agenda, "Items 12 and 115 (a) of the preliminary list"),
            Some((
                AgendaList::PreliminaryList,
                vec![(12, None), (115, Some("a"))]
            ))
        );
    }
    #[test]
    fn err_agenda() {
        assert_eq!(run_all(agenda, "Agenda item"), None);
        // Only the pending agendas' own words: no item of another list.
        assert_eq!(run_all(agenda, "Item 35 of the report"), None);
        assert_eq!(run_all(agenda, "Item 35"), None);
    }
    #[test]
    fn ok_adoption() {
        let (body, date) = run_all(
            adoption,
            "Resolution adopted by the General Assembly on 18 December 2025",
        )
        .unwrap_or((Body::SecurityCouncil, None));
        assert_eq!(body, Body::GeneralAssembly);
        assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2025-12-18"));
    }
    #[test]
    fn ok_adoption_council_without_meeting() {
        let (body, date) = run_all(adoption, "Adopted by the Security Council on 4 June 2020")
            .unwrap_or((Body::GeneralAssembly, None));
        assert_eq!(body, Body::SecurityCouncil);
        assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2020-06-04"));
        // The meeting's form is `council_adoption_heading`'s.
        assert_eq!(
            run_all(
                adoption,
                "Adopted by the Security Council at its 7399th meeting, on 5 March 2015"
            ),
            None
        );
    }
    #[test]
    fn ok_adoption_in_capitals() {
        assert_eq!(
            run_all(adoption, "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY"),
            Some((Body::GeneralAssembly, None))
        );
        assert_eq!(
            run_all(adoption, "RESOLUTIONS ADOPTED BY THE GENERAL ASSEMBLY"),
            Some((Body::GeneralAssembly, None))
        );
        // Capitals are the heading's whole form, not a mix.
        assert_eq!(
            run_all(adoption, "RESOLUTION ADOPTED BY THE General Assembly"),
            None
        );
    }
    #[test]
    fn ok_resolution_number() {
        assert_eq!(
            run(resolution_number, "80/204. Enhancement"),
            Some(("80/204", "Enhancement"))
        );
        assert_eq!(run_all(resolution_number, "80/204."), Some("80/204"));
    }
    #[test]
    fn ok_narrative_decision() {
        assert_eq!(
            run(
                narrative_decision,
                "At its 63rd meeting, on 23 March 2016, the"
            ),
            Some((63, " on 23 March 2016, the"))
        );
        assert_eq!(
            run(narrative_decision, "At its 50th plenary meeting, on").map(|(n, _)| n),
            Some(50)
        );
    }

    #[test]
    fn err_amendment_marker() {
        // No symbol, or no amendment: a title or a sentence.
        assert_eq!(
            draft_marker_at_end("Recalling the amendment to the draft resolution A/80/L.5"),
            None
        );
        assert_eq!(
            draft_marker_at_end("Recalling its draft resolution A/C.3/80/L.20"),
            None
        );
    }

    #[test]
    fn ok_sentence_decision() {
        assert_eq!(
            run(sentence_decision, "The General Assembly, taking note of").map(|(d, _)| d),
            Some((Body::GeneralAssembly, true))
        );
        assert_eq!(
            run(sentence_decision, "The General Assembly approves the").map(|(d, _)| d),
            Some((Body::GeneralAssembly, false))
        );
    }

    #[test]
    fn err_sentence_decision() {
        // The formula alone, or opening a preamble run on in capitals.
        assert_eq!(run(sentence_decision, "The General Assembly,"), None);
        assert_eq!(
            run(sentence_decision, "The General Assembly, Recalling"),
            None
        );
        assert_eq!(run(sentence_decision, "the General Assembly decides"), None);
    }

    #[test]
    fn err_narrative_decision() {
        // A paragraph that names a meeting later on is not one.
        assert_eq!(
            run(narrative_decision, "At its fifty-first session, the"),
            None
        );
        assert_eq!(run(narrative_decision, "Recalling its 63rd meeting,"), None);
    }

    #[test]
    fn ok_adoption_of_a_decision() {
        assert_eq!(
            run_all(adoption, "Decision adopted by the Human Rights Council")
                .map(|(b, d)| (b, d.is_none())),
            Some((Body::HumanRightsCouncil, true))
        );
    }

    #[test]
    fn ok_adoption_glued_on() {
        assert_eq!(
            run_all(
                adoption,
                "Resolution adopted by the Human Rights Councilon 7 July 2022"
            )
            .map(|(b, d)| (b, d.map(|d| d.to_string()))),
            Some((Body::HumanRightsCouncil, Some("2022-07-07".to_owned())))
        );
    }

    #[test]
    fn ok_spaced_resolution_number() {
        assert_eq!(
            run(spaced_resolution_number, "50 / 2. Situation"),
            Some(("50/2".to_owned(), "Situation"))
        );
        assert_eq!(
            run(spaced_resolution_number, "4 7 / 2. Situation"),
            Some(("47/2".to_owned(), "Situation"))
        );
    }

    #[test]
    fn err_spaced_resolution_number() {
        // Unspaced: `resolution_number`'s; a date, a citation: none.
        assert_eq!(run(spaced_resolution_number, "50/2. Situation"), None);
        assert_eq!(run(spaced_resolution_number, "12 May 2024"), None);
        assert_eq!(run(spaced_resolution_number, "4 / 5 of"), None);
    }

    #[test]
    fn ok_number_placeholder() {
        assert_eq!(
            run(number_placeholder, "55/... Situation of human rights"),
            Some(("55/...", "Situation of human rights"))
        );
        assert_eq!(
            run(
                number_placeholder,
                "S-35/\u{2026} The human rights situation"
            ),
            Some(("S-35/\u{2026}", "The human rights situation"))
        );
    }

    #[test]
    fn err_number_placeholder() {
        // A number, or the placeholder with nothing after it, is not one.
        assert_eq!(run(number_placeholder, "55/1. The right to food"), None);
        assert_eq!(run(number_placeholder, "55/..."), None);
    }

    #[test]
    fn err_resolution_number_in_text() {
        assert_eq!(run(resolution_number, "80/204 of 18 December"), None);
    }
    #[test]
    fn ok_compilation_heading() {
        let got = run(compilation_heading, "83 (1950). Resolution of 27 June 1950")
            .map(|((n, d), _)| (n, d.to_string()));
        assert_eq!(got, Some(("83 (1950)", "1950-06-27".to_owned())));
        assert!(run(
            compilation_heading,
            "1 (1946) Resolution of 25 January 1946"
        )
        .is_some());
    }
    #[test]
    fn err_compilation_heading() {
        assert!(run(compilation_heading, "1 (1946) of 25 January 1946").is_none());
    }
    #[test]
    fn ok_council_headings() {
        assert_eq!(
            run_all(council_resolution_heading, "RESOLUTION 794 (1992)"),
            Some("794 (1992)")
        );
        let got = run_all(
            council_adoption_heading,
            "Adopted by the Security Council at its 4653rd meeting, on 4 December 2002",
        );
        assert_eq!(
            got.map(|(_, n, d)| (n, d.map(|d| d.to_string()))),
            Some((4653, Some("2002-12-04".to_owned())))
        );
    }
    #[test]
    fn ok_meeting() {
        assert_eq!(run_all(meeting, "50th (resumed) plenary meeting"), Some(50));
        assert_eq!(run_all(meeting, "69th plenary meeting"), Some(69));
    }
    #[test]
    fn ok_sc_adoption_recorded() {
        let (line, _) = run(sc_adoption, "Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China).").unwrap_or((AdoptionLine { unanimous: true, meeting: 0, votes: None }, ""));
        assert_eq!(line.meeting, 2963);
        let votes = line.votes.map(|v| (v.in_favour, v.against, v.abstaining));
        assert_eq!(
            votes,
            Some((12, (2, vec!["Cuba and Yemen"]), (1, vec!["China"])))
        );
    }
    #[test]
    fn ok_sc_adoption_unanimous() {
        let got = run(sc_adoption, "Adopted unanimously at the 1382nd meeting.")
            .map(|(l, _)| (l.unanimous, l.meeting));
        assert_eq!(got, Some((true, 1382)));
    }
    #[test]
    fn ok_sc_adoption_spaced_parenthesis() {
        let got = run(
            sc_adoption,
            "Adopted at the 474th meeting by 7 votes to 1 ( Yugoslavia)",
        )
        .and_then(|(l, _)| l.votes)
        .map(|v| (v.in_favour, v.against, v.abstaining));
        assert_eq!(got, Some((7, (1, vec!["Yugoslavia"]), (0, vec![]))));
    }
    #[test]
    fn ok_sc_adoption_none_against() {
        let got = run(
            sc_adoption,
            "Adopted at the 558th meeting by 8 votes to none, with 3 abstentions (China, India, Union of Soviet Socialist Republics).",
        )
        .and_then(|(l, _)| l.votes)
        .map(|v| (v.in_favour, v.against, v.abstaining));
        assert_eq!(
            got,
            Some((
                8,
                (0, vec![]),
                (
                    3,
                    vec!["China", "India", "Union of Soviet Socialist Republics"]
                )
            ))
        );
    }
    #[test]
    fn ok_sc_adoption_ocr_figures() {
        // `298Ist` is the 2981st meeting; `473rd_` the 473rd; `I` a count of one.
        let got = run(
            sc_adoption,
            "Adopted at the 298Ist meeting by 12 votes to 1 (Cuba) with 2 abstentions (Ecuador, Yemen).",
        )
        .map(|(l, _)| (l.meeting, l.votes.map(|v| (v.in_favour, v.against, v.abstaining))));
        assert_eq!(
            got,
            Some((
                2981,
                Some((12, (1, vec!["Cuba"]), (2, vec!["Ecuador", "Yemen"])))
            ))
        );
        let got = run(
            sc_adoption,
            "Adopted at the 473rd_ meeting by 9 votes to none, with 1 abstention ( Yugoslavia ).",
        )
        .map(|(l, _)| (l.meeting, l.votes.map(|v| (v.in_favour, v.abstaining))));
        assert_eq!(got, Some((473, Some((9, (1, vec!["Yugoslavia"]))))));
        let got = run(
            sc_adoption,
            "Adopted at the 338th meeting by 7 votes to I (Syria), with 3 abstentions (Argentina).",
        )
        .and_then(|(l, _)| l.votes)
        .map(|v| v.against);
        assert_eq!(got, Some((1, vec!["Syria"])));
    }
    #[test]
    fn err_sc_adoption_word_for_figure() {
        // A figure must open with a digit: `I` alone is no meeting number,
        // and `Ist` no ordinal.
        assert_eq!(run(sc_adoption, "Adopted at the Ist meeting."), None);
        assert_eq!(run(count, "Israel"), None);
    }
    #[test]
    fn err_sc_adoption_sentence() {
        assert_eq!(run(sc_adoption, "Adopted the following declaration"), None);
    }
    #[test]
    fn ok_report_origin() {
        let got = run_all(
            report_origin,
            "on the report of the Third Committee (A/80/545, para. 5)",
        );
        assert_eq!(
            got,
            Some(("Third Committee", Some(("A/80/545", Some("5")))))
        );
        // The Fourth Committee's name carries its other name (A/RES/80/75).
        let got = run_all(
            report_origin,
            "on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/80/537, para. 15)",
        );
        assert_eq!(
            got,
            Some((
                "Special Political and Decolonization Committee (Fourth Committee)",
                Some(("A/80/537", Some("15")))
            ))
        );
        // The Economic and Social Council's form.
        let got = run_all(
            report_origin,
            "on the recommendation of the Commission on the Status of Women (E/2023/27)",
        );
        assert_eq!(
            got,
            Some((
                "Commission on the Status of Women",
                Some(("E/2023/27", None))
            ))
        );
    }
    #[test]
    fn ok_without_reference() {
        assert_eq!(
            run_all(
                without_reference,
                "without reference to a Main Committee (A/80/L.4)"
            ),
            Some(Some("A/80/L.4"))
        );
    }

    #[test]
    fn ok_meeting_of_a_council() {
        assert_eq!(run_all(meeting, "56th meeting"), Some(56));
        assert_eq!(run_all(meeting, "69th plenary meeting"), Some(69));
        assert_eq!(run_all(meeting, "3rd (resumed) plenary meeting"), Some(3));
        // Wrapped text after `at its`, not a closing line.
        assert!(run(meeting, "56th meeting, the Council decided").is_none());
        assert!(run(meeting, "4653rd meeting, on 4 December 2002").is_none());
    }

    #[test]
    fn ok_vote_note() {
        assert_eq!(
            run(
                vote_note,
                "[Adopted by a recorded vote of 24 to 10, with 13 abstentions. The voting"
            )
            .map(|(v, _)| v),
            Some(VoteNote::Recorded(24, 10, 13))
        );
        assert_eq!(
            run(
                vote_note,
                "[Adopted by a recorded vote of 46 to 0, with 1 abstention.]"
            )
            .map(|(v, _)| v),
            Some(VoteNote::Recorded(46, 0, 1))
        );
        assert_eq!(
            run(vote_note, "[Adopted without a vote.]").map(|(v, _)| v),
            Some(VoteNote::WithoutVote)
        );
        assert!(run(vote_note, "Adopted without a vote.").is_none());
    }

    #[test]
    fn ok_vote_note_forms_of_the_council() {
        for (note, want) in [
            (
                "[Adopted by a recorded vote of 30 to 15, with no abstentions. The",
                VoteNote::Recorded(30, 15, 0),
            ),
            (
                "[Adopted by a recorded vote of 46 to 1. The voting was as follows:",
                VoteNote::Recorded(46, 1, 0),
            ),
            (
                "[Resolution adopted by a recorded vote of 30 votes to 15, with 2 abstentions.",
                VoteNote::Recorded(30, 15, 2),
            ),
            (
                "[Resolution adopted without a vote.]",
                VoteNote::WithoutVote,
            ),
        ] {
            assert_eq!(run(vote_note, note).map(|(v, _)| v), Some(want), "{note}");
        }
    }

    #[test]
    fn ok_session_by_year() {
        assert_eq!(run_all(session, "2023 session"), Some(2023));
        assert_eq!(run_all(session, "Eightieth session"), Some(80));
        assert!(run_all(session, "123 session").is_none());
        assert!(run_all(session, "9999 session").is_none());
    }
}
