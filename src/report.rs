//! Renderers over query answers: breaks, the per-document report (text, Markdown, HTML,
//! JSON) and the explanation of one claim. Everything here reads the store through the
//! shipped SPARQL queries, so what the report says is what a user's query would say.

use crate::error::{Error, Result};
use crate::query::shipped_query;
use crate::rdf::vocab::{ID, W};
use crate::store::Answer;
use crate::Warrant;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The closed list of break kinds (DOMAIN.md).
pub const BREAK_KINDS: &[&str] = &[
    "unsourced",
    "unresolved-citation",
    "ambiguous-citation",
    "self-sourced",
    "participation-not-authorization",
    "denied",
    "no-principal",
    "circular",
];

#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Break {
    pub doc: String,
    pub kind: String,
    pub subject: String,
    pub text: String,
    pub detail: String,
}

fn rows(a: &Answer) -> Vec<BTreeMap<String, String>> {
    a.maps()
}

/// Runs the break queries of the chosen kinds (all when empty), optionally for one document.
pub fn breaks(w: &Warrant, doc: Option<&str>, kinds: &[String]) -> Result<Vec<Break>> {
    for k in kinds {
        if !BREAK_KINDS.contains(&k.as_str()) {
            return Err(Error::invalid(
                "--kind",
                format!(
                    "unknown break kind '{k}'; kinds are: {}",
                    BREAK_KINDS.join(", ")
                ),
            ));
        }
    }
    if let Some(d) = doc {
        w.require_doc(d)?;
    }
    // The kinds are independent read-only queries: they run in parallel.
    use rayon::prelude::*;
    let chosen: Vec<&str> = BREAK_KINDS
        .iter()
        .copied()
        .filter(|k| kinds.is_empty() || kinds.iter().any(|x| x == k))
        .collect();
    let found: Vec<Vec<Break>> = chosen
        .par_iter()
        .map(|k| -> Result<Vec<Break>> {
            let q = shipped_query(&format!("breaks/{k}")).ok_or_else(|| Error::UnknownQuery {
                name: format!("breaks/{k}"),
            })?;
            let answer = match doc {
                Some(d) => w.query_doc(q, d)?,
                None => w.query(q)?,
            };
            Ok(rows(&answer)
                .into_iter()
                .map(|r| Break {
                    doc: r.get("doc").cloned().unwrap_or_default(),
                    kind: r.get("kind").cloned().unwrap_or_default(),
                    subject: r.get("subject").cloned().unwrap_or_default(),
                    text: r.get("text").cloned().unwrap_or_default(),
                    detail: r.get("detail").cloned().unwrap_or_default(),
                })
                .filter(|b| doc.is_none_or(|d| d == b.doc))
                .collect())
        })
        .collect::<Result<_>>()?;
    let mut out: Vec<Break> = found.into_iter().flatten().collect();
    // Per document and kind in reading order: claims and citations are numbered as they occur,
    // so ".../claim/2" comes before ".../claim/14" (a plain string sort put it after).
    out.sort_by(|a, b| {
        (&a.doc, &a.kind, numbered(&a.subject))
            .cmp(&(&b.doc, &b.kind, numbered(&b.subject)))
            .then_with(|| a.cmp(b))
    });
    out.dedup();
    Ok(out)
}

/// An IRI ending in a number, as its stem and that number (other IRIs: themselves, no number).
fn numbered(iri: &str) -> (&str, Option<u64>) {
    match iri.rsplit_once('/') {
        Some((stem, n)) if !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) => {
            (stem, n.parse().ok())
        }
        _ => (iri, None),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub work: String,
    pub title: String,
    pub issuer: Option<String>,
    pub signal: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorityClaim {
    pub claim: String,
    pub text: String,
    pub polarity: String,
    pub holder: Option<String>,
    pub relation: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocReport {
    pub doc: String,
    pub title: String,
    pub authority_claims: Vec<AuthorityClaim>,
    pub breaks: Vec<Break>,
}

/// Builds the report of every loaded document (or of the given ones).
pub fn report(w: &Warrant, only: &[String]) -> Result<Vec<DocReport>> {
    // Titles only: counting every document's triples (as `docs` does) is not needed here.
    let titles_q = "PREFIX w: <https://w3id.org/warrant/ns#> PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id ?title WHERE { GRAPH ?g { ?g a w:Document ; dct:identifier ?id ; dct:title ?title } } ORDER BY ?id";
    let sources_q = shipped_query("authority-sources").unwrap_or_default();
    // A few documents: queries scoped to each (fast in a large store); all: one pass.
    let scoped = !only.is_empty() && only.len() <= 50;
    let titles = if scoped {
        let mut t = Vec::new();
        for d in only {
            t.extend(rows(&w.query_doc(titles_q, d)?));
        }
        t
    } else {
        rows(&w.query(titles_q)?)
    };
    let docs: Vec<(String, String)> = titles
        .into_iter()
        .map(|r| (r["id"].clone(), r.get("title").cloned().unwrap_or_default()))
        .collect();
    let (all_breaks, src) = if scoped {
        let mut b = Vec::new();
        let mut s = Vec::new();
        for d in only {
            b.extend(breaks(w, Some(d), &[])?);
            s.extend(rows(&w.query_doc(sources_q, d)?));
        }
        (b, s)
    } else {
        (breaks(w, None, &[])?, rows(&w.query(sources_q)?))
    };
    let mut out = Vec::new();
    for d in docs {
        if !only.is_empty() && !only.contains(&d.0) {
            continue;
        }
        let mut claims: Vec<AuthorityClaim> = Vec::new();
        for r in src.iter().filter(|r| r.get("doc") == Some(&d.0)) {
            let claim = r.get("claim").cloned().unwrap_or_default();
            if claims.last().is_none_or(|c| c.claim != claim) {
                claims.push(AuthorityClaim {
                    claim: claim.clone(),
                    text: r.get("text").cloned().unwrap_or_default(),
                    polarity: r.get("polarity").cloned().unwrap_or_default(),
                    holder: r.get("holder").map(|h| label_of(h)),
                    relation: r.get("relation").cloned(),
                    sources: vec![],
                });
            }
            let c = claims.last_mut().unwrap();
            if let Some(wk) = r.get("work") {
                if !c.sources.iter().any(|s| &s.work == wk) {
                    c.sources.push(Source {
                        work: wk.clone(),
                        title: r.get("title").cloned().unwrap_or_default(),
                        issuer: r.get("issuer").cloned(),
                        signal: r.get("signal").cloned(),
                    });
                }
            }
        }
        out.push(DocReport {
            doc: d.0.clone(),
            title: d.1.clone(),
            authority_claims: claims,
            breaks: all_breaks
                .iter()
                .filter(|b| b.doc == d.0)
                .cloned()
                .collect(),
        });
    }
    Ok(out)
}

/// A readable name for one of warrant's IRIs (`.../actor/icann` -> `icann`).
fn label_of(iri: &str) -> String {
    iri.strip_prefix(ID)
        .map(|s| s.rsplit('/').next().unwrap_or(s).to_string())
        .unwrap_or_else(|| iri.to_string())
}

fn short(iri: &str) -> &str {
    iri.strip_prefix(ID).unwrap_or(iri)
}

pub fn render_text(reports: &[DocReport]) -> String {
    let mut s = String::new();
    for r in reports {
        let _ = writeln!(s, "== {} — {}", r.doc, r.title);
        let _ = writeln!(s, "Authority claims: {}", r.authority_claims.len());
        for c in &r.authority_claims {
            let _ = writeln!(s, "  [{}] {}", c.polarity, c.text);
            if let (Some(h), Some(rel)) = (&c.holder, &c.relation) {
                let _ = writeln!(s, "      holder: {h}; relation: {rel}");
            }
            if c.sources.is_empty() {
                let _ = writeln!(s, "      rests on: nothing");
            }
            for src in &c.sources {
                let _ = writeln!(
                    s,
                    "      rests on: {}{}{}",
                    src.title,
                    src.issuer
                        .as_ref()
                        .map(|i| format!(" (issued by {i})"))
                        .unwrap_or_default(),
                    src.signal
                        .as_ref()
                        .map(|g| format!(" [{g}]"))
                        .unwrap_or_default()
                );
            }
        }
        let _ = writeln!(s, "Breaks: {}", r.breaks.len());
        for b in &r.breaks {
            let _ = writeln!(s, "  {:<32} “{}”", b.kind, b.text);
            let _ = writeln!(s, "  {:<32} {}", "", b.detail);
        }
        let _ = writeln!(s);
    }
    s
}

pub fn render_markdown(reports: &[DocReport]) -> String {
    let mut s = String::new();
    for r in reports {
        let _ = writeln!(s, "## {} ({})\n", r.title, r.doc);
        let _ = writeln!(s, "### Authority claims ({})\n", r.authority_claims.len());
        for c in &r.authority_claims {
            let _ = writeln!(s, "- **{}** — {}", c.polarity, c.text);
            if c.sources.is_empty() {
                let _ = writeln!(s, "  - rests on: *nothing*");
            }
            for src in &c.sources {
                let _ = writeln!(
                    s,
                    "  - rests on: {}{}",
                    src.title,
                    src.issuer
                        .as_ref()
                        .map(|i| format!(" (issued by {i})"))
                        .unwrap_or_default()
                );
            }
        }
        let _ = writeln!(s, "\n### Breaks ({})\n", r.breaks.len());
        for b in &r.breaks {
            let _ = writeln!(s, "- `{}` — “{}”  \n  {}", b.kind, b.text, b.detail);
        }
        let _ = writeln!(s);
    }
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn render_html(reports: &[DocReport]) -> String {
    let mut s = String::from("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>warrant report</title>\n<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}.denied{color:#a00}.break{border-left:4px solid #c00;padding-left:.5rem;margin:.4rem 0}.kind{font-family:monospace;color:#c00}.src{color:#555}</style></head><body>\n<h1>warrant report</h1>\n");
    for r in reports {
        let _ = writeln!(
            s,
            "<section><h2>{} <small>({})</small></h2>",
            esc(&r.title),
            esc(&r.doc)
        );
        let _ = writeln!(
            s,
            "<h3>Authority claims ({})</h3><ul>",
            r.authority_claims.len()
        );
        for c in &r.authority_claims {
            let _ = write!(
                s,
                "<li class=\"{}\"><b>{}</b> — {}<ul>",
                esc(&c.polarity),
                esc(&c.polarity),
                esc(&c.text)
            );
            if c.sources.is_empty() {
                let _ = write!(s, "<li class=\"src\">rests on: <i>nothing</i></li>");
            }
            for src in &c.sources {
                let _ = write!(
                    s,
                    "<li class=\"src\">rests on: {}{}</li>",
                    esc(&src.title),
                    src.issuer
                        .as_ref()
                        .map(|i| format!(" (issued by {})", esc(i)))
                        .unwrap_or_default()
                );
            }
            let _ = writeln!(s, "</ul></li>");
        }
        let _ = writeln!(s, "</ul><h3>Breaks ({})</h3>", r.breaks.len());
        for b in &r.breaks {
            let _ = writeln!(s, "<div class=\"break\"><span class=\"kind\">{}</span> “{}”<br><small>{}</small></div>", esc(&b.kind), esc(&b.text), esc(&b.detail));
        }
        let _ = writeln!(s, "</section>");
    }
    s.push_str("</body></html>\n");
    s
}

/// The HTML report with each document's authority map embedded (when Graphviz's `dot`
/// is installed; otherwise the report says how to get the picture).
pub fn render_html_with_maps(w: &Warrant, reports: &[DocReport]) -> String {
    let mut html = render_html(reports);
    for r in reports {
        let opts = crate::map::Options {
            doc: Some(r.doc.clone()),
            claim: None,
            only_authority: true,
            depth: 0,
        };
        let figure = match crate::map::build(w, &opts).and_then(|g| crate::map::to_svg(&g)) {
            Ok(svg) => {
                let svg = svg
                    .find("<svg")
                    .map_or(svg.as_str(), |i| &svg[i..])
                    .to_string();
                format!("<figure class=\"map\" style=\"overflow:auto;max-height:40rem;border:1px solid #ddd\">{svg}<figcaption>Authority claims of {} and their sources; breaks in red.</figcaption></figure>", esc(&r.doc))
            }
            Err(e) => format!("<p class=\"src\">No map: {}</p>", esc(&e.to_string())),
        };
        let marker = format!(
            "<section><h2>{} <small>({})</small></h2>",
            esc(&r.title),
            esc(&r.doc)
        );
        html = html.replacen(&marker, &format!("{marker}\n{figure}"), 1);
    }
    html
}

/// Explanation of one claim: text, speaker, citations and works (with the short-form
/// path), the authorization and the chain above the holder, and the breaks touching it.
pub fn explain(w: &Warrant, claim: &str) -> Result<String> {
    let iri = if claim.starts_with("http") {
        claim.to_string()
    } else {
        format!("{ID}{}", claim.trim_start_matches('/'))
    };
    if iri.contains(['<', '>', '"', ' ', '{', '}']) {
        return Err(Error::UnknownClaim { id: claim.into() });
    }
    let q = format!(
        "PREFIX w: <{W}> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dct: <http://purl.org/dc/terms/>
         SELECT ?doc ?text ?polarity ?speaker (GROUP_CONCAT(DISTINCT STRAFTER(STR(?k), \"#\"); separator=\", \") AS ?kinds) (GROUP_CONCAT(DISTINCT ?cue; separator=\"; \") AS ?cues)
         WHERE {{ GRAPH ?g {{ ?g dct:identifier ?doc . <{iri}> a w:Claim ; w:text ?text ; w:polarity ?p ; w:kind ?k .
           OPTIONAL {{ <{iri}> w:cue ?cue }}
           OPTIONAL {{ <{iri}> w:speaker ?sp . ?sp skos:prefLabel ?spl }} OPTIONAL {{ <{iri}> w:speakerName ?spn }} }}
           BIND(STRAFTER(STR(?p), \"#\") AS ?polarity) BIND(COALESCE(?spl, ?spn, \"author\") AS ?speaker) }}
         GROUP BY ?doc ?text ?polarity ?speaker"
    );
    let head = rows(&w.query(&q)?);
    let Some(h) = head.first() else {
        return Err(Error::UnknownClaim { id: claim.into() });
    };
    let g = |k: &str| h.get(k).cloned().unwrap_or_default();
    let mut s = String::new();
    let _ = writeln!(s, "claim    {}", short(&iri));
    let _ = writeln!(s, "document {}", g("doc"));
    let _ = writeln!(s, "text     “{}”", g("text"));
    let _ = writeln!(s, "kinds    {} ({})", g("kinds"), g("polarity"));
    let _ = writeln!(s, "speaker  {}", g("speaker"));
    let _ = writeln!(s, "cues     {}", g("cues"));
    let q = format!(
        "PREFIX w: <{W}> PREFIX dct: <http://purl.org/dc/terms/> PREFIX oa: <http://www.w3.org/ns/oa#>
         SELECT ?c ?note ?form ?status ?antecedent ?signal ?pin ?title ?rule ?reason WHERE {{
           <{iri}> w:restsOn ?c . ?c w:form ?f ; w:status ?st ; w:rule ?rule ; w:reason ?reason ; oa:start ?start .
           OPTIONAL {{ ?c w:note ?note }} OPTIONAL {{ ?c w:antecedent ?antecedent }} OPTIONAL {{ ?c w:signal ?signal }}
           OPTIONAL {{ ?c w:pin ?pin }} OPTIONAL {{ ?c w:cites ?wk . ?wk dct:title ?title }}
           BIND(STRAFTER(STR(?f), \"#\") AS ?form) BIND(STRAFTER(STR(?st), \"#\") AS ?status) }} ORDER BY ?start"
    );
    let cits = rows(&w.query(&q)?);
    let _ = writeln!(s, "\nrests on ({} citation rows)", cits.len());
    for c in &cits {
        let note = c
            .get("note")
            .map(|n| format!("note {n}"))
            .unwrap_or_else(|| "in text".into());
        let path = match (c.get("form").map(String::as_str), c.get("antecedent")) {
            (Some("id") | Some("supra") | Some("hereinafter"), Some(a)) => {
                format!(" → {} → note {a}", c.get("form").unwrap())
            }
            _ => String::new(),
        };
        let _ = writeln!(
            s,
            "  {note}{path} → {} [{}{}{}] ({}: {})",
            c.get("title")
                .cloned()
                .unwrap_or_else(|| "(no work)".into()),
            c.get("status").cloned().unwrap_or_default(),
            c.get("signal")
                .map(|x| format!(", {x}"))
                .unwrap_or_default(),
            c.get("pin").map(|x| format!(", {x}")).unwrap_or_default(),
            c.get("rule").cloned().unwrap_or_default(),
            c.get("reason").cloned().unwrap_or_default(),
        );
    }
    let q = format!(
        "PREFIX w: <{W}> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
         SELECT ?rel ?holder ?grantor ?basis ?constituency ?root WHERE {{
           ?a w:statedBy <{iri}> ; w:authRelation ?rel .
           OPTIONAL {{ ?a w:holder ?h . ?h skos:prefLabel ?holder .
             OPTIONAL {{ ?h w:derivesAuthorityFrom+ ?r . ?r skos:prefLabel ?root }} }}
           OPTIONAL {{ ?a w:grantor ?gr . ?gr skos:prefLabel ?grantor }}
           OPTIONAL {{ ?a w:basis ?basis }} OPTIONAL {{ ?a w:constituency ?constituency }} }}"
    );
    let auths = rows(&w.query(&q)?);
    let _ = writeln!(s, "\nauthorization");
    if auths.is_empty() {
        let _ = writeln!(s, "  (none stated)");
    }
    let mut seen = std::collections::BTreeSet::new();
    for a in &auths {
        let line = format!(
            "  {} {} {}{}{}",
            a.get("holder")
                .cloned()
                .unwrap_or_else(|| "(no holder named)".into()),
            a.get("rel").cloned().unwrap_or_default(),
            a.get("constituency").cloned().unwrap_or_default(),
            a.get("basis")
                .map(|b| format!("; basis: {b}"))
                .unwrap_or_default(),
            a.get("grantor")
                .map(|b| format!("; granted by {b}"))
                .unwrap_or_default(),
        );
        if seen.insert(line.clone()) {
            let _ = writeln!(s, "{line}");
        }
        if let Some(r) = a.get("root") {
            if seen.insert(format!("root {r}")) {
                let _ = writeln!(s, "    chain reaches {r}");
            }
        }
    }
    let bs: Vec<Break> = breaks(w, Some(&g("doc")), &[])?
        .into_iter()
        .filter(|b| b.subject == iri || cits.iter().any(|c| c.get("c") == Some(&b.subject)))
        .collect();
    let _ = writeln!(s, "\nbreaks ({})", bs.len());
    for b in bs {
        let _ = writeln!(s, "  {}: {}", b.kind, b.detail);
    }
    Ok(s)
}
