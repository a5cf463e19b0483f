//! Prints a resolution as Akoma Ntoso XML in the UN profile (AKN4UN).
//!
//! ```text
//! cargo run --example akn -- testdata/seeds/003_18ba36d161307072.txt > 80-204.xml
//! cargo run --example akn -- - < resolution.txt
//! xmllint --noout --schema testdata/schemas/akomantoso30.xsd 80-204.xml
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;

use un_resolution::{akn, parse_resolution};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: akn FILE  (FILE `-` reads standard input)");
        return ExitCode::from(2);
    };
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    if let Err(e) = read {
        eprintln!("akn: cannot read {path}: {e}");
        return ExitCode::FAILURE;
    }
    let Ok(input) = String::from_utf8(bytes) else {
        eprintln!("akn: {path}: not UTF-8 text");
        return ExitCode::FAILURE;
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
