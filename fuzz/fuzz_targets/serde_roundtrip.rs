//! Any UTF-8 input that parses: the JSON round trip of the resolution and
//! of its diagnostics gives them back equal.

#![no_main]

use libfuzzer_sys::fuzz_target;
use un_resolution::{parse_resolution_with, Options, Parsed, Resolution};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = parse_resolution_with(input, &Options::default()) else {
        return;
    };
    let json = serde_json::to_string(&parsed.resolution).expect("the AST serialises");
    let back: Resolution = serde_json::from_str(&json).expect("the AST deserialises");
    assert_eq!(back, parsed.resolution);
    assert!(back.same_content(&parsed.resolution));
    let json = serde_json::to_string(&parsed).expect("the parse serialises");
    let back: Parsed = serde_json::from_str(&json).expect("the parse deserialises");
    assert_eq!(back, parsed);
});
