//! Comparison of versions on the seeds: five versions of one resolution,
//! 2012 to 2025.

mod common;

use un_resolution::diff::{self, Comparison, ParagraphChange, WordChange, WordOp};
use un_resolution::{parse_resolution, FootnoteMarker, Resolution};

fn seed(prefix: &str) -> Resolution {
    parse_resolution(&common::seed(prefix)).unwrap_or_else(|e| panic!("seed {prefix}: {e}"))
}

fn runs(words: &[WordChange], op: WordOp) -> Vec<&str> {
    words
        .iter()
        .filter(|w| w.op == op)
        .map(|w| w.text.as_str())
        .collect()
}

fn changed(list: &[ParagraphChange]) -> Vec<(usize, &[WordChange])> {
    list.iter()
        .filter_map(|c| match c {
            ParagraphChange::Changed { new, words, .. } => Some((new.index, words.as_slice())),
            _ => None,
        })
        .collect()
}

/// The comparison's counts as (unchanged, changed, moved, added, removed).
fn counts(c: &Comparison) -> (usize, usize, usize, usize, usize) {
    let n = c.counts();
    (n.unchanged, n.changed, n.moved, n.added, n.removed)
}

#[test]
fn draft_000_and_adopted_003_are_unchanged() {
    let c = diff::compare(&seed("000"), &seed("003"));
    assert!(c.is_unchanged(), "{c:#?}");
    assert_eq!(counts(&c), (32, 0, 0, 0, 0));
    // The draft's sponsor note is not a change of text.
    assert!(c.footnotes.is_empty());
}

/// 2024 (seed 001) → 2025 (seed 000): what a careful reader finds.
#[test]
fn draft_2024_to_2025() {
    let c = diff::compare(&seed("001"), &seed("000"));
    assert!(!c.is_unchanged());
    assert_eq!(c.title, None, "same title");
    assert_eq!(c.sponsors.removed, ["Russian Federation"]);
    assert!(c.sponsors.added.is_empty());
    assert_eq!(counts(&c), (30, 2, 0, 0, 0));

    // PP3: the resolutions recalled are a year on.
    let pre = changed(&c.preamble);
    assert_eq!(pre.len(), 1);
    let (index, words) = pre[0];
    assert_eq!(index, 2);
    assert_eq!(
        runs(words, WordOp::Delete),
        ["78/199", "19", "2023", "56/2", "10", "2024"]
    );
    assert_eq!(
        runs(words, WordOp::Insert),
        ["79/166", "17", "2024", "59/3", "4", "2025"]
    );
    assert_eq!(
        diff::redline(words),
        "Recalling also its adoption of the United Nations Millennium Declaration on 8 September 2000, its resolution [-78/199-]{+79/166+} of [-19-]{+17+} December [-2023-]{+2024+}, Human Rights Council resolution [-56/2-]{+59/3+} of [-10-]{+4+} July [-2024-]{+2025+} and the resolutions of the Commission on Human Rights on the enhancement of international cooperation in the field of human rights,"
    );

    // OP17: the next consideration moves to the next session.
    let op = changed(&c.operative);
    assert_eq!(op.len(), 1);
    let (index, words) = op[0];
    assert_eq!(index, 16);
    assert_eq!(
        diff::redline(words),
        "Decides to continue its consideration of the question at its [-eightieth-]{+eighty-first+} session."
    );
    assert!(matches!(
        &c.operative[16],
        ParagraphChange::Changed { old, new, moved: false, .. } if old.number == Some(17) && new.number == Some(17)
    ));

    // Footnote 3 cites the next session's report; the sponsor note changed.
    let notes: Vec<(FootnoteMarker, String)> = c
        .footnotes
        .iter()
        .map(|f| (f.marker, diff::redline(&f.words)))
        .collect();
    assert_eq!(
        notes,
        [
            (
                FootnoteMarker::Number(3),
                "See Official Records of the General Assembly, [-Seventy-ninth-]{+Eightieth+} Session, Supplement No. 53 (A/[-79-]{+80+}/53), chap. [-V-]{+VI+}, sect. A.".to_owned()
            ),
            (
                FootnoteMarker::Asterisks(1),
                "On behalf of the States [-Members of the United Nations -]that are members of the Movement of Non-Aligned Countries{+, taking into account also the provisions of General Assembly resolution ES-10/23 of 10 May 2024+}.".to_owned()
            ),
        ]
    );
}

/// Every changed paragraph of every pair of seeds: the equal and deleted
/// runs spell the old text, the equal and inserted runs the new one.
#[test]
fn word_changes_spell_both_texts() {
    let seeds: Vec<Resolution> = ["004", "002", "001", "000", "003"].map(seed).into();
    for old in &seeds {
        for new in &seeds {
            let c = diff::compare(old, new);
            for (operative, list) in [(false, &c.preamble), (true, &c.operative)] {
                let text = |r: &Resolution, i: usize| {
                    if operative {
                        r.operative[i].text.clone()
                    } else {
                        r.preamble[i].text.clone()
                    }
                };
                for change in list {
                    let ParagraphChange::Changed {
                        words,
                        old: o,
                        new: n,
                        ..
                    } = change
                    else {
                        continue;
                    };
                    let spell = |skip: WordOp| -> String {
                        words
                            .iter()
                            .filter(|w| w.op != skip)
                            .map(|w| w.text.as_str())
                            .collect()
                    };
                    // (No seed paragraph with a change has subparagraphs.)
                    assert_eq!(spell(WordOp::Insert), text(old, o.index));
                    assert_eq!(spell(WordOp::Delete), text(new, n.index));
                }
            }
            // Every paragraph of both versions is accounted for once.
            let olds = c
                .preamble
                .iter()
                .chain(&c.operative)
                .filter(|x| !matches!(x, ParagraphChange::Added { .. }))
                .count();
            let news = c
                .preamble
                .iter()
                .chain(&c.operative)
                .filter(|x| !matches!(x, ParagraphChange::Removed { .. }))
                .count();
            assert_eq!(olds, old.preamble.len() + old.operative.len());
            assert_eq!(news, new.preamble.len() + new.operative.len());
        }
    }
}

#[test]
fn added_removed_and_moved() {
    let old = parse_resolution(
        "The General Assembly,\n\n\
         Recalling its resolution 70/1,\n\n\
         Noting the report of the Secretary-General,\n\n\
         1. Decides to hold a high-level meeting on the question in 2026;\n\n\
         2. Requests the Secretary-General to submit a report at its eighty-first session;\n\n\
         3. Invites Member States to contribute to the trust fund;\n\n\
         4. Decides to continue its consideration of the question.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let new = parse_resolution(
        "The General Assembly,\n\n\
         Recalling its resolution 70/1,\n\n\
         Welcoming the entry into force of the Convention,\n\n\
         1. Invites Member States to contribute to the trust fund;\n\n\
         2. Decides to hold a high-level meeting on the question in 2026;\n\n\
         3. Requests the Secretary-General to submit a report at its eighty-second session;\n\n\
         4. Decides to continue its consideration of the question.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let c = diff::compare(&old, &new);
    let kinds = |list: &[ParagraphChange]| -> Vec<String> {
        list.iter()
            .map(|x| match x {
                ParagraphChange::Unchanged { old, new, .. } => {
                    format!("= {}>{}", old.index, new.index)
                }
                ParagraphChange::Moved { old, new, .. } => format!("> {}>{}", old.index, new.index),
                ParagraphChange::Changed {
                    old, new, moved, ..
                } => {
                    format!(
                        "~{} {}>{}",
                        if *moved { ">" } else { "" },
                        old.index,
                        new.index
                    )
                }
                ParagraphChange::Added { new, .. } => format!("+ {}", new.index),
                ParagraphChange::Removed { old, .. } => format!("- {}", old.index),
                _ => "?".to_owned(),
            })
            .collect()
    };
    // A removed paragraph shows where it stood, before what replaced it.
    assert_eq!(kinds(&c.preamble), ["= 0>0", "- 1", "+ 1"]);
    assert_eq!(kinds(&c.operative), ["> 2>0", "= 0>1", "~ 1>2", "= 3>3"]);
    let counts = c.counts();
    assert_eq!(
        (counts.moved, counts.added, counts.removed, counts.changed),
        (1, 1, 1, 1)
    );
}

#[test]
fn comparison_serialises_and_reads_back() {
    let c = diff::compare(&seed("001"), &seed("000"));
    let json = serde_json::to_string(&c).unwrap_or_else(|e| panic!("{e}"));
    assert!(json.contains(r#""change":"changed""#));
    assert!(json.contains(r#""op":"delete","text":"eightieth""#));
    let back: Comparison = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, c);
}
