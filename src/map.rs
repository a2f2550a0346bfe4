//! Argument-map pictures and graph exports: a document's claims, the works they rest on,
//! the actors they are about, support/attack and derives-authority-from edges, and the
//! breaks drawn so that they stand out. Rendered as DOT, SVG (through Graphviz's `dot`),
//! GraphML (yEd, Gephi) or JSON (Cytoscape.js elements).

use crate::error::{Error, Result};
use crate::rdf::vocab::{ID, W};
use crate::store::Answer;
use crate::Warrant;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Node {
    pub id: String,
    /// claim, actor or work
    #[serde(rename = "type")]
    pub kind: String,
    pub label: String,
    /// The full quote or title, shown as a tooltip.
    pub title: String,
    /// Claim kinds and polarity, or actor kind.
    pub classes: Vec<String>,
    /// Break kinds that touch this node.
    pub breaks: Vec<String>,
    /// Paragraph the claim sits in, for clustering.
    pub group: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Edge {
    pub id: String,
    pub source: String,
    pub target: String,
    /// rests-on, supports, attacks, derives-authority-from, about, issued-by
    pub relation: String,
    pub label: String,
    /// A break drawn on this edge (e.g. the citation of an ambiguous Id.).
    pub broken: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

pub struct Options {
    pub doc: Option<String>,
    pub claim: Option<String>,
    pub only_authority: bool,
    pub depth: usize,
}

fn rows(a: &Answer) -> Vec<BTreeMap<String, String>> {
    a.maps()
}

fn short(s: &str, words: usize) -> String {
    let w: Vec<&str> = s.split_whitespace().collect();
    if w.len() <= words {
        w.join(" ")
    } else {
        format!("{} …", w[..words].join(" "))
    }
}

fn local(iri: &str) -> String {
    iri.strip_prefix(ID).unwrap_or(iri).to_string()
}

/// Builds the map of one document (or the neighbourhood of one claim).
pub fn build(w: &Warrant, o: &Options) -> Result<Graph> {
    let doc = match (&o.doc, &o.claim) {
        (Some(d), _) => d.clone(),
        (None, Some(c)) => {
            let iri = if c.starts_with("http") {
                c.clone()
            } else {
                format!("{ID}{}", c.trim_start_matches('/'))
            };
            iri.strip_prefix(&format!("{ID}doc/"))
                .and_then(|r| r.split('/').next())
                .map(str::to_string)
                .ok_or_else(|| Error::UnknownClaim { id: c.clone() })?
        }
        (None, None) => return Err(Error::invalid("map", "give --doc DOC or --claim CLAIM")),
    };
    w.require_doc(&doc)?;
    let mut g = Graph::default();
    let mut seen = BTreeSet::new();
    let q = format!(
        "PREFIX w: <{W}> PREFIX dct: <http://purl.org/dc/terms/>
         SELECT ?doc ?claim ?text ?block (GROUP_CONCAT(DISTINCT STRAFTER(STR(?k), \"#\"); separator=\" \") AS ?kinds) ?pol WHERE {{
           GRAPH ?g {{ ?g dct:identifier ?doc . ?claim a w:Claim ; w:text ?text ; w:kind ?k ; w:polarity ?p ; w:sentence ?s . ?s w:inBlock ?block . }}
           BIND(STRAFTER(STR(?p), \"#\") AS ?pol) }} GROUP BY ?doc ?claim ?text ?block ?pol"
    );
    for r in rows(&w.query_doc(&q, &doc)?) {
        let kinds = r["kinds"].clone();
        if o.only_authority && !kinds.split(' ').any(|k| k == "authority") {
            continue;
        }
        let mut classes: Vec<String> = kinds.split(' ').map(str::to_string).collect();
        classes.push(r["pol"].clone());
        seen.insert(r["claim"].clone());
        g.nodes.push(Node {
            id: r["claim"].clone(),
            kind: "claim".into(),
            label: short(&r["text"], 8),
            title: r["text"].clone(),
            classes,
            breaks: vec![],
            group: Some(local(&r["block"])),
        });
    }
    // Works the claims rest on, with the citation's note and status.
    let q = format!(
        "PREFIX w: <{W}> PREFIX dct: <http://purl.org/dc/terms/>
         SELECT ?doc ?claim ?c ?note ?status ?work ?title ?issuer ?ilabel WHERE {{ GRAPH ?g {{ ?g dct:identifier ?doc .
           ?claim w:restsOn ?c . ?c w:status ?st . OPTIONAL {{ ?c w:note ?note }}
           OPTIONAL {{ ?c w:cites ?work . ?work dct:title ?title . OPTIONAL {{ ?work w:issuedBy ?issuer . ?issuer <http://www.w3.org/2004/02/skos/core#prefLabel> ?ilabel }} }} }}
           BIND(STRAFTER(STR(?st), \"#\") AS ?status) }}"
    );
    let mut work_nodes = BTreeSet::new();
    for r in rows(&w.query_doc(&q, &doc)?) {
        if !seen.contains(&r["claim"]) {
            continue;
        }
        let note = r
            .get("note")
            .map(|n| format!("note {n}"))
            .unwrap_or_default();
        let (target, broken) = match r.get("work") {
            Some(wk) => {
                if work_nodes.insert(wk.clone()) {
                    g.nodes.push(Node {
                        id: wk.clone(),
                        kind: "work".into(),
                        label: short(r.get("title").map(String::as_str).unwrap_or(""), 6),
                        title: r.get("title").cloned().unwrap_or_default(),
                        classes: vec![],
                        breaks: vec![],
                        group: None,
                    });
                }
                if let (Some(is), Some(il)) = (r.get("issuer"), r.get("ilabel")) {
                    add_actor(&mut g, is, il);
                    push_edge(&mut g, wk, is, "issued-by", "", None);
                }
                (wk.clone(), None)
            }
            None => {
                // A citation that leads nowhere is drawn as a node of its own.
                let id = r["c"].clone();
                g.nodes.push(Node {
                    id: id.clone(),
                    kind: "citation".into(),
                    label: format!(
                        "{} ({})",
                        if note.is_empty() {
                            "citation".into()
                        } else {
                            note.clone()
                        },
                        r["status"]
                    ),
                    title: format!("{} {}", note, r["status"]),
                    classes: vec![r["status"].clone()],
                    breaks: vec![],
                    group: None,
                });
                (id, Some(format!("{}-citation", r["status"])))
            }
        };
        push_edge(&mut g, &r["claim"], &target, "rests-on", &note, broken);
    }
    // Holders, support/attack, chains.
    let q = format!(
        "PREFIX w: <{W}> PREFIX dct: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
         SELECT ?doc ?s ?p ?o ?olabel WHERE {{ GRAPH ?g {{ ?g dct:identifier ?doc . ?s ?p ?o .
           VALUES ?p {{ w:supports w:attacks w:about }} OPTIONAL {{ ?o skos:prefLabel ?olabel }} }} }}"
    );
    for r in rows(&w.query_doc(&q, &doc)?) {
        if !seen.contains(&r["s"]) {
            continue;
        }
        let rel = r["p"].rsplit('#').next().unwrap_or("").to_string();
        if rel == "about" {
            if let Some(l) = r.get("olabel") {
                add_actor(&mut g, &r["o"], l);
                push_edge(&mut g, &r["s"], &r["o"], "about", "", None);
            }
        } else if seen.contains(&r["o"]) {
            push_edge(&mut g, &r["s"], &r["o"], &rel, &rel, None);
        }
    }
    let q = format!(
        "PREFIX w: <{W}> PREFIX dct: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
         SELECT DISTINCT ?doc ?h ?gr ?glabel WHERE {{ GRAPH ?g {{ ?g dct:identifier ?doc . ?h w:derivesAuthorityFrom ?gr . ?gr skos:prefLabel ?glabel }} }}"
    );
    for r in rows(&w.query_doc(&q, &doc)?) {
        if g.nodes.iter().any(|n| n.id == r["h"]) {
            add_actor(&mut g, &r["gr"], &r["glabel"]);
            push_edge(
                &mut g,
                &r["h"],
                &r["gr"],
                "derives-authority-from",
                "derives authority from",
                None,
            );
        }
    }
    // Breaks on claims and citations.
    for b in crate::report::breaks(w, Some(&doc), &[])? {
        if let Some(n) = g.nodes.iter_mut().find(|n| n.id == b.subject) {
            if !n.breaks.contains(&b.kind) {
                n.breaks.push(b.kind.clone());
            }
        }
        for e in g.edges.iter_mut().filter(|e| e.target == b.subject) {
            e.broken = Some(b.kind.clone());
        }
    }
    if let Some(c) = &o.claim {
        let iri = if c.starts_with("http") {
            c.clone()
        } else {
            format!("{ID}{}", c.trim_start_matches('/'))
        };
        if !g.nodes.iter().any(|n| n.id == iri) {
            return Err(Error::UnknownClaim { id: c.clone() });
        }
        g = neighbourhood(g, &iri, o.depth);
    }
    Ok(g)
}

fn add_actor(g: &mut Graph, iri: &str, label: &str) {
    if !g.nodes.iter().any(|n| n.id == iri) {
        g.nodes.push(Node {
            id: iri.into(),
            kind: "actor".into(),
            label: label.into(),
            title: label.into(),
            classes: vec![],
            breaks: vec![],
            group: None,
        });
    }
}

fn push_edge(g: &mut Graph, s: &str, t: &str, rel: &str, label: &str, broken: Option<String>) {
    if g.edges
        .iter()
        .any(|e| e.source == s && e.target == t && e.relation == rel)
    {
        return;
    }
    let id = format!("e{}", g.edges.len());
    g.edges.push(Edge {
        id,
        source: s.into(),
        target: t.into(),
        relation: rel.into(),
        label: label.into(),
        broken,
    });
}

/// Nodes within `depth` edges of `center` (edges followed both ways).
fn neighbourhood(g: Graph, center: &str, depth: usize) -> Graph {
    let mut dist: BTreeMap<String, usize> = BTreeMap::new();
    let mut q = VecDeque::from([(center.to_string(), 0)]);
    while let Some((n, d)) = q.pop_front() {
        if dist.contains_key(&n) {
            continue;
        }
        dist.insert(n.clone(), d);
        if d == depth {
            continue;
        }
        for e in &g.edges {
            if e.source == n {
                q.push_back((e.target.clone(), d + 1));
            } else if e.target == n {
                q.push_back((e.source.clone(), d + 1));
            }
        }
    }
    Graph {
        nodes: g
            .nodes
            .into_iter()
            .filter(|n| dist.contains_key(&n.id))
            .collect(),
        edges: g
            .edges
            .into_iter()
            .filter(|e| dist.contains_key(&e.source) && dist.contains_key(&e.target))
            .collect(),
    }
}

fn dot_id(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn dot_str(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

/// Graphviz DOT, clustered by paragraph; breaks red and dashed, labelled with the kind.
pub fn to_dot(g: &Graph) -> String {
    let mut s = String::from("digraph warrant {\n  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10, newrank=true];\n  node [fontname=\"Helvetica\", fontsize=9, shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\"];\n  edge [fontname=\"Helvetica\", fontsize=8];\n");
    let node_line = |n: &Node| -> String {
        let (shape, fill) = match n.kind.as_str() {
            "actor" => ("ellipse", "#e8f0fe"),
            "work" => ("note", "#fff8e1"),
            "citation" => ("note", "#fdecea"),
            _ if n.classes.iter().any(|c| c == "authority") => ("box", "#f3e5f5"),
            _ => ("box", "#ffffff"),
        };
        let mut label = n.label.clone();
        let mut extra = String::new();
        if !n.breaks.is_empty() {
            label = format!("{label}\\n[{}]", n.breaks.join(", "));
            extra = ", color=\"#d32f2f\", penwidth=2, style=\"rounded,filled,dashed\", fontcolor=\"#b71c1c\"".into();
        }
        format!(
            "{} [label=\"{}\", tooltip=\"{}\", shape={shape}, fillcolor=\"{fill}\", class=\"{} {}\"{extra}];",
            dot_id(&n.id),
            dot_str(&label).replace("\\\\n", "\\n"),
            dot_str(&n.title),
            n.kind,
            n.classes.join(" ")
        )
    };
    // Clusters in reading order: block numbers sort as numbers.
    let block_no = |grp: &str| {
        grp.rsplit('/')
            .next()
            .and_then(|b| b.trim_start_matches('b').parse::<usize>().ok())
            .unwrap_or(usize::MAX)
    };
    let mut clusters: BTreeMap<(usize, String), Vec<&Node>> = BTreeMap::new();
    for n in &g.nodes {
        match &n.group {
            Some(grp) => clusters
                .entry((block_no(grp), grp.clone()))
                .or_default()
                .push(n),
            None => {
                let _ = writeln!(s, "  {}", node_line(n));
            }
        }
    }
    for (i, ((no, _), ns)) in clusters.iter().enumerate() {
        let _ = writeln!(
            s,
            "  subgraph cluster_{i} {{\n    label=\"paragraph {}\"; labeljust=l; style=dotted; color=\"#9e9e9e\";",
            no + 1
        );
        for n in ns {
            let _ = writeln!(s, "    {}", node_line(n));
        }
        s.push_str("  }\n");
    }
    for e in &g.edges {
        let (color, style) = match (e.relation.as_str(), &e.broken) {
            (_, Some(_)) => ("#d32f2f", "dashed"),
            ("supports", _) => ("#2e7d32", "solid"),
            ("attacks", _) => ("#c62828", "solid"),
            ("derives-authority-from", _) => ("#1565c0", "bold"),
            ("about", _) => ("#9e9e9e", "dotted"),
            _ => ("#616161", "solid"),
        };
        let label = match &e.broken {
            Some(b) => format!("{} [{b}]", e.label),
            None => e.label.clone(),
        };
        let _ = writeln!(
            s,
            "  {} -> {} [label=\"{}\", color=\"{color}\", fontcolor=\"{color}\", style={style}, class=\"{}{}\"];",
            dot_id(&e.source),
            dot_id(&e.target),
            dot_str(label.trim()),
            e.relation,
            if e.broken.is_some() { " break" } else { "" }
        );
    }
    s.push_str("}\n");
    s
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// GraphML with labels (yEd and Gephi read `label`).
pub fn to_graphml(g: &Graph) -> String {
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    for (id, on, name) in [
        ("label", "node", "label"),
        ("type", "node", "type"),
        ("title", "node", "title"),
        ("breaks", "node", "breaks"),
        ("elabel", "edge", "label"),
        ("relation", "edge", "relation"),
        ("broken", "edge", "break"),
    ] {
        let _ = writeln!(
            s,
            "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"string\"/>"
        );
    }
    s.push_str("  <graph id=\"warrant\" edgedefault=\"directed\">\n");
    for n in &g.nodes {
        let _ = writeln!(
            s,
            "    <node id=\"{}\"><data key=\"label\">{}</data><data key=\"type\">{}</data><data key=\"title\">{}</data><data key=\"breaks\">{}</data></node>",
            xml(&n.id), xml(&n.label), xml(&n.kind), xml(&n.title), xml(&n.breaks.join(" "))
        );
    }
    for e in &g.edges {
        let _ = writeln!(
            s,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\"><data key=\"elabel\">{}</data><data key=\"relation\">{}</data><data key=\"broken\">{}</data></edge>",
            xml(&e.id), xml(&e.source), xml(&e.target), xml(&e.label), xml(&e.relation), xml(e.broken.as_deref().unwrap_or(""))
        );
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// JSON in Cytoscape.js's elements shape: `{"elements": {"nodes": [{"data": …}], "edges": […]}}`.
pub fn to_json(g: &Graph) -> String {
    let nodes: Vec<serde_json::Value> = g
        .nodes
        .iter()
        .map(|n| serde_json::json!({ "data": n }))
        .collect();
    let edges: Vec<serde_json::Value> = g
        .edges
        .iter()
        .map(|e| serde_json::json!({ "data": e }))
        .collect();
    serde_json::to_string_pretty(
        &serde_json::json!({ "elements": { "nodes": nodes, "edges": edges } }),
    )
    .unwrap_or_default()
        + "\n"
}

/// SVG through Graphviz's `dot` when it is installed.
pub fn to_svg(g: &Graph) -> Result<String> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = child.map_err(|_| {
        Error::invalid("map --format svg", "SVG needs Graphviz's `dot`, which is not installed (apt-get install graphviz); --format dot, graphml or json work without it")
    })?;
    let dot = to_dot(g);
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(dot.as_bytes()).map_err(|e| Error::Io {
            path: "dot".into(),
            source: e,
        })?;
    }
    let out = child.wait_with_output().map_err(|e| Error::Io {
        path: "dot".into(),
        source: e,
    })?;
    if !out.status.success() {
        return Err(Error::invalid(
            "dot",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .next()
                .unwrap_or("failed")
                .to_string(),
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
