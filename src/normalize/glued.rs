//! A page's head glued to the last line of the page before.
//!
//! Text extracted page by page and joined with no line break (`PDFium`'s
//! `get_text_range()` ends a page without one) runs the next page's head
//! into the last line of the page before: `… of consecutive and
//! A/RES/80/204`, `… United Nations resolutions;A/80/L.26`, `12 November
//! A/RES/73/8 Necessity of ending …`, `… of the Secretary-General;
//! 1/2S/RES/827 (1993) Resolution 827 (1993)`. A UN editor's rule: the
//! document's own symbol, printed at a page's head, never belongs to a
//! paragraph. Where a line after the masthead carries it after other text,
//! the line is cut before it (or before a page counter glued to it, or a
//! piece of the title ahead of it), and the rest is a line of its own that
//! opens a page, for the layout to read as furniture.

use super::Line;
use crate::grammar::run;
use crate::grammar::symbol::document_symbol;

/// How many of the first lines may hold the document's symbol (the masthead).
const MASTHEAD_LINES: usize = 12;

/// `lines` with every page head glued to a line cut off into a line of its
/// own. Lines are borrowed as they were; a new vector is made only where a
/// line may be cut.
pub(crate) fn split_glued_heads(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let Some((at, symbol)) = masthead_symbol(&lines) else {
        return lines;
    };
    let cut = |line: &Line<'_>| glued_head_at(line.text, symbol);
    let Some(first) = lines.iter().skip(at + 1).position(|l| cut(l).is_some()) else {
        return lines;
    };
    // The front lines run together, up to the enacting formula: a running
    // head repeats the title.
    let front = lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(FRONT_LINES)
        .map(|l| l.text)
        .take_while(|t| !is_formula(t))
        .collect::<Vec<_>>()
        .join(" ");
    let cut = |line: &Line<'_>| cut(line).and_then(|q| head_before(line.text, q, &front));
    let mut out = Vec::with_capacity(lines.len() + 8);
    out.extend_from_slice(&lines[..at + 1 + first]);
    for line in &lines[at + 1 + first..] {
        match cut(line) {
            Some(q) => {
                // The rest opens a page: the layout reads it as its head.
                let (body, head) = line.cut_at(q, true);
                out.extend([body, head]);
            }
            None => out.push(*line),
        }
    }
    out
}

/// Whether `text` opens the enacting formula (`The General Assembly,`),
/// markup aside: where the front lines end.
fn is_formula(text: &str) -> bool {
    let t = text.trim_start_matches(['#', '*', '_', '>', ' ']);
    [
        "The General Assembly",
        "The Security Council",
        "The Economic and Social Council",
        "The Human Rights Council",
    ]
    .iter()
    .any(|f| t.starts_with(f))
}

/// How many lines of text the title may run to, from the top: where a
/// running head is looked for ([`head_before`]).
const FRONT_LINES: usize = 40;

/// The shortest words a running head before the symbol must be, to be
/// found in the front lines (a title is longer).
const MIN_HEAD: usize = 20;

/// Where the head before a cut at `q` starts, where the text before the
/// symbol ends with a piece of the title (`… to ensure women’s Improvement
/// of the situation of women and girls in rural areas A/RES/80/184`, the
/// head of an even page): the longest such piece, from a word's start.
fn head_before(text: &str, q: usize, front: &str) -> Option<usize> {
    let before = &text[..q];
    let starts = std::iter::once(0).chain(before.match_indices(' ').map(|(k, _)| k + 1));
    match starts.into_iter().find(|&k| {
        let piece = before[k..].trim_end();
        piece.len() >= MIN_HEAD && front.contains(piece)
    }) {
        // The line is a head whole (`Improvement of the situation … A/RES/80/184`).
        Some(0) => None,
        Some(k) => Some(k),
        None => Some(q),
    }
}

/// The index of the masthead line that holds the document's symbol, and the
/// symbol (`A/RES/80/204`, `S/RES/827 (1993)`): a word of one of the first
/// [`MASTHEAD_LINES`] lines that is a symbol whole.
fn masthead_symbol<'s>(lines: &[Line<'s>]) -> Option<(usize, &'s str)> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .take(MASTHEAD_LINES)
        .find_map(|(k, l)| {
            let t = l.text;
            t.match_indices([' ', '*'])
                .map(|(p, _)| p + 1)
                .chain([0])
                .filter_map(|p| t.get(p..))
                .filter(|w| w.starts_with(['A', 'E', 'S']) && w.as_bytes().get(1) == Some(&b'/'))
                .find_map(|w| run(document_symbol, w).map(|(sym, _)| sym))
                .filter(|sym| sym.len() >= 6)
                .map(|sym| (k, sym))
        })
}

/// Where to cut `text` before a page head glued to it: before `symbol`
/// where other text precedes it and nothing but white space or a head
/// follows, and before a page counter glued to the symbol (`1/2S/RES/…`).
fn glued_head_at(text: &str, symbol: &str) -> Option<usize> {
    // Most lines hold no `/`: one byte scan turns them away.
    if !text.as_bytes().contains(&b'/') {
        return None;
    }
    let p = text.find(symbol).filter(|&p| p > 0)?;
    let after = &text[p + symbol.len()..];
    // `A/80/L.26/Add.1`, `A/RES/80/2045`: another symbol.
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let before = &text[..p];
    // `Secretary-General; 1/2` + symbol: the page counter goes with it.
    let counter = before
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .strip_suffix('/')
        .map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|h| h.len() < before.len() - 2);
    let q = counter.map_or(p, str::len);
    let head = &text[..q];
    if head.trim().is_empty() {
        // `1/2S/RES/827 (1993) Resolution 827 (1993)`: the counter alone is
        // a line of furniture, the symbol and head another.
        return counter.is_some().then_some(p);
    }
    // Text must end before the head: a word or a closing mark, not the
    // middle of a symbol or number.
    let ends = head
        .chars()
        .next_back()
        .is_some_and(|c| c == ' ' || matches!(c, ';' | ':' | ',' | '.' | ')' | '”'));
    if !ends || head.contains("   ") || opens_with_counter(head) {
        // `2/4Resolution 794 (1992) S/RES/794 (1992)`: a head line whole;
        // `… areas      A/RES/80/184`: a `-layout` line of cells, which the
        // layout reads as such (a join leaves one space at most).
        return None;
    }
    // `… digital divides;Improvement of the situation … A/RES/80/184`: the
    // head (the title, on even pages) came first; the join left a capital
    // against the punctuation that ended the page (not a full stop, as in
    // `U.N.`).
    let joined = head
        .as_bytes()
        .windows(2)
        .rposition(|w| matches!(w[0], b';' | b':' | b',') && w[1].is_ascii_uppercase());
    Some(joined.map_or(q, |k| k + 1))
}

/// Whether `text` opens with a page counter (`2/4`, `2/4Resolution …`).
fn opens_with_counter(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < text.len()
        && rest
            .strip_prefix('/')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::split_lines;

    #[test]
    fn ok_glued_head_at() {
        let sym = "A/RES/80/204";
        for (text, cut) in [
            ("consecutive and A/RES/80/204", Some(16)),
            ("resolutions;A/RES/80/204", Some(12)),
            ("12 November A/RES/80/204 Enhancement of", Some(12)),
            ("General; 1/2A/RES/80/204 Resolution", Some(9)),
            ("A/RES/80/204", None),
            ("see A/RES/80/2045", None),
            ("see A/RES/80/204/Add.1", None),
            ("no symbol here", None),
            ("in 70/1 and 80/204", None),
            ("2/4Resolution 80/204        A/RES/80/204", None),
            ("2/4Resolution 80/204 A/RES/80/204", None),
            ("divides;Improvement of human rights A/RES/80/204", Some(8)),
            ("the U.N. and A/RES/80/204", Some(13)),
        ] {
            assert_eq!(glued_head_at(text, sym), cut, "{text}");
        }
        let sym = "S/RES/827 (1993)";
        assert_eq!(
            glued_head_at(
                "of the Secretary-General; 1/2S/RES/827 (1993) Resolution 827 (1993)",
                sym
            ),
            Some(26)
        );
        assert_eq!(
            glued_head_at("1/2S/RES/827 (1993) Resolution 827 (1993)", sym),
            Some(3)
        );
    }

    #[test]
    fn ok_head_before_the_symbol() {
        let front = "United Nations A/RES/80/184 Improvement of the situation of women and girls in rural areas";
        let text = "to ensure women’s Improvement of the situation of women and girls in rural areas A/RES/80/184";
        let q = glued_head_at(text, "A/RES/80/184").unwrap_or_default();
        let k = head_before(text, q, front).unwrap_or_default();
        assert_eq!(
            &text[k..q],
            "Improvement of the situation of women and girls in rural areas "
        );
        // No piece of the title: the cut stays.
        let text = "to ensure the rights of all A/RES/80/184";
        let q = glued_head_at(text, "A/RES/80/184").unwrap_or_default();
        assert_eq!(head_before(text, q, front), Some(q));
        // A head and the symbol, a line whole: no cut.
        let text = "Improvement of the situation of women and girls in rural areas A/RES/80/184";
        let q = glued_head_at(text, "A/RES/80/184").unwrap_or_default();
        assert_eq!(head_before(text, q, front), None);
    }

    #[test]
    fn ok_split_keeps_every_byte_in_a_line() {
        let input = "United Nations A/RES/80/204\nGeneral Assembly\n\nThe General Assembly,\n\
                     Recalling the consecutive and A/RES/80/204\nEnhancement of cooperation\n\
                     2/4 25-20958\ncompounded crises,\n";
        let lines = split_glued_heads(split_lines(input));
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "United Nations A/RES/80/204",
                "General Assembly",
                "",
                "The General Assembly,",
                "Recalling the consecutive and",
                "A/RES/80/204",
                "Enhancement of cooperation",
                "2/4 25-20958",
                "compounded crises,",
            ]
        );
        for l in &lines {
            assert_eq!(l.span.slice(input), Some(l.text));
        }
        assert!(lines[5].page_break);
        // The masthead's own symbol stays.
        assert!(!lines[0].page_break);
    }
}
