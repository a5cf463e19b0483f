//! nom micro-grammars shared by every stage.
//!
//! Each recogniser is a small nom parser named after the production it
//! recognises, with the rule in its doc comment and `ok_*`/`err_*` tests at
//! the foot of its file. nom stays private to this module tree: callers get
//! plain `Option`s and values, never `nom::Err`.

pub(crate) mod date;
pub(crate) mod furniture;
pub(crate) mod label;
pub(crate) mod marker;
pub(crate) mod masthead;
pub(crate) mod ordinal;
pub(crate) mod phrase;
pub(crate) mod reference;
pub(crate) mod symbol;

use nom::{IResult, Parser};

/// Abbreviations in citations, as printed but for their dot, which ends no
/// sentence: `… Supplement No.` / `11 (A/80/11).` in a note, `para. 3`,
/// `p. 12` in the text.
pub(crate) const CITATION_ABBREVIATIONS: &[&str] = &[
    "No", "Nos", "para", "paras", "vol", "p", "pp", "art", "chap", "sect",
];

/// The result type of every grammar function: nom's default error is enough,
/// since grammar failures are never shown to users (a line that does not
/// match one form is tried against the next).
pub(crate) type PResult<'a, O> = IResult<&'a str, O>;

/// Runs `parser` on `input`, returning the value and the unconsumed rest, or
/// `None`. The one place where nom's error type is dropped.
pub(crate) fn run<'a, O, P>(mut parser: P, input: &'a str) -> Option<(O, &'a str)>
where
    P: Parser<&'a str, Output = O, Error = nom::error::Error<&'a str>>,
{
    parser.parse(input).ok().map(|(rest, out)| (out, rest))
}

/// Runs `parser` on the whole of `input` (leaf grammars): `None` unless it
/// consumes everything.
pub(crate) fn run_all<'a, O, P>(parser: P, input: &'a str) -> Option<O>
where
    P: Parser<&'a str, Output = O, Error = nom::error::Error<&'a str>>,
{
    run(nom::combinator::all_consuming(parser), input).map(|(out, _)| out)
}

/// `word = letter+` (Unicode letters): one word, no punctuation.
pub(crate) fn word(input: &str) -> PResult<'_, &str> {
    nom::bytes::complete::take_while1(char::is_alphabetic)(input)
}

/// `digits = "0".."9"{1,n}`: a number of at most `max_len` digits.
pub(crate) fn number(max_len: usize) -> impl Fn(&str) -> PResult<'_, u32> {
    move |input| {
        nom::combinator::map_res(
            nom::bytes::complete::take_while_m_n(1, max_len, |c: char| c.is_ascii_digit()),
            str::parse::<u32>,
        )
        .parse(input)
    }
}

/// `tag_no_case` for an ASCII literal: the literal in any ASCII case.
///
/// Why not nom's own: on `&str` it lower-cases both sides char by char
/// through Unicode `to_lowercase` iterators, and the ordinal, month and
/// masthead keywords it served were a tenth of the whole parse. On ASCII
/// text the answers are the same (an ASCII char lower-cases to one ASCII
/// char). They differ only where a non-ASCII character lower-cases to an
/// ASCII letter, the Kelvin sign `K` (U+212A) to `k`: nom then matches
/// `k` and cuts the input inside the sign's three bytes, a panic. No UN
/// text writes a word with the Kelvin sign, so here an ASCII literal
/// matches ASCII text only.
pub(crate) fn tag_no_case_ascii(lit: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    debug_assert!(lit.is_ascii());
    move |input: &str| match input.as_bytes().get(..lit.len()) {
        Some(head) if head.eq_ignore_ascii_case(lit.as_bytes()) => {
            // `head` equals the ASCII literal, so `lit.len()` is a char boundary.
            Ok((&input[lit.len()..], &input[..lit.len()]))
        }
        // Shorter than `lit` (nom: `Incomplete`, an error when complete),
        // a mismatch, or a non-ASCII byte in the window.
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `one_of_no_case(table)`: the first `(word, value)` of `table` whose word
/// opens `input` in any case, as `alt((value(v, tag_no_case(w)), …))` in
/// table order would find it.
///
/// Why a table: the walk over references tries ordinals at every word, and
/// an `alt` of `tag_no_case`s compares every word in full. An ASCII first
/// byte that differs from a word's rules that word out at once; anything
/// else goes to [`tag_no_case_ascii`].
pub(crate) fn one_of_no_case<T: Copy>(
    table: &'static [(&'static str, T)],
) -> impl Fn(&str) -> PResult<'_, T> {
    move |input: &str| {
        let first = input.as_bytes().first().copied();
        for &(word, v) in table {
            if let (Some(f), Some(&w)) = (first, word.as_bytes().first()) {
                if f.is_ascii() && !f.eq_ignore_ascii_case(&w) {
                    continue;
                }
            }
            if let Ok((rest, _)) = tag_no_case_ascii(word)(input) {
                return Ok((rest, v));
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// The texts of `testdata/` (seeds, and the corpus's real and PDF texts),
/// for tests that check a cheap guard against its grammar over real text.
#[cfg(test)]
pub(crate) fn testdata_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut out = Vec::new();
    for dir in ["seeds", "corpus/real", "corpus/pdf"] {
        let entries = std::fs::read_dir(root.join(dir)).into_iter().flatten();
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|e| e == "txt") {
                out.push(std::fs::read_to_string(entry.path()).unwrap_or_default());
            }
        }
    }
    assert!(out.len() > 50, "testdata texts missing");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inputs around `lit`: itself in three cases, cut short, run on, and
    /// with non-ASCII letters in and before it.
    fn around(lit: &str) -> Vec<String> {
        let mut cap = lit.to_ascii_lowercase();
        if let Some(f) = cap.get_mut(..1) {
            f.make_ascii_uppercase();
        }
        let mut out = Vec::new();
        for v in [lit.to_owned(), lit.to_ascii_uppercase(), cap] {
            for (cut, _) in v.char_indices() {
                out.push(v[..cut].to_owned());
                out.push(format!("{}\u{e9}{}", &v[..cut], &v[cut..]));
            }
            out.push(format!("{v} and more"));
            out.push(format!("\u{212A}{v}"));
            out.push(v.replace(['k', 'K'], "\u{212A}"));
            out.push(v);
        }
        out
    }

    #[test]
    fn tag_no_case_ascii_agrees_with_nom() {
        for lit in [
            "session",
            "Distr.",
            "Agenda item",
            "Kenya",
            "kk",
            "a",
            "General",
        ] {
            for input in around(lit) {
                let ours = tag_no_case_ascii(lit)(&input).ok();
                if input.contains('\u{212A}') {
                    // Where nom panics or cuts a character: no match, no panic.
                    assert_eq!(ours, None, "{lit:?} on {input:?}");
                    continue;
                }
                let nom_says =
                    nom::bytes::complete::tag_no_case::<_, _, nom::error::Error<&str>>(lit)
                        .parse(input.as_str())
                        .ok();
                assert_eq!(ours, nom_says, "{lit:?} on {input:?}");
            }
        }
    }

    #[test]
    fn one_of_no_case_agrees_with_alt_of_tag_no_case() {
        const TABLE: [(&str, u8); 5] =
            [("May", 1), ("March", 2), ("ma", 3), ("Kilo", 4), ("kg", 5)];
        for (lit, _) in TABLE {
            for input in around(lit) {
                let ours = one_of_no_case(&TABLE)(&input).ok();
                // The grammar, with the Kelvin sign no letter (see
                // `tag_no_case_ascii`): nom on the text up to the sign.
                let ascii_end = input.find('\u{212A}').unwrap_or(input.len());
                let spec = TABLE.iter().find_map(|&(w, v)| {
                    nom::bytes::complete::tag_no_case::<_, _, nom::error::Error<&str>>(w)
                        .parse(&input[..ascii_end])
                        .ok()
                        .map(|(rest, _)| (rest.len(), v))
                });
                let ours_len = ours.map(|(rest, v)| (rest.len() - (input.len() - ascii_end), v));
                assert_eq!(ours_len, spec, "{input:?}");
            }
        }
    }
}
