//! Parses every `.txt` and `.md` file under one or more directories, in
//! parallel, into JSON Lines on standard output: one object per file.
//!
//! ```text
//! cargo run --release --example batch -- DIR [DIR …] > resolutions.jsonl
//! cargo run --release --example batch -- --threads 1 testdata > /dev/null
//! ```
//!
//! Each line is one of
//!
//! ```text
//! {"path":"…","bytes":9143,"resolution":{…},"diagnostics":[…]}
//! {"path":"…","bytes":12,"error":"line 1, column 1: empty input: expected the text of a resolution"}
//! ```
//!
//! in the order the files finish (sort on `path` for a stable order). Files
//! are read as UTF-8, UTF-16 with a byte order mark, or Windows-1252, as Word
//! saves plain text (spans are into the decoded text). A file that cannot be
//! read or decoded, is not a resolution, or makes the parser
//! panic is reported on its line with its error and counted; it never stops
//! the run. A progress bar is drawn on standard error when it is a terminal;
//! a summary (files, errors, files/s, MB/s) is always printed there at the
//! end. Exit status: 0 when every file parsed, 1 when some did not, 2 on a
//! usage or output error.
//!
//! Files are parsed on rayon's thread pool (one thread a core, or
//! `--threads N`); each is read, parsed and serialised by one thread and
//! written as one line under a lock, so memory holds only the files in flight.

mod common;

use std::io::{BufWriter, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use un_resolution::{parse_resolution_with, Diagnostic, Options, Resolution};

/// One output line.
#[derive(Serialize)]
struct Record<'a> {
    path: String,
    bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    resolution: Option<&'a Resolution>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diagnostics: Option<&'a [Diagnostic]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn usage() -> ExitCode {
    eprintln!("usage: batch [--threads N] DIR [DIR …]   (JSON Lines on standard output)");
    ExitCode::from(2)
}

/// Every `.txt` and `.md` file under `dir`, depth first; unreadable
/// directories are reported and skipped.
fn collect(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, String)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push((dir.to_owned(), format!("cannot read directory: {e}")));
            return;
        }
    };
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => {
                errors.push((dir.to_owned(), format!("cannot read directory entry: {e}")));
                continue;
            }
        };
        if path.is_dir() {
            collect(&path, out, errors);
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            out.push(path);
        }
    }
}

/// Parses one file into its output line (no newline).
fn process(path: &Path, options: &Options) -> (String, u64, bool) {
    let shown = path.display().to_string();
    let line = |bytes: u64, error: String| {
        let record = Record {
            path: shown.clone(),
            bytes,
            resolution: None,
            diagnostics: None,
            error: Some(error),
        };
        serde_json::to_string(&record).unwrap_or_default()
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return (line(0, format!("cannot read: {e}")), 0, false),
    };
    let len = bytes.len() as u64;
    let text = match common::decode(bytes) {
        Ok(text) => text,
        Err(e) => return (line(len, e), len, false),
    };
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| parse_resolution_with(&text, options)));
    match parsed {
        Ok(Ok(parsed)) => {
            let record = Record {
                path: shown.clone(),
                bytes: len,
                resolution: Some(&parsed.resolution),
                diagnostics: Some(&parsed.diagnostics),
                error: None,
            };
            match serde_json::to_string(&record) {
                Ok(json) => (json, len, true),
                Err(e) => (line(len, format!("cannot serialise: {e}")), len, false),
            }
        }
        Ok(Err(e)) => (line(len, e.to_string()), len, false),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            (line(len, format!("parser panicked: {message}")), len, false)
        }
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dirs = Vec::new();
    let mut threads = None;
    while let Some(arg) = args.next() {
        if arg == "--threads" {
            match args.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => threads = Some(n),
                None => return usage(),
            }
        } else if arg.starts_with('-') {
            return usage();
        } else {
            dirs.push(PathBuf::from(arg));
        }
    }
    if dirs.is_empty() {
        return usage();
    }
    if let Some(n) = threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
        {
            eprintln!("batch: cannot start {n} threads: {e}");
            return ExitCode::from(2);
        }
    }

    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for dir in &dirs {
        collect(dir, &mut files, &mut unreadable);
    }
    files.sort();

    let out = Mutex::new(BufWriter::with_capacity(1 << 20, std::io::stdout()));
    let write = |line: &str| -> bool {
        let Ok(mut out) = out.lock() else {
            return false;
        };
        out.write_all(line.as_bytes()).is_ok() && out.write_all(b"\n").is_ok()
    };
    let mut write_failed = false;
    for (path, error) in &unreadable {
        let record = Record {
            path: path.display().to_string(),
            bytes: 0,
            resolution: None,
            diagnostics: None,
            error: Some(error.clone()),
        };
        write_failed |= !write(&serde_json::to_string(&record).unwrap_or_default());
    }

    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template(
            "{elapsed_precise} [{wide_bar}] {pos}/{len} files {per_sec} ETA {eta}",
        ) {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };

    let options = Options::default();
    let (ok, failed, bytes) = (AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0));
    let start = Instant::now();
    let all_written = files.par_iter().all(|path| {
        let (line, len, parsed) = process(path, &options);
        bytes.fetch_add(len, Relaxed);
        if parsed { &ok } else { &failed }.fetch_add(1, Relaxed);
        progress.inc(1);
        // Stop only when standard output is gone (a closed pipe).
        write(&line)
    });
    let flushed = out.lock().is_ok_and(|mut o| o.flush().is_ok());
    progress.finish_and_clear();
    let secs = start.elapsed().as_secs_f64().max(1e-9);

    let (ok, failed) = (
        ok.load(Relaxed),
        failed.load(Relaxed) + unreadable.len() as u64,
    );
    let bytes = bytes.load(Relaxed);
    eprintln!(
        "batch: {} files ({:.1} MB) in {secs:.2} s: {ok} parsed, {failed} failed; {:.0} files/s, {:.1} MB/s on {} threads",
        files.len(),
        bytes as f64 / 1e6,
        files.len() as f64 / secs,
        bytes as f64 / 1e6 / secs,
        rayon::current_num_threads(),
    );
    if write_failed || !all_written || !flushed {
        eprintln!("batch: cannot write standard output");
        return ExitCode::from(2);
    }
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
