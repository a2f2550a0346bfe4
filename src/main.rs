//! The `warrant` command: parses arguments and calls the library. Nothing else.

use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use warrant::query::{self, OutFormat};
use warrant::{Error, LoadEvent, Warrant};

// Extraction allocates many short strings on every core: with glibc's malloc a quarter of its
// time went to allocating and freeing (perf). mimalloc replaces malloc itself ("override"), not
// only Rust's allocator: Oxigraph frees RocksDB's C error strings through Rust's allocator, so the
// two must be the same (with Rust's alone, a lock error crashed).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const AFTER_HELP: &str = "\
Examples:
  warrant load corpus                      load every .txt/.md/.rst/.adoc/.html under corpus/
  warrant queries                          list the shipped queries
  warrant query claims                     run a shipped query
  warrant query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  warrant export --format turtle -o corpus.ttl

The store lives in .warrant/ in the current directory unless --store DIR or
WARRANT_STORE says otherwise; --memory uses a throw-away in-memory store.";

#[derive(Parser)]
#[command(name = "warrant", version, about = "Map the arguments documents make about authority, and where their chains of authorization break", after_help = AFTER_HELP)]
struct Cli {
    /// Store directory (default: .warrant in the current directory)
    #[arg(
        long,
        global = true,
        env = "WARRANT_STORE",
        value_name = "DIR",
        conflicts_with = "memory"
    )]
    store: Option<PathBuf>,
    /// Use a throw-away in-memory store (for one-shot runs)
    #[arg(long, global = true)]
    memory: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load documents (files or directories, recursively: .txt .text .md .markdown .rst .rest .adoc .asciidoc .html .htm)
    #[command(
        after_help = "Examples:\n  warrant load corpus\n  warrant load essay.md notes/ --store /data/warrant\n\nLoading a document again replaces its previous version in one transaction.\nREADME files and hidden entries inside directories are skipped."
    )]
    Load {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Extra gazetteer of actors (Turtle, same shape as ontology/actors.ttl)
        #[arg(long, value_name = "FILE")]
        actors: Option<PathBuf>,
    },
    /// Run a SPARQL query: a shipped query NAME, a FILE.rq, or -e 'SPARQL'
    #[command(
        after_help = "Examples:\n  warrant query claims\n  warrant query my-query.rq --format csv\n  warrant query -e 'ASK { ?s a <https://w3id.org/warrant/ns#Document> }'\n  warrant query -e 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5' --format ntriples\n  warrant query breaks/circular --explain    # why is it slow?\n\nFormats: table (default on a terminal), tsv (default otherwise), csv, json, xml;\nturtle or ntriples for CONSTRUCT/DESCRIBE. Queries run over the union of all graphs."
    )]
    Query {
        /// Shipped query name (see `warrant queries`) or a .rq file
        #[arg(
            value_name = "NAME|FILE",
            required_unless_present = "expr",
            conflicts_with = "expr"
        )]
        name: Option<String>,
        /// Inline SPARQL text
        #[arg(short = 'e', long = "expr", value_name = "SPARQL")]
        expr: Option<String>,
        #[arg(long, short = 'f', value_name = "FORMAT", value_parser = ["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"])]
        format: Option<String>,
        /// Run on one document's graph only (binds ?g, the graph variable of the shipped queries)
        #[arg(long, value_name = "DOC")]
        doc: Option<String>,
        /// Print the evaluation plan with the time and rows of each step (JSON) instead of the results
        #[arg(long, conflicts_with = "format")]
        explain: bool,
    },
    /// Draw the argument map of a document (or around one claim) as DOT, SVG, GraphML or JSON
    #[command(
        after_help = "Examples:\n  warrant map --doc multistakeholder-mirage-oped --format svg -o mirage.svg\n  warrant map --doc kaye-legitimacy-caron-law-review --kinds authority --format dot\n  warrant map --claim doc/kaye-legitimacy-caron-law-review/claim/106 --depth 2 --format json\n\nNodes: claims (boxes; authority claims purple), works (notes), actors (ellipses).\nEdges: rests-on (grey), supports (green), attacks (red), derives-authority-from (blue).\nBreaks: red dashed, labelled with the kind. SVG uses Graphviz's `dot` when installed.\nJSON is Cytoscape.js elements: {\"elements\": {\"nodes\": [{\"data\": {id, type, label, title,\nclasses, breaks, group}}], \"edges\": [{\"data\": {id, source, target, relation, label, broken}}]}}."
    )]
    Map {
        #[arg(
            long,
            value_name = "DOC",
            required_unless_present = "claim",
            conflicts_with = "claim"
        )]
        doc: Option<String>,
        #[arg(long, value_name = "CLAIM")]
        claim: Option<String>,
        #[arg(long, short = 'f', value_name = "FORMAT", default_value = "dot", value_parser = ["dot", "svg", "graphml", "json"])]
        format: String,
        /// Only these claim kinds (authority): authority claims and their sources
        #[arg(long, value_name = "KINDS", value_parser = ["authority"])]
        kinds: Option<String>,
        /// With --claim: how many edges away from the claim to draw
        #[arg(long, default_value_t = 2)]
        depth: usize,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write a deterministic synthetic corpus (for benchmarks)
    #[command(hide = true)]
    GenCorpus {
        #[arg(long, default_value_t = 100)]
        docs: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Run extraction and RDF mapping without a store, and report throughput (for benchmarks)
    #[command(hide = true)]
    BenchExtract {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// List the shipped queries with their descriptions
    Queries,
    /// List where chains of authorization break (all kinds, or --kind)
    #[command(
        after_help = "Examples:\n  warrant breaks\n  warrant breaks --doc kaye-legitimacy-caron-law-review --kind ambiguous-citation\n  warrant breaks --format json\n\nKinds: unsourced, unresolved-citation, ambiguous-citation, self-sourced,\nparticipation-not-authorization, denied, no-principal, circular."
    )]
    Breaks {
        #[arg(long, value_name = "DOC")]
        doc: Option<String>,
        /// Only these kinds (repeat or comma-separate)
        #[arg(long, value_name = "KIND", value_delimiter = ',')]
        kind: Vec<String>,
        #[arg(long, short = 'f', value_name = "FORMAT", value_parser = ["table", "csv", "tsv", "json", "xml"])]
        format: Option<String>,
    },
    /// Like breaks, but exit 1 when any break of the chosen kinds exists (for scripts and CI)
    #[command(
        after_help = "Examples:\n  warrant check --kind unresolved-citation,ambiguous-citation\n  warrant check --doc my-essay || echo 'fix the citations'"
    )]
    Check {
        #[arg(long, value_name = "DOC")]
        doc: Option<String>,
        #[arg(long, value_name = "KIND", value_delimiter = ',')]
        kind: Vec<String>,
    },
    /// Load the given paths (if any), then report each document's authority claims, their sources and breaks
    #[command(
        after_help = "Examples:\n  warrant report corpus\n  warrant --memory report essay.md --format markdown -o essay-report.md\n  warrant report --format html -o report.html"
    )]
    Report {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Only these documents
        #[arg(long, value_name = "DOC")]
        doc: Vec<String>,
        #[arg(long, short = 'f', value_name = "FORMAT", default_value = "text", value_parser = ["text", "markdown", "html", "json"])]
        format: String,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Explain one claim: its text, speaker, citations and works, authorization, chain and breaks
    #[command(
        after_help = "Example:\n  warrant explain doc/kaye-legitimacy-caron-law-review/claim/120\n\nClaim IRIs come from `warrant query claims` (the part after https://w3id.org/warrant/id/ is enough)."
    )]
    Explain {
        #[arg(value_name = "CLAIM")]
        claim: String,
    },
    /// List the loaded documents
    Docs,
    /// Remove one loaded document (its whole graph)
    #[command(after_help = "Example:\n  warrant remove rfc7282")]
    Remove {
        #[arg(value_name = "DOC")]
        doc: String,
    },
    /// Export the graph (or one document's graph) as RDF
    #[command(
        after_help = "Examples:\n  warrant export --format trig -o corpus.trig\n  warrant export --doc rfc7282 --format turtle"
    )]
    Export {
        /// Only this document's graph
        #[arg(long, value_name = "DOC")]
        doc: Option<String>,
        #[arg(long, short = 'f', value_name = "FORMAT", default_value = "nquads", value_parser = ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"])]
        format: String,
        /// Write to FILE instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Panics are caught and reported as one line, never as a backtrace.
    std::panic::set_hook(Box::new(|_| {}));
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(Ok(code)) => code,
        Ok(Err(e)) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("warrant: {e}");
            ExitCode::from(1)
        }
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            eprintln!("warrant: internal error: {msg}; please report it");
            ExitCode::from(2)
        }
    }
}

/// A progress bar on stderr for loads that take more than a second; nothing when stderr
/// is not a terminal.
struct Progress {
    bar: indicatif::ProgressBar,
    started: std::time::Instant,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    fn new() -> Self {
        let bar = indicatif::ProgressBar::hidden();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} loading {pos}/{len} documents [{bar:30}] {per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        Progress {
            bar,
            started: std::time::Instant::now(),
            shown: std::cell::Cell::new(false),
        }
    }
    fn start(&self, n: usize) {
        self.bar.set_length(n as u64);
    }
    fn tick(&self) {
        self.bar.inc(1);
        if !self.shown.get()
            && self.started.elapsed().as_secs_f32() > 1.0
            && std::io::stderr().is_terminal()
        {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.shown.set(true);
        }
    }
    fn println(&self, msg: &str) {
        if self.shown.get() {
            self.bar.println(msg);
        } else {
            eprintln!("{msg}");
        }
    }
    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Writes a rendered text to FILE (saying so on stderr) or to standard output.
fn write_output(
    file: Option<&std::path::Path>,
    text: &str,
    out: &mut dyn Write,
    what: &str,
) -> Result<(), Error> {
    match file {
        Some(p) => {
            std::fs::write(p, text).map_err(|e| Error::Io {
                path: p.display().to_string(),
                source: e,
            })?;
            eprintln!("wrote {what}to {}", p.display());
        }
        None => out.write_all(text.as_bytes()).map_err(|e| Error::Io {
            path: "(stdout)".into(),
            source: e,
        })?,
    }
    Ok(())
}

/// Breaks as a query answer, so that they render like any query.
fn breaks_answer(bs: &[warrant::report::Break]) -> warrant::store::Answer {
    use oxigraph::model::{Literal, NamedNode, Term};
    let vars = ["doc", "kind", "subject", "text", "detail"]
        .map(String::from)
        .to_vec();
    let rows = bs
        .iter()
        .map(|b| {
            vec![
                Some(Term::from(Literal::new_simple_literal(&b.doc))),
                Some(Literal::new_simple_literal(&b.kind).into()),
                Some(
                    NamedNode::new(b.subject.clone())
                        .map(Term::from)
                        .unwrap_or_else(|_| Literal::new_simple_literal(&b.subject).into()),
                ),
                Some(Literal::new_simple_literal(&b.text).into()),
                Some(Literal::new_simple_literal(&b.detail).into()),
            ]
        })
        .collect();
    warrant::store::Answer::Solutions { vars, rows }
}

fn open(cli: &Cli) -> Result<Warrant, Error> {
    if cli.memory {
        return Warrant::memory();
    }
    let path = cli
        .store
        .clone()
        .unwrap_or_else(|| PathBuf::from(".warrant"));
    Warrant::open(&path)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let io = |e: std::io::Error| Error::Io {
        path: "(stdout)".into(),
        source: e,
    };
    match &cli.command {
        Command::GenCorpus {
            docs,
            seed,
            out: dir,
        } => {
            let bytes = warrant::synth::generate(dir, *docs, *seed).map_err(|e| Error::Io {
                path: dir.display().to_string(),
                source: e,
            })?;
            writeln!(
                out,
                "wrote {docs} documents, {bytes} bytes, to {}",
                dir.display()
            )
            .map_err(io)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::BenchExtract { paths } => {
            let s = warrant::bench_extract(paths)?;
            writeln!(
                out,
                "{} documents, {} bytes, {} quads in {:.3} s: {:.1} MB/s, {:.0} docs/s",
                s.docs,
                s.bytes,
                s.quads,
                s.seconds,
                s.bytes as f64 / 1e6 / s.seconds,
                s.docs as f64 / s.seconds
            )
            .map_err(io)?;
            let cpu: f64 = s.stages.iter().map(|(_, t)| t).sum();
            for (name, t) in &s.stages {
                writeln!(
                    out,
                    "  {name:<10} {t:8.3} CPU s  {:5.1}%",
                    100.0 * t / cpu.max(1e-9)
                )
                .map_err(io)?;
            }
            return Ok(ExitCode::SUCCESS);
        }
        Command::Queries => {
            for q in query::shipped() {
                writeln!(out, "{:<40} {}", q.name, q.description).map_err(io)?;
            }
            return Ok(ExitCode::SUCCESS);
        }
        Command::Load { paths, actors } => {
            let gaz = warrant::gazetteer(actors.as_deref())?;
            let w = open(&cli)?;
            let mut docs = 0;
            let (mut claims, mut actors, mut citations, mut triples) = (0, 0, 0, 0);
            let progress = Progress::new();
            let (_, failed) = w.load(paths, &gaz, &mut |ev| match ev {
                LoadEvent::Skipped(by_ext) => {
                    let n: usize = by_ext.iter().map(|(_, k)| k).sum();
                    // The commonest kinds first; a long tail is counted, not listed.
                    let mut kinds: Vec<_> = by_ext.iter().collect();
                    kinds.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                    const SHOWN: usize = 8;
                    let rest = kinds.len().saturating_sub(SHOWN);
                    let mut list: Vec<String> = kinds
                        .into_iter()
                        .take(SHOWN)
                        .map(|(e, k)| {
                            let e = if e.is_empty() {
                                "no extension".to_string()
                            } else {
                                format!(".{e}")
                            };
                            format!("{e} ({k})")
                        })
                        .collect();
                    if rest > 0 {
                        list.push(format!("{rest} other kinds"));
                    }
                    progress.println(&format!(
                        "warrant: skipped {n} file{} in formats warrant does not read: {}",
                        if n == 1 { "" } else { "s" },
                        list.join(", ")
                    ));
                }
                LoadEvent::Started(n) => progress.start(n),
                LoadEvent::Stored(r) => {
                    progress.tick();
                    docs += 1;
                    claims += r.counts.claims;
                    actors += r.counts.actors;
                    citations += r.counts.citations;
                    triples += r.triples;
                    let _ = writeln!(
                        out,
                        "{}\t{} claims\t{} actors\t{} citations\t{} triples\t{}{}",
                        r.id,
                        r.counts.claims,
                        r.counts.actors,
                        r.counts.citations,
                        r.triples,
                        r.path.display(),
                        if r.replaced { "\t(replaced)" } else { "" }
                    );
                }
                LoadEvent::Failed(_, e) => {
                    progress.tick();
                    progress.println(&format!("warrant: {e}"));
                }
            })?;
            progress.finish();
            writeln!(
                out,
                "total: {docs} document{} loaded, {claims} claims, {actors} actors, {citations} citations, {triples} triples{}",
                if docs == 1 { "" } else { "s" },
                if failed > 0 { format!("; {failed} failed") } else { String::new() }
            )
            .map_err(io)?;
            return Ok(if failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            });
        }
        Command::Query {
            name,
            expr,
            format,
            doc,
            explain,
        } => {
            let text = query::resolve(name.as_deref(), expr.as_deref())?;
            let w = open(&cli)?;
            if *explain {
                writeln!(out, "{}", w.explain(&text, doc.as_deref())?).map_err(io)?;
                return Ok(ExitCode::SUCCESS);
            }
            let answer = match doc {
                Some(d) => w.query_doc(&text, d)?,
                None => w.query(&text)?,
            };
            let fmt = match format.as_deref() {
                Some(f) => OutFormat::parse(f).unwrap_or(OutFormat::Tsv),
                None if std::io::stdout().is_terminal() => OutFormat::Table,
                None => OutFormat::Tsv,
            };
            query::render(&answer, fmt, &mut out)?;
        }
        Command::Breaks { doc, kind, format } => {
            let w = open(&cli)?;
            let bs = warrant::report::breaks(&w, doc.as_deref(), kind)?;
            let answer = breaks_answer(&bs);
            let fmt = match format.as_deref() {
                Some(f) => OutFormat::parse(f).unwrap_or(OutFormat::Tsv),
                None if std::io::stdout().is_terminal() => OutFormat::Table,
                None => OutFormat::Tsv,
            };
            query::render(&answer, fmt, &mut out)?;
        }
        Command::Check { doc, kind } => {
            let w = open(&cli)?;
            let bs = warrant::report::breaks(&w, doc.as_deref(), kind)?;
            for b in &bs {
                writeln!(out, "{}\t{}\t{}\t{}", b.doc, b.kind, b.text, b.detail).map_err(io)?;
            }
            out.flush().map_err(io)?;
            if !bs.is_empty() {
                eprintln!(
                    "warrant: {} break{} found",
                    bs.len(),
                    if bs.len() == 1 { "" } else { "s" }
                );
                return Ok(ExitCode::from(1));
            }
            eprintln!("warrant: no breaks");
        }
        Command::Report {
            paths,
            doc,
            format,
            output,
        } => {
            let w = open(&cli)?;
            let mut ids = doc.clone();
            if !paths.is_empty() {
                let gaz = warrant::gazetteer(None)?;
                let (reports, failed) = w.load(paths, &gaz, &mut |ev| {
                    if let LoadEvent::Failed(_, e) = ev {
                        eprintln!("warrant: {e}");
                    }
                })?;
                if failed > 0 && reports.is_empty() {
                    return Ok(ExitCode::from(1));
                }
                if ids.is_empty() {
                    ids = reports.iter().map(|r| r.id.clone()).collect();
                }
            }
            for d in &ids {
                w.require_doc(d)?;
            }
            let reports = warrant::report::report(&w, &ids)?;
            let text = match format.as_str() {
                "markdown" => warrant::report::render_markdown(&reports),
                "html" => warrant::report::render_html_with_maps(&w, &reports),
                "json" => serde_json::to_string_pretty(&reports).unwrap_or_default() + "\n",
                _ => warrant::report::render_text(&reports),
            };
            write_output(output.as_deref(), &text, &mut out, "")?;
        }
        Command::Map {
            doc,
            claim,
            format,
            kinds,
            depth,
            output,
        } => {
            let w = open(&cli)?;
            let g = warrant::map::build(
                &w,
                &warrant::map::Options {
                    doc: doc.clone(),
                    claim: claim.clone(),
                    only_authority: kinds.is_some(),
                    depth: *depth,
                },
            )?;
            let text = match format.as_str() {
                "svg" => warrant::map::to_svg(&g)?,
                "graphml" => warrant::map::to_graphml(&g),
                "json" => warrant::map::to_json(&g),
                _ => warrant::map::to_dot(&g),
            };
            let what = format!("{} nodes, {} edges ", g.nodes.len(), g.edges.len());
            write_output(output.as_deref(), &text, &mut out, &what)?;
        }
        Command::Explain { claim } => {
            let w = open(&cli)?;
            let text = warrant::report::explain(&w, claim)?;
            out.write_all(text.as_bytes()).map_err(io)?;
        }
        Command::Docs => {
            let w = open(&cli)?;
            let docs = w.docs()?;
            if docs.is_empty() {
                eprintln!("warrant: no documents loaded yet; run `warrant load PATH`");
            }
            for d in docs {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{} triples\t{}",
                    d.id, d.format, d.title, d.triples, d.path
                )
                .map_err(io)?;
            }
        }
        Command::Remove { doc } => {
            let w = open(&cli)?;
            w.remove(doc)?;
            writeln!(out, "removed {doc}").map_err(io)?;
        }
        Command::Export {
            doc,
            format,
            output,
        } => {
            let fmt = match format.as_str() {
                "turtle" => oxigraph::io::RdfFormat::Turtle,
                "ntriples" => oxigraph::io::RdfFormat::NTriples,
                "trig" => oxigraph::io::RdfFormat::TriG,
                "rdfxml" => oxigraph::io::RdfFormat::RdfXml,
                "jsonld" => oxigraph::io::RdfFormat::JsonLd {
                    profile: Default::default(),
                },
                _ => oxigraph::io::RdfFormat::NQuads,
            };
            let w = open(&cli)?;
            match output {
                Some(path) => {
                    let tmp = path.with_extension("partial");
                    let file = std::fs::File::create(&tmp).map_err(|e| Error::Io {
                        path: tmp.display().to_string(),
                        source: e,
                    })?;
                    let mut buf = std::io::BufWriter::new(file);
                    let n = w.export(doc.as_deref(), fmt, &mut buf)?;
                    buf.flush().map_err(|e| Error::Io {
                        path: tmp.display().to_string(),
                        source: e,
                    })?;
                    drop(buf);
                    std::fs::rename(&tmp, path).map_err(|e| Error::Io {
                        path: path.display().to_string(),
                        source: e,
                    })?;
                    eprintln!("wrote {n} quads to {}", path.display());
                }
                None => {
                    w.export(doc.as_deref(), fmt, &mut out)?;
                }
            }
        }
    }
    out.flush().map_err(io)?;
    Ok(ExitCode::SUCCESS)
}
