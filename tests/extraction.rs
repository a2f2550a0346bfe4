//! Extraction on the seeds and on documents of other shapes: citations resolved to the
//! right works, claims with the right kinds and polarity, actors, authorizations.

mod common;

use common::*;
use std::collections::HashMap;

type Row = HashMap<String, String>;

fn loaded(paths: &[&std::path::Path]) -> Store {
    let s = Store::new();
    s.load(paths);
    s
}

/// Writes `text` to the file `name` in `dir`; returns its path.
fn written(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// The authorization row stated by the claim whose text starts with `t`.
fn authorization<'a>(rows: &'a [Row], t: &str) -> &'a Row {
    rows.iter()
        .find(|r| r["text"].starts_with(t))
        .unwrap_or_else(|| panic!("no authorization for {t:?} in {rows:?}"))
}

/// The last segment of the holder's IRI of that authorization ("technical-committee").
fn holder_of(rows: &[Row], t: &str) -> Option<String> {
    authorization(rows, t)
        .get("holder")
        .map(|h| h.rsplit('/').next().unwrap().to_string())
}

/// The last segment of the grantor's IRI of that authorization ("community").
fn grantor_of(rows: &[Row], t: &str) -> Option<String> {
    authorization(rows, t)
        .get("grantor")
        .map(|h| h.rsplit('/').next().unwrap().to_string())
}

/// The speaker of the claim whose text starts with `t`.
fn speaker_of(rows: &[Row], t: &str) -> String {
    rows.iter()
        .find(|r| r["text"].starts_with(t))
        .unwrap_or_else(|| panic!("no claim {t:?} in {rows:?}"))["speaker"]
        .clone()
}

/// A store holding one document of `text`, written to a file `name`.
fn loaded_one(name: &str, text: &str) -> Store {
    let dir = tempfile::tempdir().unwrap();
    loaded(&[&written(&dir, name, text)])
}

/// The labels of the actors the store's documents mention.
fn actor_labels(s: &Store) -> Vec<String> {
    s.rows("actors")
        .iter()
        .map(|r| r["label"].clone())
        .collect()
}

/// The titles of the works the authority claim of exactly `text` rests on.
fn titles_resting(s: &Store, text: &str) -> Vec<String> {
    s.rows("authority-sources")
        .into_iter()
        .filter(|r| r["text"] == text)
        .map(|r| r["title"].clone())
        .collect()
}

/// The case these tests cite most: a note's title in OSCOLA's notes.
const PADFIELD: &str = "Padfield v Minister of Agriculture, Fisheries and Food";

/// The given columns of note `n`'s first citation row (a column the row lacks fails).
fn first_row(rows: &[Row], n: &str, cols: &[&str]) -> Vec<String> {
    let row = note(rows, n)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("note {n} has no citation row: {rows:?}"));
    cols.iter()
        .map(|c| {
            row.get(*c)
                .unwrap_or_else(|| panic!("note {n} has no {c}: {row:?}"))
                .clone()
        })
        .collect()
}

fn note<'a>(rows: &'a [Row], n: &str) -> Vec<&'a Row> {
    rows.iter()
        .filter(|r| r.get("note").map(String::as_str) == Some(n))
        .collect()
}

/// The one citation row of note `n` (there must be exactly one).
fn only_note<'a>(rows: &'a [Row], n: &str) -> &'a Row {
    let found = note(rows, n);
    assert_eq!(found.len(), 1, "note {n}: {rows:?}");
    found[0]
}

/// Asserts that the store holds no break of `kind`.
fn assert_no_break(s: &Store, kind: &str) {
    let breaks = s.rows("breaks");
    assert!(
        !breaks.iter().any(|b| b["kind"] == kind),
        "{kind}: {breaks:?}"
    );
}

#[test]
fn law_review_short_forms_resolve_through_their_antecedents() {
    let s = loaded(&[&seed(LEGITIMACY)]);
    let rows = s.rows("citations");
    // Every one of the 60 footnotes has its marker and at least one row.
    for n in 1..=60 {
        assert!(
            !note(&rows, &n.to_string()).is_empty(),
            "note {n} has no citation row"
        );
    }
    assert!(
        !rows.iter().any(|r| r["status"] == "unresolved"
            && r.get("note").is_some_and(|n| n.parse::<u32>().is_ok())),
        "no numbered note is unresolved"
    );
    // Note 45: Id. -> note 44 -> Tunis Agenda, pin ¶ 73.
    let n45 = note(&rows, "45");
    assert_eq!(n45.len(), 1);
    assert_eq!(n45[0]["form"], "id");
    assert_eq!(n45[0]["antecedent"], "44");
    assert_eq!(n45[0]["pin"], "¶ 73");
    assert_eq!(n45[0]["title"], "Tunis Agenda for the Information Society");
    // A full citation's own pin, and an Id. without one repeats its antecedent's (I7).
    assert_eq!(note(&rows, "44")[0]["pin"], "¶ 72");
    assert_eq!(note(&rows, "4")[0]["pin"], "at 553");
    assert_eq!(note(&rows, "51")[0]["pin"], "492");
    assert_eq!(note(&rows, "52")[0]["pin"], "492");
    // Note 3: Legitimacy, supra note 1, at 553 — through the hereinafter alias.
    let n3 = note(&rows, "3");
    assert_eq!(
        (
            n3[0]["form"].as_str(),
            n3[0]["antecedent"].as_str(),
            n3[0]["pin"].as_str()
        ),
        ("supra", "1", "at 553")
    );
    assert_eq!(
        n3[0]["title"],
        "The Legitimacy of the Collective Authority of the Security Council"
    );
    // Notes 30 and 39: Id. after a note with several authorities is ambiguous, never a guess.
    for (n, prev) in [("30", "29"), ("39", "38")] {
        let r = note(&rows, n);
        assert_eq!(r.len(), 1);
        assert_eq!(
            (
                r[0]["form"].as_str(),
                r[0]["status"].as_str(),
                r[0]["antecedent"].as_str()
            ),
            ("id", "ambiguous", prev)
        );
        assert!(!r[0].contains_key("work"));
    }
    // Note 43: MALCOLM, supra note 40, at xxvii (roman pin) -> the book, which notes 33 and 40 cite in full.
    let n43 = note(&rows, "43");
    assert_eq!(n43[0]["pin"], "at xxvii");
    let malcolm: Vec<&str> = ["33", "40", "43"]
        .iter()
        .map(|n| note(&rows, n)[0]["work"].as_str())
        .collect();
    assert!(
        malcolm.iter().all(|w| *w == malcolm[0]),
        "one work for the book: {malcolm:?}"
    );
    // Note 12: Id. plus a nested `citing` work.
    let titles: Vec<&str> = note(&rows, "12")
        .iter()
        .map(|r| r["title"].as_str())
        .collect();
    assert!(titles.contains(&"The Legitimacy of the Collective Authority of the Security Council"));
    assert!(
        titles.contains(&"The Power of Legitimacy Among Nations"),
        "{titles:?}"
    );
    // Note 8: four works in one string citation, signal see (from "See, e.g.,").
    let n8 = note(&rows, "8");
    assert_eq!(n8.len(), 4);
    assert_eq!(n8[0]["signal"], "see");
    // UN documents carry their symbol.
    assert!(note(&rows, "53")[0]["title"].contains("A/HRC/35/22"));
    assert!(note(&rows, "46")[0]["title"].contains("70/125"));
}

#[test]
fn works_are_one_node_across_documents() {
    let dir = tempfile::tempdir().unwrap();
    let a = written(&dir, "a.md", "The forum advises states.[^1]\n\n[^1]: See generally JEREMY MALCOLM, MULTI-STAKEHOLDER GOVERNANCE AND THE INTERNET GOVERNANCE FORUM (2008).\n");
    let b = written(&dir, "b.md", "The forum cannot decide.[^1]\n\n[^1]: JEREMY MALCOLM, MULTI-STAKEHOLDER GOVERNANCE AND THE INTERNET GOVERNANCE FORUM 12 (2008).\n");
    let s = loaded(&[&a, &b]);
    let works: std::collections::BTreeSet<String> = s
        .rows("citations")
        .into_iter()
        .map(|r| r["work"].clone())
        .collect();
    assert_eq!(works.len(), 1, "{works:?}");
}

#[test]
fn reference_pointers_kramdown_and_wiki_stubs() {
    let s = loaded(&[
        &fixture("rfc7020.md"),
        &fixture("wikipedia-abstract_ICANN.md"),
        &fixture("ietf_draft-nottnick-ietf-decisions.md"),
        &fixture("rfc1591.md"),
    ]);
    let rows = s.rows("citations");
    let by = |doc: &str, label: &str| -> Vec<Row> {
        rows.iter()
            .filter(|r| r["doc"] == doc && r.get("note").map(String::as_str) == Some(label))
            .cloned()
            .collect()
    };
    let icp = by("rfc7020", "ICP-2");
    assert!(icp
        .iter()
        .all(|r| r["status"] == "resolved" && r["form"] == "reference"));
    assert!(icp[0]["title"].contains("Criteria for Establishment of New Regional"));
    // The wiki's reference list is empty stubs except [32].
    assert!(by("wikipedia-abstract_ICANN", "1")
        .iter()
        .all(|r| r["status"] == "unresolved"));
    assert_eq!(
        by("wikipedia-abstract_ICANN", "32")[0]["title"],
        "US Government finally lets ICANN go"
    );
    // kramdown {{?RFC2418}} with no reference map: the RFC number names the work.
    let k = by("ietf_draft-nottnick-ietf-decisions", "RFC2418");
    assert!(
        !k.is_empty()
            && k.iter()
                .all(|r| r["status"] == "resolved" && r["title"] == "RFC2418")
    );
    // [1] in RFC 1591 -> "The US Domain" (RFC 1480).
    assert_eq!(by("rfc1591", "1")[0]["title"], "The US Domain");
}

#[test]
fn attributions_and_empty_source_lists() {
    let s = loaded(&[&seed(MIRAGE), &seed(AIGOV)]);
    let rows = s.rows("citations");
    let attributed: Vec<&str> = rows
        .iter()
        .filter(|r| r["form"] == "attribution")
        .map(|r| r["title"].as_str())
        .collect();
    assert!(
        attributed.contains(&"RIPE Labs") && attributed.contains(&"ICANN bylaws"),
        "{attributed:?}"
    );
    let empty: Vec<&Row> = rows
        .iter()
        .filter(|r| r["doc"] == "internet-vs-ai-governance-blog")
        .collect();
    assert_eq!(empty.len(), 1);
    assert_eq!(
        (empty[0]["note"].as_str(), empty[0]["status"].as_str()),
        ("Summary of Resources Used", "unresolved")
    );
    // The bylaws are issued by ICANN.
    let issuer = s.ok(&["query", "-e", "PREFIX w: <https://w3id.org/warrant/ns#> PREFIX dct: <http://purl.org/dc/terms/> SELECT ?i WHERE { ?w dct:title \"ICANN bylaws\" ; w:issuedBy ?i }", "--format", "csv"]);
    assert!(
        issuer.contains("https://w3id.org/warrant/id/actor/icann"),
        "{issuer}"
    );
}

/// A heading that announces sources, then a lead-in ending in a colon, then the list: the
/// list's links are the entries (no empty source list); with nothing after the lead-in, the
/// list is empty.
#[test]
fn a_source_list_after_its_lead_in() {
    let dir = tempfile::tempdir().unwrap();
    let md = written(
        &dir,
        "values.md",
        "# Values\n\nThe council decides.\n\n## References\n\nTo find out more, please read the following:\n\n- [Original blog post][blog]\n- [The GitHub issue][issue]\n\n[blog]: https://example.org/blog\n[issue]: https://example.org/issue\n",
    );
    let rst = written(
        &dir,
        "policy.rst",
        "Policy\n======\n\nThe maintainers decide.\n\nReferences\n----------\n\nOur policy was informed by experiences in other communities:\n\n* `LLVM AI Tool Use Policy <https://llvm.org/docs/AIToolPolicy.html>`_ from which this policy is derived.\n",
    );
    let empty = written(
        &dir,
        "empty.md",
        "# Notes\n\nThe council decides.\n\n## Sources\n\nWe used these:\n\nThanks for reading.\n",
    );
    let s = loaded(&[&md, &rst, &empty]);
    let unresolved: Vec<(String, String)> = s
        .rows("citations")
        .iter()
        .filter(|r| r["status"] == "unresolved")
        .map(|r| (r["doc"].clone(), r["note"].clone()))
        .collect();
    assert_eq!(unresolved, [("empty".to_string(), "Sources".to_string())]);
}

fn claims_of(s: &Store) -> Vec<Row> {
    s.rows("claims")
}

fn kinds_of(rows: &[Row], text: &str) -> Vec<(String, String)> {
    rows.iter()
        .filter(|r| r["text"].contains(text))
        .map(|r| (r["kind"].clone(), r["polarity"].clone()))
        .collect()
}

#[test]
fn mirage_claims_kinds_polarity_and_boilerplate() {
    let s = loaded(&[&seed(MIRAGE)]);
    let rows = claims_of(&s);
    for denied in [
        "They cannot represent billions of users.",
        "It is not a mandate.",
        "It is not popular sovereignty.",
        "It cannot become them.",
    ] {
        assert!(
            kinds_of(&rows, denied).contains(&("authority".into(), "denied".into())),
            "{denied}"
        );
    }
    assert!(kinds_of(&rows, "A principal authorizes one.")
        .contains(&("authority".into(), "asserted".into())));
    let p = kinds_of(&rows, "Participation should be evidence, not authority.");
    assert!(p.iter().any(|(k, _)| k == "normative") && p.iter().any(|(k, _)| k == "authority"));
    assert!(kinds_of(&rows, "ICANN85 had 2,195 attendees")
        .iter()
        .any(|(k, _)| k == "empirical"));
    assert!(
        !rows.iter().any(|r| r["text"].contains("Sponsored by")),
        "sponsor lines are boilerplate"
    );
}

#[test]
fn questions_speakers_and_page_chrome() {
    let s = loaded(&[&seed(AIGOV), &seed(LEGITIMACY)]);
    let rows = claims_of(&s);
    assert!(kinds_of(&rows, "Does AI need an “IETF for Weights”?")
        .contains(&("question".into(), "asserted".into())));
    for chrome in [
        "NordVPN",
        "Notify me of follow-up comments",
        "It's a quick and easy read.",
        "ECOLOGY LAW QUARTERLY",
        "Copyright ©",
    ] {
        assert!(
            !rows.iter().any(|r| r["text"].contains(chrome)),
            "{chrome} is a claim"
        );
    }
    let activist = rows
        .iter()
        .find(|r| r["text"].starts_with("As one activist put it"))
        .unwrap();
    assert_eq!(activist["speaker"], "one activist");
    // The block quote introduced by "its description of its process captures the ethic" is ICANN's.
    let icann = rows
        .iter()
        .find(|r| r["text"].starts_with("ICANN’s fundamental belief"))
        .unwrap();
    assert_eq!(icann["speaker"], "ICANN");
    let caron = rows
        .iter()
        .find(|r| r["text"].starts_with("Caron argued that independence"))
        .unwrap();
    assert_eq!(caron["speaker"], "David Caron");
}

#[test]
fn actors_gazetteer_discovery_and_merging() {
    let s = loaded(&[&seed(MIRAGE), &seed(LEGITIMACY)]);
    let rows = s.rows("actors");
    let find = |doc: &str, label: &str| {
        rows.iter()
            .find(|r| r["doc"].starts_with(doc) && r["label"] == label)
            .cloned()
    };
    let alac = find("multistakeholder", "At-Large Advisory Committee").expect("ALAC");
    assert_eq!(
        (alac["kind"].as_str(), alac["principal"].as_str()),
        ("body", "false")
    );
    let caron = find("kaye", "David Caron").expect("Caron merged into David Caron");
    assert!(caron["mentions"].parse::<u32>().unwrap() > 20);
    assert!(find("kaye", "Caron").is_none());
    assert!(find("kaye", "David Kaye").is_some(), "the byline's author");
    assert!(find("kaye", "ICANN").is_some());
    let gov = find("multistakeholder", "governments").expect("states resolve to governments");
    assert_eq!(gov["principal"], "true");
    // ALAC is part of ICANN (from the gazetteer), across documents one IRI.
    let part = s.ok(&["query", "-e", "PREFIX w: <https://w3id.org/warrant/ns#> ASK { <https://w3id.org/warrant/id/actor/alac> w:partOf <https://w3id.org/warrant/id/actor/icann> }"]);
    assert!(part.contains("true"));
}

/// "the Internet Registry (IR)" is a role: its own actor, found by its expansion, not the
/// organization that once filled it (RFC 1591: "The central IR is INTERNIC.NET"), and not
/// named at all where that organization is not (RFC 7020).
#[test]
fn a_role_named_by_its_expansion_is_its_own_actor() {
    let s = loaded(&[&fixture("rfc1591.md"), &fixture("rfc7020.md")]);
    let rows = s.rows("actors");
    let labels = |doc: &str| -> Vec<&str> {
        rows.iter()
            .filter(|r| r["doc"] == doc)
            .map(|r| r["label"].as_str())
            .collect()
    };
    let (old, new) = (labels("rfc1591"), labels("rfc7020"));
    assert!(
        old.contains(&"Internet Registry") && old.contains(&"InterNIC"),
        "{old:?}"
    );
    assert!(new.contains(&"Internet Registry"), "{new:?}");
    assert!(!new.contains(&"InterNIC"), "{new:?}");
}

#[test]
fn authorizations_with_holders_grantors_and_chains() {
    let s = loaded(&[&fixture("rfc1591.md"), &seed(MIRAGE)]);
    let rows = s.rows("authority");
    let idnb = rows
        .iter()
        .find(|r| r["text"].contains("established by the IANA, will act as a review panel"))
        .expect("IDNB claim");
    assert!(idnb["holder"].ends_with("/actor/idnb"), "{idnb:?}");
    assert!(idnb["grantor"].ends_with("/actor/iana"));
    assert_eq!(idnb["relation"], "established-by");
    let alac = rows
        .iter()
        .find(|r| r["text"].contains("described in ICANN’s bylaws"))
        .unwrap();
    assert!(alac["holder"].ends_with("/actor/alac"));
    assert_eq!(alac["relation"], "represents");
    assert!(alac["constituency"].contains("individual Internet"));
    let rep = rows
        .iter()
        .find(|r| r["text"] == "They cannot represent billions of users.")
        .unwrap();
    assert_eq!(
        (rep["relation"].as_str(), rep["polarity"].as_str()),
        ("represents", "denied")
    );
    let chains = s.rows("chains");
    let c = chains
        .iter()
        .find(|r| r["holder"].ends_with("/actor/idnb"))
        .expect("IDNB chain");
    assert!(c["root"].ends_with("/actor/iana"));
    assert_eq!(
        (c["length"].as_str(), c["principal"].as_str()),
        ("1", "false")
    );
}

#[test]
fn seed_breaks_of_each_kind_that_the_seeds_have() {
    let s = loaded(&[&corpus()]);
    let b = s.rows("breaks");
    let has = |doc: &str, kind: &str, text: &str| {
        b.iter().any(|r| {
            r["doc"].starts_with(doc)
                && r["kind"] == kind
                && (r["text"].contains(text) || r["detail"].contains(text))
        })
    };
    assert!(has(
        "multistakeholder",
        "self-sourced",
        "is described in ICANN’s bylaws"
    ));
    assert!(has(
        "multistakeholder",
        "denied",
        "They cannot represent billions of users."
    ));
    assert!(has(
        "multistakeholder",
        "participation-not-authorization",
        "It is not a mandate."
    ));
    assert!(has("kaye", "ambiguous-citation", "Note 30"));
    assert!(has("kaye", "ambiguous-citation", "Note 39"));
    assert!(has("kaye", "self-sourced", "ICANN’s fundamental belief"));
    assert!(has(
        "internet-vs-ai",
        "unresolved-citation",
        "Summary of Resources Used"
    ));
    assert!(has(
        "multistakeholder",
        "unsourced",
        "The missing principal is the operator."
    ));
}

#[test]
fn explain_shows_the_short_form_path() {
    let s = loaded(&[&seed(LEGITIMACY)]);
    let claim = s.claim_starting("The IGF itself would be");
    let out = s.ok(&["explain", &claim]);
    assert!(
        out.contains("note 45 → id → note 44 → Tunis Agenda for the Information Society"),
        "{out}"
    );
    s.cmd()
        .args(["explain", "doc/nope/claim/1"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("unknown claim"));
}

#[test]
fn report_formats() {
    let s = Store::new();
    let out = s.ok(&["report", corpus().to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    let md = s.ok(&[
        "report",
        "--format",
        "markdown",
        "--doc",
        "multistakeholder-mirage-oped",
    ]);
    assert!(md.contains("### Breaks") && md.contains("`self-sourced`"));
    let html = s.ok(&["report", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("class=\"break\""));
}

#[test]
fn a_users_gazetteer_adds_actors() {
    let dir = tempfile::tempdir().unwrap();
    let ttl = dir.path().join("mine.ttl");
    std::fs::write(
        &ttl,
        "@prefix w: <https://w3id.org/warrant/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
         <https://example.org/actor/wsb> a w:Actor ; skos:prefLabel \"Widget Standards Board\" ; skos:altLabel \"WSB\" ; w:actorKind w:organization ; w:principal true .\n",
    )
    .unwrap();
    let doc = dir.path().join("d.md");
    std::fs::write(&doc, "The WSB governs widget names.\n").unwrap();
    let s = Store::new();
    s.ok(&[
        "load",
        "--actors",
        ttl.to_str().unwrap(),
        doc.to_str().unwrap(),
    ]);
    let rows = s.rows("actors");
    let wsb = rows
        .iter()
        .find(|r| r["label"] == "Widget Standards Board")
        .expect("user actor");
    assert_eq!(
        (wsb["actor"].as_str(), wsb["principal"].as_str()),
        ("https://example.org/actor/wsb", "true")
    );
    let bad = dir.path().join("bad.ttl");
    std::fs::write(&bad, "this is not turtle").unwrap();
    let out = s
        .cmd()
        .args([
            "load",
            "--actors",
            bad.to_str().unwrap(),
            doc.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a valid Turtle gazetteer"));
}

/// An agency's reporter ("11 FCC Rcd. 2588") ends no citation: the proceeding "In re ..." is
/// the work of note 2, which its hereinafter's supra and the Id. after it resolve to.
#[test]
fn an_agency_reporter_keeps_its_citation_whole() {
    let dir = tempfile::tempdir().unwrap();
    let doc = written(
        &dir,
        "lr.txt",
        "THE LIMITS OF DELEGATED AUTHORITY\n\n\
         Congress delegated authority over the numbering plan to the Commission.1 The Commission \
         entrusted the plan to an administrator.2 Courts uphold such subdelegations only where \
         the agency retains review.3 The administrator has no authority of its own.4 Whether its \
         decisions bind carriers is contested.5\n\n\
         ______________\n\
         1 47 U.S.C. § 251(e)(1) (2018).\n\
         2 See In re Administration of the North American Numbering Plan, 11 FCC Rcd. 2588, 2591 (1995) [hereinafter NANP Order].\n\
         3 See U.S. Telecom Ass'n v. FCC, 359 F.3d 554, 565–66 (D.C. Cir. 2004).\n\
         4 NANP Order, supra note 2, at 2593.\n\
         5 Id. at 2594.\n",
    );
    let s = loaded(&[&doc]);
    let rows = s.rows("citations");
    let note = |n: &str| rows.iter().find(|r| r["note"] == n).expect(n).clone();
    const NANP: &str = "In re Administration of the North American Numbering Plan";
    assert_eq!(note("2")["title"], NANP);
    assert_eq!(note("2")["pin"], "2591");
    assert_eq!(
        (note("4")["form"].as_str(), note("4")["title"].as_str()),
        ("supra", NANP)
    );
    assert_eq!(
        (note("5")["form"].as_str(), note("5")["pin"].as_str()),
        ("id", "at 2594")
    );
    assert_eq!(note("5")["title"], NANP);
}

/// Inputs a fuzzer found to cut a character in two (curly quotes right after text that is no
/// author, an unterminated entity before one) load and are read.
#[test]
fn curly_quotes_and_broken_entities_load() {
    let dir = tempfile::tempdir().unwrap();
    let a = written(
        &dir,
        "a.md",
        "1. Claim one.[^1]\n\n[^1]: come to a resolution.“Quote,” *Duke Law Journal* (2004).\n",
    );
    let b = written(
        &dir,
        "b.txt",
        "Ann &#233 Lee\"“Quote,” governs the registry.\n",
    );
    let s = Store::new();
    let out = s.cmd().arg("load").arg(&a).arg(&b).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cites = s.rows("citations");
    assert_eq!(cites[0]["title"], "Quote", "{cites:?}");
    let claims = claims_of(&s);
    assert!(
        claims
            .iter()
            .any(|c| c["text"].contains("governs the registry")),
        "{claims:?}"
    );
}

/// A user's names with letters outside ASCII are found in any case ("TÜRKIYE SÉNAT", as
/// the built-in "Côte d'Ivoire" is), and a name whose letters could be cased too many ways
/// ("Xσσσ…") loads as quickly, found by its rule (it had taken all memory).
#[test]
fn a_users_names_outside_ascii_are_found_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    let ttl = dir.path().join("mine.ttl");
    let sigmas = "σ".repeat(40);
    std::fs::write(
        &ttl,
        format!("@prefix w: <https://w3id.org/warrant/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
         <https://example.org/actor/ts> a w:Actor ; skos:prefLabel \"Türkiye Sénat\" ; w:actorKind w:body .\n\
         <https://example.org/actor/xs> a w:Actor ; skos:prefLabel \"X{sigmas} Council\" ; w:actorKind w:body .\n"),
    )
    .unwrap();
    let doc = dir.path().join("d.md");
    std::fs::write(
        &doc,
        "The TÜRKIYE SÉNAT governs the registry. Côte d'Ivoire and CÔTE D'IVOIRE signed.\n",
    )
    .unwrap();
    let s = Store::new();
    s.ok(&[
        "load",
        "--actors",
        ttl.to_str().unwrap(),
        doc.to_str().unwrap(),
    ]);
    let rows = s.rows("actors");
    let mentions = |label: &str| {
        rows.iter()
            .find(|r| r["label"] == label)
            .map(|r| r["mentions"].clone())
    };
    assert_eq!(mentions("Türkiye Sénat").as_deref(), Some("1"), "{rows:?}");
    assert_eq!(mentions("Côte d'Ivoire").as_deref(), Some("2"), "{rows:?}");
}

/// Lists inside paragraphs (a plain-text constitution, a kramdown-rfc draft): each item is
/// a claim of its own, no claim runs into the next item's number, the lead-in line is a
/// claim, and the YAML header is metadata, not text.
#[test]
fn list_items_are_claims_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let doc = written(
        &dir,
        "charter.txt",
        "                   Charter of the Widget Project\n\n1. Decision-making bodies\n\n   Each decision is made by one or more of the following:\n    1. The Members, by way of a general resolution;\n    2. The Widget Steering Council and its Chair;\n    3. Delegates appointed by the Widget Steering Council.\n\n   An individual Member may\n    1. propose or sponsor draft resolutions;\n    2. vote on resolutions and in elections.\n\n   The Widget Steering Council has a casting vote. There is a quorum of 3Q. The\n   Council decides by a simple majority of those voting.\n",
    );
    let s = loaded(&[&doc, &fixture("ietf_draft-nottnick-ietf-decisions.md")]);
    let rows = claims_of(&s);
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str()).collect();
    for t in [
        "Each decision is made by one or more of the following:",
        "The Members, by way of a general resolution;",
        "Delegates appointed by the Widget Steering Council.",
        "An individual Member may",
        "propose or sponsor draft resolutions;",
        "vote on resolutions and in elections.",
        "The decision is within the authority of the body",
        "The outcome has sufficient support",
    ] {
        assert!(texts.contains(&t), "no claim {t:?} in {texts:?}");
    }
    assert!(
        !texts.iter().any(|t| t.ends_with(" 1.")
            || t.ends_with(" 2.")
            || t.contains("title:")
            || t.contains("ins:")),
        "{texts:?}"
    );
    assert!(kinds_of(&rows, "Delegates appointed by")
        .contains(&("authority".into(), "asserted".into())));
    let docs = s.rows("documents");
    assert!(docs
        .iter()
        .any(|d| d["title"] == "Making Decisions in IETF Working Groups"));
    let actors: Vec<String> = s
        .rows("actors")
        .into_iter()
        .map(|r| r["label"].clone())
        .collect();
    assert!(
        actors.contains(&"Widget Steering Council".to_string()),
        "{actors:?}"
    );
    assert!(!actors.iter().any(|a| a.contains("Q.")), "{actors:?}");
}

/// Author-date citations ("(Ostrom 1990, p. 12)", "Ostrom (1990) argues", "(see Hooghe and
/// Marks 2003; Buchanan & Keohane, 2006)") resolve to the reference list's entry with that
/// first author and year; one without an entry is unresolved; the entries are no claims.
#[test]
fn author_date_citations_resolve_to_the_reference_list() {
    let dir = tempfile::tempdir().unwrap();
    let doc = written(
        &dir,
        "polycentric.md",
        "# Polycentric authority\n\nThe council claims authority over the commons (Ostrom 1990, p. 12). Its mandate rests on a charter adopted by the members (see Hooghe and Marks 2003; Buchanan & Keohane, 2006). Ostrom (1990) argues that users can govern themselves. Others cite a missing work (Smith 2001). Harvard writes the page after a colon (Ostrom 1990: 45).\n\n## References\n\nHooghe, L., & Marks, G. (2003). Unraveling the central state, but how? Types of multi-level governance. American Political Science Review, 97(2), 233–243.\n\nOstrom, E. (1990). Governing the Commons: The Evolution of Institutions for Collective Action. Cambridge University Press.\n\nBuchanan, A., & Keohane, R. O. (2006). The legitimacy of global governance institutions. Ethics & International Affairs, 20(4), 405–437.\n",
    );
    let s = loaded(&[&doc]);
    let rows = s.rows("citations");
    let row = |note: &str| -> Vec<(String, String, String, String)> {
        rows.iter()
            .filter(|r| r["note"] == note)
            .map(|r| {
                let g = |k: &str| r.get(k).cloned().unwrap_or_default();
                (g("status"), g("title"), g("pin"), g("signal"))
            })
            .collect()
    };
    let commons = "Governing the Commons: The Evolution of Institutions for Collective Action";
    assert_eq!(
        row("Ostrom 1990"),
        [
            ("resolved".into(), commons.into(), "p. 12".into(), "".into()),
            ("resolved".into(), commons.into(), "".into(), "".into()),
            ("resolved".into(), commons.into(), "45".into(), "".into())
        ]
    );
    assert_eq!(
        row("Hooghe and Marks 2003"),
        [(
            "resolved".into(),
            "Unraveling the central state, but how? Types of multi-level governance".into(),
            "".into(),
            "see".into()
        )]
    );
    assert_eq!(row("Buchanan & Keohane 2006")[0].0, "resolved");
    assert_eq!(row("Smith 2001")[0].0, "unresolved");
    let texts: Vec<String> = claims_of(&s)
        .into_iter()
        .map(|r| r["text"].clone())
        .collect();
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("Cambridge University Press")),
        "{texts:?}"
    );
    let breaks = s.ok(&["breaks", "--kind", "unresolved-citation"]);
    assert!(breaks.contains("Smith 2001"), "{breaks}");
}

#[test]
fn restructured_text_is_read_without_its_markup() {
    let dir = tempfile::tempdir().unwrap();
    let rst = "==========================\n Charter of the Widget Group\n==========================\n\n:Author: Jane Roe <jane@example.org>\n\n.. contents::\n\nMergers\n=======\n\nMergers_ are chosen by `the steering council`_ [#]_. The Board must\npublish its decisions.  The Board has the authority to veto any merge\n[#roe]_.\n\n.. note:: Members may appeal to the Board.\n\nThe vote works as follows::\n\n    tally = count(votes)\n\n.. [#] Jane Roe, *Councils and Power*, 12 J. GOV. 1 (2001).\n.. [#roe] *Id.* at 4.\n\n.. _Mergers: https://example.org/teams/#mergers\n.. _the steering council: https://example.org/council\n";
    let doc = written(&dir, "charter.rst", rst);
    // The same text saved as .txt, as Django and Debian ship theirs, is read as reST too.
    let txt = written(&dir, "charter-copy.txt", rst);
    let s = loaded(&[&doc, &txt]);
    let docs = s.rows("documents");
    assert_eq!(docs.len(), 2);
    for d in &docs {
        assert_eq!(d["format"], "rst", "{d:?}");
        assert_eq!(d["title"], "Charter of the Widget Group", "{d:?}");
    }
    let rows = claims_of(&s);
    let texts: Vec<&str> = rows
        .iter()
        .filter(|r| r["doc"] == "charter")
        .map(|r| r["text"].as_str())
        .collect();
    for t in [
        "Mergers are chosen by the steering council.",
        "The Board must publish its decisions.",
        "The Board has the authority to veto any merge.",
        "Members may appeal to the Board.",
        "The vote works as follows:",
    ] {
        assert!(texts.contains(&t), "no claim {t:?} in {texts:?}");
    }
    assert!(
        !texts
            .iter()
            .any(|t| t.contains(['`', '|']) || t.contains(".. ") || t.contains("tally")),
        "{texts:?}"
    );
    assert!(kinds_of(&rows, "The Board must publish")
        .contains(&("normative".into(), "asserted".into())));
    assert!(kinds_of(&rows, "authority to veto").contains(&("authority".into(), "asserted".into())));
    let cites: Vec<Row> = s
        .rows("citations")
        .into_iter()
        .filter(|r| r["doc"] == "charter")
        .collect();
    // Footnotes keep docutils' numbers; `[#roe]` is note 2, an Id. back to note 1's work.
    let n1 = only_note(&cites, "1");
    assert_eq!(n1["title"], "Councils and Power");
    let n2 = only_note(&cites, "2");
    assert_eq!(n2["form"], "id");
    assert_eq!(n2["title"], "Councils and Power");
    assert_eq!(n2["pin"], "at 4");
    // Hyperlink references are links to their targets' addresses.
    let links: Vec<&str> = cites
        .iter()
        .filter(|r| r["form"] == "link")
        .map(|r| r["work"].as_str())
        .collect();
    assert_eq!(links.len(), 2, "{cites:?}");
    assert!(
        links
            .iter()
            .any(|w| w.ends_with("example-org-teams-mergers")),
        "{links:?}"
    );
    assert!(
        links.iter().any(|w| w.ends_with("example-org-council")),
        "{links:?}"
    );
}

/// A blog's note call written "[1]" in a bare link (no `<sup>`) finds its note, a quote's
/// speaker keeps the letters of a name outside ASCII ("Göran Marby"), and a byline with its
/// date after a middle dot names the author.
#[test]
fn a_blogs_bracketed_call_finds_its_note_and_a_quote_its_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let doc = written(
        &dir,
        "blog.html",
        r##"<!DOCTYPE html><html><head><title>Who Governs the Root?</title></head><body><article>
<h1>Who Governs the Root?</h1>
<p class="byline">By Maria Alvarez · March 3, 2024</p>
<blockquote><p>“The community is the source of our legitimacy,” said Göran Marby, then ICANN’s chief executive.</p></blockquote>
<p>Participation in ICANN meetings is not the same as authorization.<a href="#fn1">[1]</a></p>
<ol class="footnotes"><li id="fn1">Milton Mueller, <em>Ruling the Root</em> (MIT Press, 2002), 45.</li></ol>
</article></body></html>"##,
    );
    let s = loaded(&[&doc]);
    let cites = s.rows("citations");
    let n1 = only_note(&cites, "1");
    assert_eq!(
        (
            n1["title"].as_str(),
            n1["pin"].as_str(),
            n1["status"].as_str()
        ),
        ("Ruling the Root", "45", "resolved")
    );
    assert_no_break(&s, "unresolved-citation");
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "“The community is the source"),
        "Göran Marby"
    );
    // The byline names the author, with its date after a middle dot.
    assert_eq!(
        speaker_of(&claims, "Participation in ICANN meetings"),
        "Maria Alvarez"
    );
}

#[test]
fn html_lists_of_notes_resolve_their_calls() {
    let dir = tempfile::tempdir().unwrap();
    let doc = written(
        &dir,
        "wiki.html",
        r##"<!DOCTYPE html><html><head><title>Registry - Wikipedia</title></head><body>
<nav><ul><li>Main page</li></ul></nav>
<p>The Registry is responsible for the root zone.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> The Board must approve all policies.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<h2>References</h2>
<ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> Jane Roe, <i>Names and Numbers</i>, 12 J. NET. L. 101 (2010).</li>
<li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span> <i>Id.</i> at 105.</li>
</ol></body></html>"##,
    );
    let s = loaded(&[&doc]);
    let cites = s.rows("citations");
    let n1 = only_note(&cites, "1");
    assert_eq!(
        (n1["title"].as_str(), n1["status"].as_str()),
        ("Names and Numbers", "resolved")
    );
    let n2 = only_note(&cites, "2");
    assert_eq!(
        (
            n2["form"].as_str(),
            n2["title"].as_str(),
            n2["pin"].as_str()
        ),
        ("id", "Names and Numbers", "at 105")
    );
    assert_no_break(&s, "unresolved-citation");
    // The backlinks are not text.
    let claims = claims_of(&s);
    assert!(
        !claims.iter().any(|c| c["text"].contains('^')),
        "{claims:?}"
    );
}

#[test]
fn a_note_that_only_links_to_a_page_cites_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let doc = written(
        &dir,
        "links.md",
        "The group is a meritocracy.[^1] The Board decides appeals.[^2] It may delegate.[^3]\n\n[^1]: Phrase borrowed from [\"Ben's essay\"](https://example.org/ben).\n\n[^2]: *Id.*\n\n[^3]: A remark of the author, with no source.\n",
    );
    let s = loaded(&[&doc]);
    let cites = s.rows("citations");
    let n1 = only_note(&cites, "1");
    assert_eq!(
        (
            n1["form"].as_str(),
            n1["title"].as_str(),
            n1["status"].as_str()
        ),
        ("full", "Ben's essay", "resolved")
    );
    assert!(n1["work"].ends_with("example-org-ben"), "{n1:?}");
    // Id. in the next note is that page.
    let n2 = note(&cites, "2");
    assert_eq!(
        (n2[0]["form"].as_str(), n2[0]["title"].as_str()),
        ("id", "Ben's essay")
    );
    // A note with neither a source nor a link cites nothing.
    assert!(note(&cites, "3").is_empty(), "{cites:?}");
}

/// Markdown wrapped at a line's width: a link whose text or label the line's end breaks is
/// one link; definitions after one whose destination is a file ("[INSTALL]: INSTALL") are
/// read, not shown as text.
#[test]
fn wrapped_links_and_definitions_after_a_file_link() {
    let s = loaded_one(
        "charter.md",
        "# Charter\n\nTechnical leadership is delegated to the projects by the [OpenJS\nFoundation Council][cpc]. See [Section\n4.1](https://example.org/rfc3935#section-4.1) for the scope.\n\nRead the file [INSTALL][] and the [guide][].\n\n[INSTALL]: INSTALL\n[cpc]: https://example.org/cpc\n[guide]: https://developer.example.org/en-US/docs/guide\n",
    );
    let texts: Vec<String> = claims_of(&s)
        .into_iter()
        .map(|r| r["text"].clone())
        .collect();
    for t in [
        "Technical leadership is delegated to the projects by the OpenJS Foundation Council.",
        "Read the file INSTALL and the guide.",
    ] {
        assert!(texts.iter().any(|x| x == t), "no claim {t:?} in {texts:?}");
    }
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("](") || t.contains("https://")),
        "{texts:?}"
    );
    let mut links: Vec<String> = s
        .rows("citations")
        .into_iter()
        .filter(|r| r["form"] == "link")
        .map(|r| r["title"].clone())
        .collect();
    links.sort();
    assert_eq!(links, ["OpenJS Foundation Council", "Section 4.1", "guide"]);
    // The definitions' addresses are no text: "en-US" names no state.
    assert!(!actor_labels(&s).iter().any(|l| l == "United States"));
    // A passive with its agent: "delegated to the projects by X" is granted by X, and the
    // projects (no actor) are its recipients, not X.
    let au = s.rows("authority");
    let led = authorization(&au, "Technical leadership is delegated");
    assert!(
        led["grantor"].ends_with("/openjs-foundation-council"),
        "{led:?}"
    );
    assert!(led.get("holder").is_none(), "{led:?}");
}

#[test]
fn markdown_reference_links_cite_their_targets_and_their_definitions_are_no_claims() {
    let dir = tempfile::tempdir().unwrap();
    let md = "# Project Governance\n\nThe [TSC Charter][] governs the operations of the TSC. All changes \
              to the Charter need approval by the [Foundation Council][cpc].\n\nCollaborators \
              maintain the [repository].\n\n[TSC Charter]: https://example.org/tsc/charter.md\n\
              [cpc]: https://example.org/cpc \"Cross-Project Council\"\n\
              [repository]: https://example.org/code\n";
    let doc = written(&dir, "governance.md", md);
    let s = loaded(&[&doc]);
    let rows = claims_of(&s);
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str()).collect();
    for t in [
        "The TSC Charter governs the operations of the TSC.",
        "All changes to the Charter need approval by the Foundation Council.",
        "Collaborators maintain the repository.",
    ] {
        assert!(texts.contains(&t), "no claim {t:?} in {texts:?}");
    }
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("]:") || t.contains("https://")),
        "{texts:?}"
    );
    let mut links: Vec<(String, String)> = s
        .rows("citations")
        .into_iter()
        .filter(|r| r["form"] == "link")
        .map(|r| (r["title"].clone(), r["status"].clone()))
        .collect();
    links.sort();
    assert_eq!(
        links,
        [
            ("Foundation Council".to_string(), "resolved".to_string()),
            ("TSC Charter".to_string(), "resolved".to_string()),
            ("repository".to_string(), "resolved".to_string()),
        ]
    );
}

#[test]
fn github_style_footnotes_resolve_to_their_works() {
    let dir = tempfile::tempdir().unwrap();
    let md = "# Charter\n\nThe Board has the authority to veto any merge.<sup>[1](#footnote1)</sup>\n\n\
              ---\n\n<a name=\"footnote1\">1</a>: Jane Roe, *Councils and Power*, 12 J. GOV. 1 (2001).\n";
    let doc = written(&dir, "charter.md", md);
    let s = loaded(&[&doc]);
    let texts: Vec<String> = claims_of(&s)
        .into_iter()
        .map(|r| r["text"].clone())
        .collect();
    assert_eq!(texts, ["The Board has the authority to veto any merge."]);
    let cites = s.rows("citations");
    let n1 = only_note(&cites, "1");
    assert_eq!(n1["title"], "Councils and Power");
    assert_eq!(n1["status"], "resolved");
}

#[test]
fn powers_elections_and_work_names_in_a_project_charter() {
    let dir = tempfile::tempdir().unwrap();
    let md = "# Project Governance\n\nThe Technical Steering Committee (TSC) leads the project. \
              The TSC can remove inactive Collaborators. The TSC Charter governs the operations \
              of the TSC. Each year, the TSC elects a chair to run the meetings. The TSC may \
              invite people to take part in a non-voting capacity. The meeting chair and the \
              TSC cannot veto or remove items.\n";
    let doc = written(&dir, "governance.md", md);
    let s = loaded(&[&doc]);
    let rows = s.rows("authority");
    let row = |t: &str| authorization(&rows, t);
    let tsc = "/actor/technical-steering-committee";
    let remove = row("The TSC can remove");
    assert!(remove["holder"].ends_with(tsc), "{remove:?}");
    assert_eq!(remove["polarity"], "asserted");
    // The charter, a work, is the subject: the TSC it names is no holder.
    assert_eq!(row("The TSC Charter governs").get("holder"), None);
    // The TSC grants the chair its office by election.
    let chair = row("Each year, the TSC elects");
    assert!(chair["holder"].ends_with("/actor/chair"), "{chair:?}");
    assert!(chair["grantor"].ends_with(tsc), "{chair:?}");
    assert_eq!(chair["basis"], "election");
    // A non-voting capacity is no election.
    assert_eq!(row("The TSC may invite").get("basis"), None);
    let veto = row("The meeting chair and the TSC cannot veto");
    assert_eq!(veto["polarity"], "denied");
}

#[test]
fn a_list_of_powers_is_its_lead_ins_holders_and_a_short_name_is_the_long_one() {
    let dir = tempfile::tempdir().unwrap();
    let md =
        "# Widget Steering Committee Charter\n\nThe Widget Steering Committee is the governing \
              body of the project.\n\nThe following responsibilities belong directly to the \
              Steering Committee.\n\n* Delegate authority over areas of the project.\n\
              * Define and enforce requirements for community groups.\n\n\
              Contributors write code.\n\n* Review changes and approve releases.\n";
    let doc = written(&dir, "charter.md", md);
    let s = loaded(&[&doc]);
    let actors: Vec<String> = s
        .rows("actors")
        .into_iter()
        .map(|r| r["label"].clone())
        .collect();
    assert!(
        actors.contains(&"Widget Steering Committee".to_string()),
        "{actors:?}"
    );
    assert!(
        !actors.contains(&"Steering Committee".to_string()),
        "{actors:?}"
    );
    let rows = s.rows("authority");
    let holder = |t: &str| holder_of(&rows, t);
    let sc = Some("widget-steering-committee".to_string());
    assert_eq!(holder("The following responsibilities belong"), sc);
    assert_eq!(holder("Delegate authority over areas"), sc);
    assert_eq!(holder("Define and enforce requirements"), sc);
    // A list under a lead-in that names no holder inherits none.
    assert_eq!(holder("Review changes and approve releases"), None);
}

/// A plain-text constitution: powers listed under "X may:", an office named "Chair of the
/// Y Committee" beside the committee, and a partner after "together with".
#[test]
fn powers_listed_under_a_modal_lead_in_are_its_subjects() {
    let dir = tempfile::tempdir().unwrap();
    let txt = "Constitution of the Example Project\n\n\
   Each decision in the Project is made by one or more of the following:\n\
    1. The Developers, by way of an election;\n\
    2. Delegates appointed by the Project Leader for specific tasks.\n\n\
1. The Technical Committee\n\n\
   The Technical Committee may:\n\
    1. Decide on any matter of technical policy.\n\
    2. Together with the Project Leader, appoint new members to the Committee.\n\n\
   The Chair of the Technical Committee is elected by the Technical Committee.\n\
   The Technical Committee meets monthly. The Chair of the Technical Committee \
presides.\n\n\
2. The Project Leader\n\n\
   The Project Leader is elected by the Developers. Together, the Developers may:\n\
    1. Appoint or recall the Project Leader.\n\
    2. Override any decision authorised by the Project Leader.\n\n\
   Members of the community:\n\
    1. Approve the annual report.\n";
    let doc = written(&dir, "constitution.txt", txt);
    let s = loaded(&[&doc]);
    let actor_rows = s.rows("actors");
    let actors: HashMap<String, String> = actor_rows
        .iter()
        .map(|r| (r["label"].clone(), r["kind"].clone()))
        .collect();
    // The Developers elect the Project Leader: an electorate, a principal. The committee
    // that elects its chair is an organ.
    let principal = |l: &str| {
        actor_rows
            .iter()
            .find(|r| r["label"] == l)
            .map(|r| r["principal"].clone())
    };
    assert_eq!(principal("Developers").as_deref(), Some("true"));
    assert_eq!(principal("Technical Committee").as_deref(), Some("false"));
    // The committee is an actor of its own, not a short form of its chair's office.
    assert_eq!(
        actors.get("Technical Committee").map(String::as_str),
        Some("body")
    );
    assert_eq!(
        actors
            .get("Chair of the Technical Committee")
            .map(String::as_str),
        Some("group")
    );
    let rows = s.rows("authority");
    let holder = |t: &str| holder_of(&rows, t);
    let tc = Some("technical-committee".to_string());
    let pl = Some("project-leader".to_string());
    let devs = Some("developers".to_string());
    assert_eq!(holder("Decide on any matter of technical policy"), tc);
    // The partner "together with" names is not the subject of the act.
    assert_eq!(holder("Together with the Project Leader"), tc);
    assert_eq!(holder("Appoint or recall the Project Leader"), devs);
    assert_eq!(holder("Override any decision"), devs);
    // The Project Leader authorised the decision, not the Developers' power to override it.
    let grantor = |t: &str| authorization(&rows, t).get("grantor").cloned();
    assert_eq!(grantor("Override any decision"), None);
    assert!(grantor("The Project Leader is elected").is_some_and(|g| g.ends_with("/developers")));
    let chains = s.rows("breaks");
    assert!(
        !chains.iter().any(|r| r["kind"] == "no-principal"
            && r["text"].starts_with("The Project Leader is elected")),
        "{chains:?}"
    );
    assert_eq!(holder("The Project Leader is elected"), pl);
    // A lead-in without a modal gives its list no holder.
    assert_eq!(holder("Approve the annual report"), None);
    // An earlier item's holder is not the next item's: the Delegates are not the Developers,
    // and no chain returns to where it started.
    assert_ne!(holder("Delegates appointed by the Project Leader"), devs);
    assert_no_break(&s, "circular");
}

/// A reST PEP: powers listed under "For example, they can:", after a paragraph naming the
/// council, are the council's authority claims.
#[test]
fn a_list_under_they_can_holds_powers_of_the_body_named_above() {
    let dir = tempfile::tempdir().unwrap();
    let rst =
        "PEP: 9999\nTitle: Example governance\n\nThe steering council\n====================\n\n\
The steering council has broad authority to make decisions about the project. The core \
team elects the steering council.\n\n\
For example, they can:\n\n* Accept or reject PEPs\n* Enforce or update the code of conduct\n\n\
Core developers write code.\n\n* Review pull requests\n* Triage bugs in the tracker\n";
    let doc = written(&dir, "pep-9999.rst", rst);
    let s = loaded(&[&doc]);
    let rows = s.rows("authority");
    let holder = |t: &str| holder_of(&rows, t);
    assert_eq!(
        holder("Accept or reject PEPs"),
        Some("steering-council".into())
    );
    assert_eq!(
        holder("Enforce or update the code of conduct"),
        Some("steering-council".into())
    );
    // A list under a lead-in without a modal holds no powers.
    assert!(!rows
        .iter()
        .any(|r| r["text"].starts_with("Review pull requests")));
}

/// A Wikipedia-style page: references in author-date form ("Mueller, Milton (2017).
/// Title. ..."), one of them called twice.
#[test]
fn a_reused_web_reference_supports_each_claim_that_calls_it() {
    let s = loaded_one("iana.html", IANA_PAGE);
    let cits = s.rows("citations");
    let title = |n: &str| {
        note(&cits, n)
            .iter()
            .map(|r| r["title"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(title("1"), ["About us"]);
    // The corporate author and the date head the reference: one work, its quoted title.
    assert_eq!(
        title("2"),
        ["NTIA Announces Intent to Transition Key Internet Domain Name Functions"]
    );
    assert_eq!(title("3"), ["Will the Internet Fragment?"]);
    let out = s.ok(&[
        "query",
        "-e",
        "PREFIX w: <https://w3id.org/warrant/ns#> SELECT ?text ?note WHERE { ?c w:restsOn ?k ; w:text ?text . ?k w:note ?note }",
        "--format",
        "csv",
    ]);
    let rests_on_2: Vec<&str> = out
        .lines()
        .filter(|l| l.ends_with(",2"))
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(rests_on_2.len(), 2, "{out}");
    assert!(
        rests_on_2
            .iter()
            .any(|t| t.contains("In 2016 the stewardship")),
        "{out}"
    );
}

const IANA_PAGE: &str = r##"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Internet Assigned Numbers Authority - Wikipedia</title></head>
<body>
<div id="mw-navigation"><a href="/wiki/Main_Page">Main page</a> <a href="/wiki/Special:Random">Random article</a></div>
<main id="content">
<h1 id="firstHeading">Internet Assigned Numbers Authority</h1>
<div id="bodyContent">
<p>The <b>Internet Assigned Numbers Authority</b> (<b>IANA</b>) is a standards organization that oversees global IP address allocation.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> IANA is a function of ICANN, which operated it under a contract with the United States Department of Commerce until 2016.<sup id="cite_ref-ntia_2-0" class="reference"><a href="#cite_note-ntia-2">[2]</a></sup></p>
<p>In 2016 the stewardship of the IANA functions was transferred to the global multistakeholder community.<sup id="cite_ref-ntia_2-1" class="reference"><a href="#cite_note-ntia-2">[2]</a></sup> Critics argued that the community has no mandate from the users it claims to represent.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup></p>
<h2 id="References">References</h2>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text"><cite class="citation web">"<a href="https://www.iana.org/about">About us</a>". <i>IANA</i>. Retrieved 2 March 2020.</cite></span></li>
<li id="cite_note-ntia-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-ntia_2-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-ntia_2-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text"><cite class="citation web">National Telecommunications and Information Administration (14 March 2014). <a href="https://www.ntia.doc.gov/press-release/2014/ntia-announces-intent">"NTIA Announces Intent to Transition Key Internet Domain Name Functions"</a>. Retrieved 5 May 2016.</cite></span></li>
<li id="cite_note-3"><span class="mw-cite-backlink"><b><a href="#cite_ref-3">^</a></b></span> <span class="reference-text">Mueller, Milton (2017). <i>Will the Internet Fragment?</i>. Polity Press. p. 45.</span></li>
</ol></div>
</div></main>
<footer id="footer"><ul><li>This page was last edited on 1 January 2024.</li><li><a href="/wiki/Privacy">Privacy policy</a></li></ul></footer>
</body></html>
"##;

/// A blog post with a quotation, its attribution line, and a comments section with a
/// reply form: the comments are not the document's claims; the quotation is its source's.
#[test]
fn a_blog_posts_comments_are_not_its_claims() {
    let s = loaded_one("post.html", BLOG_POST);
    let claims = claims_of(&s);
    let texts: Vec<&str> = claims.iter().map(|r| r["text"].as_str()).collect();
    assert!(
        !texts.iter().any(|t| t.contains("elected by the members")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("says:")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.starts_with("—")), "{texts:?}");
    let quoted = claims
        .iter()
        .find(|r| r["text"].starts_with("The council represents"))
        .unwrap();
    assert_eq!(quoted["speaker"], "Council charter");
    let rows = s.rows("authority");
    let holder = |t: &str| holder_of(&rows, t);
    let council = Some("regional-policy-council".to_string());
    // "claims to speak for" is a claim of authority; "the council" is the one body named so.
    assert_eq!(
        holder("The Regional Policy Council claims to speak for"),
        council
    );
    assert_eq!(holder("The council represents"), council);
    // "Its charter says so": the council's authority on its own instrument's word.
    assert_eq!(holder("Its charter says so"), council);
    let basis = authorization(&rows, "Its charter says so").get("basis");
    assert_eq!(basis.map(String::as_str), Some("self-declaration"));
}

const BLOG_POST: &str = r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Who gave the council its mandate? | Governance Notes</title>
<meta name="author" content="Jane Roe"></head>
<body class="post-template-default single single-post">
<header id="masthead"><div class="site-branding"><p class="site-title"><a href="/">Governance Notes</a></p></div>
<nav id="site-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li></ul></nav></header>
<div id="content"><main id="main">
<article id="post-42" class="post-42 post type-post">
<header class="entry-header"><h1 class="entry-title">Who gave the council its mandate?</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time datetime="2024-03-02">March 2, 2024</time></span> <span class="byline">by <a href="/author/jane/">Jane Roe</a></span></div></header>
<div class="entry-content">
<p>The Regional Policy Council claims to speak for every network operator in the region. Its charter says so. But no operator ever voted for the council, and the charter was written by the council itself.</p>
<p>Attendance at the annual meeting was 212 people. That is participation, not a mandate.</p>
<blockquote><p>The council represents the whole community and acts on its behalf.</p><cite>— Council charter, art. 2</cite></blockquote>
<p>As one member put it, “we never delegated anything to them.”</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/governance/">Governance</a></span> <span class="tags-links">Tagged <a href="/tag/mandate/">mandate</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on “Who gave the council its mandate?”</h2>
<ol class="comment-list">
<li id="comment-7" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bob Smith</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-7"><time datetime="2024-03-03">March 3, 2024 at 9:14 am</time></a></div></footer>
<div class="comment-content"><p>The council was elected by the members at the 2019 assembly, so it does have a mandate.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<footer id="colophon"><div class="site-info">Proudly powered by WordPress</div></footer>
</body></html>
"##;

#[test]
fn page_chrome_tables_and_badges_of_a_markdown_page_are_no_claims() {
    let dir = tempfile::tempdir().unwrap();
    let md = "---\nlayout: post\ntitle: \"How the Board Decides\"\npermalink: /board/\n---\n\n\
              [![Build](https://ci.example.org/x.svg)](https://ci.example.org/x)\n\n<!--\nA comment\n\
              on two lines.\n-->\n\n# How the Board Decides\n\nThe Board has the authority to \
              approve the annual budget.\n\n| Role | Who appoints | Term |\n|------|---|---|\n\
              | Chair | The Board | 2 years |\n| Treasurer | The Members | 1 year |\n\n\
              Last updated: March 3, 2024 · [Edit this page on GitHub](https://github.com/x/y/edit/b.md)\n\n\
              © 2024 Example Foundation. All rights reserved.\n";
    let doc = written(&dir, "board.md", md);
    let s = loaded(&[&doc]);
    let texts: Vec<String> = claims_of(&s)
        .into_iter()
        .map(|r| r["text"].clone())
        .collect();
    assert_eq!(
        texts,
        ["The Board has the authority to approve the annual budget."]
    );
}

#[test]
fn a_web_page_in_a_declared_legacy_encoding_is_read_as_it_says() {
    let dir = tempfile::tempdir().unwrap();
    let html = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\
<title>Charte</title></head><body><p>Le Comit\xe9 has the authority to approve the budget.</p></body></html>";
    let p = dir.path().join("charte.html");
    std::fs::write(&p, html).unwrap();
    // The same bytes without a declared encoding are not UTF-8: refused, as before.
    let undeclared = dir.path().join("plain.html");
    std::fs::write(&undeclared, b"<p>Le Comit\xe9 decides.</p>").unwrap();
    let s = loaded(&[&p]);
    let texts: Vec<String> = claims_of(&s)
        .into_iter()
        .map(|r| r["text"].clone())
        .collect();
    assert_eq!(
        texts,
        ["Le Comité has the authority to approve the budget."]
    );
    let out = s
        .cmd()
        .args(["load", undeclared.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));
}

/// A mailing-list reply: its header is metadata (the subject its title, the sender its
/// author), the quoted message is its writer's, and "On ..., X wrote:" is no claim.
#[test]
fn a_mailing_list_reply_quotes_its_writer() {
    let s = loaded_one("reply.txt", MAIL_REPLY);
    let docs = s.rows("documents");
    assert_eq!(docs[0]["title"], "Who approved the new trademark policy?");
    let rows = claims_of(&s);
    let speaker = |t: &str| speaker_of(&rows, t);
    assert_eq!(
        speaker("The Board approved the trademark policy"),
        "John Smith"
    );
    // The second quoted paragraph is his too; the reply is the sender's.
    assert_eq!(speaker("Nobody objected on the list."), "John Smith");
    assert_eq!(speaker("Silence on the list is not consent."), "Jane Doe");
    assert!(
        !rows.iter().any(|r| r["text"].contains("wrote:")),
        "{rows:?}"
    );
    assert!(
        !rows.iter().any(|r| r["text"].contains("Subject")),
        "{rows:?}"
    );
    assert_eq!(
        kinds_of(&rows, "Silence on the list is not consent."),
        [("authority".to_string(), "denied".to_string())]
    );
}

const MAIL_REPLY: &str = "From: Jane Doe <jane@example.org>
To: governance@lists.example.org
Subject: Re: [gov] Who approved the new trademark policy?
Date: Tue, 3 Mar 2026 10:14:02 +0100

On Mon, 2 Mar 2026, John Smith wrote:
> The Board approved the trademark policy at its February meeting, so it
> is binding on all contributors.
>
> Nobody objected on the list.

I don't think that follows. The Board has no mandate to bind contributors
to a trademark policy; the charter gives it authority over the foundation's
funds, not over the project's code or name.

Silence on the list is not consent.

--
Jane Doe
";

/// A reply whose attribution line runs its date and time into the writer's name, with the
/// address on the next line ("--On Monday, October 13, 2014 22:10 +0200 Jari Arkko"): the
/// quotation is his, the line no claim, the list's footer no claim.
#[test]
fn a_reply_quotes_a_writer_named_after_a_date_without_a_comma() {
    let s = loaded_one("klensin.txt", MAIL_REPLY_DATED);
    let rows = claims_of(&s);
    let speaker = |t: &str| speaker_of(&rows, t);
    assert_eq!(
        speaker("The IAB has the authority to approve the IANA arrangements"),
        "Jari Arkko"
    );
    assert_eq!(
        speaker("The community, through rough consensus on this list, should decide."),
        "John Klensin"
    );
    for not_a_claim in ["wrote:", "mailing list", "listinfo"] {
        assert!(
            !rows.iter().any(|r| r["text"].contains(not_a_claim)),
            "{not_a_claim}: {rows:?}"
        );
    }
    assert!(kinds_of(
        &rows,
        "Participation in the IANAPLAN working group is not a mandate"
    )
    .contains(&("authority".to_string(), "denied".to_string())));
}

const MAIL_REPLY_DATED: &str = "From: John Klensin <john-ietf@jck.com>
To: ietf@ietf.org
Subject: Re: [IAB] Who decides on the IANA transition?
Date: Tue, 14 Oct 2014 09:12:44 -0400

--On Monday, October 13, 2014 22:10 +0200 Jari Arkko
<jari.arkko@piuha.net> wrote:

> The IAB has the authority to approve the IANA arrangements on
> behalf of the IETF.
>
> Jari

Jari,

I don't think that is right.  The IAB is appointed by the NomCom
and confirmed by the ISOC Board of Trustees, but nothing in RFC
2850 gives it the power to decide for the community on a matter of
this kind.  Participation in the IANAPLAN working group is not a
mandate, and the IESG cannot claim one either.

The community, through rough consensus on this list, should decide.

    john

_______________________________________________
Ietf mailing list
Ietf@ietf.org
https://www.ietf.org/mailman/listinfo/ietf
";

/// A press release: its slug ("FOR IMMEDIATE RELEASE") is neither title nor claim, what
/// follows its end mark ("###") is the issuer's boilerplate, an official quoted under a long
/// title is named by the name that ends it, and "the U.S. Commerce Department" holds no
/// person "U.S. Commerce".
#[test]
fn a_press_release_its_slug_end_mark_and_official() {
    let s = loaded_one("release.txt", PRESS_RELEASE);
    assert_eq!(
        s.rows("documents")[0]["title"],
        "NTIA Announces Intent to Transition Key Internet Domain Name Functions"
    );
    let rows = claims_of(&s);
    assert_eq!(
        speaker_of(&rows, "\"The timing is right"),
        "Lawrence E. Strickling"
    );
    // The next quotation goes on in his words.
    assert_eq!(
        speaker_of(&rows, "\"We look forward"),
        "Lawrence E. Strickling"
    );
    for not_a_claim in ["IMMEDIATE", "Media Contact", "About NTIA", "###"] {
        assert!(
            !rows.iter().any(|r| r["text"].contains(not_a_claim)),
            "{not_a_claim}: {rows:?}"
        );
    }
    let actors = actor_labels(&s);
    assert!(
        actors.contains(&"Lawrence E. Strickling".to_string()),
        "{actors:?}"
    );
    assert!(!actors.iter().any(|a| a.contains("Commerce")), "{actors:?}");
}

const PRESS_RELEASE: &str = "FOR IMMEDIATE RELEASE

NTIA Announces Intent to Transition Key Internet Domain Name Functions

WASHINGTON, March 14, 2014 – To support and enhance the multistakeholder model of Internet policymaking and governance, the U.S. Commerce Department's National Telecommunications and Information Administration (NTIA) today announces its intent to transition key Internet domain name functions to the global multistakeholder community.

\"The timing is right to start the transition process,\" said Assistant Secretary of Commerce for Communications and Information Lawrence E. Strickling. \"We look forward to ICANN convening stakeholders across the global Internet community to craft an appropriate transition plan.\"

NTIA will not accept a proposal that replaces the NTIA role with a government-led or an inter-governmental organization solution.

###

Media Contact:
Heather Phillips, (202) 482-7002, press@ntia.doc.gov

About NTIA
The National Telecommunications and Information Administration is the Executive Branch agency that is principally responsible by law for advising the President on telecommunications and information policy issues.
";

/// A board's resolutions: the title over the meeting's date is the document's, the
/// outline's lettered titles ("a. Approval of Board Meeting Minutes") are headings, not
/// claims nor the rest of the numbered title above them, and "the Board" that resolves is
/// the board the title names.
#[test]
fn a_boards_resolutions_under_lettered_titles() {
    let s = loaded_one("resolutions.txt", BOARD_RESOLUTIONS);
    assert_eq!(
        s.rows("documents")[0]["title"],
        "Approved Board Resolutions | Regular Meeting of the ICANN Board"
    );
    let rows = claims_of(&s);
    for heading in [
        "Consent Agenda",
        "Approval of Board Meeting Minutes",
        "Appointment of",
    ] {
        assert!(
            !rows.iter().any(|r| r["text"].contains(heading)),
            "{heading}: {rows:?}"
        );
    }
    let auth = s.rows("authority");
    assert_eq!(
        holder_of(&auth, "Resolved (2014.10.16.01), the Board approves").as_deref(),
        Some("icann-board")
    );
    let appoints = authorization(&auth, "Resolved (2014.10.16.02), the Board appoints");
    assert!(
        appoints["grantor"].ends_with("/actor/icann-board"),
        "{appoints:?}"
    );
    assert!(!actor_labels(&s).iter().any(|a| a.contains("Approval")));
}

const BOARD_RESOLUTIONS: &str = "Approved Board Resolutions | Regular Meeting of the ICANN Board
16 October 2014

1. Consent Agenda

a. Approval of Board Meeting Minutes

Resolved (2014.10.16.01), the Board approves the minutes of the 8 September 2014 Regular Meeting of the ICANN Board.

b. Appointment of Members to the Root Server System Advisory Committee

Whereas, the ICANN Bylaws call for the Board to appoint the RSSAC Co-Chairs.

Resolved (2014.10.16.02), the Board appoints Lars-Johan Liman and Tripti Sinha as the RSSAC Co-Chairs.
";

/// What is entrusted or handed "to" someone is theirs: its recipient holds it, and the one
/// who hands it over, named before, is its grantor ("The United States Government
/// entrusted the IANA functions to ICANN"); a passive without its agent names the recipient
/// alone; "the right to elect the Board" hands nothing to the Board.
#[test]
fn what_is_entrusted_to_someone_is_theirs() {
    let s = loaded_one(
        "entrust.md",
        "# Entrusted\n\nThe .ORG registry was entrusted to the Internet Society in 2002.\n\n\
         The United States Government entrusted the IANA functions to ICANN in 1998.\n\n\
         The charter assigns the members the right to elect the ICANN Board.\n\n\
         ICANN was entrusted with the IANA functions by the United States Government.\n",
    );
    let rows = s.rows("authority");
    assert_eq!(
        holder_of(&rows, "The .ORG registry was entrusted").as_deref(),
        Some("isoc")
    );
    let iana = authorization(&rows, "The United States Government entrusted");
    assert!(iana["holder"].ends_with("/actor/icann"), "{iana:?}");
    assert!(
        iana["grantor"].ends_with("/actor/united-states"),
        "{iana:?}"
    );
    assert_eq!(iana["basis"], "delegation");
    assert_ne!(
        holder_of(&rows, "The charter assigns").as_deref(),
        Some("icann-board")
    );
    // The one who entrusts it, past what is entrusted ("the IANA functions" is no grantor).
    let with = authorization(&rows, "ICANN was entrusted with");
    assert!(with["holder"].ends_with("/actor/icann"), "{with:?}");
    assert!(
        with["grantor"].ends_with("/actor/united-states"),
        "{with:?}"
    );
}

/// An open letter's signatures under "Signed," are who signs it, named as actors, and no
/// claims; what the letter says before them is.
#[test]
fn an_open_letters_signatures_are_no_claims() {
    let s = loaded_one(
        "letter.md",
        "# Open Letter on the .ORG Sale\n\nThe Internet Society has no mandate from the .ORG \
         community to sell the registry.\n\nWe urge the ICANN Board to reject the transfer.\n\n\
         Signed,\n\n- Access Now\n- Electronic Frontier Foundation\n- Jane Q. Activist, \
         independent researcher\n",
    );
    let rows = claims_of(&s);
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str()).collect();
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("Signed") && !t.contains("Activist") && !t.contains("Access Now")),
        "{texts:?}"
    );
    assert!(texts.contains(&"We urge the ICANN Board to reject the transfer."));
    let actors = actor_labels(&s);
    for signer in [
        "Access Now",
        "Electronic Frontier Foundation",
        "Jane Q. Activist",
    ] {
        assert!(actors.contains(&signer.to_string()), "{signer}: {actors:?}");
    }
}

/// A wiki's page: its menus are no headings and the page's title is its own heading
/// without the site's name; a note that opens with an organization as author and a year
/// ("World Summit on the Information Society (2005). \"Tunis Agenda ...\"") cites one work,
/// the quoted one, whose issuer the organization is; "the Forum" is the IGF, labelled by
/// its acronym.
#[test]
fn a_wiki_page_its_menus_title_and_an_organizations_reference() {
    let s = loaded_one("igf.html", WIKI_PAGE);
    assert_eq!(s.rows("documents")[0]["title"], "Internet Governance Forum");
    let cites = s.rows("citations");
    let titles: Vec<(&str, &str)> = cites
        .iter()
        .map(|r| (r["note"].as_str(), r["title"].as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("1", "About the IGF"),
            ("2", "Tunis Agenda for the Information Society"),
            (
                "3",
                "Networks and States: The Global Politics of Internet Governance"
            )
        ]
    );
    let rows = claims_of(&s);
    assert!(
        !rows.iter().any(|r| r["text"].contains("Main page")),
        "{rows:?}"
    );
    let auth = s.rows("authority");
    assert_eq!(
        holder_of(&auth, "Critics argue that the Forum lacks a mandate").as_deref(),
        Some("igf")
    );
}

const WIKI_PAGE: &str = r##"<!DOCTYPE html>
<html><head><title>Internet Governance Forum - Wikipedia</title></head>
<body>
<div id="mw-navigation"><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Special:Random">Random article</a></li></ul></div>
<div id="content">
<h1 id="firstHeading">Internet Governance Forum</h1>
<p>The <b>Internet Governance Forum</b> (<b>IGF</b>) is a multistakeholder governance group for policy dialogue on issues of Internet governance.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> It was established by the Secretary-General of the United Nations in 2006.<sup id="cite_ref-tunis_2-0" class="reference"><a href="#cite_note-tunis-2">[2]</a></sup></p>
<p>The IGF has no decision-making authority.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup> Critics argue that the Forum lacks a mandate to make recommendations.<sup id="cite_ref-tunis_2-1" class="reference"><a href="#cite_note-tunis-2">[2]</a></sup></p>
<h2><span class="mw-headline" id="References">References</span></h2>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text"><cite class="citation web">"About the IGF". <i>Internet Governance Forum</i>. Retrieved 12 March 2020.</cite></span></li>
<li id="cite_note-tunis-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-tunis_2-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-tunis_2-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text"><cite class="citation web">World Summit on the Information Society (2005). <a href="https://www.itu.int/net/wsis/docs2/tunis/off/6rev1.html">"Tunis Agenda for the Information Society"</a>. ITU.</cite></span></li>
<li id="cite_note-3"><span class="mw-cite-backlink"><b><a href="#cite_ref-3">^</a></b></span> <span class="reference-text">Mueller, Milton (2010). <i>Networks and States: The Global Politics of Internet Governance</i>. MIT Press. p. 115.</span></li>
</ol></div>
</div>
</body></html>
"##;

/// An op-ed page: its title is its heading between the section's name and the paper's
/// ("Opinion | ... - The Example Times"); a quotation's speaker named in an apposition
/// ('"...," ICANN's chief executive, Göran Marby, told me.') is that speaker; the author's
/// note at the end is no claim.
#[test]
fn an_op_eds_title_apposed_speaker_and_authors_note() {
    let s = loaded_one("oped.html", OP_ED);
    assert_eq!(s.rows("documents")[0]["title"], "Who gave ICANN the keys?");
    let rows = claims_of(&s);
    assert_eq!(speaker_of(&rows, "\"We are accountable"), "Göran Marby");
    assert_eq!(
        speaker_of(&rows, "The community cannot remove him."),
        "Maria Lopez"
    );
    assert!(
        !rows.iter().any(|r| r["text"].contains("professor of law")),
        "{rows:?}"
    );
}

const OP_ED: &str = r#"<html><head><title>Opinion | Who gave ICANN the keys? - The Example Times</title>
<meta name="author" content="Maria Lopez"></head>
<body>
<article>
<h1>Who gave ICANN the keys?</h1>
<p class="byline">By Maria Lopez</p>
<p>ICANN's defenders say the multistakeholder community legitimizes its decisions. But a community that anyone can join is not a constituency, and its consensus is not a vote.</p>
<p>"We are accountable to the global Internet community," ICANN's chief executive, Göran Marby, told me. Accountable how? The community cannot remove him.</p>
<p><em>Maria Lopez is a professor of law at Example University and the author of "Governing the Root" (2015).</em></p>
</article>
</body></html>
"#;

/// A recording's transcript: the time marks before its turns ("[00:00:21] Milton Mueller:")
/// are no reference list's keys (its turns had been read as references, and no claim kept),
/// and a full name that opens two turns or more is a speaker's.
#[test]
fn a_transcripts_time_marks_and_speakers() {
    let s = loaded_one(
        "episode.txt",
        "Transcript\n\n[00:00:05] Kathy Brown: Welcome back.\n\n\
         [00:00:15] Kathy Brown: Does ICANN have a mandate from Internet users?\n\n\
         [00:00:21] Milton Mueller: No. ICANN has no mandate from users.\n\n\
         [00:01:09] Milton Mueller: Participation in ICANN meetings is not authorization.\n",
    );
    let rows = claims_of(&s);
    assert_eq!(
        speaker_of(&rows, "Does ICANN have a mandate"),
        "Kathy Brown"
    );
    assert_eq!(
        speaker_of(&rows, "Participation in ICANN meetings"),
        "Milton Mueller"
    );
    assert!(kinds_of(
        &rows,
        "Participation in ICANN meetings is not authorization."
    )
    .contains(&("authority".to_string(), "denied".to_string())));
    assert!(!rows.iter().any(|r| r["text"].contains("00:0")), "{rows:?}");
}

/// A company's terms of service: the "Terms of Service" are a document, no organization
/// (its "Service" had made it one, holding what "These Terms are governed by" says), and "Our
/// Oversight Board" is the Oversight Board.
#[test]
fn terms_of_service_are_no_organization() {
    let s = loaded_one(
        "tos.md",
        "# Terms of Service\n\nThese Terms of Service (\"Terms\") govern your use of the services \
         provided by Example Social, Inc. (\"Example\", \"we\", \"us\" or \"our\").\n\n\
         Our Oversight Board may review our decisions, but its decisions are binding on us only \
         where we say so.\n\nThese Terms of Service are governed by the laws of the State of \
         California.\n",
    );
    let actors = actor_labels(&s);
    assert!(!actors.iter().any(|a| a.contains("Terms")), "{actors:?}");
    assert!(
        actors.contains(&"Oversight Board".to_string()),
        "{actors:?}"
    );
    let rows = s.rows("authority");
    assert_eq!(
        holder_of(&rows, "Our Oversight Board may review").as_deref(),
        Some("oversight-board")
    );
    assert!(
        rows.iter()
            .all(|r| !r.get("holder").is_some_and(|h| h.contains("terms"))),
        "{rows:?}"
    );
}

/// A blog post's reference list written an entry a line at its end ("[1] https://...",
/// "[2] ...", an entry running on to an indented line): each entry is a reference the
/// pointers resolve to (the list had been one claim, and the pointers' claims unsourced).
#[test]
fn a_reference_list_written_an_entry_a_line() {
    let s = loaded_one("post.txt", POST_WITH_REFERENCE_LINES);
    let cites = s.rows("citations");
    let notes: Vec<(&str, &str, &str)> = cites
        .iter()
        .map(|r| (r["note"].as_str(), r["form"].as_str(), r["status"].as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            ("1", "reference", "resolved"),
            ("2", "reference", "resolved"),
            ("3", "reference", "resolved")
        ]
    );
    assert_eq!(
        cites[2]["title"],
        "NTIA Finds IANA Stewardship Transition Proposal Meets Criteria"
    );
    let rows = claims_of(&s);
    assert!(
        !rows.iter().any(|r| r["text"].contains("https://")),
        "{rows:?}"
    );
    let unsourced: Vec<String> = s
        .rows("breaks")
        .into_iter()
        .filter(|r| r["kind"] == "unsourced")
        .map(|r| r["text"].clone())
        .collect();
    assert!(unsourced.is_empty(), "{unsourced:?}");
    // "Posted on <date> by Sam Carter" is the post's byline: its claims are his.
    assert_eq!(speaker_of(&rows, "ICANN now controls"), "Sam Carter");
}

const POST_WITH_REFERENCE_LINES: &str = "The IANA Transition Was a Governance Failure

Posted on 12 October 2016 by Sam Carter

ICANN now controls the root zone without any external check [1]. The
community working group claimed to speak for all Internet users [2], but
its members were self-selected.

As the NTIA itself put it, \"the transition preserves the security and
stability of the DNS\" [3]. That is a promise, not a mandate.

[1] https://www.icann.org/stewardship
[2] https://community.icann.org/display/gnso/CWG
[3] NTIA, \"NTIA Finds IANA Stewardship Transition Proposal Meets Criteria\",
    June 9, 2016, https://www.ntia.doc.gov/press-release/2016/iana-stewardship
";

/// A committee's minutes: the body whose meeting the title names ("Technical Steering
/// Committee Meeting Minutes") is an actor, and "the TSC" of the minutes is it; what it
/// delegates "to" a group is the group's, the committee its grantor ("the approval of patch
/// releases" is no one's approval).
#[test]
fn a_committees_minutes_name_the_committee_and_its_delegation() {
    let s = loaded_one(
        "minutes.md",
        "# Technical Steering Committee Meeting Minutes — 2023-05-04\n\n\
         **Attendees:** Jane Doe (Chair), John Smith, Ann Lee\n\n\
         **Decision:** The TSC delegates the approval of patch releases to the Release Working \
         Group. Major releases still require a TSC vote.\n",
    );
    let actors = actor_labels(&s);
    assert!(
        actors.contains(&"Technical Steering Committee".to_string()),
        "{actors:?}"
    );
    let rows = s.rows("authority");
    let delegation = authorization(&rows, "Decision: The TSC delegates");
    assert!(
        delegation["holder"].ends_with("/actor/release-working-group"),
        "{delegation:?}"
    );
    assert!(
        delegation["grantor"].ends_with("/actor/technical-steering-committee"),
        "{delegation:?}"
    );
    assert_eq!(
        holder_of(&rows, "Major releases still require a TSC vote.").as_deref(),
        Some("technical-steering-committee")
    );
}

/// A governance page's definition list: a definition's sentence that opens with a verb
/// ("Elected by the members.") is about its term ("Board of Directors"), which holds it.
#[test]
fn a_definition_lists_terms_hold_their_definitions() {
    let s = loaded_one(
        "governance.html",
        "<html><head><title>Governance</title></head><body><h1>Governance</h1>\
         <p>The Example Foundation is governed by its Board of Directors.</p><dl>\
         <dt>Board of Directors</dt><dd>Elected by the members. The Board approves the annual \
         budget.</dd><dt>Executive Director</dt><dd>Appointed by the Board.</dd></dl>\
         </body></html>",
    );
    let rows = s.rows("authority");
    let elected = authorization(&rows, "Elected by the members.");
    assert!(
        elected["holder"].ends_with("/actor/board-of-directors"),
        "{elected:?}"
    );
    assert!(
        elected["grantor"].ends_with("/actor/members"),
        "{elected:?}"
    );
    // A term that names no actor gives no holder.
    assert_eq!(holder_of(&rows, "Appointed by the Board."), None);
}

/// A resolution: "The General Assembly," is its clauses' subject, no claim; an operative
/// clause ("Requests ...", "Calls upon ...") is the Assembly's act; a preambular one
/// ("Recalling ...") and one that only notes are not.
#[test]
fn a_resolutions_operative_clauses_are_its_bodys_acts() {
    let s = loaded_one("resolution.txt", RESOLUTION);
    let rows = claims_of(&s);
    assert!(
        !rows.iter().any(|r| r["text"] == "The General Assembly,"),
        "{rows:?}"
    );
    let kinds =
        |t: &str| -> Vec<String> { kinds_of(&rows, t).into_iter().map(|(k, _)| k).collect() };
    assert!(kinds("Requests the Secretary-General").contains(&"authority".to_string()));
    assert!(kinds("Calls upon all stakeholders").contains(&"authority".to_string()));
    assert_eq!(kinds("Notes the work of the Commission"), ["empirical"]);
    assert_eq!(kinds("Recalling its resolutions"), ["empirical"]);
    let auth = s.rows("authority");
    for t in [
        "Requests the Secretary-General",
        "Calls upon all stakeholders",
        "Decides to extend",
    ] {
        assert_eq!(holder_of(&auth, t).as_deref(), Some("un-ga"), "{t}");
    }
}

const RESOLUTION: &str = "Resolution adopted by the General Assembly on 20 December 2024

79/999. Information and communications technologies for sustainable development

The General Assembly,

Recalling its resolutions 57/270 B of 23 June 2003 and 60/252 of 27 March 2006,

Noting with concern that many developing countries lack affordable access to information and communications technologies,

1. Decides to extend the mandate of the Internet Governance Forum for a further ten years;

2. Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;

3. Calls upon all stakeholders to ensure the full participation of developing countries;

4. Notes the work of the Commission on Science and Technology for Development;
";

/// Bylaws: section labels and run-in headings are no claims; passive acts of governance
/// ("may be amended by", vacancies filled) are authority claims; "with or without cause"
/// and a proviso deny nothing.
#[test]
fn bylaws_sections_run_in_headings_and_provisos() {
    let s = loaded_one("bylaws.txt", BYLAWS);
    let rows = claims_of(&s);
    for label in ["Section 2.2.", "Voting Rights.", "Section 3.3."] {
        assert!(
            !rows.iter().any(|r| r["text"] == label),
            "{label} is a claim"
        );
    }
    let authority = |t: &str| {
        kinds_of(&rows, t)
            .into_iter()
            .find(|(k, _)| k == "authority")
            .unwrap_or_else(|| panic!("{t} is no authority claim: {rows:?}"))
            .1
    };
    assert_eq!(authority("Any Director may be removed"), "asserted");
    assert_eq!(
        authority("Vacancies on the Board may be filled"),
        "asserted"
    );
    assert_eq!(authority("These Bylaws may be amended"), "asserted");
    assert_eq!(
        authority("Each Member shall be entitled to one vote"),
        "asserted"
    );
    // The agent of a passive act of governance holds the power to do it.
    let auth = s.rows("authority");
    assert_eq!(
        holder_of(&auth, "Any Director may be removed").as_deref(),
        Some("members")
    );
    assert_eq!(
        holder_of(&auth, "These Bylaws may be amended").as_deref(),
        Some("board-of-directors")
    );
}

const BYLAWS: &str = "BYLAWS OF THE OPEN WIDGET ASSOCIATION

ARTICLE II. MEMBERS

Section 2.2. Voting Rights. Each Member shall be entitled to one vote on each matter submitted to a vote of the Members.

ARTICLE III. BOARD OF DIRECTORS

Section 3.3. Removal. Any Director may be removed, with or without cause, by a two-thirds vote of the Members.

Section 3.4. Vacancies. Vacancies on the Board may be filled by a majority of the remaining Directors.

ARTICLE V. AMENDMENTS

Section 5.1. These Bylaws may be amended by a two-thirds vote of the Board of Directors, provided that no amendment shall diminish the voting rights of the Members.
";

/// A news article: the page's title without the site's name; a quotation's speaker named
/// after it ('..., said Milton Mueller'), who is a person of the document.
#[test]
fn a_news_articles_quotations_are_their_speakers() {
    let s = loaded_one("article.html", NEWS_ARTICLE);
    assert_eq!(
        s.rows("documents")[0]["title"],
        "ICANN board approves new gTLD round amid criticism"
    );
    let rows = claims_of(&s);
    let quote = rows
        .iter()
        .find(|r| r["text"].contains("do not represent the billions"))
        .unwrap();
    assert_eq!(quote["speaker"], "Milton Mueller");
    let actors = actor_labels(&s);
    assert!(actors.contains(&"Milton Mueller".to_string()), "{actors:?}");
    assert!(actors.contains(&"Tripti Sinha".to_string()), "{actors:?}");
}

const NEWS_ARTICLE: &str = r#"<!DOCTYPE html>
<html><head><title>ICANN board approves new gTLD round amid criticism | Example News</title></head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article>
<h1>ICANN board approves new gTLD round amid criticism</h1>
<p>The ICANN Board voted on Thursday to approve the next round of new generic top-level domains.</p>
<p>"The community has spoken, and the Board has acted on its advice," said Tripti Sinha, the board's chair.</p>
<p>"A few hundred people in a meeting room do not represent the billions of Internet users," said Milton Mueller, a professor at Georgia Tech.</p>
</article>
</body></html>
"#;

/// A court opinion cites in its running text: each citation sentence supports the sentence
/// before it and is no claim; Id. and a case's short form resolve to the case cited before.
#[test]
fn an_opinions_citation_sentences_support_the_sentence_before() {
    let s = loaded_one("opinion.txt", OPINION);
    let rows = claims_of(&s);
    for cite in [
        "See Gonzales v. Oregon",
        "Id. at 651.",
        "Gonzales, 546 U.S., at 262.",
    ] {
        assert!(
            !rows.iter().any(|r| r["text"].starts_with(cite)),
            "{cite} is a claim"
        );
    }
    let cits = s.rows("citations");
    let form_title_pin: Vec<(&str, &str, &str)> = cits
        .iter()
        .map(|r| (r["form"].as_str(), r["title"].as_str(), r["pin"].as_str()))
        .collect();
    assert_eq!(
        form_title_pin,
        [
            ("full", "Gonzales v. Oregon", "258"),
            ("full", "Adams Fruit Co. v. Barrett", "650"),
            ("id", "Adams Fruit Co. v. Barrett", "at 651"),
            ("short", "Gonzales v. Oregon", "262"),
        ]
    );
    let sources = s.rows("authority-sources");
    let rests = |t: &str| -> Vec<String> {
        sources
            .iter()
            .filter(|r| r["text"].starts_with(t))
            .filter_map(|r| r.get("title").cloned())
            .collect()
    };
    assert_eq!(rests("Congress has not delegated"), ["Gonzales v. Oregon"]);
    assert_eq!(rests("The Commission's reading"), ["Gonzales v. Oregon"]);
}

const OPINION: &str = "JUSTICE SMITH delivered the opinion of the Court.

The Commission claims authority to regulate the domain name system under Section 201 of the Communications Act. We disagree. Congress has not delegated that power to the Commission. See Gonzales v. Oregon, 546 U.S. 243, 258 (2006). An agency may not bootstrap itself into an area in which it has no jurisdiction. Adams Fruit Co. v. Barrett, 494 U.S. 638, 650 (1990). Id. at 651.

The Commission's reading would give it authority that Congress never conferred. Gonzales, 546 U.S., at 262.
";

/// An appellate opinion cites in strings ("See A; B."), inside its sentences ("..., see
/// Gonzales v. Oregon, 546 U.S. 243 (2006), and ..."), and with a case's name abbreviated
/// ("Louisiana Pub. Serv. Comm'n v. FCC"): each string's case is cited, a sentence that goes
/// on after its case is a claim resting on it, and an Id. after it is that case.
#[test]
fn an_opinions_string_citations_and_cases_cited_inside_sentences() {
    let s = loaded_one("appeal.txt", APPEAL);
    let cits = s.rows("citations");
    let form_signal_title_pin: Vec<(&str, &str, &str, &str)> = cits
        .iter()
        .map(|r| {
            (
                r["form"].as_str(),
                r.get("signal").map_or("", String::as_str),
                r["title"].as_str(),
                r["pin"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        form_signal_title_pin,
        [
            ("full", "see", "Louisiana Pub. Serv. Comm'n v. FCC", "374"),
            ("full", "see", "Adams Fruit Co. v. Barrett", "650"),
            ("full", "see", "Gonzales v. Oregon", "258"),
            (
                "full",
                "",
                "Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc",
                "842"
            ),
            (
                "id",
                "",
                "Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc",
                "at 844"
            ),
            ("full", "see also", "City of Arlington v. FCC", "297"),
        ]
    );
    let claims = claims_of(&s);
    assert!(claims
        .iter()
        .any(|r| r["text"].starts_with("In Chevron U.S.A. Inc.")));
    assert!(!claims.iter().any(|r| r["text"].starts_with("Id.")));
    let sources = s.rows("authority-sources");
    // Titles sorted: the query orders its rows by claim only.
    let rests = |t: &str| -> Vec<String> {
        let mut titles: Vec<String> = sources
            .iter()
            .filter(|r| r["text"].starts_with(t))
            .filter_map(|r| r.get("title").cloned())
            .collect();
        titles.sort();
        titles
    };
    assert_eq!(
        rests("An agency's power"),
        [
            "Adams Fruit Co. v. Barrett",
            "Louisiana Pub. Serv. Comm'n v. FCC"
        ]
    );
    assert_eq!(rests("The Authority has no power"), ["Gonzales v. Oregon"]);
    assert_eq!(
        rests("That deference does not extend"),
        [
            "Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc",
            "City of Arlington v. FCC"
        ]
    );
}

const APPEAL: &str = "The Authority contends that its charter empowers it to set fees for every registrant. An agency's power to act is limited to the authority Congress has conferred upon it. See Louisiana Pub. Serv. Comm'n v. FCC, 476 U.S. 355, 374 (1986); Adams Fruit Co. v. Barrett, 494 U.S. 638, 650 (1990).

The Authority has no power to bind registrants who never consented, see Gonzales v. Oregon, 546 U.S. 243, 258 (2006), and its own bylaws cannot supply that power.

In Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc., 467 U.S. 837, 842 (1984), the Supreme Court held that courts defer to reasonable agency interpretations of ambiguous statutes.

That deference does not extend to questions of the agency's own jurisdiction. Id. at 844; see also City of Arlington v. FCC, 569 U.S. 290, 297 (2013).
";

/// A bill of the United States Congress: its section headings ("SEC. 2. ESTABLISHMENT OF
/// BOARD.") are no claims, its chambers are known, a relation's word inside a name ("House
/// of Representatives") is not the relation, a removal by an officer is his authority, and
/// "Nothing in this Act shall be construed to authorize" denies.
#[test]
fn a_bills_sections_chambers_and_limitations() {
    let s = loaded_one("hr1234.txt", BILL);
    let claims = claims_of(&s);
    for heading in [
        "SEC. 2.",
        "ESTABLISHMENT OF BOARD.",
        "AUTHORIZATION OF APPROPRIATIONS.",
    ] {
        assert!(
            !claims.iter().any(|r| r["text"] == heading),
            "{heading} is a claim"
        );
    }
    assert_eq!(
        kinds_of(&claims, "Nothing in this Act"),
        [
            ("authority".to_string(), "denied".to_string()),
            ("normative".to_string(), "denied".to_string())
        ]
    );
    let actors = actor_labels(&s);
    for a in ["Senate", "House of Representatives", "Congress"] {
        assert!(actors.iter().any(|l| l == a), "{a} not in {actors:?}");
    }
    // "composed of 7 members": the Board's size, not a membership that votes.
    assert!(!actors.iter().any(|l| l == "members"), "{actors:?}");
    let auths = s.rows("authority-sources");
    let of = |t: &str| -> Vec<(String, String)> {
        auths
            .iter()
            .filter(|r| r["text"].contains(t))
            .map(|r| {
                let h = r.get("holder").map_or("", String::as_str);
                (
                    h[h.rfind('/').map_or(0, |i| i + 1)..].to_string(),
                    r["relation"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(
        of("may be removed by the Secretary"),
        [("secretary".to_string(), "governs".to_string())]
    );
    assert!(of("Speaker of the House")
        .iter()
        .all(|(_, r)| r != "represents"));
}

const BILL: &str = "118th CONGRESS
2d Session

H. R. 1234

To establish the Internet Numbers Oversight Board, and for other purposes.

Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,

SECTION 1. SHORT TITLE.

This Act may be cited as the \"Internet Numbers Oversight Act of 2024\".

SEC. 2. ESTABLISHMENT OF BOARD.

(a) Establishment.--There is established in the Department of Commerce a board to be known as the Internet Numbers Oversight Board.

(b) Membership.--The Board shall be composed of 7 members appointed by the Secretary of Commerce, of whom--

(1) 2 shall be appointed from among individuals recommended by the Speaker of the House of Representatives; and

(2) 2 shall be appointed from among individuals recommended by the majority leader of the Senate.

(c) Removal.--A member of the Board may be removed by the Secretary for cause.

SEC. 3. DUTIES.

(a) In General.--The Board shall review the policies of the regional Internet registries and report to Congress annually.

(b) Limitation.--Nothing in this Act shall be construed to authorize the Board to regulate the content of any communication.

SEC. 4. AUTHORIZATION OF APPROPRIATIONS.

There are authorized to be appropriated to carry out this Act $5,000,000 for each of fiscal years 2025 through 2029.
";

/// A charter in AsciiDoc: its title and author from its header, its markup no claim, its
/// footnote a citation that the claim calling it rests on.
#[test]
fn an_asciidoc_charter() {
    let s = loaded_one("charter.adoc", ADOC);
    let docs = s.rows("documents");
    assert_eq!(docs[0]["title"], "Widget Project Charter");
    assert_eq!(docs[0]["format"], "asciidoc");
    let claims = claims_of(&s);
    let texts: Vec<&str> = claims.iter().map(|r| r["text"].as_str()).collect();
    for markup in ["make install", ":toc:", "[source,shell]", "NOTE:"] {
        assert!(
            !texts.iter().any(|t| t.contains(markup)),
            "{markup} in {texts:?}"
        );
    }
    assert!(texts.contains(&"The TSC is elected annually by the contributors."));
    let speakers: Vec<&str> = claims.iter().map(|r| r["speaker"].as_str()).collect();
    assert!(speakers.iter().all(|s| *s == "Jane Doe"), "{speakers:?}");
    let sources = s.rows("authority-sources");
    let oversight: Vec<&str> = sources
        .iter()
        .filter(|r| r["text"].starts_with("The Technical Steering Committee"))
        .filter_map(|r| r.get("title").map(String::as_str))
        .collect();
    assert_eq!(oversight, ["Widget Foundation Bylaws"]);
}

const ADOC: &str = "= Widget Project Charter
Jane Doe <jane@example.org>
:toc:

== Governance

The Technical Steering Committee (TSC) is responsible for all technical oversight of the project.footnote:[Widget Foundation, _Widget Foundation Bylaws_ (2023).]

* The TSC approves releases.

NOTE: The TSC is elected annually by the contributors.

[source,shell]
----
make install
----
";

/// A regulation of the European Union: its institutions are known ("the Commission" is the
/// European Commission where the Union is named), its short numbered paragraphs are
/// sentences, not titles, and a body "hereby established" is established by authority.
#[test]
fn a_regulations_institutions_and_numbered_paragraphs() {
    let s = loaded_one("regulation.txt", REGULATION);
    let actors = actor_labels(&s);
    for a in [
        "European Commission",
        "European Parliament",
        "European Widget Board",
    ] {
        assert!(actors.contains(&a.to_string()), "{a} not in {actors:?}");
    }
    let rows = claims_of(&s);
    assert!(
        kinds_of(&rows, "is hereby established").contains(&("authority".into(), "asserted".into()))
    );
    assert!(kinds_of(&rows, "The Board shall be composed")
        .contains(&("authority".into(), "asserted".into())));
    let auth = s.rows("authority");
    assert_eq!(
        holder_of(&auth, "The Commission shall be empowered").as_deref(),
        Some("european-commission")
    );
    // Powers "conferred on" an actor are that actor's.
    assert_eq!(
        holder_of(&auth, "The power to adopt delegated acts").as_deref(),
        Some("european-commission")
    );
    // The title in capitals, with its subtitle in lower case under it, is the document's
    // title and no claim.
    let docs = s.rows("documents");
    assert_eq!(
        docs[0]["title"],
        "REGULATION (EU) 2024/0000 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"
    );
    assert!(!rows.iter().any(|r| r["text"].contains("harmonised rules")));
}

const REGULATION: &str = "REGULATION (EU) 2024/0000 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL

on harmonised rules for widget governance

HAVE ADOPTED THIS REGULATION:

Article 2

Powers of the Commission

1. The Commission shall be empowered to adopt delegated acts in accordance with Article 97 to amend Annex III.

2. The European Parliament or the Council may revoke the delegation of power at any time.

3. The power to adopt delegated acts shall be conferred on the Commission for a period of five years.

Article 3

Widget Board

1. A European Widget Board (the 'Board') is hereby established.

2. The Board shall be composed of one representative per Member State.
";

/// An IEEE-style paper: "[2, 3]" and "[4]–[6]" point at every entry they name or span.
#[test]
fn numbered_pointer_lists_and_ranges_cite_each_entry() {
    let s = loaded_one("paper.md", IEEE_PAPER);
    let cits = s.rows("citations");
    let mut notes: Vec<&str> = cits.iter().map(|r| r["note"].as_str()).collect();
    notes.sort();
    assert_eq!(notes, ["1", "2", "3", "4", "5", "6"]);
    let two = cits.iter().find(|r| r["note"] == "2").unwrap();
    assert_eq!(two["title"], "The Global War for Internet Governance");
    assert_eq!(two["status"], "resolved");
}

const IEEE_PAPER: &str = "# Standards bodies

Critics argue that openness is not representation [1, 2]. Several studies find that a few firms dominate working groups [3]–[6].

## References

[1] A. Russell, \"Rough consensus and running code,\" IEEE Annals of the History of Computing, vol. 28, no. 3, pp. 48–61, 2006.

[2] L. DeNardis, The Global War for Internet Governance. New Haven, CT, USA: Yale Univ. Press, 2014.

[3] M. Mueller, Networks and States. Cambridge, MA, USA: MIT Press, 2010.

[4] J. Baron and T. Pohlmann, \"Who cooperates in standards consortia,\" Research Policy, vol. 42, pp. 563–573, 2013.

[5] N. ten Oever, \"Wired norms,\" Ph.D. dissertation, Univ. Amsterdam, 2020.

[6] C. Cath, \"The technology we choose to create,\" Telecommunications Policy, vol. 45, 2021.
";

/// A meeting's minutes: the attendance list names persons and is no claim; a motion's
/// mover and seconder are persons.
#[test]
fn minutes_name_their_attendees_and_movers() {
    let s = loaded_one("minutes.md", MINUTES);
    let actors = actor_labels(&s);
    for p in ["Jane Doe", "John Smith", "Ann Lee", "Raj Patel"] {
        assert!(actors.contains(&p.to_string()), "{p} not in {actors:?}");
    }
    let rows = claims_of(&s);
    assert!(
        !rows.iter().any(|r| r["text"].starts_with("Present:")),
        "{rows:?}"
    );
    assert!(kinds_of(&rows, "To approve the 2025 budget")
        .contains(&("authority".into(), "asserted".into())));
}

const MINUTES: &str = "# Board of Directors Meeting Minutes

**Present:** Jane Doe (Chair), John Smith (Treasurer), Ann Lee, Raj Patel
**Absent:** Maria Garcia

## Budget for 2025

The Treasurer presented the draft budget.

**Motion:** To approve the 2025 budget as presented.
Moved by John Smith, seconded by Ann Lee.
";

/// A quotation with its source's name alone under it ("— Milton Mueller", a blockquote's
/// footer): the name speaks the quotation; it is no title and no claim.
#[test]
fn a_name_under_a_quotation_speaks_it() {
    let dir = tempfile::tempdir().unwrap();
    let doc = written(
        &dir,
        "page.html",
        "<html><body><article><h1>On mandates</h1><p>The debate is old.</p><blockquote><p>No one elected the ICANN Board to represent the world's users.</p><footer>— <cite>Milton Mueller</cite></footer></blockquote><p>Others disagree.</p></article></body></html>",
    );
    let s = loaded(&[&doc]);
    let rows = claims_of(&s);
    let quote = rows
        .iter()
        .find(|r| r["text"].starts_with("No one elected"))
        .unwrap();
    assert_eq!(quote["speaker"], "Milton Mueller");
    assert!(
        !rows.iter().any(|r| r["text"].contains("— Milton")),
        "{rows:?}"
    );
}

/// A debate's turns are their speakers': the label is no part of the claim, a named
/// speaker is a person, and a subtitle under the title is no byline.
#[test]
fn a_debates_turns_are_their_speakers() {
    let s = loaded_one("debate.txt", DEBATE);
    let rows = claims_of(&s);
    let speaker = |t: &str| speaker_of(&rows, t);
    assert_eq!(speaker("The regulator is appointed by"), "Jane Holloway");
    // Whom a speaker reports speaks what is reported.
    assert_eq!(speaker("The Minister says the regulator"), "Minister");
    // The paragraph after a turn goes on with its speaker.
    assert_eq!(speaker("The users were never asked."), "Alan Price");
    assert_eq!(speaker("The consultation attracted"), "Claire Wood");
    assert!(
        !rows.iter().any(|r| r["text"].contains("Holloway:")
            || r["text"].starts_with("Dr Alan Price")
            || r["speaker"] == "Second Reading"),
        "{rows:?}"
    );
    let actors = actor_labels(&s);
    for p in ["Jane Holloway", "Alan Price", "Claire Wood"] {
        assert!(actors.contains(&p.to_string()), "{p} not in {actors:?}");
    }
}

const DEBATE: &str = "Internet Governance (Oversight) Bill

Second Reading

Mr Speaker: I call the Minister to move the Second Reading.

The Minister for Digital Infrastructure (Jane Holloway): I beg to move, That the Bill be now read a Second time.

Dr Alan Price (Cambridge) (LD): The Minister says the regulator will act on behalf of users, but who elected the regulator?

The users were never asked.

Jane Holloway: The regulator is appointed by the Secretary of State and is accountable to this House.

Mrs Claire Wood (Bristol North) (Lab): The consultation attracted 412 responses. That does not give the regulator a mandate.
";

/// An interview's answers are the interviewee's, its questions the author's.
#[test]
fn an_interviews_answers_are_the_interviewees() {
    let s = loaded_one(
        "interview.md",
        "# Nobody voted for it: an interview with Milton Mueller\n\n*By Sarah Kent, 3 February 2023*\n\n**Q: So who does ICANN answer to?**\n\n**A:** Formally, to the Empowered Community. The board can be removed only by the same bodies that select its members.\n",
    );
    let rows = claims_of(&s);
    let q = rows
        .iter()
        .find(|r| r["text"].starts_with("So who does ICANN"))
        .unwrap();
    assert_eq!(q["speaker"], "Sarah Kent");
    let a = rows
        .iter()
        .find(|r| r["text"].starts_with("The board can be removed only by"))
        .unwrap();
    assert_eq!(a["speaker"], "Milton Mueller");
    assert_eq!(a["kind"], "authority");
}

/// Terms of service: `Example Ltd ("we", "us")` makes "we" the company, whose powers ("We
/// may suspend ...", "We reserve the right to modify these Terms") are authority claims it
/// holds; without such a definition "we" holds nothing.
#[test]
fn a_defined_we_holds_the_powers_it_states() {
    let tos = "# Terms of Service\n\nThese Terms govern your use of the Example Forum operated by Example Ltd (\"we\", \"us\").\n\nWe may suspend or terminate your account at any time, for any reason.\n\nWe reserve the right to modify these Terms at any time.\n";
    let s = loaded_one("tos.md", tos);
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "We may suspend").as_deref(),
        Some("example-ltd")
    );
    assert_eq!(
        holder_of(&au, "We reserve the right").as_deref(),
        Some("example-ltd")
    );
    let plain = loaded_one(
        "essay.md",
        "# An essay\n\nWe may suspend our judgement for a while.\n\nWe reserve the right to modify these views.\n",
    );
    let rows = claims_of(&plain);
    assert!(!rows.iter().any(|r| r["kind"] == "authority"), "{rows:?}");
}

/// OSCOLA (UK) notes: cases with the report's year in square brackets, "v" without a
/// period, commas inside a party's name; "(n 2)" refers back to note 2 as "supra note 2"
/// does; "ibid" is the authority of the note right before.
#[test]
fn oscola_cases_and_cross_references() {
    let s = loaded_one("oscola.md", OSCOLA);
    let rows = s.rows("citations");
    let title =
        |n: &str| -> Vec<String> { note(&rows, n).iter().map(|r| r["title"].clone()).collect() };
    assert_eq!(title("2"), [PADFIELD]);
    assert_eq!(
        title("1"),
        ["R (Miller) v Secretary of State for Exiting the European Union"]
    );
    assert_eq!(
        first_row(&rows, "4", &["form", "title", "antecedent", "pin"]),
        ["supra", PADFIELD, "2", "1032"]
    );
    // "ibid" is the authority of the note right before: note 4's Padfield.
    assert_eq!(
        first_row(&rows, "5", &["form", "title", "antecedent"]),
        ["id", PADFIELD, "4"]
    );
    assert_eq!(note(&rows, "5")[1]["title"], "R (UNISON) v Lord Chancellor");
}

const OSCOLA: &str = "# Prerogative Power After Miller

Parliament alone may confer the power to make law.[^1] A power conferred for one purpose cannot be used for another.[^2] The prerogative is subject to review.[^3] A minister cannot frustrate a statute.[^4] The principle was restated.[^5]

[^1]: R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61 [122].
[^2]: Padfield v Minister of Agriculture, Fisheries and Food [1968] AC 997 (HL) 1030.
[^3]: *Council of Civil Service Unions v Minister for the Civil Service* [1985] AC 374 (HL).
[^4]: Padfield (n 2) 1032.
[^5]: ibid 410; see also R (UNISON) v Lord Chancellor [2017] UKSC 51, [2020] AC 869.
";

/// Notes called by superscript digits, as text copied from a word processor or a PDF has
/// them ("review.³" ... "³ Council of Civil Service Unions ..."): each claim rests on its
/// note, and "Ibid" is the note before's case.
#[test]
fn superscript_digits_call_their_notes() {
    let s = loaded_one(
        "article.txt",
        "Prerogative Power\n\nParliament alone may confer the power to make law.¹ A power conferred for one purpose cannot be used for another.² The prerogative is subject to review.³\n\n¹ Padfield v Minister of Agriculture, Fisheries and Food [1968] AC 997 (HL) 1030.\n\n² Ibid 1032.\n\n³ Council of Civil Service Unions v Minister for the Civil Service [1985] AC 374 (HL).\n",
    );
    let rows = s.rows("citations");
    assert_eq!(
        first_row(&rows, "2", &["form", "antecedent", "title"]),
        ["id", "1", PADFIELD]
    );
    assert_eq!(
        titles_resting(&s, "Parliament alone may confer the power to make law."),
        [PADFIELD]
    );
    // The claims' texts hold no superscript.
    assert!(!claims_of(&s).iter().any(|r| r["text"].contains('¹')));
}

/// Bracketed endnotes: "[2] Ibid 1032." is an Id. of entry 1, and each sentence ending in
/// its pointer is a claim of its own resting on it.
#[test]
fn bracketed_endnotes_with_ibid() {
    let s = loaded_one(
        "notes.txt",
        "A Title\n\nParliament alone may confer the power to make law.[1] A power conferred for one purpose cannot be used for another.[2] The prerogative is subject to review.[3]\n\n[1] Padfield v Minister of Agriculture, Fisheries and Food [1968] AC 997 (HL) 1030.\n\n[2] Ibid 1032.\n\n[3] Council of Civil Service Unions v Minister for the Civil Service [1985] AC 374 (HL).\n",
    );
    let rows = s.rows("citations");
    assert_eq!(
        first_row(&rows, "2", &["form", "pin", "title"]),
        ["id", "1032", PADFIELD]
    );
    assert!(
        !rows.iter().any(|r| r["title"].starts_with("Ibid")),
        "{rows:?}"
    );
    let texts: Vec<String> = claims_of(&s).iter().map(|r| r["text"].clone()).collect();
    assert!(
        texts.contains(
            &"A power conferred for one purpose cannot be used for another.[2]".to_string()
        ),
        "{texts:?}"
    );
}

/// Text extracted from a PDF: notes called by digits glued to a word ("law.1"), one per
/// line, each opening with its number; "(n 2)" refers back to note 2.
#[test]
fn glued_digit_calls_in_plain_text() {
    let s = loaded_one(
        "article.txt",
        "Prerogative Power After Miller\n\nParliament alone may confer the power to make law.1 The courts have held that a power conferred for one purpose cannot be used for another.2 The prerogative is subject to review.3 A minister cannot frustrate a statute.4\n\n1 R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61 [122].\n2 Padfield v Minister of Agriculture, Fisheries and Food [1968] AC 997 (HL) 1030.\n3 Council of Civil Service Unions v Minister for the Civil Service [1985] AC 374 (HL).\n4 Padfield (n 2) 1032.\n",
    );
    let rows = s.rows("citations");
    assert_eq!(
        first_row(&rows, "4", &["form", "antecedent", "title"]),
        ["supra", "2", PADFIELD]
    );
    // The claim's text is without its call.
    assert_eq!(
        titles_resting(&s, "Parliament alone may confer the power to make law."),
        ["R (Miller) v Secretary of State for Exiting the European Union"]
    );
}

/// Articles of charters, treaties, declarations and constitutions cited by number: the
/// instrument is the work, the article the pin.
#[test]
fn instruments_cited_by_article() {
    let s = loaded_one(
        "instruments.md",
        "# T\n\nThe Assembly may discuss any question.[^1] States must respect it.[^2] Speech is free.[^3] Congress may tax.[^4] The DAO is governed by its token holders.[^5] The Board may remove a director.[^6] Platforms are not publishers.[^7] ICANN serves a public benefit.[^8] Data may be preserved.[^9]\n\n[^1]: U.N. Charter art. 10.\n[^2]: Treaty on European Union, art. 5, 2012 O.J. (C 326) 13.\n[^3]: Universal Declaration of Human Rights, Article 19.\n[^4]: U.S. Const. art. I, § 8.\n[^5]: See the DAO Constitution, Section 3 (\"The DAO is governed by its token holders\").\n[^6]: ICANN Bylaws, Sec. 7.11.\n[^7]: Communications Decency Act, § 230.\n[^8]: Internet Corporation for Assigned Names and Numbers, Bylaws, art. 1, sec. 1.1 (2016).\n[^9]: Council of Europe, Convention on Cybercrime, art. 16.\n",
    );
    let rows = s.rows("citations");
    let got: Vec<(String, String)> = ["1", "2", "3", "5", "6", "7", "8", "9"]
        .iter()
        .map(|n| {
            let r = note(&rows, n)[0];
            (r["title"].clone(), r["pin"].clone())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("U.N. Charter".to_string(), "art. 10".to_string()),
            ("Treaty on European Union".to_string(), "art. 5".to_string()),
            (
                "Universal Declaration of Human Rights".to_string(),
                "Article 19".to_string()
            ),
            // Bylaws, codes and acts by their sections.
            ("DAO Constitution".to_string(), "Section 3".to_string()),
            ("ICANN Bylaws".to_string(), "Sec. 7.11".to_string()),
            (
                "Communications Decency Act".to_string(),
                "§ 230".to_string()
            ),
            // The body before its instrument is its issuer, not the title's start.
            ("Bylaws".to_string(), "art. 1".to_string()),
            (
                "Convention on Cybercrime".to_string(),
                "art. 16".to_string()
            ),
        ]
    );
    assert_eq!(note(&rows, "4")[0]["status"], "resolved");
}

/// Chicago notes: a short form "Surname, Short Title, pin" is the one earlier work by that
/// author with those title words, and an "Ibid." after it follows it (not the last full
/// citation); a full note's page after its publication facts is its pin.
#[test]
fn chicago_short_forms() {
    let s = loaded_one(
        "chicago.md",
        "# Who Governs the Root?\n\nThe root zone is managed under a contract.[^1] Critics argue that this lacks legitimacy.[^2] The NTIA never claimed to represent users.[^3] The board answers only to itself.[^4] The community has no vote.[^5]\n\n[^1]: Milton Mueller, *Ruling the Root: Internet Governance and the Taming of Cyberspace* (Cambridge, MA: MIT Press, 2002), 45.\n[^2]: Laura DeNardis, *The Global War for Internet Governance* (New Haven: Yale University Press, 2014), 67.\n[^3]: Mueller, *Ruling the Root*, 163.\n[^4]: Ibid., 170.\n[^5]: DeNardis, *Global War*, 80–82.\n",
    );
    let rows = s.rows("citations");
    let row = |n: &str| note(&rows, n)[0].clone();
    assert_eq!(row("1")["pin"], "45");
    assert_eq!(row("3")["form"], "short");
    assert_eq!(row("3")["pin"], "163");
    assert!(row("3")["title"].starts_with("Ruling the Root"));
    assert_eq!(row("4")["form"], "id");
    assert!(
        row("4")["title"].starts_with("Ruling the Root"),
        "{:?}",
        row("4")
    );
    assert_eq!(row("4")["antecedent"], "3");
    assert_eq!(row("5")["title"], "The Global War for Internet Governance");
    assert_eq!(row("5")["pin"], "80–82");
}

/// A newsletter page whose notes are bare anchors linking each other (Substack's shape):
/// each claim rests on its note, the notes are no claims, and the calls leave no digits.
#[test]
fn newsletter_notes_as_bare_anchors() {
    let s = loaded_one(
        "post.html",
        r##"<html><head><title>The legitimacy gap</title></head><body><article><h1>The legitimacy gap</h1><p>ICANN claims to act on behalf of the global Internet community.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> Yet no user ever voted for its board.<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a></p><div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>Milton Mueller, Networks and States 12 (2010).</p></div></div><div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a><div class="footnote-content"><p>Id. at 14.</p></div></div></article></body></html>"##,
    );
    let rows = s.rows("citations");
    assert_eq!(note(&rows, "1")[0]["title"], "Networks and States");
    assert_eq!(first_row(&rows, "2", &["form", "antecedent"]), ["id", "1"]);
    let texts: Vec<String> = claims_of(&s).iter().map(|r| r["text"].clone()).collect();
    assert!(
        texts.contains(&"Yet no user ever voted for its board.".to_string()),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("Networks and States")),
        "{texts:?}"
    );
}

/// A treaty: "Article 3" over "Entry into force" is a heading; a body named by its word and
/// whom it gathers ("Assembly of States Parties") is discovered, a body, and "The Assembly"
/// names it after.
#[test]
fn a_treatys_articles_and_its_assembly() {
    let s = loaded_one(
        "treaty.txt",
        "CONVENTION ON INTERNET IDENTIFIERS\n\nArticle 1\nEstablishment\n\nAn Assembly of States Parties is hereby established.\n\nArticle 2\nPowers\n\nNo decision of the Assembly shall bind a State Party that has not ratified this Convention.\n\nArticle 3\nEntry into force\n\nThis Convention shall enter into force on the thirtieth day after the deposit of the twentieth instrument of ratification.\n",
    );
    let rows = claims_of(&s);
    assert!(
        !rows.iter().any(|r| r["text"].starts_with("Article")),
        "{rows:?}"
    );
    let actors = s.rows("actors");
    let assembly = actors
        .iter()
        .find(|r| r["label"] == "Assembly of States Parties")
        .unwrap_or_else(|| panic!("{actors:?}"));
    assert_eq!(assembly["kind"], "body");
    assert_eq!(assembly["mentions"], "2");
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "No decision of the Assembly").as_deref(),
        Some("assembly-of-states-parties")
    );
}

/// A project's governance file: roles named in lowercase ("maintainers", "contributors") are
/// groups where the text makes them act, and the maintainers who elect the committee are
/// its electorate; "the committee" under the heading of one of two committees is that one;
/// a power after "and" ("owns the trademarks and may overrule") is the subject's.
#[test]
fn a_project_governance_file_names_its_roles_and_committees() {
    let s = loaded_one("governance.md", GOVERNANCE);
    let actors = s.rows("actors");
    let actor = |label: &str| {
        actors
            .iter()
            .find(|r| r["label"] == label)
            .unwrap_or_else(|| panic!("no actor {label:?} in {actors:?}"))
    };
    assert_eq!(actor("maintainers")["kind"], "group");
    assert_eq!(actor("maintainers")["principal"], "true");
    assert_eq!(actor("contributors")["principal"], "false");
    assert_eq!(actor("Code of Conduct Committee")["kind"], "body");
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "Maintainers are responsible").as_deref(),
        Some("maintainers")
    );
    assert_eq!(
        grantor_of(&au, "TSC members are elected").as_deref(),
        Some("maintainers")
    );
    assert_eq!(
        holder_of(&au, "The committee claims the right").as_deref(),
        Some("code-of-conduct-committee")
    );
    assert_eq!(
        holder_of(&au, "The Foundation's Board of Directors").as_deref(),
        Some("board-of-directors")
    );
    // The maintainers elect the committee: its chain ends at a principal.
    let breaks = s.rows("breaks");
    assert!(
        !breaks
            .iter()
            .any(|r| r["kind"] == "no-principal" && r["text"].starts_with("TSC members")),
        "{breaks:?}"
    );
}

const GOVERNANCE: &str = "# Project Governance

## Maintainers

Maintainers are responsible for reviewing and merging pull requests. A maintainer is appointed by the Technical Steering Committee (TSC) after a nomination by an existing maintainer.

## Technical Steering Committee

The TSC has final authority over technical direction and releases. TSC members are elected by the maintainers for a term of two years.

## Contributors

Contributors who attend the weekly community meeting do not thereby gain any decision-making authority.

## Code of Conduct Committee

The Code of Conduct Committee enforces the Code of Conduct. The committee claims the right to ban any participant, although no provision of this charter grants it that power.

## The Foundation

The Foundation's Board of Directors owns the trademarks and may overrule the TSC on legal matters.
";

/// A statute in plain text, a paragraph a line: numbered section titles are no claims and
/// run into no sentence; "the Commission" is the body the act defines it for; a power's act
/// states its relation ("may remove" decides, though the sentence goes on to "consulting").
#[test]
fn a_statute_defines_its_body_and_states_its_powers() {
    let s = loaded_one("statute.txt", STATUTE);
    let claims = claims_of(&s);
    assert!(
        !claims
            .iter()
            .any(|r| r["text"].contains("Removal of members")
                || r["text"] == "Functions of the Commission"),
        "{claims:?}"
    );
    let au = s.rows("authority");
    for t in [
        "The Commission shall supervise",
        "The Commission may issue codes",
    ] {
        assert_eq!(
            holder_of(&au, t).as_deref(),
            Some("digital-services-commission"),
            "{t}"
        );
    }
    let remove = authorization(&au, "The Minister may remove");
    assert_eq!(remove["relation"], "decides");
    assert!(
        !actor_labels(&s).contains(&"Commission".to_string()),
        "{:?}",
        actor_labels(&s)
    );
}

const STATUTE: &str = "DIGITAL SERVICES (OVERSIGHT) ACT 2025

1. Establishment
(1) There is established a body corporate to be known as the Digital Services Commission (\"the Commission\").
(2) The Commission shall consist of a chairperson and not more than six other members appointed by the Minister.

2. Functions of the Commission
(1) The Commission shall supervise providers of intermediary services.
(2) The Commission may issue codes of practice, and may revoke or amend any such code.

3. Removal of members
The Minister may remove a member of the Commission for misconduct, after consulting the Joint Committee on Communications.
";

/// A DAO's governance post: "token holders" are a group (an agent noun with its modifier)
/// and, voting, an electorate; "is governed by" names the holder; "the Foundation" is the
/// one foundation the post names.
#[test]
fn token_holders_govern_and_elect() {
    let s = loaded_one(
        "dao.md",
        "# How decisions are made\n\nUniswap is governed by UNI token holders. Token holders may propose changes to the protocol.\n\nThe Uniswap Foundation was created by a vote of token holders in 2022. The Foundation has no authority over the protocol itself.\n\nDelegates vote on behalf of the token holders who delegate to them.\n",
    );
    let actors = s.rows("actors");
    let holders = actors
        .iter()
        .find(|r| r["label"] == "token holders")
        .unwrap_or_else(|| panic!("{actors:?}"));
    assert_eq!(holders["principal"], "true");
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "Uniswap is governed by").as_deref(),
        Some("token-holders")
    );
    assert_eq!(
        holder_of(&au, "The Foundation has no authority").as_deref(),
        Some("uniswap-foundation")
    );
    assert_eq!(
        authorization(&au, "Delegates vote on behalf")["relation"],
        "represents"
    );
    assert_eq!(
        grantor_of(&au, "Delegates vote on behalf").as_deref(),
        Some("token-holders")
    );
}

/// A news report: the body it quotes is the speaker ("BRUSSELS — The European Commission
/// said ..."); whoever reports a claim ("..., said Daniel Friedlaender", "According to
/// Access Now, ...") is not whom it is about; "Nobody elected" denies; "the Office" is the
/// "AI Office" the report names.
#[test]
fn a_news_report_keeps_reporters_apart_from_holders() {
    let s = loaded_one(
        "news.md",
        "# EU regulators claim new powers\n\nBRUSSELS — The European Commission said on Tuesday that its new AI Office has the authority to demand documentation from developers.\n\n\"Nobody elected the AI Office,\" said Daniel Friedlaender, the association's head of Europe.\n\nThe Office was established by a Commission decision in January 2024. According to Access Now, the Office \"is accountable to no one but the Commission itself.\"\n",
    );
    assert_eq!(
        speaker_of(&claims_of(&s), "BRUSSELS"),
        "European Commission"
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "\"Nobody elected").as_deref(),
        Some("ai-office")
    );
    assert_eq!(authorization(&au, "\"Nobody elected")["polarity"], "denied");
    assert_eq!(
        holder_of(&au, "According to Access Now").as_deref(),
        Some("ai-office")
    );
    assert_eq!(
        holder_of(&au, "The Office was established").as_deref(),
        Some("ai-office")
    );
    assert_eq!(
        grantor_of(&au, "The Office was established").as_deref(),
        Some("european-commission")
    );
}

/// An IEEE paper: "[5, pp. 45–47]" points to entry 5 at those pages; the name before a
/// pointer ("Mueller [1] traces ...") is the cited author, not the holder.
#[test]
fn ieee_pointers_with_places_and_narrative_authors() {
    let s = loaded_one(
        "ieee.md",
        "# A survey\n\n## Related Work\n\nMueller [1] traces the origins of ICANN's authority to a contract with the Department of Commerce. DeNardis [2, pp. 45–47] argues that governance is distributed.\n\n## References\n\n[1] M. Mueller, *Ruling the Root: Internet Governance and the Taming of Cyberspace*. Cambridge, MA, USA: MIT Press, 2002.\n\n[2] L. DeNardis, *The Global War for Internet Governance*. New Haven, CT, USA: Yale Univ. Press, 2014.\n",
    );
    let rows = s.rows("citations");
    assert_eq!(
        first_row(&rows, "2", &["form", "title", "pin", "status"]),
        [
            "reference",
            "The Global War for Internet Governance",
            "pp. 45–47",
            "resolved"
        ]
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "Mueller [1] traces").as_deref(),
        Some("icann")
    );
}

/// Minutes: the title block and the attendance list are no claims; the body whose meeting
/// it is, named in the title, is "the Board" that resolves.
#[test]
fn minutes_name_the_board_that_resolves() {
    let s = loaded_one(
        "minutes.txt",
        "Minutes of the Board of Trustees Meeting\nRiverside Public Library\n14 October 2025\n\nPresent: Anne Clark (Chair), Robert Diaz (Treasurer), Susan Lee\n\n1. Approval of the budget\nRobert Diaz presented the 2026 budget.\nRESOLVED, that the Board approves the 2026 operating budget as presented.\nMotion carried 3-0.\n",
    );
    let claims = claims_of(&s);
    assert!(
        !claims
            .iter()
            .any(|r| r["text"].contains("Riverside") || r["text"].contains("Present:")),
        "{claims:?}"
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "RESOLVED, that the Board").as_deref(),
        Some("board-of-trustees")
    );
    let people = actor_labels(&s);
    for p in ["Anne Clark", "Robert Diaz", "Susan Lee"] {
        assert!(people.contains(&p.to_string()), "{p} not in {people:?}");
    }
}

/// A wiki's committee: "elected annually by the community" and "derives its authority from
/// the community" make the community its grantor and, electing, an electorate; "Its
/// members" are the committee's, not a membership that votes.
#[test]
fn a_committee_elected_by_its_community() {
    let s = loaded_one(
        "arbcom.md",
        "# Arbitration Committee\n\nThe Arbitration Committee imposes binding solutions to conduct disputes. Its members are elected annually by the community in a vote open to all editors.\n\nThe committee derives its authority from the community.\n",
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "Its members are elected").as_deref(),
        Some("arbitration-committee")
    );
    assert_eq!(
        grantor_of(&au, "Its members are elected").as_deref(),
        Some("community")
    );
    let community = s
        .rows("actors")
        .into_iter()
        .find(|r| r["label"] == "community")
        .expect("the community is a group");
    assert_eq!(community["principal"], "true");
    assert_no_break(&s, "no-principal");
}

/// A blog post on a body that a company made: the body that speaks of itself holds what it
/// says ("The Board says its decisions are binding", "According to the Board's own bylaws,
/// it is independent"); "As Evelyn Douek has argued" is Douek's; members "chosen by" a body
/// are an act of authority.
#[test]
fn a_body_speaking_of_itself_holds_what_it_says() {
    let s = loaded_one(
        "blog.md",
        "# Who gave the Oversight Board its authority?\n\nMeta created the Oversight Board in 2020. The Board says its decisions are binding on Meta. As Evelyn Douek has argued, the Board \"has only as much power as Meta chooses to give it\".\n\nThe Board's members were initially selected by Meta, and later members are chosen by the Board itself. According to the Board's own bylaws, it is independent.\n",
    );
    let au = s.rows("authority");
    for t in [
        "The Board says its decisions",
        "According to the Board's own bylaws",
        "The Board's members were initially selected",
    ] {
        assert_eq!(holder_of(&au, t).as_deref(), Some("oversight-board"), "{t}");
    }
    assert_eq!(
        speaker_of(&claims_of(&s), "As Evelyn Douek"),
        "Evelyn Douek"
    );
}

/// A body that chooses its own members is its own grantor: a circular chain ("The Council
/// fills its own vacancies", "later members are chosen by the Board itself"); a body whose
/// members others choose is not.
#[test]
fn a_self_chosen_body_is_a_circular_chain() {
    let s = loaded_one(
        "self.md",
        "# The Council\n\nThe Widget Council governs the registry. The Council fills its own vacancies.\n\nThe Oversight Board decides appeals. Its first members were selected by Meta, and later members are chosen by the Board itself.\n\nThe Review Panel hears appeals. Its members are appointed by the Widget Council.\n",
    );
    let au = s.rows("authority");
    for (t, body) in [
        ("The Council fills its own vacancies", "widget-council"),
        ("Its first members were selected", "oversight-board"),
    ] {
        assert_eq!(holder_of(&au, t).as_deref(), Some(body), "{t}");
        assert_eq!(grantor_of(&au, t).as_deref(), Some(body), "{t}");
        assert_eq!(authorization(&au, t)["basis"], "self-declaration", "{t}");
    }
    let circular: Vec<String> = s
        .rows("breaks")
        .into_iter()
        .filter(|r| r["kind"] == "circular")
        .map(|r| r["text"].clone())
        .collect();
    assert_eq!(
        circular,
        [
            "The Council fills its own vacancies.",
            "Its first members were selected by Meta, and later members are chosen by the Board itself."
        ]
    );
}

/// Chicago's notes quote an article's title and italicize its journal: the article is the
/// work, and its short form keeps the comma inside the quotes ("Froomkin, "Wrong Turn in
/// Cyberspace," 52").
#[test]
fn chicago_quoted_article_titles_and_their_short_forms() {
    let s = loaded_one(
        "essay.md",
        "# Consent and the Root\n\nConsensus among those who attended was never a grant of authority.[^1] The Governmental Advisory Committee claims to speak for governments.[^2]\n\n[^1]: A. Michael Froomkin, \"Wrong Turn in Cyberspace: Using ICANN to Route Around the APA and the Constitution,\" *Duke Law Journal* 50, no. 1 (2000): 17–184.\n\n[^2]: Froomkin, \"Wrong Turn in Cyberspace,\" 52.\n",
    );
    let rows = s.rows("citations");
    let title =
        "Wrong Turn in Cyberspace: Using ICANN to Route Around the APA and the Constitution";
    assert_eq!(first_row(&rows, "1", &["form", "title"]), ["full", title]);
    assert_eq!(
        first_row(&rows, "2", &["form", "title", "pin"]),
        ["short", title, "52"]
    );
}

/// A court's opinion: its caption is no claim, its opening line makes the judge the speaker
/// of the opinion through its numbered parts, and a book cited by title, pin and year is a
/// citation sentence, no claim.
#[test]
fn an_opinion_is_its_judges_and_cites_in_its_text() {
    let s = loaded_one(
        "opinion.txt",
        "SUPREME COURT OF THE UNITED STATES\n\nLOPER BRIGHT ENTERPRISES, ET AL., PETITIONERS v. GINA RAIMONDO, SECRETARY OF COMMERCE, ET AL.\n\nON WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE DISTRICT OF COLUMBIA CIRCUIT\n\n[June 28, 2024]\n\nCHIEF JUSTICE ROBERTS delivered the opinion of the Court.\n\nThe Framers crafted the Constitution to ensure that judges could exercise judgment free from the influence of the political branches. See The Federalist No. 78, p. 522 (J. Cooke ed. 1961) (A. Hamilton).\n\nI\n\nAn agency has no power to act unless and until Congress confers power upon it. Louisiana Pub. Serv. Comm'n v. FCC, 476 U.S. 355, 374 (1986).\n\nJUSTICE GORSUCH, concurring.\n\nThe APA delegates that responsibility to the courts, not to agencies.\n",
    );
    let claims = claims_of(&s);
    for junk in [
        "LOPER",
        "ON WRIT",
        "[June",
        "SUPREME",
        "CHIEF JUSTICE",
        "JUSTICE GORSUCH",
        "See The Federalist",
    ] {
        assert!(
            !claims.iter().any(|r| r["text"].starts_with(junk)),
            "{junk}: {claims:?}"
        );
    }
    assert_eq!(
        speaker_of(&claims, "The Framers crafted"),
        "Chief Justice Roberts"
    );
    assert_eq!(
        speaker_of(&claims, "An agency has no power"),
        "Chief Justice Roberts"
    );
    assert_eq!(speaker_of(&claims, "The APA delegates"), "Justice Gorsuch");
    let cites = s.rows("citations");
    let federalist = cites
        .iter()
        .find(|r| r["title"] == "The Federalist No. 78")
        .unwrap_or_else(|| panic!("{cites:?}"));
    assert_eq!(
        (federalist["signal"].as_str(), federalist["pin"].as_str()),
        ("see", "p. 522")
    );
}

/// Bylaws: the corporation a definition names (`the Open Data Alliance, Inc. (the
/// "Corporation")`) is an actor under both names; "shall be managed by the Board" is the
/// Board's authority; "removed with or without cause by a two-thirds vote of the members" is
/// the members'; "the officers of the Corporation" are not the Corporation.
#[test]
fn bylaws_name_their_corporation_and_who_manages_it() {
    let s = loaded_one(
        "bylaws.md",
        "# Bylaws\n\n## Article I\n\nSection 1.1. Name. The name of the corporation is the Open Data Alliance, Inc. (the \"Corporation\").\n\n## Article II\n\nSection 2.1. The business and affairs of the Corporation shall be managed by the Board of Directors.\n\nSection 2.2. A director may be removed with or without cause by a two-thirds vote of the members.\n\nSection 2.3. The officers of the Corporation shall be a President and a Treasurer, each appointed by the Board.\n",
    );
    let actors = actor_labels(&s);
    assert!(
        actors.contains(&"Open Data Alliance, Inc.".to_string()),
        "{actors:?}"
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "The business and affairs").as_deref(),
        Some("board-of-directors")
    );
    assert_eq!(
        holder_of(&au, "A director may be removed").as_deref(),
        Some("members")
    );
    assert_eq!(holder_of(&au, "The officers of the Corporation"), None);
}

/// An EU act: its citations of legal bases ("Having regard to ...,") are no claims, "this
/// Regulation" names the act (no cue of authority), and a body defined in single quotes
/// ("named 'European Board for Digital Services' (the 'Board')") holds what "the Board" is
/// given.
#[test]
fn an_eu_regulation_cites_its_bases_and_defines_its_board() {
    let s = loaded_one(
        "reg.txt",
        "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty on the Functioning of the European Union, and in particular Article 114 thereof,\n\nWhereas:\n\n(2) Member States are increasingly introducing national laws on the matters covered by this Regulation.\n\nHAVE ADOPTED THIS REGULATION:\n\nArticle 61\n\n1. An independent advisory group of Digital Services Coordinators named 'European Board for Digital Services' (the 'Board') is established.\n\n2. The Board shall advise the Digital Services Coordinators and the Commission.\n",
    );
    let claims = claims_of(&s);
    assert!(
        !claims
            .iter()
            .any(|r| r["text"].starts_with("Having regard")),
        "{claims:?}"
    );
    assert_eq!(
        kinds_of(&claims, "(2) Member States are increasingly"),
        [("empirical".to_string(), "asserted".to_string())]
    );
    let actors = actor_labels(&s);
    assert!(
        actors.contains(&"European Board for Digital Services".to_string()),
        "{actors:?}"
    );
    assert!(!actors.iter().any(|a| a.ends_with('\'')), "{actors:?}");
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "The Board shall advise").as_deref(),
        Some("european-board-for-digital-services")
    );
}

/// APA's narrative citations: the authors cited by name and year speak what they argue
/// ("Raymond and DeNardis (2015) argue that ...", "As Scholte (2020) notes, ..."), each
/// pointer resolves to its reference entry, and "lacks any ... mandate" denies the mandate.
#[test]
fn narrative_citations_speak_and_resolve() {
    let s = loaded_one(
        "paper.md",
        "# Legitimacy\n\n## Introduction\n\nRaymond and DeNardis (2015) argue that the Internet Governance Forum lacks any decision-making mandate. As Scholte (2020) notes, the legitimacy of such bodies rests on their perceived fairness rather than on any delegation. According to Ostrom (1990), communities can craft their own rules.\n\n## References\n\nOstrom, E. (1990). *Governing the commons*. Cambridge University Press.\n\nRaymond, M., & DeNardis, L. (2015). Multistakeholderism: Anatomy of an inchoate global institution. *International Theory*, 7(3), 572–616.\n\nScholte, J. A. (2020). Multistakeholderism: Filling the global governance gap? *Global Challenges Foundation Research Report*.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "Raymond and DeNardis"),
        "Raymond and DeNardis"
    );
    assert!(
        kinds_of(&claims, "Raymond and DeNardis").contains(&("authority".into(), "denied".into()))
    );
    assert_eq!(
        speaker_of(&claims, "As Scholte (2020) notes"),
        "J. A. Scholte"
    );
    let cites = s.rows("citations");
    let titles: Vec<&str> = cites.iter().map(|r| r["title"].as_str()).collect();
    assert!(
        titles.contains(&"Multistakeholderism: Anatomy of an inchoate global institution"),
        "{titles:?}"
    );
    // "According to Ostrom (1990)" points at the entry; the name is no second source.
    assert!(titles.contains(&"Governing the commons"), "{titles:?}");
    assert!(
        !cites.iter().any(|r| r["form"] == "attribution"),
        "{cites:?}"
    );
}

/// A resolution that extends a body's mandate: the assembly that resolves holds the act;
/// "the mandate of the Internet Governance Forum" is the forum's, no grant from it.
#[test]
fn a_mandate_extended_is_not_granted_by_its_holder() {
    let s = loaded_one(
        "res.txt",
        "Resolution adopted by the General Assembly on 16 December 2015\n\nThe General Assembly,\n\n1. Decides to extend the mandate of the Internet Governance Forum for another 10 years;\n",
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "Decides to extend").as_deref(),
        Some("un-ga")
    );
    assert_eq!(grantor_of(&au, "Decides to extend"), None);
}

/// A mailing-list reply: the quoted message is its author's, a standard named by number in
/// the text is a citation of it, "never given that authority" denies it, and ", not the
/// IESG," is a contrast, no denial of what the IAB holds.
#[test]
fn a_list_reply_names_standards_and_contrasts() {
    let s = loaded_one(
        "reply.txt",
        "From: John Klensin <john@example.com>\nSubject: Re: registries\n\nOn Mon, 2 Mar 2026, Barry Leiba wrote:\n\n> The IESG has always had the authority to approve changes to IETF\n> registries.\n\nI have to disagree. The IESG was never given that authority by the community; it assumed it.\n\nThe IAB, not the IESG, is responsible for the IANA relationship under RFC 2860.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(speaker_of(&claims, "The IESG has always"), "Barry Leiba");
    assert!(kinds_of(&claims, "The IESG was never given")
        .contains(&("authority".into(), "denied".into())));
    assert!(kinds_of(&claims, "The IAB, not the IESG")
        .contains(&("authority".into(), "asserted".into())));
    assert_eq!(
        titles_resting(
            &s,
            "The IAB, not the IESG, is responsible for the IANA relationship under RFC 2860."
        ),
        ["RFC2860"]
    );
    let breaks = s.rows("breaks");
    assert!(
        !breaks.iter().any(|r| r["text"].starts_with("The IAB")),
        "{breaks:?}"
    );
}

/// A Wikipedia page: its notes are web citations whose titles link their pages, a note
/// called twice supports both sentences, and the page's title under its navigation line is
/// no byline (every claim had been the "Internet Governance Forum"'s).
#[test]
fn a_wikipedia_page_cites_by_its_notes() {
    let s = loaded_one("igf.html", "<!DOCTYPE html>\n<html><head><title>Internet Governance Forum - Wikipedia</title></head>\n<body>\n<div id=\"mw-navigation\"><a href=\"/wiki/Main_Page\">Main page</a> <a href=\"/wiki/Special:Random\">Random article</a></div>\n<div id=\"content\">\n<h1 id=\"firstHeading\">Internet Governance Forum</h1>\n<div id=\"bodyContent\">\n<div class=\"mw-parser-output\">\n<p>The <b>Internet Governance Forum</b> (<b>IGF</b>) is a multistakeholder governance group for policy dialogue on issues of Internet governance.<sup id=\"cite_ref-1\" class=\"reference\"><a href=\"#cite_note-1\">&#91;1&#93;</a></sup> It was convened by the Secretary-General of the United Nations in 2006.<sup id=\"cite_ref-wsis_2-0\" class=\"reference\"><a href=\"#cite_note-wsis-2\">&#91;2&#93;</a></sup></p>\n<h2><span class=\"mw-headline\" id=\"Mandate\">Mandate</span><span class=\"mw-editsection\">[<a href=\"/w/index.php?title=Internet_Governance_Forum&amp;action=edit&amp;section=1\">edit</a>]</span></h2>\n<p>The IGF has no decision-making authority and cannot make binding recommendations.<sup id=\"cite_ref-3\" class=\"reference\"><a href=\"#cite_note-3\">&#91;3&#93;</a></sup> Its mandate was renewed by the General Assembly in 2015 for ten years.<sup id=\"cite_ref-wsis_2-1\" class=\"reference\"><a href=\"#cite_note-wsis-2\">&#91;2&#93;</a></sup></p>\n<h2><span class=\"mw-headline\" id=\"References\">References</span></h2>\n<div class=\"reflist\"><ol class=\"references\">\n<li id=\"cite_note-1\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-1\">^</a></b></span> <span class=\"reference-text\"><cite class=\"citation web cs1\"><a rel=\"nofollow\" class=\"external text\" href=\"https://www.intgovforum.org/about\">\"About the IGF\"</a>. <i>Internet Governance Forum</i>. Retrieved 2 March 2020.</cite></span></li>\n<li id=\"cite_note-wsis-2\"><span class=\"mw-cite-backlink\">^ <a href=\"#cite_ref-wsis_2-0\"><sup><i><b>a</b></i></sup></a> <a href=\"#cite_ref-wsis_2-1\"><sup><i><b>b</b></i></sup></a></span> <span class=\"reference-text\"><cite class=\"citation web cs1\"><a rel=\"nofollow\" class=\"external text\" href=\"https://www.itu.int/net/wsis/docs2/tunis/off/6rev1.html\">\"Tunis Agenda for the Information Society\"</a>. World Summit on the Information Society. 18 November 2005.</cite></span></li>\n<li id=\"cite_note-3\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-3\">^</a></b></span> <span class=\"reference-text\">Mueller, Milton (2010). <i>Networks and States</i>. MIT Press. p. 115.</span></li>\n</ol></div>\n</div></div></div>\n<div id=\"footer\">This page was last edited on 1 May 2024. Text is available under the Creative Commons Attribution-ShareAlike License.</div>\n</body></html>\n");
    let claims = claims_of(&s);
    assert!(
        claims.iter().all(|r| r["speaker"] == "author"),
        "{claims:?}"
    );
    assert_eq!(
        titles_resting(
            &s,
            "Its mandate was renewed by the General Assembly in 2015 for ten years."
        ),
        ["Tunis Agenda for the Information Society"]
    );
    assert_eq!(
        titles_resting(
            &s,
            "It was convened by the Secretary-General of the United Nations in 2006."
        ),
        ["Tunis Agenda for the Information Society"]
    );
    let rows = s.rows("citations");
    assert_eq!(first_row(&rows, "1", &["title"]), ["About the IGF"]);
    assert_no_break(&s, "unresolved-citation");
    let breaks = s.rows("breaks");
    // The forum's own page (its site in italics) is all the first claim rests on.
    assert!(
        breaks.iter().any(|r| r["kind"] == "self-sourced"
            && r["text"].starts_with("The Internet Governance Forum (IGF) is")),
        "{breaks:?}"
    );
}

/// A wiki's web citations without links: a quoted title, the site and an access date, each
/// ended by a period, are one citation of the titled page; notes under "References" are its
/// entries (no empty source list).
#[test]
fn web_citations_in_wiki_style() {
    let s = loaded_one(
        "igf.md",
        "# Internet Governance Forum\n\nThe IGF has no decision-making authority.[^1]\n\n## References\n\n[^1]: \"About the IGF\". *Internet Governance Forum*. Retrieved 2 March 2020.\n",
    );
    let rows = s.rows("citations");
    assert_eq!(
        first_row(&rows, "1", &["form", "title"]),
        ["full", "About the IGF"]
    );
    assert_no_break(&s, "unresolved-citation");
}

/// A constitution: its articles' loose lists (items parted by blank lines) are items, whose
/// numbers are no part of the claims; "the Parliament", named so twice, is a body that
/// holds the legislative power and is elected by the citizens; a council that fills its
/// own vacancies is its own grantor (the chosen chair is not).
#[test]
fn a_constitution_vests_power_in_its_parliament() {
    let s = loaded_one(
        "constitution.md",
        "# Constitution\n\n## Article 1 — Sovereignty\n\n1. All power derives from the people, who exercise it through elections.\n\n2. No person or body may exercise authority that does not derive from the people.\n\n## Article 2 — Parliament\n\n1. Legislative power is vested in the Parliament.\n\n2. The Parliament consists of 120 members elected by the citizens for a term of four years.\n\n## Article 3 — The President\n\n1. The President is elected by direct popular vote.\n\n## Article 4 — The Judiciary\n\n1. The Judicial Council elects its own chair and fills its own vacancies.\n",
    );
    let claims = claims_of(&s);
    assert!(
        claims.iter().any(|r| r["text"]
            == "All power derives from the people, who exercise it through elections."),
        "{claims:?}"
    );
    assert!(!claims.iter().any(|r| r["text"] == "2."), "{claims:?}");
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "Legislative power is vested").as_deref(),
        Some("parliament")
    );
    assert_eq!(
        grantor_of(&au, "The Parliament consists of").as_deref(),
        Some("electorate")
    );
    // A popular vote is the electorate's.
    assert_eq!(
        grantor_of(&au, "The President is elected").as_deref(),
        Some("electorate")
    );
    assert_eq!(
        (
            holder_of(&au, "The Judicial Council elects").as_deref(),
            grantor_of(&au, "The Judicial Council elects").as_deref()
        ),
        (Some("judicial-council"), Some("judicial-council"))
    );
}

/// A project's constitution in plain text: the items under "The Project Leader may:" are the
/// Leader's powers, whatever actors they name; a mailing list designated by the Leader is
/// no grant (nor does it make the Leader an electorate); "the Secretary" is the Project
/// Secretary named before.
#[test]
fn a_constitutions_powers_and_its_offices_short_names() {
    let s = loaded_one(
        "constitution.txt",
        "                 Constitution for the Example Project\n\n1. Project Leader\n\n  1.1. Powers\n\n   The Project Leader may:\n    1. Appoint Delegates or delegate decisions to the Technical Committee.\n    2. Vary the discussion period for Developers' votes.\n    3. Lead discussions amongst Developers.\n\n  1.2. Procedure\n\n   The Project Leader is elected by the Developers. Proposals and calls for\n   votes are made on a mailing list designated by the Project Leader.\n\n2. Project Secretary\n\n   The Project Secretary is appointed by the Project Leader. The Project\n   Secretary keeps the record of every vote. The Secretary\n   determines for each poll whether voters can change their votes.\n\n3. Delegates\n\n   The Delegates act for the Project Leader. The Delegates report monthly.\n   The Project Leader's Delegates:\n    1. have powers delegated to them by the Project Leader;\n    2. may make certain decisions which the Leader may not make directly.\n",
    );
    let au = s.rows("authority");
    for item in [
        "Appoint Delegates or delegate",
        "Vary the discussion period",
        "Lead discussions amongst",
    ] {
        assert_eq!(
            holder_of(&au, item).as_deref(),
            Some("project-leader"),
            "{item}: {au:?}"
        );
    }
    assert_eq!(grantor_of(&au, "Proposals and calls for"), None, "{au:?}");
    assert_eq!(
        grantor_of(&au, "The Project Leader is elected").as_deref(),
        Some("developers")
    );
    assert_eq!(
        holder_of(&au, "The Secretary determines").as_deref(),
        Some("project-secretary"),
        "{au:?}"
    );
    // Items that go on from a lead-in that is their subject alone.
    for item in ["have powers delegated", "may make certain decisions"] {
        assert_eq!(
            holder_of(&au, item).as_deref(),
            Some("delegates"),
            "{item}: {au:?}"
        );
    }
    let actors = s.rows("actors");
    let principal = |label: &str| {
        actors
            .iter()
            .find(|r| r["label"] == label)
            .map(|r| r["principal"].clone())
    };
    assert_eq!(
        principal("Project Leader").as_deref(),
        Some("false"),
        "{actors:?}"
    );
    assert_eq!(
        principal("Developers").as_deref(),
        Some("true"),
        "{actors:?}"
    );
}

/// A code of conduct: its maintainers hold the power to remove contributions; those of them
/// "who do not follow or enforce" it are picked out by the clause, which denies no one's
/// authority (a clause set off by commas would say it of all of them).
#[test]
fn a_code_of_conducts_maintainers_and_a_restrictive_clause() {
    let s = loaded_one(
        "CODE_OF_CONDUCT.md",
        "# Code of Conduct\n\n## Our Responsibilities\n\nProject maintainers have the right and responsibility to remove, edit, or\nreject comments, commits and other contributions that are not aligned to this\nCode of Conduct.\n\n## Enforcement\n\nProject maintainers who do not follow or enforce the Code of Conduct in good\nfaith may face temporary or permanent repercussions as determined by other\nmembers of the project's leadership.\n",
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "Project maintainers have the right").as_deref(),
        Some("maintainers"),
        "{au:?}"
    );
    let faith = authorization(&au, "Project maintainers who do not follow");
    assert_eq!(faith["polarity"], "asserted", "{faith:?}");
    assert!(
        !s.rows("breaks").iter().any(|r| r["kind"] == "denied"),
        "{:?}",
        s.rows("breaks")
    );
}

/// A clause of its own with "we" for subject ("..., but we make all final decisions") is the
/// document's own institution's; the users named before it hold nothing.
#[test]
fn we_after_but_is_the_institution_not_those_named_before() {
    let s = loaded_one(
        "maintainers.md",
        "# Core team\n\nThe Example Foundation maintains the framework. The Example Foundation pays its staff.\n\nWe rely on the help of contributors and users all over the world, but we make all final decisions about our releases.\n",
    );
    let au = s.rows("authority");
    assert_eq!(
        holder_of(&au, "We rely on the help").as_deref(),
        Some("example-foundation"),
        "{au:?}"
    );
}

/// A project's governance in reStructuredText: "the Council" is the Steering Council, the one
/// body whose name it ends (a council named once at a sentence's start does not make it
/// ambiguous); "the Council may, if necessary:" gives its list of powers to the Council.
#[test]
fn the_council_is_the_steering_council_and_holds_its_list() {
    let s = loaded_one(
        "governance.rst",
        "Governance\n==========\n\nSteering Council\n----------------\n\nThe Steering Council is elected by the contributors. The Steering Council\nmeets monthly. Retired Council members are listed on the website.\n\nIn particular, the Council may, if necessary:\n\n-  Make decisions about the overall scope of the project.\n-  Make decisions about strategic collaborations.\n\nThe Council can create subcommittees. If the contributors fund the work and the Council decides to not pursue it, the contributors are free to pursue it.\n",
    );
    let au = s.rows("authority");
    for t in [
        "Make decisions about the overall scope",
        "Make decisions about strategic",
        "The Council can create subcommittees.",
        // The actor right before the cue's verb is its subject.
        "If the contributors fund the work and the Council decides",
    ] {
        assert_eq!(
            holder_of(&au, t).as_deref(),
            Some("steering-council"),
            "{t}: {au:?}"
        );
    }
}

/// A vote names its voters as grantors where they are a group: "a vote by the core
/// contributors" makes them an electorate (a principal); a body's vote is its own act.
#[test]
fn a_vote_by_a_group_makes_it_the_electorate() {
    let s = loaded_one(
        "governance.rst",
        "Governance\n==========\n\nAt any point, any core contributor can call for a vote. Once they have been nominated, there will be a vote by the current core contributors.\n\nThe Steering Council meets monthly. The Steering Council keeps the roadmap. Inactive members will be removed by vote of the Steering Council.\n",
    );
    let au = s.rows("authority");
    assert_eq!(
        grantor_of(&au, "Once they have been nominated").as_deref(),
        Some("contributors"),
        "{au:?}"
    );
    assert_eq!(
        grantor_of(&au, "Inactive members will be removed"),
        None,
        "{au:?}"
    );
    let actors = s.rows("actors");
    let contributors = actors.iter().find(|r| r["label"] == "contributors");
    assert_eq!(
        contributors.map(|r| r["principal"].as_str()),
        Some("true"),
        "{actors:?}"
    );
}

/// "We" is the document's institution: an organization it names, or a body its first heading
/// names; a body named in passing in a project's page does not write it.
#[test]
fn we_is_a_body_only_where_the_heading_names_it() {
    let passing = loaded_one(
        "duties.md",
        "# Developer duties\n\nTalk to the Release Team before uploads. The Release Team freezes the archive. The Release Team may refuse uploads.\n\nEven so, we use a democratic process to elect our leaders.\n",
    );
    assert_eq!(
        holder_of(&passing.rows("authority"), "Even so, we use"),
        None
    );
    let own = loaded_one(
        "charter.md",
        "# Release Team Charter\n\nThe Release Team freezes the archive. The Release Team may refuse uploads.\n\nWe decide which packages are released.\n",
    );
    assert_eq!(
        holder_of(&own.rows("authority"), "We decide which").as_deref(),
        Some("release-team")
    );
}

/// A press release: those who argue that another acted without a mandate hold nothing by
/// arguing it; a constituency is never words of an actor's name ("for Assigned Names").
#[test]
fn sayers_hold_nothing_and_names_are_no_constituencies() {
    let s = loaded_one(
        "release.md",
        "# Board approves program\n\nThe Internet Corporation for Assigned Names and Numbers (ICANN) Board of Directors today approved the program.\n\nCritics, including the Non-Commercial Stakeholders Group, argue that the Board acted without a clear mandate from registrants.\n",
    );
    let au = s.rows("authority");
    assert_ne!(
        holder_of(&au, "Critics, including").as_deref(),
        Some("non-commercial-stakeholders-group")
    );
    assert!(
        !au.iter().any(|r| r
            .get("constituency")
            .is_some_and(|c| c.contains("Assigned"))),
        "{au:?}"
    );
}

/// A press release's quotation goes on past its attribution: the next sentence that opens
/// with a quotation, in the same paragraph or the next, is the same speaker's.
#[test]
fn a_quotation_continues_after_its_attribution() {
    let s = loaded_one(
        "release.md",
        "# Board approves program\n\n\"This decision reflects the consensus of our community,\" said Tripti Sinha, Chair of the ICANN Board. \"The community developed these recommendations, and the Board has acted on them.\"\n\n\"We are accountable to that community,\" she added later.\n\nThe program was recommended by the GNSO Council.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "\"This decision reflects"),
        "Tripti Sinha"
    );
    assert_eq!(
        speaker_of(&claims, "\"The community developed"),
        "Tripti Sinha"
    );
    assert_eq!(speaker_of(&claims, "The program was recommended"), "author");
}

/// An IEEE-style paper: numbered pointers with pins, a book's title in italics ending in a
/// question mark, a pointer past the list's end, speakers reported in the present tense
/// (and a pronoun carrying the speaker on), recommendations.
#[test]
fn an_ieee_paper_cites_by_number_and_recommends() {
    let s = loaded_one(
        "ieee.md",
        "# Who Governs the Root?\n\n\
         ## I. Introduction\n\n\
         PTI performs the IANA functions under a contract with ICANN [2], [3]. \
         Mueller argues that the transition left no principal at all [4]. \
         Others contend that the Empowered Community holds the ultimate authority [4, pp. 12–14]. \
         The root server operators are not bound by any contract [9].\n\n\
         CIS argues that no single body should decide. It proposes that decisions rest on:\n\n\
         - the consent of the operators,\n\
         - the review of the registries.\n\n\
         We recommend that ICANN publish the full chain of delegation.\n\n\
         ## References\n\n\
         [1] ICANN, \"Bylaws for Internet Corporation for Assigned Names and Numbers,\" Art. 1, Nov. 2019.\n\n\
         [2] ICANN and PTI, \"IANA Naming Function Contract,\" Sept. 2016.\n\n\
         [3] M. Mueller, *Will the Internet Fragment?* Cambridge, UK: Polity Press, 2017.\n\n\
         [4] J. Malcolm, \"The IANA transition and the Empowered Community,\" in *Proc. GigaNet Symp.*, 2016, pp. 1–20.\n",
    );
    let cits = s.rows("citations");
    assert_eq!(
        first_row(&cits, "3", &["title", "status"]),
        ["Will the Internet Fragment?", "resolved"]
    );
    assert_eq!(
        first_row(&cits, "2", &["title"]),
        ["IANA Naming Function Contract"]
    );
    let pinned: Vec<&str> = note(&cits, "4")
        .iter()
        .filter_map(|r| r.get("pin").map(String::as_str))
        .collect();
    assert_eq!(pinned, ["pp. 12–14"]);
    assert_eq!(first_row(&cits, "9", &["status"]), ["unresolved"]);
    let claims = claims_of(&s);
    // The author of the reference list, by the surname.
    assert_eq!(speaker_of(&claims, "Mueller argues that"), "M. Mueller");
    assert_eq!(speaker_of(&claims, "Others contend that"), "author");
    // The pronoun's report, and the list it introduces, are the same speaker's.
    const CIS: &str = "Centre for Internet and Society";
    assert_eq!(speaker_of(&claims, "It proposes that"), CIS);
    assert_eq!(speaker_of(&claims, "the consent of the operators"), CIS);
    assert_eq!(speaker_of(&claims, "the review of the registries"), CIS);
    assert!(kinds_of(
        &claims,
        "We recommend that ICANN publish the full chain of delegation."
    )
    .iter()
    .any(|(k, _)| k == "normative"));
}

/// A board's resolutions: each "Resolved (...), the Board ..." is the board's act, "the
/// Board" is the one board the document names (a known one), and the meeting of the board is
/// no body of its own.
#[test]
fn a_boards_resolutions_are_its_acts() {
    let s = loaded_one(
        "resolutions.md",
        "# Regular Meeting of the ICANN Board\n\n\
         Whereas, the members of the RSSAC have elected Brad Verd to serve as co-chair.\n\n\
         Resolved (2016.03.10.02), the Board hereby appoints Brad Verd as a co-chair of the RSSAC.\n\n\
         Resolved (2016.03.10.03), the Board accepts the ICG Proposal and transmits it to NTIA.\n\n\
         RESOLVED, that the Board thanks the staff.\n",
    );
    let labels = actor_labels(&s);
    assert!(labels.contains(&"ICANN Board".to_string()), "{labels:?}");
    assert!(!labels.iter().any(|l| l.contains("Meeting")), "{labels:?}");
    let rows = s.rows("authority");
    assert_eq!(
        holder_of(&rows, "Resolved (2016.03.10.03), the Board accepts").as_deref(),
        Some("icann-board")
    );
    assert_eq!(
        grantor_of(&rows, "Resolved (2016.03.10.02), the Board hereby appoints").as_deref(),
        Some("icann-board")
    );
    let claims = claims_of(&s);
    assert!(
        kinds_of(&claims, "RESOLVED, that the Board thanks the staff.")
            .iter()
            .any(|(k, _)| k == "authority")
    );
}

/// A DAO's governance proposal: a power used without a further vote is held, signers chosen
/// by a council "itself" close no circle, a footnote citing a constitution by its section
/// supports the claim it marks, and the claim's text ends at its word, not at the blank
/// before the marker.
#[test]
fn a_dao_proposal_grants_powers_and_cites_its_constitution() {
    let s = loaded_one(
        "aip-42.md",
        "# [AIP-42] Transfer Treasury Management\n\n\
         ## Specification\n\n\
         The Council may approve grants of up to 500,000 ARB without a further vote of the DAO. \
         The Council derives its authority from the token holders who elect it [^1]. \
         The multisig signers are chosen by the Council itself. \
         Participation in the temperature check does not by itself authorize the transfer.\n\n\
         [^1]: See the DAO Constitution, Section 3 (\"The DAO is governed by its token holders\").\n",
    );
    let claims = claims_of(&s);
    assert!(kinds_of(&claims, "The Council may approve grants")
        .iter()
        .all(|(_, polarity)| polarity == "asserted"));
    assert!(kinds_of(&claims, "Participation in the temperature check")
        .contains(&("authority".to_string(), "denied".to_string())));
    assert!(claims
        .iter()
        .any(|r| r["text"]
            == "The Council derives its authority from the token holders who elect it."));
    let cits = s.rows("citations");
    assert_eq!(
        first_row(&cits, "1", &["title", "pin", "status"]),
        ["DAO Constitution", "Section 3", "resolved"]
    );
    let breaks = s.rows("breaks");
    let kinds: Vec<&str> = breaks.iter().map(|r| r["kind"].as_str()).collect();
    assert!(!kinds.contains(&"circular"), "{breaks:?}");
    assert!(!breaks
        .iter()
        .any(|r| r["kind"] == "unsourced" && r["text"].starts_with("The Council derives")));
}

/// A parliamentary debate (Hansard): a minister's turn labelled by a long office with the
/// holder in brackets, a member's by constituency and a joint party, a bare name once known;
/// "my right hon. Friend" ends no sentence; Parliament named without its article is a body;
/// a say given by taking part is denied.
#[test]
fn a_debate_names_its_speakers_and_parliament() {
    let s = loaded_one(
        "debate.txt",
        "Online Safety Bill\n\n\
         The Secretary of State for Digital, Culture, Media and Sport (Michelle Donelan): I beg to move, That the Bill be now read a Second time.\n\n\
         Parliament has delegated to Ofcom the task of drawing up codes of practice.\n\n\
         Sir Jeremy Wright (Kenilworth and Southam) (Con): Will my right hon. Friend confirm that the regulator will remain accountable to Parliament?\n\n\
         Michelle Donelan: I can give my right hon. Friend that assurance.\n\n\
         Lucy Powell (Manchester Central) (Lab/Co-op): No Minister was given a mandate by this House to rewrite the codes.\n\n\
         Julian Knight (Solihull) (Con): Platforms that take part in consultations are not thereby given any say over the rules.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(speaker_of(&claims, "I beg to move"), "Michelle Donelan");
    assert_eq!(
        speaker_of(&claims, "Parliament has delegated"),
        "Michelle Donelan"
    );
    assert_eq!(
        speaker_of(&claims, "Will my right hon. Friend confirm"),
        "Jeremy Wright"
    );
    assert_eq!(
        speaker_of(&claims, "I can give my right hon."),
        "Michelle Donelan"
    );
    assert_eq!(speaker_of(&claims, "No Minister was given"), "Lucy Powell");
    assert!(
        kinds_of(&claims, "Platforms that take part in consultations")
            .contains(&("authority".to_string(), "denied".to_string()))
    );
    assert!(actor_labels(&s).contains(&"Parliament".to_string()));
    assert_eq!(
        holder_of(&s.rows("authority"), "Parliament has delegated").as_deref(),
        Some("parliament")
    );
}

/// A policy brief with plain-text endnotes (three or more, called by digits glued to
/// words): participation named as the subject, with
/// another relation, is offered as that relation's basis ("Attendance is not
/// authorization", "Participation ... is cited as evidence of consent"); participation as an
/// object or a verb is not ("values encourage broad participation in decision making").
#[test]
fn participation_offered_as_a_basis_is_a_break() {
    let s = loaded_one(
        "brief.txt",
        "Summary\n\n\
         Participation in ICANN meetings, which drew 2,300 attendees in 2019, is often cited as evidence of consent.1 \
         Attendance is not authorization.2 \
         These core values encourage broad participation at all levels of decision making.3 \
         Because anyone can participate, decision making by voting is inappropriate.\n\n\
         Notes\n\n\
         1. ICANN, Annual Report 2019 (Los Angeles: ICANN, 2020), 12.\n\
         2. Ibid., 14.\n\
         3. Ibid., 15.\n",
    );
    let flagged: Vec<String> = s
        .rows("breaks")
        .into_iter()
        .filter(|r| r["kind"] == "participation-not-authorization")
        .map(|r| r["text"].clone())
        .collect();
    assert_eq!(flagged.len(), 2, "{flagged:?}");
    assert!(flagged[0].starts_with("Participation in ICANN meetings"));
    assert_eq!(flagged[1], "Attendance is not authorization.");
    let cits = s.rows("citations");
    assert_eq!(
        first_row(&cits, "1", &["title", "pin"]),
        ["Annual Report 2019", "12"]
    );
}

/// A standards body's process page in HTML: a note whose arrow back to its call has no
/// class to name it, a charter cited by its lowercase section, a call after a blank before
/// the full stop, and participants denied authority by attending.
#[test]
fn a_process_page_with_bare_backlinks() {
    let s = loaded_one(
        "process.html",
        r##"<html><body><h1>Process Document</h1>
<p>The W3C Council, composed of the TAG and the AB, hears Formal Objections <a href="#fn1" id="ref1"><sup>1</sup></a>.</p>
<p>Participants in a group who attend its meetings do not thereby acquire any authority over W3C.</p>
<section class="footnotes"><ol><li id="fn1">See the W3C Council charter, section 2. <a href="#ref1">↩</a></li></ol></section>
</body></html>"##,
    );
    let cits = s.rows("citations");
    assert_eq!(
        first_row(&cits, "1", &["title", "pin", "status"]),
        ["W3C Council charter", "section 2", "resolved"]
    );
    let claims = claims_of(&s);
    assert!(claims.iter().any(|r| r["text"]
        == "The W3C Council, composed of the TAG and the AB, hears Formal Objections."));
    assert!(s
        .rows("breaks")
        .iter()
        .any(|r| r["kind"] == "participation-not-authorization"
            && r["text"].starts_with("Participants in a group")));
}

/// Law-review notes citing cases: a case's name with the abbreviations of its parties
/// ("Nat. Res. Def. Council") is one name; its short form "Chevron, 467 U.S. at 844" is the
/// one earlier case with that volume and reporter; a full cite's pin comes before its
/// "[hereinafter ...]".
#[test]
fn case_short_forms_and_pins_before_hereinafter() {
    let s = loaded_one(
        "lr.md",
        "# Delegation\n\nCourts deferred.[^1] That deference rests on the agency.[^2] The canon is old.[^3] It is weak.[^4]\n\n\
         [^1]: Chevron U.S.A. Inc. v. Nat. Res. Def. Council, Inc., 467 U.S. 837, 843 (1984).\n\
         [^2]: *Chevron*, 467 U.S. at 844.\n\
         [^3]: Cass R. Sunstein, *Nondelegation Canons*, 67 U. CHI. L. REV. 315, 322 (2000) [hereinafter Sunstein, *Canons*].\n\
         [^4]: Sunstein, *Canons*, *supra* note 3, at 330.\n",
    );
    let cits = s.rows("citations");
    const CHEVRON: &str = "Chevron U.S.A. Inc. v. Nat. Res. Def. Council, Inc";
    assert_eq!(first_row(&cits, "1", &["title", "pin"]), [CHEVRON, "843"]);
    assert_eq!(
        first_row(&cits, "2", &["form", "title", "pin"]),
        ["short", CHEVRON, "at 844"]
    );
    assert_eq!(
        first_row(&cits, "3", &["title", "pin"]),
        ["Nondelegation Canons", "322"]
    );
    assert_eq!(
        first_row(&cits, "4", &["title", "pin"]),
        ["Nondelegation Canons", "at 330"]
    );
}

/// A government white paper's numbered paragraphs: the number is no part of the claim, and
/// bodies consulted in its preparation are offered consultation, not a role.
#[test]
fn a_white_papers_numbered_paragraphs() {
    let s = loaded_one(
        "white.txt",
        "Online Harms White Paper\n\n\
         5.1 The government will establish a new statutory duty of care.\n\n\
         5.4 The regulator will be accountable to Parliament. Parliament will scrutinise the regulator's codes.\n\n\
         5.5 Industry bodies consulted during the preparation of this paper have no role in approving the codes.\n",
    );
    let claims = claims_of(&s);
    assert!(claims
        .iter()
        .any(|r| r["text"] == "The government will establish a new statutory duty of care."));
    assert!(claims
        .iter()
        .any(|r| r["text"] == "The regulator will be accountable to Parliament."));
    assert!(s
        .rows("breaks")
        .iter()
        .any(|r| r["kind"] == "participation-not-authorization"
            && r["text"].starts_with("Industry bodies consulted")));
}

/// An organization no gazetteer knows, which the text describes in apposition ("Ofcom, the
/// communications regulator,"), is an actor, and holds what it is given.
#[test]
fn an_organization_described_in_apposition() {
    let s = loaded_one(
        "ofcom.txt",
        "Online Safety\n\nOfcom, the communications regulator, will enforce the codes. Parliament has given Ofcom the power to fine companies.\n",
    );
    assert!(actor_labels(&s).contains(&"Ofcom".to_string()));
    assert_eq!(
        holder_of(&s.rows("authority"), "Ofcom, the communications regulator").as_deref(),
        Some("ofcom")
    );
}

/// A law review as text from a PDF: notes at each page's foot called by digits glued to
/// words; a paragraph whose last sentence ends in a call ("a mandate.5") is prose, not a
/// heading, and a page's text after the notes is read; a case's short form resolves; the
/// author's note under the byline's asterisk is no claim.
#[test]
fn a_pdf_law_review_with_notes_at_each_page_foot() {
    let s = loaded_one(
        "pdflr.txt",
        "THE LEGITIMACY OF PRIVATE STANDARDS\n\nJane Roe*\n\n\
         Private standard-setting bodies exercise authority that no legislature has granted.1 Their\n\
         rules bind firms that never consented to them.2 Courts have nonetheless deferred to such\n\
         bodies.3\n\n\
         * Professor of Law, Example University.\n\
         1 Harm Schepel, The Constitution of Private Governance 45 (2005).\n\
         2 Id. at 52.\n\
         3 See Allied Tube & Conduit Corp. v. Indian Head, Inc., 486 U.S. 492, 500 (1988).\n\n\
         The deference rests on expertise, not on any delegation.4 Expertise is not a mandate.5\n\n\
         4 Schepel, supra note 1, at 60.\n\
         5 Cf. Allied Tube, 486 U.S. at 501.\n",
    );
    let claims = claims_of(&s);
    // The author's note under the byline's asterisk is a note, no claim.
    assert!(kinds_of(&claims, "Professor of Law").is_empty());
    assert!(kinds_of(&claims, "Expertise is not a mandate.")
        .contains(&("authority".to_string(), "denied".to_string())));
    let cits = s.rows("citations");
    assert_eq!(
        first_row(&cits, "5", &["form", "title", "pin"]),
        [
            "short",
            "Allied Tube & Conduit Corp. v. Indian Head, Inc",
            "at 501"
        ]
    );
    assert_eq!(
        first_row(&cits, "4", &["form", "title", "pin"]),
        ["supra", "The Constitution of Private Governance", "at 60"]
    );
}

/// An Internet-Draft as plain text: the title centred under the header is the document's
/// (not "Abstract", the first line set like a heading) and no claim; its pointers resolve
/// to the entries of its reference list.
#[test]
fn an_internet_draft_in_plain_text() {
    // Lines joined, not a string continued with `\`, which would eat their indentation.
    let text = [
        "Network Working Group                                          J. Arkko",
        "Internet-Draft                                                  Ericsson",
        "Intended status: Informational                             March 2, 2020",
        "",
        "",
        "               Who Decides? Authority in Internet Standards Bodies",
        "                     draft-arkko-authority-decides-00",
        "",
        "Abstract",
        "",
        "   This document discusses where the authority of the IETF to publish",
        "   standards comes from.",
        "",
        "1.  Introduction",
        "",
        "   The IESG approves the publication of standards track documents",
        "   [RFC2026].  No government delegated this authority to the IETF.",
        "",
        "2.  References",
        "",
        "   [RFC2026]  Bradner, S., \"The Internet Standards Process -- Revision",
        "              3\", BCP 9, RFC 2026, October 1996.",
        "",
    ]
    .join("\n");
    let s = loaded_one("draft-arkko.txt", &text);
    let docs = s.rows("documents");
    assert_eq!(
        docs[0]["title"],
        "Who Decides? Authority in Internet Standards Bodies"
    );
    let claims = claims_of(&s);
    assert!(claims.iter().all(|r| !r["text"].contains("Who Decides")));
    assert_eq!(
        kinds_of(
            &claims,
            "No government delegated this authority to the IETF."
        ),
        [("authority".to_string(), "denied".to_string())]
    );
    assert_eq!(
        titles_resting(
            &s,
            "The IESG approves the publication of standards track documents [RFC2026]."
        ),
        ["The Internet Standards Process -- Revision 3"]
    );
}

/// An interview whose questions are set in bold and answered by name: a question is the
/// interviewer's (the author's), its label no part of it, and the answers the
/// interviewee's; "ICANN answers to itself" closes a circle, "accountable to no one" is
/// denied.
#[test]
fn an_interview_answered_by_name() {
    let s = loaded_one(
        "interview.md",
        "# Nobody elected the root zone: an interview with Milton Mueller\n\n\
         **Q: Who does ICANN answer to?**\n\n\
         **Mueller:** Formally, to the Empowered Community. But the community is made of \
         ICANN's own parts, so in a sense ICANN answers to itself.\n\n\
         **Q: And the Board?**\n\n\
         **Mueller:** The Board is accountable to no one.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(speaker_of(&claims, "Who does ICANN answer to?"), "author");
    assert!(claims.iter().all(|c| !c["text"].starts_with("Q:")));
    assert_eq!(
        speaker_of(&claims, "The Board is accountable to no one."),
        "Milton Mueller"
    );
    assert!(kinds_of(&claims, "The Board is accountable to no one.")
        .contains(&("authority".to_string(), "denied".to_string())));
    let breaks = s.rows("breaks");
    assert!(
        breaks
            .iter()
            .any(|b| b["kind"] == "circular" && b["text"].contains("ICANN answers to itself")),
        "{breaks:?}"
    );
}

/// A governance table, in Markdown and in HTML: each row is read whole, so a body in its
/// first cell holds what the others say ("Appointed by the Steering Council": a chain);
/// the header row is no claim.
#[test]
fn a_table_of_bodies_and_who_chooses_them() {
    let md = "# Project Governance\n\n\
              | Body | Role | Chosen by |\n\
              |------|------|-----------|\n\
              | Technical Committee | Decides technical disputes | Appointed by the Steering Council |\n";
    let html = "<html><head><title>Project Governance</title></head><body>\n\
                <table>\n<tr><th>Body</th><th>Role</th><th>Chosen by</th></tr>\n\
                <tr>\n  <td>Technical Committee</td>\n  <td>Decides technical disputes</td>\n  \
                <td>Appointed by the Steering Council</td>\n</tr>\n</table></body></html>\n";
    for (name, text) in [("gov.md", md), ("gov.html", html)] {
        let s = loaded_one(name, text);
        let claims = claims_of(&s);
        let row =
            "Technical Committee | Decides technical disputes | Appointed by the Steering Council";
        assert!(
            kinds_of(&claims, row).contains(&("authority".to_string(), "asserted".to_string())),
            "{name}: {claims:?}"
        );
        assert!(
            claims.iter().all(|c| !c["text"].contains("Chosen by")),
            "{name}"
        );
        assert_eq!(
            holder_of(&s.rows("authority"), row).as_deref(),
            Some("technical-committee"),
            "{name}"
        );
        assert_eq!(
            grantor_of(&s.rows("authority"), row).as_deref(),
            Some("steering-council"),
            "{name}"
        );
    }
}

/// A GitHub thread exported as Markdown: each post is its writer's, from the line over it;
/// that line is no claim; "the project lead" named twice is the holder of what it does.
#[test]
fn a_threads_posts_are_their_writers() {
    let s = loaded_one(
        "issue.md",
        "# Proposal: move release approval to the Steering Council\n\n\
         **opened by @jdoe on 12 May 2023**\n\n\
         Right now the project lead approves every release alone.\n\n---\n\n\
         **@maintainer-a commented on 13 May 2023**\n\n\
         The project lead is accountable to no one.\n\n---\n\n\
         **@bob-smith commented on 14 May 2023**\n\n\
         Contributors who open pull requests are not entitled to decide releases.\n",
    );
    let claims = claims_of(&s);
    assert!(claims.iter().all(|c| !c["text"].contains("commented")));
    assert_eq!(
        speaker_of(&claims, "Right now the project lead approves"),
        "jdoe"
    );
    assert_eq!(
        speaker_of(&claims, "The project lead is accountable to no one."),
        "maintainer-a"
    );
    assert_eq!(speaker_of(&claims, "Contributors who open"), "bob-smith");
    let auth = s.rows("authority");
    assert_eq!(
        holder_of(&auth, "The project lead is accountable to no one.").as_deref(),
        Some("project-lead")
    );
    // A forum's heads that tell only when ("jdoe 3 hours ago | next [–]", "mwong · 1 hour ago").
    let forum = loaded_one(
        "thread.md",
        "# ICANN board votes to approve .org sale\n\n\
         jdoe 3 hours ago | next [–]\n\n\
         The ICANN Board has no mandate to approve the sale.\n\n\
         **mwong** · 1 hour ago\n\n\
         Participation in public comments is not the same as consent.\n",
    );
    let posts = claims_of(&forum);
    assert_eq!(speaker_of(&posts, "The ICANN Board has no mandate"), "jdoe");
    assert_eq!(
        speaker_of(&posts, "Participation in public comments"),
        "mwong"
    );
    assert!(
        !posts.iter().any(|c| c["text"].contains(" ago")),
        "{posts:?}"
    );
}

/// An alliance's governance page: "the General Assembly" of a document that names nothing of
/// the UN is the alliance's own (a principal), not the UN's; "Open Data Alliance" is an
/// organization.
#[test]
fn an_alliances_general_assembly_is_its_own() {
    let s = loaded_one(
        "governance.html",
        "<html><head><title>Governance | Open Data Alliance</title></head><body><main>\
         <h1>Governance</h1><p>The Open Data Alliance is governed by a Board of Directors \
         elected by its members.</p><p>The Board is accountable to the General Assembly, which \
         meets once a year.</p></main></body></html>",
    );
    let labels = actor_labels(&s);
    assert!(
        labels.contains(&"Open Data Alliance".to_string()),
        "{labels:?}"
    );
    let row = s.chain_of("board-of-directors");
    assert_eq!(
        row["root"],
        "https://w3id.org/warrant/id/actor/general-assembly"
    );
    assert_eq!(row["principal"], "true");
}

/// A Senate hearing's record: speakers named as names with a period ("Senator Nelson.",
/// "The Chairman."), its centred front matter and editorial notes no claims, a meeting
/// "pursuant to notice" no authority, and a prepared statement its witness's.
#[test]
fn a_senate_hearings_record() {
    let s = loaded_one(
        "hearing.txt",
        "                    EXAMINING THE PLAN FOR TRANSITIONING THE\n\
         \x20                 STEWARDSHIP OF THE INTERNET NUMBERING FUNCTIONS\n\n\
         \x20                      WEDNESDAY, FEBRUARY 25, 2015\n\n\
         \x20                                      U.S. Senate,\n\
         \x20                Committee on Commerce, Science, and Transportation,\n\
         \x20                                                   Washington, DC.\n\n\
         \x20   The Committee met, pursuant to notice, at 10 a.m., in room SR-253,\n\
         Russell Senate Office Building, Hon. John Thune, Chairman of the\n\
         Committee, presiding.\n\n\
         \x20   The Chairman. Good morning. Congress has never authorized the transfer\n\
         of this oversight to anyone.\n\n\
         \x20   Senator Nelson. Thank you, Mr. Chairman. ICANN is accountable to the\n\
         global community of Internet users.\n\n\
         \x20   Mr. Strickling. Thank you, Chairman Thune. NTIA has no authority\n\
         to make policy for the domain name system.\n\n\
         \x20   Senator Wicker. Attendance at ICANN meetings does not give anyone a\n\
         mandate to speak for American users.\n\n\
         \x20   [The prepared statement of Mr. Strickling follows:]\n\n\
         \x20Prepared Statement of Hon. Lawrence E. Strickling, Assistant Secretary\n\
         \x20       for Communications and Information, U.S. Department of Commerce\n\n\
         \x20   The Department of Commerce delegated the coordination of the domain\n\
         name system to ICANN in 1998.\n\n\
         \x20   [Whereupon, at 11:42 a.m., the hearing was adjourned.]\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "Congress has never authorized"),
        "The Chairman"
    );
    assert_eq!(
        speaker_of(&claims, "ICANN is accountable to the global"),
        "Senator Nelson"
    );
    assert_eq!(
        speaker_of(&claims, "NTIA has no authority"),
        "Mr. Strickling"
    );
    assert_eq!(
        speaker_of(&claims, "Attendance at ICANN meetings"),
        "Senator Wicker"
    );
    assert_eq!(
        speaker_of(&claims, "The Department of Commerce delegated"),
        "Mr. Strickling"
    );
    assert_eq!(
        kinds_of(&claims, "The Committee met, pursuant to notice"),
        [("empirical".to_string(), "asserted".to_string())]
    );
    assert_eq!(
        kinds_of(&claims, "NTIA has no authority"),
        [("authority".to_string(), "denied".to_string())]
    );
    // What is delegated may take words before "to" and its recipient.
    let auth = s.rows("authority");
    let delegated = "The Department of Commerce delegated";
    assert_eq!(holder_of(&auth, delegated).as_deref(), Some("icann"));
    assert_eq!(grantor_of(&auth, delegated).as_deref(), Some("doc"));
    // Where people attend holds nothing; a system is no constituency.
    assert_eq!(holder_of(&auth, "Attendance at ICANN meetings"), None);
    assert_eq!(
        authorization(&auth, "NTIA has no authority").get("constituency"),
        None
    );
    for none in [
        "U.S. Senate",
        "Washington, DC",
        "prepared statement of",
        "Prepared Statement of",
        "Whereupon",
        "Senator Nelson.",
        "Good morning",
        "Thank you, Mr. Chairman",
    ] {
        assert!(
            !claims.iter().any(|c| c["text"].contains(none)),
            "{none}: {claims:?}"
        );
    }
}

/// An English judgment: paragraphs numbered in brackets are its judges' claims (not a list of
/// references), "Lord Justice Smith:" over them says whose, the caption's "- and -" is no
/// claim, a company goes by its first word, and articles "vest" the management in a board.
/// In a document that speaks of AI, an "agent" is a program: "I pointed an agent at the
/// issue" claims no authority; where it does not, "acts as an agent of" still does.
#[test]
fn agents_in_an_ai_policy_are_programs() {
    let s = loaded_one(
        "ai-policy.md",
        "# AI Usage Policy\n\nWe welcome the use of AI tools. AI output must be reviewed by you.\n\nDisclose any AI use:\n\n- I pointed an agent at the issue and here are the changes.\n- I iterated multiple times with an agent to produce this.\n\nYou are ultimately responsible for all changes made.\n",
    );
    let claims = claims_of(&s);
    assert!(
        kinds_of(&claims, "I pointed an agent")
            .iter()
            .all(|(k, _)| k != "authority"),
        "{claims:?}"
    );
    assert!(kinds_of(&claims, "You are ultimately responsible")
        .iter()
        .any(|(k, _)| k == "authority"));
    let s = loaded_one(
        "registrar.md",
        "# Registrars\n\nThe registrar acts as an agent of the registry.\n",
    );
    assert!(kinds_of(&claims_of(&s), "The registrar acts as an agent")
        .iter()
        .any(|(k, _)| k == "authority"));
}

/// A code of conduct in the Contributor Covenant's shape: "Community leaders" are a group
/// that holds its enforcement powers; the levels' "**Community Impact**:" labels and the
/// "Our Pledge" heading name no one.
#[test]
fn a_code_of_conducts_leaders_and_labels() {
    let s = loaded_one(
        "code_of_conduct.md",
        "# Contributor Covenant Code of Conduct\n\n## Our Pledge\n\nWe as members, contributors, and leaders pledge to make participation in our community a harassment-free experience for everyone.\n\n## Enforcement Responsibilities\n\nCommunity leaders are responsible for clarifying and enforcing our standards of acceptable behavior.\n\nCommunity leaders have the right and responsibility to remove, edit, or reject comments that are not aligned to this Code of Conduct.\n\n## Enforcement Guidelines\n\n### 1. Correction\n\n**Community Impact**: Use of inappropriate language.\n\n**Consequence**: A private, written warning from community leaders.\n\n### 2. Warning\n\n**Community Impact**: A violation through a single incident.\n\n**Consequence**: A warning with consequences for continued behavior.\n",
    );
    let labels = actor_labels(&s);
    assert!(labels.contains(&"leaders".to_string()), "{labels:?}");
    assert!(
        !labels
            .iter()
            .any(|l| l == "Community Impact" || l == "Our Pledge"),
        "{labels:?}"
    );
    let auth = s.rows("authority");
    assert_eq!(
        holder_of(&auth, "Community leaders are responsible").as_deref(),
        Some("leaders")
    );
    assert_eq!(
        holder_of(&auth, "Community leaders have the right").as_deref(),
        Some("leaders")
    );
}

/// "does not confer commit rights": attendance offered where a right is at stake, and denied.
#[test]
fn attendance_that_confers_no_rights() {
    let s = loaded_one(
        "faq.md",
        "# FAQ\n\n### Does attending the sprint make me a core developer?\n\nA: No. Attendance at sprints does not confer commit rights.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        kinds_of(&claims, "Attendance at sprints"),
        [("authority".to_string(), "denied".to_string())]
    );
    let breaks = s.rows("breaks");
    for kind in ["denied", "participation-not-authorization"] {
        assert!(
            breaks
                .iter()
                .any(|b| b["kind"] == kind && b["text"].starts_with("Attendance at sprints")),
            "{kind}: {breaks:?}"
        );
    }
}

/// A marker mid-sentence ends its clause's claim (F5); the next clause's claim starts past
/// the comma: "as the charter provides.", with its own note.
#[test]
fn the_clause_after_a_mid_sentence_marker() {
    let s = loaded_one(
        "g.md",
        "# G\n\nIts members are elected by the core developers[^a], as the charter provides[^b].\n\n[^a]: Project Bylaws, art. 4 (2021).\n[^b]: Project Charter (2020).\n",
    );
    let texts: Vec<String> = claims_of(&s).iter().map(|c| c["text"].clone()).collect();
    assert!(
        texts.contains(&"as the charter provides.".to_string()),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.starts_with(',')), "{texts:?}");
}

/// Board minutes: attendance offered as a basis in a clause after a semicolon is read in
/// that clause ("The Board noted their comments; attendance at the open session does not
/// give community members a vote"): denied, and a participation break.
#[test]
fn minutes_attendance_after_a_semicolon() {
    let s = loaded_one(
        "minutes.md",
        "# Board of Directors Meeting Minutes\n\n**Present:** Anne Clark (Chair), Robert Diaz (Treasurer)\n\n## Community input\n\nSeveral community members attended the open session. The Board noted their comments; attendance at the open session does not give community members a vote.\n",
    );
    let auth = s.rows("authority");
    let r = authorization(&auth, "The Board noted their comments");
    assert_eq!(
        (r["relation"].as_str(), r["polarity"].as_str()),
        ("decides", "denied")
    );
    assert!(s
        .rows("breaks")
        .iter()
        .any(|b| b["kind"] == "participation-not-authorization"
            && b["text"].starts_with("The Board noted")));
}

/// A consultation as the manner of a power ("In consultation with the developers, make
/// decisions ...") offers no participation as its basis; attendance offered as one still is.
#[test]
fn a_consultation_as_a_powers_manner_is_no_basis() {
    let s = loaded_one(
        "constitution.txt",
        "Project Leader\n\nThe Project Leader is elected by the Developers. The Project Leader may:\n\n 1. Appoint Delegates or delegate decisions to the Technical Committee.\n 2. In consultation with the developers, make decisions affecting property held in trust for the Project.\n",
    );
    let auth = s.rows("authority");
    let r = authorization(&auth, "In consultation with the developers");
    assert_eq!(
        (r["holder"].rsplit('/').next(), r["relation"].as_str()),
        (Some("project-leader"), "decides")
    );
    assert_no_break(&s, "participation-not-authorization");
}

#[test]
fn an_english_judgments_numbered_paragraphs() {
    let s = loaded_one(
        "judgment.txt",
        "Neutral Citation Number: [2021] EWCA Civ 1234\n\n\
         NOMINET UK LIMITED\nAppellant\n\n- and -\n\nTHE REGISTRANTS' ASSOCIATION\nRespondent\n\n\
         JUDGMENT\n\nLord Justice Smith:\n\nIntroduction\n\n\
         [1] This appeal concerns the governance of the .uk registry. The appellant, Nominet UK Limited, operates the registry.\n\n\
         [2] The respondent contends that the members of Nominet have no power to change the registry's policies.\n\n\
         [3] Nominet's articles of association vest the management of the company in its board of directors.\n\n\
         Conclusion\n\n[4] For these reasons I would allow the appeal.\n\n\
         Lady Justice Jones:\n\n[5] I agree.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "The respondent contends"),
        "Lord Justice Smith"
    );
    assert_eq!(speaker_of(&claims, "I agree."), "Lady Justice Jones");
    assert!(
        !claims
            .iter()
            .any(|c| c["text"].starts_with('[') || c["text"].contains("and -")),
        "{claims:?}"
    );
    // The proceedings' "appeal" is no authority.
    assert_eq!(
        kinds_of(&claims, "For these reasons I would allow the appeal."),
        [("empirical".to_string(), "asserted".to_string())]
    );
    assert!(s.rows("citations").is_empty(), "{:?}", s.rows("citations"));
    let auth = s.rows("authority");
    let vest = "Nominet's articles of association vest";
    assert_eq!(
        holder_of(&auth, vest).as_deref(),
        Some("board-of-directors")
    );
    assert_eq!(
        grantor_of(&auth, vest).as_deref(),
        Some("nominet-uk-limited")
    );
    assert_eq!(authorization(&auth, vest)["basis"], "bylaws");
}

/// Cases cited in the running text as English courts cite them (OSCOLA: "X v Y [1995] 2 AC
/// 378 at 389"): inside the sentence they support, or as a sentence of their own after it.
#[test]
fn english_cases_cited_in_the_running_text() {
    let s = loaded_one(
        "opinion.txt",
        "Opinion\n\n\
         The members do not themselves decide registry policy: see Royal Brunei Airlines v Tan [1995] 2 AC 378 at 389.\n\n\
         A trustee must act in good faith. See Bristol and West Building Society v Mothew [1998] Ch 1, 18.\n\n\
         In R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5 the Supreme Court held that ministers cannot frustrate a statute.\n",
    );
    let rows = s.rows("citations");
    let cited: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["title"].clone(),
                r.get("pin").cloned().unwrap_or_default(),
                r.get("signal").cloned().unwrap_or_default(),
            )
        })
        .collect();
    let row = |t: &str, p: &str, g: &str| (t.to_string(), p.to_string(), g.to_string());
    assert_eq!(
        cited,
        [
            row("Royal Brunei Airlines v Tan", "389", "see"),
            row("Bristol and West Building Society v Mothew", "18", "see"),
            row(
                "R (Miller) v Secretary of State for Exiting the European Union",
                "",
                ""
            ),
        ]
    );
    // The citation sentence is no claim; the sentence before it is.
    let claims = claims_of(&s);
    assert!(!claims.iter().any(|c| c["text"].starts_with("See Bristol")));
    assert!(claims
        .iter()
        .any(|c| c["text"] == "A trustee must act in good faith."));
}

/// Minutes' notes, an item each, that open with who spoke ("* Pete Resnick: ..."): each is
/// its speaker's, the speakers are persons, and the action item after them the minutes' own.
#[test]
fn minutes_notes_are_their_speakers() {
    let s = loaded_one(
        "minutes.md",
        "# IETF 118 GENDISPATCH Minutes\n\nChairs: Pete Resnick, Kirsty Paine\n\n\
         ## Discussion\n\n\
         * Pete Resnick: The IESG has no authority to override rough consensus of a working group.\n\
         * Joel Halpern: The community delegated that authority to the IESG through RFC 2026.\n\
         * Kirsty Paine (chair): Attendance at the meeting does not make anyone a member.\n\
         * Pete Resnick: We should take this to the list.\n\n\
         Action: Chairs to confirm consensus on the list.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "The IESG has no authority"),
        "Pete Resnick"
    );
    assert_eq!(
        speaker_of(&claims, "The community delegated"),
        "Joel Halpern"
    );
    assert_eq!(
        speaker_of(&claims, "Attendance at the meeting"),
        "Kirsty Paine"
    );
    assert_eq!(speaker_of(&claims, "Action: Chairs"), "author");
    assert!(!claims.iter().any(|c| c["text"].contains("Resnick:")));
    let actors = actor_labels(&s);
    for p in ["Pete Resnick", "Joel Halpern", "Kirsty Paine"] {
        assert!(actors.contains(&p.to_string()), "{p}: {actors:?}");
    }
}

/// A mailing list's digest: its preamble and table of topics are the list's, no claims; each
/// message under its header is its sender's.
#[test]
fn a_list_digests_messages_are_their_senders() {
    let s = loaded_one(
        "digest.txt",
        "Send ncuc-discuss mailing list submissions to\n\tncuc-discuss@lists.example.org\n\n\
         Today's Topics:\n\n   1. Re: Board accountability (Milton Mueller)\n   2. Re: Board accountability (Avri Doria)\n\n\
         ----------------------------------------------------------------------\n\n\
         Message: 1\nDate: Tue, 14 Oct 2014 09:12:03 -0400\nFrom: Milton Mueller <mueller@example.edu>\n\
         To: ncuc-discuss@lists.example.org\nSubject: Re: Board accountability\n\n\
         The ICANN Board answers to no one once the contract ends. Nobody elected\nthe Board.\n\n\
         ------------------------------\n\n\
         Message: 2\nDate: Tue, 14 Oct 2014 10:40:11 -0400\nFrom: Avri Doria <avri@example.org>\n\
         To: ncuc-discuss@lists.example.org\nSubject: Re: Board accountability\n\n\
         I disagree. The Board is accountable to the community through the\nbylaws.\n\n\
         ------------------------------\n\nEnd of ncuc-discuss Digest, Vol 80, Issue 12\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "The ICANN Board answers to no one"),
        "Milton Mueller"
    );
    assert_eq!(speaker_of(&claims, "Nobody elected"), "Milton Mueller");
    assert_eq!(
        speaker_of(&claims, "The Board is accountable to the community"),
        "Avri Doria"
    );
    for none in ["Send ncuc", "Re: Board accountability", "From:", "Today"] {
        assert!(
            !claims.iter().any(|c| c["text"].contains(none)),
            "{none}: {claims:?}"
        );
    }
    let actors = actor_labels(&s);
    assert!(actors.contains(&"Avri Doria".to_string()), "{actors:?}");
}

/// A list's archive as its web pages offer it (mbox: "From jdoe at example.org  Tue ..."
/// between messages, "From: jdoe at example.org (Jane Doe)"): each message is its sender's,
/// and a line it quotes ("> ...") is not.
#[test]
fn a_list_archives_messages_and_their_quotations() {
    let s = loaded_one(
        "archive.txt",
        "From mueller at example.edu  Tue Oct 14 09:12:03 2014\n\
         From: mueller at example.edu (Milton Mueller)\nDate: Tue, 14 Oct 2014 09:12:03 -0400\n\
         Subject: [ncuc-discuss] Board accountability\nMessage-ID: <123@example.edu>\n\n\
         The ICANN Board answers to no one once the contract ends.\n\n\
         From avri at example.org  Tue Oct 14 10:40:11 2014\n\
         From: avri at example.org (Avri Doria)\nDate: Tue, 14 Oct 2014 10:40:11 -0400\n\
         Subject: [ncuc-discuss] Board accountability\nIn-Reply-To: <123@example.edu>\n\n\
         I disagree. The Board is accountable to the community through the bylaws.\n\n\
         > The ICANN Board is beyond the reach of the community.\n\n\
         That is not what the bylaws say.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "The ICANN Board answers to no one"),
        "Milton Mueller"
    );
    assert_eq!(
        speaker_of(&claims, "The Board is accountable"),
        "Avri Doria"
    );
    assert_eq!(
        speaker_of(&claims, "That is not what the bylaws say."),
        "Avri Doria"
    );
    assert_ne!(
        speaker_of(&claims, "The ICANN Board is beyond the reach"),
        "Avri Doria"
    );
    assert!(!claims.iter().any(|c| c["text"].contains("example.org")));
}

/// A meeting's chat log ("[19:01:03] <bdale> ..."): each line is its nick's, times, nicks
/// and the meeting bot's commands are no part of what is said, and no time is a citation.
#[test]
fn a_chat_logs_lines_are_their_nicks() {
    let s = loaded_one(
        "irc.txt",
        "Technical Committee meeting log\n\n\
         [19:00:12] <Mithrandir> #startmeeting\n\
         [19:01:03] <dondelelcaro> The technical committee has the power to overrule a developer.\n\
         [19:01:40] <bdale> The committee does not have the authority to design new policy.\n\
         [19:02:15] <dondelelcaro> Agreed, and attendance at this meeting does not give anyone a vote.\n\
         [19:03:01] <Mithrandir> #endmeeting\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "The technical committee has the power"),
        "dondelelcaro"
    );
    assert_eq!(
        kinds_of(&claims, "The committee does not have the authority"),
        [("authority".to_string(), "denied".to_string())]
    );
    assert_eq!(speaker_of(&claims, "The committee does not have"), "bdale");
    assert!(!claims
        .iter()
        .any(|c| c["text"].contains('[') || c["text"].contains('#')));
    assert!(s.rows("citations").is_empty());
}

/// A wiki's talk page: each comment, over one paragraph or more, is its signer's, and the
/// signature ("Bob Smith (talk) 15:10, 3 May 2021 (UTC)") is no claim.
#[test]
fn a_talk_pages_comments_are_their_signers() {
    let s = loaded_one(
        "talk.txt",
        "Talk:ICANN\n\nNeutrality of the lead section\n\n\
         The lead says ICANN is accountable to the global Internet community.\n\n\
         No source supports that. JaneEditor (talk) 14:02, 3 May 2021 (UTC)\n\n\
         The GAC has no binding authority over the Board. Bob Smith (talk) 15:10, 3 May 2021 (UTC)\n",
    );
    let claims = claims_of(&s);
    assert_eq!(speaker_of(&claims, "The lead says ICANN"), "JaneEditor");
    assert_eq!(
        speaker_of(&claims, "No source supports that."),
        "JaneEditor"
    );
    assert_eq!(
        speaker_of(&claims, "The GAC has no binding authority"),
        "Bob Smith"
    );
    assert!(
        !claims.iter().any(|c| c["text"].contains("(talk)")),
        "{claims:?}"
    );
}

/// A notice in the Federal Register: its fields of form ("AGENCY:", "DATES:", "ADDRESSES:")
/// and its signature under "Dated:" are no claims, "(Department)" defines a short name
/// unquoted, and the functions a body performs under a contract are its own.
#[test]
fn a_federal_register_notice() {
    let s = loaded_one(
        "notice.txt",
        "DEPARTMENT OF COMMERCE\n\n\
         National Telecommunications and Information Administration\n\n\
         AGENCY: National Telecommunications and Information Administration, U.S. Department of Commerce.\n\n\
         ACTION: Notice of Inquiry.\n\n\
         SUMMARY: The Department of Commerce (Department) through the National Telecommunications and Information Administration (NTIA) is seeking comments on the IANA functions contract.\n\n\
         DATES: Comments are due on or before March 31, 2011.\n\n\
         ADDRESSES: Written comments may be submitted by mail to Fiona Alexander, Washington, DC 20230.\n\n\
         SUPPLEMENTARY INFORMATION:\n\n\
         The IANA functions have been performed by ICANN under a contract with the Department since 2000. \
         The Department retains policy authority over the authoritative root zone file.\n\n\
         Dated: February 22, 2011.\n\n\
         Kathy D. Smith,\nChief Counsel, National Telecommunications and Information Administration.\n",
    );
    let claims = claims_of(&s);
    for none in [
        "AGENCY",
        "ACTION",
        "DATES",
        "ADDRESSES",
        "Dated",
        "Kathy D. Smith",
    ] {
        assert!(
            !claims.iter().any(|c| c["text"].contains(none)),
            "{none}: {claims:?}"
        );
    }
    assert!(claims.iter().any(|c| c["text"].starts_with("SUMMARY:")));
    let auth = s.rows("authority");
    let performed = "The IANA functions have been performed";
    assert_eq!(holder_of(&auth, performed).as_deref(), Some("icann"));
    assert_eq!(grantor_of(&auth, performed).as_deref(), Some("doc"));
    assert_eq!(
        holder_of(&auth, "The Department retains policy authority").as_deref(),
        Some("doc")
    );
}

/// Council conclusions written in capitals: "THE COUNCIL OF THE EUROPEAN UNION," over its
/// clauses, and "DECIDES", "CALLS ON" as its operative verbs: its acts.
#[test]
fn conclusions_in_capitals_are_their_bodys_acts() {
    let s = loaded_one(
        "conclusions.txt",
        "Council conclusions on Internet governance\n\n\
         THE COUNCIL OF THE EUROPEAN UNION,\n\n\
         1. RECALLS that the Internet should remain a single, open network;\n\n\
         2. CALLS ON the Commission to ensure that ICANN is accountable to the community;\n\n\
         3. DECIDES to review these conclusions in 2016.\n",
    );
    let auth = s.rows("authority");
    for clause in ["CALLS ON the Commission", "DECIDES to review"] {
        assert_eq!(
            holder_of(&auth, clause).as_deref(),
            Some("council-of-the-eu"),
            "{clause}"
        );
    }
}

/// An office named once, as the agent of an appointment ("appointed by the President"), is an
/// actor and the appointment's grantor.
#[test]
fn an_office_that_appoints_is_named_once() {
    let s = loaded_one(
        "statute.txt",
        "Statute\n\nThe Administrator shall be appointed by the President.\n",
    );
    let actors = actor_labels(&s);
    assert!(actors.contains(&"President".to_string()), "{actors:?}");
    let auth = s.rows("authority");
    assert_eq!(
        grantor_of(&auth, "The Administrator shall be appointed").as_deref(),
        Some("president")
    );
}

/// A court's transcript, its labels in capitals ("THE COURT:", "MR. JONES:"): each turn its
/// speaker's, the label no part of the claim.
#[test]
fn a_court_transcripts_speakers_in_capitals() {
    let s = loaded_one(
        "transcript.txt",
        "TRANSCRIPT OF PROCEEDINGS\n\n\
         THE COURT: Counsel, does the registry have the authority to suspend the domain?\n\n\
         MR. JONES: Your Honor, the registry has no authority to suspend it without a court order.\n\n\
         MS. LEE: The registry agreement gives the operator that power, Your Honor.\n",
    );
    let claims = claims_of(&s);
    assert_eq!(
        speaker_of(&claims, "Counsel, does the registry"),
        "The Court"
    );
    assert_eq!(speaker_of(&claims, "Your Honor, the registry"), "Mr. Jones");
    assert_eq!(
        speaker_of(&claims, "The registry agreement gives"),
        "Ms. Lee"
    );
    assert_eq!(
        kinds_of(&claims, "Your Honor, the registry has no authority"),
        [("authority".to_string(), "denied".to_string())]
    );
}
