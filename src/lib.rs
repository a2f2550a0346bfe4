//! warrant: turns documents about governance into an argument-mapping knowledge graph.
//!
//! The pipeline, one module per stage, data flowing one way:
//! `ingest` (read, normalize, segment) → `extract` (citations, claims, actors,
//! authority) → `rdf` (quads per document graph) → `store` (embedded Oxigraph behind a
//! small trait) → `query` (shipped SPARQL and renderers).

/// Defines `fn NAME()` forcing each listed rule (a `LazyLock`): a module's rules, compiled up
/// front by `extract::warm_up`. A rule left off is compiled on first use, as before.
macro_rules! warm_up_fn {
    ($name:ident: $($rule:ident),+ $(,)?) => {
        /// Compiles this module's rules now (see `extract::warm_up`).
        pub(crate) fn $name() {
            $(std::sync::LazyLock::force(&$rule);)+
        }
    };
}

pub mod error;
pub mod extract;
pub mod ingest;
pub mod map;
pub mod query;
pub mod rdf;
pub mod report;
pub mod store;
pub mod synth;
mod warrant;

pub use error::{Error, Result};
pub use warrant::{
    analyse_file, bench_extract, gazetteer, DocRow, ExtractStats, LoadEvent, LoadReport, Warrant,
};
