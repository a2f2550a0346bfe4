//! Speaker turns of transcripts, debates, hearings and interviews: a paragraph that opens
//! with its speaker's name ("Jane Holloway: I will give way.", "Mr. SMITH. Thank you,
//! Mr. Chairman.", "MUELLER: Formally, to ...", "Q: ... A: ...") is that speaker's, and so
//! are the paragraphs after it until the next turn or heading. The label is no part of
//! what is said.
//!
//! A label is read only in a document with two turns or more, and a name with nothing
//! else to show that it is a speaker's (no honorific or office before it, no constituency
//! or name in brackets after it) only where it is a speaker's elsewhere: the surname of
//! another turn's speaker, of the interviewee, or of a person the text names. "Note:",
//! "Working Group:" or "Status:" at a paragraph's start stay the text's own.

use crate::ingest::{BlockKind, Document};
use regex::Regex;
use std::sync::LazyLock;

/// A paragraph that opens a turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    pub block: usize,
    /// Where what is said starts (past the label and the blanks after it).
    pub text_start: usize,
    /// Who speaks; `None` for the interviewer's questions ("Q:"), which are the author's.
    pub speaker: Option<String>,
    /// The turn runs on through headings (a judge's opinion and its parts "I", "II").
    pub through_headings: bool,
}

/// The line that opens a judge's opinion: "CHIEF JUSTICE ROBERTS delivered the opinion of
/// the Court.", "JUSTICE THOMAS, concurring.", "JUSTICE KAGAN, with whom JUSTICE SOTOMAYOR
/// joins, dissenting.", "Judge Tatel, dissenting:". The judge speaks the opinion, its
/// numbered parts included, until the next such line.
/// In England and the Commonwealth, a judge's name alone over the judgment ("Lord Justice
/// Smith:", "LADY JUSTICE JONES:", "Mr Justice Green:", "LORD REED: (with whom Lord Hodge
/// agrees)") does as much.
static OPINION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:CHIEF[ \t]+JUSTICE|Chief[ \t]+Justice|JUSTICE|Justice|JUDGE|Judge|LORD|Lord|LADY|Lady)[ \t]+[A-Z][A-Za-z'’-]+)(?:[ \t]+(?:delivered|announced)[ \t]+the[ \t]+(?:opinion|judgment)\b[^\n]{0,300}|,[^\n]{0,300}?\b(?:concurring|dissenting)(?:[ \t]+in[ \t]+(?:part|the[ \t]+judgment)[^\n]{0,100})?)[.:]$|^((?:(?:LORD|Lord|LADY|Lady|MR|Mr|MRS|Mrs|MS|Ms|DAME|Dame|SIR|Sir)[ \t]+(?:JUSTICE|Justice)|LORD|Lord|LADY|Lady)[ \t]+[A-Z][A-Za-z'’-]+)(?:[ \t]+\([^()\n]{1,200}\))?[ \t]*:$").unwrap()
});

/// Words before a name that make it a speaker's ("Mr Speaker", "Senator CRUZ", "The
/// Minister for ..."), compared without a final period.
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sen",
    "Senator",
    "Rep",
    "Representative",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Madam",
    "President",
    "Judge",
    "Justice",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Sir",
    "Dame",
    "Secretary",
    "Minister",
    "Commissioner",
    "Ambassador",
    "Governor",
    "Mayor",
    "Speaker",
    "Hon",
    "The",
];

/// Words that open a paragraph with a colon without naming a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "Note",
    "Notes",
    "Warning",
    "Caution",
    "Important",
    "Example",
    "Examples",
    "Summary",
    "Abstract",
    "Status",
    "Update",
    "Rationale",
    "Answer",
    "Question",
    "Response",
    "Comment",
    "Reply",
    "Source",
    "Sources",
    "Disclaimer",
    "Definition",
    "Purpose",
    "Scope",
    "Background",
    "Issue",
    "Problem",
    "Solution",
    "Proposal",
    "Resolution",
    "Decision",
    "Action",
    "Result",
    "Outcome",
    "Motion",
    "Vote",
    "Agenda",
    "Date",
    "Time",
    "Location",
    "Subject",
    "From",
    "To",
    "Present",
    "Absent",
    "Attendees",
    "Chapter",
    "Section",
    "Article",
    "Part",
    "Step",
    "Tip",
    "Function",
    "Method",
    "Class",
    "Macro",
    "Variable",
    "Constant",
    "Property",
    "Event",
    "Type",
    "Returns",
    "Parameters",
    "Usage",
    "Syntax",
    "Default",
    "Value",
    "Values",
    "Options",
    "Output",
    "Input",
    "Error",
    "Errors",
    "Stability",
    "Deprecated",
    "Added",
    "Changed",
    "Fixed",
    "Removed",
    "Security",
    "Contact",
    "Address",
    "Email",
    "Phone",
    "Web",
    "License",
];

/// Titles of a hearing's speakers in capitals ("Mr. SMITH.", "Senator CRUZ.", "The CHAIRMAN.").
const HEARING_TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Senator",
    "Sen",
    "Representative",
    "Rep",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Secretary",
    "General",
    "Admiral",
    "Ambassador",
    "Commissioner",
    "Judge",
    "Justice",
    "The",
];

/// "an interview with Milton Mueller", "We spoke with Jane Doe": whom the answers are from.
static INTERVIEWEE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:[Ii]nterview(?:ed)?|[Ss]poke|[Ss]peaks|[Tt]alk(?:ed|s)?|[Cc]onversation|Q&A)[ \t]+(?:with|to)[ \t]+((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3})",
    )
    .unwrap()
});

#[derive(Debug)]
enum Label {
    /// A speaker with a sign of being one (title, brackets, a hearing's capitals).
    Marked(String),
    /// A bare name: a speaker only where the document bears it out.
    Bare(String),
    Question,
    Answer,
    /// A thread's post head ("@bob-smith commented on 14 May 2023"): it states nothing.
    Head,
    /// The author's own text again, after a run of speakers' items.
    Resume,
}

/// The label a paragraph opens with, and where its text starts (relative to `s`). Read by
/// hand: every paragraph is asked, and most open with no label.
fn label(s: &str) -> Option<(Label, usize)> {
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let cut = (0..=s.len().min(120))
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0);
    let head = &s[..cut];
    // What is said follows the blanks after the label, on the same line.
    let said = |at: usize| {
        let rest = &s[at..];
        let blanks = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let start = at + blanks;
        (blanks > 0 && start < s.len() && !s[start..].starts_with(['\n', '\r'])).then_some(start)
    };
    let first_end = head.find([' ', '\t', ':', '.']).unwrap_or(head.len());
    let first = &head[..first_end];
    // "Q:", "A.", "Question:".
    if matches!(first, "Q" | "A" | "Question" | "Answer") {
        let rest = head[first_end..].trim_start_matches([' ', '\t']);
        if rest.starts_with([':', '.']) {
            let at = head.len() - rest.len() + 1;
            let l = if first.starts_with('Q') {
                Label::Question
            } else {
                Label::Answer
            };
            return Some((l, said(at)?));
        }
        return None;
    }
    // "Mr. SMITH.", "The CHAIRMAN.", "Senator VAN HOLLEN.": a title, one or two words in
    // capitals, a period.
    if HEARING_TITLES.contains(&first) {
        if let Some(found) = hearing(head, first_end) {
            return Some(found).and_then(|(n, at)| Some((Label::Marked(n), said(at)?)));
        }
    }
    let colon = memchr::memchr(b':', head.as_bytes())?;
    let (before, brackets) = split_brackets(&head[..colon])?;
    let name = before.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    // An office may take many words ("The Secretary of State for Digital, Culture, Media
    // and Sport (Michelle Donelan):"); a name, few.
    let limit = if words.first() == Some(&"The") && !brackets.is_empty() {
        16
    } else {
        6
    };
    if words.is_empty() || words.len() > limit {
        return None;
    }
    let first = words[0].trim_end_matches('.');
    if NOT_SPEAKERS.contains(&first) {
        return None;
    }
    let start = said(colon + 1)?;
    // A transcript in capitals ("THE COURT:", "MR. JONES:"): its titles read as titles.
    let cased = capitalized(first);
    let first = if first.len() >= 2 && first.bytes().all(|b| b.is_ascii_uppercase()) {
        cased.as_str()
    } else {
        first
    };
    if NOT_SPEAKERS.contains(&first) {
        return None;
    }
    let name = &name_in_titles(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    // "The Minister for Digital Infrastructure (Jane Holloway)": the office's holder; "The
    // Chair:" an office that presides.
    if first == "The" {
        if let Some(h) = brackets.iter().find(|p| person_shaped(p)) {
            return Some((Label::Marked(h.to_string()), start));
        }
        let office = titled(&words[1..].join(" "));
        return OFFICES
            .contains(&office.as_str())
            .then(|| (Label::Marked(titled(name)), start));
    }
    if !words.iter().all(|w| name_word(w)) {
        return None;
    }
    let name = without_honorific(&titled(name));
    // "Dr Alan Price", "Senator Cruz", "Jim Shannon (Strangford) (DUP)": a constituency and
    // a party in brackets, in words ("Junio C Hamano (1):" counts commits; "Key Derivation
    // Function (HKDF):" and "Fix Windows (Nick Wellnhofer):" have one group).
    let constituency = brackets.len() >= 2
        && brackets.iter().all(|p| {
            // "(Lab/Co-op)": a joint party.
            p.chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '\'' | '’' | '/'))
        });
    if is_title(first) && words.len() >= 2 || constituency && words.len() >= 2 {
        return Some((Label::Marked(name), start));
    }
    (words.len() <= 4).then_some((Label::Bare(name), start))
}

/// "MR" as "Mr", "THE" as "The": a word's first letter kept, the others lowercased.
fn capitalized(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map(|f| f.to_string() + &cs.as_str().to_lowercase())
        .unwrap_or_default()
}

/// A label with its first word, a title in capitals ("MR.", "THE"), written as titles are
/// ("Mr.", "The"); other labels as they are.
fn name_in_titles(name: &str) -> String {
    let Some((first, rest)) = name.split_once(' ') else {
        return name.to_string();
    };
    let core = first.trim_end_matches('.');
    if core.len() >= 2 && core.bytes().all(|b| b.is_ascii_uppercase()) {
        let cased = capitalized(core);
        if TITLES.contains(&cased.as_str()) {
            return format!("{cased}{} {rest}", &first[core.len()..]);
        }
    }
    name.to_string()
}

/// "Mr. SMITH." at the start of `head`, whose first word (a title) ends at `first_end`:
/// the speaker and where the period after the name ends.
fn hearing(head: &str, first_end: usize) -> Option<(String, usize)> {
    let rest = head[first_end..]
        .strip_prefix('.')
        .unwrap_or(&head[first_end..]);
    let name_from = head.len() - rest.trim_start_matches([' ', '\t']).len();
    if name_from == head.len() - rest.len() {
        return None;
    }
    let mut end = name_from;
    let mut words = 0;
    // The Senate's record writes names as names ("Mr. Strickling.", "Senator Nelson.",
    // "The Chairman."): one case throughout, and after "The" an office only.
    let mut cased = None;
    for w in head[name_from..].split([' ', '\t']) {
        let core = w.strip_suffix('.');
        let word = core.unwrap_or(w);
        let starts =
            word.chars().count() >= 2 && word.starts_with(|c: char| c.is_ascii_uppercase());
        let capitals = starts
            && word
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-'));
        let name = starts
            && !capitals
            && word
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | '-'));
        if !(capitals || name) || words == 2 || *cased.get_or_insert(capitals) != capitals {
            return None;
        }
        words += 1;
        end += w.len();
        if core.is_some() {
            let label = &head[..end - 1];
            if name && head.starts_with("The ") && !OFFICES.contains(&&label[4..]) {
                return None;
            }
            // A sentence follows the label.
            let next = head[end..].trim_start_matches([' ', '\t']);
            if name && !next.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') {
                return None;
            }
            return Some((titled(label), end));
        }
        end += 1;
    }
    None
}

/// A label's name and the groups in brackets after it ("Dr Alan Price (Cambridge) (LD)");
/// `None` where brackets do not close or text follows them.
fn split_brackets(label: &str) -> Option<(&str, Vec<&str>)> {
    let Some(open) = label.find('(') else {
        return Some((label, Vec::new()));
    };
    let mut groups = Vec::new();
    let mut rest = label[open..].trim_end();
    while let Some(r) = rest.strip_prefix('(') {
        let close = r.find(')')?;
        let g = r[..close].trim();
        if g.is_empty() || g.len() > 60 || g.contains('(') {
            return None;
        }
        groups.push(g);
        rest = r[close + 1..].trim_start();
    }
    (rest.is_empty() && groups.len() <= 3).then_some((&label[..open], groups))
}

/// Offices that speak in a record under their title alone ("The Chair:", "The CLERK:").
const OFFICES: &[&str] = &[
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Speaker",
    "Deputy Speaker",
    "President",
    "Clerk",
    "Secretary",
    "Minister",
    "Moderator",
    "Court",
    "Witness",
    "Interviewer",
    "Presiding Officer",
    "Commissioner",
    "Registrar",
];

/// A word a speaker's label may hold: a title, an initial, a particle ("van"), a name
/// ("Holloway", "Smith-Jones") or a name in capitals ("MUELLER").
fn name_word(w: &str) -> bool {
    if is_title(w)
        || matches!(
            w,
            "van" | "von" | "de" | "da" | "del" | "der" | "di" | "du" | "la" | "le" | "bin" | "al"
        )
    {
        return true;
    }
    let b = w.as_bytes();
    if b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.' {
        return true;
    }
    let capitals = w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-'));
    let name = w.split('-').all(|p| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && {
            let rest = cs.as_str();
            !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_lowercase() || c == '\'' || c == '’')
        }
    });
    capitals || name
}

/// Whether a word is a title or an office before a name ("Mr.", "Senator", "The").
pub fn is_title(word: &str) -> bool {
    TITLES.contains(&word.trim_end_matches('.'))
}

/// Two to four capitalized words, no digits: a person's name in brackets.
fn person_shaped(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !w.contains(|c: char| c.is_ascii_digit())
        })
}

/// "MUELLER" as "Mueller", "Mr. SMITH" as "Mr. Smith": words in capitals, as names are
/// written in running text. Initials and short acronyms stay.
fn titled(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 2 && !w.chars().any(char::is_lowercase) {
                capitalized(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Dr Alan Price" as "Alan Price"; "Mr Speaker" and "Mr. Smith" keep their titles, which
/// are all there is besides one word.
fn without_honorific(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 3 && TITLES.contains(&words[0].trim_end_matches('.')) && words[0] != "The" {
        words[1..].join(" ")
    } else {
        name.to_string()
    }
}

/// The last word of a name.
fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or("")
}

/// The name of a person the text names with this surname: a capitalized word before it
/// in the same sentence ("Milton Mueller").
fn named_in_text(text: &str, surname: &str) -> Option<String> {
    if surname.len() < 3 {
        return None;
    }
    text.match_indices(surname).find_map(|(i, _)| {
        let after = text[i + surname.len()..].chars().next();
        let before = text[..i].strip_suffix(' ')?;
        let w = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // The name ends there: no capitalized word goes on with it.
        let rest = &text[i + surname.len()..];
        let whole = after.is_none_or(|c| !c.is_alphanumeric())
            && !rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        // Not the first word of a sentence ("Because Duplex and Transform streams ..."):
        // a name written inside one ("an interview with Milton Mueller"), after a lowercase
        // word or a title, not in a longer capitalized phrase ("Key Derivation Function").
        let prior = before[..before.len() - w.len()].trim_end_matches([' ', '\t']);
        let prior_word = prior
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let inside = prior.ends_with([',', ';'])
            || prior_word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            || is_title(prior_word) && prior_word != "The";
        let first = w.len() >= 2
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(char::is_lowercase)
            && !TITLES.contains(&w);
        (whole && first && inside).then(|| format!("{w} {surname}"))
    })
}

/// A thread's line over each post, on a line of its own: "@bob-smith commented on 14 May
/// 2023", "Jane Doe replied", "opened by @jdoe on 12 May 2023", "jdoe 3 hours ago | next",
/// "mwong · 1 hour ago". The post under it is its writer's.
static POST_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:@?([A-Za-z0-9][\w.-]*)[ \t]*(?:[·•|—–-][ \t]*)?[0-9]+[ \t]+(?:second|minute|hour|day|week|month|year)s?[ \t]+ago(?:[ \t]*\|[^\n]{0,60})?$)|^(?:@?([A-Za-z0-9][\w.-]*(?:[ \t][A-Z][\w.'’-]*){0,3})[ \t]+(?:commented|replied|responded|posted)|(?:[Oo]pened|[Pp]osted|[Ss]ubmitted|[Ss]tarted)[ \t]+by[ \t]+@?([A-Za-z0-9][\w.-]*(?:[ \t][A-Z][\w.'’-]*){0,3}))(?:[ \t]+on[ \t]+[^.\n]{1,40})?:?$").unwrap()
});

/// A talk page's signature at the end of a comment: "Bob Smith (talk) 15:10, 3 May 2021
/// (UTC)", "JaneEditor (talk · contribs) 14:02, 3 May 2021 (UTC)".
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[ \t]\((?:talk|Talk)(?:[ \t]*[·•|][ \t]*contribs)?\)[ \t]+[0-9]{1,2}:[0-9]{2},[ \t]+[0-9]{1,2}[ \t]+[A-Z][a-z]+[ \t]+[0-9]{4}[ \t]+\(UTC\)[ \t]*$").unwrap()
});

/// The signer of a comment that ends with a talk page's signature, and where the signature
/// starts: the words before "(talk)" back to the end of the last sentence, four at most.
pub fn signature(text: &str) -> Option<(String, usize)> {
    let text = text.trim_end();
    if !text.ends_with("(UTC)") {
        return None;
    }
    let m = SIGNATURE.find(text)?;
    let before = &text[..m.start()];
    let from = before
        .rfind(['.', '!', '?', ';'])
        .map_or(0, |i| i + 1)
        .max(before.rfind(['\n']).map_or(0, |i| i + 1));
    // "203.0.113.5": a number's dots end no sentence.
    let from = if before[from..].starts_with(|c: char| c.is_ascii_digit()) {
        before[..from]
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + 1)
    } else {
        from
    };
    let user = before[from..].trim();
    let words = user.split_whitespace().count();
    ((1..=4).contains(&words)).then(|| {
        (
            user.to_string(),
            from + (before[from..].len() - before[from..].trim_start().len()),
        )
    })
}

/// The sender a header's "From:" names: "Avri Doria <avri@example.org>", "avri at
/// example.org (Avri Doria)" (as list archives write it), "\"Doria, Avri\" <...>".
fn sender(from: &str) -> Option<String> {
    let v = from.trim();
    // The name in brackets after an address.
    if let Some((addr, rest)) = v.split_once('(') {
        let name = rest.trim_end().strip_suffix(')').map(str::trim);
        if let Some(name) = name.filter(|_| addr.contains('@') || addr.contains(" at ")) {
            return Some(name.to_string());
        }
    }
    crate::ingest::normalize::author_names(v).into_iter().next()
}

/// A record's note that a statement is put in it: "[The prepared statement of Mr. Smith
/// follows:]". The statement, past its title, is the speaker's.
static STATEMENT_FOLLOWS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[(?:The|the)[ \t]+(?:(?:prepared|written|opening|full)[ \t]+)?statement[ \t]+of[ \t]+(?:the[ \t]+)?(?:Hon\.|Honorable)?[ \t]*([A-Z][^\]\n]{1,80}?)[ \t]+follows:?\]$").unwrap()
});

/// The turns of a document, in order of their paragraphs; empty where it has fewer than
/// two.
pub fn turns(doc: &Document) -> Vec<Turn> {
    let t = &doc.text;
    let mut found: Vec<(usize, Label, usize)> = Vec::new();
    // List items that open with a speaker's name: (block, name, where the text starts).
    let mut item_labels: Vec<(usize, String, usize)> = Vec::new();
    // Whether a name is a person's (asked once a name: a search of the text a word).
    let mut persons: rustc_hash::FxHashMap<String, bool> = Default::default();
    for (i, b) in t.blocks.iter().enumerate() {
        // A thread's post head opens its writer's turn at the next paragraph.
        if matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading) && !b.quote && !b.item {
            let s = t.text[b.start..b.end].trim();
            let head = |w: &str| s.contains(w);
            if s.len() <= 120
                && (head(" by ")
                    || head("commented")
                    || head("replied")
                    || head("responded")
                    || head("posted")
                    || head(" ago"))
            {
                if let Some(c) = POST_HEAD.captures(s) {
                    let name = c
                        .get(1)
                        .or(c.get(2))
                        .or(c.get(3))
                        .map_or("", |m| m.as_str());
                    let next = (i + 1..t.blocks.len())
                        .find(|&j| t.blocks[j].kind != BlockKind::Furniture)
                        .filter(|&j| t.blocks[j].kind == BlockKind::Paragraph);
                    if let Some(j) = next {
                        if b.kind == BlockKind::Paragraph {
                            found.push((i, Label::Head, b.end));
                        }
                        found.push((j, Label::Marked(name.to_string()), t.blocks[j].start));
                        continue;
                    }
                }
            }
        }
        if b.kind != BlockKind::Paragraph || b.quote {
            continue;
        }
        let s = &t.text[b.start..b.end];
        let lead = s.len() - s.trim_start().len();
        if b.item {
            // Minutes' notes: "* Pete Resnick: The IESG has no authority ...".
            if let Some((Label::Marked(n) | Label::Bare(n), at)) = label(s.trim_start()) {
                // A person's name, not a term a list defines ("Invalid Module Specifier:"):
                // none of its words is written in lowercase in the text.
                let person = *persons.entry(n.clone()).or_insert_with(|| {
                    crate::extract::works::is_person(&n)
                        && !n.split(' ').any(|w| {
                            w.len() >= 3
                                && w.starts_with(|c: char| c.is_uppercase())
                                && crate::extract::actors::written_lowercase(&t.text, w)
                        })
                });
                if person {
                    item_labels.push((i, n, b.start + lead + at));
                }
            }
            continue;
        }
        // A message's header inside a file of messages (a list's digest, an archive): the
        // header states nothing, and the message under it is its sender's.
        if s[lead..].starts_with(|c: char| c.is_ascii_uppercase()) && s.contains("\nFrom: ")
            || s[lead..].starts_with("From: ")
        {
            let mut lines: Vec<&str> = s.trim().lines().collect();
            // An archive's line between messages ("From jdoe at example.org  Tue Oct 14
            // 09:12:03 2014"), before the header.
            if lines.len() > 1 && lines[0].starts_with("From ") {
                lines.remove(0);
            }
            let from = crate::ingest::normalize::mail_header(&lines)
                .filter(|(n, _)| *n == lines.len())
                .and_then(|_| lines.iter().find_map(|l| l.strip_prefix("From: ")))
                .and_then(sender)
                .filter(|v| !v.is_empty());
            let next = t
                .blocks
                .get(i + 1)
                .filter(|n| n.kind == BlockKind::Paragraph);
            if let (Some(from), Some(n)) = (from, next) {
                found.push((i, Label::Head, b.end));
                found.push((i + 1, Label::Marked(from), n.start));
                continue;
            }
        }
        if s[lead..].starts_with("[The ") || s[lead..].starts_with("[the ") {
            if let Some(c) = STATEMENT_FOLLOWS.captures(s.trim()) {
                // The statement's own title ("Prepared Statement of Hon. ...", no sentence)
                // says nothing either.
                let mut j = i + 1;
                while let Some(n) = t.blocks.get(j) {
                    let title = n.kind == BlockKind::Heading
                        || n.kind == BlockKind::Furniture
                        || n.kind == BlockKind::Paragraph
                            && !t
                                .block_text(n)
                                .trim_end()
                                .ends_with(['.', '?', '!', ':', '"', '”'])
                            && t.block_text(n).len() <= 300;
                    if !title {
                        break;
                    }
                    j += 1;
                }
                if t.blocks
                    .get(j)
                    .is_some_and(|n| n.kind == BlockKind::Paragraph)
                {
                    found.push((i, Label::Head, b.end));
                    for k in i + 1..j {
                        if t.blocks[k].kind == BlockKind::Paragraph {
                            found.push((k, Label::Head, t.blocks[k].end));
                        }
                    }
                    let name = titled(c[1].trim());
                    found.push((j, Label::Marked(name), t.blocks[j].start));
                    continue;
                }
            }
        }
        if let Some((l, at)) = label(s.trim_start()) {
            found.push((i, l, b.start + lead + at));
        }
    }
    // A talk page's comments are their signers': from the block after the last signed one
    // (or a heading) to the block that ends with the signature.
    let mut comment_start: Option<usize> = None;
    for (i, b) in t.blocks.iter().enumerate() {
        if b.kind == BlockKind::Heading {
            comment_start = None;
            continue;
        }
        if b.kind != BlockKind::Paragraph {
            continue;
        }
        let first = *comment_start.get_or_insert(i);
        if let Some((user, _)) = signature(t.block_text(b)) {
            found.push((first, Label::Marked(user), t.blocks[first].start));
            comment_start = None;
        }
    }
    // A chat's messages are their nicks' (normalize read the nicks from the log's lines).
    for (k, (block, nick)) in t.chat.iter().enumerate() {
        found.push((*block, Label::Marked(nick.clone()), t.blocks[*block].start));
        // What follows the log (a summary under it) is the author's again.
        let next = block + 1;
        if next < t.blocks.len() && t.chat.get(k + 1).is_none_or(|c| c.0 != next) {
            found.push((next, Label::Resume, t.blocks[next].start));
        }
    }
    // Items that open with a person's name, three or more: each is that person's, and the
    // block after the last of a run is the author's again.
    if item_labels.len() >= 3 {
        // In the blocks' order, as the loop above found them.
        let labelled: Vec<usize> = item_labels.iter().map(|l| l.0).collect();
        for (i, n, at) in item_labels {
            found.push((i, Label::Marked(n), at));
            let next = i + 1;
            if next < t.blocks.len() && labelled.binary_search(&next).is_err() {
                found.push((next, Label::Resume, t.blocks[next].start));
            }
        }
    }
    // One turn a block: the first found (a header's sender before a label the block opens
    // with), in the blocks' order.
    found.sort_by_key(|f| f.0);
    found.dedup_by_key(|f| f.0);
    // Bare names only where the document bears them out.
    let marked: Vec<&str> = found
        .iter()
        .filter_map(|(_, l, _)| match l {
            Label::Marked(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    let qa = found.iter().any(|(_, l, _)| matches!(l, Label::Question))
        && found.iter().any(|(_, l, _)| matches!(l, Label::Answer));
    let interviewee = qa
        .then(|| {
            // The title or the first paragraphs name whom the interview is with.
            std::iter::once(t.title.as_str())
                .chain(t.blocks.iter().take(6).map(|b| t.block_text(b)))
                .find_map(|s| INTERVIEWEE.captures(s).map(|c| c[1].to_string()))
        })
        .flatten();
    let mut out: Vec<Turn> = Vec::new();
    for (block, l, text_start) in &found {
        let speaker = match l {
            Label::Marked(n) => Some(Some(n.clone())),
            Label::Bare(n) => {
                let s = surname(n);
                // "MUELLER:" where the text names Milton Mueller: his turn.
                let in_text = (!n.contains(' '))
                    .then(|| named_in_text(&t.text, s))
                    .flatten();
                // A person's full name that opens two turns or more, each a sentence
                // ("Kathy Brown: Welcome back." through a transcript), is a speaker's by its
                // use ("Fix Windows: the build." twice in a changelog is not).
                let repeated = || {
                    let opened: Vec<usize> = found
                        .iter()
                        .filter(|(_, l, _)| matches!(l, Label::Bare(m) if m == n))
                        .map(|(_, _, at)| *at)
                        .collect();
                    n.contains(' ')
                        && crate::extract::works::is_person(n)
                        && opened.len() >= 2
                        && opened.iter().all(|&at| {
                            t.text[at..].starts_with(|c: char| c.is_uppercase() || c == '"')
                        })
                };
                let borne = marked.iter().any(|m| surname(m) == s)
                    || in_text.is_some()
                    || interviewee.as_deref().is_some_and(|i| surname(i) == s)
                    || repeated();
                borne.then(|| Some(in_text.unwrap_or_else(|| n.clone())))
            }
            // Kept for now; a question is a turn only where someone answers (below).
            Label::Question => Some(None),
            Label::Answer => qa.then(|| interviewee.clone()),
            Label::Head | Label::Resume => Some(None),
        };
        if let Some(speaker) = speaker {
            out.push(Turn {
                block: *block,
                text_start: *text_start,
                speaker,
                through_headings: false,
            });
        }
    }
    // Questions are the interviewer's where "A:" or a named speaker answers them ("Q: ..."
    // then "Mueller: ..."); alone, they are a list of questions (a FAQ's).
    if !qa && !out.iter().any(|u| u.speaker.is_some()) {
        out.clear();
    }
    // A surname alone names the one speaker with that surname ("Jane Holloway:", then
    // "Holloway:").
    let full: Vec<String> = out
        .iter()
        .filter_map(|u| u.speaker.clone())
        .filter(|n| n.contains(' '))
        .collect();
    for u in &mut out {
        if let Some(n) = &u.speaker {
            if !n.contains(' ') {
                let mut with = full.iter().filter(|f| surname(f) == n);
                if let (Some(f), None) = (with.next(), with.next()) {
                    u.speaker = Some(f.clone());
                }
            }
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    // A judge's opinion is the judge's, one opinion or several: its opening line says so.
    for (i, b) in t.blocks.iter().enumerate() {
        if b.kind != BlockKind::Paragraph || b.quote || b.item {
            continue;
        }
        let s = t.text[b.start..b.end].trim();
        if !s.starts_with(['C', 'J', 'L', 'M', 'D', 'S']) {
            continue;
        }
        if let Some(c) = OPINION.captures(s) {
            let at = out.partition_point(|u| u.block < i);
            if out.get(at).is_some_and(|u| u.block == i) {
                continue;
            }
            out.insert(
                at,
                Turn {
                    block: i,
                    // The line itself states nothing.
                    text_start: b.end,
                    speaker: Some(titled(&c.get(1).or(c.get(2)).unwrap().as_str())),
                    through_headings: true,
                },
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{parse, Format};
    use std::path::Path;

    fn speakers(src: &str) -> Vec<(String, Option<String>)> {
        let d = parse("t", Path::new("t.md"), Format::Markdown, src.as_bytes()).unwrap();
        turns(&d)
            .into_iter()
            .map(|u| {
                (
                    d.text.text[u.text_start..].chars().take(12).collect(),
                    u.speaker,
                )
            })
            .collect()
    }

    #[test]
    fn a_debates_turns() {
        let v = speakers(
            "# Debate\n\nMr Speaker: I call the Minister.\n\nThe Minister for Digital Infrastructure (Jane Holloway): I beg to move.\n\nDr Alan Price (Cambridge) (LD): Will the Minister give way?\n\nJane Holloway: I will give way.\n\nDr Alan Price: Who elected the regulator?\n",
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            who,
            [
                Some("Mr Speaker"),
                Some("Jane Holloway"),
                Some("Alan Price"),
                Some("Jane Holloway"),
                Some("Alan Price")
            ]
        );
        assert_eq!(v[3].0, "I will give ");
    }

    #[test]
    fn a_hearings_capitals() {
        let v = speakers(
            "Mr. SMITH. Thank you, Mr. Chairman. The agency acts for the users.\n\nThe CHAIRMAN. The gentleman yields back.\n",
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(who, [Some("Mr. Smith"), Some("The Chairman")]);
        assert_eq!(v[0].0, "Thank you, M");
    }

    /// A court's transcript in capitals: "THE COURT:", "MR. JONES:", "MS. LEE:".
    #[test]
    fn a_transcripts_labels_in_capitals() {
        let v = speakers(
            "THE COURT: Counsel, does the registry have the power?\n\nMR. JONES: Your Honor, it has none.\n\nMS. LEE: It does.\n",
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(who, [Some("The Court"), Some("Mr. Jones"), Some("Ms. Lee")]);
        // A word in capitals that is no title is no speaker's label by itself.
        assert_eq!(speakers("NOTE: It does.\n\nWARNING: It does not.\n"), []);
    }

    /// Minutes' notes, an item each: three or more open with people's names; a list of
    /// terms ("Invalid Module Specifier: ...") is none.
    #[test]
    fn minutes_notes_name_their_speakers() {
        let v = speakers(
            "# Minutes\n\n* Pete Resnick: The IESG has no authority.\n* Joel Halpern: The community delegated it.\n* Kirsty Paine (chair): Attendance is no mandate.\n\nAction: chairs to confirm.\n",
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            who,
            [
                Some("Pete Resnick"),
                Some("Joel Halpern"),
                Some("Kirsty Paine"),
                None
            ]
        );
        assert_eq!(v[0].0, "The IESG has");
        let v = speakers(
            "# Errors\n\n* Invalid Module Specifier: The specifier is no URL.\n* Invalid Package Target: The target is wrong.\n* Module Not Found: The package is missing.\n",
        );
        assert_eq!(v, []);
    }

    #[test]
    fn senders_of_headers() {
        for (from, who) in [
            ("Avri Doria <avri@example.org>", "Avri Doria"),
            ("avri at example.org (Avri Doria)", "Avri Doria"),
            ("avri@example.org (Avri Doria)", "Avri Doria"),
        ] {
            assert_eq!(sender(from).as_deref(), Some(who), "{from}");
        }
    }

    #[test]
    fn talk_page_signatures() {
        assert_eq!(
            signature("No source supports that. Bob Smith (talk) 15:10, 3 May 2021 (UTC)"),
            Some(("Bob Smith".to_string(), 25))
        );
        assert_eq!(
            signature("I agree. 203.0.113.5 (talk) 16:45, 3 May 2021 (UTC)").map(|s| s.0),
            Some("203.0.113.5".to_string())
        );
        assert_eq!(
            signature("JaneEditor (talk · contribs) 14:02, 3 May 2021 (UTC)").map(|s| s.0),
            Some("JaneEditor".to_string())
        );
        // A date in brackets ends no comment unless "(talk)" signs it.
        assert_eq!(
            signature("The meeting ended at 14:02, 3 May 2021 (UTC)"),
            None
        );
    }

    /// A chat's log: each line its nick's, the bot's commands and the times markup.
    #[test]
    fn a_chat_logs_lines_are_their_nicks() {
        let d = parse(
            "t",
            Path::new("t.txt"),
            Format::Text,
            b"Meeting log\n\n[19:00:12] <Mithrandir> #startmeeting\n[19:01:03] <dondelelcaro> The committee may overrule a developer.\n[19:01:40] <bdale> #agreed The committee does not design policy.\n19:02 <jo_doe> Attendance gives no vote.\n\nSummary: the committee met.\n",
        )
        .unwrap();
        let said: Vec<(String, Option<String>)> = turns(&d)
            .into_iter()
            .map(|u| {
                let b = &d.text.blocks[u.block];
                (d.text.text[u.text_start..b.end].to_string(), u.speaker)
            })
            .collect();
        let row = |t: &str, s: Option<&str>| (t.to_string(), s.map(str::to_string));
        assert_eq!(
            said,
            [
                row(
                    "The committee may overrule a developer.",
                    Some("dondelelcaro")
                ),
                row("The committee does not design policy.", Some("bdale")),
                row("Attendance gives no vote.", Some("jo_doe")),
                row("Summary: the committee met.", None),
            ]
        );
    }

    /// The Senate's record: names as names, an office after "The".
    #[test]
    fn a_hearings_names_in_title_case() {
        let v = speakers(
            "    The Chairman. Good morning. We examine the plan.\n\n    Senator Nelson. Thank you, Mr. Chairman.\n\n    Mr. Strickling. Thank you. NTIA has no authority.\n\n    Senator Van Hollen. I yield.\n",
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            who,
            [
                Some("The Chairman"),
                Some("Senator Nelson"),
                Some("Mr. Strickling"),
                Some("Senator Van Hollen")
            ]
        );
        assert_eq!(v[2].0, "Thank you. N");
        // Not "The Board." (no office that speaks), nor a mixed case, nor a label with no
        // sentence after it.
        for s in [
            "The Board. It met.\n\nThe Council. It met.\n",
            "Mr. Smith JONES. It met.\n\nMr. Smith JONES. It met.\n",
            "Mr. Smith. and others met.\n\nMr. Jones. and others met.\n",
        ] {
            assert_eq!(speakers(s), [], "{s}");
        }
    }

    /// "Q:" is the interviewer's (the author's); "A:" the one the interview is with.
    #[test]
    fn an_interviews_questions_and_answers() {
        let v = speakers(
            "# An interview with Milton Mueller\n\nQ: Was it a success?\n\nA: In a narrow sense, yes.\n\n**MUELLER:** The board answers to itself.\n",
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(who, [None, Some("Milton Mueller"), Some("Milton Mueller")]);
        // Answered by name, without "A:": the questions end the answers' turns.
        let v = speakers(
            "# An interview with Milton Mueller\n\n**Q: Who does ICANN answer to?**\n\n**Mueller:** To itself.\n\n**Q: And the GAC?**\n\n**Mueller:** It advises.\n",
        );
        let said: Vec<(&str, Option<&str>)> =
            v.iter().map(|(t, s)| (&t[..6], s.as_deref())).collect();
        assert_eq!(
            said,
            [
                ("Who do", None),
                ("To its", Some("Milton Mueller")),
                ("And th", None),
                ("It adv", Some("Milton Mueller")),
            ]
        );
        // Questions alone (a FAQ's) open no turns.
        assert!(
            speakers("Q: Who decides?\n\nThe Board.\n\nQ: Who appoints it?\n\nThe members.\n")
                .is_empty()
        );
    }

    /// A thread's posts are their writers', from the line over each.
    #[test]
    fn a_threads_posts() {
        let v = speakers(
            "# Proposal\n\n**opened by @jdoe on 12 May 2023**\n\nThe lead approves releases.\n\n---\n\n**@maintainer-a commented on 13 May 2023**\n\n+1. The council is accountable.\n\nIt is elected.\n\n---\n\n**@bob-smith commented on 14 May 2023**\n\nI disagree.\n",
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            who,
            [
                None,
                Some("jdoe"),
                None,
                Some("maintainer-a"),
                None,
                Some("bob-smith")
            ]
        );
        assert!(v[3].0.starts_with("+1. The co"));
        // "Jane Doe wrote:" over a quotation is a mail's, no post head.
        assert!(
            speakers("Jane Doe wrote:\n\n> The Board decides.\n\nNo, it does not.\n").is_empty()
        );
    }

    /// Labels that name no speaker, and a lone bare name nothing bears out.
    #[test]
    fn notes_and_definitions_are_no_turns() {
        assert!(speakers(
            "Note: the Board decides.\n\nStatus: This memo is final.\n\nWorking Group: a group of volunteers.\n\nArea Director: a member of the IESG.\n"
        )
        .is_empty());
        // Error codes, changelog entries and clauses are no speakers, said as often as
        // they may be.
        assert!(speakers(
            "EACCES (Permission denied): An attempt was made.\n\nENOENT (No such file): No entity.\n\nFix Windows: the build.\n\nFix Windows: the tests.\n\nIf ALPNProtocols: it is set.\n\nThe Rules: they apply.\n\nThe Rules: again.\n"
        )
        .is_empty());
        // A shortlog's commit counts and one bracketed group are no constituency; a word
        // that starts a sentence is no first name ("Because Duplex and ...").
        assert!(speakers(
            "Junio C Hamano (1): Revert it.\n\nJeff King (2): attr: fix it.\n\nKey Derivation Function (HKDF): derives keys.\n\nFix Windows (Nick Wellnhofer): build.\n\nDuplex: streams both ways.\n\nTransform: streams that change. Because Duplex and Transform streams are both.\n"
        )
        .is_empty());
        // An API's "Function:" is no speaker, nor the tail of a capitalized phrase.
        let v = speakers(
            "Mr Speaker: Order.\n\nFunction: int hash (char dst).\n\nFunction: void free (char p).\n\nSee the Key Derivation Function.\n\nDerivation: a term.\n\nFunction2: none.\n\nMr Speaker: Order again.\n"
        );
        assert_eq!(v.len(), 2, "{v:?}");
        // One turn alone is no transcript.
        assert!(speakers("Mr Speaker: Order, order.\n\nThe Board decides.\n").is_empty());
        // Answers without questions are a list of something else.
        assert!(speakers("A: the first option.\n\nA: the second option.\n").is_empty());
        // A label's reach ends inside a character without harm.
        let long = format!(
            "{}’s board decides: yes.\n\nNote: the end.\n",
            "A".repeat(118)
        );
        assert!(speakers(&long).is_empty());
    }

    /// A judge's opinion is the judge's from its opening line to the next opinion's, one
    /// opinion alone included; a line that names a justice otherwise opens none.
    #[test]
    fn opinions_open_turns() {
        let v = speakers(
            "CHIEF JUSTICE ROBERTS delivered the opinion of the Court.\n\nChevron is overruled.\n\n# II\n\nCourts decide.\n\nJUSTICE KAGAN, with whom JUSTICE SOTOMAYOR joins, dissenting.\n\nThe majority errs.\n"
        );
        let who: Vec<Option<&str>> = v.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(who, [Some("Chief Justice Roberts"), Some("Justice Kagan")]);
        assert!(speakers("Justice Kagan wrote a dissent that others joined.\n").is_empty());
        assert!(speakers("JUSTICE KAGAN, dissenting, said more.\n").is_empty());
    }
}
