//! The foundation: loading, the text layer, the store, queries, export, and bad input.

mod common;

use common::*;
use predicates::prelude::*;
use std::io::Write;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn load_corpus_prints_one_line_per_document_and_a_total() {
    let s = Store::new();
    let out = s.load(&[&corpus()]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(
        lines[0].starts_with("internet-vs-ai-governance-blog\t"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("kaye-legitimacy-caron-law-review\t"),
        "{out}"
    );
    assert!(
        lines[2].starts_with("multistakeholder-mirage-oped\t"),
        "{out}"
    );
    assert!(lines[3].starts_with("total: 3 documents loaded"), "{out}");
    // README.md in the directory is not a document.
    assert!(!out.contains("README"));
    let docs = s.ok(&["docs"]);
    assert_eq!(docs.lines().count(), 3);
    assert!(docs.contains("Legitimacy, Collective Authority and Internet Governance"));
    // The stored triple count is the graph's real size.
    for line in docs.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let stored: usize = cols[3].trim_end_matches(" triples").parse().unwrap();
        let counted = s.ok(&[
            "query",
            "-e",
            &format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <https://w3id.org/warrant/id/doc/{}> {{ ?s ?p ?o }} }}",
                cols[0]
            ),
        ]);
        assert_eq!(
            counted.lines().nth(1).unwrap().trim(),
            stored.to_string(),
            "{line}"
        );
    }
}

#[test]
fn sentence_offsets_round_trip_to_the_original_bytes() {
    let s = Store::new();
    s.load(&[&seed(MIRAGE)]);
    let original = std::fs::read_to_string(seed(MIRAGE)).unwrap();
    let rows = s.rows("sentences");
    assert_eq!(rows.len(), 87, "sentences of the op-ed");
    for r in &rows {
        let a: usize = r["sourceStart"].parse().unwrap();
        let b: usize = r["sourceEnd"].parse().unwrap();
        assert_eq!(
            collapse(&original[a..b]),
            collapse(&r["text"]),
            "sentence at {a}..{b}"
        );
    }
    // Character offsets into the normalized text agree with the quote.
    let first = rows
        .iter()
        .find(|r| r["text"].starts_with("The stakeholders are real"))
        .unwrap();
    assert_eq!(
        first["text"],
        "The stakeholders are real; the mandate is not."
    );
}

#[test]
fn abbreviations_and_initials_do_not_split_sentences() {
    let s = Store::new();
    s.load(&[&seed(LEGITIMACY)]);
    let texts: Vec<String> = s
        .rows("sentences")
        .into_iter()
        .map(|r| r["text"].clone())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("what George H.W. Bush called the New World Order")),
        "H.W. split"
    );
    assert!(texts
        .iter()
        .any(|t| t.starts_with("The UN General Assembly launched the WSIS process late in 2001")));
    // A sentence cut by a PDF page break and footnotes is rejoined.
    assert!(
        texts.iter().any(|t| t.contains(
            "a Council that “acted in utterly unprecedented ways” would have concrete implications"
        )),
        "page break not rejoined"
    );
    // Running headers and page furniture are not text.
    assert!(!texts.iter().any(|t| t.contains("ECOLOGY LAW QUARTERLY")
        || t.starts_with("DOI:")
        || t.contains("Copyright ©")));
}

#[test]
fn reload_is_idempotent_and_export_is_byte_identical() {
    let s = Store::new();
    s.load(&[&corpus()]);
    let n1 = s.count();
    let e1 = s.ok(&["export", "--format", "nquads"]);
    let again = s.load(&[&corpus()]);
    assert!(again.contains("(replaced)"));
    assert_eq!(s.count(), n1);
    assert_eq!(s.ok(&["export", "--format", "nquads"]), e1);
    // A second, fresh store gives the same bytes too.
    let s2 = Store::new();
    s2.load(&[&corpus()]);
    assert_eq!(s2.ok(&["export", "--format", "nquads"]), e1);
}

#[test]
fn reloading_a_changed_file_replaces_its_graph() {
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("essay.md");
    std::fs::write(
        &f,
        "# Essay\n\nThe board decides for the members. The old sentence stays here.\n",
    )
    .unwrap();
    s.load(&[&f]);
    std::fs::write(
        &f,
        "# Essay\n\nThe board decides for the members. A new sentence replaced it.\n",
    )
    .unwrap();
    let out = s.load(&[&f]);
    assert!(out.contains("(replaced)"));
    let texts: Vec<String> = s
        .rows("sentences")
        .into_iter()
        .map(|r| r["text"].clone())
        .collect();
    assert!(texts.contains(&"A new sentence replaced it.".to_string()));
    assert!(!texts.iter().any(|t| t.contains("old sentence")));
    assert_eq!(s.ok(&["docs"]).lines().count(), 1);
}

#[test]
fn same_stem_in_two_folders_gets_two_ids() {
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(
            dir.path().join(sub).join("memo.txt"),
            format!("Memo {sub} says the council decides.\n"),
        )
        .unwrap();
    }
    let out = s.load(&[dir.path()]);
    let ids: Vec<&str> = out
        .lines()
        .filter(|l| !l.starts_with("total"))
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], "memo");
    assert!(
        ids[1].starts_with("memo-") && ids[1].len() == "memo-".len() + 8,
        "{ids:?}"
    );
}

#[test]
fn query_forms_and_formats() {
    let s = Store::new();
    s.load(&[&seed(MIRAGE)]);
    let n = s.count();
    assert!(n > 500, "{n} triples");
    // --explain: the plan as JSON, with the rows each step gave.
    let plan: serde_json::Value = serde_json::from_str(&s.ok(&[
        "query",
        "-e",
        "SELECT ?c WHERE { ?c a <https://w3id.org/warrant/ns#Claim> }",
        "--explain",
    ]))
    .unwrap();
    let claims = s
        .rows("claims")
        .iter()
        .map(|r| r["claim"].clone())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let text = plan["plan"].to_string();
    assert!(text.contains("QuadPattern"), "{text}");
    assert!(
        text.contains(&format!("\"number of results\":{claims}")),
        "{claims} claims: {text}"
    );
    s.cmd()
        .args([
            "query",
            "-e",
            "ASK { ?s a <https://w3id.org/warrant/ns#Document> }",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("true"));
    let ttl = s.ok(&[
        "query",
        "-e",
        "CONSTRUCT { ?d ?p ?o } WHERE { ?d a <https://w3id.org/warrant/ns#Document> ; ?p ?o }",
        "--format",
        "turtle",
    ]);
    assert!(ttl.contains("multistakeholder-mirage-oped"));
    let csv = s.ok(&["query", "documents", "--format", "csv"]);
    assert!(csv.starts_with("doc,id,title,format,path,sentences"));
    let listed = s.ok(&["queries"]);
    for q in [
        "citations",
        "claims",
        "actors",
        "authority",
        "argument",
        "breaks",
        "chains",
        "authority-sources",
        "breaks/denied",
    ] {
        assert!(
            listed
                .lines()
                .any(|l| l.split_whitespace().next() == Some(q)),
            "{q} not listed"
        );
    }
    // A query file works from any directory.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("n.rq");
    std::fs::write(&f, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").unwrap();
    s.cmd()
        .current_dir(dir.path())
        .args(["query", f.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn sparql_syntax_error_has_position_and_exit_1() {
    let s = Store::new();
    s.load(&[&seed(MIRAGE)]);
    s.cmd()
        .args(["query", "-e", "SELECT ?x WHERE { ?x ?y }"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("SPARQL syntax error").and(predicate::str::contains("1:")),
        );
    s.cmd()
        .args(["query", "no-such-query"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown query 'no-such-query'"));
}

#[test]
fn exports_parse_back_in_every_format() {
    use oxigraph::io::{RdfFormat, RdfParser};
    let s = Store::new();
    s.load(&[&seed(AIGOV)]);
    let n = s.count();
    for (fmt, rf) in [("nquads", RdfFormat::NQuads), ("trig", RdfFormat::TriG)] {
        let out = s.ok(&["export", "--format", fmt]);
        let quads = RdfParser::from_format(rf)
            .for_slice(out.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        assert!(quads.len() >= n, "{fmt}: {} < {n}", quads.len());
    }
    for (fmt, rf) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
    ] {
        let out = s.ok(&[
            "export",
            "--doc",
            "internet-vs-ai-governance-blog",
            "--format",
            fmt,
        ]);
        let triples = RdfParser::from_format(rf)
            .for_slice(out.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        assert!(triples.len() > 100, "{fmt}");
    }
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("out.jsonld");
    s.ok(&["export", "--format", "jsonld", "-o", f.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap();
    assert!(v.is_array() || v.is_object());
}

#[test]
fn remove_drops_one_document() {
    let s = Store::new();
    s.load(&[&corpus()]);
    s.ok(&["remove", "internet-vs-ai-governance-blog"]);
    assert_eq!(s.ok(&["docs"]).lines().count(), 2);
    s.cmd()
        .args(["remove", "internet-vs-ai-governance-blog"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown document"));
    s.cmd()
        .args(["export", "--doc", "nope"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown document 'nope'"));
}

#[test]
fn second_writer_gets_a_clear_lock_error() {
    let s = Store::new();
    s.load(&[&seed(AIGOV)]);
    let held = warrant::Warrant::open(&s.path()).unwrap();
    s.cmd()
        .args(["load", seed(MIRAGE).to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("is in use by another warrant process")
                .and(predicate::str::contains("store")),
        );
    drop(held);
    s.load(&[&seed(MIRAGE)]);
}

fn one_error_line(stderr: &[u8]) -> String {
    let e = String::from_utf8_lossy(stderr).to_string();
    assert_eq!(
        e.trim_end()
            .lines()
            .filter(|l| l.starts_with("warrant:"))
            .count(),
        1,
        "{e}"
    );
    assert!(
        !e.contains("panicked") && !e.contains("RUST_BACKTRACE"),
        "{e}"
    );
    e
}

#[test]
fn bad_input_gives_one_clear_line_and_keeps_what_was_stored() {
    let s = Store::new();
    s.load(&[&seed(AIGOV)]);
    let before = s.count();
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("empty.txt"), "").unwrap();
    std::fs::write(p("blank.md"), "  \n\n ").unwrap();
    std::fs::write(p("binary.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    std::fs::write(p("latin1.txt"), b"Caf\xe9 au lait").unwrap();
    std::fs::write(p("notes.docx"), b"whatever").unwrap();
    let big = std::fs::File::create(p("huge.txt")).unwrap();
    big.set_len(65 * 1024 * 1024).unwrap();
    let cases = [
        ("missing.txt", "no such file"),
        ("empty.txt", "file is empty"),
        ("blank.md", "file is empty"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "not valid UTF-8 (invalid byte at offset 3)"),
        ("notes.docx", "unknown format 'docx'"),
        ("huge.txt", "too large"),
    ];
    for (name, msg) in cases {
        let out = s
            .cmd()
            .args(["load", p(name).to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let e = one_error_line(&out.stderr);
        assert!(e.contains(msg) && e.contains(name), "{name}: {e}");
    }
    assert_eq!(s.count(), before, "bad input changed the store");
    // A bad file among good ones: the good one is stored, the exit code says something failed.
    let good = p("good.md");
    std::fs::write(&good, "The council decides.\n").unwrap();
    let out = s
        .cmd()
        .args([
            "load",
            good.to_str().unwrap(),
            p("latin1.txt").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 failed"));
    assert!(s.ok(&["docs"]).contains("good"));
    // Files of other formats in a directory are passed over, and said so on one line.
    let mixed = dir.path().join("mixed");
    std::fs::create_dir(&mixed).unwrap();
    std::fs::write(mixed.join("charter.md"), "The council decides.\n").unwrap();
    std::fs::write(mixed.join("scan.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(mixed.join("notes.docx"), b"PK").unwrap();
    std::fs::write(mixed.join("LICENSE"), "MIT").unwrap();
    // A store kept under the corpus is passed over whole, not counted file by file.
    let store = mixed.join("store");
    std::fs::create_dir(&store).unwrap();
    for f in ["CURRENT", "IDENTITY", "000012.sst", "LOG"] {
        std::fs::write(store.join(f), "x").unwrap();
    }
    let out = s
        .cmd()
        .args(["load", mixed.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        one_error_line(&out.stderr).trim_end(),
        "warrant: skipped 3 files in formats warrant does not read: no extension (1), .docx (1), .pdf (1)"
    );
    // Many kinds: the commonest eight are named, the rest counted.
    let many = dir.path().join("many");
    std::fs::create_dir(&many).unwrap();
    std::fs::write(many.join("charter.md"), "The council decides.\n").unwrap();
    for k in 0..10 {
        std::fs::write(many.join(format!("f.x{k}")), "x").unwrap();
    }
    std::fs::write(many.join("g.x9"), "x").unwrap();
    let out = s
        .cmd()
        .args(["load", many.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        one_error_line(&out.stderr).trim_end(),
        "warrant: skipped 11 files in formats warrant does not read: .x9 (2), .x0 (1), .x1 (1), .x2 (1), .x3 (1), .x4 (1), .x5 (1), .x6 (1), 2 other kinds"
    );
}

#[test]
fn malformed_footnotes_do_not_panic_and_are_reported() {
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("notes.md");
    let mut h = std::fs::File::create(&f).unwrap();
    writeln!(h, "The board represents the members.[^1] The council governs the users.[^2] Odd marker[^].\n\n[^1]: Id.\n\n[^9]: A body without a marker, 12 J. 4 (2001).\n\n[^ broken").unwrap();
    drop(h);
    s.load(&[&f]);
    let rows = s.rows("citations");
    let unresolved: Vec<&str> = rows
        .iter()
        .filter(|r| r["status"] == "unresolved")
        .map(|r| r["note"].as_str())
        .collect();
    assert!(
        unresolved.contains(&"1"),
        "Id. in the first note has nothing before it: {rows:?}"
    );
    assert!(unresolved.contains(&"2"), "marker without body: {rows:?}");
    assert!(unresolved.contains(&"9"), "body without marker: {rows:?}");
}

/// The help of `load` names every extension that `load` reads, so it cannot fall behind a
/// new reader again (it missed `.adoc` once).
#[test]
fn load_help_names_every_format_read() {
    let out = Store::new()
        .cmd()
        .args(["load", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for (ext, _) in warrant::ingest::Format::EXTENSIONS {
        assert!(
            help.contains(&format!(".{ext} ")) || help.contains(&format!(".{ext})")),
            "load --help does not name .{ext}: {help}"
        );
    }
}

#[test]
fn help_has_examples() {
    let s = Store::new();
    for sub in [
        "load", "query", "export", "breaks", "check", "report", "explain",
    ] {
        s.cmd()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

/// A reader that stops early (`warrant export | head`) ends the output quietly: no error
/// line, exit 0.
#[test]
fn a_closed_pipe_ends_output_quietly() {
    let s = Store::new();
    s.load(&[&corpus()]);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("warrant"))
        .arg("--store")
        .arg(s.path())
        .args(["export", "--format", "nquads"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    // Several MB follow; the pipe's buffer holds 64 KiB.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("Broken pipe"), "{err}");
    assert!(out.status.success(), "{:?} {err}", out.status);
}
