//! The examples' decoding of input files (`examples/common`): UTF-8, UTF-16
//! with a byte order mark, Windows-1252, as Word saves plain text.

#[path = "../examples/common/mod.rs"]
mod common;

#[test]
fn utf8_is_taken_as_it_is() {
    let text = "Recalling its resolution 70/1, the Charter’s principles,";
    assert_eq!(
        common::decode(text.as_bytes().to_vec()).as_deref(),
        Ok(text)
    );
}

#[test]
fn utf16_with_its_byte_order_mark() {
    let text = "Recalling the Charter’s principles,";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(common::decode(le).as_deref(), Ok(text));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(common::decode(be).as_deref(), Ok(text));
}

#[test]
fn windows_1252_as_word_saves_ansi_text() {
    // `’` is 0x92, `“` and `”` are 0x93 and 0x94, `é` is 0xE9.
    let bytes = b"the Charter\x92s \x93principles\x94 of Bogot\xE1".to_vec();
    assert_eq!(
        common::decode(bytes).as_deref(),
        Ok("the Charter’s “principles” of Bogotá")
    );
}

#[test]
fn utf8_with_a_stray_byte_keeps_its_accents() {
    let mut bytes = "Bogotá, the Charter’s".as_bytes().to_vec();
    bytes.push(0x92);
    assert_eq!(
        common::decode(bytes).as_deref(),
        Ok("Bogotá, the Charter’s\u{FFFD}")
    );
}

#[test]
fn a_decoded_file_parses() {
    let bytes = b"The General Assembly,\r\n\r\nRecalling the Charter\x92s principles,\r\n\r\n1. Decides to meet.\r\n".to_vec();
    let text = common::decode(bytes).unwrap_or_else(|e| panic!("{e}"));
    let r = un_resolution::parse_resolution(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.preamble[0].text, "Recalling the Charter’s principles,");
}
