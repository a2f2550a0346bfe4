//! Stage 4: the store. A small interface (`Backend`) so that a second backend (a remote
//! SPARQL 1.1 Protocol / Graph Store Protocol server) fits without touching extraction
//! or the CLI; `OxStore` is the embedded Oxigraph implementation.

pub mod chains;
mod oxi;

pub use oxi::OxStore;

use crate::error::Result;
use oxigraph::model::{NamedNode, Quad, QuadRef, Term, Triple};

/// Materialized answer of a SPARQL query, independent of the backend.
#[derive(Debug, Clone)]
pub enum Answer {
    Solutions {
        vars: Vec<String>,
        rows: Vec<Vec<Option<Term>>>,
    },
    Boolean(bool),
    Graph(Vec<Triple>),
}

impl Answer {
    /// Rows as strings (IRIs and literal values), for callers that render text.
    pub fn rows_as_strings(&self) -> Vec<Vec<String>> {
        match self {
            Answer::Solutions { rows, .. } => rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|t| t.as_ref().map(term_value).unwrap_or_default())
                        .collect()
                })
                .collect(),
            _ => Vec::new(),
        }
    }
    /// Rows as maps from variable name to plain value; unbound variables are absent.
    pub fn maps(&self) -> Vec<std::collections::BTreeMap<String, String>> {
        match self {
            Answer::Solutions { vars, rows } => rows
                .iter()
                .map(|r| {
                    vars.iter()
                        .zip(r)
                        .filter_map(|(v, t)| t.as_ref().map(|t| (v.clone(), term_value(t))))
                        .collect()
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The plain value of a term: IRI string or literal lexical form.
pub fn term_value(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        _ => t.to_string(),
    }
}

/// What warrant needs from a store.
pub trait Backend {
    /// Replaces a named graph's content in one transaction: readers see the old graph
    /// or the new one, never a mix, and a failure leaves the old one.
    fn replace_graph<'a>(
        &self,
        graph: &NamedNode,
        quads: &mut dyn Iterator<Item = QuadRef<'a>>,
    ) -> Result<()>;
    /// Loads many graphs at once into a store where they do not exist yet (bulk path), and
    /// leaves the store ready for incremental writes.
    fn bulk_insert(&self, quads: &mut dyn Iterator<Item = Quad>) -> Result<()>;
    /// Drops a named graph; false when it did not exist.
    fn drop_graph(&self, graph: &NamedNode) -> Result<bool>;
    fn has_graph(&self, graph: &NamedNode) -> Result<bool>;
    /// Runs a SPARQL query over the union of all graphs.
    fn query(&self, sparql: &str) -> Result<Answer> {
        self.query_bound(sparql, &[])
    }
    /// Runs a query with variables bound beforehand (e.g. `?g` to one document's graph, so
    /// that shipped queries scope to a document without being rewritten).
    fn query_bound(&self, sparql: &str, bind: &[(&str, Term)]) -> Result<Answer>;
    /// Streams quads (all, or one graph's) in an order that depends only on the store's
    /// content, so the same content always exports to the same bytes.
    fn each_quad(
        &self,
        graph: Option<&NamedNode>,
        f: &mut dyn FnMut(Quad) -> Result<()>,
    ) -> Result<()>;
    /// The evaluation plan of a query with the time and rows of each step (JSON), for
    /// finding out why a query is slow. Backends that cannot tell say so.
    fn explain(&self, _sparql: &str) -> Result<String> {
        Err(crate::error::Error::invalid(
            "--explain",
            "this store cannot explain queries",
        ))
    }
    fn len(&self) -> Result<usize>;
    fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }
}
