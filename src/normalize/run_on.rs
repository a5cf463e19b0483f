//! What an extractor ran into one line: numbered paragraphs, and the mark
//! of a page's end.
//!
//! Some extractors join each paragraph's lines into one, and now and then
//! run the next paragraph into it too: `5. We also recognize … trafficking
//! in persons.8 6. We recall the Global Compact …` (the text of A/RES/80/9
//! by a conversion pipeline). A UN editor's rule: paragraph 5 never holds
//! `6.` opening a sentence. So a line that opens with its number `N.` is
//! cut before ` N+1. ` where that follows the end of a sentence (`.`, `;`
//! or `:`, a note's number maybe glued to it) and opens a capitalised
//! word; the rest is a line of its own, cut again before ` N+2. `.
//!
//! The same pipeline marks where a page ended inside a paragraph with
//! ` ---` at the end of its line (`… at the national, regional and
//! international ---`, then the page's notes, then `levels, on the role
//! …`): the mark is cut off into a line of its own, a rule the layout
//! drops, so that the paragraph's text runs on without it.

use super::Line;

/// The longest paragraph number read (`999.`): more digits are no
/// paragraph's.
const MAX_NUMBER_DIGITS: usize = 3;

/// The longest note number glued to a sentence's end (`persons.8`,
/// `Goals.123`).
const MAX_MARKER_DIGITS: usize = 3;

/// The page's end mark: a markdown rule.
const PAGE_MARK: &str = " ---";

/// `lines` with every numbered paragraph run into the line of the one
/// before, and every page's end mark closing a line, cut off into a line of
/// its own. Lines are borrowed as they were; a new vector is made only
/// where a line is cut.
pub(crate) fn split_run_on_paragraphs(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let cut = |l: &Line<'_>| run_on_at(l.text).is_some() || page_mark_at(l.text).is_some();
    let Some(first) = lines.iter().position(cut) else {
        return lines;
    };
    let mut out = Vec::with_capacity(lines.len() + 8);
    out.extend_from_slice(&lines[..first]);
    for line in &lines[first..] {
        let mut line = *line;
        let mut mark = None;
        if let Some(q) = page_mark_at(line.text) {
            let (body, rest) = line.cut_at(q, false);
            (line, mark) = (body, Some(rest));
        }
        while let Some(q) = run_on_at(line.text) {
            let (body, rest) = line.cut_at(q, false);
            out.push(body);
            line = rest;
        }
        out.push(line);
        out.extend(mark);
    }
    out
}

/// Where the text before the page's end mark closing `text` ends (white
/// space trimmed), where there is text before it.
fn page_mark_at(text: &str) -> Option<usize> {
    let body = text.strip_suffix(PAGE_MARK)?.trim_end();
    (!body.is_empty() && !body.ends_with('-')).then_some(body.len())
}

/// Where in `text`, a line that opens with a paragraph's number `N. `, the
/// next paragraph `N+1. ` opens a sentence (see the module's rule): the
/// offset of its number.
fn run_on_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // Cheap first: most lines open with no digit.
    if !bytes.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > MAX_NUMBER_DIGITS
        || !matches!(bytes.get(digits..digits + 2), Some([b'.', b' ' | b'\t']))
    {
        return None;
    }
    let number: u32 = text[..digits].parse().ok()?;
    // ` N+1. ` searched from the digit it opens with: no needle to make,
    // and a line's most bytes are passed over by `memchr` (the search of
    // an ASCII `char`), a word at a time, not a compare a byte.
    let mut buf = [0u8; 10];
    let next = {
        let mut n = number + 1;
        let mut k = buf.len();
        while n > 0 {
            k -= 1;
            buf[k] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        &buf[k..]
    };
    let mut from = digits + 2;
    // (`from` is past an ASCII byte: a character boundary.)
    while let Some(found) = text.get(from..).and_then(|r| r.find(char::from(next[0]))) {
        let at = from + found;
        let end = at + next.len();
        if bytes[at - 1] == b' '
            && bytes[at..].starts_with(next)
            && matches!(bytes.get(end..end + 2), Some([b'.', b' ']))
            // The number's bytes are ASCII: the cuts are boundaries.
            && ends_sentence(&text[..at - 1])
            && opens_capitalised(&text[end + 2..])
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether `before` ends a sentence: `.`, `;` or `:`, maybe after a closing
/// quote or bracket, and maybe with a note's number glued after it
/// (`persons.8`).
fn ends_sentence(before: &str) -> bool {
    let marker = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if marker > MAX_MARKER_DIGITS {
        return false;
    }
    let before = &before[..before.len() - marker];
    before.ends_with(['.', ';', ':'])
}

/// Whether `after` opens with a capital letter, past emphasis marks.
fn opens_capitalised(after: &str) -> bool {
    after
        .trim_start_matches(['*', '_'])
        .starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::split_lines;

    #[test]
    fn ok_run_on_at() {
        let line = "5. We also recognize the role of the Protocol.8 6. We recall the Compact;";
        assert_eq!(run_on_at(line), line.find("6. We"));
        let line = "10. We reaffirm it.12 11. We express concern";
        assert_eq!(run_on_at(line), line.find("11. We"));
        let line = "5. Decides that; 6. *Requests* the Secretary-General";
        assert_eq!(run_on_at(line), line.find("6. *"));
        // Not the next number, not after a sentence's end, not before a
        // capital, not a paragraph's line.
        assert_eq!(run_on_at("5. We note resolution 70/1. 7. We recall"), None);
        assert_eq!(run_on_at("5. We note paragraph 6. We recall"), None);
        assert_eq!(run_on_at("5. We note the items; 6. and 7. of it"), None);
        assert_eq!(run_on_at("Recalling it. 6. We"), None);
        assert_eq!(run_on_at("80/9. The year 2025. 81/9. We"), None);
        assert_eq!(run_on_at("5. We note 2015.1234 6. We"), None);
        assert_eq!(run_on_at("1234. We. 1235. We"), None);
        assert_eq!(run_on_at("5."), None);
    }

    #[test]
    fn ok_split_keeps_every_byte_in_a_line() {
        let input = "The General Assembly,\n\
                     5. We recognize it.8 6. We recall it.11 7. We reaffirm it.\n\
                     8. We commit.\n";
        let lines = split_run_on_paragraphs(split_lines(input));
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "The General Assembly,",
                "5. We recognize it.8",
                "6. We recall it.11",
                "7. We reaffirm it.",
                "8. We commit.",
            ]
        );
        for l in &lines {
            assert_eq!(l.span.slice(input), Some(l.text));
            assert!(l.full.start <= l.span.start && l.span.end <= l.full.end);
        }
        // The full spans of a cut line tile it.
        assert_eq!(lines[1].full.end, lines[2].full.start);
        assert_eq!(lines[2].full.end, lines[3].full.start);
        // A page's end mark closing a line.
        let input = "6. Encourages events at the international ---\n1 A/80/237.\nlevels;\n";
        let marked = split_run_on_paragraphs(split_lines(input));
        let texts: Vec<_> = marked.iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "6. Encourages events at the international",
                "---",
                "1 A/80/237.",
                "levels;"
            ]
        );
        for l in &marked {
            assert_eq!(l.span.slice(input), Some(l.text));
        }
        assert_eq!(marked[0].full.end, marked[1].full.start);
        assert_eq!(page_mark_at("---"), None);
        assert_eq!(page_mark_at("text ----"), None);
    }
}
