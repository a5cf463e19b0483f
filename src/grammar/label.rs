//! Paragraph labels: operative numbers (`12.`), subparagraph labels
//! (`(a)`, `(ii)`, `(aa)`) and dash items.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, one_of, satisfy, space0, space1};
use nom::combinator::{eof, map, map_opt, opt, peek, recognize};
use nom::sequence::{delimited, preceded, terminated};
use nom::Parser;

use super::{number, PResult};

/// `paragraph_number = digit{1,4} "\\"? "." (space+ | end)`: `12. Calls
/// upon …`, or `9.` alone on its line (pdftotext prints some numbers that
/// way); markdown writers escape the dot that would open a list (`1\.
/// Calls upon`, pandoc's).
///
/// `2022, 77/329` and `1.5 per cent` are not labels: the dot must be followed
/// by white space or the end of the line.
///
/// Spaces may stand between the number and its dot: layout extractors that
/// place each glyph run where the page sets it print the number and the dot
/// as two runs (`1 .       Reaffirms`, pypdf's layout mode on A/C.4/80/L.18).
/// No sentence sets a space before a full stop, so the gap is the
/// extractor's, not the text's.
///
/// The dot may touch the paragraph's first word where an export dropped
/// the tab the number stood before (`1.Welcomes the report …`, the
/// Human Rights Council's resolutions as docstore.ohchr.org serves them):
/// a capital letter after the dot, never a digit (`1.5`), is that word.
///
/// A markdown writer may set the number in bold or italics (`**1.**
/// *Reaffirms* …`): the line's opening marks are trimmed before the
/// grammar reads it (`bare`), and the closing ones after the dot are the
/// label's.
pub(crate) fn paragraph_number(input: &str) -> PResult<'_, u32> {
    terminated(
        number(4),
        (
            space0,
            opt(char('\\')),
            char('.'),
            closing_emphasis,
            alt((
                space1,
                eof,
                recognize(peek(satisfy(|c: char| c.is_ascii_uppercase()))),
            )),
        ),
    )
    .parse(input)
}

/// `programme_item = "Item" space+ paragraph_number`: an item of a Main
/// Committee's draft programme of work, numbered as an operative paragraph
/// is and set the same way (`Item 5.` / `Promotion and protection of the
/// rights of children:` / `(a) …`, A/C.3/80/L.60). Without it, the items
/// ran on into the subparagraph above them, and their own lists nested
/// under it.
pub(crate) fn programme_item(input: &str) -> PResult<'_, u32> {
    preceded((tag("Item"), space1), paragraph_number).parse(input)
}

/// `closing_emphasis = ("*" | "_"){0,3}`: the marks that close a label set
/// in bold or italics (`**1.**`, `*(a)*`).
fn closing_emphasis(input: &str) -> PResult<'_, &str> {
    take_while_m_n(0, 3, |c: char| c == '*' || c == '_').parse(input)
}

/// A necessary condition of [`paragraph_number`]: a digit first. A fast
/// guard for callers that try every line; the grammar decides.
pub(crate) fn may_be_paragraph_number(input: &str) -> bool {
    input.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// A necessary condition of [`subparagraph_label`]: `(` (or markdown's
/// escaped `\(`) or a dash first (`-`; `–`, `—` and `•` all open with the
/// byte E2 in UTF-8). A fast guard for callers that try every line; the
/// grammar decides.
pub(crate) fn may_be_subparagraph_label(input: &str) -> bool {
    matches!(input.as_bytes().first(), Some(b'(' | b'\\' | b'-' | 0xE2))
}

/// The printed shape of a subparagraph label, before the sequence decides
/// whether `(i)` is a letter or a Roman numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawLabel<'a> {
    /// `(a)`, `(ii)`, `(aa)`: lowercase letters in parentheses.
    Letters(&'a str),
    /// `(1)`: digits in parentheses.
    Digits(&'a str),
    /// `-`, `–`, `—`, `•`.
    Dash,
}

/// `subparagraph_label = ["\\"] "(" (lower{1,5} | digit{1,2}) ["\\"] ")"
/// closing_emphasis (space+ | end) | dash space+`, or a [`spaced_letters`]
/// label. Markdown writers escape a label's parentheses (`\(a\) To
/// continue …`, as they do `\(Part I\)` in a note) and may set it in
/// bold or italics (`**(a)**`).
pub(crate) fn subparagraph_label(input: &str) -> PResult<'_, RawLabel<'_>> {
    alt((
        terminated(
            delimited(
                (opt(char('\\')), char('(')),
                alt((
                    map(
                        take_while_m_n(1, 5, |c: char| c.is_ascii_lowercase()),
                        RawLabel::Letters,
                    ),
                    map(
                        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
                        RawLabel::Digits,
                    ),
                )),
                (opt(char('\\')), char(')'), closing_emphasis),
            ),
            alt((space1, eof)),
        ),
        map(terminated(one_of("-–—•"), peek(space1)), |_| {
            RawLabel::Dash
        }),
        map(
            terminated(spaced_letters, alt((space1, eof))),
            RawLabel::Letters,
        ),
    ))
    .parse(input)
}

/// Every letter label of two to five letters: doubled and tripled letters
/// (`aa`, `qqq`), then the Roman numerals up to `xxxix` that are not among
/// them. [`spaced_letters`] answers with one of these, so that the label it
/// reads is a plain string though its letters stand apart in the input.
const LETTER_LABELS: &str = "aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp qq rr ss tt uu vv ww \
    xx yy zz aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk lll mmm nnn ooo ppp qqq rrr sss ttt uuu \
    vvv www xxx yyy zzz iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xxi xxii xxiii \
    xxiv xxv xxvi xxvii xxix xxxi xxxii xxxiv xxxv xxxvi xxxix";

/// The single letters, for [`spaced_letters`].
const SINGLE_LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// `spaced_letters = "(" (space* lower){1,5} space* ")"`: a letter label
/// whose glyphs the extractor set apart, `(  b  )`, `(  i  i  i  )`, as
/// pypdf's layout mode prints a line the PDF sets letter-spaced (A/RES/79/75
/// para. 8). Its letters joined must be a label (a letter, a doubled letter,
/// a Roman numeral): `( see below )` is none.
fn spaced_letters(input: &str) -> PResult<'_, &str> {
    map_opt(
        delimited(
            char('('),
            take_while_m_n(1, 20, |c: char| c == ' ' || c.is_ascii_lowercase()),
            char(')'),
        ),
        |inner: &str| {
            let letters = || inner.bytes().filter(|&b| b != b' ');
            match letters().count() {
                1 => {
                    let at = usize::from(letters().next()?.checked_sub(b'a')?);
                    SINGLE_LETTERS.get(at..=at)
                }
                2..=5 => LETTER_LABELS.split(' ').find(|l| l.bytes().eq(letters())),
                _ => None,
            }
        },
    )
    .parse(input)
}

/// Value of a lowercase Roman numeral (`i` … `xxxix`), or `None`.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    // Only canonical forms: `iiii` or `vx` are not numerals.
    (total > 0 && to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 7] = [
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Position of a letter label in the letter sequence: `a` → 1, `z` → 26,
/// `aa` → 27, `qq` → 43; `None` for mixed letters such as `ab`.
pub(crate) fn letter_value(s: &str) -> Option<u32> {
    let first = s.chars().next()?;
    if !first.is_ascii_lowercase() || !s.chars().all(|c| c == first) {
        return None;
    }
    let len = u32::try_from(s.len()).ok()?;
    Some((len - 1) * 26 + (first as u32 - 'a' as u32) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::run;

    #[test]
    fn ok_guards_are_necessary() {
        use crate::normalize::lines::{assert_guard_necessary, sample_lines};
        let lines = sample_lines();
        assert_guard_necessary(
            &lines,
            50,
            |line| run(paragraph_number, line).is_some(),
            may_be_paragraph_number,
        );
        assert_guard_necessary(
            &lines,
            50,
            |line| run(subparagraph_label, line).is_some(),
            may_be_subparagraph_label,
        );
    }
    #[test]
    fn ok_paragraph_number() {
        assert_eq!(
            run(paragraph_number, "12. Calls upon"),
            Some((12, "Calls upon"))
        );
    }
    #[test]
    fn ok_paragraph_number_escaped() {
        assert_eq!(
            run(paragraph_number, "1\\. *Calls upon*"),
            Some((1, "*Calls upon*"))
        );
    }
    #[test]
    fn ok_paragraph_number_emphasised() {
        // `**1.** *Reaffirms*` once `bare` trimmed the opening marks.
        assert_eq!(
            run(paragraph_number, "1.** *Reaffirms* that"),
            Some((1, "*Reaffirms* that"))
        );
        assert_eq!(run(paragraph_number, "2._ Decides"), Some((2, "Decides")));
        assert_eq!(run(paragraph_number, "3.**Decides"), Some((3, "Decides")));
        // The marks are no word: `1.**x` is no label, as `1.x` is none.
        assert_eq!(run(paragraph_number, "1.**x"), None);
    }
    #[test]
    fn ok_paragraph_number_alone() {
        assert_eq!(run(paragraph_number, "9."), Some((9, "")));
    }
    #[test]
    fn ok_paragraph_number_dot_set_apart() {
        assert_eq!(
            run(paragraph_number, "1 .       Reaffirms          that"),
            Some((1, "Reaffirms          that"))
        );
    }
    #[test]
    fn ok_paragraph_number_touching_its_word() {
        assert_eq!(
            run(paragraph_number, "1.Welcomes the report"),
            Some((1, "Welcomes the report"))
        );
    }
    #[test]
    fn ok_programme_item() {
        assert_eq!(run(programme_item, "Item 1."), Some((1, "")));
        assert_eq!(
            run(programme_item, "Item 12. Revitalization of the work"),
            Some((12, "Revitalization of the work"))
        );
    }
    #[test]
    fn err_programme_item() {
        // An item cited in a sentence, or a label without its dot.
        assert_eq!(run(programme_item, "Item 12 of the agenda"), None);
        assert_eq!(run(programme_item, "Items 1. and 2."), None);
        assert_eq!(run(programme_item, "item 3."), None);
        assert_eq!(run(programme_item, "Item 71 (b)"), None);
    }
    #[test]
    fn err_paragraph_number_touching_lower_case() {
        // `1.e` is no label: only a capital opens a paragraph's text.
        assert_eq!(run(paragraph_number, "1.e. the case"), None);
    }
    #[test]
    fn err_paragraph_number_in_citation() {
        assert_eq!(
            run(paragraph_number, "2022, 77/329 of 25 August 2023"),
            None
        );
        assert_eq!(run(paragraph_number, "1.5 per cent"), None);
    }
    #[test]
    fn ok_subparagraph_label_letter() {
        assert_eq!(
            run(subparagraph_label, "(a) To"),
            Some((RawLabel::Letters("a"), "To"))
        );
    }
    #[test]
    fn ok_subparagraph_label_escaped_or_emphasised() {
        assert_eq!(
            run(subparagraph_label, "\\(a\\) To continue"),
            Some((RawLabel::Letters("a"), "To continue"))
        );
        assert_eq!(
            run(subparagraph_label, "\\(iv) To"),
            Some((RawLabel::Letters("iv"), "To"))
        );
        assert_eq!(
            run(subparagraph_label, "(b)** To"),
            Some((RawLabel::Letters("b"), "To"))
        );
        assert_eq!(run(subparagraph_label, "\\(Part I\\), chap."), None);
    }
    #[test]
    fn ok_subparagraph_label_double_letter() {
        assert_eq!(
            run(subparagraph_label, "(qq) x"),
            Some((RawLabel::Letters("qq"), "x"))
        );
    }
    #[test]
    fn ok_subparagraph_label_dash() {
        assert_eq!(
            run(subparagraph_label, "– item"),
            Some((RawLabel::Dash, " item"))
        );
    }
    #[test]
    fn ok_subparagraph_label_letter_spaced() {
        assert_eq!(
            run(subparagraph_label, "(  b  )   To"),
            Some((RawLabel::Letters("b"), "To"))
        );
        assert_eq!(
            run(subparagraph_label, "(  i  i  i  )  T  h  e"),
            Some((RawLabel::Letters("iii"), "T  h  e"))
        );
        assert_eq!(
            run(subparagraph_label, "( x x v i i )"),
            Some((RawLabel::Letters("xxvii"), ""))
        );
    }
    #[test]
    fn err_subparagraph_label_spaced_words() {
        assert_eq!(run(subparagraph_label, "( see below ) x"), None);
        assert_eq!(run(subparagraph_label, "(  a  b  ) x"), None);
    }
    #[test]
    fn err_subparagraph_label_capital() {
        assert_eq!(run(subparagraph_label, "(A/80/545, para. 5)"), None);
    }
    #[test]
    fn err_subparagraph_label_glued() {
        assert_eq!(run(subparagraph_label, "(a)bc"), None);
    }
    #[test]
    fn ok_roman_value() {
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(roman_value("i"), Some(1));
    }
    #[test]
    fn err_roman_value() {
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(roman_value("a"), None);
        assert_eq!(roman_value("vx"), None);
    }
    #[test]
    fn ok_letter_value() {
        assert_eq!(letter_value("a"), Some(1));
        assert_eq!(letter_value("aa"), Some(27));
        assert_eq!(letter_value("qq"), Some(43));
    }
    #[test]
    fn err_letter_value_mixed() {
        assert_eq!(letter_value("ab"), None);
    }
}
