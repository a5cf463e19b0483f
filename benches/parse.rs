//! Parser throughput in MB/s, stage by stage and end to end, against
//! pulldown-cmark as a reference; and growth series of hostile inputs from
//! 10 KB to 10 MB that show time and peak heap growing linearly.
//!
//! ```text
//! cargo bench --bench parse                          # everything (about 10 minutes)
//! cargo bench --bench parse -- end_to_end            # one group, no report
//! UNR_BENCH_REPORT=0 cargo bench --bench parse       # criterion groups only
//! UNR_BENCH_REPORT=1 cargo bench --bench parse -- NONE   # only the reports
//! cargo bench --bench parse -- --warm-up-time 1 --measurement-time 2
//! ```
//!
//! Criterion groups (each with `Throughput::Bytes`, so criterion prints MB/s):
//!
//! - `end_to_end`: `parse_resolution` on each seed, on all seeds, and on
//!   every text of `testdata/` (the seeds and the corpus, 87 files, 1.3 MB).
//! - `stages/{seeds,corpus}`: each stage alone, on all seeds and on the
//!   corpus: `lines` (stage 1, line splitting), `layout` (stage 2, lines →
//!   blocks), `clean` (stage 1's inline clean-up of every node, which stage 3
//!   calls), `build` (stage 3, blocks → AST, the clean-up included). The
//!   stages are private; the hidden `un_resolution::__bench` module (feature
//!   `bench-internals`, which the crate's dev-dependency on itself turns on)
//!   exposes them to this file only.
//! - `reference`: pulldown-cmark parsing the same texts (all events
//!   consumed), a `CommonMark` parser of the same kind of work: one pass over
//!   prose, inline markup, no allocation per character.
//! - `growth/SHAPE`: six hostile inputs at 10 KB, 100 KB and 1 MB.
//!
//! After criterion, two reports are printed (unless a filter is given or
//! `UNR_BENCH_REPORT=0`; never in `--test` mode; `UNR_BENCH_REPORT=1`
//! forces them):
//!
//! - **summary**: MB/s of each stage and end to end, and the ratio of our end
//!   to end throughput to pulldown-cmark's, on the seeds and on the corpus,
//!   with the largest peak heap of one parse as a multiple of its input;
//! - **growth**: for each hostile shape at 10 KB, 100 KB, 1 MB and 10 MB, the
//!   median time per byte, the peak heap of one parse as a multiple of the
//!   input size (a counting global allocator), and the slope of log(time)
//!   over log(size) by least squares: 1.00 is linear time, 2.00 quadratic.

// The counting allocator below is the one `unsafe` block of the package
// (the library itself is `#![forbid(unsafe_code)]`).
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput};
use un_resolution::__bench as stage;
use un_resolution::{parse_resolution, parse_resolution_with, Options};

// ---------------------------------------------------------------------------
// Peak heap
// ---------------------------------------------------------------------------

/// The system allocator, counting live bytes and their peak while
/// [`COUNTING`] is on (off, it costs one relaxed load an allocation).
struct CountingAlloc;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn count(delta: isize) {
    if COUNTING.load(Relaxed) {
        let live = LIVE.fetch_add(delta, Relaxed) + delta;
        PEAK.fetch_max(live, Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments
// unchanged; the counters have no effect on the memory handed out.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received (see the impl).
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as received.
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

/// The peak of heap bytes allocated (and not yet freed) while `f` runs,
/// `f`'s result dropped inside the window.
fn peak_heap<R>(f: impl FnOnce() -> R) -> usize {
    LIVE.store(0, Relaxed);
    PEAK.store(0, Relaxed);
    COUNTING.store(true, Relaxed);
    drop(black_box(f()));
    COUNTING.store(false, Relaxed);
    PEAK.load(Relaxed).max(0) as usize
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

fn testdata() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata")
}

fn read_texts(dir: &Path, out: &mut Vec<(String, String)>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            read_texts(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt" || e == "md") {
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            let name = p
                .strip_prefix(testdata())
                .unwrap_or(&p)
                .display()
                .to_string();
            out.push((name, text));
        }
    }
}

/// The seed texts, `(file stem, text)`, sorted by name.
fn seeds() -> Vec<(String, String)> {
    let mut out = Vec::new();
    read_texts(&testdata().join("seeds"), &mut out);
    assert!(!out.is_empty(), "no seeds in testdata/seeds");
    for (name, _) in &mut out {
        *name = name
            .trim_start_matches("seeds/")
            .trim_end_matches(".txt")
            .to_owned();
    }
    out
}

/// Every text of `testdata/`: the seeds and the corpus (`.txt`, `.md`).
fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    read_texts(&testdata(), &mut out);
    out
}

fn total_len(texts: &[(String, String)]) -> u64 {
    texts.iter().map(|(_, t)| t.len() as u64).sum()
}

/// The hostile shapes of the growth series.
const SHAPES: [&str; 10] = [
    "huge_paragraph",
    "one_line",
    "footnote_markers",
    "operative_paragraphs",
    "deep_nesting",
    "page_headers",
    "stray_boxes",
    "numbers_in_a_column",
    "lone_page_numbers",
    "open_markup",
];

/// A hostile input of shape `shape` and about `target` bytes.
fn shape(shape: &str, target: usize) -> String {
    let mut t = String::with_capacity(target + 256);
    match shape {
        // One preambular paragraph hard-wrapped over every line.
        "huge_paragraph" => {
            t.push_str("The General Assembly,\n\nRecalling its resolutions");
            let mut column = 0;
            while t.len() < target {
                let words = " and the relevant provisions of the Charter";
                t.push_str(words);
                column += words.len();
                if column > 70 {
                    t.push('\n');
                    column = 0;
                }
            }
            t.push_str(",\n\n1. Decides to remain seized of the matter.\n");
        }
        // The whole body on one line, with no newline at the end.
        "one_line" => {
            t.push_str("The General Assembly,\n1. Decides that");
            while t.len() < target {
                t.push_str(" the relevant provisions of the Charter of the United Nations apply");
            }
            t.push(';');
        }
        // A marker every 40 bytes (100,000 and more at 10 MB), markdown
        // and HTML, and their notes at the end.
        "footnote_markers" => {
            t.push_str("The General Assembly,\n\n");
            let mut notes = String::new();
            let mut n = 1u32;
            while t.len() + notes.len() < target {
                let _ = write!(
                    t,
                    "{n}. Recalls resolution 70/{n},[^{n}] and 71/{n},<sup>{}</sup>\n\n",
                    n + 1
                );
                let _ = writeln!(
                    notes,
                    "[^{n}]: Resolution 70/{n}.\n<sup>{}</sup> Resolution 71/{n}.",
                    n + 1
                );
                n += 2;
            }
            t.push('\n');
            t.push_str(&notes);
        }
        // `1. Decides to continue;` and so on (400,000 at 10 MB).
        "operative_paragraphs" => {
            t.push_str("The General Assembly,\n\n");
            let mut n = 1;
            while t.len() < target {
                let _ = writeln!(t, "{n}. Decides to continue;");
                n += 1;
            }
        }
        // Every item a chapeau opening a deeper list, past the nesting limit.
        "deep_nesting" => {
            t.push_str("The General Assembly,\n\n1. Decides:\n");
            let labels = ["(a)", "(i)", "a.", "i.", "(1)", "(A)", "-", "(aa)"];
            let mut k = 0;
            while t.len() < target {
                let _ = writeln!(
                    t,
                    "{} Measures to be taken by States:",
                    labels[k % labels.len()]
                );
                k += 1;
            }
        }
        // After one paragraph, every line page furniture: a form feed and
        // the symbol, a page counter, a job number.
        "page_headers" => {
            t.push_str("The General Assembly,\n\n1. Decides to remain seized of the matter;\n");
            let mut page = 1;
            while t.len() < target {
                let _ = write!(t, "\u{c}A/80/L.41\n{page}/9999\n25-20958\n");
                page = page % 9999 + 1;
            }
        }
        // Short lower-case lines each between blank lines, as pdfminer
        // prints the boxes of a justified line, among boxes of two lines:
        // the walker asks at each how many stray boxes end the paragraph.
        "stray_boxes" => {
            t.push_str("The General Assembly,\n\nRecalling its resolution\n\n");
            while t.len() < target {
                t.push_str("the fact\n\nand the relevant\nprovisions of the Charter\n\n");
            }
            t.push_str("1. Decides to remain seized of the matter.\n");
        }
        // Every paragraph number alone in a column, then every text
        // (pdfminer's order in A/C.5/80/L.13): each number waits in a queue.
        "numbers_in_a_column" => {
            t.push_str("The General Assembly,\n\n");
            let mut texts = String::new();
            let mut n = 1;
            while t.len() + texts.len() < target {
                let _ = writeln!(t, "{n}.");
                texts.push_str("Decides to continue;\n");
                n += 1;
            }
            t.push_str(&texts);
        }
        // Every page a paragraph and its number alone at its foot, as
        // Geneva prints them: each number is checked against its page.
        "lone_page_numbers" => {
            t.push_str("The General Assembly,\n\n");
            let mut n = 1;
            while t.len() < target {
                let _ = write!(t, "{n}. Decides to continue;\n{n}\n\u{c}");
                n += 1;
            }
        }
        // One line of markup opened and never closed: links without a
        // target, images, comments, bracketed calls (`[a [a …`, `![a](b
        // …`, `<!-- a …`). Each opener once sought its close to the line's
        // end, a time quadratic in the line's length.
        "open_markup" => {
            t.push_str("The General Assembly,\n\n1. Decides");
            while t.len() < target {
                t.push_str(" [a ![a](b <!-- a [1 ^1 $^{1");
            }
            t.push_str(".\n");
        }
        other => panic!("unknown shape {other}"),
    }
    t
}

// ---------------------------------------------------------------------------
// Criterion groups
// ---------------------------------------------------------------------------

fn end_to_end(c: &mut Criterion, seeds: &[(String, String)], corpus: &[(String, String)]) {
    for (name, text) in seeds {
        assert!(parse_resolution(text).is_ok(), "seed {name} does not parse");
    }
    let mut group = c.benchmark_group("end_to_end");
    for (name, text) in seeds {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| parse_resolution(black_box(text)));
        });
    }
    for (label, texts) in [("all_seeds", seeds), ("corpus", corpus)] {
        group.throughput(Throughput::Bytes(total_len(texts)));
        group.bench_function(label, |b| {
            b.iter(|| {
                for (_, text) in texts {
                    let _ = black_box(parse_resolution(black_box(text)));
                }
            });
        });
    }
    group.finish();
}

fn stages(c: &mut Criterion, label: &str, texts: &[(String, String)]) {
    let lines: Vec<_> = texts.iter().map(|(_, t)| stage::lines(t)).collect();
    let layouts: Vec<_> = lines.iter().map(stage::layout).collect();
    let mut group = c.benchmark_group(format!("stages/{label}"));
    group.throughput(Throughput::Bytes(total_len(texts)));
    group.bench_function("lines", |b| {
        b.iter(|| {
            for (_, text) in texts {
                black_box(stage::lines(black_box(text)));
            }
        });
    });
    group.bench_function("layout", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(stage::layout(black_box(l)));
            }
        });
    });
    group.bench_function("clean", |b| {
        b.iter(|| {
            for (((_, text), l), layout) in texts.iter().zip(&lines).zip(&layouts) {
                black_box(stage::clean_all(black_box(text), l, layout));
            }
        });
    });
    group.bench_function("build", |b| {
        b.iter_batched(
            || lines.iter().map(stage::layout).collect::<Vec<_>>(),
            |layouts| {
                for (((_, text), l), layout) in texts.iter().zip(&lines).zip(layouts) {
                    let _ = black_box(stage::build(black_box(text), l, layout));
                }
            },
            BatchSize::LargeInput,
        );
    });
    group.finish();
}

/// pulldown-cmark over `text`, every event consumed.
fn cmark(text: &str) -> usize {
    pulldown_cmark::Parser::new(text).count()
}

fn reference(c: &mut Criterion, seeds: &[(String, String)], corpus: &[(String, String)]) {
    let mut group = c.benchmark_group("reference");
    for (label, texts) in [
        ("pulldown_cmark/all_seeds", seeds),
        ("pulldown_cmark/corpus", corpus),
    ] {
        group.throughput(Throughput::Bytes(total_len(texts)));
        group.bench_function(label, |b| {
            b.iter(|| {
                for (_, text) in texts {
                    black_box(cmark(black_box(text)));
                }
            });
        });
    }
    group.finish();
}

fn growth(c: &mut Criterion) {
    for name in SHAPES {
        let mut group = c.benchmark_group(format!("growth/{name}"));
        group.sample_size(10);
        for (label, size) in [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000)] {
            let text = shape(name, size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
                b.iter(|| parse_resolution(black_box(text)));
            });
        }
        group.finish();
    }
}

// ---------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------

/// Median seconds of one call of `f`, over runs filling about `budget`.
fn median_secs(budget: Duration, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_nanos(1));
    let runs = (budget.as_secs_f64() / once.as_secs_f64()).clamp(3.0, 200.0) as usize;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn mb_per_s(bytes: u64, secs: f64) -> f64 {
    bytes as f64 / secs / 1e6
}

fn summary(seeds: &[(String, String)], corpus: &[(String, String)]) {
    println!("\n== summary: MB/s (10^6 bytes/s), median of runs, one core ==");
    println!(
        "{:<8} {:>8} {:>8} {:>8} {:>8} {:>11} {:>13} {:>7} {:>9}",
        "texts",
        "lines",
        "layout",
        "clean",
        "build",
        "end_to_end",
        "pulldown_cm",
        "ratio",
        "max_heap"
    );
    let budget = Duration::from_millis(1500);
    for (label, texts) in [("seeds", seeds), ("corpus", corpus)] {
        let bytes = total_len(texts);
        let lines: Vec<_> = texts.iter().map(|(_, t)| stage::lines(t)).collect();
        let layouts: Vec<_> = lines.iter().map(stage::layout).collect();
        let t_lines = median_secs(budget, || {
            for (_, t) in texts {
                black_box(stage::lines(black_box(t)));
            }
        });
        let t_layout = median_secs(budget, || {
            for l in &lines {
                black_box(stage::layout(black_box(l)));
            }
        });
        let t_clean = median_secs(budget, || {
            for (((_, t), l), y) in texts.iter().zip(&lines).zip(&layouts) {
                black_box(stage::clean_all(black_box(t), l, y));
            }
        });
        // Stage 3 consumes its layout: time it net of making the layouts.
        let t_layout_build = median_secs(budget, || {
            for ((_, t), l) in texts.iter().zip(&lines) {
                let _ = black_box(stage::build(black_box(t), l, stage::layout(l)));
            }
        });
        let t_build = (t_layout_build - t_layout).max(1e-9);
        let t_e2e = median_secs(budget, || {
            for (_, t) in texts {
                let _ = black_box(parse_resolution(black_box(t)));
            }
        });
        let t_cmark = median_secs(budget, || {
            for (_, t) in texts {
                black_box(cmark(black_box(t)));
            }
        });
        let heap = texts
            .iter()
            .map(|(_, t)| peak_heap(|| parse_resolution(t)) as f64 / t.len().max(1) as f64)
            .fold(0.0, f64::max);
        println!(
            "{:<8} {:>8.0} {:>8.0} {:>8.1} {:>8.1} {:>11.1} {:>13.1} {:>7.3} {:>8.1}x",
            label,
            mb_per_s(bytes, t_lines),
            mb_per_s(bytes, t_layout),
            mb_per_s(bytes, t_clean),
            mb_per_s(bytes, t_build),
            mb_per_s(bytes, t_e2e),
            mb_per_s(bytes, t_cmark),
            t_cmark / t_e2e,
            heap,
        );
    }
    println!("(ratio: our end to end throughput / pulldown-cmark's on the same texts;");
    println!(" max_heap: the largest peak heap of one parse over its input size)");
}

/// Least-squares slope of `ln y` over `ln x`.
fn log_log_slope(points: &[(f64, f64)]) -> f64 {
    let n = points.len() as f64;
    let (xs, ys): (Vec<f64>, Vec<f64>) = points.iter().map(|&(x, y)| (x.ln(), y.ln())).unzip();
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let cov: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let var: f64 = xs.iter().map(|x| (x - mx) * (x - mx)).sum();
    cov / var
}

fn growth_report() {
    println!("\n== growth: median ns per input byte | peak heap / input size ==");
    let sizes = [10_000, 100_000, 1_000_000, 10_000_000];
    print!("{:<22}", "shape");
    for s in sizes {
        print!(" {:>17}", format!("{} KB", s / 1000));
    }
    println!(" {:>7} {:>7}", "slope", "flat");
    let options = Options::default();
    for name in SHAPES {
        print!("{name:<22}");
        let mut points = Vec::new();
        let mut per_byte = Vec::new();
        for size in sizes {
            let text = shape(name, size);
            let secs = median_secs(Duration::from_secs(2), || {
                let _ = black_box(parse_resolution_with(black_box(&text), &options));
            });
            let peak = peak_heap(|| parse_resolution_with(&text, &options));
            let len = text.len() as f64;
            points.push((len, secs));
            per_byte.push(secs / len * 1e9);
            print!(" {:>7.1} | {:>6.2}x", secs / len * 1e9, peak as f64 / len);
        }
        // `flat`: time per byte at 10 MB over time per byte at 10 KB.
        let flat = per_byte[per_byte.len() - 1] / per_byte[0];
        println!(" {:>7.3} {:>7.2}", log_log_slope(&points), flat);
    }
    println!(
        "(slope of log time over log size: 1.00 is linear; flat: ns/B at 10 MB over ns/B at 10 KB)"
    );
}

/// Whether the command line names a filter (`cargo bench -- end_to_end`):
/// a word that is neither an option nor the value of one.
fn has_filter() -> bool {
    const TAKES_VALUE: [&str; 14] = [
        "--warm-up-time",
        "--measurement-time",
        "--sample-size",
        "--save-baseline",
        "--baseline",
        "--load-baseline",
        "--output-format",
        "--color",
        "--profile-time",
        "--nresamples",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--plotting-backend",
    ];
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if TAKES_VALUE.contains(&a.as_str()) || a == "-s" || a == "-b" {
            args.next();
        } else if !a.starts_with('-') {
            return true;
        }
    }
    false
}

fn main() {
    let seeds = seeds();
    let corpus = corpus();
    let mut c = Criterion::default().configure_from_args();
    end_to_end(&mut c, &seeds, &corpus);
    stages(&mut c, "seeds", &seeds);
    stages(&mut c, "corpus", &corpus);
    reference(&mut c, &seeds, &corpus);
    growth(&mut c);
    c.final_summary();

    let test_mode = std::env::args().any(|a| a == "--test" || a == "--list");
    let wanted = std::env::var("UNR_BENCH_REPORT").map_or(!has_filter(), |v| v != "0");
    if wanted && !test_mode {
        summary(&seeds, &corpus);
        growth_report();
    }
}
