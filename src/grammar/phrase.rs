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
use nom::character::complete::{satisfy, space1};
use nom::combinator::{not, opt, recognize, verify};
use nom::multi::fold_many0;
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
    // `Greatly appreciates the coordinating role of …` (A/80/L.3, the
    // Chernobyl resolutions): an adverb of degree, as in `Greatly concerned`.
    "greatly",
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
    // The adverbs of manner that open an operative condemnation or welcome
    // open its preambular participle too: `Unequivocally condemning the use
    // of blanket Internet shutdowns …` (A/RES/80/215), `Warmly welcoming`.
    "unequivocally",
    "categorically",
    "resolutely",
    "emphatically",
    "unreservedly",
    "vigorously",
    "warmly",
    "sincerely",
    "earnestly",
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
    // A table searched without case rather than a `match` on
    // `to_ascii_lowercase()`: no allocation per lead.
    // `take` has the same complements in every form: `Taking into
    // account`, `Takes into account` (A/RES/80/90), `Take note`.
    const TAKE: &[&str] = &[
        "note",
        "into account",
        "into consideration",
        "fully into account",
    ];
    // `look` has `forward` in every form, as `call` has `upon`: `Looks
    // forward to the global review …` (A/RES/80/140), `Looking forward to
    // the convening …`, a declaration's `We look forward to …`.
    const LOOK: &[&str] = &["forward"];
    const COMPLEMENTS: [(&str, &[&str]); 11] = [
        ("calls", &["upon", "on", "for"]),
        ("takes", TAKE),
        ("looks", LOOK),
        ("look", LOOK),
        ("looking", LOOK),
        // A declaration's first person plural (`We call upon`, `Take note`).
        ("call", &["upon", "on", "for"]),
        ("take", TAKE),
        ("bearing", &["in mind"]),
        ("keeping", &["in mind"]),
        ("bears", &["in mind"]),
        ("taking", TAKE),
    ];
    COMPLEMENTS
        .iter()
        .find(|(h, _)| head.eq_ignore_ascii_case(h))
        .map_or(&[], |&(_, c)| c)
}

/// Matches one of `words` (case-insensitive, whole words) at the start of `input`.
fn one_of_words<'a>(words: &'static [&'static str]) -> impl Fn(&'a str) -> PResult<'a, &'a str> {
    move |input: &'a str| {
        // Most paragraphs open with no adverb: one byte rules out a word.
        let first = input.as_bytes().first().map(u8::to_ascii_lowercase);
        for w in words {
            if w.as_bytes().first().map(u8::to_ascii_lowercase) != first {
                continue;
            }
            // The words are ASCII: bytes equal to one without case are
            // ASCII too, so `w.len()` is then a char boundary. Comparing
            // before looking past the word saves a decode per word tried.
            let same = input
                .as_bytes()
                .get(..w.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(w.as_bytes()));
            if !same {
                continue;
            }
            if let (Some(head), Some(rest)) = (input.get(..w.len()), input.get(w.len()..)) {
                if rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                    return Ok((rest, head));
                }
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// `(adverb " ")*` over `words`, giving the first adverb (the grammars
/// read no other). `fold_many0`, not `many0`: `many0` allocates its list
/// on every paragraph tried.
fn adverbs<'a>(
    words: &'static [&'static str],
) -> impl Parser<&'a str, Output = Option<&'a str>, Error = nom::error::Error<&'a str>> {
    fold_many0(
        terminated(one_of_words(words), space1),
        || None,
        |first: Option<&'a str>, a| first.or(Some(a)),
    )
}

/// The first word of `input` when it is plain ASCII: its leading ASCII
/// letters, with the end or an ASCII byte that is no letter after them.
/// `None` where a non-ASCII byte follows (a letter, maybe): the grammars
/// decide. A plain first word is the one [`word`] reads.
fn plain_first_word(input: &str) -> Option<&str> {
    let b = input.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    match b.get(n) {
        Some(c) if !c.is_ascii() => None,
        _ => input.get(..n),
    }
}

/// The first tokens (up to a space) of a table of lower-case ASCII words,
/// by length and first letter: bit `c - 'a'` of entry `n` is set when a
/// token of `n` letters (15 or more: the last entry) opens with `c`. A
/// word of another length or first letter equals none of them in any
/// ASCII case: most words are ruled out with one look-up, not a loop over
/// the table (see `tables_are_lower_case_ascii` for the tables' form).
const fn token_index(words: &[&str]) -> [u32; 16] {
    let mut out = [0u32; 16];
    let mut i = 0;
    while i < words.len() {
        let b = words[i].as_bytes();
        let mut n = 0;
        while n < b.len() && b[n] != b' ' {
            n += 1;
        }
        if n > 0 {
            let len = if n < 16 { n } else { 15 };
            out[len] |= 1 << (b[0].wrapping_sub(b'a') % 32);
        }
        i += 1;
    }
    out
}

/// Whether a token of `index` may equal the ASCII word `w` without case.
fn in_token_index(index: &[u32; 16], w: &[u8]) -> bool {
    w.first().is_some_and(|&c| {
        let bit = 1 << (c.to_ascii_lowercase().wrapping_sub(b'a') % 32);
        index
            .get(w.len().min(15))
            .is_some_and(|&set| set & bit != 0)
    })
}

const OPERATIVE_ADVERB_INDEX: [u32; 16] = token_index(OPERATIVE_ADVERBS);
const PREAMBULAR_ADVERB_INDEX: [u32; 16] = token_index(PREAMBULAR_ADVERBS);
const NOT_LEADS_INDEX: [u32; 16] = token_index(NOT_LEADS);

/// [`adverbs`], with a fast path for the common paragraph, which opens
/// with no adverb: a table word that opens `input` (see [`one_of_words`])
/// has a plain first word as its first token in some ASCII case (the word
/// ends where the text does not go on with a letter; `once again` goes on
/// with a space). A plain first word whose length and first letter no
/// table word's first token has (`index`, the table's [`token_index`])
/// leaves no adverb, and the loop over the table is not run.
fn adverbs_of<'a>(
    words: &'static [&'static str],
    index: &[u32; 16],
    input: &'a str,
) -> PResult<'a, Option<&'a str>> {
    if plain_first_word(input).is_some_and(|first| !in_token_index(index, first.as_bytes())) {
        return Ok((input, None));
    }
    adverbs(words).parse(input)
}

fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_lower(w: &str) -> bool {
    w.chars().all(char::is_lowercase)
}

/// Whether `w` in lower case is one of `table` (lower-case ASCII words).
/// Why not `to_lowercase` and `contains`: that is an allocation per word
/// tried, on every paragraph. An ASCII word lower-cases to its ASCII lower
/// case, so comparing without ASCII case is the same; any other word
/// keeps the Unicode path (the Kelvin sign lower-cases to an ASCII `k`).
fn lower_in(w: &str, table: &[&str]) -> bool {
    if w.is_ascii() {
        table.iter().any(|t| w.eq_ignore_ascii_case(t))
    } else {
        table.contains(&w.to_lowercase().as_str())
    }
}

fn not_excluded(w: &str) -> bool {
    // An ASCII word of a length and first letter no listed word has is
    // none of them (the table look-up runs per head word tried).
    (w.is_ascii() && !in_token_index(&NOT_LEADS_INDEX, w.as_bytes())) || !lower_in(w, NOT_LEADS)
}

/// `verb_word = ["Re-" | "re-"] word`: a verb as a lead prints it, the
/// prefix `re-` hyphenated before a vowel it would double or run into
/// (`Re-emphasizes`, `Re-establishing`, A/RES/80/75).
fn verb_word(input: &str) -> PResult<'_, &str> {
    recognize((opt(alt((tag("Re-"), tag("re-")))), word)).parse(input)
}

/// Whether the verb `w` is printed as a lead's first word (`Reaffirms`,
/// `Re-emphasizes`: a capital, then lower case) or in lower case
/// (`reaffirms`, after an adverb): a prefix's hyphen is neither.
fn verb_case(w: &str, capital: bool) -> bool {
    let mut letters = w.chars().filter(|&c| c != '-');
    if capital {
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
    } else {
        letters.all(char::is_lowercase)
    }
}

/// `operative_verb = verb_word ending in "s"` (third person: `Reaffirms`,
/// `Calls`, `Urges`, `Re-emphasizes`).
fn operative_verb(capital: bool) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input| {
        verify(verb_word, |w: &str| {
            // The table look-up last: the cheap tests reject most words.
            w.len() >= 4
                && w.ends_with('s')
                && !w.ends_with("ss")
                && verb_case(w, capital)
                && not_excluded(w)
        })
        .parse(input)
    }
}

/// `post_adverb = " " ("also" | "further" | "again" | "once again")`:
/// `Decides also`. A whole word: `Decides against the abolishment`
/// (A/RES/80/242) has no `again`.
fn post_adverb(input: &str) -> PResult<'_, &str> {
    preceded(
        space1,
        terminated(
            alt((
                tag("also"),
                tag("further"),
                tag("once again"),
                tag("again"),
                tag("hereby"),
            )),
            not(satisfy(char::is_alphanumeric)),
        ),
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
    let (body, capital) = after_conjunction(input);
    let (rest, first) = adverbs_of(OPERATIVE_ADVERBS, &OPERATIVE_ADVERB_INDEX, body)?;
    let (rest, head) = operative_verb(capital && first.is_none()).parse(rest)?;
    if let Some(first) = first {
        if is_capitalized(first) != capital {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Verify,
            )));
        }
    }
    if is_noun_before_of(rest) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, _) = opt(post_adverb).parse(rest)?;
    let rest = adverb_after_complement(with_complement(rest, head), rest);
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// Whether the word a lead would take as its verb is followed straight by
/// `of`: then it is a plural noun (`Rights of Indigenous Peoples:`, an item
/// of a committee's programme of work), for an operative verb takes its
/// object without a preposition, or after its complement (`Takes note of`
/// is `Takes` + `note`, never `Takes of`).
fn is_noun_before_of(after_verb: &str) -> bool {
    after_verb
        .strip_prefix(" of")
        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// The adverb printed after a noun complement (`Taking note also of`,
/// `Takes note further of`, `Bearing in mind also`): part of the lead, as
/// it is before one (`Recalling also`). `before` is the text before the
/// complement was read: where none was, nothing more is; nor after a
/// preposition, whose `further` qualifies what follows (`Calls for further
/// efforts`).
fn adverb_after_complement<'a>(after: &'a str, before: &'a str) -> &'a str {
    let complement = before
        .get(..before.len() - after.len())
        .unwrap_or_default()
        .trim();
    if !matches!(
        complement,
        "note" | "in mind" | "into account" | "into consideration" | "fully into account"
    ) {
        return after;
    }
    match post_adverb(after) {
        Ok((rest, _)) if rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) => rest,
        _ => after,
    }
}

/// The operative lead of a paragraph whose verb follows an introduction:
/// the organ as subject (`The Security Council requests …`, 1946) or a
/// clause closed by a comma (`Acting under Chapter VII of the Charter,
/// authorizes …`, `In regard to DDR …, endorses …`). Returns the lead as
/// printed (lower case) and its byte offset in `text`.
pub(crate) fn operative_lead_after_intro(text: &str) -> Option<(usize, &str)> {
    lead_after_intro_within(text, MAX_INTRO_WORDS)
}

/// The most words of an introduction before a numbered paragraph's verb:
/// past them, a verb after a comma is the text's own (`…, as the Council
/// requests, …`), not the paragraph's lead.
const MAX_INTRO_WORDS: usize = 40;

/// The operative lead of a decision printed as one sentence (`The General
/// Assembly, taking note of the application of Côte d’Ivoire … as noted in
/// paragraph 306 of the report …, held in Vienna from 25 June to 2 July
/// 2025, decides to appoint …`, A/C.4/80/L.10): as
/// [`operative_lead_after_intro`], but the clauses before the verb run as
/// long as they run, for the sentence has no other verb to give.
pub(crate) fn sentence_decision_lead(text: &str) -> Option<(usize, &str)> {
    lead_after_intro_within(text, usize::MAX)
}

/// [`operative_lead_after_intro`] over the first `max_words` words.
fn lead_after_intro_within(text: &str, max_words: usize) -> Option<(usize, &str)> {
    let mut offset = 0;
    let mut subject = true;
    for (k, word) in text.split(' ').enumerate().take(max_words) {
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
            if let Some((after, _)) = operative_verb(false)
                .parse(rest)
                .ok()
                .filter(|(after, _)| !is_noun_before_of(after))
            {
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
            case && lower_in(w, PLURAL_VERBS)
        })
        .parse(input)
    }
}

/// `plural_lead = (adverb " ")* plural_verb [post_adverb] [complement]`:
/// `Reaffirm`, `Further reaffirm`, `Also request`, `Call upon`.
pub(crate) fn plural_lead(input: &str) -> PResult<'_, &str> {
    let (rest, first) = adverbs_of(OPERATIVE_ADVERBS, &OPERATIVE_ADVERB_INDEX, input)?;
    if first.is_some_and(|a| !is_capitalized(a)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, head) = plural_verb(first.is_none()).parse(rest)?;
    let (rest, _) = opt(post_adverb).parse(rest)?;
    let rest = with_complement(rest, head);
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// `we_lead = "We " (adverb " ")* plural_verb [post_adverb] [complement]
/// [" and " plural_verb]`:
/// the lead of a declaration's paragraph whose subject opens it, given
/// without the subject: `We recall and reaffirm our commitments …` →
/// `recall and reaffirm`, `We also welcome …` → `also welcome`. A verb
/// outside the list (`We will ensure …`, `We are concerned …`) is no lead.
pub(crate) fn we_lead(input: &str) -> PResult<'_, &str> {
    let (body, _) = tag("We ").parse(input)?;
    let (rest, first) = adverbs_of(OPERATIVE_ADVERBS, &OPERATIVE_ADVERB_INDEX, body)?;
    if first.is_some_and(is_capitalized) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (rest, head) = plural_verb(false).parse(rest)?;
    let (rest, _) = opt(post_adverb).parse(rest)?;
    let rest = with_complement(rest, head);
    let (rest, _) = opt(preceded(tag(" and "), plural_verb(false))).parse(rest)?;
    Ok((rest, &body[..body.len() - rest.len()]))
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

/// `conjunction = "And "`: early Council texts join a paragraph to the one
/// before it so (`And further noting that the restriction …`, S/RES/95
/// (1951)); the lead then goes on in lower case and keeps the conjunction.
/// Returns the text after the conjunction, and whether the lead's first
/// word is capitalised (no conjunction) or lower case (after one).
fn after_conjunction(input: &str) -> (&str, bool) {
    match input.strip_prefix("And ") {
        Some(rest) => (rest, false),
        None => (input, true),
    }
}

/// A necessary condition of [`preambular_lead`] and [`operative_lead`]: a
/// capital first (an adverb that opens a lead must be capitalised, and with
/// no adverb the head must be). A fast guard for callers that try every
/// line; the grammars decide.
pub(crate) fn may_open_lead(input: &str) -> bool {
    input.starts_with(char::is_uppercase)
}

/// Whether `w`, in lower case, ends in `ing` or `ed` (five letters at
/// least) or is a listed adjective. For an ASCII word without a lower-case
/// copy (see [`lower_in`]): its lower case has its length, and ends in an
/// ASCII suffix where the word ends in it in any ASCII case.
fn preambular_shape(w: &str) -> bool {
    if !w.is_ascii() {
        let lower = w.to_lowercase();
        return (lower.len() >= 5 && (lower.ends_with("ing") || lower.ends_with("ed")))
            || PREAMBULAR_ADJECTIVES.contains(&lower.as_str());
    }
    let ends = |suffix: &str| {
        w.len()
            .checked_sub(suffix.len())
            .and_then(|at| w.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
    };
    (w.len() >= 5 && (ends("ing") || ends("ed"))) || lower_in(w, PREAMBULAR_ADJECTIVES)
}

/// `preambular_head = verb_word ending in "ing" or "ed", or a listed adjective`.
fn preambular_head(capital: bool) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input| {
        verify(verb_word, |w: &str| {
            verb_case(w, capital) && preambular_shape(w) && not_excluded(w)
        })
        .parse(input)
    }
}

/// `preambular_lead = (adverb " ")* head [" and " head] [post_adverb] [complement]`:
/// `Recalling also`, `Deeply concerned`, `Bearing in mind`, `Recalling and reaffirming`,
/// `Having considered`.
pub(crate) fn preambular_lead(input: &str) -> PResult<'_, &str> {
    let (body, capital) = after_conjunction(input);
    let (rest, first) = adverbs_of(PREAMBULAR_ADVERBS, &PREAMBULAR_ADVERB_INDEX, body)?;
    if first.is_some_and(|a| is_capitalized(a) != capital) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    let (mut rest, head) = preambular_head(capital && first.is_none()).parse(rest)?;
    // A participle in `-ed` that leads is followed by its complement
    // (`Alarmed by`, `Convinced that`, `Deeply concerned about`), never by
    // a capital: `Armed Robbery against Ships …` is a name that a wrapped
    // line opens with (A/RES/80/63), `United Nations` another.
    if head.len() > 2
        && head[head.len() - 2..].eq_ignore_ascii_case("ed")
        && rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    if head.eq_ignore_ascii_case("Having") {
        // `Having considered`, `Having received`: the participle belongs to
        // the lead, regular or not (`Having heard`, `Having learnt`,
        // S/RES/161 (1961)): any lower-case word after `Having` is one,
        // after the adverb that may stand between them (`Having also
        // considered`, A/RES/80/242).
        let participle = preceded(space1, verify(word, is_lower));
        if let Ok((r, _)) = preceded(opt(post_adverb), participle).parse(rest) {
            rest = r;
        }
    }
    let (rest, _) = opt(recognize((tag(" and "), preambular_head(false)))).parse(rest)?;
    let (rest, _) = opt(post_adverb).parse(rest)?;
    let rest = adverb_after_complement(with_complement(rest, head), rest);
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// Heads of the preambular leads UN texts print, lower case (DOMAIN.md §4,
/// and every head the test texts hold): where a lead is looked for inside
/// a line, not at its start, only these are taken. The grammar's own test
/// (a capitalised word in `-ing` or `-ed`) takes names too: `…, Beijing,
/// 4–15 September 1995` (a note citing the Fourth World Conference on
/// Women), `…, Nanjing`.
const ATTESTED_PREAMBULAR_HEADS: &[&str] = &[
    "acknowledging",
    "acting",
    "affirming",
    "alarmed",
    "appreciating",
    "aware",
    "bearing",
    "being",
    "believing",
    "cognizant",
    "commending",
    "concerned",
    "condemning",
    "conscious",
    "considering",
    "continuing",
    "convinced",
    "declaring",
    "deploring",
    "desiring",
    "determined",
    "determining",
    "dismayed",
    "disturbed",
    "emphasizing",
    "emphasising",
    "encouraged",
    "encouraging",
    "expressing",
    "guided",
    "having",
    "highlighting",
    "keeping",
    "mindful",
    "noting",
    "observing",
    "reaffirming",
    "realizing",
    "recalling",
    "recognizing",
    "recognising",
    "regretting",
    "reiterating",
    "responding",
    "seeking",
    "seized",
    "sharing",
    "stressing",
    "taking",
    "underlining",
    "underscoring",
    "welcoming",
    "wishing",
];

/// Heads of the operative leads UN texts print, lower case (DOMAIN.md §4,
/// and every head the test texts hold): where a lead is looked for inside
/// a line, only these are taken. The grammar's own test (a capitalised
/// word in `-s`) takes names too: `…, Bahamas, Barbados`.
const ATTESTED_OPERATIVE_HEADS: &[&str] = &[
    "accepts",
    "acknowledges",
    "adopts",
    "affirms",
    "agrees",
    "appeals",
    "appoints",
    "appreciates",
    "approves",
    "authorizes",
    "calls",
    "commends",
    "condemns",
    "confirms",
    "considers",
    "decides",
    "declares",
    "demands",
    "deplores",
    "determines",
    "directs",
    "emphasizes",
    "emphasises",
    "encourages",
    "endorses",
    "expresses",
    "highlights",
    "insists",
    "instructs",
    "invites",
    "notes",
    "proclaims",
    "reaffirms",
    "recalls",
    "recognizes",
    "recognises",
    "recommends",
    "regrets",
    "reiterates",
    "reminds",
    "renews",
    "requests",
    "resolves",
    "stresses",
    "supports",
    "takes",
    "underlines",
    "underscores",
    "urges",
    "welcomes",
];

/// Whether one of the first words of `lead` is one of `heads` (the head:
/// an adverb may stand before it, `Deeply concerned`, `Also requests`).
fn has_attested_head(lead: &str, heads: &[&str]) -> bool {
    lead.split(' ').take(4).any(|w| lower_in(w, heads))
}

/// `attested_preambular_lead = preambular_lead` whose head is one UN texts
/// print (`Recalling also`, `Deeply concerned`, `Having considered`; not
/// `Beijing`): a lead found inside a line, where nothing but the words say
/// that a paragraph opens there.
pub(crate) fn attested_preambular_lead(input: &str) -> PResult<'_, &str> {
    verify(preambular_lead, |lead: &str| {
        has_attested_head(lead, ATTESTED_PREAMBULAR_HEADS)
    })
    .parse(input)
}

/// `attested_operative_lead = operative_lead` whose head is one UN texts
/// print (`Takes note`, `Also requests`; not `Barbados`): as
/// [`attested_preambular_lead`], for operative paragraphs.
pub(crate) fn attested_operative_lead(input: &str) -> PResult<'_, &str> {
    verify(operative_lead, |lead: &str| {
        has_attested_head(lead, ATTESTED_OPERATIVE_HEADS)
    })
    .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` from each start of a word on (after anything but a letter or
    /// a digit).
    fn word_starts(text: &str) -> impl Iterator<Item = &str> {
        let mut prev = ' ';
        text.char_indices().filter_map(move |(at, c)| {
            let start = !prev.is_alphanumeric();
            prev = c;
            start.then(|| &text[at..])
        })
    }
    use crate::grammar::run;

    /// The allocation-free look-ups agree with `to_lowercase` on every
    /// word of the test texts and on words with non-ASCII letters, and
    /// [`one_of_words`] with its definition at every word start.
    #[test]
    fn lower_case_lookups_agree_with_to_lowercase() {
        fn spec_one_of<'a>(words: &[&str], input: &'a str) -> Option<(&'a str, &'a str)> {
            words.iter().find_map(|w| {
                let head = input.get(..w.len())?;
                let boundary = input[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                (head.eq_ignore_ascii_case(w) && boundary).then(|| (&input[w.len()..], head))
            })
        }
        let mut texts = crate::grammar::testdata_texts();
        texts.push(
            "Tak\u{212A}ing \u{212A}eenly Also\u{e9} Recalling\u{e9} \u{c9}tats ÉTATS".into(),
        );
        let tables: [&[&str]; 5] = [
            NOT_LEADS,
            PLURAL_VERBS,
            PREAMBULAR_ADJECTIVES,
            OPERATIVE_ADVERBS,
            PREAMBULAR_ADVERBS,
        ];
        for text in &texts {
            for input in word_starts(text) {
                for words in [OPERATIVE_ADVERBS, PREAMBULAR_ADVERBS] {
                    let ours = one_of_words(words)(input).ok();
                    assert_eq!(ours, spec_one_of(words, input), "{input:?}");
                }
            }
            for w in text.split(|c: char| !c.is_alphabetic()) {
                let lower = w.to_lowercase();
                for table in tables {
                    assert_eq!(lower_in(w, table), table.contains(&lower.as_str()), "{w:?}");
                }
                let shape = (lower.len() >= 5 && (lower.ends_with("ing") || lower.ends_with("ed")))
                    || PREAMBULAR_ADJECTIVES.contains(&lower.as_str());
                assert_eq!(preambular_shape(w), shape, "{w:?}");
                let complement_spec: &[&str] = match w.to_ascii_lowercase().as_str() {
                    "calls" | "call" => &["upon", "on", "for"],
                    "bearing" | "keeping" | "bears" => &["in mind"],
                    "looks" | "look" | "looking" => &["forward"],
                    "taking" | "takes" | "take" => &[
                        "note",
                        "into account",
                        "into consideration",
                        "fully into account",
                    ],
                    _ => &[],
                };
                assert_eq!(complement(w), complement_spec, "{w:?}");
            }
        }
    }

    /// The fast path of [`adverbs_of`] gives what [`adverbs`] gives, at
    /// every word start of the test texts and on made-up openings.
    #[test]
    fn adverbs_of_agrees_with_adverbs() {
        let mut texts = crate::grammar::testdata_texts();
        texts.extend(crate::normalize::lines::sample_lines());
        texts.push(
            "Once again urges ONCE AGAIN once Again Oncé Also\u{e9} also, also- \
             Alsoreaffirms Firmly\u{212A} Most most. Deeply\tconcerned 2 x"
                .into(),
        );
        let mut adverb_hits = 0;
        let tables = [
            (OPERATIVE_ADVERBS, &OPERATIVE_ADVERB_INDEX),
            (PREAMBULAR_ADVERBS, &PREAMBULAR_ADVERB_INDEX),
        ];
        for text in &texts {
            for input in word_starts(text) {
                for (words, index) in tables {
                    let want = adverbs(words).parse(input).ok();
                    adverb_hits += usize::from(want.is_some_and(|(_, a)| a.is_some()));
                    assert_eq!(adverbs_of(words, index, input).ok(), want, "{input:?}");
                }
            }
            for w in text.split(|c: char| !c.is_alphabetic()) {
                assert_eq!(not_excluded(w), !lower_in(w, NOT_LEADS), "{w:?}");
            }
        }
        assert!(adverb_hits > 100, "too few adverbs: {adverb_hits}");
    }

    /// [`token_index`] reads its tables as lower-case ASCII letters and
    /// spaces, a word never opening with a space.
    #[test]
    fn tables_are_lower_case_ascii() {
        for table in [OPERATIVE_ADVERBS, PREAMBULAR_ADVERBS, NOT_LEADS] {
            for w in table {
                assert!(
                    w.bytes().all(|c| c.is_ascii_lowercase() || c == b' '),
                    "{w:?}"
                );
                assert!(w.starts_with(|c: char| c.is_ascii_lowercase()), "{w:?}");
            }
        }
    }

    #[test]
    fn ok_lead_guard_is_necessary() {
        crate::normalize::lines::assert_guard_necessary(
            &crate::normalize::lines::sample_lines(),
            100,
            |line| run(preambular_lead, line).is_some() || run(operative_lead, line).is_some(),
            may_open_lead,
        );
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
        assert_eq!(
            op("Greatly appreciates the coordinating role"),
            Some("Greatly appreciates")
        );
    }
    #[test]
    fn ok_operative_lead_post_adverb() {
        assert_eq!(op("Decides also that"), Some("Decides also"));
    }
    #[test]
    fn err_post_adverb_inside_a_word() {
        // A/RES/80/242: `against` is no `again`.
        assert_eq!(op("Decides against the abolishment"), Some("Decides"));
        assert_eq!(
            op("Also decides against the abolishment"),
            Some("Also decides")
        );
        assert_eq!(op("Decides again that"), Some("Decides again"));
    }
    #[test]
    fn ok_hyphenated_re_verb() {
        // A/RES/80/75: `3. Re-emphasizes the need for …`.
        assert_eq!(op("Re-emphasizes the need"), Some("Re-emphasizes"));
        assert_eq!(
            op("Also re-emphasizes the need"),
            Some("Also re-emphasizes")
        );
        assert_eq!(pre("Re-emphasizing the need"), Some("Re-emphasizing"));
        // Only the prefix `re-`: a compound is no verb.
        assert_eq!(op("Non-members of the"), None);
    }
    #[test]
    fn ok_operative_lead_complement() {
        assert_eq!(op("Calls upon Member States"), Some("Calls upon"));
        assert_eq!(op("Takes note with appreciation of"), Some("Takes note"));
        // A/RES/80/90: as `Taking into account` leads a preambular paragraph.
        assert_eq!(
            op("Takes into account the 2030 Agenda"),
            Some("Takes into account")
        );
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
    fn err_operative_lead_plural_noun_before_of() {
        assert_eq!(op("Rights of Indigenous Peoples:"), None);
        assert_eq!(op("Takes note of the report"), Some("Takes note"));
        assert_eq!(op("Decides offshore"), Some("Decides"));
        assert_eq!(
            operative_lead_after_intro("Report of the Council, questions of refugees"),
            None
        );
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
    fn ok_sentence_decision_lead_past_the_intro_window() {
        // Fifty words of participial clauses before the verb: beyond a
        // numbered paragraph's introduction, within a sentence decision.
        let clause = "taking note of the report of the Committee on its session, ".repeat(5);
        let text = format!("The General Assembly, {clause}decides to appoint Chad");
        assert_eq!(operative_lead_after_intro(&text), None);
        let (at, lead) = sentence_decision_lead(&text).unwrap_or_default();
        assert_eq!(lead, "decides");
        assert!(text[at..].starts_with("decides to appoint"));
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
    fn ok_we_lead() {
        let we = |t| run(we_lead, t).map(|(l, _)| l);
        assert_eq!(
            we("We recall and reaffirm our commitments"),
            Some("recall and reaffirm")
        );
        assert_eq!(we("We also welcome the actions"), Some("also welcome"));
        assert_eq!(we("We reaffirm also that"), Some("reaffirm also"));
        assert_eq!(we("We commit to fulfil"), Some("commit"));
        assert_eq!(we("We call upon States"), Some("call upon"));
        assert_eq!(we("We recall, and reaffirm"), Some("recall"));
    }
    #[test]
    fn err_we_lead() {
        let we = |t| run(we_lead, t).map(|(l, _)| l);
        assert_eq!(we("We will ensure that victims"), None);
        assert_eq!(we("We are seriously concerned"), None);
        assert_eq!(we("We, the States Members, welcome"), None);
        assert_eq!(we("We Also welcome"), None);
        assert_eq!(we("Welcome the plan"), None);
    }
    #[test]
    fn err_participle_before_a_capital() {
        assert_eq!(pre("Armed Robbery against Ships"), None);
        assert_eq!(pre("Alarmed by the reports"), Some("Alarmed"));
        assert_eq!(
            pre("Recalling General Assembly resolution 70/1"),
            Some("Recalling")
        );
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
        assert_eq!(
            pre("Taking note also of the report"),
            Some("Taking note also")
        );
        assert_eq!(
            pre("Bearing in mind also that"),
            Some("Bearing in mind also")
        );
        assert_eq!(pre("Recalling also its adoption"), Some("Recalling also"));
    }
    #[test]
    fn ok_preambular_lead_after_adverb_of_manner() {
        // A/RES/80/215: the lead after `…, proportionality and non-discrimination,`.
        assert_eq!(
            pre("Unequivocally condemning the use of blanket Internet shutdowns"),
            Some("Unequivocally condemning")
        );
        assert_eq!(pre("Warmly welcoming the report"), Some("Warmly welcoming"));
    }
    #[test]
    fn ok_lead_looks_forward() {
        // A/RES/80/140, A/RES/80/243: the phrasal verb is the lead, as
        // `Calls upon` is.
        assert_eq!(
            op("Looks forward to the global review of the collective progress"),
            Some("Looks forward")
        );
        assert_eq!(
            op("Also looks forward to the submission"),
            Some("Also looks forward")
        );
        assert_eq!(
            pre("Looking forward to the convening of the thirty-first session"),
            Some("Looking forward")
        );
        // No complement where none is printed.
        assert_eq!(op("Looks into the matter"), Some("Looks"));
    }
    #[test]
    fn ok_operative_adverb_after_complement() {
        let op = |t| run(operative_lead, t).map(|(l, _)| l);
        assert_eq!(op("Takes note also of the report"), Some("Takes note also"));
        assert_eq!(op("Calls for further efforts"), Some("Calls for"));
        assert_eq!(op("Calls upon further donors"), Some("Calls upon"));
    }
    #[test]
    fn ok_having_with_an_irregular_participle() {
        assert_eq!(pre("Having heard the statements"), Some("Having heard"));
        assert_eq!(pre("Having learnt with deep regret"), Some("Having learnt"));
        assert_eq!(
            pre("Having considered the report"),
            Some("Having considered")
        );
        // A/RES/80/242: the adverb between them is part of the lead.
        assert_eq!(
            pre("Having also considered the notes"),
            Some("Having also considered")
        );
    }
    #[test]
    fn ok_lead_after_and() {
        // S/RES/95 (1951): a paragraph joined to the one before by `And`.
        assert_eq!(
            pre("And further noting that the restriction"),
            Some("And further noting")
        );
        assert_eq!(op("And decides that"), Some("And decides"));
        assert_eq!(
            op("Further finds that that practice"),
            Some("Further finds")
        );
    }
    #[test]
    fn err_lead_after_and_capitalised() {
        // After the conjunction the lead goes on in lower case.
        assert_eq!(pre("And Further noting"), None);
        assert_eq!(op("And Decides that"), None);
        assert_eq!(pre("And the States"), None);
    }
    #[test]
    fn err_preambular_lead_not_a_lead() {
        assert_eq!(pre("Assembly to commemorate"), None);
        assert_eq!(pre("United Nations"), None);
        assert_eq!(pre("The General Assembly,"), None);
    }
    #[test]
    fn ok_attested_leads() {
        let pre = |s| run(attested_preambular_lead, s).map(|(l, _)| l);
        let op = |s| run(attested_operative_lead, s).map(|(l, _)| l);
        assert_eq!(
            pre("Recalling also its resolutions"),
            Some("Recalling also")
        );
        assert_eq!(pre("Deeply concerned that"), Some("Deeply concerned"));
        assert_eq!(
            pre("Having considered the report"),
            Some("Having considered")
        );
        assert_eq!(pre("Bearing in mind"), Some("Bearing in mind"));
        assert_eq!(op("Takes note of the report"), Some("Takes note"));
        assert_eq!(
            op("Also requests the Secretary-General"),
            Some("Also requests")
        );
    }
    #[test]
    fn err_attested_leads() {
        // Leads to the grammar, names to a reader.
        assert_eq!(pre("Beijing, 4–15 September 1995"), Some("Beijing"));
        assert_eq!(
            run(attested_preambular_lead, "Beijing, 4–15 September 1995"),
            None
        );
        assert_eq!(op("Barbados, Belize"), Some("Barbados"));
        assert_eq!(run(attested_operative_lead, "Barbados, Belize"), None);
        assert_eq!(run(attested_operative_lead, "Recalling its"), None);
        assert_eq!(run(attested_preambular_lead, "Requests the"), None);
    }

    /// The attested heads are lower-case ASCII words, each a head the
    /// grammar reads.
    #[test]
    fn attested_heads_are_leads() {
        for w in ATTESTED_PREAMBULAR_HEADS {
            assert!(w.bytes().all(|c| c.is_ascii_lowercase()), "{w:?}");
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            let text = format!("{cap} in mind the report");
            assert!(run(attested_preambular_lead, &text).is_some(), "{w:?}");
        }
        for w in ATTESTED_OPERATIVE_HEADS {
            assert!(w.bytes().all(|c| c.is_ascii_lowercase()), "{w:?}");
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            let text = format!("{cap} the report");
            assert!(run(attested_operative_lead, &text).is_some(), "{w:?}");
        }
    }
}
