//! UTF-8 read as Windows-1252 ("mojibake"), read back.
//!
//! Text that went through a program that took UTF-8 for Windows-1252 (a
//! web page served with the wrong charset, a CSV opened in a spreadsheet
//! and saved again, a dataset scraped so) prints each character beyond
//! ASCII as two or three: `â€œOur Common Agendaâ€\u{9d}`, `1993,Â¹`,
//! `CÃ´te dâ€™Ivoire`. The quotes, apostrophes, dashes, raised note numbers
//! and no-break spaces the grammars read are all such characters, so a lead
//! (`Recallingâ€¦`), a marker or a date hid behind them; the byte that
//! Windows-1252 leaves undefined (0x9D, the last of `”`) even made the
//! input look binary.
//!
//! The rule: a Latin-1 letter that leads a UTF-8 sequence (`Â` … `ô`),
//! followed by the characters Windows-1252 prints for that sequence's
//! continuation bytes (0x80–0xBF: `€`, `œ`, `™`, `©`, `¹` … or the C1
//! control Latin-1 prints for a byte Windows-1252 leaves undefined), is the
//! character those bytes encode. No English or French text of the UN writes
//! such a pair (`Ã©`, `â€™`): a letter with an accent is followed by a
//! letter, never by a sign of the 0x80–0xBF block.

/// The character that the mojibake at the start of `bytes` stands for, and
/// how many bytes of `bytes` it takes; `None` where `bytes` opens with none.
pub(crate) fn mojibake(bytes: &[u8]) -> Option<(char, usize)> {
    let (lead, mut at) = cp1252_char(bytes)?;
    let continuations = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut utf8 = [lead, 0, 0, 0];
    for slot in utf8.iter_mut().skip(1).take(continuations) {
        let (b, len) = cp1252_char(bytes.get(at..)?)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        *slot = b;
        at += len;
    }
    let c = std::str::from_utf8(&utf8[..=continuations])
        .ok()?
        .chars()
        .next()?;
    // A control character read back (`Â\u{80}`) is no text either: the
    // input stays binary.
    (!c.is_control()).then_some((c, at))
}

/// The Windows-1252 byte that the character at the start of `bytes` prints
/// (Latin-1's for the five bytes Windows-1252 leaves undefined), for the
/// characters U+0080 and up, and the character's length.
fn cp1252_char(bytes: &[u8]) -> Option<(u8, usize)> {
    match *bytes {
        // U+0080–U+00BF (C2 xx) and U+00C0–U+00FF (C3 xx): the byte itself.
        [0xC2, b @ 0x80..=0xBF, ..] => Some((b, 2)),
        [0xC3, b @ 0x80..=0xBF, ..] => Some((b + 0x40, 2)),
        [0xC5, b, ..] => {
            let byte = match b {
                0x92 => 0x8C, // Œ
                0x93 => 0x9C, // œ
                0xA0 => 0x8A, // Š
                0xA1 => 0x9A, // š
                0xB8 => 0x9F, // Ÿ
                0xBD => 0x8E, // Ž
                0xBE => 0x9E, // ž
                _ => return None,
            };
            Some((byte, 2))
        }
        [0xC6, 0x92, ..] => Some((0x83, 2)), // ƒ
        [0xCB, 0x86, ..] => Some((0x88, 2)), // ˆ
        [0xCB, 0x9C, ..] => Some((0x98, 2)), // ˜
        [0xE2, 0x80, b, ..] => {
            let byte = match b {
                0x9A => 0x82, // ‚
                0x9E => 0x84, // „
                0xA6 => 0x85, // …
                0xA0 => 0x86, // †
                0xA1 => 0x87, // ‡
                0xB0 => 0x89, // ‰
                0xB9 => 0x8B, // ‹
                0x98 => 0x91, // ‘
                0x99 => 0x92, // ’
                0x9C => 0x93, // “
                0x9D => 0x94, // ”
                0xA2 => 0x95, // •
                0x93 => 0x96, // –
                0x94 => 0x97, // —
                0xBA => 0x9B, // ›
                _ => return None,
            };
            Some((byte, 3))
        }
        [0xE2, 0x82, 0xAC, ..] => Some((0x80, 3)), // €
        [0xE2, 0x84, 0xA2, ..] => Some((0x99, 3)), // ™
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character beyond ASCII, encoded in UTF-8, read as Windows-1252
    /// (Latin-1 for its undefined bytes) and read back.
    #[test]
    fn ok_round_trip_of_every_character() {
        const CP1252: [char; 32] = [
            '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
            '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
            '\u{9d}', 'ž', 'Ÿ',
        ];
        let garble = |c: char| -> String {
            let mut buf = [0; 4];
            c.encode_utf8(&mut buf)
                .bytes()
                .map(|b| match b {
                    0x80..=0x9F => CP1252[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect()
        };
        for c in [
            'é', '¹', '\u{a0}', '“', '”', '’', '–', '—', '…', 'ô', '€', '€', '中', '𝟙', '\u{ad}',
        ]
        .into_iter()
        .chain(('\u{a0}'..='\u{7ff}').step_by(7))
        .chain(('\u{800}'..='\u{ffff}').step_by(97))
        {
            let g = garble(c);
            assert_eq!(mojibake(g.as_bytes()), Some((c, g.len())), "{c:?} as {g:?}");
        }
    }

    #[test]
    fn err_text_that_is_no_mojibake() {
        // Accented letters, and leads with too few signs after them.
        for text in [
            "é", "Élysée", "Côte", "Ã", "Ãa", "â€", "â€x", "Â", "ÂA", "Ã é",
        ] {
            assert_eq!(mojibake(text.as_bytes()), None, "{text:?}");
        }
        // What reads back as a control character is none.
        assert_eq!(mojibake("Â\u{80}".as_bytes()), None);
        assert_eq!(mojibake("Â\u{9d}".as_bytes()), None);
        // The first character read back, and no more.
        assert_eq!(mojibake("Ã©tÃ©".as_bytes()), Some(('é', 4)));
    }
}
