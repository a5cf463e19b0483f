//! Stage 3: blocks → [`Resolution`].
//!
//! Input: the [`Layout`] of stage 2. Output: the typed AST and its
//! diagnostics. Builds clean text for every node (through
//! [`inline::clean`](crate::normalize::inline::clean)), decides preamble and
//! operative part, numbers, leads and subparagraph nesting, and ties
//! footnotes to their markers.
//!
//! Rules, with real examples:
//! - The preamble runs from the formula to the first numbered paragraph
//!   (`1. Reaffirms …`) or the first paragraph that opens with a finite verb
//!   (`Adopts the Doha Political Declaration …`, an unnumbered operative part).
//! - A decision may letter its provisions under a preamble that ends in a
//!   colon (`… Two-State Solution:` / `(a) Expresses …;` / `(b) Endorses
//!   …`, A/80/L.1): `(a)` opening with a finite verb there, and the letters
//!   after it, are operative paragraphs with a `label` and no number.
//! - Operative numbers are checked as a sequence: a gap or repeat is a
//!   diagnostic, never a silent renumbering.
//! - Each part of a resolution in parts (`A`, `B`) is read as a body of its
//!   own. Section headings (`II` / `Capital master plan`) divide the body
//!   into sections when a section has its own preamble (`Recalling …` after
//!   operative paragraphs) or numbers from 1 again; otherwise they are
//!   headings of the paragraphs below them (`III` / `10. Recalls …`).
//! - Subparagraphs nest by sequence ([`nesting`]).
//! - A group heading that stage 2 read between the items of a list
//!   (`(e) …;` / `Improved regional and national coordination` / `(f) …`,
//!   E/RES/2020/5) is the heading of the item under it; the lettering runs
//!   on across it. Items that stand under no paragraph once the operative
//!   part has begun are held by an empty operative paragraph: nothing goes
//!   back into the preamble.
//! - Every marker needs a note and every note a marker; numbered notes run on
//!   (a compilation text may start at 11 or 22, so only the steps are checked).
//! - A closing meeting line (`69th plenary meeting` / `18 December 2025`)
//!   means the text was adopted.

mod masthead;
mod nesting;
mod references;
pub(crate) mod spans;

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::ast::{
    Annex, AnnexBlock, AnnexParagraph, Body, Distribution, Footnote, FootnoteMarker, FootnoteRef,
    Formula, Heading, LabelStyle, Meeting, OperativeParagraph, Part, PreambularParagraph,
    QuotedStructure, Resolution, Status, Subparagraph, Tally, Title, Vote, VoteResult,
};
use crate::blocks::{bare, ends_finished, opens_section, Label, Layout, Para, PartLines};
use crate::error::{Diagnostic, DiagnosticKind, ParseErrorKind};
use crate::grammar::date::date;
use crate::grammar::label::RawLabel;
use crate::grammar::masthead::{
    adoption, council_adoption_heading, meeting, sc_adoption, VoteNote,
};
use crate::grammar::phrase::{
    attested_preambular_lead, may_open_lead, operative_lead, operative_lead_after_intro,
    plural_lead, plural_lead_after_intro, preambular_lead, sentence_decision_lead, we_lead,
};
use crate::grammar::{run, run_all};
use crate::normalize::inline::{clean, clean_with, MarkerContext, Piece};
use crate::normalize::lexicon::Lexicon;
use crate::normalize::Line;
use crate::reference::Reference;
use crate::span::Span;
use nesting::{Nester, Placement};

/// A paragraph's clean text, references and place in the input.
struct Item<'s> {
    label: Option<Label<'s>>,
    text: String,
    refs: Vec<FootnoteRef>,
    references: Vec<Reference>,
    span: Span,
    segments: Vec<Span>,
}

/// The span of the lines `idx`, and its segments: the runs of lines
/// separated only by blank lines, each run's span, listed only when more
/// than one. Allocation-free for the common paragraph (lines in order, one
/// run), which the copy, the sort and the list of runs cost every node.
fn span_and_segments(lines: &[Line<'_>], idx: &[usize]) -> (Span, Vec<Span>) {
    // Lines come in reading order, which is not always input order (notes
    // whose numbers pdftotext printed out of order). Mostly they are in
    // order: then sorting and deduplicating would change nothing.
    let idx: Cow<'_, [usize]> = if idx.windows(2).all(|w| w[0] < w[1]) {
        Cow::Borrowed(idx)
    } else {
        let mut idx = idx.to_vec();
        idx.sort_unstable();
        idx.dedup();
        Cow::Owned(idx)
    };
    // The runs before the current one: empty while there is one run.
    let mut done: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    let mut prev: Option<usize> = None;
    for &i in idx.iter() {
        let span = lines[i].span;
        let contiguous = prev.is_some_and(|p| p == i || lines[p + 1..i].iter().all(Line::is_blank));
        current = Some(match current {
            Some(run) if contiguous => run.cover(span),
            Some(run) => {
                done.push(run);
                span
            }
            None => span,
        });
        prev = Some(i);
    }
    match current {
        None => (Span::default(), Vec::new()),
        Some(run) if done.is_empty() => (run, Vec::new()),
        Some(run) => {
            done.push(run);
            let span = done.iter().copied().reduce(Span::cover).unwrap_or_default();
            (span, done)
        }
    }
}

fn item<'s>(
    lines: &[Line<'s>],
    para: &Para<'s>,
    wrapped: bool,
    lex: &Lexicon<'_>,
    markers: &mut MarkerContext,
    ctx: &references::Context<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Item<'s> {
    let c = clean_with(&para.pieces, lex, Some(markers), diags);
    let (span, segments) = span_and_segments(lines, &para.lines);
    let references = references::find(&c.text, &c.map, ctx, span);
    // The map is done with: its allocation serves the next node.
    lex.scratch.keep_map(c.map);
    // Cut by notes or furniture, or (where the layout prints one paragraph
    // per line) by a page break: `… consecutive and` / `compounded …`.
    let rejoined =
        !segments.is_empty() || (!wrapped && para.lines.windows(2).any(|w| w[0] != w[1]));
    if rejoined {
        diags.push(Diagnostic::repair(DiagnosticKind::JoinedParagraph, span));
    }
    Item {
        label: para.label,
        text: c.text,
        refs: c.refs,
        references,
        span,
        segments,
    }
}

fn lead_of(text: &str, operative: bool) -> Option<String> {
    // The guard first: most texts tried open with no capital (a
    // necessary condition of both grammars, tested in `phrase`).
    if !may_open_lead(text) {
        return None;
    }
    let parser = if operative {
        operative_lead
    } else {
        preambular_lead
    };
    run(parser, text).map(|(lead, _)| lead.to_owned())
}

/// The lead of a numbered operative paragraph: at its start, or after an
/// introduction (`The Security Council requests`, `Acting under Chapter VII
/// of the Charter, authorizes`).
fn numbered_lead(text: &str) -> Option<String> {
    lead_of(text, true).or_else(|| operative_lead_after_intro(text).map(|(_, l)| l.to_owned()))
}

/// A top-level paragraph being built, with its nester.
enum Top {
    Pre(PreambularParagraph, Nester),
    Op(OperativeParagraph, Nester),
}

impl Top {
    fn finish(self, pre: &mut Vec<PreambularParagraph>, op: &mut Vec<OperativeParagraph>) {
        match self {
            Self::Pre(mut p, n) => {
                p.subparagraphs = n.finish();
                p.span = cover_subs(p.span, &p.subparagraphs);
                pre.push(p);
            }
            Self::Op(mut p, n) => {
                p.subparagraphs = n.finish();
                p.span = cover_subs(p.span, &p.subparagraphs);
                op.push(p);
            }
        }
    }

    fn nester_and_text(&mut self) -> (&mut Nester, &str) {
        match self {
            Self::Pre(p, n) => (n, p.text.as_str()),
            Self::Op(p, n) => (n, p.text.as_str()),
        }
    }
}

/// Whether an item labelled `raw` is a lettered provision of a decision
/// rather than a subparagraph of the paragraph `top` being built: a
/// decision may set its operative part as `(a)`, `(b)` … under a preamble
/// that ends in a colon (A/80/L.1: `Recalling further …, to resume the
/// … Conference …:` / `(a) Expresses its profound gratitude …;` / `(b)
/// Endorses …`).
///
/// The first provision is `(a)` opening with a finite verb, as an
/// operative paragraph does (`Expresses`, never a preamble's `Recalling`),
/// where the preamble's last paragraph ends in the colon or no preamble
/// precedes; the next ones are the letters that follow on, whatever their
/// lead, unless a provision ending in a colon opens a list of its own
/// (`(a) Decides:` / `(i) …`).
fn provision_label(raw: RawLabel<'_>, top: Option<&Top>, in_operative: bool, text: &str) -> bool {
    let RawLabel::Letters(s) = raw else {
        return false;
    };
    let Some(value) = crate::grammar::label::letter_value(s) else {
        return false;
    };
    let ends_colon = |t: &str| crate::blocks::strip_trailing_marks(t).ends_with(':');
    let finite_verb = || lead_of(text, false).is_none() && lead_of(text, true).is_some();
    match top {
        Some(Top::Op(p, n)) => {
            let Some(last) = p
                .label
                .as_deref()
                .and_then(crate::grammar::label::letter_value)
            else {
                return false;
            };
            let opens_list = ends_colon(n.last_text().unwrap_or(&p.text))
                && crate::grammar::label::roman_value(s) == Some(1);
            value == last + 1 && !opens_list
        }
        Some(Top::Pre(p, n)) => {
            !in_operative
                && value == 1
                && n.last_text().is_none()
                && ends_colon(&p.text)
                && finite_verb()
        }
        None => !in_operative && value == 1 && finite_verb(),
    }
}

/// `span` widened to cover `subs` (whose spans already cover their own items).
/// A subparagraph from its item; its style is decided when it is placed.
fn subparagraph(it: Item<'_>, raw: RawLabel<'_>) -> Subparagraph {
    Subparagraph {
        label: sub_label(raw),
        style: LabelStyle::Letter,
        text: it.text,
        footnote_refs: it.refs,
        references: it.references,
        subparagraphs: Vec::new(),
        heading: None,
        span: it.span,
        segments: it.segments,
    }
}

/// `para` (read as `it`) as a group heading of the list it stands in,
/// where stage 2 read it so and the next paragraph is the item under it
/// (`(e) …;` / `Improved regional and national coordination` / `(f) …`,
/// E/RES/2020/5); `None` leaves it to be read as any other paragraph. A
/// heading holds no footnote (it has nowhere to keep the marker), and
/// stands inside a paragraph (`open`).
fn list_heading(
    para: &Para<'_>,
    it: &Item<'_>,
    next: Option<&Para<'_>>,
    open: bool,
) -> Option<Heading> {
    let under = next.is_some_and(|n| matches!(n.label, Some(Label::Sub(_))));
    (para.list_heading && open && under && it.label.is_none() && it.refs.is_empty()).then(|| {
        Heading {
            text: it.text.clone(),
            span: it.span,
        }
    })
}

/// Two headings over one node, as one (a heading above a heading).
fn join_heading(first: Option<Heading>, second: Option<Heading>) -> Option<Heading> {
    match (first, second) {
        (Some(a), Some(b)) => Some(Heading {
            text: format!("{} {}", a.text, b.text),
            span: a.span.cover(b.span),
        }),
        (a, b) => a.or(b),
    }
}

/// The lead of an operative paragraph, as the grammars read it.
enum OpLead {
    /// Read (`Decides`), or not found where one was due: reported.
    Read(Option<String>),
    /// None by nature: an item of a programme of work is an agenda item's
    /// title (`Item 11.` / `Report of the United Nations High Commissioner
    /// for Refugees, questions relating to …`), which no verb leads.
    Unled,
}

/// An operative paragraph from its item, open for subparagraphs; a missing
/// lead is reported. `number` is the printed one, or `label` the letter of
/// a decision's lettered provision.
fn operative_top(
    it: Item<'_>,
    (number, label): (Option<u32>, Option<String>),
    lead: OpLead,
    heading: Option<Heading>,
    diags: &mut Vec<Diagnostic>,
) -> Top {
    let lead = match lead {
        OpLead::Read(None) => {
            diags.push(Diagnostic::warning(DiagnosticKind::MissingLead, it.span));
            None
        }
        OpLead::Read(lead) => lead,
        OpLead::Unled => None,
    };
    Top::Op(
        OperativeParagraph {
            number,
            label,
            lead,
            text: it.text,
            subparagraphs: Vec::new(),
            footnote_refs: it.refs,
            references: it.references,
            heading,
            quoted_structure: None,
            span: it.span,
            segments: it.segments,
        },
        Nester::default(),
    )
}

fn cover_subs(span: Span, subs: &[Subparagraph]) -> Span {
    subs.iter().fold(span, |acc, s| acc.cover(s.span))
}

fn sub_label(raw: RawLabel<'_>) -> String {
    match raw {
        RawLabel::Letters(s) | RawLabel::Digits(s) => s.to_owned(),
        RawLabel::Dash => "-".to_owned(),
    }
}

/// The longest title of an annexed or quoted text: three or four lines.
const MAX_TITLE_LEN: usize = 300;

/// Whether an unlabeled line between operative paragraphs is a heading:
/// short, and not ending as a paragraph ends (`I`, `Legislative activities`).
fn is_heading(text: &str) -> bool {
    text.len() <= 120 && !ends_finished(text)
}

/// Why [`build`] made no resolution, and the line that shows it where one
/// does (an amendment's sponsor line); `None` where the whole text does
/// (no paragraph in it).
#[derive(Debug)]
pub(crate) struct Refusal {
    pub(crate) kind: ParseErrorKind,
    pub(crate) at: Option<Span>,
}

impl From<ParseErrorKind> for Refusal {
    fn from(kind: ParseErrorKind) -> Self {
        Self { kind, at: None }
    }
}

/// Builds the resolution from the stage 2 layout.
pub(crate) fn build(
    input: &str,
    lines: &[Line<'_>],
    layout: Layout<'_>,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) -> Result<Resolution, Refusal> {
    if let Some((i, target)) = layout.amendment {
        return Err(Refusal {
            kind: ParseErrorKind::Amendment {
                target: target.to_owned(),
            },
            at: lines.get(i).map(|l| l.span),
        });
    }
    let lex = Lexicon::new(input);
    // Plain numbers are read as markers of the notes defined; not where a
    // Word export marked every reference (`[footnoteRef:1]`): there `for 1
    // and 2 April` is a date (E/RES/2020/3).
    let defined = if layout.word_notes {
        Vec::new()
    } else {
        layout
            .notes
            .iter()
            .filter_map(|n| match n.marker {
                FootnoteMarker::Number(n) => Some(n),
                FootnoteMarker::Asterisks(_) => None,
            })
            .collect()
    };
    // Notes numbered with a slash (`1/  Resolution 41/128, annex.`, the
    // UN's older style) are called so in the text (`Development, 1/`).
    let slash = layout.notes.iter().any(|n| {
        input
            .get(n.marker_span.start..n.marker_span.end)
            .is_some_and(|m| m.trim_end().ends_with('/'))
    });
    let mut markers = MarkerContext::new(defined).with_slash(slash);
    let mut front = masthead::front(lines, &layout.front, &lex, diags);
    masthead::complete_from_front_matter(&mut front, input, &layout.dropped);
    // The Council's name under the Assembly's banner makes the Council the
    // organ (masthead::set_body), but only in the Council's own texts: an
    // Assembly text may be titled `Human Rights Council` (A/60/L.48, which
    // established it), and its symbol (`A/60/L.48`) or its formula (`The
    // General Assembly,`) says whose it is.
    if front.masthead.body == Some(Body::HumanRightsCouncil) {
        let assembly = Some(Body::GeneralAssembly);
        if front
            .masthead
            .symbol
            .as_ref()
            .and_then(crate::DocumentSymbol::organ)
            == assembly
            || layout.formula.map(|(_, b)| b) == assembly
        {
            front.masthead.body = assembly;
        }
    }
    let ctx = references::Context {
        adopting: layout.formula.map(|(_, b)| b).or(front.masthead.body),
        input,
    };
    let formula = layout.formula.map(|(i, body)| Formula {
        text: formula_text(&lines[i], &lex),
        body,
        span: lines[i].span,
    });

    let mut preamble = Vec::new();
    let mut operative = Vec::new();
    let mut annexes_before = Vec::new();
    let mut parts = Vec::new();
    if layout.parts.is_empty() {
        let b = body(
            lines,
            &layout.paras,
            layout.wrapped,
            &lex,
            &mut markers,
            &ctx,
            diags,
        );
        parts = section_parts(lines, &b.sections, &b.preamble, &b.operative, (0, 0));
        (preamble, operative, annexes_before) = (b.preamble, b.operative, b.annexes);
    }
    for part in &layout.parts {
        let b = body(
            lines,
            &part.paras,
            layout.wrapped,
            &lex,
            &mut markers,
            &ctx,
            diags,
        );
        parts.push(part_of(
            lines,
            part,
            &lex,
            (preamble.len(), b.preamble.len()),
            (operative.len(), b.operative.len()),
            diags,
        ));
        preamble.extend(b.preamble);
        operative.extend(b.operative);
        annexes_before.extend(b.annexes);
    }
    if preamble.is_empty() && operative.is_empty() {
        return Err(ParseErrorKind::MissingBody.into());
    }

    let annexes: Vec<Annex> = annexes_before
        .into_iter()
        .chain(
            layout
                .annexes
                .iter()
                .map(|a| annex(lines, a, layout.wrapped, &lex, &mut markers, &ctx, diags)),
        )
        .collect();

    let footnotes: Vec<Footnote> = layout
        .notes
        .iter()
        .map(|n| {
            let c = clean(&n.pieces, &lex, diags);
            let (span, segments) = span_and_segments(lines, &n.lines);
            let references = references::find(&c.text, &c.map, &ctx, span);
            // As for a paragraph (see `item`): the map serves the next node.
            lex.scratch.keep_map(c.map);
            Footnote {
                marker: n.marker,
                references,
                text: c.text,
                span,
                segments,
            }
        })
        .collect();

    let mut adoption = front.adoption;
    if let Some(m) = closing(lines, &layout.closing) {
        adoption.get_or_insert_with(Default::default).meeting = Some(m);
    }
    if let Some((m, v, d)) = council_adoption(lines, &layout.vote, &lex, &mut markers, diags) {
        let a = adoption.get_or_insert_with(Default::default);
        if a.date.is_none() {
            a.date = d;
        }
        if let Some(m) = m {
            a.meeting.get_or_insert(m);
        }
        if v.is_some() {
            a.vote = v;
        }
    }
    // A resolution is adopted at the meeting its closing line names: where the
    // adoption line prints no date (`Resolution adopted by the General
    // Assembly` alone, as some renderings and the older records print it),
    // the meeting's date is the adoption's.
    if let Some(a) = adoption.as_mut() {
        if a.date.is_none() {
            a.date = a.meeting.as_ref().and_then(|m| m.date);
        }
    }
    if let Some(v) = vote_note(lines, &layout.vote_note, &lex, diags) {
        adoption.get_or_insert_with(Default::default).vote = Some(v);
    }
    let status = match adoption {
        Some(adoption) => Status::Adopted {
            adoption: Box::new(adoption),
            kind: front.kind,
        },
        None if front.sponsors.is_some()
            || front.submitted_by.is_some()
            || front.masthead.distribution == Some(Distribution::Limited) =>
        {
            Status::Draft {
                sponsors: front.sponsors,
                submitted_by: front.submitted_by,
                kind: front.kind,
            }
        }

        None => Status::Unknown,
    };

    for &span in &layout.moved {
        diags.push(Diagnostic::repair(DiagnosticKind::MovedLine, span));
    }
    for &(span, letter) in &layout.restored {
        diags.push(Diagnostic::repair(
            DiagnosticKind::RestoredLabel {
                label: letter.to_owned(),
            },
            span,
        ));
    }
    for &(span, reason) in &layout.dropped {
        diags.push(Diagnostic::repair(
            DiagnosticKind::DroppedLine { reason },
            span,
        ));
    }

    let mut resolution = Resolution {
        masthead: front.masthead,
        status,
        iri: None,
        title: front.title,
        formula,
        preamble,
        operative,
        parts,
        footnotes,
        annexes,
        span,
    };
    check_footnotes(&resolution, diags);
    references::finish(&mut resolution, &ctx);
    Ok(resolution)
}

/// The enacting formula's line as text: markup-free, and clean where
/// emphasis closes before the comma (`## _The General Assembly_ ,`, as
/// pymupdf4llm prints it, is `The General Assembly,`).
fn formula_text(line: &Line<'_>, lex: &Lexicon<'_>) -> String {
    let t = bare(line.text);
    if !t.contains(['*', '_']) {
        return t.to_owned();
    }
    let mut scratch = Vec::new();
    bare(&clean(&[text_piece(line)], lex, &mut scratch).text).to_owned()
}

/// Line `line` as a piece of text.
fn text_piece<'s>(line: &Line<'s>) -> Piece<'s> {
    Piece::Text {
        text: line.text,
        span: line.span,
    }
}

/// Lines `idx` as pieces of text, in that order.
fn line_pieces<'s>(lines: &[Line<'s>], idx: &[usize]) -> Vec<Piece<'s>> {
    idx.iter().map(|&i| text_piece(&lines[i])).collect()
}

/// Joins lines `idx` into clean text.
fn clean_lines(
    lines: &[Line<'_>],
    idx: &[usize],
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> crate::normalize::inline::Clean {
    clean(&line_pieces(lines, idx), lex, diags)
}

/// First to last byte of lines `idx` (empty for none).
fn cover(lines: &[Line<'_>], idx: &[usize]) -> Span {
    let first = idx.first().map_or(Span::default(), |&i| lines[i].span);
    idx.iter().fold(first, |acc, &i| acc.cover(lines[i].span))
}

/// A part of the resolution from its lines; `preamble` and `operative` are
/// (first index, count) of its paragraphs in the resolution's lists.
fn part_of(
    lines: &[Line<'_>],
    part: &PartLines<'_>,
    lex: &Lexicon<'_>,
    preamble: (usize, usize),
    operative: (usize, usize),
    diags: &mut Vec<Diagnostic>,
) -> Part {
    let head = &part.head;
    let title = (!head.title.is_empty()).then(|| {
        let (span, segments) = span_and_segments(lines, &head.title);
        Title {
            text: bare(&clean_lines(lines, &head.title, lex, diags).text).to_owned(),
            span,
            segments,
        }
    });
    let (f, body) = head.formula;
    let meeting = closing(lines, &part.closing);
    // The part's last line: its meeting line, or its last paragraph's.
    let last = part
        .closing
        .iter()
        .chain(part.paras.iter().flat_map(|p| p.lines.iter()))
        .copied()
        .max()
        .unwrap_or(f)
        .max(f);
    Part {
        label: head.letter.to_string(),
        label_span: lines[head.letter_line].span,
        title,
        formula: Some(Formula {
            text: formula_text(&lines[f], lex),
            body,
            span: lines[f].span,
        }),
        preamble: preamble.0..preamble.0 + preamble.1,
        operative: operative.0..operative.0 + operative.1,
        meeting,
        span: lines[head.letter_line].span.cover(lines[last].span),
    }
}

/// A preambular paragraph made of `it`, open for its subparagraphs.
fn preambular_top(it: Item<'_>, lead: Option<String>) -> Top {
    Top::Pre(
        PreambularParagraph {
            lead,
            text: it.text,
            footnote_refs: it.refs,
            references: it.references,
            subparagraphs: Vec::new(),
            span: it.span,
            segments: it.segments,
        },
        Nester::default(),
    )
}

/// What one run of body paragraphs makes: its preamble, its operative
/// part, and a quoted text kept as an annex where no paragraph holds it.
struct BodyParts {
    preamble: Vec<PreambularParagraph>,
    operative: Vec<OperativeParagraph>,
    annexes: Vec<Annex>,
    /// The body's sections (`I`, `II` …), when it is divided so.
    sections: Vec<SectionMark>,
}

/// Where a section heading stood: its lines and text, and the lengths of
/// the preamble and operative lists when it was read.
struct SectionMark {
    lines: Vec<usize>,
    text: String,
    span: Span,
    preamble: usize,
    operative: usize,
    /// The section has its own preamble, or numbers its paragraphs from 1.
    own: bool,
}

/// The longest section heading, numeral and title: the Fifth Committee's
/// titles run to three lines (`I` / `Conditions of service and
/// compensation for officials other than Secretariat officials: members of
/// the International Court of Justice and President and judges of the
/// International Residual Mechanism for Criminal Tribunals`, 205
/// characters), beyond what an unnumbered heading takes ([`is_heading`]).
const MAX_SECTION_HEADING: usize = 400;

/// Whether `para` (read as `it`) is a section heading: its first line a
/// section number alone (`II`), then a title that ends as no paragraph
/// does.
fn is_section_heading(para: &Para<'_>, it: &Item<'_>) -> bool {
    para.texts().next().is_some_and(|t| opens_section(bare(t)))
        && it.text.len() <= MAX_SECTION_HEADING
        && !ends_finished(&it.text)
        && it.refs.is_empty()
}

/// The sections of a body as parts; `preamble` and `operative` are the
/// body's lists, which start at `offset` in the resolution's.
fn section_parts(
    lines: &[Line<'_>],
    sections: &[SectionMark],
    preamble: &[PreambularParagraph],
    operative: &[OperativeParagraph],
    offset: (usize, usize),
) -> Vec<Part> {
    let mut out = Vec::with_capacity(sections.len());
    for (k, s) in sections.iter().enumerate() {
        let next = sections.get(k + 1);
        let pre = s.preamble..next.map_or(preamble.len(), |n| n.preamble);
        let op = s.operative..next.map_or(operative.len(), |n| n.operative);
        let (label, title) = match s.text.split_once(' ') {
            Some((l, t)) => (l.to_owned(), Some(t.to_owned())),
            None => (s.text.clone(), None),
        };
        let label_span = s.lines.first().map_or(s.span, |&i| lines[i].span);
        let title = title.map(|text| {
            // The title's own lines; the heading's one line when the title
            // shares the numeral's (`VII Technical assistance`).
            let idx = match s.lines.get(1..) {
                Some(rest) if !rest.is_empty() => rest,
                _ => &s.lines,
            };
            let (span, segments) = span_and_segments(lines, idx);
            Title {
                text,
                span,
                segments,
            }
        });
        let end = preamble[pre.clone()]
            .iter()
            .map(|p| p.span)
            .chain(operative[op.clone()].iter().map(|p| p.span))
            .fold(s.span, Span::cover);
        out.push(Part {
            label,
            label_span,
            title,
            formula: None,
            preamble: pre.start + offset.0..pre.end + offset.0,
            operative: op.start + offset.1..op.end + offset.1,
            meeting: None,
            span: end,
        });
    }
    out
}

/// Reads the body paragraphs of the resolution, or of one of its parts.
fn body(
    lines: &[Line<'_>],
    paras: &[Para<'_>],
    wrapped: bool,
    lex: &Lexicon<'_>,
    markers: &mut MarkerContext,
    ctx: &references::Context<'_>,
    diags: &mut Vec<Diagnostic>,
) -> BodyParts {
    // Sized from the labels (a numbered paragraph is most often an
    // operative one, an unlabelled one a preambular one): growing these
    // vectors of large paragraphs one push at a time moved each of them
    // again at every growth. An estimate only: where it is short, the
    // vector grows as before.
    let numbered = paras
        .iter()
        .filter(|p| matches!(p.label, Some(Label::Number(_))))
        .count();
    let unlabelled = paras.iter().filter(|p| p.label.is_none()).count();
    let mut preamble = Vec::with_capacity(unlabelled);
    let mut operative = Vec::with_capacity(numbered);
    let mut top: Option<Top> = None;
    let mut in_operative = false;
    let mut expected_number = 1;
    let mut pending_heading: Option<Heading> = None;
    // A group heading inside the open paragraph's list, for the item under it.
    let mut list_heading_above: Option<Heading> = None;
    let mut annexes_before: Vec<Annex> = Vec::new();
    let mut sections: Vec<SectionMark> = Vec::new();
    // Just after a section heading; inside a section's own preamble.
    let (mut after_section, mut section_preamble) = (false, false);
    // A text quoted whole by an operative paragraph runs to the end of the body.
    let quoted_at = paras
        .iter()
        .position(|p| p.quoted_start)
        .unwrap_or(paras.len());
    let (main_paras, quoted_paras) = paras.split_at(quoted_at);
    for (k, para) in main_paras.iter().enumerate() {
        let it = item(lines, para, wrapped, lex, markers, ctx, diags);
        if let Some(h) = list_heading(para, &it, main_paras.get(k + 1), top.is_some()) {
            list_heading_above = Some(h);
            continue;
        }
        if it.label.is_none() && is_section_heading(para, &it) {
            if let Some(t) = top.take() {
                t.finish(&mut preamble, &mut operative);
            }
            sections.push(SectionMark {
                lines: para.lines.clone(),
                text: it.text.clone(),
                span: it.span,
                preamble: preamble.len(),
                operative: operative.len(),
                own: false,
            });
            pending_heading = Some(Heading {
                text: it.text,
                span: it.span,
            });
            (after_section, section_preamble) = (true, false);
            continue;
        }
        let in_section = std::mem::take(&mut after_section) || section_preamble;
        section_preamble = false;
        match it.label {
            Some(Label::Number(n)) => {
                // `II` / … / `1. Approves …`: a section numbers from 1 again.
                if in_section && n == 1 && !operative.is_empty() {
                    if let Some(s) = sections.last_mut() {
                        s.own = true;
                    }
                    expected_number = 1;
                }
                in_operative = true;
                if n != expected_number {
                    diags.push(Diagnostic::warning(
                        DiagnosticKind::NumberingGap {
                            expected: expected_number,
                            found: n,
                        },
                        para.label_span.unwrap_or(it.span),
                    ));
                }
                expected_number = n + 1;
                if let Some(t) = top.take() {
                    t.finish(&mut preamble, &mut operative);
                }
                let item = para
                    .lines
                    .first()
                    .is_some_and(|&i| crate::blocks::opens_programme_item(lines[i].text));
                let lead = if item {
                    OpLead::Unled
                } else {
                    OpLead::Read(numbered_lead(&it.text))
                };
                top = Some(operative_top(
                    it,
                    (Some(n), None),
                    lead,
                    pending_heading.take(),
                    diags,
                ));
            }
            Some(Label::Sub(raw)) if provision_label(raw, top.as_ref(), in_operative, &it.text) => {
                // `… Two-State Solution:` / `(a) Expresses its profound
                // gratitude …;` / `(b) Endorses …`: a decision's provisions.
                in_operative = true;
                if let Some(t) = top.take() {
                    t.finish(&mut preamble, &mut operative);
                }
                let lead = numbered_lead(&it.text);
                let label = Some(sub_label(raw));
                // A group heading above a provision is the provision's.
                let heading = join_heading(pending_heading.take(), list_heading_above.take());
                top = Some(operative_top(
                    it,
                    (None, label),
                    OpLead::Read(lead),
                    heading,
                    diags,
                ));
            }
            Some(Label::Sub(raw)) => {
                let span = it.span;
                let mut sub = subparagraph(it, raw);
                sub.heading = list_heading_above.take();
                let t = top.get_or_insert_with(|| {
                    // Items under no paragraph: held by an empty one, of
                    // the part they stand in. Once the operative part has
                    // begun, nothing goes back into the preamble (an item
                    // under a heading between operative paragraphs).
                    if in_operative {
                        Top::Op(
                            OperativeParagraph {
                                number: None,
                                label: None,
                                lead: None,
                                text: String::new(),
                                subparagraphs: Vec::new(),
                                footnote_refs: Vec::new(),
                                references: Vec::new(),
                                heading: pending_heading.take(),
                                quoted_structure: None,
                                span,
                                segments: Vec::new(),
                            },
                            Nester::default(),
                        )
                    } else {
                        Top::Pre(
                            PreambularParagraph {
                                lead: None,
                                text: String::new(),
                                footnote_refs: Vec::new(),
                                references: Vec::new(),
                                subparagraphs: Vec::new(),
                                span,
                                segments: Vec::new(),
                            },
                            Nester::default(),
                        )
                    }
                });
                let (nester, chapeau) = t.nester_and_text();
                let before = nester.last_text().unwrap_or(chapeau);
                let after_colon = crate::blocks::strip_trailing_marks(before).ends_with(':');
                let (span, label) = (sub.span, sub.label.clone());
                if nester.push(raw, after_colon, sub) == Placement::OutOfSequence {
                    diags.push(Diagnostic::warning(
                        DiagnosticKind::LabelOutOfSequence { label },
                        span,
                    ));
                }
            }
            None => {
                let pre_lead = lead_of(&it.text, false);
                let before_number = matches!(
                    main_paras.get(k + 1).map(|p| p.label),
                    Some(Some(Label::Number(_)))
                );
                // In the preamble, a preambular lead decides the paragraph
                // whatever the operative grammar says (the first two arms
                // below): that grammar, which fails on most preambular
                // paragraphs, is then not run.
                let op_lead = if !in_operative && pre_lead.is_some() {
                    None
                } else {
                    // A short block that does not end as a paragraph ends
                    // is a heading, whatever its first word reads as
                    // (`Measures`, `Sanctions List` above a sanctions
                    // resolution's paragraphs): where it is that word
                    // alone, a lead with nothing after it; where a
                    // numbered paragraph follows it, a paragraph that
                    // would have run on into the next.
                    lead_of(&it.text, true).filter(|l| {
                        !(is_heading(&it.text)
                            && it.refs.is_empty()
                            && (l.len() == it.text.trim_end().len() || before_number))
                    })
                };
                let heading_like = pre_lead.is_none()
                    && op_lead.is_none()
                    && is_heading(&it.text)
                    && it.refs.is_empty();
                // The same short block right above the first numbered
                // paragraph heads the operative part, whatever its first
                // word reads as: a preambular paragraph ends in a comma
                // (`Peacebuilding Commission` / `1. Reaffirms …`, A/80/L.15,
                // was a preambular paragraph led by `Peacebuilding`). But a
                // lead UN texts print (`Noting the report of the
                // Secretary-General` / `1. Decides …`) opens the last
                // preambular paragraph, its comma lost: no heading opens so.
                let heads_operative = !in_operative
                    && before_number
                    && is_heading(&it.text)
                    && it.refs.is_empty()
                    && !(pre_lead.is_some() && run(attested_preambular_lead, &it.text).is_some());
                // A decision printed as one sentence (`At its 63rd meeting,
                // on …, the Human Rights Council decided that …`) is its
                // operative part, though no lead opens it.
                let narrative = !in_operative
                    && pre_lead.is_none()
                    && op_lead.is_none()
                    && crate::blocks::opens_narrative(&it.text);
                if in_operative && in_section && pre_lead.is_some() {
                    // `II` / `Capital master plan` / `Recalling …`: the
                    // section's own preamble, after operative paragraphs.
                    if let Some(s) = sections.last_mut() {
                        s.own = true;
                    }
                    section_preamble = true;
                    if let Some(t) = top.take() {
                        t.finish(&mut preamble, &mut operative);
                    }
                    top = Some(preambular_top(it, pre_lead));
                } else if !in_operative && (heading_like && top.is_some() || heads_operative) {
                    // `Therefore` between preamble and operative part (S/RES/1 (1946)):
                    // a heading of what follows, not a paragraph.
                    if let Some(t) = top.take() {
                        t.finish(&mut preamble, &mut operative);
                    }
                    pending_heading = Some(Heading {
                        text: it.text,
                        span: it.span,
                    });
                } else if !in_operative && !narrative && (pre_lead.is_some() || op_lead.is_none()) {
                    if let Some(t) = top.take() {
                        t.finish(&mut preamble, &mut operative);
                    }
                    if pre_lead.is_none() {
                        diags.push(Diagnostic::warning(DiagnosticKind::MissingLead, it.span));
                    }
                    top = Some(preambular_top(it, pre_lead));
                } else if !narrative
                    && op_lead.is_none()
                    && is_heading(&it.text)
                    && it.refs.is_empty()
                {
                    in_operative = true;
                    if let Some(t) = top.take() {
                        t.finish(&mut preamble, &mut operative);
                    }
                    pending_heading = Some(match pending_heading.take() {
                        Some(h) => Heading {
                            text: format!("{} {}", h.text, it.text),
                            span: h.span.cover(it.span),
                        },
                        None => Heading {
                            text: it.text,
                            span: it.span,
                        },
                    });
                } else {
                    in_operative = true;
                    if let Some(t) = top.take() {
                        t.finish(&mut preamble, &mut operative);
                    }
                    // Early Council texts set paragraphs that open and
                    // end as a preamble's do among the operative ones
                    // (`Finds …;` / `And further noting that …, Israel,` /
                    // `Calls upon …`, S/RES/95 (1951)): such a paragraph's
                    // lead is its preambular one. Only with the comma: a
                    // title or a sentence that opens with a participle
                    // (`Financing of …`) is no preambular paragraph.
                    let preambular_end =
                        || crate::blocks::strip_trailing_marks(&it.text).ends_with(',');
                    // A decision printed as one sentence has its verb after
                    // the organ (`The General Assembly, recalling …, decides`).
                    let lead = op_lead
                        .or_else(|| pre_lead.filter(|_| preambular_end()))
                        .or_else(|| {
                            narrative
                                .then(|| sentence_decision_lead(&it.text))
                                .flatten()
                                .map(|(_, l)| l.to_owned())
                        });
                    top = Some(operative_top(
                        it,
                        (None, None),
                        OpLead::Read(lead),
                        pending_heading.take(),
                        diags,
                    ));
                }
            }
        }
    }
    if let Some(t) = top.take() {
        t.finish(&mut preamble, &mut operative);
    }
    if !quoted_paras.is_empty() {
        let q = attached(lines, quoted_paras, wrapped, lex, markers, ctx, diags);
        let span = q.span.unwrap_or_default();
        match operative.last_mut() {
            Some(p) => {
                p.span = p.span.cover(span);
                p.quoted_structure = Some(QuotedStructure {
                    title: q.title,
                    blocks: q.blocks,
                    span,
                });
            }
            None => {
                // Stage 2 marks a quoted text only after an operative lead,
                // so this does not happen; were it to, keep the text as an
                // annex rather than lose it.
                annexes_before.push(Annex {
                    heading: String::new(),
                    title: q.title,
                    blocks: q.blocks,
                    span,
                });
            }
        }
    }

    // Sections are the body's divisions when one of them, at least, has its
    // own preamble or numbers from 1 again; otherwise their headings are
    // headings of the operative paragraphs they stand above.
    if sections.len() < 2 || !sections.iter().any(|s| s.own) {
        sections.clear();
    }
    for s in &sections {
        if let Some(p) = operative.get_mut(s.operative) {
            if p.heading.as_ref().is_some_and(|h| h.span == s.span) {
                p.heading = None;
            }
        }
    }
    BodyParts {
        preamble,
        operative,
        annexes: annexes_before,
        sections,
    }
}

/// Headings and paragraphs of a text attached to the resolution (an annex,
/// a declaration it adopts): the title, the blocks, and their cover.
struct Attached {
    title: Option<String>,
    blocks: Vec<AnnexBlock>,
    span: Option<Span>,
}

fn attached(
    lines: &[Line<'_>],
    paras: &[Para<'_>],
    wrapped: bool,
    lex: &Lexicon<'_>,
    markers: &mut MarkerContext,
    ctx: &references::Context<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Attached {
    let mut out = Attached {
        title: None,
        blocks: Vec::new(),
        span: None,
    };
    let mut open: Option<(AnnexParagraph, Nester)> = None;
    let flush = |n: Option<(AnnexParagraph, Nester)>, out: &mut Attached| {
        if let Some((mut p, n)) = n {
            p.subparagraphs = n.finish();
            p.span = cover_subs(p.span, &p.subparagraphs);
            out.span = Some(out.span.map_or(p.span, |s| s.cover(p.span)));
            out.blocks.push(AnnexBlock::Paragraph(p));
        }
    };
    // A group heading inside the open paragraph's list, for the item under it.
    let mut list_heading_above: Option<Heading> = None;
    for (k, para) in paras.iter().enumerate() {
        let it = item(lines, para, wrapped, lex, markers, ctx, diags);
        if let Some(h) = list_heading(para, &it, paras.get(k + 1), open.is_some()) {
            list_heading_above = Some(h);
            continue;
        }
        match it.label {
            Some(Label::Sub(raw)) if open.is_some() => {
                if let Some((p, n)) = open.as_mut() {
                    let before = n.last_text().unwrap_or(&p.text);
                    let after_colon = crate::blocks::strip_trailing_marks(before).ends_with(':');
                    let mut sub = subparagraph(it, raw);
                    sub.heading = list_heading_above.take();
                    n.push(raw, after_colon, sub);
                }
            }
            label => {
                flush(open.take(), &mut out);
                let number = match label {
                    Some(Label::Number(n)) => Some(n),
                    _ => None,
                };
                // The first block, unpunctuated, is the text's title: a
                // declaration's title and subtitle run past a heading's
                // length (A/RES/73/3's, 185 bytes).
                let first = out.title.is_none() && out.blocks.is_empty();
                let title_like =
                    first && it.text.len() <= MAX_TITLE_LEN && !ends_finished(&it.text);
                if number.is_none() && it.refs.is_empty() && (is_heading(&it.text) || title_like) {
                    out.span = Some(out.span.map_or(it.span, |s| s.cover(it.span)));
                    if first {
                        out.title = Some(it.text);
                    } else {
                        out.blocks.push(AnnexBlock::Heading(Heading {
                            text: it.text,
                            span: it.span,
                        }));
                    }
                    continue;
                }
                let lead = declaration_lead(&it.text);
                open = Some((
                    AnnexParagraph {
                        number,
                        lead,
                        text: it.text,
                        footnote_refs: it.refs,
                        references: it.references,
                        subparagraphs: Vec::new(),
                        span: it.span,
                        segments: it.segments,
                    },
                    Nester::default(),
                ));
            }
        }
    }
    flush(open.take(), &mut out);
    out
}

fn annex(
    lines: &[Line<'_>],
    a: &crate::blocks::AnnexLines<'_>,
    wrapped: bool,
    lex: &Lexicon<'_>,
    markers: &mut MarkerContext,
    ctx: &references::Context<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Annex {
    let heading_line = lines[a.heading];
    let body = attached(lines, &a.paras, wrapped, lex, markers, ctx, diags);
    // `#### **Annex United Nations principles …**`, `Annex 2025 Political
    // Declaration …`: the heading is `Annex`, the rest its title (read as the annex's first paragraph).
    let heading = bare(heading_line.text);
    // (The line is the annex's heading: its title is read as the walk
    // read it.)
    let heading = match crate::blocks::annex_title_on_heading(heading_line.text, true) {
        Some(title) => heading
            .strip_suffix(title)
            .unwrap_or(heading)
            .trim_end_matches([':', '.', '—', '–', ' ']),
        None => heading,
    };
    Annex {
        heading: heading.to_owned(),
        title: body.title,
        blocks: body.blocks,
        span: body
            .span
            .map_or(heading_line.span, |s| s.cover(heading_line.span)),
    }
}

/// The lead of a paragraph of an attached text: an operative lead
/// (`Decides`), a preambular one, or the first-person plural of a
/// declaration (`Reaffirm`, `Further reaffirm`; `commit` of `We commit`),
/// also after an introduction (`Given the strong association …, commit`).
/// A paragraph that opens `We <verb>` has that verb as its lead, never one
/// after a later comma (`We express our concern …, recognize that …`).
fn declaration_lead(text: &str) -> Option<String> {
    lead_of(text, true)
        // A preambular lead only of the heads UN texts print: an attached
        // text's paragraphs are also titles and articles (`Addressing the
        // Special Needs of …`, `Nothing in this Convention …`), and a
        // convention's preamble prints the usual heads (`Conscious of`).
        .or_else(|| run(attested_preambular_lead, text).map(|(l, _)| l.to_owned()))
        .or_else(|| run(plural_lead, text).map(|(l, _)| l.to_owned()))
        .or_else(|| run(we_lead, text).map(|(l, _)| l.to_owned()))
        .or_else(|| {
            // `We will ensure …`: the subject opens the clause, so a verb
            // after a later comma is a clause of its own, not the lead.
            (!text.starts_with("We "))
                .then(|| plural_lead_after_intro(text).map(str::to_owned))
                .flatten()
        })
}

fn closing(lines: &[Line<'_>], idx: &[usize]) -> Option<Meeting> {
    let &first = idx.first()?;
    let text = bare(lines[first].text);
    // A closing may be its date alone (a text adopted without a meeting).
    let (number, rest) = run(meeting, text).map_or((None, text), |(n, rest)| (Some(n), rest));
    // The date on a line of its own, or after the meeting on its line
    // (`48th plenary meeting 24 November 2025`, extractors that join a
    // page's lines).
    let date = idx
        .get(1)
        .and_then(|&i| run_all(date, bare(lines[i].text)))
        .or_else(|| run_all(date, rest.trim()));
    let span = cover(lines, idx);
    Some(Meeting {
        text: text.to_owned(),
        number,
        date,
        footnote_refs: Vec::new(),
        span,
    })
}

/// The adoption line of a Council compilation text: the meeting and the
/// vote; or the Council's adoption line set under the text (`Adopted by
/// the Security Council at its 7399th meeting, on 5 March 2015.`): the
/// meeting and the date, no vote (no meeting either for a text adopted by
/// written procedure: `Adopted by the Security Council on 4 June 2020.`).
fn council_adoption(
    lines: &[Line<'_>],
    idx: &[usize],
    lex: &Lexicon<'_>,
    markers: &mut MarkerContext,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Option<Meeting>, Option<Vote>, Option<crate::ast::Date>)> {
    if idx.is_empty() {
        return None;
    }
    let c = clean_with(&line_pieces(lines, idx), lex, Some(markers), diags);
    let span = cover(lines, idx);
    let Some((line, _)) = run(sc_adoption, &c.text) else {
        let Some(((_, number, date), _)) = run(council_adoption_heading, &c.text) else {
            let ((_, date), _) = run(adoption, &c.text)?;
            return date.map(|d| (None, None, Some(d)));
        };
        let meeting = Meeting {
            text: format!("{} meeting", ordinal_text(number)),
            number: Some(number),
            date,
            footnote_refs: c.refs,
            span,
        };
        return Some((Some(meeting), None, date));
    };
    let result = match line.votes {
        _ if line.unanimous => VoteResult::Unanimous,
        Some(v) => VoteResult::Recorded {
            in_favour: v.in_favour,
            in_favour_states: Vec::new(),
            against: named_tally(v.against.0, &v.against.1),
            abstaining: named_tally(v.abstaining.0, &v.abstaining.1),
        },
        None => VoteResult::NotStated,
    };
    let meeting = Meeting {
        text: format!("{} meeting", ordinal_text(line.meeting)),
        number: Some(line.meeting),
        date: None,
        footnote_refs: c.refs,
        span,
    };
    Some((
        Some(meeting),
        Some(Vote {
            text: c.text,
            result,
            span,
        }),
        None,
    ))
}

/// The bracketed vote note under the closing line: its text as printed,
/// and the result its head states, with the States each list names
/// (`In favour:` … `Against:` … `Abstaining:` …).
fn vote_note(
    lines: &[Line<'_>],
    idx: &[usize],
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vote> {
    if idx.is_empty() {
        return None;
    }
    let text = clean_lines(lines, idx, lex, diags).text;
    let span = cover(lines, idx);
    let result = match run(crate::grammar::masthead::vote_note, &text) {
        Some((VoteNote::WithoutVote, _)) => VoteResult::WithoutVote,
        Some((VoteNote::Recorded(in_favour, against, abstaining), _)) => {
            // Each list runs from its heading to the next (or the bracket).
            let list = |head: &str| -> Vec<&str> {
                let Some(at) = text.find(head) else {
                    return Vec::new();
                };
                let rest = &text[at + head.len()..];
                let end = ["In favour:", "Against:", "Abstaining:", "]"]
                    .iter()
                    .filter_map(|h| rest.find(h))
                    .min()
                    .unwrap_or(rest.len());
                // `Chile.` / `Against:` (the Council's reports of 2006 to
                // 2009 end each list with a full stop).
                rest[..end]
                    .split(',')
                    .map(|s| s.trim().trim_end_matches('.').trim_end())
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            // `… Uruguay and Venezuela (Bolivarian Republic of)`: split with
            // the gazetteer, as an adoption line's lists are.
            VoteResult::Recorded {
                in_favour,
                in_favour_states: named_tally(in_favour, &list("In favour:")).states,
                against: named_tally(against, &list("Against:")),
                abstaining: named_tally(abstaining, &list("Abstaining:")),
            }
        }
        None => VoteResult::NotStated,
    };
    Some(Vote { text, result, span })
}

/// [`tally`] of an adoption line's list, whose pieces between commas may
/// hold two names joined by `and` (`Cuba and Yemen`) or one name with
/// `and` inside (`United Kingdom of Great Britain and Northern Ireland`):
/// split with the gazetteer of States, longest name first, as sponsor
/// lists are (DOMAIN.md §3).
fn named_tally(count: u32, pieces: &[&str]) -> Tally {
    let states = pieces
        .iter()
        .flat_map(|piece| {
            masthead::split_names(piece)
                .into_iter()
                .filter_map(|(start, end)| piece.get(start..end))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    Tally { count, states }
}

/// `2963` → `2963rd`.
fn ordinal_text(n: u32) -> String {
    format!("{n}{}", crate::grammar::ordinal::ordinal_suffix(n))
}

/// Every marker has a note, every note a marker, numbers run on.
fn check_footnotes(r: &Resolution, diags: &mut Vec<Diagnostic>) {
    fn subs(list: &[Subparagraph], out: &mut Vec<(FootnoteMarker, Span)>) {
        for s in list {
            out.extend(s.footnote_refs.iter().map(|f| (f.marker, s.span)));
            subs(&s.subparagraphs, out);
        }
    }
    let mut cited: Vec<(FootnoteMarker, Span)> = Vec::new();
    for p in &r.preamble {
        cited.extend(p.footnote_refs.iter().map(|f| (f.marker, p.span)));
        subs(&p.subparagraphs, &mut cited);
    }
    let blocks = |blocks: &[AnnexBlock], cited: &mut Vec<(FootnoteMarker, Span)>| {
        for b in blocks {
            if let AnnexBlock::Paragraph(p) = b {
                cited.extend(p.footnote_refs.iter().map(|f| (f.marker, p.span)));
                subs(&p.subparagraphs, cited);
            }
        }
    };
    for p in &r.operative {
        cited.extend(p.footnote_refs.iter().map(|f| (f.marker, p.span)));
        subs(&p.subparagraphs, &mut cited);
        // A declaration the paragraph adopts cites notes too (A/RES/73/3).
        if let Some(q) = &p.quoted_structure {
            blocks(&q.blocks, &mut cited);
        }
    }
    for a in &r.annexes {
        blocks(&a.blocks, &mut cited);
    }
    if let Status::Adopted { adoption, .. } = &r.status {
        if let Some(m) = &adoption.meeting {
            cited.extend(m.footnote_refs.iter().map(|f| (f.marker, m.span)));
        }
    }
    for item in &r.masthead.agenda_items {
        let span = r.masthead.span.unwrap_or(r.span);
        cited.extend(item.footnote_refs.iter().map(|f| (f.marker, span)));
    }
    if let Status::Draft {
        sponsors: Some(s), ..
    } = &r.status
    {
        cited.extend(s.footnote_refs.iter().map(|f| (f.marker, s.span)));
        for sp in &s.list {
            cited.extend(sp.footnote_refs.iter().map(|f| (f.marker, s.span)));
        }
    }
    let noted: BTreeSet<FootnoteMarker> = r.footnotes.iter().map(|f| f.marker).collect();
    let cited_set: BTreeSet<FootnoteMarker> = cited.iter().map(|&(m, _)| m).collect();
    for &(marker, span) in &cited {
        if !noted.contains(&marker) {
            diags.push(Diagnostic::warning(
                DiagnosticKind::MissingFootnote { marker },
                span,
            ));
        }
    }
    for f in &r.footnotes {
        if !cited_set.contains(&f.marker) {
            diags.push(Diagnostic::warning(
                DiagnosticKind::UncitedFootnote { marker: f.marker },
                f.span,
            ));
        }
    }
    let mut prev: Option<u32> = None;
    for f in &r.footnotes {
        if let FootnoteMarker::Number(n) = f.marker {
            if let Some(p) = prev {
                if n != p + 1 {
                    diags.push(Diagnostic::warning(
                        DiagnosticKind::FootnoteSequence {
                            expected: p + 1,
                            found: n,
                        },
                        f.span,
                    ));
                }
            }
            prev = Some(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines::split_lines;

    /// The definition of [`span_and_segments`]: sort, deduplicate, group
    /// into runs, cover each run.
    fn span_and_segments_spec(lines: &[Line<'_>], idx: &[usize]) -> (Span, Vec<Span>) {
        let mut idx = idx.to_vec();
        idx.sort_unstable();
        idx.dedup();
        let mut out: Vec<Span> = Vec::new();
        let mut prev: Option<usize> = None;
        for &i in &idx {
            let span = lines[i].span;
            let contiguous =
                prev.is_some_and(|p| p == i || lines[p + 1..i].iter().all(Line::is_blank));
            match out.last_mut() {
                Some(last) if contiguous => *last = last.cover(span),
                _ => out.push(span),
            }
            prev = Some(i);
        }
        let span = out.iter().copied().reduce(Span::cover).unwrap_or_default();
        (span, if out.len() > 1 { out } else { Vec::new() })
    }

    #[test]
    fn span_and_segments_agrees_with_spec() {
        let input = "a\nb\n\nc\n  \nd\ne\n\n\nf\ng";
        let lines = split_lines(input);
        let n = lines.len();
        let mut cases: Vec<Vec<usize>> = vec![vec![]];
        for a in 0..n {
            cases.push(vec![a]);
            for b in 0..n {
                cases.push(vec![a, b]);
                for c in 0..n {
                    cases.push(vec![a, b, c]);
                    cases.push(vec![a, b, c, a]);
                }
            }
        }
        cases.push((0..n).collect());
        cases.push((0..n).rev().collect());
        for idx in cases {
            assert_eq!(
                span_and_segments(&lines, &idx),
                span_and_segments_spec(&lines, &idx),
                "{idx:?}"
            );
        }
    }
}
