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

/// Terms written for every document, spelled out so that mapping does not format them.
pub const OA_START: &str = "http://www.w3.org/ns/oa#start";
pub const OA_END: &str = "http://www.w3.org/ns/oa#end";
pub const OA_EXACT: &str = "http://www.w3.org/ns/oa#exact";
pub const OA_POSITION_SELECTOR: &str = "http://www.w3.org/ns/oa#TextPositionSelector";
pub const OA_QUOTE_SELECTOR: &str = "http://www.w3.org/ns/oa#TextQuoteSelector";
pub const DCT_TITLE: &str = "http://purl.org/dc/terms/title";
pub const DCT_CREATOR: &str = "http://purl.org/dc/terms/creator";
pub const DCT_DATE: &str = "http://purl.org/dc/terms/date";
pub const DCT_FORMAT: &str = "http://purl.org/dc/terms/format";
pub const DCT_IDENTIFIER: &str = "http://purl.org/dc/terms/identifier";
pub const SKOS_PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
pub const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";

/// The IRI of one of warrant's own terms, spelled at compile time (mapping asks for the same
/// terms for every quad). The namespace is written out because `concat!` takes literals only;
/// a test checks it equals `W`.
macro_rules! wt {
    ($local:literal) => {
        concat!("https://w3id.org/warrant/ns#", $local)
    };
}
pub(crate) use wt;

/// The IRI of one of warrant's own terms named at run time. Interned per thread: mapping a document to RDF
/// asks for the same few dozen terms thousands of times.
pub fn w(local: &str) -> &'static str {
    use rustc_hash::FxHashMap as HashMap;
    use std::cell::RefCell;
    thread_local! {
        static TERMS: RefCell<HashMap<String, &'static str>> = RefCell::new(HashMap::default());
    }
    TERMS.with(|t| {
        if let Some(iri) = t.borrow().get(local) {
            return *iri;
        }
        // The vocabulary is closed (a few dozen terms), so the leak is bounded.
        let iri: &'static str = Box::leak(format!("{W}{local}").into_boxed_str());
        t.borrow_mut().insert(local.to_string(), iri);
        iri
    })
}

pub fn doc_iri(id: &str) -> String {
    [ID, "doc/", id].concat()
}

/// A path segment for an IRI: letters and digits lowercased, every run of anything else
/// one dash, at most 80 characters, no dash at either end ("x" when nothing is left).
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    let keep = out.char_indices().nth(80).map_or(out.len(), |(i, _)| i);
    out.truncate(keep);
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "x".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_iris() {
        assert_eq!(doc_iri("rfc2026"), format!("{ID}doc/rfc2026"));
    }

    #[test]
    fn slugs_lowercase_and_join_with_single_dashes() {
        assert_eq!(slug("Internet Society (ISOC)"), "internet-society-isoc");
        assert_eq!(slug("  --ICANN’s Board--  "), "icann-s-board");
        assert_eq!(slug("Société Générale"), "société-générale");
        assert_eq!(slug("İstanbul"), "i\u{307}stanbul");
        assert_eq!(slug("?!"), "x");
        let long = "a ".repeat(50);
        assert_eq!(slug(&long), "a-".repeat(40).trim_end_matches('-'));
        assert_eq!(slug(&"b".repeat(100)), "b".repeat(80));
    }

    #[test]
    fn the_compile_time_spelling_is_the_namespace() {
        assert_eq!(wt!("Claim"), w("Claim"));
        assert_eq!(wt!("Claim"), format!("{W}Claim"));
    }
}
