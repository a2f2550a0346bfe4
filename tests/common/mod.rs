#![allow(dead_code)]
//! Helpers shared by the integration tests: run the real binary on a temporary store.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

pub fn seed(name: &str) -> PathBuf {
    corpus().join(name)
}

pub const MIRAGE: &str = "multistakeholder-mirage-oped.txt";
pub const LEGITIMACY: &str = "kaye-legitimacy-caron-law-review.txt";
pub const AIGOV: &str = "internet-vs-ai-governance-blog.txt";

/// Documents of other shapes, kept as test fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub struct Store {
    pub dir: tempfile::TempDir,
}

impl Store {
    pub fn new() -> Store {
        Store {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("store")
    }
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("warrant").unwrap();
        c.arg("--store").arg(self.path());
        c
    }
    /// Runs warrant with these arguments, asserts success, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "warrant {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    pub fn load(&self, paths: &[&Path]) -> String {
        let mut c = self.cmd();
        c.arg("load").args(paths);
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "load failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    /// Rows of a shipped query as maps column -> value (TSV output, quotes stripped).
    pub fn rows(&self, query: &str) -> Vec<std::collections::HashMap<String, String>> {
        let out = self.ok(&["query", query, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["results"]["bindings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                b.as_object()
                    .unwrap()
                    .iter()
                    .map(|(k, v)| (k.clone(), v["value"].as_str().unwrap_or("").to_string()))
                    .collect()
            })
            .collect()
    }
    /// The `chains` row of the holder whose IRI ends with `holder` ("review-board").
    pub fn chain_of(&self, holder: &str) -> std::collections::HashMap<String, String> {
        self.rows("chains")
            .into_iter()
            .find(|r| r["holder"].ends_with(holder))
            .unwrap_or_else(|| panic!("no chain of {holder:?}"))
    }
    /// The IRI of the claim whose text starts with `prefix`.
    pub fn claim_starting(&self, prefix: &str) -> String {
        self.rows("claims")
            .into_iter()
            .find(|r| r["text"].starts_with(prefix))
            .unwrap_or_else(|| panic!("no claim starts with {prefix:?}"))["claim"]
            .clone()
    }
    pub fn count(&self) -> usize {
        let out = self.ok(&[
            "query",
            "-e",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "--format",
            "csv",
        ]);
        out.lines().nth(1).unwrap().trim().parse().unwrap()
    }
}
