//! Stage 5: queries. Shipped SPARQL files (embedded at build time) and the renderers of
//! query answers as table, CSV, TSV, JSON, XML, Turtle or N-Triples.

use crate::error::{Error, Result};
use crate::rdf::vocab::ID;
use crate::store::{term_value, Answer};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use std::io::Write;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

pub use embedded::ONTOLOGY;

/// A shipped query: name (path under `queries/` without `.rq`), description, text.
pub struct Shipped {
    pub name: &'static str,
    pub description: String,
    pub text: &'static str,
}

pub fn shipped() -> Vec<Shipped> {
    embedded::QUERIES
        .iter()
        .map(|(name, text)| Shipped {
            name,
            description: description(text),
            text,
        })
        .collect()
}

pub fn shipped_query(name: &str) -> Option<&'static str> {
    embedded::QUERIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
}

/// The first `# ` comment line of a query file.
fn description(text: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix("# "))
        .unwrap_or("")
        .trim()
        .to_string()
}

/// Resolves what the user named: a shipped query, a `.rq` file, or inline text.
pub fn resolve(name_or_file: Option<&str>, inline: Option<&str>) -> Result<String> {
    if let Some(q) = inline {
        return Ok(q.to_string());
    }
    let n = name_or_file
        .ok_or_else(|| Error::invalid("query", "give a query name, a .rq file, or -e 'SPARQL'"))?;
    let path = std::path::Path::new(n);
    if n.ends_with(".rq") || n.ends_with(".sparql") || (path.is_file() && !n.contains(' ')) {
        return std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound { path: path.into() },
            _ => Error::Unreadable {
                path: path.into(),
                source: e,
            },
        });
    }
    shipped_query(n.trim_end_matches(".rq"))
        .map(str::to_string)
        .ok_or_else(|| Error::UnknownQuery {
            name: n.to_string(),
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    NTriples,
}

impl OutFormat {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "table" => OutFormat::Table,
            "csv" => OutFormat::Csv,
            "tsv" => OutFormat::Tsv,
            "json" => OutFormat::Json,
            "xml" => OutFormat::Xml,
            "turtle" | "ttl" => OutFormat::Turtle,
            "ntriples" | "nt" => OutFormat::NTriples,
            _ => return None,
        })
    }
}

/// Writes an answer in the chosen format.
pub fn render(answer: &Answer, format: OutFormat, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::Io {
        path: "(output)".into(),
        source: e,
    };
    match answer {
        Answer::Graph(triples) => {
            let f = if format == OutFormat::NTriples {
                RdfFormat::NTriples
            } else {
                RdfFormat::Turtle
            };
            let mut sorted = triples.clone();
            sorted.sort_by_key(|t| t.to_string());
            let mut ser = RdfSerializer::from_format(f).for_writer(out);
            for t in &sorted {
                ser.serialize_triple(t).map_err(io)?;
            }
            ser.finish().map_err(io)?;
        }
        Answer::Boolean(b) => match results_format(format) {
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(out, *b)
                    .map_err(io)?;
            }
            None => writeln!(out, "{b}").map_err(io)?,
        },
        Answer::Solutions { vars, rows } => match results_format(format) {
            Some(f) => {
                let variables: Vec<Variable> = vars
                    .iter()
                    .map(|v| Variable::new_unchecked(v.clone()))
                    .collect();
                let mut ser = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(out, variables.clone())
                    .map_err(io)?;
                for r in rows {
                    let pairs: Vec<(&Variable, &Term)> = variables
                        .iter()
                        .zip(r)
                        .filter_map(|(v, t)| t.as_ref().map(|t| (v, t)))
                        .collect();
                    ser.serialize(pairs.into_iter().map(|(v, t)| (v.as_ref(), t.as_ref())))
                        .map_err(io)?;
                }
                ser.finish().map_err(io)?;
            }
            None => table(vars, rows, out).map_err(io)?,
        },
    }
    Ok(())
}

fn results_format(f: OutFormat) -> Option<QueryResultsFormat> {
    match f {
        OutFormat::Csv => Some(QueryResultsFormat::Csv),
        OutFormat::Tsv => Some(QueryResultsFormat::Tsv),
        OutFormat::Json => Some(QueryResultsFormat::Json),
        OutFormat::Xml => Some(QueryResultsFormat::Xml),
        _ => None,
    }
}

/// Shortens warrant's own IRIs for reading (`doc/x/claim/3`), leaves others whole.
pub fn short(t: &Term) -> String {
    let v = term_value(t);
    match t {
        Term::NamedNode(_) => v.strip_prefix(ID).map(str::to_string).unwrap_or(v),
        _ => v,
    }
}

const MAX_CELL: usize = 72;

fn table(vars: &[String], rows: &[Vec<Option<Term>>], out: &mut dyn Write) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| {
                    let s = t
                        .as_ref()
                        .map(short)
                        .unwrap_or_default()
                        .replace(['\n', '\t'], " ");
                    if s.chars().count() > MAX_CELL {
                        let cut: String = s.chars().take(MAX_CELL - 1).collect();
                        format!("{cut}…")
                    } else {
                        s
                    }
                })
                .collect()
        })
        .collect();
    let mut width: Vec<usize> = vars.iter().map(|v| v.chars().count()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, vals: &[String]| -> std::io::Result<()> {
        let parts: Vec<String> = vals
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{v}{}", " ".repeat(width[i] - v.chars().count())))
            .collect();
        writeln!(out, "{}", parts.join("  ").trim_end())
    };
    line(out, vars)?;
    let rule: Vec<String> = width.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule)?;
    for r in &cells {
        line(out, r)?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}
