//! Prints a resolution as Akoma Ntoso XML in the UN profile (AKN4UN).
//!
//! ```text
//! cargo run --example akn -- testdata/seeds/003_18ba36d161307072.txt > 80-204.xml
//! cargo run --example akn -- - < resolution.txt
//! xmllint --noout --schema testdata/schemas/akomantoso30.xsd 80-204.xml
//! ```

mod common;

use std::io::Write;
use std::process::ExitCode;

use un_resolution::{akn, parse_resolution};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: akn FILE  (FILE `-` reads standard input)");
        return ExitCode::from(2);
    };
    let input = match common::read_input("akn", path) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let r = match parse_resolution(&input) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("akn: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match akn::write_xml(&r, &mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("akn: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
