//! Claims: body sentences (or clauses) that assert or ask something, with kinds,
//! polarity, speaker and the cue that decided each. Boilerplate is recognised by general
//! signals (repetition, position, marketing and form vocabulary, document sections such
//! as addresses and copyright), never by listing strings of particular documents.

use crate::ingest::normalize::{Block, BlockKind};
use crate::ingest::words::word_count_up_to;
use crate::ingest::Document;
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub block: usize,
    /// authority, empirical, normative, question (several allowed).
    pub kinds: Vec<&'static str>,
    pub denied: bool,
    /// Reported speaker as named in the text; `None` means the document's author.
    pub speaker: Option<String>,
    /// The cues that decided kinds and polarity, for explanation.
    pub cues: Vec<String>,
    /// For a power stated with a modal ("The Minister may remove a member"): where the
    /// modal starts in the claim, and the relation its act states.
    pub power: Option<(usize, &'static str)>,
    /// Where the first cue of authority stands in the claim, if the lexicon gave one.
    pub cue_at: Option<(usize, usize)>,
}

static AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            r"(?i)(?-u:\b)(authorit(?:y|ies|ative)|authori[sz](?-u:\w)*|mandat(?-u:\w)*|legitima(?-u:\w)*|illegitima(?-u:\w)*|represent(?:s|ed|ing|ation|ative|atives)?|govern(?:s|ed|ing)?|sovereign(?-u:\w)*|powers?(?-u:\b)|jurisdiction|accountab(?-u:\w)*|overs(?:ee|ees|aw|een|eeing|ight)|supervis(?-u:\w)*|delegat(?-u:\w)*|entrust(?-u:\w)*|decid(?-u:\w)*|decisions?|dictat(?-u:\w)*|bind(?:s|ing)?|binds|bound by|veto(?-u:\w)*|approv(?-u:\w)*|ratif(?-u:\w)*|elect(?:s|ed|ion|ions|orate)?|votes?|voting|ballot(?-u:\w)*|appoint(?-u:\w)*|designat(?-u:\w)*|charter(?:ed)?|bylaws|on behalf of|speak(?:s|ing)? for|spoke for|responsib(?-u:\w)*|in charge|control(?:s|led|ling)?|regulat(?-u:\w)*|enforc(?-u:\w)*|consent|principals?|trustee(?-u:\w)*|prevail(?-u:\w)*|(?:a|any|no) say (?:in|over)|is run(?-u:\b)|democratic|exempt(?-u:\w)*|empower(?-u:\w)*|confer(?:s|red|ring)?|(?:commit|voting|merge|write) (?:rights|privileges|access)|vest(?:s|ed|ing)?|established by|created by|started by|enacted by|hereby (?:established|created|constituted|set up|adopted|repealed|amended|dissolved)|(?:amended|dismissed|dissolved|revoked|rescinded|repealed|expelled|overruled|removed|suspended) (?:(?:only|solely|jointly|exclusively) )?by|(?:members|chairs?|chairpersons?|directors|officers|representatives|delegates|trustees|judges|commissioners) (?:are|were|is|was|shall be|will be)(?: (?-u:\w)+)? (?:selected|chosen) by|there (?:is|are) (?:hereby )?established|vacanc(?:y|ies)|(?:shall|will|must) be (?:managed|directed|administered|exercised|conducted|operated) by|initiated by|convened by|set up by|chartered by|entitled|right to decide|final say|in the room|advis(?-u:\w)+|mission|recogni[sz]ed by|accountable to|",
            crate::extract::lexicon::ANSWERS_TO,
            r"|obey|comply|compliance|roles? and responsibilit(?-u:\w)*|multi-?stakeholder (?:model|governance|process(?-u:\w)*|approach|formula|cooperation)|agent|guidance|declare(?-u:\w)*|recommend(?-u:\w)*|nominat(?-u:\w)*|standing microphone|capture|report(?:s|ing)? to|appeal(?-u:\w)*|performance reports?|annual reports?|under (?:a |the |its )?contract (?:to|with)|pursuant to)(?-u:\b)",
        ]
        .concat(),
    )
    .unwrap()
});
const NORMATIVE: &str = r"(?i)(?-u:\b)(should|must|ought to|need to|needs to|shall|have to|has to|is required to|are required to|(?:is|are) (?:also |still )?expected to|it is time|let us|we need|(?:we|i) (?:would |strongly |therefore |also )?recommend|(?:it is|is|are) (?:strongly )?recommended|recommends|we urge|urges|calls upon)(?-u:\b)|^(?:Let|Do not let|Don't let|Stop|Make|Protect|Demote|It is (?:essential|important|necessary|imperative|vital|crucial) (?:that|to))(?-u:\b)";
const FIGURE: &str = r"(?i)(?-u:\b)\d[\d,.]*(?-u:\b)|%|(?-u:\b)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty|hundred|thousand|million|billion|dozen)(?-u:\b)";
const FACT: &str = r"(?i)(?-u:\b)(was|were|had|has been|have been|did|became|grew|signed|adopted|reported|established|founded|launched|created|is now|are now|has grown|shown|shows|found|led|began|ended|remains|exists)(?-u:\b)";
const COPULA: &str = r"(?i)(?-u:\b)(is|are)\s+(?:not\s+)?an?(?-u:\b)";
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(not|no|never|nothing|nobody|lacks|lacked|lacking|cannot|can't|can not|nor|neither|none|without|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|wouldn't|couldn't|shouldn't)(?-u:\b)|n't(?-u:\b)").unwrap()
});
static REPORTED_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:As\s+((?:\p{Lu}[^\s,;:!?"“”()\[\]]*\s?){1,4}|one\s+(?-u:\w)+|an?\s+(?-u:\w)+)\s+(?:(?:has|had)\s+)?(?:put it|wrote|said|noted|argued|observed|writes|says)|(?:[A-Z][A-Z.,' ]{1,40}\s+[—–-]{1,2}\s+)?(?:The\s+)?((?:\p{Lu}[^\s,;:!?"“”()\[\]]*\s?){1,4})\s+(?:(?:has|had)\s+)?(?:argued|argues|wrote|writes|said|says|noted|notes|asked|observed|observes|proposed|proposes|concluded|concludes|summarized|implored|specified|added|explained|explains|suggested|suggests|identified|disclaimed|analyzed|(?:held|holds|ruled|found|finds|reasoned|stated|states|contended|contends|maintained|maintains|insisted|insists|emphasized|acknowledged|acknowledges|asserted|asserts)\s+that|told\s+(?:[a-z]+\s+){1,2}that)(?-u:\b)|[“"][^”"]{2,}?[,?!]["”]\s+(?:said|says|added|wrote|writes|argued|noted|explained|asked|warned)\s+((?:\p{Lu}[^\s,;:!?"“”()\[\]]*\s?){1,4})|[“"][^”"]{2,}?[,?!]["”]\s+(?:[a-z]+\s+){0,3}((?:\p{Lu}[^\s,;:!?"“”()\[\]]*\s){1,4})(?:said|says|added|wrote|writes|argued|noted|explained|asked|warned|told)(?-u:\b)|[“"][^”"]{2,}?[,?!]["”]\s+[^“"”.,]{2,60},\s+((?:\p{Lu}[^\s,;:!?"“”()\[\]]*\s?){1,4}),\s+(?:said|says|added|wrote|writes|argued|noted|explained|asked|warned|told)(?-u:\b))"#).unwrap()
});
/// An author cited by name and year who says something (APA's and Chicago's narrative
/// citations): "Raymond and DeNardis (2015) argue that", "As Scholte (2020) notes,",
/// "Hofmann et al. (2016, p. 3) find".
static NARRATIVE_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:As\s+)?([A-Z][[:word:]’'-]+(?:\s+(?:and|&)\s+[A-Z][[:word:]’'-]+|\s+et\s+al\.)?)\s+\((?:1[6-9]|20)\d\d[a-z]?(?:,\s*(?:pp?\.\s*)?[\d–-]+)?\)\s+(?:(?:has|have|had)\s+)?(?:argue|argues|argued|note|notes|noted|observe|observes|observed|suggest|suggests|suggested|contend|contends|contended|maintain|maintains|claim|claims|claimed|find|finds|found|show|shows|showed|conclude|concludes|concluded|write|writes|wrote|assert|asserts|asserted|propose|proposes|proposed|hold|holds|held|insist|insists|emphasi[sz]es?|emphasi[sz]ed|describe|describes|described)(?-u:\b)").unwrap()
});

/// The narrative citation's author who speaks the claim, where the claim opens with one.
fn narrative_speaker(text: &str) -> Option<String> {
    // Every match holds a year in brackets after a name of up to five words: the first
    // bracket opens on four digits.
    let b = text.as_bytes();
    let year_first = memchr::memchr(b'(', &b[..b.len().min(80)])
        .is_some_and(|o| b.len() > o + 4 && b[o + 1..o + 5].iter().all(u8::is_ascii_digit));
    if !year_first {
        return None;
    }
    NARRATIVE_SPEAKER.captures(text).map(|c| c[1].to_string())
}

/// Whether the sentence names its own speaker ("Caron argued that ...", "..., said Jane
/// Smith"), not one given by the sentences around it.
pub fn names_its_speaker(text: &str) -> bool {
    REPORTED_SPEAKER.is_match(text) || narrative_speaker(text).is_some()
}

/// Whether a reported speaker is no one: a pronoun or a determiner alone ("Each suggested
/// change goes ..."; the function words hold "This", "They", "She", "There"), or a
/// quantifier ("Others contend that ...").
fn names_no_one(s: &str) -> bool {
    [
        "It", "We", "He", "Others", "Many", "Most", "Several", "Few", "Both", "One",
    ]
    .contains(&s)
        || super::actors::FUNCTION_WORDS.contains(&s)
        || super::actors::is_count(s)
}

/// The length of a numbered paragraph's number and the blanks after it ("5.1 ", "2.3.4. "),
/// where a capitalized word follows; 0 elsewhere ("5.1 million", "2024 was", "65.9 KB").
fn paragraph_number_len(text: &str) -> usize {
    let b = text.as_bytes();
    let mut i = 0;
    let mut parts = 0;
    loop {
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 3 {
            return 0;
        }
        i += digits;
        parts += 1;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        break;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    let blanks = b[i..]
        .iter()
        .take_while(|c| **c == b' ' || **c == b'\t')
        .count();
    // A word, not a unit's capitals ("65.9 KB").
    let word = b.get(i + blanks).is_some_and(u8::is_ascii_uppercase)
        && b.get(i + blanks + 1).is_some_and(u8::is_ascii_lowercase);
    (parts >= 2 && blanks > 0 && word)
        .then_some(i + blanks)
        .unwrap_or(0)
}

/// Whether the sentence opens with a pronoun reporting ("It proposes that", "She wrote").
fn pronoun_reports(text: &str) -> bool {
    ["It ", "He ", "She ", "They "]
        .iter()
        .any(|p| text.starts_with(p))
        && REPORTED_SPEAKER
            .captures(text)
            .and_then(|c| reported_speaker(text, &c))
            .is_some_and(|sp| ["It", "He", "She", "They"].contains(&sp.as_str()))
}

/// Whether `before` ends in a noun phrase a determiner opens: "a contract", "the public
/// process", "its own agreement" (a determiner, then a noun, or a word and a noun that is no
/// verb's form in -ed or -s).
fn noun_phrase_ends(before: &str) -> bool {
    const DETERMINERS: [&str; 9] = [
        "a", "an", "the", "any", "its", "their", "this", "every", "each",
    ];
    let words: Vec<&str> = before.rsplit(' ').take(3).collect();
    let det = |w: &str| DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d));
    let word = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    match words[..] {
        [noun, d, ..] if det(d) && word(noun) => true,
        [noun, adj, d] => {
            det(d) && word(adj) && word(noun) && !noun.ends_with("ed") && !noun.ends_with('s')
        }
        _ => false,
    }
}

/// The one a sentence reports after "According to" ("According to Lopez, ...", "According
/// to Access Now, ..."): a name in capitals, not a document ("the bylaws", "RFC 2026").
fn according_speaker(text: &str) -> Option<String> {
    let rest = text.strip_prefix("According to ")?;
    let name = rest[..rest.find(',')?].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    ((1..=5).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words[0] != "The"
        && !name.contains(|c: char| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "of" | "&" | "for")
        }))
    .then(|| name.to_string())
}

/// The speaker REPORTED_SPEAKER names in `text`, in whichever of its forms matched. Where
/// the words it took are a title that goes on with "of" or "for" ('"...," said Assistant
/// Secretary of Commerce for Communications and Information Lawrence E. Strickling.'), the
/// name is the last words of the phrase: two, or three with an initial between them.
fn reported_speaker(text: &str, c: &regex::Captures) -> Option<String> {
    let m = (1..=5).find_map(|g| c.get(g))?;
    let title = m.as_str().trim();
    let after = text[m.end()..].trim_start();
    let named = ["of ", "for "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .and_then(|rest| {
            // The phrase runs to a comma or a semicolon, or the sentence's end.
            let phrase = rest
                .split([',', ';', '('])
                .next()
                .unwrap_or(rest)
                .trim_end();
            let phrase = phrase.strip_suffix('.').unwrap_or(phrase);
            let words: Vec<&str> = phrase.split_whitespace().collect();
            let run = words
                .iter()
                .rev()
                .take_while(|w| w.starts_with(|ch: char| ch.is_uppercase()))
                .count();
            let initial = |w: &str| w.len() == 2 && w.ends_with('.');
            let take = match &words[words.len() - run..] {
                [.., _, mid, _] if initial(mid) => 3,
                _ => 2,
            };
            // Title words before the name, the name not an initial alone.
            (run > take && !initial(words[words.len() - 1]))
                .then(|| words[words.len() - take..].join(" "))
                .filter(|n| crate::extract::works::is_person(n))
        });
    Some(named.unwrap_or_else(|| title.to_string()))
}
static POSSESSIVE_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z][[:word:].&-]*(?:\s+[A-Z][[:word:].&-]*){0,4})['’]s\s+(?:description|statement|declaration|view|position|account|bylaws|charter|website|mission statement|words)(?-u:\b)").unwrap()
});
static PRONOUN_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:its|their|his|her)\s+(?:own\s+)?(?:description|statement|declaration|view|position|account|words|website|mission statement)(?-u:\b)").unwrap()
});
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The\s+)?([A-Z][[:word:].&-]*(?:\s+[A-Z][[:word:].&-]*){0,4})\s+[a-z]").unwrap()
});
/// Whether the negation at `start..end` of `s` opens a participle that qualifies the noun
/// before it ("Responsibilities not explicitly delegated to other parties remain ...", "The
/// powers not delegated to the United States ... are reserved"): "not" after a word that is
/// no verb of its own, before a past participle.
/// `then`: the text after `s`, where the words after the negation run on.
fn qualifies_a_noun(s: &str, start: usize, end: usize, then: &str) -> bool {
    if !s[start..end].eq_ignore_ascii_case("not") {
        return false;
    }
    // Adverbs stand between a verb and its "not" ("are therefore not required").
    let before = s[..start]
        .split_whitespace()
        .rev()
        .find(|w| {
            let w = w.to_ascii_lowercase();
            !(w.len() > 3 && w.ends_with("ly")
                || matches!(
                    w.as_str(),
                    "therefore" | "thus" | "hence" | "also" | "still" | "then" | "yet" | "now"
                ))
        })
        .unwrap_or("");
    let lower = before.to_ascii_lowercase();
    if before.is_empty()
        || !before.chars().all(char::is_alphabetic)
        || RELATIVE_AUX.contains(&lower.as_str())
        || matches!(
            lower.as_str(),
            "be" | "been" | "being" | "might" | "or" | "and" | "but" | "if" | "whether" | "to"
        )
    {
        return false;
    }
    let mut after = s[end..].split_whitespace().chain(then.split_whitespace());
    let mut w = after.next().unwrap_or("");
    if w.len() > 3 && w.ends_with("ly") || w == "yet" {
        w = after.next().unwrap_or("");
    }
    let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
    // "proposals not vetoed", "people not familiar with the process", "members not
    // present": a participle or an adjective of a state the noun is in.
    w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
        || matches!(
            w,
            "familiar" | "present" | "eligible" | "available" | "able" | "aware" | "subject"
        )
}

/// Whether the negation `neg` stands in a condition ("if", "unless", "assuming", "until",
/// "whether", "when") that opens after the first words of `scope` (the clause up to a cue)
/// and runs on to the cue; a condition that
/// opens the sentence is `leading_condition_end`'s ("If not they lose their vote" cannot be
/// told from its main clause).
fn in_later_condition(scope: &str, neg: &str) -> bool {
    let lower = scope.to_ascii_lowercase();
    let Some(at) = [
        "if",
        "unless",
        "assuming",
        "provided",
        "providing",
        "until",
        "whether",
        "when",
    ]
    .iter()
    .filter_map(|w| word_starts(&lower, w).last())
    .max() else {
        return false;
    };
    // The condition runs to its comma: a negation past it is the main clause's again ("...
    // may be changed if problems are found, deploying them is not recommended").
    let condition = &lower[at..];
    lower[..at].split_whitespace().count() >= 2
        && word_starts(condition, &neg.to_ascii_lowercase()).any(|i| !condition[..i].contains(','))
}

/// Whether the negation at `s..e` of `text` is a word named rather than used: quoted
/// ('"No" votes'), the first part of a compound ("a no-confidence vote"), or a vote's value
/// where "yes" is one too ("60% of yes votes and 20% of no votes"). `cue` is the claim's
/// text from the cue on, which `text` runs into.
fn names_the_word(text: &str, s: usize, e: usize, cue: &str) -> bool {
    let (before, after) = (&text[..s], &text[e..]);
    let no = text[s..e].eq_ignore_ascii_case("no");
    let quoted =
        before.ends_with(['"', '“', '‘', '\'']) && after.starts_with(['"', '”', '’', '\'']);
    let compound = no && after.starts_with('-');
    // A negation that ends `text` stands right before the cue.
    let vote_next = if after.is_empty() {
        cue.starts_with("vote")
    } else {
        after.trim_start_matches(['"', '”']).starts_with(" vote")
    };
    let value = no
        && vote_next
        && word_starts(&text.to_ascii_lowercase(), "yes")
            .next()
            .is_some();
    quoted || compound || value
}

/// Where `word` stands in `text` as a word of its own: no letter or digit on either side.
fn word_starts<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        !text[..i].ends_with(char::is_alphanumeric)
            && !text[i + word.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Whether the negation `n` of `near` (the last words before a cue, joined by blanks)
/// stands in a bracket closed before the cue; `before` is the claim's text up to the cue
/// (the bracket may open before `near` and before the scope's start).
fn in_closed_bracket(before: &str, near: &str, n: regex::Match) -> bool {
    let tail = &near[n.end()..];
    let Some(close) = tail.find(')') else {
        return false;
    };
    // The bracket's close in `before`: as many closes after it as `tail` has.
    let after = tail[close..].matches(')').count();
    let Some(end) = before.rmatch_indices(')').nth(after - 1).map(|(i, _)| i) else {
        return false;
    };
    let Some(open) = before[..end].rfind('(') else {
        return false;
    };
    word_starts(&before[open..end], n.as_str()).next().is_some()
}

/// Where a leading conditional or concessive clause ends: "If no option gathers two thirds
/// of the votes, the decision is escalated" (after "votes,"). The clause opens the sentence,
/// or follows one introductory word and its comma ("However, if ..."), and ends at its first
/// comma; a sentence without one has no such clause that could be told from the main one.
fn leading_condition_end(text: &str) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "if", "unless", "when", "whenever", "once", "until", "although", "though", "while",
        "whereas", "where", "even",
    ];
    let start = text.len() - text.trim_start_matches(['"', '“', '(', ' ']).len();
    let mut rest = &text[start..];
    let mut at = start;
    // One introductory word and its comma: "However, if ...", "Otherwise, unless ...".
    if let Some((intro, after)) = rest.split_once(", ") {
        if !intro.contains(' ')
            && intro.chars().all(char::is_alphabetic)
            && !OPENERS.contains(&intro.to_ascii_lowercase().as_str())
        {
            at += intro.len() + 2;
            rest = after;
        }
    }
    // Openers of more than one word: "In the event a vote cannot be resolved, ...".
    let phrase = [
        "In the event that",
        "In the event",
        "In case",
        "In the absence of",
    ]
    .iter()
    .find(|p| {
        rest.get(..p.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(p))
            && rest[p.len()..].starts_with(' ')
    });
    let first = match phrase {
        Some(p) => &rest[..p.len()],
        None => rest.split(|c: char| !c.is_alphabetic()).next()?,
    };
    let first = first.to_ascii_lowercase();
    if phrase.is_none() && !OPENERS.contains(&first.as_str())
        || first == "even" && {
            let next = rest[4..].trim_start().to_ascii_lowercase();
            !["if ", "though ", "when ", "where "]
                .iter()
                .any(|w| next.starts_with(w))
        }
    {
        return None;
    }
    // The first comma past the opener ("If, after 72 hours, ..." opens with an aside), or
    // a "then" before any ("If there are no candidates then the period is extended").
    let body = &rest[first.len()..];
    let comma = body.trim_start_matches([',', ' ']);
    let skipped = body.len() - comma.len();
    let then = comma.find(" then ").map(|t| t + 1);
    match (comma.find(','), then) {
        (Some(c), Some(t)) if t < c => Some(at + first.len() + skipped + t),
        (Some(c), _) => Some(at + first.len() + skipped + c + 1),
        (None, Some(t)) => Some(at + first.len() + skipped + t),
        (None, None) => None,
    }
}

/// Whether the words after a negation make it a bound on a quantity, not a denial: "No more
/// than 2 members can report to one person", "not later than 30 days", "no fewer than".
fn bounds_a_quantity(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let w = words.next().unwrap_or("").to_ascii_lowercase();
    matches!(
        w.as_str(),
        "more" | "less" | "fewer" | "later" | "earlier" | "greater" | "sooner"
    ) && words.next().is_some_and(|t| t.eq_ignore_ascii_case("than"))
}

/// Whether "nothing" opens a saving clause, which keeps a power rather than denying it:
/// "Nothing in these bylaws shall limit the power of the Board", "Nothing herein shall be
/// construed to restrict ..." (but "Nothing in this Act shall be construed to authorize ..."
/// denies). The verb that the clause's modal governs decides.
fn saves_a_power(negation: &str, before_cue: &str, from_cue: &str) -> bool {
    const KEEPS: &[&str] = &[
        "limit",
        "limits",
        "restrict",
        "restricts",
        "affect",
        "affects",
        "impair",
        "impairs",
        "diminish",
        "diminishes",
        "prevent",
        "prevents",
        "preclude",
        "precludes",
        "prohibit",
        "prohibits",
        "derogate",
        "derogates",
        "abridge",
        "abridges",
        "modify",
        "modifies",
        "waive",
        "waives",
    ];
    const MODALS: &[&str] = &[
        "shall", "may", "will", "can", "should", "must", "does", "is",
    ];
    const PASSED: &[&str] = &[
        "be",
        "construed",
        "deemed",
        "interpreted",
        "read",
        "as",
        "to",
        "in",
        "any",
        "way",
        "manner",
        "otherwise",
    ];
    if !negation.eq_ignore_ascii_case("nothing") {
        return false;
    }
    let mut words = before_cue
        .split_whitespace()
        .chain(from_cue.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .take(20);
    while let Some(w) = words.next() {
        if KEEPS.contains(&w.as_str()) {
            return true;
        }
        if MODALS.contains(&w.as_str()) {
            return words
                .find(|v| !PASSED.contains(&v.as_str()))
                .is_some_and(|v| KEEPS.contains(&v.as_str()));
        }
    }
    false
}

/// Whether the words after a relative pronoun, up to a cue, are its own negated verb and the
/// few words of its phrase: "do not follow or enforce", "are not", "never", "do not
/// understand some of the subtleties of consensus-based (decision making)".
fn negated_relative_verb(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().collect();
    let negation = |w: &str| {
        let w = w.to_ascii_lowercase();
        w == "not" || w == "never" || w == "cannot" || w.ends_with("n't")
    };
    let aux = |w: &str| RELATIVE_AUX.iter().any(|a| a.eq_ignore_ascii_case(w));
    let at = match (words.first(), words.get(1)) {
        (Some(w), _) if negation(w) => 1,
        (Some(a), Some(w)) if aux(a) && negation(w) => 2,
        _ => return false,
    };
    words.len() - at <= 8
}

/// Words after "that" that make it a relative pronoun ("proposals that are not vetoed"), not
/// a conjunction ("decided that it has no authority").
const RELATIVE_AUX: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "can", "may", "will", "would", "could",
    "should", "must", "shall", "do", "does", "did",
];
static SCOPE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s+(?:and|but|while|whereas|which|who|although|though|yet)(?-u:\b)|(?-u:\b)but(?-u:\b)|(?-u:\b)where(?-u:\b)|(?-u:\b)that(?-u:\b)|(?-u:\b)and\s+then(?-u:\b)|(?-u:\b)(?:which|who)(?-u:\b)").unwrap()
});
const BOILER: &str = r"(?i)(sponsored\s*by|subscrib(?-u:\w)*|newsletter|inbox|sign up|click here|follow us|share this|comment policy|post comments|notify me|discount|\$\d+(?:\.\d\d)?/month|advertis(?-u:\w)*|cookies?(?-u:\b)|privacy policy|terms of (?:use|service)|all rights reserved|filed under|read more|related posts|log ?in to|register to|leave a comment|comment title|copy to clipboard|edit this page|edit on github|last (?:updated|modified|edited):)";
static BOILER_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(BOILER).unwrap());
static SKIP_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d+(?:\.\d+)*\.?\s+|[A-Z]\.\s+|Appendix [A-Z]\.?\s+)?(authors?['’]?s?['’]? address(?:es)?|contact information|full copyright statement|copyright notice|copyright|status of this memo|table of contents|contents|intellectual property(?: rights)?|acknowledge?ments?|citation|cite this|how to cite|references|normative references|informative references|bibliography|comments|related|topics|filed under|share|tags|categories)\s*:?$").unwrap()
});
const ADDRESS_RULE: &str = r"(?i)(?-u:\b)\d{2,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Way|Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Suite)(?-u:\b)|^(?:e-?mail|phone|fax|tel)\s*:|(?-u:\b)[A-Z]{2}\s+\d{5}(?:-\d{4})?(?-u:\b)";
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| Regex::new(ADDRESS_RULE).unwrap());
/// BOILER and ADDRESS as one rule (patterns 0 and 1), so that a block is walked once for
/// both: most blocks match neither, and each walk reads every byte.
static BOILER_OR_ADDRESS: LazyLock<regex_automata::meta::Regex> =
    LazyLock::new(|| regex_automata::meta::Regex::new_many(&[BOILER, ADDRESS_RULE]).unwrap());

/// How many BOILER matches `text` has (counted to 2), and whether ADDRESS matches, as the
/// rules alone answer. In one walk of both rules, the BOILER matches met before any ADDRESS
/// match are BOILER's own (the leftmost match wins, BOILER first at a tie), and a walk
/// that meets no match at all means neither rule matches. Where an ADDRESS match is met, or
/// BOILER matched and could hide an ADDRESS match that overlaps it, the rules are asked
/// alone (rare: a block with marketing words or a street address).
fn boiler_and_address(text: &str) -> (usize, impl Fn() -> bool + '_) {
    let mut marketing = 0;
    let mut address_met = false;
    for m in BOILER_OR_ADDRESS.find_iter(text) {
        if m.pattern().as_usize() == 1 {
            address_met = true;
            break;
        }
        marketing += 1;
        if marketing == 2 {
            break;
        }
    }
    if address_met {
        marketing = BOILER_WORDS.find_iter(text).take(2).count();
    }
    let known = address_met
        .then_some(true)
        .or((marketing == 0).then_some(false));
    (marketing, move || {
        known.unwrap_or_else(|| ADDRESS.is_match(text))
    })
}
/// FIGURE, FACT, COPULA and NORMATIVE as one rule (patterns 0 to 3). A match of one never
/// overlaps a match of another — figures are digits, "%" or number words; the fact, copula
/// and normative words are other words, and where two can start at the same word ("is",
/// "are", "has", "have") the next word tells them apart — so one walk over the claim meets
/// each rule's first match where the rule alone finds it, instead of a walk per rule.
static CUES: LazyLock<regex_automata::meta::Regex> = LazyLock::new(|| {
    regex_automata::meta::Regex::new_many(&[FIGURE, FACT, COPULA, NORMATIVE]).unwrap()
});

/// The first match of NORMATIVE in `text` where the rule alone finds it; where there is
/// none, the first matches of FIGURE, FACT and COPULA too. A normative cue decides the kind
/// (the empirical cues are read only without one), so the walk stops at it.
fn first_cues(text: &str) -> [Option<std::ops::Range<usize>>; 4] {
    let mut first: [Option<std::ops::Range<usize>>; 4] = Default::default();
    for m in CUES.find_iter(text) {
        let k = m.pattern().as_usize();
        if k == 3
            && (defines(text, m.range())
                || reports_a_recommendation(text, m.range())
                || predicts(text, m.range()))
        {
            continue;
        }
        if first[k].is_none() {
            first[k] = Some(m.range());
        }
        if first[3].is_some() {
            break;
        }
    }
    first
}

/// Whether "is expected to" at `cue` predicts ("The report is expected to be released in
/// May", "Membership is expected to grow") rather than states a duty ("Maintainers are
/// expected to review changes").
fn predicts(text: &str, cue: std::ops::Range<usize>) -> bool {
    if !text[cue.clone()].ends_with("expected to") {
        return false;
    }
    let mut next = text[cue.end..].split_whitespace();
    match next.next().unwrap_or("") {
        "be" => next.next().is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ';']);
            w.ends_with("ed") || w.ends_with("en") || matches!(w, "held" | "made" | "built")
        }),
        w => PREDICTED.contains(&w.trim_end_matches([',', '.', ';'])),
    }
}

/// Verbs of what happens rather than of what someone does, after "is expected to".
const PREDICTED: &[&str] = &[
    "grow", "increase", "decrease", "decline", "rise", "fall", "reach", "exceed", "take", "last",
    "cost", "begin", "start", "end", "close", "continue", "remain", "happen", "occur", "arrive",
    "come", "change", "improve", "expand", "double", "drop",
];

/// Whether an authority cue names a procedure by which a power is used ("vote", "approval",
/// "decision", "election", "ballot"), not the power or its source.
fn is_procedure(cue: &str) -> bool {
    let c = cue.to_ascii_lowercase();
    [
        "vote", "voting", "ballot", "approv", "decision", "elect", "consult",
    ]
    .iter()
    .any(|p| c.starts_with(p))
}

/// Whether the normative cue at `cue` reports whose recommendation it is ("CCM mode is
/// recommended by NIST"): a fact about another's advice, not advice.
fn reports_a_recommendation(text: &str, cue: std::ops::Range<usize>) -> bool {
    text[..cue.end].ends_with("recommended") && text[cue.end..].trim_start().starts_with("by ")
}

/// Whether the normative cue at `cue` is the "shall" of a definition ("'Licensor' shall
/// mean ...", "shall be deemed", "shall have the meaning"): it defines a term, it does not
/// oblige anyone.
fn defines(text: &str, cue: std::ops::Range<usize>) -> bool {
    if !text[cue.clone()].eq_ignore_ascii_case("shall") {
        return false;
    }
    let rest = text[cue.end..].trim_start();
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let word = |i: usize| {
        words.get(i).map_or(String::new(), |w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
    };
    rest.len() < text.len() - cue.end
        && match word(0).as_str() {
            "mean" | "means" => true,
            "be" => word(1) == "deemed",
            "have" => word(1) == "the" && word(2) == "meaning",
            "refer" => word(1) == "to",
            _ => false,
        }
}

/// A power stated with a modal: a named subject (a capitalized word within its first
/// words: "The TSC", "Two Collaborators", "The IESG chair") that may, can or cannot do an
/// act of governance over others ("The TSC can remove inactive Collaborators", "The Board
/// may not amend the charter"). Ability or permission to act otherwise ("Users can
/// choose", "Members may propose") is not authority, nor is a possibility ("It may be").
static POWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:The|A|An|Any|Each|Every|All|Both|Only|No|Two|Three)\s+)?([A-Z][[:word:].&'’-]*)(?:(?:\s+[[:word:].&'’-]+){0,3}?|(?:\s+[[:word:].&'’,-]+){1,14}?\s+and)\s+(may not|may|cannot|can't|can not|can|(?:has|have|reserves|reserve|retains|retain) the (?:sole |exclusive )?right to)\s+(?:(?:also|only|then|still|at any time|always|jointly)\s+)?(remove|amend|revoke|override|overrule|reject|adopt|grant|nominate|expel|eject|suspend|dismiss|block|ban|sanction|waive|dissolve|reverse|invite|admit|impose|require|permit|prohibit|forbid|assign|invoke|convene|terminate|determine|issue|set aside|call for a vote|(?:change|modify|update) (?:the|these|this|its|our)|create|establish|compel|order|investigate|fine|enforce|audit)(?-u:\b)").unwrap()
});
/// Pronouns and words that begin clauses: no subject that holds a power.
const NOT_A_HOLDER: &[&str] = &[
    "It", "This", "That", "These", "Those", "They", "We", "You", "He", "She", "I", "One", "There",
    "Such", "Some", "Many", "Most", "Which", "What", "Who", "How", "Why", "If", "When", "While",
    "Although", "Nobody", "Anyone", "Everyone", "Someone", "Nothing",
];

/// " may " and " can" (cannot, can't): built once, not for every claim.
static MODAL: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    LazyLock::new(|| [" may ", " can", " right to "].map(memchr::memmem::Finder::new));

/// The modal of a power the claim states (see POWER), if any, with where it starts (the
/// subject is the text before it).
/// The relation a power's act states: ending or overturning what others hold or did
/// decides; letting in or handing on authorizes; making and changing rules governs.
fn power_relation(act: &str) -> &'static str {
    match act {
        "remove" | "revoke" | "override" | "overrule" | "reject" | "expel" | "eject"
        | "suspend" | "dismiss" | "block" | "ban" | "sanction" | "dissolve" | "reverse"
        | "terminate" | "determine" | "set aside" | "call for a vote" | "fine" | "order"
        | "compel" => "decides",
        "investigate" | "audit" => "oversees",
        "grant" | "nominate" | "invite" | "admit" | "permit" | "assign" => "authorizes",
        _ => "governs",
    }
}

fn power_modal(text: &str) -> Option<(usize, &str, Option<usize>, &'static str)> {
    let b = text.as_bytes();
    // Most claims have no such modal: three byte searches spare them the rule.
    if MODAL.iter().all(|m| m.find(b).is_none()) {
        return None;
    }
    let c = POWER.captures(text)?;
    let modal = c.get(2).unwrap();
    let subject = c.get(1).unwrap();
    // "We may suspend your account": a pronoun holds a power only where the document
    // makes it a party's name (`Example Ltd ("we", "us")`), as its mention there says.
    let pronoun = NOT_A_HOLDER.contains(&subject.as_str());
    Some((
        modal.start(),
        modal.as_str(),
        pronoun.then_some(subject.start()),
        power_relation(c.get(3).map_or("", |m| m.as_str())),
    ))
}

/// A lead-in of advice or a recommendation that opens a list: "The GAC advises the ICANN
/// Board to:", "We recommend that the Board:", "The Committee urges Member States to:".
static ADVICE_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:advis(?:e|es|ed)|recommend(?:s|ed)?|urg(?:e|es|ed)|request(?:s|ed)?|call(?:s|ed)? (?:on|upon)|ask(?:s|ed)?|encourag(?:e|es|ed)|invit(?:e|es|ed)|should|must|shall)(?-u:\b)[^.;:!?]*:$").unwrap()
});

/// The items of a list that advice or a recommendation leads into say what should be
/// done: each item's first sentence that opens with a verb in lowercase ("facilitate the
/// timely conclusion ...", "publish the reasons ...") is normative, where it was a plain
/// statement. Not the items of "The Board has adopted the following measures:".
pub fn mark_advice(text: &str, blocks: &[Block], claims: &mut [Claim]) {
    const NOT_VERBS: &[&str] = &[
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
        "each", "every", "all", "any", "some", "no", "and", "or", "of", "to",
    ];
    let mut lead_in: Option<(usize, bool)> = None;
    for c in claims.iter_mut() {
        if c.kinds
            .iter()
            .any(|k| matches!(*k, "normative" | "question"))
        {
            continue;
        }
        let b = &blocks[c.block];
        if !b.item || !text[b.start..c.start].trim().is_empty() {
            continue;
        }
        let Some(lead) = list_lead_in(blocks, c.block) else {
            continue;
        };
        let advises = match lead_in {
            Some((l, a)) if l == lead => a,
            _ => {
                let lt = text[blocks[lead].start..blocks[lead].end].trim_end();
                let a = lt.ends_with(':') && ADVICE_LEAD_IN.is_match(lt);
                lead_in = Some((lead, a));
                a
            }
        };
        let first = text[c.start..c.end].split_whitespace().next().unwrap_or("");
        // Not a noun that names an act ("creation of norms", "articulation of principles").
        const NOUN_ENDS: &[&str] = &[
            "tion", "sion", "ment", "ance", "ence", "ity", "ness", "ship", "ism", "ies",
        ];
        let verb = first.len() > 2
            && first.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_VERBS.contains(&first)
            && !NOUN_ENDS.iter().any(|e| first.ends_with(e));
        if !advises || !verb {
            continue;
        }
        if let Some(k) = c.cues.iter().position(|q| q == PLAIN_STATEMENT) {
            c.cues.remove(k);
            c.kinds.retain(|k| *k != "empirical");
        }
        c.kinds.push("normative");
        c.cues
            .push("normative: an item of the advice its list's lead-in gives".to_string());
    }
}

/// Claims whose only cues of authority are words of actors' names ("The Governmental
/// Advisory Committee met in Marrakech", "The Internet Governance Forum convened") say
/// nothing of authority: asked once the actors are known. `mentions` sorted by start.
pub fn cues_in_names(text: &str, claims: &mut [Claim], mentions: &[(usize, usize)]) {
    for c in claims.iter_mut() {
        if !c.kinds.contains(&"authority") {
            continue;
        }
        // Only the lexicon's cue decided it (`cue_at`), not also a power, a resolution or
        // a follow-up.
        if c.cue_at.is_none()
            || c.cues
                .iter()
                .filter(|q| q.starts_with("authority:"))
                .count()
                > 1
        {
            continue;
        }
        let from = mentions.partition_point(|m| m.0 < c.start);
        let to = mentions.partition_point(|m| m.0 < c.end);
        let names = &mentions[from..to];
        if names.is_empty() {
            continue;
        }
        let t = &text[c.start..c.end];
        // "Meta created the Oversight Board": the name's making is an act of authority.
        let made = |at: usize| {
            let before = text[c.start..at].trim_end();
            let before = ["the", "a", "an", "its", "their"]
                .iter()
                .find_map(|d| before.strip_suffix(d).filter(|b| b.ends_with(' ')))
                .unwrap_or(before)
                .trim_end();
            let verb = before.rsplit(' ').next().unwrap_or("");
            matches!(
                verb,
                "created"
                    | "creates"
                    | "established"
                    | "establishes"
                    | "founded"
                    | "formed"
                    | "chartered"
                    | "convened"
                    | "launched"
                    | "appointed"
                    | "elected"
            ) || before.ends_with("set up")
        };
        // A proper name, capitalized: a role named in lowercase ("the designated manager",
        // "delegates") is named for the authority it holds.
        let in_a_name = |(a, z): (usize, usize)| {
            names.iter().any(|n| {
                n.0 <= c.start + a
                    && c.start + z <= n.1
                    && text[n.0..].starts_with(|ch: char| ch.is_uppercase())
                    && !made(n.0)
            })
        };
        // The first cue first: most stand outside every name.
        if !c.cue_at.is_some_and(in_a_name)
            || !authority_cues(t, false).all(|m| in_a_name((m.start(), m.end())))
        {
            continue;
        }
        c.kinds.retain(|k| *k != "authority");
        c.cues
            .retain(|q| !q.starts_with("authority:") && !q.starts_with("denied:"));
        c.denied = false;
        if c.kinds.is_empty() {
            c.kinds.push("empirical");
            c.cues.push(PLAIN_STATEMENT.into());
        }
    }
}

/// Claims that state an actor's power with a modal or a right ("The TSC can remove inactive
/// Collaborators", "The Board may not amend the charter", "The Council reserves the right to
/// eject current Members") are authority claims: asked once
/// the actors are known, since the subject must name one ("A Draft Standard may still
/// require ..." states a need, not a power). A negative modal denies the power.
pub fn mark_powers(
    text: &str,
    blocks: &[Block],
    claims: &mut [Claim],
    mentions: &[(usize, usize)],
) {
    let named_before = |from: usize, to: usize| {
        let first = mentions.partition_point(|m| m.0 < from);
        mentions[first..]
            .iter()
            .take_while(|m| m.0 < to)
            .any(|m| m.1 <= to)
    };
    // The lead-in last asked about, and whether it gives its list to an actor.
    let mut lead_in: Option<(usize, bool)> = None;
    for c in claims.iter_mut() {
        if c.kinds.contains(&"authority") || c.kinds.contains(&"question") {
            continue;
        }
        let cue = if let Some((at, modal, pronoun, relation)) = power_modal(&text[c.start..c.end]) {
            let named = match pronoun {
                Some(p) => mentions
                    .binary_search_by_key(&(c.start + p), |m| m.0)
                    .is_ok(),
                None => named_before(c.start, c.start + at),
            };
            if !named {
                continue;
            }
            if matches!(modal, "cannot" | "can't" | "can not" | "may not") {
                c.denied = true;
                c.cues.push(format!("denied: '{modal}'"));
            }
            c.power = Some((at, relation));
            format!("authority: a power ('{modal}' and an act of governance)")
        } else {
            // "Together, the Developers may:" over "Appoint or recall the Project Leader.":
            // each item of the list is a power of the actor the lead-in names. The item's
            // first sentence states the power; those after it tell more.
            let b = &blocks[c.block];
            let opens_item = text[b.start..c.start].trim().is_empty();
            let Some(lead) = opens_item.then(|| list_lead_in(blocks, c.block)).flatten() else {
                continue;
            };
            let gives = match lead_in {
                Some((b, g)) if b == lead => g,
                _ => {
                    // "The council has broad authority ... For example, they can:": a pronoun
                    // refers to an actor named before, in this paragraph or the one above.
                    let g = modal_lead_in(text, &blocks[lead]).is_some_and(|(from, modal)| {
                        let above = blocks[paragraph_above(blocks, lead)].start;
                        named_before(from, modal)
                            || has_pronoun(&text[from..modal]) && named_before(above, modal)
                    });
                    lead_in = Some((lead, g));
                    g
                }
            };
            if !gives {
                continue;
            }
            "authority: a power listed under its holder's 'may:'".to_string()
        };
        as_authority(c, cue);
    }
}

/// Makes a claim an authority claim for `cue`, found after its words were classified: a
/// plain statement was empirical only for want of another kind.
fn as_authority(c: &mut Claim, cue: String) {
    if let Some(k) = c.cues.iter().position(|q| q == PLAIN_STATEMENT) {
        c.cues.remove(k);
        c.kinds.retain(|k| *k != "empirical");
    }
    if !c.kinds.contains(&"authority") {
        c.kinds.insert(0, "authority");
    }
    c.cues.insert(0, cue);
}

/// A lead-in that gives the list under it to a holder: "Together, the Developers may:", "The
/// Board shall:", "The Chair is responsible for:". The holder is the actor named last before
/// the modal; the list's items are what it may do.
static MODAL_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:may|can|shall|must|will|(?:is|are)\s+(?:also\s+)?(?:responsible\s+for|empowered\s+to|authori[sz]ed\s+to|entitled\s+to)|ha(?:s|ve)\s+the\s+(?:following\s+)?(?:powers?|authority|rights?|duties|responsibilities)(?:\s+to)?)(?:\s+also)?\s*(?:\([^)]*\)|,[^,:.;()]{1,40})?\s*:$").unwrap()
});

/// The lead-in of the list item `block`: the paragraph right before the list's first item.
pub fn list_lead_in(blocks: &[Block], block: usize) -> Option<usize> {
    if !blocks.get(block)?.item {
        return None;
    }
    let lead = (0..block).rev().find(|&b| !blocks[b].item)?;
    (blocks[lead].kind == BlockKind::Paragraph).then_some(lead)
}

/// The paragraph right before `block`, where there is one (a pronoun's antecedent may stand
/// there); else `block` itself.
pub fn paragraph_above(blocks: &[Block], block: usize) -> usize {
    block
        .checked_sub(1)
        .filter(|&p| blocks[p].kind == BlockKind::Paragraph)
        .unwrap_or(block)
}

/// Whether words hold a personal pronoun that may stand for an actor ("they can:").
pub fn has_pronoun(words: &str) -> bool {
    words
        .split_whitespace()
        .any(|w| matches!(w, "they" | "They" | "it" | "It" | "we" | "We"))
}

/// Where a paragraph ends in a modal lead-in ("... Together, the Developers may:"): the
/// start of the modal's sentence and the modal's place, in the document's text.
pub fn modal_lead_in(text: &str, b: &Block) -> Option<(usize, usize)> {
    if b.kind != BlockKind::Paragraph {
        return None;
    }
    let lt = text[b.start..b.end].trim_end();
    if !lt.ends_with(':') {
        return None;
    }
    let modal = b.start + MODAL_LEAD_IN.find(lt)?.start();
    // The sentence of the modal: after the last stop before it.
    let from = text[b.start..modal]
        .rfind(". ")
        .map_or(b.start, |k| b.start + k + 2);
    Some((from, modal))
}

const PLAIN_STATEMENT: &str = "empirical: a plain statement";
/// The cue of a resolution's operative clause (the authority stage looks for its subject).
pub(super) const OPERATIVE_CUE: &str = "authority: an operative clause";

static DEICTIC_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:It|They|This|That|These|Those|He|She)(?-u:\b)").unwrap());

/// Lowercase words a title may keep lowercase ("Integrity of The Author's Source Code").
pub(super) const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "nor", "for", "to", "in", "on", "at", "by", "with",
    "from", "as", "vs", "via",
];

/// The source an attribution line names: a dash, then a short name ("— Council charter,
/// art. 2", "-- Jon Postel"), up to a comma; no sentence of its own.
fn attribution_line(block: &str) -> Option<&str> {
    let rest = block
        .strip_prefix('—')
        .or_else(|| block.strip_prefix('―'))
        .or_else(|| block.strip_prefix("--"))?
        .trim_start();
    let source = rest.split(',').next()?.trim();
    (word_count_up_to(rest, 11) <= 10
        && !rest.ends_with(['?', '!'])
        && source.starts_with(char::is_uppercase)
        && word_count_up_to(source, 7) <= 6)
        .then_some(source)
}

/// "The General Assembly,", "The Board of Directors,": the subject of a resolution's
/// clauses, written on its own line.
pub(super) fn subject_line(line: &str) -> bool {
    // "THE COUNCIL OF THE EUROPEAN UNION," in capitals, as the Council's conclusions write it.
    (line.starts_with("The ") || line.starts_with("THE "))
        && line.ends_with(',')
        && word_count_up_to(line, 7) <= 6
        && line[4..].starts_with(char::is_uppercase)
}

/// The operative verb that opens a resolution's clause ("Decides to extend the mandate ...",
/// "Requests the Secretary-General to report ...", "Calls upon all States ..."): an act of the
/// body that resolves. Preambular participles ("Recalling", "Noting") and verbs that only
/// note or welcome are not among them.
fn operative_verb(text: &str) -> Option<&str> {
    const VERBS: &[&str] = &[
        "Decides",
        "Requests",
        "Authorizes",
        "Authorises",
        "Adopts",
        "Establishes",
        "Approves",
        "Endorses",
        "Designates",
        "Demands",
        "Urges",
        "Calls",
        "Invites",
        "Instructs",
        "Directs",
        "Mandates",
        "Appoints",
        "Elects",
        "Declares",
        "Resolves",
        "Determines",
        "Entrusts",
        "Delegates",
        "Empowers",
    ];
    let first = text.split_whitespace().next()?;
    // "DECIDES", "CALLS ON": the verb in capitals, as conclusions write it.
    let found = VERBS.contains(&first)
        || first.len() > 2
            && first.bytes().all(|b| b.is_ascii_uppercase())
            && VERBS
                .iter()
                .any(|v| v.len() == first.len() && v.eq_ignore_ascii_case(first));
    found.then_some(first)
}

/// The word that opens a resolution's operative clause ("Resolved (2016.03.10.02), the
/// Board ...", "RESOLVED, that ...", "Resolved further, that ...", "NOW, THEREFORE, BE IT
/// RESOLVED that ..."); not the past tense of a narrative ("Resolved disputes are closed").
fn resolved_clause(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("NOW, THEREFORE, BE IT ")
        .or_else(|| text.strip_prefix("Now, therefore, be it "))
        .or_else(|| text.strip_prefix("BE IT "))
        .or_else(|| text.strip_prefix("Be it "))
        .unwrap_or(text);
    let word = ["RESOLVED", "Resolved"]
        .into_iter()
        .find(|w| rest.starts_with(w))?;
    let after = rest[word.len()..].trim_start();
    let after = after
        .strip_prefix("further")
        .or_else(|| after.strip_prefix("FURTHER"))
        .map_or(after, str::trim_start);
    // An identifier in brackets: "(2016.03.10.02)".
    let after = match after.strip_prefix('(') {
        Some(r) => r.split_once(')').map_or(after, |(_, r)| r.trim_start()),
        None => after,
    };
    (after.starts_with([',', ':']) || after.starts_with("that ") || after.starts_with("THAT "))
        .then_some(word)
}

/// The writer a reply's attribution line names: "On Mon, 2 Mar 2026, John Smith wrote:",
/// "Jane Doe <jane@example.org> writes:", "Quoting John Smith:" is not one (no verb).
fn wrote_line(block: &str) -> Option<&str> {
    let head = ["wrote:", "writes:", "said:"]
        .iter()
        .find_map(|v| block.strip_suffix(v))?
        .trim_end();
    if word_count_up_to(head, 16) > 15 {
        return None;
    }
    // The name is what follows the date's last comma, without an address; where a date
    // or a time runs into it with no comma ("--On Monday, October 13, 2014 22:10 +0200
    // Jari Arkko <jari@...> wrote:"), its last capitalized words.
    let name = head.rsplit(", ").next()?;
    let name = name.split(['<', '(', '[']).next()?.trim().trim_matches('"');
    let name = trailing_name(name);
    (name.starts_with(char::is_uppercase)
        && word_count_up_to(name, 6) <= 5
        && !name.contains([':', ';', '?', '!']))
    .then_some(name)
}

/// The run of words that ends `s` and can be a name's: capitalized words and the small
/// words of surnames ("van", "de"), opening with a capital, without a weekday, a month or a
/// number ("2014 22:10 +0200 Jari Arkko" ends in "Jari Arkko"). Empty where none ends it.
fn trailing_name(s: &str) -> &str {
    const PARTICLES: [&str; 11] = [
        "van", "von", "de", "der", "den", "da", "del", "di", "du", "la", "le",
    ];
    use crate::ingest::words::{MONTHS, WEEKDAYS};
    // The run opens at its first capitalized word: particles before it are not the name's.
    let mut opens = s.len();
    for (at, w) in s
        .split_whitespace()
        .rev()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
    {
        let bare = w.trim_end_matches([',', '.']);
        let capital = w.starts_with(char::is_uppercase)
            && !w.contains(|c: char| c.is_ascii_digit())
            && !["On", "At"].contains(&bare)
            && !WEEKDAYS.contains(&bare)
            && !MONTHS.contains(&bare)
            && !MONTHS.iter().any(|m| m.get(..3) == Some(bare));
        if capital {
            opens = at;
        } else if !PARTICLES.contains(&w) {
            break;
        }
    }
    &s[opens..]
}

/// What closes a sentence, a clause or a quotation: a title or a topic ends without it.
const CLOSING: [char; 9] = ['.', '?', '!', ':', ';', ',', '"', '”', ')'];

/// Whether a list item's text is a bare topic: up to three words, without closing
/// punctuation.
fn is_topic(item: &str) -> bool {
    !item.ends_with(CLOSING) && word_count_up_to(item, 4) <= 3
}

/// Whether a sentence only labels a section: "Section 1.1.", "Article IV.", "Sec. 3", "§ 12.".
fn section_label(sentence: &str) -> bool {
    let s = sentence.trim().trim_end_matches('.');
    let rest = [
        "Section ", "SECTION ", "Sec. ", "SEC. ", "Article ", "ARTICLE ", "Art. ", "§ ", "§",
    ]
    .iter()
    .find_map(|p| s.strip_prefix(p));
    rest.is_some_and(|r| {
        let r = r.trim();
        !r.is_empty()
            && !r.contains(' ')
            && r.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            && (r.starts_with(|c: char| c.is_ascii_digit())
                || r.chars().all(|c| "IVXLCDM".contains(c)))
    })
}

/// A section's label and its heading on one line or two, unpunctuated ("Article 3 Entry into
/// force", "Section 4 Powers of the Board"): a heading, no claim.
fn labelled_heading(sentence: &str) -> bool {
    let s = sentence.trim();
    // Every label opens with "S", "A" or "§" (asked of most blocks' first sentences).
    if !s.starts_with(['S', 'A', '§']) || s.ends_with(['.', '!', '?', ':', ';', ',']) {
        return false;
    }
    // The label: the first two words, as written.
    let mut ends = s.match_indices([' ', '\t', '\n']).map(|(i, _)| i);
    let Some(label_end) = ends.nth(1) else {
        return false;
    };
    let rest = s[label_end..].split_whitespace().count();
    (1..=8).contains(&rest) && section_label(&s[..label_end])
}

/// The first authority cue of a sentence that is not a word of a title quoted in it: 'This
/// Act may be cited as the "Internet Numbers Oversight Act"', 'In "Who Governs the
/// Internet?", Goldsmith asks ...' name works; their words are not the sentence's.
fn authority_cue(text: &str, software_agents: bool) -> Option<regex::Match<'_>> {
    authority_cues(text, software_agents).next()
}

/// The cues of authority in `text`, in order: not "this Regulation", "the Regulations" (an
/// instrument's name inside a sentence, no act of regulating), nor words of a quoted title.
/// `software_agents`: the document speaks of AI, so an "agent" is a program ("I pointed an
/// agent at the issue").
fn authority_cues(text: &str, software_agents: bool) -> impl Iterator<Item = regex::Match<'_>> {
    // The quoted titles are worked out at the first cue, if one stands in the text.
    let titles = std::cell::OnceCell::new();
    AUTHORITY.find_iter(text).filter(move |m| {
        !(m.start() > 0 && m.as_str().starts_with("Regulation"))
            // "The Committee met, pursuant to notice, at 10 a.m.": a meeting's call, no
            // instrument it rests on.
            && !(m.as_str().eq_ignore_ascii_case("pursuant to") && meeting_call(&text[m.end()..]))
            // "This appeal concerns ...", "I would allow the appeal": the proceedings, not a
            // review by anyone.
            && !(m.as_str().eq_ignore_ascii_case("appeal") && the_proceedings(text, m.start(), m.end()))
            // "vested interests", "the options vest": no power vested in anyone.
            && !(m.as_str().len() <= 7
                && m.as_str().get(..4).is_some_and(|v| v.eq_ignore_ascii_case("vest"))
                && !vests_power(&text[m.end()..]))
            // "an AI agent", "the user agent": a program, not one who acts for another.
            && !(m.as_str().eq_ignore_ascii_case("agent")
                && (software_agents || names_a_program(&text[..m.start()])))
            && !titles
                .get_or_init(|| {
                    if text.contains(['"', '“']) {
                        quoted_titles(text)
                    } else {
                        Vec::new()
                    }
                })
                .iter()
                .any(|&(a, z)| a <= m.start() && m.end() <= z)
    })
}

/// Whether the word before "agent" (the end of `before`) makes it a program's name.
fn names_a_program(before: &str) -> bool {
    let w = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        w.as_str(),
        "user"
            | "ai"
            | "llm"
            | "software"
            | "coding"
            | "autonomous"
            | "mail"
            | "transfer"
            | "browser"
            | "intelligent"
            | "conversational"
            | "ai-powered"
            | "agentic"
    )
}

/// Whether "appeal" at `start..end` of `text` names a case's proceedings: a noun after a
/// determiner, not one lodged with someone or against something ("an appeal to the Board").
fn the_proceedings(text: &str, start: usize, end: usize) -> bool {
    let det = text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let next = text[end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':'])
        .to_ascii_lowercase();
    matches!(
        det.as_str(),
        "the" | "this" | "that" | "his" | "her" | "its" | "their" | "our"
    ) && !matches!(
        next.as_str(),
        "to" | "against"
            | "mechanism"
            | "mechanisms"
            | "process"
            | "processes"
            | "panel"
            | "body"
            | "procedure"
            | "procedures"
            | "right"
            | "rights"
            | "board"
    )
}

/// Whether what follows "vest"/"vested" puts something in someone: "vest the management of
/// the company in its board", "is vested in the Council" (not "vested interests").
fn vests_power(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(10).collect();
    !words
        .first()
        .is_some_and(|w| w.to_ascii_lowercase().starts_with("interest"))
        && words.iter().any(|w| matches!(*w, "in" | "upon" | "with"))
}

/// What a meeting is held "pursuant to" that is its calling, not a power: notice, a call,
/// an adjournment, a recess.
fn meeting_call(after: &str) -> bool {
    let w: Vec<String> = after
        .split_whitespace()
        .take(2)
        .map(|w| w.trim_end_matches([',', '.', ';']).to_ascii_lowercase())
        .collect();
    let w = if w.first().is_some_and(|w| w == "the") {
        &w[1..]
    } else {
        &w[..]
    };
    w.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "notice" | "call" | "adjournment" | "recess" | "announcement"
        )
    })
}

/// Spans of the quotations in a text that are titles: two words or more, every word
/// capitalized but a few small ones.
fn quoted_titles(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(i + c.len_utf8()),
            ('"', None) => open = Some(i + 1),
            ('”' | '"', Some(a)) => {
                let inner = text[a..i].trim_end_matches(['?', '!', ',', '.']);
                let words: Vec<&str> = inner.split_whitespace().collect();
                let title = words.len() >= 2
                    && words.iter().all(|w| {
                        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                            || TITLE_SMALL_WORDS.contains(w)
                    });
                if title {
                    out.push((a, i));
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// A line of a title block or an address: short, and not ending as a sentence or clause
/// does.
fn is_label_line(line: &str) -> bool {
    let l = line.trim();
    !l.is_empty()
        && l.chars().count() <= 60
        && word_count_up_to(l, 11) <= 10
        && !l.ends_with(['.', '?', '!', ':', ';', ','])
}

/// Whether an authority cue is a noun ("authority", "mandate", "power", ...), which "that"
/// right before it determines ("never given that authority").
fn noun_of_authority(cue: &str) -> bool {
    const NOUNS: &[&str] = &[
        "authorit",
        "mandate",
        "power",
        "jurisdiction",
        "responsib",
        "decision",
        "legitima",
        "oversight",
        "mission",
        "consent",
        "approval",
        "vote",
        "election",
        "delegation",
        "representation",
    ];
    let l = cue.to_ascii_lowercase();
    NOUNS.iter().any(|p| l.starts_with(p))
}

/// Whether the negation at `start..end` of `near` sets off a contrast between commas
/// (", not the IESG,"): short, and closed by a comma before the cue.
fn contrasts(near: &str, start: usize, end: usize) -> bool {
    near[..start].trim_end_matches(' ').ends_with(',')
        && near[end..].split_once(',').is_some_and(|(between, _)| {
            let words = between.split_whitespace().count();
            (1..=6).contains(&words)
        })
}

/// Whether `s` has a word that starts with a lowercase letter and has two letters or more.
fn has_lowercase_word(s: &str) -> bool {
    // Bytes first: nearly every sentence has an ASCII one within its first words.
    let b = s.as_bytes();
    let ascii = (0..b.len().saturating_sub(1)).any(|i| {
        b[i].is_ascii_lowercase()
            && b[i + 1].is_ascii_alphabetic()
            && (i == 0
                || !(b[i - 1].is_ascii_alphabetic() || b[i - 1] == b'\'' || b[i - 1] >= 0x80))
    });
    ascii
        || !s.is_ascii()
            && s.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
                .any(|w| w.starts_with(char::is_lowercase) && w.chars().nth(1).is_some())
}

/// Whether a sentence is a title: up to ten words, unpunctuated at its end, every word
/// capitalized but a few small ones ("No Discrimination Against Persons or Groups").
fn is_title(sentence: &str) -> bool {
    let s = sentence.trim().trim_matches(['*', '_']);
    if s.ends_with(CLOSING) || word_count_up_to(s, 11) > 10 {
        return false;
    }
    let mut capitalized = 0;
    for w in s.split_whitespace() {
        let w = w.trim_start_matches(['"', '“', '(', '\'', '‘']);
        match w.chars().next() {
            Some(c) if c.is_uppercase() => capitalized += 1,
            Some(c) if c.is_alphabetic() && !TITLE_SMALL_WORDS.contains(&w) => return false,
            _ => {}
        }
    }
    capitalized >= 2
}

/// Extracts the claims of a document. `cited`: where the running text's citation sentences
/// start (in order); they are no claims. `turns`: the document's speaker turns
/// (`turns::turns`).
pub fn extract(doc: &Document, cited: &[usize], turns: &[super::turns::Turn]) -> Vec<Claim> {
    let t = &doc.text;
    let boiler = boilerplate_blocks(doc);
    let software_agents = speaks_of_ai(&t.text);
    let mut out: Vec<Claim> = Vec::new();
    // Speaker of the paragraphs that a colon-ending sentence introduces (block quotes).
    let mut quoted_speaker: Option<String> = None;
    let mut prev_block: Option<usize> = None;
    // Whether a resolution's subject line ("The General Assembly,") has been met.
    let mut resolving = false;
    // Footnote marker positions in order, so that each sentence finds its own by binary search.
    let mut marker_pos: Vec<usize> = t.markers.iter().map(|m| m.pos).collect();
    marker_pos.sort_unstable();
    marker_pos.dedup();
    // Speaker turns (a transcript's "Jane Holloway: ..."): the turn's speaker speaks until
    // the next turn or heading; the label itself is said by no one.
    let mut next_turn = 0;
    let mut turn_speaker: Option<String> = None;
    let mut label_end = 0;
    let mut through_headings = false;
    // The sentence with an attributed quotation ('"...," said Tripti Sinha.') and its
    // speaker: a sentence right after it that opens with a quotation goes on with the same
    // speaker's words, in the same paragraph or the next.
    let mut last_quote: Option<(usize, String)> = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        let b = &t.blocks[s.block];
        if b.kind == BlockKind::Heading && !through_headings {
            turn_speaker = None;
        }
        if b.kind != BlockKind::Paragraph || boiler[s.block] {
            if b.kind != BlockKind::Paragraph {
                quoted_speaker = None;
            }
            // A short line read as a heading may be a resolution's subject line.
            resolving |= b.kind == BlockKind::Heading && subject_line(t.block_text(b).trim());
            continue;
        }
        if prev_block != Some(s.block) {
            while turns.get(next_turn).is_some_and(|u| u.block < s.block) {
                next_turn += 1;
            }
            if let Some(u) = turns.get(next_turn).filter(|u| u.block == s.block) {
                turn_speaker = u.speaker.clone();
                label_end = u.text_start;
                through_headings = u.through_headings;
            }
            // A new paragraph: the introduced quote applies to this one only, or to the
            // run of `>` paragraphs a reply quotes, or of the items of a list.
            if let Some(pb) = prev_block {
                let prev_text = t.text[t.blocks[pb].start..t.blocks[pb].end].trim_end();
                let run = b.quote && t.blocks[pb].quote || b.item && t.blocks[pb].item;
                if !prev_text.ends_with(':') && !run {
                    quoted_speaker = None;
                }
            }
            // "On Mon, 2 Mar 2026, John Smith wrote:" over a reply's quotation: its author
            // speaks the quotation; the line itself states nothing.
            if let Some(name) = (!b.quote)
                .then(|| wrote_line(t.text[b.start..b.end].trim()))
                .flatten()
            {
                quoted_speaker = Some(name.to_string());
                prev_block = Some(s.block);
                continue;
            }
            prev_block = Some(s.block);
            let whole = t.text[b.start..b.end].trim();
            // "Present: Jane Doe (Chair), ...": who attended; a record, no claim.
            if super::actors::attendance_list(whole).is_some() {
                continue;
            }
            // "Having regard to the Treaty on the Functioning of the European Union, and in
            // particular Article 114 thereof,": an act's legal basis, cited, no claim.
            if whole.starts_with("Having regard to ") && whole.ends_with([',', ';']) {
                continue;
            }
            // "The General Assembly," over a resolution's clauses, "Dear colleagues,": the
            // subject or the address of what follows, no claim.
            if !b.item
                && whole.ends_with(',')
                && !whole.contains('(')
                && word_count_up_to(whole, 7) <= 6
            {
                resolving |= subject_line(whole);
                continue;
            }
        }
        // What a turn's speaker says starts after the label ("Mr. SMITH." may be a
        // sentence of its own, and no claim).
        let start = if label_end > s.start && label_end <= b.end {
            label_end
        } else {
            s.start
        };
        if start >= s.end {
            continue;
        }
        let sentence = &t.text[start..s.end];
        let carried_quote = last_quote
            .take()
            .filter(|(qs, _)| {
                *qs + 1 == si && !b.quote && sentence.trim_start().starts_with(['"', '“'])
            })
            .map(|(_, name)| name);
        if let Some(name) = &carried_quote {
            last_quote = Some((si, name.clone()));
        }
        if !cited.is_empty() {
            let k = cited.partition_point(|&c| c < start);
            if cited.get(k).is_some_and(|&c| c < s.end) {
                continue;
            }
        }
        // A talk page's signature ("Bob Smith (talk) 15:10, 3 May 2021 (UTC)") says who
        // wrote the comment, nothing more.
        if sentence.trim_end().ends_with("(UTC)")
            && super::turns::signature(sentence)
                .is_some_and(|(_, at)| sentence[..at].trim().is_empty())
        {
            continue;
        }
        // A greeting or thanks ("Good morning.", "Thank you, Mr. Chairman.", "I yield
        // back.") says nothing of anyone.
        if is_courtesy(sentence) {
            continue;
        }
        // A claim has two words with a letter ("- and -" between a case's parties has one).
        if sentence
            .split_whitespace()
            .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
            .take(2)
            .count()
            < 2
        {
            continue;
        }
        // "— Council charter, art. 2" under a quotation: the quotation's source, which speaks
        // its claims (those of the block before that no one else speaks); no claim itself.
        // Asked before titles: "— Milton Mueller" is capitalized as a title is.
        let dash = t.text[b.start..].trim_start().starts_with(['—', '―', '-']);
        if let Some(source) = dash
            .then(|| attribution_line(t.text[b.start..b.end].trim()))
            .flatten()
        {
            let prev = out.last().map(|c| c.block);
            for c in out.iter_mut().rev().take_while(|c| Some(c.block) == prev) {
                if c.speaker.is_none() {
                    c.speaker = Some(source.to_string());
                    c.cues
                        .push(format!("speaker: the attribution under it ({source})"));
                }
            }
            continue;
        }
        // A sentence's verb is written in lowercase: a line without a lowercase word of two
        // letters or more is a caption, a date or a name ("ON WRIT OF CERTIORARI TO THE
        // COURT OF APPEALS", "[June 28, 2024]", "PETITIONERS v. GINA RAIMONDO").
        // (Scripts without case are not asked.)
        if !has_lowercase_word(sentence) && sentence.chars().any(char::is_uppercase) {
            continue;
        }
        // "1. Free Redistribution" over the item's text, "Example Licenses": a title that
        // opens its block is no claim.
        let before = t.text[b.start..start].trim();
        if before.is_empty()
            && (is_title(sentence) || section_label(sentence) || labelled_heading(sentence))
        {
            continue;
        }
        // Lines kept apart, each short and unpunctuated: a title block ("Minutes of the
        // Board of Trustees Meeting" / "Riverside Public Library" / "14 October 2025") or
        // an address, no sentence.
        if sentence.contains('\n') && sentence.lines().all(is_label_line) {
            continue;
        }
        // "Section 2.2. Voting Rights. Each Member shall ...": the run-in heading after a
        // section's label.
        if before.len() <= 16
            && section_label(before)
            && is_title(sentence.trim_end().trim_end_matches('.'))
        {
            continue;
        }
        // A list item of three words or fewer, unpunctuated ("Technical direction", "Budget
        // approval"), names a topic; it states nothing.
        if b.item && is_topic(t.text[b.start..b.end].trim()) {
            continue;
        }
        // Split at footnote markers inside the sentence (F5): each clause is a claim.
        let first = marker_pos.partition_point(|&p| p <= start);
        let cuts: Vec<usize> = marker_pos[first..]
            .iter()
            .take_while(|&&p| p + 1 < s.end)
            .filter(|&&p| t.text[p..s.end].chars().any(char::is_alphabetic))
            .copied()
            .collect();
        let mut from = start;
        let mut pieces = Vec::new();
        for c in cuts {
            if word_count_up_to(&t.text[from..c], 2) >= 2 {
                pieces.push((from, c));
                from = c;
            }
        }
        pieces.push((from, s.end));
        for (a, z) in pieces {
            // A clause after a mid-sentence marker starts past the comma or semicolon that
            // ended the one before (", as the charter provides." is "as the charter
            // provides.").
            let piece = &t.text[a..z];
            let a = a
                + (piece.len()
                    - piece
                        .trim_start()
                        .trim_start_matches([',', ';'])
                        .trim_start()
                        .len());
            // "5.1 The government will ...": a numbered paragraph's number, at its block's
            // start, is no part of what it says.
            let a = if t.text[b.start..a].trim().is_empty() {
                a + paragraph_number_len(&t.text[a..z])
            } else {
                a
            };
            let text = &t.text[a..z];
            let prev_auth = out
                .last()
                .is_some_and(|c| c.kinds.contains(&"authority") && c.block == s.block);
            let mut c = classify_in(text, prev_auth, software_agents);
            // Under "The General Assembly,", a clause opening with "Decides", "Requests" or
            // "Authorizes" is the body's act.
            if resolving {
                // At the block's start, or after its number ("1. Decides ...").
                let before = t.text[b.start..a].trim();
                let opens = before.is_empty() || before.len() <= 6 && !before.contains(' ');
                if let Some(verb) = opens.then(|| operative_verb(text)).flatten() {
                    as_authority(&mut c, format!("{OPERATIVE_CUE} ('{verb}')"));
                }
            }
            // "Resolved (2016.03.10.02), the Board hereby appoints ...", "RESOLVED, that the
            // Board approves the budget", "NOW, THEREFORE, BE IT RESOLVED that ...": a
            // body's resolution is its act, wherever it stands.
            if let Some(word) = resolved_clause(text) {
                as_authority(&mut c, format!("{OPERATIVE_CUE} ('{word}')"));
            }
            c.start = a;
            c.end = z;
            c.sentence = si;
            c.block = s.block;
            if c.speaker.is_none() {
                // A quotation inside a turn ("> ..." in a reply) is not the turn's speaker's.
                c.speaker = quoted_speaker
                    .clone()
                    .or_else(|| turn_speaker.clone().filter(|_| !b.quote))
                    .or_else(|| carried_quote.clone())
                    .or_else(|| {
                        // "CIS argues that ... . It proposes that ...": the pronoun is the
                        // speaker of the sentence before, in the same paragraph.
                        let said = pronoun_reports(text);
                        out.last()
                            .filter(|p: &&Claim| said && p.block == c.block)
                            .and_then(|p| p.speaker.clone())
                    });
            } else if text.contains(['"', '“', '”']) {
                last_quote = c.speaker.clone().map(|n| (si, n));
            }
            out.push(c);
        }
        // "X's description ... captures the ethic:" introduces X's words.
        let trimmed = sentence.trim_end();
        if trimmed.ends_with(':') {
            quoted_speaker = POSSESSIVE_SOURCE
                .captures(sentence)
                .map(|c| c[1].to_string())
                .or_else(|| {
                    REPORTED_SPEAKER
                        .captures(sentence)
                        .and_then(|c| reported_speaker(sentence, &c))
                        .filter(|sp| !names_no_one(sp))
                })
                .or_else(|| {
                    // "It proposes that ... should encompass:" — its claim took the
                    // pronoun's speaker.
                    pronoun_reports(sentence)
                        .then(|| out.last().and_then(|c| c.speaker.clone()))
                        .flatten()
                })
                .or_else(|| {
                    // "ICANN has ... and its description of its process captures ...:" —
                    // the pronoun refers to the sentence's subject.
                    // Not where the subject is no one ("Four factors, in his view, ...").
                    PRONOUN_SOURCE
                        .is_match(sentence)
                        .then(|| SUBJECT.captures(sentence).map(|c| c[1].to_string()))
                        .flatten()
                        .filter(|sp| !names_no_one(sp))
                })
                .or_else(|| quoted_speaker.clone());
        }
    }
    out
}

/// Classifies one claim text. `prev_authority`: the previous claim in the paragraph is an
/// authority claim (a short deictic follow-up such as "It cannot become them." continues it).
pub fn classify(text: &str, prev_authority: bool) -> Claim {
    classify_in(text, prev_authority, false)
}

/// Whether a document speaks of AI (the word "AI", "LLM" or "GenAI" three times or more):
/// there an "agent" is a program ("I iterated multiple times with an agent"), not one who
/// acts for another.
pub fn speaks_of_ai(text: &str) -> bool {
    AI_TALK.find_iter(text).nth(2).is_some()
}

static AI_TALK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:AI|LLMs?|GenAI)(?-u:\b)").unwrap());

/// `classify`, where `software_agents` says the document's agents are programs.
fn classify_in(text: &str, prev_authority: bool, software_agents: bool) -> Claim {
    let mut kinds = Vec::new();
    let mut cues = Vec::new();
    let trimmed = text.trim_end_matches(|c: char| {
        c == '"' || c == '”' || c == '’' || c == ')' || c.is_whitespace()
    });
    // A question asks: it is neither normative nor empirical, and no cue of those is read.
    let is_q = trimmed.ends_with('?');
    if is_q {
        kinds.push("question");
        cues.push("question: ends with '?'".to_string());
    }
    let auth = authority_cue(text, software_agents);
    if let Some(m) = auth {
        kinds.push("authority");
        cues.push(format!("authority: '{}'", m.as_str()));
    } else if prev_authority
        && DEICTIC_START.is_match(text)
        && text.split_whitespace().count() <= 7
        && NEGATION.is_match(text)
    {
        kinds.push("authority");
        cues.push("authority: short denial continuing an authority claim".into());
    }
    let [figure, fact, copula, normative] = if is_q {
        Default::default()
    } else {
        first_cues(text)
    };
    if let Some(m) = normative {
        kinds.push("normative");
        cues.push(format!("normative: '{}'", &text[m]));
    } else if !is_q {
        // Copulas ("is a") make a description empirical only when it is not about authority
        // (looked for only where no figure or fact word is).
        let copula = || {
            copula.filter(|m| {
                let after: Vec<&str> = text[m.end..].split_whitespace().take(4).collect();
                !AUTHORITY.is_match(&after.join(" "))
            })
        };
        if let Some(m) = figure.or(fact).or_else(copula) {
            kinds.push("empirical");
            cues.push(format!("empirical: '{}'", &text[m]));
        } else if !kinds.contains(&"authority") {
            kinds.push("empirical");
            cues.push(PLAIN_STATEMENT.into());
        }
    }
    // Polarity: a negation in the same clause before the authority cue (or right after
    // it: "the mandate is not"), or a short deictic denial.
    let mut denied = false;
    // A question asks; it neither asserts nor denies.
    if kinds.contains(&"authority") && !is_q {
        let cue_at = auth.map(|m| m.start());
        match cue_at {
            Some(_) => {
                // Any authority cue with a negation shortly before it in the same clause.
                // A negation in a cue's scope is a negation in the text: without one there,
                // no cue is negated (most authority claims; the scope search is the costly part).
                let negated = if !NEGATION.is_match(text) {
                    None
                } else {
                    // Each cue: the negation in its scope, and whether it sits in a relative
                    // clause ("proposals that are not vetoed", ", which does not represent
                    // the members,"). A negation there qualifies a noun, not the claim, when
                    // a cue stands outside such clauses.
                    // The first negated cue outside relative clauses decides at once; one in
                    // such a clause counts only if no cue stands outside them.
                    let (mut main, mut in_relative) = (false, None);
                    let mut outside = None;
                    // A leading conditional or concessive clause ("If no option gathers two
                    // thirds of the votes, the decision is escalated to the TC") states a
                    // condition: a negation there is no denial of the main clause.
                    let condition_end = leading_condition_end(text);
                    // Whether a cue came before this one.
                    let mut earlier_cue = false;
                    for m in AUTHORITY.find_iter(text) {
                        let after_a_cue = std::mem::replace(&mut earlier_cue, true);
                        let at = m.start();
                        // A cue inside the leading condition is the condition's: "If
                        // community leaders cannot come to a resolution about enforcement,
                        // reports will be escalated" asserts the escalation.
                        if condition_end.is_some_and(|c| at < c) {
                            continue;
                        }
                        let clause_start = text[..at].rfind([';', ':', '—']).map_or(0, |p| {
                            p + text[p..].chars().next().map_or(1, char::len_utf8)
                        });
                        let clause_start = match condition_end {
                            Some(c) if c <= at => clause_start.max(c),
                            _ => clause_start,
                        };
                        // A negation scopes over its verb phrase, lists included, but not
                        // over a new conjunct or relative clause.
                        let scope = &text[clause_start..at];
                        // "never given that authority": "that" right before a noun of
                        // authority is its determiner, no clause's start.
                        let brk = SCOPE_BREAK
                            .find_iter(scope)
                            .filter(|b| {
                                !(scope[b.end()..].trim().is_empty()
                                    && b.as_str()
                                        .trim_start_matches([',', ' '])
                                        .eq_ignore_ascii_case("that")
                                    && noun_of_authority(m.as_str()))
                            })
                            // "who"/"which" set off by nothing opens a clause only where
                            // its own verb is negated and runs on into the cue ("maintainers
                            // who do not enforce the Code"); in "Participants who attend do
                            // not acquire authority" the negation is the sentence's.
                            .filter(|b| {
                                b.as_str().starts_with(',')
                                    || !matches!(
                                        b.as_str().to_ascii_lowercase().as_str(),
                                        "who" | "which"
                                    )
                                    || negated_relative_verb(&scope[b.end()..])
                            })
                            .last();
                        let mut scope_start = brk.map_or(0, |b| b.end());
                        // Inside the condition, a cue counts as one in a relative clause does.
                        let mut relative = condition_end.is_some_and(|c| at < c);
                        let mut restrictive = false;
                        if let Some(b) = brk {
                            let word = b
                                .as_str()
                                .trim_start_matches([',', ' '])
                                .to_ascii_lowercase();
                            let rest = &scope[b.end()..];
                            if word == "which" || word == "who" {
                                // Closed by a comma before the cue: the cue is the main
                                // clause's again, and the clause is out of its scope.
                                match rest.rfind(',') {
                                    Some(c) => scope_start = b.end() + c + 1,
                                    None => {
                                        relative = true;
                                        // Without a comma (or a bracket, a dash) before
                                        // it, the clause picks out whom the noun means
                                        // ("maintainers who do not enforce the Code"): it
                                        // denies nothing.
                                        restrictive = !b.as_str().starts_with(',')
                                            && !scope[..b.start()]
                                                .trim_end()
                                                .ends_with(['(', '—', '–']);
                                    }
                                }
                            } else if word == "that" {
                                let next = rest.split_whitespace().next().unwrap_or("");
                                relative |= RELATIVE_AUX.contains(&next);
                                // A proviso ("provided that no amendment shall diminish
                                // the voting rights") qualifies the claim; it is no denial
                                // of it.
                                let before = scope[..b.start()].trim_end_matches([',', ' ']);
                                let lead = before.rsplit(' ').next().unwrap_or("");
                                relative |= matches!(
                                    lead.to_ascii_lowercase().as_str(),
                                    "provided" | "providing" | "except" | "however"
                                );
                                // "a contract that the community never approved": a clause
                                // on a noun its determiner opens, not what the claim says
                                // (not "The Board decided that ...").
                                relative |= noun_phrase_ends(before);
                            }
                        }
                        main |= !relative;
                        if relative && in_relative.is_some() {
                            continue;
                        }
                        let words: Vec<&str> = scope[scope_start..].split_whitespace().collect();
                        let near = words[words.len().saturating_sub(12)..].join(" ");
                        // The words after a negation run on into the cue.
                        let neg = NEGATION
                            .find_iter(&near)
                            .find(|n| {
                                !qualifies_a_noun(&near, n.start(), n.end(), &text[at..])
                                    && !bounds_a_quantity(&near[n.end()..])
                                    && !saves_a_power(n.as_str(), &near[n.end()..], &text[at..])
                                        // "with or without cause": either way, no denial.
                                    && !near[..n.start()].ends_with("with or ")
                                    // '"No" votes must list the reasons', "a no-confidence
                                    // vote", "yes votes and no votes": the word named or a
                                    // vote's value, not a denial.
                                    && !names_the_word(&near, n.start(), n.end(), &text[at..])
                                    // "(but no change of the landing page), require
                                    // approval": a bracket closed before the cue holds
                                    // its negation.
                                    && !in_closed_bracket(&text[..at], &near, *n)
                                    // "... and are encouraged to do so if they won't be
                                    // able to attend their responsibilities": a negation
                                    // in a condition that follows the main clause.
                                    && !in_later_condition(&text[clause_start..at], n.as_str())
                                    // "The IAB, not the IESG, is responsible": a contrast
                                    // names who else does not hold it.
                                    && !contrasts(&near, n.start(), n.end())
                                    // "The Council may approve grants without a further
                                    // vote": a power used without a procedure, not denied.
                                    && !(after_a_cue
                                        && n.as_str().eq_ignore_ascii_case("without")
                                        && is_procedure(m.as_str()))
                            })
                            .map(|n| (n.as_str().to_string(), m.as_str().to_string()));
                        if neg.is_some() {
                            if !relative {
                                outside = neg;
                                break;
                            }
                            if !restrictive {
                                in_relative = neg;
                            }
                        }
                    }
                    outside.or(if main { None } else { in_relative })
                };
                if let Some((n, cue)) = negated {
                    denied = true;
                    cues.push(format!("denied: '{n}' before '{cue}'"));
                } else {
                    let after = &text[auth.unwrap().end()..];
                    let after = after.split([';', ',', '.']).next().unwrap_or("");
                    if after.trim() == "is not" || after.trim() == "are not" {
                        denied = true;
                        cues.push("denied: 'is not' after the authority cue".into());
                    }
                    // "accountable to no one", "answers to nobody": no one holds it over
                    // the holder.
                    // The cue may hold them ("answers to no one").
                    let cue = auth.unwrap().as_str();
                    let rest = match cue.rfind(" to ") {
                        Some(i) if !cue.ends_with(" to") => &cue[i + 4..],
                        _ => after.trim_start(),
                    };
                    let rest = rest.strip_prefix("to ").unwrap_or(rest);
                    // Not "no one but the Commission itself": that one holds it.
                    let but = |after: &str| {
                        let w = after.split_whitespace().next().unwrap_or("");
                        matches!(w, "but" | "except" | "save" | "other")
                    };
                    if ["no one", "nobody", "no-one"].iter().any(|w| {
                        rest.starts_with(w)
                            && !rest[w.len()..].starts_with(char::is_alphanumeric)
                            && !but(&rest[w.len()..])
                    }) {
                        denied = true;
                        cues.push(format!(
                            "denied: '{}' after the authority cue",
                            rest.trim_end()
                        ));
                    }
                }
            }
            None => {
                denied = true;
                cues.push("denied: negated short follow-up".into());
            }
        }
    }
    // Most claims report no one: the plain test costs half what the groups cost.
    let speaker = REPORTED_SPEAKER
        .is_match(text)
        .then(|| REPORTED_SPEAKER.captures(text))
        .flatten()
        .and_then(|c| reported_speaker(text, &c))
        .or_else(|| narrative_speaker(text))
        .or_else(|| according_speaker(text))
        .filter(|s| !names_no_one(s));
    if let Some(s) = &speaker {
        cues.push(format!("speaker: reported ({s})"));
    }
    Claim {
        start: 0,
        end: 0,
        sentence: 0,
        block: 0,
        kinds,
        denied,
        speaker,
        cues,
        power: None,
        cue_at: auth.map(|m| (m.start(), m.end())),
    }
}

/// A sentence of courtesy alone, as a record of proceedings has them: "Good morning.",
/// "Thank you, Mr. Chairman.", "Thank you very much.", "I yield back.", "Welcome.".
fn is_courtesy(sentence: &str) -> bool {
    let t = sentence.trim().trim_end_matches(['.', '!']);
    // Asked of every sentence: the first word settles most.
    let first = t.split([' ', ',']).next().unwrap_or("");
    if !matches!(
        first,
        "Good" | "Thank" | "Thanks" | "Welcome" | "I" | "Hear"
    ) || word_count_up_to(t, 9) > 8
    {
        return false;
    }
    let l = t.to_ascii_lowercase();
    let head = [
        "good morning",
        "good afternoon",
        "good evening",
        "thank you",
        "thanks",
        "welcome",
        "i yield",
        "hear, hear",
    ]
    .into_iter()
    .find(|h| l.starts_with(h));
    let Some(head) = head else {
        return false;
    };
    let rest = l[head.len()..].trim_start_matches([',', ' ']);
    // What may follow: whom it is said to, and "very much", "again", "back".
    rest.is_empty()
        || rest.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            matches!(
                w,
                "very"
                    | "much"
                    | "again"
                    | "all"
                    | "back"
                    | "everyone"
                    | "mr"
                    | "mr."
                    | "madam"
                    | "ms"
                    | "ms."
                    | "mrs"
                    | "mrs."
                    | "chairman"
                    | "chairwoman"
                    | "chair"
                    | "senator"
                    | "president"
                    | "your"
                    | "honor"
                    | "honour"
                    | "ranking"
                    | "member"
                    | "members"
                    | "colleagues"
                    | "the"
                    | "balance"
                    | "of"
                    | "my"
                    | "time"
                    | "and"
                    | "to"
                    | "for"
                    | "having"
                    | "me"
                    | "us"
            ) || t
                .split([' ', ','])
                .any(|o| o.eq_ignore_ascii_case(w) && o.starts_with(|c: char| c.is_uppercase()))
        })
}

/// A paragraph that opens with a notice's field of form in capitals and a colon.
fn is_notice_field(text: &str) -> bool {
    const FIELDS: &[&str] = &[
        "AGENCY:",
        "ACTION:",
        "DATES:",
        "DATE:",
        "ADDRESSES:",
        "FOR FURTHER INFORMATION CONTACT:",
        "EFFECTIVE DATE:",
        "EFFECTIVE DATES:",
        "COMMENT DATE:",
        "RIN:",
    ];
    text.starts_with(|c: char| c.is_ascii_uppercase()) && FIELDS.iter().any(|f| text.starts_with(f))
}

/// "Message: 3", a digest's line over each message.
fn is_message_number(s: &str) -> bool {
    s.strip_prefix("Message:")
        .map(str::trim)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A paragraph wholly in square brackets that opens with a word ("[Laughter.]"), not a
/// number, a checkbox or a link ("[1] ...", "[x]", "[text](url)").
fn is_editorial_note(text: &str) -> bool {
    text.strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .is_some_and(|inner| {
            inner.starts_with(|c: char| c.is_uppercase())
                && inner.chars().nth(1).is_some_and(char::is_lowercase)
                && !inner.contains(['[', ']'])
        })
}

/// Which blocks are boilerplate: sections such as addresses and copyright, repeated
/// short lines, marketing and comment-form vocabulary, and everything after the body
/// once such material starts in the last part of the document.
pub fn boilerplate_blocks(doc: &Document) -> Vec<bool> {
    let t = &doc.text;
    let n = t.blocks.len();
    let mut out = vec![false; n];
    // Words are counted only as far as a comparison needs: up to 13 for every block (is it
    // short, ≤ 12?), further only for the few blocks where more is asked.
    let words_up_to = |i: usize, cap: usize| word_count_up_to(t.block_text(&t.blocks[i]), cap);
    let words: Vec<usize> = (0..n).map(|i| words_up_to(i, 13)).collect();
    // Only short blocks count as repeated lines, and blocks equal when lowercased have as
    // many words: only those are lowercased and counted (not every paragraph).
    let short = |i: usize| words[i] <= 12;
    let lower: Vec<Option<String>> = (0..n)
        .map(|i| short(i).then(|| t.block_text(&t.blocks[i]).trim().to_lowercase()))
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for l in lower.iter().flatten() {
        *counts.entry(l).or_default() += 1;
    }
    // A list's digest: what comes before its first message (how to post, how to unsubscribe,
    // "Today's Topics:" and their list) is the list's, not any writer's.
    let digest_preamble = t
        .blocks
        .iter()
        .position(|b| {
            t.block_text(b)
                .trim()
                .eq_ignore_ascii_case("today's topics:")
        })
        .map_or(0, |topics| {
            t.blocks[topics..]
                .iter()
                .position(|b| is_message_number(t.block_text(b).trim()))
                .map_or(n, |k| topics + k)
        });
    out[..digest_preamble].fill(true);
    let mut skipping = false;
    let mut signing = false;
    let mut first_tail: Option<usize> = None;
    for (i, b) in t.blocks.iter().enumerate().skip(digest_preamble) {
        let text = t.block_text(b).trim();
        // A press release's end mark ("###", "-30-"): what follows it is the issuer's
        // standing description and its contacts, not the release.
        if i > 0 && matches!(text, "###" | "# # #" | "-30-" | "- 30 -" | "—30—" | "-###-") {
            out[i..].fill(true);
            break;
        }
        // A letter's close ("Signed,", "Sincerely,") and the names under it, short lines
        // or items ("Jane Q. Activist, independent researcher"): who signs, not what is said.
        if signing {
            if b.kind != BlockKind::Heading && words[i] <= 12 {
                out[i] = true;
                continue;
            }
            signing = false;
        }
        // A notice's date over its signer ("Dated: February 22, 2011." then "Kathy D.
        // Smith, Chief Counsel, ..."): the signature, as a letter's close.
        let dated = b.kind == BlockKind::Paragraph
            && words[i] <= 8
            && text.starts_with("Dated:")
            && text.bytes().any(|c| c.is_ascii_digit());
        if dated || b.kind == BlockKind::Paragraph && words[i] <= 3 && is_close(text) {
            out[i] = true;
            signing = true;
            continue;
        }
        if b.kind == BlockKind::Heading {
            skipping = SKIP_SECTION.is_match(text);
            out[i] = true;
            continue;
        }
        // In a skipped section every block is boilerplate, and none starts the tail below:
        // nothing else is asked of it.
        if skipping {
            out[i] = true;
            continue;
        }
        // A notice's fields of form (the Federal Register's "AGENCY:", "ACTION:", "DATES:",
        // "ADDRESSES:", "FOR FURTHER INFORMATION CONTACT:"): who issues it and how to reach
        // them, no claims ("SUMMARY:" and what follows it are).
        if b.kind == BlockKind::Paragraph && is_notice_field(text) {
            out[i] = true;
            continue;
        }
        // A record's editorial note, a paragraph in brackets ("[Laughter.]", "[The
        // prepared statement of Mr. Smith follows:]", "[Whereupon, at 11:42 a.m., the
        // hearing was adjourned.]"): the reporter's, not what anyone says.
        if b.kind == BlockKind::Paragraph && is_editorial_note(text) && words_up_to(i, 26) <= 25 {
            out[i] = true;
            continue;
        }
        let repeated = lower[i]
            .as_deref()
            .is_some_and(|l| counts.get(l).copied().unwrap_or(0) >= 2);
        // Only "none", "one" and "two or more" matter.
        let (marketing, address) = boiler_and_address(text);
        let link_only = is_link_only(doc, b.start, b.end);
        // The address rule last, only where nothing else has decided.
        let contact = || text.contains('@') && words[i] <= 6 || address();
        // The author's note at the end ("Maria Lopez is a professor of law at ..."): who
        // wrote it, not what it says.
        let bio = || {
            i + 3 >= n
                && t.authors.iter().any(|a| {
                    text.trim_start_matches(['*', '_'])
                        .strip_prefix(a.as_str())
                        .is_some_and(|r| {
                            [" is ", " teaches ", " was ", " directs "]
                                .iter()
                                .any(|v| r.starts_with(v))
                        })
                })
        };
        let b_out = repeated
            || link_only
            || marketing >= 2
            || (marketing >= 1 && words_up_to(i, 41) <= 40)
            || contact()
            || bio();
        out[i] = b_out;
        // A repeated line starts the tail only if it is as short as a widget's ("Reply",
        // "Share this:"): a sentence a long specification repeats is no page chrome.
        let widget = repeated && words[i] <= 4;
        if b_out && i * 10 >= n * 6 && first_tail.is_none() && (marketing >= 1 || widget) {
            first_tail = Some(i);
        }
    }
    // Past the body: once marketing or repeated widget lines begin late in the document, what
    // follows is page chrome unless it is long prose.
    if let Some(ft) = first_tail {
        for i in ft..n {
            if words_up_to(i, 60) < 60 {
                out[i] = true;
            }
        }
    }
    out
}

/// A letter's closing line over its signatures.
fn is_close(text: &str) -> bool {
    let t = text.trim_end_matches([',', ':', '.']).trim();
    [
        "signed",
        "signatories",
        "signatures",
        "sincerely",
        "yours sincerely",
        "yours faithfully",
        "respectfully",
        "respectfully submitted",
        "the undersigned",
        "undersigned",
        "co-signed by",
        "signed by",
    ]
    .iter()
    .any(|c| t.eq_ignore_ascii_case(c))
}

fn is_link_only(doc: &Document, s: usize, e: usize) -> bool {
    let t = &doc.text;
    // Inlines are sorted by start: only those from `s` on can lie inside.
    let first = t.inlines.partition_point(|i| i.start < s);
    use crate::ingest::InlineKind;
    let links: Vec<(&str, bool)> = t.inlines[first..]
        .iter()
        .take_while(|i| i.start <= e)
        .filter(|i| i.end <= e)
        .filter_map(|i| match i.kind {
            InlineKind::Url(_) => Some((&t.text[i.start..i.end], true)),
            InlineKind::Link(_) => Some((&t.text[i.start..i.end], false)),
            _ => None,
        })
        .collect();
    // Most blocks have no link: nothing to take out, so not link-only.
    if links.is_empty() {
        return false;
    }
    let mut rest = t.text[s..e].to_string();
    let mut linked = 0;
    let mut bare = false;
    for (l, url) in links {
        rest = rest.replace(l, "");
        linked += l.split_whitespace().count();
        bare |= url;
    }
    // Navigation is mostly its links ("Home | About", "See: A guide for triagers"), a bare
    // address ("For full article visit https://...") or labels ("RFC: 8890"); a short
    // sentence with one linked word ("Collaborators maintain the repository.") is not.
    let unlinked = rest.split_whitespace().count();
    let lowercase = rest
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .count();
    rest.len() < t.text[s..e].len()
        && unlinked <= 4
        && (bare || unlinked <= linked || lowercase < 2)
}

warm_up_fn!(warm_up: AUTHORITY, AI_TALK, MODAL_LEAD_IN, POWER, MODAL, CUES, NEGATION, REPORTED_SPEAKER, POSSESSIVE_SOURCE, PRONOUN_SOURCE, SUBJECT, SCOPE_BREAK, BOILER_WORDS, SKIP_SECTION, ADDRESS, BOILER_OR_ADDRESS, DEICTIC_START);

#[cfg(test)]
mod tests {
    /// A negation between commas, short, names a contrast ("The IAB, not the IESG, is
    /// responsible"); one in the verb phrase denies.
    /// The items of a list that advice leads into, opening with a verb, are normative; the
    /// items of a list of facts, or of nouns, are not.
    #[test]
    fn items_of_advice_are_normative() {
        use crate::ingest::{parse, Format};
        let src = "The GAC advises the ICANN Board to:\n\n1. facilitate the conclusion of talks;\n2. ensure that protections remain.\n\nEnhanced cooperation should encompass:\n\n- creation of norms by the private sector.\n\nThe Board has adopted these measures:\n\n- publish the minutes.\n";
        let d = parse(
            "t",
            std::path::Path::new("t.md"),
            Format::Markdown,
            src.as_bytes(),
        )
        .unwrap();
        let mut claims = extract(&d, &[], &[]);
        mark_advice(&d.text.text, &d.text.blocks, &mut claims);
        let normative: Vec<&str> = claims
            .iter()
            .filter(|c| c.kinds.contains(&"normative"))
            .map(|c| &d.text.text[c.start..c.end])
            .collect();
        assert_eq!(
            normative,
            [
                "facilitate the conclusion of talks;",
                "ensure that protections remain.",
                "Enhanced cooperation should encompass:"
            ]
        );
    }

    /// A cue of authority inside an actor's capitalized name is no cue; one outside it, or
    /// inside a role named in lowercase, still is.
    #[test]
    fn cues_inside_names_say_nothing_of_authority() {
        let text = "The Governmental Advisory Committee met in Marrakech. The Governmental Advisory Committee advises the Board. Only then would the designated manager step in.";
        let mut claims: Vec<Claim> = crate::ingest::sentences::split_str(text)
            .into_iter()
            .map(|(a, z)| {
                let mut c = classify(&text[a..z], false);
                c.start = a;
                c.end = z;
                c
            })
            .collect();
        let name = "Governmental Advisory Committee";
        let mut mentions: Vec<(usize, usize)> = text
            .match_indices(name)
            .map(|(i, _)| (i, i + name.len()))
            .collect();
        let role = text.find("designated manager").unwrap();
        mentions.push((role, role + "designated manager".len()));
        assert!(claims.iter().all(|c| c.kinds.contains(&"authority")));
        cues_in_names(text, &mut claims, &mentions);
        let kinds: Vec<&[&str]> = claims.iter().map(|c| c.kinds.as_slice()).collect();
        assert_eq!(
            kinds,
            [&["empirical"][..], &["authority"][..], &["authority"][..]]
        );
        // The making of a body named so is an act of authority.
        let text = "Meta created the Oversight Board in 2020.";
        let mut claims = vec![classify(text, false)];
        claims[0].end = text.len();
        let at = text.find("Oversight").unwrap();
        cues_in_names(text, &mut claims, &[(at, at + "Oversight Board".len())]);
        assert!(claims[0].kinds.contains(&"authority"));
        // Work done under a contract, or pursuant to one, rests on it.
        for t in [
            "ICANN managed the IANA under contract to the Department of Commerce.",
            "ICANN performs the work pursuant to the IANA functions contract.",
        ] {
            assert!(classify(t, false).kinds.contains(&"authority"), "{t}");
        }
        // Powers vested in someone, not interests; an appeal lodged, not the proceedings.
        assert!(classify(
            "The articles vest the management of the company in its board.",
            false
        )
        .kinds
        .contains(&"authority"));
        for t in [
            "Vested interests shaped the outcome.",
            "This appeal concerns the registry.",
            "I would allow the appeal.",
            // A program, not one who acts for another.
            "The user agent only allows limited access to display content.",
            "The use of an AI agent that submits code autonomously is disallowed.",
        ] {
            assert!(!classify(t, false).kinds.contains(&"authority"), "{t}");
        }
        assert!(
            classify("The registrar acts as an agent of the registry.", false)
                .kinds
                .contains(&"authority")
        );
        assert!(
            classify("The decision is open to an appeal to the Board.", false)
                .kinds
                .contains(&"authority")
        );
        for t in [
            "Good morning.",
            "Thank you, Mr. Chairman.",
            "Thank you, Chairman Thune.",
            "Thank you very much.",
            "I yield back the balance of my time.",
        ] {
            assert!(is_courtesy(t), "{t}");
        }
        for t in [
            "Thank you for nothing: the Board ignored us.",
            "Welcome changes are rare.",
            "Good governance requires consent.",
        ] {
            assert!(!is_courtesy(t), "{t}");
        }
        // Bound by an instrument: its terms bind.
        assert!(
            classify("The registries are bound by contracts with ICANN.", false)
                .kinds
                .contains(&"authority")
        );
        // A meeting held "pursuant to notice" rests on no instrument.
        for t in [
            "The Committee met, pursuant to notice, at 10 a.m., in room SR-253.",
            "The Board convened pursuant to the call of the Chair.",
        ] {
            assert!(!classify(t, false).kinds.contains(&"authority"), "{t}");
        }
    }

    #[test]
    fn conferring_and_commit_rights_are_authority() {
        for t in [
            "Attendance at sprints does not confer commit rights.",
            "Election confers a mandate on the chair.",
            "Core developers have commit rights to the repository.",
            "Members in good standing hold voting rights.",
        ] {
            assert!(classify(t, false).kinds.contains(&"authority"), "{t}");
        }
        assert!(
            classify(
                "Attendance at sprints does not confer commit rights.",
                false
            )
            .denied
        );
    }

    #[test]
    fn agents_are_programs_where_the_document_speaks_of_ai() {
        let ai = "Using AI tools is allowed. AI output must be reviewed. Disclose AI use. \
                  I pointed an agent at the issue and here are the changes.";
        assert!(speaks_of_ai(ai));
        let agent_sentence = "I pointed an agent at the issue and here are the changes.";
        assert!(classify(agent_sentence, false).kinds.contains(&"authority"));
        assert!(!classify_in(agent_sentence, false, true)
            .kinds
            .contains(&"authority"));
        // One mention of AI does not make a document's agents programs.
        assert!(!speaks_of_ai(
            "The registrar acts as an agent of the registry, not of AI."
        ));
    }

    #[test]
    fn contrasts_are_no_denials() {
        let near = "The IAB, not the IESG, is";
        let at = near.find("not").unwrap();
        assert!(contrasts(near, at, at + 3));
        let near = "The IAB is not";
        let at = near.find("not").unwrap();
        assert!(!contrasts(near, at, at + 3));
        assert_eq!(
            classify("The IAB, not the IESG, is responsible for it.", false).denied,
            false
        );
        assert!(classify("The IESG was never given that authority.", false).denied);
        // No one holds it over the holder.
        assert!(classify("The project lead is accountable to no one.", false).denied);
        assert!(classify("The Council answers to nobody.", false).denied);
        assert!(!classify("The Council answers only to the members.", false).denied);
        assert!(
            !classify(
                "The Office is accountable to no one but the Commission itself.",
                false
            )
            .denied
        );
        assert!(classify(
            "Be it enacted by the Senate and House of Representatives in Congress assembled,",
            false
        )
        .kinds
        .contains(&"authority"));
    }

    /// Authors cited by name and year speak what they argue; a name without a year or a
    /// verb of saying does not.
    #[test]
    fn narrative_speakers() {
        let sp = |t: &str| narrative_speaker(t);
        assert_eq!(
            sp("Raymond and DeNardis (2015) argue that X.").as_deref(),
            Some("Raymond and DeNardis")
        );
        assert_eq!(
            sp("As Scholte (2020) notes, X.").as_deref(),
            Some("Scholte")
        );
        assert_eq!(
            sp("Hofmann et al. (2016, p. 3) find that X.").as_deref(),
            Some("Hofmann et al.")
        );
        assert_eq!(sp("Studies show that X."), None);
        assert_eq!(sp("ICANN (1998) was founded."), None);
    }

    /// A line without a lowercase word of two letters is no sentence; scripts without case
    /// are not asked.
    #[test]
    fn lowercase_words() {
        assert!(!has_lowercase_word("ON WRIT OF CERTIORARI TO THE COURT"));
        assert!(!has_lowercase_word("PETITIONERS v. GINA RAIMONDO, ET AL."));
        assert!(!has_lowercase_word("[June 28, 2024]"));
        assert!(has_lowercase_word("Courts do."));
        assert!(has_lowercase_word("IANA is"));
    }

    use super::*;

    /// "Nothing ... shall be construed to authorize" denies; "Nothing ... shall limit the
    /// power of" keeps the power.
    #[test]
    fn nothing_denies_unless_it_saves_a_power() {
        let c = classify(
            "Nothing in this Act shall be construed to authorize the Board to regulate content.",
            false,
        );
        assert!(c.kinds.contains(&"authority") && c.denied);
        let c = classify(
            "Nothing in these bylaws shall limit the power of the Board to remove a Director.",
            false,
        );
        assert!(c.kinds.contains(&"authority") && !c.denied);
        let c = classify(
            "Nothing in this Act shall be construed to authorize the Board to limit speech.",
            false,
        );
        assert!(c.denied);
        let c = classify(
            "Nothing herein shall be construed to restrict the authority of the Council.",
            false,
        );
        assert!(!c.denied);
    }

    /// A cue inside a quoted title is a word of the title: the sentence's own cue counts,
    /// and without one it is no authority claim.
    #[test]
    fn a_quoted_titles_words_are_no_cue() {
        let c = classify(
            "This Act may be cited as the \"Internet Numbers Oversight Act of 2024\".",
            false,
        );
        assert!(!c.kinds.contains(&"authority"), "{:?}", c.cues);
        let c = classify(
            "In “A Mission Statement for the IETF”, the IETF claims authority over its work.",
            false,
        );
        assert!(
            c.cues.iter().any(|q| q == "authority: 'authority'"),
            "{:?}",
            c.cues
        );
        // A quoted phrase in lower case is the sentence's words.
        let c = classify("The Board called it a “mandate from the community”.", false);
        assert!(c.kinds.contains(&"authority"));
        assert_eq!(
            quoted_titles("See “Who Governs the Internet?” and \"the multistakeholder model\"."),
            [(7, 32)]
        );
    }

    #[test]
    fn a_lead_in_gives_its_list_only_through_a_closing_modal() {
        for lead in [
            "Together, the Developers may:",
            "The Board shall:",
            "The Chair is responsible for:",
            "The Council has the following powers:",
            "The Secretary (or a delegate) may also:",
            "In particular, the Council may, if necessary:",
        ] {
            assert!(MODAL_LEAD_IN.is_match(lead), "{lead}");
        }
        for lead in [
            "Members of the community:",
            "The Board may approve the budget.",
            "The Board may approve: the budget",
            "The Board may, after the vote. Then:",
        ] {
            assert!(!MODAL_LEAD_IN.is_match(lead), "{lead}");
        }
    }

    #[test]
    fn a_dash_line_names_a_quotations_source() {
        assert_eq!(
            attribution_line("— Council charter, art. 2"),
            Some("Council charter")
        );
        assert_eq!(attribution_line("-- Jon Postel"), Some("Jon Postel"));
        assert_eq!(
            attribution_line("— and then the council decided to act on it anyway, against all"),
            None
        );
        assert_eq!(attribution_line("The council decides."), None);
        assert_eq!(
            wrote_line("On Mon, 2 Mar 2026, John Smith wrote:"),
            Some("John Smith")
        );
        assert_eq!(
            wrote_line("Jane Doe <jane@example.org> writes:"),
            Some("Jane Doe")
        );
        assert_eq!(wrote_line("J. Postel wrote:"), Some("J. Postel"));
        // A negation in a clause on a noun ("a contract that the community never
        // approved") denies nothing of the claim; one after a verb's "that" does.
        assert!(!classify("The maintainer answers only to ICANN under a contract that the community never approved.", false).denied);
        assert!(classify("The Board decided that the members have no vote.", false).denied);
        assert!(noun_phrase_ends("under a contract"));
        assert!(noun_phrase_ends("through the public consultation"));
        assert!(!noun_phrase_ends("The Board decided"));
        assert!(!noun_phrase_ends("The Board says"));
        // "According to" a name reports its speaker; a document is no speaker.
        let said = |t: &str| classify(t, false).speaker;
        assert_eq!(
            said("According to Lopez, the Board has no mandate.").as_deref(),
            Some("Lopez")
        );
        assert_eq!(
            said("According to Access Now, ICANN acts without consent.").as_deref(),
            Some("Access Now")
        );
        assert_eq!(said("According to the bylaws, the Board decides."), None);
        assert_eq!(said("According to RFC 2026, the IESG approves."), None);
        // The speaker named in an apposition after the quotation.
        assert_eq!(
            classify("\"We are accountable to the community,\" ICANN's chief executive, Göran Marby, told me.", false).speaker.as_deref(),
            Some("Göran Marby")
        );
        // A speaker's long title before the name.
        assert_eq!(
            said("\"The timing is right,\" said Assistant Secretary of Commerce for Communications and Information Lawrence E. Strickling.").as_deref(),
            Some("Lawrence E. Strickling")
        );
        assert_eq!(
            said("\"It is time,\" said Secretary of State John Kerry, in Geneva.").as_deref(),
            Some("John Kerry")
        );
        // A title whose phrase ends in a body's name, not a person's: the title it is.
        assert_eq!(
            said("\"It is time,\" said Director of Internet Society Operations.").as_deref(),
            Some("Director")
        );
        // A date and a time run into the name without a comma; the address on the next line.
        assert_eq!(
            wrote_line(
                "--On Monday, October 13, 2014 22:10 +0200 Jari Arkko\n<jari.arkko@piuha.net> wrote:"
            ),
            Some("Jari Arkko")
        );
        assert_eq!(
            wrote_line("On 13 Oct 2014 at 22:10, Vincent van Gogh <v@example.org> wrote:"),
            Some("Vincent van Gogh")
        );
        assert_eq!(wrote_line("On Monday Oct 13 wrote:"), None);
        assert_eq!(
            wrote_line("The council decides what the charter said:"),
            None
        );
        assert_eq!(wrote_line("The council decides."), None);
        // A speaker named after the quotation.
        assert_eq!(
            classify(
                "\u{201c}We have no mandate,\u{201d} said Jane Roe, the chair.",
                false
            )
            .speaker
            .as_deref(),
            Some("Jane Roe")
        );
        assert!(section_label("Section 1.1."));
        assert!(section_label("ARTICLE IV."));
        assert!(section_label("§ 12"));
        assert!(section_label("SEC. 2."));
        assert!(!section_label("Section 3 describes the process."));
        assert!(!section_label("Articles of Association."));
        assert!(subject_line("The General Assembly,"));
        assert!(!subject_line("The council,"));
        assert!(!subject_line("Dear colleagues,"));
        assert_eq!(
            operative_verb("Requests the Secretary-General to report"),
            Some("Requests")
        );
        assert_eq!(operative_verb("Recalling its resolution 68/302,"), None);
        assert_eq!(operative_verb("Notes the work of the Commission"), None);
    }

    /// Texts of the claims of a Markdown document.
    fn claim_texts(md: &str) -> Vec<String> {
        let d = crate::ingest::parse(
            "t",
            std::path::Path::new("t.md"),
            crate::ingest::Format::Markdown,
            md.as_bytes(),
        )
        .unwrap();
        extract(&d, &[], &super::super::turns::turns(&d))
            .iter()
            .map(|c| d.text.text[c.start..c.end].to_string())
            .collect()
    }

    #[test]
    fn only_widget_lines_late_in_a_page_end_its_body() {
        let body: String = (1..=8)
            .map(|k| format!("The council adopted rule number {k} after a public debate.\n\n"))
            .collect();
        // A sentence repeated late in a long text is the text's own.
        let spec = format!(
            "{body}The Board shall meet twice a year in public.\n\nThe Board shall meet twice a \
             year in public.\n\nThe Board may appoint a treasurer.\n"
        );
        assert!(claim_texts(&spec).contains(&"The Board may appoint a treasurer.".to_string()));
        // "Like this:" under each comment is a widget: what follows it is the page's furniture.
        let page = format!(
            "{body}Like this:\n\nGreat post, the council should listen.\n\nLike this:\n\nI agree with the board.\n"
        );
        let texts = claim_texts(&page);
        assert!(!texts.iter().any(|t| t.contains("agree")), "{texts:?}");
        assert!(
            texts.iter().any(|t| t.contains("rule number 8")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_short_unpunctuated_item_is_a_topic() {
        assert!(is_topic("Technical direction"));
        assert!(is_topic("missing copyright file"));
        assert!(!is_topic("Budget approval."));
        assert!(!is_topic("The TSC approves the budget"));
    }

    #[test]
    fn a_title_is_capitalized_short_and_unpunctuated() {
        for t in [
            "Free Redistribution",
            "Integrity of The Author's Source Code",
            "No Discrimination Against Persons or Groups",
            "(1) Open Standards",
            "Category: Informational",
        ] {
            assert!(is_title(t), "{t}");
        }
        for t in [
            "Debian will remain 100% free",
            "The Board Decides.",
            "Works that do not meet our free software standards",
            "Board",
            "The Internet Corporation for Assigned Names and Numbers Board of Directors Has Met Today",
        ] {
            assert!(!is_title(t), "{t}");
        }
    }

    fn k(s: &str) -> (Vec<&'static str>, bool) {
        let c = classify(s, false);
        (c.kinds, c.denied)
    }

    /// The kinds and polarity of `s` once its actors, named by `actors`, are known.
    fn with_actors(s: &str, actors: &[&str]) -> (Vec<&'static str>, bool) {
        let mut c = classify(s, false);
        c.end = s.len();
        let mut mentions: Vec<(usize, usize)> = actors
            .iter()
            .filter_map(|a| s.find(a).map(|p| (p, p + a.len())))
            .collect();
        mentions.sort_unstable();
        let mut claims = [c];
        let block = Block {
            kind: BlockKind::Paragraph,
            start: 0,
            end: s.len(),
            key: None,
            heading: None,
            line: 1,
            item: false,
            quote: false,
            row: false,
        };
        mark_powers(s, &[block], &mut claims, &mentions);
        let [c] = claims;
        (c.kinds, c.denied)
    }

    #[test]
    fn an_actor_that_may_or_cannot_do_an_act_of_governance_holds_a_power() {
        let tsc = ["TSC", "Collaborators", "Board"];
        assert_eq!(
            with_actors("The TSC can remove inactive Collaborators.", &tsc),
            (vec!["authority"], false)
        );
        assert_eq!(
            with_actors("The Board may not amend the charter.", &tsc),
            (vec!["authority"], true)
        );
        assert_eq!(
            with_actors("The TSC cannot also dissolve the Board.", &tsc),
            (vec!["authority"], true)
        );
        // The act states the relation: removing decides, granting authorizes, issuing
        // rules governs.
        assert_eq!(
            power_modal("The Minister may remove a member, after consulting the Committee.")
                .map(|p| p.3),
            Some("decides")
        );
        assert_eq!(
            power_modal("The Board may grant exemptions.").map(|p| p.3),
            Some("authorizes")
        );
        assert_eq!(
            power_modal("The Commission may issue codes of practice.").map(|p| p.3),
            Some("governs")
        );
        // A power after "and" is the subject's: "owns the trademarks and may overrule".
        assert_eq!(
            with_actors(
                "The Board owns the trademarks and may overrule the TSC on legal matters.",
                &tsc
            ),
            (vec!["authority"], false)
        );
        // The subject names no actor: a need, not a power.
        assert_eq!(
            with_actors("A Draft Standard may still require field experience.", &tsc),
            (vec!["empirical"], false)
        );
        // An act that is no act of governance, a pronoun, a possibility.
        assert_eq!(
            with_actors("Collaborators may propose changes.", &tsc),
            (vec!["empirical"], false)
        );
        assert_eq!(
            with_actors("They can remove it.", &tsc),
            (vec!["empirical"], false)
        );
        assert_eq!(
            with_actors("The TSC may be slow to act.", &tsc),
            (vec!["empirical"], false)
        );
        // Other kinds stay: a normative claim keeps its kind.
        assert_eq!(
            with_actors("The TSC should remove inactive Collaborators.", &tsc),
            (vec!["normative"], false)
        );
        // A right to an act of governance is a power too.
        assert_eq!(
            with_actors(
                "The Board reserves the right to eject current Collaborators.",
                &tsc
            ),
            (vec!["authority"], false)
        );
        assert_eq!(
            with_actors("The Board has the sole right to amend the charter.", &tsc),
            (vec!["authority"], false)
        );
        assert_eq!(
            with_actors("The Board has the right to be heard.", &tsc),
            (vec!["empirical"], false)
        );
        // A nomination is an act of authority.
        assert_eq!(
            k("New members can be nominated by any existing member.").0,
            vec!["authority"]
        );
    }

    /// The "shall" of a definition obliges no one; any other "shall" or "must" does.
    #[test]
    fn a_definition_is_not_normative() {
        assert_eq!(
            k("\"Licensor\" shall mean the copyright owner.").0,
            ["empirical"]
        );
        assert_eq!(
            k("\"Person\" shall be deemed to include a firm.").0,
            ["empirical"]
        );
        assert_eq!(k("The Licensee shall pay the fee.").0, ["normative"]);
        assert_eq!(
            k("\"Work\" shall mean the work, and You must keep its notices.").0,
            ["normative"]
        );
        assert!(defines("x shall  have the meaning given", 2..7));
        // Advice is normative; a report of whose advice it is, not ("recommend" is a cue
        // of authority too: an adviser's).
        let normative = |t: &str| k(t).0.contains(&"normative");
        assert!(normative("We recommend that ICANN publish the chain."));
        assert!(normative("It is recommended to use keys of 32 bytes."));
        assert!(!normative("CCM mode is recommended by NIST."));
        assert_eq!(
            k("If none of the calls on the chunks return true, it was rejected.").0,
            ["empirical"]
        );
        assert!(!defines("x shall have to pay", 2..7));
        // An expectation of someone is a duty; of something, a forecast.
        assert!(normative("Maintainers are expected to review changes."));
        assert!(normative(
            "The RFC Editor is expected to exercise judgment."
        ));
        assert!(!normative("The report is expected to be released in May."));
        assert!(!normative(
            "The registry system is expected to occur in an orderly way."
        ));
    }

    /// `first_cues` gives each rule's first match as the rule alone finds it (the normative
    /// one alone where there is one), on text made of the rules' words and what lies near them.
    #[test]
    fn first_cues_as_each_rule_alone() {
        let alone = [FIGURE, FACT, COPULA, NORMATIVE].map(|r| Regex::new(r).unwrap());
        let mut pick = crate::extract::test_picker(0x3C6E_F372_FE94_F82B);
        // Figures last: half the texts are made without them.
        let pieces = [
            "is",
            "are",
            "IS",
            "not",
            "a",
            "an",
            "now",
            "was",
            "had",
            "has",
            "been",
            "have",
            "grown",
            "x",
            "waſ",
            "iſ",
            "founded",
            "found",
            "led",
            "alone",
            "isn't",
            ",",
            ".",
            "\n",
            "\t",
            "—",
            "an-",
            "to",
            "required",
            "expected",
            "be",
            "grow",
            "released",
            "it",
            "time",
            "we",
            "need",
            "needs",
            "must",
            "Let",
            "us",
            "Do",
            "Don't",
            "let",
            "Stop",
            "ought",
            "shall",
            "shall mean",
            "Shall be deemed",
            "recommended",
            "recommend",
            "Recommends",
            "by",
            "strongly",
            "urges",
            "calls upon",
            "It is important to",
            "essential",
            "mean",
            "deemed",
            "is a",
            "one",
            "Two",
            "dozen",
            "1,000.",
            "3.5",
            "42",
            "٣",
            "%",
        ];
        let mut met = [0; 4];
        for _ in 0..40_000 {
            let n = if pick(2) == 0 {
                pieces.len()
            } else {
                pieces.len() - 8
            };
            let gaps = [" ", " ", "  ", "", "\u{a0}"];
            let t = crate::extract::test_text(&mut pick, 12, &pieces[..n], &gaps);
            let find = |rule: &Regex| rule.find(&t).map(|m| m.range());
            let figure = find(&alone[0]);
            // The normative rule's first match that is not the "shall" of a definition.
            let normative = alone[3].find_iter(&t).map(|m| m.range()).find(|m| {
                !defines(&t, m.clone())
                    && !reports_a_recommendation(&t, m.clone())
                    && !predicts(&t, m.clone())
            });
            let rest = figure.is_none();
            let want = [
                figure,
                find(&alone[1]).filter(|_| rest),
                find(&alone[2]).filter(|_| rest),
                normative,
            ];
            let mut got = first_cues(&t);
            if !rest {
                got[1] = None;
                got[2] = None;
            }
            // With a normative cue, only it is read; each rule's matches are counted where
            // they were compared.
            if want[3].is_some() {
                assert_eq!(got[3], want[3], "{t:?}");
                met[3] += 1;
            } else {
                assert_eq!(got, want, "{t:?}");
                for k in 0..3 {
                    met[k] += want[k].is_some() as usize;
                }
            }
        }
        assert!(met.iter().all(|&n| n > 1_000), "{met:?}");
    }

    /// `boiler_and_address` answers as BOILER and ADDRESS alone, on text made of both rules'
    /// words and what lies near them (an address right after marketing words included).
    #[test]
    fn boiler_and_address_as_each_rule_alone() {
        let mut pick = crate::extract::test_picker(0x9E37_79B9_7F4A_7C15);
        let pieces = [
            "sign up",
            "up",
            "Sign",
            "12345",
            "12345-6789",
            "350",
            "Main",
            "Oak",
            "Street",
            "St.",
            "Suite",
            "Way",
            "phone:",
            "Email :",
            "fax",
            "tel",
            "NY",
            "ca",
            "$10/month",
            "$9.99/month",
            "cookies",
            "cookie",
            "read more",
            "Read",
            "more",
            "inbox",
            "click here",
            "log in to",
            "login to",
            "subscribers",
            "advertising",
            "terms of use",
            "the",
            "a",
            "x",
        ];
        let gaps = [" ", " ", "  ", "", "\n", ", "];
        let mut met = [0usize; 4];
        for _ in 0..40_000 {
            let t = crate::extract::test_text(&mut pick, 10, &pieces, &gaps);
            let want = (
                BOILER_WORDS.find_iter(&t).take(2).count(),
                ADDRESS.is_match(&t),
            );
            let (marketing, address) = boiler_and_address(&t);
            assert_eq!((marketing, address()), want, "{t:?}");
            met[want.0] += 1;
            met[3] += want.1 as usize;
        }
        assert!(met.iter().all(|&n| n > 1_000), "{met:?}");
    }

    /// A negation inside a relative clause qualifies its noun; the claim stands, unless
    /// every cue is in such a clause.
    #[test]
    fn a_negation_in_a_relative_clause_denies_nothing() {
        let denied = |s: &str| k(s).1;
        assert!(!denied(
            "The council has the authority to accept proposals that are not vetoed by the core team."
        ));
        assert!(!denied(
            "The Board, which does not represent the members, approves the budget."
        ));
        assert!(denied(
            "The Board, which approves the budget, does not represent the members."
        ));
        assert!(denied(
            "The report found that the Board has no authority over the budget."
        ));
        assert!(denied(
            "The council cannot delegate its authority to the secretary."
        ));
        // A participle with "not" after a noun qualifies the noun.
        assert!(!denied(
            "Responsibilities not explicitly delegated to other parties remain with the council."
        ));
        assert!(!denied(
            "The powers not delegated to the United States are reserved to the States."
        ));
        assert!(denied("The powers were not delegated to the council."));
        // So does an adjective of a state the noun is in.
        assert!(!denied(
            "Issues are locked to keep out people not familiar with the decision process."
        ));
        assert!(!denied("Members not present may vote by proxy."));
        // A negation in a condition after the main clause, up to the condition's comma.
        assert!(!denied(
            "Members can resign and should do so if they will not attend to their responsibilities."
        ));
        assert!(!denied(
            "Upon the advice of the Working Group (or, if no Working Group exists, upon the recommendation of a committee), the IESG may act."
        ));
        assert!(denied(
            "Since drafts may change if problems are found, deploying them is not recommended."
        ));
        assert!(!denied(
            "The voting period lasts one week or until the outcome is no longer in doubt, whichever is shorter."
        ));
        assert!(!denied(
            "The Committee votes by a simple majority assuming no members change their votes."
        ));
        assert!(!denied(
            "The chair may decide the matter when no member objects within a week."
        ));
        // A condition word before the negation's own clause leaves it the main clause's.
        assert!(denied(
            "When a vote is called, the chair may not vote on the question."
        ));
        assert!(denied("Members are not able to vote."));
        // A negated cue inside a leading condition is the condition's.
        assert!(!denied(
            "If community leaders cannot come to a resolution about enforcement, reports will be escalated to the committee."
        ));
        assert!(denied(
            "Unless the Board decides otherwise, members cannot vote on the budget."
        ));
        assert!(denied("The council has not approved the budget."));
        assert!(denied(
            "Such TSs are therefore not required or recommended."
        ));
        // A clause without a comma before it picks out whom its noun means; one set off
        // (a comma, a bracket) says something of them.
        assert!(!denied(
            "Project maintainers who do not follow or enforce the Code of Conduct may face repercussions."
        ));
        assert!(denied(
            "Participants in a group who attend its meetings do not thereby acquire any authority."
        ));
        assert!(denied("Use many packfiles (which is not recommended)."));
        // A negation's word named, in a compound, or as a vote's value.
        assert!(!denied(
            "\"No\" votes, however, must list the reasons for disagreement."
        ));
        assert!(!denied(
            "A no-confidence vote is triggered when a member calls for one."
        ));
        assert!(!denied(
            "Each candidate having 60% of yes votes and less than 20% of no votes is chosen by the council."
        ));
        assert!(denied("The council has no vote on this matter."));
    }

    /// A negation in a leading condition, or one that bounds a quantity, denies nothing; a
    /// negation before "and then" does not reach past it.
    #[test]
    fn conditions_quantities_and_sequences_deny_nothing() {
        let denied = |s: &str| k(s).1;
        assert!(!denied(
            "Even though Debian isn't really a democracy, we use a democratic process to elect our leaders."
        ));
        assert!(!denied(
            "If no option can gather two thirds of the votes cast, the decision is escalated to the TC."
        ));
        assert!(!denied(
            "However, if the council does not act, the members decide by vote."
        ));
        assert!(!denied(
            "Although the board has no formal role, it approves the budget."
        ));
        // The main clause's own negation still denies.
        assert!(denied(
            "If the members object, the council cannot approve the budget."
        ));
        // Without a comma the condition cannot be told from the main clause.
        assert!(denied("If not they lose their vote."));
        assert!(!denied(
            "No more than 2 Subcommittee Members can report to one person."
        ));
        assert!(!denied(
            "The board must decide not later than 30 days after the vote."
        ));
        assert!(denied("No member can veto the decision."));
        assert!(!denied(
            "Any Director may be removed, with or without cause, by a two-thirds vote of the Members."
        ));
        assert!(!denied(
            "These Bylaws may be amended by a two-thirds vote of the Board, provided that no amendment shall diminish the voting rights of the Members."
        ));
        assert!(denied(
            "The Board may not amend the bylaws without a vote of the Members."
        ));
        // A bracket closed before the cue holds its own negation.
        assert!(!denied(
            "Minor changes (but no change of the landing page) require approval by a maintainer."
        ));
        assert!(!denied(
            "Any member (whether a voter or not) may appeal a decision of the Board."
        ));
        assert!(denied(
            "Minor changes (such as typos) do not require approval by a maintainer."
        ));
        assert!(!denied(
            "A nomination will result in discussion which cannot take more than a month and then a vote by the core contributors."
        ));
        assert_eq!(
            leading_condition_end("If, after 72 hours, there are approvals, it passes."),
            Some(19)
        );
        assert_eq!(leading_condition_end("The board decides, if asked."), None);
        let t = "In the event a vote cannot be resolved by the TSC, a member may refer it.";
        assert_eq!(leading_condition_end(t), Some(t.find(',').unwrap() + 1));
        let t = "Where the Board has not acted, the members may petition.";
        assert_eq!(leading_condition_end(t), Some(t.find(',').unwrap() + 1));
        assert_eq!(
            leading_condition_end("In the eventual vote, all decide."),
            None
        );
        assert!(!denied(
            "If there are no candidates at the end of the nomination period then the nomination period is extended by vote."
        ));
        assert_eq!(leading_condition_end("Even so, the board decides."), None);
    }

    /// "Article 3 Entry into force" over a treaty's article is its heading; "Article 3
    /// applies." and a long unpunctuated line are not.
    #[test]
    fn a_label_and_its_heading_are_no_claim() {
        assert!(labelled_heading("Article 3 Entry into force"));
        assert!(labelled_heading("SECTION 4 Powers of the Board"));
        assert!(!labelled_heading("Article 3 applies to every member."));
        assert!(!labelled_heading("Article 3"));
        assert!(!labelled_heading("The Board shall meet"));
    }

    #[test]
    fn kinds_and_polarity() {
        assert_eq!(k("They cannot represent users."), (vec!["authority"], true));
        // A passive act with its agent, an adverb between them.
        assert_eq!(
            k("The board can be removed only by the same bodies that select its members."),
            (vec!["authority"], false)
        );
        assert_eq!(k("It is not a mandate."), (vec!["authority"], true));
        assert!(k("Participation should be evidence, not authority.")
            .0
            .contains(&"normative"));
        assert_eq!(k("Does AI need an “IETF for Weights”?").0, vec!["question"]);
        assert_eq!(k("ICANN85 had 2,195 attendees.").0, vec!["empirical"]);
        assert!(!k("A principal authorizes one.").1);
        // A power used without a procedure is held; one without a mandate, not.
        assert!(!k("The Council may approve grants without a further vote of the DAO.").1);
        assert!(k("The Board acted without a mandate.").1);
        assert!(k("The Board acted without any vote of the members.").1);
        let c = classify("It cannot become them.", true);
        assert_eq!((c.kinds, c.denied), (vec!["authority"], true));
    }

    #[test]
    fn paragraph_numbers() {
        assert_eq!(paragraph_number_len("5.1 The government will act."), 4);
        assert_eq!(paragraph_number_len("2.3.4. The Board decides."), 7);
        assert_eq!(paragraph_number_len("5.1 million people voted."), 0);
        assert_eq!(paragraph_number_len("2024 was a year."), 0);
        assert_eq!(paragraph_number_len("5 The Board decides."), 0);
        assert_eq!(paragraph_number_len("65.9 KB, Uncompressed"), 0);
    }

    #[test]
    fn resolved_clauses_are_operative() {
        for t in [
            "Resolved (2016.03.10.02), the Board hereby appoints Brad Verd as co-chair.",
            "RESOLVED, that the Board approves the budget.",
            "Resolved further, that the Secretary shall notify the members.",
            "NOW, THEREFORE, BE IT RESOLVED that the Council adopts the plan.",
            "Resolved: the Committee accepts the report.",
        ] {
            assert!(resolved_clause(t).is_some(), "{t}");
        }
        for t in [
            "Resolved disputes are closed within a week.",
            "Resolvedness is a word.",
            "The Board resolved that the plan was adopted.",
        ] {
            assert_eq!(resolved_clause(t), None, "{t}");
        }
    }

    #[test]
    fn reported_speakers() {
        assert_eq!(
            classify("As one activist put it, it matters.", false)
                .speaker
                .as_deref(),
            Some("one activist")
        );
        assert_eq!(
            classify("Caron argued that independence can be a tool.", false)
                .speaker
                .as_deref(),
            Some("Caron")
        );
        assert_eq!(classify("The model works.", false).speaker, None);
        // The present tense reports too; a quantifier is no one.
        let sp = |t: &str| classify(t, false).speaker;
        assert_eq!(
            sp("Mueller argues that the transition left no principal.").as_deref(),
            Some("Mueller")
        );
        assert_eq!(
            sp("ICANN maintains that its bylaws bind it.").as_deref(),
            Some("ICANN")
        );
        assert_eq!(sp("Others contend that the Board may be removed."), None);
        // A quotation's speaker after it, the verb last; told someone that.
        assert_eq!(
            sp("\"We are accountable to the community,\" board chair Tripti Sinha said in a statement.").as_deref(),
            Some("Tripti Sinha")
        );
        assert_eq!(
            sp("Sinha told reporters that the board acts for the community.").as_deref(),
            Some("Sinha")
        );
        // A court's holding is the court's.
        assert_eq!(
            classify(
                "The Supreme Court held that Congress may not delegate its power.",
                false
            )
            .speaker
            .as_deref(),
            Some("Supreme Court")
        );
        // A participle after a plural noun is no report: "Meetings held by the Council".
        assert_eq!(
            classify("Meetings held by the Council are public.", false).speaker,
            None
        );
        // A determiner alone before a participle is no one.
        assert_eq!(
            classify("Each suggested change goes through states.", false).speaker,
            None
        );
        assert_eq!(
            classify("The Board suggested a change.", false)
                .speaker
                .as_deref(),
            Some("Board")
        );
        // A news report's dateline is no part of its speaker.
        assert_eq!(
            classify("WASHINGTON — The Treasury said the sanctions hold.", false)
                .speaker
                .as_deref(),
            Some("Treasury")
        );
    }
}
