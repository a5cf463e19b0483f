//! The notes of a page foot, read as a block: numbers and texts apart,
//! paired at the block's end.

use super::{strip_trailing_marks, Note};
use crate::ast::FootnoteMarker;
use crate::grammar::CITATION_ABBREVIATIONS;
use crate::normalize::inline::Piece;
use crate::span::Span;

/// The notes of one page foot, as printed: pdftotext prints the numbers of
/// notes as separate runs, often out of order (`1` / text / text / `3` / text
/// / `2`), but the texts in order. Flushed at the end of the block.
#[derive(Debug, Default)]
pub(super) struct NotesBlock<'s> {
    /// Numbers alone on their line, as printed.
    pub(super) numbers: Vec<(u32, Span, usize, &'s str)>,
    /// Texts, in the order printed.
    pub(super) texts: Vec<NoteText<'s>>,
}

/// One note text of a [`NotesBlock`]: `marker` is `Some` for a text that
/// carries its own marker (`¹ …`, `* …`, `1 Resolution 217 A (III).`).
#[derive(Debug)]
pub(super) struct NoteText<'s> {
    pub(super) marker: Option<(FootnoteMarker, Span)>,
    pub(super) pieces: Vec<Piece<'s>>,
    pub(super) lines: Vec<usize>,
}

impl<'s> NotesBlock<'s> {
    pub(super) fn last_unfinished(&mut self) -> Option<&mut NoteText<'s>> {
        self.texts
            .last_mut()
            .filter(|t| !pieces_finished(&t.pieces))
    }

    /// Whether more numbers than texts were read.
    pub(super) fn awaits_texts(&self) -> bool {
        self.numbers.len() > self.texts.iter().filter(|t| t.marker.is_none()).count()
    }

    /// Pairs the texts without a marker with the numbers, the numbers in
    /// ascending order (the order of the texts), and appends the notes.
    pub(super) fn flush(&mut self, notes: &mut Vec<Note<'s>>) {
        let mut numbers = std::mem::take(&mut self.numbers);
        numbers.sort_by_key(|&(n, _, _, _)| n);
        let mut texts = std::mem::take(&mut self.texts);
        // More texts than numbers: a wrapped note split at a line that ends
        // in a period (`… vol. 1771, No.` / `30822.`); join texts that do
        // not start as a note starts (capital letter) to the one before.
        let unnumbered = |t: &[NoteText<'s>]| t.iter().filter(|x| x.marker.is_none()).count();
        let mut k = 1;
        while unnumbered(&texts) > numbers.len() && k < texts.len() {
            let starts_lower = texts[k].marker.is_none()
                && texts[k].pieces.first().is_some_and(|p| matches!(p, Piece::Text { text, .. } if !text.starts_with(char::is_uppercase)));
            if starts_lower {
                let NoteText { pieces, lines, .. } = texts.remove(k);
                texts[k - 1].pieces.extend(pieces);
                texts[k - 1].lines.extend(lines);
            } else {
                k += 1;
            }
        }
        let mut numbers = numbers.into_iter();
        for NoteText {
            marker,
            pieces,
            lines,
        } in texts
        {
            let (marker, marker_span, mut lines) = match marker {
                Some((m, span)) => (m, span, lines),
                None => match numbers.next() {
                    Some((n, span, line, _)) => {
                        let mut all = vec![line];
                        all.extend(lines);
                        all.sort_unstable();
                        (FootnoteMarker::Number(n), span, all)
                    }
                    None => {
                        // A text with no number: it continues the note before.
                        if let Some(prev) = notes.last_mut() {
                            prev.pieces.extend(pieces);
                            prev.lines.extend(lines);
                        }
                        continue;
                    }
                },
            };
            lines.dedup();
            notes.push(Note {
                marker,
                marker_span,
                pieces,
                lines,
            });
        }
        for (n, span, line, printed) in numbers {
            // A number with no text that does not run on from the last note
            // is a piece of that note's text set apart by the typesetting
            // (`… Supplement No.` / `(A/80/11).` / `11`): keep it there.
            let last = notes.iter().rev().find_map(|x| match x.marker {
                FootnoteMarker::Number(k) => Some(k),
                FootnoteMarker::Asterisks(_) => None,
            });
            if let Some(prev) = notes
                .last_mut()
                .filter(|_| last.is_some_and(|k| n != k + 1))
            {
                // Back after the abbreviation it completes, where the text
                // has one (`… Supplement No.` / `(A/80/11).` / `11`).
                let at = prev
                    .pieces
                    .iter()
                    .position(
                        |p| matches!(p, Piece::Text { text, .. } if ends_with_abbreviation(text)),
                    )
                    .map_or(prev.pieces.len(), |k| k + 1);
                prev.pieces.insert(
                    at,
                    Piece::Text {
                        text: printed,
                        span,
                    },
                );
                prev.lines.push(line);
                continue;
            }
            notes.push(Note {
                marker: FootnoteMarker::Number(n),
                marker_span: span,
                pieces: Vec::new(),
                lines: vec![line],
            });
        }
    }
}

/// Whether `text` ends with one of [`CITATION_ABBREVIATIONS`] and its dot,
/// as a word: it ends a line of a note without ending the note (`…
/// Supplement No.` / `11 (A/80/11).`).
fn ends_with_abbreviation(text: &str) -> bool {
    let Some(t) = strip_trailing_marks(text).strip_suffix('.') else {
        return false;
    };
    CITATION_ABBREVIATIONS.iter().any(|a| {
        t.strip_suffix(a)
            .is_some_and(|h| h.is_empty() || h.ends_with(' '))
    })
}

pub(super) fn pieces_finished(pieces: &[Piece<'_>]) -> bool {
    pieces
        .iter()
        .rev()
        .find_map(|p| match p {
            Piece::Text { text, .. } if !text.is_empty() => Some(strip_trailing_marks(text)),
            _ => None,
        })
        .is_some_and(|t| {
            // `… No.`: the abbreviation as a word of its own.
            !ends_with_abbreviation(t)
                && (t.ends_with('.') || t.ends_with(".)") || t.ends_with(".”"))
        })
}
