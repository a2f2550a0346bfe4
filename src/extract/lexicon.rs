//! Case-insensitive word rules, run over ASCII-lowercased text.
//!
//! A `(?i)` rule over many words defeats the regex engine's literal prefilter (each case
//! variant of each word would be a literal), so a scan walks the lazy DFA byte by byte. The
//! same rule written in lowercase and run over `to_ascii_lowercase()` text finds the same
//! spans — ASCII lowercasing keeps every byte offset, so a span of the lowercased text is the
//! span of the original — and its words serve as a prefilter: 2 to 10 times faster for most of
//! the authority rules on 2,401 sentences of the seeds and extra documents. Not for every rule:
//! where the words include short, common ones ("a say in", "in charge") the prefilter fires at
//! every turn and the rule gets slower (claims' AUTHORITY: 3.5x slower), so a rule moves here
//! only when measured faster. What is lost: Unicode case folding also matches the Kelvin sign
//! (K) as `k` and the long s (ſ) as `s`.
//!
//! Spans come back as byte ranges, never as text: text for output is cut from the original.

use regex::{Captures, Regex};
use regex_automata::{meta, Input, MatchKind, PatternID, PatternSet};
use std::ops::Range;

/// Answering to someone as a verb ("ICANN must answer to the community", "answers only to
/// the members", "answers to no one"), not the noun ("the group's answers to them"): a cue
/// of authority for claims and the relation accountable-to for authority.
pub const ANSWERS_TO: &str = r"(?:only|solely|ultimately|directly|not|never|must|should|shall|will|would|can|cannot|does|do|did|to) answer(?:s|ed)? to|answer(?:s|ed) (?:(?:only|solely|ultimately|directly) to|to (?:itself|themselves|no one|nobody|no-one))";

pub struct Lexicon(Regex);

impl Lexicon {
    /// `pattern` is written as a case-insensitive rule, with a leading `(?i)`.
    pub fn new(pattern: &str) -> Lexicon {
        Lexicon(Regex::new(&lowercase_rule(pattern)).expect("a valid rule"))
    }
    /// The first span, in text lowercased with `str::to_ascii_lowercase`.
    pub fn find(&self, lower: &str) -> Option<Range<usize>> {
        self.0.find(lower).map(|m| m.range())
    }
    pub fn find_iter<'a>(&'a self, lower: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        self.0.find_iter(lower).map(|m| m.range())
    }
    pub fn is_match(&self, lower: &str) -> bool {
        self.0.is_match(lower)
    }
    /// Groups of the first match; use their ranges on the original text.
    pub fn captures<'a>(&self, lower: &'a str) -> Option<Captures<'a>> {
        self.0.captures(lower)
    }
    pub fn captures_iter<'a>(&'a self, lower: &'a str) -> impl Iterator<Item = Captures<'a>> + 'a {
        self.0.captures_iter(lower)
    }
}

/// Lexicon rules asked of the same text, run as one set: one pass over the lowercased text
/// says which of them match, so a rule that matches nowhere costs no pass of its own.
pub struct LexiconSet(meta::Regex);

impl LexiconSet {
    pub fn new<'a>(rules: impl IntoIterator<Item = &'a Lexicon>) -> LexiconSet {
        let rules: Vec<&str> = rules.into_iter().map(|r| r.0.as_str()).collect();
        // As `RegexSet` builds it, but without the literal prefilter: the set's literals are
        // so many that their automaton walked the text more slowly than the set's DFA.
        LexiconSet(
            meta::Regex::builder()
                .configure(
                    meta::Config::new()
                        .match_kind(MatchKind::All)
                        .auto_prefilter(false),
                )
                .build_many(&rules)
                .expect("valid rules"),
        )
    }
    /// Which rules match, by their place in the list given to `new`.
    pub fn matches(&self, lower: &str) -> SetHits {
        let mut set = PatternSet::new(self.0.pattern_len());
        self.0
            .which_overlapping_matches(&Input::new(lower), &mut set);
        SetHits(set)
    }
}

/// The rules of a set that match a text.
pub struct SetHits(PatternSet);

impl SetHits {
    /// Whether the rule at `i` in the set's list matches. Panics past the list's end: a
    /// place that names no rule is a mistake in the caller, not a rule that did not match.
    pub fn matched(&self, i: usize) -> bool {
        assert!(
            i < self.0.capacity(),
            "rule {i} of a set of {}",
            self.0.capacity()
        );
        self.0.contains(PatternID::new_unchecked(i))
    }
}

/// The rule without its `(?i)` and with its letters lowercased; escapes (`\S`, `\W`, `\B`, a
/// backslash itself) are kept as written.
fn lowercase_rule(pattern: &str) -> String {
    let body = pattern
        .strip_prefix("(?i)")
        .expect("a lexicon rule is written case-insensitive, starting with (?i)");
    assert!(
        !body.contains("(?i")
            && !body.contains("(?-i")
            && !body.contains("\\p")
            && !body.contains("\\P"),
        "a lexicon rule changes no case flag and uses no Unicode property: {pattern}"
    );
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        out.push(c.to_ascii_lowercase());
        if c == '\\' {
            if let Some(e) = chars.next() {
                out.push(e);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_lowercased_and_escapes_kept() {
        assert_eq!(
            lowercase_rule(r"(?i)(?-u:\b)Let\S+[A-Z]\W\\A\d"),
            r"(?-u:\b)let\S+[a-z]\W\\a\d"
        );
    }

    #[test]
    fn spans_are_those_of_the_original_text() {
        let rule = Lexicon::new(r"(?i)(?-u:\b)(?:Must|shall)(?-u:\b)");
        let text = "Members MUST vote; the Board Shall not.";
        let lower = text.to_ascii_lowercase();
        let spans: Vec<&str> = rule.find_iter(&lower).map(|r| &text[r]).collect();
        assert_eq!(spans, ["MUST", "Shall"]);
        // Not inside a word, as before.
        assert!(!rule.is_match(&"mustard".to_ascii_lowercase()));
    }
}
