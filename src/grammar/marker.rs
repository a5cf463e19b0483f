//! Footnote markers, in every form the renderings use (DOMAIN.md §6):
//! `¹` (Unicode superscripts), `<sup>1</sup>` (HTML in markdown), `^1^`
//! (Pandoc's markdown), `$^{1}$` (LaTeX in markdown: `MinerU`, Nougat), `[^1]`
//! (markdown footnotes), `[footnoteRef:1]` and `[1: …]` (a Word file's
//! note and its text as `docx2python` exports them), `[1]` (Pandoc's plain
//! text, web pages copied as text), `*` (the sponsor
//! note), a number alone on its line (text extracted from a PDF), a number
//! and a slash (`1/`, the UN's older style: the General Assembly's
//! resolutions of the 1990s).

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{map, map_opt, opt, peek, recognize};
use nom::multi::many_m_n;
use nom::sequence::{delimited, terminated};
use nom::Parser;

use super::{number, PResult};
use crate::ast::FootnoteMarker;

/// The value of a superscript digit, or `None`.
pub(crate) const fn superscript_digit(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => None,
    }
}

/// `superscript_number = superscript_digit{1,4}`: `¹`, `¹²`.
pub(crate) fn superscript_number(input: &str) -> PResult<'_, FootnoteMarker> {
    map_opt(
        take_while_m_n(1, 4, |c| superscript_digit(c).is_some()),
        |digits: &str| {
            digits
                .chars()
                .try_fold(0u32, |acc, c| Some(acc * 10 + superscript_digit(c)?))
                .map(FootnoteMarker::Number)
        },
    )
    .parse(input)
}

/// `asterisks = "*"{1,4}`.
fn asterisks(input: &str) -> PResult<'_, FootnoteMarker> {
    map(take_while_m_n(1, 4, |c| c == '*'), |s: &str| {
        // At most 4 characters were taken, so the cast cannot truncate.
        FootnoteMarker::Asterisks(s.len() as u8)
    })
    .parse(input)
}

/// `sup_marker = "<sup>" (digit{1,4} | asterisks) "</sup>"`: `<sup>1</sup>`.
pub(crate) fn sup_marker(input: &str) -> PResult<'_, FootnoteMarker> {
    delimited(
        tag("<sup>"),
        alt((map(number(4), FootnoteMarker::Number), asterisks)),
        tag("</sup>"),
    )
    .parse(input)
}

/// `caret_sup = "^" (digit{1,4} | asterisks) "^"`: `^1^`, a raised number
/// as Pandoc's markdown writes one (a web page's `<sup>1</sup>`, a Word
/// file's superscript that is no note of Word's own).
pub(crate) fn caret_sup(input: &str) -> PResult<'_, FootnoteMarker> {
    delimited(
        char('^'),
        alt((map(number(4), FootnoteMarker::Number), asterisks)),
        char('^'),
    )
    .parse(input)
}

/// `latex_sup = "$" ["{}"] "^" ("{" space* (digit{1,4} | asterisks) space* "}" | digit) "$"`:
/// `$^{1}$`, `$^1$`, `${}^{2}$`, a raised number as the PDF converters
/// that write LaTeX into markdown set it (`MinerU`, Nougat, Mathpix).
pub(crate) fn latex_sup(input: &str) -> PResult<'_, FootnoteMarker> {
    let raised = alt((
        delimited(
            (char('{'), space0),
            alt((map(number(4), FootnoteMarker::Number), asterisks)),
            (space0, char('}')),
        ),
        map(number(1), FootnoteMarker::Number),
    ));
    delimited((char('$'), opt(tag("{}")), char('^')), raised, char('$')).parse(input)
}

/// `md_footnote_ref = "[^" digit{1,4} "]"`: `[^1]`.
pub(crate) fn md_footnote_ref(input: &str) -> PResult<'_, FootnoteMarker> {
    map(
        delimited(tag("[^"), number(4), char(']')),
        FootnoteMarker::Number,
    )
    .parse(input)
}

/// `bracket_ref = "[" digit{1,3} "]"`: `[1]`, how Pandoc's plain text and
/// web pages copied as text print a note's call (`… resolutions,[1]`) and
/// open its text (`[1] A/80/304.`). Inside running text it is a call only
/// against the word or sign before it (see the tokenizer): a bracketed
/// number set apart is text.
pub(crate) fn bracket_ref(input: &str) -> PResult<'_, FootnoteMarker> {
    map(
        delimited(char('['), number(3), char(']')),
        FootnoteMarker::Number,
    )
    .parse(input)
}

/// `word_footnote_ref = "[footnoteRef:" digit{1,4} "]"`: `[footnoteRef:3]`,
/// what `docx2python` writes where a Word file's note reference stood
/// (`… for 2021,[footnoteRef:3] [2: …`). Returns the note's number.
pub(crate) fn word_footnote_ref(input: &str) -> PResult<'_, u32> {
    delimited(tag("[footnoteRef:"), number(4), char(']')).parse(input)
}

/// `word_mark = "[" ("bookmark" | "image") ":" (not "]" or a line end)* "]"`:
/// what the Word export that writes `[footnoteRef:3]` writes for what
/// shows no text: a bookmark (`[bookmark: _GoBack]`, Word's own, where the
/// file was last edited) and an image (`[image: ]`, or
/// `[image: https://undocs.org/m2/QRCode2.ashx?DS=E/RES/2018/27…]`, the
/// page's QR code). Returns the whole mark.
pub(crate) fn word_mark(input: &str) -> PResult<'_, &str> {
    recognize((
        char('['),
        alt((tag("bookmark:"), tag("image:"))),
        take_while(|c| c != ']' && c != '\n' && c != '['),
        char(']'),
    ))
    .parse(input)
}

/// `word_note_open = "[" digit{1,4} ":" (" " | "\t")+`: the opening of a
/// note's text that `docx2python` writes inline, after the paragraph that
/// cites it (`[3: \t \tE/ESCWA/S-6/16.]`). Returns the note's number; the
/// note runs to the matching `]`. The white space after the colon tells it
/// from bracketed text such as a time (`[10:30]`).
pub(crate) fn word_note_open(input: &str) -> PResult<'_, u32> {
    delimited(char('['), number(4), (char(':'), space1)).parse(input)
}

/// `inline_marker = superscript_number | sup_marker | caret_sup | latex_sup
/// | md_footnote_ref | word_footnote_ref | bracket_ref`: a marker inside
/// running text.
pub(crate) fn inline_marker(input: &str) -> PResult<'_, FootnoteMarker> {
    alt((
        superscript_number,
        sup_marker,
        caret_sup,
        latex_sup,
        md_footnote_ref,
        map(word_footnote_ref, FootnoteMarker::Number),
        bracket_ref,
    ))
    .parse(input)
}

/// `escaped_asterisks = ("\\*"){1,4}`: asterisks as a markdown writer
/// escapes them (`Cuba:\*`, `\* On behalf of …`).
fn escaped_asterisks(input: &str) -> PResult<'_, FootnoteMarker> {
    map(many_m_n(1, 4, tag("\\*")), |stars: Vec<&str>| {
        // At most 4 were taken, so the cast cannot truncate.
        FootnoteMarker::Asterisks(stars.len() as u8)
    })
    .parse(input)
}

/// `footnote_start = (superscript_number | sup_marker | caret_sup | latex_sup) space*
///                 | md_footnote_ref ":" space*
///                 | bracket_ref space+ &note_text_open
///                 | (asterisks | escaped_asterisks) space+`
///
/// The start of a footnote text: `¹ A/CONF.157/24 …`, `<sup>2</sup> Resolution 55/2.`,
/// `[^3]: See …`, `[1] A/80/304.`, `* On behalf of …`, `\* On behalf of
/// …`. Returns the marker; the rest is the note.
pub(crate) fn footnote_start(input: &str) -> PResult<'_, FootnoteMarker> {
    alt((
        terminated(
            alt((superscript_number, sup_marker, caret_sup, latex_sup)),
            space0,
        ),
        terminated(md_footnote_ref, (char(':'), space0)),
        terminated(bracket_ref, (space1, peek(note_text_open))),
        terminated(alt((asterisks, escaped_asterisks)), space1),
    ))
    .parse(input)
}

/// A necessary condition of [`footnote_start`]: its first byte opens a
/// superscript digit (C2 for `¹²³`, E2 for `⁰⁴…⁹`), `<sup>`, `^1^`,
/// `$^{1}$`, `[^`, `*` or `\\*`. A fast guard for callers that try every
/// line; the grammar decides.
pub(crate) fn may_start_footnote(input: &str) -> bool {
    matches!(
        input.as_bytes().first(),
        Some(0xC2 | 0xE2 | b'<' | b'^' | b'$' | b'[' | b'*' | b'\\')
    )
}

/// A necessary condition of [`plain_note_start`] and [`lone_number`]: a
/// digit first. A fast guard; the grammars decide.
pub(crate) fn may_start_number(input: &str) -> bool {
    input.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// `plain_note_start = digit{1,3} ("/" " "+ note_text_open | " "* note_text_open | " "+ year " " upper)`:
/// a note printed with a plain number, as in the Council's compilations
/// (`11 Official Records of the Security Council, …`). Only meaningful
/// where notes are expected.
///
/// - The space may be missing: `PyMuPDF`, `pypdf` and `pdfminer` print a
///   superscript note number against its text (`11Official Records`,
///   `1Official Records`), as they print the marker against the word it
///   follows (`Korea11`). No count or date runs a capital into its digits.
/// - A note may be a web address alone (`31 https://newyorkconvention1958.org/.`),
///   the one lower-case start a note has.
/// - A note may open with a year naming a meeting (`6 2000 Review Conference
///   of the Parties …`, `2005 World Summit Outcome`), set apart from the
///   number.
/// - The UN's older style numbers a note with a slash (`1/  Resolution
///   41/128, annex.`, the General Assembly's resolutions of the 1990s as
///   un.org serves them): the slash, then the text set apart. No symbol
///   has a space after a slash, so `51/ 99` is no symbol's piece.
pub(crate) fn plain_note_start(input: &str) -> PResult<'_, FootnoteMarker> {
    terminated(
        map(number(3), FootnoteMarker::Number),
        alt((
            (char('/'), space1, peek(note_text_open)).map(|_| ()),
            (space0, peek(note_text_open)).map(|_| ()),
            (
                space1,
                peek((
                    alt((tag("19"), tag("20"))),
                    take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
                    char(' '),
                    take_while_m_n(1, 1, char::is_uppercase),
                )),
            )
                .map(|_| ()),
        )),
    )
    .parse(input)
}

/// `note_text_open = ("*" | "_"){0,2} (upper | "http" | "www.")`: how the
/// text of a note opens after its number. `1 _Official Records …_`: it may
/// open in emphasis (markdown renderings); a web address is the one
/// lower-case start a note has.
fn note_text_open(input: &str) -> PResult<'_, ()> {
    (
        take_while_m_n(0, 2, |c| c == '*' || c == '_'),
        alt((
            take_while_m_n(1, 1, char::is_uppercase),
            tag("http"),
            tag("www."),
        )),
    )
        .map(|_| ())
        .parse(input)
}

/// `lone_number = digit{1,3}`: a footnote number that PDF extraction put on a
/// line of its own (`1993` / `1` / `for enhancing`).
pub(crate) fn lone_number(input: &str) -> PResult<'_, u32> {
    number(3).parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::{run, run_all};

    const N1: FootnoteMarker = FootnoteMarker::Number(1);

    #[test]
    fn ok_escaped_asterisk_note_start() {
        assert_eq!(
            run(footnote_start, "\\* On behalf of the States"),
            Some((FootnoteMarker::Asterisks(1), "On behalf of the States"))
        );
        assert_eq!(
            run(footnote_start, "\\*\\* Reissued"),
            Some((FootnoteMarker::Asterisks(2), "Reissued"))
        );
    }
    #[test]
    fn ok_guards_are_necessary() {
        use crate::normalize::lines::{assert_guard_necessary, sample_lines};
        let lines = sample_lines();
        assert_guard_necessary(
            &lines,
            20,
            |line| run(footnote_start, line).is_some(),
            may_start_footnote,
        );
        assert_guard_necessary(
            &lines,
            50,
            |line| run(plain_note_start, line).is_some() || run(lone_number, line).is_some(),
            may_start_number,
        );
    }
    #[test]
    fn ok_superscript_number() {
        assert_eq!(run_all(superscript_number, "¹"), Some(N1));
        assert_eq!(
            run_all(superscript_number, "¹²"),
            Some(FootnoteMarker::Number(12))
        );
        assert_eq!(
            run_all(superscript_number, "⁶"),
            Some(FootnoteMarker::Number(6))
        );
    }
    #[test]
    fn ok_sup_marker() {
        assert_eq!(run_all(sup_marker, "<sup>1</sup>"), Some(N1));
        assert_eq!(
            run_all(sup_marker, "<sup>*</sup>"),
            Some(FootnoteMarker::Asterisks(1))
        );
    }
    #[test]
    fn ok_md_footnote_ref() {
        assert_eq!(run_all(md_footnote_ref, "[^1]"), Some(N1));
    }
    #[test]
    fn ok_word_footnote_ref() {
        assert_eq!(run_all(word_footnote_ref, "[footnoteRef:3]"), Some(3));
        assert_eq!(
            run_all(inline_marker, "[footnoteRef:12]"),
            Some(FootnoteMarker::Number(12))
        );
        assert_eq!(
            run(inline_marker, "[footnoteRef:1] and"),
            Some((N1, " and"))
        );
    }
    #[test]
    fn err_word_footnote_ref() {
        assert_eq!(run(word_footnote_ref, "[footnoteRef:]"), None);
        assert_eq!(run(word_footnote_ref, "[footnoteRef:12345]"), None);
        assert_eq!(run(word_footnote_ref, "[footnoteRef: 1]"), None);
        assert_eq!(run(word_footnote_ref, "[footnote:1]"), None);
    }
    #[test]
    fn ok_word_note_open() {
        assert_eq!(
            run(word_note_open, "[3: \t \tE/ESCWA/S-6/16.]"),
            Some((3, "E/ESCWA/S-6/16.]"))
        );
        assert_eq!(
            run(word_note_open, "[2:  General Assembly resolution 70/1.]"),
            Some((2, "General Assembly resolution 70/1.]"))
        );
    }
    #[test]
    fn err_word_note_open() {
        // Ordinary bracketed text: no number, or no white space after the colon.
        for text in [
            "[on the report of the Third Committee (A/74/394)]",
            "[without reference to a Main Committee]",
            "[A/80/L.5]",
            "[10:30]",
            "[1:x]",
            "[:1 x]",
            "[12345: x]",
            "[^1]: See",
        ] {
            assert_eq!(run(word_note_open, text), None, "{text}");
        }
    }
    #[test]
    fn err_md_link_is_not_a_marker() {
        assert_eq!(run_all(inline_marker, "[70/1](#)"), None);
    }
    #[test]
    fn ok_footnote_start_forms() {
        assert_eq!(
            run(footnote_start, "¹ A/CONF.157/24"),
            Some((N1, "A/CONF.157/24"))
        );
        assert_eq!(run(footnote_start, "<sup>1</sup> Res"), Some((N1, "Res")));
        assert_eq!(run(footnote_start, "[^1]: See"), Some((N1, "See")));
        assert_eq!(
            run(footnote_start, "[1] A/80/304."),
            Some((N1, "A/80/304."))
        );
        assert_eq!(
            run(footnote_start, "* On behalf"),
            Some((FootnoteMarker::Asterisks(1), "On behalf"))
        );
    }
    #[test]
    fn raised_number_forms() {
        assert_eq!(run_all(caret_sup, "^1^"), Some(N1));
        assert_eq!(
            run_all(caret_sup, "^*^"),
            Some(FootnoteMarker::Asterisks(1))
        );
        assert_eq!(run_all(latex_sup, "$^{1}$"), Some(N1));
        assert_eq!(
            run_all(latex_sup, "$^{ 12 }$"),
            Some(FootnoteMarker::Number(12))
        );
        assert_eq!(run_all(latex_sup, "$^1$"), Some(N1));
        assert_eq!(run_all(latex_sup, "${}^{1}$"), Some(N1));
        assert_eq!(
            run(footnote_start, "$^{1}$ A/80/304."),
            Some((N1, "A/80/304."))
        );
        assert_eq!(
            run(footnote_start, "^2^ See"),
            Some((FootnoteMarker::Number(2), "See"))
        );
        // A price or an exponent is no raised number of a note.
        assert_eq!(run(latex_sup, "$10"), None);
        assert_eq!(run(latex_sup, "$^{12}"), None);
        assert_eq!(run(caret_sup, "^1"), None);
        assert_eq!(run(latex_sup, "$x^{2}$"), None);
    }
    #[test]
    fn bracket_ref_forms() {
        assert_eq!(run_all(bracket_ref, "[1]"), Some(N1));
        assert_eq!(
            run(inline_marker, "[12] and"),
            Some((FootnoteMarker::Number(12), " and"))
        );
        // Not a number of a note: too long, not digits, or bracketed text
        // opening a line (`[2] to be completed`, lower case).
        assert_eq!(run(bracket_ref, "[2015]"), None);
        assert_eq!(run(bracket_ref, "[a]"), None);
        assert_eq!(run(footnote_start, "[2] to be completed"), None);
        assert_eq!(run(footnote_start, "[1]A/80/304"), None);
    }
    #[test]
    fn err_footnote_start_emphasis() {
        // `*Reaffirms*` opens emphasis, not a note.
        assert_eq!(run(footnote_start, "*Reaffirms* that"), None);
        assert_eq!(run(footnote_start, "**Eightieth session**"), None);
    }
    #[test]
    fn ok_plain_note_start() {
        assert_eq!(
            run(plain_note_start, "11 Official Records"),
            Some((FootnoteMarker::Number(11), "Official Records"))
        );
        assert_eq!(run(plain_note_start, "12 votes to 2"), None);
        // Glued, as PyMuPDF, pypdf and pdfminer print it.
        assert_eq!(
            run(plain_note_start, "22Adopted without vote."),
            Some((FootnoteMarker::Number(22), "Adopted without vote."))
        );
        assert_eq!(run(plain_note_start, "18th plenary meeting"), None);
        assert_eq!(run(plain_note_start, "2030 Agenda"), None);
        assert_eq!(run(plain_note_start, "2030Agenda"), None);
        // A year naming a meeting opens the note (A/RES/80/24).
        assert_eq!(
            run(plain_note_start, "6 2000 Review Conference of the Parties"),
            Some((
                FootnoteMarker::Number(6),
                "2000 Review Conference of the Parties"
            ))
        );
        assert_eq!(run(plain_note_start, "6 2000 delegates"), None);
        assert_eq!(run(plain_note_start, "6 20001 Review"), None);
        assert_eq!(run(plain_note_start, "62000 Review"), None);
        assert_eq!(
            run(plain_note_start, "31  https://newyorkconvention1958.org/."),
            Some((
                FootnoteMarker::Number(31),
                "https://newyorkconvention1958.org/."
            ))
        );
        assert_eq!(run(plain_note_start, "31 of the report"), None);
        assert_eq!(
            run(plain_note_start, "1 _Official Records_ (A/34/45)"),
            Some((FootnoteMarker::Number(1), "_Official Records_ (A/34/45)"))
        );
        assert_eq!(run(plain_note_start, "1 _see_ below"), None);
    }
    #[test]
    fn ok_slash_note_start() {
        // The older UN style (A/RES/51/99 as un.org serves it).
        assert_eq!(
            run(plain_note_start, "1/  Resolution 41/128, annex."),
            Some((N1, "Resolution 41/128, annex."))
        );
        assert_eq!(
            run(plain_note_start, "3/ E/CN.4/1990/9/Rev.1."),
            Some((FootnoteMarker::Number(3), "E/CN.4/1990/9/Rev.1."))
        );
    }
    #[test]
    fn err_slash_note_start_symbols() {
        // Symbols and their pieces: no space after the slash.
        for text in ["51/99", "619/Add.2", "1996/15 of 11 April 1996", "1/Rev.1"] {
            assert_eq!(run(plain_note_start, text), None, "{text}");
        }
        // The text after the slash opens as no note does: a symbol an
        // extractor spaced after its slash (`74/ 126 of 18 December`).
        assert_eq!(run(plain_note_start, "51/ of"), None);
        assert_eq!(run(plain_note_start, "74/ 126 of 18 December"), None);
    }
    #[test]
    fn ok_lone_number() {
        assert_eq!(run_all(lone_number, "4"), Some(4));
    }
    #[test]
    fn err_lone_number_year() {
        assert_eq!(run_all(lone_number, "1993"), None);
    }
}
