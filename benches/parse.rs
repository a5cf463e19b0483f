//! Parser throughput: each seed end to end, all seeds as a batch, and a
//! growth series of synthetic inputs (10 KB, 100 KB, 1 MB) to show that
//! cost grows linearly with input size.
//!
//! ```text
//! cargo bench --bench parse -- --warm-up-time 1 --measurement-time 2
//! ```

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};

/// The seed texts, `(file stem, text)`, sorted by name.
fn seeds() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            (stem, text)
        })
        .collect()
}

fn parse_seeds(c: &mut Criterion) {
    let seeds = seeds();
    assert!(!seeds.is_empty(), "no seeds in testdata/seeds");
    for (stem, text) in &seeds {
        assert!(
            un_resolution::parse_resolution(text).is_ok(),
            "seed {stem} does not parse"
        );
    }

    let mut group = c.benchmark_group("parse_resolution");
    for (stem, text) in &seeds {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(stem), text, |b, text| {
            b.iter(|| un_resolution::parse_resolution(black_box(text)));
        });
    }
    let total: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("all_seeds", |b| {
        b.iter(|| {
            for (_, text) in &seeds {
                let _ = black_box(un_resolution::parse_resolution(black_box(text)));
            }
        });
    });
    group.finish();
}

/// A synthetic resolution of about `target` bytes: a formula, one long
/// preambular paragraph (a quarter of the size) and numbered operative
/// paragraphs `N. Decides …;` for the rest.
fn synthetic(target: usize) -> String {
    let mut text = String::with_capacity(target + 256);
    text.push_str("The General Assembly,\n\nRecalling its resolutions");
    while text.len() < target / 4 {
        text.push_str(" and the relevant provisions of the Charter of the United Nations");
    }
    text.push_str(",\n\n");
    let mut n = 1;
    while text.len() < target {
        let _ = writeln!(
            text,
            "{n}. Decides to continue its consideration of the question at its eighty-first session under the item entitled \u{201c}Human rights questions\u{201d};\n"
        );
        n += 1;
    }
    text
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("growth");
    for (label, size) in [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000)] {
        let text = synthetic(size);
        assert!(
            un_resolution::parse_resolution(&text).is_ok(),
            "synthetic {label} input does not parse"
        );
        if size >= 1_000_000 {
            group.sample_size(10);
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| un_resolution::parse_resolution(black_box(text)));
        });
    }
    group.finish();
}

/// `criterion_group!` defines a public function without docs; a private
/// module keeps it out of the crate's public surface (and `missing_docs`).
mod groups {
    use super::{growth, parse_seeds};

    criterion::criterion_group!(benches, parse_seeds, growth);
}

criterion_main!(groups::benches);
