//! The library facade used by the CLI: open a store, load documents, query, export.

use crate::error::{Error, Result};
use crate::extract::actors::Gazetteer;
use crate::extract::{self, Analysis, Counts};
use crate::ingest::{self, Document};
use crate::query;
use crate::rdf::{self, vocab};
use crate::store::{chains, Answer, Backend, OxStore};
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

/// Loads of at least this many new documents use the bulk loader.
const BULK_MIN: usize = 32;
/// Documents extracted in parallel at a time before they are handed on in order.
const EXTRACT_CHUNK: usize = 64;

/// Progress of a load, reported per document as it is stored.
pub enum LoadEvent<'a> {
    /// The number of files about to be loaded.
    Started(usize),
    /// Files in the directories given that are in a format warrant does not read, counted
    /// by extension ("" for none); sent before `Started` when there are any.
    Skipped(&'a [(String, usize)]),
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
                vocab::wt!("sha256")
            );
            if let Answer::Boolean(true) = self.store.query(&marker)? {
                continue;
            }
            let mut quads = parse_turtle(ttl, &graph)
                .map_err(|e| Error::invalid(format!("ontology/{name}.ttl"), e))?;
            quads.push(Quad::new(
                g.clone(),
                NamedNode::new_unchecked(vocab::wt!("sha256")),
                oxigraph::model::Literal::new_simple_literal(&hash),
                GraphName::NamedNode(g.clone()),
            ));
            self.store
                .replace_graph(&g, &mut quads.iter().map(Quad::as_ref))?;
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
        let (files, skipped) = ingest::collect(paths)?;
        if !skipped.is_empty() {
            on_event(LoadEvent::Skipped(&skipped));
        }
        let existing = self.doc_paths(&candidate_ids(&files))?;
        let ids = assign_ids(&files, &existing);
        on_event(LoadEvent::Started(files.len()));
        // Many documents new to the store go through Oxigraph's bulk loader; a document
        // that replaces a stored version gets its own transaction, so that an interrupted
        // load leaves the previous version intact.
        // The bulk path ends with a compaction of the whole store: worth it when the load
        // at least doubles the store.
        let bulk = files.len() >= BULK_MIN
            && !ids.iter().any(|id| existing.contains_key(id))
            && files.len() >= self.doc_count()?;
        let (tx, rx) =
            std::sync::mpsc::sync_channel::<(usize, Result<(LoadReport, rdf::Graph)>)>(256);
        let mut reports = Vec::new();
        let mut failed = 0;
        let mut facts = chains::ChainFacts::default();
        let mut result: Result<()> = Ok(());
        std::thread::scope(|scope| {
            // Extraction and RDF mapping run in parallel while this thread stores: the two
            // overlap. Documents go out a chunk at a time in input order, so memory stays
            // bounded by a chunk and the channel whatever the corpus size (rayon's split of the
            // whole list would park half the results until the first half is stored).
            let (all_files, all_ids, existing) = (&files, &ids, &existing);
            scope.spawn(move || {
                extract::warm_up();
                let mut i = 0;
                for (files, ids) in all_files
                    .chunks(EXTRACT_CHUNK)
                    .zip(all_ids.chunks(EXTRACT_CHUNK))
                {
                    let results: Vec<_> = files
                        .par_iter()
                        .zip(ids.par_iter())
                        .map(|(p, id)| {
                            analyse_file(p, id, gaz).map(|a| {
                                let graph = rdf::document_graph(&a);
                                let report = LoadReport {
                                    id: a.doc.id.clone(),
                                    path: a.doc.path.clone(),
                                    counts: a.counts(),
                                    triples: graph.len(),
                                    replaced: existing.contains_key(&a.doc.id),
                                };
                                (report, graph)
                            })
                        })
                        .collect();
                    for r in results {
                        // The receiver is gone after a failed store: stop extracting.
                        if tx.send((i, r)).is_err() {
                            return;
                        }
                        i += 1;
                    }
                }
            });
            // Owned here, so that an early return (a failed bulk load) drops the receiver and
            // the extracting thread stops instead of blocking on a full channel.
            let rx = rx;
            let mut ordered = rx.iter();
            let mut handle = |i: usize,
                              r: Result<(LoadReport, rdf::Graph)>,
                              store_it: &mut dyn FnMut(
                &LoadReport,
                rdf::Graph,
                &mut chains::ChainFacts,
            ) -> Result<()>| {
                match r.and_then(|(rep, q)| {
                    facts.observe(q.quads());
                    store_it(&rep, q, &mut facts).map(|_| rep)
                }) {
                    Ok(rep) => {
                        on_event(LoadEvent::Stored(&rep));
                        reports.push(rep);
                    }
                    Err(e) => {
                        failed += 1;
                        on_event(LoadEvent::Failed(&files[i], &e));
                    }
                }
            };
            if bulk {
                // Owned quads are made here, one document at a time, as the loader asks.
                let mut batch: Box<dyn Iterator<Item = Quad>> = Box::new(std::iter::empty());
                let quads = std::iter::from_fn(|| loop {
                    if let Some(q) = batch.next() {
                        return Some(q);
                    }
                    let (i, r) = ordered.next()?;
                    handle(i, r, &mut |_, g, _| {
                        batch = Box::new(g.into_quads());
                        Ok(())
                    });
                });
                result = self.store.bulk_insert(&mut quads.into_iter());
            } else {
                for (i, r) in ordered.by_ref() {
                    handle(i, r, &mut |rep, q, facts| {
                        let g = NamedNode::new_unchecked(vocab::doc_iri(&rep.id));
                        if rep.replaced {
                            facts.observe_stored(self.store.as_ref(), &g)?;
                        }
                        self.store.replace_graph(&g, &mut q.quads())
                    });
                }
            }
        });
        result?;
        if bulk {
            chains::rebuild(self.store.as_ref(), &facts)?;
        } else {
            chains::update(self.store.as_ref(), &facts)?;
        }
        Ok((reports, failed))
    }

    /// id -> source path of the stored documents among `ids`, each read from its own
    /// graph (listing every document costs most of a one-document reload at 10,000).
    fn doc_paths(&self, ids: &[String]) -> Result<HashMap<String, String>> {
        let mut out = HashMap::new();
        for chunk in ids.chunks(1000) {
            let graphs: String = chunk
                .iter()
                .filter_map(|id| NamedNode::new(vocab::doc_iri(id)).ok())
                .map(|g| format!("{g} "))
                .collect();
            let q = format!(
                "SELECT ?id ?path WHERE {{ VALUES ?g {{ {graphs}}} GRAPH ?g {{ ?g <{}identifier> ?id ; <{}> ?path }} }}",
                vocab::DCT,
                vocab::wt!("sourcePath")
            );
            out.extend(
                self.store
                    .query(&q)?
                    .rows_as_strings()
                    .into_iter()
                    .map(|r| (r[0].clone(), r[1].clone())),
            );
        }
        Ok(out)
    }

    fn doc_count(&self) -> Result<usize> {
        let q = format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ ?d a <{}> }}",
            vocab::wt!("Document")
        );
        Ok(self.store.query(&q)?.rows_as_strings()[0][0]
            .parse()
            .unwrap_or(0))
    }

    pub fn docs(&self) -> Result<Vec<DocRow>> {
        // The triple count is stored with each document; a graph written before that was
        // stored is counted.
        let q = format!(
            "SELECT ?d ?id ?title ?format ?path ?n WHERE {{ \
             GRAPH ?d {{ ?d a <{doc}> ; <{dct}identifier> ?id ; <{dct}title> ?title ; <{dct}format> ?format ; <{src}> ?path . \
             OPTIONAL {{ ?d <{count}> ?n }} }} }} ORDER BY ?id",
            doc = vocab::wt!("Document"),
            dct = vocab::DCT,
            src = vocab::wt!("sourcePath"),
            count = vocab::wt!("tripleCount")
        );
        let a = self.store.query(&q)?;
        a.rows_as_strings()
            .into_iter()
            .map(|r| {
                let triples = match r[5].parse() {
                    Ok(n) => n,
                    Err(_) => self
                        .store
                        .query(&format!(
                            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}",
                            r[0]
                        ))?
                        .rows_as_strings()[0][0]
                        .parse()
                        .unwrap_or(0),
                };
                Ok(DocRow {
                    id: r[1].clone(),
                    title: r[2].clone(),
                    format: r[3].clone(),
                    path: r[4].clone(),
                    triples,
                })
            })
            .collect()
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
        let mut facts = chains::ChainFacts::default();
        facts.observe_stored(self.store.as_ref(), &g)?;
        self.store.drop_graph(&g)?;
        chains::update(self.store.as_ref(), &facts)
    }

    pub fn query(&self, sparql: &str) -> Result<Answer> {
        self.store.query(sparql)
    }

    /// The evaluation plan of a query with per-step statistics (JSON); with a document,
    /// scoped as `query_doc` scopes queries written over `GRAPH ?g`.
    pub fn explain(&self, sparql: &str, doc: Option<&str>) -> Result<String> {
        match doc {
            Some(d) => {
                let g = self.require_doc(d)?;
                self.store.explain(&scope_to_graph(sparql, &g))
            }
            None => self.store.explain(sparql),
        }
    }

    /// Runs a query on one document: binds `?doc` (the document id every shipped query
    /// selects) or else `?g` (its graph) before evaluation, so the store only reads that
    /// document instead of filtering the whole corpus afterwards.
    pub fn query_doc(&self, sparql: &str, doc: &str) -> Result<Answer> {
        let g = self.require_doc(doc)?;
        // Queries written over `GRAPH ?g` (all shipped ones) get the graph itself, so the
        // engine reads that graph only, whatever join order it picks.
        if sparql.contains("GRAPH ?g") {
            return self.store.query(&scope_to_graph(sparql, &g));
        }
        let not_projected =
            |e: &Error| matches!(e, Error::QueryEval(m) if m.contains("does not contain"));
        match self.store.query_bound(
            sparql,
            &[(
                "doc",
                oxigraph::model::Literal::new_simple_literal(doc).into(),
            )],
        ) {
            Err(e) if not_projected(&e) => match self.store.query_bound(sparql, &[("g", g.into())])
            {
                Err(e) if not_projected(&e) => Err(Error::invalid(
                    "--doc",
                    "the query must select ?doc or ?g to be scoped to one document",
                )),
                r => r,
            },
            r => r,
        }
    }

    /// Writes all graphs (or one document's), streamed; the same content gives the same bytes.
    pub fn export(
        &self,
        doc: Option<&str>,
        format: RdfFormat,
        out: &mut dyn Write,
    ) -> Result<usize> {
        let g = doc.map(|d| self.require_doc(d)).transpose()?;
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
        let mut n = 0;
        let datasets = format.supports_datasets();
        self.store.each_quad(g.as_ref(), &mut |q| {
            n += 1;
            if datasets {
                w.serialize_quad(&q).map_err(io)
            } else {
                w.serialize_triple(q.as_ref()).map_err(io)
            }
        })?;
        w.finish().map_err(io)?;
        Ok(n)
    }
}

/// The query with its graph variable `?g` replaced by the graph itself.
fn scope_to_graph(sparql: &str, g: &NamedNode) -> String {
    static GRAPH_VAR: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\?g\b").unwrap());
    GRAPH_VAR
        .replace_all(sparql, format!("<{}>", g.as_str()).as_str())
        .into_owned()
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

pub struct ExtractStats {
    pub docs: usize,
    pub bytes: u64,
    pub quads: usize,
    pub seconds: f64,
    /// CPU seconds per stage, summed over threads: read, normalize, the extraction
    /// stages of `extract::STAGES`, rdf.
    pub stages: Vec<(&'static str, f64)>,
}

/// Extraction and RDF mapping of files in parallel, without a store (benchmarks).
pub fn bench_extract(paths: &[PathBuf]) -> Result<ExtractStats> {
    use std::sync::atomic::{AtomicU64, Ordering};
    let files = ingest::collect_paths(paths)?;
    let gaz = &*extract::actors::BUILTIN;
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let names: Vec<&'static str> = ["read", "normalize"]
        .into_iter()
        .chain(extract::STAGES)
        .chain(["rdf"])
        .collect();
    let nanos: Vec<AtomicU64> = names.iter().map(|_| AtomicU64::new(0)).collect();
    let add = |i: usize, d: std::time::Duration| {
        nanos[i].fetch_add(d.as_nanos() as u64, Ordering::Relaxed);
    };
    let start = std::time::Instant::now();
    extract::warm_up();
    let quads: usize = files
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            let t = std::time::Instant::now();
            let Ok((format, bytes)) = ingest::read_source(p) else {
                return 0;
            };
            add(0, t.elapsed());
            let t = std::time::Instant::now();
            let Ok(doc) = ingest::parse(&format!("d{i}"), p, format, &bytes) else {
                return 0;
            };
            add(1, t.elapsed());
            let a = extract::analyze_timed(doc, gaz, &mut |s, d| add(2 + s, d));
            let t = std::time::Instant::now();
            let n = rdf::document_graph(&a).len();
            add(names.len() - 1, t.elapsed());
            n
        })
        .sum();
    Ok(ExtractStats {
        docs: files.len(),
        bytes,
        quads,
        seconds: start.elapsed().as_secs_f64(),
        stages: names
            .iter()
            .zip(&nanos)
            .map(|(n, v)| (*n, v.load(Ordering::Relaxed) as f64 / 1e9))
            .collect(),
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
/// A file's id is its stem, or the stem and a hash of its path when another file
/// already has that stem.
fn id_options(p: &Path) -> (String, String, String) {
    let abs = p
        .canonicalize()
        .unwrap_or_else(|_| p.to_path_buf())
        .to_string_lossy()
        .into_owned();
    let stem = ingest::doc_id_for(p);
    let hashed = format!(
        "{stem}-{}",
        &ingest::hex(&Sha256::digest(abs.as_bytes()))[..8]
    );
    (abs, stem, hashed)
}

/// Every id the files could get, to look up in the store.
fn candidate_ids(files: &[PathBuf]) -> Vec<String> {
    files
        .iter()
        .flat_map(|p| {
            let (_, stem, hashed) = id_options(p);
            [stem, hashed]
        })
        .collect()
}

fn assign_ids(files: &[PathBuf], existing: &HashMap<String, String>) -> Vec<String> {
    let mut taken: HashMap<String, String> = existing.clone();
    files
        .iter()
        .map(|p| {
            let (abs, stem, hashed) = id_options(p);
            let id = match taken.get(&stem) {
                Some(other) if *other != abs => hashed,
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
