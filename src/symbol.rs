//! [`DocumentSymbol`]: a UN document symbol, validated and typed.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::ast::Body;
use crate::grammar::symbol::{symbol, symbol_series, RawQualifier, RawSession, RawSymbol};
use crate::grammar::PResult;

/// A UN document symbol: `A/RES/80/204`, `A/C.3/80/L.35/Rev.1`, `S/RES/2720 (2023)`.
///
/// Slash-separated components, the first naming the organ (UN Library
/// guide "UN Document Symbols", DOMAIN.md §7):
///
/// | component | examples | accessor |
/// |---|---|---|
/// | series | `A` (General Assembly), `S`, `E`, `ST` | [`series`](Self::series), [`organ`](Self::organ) |
/// | subsidiary bodies | `C.3`, `HRC`, `CN.4`, `Sub.2`, `CONF.231` | [`bodies`](Self::bodies) |
/// | category | `RES`, `DEC`, `PRST`, `INF`, `SGB` | [`category`](Self::category) |
/// | session | `80`, `ES-10`, `S-27`; `2023` in `E/RES/2023/12` | [`session`](Self::session) |
/// | serial number | `204`, `217 A` | [`serial`](Self::serial), [`serial_part`](Self::serial_part) |
/// | designator | `L.35`, `PV.69`, `SR.5`, `CRP.1`, `WP.2` | [`designator`](Self::designator) |
/// | modifiers | `Rev.1`, `Add.2`, `Corr.1`, `Amend.1` | [`modifiers`](Self::modifiers) |
/// | reissue mark | `A/RES/80/204*` | [`is_reissued`](Self::is_reissued) |
/// | qualifier | `(2023)`, `(III)`, `(Part I)` | [`qualifier`](Self::qualifier) |
///
/// # Grammar
///
/// ```ebnf
/// symbol     = series , { "/" , body } , [ "/" , category ] , numbering ,
///              { "/" , modifier } , [ "*" ] , [ [ " " ] , qualifier ] ;
/// numbering  = [ "/" , session ] , "/" , ( serial | designator ) ;
/// ```
///
/// A symbol ends in a serial number or a designator: `A/80/545` and
/// `A/ES-10/L.30` are symbols, `A/RES` is not. Where one number follows the
/// bodies it is the serial (`S/RES/2720 (2023)`); where two, the first is
/// the session (`A/RES/80/204`) or, in the `E` and `S` series, a year.
///
/// # Serde
///
/// A string, its printed form; validated on deserialise. The printed form is
/// canonical in one respect only: one space before the qualifier
/// (`S/RES/2720(2023)` is read as `S/RES/2720 (2023)`).
///
/// ```
/// use un_resolution::{Body, DocumentSymbol, ModifierKind, SymbolSession};
///
/// let s: DocumentSymbol = "A/C.3/80/L.35/Rev.1".parse()?;
/// assert_eq!(s.organ(), Some(Body::GeneralAssembly));
/// assert_eq!(s.bodies(), ["C.3"]);
/// assert_eq!(s.session(), Some(SymbolSession::Regular(80)));
/// assert_eq!(s.designator(), Some(("L", 35)));
/// assert_eq!(s.modifiers()[0].kind, ModifierKind::Revision);
///
/// let sc: DocumentSymbol = "S/RES/2720 (2023)".parse()?;
/// assert_eq!((sc.category(), sc.serial(), sc.year()), (Some("RES"), Some(2720), Some(2023)));
///
/// let err = "A/RES/80/204.".parse::<DocumentSymbol>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid document symbol "A/RES/80/204.": expected the end of the symbol, found ".""#
/// );
/// # Ok::<(), un_resolution::SymbolError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DocumentSymbol {
    text: String,
    // Boxed: a symbol sits in many AST nodes, most of them without one.
    parts: Box<Parts>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Parts {
    // `Cow`s: the common series and categories borrowed from
    // [`common_component`], not allocated for each symbol (a `Cow<str>`
    // compares, orders, hashes and prints as the `str` it holds).
    series: Cow<'static, str>,
    bodies: Vec<String>,
    category: Option<Cow<'static, str>>,
    session: Option<SymbolSession>,
    serial: Option<(u32, Option<char>)>,
    designator: Option<(String, u32)>,
    modifiers: Vec<Modifier>,
    reissued: bool,
    qualifier: Option<SymbolQualifier>,
}

impl Parts {
    /// The components [`symbol`] read, owned.
    fn of(raw: &RawSymbol<'_>) -> Self {
        let four_digit_year = |n: u32, len: usize| {
            (len == 4 && n >= 1945)
                .then(|| u16::try_from(n).ok())
                .flatten()
        };
        Self {
            series: common_component(raw.series),
            bodies: raw.bodies.iter().map(|&b| b.to_owned()).collect(),
            category: raw.category.map(common_component),
            session: raw.session.map(|s| match s {
                RawSession::Number(n, len) => {
                    four_digit_year(n, len).map_or(SymbolSession::Regular(n), SymbolSession::Year)
                }
                RawSession::Special(n) => SymbolSession::Special(n),
                RawSession::EmergencySpecial(n) => SymbolSession::EmergencySpecial(n),
            }),
            serial: raw.serial,
            designator: raw.designator.map(|(d, n)| (d.to_owned(), n)),
            modifiers: raw
                .modifiers
                .iter()
                .map(|&(m, number)| Modifier {
                    kind: match m {
                        "Rev" => ModifierKind::Revision,
                        "Add" => ModifierKind::Addendum,
                        "Corr" => ModifierKind::Corrigendum,
                        _ => ModifierKind::Amendment,
                    },
                    number,
                })
                .collect(),
            reissued: raw.reissued,
            qualifier: raw.qualifier.map(|(q, _)| match q {
                RawQualifier::Year(y) => SymbolQualifier::Year(y),
                RawQualifier::Session(s) => SymbolQualifier::Session(s.to_owned()),
                RawQualifier::Part(p) => SymbolQualifier::Part(p.to_owned()),
            }),
        }
    }
}

/// Whether `raw` read a qualifier with no space before it.
fn unspaced_qualifier(raw: &RawSymbol<'_>) -> bool {
    matches!(raw.qualifier, Some((_, false)))
}

/// The series and categories most symbols print, as `'static` strings.
const COMMON_COMPONENTS: [&str; 7] = ["A", "S", "E", "RES", "DEC", "PRST", "PV"];

/// A series or category: borrowed where it is a common one (no
/// allocation: most cited symbols are `A/RES/…`, `S/RES/…`), else owned.
fn common_component(component: &str) -> Cow<'static, str> {
    COMMON_COMPONENTS
        .iter()
        .find(|&&c| c == component)
        .map_or_else(|| Cow::Owned(component.to_owned()), |&c| Cow::Borrowed(c))
}

/// The session component of a [`DocumentSymbol`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SymbolSession {
    /// A regular session: the `80` of `A/RES/80/204`.
    Regular(u32),
    /// A special session: the `S-27` of `A/RES/S-27/2`.
    Special(u32),
    /// An emergency special session: the `ES-10` of `A/ES-10/L.30`.
    EmergencySpecial(u32),
    /// A year, where the series numbers by year: the `2023` of `E/RES/2023/12`,
    /// the `2024` of `S/PRST/2024/1`.
    Year(u16),
}

/// A modifier of an issued document: `Rev.1`, `Add.2`, `Corr.1`, `Amend.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Modifier {
    /// Which modifier.
    pub kind: ModifierKind,
    /// Its number: the `1` of `Rev.1`.
    pub number: u32,
}

/// What a [`Modifier`] issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ModifierKind {
    /// `Rev.1`: a revised text replacing the earlier one (`A/C.3/80/L.35/Rev.1`).
    Revision,
    /// `Add.2`: an addendum (`A/78/481/Add.2`).
    Addendum,
    /// `Corr.1`: a corrigendum.
    Corrigendum,
    /// `Amend.1`: an amendment.
    Amendment,
}

impl ModifierKind {
    /// The printed abbreviation: `Rev`.
    #[must_use]
    pub const fn abbreviation(self) -> &'static str {
        match self {
            Self::Revision => "Rev",
            Self::Addendum => "Add",
            Self::Corrigendum => "Corr",
            Self::Amendment => "Amend",
        }
    }
}

/// The parenthesis after a symbol.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SymbolQualifier {
    /// The year of a Security Council resolution: `S/RES/2720 (2023)`.
    Year(u16),
    /// The session, in Roman numerals, of an old General Assembly resolution:
    /// `A/RES/217 A (III)`; special sessions keep their prefix (`S-V`).
    Session(String),
    /// A part of a report: `A/CONF.157/24 (Part I)` → `I`.
    Part(String),
}

/// A string that is not a [`DocumentSymbol`]: what was expected, what was found.
///
/// ```
/// let err = un_resolution::DocumentSymbol::new("80/204").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid document symbol "80/204": expected a series of capital letters (A, S, E, ST …), found "80/204""#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid document symbol {input:?}: expected {expected}, found {}", found(&self.input, self.offset))]
#[non_exhaustive]
pub struct SymbolError {
    /// The string given.
    pub input: String,
    /// Byte offset in `input` where it stopped being a symbol.
    pub offset: usize,
    /// What the grammar expected there.
    pub expected: &'static str,
}

fn found(input: &str, offset: usize) -> String {
    match input.get(offset..) {
        None | Some("") => "the end of the input".to_owned(),
        Some(rest) => {
            let shown: String = rest.chars().take(20).collect();
            format!("{shown:?}")
        }
    }
}

const EXPECTED_SERIES: &str = "a series of capital letters (A, S, E, ST …)";
const EXPECTED_NUMBER: &str = "\"/\" and a number (204) or a designator (L.35)";
const EXPECTED_MODIFIER: &str = "a modifier (Rev.1, Add.2, Corr.1, Amend.1)";
const EXPECTED_END: &str = "the end of the symbol";

impl DocumentSymbol {
    /// Parses `text` as a document symbol.
    ///
    /// ```
    /// let s = un_resolution::DocumentSymbol::new("A/HRC/RES/52/4")?;
    /// assert_eq!(s.organ(), Some(un_resolution::Body::HumanRightsCouncil));
    /// # Ok::<(), un_resolution::SymbolError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A [`SymbolError`] saying what was expected where the text stops
    /// following the grammar.
    pub fn new(text: &str) -> Result<Self, SymbolError> {
        match symbol(text) {
            // The grammar read the whole text. Why first: the checks of
            // [`Self::error`] then all pass (the grammar opens with the
            // series and its numbering reads a `/`), and a symbol is read
            // once, not a series and then the symbol.
            Ok(("", raw)) => Ok(Self::from_raw(text, &raw)),
            parsed => Err(Self::error(text, &parsed)),
        }
    }

    /// Why `text`, which [`symbol`] parsed as `parsed` (not the whole
    /// of it, or not at all), is no symbol.
    fn error(text: &str, parsed: &PResult<'_, RawSymbol<'_>>) -> SymbolError {
        let err = |offset: usize, expected| SymbolError {
            input: text.to_owned(),
            offset,
            expected,
        };
        if symbol_series(text).is_err() || !text.contains('/') {
            return err(0, EXPECTED_SERIES);
        }
        match parsed {
            Err(e) => {
                let at = match e {
                    nom::Err::Error(e) | nom::Err::Failure(e) => text.len() - e.input.len(),
                    nom::Err::Incomplete(_) => text.len(),
                };
                // Point at the last `/` before the failure: the component that is wrong.
                let at = text[..at].rfind('/').unwrap_or(at);
                err(at, EXPECTED_NUMBER)
            }
            Ok((rest, _)) => {
                let at = text.len() - rest.len();
                let expected = if rest.starts_with('/') {
                    EXPECTED_MODIFIER
                } else {
                    EXPECTED_END
                };
                err(at, expected)
            }
        }
    }

    /// The symbol `text` prints, from the components [`symbol`] read in
    /// the whole of it.
    pub(crate) fn from_raw(text: &str, raw: &RawSymbol<'_>) -> Self {
        Self::with_parts(text.to_owned(), unspaced_qualifier(raw), Parts::of(raw))
    }

    /// The symbol of a `text` the caller built, as `read` reads it (`None`
    /// where it reads no symbol): [`DocumentSymbol::from_raw`] without
    /// copying the text. `read` borrows it only while the components are
    /// taken out, so the text itself then moves into the symbol.
    pub(crate) fn read_owned(
        text: String,
        read: impl for<'t> FnOnce(&'t str) -> Option<RawSymbol<'t>>,
    ) -> Option<Self> {
        let (parts, unspaced) = {
            let raw = read(&text)?;
            (Parts::of(&raw), unspaced_qualifier(&raw))
        };
        Some(Self::with_parts(text, unspaced, parts))
    }

    /// The symbol of printed `text` and its `parts`: one space put before
    /// the qualifier where the text prints it `unspaced`.
    fn with_parts(mut text: String, unspaced: bool, parts: Parts) -> Self {
        if unspaced {
            if let Some(open) = text.rfind('(') {
                text.insert(open, ' ');
            }
        }
        Self {
            text,
            parts: Box::new(parts),
        }
    }

    /// The printed form: `A/C.3/80/L.35`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The series, the first component: `A`, `S`, `E`, `ST`.
    #[must_use]
    pub fn series(&self) -> &str {
        &self.parts.series
    }

    /// The principal organ the symbol belongs to: `A` the General Assembly
    /// (`A/HRC/…` the Human Rights Council, its subsidiary), `S` the Security
    /// Council, `E` the Economic and Social Council; `None` for other series
    /// (`ST/SGB/2019/8`, the Secretariat).
    #[must_use]
    pub fn organ(&self) -> Option<Body> {
        match self.series() {
            "A" if self.parts.bodies.iter().any(|b| b == "HRC") => Some(Body::HumanRightsCouncil),
            "A" => Some(Body::GeneralAssembly),
            "S" => Some(Body::SecurityCouncil),
            "E" => Some(Body::EconomicAndSocialCouncil),
            _ => None,
        }
    }

    /// The subsidiary bodies, in order: `["C.3"]` for `A/C.3/80/L.35`,
    /// `["CN.4", "Sub.2"]` for `E/CN.4/Sub.2/2000/46`.
    #[must_use]
    pub fn bodies(&self) -> &[String] {
        &self.parts.bodies
    }

    /// The document category: `RES` (resolution), `DEC` (decision), `PRST`
    /// (presidential statement), `INF`, `SGB` (Secretary-General's bulletin) …
    #[must_use]
    pub fn category(&self) -> Option<&str> {
        self.parts.category.as_deref()
    }

    /// The session (or year): `80` of `A/RES/80/204`, `ES-10` of `A/ES-10/L.30`,
    /// `2023` of `E/RES/2023/12`.
    #[must_use]
    pub fn session(&self) -> Option<SymbolSession> {
        self.parts.session
    }

    /// The serial number: `204` of `A/RES/80/204`, `2720` of `S/RES/2720 (2023)`.
    #[must_use]
    pub fn serial(&self) -> Option<u32> {
        self.parts.serial.map(|(n, _)| n)
    }

    /// The part letter after the serial number: `A` of `A/RES/217 A (III)`.
    #[must_use]
    pub fn serial_part(&self) -> Option<char> {
        self.parts.serial.and_then(|(_, p)| p)
    }

    /// The designator and its number: `("L", 35)` of `A/C.3/80/L.35`, `("PV", 69)` of `A/80/PV.69`.
    #[must_use]
    pub fn designator(&self) -> Option<(&str, u32)> {
        self.parts
            .designator
            .as_ref()
            .map(|(d, n)| (d.as_str(), *n))
    }

    /// Revisions, addenda, corrigenda and amendments, in order.
    #[must_use]
    pub fn modifiers(&self) -> &[Modifier] {
        &self.parts.modifiers
    }

    /// Whether the symbol carries the reissue mark: `A/RES/80/204*`.
    #[must_use]
    pub const fn is_reissued(&self) -> bool {
        self.parts.reissued
    }

    /// The parenthesis after the symbol: `(2023)`, `(III)`, `(Part I)`.
    #[must_use]
    pub fn qualifier(&self) -> Option<&SymbolQualifier> {
        self.parts.qualifier.as_ref()
    }

    /// The year the symbol names, from the qualifier (`S/RES/2720 (2023)`) or
    /// the session component (`E/RES/2023/12`).
    #[must_use]
    pub fn year(&self) -> Option<u16> {
        match (self.qualifier(), self.session()) {
            (Some(SymbolQualifier::Year(y)), _) => Some(*y),
            (_, Some(SymbolSession::Year(y))) => Some(y),
            _ => None,
        }
    }

    /// Whether this is the symbol of an adopted resolution (`RES`) or decision (`DEC`).
    #[must_use]
    pub fn is_statement(&self) -> bool {
        matches!(self.category(), Some("RES" | "DEC"))
    }

    /// The number a resolution or decision is cited by in running text:
    /// `80/204` for `A/RES/80/204`, `2720 (2023)` for `S/RES/2720 (2023)`,
    /// `217 A (III)` for `A/RES/217 A (III)`, `ES-10/23` for `A/RES/ES-10/23`.
    /// `None` for other documents.
    ///
    /// ```
    /// let s = un_resolution::DocumentSymbol::new("A/HRC/RES/52/4")?;
    /// assert_eq!(s.cited_number().as_deref(), Some("52/4"));
    /// # Ok::<(), un_resolution::SymbolError>(())
    /// ```
    #[must_use]
    pub fn cited_number(&self) -> Option<String> {
        if !self.is_statement() || self.designator().is_some() {
            return None;
        }
        let (serial, part) = self.parts.serial?;
        let mut out = match self.session() {
            None => serial.to_string(),
            Some(SymbolSession::Regular(n)) => format!("{n}/{serial}"),
            Some(SymbolSession::Year(y)) => format!("{y}/{serial}"),
            Some(SymbolSession::Special(n)) => format!("S-{n}/{serial}"),
            Some(SymbolSession::EmergencySpecial(n)) => format!("ES-{n}/{serial}"),
        };
        if let Some(p) = part {
            out.push(' ');
            out.push(p);
        }
        match self.qualifier() {
            Some(SymbolQualifier::Year(y)) => out.push_str(&format!(" ({y})")),
            Some(SymbolQualifier::Session(s)) => out.push_str(&format!(" ({s})")),
            _ => {}
        }
        Some(out)
    }
}

impl fmt::Display for DocumentSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for DocumentSymbol {
    type Err = SymbolError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl AsRef<str> for DocumentSymbol {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<str> for DocumentSymbol {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for DocumentSymbol {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl From<DocumentSymbol> for String {
    fn from(symbol: DocumentSymbol) -> Self {
        symbol.text
    }
}

impl TryFrom<String> for DocumentSymbol {
    type Error = SymbolError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`common_component`] gives back the component it is given, borrowed
    /// for the common ones, so a symbol compares, hashes and prints as
    /// with an owned copy.
    #[test]
    fn common_component_is_the_component() {
        for c in COMMON_COMPONENTS
            .iter()
            .copied()
            .chain(["ST", "SGB", "INF", "AS", ""])
        {
            let got = common_component(c);
            assert_eq!(got, c);
            assert_eq!(format!("{got:?}"), format!("{:?}", c.to_owned()));
            assert_eq!(
                matches!(got, Cow::Borrowed(_)),
                COMMON_COMPONENTS.contains(&c)
            );
        }
    }

    /// [`DocumentSymbol::new`] as it was written: the series and the `/`
    /// checked, then the grammar run.
    fn new_spec(text: &str) -> Result<DocumentSymbol, SymbolError> {
        let err = |offset: usize, expected| SymbolError {
            input: text.to_owned(),
            offset,
            expected,
        };
        if symbol_series(text).is_err() || !text.contains('/') {
            return Err(err(0, EXPECTED_SERIES));
        }
        let (rest, raw) = symbol(text).map_err(|e| {
            let at = match e {
                nom::Err::Error(e) | nom::Err::Failure(e) => text.len() - e.input.len(),
                nom::Err::Incomplete(_) => text.len(),
            };
            // Point at the last `/` before the failure: the component that is wrong.
            let at = text[..at].rfind('/').unwrap_or(at);
            err(at, EXPECTED_NUMBER)
        })?;
        if !rest.is_empty() {
            let at = text.len() - rest.len();
            let expected = if rest.starts_with('/') {
                EXPECTED_MODIFIER
            } else {
                EXPECTED_END
            };
            return Err(err(at, expected));
        }
        // The components into a symbol as `new` builds them: what this
        // spec fixes is the order of the checks and their errors.
        Ok(DocumentSymbol::from_raw(text, &raw))
    }

    /// [`DocumentSymbol::new`] (the grammar first) is [`new_spec`] (the
    /// checks first): on every run of symbol characters of the test texts
    /// and every prefix of it, and on the malformed symbols of the tests.
    #[test]
    fn new_agrees_with_spec() {
        let mut inputs: Vec<String> = [
            "",
            "A",
            "A/",
            "A/RES",
            "A/RES/",
            "a/res/80/204",
            "80/204",
            "A/80/545/xyz",
            "A/RES/80/204.",
            "S/RES/2720(2023)",
            "Sub/1",
            "ABCDEFG/1",
            "A/RES/3411 A and B (XXX)",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        let symbolish = |c: char| c.is_ascii_alphanumeric() || " ./-*()_".contains(c);
        for text in crate::grammar::testdata_texts() {
            for (i, c) in text.char_indices() {
                if !c.is_ascii_uppercase() {
                    continue;
                }
                let run = &text[i..];
                let len = run
                    .find(|c: char| !symbolish(c))
                    .unwrap_or(run.len())
                    .min(40);
                if run[..len].contains('/') {
                    inputs.extend((1..=len).map(|n| run[..n].to_owned()));
                }
            }
        }
        let mut ok = 0;
        for input in &inputs {
            let spec = new_spec(input);
            ok += usize::from(spec.is_ok());
            assert_eq!(DocumentSymbol::new(input), spec, "{input:?}");
        }
        assert!(ok > 100, "too few symbols: {ok}");
    }

    fn sym(s: &str) -> DocumentSymbol {
        DocumentSymbol::new(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn ok_issue_examples() {
        let cases: [(&str, Option<Body>, Option<SymbolSession>); 11] = [
            (
                "A/RES/80/204",
                Some(Body::GeneralAssembly),
                Some(SymbolSession::Regular(80)),
            ),
            (
                "A/C.3/80/L.35/Rev.1",
                Some(Body::GeneralAssembly),
                Some(SymbolSession::Regular(80)),
            ),
            (
                "A/80/545",
                Some(Body::GeneralAssembly),
                Some(SymbolSession::Regular(80)),
            ),
            (
                "A/ES-10/L.30",
                Some(Body::GeneralAssembly),
                Some(SymbolSession::EmergencySpecial(10)),
            ),
            (
                "A/HRC/RES/52/4",
                Some(Body::HumanRightsCouncil),
                Some(SymbolSession::Regular(52)),
            ),
            (
                "E/RES/2023/12",
                Some(Body::EconomicAndSocialCouncil),
                Some(SymbolSession::Year(2023)),
            ),
            (
                "E/CN.4/2005/L.10/Add.17",
                Some(Body::EconomicAndSocialCouncil),
                Some(SymbolSession::Year(2005)),
            ),
            ("S/RES/2720 (2023)", Some(Body::SecurityCouncil), None),
            (
                "S/PRST/2024/1",
                Some(Body::SecurityCouncil),
                Some(SymbolSession::Year(2024)),
            ),
            ("ST/SGB/2019/8", None, Some(SymbolSession::Year(2019))),
            ("A/CONF.231/3", Some(Body::GeneralAssembly), None),
        ];
        for (s, organ, session) in cases {
            let d = sym(s);
            assert_eq!(d.as_str(), s);
            assert_eq!((d.organ(), d.session()), (organ, session), "{s}");
        }
    }

    #[test]
    fn ok_components() {
        let d = sym("E/CN.4/2005/L.10/Add.17");
        assert_eq!(d.bodies(), ["CN.4"]);
        assert_eq!(d.designator(), Some(("L", 10)));
        assert_eq!(
            d.modifiers(),
            [Modifier {
                kind: ModifierKind::Addendum,
                number: 17
            }]
        );
        let d = sym("A/RES/217 A (III)");
        assert_eq!((d.serial(), d.serial_part()), (Some(217), Some('A')));
        assert_eq!(d.qualifier(), Some(&SymbolQualifier::Session("III".into())));
        assert_eq!(sym("ST/SGB/2019/8").category(), Some("SGB"));
        assert!(sym("A/RES/80/204*").is_reissued());
        assert_eq!(sym("S/PRST/2024/1").year(), Some(2024));
    }

    #[test]
    fn ok_canonical_space_before_qualifier() {
        assert_eq!(sym("S/RES/2720(2023)").as_str(), "S/RES/2720 (2023)");
    }

    #[test]
    fn ok_cited_number() {
        for (s, n) in [
            ("A/RES/80/204", Some("80/204")),
            ("S/RES/2720 (2023)", Some("2720 (2023)")),
            ("A/RES/217 A (III)", Some("217 A (III)")),
            ("A/RES/ES-10/23", Some("ES-10/23")),
            ("E/RES/2000/22", Some("2000/22")),
            ("A/DEC/80/506", Some("80/506")),
            ("A/80/545", None),
        ] {
            assert_eq!(sym(s).cited_number().as_deref(), n, "{s}");
        }
    }

    #[test]
    fn ok_serde_round_trip() {
        let d = sym("A/C.3/80/L.35/Rev.1");
        let json = serde_json::to_string(&d).unwrap_or_default();
        assert_eq!(json, r#""A/C.3/80/L.35/Rev.1""#);
        let back: Result<DocumentSymbol, _> = serde_json::from_str(&json);
        assert_eq!(back.ok(), Some(d));
    }

    #[test]
    fn err_serde_rejects_malformed() {
        let err = serde_json::from_str::<DocumentSymbol>(r#""A/RES/""#)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                r#"invalid document symbol "A/RES/": expected "/" and a number (204) or a designator (L.35), found "/""#
            )
        );
    }

    #[test]
    fn err_messages() {
        let msg = |s: &str| DocumentSymbol::new(s).err().map(|e| e.to_string());
        assert_eq!(
            msg("General Assembly").as_deref(),
            Some(
                r#"invalid document symbol "General Assembly": expected a series of capital letters (A, S, E, ST …), found "General Assembly""#
            )
        );
        assert_eq!(
            msg("A/80/545/xyz").as_deref(),
            Some(
                r#"invalid document symbol "A/80/545/xyz": expected a modifier (Rev.1, Add.2, Corr.1, Amend.1), found "/xyz""#
            )
        );
        assert_eq!(
            msg("A/RES").as_deref(),
            Some(
                r#"invalid document symbol "A/RES": expected "/" and a number (204) or a designator (L.35), found "/RES""#
            )
        );
        assert_eq!(
            msg("").as_deref(),
            Some(
                r#"invalid document symbol "": expected a series of capital letters (A, S, E, ST …), found the end of the input"#
            )
        );
    }
}
