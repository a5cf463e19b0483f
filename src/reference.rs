//! Typed references: the citations in a node's text.

use serde::{Deserialize, Serialize};

use crate::ast::{Body, Date};
use crate::span::Span;
use crate::symbol::DocumentSymbol;

/// A citation found in a node's text: a resolution, a decision, a document,
/// an article or chapter of the Charter, a treaty, a session.
///
/// Found on the clean text of every paragraph, subparagraph, annex paragraph
/// and footnote (a markdown link `[70/1](#)` is cited by its link text).
/// An enumeration is split: `its resolutions 66/151 of 19 December 2011 and
/// 68/160 of 18 December 2013` gives two references, `resolutions 66/151 of
/// 19 December 2011` and `68/160 of 18 December 2013`, each with its date.
///
/// In JSON the tag `kind` sits beside the target's fields (seed 003,
/// second preambular paragraph):
///
/// ```json
/// {
///   "kind": "resolution",
///   "body": "general_assembly",
///   "number": "70/1",
///   "symbol": "A/RES/70/1",
///   "date": "2015-09-25",
///   "title": "Transforming our world: the 2030 Agenda for Sustainable Development",
///   "text": "resolution 70/1 of 25 September 2015",
///   "start": 14,
///   "end": 50,
///   "span": { "start": 955, "end": 991 },
///   "iri": "/akn/un/statement/deliberation/un-ga/2015-09-25/70-1"
/// }
/// ```
///
/// ```
/// use un_resolution::{Body, Target};
/// let r = un_resolution::parse_resolution(
///     "The General Assembly,\nRecalling its resolutions 66/151 of 19 December 2011 and 68/160 of 18 December 2013,\n1. Decides to include the item in the agenda of its eighty-first session.\n",
/// )?;
/// let refs = &r.preamble[0].references;
/// assert_eq!(refs.len(), 2);
/// assert_eq!(refs[1].text, "68/160 of 18 December 2013");
/// assert_eq!(&r.preamble[0].text[refs[1].start..refs[1].end], refs[1].text);
/// assert_eq!(refs[1].date().map(|d| d.to_string()).as_deref(), Some("2013-12-18"));
/// assert_eq!(refs[1].iri.as_deref(), Some("/akn/un/statement/deliberation/un-ga/2013-12-18/68-160"));
/// let session = &r.operative[0].references[0];
/// assert!(matches!(session.target, Target::Session { number: 81, body: Some(Body::GeneralAssembly), .. }));
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
///
/// # Identifiers (AKN4UN)
///
/// `iri` is the Akoma Ntoso work IRI of the target in the UN naming
/// convention (AKN4UN, "naming convention" chapter), built from the typed
/// fields: `/akn/un/{docType}/{subType}/{actor}/{date}/{number}`. AKN4UN
/// contradicts itself on several points; this crate follows the naming
/// chapter throughout (variant A of DOMAIN.md §9), because that chapter is
/// the normative text and the other forms appear only in examples:
///
/// | component | choice | example |
/// |---|---|---|
/// | docType, subType | `statement`, `deliberation` (resolutions and decisions alike) | |
/// | actor | `un-ga`, `un-sc`, `un-ecosoc`, `un-hrc` | |
/// | date | the adoption date, where the text prints it or prints it for the same target elsewhere; else the year where the number carries one (`2720 (2023)`, `2000/22`) | `2025-12-18`, `2023` |
/// | number | the number as cited, `/` → `-`, space → `_`; the parenthesised year or session is left out (the year is in the date) | `80-204`, `36-146_C`, `2720`, `217_A` |
///
/// So `resolution 80/204` adopted on 18 December 2025 is
/// `/akn/un/statement/deliberation/un-ga/2025-12-18/80-204` and `Security
/// Council resolution 2720 (2023)` (no date printed) is
/// `/akn/un/statement/deliberation/un-sc/2023/2720`. The resolution itself
/// carries its IRI in [`Resolution::iri`](crate::Resolution::iri).
///
/// `iri` is absent where the convention cannot name the target: an organ
/// other than the four above (`World Health Assembly resolution 69.2`), no
/// date known, or a kind AKN4UN gives no naming rule for (documents cited
/// by symbol, the Charter, treaties, sessions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reference {
    /// What is cited, tagged by `kind`.
    #[serde(flatten)]
    pub target: Target,
    /// The reference as it stands in the clean text: `resolution 70/1 of 25
    /// September 2015`, `68/160 of 18 December 2013` (a later item of an
    /// enumeration), `(A/80/53)` without its brackets.
    pub text: String,
    /// Byte offset in the owning node's `text` where the reference starts.
    pub start: usize,
    /// Byte offset in the owning node's `text` where the reference ends.
    pub end: usize,
    /// The reference in the input (across the break, where a page break or
    /// footnotes cut it).
    pub span: Span,
    /// The Akoma Ntoso work IRI of the target (see [Identifiers](#identifiers-akn4un)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iri: Option<String>,
}

impl Reference {
    /// The document symbol of the target: `A/RES/70/1`, `A/80/53`.
    #[must_use]
    pub const fn symbol(&self) -> Option<&DocumentSymbol> {
        match &self.target {
            Target::Resolution(c) | Target::Decision(c) => c.symbol.as_ref(),
            Target::Document { symbol } => Some(symbol),
            _ => None,
        }
    }

    /// The date printed with the reference: `of 25 September 2015`.
    #[must_use]
    pub const fn date(&self) -> Option<Date> {
        match &self.target {
            Target::Resolution(c) | Target::Decision(c) => c.date,
            Target::Treaty { date, .. } => *date,
            _ => None,
        }
    }

    /// The organ of the target: who adopted the resolution or decision, whose
    /// session it is, whose document (by its symbol's series).
    #[must_use]
    pub fn body(&self) -> Option<Body> {
        match &self.target {
            Target::Resolution(c) | Target::Decision(c) => c.body,
            Target::Document { symbol } => symbol.organ(),
            Target::Session { body, .. } => *body,
            _ => None,
        }
    }
}

/// What a [`Reference`] cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Target {
    /// A resolution: `its resolution 70/1 of 25 September 2015`, `Security
    /// Council resolution 2720 (2023)`, `resolution 217 A (III)`, `Human Rights
    /// Council resolution 59/3`, `World Health Assembly resolution 69.2`.
    Resolution(Citation),
    /// A decision: `decision 80/506 of 12 September 2025`.
    Decision(Citation),
    /// A document cited by its symbol: `the report of the Secretary-General
    /// (A/80/53)`. A symbol of a resolution or decision (`A/RES/70/1`) is a
    /// [`Resolution`](Self::Resolution) or [`Decision`](Self::Decision).
    Document {
        /// `A/80/53`.
        symbol: DocumentSymbol,
    },
    /// An article of the Charter of the United Nations: `Article 25 of the
    /// Charter`, `the Charter of the United Nations, in particular Article 1,
    /// paragraph 3`.
    CharterArticle {
        /// `1`.
        article: u32,
        /// `3` (of `paragraph 3`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paragraph: Option<u32>,
    },
    /// A chapter of the Charter: `Acting under Chapter VII of the Charter`.
    CharterChapter {
        /// The Roman numeral: `VII`.
        chapter: String,
    },
    /// A treaty or other international instrument named in the text: `the
    /// Convention on the Rights of the Child`, `the International Covenant on
    /// Economic, Social and Cultural Rights`, `the Charter of the United Nations`.
    Treaty {
        /// The name as printed: `Convention on the Rights of the Child`.
        title: String,
        /// A date printed after the name: `of 10 December 1982`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<Date>,
    },
    /// A session of an organ: `at its eighty-first session`, `the tenth
    /// emergency special session`.
    Session {
        /// Whose session: `its` is the adopting organ.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body: Option<Body>,
        /// The ordinal as a number: 81.
        number: u32,
        /// Regular, special or emergency special.
        session_type: SessionType,
    },
}

/// A cited resolution or decision.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Citation {
    /// The organ that adopted it: `its` is the adopting organ of the citing
    /// text, `Security Council resolution` the Council, `resolution 808
    /// (1993)` (number with a year) the Security Council. Absent for organs
    /// outside [`Body`] (`World Health Assembly resolution 69.2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// The number as printed: `70/1`, `2720 (2023)`, `217 A (III)`,
    /// `36/146 C`, `69.2`. Absent where the text prints a placeholder
    /// (`resolution 80/____ of __`, an untyped reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The document symbol built from organ and number: `A/RES/70/1`,
    /// `S/RES/2720 (2023)`, `A/HRC/RES/59/3`, `A/DEC/80/506`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<DocumentSymbol>,
    /// `of 25 September 2015`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The title given after `entitled`: `Transforming our world: the 2030
    /// Agenda for Sustainable Development`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// The kind of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SessionType {
    /// `the eightieth session`.
    Regular,
    /// `the twenty-seventh special session`.
    Special,
    /// `the tenth emergency special session`.
    EmergencySpecial,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One reference of every kind. The match below has no `_` arm: a new
    /// kind does not compile until it is added here, with its JSON.
    fn one_of_each() -> Vec<Reference> {
        let symbol = |s: &str| DocumentSymbol::new(s).ok();
        let targets = vec![
            Target::Resolution(Citation {
                body: Some(Body::GeneralAssembly),
                number: Some("70/1".into()),
                symbol: symbol("A/RES/70/1"),
                date: Date::new(2015, 9, 25),
                title: None,
            }),
            Target::Decision(Citation {
                body: Some(Body::GeneralAssembly),
                number: Some("80/506".into()),
                symbol: symbol("A/DEC/80/506"),
                ..Citation::default()
            }),
            Target::Document {
                symbol: DocumentSymbol::new("A/80/53").unwrap_or_else(|e| panic!("{e}")),
            },
            Target::CharterArticle {
                article: 1,
                paragraph: Some(3),
            },
            Target::CharterChapter {
                chapter: "VII".into(),
            },
            Target::Treaty {
                title: "Convention on the Rights of the Child".into(),
                date: None,
            },
            Target::Session {
                body: Some(Body::GeneralAssembly),
                number: 81,
                session_type: SessionType::Regular,
            },
        ];
        targets
            .into_iter()
            .map(|target| Reference {
                target,
                text: String::new(),
                start: 0,
                end: 0,
                span: Span::default(),
                iri: None,
            })
            .collect()
    }

    #[test]
    fn ok_every_kind_round_trips() {
        for r in one_of_each() {
            let kind = match &r.target {
                Target::Resolution(_) => "resolution",
                Target::Decision(_) => "decision",
                Target::Document { .. } => "document",
                Target::CharterArticle { .. } => "charter_article",
                Target::CharterChapter { .. } => "charter_chapter",
                Target::Treaty { .. } => "treaty",
                Target::Session { .. } => "session",
            };
            let json = serde_json::to_value(&r).unwrap_or_default();
            assert_eq!(json["kind"], kind);
            let back: Result<Reference, _> = serde_json::from_value(json);
            assert_eq!(back.ok(), Some(r));
        }
    }

    #[test]
    fn err_malformed_symbol_in_json() {
        let json = r#"{"kind":"document","symbol":"A/RES","text":"","start":0,"end":0,"span":{"start":0,"end":0}}"#;
        let err = serde_json::from_str::<Reference>(json)
            .err()
            .map(|e| e.to_string());
        assert!(
            err.as_deref()
                .is_some_and(|e| e.starts_with("invalid document symbol \"A/RES\": expected")),
            "{err:?}"
        );
    }

    #[test]
    fn ok_accessors() {
        let refs = one_of_each();
        assert_eq!(
            refs[0].symbol().map(DocumentSymbol::as_str),
            Some("A/RES/70/1")
        );
        assert_eq!(refs[2].body(), Some(Body::GeneralAssembly));
        assert_eq!(refs[0].date(), Date::new(2015, 9, 25));
        assert_eq!(refs[3].symbol(), None);
    }
}
