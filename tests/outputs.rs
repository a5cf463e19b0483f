//! The outputs on every fixture: canonical text parses back to the same
//! resolution; the Akoma Ntoso XML validates against the schema and holds
//! the text; the profile choices of `akn` hold.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use un_resolution::{akn, parse_resolution, text, Resolution};

/// Every fixture that parses, with its file name; the others are skipped
/// with a note.
fn parsed_fixtures() -> Vec<(String, Resolution)> {
    let files = common::all_fixtures();
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
/// parse. On the seeds everything but spans is equal too (masthead, status,
/// title, footnotes); on the corpus the count of such fixtures is printed.
/// Fixtures whose canonical text is known not to read back the same, and
/// why. Each is a defect still open, not a licence: remove the entry when
/// it is fixed (the test then holds the fixture like the others).
const ROUND_TRIP_KNOWN: &[(&str, &str)] = &[
    (
        "A_C.6_80_L.10.pdfminer.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_C.6_80_L.10.markitdown.md.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_73_6.pdfminer.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_73_6.markitdown.md.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_119.pdfminer.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_119.markitdown.md.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_162.pdfminer.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_162.markitdown.md.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_184.pdfminer.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_184.markitdown.md.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_204.pdfminer.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
    (
        "A_RES_80_204.markitdown.md.txt",
        "the first parse keeps pdfminer's stray words of a justified line where they \
         stood (`… law, in`, tests/equivalence.rs); the canonical text prints that \
         paragraph unfinished, and the next (`Reaffirming …`) reads as its rest",
    ),
];

#[test]
fn canonical_text_round_trips_on_every_fixture() {
    let fixtures = parsed_fixtures();
    let mut failures = Vec::new();
    let (mut whole, mut listed) = (0, 0);
    for (name, r) in &fixtures {
        // A listed fixture must still fail (else its entry is stale), and
        // its failure is no failure of the test.
        let known = ROUND_TRIP_KNOWN.iter().any(|(known, _)| known == name);
        let failures_before = failures.len();
        let mut all_equal = true;
        for (style, rendered) in [
            ("plain", text::to_plain(r)),
            ("markdown", text::to_markdown(r)),
        ] {
            match parse_resolution(&rendered) {
                Ok(again) if !again.same_content(r) => {
                    failures.push(format!("{name} ({style}): {}", first_difference(r, &again)));
                }
                Ok(again) if outline(&again) != outline(r) => {
                    failures.push(format!(
                        "{name} ({style}): adopted texts and annexes {:?} became {:?}",
                        outline(r),
                        outline(&again)
                    ));
                }
                Ok(again) if spanless(&again) != spanless(r) => {
                    all_equal = false;
                    if name.starts_with(char::is_numeric) {
                        failures.push(format!(
                            "seed {name} ({style}): same paragraphs, but {}",
                            parting(&spanless(r).to_string(), &spanless(&again).to_string())
                        ));
                    }
                }
                Ok(_) => {}
                Err(e) => failures.push(format!("{name} ({style}): does not parse: {e}")),
            }
        }
        if known {
            listed += 1;
            if failures.len() == failures_before {
                failures.push(format!(
                    "{name}: listed in ROUND_TRIP_KNOWN, but its canonical text round-trips"
                ));
            } else {
                failures.truncate(failures_before);
            }
            continue;
        }
        whole += usize::from(all_equal);
    }
    println!(
        "canonical text round-tripped (same_content) on {} of {} fixtures ({listed} listed \
         as known not to); all but spans equal on {whole}",
        fixtures.len() - listed - failures.len(),
        fixtures.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// What `same_content` leaves out: each text an operative paragraph adopts
/// (its paragraph's number, its title, its count of blocks) and each annex
/// (heading, title, count of blocks).
fn outline(r: &Resolution) -> Vec<(String, Option<String>, usize)> {
    let quoted = r.operative.iter().filter_map(|p| {
        let q = p.quoted_structure.as_ref()?;
        Some((
            format!("adopted by {:?}", p.number),
            q.title.clone(),
            q.blocks.len(),
        ))
    });
    let annexes = r
        .annexes
        .iter()
        .map(|a| (a.heading.clone(), a.title.clone(), a.blocks.len()));
    quoted.chain(annexes).collect()
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

/// The schema and its import, copied from `../shared/schemas/`.
fn schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/schemas/akomantoso30.xsd")
}

/// Every fixture's XML validates against the Akoma Ntoso 3.0 schema, checked
/// by `xmllint`. Without `xmllint` the check says plainly that it did not
/// run, and fails in CI (`CI=true`), where `.ci/run` installs it.
#[test]
fn akn_is_schema_valid_on_every_fixture() {
    let fixtures = parsed_fixtures();
    let dir = std::env::temp_dir().join(format!("un-resolution-akn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files = Vec::new();
    for (name, r) in &fixtures {
        let path = dir.join(format!("{name}.xml"));
        std::fs::write(&path, akn::to_xml(r)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        files.push(path);
    }
    let run = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema())
        .args(&files)
        .output();
    let output = match run {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let _ = std::fs::remove_dir_all(&dir);
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "xmllint not found: CI must install libxml2-utils"
            );
            println!("schema check did not run: xmllint not found");
            return;
        }
        Err(e) => panic!("cannot run xmllint: {e}"),
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    let invalid: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.ends_with(" validates"))
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success() && invalid.is_empty(),
        "xmllint: {}",
        invalid.join("\n")
    );
    println!(
        "schema check: {} fixtures valid against akomantoso30.xsd",
        files.len()
    );
}

/// The text of the XML's paragraphs (footnotes and labels aside) is the
/// text of the resolution's paragraphs: no word lost, markers in place.
#[test]
fn akn_paragraph_text_is_the_resolution_text() {
    for (name, r) in parsed_fixtures() {
        let xml = akn::to_xml(&r);
        let mut expected = Vec::new();
        // The paragraphs before the first part (all, without parts), then
        // each part's: its `intro` opens with its own formula, if it has
        // one, then its preamble.
        let (pre, op) = r
            .parts
            .first()
            .map_or((r.preamble.len(), r.operative.len()), |p| {
                (p.preamble.start, p.operative.start)
            });
        paragraph_texts(&r.preamble[..pre], &r.operative[..op], &mut expected);
        for part in &r.parts {
            if let Some(f) = &part.formula {
                expected.push(f.text.clone());
            }
            paragraph_texts(
                &r.preamble[part.preamble.clone()],
                &r.operative[part.operative.clone()],
                &mut expected,
            );
        }
        assert_eq!(body_texts(&xml), expected, "{name}");
    }
}

/// The texts of `pre` and `op` and of their subparagraphs, in order.
fn paragraph_texts(
    pre: &[un_resolution::PreambularParagraph],
    op: &[un_resolution::OperativeParagraph],
    out: &mut Vec<String>,
) {
    for p in pre {
        out.push(p.text.clone());
        common::flatten_texts(&p.subparagraphs, out);
    }
    for p in op {
        out.push(p.text.clone());
        common::flatten_texts(&p.subparagraphs, out);
    }
}

/// The text of every paragraph `p` in the statement's preamble and main
/// body, in order, without what `sup` holds or an `embeddedStructure` (a
/// text a paragraph adopts; `tests/akn.rs` checks it).
fn body_texts(xml: &str) -> Vec<String> {
    common::p_texts(
        xml,
        &["sup", "embeddedStructure"],
        Some("attachments"),
        |stack| {
            let in_body = stack.iter().any(|n| n == "preamble" || n == "mainBody");
            let parent = stack.last().map(String::as_str);
            in_body
                && matches!(parent, Some("container" | "item" | "content" | "intro"))
                && !stack
                    .iter()
                    .any(|n| n == "formula" || n == "sup" || n == "embeddedStructure")
        },
    )
}
