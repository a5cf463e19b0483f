//! Any UTF-8 input: no panic; an error has a one-based position; a parse
//! has every span in bounds and on character boundaries, segments inside
//! their node, footnote offsets inside their text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use un_resolution::{parse_resolution_with, Options};

/// A `{"start": n, "end": m}` object as a checked range of `input`.
fn span(v: &Value, input: &str) -> Option<(usize, usize)> {
    let start = usize::try_from(v.get("start")?.as_u64()?).ok()?;
    let end = usize::try_from(v.get("end")?.as_u64()?).ok()?;
    assert!(
        start <= end && end <= input.len(),
        "span {start}..{end} out of bounds"
    );
    assert!(
        input.is_char_boundary(start) && input.is_char_boundary(end),
        "span {start}..{end} off a character boundary"
    );
    Some((start, end))
}

/// Walks the JSON form of the AST: every node with a `span` is checked, so
/// the target follows the AST as it grows.
fn walk(v: &Value, input: &str) {
    match v {
        Value::Object(map) => {
            let node = map.get("span").and_then(|s| span(s, input));
            if let (Some((start, end)), Some(Value::Array(segments))) = (node, map.get("segments"))
            {
                for seg in segments {
                    if let Some((s, e)) = span(seg, input) {
                        assert!(
                            start <= s && e <= end,
                            "segment {s}..{e} outside {start}..{end}"
                        );
                    }
                }
            }
            if let (Some(Value::String(text)), Some(Value::Array(refs))) =
                (map.get("text"), map.get("footnote_refs"))
            {
                for r in refs {
                    if let Some(o) = r.get("offset").and_then(Value::as_u64) {
                        let o = usize::try_from(o).unwrap_or(usize::MAX);
                        assert!(o <= text.len() && text.is_char_boundary(o), "offset {o}");
                    }
                }
            }
            map.values().for_each(|v| walk(v, input));
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, input)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    match parse_resolution_with(input, &Options::default()) {
        Ok(parsed) => {
            let json = serde_json::to_value(&parsed).expect("the AST serialises");
            walk(&json, input);
        }
        Err(e) => assert!(e.line >= 1 && e.column >= 1 && !e.to_string().is_empty()),
    }
});
