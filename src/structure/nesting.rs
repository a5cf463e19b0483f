//! Subparagraph nesting by sequence (DOMAIN.md §5).
//!
//! `(i)` is a letter after `(h)` and a Roman numeral as the first item after
//! a chapeau ending in `:`; `(ii)` after `(hh)` is a doubled letter. A stack
//! of open lists decides: a label continues the innermost list it succeeds,
//! or opens a nested list as a first label (`(a)`, `(i)`, `(1)`) after `:`.

use crate::ast::{LabelStyle, Subparagraph};
use crate::grammar::label::{letter_value, roman_value, RawLabel};

#[derive(Debug, Clone, Copy)]
struct Level {
    style: LabelStyle,
    last: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    style: LabelStyle,
    value: u32,
}

fn candidates(label: RawLabel<'_>) -> Vec<Candidate> {
    match label {
        RawLabel::Letters(s) => {
            let mut c = Vec::with_capacity(2);
            if let Some(v) = letter_value(s) {
                c.push(Candidate {
                    style: LabelStyle::Letter,
                    value: v,
                });
            }
            if let Some(v) = roman_value(s) {
                c.push(Candidate {
                    style: LabelStyle::Roman,
                    value: v,
                });
            }
            c
        }
        RawLabel::Digits(s) => s
            .parse()
            .map(|v| {
                vec![Candidate {
                    style: LabelStyle::Arabic,
                    value: v,
                }]
            })
            .unwrap_or_default(),
        RawLabel::Dash => vec![Candidate {
            style: LabelStyle::Dash,
            value: 1,
        }],
    }
}

/// The deepest subparagraph nesting built: `(a)` › `(i)` › `a.` › `i.` is
/// the Editorial Manual's fourth degree; real texts never go past it.
///
/// Hostile input (`(a) x:` repeated, each opening a level after a colon)
/// would otherwise nest without bound, and the recursive walks over the
/// tree (serialisation, comparison) would then overflow the stack. Items
/// that would go deeper continue the deepest list, with a diagnostic.
pub(crate) const MAX_NESTING_DEPTH: usize = 8;

/// Places the subparagraphs of one top-level paragraph.
#[derive(Debug, Default)]
pub(crate) struct Nester {
    stack: Vec<Level>,
    items: Vec<Subparagraph>,
}

/// Where a label went, for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// It continues or opens a list as the sequence expects.
    InSequence,
    /// No list expected it: placed in the innermost list.
    OutOfSequence,
}

impl Nester {
    /// Adds an item whose label printed as `label`; `after_colon` says the
    /// text before it (chapeau or previous item) ended in `:`.
    pub(crate) fn push(
        &mut self,
        label: RawLabel<'_>,
        after_colon: bool,
        mut item: Subparagraph,
    ) -> Placement {
        let cands = candidates(label);
        let opener = cands
            .iter()
            .copied()
            .find(|c| c.value == 1)
            .filter(|_| self.stack.len() < MAX_NESTING_DEPTH);
        let (depth, style, placement) = 'place: {
            if after_colon {
                if let Some(c) = opener {
                    let d = self.stack.len();
                    self.stack.push(Level {
                        style: c.style,
                        last: c.value,
                    });
                    break 'place (d, c.style, Placement::InSequence);
                }
            }
            for d in (0..self.stack.len()).rev() {
                let level = self.stack[d];
                if let Some(c) = cands.iter().find(|c| {
                    c.style == level.style
                        && (c.value == level.last + 1 || c.style == LabelStyle::Dash)
                }) {
                    self.stack.truncate(d + 1);
                    self.stack[d].last = c.value;
                    break 'place (d, c.style, Placement::InSequence);
                }
            }
            if let Some(c) = opener {
                let d = self.stack.len();
                self.stack.push(Level {
                    style: c.style,
                    last: c.value,
                });
                break 'place (d, c.style, Placement::InSequence);
            }
            // OCR reads a letter as a figure (`(6)` for `(b)` after `(a)`,
            // `(2)` for `(a)` after a chapeau, S/RES/748 (1992)): a figure
            // that neither continues nor opens a list of figures stands
            // for the label the sequence expects there, the next of the
            // innermost list, or the first degree's `(a)`. (A figure out of
            // turn in a list of figures is a gap, read below as before.)
            if matches!(label, RawLabel::Digits(_)) {
                let depth = self.stack.len().saturating_sub(1);
                match self.stack.last_mut() {
                    Some(level) if level.style != LabelStyle::Arabic => {
                        level.last += 1;
                        break 'place (depth, level.style, Placement::OutOfSequence);
                    }
                    None => {
                        self.stack.push(Level {
                            style: LabelStyle::Letter,
                            last: 1,
                        });
                        break 'place (0, LabelStyle::Letter, Placement::OutOfSequence);
                    }
                    Some(_) => {}
                }
            }
            let fallback = cands.first().copied().unwrap_or(Candidate {
                style: LabelStyle::Letter,
                value: 0,
            });
            let depth = self.stack.len().saturating_sub(1);
            match self.stack.last_mut() {
                Some(level) => {
                    level.last = fallback.value;
                    (depth, level.style, Placement::OutOfSequence)
                }
                None => {
                    self.stack.push(Level {
                        style: fallback.style,
                        last: fallback.value,
                    });
                    (0, fallback.style, Placement::OutOfSequence)
                }
            }
        };
        item.style = style;
        let mut list = &mut self.items;
        for _ in 0..depth {
            if list.is_empty() {
                break;
            }
            let last = list.len() - 1;
            list = &mut list[last].subparagraphs;
        }
        list.push(item);
        placement
    }

    /// The text of the last item placed, if any.
    pub(crate) fn last_text(&self) -> Option<&str> {
        let mut list = &self.items;
        let mut text = None;
        while let Some(last) = list.last() {
            text = Some(last.text.as_str());
            list = &last.subparagraphs;
        }
        text
    }

    /// The items, nested, each item's span widened to cover its own items.
    pub(crate) fn finish(mut self) -> Vec<Subparagraph> {
        fn cover(list: &mut [Subparagraph]) {
            for s in list {
                cover(&mut s.subparagraphs);
                s.span = s
                    .subparagraphs
                    .iter()
                    .fold(s.span, |acc, c| acc.cover(c.span));
            }
        }
        cover(&mut self.items);
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn item(label: &str) -> Subparagraph {
        Subparagraph {
            label: label.to_owned(),
            style: LabelStyle::Letter,
            text: String::new(),
            footnote_refs: Vec::new(),
            references: Vec::new(),
            subparagraphs: Vec::new(),
            heading: None,
            span: Span::default(),
            segments: Vec::new(),
        }
    }

    fn run(labels: &[(&str, bool)]) -> Vec<Subparagraph> {
        let mut n = Nester::default();
        for &(l, colon) in labels {
            n.push(RawLabel::Letters(l), colon, item(l));
        }
        n.finish()
    }

    #[test]
    fn ok_i_after_h_is_a_letter() {
        let items = run(&[
            ("a", true),
            ("b", false),
            ("c", false),
            ("d", false),
            ("e", false),
            ("f", false),
            ("g", false),
            ("h", false),
            ("i", false),
        ]);
        assert_eq!(items.len(), 9);
        assert_eq!(items[8].style, LabelStyle::Letter);
    }

    #[test]
    fn ok_i_after_chapeau_is_roman() {
        let items = run(&[
            ("a", true),
            ("b", false),
            ("c", false),
            ("i", true),
            ("ii", false),
            ("d", false),
        ]);
        assert_eq!(items.len(), 4);
        assert_eq!(items[2].subparagraphs.len(), 2);
        assert_eq!(items[2].subparagraphs[1].style, LabelStyle::Roman);
        assert_eq!(items[3].label, "d");
    }

    #[test]
    fn ok_ii_after_hh_is_double_letter() {
        let labels: Vec<String> = ('a'..='z')
            .map(|c| c.to_string())
            .chain(('a'..='i').map(|c| format!("{c}{c}")))
            .collect();
        let mut n = Nester::default();
        for (k, l) in labels.iter().enumerate() {
            n.push(RawLabel::Letters(l), k == 0, item(l));
        }
        let items = n.finish();
        assert_eq!(items.len(), 35);
        assert_eq!(items[34].label, "ii");
        assert_eq!(items[34].style, LabelStyle::Letter);
    }

    #[test]
    fn ok_figure_for_letter_takes_the_expected_place() {
        // S/RES/748 (1992): `(2)` for `(a)`, then `(b)`, `(c)`; `(a)`,
        // then `(6)` for `(b)`.
        let mut n = Nester::default();
        n.push(RawLabel::Digits("2"), true, item("2"));
        n.push(RawLabel::Letters("b"), false, item("b"));
        n.push(RawLabel::Letters("c"), false, item("c"));
        let items = n.finish();
        assert_eq!(items.len(), 3);
        assert!(items.iter().all(|s| s.style == LabelStyle::Letter));
        let mut n = Nester::default();
        n.push(RawLabel::Letters("a"), true, item("a"));
        let placed = n.push(RawLabel::Digits("6"), false, item("6"));
        // Still reported: the label as printed is out of turn.
        assert_eq!(placed, Placement::OutOfSequence);
        n.push(RawLabel::Letters("c"), false, item("c"));
        let items = n.finish();
        assert_eq!(items.len(), 3);
        assert_eq!(items[1].style, LabelStyle::Letter);
        assert_eq!(items[2].style, LabelStyle::Letter);
    }

    #[test]
    fn ok_figures_with_a_gap_stay_figures() {
        let mut n = Nester::default();
        n.push(RawLabel::Digits("1"), true, item("1"));
        n.push(RawLabel::Digits("3"), false, item("3"));
        n.push(RawLabel::Digits("4"), false, item("4"));
        let items = n.finish();
        assert_eq!(items.len(), 3);
        assert!(items.iter().all(|s| s.style == LabelStyle::Arabic));
    }

    #[test]
    fn ok_item_span_covers_nested_items() {
        let mut n = Nester::default();
        let mut a = item("a");
        a.span = Span::new(0, 10);
        let mut i = item("i");
        i.span = Span::new(11, 20);
        n.push(RawLabel::Letters("a"), true, a);
        n.push(RawLabel::Letters("i"), true, i);
        assert_eq!(n.finish()[0].span, Span::new(0, 20));
    }

    #[test]
    fn err_nesting_stops_at_the_limit() {
        let mut n = Nester::default();
        for _ in 0..100 {
            n.push(RawLabel::Letters("a"), true, item("a"));
        }
        let mut depth = 0;
        let mut list = n.finish();
        while let Some(first) = list.pop() {
            depth += 1;
            list = first.subparagraphs;
        }
        assert_eq!(depth, MAX_NESTING_DEPTH);
    }

    #[test]
    fn err_out_of_sequence_is_reported() {
        let mut n = Nester::default();
        n.push(RawLabel::Letters("a"), true, item("a"));
        assert_eq!(
            n.push(RawLabel::Letters("d"), false, item("d")),
            Placement::OutOfSequence
        );
    }
}
