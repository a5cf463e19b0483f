//! Every span of a [`Resolution`], for the one pass that carries the spans
//! of a parse of the input's [`View`](crate::normalize::spaces::View) back
//! to the input. A new span field must be visited here: the invariant
//! tests slice every span out of an input with no-break spaces.

use crate::ast::{
    Annex, AnnexBlock, Footnote, Meeting, OperativeParagraph, PreambularParagraph, Resolution,
    Status, Subparagraph, Title,
};
use crate::reference::Reference;
use crate::span::Span;

/// Calls `f` on every span of `r`: nodes, segments, references, labels.
pub(crate) fn for_each_span(r: &mut Resolution, f: &mut dyn FnMut(&mut Span)) {
    f(&mut r.span);
    if let Some(s) = r.masthead.span.as_mut() {
        f(s);
    }
    match &mut r.status {
        Status::Draft {
            sponsors,
            submitted_by,
            ..
        } => {
            if let Some(s) = sponsors {
                f(&mut s.span);
            }
            if let Some(s) = submitted_by {
                f(&mut s.span);
            }
        }
        Status::Adopted { adoption, .. } => {
            if let Some(o) = &mut adoption.origin {
                f(&mut o.span);
            }
            if let Some(m) = &mut adoption.meeting {
                meeting(m, f);
            }
            if let Some(v) = &mut adoption.vote {
                f(&mut v.span);
            }
        }
        Status::Unknown => {}
    }
    if let Some(t) = &mut r.title {
        title(t, f);
    }
    if let Some(x) = &mut r.formula {
        f(&mut x.span);
    }
    r.preamble.iter_mut().for_each(|p| preambular(p, f));
    r.operative.iter_mut().for_each(|p| operative(p, f));
    for part in &mut r.parts {
        f(&mut part.label_span);
        f(&mut part.span);
        if let Some(t) = &mut part.title {
            title(t, f);
        }
        if let Some(x) = &mut part.formula {
            f(&mut x.span);
        }
        if let Some(m) = &mut part.meeting {
            meeting(m, f);
        }
    }
    r.footnotes.iter_mut().for_each(|n| footnote(n, f));
    r.annexes.iter_mut().for_each(|a| annex(a, f));
}

fn meeting(m: &mut Meeting, f: &mut dyn FnMut(&mut Span)) {
    f(&mut m.span);
}

fn title(t: &mut Title, f: &mut dyn FnMut(&mut Span)) {
    f(&mut t.span);
    t.segments.iter_mut().for_each(&mut *f);
}

fn references(refs: &mut [Reference], f: &mut dyn FnMut(&mut Span)) {
    refs.iter_mut().for_each(|r| f(&mut r.span));
}

fn subparagraphs(subs: &mut [Subparagraph], f: &mut dyn FnMut(&mut Span)) {
    for s in subs {
        f(&mut s.span);
        s.segments.iter_mut().for_each(&mut *f);
        references(&mut s.references, f);
        subparagraphs(&mut s.subparagraphs, f);
        if let Some(h) = &mut s.heading {
            f(&mut h.span);
        }
    }
}

fn preambular(p: &mut PreambularParagraph, f: &mut dyn FnMut(&mut Span)) {
    f(&mut p.span);
    p.segments.iter_mut().for_each(&mut *f);
    references(&mut p.references, f);
    subparagraphs(&mut p.subparagraphs, f);
}

fn operative(p: &mut OperativeParagraph, f: &mut dyn FnMut(&mut Span)) {
    f(&mut p.span);
    p.segments.iter_mut().for_each(&mut *f);
    references(&mut p.references, f);
    subparagraphs(&mut p.subparagraphs, f);
    if let Some(h) = &mut p.heading {
        f(&mut h.span);
    }
    if let Some(q) = &mut p.quoted_structure {
        f(&mut q.span);
        blocks(&mut q.blocks, f);
    }
}

fn footnote(n: &mut Footnote, f: &mut dyn FnMut(&mut Span)) {
    f(&mut n.span);
    n.segments.iter_mut().for_each(&mut *f);
    references(&mut n.references, f);
}

fn annex(a: &mut Annex, f: &mut dyn FnMut(&mut Span)) {
    f(&mut a.span);
    blocks(&mut a.blocks, f);
}

fn blocks(blocks: &mut [AnnexBlock], f: &mut dyn FnMut(&mut Span)) {
    for b in blocks {
        match b {
            AnnexBlock::Heading(h) => f(&mut h.span),
            AnnexBlock::Paragraph(p) => {
                f(&mut p.span);
                p.segments.iter_mut().for_each(&mut *f);
                references(&mut p.references, f);
                subparagraphs(&mut p.subparagraphs, f);
            }
        }
    }
}
