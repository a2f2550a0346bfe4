//! IRIs of warrant's own vocabulary and of the vocabularies it aligns to.

pub const W: &str = "https://w3id.org/warrant/ns#";
/// Base of instance IRIs: documents, claims, works, actors.
pub const ID: &str = "https://w3id.org/warrant/id/";
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/warrant/graph/ontology";
pub const ACTORS_GRAPH: &str = "https://w3id.org/warrant/graph/actors";
/// Derived: the corpus's actor-to-actor edges, each once (see `store::chains`).
pub const CHAINS_GRAPH: &str = "https://w3id.org/warrant/graph/chains";

pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
pub const XSD_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
pub const XSD_BOOLEAN: &str = "http://www.w3.org/2001/XMLSchema#boolean";
pub const DCT: &str = "http://purl.org/dc/terms/";
pub const OA: &str = "http://www.w3.org/ns/oa#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const CITO: &str = "http://purl.org/spar/cito/";

pub fn w(local: &str) -> String {
    format!("{W}{local}")
}

pub fn doc_iri(id: &str) -> String {
    format!("{ID}doc/{id}")
}

/// Percent-encodes anything that is not safe in an IRI path segment.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                out.push(l);
            }
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    let out = out.trim_end_matches('-');
    let mut cut: String = out.chars().take(80).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    if cut.is_empty() {
        "x".into()
    } else {
        cut
    }
}
