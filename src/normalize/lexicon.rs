//! The evidence for repairing broken words: the words of the document itself
//! and the word list the crate ships (`data/words.txt`, SCOWL size 60, see
//! `data/README.md` for its licence), plus the hyphenated compounds of UN
//! usage (`data/compounds.txt`).
//!
//! The shipped lists are parsed once per process; the document's own
//! vocabulary is gathered only when a repair needs it.
//!
//! # Cost
//!
//! Word repair asks about nearly every pair of words in a paragraph
//! (`the fie ld`: is `fie` a word? `ld`? `field`?), so these look-ups are
//! the inner loop of the parser. They answer exactly what a plain
//! `HashSet<String>` of lower-cased words would, and cost less:
//!
//! - The shipped words are lower-case ASCII letters, at most 23 of them
//!   (`data/README.md`), so each is packed into a `u128` (five bits a
//!   letter) and looked up with `FxHash` (rustc's hasher, a few lines below)
//!   instead of `SipHash`: no allocation, no string compare. A query that is
//!   not ASCII letters once lower-cased cannot be listed.
//! - The document's vocabulary is first a Bloom filter ([`Bloom`]) over
//!   the hashes of its lower-cased tokens, made in one pass without
//!   allocating. A word the filter rules out is certainly not in the
//!   document; only a word it lets through is checked against the exact
//!   set, which is built on that first need (in the corpus, never:
//!   joined fragments are attested by the word list or not at all).
//! - [`Lexicon::may_attest_join`] lets the repair of `fie ld` ask first
//!   whether `field` could be attested at all, a single hash for the most
//!   common pair (two real words, whose join is no word): one look-up
//!   instead of three.
//! - Every filter is keyed by [`Key`], a polynomial hash that composes:
//!   the key of `fie` + `ld` or of `well` + `-` + `being` comes from the
//!   keys of the words, which the repair works out once a word
//!   (`normalize::inline`'s `Shape`), so a pair costs no re-reading of
//!   either word.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::num::NonZeroU64;
use std::sync::OnceLock;

use super::inline::Scratch;

static WORDS_TXT: &str = include_str!("../../data/words.txt");
static COMPOUNDS_TXT: &str = include_str!("../../data/compounds.txt");

/// Tokens longer than this many bytes are no evidence (a URL, a run of
/// letters from a broken extraction); the shipped words are far shorter.
const MAX_TOKEN_LEN: usize = 64;

/// The most letters [`pack`] takes: five bits each in a `u128`. The longest
/// shipped word has 23.
const MAX_PACKED_LETTERS: usize = 25;

/// The multiplier of `FxHash` (rustc-hash), from the golden ratio.
const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// `FxHash`, rustc's hasher: one rotate, xor and multiply per 8 bytes. Not
/// resistant to chosen collisions, which here cost only time: the keys are
/// the shipped words and one document's own tokens, and every bucket is
/// still compared exactly.
#[derive(Debug, Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits weak; hashbrown picks the bucket
        // from them.
        self.0.rotate_left(26)
    }
}

type FxBuild = BuildHasherDefault<FxHasher>;

/// A word of ASCII letters, case folded, as a number: five bits a letter
/// (`a` = 1 … `z` = 26). `None` for anything else, which no shipped word is.
fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > MAX_PACKED_LETTERS {
        return None;
    }
    let mut key = 0u128;
    for &b in word {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        key = key << 5 | u128::from((b | 0x20) - b'a' + 1);
    }
    Some(key)
}

fn shipped_words() -> &'static HashSet<u128, FxBuild> {
    static SET: OnceLock<HashSet<u128, FxBuild>> = OnceLock::new();
    SET.get_or_init(|| {
        WORDS_TXT
            .lines()
            .filter(|l| !l.is_empty())
            .filter_map(|l| pack(l.as_bytes()))
            .collect()
    })
}

fn compounds() -> &'static HashSet<&'static str, FxBuild> {
    static SET: OnceLock<HashSet<&'static str, FxBuild>> = OnceLock::new();
    SET.get_or_init(|| COMPOUNDS_TXT.lines().filter(|l| !l.is_empty()).collect())
}

/// Lower-cases `word` only when needed.
fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether `word`, as [`lower`] leaves it, is a shipped word.
fn listed(word: &str) -> bool {
    // For ASCII, `lower` is `to_ascii_lowercase`, which `pack` does.
    if word.is_ascii() {
        pack(word.as_bytes())
    } else {
        pack(lower(word).as_bytes())
    }
    .is_some_and(|key| shipped_words().contains(&key))
}

/// The base of [`Key`]'s polynomial: odd (from the golden ratio), so
/// that no power of it vanishes modulo 2⁶⁴.
const KEY_BASE: u64 = 0x9e37_79b9_7f4a_7c15;

/// `KEY_BASE` to the powers 0 to [`MAX_TOKEN_LEN`], for [`Key::then`]:
/// a key longer than that is in no set (see [`Key::TOO_LONG`]).
const KEY_POWERS: [u64; MAX_TOKEN_LEN + 1] = {
    let mut powers = [1u64; MAX_TOKEN_LEN + 1];
    let mut i = 1;
    while i <= MAX_TOKEN_LEN {
        powers[i] = powers[i - 1].wrapping_mul(KEY_BASE);
        i += 1;
    }
    powers
};

/// A set key as a polynomial hash of its bytes, `Σ bᵢ·Bⁿ⁻¹⁻ⁱ mod 2⁶⁴`, and
/// its length. Unlike a hash of the bytes in one piece, it composes: the
/// key of `left-right` or `leftright` is computed from the keys of `left`
/// and `right` ([`Key::then`]), so the word repairs, which ask about
/// every pair of words, hash each word once instead of each pair's joins.
///
/// Every filter of this module is keyed so; a key and the bytes it was
/// made of always give the same [`Key::hash`] (tested below), which is all
/// a filter needs: its "no" stays certain.
///
/// The few-instruction methods a probe calls (here, on [`Bloom`] and on
/// [`KeyBits`]) are always inlined: in the word repairs' lane the
/// compiler otherwise leaves some of them calls, each dearer than its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    sum: u64,
    /// Bytes in the key; above [`MAX_TOKEN_LEN`], too long for any set,
    /// whatever `sum` is then.
    len: usize,
}

impl Key {
    /// The key of no bytes.
    pub(crate) const EMPTY: Self = Self { sum: 0, len: 0 };

    /// A key longer than any token, word or compound: in no set.
    const TOO_LONG: Self = Self {
        sum: 0,
        len: MAX_TOKEN_LEN + 1,
    };

    /// The key of `-`.
    const HYPHEN: Self = Self {
        sum: b'-' as u64,
        len: 1,
    };

    /// The key of `bytes` as they stand.
    fn of(bytes: &[u8]) -> Self {
        bytes.iter().fold(Self::EMPTY, |k, &b| k.push(b))
    }

    /// The key of ASCII letters, digits and hyphens, lower-cased on the
    /// fly: for those bytes, setting bit 5 is `to_ascii_lowercase` (`A`
    /// 0x41 → `a` 0x61; digits and `-` have it already).
    pub(crate) fn of_ascii_folded(bytes: &[u8]) -> Self {
        if bytes.len() > MAX_TOKEN_LEN {
            return Self::TOO_LONG;
        }
        // Within the limit: no length check a byte.
        let sum = bytes.iter().fold(0u64, |sum, &b| {
            sum.wrapping_mul(KEY_BASE).wrapping_add(u64::from(b | 0x20))
        });
        Self {
            sum,
            len: bytes.len(),
        }
    }

    /// [`Key::of_ascii_folded`] of `bytes` where they are all ASCII
    /// letters, in one pass that stops at the first other byte.
    pub(crate) fn of_ascii_letters(bytes: &[u8]) -> Option<Self> {
        if bytes.len() > MAX_TOKEN_LEN {
            return None;
        }
        let mut sum = 0u64;
        for &b in bytes {
            // One load tells both whether `b` is a letter and its key byte:
            // fewer instructions a byte than a range test then a fold
            // (`Shape::of` runs this over nearly every word).
            let folded = LETTER_BYTE[usize::from(b)];
            if folded == 0 {
                return None;
            }
            sum = sum.wrapping_mul(KEY_BASE).wrapping_add(u64::from(folded));
        }
        Some(Self {
            sum,
            len: bytes.len(),
        })
    }

    /// The key's sum alone, where it is not 0: with its length (kept
    /// apart), all of the key, in eight bytes.
    pub(crate) fn compact(self) -> Option<NonZeroU64> {
        NonZeroU64::new(self.sum)
    }

    /// The key of [`Key::compact`] `sum` and length `len`.
    pub(crate) fn from_compact(sum: NonZeroU64, len: usize) -> Self {
        Self {
            sum: sum.get(),
            len,
        }
    }

    /// This key with `b` appended.
    pub(crate) fn push(self, b: u8) -> Self {
        // No check of the length a byte (the word repairs push every byte
        // of every word): past `MAX_TOKEN_LEN` the key is too long whatever
        // its sum, and its length, counted in bytes read, cannot overflow.
        Self {
            sum: self.sum.wrapping_mul(KEY_BASE).wrapping_add(u64::from(b)),
            len: self.len + 1,
        }
    }

    /// The key of this key's bytes followed by `next`'s.
    #[inline(always)]
    pub(crate) fn then(self, next: Self) -> Self {
        let len = self.len + next.len;
        match KEY_POWERS.get(next.len) {
            Some(&power) if len <= MAX_TOKEN_LEN => Self {
                sum: self.sum.wrapping_mul(power).wrapping_add(next.sum),
                len,
            },
            _ => Self::TOO_LONG,
        }
    }

    /// The key of this key's bytes after those of `prefix`, which open
    /// them: the inverse of [`Key::then`] (`goodneighbourliness` less
    /// `good` is `neighbourliness`), so that the splits of a word are keyed
    /// from its key and those of its prefixes, without reading it again.
    pub(crate) fn strip_prefix(self, prefix: Self) -> Self {
        let len = self.len.saturating_sub(prefix.len);
        match KEY_POWERS.get(len) {
            Some(&power) if !self.is_too_long() => Self {
                sum: self.sum.wrapping_sub(prefix.sum.wrapping_mul(power)),
                len,
            },
            _ => Self::TOO_LONG,
        }
    }

    #[inline(always)]
    fn is_too_long(self) -> bool {
        self.len > MAX_TOKEN_LEN
    }

    /// The filter hash: the sum, with the length in its top byte, mixed by
    /// one folded multiply (the two halves of its 128-bit product with an
    /// odd constant xored; one `mul` on x86-64). The high half depends on
    /// every input bit, so every bit of the result does: the low ones that
    /// pick the filter's word as the high ones that pick its three bits.
    /// A third of the work of `MurmurHash3`'s finaliser, at the same false
    /// positive rates on the testdata words (`ok_false_positive_rates`
    /// below).
    #[inline(always)]
    fn hash(self) -> u64 {
        let wide = u128::from(self.unmixed()) * u128::from(KEY_MIX);
        (wide as u64) ^ (wide >> 64) as u64
    }

    /// What [`Key::hash`] mixes: the sum, with the length in its top byte.
    /// Two keys alike in it hash alike.
    #[inline(always)]
    fn unmixed(self) -> u64 {
        self.sum ^ (self.len as u64).rotate_right(8)
    }
}

/// Slots of [`RecentKeys`]: a power of two. Of the seeds' tokens, two in
/// three repeat one the table still holds (the ideal is seven in ten).
const RECENT_SLOTS: usize = 1024;

/// The keys a filter was last given, one a slot picked by the key's low
/// bits: a document repeats most of its words (`the`, `of`, `United`),
/// and a key found here is in the filter already, so the filter's build
/// skips its hash and insertion. Says "new" of a key it lost to another:
/// inserting twice is harmless.
struct RecentKeys([u64; RECENT_SLOTS]);

impl RecentKeys {
    fn new() -> Self {
        // Slot `i` starts with a value whose low bits are not `i`'s, so
        // that it holds no key: every key's own slot is its low bits.
        Self(std::array::from_fn(|i| !(i as u64)))
    }

    /// Whether `key` (by [`Key::unmixed`], which its hash is made of) is
    /// not the one last noted in its slot; it is noted there now.
    fn is_new(&mut self, key: Key) -> bool {
        let unmixed = key.unmixed();
        let slot = &mut self.0[unmixed as usize % RECENT_SLOTS];
        let new = *slot != unmixed;
        *slot = unmixed;
        new
    }
}

/// An ASCII letter lower-cased (bit 5 set, as [`Key::of_ascii_folded`]
/// keys it), any other byte 0: for [`Key::of_ascii_letters`].
static LETTER_BYTE: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            table[b] = c | 0x20;
        }
        b += 1;
    }
    table
};

/// The multiplier of [`Key::hash`]: `MurmurHash3`'s first finaliser
/// constant, odd and with its bits well spread.
const KEY_MIX: u64 = 0xff51_afd7_ed55_8ccd;

/// A key of ASCII parts joined and lower-cased on the stack.
#[derive(Debug)]
enum AsciiKey<'b> {
    /// Some part is not ASCII: take the general path.
    NotAscii,
    /// Longer than [`MAX_TOKEN_LEN`]: longer than any ASCII key of the
    /// document (lower-casing never lengthens a token into ASCII, tested
    /// below) and than any shipped word or compound.
    TooLong,
    /// The key's bytes, as `lower` would give them.
    Key(&'b [u8]),
}

/// `parts` joined and lower-cased in `buf`, without allocating.
fn ascii_key<'b>(buf: &'b mut [u8; MAX_TOKEN_LEN], parts: &[&str]) -> AsciiKey<'b> {
    if !parts.iter().all(|p| p.is_ascii()) {
        return AsciiKey::NotAscii;
    }
    let mut len = 0;
    for p in parts {
        let Some(dst) = buf.get_mut(len..len + p.len()) else {
            return AsciiKey::TooLong;
        };
        // For ASCII, `lower` is `to_ascii_lowercase`.
        for (d, &b) in dst.iter_mut().zip(p.as_bytes()) {
            *d = b.to_ascii_lowercase();
        }
        len += p.len();
    }
    AsciiKey::Key(&buf[..len])
}

/// Bits of the filter of the compounds with their hyphens taken out: a
/// few hundred keys, about 40 bits each.
const DEHYPHENATED_FILTER_BITS: usize = 1 << 14;

/// The compounds with their hyphens taken out (`followup`) as a filter: a
/// first, cheap "certainly not" for [`Lexicon::may_restore_hyphen`].
fn dehyphenated_compounds() -> &'static Bloom {
    static FILTER: OnceLock<Bloom> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut bloom = Bloom::with_bits(DEHYPHENATED_FILTER_BITS);
        for c in compounds() {
            let bytes: Vec<u8> = c.bytes().filter(|&b| b != b'-').collect();
            bloom.insert(Key::of(&bytes));
        }
        bloom
    })
}

/// A blocked Bloom filter of [`Key`]s: each key sets three bits
/// of one 64-bit word, so a query reads one word. `false` from
/// [`Bloom::may_contain`] is certain; `true` only likely (a positive is
/// checked exactly).
#[derive(Debug)]
struct Bloom {
    words: Vec<u64>,
    /// Word count − 1 (a power of two).
    mask: u64,
}

impl Bloom {
    /// A filter of at least `bits` bits (a power of two, at least 64).
    fn with_bits(bits: usize) -> Self {
        let words = (bits / 64)
            .max(1)
            .checked_next_power_of_two()
            .unwrap_or(1 << 40);
        Self {
            words: vec![0; words],
            mask: words as u64 - 1,
        }
    }

    /// A filter sized for `source_len` bytes of text: four bits a byte, so
    /// its memory stays proportional to the input (an eighth of its size
    /// at least, a quarter at most). With a token every six bytes or so, a
    /// word holds about three tokens and nine of its 64 bits are set: a
    /// false positive about one time in 350.
    fn for_source(source_len: usize) -> Self {
        Self::with_bits(source_len.saturating_mul(4))
    }

    /// The word of `hash` (from its low bits) and its three bits (from its
    /// high bits; [`Key::hash`] mixes every input bit into both).
    #[inline(always)]
    fn locate(&self, hash: u64) -> (usize, u64) {
        let bits = 1 << (hash >> 46 & 63) | 1 << (hash >> 52 & 63) | 1 << (hash >> 58);
        ((hash & self.mask) as usize, bits)
    }

    fn insert(&mut self, key: Key) {
        let (at, bits) = self.locate(key.hash());
        if let Some(word) = self.words.get_mut(at) {
            *word |= bits;
        }
    }

    #[inline(always)]
    fn may_contain(&self, key: Key) -> bool {
        self.may_contain_hash(key.hash())
    }

    /// [`Bloom::may_contain`] of the key of [`Key::hash`] `hash`: every
    /// filter hashes keys alike, so a probe of two filters hashes once.
    #[inline(always)]
    fn may_contain_hash(&self, hash: u64) -> bool {
        let (at, bits) = self.locate(hash);
        self.words.get(at).is_none_or(|w| w & bits == bits)
    }
}

/// Words of [`Heads`]: a document prints some dozens of compounds, and
/// 1024 bits keep most of them apart.
const HEAD_WORDS: usize = 16;

/// The heads of a document's compounds (`good` of `good-neighbourliness`):
/// a first "certainly not" for [`Lexicon::hyphenated_in_document_keys`].
type Heads = KeyBits<HEAD_WORDS>;

/// Words of [`Restorable`]: the 377 shipped compounds and a document's
/// own, one bit each in 4096.
const RESTORABLE_WORDS: usize = 64;

/// The shipped compounds and the document's hyphenated words, their
/// hyphens taken out (`goodneighbourliness`): a first "certainly not" for
/// [`Lexicon::may_restore_hyphen_key`], before its two filters.
type Restorable = KeyBits<RESTORABLE_WORDS>;

/// A set of [`Key`]s as bits, one a key, picked by the key's low bits: a
/// "certainly not" cheaper than any filter probe (no hash, no composed
/// key), for a few hundred keys at most. `false` is certain.
#[derive(Debug, Clone)]
struct KeyBits<const WORDS: usize>([u64; WORDS]);

impl<const WORDS: usize> Default for KeyBits<WORDS> {
    fn default() -> Self {
        Self([0; WORDS])
    }
}

impl<const WORDS: usize> KeyBits<WORDS> {
    /// The word and bit of `key`: its sum's low bits (every byte of the
    /// key moves them, `KEY_BASE` being odd).
    #[inline(always)]
    fn locate(key: Key) -> (usize, u64) {
        let at = (key.sum as usize) % (WORDS * 64);
        (at / 64, 1 << (at % 64))
    }

    fn insert(&mut self, key: Key) {
        let (word, bit) = Self::locate(key);
        if let Some(w) = self.0.get_mut(word) {
            *w |= bit;
        }
    }

    #[inline(always)]
    fn may_contain(&self, key: Key) -> bool {
        let (word, bit) = Self::locate(key);
        self.0.get(word).is_none_or(|w| w & bit != 0)
    }
}

/// The shipped compounds with their hyphens taken out, as [`Restorable`]
/// bits: each document's start from them.
fn restorable_compounds() -> &'static Restorable {
    static BITS: OnceLock<Restorable> = OnceLock::new();
    BITS.get_or_init(|| {
        let mut bits = Restorable::default();
        for c in compounds() {
            let bytes: Vec<u8> = c.bytes().filter(|&b| b != b'-').collect();
            bits.insert(Key::of(&bytes));
        }
        bits
    })
}

/// The shipped compounds (`follow-up`) as [`KeyBits`], one bit each in
/// 4096: a first "certainly not" for [`Lexicon::hyphenated_attested_keys`].
fn compound_keys() -> &'static KeyBits<RESTORABLE_WORDS> {
    static BITS: OnceLock<KeyBits<RESTORABLE_WORDS>> = OnceLock::new();
    BITS.get_or_init(|| {
        let mut bits = KeyBits::default();
        for c in compounds() {
            bits.insert(Key::of(c.as_bytes()));
        }
        bits
    })
}

/// Bits of the filter of the shipped words: about 12 a word, so that a
/// 64-bit word of the filter holds five shipped words (a false positive
/// about one time in 70, which costs only the exact look-ups). 128 KiB,
/// in the L2 cache of current processors.
const SHIPPED_FILTER_BITS: usize = 1 << 20;

/// The shipped words as a [`Bloom`] filter: a first, cheap "certainly not".
fn shipped_filter() -> &'static Bloom {
    static FILTER: OnceLock<Bloom> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut bloom = Bloom::with_bits(SHIPPED_FILTER_BITS);
        for word in WORDS_TXT.lines().filter(|l| !l.is_empty()) {
            bloom.insert(Key::of(word.as_bytes()));
        }
        bloom
    })
}

/// Whether the character `c` belongs to a document token: letters, digits
/// and hyphens (`good-neighbourliness`; `A/RES/70/1` gives `a`, `res`…).
fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\u{2011}'
}

/// Whether the byte `b` ends a token for certain: ASCII and no letter,
/// digit or hyphen. Other bytes of other characters are decided by
/// [`is_token_char`].
fn is_ascii_separator(b: u8) -> bool {
    SCAN_BYTE[usize::from(b)] == SCAN_SEPARATOR
}

/// [`SCAN_BYTE`] of an ASCII byte that is no letter, digit or hyphen: it
/// ends a token.
const SCAN_SEPARATOR: u8 = 0;

/// [`SCAN_BYTE`] of `-` and of the bytes of non-ASCII characters: the
/// token takes the general path ([`for_each_token`]).
const SCAN_OTHER: u8 = 1;

/// The least [`SCAN_BYTE`] of an ASCII letter (`a`); a digit's is less
/// (`0` to `9`, 0x30 to 0x39), [`SCAN_OTHER`]'s and [`SCAN_SEPARATOR`]'s
/// less still.
const SCAN_LETTER: u8 = b'a';

/// What the token scans make of a byte: an ASCII letter or digit, the
/// bytes of nearly every token, gives itself lower-cased (setting bit 5,
/// as [`Key::of_ascii_folded`] keys it; above [`SCAN_OTHER`]), any other
/// byte [`SCAN_SEPARATOR`] or [`SCAN_OTHER`]. One load a byte tells
/// [`for_each_filter_key`] both whether the token goes on and what to key.
static SCAN_BYTE: [u8; 256] = {
    let mut table = [SCAN_OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            c | 0x20
        } else if c == b'-' {
            SCAN_OTHER
        } else {
            SCAN_SEPARATOR
        };
        b += 1;
    }
    table
};

/// Calls `f` with every token of `source` (see [`Lexicon::document`]),
/// whether it is all ASCII and whether it holds an ASCII hyphen: exactly
/// the pieces of `source.split(|c| !is_token_char(c))`, trimmed of `-`,
/// non-empty and at most [`MAX_TOKEN_LEN`] bytes long. Splits at ASCII
/// separators bytewise, noting on the way what `f` would ask again; only a
/// piece with other characters is split again by `char`.
fn for_each_token<'s>(source: &'s str, mut f: impl FnMut(&'s str, bool, bool)) {
    let mut emit = |token: &'s str, ascii: bool, hyphen: bool| {
        let token = if hyphen {
            token.trim_matches('-')
        } else {
            token
        };
        if !token.is_empty() && token.len() <= MAX_TOKEN_LEN {
            f(token, ascii, hyphen && token.contains('-'));
        }
    };
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if is_ascii_separator(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let (mut ascii, mut hyphen) = (true, false);
        while let Some(&b) = bytes.get(i).filter(|&&b| !is_ascii_separator(b)) {
            ascii &= b.is_ascii();
            hyphen |= b == b'-';
            i += 1;
        }
        // Cut at ASCII bytes (or the ends), so on character boundaries.
        let Some(piece) = source.get(start..i) else {
            continue;
        };
        if ascii {
            emit(piece, true, hyphen);
        } else {
            for token in piece.split(|c: char| !is_token_char(c)) {
                emit(token, token.is_ascii(), token.contains('-'));
            }
        }
    }
}

/// Whether a probe of the document filter ([`Lexicon::filter`]) may ask
/// for the lower-cased `key`: all but ASCII keys without a hyphen that are
/// shorter than two bytes or hold a digit. The filter leaves those out
/// (`a`, `70`, `2015`, `a1`: about one token in ten), for no probe asks
/// for one: a word without a hyphen is asked of it only as the join of two
/// words of letters (`fie` + `ld`), hyphenated ones as printed.
fn is_asked(key: &[u8]) -> bool {
    !key.is_ascii()
        || key.contains(&b'-')
        || (key.len() >= 2 && !key.iter().any(u8::is_ascii_digit))
}

/// Calls `key` with the [`Key`] of every key of [`Lexicon::document`] that
/// a probe may ask for ([`is_asked`]), and maybe of a few others of it, and
/// `dehyphenated` with that of every hyphenated one with its hyphens taken
/// out, and with that of its first part (its head: `good` of
/// `good-neighbourliness`): the keys of [`Lexicon::filters`], once or
/// more each.
///
/// Nearly every token is ASCII letters between separators: it is keyed
/// as it is read, in one pass over the bytes and one table load a byte,
/// the separator that ends it read once. A token of ASCII letters and
/// digits with a digit, or of one letter, is no key a probe asks for, and
/// is passed over. A piece with a hyphen or a non-ASCII character (under
/// 2% of the seeds' tokens) is read again by [`for_each_token`], which
/// defines the tokens.
fn for_each_filter_key(
    source: &str,
    mut key: impl FnMut(Key),
    mut dehyphenated: impl FnMut(Key, Key),
) {
    let bytes = source.as_bytes();
    let mut i = 0;
    while let Some(rest) = bytes.get(i..).filter(|r| !r.is_empty()) {
        // The run of letters from `i`, keyed as it is read
        // (`Key::of_ascii_folded`), and what ends it (the end reads as a
        // separator); over a slice, so no bounds check a byte.
        let (sum, len, end) = letter_run(rest);
        let start = i;
        // Past the run and the byte that ends it.
        i += len + 1;
        if end == SCAN_SEPARATOR {
            // The run is the token (empty after another separator).
            if (2..=MAX_TOKEN_LEN).contains(&len) {
                key(Key { sum, len });
            }
            continue;
        }
        // A digit, a hyphen or a non-ASCII byte: the rest of the piece.
        let mut general = end == SCAN_OTHER;
        while let Some(&b) = bytes.get(i) {
            let scanned = SCAN_BYTE[usize::from(b)];
            if scanned == SCAN_SEPARATOR {
                break;
            }
            general |= scanned == SCAN_OTHER;
            i += 1;
        }
        // ASCII letters and digits, a digit among them: passed over.
        // Otherwise, from an ASCII byte (or the start) to one (or the end):
        // on character boundaries; no separator inside, so one piece.
        if let Some(piece) = source.get(start..i).filter(|_| general) {
            for_each_token(piece, |token, ascii, hyphen| {
                token_keys(token, ascii, hyphen, &mut key, &mut dehyphenated);
            });
        }
    }
}

/// The run of ASCII letters that opens `rest`, for [`for_each_filter_key`]:
/// its [`Key`] sum (as [`Key::of_ascii_folded`] folds it), its length, and
/// the [`SCAN_BYTE`] of the byte that ends it ([`SCAN_SEPARATOR`] for the
/// end of `rest`). Two bytes a step: the loop's own counting, compare and
/// branch, the part of a step that is no byte's, once for both (tested
/// against the bytewise loop below).
#[inline(always)]
fn letter_run(rest: &[u8]) -> (u64, usize, u8) {
    let (mut sum, mut len) = (0u64, 0);
    let mut pairs = rest.chunks_exact(2);
    for pair in &mut pairs {
        let (first, second) = (
            SCAN_BYTE[usize::from(pair[0])],
            SCAN_BYTE[usize::from(pair[1])],
        );
        if first < SCAN_LETTER {
            return (sum, len, first);
        }
        sum = sum.wrapping_mul(KEY_BASE).wrapping_add(u64::from(first));
        if second < SCAN_LETTER {
            return (sum, len + 1, second);
        }
        sum = sum.wrapping_mul(KEY_BASE).wrapping_add(u64::from(second));
        len += 2;
    }
    match pairs.remainder() {
        [b] if SCAN_BYTE[usize::from(*b)] < SCAN_LETTER => (sum, len, SCAN_BYTE[usize::from(*b)]),
        [b] => (
            sum.wrapping_mul(KEY_BASE)
                .wrapping_add(u64::from(SCAN_BYTE[usize::from(*b)])),
            len + 1,
            SCAN_SEPARATOR,
        ),
        _ => (sum, len, SCAN_SEPARATOR),
    }
}

/// The keys of one token of [`for_each_token`] for
/// [`for_each_filter_key`]: of the token lower-cased and, if it is
/// hyphenated, of its parts, of its parts joined and of its first part.
fn token_keys(
    token: &str,
    ascii: bool,
    hyphen: bool,
    key: &mut impl FnMut(Key),
    dehyphenated: &mut impl FnMut(Key, Key),
) {
    if ascii {
        let bytes = token.as_bytes();
        if !hyphen {
            key(Key::of_ascii_folded(bytes));
            return;
        }
        // The parts' keys compose into the token's and its joined form's
        // (`good-neighbourliness`, `goodneighbourliness`): no second pass.
        let (mut whole, mut joined, mut head) = (Key::EMPTY, Key::EMPTY, Key::EMPTY);
        for (n, part) in bytes.split(|&b| b == b'-').enumerate() {
            let part = Key::of_ascii_folded(part);
            key(part);
            whole = if n == 0 {
                head = part;
                part
            } else {
                whole.then(Key::HYPHEN).then(part)
            };
            joined = joined.then(part);
        }
        dehyphenated(joined, head);
        key(whole);
    } else {
        // U+2011 read as `-`, copied only where there is one (rare: most
        // tokens here are names with accents, `Côte`, `Türkiye`).
        let token = if token.contains('\u{2011}') {
            Cow::Owned(token.replace('\u{2011}', "-"))
        } else {
            Cow::Borrowed(token)
        }
        .to_lowercase();
        if token.contains('-') {
            for part in token.split('-') {
                key(Key::of(part.as_bytes()));
            }
            let head = token.split('-').next().unwrap_or_default();
            dehyphenated(
                Key::of(token.replace('-', "").as_bytes()),
                Key::of(head.as_bytes()),
            );
        }
        key(Key::of(token.as_bytes()));
    }
}

/// Eight bytes of `0x01`, for [`position_hyphen_or_non_ascii`].
const LOW_BITS: u64 = u64::from_le_bytes([0x01; 8]);

/// Eight bytes of `0x80`: each byte's high bit.
const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);

/// Where the first `-` or non-ASCII byte of `bytes` is: what
/// `bytes.iter().position(|&b| b == b'-' || !b.is_ascii())` gives (tested
/// below), eight bytes a step. A document is nearly all ASCII without a
/// hyphen, and [`Lexicon::compounds`] looks for those bytes in all of it:
/// a step tells whether its eight bytes hold one in a few instructions
/// (a byte's high bit; a `-` as a zero byte once xored with eight `-`,
/// found by the borrow of a subtraction), and only a step that does is
/// read byte by byte.
fn position_hyphen_or_non_ascii(bytes: &[u8]) -> Option<usize> {
    let is_it = |b: &u8| *b == b'-' || !b.is_ascii();
    let mut chunks = bytes.chunks_exact(8);
    for (n, chunk) in (&mut chunks).enumerate() {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let hyphens = word ^ (LOW_BITS * u64::from(b'-'));
        // A zero byte of `hyphens` (a `-`) sets its high bit here; a byte
        // with its own high bit set (non-ASCII) too. Either way the step
        // holds one, and the byte scan finds which.
        let marked = (hyphens.wrapping_sub(LOW_BITS) & !hyphens) | word;
        if marked & HIGH_BITS != 0 {
            if let Some(p) = chunk.iter().position(is_it) {
                return Some(n * 8 + p);
            }
        }
    }
    let tail = bytes.len() - chunks.remainder().len();
    chunks.remainder().iter().position(is_it).map(|p| tail + p)
}

/// The hyphenated words of `source` (U+2011 read as `-`) that `keep`
/// accepts as printed, in small letters: the document's evidence for the
/// letter case of a compound ([`Lexicon::hyphenated_in_document_small`],
/// [`Lexicon::hyphenated_in_document_as`]).
fn hyphenated_words_where(source: &str, keep: impl Fn(&str) -> bool) -> HashSet<String, FxBuild> {
    let mut set = HashSet::default();
    for_each_hyphen_piece(source, |piece| {
        for_each_token(piece, |token, _, _| {
            let word = token.replace('\u{2011}', "-");
            if word.contains('-') && keep(&word) {
                set.insert(word.to_lowercase());
            }
        });
    });
    set
}

/// Calls `f` with every piece of `source` between ASCII separators (the
/// pieces [`for_each_token`] splits) that holds a `-` or a non-ASCII byte:
/// the only pieces with a hyphenated token. Each such byte is found by a
/// scan that skips the rest, and its piece is read out from it.
fn for_each_hyphen_piece<'s>(source: &'s str, mut f: impl FnMut(&'s str)) {
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(found) = bytes.get(from..).and_then(position_hyphen_or_non_ascii) {
        let at = from + found;
        // `from` is 0 or at a separator (the end of the last piece read),
        // so the piece starts after it at the earliest.
        let start = bytes[from..at]
            .iter()
            .rposition(|&b| is_ascii_separator(b))
            .map_or(from, |p| from + p + 1);
        let end = bytes[at..]
            .iter()
            .position(|&b| is_ascii_separator(b))
            .map_or(bytes.len(), |p| at + p);
        // Cut at ASCII bytes (or the ends): on character boundaries.
        if let Some(piece) = source.get(start..end) {
            f(piece);
        }
        from = end;
    }
}

/// The compound `key` (`nuclear-weapon`) with its last word in the other
/// number, by the regular `-s` plural (`nuclear-weapons`, and back); none
/// for a last word in `-ss` (`cross-class`) or of fewer than three letters.
fn other_number(key: &str) -> Option<String> {
    let (_, last) = key.rsplit_once('-')?;
    if last.len() < 3 || !last.bytes().all(|b| b.is_ascii_lowercase()) || last.ends_with("ss") {
        return None;
    }
    Some(match key.strip_suffix('s') {
        Some(singular) => singular.to_owned(),
        None => format!("{key}s"),
    })
}

/// Counts, in `counts`, each compound printed whole (`nuclear-weapons`,
/// `people -centred`, `Secretary- General`: a hyphen beside a stray space
/// is still printed) and as two words apart (`nuclear weapons`, across a
/// line end too), any case; `heads` holds the compounds' first words.
fn count_compounds(
    source: &str,
    heads: &HashSet<String, FxBuild>,
    counts: &mut HashMap<String, CompoundCount, FxBuild>,
) {
    let is_hyphen = |c: char| c == '-' || c == '\u{2011}';
    // The heads' first bytes: a word that opens with none of them is no
    // head, and is passed over without being keyed (most words).
    let mut firsts = [false; 256];
    // And the lengths of the ASCII heads, a bit each, by first byte.
    let mut lengths = [0u64; 128];
    for h in heads {
        if let Some(&b) = h.as_bytes().first() {
            firsts[usize::from(b)] = true;
            let len = if h.is_ascii() { h.len().min(63) } else { 63 };
            if let Some(l) = lengths.get_mut(usize::from(b)) {
                *l |= 1 << len;
            }
        }
    }
    // Whether an ASCII word, its letters and digits up to an ASCII byte or
    // its end, can be no head: no head opens with its first byte and has
    // its length (a head's length of 63 stands for any longer or not ASCII).
    let no_head = |word: &str| {
        let b = word.as_bytes();
        let len = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let first = b.first().map_or(0, u8::to_ascii_lowercase);
        len > 0
            && b.get(len).is_none_or(u8::is_ascii)
            && lengths
                .get(usize::from(first))
                .is_none_or(|l| l & (1 << len.min(63)) == 0 && l & (1 << 63) == 0)
    };
    // The buffers a word is keyed in, lower-cased (`key`), with the last
    // word where it is a compound's head (`left`, and in `head` whether a
    // hyphen closed it), and the two as a compound (`pair`).
    let (mut key, mut left, mut pair) = (String::new(), String::new(), String::new());
    let mut head: Option<bool> = None;
    for (word, hyphen) in words_and_hyphens(source) {
        // Most words: no hyphen, no head before, and a first letter no
        // head opens with.
        if !hyphen && head.is_none() && no_head(word) {
            continue;
        }
        // The word's letters, digits and hyphens, from its first letter or
        // digit to the first other character (`Secretary-General` of
        // `(Secretary-General’s`), and what is before it.
        let opened = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lead = &word[..word.len() - opened.len()];
        let run = opened
            .find(|c: char| !(c.is_alphanumeric() || is_hyphen(c)))
            .map_or(opened, |end| &opened[..end]);
        let core = run.trim_end_matches(is_hyphen);
        let hyphenated = core.contains(is_hyphen);
        let hyphen_before = matches!(lead, "-" | "\u{2011}");
        let closes = run.len() == opened.len() && run.len() - core.len() <= 1;
        let after_head = head
            .take()
            .filter(|_| !hyphenated && (lead.is_empty() || hyphen_before));
        // A non-ASCII first letter may lower-case to another first byte.
        let may_head = closes
            && !hyphenated
            && core
                .bytes()
                .next()
                .is_some_and(|b| !b.is_ascii() || firsts[usize::from(b.to_ascii_lowercase())]);
        if !(hyphenated || after_head.is_some() || may_head) {
            continue;
        }
        key.clear();
        for c in core.chars() {
            match c {
                '\u{2011}' => key.push('-'),
                c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
                c => key.extend(c.to_lowercase()),
            }
        }
        if let Some(hyphen_after) = after_head {
            pair.clear();
            pair.push_str(&left);
            pair.push('-');
            pair.push_str(&key);
            if let Some(count) = counts.get_mut(pair.as_str()) {
                if hyphen_after || hyphen_before {
                    count.whole = count.whole.saturating_add(1);
                } else {
                    count.apart = count.apart.saturating_add(1);
                }
            }
        } else if hyphenated {
            if let Some(count) = counts.get_mut(key.as_str()) {
                count.whole = count.whole.saturating_add(1);
            }
        }
        if may_head && heads.contains(key.as_str()) {
            std::mem::swap(&mut left, &mut key);
            head = Some(run.len() > core.len());
        }
    }
}

/// The words of `source` between white space (Unicode's), each with
/// whether it holds a hyphen (`-` or U+2011): one pass over the bytes,
/// an ASCII byte a step, a character decoded only where it is not ASCII.
fn words_and_hyphens(source: &str) -> impl Iterator<Item = (&str, bool)> {
    let bytes = source.as_bytes();
    // The non-ASCII character at `i` (a boundary) and its length.
    let wide = move |i: usize| {
        let c = source
            .get(i..)
            .and_then(|r| r.chars().next())
            .unwrap_or(' ');
        (c, c.len_utf8())
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        // Past the white space.
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if !b.is_ascii_whitespace() {
                    break;
                }
                i += 1;
            } else {
                let (c, len) = wide(i);
                if !c.is_whitespace() {
                    break;
                }
                i += len;
            }
        }
        let start = i;
        let mut hyphen = false;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if b.is_ascii_whitespace() {
                    break;
                }
                hyphen |= b == b'-';
                i += 1;
            } else {
                let (c, len) = wide(i);
                if c.is_whitespace() {
                    break;
                }
                hyphen |= c == '\u{2011}';
                i += len;
            }
        }
        (i > start).then(|| (&source[start..i], hyphen))
    })
}

/// How often a document prints a compound whole (`nuclear-weapons`) and as
/// its two words apart (`nuclear weapons`): see
/// [`Lexicon::compound_outnumbers_spaced`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct CompoundCount {
    whole: u32,
    apart: u32,
}

/// The document's filters ([`Lexicon::filters`]): its keys, its hyphenated
/// words dehyphenated, their heads, and the restorable bits.
/// The document filter, its hyphenated tokens with the hyphens taken out,
/// their heads, those with the shipped compounds' as [`Restorable`] bits,
/// and the keys of the words of letters printed whole twice or more that
/// the shipped compounds' bits let through ([`Lexicon::prints_whole_again`]).
type Filters = (
    Bloom,
    Bloom,
    Heads,
    Restorable,
    HashSet<(u64, usize), FxBuild>,
);

/// The filters the word repairs' first checks read, fetched once: a
/// [`Lexicon`]'s (built on this first need) and the shipped ones, so that
/// a run of checks (`normalize::inline`'s lane asks three of every pair of
/// words) reads each through a reference, not through its lazy cell. The
/// checks are the [`Lexicon`]'s own: its methods of the same names call
/// these. Always inlined, as [`Key`]'s small methods.
pub(crate) struct Probe<'l, 's> {
    lex: &'l Lexicon<'s>,
    filters: &'l Filters,
    shipped: &'static Bloom,
    dehyphenated: &'static Bloom,
}

impl Probe<'_, '_> {
    /// [`Lexicon::may_attest_join_keys`].
    #[inline(always)]
    pub(crate) fn may_attest_join_keys(&self, joined: Key) -> bool {
        debug_assert!(joined.len >= 2, "{joined:?}");
        if joined.is_too_long() {
            return false;
        }
        let hash = joined.hash();
        self.shipped.may_contain_hash(hash) || self.filters.0.may_contain_hash(hash)
    }

    /// [`Lexicon::may_restore_hyphen_key`].
    #[inline(always)]
    pub(crate) fn may_restore_hyphen_key(&self, word: Key) -> bool {
        // The bits first: they hold every key of both filters, and turn
        // away nearly every word without a hash (tested below).
        if word.is_too_long() || !self.filters.3.may_contain(word) {
            return false;
        }
        let hash = word.hash();
        self.dehyphenated.may_contain_hash(hash) || self.filters.1.may_contain_hash(hash)
    }

    /// [`Lexicon::hyphenated_in_document_keys`].
    #[inline(always)]
    pub(crate) fn hyphenated_in_document_keys(
        &self,
        left: &str,
        left_key: Key,
        right: &str,
        right_key: Key,
    ) -> bool {
        // The heads first: a bit test, where most documents print no
        // compound that opens with `left` (tested below).
        if !self.filters.2.may_contain(left_key) {
            return false;
        }
        let joined = left_key.then(Key::HYPHEN).then(right_key);
        !joined.is_too_long()
            && self.filters.0.may_contain(joined)
            && self.lex.hyphenated_in_document(left, right)
    }
}

/// Adverb particles that make phrasal verbs (`follow up`, `phase out`,
/// `take over`), whose nouns are the hyphenated compounds (`follow-up`).
const PARTICLES: [&str; 8] = ["up", "out", "off", "down", "over", "back", "in", "on"];

/// Word evidence for one document.
pub(crate) struct Lexicon<'s> {
    source: &'s str,
    /// Hashes of the document's lower-cased tokens and compound parts, and
    /// of its hyphenated tokens with the hyphens taken out.
    filter: OnceCell<Filters>,
    /// The same, exactly; built only when the filter lets a word without
    /// a hyphen through.
    document: OnceCell<HashSet<String, FxBuild>>,
    /// Its hyphenated words, exactly; built only when the filter lets a
    /// hyphenated word through (`twenty-seventh`, asked of nearly every
    /// document), far cheaper than the whole set.
    compounds: OnceCell<HashSet<String, FxBuild>>,
    /// How often the document prints each two-part compound of
    /// [`Lexicon::compounds`] whole and as two words apart: built only when
    /// a space is about to be read as a lost hyphen
    /// ([`Lexicon::compound_outnumbers_spaced`]).
    compound_counts: OnceCell<HashMap<String, CompoundCount, FxBuild>>,
    /// The hyphenated words of [`Lexicon::compounds`] the document prints
    /// at least once with a small letter after each hyphen
    /// (`south-east`, `South-east`; not `South-East`): built only when a
    /// word printed whole again is about to get a hyphen back
    /// ([`Lexicon::hyphenated_in_document_as`]).
    small_after_hyphen: OnceCell<HashSet<String, FxBuild>>,
    /// The hyphenated words of [`Lexicon::compounds`] the document prints
    /// at least once opening with a small letter (`co-operation`; not
    /// `Economic Co-operation`, a name's own spelling): built only when a
    /// word of the list in small letters is about to get a hyphen back
    /// ([`Lexicon::hyphenated_in_document_small`]).
    small_initial: OnceCell<HashSet<String, FxBuild>>,
    /// The buffers of [`inline::clean`](super::inline::clean), kept from
    /// one node to the next of this document (see [`Scratch`]).
    pub(crate) scratch: Scratch,
}

impl<'s> Lexicon<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        Self {
            source,
            filter: OnceCell::new(),
            document: OnceCell::new(),
            compounds: OnceCell::new(),
            compound_counts: OnceCell::new(),
            small_after_hyphen: OnceCell::new(),
            small_initial: OnceCell::new(),
            scratch: Scratch::default(),
        }
    }

    /// Every token of the document, lower-cased, hyphenated compounds whole
    /// (`good-neighbourliness`) and split into their parts.
    fn document(&self) -> &HashSet<String, FxBuild> {
        self.document.get_or_init(|| {
            let mut set = HashSet::default();
            for_each_token(self.source, |token, _, _| {
                let token = token.replace('\u{2011}', "-").to_lowercase();
                if token.contains('-') {
                    for part in token.split('-') {
                        set.insert(part.to_owned());
                    }
                }
                set.insert(token);
            });
            set
        })
    }

    /// The words of [`Lexicon::document`] with a hyphen: its hyphenated
    /// tokens, lower-cased (the parts it adds have none). Only a piece of
    /// the text with a hyphen or a non-ASCII character (`‑`, U+2011, is
    /// read as one) can hold one, so only those pieces are read.
    fn compounds(&self) -> &HashSet<String, FxBuild> {
        self.compounds.get_or_init(|| {
            let mut set = HashSet::default();
            for_each_hyphen_piece(self.source, |piece| {
                for_each_token(piece, |token, _, _| {
                    if token.contains(['-', '\u{2011}']) {
                        set.insert(token.replace('\u{2011}', "-").to_lowercase());
                    }
                });
            });
            set
        })
    }

    /// Whether the document prints `left-right` opening with a small
    /// letter, as running text spells a word (`co-operation`): a capital
    /// there may be a name's (`Organisation for Economic Co-operation and
    /// Development`), whose spelling is no evidence for the word's.
    pub(crate) fn hyphenated_in_document_small(&self, left: &str, right: &str) -> bool {
        if !self.hyphenated_in_document(left, right) {
            return false;
        }
        let joined = lower(&format!("{left}-{right}")).into_owned();
        self.small_initial
            .get_or_init(|| {
                hyphenated_words_where(self.source, |word| word.starts_with(char::is_lowercase))
            })
            .contains(&joined)
    }

    /// Whether the document prints `left-right` with the letter case the
    /// word `left` + `right` has where they meet: a small letter after the
    /// hyphen (`South-east`, `south-east`) for a word whose `right` opens
    /// with one (`Southeast`). A hyphen dropped from `South-East` leaves
    /// `SouthEast`, so `Southeast` beside `South-East` was printed whole.
    /// A `right` that opens with a capital (or no letter) asks only that
    /// the compound is printed.
    pub(crate) fn hyphenated_in_document_as(&self, left: &str, right: &str) -> bool {
        if !self.hyphenated_in_document(left, right) {
            return false;
        }
        if !right.starts_with(char::is_lowercase) {
            return true;
        }
        let joined = lower(&format!("{left}-{right}")).into_owned();
        self.small_after_hyphen
            .get_or_init(|| {
                hyphenated_words_where(self.source, |word| {
                    word.split('-')
                        .skip(1)
                        .all(|part| part.starts_with(char::is_lowercase))
                })
            })
            .contains(&joined)
    }

    /// Whether the document prints `left-right` whole at least as often as
    /// it prints `left right`, two words apart (any case, white space or a
    /// line end between them, this occurrence counted).
    ///
    /// A space read as a lost hyphen (`Secretary General` where the
    /// document prints `Secretary-General`) must be outvoted: the UN's
    /// PDFs lose a non-breaking hyphen here and there, never most of them,
    /// while a text that prints the two words apart more often than whole
    /// means them apart (`Treaty on the Non-Proliferation of Nuclear
    /// Weapons` beside one `nuclear-weapons programme`; the IAEA's
    /// `Director General` beside the WHO's `Director-General`).
    ///
    /// Never where the right word is an adverb particle (`follow up`,
    /// `scale up`, `carry out`): the two words apart are a phrasal verb and
    /// the compound its noun (`to follow up the follow-up`), both right, so
    /// how often the document prints either says nothing of this one.
    pub(crate) fn compound_outnumbers_spaced(&self, left: &str, right: &str) -> bool {
        if PARTICLES.iter().any(|p| right.eq_ignore_ascii_case(p)) {
            return false;
        }
        let key = lower(&format!("{left}-{right}")).replace('\u{2011}', "-");
        let counts = self.compound_counts();
        let Some(count) = counts.get(&key) else {
            return false;
        };
        // The head noun's number does not change how the pair is written:
        // `nuclear weapons` printed apart three times outvotes one
        // `Nuclear-Weapon States` for `a nuclear weapon` (S/2024/302).
        let other = other_number(&key).and_then(|k| counts.get(&k));
        let (whole, apart) = other.map_or((count.whole, count.apart), |o| {
            (
                count.whole.saturating_add(o.whole),
                count.apart.saturating_add(o.apart),
            )
        });
        whole >= apart
    }

    /// Whether the document prints `word` whole (any case) more than once:
    /// then, where the document never prints it hyphenated, it is the
    /// document's own spelling (`the Association of Southeast Asian
    /// Nations`), which the shipped compound list (`south-east`) does not
    /// respell.
    ///
    /// Counted for words of ASCII letters, as the document filter's pass
    /// reads them (no pass of its own); any other word is taken as printed
    /// once.
    pub(crate) fn prints_whole_again(&self, word: &str) -> bool {
        let mut buf = [0u8; MAX_TOKEN_LEN];
        match ascii_key(&mut buf, &[word]) {
            AsciiKey::Key(key) if key.iter().all(u8::is_ascii_alphabetic) => {
                let key = Key::of(key);
                self.filters().4.contains(&(key.sum, key.len))
            }
            _ => false,
        }
    }

    /// [`Lexicon::compound_counts`], counted in one pass over the
    /// document's words: linear, however many compounds it prints.
    fn compound_counts(&self) -> &HashMap<String, CompoundCount, FxBuild> {
        self.compound_counts.get_or_init(|| {
            let mut counts: HashMap<String, CompoundCount, FxBuild> = self
                .compounds()
                .iter()
                .filter(|c| c.matches('-').count() == 1)
                .map(|c| (c.clone(), CompoundCount::default()))
                .collect();
            if counts.is_empty() {
                return counts;
            }
            // Each compound's other number is counted too (`nuclear-weapon`
            // and `nuclear-weapons`), for [`Lexicon::compound_outnumbers_spaced`].
            let others: Vec<String> = counts.keys().filter_map(|c| other_number(c)).collect();
            for o in others {
                counts.entry(o).or_default();
            }
            let heads: HashSet<String, FxBuild> = counts
                .keys()
                .filter_map(|c| c.split('-').next())
                .map(str::to_owned)
                .collect();
            count_compounds(self.source, &heads, &mut counts);
            counts
        })
    }

    /// Whether the lower-cased `word` is a word of [`Lexicon::document`],
    /// asked of the smaller set where it has a hyphen.
    fn document_contains(&self, word: &str) -> bool {
        if word.contains('-') {
            self.compounds().contains(word)
        } else {
            self.document().contains(word)
        }
    }

    /// [`Lexicon::document`] as a filter: the same keys.
    fn filter(&self) -> &Bloom {
        &self.filters().0
    }

    /// [`Lexicon::document`] as filters, made without allocating for ASCII
    /// tokens: its keys, its hyphenated tokens with the hyphens taken out
    /// (`good-neighbourliness` as `goodneighbourliness`), their heads, and
    /// those taken out with the shipped compounds' as [`Restorable`] bits.
    fn filters(&self) -> &Filters {
        self.filter.get_or_init(|| {
            let mut bloom = Bloom::for_source(self.source.len());
            let mut dehyphenated = Bloom::for_source(self.source.len() / 8);
            let mut heads = Heads::default();
            let shipped = restorable_compounds();
            let mut restorable = shipped.clone();
            let mut recent = RecentKeys::new();
            // Words a shipped compound could respell, seen once and twice:
            // a bit test a word, a set insert for the few it lets through.
            let mut once: HashSet<(u64, usize), FxBuild> = HashSet::default();
            let mut twice = HashSet::default();
            for_each_filter_key(
                self.source,
                |key| {
                    // (A word restored has six letters at least.)
                    if key.len >= 6 && shipped.may_contain(key) && !once.insert((key.sum, key.len))
                    {
                        twice.insert((key.sum, key.len));
                    }
                    if recent.is_new(key) {
                        bloom.insert(key);
                    }
                },
                |key, head| {
                    dehyphenated.insert(key);
                    restorable.insert(key);
                    heads.insert(head);
                },
            );
            (bloom, dehyphenated, heads, restorable, twice)
        })
    }

    /// Whether the document filter may hold the lower-cased `key`: a key
    /// it leaves out ([`is_asked`]) it cannot rule out, so lets through.
    fn filter_may_contain(&self, key: &[u8]) -> bool {
        !is_asked(key) || self.filter().may_contain(Key::of(key))
    }

    /// Whether the lower-cased `word` is a token of the document.
    fn in_document(&self, word: &str) -> bool {
        self.filter_may_contain(word.as_bytes()) && self.document_contains(word)
    }

    /// [`Lexicon::in_document`] of an ASCII key given as bytes.
    fn key_in_document(&self, key: &[u8]) -> bool {
        self.filter_may_contain(key)
            && std::str::from_utf8(key).is_ok_and(|k| self.document_contains(k))
    }

    /// Whether `word` is a word of the shipped list (any case).
    pub(crate) fn is_listed_word(word: &str) -> bool {
        listed(word)
    }

    /// Whether `word` is attested: in the shipped list or in the document.
    pub(crate) fn is_attested(&self, word: &str) -> bool {
        let w = lower(word);
        listed(&w) || self.in_document(&w)
    }

    /// A cheap necessary condition for `is_attested` of `left` followed by
    /// `right`: `false` means that the joined word is certainly not
    /// attested; `true` that it may be.
    pub(crate) fn may_attest_join(&self, left: &str, right: &str) -> bool {
        let mut buf = [0u8; MAX_TOKEN_LEN];
        match ascii_key(&mut buf, &[left, right]) {
            AsciiKey::NotAscii => true,
            AsciiKey::TooLong => false,
            AsciiKey::Key(joined) => {
                !is_asked(joined) || self.may_attest_join_keys(Key::of(joined))
            }
        }
    }

    /// [`Lexicon::may_attest_join`] of the lower-cased, ASCII `left` and
    /// `right` given as `left.then(right)`. Inlined: asked of nearly every
    /// pair of words, and a few instructions once the filters are built.
    ///
    /// `left` and `right` are words of letters (their keys those of
    /// [`Key::of_ascii_letters`]), so `joined` is a key the document filter
    /// holds wherever the document prints it ([`is_asked`]).
    #[inline]
    pub(crate) fn may_attest_join_keys(&self, joined: Key) -> bool {
        self.probe().may_attest_join_keys(joined)
    }

    /// A cheap necessary condition for a hyphenated split of `word` being
    /// attested (`goodneighbourliness` as `good-neighbourliness`): `false`
    /// means that no `hyphenated_attested(a, b)` nor
    /// `hyphenated_in_document(a, b)` with `a + b == word` can hold.
    pub(crate) fn may_restore_hyphen(&self, word: &str) -> bool {
        let mut buf = [0u8; MAX_TOKEN_LEN];
        match ascii_key(&mut buf, &[word]) {
            AsciiKey::NotAscii => true,
            // `a-b` is one byte longer still.
            AsciiKey::TooLong => false,
            AsciiKey::Key(key) => self.may_restore_hyphen_key(Key::of(key)),
        }
    }

    /// [`Lexicon::may_restore_hyphen`] of a lower-cased ASCII word's key.
    /// Inlined, as [`Lexicon::may_attest_join_keys`].
    #[inline]
    pub(crate) fn may_restore_hyphen_key(&self, word: Key) -> bool {
        self.probe().may_restore_hyphen_key(word)
    }

    /// [`Lexicon::hyphenated_in_document`] of lower-cased, ASCII `left` and
    /// `right` with their keys: the filter first, from the keys alone.
    /// Inlined, as [`Lexicon::may_attest_join_keys`]: the exact check after
    /// the filter is rare, and stays a call.
    #[inline]
    pub(crate) fn hyphenated_in_document_keys(
        &self,
        left: &str,
        left_key: Key,
        right: &str,
        right_key: Key,
    ) -> bool {
        self.probe()
            .hyphenated_in_document_keys(left, left_key, right, right_key)
    }

    /// The filters of the first checks, fetched (and the document's built)
    /// now: see [`Probe`].
    #[inline]
    pub(crate) fn probe(&self) -> Probe<'_, 's> {
        Probe {
            lex: self,
            filters: self.filters(),
            shipped: shipped_filter(),
            dehyphenated: dehyphenated_compounds(),
        }
    }

    /// [`Lexicon::hyphenated_attested`] of ASCII `left` and `right` with
    /// their keys (of their bytes lower-cased): the compounds' bits and the
    /// document's filters first, from the keys alone, the exact checks
    /// only where they let `left-right` through. For the dropped hyphen's
    /// search, which asks it of every split of a word.
    pub(crate) fn hyphenated_attested_keys(
        &self,
        left: &str,
        left_key: Key,
        right: &str,
        right_key: Key,
    ) -> bool {
        let joined = left_key.then(Key::HYPHEN).then(right_key);
        (compound_keys().may_contain(joined) && self.hyphenated_attested(left, right))
            || self.hyphenated_in_document_keys(left, left_key, right, right_key)
    }

    /// Whether the document prints `left-right` (hyphen included) somewhere.
    pub(crate) fn hyphenated_in_document(&self, left: &str, right: &str) -> bool {
        let mut buf = [0u8; MAX_TOKEN_LEN];
        match ascii_key(&mut buf, &[left, "-", right]) {
            AsciiKey::Key(joined) => self.key_in_document(joined),
            AsciiKey::TooLong => false,
            AsciiKey::NotAscii => {
                let joined = lower(&format!("{left}-{right}")).into_owned();
                self.in_document(&joined)
            }
        }
    }

    /// Whether the hyphenated form `left-right` is attested: a UN compound or
    /// spelled so elsewhere in the document.
    pub(crate) fn hyphenated_attested(&self, left: &str, right: &str) -> bool {
        let mut buf = [0u8; MAX_TOKEN_LEN];
        match ascii_key(&mut buf, &[left, "-", right]) {
            AsciiKey::Key(joined) => {
                std::str::from_utf8(joined).is_ok_and(|k| compounds().contains(k))
                    || self.key_in_document(joined)
            }
            AsciiKey::TooLong => false,
            AsciiKey::NotAscii => {
                let joined = format!("{left}-{right}");
                let joined = lower(&joined);
                compounds().contains(joined.as_ref()) || self.in_document(&joined)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_words_printed_whole_again() {
        let lex = Lexicon::new("Southeast Asia; southeast, goodneighbourliness, Non-Self");
        assert!(lex.prints_whole_again("Southeast"));
        assert!(lex.prints_whole_again("SOUTHEAST"));
        assert!(!lex.prints_whole_again("goodneighbourliness"));
        assert!(!lex.prints_whole_again("Asia"));
        assert!(!lex.prints_whole_again("Südost"));
    }

    #[test]
    fn ok_compounds_printed_with_a_small_letter_after_the_hyphen() {
        let lex = Lexicon::new("South-East Asia, south-west, North-west and Good-Neighbour");
        assert!(!lex.hyphenated_in_document_as("South", "east"));
        assert!(lex.hyphenated_in_document_as("South", "East"));
        assert!(lex.hyphenated_in_document_as("south", "west"));
        assert!(lex.hyphenated_in_document_as("North", "west"));
        assert!(!lex.hyphenated_in_document_as("good", "neighbour"));
        assert!(!lex.hyphenated_in_document_as("East", "west"));
    }

    #[test]
    fn ok_compounds_counted_whole_and_apart() {
        let text = "Nuclear Weapons (nuclear-weapons programme) and\nnuclear weapons; \
                    follow -up, follow- up, follow up, (follow\u{2011}up’s) follow\n\
                    up; people — centred, people-centred";
        let lex = Lexicon::new(text);
        let counts = lex.compound_counts();
        let count = |c: &str| counts.get(c).map(|c| (c.whole, c.apart));
        // The hyphen beside a stray space and U+2011 are printed hyphens;
        // a line end between the words is white space; a dash parts them.
        assert_eq!(count("nuclear-weapons"), Some((1, 2)));
        assert_eq!(count("follow-up"), Some((3, 2)));
        assert_eq!(count("people-centred"), Some((1, 0)));
        assert!(!lex.compound_outnumbers_spaced("Nuclear", "Weapons"));
        // Counted, but a phrasal verb's particle is never outvoted.
        assert!(!lex.compound_outnumbers_spaced("follow", "up"));
        assert!(!lex.compound_outnumbers_spaced("Follow", "UP"));
        assert!(lex.compound_outnumbers_spaced("people", "centred"));
        // A compound the document never prints whole is not outvoted: it
        // is not a compound of the document at all.
        assert!(!lex.compound_outnumbers_spaced("weapons", "programme"));
    }

    #[test]
    fn ok_compound_count_takes_the_other_number() {
        // S/2024/302: one `Nuclear-Weapon States`, one `a nuclear weapon`,
        // three `nuclear weapons`: the pair is printed apart.
        let text = "the Five Nuclear-Weapon States; a nuclear weapon; nuclear weapons, \
                    nuclear weapons and nuclear weapons";
        let lex = Lexicon::new(text);
        assert!(!lex.compound_outnumbers_spaced("nuclear", "weapon"));
        let text = "the Five Nuclear-Weapon States; a nuclear weapon";
        assert!(Lexicon::new(text).compound_outnumbers_spaced("nuclear", "weapon"));
        assert_eq!(
            other_number("nuclear-weapon").as_deref(),
            Some("nuclear-weapons")
        );
        assert_eq!(
            other_number("nuclear-weapons").as_deref(),
            Some("nuclear-weapon")
        );
        assert_eq!(other_number("follow-up"), None);
        assert_eq!(other_number("cross-class"), None);
    }

    #[test]
    fn ok_shipped_words() {
        assert!(Lexicon::is_listed_word("field"));
        assert!(Lexicon::is_listed_word("Consecutive"));
        assert!(!Lexicon::is_listed_word("ld"));
        assert!(!Lexicon::is_listed_word("cutive"));
        // Not letters once lower-cased: never listed.
        assert!(!Lexicon::is_listed_word("field1"));
        assert!(!Lexicon::is_listed_word("fiéld"));
        assert!(!Lexicon::is_listed_word(""));
    }

    #[test]
    fn ok_every_shipped_word_packs() {
        // The packed set is exact only while the list is lower-case ASCII
        // letters of at most MAX_PACKED_LETTERS (data/README.md).
        let words: Vec<&str> = WORDS_TXT.lines().filter(|l| !l.is_empty()).collect();
        for w in &words {
            assert!(
                w.bytes().all(|b| b.is_ascii_lowercase()) && w.len() <= MAX_PACKED_LETTERS,
                "{w}"
            );
        }
        assert_eq!(shipped_words().len(), words.len());
        for w in &words {
            assert!(shipped_filter().may_contain(Key::of(w.as_bytes())), "{w}");
        }
    }

    /// [`Key::of_ascii_letters`] (a table load a byte) is its definition:
    /// the folded key where every byte is an ASCII letter, else `None`;
    /// over every byte and every word of the testdata.
    #[test]
    fn ok_letter_keys_are_the_general_ones() {
        let general = |w: &[u8]| {
            (w.len() <= MAX_TOKEN_LEN && w.iter().all(u8::is_ascii_alphabetic))
                .then(|| Key::of_ascii_folded(w))
        };
        for b in 0..=u8::MAX {
            assert_eq!(Key::of_ascii_letters(&[b]), general(&[b]), "{b}");
            assert_eq!(
                Key::of_ascii_letters(&[b'a', b]),
                general(&[b'a', b]),
                "{b}"
            );
        }
        let mut words = 0;
        for text in crate::grammar::testdata_texts() {
            for w in text.split(' ') {
                assert_eq!(
                    Key::of_ascii_letters(w.as_bytes()),
                    general(w.as_bytes()),
                    "{w}"
                );
                words += 1;
            }
        }
        assert!(words > 100_000, "{words}");
    }

    #[test]
    fn ok_keys_compose_and_fold() {
        assert_eq!(
            Key::of_ascii_folded(b"Good-NEIGHBOURLINESS-2015"),
            Key::of(b"good-neighbourliness-2015")
        );
        assert_eq!(
            Key::of(b"good")
                .then(Key::HYPHEN)
                .then(Key::of(b"neighbourliness")),
            Key::of(b"good-neighbourliness")
        );
        assert_eq!(Key::EMPTY.then(Key::of(b"ab")), Key::of(b"ab"));
        assert_eq!(Key::of_ascii_letters(b"Good"), Some(Key::of(b"good")));
        assert_eq!(Key::of_ascii_letters(b"good-will"), None);
        assert_eq!(Key::of_ascii_letters(&[b'a'; MAX_TOKEN_LEN + 1]), None);
        assert_ne!(Key::of(b"ab").hash(), Key::of(b"ba").hash());
        assert_ne!(Key::of(b"").hash(), Key::of(b"\0").hash());
        assert_ne!(Key::of(b"abcdefgh").hash(), Key::of(b"abcdefgh\0").hash());
        // Every split of every length composes to the whole, up to the limit.
        let long = "abcdefghijklmnopqrstuvwxyz0123456789-".repeat(2);
        for n in 0..=long.len() {
            let whole = Key::of(&long.as_bytes()[..n]);
            assert_eq!(whole.is_too_long(), n > MAX_TOKEN_LEN, "{n}");
            for cut in 0..=n {
                let (a, b) = long.as_bytes()[..n].split_at(cut);
                let composed = Key::of(a).then(Key::of(b));
                if n > MAX_TOKEN_LEN {
                    assert!(composed.is_too_long(), "{n} {cut}");
                } else {
                    assert_eq!(composed, whole, "{n} {cut}");
                }
            }
        }
    }

    #[test]
    fn ok_strip_prefix_undoes_then() {
        let long = "abcdefghijklmnopqrstuvwxyz0123456789-".repeat(2);
        for n in 0..=long.len() {
            let whole = Key::of(&long.as_bytes()[..n]);
            for cut in 0..=n {
                let (a, b) = long.as_bytes()[..n].split_at(cut);
                let stripped = whole.strip_prefix(Key::of(a));
                if n > MAX_TOKEN_LEN {
                    assert!(stripped.is_too_long(), "{n} {cut}");
                } else {
                    assert_eq!(stripped, Key::of(b), "{n} {cut}");
                }
            }
        }
    }

    /// [`Lexicon::hyphenated_attested_keys`], with its bits and filters
    /// first, answers as the exact check [`Lexicon::hyphenated_attested`]:
    /// over every split of every shipped compound, and every split of
    /// every word of letters of the testdata (as the dropped hyphen's
    /// search asks), in the case printed.
    #[test]
    fn ok_attested_keys_are_the_exact_check() {
        let keyed = |lex: &Lexicon<'_>, a: &str, b: &str| {
            let (ka, kb) = (
                Key::of_ascii_folded(a.as_bytes()),
                Key::of_ascii_folded(b.as_bytes()),
            );
            lex.hyphenated_attested_keys(a, ka, b, kb)
        };
        let lex = Lexicon::new("");
        for c in compounds() {
            let (a, b) = c.split_once('-').unwrap_or((c, ""));
            assert!(keyed(&lex, a, b), "{c}");
            assert!(keyed(&lex, &a.to_uppercase(), b), "{c}");
        }
        let (mut asked, mut found) = (0, 0);
        for text in crate::grammar::testdata_texts() {
            let lex = Lexicon::new(&text);
            let words = text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_alphabetic()));
            for w in words {
                for i in 1..w.len() {
                    let (a, b) = w.split_at(i);
                    let exact = lex.hyphenated_attested(a, b);
                    assert_eq!(keyed(&lex, a, b), exact, "{a}-{b}");
                    asked += 1;
                    found += usize::from(exact);
                }
            }
        }
        assert!(asked > 100_000 && found > 20, "{asked} {found}");
    }

    /// [`position_hyphen_or_non_ascii`] is its definition: over every
    /// suffix of every testdata text and of strings of every byte at every
    /// place of a step of eight.
    #[test]
    fn ok_hyphen_or_non_ascii_position_is_the_bytewise_one() {
        let bytewise = |bytes: &[u8]| bytes.iter().position(|&b| b == b'-' || !b.is_ascii());
        for b in 0..=u8::MAX {
            for len in 0..20 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    // And a `-` or high byte after it, which must not hide it.
                    if at + 1 < len {
                        bytes[at + 1] = if at % 2 == 0 { b'-' } else { 0xc3 };
                    }
                    assert_eq!(
                        position_hyphen_or_non_ascii(&bytes),
                        bytewise(&bytes),
                        "{b} {len} {at}"
                    );
                }
            }
        }
        for text in crate::grammar::testdata_texts() {
            let bytes = text.as_bytes();
            let mut from = 0;
            while from <= bytes.len() {
                let found = position_hyphen_or_non_ascii(&bytes[from..]);
                assert_eq!(found, bytewise(&bytes[from..]), "{from}");
                // Every suffix that starts a step before a hit or after it.
                from = found.map_or(bytes.len() + 1, |p| from + p + 1);
            }
            for from in (0..bytes.len()).step_by(97) {
                assert_eq!(
                    position_hyphen_or_non_ascii(&bytes[from..]),
                    bytewise(&bytes[from..]),
                    "{from}"
                );
            }
        }
    }

    /// [`letter_run`] by one byte a step: its definition.
    fn letter_run_bytewise(rest: &[u8]) -> (u64, usize, u8) {
        let (mut sum, mut len, mut end) = (0u64, 0, SCAN_SEPARATOR);
        for &b in rest {
            let scanned = SCAN_BYTE[usize::from(b)];
            if scanned < SCAN_LETTER {
                end = scanned;
                break;
            }
            sum = sum.wrapping_mul(KEY_BASE).wrapping_add(u64::from(scanned));
            len += 1;
        }
        (sum, len, end)
    }

    /// [`letter_run`], two bytes a step, is [`letter_run_bytewise`]: from
    /// every byte of the testdata texts (runs of both parities, ended at
    /// either byte of a pair or by the end), and on every string of up to
    /// three bytes from a set of each kind of byte.
    #[test]
    fn ok_letter_run_is_bytewise() {
        let mut runs = 0;
        for text in crate::grammar::testdata_texts().into_iter().take(20) {
            let bytes = text.as_bytes();
            for i in 0..bytes.len() {
                let rest = &bytes[i..];
                assert_eq!(letter_run(rest), letter_run_bytewise(rest), "{i}");
                runs += 1;
            }
        }
        assert!(runs > 100_000, "{runs}");
        let kinds = [b'a', b'Z', b'1', b'-', b' ', b',', 0xc3, 0xa9];
        for n in 0..=3u32 {
            for k in 0..kinds.len().pow(n) {
                let bytes: Vec<u8> = (0..n)
                    .map(|d| kinds[k / kinds.len().pow(d) % kinds.len()])
                    .collect();
                assert_eq!(letter_run(&bytes), letter_run_bytewise(&bytes), "{bytes:?}");
            }
        }
    }

    #[test]
    fn ok_scan_bytes() {
        for b in 0..=255u8 {
            let scanned = SCAN_BYTE[usize::from(b)];
            if b.is_ascii_alphanumeric() {
                assert_eq!(scanned, b.to_ascii_lowercase(), "{b:#04x}");
                assert!(scanned > SCAN_OTHER, "{b:#04x}");
                assert_eq!(scanned >= SCAN_LETTER, b.is_ascii_alphabetic(), "{b:#04x}");
            } else {
                assert!(scanned <= SCAN_OTHER, "{b:#04x}");
            }
            assert_eq!(
                is_ascii_separator(b),
                b.is_ascii() && b != b'-' && !b.is_ascii_alphanumeric(),
                "{b:#04x}"
            );
        }
    }

    /// The tokens as the original `split` defined them.
    fn tokens_by_split(source: &str) -> Vec<&str> {
        source
            .split(|c: char| !is_token_char(c))
            .map(|t| t.trim_matches('-'))
            .filter(|t| !t.is_empty() && t.len() <= MAX_TOKEN_LEN)
            .collect()
    }

    #[test]
    fn ok_tokens_as_split_gives_them() {
        let long = format!("x {} y", "ab".repeat(MAX_TOKEN_LEN));
        for source in [
            "",
            "-",
            "a",
            " Côte d’Ivoire, A/RES/70/1 --x-- -a-b- ",
            "non\u{2011}selectivity\u{2011} ÉTATS-Unis\u{a0}x\u{2011}-",
            "\u{2011}\u{2011}-\u{2011}",
            "１２３ ǅungla ΟΔΟΣ",
            long.as_str(),
        ] {
            let mut got = Vec::new();
            for_each_token(source, |t, ascii, hyphen| {
                assert_eq!(ascii, t.is_ascii(), "{t}");
                assert_eq!(hyphen, t.contains('-'), "{t}");
                got.push(t);
            });
            assert_eq!(got, tokens_by_split(source), "{source}");
        }
    }

    #[test]
    fn ok_tokens_as_split_gives_them_random() {
        const ALPHABET: [&str; 16] = [
            "a", "Z", "7", "-", " ", "\n", ",", "/", "é", "\u{2011}", "\u{a0}", "’", "ΟΣ",
            "\u{212a}", "😀", "--",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..2000 {
            let mut source = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                source.push_str(ALPHABET[(state % 16) as usize]);
            }
            let mut got = Vec::new();
            for_each_token(&source, |t, ascii, hyphen| {
                assert_eq!(ascii, t.is_ascii(), "{t}");
                assert_eq!(hyphen, t.contains('-'), "{t}");
                got.push(t);
            });
            assert_eq!(got, tokens_by_split(&source), "{source:?}");
            assert_filter_keys_are_the_document(&source);
            assert_compounds_are_the_document(&source);
            let lex = Lexicon::new(&source);
            for key in lex.document() {
                assert!(lex.filter_may_contain(key.as_bytes()), "{key}");
                if key.contains('-') {
                    let joined = key.replace('-', "");
                    assert!(
                        lex.filters().1.may_contain(Key::of(joined.as_bytes())),
                        "{key}"
                    );
                }
            }
        }
    }

    /// [`Lexicon::compounds`] is exactly the hyphenated words of
    /// [`Lexicon::document`].
    fn assert_compounds_are_the_document(source: &str) {
        let lex = Lexicon::new(source);
        let expected: HashSet<&str, FxBuild> = lex
            .document()
            .iter()
            .map(String::as_str)
            .filter(|w| w.contains('-'))
            .collect();
        let got: HashSet<&str, FxBuild> = lex.compounds().iter().map(String::as_str).collect();
        assert_eq!(got, expected, "{source:?}");
    }

    #[test]
    fn ok_compounds_are_the_document() {
        for source in [
            "",
            "-",
            "a-",
            "-a",
            "a-b",
            "post-2015 COVID-19 self\u{2011}determination a-b-c ---- x\u{2011}-y",
            "non\u{2011}selectivity ÉTATS-Unis, --x-- é-a a-é Côte d’Ivoire",
            "end-",
        ] {
            assert_compounds_are_the_document(source);
        }
        for text in crate::grammar::testdata_texts() {
            assert_compounds_are_the_document(&text);
        }
    }

    /// The keys [`for_each_filter_key`] gives for `source` are those of
    /// the exact set: every one a probe may ask for ([`is_asked`]), so the
    /// filters have no false negative, and no key the exact set lacks; the
    /// hyphenated ones with their hyphens taken out and their heads,
    /// exactly.
    fn assert_filter_keys_are_the_document(source: &str) {
        let pair = |k: Key| (k.sum, k.len);
        let (mut keys, mut dehyphenated) = (HashSet::new(), HashSet::new());
        let mut heads = HashSet::new();
        for_each_filter_key(
            source,
            |k| {
                keys.insert(pair(k));
            },
            |k, head| {
                dehyphenated.insert(pair(k));
                heads.insert(pair(head));
            },
        );
        let lex = Lexicon::new(source);
        let all: HashSet<_> = lex
            .document()
            .iter()
            .map(|w| pair(Key::of(w.as_bytes())))
            .collect();
        let asked: HashSet<_> = lex
            .document()
            .iter()
            .filter(|w| is_asked(w.as_bytes()))
            .map(|w| pair(Key::of(w.as_bytes())))
            .collect();
        let expected_dehyphenated: HashSet<_> = lex
            .document()
            .iter()
            .filter(|w| w.contains('-'))
            .map(|w| pair(Key::of(w.replace('-', "").as_bytes())))
            .collect();
        let expected_heads: HashSet<_> = lex
            .document()
            .iter()
            .filter_map(|w| w.split_once('-'))
            .map(|(head, _)| pair(Key::of(head.as_bytes())))
            .collect();
        assert!(keys.is_subset(&all), "{source:?}");
        assert!(asked.is_subset(&keys), "{source:?}");
        assert_eq!(dehyphenated, expected_dehyphenated, "{source:?}");
        assert_eq!(heads, expected_heads, "{source:?}");
        // And the bits hold every head.
        for w in lex.document() {
            if let Some((head, _)) = w.split_once('-') {
                assert!(lex.filters().2.may_contain(Key::of(head.as_bytes())), "{w}");
            }
        }
    }

    /// [`Lexicon::hyphenated_in_document_keys`], with its guards (the
    /// heads, then the filter), answers as the exact check
    /// [`Lexicon::hyphenated_in_document`]: over every pair of adjacent
    /// words of letters of the testdata, and every compound each prints.
    #[test]
    fn ok_hyphenated_keys_are_the_exact_check() {
        let (mut pairs, mut found) = (0, 0);
        for text in crate::grammar::testdata_texts() {
            let lex = Lexicon::new(&text);
            let letters = |w: &&str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic());
            let words: Vec<String> = text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(letters)
                .map(str::to_ascii_lowercase)
                .collect();
            let compounds: Vec<(String, String)> = lex
                .document()
                .iter()
                .filter_map(|w| w.split_once('-'))
                .filter(|(a, b)| letters(a) && letters(b))
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .collect();
            let adjacent = words.windows(2).map(|p| (p[0].clone(), p[1].clone()));
            for (a, b) in adjacent.chain(compounds) {
                let (ka, kb) = (Key::of(a.as_bytes()), Key::of(b.as_bytes()));
                let exact = lex.hyphenated_in_document(&a, &b);
                assert_eq!(
                    lex.hyphenated_in_document_keys(&a, ka, &b, kb),
                    exact,
                    "{a}-{b}"
                );
                pairs += 1;
                found += usize::from(exact);
            }
        }
        assert!(pairs > 100_000 && found > 1000, "{pairs} {found}");
    }

    /// [`Lexicon::may_restore_hyphen`], with its bits first, turns away no
    /// word a hyphen can be put back into: the bits hold every shipped
    /// compound and every hyphenated word of the document, hyphens taken
    /// out, and every word of letters of the testdata that some split
    /// attests (the exact checks `restore_hyphen` makes) passes.
    #[test]
    fn ok_restorable_bits_turn_away_no_restorable_word() {
        for c in compounds() {
            let bytes: Vec<u8> = c.bytes().filter(|&b| b != b'-').collect();
            assert!(restorable_compounds().may_contain(Key::of(&bytes)), "{c}");
        }
        let (mut asked, mut restorable) = (0, 0);
        for text in crate::grammar::testdata_texts() {
            let lex = Lexicon::new(&text);
            for w in lex.document().iter().filter(|w| w.contains('-')) {
                let key = Key::of(w.replace('-', "").as_bytes());
                assert!(lex.filters().3.may_contain(key), "{w}");
            }
            let words = text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.len() >= 6 && w.bytes().all(|b| b.is_ascii_alphabetic()));
            for w in words {
                let attested = (2..w.len() - 1).any(|i| {
                    let (a, b) = w.split_at(i);
                    lex.hyphenated_attested(a, b) || lex.hyphenated_in_document(a, b)
                });
                if attested {
                    assert!(lex.may_restore_hyphen(w), "{w}");
                    restorable += 1;
                }
                asked += 1;
            }
        }
        assert!(asked > 50_000 && restorable > 20, "{asked} {restorable}");
    }

    #[test]
    fn ok_recent_keys() {
        // No slot starts with a key: not even one that its start value
        // would match were it in that slot.
        let mut recent = RecentKeys::new();
        for i in 0..RECENT_SLOTS as u64 {
            assert!(recent.is_new(Key { sum: !i, len: 0 }), "{i}");
        }
        let mut recent = RecentKeys::new();
        let (ab, ba) = (Key::of(b"ab"), Key::of(b"ba"));
        assert!(recent.is_new(ab) && !recent.is_new(ab));
        assert!(recent.is_new(ba) && !recent.is_new(ab) && !recent.is_new(ba));
        // Another key in the same slot takes it over.
        let other = Key {
            sum: ab.sum.wrapping_add(RECENT_SLOTS as u64),
            len: ab.len,
        };
        assert!(recent.is_new(other) && recent.is_new(ab));
    }

    /// Passing over the keys [`RecentKeys`] remembers leaves the document
    /// filter as every key inserted makes it.
    #[test]
    fn ok_recent_keys_leave_the_filter_as_it_was() {
        for text in crate::grammar::testdata_texts() {
            let mut every = Bloom::for_source(text.len());
            for_each_filter_key(&text, |k| every.insert(k), |_, _| {});
            assert_eq!(every.words, Lexicon::new(&text).filter().words);
        }
    }

    #[test]
    fn ok_asked_keys() {
        for key in ["ab", "fie", "a-1", "x-", "é", "1é", "good-will"] {
            assert!(is_asked(key.as_bytes()), "{key}");
        }
        for key in ["", "a", "7", "70", "a1", "2015", "covid19"] {
            assert!(!is_asked(key.as_bytes()), "{key}");
        }
    }

    /// The fast path passes over the tokens no probe asks for, and the
    /// exact checks still find them.
    #[test]
    fn ok_unasked_tokens_left_out() {
        let source = "a 70 A1 2015 ab, Cd-2 x\u{2011}y é b";
        let pair = |k: Key| (k.sum, k.len);
        let mut keys = HashSet::new();
        for_each_filter_key(
            source,
            |k| {
                keys.insert(pair(k));
            },
            |_, _| {},
        );
        for token in ["a", "70", "a1", "2015", "b"] {
            assert!(!keys.contains(&pair(Key::of(token.as_bytes()))), "{token}");
        }
        for token in ["ab", "cd-2", "cd", "x-y", "x", "y", "é"] {
            assert!(keys.contains(&pair(Key::of(token.as_bytes()))), "{token}");
        }
        let lex = Lexicon::new(source);
        for token in ["a", "70", "a1", "2015", "ab", "cd-2", "é", "b"] {
            assert!(lex.in_document(token), "{token}");
        }
        assert!(!lex.in_document("c") && !lex.in_document("abc"));
    }

    #[test]
    fn ok_filter_keys_are_the_document() {
        let long = format!("x {} y-{}", "ab".repeat(MAX_TOKEN_LEN), "c".repeat(70));
        for source in [
            "",
            "-",
            "a",
            "A",
            "a b",
            "Ab1 ",
            " Côte d’Ivoire, A/RES/70/1 --x-- -a-b- a--b ",
            "non\u{2011}selectivity\u{2011} ÉTATS-Unis\u{a0}x\u{2011}-",
            "\u{2011}\u{2011}-\u{2011}",
            "１２３ ǅungla ΟΔΟΣ",
            "word-\u{2011}word é-a a-é",
            long.as_str(),
        ] {
            assert_filter_keys_are_the_document(source);
        }
        for text in crate::grammar::testdata_texts() {
            assert_filter_keys_are_the_document(&text);
        }
    }

    /// The false positive rates of the filters on the testdata texts, as
    /// the word repairs probe them: the joins `ab` and `a-b` of adjacent
    /// words of letters (lower-cased), and the words themselves for the
    /// filters of hyphens taken out, each counted once and only where the
    /// exact set lacks it. `(false positives, probes)` for the shipped
    /// words, the document tokens, and the dehyphenated compounds and
    /// tokens.
    fn false_positives() -> [(usize, usize); 3] {
        let mut counts = [(0, 0); 3];
        let mut count = |n: usize, passed: bool| {
            counts[n].0 += usize::from(passed);
            counts[n].1 += 1;
        };
        let mut shipped_probes = HashSet::new();
        for text in crate::grammar::testdata_texts() {
            let lex = Lexicon::new(&text);
            let words: Vec<String> = text
                .split_whitespace()
                .filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
                .map(str::to_ascii_lowercase)
                .collect();
            let mut doc_probes = HashSet::new();
            let mut dehyphenated_probes = HashSet::new();
            for pair in words.windows(2) {
                for join in [
                    format!("{}{}", pair[0], pair[1]),
                    format!("{}-{}", pair[0], pair[1]),
                ] {
                    if join.len() <= MAX_TOKEN_LEN && !lex.document().contains(&join) {
                        doc_probes.insert(join);
                    }
                }
                let join = format!("{}{}", pair[0], pair[1]);
                if join.len() <= MAX_TOKEN_LEN && !listed(&join) {
                    shipped_probes.insert(join);
                }
            }
            let dehyphenated: HashSet<String> = lex
                .document()
                .iter()
                .map(String::as_str)
                .chain(compounds().iter().copied())
                .filter(|t| t.contains('-'))
                .map(|t| t.replace('-', ""))
                .collect();
            for w in &words {
                if !dehyphenated.contains(w) {
                    dehyphenated_probes.insert(w.clone());
                }
            }
            for probe in doc_probes {
                count(1, lex.filter().may_contain(Key::of(probe.as_bytes())));
            }
            for probe in dehyphenated_probes {
                let key = Key::of(probe.as_bytes());
                count(
                    2,
                    dehyphenated_compounds().may_contain(key) || lex.filters().1.may_contain(key),
                );
            }
        }
        for probe in shipped_probes {
            count(0, shipped_filter().may_contain(Key::of(probe.as_bytes())));
        }
        counts
    }

    #[test]
    fn ok_false_positive_rates() {
        // Rates measured with `--nocapture`; the bounds leave room for a
        // change of text, not for a hash that spreads the keys badly.
        let rates = false_positives();
        for ((name, bound), (passed, probes)) in [
            ("shipped", 0.025),
            ("document", 0.005),
            ("dehyphenated", 0.005),
        ]
        .into_iter()
        .zip(rates)
        {
            let rate = passed as f64 / probes.max(1) as f64;
            eprintln!(
                "{name}: {passed} false positives in {probes} probes ({:.3}%)",
                100.0 * rate
            );
            assert!(rate < bound, "{name}: {rate}");
        }
    }

    #[test]
    fn ok_compounds_fit_an_ascii_key() {
        for c in compounds() {
            assert!(c.len() <= MAX_TOKEN_LEN, "{c}");
        }
    }

    #[test]
    fn ok_hyphen_checks() {
        let lex = Lexicon::new("good-neighbourliness, Non\u{2011}Self-Governing; \u{212a}ey-note");
        assert!(lex.hyphenated_in_document("Good", "neighbourliness"));
        assert!(lex.hyphenated_in_document("non", "self-governing"));
        assert!(!lex.hyphenated_in_document("self", "governing"));
        assert!(!lex.hyphenated_in_document("follow", "up"));
        assert!(lex.hyphenated_attested("follow", "up"));
        assert!(lex.hyphenated_in_document("key", "note"));
        assert!(lex.may_restore_hyphen("goodneighbourliness"));
        assert!(lex.may_restore_hyphen("followup"));
        assert!(lex.may_restore_hyphen("NonSelfGoverning"));
        assert!(lex.may_restore_hyphen("keynote"));
        assert!(!lex.may_restore_hyphen("development"));
        let long = "a".repeat(MAX_TOKEN_LEN);
        assert!(!lex.hyphenated_attested(&long, "b"));
        assert!(!lex.may_restore_hyphen(&long));
    }

    #[test]
    fn ok_document_words() {
        let lex = Lexicon::new("relations of good-neighbourliness, Zyxw");
        assert!(lex.is_attested("zyxw"));
        assert!(lex.is_attested("Neighbourliness"));
        assert!(lex.hyphenated_attested("good", "neighbourliness"));
        assert!(lex.hyphenated_attested("follow", "up"));
        assert!(!lex.hyphenated_attested("recon", "ciliation"));
        assert!(lex.may_attest_join("Zy", "xw"));
        assert!(lex.may_attest_join("fie", "ld"));
    }

    #[test]
    fn ok_document_tokens_non_ascii() {
        // U+2011 is a hyphen; tokens are lower-cased as `str::to_lowercase` does.
        let lex = Lexicon::new("non\u{2011}selectivity ÉTATS-Unis, --x--");
        assert!(lex.hyphenated_attested("non", "selectivity"));
        assert!(lex.is_attested("États"));
        assert!(lex.is_attested("unis"));
        assert!(lex.is_attested("x"));
        assert!(!lex.in_document("tats"));
    }

    #[test]
    fn ok_filter_agrees_with_exact_set() {
        // No false negative: every exact key passes the filter.
        let source = "The fie ld of Côte d’Ivoire, post-2015 COVID-19 self\u{2011}determination \
                      a-b-c ---- 12abc x\u{2011}-y";
        let lex = Lexicon::new(source);
        for key in lex.document() {
            assert!(lex.filter_may_contain(key.as_bytes()), "{key}");
            if is_asked(key.as_bytes()) {
                assert!(lex.filter().may_contain(Key::of(key.as_bytes())), "{key}");
            }
        }
    }

    #[test]
    fn ok_lower_casing_never_lengthens_into_ascii() {
        // `may_attest_join` relies on it: an ASCII key of the filter comes
        // from a token no longer than itself.
        for c in (0x80..=0x10_ffff).filter_map(char::from_u32) {
            let lower: String = c.to_lowercase().collect();
            if lower.is_ascii() {
                assert!(lower.len() <= c.len_utf8(), "{c:?}");
            }
        }
    }

    #[test]
    fn err_long_tokens_are_no_evidence() {
        let long = "a".repeat(MAX_TOKEN_LEN + 1);
        let lex = Lexicon::new(&long);
        assert!(!lex.is_attested(&long));
    }
}
