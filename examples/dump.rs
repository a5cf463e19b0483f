//! Dumps the AST of a resolution as pretty JSON.
//!
//! ```text
//! cargo run --example dump -- testdata/seeds/000_50195e893c3de33a.txt
//! cargo run --example dump -- - < resolution.txt
//! cargo run --example dump -- --diagnostics FILE   # AST and diagnostics
//! ```

use std::io::Read;
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
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    if let Err(e) = read {
        eprintln!("dump: cannot read {path}: {e}");
        return ExitCode::FAILURE;
    }
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!("dump: {path}: not UTF-8 text");
        return ExitCode::FAILURE;
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
