//! Stage 3: maps an analysed document to RDF quads in the document's own named graph.
//! IRIs are derived from the document id and positions only, so the same input always
//! gives the same quads.

pub mod vocab;

use crate::extract::Analysis;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use vocab::*;

/// Collects quads for one graph with terse helpers.
pub struct Builder {
    graph: GraphName,
    pub quads: Vec<Quad>,
}

impl Builder {
    pub fn new(graph: &str) -> Self {
        Builder {
            graph: NamedNode::new_unchecked(graph).into(),
            quads: Vec::new(),
        }
    }
    fn add(&mut self, s: &str, p: &str, o: Term) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(NamedNode::new_unchecked(s)),
            NamedNode::new_unchecked(p),
            o,
            self.graph.clone(),
        ));
    }
    pub fn iri(&mut self, s: &str, p: &str, o: &str) {
        self.add(s, p, NamedNode::new_unchecked(o).into());
    }
    pub fn typ(&mut self, s: &str, class: &str) {
        self.iri(s, RDF_TYPE, class);
    }
    pub fn lit(&mut self, s: &str, p: &str, o: &str) {
        self.add(s, p, Literal::new_simple_literal(o).into());
    }
    pub fn int(&mut self, s: &str, p: &str, o: i64) {
        self.add(
            s,
            p,
            Literal::new_typed_literal(o.to_string(), NamedNode::new_unchecked(XSD_INTEGER)).into(),
        );
    }
    pub fn boolean(&mut self, s: &str, p: &str, o: bool) {
        self.add(
            s,
            p,
            Literal::new_typed_literal(o.to_string(), NamedNode::new_unchecked(XSD_BOOLEAN)).into(),
        );
    }
}

/// Character (code point) offsets for byte offsets, computed once per document.
pub struct CharIndex {
    prefix: Vec<u32>,
}

impl CharIndex {
    pub fn new(s: &str) -> Self {
        let mut prefix = vec![0u32; s.len() + 1];
        let mut n = 0u32;
        for (i, b) in s.bytes().enumerate() {
            prefix[i] = n;
            if (b & 0xC0) != 0x80 {
                n += 1;
            }
        }
        prefix[s.len()] = n;
        CharIndex { prefix }
    }
    pub fn at(&self, byte: usize) -> i64 {
        self.prefix[byte.min(self.prefix.len() - 1)] as i64
    }
}

/// All quads of one analysed document.
pub fn document_quads(a: &Analysis) -> Vec<Quad> {
    let d = &a.doc;
    let doc = doc_iri(&d.id);
    let mut b = Builder::new(&doc);
    let ci = CharIndex::new(&d.text.text);
    b.typ(&doc, wt!("Document"));
    b.lit(&doc, DCT_IDENTIFIER, &d.id);
    b.lit(&doc, DCT_TITLE, &d.text.title);
    for a in &d.text.authors {
        b.lit(&doc, DCT_CREATOR, a);
    }
    if let Some(date) = &d.text.date {
        b.lit(&doc, DCT_DATE, date);
    }
    b.lit(&doc, DCT_FORMAT, d.format.name());
    b.lit(&doc, wt!("sha256"), &d.sha256);
    b.lit(&doc, wt!("sourcePath"), &d.path.to_string_lossy());
    b.int(&doc, wt!("byteSize"), d.bytes as i64);
    b.lit(&doc, wt!("normalizedText"), &d.text.text);
    for (i, blk) in d.text.blocks.iter().enumerate() {
        let p = format!("{doc}/b{i}");
        let class = match blk.kind {
            crate::ingest::BlockKind::Heading => "Heading",
            crate::ingest::BlockKind::Paragraph => "Paragraph",
            crate::ingest::BlockKind::Note => "Footnote",
            crate::ingest::BlockKind::Reference => "ReferenceEntry",
            crate::ingest::BlockKind::Furniture => continue,
        };
        b.typ(&p, &w(class));
        b.iri(&p, wt!("inDocument"), &doc);
        b.int(&p, OA_START, ci.at(blk.start));
        b.int(&p, OA_END, ci.at(blk.end));
        if let Some(k) = &blk.key {
            b.lit(&p, wt!("key"), k);
        }
    }
    for (i, s) in d.sentences.iter().enumerate() {
        let si = format!("{doc}/s{i}");
        let (os, oe) = d.text.orig_range(s.start, s.end);
        b.typ(&si, wt!("Sentence"));
        b.iri(&si, wt!("inBlock"), &format!("{doc}/b{}", s.block));
        b.int(&si, OA_START, ci.at(s.start));
        b.int(&si, OA_END, ci.at(s.end));
        b.int(&si, wt!("sourceStart"), os as i64);
        b.int(&si, wt!("sourceEnd"), oe as i64);
    }
    a.emit(&mut b, &doc, &ci);
    let n = b.quads.len() as i64 + 1;
    b.int(&doc, wt!("tripleCount"), n);
    b.quads
}
