//! Each break kind on a small purpose-written document that must produce it, and one
//! that must not. A properly sourced, granted, principal-rooted chain produces no break.

mod common;

use common::*;

/// Writes `text` as `name` in `dir` and returns its path.
fn write_doc(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let f = dir.path().join(name);
    std::fs::write(&f, text).unwrap();
    f
}

fn breaks_of(doc: &str) -> Vec<(String, String)> {
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    let f = write_doc(&dir, "case.md", doc);
    s.load(&[&f]);
    s.rows("breaks")
        .into_iter()
        .map(|r| (r["kind"].clone(), r["text"].clone()))
        .collect()
}

fn has(bs: &[(String, String)], kind: &str, text: &str) -> bool {
    bs.iter().any(|(k, t)| k == kind && t.contains(text))
}

fn kinds(bs: &[(String, String)]) -> Vec<&str> {
    bs.iter().map(|(k, _)| k.as_str()).collect()
}

const SOURCED: &str = "\n\n[^1]: G.A. Res. 70/125, ¶ 3 (Dec. 16, 2015).\n";

#[test]
fn unsourced() {
    let b = breaks_of("The Widget Council governs the registry.\n");
    assert!(
        has(&b, "unsourced", "The Widget Council governs the registry."),
        "{b:?}"
    );
    let b = breaks_of(&format!(
        "The Widget Council governs the registry.[^1]{SOURCED}"
    ));
    assert!(!kinds(&b).contains(&"unsourced"), "{b:?}");
}

#[test]
fn unresolved_citation() {
    let b = breaks_of("The Widget Council governs the registry.[^1] It also sets fees.[^2]\n\n[^1]: G.A. Res. 70/125 (2015).\n");
    assert!(has(&b, "unresolved-citation", ""), "{b:?}");
    assert!(b.iter().any(|(k, _)| k == "unresolved-citation"));
    let b = breaks_of(&format!(
        "The Widget Council governs the registry.[^1]{SOURCED}"
    ));
    assert!(!kinds(&b).contains(&"unresolved-citation"), "{b:?}");
}

#[test]
fn ambiguous_citation() {
    let doc = "The Widget Council governs the registry.[^1] The council decides appeals.[^2]\n\n[^1]: Jane Roe, *Registries*, 12 J. NET L. 3 (2001); John Doe, *Appeals*, 13 J. NET L. 5 (2002).\n\n[^2]: Id. at 7.\n";
    let b = breaks_of(doc);
    assert!(has(&b, "ambiguous-citation", "Id. at 7"), "{b:?}");
    let doc = "The Widget Council governs the registry.[^1] The council decides appeals.[^2]\n\n[^1]: Jane Roe, *Registries*, 12 J. NET L. 3 (2001).\n\n[^2]: Id. at 7.\n";
    assert!(!kinds(&breaks_of(doc)).contains(&"ambiguous-citation"));
}

#[test]
fn self_sourced() {
    let b = breaks_of("ICANN governs the root zone.[^1]\n\n[^1]: ICANN, *About ICANN* (2020), https://www.icann.org/about.\n");
    assert!(
        has(&b, "self-sourced", "ICANN governs the root zone."),
        "{b:?}"
    );
    let b = breaks_of("ICANN governs the root zone.[^1]\n\n[^1]: Jane Roe, *A Study of Roots*, 12 J. NET L. 3 (2020).\n");
    assert!(!kinds(&b).contains(&"self-sourced"), "{b:?}");
}

#[test]
fn participation_not_authorization() {
    let b = breaks_of("The meeting had 500 attendees in person. It is not a mandate.\n");
    assert!(
        has(
            &b,
            "participation-not-authorization",
            "It is not a mandate."
        ),
        "{b:?}"
    );
    let b = breaks_of(&format!(
        "The council, elected by the members, governs the registry.[^1]{SOURCED}"
    ));
    assert!(
        !kinds(&b).contains(&"participation-not-authorization"),
        "{b:?}"
    );
}

#[test]
fn denied() {
    let b = breaks_of("The forum cannot represent the users.\n");
    assert!(
        has(&b, "denied", "The forum cannot represent the users."),
        "{b:?}"
    );
    let b = breaks_of(&format!("The forum represents the users.[^1]{SOURCED}"));
    assert!(!kinds(&b).contains(&"denied"), "{b:?}");
}

#[test]
fn no_principal() {
    let b = breaks_of(&format!(
        "The Review Board, established by the Widget Foundation, decides appeals.[^1]{SOURCED}"
    ));
    assert!(
        has(&b, "no-principal", "established by the Widget Foundation"),
        "{b:?}"
    );
}

/// Grants in the active voice of a plural subject ("The Members appoint the Board") build
/// the chain as passives do: a circle of appointments is circular, and an appointment by
/// the Widget Foundation, which rests on no principal, breaks there.
#[test]
fn active_grants_of_plural_subjects_build_chains() {
    let doc = "The Alpha Council and the Gamma Council appoint the Beta Board.[^1] The Beta Board appoints the Gamma Council.[^1]\n\n[^1]: G.A. Res. 70/125 (2015).\n";
    let b = breaks_of(doc);
    assert!(
        has(&b, "circular", "Gamma Council appoint the Beta Board"),
        "{b:?}"
    );
    let doc =
        format!("The Widget Foundation and its trustees establish the Review Board.[^1]{SOURCED}");
    let b = breaks_of(&doc);
    assert!(
        has(&b, "no-principal", "establish the Review Board"),
        "{b:?}"
    );
    // "appoint an expert to advise the Review Board" grants the Board nothing.
    let doc = format!(
        "The Widget Foundation and its trustees appoint an expert to advise the Review Board.[^1]{SOURCED}"
    );
    let b = breaks_of(&doc);
    assert!(!kinds(&b).contains(&"no-principal"), "{b:?}");
}

#[test]
fn circular() {
    let doc = "The Alpha Council is appointed by the Beta Board.[^1] The Beta Board is appointed by the Alpha Council.[^1]\n\n[^1]: G.A. Res. 70/125 (2015).\n";
    let b = breaks_of(doc);
    assert!(has(&b, "circular", "appointed by the Beta Board"), "{b:?}");
    let doc = format!("The Alpha Council is appointed by the Beta Board.[^1]{SOURCED}");
    assert!(!kinds(&breaks_of(&doc)).contains(&"circular"));
}

#[test]
fn chains_span_documents_and_follow_removal_and_replacement() {
    // Document a: the Review Board is established by the Widget Foundation.
    // Document b: the Widget Foundation is established by the General Assembly (a principal:
    // its members' assembly, not the UN's, which the document does not name).
    // Together the chain ends at a principal; without b it ends at the Foundation.
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    let a = write_doc(
        &dir,
        "a.md",
        &format!(
            "The Review Board, established by the Widget Foundation, decides appeals.[^1]{SOURCED}"
        ),
    );
    let b = write_doc(
        &dir,
        "b.md",
        &format!(
            "The Widget Foundation, established by the General Assembly, sets policy.[^1]{SOURCED}"
        ),
    );
    let no_principal = |s: &Store| -> Vec<String> {
        s.rows("breaks")
            .into_iter()
            .filter(|r| r["kind"] == "no-principal")
            .map(|r| r["detail"].clone())
            .collect()
    };
    s.load(&[&a]);
    assert_eq!(
        no_principal(&s),
        ["The chain of Review Board ends at Widget Foundation, which is not a principal."]
    );
    s.load(&[&b]);
    assert!(no_principal(&s).is_empty(), "{:?}", no_principal(&s));
    let row = s.chain_of("review-board");
    assert_eq!(
        row["root"],
        "https://w3id.org/warrant/id/actor/general-assembly"
    );
    assert_eq!(row["length"], "2");
    assert_eq!(row["principal"], "true");
    // The edge stated twice (by a and by b after this change) stays until both are gone.
    write_doc(
        &dir,
        "b.md",
        &format!("The Widget Foundation, established by the General Assembly, sets policy.[^1] The Review Board, established by the Widget Foundation, decides appeals.[^1]{SOURCED}"),
    );
    s.load(&[&b]);
    s.ok(&["remove", "a"]);
    assert!(no_principal(&s).is_empty());
    assert!(s
        .rows("chains")
        .iter()
        .any(|r| r["holder"].ends_with("review-board") && r["principal"] == "true"));
    s.ok(&["remove", "b"]);
    assert!(s.rows("chains").is_empty());
}

#[test]
fn a_sourced_granted_principal_rooted_chain_has_no_break() {
    let b = breaks_of(&format!(
        "The Review Board, established by the General Assembly, decides appeals.[^1]{SOURCED}"
    ));
    assert!(b.is_empty(), "{b:?}");
}

#[test]
fn check_exits_1_on_breaks_and_0_without() {
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    let f = write_doc(
        &dir,
        "ok.md",
        &format!(
            "The Review Board, established by the General Assembly, decides appeals.[^1]{SOURCED}"
        ),
    );
    s.load(&[&f]);
    s.cmd().args(["check"]).assert().code(0);
    let g = write_doc(&dir, "bad.md", "The forum cannot represent the users.\n");
    s.load(&[&g]);
    s.cmd().args(["check", "--kind", "denied"]).assert().code(1);
    s.cmd()
        .args(["check", "--kind", "circular"])
        .assert()
        .code(0);
    s.cmd().args(["check", "--doc", "ok"]).assert().code(0);
    s.cmd()
        .args(["check", "--kind", "nonsense"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("unknown break kind 'nonsense'"));
}

#[test]
fn breaks_union_query_is_generated_from_the_kind_queries() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
    let union = std::fs::read_to_string(root.join("breaks.rq")).unwrap();
    for k in warrant::report::BREAK_KINDS {
        let q = std::fs::read_to_string(root.join("breaks").join(format!("{k}.rq"))).unwrap();
        let body = q.lines().find(|l| l.contains("BIND(\"")).unwrap().trim();
        assert!(
            union.contains(body),
            "breaks.rq is stale for {k}: run scripts/gen-breaks-query"
        );
    }
}

#[test]
fn breaks_of_a_kind_come_in_reading_order() {
    // Twelve claims: numbered claim IRIs sort as numbers (claim/2 before claim/10).
    let doc: String = (1..=12)
        .map(|i| format!("The Widget Council governs the registry of region {i}.\n\n"))
        .collect();
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    s.load(&[&write_doc(&dir, "regions.md", &doc)]);
    let out = s.ok(&["breaks", "--kind", "unsourced", "--format", "tsv"]);
    let regions: Vec<u32> = out
        .lines()
        .skip(1)
        .map(|l| {
            let text = l.split('\t').nth(3).unwrap();
            text.trim_matches('"')
                .trim_end_matches('.')
                .rsplit(' ')
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(regions, (1..=12).collect::<Vec<_>>(), "{out}");
}
