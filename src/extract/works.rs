//! Works: the sources citations lead to, parsed from citation clauses and reference
//! entries, with identifiers (URL, DOI, UN symbol, RFC/BCP number). One work per
//! distinct key, so the same source cited twice is one node.

use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Default)]
pub struct Work {
    pub key: String,
    pub title: String,
    pub authors: Vec<String>,
    pub year: Option<String>,
    pub container: Option<String>,
    pub url: Option<String>,
    pub doi: Option<String>,
    pub un_symbol: Option<String>,
    pub rfc: Option<String>,
    /// Name of the actor that authored or published the work, when it is an institution.
    pub issuer: Option<String>,
    pub aliases: Vec<String>,
    /// The citation text it was parsed from.
    pub raw: String,
}

#[derive(Debug, Default)]
pub struct WorkSet {
    pub works: Vec<Work>,
    index: HashMap<String, usize>,
}

impl WorkSet {
    /// Adds a work or merges it into the one with the same key; returns its index.
    pub fn add(&mut self, w: Work) -> usize {
        if let Some(&i) = self.index.get(&w.key) {
            let e = &mut self.works[i];
            if e.title.is_empty()
                || (e.rfc.as_deref() == Some(e.title.as_str()) && !w.title.is_empty())
            {
                e.title = w.title;
            }
            if e.authors.is_empty() {
                e.authors = w.authors;
            }
            e.year = e.year.take().or(w.year);
            e.container = e.container.take().or(w.container);
            e.url = e.url.take().or(w.url);
            e.doi = e.doi.take().or(w.doi);
            e.un_symbol = e.un_symbol.take().or(w.un_symbol);
            e.rfc = e.rfc.take().or(w.rfc);
            e.issuer = e.issuer.take().or(w.issuer);
            return i;
        }
        let i = self.works.len();
        self.index.insert(w.key.clone(), i);
        self.works.push(w);
        i
    }
}

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?-u:\b)https?://[^\s<>"\]]+"#).unwrap());
static DOI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(10\.\d{4,9}/[-._;()/:A-Z0-9]+)").unwrap());
static GA_RES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)G\.?\s?A\.?\s?Res\.?\s?(\d{1,3})/(\d{1,4})|(?-u:\b)G\.?\s?A\.?\s?Res\.?\s?(\d{1,4})\s?\(([IVXL]+)\)").unwrap()
});
static SC_RES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)S\.\s?C\.\s?Res\.\s?(\d{1,5})(?:\s?\((\d{4})\))?").unwrap()
});
static UN_DOC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)U\.?\s?N\.?\s?Doc(?:ument)?s?\.?\s+([A-Z]{1,8}(?:/(?:[A-Z][A-Za-z]{0,7}(?:\.\d{1,5})?|\d{1,5}(?:\([IVXLC]+\))?)){1,8}\*?)").unwrap()
});
static BARE_UN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:A|S|E|T|ST|CCPR|CRC|CERD|CEDAW|CAT|CRPD|UNEP|TD|DP|CD)(?:/(?:[A-Z][A-Za-z]{0,7}(?:\.\d{1,5})?|\d{1,5}(?:\([IVXLC]+\))?)){2,8})(?-u:\b)").unwrap()
});
static RFC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(RFC|BCP|STD)\s?(\d{1,5})(?-u:\b)").unwrap());
static STANDARD_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i)(RFC|BCP|STD)[\s-]?(\d{1,5})$").unwrap());
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(1[6-9]\d\d|20\d\d)(?-u:\b)").unwrap());
/// Authors, a year in parentheses and a period (APA), or a period, a year and a period
/// (Chicago author-date), then the rest.
static AUTHOR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<a>[^()]{2,300}?)\s*\((?:\d{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+(?:\d{1,2},\s+)?)?(?P<y>(?:1[6-9]|20)\d\d[a-z]?)(?:,[^)]{0,30})?\)\.|(?P<a2>[^()]{2,300}?\.)\s+(?P<y2>(?:1[6-9]|20)\d\d[a-z]?)\.)\s+(?P<t>\S.*)$").unwrap()
});
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""([^"]{4,}?)"|“([^”]{4,}?)”"#).unwrap());
static SHORT_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\(\s*["“]([^"”]{2,60})["”]\s*\)\s*$"#).unwrap());
static PAGE_PIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+\d{1,3}(?:[-–]\d{1,3})?$").unwrap());
static TRAILING_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\([^()]*\)\s*$").unwrap());
/// Words a comma sets off at the end of a party's name in a case's name.
/// A law report or neutral citation with its year in square brackets, as OSCOLA and the
/// Commonwealth's styles write them: "[2017] UKSC 5", "[1968] AC 997", "[2018] 1 WLR 12".
pub(crate) static LAW_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?:1[6-9]\d\d|20\d\d)\][ \t]+(?:\d{1,4}[ \t]+)?[A-Z][A-Za-z]*(?:[ \t]+\([A-Za-z]+\))?[ \t]+\d{1,5}(?-u:\b)").unwrap()
});

/// An instrument's word and the article after it: "Charter art. 10", "Union, art. 5",
/// "Const. art. I", "Rights, Article 19" (the words between are the name's, with no comma,
/// bracket or semicolon among them).
/// The words that name an instrument cited by its articles or sections.
const INSTRUMENT_WORDS: &str = "Charter|Treaty|Convention|Constitution|Covenant|Protocol|Statute|Declaration|Bylaws|By-[Ll]aws|Act|Code|Agreement|Regulation|Directive";

/// Bylaws, codes and acts are cited by their sections as well: "the DAO Constitution,
/// Section 3", "ICANN Bylaws, Sec. 4.2", "Communications Act of 1934, § 230", "the W3C
/// Council charter, section 2".
static ARTICLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:{INSTRUMENT_WORDS}|Const\.|charter|bylaws|constitution)(?:[ \t][^,;()\[\]]{{0,80}}?)?,?[ \t]+((?:arts?|Arts?|ARTS?|Articles?|ARTICLES?|articles?|Sections?|SECTIONS?|sections?|Sec|Secs|sec|secs)\.?[ \t]+(?:\d+(?:\.\d+)*|[IVXLC]+)(?-u:\b)|§§?[ \t]*\d+)")).unwrap()
});

/// A title that opens with an instrument's word ("Bylaws", "Convention on Cybercrime").
static INSTRUMENT_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{INSTRUMENT_WORDS})(?-u:\b)")).unwrap());

/// An article of a charter, treaty, convention or constitution, cited by its number: "U.N.
/// Charter art. 10", "Treaty on European Union, art. 5", "U.S. Const. art. I, § 8",
/// "Universal Declaration of Human Rights, Article 19": where the instrument's name ends and
/// where the article starts. The name is the clause's start, up to twelve words, capitalized.
pub(crate) fn article_citation(s: &str) -> Option<(usize, usize)> {
    // Asked only where an article's or a section's word stands.
    if ![" art", " Art", " ART", " Sec", " SEC", " sec", "§"]
        .iter()
        .any(|w| s.contains(w))
    {
        return None;
    }
    let article = ARTICLE_AFTER.captures(s)?.get(1)?.start();
    let name = s[..article].trim_end().trim_end_matches(',');
    // "the DAO Constitution": the article is no part of the name.
    let capitalized = name
        .strip_prefix("the ")
        .unwrap_or(name)
        .starts_with(|c: char| c.is_uppercase());
    (capitalized && !name.is_empty() && name.split_whitespace().count() <= 12)
        .then_some((name.len(), article))
}

const NAME_SUFFIXES: &[&str] = &[
    "Jr.", "Sr.", "Inc.", "Co.", "&", "Ltd.", "L.L.C.", "LLC", "N.A.", "S.A.", "P.C.", "L.P.",
    "LP", "Corp.", "PLC", "AG", "GmbH", "II", "III",
];
static VOLUME_START: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,4}\s+[A-Z]").unwrap());
static PIN_SEG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:at\s|¶|§|art\.|arts\.|paras?\.|pp?\.|n\.)").unwrap());
static DATE_SEG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|\d{4}$)").unwrap()
});
static ISSUED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Published|Ratified|Issued|Adopted|Approved)\s+by\s+([^,]+),\s*").unwrap()
});

const ORG_WORDS: &[&str] = &[
    "union",
    "council",
    "foundation",
    "house",
    "committee",
    "association",
    "organization",
    "organisation",
    "coalition",
    "corporation",
    "inc",
    "ltd",
    "institute",
    "agency",
    "forum",
    "society",
    "commission",
    "office",
    "department",
    "ministry",
    "government",
    "assembly",
    "nations",
    "board",
    "group",
    "centre",
    "center",
    "network",
    "task",
    "force",
    "icann",
    "iana",
    "ietf",
    "diplomatie",
    "university",
    "press",
    "bank",
    "court",
    "parliament",
    "secretariat",
    "authority",
    "registry",
    "consortium",
    "alliance",
    "federation",
];

/// Words in no one's name besides organizations' (`is_person`): collectives ("Community
/// Impact" labels a code of conduct's level), determiners and pronouns ("Our Pledge").
const NOT_A_NAMES_WORD: &[&str] = &[
    "community",
    "project",
    "team",
    "our",
    "your",
    "their",
    "my",
    "its",
    "his",
    "her",
    "this",
    "these",
    "those",
    "we",
    "you",
    "they",
    "every",
    "each",
    "all",
    "some",
    "any",
    "no",
];

/// Does the text carry a work identifier?
pub fn has_identifier(s: &str) -> bool {
    URL.is_match(s)
        || DOI.is_match(s)
        || GA_RES.is_match(s)
        || SC_RES.is_match(s)
        || UN_DOC.is_match(s)
        || BARE_UN.is_match(s)
}

/// The standards named by number in `s` ("RFC 2860", "BCP 9"): each one's span and its
/// canonical number.
pub fn standard_mentions(s: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    RFC.captures_iter(s).map(|c| {
        let m = c.get(0).unwrap();
        let id = format!("{}{}", &c[1], c[2].trim_start_matches('0'));
        (m.start(), m.end(), id)
    })
}

/// `RFC2418`, `BCP 9` -> the canonical standard number, e.g. `RFC2418`.
pub fn standard_number(label: &str) -> Option<String> {
    let c = STANDARD_LABEL.captures(label.trim())?;
    Some(format!(
        "{}{}",
        c[1].to_uppercase(),
        c[2].trim_start_matches('0')
    ))
}

/// Content words of a name or title, lowercased, for matching.
pub fn tokens(s: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "supra", "note", "id", "see",
        "by", "with",
    ];
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

fn title_key(title: &str) -> String {
    tokens(title).join("-")
}

fn norm_url(u: &str) -> String {
    let u = u.trim_end_matches('/');
    let u = u.split_once("://").map_or(u, |(_, r)| r);
    let u = u.strip_prefix("www.").unwrap_or(u);
    u.to_lowercase()
}

/// Identifiers found in a citation.
fn identifiers(s: &str, w: &mut Work) {
    if let Some(m) = URL.find(s) {
        let u = crate::ingest::normalize::trim_url(m.as_str());
        if !u.contains("perma.cc") {
            w.url = Some(u.to_string());
        }
    }
    // Each rule is asked only of citations with the text all its matches contain ("10.",
    // "Res", "Doc", "/", the series name): a search costs a few hundred instructions even
    // where it finds nothing, and most citations have none of these.
    if let Some(c) = s.contains("10.").then(|| DOI.captures(s)).flatten() {
        w.doi = Some(c[1].trim_end_matches(['.', ',', ';', ':']).to_string());
    }
    let res = s.contains("Res");
    if let Some(c) = res.then(|| GA_RES.captures(s)).flatten() {
        w.un_symbol = Some(match (c.get(1), c.get(2)) {
            (Some(a), Some(b)) => format!("A/RES/{}/{}", a.as_str(), b.as_str()),
            _ => format!("A/RES/{}({})", &c[3], &c[4]),
        });
    } else if let Some(c) = res.then(|| SC_RES.captures(s)).flatten() {
        w.un_symbol = Some(match c.get(2) {
            Some(y) => format!("S/RES/{}({})", &c[1], y.as_str()),
            None => format!("S/RES/{}", &c[1]),
        });
    } else if let Some(c) = s.contains("Doc").then(|| UN_DOC.captures(s)).flatten() {
        w.un_symbol = Some(c[1].to_string());
    } else if let Some(c) = s.contains('/').then(|| BARE_UN.captures(s)).flatten() {
        w.un_symbol = Some(c[1].to_string());
    }
    let series = s.contains("RFC") || s.contains("BCP") || s.contains("STD");
    if let Some(c) = series.then(|| RFC.captures(s)).flatten() {
        w.rfc = Some(format!("{}{}", &c[1], &c[2]));
    }
    w.year = YEAR.find_iter(s).last().map(|m| m.as_str().to_string());
}

/// Top-level comma segments (outside brackets and quotes).
fn segments(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut q = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '“' => depth += 1,
            ')' | ']' | '”' => depth = (depth - 1).max(0),
            '"' => q = !q,
            ',' if depth == 0 && !q => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out.into_iter().filter(|x| !x.is_empty()).collect()
}

/// Person or institution names at the head of a citation: "David Caron",
/// "JACK GOLDSMITH & TIM WU", "International Telecommunication Union".
fn looks_like_authors(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 8
        || s.contains('(')
        || s.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    words.iter().all(|w| {
        let c = w.chars().next().unwrap_or('x');
        c.is_uppercase()
            || matches!(
                *w,
                "&" | "and" | "AND" | "of" | "for" | "the" | "et" | "al."
            )
    })
}

/// An organization named by its acronym alone, as an author: "ICANN", "IETF", "W3C", "OECD".
fn is_acronym_author(s: &str) -> bool {
    let b = s.as_bytes();
    (2..=8).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

pub fn is_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 || words.len() > 5 {
        return false;
    }
    !words.iter().any(|w| {
        let l = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        ORG_WORDS.contains(&l.as_str())
            || NOT_A_NAMES_WORD.contains(&l.as_str())
            || matches!(l.as_str(), "of" | "for" | "the")
    })
}

fn clean_title(t: &str) -> String {
    let mut t = t
        .trim()
        .trim_end_matches(['.', ',', ';'])
        .trim()
        .to_string();
    // "(last visited ...)", "(2018)", "(Oct. 2018)" at the end are not part of a title.
    while TRAILING_PAREN.is_match(&t) {
        let cut = TRAILING_PAREN.replace(&t, "").to_string();
        if cut.split_whitespace().count() < 2 {
            break;
        }
        t = cut;
    }
    t.trim().trim_end_matches([',', ';']).trim().to_string()
}

/// Parses a full citation clause. `emph` are the clause's emphasized spans (titles are
/// italic in legal citation), as byte ranges relative to `s`.
/// A title segment without the place of publication IEEE's books write after it ("The
/// Global War for Internet Governance. New Haven" before "CT, USA: Yale Univ. Press"): one to
/// three capitalized words after the title's last period, with a publisher after a colon.
fn before_place_of_publication<'a>(title: &'a str, later: &[&str]) -> &'a str {
    // The title's last sentence end: a full stop is not the title's, a question or an
    // exclamation mark is ("Will the Internet Fragment? Cambridge, UK: Polity Press").
    let Some(end) = [". ", "? ", "! "]
        .iter()
        .filter_map(|e| title.rfind(e))
        .max()
    else {
        return title;
    };
    let (head, place) = match title.as_bytes()[end] {
        b'.' => (&title[..end], &title[end + 2..]),
        _ => (&title[..end + 1], &title[end + 2..]),
    };
    let publisher = place.contains(": ") || later.iter().any(|x| x.contains(": "));
    let place: Vec<&str> = place
        .split(':')
        .next()
        .unwrap_or(place)
        .split_whitespace()
        .collect();
    if publisher
        && (1..=3).contains(&place.len())
        && place.iter().all(|x| x.starts_with(char::is_uppercase))
    {
        head
    } else {
        title
    }
}

/// The spans of `emph` (byte ranges of `whole`) that lie inside `part`, a subslice of
/// `whole`, as byte ranges of `part`.
fn spans_within(whole: &str, part: &str, emph: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let base = part.as_ptr() as usize - whole.as_ptr() as usize;
    emph.iter()
        .filter(|&&(a, b)| a >= base && b <= base + part.len())
        .map(|&(a, b)| (a - base, b - base))
        .collect()
}

pub fn parse_work(s: &str, emph: &[(usize, usize)]) -> Option<Work> {
    let s = s.trim().trim_end_matches('.');
    if s.is_empty() {
        return None;
    }
    let mut w = Work {
        raw: s.to_string(),
        ..Default::default()
    };
    identifiers(s, &mut w);
    // A closing `("Code of Conduct")` names a short form of the work, not its title.
    let s = match SHORT_NAME.captures(s) {
        Some(c) => {
            w.aliases.push(c[1].trim().to_string());
            s[..c.get(0).unwrap().start()].trim_end()
        }
        None => s,
    };
    let head_words = |x: &str| x.split_whitespace().count();
    // 0. Author and date first (APA, Chicago author-date): the title is the sentence after
    // the year, whatever is italic (a journal's name often is).
    if let Some((authors, year, title, rest)) = author_date(s) {
        w.authors = split_authors(authors);
        w.year = Some(year.to_string());
        w.title = clean_title(title);
        let container = segments(rest).first().map_or("", |c| c.trim());
        if container.chars().any(char::is_alphabetic) && !URL.is_match(container) {
            w.container = Some(TRAILING_PAREN.replace(container, "").trim().to_string());
        }
        if w.issuer.is_none() && w.authors.len() == 1 && !is_person(&w.authors[0]) {
            w.issuer = Some(w.authors[0].clone());
        }
        w.key = key_of(&w);
        return Some(w);
    }
    // 1. An italic title.
    let italic = emph
        .iter()
        .map(|&(a, b)| (a, b, &s[a.min(s.len())..b.min(s.len())]))
        .find(|(_, _, t)| {
            let l = t.trim().to_lowercase();
            t.trim().len() >= 6
                && !matches!(
                    l.as_str(),
                    "supra"
                        | "id."
                        | "id"
                        | "see"
                        | "see generally"
                        | "see also"
                        | "infra"
                        | "e.g."
                )
        });
    // Chicago's notes quote an article's or chapter's title and italicize the journal or
    // book it appears in: `"Wrong Turn in Cyberspace," *Duke Law Journal* 50`; a wiki's
    // web citation, the site: `"About the IGF". *Internet Governance Forum*.`
    let quoted_before = italic.and_then(|(a, _, _)| {
        let c = QUOTED.captures(&s[..a])?;
        let gap = s[c.get(0)?.end()..a].trim_matches([',', '.', ' ']);
        (gap.is_empty() || gap == "in").then(|| c.get(1).or(c.get(2)))?
    });
    // The authors before a quoted title, whose opening quote ('"' or '“', three bytes) ends
    // right before `at`.
    let authors_before_quote = |at: usize| {
        let before = &s[..at];
        let before = before
            .strip_suffix('"')
            .or_else(|| before.strip_suffix('“'))
            .unwrap_or(before)
            .trim()
            .trim_end_matches(',')
            .trim();
        if !before.is_empty() && looks_like_authors(before) {
            split_authors(before)
        } else {
            Vec::new()
        }
    };
    if let (Some(q), Some((_, _, t))) = (quoted_before, italic) {
        w.title = clean_title(q.as_str());
        w.authors = authors_before_quote(q.start());
        w.container = Some(clean_title(t));
        // A web page without an author is its site's: the site issues it ("About the IGF".
        // *Internet Governance Forum*. Retrieved ...).
        let web = URL.is_match(s) || s.contains("Retrieved ") || s.contains("ccessed ");
        if web && w.authors.is_empty() {
            w.issuer = w.container.clone();
        }
    } else if let Some((a, b, t)) = italic {
        w.title = clean_title(t);
        let before = s[..a].trim().trim_end_matches(',').trim();
        if !before.is_empty() && looks_like_authors(before) {
            w.authors = split_authors(before);
        }
        let after = segments(&s[b.min(s.len())..]);
        w.container = after
            .iter()
            .find(|x| is_container(x))
            .map(|x| container_of(x));
    } else if let Some(c) = QUOTED.captures(s) {
        // 2. A quoted title.
        let m = c.get(1).or(c.get(2)).unwrap();
        w.title = clean_title(m.as_str());
        w.authors = authors_before_quote(m.start());
    } else {
        // 3. Comma segments: AUTHORS, TITLE, ... or TITLE, ...
        let segs = segments(s);
        let first = segs.first().copied().unwrap_or("");
        let usable = |x: &str| {
            !x.is_empty()
                && !URL.is_match(x)
                && !PIN_SEG.is_match(x)
                && !VOLUME_START.is_match(x)
                && !DATE_SEG.is_match(x)
                && !UN_DOC.is_match(x)
        };
        // A case: its name runs to the volume, reporter and page, commas and all ("J.W.
        // Hampton, Jr., & Co. v. United States, 276 U.S. 394"), and names no author. Before
        // its "v.", a comma only sets off a suffix of the party's name ("Jr.", "Inc.", "& Co."):
        // "Jane Doe, Bush v. Gore and the Court, 50 STAN. L. REV. 1" is an article's author
        // and title.
        // "Padfield v Minister of Agriculture, Fisheries and Food [1968] AC 997": a case
        // of the Commonwealth's styles is named up to its report, commas and all.
        let report = s
            .contains('[')
            .then(|| LAW_REPORT.find(s))
            .flatten()
            .map(|m| s[..m.start()].trim().trim_end_matches(',').trim())
            .filter(|n| n.contains(" v ") && head_words(n) <= 24);
        let versus = segs.iter().position(|x| x.contains(" v. "));
        let case_name = segs
            .iter()
            .position(|x| VOLUME_START.is_match(x))
            .filter(|&k| versus.is_some_and(|v| v < k))
            .filter(|_| {
                segs[1..=versus.unwrap_or(0)].iter().all(|x| {
                    let word = x.split_whitespace().next().unwrap_or("");
                    NAME_SUFFIXES.contains(&word.trim_end_matches(','))
                })
            })
            .map(|k| segs[..k].join(", "))
            .filter(|n| head_words(n) <= 24);
        let instrument = article_citation(s).map(|(end, _)| {
            let name = s[..end].trim();
            name.strip_prefix("the ").unwrap_or(name)
        });
        if let Some(name) = report {
            w.title = clean_title(name);
        } else if let Some(name) = instrument {
            // "U.N. Charter art. 10": the instrument; the article is a pin. "Internet
            // Corporation for Assigned Names and Numbers, Bylaws, art. 1": the body before
            // its instrument issues it.
            match name.rsplit_once(", ") {
                Some((who, title))
                    if INSTRUMENT_FIRST.is_match(title) && !who.contains(char::is_numeric) =>
                {
                    w.title = clean_title(title);
                    w.authors = vec![who.trim().to_string()];
                    w.issuer = Some(who.trim().to_string());
                }
                _ => w.title = clean_title(name),
            }
        } else if let Some(name) = case_name {
            w.title = clean_title(&name);
        } else if segs.len() >= 2
            && looks_like_authors(first)
            && usable(segs[1])
            && is_person(first)
        {
            w.authors = split_authors(first);
            let title = before_place_of_publication(segs[1], &segs[2..]);
            w.title = PAGE_PIN.replace(&clean_title(title), "").to_string();
        } else if segs.len() >= 2
            && is_acronym_author(first)
            && usable(segs[1])
            && segs[1].split_whitespace().count() >= 2
            && segs[1].starts_with(|c: char| c.is_uppercase())
        {
            // "ICANN, Bylaws for Internet Corporation for Assigned Names and Numbers, art. 1
            // (2016)": an organization by its acronym, then the title.
            w.authors = vec![first.to_string()];
            w.title = PAGE_PIN.replace(&clean_title(segs[1]), "").to_string();
        } else if segs.len() >= 2
            && looks_like_authors(first)
            && first.len() <= 40
            && usable(segs[1])
            && is_all_caps(&TRAILING_PAREN.replace(segs[1], ""))
        {
            // ALL-CAPS institutional author followed by an ALL-CAPS title (book style).
            w.authors = vec![first.to_string()];
            // "TITLE 12 (2008)": a trailing page number is a pin, not part of the title.
            w.title = PAGE_PIN.replace(&clean_title(segs[1]), "").to_string();
        } else if usable(first)
            && head_words(first) <= 24
            && !GA_RES.is_match(first)
            && !SC_RES.is_match(first)
        {
            w.title = clean_title(first);
        }
    }
    if let Some(u) = &w.un_symbol {
        if w.title.is_empty() {
            // "G.A. Res. 56/183" is the resolution's usual name.
            w.title = GA_RES
                .find(s)
                .or(SC_RES.find(s))
                .map(|m| m.as_str().to_string())
                .unwrap_or_else(|| u.clone());
        }
        if !w.title.contains(u.as_str()) && !w.title.contains(u.trim_start_matches("A/RES/")) {
            w.title = format!("{} ({u})", w.title);
        }
    }
    if w.title.is_empty() {
        w.title = w
            .rfc
            .clone()
            .or(w.doi.clone())
            .or(w.url.clone())
            .unwrap_or_default();
    }
    if w.title.is_empty() {
        w.title = clean_title(s);
    }
    if w.issuer.is_none() {
        if let Some(a) = w.authors.first() {
            if !is_person(a) {
                w.issuer = Some(a.clone());
            }
        }
    }
    w.key = key_of(&w);
    Some(w)
}

/// "Authors (Year). Title. Rest" (APA) or "Authors. Year. Title. Rest" (Chicago author-date):
/// the authors, the year, the title (to the first period that ends a word of two letters or
/// more, not an initial or an abbreviation such as "U.S."), and what follows it.
fn author_date(s: &str) -> Option<(&str, &str, &str, &str)> {
    if !may_be_author_date(s.as_bytes()) {
        return None;
    }
    let c = AUTHOR_DATE.captures(s)?;
    let authors = c
        .name("a")
        .or(c.name("a2"))?
        .as_str()
        .trim()
        .trim_end_matches(',');
    // The period after a name ends the element; after an initial it is the initial's.
    let authors = match authors.strip_suffix('.') {
        Some(a)
            if a.rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() >= 2 && !w.contains('.')) =>
        {
            a
        }
        _ => authors,
    };
    let words: Vec<&str> = authors.split_whitespace().collect();
    let authorlike = !words.is_empty()
        && words.len() <= 30
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || NAME_JOINTS.contains(w));
    if !authorlike {
        return None;
    }
    let year = c.name("y").or(c.name("y2"))?.as_str();
    let t = c.name("t")?;
    let body = t.as_str();
    let mut end = body.len();
    for (i, _) in body.match_indices(". ") {
        let word = body[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        if word.chars().count() >= 2 && !word.contains('.') {
            end = i;
            break;
        }
    }
    // A quoted title ("\"NTIA Announces ...\". Retrieved ...") is the words inside.
    let title = body[..end].trim().trim_matches(['"', '“', '”']).trim();
    if title.split_whitespace().count() < 2 {
        return None;
    }
    let rest = body[end..].trim_start_matches('.').trim();
    Some((authors, year, title, rest))
}

/// Whether `b` holds what every match of AUTHOR_DATE holds: "(" and four digits, then a
/// ")" closing within 32 bytes, a period, a blank and more text (APA); or a period, blanks,
/// four digits, a period, a blank and more text (Chicago). Most citations have neither ("... 552
/// (1993)." ends there), and the capture engine is not started for them.
fn may_be_author_date(b: &[u8]) -> bool {
    // A byte that may be (part of) a blank: the rule's `\s` is Unicode's.
    let blank = |c: &u8| c.is_ascii_whitespace() || *c >= 0x80;
    let year_at = |i: usize| {
        b.get(i..i + 4)
            .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
    };
    let more_after =
        |i: usize| b.get(i).is_some_and(blank) && b[i..].iter().any(|c| !c.is_ascii_whitespace());
    // The year opens the parentheses, or ends a date there ("(14 March 2014)").
    let year_in = |i: usize| {
        (i + 1..(i + 20).min(b.len())).find(|&k| year_at(k) && (k == i + 1 || b[k - 1] == b' '))
    };
    let apa = memchr::memchr_iter(b'(', b).any(|i| {
        year_in(i).is_some_and(|k| {
            b[k + 4..(k + 36).min(b.len())]
                .iter()
                .position(|&c| c == b')')
                .is_some_and(|j| {
                    let close = k + 4 + j;
                    b.get(close + 1) == Some(&b'.') && more_after(close + 2)
                })
        })
    });
    apa || memchr::memchr_iter(b'.', b).any(|i| {
        let y = i + 1 + b[i + 1..].iter().take_while(|c| blank(c)).count();
        y > i + 1 && year_at(y) && b.get(y + 4) == Some(&b'.') && more_after(y + 5)
    })
}

/// Whether a piece of a note is an author-date head alone, "Mueller, Milton (2017)." or
/// "National Telecommunications and Information Administration (14 March 2014).": names,
/// then a date with its year in parentheses, and nothing after.
/// The small words between the capitalized words of authors' names, persons' ("van",
/// "et al.") and organizations' ("World Summit on the Information Society").
const NAME_JOINTS: &[&str] = &[
    "&", "and", "et", "al.", "of", "for", "on", "in", "the", "van", "von", "de",
];

pub fn is_author_date_head(piece: &str) -> bool {
    let p = piece.trim_end().trim_end_matches('.');
    let Some(body) = p.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let (names, date) = (body[..open].trim(), &body[open + 1..]);
    date.len() <= 24
        && YEAR.is_match(date)
        && !names.contains(['(', ')', '"', '“'])
        && (2..=12).contains(&names.split_whitespace().count())
        // Names: capitalized words and their joints ("Id. at 4", "Smith v. Jones" are not).
        && names.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !w.contains(|c: char| c.is_ascii_digit())
                || NAME_JOINTS.contains(&w)
        })
}

fn is_all_caps(x: &str) -> bool {
    x.chars().any(char::is_alphabetic) && x == x.to_uppercase()
}

fn is_container(x: &str) -> bool {
    VOLUME_START.is_match(x)
        || (x.len() > 3
            && x == x.to_uppercase()
            && x.chars().filter(|c| c.is_alphabetic()).count() > 3
            && !URL.is_match(x))
}

fn container_of(x: &str) -> String {
    let x = TRAILING_PAREN.replace(x, "").to_string();
    let x = x.trim();
    // "87 AM. J. INT'L L. 552" -> "AM. J. INT'L L."
    let words: Vec<&str> = x.split_whitespace().collect();
    if words.len() >= 3
        && words[0].chars().all(|c| c.is_ascii_digit())
        && words[words.len() - 1].chars().all(|c| c.is_ascii_digit())
    {
        return words[1..words.len() - 1].join(" ");
    }
    x.to_string()
}

fn split_authors(s: &str) -> Vec<String> {
    s.split(" & ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" AND "))
        .map(|p| p.trim().trim_end_matches(','))
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            // "Carpenter, B., Baker, F.": reference lists name several authors as
            // "Surname, I." one after another.
            if SURNAME_INITIALS_LIST.is_match(p) {
                SURNAME_INITIALS
                    .find_iter(p)
                    .map(|m| m.as_str().to_string())
                    .collect()
            } else {
                vec![p.to_string()]
            }
        })
        .collect()
}

/// One author as a reference list writes it: "Carpenter, B.", "Huitema, C.-J.".
const SURNAME_INITIALS_RULE: &str = r"[A-Z][\w'’-]+, (?:[A-Z]\.-?)+";
static SURNAME_INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(SURNAME_INITIALS_RULE).unwrap());
/// Two or more of them, separated by commas, and nothing else.
static SURNAME_INITIALS_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^{SURNAME_INITIALS_RULE}(?:,\s+{SURNAME_INITIALS_RULE})+$"
    ))
    .unwrap()
});

fn key_of(w: &Work) -> String {
    if let Some(u) = &w.un_symbol {
        return format!("un:{}", u.to_uppercase());
    }
    if let Some(d) = &w.doi {
        return format!("doi:{}", d.to_lowercase());
    }
    if let Some(r) = &w.rfc {
        if w.title.contains(r.as_str())
            || w.raw
                .contains(&format!("RFC {}", r.trim_start_matches("RFC")))
            || w.raw.contains(r.as_str())
        {
            return format!("std:{r}");
        }
    }
    let t = title_key(&w.title);
    if !t.is_empty() && w.title != w.url.clone().unwrap_or_default() {
        return format!("title:{t}");
    }
    if let Some(u) = &w.url {
        return format!("url:{}", norm_url(u));
    }
    format!("title:{t}")
}

/// A reference-list entry: `Author, "Title", RFC 1480, June 1993.` An entry that is
/// only its label names no work.
/// A reference entry in author-date style ("Ostrom, E. (1990). Governing the Commons. ..."),
/// with the first author's surname (lowercase) and the year as it is cited ("1990a"); None
/// for an entry of another style.
pub fn parse_author_date_entry(body: &str) -> Option<(Work, String, String)> {
    let body = body.trim();
    let (authors, year, _, _) = author_date(body)?;
    let surname = authors
        .split(|c: char| c == ',' || c.is_whitespace())
        .find(|w| !w.is_empty())?
        .to_lowercase();
    let year = year.to_string();
    let w = parse_work(body, &[])?;
    Some((w, surname, year))
}

/// `emph`: the entry's italic spans, as byte ranges of `body` (an italic title is the title:
/// `M. Mueller, *Will the Internet Fragment?* Cambridge, UK: Polity Press, 2017.`).
pub fn parse_reference_entry(whole: &str, emph: &[(usize, usize)]) -> Option<Work> {
    let body = whole.trim();
    if body.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
        return None;
    }
    let (issuer, body) = match ISSUED_BY.captures(body) {
        Some(c) => (
            Some(c[1].trim().to_string()),
            &body[c.get(0).unwrap().end()..],
        ),
        None => (None, body),
    };
    let body = body.trim();
    let mut w = parse_work(body, &spans_within(whole, body, emph))?;
    if w.issuer.is_none() {
        w.issuer = issuer;
    }
    // In a reference entry, the RFC number is the work's own number.
    if let Some(r) = &w.rfc {
        w.key = format!("std:{r}");
    }
    Some(w)
}

impl Work {
    /// A work named only by its standard number (RFC2418, BCP9).
    pub fn numbered(id: &str) -> Work {
        Work {
            key: format!("std:{id}"),
            title: id.to_string(),
            rfc: Some(id.to_string()),
            raw: id.to_string(),
            ..Default::default()
        }
    }

    pub fn from_url(url: &str, anchor: &str) -> Work {
        let anchor = anchor.trim();
        // A link named by a standard's number ("RFC 2026") cites that standard: the work
        // its reference entries and other citations name.
        if let Some(id) = standard_number(anchor) {
            return Work {
                url: Some(url.to_string()),
                ..Work::numbered(&id)
            };
        }
        let title = if anchor.is_empty() || anchor.starts_with("http") {
            url.to_string()
        } else {
            anchor.to_string()
        };
        Work {
            key: format!("url:{}", norm_url(url)),
            title,
            url: Some(url.to_string()),
            raw: url.to_string(),
            ..Default::default()
        }
    }

    /// A source named in running text ("RIPE Labs", "ICANN bylaws").
    pub fn attributed(title: &str, issuer: Option<&str>) -> Work {
        Work {
            key: format!("source:{}", title_key(title)),
            title: title.to_string(),
            issuer: Some(issuer.unwrap_or(title).to_string()),
            raw: title.to_string(),
            ..Default::default()
        }
    }
}

warm_up_fn!(warm_up: URL, DOI, GA_RES, SC_RES, UN_DOC, BARE_UN, RFC, STANDARD_LABEL, YEAR, QUOTED, SHORT_NAME, PAGE_PIN, TRAILING_PAREN, VOLUME_START, PIN_SEG, DATE_SEG, ISSUED_BY, SURNAME_INITIALS, SURNAME_INITIALS_LIST);

#[cfg(test)]
mod tests {
    /// Standards named by number, in their canonical form.
    #[test]
    fn standards_named_in_text() {
        let v: Vec<String> = standard_mentions("under RFC 2860 and BCP 09; see RFC8126.")
            .map(|(_, _, id)| id)
            .collect();
        assert_eq!(v, ["RFC2860", "BCP9", "RFC8126"]);
    }

    /// Chicago: a quoted article title before the italic journal is the work's title; the
    /// journal is its container.
    #[test]
    fn quoted_title_before_italic_journal() {
        let s = "A. Michael Froomkin, \"Wrong Turn in Cyberspace,\" Duke Law Journal 50, no. 1 (2000): 17–184";
        let w = parse_work(s, &emph(s, "Duke Law Journal")).unwrap();
        assert_eq!(w.title, "Wrong Turn in Cyberspace");
        assert_eq!(w.authors, ["A. Michael Froomkin"]);
        assert_eq!(w.container.as_deref(), Some("Duke Law Journal"));
        // Curly quotes (three bytes each) open the title as well; text before one that is
        // no author's name stays out (this had cut a character in two).
        let s = "A. Michael Froomkin, “Wrong Turn in Cyberspace,” Duke Law Journal 50 (2000)";
        let w = parse_work(s, &emph(s, "Duke Law Journal")).unwrap();
        assert_eq!(w.authors, ["A. Michael Froomkin"]);
        let s = "come to a resolution.“Quote,” Duke Law Journal (2004)";
        let w = parse_work(s, &emph(s, "Duke Law Journal")).unwrap();
        assert_eq!(w.title, "Quote");
    }

    use super::*;

    #[test]
    fn an_ieee_books_title_ends_before_its_place_of_publication() {
        let w = parse_reference_entry(
            "L. DeNardis, The Global War for Internet Governance. New Haven, CT, USA: Yale Univ. Press, 2014.",
            &[],
        )
        .unwrap();
        assert_eq!(w.title, "The Global War for Internet Governance");
        let w =
            parse_reference_entry("J. Doe, U.S. Policy on Names, Report 12, 2010.", &[]).unwrap();
        assert_eq!(w.title, "U.S. Policy on Names");
        // A title ending in a question mark ends there too; in italics, the italics say so.
        let entry = "  M. Mueller, Will the Internet Fragment? Cambridge, UK: Polity Press, 2017.";
        let w = parse_reference_entry(entry, &[]).unwrap();
        assert_eq!(w.title, "Will the Internet Fragment?");
        let at = entry.find("Will").unwrap();
        let italic = (at, at + "Will the Internet Fragment?".len());
        let w = parse_reference_entry(entry, &[italic]).unwrap();
        assert_eq!(w.title, "Will the Internet Fragment?");
        assert_eq!(w.authors, ["M. Mueller"]);
    }

    #[test]
    fn an_institution_is_no_person() {
        assert!(!is_person("Internet Assigned Numbers Authority"));
        assert!(!is_person("Regional Internet Registry"));
        assert!(is_person("Milton Mueller"));
        // A collective's word or a determiner is in no one's name.
        assert!(!is_person("Community Impact"));
        assert!(!is_person("Our Pledge"));
        assert!(!is_person("Core Team"));
    }

    #[test]
    fn an_author_date_head_stands_alone() {
        assert!(is_author_date_head("Mueller, Milton (2017)."));
        assert!(is_author_date_head(
            "National Telecommunications and Information Administration (14 March 2014)."
        ));
        assert!(!is_author_date_head(
            "Mueller, Milton (2017). Will the Internet Fragment?"
        ));
        assert!(!is_author_date_head("Id. at 4 (2017)."));
        assert!(!is_author_date_head("See the report (draft)."));
        // A full date before the year is read as the work's date.
        let w = parse_work(
            "National Telecommunications and Information Administration (14 March 2014). \"NTIA Announces Intent to Transition\". Retrieved 5 May 2016.",
            &[],
        );
        assert_eq!(
            w.map(|w| w.title).as_deref(),
            Some("NTIA Announces Intent to Transition")
        );
    }

    fn emph(s: &str, t: &str) -> Vec<(usize, usize)> {
        let a = s.find(t).unwrap();
        vec![(a, a + t.len())]
    }

    #[test]
    fn a_link_named_by_a_standard_number_cites_the_standard() {
        let w = Work::from_url("https://www.rfc-editor.org/rfc/rfc2026", "RFC 2026");
        assert_eq!(
            (w.key.as_str(), w.rfc.as_deref()),
            ("std:RFC2026", Some("RFC2026"))
        );
        assert_eq!(
            w.url.as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc2026")
        );
        let w = Work::from_url("https://peps.python.org/pep-0008/", "PEP 8");
        assert_eq!(
            (w.key.as_str(), w.title.as_str()),
            ("url:peps.python.org/pep-0008", "PEP 8")
        );
    }

    #[test]
    fn a_cases_name_holds_its_commas() {
        for (cite, name) in [
            (
                "J.W. Hampton, Jr., & Co. v. United States, 276 U.S. 394, 409 (1928)",
                "J.W. Hampton, Jr., & Co. v. United States",
            ),
            (
                "Whitman v. Am. Trucking Ass'ns, Inc., 531 U.S. 457, 472 (2001)",
                // A title's closing period is dropped.
                "Whitman v. Am. Trucking Ass'ns, Inc",
            ),
        ] {
            let w = parse_work(cite, &[]).unwrap();
            assert_eq!((w.title.as_str(), w.authors.len()), (name, 0), "{cite}");
        }
        let w = parse_work(
            "Jane Doe, Bush v. Gore and the Court, 50 STAN. L. REV. 1 (2000)",
            &[],
        )
        .unwrap();
        assert_eq!(w.authors, ["Jane Doe"]);
        assert_eq!(w.title, "Bush v. Gore and the Court");
    }

    #[test]
    fn law_review_full_citation() {
        let s = "David Caron, The Legitimacy of the Collective Authority of the Security Council, 87 AM. J. INT'L L. 552, 561 (1993) [hereinafter Legitimacy].";
        let w = parse_work(
            s,
            &emph(
                s,
                "The Legitimacy of the Collective Authority of the Security Council",
            ),
        )
        .unwrap();
        assert_eq!(
            w.title,
            "The Legitimacy of the Collective Authority of the Security Council"
        );
        assert_eq!(w.authors, ["David Caron"]);
        assert_eq!(w.year.as_deref(), Some("1993"));
        assert_eq!(w.container.as_deref(), Some("AM. J. INT'L L."));
    }

    /// Authors a reference list writes "Surname, I." one after another are each an author;
    /// one such author, and names in other shapes, are kept as they are.
    #[test]
    fn surname_initials_lists_are_split() {
        assert_eq!(
            split_authors("Carpenter, B., Baker, F., and M. Roberts"),
            ["Carpenter, B.", "Baker, F.", "M. Roberts"]
        );
        assert_eq!(
            split_authors("Huitema, C.-J., Postel, J."),
            ["Huitema, C.-J.", "Postel, J."]
        );
        assert_eq!(split_authors("Postel, J."), ["Postel, J."]);
        assert_eq!(
            split_authors("JACK GOLDSMITH & TIM WU"),
            ["JACK GOLDSMITH", "TIM WU"]
        );
        assert_eq!(
            split_authors("Smith, Jones, and Lee"),
            ["Smith, Jones", "Lee"]
        );
    }

    #[test]
    fn un_documents_get_their_symbol() {
        let w = parse_work("G.A. Res. 70/125, ¶ 3 (Dec.16, 2015).", &[]).unwrap();
        assert_eq!(w.un_symbol.as_deref(), Some("A/RES/70/125"));
        assert!(w.title.contains("70/125"));
        let w = parse_work("Rept. of the Special Rapporteur, Addendum, at 3–11, U.N. Doc. A/HRC/35/22 (May 22, 2017).", &[]).unwrap();
        assert_eq!(w.un_symbol.as_deref(), Some("A/HRC/35/22"));
        assert_eq!(w.title, "Rept. of the Special Rapporteur (A/HRC/35/22)");
    }

    #[test]
    fn all_caps_book_citation() {
        let w = parse_work(
            "FREEDOM HOUSE, FREEDOM ON THE NET 2018 (Oct. 2018), https://freedomhouse.org/x.pdf",
            &[],
        )
        .unwrap();
        assert_eq!(w.title, "FREEDOM ON THE NET 2018");
        assert_eq!(w.issuer.as_deref(), Some("FREEDOM HOUSE"));
        let w = parse_work("JACK GOLDSMITH & TIM WU, WHO CONTROLS THE INTERNET? ILLUSIONS OF A BORDERLESS WORLD (2006)", &[]).unwrap();
        assert_eq!(w.authors, ["JACK GOLDSMITH", "TIM WU"]);
        assert!(w.title.starts_with("WHO CONTROLS THE INTERNET?"));
    }

    /// APA and Chicago author-date entries: the title is the sentence after the year, the
    /// container what follows it, even where the container is the italic part.
    #[test]
    fn author_date_entries() {
        let s = "Buchanan, A., & Keohane, R. O. (2006). The legitimacy of global governance institutions. *Ethics & International Affairs*, 20(4), 405–437.";
        let w = parse_work(s, &emph(s, "Ethics & International Affairs")).unwrap();
        assert_eq!(w.title, "The legitimacy of global governance institutions");
        assert_eq!(w.authors, ["Buchanan, A.", "Keohane, R. O."]);
        assert_eq!(w.year.as_deref(), Some("2006"));
        assert_eq!(
            w.container.as_deref(),
            Some("*Ethics & International Affairs*")
        );
        let w = parse_work("Hooghe, L., & Marks, G. (2003). Unraveling the central state, but how? Types of multi-level governance. American Political Science Review, 97(2), 233–243.", &[]).unwrap();
        assert_eq!(
            w.title,
            "Unraveling the central state, but how? Types of multi-level governance"
        );
        let w = parse_work(
            "Ostrom, Elinor. 1990. Governing the Commons. Cambridge: Cambridge University Press.",
            &[],
        )
        .unwrap();
        assert_eq!(
            (w.title.as_str(), w.year.as_deref()),
            ("Governing the Commons", Some("1990"))
        );
        assert_eq!(w.authors, ["Ostrom, Elinor"]);
        let w = parse_work(
            "Internet Society. (2016). Policy brief on U.S. oversight. Reston.",
            &[],
        )
        .unwrap();
        assert_eq!(w.title, "Policy brief on U.S. oversight");
        assert_eq!(w.issuer.as_deref(), Some("Internet Society"));
        // An organization whose name has "on" or "in" in it.
        let w = parse_work(
            "World Summit on the Information Society (2005). \"Tunis Agenda for the Information Society\". ITU.",
            &[],
        )
        .unwrap();
        assert_eq!(w.title, "Tunis Agenda for the Information Society");
        assert_eq!(
            w.issuer.as_deref(),
            Some("World Summit on the Information Society")
        );
        // A law review's book citation is no author-date entry.
        let w = parse_work("JACK GOLDSMITH & TIM WU, WHO CONTROLS THE INTERNET? ILLUSIONS OF A BORDERLESS WORLD (2006)", &[]).unwrap();
        assert!(w.title.starts_with("WHO CONTROLS THE INTERNET?"));
    }

    /// The byte test passes every text the rule matches, on text made of the rule's pieces.
    #[test]
    fn author_date_byte_test_covers_the_rule() {
        let mut pick = crate::extract::test_picker(0xA17D_A7E5_0000_0001);
        let pieces = [
            "Ostrom, E.",
            "Ostrom",
            "(",
            ")",
            "(1990",
            "(1990)",
            "(1990a)",
            "(1990, May 3)",
            ".",
            ". ",
            "1990",
            "1990.",
            " ",
            "Title",
            "of",
            "x",
            "\t",
            ",",
            "\u{a0}",
        ];
        let mut met = 0;
        for _ in 0..80_000 {
            let t = crate::extract::test_text(&mut pick, 10, &pieces, &["", " "]);
            if AUTHOR_DATE.is_match(&t) {
                met += 1;
                assert!(may_be_author_date(t.as_bytes()), "{t:?}");
            }
        }
        assert!(met > 800, "{met}");
    }

    #[test]
    fn reference_entries() {
        let w = parse_reference_entry(
            "Cooper, A., and J. Postel, \"The US Domain\", RFC 1480, June 1993.",
            &[],
        )
        .unwrap();
        assert_eq!(w.title, "The US Domain");
        assert_eq!(w.key, "std:RFC1480");
        let w = parse_reference_entry("Published by ICANN, \"ICANN Address Supporting Organization (ASO) MoU\", October 2004, <http://archive.icann.org/en/aso/aso-mou-29oct04.htm>.", &[]).unwrap();
        assert_eq!(w.issuer.as_deref(), Some("ICANN"));
        assert!(parse_reference_entry("", &[]).is_none());
    }

    #[test]
    fn same_work_twice_is_one_work() {
        let mut ws = WorkSet::default();
        let a = ws.add(parse_work("JEREMY MALCOLM, MULTI-STAKEHOLDER GOVERNANCE AND THE INTERNET GOVERNANCE FORUM (2008).", &[]).unwrap());
        let b = ws.add(parse_work("JEREMY MALCOLM, MULTI-STAKEHOLDER GOVERNANCE AND THE INTERNET GOVERNANCE FORUM (2008).", &[]).unwrap());
        assert_eq!(a, b);
        assert_eq!(standard_number("rfc 2418").as_deref(), Some("RFC2418"));
    }

    /// An organization cited by its acronym before the title is the author, not the title.
    #[test]
    fn an_acronym_before_the_title_is_its_author() {
        let w = parse_reference_entry(
            "ANSI, Coded Character Set -- 7-Bit American Standard Code for Information Interchange, ANSI X3.4-1986.",
            &[],
        )
        .unwrap();
        assert_eq!(
            w.title,
            "Coded Character Set -- 7-Bit American Standard Code for Information Interchange"
        );
        assert_eq!(w.authors, ["ANSI"]);
        assert!(is_acronym_author("W3C") && is_acronym_author("ICANN"));
        assert!(
            !is_acronym_author("Smith") && !is_acronym_author("A") && !is_acronym_author("1999")
        );
    }
}
