//! Comparison of two versions of a resolution: [`compare`].
//!
//! Input: two parsed [`Resolution`]s, an older and a newer version (a
//! draft and its revision, last year's text and this year's). Output: a
//! [`Comparison`], serialisable, that says paragraph by paragraph what
//! became of the text: unchanged, changed (with the words deleted and
//! inserted), moved, added or removed; and likewise for the title, the
//! numbered footnotes and, between two drafts, the sponsors. Never: a
//! judgement on spans, layout or diagnostics; two renderings of one text
//! compare as unchanged.
//!
//! # How paragraphs are aligned
//!
//! Preamble and operative part are aligned separately, each paragraph taken
//! with its subparagraphs (`(a) …` appended to its text):
//!
//! 1. Paragraphs with identical text are paired first, in order.
//! 2. The others are paired by similarity, best pair first: the share of
//!    words two paragraphs have in common in order, `2 × LCS / (|a| + |b|)`,
//!    at least [`SIMILARITY_THRESHOLD`]. A pair is `changed`; its words are
//!    diffed (longest common subsequence of words, spaces and punctuation).
//! 3. Paired paragraphs whose order differs from the old order are `moved`:
//!    the pairs outside the longest run kept in order.
//! 4. What is left is `removed` (old) or `added` (new).
//!
//! Paragraph numbers play no part: a paragraph renumbered because another
//! was inserted before it is `unchanged`, and its two [`Position`]s show the
//! renumbering.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::ast::{FootnoteMarker, Resolution, Status, Subparagraph};
use crate::text::label_text;

/// The least similarity for two different paragraphs to count as one
/// paragraph changed rather than one removed and another added.
///
/// Half the words in common, in order: an amended paragraph (new dates,
/// new resolution numbers, a clause added) stays far above it; two
/// paragraphs that merely share the boilerplate of UN prose (`Recalling its
/// resolution … of … on …`) stay below it.
///
/// ```
/// use un_resolution::{diff, parse_resolution};
/// // Two operative paragraphs with little in common: one removed, one added.
/// let old = parse_resolution("The General Assembly,\n\n1. Requests a report on the question;\n")?;
/// let new = parse_resolution("The General Assembly,\n\n1. Decides to convene a conference in 2027;\n")?;
/// let counts = diff::compare(&old, &new).counts();
/// assert_eq!((counts.removed, counts.added, counts.changed), (1, 1, 0));
/// assert!(diff::SIMILARITY_THRESHOLD > 0.0);
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
pub const SIMILARITY_THRESHOLD: f64 = 0.5;

/// The largest word-diff table computed, in cells (tokens × tokens).
///
/// The table of a longest common subsequence grows with the product of the
/// two lengths; common prefixes and suffixes are cut first, so only the
/// changed middle counts. Past this bound (two very long, wholly rewritten
/// paragraphs) the middle is reported as deleted and inserted whole, which
/// keeps time and memory (4 bytes a cell, 16 MB here) bounded on any input.
///
/// ```
/// use un_resolution::diff::{words, WordOp};
/// let (a, b) = ("a ".repeat(3000), "b ".repeat(3000));
/// assert!(3000 * 3000 > un_resolution::diff::MAX_DIFF_CELLS);
/// let w = words(&a, &b);
/// assert_eq!((w[0].op, w[1].op), (WordOp::Delete, WordOp::Insert));
/// ```
pub const MAX_DIFF_CELLS: usize = 4_000_000;

/// What became of each paragraph between two versions.
///
/// ```
/// use un_resolution::{diff, parse_resolution};
/// let old = parse_resolution("The General Assembly,\n\nRecalling its resolution 78/199 of 19 December 2023,\n\n1. Decides to continue at its eightieth session.\n")?;
/// let new = parse_resolution("The General Assembly,\n\nRecalling its resolution 79/166 of 17 December 2024,\n\n1. Decides to continue at its eighty-first session.\n")?;
/// let c = diff::compare(&old, &new);
/// assert!(!c.is_unchanged());
/// let diff::ParagraphChange::Changed { words, .. } = &c.operative[0] else { panic!() };
/// assert_eq!(diff::redline(words), "Decides to continue at its [-eightieth-]{+eighty-first+} session.");
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Comparison {
    /// The title's words, when the title changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Vec<WordChange>>,
    /// Sponsors added and removed, when both versions are drafts.
    #[serde(default, skip_serializing_if = "SponsorChanges::is_empty")]
    pub sponsors: SponsorChanges,
    /// The preambular paragraphs: the new order, removed paragraphs where
    /// they stood.
    pub preamble: Vec<ParagraphChange>,
    /// The operative paragraphs, in the same way.
    pub operative: Vec<ParagraphChange>,
    /// Footnotes whose text changed, added or removed, by marker. A `*`
    /// note counts only when both versions print one: it annotates the
    /// sponsor list, which an adopted text no longer prints.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<FootnoteChange>,
}

impl Comparison {
    /// Whether the two versions hold the same text: title, paragraphs and
    /// footnotes (sponsors aside).
    ///
    /// ```
    /// let a = un_resolution::parse_resolution("The General Assembly,\n\n1. *Decides* to meet;\n")?;
    /// let b = un_resolution::parse_resolution("The General Assembly,\n  1.   Decides to\nmeet;\n")?;
    /// assert!(un_resolution::diff::compare(&a, &b).is_unchanged());
    /// # Ok::<(), un_resolution::ParseError>(())
    /// ```
    #[must_use]
    pub fn is_unchanged(&self) -> bool {
        self.title.is_none()
            && self.footnotes.is_empty()
            && self
                .preamble
                .iter()
                .chain(&self.operative)
                .all(|c| matches!(c, ParagraphChange::Unchanged { .. }))
    }

    /// How many paragraphs (preamble and operative part together) are in
    /// each state.
    ///
    /// ```
    /// let a = un_resolution::parse_resolution("The General Assembly,\n\n1. Decides to meet;\n")?;
    /// let b = un_resolution::parse_resolution("The General Assembly,\n\n1. Decides to meet;\n\n2. Requests a report.\n")?;
    /// let counts = un_resolution::diff::compare(&a, &b).counts();
    /// assert_eq!((counts.unchanged, counts.added), (1, 1));
    /// # Ok::<(), un_resolution::ParseError>(())
    /// ```
    #[must_use]
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for change in self.preamble.iter().chain(&self.operative) {
            match change {
                ParagraphChange::Unchanged { .. } => c.unchanged += 1,
                ParagraphChange::Moved { .. } => c.moved += 1,
                ParagraphChange::Changed { moved, .. } => {
                    c.changed += 1;
                    if *moved {
                        c.moved += 1;
                    }
                }
                ParagraphChange::Added { .. } => c.added += 1,
                ParagraphChange::Removed { .. } => c.removed += 1,
            }
        }
        c
    }
}

/// Paragraph counts by state; a paragraph both changed and moved counts in
/// both.
///
/// ```
/// let r = un_resolution::parse_resolution("The General Assembly,\n\n1. Decides to meet;\n")?;
/// let counts = un_resolution::diff::compare(&r, &r).counts();
/// assert_eq!((counts.unchanged, counts.changed, counts.moved), (1, 0, 0));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Counts {
    /// Same text, same order.
    pub unchanged: usize,
    /// Text changed.
    pub changed: usize,
    /// Out of the old order.
    pub moved: usize,
    /// Only in the new version.
    pub added: usize,
    /// Only in the old version.
    pub removed: usize,
}

/// Where a paragraph stands in one version.
///
/// ```
/// use un_resolution::diff::{compare, ParagraphChange};
/// let r = un_resolution::parse_resolution("The General Assembly,\n\n1. Decides to meet;\n")?;
/// let ParagraphChange::Unchanged { new, .. } = &compare(&r, &r).operative[0] else { panic!() };
/// assert_eq!((new.index, new.number), (0, Some(1)));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Position {
    /// Zero-based index in its part (preamble or operative part).
    pub index: usize,
    /// The printed number of an operative paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
}

/// What became of one paragraph.
///
/// In JSON the state is the tag `change`: `{"change": "changed", "old": …}`.
///
/// ```
/// use un_resolution::diff::{compare, ParagraphChange};
/// let old = un_resolution::parse_resolution("The General Assembly,\n\n1. Decides to meet;\n")?;
/// let new = un_resolution::parse_resolution("The General Assembly,\n\n1. Decides to meet;\n\n2. Requests a report.\n")?;
/// let c = compare(&old, &new);
/// assert!(matches!(&c.operative[1], ParagraphChange::Added { text, .. } if text == "Requests a report."));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParagraphChange {
    /// The same text, in the same order (perhaps renumbered).
    Unchanged {
        /// Where it stood.
        old: Position,
        /// Where it stands.
        new: Position,
        /// The text, with its subparagraphs.
        text: String,
    },
    /// The same text, out of the old order.
    Moved {
        /// Where it stood.
        old: Position,
        /// Where it stands.
        new: Position,
        /// The text, with its subparagraphs.
        text: String,
    },
    /// The text changed (and perhaps the place: `moved`).
    Changed {
        /// Where it stood.
        old: Position,
        /// Where it stands.
        new: Position,
        /// Whether it is also out of the old order.
        moved: bool,
        /// The share of words in common, in order: 0 to 1.
        similarity: f64,
        /// The words: equal runs, deletions and insertions, in reading
        /// order; equal and deleted runs spell the old text, equal and
        /// inserted runs the new.
        words: Vec<WordChange>,
    },
    /// Only in the new version.
    Added {
        /// Where it stands.
        new: Position,
        /// The text, with its subparagraphs.
        text: String,
    },
    /// Only in the old version.
    Removed {
        /// Where it stood.
        old: Position,
        /// The text, with its subparagraphs.
        text: String,
    },
}

/// A run of words in a changed text.
///
/// ```
/// use un_resolution::diff::{words, WordOp};
/// let w = words("its eightieth session", "its eighty-first session");
/// assert_eq!((w[1].op, w[1].text.as_str()), (WordOp::Delete, "eightieth"));
/// assert_eq!((w[2].op, w[2].text.as_str()), (WordOp::Insert, "eighty-first"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WordChange {
    /// Kept, deleted or inserted.
    pub op: WordOp,
    /// The run, spaces and punctuation included.
    pub text: String,
}

/// What happened to a run of words.
///
/// ```
/// use un_resolution::diff::{words, WordOp};
/// let ops: Vec<WordOp> = words("a b", "a c").iter().map(|w| w.op).collect();
/// assert_eq!(ops, [WordOp::Equal, WordOp::Delete, WordOp::Insert]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WordOp {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// Sponsors only in the old or only in the new version of a draft.
///
/// ```
/// let old = un_resolution::parse_resolution("Cuba and Russian Federation: draft resolution\n\nThe General Assembly,\n\n1. Decides to meet;\n")?;
/// let new = un_resolution::parse_resolution("Cuba: draft resolution\n\nThe General Assembly,\n\n1. Decides to meet;\n")?;
/// let s = un_resolution::diff::compare(&old, &new).sponsors;
/// assert_eq!(s.removed, ["Russian Federation"]);
/// assert!(s.added.is_empty() && !s.is_empty());
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SponsorChanges {
    /// Names only the new version lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<String>,
    /// Names only the old version lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
}

impl SponsorChanges {
    /// Whether no sponsor was added or removed.
    ///
    /// ```
    /// assert!(un_resolution::diff::SponsorChanges::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

/// A footnote whose text changed, or that only one version has.
///
/// ```
/// let old = un_resolution::parse_resolution("The General Assembly,\n\nRecalling its resolution 55/2,¹\n\n1. Decides to meet;\n\n¹ A/79/53.\n")?;
/// let new = un_resolution::parse_resolution("The General Assembly,\n\nRecalling its resolution 55/2,¹\n\n1. Decides to meet;\n\n¹ A/80/53.\n")?;
/// let notes = un_resolution::diff::compare(&old, &new).footnotes;
/// assert_eq!(un_resolution::diff::redline(&notes[0].words), "A/[-79-]{+80+}/53.");
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FootnoteChange {
    /// The marker: `3`.
    pub marker: FootnoteMarker,
    /// The words of the note: all inserted for an added note, all deleted
    /// for a removed one.
    pub words: Vec<WordChange>,
}

/// Compares an `old` and a `new` version.
///
/// ```
/// use un_resolution::{diff, parse_resolution};
/// let old = parse_resolution("The General Assembly,\n\n1. Decides to meet;\n\n2. Requests a report.\n")?;
/// let new = parse_resolution("The General Assembly,\n\n1. Requests a report;\n\n2. Decides to meet.\n")?;
/// let c = diff::compare(&old, &new);
/// assert_eq!(c.counts().moved, 1);
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[must_use]
pub fn compare(old: &Resolution, new: &Resolution) -> Comparison {
    let title = match (&old.title, &new.title) {
        (Some(a), Some(b)) if a.text == b.text => None,
        (None, None) => None,
        (a, b) => Some(words(
            a.as_ref().map_or("", |t| t.text.as_str()),
            b.as_ref().map_or("", |t| t.text.as_str()),
        )),
    };
    let preamble = align(
        &old.preamble
            .iter()
            .map(|p| (None, full_text(&p.text, &p.subparagraphs)))
            .collect::<Vec<_>>(),
        &new.preamble
            .iter()
            .map(|p| (None, full_text(&p.text, &p.subparagraphs)))
            .collect::<Vec<_>>(),
    );
    let operative = align(
        &old.operative
            .iter()
            .map(|p| (p.number, full_text(&p.text, &p.subparagraphs)))
            .collect::<Vec<_>>(),
        &new.operative
            .iter()
            .map(|p| (p.number, full_text(&p.text, &p.subparagraphs)))
            .collect::<Vec<_>>(),
    );
    Comparison {
        title,
        sponsors: sponsors(old, new),
        preamble,
        operative,
        footnotes: footnotes(old, new),
    }
}

/// The changes as one line of text: `[-deleted-]` and `{+inserted+}`
/// around what changed (the `wdiff` convention).
///
/// ```
/// use un_resolution::diff::{redline, WordChange, WordOp};
/// let words = un_resolution::diff::words("at its eightieth session", "at its eighty-first session");
/// assert_eq!(redline(&words), "at its [-eightieth-]{+eighty-first+} session");
/// ```
#[must_use]
pub fn redline(words: &[WordChange]) -> String {
    let mut out = String::new();
    for w in words {
        match w.op {
            WordOp::Equal => out.push_str(&w.text),
            WordOp::Delete => {
                out.push_str("[-");
                out.push_str(&w.text);
                out.push_str("-]");
            }
            WordOp::Insert => {
                out.push_str("{+");
                out.push_str(&w.text);
                out.push_str("+}");
            }
        }
    }
    out
}

/// The word-level changes from `old` to `new`: equal runs, deletions and
/// insertions; in each changed stretch the deletion comes first.
///
/// ```
/// use un_resolution::diff::{words, WordOp};
/// let w = words("resolution 78/199 of 19 December 2023", "resolution 79/166 of 17 December 2024");
/// let deleted: Vec<&str> = w.iter().filter(|c| c.op == WordOp::Delete).map(|c| c.text.as_str()).collect();
/// assert_eq!(deleted, ["78/199", "19", "2023"]);
/// ```
#[must_use]
pub fn words(old: &str, new: &str) -> Vec<WordChange> {
    let a = tokens(old);
    let b = tokens(new);
    let ops = token_diff(&a, &b);
    let ops = absorb_lone_spaces(ops);
    merge(ops)
}

/// A paragraph with its subparagraphs: `Calls upon States: (a) To …; (b) To ….`
fn full_text(text: &str, subs: &[Subparagraph]) -> String {
    fn push(out: &mut String, subs: &[Subparagraph]) {
        for s in subs {
            out.push(' ');
            out.push_str(&label_text(s));
            out.push(' ');
            out.push_str(&s.text);
            push(out, &s.subparagraphs);
        }
    }
    let mut out = text.to_owned();
    push(&mut out, subs);
    out
}

/// Words, single punctuation marks and runs of white space.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind = 0u8; // 1 word, 2 space
    for (i, c) in text.char_indices() {
        let k = if c.is_alphanumeric() {
            1
        } else if c.is_whitespace() {
            2
        } else {
            3
        };
        if i > start && (k != kind || k == 3) {
            out.push(&text[start..i]);
            start = i;
        }
        kind = k;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The words of a text, lower-cased, for similarity.
fn word_keys(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The length of the longest common subsequence of `a` and `b`.
fn lcs_len<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// `2 × LCS / (|a| + |b|)` over the words.
fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    // Word counts of a paragraph: the casts are exact.
    2.0 * lcs_len(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Aligns two lists of paragraphs (number, text).
fn align(old: &[(Option<u32>, String)], new: &[(Option<u32>, String)]) -> Vec<ParagraphChange> {
    let pos = |list: &[(Option<u32>, String)], i: usize| Position {
        index: i,
        number: list.get(i).and_then(|p| p.0),
    };
    // new index → (old index, similarity); 1.0 for identical text.
    let mut pair_of_new: Vec<Option<(usize, f64)>> = vec![None; new.len()];
    let mut old_taken = vec![false; old.len()];

    // 1. Identical texts, in order.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, (_, t)) in new.iter().enumerate().rev() {
        by_text.entry(t.as_str()).or_default().push(j);
    }
    for (i, (_, t)) in old.iter().enumerate() {
        if let Some(j) = by_text.get_mut(t.as_str()).and_then(Vec::pop) {
            pair_of_new[j] = Some((i, 1.0));
            old_taken[i] = true;
        }
    }

    // 2. Similar texts, best pair first.
    let old_keys: Vec<Vec<String>> = old.iter().map(|(_, t)| word_keys(t)).collect();
    let new_keys: Vec<Vec<String>> = new.iter().map(|(_, t)| word_keys(t)).collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, a) in old_keys.iter().enumerate().filter(|(i, _)| !old_taken[*i]) {
        for (j, b) in new_keys
            .iter()
            .enumerate()
            .filter(|(j, _)| pair_of_new[*j].is_none())
        {
            // The similarity is at most 2·min/(|a|+|b|): skip pairs whose
            // lengths alone rule them out.
            let (short, long) = (a.len().min(b.len()), a.len().max(b.len()));
            if short * 2 < long / 2 {
                continue;
            }
            let s = similarity(a, b);
            if s >= SIMILARITY_THRESHOLD {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then_with(|| x.1.abs_diff(x.2).cmp(&y.1.abs_diff(y.2)))
            .then_with(|| (x.1, x.2).cmp(&(y.1, y.2)))
    });
    for (s, i, j) in candidates {
        if !old_taken[i] && pair_of_new[j].is_none() {
            old_taken[i] = true;
            pair_of_new[j] = Some((i, s));
        }
    }

    // 3. Moved: pairs outside the longest increasing run of old indices.
    let pairs: Vec<(usize, usize)> = pair_of_new
        .iter()
        .enumerate()
        .filter_map(|(j, p)| p.map(|(i, _)| (j, i)))
        .collect();
    let in_order = longest_increasing(&pairs.iter().map(|&(_, i)| i).collect::<Vec<_>>());
    let mut moved = vec![false; new.len()];
    for (k, &(j, _)) in pairs.iter().enumerate() {
        moved[j] = !in_order.contains(&k);
    }

    // 4. Removed paragraphs go after the new place of the nearest kept
    // paragraph before them (or first).
    let mut new_of_old: Vec<Option<usize>> = vec![None; old.len()];
    for &(j, i) in &pairs {
        new_of_old[i] = Some(j);
    }
    let mut removed_after: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    for i in (0..old.len()).filter(|&i| new_of_old[i].is_none()) {
        let anchor = (0..i).rev().find_map(|k| new_of_old[k]);
        removed_after.entry(anchor).or_default().push(i);
    }

    let mut out = Vec::with_capacity(old.len().max(new.len()));
    let removed = |i: usize| ParagraphChange::Removed {
        old: pos(old, i),
        text: old[i].1.clone(),
    };
    out.extend(
        removed_after
            .get(&None)
            .into_iter()
            .flatten()
            .map(|&i| removed(i)),
    );
    for (j, (_, text)) in new.iter().enumerate() {
        let change = match pair_of_new[j] {
            None => ParagraphChange::Added {
                new: pos(new, j),
                text: text.clone(),
            },
            Some((i, _)) if old[i].1 == *text => {
                if moved[j] {
                    ParagraphChange::Moved {
                        old: pos(old, i),
                        new: pos(new, j),
                        text: text.clone(),
                    }
                } else {
                    ParagraphChange::Unchanged {
                        old: pos(old, i),
                        new: pos(new, j),
                        text: text.clone(),
                    }
                }
            }
            Some((i, s)) => ParagraphChange::Changed {
                old: pos(old, i),
                new: pos(new, j),
                moved: moved[j],
                similarity: (s * 1000.0).round() / 1000.0,
                words: words(&old[i].1, text),
            },
        };
        out.push(change);
        out.extend(
            removed_after
                .get(&Some(j))
                .into_iter()
                .flatten()
                .map(|&i| removed(i)),
        );
    }
    out
}

/// Indices into `seq` of one longest strictly increasing subsequence.
fn longest_increasing(seq: &[usize]) -> Vec<usize> {
    // Patience sorting: tails[k] = index of the smallest tail of a run of
    // length k + 1; prev links each element to its predecessor.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (k, &x) in seq.iter().enumerate() {
        let at = tails.partition_point(|&t| seq[t] < x);
        prev[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        out.push(k);
        cur = prev[k];
    }
    out.reverse();
    out
}

/// Token-level edit script: a longest common subsequence, prefix and
/// suffix cut first.
fn token_diff<'t>(a: &[&'t str], b: &[&'t str]) -> Vec<(WordOp, &'t str)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut out: Vec<(WordOp, &str)> = a[..prefix].iter().map(|&t| (WordOp::Equal, t)).collect();
    if a_mid.len().saturating_mul(b_mid.len()) > MAX_DIFF_CELLS {
        out.extend(a_mid.iter().map(|&t| (WordOp::Delete, t)));
        out.extend(b_mid.iter().map(|&t| (WordOp::Insert, t)));
    } else {
        out.extend(lcs_script(a_mid, b_mid));
    }
    out.extend(a[a.len() - suffix..].iter().map(|&t| (WordOp::Equal, t)));
    out
}

/// The edit script of a full longest-common-subsequence table.
fn lcs_script<'t>(a: &[&'t str], b: &[&'t str]) -> Vec<(WordOp, &'t str)> {
    let w = b.len() + 1;
    // table[i * w + j] = LCS length of a[i..] and b[j..].
    let mut table = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i * w + j] = if a[i] == b[j] {
                table[(i + 1) * w + j + 1] + 1
            } else {
                table[(i + 1) * w + j].max(table[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len() + b.len());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push((WordOp::Equal, a[i]));
            i += 1;
            j += 1;
        } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
            out.push((WordOp::Delete, a[i]));
            i += 1;
        } else {
            out.push((WordOp::Insert, b[j]));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|&t| (WordOp::Delete, t)));
    out.extend(b[j..].iter().map(|&t| (WordOp::Insert, t)));
    out
}

/// A space or a lone punctuation mark kept between two changes reads as
/// part of them: `[-78/199-]{+79/166+}` rather than
/// `[-78-]{+79+}/[-199-]{+166+}`, `[-19 December 2023-]` rather than
/// `[-19-] [-December-] [-2023-]`.
fn absorb_lone_spaces(ops: Vec<(WordOp, &str)>) -> Vec<(WordOp, &str)> {
    let mut out: Vec<(WordOp, &str)> = Vec::with_capacity(ops.len());
    let n = ops.len();
    let mut k = 0;
    while k < n {
        let (op, t) = ops[k];
        let changed_before = k > 0 && ops[k - 1].0 != WordOp::Equal;
        let changed_after = ops.get(k + 1).is_some_and(|o| o.0 != WordOp::Equal);
        if op == WordOp::Equal
            && changed_before
            && changed_after
            && (t.chars().all(char::is_whitespace)
                || (t.chars().count() == 1 && !t.chars().any(char::is_alphanumeric)))
        {
            out.push((WordOp::Delete, t));
            out.push((WordOp::Insert, t));
        } else {
            out.push((op, t));
        }
        k += 1;
    }
    out
}

/// Runs of one op joined; in each changed stretch deletions first.
fn merge(ops: Vec<(WordOp, &str)>) -> Vec<WordChange> {
    let mut out: Vec<WordChange> = Vec::new();
    let mut del = String::new();
    let mut ins = String::new();
    let flush = |out: &mut Vec<WordChange>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(WordChange {
                op: WordOp::Delete,
                text: std::mem::take(del),
            });
        }
        if !ins.is_empty() {
            out.push(WordChange {
                op: WordOp::Insert,
                text: std::mem::take(ins),
            });
        }
    };
    for (op, t) in ops {
        match op {
            WordOp::Delete => del.push_str(t),
            WordOp::Insert => ins.push_str(t),
            WordOp::Equal => {
                flush(&mut out, &mut del, &mut ins);
                match out.last_mut() {
                    Some(last) if last.op == WordOp::Equal => last.text.push_str(t),
                    _ => out.push(WordChange {
                        op: WordOp::Equal,
                        text: t.to_owned(),
                    }),
                }
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// Sponsors added and removed, between two drafts.
fn sponsors(old: &Resolution, new: &Resolution) -> SponsorChanges {
    let list = |r: &Resolution| -> Option<Vec<String>> {
        match &r.status {
            Status::Draft {
                sponsors: Some(s), ..
            } => Some(s.list.iter().map(|s| s.name.clone()).collect()),
            _ => None,
        }
    };
    let (Some(a), Some(b)) = (list(old), list(new)) else {
        return SponsorChanges::default();
    };
    SponsorChanges {
        added: b.iter().filter(|n| !a.contains(n)).cloned().collect(),
        removed: a.iter().filter(|n| !b.contains(n)).cloned().collect(),
    }
}

/// Footnotes changed, added or removed, by marker; `*` notes only when
/// both versions have one.
fn footnotes(old: &Resolution, new: &Resolution) -> Vec<FootnoteChange> {
    let notes = |r: &Resolution| -> BTreeMap<FootnoteMarker, String> {
        let mut map = BTreeMap::new();
        for f in &r.footnotes {
            map.entry(f.marker).or_insert_with(|| f.text.clone());
        }
        map
    };
    let (a, b) = (notes(old), notes(new));
    let mut markers: Vec<FootnoteMarker> = a.keys().chain(b.keys()).copied().collect();
    markers.sort_unstable();
    markers.dedup();
    markers
        .into_iter()
        .filter_map(|m| {
            let (x, y) = (a.get(&m), b.get(&m));
            let sponsor_note_of_one =
                matches!(m, FootnoteMarker::Asterisks(_)) && (x.is_none() || y.is_none());
            (x != y && !sponsor_note_of_one).then(|| FootnoteChange {
                marker: m,
                words: words(x.map_or("", String::as_str), y.map_or("", String::as_str)),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_tokens() {
        assert_eq!(
            tokens("at its eighty-first session."),
            ["at", " ", "its", " ", "eighty", "-", "first", " ", "session", "."]
        );
        assert!(tokens("").is_empty());
    }

    #[test]
    fn ok_words_spell_both_texts() {
        let (a, b) = (
            "resolution 78/199 of 19 December 2023,",
            "resolution 79/166 of 17 December 2024 and,",
        );
        let w = words(a, b);
        let spell = |skip: WordOp| -> String {
            w.iter()
                .filter(|c| c.op != skip)
                .map(|c| c.text.as_str())
                .collect()
        };
        assert_eq!(spell(WordOp::Insert), a);
        assert_eq!(spell(WordOp::Delete), b);
    }

    #[test]
    fn ok_lone_space_absorbed() {
        let w = words("held on 19 December 2023 in", "held on 4 July 2025 in");
        assert_eq!(
            redline(&w),
            "held on [-19 December 2023-]{+4 July 2025+} in"
        );
    }

    #[test]
    fn ok_longest_increasing() {
        assert_eq!(longest_increasing(&[0, 2, 1, 3]).len(), 3);
        assert_eq!(longest_increasing(&[3, 2, 1]).len(), 1);
        assert!(longest_increasing(&[]).is_empty());
    }

    #[test]
    fn ok_similarity() {
        let a = word_keys("Decides to continue at its eightieth session.");
        let b = word_keys("Decides to continue at its eighty-first session.");
        assert!(similarity(&a, &b) >= 0.75);
        let c = word_keys("Requests the Secretary-General to report.");
        assert!(similarity(&a, &c) < SIMILARITY_THRESHOLD);
    }

    #[test]
    fn ok_huge_change_is_bounded() {
        let a = "a ".repeat(3000);
        let b = "b ".repeat(3000);
        let w = words(&a, &b);
        assert!(w.len() <= 3, "{}", w.len());
    }
}
