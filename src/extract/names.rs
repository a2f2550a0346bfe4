//! Known names found in text as whole words: byte tries walked from each word start.
//!
//! Each set of names is found as the rule `\b(?:NAME|...)(?:s\b|['’]s\b|\b)` finds it
//! (names longest first, ASCII word boundaries, plural and possessive taken with the name;
//! case-sensitive or not), match for match, and one walk over the text serves every set.
//! The rules' lazy DFAs cost some 400 ns a match on the dense synthetic documents (a name
//! every 45 bytes: a walk forward to the match's end, one backward to its start, and the
//! search set up again for the next; and a walk over the text per set), and their automata
//! grow with every name a user's gazetteer adds. Letters outside ASCII go into a
//! case-insensitive trie in each case the rule folds them to. Where a trie could not give
//! its rule's answer, the rule itself runs: a name that does not begin with an ASCII word
//! character, and (case-insensitive) a text holding the Kelvin sign or the long s, which
//! Unicode case folding equates with `k` and `s`.

use regex_automata::meta::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// Sets of names, each matched as its own rule would match it.
#[derive(Debug, Clone)]
pub struct NameMatcher {
    sets: Vec<NameSet>,
}

#[derive(Debug, Clone)]
struct NameSet {
    ci: bool,
    pattern: String,
    /// `None` if it could not be built (past the regex engine's size limit): no matches,
    /// as before the trie.
    rule: OnceLock<Option<Regex>>,
    /// `None` where a name is one the trie cannot match as the rule does.
    trie: Option<Trie>,
}

/// One set's trie on its way through a text.
struct Walk<'a> {
    trie: &'a Trie,
    ci: bool,
    out: &'a mut Vec<Range<usize>>,
    /// Matches resume where the last one ended, as the rule's successive searches do.
    resume: usize,
}

/// Node 0 is the root; a node's children are `edges[first..first + len]`, sorted by byte.
#[derive(Debug, Clone)]
struct Trie {
    /// The root's child for each byte (node index, 0 for none).
    root: Box<[u32; 256]>,
    /// The pairs of bytes a name can start with, as they may stand in the text (both cases
    /// where case is ignored), as bits: most words that start like a name do not go on like one.
    pairs: Box<[u64; 1024]>,
    nodes: Vec<Node>,
    edges: Vec<(u8, u32)>,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    len: u32,
    /// A name ends here.
    terminal: bool,
}

fn is_word(b: u8) -> bool {
    CLASS[b as usize] == WORD
}

const WORD: u8 = 1;
/// Each byte's class: a word byte of `(?-u:\b)` ([0-9A-Za-z_]) or 0.
static CLASS: [u8; 256] = {
    let mut c = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        if x.is_ascii_alphanumeric() || x == b'_' {
            c[b] = WORD;
        }
        b += 1;
    }
    c
};

/// Bit `i` set where `chunk[i]` (at most 64 bytes) is a word byte.
fn word_bits(chunk: &[u8]) -> u64 {
    let mut eights = chunk.chunks_exact(8);
    let mut word = 0u64;
    for (k, e) in eights.by_ref().enumerate() {
        word |= word_bits8(u64::from_le_bytes(e.try_into().expect("eight bytes"))) << (8 * k);
    }
    // A short last piece, padded with NUL (no word byte); copying every piece cost more.
    let rest = eights.remainder();
    if !rest.is_empty() {
        let mut eight = [0u8; 8];
        eight[..rest.len()].copy_from_slice(rest);
        word |= word_bits8(u64::from_le_bytes(eight)) << (chunk.len() - rest.len());
    }
    word
}

/// The word bytes among the eight bytes of `x` (little-endian), as its low eight bits: each
/// byte's class worked out in the word itself, all eight at once, instead of a table lookup,
/// a compare and a shift per byte.
fn word_bits8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & !HIGH;
    // The high bit of each byte: its low seven bits lie in `lo..=hi`. No sum carries into
    // the next byte (at most 0x7F + 0x80).
    let between =
        |v: u64, lo: u64, hi: u64| (v + (0x80 - lo) * ONES) & !(v + (0x7F - hi) * ONES) & HIGH;
    let digit = between(low, b'0' as u64, b'9' as u64);
    let letter = between(low | (0x20 * ONES), b'a' as u64, b'z' as u64);
    let z = low ^ ((b'_' as u64) * ONES);
    let underscore = !((z + 0x7F * ONES) | z) & HIGH;
    // Bytes with the high bit set (non-ASCII) are not word bytes.
    let mask = (digit | letter | underscore) & !x & HIGH;
    // Gather the eight high bits into the top byte, in order (no carries: every other term of
    // the product lands on its own bit below bit 56).
    ((mask >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// `(?-u:\b)` at `i`.
fn boundary(t: &[u8], i: usize) -> bool {
    let before = i > 0 && is_word(t[i - 1]);
    let after = i < t.len() && is_word(t[i]);
    before != after
}

impl NameMatcher {
    /// A matcher of each set of `(names, ignoring case)`; no name empty.
    pub fn new(sets: &[(&[String], bool)]) -> NameMatcher {
        NameMatcher {
            sets: sets
                .iter()
                .map(|&(names, ci)| NameSet::new(names, ci))
                .collect(),
        }
    }

    /// How many sets there are: `find_into` wants a list of matches for each.
    pub fn sets(&self) -> usize {
        self.sets.len()
    }

    /// Each set's matches in `text`, in order, in `out` (one list per set, cleared first).
    pub fn find_into(&self, text: &str, out: &mut [Vec<Range<usize>>]) {
        let t = text.as_bytes();
        // U+017F LATIN SMALL LETTER LONG S (C5 BF), U+212A KELVIN SIGN (E2 84 AA).
        let folds = OnceLock::new();
        let folds = || {
            *folds.get_or_init(|| {
                memchr::memchr2_iter(0xC5, 0xE2, t).any(|i| {
                    t[i..].starts_with("\u{17F}".as_bytes())
                        || t[i..].starts_with("\u{212A}".as_bytes())
                })
            })
        };
        let mut walks = Vec::with_capacity(self.sets.len());
        for (set, out) in self.sets.iter().zip(out.iter_mut()) {
            out.clear();
            match &set.trie {
                Some(trie) if !(set.ci && folds()) => walks.push(Walk {
                    trie,
                    ci: set.ci,
                    out,
                    resume: 0,
                }),
                _ => {
                    if let Some(rule) = set.rule() {
                        out.extend(rule.find_iter(text).map(|m| m.range()));
                    }
                }
            }
        }
        if !walks.is_empty() {
            Trie::find_into(t, &mut walks);
        }
    }
}

impl NameSet {
    fn new(names: &[String], ci: bool) -> NameSet {
        let mut sorted: Vec<&String> = names.iter().collect();
        sorted.sort_by_key(|n| std::cmp::Reverse(n.len()));
        sorted.dedup();
        let alts: Vec<String> = sorted.iter().map(|n| regex::escape(n)).collect();
        let pattern = format!(
            r"{}(?-u:\b)(?:{})(?:s(?-u:\b)|['’]s(?-u:\b)|(?-u:\b))",
            if ci { "(?i)" } else { "" },
            alts.join("|")
        );
        // Names the trie matches as the rule does: those starting with a word byte. Where
        // case is ignored, a name's letters outside ASCII go in with each letter that folds
        // to theirs ("Türkiye", "TÜRKIYE"); the trie folds ASCII itself.
        // A name with many such letters ("Xσσσσσσσσσσσ", each σ three ways) would take too
        // many spellings: its set goes to the rule.
        let trie_fits = names.iter().all(|n| n.bytes().next().is_some_and(is_word));
        let trie = trie_fits
            .then(|| {
                if !ci || names.iter().all(|n| n.is_ascii()) {
                    return Some(Trie::new(names, ci));
                }
                let mut all = Vec::new();
                for n in names {
                    all.extend(case_variants(n, MAX_SPELLINGS)?);
                }
                Some(Trie::new(&all, ci))
            })
            .flatten();
        NameSet {
            ci,
            pattern,
            rule: OnceLock::new(),
            trie,
        }
    }

    /// The rule, compiled the first time the trie cannot answer.
    fn rule(&self) -> Option<&Regex> {
        self.rule
            .get_or_init(|| {
                // Without the literal prefilter the rule walks its DFA only, with the same
                // matches, and faster on prose (measured when the rule did all the matching).
                Regex::builder()
                    .configure(Regex::config().auto_prefilter(false))
                    .build(&self.pattern)
                    .ok()
            })
            .as_ref()
    }
}

/// The most spellings one name may take in a trie.
const MAX_SPELLINGS: usize = 64;

/// The spellings of `name` that differ only in the case of its letters outside ASCII, as
/// the regex engine folds them (simple case folding): "Côte" gives "Côte" and "CÔte".
/// `None` past `max` spellings.
fn case_variants(name: &str, max: usize) -> Option<Vec<String>> {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    let mut out = vec![String::new()];
    for c in name.chars() {
        let forms: Vec<char> = if c.is_ascii() {
            vec![c]
        } else {
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            class.case_fold_simple();
            class
                .iter()
                .flat_map(|r| r.start()..=r.end())
                // The Kelvin sign and the long s fold to ASCII letters, which the trie
                // folds itself; a text holding them goes to the rule.
                .filter(|f| !f.is_ascii())
                .collect()
        };
        if out.len() * forms.len() > max {
            return None;
        }
        out = out
            .iter()
            .flat_map(|o| forms.iter().map(move |f| format!("{o}{f}")))
            .collect();
    }
    Some(out)
}

impl Trie {
    fn new(names: &[String], ci: bool) -> Trie {
        // Built as nested maps, then laid out flat.
        let mut children: Vec<std::collections::BTreeMap<u8, usize>> = vec![Default::default()];
        let mut terminal = vec![false];
        for name in names {
            let mut at = 0;
            for mut b in name.bytes() {
                if ci {
                    b = b.to_ascii_lowercase();
                }
                at = match children[at].get(&b) {
                    Some(&next) => next,
                    None => {
                        children.push(Default::default());
                        terminal.push(false);
                        let next = children.len() - 1;
                        children[at].insert(b, next);
                        next
                    }
                };
            }
            terminal[at] = true;
        }
        let mut root = Box::new([0u32; 256]);
        for (&b, &next) in &children[0] {
            root[b as usize] = next as u32;
            if ci {
                root[b.to_ascii_uppercase() as usize] = next as u32;
            }
        }
        let mut pairs = Box::new([0u64; 1024]);
        let cases = |b: u8| {
            if ci {
                [b.to_ascii_lowercase(), b.to_ascii_uppercase()]
            } else {
                [b, b]
            }
        };
        for name in names {
            let n = name.as_bytes();
            for b0 in cases(n[0]) {
                let seconds: Vec<u8> = match n.get(1) {
                    Some(&b1) => cases(b1).to_vec(),
                    None => (0..=255).collect(),
                };
                for b1 in seconds {
                    let k = (b0 as usize) << 8 | b1 as usize;
                    pairs[k / 64] |= 1 << (k % 64);
                }
            }
        }
        let mut nodes = Vec::with_capacity(children.len());
        let mut edges = Vec::new();
        for (kids, &terminal) in children.iter().zip(&terminal) {
            nodes.push(Node {
                first: edges.len() as u32,
                len: kids.len() as u32,
                terminal,
            });
            edges.extend(kids.iter().map(|(&b, &next)| (b, next as u32)));
        }
        Trie {
            root,
            pairs,
            nodes,
            edges,
        }
    }

    /// The matches of each walk's trie into its list: one pass over the word starts of
    /// the text for all.
    fn find_into(t: &[u8], walks: &mut [Walk<'_>]) {
        let mut ends = Vec::new();
        // Word starts, 64 bytes at a time, as bits: a byte-by-byte walk mispredicted a
        // branch at nearly every word's end.
        let mut before = 0u64;
        for (k, chunk) in t.chunks(64).enumerate() {
            let word = word_bits(chunk);
            let mut starts = word & !(word << 1 | before);
            before = word >> 63;
            while starts != 0 {
                let p = k * 64 + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let pair = (t[p] as usize) << 8 | t.get(p + 1).map_or(0, |&b| b as usize);
                for w in walks.iter_mut() {
                    if p < w.resume
                        || w.trie.pairs[pair / 64] & 1 << (pair % 64) == 0 && p + 1 < t.len()
                    {
                        continue;
                    }
                    if let Some(e) = w.trie.match_at(t, p, w.ci, &mut ends) {
                        w.out.push(p..e);
                        w.resume = e;
                    }
                }
            }
        }
    }

    /// The end of the rule's match starting at the word start `p`, if one does: the longest
    /// name there that a plural, a possessive or a word boundary follows.
    fn match_at(&self, t: &[u8], p: usize, ci: bool, ends: &mut Vec<usize>) -> Option<usize> {
        ends.clear();
        let fold = |b: u8| if ci { b.to_ascii_lowercase() } else { b };
        let mut node = self.root[t[p] as usize] as usize;
        let mut i = p + 1;
        loop {
            let n = self.nodes[node];
            if n.terminal {
                ends.push(i);
            }
            let Some(&b) = t.get(i) else { break };
            let b = fold(b);
            let kids = &self.edges[n.first as usize..(n.first + n.len) as usize];
            match kids.iter().find(|e| e.0 == b) {
                Some(&(_, next)) => node = next as usize,
                None => break,
            }
            i += 1;
        }
        let s = |i: usize| t.get(i).is_some_and(|&b| fold(b) == b's');
        ends.iter().rev().find_map(|&e| {
            if s(e) && boundary(t, e + 1) {
                Some(e + 1)
            } else if t.get(e) == Some(&b'\'') && s(e + 1) && boundary(t, e + 2) {
                Some(e + 2)
            } else if t[e..].starts_with("’".as_bytes()) && s(e + 3) && boundary(t, e + 4) {
                Some(e + 4)
            } else if boundary(t, e) {
                Some(e)
            } else {
                None
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }
    /// Each set's matches by its rule.
    fn rule_spans(m: &NameMatcher, text: &str) -> Vec<Vec<Range<usize>>> {
        m.sets
            .iter()
            .map(|s| {
                s.rule()
                    .unwrap()
                    .find_iter(text)
                    .map(|m| m.range())
                    .collect()
            })
            .collect()
    }
    fn spans(m: &NameMatcher, text: &str) -> Vec<Vec<Range<usize>>> {
        let mut out = vec![Vec::new(); m.sets()];
        m.find_into(text, &mut out);
        out
    }

    #[test]
    fn only_the_kelvin_sign_and_long_s_fold_to_ascii_letters() {
        // The tries' one case-folding exception, checked against the regex engine's tables.
        let letter = regex::Regex::new("(?i)^[a-z0-9_]$").unwrap();
        let odd: Vec<char> = (0x80..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| letter.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(odd, vec!['\u{17F}', '\u{212A}']);
    }

    #[test]
    fn word_bits_are_the_class_table() {
        // Every byte value in every place of an eight-byte word, with neighbours of all kinds.
        for b in 0..=255u8 {
            for place in 0..8 {
                for fill in [b'a', b' ', 0xC3, b'_', b'0', b'Z'] {
                    let mut e = [fill; 8];
                    e[place] = b;
                    let want = e.iter().enumerate().fold(0u64, |w, (i, &c)| {
                        w | ((CLASS[c as usize] == WORD) as u64) << i
                    });
                    assert_eq!(word_bits8(u64::from_le_bytes(e)), want, "{e:?}");
                }
            }
        }
        let text: Vec<u8> = (0..=255u8).cycle().take(64 + 13).collect();
        for len in [0, 5, 8, 13, 64] {
            let want = text[..len].iter().enumerate().fold(0u64, |w, (i, &c)| {
                w | ((CLASS[c as usize] == WORD) as u64) << i
            });
            assert_eq!(word_bits(&text[..len]), want, "{len}");
        }
    }

    #[test]
    fn plural_possessive_and_longest_name() {
        let names = strings(&["ICANN", "ICANN Board", "U.N.", "IANA"]);
        let m = NameMatcher::new(&[(&names, false), (&names, true)]);
        let t = "ICANN's ICANN Board, the ICANNs, ICANNx, U.N.Security IANA’s icann BOARD";
        let want = vec![0..7, 8..19, 25..31, 41..45, 54..62];
        let mut want_ci = want.clone();
        want_ci.push(63..74);
        assert_eq!(spans(&m, t), vec![want, want_ci]);
        assert_eq!(rule_spans(&m, t), spans(&m, t));
        // The Kelvin sign makes the rule answer: it matches "\u{212A}" as "k", and as a
        // non-word character it starts a word after one ("x").
        let m = NameMatcher::new(&[(&strings(&["Kaye"]), true)]);
        assert_eq!(spans(&m, "x\u{212A}aye and kaye"), vec![vec![1..7, 12..16]]);
    }

    #[test]
    fn tries_match_as_the_rules_do() {
        let acronyms = strings(&[
            "ICANN", "IANA", "U.N.", "U.S.", "UN", "EU", "ADs", "AD", "RIR", "NTIA", "A1_b",
        ]);
        let names = strings(&[
            "ICANN Board",
            "Internet Society",
            "Internet Society Board of Trustees",
            "the Internet",
            "Regional Internet Registry",
            "Kaye",
            "Sam",
            "Icann",
        ]);
        let pieces = [
            "ICANN",
            "icann",
            "Icann",
            "ICANN Board",
            "ICANN board",
            "IANA",
            "U.N.",
            "U.S.",
            "UN",
            "un",
            "EU",
            "AD",
            "ADs",
            "RIR",
            "RIRs",
            "Internet Society",
            "internet SOCIETY",
            "Internet Society Board",
            "Internet Society Board of Trustees",
            "the Internet",
            "Regional Internet Registry",
            "NTIA",
            "Kaye",
            "KAYE",
            "Sam",
            "A1_b",
            "s",
            "S",
            "'s",
            "’s",
            "'S",
            "x",
            "_",
            "1",
            ".",
            "-",
            "\u{212A}",
            "\u{17F}",
            "é",
            "’",
            "'",
            "the",
            "words of no name",
        ];
        let gaps = ["", "", " ", ", ", ".", "s", "'", "_", "\n", "é"];
        let mut pick = crate::extract::test_picker(0x6e61_6d65);
        let m = NameMatcher::new(&[(&acronyms, false), (&names, true)]);
        assert!(m.sets.iter().all(|s| s.trie.is_some()));
        // Up to 24 pieces: texts past a 64-byte chunk of the word-start walk.
        for _ in 0..40_000 {
            let t = crate::extract::test_text(&mut pick, 24, &pieces, &gaps);
            assert_eq!(spans(&m, &t), rule_spans(&m, &t), "{t:?}");
        }
    }

    #[test]
    fn names_a_trie_cannot_take_go_to_the_rule() {
        let acronyms = strings(&["IANA"]);
        for name in ["(ISC)²", ".nz", "Ωmega Council"] {
            let names = strings(&[name, "Internet Society"]);
            let m = NameMatcher::new(&[(&acronyms, false), (&names, true)]);
            assert!(
                m.sets[0].trie.is_some() && m.sets[1].trie.is_none(),
                "{name}"
            );
            let t = format!("IANA, the internet society and {name}'s work");
            let found = spans(&m, &t);
            assert_eq!(found, rule_spans(&m, &t));
            assert_eq!(found[0], vec![0..4]);
            // (No ASCII word boundary stands before "Ω": the rule finds no "Ωmega" either.)
            assert_eq!(found[1].len(), 1);
        }
    }

    /// Letters outside ASCII in a name (after its first byte) are found in every case the
    /// rule's Unicode case folding finds them: "TÜRKIYE", "SOCIÉTÉ GÉNÉRALE", "STRAẞE".
    #[test]
    fn letters_outside_ascii_fold_as_the_rule_folds_them() {
        let names = strings(&[
            "Société Générale",
            "Türkiye",
            "Côte d'Ivoire",
            "Straße",
            "Xσ Council",
            "Internet Society",
        ]);
        let acronyms = strings(&["IANA", "ÉTS"]);
        let m = NameMatcher::new(&[(&acronyms, false), (&names, true)]);
        assert!(m.sets[1].trie.is_some());
        // Too many spellings: the rule answers.
        let greek = strings(&["Xσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσσ Council"]);
        let g = NameMatcher::new(&[(&greek, true)]);
        assert!(g.sets[0].trie.is_none());
        let t = "the XΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣ council met";
        assert_eq!(spans(&g, t), vec![vec![4..t.len() - 4]]);
        let t = "TÜRKIYE and türkiye, SOCIÉTÉ GÉNÉRALE, côte d'ivoire, STRAẞE, strasse, \
                 XΣ council, xς Council";
        let found = spans(&m, t);
        assert_eq!(found, rule_spans(&m, t));
        assert_eq!(found[1].len(), 7, "{found:?}");
        let pieces = [
            "Türkiye",
            "TÜRKIYE",
            "tÜrkiye",
            "Turkiye",
            "Société",
            "SOCIÉTÉ",
            "sociÉtÉ",
            "Générale",
            "GÉNÉRALE",
            "générale",
            "Côte",
            "CÔTE",
            "d'Ivoire",
            "D'IVOIRE",
            "Straße",
            "STRAẞE",
            "strasse",
            "Xσ",
            "XΣ",
            "xς",
            "Council",
            "council",
            "IANA",
            "ÉTS",
            "éts",
            "Internet",
            "society",
            "\u{212A}",
            "\u{17F}",
            "é",
            "’s",
            "'s",
        ];
        let gaps = ["", " ", " ", ", ", ".", "s", "_", "é", "Ü"];
        let mut pick = crate::extract::test_picker(0x7472_6b79);
        for _ in 0..20_000 {
            let t = crate::extract::test_text(&mut pick, 16, &pieces, &gaps);
            assert_eq!(spans(&m, &t), rule_spans(&m, &t), "{t:?}");
        }
    }
}
