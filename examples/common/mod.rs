//! What the examples share: reading the input file (or standard input) and
//! decoding it.

use std::io::Read;

/// Reads `path` (`-` for standard input) as text (see [`decode`]); on
/// failure, a one-line message prefixed by `tool`.
#[allow(dead_code)] // `batch` decodes files it reads itself.
pub(crate) fn read_input(tool: &str, path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|e| format!("{tool}: cannot read {path}: {e}"))?;
    decode(bytes).map_err(|e| format!("{tool}: {path}: {e}"))
}

/// The text of a file as Word and other tools save it: UTF-8; UTF-16 with
/// its byte order mark ("Unicode text"); else Windows-1252 ("ANSI" plain
/// text, where `’` is the byte 0x92). A file that holds UTF-8 sequences
/// but is not all UTF-8 is read as UTF-8 with U+FFFD for the bad bytes, so
/// that one stray byte does not turn every accent into mojibake. Spans of
/// the AST are into the decoded text.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, String> {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e.into_bytes(),
    };
    let utf16 = |big: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| match c {
                [a, b] if big => u16::from_be_bytes([*a, *b]),
                [a, b] => u16::from_le_bytes([*a, *b]),
                _ => 0xFFFD,
            })
            .collect();
        String::from_utf16(&units)
            .map_err(|_| "not UTF-16 text after its byte order mark".to_owned())
    };
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => return utf16(false),
        Some([0xFE, 0xFF]) => return utf16(true),
        _ => {}
    }
    // A lead byte and a continuation byte in a row: UTF-8 with a flaw.
    let utf8ish = bytes
        .windows(2)
        .any(|w| (0xC2..=0xF4).contains(&w[0]) && (0x80..=0xBF).contains(&w[1]));
    if utf8ish {
        return Ok(String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(bytes.iter().map(|&b| windows_1252(b)).collect())
}

/// The character of byte `b` in Windows-1252: Latin-1, but for the
/// punctuation Word puts at 0x80–0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}
