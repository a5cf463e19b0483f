//! The evidence for repairing broken words: the words of the document itself
//! and the word list the crate ships (`data/words.txt`, SCOWL size 60, see
//! `data/README.md` for its licence), plus the hyphenated compounds of UN
//! usage (`data/compounds.txt`).
//!
//! The shipped lists are parsed once per process; the document's own
//! vocabulary is gathered only when a repair needs it.

use std::collections::HashSet;
use std::sync::OnceLock;

static WORDS_TXT: &str = include_str!("../../data/words.txt");
static COMPOUNDS_TXT: &str = include_str!("../../data/compounds.txt");

fn shipped_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| WORDS_TXT.lines().filter(|l| !l.is_empty()).collect())
}

fn compounds() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMPOUNDS_TXT.lines().filter(|l| !l.is_empty()).collect())
}

/// Lower-cases `word` only when needed.
fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Word evidence for one document.
pub(crate) struct Lexicon<'s> {
    source: &'s str,
    document: OnceLock<HashSet<String>>,
}

impl<'s> Lexicon<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        Self {
            source,
            document: OnceLock::new(),
        }
    }

    /// Every token of the document, lower-cased, hyphenated compounds whole
    /// (`good-neighbourliness`) and split into their parts.
    fn document(&self) -> &HashSet<String> {
        self.document.get_or_init(|| {
            let mut set = HashSet::new();
            for token in self
                .source
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\u{2011}'))
            {
                let token = token.trim_matches('-');
                if token.is_empty() || token.len() > 64 {
                    continue;
                }
                let token = token.replace('\u{2011}', "-").to_lowercase();
                if token.contains('-') {
                    for part in token.split('-') {
                        set.insert(part.to_owned());
                    }
                }
                set.insert(token);
            }
            set
        })
    }

    /// Whether `word` is a word of the shipped list (any case).
    pub(crate) fn is_listed_word(word: &str) -> bool {
        shipped_words().contains(lower(word).as_ref())
    }

    /// Whether `word` is attested: in the shipped list or in the document.
    pub(crate) fn is_attested(&self, word: &str) -> bool {
        let w = lower(word);
        shipped_words().contains(w.as_ref()) || self.document().contains(w.as_ref())
    }

    /// Whether the document prints `left-right` (hyphen included) somewhere.
    pub(crate) fn hyphenated_in_document(&self, left: &str, right: &str) -> bool {
        let joined = lower(&format!("{left}-{right}")).into_owned();
        self.document().contains(&joined)
    }

    /// Whether the hyphenated form `left-right` is attested: a UN compound or
    /// spelled so elsewhere in the document.
    pub(crate) fn hyphenated_attested(&self, left: &str, right: &str) -> bool {
        let joined = lower(&format!("{left}-{right}")).into_owned();
        compounds().contains(joined.as_str()) || self.document().contains(&joined)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_shipped_words() {
        assert!(Lexicon::is_listed_word("field"));
        assert!(Lexicon::is_listed_word("Consecutive"));
        assert!(!Lexicon::is_listed_word("ld"));
        assert!(!Lexicon::is_listed_word("cutive"));
    }

    #[test]
    fn ok_document_words() {
        let lex = Lexicon::new("relations of good-neighbourliness, Zyxw");
        assert!(lex.is_attested("zyxw"));
        assert!(lex.hyphenated_attested("good", "neighbourliness"));
        assert!(lex.hyphenated_attested("follow", "up"));
        assert!(!lex.hyphenated_attested("recon", "ciliation"));
    }
}
