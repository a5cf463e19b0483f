//! The front of the document: masthead fields, sponsors, adoption data and
//! title, matched by form, not position (layouts scramble this block).
//!
//! | printed | field |
//! |---|---|
//! | `General Assembly` | `masthead.body` |
//! | `A/C.3/80/L.35` | `masthead.symbol` |
//! | `Distr.: Limited` / `4 November 2025` | `distribution`, `date` |
//! | `Original: English`, `Eightieth session`, `Third Committee` | … |
//! | `Agenda item 71 (b)` + title lines | `agenda_items` |
//! | `Item 35 of the provisional agenda*` + title lines | `agenda_items` (the `*` on the item) |
//! | `Cuba:* draft resolution` (may wrap) | `sponsors` |
//! | `Resolution adopted by the General Assembly on 18 December 2025` | `adoption.date` |
//! | `[on the report of the Third Committee (A/80/545, para. 5)]` | `adoption.origin` |
//! | `80/204. Enhancement of …` | `adoption.number`, `title` |
//! | the last unclaimed lines before the formula | `title` |
//!
//! The agenda item's title runs from the item's line to the first blank
//! line; the sponsor block from there to `: draft resolution`, where a
//! State's name may break across lines (`Democratic` / `People’s Republic
//! of Korea`). A title is words: a line of punctuation alone (`,`) is
//! dropped. A draft submitted by an officer has no sponsors.

use std::sync::OnceLock;

use super::{clean_lines, cover, text_piece};
use crate::ast::{
    Adoption, AgendaItem, Body, DocumentKind, FootnoteRef, Masthead, Meeting, Origin, OriginKind,
    Period, Session, Sponsor, Sponsors, Submitter, Title,
};
use crate::blocks::bare;
use crate::error::{Diagnostic, DiagnosticKind, DropReason};
use crate::grammar::date::{damaged_date_line, date, date_range};
use crate::grammar::masthead::{
    adoption, agenda, body, bracketed, committee, compilation_heading, council_adoption_heading,
    council_resolution_heading, distribution, draft_marker_at_end, number_placeholder, original,
    original_keyword, preceded_of_date, report_origin, resolution_number, session,
    spaced_resolution_number, without_reference, AgendaLine,
};
use crate::grammar::symbol::document_symbol;
use crate::grammar::{run, run_all};
use crate::normalize::inline::clean;
use crate::normalize::lexicon::Lexicon;
use crate::normalize::Line;
use crate::span::Span;
use crate::symbol::DocumentSymbol;

static STATES_TXT: &str = include_str!("../../data/states.txt");

/// What the front lines hold.
#[derive(Debug, Default)]
pub(crate) struct Front {
    pub(crate) masthead: Masthead,
    pub(crate) sponsors: Option<Sponsors>,
    pub(crate) adoption: Option<Adoption>,
    pub(crate) title: Option<Title>,
    /// `the Vice-Chair of the Committee, Weronika Garbacz (Poland)`.
    pub(crate) submitted_by: Option<Submitter>,
    /// What the sponsor, submission or adoption line says the text is: a
    /// resolution or a decision.
    pub(crate) kind: DocumentKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Field,
    AgendaTitle,
    Sponsors,
    /// `Draft resolution submitted by the Chair of the Committee …`: an
    /// officer presents the text, so it has no sponsor line.
    Submission,
    Title,
    Unclaimed,
}

/// How far apart two lines of one field stand in `front` (indices into
/// the lines, blank ones left out): 1, or 2 where the rendering puts a
/// blank line after every line (PDF extractions that double every break),
/// so that no two front lines are neighbours.
fn line_step(front: &[usize]) -> usize {
    let doubled = front.len() > 2 && front.windows(2).all(|w| w[1] >= w[0] + 2);
    if doubled {
        2
    } else {
        1
    }
}

/// Whether `line` continues the agenda item's title `title`, printed on
/// the item's line and wrapped: it opens in lower case (`General and
/// complete disarmament:` / `transparency in armaments`), or the title
/// stops where no title ends (`…: `, `…,`, `… and`).
fn continues_agenda_title(title: &str, line: &str) -> bool {
    let last = title.rsplit(' ').next().unwrap_or(title);
    line.starts_with(char::is_lowercase)
        || title.ends_with([':', ',', '–', '—'])
        || matches!(last, "and" | "of" | "the" | "for" | "on" | "in" | "to")
}

/// Adds `line` to the agenda title printed on the item's line, where it
/// continues it ([`continues_agenda_title`]); whether it did.
fn extend_agenda_title(title: &mut Option<String>, line: &str) -> bool {
    match title.as_mut().filter(|t| continues_agenda_title(t, line)) {
        Some(t) => {
            t.push(' ');
            t.push_str(line);
            true
        }
        None => false,
    }
}

/// Adds the agenda items a line reads (`71 (b)`) to the masthead, their
/// titles still unknown.
fn push_agenda_items(m: &mut Masthead, (list, items): AgendaLine<'_>) {
    m.agenda_items
        .extend(items.into_iter().map(|(number, sub)| AgendaItem {
            number,
            sub_item: sub.map(str::to_owned),
            title: None,
            footnote_refs: Vec::new(),
            list,
        }));
}

/// Gives the markers of an agenda line (`Item 35 of the provisional
/// agenda*`) to the last item it read: the note tells where the item's
/// number comes from, so it belongs to the item, not to its title.
fn mark_agenda_line(m: &mut Masthead, refs: &[FootnoteRef]) {
    if let Some(item) = m.agenda_items.last_mut() {
        item.footnote_refs
            .extend(refs.iter().map(|r| FootnoteRef::new(r.marker, 0)));
    }
}

/// Words that end no phrase: a line of a masthead phrase that ends in one
/// (or in a comma) goes on in the next.
const UNFINISHING_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "at",
    "by",
    "for",
    "following",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
];

/// Whether `text`, a line, ends where its phrase cannot: in a comma or a
/// word of [`UNFINISHING_WORDS`].
fn ends_unfinished(text: &str) -> bool {
    let t = bare(text.trim_end());
    t.ends_with(',')
        || t.rsplit(' ')
            .next()
            .is_some_and(|w| UNFINISHING_WORDS.contains(&w))
}

/// Whether `text`, the line after a finished one, still goes on its phrase:
/// it starts in lower case or with a document symbol (`on draft resolution`
/// / `A/C.2/80/L.5`), as a title never does.
fn continues_phrase(text: &str) -> bool {
    let t = bare(text.trim_start());
    t.starts_with(char::is_lowercase)
        || t.split(' ')
            .next()
            .is_some_and(|w| w.contains('/') && w.starts_with(char::is_uppercase))
}

/// Reads the front lines `front` (indices into `lines`).
pub(crate) fn front(
    lines: &[Line<'_>],
    front: &[usize],
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Front {
    let mut out = Front::default();
    let mut roles = vec![Role::Unclaimed; front.len()];
    let step = line_step(front);
    let mut m = Masthead::default();
    let mut adoption_data = Adoption::default();
    let mut adopted = false;
    let mut submitted_by: Option<Submitter> = None;
    let mut kind = DocumentKind::Resolution;
    let mut inline_agenda_title: Option<String> = None;
    // The agenda title on the item's line may run on to the next lines.
    let mut inline_open = false;
    let mut k = 0;
    // The index in `front` after which unclaimed lines are the agenda title.
    let mut after_agenda = false;
    while k < front.len() {
        let line = &lines[front[k]];
        let mut scratch = Vec::new();
        let cleaned = clean(&[text_piece(line)], lex, &mut scratch);
        let t = bare(cleaned.text.trim_start_matches('#').trim());
        let mut claimed = true;
        let was_open = std::mem::replace(&mut inline_open, false);
        // `may_be_field` first: title and sponsor lines would otherwise run
        // all seven grammars. `simple_field` changes `m` only when it reads
        // a field, so a column turned away here stops `all` as it would.
        // An organ's name under the sponsors (`Draft resolution submitted
        // by the President of the General Assembly` / `Human Rights
        // Council`, A/60/L.48) is the draft's title, not the organ.
        let title_after_sponsors = (submitted_by.is_some() || roles[..k].contains(&Role::Sponsors))
            && run_all(body, t).is_some();
        if title_after_sponsors {
            claimed = false;
        } else if may_be_field(t) && simple_field(t, &mut m) {
        } else if line.text.contains("    ")
            && line
                .text
                .split("    ")
                .map(|c| bare(c.trim()))
                .filter(|c| !c.is_empty())
                .all(|c| may_be_field(c) && simple_field(c, &mut m))
        {
            // `-layout` mastheads print two columns: `General Assembly      Distr.: Limited`.
        } else if let Some(lang) = original_on_next_line(lines, front, k, step, t) {
            // `ORIGINAL:` / `ENGLISH`: the field's value on the next line.
            m.original_language = Some(lang);
            roles[k] = Role::Field;
            roles[k + 1] = Role::Field;
            diags.append(&mut scratch);
            k += 2;
            after_agenda = false;
            continue;
        } else if let Some(submitted) = [DocumentKind::Resolution, DocumentKind::Decision]
            .into_iter()
            .find(|k| t.starts_with(k.submission_opening()))
        {
            kind = submitted;
            // A text submitted by an officer: `Draft resolution submitted by the
            // Vice-Chair of the Committee,` / `Weronika Garbacz (Poland)`.
            // A line that ends in a comma or a word that ends no phrase goes
            // on past a blank line: the officer's name is still to come
            // (pdfminer sets blank lines between `… of the Committee,` and
            // `Weronika Garbacz (Poland)`, or `… the Committee following`
            // and `informal consultations`).
            let mut idx = vec![front[k]];
            while let Some(&next) = front.get(k + idx.len()) {
                let last = idx[idx.len() - 1];
                // Where every line stands apart (`step` 2), only an
                // unfinished line goes on: the title is the next line. Where
                // no blank line sets the title apart (PDFium, pdfplumber),
                // a finished line goes on only into a line that cannot open
                // a title: lower case (`informal consultations`) or a
                // document symbol.
                let apart = next > last + 1 || step > 1;
                if !ends_unfinished(lines[last].text)
                    && (apart || !continues_phrase(lines[next].text))
                {
                    break;
                }
                idx.push(next);
            }
            let c = clean_lines(lines, &idx, lex, diags);
            let by = c.text.split_once("submitted by ").map_or("", |(_, b)| b);
            submitted_by = Some(Submitter {
                text: by.trim_end_matches([',', ' ']).to_owned(),
                span: cover(lines, &idx),
            });
            for r in &mut roles[k..k + idx.len()] {
                *r = Role::Submission;
            }
            k += idx.len();
            after_agenda = false;
            continue;
        } else if let Some(items) = run_all(agenda, t) {
            push_agenda_items(&mut m, items);
            mark_agenda_line(&mut m, &cleaned.refs);
            roles[k] = Role::Field;
            after_agenda = true;
            k += 1;
            continue;
        } else if let Some((items, title)) =
            run(agenda, t).filter(|(_, title)| title.starts_with(' '))
        {
            // `Agenda item 71 (b) Promotion and protection of human rights: …`:
            // the item's title on its line (pymupdf4llm joins them).
            push_agenda_items(&mut m, items);
            inline_agenda_title = Some(title.trim().to_owned());
            inline_open = true;
            roles[k] = Role::Field;
            after_agenda = false;
            k += 1;
            continue;
        } else if let Some((b, d, meeting, used)) = adoption_lines(lines, front, k, step) {
            // `Resolution adopted by the General Assembly on` / `26 October 2018`,
            // `Adopted by the Security Council at its 3145th meeting,` / `on 3 December 1992`.
            adopted = true;
            set_body(&mut m.body, b);
            if t.starts_with("Decision adopted by") {
                kind = DocumentKind::Decision;
            }
            if d.is_some() {
                adoption_data.date = d;
            }
            // The Council prints its meeting here, and no closing line.
            if let Some(number) = meeting {
                adoption_data.meeting = Some(Meeting {
                    text: format!("{} meeting", super::ordinal_text(number)),
                    number: Some(number),
                    date: d,
                    footnote_refs: Vec::new(),
                    span: cover(lines, &front[k..k + used]),
                });
            }
            for r in &mut roles[k..k + used] {
                *r = Role::Field;
            }
            diags.append(&mut scratch);
            k += used;
            after_agenda = false;
            continue;
        } else if let Some((number, d)) = council_heading(lines, front, k) {
            // `RESOLUTION 794 (1992)`, `Resolution 242 (1967)` / `of 22 November 1967`.
            adopted = true;
            adoption_data.number = Some(number.0);
            if d.is_some() {
                adoption_data.date = d;
            }
            for r in &mut roles[k..k + number.1] {
                *r = Role::Field;
            }
            diags.append(&mut scratch);
            k += number.1;
            after_agenda = false;
            continue;
        } else if let Some(inner) = bracketed_origin(lines, front, k) {
            let (text, last, span) = inner;
            adoption_data.origin = Some(origin(&text, span));
            adopted = true;
            for r in &mut roles[k..=last] {
                *r = Role::Field;
            }
            k = last + 1;
            after_agenda = false;
            continue;
        } else if let Some(((number, d), _)) = run(compilation_heading, t) {
            adopted = true;
            adoption_data.number = Some(number.to_owned());
            adoption_data.date.get_or_insert(d);
        } else if let Some((number, rest)) = run(resolution_number, t)
            .map(|(n, r)| (n.to_owned(), r))
            .or_else(|| run(spaced_resolution_number, t))
        {
            adopted = true;
            adoption_data.number = Some(number);
            roles[k] = Role::Field;
            if !rest.trim().is_empty() {
                // `80/204. Enhancement of …`: the title starts on this line.
                roles[k] = Role::Title;
            }
            after_agenda = false;
            k += 1;
            continue;
        } else if let Some(marked) = draft_marker_at_end(t) {
            kind = marked;
            roles[k] = Role::Sponsors;
            after_agenda = false;
            k += 1;
            continue;
        } else if let Some((rest, before)) = peel_fields_undoable(t, &mut m) {
            // A layout that ran fields together: `General Assembly Distr.:
            // General 31 October 2025`, `Eightieth session Agenda item 38
            // Necessity of ending …` (the agenda title may follow on the line).
            if let Some((items, title)) = run(agenda, rest) {
                push_agenda_items(&mut m, items);
                if !title.trim().is_empty() {
                    inline_agenda_title = Some(title.trim().to_owned());
                    inline_open = true;
                }
            } else if let Some(sym) = symbol_with_series_above(lines, front, k, rest) {
                m.symbol.get_or_insert(sym);
                roles[k - 1] = Role::Field;
            } else if was_open && extend_agenda_title(&mut inline_agenda_title, t) {
                // `…: ` / `United Nations Regional Centre for Peace, …`: the
                // agenda title's rest, whatever field its words open with.
                inline_open = true;
            } else if !rest.is_empty() {
                // No masthead line after all, but a title that opens as a
                // field ends (`Increase in the membership of the Committee`
                // / `on the Peaceful Uses of Outer Space`): what was read
                // from its start is undone, but for the organ, whose name
                // (one of four) stands wherever a line opens with it
                // (`United Nations Security Council Resolution 2208 –
                // Libya`, a web page's heading).
                let body = m.body;
                m = before;
                m.body = body;
                claimed = false;
            }
        } else if let Some(sym) = symbol_with_series_above(lines, front, k, t) {
            m.symbol.get_or_insert(sym);
            roles[k - 1] = Role::Field;
        } else if was_open && extend_agenda_title(&mut inline_agenda_title, t) {
            // `Eightieth session Agenda item 99 (g) General and complete
            // disarmament:` / `transparency in armaments`.
            inline_open = true;
        } else {
            claimed = false;
        }
        if claimed {
            roles[k] = Role::Field;
            diags.append(&mut scratch);
            after_agenda = false;
        } else if after_agenda {
            roles[k] = Role::AgendaTitle;
        }
        k += 1;
    }
    // Sponsor line: the run of lines ending in `draft resolution`, back over
    // wrapped lines: a line that starts in lower case continues the one
    // before (`Saint Kitts` / `and Nevis`), and a line ending in `,`, `and`,
    // `of`, `the` or inside parentheses continues on the next (`Venezuela
    // (Bolivarian` / `Republic of)`, `United Kingdom of` / `Great Britain …`),
    // as does a line of States' names, whose last name may break anywhere
    // (`… Cuba, Democratic` / `People’s Republic of Korea, …`).
    if let Some(end) = roles.iter().position(|r| *r == Role::Sponsors) {
        let mut startk = end;
        // A line of States' names that ends in a comma goes on past a
        // blank line: pdfminer sets the list's hanging first line apart
        // (`  Afghanistan, Armenia, …,` / blank / `Botswana, …`, A/80/L.4),
        // and no agenda title ends so.
        let hangs = |k: usize| {
            let prev = bare(lines[front[k]].text);
            prev.ends_with(',') && is_sponsor_list_line(prev)
        };
        while startk > 0
            && roles[startk - 1] != Role::Field
            && (front[startk - 1] + step >= front[startk] || hangs(startk - 1))
        {
            let this = bare(lines[front[startk]].text);
            let prev = bare(lines[front[startk - 1]].text);
            let open_paren = prev.matches('(').count() > prev.matches(')').count();
            let continues = this.starts_with(|c: char| c.is_lowercase())
                || prev.ends_with(',')
                || open_paren
                || [" and", " of", " the"].iter().any(|w| prev.ends_with(w))
                || is_sponsor_list_line(prev)
                || breaks_a_state_name(prev, this);
            if !continues {
                break;
            }
            startk -= 1;
        }
        startk = after_agenda_title(lines, front, &roles, startk, step);
        for r in &mut roles[startk..=end] {
            *r = Role::Sponsors;
        }
        let idx: Vec<usize> = front[startk..=end].to_vec();
        // `Draft resolution` alone (the Sixth Committee's drafts, put
        // forward by its Bureau) names no sponsor: no list, though the line
        // says what the text is a draft of.
        let s = sponsors(lines, &idx, lex, diags);
        out.sponsors = (!s.list.is_empty() || !s.footnote_refs.is_empty()).then_some(s);
    }
    // Agenda title: the agenda-title lines before the sponsors or other fields.
    let agenda_title: Vec<usize> = front
        .iter()
        .zip(&roles)
        .filter(|(_, r)| **r == Role::AgendaTitle)
        .map(|(&i, _)| i)
        .collect();
    // The title: the last run of unclaimed lines (or a `80/204. Title` line and what follows).
    let mut title_idx: Vec<usize> = Vec::new();
    for (k, &i) in front.iter().enumerate().rev() {
        match roles[k] {
            Role::Unclaimed | Role::Title => title_idx.push(i),
            Role::AgendaTitle if out.sponsors.is_none() && !adopted && title_idx.is_empty() => {
                // No sponsor line and no adoption data: the text after the
                // agenda item is the document title.
                title_idx.push(i);
            }
            _ if title_idx.is_empty() => {}
            _ => break,
        }
        if roles[k] == Role::Title {
            break;
        }
    }
    title_idx.reverse();
    let agenda_title: Vec<usize> = agenda_title
        .into_iter()
        .filter(|i| !title_idx.contains(i))
        .collect();
    if !agenda_title.is_empty() {
        let groups = titles_per_item(lines, &agenda_title, step, m.agenda_items.len());
        for (item, group) in m.agenda_items.iter_mut().zip(groups) {
            item.title = Some(clean_lines(lines, group, lex, diags).text);
        }
    } else if let Some(title) = inline_agenda_title {
        if let Some(item) = m.agenda_items.first_mut() {
            item.title = Some(title);
        }
    }
    // A title is words: a line of punctuation alone (the `,` a Word export
    // left of `The Economic and Social Council,`) is no part of it.
    let mut punctuation = Vec::new();
    title_idx.retain(|&i| {
        let words = lines[i].text.chars().any(char::is_alphanumeric);
        if !words {
            punctuation.push(i);
            diags.push(Diagnostic::repair(
                DiagnosticKind::DroppedLine {
                    reason: DropReason::Punctuation,
                },
                lines[i].span,
            ));
        }
        words
    });
    if !title_idx.is_empty() {
        let c = clean_lines(lines, &title_idx, lex, diags);
        let mut text = c.text;
        let plain = bare(&text);
        if let Some(rest) = run(resolution_number, plain)
            .map(|(_, r)| r)
            .or_else(|| run(spaced_resolution_number, plain).map(|(_, r)| r))
            .or_else(|| run(number_placeholder, plain).map(|(_, r)| r))
        {
            text = bare(rest).to_owned();
        }
        let span = cover(lines, &title_idx);
        out.title = Some(Title {
            text: bare(&text).to_owned(),
            span,
            segments: Vec::new(),
        });
    }
    for (k, &i) in front.iter().enumerate() {
        if roles[k] == Role::Unclaimed && !title_idx.contains(&i) && !punctuation.contains(&i) {
            diags.push(Diagnostic::warning(
                DiagnosticKind::UnrecognizedMasthead {
                    text: lines[i].text.to_owned(),
                },
                lines[i].span,
            ));
        }
    }
    let masthead_lines: Vec<usize> = front
        .iter()
        .zip(&roles)
        .filter(|(_, r)| matches!(r, Role::Field | Role::AgendaTitle))
        .map(|(&i, _)| i)
        .collect();
    if !masthead_lines.is_empty() {
        m.span = Some(cover(lines, &masthead_lines));
    }
    out.masthead = m;
    if adopted {
        out.adoption = Some(adoption_data);
    }
    out.submitted_by = submitted_by;
    out.kind = kind;
    out
}

/// The agenda-title lines `title` (indices into `lines`) cut into one title
/// per agenda item: where a line lists `items` items (`Agenda items 13 and
/// 75`), their titles follow in that order, each a block set apart by a
/// blank line (`Integrated and coordinated implementation …` / blank /
/// `Oceans and the law of the sea`, A/80/L.14). Where the blocks are not
/// one per item, or a block stops where no title ends (`… and` / blank /
/// `…`, a wrapped title), the lines are one title, the first item's.
fn titles_per_item<'t>(
    lines: &[Line<'_>],
    title: &'t [usize],
    step: usize,
    items: usize,
) -> Vec<&'t [usize]> {
    let mut blocks: Vec<&[usize]> = title.chunk_by(|a, b| *a + step >= *b).collect();
    let whole = blocks.len() != items
        || blocks.len() < 2
        || blocks.windows(2).any(|w| {
            let last = w[0].last().map_or("", |&i| bare(lines[i].text));
            let next = w[1].first().map_or("", |&i| bare(lines[i].text));
            continues_agenda_title(last, next)
        });
    if whole {
        blocks = vec![title];
    }
    blocks
}

/// Where the sponsor block that the walk back from its `draft resolution`
/// line stopped at index `startk` of `front` really starts: the agenda
/// item's title ends at the first blank line after it, so the lines after
/// that blank line, up to the sponsor line, are the sponsor block whatever
/// their words (`Agenda item 59` / `Eradicating colonialism …` / blank /
/// `Belarus, …, Cuba, Democratic` / `People’s Republic of Korea, …`).
///
/// Only where the title lines stand before a blank line and the block
/// opens in a capital, as a name does: a title wrapped with no blank line
/// in it, or set apart from its item's line by one, stays whole.
fn after_agenda_title(
    lines: &[Line<'_>],
    front: &[usize],
    roles: &[Role],
    startk: usize,
    step: usize,
) -> usize {
    let apart = |k: usize| front[k - 1] + step < front[k];
    let mut j = startk;
    while j > 0 && roles[j - 1] == Role::AgendaTitle && !apart(j) {
        j -= 1;
    }
    let opens_a_name = || {
        bare(lines[front[j]].text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    if j < startk && j > 0 && roles[j - 1] == Role::AgendaTitle && apart(j) && opens_a_name() {
        j
    } else {
        startk
    }
}

/// `’` for `'`: the gazetteer spells `Lao People’s Democratic Republic` as
/// the UN prints it; some extractions give the straight quote.
fn curly(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\'') {
        std::borrow::Cow::Owned(text.replace('\'', "’"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Whether `line` is a line of a sponsor list: States' names separated by
/// commas (and `and`), every one of them a name of the gazetteer, save
/// that the first may be the end of a name the line before began (`and
/// the Grenadines`) and the last the beginning of a name the next line
/// ends (`Democratic`, `State of`). The line holds a comma and one whole
/// name at least: an agenda title (`Necessity of ending the economic,
/// commercial and financial embargo …`) is no such line.
fn is_sponsor_list_line(line: &str) -> bool {
    if !line.contains(',') {
        return false;
    }
    let line: String = curly(line).chars().filter(|&c| c != '*').collect();
    let line = line.trim().trim_end_matches(',');
    let names = split_names(line);
    let last = names.len().saturating_sub(1);
    let mut whole = 0;
    for (k, &(s, e)) in names.iter().enumerate() {
        let name = line[s..e].trim();
        if is_state(name) {
            whole += 1;
        } else if !((k == 0 && ends_a_state_name(name)) || (k == last && begins_a_state_name(name)))
        {
            return false;
        }
    }
    whole > 0
}

/// Whether `name` is a name of the gazetteer, with the parenthetical some
/// lists add (`Bahamas (The)`).
fn is_state(name: &str) -> bool {
    let base = match name.split_once(" (") {
        Some((base, paren)) if paren.ends_with(')') && !gazetteer().contains(&name) => base,
        _ => name,
    };
    gazetteer().contains(&base)
}

/// Whether `part` is the end of a gazetteer name cut before one of its
/// words (`People’s Republic of Korea`, `and the Grenadines`).
fn ends_a_state_name(part: &str) -> bool {
    !part.is_empty()
        && gazetteer().iter().any(|n| {
            n.len() > part.len() && n.ends_with(part) && n[..n.len() - part.len()].ends_with(' ')
        })
}

/// Whether `part` is the beginning of a gazetteer name cut after one of
/// its words (`Democratic`, `Saint Vincent`, `State of`).
fn begins_a_state_name(part: &str) -> bool {
    !part.is_empty()
        && gazetteer().iter().any(|n| {
            n.len() > part.len() && n.starts_with(part) && n[part.len()..].starts_with(' ')
        })
}

/// Whether the break between `prev` and `this` falls inside a State's
/// name: the last words of `prev` and the first of `this` make a name of
/// the gazetteer (`Democratic` / `People’s Republic of Korea: draft
/// resolution`).
fn breaks_a_state_name(prev: &str, this: &str) -> bool {
    let (prev, this) = (curly(prev), curly(this));
    let (prev, this) = (prev.trim_end(), this.trim_start());
    // The tails of `prev` from each of its words on, after its last comma.
    let mut tails = std::iter::once(0)
        .chain(prev.match_indices(' ').map(|(i, _)| i + 1))
        .map(|s| &prev[s..])
        .filter(|tail| !tail.is_empty() && !tail.contains(','));
    tails.any(|tail| {
        gazetteer().iter().any(|n| {
            let Some(rest) = n.strip_prefix(tail).and_then(|r| r.strip_prefix(' ')) else {
                return false;
            };
            this.strip_prefix(rest)
                .is_some_and(|after| after.is_empty() || after.starts_with([',', ' ', ':', '*']))
        })
    })
}

/// An adoption line over one or two front lines: the organ, the date, the
/// meeting where the line names it (`Adopted by the Security Council at
/// its 9520th meeting, on` / `22 December 2023`), and how many lines it took.
fn adoption_lines(
    lines: &[Line<'_>],
    front: &[usize],
    k: usize,
    step: usize,
) -> Option<(Body, Option<crate::ast::Date>, Option<u32>, usize)> {
    let first = bare(lines[front[k]].text);
    if !first.starts_with("Resolution adopted by")
        && !first.starts_with("Decision adopted by")
        && !first.starts_with("RESOLUTION ADOPTED BY")
        && !first.starts_with("RESOLUTIONS ADOPTED BY")
        && !first.starts_with("Adopted by the")
    {
        return None;
    }
    let parse = |t: &str| {
        run_all(adoption, t)
            .map(|(b, d)| (b, d, None))
            .or_else(|| run_all(council_adoption_heading, t).map(|(b, m, d)| (b, d, Some(m))))
    };
    if let Some((b, d, m)) = parse(first).filter(|(_, d, _)| d.is_some()) {
        return Some((b, d, m, 1));
    }
    // The date goes on at the next printed line, however far an extractor
    // sets it, where the line stops before it (`Resolution adopted by the
    // General Assembly on` / blank / `19 December 2023`, PyMuPDF's text
    // blocks and pdfplumber's layout): an adoption line ends with its date.
    let awaits_date = first.trim_end().ends_with(" on");
    if let Some(&next) = front
        .get(k + 1)
        .filter(|&&n| awaits_date || n <= front[k] + step || bare(lines[n].text).starts_with("on "))
    {
        let joined = format!("{} {}", first.trim_end_matches(','), bare(lines[next].text));
        let joined = joined.replace(", on ", " on ");
        if let Some((b, d, m)) = parse(&joined) {
            return Some((b, d, m, 2));
        }
    }
    parse(first).map(|(b, d, m)| (b, d, m, 1))
}

/// The official languages of the United Nations: a masthead's original
/// language, where its value stands alone on a line, is named by these.
const LANGUAGES: [&str; 6] = [
    "Arabic", "Chinese", "English", "French", "Russian", "Spanish",
];

/// The original language that `Original:` alone on line `front[k]` (`t`,
/// its clean text) has on the next line, as the older mastheads print the
/// field (`ORIGINAL:` / `ENGLISH`): where the next line names official
/// languages only (`ENGLISH`, `ARABIC/ENGLISH`), as [`language_name`]
/// writes them.
fn original_on_next_line(
    lines: &[Line<'_>],
    front: &[usize],
    k: usize,
    step: usize,
    t: &str,
) -> Option<String> {
    run_all(original_keyword, t)?;
    let &next = front.get(k + 1).filter(|&&n| n <= front[k] + step)?;
    let value = bare(lines[next].text.trim());
    let words = value
        .split(['/', ',', ' '])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"));
    let mut any = false;
    for w in words {
        if !LANGUAGES.iter().any(|l| l.eq_ignore_ascii_case(w)) {
            return None;
        }
        any = true;
    }
    any.then(|| language_name(value))
}

/// A language field's value as a name is written: `English`, not the
/// capitals of an older masthead (`ENGLISH` → `English`, `ARABIC/ENGLISH`
/// → `Arabic/English`). A value in mixed case is kept as printed.
fn language_name(value: &str) -> String {
    if value.chars().any(char::is_lowercase) {
        return value.to_owned();
    }
    let mut out = String::with_capacity(value.len());
    let mut word_start = true;
    for c in value.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    // `ENGLISH AND FRENCH`: the conjunction is no name.
    out.replace(" And ", " and ")
}

/// `RESOLUTION 794 (1992)` or `Resolution 242 (1967)` (with `of 22 November
/// 1967` on the next line): the number, lines taken, and the date.
fn council_heading(
    lines: &[Line<'_>],
    front: &[usize],
    k: usize,
) -> Option<((String, usize), Option<crate::ast::Date>)> {
    let t = bare(lines[front[k]].text);
    let (number, rest) = run(council_resolution_heading, t)?;
    let mut used = 1;
    let mut d = run(preceded_of_date, rest.trim()).map(|(d, _)| d);
    if d.is_none() {
        if let Some(&next) = front.get(k + 1) {
            let line = bare(lines[next].text);
            if let Some((nd, _)) = run(preceded_of_date, line) {
                d = Some(nd);
                used = 2;
            } else if rest.trim().is_empty() {
                // OCR damage (`of 3 Apri] 1991`): the line under the
                // heading is still its date line, not a title (a Council
                // resolution has none), read as far as it can be.
                if let Some(nd) = damaged_date_line(line) {
                    d = nd;
                    used = 2;
                }
            }
        }
    }
    if !rest.trim().is_empty() && d.is_none() {
        return None;
    }
    Some(((number.to_owned(), used), d))
}

/// The document symbol whose series letter is set apart on the front line
/// above (`A` / `United Nations /C.2/80/L.42`, as pdfplumber prints the
/// larger letter): `rest`, what is left of front line `k`, is the symbol
/// after its series.
fn symbol_with_series_above(
    lines: &[Line<'_>],
    front: &[usize],
    k: usize,
    rest: &str,
) -> Option<DocumentSymbol> {
    if !rest.starts_with('/') {
        return None;
    }
    let above = bare(lines[*front.get(k.checked_sub(1)?)?].text.trim());
    if !matches!(above, "A" | "E" | "S") {
        return None;
    }
    let whole = format!("{above}{rest}");
    run_all(document_symbol, &whole).and_then(|sym| DocumentSymbol::new(sym).ok())
}

/// [`peel_fields`] where it reads at least one field: what follows them,
/// and `m` as it was before, for a caller that finds the rest is no field.
fn peel_fields_undoable<'a>(t: &'a str, m: &mut Masthead) -> Option<(&'a str, Masthead)> {
    let before = m.clone();
    let rest = peel_fields(t, m).filter(|r| r.len() < t.len())?;
    Some((rest, before))
}

/// Reads the fields that open `t`, one after another, into `m`; returns
/// what follows them.
fn peel_fields<'a>(t: &'a str, m: &mut Masthead) -> Option<&'a str> {
    let mut rest = t.trim();
    loop {
        let heads = FieldHeads::new(rest);
        let Some(len) = peel_heads(rest).find(|&n| {
            // Probe on a scratch copy: only a whole field counts (the
            // cheap test first).
            heads.may_be(n)
                && rest
                    .get(..n)
                    .is_some_and(|head| simple_field(head, &mut Masthead::default()))
        }) else {
            return Some(rest);
        };
        simple_field(&rest[..len], m);
        rest = rest[len..].trim_start();
        if rest.is_empty() {
            return Some(rest);
        }
    }
}

/// The lengths of the heads [`peel_fields`] probes in `rest`, longest
/// first: `1..=min(len, 120)` where the head ends the text or a space
/// follows (a space byte is a character boundary). The whole text if it is
/// short enough, then the spaces from the last, read off the bytes (no
/// bounds test per offset).
fn peel_heads(rest: &str) -> impl Iterator<Item = usize> + '_ {
    let limit = rest.len().min(120);
    let whole = (limit > 0 && limit == rest.len()).then_some(limit);
    let spaces = rest
        .as_bytes()
        .get(1..(limit + 1).min(rest.len()))
        .unwrap_or(&[]);
    let at_spaces = spaces
        .iter()
        .enumerate()
        .rev()
        .filter(|&(_, &b)| b == b' ')
        .map(|(k, _)| k + 1);
    whole.into_iter().chain(at_spaces)
}

/// `!head.contains("  ") && may_be_field(head)` for the heads of one text
/// that [`peel_fields`] probes, up to a hundred per line: what depends on
/// the text's start only (its first bytes, its first `/`, its first double
/// space) is found once per text, not once per head.
struct FieldHeads<'a> {
    text: &'a str,
    /// Where the first `/` is: a head holds one when it runs past it.
    slash: Option<usize>,
    /// Where the first two spaces in a row are.
    gap: Option<usize>,
    /// The text opens with a digit (a date).
    digit: bool,
    /// The text opens with `distr.` in any case.
    distr: bool,
    /// The text opens with `Original:`.
    original: bool,
}

impl<'a> FieldHeads<'a> {
    fn new(text: &'a str) -> Self {
        let b = text.as_bytes();
        Self {
            text,
            slash: b.iter().position(|&c| c == b'/'),
            gap: b.windows(2).position(|w| w == b"  "),
            digit: b.first().is_some_and(u8::is_ascii_digit),
            distr: b
                .get(..6)
                .is_some_and(|h| h.eq_ignore_ascii_case(b"distr.")),
            original: text.starts_with("Original:") || text.starts_with("ORIGINAL:"),
        }
    }

    /// The test for the head of `n` bytes (`n` ≥ 1, at a character boundary).
    fn may_be(&self, n: usize) -> bool {
        let Some(t) = self.text.get(..n) else {
            return false;
        };
        if self.gap.is_some_and(|g| g + 2 <= n) {
            return false;
        }
        // The forms of `may_be_field`, in its order; the prefix tests hold
        // for a head as for the text once the head is long enough.
        BODY_LINES.contains(&t)
            || self.slash.is_some_and(|s| s < n)
            || self.digit
            || (self.distr && n >= 6)
            || (self.original && n >= "Original:".len())
            || may_end_field(t)
    }
}

/// Whether `t` can be a field of [`simple_field`] at all, by how each
/// field must begin or end: a necessary condition, cheap enough to ask of
/// every prefix [`peel_fields`] probes before seven grammars run on it
/// ([`FieldHeads`] computes it head by head there), and of every front
/// line. Each grammar is run over the whole text: `body` is one of the
/// names, a `document_symbol` holds its series' `/`, a `date` opens with
/// its day, `distribution` and `original` with their keyword, and
/// `session` and `committee` end with theirs.
fn may_be_field(t: &str) -> bool {
    let b = t.as_bytes();
    // body, `United Nations`: the whole line.
    BODY_LINES.contains(&t)
        // document_symbol: a series and `/`.
        || t.contains('/')
        // date: the day.
        || b.first().is_some_and(u8::is_ascii_digit)
        // distribution, original.
        || b.get(..6).is_some_and(|h| h.eq_ignore_ascii_case(b"distr."))
        || t.starts_with("Original:")
        || t.starts_with("ORIGINAL:")
        || may_end_field(t)
}

/// The lines that are a `body` field whole (and `United Nations`).
const BODY_LINES: [&str; 5] = [
    "General Assembly",
    "Security Council",
    "Economic and Social Council",
    "Human Rights Council",
    "United Nations",
];

/// Whether `t` ends as a `session` or `committee` field must: with its
/// last word (nom's any-case compare of `session` may also match the
/// Kelvin sign for no letter of it).
fn may_end_field(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= "session".len() && b[b.len() - "session".len()..].eq_ignore_ascii_case(b"session")
        || t.ends_with("Committee")
        || t.ends_with("Committee)")
}

/// Records the organ a masthead line names. The first one stands, except
/// that the Human Rights Council, a subsidiary organ of the General
/// Assembly, prints its name under the Assembly's banner (`General
/// Assembly` / … / `Human Rights Council` / `Fifty-fifth session`): there
/// the Council is the organ that adopts the text, as its symbol (`A/HRC/…`)
/// and its formula (`The Human Rights Council,`) say.
fn set_body(slot: &mut Option<Body>, b: Body) {
    match slot {
        Some(Body::GeneralAssembly) if b == Body::HumanRightsCouncil => *slot = Some(b),
        Some(_) => {}
        None => *slot = Some(b),
    }
}

/// Whether a line the `session` grammar reads is the masthead's session
/// field: the first such line, and not in lower case (`Eightieth session`,
/// `2023 session`). A later one in lower case is a title's wrapped line
/// (`Provisional programme of work of the Sixth Committee for the` /
/// `eighty-first session`, A/C.6/80/L.20), which set the draft's session
/// to the next one and left the title short of its last words.
fn opens_session_field(t: &str, m: &Masthead) -> bool {
    m.session.is_none() && !t.starts_with(|c: char| c.is_lowercase())
}

/// Reads a one-line masthead field into `m`; whether `t` was one.
fn simple_field(t: &str, m: &mut Masthead) -> bool {
    if let Some(b) = run_all(body, t) {
        set_body(&mut m.body, b);
    } else if t == "United Nations" {
    } else if let Some(sym) = run_all(document_symbol, t) {
        if m.symbol.is_none() {
            m.symbol = DocumentSymbol::new(sym).ok();
        }
    } else if let Some(d) = run_all(distribution, t) {
        m.distribution = Some(d);
    } else if let Some(d) = run_all(date, t) {
        m.date.get_or_insert(d);
    } else if let Some(lang) = run_all(original, t) {
        m.original_language = Some(language_name(lang.trim()));
    } else if let Some(n) = run_all(session, t).filter(|_| opens_session_field(t, m)) {
        m.session = Some(Session {
            number: n,
            text: t.to_owned(),
            period: None,
        });
    } else if let Some((start, end)) = run_all(date_range, t) {
        // Under the session's name; a range with no session is no field.
        match m.session.as_mut() {
            Some(s) if s.period.is_none() => s.period = Some(Period { start, end }),
            _ => return false,
        }
    } else if run_all(committee, t).is_some() && t.len() < 100 {
        // `Special Political and Decolonization Committee` / `(Fourth Committee)`.
        match m.committee.as_mut() {
            Some(c) if t.starts_with('(') => {
                c.push(' ');
                c.push_str(t);
            }
            _ => m.committee = Some(t.to_owned()),
        }
    } else {
        return false;
    }
    true
}

/// A bracketed origin line, possibly wrapped: returns its inner text, the
/// index in `front` of its last line, and its span.
fn bracketed_origin(
    lines: &[Line<'_>],
    front: &[usize],
    k: usize,
) -> Option<(String, usize, Span)> {
    // A markdown bullet before it is markup (`- [ _without reference to a
    // Main Committee (A/73/L.4)_ ]`, pymupdf4llm).
    let first = bare(lines[front[k]].text);
    let first = first.strip_prefix("- ").map_or(first, bare);
    // Pandoc escapes brackets that would read as a link: `\[without
    // reference to a Main Committee (A/80/L.9)\]`.
    if !first.starts_with('[') && !first.starts_with("\\[") {
        return None;
    }
    let mut joined = String::new();
    for (j, &i) in front.iter().enumerate().skip(k).take(4) {
        if j > k {
            joined.push(' ');
        }
        joined.push_str(if j == k { first } else { bare(lines[i].text) });
        if joined.contains(']') {
            let stripped: String = unescaped(&joined)
                .filter(|&c| c != '*' && c != '_')
                .collect();
            // One space between words, none inside brackets: `-layout`
            // output keeps the page's gaps (`(          A/73/L.4)`).
            let inner = run(bracketed, &stripped)?
                .0
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace("( ", "(")
                .replace(" )", ")");
            let span = lines[front[k]].span.cover(lines[i].span);
            return Some((inner, j, span));
        }
    }
    None
}

/// The characters of `text` without markdown's escapes: a backslash
/// before ASCII punctuation is the writer's, not the text's (`\[`, `\(`,
/// `\_`).
fn unescaped(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        let c = chars.next()?;
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            return chars.next();
        }
        Some(c)
    })
}

/// A markdown rendering's front matter (YAML between `---` lines) records
/// the symbol and the title as the library catalogues them; converters
/// often drop the symbol line from the page and a title's last line. The
/// symbol is taken where the masthead prints none, the title where the
/// printed one is its beginning (`80/4. Necessity of ending the economic,
/// commercial and financial` of `… embargo imposed by the United States of
/// America against Cuba :`). A record that says otherwise is not used.
pub(crate) fn complete_from_front_matter(
    front: &mut Front,
    input: &str,
    dropped: &[(Span, DropReason)],
) {
    let field = |name: &str| {
        dropped
            .iter()
            .filter(|(_, reason)| *reason == DropReason::FrontMatter)
            .filter_map(|(span, _)| span.slice(input)?.trim().strip_prefix(name))
            .map(|value| value.trim().trim_matches(['"', '\'']).trim())
            .next()
    };
    if front.masthead.symbol.is_none() {
        front.masthead.symbol = field("symbol:")
            .and_then(|v| run_all(document_symbol, v))
            .and_then(|s| DocumentSymbol::new(s).ok());
    }
    if let (Some(title), Some(record)) = (front.title.as_mut(), field("title:")) {
        let record = catalogue_title(record);
        if record.len() > title.text.len() && record.starts_with(&title.text) {
            title.text = record;
        }
    }
}

/// A title as a catalogue records it, as printed: ISBD's ` : ` before a
/// subtitle is the printed `: `, and the record's closing ` :` goes
/// (`Scale of assessments … United Nations : requests under Article 19 of
/// the Charter :`). One space between words, as in every text the parse
/// gives.
fn catalogue_title(record: &str) -> String {
    let t = record.trim_end();
    let t = t.strip_suffix(':').unwrap_or(t).trim_end();
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" : ", ": ")
}

fn origin(text: &str, span: Span) -> Origin {
    let kind = if let Some((committee, doc)) = run_all(report_origin, text) {
        OriginKind::Report {
            committee: committee.to_owned(),
            document: doc.and_then(|(d, _)| DocumentSymbol::new(d.trim()).ok()),
            paragraph: doc.and_then(|(_, p)| p).map(|p| p.trim().to_owned()),
        }
    } else if let Some(document) =
        run_all(document_symbol, text).and_then(|s| DocumentSymbol::new(s).ok())
    {
        // `[S/1511]`: the draft the Council adopted.
        OriginKind::Draft { document }
    } else if let Some(docs) = run_all(without_reference, text) {
        OriginKind::WithoutReference {
            documents: docs
                .map(|d| {
                    d.split(" and ")
                        .flat_map(|s| s.split(", "))
                        .filter_map(|s| DocumentSymbol::new(s.trim()).ok())
                        .collect()
                })
                .unwrap_or_default(),
        }
    } else {
        OriginKind::Other
    };
    Origin {
        text: text.to_owned(),
        kind,
        span,
    }
}

/// The names of `data/states.txt`, split once: [`split_names`] looks them
/// all up at every name of a sponsor list.
fn gazetteer() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| STATES_TXT.lines().filter(|l| !l.is_empty()).collect())
}

/// The gazetteer's names by their first byte, in gazetteer order: at a
/// name start only the names that open with its byte can match (the names
/// are never empty), a dozen or so rather than two hundred.
fn gazetteer_by_first_byte(rest: &str) -> &'static [&'static str] {
    static INDEX: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = vec![Vec::new(); 256];
        for &n in gazetteer() {
            if let Some(slot) = n
                .as_bytes()
                .first()
                .and_then(|&b| index.get_mut(usize::from(b)))
            {
                slot.push(n);
            }
        }
        index
    });
    rest.as_bytes()
        .first()
        .and_then(|&b| index.get(usize::from(b)))
        .map_or(&[], Vec::as_slice)
}

/// Splits a sponsor list at its separators, matching the longest name of the
/// gazetteer first so that `Antigua and Barbuda` stays whole.
pub(crate) fn split_names(list: &str) -> Vec<(usize, usize)> {
    split_names_among(list, gazetteer_by_first_byte)
}

/// [`split_names`] with the names that may open each rest of the list
/// given by `candidates` (the whole gazetteer would do, name for name).
fn split_names_among(
    list: &str,
    candidates: impl Fn(&str) -> &'static [&'static str],
) -> Vec<(usize, usize)> {
    let mut names = Vec::new();
    let mut pos = 0;
    let bytes = list.as_bytes();
    while pos < list.len() {
        let rest = &list[pos..];
        let known = candidates(rest)
            .iter()
            .copied()
            .filter(|n| {
                rest.starts_with(n) && {
                    let after = &rest[n.len()..];
                    after.is_empty() || after.starts_with([',', ' ', ':'])
                }
            })
            .map(str::len)
            .max();
        // A parenthetical right after a known name belongs to it: `Bahamas (The)`.
        let known = known.map(|len| {
            let after = &rest[len..];
            match after.strip_prefix(" (").and_then(|a| a.find(')')) {
                Some(close) if !after[2..2 + close].contains(',') => len + 2 + close + 1,
                _ => len,
            }
        });
        let len = known.unwrap_or_else(|| {
            // Unknown name: up to the next separator.
            let comma = rest.find(',').unwrap_or(rest.len());
            let and = rest.find(" and ").unwrap_or(rest.len());
            comma.min(and)
        });
        if len > 0 {
            names.push((pos, pos + len));
        }
        pos += len.max(1);
        // Skip the separator.
        for sep in [", and ", ", ", " and "] {
            if list[pos..].starts_with(sep) {
                pos += sep.len();
                break;
            }
        }
        while pos < list.len() && bytes.get(pos) == Some(&b' ') {
            pos += 1;
        }
    }
    names
}

fn sponsors(
    lines: &[Line<'_>],
    idx: &[usize],
    lex: &Lexicon<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Sponsors {
    let c = clean_lines(lines, idx, lex, diags);
    let text = c.text.as_str();
    // The list ends at the last colon before `draft resolution`. No colon,
    // no list: `Draft resolution submitted by the Vice-Chair …, on the basis
    // of informal consultations on draft resolution A/C.2/80/L.9` names an
    // officer, not sponsors.
    let lower = text.to_lowercase();
    let marker_at = lower
        .rfind("draft resolution")
        .or_else(|| lower.rfind("draft decision"));
    let list_end = match marker_at {
        Some(at) => text.get(..at).and_then(|head| head.rfind(':')).unwrap_or(0),
        None => text.rfind(':').unwrap_or(text.trim_end().len()),
    };
    let list = &text[..list_end];
    let mut out = Sponsors {
        text: text.to_owned(),
        list: Vec::new(),
        footnote_refs: Vec::new(),
        span: cover(lines, idx),
    };
    let names = split_names(list);
    for &(s, e) in &names {
        out.list.push(Sponsor {
            name: list[s..e].trim().to_owned(),
            footnote_refs: Vec::new(),
        });
    }
    for r in c.refs {
        // A marker right after a name belongs to it; after the colon, to the list.
        let owner = names.iter().position(|&(_, e)| e == r.offset);
        match owner {
            Some(k) if r.offset < list_end => {
                let len = out.list[k].name.len();
                out.list[k]
                    .footnote_refs
                    .push(FootnoteRef::new(r.marker, len));
            }
            _ => out.footnote_refs.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_catalogue_title_as_printed() {
        assert_eq!(
            catalogue_title("Scale of assessments for the expenses of the United Nations : requests under Article 19 of the Charter :"),
            "Scale of assessments for the expenses of the United Nations: requests under Article 19 of the Charter"
        );
        assert_eq!(
            catalogue_title("Report of the Agency"),
            "Report of the Agency"
        );
        assert_eq!(
            catalogue_title("Report  of the\tAgency :  its work :"),
            "Report of the Agency: its work"
        );
    }

    #[test]
    fn ok_front_matter_completes_symbol_and_title() {
        let parse = |src: &str| crate::parse_resolution(src).unwrap_or_else(|e| panic!("{e}"));
        let src = "---\nsymbol: A/RES/80/4\ntitle: \"Necessity of ending the embargo against Cuba :\"\n---\n\n\
                   General Assembly\n\n80/4. Necessity of ending the\n\nThe General Assembly,\n\n1. Decides to meet;\n";
        let r = parse(src);
        assert_eq!(
            r.masthead.symbol.map(|s| s.as_str().to_owned()).as_deref(),
            Some("A/RES/80/4")
        );
        assert_eq!(
            r.title.map(|t| t.text).as_deref(),
            Some("Necessity of ending the embargo against Cuba")
        );
        // A record that says otherwise, and a printed symbol, win nothing.
        let src = "---\nsymbol: A/RES/80/5\ntitle: \"Another title\"\n---\n\nA/RES/80/4\n\nGeneral Assembly\n\n\
                   80/4. Necessity of ending the\n\nThe General Assembly,\n\n1. Decides to meet;\n";
        let r = parse(src);
        assert_eq!(
            r.masthead.symbol.map(|s| s.as_str().to_owned()).as_deref(),
            Some("A/RES/80/4")
        );
        assert_eq!(
            r.title.map(|t| t.text).as_deref(),
            Some("Necessity of ending the")
        );
    }

    fn names(list: &str) -> Vec<&str> {
        split_names(list)
            .into_iter()
            .map(|(s, e)| &list[s..e])
            .collect()
    }

    /// [`may_be_field`] holds wherever [`simple_field`] reads a field: on
    /// every prefix up to a space of every line (and of its four-space
    /// columns) of the test texts, and on field-shaped inputs.
    #[test]
    fn may_be_field_is_necessary() {
        let mut heads: Vec<&str> = vec![
            "General Assembly",
            "United Nations",
            "A/C.3/80/L.35",
            "Distr.: Limited",
            "DISTR. GENERAL",
            "4 November 2025",
            "Original: English",
            "Eightieth session",
            "Tenth emergency special session",
            "SEVENTY-NINTH SESSION",
            "Third Committee",
            "Special Political and Decolonization Committee (Fourth Committee)",
            "(Fourth Committee)",
        ];
        let texts = crate::grammar::testdata_texts();
        for text in &texts {
            for line in text.lines() {
                for col in std::iter::once(line).chain(line.split("    ")) {
                    let col = col.trim();
                    // The prefixes peel_fields probes: up to a space.
                    for (n, _) in col.match_indices(' ') {
                        heads.push(&col[..n]);
                    }
                    heads.push(col);
                }
            }
        }
        let mut fields = 0;
        for head in heads {
            if simple_field(head, &mut Masthead::default()) {
                fields += 1;
                assert!(may_be_field(head), "{head:?}");
            }
        }
        assert!(fields > 100);
    }

    /// [`peel_heads`]' byte scan gives the offsets its definition names:
    /// `1..=min(len, 120)`, longest first, at the end or before a space.
    #[test]
    fn peel_heads_are_the_defined_offsets() {
        let mut texts: Vec<String> = crate::normalize::lines::sample_lines();
        texts.push(format!("{} x", "a ".repeat(70)));
        texts.push("a ".repeat(60));
        texts.push("a".repeat(130));
        texts.push(String::new());
        for rest in &texts {
            let want: Vec<usize> = (1..=rest.len().min(120))
                .rev()
                .filter(|&n| rest.is_char_boundary(n))
                .filter(|&n| n == rest.len() || rest[n..].starts_with(' '))
                .collect();
            let ours: Vec<usize> = peel_heads(rest).collect();
            assert_eq!(ours, want, "{rest:?}");
        }
    }

    /// [`FieldHeads`] agrees with `may_be_field` and the double-space test
    /// on every head of every line (and column) of the test texts and on
    /// field-shaped inputs, at every character boundary.
    #[test]
    fn field_heads_agree_with_may_be_field() {
        let mut texts: Vec<String> = crate::normalize::lines::sample_lines();
        texts.extend(
            [
                "Distr.: General 31 October 2025",
                "DISTR.",
                "distr",
                "Original: English  x",
                "Original:",
                "Original",
                "General Assembly Distr.: Limited",
                "Eightieth  session",
                "A/80/1  Third Committee",
                "Third Committee) x/y",
                "4 November 2025",
                "é/ Committee",
                "  ",
                "x  /",
            ]
            .map(String::from),
        );
        let mut hits = 0;
        for text in &texts {
            let t = text.trim();
            let heads = FieldHeads::new(t);
            // A masthead field opens a line: heads past a few hundred bytes
            // ask nothing new, and every head of a long line is quadratic.
            for n in (1..=t.len().min(400)).filter(|&n| t.is_char_boundary(n)) {
                let head = &t[..n];
                let want = !head.contains("  ") && may_be_field(head);
                hits += usize::from(want);
                assert_eq!(heads.may_be(n), want, "{t:?} at {n}");
            }
        }
        assert!(hits > 1000, "too few field heads: {hits}");
    }

    /// Splitting among the names with the rest's first byte gives what
    /// splitting among the whole gazetteer gives: on every line of the
    /// test texts, on the gazetteer's names listed, and on made-up lists.
    #[test]
    fn split_names_by_first_byte_agrees() {
        assert!(gazetteer().len() > 150 && gazetteer().iter().all(|n| !n.is_empty()));
        let mut lists: Vec<String> = crate::grammar::testdata_texts()
            .iter()
            .flat_map(|t| t.lines().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        lists.push(gazetteer().join(", "));
        lists.push(gazetteer().join(" and "));
        lists.push("Bahamas (The), Cuba, and Atlantis and Saint Kitts and Nevis: x".into());
        lists.push(String::new());
        for list in &lists {
            let want = split_names_among(list, |_| gazetteer());
            assert_eq!(split_names(list), want, "{list:?}");
        }
    }

    #[test]
    fn ok_adoption_date_past_a_blank_line() {
        let src = "General Assembly\n\nAgenda item 30\n\n\
                   Resolution adopted by the General Assembly on\n\n26 October 2018\n\n\
                   73/6. Title\n\nThe General Assembly,\n\n1. Decides to continue.\n";
        let r = crate::parse_resolution(src).unwrap_or_else(|e| panic!("{e}"));
        let crate::ast::Status::Adopted { adoption, .. } = &r.status else {
            panic!("{:?}", r.status);
        };
        assert_eq!(
            adoption.date.map(|d| d.to_string()).as_deref(),
            Some("2018-10-26")
        );
    }

    #[test]
    fn ok_split_names_keeps_and_inside_names() {
        assert_eq!(
            names("Antigua and Barbuda and Cuba"),
            vec!["Antigua and Barbuda", "Cuba"]
        );
        assert_eq!(
            names("Bolivia (Plurinational State of), Chad and Saint Kitts and Nevis"),
            vec![
                "Bolivia (Plurinational State of)",
                "Chad",
                "Saint Kitts and Nevis"
            ]
        );
    }

    #[test]
    fn ok_split_names_parenthetical_stays() {
        assert_eq!(
            names("Austria, Bahamas (The), Barbados"),
            vec!["Austria", "Bahamas (The)", "Barbados"]
        );
    }

    #[test]
    fn ok_sponsor_list_line() {
        for line in [
            "Belarus, Bolivia (Plurinational State of), Botswana, China, Cuba, Democratic",
            "People’s Republic of Korea, Equatorial Guinea, Eritrea, Iran (Islamic Republic of),",
            "and the Grenadines, Venezuela (Bolivarian Republic of), Zimbabwe and State of",
            "Lao People's Democratic Republic, Nicaragua, Saint Vincent",
            "Austria,* Belgium and Chile",
        ] {
            assert!(is_sponsor_list_line(line), "{line:?}");
        }
    }

    #[test]
    fn err_sponsor_list_line() {
        for line in [
            // Agenda titles: words, not States.
            "Necessity of ending the economic, commercial and financial embargo",
            "Promotion and protection of human rights: human rights questions, including",
            "Eradicating colonialism in all its forms and manifestations",
            // No comma, or no whole name.
            "Cuba and Democratic",
            "Democratic, Saint",
            // A name inside the list that is none.
            "Cuba, Atlantis, Chile",
        ] {
            assert!(!is_sponsor_list_line(line), "{line:?}");
        }
    }

    #[test]
    fn ok_breaks_a_state_name() {
        assert!(breaks_a_state_name(
            "Belarus, Cuba, Democratic",
            "People’s Republic of Korea, Eritrea"
        ));
        assert!(breaks_a_state_name(
            "Nicaragua, Saint Vincent",
            "and the Grenadines: draft resolution"
        ));
        assert!(breaks_a_state_name(
            "Democratic",
            "People's Republic of Korea:*"
        ));
    }

    #[test]
    fn err_breaks_a_state_name() {
        // Whole names on both sides, or a name's words run on.
        assert!(!breaks_a_state_name(
            "Belarus, Cuba,",
            "Chile: draft resolution"
        ));
        assert!(!breaks_a_state_name(
            "in all its forms and",
            "manifestations"
        ));
        assert!(!breaks_a_state_name(
            "Cuba, Democratic",
            "People’s Republics"
        ));
    }

    #[test]
    fn ok_split_names_unknown_name() {
        assert_eq!(names("Atlantis and Cuba"), vec!["Atlantis", "Cuba"]);
    }
}
