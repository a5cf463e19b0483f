//! One document, one AST: every rendering of a document listed in
//! `testdata/corpus/expected.json` (pdftotext in both modes, `PyMuPDF` and
//! `pypdf` text, markdown, plain, our typeset variants), and seeds 000 and
//! 003 with the renderings of A/C.3/80/L.35 and A/RES/80/204, has the same
//! preamble and operative part:
//! numbers, leads, texts, footnote references, subparagraphs.
//!
//! Where two renderings really differ, [`KNOWN`] names the rendering, the
//! paragraph and why; a listed difference that no longer occurs fails too.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;
use un_resolution::{parse_resolution, Resolution};

/// `(rendering, paragraph, why)`: paragraph `P2` is the second preambular
/// paragraph, `O2` the second operative one; `count`, a rendering with
/// more or fewer paragraphs (the rest of it is then not compared).
const KNOWN: &[(&str, &str, &str)] = &[
    (
        "pdf/A_RES_80_7.default.txt",
        "P1",
        "our typesetting glued note 1 into a body line, so the marker after `2024,` has no note to answer and stays text",
    ),
    (
        "pdf/A_RES_80_7.default.txt",
        "O2",
        "our typesetting printed note 1 inside the paragraph (`regular ses1 See A/80/348. sion`)",
    ),
    (
        "pdf/S_RES_794_1992.default.txt",
        "P11",
        "the gold text (our reference) prints a straight apostrophe (`Secretary-General's`), our typeset variant a curly one; quotes stay as printed",
    ),
    ("pdf/S_RES_794_1992.default.txt", "O8", "apostrophe, as P11"),
    ("pdf/S_RES_794_1992.layout.txt", "P11", "apostrophe, as in the default rendering"),
    ("pdf/S_RES_794_1992.layout.txt", "O8", "apostrophe, as P11"),
    (
        "pdf/S_RES_1445_2002.default.txt",
        "P7",
        "the gold text prints straight apostrophes (`Secretary-General's`), our typeset variant curly ones",
    ),
    ("pdf/S_RES_1445_2002.default.txt", "O4", "apostrophe (`MONUC's`)"),
    ("pdf/S_RES_1445_2002.default.txt", "O10", "apostrophe (`MONUC's`)"),
    ("pdf/S_RES_1445_2002.default.txt", "O16", "apostrophe (`Uganda's`)"),
    ("pdf/S_RES_1445_2002.layout.txt", "P7", "apostrophe, as in the default rendering"),
    ("pdf/S_RES_1445_2002.layout.txt", "O4", "apostrophe (`MONUC's`)"),
    ("pdf/S_RES_1445_2002.layout.txt", "O10", "apostrophe (`MONUC's`)"),
    ("pdf/S_RES_1445_2002.layout.txt", "O16", "apostrophe (`Uganda's`)"),
    (
        "real/A_C.3_80_L.20.pdftext.txt",
        "O20",
        "poppler's default mode drops the line-end hyphen of `child-` / `empowering` and prints `childempowering`, which neither the word list nor the document attests; `-layout` keeps the hyphen, and two words whose join is no word make a compound",
    ),
    ("real/A_C.3_80_L.20.pdftext.txt", "O49", "dropped line-end hyphen, as O20 (`systemwide`)"),
    ("real/A_C.6_80_L.10.pdftext.txt", "O19", "dropped line-end hyphen, as A/C.3/80/L.20 O20 (`resourceintensive`)"),
    ("real/A_C.6_80_L.10.pdftext.txt", "O24", "dropped line-end hyphen, as A/C.3/80/L.20 O20 (`userfriendly`)"),
    ("real/A_RES_80_184.pdftext.txt", "P15", "dropped line-end hyphen, as A/C.3/80/L.20 O20 (`labourintensive`)"),
    ("real/A_RES_80_184.pdftext.txt", "O2", "dropped line-end hyphen, as A/C.3/80/L.20 O20 (`awarenessraising`, in (r))"),    ("extracted/A_C.2_80_L.42.mupdf.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, PyMuPDF does not, and we keep spacing as printed"),
    ("extracted/A_RES_78_199.mupdf.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_73_6.mupdf.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_C.6_80_L.10.mupdf.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and PyMuPDF does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_RES_73_6.mupdf.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.mupdf.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/S_RES_794_1992.mupdf.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.mupdf.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.mupdf.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.mupdf.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/A_C.2_80_L.42.pypdf.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, pypdf does not, and we keep spacing as printed"),
    ("extracted/A_RES_78_199.pypdf.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_73_6.pypdf.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_C.6_80_L.10.pypdf.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and pypdf does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_RES_73_6.pypdf.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.pypdf.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/S_RES_794_1992.pypdf.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.pypdf.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.pypdf.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.pypdf.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pypdf.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pypdf.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/A_C.2_80_L.42.pdfium.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, PDFium does not, and we keep spacing as printed"),
    ("extracted/A_RES_78_199.pdfium.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_73_6.pdfium.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_C.6_80_L.10.pdfium.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and PDFium does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_RES_73_6.pdfium.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.pdfium.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/S_RES_794_1992.pdfium.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.pdfium.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.pdfium.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.pdfium.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdfium.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdfium.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/A_C.2_80_L.42.pdfium-joined.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, PDFium does not, and we keep spacing as printed"),
    ("extracted/A_RES_78_199.pdfium-joined.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_73_6.pdfium-joined.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_C.6_80_L.10.pdfium-joined.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and PDFium does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_RES_73_6.pdfium-joined.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.pdfium-joined.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/S_RES_794_1992.pdfium-joined.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.pdfium-joined.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.pdfium-joined.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.pdfium-joined.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdfium-joined.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdfium-joined.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/A_C.2_80_L.42.plumber.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, pdfplumber does not, and we keep spacing as printed"),
    ("extracted/A_RES_78_199.plumber.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_73_6.plumber.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_C.6_80_L.10.plumber.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and pdfplumber does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_C.6_80_L.10.plumber.txt", "O28", "pdfplumber glues note 38 to its word (`Development,38 States`), which reads as the marker it is; pdftotext sets it apart (`Development, 38 States`), where a number before a capitalized word may count it, so the reference keeps it as text"),
    ("extracted/A_RES_73_6.plumber.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.plumber.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_80_L.26.mupdf4llm.md.txt", "count", "pymupdf4llm prints P10's quoted question (`What are the obligations of Israel …?`) as a paragraph of its own, without `>` or indent; nothing tells it from one"),
    ("extracted/A_C.3_80_L.20.mupdf4llm.md.txt", "count", "pymupdf4llm sets the dot of paragraph 34 inside the emphasis of its lead (`34 _. Further urges_`), so 34 is no label"),
    ("extracted/A_RES_78_199.mupdf4llm.md.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_C.2_80_L.42.mupdf4llm.md.txt", "P10", "a space before a comma, as A/C.2/80/L.42 P10 of PyMuPDF (`challenges ,`)"),
    ("extracted/A_C.6_80_L.10.mupdf4llm.md.txt", "O18", "`fun ding`, as PyMuPDF"),
    ("extracted/A_C.6_80_L.10.mupdf4llm.md.txt", "O19", "pymupdf4llm drops the line-end hyphen of a compound as poppler does (`resourceintensive`)"),
    ("extracted/A_C.6_80_L.10.mupdf4llm.md.txt", "O24", "a dropped compound hyphen, as O19 (`userfriendly`)"),
    ("extracted/A_C.6_80_L.10.mupdf4llm.md.txt", "O28", "pymupdf4llm prints note 38 as `<sup>38</sup>`, which reads as the marker it is; pdftotext sets it apart (`Development, 38 States`), read as text"),
    ("extracted/A_RES_73_6.mupdf4llm.md.txt", "P17", "a space before a closing quote, as PyMuPDF (`Countries ”`)"),
    ("extracted/A_RES_73_6.mupdf4llm.md.txt", "O1", "note 2 cited again, as `<sup>2</sup>`: a marker no count can be, read as one; pdftotext's `Goals 2` stays text"),
    ("extracted/A_RES_73_6.mupdf4llm.md.txt", "O4", "note 2 cited again, as O1"),
    ("extracted/A_RES_80_184.mupdf4llm.md.txt", "P15", "a dropped compound hyphen (`labourintensive`)"),
    ("extracted/A_RES_80_184.mupdf4llm.md.txt", "O2", "a dropped compound hyphen (`awarenessraising`)"),
    ("extracted/S_RES_794_1992.mupdf4llm.md.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones"),
    ("extracted/S_RES_794_1992.mupdf4llm.md.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.mupdf4llm.md.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones"),
    ("extracted/S_RES_1445_2002.mupdf4llm.md.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf4llm.md.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf4llm.md.txt", "O13", "pymupdf4llm runs two dash items into one line (`… border crossings; — Calls also for …`)"),
    ("extracted/S_RES_1445_2002.mupdf4llm.md.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/A_C.2_80_L.42.mupdf-sorted.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, PyMuPDF does not, and we keep spacing as printed"),
    ("extracted/A_RES_78_199.mupdf-sorted.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_73_6.mupdf-sorted.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_C.6_80_L.10.mupdf-sorted.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and PyMuPDF does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_RES_73_6.mupdf-sorted.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.mupdf-sorted.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/S_RES_794_1992.mupdf-sorted.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.mupdf-sorted.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.mupdf-sorted.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.mupdf-sorted.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf-sorted.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf-sorted.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/A_C.2_80_L.42.pypdf-layout.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, pypdf's layout mode does not, and we keep spacing as printed"),
    ("extracted/A_C.2_80_L.42.plumber-layout.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, pdfplumber's layout mode does not, and we keep spacing as printed"),
    ("extracted/A_C.2_80_L.42.mupdf-blocks.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, PyMuPDF's text blocks does not, and we keep spacing as printed"),
    ("extracted/A_C.2_80_L.42.mupdf-dehyph.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, PyMuPDF's dehyphenated text does not, and we keep spacing as printed"),
    ("extracted/A_C.3_80_L.20.mupdf-dehyph.txt", "O20", "PyMuPDF's TEXT_DEHYPHENATE drops the line-end hyphen and prints `childempowering`, as poppler's default mode does (real/A_C.3_80_L.20.pdftext.txt O20)"),
    ("extracted/A_C.3_80_L.20.mupdf-dehyph.txt", "O49", "PyMuPDF's TEXT_DEHYPHENATE drops the line-end hyphen and prints `systemwide`, as poppler's default mode does (real/A_C.3_80_L.20.pdftext.txt O20)"),
    ("extracted/A_C.6_80_L.10.pypdf-layout.txt", "O14", "pypdf's layout mode prints a letter-spaced line glyph by glyph with uneven gaps (`c  o  n  t  i  n  u  a  t  i  o  n    o  f`): which gaps part words is lost, and the split-word repair cannot restore every word"),
    ("extracted/A_C.6_80_L.10.pypdf-layout.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and pypdf's layout mode does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_C.6_80_L.10.pypdf-layout.txt", "O28", "pypdf's layout mode glues note 38 to its word (`Development,38 States`), which reads as the marker it is; pdftotext sets it apart (`Development, 38 States`), where a number before a capitalized word may count it, so the reference keeps it as text"),
    ("extracted/A_C.6_80_L.10.plumber-layout.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and pdfplumber's layout mode does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_C.6_80_L.10.plumber-layout.txt", "O28", "pdfplumber's layout mode glues note 38 to its word (`Development,38 States`), which reads as the marker it is; pdftotext sets it apart (`Development, 38 States`), where a number before a capitalized word may count it, so the reference keeps it as text"),
    ("extracted/A_C.6_80_L.10.mupdf-blocks.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and PyMuPDF's text blocks does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_C.6_80_L.10.mupdf-dehyph.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and PyMuPDF's dehyphenated text does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_C.6_80_L.10.mupdf-dehyph.txt", "O19", "PyMuPDF's TEXT_DEHYPHENATE drops the line-end hyphen and prints `resourceintensive`, as poppler's default mode does (real/A_C.3_80_L.20.pdftext.txt O20)"),
    ("extracted/A_C.6_80_L.10.mupdf-dehyph.txt", "O24", "PyMuPDF's TEXT_DEHYPHENATE drops the line-end hyphen and prints `userfriendly`, as poppler's default mode does (real/A_C.3_80_L.20.pdftext.txt O20)"),
    ("extracted/A_RES_73_6.pypdf-layout.txt", "P6", "pypdf's layout mode sets the hyphen of `UN-SPIDER` apart (`UN  - SPIDER`); a spaced hyphen joins only an attested compound, and neither the word list nor this rendering (which spaces it everywhere) attests `UN-SPIDER`"),
    ("extracted/A_RES_73_6.pypdf-layout.txt", "P9", "pypdf's layout mode splits `techno logy`; both halves are words, so nothing tells the gap from a word space (as `fun ding`, A/C.6/80/L.10 O18)"),
    ("extracted/A_RES_73_6.pypdf-layout.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_RES_73_6.pypdf-layout.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.pypdf-layout.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_RES_73_6.plumber-layout.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_RES_73_6.plumber-layout.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.plumber-layout.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_RES_73_6.mupdf-blocks.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_RES_73_6.mupdf-blocks.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.mupdf-blocks.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_RES_73_6.mupdf-dehyph.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_RES_73_6.mupdf-dehyph.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.mupdf-dehyph.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_RES_78_199.pypdf-layout.txt", "P4", "pypdf's layout mode lifts notes 4 and 5 onto a line of their own (`4                  5`) above the line that cites them: they are read as markers, but where in that line each stood is lost, so both stand at the line break"),
    ("extracted/A_RES_78_199.plumber-layout.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_78_199.mupdf-blocks.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_78_199.mupdf-dehyph.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_78_249.pypdf-layout.txt", "O3", "pypdf's layout mode lifts note 4 of paragraph 4 onto a line of its own above it, after paragraph 3, as A/RES/79/75 P2"),
    ("extracted/A_RES_78_249.pypdf-layout.txt", "O4", "note 4 lifted above its paragraph and read with O3, as O3"),
    ("extracted/A_RES_78_64.pypdf-layout.txt", "P2", "pypdf's layout mode prints `amended article 1,2` letter-spaced (`a m e n d e d  a rtic le  1 ,2`), as O8"),
    ("extracted/A_RES_78_64.pypdf-layout.txt", "P3", "note 9 lifted onto a line of its own before P3 and read with P2, as A/RES/79/75 P2"),
    ("extracted/A_RES_78_64.pypdf-layout.txt", "O8", "pypdf's layout mode prints the letter-spaced subparagraphs of paragraph 8 glyph by glyph (`a  d  h  e  r  i  n  g      t  o`), as A/C.6/80/L.10 O14; labels and nesting are read, the words are not all restored"),
    ("extracted/A_RES_79_75.pypdf-layout.txt", "P2", "pypdf's layout mode lifts note 9, raised after `Sixth Review Conference` in P3, onto a line of its own at the head of page 2, between P2 and P3: nothing in the text tells whether a lone number between two paragraphs closes the one before (pdftotext's default mode prints a line-end marker below its line) or opens the one after, so it stays with P2"),
    ("extracted/A_RES_79_75.pypdf-layout.txt", "P3", "note 9 lifted onto a line of its own before P3 and read with P2, as A/RES/79/75 P2"),
    ("extracted/A_RES_79_75.pypdf-layout.txt", "O8", "pypdf's layout mode prints the letter-spaced subparagraphs of paragraph 8 glyph by glyph (`a  d  h  e  r  i  n  g      t  o`), as A/C.6/80/L.10 O14; labels and nesting are read, the words are not all restored"),
    ("extracted/A_RES_80_184.mupdf-dehyph.txt", "P15", "PyMuPDF's TEXT_DEHYPHENATE drops the line-end hyphen and prints `labourintensive`, as poppler's default mode does (real/A_C.3_80_L.20.pdftext.txt O20)"),
    ("extracted/A_RES_80_184.mupdf-dehyph.txt", "O2", "PyMuPDF's TEXT_DEHYPHENATE drops the line-end hyphen and prints `awarenessraising`, as poppler's default mode does (real/A_C.3_80_L.20.pdftext.txt O20)"),
    ("extracted/S_RES_794_1992.pypdf-layout.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.pypdf-layout.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_794_1992.mupdf-blocks.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.mupdf-blocks.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_794_1992.mupdf-dehyph.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.mupdf-dehyph.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.pypdf-layout.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.pypdf-layout.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pypdf-layout.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pypdf-layout.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/S_RES_1445_2002.mupdf-blocks.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.mupdf-blocks.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf-blocks.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf-blocks.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/S_RES_1445_2002.mupdf-dehyph.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.mupdf-dehyph.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf-dehyph.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.mupdf-dehyph.txt", "O16", "apostrophe (`Uganda's`)"),    ("extracted/A_C.2_80_L.42.pdftext-raw.txt", "P10", "the PDF sets a space before a comma (`challenges ,`); pdftotext keeps it, poppler's raw mode does not, and we keep spacing as printed"),
    ("extracted/A_C.3_80_L.20.pdfminer.txt", "O32", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own: `implementing,` of O33's first line stands after O32; the paragraphs are read whole, but where a stray box stood inside a line is lost (a lone lead gets its words back, `stray_boxes_of_a_justified_line_go_back_beside_their_lead` in tests/regressions.rs; words inside a line cannot)"),
    ("extracted/A_C.3_80_L.20.pdfminer.txt", "O33", "pdfminer prints the boxes of a justified line apart and out of order (`implementing,` moved), as O32"),
    ("extracted/A_C.3_80_L.20.pdfminer.txt", "O39", "pdfminer prints the boxes of a justified line apart and out of order (`to ensure that businesses address` moved), as O32"),
    ("extracted/A_C.3_80_L.20.pdfminer.txt", "O52", "pdfminer prints the boxes of a justified line apart and out of order (`of the leadership` moved), as O32"),
    ("extracted/A_C.3_80_L.20.pdfminer.txt", "O57", "pdfminer prints the boxes of a justified line apart and out of order (`for appropriate` moved), as O32"),
    ("extracted/A_C.3_80_L.20.markitdown.md.txt", "O32", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.3_80_L.20.pdfminer.txt O32"),
    ("extracted/A_C.3_80_L.20.markitdown.md.txt", "O33", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.3_80_L.20.pdfminer.txt O33"),
    ("extracted/A_C.3_80_L.20.markitdown.md.txt", "O39", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.3_80_L.20.pdfminer.txt O39"),
    ("extracted/A_C.3_80_L.20.markitdown.md.txt", "O52", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.3_80_L.20.pdfminer.txt O52"),
    ("extracted/A_C.3_80_L.20.markitdown.md.txt", "O57", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.3_80_L.20.pdfminer.txt O57"),
    ("extracted/A_C.4_80_L.18.pdfminer.txt", "O2", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`the Secretary-General to take all appropriate steps,` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_C.4_80_L.18.markitdown.md.txt", "O2", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.4_80_L.18.pdfminer.txt O2"),
    ("extracted/A_C.6_80_L.10.pdftext-raw.txt", "O18", "the PDF sets a gap inside `fun ding`, which pdftotext prints as a space and poppler's raw mode does not; both halves are words, so the reference keeps them apart"),
    ("extracted/A_C.6_80_L.10.pdfminer.txt", "P3", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`in the harmonization,` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_C.6_80_L.10.pdfminer.txt", "O9", "pdfminer prints the boxes of a justified line apart and out of order (`the progress made by the Commission` moved), as P3"),
    ("extracted/A_C.6_80_L.10.pdfminer.txt", "O17", "`in`, a stray box of O18's line, printed after O17's last item, as P3"),
    ("extracted/A_C.6_80_L.10.pdfminer.txt", "O18", "pdfminer prints the boxes of a justified line apart and out of order (`in the Asia-Pacific region, including to` moved), as P3"),
    ("extracted/A_C.6_80_L.10.markitdown.md.txt", "P3", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.6_80_L.10.pdfminer.txt P3"),
    ("extracted/A_C.6_80_L.10.markitdown.md.txt", "O9", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.6_80_L.10.pdfminer.txt O9"),
    ("extracted/A_C.6_80_L.10.markitdown.md.txt", "O17", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.6_80_L.10.pdfminer.txt O17"),
    ("extracted/A_C.6_80_L.10.markitdown.md.txt", "O18", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_C.6_80_L.10.pdfminer.txt O18"),
    ("extracted/A_RES_73_6.pdftext-raw.txt", "P17", "a space before a closing quote, as A/C.2/80/L.42 P10 (`Countries ”`)"),
    ("extracted/A_RES_73_6.pdftext-raw.txt", "O1", "note 2 cited again (`Goals2`; pdftotext `Goals 2`): markers run on, so a note cited a second time stays text in every rendering, with or without its space"),
    ("extracted/A_RES_73_6.pdftext-raw.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_RES_73_6.pdfminer.txt", "P5", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`that the fulfilment of` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_RES_73_6.pdfminer.txt", "P6", "pdfminer prints the boxes of a justified line apart and out of order (`its established mandate and respond` moved), as P5"),
    ("extracted/A_RES_73_6.pdfminer.txt", "P16", "`in that` of P17's lead line (`Reaffirming, in that regard,`) printed after P16, as P5"),
    ("extracted/A_RES_73_6.pdfminer.txt", "P17", "pdfminer prints the boxes of a justified line apart and out of order (`in that` moved), as P5"),
    ("extracted/A_RES_73_6.pdfminer.txt", "O1", "stray boxes moved (`segment of UNISPACE+50 resulted`), as P5; and note 2 cited again (`Goals2`), as extracted/A_RES_73_6.pdftext-raw.txt O1"),
    ("extracted/A_RES_73_6.pdfminer.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_RES_73_6.markitdown.md.txt", "P5", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_73_6.pdfminer.txt P5"),
    ("extracted/A_RES_73_6.markitdown.md.txt", "P6", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_73_6.pdfminer.txt P6"),
    ("extracted/A_RES_73_6.markitdown.md.txt", "P16", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_73_6.pdfminer.txt P16"),
    ("extracted/A_RES_73_6.markitdown.md.txt", "P17", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_73_6.pdfminer.txt P17"),
    ("extracted/A_RES_73_6.markitdown.md.txt", "O1", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_73_6.pdfminer.txt O1"),
    ("extracted/A_RES_73_6.markitdown.md.txt", "O4", "note 2 cited again, as O1 (`Development,2`)"),
    ("extracted/A_RES_78_199.pdftext-raw.txt", "P3", "a space before a comma, as A/C.2/80/L.42 P10 (`human rights ,`)"),
    ("extracted/A_RES_78_255.pdfminer.txt", "O2", "pdfminer prints the lead's line in boxes (`2.` / `that` / `Resolves` / `the Secretary-General shall report` / … / `to`): the lead is read (`lone_operative_lead_after_a_stray_box_leads_its_paragraph`) and `that` put back after it, but the `to` printed after the paragraph has no place a rule could find"),
    ("extracted/A_RES_78_255.markitdown.md.txt", "O2", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_78_255.pdfminer.txt O2"),
    ("extracted/A_RES_78_64.pdfminer.txt", "P8", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`international, non-governmental and other` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_RES_78_64.markitdown.md.txt", "P8", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_78_64.pdfminer.txt P8"),
    ("extracted/A_RES_79_260.pdfminer.txt", "O2", "pdfminer prints the lead's line in boxes (`2.` / `that` / `Resolves` / `the Secretary-General shall report` / … / `to`): the lead is read (`lone_operative_lead_after_a_stray_box_leads_its_paragraph`) and `that` put back after it, but the `to` printed after the paragraph has no place a rule could find"),
    ("extracted/A_RES_79_260.markitdown.md.txt", "O2", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_79_260.pdfminer.txt O2"),
    ("extracted/A_RES_80_119.pdfminer.txt", "P10", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`recognizing the` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_RES_80_119.markitdown.md.txt", "P10", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_119.pdfminer.txt P10"),
    ("extracted/A_RES_80_162.pdfminer.txt", "P8", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`from consultations with Governments and` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_RES_80_162.markitdown.md.txt", "P8", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_162.pdfminer.txt P8"),
    ("extracted/A_RES_80_184.pdfminer.txt", "P3", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`to gender equality and` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_RES_80_184.pdfminer.txt", "P17", "pdfminer prints the boxes of a justified line apart and out of order (`justice, land, sustainable and time- and` moved), as P3"),
    ("extracted/A_RES_80_184.pdfminer.txt", "P21", "pdfminer prints the boxes of a justified line apart and out of order (`the` moved), as P3"),
    ("extracted/A_RES_80_184.pdfminer.txt", "O2", "stray boxes moved inside the list (`to ensure`, `the promotion of shared`, `including multiple and`), as P3"),
    ("extracted/A_RES_80_184.markitdown.md.txt", "P3", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_184.pdfminer.txt P3"),
    ("extracted/A_RES_80_184.markitdown.md.txt", "P17", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_184.pdfminer.txt P17"),
    ("extracted/A_RES_80_184.markitdown.md.txt", "P21", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_184.pdfminer.txt P21"),
    ("extracted/A_RES_80_184.markitdown.md.txt", "O2", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_184.pdfminer.txt O2"),
    ("extracted/A_RES_80_204.pdfminer.txt", "P12", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`principles of universality, indivisibility, objectivity, non-selectivity,` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_RES_80_204.markitdown.md.txt", "P12", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_204.pdfminer.txt P12"),
    ("extracted/A_RES_80_245.pdfminer.txt", "O2", "pdfminer prints the lead's line in boxes (`2.` / `that` / `Resolves` / `the Secretary-General shall report` / … / `to`): the lead is read (`lone_operative_lead_after_a_stray_box_leads_its_paragraph`) and `that` put back after it, but the `to` printed after the paragraph has no place a rule could find"),
    ("extracted/A_RES_80_245.markitdown.md.txt", "O2", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_245.pdfminer.txt O2"),
    ("extracted/A_RES_80_7.pdfminer.txt", "O2", "pdfminer prints the boxes of a justified line apart, each between blank lines, in an order of its own (`between` moved): the paragraph is read whole, but where in it those words stood is lost; a lone lead gets its words back (`stray_boxes_of_a_justified_line_go_back_beside_their_lead`), words inside a line cannot"),
    ("extracted/A_RES_80_7.markitdown.md.txt", "O2", "MarkItDown gives pdfminer's text of this PDF (no page of it looks like a form), as extracted/A_RES_80_7.pdfminer.txt O2"),
    ("extracted/S_RES_794_1992.pdftext-raw.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.pdftext-raw.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_794_1992.pdfminer.txt", "P11", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_794_1992.default.txt"),
    ("extracted/S_RES_794_1992.pdfminer.txt", "O8", "apostrophe, as P11"),
    ("extracted/S_RES_1445_2002.pdftext-raw.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.pdftext-raw.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdftext-raw.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdftext-raw.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/S_RES_1445_2002.pdfminer.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.pdfminer.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdfminer.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.pdfminer.txt", "O16", "apostrophe (`Uganda's`)"),
    ("extracted/S_RES_1445_2002.markitdown.md.txt", "P7", "the gold text prints straight apostrophes, the PDF curly ones, as pdf/S_RES_1445_2002.default.txt"),
    ("extracted/S_RES_1445_2002.markitdown.md.txt", "O4", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.markitdown.md.txt", "O10", "apostrophe (`MONUC's`)"),
    ("extracted/S_RES_1445_2002.markitdown.md.txt", "O16", "apostrophe (`Uganda's`)"),
];

/// The comparable content of each paragraph, keyed `P1`, `O1` …
fn paragraphs(r: &Resolution) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (k, p) in r.preamble.iter().enumerate() {
        out.push((
            format!("P{}", k + 1),
            format!(
                "{:?}|{}|{:?}|{:?}",
                p.lead,
                p.text,
                p.footnote_refs,
                p.subparagraphs
                    .iter()
                    .map(|s| (&s.label, &s.text))
                    .collect::<Vec<_>>()
            ),
        ));
    }
    for (k, p) in r.operative.iter().enumerate() {
        out.push((
            format!("O{}", k + 1),
            format!(
                "{:?}|{:?}|{}|{:?}|{:?}",
                p.number,
                p.lead,
                p.text,
                p.footnote_refs,
                p.subparagraphs
                    .iter()
                    .map(|s| (&s.label, &s.text))
                    .collect::<Vec<_>>()
            ),
        ));
    }
    out
}

#[test]
fn every_rendering_of_a_document_has_the_same_paragraphs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let expected: Value = serde_json::from_str(&common::read(&root.join("corpus/expected.json")))
        .unwrap_or_else(|e| panic!("expected.json: {e}"));
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut groups = 0;
    for doc in expected["documents"].as_array().into_iter().flatten() {
        let mut files: Vec<String> = doc["files"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|f| f.ends_with(".txt"))
            .map(|f| format!("corpus/{f}"))
            .collect();
        match doc["symbol"].as_str() {
            Some("A/C.3/80/L.35") => files.push("seeds/000_50195e893c3de33a.txt".into()),
            Some("A/RES/80/204") => files.push("seeds/003_18ba36d161307072.txt".into()),
            _ => {}
        }
        if files.len() < 2 {
            continue;
        }
        groups += 1;
        // The reference: a rendering the UN itself produced, where there is one.
        files.sort_by_key(|f| !f.starts_with("corpus/real/"));
        let parse = |f: &str| {
            parse_resolution(&common::read(&root.join(f))).unwrap_or_else(|e| panic!("{f}: {e}"))
        };
        let reference = paragraphs(&parse(&files[0]));
        for file in &files[1..] {
            let short = file.trim_start_matches("corpus/");
            let other = paragraphs(&parse(file));
            if other.len() != reference.len() {
                match KNOWN.iter().find(|(f, k, _)| *f == short && *k == "count") {
                    Some(known) => {
                        seen.insert(*known);
                    }
                    None => problems.push(format!(
                        "{short}: {} paragraphs, {} in {}",
                        other.len(),
                        reference.len(),
                        files[0]
                    )),
                }
                continue;
            }
            for ((key, a), (_, b)) in reference.iter().zip(&other) {
                if a == b {
                    continue;
                }
                match KNOWN.iter().find(|(f, k, _)| *f == short && k == key) {
                    Some(known) => {
                        seen.insert(*known);
                    }
                    None => problems.push(format!(
                        "{short} {key} differs from {}:\n  {a}\n  {b}",
                        files[0]
                    )),
                }
            }
        }
    }
    assert_eq!(groups, 35);
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let stale: Vec<_> = KNOWN.iter().filter(|k| !seen.contains(*k)).collect();
    assert!(
        stale.is_empty(),
        "listed differences that no longer occur: {stale:#?}"
    );
}
