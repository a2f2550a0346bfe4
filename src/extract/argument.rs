//! Support and attack between consecutive claims, from discourse markers.

use super::claims::Claim;
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

/// The markers as one rule, pattern by pattern in this order: all are anchored at the
/// claim's start, so the first pattern that matches there is the match (one search per
/// claim, not one per pattern).
static MARKERS: LazyLock<regex_automata::meta::Regex> = LazyLock::new(|| {
    regex_automata::meta::Regex::new_many(&[
        r"^(?:This|That) is why(?-u:\b)|^(?i:therefore|thus|hence|consequently|as a result|accordingly)(?-u:\b)|^So,",
        r"^(?:This|That) is because(?-u:\b)|^Because(?-u:\b)|^(?:That is|In other words|Indeed|For example|For instance)(?-u:\b)",
        r"^(?:But|However|Yet|Nor|Still|Instead|On the contrary|In contrast|Nevertheless|Nonetheless)(?-u:\b)",
    ])
    .unwrap()
});
/// The relation and direction of each marker pattern.
const MARKER_EDGES: [(&str, Dir); 3] = [
    ("supports", Dir::Back),
    ("supports", Dir::Forward),
    ("attacks", Dir::Forward),
];

/// "not X, but Y": the word "not", then 1 to 80 characters none of which is a period or a
/// semicolon, a comma, any whitespace and the word "but" (words as ASCII words) — the rule
/// `(?-u:\b)not(?-u:\b)[^.;]{1,80}?,\s*but(?-u:\b)` written out: its eighty copies of a
/// Unicode class made an automaton costly to build (8 M instructions on one thread, at
/// start-up and over the first documents; the same afterwards).
fn not_but(s: &str) -> bool {
    let b = s.as_bytes();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
    };
    let but_at = |i: usize| {
        let rest = s[i..].trim_start();
        rest.starts_with("but") && !word(s.len() - rest.len() + 3)
    };
    for at in memchr::memmem::find_iter(b, b"not") {
        if at > 0 && word(at - 1) || word(at + 3) {
            continue;
        }
        // The comma ends the run of 1 to 80 characters; a comma can also be one of them.
        for (n, (i, c)) in s[at + 3..].char_indices().enumerate() {
            if n >= 1 && c == ',' && but_at(at + 3 + i + 1) {
                return true;
            }
            if n == 80 || c == '.' || c == ';' {
                break;
            }
        }
    }
    false
}

/// Edges between consecutive claims of the same paragraph (or the first claim of a
/// paragraph and the last of the previous one).
pub fn extract(text: &str, claims: &[Claim]) -> Vec<Edge> {
    let mut out = Vec::new();
    for i in 1..claims.len() {
        let cur = &claims[i];
        let s = text[cur.start..cur.end].trim_start();
        if let Some(m) = MARKERS.find(s) {
            let (relation, dir) = &MARKER_EDGES[m.pattern().as_usize()];
            let (from, to) = match dir {
                Dir::Back => (i - 1, i),
                Dir::Forward => (i, i - 1),
            };
            out.push(Edge {
                from,
                to,
                relation,
                marker: s[m.range()].to_string(),
            });
        }
    }
    // "not X but Y" inside one claim: the claim attacks its own negated reading; recorded
    // as an attack on the previous claim when the previous claim asserts X.
    for (i, c) in claims.iter().enumerate().skip(1) {
        let s = &text[c.start..c.end];
        if not_but(s) && !out.iter().any(|e| e.from == i) {
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

warm_up_fn!(warm_up: MARKERS);

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The first marker pattern that matches at the start decides, as when the patterns were
    /// tried one by one: "That is why" (pattern 0) before "That is" (pattern 1).
    #[test]
    fn markers_in_order() {
        fn edge(s: &str) -> Option<(&'static str, bool, &str)> {
            MARKERS.find(s).map(|m| {
                let (rel, dir) = &MARKER_EDGES[m.pattern().as_usize()];
                (*rel, matches!(dir, Dir::Back), &s[m.range()])
            })
        }
        assert_eq!(
            edge("That is why we vote."),
            Some(("supports", true, "That is why"))
        );
        assert_eq!(
            edge("That is, the board."),
            Some(("supports", false, "That is"))
        );
        assert_eq!(
            edge("THEREFORE it holds."),
            Some(("supports", true, "THEREFORE"))
        );
        assert_eq!(edge("However, no."), Some(("attacks", false, "However")));
        assert_eq!(edge("We vote. However, no."), None);
        assert_eq!(edge("Butter is not a marker."), None);
    }

    /// `not_but` answers as the rule it replaces, on text made of its pieces, with runs
    /// around the 80-character bound.
    #[test]
    fn not_but_as_the_rule() {
        let rule = Regex::new(r"(?-u:\b)not(?-u:\b)[^.;]{1,80}?,\s*but(?-u:\b)").unwrap();
        let mut pick = crate::extract::test_picker(0x2545_F491_4F6C_DD1D);
        let pieces = [
            "not",
            "Not",
            "knot",
            "not_",
            "but",
            "butter",
            "_but",
            ",",
            ", ",
            ",\n",
            ",\u{a0}",
            " ",
            " ",
            "x",
            "é",
            "—",
            ".",
            ";",
            "abcdefghij",
            "abcdefghijklmnopqrst",
            "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz",
        ];
        let unbounded = Regex::new(r"(?-u:\b)not(?-u:\b)[^.;]+?,\s*but(?-u:\b)").unwrap();
        let (mut yes, mut n, mut bound_decides) = (0, 0, 0);
        for _ in 0..40_000 {
            let mut t = String::new();
            for _ in 0..1 + pick(4) {
                t.push_str(["not ", "x ", "knot "][pick(3)]);
                for _ in 0..pick(12) {
                    t.push_str(pieces[pick(pieces.len())]);
                }
                t.push_str([", but", ",but ", ", butter", ". but", ""][pick(5)]);
            }
            let want = rule.is_match(&t);
            assert_eq!(not_but(&t), want, "{t:?}");
            yes += want as usize;
            bound_decides += (unbounded.is_match(&t) != want) as usize;
            n += 1;
        }
        // Counts of this seed: texts with a match, and texts where the bound decides.
        assert!(yes > 4_000 && yes < n - 4_000, "{yes} of {n}");
        assert!(bound_decides > 500, "{bound_decides}");
        assert!(not_but("It is not a mandate, but a forum."));
        assert!(!not_but("It is not a mandate. But a forum."));
        assert!(!not_but(&format!("not {}, but", "x".repeat(80))));
        assert!(not_but(&format!("not {}, but", "x".repeat(79))));
    }
}
