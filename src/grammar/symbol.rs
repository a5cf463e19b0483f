//! Document symbols as printed: `A/C.3/80/L.35`, `A/RES/80/204`, `S/RES/1445 (2002)`.
//!
//! The full typed grammar (organ, session, suffixes) is the subject of a later
//! stage; here a symbol is recognised by its shape (DOMAIN.md §7):
//! `series ("/" part)+ [" (" year ")"]`.

use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{opt, recognize, verify};
use nom::multi::many1;
use nom::sequence::{delimited, preceded};
use nom::Parser;

use super::PResult;

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

/// `document_symbol = series ("/" part)+ [" (" digit{4} ")"]`.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::run_all;

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
}
