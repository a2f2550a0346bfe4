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
    /// The subject of the last triple given as text (see `Term for &str`).
    last_subject: Str,
}

/// A term's text: fixed (warrant's own vocabulary) or a span of the graph's buffer.
#[derive(Clone, Copy)]
pub(crate) enum Str {
    Fixed(&'static str),
    Span(u32, u32),
}

/// An IRI in a graph, written once (`Graph::node`) and then named by this handle: a
/// claim's IRI is the subject or object of some twenty triples, and comparing or copying
/// its text for each cost more than the triple itself.
#[derive(Clone, Copy)]
pub(crate) struct Node(Str);

impl Node {
    /// One of warrant's own terms (or another fixed IRI), not copied into the graph.
    pub(crate) fn fixed(iri: &'static str) -> Node {
        Node(Str::Fixed(iri))
    }
}

/// A literal's text written once into a graph (a document's normalized text), so that
/// literals quoting parts of it (claims, citations: each quoted twice) name a span of it
/// instead of copying it again; or a fixed text of warrant's own.
#[derive(Clone, Copy)]
pub(crate) struct Lit(Str);

impl Lit {
    pub(crate) fn fixed(text: &'static str) -> Lit {
        Lit(Str::Fixed(text))
    }
    /// The part of this text at `range` (byte offsets into it, on character boundaries).
    pub(crate) fn slice(self, range: std::ops::Range<usize>) -> Lit {
        match self.0 {
            Str::Fixed(t) => Lit(Str::Fixed(&t[range])),
            Str::Span(a, z) => {
                assert!(range.start <= range.end && a as usize + range.end <= z as usize);
                Lit(Str::Span(a + range.start as u32, a + range.end as u32))
            }
        }
    }
}

/// A literal's text: a `Lit`, or text copied into the graph.
pub(crate) trait LitText {
    fn put(self, g: &mut Graph) -> Str;
}

impl LitText for Lit {
    fn put(self, _: &mut Graph) -> Str {
        self.0
    }
}

impl LitText for &str {
    fn put(self, g: &mut Graph) -> Str {
        g.push_text(self)
    }
}

impl LitText for &String {
    fn put(self, g: &mut Graph) -> Str {
        g.push_text(self)
    }
}

/// A triple's subject or IRI object: a node, or an IRI's text, copied into the graph.
pub(crate) trait Term {
    fn subject(self, g: &mut Graph) -> Str;
    fn object(self, g: &mut Graph) -> Str;
}

impl Term for Node {
    fn subject(self, _: &mut Graph) -> Str {
        self.0
    }
    fn object(self, _: &mut Graph) -> Str {
        self.0
    }
}

impl Term for &str {
    /// A subject's triples come together: its text is stored once, not once per triple.
    fn subject(self, g: &mut Graph) -> Str {
        if g.text(g.last_subject) != self {
            g.last_subject = g.push_text(self);
        }
        g.last_subject
    }
    fn object(self, g: &mut Graph) -> Str {
        g.push_text(self)
    }
}

impl Term for &String {
    fn subject(self, g: &mut Graph) -> Str {
        self.as_str().subject(g)
    }
    fn object(self, g: &mut Graph) -> Str {
        self.as_str().object(g)
    }
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
    /// An IRI written once, from its parts, to be named by handle.
    pub(crate) fn node(&mut self, parts: &[&str]) -> Node {
        let a = self.buf.len();
        for p in parts {
            self.buf.push_str(p);
        }
        Node(Str::Span(a as u32, self.buf.len() as u32))
    }
    /// `base` + `sep` + the number `n`: instance IRIs are numbered within their document
    /// (blocks, sentences, claims, citations).
    pub(crate) fn numbered(&mut self, base: &str, sep: &str, n: usize) -> Node {
        self.node(&[base, sep, itoa::Buffer::new().format(n)])
    }
    /// A node's IRI with `suffix` after it, as a node of its own ("…/claim/3#quote").
    pub(crate) fn suffixed(&mut self, base: Node, suffix: &str) -> Node {
        let a = self.buf.len();
        match base.0 {
            Str::Fixed(t) => self.buf.push_str(t),
            Str::Span(s, z) => self.buf.extend_from_within(s as usize..z as usize),
        }
        self.buf.push_str(suffix);
        Node(Str::Span(a as u32, self.buf.len() as u32))
    }
    /// A node's IRI (the tests read it; triples name nodes by handle).
    #[cfg(test)]
    fn iri_of(&self, n: Node) -> &str {
        self.text(n.0)
    }
    fn add(&mut self, s: Str, p: &'static str, o: Object) {
        self.triples.push(Triple { s, p, o });
    }
    pub(crate) fn iri(&mut self, s: impl Term, p: &'static str, o: impl Term) {
        let s = s.subject(self);
        let o = o.object(self);
        self.add(s, p, Object::Iri(o));
    }
    /// `s a class`; classes are warrant's own, fixed terms.
    pub(crate) fn typ(&mut self, s: impl Term, class: &'static str) {
        let s = s.subject(self);
        self.add(s, RDF_TYPE, Object::Iri(Str::Fixed(class)));
    }
    pub(crate) fn lit(&mut self, s: impl Term, p: &'static str, o: impl LitText) {
        let s = s.subject(self);
        let o = o.put(self);
        self.add(s, p, Object::Literal(o));
    }
    /// Writes a literal's text once, to be named by handle (see `Lit`).
    pub(crate) fn literal(&mut self, t: &str) -> Lit {
        Lit(self.push_text(t))
    }
    pub(crate) fn int(&mut self, s: impl Term, p: &'static str, o: i64) {
        let s = s.subject(self);
        let o = self.push_text(itoa::Buffer::new().format(o));
        self.add(s, p, Object::Typed(o, XSD_INTEGER));
    }
    pub(crate) fn boolean(&mut self, s: impl Term, p: &'static str, o: bool) {
        let s = s.subject(self);
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
    // text once (quotes are spans of it) and what the other terms spell, 10.6-13.5 bytes
    // per expected triple measured on real and synthetic documents.
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
    b.buf.reserve(d.text.text.len() + 16 * expected);
    let ci = CharIndex::new(&d.text.text);
    let node = b.node(&[&doc]);
    b.typ(node, wt!("Document"));
    b.lit(node, DCT_IDENTIFIER, &d.id);
    b.lit(node, DCT_TITLE, &d.text.title);
    for a in &d.text.authors {
        b.lit(node, DCT_CREATOR, a);
    }
    if let Some(date) = &d.text.date {
        b.lit(node, DCT_DATE, date);
    }
    b.lit(node, DCT_FORMAT, Lit::fixed(d.format.name()));
    b.lit(node, wt!("sha256"), &d.sha256);
    b.lit(node, wt!("sourcePath"), &*d.path.to_string_lossy());
    b.int(node, wt!("byteSize"), d.bytes as i64);
    let text = b.literal(&d.text.text);
    b.lit(node, wt!("normalizedText"), text);
    let blocks: Vec<Node> = (0..d.text.blocks.len())
        .map(|i| b.numbered(&doc, "/b", i))
        .collect();
    for (blk, &p) in d.text.blocks.iter().zip(&blocks) {
        let class = match blk.kind {
            crate::ingest::BlockKind::Heading => "Heading",
            crate::ingest::BlockKind::Paragraph => "Paragraph",
            crate::ingest::BlockKind::Note => "Footnote",
            crate::ingest::BlockKind::Reference => "ReferenceEntry",
            crate::ingest::BlockKind::Furniture => continue,
        };
        b.typ(p, w(class));
        b.iri(p, wt!("inDocument"), node);
        b.int(p, OA_START, ci.at(blk.start));
        b.int(p, OA_END, ci.at(blk.end));
        if let Some(k) = &blk.key {
            b.lit(p, wt!("key"), k);
        }
    }
    let sentences: Vec<Node> = (0..d.sentences.len())
        .map(|i| b.numbered(&doc, "/s", i))
        .collect();
    for (s, &si) in d.sentences.iter().zip(&sentences) {
        let (os, oe) = d.text.orig_range(s.start, s.end);
        b.typ(si, wt!("Sentence"));
        b.iri(si, wt!("inBlock"), blocks[s.block]);
        b.int(si, OA_START, ci.at(s.start));
        b.int(si, OA_END, ci.at(s.end));
        b.int(si, wt!("sourceStart"), os as i64);
        b.int(si, wt!("sourceEnd"), oe as i64);
    }
    a.emit(&mut b, &doc, &sentences, text, &ci);
    let n = b.len() as i64 + 1;
    b.int(node, wt!("tripleCount"), n);
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

    /// Nodes are named by handle and spelled as their parts; the numbered ones with the
    /// number after the separator (itoa, not `format!`).
    #[test]
    fn nodes_spell_their_iris() {
        let mut g = Graph::new("http://x/g");
        g.typ("http://x/a", wt!("Claim"));
        let c = g.numbered("http://x/doc/a", "/claim/", 0);
        let n = g.numbered("d", "/b", 1234567);
        let q = g.suffixed(c, "#quote");
        let f = g.suffixed(Node::fixed("http://x/f"), "#1");
        assert_eq!(g.iri_of(c), "http://x/doc/a/claim/0");
        assert_eq!(g.iri_of(n), "d/b1234567");
        assert_eq!(g.iri_of(q), "http://x/doc/a/claim/0#quote");
        assert_eq!(g.iri_of(f), "http://x/f#1");
        let d = g.node(&["http://x/", "doc/", "b"]);
        assert_eq!(g.iri_of(d), "http://x/doc/b");
        g.iri(q, wt!("about"), c);
        // A text subject after nodes: its own text, not a node's.
        g.lit("http://x/a", wt!("text"), "t");
        let got: Vec<String> = g.quads().map(|q| q.to_string()).collect();
        let w = W;
        assert_eq!(
            got,
            [
                format!("<http://x/a> <{RDF_TYPE}> <{w}Claim> <http://x/g>"),
                format!("<http://x/doc/a/claim/0#quote> <{w}about> <http://x/doc/a/claim/0> <http://x/g>"),
                format!("<http://x/a> <{w}text> \"t\" <http://x/g>"),
            ]
        );
    }

    /// A literal written once and quoted in parts: each part spells its own span.
    #[test]
    fn literal_spans_spell_their_part() {
        let mut g = Graph::new("http://x/g");
        g.typ("http://x/a", wt!("Claim"));
        let t = g.literal("Caron’s “Legitimacy” ¶ 5");
        g.lit("http://x/a", wt!("text"), t.slice(10..26));
        g.lit("http://x/a", wt!("rule"), Lit::fixed("F1").slice(1..2));
        g.lit("http://x/a", wt!("cue"), t);
        let got: Vec<String> = g.quads().map(|q| q.object.to_string()).collect();
        assert_eq!(
            got[1..],
            ["\"“Legitimacy”\"", "\"1\"", "\"Caron’s “Legitimacy” ¶ 5\""]
        );
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
