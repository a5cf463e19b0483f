//! What the examples share: reading the input file (or standard input).

use std::io::Read;

/// Reads `path` (`-` for standard input) as UTF-8 text; on failure, a
/// one-line message prefixed by `tool`.
pub(crate) fn read_input(tool: &str, path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|e| format!("{tool}: cannot read {path}: {e}"))?;
    String::from_utf8(bytes).map_err(|_| format!("{tool}: {path}: not UTF-8 text"))
}
