//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use un_resolution::{
    parse_resolution_with, Adoption, AnnexBlock, DiagnosticKind, DocumentKind, FootnoteRef,
    Options, OriginKind, Parsed, Resolution, Span, Status, Subparagraph,
};

/// The fixtures under `testdata/` with the given extension-less glob dir.
pub(crate) fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// Every fixture of `testdata/`: seeds, corpus (real and typeset), parts,
/// constructed texts, the Security Council's compilation texts, the
/// railcar pipeline's General Assembly texts.
pub(crate) fn all_fixtures() -> Vec<PathBuf> {
    [
        "seeds",
        "corpus/real",
        "corpus/pdf",
        "corpus/extracted",
        "parts",
        "constructed",
        "sc-compilation",
        "railcar",
    ]
    .iter()
    .flat_map(|d| fixtures(d))
    .collect()
}

/// The text of a fixture of `testdata/newsrc/`.
pub(crate) fn newsrc_text(name: &str) -> String {
    read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata/newsrc")
            .join(name),
    )
}

/// `text` parsed with the default options, with its diagnostics.
pub(crate) fn parsed(text: &str) -> Parsed {
    parse_resolution_with(text, &Options::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// A fixture of `testdata/newsrc/` parsed with its diagnostics.
pub(crate) fn newsrc(name: &str) -> Parsed {
    parsed(&newsrc_text(name))
}

/// Reads a fixture.
pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A seed by its number: `seed("000")`.
pub(crate) fn seed(prefix: &str) -> String {
    let path = fixtures("seeds")
        .into_iter()
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    read(&path)
}

/// The month names as printed.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `3 December 2025` → `2025-12-03`: the expected data's printed dates in ISO.
pub(crate) fn iso_date(printed: &str) -> Option<String> {
    let mut parts = printed.split_whitespace();
    let day: u8 = parts.next()?.parse().ok()?;
    let name = parts.next()?;
    let month = MONTHS.iter().position(|m| *m == name)? + 1;
    let year: u16 = parts.next()?.parse().ok()?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// The texts of `subs` and their nested items, depth first.
pub(crate) fn flatten_texts(subs: &[Subparagraph], out: &mut Vec<String>) {
    for s in subs {
        out.push(s.text.clone());
        flatten_texts(&s.subparagraphs, out);
    }
}

/// A node of the AST, seen for span checks.
#[derive(Debug, Clone)]
pub(crate) struct NodeSpan {
    /// What the node is, for messages: `operative 3`, `footnote 1`.
    pub(crate) what: String,
    /// Its span.
    pub(crate) span: Span,
    /// Its segments (empty when it is one run of input).
    pub(crate) segments: Vec<Span>,
    /// Its text and the offsets of its footnote references, where it has them.
    pub(crate) text: Option<(String, Vec<usize>)>,
}

/// A node with text and footnote references.
fn texted(
    what: String,
    span: Span,
    segments: &[Span],
    text: &str,
    refs: &[FootnoteRef],
) -> NodeSpan {
    NodeSpan {
        what,
        span,
        segments: segments.to_vec(),
        text: Some((text.to_owned(), refs.iter().map(|f| f.offset).collect())),
    }
}

fn subs(out: &mut Vec<NodeSpan>, parent: &str, list: &[Subparagraph]) {
    for s in list {
        let what = format!("{parent} ({})", s.label);
        out.push(texted(
            what.clone(),
            s.span,
            &s.segments,
            &s.text,
            &s.footnote_refs,
        ));
        if let Some(h) = &s.heading {
            out.push(NodeSpan {
                what: format!("{what} heading"),
                span: h.span,
                segments: Vec::new(),
                text: None,
            });
        }
        subs(out, &what, &s.subparagraphs);
    }
}

/// Every node of `r` that carries a span.
pub(crate) fn node_spans(r: &Resolution) -> Vec<NodeSpan> {
    let mut out = Vec::new();
    let plain = |what: String, span: Span| NodeSpan {
        what,
        span,
        segments: Vec::new(),
        text: None,
    };
    if let Some(span) = r.masthead.span {
        out.push(plain("masthead".into(), span));
    }
    match &r.status {
        Status::Draft {
            sponsors,
            submitted_by,
            ..
        } => {
            if let Some(s) = sponsors {
                out.push(texted(
                    "sponsors".into(),
                    s.span,
                    &[],
                    &s.text,
                    &s.footnote_refs,
                ));
            }
            if let Some(s) = submitted_by {
                out.push(plain("submitted by".into(), s.span));
            }
        }
        Status::Adopted { adoption, .. } => {
            if let Some(o) = &adoption.origin {
                out.push(plain("origin".into(), o.span));
            }
            if let Some(m) = &adoption.meeting {
                out.push(plain("meeting".into(), m.span));
            }
            if let Some(v) = &adoption.vote {
                out.push(plain("vote".into(), v.span));
            }
        }
        _ => {}
    }
    if let Some(t) = &r.title {
        out.push(NodeSpan {
            what: "title".into(),
            span: t.span,
            segments: t.segments.clone(),
            text: None,
        });
    }
    if let Some(f) = &r.formula {
        out.push(plain("formula".into(), f.span));
    }
    for (k, p) in r.preamble.iter().enumerate() {
        let what = format!("preamble {}", k + 1);
        out.push(texted(
            what.clone(),
            p.span,
            &p.segments,
            &p.text,
            &p.footnote_refs,
        ));
        subs(&mut out, &what, &p.subparagraphs);
    }
    for (k, p) in r.operative.iter().enumerate() {
        let what = format!(
            "operative {}",
            p.number.map_or(format!("#{}", k + 1), |n| n.to_string())
        );
        out.push(texted(
            what.clone(),
            p.span,
            &p.segments,
            &p.text,
            &p.footnote_refs,
        ));
        if let Some(h) = &p.heading {
            out.push(plain(format!("{what} heading"), h.span));
        }
        subs(&mut out, &what, &p.subparagraphs);
    }
    for p in &r.parts {
        let what = format!("part {}", p.label);
        out.push(plain(format!("{what} label"), p.label_span));
        if let Some(t) = &p.title {
            out.push(NodeSpan {
                what: format!("{what} title"),
                span: t.span,
                segments: t.segments.clone(),
                text: None,
            });
        }
        if let Some(f) = &p.formula {
            out.push(plain(format!("{what} formula"), f.span));
        }
        if let Some(m) = &p.meeting {
            out.push(plain(format!("{what} meeting"), m.span));
        }
    }
    for f in &r.footnotes {
        out.push(NodeSpan {
            what: format!("footnote {}", f.marker),
            span: f.span,
            segments: f.segments.clone(),
            text: None,
        });
    }
    for (k, a) in r.annexes.iter().enumerate() {
        out.push(plain(format!("annex {}", k + 1), a.span));
        for b in &a.blocks {
            match b {
                AnnexBlock::Heading(h) => {
                    out.push(plain(format!("annex {} heading", k + 1), h.span));
                }
                AnnexBlock::Paragraph(p) => {
                    let what = format!("annex {} paragraph", k + 1);
                    out.push(texted(
                        what.clone(),
                        p.span,
                        &p.segments,
                        &p.text,
                        &p.footnote_refs,
                    ));
                    subs(&mut out, &what, &p.subparagraphs);
                }
                _ => {}
            }
        }
    }
    out
}

/// The text of each `p` element of an XML document that `opens` selects
/// (it sees the names of the open ancestors, innermost last), in order.
/// Text inside an element named in `skip` is left out, and a `p` inside
/// one is not collected; reading stops at the first element named `stop`.
pub(crate) fn p_texts(
    xml: &str,
    skip: &[&str],
    stop: Option<&str>,
    opens: impl Fn(&[String]) -> bool,
) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    let skipped = |stack: &[String]| stack.iter().any(|n| skip.contains(&n.as_str()));
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = e.name().as_ref().to_owned();
                if Some(name.as_str()) == stop {
                    break;
                }
                if name == "p" && opens(&stack) {
                    current = Some(String::new());
                }
                stack.push(name);
            }
            Ok(Event::End(_)) => {
                let name = stack.pop().unwrap_or_default();
                if name == "p" && !skipped(&stack) {
                    if let Some(text) = current.take() {
                        out.push(text);
                    }
                }
            }
            Ok(Event::Text(t)) => {
                if let Some(c) = current.as_mut().filter(|_| !skipped(&stack)) {
                    c.push_str(&t);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some(c) = current.as_mut().filter(|_| !skipped(&stack)) {
                    c.push_str(match &*r {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unexpected entity {other}"),
                    });
                }
            }
            Ok(Event::Eof) => break,
            Err(e) => panic!("XML does not parse: {e}"),
            Ok(_) => {}
        }
    }
    out
}

/// Runs `xmllint` on `xml` against the schema; `None` where xmllint is
/// missing outside CI (`tests/outputs.rs` says so plainly for every fixture).
pub(crate) fn schema_errors(name: &str, xml: &str) -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = std::env::temp_dir().join(format!(
        "un-resolution-akn-{name}-{}.xml",
        std::process::id()
    ));
    std::fs::write(&path, xml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let run = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(root.join("testdata/schemas/akomantoso30.xsd"))
        .arg(&path)
        .output();
    let _ = std::fs::remove_file(&path);
    match run {
        Ok(out) if out.status.success() => Some(String::new()),
        Ok(out) => Some(String::from_utf8_lossy(&out.stderr).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "xmllint not found: CI must install libxml2-utils"
            );
            None
        }
        Err(e) => panic!("cannot run xmllint: {e}"),
    }
}

/// The resolution's title as read.
pub(crate) fn title(r: &Resolution) -> Option<&str> {
    r.title.as_ref().map(|t| t.text.as_str())
}

/// What a draft is a draft of (`None` for a text that is no draft).
pub(crate) fn draft_kind(r: &Resolution) -> Option<DocumentKind> {
    match &r.status {
        Status::Draft { kind, .. } => Some(*kind),
        _ => None,
    }
}

/// The sponsors' names of a draft (empty for none).
pub(crate) fn sponsor_names(r: &Resolution) -> Vec<&str> {
    match &r.status {
        Status::Draft {
            sponsors: Some(s), ..
        } => s.list.iter().map(|s| s.name.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// The adoption data of `r`, which the test expects adopted.
pub(crate) fn adoption_of(r: &Resolution) -> &Adoption {
    match &r.status {
        Status::Adopted { adoption, .. } => adoption,
        other => panic!("not adopted: {other:?}"),
    }
}

/// `(committee, document, paragraph)` of a report origin.
pub(crate) fn report(r: &Resolution) -> (String, Option<String>, Option<String>) {
    let origin = adoption_of(r)
        .origin
        .as_ref()
        .unwrap_or_else(|| panic!("an origin line"));
    let OriginKind::Report {
        committee,
        document,
        paragraph,
    } = &origin.kind
    else {
        panic!("not a report origin: {origin:?}");
    };
    (
        committee.clone(),
        document.as_ref().map(|d| d.to_string()),
        paragraph.clone(),
    )
}

/// How many paragraphs the parse left without a lead (`missing_lead`).
pub(crate) fn missing_leads(p: &Parsed) -> usize {
    p.diagnostics
        .iter()
        .filter(|d| matches!(d.kind, DiagnosticKind::MissingLead))
        .count()
}
