//! Lead phrases: the words that open a preambular paragraph (`Recalling
//! also`, `Deeply concerned`) or an operative one (`Calls upon`, `Also
//! reaffirms`, `Decides also`, `Takes note`).
//!
//! The rule (DOMAIN.md §4): `lead = [adverb] head [also|further|again]
//! [complement]`. The italics of a rendering are not used: plain text has
//! none, and a mid-paragraph italic (`*inter alia*`) is not a lead, so every
//! rendering of one paragraph gets the same lead from the same words.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::space1;
use nom::combinator::{opt, recognize, verify};
use nom::multi::many0;
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::{word, PResult};

/// Adverbs that may open an operative lead: `Also reaffirms`, `Once again urges`.
const OPERATIVE_ADVERBS: &[&str] = &[
    "also",
    "further",
    "once again",
    "again",
    "strongly",
    "firmly",
    "deeply",
    "urgently",
    "emphatically",
    "solemnly",
    "categorically",
    "unequivocally",
    "resolutely",
    "formally",
    "warmly",
    "equally",
    "likewise",
    "similarly",
    "fully",
    "particularly",
    "especially",
    "expressly",
    "vigorously",
    "respectfully",
    "earnestly",
    "therefore",
    "accordingly",
    "hereby",
    "furthermore",
    "moreover",
    "finally",
    "repeatedly",
    "sincerely",
    "most",
];

/// Adverbs that may open a preambular lead: `Deeply concerned`, `Gravely alarmed`.
const PREAMBULAR_ADVERBS: &[&str] = &[
    "also",
    "further",
    "deeply",
    "gravely",
    "seriously",
    "strongly",
    "profoundly",
    "fully",
    "firmly",
    "greatly",
    "particularly",
    "once again",
    "again",
    "extremely",
    "highly",
    "increasingly",
    "equally",
    "most",
    "especially",
    "duly",
    "keenly",
    "acutely",
];

/// Words that can open a preambular paragraph without ending in `-ing` or `-ed`.
const PREAMBULAR_ADJECTIVES: &[&str] = &[
    "aware",
    "mindful",
    "conscious",
    "cognizant",
    "cognisant",
    "desirous",
    "confident",
    "anxious",
    "eager",
    "resolved",
    "sensitive",
    "grateful",
    "persuaded",
    "convinced",
    "aghast",
    "appreciative",
    "fearful",
    "hopeful",
    "respectful",
    "supportive",
    "unanimous",
    "determined",
];

/// Capitalised words ending in `-s` or `-ed` that open sentences but are not leads.
const NOT_LEADS: &[&str] = &[
    "states",
    "nations",
    "members",
    "parties",
    "countries",
    "its",
    "this",
    "thus",
    "his",
    "has",
    "was",
    "is",
    "as",
    "united",
    "always",
    "perhaps",
    "various",
    "numerous",
];

/// Words that follow a head to complete the lead (expected.json's conventions:
/// `upon`/`on`/`for` after `Calls`, `note` after `Takes`).
fn complement(head: &str) -> &'static [&'static str] {
    match head.to_ascii_lowercase().as_str() {
        "calls" => &["upon", "on", "for"],
        "takes" => &["note"],
        "bearing" | "keeping" | "bears" => &["in mind"],
        "taking" => &[
            "note",
            "into account",
            "into consideration",
            "fully into account",
        ],
        _ => &[],
    }
}

/// Matches one of `words` (case-insensitive, whole words) at the start of `input`.
fn one_of_words<'a>(words: &'static [&'static str]) -> impl Fn(&'a str) -> PResult<'a, &'a str> {
    move |input: &'a str| {
        for w in words {
            if let Some(head) = input.get(..w.len()) {
                let boundary = input[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if head.eq_ignore_ascii_case(w) && boundary {
                    return Ok((&input[w.len()..], head));
                }
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_lower(w: &str) -> bool {
    w.chars().all(char::is_lowercase)
}

fn not_excluded(w: &str) -> bool {
    !NOT_LEADS.contains(&w.to_lowercase().as_str())
}

/// `operative_verb = word ending in "s"` (third person: `Reaffirms`, `Calls`, `Urges`).
fn operative_verb(capital: bool) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input| {
        verify(word, |w: &str| {
            w.len() >= 4
                && w.ends_with('s')
                && !w.ends_with("ss")
                && not_excluded(w)
                && if capital {
                    is_capitalized(w) && w.chars().skip(1).all(char::is_lowercase)
                } else {
                    is_lower(w)
                }
        })
        .parse(input)
    }
}

/// `post_adverb = " " ("also" | "further" | "again" | "once again")`: `Decides also`.
fn post_adverb(input: &str) -> PResult<'_, &str> {
    preceded(
        space1,
        alt((
            tag("also"),
            tag("further"),
            tag("once again"),
            tag("again"),
            tag("hereby"),
        )),
    )
    .parse(input)
}

/// Adds the complement that `head` takes, if the text has it.
fn with_complement<'a>(rest: &'a str, head: &str) -> &'a str {
    for c in complement(head) {
        if let Some(after) = rest.strip_prefix(' ').and_then(|r| r.strip_prefix(c)) {
            if after.chars().next().is_none_or(|ch| !ch.is_alphanumeric()) {
                return after;
            }
        }
    }
    rest
}

/// `operative_lead = (adverb " ")* verb [post_adverb] [complement]`: the lead of
/// `Also reaffirms the duty …` is `Also reaffirms`, of `Calls upon Member
/// States …` is `Calls upon`, of `Takes note with appreciation …` is `Takes note`.
pub(crate) fn operative_lead(input: &str) -> PResult<'_, &str> {
    let (rest, adverbs) =
        many0(terminated(one_of_words(OPERATIVE_ADVERBS), space1)).parse(input)?;
    let (rest, head) = operative_verb(adverbs.is_empty()).parse(rest)?;
    if let Some(first) = adverbs.first() {
        if !is_capitalized(first) {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Verify,
            )));
        }
    }
    let (rest, _) = opt(post_adverb).parse(rest)?;
    let rest = with_complement(rest, head);
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// The operative lead of a paragraph whose verb follows an introduction:
/// the organ as subject (`The Security Council requests …`, 1946) or a
/// clause closed by a comma (`Acting under Chapter VII of the Charter,
/// authorizes …`, `In regard to DDR …, endorses …`). Returns the lead as
/// printed (lower case) and its byte offset in `text`.
pub(crate) fn operative_lead_after_intro(text: &str) -> Option<(usize, &str)> {
    let mut offset = 0;
    let mut subject = true;
    for (k, word) in text.split(' ').enumerate().take(40) {
        let start = offset;
        offset += word.len() + 1;
        if k == 0 {
            // The first word is not the lead (else the plain grammar had it).
            subject = word.starts_with(char::is_uppercase);
            continue;
        }
        let rest = &text[start..];
        let after_comma = text[..start].trim_end().ends_with(',');
        // An organ as subject has at least two words: `The Security Council`.
        if ((subject && k >= 3) || after_comma) && word.starts_with(char::is_lowercase) {
            if let Ok((after, _)) = operative_verb(false).parse(rest) {
                let (after, _) = opt(post_adverb).parse(after).ok()?;
                let head = rest.split(' ').next().unwrap_or(rest);
                let after = with_complement(after, head);
                return Some((start, &rest[..rest.len() - after.len()]));
            }
        }
        subject = subject && word.starts_with(char::is_uppercase);
    }
    None
}

/// First-person plural verbs that open the paragraphs of declarations
/// (`We … : 1. Reaffirm …; 2. Commit …`).
const PLURAL_VERBS: &[&str] = &[
    "acknowledge",
    "adopt",
    "affirm",
    "agree",
    "call",
    "commit",
    "condemn",
    "decide",
    "declare",
    "emphasize",
    "encourage",
    "endorse",
    "ensure",
    "express",
    "invite",
    "note",
    "pledge",
    "promote",
    "reaffirm",
    "recall",
    "recognize",
    "recognise",
    "reiterate",
    "request",
    "resolve",
    "stress",
    "strengthen",
    "support",
    "take",
    "underline",
    "undertake",
    "urge",
    "welcome",
    "applaud",
    "appreciate",
    "highlight",
    "emphasise",
    "accelerate",
    "continue",
    "intend",
    "further",
];

fn plural_verb(capital: bool) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input| {
        verify(word, |w: &str| {
            let case = if capital {
                is_capitalized(w)
            } else {
                is_lower(w)
            };
            case && PLURAL_VERBS.contains(&w.to_lowercase().as_str())
        })
        .parse(input)
    }
}

/// `plural_lead = (adverb " ")* plural_verb [post_adverb]`: `Reaffirm`,
/// `Further reaffirm`, `Also request`.
pub(crate) fn plural_lead(input: &str) -> PResult<'_, &str> {
    let (rest, adverbs) =
        many0(terminated(one_of_words(OPERATIVE_ADVERBS), space1)).parse(input)?;
    if adverbs.first().is_some_and(|a| !is_capitalized(a)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, _) = plural_verb(adverbs.is_empty()).parse(rest)?;
    let (rest, _) = opt(post_adverb).parse(rest)?;
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// The plural lead after an introduction closed by a comma: `Given the
/// strong association …, commit to …` → `commit`.
pub(crate) fn plural_lead_after_intro(text: &str) -> Option<&str> {
    let mut start = 0;
    for word in text.split(' ').take(80) {
        let here = start;
        start += word.len() + 1;
        if here > 0 && text[..here].trim_end().ends_with(',') {
            if let Ok((after, _)) = plural_verb(false).parse(&text[here..]) {
                return Some(&text[here..text.len() - after.len()]);
            }
        }
    }
    None
}

/// A necessary condition of [`preambular_lead`] and [`operative_lead`]: a
/// capital first (an adverb that opens a lead must be capitalised, and with
/// no adverb the head must be). A fast guard for callers that try every
/// line; the grammars decide.
pub(crate) fn may_open_lead(input: &str) -> bool {
    input.starts_with(char::is_uppercase)
}

/// `preambular_head = word ending in "ing" or "ed", or a listed adjective`.
fn preambular_head(capital: bool) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input| {
        verify(word, |w: &str| {
            let lower = w.to_lowercase();
            let shape = (lower.len() >= 5 && (lower.ends_with("ing") || lower.ends_with("ed")))
                || PREAMBULAR_ADJECTIVES.contains(&lower.as_str());
            let case = if capital {
                is_capitalized(w) && w.chars().skip(1).all(char::is_lowercase)
            } else {
                is_lower(w)
            };
            shape && case && not_excluded(w)
        })
        .parse(input)
    }
}

/// `preambular_lead = (adverb " ")* head [" and " head] [post_adverb] [complement]`:
/// `Recalling also`, `Deeply concerned`, `Bearing in mind`, `Recalling and reaffirming`,
/// `Having considered`.
pub(crate) fn preambular_lead(input: &str) -> PResult<'_, &str> {
    let (rest, adverbs) =
        many0(terminated(one_of_words(PREAMBULAR_ADVERBS), space1)).parse(input)?;
    if adverbs.first().is_some_and(|a| !is_capitalized(a)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (mut rest, head) = preambular_head(adverbs.is_empty()).parse(rest)?;
    if head == "Having" {
        // `Having considered`, `Having received`: the participle belongs to the lead.
        if let Ok((r, _)) = preceded(space1, preambular_head(false)).parse(rest) {
            rest = r;
        }
    }
    let (rest, _) = opt(recognize((tag(" and "), preambular_head(false)))).parse(rest)?;
    let (rest, _) = opt(post_adverb).parse(rest)?;
    let rest = with_complement(rest, head);
    Ok((rest, &input[..input.len() - rest.len()]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::run;

    #[test]
    fn ok_lead_guard_is_necessary() {
        let mut hits = 0;
        for line in crate::normalize::lines::sample_lines() {
            if run(preambular_lead, &line).is_some() || run(operative_lead, &line).is_some() {
                hits += 1;
                assert!(may_open_lead(&line), "guard rejects {line:?}");
            }
        }
        assert!(hits > 100, "too few lead samples: {hits}");
    }

    fn op(s: &str) -> Option<&str> {
        run(operative_lead, s).map(|(l, _)| l)
    }
    fn pre(s: &str) -> Option<&str> {
        run(preambular_lead, s).map(|(l, _)| l)
    }

    #[test]
    fn ok_operative_lead_simple() {
        assert_eq!(op("Reaffirms that it is"), Some("Reaffirms"));
    }
    #[test]
    fn ok_operative_lead_adverb() {
        assert_eq!(op("Also reaffirms the duty"), Some("Also reaffirms"));
        assert_eq!(op("Once again urges all"), Some("Once again urges"));
    }
    #[test]
    fn ok_operative_lead_post_adverb() {
        assert_eq!(op("Decides also that"), Some("Decides also"));
    }
    #[test]
    fn ok_operative_lead_complement() {
        assert_eq!(op("Calls upon Member States"), Some("Calls upon"));
        assert_eq!(op("Takes note with appreciation of"), Some("Takes note"));
    }
    #[test]
    fn ok_operative_lead_before_comma() {
        assert_eq!(op("Decides, in accordance with"), Some("Decides"));
    }
    #[test]
    fn err_operative_lead_noun() {
        assert_eq!(op("States have a collective"), None);
        assert_eq!(op("The Security Council"), None);
    }
    #[test]
    fn err_operative_lead_lowercase() {
        assert_eq!(op("compounded global crises"), None);
    }
    #[test]
    fn ok_operative_lead_after_intro() {
        let lead = |s| operative_lead_after_intro(s).map(|(_, l)| l);
        assert_eq!(
            lead("The Security Council requests the permanent members"),
            Some("requests")
        );
        assert_eq!(
            lead("Acting under Chapters VII and VIII of the Charter, calls upon States"),
            Some("calls upon")
        );
        assert_eq!(
            lead("In regard to DDR under the new MONUC concept of operation, endorses the"),
            Some("endorses")
        );
    }
    #[test]
    fn err_operative_lead_after_intro() {
        assert_eq!(
            operative_lead_after_intro("The representatives of the parties"),
            None
        );
        assert_eq!(operative_lead_after_intro("I"), None);
    }
    #[test]
    fn ok_plural_lead() {
        assert_eq!(
            run(plural_lead, "Reaffirm the 2030 Agenda").map(|(l, _)| l),
            Some("Reaffirm")
        );
        assert_eq!(
            run(plural_lead, "Further reaffirm that").map(|(l, _)| l),
            Some("Further reaffirm")
        );
        assert_eq!(
            plural_lead_after_intro("Given the strong association, commit to act"),
            Some("commit")
        );
    }
    #[test]
    fn err_plural_lead() {
        assert_eq!(run(plural_lead, "The States Parties"), None);
    }
    #[test]
    fn ok_preambular_lead() {
        assert_eq!(pre("Recalling also its adoption"), Some("Recalling also"));
        assert_eq!(pre("Deeply concerned about"), Some("Deeply concerned"));
        assert_eq!(pre("Bearing in mind that"), Some("Bearing in mind"));
        assert_eq!(pre("Mindful of"), Some("Mindful"));
        assert_eq!(
            pre("Having considered the report"),
            Some("Having considered")
        );
        assert_eq!(
            pre("Recalling and reaffirming its resolutions"),
            Some("Recalling and reaffirming")
        );
        assert_eq!(pre("Taking note of the report"), Some("Taking note"));
    }
    #[test]
    fn err_preambular_lead_not_a_lead() {
        assert_eq!(pre("Assembly to commemorate"), None);
        assert_eq!(pre("United Nations"), None);
        assert_eq!(pre("The General Assembly,"), None);
    }
}
