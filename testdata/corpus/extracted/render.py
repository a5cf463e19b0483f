"""How `corpus/extracted/` was made: the text of each document's PDF as PyMuPDF
(`page.get_text()`, pages joined as printed; and `get_text(sort=True)`, in
reading order by position), pypdf (`extract_text()`, pages joined with a
line break) and PDFium, Chrome's PDF engine, through pypdfium2
(`get_textpage().get_text_range()`, pages joined with a line break, and
with nothing between them),
pdfplumber (`extract_text()`, pages joined with a line break) and
pymupdf4llm (`to_markdown()`, the markdown LLM pipelines feed on) give it.

Four layout renderings too, as extractors that keep the page's geometry
print it: pypdf's layout mode (`extract_text(extraction_mode="layout")`,
`*.pypdf-layout.txt`) and pdfplumber's (`extract_text(layout=True)`,
`*.plumber-layout.txt`), both like `pdftotext -layout` (columns of
spaces, indentation, pages joined with a line break); PyMuPDF's text
blocks (`get_text("blocks")`, the text blocks of each page joined by a
blank line, `*.mupdf-blocks.txt`); and PyMuPDF's text with
`TEXT_DEHYPHENATE | TEXT_PRESERVE_WHITESPACE | TEXT_MEDIABOX_CLIP`
(line-end hyphens joined, `*.mupdf-dehyph.txt`).
Three more extractors people run on UN PDFs: poppler's raw mode
(`pdftotext -enc UTF-8 -raw`, the text in content-stream order,
`*.pdftext-raw.txt`), pdfminer.six's own `pdf2txt.py` with its default
`LAParams` (`pdfminer.high_level.extract_text()`, the same call,
`*.pdfminer.txt`) and Microsoft's MarkItDown (`MarkItDown().convert()`,
`*.markitdown.md.txt`: pdfminer's text where no page looks like a form,
else pdfplumber's, page by page; left out where it takes pdfplumber's
text of one of the eight PDFs of our typesetting, which runs words
together as above).
Run from the shared data's `corpus/` folder; PyMuPDF 2.0 (MuPDF 1.28.5),
pypdf 7.1.1, pypdfium2 5.15.2 (PDFium 159.0.8149.0), pdfplumber 0.11.10
(pdfminer.six 20260107), pymupdf4llm 2.0, poppler-utils 22.12.0 (Debian
bookworm), markitdown 0.1.9. `python3 render.py new` writes only the
three added last.

pdfplumber (in both modes) is left out for the eight PDFs of our own
typesetting (`pdf/`) where its default tolerance runs a tight line's words
together (`Terminationofallclaimsorstatesofbelligerency`): no reader can
part them.
"""
import glob
import os
import subprocess
import sys

import pymupdf
import pymupdf4llm
import pypdf
import pdfplumber
import pypdfium2
import pdfminer.high_level
from markitdown import MarkItDown

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)))
# pdfplumber runs words together in these (see above).
RUN_TOGETHER = {
    "A_RES_80_2", "S_RES_1_1946", "S_RES_83_1950", "S_RES_242_1967",
    "S_RES_678_1990", "S_RES_794_1992", "S_RES_827_1993", "S_RES_1445_2002",
}
# The PDF of each document: the UN's own where `real/` has one, else our
# typeset variant in `pdf/` (as `expected.json` lists them).
REAL = sorted(glob.glob("real/*.pdf"))
TYPESET = [p for p in sorted(glob.glob("pdf/*.pdf")) if "real/" + os.path.basename(p) not in REAL]


def pdftext_raw(path):
    """poppler's raw mode: strings in the order the content stream draws
    them, no column or line reconstruction; pages end with a form feed."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-raw", path, "-"],
        check=True, capture_output=True,
    )
    return out.stdout.decode("utf-8")


def pdfminer_text(path):
    """`pdf2txt.py FILE` as pdfminer.six prints it: default `LAParams`,
    a form feed after each page."""
    return pdfminer.high_level.extract_text(path)


def markitdown_text(path):
    """MarkItDown's markdown of the PDF, as RAG pipelines ingest it."""
    return MarkItDown().convert(path).text_content


NEW = (
    ("pdftext-raw.txt", pdftext_raw),
    ("pdfminer.txt", pdfminer_text),
    ("markitdown.md.txt", markitdown_text),
)

for path in REAL + TYPESET:
    base = os.path.basename(path)[:-4]
    for suffix, extract in NEW:
        text = extract(path)
        if (
            extract is markitdown_text
            and base in RUN_TOGETHER
            and text.split() != pdfminer_text(path).split()
        ):
            # MarkItDown took pdfplumber's run-together words (see above).
            continue
        with open(f"{OUT}/{base}.{suffix}", "w", newline="") as f:
            f.write(text)
    if sys.argv[1:] == ["new"]:
        continue
    with pymupdf.open(path) as doc:
        text = "".join(page.get_text() for page in doc)
        ordered = "".join(page.get_text(sort=True) for page in doc)
    with open(f"{OUT}/{base}.mupdf.txt", "w") as f:
        f.write(text)
    with open(f"{OUT}/{base}.mupdf-sorted.txt", "w") as f:
        f.write(ordered)
    reader = pypdf.PdfReader(path)
    text = "\n".join((page.extract_text() or "") for page in reader.pages)
    with open(f"{OUT}/{base}.pypdf.txt", "w") as f:
        f.write(text)
    # PDFium ends lines with CR LF, and prints U+FFFE where it joined a line
    # that ended in a hyphen to the next.
    pdf = pypdfium2.PdfDocument(path)
    pages = [pdf[k].get_textpage().get_text_range() for k in range(len(pdf))]
    with open(f"{OUT}/{base}.pdfium.txt", "w", newline="") as f:
        f.write("\n".join(pages))
    # The same pages joined as they come, with no line break between them:
    # each page's head runs into the last line of the page before.
    with open(f"{OUT}/{base}.pdfium-joined.txt", "w", newline="") as f:
        f.write("".join(pages))
    if base not in RUN_TOGETHER:
        with pdfplumber.open(path) as pdf:
            text = "\n".join((page.extract_text() or "") for page in pdf.pages)
        with open(f"{OUT}/{base}.plumber.txt", "w") as f:
            f.write(text)
    text = pymupdf4llm.to_markdown(path, show_progress=False)
    with open(f"{OUT}/{base}.mupdf4llm.md.txt", "w") as f:
        f.write(text)
    # The layout renderings.
    text = "\n".join(
        (page.extract_text(extraction_mode="layout") or "") for page in reader.pages
    )
    with open(f"{OUT}/{base}.pypdf-layout.txt", "w") as f:
        f.write(text)
    if base not in RUN_TOGETHER:
        with pdfplumber.open(path) as pdf:
            text = "\n".join((page.extract_text(layout=True) or "") for page in pdf.pages)
        with open(f"{OUT}/{base}.plumber-layout.txt", "w") as f:
            f.write(text)
    with pymupdf.open(path) as doc:
        flags = (
            pymupdf.TEXT_DEHYPHENATE
            | pymupdf.TEXT_PRESERVE_WHITESPACE
            | pymupdf.TEXT_MEDIABOX_CLIP
        )
        dehyphenated = "".join(page.get_text(flags=flags) for page in doc)
        # Text blocks only (type 0; images are type 1), each stripped.
        blocks = "\n".join(
            "\n\n".join(b[4].strip() for b in page.get_text("blocks") if b[6] == 0)
            for page in doc
        )
    with open(f"{OUT}/{base}.mupdf-dehyph.txt", "w") as f:
        f.write(dehyphenated)
    with open(f"{OUT}/{base}.mupdf-blocks.txt", "w") as f:
        f.write(blocks)
