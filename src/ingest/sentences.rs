//! Sentence splitting that survives legal and diplomatic abbreviations (`U.N.`, `U.S.`,
//! `e.g.`, `Id.`, `Dec.`, `No.`, `Res.`) and initials (`H.W.`).

use super::normalize::{BlockKind, Text};

#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the normalized text.
    pub start: usize,
    pub end: usize,
    pub block: usize,
}

/// Lower-cased abbreviations (without their final period) after which a period does not
/// end a sentence.
const ABBREV: &[&str] = &[
    "e.g", "i.e", "id", "ibid", "cf", "etc.al", "al", "v", "vs", "no", "nos", "res", "doc", "docs",
    "rev", "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "mr", "mrs", "ms", "dr", "prof", "st", "inc", "corp", "co", "ltd", "jr", "sr", "art", "arts",
    "para", "paras", "p", "pp", "n", "nn", "vol", "vols", "ch", "sec", "secs", "fig", "ed", "eds",
    "cong", "sess", "supp", "stat", "u.s", "u.n", "u.k", "e.u", "l", "j", "rep", "gen", "int'l",
    "approx", "dept", "gov", "assn", "ass'n", "comm", "comm'n", "cir", "ct", "app", "op", "cit",
    "loc", "viz", "ca", "c", "trans", "repr", "sub", "add", "corr", "amend", "est", "ibid", "et",
    // Words of case names (Bluebook T6): "Louisiana Pub. Serv. Comm'n v. FCC".
    "nat'l", "dep't", "gov't", "comm'r", "comm'rs", "soc'y", "env't", "serv", "servs", "mfg",
    "transp", "envtl", "admin", "univ", "elec", "indus", "mgmt", "hosp", "prods", "cnty", "bd",
    "ctr", "sys", "u.s.a",
    // Parliamentary forms of address: "my right hon. Friend", "the Rt. Hon. Member".
    "hon", "rt",
];

/// Abbreviations of case names that are also words ("the pub.", "they were fed."): only
/// written capitalized, as in a case's name, is the period not a sentence's end.
const CAPITALIZED_ABBREV: &[&str] = &[
    "am", "pub", "fed", "ins", "dist", "bros", "mut", "dev", "fin", "hous", "sch", "auth", "tech",
    "coal", "def", "enters", "sav", "chem", "cmty", "constr", "div", "econ", "educ", "emps",
    "exch", "grp", "hum", "info", "inst", "intell", "liab", "mach", "med", "merch", "mktg", "mun",
    "prop", "prot", "rsch", "sols", "tel", "util", "nat",
];

/// Splits every text block into sentences. Headings are one sentence each.
pub fn split(t: &Text) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bi, b) in t.blocks.iter().enumerate() {
        if b.kind == BlockKind::Furniture {
            continue;
        }
        if b.kind == BlockKind::Heading {
            out.push(Sentence {
                start: b.start,
                end: b.end,
                block: bi,
            });
            continue;
        }
        for (s, e) in split_str(&t.text[b.start..b.end]) {
            out.push(Sentence {
                start: b.start + s,
                end: b.start + e,
                block: bi,
            });
        }
    }
    out
}

/// Sentence ranges (byte offsets) of one block of text.
pub fn split_str(s: &str) -> Vec<(usize, usize)> {
    split_with(s, false)
}

/// Citation sentences of a footnote: as `split_str`, but a period after an all-caps
/// abbreviation or before another abbreviation (`87 AM. J. INT'L L. 552`,
/// `PROC. ASIL ANN. MEETING`) does not end a citation sentence.
pub fn split_citation_sentences(s: &str) -> Vec<(usize, usize)> {
    split_with(s, true)
}

/// The length of a numbered pointer at the start of `s` ("[1]", "[2, 3]", "[4-6]").
fn pointer_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let close = inner.find(']')?;
    let body = &inner[..close];
    (close > 0
        && close <= 12
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b',' | b' ' | b'-')))
    .then_some(close + 2)
}

fn split_with(s: &str, citation: bool) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = skip_ws(s, 0);
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = (depth - 1).max(0),
            b'.' | b'?' | b'!' => {
                // Extend over closing quotes/brackets and repeated punctuation.
                let mut j = i + 1;
                while j < b.len() {
                    let rest = &s[j..];
                    // "law.[1] A power ...": a numbered pointer after the period ends the
                    // sentence with it.
                    if let Some(n) = pointer_len(rest) {
                        j += n;
                        continue;
                    }
                    if let Some(ch) = rest.chars().next() {
                        if matches!(
                            ch,
                            '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '?' | '!' | '»'
                        ) {
                            if matches!(ch, ')' | ']') {
                                depth = (depth - 1).max(0);
                            }
                            j += ch.len_utf8();
                            continue;
                        }
                    }
                    break;
                }
                let at_end = j >= b.len();
                let followed_by_space = at_end || b[j] == b' ' || b[j] == b'\n';
                if followed_by_space
                    && (depth == 0 || at_end)
                    && !(c == b'.' && is_abbreviation(s, i))
                    && !(citation && c == b'.' && is_citation_abbreviation(s, i, j))
                {
                    let k = skip_ws(s, j);
                    let next = s[k..].chars().next();
                    let starts_new = match next {
                        None => true,
                        Some(n) => {
                            n.is_uppercase()
                                || n.is_ascii_digit()
                                || (n.is_lowercase()
                                    && s[k..]
                                        .split_whitespace()
                                        .next()
                                        .is_some_and(|w| w.chars().skip(1).any(char::is_uppercase)))
                                || matches!(
                                    n,
                                    '"' | '“' | '‘' | '(' | '[' | '*' | '-' | '—' | '¿' | '¡'
                                )
                        }
                    };
                    if starts_new {
                        if j > start {
                            out.push((start, j));
                        }
                        start = k;
                        depth = 0;
                        i = k;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let end = s.trim_end().len();
    if end > start {
        out.push((start, end));
    }
    out
}

fn skip_ws(s: &str, mut i: usize) -> usize {
    while i < s.len() && (s.as_bytes()[i] == b' ' || s.as_bytes()[i] == b'\n') {
        i += 1;
    }
    i
}

/// In a citation: `AM.` (all-caps word) or a period followed by an abbreviated word
/// (`J.`, `INT'L`, `REV.`) continues the citation.
fn is_citation_abbreviation(s: &str, i: usize, j: usize) -> bool {
    let before = &s[..i];
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    if !letters.is_empty()
        && letters.len() <= 6
        && letters.chars().all(char::is_uppercase)
        && !word.ends_with(')')
    {
        return true;
    }
    let next = s[j..].split_whitespace().next().unwrap_or("");
    let nl: String = next.chars().filter(|c| c.is_alphabetic()).collect();
    if next.ends_with('.') && !nl.is_empty() && nl.len() <= 5 && nl.chars().all(char::is_uppercase)
    {
        return true;
    }
    // A reporter's abbreviation between its volume and page ("11 FCC Rcd. 2588", "81 Fed.
    // Reg. 31,000"): a short capitalized word after a volume and capitalized words, before a
    // number.
    next.starts_with(|c: char| c.is_ascii_digit()) && reporter_before(before)
}

/// Whether `before` (the text up to a period) ends in a volume and a reporter's words: a
/// number, then one to four capitalized words, the last of them short ("11 FCC Rcd").
fn reporter_before(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    let last = words.next().unwrap_or("");
    let short = (2..=5).contains(&last.len())
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && last.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.');
    if !short {
        return false;
    }
    for w in words.take(4) {
        if !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
    }
    false
}

/// Is the period at `i` the end of an abbreviation or an initial?
fn is_abbreviation(s: &str, i: usize) -> bool {
    let before = &s[..i];
    let word_start = before
        .rfind(|c: char| {
            c.is_whitespace() || c == '(' || c == '[' || c == '"' || c == '“' || c == '—'
        })
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Every abbreviation is short, and lowercasing never makes fewer characters: a longer
    // word need not be lowercased and looked up (this runs at every period).
    let bare = word.trim_start_matches(['*', '_']);
    // "No. 5", "Res. No. A/RES/70/1", "Nos. 3-4" number things; "No. Only maintainers can
    // merge" answers a question: the number's abbreviation has a number after it.
    if bare.eq_ignore_ascii_case("no") || bare.eq_ignore_ascii_case("nos") {
        let next = s[i + 1..].split_whitespace().next().unwrap_or("");
        return next.starts_with('#') || next.contains(|c: char| c.is_ascii_digit());
    }
    if bare.is_ascii() {
        // Most words are ASCII: compared as one number, not lowercased into a new string
        // and compared with each abbreviation in turn.
        if bare.len() <= ABBREV_MAX_CHARS && ABBREV_KEYS.binary_search(&abbrev_key(bare)).is_ok() {
            return true;
        }
        if bare.len() <= ABBREV_MAX_CHARS
            && bare.starts_with(|c: char| c.is_ascii_uppercase())
            && CAPITALIZED_ABBREV
                .iter()
                .any(|a| a.eq_ignore_ascii_case(bare))
        {
            return true;
        }
    } else if bare.chars().nth(ABBREV_MAX_CHARS).is_none() {
        let lw = bare.to_lowercase();
        if ABBREV.contains(&lw.as_str()) {
            return true;
        }
    }
    // Initials and dotted acronyms: "H", "H.W", "U.S", "W".
    word.split('.').all(|p| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    })
}

/// Characters of the longest abbreviation (checked by a test).
const ABBREV_MAX_CHARS: usize = 7;

/// An ASCII word of at most 8 bytes, lowercased, as one number (no word holds a NUL byte:
/// binary input is refused before this).
fn abbrev_key(w: &str) -> u64 {
    w.bytes().enumerate().fold(0, |k, (i, b)| {
        k | (b.to_ascii_lowercase() as u64) << (8 * i)
    })
}

/// The abbreviations' keys, sorted.
static ABBREV_KEYS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut keys: Vec<u64> = ABBREV.iter().map(|a| abbrev_key(a)).collect();
    keys.sort_unstable();
    keys
});

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<&str> {
        split_str(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn the_longest_abbreviation_fits_the_bound() {
        assert!(ABBREV.iter().all(|a| a.chars().count() <= ABBREV_MAX_CHARS));
        assert!(ABBREV
            .iter()
            .all(|a| a.is_ascii() && *a == a.to_lowercase()));
        assert!(is_abbreviation("see e.g.", 7) && is_abbreviation("See E.G.", 7));
        assert!(is_abbreviation("Etc.al.", 6) && !is_abbreviation("etc.alx.", 7));
        assert!(!is_abbreviation("the vote.", 8) && is_abbreviation("Smith v.", 7));
        assert!(is_abbreviation("see Approx.", 10));
        assert!(is_abbreviation("the *Id.", 7));
        assert!(is_abbreviation("by H.W.", 6));
        assert!(!is_abbreviation("the Appendix.", 12));
        assert!(!is_abbreviation("the HW.", 6));
        assert!(is_abbreviation("Louisiana Pub.", 13) && !is_abbreviation("to the pub.", 10));
        assert!(is_abbreviation("Serv.", 4) && is_abbreviation("Nat'l.", 5));
        assert!(CAPITALIZED_ABBREV
            .iter()
            .all(|a| a.len() <= ABBREV_MAX_CHARS && *a == a.to_lowercase()));
    }

    /// A numbered pointer after a sentence's period ends that sentence with it; a bracket
    /// that is no pointer does not.
    #[test]
    fn a_pointer_after_the_period_ends_the_sentence() {
        assert_eq!(
            sents("It makes law.[1] A power is used.[2, 3] It binds.[4-6] See [Smith] too."),
            [
                "It makes law.[1]",
                "A power is used.[2, 3]",
                "It binds.[4-6]",
                "See [Smith] too."
            ]
        );
        assert_eq!(sents("It ends.[note] Next."), ["It ends.[note] Next."]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = "The U.N. adopted G.A. Res. 70/125 on Dec. 16, 2015. George H.W. Bush spoke, e.g. in No. 5. Id. at 557. The U.S. Government agreed.";
        assert_eq!(
            sents(s),
            [
                "The U.N. adopted G.A. Res. 70/125 on Dec. 16, 2015.",
                "George H.W. Bush spoke, e.g. in No. 5.",
                "Id. at 557.",
                "The U.S. Government agreed."
            ]
        );
    }

    /// "No." before a number abbreviates it; as an answer it is a sentence.
    #[test]
    fn no_as_an_answer_ends_a_sentence() {
        assert_eq!(
            sents("A: No. Only maintainers can merge. See Res. No. A/RES/70/1 and Nos. 3-4 here. Item no. #12 too."),
            [
                "A: No.",
                "Only maintainers can merge.",
                "See Res. No. A/RES/70/1 and Nos. 3-4 here.",
                "Item no. #12 too."
            ]
        );
    }

    /// A reporter's abbreviation between a volume and a page ends no citation sentence.
    #[test]
    fn a_reporter_between_volume_and_page_continues_the_citation() {
        let s = "See In re Numbering Plan, 11 FCC Rcd. 2588, 2591 (1995). Id. at 5.";
        let got: Vec<&str> = split_citation_sentences(s)
            .into_iter()
            .map(|(a, z)| &s[a..z])
            .collect();
        assert_eq!(
            got,
            [
                "See In re Numbering Plan, 11 FCC Rcd. 2588, 2591 (1995).",
                "Id. at 5."
            ]
        );
        // Prose keeps its sentences: no volume stands before "Act".
        let s = "It passed the Act. 2016 was the year.";
        assert_eq!(split_citation_sentences(s).len(), 2);
    }

    #[test]
    fn questions_and_quotes() {
        let s = "Caron asked, “what does it mean?” And does it matter? Yes.";
        assert_eq!(
            sents(s),
            [
                "Caron asked, “what does it mean?”",
                "And does it matter?",
                "Yes."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_continues() {
        assert_eq!(
            sents("It was 5 p.m. today. Next."),
            ["It was 5 p.m. today.", "Next."]
        );
    }
}
