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
