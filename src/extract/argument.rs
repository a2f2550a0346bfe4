//! Support and attack between consecutive claims, from discourse markers.

use super::claims::Claim;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    /// "supports" or "attacks".
    pub relation: &'static str,
    pub marker: String,
}

/// Markers at the start of a claim, and which way the edge goes:
/// `Back` = the previous claim supports this one ("This is why ...", "Therefore ...");
/// `Forward` = this claim supports or attacks the previous one ("That is ...", "But ...").
enum Dir {
    Back,
    Forward,
}

static MARKERS: LazyLock<Vec<(Regex, &'static str, Dir)>> = LazyLock::new(|| {
    vec![
        (Regex::new(r"^(?:This|That) is why(?-u:\b)|^(?i:therefore|thus|hence|consequently|as a result|accordingly)(?-u:\b)|^So,").unwrap(), "supports", Dir::Back),
        (Regex::new(r"^(?:This|That) is because(?-u:\b)|^Because(?-u:\b)|^(?:That is|In other words|Indeed|For example|For instance)(?-u:\b)").unwrap(), "supports", Dir::Forward),
        (Regex::new(r"^(?:But|However|Yet|Nor|Still|Instead|On the contrary|In contrast|Nevertheless|Nonetheless)(?-u:\b)").unwrap(), "attacks", Dir::Forward),
    ]
});
static NOT_BUT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)not(?-u:\b)[^.;]{1,80}?,\s*but(?-u:\b)").unwrap());

/// Edges between consecutive claims of the same paragraph (or the first claim of a
/// paragraph and the last of the previous one).
pub fn extract(text: &str, claims: &[Claim]) -> Vec<Edge> {
    let mut out = Vec::new();
    for i in 1..claims.len() {
        let cur = &claims[i];
        let s = text[cur.start..cur.end].trim_start();
        for (re, rel, dir) in MARKERS.iter() {
            if let Some(m) = re.find(s) {
                let (from, to) = match dir {
                    Dir::Back => (i - 1, i),
                    Dir::Forward => (i, i - 1),
                };
                out.push(Edge {
                    from,
                    to,
                    relation: rel,
                    marker: m.as_str().to_string(),
                });
                break;
            }
        }
    }
    // "not X but Y" inside one claim: the claim attacks its own negated reading; recorded
    // as an attack on the previous claim when the previous claim asserts X.
    for (i, c) in claims.iter().enumerate().skip(1) {
        let s = &text[c.start..c.end];
        if NOT_BUT.is_match(s) && !out.iter().any(|e| e.from == i) {
            out.push(Edge {
                from: i,
                to: i - 1,
                relation: "attacks",
                marker: "not ... but".into(),
            });
        }
    }
    out
}

warm_up_fn!(warm_up: MARKERS, NOT_BUT);
