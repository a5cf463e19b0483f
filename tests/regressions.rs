//! One named test per bug found by fuzzing (`tests/fuzz_props.rs`, `fuzz/`):
//! the smallest input that showed it, and what must hold instead.

use un_resolution::{parse_resolution_with, Options};

fn parses_with_spans_in_bounds(input: &str) {
    let parsed =
        parse_resolution_with(input, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    for d in &parsed.diagnostics {
        assert!(d.span.slice(input).is_some(), "{d:?}");
    }
    let json = serde_json::to_string(&parsed.resolution).unwrap_or_default();
    assert!(!json.is_empty());
}

/// `mutated_fixtures_hold_invariants`, 123,339 cases into the long run:
/// `İ` inserted before `the Statute` of S/RES/827 (1993). Narrowing the
/// reference's span sliced one byte into the `İ` and panicked
/// (`structure::references::narrow`).
#[test]
fn fuzz_reference_opening_with_a_multibyte_letter() {
    parses_with_spans_in_bounds(
        "The Security Council,\n1. Decides to comply with Article 29 of İthe Statute;\n",
    );
    parses_with_spans_in_bounds(
        "The Security Council,\n1. Decides to comply with Article 29 of Éthe Charter;\n",
    );
}
