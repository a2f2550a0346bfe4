//! Stage 3: maps an analysed document to RDF quads in the document's own named graph.
//! IRIs are derived from the document id and positions only, so the same input always
//! gives the same quads.

pub mod vocab;

use crate::extract::Analysis;
use oxigraph::model::{LiteralRef, NamedNodeRef, Quad, QuadRef, TermRef};
use vocab::*;

/// One document's graph as extraction writes it: every term's text in one buffer, each
/// triple a few offsets into it. Building Oxigraph's owned quads here cost a quarter of
/// extraction (a heap string per term of every quad); the store now borrows `QuadRef`s
/// from this (a transaction copies nothing more) or makes owned quads only where its bulk
/// loader needs them, and a remote store could write N-Quads from it as they are.
pub struct Graph {
    name: String,
    buf: String,
    triples: Vec<Triple>,
    /// The subject of the last triple: a subject's triples come together, so its text is
    /// stored once, not once per triple.
    last_subject: Str,
}

/// A term's text: fixed (warrant's own vocabulary) or a span of the graph's buffer.
#[derive(Clone, Copy)]
enum Str {
    Fixed(&'static str),
    Span(u32, u32),
}

#[derive(Clone, Copy)]
enum Object {
    Iri(Str),
    Literal(Str),
    Typed(Str, &'static str),
}

#[derive(Clone, Copy)]
struct Triple {
    s: Str,
    p: &'static str,
    o: Object,
}

impl Graph {
    pub fn new(graph: &str) -> Self {
        Graph {
            name: graph.to_string(),
            buf: String::new(),
            triples: Vec::new(),
            last_subject: Str::Fixed(""),
        }
    }
    /// The graph's IRI.
    pub fn name(&self) -> NamedNodeRef<'_> {
        NamedNodeRef::new_unchecked(&self.name)
    }
    pub fn len(&self) -> usize {
        self.triples.len()
    }
    pub fn is_empty(&self) -> bool {
        self.triples.is_empty()
    }
    fn text(&self, s: Str) -> &str {
        match s {
            Str::Fixed(t) => t,
            Str::Span(a, z) => &self.buf[a as usize..z as usize],
        }
    }
    fn push_text(&mut self, t: &str) -> Str {
        let a = self.buf.len();
        self.buf.push_str(t);
        Str::Span(a as u32, self.buf.len() as u32)
    }
    fn subject(&mut self, s: &str) -> Str {
        if self.text(self.last_subject) != s {
            self.last_subject = self.push_text(s);
        }
        self.last_subject
    }
    fn add(&mut self, s: &str, p: &'static str, o: Object) {
        let s = self.subject(s);
        self.triples.push(Triple { s, p, o });
    }
    pub fn iri(&mut self, s: &str, p: &'static str, o: &str) {
        let o = self.push_text(o);
        self.add(s, p, Object::Iri(o));
    }
    /// `s a class`; classes are warrant's own, fixed terms.
    pub fn typ(&mut self, s: &str, class: &'static str) {
        self.add(s, RDF_TYPE, Object::Iri(Str::Fixed(class)));
    }
    pub fn lit(&mut self, s: &str, p: &'static str, o: &str) {
        let o = self.push_text(o);
        self.add(s, p, Object::Literal(o));
    }
    pub fn int(&mut self, s: &str, p: &'static str, o: i64) {
        let a = self.buf.len();
        self.buf.push_str(itoa::Buffer::new().format(o));
        let o = Str::Span(a as u32, self.buf.len() as u32);
        self.add(s, p, Object::Typed(o, XSD_INTEGER));
    }
    pub fn boolean(&mut self, s: &str, p: &'static str, o: bool) {
        let o = Str::Fixed(if o { "true" } else { "false" });
        self.add(s, p, Object::Typed(o, XSD_BOOLEAN));
    }
    fn quad(&self, t: &Triple) -> QuadRef<'_> {
        let object: TermRef<'_> = match t.o {
            Object::Iri(o) => NamedNodeRef::new_unchecked(self.text(o)).into(),
            Object::Literal(o) => LiteralRef::new_simple_literal(self.text(o)).into(),
            Object::Typed(o, dt) => {
                LiteralRef::new_typed_literal(self.text(o), NamedNodeRef::new_unchecked(dt)).into()
            }
        };
        QuadRef::new(
            NamedNodeRef::new_unchecked(self.text(t.s)),
            NamedNodeRef::new_unchecked(t.p),
            object,
            self.name(),
        )
    }
    /// The graph's quads, borrowed, in the order they were written.
    pub fn quads(&self) -> impl Iterator<Item = QuadRef<'_>> {
        self.triples.iter().map(|t| self.quad(t))
    }
    /// The graph's quads, owned (for loaders that keep them).
    pub fn into_quads(self) -> impl Iterator<Item = Quad> {
        (0..self.triples.len()).map(move |i| self.quad(&self.triples[i]).into_owned())
    }
}

/// Character (code point) offsets for byte offsets, computed once per document.
pub struct CharIndex<'a> {
    text: &'a [u8],
    /// Characters before each multiple of `STEP` bytes.
    prefix: Vec<u32>,
}

impl<'a> CharIndex<'a> {
    /// Bytes per stored count: a position's count is the stored one plus the characters
    /// started in at most this many bytes before it (a count for every byte cost a pass
    /// writing four bytes per byte of every document).
    const STEP: usize = 16;

    pub fn new(s: &'a str) -> Self {
        let mut prefix = Vec::with_capacity(s.len() / Self::STEP + 2);
        let mut n = 0u32;
        prefix.push(0);
        for chunk in s.as_bytes().chunks(Self::STEP) {
            n += chars_started(chunk);
            prefix.push(n);
        }
        CharIndex {
            text: s.as_bytes(),
            prefix,
        }
    }

    /// Characters before byte `byte` (the text's length in characters past its end).
    pub fn at(&self, byte: usize) -> i64 {
        let byte = byte.min(self.text.len());
        let k = byte / Self::STEP;
        (self.prefix[k] + chars_started(&self.text[k * Self::STEP..byte])) as i64
    }
}

/// Characters that start in `bytes`: every byte but UTF-8 continuation bytes.
fn chars_started(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32
}

/// The graph of one analysed document.
pub fn document_graph(a: &Analysis) -> Graph {
    let d = &a.doc;
    let doc = doc_iri(&d.id);
    let mut b = Graph::new(&doc);
    // Triples from what the document holds (each sentence, claim, citation, ... writes
    // a handful; claims about twenty), so that the list does not regrow: triples per byte
    // of text range from 0.17 (long articles) to 0.7 (short dense notes). Term text: the
    // text (twice: whole, and in claims) and some 40 bytes a triple; measured 0.62-0.81
    // of that on real and synthetic documents (7 to 22 bytes per byte of text).
    let expected = 16
        + 5 * d.text.blocks.len()
        + 6 * d.sentences.len()
        + 20 * a.claims.len()
        + 10 * a.citations.len()
        + a.actors
            .iter()
            .map(|f| 10 + f.def.aliases.len())
            .sum::<usize>()
        + 8 * a.works.len()
        + 10 * a.authorizations.len()
        + a.edges.len();
    b.triples.reserve(expected);
    b.buf.reserve(2 * d.text.text.len() + 40 * expected);
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
        let p = numbered(&doc, "/b", i);
        let class = match blk.kind {
            crate::ingest::BlockKind::Heading => "Heading",
            crate::ingest::BlockKind::Paragraph => "Paragraph",
            crate::ingest::BlockKind::Note => "Footnote",
            crate::ingest::BlockKind::Reference => "ReferenceEntry",
            crate::ingest::BlockKind::Furniture => continue,
        };
        b.typ(&p, w(class));
        b.iri(&p, wt!("inDocument"), &doc);
        b.int(&p, OA_START, ci.at(blk.start));
        b.int(&p, OA_END, ci.at(blk.end));
        if let Some(k) = &blk.key {
            b.lit(&p, wt!("key"), k);
        }
    }
    for (i, s) in d.sentences.iter().enumerate() {
        let si = numbered(&doc, "/s", i);
        let (os, oe) = d.text.orig_range(s.start, s.end);
        b.typ(&si, wt!("Sentence"));
        b.iri(&si, wt!("inBlock"), &numbered(&doc, "/b", s.block));
        b.int(&si, OA_START, ci.at(s.start));
        b.int(&si, OA_END, ci.at(s.end));
        b.int(&si, wt!("sourceStart"), os as i64);
        b.int(&si, wt!("sourceEnd"), oe as i64);
    }
    a.emit(&mut b, &doc, &ci);
    let n = b.len() as i64 + 1;
    b.int(&doc, wt!("tripleCount"), n);
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_the_characters_before_each_byte() {
        let s = "Caron’s “Legitimacy” ¶ 5 — ".repeat(9) + "ΟΔΥΣΣΕΥΣ Société";
        let ci = CharIndex::new(&s);
        for byte in 0..=s.len() + 3 {
            let expected = s.char_indices().take_while(|&(i, _)| i < byte).count();
            assert_eq!(ci.at(byte), expected as i64, "byte {byte}");
        }
        assert_eq!(CharIndex::new("").at(0), 0);
    }

    #[test]
    fn a_graph_gives_back_the_quads_written_to_it() {
        let mut g = Graph::new("http://x/g");
        g.typ("http://x/a", wt!("Claim"));
        g.lit("http://x/a", wt!("text"), "Members \"elect\" the board.");
        g.int("http://x/b", OA_START, -42);
        // Back to a subject seen before: its own text again, not the previous subject's.
        g.boolean("http://x/a", wt!("principal"), true);
        g.iri("http://x/a", wt!("inDocument"), "http://x/g");
        let got: Vec<String> = g.quads().map(|q| q.to_string()).collect();
        let w = W;
        assert_eq!(
            got,
            [
                format!("<http://x/a> <{RDF_TYPE}> <{w}Claim> <http://x/g>"),
                format!("<http://x/a> <{w}text> \"Members \\\"elect\\\" the board.\" <http://x/g>"),
                format!("<http://x/b> <{OA_START}> \"-42\"^^<{XSD_INTEGER}> <http://x/g>"),
                format!("<http://x/a> <{w}principal> \"true\"^^<{XSD_BOOLEAN}> <http://x/g>"),
                format!("<http://x/a> <{w}inDocument> <http://x/g> <http://x/g>"),
            ]
        );
        assert_eq!(g.len(), 5);
        let owned: Vec<Quad> = g.into_quads().collect();
        assert_eq!(
            owned[2].object.to_string(),
            format!("\"-42\"^^<{XSD_INTEGER}>")
        );
    }
}
