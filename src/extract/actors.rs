//! Actors: gazetteer matching (labels, aliases, acronyms, possessives and plurals) and
//! discovery of actors the gazetteer lacks (acronyms with their expansion, named bodies,
//! person names), merged into one actor per name within a document and across documents.

use super::names::NameMatcher;
use crate::ingest::normalize::{Block, BlockKind};
use crate::ingest::Document;
use crate::rdf::vocab::{slug, ID, SKOS, W};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Term;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq)]
pub struct ActorDef {
    pub iri: String,
    pub label: String,
    pub aliases: Vec<String>,
    /// organization, body, person, state, igo, group
    pub kind: String,
    pub part_of: Option<String>,
    pub principal: bool,
}

impl ActorDef {
    /// Whether the actor's label or an alias is written exactly so (or as its plural, or
    /// singular).
    pub fn written_as(&self, name: &str) -> bool {
        std::iter::once(&self.label).chain(&self.aliases).any(|n| {
            n == name || n.strip_suffix('s') == Some(name) || name.strip_suffix('s') == Some(n)
        })
    }
}

/// Known actors and the matchers built from their names.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub actors: Vec<ActorDef>,
    /// Acronyms, matched with their case; other names, matched ignoring it (in this order).
    names: NameMatcher,
    by_name: HashMap<String, usize>,
}

impl Gazetteer {
    pub fn from_turtle(ttl: &str) -> Result<Gazetteer, String> {
        let mut defs: BTreeMap<String, ActorDef> = BTreeMap::new();
        for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(ttl.as_bytes()) {
            let q = t.map_err(|e| e.to_string())?;
            let s = match &q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
                _ => continue,
            };
            let e = defs.entry(s.clone()).or_insert_with(|| ActorDef {
                iri: s.clone(),
                label: String::new(),
                aliases: vec![],
                kind: "organization".into(),
                part_of: None,
                principal: false,
            });
            let p = q.predicate.as_str();
            let val = match &q.object {
                Term::NamedNode(n) => n.as_str().to_string(),
                Term::Literal(l) => l.value().to_string(),
                _ => continue,
            };
            if p == format!("{SKOS}prefLabel") || p == "http://www.w3.org/2000/01/rdf-schema#label"
            {
                e.label = val;
            } else if p == format!("{SKOS}altLabel") {
                e.aliases.push(val);
            } else if p == format!("{W}actorKind") {
                e.kind = val.rsplit('#').next().unwrap_or("organization").to_string();
            } else if p == format!("{W}partOf") {
                e.part_of = Some(val);
            } else if p == format!("{W}principal") {
                e.principal = val == "true" || val == "1";
            }
        }
        Ok(Gazetteer::new(
            defs.into_values().filter(|d| !d.label.is_empty()).collect(),
        ))
    }

    pub fn new(actors: Vec<ActorDef>) -> Gazetteer {
        let mut by_name = HashMap::default();
        let mut exact_names = Vec::new();
        let mut folded_names = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            for n in std::iter::once(&a.label).chain(&a.aliases) {
                by_name.entry(fold(n)).or_insert(i);
                if is_acronym(n) {
                    exact_names.push(n.clone());
                } else {
                    folded_names.push(n.clone());
                }
            }
        }
        let sets = [(&exact_names[..], false), (&folded_names[..], true)];
        let sets: Vec<(&[String], bool)> = sets.into_iter().filter(|s| !s.0.is_empty()).collect();
        Gazetteer {
            names: NameMatcher::new(&sets),
            by_name,
            actors,
        }
    }

    /// Adds the actors of another gazetteer (a user's file); same IRIs are replaced.
    pub fn merged(&self, other: &Gazetteer) -> Gazetteer {
        let mut all: Vec<ActorDef> = self
            .actors
            .iter()
            .filter(|a| !other.actors.iter().any(|o| o.iri == a.iri))
            .cloned()
            .collect();
        all.extend(other.actors.iter().cloned());
        Gazetteer::new(all)
    }

    pub fn lookup(&self, name: &str) -> Option<&ActorDef> {
        self.lookup_folded(&fold(name))
    }

    /// `lookup` of a name already folded.
    pub fn lookup_folded(&self, f: &str) -> Option<&ActorDef> {
        self.by_name
            .get(f)
            .or_else(|| self.by_name.get(f.trim_end_matches('s')))
            .or_else(|| self.by_name.get(f.strip_prefix("the ").unwrap_or(f)))
            .map(|&i| &self.actors[i])
    }
}

/// A number in digits or words up to twenty ("7", "seven", "Fifteen").
pub(super) fn is_count(w: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        || NUMBERS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

fn is_acronym(n: &str) -> bool {
    let letters: Vec<char> = n.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.len() <= 8
        && letters.iter().filter(|c| c.is_uppercase()).count() * 2 > letters.len()
        && !n.contains(' ')
}

/// The form names are compared in: lowercase, without apostrophes, words joined by one space.
/// One pass and one string (it runs for every name match of every document).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return fold_ascii(s);
    }
    // `str::to_lowercase` knows final sigma; char by char would not.
    fold_chars(&s.to_lowercase())
}

/// Apostrophes dropped, whitespace runs made one space, a char at a time.
fn fold_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == '’' || c == '\'' {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// `fold(s) == folded`, without building `fold(s)` where `s` is ASCII (mapping a document
/// compares a few names with every name of every actor it found).
pub fn fold_eq(s: &str, folded: &str) -> bool {
    if !s.is_ascii() {
        return fold(s) == folded;
    }
    let f = folded.as_bytes();
    let mut j = 0;
    fold_ascii_each(s, |b| {
        let same = f.get(j) == Some(&b);
        j += 1;
        same
    }) && j == f.len()
}

/// `fold` of ASCII text, byte by byte (names are mostly ASCII; a char at a time cost twice
/// the instructions, and mapping a document folds every name of every actor it names).
fn fold_ascii(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    fold_ascii_each(s, |b| {
        out.push(b);
        true
    });
    String::from_utf8(out).expect("ASCII in, ASCII out")
}

/// Hands each byte of `fold` of ASCII `s` to `put`, in order, until `put` says stop (false);
/// true if it never did.
fn fold_ascii_each(s: &str, mut put: impl FnMut(u8) -> bool) -> bool {
    let (mut started, mut space) = (false, false);
    for &b in s.as_bytes() {
        if b == b'\'' {
            continue;
        }
        if crate::ingest::words::is_space(b) {
            space = started;
            continue;
        }
        if space && !put(b' ') || !put(b.to_ascii_lowercase()) {
            return false;
        }
        started = true;
        space = false;
    }
    true
}

/// `s.trim_end_matches("’s").trim_end_matches("'s")`, by suffix tests (the pattern
/// searcher those set up cost more than the rest of a gazetteer match's handling).
fn trim_possessives(mut s: &str) -> &str {
    while let Some(t) = s.strip_suffix("’s") {
        s = t;
    }
    while let Some(t) = s.strip_suffix("'s") {
        s = t;
    }
    s
}

pub static BUILTIN: LazyLock<Gazetteer> = LazyLock::new(|| {
    let ttl = crate::query::ONTOLOGY
        .iter()
        .find(|(n, _)| *n == "actors")
        .map(|(_, t)| *t)
        .unwrap_or("");
    Gazetteer::from_turtle(ttl).unwrap_or_else(|_| Gazetteer::new(vec![]))
});

/// One actor as found in one document, with the places it is mentioned.
#[derive(Debug, Clone)]
pub struct Found {
    pub def: ActorDef,
    /// Byte ranges in the normalized text.
    pub mentions: Vec<(usize, usize)>,
    pub discovered: bool,
}

static ACRONYM_EXPANSION: LazyLock<Bounded> = LazyLock::new(|| {
    // Up to ten words before the parenthesis are within the bound of nine repeats.
    Bounded::new(
        r"(?-u:\b)((?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|on|the|in)){1,9})\s+\(\s*([A-Z][A-Za-z&-]{1,9})\s*\)",
        "){1,9}",
        |m| {
            m[..m.rfind('(').unwrap_or(m.len())]
                .split_whitespace()
                .count()
                <= 10
        },
    )
});
/// Words that make a capitalized phrase the title of a work, not the name of a body
/// ("Tunis Agenda for the Information Society").
static WORK_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Agenda|Declaration|Report|Act|Convention|Treaty|Charter|Principles|Resolution|Memorandum|Understanding|Journal|Statute|Guidelines|Handbook|Manual|Work|Terms)(?-u:\b)").unwrap()
});

/// Words that make a name the name of an organization, body or group.
static ORG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Committee|Council|Forum|Agency|Organi[sz]ation|Foundation|Union|Coalition|Community|Group|Board|Assembly|Institute|Association|Consortium|Commission|Secretariat|Registry|Registries|Centre|Center|Society|Authority|Panel|Court|Tribunal|Corporation|Company|Force|Office|Ministry|Department|Bureau|Nations|Summit|Program(?:me)?|Partnership|Initiative|Alliance|Federation|League|Parliament|Unit|Team|Service|Fund|Bank|Conference|Directorate|Administration|Party|Movement|Network|Caucus|Congress|Senate|Government|Cabinet|Institution|Laborator(?:y|ies)|University|College|School|Academy|Trust|Collective|Club|Guild|Cooperative|Project|Inc|Ltd|Limited|PLC|LLC|GmbH)s?(?-u:\b)").unwrap()
});
static NAMED_BODY: LazyLock<Bounded> = LazyLock::new(|| {
    // Words are joined by spaces on one line: a name does not run across the lines of a
    // signature block ("Lynn St.Amour / President and CEO / Internet Society"). Up to eight
    // words (a first, six repeats, the final word) are within the bound. "the" follows a
    // connective ("Friends of the Earth"), never a capitalized word: after one it opens
    // another phrase ("Appoint the Chair", "an absent Project Leader the Chair").
    Bounded::new(
        r"(?-u:\b)((?:[A-Z][\w'’-]*[ \t]+)(?:(?:of|for|on|and)[ \t]+(?:the[ \t]+)?|[A-Z][\w'’-]*[ \t]+){0,6}(?:Committee|Council|Forum|Agency|Organi[sz]ation|Foundation|Union|Coalition|Community|Group|Board|Assembly|Institute|Association|Consortium|Commission|Secretariat|Registry|Centre|Center|Society|Authority|Panel|Court|Team|Project|Office|Alliance|Federation|Limited|Ltd|Inc|LLC|PLC))(?-u:\b)",
        "){0,6}",
        |m| m.split_whitespace().count() <= 8,
    )
});

/// A body named by its word and whom it gathers: "Assembly of States Parties", "Conference of
/// the Parties", "Council of Ministers", "Technical Committee of China", with the capitalized
/// words before it on its line. The words after "of" are capitalized ("and" may join them:
/// "Committee on Energy and Commerce"): "Council of the city" is a description.
static BODY_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:Assembly|Conference|Meeting|Council|Committee|Board|College|Congress|Convention|Office|Ministry|Department)[ \t]+of|(?:Committee|Council|Commission|Panel|Conference)[ \t]+on|(?:Board|Council|Committee|Commission|Agency|Office|Centre|Center|Institute|Foundation)[ \t]+for)[ \t]+(?:the[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z'’-]+){0,2}(?-u:\b)").unwrap()
});

/// BODY_OF's matches in `text`, each with the capitalized words before it on its line (up to
/// four: "Internet Society Board of Trustees"). The rule itself starts at the body's word, so
/// that its words are a literal prefilter; the words before are taken by hand.
/// Words for a body's events and papers: "Board of Trustees Meeting" is the board's
/// meeting, and "Meeting" no part of its name.
const EVENT_WORDS: &[&str] = &[
    "Meeting", "Meetings", "Session", "Minutes", "Report", "Agenda", "Category",
];

fn bodies_of(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // "The Council on Monday decided": a day or a month after "on" is no subject matter.
    use crate::ingest::words::{MONTHS, WEEKDAYS};
    let dated = |m: &regex::Match| {
        let s = m.as_str();
        s.split_once(" on ")
            .or_else(|| s.split_once(" for "))
            .is_some_and(|(_, r)| {
                let w = r.split(' ').next().unwrap_or("");
                WEEKDAYS.contains(&w) || MONTHS.contains(&w)
            })
    };
    BODY_OF
        .find_iter(text)
        .filter(move |m| !dated(m))
        // "Centre for Internet & Society": the name goes on past the ampersand.
        .filter(move |m| !text[m.end()..].starts_with(" & "))
        .map(move |m| {
            let mut start = m.start();
            for _ in 0..4 {
                let before = &text[..start];
                let Some(gap) = before
                    .strip_suffix(' ')
                    .or_else(|| before.strip_suffix('\t'))
                else {
                    break;
                };
                let word = gap.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                // "'European Board for Digital Services'": a name in quotes starts at the
                // quote.
                let quoted = word.strip_prefix(['\'', '‘', '"', '“']);
                let word = quoted.unwrap_or(word);
                let capitalized = word.starts_with(|c: char| c.is_uppercase())
                    && word
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '_'));
                // "Can Department of Commerce bind ...": a function word opens the sentence.
                if !capitalized || FUNCTION_WORDS.contains(&word) {
                    break;
                }
                start = gap.len() - word.len();
                if quoted.is_some() {
                    break;
                }
            }
            // "Board of Trustees Meeting", "Council of Europe Report": an event or a
            // document of the body ends no name of it.
            let whole = m.as_str();
            let end = whole
                .match_indices(' ')
                .find(|&(i, _)| {
                    let w = whole[i + 1..].split(' ').next().unwrap_or("");
                    EVENT_WORDS.contains(&w)
                })
                .map_or(m.end(), |(i, _)| m.start() + i);
            // A closing quote is no part of the name.
            let end = end - (text[..end].len() - text[..end].trim_end_matches(['\'', '’']).len());
            (start, end)
        })
}

/// A rule with a bounded repetition, searched for as the same rule with the bound dropped.
/// The bounded rule's automaton holds one copy of the repeated part per count — for parts
/// with Unicode word classes, the costliest automata of the stage to build (the two rules
/// above were a third of the lazy DFA's building on one document). Where the unbounded
/// rule's match repeats within the bound it is the bounded rule's match: no bounded match
/// starts earlier (each is an unbounded one), and the path the unbounded rule prefers fits
/// the bound, so the bounded rule prefers it too. Elsewhere the bounded rule, compiled on
/// first need, is searched from that start.
struct Bounded {
    fast: Regex,
    exact: std::sync::OnceLock<Regex>,
    pattern: &'static str,
    /// Whether a match of `fast` surely repeats within the bound.
    fits: fn(&str) -> bool,
}

impl Bounded {
    /// `bound` is where the one bounded repetition of `pattern` ends, such as `){0,6}`.
    fn new(pattern: &'static str, bound: &str, fits: fn(&str) -> bool) -> Bounded {
        assert_eq!(pattern.matches(bound).count(), 1, "{pattern}");
        let (group, count) = bound.split_at(bound.find('{').unwrap());
        let open = match count {
            c if c.starts_with("{0,") => "*",
            c if c.starts_with("{1,") => "+",
            c => panic!("{c}"),
        };
        Bounded {
            fast: Regex::new(&pattern.replacen(bound, &format!("{group}{open}"), 1)).unwrap(),
            exact: std::sync::OnceLock::new(),
            pattern,
            fits,
        }
    }
    fn exact(&self) -> &Regex {
        self.exact.get_or_init(|| Regex::new(self.pattern).unwrap())
    }
    /// The bounded rule's successive matches.
    fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            let m = self.fast.find_at(text, at)?;
            let m = if (self.fits)(m.as_str()) {
                m
            } else {
                self.exact().find_at(text, m.start())?
            };
            // Matches are never empty: the next search starts past this one.
            at = m.end();
            Some(m)
        })
    }
    fn find<'t>(&'t self, text: &'t str) -> Option<regex::Match<'t>> {
        self.find_iter(text).next()
    }
}

/// Words for an office or its holders, the longer before the shorter that starts it.
const OFFICE_WORDS: &[&str] = &[
    "Secretary-General",
    "Director-General",
    "Leader",
    "Secretary",
    "Chairman",
    "Chairperson",
    "Chairs",
    "Chair",
    "President",
    "Directors",
    "Director",
    "Officers",
    "Officer",
    "Counsel",
    "Registrar",
    "Ombudsman",
    "Ombudsperson",
    "Commissioners",
    "Commissioner",
    "Ministers",
    "Minister",
    "Treasurer",
    "Speaker",
    "Governors",
    "Governor",
    "Managers",
    "Manager",
    "Editors",
    "Editor",
    "Rapporteur",
    "Delegates",
    "Developers",
    "Trustees",
    "Maintainers",
];

/// An office or a body of office-holders named as a defined term, after "the": "the Project
/// Leader", "the Special Rapporteur", "the Developers". The phrase is capitalized and ends
/// with a word for an office or its holders.
fn office_rule() -> String {
    format!(
        r"(?-u:\b)[Tt]he[ \t]+((?:[A-Z][A-Za-z'’-]*[ \t]+){{0,3}}(?:{}))(?-u:\b)",
        OFFICE_WORDS.join("|")
    )
}
static OFFICE: LazyLock<regex_automata::meta::Regex> =
    LazyLock::new(|| regex_automata::meta::Regex::new(&office_rule()).unwrap());

/// The successive matches of OFFICE, as byte ranges. Every match starts with "the" or "The",
/// blanks and a capital: the rule is tried, anchored, only where those stand. Walked over
/// the text, it was started at every "the" (one word in twenty), most of them before a
/// lowercase word.
fn office_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let starts = memchr::memmem::find_iter(b, b"he").filter_map(move |h| {
        let start = h.checked_sub(1)?;
        let word_before =
            start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'_');
        let blanks = b[h + 2..]
            .iter()
            .take_while(|c| **c == b' ' || **c == b'\t')
            .count();
        (matches!(b[start], b't' | b'T')
            && !word_before
            && blanks > 0
            && b.get(h + 2 + blanks).is_some_and(u8::is_ascii_uppercase))
        .then_some(start)
    });
    anchored_at(&OFFICE, text, starts)
}

/// The successive matches of `rule` tried, anchored, at each of `starts` (in ascending
/// order), a start inside the match before skipped: the rule's matches where every one
/// starts at such a place.
fn anchored_at<'t>(
    rule: &'t regex_automata::meta::Regex,
    text: &'t str,
    mut starts: impl Iterator<Item = usize> + 't,
) -> impl Iterator<Item = (usize, usize)> + 't {
    use regex_automata::{Anchored, Input};
    let mut from = 0;
    std::iter::from_fn(move || {
        for start in starts.by_ref() {
            if start < from {
                continue;
            }
            let input = Input::new(text).range(start..).anchored(Anchored::Yes);
            if let Some(m) = rule.search(&input) {
                from = m.end();
                return Some((m.start(), m.end()));
            }
        }
        None
    })
}

/// The party a document's "we" names: `Example Ltd ("we", "us")`, `Acme, Inc. (“Acme,” “we,”
/// or “us”)`, `the Foundation (hereinafter "we")` — terms of service, privacy policies,
/// contracts. The name is the capitalized phrase right before the brackets.
fn first_person_party(text: &str) -> Option<&str> {
    // Every definition quotes "we"; most documents do not, and are not searched.
    let quoted_we = memchr::memmem::find(text.as_bytes(), b"\"we").is_some()
        || memchr::memmem::find(text.as_bytes(), "“we".as_bytes()).is_some();
    if !quoted_we {
        return None;
    }
    let c = FIRST_PERSON_PARTY.captures(text)?;
    let name = c.get(1)?.as_str().trim_end_matches([',', ' ']);
    (!name.is_empty()).then_some(name)
}
static FIRST_PERSON_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"((?:[A-Z][\w&'’.-]*,?[ \t]+){0,5}[A-Z][\w&'’.-]*),?[ \t]*\((?:[^()"“]{0,30}["“][^"”]{1,40}["”][,;]?[ \t]*(?:or[ \t]+|and[ \t]+)?)?(?:hereinafter[ \t]+|collectively,?[ \t]+|together,?[ \t]+)?["“]we[,]?["”]"#,
    )
    .unwrap()
});

/// A quoted, capitalized term defined by what follows: '"Licensor" shall mean ...',
/// '"Contributor" means ...', '"Board" refers to ...'; the term, and the definition's first
/// words.
static DEFINED_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"["“]([A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){0,3})["”](?:\s*\([^)]{0,40}\))?\s+(?:shall\s+)?(?:means?|refers?\s+to|shall\s+refer\s+to)\s+((?:\S+\s+){0,11}\S+)"#).unwrap()
});
static MEAN: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" mean"));
static REFER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" refer"));
/// Nouns for who can act: a definition holding one defines a party, not a thing.
const AGENT_NOUNS: &[&str] = &[
    "individual",
    "individuals",
    "person",
    "persons",
    "people",
    "entity",
    "entities",
    "organization",
    "organisation",
    "organizations",
    "organisations",
    "owner",
    "owners",
    "party",
    "parties",
    "company",
    "companies",
    "corporation",
    "body",
    "bodies",
    "government",
    "governments",
    "member",
    "members",
    "holder",
    "holders",
    "licensee",
    "licensor",
    "contributor",
    "contributors",
    "operator",
    "operators",
    "registrar",
    "registry",
    "agency",
];
/// Words that end a definition's head noun phrase.
const HEAD_ENDS: &[&str] = &[
    "of", "to", "by", "on", "in", "for", "from", "with", "under", "as", "at", "that", "which",
    "who", "whom", "whose", "where", "when", "whether", "if",
];
/// Defined terms that stand for whoever reads or writes the text, not for a party one can
/// find mentioned.
const PRONOUNS: &[&str] = &["You", "Your", "We", "Us", "Our", "They", "I", "Me"];

/// Initials and a surname: "J. Smith", "J.R. Smith-Jones". A capital glued to a digit is
/// part of a token ("a quorum of 3Q. The"), not an initial.
const INITIAL_SURNAME_RULE: &str =
    r"(?:^|[^A-Za-z0-9.])((?:[A-Z]\.\s?){1,2}[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?-u:\b)";
static INITIAL_SURNAME: LazyLock<regex_automata::meta::Regex> =
    LazyLock::new(|| regex_automata::meta::Regex::new(INITIAL_SURNAME_RULE).unwrap());

/// The successive matches of INITIAL_SURNAME ("J. Smith", "J.R. Smith"), as byte ranges.
/// Every match holds a capital and a period (its first initial) one character after its
/// start, or at the start of the text: the rule is tried, anchored, only where such a pair
/// stands, not walked over every byte of every block.
fn initial_surnames(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let starts = memchr::memchr_iter(b'.', b).filter_map(move |d| {
        let capital = d.checked_sub(1).filter(|&c| b[c].is_ascii_uppercase())?;
        Some(
            text[..capital]
                .chars()
                .next_back()
                .map_or(0, |c| capital - c.len_utf8()),
        )
    });
    anchored_at(&INITIAL_SURNAME, text, starts)
}
static NAME_BEFORE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){1,2})(?:['’]s(?-u:\b)|,?\s+(?:argued|wrote|writes|said|says|noted|notes|asked|observed|proposed|concluded|summarized|implored|imagined|explained|suggested|called|put it))").unwrap()
});
/// The names MADE_BY takes from `text`. The rule is asked only at a " by " that follows
/// one of its verbs: " by " is common, the verbs rare, and a walk of the rule read every
/// block.
fn made_by(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for at in BY.find_iter(text.as_bytes()) {
        if at < from {
            continue;
        }
        let before = &text[..at];
        let verb = before
            .rsplit(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
            .next();
        // "Moved by John Smith" opens a sentence too.
        let Some(verb) = verb.filter(|v| MAKER_VERBS.iter().any(|m| m.eq_ignore_ascii_case(v)))
        else {
            continue;
        };
        let start = at - verb.len();
        // Anchored at the verb: a verb whose name does not follow is no search of the rest.
        if let Some(c) = MADE_BY.captures(&text[start..]) {
            out.extend(
                [c.get(1), c.get(2)]
                    .into_iter()
                    .flatten()
                    .map(|m| without_byline_word(m.as_str())),
            );
            from = start + c.get(0).unwrap().end();
        }
    }
    out
}

/// The names in a meeting's attendance list ("Present: Jane Doe (Chair), John Smith
/// (Treasurer), Ann Lee"), per list label in the block: two or three capitalized words each,
/// a role in parentheses dropped. None where the block holds no such label.
pub(crate) fn attendance_list(text: &str) -> Option<Vec<&str>> {
    const LABELS: &[&str] = &[
        "Present:",
        "Attendees:",
        "Attending:",
        "In attendance:",
        "Members present:",
        "Absent:",
        "Regrets:",
        "Apologies:",
        "Guests:",
        "Also present:",
        "Also attending:",
        "Members absent:",
        "Excused:",
        "Observers:",
        "Staff:",
        "Staff present:",
    ];
    let t = text.trim_start();
    if !LABELS.iter().any(|l| t.starts_with(l)) {
        return None;
    }
    let mut names = Vec::new();
    let mut rest = t;
    while let Some(l) = LABELS.iter().find(|l| rest.starts_with(**l)) {
        let body = &rest[l.len()..];
        // The list runs to the next label.
        let end = LABELS
            .iter()
            .filter_map(|m| body.find(&format!(" {m}")))
            .min()
            .unwrap_or(body.len());
        for item in body[..end].split([',', ';']) {
            let name = item.split('(').next().unwrap_or("").trim();
            if two_or_three_capitalized(name, false) {
                names.push(name);
            }
        }
        rest = body[end..].trim_start();
    }
    Some(names)
}

/// A name without the byline's next word that a line break had parted from it ("Written by
/// Ian A. Murdock" over "Revised 01/06/94" reads "Ian A. Murdock Revised").
/// A list item that is only a person's name with a handle or an address in brackets after
/// it ("Jane Doe (@janedoe)", "John Smith <js@example.org>"): a roster of maintainers or
/// members names persons. Without one, a list of capitalized pairs is as often a menu
/// ("Full Text", "Publication Details").
fn roster_name(item: &str) -> Option<&str> {
    let t = item.trim();
    let i = t.find(['(', '<', '['])?;
    if !t.ends_with([')', '>', ']']) || !t[i..].contains('@') {
        return None;
    }
    let name = t[..i].trim_end();
    let name = name.trim_end_matches([',', ' ', '-', '–', '—']);
    two_or_three_capitalized(name, true).then_some(name)
}

/// Two or three words, each a capital then lower case (hyphens and apostrophes kept):
/// "Jane Doe", "Mary-Ann O'Neil"; with `initials`, "John A. Smith" too.
fn two_or_three_capitalized(name: &str, initials: bool) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .skip(1)
                    .all(|c| c.is_lowercase() || c == '-' || c == '\'' || initials && c == '.')
        })
}

fn without_byline_word(name: &str) -> &str {
    const NEXT: &[&str] = &[
        "Revised",
        "Updated",
        "Edited",
        "Modified",
        "Last",
        "Version",
        "Draft",
        "Date",
        "Copyright",
        "Published",
    ];
    match name.rsplit_once(' ') {
        Some((rest, last)) if NEXT.contains(&last) && rest.contains(' ') => rest.trim_end(),
        _ => name,
    }
}

static BY: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" by "));

/// A person's name as the makers of things are named: given name, initials, particles
/// ("van", "de") and one or two surnames.
const PERSON_NAME: &str = r"[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+(?:van|von|de|da|del|der|di|du|le|la|bin|ibn|al))?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}";
/// The verbs whose " by " names the maker of a work or project.
const MAKER_VERBS: &[&str] = &[
    "written",
    "authored",
    "co-authored",
    "started",
    "founded",
    "created",
    "proposed",
    "drafted",
    "edited",
    "led",
    "chaired",
    "signed",
    "introduced",
    "sponsored",
    "presented",
    "moved",
    "seconded",
];

/// Words that say what an organization or a public body is, after its name and a comma
/// ("Ofcom, the communications regulator").
const DESCRIPTOR: &[&str] = &[
    "regulator",
    "agency",
    "company",
    "corporation",
    "organization",
    "organisation",
    "foundation",
    "registry",
    "registrar",
    "nonprofit",
    "non-profit",
    "charity",
    "ministry",
    "department",
    "firm",
    "association",
    "consortium",
    "institute",
    "commission",
    "watchdog",
];

/// The names `text` describes as organizations or public bodies, with their kind: after each
/// comma, "the", "a" or "an" and up to three lowercase words to a descriptor word; then back
/// to the capitalized words before the comma ("Ofcom, the communications regulator"). ("the
/// domain registry Verisign", the name after the word, is not read: a capitalized word there
/// opens as many titles and sentences as names.)
fn described_organizations(text: &str) -> Vec<(&str, &'static str)> {
    let capitalized = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_alphanumeric() || "&'’-".contains(c))
    };
    let mut out = Vec::new();
    for comma in memchr::memchr_iter(b',', text.as_bytes()) {
        let Some(after) = ["the ", "a ", "an "]
            .iter()
            .find_map(|a| text[comma + 1..].strip_prefix(' ')?.strip_prefix(a))
        else {
            continue;
        };
        let mut kind = None;
        let mut prev = "";
        for w in after.split(' ').take(4) {
            let w = w.trim_end_matches([',', '.', ';', ':', ')']);
            if DESCRIPTOR.contains(&w) || w == "body" && matches!(prev, "standards" | "trade") {
                kind = Some(match w {
                    "regulator" | "agency" | "ministry" | "department" | "commission"
                    | "watchdog" => "body",
                    _ => "organization",
                });
                break;
            }
            if w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                break;
            }
            prev = w;
        }
        let Some(kind) = kind else { continue };
        // The capitalized words right before the comma, up to four.
        let head = &text[..comma];
        let mut start = head.len();
        for _ in 0..4 {
            let prev = head[..start].trim_end_matches(' ');
            let at = prev.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
            if !capitalized(&prev[at..]) {
                break;
            }
            start = at;
        }
        if start < head.len() {
            out.push((&head[start..], kind));
        }
    }
    out.retain(|(n, _)| {
        n.len() >= 2
            && !FUNCTION_WORDS.contains(n)
            && !matches!(
                *n,
                "Instead" | "Meanwhile" | "Today" | "Yesterday" | "Moreover" | "Indeed"
            )
    });
    out
}

static MADE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?i:{})\s+by\s+({PERSON_NAME})(?:,?\s+and\s+({PERSON_NAME}))?(?-u:\b)",
        MAKER_VERBS.join("|")
    ))
    .unwrap()
});
/// A name after a quotation and its verb: '"... users," said Milton Mueller, a professor'.
static QUOTE_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[,?!]["”]\s+(?:said|says|added|wrote|writes|argued|noted|explained|asked|warned)\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){1,2})(?-u:\b)"#).unwrap()
});
static AS_PUT_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[Pp]rofessor|Dr\.|Mr\.|Ms\.|Judge|President)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)",
    )
    .unwrap()
});

/// Words that start capitalized bigrams but are not first names.
const NOT_NAME: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "For",
    "From",
    "With",
    "But",
    "And",
    "As",
    "At",
    "By",
    "If",
    "It",
    "Internet",
    "World",
    "United",
    "General",
    "Security",
    "Human",
    "International",
    "European",
    "National",
    "Tunis",
    "Chapter",
    "Section",
    "Part",
    "Article",
    "Request",
    "Status",
    "Table",
    "Abstract",
    "Category",
    "Network",
    "Working",
    "Copyright",
    "Global",
    "Digital",
    "Cold",
    "New",
    "Global",
    "Permanent",
    "Central",
    "Asia",
    "North",
    "South",
    "Big",
    "Freedom",
    "Declaration",
    "Summit",
    "Domain",
    "Open",
    "Sovereign",
    "Rough",
    "Running",
    "Civil",
    "Private",
    "Public",
    "Multistakeholderism",
    "Technical",
    "Lessons",
    "Transparency",
    "Finally",
    "Given",
    "Excuse",
    "Even",
    "Many",
    "Most",
];
const NOT_SURNAME: &[&str] = &[
    "Res",
    "Doc",
    "Rev",
    "Government",
    "Council",
    "Assembly",
    "Agenda",
    "Summit",
    "Charter",
    "Act",
    "Report",
    "Order",
    "War",
    "Law",
    "Rights",
    "Internet",
    "Society",
    "Nations",
    "States",
    "Union",
    "Code",
    "Community",
    "Model",
    "Process",
    "Framework",
    "Approach",
    "Declaration",
    "Covenant",
    "Resolution",
    "Conference",
    "Meeting",
    "Session",
    "Principles",
];

/// Initials that abbreviate places and unions of them, not a person's names.
const PLACE_INITIALS: &[&str] = &[
    "U.S.", "U.K.", "D.C.", "E.U.", "U.N.", "N.Y.", "L.A.", "S.F.", "N.J.", "N.C.", "S.C.", "N.D.",
    "S.D.", "E.D.", "W.D.", "M.D.", "C.D.",
];

/// Capitalized closed-class words (articles, pronouns, conjunctions, prepositions, auxiliaries)
/// of three letters or more: a word that opens a sentence after a letter and a period ("...
/// option Q. The ..."), never a surname.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "The", "This", "That", "These", "Those", "There", "Then", "They", "Their", "Them", "Its",
    "His", "Her", "She", "Our", "Your", "And", "But", "Nor", "Yet", "For", "With", "From", "Into",
    "Upon", "When", "While", "Where", "Which", "Who", "Whom", "Whose", "What", "How", "Why", "Not",
    "All", "Any", "Each", "Every", "Some", "Such", "Was", "Were", "Are", "Has", "Have", "Had",
    "Will", "May", "Can", "Shall", "Must", "Should", "Would", "Could", "Also", "Thus", "Hence",
    "However", "Unless", "Until", "After", "Before", "Since", "Because", "Although", "Though",
    "Under", "Within", "Without", "During",
];

/// Titles written before a name ("Judge J. Smith"), not first names; so are the words of
/// OFFICE_WORDS ("President J. Smith").
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Professor",
    "Judge",
    "Justice",
    "Senator",
    "Ambassador",
    "Sir",
    "Dame",
    "Lord",
    "Rev",
    "Father",
    "Sister",
    "Brother",
    "Captain",
    "General",
    "Author",
    "Authors",
    "Contributor",
];

/// Finds the actors a document names.
pub fn find(doc: &Document, gaz: &Gazetteer, person_authors: &[String]) -> Vec<Found> {
    let t = &doc.text;
    // Actors found, with where each is in the list by IRI (returned in IRI order).
    let mut found: Vec<Found> = Vec::new();
    let mut found_at: HashMap<String, usize> = HashMap::default();
    // Mentions may repeat here (the two gazetteer matchers); they are made unique at the end.
    let mut add = |def: &ActorDef, s: usize, e: usize, discovered: bool| match found_at
        .get(def.iri.as_str())
    {
        Some(&i) => found[i].mentions.push((s, e)),
        None => {
            found_at.insert(def.iri.clone(), found.len());
            found.push(Found {
                def: def.clone(),
                mentions: vec![(s, e)],
                discovered,
            });
        }
    };
    // Discovered actors first, so that the gazetteer below can be extended by them.
    let mut local: Vec<ActorDef> = Vec::new();
    let body_blocks: Vec<(usize, usize)> = t
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Furniture)
        .map(|b| (b.start, b.end))
        .collect();
    // Headings are titles ("Copyright Notice", "Assuring Authority", "Engaging the Internet
    // Community"): names are discovered in the text, and found in headings too once known.
    let text_blocks = t
        .blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Furniture | BlockKind::Heading))
        .map(|b| (b.start, b.end, b.item));
    // Italic spans are titles of works ("The Legitimacy of the Collective Authority ..."),
    // not names of bodies. Sorted by start, with the furthest end reached so far: a match
    // lies inside one when a span starting at or before it reaches at least as far.
    let mut italic: Vec<(usize, usize)> = t
        .inlines
        .iter()
        .filter(|i| i.kind == crate::ingest::InlineKind::Emphasis)
        .map(|i| (i.start, i.end))
        .collect();
    italic.sort_unstable();
    let mut reach = 0;
    let italic_reach: Vec<usize> = italic
        .iter()
        .map(|&(_, z)| {
            reach = reach.max(z);
            reach
        })
        .collect();
    let in_italics = |s: usize, e: usize| {
        let k = italic.partition_point(|&(a, _)| a <= s);
        k > 0 && italic_reach[k - 1] >= e
    };
    // Whether the document defines terms at all (most do not): one search each, built once.
    let doc_defines =
        MEAN.find(t.text.as_bytes()).is_some() || REFER.find(t.text.as_bytes()).is_some();
    // Offices named after "the", and how often.
    let mut offices: HashMap<&str, usize> = HashMap::default();
    // Offices named as a passive's agent ("by the President").
    let mut agent_offices: Vec<&str> = Vec::new();
    // Bodies the text names only in lowercase ("the steering council"), and how often.
    let mut lower_bodies: HashMap<&str, usize> = HashMap::default();
    // A heading names a body by its word and whom it gathers ("Minutes of the Board of
    // Trustees Meeting", "## Board of Directors"): such names are discovered there too
    // (other capitalized phrases of headings are titles).
    for b in t.blocks.iter().filter(|b| b.kind == BlockKind::Heading) {
        let text = &t.text[b.start..b.end];
        // "Present: Anne Clark (Chair), Robert Diaz (Treasurer)" alone on its line reads as
        // a title; it names persons all the same.
        for n in attendance_list(text).into_iter().flatten() {
            let last = n.split_whitespace().last().unwrap_or("");
            if gaz.lookup(n).is_none() && crate::extract::works::is_person(n) {
                local.push(discovered(n, vec![last.to_string()], "person"));
            }
        }
        // "Technical Steering Committee Meeting Minutes": the body whose meeting it is (a
        // heading's other capitalized names are read as its text's are not: "Steering
        // Council Responsibilities" is a section's topic).
        let meets = ["Meeting", "Minutes", "Session", "Agenda"];
        let meeting = meets
            .iter()
            .any(|w| text.contains(w))
            .then(|| NAMED_BODY.find_iter(text))
            .into_iter()
            .flatten()
            .filter(|m| {
                let next = text[m.end()..].split_whitespace().next().unwrap_or("");
                // Not "Approval of Board Meeting Minutes" (an item's topic; "Board of
                // Trustees" is read head first above).
                meets.contains(&next) && !m.as_str().contains(" of ")
            })
            .map(|m| (m.start(), m.end()));
        for (gs, ge) in bodies_of(text).chain(meeting) {
            let name = trim_the(&text[gs..ge]);
            if !in_italics(b.start + gs, b.start + ge)
                && gaz.lookup(&name).is_none()
                && !WORK_WORD.is_match(&name)
            {
                local.push(discovered(&name, vec![], kind_of(&name)));
            }
        }
    }
    for (bs, be, item) in text_blocks {
        let text = &t.text[bs..be];
        for name in lowercase_bodies(text) {
            *lower_bodies.entry(name).or_insert(0) += 1;
        }
        // Plain matches, split by hand: the capture engine cost more than the search. Every
        // match holds a parenthesis; most blocks have none, and are not searched.
        let acronyms = memchr::memchr(b'(', text.as_bytes())
            .map(|_| ACRONYM_EXPANSION.find_iter(text))
            .into_iter()
            .flatten();
        for m in acronyms {
            // "<expansion> ( <acronym> )": the acronym has no parenthesis of its own.
            let whole = m.as_str();
            let open = whole.rfind('(').unwrap_or(0);
            let expansion = trim_the(&whole[..open]);
            let acr = whole[open + 1..whole.len() - 1].trim();
            // "Domain Name System (DNS)" and "Internet Protocol (IP)" are acronyms of things,
            // not of actors: an actor's name has an organizational word in it.
            if !initials_match(&expansion, acr) || !ORG_WORD.is_match(&expansion) {
                continue;
            }
            if gaz.lookup(acr).is_some() || gaz.lookup(&expansion).is_some() {
                continue;
            }
            local.push(discovered(
                &expansion,
                vec![acr.to_string()],
                kind_of(&expansion),
            ));
        }
        // The one group of NAMED_BODY is the whole match.
        // "Assembly of States Parties", "Conference of the Parties", "Council of Ministers": a
        // body's word first, whom it gathers after "of" (or what it is on: "Committee on
        // Foreign Relations").
        let head_first = bodies_of(text).filter(|&(s, e)| gaz.lookup(&text[s..e]).is_none());
        for (gs, ge) in NAMED_BODY
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .chain(head_first)
        {
            // "ICANN’s At-Large Advisory Committee": the body is what follows the possessive.
            if in_italics(bs + gs, bs + ge) {
                continue;
            }
            // "New Foundation Documents", "Council Resolution": a capitalized word after the
            // organization's word makes it a modifier of another name, not the name's head.
            let rest = text[ge..].trim_start_matches([' ', '\t']);
            if rest.len() < text.len() - ge {
                let mut cs = rest.chars();
                let event = EVENT_WORDS
                    .iter()
                    .any(|w| rest.split_whitespace().next() == Some(w));
                if cs.next().is_some_and(char::is_uppercase)
                    && cs.next().is_some_and(char::is_lowercase)
                    && !event
                {
                    continue;
                }
            }
            let raw = &text[gs..ge];
            let raw = raw
                .rsplit_once("’s ")
                .or_else(|| raw.rsplit_once("'s "))
                .map_or(raw, |(_, b)| b);
            let mut name = trim_the(raw);
            // "IP: Internet Protocol IRSG Internet Research Steering Group": a glossary's lines
            // run together, and an acronym after capitalized words that the words after it
            // spell ends one entry and opens the next.
            // ("Nominet UK Limited" is one name: "UK" does not spell "Limited".)
            let mut aliases = Vec::new();
            if let Some((acr, rest)) = after_an_inner_acronym(&name) {
                if initials_match(rest, acr) {
                    aliases.push(acr.to_string());
                    name = rest.to_string();
                }
            }
            // "Django on the Django Forum": words before "on" or "for" with no organization's
            // word of their own are not the name's ("Centre for Internet and Society" keeps
            // its Centre).
            let connective = name
                .as_bytes()
                .windows(5)
                .position(|w| &w[..4] == b" on " || w == b" for ");
            let connective = connective.map(|i| (i, if &name[i..i + 4] == " on " { 4 } else { 5 }));
            if let Some((i, n)) = connective {
                if !ORG_WORD.is_match(&name[..i]) && !WORK_WORD.is_match(&name) {
                    name = trim_the(&name[i + n..]);
                }
            }
            // "the WSIS and Internet Governance Forum", "the Address Supporting Organization
            // and Protocol Supporting Organization": two actors, not one. A body named after
            // "and the" has an article of its own: what comes before is another phrase
            // ("the Internet and the Internet Numbers Registry").
            if let Some((a, b)) = name.split_once(" and ") {
                let a = trim_the(a);
                let named_like_a_body = NAMED_BODY
                    .find(&a)
                    .is_some_and(|m| m.end() == a.len() && a.split_whitespace().count() >= 2);
                if named_like_a_body && gaz.lookup(&a).is_none() {
                    local.push(discovered(&a, vec![], kind_of(&a)));
                }
                // "BDFL and Steering Council": an acronym is a name of its own. "Project
                // Contributors and Community": a lone head word after "and" shares the words
                // before it; the phrase names two groups, neither of them whole here (but
                // "Centre for Internet and Society" is one name: its "and" joins the object of
                // a connective).
                if named_like_a_body
                    || gaz.lookup(&a).is_some()
                    || b.starts_with("the ")
                    || is_acronym(&a)
                    // "The Project BDFL and Steering Council": so is a phrase an acronym ends.
                    || a.rsplit(' ').next().is_some_and(is_acronym)
                    || !b.contains(' ') && ![" of ", " for ", " on "].iter().any(|c| a.contains(c))
                {
                    name = trim_the(b);
                }
            }
            // "Regular Meeting of the ICANN Board", "Minutes of the Board of Trustees": the
            // event or paper of the body named after "of".
            if let Some((head, body)) = name.split_once(" of ") {
                if head
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| EVENT_WORDS.contains(&w))
                {
                    name = trim_the(body);
                }
            }
            // "Contributors and Users of the Project": people of the one institution "the"
            // points at, described, not named.
            let described = name.rsplit_once(" of the ").is_some_and(|(head, org)| {
                !org.contains(' ') && !ORG_WORD.is_match(head) && !OFFICE_WORDS.contains(&head)
            });
            if name.split_whitespace().count() < 2
                || gaz.lookup(&name).is_some()
                || WORK_WORD.is_match(&name)
                || described
            {
                continue;
            }
            local.push(discovered(&name, aliases, kind_of(&name)));
        }
        // A defined party of a licence, contract or charter: '"Licensor" shall mean the
        // copyright owner or entity ...'. Every match holds " mean" or " refer".
        let defines = doc_defines
            && (MEAN.find(text.as_bytes()).is_some() || REFER.find(text.as_bytes()).is_some());
        for c in defines
            .then(|| DEFINED_PARTY.captures_iter(text))
            .into_iter()
            .flatten()
        {
            let term = &c[1];
            let first = term.split(' ').next().unwrap_or("");
            // The definition's head: its words before a preposition or a relative word
            // ("Covered Software of a particular Contributor" is software, not a party).
            let definition = c[2].to_lowercase();
            let agent = definition
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take_while(|w| !HEAD_ENDS.contains(w))
                .find(|w| AGENT_NOUNS.contains(w));
            // '"Numba" means the Numba organisation and all its projects': a party the
            // head calls an organization is one; people, owners, members are a group.
            let kind = match agent {
                Some(
                    "organization" | "organisation" | "company" | "corporation" | "agency"
                    | "registry",
                ) => "organization",
                _ => "group",
            };
            if agent.is_some()
                && !FUNCTION_WORDS.contains(&first)
                && !PRONOUNS.contains(&term)
                && gaz.lookup(term).is_none()
            {
                local.push(discovered(term, vec![], kind));
            }
        }
        for (os, oe) in office_spans(text) {
            // The name follows "the" and the blanks after it.
            let name = text[os + 3..oe].trim_start();
            *offices.entry(name).or_insert(0) += 1;
            // "appointed by the President": the one who acts, named once.
            if text[..os].ends_with("by ") {
                agent_offices.push(name);
            }
        }
        for (ms, me) in initial_surnames(text) {
            // The name starts with a capital; a match starting elsewhere began with the one
            // character before the name.
            let whole = &text[ms..me];
            let name = if whole.starts_with(|c: char| c.is_ascii_uppercase()) {
                whole
            } else {
                &whole[whole.chars().next().map_or(0, char::len_utf8)..]
            };
            let n = name.trim().to_string();
            let surname = n.rsplit([' ', '.']).next().unwrap_or("");
            if NOT_SURNAME.contains(&surname) || FUNCTION_WORDS.contains(&surname) {
                continue;
            }
            // "U.S. Telecom Ass'n v. FCC", "(D.C. Cir. 2004)": a place's initials, no person's.
            let initials = n[..n.len() - surname.len()].trim();
            if PLACE_INITIALS.contains(&initials) {
                continue;
            }
            // "choice A. Does anybody ...", "protocol X. While ...": a letter that names an
            // option ends a sentence, and the next sentence's first word is a word the
            // document also writes in lowercase. A person's initial is not written after a
            // lowercase noun with such a word for surname.
            let before = text[..ms + (whole.len() - name.len())].trim_end();
            let after_lowercase_word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
            if after_lowercase_word && written_lowercase(&t.text, surname) {
                continue;
            }
            // "U.S. Department": an organization's word is no surname; nor is the word
            // before one ("the U.S. Commerce Department's").
            let next_word = text[me..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.', ';', ':']);
            let next_word = next_word
                .strip_suffix("'s")
                .or_else(|| next_word.strip_suffix("’s"))
                .unwrap_or(next_word);
            if ORG_WORD.is_match(surname) || !next_word.is_empty() && ORG_WORD.is_match(next_word) {
                continue;
            }
            // "Ian A. Murdock", "George H.W. Bush": a capitalized word right before the
            // initials is the first name, unless it is a title, an organization's word, a
            // word the document also writes in lowercase ("Contact J. Smith"), or set apart
            // by more than one space in the source (the columns of an RFC's header:
            // "Network Working Group          J. Postel").
            let at = bs + ms + (whole.len() - name.len());
            let one_space = at > 0 && t.orig(at) == t.orig(at - 1) + 1;
            let first_name = text[..ms + (whole.len() - name.len())]
                .strip_suffix(' ')
                .filter(|_| one_space)
                .and_then(|p| {
                    let w = p.rsplit(|c: char| !c.is_alphabetic()).next()?;
                    let whole_word = !p[..p.len() - w.len()].ends_with(char::is_alphanumeric);
                    let mut cs = w.chars();
                    let shaped = cs.next().is_some_and(|c| c.is_uppercase())
                        && w.len() >= 2
                        && cs.all(|c| c.is_lowercase());
                    (whole_word
                        && shaped
                        && !FUNCTION_WORDS.contains(&w)
                        && !NOT_NAME.contains(&w)
                        && !TITLES.contains(&w)
                        && !OFFICE_WORDS.contains(&w)
                        && !ORG_WORD.is_match(w)
                        && !written_lowercase(&t.text, w))
                    .then_some(w)
                });
            let full = first_name.map_or_else(|| n.clone(), |f| format!("{f} {n}"));
            local.push(discovered(&full, vec![surname.to_string()], "person"));
        }
        // A capitalized pair after "of" or "the" is the end of a longer name or of a
        // description ("the University of Southern California's institute"), not a person.
        let speakers = NAME_BEFORE_CUE.captures_iter(text).filter(|c| {
            let before = text[..c.get(0).map_or(0, |m| m.start())].trim_end();
            !["of", "the", "The", "for"].iter().any(|w| {
                before.ends_with(w)
                    && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
            })
        });
        // "Ofcom, the communications regulator,": a name the text says is an organization or
        // a public body, read from the commas (a pass for the descriptor words over every
        // block had cost 2% of the synthetic corpus's instructions).
        for (name, kind) in described_organizations(text) {
            let name = trim_the(name);
            if gaz.lookup(&name).is_none() && !local.iter().any(|d| d.label == name) {
                local.push(discovered(&name, vec![], kind));
            }
        }
        // "started by Guido van Rossum", "written by Nathaniel J. Smith and Donald Stufft":
        // the makers of a work or a project are persons. Every match holds " by ".
        let makers = made_by(text);
        // "Present: Jane Doe (Chair), John Smith (Treasurer), Ann Lee": a meeting's record
        // of who attended names persons.
        let attending = attendance_list(text)
            .into_iter()
            .flat_map(|l| l.into_iter())
            .chain(item.then(|| roster_name(text)).flatten());
        let named = speakers
            .chain(AS_PUT_IT.captures_iter(text))
            .chain(
                // Every match closes a quotation.
                (memchr::memchr(b'"', text.as_bytes()).is_some() || text.contains('”'))
                    .then(|| QUOTE_SAID.captures_iter(text))
                    .into_iter()
                    .flatten(),
            )
            .map(|c| c.get(1).map_or("", |m| m.as_str()))
            .chain(makers)
            .chain(attending);
        for n in named {
            let n = n.trim().to_string();
            let first = n.split_whitespace().next().unwrap_or("");
            let last = n.split_whitespace().last().unwrap_or("");
            // "the Debian Developer's key", "the Project Leader's Delegate": an office or
            // its holder's title ends in a word for it, and no surname is one.
            let office = OFFICE_WORDS
                .iter()
                .any(|w| *w == last || w.strip_suffix('s') == Some(last));
            if NOT_NAME.contains(&first)
                || NOT_SURNAME.contains(&last)
                || office
                || gaz.lookup(&n).is_some()
                || !crate::extract::works::is_person(&n)
                || versioned(&t.text, &n)
            {
                continue;
            }
            local.push(discovered(&n, vec![last.to_string()], "person"));
        }
    }
    // An office named twice or more in the text is a defined term of the document, and so
    // is one that acts as a passive's agent ("appointed by the President"). A one-word office
    // that ends a longer one ("the Leader", "the Project Leader") is that one: a short name
    // of it, where it ends only that one (named once or more).
    let mut named: Vec<&str> = offices
        .iter()
        .filter(|&(n, &k)| (k >= 2 || agent_offices.contains(n)) && gaz.lookup(n).is_none())
        .map(|(n, _)| *n)
        .collect();
    named.sort_unstable();
    for n in &named {
        let first = n.split([' ', '\t']).next().unwrap_or("");
        let is_tail = !n.contains([' ', '\t']) && named.iter().any(|o| ends_with_word(o, n));
        if is_tail
            || FUNCTION_WORDS.contains(&first)
            || NOT_NAME.contains(&first) && !n.contains(' ')
        {
            continue;
        }
        // Named once is enough for the short name of a defined office.
        let mut short: Vec<String> = offices
            .keys()
            .filter(|s| {
                !s.contains([' ', '\t'])
                    && ends_with_word(n, s)
                    && named.iter().filter(|o| ends_with_word(o, s)).count() == 1
            })
            .map(|s| s.to_string())
            .collect();
        short.sort_unstable();
        local.push(discovered(n, short, "group"));
    }
    // A body named twice in lowercase after "the" is one of the document's institutions,
    // unless a name found already covers it ("the Steering Council" found in capitals).
    let mut lower: Vec<&str> = lower_bodies
        .iter()
        .filter(|&(_, &k)| k >= 2)
        .map(|(n, _)| *n)
        .collect();
    lower.sort_unstable();
    let heads_named = |head: &str, local: &[ActorDef]| {
        local
            .iter()
            .filter(|d| {
                let l = d.label.to_lowercase();
                l == head || l.ends_with(&[" ", head].concat())
            })
            .count()
    };
    for n in lower {
        let title: String = n
            .split(' ')
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect::<Vec<_>>()
            .join(" ");
        let folded = fold(n);
        let known = gaz.lookup(n).is_some()
            || gaz.lookup(&title).is_some()
            || local.iter().any(|d| {
                std::iter::once(&d.label)
                    .chain(&d.aliases)
                    .any(|a| fold_eq(a, &folded))
            });
        if known {
            continue;
        }
        let mut aliases = vec![n.to_string()];
        // "The council has broad authority": an institution's head word alone names it
        // where the document names no other body with that head.
        let head = n.rsplit(' ').next().unwrap_or(n);
        if matches!(
            head,
            "council" | "committee" | "board" | "commission" | "assembly"
        ) && lower_bodies
            .keys()
            .filter(|o| lower_bodies[*o] >= 2 && o.ends_with(head))
            .count()
            == 1
            && heads_named(head, &local) == 0
        {
            aliases.push(head.to_string());
        }
        let kind = if OFFICE_HEADS.contains(&head) {
            "group"
        } else {
            "body"
        };
        local.push(discovered(&title, aliases, kind));
    }
    let paragraphs = t
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| t.block_text(b));
    // The subjects of duties name roles.
    let duties = duties(&t.text);
    for (label, singular) in role_nouns(paragraphs, &t.text, &duties) {
        // Not a name found already ("Contributor", defined), nor one's last word ("the
        // Project Leader" is the Leader).
        let known = |n: &str| {
            gaz.lookup(n).is_some()
                || local.iter().any(|d| {
                    std::iter::once(&d.label).chain(&d.aliases).any(|a| {
                        a == n
                            || a.len() > n.len()
                                && a.ends_with(n)
                                && a[..a.len() - n.len()].ends_with(' ')
                    })
                })
        };
        if !known(&label) && !known(&singular) {
            let aliases = if label != singular {
                vec![singular]
            } else {
                vec![]
            };
            local.push(discovered(&label, aliases, "group"));
        }
    }
    // "Maintainers are responsible for ...", "elected by the maintainers": groups named by
    // their role in lowercase, where the text makes them act.
    for (plural, singular, principal, modifiers) in role_groups(&t.text, &duties) {
        // "end-users" are the gazetteer's users.
        let head = plural.rsplit([' ', '-']).next().unwrap_or(&plural);
        let known = gaz.lookup(&plural).is_some()
            || gaz.lookup(&singular).is_some()
            || gaz.lookup(head).is_some()
            || local.iter().any(|d| {
                std::iter::once(&d.label)
                    .chain(&d.aliases)
                    .any(|a| a.eq_ignore_ascii_case(&plural) || a.eq_ignore_ascii_case(&singular))
            });
        if !known {
            let capital = |w: &str| w[..1].to_ascii_uppercase() + &w[1..];
            let mut aliases = vec![capital(&plural), capital(&singular), singular.clone()];
            // Not where the modifier makes another actor's name ("Empowered Community").
            for m in &modifiers {
                let named = [format!("{m} {plural}"), format!("{m} {singular}")];
                if named.iter().any(|n| gaz.lookup(n).is_some()) {
                    continue;
                }
                let capitals = named.each_ref().map(|n| capital(n));
                aliases.extend(named.into_iter().chain(capitals));
            }
            let mut def = discovered(&plural, aliases, "group");
            def.principal = principal;
            local.push(def);
        }
    }
    for a in person_authors.iter().chain(&doc.text.authors) {
        let Some(n) = uninverted(&title_case(a)) else {
            continue;
        };
        if crate::extract::works::is_person(&n) {
            // The surname names the person too; an initial does not ("J.").
            let last = n.split_whitespace().last().unwrap_or("");
            let aliases = if last.trim_end_matches('.').chars().count() > 1 {
                vec![last.to_string()]
            } else {
                vec![]
            };
            local.push(discovered(&n, aliases, "person"));
        }
    }
    // `Example Ltd ("we", "us")`: "We", "we" and "us" name that party in this document.
    if let Some(name) = first_person_party(&t.text) {
        let mut def = gaz
            .lookup(name)
            .cloned()
            .unwrap_or_else(|| discovered(name, vec![], kind_of(name)));
        add_aliases(&mut def, ["We", "we", "us"].map(String::from));
        local.push(def);
    }
    // One person per surname within a document: "Caron" is "David Caron".
    let mut merged: Vec<ActorDef> = Vec::new();
    for d in local {
        if let Some(m) = merged.iter_mut().find(|m| {
            m.iri == d.iri
                || (m.kind == "person"
                    && d.kind == "person"
                    && surname(&m.label) == surname(&d.label)
                    && same_given_name(&m.label, &d.label))
        }) {
            // Keep the fuller name as the label.
            if d.label.len() > m.label.len() && !d.label.contains('.') {
                let old = std::mem::replace(&mut m.label, d.label.clone());
                m.aliases.push(old);
                m.iri = d.iri.clone();
            }
            add_aliases(m, d.aliases);
            continue;
        }
        merged.push(d);
    }
    // "the Steering Committee" of a charter titled for the "Kubernetes Steering Committee"
    // is that committee: a body's name that ends exactly one longer body name of the
    // document is a short form of it (with two longer ones, it is neither).
    let mut k = 0;
    while k < merged.len() {
        let short = &merged[k];
        if short.kind != "body" || !short.label.contains(' ') {
            k += 1;
            continue;
        }
        let longer: Vec<usize> = (0..merged.len())
            .filter(|&j| {
                let l = &merged[j].label;
                j != k
                    && merged[j].kind == "body"
                    && l.len() > short.label.len()
                    && l.ends_with(short.label.as_str())
                    && l[..l.len() - short.label.len()]
                        .strip_suffix(' ')
                        // "the Technical Committee" of "Chair of the Technical Committee"
                        // is the object of a phrase, not the longer name's head.
                        .and_then(|p| p.rsplit(' ').next())
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
            })
            .collect();
        if let [j] = longer[..] {
            let short = merged.remove(k);
            let j = if j > k { j - 1 } else { j };
            add_aliases(
                &mut merged[j],
                std::iter::once(short.label).chain(short.aliases),
            );
            continue;
        }
        k += 1;
    }
    // "the Council may, if necessary:" under "the Steering Council": a body's head word after
    // "the", capitalized, is the one body of the document whose name it ends (or, of several,
    // the one the text names three times as often as any other, and twice or more).
    // Only the heads that end a body's name here are asked (a search of the text each).
    let mut heads: Vec<&str> = merged
        .iter()
        .filter(|d| matches!(d.kind.as_str(), "body" | "organization"))
        .filter_map(|d| d.label.rsplit_once(' ').map(|(_, h)| h))
        .filter(|h| {
            h.starts_with(|c: char| c.is_ascii_uppercase())
                && BODY_HEADS.iter().any(|b| b.eq_ignore_ascii_case(h))
        })
        .collect();
    heads.sort_unstable();
    heads.dedup();
    let heads: Vec<String> = heads.into_iter().map(str::to_string).collect();
    for head in &heads {
        let head = head.as_str();
        // A head the text defines in quotes ("(the 'Board')") names what it defines.
        let defined = || {
            ["'", "\"", "‘", "“"].iter().any(|q| {
                memchr::memmem::find(t.text.as_bytes(), [q, head].concat().as_bytes()).is_some()
            })
        };
        if gaz.lookup(head).is_some()
            || merged
                .iter()
                .any(|d| d.label == head || d.aliases.iter().any(|a| a == head))
            || !(used_as_a_word(&t.text, &["the ", head].concat())
                || used_as_a_word(&t.text, &["The ", head].concat()))
            || defined()
        {
            continue;
        }
        let tail = [" ", head].concat();
        let named: Vec<(usize, usize)> = merged
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                matches!(d.kind.as_str(), "body" | "organization")
                    && d.label.ends_with(&tail)
                    && d.label[..d.label.len() - tail.len()]
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
            })
            .map(|(j, d)| {
                let n = memchr::memmem::find_iter(t.text.as_bytes(), d.label.as_bytes()).count();
                (j, n)
            })
            .collect();
        let most = named.iter().max_by_key(|(_, n)| *n).copied();
        let the_one = most.filter(|&(j, n)| {
            named.len() == 1 || n >= 2 && named.iter().all(|&(o, m)| o == j || n >= 3 * m)
        });
        if let Some((j, _)) = the_one {
            add_aliases(&mut merged[j], [head.to_string()]);
        }
    }
    // "If consensus cannot be reached, the TSC votes" under "the Technical Steering
    // Committee": an acronym the document uses without defining it, and the gazetteer does
    // not know, is the one body of the document whose name's initials spell it.
    // Asked per body (a few a document), not per run of capitals in the text: a scan of
    // every byte cost 2% of the stage's instructions.
    let spells = |d: &ActorDef| -> Option<String> {
        matches!(d.kind.as_str(), "body" | "organization")
            .then(|| initials(&d.label))
            .filter(|a| (3..=6).contains(&a.len()))
    };
    let spelled: Vec<Option<String>> = merged.iter().map(spells).collect();
    for (i, acr) in spelled.iter().enumerate() {
        let Some(acr) = acr else { continue };
        let unique = spelled
            .iter()
            .enumerate()
            .all(|(j, o)| j == i || o.as_ref() != Some(acr));
        if !unique
            || merged
                .iter()
                .any(|d| d.label == *acr || d.aliases.iter().any(|a| a == acr))
            || !used_as_a_word(&t.text, acr)
            || gaz.lookup(acr).is_some()
        {
            continue;
        }
        merged[i].aliases.push(acr.clone());
    }
    // Discovered names by folded form, and by first byte below: per-name scans and
    // per-match searches of the list were quadratic in long documents.
    let mut by_name: HashMap<String, usize> = HashMap::default();
    // A body named in capitals is also the one "the steering council" names, written
    // lowercase after "the" (a definite reference; "a steering council" is any council).
    let lowered: Vec<(String, usize)> = merged
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == "body" && is_title_case_phrase(&d.label))
        .map(|(i, d)| (d.label.to_lowercase(), i))
        .collect();
    let mut patterns: Vec<(&str, usize)> = Vec::new();
    for (i, d) in merged.iter().enumerate() {
        for name in std::iter::once(&d.label).chain(&d.aliases) {
            by_name.entry(fold(name)).or_insert(i);
            if !name.is_empty() {
                patterns.push((name.as_str(), i));
            }
        }
    }
    // The discovered names by their first byte: a name is only a mention where it starts
    // after a non-alphanumeric character, so only such places are compared with the few
    // names starting with the byte there (an Aho-Corasick automaton built per document and
    // searched for every overlapping occurrence cost a quarter of the stage's instructions).
    let mut by_first_byte: Vec<Vec<usize>> = vec![Vec::new(); 256];
    for (k, (name, _)) in patterns.iter().enumerate() {
        by_first_byte[name.as_bytes()[0] as usize].push(k);
    }
    // Which actor a matched name is, worked out once per distinct name in the document
    // (the same names recur: a fold and up to four lookups per match before).
    let mut resolved: HashMap<&str, Option<&ActorDef>> = HashMap::default();
    let mut matches = vec![Vec::new(); gaz.names.sets()];
    for &(bs, be) in &body_blocks {
        let text = &t.text[bs..be];
        // The gazetteer's matchers are compiled once, for all documents.
        gaz.names.find_into(text, &mut matches);
        for set in &matches {
            for m in set.iter().cloned() {
                let name = trim_possessives(&text[m.clone()]);
                let def = *resolved.entry(name).or_insert_with(|| {
                    let folded = fold(name);
                    let def = by_name
                        .get(&folded)
                        .map(|&i| &merged[i])
                        .or_else(|| gaz.lookup_folded(&folded))
                        .or_else(|| gaz.lookup(name.trim_end_matches('s')))?;
                    // A one-word name in lowercase is a common word ("meta-data",
                    // "internic.net") unless the actor is written so ("users").
                    let lowercase_word =
                        name.starts_with(|c: char| c.is_lowercase()) && !name.contains(' ');
                    (!lowercase_word || def.written_as(name)).then_some(def)
                });
                // "Council Members", "TC members": the members of a body named just before,
                // not a membership that votes; nor are "7 members" or "nine members", the
                // size of a body.
                // "Its members", "its first members": a body's, named before.
                let its = || {
                    let mut before = text[..m.start].split_whitespace().rev();
                    let (a, b) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
                    matches!(a, "Its" | "its")
                        || matches!(b, "Its" | "its") && a.bytes().all(|c| c.is_ascii_lowercase())
                };
                let of_a_body = def.is_some_and(|d| d.part_of.is_none() && d.kind == "group")
                    && matches!(name, "members" | "Members" | "member" | "Member")
                    && (its()
                        || text[..m.start]
                            .strip_suffix(' ')
                            .and_then(|p| p.rsplit(' ').next())
                            .is_some_and(|w| {
                                is_acronym(w) && w.len() >= 2
                                    || ORG_WORD.is_match(w) && w.starts_with(char::is_uppercase)
                                    || is_count(w)
                            }));
                // "Jordan Harband", "Chad Smith": a one-word state's name before a
                // capitalized word is a person's (or another name's) first word.
                let first_of_a_name = || {
                    let after = &text[m.end..];
                    after.strip_prefix(' ').is_some_and(|a| {
                        let mut cs = a.chars();
                        cs.next().is_some_and(char::is_uppercase)
                            && cs.next().is_some_and(char::is_lowercase)
                    })
                };
                // ("US Federal government" is the state: an acronym is no first name.)
                let not_the_state = def.is_some_and(|d| d.kind == "state")
                    && !name.contains(' ')
                    && name.chars().skip(1).any(char::is_lowercase)
                    && first_of_a_name();
                if let Some(def) = def.filter(|_| !of_a_body && !not_the_state) {
                    add(def, bs + m.start, bs + m.end, false);
                }
            }
        }
        // Discovered names are matched as whole words (with plural and possessive).
        let (bytes, patterns) = (text.as_bytes(), &patterns);
        // Most bytes start no name: passed over before an iterator is set up for them.
        let occurrences = (0..bytes.len())
            .filter(|&at| !by_first_byte[bytes[at] as usize].is_empty())
            .flat_map(|at| {
                by_first_byte[bytes[at] as usize]
                    .iter()
                    .filter(move |&&k| bytes[at..].starts_with(patterns[k].0.as_bytes()))
                    .map(move |&k| (at, k))
            });
        for (at, k) in occurrences {
            let end = at + patterns[k].0.len();
            let before = text[..at].chars().next_back();
            let after = text[end..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            let possessive_or_plural = text[end..].starts_with("’s")
                || text[end..].starts_with("'s")
                || after == Some('s') && boundary(text[end + 1..].chars().next());
            if boundary(before) && (boundary(after) || possessive_or_plural) {
                let d = &merged[patterns[k].1];
                add(d, bs + at, bs + end, true);
            }
        }
        // Lowercase names of bodies, only right after "the " or "The ".
        if !lowered.is_empty() {
            for h in THE.find_iter(bytes) {
                let at = h + 3;
                let the = h >= 1
                    && matches!(bytes[h - 1], b't' | b'T')
                    && (h == 1 || !bytes[h - 2].is_ascii_alphanumeric());
                if !the {
                    continue;
                }
                for (name, i) in &lowered {
                    if !bytes[at..].starts_with(name.as_bytes()) {
                        continue;
                    }
                    let end = at + name.len();
                    let rest = &text[end..];
                    let rest = ["'s", "’s", "s"]
                        .iter()
                        .find_map(|p| rest.strip_prefix(p))
                        .unwrap_or(rest);
                    if rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                        add(&merged[*i], bs + at, bs + end, true);
                    }
                }
            }
        }
    }
    // A shorter match inside a longer one ("ICANN" in "ICANN Board", "Caron" in "David
    // Caron") is not a mention of its own. Spans sorted by start, longest first: a span is
    // inside a longer one when an earlier, different span reaches at least as far.
    found.sort_by(|a, b| a.def.iri.cmp(&b.def.iri));
    let mut spans: Vec<(usize, usize)> = found
        .iter()
        .flat_map(|f| f.mentions.iter().copied())
        .collect();
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    spans.dedup();
    let mut inside = FxHashSet::default();
    let mut reach = 0usize;
    for (k, &(s, e)) in spans.iter().enumerate() {
        if k > 0 && reach >= e {
            inside.insert((s, e));
        }
        reach = reach.max(e);
    }
    for f in &mut found {
        f.mentions.retain(|m| !inside.contains(m));
        f.mentions.sort();
        f.mentions.dedup();
    }
    found.retain(|f| !f.mentions.is_empty());
    let mut found = without_context(found, &t.text);
    short_heads(&mut found, &t.text, &t.blocks);
    let mut found = defined_short_names(found, &t.text);
    company_short_names(&mut found, &t.text);
    lone_bodies(found, &t.text)
}

/// A company named with its legal form ("Nominet UK Limited", "Acme Widgets Inc.") goes by
/// its first word where the text writes that word alone ("Nominet's articles", "the members
/// of Nominet"), not only inside longer names ("National" of "National Grid PLC" stays).
fn company_short_names(found: &mut [Found], text: &str) {
    let b = text.as_bytes();
    let taken: Vec<(usize, usize)> = found
        .iter()
        .flat_map(|f| f.mentions.iter().copied())
        .collect();
    for f in found.iter_mut().filter(|f| f.discovered) {
        let label = f.def.label.trim_end_matches('.');
        let Some((name, form)) = label.rsplit_once(' ') else {
            continue;
        };
        if !matches!(form, "Limited" | "Ltd" | "Inc" | "LLC" | "PLC") {
            continue;
        }
        let first = name.trim_end_matches(',').split(' ').next().unwrap_or("");
        if first.len() < 3
            || !first.starts_with(|c: char| c.is_ascii_uppercase())
            || !first.chars().all(|c| c.is_ascii_alphabetic())
            || FUNCTION_WORDS.contains(&first)
            || ORG_WORD.is_match(first)
        {
            continue;
        }
        let places: Vec<(usize, usize)> = memchr::memmem::find_iter(b, first.as_bytes())
            .map(|at| (at, at + first.len()))
            .filter(|&(at, end)| {
                let whole = (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                    && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
                // Alone: no capitalized word goes on with it ("Nominet's", "of Nominet have").
                let alone = !text[end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
                whole && alone && !taken.iter().any(|&(s, e)| s <= at && end <= e)
            })
            .collect();
        if places.is_empty() {
            continue;
        }
        f.def.aliases.push(first.to_string());
        f.mentions.extend(places);
        f.mentions.sort();
        f.mentions.dedup();
    }
}

/// Words that name a body alone, after "the", in the document that constitutes or
/// describes it: "the Parliament", "the Board", "the Senate".
const LONE_BODY_WORDS: &[&str] = &[
    "Parliament",
    "Legislature",
    "Congress",
    "Senate",
    "Cabinet",
    "Assembly",
    "Board",
    "Council",
    "Committee",
    "Commission",
    "Tribunal",
    "Secretariat",
];

/// A body the document names only by its word, capitalized after "the", twice or more
/// ("Legislative power is vested in the Parliament. The Parliament consists of ..."), where
/// no actor found has that word for head (then "the Board" is that actor, `short_heads`).
fn lone_bodies(mut found: Vec<Found>, text: &str) -> Vec<Found> {
    let b = text.as_bytes();
    // One walk over the text's "the "s (THE finds "he "), not one search per word.
    let mut places: Vec<Vec<(usize, usize)>> = vec![Vec::new(); LONE_BODY_WORDS.len()];
    for h in THE.find_iter(b) {
        let Some(t) = h.checked_sub(1) else { continue };
        if !matches!(b[t], b't' | b'T') || t > 0 && b[t - 1].is_ascii_alphanumeric() {
            continue;
        }
        let at = h + 3;
        if !b.get(at).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let len = b[at..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let Some(k) = LONE_BODY_WORDS
            .iter()
            .position(|w| w.as_bytes() == &b[at..at + len])
        else {
            continue;
        };
        let end = at + len;
        // "the Board of Directors", "the Council for Digital Services", "the Board
        // Secretary": a longer name or a modifier.
        let after = &text[end..];
        let next = after.trim_start_matches(' ');
        let next_word = next.split([' ', ',', '.', ';', ':']).next().unwrap_or("");
        let longer = after.starts_with(' ')
            && (next.starts_with(char::is_uppercase)
                || matches!(next_word, "of" | "for" | "on")
                    && next[next_word.len()..]
                        .trim_start()
                        .starts_with(char::is_uppercase));
        if !longer {
            places[k].push((at, end));
        }
    }
    // "Parliament has delegated ...", "accountable to Parliament": a legislature is named
    // without the article too (not "European Parliament", not "Parliament Street").
    for w in ["Parliament", "Legislature"] {
        let k = LONE_BODY_WORDS
            .iter()
            .position(|x| *x == w)
            .expect("a lone body's word");
        for at in memchr::memmem::find_iter(b, w.as_bytes()) {
            let end = at + w.len();
            let before = text[..at].trim_end_matches(' ');
            let prev = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let after_name = prev.starts_with(|c: char| c.is_uppercase())
                && !before.ends_with(['.', '!', '?', ':'])
                && !before.ends_with(char::is_whitespace)
                && before.len() < at;
            let whole = (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
            let next = text[end..].trim_start_matches(' ');
            let longer = end < b.len()
                && b[end] == b' '
                && (next.starts_with(char::is_uppercase) || next.starts_with("of "));
            let the = prev.eq_ignore_ascii_case("the");
            if whole && !the && !after_name && !longer {
                places[k].push((at, end));
            }
        }
        places[k].sort_unstable();
    }
    for (w, places) in LONE_BODY_WORDS.iter().zip(places) {
        if places.len() < 2 {
            continue;
        }
        let taken = found.iter().any(|f| {
            head_word(&f.def.label) == *w
                || f.def.aliases.iter().any(|a| a == w || head_word(a) == *w)
        });
        if taken {
            continue;
        }
        found.push(Found {
            def: discovered(w, vec![], "body"),
            mentions: places,
            discovered: true,
        });
    }
    found
}

/// `the Digital Services Commission ("the Commission")`, `Acme Corp. (the "Company")`,
/// `(hereinafter "the Board")`: a short name a document defines for an actor it has just
/// named. The definition's parenthesis, and its short name.
static SHORT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?["“'‘](?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})["”'’]\s*\)|\((?:the\s+)?(Department|Commission|Committee|Board|Council|Agency|Authority|Corporation|Company|Foundation|Secretariat|Ministry|Administration|Bureau|Registry|Society)\)"#).unwrap()
});
/// A body's word alone in brackets after its name, unquoted, as notices define a short name
/// ("The Department of Commerce (Department)").
const UNQUOTED_SHORT: &[&str] = &[
    "Department",
    "Commission",
    "Committee",
    "Board",
    "Council",
    "Agency",
    "Authority",
    "Corporation",
    "Company",
    "Foundation",
    "Secretariat",
    "Ministry",
    "Administration",
    "Bureau",
    "Registry",
    "Society",
];

/// Gives an actor the short name a document defines for it (see `SHORT_NAME`): the short
/// name's mentions, capitalized, after "the" or where the definition has no "the", are its
/// own; an actor found under the short name alone (the "Commission" of a rule that reads
/// "the Commission" as a name) is this one.
fn defined_short_names(mut found: Vec<Found>, text: &str) -> Vec<Found> {
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"(\"").is_none()
        && memchr::memmem::find(b, "(“".as_bytes()).is_none()
        && memchr::memmem::find(b, b"('").is_none()
        && memchr::memmem::find(b, "(‘".as_bytes()).is_none()
        && memchr::memmem::find(b, b"(the ").is_none()
        && memchr::memmem::find(b, b"(hereinafter").is_none()
        && !memchr::memchr_iter(b'(', b).any(|at| {
            // One pass over the brackets, most of which open no capitalized word.
            let rest = &b[at + 1..];
            rest.first().is_some_and(u8::is_ascii_uppercase)
                && UNQUOTED_SHORT
                    .iter()
                    .any(|w| rest.starts_with(w.as_bytes()) && rest.get(w.len()) == Some(&b')'))
        })
    {
        return found;
    }
    for c in SHORT_NAME.captures_iter(text) {
        let open = c.get(0).unwrap().start();
        let short = c.get(1).or(c.get(2)).unwrap().as_str();
        let the = c[0].contains("the ");
        // The actor named right before the parenthesis.
        let named = text[..open]
            .trim_end()
            .trim_end_matches(['\'', '’', '"', '”'])
            .len();
        let at = found
            .iter()
            .position(|f| f.mentions.iter().any(|&(_, e)| e == named));
        // No actor found there: an organization the definition names, such as `the Open Data
        // Alliance, Inc. (the "Corporation")`, is one.
        let at = at.or_else(|| {
            let start = organization_before(text, named)?;
            let long = &text[start..named];
            let mentions: Vec<(usize, usize)> = memchr::memmem::find_iter(b, long.as_bytes())
                .map(|s| (s, s + long.len()))
                .filter(|&(s, _)| s == 0 || !b[s - 1].is_ascii_alphanumeric())
                .collect();
            found.push(Found {
                def: discovered(long, vec![], kind_of(long)),
                mentions,
                discovered: true,
            });
            Some(found.len() - 1)
        });
        let Some(mut i) = at else {
            continue;
        };
        if found[i].def.label == short || found[i].def.aliases.iter().any(|a| a == short) {
            continue;
        }
        // The short name's own actor, if one was found under it alone, is merged in.
        if let Some(j) = found
            .iter()
            .position(|f| f.discovered && f.def.label == short && f.def.aliases.is_empty())
        {
            let other = found.remove(j);
            if j < i {
                i -= 1;
            }
            found[i].mentions.extend(other.mentions);
        }
        let taken: Vec<(usize, usize)> = found
            .iter()
            .flat_map(|f| f.mentions.iter().copied())
            .collect();
        let places: Vec<(usize, usize)> = memchr::memmem::find_iter(b, short.as_bytes())
            .map(|at| (at, at + short.len()))
            .filter(|&(at, end)| {
                let whole = (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                    && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
                let before = text[..at].strip_suffix(' ').unwrap_or("");
                let after_the = before.ends_with("the") || before.ends_with("The");
                whole
                    && at > open
                    && (after_the || !the)
                    && !taken.iter().any(|&(s, e)| s <= at && end <= e)
            })
            .collect();
        let f = &mut found[i];
        f.def.aliases.push(short.to_string());
        f.mentions.extend(places);
        f.mentions.sort();
        f.mentions.dedup();
    }
    found
}

/// Where the name of an organization ends at `end` starts: capitalized words (with "of",
/// "for", "and", "on" and "the" between them, and ", Inc." or the like at the end), one of
/// them a word for an organization, not the title of a work ("the Act").
fn organization_before(text: &str, end: usize) -> Option<usize> {
    let mut start = end;
    let mut words = 0;
    let mut rest = &text[..end];
    while words < 9 {
        let w = rest.rsplit([' ', '\n']).next()?;
        let core = w.trim_end_matches(',');
        let capitalized = core.starts_with(|c: char| c.is_uppercase());
        let connective = matches!(core, "of" | "for" | "and" | "on" | "the");
        if !(capitalized || connective) || core.is_empty() {
            break;
        }
        // A comma ends the name unless what follows is its suffix ("Alliance, Inc.").
        if w.ends_with(',') && words > 0 {
            let next = &text[start..end];
            let suffix = next.split(' ').next().unwrap_or("");
            if !matches!(
                suffix.trim_end_matches('.'),
                "Inc" | "Ltd" | "LLC" | "Corp" | "Co" | "GmbH" | "PLC" | "SA" | "AG"
            ) {
                break;
            }
        }
        start = rest.len() - w.len();
        words += 1;
        match text[..start].strip_suffix(' ') {
            Some(r) => rest = r,
            None => break,
        }
    }
    // Leading connectives and "The" are no part of the name.
    let mut name = &text[start..end];
    while let Some((first, tail)) = name.split_once(' ') {
        if matches!(first, "of" | "for" | "and" | "on" | "the" | "The")
            || FUNCTION_WORDS.contains(&first)
        {
            name = tail;
        } else {
            break;
        }
    }
    let start = end - name.len();
    (name.split_whitespace().count() >= 2
        && ORG_WORD.is_match(name)
        && !WORK_WORD.is_match(name)
        && name.starts_with(|c: char| c.is_uppercase()))
    .then_some(start)
}

/// The head words of bodies' names that documents use alone for them: "the Board" for the
/// "Board of Directors", "the Committee" for the "Kubernetes Steering Committee".
const SHORT_HEADS: &[&str] = &[
    "Board",
    "Council",
    "Committee",
    "Commission",
    "Assembly",
    "Forum",
    "Panel",
    "Secretariat",
    "Bureau",
    "Tribunal",
    "Foundation",
    "Association",
    "Society",
    "Institute",
    "Corporation",
    "Agency",
    "Authority",
    "Office",
];

/// Of `SHORT_HEADS`, the heads of organizations' names: "the Foundation" for the "Uniswap
/// Foundation", written capitalized only ("the foundation of democracy" is none).
const ORGANIZATION_HEADS: &[&str] = &[
    "Foundation",
    "Association",
    "Society",
    "Institute",
    "Corporation",
    "Agency",
    "Authority",
    "Office",
];

/// The head word of a name: of "X of Y" the last word of X ("Chair of the Technical
/// Committee" is a chair), else the last word.
fn head_word(label: &str) -> &str {
    let phrase = head_phrase(label);
    phrase.rsplit([' ', '-']).next().unwrap_or(phrase)
}

/// Words for bodies: a name ending in one is a body ("Kubernetes Steering Committee").
const BODY_WORDS: &[&str] = &[
    "committee",
    "council",
    "board",
    "group",
    "panel",
    "secretariat",
    "team",
    "assembly",
    "conference",
    "meeting",
];

/// Whether `w` is a word for a body (any case) or an office (see `head_phrase`). Looked up
/// in sets: names are asked about many times a document.
fn is_head_word(w: &str) -> bool {
    static BODIES: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
        BODY_WORDS
            .iter()
            .chain(SHORT_HEADS)
            .map(|w| w.to_ascii_lowercase())
            .collect()
    });
    static OFFICES: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| OFFICE_WORDS.iter().copied().collect());
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| BODIES.contains(l)) || OFFICES.contains(w)
}

/// The words of a name that end in its head: of "X of Y" the words before "of" ("Board of
/// Directors", "Chair of the Technical Committee"), unless only the whole name ends in a
/// word for a body or an office ("Code of Conduct Committee" is a committee); else the name.
fn head_phrase(name: &str) -> &str {
    // One word ("ICANN", "Board"): its own head (most aliases are so).
    if !name.contains(' ') {
        return name;
    }
    let last = |s: &str| -> bool { is_head_word(s.rsplit([' ', '-']).next().unwrap_or(s)) };
    match before_of(name) {
        Some(first) if last(first) || !last(name) => first,
        Some(_) => name,
        // "Joint Committee on Communications", "Council for Trade in Goods" (a byte scan,
        // as `before_of`'s: names are short).
        None => name
            .as_bytes()
            .windows(5)
            .position(|w| &w[..4] == b" on " || w == b" for ")
            .map(|at| &name[..at])
            .filter(|first| last(first))
            .unwrap_or(name),
    }
}

/// The words of a name before its first " of " ("Chair" of "Chair of the Board"), if any.
/// (A byte scan: names are short, and a substring searcher set up per name cost more.)
fn before_of(label: &str) -> Option<&str> {
    let at = label.as_bytes().windows(4).position(|w| w == b" of ")?;
    Some(&label[..at])
}

/// Where `h` ("Council"), or its lowercase unless `capital_only` (an organization's head,
/// "Forum"), stands as a word after "the", or capitalized before "members" ("existing
/// Council members").
fn the_head_places(text: &str, h: &str, lower: &str, capital_only: bool) -> Vec<usize> {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, h.as_bytes())
        .chain(memchr::memmem::find_iter(b, lower.as_bytes()).filter(|_| !capital_only))
        .filter(|&at| {
            let end = at + h.len();
            let before = text[..at].strip_suffix(' ').unwrap_or("");
            let the = before.ends_with("the") || before.ends_with("The");
            let of_members = b[at].is_ascii_uppercase()
                && (text[end..].starts_with(" members") || text[end..].starts_with(" Members"));
            let whole = b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
            (the && before.len() + 1 == at || of_members) && whole
        })
        .collect()
}

/// "the Board", "The Committee": a discovered body's head word, capitalized after "the", is
/// that body where it is the only actor of the document whose name has that head (drafting
/// defines "the Board" so). The head of "X of Y" is its first word, else its last.
fn short_heads(found: &mut [Found], text: &str, blocks: &[Block]) {
    let head = |label: &str| -> Option<&'static str> {
        let w = head_word(label);
        SHORT_HEADS.iter().find(|h| **h == w).copied()
    };
    // Another actor with that head ("the Committee" of two committees is neither); one that
    // only ends in it ("Chair of the Technical Committee") is headed by another word. The
    // heads of every actor's names, worked out once, where a body asks (most documents have
    // none that does).
    let headed = |found: &[Found]| -> Vec<(usize, &'static str)> {
        found
            .iter()
            .enumerate()
            .flat_map(|(j, f)| {
                std::iter::once(&f.def.label)
                    .chain(&f.def.aliases)
                    .filter_map(move |n| {
                        let w = head_word(n);
                        SHORT_HEADS
                            .iter()
                            .find(|h| h.eq_ignore_ascii_case(w))
                            .map(|h| (j, *h))
                    })
            })
            .collect()
    };
    let mut heads: Option<Vec<(usize, &'static str)>> = None;
    let mut searched: Vec<(&str, bool, Vec<usize>)> = Vec::new();
    for i in 0..found.len() {
        let f = &found[i];
        // The name written out: the label, or the longest alias of one labelled by its
        // acronym ("IGF", the "Internet Governance Forum").
        let name = if f.def.label.contains(' ') {
            Some(&f.def.label)
        } else {
            f.def
                .aliases
                .iter()
                .filter(|a| a.contains(' '))
                .max_by_key(|a| a.len())
        };
        let Some(name) = name.filter(|_| matches!(f.def.kind.as_str(), "body" | "organization"))
        else {
            continue;
        };
        let Some(h) = head(name) else {
            continue;
        };
        let organization = ORGANIZATION_HEADS.contains(&h);
        if organization != (f.def.kind == "organization") {
            continue;
        }
        // Prose writes "the forum" of any forum ("depending on the forum at issue"): the
        // Forum only in capitals, as organizations' heads.
        let capital_only = organization || h == "Forum";
        // "the Council" as drafting writes it, and "the council" as prose does (not "the
        // foundation"). Where the text has neither, nothing more is asked (most documents
        // name most of their bodies in full); bodies of one head ("Committee") share one
        // search.
        let lower = h.to_ascii_lowercase();
        let places = match searched
            .iter()
            .find(|(g, o, _)| *g == h && *o == capital_only)
        {
            Some((_, _, p)) => p.clone(),
            None => {
                let p = the_head_places(text, h, &lower, capital_only);
                searched.push((h, capital_only, p.clone()));
                p
            }
        };
        if places.is_empty() {
            continue;
        }
        let heads = heads.get_or_insert_with(|| headed(found));
        let shared = heads.iter().any(|&(j, g)| j != i && g == h);
        // Where another body has the head too, "the Committee" is this one only under a
        // heading that names it and no other such body ("## Code of Conduct Committee" over
        // "The committee may ban ...").
        let others: Vec<usize> = if shared {
            heads
                .iter()
                .filter(|&&(j, g)| j != i && g == h)
                .map(|&(j, _)| j)
                .collect()
        } else {
            vec![]
        };
        let names_it = |j: usize, hs: usize, he: usize| {
            found[j].mentions.iter().any(|&(s, e)| hs <= s && e <= he)
        };
        let under_its_heading = |at: usize| {
            let k = blocks.partition_point(|bl| bl.start <= at);
            let Some(hd) = k.checked_sub(1).and_then(|k| blocks[k].heading) else {
                return false;
            };
            let (hs, he) = (blocks[hd].start, blocks[hd].end);
            names_it(i, hs, he) && !others.iter().any(|&j| names_it(j, hs, he))
        };
        let mut add = Vec::new();
        for at in places {
            let end = at + h.len();
            let within = |f: &Found| f.mentions.iter().any(|&(s, e)| s <= at && end <= e);
            let inside = if shared {
                found.iter().any(within)
            } else {
                within(&found[i])
            };
            if !inside && (!shared || under_its_heading(at)) {
                add.push((at, end));
            }
        }
        if shared {
            let f = &mut found[i];
            f.mentions.extend(add);
            f.mentions.sort();
        } else if !add.is_empty() {
            let f = &mut found[i];
            f.mentions.extend(add);
            f.mentions.sort();
            f.def.aliases.push(h.to_string());
            if !capital_only {
                f.def.aliases.push(lower);
            }
        }
    }
}

/// Words of names that many institutions give their organs: "Board of Directors",
/// "Security Council", "Secretary-General", "General Assembly" (an association's members
/// met, where the document names nothing of the UN's).
const GENERIC_NAME_WORDS: &[&str] = &[
    "assembly",
    "board",
    "of",
    "the",
    "directors",
    "trustees",
    "governors",
    "general",
    "security",
    "council",
    "secretary",
    "secretary-general",
    "secretariat",
    "executive",
    "committee",
    "steering",
    "president",
    "congress",
    "supreme",
    "court",
    "commission",
    "senate",
    "house",
    "representatives",
];

/// A known organ named by a generic name ("Board of Directors" is ICANN's in the
/// gazetteer) is that organ only in a document that names its organization or another of
/// its organs; elsewhere the name is the document's own organ ("the Board of Directors" of
/// a community association's bylaws), an actor of its own.
fn without_context(mut found: Vec<Found>, text: &str) -> Vec<Found> {
    let generic = |name: &str| {
        name.split([' ', '\t'])
            .filter(|w| !w.is_empty())
            .all(|w| GENERIC_NAME_WORDS.contains(&w.to_ascii_lowercase().as_str()))
    };
    let has_context = |f: &Found, found: &[Found]| {
        f.def.part_of.as_ref().is_none_or(|p| {
            found.iter().any(|g| {
                g.def.iri != f.def.iri && (&g.def.iri == p || g.def.part_of.as_ref() == Some(p))
            })
        })
    };
    let mut own: Vec<Found> = Vec::new();
    for i in 0..found.len() {
        if found[i].discovered || has_context(&found[i], &found) {
            continue;
        }
        // The own organ is of the known one's kind, and a principal where that one is (a
        // general assembly of members grants as the UN's does).
        let (kind, principal) = (found[i].def.kind.clone(), found[i].def.principal);
        let mentions = found[i].mentions.clone();
        let (moved, kept): (Vec<_>, Vec<_>) = mentions
            .into_iter()
            .partition(|&(s, e)| generic(trim_possessives(&text[s..e])));
        found[i].mentions = kept;
        for (s, e) in moved {
            let name = trim_possessives(&text[s..e]).to_string();
            match own.iter_mut().find(|o| fold_eq(&o.def.label, &fold(&name))) {
                Some(o) => {
                    // A heading's capitals are no name's spelling: the text's is.
                    if !o.def.label.chars().any(char::is_lowercase) {
                        o.def.label = name;
                    }
                    o.mentions.push((s, e));
                }
                None => own.push(Found {
                    def: ActorDef {
                        principal,
                        ..discovered(&name, vec![], &kind)
                    },
                    mentions: vec![(s, e)],
                    discovered: true,
                }),
            }
        }
    }
    found.retain(|f| !f.mentions.is_empty());
    for o in own {
        match found.iter_mut().find(|f| f.def.iri == o.def.iri) {
            Some(f) => {
                f.mentions.extend(o.mentions);
                f.mentions.sort();
                f.mentions.dedup();
            }
            None => found.push(o),
        }
    }
    found.sort_by(|a, b| a.def.iri.cmp(&b.def.iri));
    found
}

/// Two or more words, each capitalized but for connectives ("Steering Council", "Board of
/// Trustees"): a name that can also be written lowercase.
fn is_title_case_phrase(label: &str) -> bool {
    let words: Vec<&str> = label.split(' ').collect();
    words.len() >= 2
        && words.iter().all(|w| {
            let mut c = w.chars();
            let first = c.next();
            matches!(*w, "of" | "for" | "on" | "and" | "the")
                || first.is_some_and(char::is_uppercase) && c.all(char::is_lowercase)
        })
        && words[0].chars().next().is_some_and(char::is_uppercase)
}

fn discovered(label: &str, aliases: Vec<String>, kind: &str) -> ActorDef {
    ActorDef {
        iri: [ID, "actor/", &slug(label)].concat(),
        label: label.to_string(),
        aliases: aliases
            .into_iter()
            .filter(|a| a != label && !a.is_empty())
            .collect(),
        kind: kind.to_string(),
        part_of: None,
        principal: false,
    }
}

/// The name without a leading "the", nor a leading word that is capitalized only because
/// it starts the sentence or heading ("For the Internet Numbers Registry", "An IETF Working
/// Group", "As the Internet ..."): prepositions, conjunctions and articles.
/// Whether `text` holds `word` in lowercase as a whole word (a word already lowercase is a
/// lowercase word).
pub(crate) fn written_lowercase(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower == word {
        return true;
    }
    let b = text.as_bytes();
    let word_byte = |i: usize| b[i].is_ascii_alphanumeric() || b[i] >= 0x80;
    memchr::memmem::find_iter(b, lower.as_bytes()).any(|at| {
        let end = at + lower.len();
        (at == 0 || !word_byte(at - 1)) && (end == b.len() || !word_byte(end))
    })
}

/// Words before a role's name that make it a role, not a person's surname: "a Merger",
/// "other Mergers", "each Member".
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "any",
    "each",
    "every",
    "other",
    "all",
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "more",
    "those",
    "these",
    "that",
    "this",
    "its",
    "their",
    "our",
    "such",
    "several",
    "both",
    "which",
    "whose",
    "new",
    "former",
    "individual",
];

/// Roles a document names as defined terms, capitalized inside its sentences: "Mergers are
/// a small set of people ...", "a Merger must not merge ...", "other Mergers". An agent
/// noun (-er, -or, -ee, singular or plural) that is somewhere the subject of a duty or a
/// power ("Mergers may resign", "the Licensor shall": what a governance text says of its
/// roles, and a technical text seldom says of its class names), capitalized three or more
/// times where no sentence starts and no longer name goes on, at least twice in the plural
/// or after a determiner (surnames, "Miller" and "Kleinwächter", take neither), and written
/// capitalized more than twice as often as lowercase. Returns (label, singular) pairs:
/// the plural where the text has one.
fn role_nouns<'a>(
    paragraphs: impl Iterator<Item = &'a str>,
    text: &'a str,
    duties: &[(usize, bool)],
) -> Vec<(String, String)> {
    const MONTHS: [&str; 4] = ["September", "October", "November", "December"];
    // Candidates first, from the words before the modals (one search of the text): most
    // documents have none, and their paragraphs are not looked at again.
    let mut candidates: Vec<&str> = Vec::new();
    let b = text.as_bytes();
    for &(at, responsible) in duties {
        // Most words before a modal are no agent noun: told by their last letters first.
        let ends = |end: usize| {
            let e = if b[..end].ends_with(b"s") {
                end - 1
            } else {
                end
            };
            [b"er", b"or", b"ee"].iter().any(|x| b[..e].ends_with(*x))
        };
        if !responsible && !ends(at) {
            continue;
        }
        let mut before = text[..at].rsplit(' ');
        let mut word = before.next().unwrap_or("");
        if responsible {
            if !matches!(word, "is" | "are") {
                continue;
            }
            word = before.next().unwrap_or("");
        }
        if let Some((singular, _)) = agent_noun(word) {
            if !candidates.contains(&singular) {
                candidates.push(singular);
            }
        }
    }
    if candidates.is_empty() {
        return vec![];
    }
    // singular → (capitalized mid-sentence, of which after a determiner or plural, plural seen)
    let mut seen: HashMap<&str, (usize, usize, bool)> = HashMap::default();
    let finders: Vec<(&str, memchr::memmem::Finder)> = candidates
        .iter()
        .map(|&c| (c, memchr::memmem::Finder::new(c)))
        .collect();
    for para in paragraphs {
        for (c, finder) in &finders {
            let c = *c;
            for i in finder.find_iter(para.as_bytes()) {
                if i == 0 || para.as_bytes()[i - 1] != b' ' {
                    continue;
                }
                let len = para.as_bytes()[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_lowercase())
                    .count()
                    + 1;
                let Some((singular, plural)) = agent_noun(&para[i..i + len]) else {
                    continue;
                };
                if singular != c {
                    continue;
                }
                // A whole word ("Merger's" and "Mergers," too), not a longer name's first
                // word ("Member States").
                let rest = &para[i + len..];
                let rest = rest
                    .strip_prefix("'s")
                    .or_else(|| rest.strip_prefix("’s"))
                    .unwrap_or(rest);
                if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-') {
                    continue;
                }
                if rest.starts_with(' ') && rest[1..].starts_with(|c: char| c.is_uppercase()) {
                    continue;
                }
                // Not a sentence's first word: after a word that starts lowercase, or after
                // a determiner ("A Merger must ..."), that ends no sentence or clause.
                let p = para[..i - 1].rsplit(' ').next().unwrap_or("");
                let det = DETERMINERS.iter().any(|d| p.eq_ignore_ascii_case(d));
                if !(det || p.starts_with(|c: char| c.is_ascii_lowercase()))
                    || p.ends_with(['.', '!', '?', ':', ';'])
                {
                    continue;
                }
                let e = seen.entry(c).or_insert((0, 0, false));
                e.0 += 1;
                if plural || det {
                    e.1 += 1;
                }
                e.2 |= plural;
            }
        }
    }
    let mut out: Vec<(String, String)> = seen
        .into_iter()
        .filter(|&(w, (n, marked, _))| {
            n >= 3
                && marked >= 2
                && !MONTHS.contains(&w)
                && !FUNCTION_WORDS.contains(&w)
                && n > 2 * lowercase_count(text, w)
        })
        .map(|(w, (_, _, plural))| {
            let label = if plural {
                format!("{w}s")
            } else {
                w.to_string()
            };
            (label, w.to_string())
        })
        .collect();
    out.sort();
    out
}

/// People a governance text gives roles to, by the plural it uses for them: who maintains,
/// reviews, moderates or votes. A word of this list is a group of the document where the
/// text makes it act (see `role_groups`); an agent noun outside it ("committers",
/// "arbitrators") must also be said to be persons ("reviewers who ...").
const ROLE_NOUNS: &[&str] = &[
    "maintainers",
    "leaders",
    "contributors",
    "committers",
    "reviewers",
    "approvers",
    "moderators",
    "editors",
    "administrators",
    "developers",
    "owners",
    "officers",
    "directors",
    "trustees",
    "delegates",
    "representatives",
    "voters",
    "electors",
    "citizens",
    "residents",
    "shareholders",
    "stockholders",
    "volunteers",
    "employees",
    "sponsors",
    "subscribers",
    "customers",
    "facilitators",
    "stewards",
    "signatories",
    "licensees",
    "registrants",
];

/// Of `ROLE_NOUNS`, those who grant authority of their own: an electorate.
const PRINCIPAL_ROLES: &[&str] = &[
    "voters",
    "electors",
    "citizens",
    "shareholders",
    "stockholders",
];

/// Participles of acts that confer or end an authority: "elected by the maintainers".
const CONFERRED: &[&str] = &[
    "elected",
    "appointed",
    "chosen",
    "nominated",
    "approved",
    "removed",
    "confirmed",
    "ratified",
    "selected",
    "designated",
    "vetoed",
    "recalled",
    "replaced",
    "overruled",
    "governed",
    "controlled",
    "run",
    "led",
    "managed",
    "overseen",
];

/// Agent nouns that name no role: "Others may disagree", "readers who ...".
const NO_ROLE: &[&str] = &[
    "others",
    "readers",
    "viewers",
    "listeners",
    "numbers",
    "orders",
];

/// " who ", " by " and " from ": the searches of `role_groups` besides the modals of
/// `DUTY` (built once).
static WHO_BY: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    LazyLock::new(|| [" who ", " by ", " from "].map(memchr::memmem::Finder::new));

/// A role group: its plural, its singular, whether it is an electorate.
/// (plural, singular, principal, the modifiers the text names it with: "core" of "core
/// developers").
type RoleGroup = (String, String, bool, Vec<String>);

/// Groups a document names by their role in lowercase ("maintainers", "reviewers",
/// "voters") where it makes them act: the subject of a duty or power at a sentence's start
/// or after a determiner ("Maintainers are responsible for ...", "A maintainer may ..."),
/// or the agent of an act that confers or ends an authority ("elected by the
/// maintainers"); or says they are persons ("Contributors who attend ..."). A word of
/// `ROLE_NOUNS` needs one of these; another agent noun ("arbitrators") both an act and a
/// "who". In the order first seen.
fn role_groups(text: &str, duties: &[(usize, bool)]) -> Vec<RoleGroup> {
    let b = text.as_bytes();
    // The word ending at `end` (letters and hyphens), and the byte it starts at.
    let word_before = |end: usize| -> (&str, usize) {
        let start = b[..end]
            .iter()
            .rposition(|c| !c.is_ascii_alphabetic() && *c != b'-')
            .map_or(0, |p| p + 1);
        (&text[start..end], start)
    };
    // Whether a sentence opens at `at`, or a determiner stands right before it, or the
    // comma that closes a leading clause ("If a contributor fails to respond, maintainers
    // should escalate").
    let leads = |at: usize| {
        let before = text[..at].trim_end_matches([' ', '*', '_']);
        before.is_empty()
            || before.ends_with(['.', '!', '?', ':', ';', '\n'])
            || before
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .is_some_and(|p| DETERMINERS.iter().any(|d| p.eq_ignore_ascii_case(d)))
            || before.ends_with(',') && {
                let opening = before
                    .rfind(['.', '!', '?', ':', ';', '\n'])
                    .map_or(before, |p| &before[p + 1..]);
                let first = opening.split_whitespace().next().unwrap_or("");
                LEADING_CLAUSE.iter().any(|w| first.eq_ignore_ascii_case(w))
                    && !opening[..opening.len() - 1].contains(',')
            }
    };
    // The noun before a role word at `at` that makes a name with it ("token" of "token
    // holders"), lowercase, and where it starts: a word in lowercase, or capitalized where
    // a sentence opens; no determiner nor function word.
    let modifier = |at: usize| -> Option<(String, usize)> {
        let gap = at.checked_sub(1).filter(|&g| b[g] == b' ')?;
        let (m, ms) = word_before(gap);
        let mb = m.as_bytes();
        let shaped = mb.len() >= 3
            && mb[1..].iter().all(u8::is_ascii_lowercase)
            && (mb[0].is_ascii_lowercase()
                || mb[0].is_ascii_uppercase() && {
                    let before = text[..ms].trim_end_matches([' ', '*', '_']);
                    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n'])
                });
        let function = DETERMINERS.iter().any(|d| m.eq_ignore_ascii_case(d))
            || FUNCTION_WORDS.iter().any(|f| m.eq_ignore_ascii_case(f))
            || ["and", "or", "of", "to", "by", "as", "be", "been", "than"].contains(&m);
        (shaped && !function).then(|| (m.to_ascii_lowercase(), ms))
    };
    // Told by its letters, before anything is allocated: whether `w` can be a role word at
    // all (most words before a modal or "who" are not).
    let could_be = |w: &str| {
        let wb = w.as_bytes();
        wb.len() >= 5
            && wb[0].is_ascii_alphabetic()
            && wb[1..].iter().all(|c| c.is_ascii_lowercase() || *c == b'-')
            && {
                let stem = wb.strip_suffix(b"s").unwrap_or(wb);
                [&b"er"[..], b"or", b"ee"].iter().any(|x| stem.ends_with(x))
                    || ROLE_NOUNS.iter().any(|r| {
                        r.as_bytes()[1..] == wb[1..] || r.as_bytes()[1..r.len() - 1] == wb[1..]
                    })
                    || wb[1..].eq_ignore_ascii_case(b"ommunity")
                    || wb[1..].eq_ignore_ascii_case(b"ommunities")
            }
    };
    // (plural, singular, listed) of a role word, in lowercase: a word of `ROLE_NOUNS` alone
    // ("core developers" are developers); another agent noun with its modifier ("token
    // holders").
    let role = |w: &str, modifier: Option<&str>| -> Option<(String, String, bool)> {
        if !could_be(w) {
            return None;
        }
        let w = w.to_ascii_lowercase();
        // "elected by the community", "authority from the community": a collective.
        if matches!(w.as_str(), "community" | "communities") {
            return Some(("community".to_string(), "communities".to_string(), true));
        }
        if let Some(r) = ROLE_NOUNS
            .iter()
            .find(|r| **r == w || r.strip_suffix('s') == Some(w.as_str()))
        {
            return Some((r.to_string(), r[..r.len() - 1].to_string(), true));
        }
        let (plural, singular) = match w.strip_suffix('s') {
            Some(s) => (w.clone(), s.to_string()),
            None => (format!("{w}s"), w.clone()),
        };
        let agent = ["er", "or", "ee"].iter().any(|x| singular.ends_with(x));
        if !agent || singular.len() < 5 || NO_ROLE.contains(&plural.as_str()) {
            return None;
        }
        Some(match modifier {
            Some(m) => (format!("{m} {plural}"), format!("{m} {singular}"), false),
            None => (plural, singular, false),
        })
    };
    // Evidence per plural: (singular, listed, acts, persons, modifiers of a listed word).
    type Seen = (String, String, bool, bool, bool, Vec<String>);
    let mut seen: Vec<Seen> = Vec::new();
    let mut note = |w: &str, modifier: Option<&str>, acts: bool| {
        if let Some((plural, singular, listed)) = role(w, modifier) {
            // A listed word keeps the modifier the text gives it ("core developers") as
            // a name of the group, not as its label.
            let named = modifier
                .filter(|m| listed && !NOT_A_MODIFIER.contains(m))
                .map(str::to_string);
            match seen.iter_mut().find(|e| e.0 == plural) {
                Some(e) => {
                    e.3 |= acts;
                    e.4 |= !acts;
                    if let Some(m) = named.filter(|m| !e.5.contains(m)) {
                        e.5.push(m);
                    }
                }
                None => seen.push((plural, singular, listed, acts, !acts, Vec::from_iter(named))),
            }
        }
    };
    // Subjects of duties and powers, where the sentence starts or a determiner stands,
    // with or without a modifier between ("Token holders may propose ...").
    for &(at, responsible) in duties {
        let (mut w, mut ws) = word_before(at);
        if responsible {
            if !matches!(w, "is" | "are") || ws == 0 || b[ws - 1] != b' ' {
                continue;
            }
            (w, ws) = word_before(ws - 1);
        }
        if !could_be(w) {
            continue;
        }
        let m = modifier(ws);
        match &m {
            Some((m, ms)) if leads(*ms) => note(w, Some(m), true),
            _ if leads(ws) => note(w, None, true),
            _ => {}
        }
    }
    // Agents of acts that confer authority, after "by", "the", "its" or a majority's words.
    let [who, by, from] = &*WHO_BY;
    for at in by.find_iter(b) {
        if !CONFERRED.contains(&word_before(at).0) {
            continue;
        }
        let mut rest = &text[at + 4..];
        for lead in [
            "a majority of ",
            "a two-thirds majority of ",
            "two-thirds of ",
            "the ",
            "its ",
            "all ",
        ] {
            rest = rest.strip_prefix(lead).unwrap_or(rest);
        }
        let word = |r: &'_ str| -> usize {
            r.find(|c: char| !c.is_ascii_alphabetic() && c != '-')
                .unwrap_or(r.len())
        };
        let (first, end) = (&rest[..word(rest)], word(rest));
        // "by token holders": a modifier and its role.
        let second = rest[end..]
            .strip_prefix(' ')
            .filter(|_| first.bytes().all(|c| c.is_ascii_lowercase()) && first.len() >= 3)
            .map(|r| &r[..word(r)])
            .filter(|w| role(first, None).is_none() && role(w, None).is_some());
        match second {
            Some(w) => note(w, Some(first), true),
            None => note(first, None, true),
        }
    }
    // "Administrators are appointed through ...", "Delegates are elected for two years":
    // who receives an authority is a role too, where a sentence opens or a determiner stands.
    for at in memchr::memmem::find_iter(b, b" are ") {
        let next = text[at + 5..].split([' ', ',', '.']).next().unwrap_or("");
        if !CONFERRED.contains(&next) {
            continue;
        }
        let (w, ws) = word_before(at);
        if could_be(w) && leads(ws) {
            note(w, None, true);
        }
    }
    // "derives its authority from the community": whence an authority comes.
    for at in from.find_iter(b) {
        if !matches!(
            word_before(at).0,
            "authority" | "mandate" | "legitimacy" | "power" | "powers"
        ) {
            continue;
        }
        let rest = &text[at + 6..];
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let end = rest
            .find(|c: char| !c.is_ascii_alphabetic() && c != '-')
            .unwrap_or(rest.len());
        note(&rest[..end], None, true);
    }
    for at in who.find_iter(b) {
        let (w, ws) = word_before(at);
        if !could_be(w) {
            continue;
        }
        let m = modifier(ws);
        note(w, m.as_ref().map(|(m, _)| m.as_str()), false);
    }
    seen.into_iter()
        .filter(|(_, _, listed, acts, persons, _)| (acts | persons) && (*listed || acts & persons))
        .map(|(plural, singular, _, _, _, modifiers)| {
            let principal = PRINCIPAL_ROLES.contains(&plural.as_str());
            (plural, singular, principal, modifiers)
        })
        .collect()
}

/// Words that open a clause or phrase that leads a sentence, up to its comma.
const LEADING_CLAUSE: &[&str] = &[
    "if", "when", "where", "once", "unless", "after", "before", "while", "whenever", "although",
    "though", "until", "upon",
];

/// The head words of a body's name, written lowercase ("the steering council").
const BODY_HEADS: &[&str] = &[
    "council",
    "committee",
    "board",
    "team",
    "panel",
    "commission",
    "assembly",
    "secretariat",
    "caucus",
    "senate",
    "parliament",
    "cabinet",
    "directorate",
    "bureau",
    "tribunal",
];
/// Head words of offices named in lowercase after "the" as bodies are ("the project lead",
/// "the executive director"): one person's seat, a group's kind. Not "manager" nor
/// "coordinator", which name programs as often ("the package manager", "the transaction
/// coordinator").
const OFFICE_HEADS: &[&str] = &[
    "lead",
    "leader",
    "chair",
    "chairperson",
    "secretary",
    "treasurer",
    "director",
];
/// Words that say which one or what state a body is in, not what body it is ("the entire
/// council", "the outgoing council").
const NOT_A_MODIFIER: &[&str] = &[
    "entire",
    "whole",
    "new",
    "old",
    "current",
    "outgoing",
    "incoming",
    "initial",
    "first",
    "second",
    "next",
    "previous",
    "same",
    "other",
    "full",
    "sitting",
    "regular",
    "said",
    "above",
    "relevant",
    "appropriate",
    "respective",
    "existing",
    "original",
    "final",
    "former",
    "interim",
    "following",
    "only",
    "one",
    "two",
    "three",
    "each",
    "every",
    "any",
    "this",
    "that",
    "very",
    "own",
];

/// Lowercase names of bodies after "the" in `text`: one or two lowercase modifiers and a
/// head word ("the steering council", "the core team", "the technical oversight
/// committee"), the words that only say which one left out ("the outgoing steering council"
/// names the steering council). A head alone ("the council") names no body of its own.
fn lowercase_bodies(text: &str) -> Vec<&str> {
    const GLUE: &[&str] = &[
        "of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "by", "with", "at", "from",
        "its", "their", "our", "his", "her", "which", "who", "as", "is", "are",
    ];
    let b = text.as_bytes();
    let mut out = Vec::new();
    for h in THE.find_iter(b) {
        let the = h >= 1
            && matches!(b[h - 1], b't' | b'T')
            && (h == 1 || !b[h - 2].is_ascii_alphanumeric());
        if !the {
            continue;
        }
        // Up to three lowercase words after "the", the head word last (most "the" stand
        // before a capital, or before a word that is no head: nothing is kept for them).
        let mut words: [&str; 3] = [""; 3];
        let mut n = 0;
        let mut i = h + 3;
        let mut head = None;
        while n < 3 && i < b.len() && b[i].is_ascii_lowercase() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_lowercase() || b[i] == b'-') {
                i += 1;
            }
            let w = &text[start..i];
            // A word that goes on ("councils", "committee's") is read whole.
            if i < b.len() && b[i].is_ascii_alphanumeric() {
                break;
            }
            words[n] = w;
            n += 1;
            if BODY_HEADS.contains(&w) || OFFICE_HEADS.contains(&w) {
                head = Some((start, i));
                break;
            }
            if i >= b.len() || b[i] != b' ' {
                break;
            }
            i += 1;
        }
        let Some((_, head_end)) = head else { continue };
        let modifiers = &words[..n - 1];
        let Some(first) = modifiers.iter().position(|w| !NOT_A_MODIFIER.contains(w)) else {
            continue;
        };
        if modifiers[first..]
            .iter()
            .any(|w| NOT_A_MODIFIER.contains(w) || GLUE.contains(w))
        {
            continue;
        }
        let start = modifiers[first].as_ptr() as usize - text.as_ptr() as usize;
        out.push(&text[start..head_end]);
    }
    out
}

/// "the " and "The " end with it.
static THE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("he "));

/// What a role is the subject of: " may ", " must ", " shall ", " should ", and "is" or
/// "are" " responsible". Searched one by one: each search skips along the text on its
/// rarer bytes, where an automaton of all five read every byte (4% of the stage).
static DUTY: LazyLock<[memchr::memmem::Finder<'static>; 6]> = LazyLock::new(|| {
    [
        " may ",
        " must ",
        " shall ",
        " should ",
        " responsible",
        " can ",
    ]
    .map(memchr::memmem::Finder::new)
});

/// Where `text` has " may ", " must ", " shall ", " should ", " can " or " responsible"
/// (searched once for `role_nouns` and `role_groups`), and whether it is " responsible".
fn duties(text: &str) -> Vec<(usize, bool)> {
    DUTY.iter()
        .enumerate()
        .flat_map(|(k, f)| f.find_iter(text.as_bytes()).map(move |at| (at, k == 4)))
        .collect()
}

/// A capitalized agent noun ("Merger", "Mergers", "Licensor", "Trustees"): its singular,
/// and whether it is plural.
fn agent_noun(word: &str) -> Option<(&str, bool)> {
    let b = word.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !b[1..].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let plural = word.ends_with("ers") || word.ends_with("ors") || word.ends_with("ees");
    let singular = if plural {
        &word[..word.len() - 1]
    } else {
        word
    };
    (singular.len() >= 5
        && (singular.ends_with("er") || singular.ends_with("or") || singular.ends_with("ee")))
    .then_some((singular, plural))
}

/// How often `word` stands lowercase in `text` as a whole word, plural included.
fn lowercase_count(text: &str, word: &str) -> usize {
    let lower = word.to_lowercase();
    let b = text.as_bytes();
    let word_byte = |i: usize| b[i].is_ascii_alphanumeric() || b[i] >= 0x80;
    memchr::memmem::find_iter(b, lower.as_bytes())
        .filter(|&at| {
            let mut end = at + lower.len();
            if b.get(end) == Some(&b's') {
                end += 1;
            }
            (at == 0 || !word_byte(at - 1)) && (end == b.len() || !word_byte(end))
        })
        .count()
}

fn trim_the(s: &str) -> String {
    // Possessives too: "Our Oversight Board" of a company's terms is its Oversight Board.
    // And a question's auxiliary: "Can International Court of Justice bind ...?".
    const OPENERS: [&str; 47] = [
        "A", "An", "As", "At", "By", "For", "From", "In", "Of", "On", "To", "With", "Within",
        "Without", "If", "When", "While", "Since", "After", "Before", "During", "Under", "Unlike",
        "And", "But", "Or", "Our", "Its", "Their", "Your", "My", "Can", "Could", "Should", "Would",
        "Will", "Shall", "Must", "Might", "Does", "Do", "Did", "Is", "Are", "Was", "Were", "Why",
    ];
    let mut s = s.trim();
    if let Some((first, rest)) = s.split_once(' ') {
        if OPENERS.contains(&first) {
            s = rest.trim_start();
        }
    }
    s.strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s)
        .to_string()
}

/// Whether the name `long` ends with the word or words `short` ("Project Leader", "Leader").
fn ends_with_word(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.ends_with(short)
        && long[..long.len() - short.len()].ends_with([' ', '\t'])
}

/// Adds the names `m` does not have yet as its aliases.
fn add_aliases(m: &mut ActorDef, names: impl IntoIterator<Item = String>) {
    for a in names {
        if !m.aliases.contains(&a) && a != m.label {
            m.aliases.push(a);
        }
    }
}

/// A name as it is read: "Abley, J." as reference lists write it is "J. Abley". A name
/// with more than one comma is a list of names, not one ("Huitema, C., J. Postel").
fn uninverted(n: &str) -> Option<String> {
    match n.split_once(',') {
        None => Some(n.trim().to_string()),
        Some((surname, given)) if !given.contains(',') => {
            let (surname, given) = (surname.trim(), given.trim());
            (!surname.is_empty() && !given.is_empty()).then(|| format!("{given} {surname}"))
        }
        Some(_) => None,
    }
}

/// Whether two names with one surname can be one person: one gives no given name
/// ("Caron", "David Caron"), or their given names agree, an initial standing for a name
/// ("D. Caron", "David Caron"); "Gregory P. Smith" and "Nathaniel J. Smith" are two.
fn same_given_name(a: &str, b: &str) -> bool {
    let given = |n: &str| {
        let words: Vec<&str> = n.split([' ', '.']).filter(|w| !w.is_empty()).collect();
        (words.len() > 1).then(|| words[0].to_string())
    };
    match (given(a), given(b)) {
        (Some(x), Some(y)) => {
            let short = |w: &str| w.chars().count() == 1;
            x == y || (short(&x) || short(&y)) && x.chars().next() == y.chars().next()
        }
        _ => true,
    }
}

fn surname(n: &str) -> &str {
    n.rsplit([' ', '.']).next().unwrap_or(n)
}

fn title_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) {
        return s.trim().to_string();
    }
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The acronym's letters are the initials of the expansion's capitalized words, in order.
/// The capitals of a name's words but its connectives: "Technical Steering Committee" is
/// "TSC", "Board of Trustees" "BT".
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_ascii_uppercase())
        .collect()
}

/// Whether `word` stands in `text` with no letter or digit on either side.
fn used_as_a_word(text: &str, word: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, word.as_bytes()).any(|at| {
        let end = at + word.len();
        (at == 0 || !b[at - 1].is_ascii_alphanumeric())
            && (end >= b.len() || !b[end].is_ascii_alphanumeric())
    })
}

/// Whether `text` writes `name` with a version number after it ("Jupyter Server 2.0",
/// "Visual Studio v17.2"): a product's name, not a person's.
fn versioned(text: &str, name: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|at| {
        let rest = text[at + name.len()..].strip_prefix(' ').unwrap_or("");
        let rest = rest.strip_prefix(['v', 'V']).unwrap_or(rest);
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0
            && rest[digits..].starts_with('.')
            && rest[digits + 1..].starts_with(|c: char| c.is_ascii_digit())
    })
}

/// The last acronym inside `name` that follows a capitalized word of its own, and the
/// words after it: "Internet Protocol IRSG Internet Research Steering Group" gives "IRSG"
/// and "Internet Research Steering Group"; "ICANN Address Supporting Organization" none.
fn after_an_inner_acronym(name: &str) -> Option<(&str, &str)> {
    let words: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    (1..words.len().saturating_sub(1)).rev().find_map(|k| {
        let (_, w) = words[k];
        let named_before = words[..k]
            .iter()
            .any(|&(_, v)| !caps(v) && v.starts_with(|c: char| c.is_uppercase()));
        // "Project BDFL and Steering Council" is two names joined, not an entry's end.
        let next_named = words[k + 1].1.starts_with(|c: char| c.is_uppercase());
        (caps(w) && named_before && next_named).then(|| (w, &name[words[k + 1].0..]))
    })
}

fn initials_match(expansion: &str, acr: &str) -> bool {
    let initials: String = expansion
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let a: String = acr.chars().filter(|c| c.is_uppercase()).collect();
    !a.is_empty()
        && (initials.contains(&a)
            || a.chars().next() == initials.chars().next() && a.len() <= initials.len() + 1)
}

fn kind_of(name: &str) -> &'static str {
    // "Chair of the Technical Committee" is an office, not the committee it chairs.
    // "Board of Directors" is a board: the words before "of" are the name's head.
    let head = head_phrase(name);
    if OFFICE_WORDS.contains(&head.rsplit(' ').next().unwrap_or(head)) && head != name {
        return "group";
    }
    let l = head.to_lowercase();
    if BODY_WORDS.iter().any(|w| l.ends_with(w)) {
        "body"
    } else if name.to_lowercase().contains("community") {
        "group"
    } else {
        "organization"
    }
}

warm_up_fn!(warm_up: BUILTIN, ACRONYM_EXPANSION, WORK_WORD, ORG_WORD, NAMED_BODY, BODY_OF, OFFICE, DEFINED_PARTY, MEAN, REFER, INITIAL_SURNAME, NAME_BEFORE_CUE, AS_PUT_IT, QUOTE_SAID, MADE_BY, BY);

#[cfg(test)]
mod tests {

    #[test]
    fn a_name_with_a_version_is_a_products() {
        assert!(versioned(
            "See the Jupyter Server 2.0 Discussion.",
            "Jupyter Server"
        ));
        assert!(versioned(
            "Built with Visual Studio v17.2 today.",
            "Visual Studio"
        ));
        assert!(!versioned("Jupyter Server 2 and Ann Lee 3.", "Ann Lee"));
        assert!(!versioned("In 2.0 Jupyter Server runs.", "Jupyter Server"));
        let v = actors_of(
            "Many of the lead Jupyter Server developers meet weekly. Also check out Jupyter Server's roadmap. See the Jupyter Server 2.0 Discussion. Ann Lee's roadmap differs.",
        );
        assert!(!v.iter().any(|(l, _)| l == "Jupyter Server"), "{v:?}");
        assert!(v.iter().any(|(l, _)| l == "Ann Lee"), "{v:?}");
    }

    #[test]
    fn an_inner_acronym_opens_a_glossary_entry() {
        assert_eq!(
            after_an_inner_acronym("Internet Protocol IRSG Internet Research Steering Group"),
            Some(("IRSG", "Internet Research Steering Group"))
        );
        assert_eq!(
            after_an_inner_acronym("ICANN Address Supporting Organization"),
            None
        );
        assert_eq!(after_an_inner_acronym("Internet Society Board"), None);
        assert_eq!(
            after_an_inner_acronym("Project BDFL and Steering Council"),
            None
        );
        let found = found_in_as(
            "Abbreviations: EP: Example Protocol TCB Tariff Coordination Board TRF: Tariff Research Forum. The TCB decides.",
            Format::Markdown,
        );
        let labels: Vec<(&str, &[String])> = found
            .iter()
            .map(|f| (f.def.label.as_str(), f.def.aliases.as_slice()))
            .collect();
        assert!(
            labels.contains(&("Tariff Coordination Board", &["TCB".to_string()][..])),
            "{labels:?}"
        );
        assert!(
            !labels.iter().any(|(l, _)| l.starts_with("Example")),
            "{labels:?}"
        );
    }

    #[test]
    fn organizations_described_in_apposition() {
        let got = described_organizations(
            "Ofcom, the communications regulator, will act. The Cedar Trust, a charity, funds it. However, the agency waits. We met Ann, the chair.",
        );
        assert_eq!(
            got,
            [("Ofcom", "body"), ("The Cedar Trust", "organization")]
        );
    }

    /// The states of the world are in the gazetteer, principals; a state's one-word name as
    /// a person's first name is not the state, an acronym before a word still is.
    #[test]
    fn states_of_the_world() {
        let v = actors_of("These Terms are governed by the laws of Ireland. Brazil and the United Kingdom objected.");
        for s in ["Ireland", "Brazil", "United Kingdom"] {
            assert!(v.iter().any(|(l, _)| l == s), "{s}: {v:?}");
        }
        let ireland = BUILTIN.lookup("Ireland").unwrap();
        assert!(ireland.principal && ireland.kind == "state");
        let v = actors_of("Jordan Harband reviewed the patch. Jordan signed the treaty.");
        assert!(v.contains(&("Jordan".into(), 1)), "{v:?}");
        let v = actors_of("The US Federal government decided.");
        assert!(v.iter().any(|(l, _)| l == "United States"), "{v:?}");
    }

    /// A body named only by its word after "the", twice, is one; a longer name with that
    /// head, or one mention, makes none.
    #[test]
    fn bodies_named_by_their_word_alone() {
        let labels = |t: &str| {
            lone_bodies(Vec::new(), t)
                .into_iter()
                .map(|f| (f.def.label, f.mentions.len()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            labels("Power is vested in the Parliament. The Parliament meets."),
            [("Parliament".to_string(), 2)]
        );
        assert!(labels("The Board of Directors decides. The Board of Directors meets.").is_empty());
        assert!(labels("The Board decides.").is_empty());
        assert!(
            labels("the Council for Digital Services rules; the Council Secretary reads.")
                .is_empty()
        );
    }

    /// A body's word and what it is for ("Board for Digital Services"), a quote before the
    /// name no part of it; a day is no purpose, and a name going on past "&" is not cut.
    #[test]
    fn bodies_for_a_purpose() {
        let names = |t: &'static str| bodies_of(t).map(|(s, e)| &t[s..e]).collect::<Vec<_>>();
        assert_eq!(
            names("named 'European Board for Digital Services' (the 'Board')"),
            ["European Board for Digital Services"]
        );
        assert_eq!(
            names("the Agency for Cybersecurity decides"),
            ["Agency for Cybersecurity"]
        );
        assert!(names("the Council for Monday").is_empty());
        assert!(names("by the Centre for Internet & Society").is_empty());
    }

    /// The organization a definition names before its parenthesis: capitalized words with
    /// a word for an organization, its corporate suffix kept, "the" and a sentence's words
    /// before it not.
    #[test]
    fn organizations_before_definitions() {
        fn name(t: &str) -> Option<&str> {
            let end = t.find(" (").unwrap();
            organization_before(t, end).map(|s| &t[s..end])
        }
        assert_eq!(
            name("The name is the Open Data Alliance, Inc. (the \"Corporation\")"),
            Some("Open Data Alliance, Inc.")
        );
        assert_eq!(
            name("established the Digital Rights Foundation (the \"Foundation\")"),
            Some("Digital Rights Foundation")
        );
        assert_eq!(name("under the Digital Services Act (the \"Act\")"), None);
        assert_eq!(name("signed by Jane Smith (the \"Director\")"), None);
        assert_eq!(name("Paris, France (the \"Venue\")"), None);
    }

    use super::*;

    #[test]
    fn an_office_of_a_body_is_no_body() {
        assert_eq!(kind_of("Chair of the Technical Committee"), "group");
        assert_eq!(kind_of("President of the Internet Society"), "group");
        assert_eq!(kind_of("Technical Committee"), "body");
        assert_eq!(kind_of("Board of Directors"), "body");
        assert_eq!(kind_of("Documentation Team"), "body");
        assert_eq!(kind_of("Assembly of States Parties"), "body");
        assert_eq!(kind_of("Conference of the Parties"), "body");
        assert_eq!(head_word("Chair of the Technical Committee"), "Chair");
        assert_eq!(head_word("Kubernetes Steering Committee"), "Committee");
        // "Code of Conduct Committee" is a committee: only the whole name ends in a body's
        // word.
        assert_eq!(kind_of("Code of Conduct Committee"), "body");
        assert_eq!(head_word("Code of Conduct Committee"), "Committee");
        assert_eq!(head_word("Board of Directors"), "Board");
        assert_eq!(kind_of("University of Southern California"), "organization");
        assert_eq!(kind_of("Joint Committee on Communications"), "body");
        assert_eq!(kind_of("Centre for Internet and Society"), "organization");
    }

    /// A listed role keeps the modifier the text names it with ("core developers") as a
    /// name of the group; "new" says which ones, not what group.
    #[test]
    fn a_roles_modifier_names_the_group_too() {
        let t = "Core developers can merge changes. New core developers may be nominated. \
                 The core developers may vote. New maintainers may review.";
        let groups = role_groups(t, &duties(t));
        let devs = groups
            .iter()
            .find(|g| g.0 == "developers")
            .expect("developers");
        assert_eq!(devs.3, ["core"]);
        let maint = groups
            .iter()
            .find(|g| g.0 == "maintainers")
            .expect("maintainers");
        assert!(maint.3.is_empty(), "{maint:?}");
        // The subject after a leading clause's comma acts too; not one inside a list.
        let t = "If a contributor fails to respond, maintainers should escalate.";
        assert_eq!(role_groups(t, &duties(t))[0].0, "maintainers");
        let t = "Tools, editors, maintainers should not matter.";
        assert!(role_groups(t, &duties(t)).is_empty());
        let found = found_in("Core developers can merge changes. The core developers may vote.");
        let devs = found
            .iter()
            .find(|f| f.def.label == "developers")
            .expect("found");
        assert!(
            devs.def.aliases.iter().any(|a| a == "core developers"),
            "{devs:?}"
        );
    }

    #[test]
    fn roles_in_lowercase_are_groups_where_the_text_makes_them_act() {
        let groups = |t: &str| -> Vec<(String, bool)> {
            role_groups(t, &duties(t))
                .into_iter()
                .map(|(p, _, e, _)| (p, e))
                .collect()
        };
        assert_eq!(
            groups("Maintainers are responsible for releases."),
            [("maintainers".to_string(), false)]
        );
        assert_eq!(
            groups("The board is elected by the voters."),
            [("voters".to_string(), true)]
        );
        assert_eq!(
            groups("A reviewer may approve a change."),
            [("reviewers".to_string(), false)]
        );
        // "can" gives a power as "may" does.
        assert_eq!(
            groups("At any point, any core contributor can call for a vote."),
            [("contributors".to_string(), false)]
        );
        assert_eq!(
            groups("Contributors who attend meetings gain no vote."),
            [("contributors".to_string(), false)]
        );
        // An agent noun off the list needs an act and a "who".
        assert!(groups("Arbitrators may decide disputes.").is_empty());
        assert_eq!(
            groups("Arbitrators may decide disputes. Arbitrators who resign are replaced.").len(),
            1
        );
        // Another agent noun is named with its modifier: "token holders".
        assert_eq!(
            groups("Token holders may propose changes. Delegates represent token holders who delegate to them."),
            [("token holders".to_string(), false)]
        );
        assert_eq!(
            groups("The protocol is governed by token holders. Token holders who vote decide."),
            [("token holders".to_string(), false)]
        );
        // Who receives an authority: "Administrators are appointed through ...".
        assert_eq!(
            groups("Administrators are appointed through a request for adminship."),
            [("administrators".to_string(), false)]
        );
        // Named in passing, or the object of a modal: no group.
        assert!(groups("The tool helps maintainers. Servers may cache replies.").is_empty());
        assert!(groups("Others may disagree, as others who wrote before.").is_empty());
        assert!(groups("We thank the editors of this volume.").is_empty());
    }

    /// `X ("the Commission")`: the short name is X's, and an actor found under the short
    /// name alone is X.
    #[test]
    fn a_defined_short_name_is_the_actor_named_before_it() {
        let v = actors_of(
            "There is established the Digital Services Commission (\"the Commission\"). The \
             Commission shall supervise providers. The Minister may not direct the \
             Commission. The European Commission is another body.",
        );
        // Named, defined, and twice by its short name.
        assert!(
            v.contains(&("Digital Services Commission".into(), 4)),
            "{v:?}"
        );
        assert!(!v.iter().any(|(l, _)| l == "Commission"), "{v:?}");
    }

    /// Minutes titled for a body's meeting: the body is named in the title (its meeting
    /// is no part of its name), and "the Board" of the minutes is that body.
    #[test]
    fn a_body_named_in_the_title_of_its_minutes() {
        let src = "Minutes of the Board of Trustees Meeting\nRiverside Public Library\n14 October 2025\n\nThe Chair opened the meeting. RESOLVED, that the Board approves the budget.\n";
        let v = actors_of_as(src, Format::Text);
        assert!(v.contains(&("Board of Trustees".into(), 2)), "{v:?}");
        let v = actors_of("The House Committee on Energy and Commerce voted.");
        assert!(
            v.contains(&("House Committee on Energy and Commerce".into(), 1)),
            "{v:?}"
        );
    }

    /// "Committee on Foreign Relations" is a committee on a subject; "the Council on Monday"
    /// a council on a day.
    #[test]
    fn a_body_on_its_subject() {
        let v = actors_of(
            "The Senate Committee on Foreign Relations held a hearing. The Security Council \
             on Monday adopted a resolution.",
        );
        assert!(
            v.contains(&("Senate Committee on Foreign Relations".into(), 1)),
            "{v:?}"
        );
        assert!(!v.iter().any(|(l, _)| l.contains("Monday")), "{v:?}");
    }

    #[test]
    fn the_head_word_under_a_heading_names_the_committee_it_names() {
        let src = "# Rules\n\n## Technical Committee\n\nThe Technical Committee meets.\n\n\
                   ## Ethics Committee\n\nThe Ethics Committee hears complaints. The committee \
                   may ban a member.\n";
        let v = actors_of(src);
        assert!(v.contains(&("Ethics Committee".into(), 3)), "{v:?}");
        assert!(v.contains(&("Technical Committee".into(), 2)), "{v:?}");
    }

    /// The rules searched unbounded find what the bounded rules find, on text made of their
    /// pieces with runs of words past the bounds.
    #[test]
    fn bounded_rules_searched_unbounded() {
        let mut pick = crate::extract::test_picker(0x51_7CC1_B727_220A);
        let words = [
            "Internet",
            "Société",
            "O’Neil",
            "X-Ray",
            "of",
            "the",
            "The",
            "and",
            "in",
            "for",
            "Committee",
            "Council",
            "Court",
            "Courts",
            "Board",
            "we",
            "ICANN",
            "U.N.",
            "2026",
        ];
        let gaps = [
            " ",
            " ",
            "  ",
            "\t",
            "\n",
            ", ",
            " (ISOC) ",
            " ( IETF ) ",
            " (x) ",
            ". ",
        ];
        let (mut met, mut past_bound) = ([0; 2], [0; 2]);
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..1 + pick(4) {
                // A run of words, at times longer than the bounds, then an ending.
                for _ in 0..pick(13) {
                    t.push_str(words[pick(words.len())]);
                    t.push_str(if pick(6) == 0 {
                        gaps[pick(gaps.len())]
                    } else {
                        " "
                    });
                }
                t.push_str(["Council", "Board ", "(ISOC)", "( IETF ) ", "Courts", "."][pick(6)]);
                t.push_str(gaps[pick(gaps.len())]);
            }
            for (k, rule) in [&*NAMED_BODY, &*ACRONYM_EXPANSION].into_iter().enumerate() {
                let spans = |it: &mut dyn Iterator<Item = regex::Match>| -> Vec<(usize, usize)> {
                    it.map(|m| (m.start(), m.end())).collect()
                };
                let want = spans(&mut rule.exact().find_iter(&t));
                assert_eq!(spans(&mut rule.find_iter(&t)), want, "{t:?}");
                met[k] += want.len();
                if spans(&mut rule.fast.find_iter(&t)) != want {
                    past_bound[k] += 1;
                }
            }
        }
        // Counts of this seed: matches, and texts where the bound decides.
        assert!(met[0] > 5_000 && met[1] > 2_000, "{met:?}");
        assert!(past_bound[0] > 500 && past_bound[1] > 100, "{past_bound:?}");
    }

    /// `office_spans` finds what the rule finds walked over the whole text.
    #[test]
    fn offices_as_the_rule() {
        let rule = Regex::new(&office_rule()).unwrap();
        let mut pick = crate::extract::test_picker(0x0FF1_CE5E_ED00_0001);
        let pieces = [
            "the",
            "The",
            "the ",
            "The  ",
            "other",
            "bathe",
            "_the",
            "Project ",
            "Leader",
            "Leaders",
            "Secretary-General",
            "Chair",
            "Chairs",
            "Widget ",
            "O’Neil ",
            "of ",
            "Developers",
            "x",
            "\t",
            "\n",
            "3",
            "he ",
            "the\tSpecial ",
            "Rapporteur",
        ];
        let mut met = 0;
        for _ in 0..30_000 {
            let t = crate::extract::test_text(&mut pick, 12, &pieces, &[" ", "", "", ". "]);
            let want: Vec<(usize, usize)> =
                rule.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(office_spans(&t).collect::<Vec<_>>(), want, "{t:?}");
            met += want.len();
        }
        assert!(met > 2_000, "{met}");
    }

    /// `initial_surnames` finds what the rule finds walked over the whole text.
    #[test]
    fn initial_surnames_as_the_rule() {
        let rule = Regex::new(INITIAL_SURNAME_RULE).unwrap();
        let mut pick = crate::extract::test_picker(0x0DDB_1A5E_5BAD_5EED);
        let pieces = [
            "J.",
            "R.",
            "J.R.",
            "U.S.",
            "Smith",
            "Lee",
            "Smith-Jones",
            "Al",
            "é",
            "(",
            " ",
            " ",
            "\n",
            ".",
            "x",
            "K. ",
            "Dr. ",
            "said",
            "’",
            "Ölmez",
            "A.",
            "B.C. Dow",
            "3",
            "x4",
        ];
        let mut met = 0;
        for _ in 0..30_000 {
            let t = crate::extract::test_text(&mut pick, 14, &pieces, &[" ", "", ""]);
            let want: Vec<(usize, usize)> =
                rule.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(initial_surnames(&t).collect::<Vec<_>>(), want, "{t:?}");
            met += want.len();
        }
        assert!(met > 5_000, "{met}");
    }

    /// The byte path of `fold` folds ASCII text as the char path does (which lowercases
    /// ASCII letters itself).
    #[test]
    fn fold_of_ascii_by_bytes() {
        let mut pick = crate::extract::test_picker(0x1F12_3BB5_159A_55E5);
        let pieces = [
            "ICANN", "Board", "'s", " ", "\t", "\n\r", "\x0b\x0c", "  ", "O'Neil", "x_1-2",
        ];
        for _ in 0..5_000 {
            let s: String = (0..pick(8)).map(|_| pieces[pick(pieces.len())]).collect();
            assert_eq!(fold(&s), fold_chars(&s), "{s:?}");
        }
        assert_eq!(fold("  The  ICANN's\tBoard "), "the icanns board");
    }

    #[test]
    fn possessives_are_trimmed_from_the_end_only() {
        for s in [
            "ICANN’s",
            "ICANN's’s",
            "ICANN’s's",
            "ICANN’s’s",
            "ICANN",
            "’s",
            "IANA's Board",
        ] {
            assert_eq!(
                trim_possessives(s),
                s.trim_end_matches("’s").trim_end_matches("'s"),
                "{s}"
            );
        }
        assert_eq!(trim_possessives("ICANN’s's"), "ICANN’s");
    }

    #[test]
    fn fold_eq_is_fold_then_compare() {
        let pieces = [
            "ICANN", "icann", "'", "’", " ", "  ", "\t", "\n", "Board", "s", "é", "\u{212A}",
            "the", "x",
        ];
        let mut pick = crate::extract::test_picker(0x666f_6c64);
        let texts: Vec<String> = (0..400)
            .map(|_| crate::extract::test_text(&mut pick, 5, &pieces, &["", " ", "'"]))
            .collect();
        for a in &texts {
            for b in texts.iter().take(60) {
                let f = fold(b);
                assert_eq!(fold_eq(a, &f), fold(a) == f, "{a:?} {b:?}");
            }
            assert!(fold_eq(a, &fold(a)), "{a:?}");
        }
        assert!(fold_eq(" The  ICANN's\tBoard ", "the icanns board"));
        assert!(!fold_eq("ICANN Board", "icann boar"));
        assert!(!fold_eq("ICANN Boar", "icann board"));
    }

    #[test]
    fn folded_names() {
        assert_eq!(fold("  The  Internet\tSociety’s "), "the internet societys");
        assert_eq!(fold("ICANN's Board"), "icanns board");
        assert_eq!(fold("’ A"), "a");
        assert_eq!(fold("ΟΔΥΣΣΕΥΣ Société"), "οδυσσευς société");
        assert_eq!(fold("A\x0bB\r\nC'D"), "a b cd");
        assert_eq!(fold("\u{a0}ICANN\u{a0}Board’s"), "icann boards");
    }
    use crate::ingest::{parse, Format};
    use std::path::Path;

    /// The words of each mention of the actor labelled `label` in `src`, in text order.
    fn mention_words(src: &str, label: &str) -> Vec<String> {
        let d = parse("t", Path::new("t.md"), Format::Markdown, src.as_bytes()).unwrap();
        let found = find(&d, &BUILTIN, &[]);
        let actor = found
            .iter()
            .find(|f| f.def.label == label)
            .expect("discovered");
        actor
            .mentions
            .iter()
            .map(|&(s, e)| d.text.text[s..e].to_string())
            .collect()
    }

    /// The actors found in a Markdown document of `src`.
    fn found_in(src: &str) -> Vec<Found> {
        found_in_as(src, Format::Markdown)
    }

    fn found_in_as(src: &str, format: Format) -> Vec<Found> {
        let d = parse("t", Path::new("t"), format, src.as_bytes()).unwrap();
        find(&d, &BUILTIN, &[])
    }

    /// An acronym used without a definition is the one body whose initials spell it; one
    /// that two bodies spell, or that no body spells, names none.
    #[test]
    fn an_undefined_acronym_is_the_body_it_spells() {
        assert_eq!(
            actors_of(
                "The Technical Steering Committee decides. If consensus fails, the TSC votes."
            ),
            [("Technical Steering Committee".to_string(), 2)]
        );
        let two = actors_of(
            "The Program Review Board met the Product Release Board. The PRB decided nothing.",
        );
        assert_eq!(
            two,
            [
                ("Product Release Board".to_string(), 1),
                ("Program Review Board".to_string(), 1)
            ]
        );
        let text = "The TSC, the IETF and TSC again; not Tsc, USA2 or XTSC.";
        for (word, used) in [("TSC", true), ("IETF", true), ("USA", false), ("AB", false)] {
            assert_eq!(used_as_a_word(text, word), used, "{word}");
        }
        assert_eq!(initials("Board of Trustees"), "BT");
        assert!(is_count("7") && is_count("Fifteen") && !is_count("many") && !is_count(""));
    }

    /// The party a document's "we" is defined as, in the forms contracts write it.
    #[test]
    fn the_party_we_names() {
        for (text, name) in [
            (
                "operated by Example Ltd (\"we\", \"us\").",
                Some("Example Ltd"),
            ),
            (
                "provided by Acme, Inc. (“Acme,” “we,” or “us”).",
                Some("Acme, Inc."),
            ),
            (
                "the Widget Foundation (hereinafter \"we\") offers",
                Some("Widget Foundation"),
            ),
            ("We think \"we\" is a pronoun.", None),
            ("Example Ltd (the \"Company\") provides", None),
        ] {
            assert_eq!(first_person_party(text), name, "{text}");
        }
    }

    /// A list of maintainers with their handles or addresses names persons; a menu of
    /// capitalized pairs does not.
    #[test]
    fn a_roster_names_persons() {
        assert_eq!(roster_name("Jane Doe (@janedoe)"), Some("Jane Doe"));
        assert_eq!(
            roster_name("John A. Smith <js@example.org>"),
            Some("John A. Smith")
        );
        for item in [
            "Full Text",
            "Publication Details (PDF)",
            "Jane Doe",
            "the Board (@board)",
        ] {
            assert_eq!(roster_name(item), None, "{item}");
        }
        let found =
            actors_of("## Maintainers\n\n* Jane Doe (@janedoe)\n* Ann Lee <ann@example.org>\n");
        assert_eq!(
            found,
            [("Ann Lee".to_string(), 1), ("Jane Doe".to_string(), 1)]
        );
    }

    fn actors_of(src: &str) -> Vec<(String, usize)> {
        actors_of_as(src, Format::Markdown)
    }

    /// The labels of the actors found in `src` read as `format`, with their mention counts.
    fn actors_of_as(src: &str, format: Format) -> Vec<(String, usize)> {
        let mut v: Vec<_> = found_in_as(src, format)
            .into_iter()
            .map(|f| (f.def.label, f.mentions.len()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_title_of_office_is_no_persons_name() {
        let v = actors_of(
            "Meet the Debian Developer's team. The Project Leader's Delegate decides. \
             Jane Roe's view differs.",
        );
        let people: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(people.contains(&"Jane Roe"), "{people:?}");
        assert!(!people.contains(&"Debian Developer"), "{people:?}");
        assert!(!people.contains(&"Project Leader"), "{people:?}");
    }

    #[test]
    fn a_one_word_name_in_lowercase_is_a_common_word() {
        let v = actors_of(
            "A meta-package installs others. See rs.internic.net for the list. Meta and \
             VeriSign disagreed; the users and Users objected.",
        );
        assert_eq!(
            v,
            [
                ("Meta".to_string(), 1),
                ("Verisign".to_string(), 1),
                ("users".to_string(), 2)
            ]
        );
    }

    #[test]
    fn a_generic_organ_name_is_a_known_organ_only_beside_its_organization() {
        // Without ICANN, "the Board of Directors" is the document's own board.
        let v = actors_of("The Board of Directors shall have the power to adopt rules.");
        assert!(v.contains(&("Board of Directors".into(), 1)), "{v:?}");
        assert!(!v.iter().any(|(l, _)| l == "ICANN Board"), "{v:?}");
        // Beside ICANN it is ICANN's; a specific name needs no context.
        let v = actors_of("ICANN is run by its Board of Directors. The GAC advises it.");
        assert!(v.contains(&("ICANN Board".into(), 1)), "{v:?}");
        let v = actors_of("The Governmental Advisory Committee advises.");
        assert!(
            v.contains(&("Governmental Advisory Committee".into(), 1)),
            "{v:?}"
        );
    }

    #[test]
    fn the_head_word_alone_names_the_only_body_with_that_head() {
        let v = actors_of(
            "The Widget Review Committee meets monthly. The Committee decides appeals, and \
             the Committee's chair convenes it. A committee of members advises.",
        );
        assert!(v.contains(&("Widget Review Committee".into(), 3)), "{v:?}");
        // Two bodies with that head: "the Committee" names neither.
        let v = actors_of(
            "The Widget Review Committee and the Widget Finance Committee met. The Committee \
             decides.",
        );
        assert!(v.contains(&("Widget Review Committee".into(), 1)), "{v:?}");
        assert!(v.contains(&("Widget Finance Committee".into(), 1)), "{v:?}");
    }

    #[test]
    fn makers_of_works_are_persons_and_two_smiths_are_two() {
        let v = actors_of(
            "The project was started by Guido van Rossum. This PEP was written by Gregory \
             P. Smith and Nathaniel J. Smith, based on a document drafted by Aymeric \
             Augustin. It was founded by the Internet Society.",
        );
        let people: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        for p in [
            "Guido van Rossum",
            "Gregory P. Smith",
            "Nathaniel J. Smith",
            "Aymeric Augustin",
        ] {
            assert!(people.contains(&p), "{p} not in {people:?}");
        }
        assert!(!people.iter().any(|p| p.contains("Society")), "{people:?}");
    }

    #[test]
    fn names_from_reference_lists_read_given_name_first() {
        assert_eq!(uninverted("Abley, J.").as_deref(), Some("J. Abley"));
        assert_eq!(uninverted("David Caron").as_deref(), Some("David Caron"));
        assert_eq!(uninverted("Huitema, C., J. Postel"), None);
        assert!(same_given_name("D. Caron", "David Caron"));
        assert!(same_given_name("Caron", "David Caron"));
        assert!(!same_given_name("Gregory P. Smith", "Nathaniel J. Smith"));
        assert!(!same_given_name("J. Smith", "Nathaniel Smith"));
    }

    #[test]
    fn lowercase_bodies_have_a_modifier_and_a_head() {
        let t = "the steering council, the outgoing steering council and the council. \
                 The core team may vote; the entire council, the same committee, the head \
                 of the council, the technical oversight committee's chair, the councils.";
        assert_eq!(
            lowercase_bodies(t),
            [
                "steering council",
                "steering council",
                "core team",
                "technical oversight committee"
            ]
        );
    }

    #[test]
    fn a_body_named_only_in_lowercase_is_found_with_its_head_word() {
        let v = actors_of(
            "Governance is based around the steering council. The steering council has broad \
             authority. The council may vote to appoint a replacement. The core team may \
             remove the entire council. Members of the core team vote.",
        );
        assert!(v.contains(&("Steering Council".into(), 4)), "{v:?}");
        assert!(v.contains(&("Core Team".into(), 2)), "{v:?}");
        // Named once only: no body.
        let v = actors_of("The review team met. The steering council decides.");
        assert!(
            !v.iter()
                .any(|(l, _)| l.contains("Team") || l.contains("Council")),
            "{v:?}"
        );
    }

    /// An office named twice in lowercase ("the project lead") is an actor as a body so
    /// named is, of the group kind; a program's "manager" is none.
    #[test]
    fn an_office_named_in_lowercase() {
        let found = found_in_as(
            "Right now the project lead approves every release. The project lead is \
             accountable to no one. The package manager installs it; the package manager \
             updates it.",
            Format::Markdown,
        );
        let got: Vec<(&str, &str, usize)> = found
            .iter()
            .map(|f| (f.def.label.as_str(), f.def.kind.as_str(), f.mentions.len()))
            .collect();
        assert_eq!(got, [("Project Lead", "group", 2)]);
    }

    #[test]
    fn gazetteer_aliases_possessives_plurals() {
        let v = actors_of("The Internet Corporation for Assigned Names and Numbers (ICANN) met. ICANN's board and the RIRs spoke to users.");
        // The expansion, the acronym and the possessive: one actor, three mentions.
        assert!(v.contains(&("ICANN".into(), 3)), "{v:?}");
        assert!(v.contains(&("RIR".into(), 1)), "{v:?}");
        assert!(v.contains(&("users".into(), 1)), "{v:?}");
    }

    /// A discovered name is mentioned where it stands as a word of its own, with a plural
    /// or possessive ending, also after punctuation and other scripts; never inside a word.
    #[test]
    fn roles_named_as_defined_terms_are_groups() {
        let src = "Mergers are a small set of people. The council selects Mergers as necessary. \
                   A Merger must not merge a change authored by that Merger. Other Mergers may \
                   review it, and the Releasers publish. Kleinwächter argues, as Kleinwächter \
                   did, that Kleinwächter may be right. The accord of November 2 and November 9 \
                   holds in November. Each Member States delegate may vote; Member States may \
                   abstain, and the Member States must report.";
        let v = actors_of(src);
        // "Mergers", "Mergers", "Merger", "Merger", "Mergers".
        assert!(v.contains(&("Mergers".into(), 5)), "{v:?}");
        // Named once: not yet a defined term. A surname, a month, a word of a longer name: none.
        for not in ["Releasers", "Kleinwächter", "November", "Member", "Members"] {
            assert!(!v.iter().any(|(l, _)| l == not), "{not}: {v:?}");
        }
    }

    #[test]
    fn a_body_is_also_named_lowercase_after_the() {
        let src = "The Widget Steering Council meets monthly. The widget steering council \
                   decides appeals, and the widget steering council's chair convenes it. A widget \
                   steering council of another project is not it.";
        assert_eq!(
            mention_words(src, "Widget Steering Council"),
            [
                "Widget Steering Council",
                "widget steering council",
                "widget steering council"
            ]
        );
        assert!(is_title_case_phrase("Board of Trustees"));
        assert!(!is_title_case_phrase("Council"));
        assert!(!is_title_case_phrase("IETF Council"));
    }

    #[test]
    fn mentions_of_discovered_names() {
        let src = "The Widget Standards Council (WSC) decided. (WSC) and WSC’s staff; WSCs, \
                   “WSC” and —WSC. Not xWSC, WSCx or WSC2, nor éWSC; but the Widget Standards \
                   Councils met.";
        assert_eq!(
            mention_words(src, "Widget Standards Council"),
            [
                "Widget Standards Council",
                "WSC",
                "WSC",
                "WSC",
                "WSC",
                "WSC",
                "WSC",
                "Widget Standards Council"
            ]
        );
    }

    #[test]
    fn discovery_of_acronyms_bodies_and_people() {
        let v = actors_of("The Widget Standards Council (WSC) decided. David Caron argued that it mattered. Caron's view held.");
        assert!(
            v.iter().any(|(l, _)| l == "Widget Standards Council"),
            "{v:?}"
        );
        assert!(v.contains(&("David Caron".into(), 2)), "{v:?}");
    }

    #[test]
    fn acronyms_of_things_are_not_actors() {
        let v = actors_of("Names in the Domain Name System (DNS) travel over the Transmission Control Protocol (TCP), as the Open Widget Institute (OWI) notes.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(labels.contains(&"Open Widget Institute"), "{v:?}");
        assert!(
            !labels
                .iter()
                .any(|l| l.contains("Domain Name System") || l.contains("Protocol")),
            "{v:?}"
        );
    }

    #[test]
    fn titles_of_works_and_pairs_of_bodies_are_not_one_actor() {
        let v = actors_of("The Widget Agenda for the Information Society was adopted. The Address Supporting Organization and Protocol Supporting Organization advise the board.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(!labels.iter().any(|l| l.contains("Agenda")), "{v:?}");
        assert!(labels.contains(&"Address Supporting Organization"), "{v:?}");
        assert!(
            labels.contains(&"Protocol Supporting Organization"),
            "{v:?}"
        );
        assert!(!labels.iter().any(|l| l.contains(" and ")), "{v:?}");
    }

    /// Congress is the United States' where the document names the United States; the
    /// gazetteer's shareholders are a principal group.
    #[test]
    fn congress_courts_and_shareholders() {
        let f = found_in(
            "The Supreme Court of the United States held that Congress has not delegated that power.",
        );
        let congress = f.iter().find(|a| a.def.label == "Congress").unwrap();
        assert_eq!(congress.def.iri, BUILTIN.lookup("Congress").unwrap().iri);
        assert!(congress.def.principal);
        assert!(f.iter().any(|a| a.def.label == "Supreme Court"));
        let f = found_in("The shareholders elect the directors.");
        assert!(f
            .iter()
            .any(|a| a.def.label == "shareholders" && a.def.principal));
    }

    /// A project named with its word is an organization; the people "of the Project" are
    /// described, not named.
    #[test]
    fn projects_are_organizations_and_their_people_described() {
        let v = actors_of("The Debian Project is an association. The community consists of all Contributors and Users of the Project.");
        assert!(v.iter().any(|(l, _)| l == "Debian Project"), "{v:?}");
        assert!(!v.iter().any(|(l, _)| l.contains("Users")), "{v:?}");
        assert_eq!(kind_of("Debian Project"), "organization");
    }

    /// "existing Council members": the head of the document's one council names it there.
    #[test]
    fn a_heads_members_name_its_body() {
        let v = actors_of("The Widget Steering Council decides. New members are nominated by existing Council members.");
        assert!(v.contains(&("Widget Steering Council".into(), 2)), "{v:?}");
    }

    /// "Council Members", "IAB members": the members of a body, not a voting membership.
    #[test]
    fn a_bodys_members_are_no_membership() {
        let v =
            actors_of("The Council Members and the IAB members met. The members elect the board.");
        assert!(v.contains(&("members".into(), 1)), "{v:?}");
    }

    #[test]
    fn a_meetings_attendance_list_names_persons() {
        assert_eq!(
            attendance_list(
                "Present: Jane Doe (Chair), John Smith (Treasurer), Ann Lee Absent: Maria Garcia"
            ),
            Some(vec!["Jane Doe", "John Smith", "Ann Lee", "Maria Garcia"])
        );
        assert_eq!(attendance_list("Present: the whole board"), Some(vec![]));
        assert_eq!(
            attendance_list("Staff: Peter Lindqvist (Executive Director) Observers: Lena Berg"),
            Some(vec!["Peter Lindqvist", "Lena Berg"])
        );
        assert_eq!(attendance_list("The members present voted."), None);
        assert_eq!(
            made_by("Written by Ian A. Murdock Revised 01/06/94"),
            ["Ian A. Murdock"]
        );
        let v = actors_of("Moved by John Smith, seconded by Ann Lee. The motion carried.");
        assert!(v.iter().any(|(l, _)| l == "John Smith"), "{v:?}");
        assert!(v.iter().any(|(l, _)| l == "Ann Lee"), "{v:?}");
    }

    /// A person named after a quotation and "said" is a person.
    #[test]
    fn a_name_after_a_quotation_and_said_is_a_person() {
        let v = actors_of("\"Users are not represented,\" said Milton Mueller, a professor. \"It passed,\" said the chair.");
        assert!(v.iter().any(|(l, _)| l == "Milton Mueller"), "{v:?}");
        assert!(
            !v.iter()
                .any(|(l, _)| l.starts_with("The") || l.starts_with("the")),
            "{v:?}"
        );
    }

    /// An acronym before "and" is a name of its own; a lone head word after it shares the
    /// words before; words before "on"/"for" without an institution's word are no part of
    /// a name; a team is a body.
    #[test]
    fn conjuncts_connectives_and_teams() {
        let v = actors_of("The BDFL and Steering Council decide. The Project Contributors and Community review it. Discuss Widgets on the Widget Forum. The Centre for Widgets and Society writes. The Documentation Team merges pull requests; the documentation team reviews.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(labels.contains(&"Steering Council"), "{v:?}");
        assert!(!labels.iter().any(|l| l.contains("BDFL")), "{v:?}");
        assert!(!labels.iter().any(|l| l.contains("Contributors")), "{v:?}");
        assert!(labels.contains(&"Widget Forum"), "{v:?}");
        assert!(labels.contains(&"Centre for Widgets and Society"), "{v:?}");
        assert!(v.contains(&("Documentation Team".into(), 2)), "{v:?}");
        // So does a phrase an acronym ends.
        let v = actors_of("No Partner can override the Project BDFL and Steering Council.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["Steering Council"], "{v:?}");
    }

    /// A heading is a title: a name in it alone is no actor; a name the text discovers is
    /// found in headings too.
    #[test]
    fn names_are_discovered_in_the_text_not_in_headings() {
        let v = actors_of("## Assuring Widget Authority\n\nSome text.\n\n## The Widget Review Board\n\nThe Widget Review Board met.\n");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(!labels.iter().any(|l| l.contains("Assuring")), "{v:?}");
        assert!(v.contains(&("Widget Review Board".into(), 2)), "{v:?}");
    }

    /// "option A. Does ..." is a label ending a sentence, not a person "A. Does": the word
    /// before is a lowercase noun and the document writes "does" in lowercase. An initial
    /// after a lowercase title is a person where the surname is no lowercase word.
    #[test]
    fn an_option_letter_before_a_sentence_is_no_initial() {
        let v = actors_of("We chose option A. Does anyone object? Nobody does. The note from editor J. Quill stands, as J. Postel wrote.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(!labels.contains(&"A. Does"), "{v:?}");
        assert!(labels.contains(&"J. Quill"), "{v:?}");
        assert!(labels.contains(&"J. Postel"), "{v:?}");
        assert!(written_lowercase("Nobody does.", "Does"));
        assert!(!written_lowercase("the doesburg way", "Does"));
    }

    /// A place's initials before a capitalized word name no person ("U.S. Telecom Ass'n",
    /// "(D.C. Cir. 2004)").
    #[test]
    fn a_places_initials_are_no_persons() {
        let v = actors_of("See U.S. Telecom Ass'n v. FCC, 359 F.3d 554, 565 (D.C. Cir. 2004). As J. Postel wrote.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(
            !labels
                .iter()
                .any(|l| l.contains("Telecom") || l.contains("Cir")),
            "{v:?}"
        );
        assert!(labels.contains(&"J. Postel"), "{v:?}");
    }

    /// A possessive pair ending a longer name is no person; one opening a clause is.
    #[test]
    fn a_possessive_inside_a_longer_name_is_no_person() {
        let v = actors_of("The University of Southern California's institute opened. Later, Jane Smith's view prevailed.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(labels.contains(&"Jane Smith"), "{v:?}");
        assert!(!labels.contains(&"Southern California"), "{v:?}");
    }

    /// The lines of a signature block stay apart: the organization on its own line is
    /// found, not run together with the name and title above it.
    #[test]
    fn a_signature_block_is_read_line_by_line() {
        let v =
            actors_of("The board met.\n\nJane Doe\nPresident and CEO\nWidget Standards Council\n");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(labels.contains(&"Widget Standards Council"), "{v:?}");
        assert!(!labels.iter().any(|l| l.contains("CEO")), "{v:?}");
    }

    /// A name does not begin with a word capitalized only because it starts the sentence,
    /// and "X and the Y Registry" names the Y Registry: one actor, with every mention.
    #[test]
    fn sentence_openers_and_and_the_are_not_part_of_a_name() {
        let v = actors_of("For the Widget Numbers Registry, fees rose. As the Web and the Widget Numbers Registry grew, the group met. An Open Widget Council decided.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(v.contains(&("Widget Numbers Registry".into(), 2)), "{v:?}");
        assert!(labels.contains(&"Open Widget Council"), "{v:?}");
        assert!(
            !labels.iter().any(|l| l.starts_with("For ")
                || l.starts_with("As ")
                || l.starts_with("An ")
                || l.contains(" and the ")),
            "{v:?}"
        );
        assert_eq!(trim_the("The Internet Society"), "Internet Society");
        // A question's auxiliary opens the sentence, not the name.
        assert_eq!(trim_the("Can International Court"), "International Court");
        assert_eq!(trim_the("A. Acknowledgements"), "A. Acknowledgements");
        assert_eq!(
            trim_the("Association for Progressive Communications"),
            "Association for Progressive Communications"
        );
    }

    /// A capital glued to a digit is no initial, a function word no surname, and "the" after
    /// a capitalized word opens another phrase: "quorum of 3Q. The", "Appoint the Chair of
    /// the Widget Committee" and "absent Project Leader the Chair ..." name no such actors.
    #[test]
    fn digits_function_words_and_a_bare_the_break_names() {
        let v = actors_of("There is a quorum of 3Q. The vote stands. A vote of 2R. This is all.\n\n1. Appoint the Chair of the Widget Committee.\n\nFor an absent Project Leader the Chair of the Widget Committee acts. Friends of the Widget Council agree. As T. The wrote, J. Quill agreed.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(
            !labels.iter().any(|l| l.contains("Q.") || l.contains("R.")),
            "{v:?}"
        );
        assert!(!labels.contains(&"T. The"), "{v:?}");
        assert!(labels.contains(&"J. Quill"), "{v:?}");
        assert!(
            v.contains(&("Chair of the Widget Committee".into(), 2)),
            "{v:?}"
        );
        assert!(labels.contains(&"Friends of the Widget Council"), "{v:?}");
        assert!(
            !labels
                .iter()
                .any(|l| l.starts_with("Appoint") || l.contains("Leader the")),
            "{v:?}"
        );
    }

    /// An office named twice after "the" is an actor, with every mention; a
    /// one-word office ending a longer one is that one (its mentions are the longer one's);
    /// once is not enough.
    #[test]
    fn offices_named_as_defined_terms() {
        let v = actors_of("The Project Leader is elected. Delegates are appointed by the Project Leader. If the Developers disagree, the Developers vote, and the Leader abides. The Widget Treasurer signs, as the Widget Treasurer did before. Only the Registrar knows.");
        assert!(v.contains(&("Project Leader".into(), 3)), "{v:?}");
        assert!(v.contains(&("Developers".into(), 2)), "{v:?}");
        assert!(v.contains(&("Widget Treasurer".into(), 2)), "{v:?}");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(
            !labels.contains(&"Leader") && !labels.contains(&"Registrar"),
            "{v:?}"
        );
    }

    /// A first name before the initials belongs to the name, unless the source sets it
    /// apart (header columns), it is a title, or an organization's word; an organization's
    /// word is no surname; a body's word followed by a capitalized word is a modifier.
    #[test]
    fn first_names_surnames_and_modifiers() {
        let v = actors_of("Written by Ian A. Murdock for President J. Quill.\n\nNetwork Working Group      J. Postel wrote it.\n\nThe U.S. Department of Defense paid. New Foundation Documents are issued.");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(labels.contains(&"Ian A. Murdock"), "{v:?}");
        assert!(labels.contains(&"J. Quill"), "{v:?}");
        assert!(labels.contains(&"J. Postel"), "{v:?}");
        assert!(
            !labels.iter().any(
                |l| l.contains("Department") && *l != "Department of Defense"
                    || l.contains("Foundation")
                    || l.contains("Group J")
            ),
            "{v:?}"
        );
    }

    /// A quoted term defined as a person or entity is a party of the text; one defined as a
    /// thing is not, nor is "You".
    #[test]
    fn defined_parties() {
        let v = actors_of("\"Licensor\" shall mean the copyright owner or entity granting the License.\n\n\"You\" (or \"Your\") shall mean an individual or Legal Entity.\n\n\"Work\" shall mean the work of authorship.\n\n\"Contributor\" means Licensor and any individual on whose behalf a Contribution is made. The Licensor grants each Contributor a licence.\n\n\"Covered Work\" means a work of a particular Contributor.");
        assert!(v.contains(&("Licensor".into(), 3)), "{v:?}");
        let f = found_in_as(
            "In the following \"Numba\" means \"The Numba organisation and all projects under it\". Numba's policy is that contributors may use any tool.",
            Format::Markdown,
        );
        let numba = f.iter().find(|f| f.def.label == "Numba").expect("Numba");
        assert_eq!(numba.def.kind, "organization");
        assert!(v.contains(&("Contributor".into(), 3)), "{v:?}");
        let labels: Vec<&str> = v.iter().map(|(l, _)| l.as_str()).collect();
        assert!(
            !labels.contains(&"You")
                && !labels.contains(&"Work")
                && !labels.contains(&"Covered Work"),
            "{v:?}"
        );
    }
}
