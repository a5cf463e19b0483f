//! Dumps the AST of a resolution as pretty JSON.
//!
//! ```text
//! cargo run --example dump -- testdata/seeds/000_50195e893c3de33a.txt
//! cargo run --example dump -- - < resolution.txt
//! cargo run --example dump -- --diagnostics FILE   # AST and diagnostics
//! ```

mod common;

use std::process::ExitCode;

use un_resolution::{parse_resolution_with, Options};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let with_diagnostics = args.iter().any(|a| a == "--diagnostics");
    args.retain(|a| a != "--diagnostics");
    let [path] = args.as_slice() else {
        eprintln!("usage: dump [--diagnostics] FILE  (FILE `-` reads standard input)");
        return ExitCode::from(2);
    };
    let text = match common::read_input("dump", path) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let parsed = match parse_resolution_with(&text, &Options::default()) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("dump: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let json = if with_diagnostics {
        serde_json::to_string_pretty(&parsed)
    } else {
        serde_json::to_string_pretty(&parsed.resolution)
    };
    match json {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("dump: cannot serialise: {e}");
            ExitCode::FAILURE
        }
    }
}
