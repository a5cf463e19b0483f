//! The outputs on every fixture: canonical text parses back to the same
//! resolution.

mod common;

use std::path::PathBuf;

use un_resolution::{parse_resolution, text, Resolution};

/// Every fixture that parses, with its file name; the others are skipped
/// with a note.
fn parsed_fixtures() -> Vec<(String, Resolution)> {
    let mut files: Vec<PathBuf> = common::fixtures("seeds");
    files.extend(common::fixtures("corpus/real"));
    files.extend(common::fixtures("corpus/pdf"));
    let mut out = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match parse_resolution(&common::read(&path)) {
            Ok(r) => out.push((name, r)),
            Err(e) => println!("skipped {name}: does not parse: {e}"),
        }
    }
    out
}

/// `parse(render(parse(fixture)))` has the same content as
/// `parse(fixture)`, in both layouts, whatever the quality of the first
/// parse; and more: everything but spans is equal (masthead, status, title,
/// footnotes, headings, annexes).
#[test]
fn canonical_text_round_trips_on_every_fixture() {
    let fixtures = parsed_fixtures();
    let mut failures = Vec::new();
    for (name, r) in &fixtures {
        for (style, rendered) in [
            ("plain", text::to_plain(r)),
            ("markdown", text::to_markdown(r)),
        ] {
            match parse_resolution(&rendered) {
                Ok(again) if !again.same_content(r) => {
                    failures.push(format!("{name} ({style}): {}", first_difference(r, &again)))
                }
                Ok(again) if spanless(&again) != spanless(r) => failures.push(format!(
                    "{name} ({style}): same paragraphs, but {}",
                    parting(&spanless(r).to_string(), &spanless(&again).to_string())
                )),
                Ok(_) => {}
                Err(e) => failures.push(format!("{name} ({style}): does not parse: {e}")),
            }
        }
    }
    println!(
        "canonical text round-tripped on {} of {} fixtures",
        fixtures.len() - failures.len(),
        fixtures.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The resolution as JSON without spans and segments.
fn spanless(r: &Resolution) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.remove("span");
                map.remove("segments");
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(r).unwrap_or_else(|e| panic!("serialise: {e}"));
    strip(&mut v);
    v
}

/// Where two texts part: the offset, then up to 100 characters of each.
fn parting(a: &str, b: &str) -> String {
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let tail = |s: &str| {
        s.get(at..)
            .unwrap_or("")
            .chars()
            .take(100)
            .collect::<String>()
    };
    format!("at byte {at}: {:?} / {:?}", tail(a), tail(b))
}

/// The first paragraph where `a` and `b` differ, for failure messages.
fn first_difference(a: &Resolution, b: &Resolution) -> String {
    if a.preamble.len() != b.preamble.len() || a.operative.len() != b.operative.len() {
        return format!(
            "paragraph counts {}+{} became {}+{}",
            a.preamble.len(),
            a.operative.len(),
            b.preamble.len(),
            b.operative.len()
        );
    }
    let texts = |r: &Resolution| -> Vec<String> {
        let pre = r
            .preamble
            .iter()
            .map(|p| format!("{:?} {}", p.footnote_refs, p.text));
        let op = r
            .operative
            .iter()
            .map(|p| format!("{:?} {:?} {}", p.number, p.footnote_refs, p.text));
        pre.chain(op).collect()
    };
    texts(a)
        .iter()
        .zip(texts(b))
        .enumerate()
        .find(|(_, (x, y))| **x != *y)
        .map_or_else(
            || "a lead or a subparagraph differs".to_owned(),
            |(k, (x, y))| format!("paragraph {k}: {}", parting(x, &y)),
        )
}
