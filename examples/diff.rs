//! A redline of two versions of a resolution: what was added, removed,
//! moved and changed, word by word. In colour on a terminal (deleted red and
//! struck through, inserted green and underlined); as `[-deleted-]` and
//! `{+inserted+}` otherwise or with `--no-color`.
//!
//! ```text
//! cargo run --example diff -- testdata/seeds/001_71ca264cbf0758c8.txt testdata/seeds/000_50195e893c3de33a.txt
//! cargo run --example diff -- --all OLD NEW        # unchanged paragraphs too
//! cargo run --example diff -- --json OLD NEW       # the Comparison as JSON
//! ```

mod common;

use std::io::IsTerminal;
use std::process::ExitCode;

use un_resolution::diff::{self, Comparison, ParagraphChange, Position, WordChange, WordOp};
use un_resolution::{parse_resolution, Resolution, Status};

/// Text width of the paragraphs, indent included.
const WIDTH: usize = 88;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut flag = |name: &str| {
        let found = args.iter().any(|a| a == name);
        args.retain(|a| a != name);
        found
    };
    let no_color = flag("--no-color");
    let all = flag("--all");
    let json = flag("--json");
    let [old_path, new_path] = args.as_slice() else {
        eprintln!("usage: diff [--no-color] [--all] [--json] OLD NEW");
        return ExitCode::from(2);
    };
    let (old, new) = match (read(old_path), read(new_path)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("diff: {e}");
            return ExitCode::FAILURE;
        }
    };
    let comparison = diff::compare(&old, &new);
    if json {
        return match serde_json::to_string_pretty(&comparison) {
            Ok(s) => {
                println!("{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("diff: cannot serialise: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let color = !no_color && std::io::stdout().is_terminal();
    print!(
        "{}",
        render(&comparison, (old_path, &old), (new_path, &new), color, all)
    );
    ExitCode::SUCCESS
}

fn read(path: &str) -> Result<Resolution, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = common::decode(bytes).map_err(|e| format!("{path}: {e}"))?;
    parse_resolution(&text).map_err(|e| format!("{path}: {e}"))
}

/// The whole redline.
fn render(
    c: &Comparison,
    (old, old_r): (&str, &Resolution),
    (new, new_r): (&str, &Resolution),
    color: bool,
    all: bool,
) -> String {
    let name = |p: &str| {
        std::path::Path::new(p)
            .file_name()
            .map_or_else(|| p.to_owned(), |n| n.to_string_lossy().into_owned())
    };
    let mut out = format!("redline: {} → {}\n", name(old), name(new));
    out.push_str(&format!(
        "old: {}\nnew: {}\n",
        describe(old_r),
        describe(new_r)
    ));
    if c.is_unchanged() {
        out.push_str("the same text: no paragraph, title or footnote changed\n");
    }
    if let Some(t) = &c.title {
        out.push_str(&format!("\ntitle changed\n{}\n", wrap(t, color)));
    }
    if !c.sponsors.added.is_empty() {
        out.push_str(&format!(
            "sponsors added: {}\n",
            c.sponsors.added.join(", ")
        ));
    }
    if !c.sponsors.removed.is_empty() {
        out.push_str(&format!(
            "sponsors removed: {}\n",
            c.sponsors.removed.join(", ")
        ));
    }
    out.push_str(&format!("preamble: {}\n", summary(&c.preamble)));
    out.push_str(&format!("operative part: {}\n", summary(&c.operative)));
    for (prefix, list) in [("PP", &c.preamble), ("OP", &c.operative)] {
        for change in list {
            if let Some(block) = paragraph(prefix, change, color, all) {
                out.push('\n');
                out.push_str(&block);
            }
        }
    }
    for f in &c.footnotes {
        let what = if f.words.iter().all(|w| w.op == WordOp::Insert) {
            "added"
        } else if f.words.iter().all(|w| w.op == WordOp::Delete) {
            "removed"
        } else {
            "changed"
        };
        out.push_str(&format!(
            "\nfootnote {} {what}\n{}\n",
            f.marker,
            wrap(&f.words, color)
        ));
    }
    out
}

/// `draft A/C.3/80/L.35, 4 November 2025, Eightieth session`.
fn describe(r: &Resolution) -> String {
    let mut parts = Vec::new();
    match &r.status {
        Status::Draft { .. } => parts.push("draft".to_owned()),
        Status::Adopted { adoption, .. } => parts.push(match &adoption.number {
            Some(n) => format!("resolution {n}"),
            None => "adopted resolution".to_owned(),
        }),
        _ => parts.push("resolution".to_owned()),
    }
    if let Some(s) = &r.masthead.symbol {
        parts[0].push(' ');
        parts[0].push_str(s.as_str());
    }
    let date = match &r.status {
        Status::Adopted { adoption, .. } => adoption.date.or(r.masthead.date),
        _ => r.masthead.date,
    };
    if let Some(d) = date {
        parts.push(d.to_string());
    }
    if let Some(s) = &r.masthead.session {
        parts.push(s.text.clone());
    }
    parts.join(", ")
}

/// `14 unchanged, 1 changed`.
fn summary(list: &[ParagraphChange]) -> String {
    let mut counts = [0usize; 5];
    for c in list {
        match c {
            ParagraphChange::Unchanged { .. } => counts[0] += 1,
            ParagraphChange::Changed { .. } => counts[1] += 1,
            ParagraphChange::Moved { .. } => counts[2] += 1,
            ParagraphChange::Added { .. } => counts[3] += 1,
            ParagraphChange::Removed { .. } => counts[4] += 1,
            _ => {}
        }
    }
    let names = ["unchanged", "changed", "moved", "added", "removed"];
    let parts: Vec<String> = counts
        .iter()
        .zip(names)
        .filter(|(n, _)| **n > 0)
        .map(|(n, name)| format!("{n} {name}"))
        .collect();
    if parts.is_empty() {
        "none".to_owned()
    } else {
        parts.join(", ")
    }
}

/// `PP3`, `OP17`: how delegations name paragraphs.
fn label(prefix: &str, p: Position) -> String {
    match p.number {
        Some(n) if prefix == "OP" => format!("OP{n}"),
        _ => format!("{prefix}{}", p.index + 1),
    }
}

/// A whole text as one deleted or inserted run.
fn whole(op: WordOp, text: &str) -> Vec<WordChange> {
    if op == WordOp::Delete {
        diff::words(text, "")
    } else {
        diff::words("", text)
    }
}

/// One paragraph's block, or `None` for an unchanged one (unless `all`).
fn paragraph(prefix: &str, c: &ParagraphChange, color: bool, all: bool) -> Option<String> {
    let (head, words) = match c {
        ParagraphChange::Unchanged { old, new, text } if all => {
            let head = if old.number == new.number {
                format!("{} unchanged", label(prefix, *new))
            } else {
                format!(
                    "{} unchanged (was {})",
                    label(prefix, *new),
                    label(prefix, *old)
                )
            };
            (head, diff::words(text, text))
        }
        ParagraphChange::Unchanged { .. } => return None,
        ParagraphChange::Moved { old, new, text } => (
            format!(
                "{} moved (was {})",
                label(prefix, *new),
                label(prefix, *old)
            ),
            diff::words(text, text),
        ),
        ParagraphChange::Changed {
            old,
            new,
            moved,
            words,
            ..
        } => {
            let was = label(prefix, *old);
            let now = label(prefix, *new);
            let head = match (*moved, was == now) {
                (true, _) => format!("{now} changed and moved (was {was})"),
                (false, true) => format!("{now} changed"),
                (false, false) => format!("{now} changed (was {was})"),
            };
            (head, words.clone())
        }
        ParagraphChange::Added { new, text } => (
            format!("{} added", label(prefix, *new)),
            whole(WordOp::Insert, text),
        ),
        ParagraphChange::Removed { old, text } => (
            format!("{} removed", label(prefix, *old)),
            whole(WordOp::Delete, text),
        ),
        _ => return None,
    };
    Some(format!("{head}\n{}\n", wrap(&words, color)))
}

/// The words marked up, wrapped at [`WIDTH`], indented by four spaces.
fn wrap(words: &[WordChange], color: bool) -> String {
    const RESET: &str = "\x1b[0m";
    let mut line = String::new();
    for w in words {
        let (open, close) = match (w.op, color) {
            (WordOp::Delete, true) => ("\x1b[31;9m", RESET),
            (WordOp::Insert, true) => ("\x1b[32;4m", RESET),
            (WordOp::Delete, false) => ("[-", "-]"),
            (WordOp::Insert, false) => ("{+", "+}"),
            _ => ("", ""),
        };
        line.push_str(open);
        line.push_str(&w.text);
        line.push_str(close);
    }
    let mut out = String::from("    ");
    let mut col = 4;
    // The colour in force, re-opened after a line break.
    let mut style: Option<&str> = None;
    for (k, word) in line.split(' ').enumerate() {
        let visible = strip_escapes(word).chars().count();
        if k > 0 {
            if col + 1 + visible > WIDTH && col > 4 {
                if style.is_some() {
                    out.push_str(RESET);
                }
                out.push_str("\n    ");
                if let Some(s) = style {
                    out.push_str(s);
                }
                col = 4;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(word);
        col += visible;
        for code in ["\x1b[31;9m", "\x1b[32;4m", RESET] {
            if let Some(at) = word.rfind(code) {
                let last = [
                    word.rfind("\x1b[31;9m"),
                    word.rfind("\x1b[32;4m"),
                    word.rfind(RESET),
                ]
                .into_iter()
                .flatten()
                .max();
                if last == Some(at) {
                    style = (code != RESET).then_some(code);
                }
            }
        }
    }
    out
}

/// `text` without ANSI colour codes.
fn strip_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
