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
