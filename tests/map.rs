//! Argument-map exports: DOT that Graphviz parses, well-formed SVG and GraphML, Cytoscape JSON.

mod common;

use common::*;

fn store() -> Store {
    let s = Store::new();
    s.load(&[&seed(MIRAGE), &seed(LEGITIMACY)]);
    s
}

/// `warrant map --doc DOC [ARGS...] --format FORMAT` arguments.
fn map_args<'a>(doc: &'a str, format: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["map", "--doc", doc];
    v.extend_from_slice(extra);
    v.extend(["--format", format]);
    v
}

fn has_dot() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn dot_has_nodes_edges_and_breaks_and_parses() {
    let s = store();
    let dot = s.ok(&map_args(
        "multistakeholder-mirage-oped",
        "dot",
        &["--kinds", "authority"],
    ));
    assert!(dot.starts_with("digraph warrant {"));
    assert!(
        dot.contains("label=\"paragraph 1\""),
        "clusters by paragraph"
    );
    assert!(
        dot.contains("[self-sourced]"),
        "breaks are labelled with their kind"
    );
    assert!(
        dot.contains("style=\"rounded,filled,dashed\""),
        "breaks are dashed"
    );
    assert!(dot.contains("class=\"derives-authority-from\""));
    assert!(dot.contains("ICANN bylaws"));
    if has_dot() {
        let mut child = std::process::Command::new("dot")
            .arg("-Tcanon")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success(), "dot rejects the DOT");
    }
}

#[test]
fn svg_is_well_formed_with_expected_nodes_or_a_clear_error() {
    let s = store();
    let out = s
        .cmd()
        .args(map_args(
            "multistakeholder-mirage-oped",
            "svg",
            &["--kinds", "authority"],
        ))
        .output()
        .unwrap();
    if has_dot() {
        assert!(out.status.success());
        let svg = String::from_utf8(out.stdout).unwrap();
        let opts = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let doc = roxmltree::Document::parse_with_options(&svg, opts).expect("well-formed SVG");
        let titles: Vec<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name("title"))
            .filter_map(|n| n.text().map(str::to_string))
            .collect();
        assert!(
            titles.iter().any(|t| t.ends_with("/actor/alac")),
            "ALAC node"
        );
        assert!(
            titles
                .iter()
                .any(|t| t.contains("/work/source-icann-bylaws")),
            "bylaws node"
        );
        let classes: Vec<&str> = doc
            .descendants()
            .filter_map(|n| n.attribute("class"))
            .collect();
        assert!(
            classes.iter().any(|c| c.contains("rests-on"))
                && classes.iter().any(|c| c.contains("derives-authority-from")),
            "edge classes"
        );
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("SVG needs Graphviz's `dot`"));
    }
}

#[test]
fn graphml_is_valid_xml_with_the_node_count_of_the_json() {
    let s = store();
    let gml = s.ok(&map_args(
        "kaye-legitimacy-caron-law-review",
        "graphml",
        &[],
    ));
    let doc = roxmltree::Document::parse(&gml).expect("well-formed GraphML");
    let nodes = doc.descendants().filter(|n| n.has_tag_name("node")).count();
    let json: serde_json::Value =
        serde_json::from_str(&s.ok(&map_args("kaye-legitimacy-caron-law-review", "json", &[])))
            .unwrap();
    assert_eq!(nodes, json["elements"]["nodes"].as_array().unwrap().len());
    assert!(nodes > 100, "{nodes} nodes");
    // The ambiguous Id. of note 30 is drawn as a broken citation.
    assert!(json["elements"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["data"]["label"] == "note 30 (ambiguous)"
            && n["data"]["breaks"][0] == "ambiguous-citation"));
}

#[test]
fn depth_limits_the_neighbourhood_of_a_claim() {
    let s = store();
    let claim = s.claim_starting("The IGF itself would be");
    let j: serde_json::Value = serde_json::from_str(
        &s.ok(&["map", "--claim", &claim, "--depth", "1", "--format", "json"]),
    )
    .unwrap();
    let labels: Vec<&str> = j["elements"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["data"]["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"Tunis Agenda for the Information Society"),
        "{labels:?}"
    );
    assert!(labels.len() < 6, "{labels:?}");
    s.cmd().args(["map", "--doc", "nope"]).assert().code(1);
}
