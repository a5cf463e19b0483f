//! Every `resolution N/M`-style citation in the text of every fixture
//! becomes a reference, and no reference is invented (issue 6, item 5).
//!
//! The citations are found here by an independent scanner: plain token
//! rules on each node's clean text, no grammar shared with the crate. So
//! the test checks reference extraction on whatever paragraphs the parser
//! built, not paragraph segmentation.
//!
//! Run with `--nocapture` for the per-fixture table of the closing note.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use un_resolution::{parse_resolution, AnnexBlock, Reference, Resolution, Subparagraph, Target};

/// A node's text and its references.
struct Node<'a> {
    what: String,
    text: &'a str,
    references: &'a [Reference],
}

fn subs<'a>(out: &mut Vec<Node<'a>>, parent: &str, list: &'a [Subparagraph]) {
    for s in list {
        let what = format!("{parent} ({})", s.label);
        out.push(Node {
            what: what.clone(),
            text: &s.text,
            references: &s.references,
        });
        subs(out, &what, &s.subparagraphs);
    }
}

fn nodes(r: &Resolution) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    for (k, p) in r.preamble.iter().enumerate() {
        let what = format!("preamble {}", k + 1);
        out.push(Node {
            what: what.clone(),
            text: &p.text,
            references: &p.references,
        });
        subs(&mut out, &what, &p.subparagraphs);
    }
    for (k, p) in r.operative.iter().enumerate() {
        let what = format!("operative #{}", k + 1);
        out.push(Node {
            what: what.clone(),
            text: &p.text,
            references: &p.references,
        });
        subs(&mut out, &what, &p.subparagraphs);
    }
    for (a, annex) in r.annexes.iter().enumerate() {
        for b in &annex.blocks {
            if let AnnexBlock::Paragraph(p) = b {
                let what = format!("annex {} paragraph", a + 1);
                out.push(Node {
                    what: what.clone(),
                    text: &p.text,
                    references: &p.references,
                });
                subs(&mut out, &what, &p.subparagraphs);
            }
        }
    }
    for f in &r.footnotes {
        out.push(Node {
            what: format!("footnote {}", f.marker),
            text: &f.text,
            references: &f.references,
        });
    }
    out
}

// ---------------------------------------------------------------------
// The independent scanner.

const KEYWORDS: [&str; 8] = [
    "resolution",
    "resolutions",
    "Resolution",
    "Resolutions",
    "decision",
    "decisions",
    "Decision",
    "Decisions",
];

use common::MONTHS;

/// Tokens split on spaces, each with its byte offset.
fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for t in text.split(' ') {
        if !t.is_empty() {
            out.push((offset, t));
        }
        offset += t.len() + 1;
    }
    out
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| "IVXLC".contains(c))
}

fn strip_punct(t: &str) -> &str {
    t.trim_end_matches([',', ';', ':', '.', ')', '”'])
}

/// `66/151`, `ES-10/23`, `S-27/2`, `2000/22`: digits on both sides of one slash.
fn is_slashed(t: &str) -> bool {
    let t = strip_punct(t);
    let t = t
        .strip_prefix("ES-")
        .or_else(|| t.strip_prefix("S-"))
        .unwrap_or(t);
    match t.split_once('/') {
        Some((a, b)) => is_digits(a) && is_digits(b),
        None => false,
    }
}

/// `(2023)` or `(III)` (closing punctuation allowed).
fn is_paren_qualifier(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('(') else {
        return false;
    };
    let inner = inner.trim_end_matches([',', ';', ':', '.']);
    let Some(inner) = inner.strip_suffix(')') else {
        return false;
    };
    let inner = inner
        .strip_prefix("ES-")
        .or_else(|| inner.strip_prefix("S-"))
        .unwrap_or(inner);
    (is_digits(inner) && inner.len() == 4) || is_roman(inner)
}

/// A citation number at token `i`: `66/151`, `2720 (2023)`, `217 A (III)`.
fn structured_at(toks: &[(usize, &str)], i: usize) -> bool {
    let Some(&(_, t)) = toks.get(i) else {
        return false;
    };
    if is_slashed(t) {
        return true;
    }
    if !is_digits(t) {
        return false;
    }
    let mut j = i + 1;
    // part letters: `A`, `A and B`
    while let Some(&(_, w)) = toks.get(j) {
        let w = w.trim_end_matches(',');
        if (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())) || w == "and" {
            j += 1;
        } else {
            break;
        }
    }
    toks.get(j).is_some_and(|&(_, w)| is_paren_qualifier(w))
}

/// Whether the token ends a clause: `;`, `:` or `.` at its end.
fn ends_clause(t: &str) -> bool {
    t.ends_with([';', ':', '.']) || t.ends_with(".”") || t.ends_with(";”")
}

/// The byte offsets of the citation numbers in `text`.
fn scan(text: &str) -> BTreeSet<usize> {
    let toks = tokens(text);
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < toks.len() {
        let word = toks[i].1.trim_start_matches(['(', '“', '[']);
        if !KEYWORDS.contains(&word)
            || toks[i].1.len() != word.len() && !toks[i].1.starts_with(['(', '“', '['])
        {
            i += 1;
            continue;
        }
        let plural = word.ends_with('s');
        let Some(&(at, first)) = toks.get(i + 1) else {
            break;
        };
        // The first number: any token opening with a digit (or `ES-`/`S-` and a digit).
        let bare = first
            .strip_prefix("ES-")
            .or_else(|| first.strip_prefix("S-"))
            .unwrap_or(first);
        if !bare.starts_with(|c: char| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        out.insert(at);
        // Later items: a structured number after `,` or `and`.
        let mut j = i + 2;
        let mut last_item_end = i + 1;
        let mut in_quote = first.contains('“') && !first.contains('”');
        if ends_clause(first) && !in_quote {
            i = j;
            continue;
        }
        while j < toks.len() {
            let (off, t) = toks[j];
            let word = t.trim_start_matches(['(', '“', '[']);
            if KEYWORDS.contains(&word) {
                break;
            }
            if t.contains('“') {
                in_quote = true;
            }
            let separator = |t: &str| t.ends_with(',') || t == "and";
            let prev = toks[j - 1].1;
            // `”, 17 56/5`: a footnote number left standing after the separator.
            let marker_then_separator =
                prev.len() <= 3 && is_digits(prev) && j >= 2 && separator(toks[j - 2].1);
            let after_separator = separator(prev) || marker_then_separator;
            if !in_quote && after_separator && structured_at(&toks, j) {
                // A singular keyword lists only adjacent items: a date between is all.
                let between_is_date = toks[last_item_end + 1..j].iter().all(|&(_, w)| {
                    let w = w.trim_end_matches(',');
                    w == "of"
                        || w == "and"
                        || is_digits(w)
                        || MONTHS.contains(&w)
                        || is_paren_qualifier(w)
                        || (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
                });
                if plural || between_is_date {
                    out.insert(off);
                    last_item_end = j;
                }
            }
            if t.contains('”') {
                in_quote = false;
            }
            if !in_quote && ends_clause(t) {
                break;
            }
            j += 1;
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------

/// Where the number of a citation reference starts: after its keyword.
fn number_offset(r: &Reference) -> Option<usize> {
    match &r.target {
        Target::Resolution(_) | Target::Decision(_) => {}
        _ => return None,
    }
    let t = r.text.as_str();
    if let Some((kw, _)) = t.split_once(' ') {
        if KEYWORDS.contains(&kw) {
            return Some(r.start + kw.len() + 1);
        }
    }
    // A later item of an enumeration starts at its number; a symbol
    // (`A/RES/70/1`) is no `resolution N/M` citation.
    t.starts_with(|c: char| c.is_ascii_digit() || c == 'E' || c == 'S')
        .then_some(r.start)
        .filter(|_| !t.contains("/RES/") && !t.contains("/DEC/"))
}

#[derive(Default)]
struct Tally {
    references: usize,
    citations: usize,
    untyped: Vec<String>,
}

fn check(path: &Path, report: &mut String, failures: &mut Vec<String>, totals: &mut Tally) {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let text = common::read(path);
    let r = match parse_resolution(&text) {
        Ok(r) => r,
        Err(e) => {
            failures.push(format!("{name}: does not parse: {e}"));
            return;
        }
    };
    let mut tally = Tally::default();
    for node in nodes(&r) {
        let expected = scan(node.text);
        let found: BTreeSet<usize> = node.references.iter().filter_map(number_offset).collect();
        for &m in expected.difference(&found) {
            failures.push(format!(
                "{name}: {}: missed citation at {m}: {:?}",
                node.what,
                node.text
                    .get(m.saturating_sub(30)..(m + 30).min(node.text.len()))
                    .unwrap_or("")
            ));
        }
        for &m in found.difference(&expected) {
            failures.push(format!(
                "{name}: {}: invented citation at {m}: {:?}",
                node.what,
                node.text
                    .get(m.saturating_sub(30)..(m + 30).min(node.text.len()))
                    .unwrap_or("")
            ));
        }
        tally.citations += found.len();
        for reference in node.references {
            tally.references += 1;
            if let Target::Resolution(c) | Target::Decision(c) = &reference.target {
                if c.symbol.is_none() {
                    let why = if c.number.is_none() {
                        "placeholder, no number"
                    } else if c.body.is_none() {
                        "organ outside the four (no symbol, no IRI)"
                    } else {
                        "number form does not fit the organ"
                    };
                    tally.untyped.push(format!("`{}` ({why})", reference.text));
                }
            }
        }
    }
    // Every span points at the printed reference: in bounds, and opening
    // and closing on the reference's first and last characters.
    for reference in r.references() {
        let s = reference.span;
        let Some(printed) = s.slice(&text) else {
            failures.push(format!(
                "{name}: span {s:?} of {:?} out of bounds",
                reference.text
            ));
            continue;
        };
        // A markdown link prints `[66/3](#)` for `66/3`.
        let unlinked = |a: &str| -> String {
            let a = match a.rfind("](") {
                Some(i) if a.ends_with(')') => &a[..i],
                _ => a,
            };
            a.chars().filter(|&c| c != '[' && c != '\\').collect()
        };
        let ends = |a: &str, b: &str| {
            let a = unlinked(a);
            a.chars().next() == b.chars().next() && a.chars().next_back() == b.chars().next_back()
        };
        // Lines printed out of order (`17.` / `session.` / `Decides … at its
        // eighty-first`) are put back in the text; the span then covers
        // both pieces, which hold the reference's first and last words.
        let words = |t: &str| -> Option<(String, String)> {
            let mut w = t.split(' ');
            Some((w.next()?.to_owned(), w.next_back()?.to_owned()))
        };
        let reordered = words(&reference.text).is_some_and(|(first, last)| {
            printed.contains(&first) && printed.contains(last.trim_end_matches('.'))
        });
        if !ends(printed, &reference.text) && !reordered {
            failures.push(format!(
                "{name}: span of {:?} prints {printed:?}",
                reference.text
            ));
        }
    }
    let _ = writeln!(
        report,
        "| {name} | {} | {} | {} |",
        tally.references,
        tally.citations,
        if tally.untyped.is_empty() {
            "–".to_owned()
        } else {
            tally.untyped.join("; ")
        }
    );
    totals.references += tally.references;
    totals.citations += tally.citations;
    totals.untyped.extend(tally.untyped);
}

#[test]
fn every_citation_becomes_a_reference() {
    let mut report = String::from(
        "| fixture | references | resolution/decision citations | untyped |\n|---|---|---|---|\n",
    );
    let mut failures = Vec::new();
    let mut totals = Tally::default();
    for dir in [
        "seeds",
        "corpus/real",
        "corpus/pdf",
        "sc-compilation",
        "railcar",
    ] {
        for path in common::fixtures(dir) {
            check(&path, &mut report, &mut failures, &mut totals);
        }
    }
    let _ = writeln!(
        report,
        "| total | {} | {} | {} |",
        totals.references,
        totals.citations,
        totals.untyped.len()
    );
    eprintln!("{report}");
    assert!(totals.citations > 300, "the corpus cites many resolutions");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn scanner_self_check() {
    let t = "Recalling its resolutions 66/151 of 19 December 2011 and 68/160 of 18 December 2013, Security Council resolution 2720 (2023), resolution 217 A (III); decision 80/506.";
    let got: Vec<&str> = scan(t).into_iter().map(|o| &t[o..o + 6]).collect();
    assert_eq!(got, ["66/151", "68/160", "2720 (", "217 A ", "80/506"]);
}

#[test]
fn references_serde_round_trip() {
    let text = common::seed("003");
    let r = parse_resolution(&text).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_string(&r).unwrap_or_else(|e| panic!("{e}"));
    let back: Resolution = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, r);
}

/// Every rendering that prints its symbol gets it typed, equal to the one
/// in `expected.json`; the resolution's IRI is built from that symbol (or
/// its adoption number) and the adoption date (a draft: the issue date; a
/// Security Council text without its date: the year).
#[test]
fn masthead_symbols_and_resolution_iris() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/corpus");
    let expected: serde_json::Value =
        serde_json::from_str(&common::read(&root.join("expected.json")))
            .unwrap_or_else(|e| panic!("{e}"));
    let docs = expected["documents"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let (mut typed, mut with_iri, mut failures) = (0, 0, Vec::new());
    for doc in &docs {
        let symbol = doc["symbol"].as_str().unwrap_or_default();
        let parsed = un_resolution::DocumentSymbol::new(symbol).unwrap_or_else(|e| panic!("{e}"));
        let adopted = doc["kind"] == "adopted";
        let date = if adopted {
            &doc["dates"]["adopted"]
        } else {
            &doc["dates"]["issued"]
        };
        let day = date.as_str().and_then(common::iso_date);
        let actor = match symbol.split('/').next() {
            Some("S") => "un-sc",
            _ => "un-ga",
        };
        let number = if adopted {
            parsed
                .cited_number()
                .map(|n| n.split(" (").next().unwrap_or_default().replace('/', "-"))
        } else {
            Some(symbol.replace('/', "-"))
        };
        let base = |when: &str| {
            number
                .as_ref()
                .map(|n| format!("/akn/un/statement/deliberation/{actor}/{when}/{n}"))
        };
        let allowed: Vec<String> = [
            day.as_deref().and_then(base),
            parsed.year().and_then(|y| base(&y.to_string())),
        ]
        .into_iter()
        .flatten()
        .collect();
        for file in doc["files"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str())
        {
            if !file.ends_with(".txt") {
                continue;
            }
            let r = parse_resolution(&common::read(&root.join(file)))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            if let Some(s) = &r.masthead.symbol {
                typed += 1;
                if s != symbol {
                    failures.push(format!("{file}: masthead symbol {s}, expected {symbol}"));
                }
            }
            if let Some(iri) = &r.iri {
                with_iri += 1;
                if !allowed.contains(iri) {
                    failures.push(format!("{file}: IRI {iri}, expected one of {allowed:?}"));
                }
            }
        }
    }
    eprintln!("typed masthead symbols: {typed}; resolution IRIs: {with_iri}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        typed >= 30 && with_iri >= 50,
        "typed {typed}, IRIs {with_iri}"
    );
}
