//! Texts that hold several resolutions: each part parses as it does alone.

mod common;

use un_resolution::{parse_resolution, parse_resolutions};

fn compilation(files: &[&str]) -> (String, Vec<String>) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let texts: Vec<String> = files.iter().map(|f| common::read(&root.join(f))).collect();
    (texts.join("\n\n"), texts)
}

fn check(files: &[&str]) {
    let (joined, texts) = compilation(files);
    let all = parse_resolutions(&joined).unwrap_or_else(|e| panic!("{files:?}: {e}"));
    assert_eq!(all.len(), files.len(), "{files:?}");
    for ((r, text), file) in all.iter().zip(&texts).zip(files) {
        let alone = parse_resolution(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(
            r.same_content(&alone),
            "{file} parses otherwise inside the compilation"
        );
        assert_eq!(
            r.title.as_ref().map(|t| &t.text),
            alone.title.as_ref().map(|t| &t.text),
            "{file}"
        );
        // Spans point into the whole text.
        let slice = r.span.slice(&joined).unwrap_or("");
        assert!(slice.contains(
            &alone
                .preamble
                .first()
                .map_or(String::new(), |p| p.lead.clone().unwrap_or_default())
        ));
    }
}

#[test]
fn council_compilation_of_three_resolutions() {
    check(&[
        "corpus/real/S_RES_83_1950.plain.txt",
        "corpus/real/S_RES_242_1967.plain.txt",
        "corpus/real/S_RES_678_1990.plain.txt",
    ]);
}

#[test]
fn adopted_and_draft_texts_in_one_file() {
    check(&[
        "seeds/003_18ba36d161307072.txt",
        "corpus/real/A_RES_80_4.pdftext.txt",
    ]);
}

#[test]
fn one_resolution_is_one_part() {
    let (joined, _) = compilation(&["seeds/000_50195e893c3de33a.txt"]);
    assert_eq!(parse_resolutions(&joined).map(|v| v.len()).ok(), Some(1));
}
