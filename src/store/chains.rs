//! The chain graph: the corpus's actor-to-actor relations (`w:derivesAuthorityFrom`,
//! `w:partOf`), each stated once, with the label and principal flag of every actor on them.
//!
//! Each document graph keeps the edges it states (that is their provenance), so a property
//! path over the union of graphs meets an edge once per document stating it: at 10,000
//! documents a walk from a common grantor reads thousands of copies. Chain queries walk this
//! graph instead. It is derived data, rebuilt after every load and remove from what the
//! other graphs hold, through the `Backend` interface only.

use super::{Answer, Backend};
use crate::error::Result;
use crate::rdf::vocab::{wt, CHAINS_GRAPH, SKOS, XSD_BOOLEAN};
use oxigraph::model::{
    GraphName, Literal, NamedNode, NamedOrBlankNodeRef, Quad, QuadRef, Term, TermRef,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the documents of one load or remove say about chains: the edges they state (new
/// and old versions), and the labels and principal flags of their actors, so that an
/// update neither scans the corpus nor looks actors up one by one.
#[derive(Debug, Default)]
pub struct ChainFacts {
    facts: HashMap<String, Fact>,
    touched: BTreeSet<Triple>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Fact {
    label: Option<String>,
    principal: bool,
}

impl ChainFacts {
    /// Records the chain edges the quads state, and the label and principal flag of every
    /// actor they describe.
    pub fn observe<'a>(&mut self, quads: impl IntoIterator<Item = QuadRef<'a>>) {
        let label = format!("{SKOS}prefLabel");
        let principal = wt!("principal");
        let (derives, part_of) = (wt!("derivesAuthorityFrom"), wt!("partOf"));
        for q in quads {
            let p = q.predicate.as_str();
            if p == derives || p == part_of {
                if let (NamedOrBlankNodeRef::NamedNode(s), TermRef::NamedNode(o)) =
                    (q.subject, q.object)
                {
                    self.touched
                        .insert([s.as_str().into(), p.into(), o.as_str().into()]);
                }
                continue;
            }
            let is_label = p == label;
            if !is_label && p != principal {
                continue;
            }
            let NamedOrBlankNodeRef::NamedNode(s) = q.subject else {
                continue;
            };
            let TermRef::Literal(l) = q.object else {
                continue;
            };
            let f = self.facts.entry(s.as_str().to_string()).or_default();
            if is_label {
                f.label.get_or_insert_with(|| l.value().to_string());
            } else {
                f.principal |= l.value() == "true";
            }
        }
    }
}

impl ChainFacts {
    /// Records the edges a stored graph states before it is replaced or removed: if no other
    /// graph states them, they leave the chain graph.
    pub fn observe_stored(&mut self, store: &dyn Backend, graph: &NamedNode) -> Result<()> {
        self.touched.extend(triples(store.query(&format!(
            "SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} {} FILTER(isIRI(?o)) }}",
            chain_predicates()
        ))?));
        Ok(())
    }
}

/// Rebuilds the chain graph from the edges every other graph states (after bulk loads).
pub fn rebuild(store: &dyn Backend, fresh: &ChainFacts) -> Result<()> {
    let edges = triples(store.query(&format!(
        "SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} \
         {} FILTER(?g != <{CHAINS_GRAPH}>) FILTER(isIRI(?o)) }}",
        chain_predicates()
    ))?);
    write(store, edges.into_iter().collect(), fresh)
}

/// Updates the chain graph for the edges the documents of one load or remove touched: each
/// stays if some graph still states it. Costs a query per touched edge, not a corpus scan.
pub fn update(store: &dyn Backend, fresh: &ChainFacts) -> Result<()> {
    // A store written before the chain graph existed (or with no chain at all) gets it whole.
    if !store.has_graph(&NamedNode::new_unchecked(CHAINS_GRAPH))? {
        return rebuild(store, fresh);
    }
    let mut edges: BTreeSet<Triple> = triples(store.query(&format!(
        "SELECT ?s ?p ?o WHERE {{ GRAPH <{CHAINS_GRAPH}> {{ ?s ?p ?o }} {} }}",
        chain_predicates()
    ))?)
    .into_iter()
    .collect();
    for e @ [s, p, o] in &fresh.touched {
        let stated = matches!(
            store.query(&format!(
                "ASK {{ GRAPH ?g {{ <{s}> <{p}> <{o}> }} FILTER(?g != <{CHAINS_GRAPH}>) }}"
            ))?,
            Answer::Boolean(true)
        );
        if stated {
            edges.insert(e.clone());
        } else {
            edges.remove(e);
        }
    }
    write(store, edges, fresh)
}

/// Writes the chain graph for these edges, with the label and principal flag of each actor
/// on them; only when the content changed.
fn write(store: &dyn Backend, edges: BTreeSet<Triple>, fresh: &ChainFacts) -> Result<()> {
    let chains = NamedNode::new_unchecked(CHAINS_GRAPH);
    let old_rows = triples(store.query(&format!(
        "SELECT ?s ?p ?o WHERE {{ GRAPH <{CHAINS_GRAPH}> {{ ?s ?p ?o }} }}"
    ))?);
    let label_p = format!("{SKOS}prefLabel");
    let principal_p = wt!("principal");
    // What the chain graph knew before: actor facts and its exact content.
    let mut known: HashMap<String, Fact> = HashMap::new();
    for r in &old_rows {
        let f = known.entry(r[0].clone()).or_default();
        if r[1] == label_p {
            f.label = Some(r[2].clone());
        } else if r[1] == principal_p {
            f.principal = r[2] == "true";
        }
    }
    let old: BTreeSet<Triple> = old_rows.into_iter().collect();

    let mut actors: BTreeMap<String, Fact> = BTreeMap::new();
    for e in &edges {
        for a in [&e[0], &e[2]] {
            if actors.contains_key(a) {
                continue;
            }
            let mut f = known.get(a).cloned().unwrap_or_default();
            if let Some(n) = fresh.facts.get(a) {
                f.principal |= n.principal;
                if f.label.is_none() {
                    f.label = n.label.clone();
                }
            }
            if !known.contains_key(a) && fresh.facts.get(a).is_none_or(|n| n.label.is_none()) {
                f = lookup(store, a)?;
            }
            actors.insert(a.clone(), f);
        }
    }
    let mut new = edges;
    for (a, f) in &actors {
        if let Some(l) = &f.label {
            new.insert([a.clone(), label_p.clone(), l.clone()]);
        }
        new.insert([a.clone(), principal_p.to_string(), f.principal.to_string()]);
    }
    if new == old {
        return Ok(());
    }
    let graph = GraphName::NamedNode(chains.clone());
    let quads: Vec<Quad> = new
        .into_iter()
        .map(|[s, p, o]| {
            let object: Term = if p == label_p {
                Literal::new_simple_literal(o).into()
            } else if p == principal_p {
                Literal::new_typed_literal(o, NamedNode::new_unchecked(XSD_BOOLEAN)).into()
            } else {
                NamedNode::new_unchecked(o).into()
            };
            Quad::new(
                NamedNode::new_unchecked(s),
                NamedNode::new_unchecked(p),
                object,
                graph.clone(),
            )
        })
        .collect();
    store.replace_graph(&chains, &mut quads.iter().map(Quad::as_ref))
}

/// An actor's label and principal flag from whichever graph defines it.
fn lookup(store: &dyn Backend, actor: &str) -> Result<Fact> {
    let rows = store.query(&format!(
        "SELECT ?l WHERE {{ GRAPH ?g {{ <{actor}> <{SKOS}prefLabel> ?l }} FILTER(?g != <{CHAINS_GRAPH}>) }} LIMIT 1"
    ))?
    .rows_as_strings();
    let principal = matches!(
        store.query(&format!(
            "ASK {{ GRAPH ?g {{ <{actor}> <{}> true }} }}",
            wt!("principal")
        ))?,
        Answer::Boolean(true)
    );
    Ok(Fact {
        label: rows.into_iter().next().map(|mut r| r.remove(0)),
        principal,
    })
}

/// An edge or fact as subject, predicate and object strings.
type Triple = [String; 3];

/// Rows of a `SELECT ?s ?p ?o` query.
fn triples(a: Answer) -> Vec<Triple> {
    a.rows_as_strings()
        .into_iter()
        .filter_map(|r| r.try_into().ok())
        .collect()
}

/// The predicates the chain graph holds, as a VALUES clause on `?p`.
fn chain_predicates() -> String {
    format!(
        "VALUES ?p {{ <{}> <{}> }}",
        wt!("derivesAuthorityFrom"),
        wt!("partOf")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::OxStore;

    fn q(s: &str, p: &str, o: Term, g: &str) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(s),
            NamedNode::new_unchecked(p),
            o,
            NamedNode::new_unchecked(g),
        )
    }
    fn iri(s: &str) -> Term {
        NamedNode::new_unchecked(s).into()
    }

    fn doc(g: &str, edges: &[(&str, &str)]) -> Vec<Quad> {
        let mut v = Vec::new();
        for (h, gr) in edges {
            v.push(q(h, wt!("derivesAuthorityFrom"), iri(gr), g));
            for a in [h, gr] {
                v.push(q(
                    a,
                    &format!("{SKOS}prefLabel"),
                    Literal::new_simple_literal(a.rsplit('/').next().unwrap()).into(),
                    g,
                ));
                v.push(q(
                    a,
                    wt!("principal"),
                    Literal::new_typed_literal(
                        (*a == "http://x/States").to_string(),
                        NamedNode::new_unchecked(XSD_BOOLEAN),
                    )
                    .into(),
                    g,
                ));
            }
        }
        v
    }

    fn chain_edges(s: &OxStore) -> Vec<String> {
        let a = s
            .query(&format!(
                "SELECT ?s ?o WHERE {{ GRAPH <{CHAINS_GRAPH}> {{ ?s <{}> ?o }} }} ORDER BY ?s ?o",
                wt!("derivesAuthorityFrom")
            ))
            .unwrap();
        a.rows_as_strings()
            .into_iter()
            .map(|r| r.join(" -> "))
            .collect()
    }

    #[test]
    fn edges_are_kept_once_and_dropped_with_the_last_document_stating_them() {
        let s = OxStore::memory().unwrap();
        let a = doc("http://x/d1", &[("http://x/A", "http://x/B")]);
        let b = doc(
            "http://x/d2",
            &[
                ("http://x/A", "http://x/B"),
                ("http://x/B", "http://x/States"),
            ],
        );
        let mut facts = ChainFacts::default();
        facts.observe(a.iter().map(Quad::as_ref));
        facts.observe(b.iter().map(Quad::as_ref));
        s.replace_graph(
            &NamedNode::new_unchecked("http://x/d1"),
            &mut a.iter().map(Quad::as_ref),
        )
        .unwrap();
        s.replace_graph(
            &NamedNode::new_unchecked("http://x/d2"),
            &mut b.iter().map(Quad::as_ref),
        )
        .unwrap();
        rebuild(&s, &facts).unwrap();
        assert_eq!(
            chain_edges(&s),
            ["http://x/A -> http://x/B", "http://x/B -> http://x/States"]
        );
        // Principal flag and label come along for each actor on an edge.
        let ask = |q: &str| matches!(s.query(q).unwrap(), Answer::Boolean(true));
        assert!(ask(&format!(
            "ASK {{ GRAPH <{CHAINS_GRAPH}> {{ <http://x/States> <{}> true ; <{SKOS}prefLabel> \"States\" }} }}",
            wt!("principal")
        )));
        // Dropping d2 keeps A -> B (d1 still states it) and drops B -> States.
        s.drop_graph(&NamedNode::new_unchecked("http://x/d2"))
            .unwrap();
        rebuild(&s, &ChainFacts::default()).unwrap();
        assert_eq!(chain_edges(&s), ["http://x/A -> http://x/B"]);
        s.drop_graph(&NamedNode::new_unchecked("http://x/d1"))
            .unwrap();
        rebuild(&s, &ChainFacts::default()).unwrap();
        assert!(chain_edges(&s).is_empty());
    }

    #[test]
    fn labels_missing_from_the_loaded_documents_are_looked_up() {
        let s = OxStore::memory().unwrap();
        let d = doc("http://x/d1", &[("http://x/A", "http://x/B")]);
        s.replace_graph(
            &NamedNode::new_unchecked("http://x/d1"),
            &mut d.iter().map(Quad::as_ref),
        )
        .unwrap();
        rebuild(&s, &ChainFacts::default()).unwrap();
        assert!(matches!(
            s.query(&format!(
                "ASK {{ GRAPH <{CHAINS_GRAPH}> {{ <http://x/B> <{SKOS}prefLabel> \"B\" ; <{}> false }} }}",
                wt!("principal")
            ))
            .unwrap(),
            Answer::Boolean(true)
        ));
    }
}
