//! Citations: footnotes (segmented into clauses, classified, short forms resolved),
//! reference pointers, kramdown citations, links and in-text attributions, each followed
//! to the work it names. Rules follow design/CITATIONS.md (F1–F5, I1–I9, S1–S7).

use super::lexicon::Lexicon;
use super::works::{self, Work, WorkSet};
use crate::ingest::normalize::{block_at, trim_url, BlockKind, InlineKind};
use crate::ingest::sentences::split_citation_sentences;
use crate::ingest::Document;
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Full,
    Id,
    Supra,
    Hereinafter,
    /// A case's short form in the text: "Gonzales, 546 U.S., at 262".
    Short,
    Reference,
    Attribution,
    Link,
}

impl Form {
    pub fn name(self) -> &'static str {
        match self {
            Form::Full => "full",
            Form::Id => "id",
            Form::Supra => "supra",
            Form::Hereinafter => "hereinafter",
            Form::Short => "short",
            Form::Reference => "reference",
            Form::Attribution => "attribution",
            Form::Link => "link",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Resolved,
    Ambiguous,
    Unresolved,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Resolved => "resolved",
            Status::Ambiguous => "ambiguous",
            Status::Unresolved => "unresolved",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Pin {
    pub text: String,
    pub unit: &'static str,
}

#[derive(Debug, Clone)]
pub struct Citation {
    /// Footnote key or pointer label; `None` for attributions and links.
    pub note: Option<String>,
    pub form: Form,
    /// Signal as a lowercase word ("see", "see generally", "but see").
    pub signal: Option<String>,
    pub pin: Option<Pin>,
    pub status: Status,
    /// Works this citation names (a nested `citing ...` work comes second).
    pub works: Vec<usize>,
    /// Candidates of an ambiguous short form.
    pub candidates: Vec<usize>,
    /// The note a short form was resolved through.
    pub antecedent: Option<String>,
    pub rule: &'static str,
    pub reason: String,
    /// Range of the citing text (clause, pointer, link, attribution) in the normalized text.
    pub start: usize,
    pub end: usize,
    /// Position in the body text of the claim this citation rests: the marker, pointer,
    /// link or attribution position.
    pub anchor: Option<usize>,
}

impl Citation {
    /// A citation of `form` spanning `start..end`, not (yet) resolved.
    fn new(
        note: Option<String>,
        form: Form,
        rule: &'static str,
        reason: String,
        start: usize,
        end: usize,
        anchor: Option<usize>,
    ) -> Citation {
        Citation {
            note,
            form,
            signal: None,
            pin: None,
            status: Status::Unresolved,
            works: vec![],
            candidates: vec![],
            antecedent: None,
            rule,
            reason,
            start,
            end,
            anchor,
        }
    }

    /// The same, resolved to one work.
    fn resolved(mut self, work: usize) -> Citation {
        self.status = Status::Resolved;
        self.works = vec![work];
        self
    }

    /// support, attack or background, from the signal (§3).
    pub fn relation(&self) -> &'static str {
        signal_relation(self.signal.as_deref())
    }
}

pub fn signal_relation(signal: Option<&str>) -> &'static str {
    match signal {
        Some("but see") | Some("contra") | Some("but cf.") => "attack",
        Some("see generally") => "background",
        _ => "support",
    }
}

pub struct Citations {
    pub citations: Vec<Citation>,
    pub works: Vec<Work>,
}

static SIGNAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:and\s+)?((?:[Ss]ee,?\s+also|[Ss]ee\s+generally|[Bb]ut\s+see|[Bb]ut\s+cf\.|[Ss]ee|[Cc]f\.|[Aa]ccord|[Cc]ontra|[Cc]ompare|E\.g\.)(?:,?\s+e\.g\.)?,?)(?:\s+|$)").unwrap()
});
static MID_SIGNAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+((?:see,?\s+also|see\s+generally|but\s+see|see|cf\.|accord|contra)(?:,?\s+e\.g\.)?,?)\s+[A-Z*]").unwrap()
});
static PIN: &str = r"(?:at\s+)?(?:(?:¶¶?|§§?|paras?\.|arts?\.|pp?\.|nn?\.)\s?)?(?:\*?\d+(?:\s?[-–]\s?\d+)?|[ivxlc]+(?:\s?[-–]\s?[ivxlc]+)?)(?:,\s?(?:¶¶?\s?|§§?\s?)?\d+(?:\s?[-–]\s?\d+)?)*(?:\s?nn?\.\s?\d+(?:[-–]\d+)?(?:,\s?\d+)*)?";
/// A full citation's last element that is a pin by its mark: "at 12", "¶ 72", "§ 3", "art. 5",
/// "paras. 4-6", "p. 45".
static PIN_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:at\s+|¶¶?\s?|§§?\s?|paras?\.\s?|arts?\.\s?|pp?\.\s?)\*?(?:\d|[ivxlc]+(?:$|[\s,–-]))",
    )
    .unwrap()
});
static ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:[A-Za-z]+ly,?\s+)?(?i:(ibid)(?-u:\b)\.?|(id)\.),?(?:\s+({PIN}))?"
    ))
    .unwrap()
});
/// A case's short form (Bluebook R10.9): a word or two of its name, its volume, reporter
/// and "at" a page: "Chevron, 467 U.S. at 844", "*Loper Bright*, 144 S. Ct. at 2270".
static SHORT_CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^,]{2,60}),\s+(\d{1,4})\s+([A-Z][A-Za-z0-9.' ]{0,24}?)\s+at\s+(\d[\d–-]*)")
        .unwrap()
});
static SUPRA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(.*?),?\s+(?:supra(?:\s+notes?\s+(\d+))?|\(nn?\.?\s+(\d+)\))(?:,?\s+({PIN}))?"
    ))
    .unwrap()
});
static CROSS_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:supra|infra)\s+(?:parts?|sections?|§|notes?|text)(?-u:\b)").unwrap()
});
static HEREINAFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[\[(]\s*hereinafter\s+["“]?([^\])"”]+?)["”]?\s*[\])]"#).unwrap()
});
static YEAR_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\([^()]*(?-u:\b)(1[6-9]\d\d|20\d\d)\)").unwrap());
static VOLUME_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)\d{1,4}\s+[A-Z][A-Za-z.'’&]*(?:\s+[A-Z&][A-Za-z.'’&]*){0,6}\s+\d{1,5}(?-u:\b)",
    )
    .unwrap()
});
static UNKNOWN_AUTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"§|¶|(?-u:\b)No\.\s?\d|(?-u:\b)[A-Z]{2,}\s\d+(?:\.\d+)+").unwrap()
});
static NESTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[,(]\s*)(citing|quoting)\s+").unwrap());

/// Extracts every citation of a document and the works they lead to.
pub fn extract(doc: &Document, works: &mut WorkSet) -> Vec<Citation> {
    let mut out = Vec::new();
    footnotes(doc, works, &mut out);
    inline_citations(doc, works, &mut out);
    pointers(doc, works, &mut out);
    author_dates(doc, works, &mut out);
    links(doc, works, &mut out);
    standards_in_text(doc, works, &mut out);
    attributions(doc, works, &mut out);
    empty_source_lists(doc, &mut out);
    out.sort_by_key(|c| (c.anchor.unwrap_or(c.start), c.start));
    out
}

/// The document text and its emphasized spans, for parsing titles out of clauses.
struct Ctx<'a> {
    text: &'a str,
    emph: Vec<(usize, usize)>,
}

impl Ctx<'_> {
    fn of(t: &crate::ingest::Text) -> Ctx<'_> {
        Ctx {
            text: &t.text,
            emph: t
                .inlines
                .iter()
                .filter(|i| i.kind == InlineKind::Emphasis)
                .map(|i| (i.start, i.end))
                .collect(),
        }
    }
    /// Emphasized spans inside `sub` (a subslice of the document text), relative to it.
    fn rel(&self, sub: &str) -> Vec<(usize, usize)> {
        let base = sub.as_ptr() as usize - self.text.as_ptr() as usize;
        // The spans are in text order: only those from `base` on can lie inside.
        let first = self.emph.partition_point(|&(a, _)| a < base);
        self.emph[first..]
            .iter()
            .take_while(|(a, _)| *a <= base + sub.len())
            .filter(|(_, b)| *b <= base + sub.len())
            .map(|(a, b)| (a - base, b - base))
            .collect()
    }
    fn work(&self, sub: &str) -> Option<Work> {
        works::parse_work(sub, &self.rel(sub))
    }
}

/// One authority found at the top level of a footnote.
#[derive(Clone)]
struct Authority {
    work: usize,
    /// The pinpoint it was cited at, which an `Id.` without one repeats (I7).
    pin: Option<Pin>,
}

fn footnotes(doc: &Document, ws: &mut WorkSet, out: &mut Vec<Citation>) {
    let t = &doc.text;
    let ctx = Ctx::of(t);
    let mut bodies: BTreeMap<String, usize> = BTreeMap::new();
    let mut body_order: Vec<(String, usize)> = Vec::new();
    for (i, b) in t.blocks.iter().enumerate() {
        if b.kind == BlockKind::Note {
            if let Some(k) = &b.key {
                if !bodies.contains_key(k) {
                    bodies.insert(k.clone(), i);
                    body_order.push((k.clone(), i));
                }
            }
        }
    }
    // Links inside notes: (url, start, end).
    let note_links: Vec<(String, usize, usize)> = t
        .inlines
        .iter()
        .filter_map(|i| match &i.kind {
            InlineKind::Link(u) if t.blocks[i.block].kind == BlockKind::Note => {
                Some((u.clone(), i.start, i.end))
            }
            _ => None,
        })
        .collect();
    let mut marker_pos: HashMap<&str, usize> = HashMap::default();
    for m in &t.markers {
        marker_pos.entry(m.key.as_str()).or_insert(m.pos);
    }
    // F1: markers without bodies.
    for m in &t.markers {
        if !bodies.contains_key(&m.key) {
            out.push(Citation::new(
                Some(m.key.clone()),
                Form::Full,
                "F1",
                format!("marker {} has no footnote body", m.key),
                m.pos,
                m.pos,
                Some(m.pos),
            ));
        }
    }
    // Resolution state.
    let mut note_auth: HashMap<String, Vec<Authority>> = HashMap::default();
    let mut aliases: Vec<(String, usize, String)> = Vec::new(); // (alias lower, work, note)
    let mut last_any: Option<(usize, String)> = None; // last top-level authority and its note
    let mut prev_key: Option<String> = None;
    for (key, bi) in &body_order {
        let b = &t.blocks[*bi];
        let anchor = marker_pos.get(key.as_str()).copied();
        // Symbol notes (the author's note) are called from the byline, not from a claim.
        let symbol = !key.chars().any(char::is_alphanumeric);
        if anchor.is_none() && !symbol {
            out.push(Citation::new(
                Some(key.clone()),
                Form::Full,
                "F1",
                format!("footnote {key} has no marker in the text"),
                b.start,
                b.end,
                None,
            ));
        }
        let mut here: Vec<Authority> = Vec::new();
        let body = &t.text[b.start..b.end];
        for (cs, ce) in clauses(body) {
            let (cs, ce) = (b.start + cs, b.start + ce);
            let clause = &t.text[cs..ce];
            let c = classify_clause(
                &ctx,
                clause,
                key,
                &here,
                prev_key.as_deref(),
                &note_auth,
                &aliases,
                &last_any,
                ws,
            );
            // A clause that names no authority but links to a web page cites that page
            // (CITATIONS.md counts a URL as an identifier; a link holds it out of the text).
            let c = c.or_else(|| {
                let (url, s, e) = note_links
                    .iter()
                    .find(|&&(_, s, e)| cs <= s && e <= ce)
                    .map(|(u, s, e)| (u.as_str(), *s, *e))?;
                let anchor = t.text[s..e].trim_matches(['"', '“', '”']);
                let w = ws.add(works::Work::from_url(trim_url(url), anchor));
                let mut cit = Citation::new(
                    Some(key.clone()),
                    Form::Full,
                    "link",
                    "a link to a web page in the note".into(),
                    0,
                    0,
                    None,
                );
                cit.status = Status::Resolved;
                cit.works.push(w);
                Some(cit)
            });
            let Some(mut c) = c else { continue };
            c.start = cs;
            c.end = ce;
            c.anchor = anchor;
            // Short names given with the work ("Code of Conduct") act as aliases too.
            if let Some(&w) = c.works.first() {
                for a in ws.works[w].aliases.clone() {
                    if !aliases.iter().any(|(x, _, _)| *x == a.to_lowercase()) {
                        aliases.push((a.to_lowercase(), w, key.clone()));
                    }
                }
            }
            // Aliases defined by [hereinafter X].
            if let Some(h) = HEREINAFTER.captures(clause) {
                if let Some(&w) = c.works.first() {
                    let alias = h[1].trim().to_string();
                    ws.works[w].aliases.push(alias.clone());
                    aliases.push((alias.to_lowercase(), w, key.clone()));
                }
            }
            // The clause's first work is a top-level authority (I9: it breaks the Id. chain);
            // ambiguous or unresolved short forms leave the chain as it was.
            if c.status == Status::Resolved {
                if let Some(&w) = c.works.first() {
                    // Re-citing moves it to the end: it is now the last authority.
                    here.retain(|a| a.work != w);
                    here.push(Authority {
                        work: w,
                        pin: c.pin.clone(),
                    });
                    last_any = Some((w, key.clone()));
                }
            }
            out.push(c);
        }
        note_auth.insert(key.clone(), here);
        prev_key = Some(key.clone());
    }
}

/// A case or a statute cited in full ("Gonzales v. Oregon, 546 U.S. 243, 258 (2006)", "47
/// U.S.C. § 201"), or a case's short form ("Gonzales, 546 U.S., at 262"): a volume, a
/// reporter and a page.
static LEGAL_CITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z][\w.'’&-]*(?:\s+(?:\([A-Z][\w.'’&-]*\)|[A-Z][\w.'’&-]*|of|the|and|for|de|&))*\s+v\s+[^;\[\]]{1,120}?\s+\[(?:1[5-9]|20)[0-9]{2}\]\s+(?:[0-9]{1,3}\s+)?[A-Z][A-Za-z]{0,10}(?:\s+(?:Civ|Crim|Admin|Ch|QB|KB|Fam|Comm|Pat|IPEC|TCC))?\s+[0-9]+|[A-Z][^,;]*?\s+v\.\s+[^;]+?,\s+[0-9]+\s+[A-Z][A-Za-z.0-9 ]{0,20}?\s+[0-9]+|[0-9]+\s+[A-Z][A-Za-z.]{0,10}\s+§+\s*[0-9]+|([A-Z][A-Za-z0-9.'’&-]*(?:\s+[A-Z][A-Za-z0-9.'’&-]*){0,3}),\s+[0-9]+\s+[A-Z][A-Za-z.0-9 ]{0,20}?,?\s+at\s+([0-9]+))").unwrap()
});

/// Whether text may cite a case as English courts do: " v " and a year in brackets.
fn oscola_marked(b: &[u8]) -> bool {
    memchr::memmem::find(b, b" v ").is_some() && memchr::memmem::find(b, b"] ").is_some()
}

static V_DOT: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" v. "));
static AT_PAGE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(", at "));

/// Citation sentences in the running text, as court opinions and briefs write them: "See
/// Gonzales v. Oregon, 546 U.S. 243, 258 (2006).", "Id. at 651.", "Gonzales, 546 U.S., at
/// 262.", a string of them split at `;` ("Id. at 844; see also City of Arlington v. FCC, 569
/// U.S. 290 (2013)."). Each supports the nearest textual sentence before it (as in a
/// footnote, §2.8) and is no claim. Only sentences that are wholly citations count: one that
/// goes on in words ("In Chevron ..., 467 U.S. 837 (1984), the Court held that ...") is a
/// claim, and the cases cited inside it support it.
fn inline_citations(doc: &Document, ws: &mut WorkSet, out: &mut Vec<Citation>) {
    let t = &doc.text;
    let bytes = t.text.as_bytes();
    // Most documents cite no case in their text: a reporter's "v. " or an Id. is needed.
    if memchr::memmem::find(bytes, b" v. ").is_none()
        && memchr::memmem::find(bytes, b"Id.").is_none()
        && memchr::memmem::find(bytes, b" U.S.C. ").is_none()
        && !oscola_marked(bytes)
    {
        return;
    }
    let ctx = Ctx::of(t);
    // The authorities cited so far in the text, the last one last (I6).
    let mut cited: Vec<Authority> = Vec::new();
    let mut claim_at: Option<usize> = None;
    for s in &doc.sentences {
        if t.blocks[s.block].kind != BlockKind::Paragraph {
            continue;
        }
        let sentence = t.text[s.start..s.end].trim();
        let at =
            s.start + (t.text[s.start..s.end].len() - t.text[s.start..s.end].trim_start().len());
        // Most sentences hold none of a citation's marks: passed over before the rules.
        let b = sentence.as_bytes();
        let marked = V_DOT.find(b).is_some()
            || AT_PAGE.find(b).is_some()
            || sentence.contains('§')
            || b.starts_with(b"Id.")
            || b.starts_with(b"See id.")
            || b.starts_with(b"Ibid")
            || sentence.trim_end_matches('.').ends_with(')') && SIGNAL.is_match(sentence)
            || oscola_marked(b);
        if !marked {
            claim_at = Some(at);
            continue;
        }
        let clauses = citation_sentence(sentence);
        if clauses.is_empty() {
            // A claim; the cases it cites in passing support it.
            for (cs, ce, signal) in cases_in_sentence(sentence) {
                let reason = "a case cited inside the sentence it supports";
                let Some(mut c) = full_in_text(&sentence[cs..ce], "in-sentence", reason, ws, &ctx)
                else {
                    continue;
                };
                c.signal = signal;
                c.start = at + cs;
                c.end = at + ce;
                c.anchor = Some(at + cs);
                cite_in_text(&mut cited, c, out);
            }
            claim_at = Some(at);
            continue;
        }
        let mut signal = None;
        for (cs, ce, kind) in clauses {
            let clause = &sentence[cs..ce];
            let (own, rest) = strip_signal(clause);
            // A signal holds for the clauses after it until another (Bluebook R1.2).
            signal = own.or(signal);
            let Some(mut c) = clause_citation(kind, rest, &cited, ws, &ctx) else {
                continue;
            };
            c.signal = signal.clone();
            c.start = at + cs;
            c.end = at + ce;
            c.anchor = claim_at;
            cite_in_text(&mut cited, c, out);
        }
    }
}

/// The citation a clause of a citation sentence in the running text makes: an Id. of the
/// authority cited last, a case's short form by its name among those cited before, or a
/// full citation.
fn clause_citation(
    kind: InlineClause,
    rest: &str,
    cited: &[Authority],
    ws: &mut WorkSet,
    ctx: &Ctx,
) -> Option<Citation> {
    Some(match kind {
        InlineClause::Id => {
            let mut c = Citation::new(None, Form::Id, "inline-id", String::new(), 0, 0, None);
            c.pin = ID
                .captures(rest)
                .and_then(|m| m.get(3))
                .and_then(|m| pin_of(m.as_str()));
            match cited.last() {
                Some(last) => {
                    c.status = Status::Resolved;
                    c.works = vec![last.work];
                    c.pin = c.pin.or_else(|| last.pin.clone());
                    c.reason = "the last authority cited in the text before it".into();
                }
                None => c.reason = "Id. with no authority cited before it".into(),
            }
            c
        }
        InlineClause::Short => {
            let short = LEGAL_CITE.captures(rest)?;
            let name = &short[1];
            let mut c = Citation::new(None, Form::Short, "inline-short", String::new(), 0, 0, None);
            c.pin = short.get(2).and_then(|m| pin_of(m.as_str()));
            let cands: Vec<usize> = cited.iter().map(|a| a.work).collect();
            match best_match(name, &cands, ws) {
                Some(w) => {
                    c.status = Status::Resolved;
                    c.works = vec![w];
                    c.reason = format!("'{name}' names a case cited before it in the text");
                }
                None => c.reason = format!("no case cited before it is named '{name}'"),
            }
            c
        }
        InlineClause::Full => {
            full_in_text(rest, "inline", "a citation sentence in the text", ws, ctx)?
        }
    })
}

/// A case or statute cited in full in the running text, resolved to its work.
fn full_in_text(
    cite: &str,
    rule: &'static str,
    reason: &str,
    ws: &mut WorkSet,
    ctx: &Ctx,
) -> Option<Citation> {
    let w = ws.add(ctx.work(cite)?);
    let mut c = Citation::new(None, Form::Full, rule, String::new(), 0, 0, None);
    c.status = Status::Resolved;
    c.works = vec![w];
    c.pin = full_pin(cite);
    c.reason = reason.into();
    Some(c)
}

/// Adds a running-text citation, and makes what it resolved to the last authority cited.
fn cite_in_text(cited: &mut Vec<Authority>, c: Citation, out: &mut Vec<Citation>) {
    if let (Status::Resolved, Some(&w)) = (c.status, c.works.first()) {
        cited.retain(|a| a.work != w);
        cited.push(Authority {
            work: w,
            pin: c.pin.clone(),
        });
    }
    out.push(c);
}

/// What a clause of a citation sentence in the running text is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum InlineClause {
    Id,
    Short,
    Full,
}

/// The `;` clauses of a sentence that is wholly citations, with what each is; none if a
/// clause is anything else (the sentence is then a claim).
fn citation_sentence(sentence: &str) -> Vec<(usize, usize, InlineClause)> {
    let mut out = Vec::new();
    let mut from = 0;
    let cuts = top_level(sentence, ';');
    for end in cuts.into_iter().chain([sentence.len()]) {
        let piece = &sentence[from..end];
        let lead = piece.len() - piece.trim_start().len();
        let (cs, ce) = (from + lead, from + piece.trim_end().len());
        from = end + 1;
        if cs >= ce {
            continue;
        }
        let clause = &sentence[cs..ce];
        let (_, rest) = strip_signal(clause);
        // "Id. at 651.", "Id. at 5 (emphasis added).": nothing but a parenthetical after it.
        let id = ID
            .find(rest)
            .is_some_and(|m| only_citation_after(&rest[m.end()..]));
        let kind = if id {
            InlineClause::Id
        } else {
            match LEGAL_CITE.captures(rest) {
                Some(c) if only_citation_after(&rest[c.get(0).map_or(0, |m| m.end())..]) => {
                    if c.get(1).is_some() {
                        InlineClause::Short
                    } else {
                        InlineClause::Full
                    }
                }
                _ if titled_work(rest) => InlineClause::Full,
                _ => return Vec::new(),
            }
        };
        out.push((cs, ce, kind));
    }
    out
}

/// The text of `s` outside its parentheses and brackets.
fn outside_brackets(s: &str) -> String {
    let mut depth = 0i32;
    let mut outside = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// A book, report or paper cited by its capitalized title, pin and closing year
/// parenthetical, as opinions cite other works: "The Federalist No. 78, p. 522 (J. Cooke ed.
/// 1961) (A. Hamilton)". Outside the parentheses only capitalized words, numbers,
/// abbreviations and the words of pins stand.
fn titled_work(clause: &str) -> bool {
    let c = clause.trim_end_matches(['.', ' ']);
    if !c.ends_with(')') || !YEAR_PAREN.is_match(c) || !c.starts_with(char::is_uppercase) {
        return false;
    }
    let outside = outside_brackets(c);
    let words: Vec<&str> = outside
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    (1..=20).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || w.contains('.')
                || w.starts_with(['§', '¶'])
                || super::claims::TITLE_SMALL_WORDS.contains(w)
                || CITATION_TAIL_WORDS.contains(w)
        })
}

/// Words that may follow a case's first page within its citation: subsequent history and
/// the connectives of pins ("aff'd", "cert. denied", "rev'd on other grounds").
const CITATION_TAIL_WORDS: &[&str] = &[
    "at",
    "n",
    "nn",
    "and",
    "&",
    "aff'd",
    "aff’d",
    "rev'd",
    "rev’d",
    "cert",
    "denied",
    "granted",
    "dismissed",
    "vacated",
    "remanded",
    "overruled",
    "abrogated",
    "superseded",
    "modified",
    "on",
    "other",
    "grounds",
    "by",
    "in",
    "part",
    "sub",
    "nom",
    "reh'g",
    "reh’g",
    "en",
    "banc",
    "per",
    "curiam",
    "as",
    "recognized",
    "statute",
    "appeal",
];

/// Whether the rest of a clause after a citation's first page is only more of it: pins,
/// parentheticals (the court and year, an explanation) and subsequent history. A word of
/// prose ("..., 842 (1984), the Court held") makes the clause a sentence that cites.
fn only_citation_after(tail: &str) -> bool {
    outside_brackets(tail)
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches(['.', ':']))
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                // A reporter's or court's abbreviation ("U.S", "F.3d", "Cir", "Ct", "App").
                || w.contains('.')
                || w.len() <= 4 && w.starts_with(|c: char| c.is_ascii_uppercase())
                || w.starts_with(['§', '¶', '*'])
                || CITATION_TAIL_WORDS.contains(&w)
        })
}

// The three rules below are compiled on first use, not at start-up (`warm_up`): only a
// document that cites a case in its text needs them, and they were 3% of start-up.

/// A case cited in full inside a sentence: its name ("Gonzales v. Oregon"), volume,
/// reporter and first page, found anywhere. The name is capitalized words (with "of", "the",
/// "and", "ex rel." and the like) before "v.".
static CASE_IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z][\w.'’&-]*(?:,?\s+(?:[A-Z][\w.'’&-]*|of|the|and|for|de|del|ex\s+rel\.|&))*\s+v\.\s+[^;()]{1,120}?,\s+[0-9]+\s+[A-Z][A-Za-z.0-9 ]{0,20}?\s+[0-9]+").unwrap()
});
/// A case cited inside a sentence as English and Commonwealth courts cite (OSCOLA): "Royal
/// Brunei Airlines v Tan [1995] 2 AC 378", "R (Miller) v Secretary of State ... [2017] UKSC 5".
static OSCOLA_IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z][\w.'’&-]*(?:\s+(?:\([A-Z][\w.'’&-]*\)|[A-Z][\w.'’&-]*|of|the|and|for|de|&))*\s+v\s+[^;\[\]]{1,120}?\s+\[(?:1[5-9]|20)[0-9]{2}\]\s+(?:[0-9]{1,3}\s+)?[A-Z][A-Za-z]{0,10}(?:\s+(?:Civ|Crim|Admin|Ch|QB|KB|Fam|Comm|Pat|IPEC|TCC))?\s+[0-9]+").unwrap()
});
/// What such a case goes on with: pins ("at 389", ", 18", "[122]") and the court "(HL)".
static OSCOLA_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:,\s*|\s+at\s+)[0-9]+(?:\s?[-–]\s?[0-9]+)?|\s*\[[0-9]+\](?:\s?[-–]\s?\[[0-9]+\])?|\s*\((?:HL|PC|CA|SC|UKSC|EWCA|QB|Ch|KB)\))*").unwrap()
});
/// What a case cited inside a sentence goes on with: pins, then the court and year.
static CASE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s*(?:at\s+)?[0-9]+(?:\s?[-–]\s?[0-9]+)?)*(?:\s*\([^()]*[0-9]{4}\))?")
        .unwrap()
});
/// A signal right before a case cited inside a sentence: "..., see Gonzales v. Oregon, ...".
static SIGNAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s,(])((?:see,?\s+also|see\s+generally|but\s+see|but\s+cf\.|see|cf\.|accord|contra|compare)(?:,?\s+e\.g\.)?),?\s*$").unwrap()
});
/// Words that open a sentence or a phrase before a case's name, and are not part of it.
const BEFORE_CASE_NAME: &[&str] = &[
    "In",
    "See",
    "Under",
    "As",
    "Compare",
    "Accord",
    "Cf.",
    "But",
    "Also",
    "Following",
    "Citing",
    "Quoting",
    "Unlike",
    "Like",
    "After",
    "Since",
    "Per",
    "Contra",
    "Applying",
    "Thus",
    "Here",
    "Because",
    "While",
    "Although",
    "When",
    "And",
    "Then",
    "Later",
];

/// The cases cited in full inside a sentence that is not wholly a citation: each one's span
/// (name to first page, pins, court and year) and the signal before it.
fn cases_in_sentence(sentence: &str) -> Vec<(usize, usize, Option<String>)> {
    let oscola = oscola_marked(sentence.as_bytes());
    if !sentence.contains(" v. ") && !oscola {
        return Vec::new();
    }
    let mut out = Vec::new();
    let american = CASE_IN_SENTENCE
        .find_iter(sentence)
        .map(|m| (m, &*CASE_TAIL));
    let english = OSCOLA_IN_SENTENCE
        .find_iter(if oscola { sentence } else { "" })
        .map(|m| (m, &*OSCOLA_TAIL));
    for (m, tail) in american.chain(english) {
        let mut start = m.start();
        // "In Chevron ...": the words that open the phrase are not the case's name.
        loop {
            let rest = &sentence[start..m.end()];
            let word = rest.split_whitespace().next().unwrap_or("");
            if !BEFORE_CASE_NAME.contains(&word.trim_end_matches(',')) {
                break;
            }
            start += word.len();
            start += sentence[start..].len() - sentence[start..].trim_start().len();
        }
        let end = m.end() + tail.find(&sentence[m.end()..]).map_or(0, |t| t.end());
        let signal = SIGNAL_BEFORE
            .captures(&sentence[..start])
            .map(|c| signal_name(&c[1]));
        out.push((start, end, signal));
    }
    out
}

/// Citation sentences and `;` clauses of a footnote body, outside brackets and quotes.
/// Only a period ends a citation sentence (titles contain `?`).
fn clauses(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, e) in split_citation_sentences(body) {
        let sent = &body[s..e];
        let mut start = 0;
        let mut parts = Vec::new();
        for i in top_level(sent, ';') {
            parts.push((start, i));
            start = i + 1;
        }
        parts.push((start, sent.len()));
        for (a, z) in parts {
            let piece = &sent[a..z];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.trim_end().len();
            if trail > lead {
                out.push((s + a + lead, s + a + trail));
            }
        }
    }
    // split_str also splits at `?`/`!`: merge pieces that did not end with a period, and an
    // author-date head with its reference.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    // Whether the last piece opened with a quoted title (`"About the IGF".`): a wiki's
    // web citation, whose elements a period each ends ("*Internet Governance Forum*.
    // Retrieved 2 March 2020.").
    let mut web = false;
    for (s, e) in out {
        if let Some(last) = merged.last_mut() {
            let prev = body[last.0..last.1].trim_end();
            let piece = &body[s..e];
            // "Retrieved 5 May 2016.", "Archived from the original on ...": a web source's
            // dates belong to the citation before them.
            let dates = ["Retrieved ", "Accessed ", "Archived "]
                .iter()
                .any(|w| piece.starts_with(w));
            if (web || dates)
                && piece.split_whitespace().count() <= 10
                && SIGNAL.find(piece).is_none()
                && ID.find(piece).is_none()
                && !piece.contains("supra")
                && body[last.1..s].trim().is_empty()
            {
                last.1 = e;
                continue;
            }
            // "Mueller, Milton (2017)." heads the reference that follows it (author-date).
            if (prev.ends_with(['?', '!'])
                || prev.ends_with("?”")
                || prev.ends_with("?\"")
                || (prev.ends_with(')') || prev.ends_with(")."))
                    && crate::extract::works::is_author_date_head(prev))
                && body[last.1..s].trim().is_empty()
            {
                last.1 = e;
                continue;
            }
        }
        web = quoted_title_alone(&body[s..e]);
        merged.push((s, e));
    }
    merged
}

/// A citation sentence that opens with a quoted title and a period: `"About the IGF".
/// Internet Governance Forum.`
fn quoted_title_alone(piece: &str) -> bool {
    let p = piece.trim_start();
    // The period after the quote (`"Title".`) or inside it (`"Title."`).
    past_closing_quote(p).is_some_and(|c| {
        c > 2 && (p[c..].starts_with('.') || p[..c].trim_end_matches(['"', '”']).ends_with('.'))
    })
}

/// Where `p`, opening with a quotation mark, is past the quotation's closing mark.
fn past_closing_quote(p: &str) -> Option<usize> {
    match p.chars().next() {
        Some('"') => p[1..].find('"').map(|i| i + 2),
        Some('“') => p.find('”').map(|i| i + '”'.len_utf8()),
        _ => None,
    }
}

/// Where `sep` stands in `s` outside parentheses, brackets and quotes: the places that part
/// a note's clauses (`;`) or a citation's elements (`,`).
fn top_level(s: &str, sep: char) -> Vec<usize> {
    let mut depth = 0i32;
    let mut in_straight = false;
    let mut out = Vec::new();
    for (i, ch) in s.char_indices() {
        match ch {
            '(' | '[' | '“' => depth += 1,
            ')' | ']' | '”' => depth = (depth - 1).max(0),
            '"' => in_straight = !in_straight,
            c if c == sep && depth == 0 && !in_straight => out.push(i),
            _ => {}
        }
    }
    out
}

fn strip_signal(clause: &str) -> (Option<String>, &str) {
    if let Some(c) = SIGNAL.captures(clause) {
        return (Some(signal_name(&c[1])), &clause[c.get(0).unwrap().end()..]);
    }
    let rest = clause.strip_prefix("and ").unwrap_or(clause);
    (None, rest)
}

/// A signal as written ("See, also", "See, e.g.,") in the form stored ("see also", "see").
fn signal_name(raw: &str) -> String {
    let sig = raw.trim_end_matches(',').to_lowercase();
    let sig = sig.split_whitespace().collect::<Vec<_>>().join(" ");
    sig.replace("see, also", "see also")
        .replace(", e.g.", "")
        .replace(" e.g.", "")
}

fn pin_of(s: &str) -> Option<Pin> {
    let s = s.trim().trim_end_matches(['.', ',']);
    if s.is_empty() {
        return None;
    }
    let body = s.strip_prefix("at ").unwrap_or(s).trim();
    let word = body
        .get(..body.len().min(4))
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let unit = if body.starts_with('¶') || body.starts_with("para") {
        "paragraph"
    } else if body.starts_with('§') || word == "sec." || word == "sect" {
        "section"
    } else if word.starts_with("art") {
        "article"
    } else if body.starts_with("n.") || body.starts_with("nn.") {
        "note"
    } else if body.chars().next().is_some_and(|c| "ivxlc".contains(c)) {
        "roman page"
    } else {
        "page"
    };
    Some(Pin {
        text: s.to_string(),
        unit,
    })
}

#[allow(clippy::too_many_arguments)]
fn classify_clause(
    ctx: &Ctx,
    clause: &str,
    key: &str,
    here: &[Authority],
    prev_key: Option<&str>,
    note_auth: &HashMap<String, Vec<Authority>>,
    aliases: &[(String, usize, String)],
    last_any: &Option<(usize, String)>,
    ws: &mut WorkSet,
) -> Option<Citation> {
    let (signal, rest) = strip_signal(clause);
    let base = |form: Form| Citation {
        signal: signal.clone(),
        ..Citation::new(Some(key.to_string()), form, "", String::new(), 0, 0, None)
    };
    // Id. / Ibid.
    if let Some(c) = ID.captures(rest) {
        {
            let mut cit = base(Form::Id);
            cit.pin = c.get(3).and_then(|m| pin_of(m.as_str()));
            if let Some(last) = here.last() {
                cit.status = Status::Resolved;
                cit.works = vec![last.work];
                cit.pin = cit.pin.or_else(|| last.pin.clone());
                cit.antecedent = Some(key.to_string());
                cit.rule = "I1";
                cit.reason = "the last authority in the same footnote".into();
            } else if let Some(pk) = prev_key {
                let prev = note_auth.get(pk).cloned().unwrap_or_default();
                match prev.len() {
                    1 => {
                        cit.status = Status::Resolved;
                        cit.works = vec![prev[0].work];
                        cit.pin = cit.pin.or_else(|| prev[0].pin.clone());
                        cit.antecedent = Some(pk.to_string());
                        cit.rule = "I2";
                        cit.reason = format!("note {pk} cites exactly one authority");
                    }
                    0 => {
                        // I4: nearest earlier authority, when the previous note is textual.
                        if let Some((w, n)) = last_any {
                            cit.status = Status::Resolved;
                            cit.works = vec![*w];
                            cit.antecedent = Some(n.clone());
                            cit.rule = "I4";
                            cit.reason = format!("note {pk} cites no authority; nearest earlier authority is in note {n}");
                        } else {
                            cit.rule = "I4";
                            cit.reason = "Id. with no earlier authority".into();
                        }
                    }
                    n => {
                        cit.status = Status::Ambiguous;
                        cit.candidates = prev.iter().map(|a| a.work).collect();
                        cit.antecedent = Some(pk.to_string());
                        cit.rule = "I3";
                        cit.reason =
                            format!("note {pk} cites {n} authorities; Id. does not say which");
                    }
                }
            } else {
                cit.rule = "I4";
                cit.reason = "Id. in the first footnote has no antecedent".into();
            }
            // A nested `citing X` in an Id. clause names a second work.
            if let Some(nested) = nested_work(ctx, rest, ws) {
                cit.works.push(nested);
            }
            return Some(cit);
        }
    }
    // Internal cross-reference: supra Part II, infra note 5, supra text accompanying ...
    if CROSS_REF.is_match(rest) {
        return None;
    }
    // Name, supra note N, at P
    if let Some(c) = SUPRA.captures(rest) {
        let name = c[1].trim().trim_end_matches(',').trim().to_string();
        if !name.is_empty() && name.split_whitespace().count() <= 12 {
            let mut cit = base(Form::Supra);
            cit.pin = c.get(4).and_then(|m| pin_of(m.as_str()));
            let lname = name.to_lowercase();
            // "supra note 2", or OSCOLA's "(n 2)".
            if let Some(n) = c.get(2).or(c.get(3)).map(|m| m.as_str().to_string()) {
                let cands = note_auth.get(&n).cloned().unwrap_or_default();
                cit.antecedent = Some(n.clone());
                let by_alias = aliases
                    .iter()
                    .find(|(a, _, note)| *a == lname && *note == n)
                    .map(|x| x.1);
                let chosen = if let Some(w) = by_alias {
                    cit.rule = "S6";
                    cit.reason = format!("alias '{name}' defined in note {n}");
                    Some(w)
                } else if cands.len() == 1 {
                    cit.rule = "S1";
                    cit.reason = format!("note {n} cites one authority");
                    Some(cands[0].work)
                } else if cands.len() > 1 {
                    let best =
                        best_match(&name, &cands.iter().map(|a| a.work).collect::<Vec<_>>(), ws);
                    cit.rule = "S1";
                    match best {
                        Some(w) => {
                            cit.reason = format!("'{name}' matches one of note {n}'s authorities");
                            Some(w)
                        }
                        None => {
                            cit.status = Status::Ambiguous;
                            cit.candidates = cands.iter().map(|a| a.work).collect();
                            cit.reason =
                                format!("'{name}' matches several of note {n}'s authorities");
                            None
                        }
                    }
                } else {
                    // S1 fallback: the alias registry and the author index.
                    let by_any_alias = aliases.iter().find(|(a, _, _)| *a == lname).map(|x| x.1);
                    cit.rule = "S1";
                    match by_any_alias
                        .or_else(|| best_match(&name, &(0..ws.works.len()).collect::<Vec<_>>(), ws))
                    {
                        Some(w) => {
                            cit.reason = format!("note {n} has no authority; '{name}' matched elsewhere (supra_wrong_note)");
                            Some(w)
                        }
                        None => {
                            cit.reason = format!("note {n} has no authority named '{name}'");
                            None
                        }
                    }
                };
                if let Some(w) = chosen {
                    cit.status = Status::Resolved;
                    cit.works = vec![w];
                }
            } else {
                // S5: Name, supra, at P — no note number.
                cit.rule = "S5";
                let by_alias = aliases.iter().find(|(a, _, _)| *a == lname).map(|x| x.1);
                match by_alias
                    .or_else(|| best_match(&name, &(0..ws.works.len()).collect::<Vec<_>>(), ws))
                {
                    Some(w) => {
                        cit.status = Status::Resolved;
                        cit.works = vec![w];
                        cit.reason = format!("'{name}' matches an earlier authority");
                    }
                    None => cit.reason = format!("no earlier authority matches '{name}'"),
                }
            }
            return Some(cit);
        }
    }
    // A bare alias: `Legitimacy at 5`, `Legitimacy, at 5`.
    let lrest = rest.to_lowercase();
    if let Some((alias, w, n)) = aliases.iter().find(|(a, _, _)| {
        lrest.starts_with(a.as_str())
            && lrest[a.len()..]
                .trim_start_matches(',')
                .trim_start()
                .starts_with("at ")
    }) {
        let mut cit = base(Form::Hereinafter);
        cit.status = Status::Resolved;
        cit.works = vec![*w];
        cit.antecedent = Some(n.clone());
        cit.rule = "S6";
        cit.reason = format!("alias '{alias}' defined in note {n}");
        cit.pin = pin_of(lrest[alias.len()..].trim_start_matches(',').trim());
        return Some(cit);
    }
    // A case's short form: "Chevron, 467 U.S. at 844" — a word of its name, and the volume
    // and reporter of the one earlier full citation with them.
    // Every match holds " at ": most clauses are not searched.
    if let Some(c) = rest
        .contains(" at ")
        .then(|| SHORT_CASE.captures(rest))
        .flatten()
    {
        let name = c[1].trim_matches(['*', '_', ' ']).to_lowercase();
        let volume = format!("{} {} ", &c[2], c[3].trim());
        let cands: Vec<usize> = (0..ws.works.len())
            .filter(|&i| {
                let w = &ws.works[i];
                w.raw.contains(&volume) && w.title.to_lowercase().contains(&name)
            })
            .collect();
        if let [w] = cands[..] {
            let mut cit = base(Form::Short);
            cit.status = Status::Resolved;
            cit.works = vec![w];
            cit.pin = pin_of(&format!("at {}", &c[4]));
            cit.rule = "C2";
            cit.reason = format!(
                "short case citation: the one earlier case cited at {}",
                volume.trim()
            );
            return Some(cit);
        }
    }
    // Chicago's short form: "Mueller, *Ruling the Root*, 163.", "DeNardis, Global War,
    // 80–82." — an author's surname, the title shortened, a pin.
    if !is_authority(rest) {
        if let Some((w, pin)) = short_title(rest, ws) {
            let mut cit = base(Form::Short);
            cit.status = Status::Resolved;
            cit.works = vec![w];
            cit.pin = pin;
            cit.rule = "C1";
            cit.reason = "the one earlier work by that author whose title has those words".into();
            return Some(cit);
        }
    }
    // Full or unknown authority, possibly after a textual lead-in ("..., see generally X").
    let (full_signal, cite_text) = match MID_SIGNAL.captures(rest) {
        Some(c) if !is_authority(&rest[..c.get(0).unwrap().start()]) => {
            let m = c.get(1).unwrap();
            (
                Some(m.as_str().trim_end_matches(',').to_lowercase()),
                &rest[m.end()..],
            )
        }
        _ => (signal.clone(), rest),
    };
    if is_authority(cite_text) || is_unknown_authority(cite_text) {
        let (main, nested) = split_nested(cite_text);
        let w = ctx.work(main).map(|wk| ws.add(wk));
        let mut cit = base(Form::Full);
        cit.signal = full_signal;
        if let Some(w) = w {
            cit.status = Status::Resolved;
            cit.works.push(w);
            cit.pin = full_pin(main).or_else(|| {
                // "U.N. Charter art. 10": the article after the instrument's name.
                let (_, article) = works::article_citation(main)?;
                // A parenthetical after it is no part of it ("art. 19(2)" is a paragraph).
                let pin = main[article..].split(',').next()?;
                let pin = pin.split(" (").next().unwrap_or(pin);
                pin_of(pin.trim_end().trim_end_matches(['.', ';']))
            });
            cit.rule = "full";
            cit.reason = "full citation".into();
            if let Some(n) = nested.and_then(|n| ctx.work(n)) {
                let nw = ws.add(n);
                if nw != w {
                    cit.works.push(nw);
                }
            }
            return Some(cit);
        }
    }
    None
}

/// The pinpoint of a full citation: its last element before the closing parentheticals,
/// where that is a pin ("..., ¶ 72 (Nov. 18, 2005).", "..., art. 5.", "..., at 12") or the
/// page after a first page ("82 AM. J. INT'L L. 705, 706 (1988)").
fn full_pin(cite: &str) -> Option<Pin> {
    // An English case's pin follows its report: "[1995] 2 AC 378 at 389", "[1998] Ch 1, 18".
    let oscola = || {
        oscola_marked(cite.as_bytes())
            .then(|| OSCOLA_IN_SENTENCE.find(cite))
            .flatten()
    };
    if let Some(m) = oscola().filter(|m| m.start() == 0) {
        let tail = cite[m.end()..]
            .trim()
            .trim_end_matches(['.', ';'])
            .trim_start_matches(',')
            .trim();
        // Past the court ("[1968] AC 997 (HL) 1030").
        let tail = match tail.strip_prefix('(').and_then(|r| r.split_once(')')) {
            Some((_, rest)) => rest.trim_start().trim_start_matches(',').trim_start(),
            None => tail,
        };
        let tail = tail.strip_prefix("at ").unwrap_or(tail);
        let page = tail.split([' ', ',', '(']).next().unwrap_or("");
        if !page.is_empty() && page.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return pin_of(page);
        }
    }
    let mut s = cite.trim().trim_end_matches(['.', ',', ';']).trim_end();
    // Closing parentheticals and a "[hereinafter Sunstein, Canons]" are no pin.
    while let Some(open) = s
        .strip_suffix(')')
        .and_then(|b| b.rfind('('))
        .or_else(|| s.strip_suffix(']').and_then(|b| b.rfind('[')))
    {
        s = s[..open].trim_end().trim_end_matches(',').trim_end();
    }
    let cuts = top_level(s, ',');
    let &last_cut = cuts.last()?;
    let last = s[last_cut + 1..].trim();
    // The element before it: the source's volume, name and first page ("110 AM. J. INT'L L
    // 491"), not a date ("Jan. 1, 1990").
    let prev_cut = cuts.len().checked_sub(2).map_or(0, |k| cuts[k] + 1);
    let before = s[prev_cut..last_cut].trim();
    let numeric = |x: &str| {
        !x.is_empty()
            && x.split(['-', '–'])
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let explicit = PIN_START.is_match(last);
    // "81 Fed. Reg. 31,000": a comma that groups thousands, with no blank after it, is the
    // page's own.
    let thousands = last.len() == 3
        && s.as_bytes()
            .get(last_cut + 1)
            .is_some_and(u8::is_ascii_digit)
        && before
            .rsplit(' ')
            .next()
            .is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
    if thousands {
        return None;
    }
    let page_after_first = numeric(last)
        && before.starts_with(|c: char| c.is_ascii_digit())
        && before.contains(' ')
        && before
            .rsplit(' ')
            .next()
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    // Chicago's notes: the page after the publication's parenthetical ("Ruling the Root
    // (Cambridge, MA: MIT Press, 2002), 45").
    let page_after_facts = numeric(last)
        && before.ends_with(')')
        && before
            .rfind('(')
            .is_some_and(|o| YEAR_PAREN.is_match(&before[o..]));
    (explicit || page_after_first || page_after_facts)
        .then(|| pin_of(last))
        .flatten()
}

/// A clause that names an authority: identifier, URL, year in a closing parenthetical,
/// a volume–reporter–page triple, or a law report or neutral citation with its year in
/// square brackets ("[2017] UKSC 5", "[1968] AC 997": OSCOLA and the Commonwealth's styles).
fn is_authority(s: &str) -> bool {
    works::has_identifier(s)
        || RETRIEVED.is_match(s)
        || YEAR_PAREN.is_match(s)
        || VOLUME_REPORTER.is_match(s) && s.contains(',')
        || s.contains('[') && works::LAW_REPORT.is_match(s)
        || works::article_citation(s).is_some()
}

fn is_unknown_authority(s: &str) -> bool {
    s.split_whitespace().count() <= 12 && UNKNOWN_AUTH.is_match(s)
}

/// Splits `X (citing Y)` or `X, citing Y` into X and Y.
fn split_nested(s: &str) -> (&str, Option<&str>) {
    match NESTED.find(s) {
        Some(m) if m.start() > 0 => {
            let nested = s[m.end()..].trim_end_matches([')', '.']);
            (&s[..m.start()], Some(nested))
        }
        _ => (s, None),
    }
}

fn nested_work(ctx: &Ctx, s: &str, ws: &mut WorkSet) -> Option<usize> {
    let m = NESTED.find(s)?;
    let nested = s[m.end()..].trim_end_matches([')', '.']);
    if !is_authority(nested) {
        return None;
    }
    ctx.work(nested).map(|w| ws.add(w))
}

/// The unique work whose authors, title or aliases share the most tokens with `name`.
/// A short form "Surname, Short Title[, pin]": the one work cited before whose authors
/// include that surname and whose title holds the short title's words, and the pin.
fn short_title(clause: &str, ws: &WorkSet) -> Option<(usize, Option<Pin>)> {
    let s = clause.trim().trim_end_matches(['.', ';']);
    let cuts = top_level(s, ',');
    if cuts.is_empty() || cuts.len() > 2 {
        return None;
    }
    let name = s[..cuts[0]].trim();
    let title_end = cuts.get(1).copied().unwrap_or(s.len());
    let mut title = s[cuts[0] + 1..title_end].trim();
    let mut pin = cuts.get(1).map(|&c| s[c + 1..].trim());
    // A quoted short title keeps its comma inside the quotes (`Froomkin, "Wrong Turn in
    // Cyberspace," 52`): the pin follows the closing quote.
    if pin.is_none() {
        if let Some(end) = past_closing_quote(title) {
            pin = Some(title[end..].trim()).filter(|p| !p.is_empty());
            title = title[..end]
                .trim_end_matches(['"', '”'])
                .trim_end_matches(',');
        }
    }
    let title = title.trim_matches(['"', '“', '”', '*', '_']);
    // One to three capitalized words, no digits: a surname ("Mueller", "van Eeten").
    let words: Vec<&str> = name.split_whitespace().collect();
    let surname_shaped = (1..=3).contains(&words.len())
        && words.last()?.starts_with(|c: char| c.is_uppercase())
        && !name.contains(|c: char| c.is_ascii_digit());
    let title_words = works::tokens(title);
    if !surname_shaped || title_words.is_empty() || title.split_whitespace().count() > 12 {
        return None;
    }
    // The pin is a page or a range ("163", "80–82", "at 5"), or absent.
    let pin = match pin {
        Some(p) => Some(pin_of(p)?),
        None => None,
    };
    let surname = words.last()?.to_lowercase();
    let mut found = ws.works.iter().enumerate().filter(|(_, w)| {
        w.authors.iter().any(|a| {
            a.rsplit(' ')
                .next()
                .is_some_and(|l| l.to_lowercase() == surname)
        }) && {
            let t = works::tokens(&w.title);
            title_words.iter().all(|x| t.contains(x))
        }
    });
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Some((i, pin)),
        _ => None,
    }
}

fn best_match(name: &str, cands: &[usize], ws: &WorkSet) -> Option<usize> {
    let toks = works::tokens(name);
    if toks.is_empty() {
        return None;
    }
    let mut scored: Vec<(usize, usize)> = cands
        .iter()
        .map(|&w| {
            let wk = &ws.works[w];
            let mut hay = works::tokens(&wk.title);
            for a in wk.authors.iter().chain(&wk.aliases) {
                hay.extend(works::tokens(a));
            }
            (toks.iter().filter(|t| hay.contains(t)).count(), w)
        })
        .filter(|(s, _)| *s > 0)
        .collect();
    scored.sort_by_key(|b| std::cmp::Reverse(b.0));
    match scored.as_slice() {
        [] => None,
        [(_, w)] => Some(*w),
        [(a, w), (b, _), ..] if a > b => Some(*w),
        _ => None,
    }
}

/// `[1]`, `[RFC2026]`, `{{?RFC2418}}` pointers in the body, resolved to reference entries.
fn pointers(doc: &Document, ws: &mut WorkSet, out: &mut Vec<Citation>) {
    let t = &doc.text;
    let mut entries: HashMap<String, usize> = HashMap::default();
    for (i, b) in t.blocks.iter().enumerate() {
        if b.kind == BlockKind::Reference {
            if let Some(k) = &b.key {
                entries.entry(norm_label(k)).or_insert(i);
            }
        }
    }
    let mut entry_work: HashMap<usize, Option<usize>> = HashMap::default();
    // "[4]–[6]": the pointers a dash between two numbered pointers spans ([5]) are cited too.
    let mut pointed: Vec<(String, usize, usize, bool)> = Vec::new();
    let mut prev: Option<(u32, usize)> = None;
    for inl in &t.inlines {
        let (label, kramdown) = match &inl.kind {
            InlineKind::Pointer(l) => (l, false),
            InlineKind::Kramdown(l) => (l, true),
            _ => continue,
        };
        let n: Option<u32> = label.parse().ok().filter(|_| !kramdown);
        if let (Some(n), Some((p, end))) = (n, prev) {
            let between = t.text.get(end..inl.start).unwrap_or("").trim();
            if n > p + 1 && n - p <= 50 && matches!(between, "-" | "–" | "—") {
                for k in p + 1..n {
                    pointed.push((k.to_string(), inl.start, inl.end, false));
                }
            }
        }
        prev = n.map(|n| (n, inl.end));
        pointed.push((label.clone(), inl.start, inl.end, kramdown));
    }
    // Built at the first entry parsed: most documents have no reference list.
    let ctx = std::cell::OnceCell::new();
    for (label, start, end, is_kramdown) in &pointed {
        let (label, is_kramdown) = (label, *is_kramdown);
        let inl_start = *start;
        let inl_end = *end;
        let Some(bi) = block_at(&t.blocks, inl_start) else {
            continue;
        };
        if !matches!(t.blocks[bi].kind, BlockKind::Paragraph | BlockKind::Heading) {
            continue;
        }
        // A bracketed number without any reference list is most likely not a pointer
        // (a list index, an array subscript); a named pointer still is.
        let numeric = label.chars().all(|c| c.is_ascii_digit());
        let entry = entries.get(&norm_label(label)).copied();
        if numeric && entry.is_none() && entries.is_empty() {
            continue;
        }
        // "[5, pp. 45–47]": the place in the entry after the number.
        let place = t
            .text
            .get(inl_start + 1..inl_end.saturating_sub(1))
            .and_then(|inner| inner.split_once(','))
            .map(|(_, p)| p.trim())
            .filter(|p| !p.starts_with(|c: char| c.is_ascii_digit()))
            .and_then(pin_of);
        let mut cit = Citation::new(
            Some(label.clone()),
            Form::Reference,
            "R",
            String::new(),
            inl_start,
            inl_end,
            Some(inl_start),
        );
        cit.pin = place;
        match entry {
            Some(ei) => {
                // "[2] Ibid 1032.": numbered endnotes, not a reference list; the entry names
                // the work of the entry before it (and so on, past other Ibids).
                let mut ei = ei;
                let mut at = label.clone();
                let mut ibid = None;
                while let Some(c) = ID.captures(t.block_text(&t.blocks[ei])) {
                    let Some(n) = at.parse::<u32>().ok().filter(|&n| n > 1) else {
                        break;
                    };
                    let Some(&p) = entries.get(&norm_label(&(n - 1).to_string())) else {
                        break;
                    };
                    if ibid.is_none() {
                        ibid = Some(c.get(3).and_then(|m| pin_of(m.as_str())));
                    }
                    at = (n - 1).to_string();
                    ei = p;
                }
                let w = *entry_work.entry(ei).or_insert_with(|| {
                    let b = &t.blocks[ei];
                    let body = &t.text[b.start..b.end];
                    let ctx = ctx.get_or_init(|| Ctx::of(t));
                    works::parse_reference_entry(body, &ctx.rel(body)).map(|w| ws.add(w))
                });
                if let Some(pin) = ibid {
                    cit.form = Form::Id;
                    cit.pin = pin;
                    cit.antecedent = Some(at.clone());
                }
                match w {
                    Some(w) => {
                        cit.status = Status::Resolved;
                        cit.works = vec![w];
                        cit.reason = if cit.antecedent.is_some() {
                            format!("reference entry [{label}] is an Ibid of entry [{at}]")
                        } else {
                            format!("reference entry [{label}]")
                        };
                    }
                    None => cit.reason = format!("reference entry [{label}] is empty"),
                }
            }
            None => match works::standard_number(label) {
                Some(id) => {
                    let w = ws.add(works::Work::numbered(&id));
                    cit.status = Status::Resolved;
                    cit.works = vec![w];
                    cit.reason = format!("{id} names its work by a standard number");
                }
                None => {
                    cit.reason = if is_kramdown {
                        format!("{{{{{label}}}}} has no reference entry in the document")
                    } else {
                        format!("[{label}] has no reference entry in the document")
                    }
                }
            },
        }
        out.push(cit);
    }
}

/// A parenthetical that may hold author-date citations: "(Ostrom 1990, p. 12; Hooghe and
/// Marks 2003)".
static PARENTHETICAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]{6,300})\)").unwrap());
/// One author-date citation inside a parenthetical, after any signal: the names, the year,
/// and a pin.
static AUTHOR_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<s>see(?:\s+also)?|e\.g\.,?|cf\.|but\s+see)\s+)?(?P<n>[A-Z][\w'’-]+(?:(?:,\s+|\s+(?:and|&)\s+|,\s+(?:and|&)\s+)[A-Z][\w'’-]+)*(?:\s+et\s+al\.?)?),?\s+(?P<y>(?:1[6-9]|20)\d\d[a-z]?)(?:,\s*(?P<pin>(?:pp?\.|at|ch\.|§)\s*[\w–-]+)|:\s*(?P<page>\d+(?:\s?[–-]\s?\d+)?))?$").unwrap()
});
/// A narrative author-date citation: "Ostrom (1990, p. 12) argues".
static NARRATIVE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<n>[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?)\s+\((?P<y>(?:1[6-9]|20)\d\d[a-z]?)(?:,\s*(?P<pin>(?:pp?\.|at|ch\.|§)\s*[\w–-]+)|:\s*(?P<page>\d+(?:\s?[–-]\s?\d+)?))?\)").unwrap()
});

/// Author-date citations in the body ("(Ostrom 1990)", "Ostrom (1990) argues"), resolved to
/// the entry of the reference list with that first author's surname and year. Looked for
/// only in documents whose reference list has author-date entries: elsewhere a name and a
/// year in parentheses are something else ("the Bush (1990) address").
fn author_dates(doc: &Document, ws: &mut WorkSet, out: &mut Vec<Citation>) {
    let t = &doc.text;
    let mut entries: HashMap<(String, String), Vec<usize>> = HashMap::default();
    for b in t.blocks.iter().filter(|b| b.kind == BlockKind::Reference) {
        if let Some((w, surname, year)) = works::parse_author_date_entry(&t.text[b.start..b.end]) {
            let w = ws.add(w);
            let e = entries.entry((surname, year)).or_default();
            if !e.contains(&w) {
                e.push(w);
            }
        }
    }
    if entries.is_empty() {
        return;
    }
    let mut cite =
        |signal: Option<&str>, n: &str, y: &str, pin: Option<&str>, start: usize, end: usize| {
            let surname = n
                .split(|c: char| c == ',' || c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_lowercase();
            let label = format!("{n} {y}");
            let mut cit = Citation::new(
                Some(label.clone()),
                Form::Reference,
                "AD",
                String::new(),
                start,
                end,
                Some(start),
            );
            cit.pin = pin.and_then(pin_of);
            cit.signal = signal.map(|s| s.trim_end_matches(',').to_lowercase());
            match entries.get(&(surname, y.to_string())).map(Vec::as_slice) {
                Some([w]) => {
                    cit.status = Status::Resolved;
                    cit.works = vec![*w];
                    cit.reason = format!("author-date entry for {label}");
                }
                Some(ws) => {
                    cit.status = Status::Ambiguous;
                    cit.candidates = ws.to_vec();
                    cit.reason = format!("several author-date entries for {label}");
                }
                None => cit.reason = format!("({label}) has no entry in the reference list"),
            }
            out.push(cit);
        };
    for b in t.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
        let text = &t.text[b.start..b.end];
        for p in PARENTHETICAL.captures_iter(text) {
            let inner = p.get(1).unwrap();
            let mut at = inner.start();
            for part in inner.as_str().split(';') {
                let lead = part.len() - part.trim_start().len();
                if let Some(c) = AUTHOR_YEAR.captures(part.trim()) {
                    let (s, e) = (b.start + at + lead, b.start + at + lead + part.trim().len());
                    let signal = c.name("s").map(|m| m.as_str());
                    cite(
                        signal,
                        &c["n"],
                        &c["y"],
                        c.name("pin").or(c.name("page")).map(|m| m.as_str()),
                        s,
                        e,
                    );
                }
                at += part.len() + 1;
            }
        }
        for c in NARRATIVE_YEAR.captures_iter(text) {
            let m = c.get(0).unwrap();
            let pin = c.name("pin").or(c.name("page")).map(|m| m.as_str());
            cite(
                None,
                &c["n"],
                &c["y"],
                pin,
                b.start + m.start(),
                b.start + m.end(),
            );
        }
    }
}

fn norm_label(l: &str) -> String {
    l.chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

/// Inline links and bare URLs in body text.
fn links(doc: &Document, ws: &mut WorkSet, out: &mut Vec<Citation>) {
    let t = &doc.text;
    for inl in &t.inlines {
        let url = match &inl.kind {
            InlineKind::Link(u) | InlineKind::Url(u) => u,
            _ => continue,
        };
        let Some(bi) = block_at(&t.blocks, inl.start) else {
            continue;
        };
        if t.blocks[bi].kind != BlockKind::Paragraph {
            continue;
        }
        let url = trim_url(url);
        let Some(anchor_text) = t.text.get(inl.start..inl.end) else {
            continue;
        };
        let w = ws.add(works::Work::from_url(url, anchor_text));
        out.push(
            Citation::new(
                None,
                Form::Link,
                "L",
                "inline link".into(),
                inl.start,
                inl.end,
                Some(inl.start),
            )
            .resolved(w),
        );
    }
}

static STANDARD_WORDS: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
    LazyLock::new(|| ["RFC", "BCP", "STD"].map(memchr::memmem::Finder::new));

/// Standards named by number in the running text ("responsible for the IANA relationship
/// under RFC 2860", "RFC 2026 says nothing about registries"): each cites that standard, the
/// work its reference entries and links name, in support of its sentence. A pointer in
/// brackets ("[RFC2026]", "{{RFC2418}}") is the pointers' own; a reference entry cites
/// nothing.
fn standards_in_text(doc: &Document, ws: &mut WorkSet, out: &mut Vec<Citation>) {
    let t = &doc.text;
    let b = t.text.as_bytes();
    if STANDARD_WORDS.iter().all(|f| f.find(b).is_none()) {
        return;
    }
    // Where citations already stand: a standard a pointer or link there names is cited.
    let taken: Vec<(usize, usize)> = out.iter().map(|c| (c.start, c.end)).collect();
    for s in &doc.sentences {
        let block = &t.blocks[s.block];
        if block.kind != BlockKind::Paragraph || t.text[block.start..block.end].starts_with('[') {
            continue;
        }
        let text = &t.text[s.start..s.end];
        // Most sentences name none: three byte searches before the rule.
        let tb = text.as_bytes();
        if STANDARD_WORDS.iter().all(|f| f.find(tb).is_none()) {
            continue;
        }
        let mut seen: Vec<String> = Vec::new();
        for (a, z, id) in works::standard_mentions(text) {
            let (a, z) = (s.start + a, s.start + z);
            let bracketed = a > 0 && matches!(b[a - 1], b'[' | b'{' | b'!' | b'?');
            if bracketed || taken.iter().any(|&(ts, te)| ts <= a && z <= te) || seen.contains(&id) {
                continue;
            }
            seen.push(id.clone());
            let w = ws.add(works::Work::numbered(&id));
            out.push(
                Citation::new(
                    None,
                    Form::Reference,
                    "standard-in-text",
                    format!("{id} named in the text"),
                    a,
                    z,
                    Some(s.start),
                )
                .resolved(w),
            );
        }
    }
}

/// A web source's access date: "Retrieved 2 March 2020", "accessed March 3, 2024".
static RETRIEVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:retrieved|accessed)(?:\s+on)?\s+(?:\d{1,2}\s+[a-z]+\.?\s+\d{4}|[a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d)").unwrap()
});

static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Aa]ccording\s+to|[Aa]s\s+(?:reported|noted|described|documented|stated)\s+(?:by|in))\s+(?:data\s+from\s+|the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|de|on))*)").unwrap()
});
/// "described in X as …", with what X describes in group 2: taken by `described_in`, which
/// keeps group 2 to 41 characters.
static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:described|defined|characteri[sz]ed|referred\s+to|set\s+out|stated)\s+in\s+(?:the\s+)?((?:[A-Z][\w&.-]*\s?)+?)(?:['’]s)?\s+([a-z][\w ]*?)\s+as(?-u:\b)").unwrap()
});

/// The matches of DESCRIBED as written with `[\w ]{0,40}?` in place of `[\w ]*?`: written
/// so, the rule compiled 40 copies of Unicode's `\w` (72 M instructions, 15% of start-up
/// as it was). At a start, group 1 runs through the capitalized words and group 2 to the
/// first " as" after them, so the bounded rule matches there exactly when group 2 is short
/// enough; otherwise the search goes on from the next character, as the bounded rule's does.
fn described_in(text: &str) -> Vec<regex::Captures<'_>> {
    let mut out = Vec::new();
    // Nearly no sentence has one: the plain test costs half what the groups cost.
    if !DESCRIBED.is_match(text) {
        return out;
    }
    let mut at = 0;
    while let Some(c) = DESCRIBED.captures_at(text, at) {
        let whole = c.get(0).unwrap();
        if c[2].chars().count() <= 41 {
            at = whole.end();
            out.push(c);
        } else {
            at = whole.start()
                + text[whole.start()..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
        }
    }
    out
}
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:[A-Z][\w&.'’-]+\s?){1,5}?)\s+(reported|reports|found|finds|documented|estimated|estimates|concluded|announced|published)(?-u:\b)").unwrap()
});
static VAGUE_SOURCE: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        r"(?i)(?-u:\b)(?:our|their|his|her|its|the|an?)\s+(?:previous|earlier|prior|last|recent|former)\s+(?:response|submission|report|paper|comments?|inputs?|statement|letter|study|publication|analysis|contribution)s?(?-u:\b)",
    )
});
/// Which attribution rules a sentence may match, by the words each rule's matches hold,
/// each list searched once in the whole document instead of a search per rule and sentence:
/// the words of "according to X", "X reported" and "described in X as" in the text as
/// written (their rules write them so, "According" aside), those of a vague source in the
/// lowercased text (its rule reads that). A sentence that no match of a rule's list overlaps
/// holds none of its words (a word passed over by the search lies inside a match it found),
/// and is not searched with the rule; the lists' own searches fire rarely, where the rules'
/// prefilters fire on "as" and capitals.
const BY_ACCORDING: u8 = 1;
const BY_REPORTED: u8 = 2;
const BY_DESCRIBED: u8 = 4;
const BY_VAGUE: u8 = 8;
/// Each rule's words, the rule, and whether they are searched in the lowercased text.
static ATTRIBUTION_WORDS: LazyLock<[(Regex, u8, bool); 4]> = LazyLock::new(|| {
    [
        ("ccording|reported|noted|described|documented|stated", BY_ACCORDING, false),
        (
            "reported|reports|found|finds|documented|estimated|estimates|concluded|announced|published",
            BY_REPORTED,
            false,
        ),
        ("described|defined|characteri|referred|set|stated", BY_DESCRIBED, false),
        ("previous|earlier|prior|last|recent|former", BY_VAGUE, true),
    ]
    .map(|(words, rule, lower)| (Regex::new(words).unwrap(), rule, lower))
});

/// The matches of each list of ATTRIBUTION_WORDS in `text` or in `lower` (its ASCII
/// lowercasing, with the same offsets), sorted by start: the start, the end and the rule.
fn attribution_words(text: &str, lower: &str) -> Vec<(usize, usize, u8)> {
    let mut at: Vec<(usize, usize, u8)> = ATTRIBUTION_WORDS
        .iter()
        .flat_map(|(words, rule, low)| {
            words
                .find_iter(if *low { lower } else { text })
                .map(|m| (m.start(), m.end(), *rule))
        })
        .collect();
    at.sort_unstable();
    at
}

/// The rules with a match of their words overlapping `span`, of those `attribution_words`
/// found (no word is longer than 16 bytes, so a match overlapping the span starts at most
/// 16 bytes before it).
fn rules_within(words: &[(usize, usize, u8)], span: std::ops::Range<usize>) -> u8 {
    let first = words.partition_point(|w| w.0 + 16 < span.start);
    words[first..]
        .iter()
        .take_while(|w| w.0 < span.end)
        .filter(|w| w.1 > span.start)
        .fold(0, |m, w| m | w.2)
}

const NOT_SOURCES: &[&str] = &[
    "It", "This", "That", "The", "They", "We", "He", "She", "Then", "Later", "Recent", "A", "An",
    "Our", "I", "There", "These", "Those", "Some", "Many", "Most", "Each", "Such", "When", "If",
    "But", "And", "Yet", "Also",
];

/// In-text attributions (§2.10): "according to X", "described in X's bylaws as", "X reported".
fn attributions(doc: &Document, ws: &mut WorkSet, out: &mut Vec<Citation>) {
    let t = &doc.text;
    // ASCII lowercasing keeps every byte offset: a sentence's span of `lower` is the
    // sentence lowercased.
    let lower = t.text.to_ascii_lowercase();
    let words = attribution_words(&t.text, &lower);
    for s in &doc.sentences {
        if t.blocks[s.block].kind != BlockKind::Paragraph {
            continue;
        }
        let rules = rules_within(&words, s.start..s.end);
        if rules == 0 {
            continue;
        }
        let text = &t.text[s.start..s.end];
        let mut found: Vec<(usize, usize, String, Option<String>)> = Vec::new();
        let according = (rules & BY_ACCORDING != 0).then(|| ACCORDING.captures_iter(text));
        for c in according.into_iter().flatten() {
            let name = clean_source(&c[1]);
            if !name.is_empty() {
                let g = c.get(0).unwrap();
                found.push((g.start(), g.end(), name, None));
            }
        }
        let described = if rules & BY_DESCRIBED != 0 {
            described_in(text)
        } else {
            Vec::new()
        };
        for c in described {
            let issuer = clean_source(&c[1]);
            if !issuer.is_empty() {
                let g = c.get(0).unwrap();
                let what = c[2].trim().to_string();
                found.push((g.start(), g.end(), format!("{issuer} {what}"), Some(issuer)));
            }
        }
        let reported = (rules & BY_REPORTED != 0).then(|| REPORTED.captures_iter(text));
        for c in reported.into_iter().flatten() {
            let name = clean_source(&c[1]);
            if name.is_empty() || NOT_SOURCES.contains(&name.as_str()) {
                continue;
            }
            let g = c.get(0).unwrap();
            found.push((g.start(), g.end(), name, None));
        }
        // "our previous response": a source pointed at without title, date, link or entry.
        let vague = if rules & BY_VAGUE != 0 {
            VAGUE_SOURCE.find_iter(&lower[s.start..s.end]).collect()
        } else {
            Vec::new()
        };
        for m in vague {
            let reason = format!(
                "'{}' names a source without title, date, link or reference entry",
                &text[m.clone()]
            );
            out.push(Citation::new(
                None,
                Form::Attribution,
                "A",
                reason,
                s.start + m.start,
                s.start + m.end,
                Some(s.start + m.start),
            ));
        }
        for (a, z, title, issuer) in found {
            // "According to Ostrom (1990), ...": a narrative citation, which points at its
            // reference entry (`author_dates`); the name alone is no second source.
            let after = text[z..].trim_start();
            if after.starts_with('(')
                && after[1..]
                    .get(..4)
                    .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
            {
                continue;
            }
            let w = ws.add(works::Work::attributed(&title, issuer.as_deref()));
            out.push(
                Citation::new(
                    None,
                    Form::Attribution,
                    "A",
                    format!("in-text attribution to {title}"),
                    s.start + a,
                    s.start + z,
                    Some(s.start + a),
                )
                .resolved(w),
            );
        }
    }
}

/// Trims sentence-initial adverbs and trailing function words off a source name.
fn clean_source(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while words
        .first()
        .is_some_and(|w| NOT_SOURCES.contains(w) && words.len() > 1)
    {
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|w| ["of", "for", "and", "de", "on", "the"].contains(w))
    {
        words.pop();
    }
    words.join(" ").trim_end_matches(['.', ',']).to_string()
}

static SOURCES_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:summary\s+of\s+)?(?:references|sources|resources(?:\s+used)?|bibliography|works\s+cited|further\s+reading|citations)\s*:?$").unwrap()
});

/// A line announcing sources followed by nothing that names one (§ empty source lists).
fn empty_source_lists(doc: &Document, out: &mut Vec<Citation>) {
    let t = &doc.text;
    for (i, b) in t.blocks.iter().enumerate() {
        let s = t.block_text(b).trim();
        if !SOURCES_HEADING.is_match(s) {
            continue;
        }
        // "Our policy was informed by experiences in other communities:": a lead-in to the
        // list is passed over (the list after it holds the entries).
        let lead_in = t
            .blocks
            .get(i + 1)
            .is_some_and(|n| t.block_text(n).trim_end().ends_with(':'));
        let next = t.blocks.get(i + 1 + usize::from(lead_in));
        let has_entries = next.is_some_and(|n| {
            let txt = t.block_text(n);
            // Notes' bodies under the heading are its entries (a wiki's "References").
            matches!(n.kind, BlockKind::Reference | BlockKind::Note)
                || t.inlines.iter().any(|il| {
                    il.start >= n.start
                        && il.end <= n.end
                        && matches!(il.kind, InlineKind::Url(_) | InlineKind::Link(_))
                })
                || YEAR_PAREN.is_match(txt)
                || works::has_identifier(txt)
        });
        if !has_entries {
            out.push(Citation::new(
                Some(s.trim_end_matches(':').to_string()),
                Form::Reference,
                "E",
                format!("'{s}' announces sources but none follow"),
                b.start,
                b.end,
                None,
            ));
        }
    }
}

warm_up_fn!(warm_up: SIGNAL, LEGAL_CITE, V_DOT, AT_PAGE, PIN_START, MID_SIGNAL, ID, SHORT_CASE, SUPRA, CROSS_REF, HEREINAFTER, YEAR_PAREN, VOLUME_REPORTER, UNKNOWN_AUTH, NESTED, ACCORDING, DESCRIBED, REPORTED, VAGUE_SOURCE, ATTRIBUTION_WORDS, SOURCES_HEADING, RETRIEVED);

#[cfg(test)]
mod tests {
    /// A wiki's web citation is one clause; a note's citation sentences otherwise stay
    /// apart.
    #[test]
    fn web_citations_are_one_clause() {
        let b = "\"About the IGF\". Internet Governance Forum. Retrieved 2 March 2020.";
        assert_eq!(clauses(b), [(0, b.len())]);
        assert!(is_authority(b));
        let b = "\"A Title\". Site. See Roe, Names (2010).";
        assert_eq!(clauses(b).len(), 2);
        assert!(!quoted_title_alone("Roe, \"A Title\". Site."));
    }
    /// A work cited by capitalized title, pin and year, as opinions cite books; a sentence
    /// of words with a year in brackets is none.
    #[test]
    fn titled_works() {
        assert!(titled_work(
            "The Federalist No. 78, p. 522 (J. Cooke ed. 1961) (A. Hamilton)."
        ));
        assert!(titled_work("Restatement (Second) of Torts § 402A (1965)"));
        assert!(!titled_work("The Court decided the case (1803)."));
        assert!(!titled_work("The Federalist No. 78, p. 522."));
    }

    use super::*;

    #[test]
    fn legal_citations_in_the_text_are_told_from_sentences() {
        for cite in [
            "Gonzales v. Oregon, 546 U.S. 243, 258 (2006).",
            "Adams Fruit Co. v. Barrett, 494 U.S. 638, 650 (1990).",
            "47 U.S.C. § 201(b).",
            "Gonzales, 546 U.S., at 262.",
        ] {
            assert!(LEGAL_CITE.is_match(cite), "{cite}");
        }
        for text in [
            "Smith v. Jones was decided in 1990.",
            "Section 201 of the Communications Act governs.",
            "The Board, 7 members strong, met at noon.",
        ] {
            assert!(!LEGAL_CITE.is_match(text), "{text}");
        }
        assert_eq!(
            LEGAL_CITE
                .captures("Gonzales, 546 U.S., at 262.")
                .map(|c| c[1].to_string()),
            Some("Gonzales".into())
        );
    }

    #[test]
    fn a_citation_sentence_is_wholly_citations() {
        let kinds = |s: &'static str| -> Vec<(&'static str, InlineClause)> {
            citation_sentence(s)
                .into_iter()
                .map(|(a, z, k)| (&s[a..z], k))
                .collect()
        };
        assert_eq!(
            kinds("Id. at 844; see also City of Arlington v. FCC, 569 U.S. 290, 297 (2013)."),
            [
                ("Id. at 844", InlineClause::Id),
                (
                    "see also City of Arlington v. FCC, 569 U.S. 290, 297 (2013).",
                    InlineClause::Full
                ),
            ]
        );
        assert_eq!(
            kinds("Smith v. Jones, 5 F.3d 1, 4 (1st Cir. 1994), aff'd, 515 U.S. 1 (1995)."),
            [(
                "Smith v. Jones, 5 F.3d 1, 4 (1st Cir. 1994), aff'd, 515 U.S. 1 (1995).",
                InlineClause::Full
            )]
        );
        assert_eq!(
            kinds("Gonzales, 546 U.S., at 262 (holding that the statute is silent)."),
            [(
                "Gonzales, 546 U.S., at 262 (holding that the statute is silent).",
                InlineClause::Short
            )]
        );
        assert_eq!(
            kinds("Id. at 5 (emphasis added)."),
            [("Id. at 5 (emphasis added).", InlineClause::Id)]
        );
        // Words after the citation: a sentence that cites, not a citation sentence.
        for s in [
            "In Chevron U.S.A. Inc. v. NRDC, 467 U.S. 837, 842 (1984), the Court held so.",
            "Marbury v. Madison, 5 U.S. 137 (1803), settled the question.",
            "See Gonzales v. Oregon, 546 U.S. 243 (2006); the agency disagrees.",
            "Id. at 5 shows that the agency disagrees.",
            "42 U.S.C. § 1983 provides a cause of action.",
        ] {
            assert!(kinds(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn cases_cited_inside_a_sentence_and_their_signals() {
        let cases = |s: &'static str| -> Vec<(&'static str, Option<String>)> {
            cases_in_sentence(s)
                .into_iter()
                .map(|(a, z, sig)| (&s[a..z], sig))
                .collect()
        };
        assert_eq!(
            cases("The Authority has no power to bind them, see, e.g., Gonzales v. Oregon, 546 U.S. 243, 258 (2006), and no bylaw supplies it."),
            [("Gonzales v. Oregon, 546 U.S. 243, 258 (2006)", Some("see".into()))]
        );
        assert_eq!(
            cases("In Louisiana Pub. Serv. Comm'n v. FCC, 476 U.S. 355 (1986), and Adams Fruit Co. v. Barrett, 494 U.S. 638, 650 (1990), the Court said so."),
            [
                ("Louisiana Pub. Serv. Comm'n v. FCC, 476 U.S. 355 (1986)", None),
                ("Adams Fruit Co. v. Barrett, 494 U.S. 638, 650 (1990)", None),
            ]
        );
        // A case named without its reporter is no citation.
        assert!(cases("Smith v. Jones was decided in 1990, 12 years ago.").is_empty());
    }

    /// A sentence that an attribution rule matches is one its words overlap: sentences made
    /// of the rules' pieces, words that hold their words ("settle", "lastly"), capitals, and
    /// no gap between sentences at times, searched in the text they are part of.
    #[test]
    fn attribution_words_hold_every_rule_match() {
        let mut pick = crate::extract::test_picker(0x1405_7B7E_F767_814F);
        let pieces = [
            "According to",
            "according",
            "to",
            "the",
            "World Bank",
            "As reported by",
            "as",
            "noted",
            "in",
            "ICANN",
            "ICANN's",
            "Board",
            "described",
            "Described",
            "defined",
            "set out",
            "settle",
            "referred to",
            "stated",
            "bylaws",
            "the Board",
            "reported",
            "Reports",
            "found",
            "published",
            "our",
            "previous",
            "PREVIOUS",
            "response",
            "an",
            "earlier",
            "study",
            "lastly",
            "Smith",
            "Jones Inc.",
            "of",
            "data from",
            "x",
            "described in the Board",
            "defined in ICANN",
            "stated in",
            "bylaws as",
            "rules as",
            "our previous response",
            "an earlier study",
            "their last report",
        ];
        let gaps = [" ", " ", "  ", "", "\n", "’s "];
        // `rules_within` looks back 16 bytes for a word that started before the sentence.
        for (words, _, _) in ATTRIBUTION_WORDS.iter() {
            assert!(words.as_str().split('|').all(|w| w.len() <= 16), "{words}");
        }
        let mut met = [0usize; 4];
        for _ in 0..20_000 {
            let mut text = String::new();
            let mut spans = Vec::new();
            for _ in 0..1 + pick(3) {
                let a = text.len();
                text.push_str(&crate::extract::test_text(&mut pick, 9, &pieces, &gaps));
                spans.push(a..text.len());
                text.push_str(["", " ", ". "][pick(3)]);
            }
            let lower = text.to_ascii_lowercase();
            let words = attribution_words(&text, &lower);
            for span in spans {
                let s = &text[span.clone()];
                let rules = rules_within(&words, span.clone());
                let matched = [
                    (ACCORDING.is_match(s), BY_ACCORDING),
                    (REPORTED.is_match(s), BY_REPORTED),
                    (!described_in(s).is_empty(), BY_DESCRIBED),
                    (VAGUE_SOURCE.is_match(&lower[span]), BY_VAGUE),
                ];
                for (k, (m, rule)) in matched.into_iter().enumerate() {
                    if m {
                        assert!(rules & rule != 0, "{k} {s:?} in {text:?}");
                        met[k] += 1;
                    }
                }
            }
        }
        assert!(met.iter().all(|&n| n > 300), "{met:?}");
    }

    /// `described_in` finds what the rule written with `{0,40}?` finds (the definition), on
    /// text made of the rule's pieces and of words long enough to pass the bound.
    #[test]
    fn described_in_as_the_bounded_rule() {
        let bounded = Regex::new(r"(?-u:\b)(?:described|defined|characteri[sz]ed|referred\s+to|set\s+out|stated)\s+in\s+(?:the\s+)?((?:[A-Z][\w&.-]*\s?)+?)(?:['’]s)?\s+([a-z][\w ]{0,40}?)\s+as(?-u:\b)").unwrap();
        let mut pick = crate::extract::test_picker(0x9E37_79B9_7F4A_7C15);
        let verbs = [
            "described in ",
            "defined in ",
            "set out  in ",
            "stated in\n",
            "described on ",
        ];
        let names = [
            "the Report",
            "ICANN",
            "The Board",
            "Alpha Beta",
            "RFC 2026",
            "x",
        ];
        let owner = ["", "’s", "'s"];
        let words = [
            "bylaws",
            "a",
            "multistakeholder",
            "abcdefghijklmnop",
            "ünïcödé",
            "Model",
            "as",
        ];
        let gaps = [" ", " ", "  ", "\n", ", "];
        let ends = [" as", " as ", " as.", "\nas", " ask", ""];
        let (mut hits, mut over_bound) = (0, 0);
        for _ in 0..30_000 {
            let mut t = String::new();
            for _ in 0..1 + pick(3) {
                t.push_str(verbs[pick(verbs.len())]);
                t.push_str(names[pick(names.len())]);
                t.push_str(owner[pick(owner.len())]);
                t.push(' ');
                for _ in 0..1 + pick(8) {
                    t.push_str(words[pick(words.len())]);
                    t.push_str(gaps[pick(gaps.len())]);
                }
                t.push_str(ends[pick(ends.len())]);
                t.push(' ');
            }
            let spans = |v: Vec<regex::Captures>| -> Vec<Vec<Option<(usize, usize)>>> {
                v.iter()
                    .map(|c| c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect())
                    .collect()
            };
            let want = spans(bounded.captures_iter(&t).collect());
            assert_eq!(spans(described_in(&t)), want, "{t:?}");
            hits += want.len();
            if spans(DESCRIBED.captures_iter(&t).collect()) != want {
                over_bound += 1;
            }
        }
        // Matches met, and texts where the bound decides (counts of this seed).
        assert!(hits > 5_000 && over_bound > 400, "{hits} {over_bound}");
    }

    #[test]
    fn clauses_split_on_semicolons_outside_brackets_not_on_question_marks() {
        let body = "See A, *WHO CONTROLS THE INTERNET? ILLUSIONS* (2006); B (quoting C; D), 3 J. 4 (1990). Id. at 5.";
        let cl: Vec<&str> = clauses(body)
            .into_iter()
            .map(|(a, b)| &body[a..b])
            .collect();
        assert_eq!(
            cl,
            [
                "See A, *WHO CONTROLS THE INTERNET? ILLUSIONS* (2006)",
                "B (quoting C; D), 3 J. 4 (1990).",
                "Id. at 5."
            ]
        );
    }

    #[test]
    fn signals_are_lowercased_and_stripped() {
        assert_eq!(strip_signal("See, e.g., X").0.as_deref(), Some("see"));
        assert_eq!(
            strip_signal("See generally X").0.as_deref(),
            Some("see generally")
        );
        assert_eq!(strip_signal("But see X").0.as_deref(), Some("but see"));
        assert_eq!(signal_relation(Some("but see")), "attack");
        assert_eq!(signal_relation(Some("see generally")), "background");
    }

    #[test]
    fn pins_keep_their_unit() {
        let pin = |c: &str| full_pin(c).map(|p| p.text);
        assert_eq!(
            pin("Tunis Agenda, WSIS-05/TUNIS/DOC/6(Rev.1), ¶ 72 (Nov. 18, 2005).").as_deref(),
            Some("¶ 72")
        );
        assert_eq!(
            pin("Kal Raustiala, Governing the Internet, 110 AM. J. INT'L L 491, 492 (2016).")
                .as_deref(),
            Some("492")
        );
        assert_eq!(
            pin("Convention on X, art. 5, Jan. 1, 1990.").as_deref(),
            None
        );
        assert_eq!(pin("Treaty on Y, art. 5.").as_deref(), Some("art. 5"));
        assert_eq!(pin("G.A. Res. 56/183 (Dec. 21, 2001).").as_deref(), None);
        assert_eq!(pin("Jane Roe, A Book 12 (2001).").as_deref(), None);
        // A comma that groups a page's thousands makes no pin.
        assert_eq!(
            pin("Numbering Rules, 81 Fed. Reg. 31,000 (May 2, 2016).").as_deref(),
            None
        );
        assert_eq!(
            pin("In re Numbering, 11 FCC Rcd. 2588, 2591 (1995).").as_deref(),
            Some("2591")
        );
        assert_eq!(pin_of("at 557").unwrap().unit, "page");
        assert_eq!(pin_of("¶ 73").unwrap().unit, "paragraph");
        assert_eq!(pin_of("at xxvii").unwrap().unit, "roman page");
        assert_eq!(pin_of("§ 3").unwrap().unit, "section");
    }
}
