// Embeds every shipped query (queries/**/*.rq) and the ontology files into the binary,
// so warrant works from any directory.
use std::fmt::Write as _;
use std::path::Path;

fn walk(dir: &Path, base: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, base, out);
        } else if p.extension().is_some_and(|e| e == "rq" || e == "ttl") {
            println!("cargo:rerun-if-changed={}", p.parent().unwrap().display());
            let rel = p.strip_prefix(base).unwrap().with_extension("");
            let name = rel.to_string_lossy().replace('\\', "/");
            out.push((
                name,
                p.canonicalize().unwrap().to_string_lossy().into_owned(),
            ));
        }
    }
}

fn main() {
    // Read at run time: a compiled build script may be reused for a clone at another path.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest);
    let mut code = String::new();
    for (dir, konst) in [("queries", "QUERIES"), ("ontology", "ONTOLOGY")] {
        let mut files = Vec::new();
        walk(&root.join(dir), &root.join(dir), &mut files);
        writeln!(code, "pub static {konst}: &[(&str, &str)] = &[").unwrap();
        for (name, path) in files {
            writeln!(code, "    ({name:?}, include_str!({path:?})),").unwrap();
            // Each file, so that editing a query rebuilds (a directory entry alone does not
            // notice changes inside subdirectories).
            println!("cargo:rerun-if-changed={path}");
        }
        writeln!(code, "];").unwrap();
        println!("cargo:rerun-if-changed={dir}");
    }
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("embedded.rs"), code).unwrap();
}
