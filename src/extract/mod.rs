//! Stage 2: extraction. Pure functions of a normalized document: citations, claims,
//! actors, authority relations and the argument links between claims.

pub mod actors;
pub mod argument;
pub mod authority;
pub mod citations;
pub mod claims;
pub mod lexicon;
pub mod names;
pub mod turns;
pub mod works;

use crate::ingest::Document;
use crate::rdf::vocab::*;
use crate::rdf::{CharIndex, Graph, Lit, Node};
use actors::{Found, Gazetteer};
use rustc_hash::FxHashMap as HashMap;

/// Everything extracted from one document.
#[derive(Debug)]
pub struct Analysis {
    pub doc: Document,
    pub works: Vec<works::Work>,
    pub citations: Vec<citations::Citation>,
    pub claims: Vec<claims::Claim>,
    pub actors: Vec<Found>,
    pub authorizations: Vec<authority::Authorization>,
    pub edges: Vec<argument::Edge>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub claims: usize,
    pub actors: usize,
    pub citations: usize,
}

/// Compiles every rule of reading and extraction now, on all cores. Left lazy, the first
/// document of each thread waited while one thread compiled some hundred rules one after
/// another (most of a one-document run: 370 M of its 417 M instructions, callgrind).
pub fn warm_up() {
    use rayon::prelude::*;
    let jobs: [fn(); 8] = [
        crate::ingest::normalize::warm_up_blocks,
        crate::ingest::normalize::warm_up_inline,
        citations::warm_up,
        works::warm_up,
        actors::warm_up,
        claims::warm_up,
        authority::warm_up,
        argument::warm_up,
    ];
    jobs.par_iter().with_max_len(1).for_each(|job| job());
}

pub fn analyze(doc: Document, gaz: &Gazetteer) -> Analysis {
    analyze_timed(doc, gaz, &mut |_, _| {})
}

/// The extraction stages, in order, as `analyze_timed` reports them.
pub const STAGES: [&str; 5] = ["citations", "claims", "actors", "authority", "argument"];

/// `analyze`, reporting each stage's duration (benchmarks).
pub fn analyze_timed(
    doc: Document,
    gaz: &Gazetteer,
    took: &mut dyn FnMut(usize, std::time::Duration),
) -> Analysis {
    let mut clock = std::time::Instant::now();
    let mut lap = |i: usize| {
        took(i, clock.elapsed());
        clock = std::time::Instant::now();
    };
    let mut ws = works::WorkSet::default();
    let cits = citations::extract(&doc, &mut ws);
    lap(0);
    // Citation sentences of the running text ("See Gonzales v. Oregon, 546 U.S. 243
    // (2006).") support the sentence before them; they are no claims.
    let mut cited: Vec<usize> = cits
        .iter()
        .filter(|c| c.rule.starts_with("inline"))
        .map(|c| c.start)
        .collect();
    cited.sort_unstable();
    let turns = turns::turns(&doc);
    let claims = claims::extract(&doc, &cited, &turns);
    lap(1);
    // Persons known by name: the authors of works cited, and a transcript's speakers ("Mr
    // Speaker" and "Mr. Smith" name an office or a title, not a whole name).
    let person_authors: Vec<String> = ws
        .works
        .iter()
        .flat_map(|w| w.authors.iter())
        .filter(|a| works::is_person(a))
        .cloned()
        .chain(turns.into_iter().filter_map(|u| u.speaker).filter(|n| {
            n.contains(' ')
                && !turns::is_title(n.split(' ').next().unwrap_or(""))
                && works::is_person(n)
        }))
        .collect();
    let found = actors::find(&doc, gaz, &person_authors);
    let mut claims = claims;
    let mut mentions: Vec<(usize, usize)> = found
        .iter()
        .flat_map(|a| a.mentions.iter().copied())
        .collect();
    mentions.sort_unstable();
    claims::mark_powers(&doc.text.text, &doc.text.blocks, &mut claims, &mentions);
    claims::mark_advice(&doc.text.text, &doc.text.blocks, &mut claims);
    claims::cues_in_names(&doc.text.text, &mut claims, &mentions);
    // A table's row is a claim where it says who holds authority ("Technical Committee |
    // Appointed by the Steering Council") or ends as a sentence does ("EACCES | Indicates
    // that the operation did not have sufficient permissions."); other rows are data
    // ("Chair | The Board | 2 years").
    claims.retain(|c| {
        !doc.text.blocks[c.block].row
            || c.kinds.contains(&"authority")
            || doc.text.text[c.start..c.end]
                .trim_end()
                .ends_with(['.', '!', '?'])
    });
    lap(2);
    // Author-date citations in the text ("(Hofmann et al., 2017)") name sources, not actors
    // that hold or grant what the claim says.
    // So do names right before a numbered pointer ("Mueller [1] traces ...", "Resnick et al.
    // [4]"): the pointer's span is taken back over them.
    let text = &doc.text.text;
    let named_before = |c: &citations::Citation| {
        let before = text[..c.start].strip_suffix(' ')?;
        let before = before.strip_suffix(" et al.").unwrap_or(before);
        let word = before
            .rsplit(|ch: char| !ch.is_alphabetic() && ch != '-' && ch != '’' && ch != '\'')
            .next()?;
        // A surname ("Mueller"), not an acronym ("the IETF [RFC2026]"), before a number.
        let surname = word.starts_with(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase)
            && c.note
                .as_deref()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
        surname.then(|| (before.len() - word.len(), c.end))
    };
    let mut ad_spans: Vec<(usize, usize)> = cits
        .iter()
        .filter_map(|c| match c.rule {
            "AD" => Some((c.start, c.end)),
            "R" => named_before(c),
            _ => None,
        })
        .collect();
    ad_spans.sort_unstable();
    let auths = authority::extract(&doc.text.text, &doc.text.blocks, &claims, &found, &ad_spans);
    let found = electorates(found, &auths);
    lap(3);
    let edges = argument::extract(&doc.text.text, &claims);
    lap(4);
    Analysis {
        doc,
        works: ws.works,
        citations: cits,
        claims,
        actors: found,
        authorizations: auths,
        edges,
    }
}

/// A group the document names as electing a holder ("The Project Leader is elected by the
/// Developers") is an electorate: a principal, whose vote grants authority of its own.
/// Bodies and organizations that elect (a committee its chair) are organs, not principals.
fn electorates(
    mut found: Vec<actors::Found>,
    auths: &[authority::Authorization],
) -> Vec<actors::Found> {
    for a in auths {
        if a.basis != Some("election") || a.denied {
            continue;
        }
        let Some(g) = &a.grantor else { continue };
        if let Some(f) = found
            .iter_mut()
            .find(|f| &f.def.iri == g && f.discovered && f.def.kind == "group")
        {
            f.def.principal = true;
        }
    }
    found
}

impl Analysis {
    pub fn counts(&self) -> Counts {
        Counts {
            claims: self.claims.len(),
            actors: self.actors.len(),
            citations: self.citations.len(),
        }
    }

    /// The claim a citation anchored at `pos` rests: the claim whose span holds `pos`
    /// (a marker at a clause boundary belongs to the clause it ends).
    pub fn claim_at(&self, pos: usize) -> Option<usize> {
        self.claims
            .iter()
            .position(|c| c.start < pos && pos <= c.end)
            .or_else(|| {
                self.claims
                    .iter()
                    .position(|c| c.start <= pos && pos < c.end)
            })
    }

    /// The IRI of the actor a name names: the first actor found in this document with a
    /// label or alias that folds alike, else the gazetteer's. Names are compared as they
    /// come (a few per document: the author, speakers, issuers) rather than every name of
    /// every actor folded into a map first.
    fn actor_iri<'a>(&'a self, name: &str, gaz: &'a Gazetteer) -> Option<&'a str> {
        let f = actors::fold(name);
        self.actors
            .iter()
            .find(|a| {
                std::iter::once(&a.def.label)
                    .chain(&a.def.aliases)
                    .any(|n| actors::fold_eq(n, &f))
            })
            .map(|a| a.def.iri.as_str())
            .or_else(|| gaz.lookup_folded(&f).map(|d| d.iri.as_str()))
    }

    /// Writes the extracted layers as RDF (the text layer is written by `rdf`).
    ///
    /// `sentences`: the sentences' nodes; `text`: the normalized text as written to `b`.
    pub(crate) fn emit(
        &self,
        b: &mut Graph,
        doc: &str,
        sentences: &[Node],
        text: Lit,
        ci: &CharIndex,
    ) {
        let t = &self.doc.text;
        let gaz = &*actors::BUILTIN;
        // Actors and their mentions in this document.
        for a in &self.actors {
            emit_actor(b, &a.def);
            let m = b.node(&[doc, "/mention/", &slug(&a.def.label)]);
            b.typ(m, wt!("ActorMention"));
            b.iri(m, wt!("actor"), &a.def.iri);
            b.int(m, wt!("mentionCount"), a.mentions.len() as i64);
        }
        // Works.
        let mut issuers_emitted = Vec::new();
        let work_iris: Vec<Node> = self
            .works
            .iter()
            .map(|wk| b.node(&[ID, "work/", &slug(&wk.key)]))
            .collect();
        let work_iri = |i: usize| work_iris[i];
        for (i, wk) in self.works.iter().enumerate() {
            let iri = work_iri(i);
            b.typ(iri, wt!("Work"));
            b.lit(iri, DCT_TITLE, &wk.title);
            for a in &wk.authors {
                b.lit(iri, DCT_CREATOR, a);
            }
            for a in &wk.aliases {
                b.lit(iri, SKOS_ALT_LABEL, a);
            }
            if let Some(y) = &wk.year {
                b.lit(iri, DCT_DATE, y);
            }
            if let Some(c) = &wk.container {
                b.lit(iri, wt!("container"), c);
            }
            if let Some(u) = &wk.url {
                b.lit(iri, wt!("url"), u);
            }
            if let Some(d) = &wk.doi {
                b.lit(iri, wt!("doi"), d);
            }
            if let Some(u) = &wk.un_symbol {
                b.lit(iri, wt!("unSymbol"), u);
            }
            if let Some(r) = &wk.rfc {
                b.lit(iri, wt!("rfc"), r);
            }
            if let Some(is) = &wk.issuer {
                let actor = self
                    .actor_iri(is, gaz)
                    .map_or_else(|| [ID, "actor/", &slug(is)].concat(), str::to_string);
                b.iri(iri, wt!("issuedBy"), &actor);
                if !self.actors.iter().any(|a| a.def.iri == actor)
                    && !issuers_emitted.contains(&actor)
                {
                    let def = gaz
                        .actors
                        .iter()
                        .find(|d| d.iri == actor)
                        .cloned()
                        .unwrap_or(actors::ActorDef {
                            iri: actor.clone(),
                            label: is.clone(),
                            aliases: vec![],
                            kind: "organization".into(),
                            part_of: None,
                            principal: false,
                        });
                    emit_actor(b, &def);
                    issuers_emitted.push(actor);
                }
            }
        }
        // Claims.
        // (start, end, actor index) of every mention in text order: each claim finds the
        // actors it mentions by binary search, not by scanning every mention.
        let mut mention_spans: Vec<(usize, usize, usize)> = self
            .actors
            .iter()
            .enumerate()
            .flat_map(|(ai, a)| a.mentions.iter().map(move |&(s, e)| (s, e, ai)))
            .collect();
        mention_spans.sort_unstable();
        // Each claim's IRI once: citations, authorizations and edges name claims again.
        let claim_iris: Vec<Node> = (0..self.claims.len())
            .map(|i| b.numbered(doc, "/claim/", i))
            .collect();
        let claim_iri = |i: usize| claim_iris[i];
        let author = self
            .doc
            .text
            .authors
            .first()
            .map(|s| (s.as_str(), self.actor_iri(s, gaz)));
        for (i, c) in self.claims.iter().enumerate() {
            let iri = claim_iri(i);
            let quote = text.slice(c.start..c.end);
            b.typ(iri, wt!("Claim"));
            b.lit(iri, wt!("text"), quote);
            b.iri(iri, wt!("sentence"), sentences[c.sentence]);
            for k in &c.kinds {
                b.iri(iri, wt!("kind"), Node::fixed(w(k)));
            }
            b.iri(
                iri,
                wt!("polarity"),
                Node::fixed(if c.denied {
                    wt!("denied")
                } else {
                    wt!("asserted")
                }),
            );
            // Most claims are the author's: that name is resolved once, above.
            let speaker = match c.speaker.as_deref() {
                Some(s) => Some((s, self.actor_iri(s, gaz))),
                None => author,
            };
            match speaker {
                Some((_, Some(a))) => b.iri(iri, wt!("speaker"), a),
                Some((s, None)) => b.lit(iri, wt!("speakerName"), s),
                None => b.lit(iri, wt!("speakerName"), Lit::fixed("author")),
            }
            for cue in &c.cues {
                b.lit(iri, wt!("cue"), cue);
            }
            let pos = b.suffixed(iri, "#position");
            b.iri(iri, wt!("selector"), pos);
            b.typ(pos, OA_POSITION_SELECTOR);
            b.int(pos, OA_START, ci.at(c.start));
            b.int(pos, OA_END, ci.at(c.end));
            let q = b.suffixed(iri, "#quote");
            b.iri(iri, wt!("selector"), q);
            b.typ(q, OA_QUOTE_SELECTOR);
            b.lit(q, OA_EXACT, quote);
            let (os, oe) = t.orig_range(c.start, c.end);
            b.int(iri, wt!("sourceStart"), os as i64);
            b.int(iri, wt!("sourceEnd"), oe as i64);
            let first = mention_spans.partition_point(|m| m.0 < c.start);
            let mut mentioned: Vec<usize> = mention_spans[first..]
                .iter()
                .take_while(|m| m.0 <= c.end)
                .filter(|m| m.1 <= c.end)
                .map(|m| m.2)
                .collect();
            // In the actors' order, once each.
            mentioned.sort_unstable();
            mentioned.dedup();
            for ai in mentioned {
                b.iri(iri, wt!("mentions"), &self.actors[ai].def.iri);
            }
        }
        // A note called again ("[2]" of a web page's reused reference): the claims at its later
        // calls rest on its citations too. The first call is each citation's anchor.
        let mut calls: HashMap<&str, Vec<usize>> = HashMap::default();
        for m in &self.doc.text.markers {
            calls.entry(m.key.as_str()).or_default().push(m.pos);
        }
        // Citations.
        for (i, c) in self.citations.iter().enumerate() {
            let iri = b.numbered(doc, "/cit/", i);
            b.typ(iri, wt!("Citation"));
            b.iri(iri, wt!("form"), Node::fixed(w(c.form.name())));
            b.iri(iri, wt!("status"), Node::fixed(w(c.status.name())));
            if let Some(n) = &c.note {
                b.lit(iri, wt!("note"), n);
            }
            if let Some(s) = &c.signal {
                b.lit(iri, wt!("signal"), s);
            }
            b.lit(iri, wt!("relation"), Lit::fixed(c.relation()));
            if let Some(p) = &c.pin {
                b.lit(iri, wt!("pin"), &p.text);
                b.lit(iri, wt!("pinUnit"), Lit::fixed(p.unit));
            }
            for &wk in &c.works {
                b.iri(iri, wt!("cites"), work_iri(wk));
            }
            for &wk in &c.candidates {
                b.iri(iri, wt!("candidate"), work_iri(wk));
            }
            if let Some(a) = &c.antecedent {
                b.lit(iri, wt!("antecedent"), a);
            }
            b.lit(iri, wt!("rule"), Lit::fixed(c.rule));
            b.lit(iri, wt!("reason"), &c.reason);
            b.lit(iri, wt!("text"), text.slice(c.start..c.end));
            b.int(iri, OA_START, ci.at(c.start));
            b.int(iri, OA_END, ci.at(c.end));
            let first = c.anchor.and_then(|p| self.claim_at(p));
            if let Some(claim) = first {
                b.iri(claim_iri(claim), wt!("restsOn"), iri);
            }
            let again = c
                .note
                .as_deref()
                .filter(|_| c.anchor.is_some())
                .and_then(|k| calls.get(k))
                .map_or(&[][..], |v| v.get(1..).unwrap_or(&[]));
            let mut seen = first;
            for &p in again {
                if let Some(claim) = self.claim_at(p).filter(|&k| Some(k) != seen) {
                    b.iri(claim_iri(claim), wt!("restsOn"), iri);
                    seen = Some(claim);
                }
            }
        }
        // Authorizations and the derivation chain.
        for (i, a) in self.authorizations.iter().enumerate() {
            let iri = b.numbered(doc, "/auth/", i);
            b.typ(iri, wt!("Authorization"));
            b.iri(iri, wt!("statedBy"), claim_iri(a.claim));
            b.lit(iri, wt!("authRelation"), Lit::fixed(a.relation));
            b.iri(
                iri,
                wt!("polarity"),
                Node::fixed(if a.denied {
                    wt!("denied")
                } else {
                    wt!("asserted")
                }),
            );
            if let Some(h) = &a.holder {
                b.iri(iri, wt!("holder"), h);
                b.iri(claim_iri(a.claim), wt!("about"), h);
            }
            if let Some(g) = &a.grantor {
                b.iri(iri, wt!("grantor"), g);
            }
            if let Some(c) = &a.constituency {
                b.lit(iri, wt!("constituency"), c);
            }
            if let Some(bs) = a.basis {
                b.lit(iri, wt!("basis"), Lit::fixed(bs));
            }
            if let (Some(h), Some(g), false) = (&a.holder, &a.grantor, a.denied) {
                // A holder that is its own grantor derives from itself only where the text
                // says so (a self-chosen body: a circular chain).
                if h != g || a.basis == Some("self-declaration") {
                    b.iri(h, wt!("derivesAuthorityFrom"), g);
                }
            }
        }
        for e in &self.edges {
            b.iri(claim_iri(e.from), w(e.relation), claim_iri(e.to));
        }
    }
}

fn emit_actor(b: &mut Graph, d: &actors::ActorDef) {
    b.typ(&d.iri, wt!("Actor"));
    b.lit(&d.iri, SKOS_PREF_LABEL, &d.label);
    for a in &d.aliases {
        b.lit(&d.iri, SKOS_ALT_LABEL, a);
    }
    b.iri(&d.iri, wt!("actorKind"), Node::fixed(w(&d.kind)));
    b.boolean(&d.iri, wt!("principal"), d.principal);
    if let Some(p) = &d.part_of {
        b.iri(&d.iri, wt!("partOf"), p);
    }
}

/// A deterministic picker for the tests that compare a rule with what replaced it on
/// generated text: `pick(n)` is a number below `n` (xorshift from `seed`).
#[cfg(test)]
pub(crate) fn test_picker(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}

/// Generated text for those tests: 1 to `most` pieces, each followed by one of `gaps`.
#[cfg(test)]
pub(crate) fn test_text(
    pick: &mut impl FnMut(usize) -> usize,
    most: usize,
    pieces: &[&str],
    gaps: &[&str],
) -> String {
    let mut t = String::new();
    for _ in 0..1 + pick(most) {
        t.push_str(pieces[pick(pieces.len())]);
        t.push_str(gaps[pick(gaps.len())]);
    }
    t
}
