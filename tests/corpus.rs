//! One snapshot per fixture: the whole AST as YAML, then the diagnostics
//! rendered with line and column. Review every line before accepting.

mod common;

use serde::Serialize;
use un_resolution::{parse_resolution_with, Options, Resolution};

#[derive(Serialize)]
struct Snapshot {
    resolution: Resolution,
    diagnostics: Vec<String>,
}

fn snapshot(text: &str) -> Snapshot {
    let parsed = parse_resolution_with(text, &Options::default())
        .unwrap_or_else(|e| panic!("parse failed: {e}"));
    Snapshot {
        diagnostics: parsed.diagnostics.iter().map(|d| d.render(text)).collect(),
        resolution: parsed.resolution,
    }
}

#[test]
fn seeds() {
    insta::glob!("../testdata/seeds", "*.txt", |path| {
        let text = common::read(path);
        insta::assert_yaml_snapshot!(snapshot(&text));
    });
}

/// What a reviewer checks of a corpus fixture, one line per paragraph.
#[derive(Serialize)]
struct Summary {
    masthead: Vec<String>,
    status: String,
    title: Option<String>,
    preamble: Vec<String>,
    operative: Vec<String>,
    footnotes: Vec<String>,
    annexes: Vec<String>,
    diagnostics: std::collections::BTreeMap<String, usize>,
}

fn labels(subs: &[un_resolution::Subparagraph]) -> String {
    subs.iter()
        .map(|s| {
            if s.subparagraphs.is_empty() {
                s.label.clone()
            } else {
                format!("{}[{}]", s.label, labels(&s.subparagraphs))
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn summary(text: &str) -> Summary {
    use un_resolution::{AnnexBlock, Status};
    let parsed = parse_resolution_with(text, &Options::default())
        .unwrap_or_else(|e| panic!("parse failed: {e}"));
    let r = &parsed.resolution;
    let m = &r.masthead;
    let mut masthead = Vec::new();
    if let Some(b) = m.body {
        masthead.push(b.name().to_owned());
    }
    if let Some(s) = &m.symbol {
        masthead.push(s.to_string());
    }
    if let Some(d) = m.distribution {
        masthead.push(format!("Distr.: {d:?}"));
    }
    if let Some(d) = m.date {
        masthead.push(d.to_string());
    }
    if let Some(s) = &m.session {
        masthead.push(format!("session {}", s.number));
    }
    if let Some(c) = &m.committee {
        masthead.push(c.clone());
    }
    for a in &m.agenda_items {
        masthead.push(format!(
            "agenda item {}{}",
            a.number,
            a.sub_item
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default()
        ));
    }
    let status = match &r.status {
        Status::Draft {
            sponsors,
            submitted_by,
            ..
        } => {
            let names: Vec<&str> = sponsors
                .iter()
                .flat_map(|s| &s.list)
                .map(|s| s.name.as_str())
                .collect();
            let by = submitted_by
                .as_ref()
                .map(|s| format!(" submitted by {}", s.text))
                .unwrap_or_default();
            format!("draft: {} sponsors{by}", names.len())
        }
        Status::Adopted { adoption, .. } => format!(
            "adopted: {} on {} ({}) at {}",
            adoption.number.as_deref().unwrap_or("-"),
            adoption
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "-".into()),
            adoption
                .origin
                .as_ref()
                .map(|o| o.text.as_str())
                .unwrap_or("-"),
            adoption
                .meeting
                .as_ref()
                .map(|m| m.text.as_str())
                .unwrap_or("-"),
        ),
        other => format!("{other:?}"),
    };
    let operative = r
        .operative
        .iter()
        .map(|p| {
            let number = p.number.map_or("-".to_owned(), |n| n.to_string());
            let subs = labels(&p.subparagraphs);
            let quoted = p
                .quoted_structure
                .as_ref()
                .map(|q| format!(" + quoted text of {} blocks", q.blocks.len()))
                .unwrap_or_default();
            format!(
                "{number} {}{}{quoted}",
                p.lead.as_deref().unwrap_or("?"),
                if subs.is_empty() {
                    String::new()
                } else {
                    format!(" ({subs})")
                }
            )
        })
        .collect();
    let annexes = r
        .annexes
        .iter()
        .map(|a| {
            let numbered = a
                .blocks
                .iter()
                .filter(|b| matches!(b, AnnexBlock::Paragraph(p) if p.number.is_some()))
                .count();
            format!(
                "{} | {} | {} blocks, {numbered} numbered",
                a.heading,
                a.title.as_deref().unwrap_or("-"),
                a.blocks.len()
            )
        })
        .collect();
    let mut diagnostics = std::collections::BTreeMap::new();
    for d in &parsed.diagnostics {
        let kind = serde_json::to_value(d)
            .ok()
            .and_then(|v| v["kind"].as_str().map(str::to_owned))
            .unwrap_or_default();
        *diagnostics.entry(kind).or_insert(0) += 1;
    }
    Summary {
        masthead,
        status,
        title: r.title.as_ref().map(|t| t.text.clone()),
        preamble: r
            .preamble
            .iter()
            .map(|p| p.lead.clone().unwrap_or_else(|| "?".into()))
            .collect(),
        operative,
        footnotes: r.footnotes.iter().map(|f| f.marker.to_string()).collect(),
        annexes,
        diagnostics,
    }
}

#[test]
fn corpus_summaries() {
    insta::glob!("../testdata/corpus", "{real,pdf}/*.txt", |path| {
        let text = common::read(path);
        insta::assert_yaml_snapshot!(summary(&text));
    });
}
