//! Authorizations: from each authority claim, who holds authority (holder), of what kind
//! (relation), over whom (constituency), on what basis, granted by whom (grantor), with the
//! claim's polarity. Active and passive forms are both read.

use super::actors::Found;
use super::claims::Claim;
use super::lexicon::{Lexicon, LexiconSet};
use crate::ingest::normalize::Block;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct Authorization {
    pub claim: usize,
    /// Actor IRIs.
    pub holder: Option<String>,
    pub grantor: Option<String>,
    pub relation: &'static str,
    pub constituency: Option<String>,
    pub basis: Option<&'static str>,
    pub denied: bool,
}

static RELATIONS: LazyLock<Vec<(Lexicon, &'static str)>> = LazyLock::new(|| {
    let accountable = [
        r"(?i)(?-u:\b)accountab(?-u:\w)*(?-u:\b)|(?-u:\b)answerable to(?-u:\b)|(?-u:\b)(?:",
        crate::extract::lexicon::ANSWERS_TO,
        r")(?-u:\b)",
    ]
    .concat();
    [
        (r"(?i)(?-u:\b)(established|created|founded|started|initiated|convened|set up|chartered|launched)\s+by(?-u:\b)", "established-by"),
        (accountable.as_str(), "accountable-to"),
        (r"(?i)(?-u:\b)represent(?-u:\w)*|(?-u:\b)on behalf of(?-u:\b)|(?-u:\b)speak(?:s)? for(?-u:\b)|(?-u:\b)primary organizational home(?-u:\b)", "represents"),
        (r"(?i)(?-u:\b)advis(?-u:\w)*|(?-u:\b)advice(?-u:\b)|(?-u:\b)guidance(?-u:\b)|(?-u:\b)recommend(?-u:\w)*|(?-u:\b)consult(?-u:\w)*", "advises"),
        (r"(?i)(?-u:\b)oversee(?-u:\w)*|(?-u:\b)oversight|(?-u:\b)overseen|(?-u:\b)review(?-u:\w)*|(?-u:\b)supervis(?-u:\w)*|(?-u:\b)appeal(?-u:\w)*", "oversees"),
        (r"(?i)(?-u:\b)participat(?-u:\w)*|(?-u:\b)attend(?-u:\w)*|(?-u:\b)in the room(?-u:\b)|(?-u:\b)turnout(?-u:\b)|(?-u:\b)microphone(?-u:\b)", "participates-in"),
        (r"(?i)(?-u:\b)authori[sz](?-u:\w)*|(?-u:\b)mandat(?-u:\w)*|(?-u:\b)approv(?-u:\w)*|(?-u:\b)ratif(?-u:\w)*|(?-u:\b)designat(?-u:\w)*|(?-u:\b)appoint(?-u:\w)*|(?-u:\b)elected\s+by(?-u:\b)|(?-u:\b)delegat(?-u:\w)*|(?-u:\b)entrust(?-u:\w)*|(?-u:\b)empower(?-u:\w)*|(?-u:\b)confer(?:s|red|ring)?(?-u:\b)|(?-u:\b)chartered to(?-u:\b)", "authorizes"),
        (r"(?i)(?-u:\b)decid(?-u:\w)*|(?-u:\b)decision(?-u:\w)*|(?-u:\b)dictat(?-u:\w)*|(?-u:\b)bind(?-u:\w)*|(?-u:\b)veto(?-u:\w)*|(?-u:\b)prevail(?-u:\w)*|(?-u:\b)final say(?-u:\b)|(?-u:\b)declare(?-u:\w)*|(?-u:\b)vote(?-u:\w)*|(?-u:\b)call(?:s)? (?:the )?consensus", "decides"),
        (r"(?i)(?-u:\b)govern(?-u:\w)*|(?-u:\b)regulat(?-u:\w)*|(?-u:\b)power(?-u:\w)*|(?-u:\b)control(?-u:\w)*|(?-u:\b)sovereign(?-u:\w)*|(?-u:\b)jurisdiction(?-u:\b)|(?-u:\b)authority(?-u:\b)|(?-u:\b)responsib(?-u:\w)*|(?-u:\b)trustee(?-u:\b)|(?-u:\b)enforc(?-u:\w)*|(?-u:\b)in charge(?-u:\b)|(?-u:\b)legitima(?-u:\w)*", "governs"),
        // Last: "bind the users without their consent" binds.
        (r"(?i)(?-u:\b)consent(?-u:\w)*", "authorizes"),
    ]
    .into_iter()
    .map(|(p, r)| (Lexicon::new(p), r))
    .collect()
});

static BASES: LazyLock<Vec<(Lexicon, &'static str)>> = LazyLock::new(|| {
    [
        (r"(?i)(?-u:\b)(elect(?-u:\w)*|vot(?:e|es|ing)|ballot(?-u:\w)*|electorate)(?-u:\b)", "election"),
        (r"(?i)(?-u:\b)(delegat(?-u:\w)*|entrust(?-u:\w)*|appoint(?-u:\w)*|designat(?-u:\w)*)(?-u:\b)", "delegation"),
        (r"(?i)(?-u:\b)(treaty|treaties|statute|law|resolution|act|agenda|convention|covenant|charter of the united nations|un charter|u\.n\. charter)(?-u:\b)", "treaty"),
        (r"(?i)(?-u:\b)(contract(?-u:\w)*|agreement|memorandum|mou)(?-u:\b)", "contract"),
        (r"(?i)(?-u:\b)(bylaws|by-laws|charter|articles of incorporation|articles of association|chartered)(?-u:\b)", "bylaws"),
        (r"(?i)(?-u:\b)(consensus|humm?(?-u:\w)*)(?-u:\b)", "consensus"),
        (r"(?i)(?-u:\b)(self-(?:declared|appointed|proclaimed|styled|selected|regulat(?-u:\w)*|governing)|(?:calls?|describes?|declares?|names?|designates?|appoints?) (?:itself|themselves)|(?:its|their) own (?:bylaws|rules|charter|mandate|authority)|claim(?:s|ed|ing)? (?:a |an |the |its |their )?(?:mandate|authority|right|power)|claim(?:s|ed|ing)? to (?:speak|represent|act|govern)|asserts? (?:a |an |the |its |their )?(?:mandate|authority))(?-u:\b)", "self-declaration"),
    ]
    .into_iter()
    .map(|(p, r)| (Lexicon::new(p), r))
    .collect()
});

/// Participation as a thing offered, at the start of the text given: "participation",
/// "attendance", "turnout", "presence in the room".
static PARTICIPATION_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:participation|attendance|turnout|in the room)(?-u:\b)").unwrap()
});

static ATTENDANCE: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        r"(?i)(?-u:\b)(attend(?:ed|s|ing|ance|ees)?|turnout|in the room|in-person|online-only|participants|headcount)(?-u:\b)",
    )
});
static PARTICIPATORY: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        r"(?i)(?-u:\b)(participatory (?:model|process|approach|mechanism|structure)s?|(?:based on|through|by virtue of) (?:participation|attendance|consultation)|consultation (?:model|process)|advisory (?:role|capacity))(?-u:\b)",
    )
});
/// RELATIONS, BASES, then the rules of `SET_TAIL`, in this order, as one set: each authority
/// claim is read once for all of them, then only the rules that match are run for their
/// places.
static CLAIM_RULES: LazyLock<LexiconSet> = LazyLock::new(|| LexiconSet::new(set_rules()));
/// The rules after RELATIONS and BASES in CLAIM_RULES; `tail(k)` is the place of the k-th.
const SET_TAIL: [&LazyLock<Lexicon>; 5] = [
    &ATTENDANCE,
    &PARTICIPATORY,
    &CONSTITUENCY,
    &ACTIVE_GRANT,
    &HELD_BY,
];
const ATTENDANCE_IN_SET: usize = 0;
const PARTICIPATORY_IN_SET: usize = 1;
const CONSTITUENCY_IN_SET: usize = 2;
const ACTIVE_GRANT_IN_SET: usize = 3;
const HELD_BY_IN_SET: usize = 4;
fn set_rules() -> Vec<&'static Lexicon> {
    RELATIONS
        .iter()
        .chain(BASES.iter())
        .map(|(l, _)| l)
        .chain(SET_TAIL.iter().map(|r| &***r))
        .collect()
}
/// The place in CLAIM_RULES of the `k`-th rule of `SET_TAIL`.
fn tail(k: usize) -> usize {
    RELATIONS.len() + BASES.len() + k
}
static FIGURES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)\d[\d,.]*%?").unwrap());
static NUMBER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d[\d,]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Sixteen|Twenty|A few|Several|Many)\s+(?:people|members|persons|individuals|delegates|of them)(?-u:\b)").unwrap()
});
static WE_SUBJECT: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(r"(?i)(?:^|[,;]\s*|^(?-u:\w)+,\s+)(?-u:\b)(?:we|our)(?-u:\b)"));
static DEICTIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:It|They|This|That|These|Those|Its|Their)(?-u:\b)").unwrap());
/// The holder's own instrument, by a possessive pronoun: "Its charter says so", "under their
/// bylaws".
static OWN_INSTRUMENT: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        r"(?i)(?-u:\b)(?:its|their)\s+(?:own\s+)?(?:bylaws|by-laws|charter|constitution|statutes?)(?-u:\b)",
    )
});
static GRANTOR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    // Only phrases that name where authority comes from; a bare "by" or "from" does not.
    // "a vote by the core contributors", "by vote of the Council": the voters.
    Regex::new(r"(?i)(?-u:\b)(?:on behalf of|(?:accountable|answerable)(?:\s+(?:only|solely|directly|ultimately))?\s+to|(?:only|solely|ultimately|directly|must|should|shall|will|would|to) answer(?:s|ed)?\s+to|answer(?:s|ed)\s+(?:only|solely|ultimately|directly)\s+to|(?:established|created|founded|chartered|elected|adopted|granted|delegated|entrusted|appointed|designated|nominated|mandated|authori[sz]ed|empowered|selected|chosen|ratified|overseen|convened|started|initiated|set up)(?:\s+(?:only|solely|jointly|exclusively|annually|directly|democratically|unanimously))?\s+by|derives?\s+(?:its\s+)?authority\s+from|(?:consent|approval|authori[sz]ation)\s+of(?:\s+all)?|in\s+(?:(?-u:\w)+['’]s)\s+(?:bylaws|charter)|under\s+(?:a\s+|the\s+|its\s+|their\s+)?contract\s+(?:to|with)|(?:entrusted|charged|vested)\s+with\s+[^,.;]{1,80}?\s+by|vote\s+(?:of|by))(?-u:\b)").unwrap()
});
static THAT: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" that"));
/// A verb of saying and "that": what follows is what is said ("argue that", "said that").
static SAID_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:argue[sd]?|say|says|said|claim(?:s|ed)?|contend(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|believe[sd]?|warn(?:s|ed)?|suggest(?:s|ed)?|note[sd]?|observe[sd]?|complain(?:s|ed)?|reiterate[sd]?|stress(?:es|ed)?|emphasi[sz]e[sd]?|underline[sd]?|(?:re)?affirm(?:s|ed)?|recall(?:s|ed)?|stated|recogni[sz]e[sd]?|acknowledge[sd]?)\s+that(?-u:\b)").unwrap()
});
static SELF_OR_OWN: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    LazyLock::new(|| ["self", "selves", " own "].map(memchr::memmem::Finder::new));
/// A holder that chooses its own members or successors (read on the lowercased claim).
static SELF_GRANT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:chosen|selected|appointed|elected|nominated|co-opted|filled|replaced)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:itself|themselves)|(?:fills?|appoints?|elects?|selects?|chooses?|co-opts?|names?)\s+(?:its|their)\s+own\s+(?:members|successors|vacancies|replacements|chairs?)|self-(?:perpetuating|selecting|electing)|(?:accountable|answerable|answers?|answered)\s+(?:only\s+)?to\s+(?:itself|themselves))(?-u:\b)").unwrap()
});
/// Whether the words before "chosen by X itself" (lowercased) name whom X chooses among its
/// own: its members, seats or officers, or X by a pronoun ("its members", "they are").
fn chooses_its_own(before: &str) -> bool {
    const OWN: &[&str] = &[
        "members",
        "member",
        "successors",
        "successor",
        "replacements",
        "vacancies",
        "vacancy",
        "seats",
        "seat",
        "chair",
        "chairs",
        "chairperson",
        "officers",
        "directors",
        "trustees",
        "councillors",
        "delegates",
        "representatives",
        "it",
        "its",
        "they",
        "their",
        "board",
        "council",
        "committee",
    ];
    before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(8)
        .any(|w| OWN.contains(&w))
}

/// Words that may stand between an active grant's verb and its object ("appoints the
/// Board", "elect two new Directors").
const OBJECT_LEADS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "one", "two", "three", "four", "five",
    "new", "all", "each", "every", "both",
];
static ACTIVE_GRANT: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        r"(?i)(?-u:\b)(establish(?:es|ed)?|creates?|created|founded|set up|chartered|appoint(?:s|ed)?|designat(?:e|es|ed)|elect(?:s|ed)?|selects?|selected|chooses?|chose|authori[sz](?:e|es|ed)|empower(?:s|ed)?|mandated|delegated to|entrusted to|(?:entrust(?:s|ed)?|delegat(?:es|ed)|assign(?:s|ed)|transfer(?:s|red)?)(?:\s+[a-z0-9.'’-]+){1,9}?\s+to|vest(?:s|ed)?(?:\s+[a-z0-9.'’-]+){1,9}?\s+in|entrust(?:s|ed)?)(?-u:\b)(\s+by(?-u:\b))?",
    )
});
/// Where powers are said to be: with their holder; and who wields them over the subject of
/// a passive ("is governed by the token holders", "amended by the Board").
static HELD_BY: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        r"(?i)(?-u:\b)(?:belongs?(?:\s+directly|\s+solely|\s+only)?\s+to|resides?\s+with|rests?\s+with|lies?\s+with|(?:is|are)\s+vested\s+in|(?:conferred|bestowed)\s+(?:on|upon)|(?:amended|revoked|rescinded|repealed|dissolved|removed|filled|overruled|vetoed|governed|controlled|run|managed|administered|operated|performed|approved|decided|granted|set|adopted)(?:,[^,]+,|(?:\s+(?:with|without|or|for|cause|at|any|time|from|office)){1,5})?(?:\s+(?:only|solely|jointly|exclusively))?\s+by(?:\s+(?:a|an|the)\s+(?:[a-z0-9-]+\s+){0,2}(?:vote|majority|resolution|decision)\s+of)?)(?-u:\b)",
    )
});
static CONSTITUENCY: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        r"(?i)(?-u:\b)(?:represent(?-u:\w)*|govern(?-u:\w)*|over|for|on behalf of|advise on|decides? for|oversee(?-u:\w)*)\s+((?:the\s+)?(?:[[:word:]-]+\s+){0,4}?(?:users|operators|members|states|governments|people|community|stakeholders|constituenc(?-u:\w)+|interests|internet|outcomes|resources|domains?|names|numbers|registr(?-u:\w)+|decisions|issues|process))(?-u:\b)",
    )
});

/// The span of CONSTITUENCY's group in a lowercased claim, up to whitespace at its start:
/// what follows the cue word (or cue phrase) of the match. Found from the plain match, not
/// by the capture engine, which cost some 1,700 instructions a claim (the lazy `{0,4}?`).
fn constituency(lower: &str) -> Option<std::ops::Range<usize>> {
    let m = CONSTITUENCY.find(lower)?;
    let text = &lower[m.clone()];
    let cue = ["on behalf of", "advise on", "decides for", "decide for"]
        .into_iter()
        .find(|c| text.starts_with(c))
        .map_or_else(|| text.find(char::is_whitespace).unwrap_or(0), str::len);
    Some(m.start + cue..m.end)
}

/// CONSTITUENCY's group `g` of `lower` taken on to its noun's head: "the internet
/// community" goes on to "community"; "the domain name system" is no one.
fn to_the_head(lower: &str, g: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let mut end = g.end;
    while let Some(r) = lower[end..].strip_prefix(' ') {
        let w = r
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .next()
            .unwrap_or("");
        if w.is_empty() {
            break;
        }
        if constituency_head(w) {
            end += 1 + w.len();
            continue;
        }
        let goes_on = w.ends_with("ed")
            || w.ends_with("ing")
            || w.ends_with("ly")
            || w.ends_with('s')
            || FOLLOWS_A_NOUN.contains(&w);
        if !goes_on {
            return None;
        }
        break;
    }
    Some(g.start..end)
}

/// A head word of CONSTITUENCY's group.
fn constituency_head(w: &str) -> bool {
    matches!(
        w,
        "users"
            | "operators"
            | "members"
            | "states"
            | "governments"
            | "people"
            | "community"
            | "stakeholders"
            | "interests"
            | "internet"
            | "outcomes"
            | "resources"
            | "domain"
            | "domains"
            | "names"
            | "numbers"
            | "decisions"
            | "issues"
            | "process"
    ) || w.starts_with("constituenc")
        || w.starts_with("registr")
}

/// Words that may follow a noun phrase's head: function words, modals, auxiliaries.
const FOLLOWS_A_NOUN: &[&str] = &[
    "of",
    "and",
    "or",
    "nor",
    "in",
    "to",
    "who",
    "whom",
    "whose",
    "that",
    "which",
    "with",
    "without",
    "through",
    "at",
    "on",
    "by",
    "from",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "as",
    "than",
    "but",
    "not",
    "for",
    "when",
    "where",
    "while",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "under",
    "within",
    "across",
    "around",
    "into",
    "over",
    "including",
    "alike",
    "everywhere",
    "worldwide",
    "themselves",
    "itself",
    "rather",
    "instead",
    "if",
    "because",
    "so",
    "since",
    "until",
    "before",
    "after",
    "against",
    "about",
    "via",
    "per",
    "whether",
    "yet",
    "also",
    "only",
    "all",
    "both",
    "each",
    "either",
    "this",
    "these",
    "those",
    "its",
    "their",
    "a",
    "an",
    "the",
    "now",
    "today",
    "too",
    "directly",
    "there",
    "then",
    "it",
    "they",
    "we",
    "he",
    "she",
    "you",
];

/// Whether a basis rule that matched the lowercased claim `ls` names that basis in the
/// claim `s`: a "non-voting" capacity is no election, and a meeting's "agenda" is no
/// instrument, as the "Tunis Agenda" is.
fn names_basis((rule, basis): &(Lexicon, &str), s: &str, ls: &str) -> bool {
    // Most claims have neither word: a byte search spares them the rule's walk.
    let has = |w: &str| memchr::memmem::find(ls.as_bytes(), w.as_bytes()).is_some();
    // "a mandate that no statute gives it", "operates without a contract": the claim says
    // it rests on no such thing.
    if has("no ") || has("without ") {
        let named = rule.find_iter(ls).any(|m| {
            let before = &ls[..m.start];
            ![
                "no ",
                "without ",
                "without a ",
                "without an ",
                "without any ",
            ]
            .iter()
            .any(|n| {
                before.ends_with(n)
                    && !before[..before.len() - n.len()].ends_with(char::is_alphanumeric)
            })
        });
        if !named {
            return false;
        }
    }
    match *basis {
        "election" if has("non") => rule
            .find_iter(ls)
            .any(|m| !ls[..m.start].ends_with("non-") && !ls[..m.start].ends_with("non ")),
        "treaty" if has("agenda") || has("resolution") => rule.find_iter(ls).any(|m| {
            match &ls[m.clone()] {
                "agenda" => s[m].starts_with('A'),
                // "to come to a resolution", "the resolution of the dispute": resolving,
                // not an instrument.
                "resolution" => !resolving(&ls[..m.start], &ls[m.end..]),
                _ => true,
            }
        }),
        // "unanimous agreement by all responding core developers": assent, not a contract.
        "contract" if has("agreement") => rule
            .find_iter(ls)
            .any(|m| &ls[m.clone()] != "agreement" || !assent(&ls[..m.start], &ls[m.end..])),
        _ => true,
    }
}

/// Whether "resolution", between `before` and `after` (lowercased), is the act of resolving.
fn resolving(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let before = before
        .strip_suffix(" a")
        .or_else(|| before.strip_suffix(" an"))
        .unwrap_or(before);
    let verb = before.rsplit(' ').next().unwrap_or("");
    // Not "pursuant to a resolution": only coming to one is resolving.
    let come_to = ["come to", "comes to", "came to", "coming to"]
        .iter()
        .any(|c| before.ends_with(c));
    let of_a_dispute = [
        "of the dispute",
        "of the issue",
        "of the conflict",
        "of disputes",
    ]
    .iter()
    .any(|o| after.trim_start().starts_with(o));
    come_to
        || of_a_dispute
        || matches!(
            verb,
            "reach"
                | "reaches"
                | "reached"
                | "reaching"
                | "find"
                | "finds"
                | "finding"
                | "seek"
                | "seeks"
                | "seeking"
                | "toward"
                | "towards"
                | "quick"
                | "speedy"
        )
}

/// Whether "agreement", between `before` and `after` (lowercased), is the assent of people
/// ("unanimous agreement", "agreement by two core developers"), not a contract.
fn assent(before: &str, after: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    matches!(
        word,
        "unanimous" | "general" | "broad" | "rough" | "majority"
    ) || ["by ", "among ", "from "]
        .iter()
        .any(|p| after.trim_start().starts_with(p))
}

/// Whether the actor mention ending at `end` of the claim `s` only qualifies the name of a
/// work that follows it ("The TSC Charter governs ...", "the ICANN Bylaws"): the work,
/// not the actor, is the subject.
fn names_a_work(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    let word = rest
        .strip_prefix(' ')
        .map(|r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
        .unwrap_or("");
    matches!(
        word,
        "Charter"
            | "Bylaws"
            | "By-laws"
            | "Constitution"
            | "Agreement"
            | "Report"
            | "Act"
            | "Memorandum"
            | "Policy"
            | "Guidelines"
            | "Handbook"
            | "Manual"
            | "Statute"
    )
}

/// Whether a grantor cue at `at` of the claim `s` says who granted the holder's authority.
/// A passive participle after a quantified noun describes that noun, not the holder: "Make
/// or override any decision authorised by the Project Leader" grants the Leader nothing
/// over the claim's holder. ("a committee established by the IANA" is an apposition to the
/// holder, and "registries created by IETF action" may be the holder: both stay cues.)
fn describes_an_object(s: &str, at: usize) -> bool {
    let participle = s[at..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.ends_with("ed") || w == "set" || w == "overseen");
    let mut before = s[..at]
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(4)
        .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    // "a mailing list designated by the Project Leader": a thing named by someone is no
    // authority granted.
    let thing = before.clone().next().is_some_and(|w| THINGS.contains(&w));
    participle
        && (thing || before.any(|w| matches!(w, "any" | "all" | "every" | "each" | "no" | "such")))
}

/// Things, not persons or bodies, that a text says someone named, set or designated.
const THINGS: &[&str] = &[
    "list",
    "lists",
    "page",
    "pages",
    "website",
    "site",
    "address",
    "addresses",
    "period",
    "date",
    "dates",
    "deadline",
    "form",
    "forms",
    "format",
    "channel",
    "channels",
    "venue",
    "location",
    "place",
    "repository",
    "tracker",
    "server",
    "archive",
    "template",
    "manner",
    "method",
    "time",
    "times",
];

/// Whether the actor mention starting at `start` of the claim `s` follows "with" ("Together
/// with the Technical Committee, appoint ...", "In consultation with the Board, ..."): a
/// partner of the act, not its subject.
fn after_with(s: &str, start: usize) -> bool {
    let before = before_the(s, start);
    let cut = before.len().saturating_sub(4);
    before
        .get(cut..)
        .is_some_and(|w| w.eq_ignore_ascii_case("with"))
        && !before[..cut].ends_with(char::is_alphanumeric)
}

/// Whether a grant's participle `verb`, after `before` (lowercased), stands as an
/// adjective: after a determiner, or joined to another participle ("elected and appointed
/// members").
fn modifies_a_noun(before: &str, verb: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let prev = words.next().unwrap_or("");
    if matches!(
        prev,
        "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "your" | "newly"
    ) {
        return true;
    }
    verb.ends_with("ed")
        && matches!(prev, "and" | "or")
        && words.next().is_some_and(|w| w.ends_with("ed"))
}

/// The text before the actor at `start` in `s`, without a "the" right before it.
fn before_the(s: &str, start: usize) -> &str {
    let before = s[..start].trim_end();
    before
        .strip_suffix("the")
        .filter(|b| !b.ends_with(char::is_alphanumeric))
        .map_or(before, str::trim_end)
}

/// The word before one of `preps` that stands right before the actor at `start` in `s`
/// (past a "the"): "officers" of "The officers of the Corporation", "Attendance" of
/// "Attendance at ICANN meetings".
fn word_before<'a>(s: &'a str, start: usize, preps: &[&str]) -> Option<&'a str> {
    let before = before_the(s, start);
    let b = preps
        .iter()
        .find_map(|p| before.strip_suffix(p))
        .filter(|b| b.ends_with(char::is_whitespace))?;
    b.trim_end().rsplit(|c: char| !c.is_alphabetic()).next()
}

/// Whether the actor at `start` in `s` follows an office or its staff with "of" ("The
/// officers of the Corporation shall be ...", "the chief executive officer of the
/// Corporation"): the office, not the organization it serves, is the phrase's head.
fn after_office_of(s: &str, start: usize) -> bool {
    const STAFF: &[&str] = &[
        "officer",
        "officers",
        "employees",
        "staff",
        "president",
        "secretary",
        "treasurer",
        "director",
        "directors",
        "chair",
        "chairs",
        "chairman",
        "chairperson",
        "agents",
        "counsel",
        "auditor",
        "auditors",
    ];
    word_before(s, start, &["of"]).is_some_and(|w| STAFF.contains(&w))
}

/// Whether the actor mention ending at `end` of `s` only qualifies a thing after it ("The
/// IANA functions have been performed by ICANN", "at ICANN meetings"): the thing, not the
/// actor, is what the sentence is about.
fn modifies_a_thing(s: &str, end: usize) -> bool {
    let word = s[end..]
        .strip_prefix(' ')
        .map(|r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
        .unwrap_or("");
    matches!(
        word,
        "functions" | "function" | "meeting" | "meetings" | "website" | "websites"
    )
}

/// Whether the actor at `start` in `s` is where participation happens ("Attendance at ICANN
/// meetings", "participation in the IETF's work"): the place taken part in, not who holds
/// what the claim says.
fn place_of_participation(s: &str, start: usize) -> bool {
    word_before(s, start, &["at", "in"]).is_some_and(|w| {
        [
            "participation",
            "attendance",
            "presence",
            "turnout",
            "involvement",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// Whether the actor at `start` in `s` only says where a thing is ("the projects within the
/// OpenJS Foundation", "teams within ICANN"): the thing before "within" is what the sentence
/// is about.
fn within_a_thing(s: &str, start: usize) -> bool {
    word_before(s, start, &["within"])
        .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Words that may stand between a subject and its verb ("the Council may decide", "the
/// Board alone approves").
const BEFORE_A_VERB: &[&str] = &[
    "may",
    "can",
    "shall",
    "must",
    "will",
    "would",
    "should",
    "alone",
    "also",
    "then",
    "jointly",
    "ultimately",
    "collectively",
    "itself",
    "themselves",
];

/// Whether a verb of being stands right before `at` in the lowercased `ls` ("is delegated",
/// "was to be delegated"): a passive.
fn after_be(ls: &str, at: usize) -> bool {
    let aux = ls[..at].split_whitespace().next_back().unwrap_or("");
    matches!(aux, "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

/// Whether the text before an actor lets the actor be a clause's subject, past a "the":
/// nothing, a stop or a comma, or a conjunction ("and the Council decides"); not a verb or a
/// preposition whose object it is ("designate the IANA"), nor an article of a noun it
/// qualifies ("an IESG decision").
/// The byte ranges of `s` inside brackets that close in it (the brackets excluded), the
/// outermost only.
fn bracket_asides(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    let mut depth = 0usize;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' => {
                if depth == 0 {
                    open = Some(i + 1);
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.extend(open.take().map(|o| o..i));
                }
            }
            _ => {}
        }
    }
    out
}

fn opens_a_subject(before: &str) -> bool {
    let before = before.trim_end();
    let before = ["The", "the"]
        .iter()
        .find_map(|t| before.strip_suffix(t))
        .filter(|b| !b.ends_with(char::is_alphanumeric))
        .map_or(before, str::trim_end);
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    before.is_empty()
        // A bracket closed before the name ends an aside: "(for example, about a bug) the
        // technical committee may decide".
        || before.ends_with([',', ';', ':', '(', ')', '.', '!', '?', '"', '“'])
        || [
            "and", "or", "but", "then", "that", "if", "when", "where", "while", "because", "so",
            "whether", "unless", "once", "after", "before", "until",
        ]
        .iter()
        .any(|c| word.eq_ignore_ascii_case(c))
}

/// Where the last clause of `head` (a claim's lowercased text up to its cue) opens, when it
/// is a clause of its own after ", but", ", and", ", yet", ", while" or ";" whose subject is
/// "we".
fn we_opens_the_clause(head: &str) -> Option<usize> {
    // The last comma or semicolon opens the last clause (a byte search: asked per claim).
    let at = head.rfind([',', ';'])?;
    let rest = head[at + 1..].trim_start();
    let clause = if head[at..].starts_with(';') {
        rest
    } else {
        ["but ", "and ", "yet ", "while "]
            .iter()
            .find_map(|c| rest.strip_prefix(c))?
    };
    clause.starts_with("we ").then(|| head.len() - clause.len())
}

/// Whether a sentence opens with a verb, as an item of a list of powers does ("Appoint
/// Delegates ...", "Make or override any decision ..."): its first word is capitalized and
/// is none of the words a subject, a clause or a phrase opens with.
fn opens_with_a_verb(s: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "a", "after", "all", "also", "an", "any", "as", "at", "before", "both", "by", "each",
        "either", "every", "for", "from", "he", "her", "his", "if", "in", "it", "its", "neither",
        "no", "none", "on", "once", "one", "only", "other", "our", "she", "some", "such", "that",
        "the", "their", "these", "they", "this", "those", "to", "together", "under", "unless",
        "upon", "we", "when", "where", "whether", "while", "with", "within", "without",
    ];
    let w = s
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let mut letters = w.chars();
    w.len() > 1
        && letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.all(|c| c.is_ascii_lowercase())
        && !NOT_VERBS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// The actor a lead-in is alone, before its colon ("The Project Leader's Delegates:", "The
/// Board:"): the subject its list's items go on from.
fn lead_in_subject(
    text: &str,
    lead: &Block,
    mentions: &[(usize, usize, &Found)],
) -> Option<String> {
    let lt = text[lead.start..lead.end].trim_end();
    let colon = lead.start + lt.strip_suffix(':')?.trim_end().len();
    let first = mentions.partition_point(|m| m.0 < lead.start);
    let m = mentions[first..]
        .iter()
        .take_while(|m| m.1 <= colon)
        .last()
        .filter(|m| m.1 == colon)?;
    // Only "the" and a possessor's name before it ("The Project Leader's"), in its sentence.
    let before = text[lead.start..m.0].trim();
    let before = before.rsplit_once(". ").map_or(before, |(_, b)| b);
    let words = before.split_whitespace().count();
    (words <= 4 && !before.contains(['.', ',', ';'])).then(|| m.2.def.iri.clone())
}

/// For a claim in an item of a list, the holder its lead-in names: the list of powers or
/// duties under "The council has broad authority ... For example, they can:", "The
/// following responsibilities belong to the Steering Committee." or "The Project Leader
/// may:". The lead-in is the paragraph right before the list's first item: the actor it
/// names before a closing modal gives it, or else its last authorization with a holder.
/// `mentions`: every actor mention of the document, in text order.
fn lead_in_holder(
    text: &str,
    blocks: &[Block],
    claims: &[Claim],
    out: &[Authorization],
    mentions: &[(usize, usize, &Found)],
    block: usize,
) -> Option<String> {
    let lead = super::claims::list_lead_in(blocks, block)?;
    let lb = &blocks[lead];
    // The lead-in's last sentence, where it ends in a modal and a colon, names the holder;
    // else its last authorization with a holder does.
    let modal = super::claims::modal_lead_in(text, lb);
    let by_modal = modal.and_then(|(from, modal)| {
        let first = mentions.partition_point(|m| m.0 < from);
        mentions[first..]
            .iter()
            .take_while(|m| m.1 <= modal)
            .last()
            .map(|m| m.2.def.iri.clone())
    });
    // A pronoun in the modal's sentence ("For example, they can:") stands for the holder
    // of the paragraph above, when the lead-in has none of its own.
    let pronoun = modal.is_some_and(|(from, modal)| super::claims::has_pronoun(&text[from..modal]));
    let above = if pronoun {
        super::claims::paragraph_above(blocks, lead)
    } else {
        lead
    };
    // Only the lead-in (and the paragraph above it) speak for the list: an earlier item's
    // holder is not the next item's.
    by_modal.or_else(|| {
        out.iter()
            .rev()
            .take_while(|a| claims[a.claim].block >= above)
            .filter(|a| claims[a.claim].block <= lead)
            .find_map(|a| a.holder.clone())
    })
}

/// The term a definition is under ("Board of Directors" over "Elected by the members.", as a
/// page's definition list or a glossary sets them): the block right before the claim's, where
/// it is one actor's name and nothing else. Only for a claim without a subject of its own,
/// opening with a verb ("Elected by ...", "Advises the Board ...").
fn term_holder(
    text: &str,
    blocks: &[Block],
    c: &Claim,
    mentions: &[(usize, usize, &Found)],
) -> Option<String> {
    let first = text[c.start..c.end].split_whitespace().next()?;
    let mut letters = first.chars();
    let verb = letters.next().is_some_and(char::is_uppercase)
        && letters.all(|l| l.is_ascii_lowercase())
        && first.len() > 3
        && (first.ends_with("ed") || first.ends_with('s'));
    if !verb {
        return None;
    }
    let term = &blocks[c.block.checked_sub(1)?];
    let t = &text[term.start..term.end];
    let start = term.start + (t.len() - t.trim_start().len());
    let end = term.start + t.trim_end().len();
    mentions
        .iter()
        .find(|m| m.0 == start && m.1 == end)
        .map(|m| m.2.def.iri.clone())
}

/// The body a resolution's operative clause is the act of: the actor its subject line
/// names ("The General Assembly," over "3. Requests the Secretary-General to report ...").
fn resolution_subject(
    text: &str,
    blocks: &[Block],
    c: &Claim,
    mentions: &[(usize, usize, &Found)],
) -> Option<String> {
    if !c
        .cues
        .iter()
        .any(|q| q.starts_with(super::claims::OPERATIVE_CUE))
    {
        return None;
    }
    let b = blocks[..=c.block]
        .iter()
        .rev()
        .find(|b| super::claims::subject_line(text[b.start..b.end].trim()))?;
    let first = mentions.partition_point(|m| m.0 < b.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.1 <= b.end)
        .last()
        .map(|m| m.2.def.iri.clone())
}

/// Authorizations stated by authority claims. `cited`: the spans of author-date citations
/// in the text, sorted ("(Hofmann et al., 2017; Carr, 2015)"): the authors they name are
/// sources, not holders or grantors.
pub fn extract(
    text: &str,
    blocks: &[Block],
    claims: &[Claim],
    actors: &[Found],
    cited: &[(usize, usize)],
) -> Vec<Authorization> {
    let in_a_citation = |ms: usize, me: usize| {
        let k = cited.partition_point(|c| c.0 <= ms);
        k > 0 && cited[..k].iter().rev().take(4).any(|c| me <= c.1)
    };
    let mut out = Vec::new();
    // "We" of a document is its institution: the organization it names most, or a body where
    // no organization is named and the first heading names the body ("Technical Steering
    // Committee Charter"); a body named in passing in a project's page ("the Release Team")
    // is not who writes it.
    let institutions = || {
        actors
            .iter()
            .filter(|a| matches!(a.def.kind.as_str(), "organization" | "body" | "igo"))
    };
    let organization = institutions().any(|a| a.def.kind != "body");
    let first_heading = blocks
        .iter()
        .find(|b| b.kind == crate::ingest::BlockKind::Heading)
        .map_or("", |b| &text[b.start..b.end]);
    let main_institution = institutions()
        .max_by_key(|a| (a.mentions.len(), std::cmp::Reverse(a.def.iri.clone())))
        .filter(|a| {
            organization
                || a.mentions
                    .iter()
                    .any(|&(ms, me)| first_heading.contains(&text[ms..me]))
        })
        .map(|a| a.def.iri.clone());
    // Every mention in text order (actors' order among equal starts), so that each claim finds
    // its own by binary search instead of scanning every mention of the document.
    let mut all_mentions: Vec<(usize, usize, &Found)> = actors
        .iter()
        .flat_map(|f| f.mentions.iter().map(move |&(ms, me)| (ms, me, f)))
        .filter(|&(ms, me, _)| cited.is_empty() || !in_a_citation(ms, me))
        .collect();
    all_mentions.sort_by_key(|m| m.0);
    for (ci, c) in claims.iter().enumerate() {
        if !c.kinds.contains(&"authority") {
            continue;
        }
        let s = &text[c.start..c.end];
        // The lexicon rules read the lowercased claim; names and phrases are cut from `s`.
        let ls = s.to_ascii_lowercase();
        let hit = CLAIM_RULES.matches(&ls);
        let (n_rel, n_bases) = (RELATIONS.len(), BASES.len());
        // Actor mentions inside the claim, in order.
        let first = all_mentions.partition_point(|m| m.0 < c.start);
        let mentions: Vec<(usize, usize, &Found)> = all_mentions[first..]
            .iter()
            .take_while(|m| m.0 <= c.end)
            .filter(|m| m.1 <= c.end)
            .map(|&(ms, me, f)| (ms - c.start, me - c.start, f))
            .collect();
        // A relation's word inside an actor's name ("the House of Representatives", "the
        // Internet Numbers Oversight Board") is part of the name, not the relation.
        let in_a_name =
            |r: &std::ops::Range<usize>| mentions.iter().any(|m| m.0 <= r.start && r.end <= m.1);
        // A power stated with a modal is the relation its act states ("The Minister may
        // remove a member ..., after consulting the Committee" decides; it advises nobody).
        // Participation named with another relation is offered as that relation's basis
        // ("Attendance is not authorization", "Participation ... is cited as evidence of
        // consent"): the relation is the other one.
        let mut participation_offered = false;
        let (relation, rel_at) = c.power.map(|(at, r)| (r, at)).unwrap_or_else(|| {
            // An aside in brackets ("(for example, about which package is responsible for
            // a bug) the technical committee may decide") is not what the claim states: a
            // relation's word there counts only where none stands outside one.
            let asides = bracket_asides(&ls);
            let aside = |at: usize| asides.iter().any(|r| r.contains(&at));
            let candidates = |outside: bool| -> Vec<(&'static str, usize)> {
                RELATIONS
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| hit.matched(i))
                    .filter_map(|(_, (re, r))| {
                        re.find_iter(&ls)
                            // "with the advice and consent of the Senate": a confirmation,
                            // which the consent names, not advice.
                            .find(|m| {
                                !in_a_name(m)
                                    && !ls[m.end..].starts_with(" and consent")
                                    && !(outside && aside(m.start))
                            })
                            .map(|m| (*r, m.start))
                    })
                    .collect()
            };
            let mut found = match candidates(!asides.is_empty()) {
                v if v.is_empty() && !asides.is_empty() => candidates(false),
                v => v,
            }
            .into_iter();
            let Some((first, at)) = found.next() else {
                return ("governs", s.len());
            };
            // Counted only for the two relations that ask, in the relation's own clause
            // ("The Board noted their comments; attendance at the session does not give
            // members a vote").
            let subject_words = || {
                let clause = ls[..at].rfind(';').map_or(0, |p| p + 1);
                ls[clause..at].split_whitespace().count()
            };
            let offered = match first {
                // The noun as the subject, not the verb ("anyone can participate, decision
                // making by voting is inappropriate" offers nothing) nor an object ("values
                // encourage broad participation ... in decision making", "a turnout of
                // 5.3%"). Those who take part, where the text denies that taking part
                // grants ("Participants who attend its meetings do not thereby acquire any
                // authority").
                "participates-in" => {
                    PARTICIPATION_NOUN.is_match(&ls[at..]) && subject_words() <= 2
                        || c.denied
                            && ["participants ", "attendees ", "the participants "]
                                .iter()
                                .any(|p| ls.trim_start().starts_with(p))
                }
                // "Industry bodies consulted during the preparation of this paper have no
                // role in approving the codes".
                "advises" => ls[at..].starts_with("consult") && subject_words() <= 3,
                _ => false,
            };
            // A consultation as the act's manner ("In consultation with the developers,
            // make decisions ...", "after consulting the Committee"): those consulted are
            // heard, nothing is offered as a basis, and the relation is the act's.
            let manner = first == "advises"
                && ls[at..].starts_with("consult")
                && ls[..at].split_whitespace().next_back().is_some_and(|w| {
                    matches!(
                        w,
                        "in" | "after" | "with" | "without" | "following" | "upon"
                    )
                });
            // Offered where another relation is at stake: that one is the relation (the
            // next relation is looked for only then).
            match (offered || manner).then(|| found.next()).flatten() {
                Some(other) => {
                    participation_offered = !manner;
                    other
                }
                None => (first, at),
            }
        });
        // Grantor: the actor right after a grantor cue ("by X", "on behalf of X", "in X's bylaws").
        let mut grantor = None;
        let mut grantor_at = usize::MAX;
        let mut by_vote = false;
        for g in GRANTOR_CUE.find_iter(s) {
            if describes_an_object(s, g.start()) {
                continue;
            }
            // Past the cue's "by": what it was entrusted with is no grantor ("entrusted with
            // the IANA functions by the United States").
            let from = if g.as_str().ends_with(" by") {
                g.end() - 3
            } else {
                g.start()
            };
            // "the consent of the members", "approval of the U.S. Department of Commerce":
            // the one named right after "of", past "the" and a name's capitalized words
            // ("the approval of patch releases to the Working Group" is no one's approval).
            let of = g.as_str().ends_with(" of") || g.as_str().ends_with(" all");
            let right_after = |m: &&(usize, usize, &Found)| {
                !of || s.get(g.end()..m.0).is_some_and(|between| {
                    between
                        .split_whitespace()
                        .all(|w| w == "the" || w.starts_with(char::is_uppercase))
                })
            };
            // A vote names its voters as grantors where they are a group, an electorate
            // ("a vote by the core contributors"); a body's vote is its own act ("removed by
            // vote of the Council").
            let vote = g
                .as_str()
                .get(..4)
                .is_some_and(|v| v.eq_ignore_ascii_case("vote"));
            if let Some(m) = mentions
                .iter()
                .find(|m| m.0 >= from && m.0 <= g.end() + 24)
                .filter(right_after)
                .filter(|m| !vote || m.2.def.kind == "group")
            {
                by_vote = vote;
                grantor = Some(m.2.def.iri.clone());
                grantor_at = m.0;
                break;
            }
        }
        // Active grant: "The United States established ICANN" (grantor before, holder after).
        let mut active_holder = None;
        let mut recipient = None;
        if grantor.is_none() && hit.matched(tail(ACTIVE_GRANT_IN_SET)) {
            // Active voice only: "if they were appointed earlier" is a passive without its
            // agent ("was to be delegated to X" names its recipient, as the active does), and
            // no actor grants itself.
            // Nor a participle that modifies a noun ("the appointed members", "experienced
            // and entrusted members of the team").
            let active = |v: &regex::Match| {
                (v.as_str().ends_with(" to") || !after_be(&ls, v.start()))
                    && !modifies_a_noun(&ls[..v.start()], v.as_str())
            };
            if let Some(g) = ACTIVE_GRANT
                .captures_iter(&ls)
                .find(|g| g.get(2).is_none() && active(&g.get(1).unwrap()))
            {
                let v = g.get(1).unwrap();
                // "is delegated to the projects ... by the Council": in the passive, the one
                // named before the verb grants nothing; the agent after "by" does, and the
                // recipient stands right after "to".
                // (Without an agent, "was to be delegated to three supporting organizations"
                // keeps the one before the verb as its grantor.)
                let agent = after_be(&ls, v.start())
                    .then(|| ls[v.end()..].find(" by "))
                    .flatten()
                    .and_then(|b| {
                        let from = v.end() + b + 4;
                        mentions.iter().find(|m| m.0 >= from && m.0 <= from + 24)
                    });
                let passive = agent.is_some();
                // Not a partner ("Together with the Project Leader, appoint ...").
                let before = mentions
                    .iter()
                    .rev()
                    .find(|m| m.1 <= v.start())
                    .filter(|m| !passive && !after_with(s, m.0));
                // What is handed "to" someone goes to the one named right after it ("entrusted
                // the IANA functions to ICANN"); "the right to elect the Board" names no
                // recipient.
                // "vest the management of the company in its board": so is what is vested in
                // someone.
                let to = v.as_str().ends_with(" to")
                    || v.as_str().starts_with("vest") && v.as_str().ends_with(" in");
                let object_between = to && (passive || v.as_str().split_whitespace().count() > 2);
                // Otherwise the holder is the verb's object, right after it or its
                // determiner: not "the IESG will appoint an expert to advise IANA", nor "can
                // choose to become emeritus members".
                // A person named before the office ("appoints Brad Verd as a co-chair",
                // "elected Ann Lee to serve as Chair") leaves the office the object.
                let object = |m: &&(usize, usize, &Found)| {
                    let between: Vec<&str> = s[v.end()..m.0].split_whitespace().collect();
                    let leads = |ws: &[&str]| {
                        ws.iter()
                            .all(|w| OBJECT_LEADS.iter().any(|o| o.eq_ignore_ascii_case(w)))
                    };
                    let named_as = || {
                        let Some(k) = between.iter().rposition(|w| *w == "as") else {
                            return false;
                        };
                        let name = match between[..k] {
                            [ref n @ .., "to", "serve"] => n,
                            ref n => n,
                        };
                        // "as a co-chair": the office's prefix stands before its mention.
                        let office = match &between[k + 1..] {
                            [o @ .., p] if p.ends_with('-') => o,
                            o => o,
                        };
                        leads(office)
                            && (1..=8).contains(&name.len())
                            && name
                                .iter()
                                .all(|w| w.starts_with(char::is_uppercase) || *w == "and")
                    };
                    to || leads(&between) || named_as()
                };
                let after = mentions
                    .iter()
                    .find(|m| m.0 >= v.end())
                    .filter(|m| !object_between || m.0 <= v.end() + 5)
                    .filter(object);
                let pair = before
                    .zip(after)
                    .filter(|(b, a)| b.2.def.iri != a.2.def.iri);
                if let Some((b, a)) = pair {
                    grantor = Some(b.2.def.iri.clone());
                    grantor_at = b.0;
                    active_holder = Some(a.2.def.iri.clone());
                } else if to && before.is_none() {
                    // "The registry was entrusted to the Internet Society": its recipient
                    // holds it, from no one named.
                    recipient = after.map(|a| a.2.def.iri.clone());
                    if let Some(a) = agent.filter(|a| Some(&a.2.def.iri) != recipient.as_ref()) {
                        grantor = Some(a.2.def.iri.clone());
                        grantor_at = a.0;
                    }
                }
            }
        }
        // "The following responsibilities belong to the Steering Committee", "Authority
        // rests with the Board": the actor the powers are said to be with holds them.
        let held = hit.matched(tail(HELD_BY_IN_SET));
        let held_by = held.then(|| HELD_BY.find(&ls)).flatten().and_then(|h| {
            mentions
                .iter()
                .find(|m| m.0 >= h.end && m.0 <= h.end + 24)
                .map(|m| m.2.def.iri.clone())
        });
        let granted_actively = active_holder.is_some();
        let active_holder = active_holder.or(held_by).or(recipient);
        let relation = if granted_actively {
            "established-by"
        } else {
            relation
        };
        // The holder is the subject: an actor named before the relation word. A pronoun or
        // a count ("They cannot represent ...", "Fifteen people can advise ...") refers to
        // the holder of the previous authorization in the paragraph; an actor named only
        // after the verb is the constituency, not the holder.
        // Who reports the claim is not whom it is about: the speaker of "..., said Daniel
        // Friedlaender" and the source of "According to Access Now, ...".
        let according = s
            .get(..13)
            .is_some_and(|p| p.eq_ignore_ascii_case("according to "))
            .then(|| s.find(','))
            .flatten()
            .unwrap_or(0);
        let reported_here = c.speaker.is_some() && super::claims::names_its_speaker(s);
        let reports = |m: &(usize, usize, &Found)| {
            m.1 <= according
                || reported_here
                    && c.speaker
                        .as_deref()
                        .is_some_and(|sp| sp.contains(&s[m.0..m.1]) || m.2.def.label == sp)
        };
        // Where no one else is named before the relation and a pronoun refers back, the
        // reporter speaks of itself ("The Board says its decisions are binding", "According
        // to the Board's own bylaws, it is independent"): a self-declaration it holds.
        let refers_back = || {
            [
                " its ",
                " itself",
                " their ",
                " themselves",
                " it is ",
                " it has ",
                " it may ",
                " it can ",
                " it shall ",
                " it will ",
            ]
            .iter()
            .any(|p| ls.contains(p))
        };
        // "Critics, including the NCSG, argue that the Board acted without a mandate": what
        // they say has its own subject; those who say it hold nothing by saying it.
        // Unless a pronoun there refers back to them ("ICANN says that it is accountable").
        let before_rel = &ls[..rel_at.min(ls.len())];
        let said_from = THAT
            .find(before_rel.as_bytes())
            .and_then(|_| SAID_THAT.find_iter(before_rel).last())
            .map(|m| m.end());
        let subject_any = |m: &&(usize, usize, &Found)| {
            m.0 < rel_at
                && m.0 != grantor_at
                && Some(&m.2.def.iri) != grantor.as_ref()
                && !names_a_work(s, m.1)
                && !after_with(s, m.0)
                && !after_office_of(s, m.0)
                && !place_of_participation(s, m.0)
                && !within_a_thing(s, m.0)
                && !modifies_a_thing(s, m.1)
        };
        let subject =
            |m: &&(usize, usize, &Found)| subject_any(m) && said_from.is_none_or(|e| m.0 >= e);
        // "We rely on contributors and users, but we make all final decisions": the cue's
        // clause has "we" for its subject; those named before the clause are not it.
        let we_clause = we_opens_the_clause(&ls[..rel_at.min(ls.len())])
            .is_some_and(|from| !mentions.iter().any(|m| m.0 >= from && m.0 < rel_at));
        // "If a Partner has funding ... and the Council decides": the actor right before the
        // cue (a modal or an adverb between at most), not the object of a preposition, is
        // its subject.
        let adjacent = mentions
            .iter()
            .rfind(|m| m.1 <= rel_at)
            .filter(|m| {
                let gap = ls.get(m.1..rel_at).unwrap_or(",");
                // "ICANN's authority": the possessor holds what its noun names.
                let possessive = ["'s", "’s"]
                    .iter()
                    .any(|p| s[m.0..m.1].ends_with(p) || gap.starts_with(p));
                let gap = gap.trim_start_matches(['\'', '’', 's']);
                gap.split_whitespace().all(|w| BEFORE_A_VERB.contains(&w))
                    && (possessive || opens_a_subject(&s[..m.0]))
            })
            .filter(|m| !we_clause && subject(m) && !reports(m));
        let before_verb = adjacent
            .or_else(|| {
                mentions
                    .iter()
                    .filter(|_| !we_clause)
                    .filter(subject)
                    .find(|m| !reports(m))
            })
            .or_else(|| mentions.iter().find(subject_any).filter(|_| refers_back()))
            .map(|m| m.2.def.iri.clone());
        let deictic = DEICTIC.is_match(s.trim_start());
        let anaphoric = deictic || NUMBER_SUBJECT.is_match(s.trim_start());
        let inherited = || {
            out.iter()
                .rev()
                .take_while(|a: &&Authorization| claims[a.claim].block == c.block)
                .find_map(|a| a.holder.clone())
        };
        // "We decide by consent ...": in an institution's document, "we" is the institution
        // the document names most.
        let we = || {
            WE_SUBJECT
                .is_match(&ls[..rel_at.min(s.len())])
                .then(|| main_institution.clone())
                .flatten()
        };
        // An item that goes on from a modal lead-in ("The Project Leader may:" over "Vary the
        // discussion period for Developers' votes.") has the lead-in's subject for its own:
        // the actors it names are what the power is over.
        // So does an item under a lead-in that is its subject alone ("The Project Leader's
        // Delegates:" over "may make certain decisions which the Leader may not make").
        let lead = super::claims::list_lead_in(blocks, c.block);
        let continues_modal = opens_with_a_verb(s)
            && lead.is_some_and(|l| super::claims::modal_lead_in(text, &blocks[l]).is_some());
        let subject_alone = lead
            .filter(|_| s.starts_with(|c: char| c.is_ascii_lowercase()))
            .and_then(|l| lead_in_subject(text, &blocks[l], &all_mentions));
        let from_lead_in = subject_alone.or_else(|| {
            continues_modal
                .then(|| lead_in_holder(text, blocks, claims, &out, &all_mentions, c.block))
                .flatten()
        });
        // A resolution's clause has no subject of its own ("Requests the Secretary-General
        // to report"): the body that resolves holds it.
        let holder = resolution_subject(text, blocks, c, &all_mentions)
            .or(from_lead_in)
            .or(active_holder)
            .or(before_verb)
            .or_else(|| if anaphoric { inherited() } else { None })
            .or_else(we)
            .or_else(|| lead_in_holder(text, blocks, claims, &out, &all_mentions, c.block))
            .or_else(|| term_holder(text, blocks, c, &all_mentions));
        // Participation as the basis: attendance or turnout in the claim (unless the claim
        // is a list of figures), a participatory model, or — for a short deictic claim such
        // as "It is not a mandate." — attendance figures in the claims just before it.
        // Figures are counted (up to two) only where attendance is named.
        let participation = participation_offered
            || (hit.matched(tail(ATTENDANCE_IN_SET)) && FIGURES.find_iter(s).take(2).count() < 2)
            || hit.matched(tail(PARTICIPATORY_IN_SET))
            || deictic
                && claims[..ci]
                    .iter()
                    .rev()
                    .take(3)
                    .take_while(|p| p.block == c.block)
                    .any(|p| ATTENDANCE.is_match(&text[p.start..p.end].to_ascii_lowercase()));
        let basis = if participation {
            Some("participation")
        } else {
            (0..n_bases)
                .find(|&i| hit.matched(n_rel + i) && names_basis(&BASES[i], s, &ls))
                .map(|i| BASES[i].1)
        };
        // "later members are chosen by the Board itself", "The Council fills its own
        // vacancies", "a self-perpetuating board": the holder is its own grantor.
        // The actor the phrase names ("by the Board itself") is that holder.
        // Every match holds "self" ("itself", "self-"), "selves" or " own ".
        let self_chosen = SELF_OR_OWN
            .iter()
            .any(|f| f.find(ls.as_bytes()).is_some())
            .then(|| SELF_GRANT.find(&ls))
            .flatten()
            // "The multisig signers are chosen by the Council itself": those chosen are not
            // the chooser's own members, and no circle closes ("later members are chosen
            // by the Board itself" is one).
            .filter(|g| !g.as_str().contains(" by ") || chooses_its_own(&ls[..g.start()]))
            .and_then(|g| {
                // "ICANN answers to itself": the one just before answers, not an actor
                // earlier in the sentence ("The members choose directors who are
                // accountable only to themselves": the directors).
                if g.as_str().contains(" to ") {
                    return mentions
                        .iter()
                        .rev()
                        .find(|m| m.1 <= g.start())
                        .filter(|m| ls[m.1..g.start()].split_whitespace().count() <= 3)
                        .map(|m| m.2.def.iri.clone());
                }
                mentions
                    .iter()
                    .filter(|_| g.as_str().contains(" by "))
                    .find(|m| g.start() <= m.0 && m.1 <= g.end())
                    .map(|m| m.2.def.iri.clone())
                    // "The Council elects its own chair and fills its own vacancies": the
                    // one who chooses (an active grant's grantor), not whom it chooses.
                    .or_else(|| granted_actively.then(|| grantor.clone()).flatten())
                    .or_else(|| holder.clone())
            });
        // "may be removed only by a two-thirds vote of the Members": the voters hold the
        // power; they grant it to no one.
        let grantor = grantor.filter(|g| !(by_vote && holder.as_ref() == Some(g)));
        let (holder, grantor, basis) = match self_chosen {
            Some(h) => (Some(h.clone()), Some(h), Some("self-declaration")),
            None => (holder, grantor, basis),
        };
        // "X's bylaws" describing X itself, or "its charter": the holder's own say-so.
        let basis = match (basis, &holder, &grantor) {
            (Some("bylaws"), Some(h), Some(g)) if h == g => Some("self-declaration"),
            (Some("bylaws"), Some(_), None) if OWN_INSTRUMENT.is_match(&ls) => {
                Some("self-declaration")
            }
            (b, _, _) => b,
        };
        let constituency = hit
            .matched(tail(CONSTITUENCY_IN_SET))
            .then(|| constituency(&ls))
            .flatten()
            .and_then(|g| to_the_head(&ls, g))
            // "The Internet Corporation for Assigned Names and Numbers": words of a name.
            .filter(|g| !mentions.iter().any(|m| m.0 < g.start && g.start < m.1))
            .map(|g| s[g].trim().to_string());
        out.push(Authorization {
            claim: ci,
            holder,
            grantor,
            relation,
            constituency,
            basis,
            denied: c.denied,
        });
    }
    out
}

warm_up_fn!(warm_up: HELD_BY, PARTICIPATION_NOUN, SELF_GRANT, SAID_THAT, OWN_INSTRUMENT, CLAIM_RULES, RELATIONS, BASES, ATTENDANCE, PARTICIPATORY, FIGURES, NUMBER_SUBJECT, WE_SUBJECT, DEICTIC, GRANTOR_CUE, ACTIVE_GRANT, CONSTITUENCY);

#[cfg(test)]
mod tests {

    #[test]
    fn a_body_chooses_its_own_only_among_its_own() {
        assert!(chooses_its_own("later members are "));
        assert!(chooses_its_own("the council fills vacancies: they are "));
        assert!(!chooses_its_own("the multisig signers are "));
    }

    /// A body that answers to itself is its own grantor (a circle closes); the one that
    /// answers is the actor just before, not one earlier in the sentence; "answers only
    /// to" names whom it answers to, and the noun "answers to them" is no relation.
    #[test]
    fn a_body_that_answers_to_itself() {
        let au = authorizations_of(
            "In a sense ICANN answers to itself.\n\nThe members choose directors who are accountable only to themselves.\n\nThe GAC answers only to the governments.\n\nThe group's answers to them are inadequate.\n",
        );
        let last = |s: &Option<String>| {
            s.as_deref()
                .map(|h| h.rsplit('/').next().unwrap().to_string())
        };
        let got: Vec<_> = au
            .iter()
            .map(|a| (last(&a.holder), last(&a.grantor), a.relation, a.basis))
            .collect();
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            got,
            [
                (
                    some("icann"),
                    some("icann"),
                    "accountable-to",
                    Some("self-declaration")
                ),
                (
                    some("directors"),
                    some("directors"),
                    "accountable-to",
                    Some("self-declaration")
                ),
                (some("gac"), some("governments"), "accountable-to", None),
            ]
        );
    }

    /// The agent of a passive power holds it ("must be approved by the IESG"); "as
    /// determined by" qualifies, and the subject keeps it.
    #[test]
    fn the_agent_of_an_approval_holds_it() {
        assert_eq!(
            holders("A standards action must be approved by the IESG.\n"),
            [Some("iesg".to_string())]
        );
        assert_eq!(
            holders("The budget may be approved by the IAB.\n"),
            [Some("iab".to_string())]
        );
        assert_eq!(
            holders("The IANA shall have non-voting liaison seats on IETF committees as determined by the IETF.\n"),
            [Some("iana".to_string())]
        );
    }

    /// An election grants as an appointment does: the relation is the same.
    #[test]
    fn elected_and_appointed_by_are_one_relation() {
        let pairs = holders_and_relations(
            "The IAB is elected by the IETF.\n\nThe IESG is appointed by the IETF.\n",
        );
        assert_eq!(
            pairs,
            [
                ("iab".to_string(), "authorizes"),
                ("iesg".to_string(), "authorizes")
            ]
        );
    }

    /// An aside in brackets is not what the claim states: a relation's word there yields to
    /// one outside, and the subject is the one before that.
    #[test]
    fn a_relation_in_an_aside_yields_to_the_main_one() {
        let pairs = holders_and_relations(
            "In cases where ICANN and the registries disagree (for example, about which registry is responsible for a name) the IAB may decide the matter.\n\nIf the Project Leader (or the Delegate) withdraws the original decision, the vote is moot.\n",
        );
        assert_eq!(pairs[0], ("iab".to_string(), "decides"));
        // Not "authorizes" of the Delegate.
        assert_eq!(pairs[1].1, "decides");
        // With no relation's word outside, the aside's still counts.
        assert_eq!(
            authorizations_of("The Board (which appoints the Director) met.\n")
                .iter()
                .map(|a| a.relation)
                .collect::<Vec<_>>(),
            ["authorizes"]
        );
    }

    /// "The IANA functions": the functions, not IANA; who performs them holds them.
    #[test]
    fn a_name_before_a_thing_is_no_holder() {
        assert_eq!(
            holders("The IANA functions have been performed by ICANN under a contract with the Department of Commerce.\n"),
            [Some("icann".to_string())]
        );
    }

    /// "by and with the advice and consent of the Senate" confirms an appointment: no advice.
    #[test]
    fn advice_and_consent_is_no_advice() {
        let rel: Vec<&str> = authorizations_of(
            "The Administrator shall be appointed by the President, by and with the advice and consent of the Senate.\n",
        )
        .into_iter()
        .map(|a| a.relation)
        .collect();
        assert_eq!(rel, ["authorizes"]);
    }

    /// Where people take part is no holder: "Attendance at ICANN meetings does not give
    /// anyone a mandate" names no one who holds one.
    #[test]
    fn the_place_of_participation_holds_nothing() {
        assert_eq!(
            holders(
                "Attendance at ICANN meetings does not give anyone a mandate to speak for users.\n"
            ),
            [None]
        );
        assert_eq!(
            holders("Participation in the IETF gives no one the power to decide.\n"),
            [None]
        );
        // A body before the relation, not after a word of taking part, still holds.
        assert_eq!(
            holders("Participation matters, but ICANN is accountable to the community.\n"),
            [Some("icann".to_string())]
        );
    }

    /// Who says that another holds or lacks authority holds nothing by saying it; a pronoun
    /// that refers back makes the sayer the holder again.
    #[test]
    fn sayers_are_no_holders() {
        assert_eq!(
            holders("The GAC argues that ICANN has no mandate from users.\n"),
            [Some("icann".to_string())]
        );
        assert_eq!(
            holders("If the IESG believes that more time is needed, it may decide on a longer period.\n"),
            [Some("iesg".to_string())]
        );
        // A communiqué's verbs of saying.
        assert_eq!(
            holders("The GAC reiterates that ICANN is accountable to the governments.\n"),
            [Some("icann".to_string())]
        );
        // "States that, like China, ..." is a noun, the holder: no saying.
        assert_eq!(
            holders("It does not serve States that, like China, would prefer control.\n"),
            [Some("governments".to_string())]
        );
    }

    /// An organization after an office and "of" is not the phrase's head.
    #[test]
    fn offices_of_an_organization() {
        let s = "The officers of the Corporation shall be appointed by the Board.";
        assert!(after_office_of(s, s.find("Corporation").unwrap()));
        let s = "The chief executive officer of ICANN decides.";
        assert!(after_office_of(s, s.find("ICANN").unwrap()));
        let s = "The decisions of the Board are final.";
        assert!(!after_office_of(s, s.find("Board").unwrap()));
        let s = "Members of the Board decide.";
        assert!(!after_office_of(s, s.find("Board").unwrap()));
    }

    use super::*;

    #[test]
    fn a_basis_is_named_only_where_its_word_means_it() {
        let basis = |b: &str, s: &str| {
            let rule = BASES.iter().find(|(_, n)| *n == b).unwrap();
            names_basis(rule, s, &s.to_ascii_lowercase())
        };
        assert!(basis("election", "The Board is elected by the members."));
        // Resolving is no resolution adopted; assent is no contract.
        assert!(!basis(
            "treaty",
            "The SC will use consensus seeking to come to a resolution."
        ));
        assert!(basis(
            "treaty",
            "The Board acts pursuant to a resolution of the Assembly."
        ));
        assert!(!basis(
            "contract",
            "It must be made by unanimous agreement of the developers."
        ));
        assert!(!basis(
            "contract",
            "Changes require agreement by two core developers."
        ));
        assert!(basis(
            "contract",
            "ICANN acts under an agreement with the NTIA."
        ));
        assert!(!basis(
            "election",
            "The TSC may invite people in a non-voting capacity."
        ));
        assert!(basis(
            "election",
            "A non-voting liaison and a voting member."
        ));
        assert!(basis("treaty", "The Tunis Agenda defines the process."));
        // Named as what it does not rest on.
        assert!(!basis(
            "treaty",
            "It claims a mandate that no statute gives it."
        ));
        assert!(!basis("contract", "ICANN acts without a contract."));
        assert!(basis(
            "contract",
            "Under no circumstances may it breach the contract."
        ));
        assert!(basis(
            "self-declaration",
            "The community claims a mandate that no statute gives it."
        ));
        assert!(basis(
            "self-declaration",
            "RIPE NCC claims to speak for the members, but no election took place."
        ));
        assert!(!basis(
            "election",
            "RIPE NCC claims to speak for the members, but no election took place."
        ));
        assert!(!basis(
            "treaty",
            "The intention of the agenda is not to approve patches."
        ));
        assert!(basis("contract", "The agenda lists the contract."));
    }

    #[test]
    fn a_participle_after_a_quantified_noun_describes_that_noun() {
        let at = |s: &str, w: &str| describes_an_object(s, s.find(w).unwrap());
        assert!(at(
            "Override any decision authorised by the Leader.",
            "authorised"
        ));
        assert!(at(
            "Review all actions taken or approved by the Board.",
            "approved"
        ));
        assert!(!at("The Leader is elected by the Developers.", "elected"));
        assert!(!at(
            "The IDNB, a committee established by the IANA, acts.",
            "established"
        ));
        assert!(!at("registries created by IETF action", "created"));
        // A thing someone designates is no holder of what it grants.
        assert!(at(
            "Votes are cast on a mailing list designated by the Leader.",
            "designated"
        ));
        assert!(!at(
            "Delegates designated by the Leader may act.",
            "designated"
        ));
    }

    #[test]
    fn an_actor_within_which_a_thing_is_does_not_hold() {
        let s = "Leadership for the projects within the OpenJS Foundation is delegated.";
        assert!(within_a_thing(s, s.find("OpenJS").unwrap()));
        let s = "Within the IETF, the IESG decides.";
        assert!(!within_a_thing(s, s.find("IETF").unwrap()));
    }

    #[test]
    fn a_subject_opens_a_clause_or_follows_a_conjunction() {
        assert!(opens_a_subject(""));
        assert!(opens_a_subject("The"));
        assert!(opens_a_subject("If a Partner has funding and"));
        assert!(opens_a_subject("In practice,"));
        assert!(!opens_a_subject("The IAB is chartered to designate"));
        assert!(!opens_a_subject("the IAB may direct that an"));
        assert!(!opens_a_subject("ambiguity about"));
    }

    #[test]
    fn a_clause_of_its_own_with_we_for_subject() {
        let head = "we rely on contributors and users all over the world, but we make all final ";
        assert_eq!(
            we_opens_the_clause(head),
            Some(head.find("we make").unwrap())
        );
        assert_eq!(we_opens_the_clause("the board and we make "), None);
        assert_eq!(
            we_opens_the_clause("we rely on users, but they make "),
            None
        );
    }

    #[test]
    fn an_item_of_powers_opens_with_its_verb() {
        assert!(opens_with_a_verb(
            "Appoint Delegates or delegate decisions."
        ));
        assert!(opens_with_a_verb("  Vary the discussion period."));
        assert!(!opens_with_a_verb(
            "The Developers, by way of General Resolution;"
        ));
        assert!(!opens_with_a_verb(
            "Together with the Technical Committee, appoint ..."
        ));
        assert!(!opens_with_a_verb("ICANN may appoint ..."));
        assert!(!opens_with_a_verb("A person may hold several posts."));
    }

    /// A consultation as the manner of an act offers no basis: the relation is the act's.
    #[test]
    fn a_consultation_as_the_acts_manner() {
        let au = authorizations_of(
            "The IESG reviews such changes. Usually, they are best treated as editorial decisions taken with consultation.\n",
        );
        let got: Vec<(&str, bool)> = au
            .iter()
            .map(|a| (a.relation, a.basis == Some("participation")))
            .collect();
        assert_eq!(got, [("decides", false)]);
    }

    #[test]
    fn a_partner_after_with_is_not_the_subject() {
        let s = "Together with the Project Leader, appoint members.";
        assert!(after_with(s, s.find("Project").unwrap()));
        let s = "In consultation with ICANN, the Board decides.";
        assert!(after_with(s, s.find("ICANN").unwrap()));
        assert!(!after_with(s, s.find("Board").unwrap() - 4));
        // "forthwith", "herewith" are other words.
        let s = "Forthwith the Board decides.";
        assert!(!after_with(s, s.find("Board").unwrap() - 4));
    }

    #[test]
    fn an_actor_that_names_a_work_is_not_its_subject() {
        let s = "The TSC Charter governs the TSC and the ICANN Bylaws.";
        assert!(names_a_work(s, 7));
        assert!(!names_a_work(s, s.find(" and").unwrap() - 0));
        assert!(names_a_work(s, s.find(" Bylaws").unwrap()));
        assert!(!names_a_work("The TSC governs.", 7));
    }

    /// The set says of each of its rules what the rule says alone, and holds every rule the
    /// stage asks it about.
    #[test]
    fn the_claim_set_answers_for_each_rule() {
        let rules = set_rules();
        assert_eq!(rules.len(), tail(SET_TAIL.len()));
        let pieces = [
            "The United States",
            "established",
            "ICANN",
            "established by",
            "on behalf of",
            "the users",
            "represents",
            "members of the community",
            "attended",
            "turnout",
            "participatory model",
            "elected",
            "bylaws",
            "advises",
            "governs",
            "consensus",
            "decides for",
            "the operators",
            "appointed",
            "calls itself",
            "belong to",
            "rests with",
            "was",
            "not",
        ];
        let mut pick = crate::extract::test_picker(0x7365_7473);
        for _ in 0..5_000 {
            let t = crate::extract::test_text(&mut pick, 8, &pieces, &[" ", ", ", ". "])
                .to_ascii_lowercase();
            let hit = CLAIM_RULES.matches(&t);
            for (i, r) in rules.iter().enumerate() {
                assert_eq!(hit.matched(i), r.is_match(&t), "rule {i} on {t:?}");
            }
        }
        let t = "the united states established icann which is responsible for the users.";
        let hit = CLAIM_RULES.matches(t);
        assert!(hit.matched(tail(ACTIVE_GRANT_IN_SET)) && hit.matched(tail(CONSTITUENCY_IN_SET)));
    }

    /// `constituency` gives the group the capture engine gives, once trimmed.
    #[test]
    fn constituency_as_the_group() {
        let mut pick = crate::extract::test_picker(0xA076_1D64_78BD_642F);
        let pieces = [
            "represents",
            "governs",
            "over",
            "for",
            "on behalf of",
            "advise on",
            "decides for",
            "decide for",
            "oversees",
            "oversee",
            "the",
            "users",
            "members",
            "internet",
            "registries",
            "x",
            "big-data",
            "process",
            "on",
            "of",
            "advise",
            "decides",
            ",",
        ];
        let mut met = 0;
        for _ in 0..30_000 {
            let gaps = [" ", " ", "  ", "\u{a0}", "\n"];
            let t = crate::extract::test_text(&mut pick, 10, &pieces, &gaps);
            let want = CONSTITUENCY
                .captures(&t)
                .and_then(|c| c.get(1))
                .map(|g| t[g.range()].trim().to_string());
            let got = constituency(&t).map(|g| t[g].trim().to_string());
            assert_eq!(got, want, "{t:?}");
            met += want.is_some() as usize;
        }
        assert!(met > 5_000, "{met}");
    }

    #[test]
    fn a_constituency_is_taken_on_to_its_head() {
        let of = |t: &str| {
            let l = t.to_ascii_lowercase();
            constituency(&l)
                .and_then(|g| to_the_head(&l, g))
                .map(|g| t[g].trim().to_string())
        };
        assert_eq!(
            of("It speaks for the internet community.").as_deref(),
            Some("the internet community")
        );
        assert_eq!(
            of("NTIA has no authority to make policy for the domain name system."),
            None
        );
        assert_eq!(
            of("The Board represents the members elected by the community.").as_deref(),
            Some("the members")
        );
        assert_eq!(
            of("It acts on behalf of users worldwide").as_deref(),
            Some("users")
        );
    }
    use crate::extract::actors::{find, BUILTIN};
    use crate::extract::claims;
    use crate::ingest::{parse, Format};
    use std::path::Path;

    /// The holders of the authorizations of a Markdown document of `src`, by their IRIs'
    /// last segments.
    fn holders(src: &str) -> Vec<Option<String>> {
        authorizations_of(src)
            .into_iter()
            .map(|a| a.holder.map(|h| h.rsplit('/').next().unwrap().to_string()))
            .collect()
    }

    /// Each authorization's holder (its IRI's last segment, or "") and relation.
    fn holders_and_relations(src: &str) -> Vec<(String, &'static str)> {
        authorizations_of(src)
            .into_iter()
            .map(|a| {
                let h = a.holder.unwrap_or_default();
                (h.rsplit('/').next().unwrap_or("").to_string(), a.relation)
            })
            .collect()
    }

    /// The authorizations of a Markdown document of `src`.
    fn authorizations_of(src: &str) -> Vec<Authorization> {
        let d = parse("t", Path::new("t.md"), Format::Markdown, src.as_bytes()).unwrap();
        let cl = claims::extract(&d, &[], &crate::extract::turns::turns(&d));
        let ac = find(&d, &BUILTIN, &[]);
        extract(&d.text.text, &d.text.blocks, &cl, &ac, &[])
    }

    /// "Representatives" in "the House of Representatives" and "Advisory" in an advisory
    /// committee's name are words of names: the relation is the claim's own verb.
    #[test]
    fn a_relations_word_inside_a_name_is_no_relation() {
        let pairs = holders_and_relations(
            "The United States House of Representatives shall approve the budget. The Security and Stability Advisory Committee decides on its own reports.",
        );
        assert_eq!(
            pairs,
            [
                ("us-house".to_string(), "authorizes"),
                ("ssac".to_string(), "decides")
            ]
        );
    }

    /// "(Hofmann et al., 2017)": an author-date citation's author is a source, neither the
    /// holder nor the grantor ("J. Hofmann established-by, granted by ICANN" before).
    #[test]
    fn a_cited_author_holds_nothing() {
        let src = "# Paper\n\nScholars note that ICANN's board is accountable only to the Empowered Community (Hofmann et al., 2017).\n\n## References\n\nHofmann, J., Katzenbach, C., & Gollatz, K. (2017). Between coordination and regulation. *New Media & Society*, 19(9), 1406–1423.\n";
        let d = parse("t", Path::new("t.md"), Format::Markdown, src.as_bytes()).unwrap();
        let mut ws = crate::extract::works::WorkSet::default();
        let cits = crate::extract::citations::extract(&d, &mut ws);
        let spans: Vec<(usize, usize)> = cits
            .iter()
            .filter(|c| c.rule == "AD")
            .map(|c| (c.start, c.end))
            .collect();
        assert_eq!(spans.len(), 1, "{cits:?}");
        let cl = claims::extract(&d, &[], &crate::extract::turns::turns(&d));
        let ac = find(&d, &BUILTIN, &["J. Hofmann".to_string()]);
        let au = extract(&d.text.text, &d.text.blocks, &cl, &ac, &spans);
        let tail = |s: &Option<String>| {
            s.as_deref()
                .map(|s| s.rsplit('/').next().unwrap().to_string())
        };
        assert_eq!(au.len(), 1, "{au:?}");
        assert_eq!(tail(&au[0].holder).as_deref(), Some("icann"));
        assert_eq!(au[0].relation, "accountable-to");
        // "accountable only to" names the grantor.
        assert_eq!(tail(&au[0].grantor).as_deref(), Some("empowered-community"));
        // A narrative citation's author is no holder either: without the citation's span,
        // "Hofmann" was the holder of the board's decision.
        let src = src.replace(
            "Scholars note that ICANN's board is accountable only to the Empowered Community (Hofmann et al., 2017).",
            "Hofmann et al. (2017) show that the board alone decides the budget.",
        );
        let d = parse("t", Path::new("t.md"), Format::Markdown, src.as_bytes()).unwrap();
        let mut ws = crate::extract::works::WorkSet::default();
        let spans: Vec<(usize, usize)> = crate::extract::citations::extract(&d, &mut ws)
            .iter()
            .filter(|c| c.rule == "AD")
            .map(|c| (c.start, c.end))
            .collect();
        let cl = claims::extract(&d, &[], &crate::extract::turns::turns(&d));
        let ac = find(&d, &BUILTIN, &["J. Hofmann".to_string()]);
        let au = extract(&d.text.text, &d.text.blocks, &cl, &ac, &spans);
        assert_eq!(au.len(), 1, "{au:?}");
        assert_eq!(au[0].holder, None, "{au:?}");
        // Without the span too: the claim names Hofmann as its speaker, who reports it.
        let unfiltered = extract(&d.text.text, &d.text.blocks, &cl, &ac, &[]);
        assert_eq!(unfiltered[0].holder, None, "{unfiltered:?}");
    }

    /// "may be removed only by the Members": an adverb between the act and its agent leaves
    /// the agent the holder of the power.
    #[test]
    fn an_agent_after_only_holds_the_power() {
        let au = authorizations_of(
            "Any Director may be removed only by a two-thirds vote of the Members. The IANA is appointed solely by the IAB.",
        );
        let holders: Vec<&str> = au
            .iter()
            .map(|a| {
                a.holder
                    .as_deref()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap()
            })
            .collect();
        assert_eq!(holders[0], "members", "{au:?}");
        let iana = au.iter().find(|a| a.grantor.is_some()).expect("a grant");
        assert!(iana.grantor.as_deref().unwrap().ends_with("/iab"), "{au:?}");
    }

    #[test]
    fn passive_and_active_forms() {
        let au = authorizations_of("The United States established ICANN. The IDNB, established by the IANA, will act as a review panel. Fifteen people cannot represent billions of users.");
        let idnb = au
            .iter()
            .find(|a| a.relation == "established-by")
            .expect("established-by");
        assert!(idnb.grantor.as_deref().unwrap().ends_with("/iana"));
        let rep = au
            .iter()
            .find(|a| a.relation == "represents")
            .expect("represents");
        assert!(rep.denied);
        assert_eq!(rep.constituency.as_deref(), Some("billions of users"));
    }

    /// An active grant names its grantor before the verb and its holder after; a passive
    /// without its agent ("if they were appointed earlier") and an actor named on both
    /// sides grant nothing; "was to be delegated to X" names its recipient.
    #[test]
    fn an_active_grant_is_active_and_between_two_actors() {
        let grants = |src: &str| {
            authorizations_of(src)
                .into_iter()
                .filter_map(|a| a.grantor.map(|g| (g, a.holder)))
                .map(|(g, h)| {
                    let tail = |s: &str| s.rsplit('/').next().unwrap().to_string();
                    (tail(&g), h.as_deref().map(tail))
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            grants("The IANA appointed the IDNB to review disputes."),
            [("iana".to_string(), Some("idnb".to_string()))]
        );
        assert!(grants(
            "A member of the IAB is senior if they were appointed before the IETF chair."
        )
        .is_empty());
        assert!(grants(
            "Donations to the IETF must go to trusts authorized to handle assets of the IETF."
        )
        .is_empty());
        assert_eq!(
            grants("Responsibility in ICANN was to be delegated to the ASO."),
            [("icann".to_string(), Some("aso".to_string()))]
        );
        // The present of a plural subject grants as the past does.
        assert_eq!(
            grants("The members of the IETF elect the IAB."),
            [("ietf".to_string(), Some("iab".to_string()))]
        );
        assert_eq!(
            grants("The IAB and the IESG appoint the IANA."),
            [("iesg".to_string(), Some("iana".to_string()))]
        );
        // The holder is the verb's object: not an actor named further on ("an expert to
        // advise IANA"), nor after an infinitive ("choose to become ...").
        assert!(
            grants("Where appropriate the IESG will appoint an expert to advise IANA.").is_empty()
        );
        assert!(grants("The IESG can choose to become members of the IAB.").is_empty());
        // A participle that modifies a noun grants nothing.
        assert!(
            grants("The IESG considers that it conflicts with an established IETF effort.")
                .is_empty()
        );
        assert!(
            grants("The IESG sees them as experienced and entrusted members of the IAB.")
                .is_empty()
        );
        // A person named before the office leaves the office the object.
        assert_eq!(
            grants("The IANA appoints Ann Lee and Bo Chen as the IDNB."),
            [("iana".to_string(), Some("idnb".to_string()))]
        );
    }
}
