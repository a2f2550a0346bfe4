//! The library facade used by the CLI: open a store, load documents, query, export.

use crate::error::{Error, Result};
use crate::extract::actors::Gazetteer;
use crate::extract::{self, Analysis, Counts};
use crate::ingest::{self, Document};
use crate::query;
use crate::rdf::{self, vocab};
use crate::store::{Answer, Backend, OxStore};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, Quad};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Warrant {
    store: Box<dyn Backend + Send + Sync>,
}

/// One line of `warrant docs`.
#[derive(Debug, Clone)]
pub struct DocRow {
    pub id: String,
    pub title: String,
    pub format: String,
    pub path: String,
    pub triples: usize,
}

/// Progress of a load, reported per document as it is stored.
pub enum LoadEvent<'a> {
    Stored(&'a LoadReport),
    Failed(&'a Path, &'a Error),
}

#[derive(Debug, Clone)]
pub struct LoadReport {
    pub id: String,
    pub path: PathBuf,
    pub counts: Counts,
    pub triples: usize,
    pub replaced: bool,
}

impl Warrant {
    pub fn open(path: &Path) -> Result<Self> {
        Ok(Warrant {
            store: Box::new(OxStore::open(path)?),
        })
    }

    pub fn memory() -> Result<Self> {
        Ok(Warrant {
            store: Box::new(OxStore::memory()?),
        })
    }

    pub fn with_backend(store: Box<dyn Backend + Send + Sync>) -> Self {
        Warrant { store }
    }

    pub fn backend(&self) -> &dyn Backend {
        self.store.as_ref()
    }

    /// Loads the shipped ontology graphs when missing or changed.
    pub fn ensure_ontology(&self) -> Result<()> {
        for (name, ttl) in query::ONTOLOGY {
            let graph = if *name == "actors" {
                vocab::ACTORS_GRAPH
            } else {
                vocab::ONTOLOGY_GRAPH
            };
            let graph = if *name == "actors" || *name == "warrant" {
                graph.to_string()
            } else {
                format!("{graph}/{name}")
            };
            let g = NamedNode::new_unchecked(&graph);
            let hash = ingest::hex(&Sha256::digest(ttl.as_bytes()));
            let marker = format!(
                "ASK {{ GRAPH <{graph}> {{ <{graph}> <{}> \"{hash}\" }} }}",
                vocab::w("sha256")
            );
            if let Answer::Boolean(true) = self.store.query(&marker)? {
                continue;
            }
            let mut quads = parse_turtle(ttl, &graph)
                .map_err(|e| Error::invalid(format!("ontology/{name}.ttl"), e))?;
            quads.push(Quad::new(
                g.clone(),
                NamedNode::new_unchecked(vocab::w("sha256")),
                oxigraph::model::Literal::new_simple_literal(&hash),
                GraphName::NamedNode(g.clone()),
            ));
            self.store.replace_graph(&g, &quads)?;
        }
        Ok(())
    }

    /// Reads, analyses (in parallel) and stores documents; each document replaces its
    /// previous version in one transaction. Bad files are reported and skipped; the
    /// others are still stored.
    pub fn load(
        &self,
        paths: &[PathBuf],
        gaz: &Gazetteer,
        on_event: &mut dyn FnMut(LoadEvent),
    ) -> Result<(Vec<LoadReport>, usize)> {
        self.ensure_ontology()?;
        let files = ingest::collect_paths(paths)?;
        let existing = self.doc_paths()?;
        let ids = assign_ids(&files, &existing);
        let analysed: Vec<(PathBuf, Result<Analysis>)> = files
            .par_iter()
            .zip(ids.par_iter())
            .map(|(p, id)| (p.clone(), analyse_file(p, id, gaz)))
            .collect();
        let mut reports = Vec::new();
        let mut failed = 0;
        for (path, a) in analysed {
            match a.and_then(|a| self.store_analysis(&a, &existing)) {
                Ok(r) => {
                    on_event(LoadEvent::Stored(&r));
                    reports.push(r);
                }
                Err(e) => {
                    failed += 1;
                    on_event(LoadEvent::Failed(&path, &e));
                }
            }
        }
        Ok((reports, failed))
    }

    fn store_analysis(
        &self,
        a: &Analysis,
        existing: &HashMap<String, String>,
    ) -> Result<LoadReport> {
        let quads = rdf::document_quads(a);
        let g = NamedNode::new_unchecked(vocab::doc_iri(&a.doc.id));
        self.store.replace_graph(&g, &quads)?;
        Ok(LoadReport {
            id: a.doc.id.clone(),
            path: a.doc.path.clone(),
            counts: a.counts(),
            triples: quads.len(),
            replaced: existing.contains_key(&a.doc.id),
        })
    }

    /// id -> source path of every stored document.
    fn doc_paths(&self) -> Result<HashMap<String, String>> {
        let q = format!(
            "SELECT ?id ?path WHERE {{ ?d a <{}> ; <{}identifier> ?id ; <{}> ?path }}",
            vocab::w("Document"),
            vocab::DCT,
            vocab::w("sourcePath")
        );
        let a = self.store.query(&q)?;
        Ok(a.rows_as_strings()
            .into_iter()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect())
    }

    pub fn docs(&self) -> Result<Vec<DocRow>> {
        let q = format!(
            "SELECT ?id ?title ?format ?path (COUNT(*) AS ?n) WHERE {{ \
             GRAPH ?d {{ ?d a <{doc}> ; <{dct}identifier> ?id ; <{dct}title> ?title ; <{dct}format> ?format ; <{src}> ?path . ?s ?p ?o }} }} \
             GROUP BY ?id ?title ?format ?path ORDER BY ?id",
            doc = vocab::w("Document"),
            dct = vocab::DCT,
            src = vocab::w("sourcePath")
        );
        let a = self.store.query(&q)?;
        Ok(a.rows_as_strings()
            .into_iter()
            .map(|r| DocRow {
                id: r[0].clone(),
                title: r[1].clone(),
                format: r[2].clone(),
                path: r[3].clone(),
                triples: r[4].parse().unwrap_or(0),
            })
            .collect())
    }

    pub fn require_doc(&self, id: &str) -> Result<NamedNode> {
        let g = NamedNode::new(vocab::doc_iri(id))
            .map_err(|_| Error::UnknownDocument { id: id.into() })?;
        if self.store.has_graph(&g)? {
            Ok(g)
        } else {
            Err(Error::UnknownDocument { id: id.into() })
        }
    }

    pub fn remove(&self, id: &str) -> Result<()> {
        let g = self.require_doc(id)?;
        self.store.drop_graph(&g)?;
        Ok(())
    }

    pub fn query(&self, sparql: &str) -> Result<Answer> {
        self.store.query(sparql)
    }

    /// Writes all graphs (or one document's) sorted, so the same store gives the same bytes.
    pub fn export(
        &self,
        doc: Option<&str>,
        format: RdfFormat,
        out: &mut dyn Write,
    ) -> Result<usize> {
        let g = doc.map(|d| self.require_doc(d)).transpose()?;
        let mut quads = self.store.quads(g.as_ref())?;
        quads.sort_by(|a, b| {
            (
                a.graph_name.to_string(),
                a.subject.to_string(),
                a.predicate.as_str(),
                a.object.to_string(),
            )
                .cmp(&(
                    b.graph_name.to_string(),
                    b.subject.to_string(),
                    b.predicate.as_str(),
                    b.object.to_string(),
                ))
        });
        let io = |e: std::io::Error| Error::Io {
            path: "(export)".into(),
            source: e,
        };
        let mut ser = RdfSerializer::from_format(format);
        for (p, ns) in [
            ("w", vocab::W),
            ("dct", vocab::DCT),
            ("oa", vocab::OA),
            ("skos", vocab::SKOS),
            ("prov", vocab::PROV),
            ("cito", vocab::CITO),
            ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ] {
            ser = ser
                .with_prefix(p, ns)
                .map_err(|e| Error::invalid("export", e.to_string()))?;
        }
        let mut w = ser.for_writer(out);
        let n = quads.len();
        for q in &quads {
            if format.supports_datasets() {
                w.serialize_quad(q).map_err(io)?;
            } else {
                w.serialize_triple(q.as_ref()).map_err(io)?;
            }
        }
        w.finish().map_err(io)?;
        Ok(n)
    }

    pub fn triple_count(&self) -> Result<usize> {
        self.store.len()
    }
}

/// Reads and analyses one file (pure apart from reading it).
pub fn analyse_file(path: &Path, id: &str, gaz: &Gazetteer) -> Result<Analysis> {
    let (format, bytes) = ingest::read_source(path)?;
    let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    // A bug in one extractor must cost one document, not the whole load.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let doc: Document = ingest::parse(id, &abs, format, &bytes)?;
        Ok(extract::analyze(doc, gaz))
    }))
    .unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(Error::invalid(
            path.display().to_string(),
            format!("internal error while analysing this file ({msg}); please report it"),
        ))
    })
}

/// The built-in gazetteer, extended by a user's Turtle file of actors.
pub fn gazetteer(extra: Option<&Path>) -> Result<Gazetteer> {
    let base = &*extract::actors::BUILTIN;
    match extra {
        None => Ok(base.clone()),
        Some(p) => {
            let ttl = std::fs::read_to_string(p).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => Error::NotFound { path: p.into() },
                _ => Error::Unreadable {
                    path: p.into(),
                    source: e,
                },
            })?;
            let user = Gazetteer::from_turtle(&ttl).map_err(|e| {
                Error::invalid(
                    p.display().to_string(),
                    format!("not a valid Turtle gazetteer: {e}"),
                )
            })?;
            if user.actors.is_empty() {
                return Err(Error::invalid(
                    p.display().to_string(),
                    "no actors found (expected w:Actor resources with skos:prefLabel)",
                ));
            }
            Ok(base.merged(&user))
        }
    }
}

/// Document ids: the file stem, unless another file (stored or in this load) already
/// has that stem, in which case a short hash of the path keeps them apart.
fn assign_ids(files: &[PathBuf], existing: &HashMap<String, String>) -> Vec<String> {
    let mut taken: HashMap<String, String> = existing.clone();
    files
        .iter()
        .map(|p| {
            let abs = p
                .canonicalize()
                .unwrap_or_else(|_| p.clone())
                .to_string_lossy()
                .into_owned();
            let stem = ingest::doc_id_for(p);
            let id = match taken.get(&stem) {
                Some(other) if *other != abs => {
                    format!(
                        "{stem}-{}",
                        &ingest::hex(&Sha256::digest(abs.as_bytes()))[..8]
                    )
                }
                _ => stem,
            };
            taken.insert(id.clone(), abs);
            id
        })
        .collect()
}

fn parse_turtle(ttl: &str, graph: &str) -> std::result::Result<Vec<Quad>, String> {
    let g = NamedNode::new_unchecked(graph);
    RdfParser::from_format(RdfFormat::Turtle)
        .with_default_graph(g)
        .for_slice(ttl.as_bytes())
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())
}
