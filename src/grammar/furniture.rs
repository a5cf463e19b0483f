//! Page furniture: lines that printing adds around the text and that belong
//! to no part of the resolution (DOMAIN.md §8).

use nom::branch::alt;
use nom::bytes::complete::{tag, take_until, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{opt, recognize, rest, value, verify};
use nom::multi::many_m_n;
use nom::sequence::terminated;
use nom::Parser;

use super::{number, run, run_all, tag_no_case_ascii, PResult};
use crate::error::DropReason;

/// `job_number = ["GE." | "V."] yy "-" nnnnn [" (E)"] [" " ddmmyy …]`: the
/// print job number at the foot of page 1 (`25-20958 (E)`) and later pages
/// (`25-20958`); Geneva and Vienna print theirs with an office prefix and
/// the language glued (`GE.23-06595(E)`, the Human Rights Council's).
fn job_number(input: &str) -> PResult<'_, ()> {
    value(
        (),
        (
            job_code,
            many_m_n(0, 3, (space1, take_while1(|c: char| c.is_ascii_digit()))),
        ),
    )
    .parse(input)
}

/// The text glued to a job number that opens `line` (`25-20958Enhancement
/// of …` → `Enhancement of …`), where some follows it with no space: the
/// caller decides whether that text is furniture too.
pub(crate) fn job_number_glued(line: &str) -> Option<&str> {
    glued_after(job_number, line)
}

/// The text glued to a page counter that opens `line` (`2/4Resolution 794
/// (1992)` → `Resolution 794 (1992)`), as [`job_number_glued`].
pub(crate) fn page_counter_glued(line: &str) -> Option<&str> {
    glued_after(page_counter, line)
}

/// The text right after what `item` reads at the start of `line` (which
/// opens with a digit, as every such item does), where it follows with no
/// white space.
fn glued_after<'a>(item: fn(&'a str) -> PResult<'a, ()>, line: &'a str) -> Option<&'a str> {
    if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    run(item, line)
        .map(|(_, rest)| rest)
        .filter(|rest| rest.starts_with(|c: char| !c.is_whitespace()))
}

/// `job_code = ["GE." | "V."] yy "-" nnnnn [" (E)"]`: [`job_number`]
/// without the date stamp.
fn job_code(input: &str) -> PResult<'_, ()> {
    value(
        (),
        (
            opt(alt((tag("GE."), tag("V.")))),
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
            char('-'),
            take_while_m_n(5, 5, |c: char| c.is_ascii_digit()),
            opt((
                space0,
                tag("("),
                take_while1(|c: char| c.is_ascii_uppercase()),
                tag(")"),
            )),
        ),
    )
    .parse(input)
}

/// `page_foot = [page_counter " "+] job_code (" "+ (barcode | page_counter
/// | job_date)){0,3} (" " | end)`: a page's foot in a text whose lines were
/// run together (`… sect. A. 25-20958 (E) *2520958* Enhancement of …`,
/// `… sect. A. 2/4 25-20958 Enhancement of …`: pdftotext's page foot with
/// the white space collapsed). Returns the foot.
///
/// Or the page's date stamp and barcode alone (`… Amend.1. 040124
/// *2326245* A/RES/78/255 …`: pdftotext sets the job number between a
/// note's number and its text, and the rest of the foot after the note).
pub(crate) fn page_foot(input: &str) -> PResult<'_, &str> {
    let end = || nom::combinator::peek(alt((space1, nom::combinator::eof)));
    terminated(
        alt((
            recognize((
                opt((page_counter, space1)),
                job_code,
                many_m_n(
                    0,
                    3,
                    (
                        space1,
                        alt((barcode, marked_barcode, page_counter, job_date)),
                        end(),
                    ),
                ),
            )),
            recognize((opt((job_date, space1)), alt((barcode, marked_barcode)))),
        )),
        end(),
    )
    .parse(input)
}

/// `job_then_page = job_code " "+ page_counter`: the job number and the
/// page counter on one line, as pypdf prints a page's foot (`25-20856
/// 2/12`); a line of furniture is named by its first item, as `-layout`
/// cells are.
fn job_then_page(input: &str) -> PResult<'_, ()> {
    value((), (job_code, space1, page_counter)).parse(input)
}

/// `page_then_job = page_counter " "+ job_code`: `3/12 25-20856`, as
/// [`job_then_page`].
fn page_then_job(input: &str) -> PResult<'_, ()> {
    value((), (page_counter, space1, job_code)).parse(input)
}

/// `job_stamp_then_words = job_code " "+ job_date " "{2,} word (" " word){0,2}`:
/// a first page's foot as a layout extraction prints it, the words of the
/// recycling logo in a cell of their own beside the job number and its
/// date stamp (`22-09852 (E)      230622      Pleese recycle`, S/2022/501 as
/// the `UNBench` dataset holds it); a line of furniture is named by its first
/// item, as `-layout` cells are. The stamp's date keeps a sentence out.
fn job_stamp_then_words(input: &str) -> PResult<'_, ()> {
    let logo_words = |t: &str| {
        let words = t.split_whitespace().count();
        (1..=3).contains(&words) && t.chars().all(|c| c.is_alphabetic() || c == ' ')
    };
    value(
        (),
        (
            job_code,
            space1,
            job_date,
            tag("  "),
            space0,
            verify(rest, logo_words),
        ),
    )
    .parse(input)
}

/// `job_date = ddmmyy`: the date stamp that pdftotext may print apart from
/// its job number (`25-15826 (E)` / `171025`).
fn job_date(input: &str) -> PResult<'_, ()> {
    value((), take_while_m_n(6, 6, |c: char| c.is_ascii_digit())).parse(input)
}

/// `barcode = "*" digit{7,} "*"`: `*2520958*`.
fn barcode(input: &str) -> PResult<'_, ()> {
    value(
        (),
        (
            char('*'),
            take_while_m_n(7, 12, |c: char| c.is_ascii_digit()),
            char('*'),
        ),
    )
    .parse(input)
}

/// `marked_barcode = ("*" | "_")* digit{7,12} ("*" | "_")*`, with a `*`
/// on each side: a [`barcode`] in markdown emphasis, as pymupdf4llm sets
/// it (`**_*2520856*_**`).
fn marked_barcode(input: &str) -> PResult<'_, ()> {
    let mark = |c: char| c == '*' || c == '_';
    value(
        (),
        verify(
            recognize((
                take_while1(mark),
                take_while_m_n(7, 12, |c: char| c.is_ascii_digit()),
                take_while1(mark),
            )),
            |s: &str| {
                s.trim_start_matches('_').starts_with('*') && s.trim_end_matches('_').ends_with('*')
            },
        ),
    )
    .parse(input)
}

/// `page_counter = n "/" n`, with the first not greater than the second: `2/4`.
pub(crate) fn page_counter(input: &str) -> PResult<'_, ()> {
    let (rest, (page, _, pages)) = (number(4), char('/'), number(4)).parse(input)?;
    if page == 0 || page > pages {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, ()))
}

/// `rule = "_"{3,} | "-"{3,} | "*"{3,}`: the footnote separator
/// (`__________________`) and markdown page rules (`---`).
fn rule(input: &str) -> PResult<'_, ()> {
    value(
        (),
        alt((
            take_while_m_n(3, usize::MAX, |c| c == '_'),
            take_while_m_n(3, usize::MAX, |c| c == '-'),
            recognize(many_m_n(3, usize::MAX, (char('*'), space0))),
        )),
    )
    .parse(input)
}

/// `url = ("http://" | "https://") non-space+`, not ending in `.`, `,` or
/// `;`: link targets that pdftotext prints on their own line
/// (`http://undocs.org/A/70/53`). A printed link target is the bare
/// address; one that ends a sentence is text citing the site, a footnote's
/// whole text (`31` / `https://newyorkconvention1958.org/.`, A/C.6/80/L.10).
fn url(input: &str) -> PResult<'_, ()> {
    value(
        (),
        verify(
            recognize((
                alt((tag_no_case_ascii("http://"), tag_no_case_ascii("https://"))),
                take_while1(|c: char| !c.is_whitespace()),
            )),
            |u: &str| !u.ends_with(['.', ',', ';']),
        ),
    )
    .parse(input)
}

/// `page_break_mark = "{" digit{1,4} "}" "-"{3,}`: the page break that
/// marker's paginated markdown writes (`{1}------…`), the page's number
/// in braces.
fn page_break_mark(input: &str) -> PResult<'_, ()> {
    value(
        (),
        (
            char('{'),
            number(4),
            char('}'),
            take_while_m_n(3, usize::MAX, |c| c == '-'),
        ),
    )
    .parse(input)
}

/// `markup_only = "<!--" text "-->" | image [attributes] | html_image |
/// attributes_tail | (word_mark space*)+`: an HTML comment, a markdown
/// image, a Word export's marks (`[image: ]`, `[bookmark: _GoBack]`), alone
/// on its line: nothing of the text. Pandoc writes a Word file's image
/// with its size (`![](media/image1.png){width="0.85in"` / `height="0.7in"}`,
/// the emblem of a UN document converted to markdown) or as HTML (`<img
/// src="media/image1.png" style="…"` / `alt="" />`), and wraps either at
/// its attributes: each line is markup, the one that opens it and the one
/// that closes it.
fn markup_only(input: &str) -> PResult<'_, ()> {
    let word_marks = many_m_n(1, usize::MAX, terminated(super::marker::word_mark, space0));
    let comment = (tag("<!--"), take_until("-->"), tag("-->"));
    let image = (
        tag("!["),
        take_while(|c| c != ']' && c != '['),
        tag("]("),
        take_while1(|c: char| c != ')' && !c.is_whitespace()),
        char(')'),
        opt((char('{'), attributes(0), opt(char('}')))),
    );
    let html_image = (
        alt((tag("<img"), tag("<IMG"))),
        space1,
        attributes(0),
        opt(html_close),
    );
    let attributes_tail = (attributes(1), alt((tag("}"), html_close)));
    alt((
        value((), comment),
        value((), image),
        value((), html_image),
        value((), attributes_tail),
        value((), word_marks),
    ))
    .parse(input)
}

/// `attributes = (name "=" quoted space*){min,}`: Pandoc's attributes of
/// an image (`width="0.85in" height="0.7in"`), or an HTML tag's (`src="…"
/// alt=""`).
fn attributes<'a>(
    min: usize,
) -> impl Parser<&'a str, Output = (), Error = nom::error::Error<&'a str>> {
    let name = take_while1(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let quoted = (char('"'), take_while(|c| c != '"'), char('"'));
    value(
        (),
        many_m_n(min, usize::MAX, (name, char('='), quoted, space0)),
    )
}

/// `html_close = "/>" | ">"`.
fn html_close(input: &str) -> PResult<'_, &str> {
    alt((tag("/>"), tag(">"))).parse(input)
}

/// `printing_note = "Please recycle"`.
fn printing_note(input: &str) -> PResult<'_, ()> {
    value((), tag_no_case_ascii("Please recycle")).parse(input)
}

/// Whether a whole (trimmed) line is page furniture, and which.
///
/// Running heads need the document's symbol and title, so they are
/// recognised by the blocks stage, not here.
pub(crate) fn furniture_line(line: &str) -> Option<DropReason> {
    // A line that opens with printable ASCII opens so trimmed too: the
    // guard's first byte is known before the (Unicode) trim.
    if line
        .as_bytes()
        .first()
        .is_some_and(|&b| (b'!'..=b'~').contains(&b) && !may_open_furniture(b))
    {
        return None;
    }
    let line = line.trim();
    // Every line of a page is tried here: most are text, and a look at the
    // first byte turns them away before any parser runs.
    if !may_be_furniture(line) {
        return None;
    }
    let glued_symbol = |rest: &str| run_all(super::symbol::document_symbol, rest).is_some();
    if run_all(job_number, line).is_some()
        || run_all(job_date, line).is_some()
        || run_all(job_then_page, line).is_some()
        || run_all(job_stamp_then_words, line).is_some()
        // `23-21227A/C.3/78/L.41`: the job number glued to the running head.
        || run(job_number, line).is_some_and(|(_, rest)| glued_symbol(rest))
        // `25-20856 (E) **_*2520856*_**`: with the page's barcode (pymupdf4llm).
        || run(job_number, line)
            .is_some_and(|(_, rest)| run_all(marked_barcode, rest.trim_start()).is_some())
    {
        Some(DropReason::JobNumber)
    } else if run_all(barcode, line).is_some()
        || run_all(marked_barcode, line).is_some()
        || run(barcode, line)
            .is_some_and(|(_, rest)| run_all(super::symbol::document_symbol, rest).is_some())
    {
        // `*2321227*A/C.3/78/L.41`: the barcode glued to the running head.
        Some(DropReason::Barcode)
    } else if run_all(page_counter, line).is_some()
        || run_all(page_then_job, line).is_some()
        || run(page_counter, line).is_some_and(|(_, rest)| glued_symbol(rest))
    {
        // `3/9A/C.3/78/L.41`: the page counter glued to the running head.
        Some(DropReason::PageNumber)
    } else if run_all(rule, line).is_some() || run_all(page_break_mark, line).is_some() {
        Some(DropReason::Separator)
    } else if run_all(markup_only, line).is_some() {
        Some(DropReason::Markup)
    } else if run_all(url, line).is_some() {
        Some(DropReason::Url)
    } else if run_all(printing_note, line).is_some() {
        Some(DropReason::PrintingNote)
    } else {
        None
    }
}

/// A necessary condition of [`furniture_line`] on a trimmed line, from the
/// first bytes of each form: a job number opens with two digits and `-`, a
/// page counter with at most four digits and `/`, a job date is six digits
/// alone (`GE.` or `V.` and a digit before the job number of an office away
/// from New York); a barcode opens with `*` and a digit, a rule with three
/// of `_` or `-`, or two `*` (spaces between); a URL with `http`, the
/// printing note with `please`, either case; a Word export's mark with
/// `[image:` or `[bookmark:`. A fast guard only: the grammars above decide.
/// Paragraph numbers (`12.`), emphasis (`*Recalling*`, `_x_`) and dashes
/// (`- item`) open many lines and stop here.
pub(crate) fn may_be_furniture(line: &str) -> bool {
    let b = line.as_bytes();
    let starts_no_case = |p: &[u8]| b.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    match b.first() {
        Some(b'0'..=b'9') => {
            let n = b.iter().take(7).take_while(|c| c.is_ascii_digit()).count();
            match b.get(n) {
                Some(b'-') => n == 2,
                Some(b'/') => n <= 4,
                None => n == 6,
                Some(_) => false,
            }
        }
        Some(b'*') => {
            let next = b.iter().skip(1).find(|&&c| c != b' ' && c != b'\t');
            b.get(1).is_some_and(u8::is_ascii_digit) || next == Some(&b'*')
        }
        Some(&c @ (b'_' | b'-')) => b.get(1) == Some(&c) && b.get(2) == Some(&c),
        Some(b'h' | b'H') => starts_no_case(b"http") || opens_attribute(b),
        Some(b'{') => b.get(1).is_some_and(u8::is_ascii_digit),
        Some(b'<') => b.starts_with(b"<!--") || b.starts_with(b"<img") || b.starts_with(b"<IMG"),
        Some(b'!') => b.starts_with(b"!["),
        Some(b'[') => b.starts_with(b"[image:") || b.starts_with(b"[bookmark:"),
        Some(b'p' | b'P') => starts_no_case(b"please") || opens_attribute(b),
        // A Geneva or Vienna job number: `GE.23-06595(E)`, `V.23-12345`.
        Some(b'G') => b.starts_with(b"GE.") && b.get(3).is_some_and(u8::is_ascii_digit),
        Some(b'V') => b.starts_with(b"V.") && b.get(2).is_some_and(u8::is_ascii_digit),
        Some(b'a'..=b'z') => opens_attribute(b),
        _ => false,
    }
}

/// Whether `b` opens with an attribute (`height="`, `alt="`): an image's
/// attributes wrapped to a line of their own (`height="0.7in"}`).
fn opens_attribute(b: &[u8]) -> bool {
    let name = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b'_')
        .count();
    name > 0 && b.get(name) == Some(&b'=') && b.get(name + 1) == Some(&b'"')
}

/// The first bytes [`may_be_furniture`] lets through.
fn may_open_furniture(b: u8) -> bool {
    matches!(
        b,
        b'0'..=b'9'
            | b'*'
            | b'_'
            | b'-'
            | b'h'
            | b'H'
            | b'p'
            | b'P'
            | b'G'
            | b'V'
            | b'{'
            | b'<'
            | b'!'
            | b'['
            | b'a'..=b'z'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forms of [`furniture_line`], tried without its guard.
    fn unguarded(line: &str) -> bool {
        let line = line.trim();
        let symbol = |rest: &str| run_all(super::super::symbol::document_symbol, rest).is_some();
        run_all(job_number, line).is_some()
            || run_all(job_date, line).is_some()
            || run(job_number, line).is_some_and(|(_, r)| symbol(r))
            || run(job_number, line)
                .is_some_and(|(_, r)| run_all(marked_barcode, r.trim_start()).is_some())
            || run_all(barcode, line).is_some()
            || run_all(marked_barcode, line).is_some()
            || run(barcode, line).is_some_and(|(_, r)| symbol(r))
            || run_all(page_counter, line).is_some()
            || run_all(job_then_page, line).is_some()
            || run_all(job_stamp_then_words, line).is_some()
            || run_all(page_then_job, line).is_some()
            || run(page_counter, line).is_some_and(|(_, r)| symbol(r))
            || run_all(rule, line).is_some()
            || run_all(page_break_mark, line).is_some()
            || run_all(markup_only, line).is_some()
            || run_all(url, line).is_some()
            || run_all(printing_note, line).is_some()
    }

    #[test]
    fn ok_guard_is_necessary() {
        // Each piece of each sample line: a form the guard turned away would
        // be furniture lost.
        crate::normalize::lines::assert_guard_necessary(
            &crate::normalize::lines::sample_lines(),
            50,
            unguarded,
            |line| may_be_furniture(line.trim()),
        );
    }

    #[test]
    fn ok_untrimmed_guard_is_necessary() {
        // `furniture_line` looks at the first byte before trimming: with
        // white space around, every form is still found.
        for line in crate::normalize::lines::sample_lines() {
            for l in [line.clone(), format!(" {line} "), format!("\u{a0}{line}")] {
                assert_eq!(furniture_line(&l).is_some(), unguarded(&l), "{l:?}");
            }
        }
    }

    #[test]
    fn ok_job_number_first_page() {
        assert_eq!(furniture_line("25-20958 (E)"), Some(DropReason::JobNumber));
    }
    #[test]
    fn ok_job_number_with_date() {
        assert_eq!(
            furniture_line("25-17758 (E)    101125"),
            Some(DropReason::JobNumber)
        );
    }
    #[test]
    fn ok_job_number_later_page() {
        assert_eq!(furniture_line("25-20958"), Some(DropReason::JobNumber));
    }
    #[test]
    fn ok_job_number_of_an_office_away() {
        for line in [
            "GE.23-06595(E)",
            "GE.23-06595 (E)",
            "V.23-12345 (E)",
            "GE.23-06595",
        ] {
            assert_eq!(furniture_line(line), Some(DropReason::JobNumber), "{line}");
        }
        for line in ["V.", "V. Risk assessment", "GE.", "General Assembly"] {
            assert_eq!(furniture_line(line), None, "{line}");
        }
    }
    #[test]
    fn ok_job_stamp_then_logo_words() {
        for line in [
            "22-09852 (E)      230622                      Pleese recycle",
            "25-17758 (E)    101125    Please recycle",
        ] {
            assert_eq!(furniture_line(line), Some(DropReason::JobNumber), "{line}");
        }
    }
    #[test]
    fn err_job_stamp_then_text() {
        for line in [
            "22-09852 (E) 230622 Please recycle",
            "22-09852 (E)      230622      Decides to extend the mandate until",
            "22-09852 (E)      Please recycle",
        ] {
            assert_eq!(furniture_line(line), None, "{line}");
        }
    }
    #[test]
    fn ok_job_date_alone() {
        assert_eq!(furniture_line("171025"), Some(DropReason::JobNumber));
    }
    #[test]
    fn ok_barcode() {
        assert_eq!(furniture_line("*2520958*"), Some(DropReason::Barcode));
    }
    #[test]
    fn ok_job_number_glued() {
        assert_eq!(
            job_number_glued("25-20958Enhancement of international"),
            Some("Enhancement of international")
        );
        assert_eq!(job_number_glued("25-20958 (E)"), None);
        assert_eq!(job_number_glued("25-20958"), None);
        assert_eq!(job_number_glued("Enhancement"), None);
        assert_eq!(
            page_counter_glued("2/4Resolution 794 (1992)"),
            Some("Resolution 794 (1992)")
        );
        assert_eq!(page_counter_glued("2/4 Resolution"), None);
        assert_eq!(page_counter_glued("4/2Resolution"), None);
    }
    #[test]
    fn ok_barcode_in_emphasis() {
        assert_eq!(furniture_line("**_*2520856*_**"), Some(DropReason::Barcode));
        assert_eq!(
            furniture_line("25-20856 (E) **_*2520856*_**"),
            Some(DropReason::JobNumber)
        );
        assert_eq!(
            furniture_line("25-18255 (E)    181125 **_*2518255*_**"),
            Some(DropReason::JobNumber)
        );
        assert_eq!(furniture_line("**2520856** copies"), None);
        assert_eq!(furniture_line("_2520856_"), None);
    }
    #[test]
    fn ok_barcode_glued_to_symbol() {
        assert_eq!(
            furniture_line("*2321227*A/C.3/78/L.41"),
            Some(DropReason::Barcode)
        );
    }
    #[test]
    fn ok_job_number_glued_to_symbol() {
        assert_eq!(
            furniture_line("23-21227A/C.3/78/L.41"),
            Some(DropReason::JobNumber)
        );
    }
    #[test]
    fn ok_page_counter_glued_to_symbol() {
        assert_eq!(
            furniture_line("3/9A/C.3/78/L.41"),
            Some(DropReason::PageNumber)
        );
    }
    #[test]
    fn ok_page_foot() {
        for line in ["25-20856 2/12", "25-20856 (E) 1/12"] {
            assert_eq!(furniture_line(line), Some(DropReason::JobNumber), "{line}");
        }
        assert_eq!(
            furniture_line("3/12 25-20856"),
            Some(DropReason::PageNumber)
        );
        for line in ["25-20856 12/2", "2/12 of the report", "25-20856 and 2/12"] {
            assert_eq!(furniture_line(line), None, "{line}");
        }
    }
    #[test]
    fn ok_page_counter() {
        assert_eq!(furniture_line("2/4"), Some(DropReason::PageNumber));
    }
    #[test]
    fn ok_rules() {
        assert_eq!(
            furniture_line("__________________ "),
            Some(DropReason::Separator)
        );
        assert_eq!(furniture_line("---"), Some(DropReason::Separator));
        assert_eq!(
            furniture_line("{12}------------------------------------------------"),
            Some(DropReason::Separator)
        );
        assert_eq!(furniture_line("<!-- image -->"), Some(DropReason::Markup));
        assert_eq!(
            furniture_line("![](_page_0_Picture_1.jpeg)"),
            Some(DropReason::Markup)
        );
        assert_eq!(
            furniture_line("![UN emblem](images/a1.jpg)"),
            Some(DropReason::Markup)
        );
        // Text around them, or a text that merely opens so, is text.
        assert_eq!(furniture_line("<!-- image --> Recalling"), None);
        assert_eq!(furniture_line("![](a.jpg) and more"), None);
        assert_eq!(furniture_line("{1} Decides"), None);
        assert_eq!(furniture_line("<sup>1</sup> A/80/304."), None);
    }
    #[test]
    fn ok_url() {
        assert_eq!(
            furniture_line("http://undocs.org/A/70/53"),
            Some(DropReason::Url)
        );
    }
    #[test]
    fn err_url_ending_a_sentence_is_text() {
        // A footnote whose text is an address (A/C.6/80/L.10, note 31).
        assert_eq!(furniture_line("https://newyorkconvention1958.org/."), None);
        assert_eq!(
            furniture_line("https://newyorkconvention1958.org/"),
            Some(DropReason::Url)
        );
    }
    #[test]
    fn err_page_counter_past_its_total() {
        // A page counter never exceeds its total: `5/3` is not one.
        assert_eq!(furniture_line("5/3"), None);
    }
    #[test]
    fn err_text_is_not_furniture() {
        assert_eq!(furniture_line("Resolution 55/2."), None);
        assert_eq!(furniture_line("* On behalf of the States"), None);
    }

    #[test]
    fn ok_page_foot_in_run_in_text() {
        let foot = |s| run(page_foot, s).map(|(f, _)| f);
        assert_eq!(
            foot("25-20958 (E) *2520958* Enhancement"),
            Some("25-20958 (E) *2520958*")
        );
        assert_eq!(foot("2/4 25-20958 Enhancement"), Some("2/4 25-20958"));
        assert_eq!(foot("25-19432 2/3 Reaffirming"), Some("25-19432 2/3"));
        assert_eq!(foot("25-20958"), Some("25-20958"));
        assert_eq!(
            foot("040124 *2326245* A/RES/78/255"),
            Some("040124 *2326245*")
        );
        assert_eq!(foot("*2326245* A/RES"), Some("*2326245*"));
        assert_eq!(foot("040124 people"), None);
        assert!(run(page_foot, "2/4 and").is_none());
        assert!(run(page_foot, "25-209581 people").is_none());
        assert!(run(page_foot, "2015-2030 period").is_none());
    }
}
