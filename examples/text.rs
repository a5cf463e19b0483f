//! Prints a resolution as canonical text: clean plain text in the UN layout,
//! or markdown.
//!
//! ```text
//! cargo run --example text -- testdata/seeds/002_f12273495372cd5e.txt
//! cargo run --example text -- --markdown FILE
//! cargo run --example text -- - < resolution.txt
//! ```

mod common;

use std::process::ExitCode;

use un_resolution::{parse_resolution, text};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let markdown = args.iter().any(|a| a == "--markdown");
    args.retain(|a| a != "--markdown");
    let [path] = args.as_slice() else {
        eprintln!("usage: text [--markdown] FILE  (FILE `-` reads standard input)");
        return ExitCode::from(2);
    };
    let input = match common::read_input("text", path) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    match parse_resolution(&input) {
        Ok(r) if markdown => print!("{}", text::to_markdown(&r)),
        Ok(r) => print!("{}", text::to_plain(&r)),
        Err(e) => {
            eprintln!("text: {path}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
