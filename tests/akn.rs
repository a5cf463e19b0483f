//! The AKN4UN readings `un_resolution::akn` takes where the guidelines
//! contradict themselves (its module docs list them), one test each, on
//! real fixtures.

mod common;

use std::path::Path;

use un_resolution::{akn, parse_resolution, AnnexBlock, Resolution};

fn fixture(path: &str) -> Resolution {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata")
        .join(path);
    parse_resolution(&common::read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn seed(prefix: &str) -> Resolution {
    parse_resolution(&common::seed(prefix)).unwrap_or_else(|e| panic!("seed {prefix}: {e}"))
}

#[track_caller]
fn assert_has(xml: &str, part: &str) {
    assert!(xml.contains(part), "missing {part:?}");
}

#[test]
fn adopted_is_statement_resolution_in_a_publication() {
    let xml = akn::to_xml(&seed("003"));
    assert_has(
        &xml,
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">",
    );
    assert_has(&xml, "<documentCollection name=\"publicationResolution\"");
    assert_has(
        &xml,
        "<statement name=\"resolution\" contains=\"originalVersion\">",
    );
    // The publication is A/RES/80/204, issued on 22 December 2025.
    assert_has(
        &xml,
        "<FRBRuri value=\"/akn/un/documentCollection/publicationResolution/un-ga/2025-12-22/A-RES-80-204\"/>",
    );
}

#[test]
fn draft_name_is_resolution_draft() {
    let xml = akn::to_xml(&seed("000"));
    assert_has(
        &xml,
        "<statement name=\"resolutionDraft\" contains=\"originalVersion\">",
    );
    assert_has(&xml, "<FRBRname value=\"resolutionDraft\"/>");
}

#[test]
fn work_iri_subtype_actor_date_number() {
    // Adopted: subtype `deliberation`, actor `un-ga`, adoption date, `80-204`.
    let r = seed("003");
    assert_eq!(
        akn::work_iri(&r),
        "/akn/un/statement/deliberation/un-ga/2025-12-18/80-204"
    );
    let xml = akn::to_xml(&r);
    assert_has(&xml, "<FRBRsubtype value=\"deliberation\"/>");
    assert_has(&xml, "<FRBRdate date=\"2025-12-18\" name=\"adoption\"/>");
    assert_has(&xml, "<FRBRnumber value=\"80-204\" showAs=\"80/204\"/>");
    // A draft: its issue date and its symbol, `/` → `-`, dots kept.
    assert_eq!(
        akn::work_iri(&fixture("corpus/real/A_C.3_80_L.35.pdftext.txt")),
        "/akn/un/statement/deliberation/un-ga/2025-11-04/A-C.3-80-L.35"
    );
    // Security Council: `un-sc`, the year of `1445 (2002)` is in the date.
    let sc = fixture("corpus/pdf/S_RES_1445_2002.default.txt");
    assert_eq!(
        akn::work_iri(&sc),
        "/akn/un/statement/deliberation/un-sc/2002-12-04/1445"
    );
    assert_has(
        &akn::to_xml(&sc),
        "<FRBRnumber value=\"1445\" showAs=\"1445 (2002)\"/>",
    );
}

#[test]
fn no_number_is_nn_and_no_date_is_unknown() {
    // Seed 000 prints no symbol; seed 002 prints no masthead at all.
    assert_eq!(
        akn::work_iri(&seed("000")),
        "/akn/un/statement/deliberation/un-ga/2025-11-04/nn"
    );
    let r = seed("002");
    assert_eq!(
        akn::work_iri(&r),
        format!("/akn/un/statement/deliberation/un/{}/nn", akn::UNKNOWN_DATE)
    );
    assert_has(
        &akn::to_xml(&r),
        "<FRBRdate date=\"0001-01-01\" name=\"unknown\"/>",
    );
}

#[test]
fn expression_and_manifestation_forms() {
    let xml = akn::to_xml(&seed("003"));
    let work = "/akn/un/statement/deliberation/un-ga/2025-12-18/80-204";
    assert_has(&xml, &format!("<FRBRthis value=\"{work}/!main\"/>"));
    assert_has(&xml, &format!("<FRBRthis value=\"{work}/eng@!main\"/>"));
    assert_has(&xml, &format!("<FRBRuri value=\"{work}/eng@\"/>"));
    assert_has(&xml, &format!("<FRBRthis value=\"{work}/eng@!main.xml\"/>"));
    assert_has(&xml, &format!("<FRBRuri value=\"{work}/eng@.xml\"/>"));
    assert_has(&xml, "<FRBRlanguage language=\"eng\"/>");
}

#[test]
fn front_matter_where_the_profile_puts_it() {
    let xml = akn::to_xml(&seed("003"));
    // The resolution: number and title in its preface.
    assert_has(
        &xml,
        "<p><docNumber>80/204</docNumber>. <docTitle>Enhancement of international cooperation in the field of human rights</docTitle></p>",
    );
    // The publication: masthead and adoption line in the cover page.
    assert_has(&xml, "<p><docAuthority>General Assembly</docAuthority></p>");
    assert_has(
        &xml,
        "<p><session value=\"80\">Eightieth session</session></p>",
    );
    assert_has(
        &xml,
        "<p>Resolution adopted by the <docAuthority>General Assembly</docAuthority> on <docDate date=\"2025-12-18\">18 December 2025</docDate></p>",
    );
    // A draft's symbol is a ref in the cover page, not a docNumber.
    let draft = akn::to_xml(&fixture("corpus/real/A_C.3_80_L.35.pdftext.txt"));
    assert_has(
        &draft,
        "<p><ref href=\"/akn/un/statement/deliberation/un-ga/2025-11-04/A-C.3-80-L.35\">A/C.3/80/L.35</ref></p>",
    );
    assert!(!draft.contains("<docNumber>"));
}

#[test]
fn sponsors_are_proponents_with_the_star_note() {
    let xml = akn::to_xml(&seed("001"));
    // `Cuba* and Russian Federation`: the note belongs to Cuba.
    assert_has(
        &xml,
        "<p><docProponent refersTo=\"#cuba\" as=\"#sponsor\">Cuba</docProponent><sup class=\"footnote\"><authorialNote eId=\"ftn_star\" marker=\"*\" placement=\"bottom\"><p>On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.</p></authorialNote></sup> and <docProponent refersTo=\"#russian-federation\" as=\"#sponsor\">Russian Federation</docProponent>: draft resolution</p>",
    );
    assert_has(
        &xml,
        "<TLCOrganization eId=\"russian-federation\" href=\"/akn/ontology/organization/russian-federation\" showAs=\"Russian Federation\"/>",
    );
}

#[test]
fn preamble_is_formula_and_containers_named_by_lead() {
    let xml = akn::to_xml(&seed("000"));
    assert_has(
        &xml,
        "<formula name=\"enactingFormula\">\n              <p>The General Assembly,</p>",
    );
    assert_has(
        &xml,
        "<container eId=\"preamble__container_3\" name=\"recallingAlso\">\n              <p><i>Recalling also</i> its adoption of the United Nations Millennium Declaration on 8 September 2000,<sup class=\"footnote\"><authorialNote eId=\"ftn_2\" marker=\"2\" placement=\"bottom\"><p>Resolution 55/2.</p></authorialNote></sup> its <ref href=\"/akn/un/statement/deliberation/un-ga/2024-12-17/79-166\">resolution 79/166",
    );
}

#[test]
fn operative_paragraphs_and_subparagraph_eids() {
    let xml = akn::to_xml(&seed("000"));
    assert_has(
        &xml,
        "<paragraph eId=\"para_17\">\n              <num>17.</num>\n              <content>\n                <p><i>Decides</i> to continue its consideration of the question at its eighty-first session.</p>",
    );
    let xml = akn::to_xml(&fixture("corpus/real/A_80_L.26.pdftext.txt"));
    assert_has(&xml, "<list eId=\"para_3__list_1\">");
    assert_has(&xml, "<point eId=\"para_3__list_1__point_a\">");
    // Nested `(i)` under `(d)` of an annex paragraph.
    let xml = akn::to_xml(&fixture("corpus/real/A_C.2_80_L.42.pdftext.txt"));
    assert_has(
        &xml,
        "eId=\"att_1__para_17__list_1__point_d__list_1__point_i\"",
    );
}

#[test]
fn closing_is_a_conclusion_container_with_doc_date() {
    let xml = akn::to_xml(&seed("003"));
    assert_has(
        &xml,
        "<conclusions>\n            <container name=\"conclusion\">\n              <p>69th plenary meeting <docDate date=\"2025-12-18\">18 December 2025</docDate></p>",
    );
}

#[test]
fn annexes_are_attachments_named_annex_n() {
    let r = fixture("corpus/real/A_RES_80_3.pdftext.txt");
    let xml = akn::to_xml(&r);
    assert_has(&xml, "<attachments>");
    assert_has(
        &xml,
        "<attachment eId=\"att_1\">\n              <doc name=\"annex\">",
    );
    let work = akn::work_iri(&r);
    assert_has(&xml, &format!("<FRBRthis value=\"{work}/!annex_1\"/>"));
    assert_has(&xml, &format!("<FRBRthis value=\"{work}/eng@!annex_1\"/>"));
    assert_has(
        &xml,
        "<p><docTitle>Awaza Political Declaration</docTitle></p>",
    );
    assert_has(
        &xml,
        "<heading>Partnerships and support mechanisms</heading>",
    );
}

#[test]
fn every_eid_is_unique_in_the_file() {
    for r in [
        seed("000"),
        seed("003"),
        fixture("corpus/real/A_RES_80_162.pdftext.txt"),
    ] {
        let xml = akn::to_xml(&r);
        let mut ids: Vec<&str> = xml
            .split(" eId=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}

#[track_caller]
fn assert_valid(name: &str, xml: &str) {
    if let Some(errors) = common::schema_errors(name, xml) {
        assert!(errors.is_empty(), "{name}: {errors}");
    }
}

#[test]
fn references_with_an_iri_are_refs() {
    let r = seed("003");
    // The second preambular paragraph cites `resolution 70/1 of 25 September 2015`.
    let cited = &r.preamble[1].references[0];
    assert_eq!(
        &r.preamble[1].text[cited.start..cited.end],
        "resolution 70/1 of 25 September 2015"
    );
    let xml = akn::to_xml(&r);
    assert_has(
        &xml,
        "<ref href=\"/akn/un/statement/deliberation/un-ga/2015-09-25/70-1\">resolution 70/1 of 25 September 2015</ref>",
    );
    // One `ref` per reference with an IRI, plus the symbol in the cover
    // page; a reference without one (`(A/80/53)` in a footnote) is plain text.
    let with_iri = r.references().iter().filter(|x| x.iri.is_some()).count();
    let refs = xml.matches("<ref ").count();
    let symbol = usize::from(r.masthead.symbol.is_some());
    assert_eq!(refs, with_iri + symbol);
    assert!(!xml.contains("href=\"#\""));
    assert!(!xml.contains("href=\"\""));
    assert_valid("003", &xml);
}

#[test]
fn references_in_subparagraphs_annexes_and_footnotes_are_refs() {
    for path in [
        "corpus/real/A_RES_80_3.pdftext.txt",
        "corpus/real/A_C.2_80_L.42.pdftext.txt",
        "corpus/real/A_80_L.26.pdftext.txt",
    ] {
        let r = fixture(path);
        let xml = akn::to_xml(&r);
        for x in r.references() {
            if let Some(iri) = &x.iri {
                assert_has(&xml, &format!("<ref href=\"{iri}\">"));
            }
        }
        assert_valid(path.rsplit('/').next().unwrap_or(path), &xml);
    }
}

#[test]
fn quoted_structure_is_an_embedded_structure_in_the_paragraph() {
    let r = fixture("corpus/real/A_RES_73_3.pdftext.txt");
    let Some(q) = r.operative[0].quoted_structure.as_ref() else {
        panic!("A/RES/73/3 adopts a declaration");
    };
    let xml = akn::to_xml(&r);
    // Inline at the end of the adopting paragraph's `p`, after its colon.
    assert_has(
        &xml,
        "on 26 September 2018:<embeddedStructure eId=\"para_1__embeddedStructure_1\" startQuote=\"\">",
    );
    assert_has(&xml, "</embeddedStructure></p>");
    // The 53 numbered paragraphs of the declaration, eIds under the holder's.
    for n in 1..=53 {
        assert_has(
            &xml,
            &format!("<paragraph eId=\"para_1__embeddedStructure_1__para_{n}\">"),
        );
    }
    let numbered = q
        .blocks
        .iter()
        .filter(|b| matches!(b, AnnexBlock::Paragraph(p) if p.number.is_some()))
        .count();
    assert_eq!(numbered, 53);
    assert_eq!(xml.matches("<num>").count(), numbered);
    // Every paragraph's text, whole, references and all.
    let texts: Vec<String> = q
        .blocks
        .iter()
        .filter_map(|b| match b {
            AnnexBlock::Paragraph(p) => Some(p.text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(annexed_texts(&xml), texts);
    let mut iris = 0;
    for b in &q.blocks {
        if let AnnexBlock::Paragraph(p) = b {
            for iri in p.references.iter().filter_map(|x| x.iri.as_deref()) {
                assert_has(&xml, &format!("<ref href=\"{iri}\">"));
                iris += 1;
            }
        }
    }
    assert!(iris > 0);
    assert_valid("A_RES_73_3", &xml);
}

#[test]
fn annex_paragraph_text_is_complete() {
    let mut leads = 0;
    for path in [
        "corpus/real/A_RES_80_3.pdftext.txt",
        "corpus/real/A_C.2_80_L.42.pdftext.txt",
        "corpus/real/A_RES_73_3.pdftext.txt",
    ] {
        let r = fixture(path);
        let mut expected = Vec::new();
        let mut collect = |blocks: &[AnnexBlock]| {
            for b in blocks {
                if let AnnexBlock::Paragraph(p) = b {
                    if let Some(lead) = &p.lead {
                        // The lead is part of the text, not dropped from it.
                        assert!(p.text.to_lowercase().contains(&lead.to_lowercase()));
                        leads += 1;
                    }
                    expected.push(p.text.clone());
                    common::flatten_texts(&p.subparagraphs, &mut expected);
                }
            }
        };
        for a in &r.annexes {
            collect(&a.blocks);
        }
        for p in &r.operative {
            if let Some(q) = &p.quoted_structure {
                collect(&q.blocks);
            }
        }
        assert_eq!(
            annexed_texts(&akn::to_xml(&r)),
            expected,
            "{path}: annex paragraph text"
        );
    }
    assert!(leads > 0, "no annex paragraph with a lead");
}

/// The text of every `p` of a paragraph or point inside an attachment or
/// an embedded structure, in order, without what `sup` holds.
fn annexed_texts(xml: &str) -> Vec<String> {
    common::p_texts(xml, &["sup"], None, |stack| {
        let inside = stack
            .iter()
            .any(|n| n == "attachment" || n == "embeddedStructure");
        let parent = stack.last().map(String::as_str);
        inside && matches!(parent, Some("content" | "intro")) && !stack.iter().any(|n| n == "sup")
    })
}
