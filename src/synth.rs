//! A deterministic synthetic corpus for benchmarks: documents in the shapes of the seeds
//! (law-review essays with footnotes, Id., supra and hereinafter; RFC-style memos with
//! reference lists; op-eds with attributions, figures and boilerplate), naming actors of
//! the gazetteer. Same seed, same bytes.

use crate::extract::actors::BUILTIN;
use std::fmt::Write as _;
use std::path::Path;

/// SplitMix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const GROUPS: &[&str] = &[
    "users",
    "operators",
    "stakeholders",
    "governments",
    "members",
    "civil society",
];
const AUTHORITY: &[&str] = &[
    "{A} represents the {G} of the region.",
    "{A} was established by {B} to coordinate the registry.",
    "{A} cannot decide for the {G}.",
    "{A} is accountable to {B} under its charter.",
    "The {G} are represented by {A} in the policy process.",
    "{A} has the authority to approve changes to the root zone.",
    "{A} governs the allocation of number resources on behalf of the {G}.",
    "{A} advises {B} on matters of security.",
    "It is not a mandate.",
    "{A} claims to speak for the {G}, but no election took place.",
];
const EMPIRICAL: &[&str] = &[
    "The {A} meeting had {N} attendees, including {M} online participants.",
    "In {Y}, {A} published {M} reports on its activities.",
    "The working group met {M} times during {Y}.",
];
const NORMATIVE: &[&str] = &[
    "{A} should publish its decisions and the reasons for them.",
    "Participation should be evidence, not authority.",
    "The {G} must be able to appeal decisions of {A}.",
];
const QUESTIONS: &[&str] = &[
    "Who authorizes {A} to act for the {G}?",
    "Can {A} bind the {G} without their consent?",
];

fn fill(t: &str, r: &mut Rng, names: &[&str]) -> String {
    // Grants follow a fixed hierarchy (each actor's grantor is its parent in a heap-shaped
    // tree), as authority does in practice; random pairs would make a dense cyclic graph.
    let ai = 1 + r.below(names.len() - 1);
    let a = names[ai];
    let b = names[(ai - 1) / 2];
    t.replace("{A}", a)
        .replace("{B}", b)
        .replace("{G}", *r.pick(GROUPS))
        .replace("{N}", &(100 + r.below(3000)).to_string())
        .replace("{M}", &(2 + r.below(60)).to_string())
        .replace("{Y}", &(1995 + r.below(30)).to_string())
}

fn sentence(r: &mut Rng, names: &[&str]) -> String {
    let pool = match r.below(10) {
        0..=3 => AUTHORITY,
        4..=6 => EMPIRICAL,
        7..=8 => NORMATIVE,
        _ => QUESTIONS,
    };
    fill(*r.pick(pool), r, names)
}

fn law_review(i: usize, r: &mut Rng, names: &[&str]) -> String {
    let mut s = format!(
        "# Authority and Legitimacy in Network Governance, Part {i}\n\nJane Q. Author\\*\n\n"
    );
    let mut notes = Vec::new();
    let paras = 6 + r.below(4);
    for _ in 0..paras {
        let n = 3 + r.below(3);
        for k in 0..n {
            s.push_str(&sentence(r, names));
            if k % 2 == 1 {
                notes.push(notes.len() + 1);
                let _ = write!(s, "<sup>{}</sup>", notes.len());
            }
            s.push(' ');
        }
        s.push_str("\n\n");
    }
    s.push_str("---\n\n\\* Professor of Law, Example University.\n\n");
    for &n in &notes {
        let body = match (n, r.below(6)) {
            (1, _) => format!("Mary Roe, *The Foundations of Registry Authority {i}*, 12 J. NET. L. 101, 110 (2015) [hereinafter *Foundations*]."),
            (_, 0) => format!("*Id.* at {}.", 100 + r.below(50)),
            (_, 1) => format!("*Foundations*, *supra* note 1, at {}.", 101 + r.below(40)),
            (_, 2) => format!("See G.A. Res. {}/{}, ¶ {} (Dec. {}, {}).", 50 + r.below(30), 100 + r.below(200), 1 + r.below(20), 1 + r.below(28), 1995 + r.below(30)),
            (_, 3) => format!("See, e.g., John Doe, *Consensus and Its Discontents {n}*, {} INT'L ORG. REV. {} (20{:02}); Ann Lee, *Votes Without Voters*, {} J. GOV. {} (2011)."  , 10 + r.below(40), r.below(900), r.below(24), 3 + r.below(20), r.below(500)),
            (_, 4) => format!("{}, *Annual Report {}* (last visited Jan. 2, 2020), <https://example.org/{}/report-{n}>.", r.pick(names), 2000 + r.below(24), i),
            _ => "*Id.*".to_string(),
        };
        let _ = writeln!(s, "{n}. {body}\n");
    }
    s
}

fn rfc(i: usize, r: &mut Rng, names: &[&str]) -> String {
    let mut s = format!("    Network Working Group                                         A. Writer\n    Request for Comments: {}                                        Example\n\n\n              The Delegation of Registry Functions {i}\n\n1.  Introduction\n\n", 9000 + i);
    for p in 0..6 + r.below(4) {
        let n = 3 + r.below(3);
        let mut para = String::new();
        for k in 0..n {
            para.push_str(&sentence(r, names));
            if k == 1 {
                let _ = write!(para, " [RFC{}]", 2000 + (p % 3) * 26);
            }
            para.push(' ');
        }
        for line in textwrap(&para, 68) {
            let _ = writeln!(s, "   {line}");
        }
        s.push('\n');
        if p % 3 == 2 {
            let _ = write!(s, "\nWriter                                                          [Page {}]\n\u{c}\nRFC {}              Delegation of Registry Functions            May 2020\n\n", p / 3 + 1, 9000 + i);
        }
    }
    s.push_str("2.  References\n\n");
    for k in 0..3 {
        let _ = writeln!(
            s,
            "   [RFC{}]  Author, A., \"Registry Practice Number {}\", RFC {}, 1996.\n",
            2000 + k * 26,
            k,
            2000 + k * 26
        );
    }
    s.push_str("Author's Address\n\n   A. Writer\n   12 Example Street\n   Springfield, CA 90000\n\n   EMail: writer@example.org\n");
    s
}

fn oped(_i: usize, r: &mut Rng, names: &[&str]) -> String {
    let mut s = String::new();
    for _ in 0..8 + r.below(5) {
        let n = 3 + r.below(4);
        for k in 0..n {
            s.push_str(&sentence(r, names));
            if k == 0 && r.below(3) == 0 {
                let _ = write!(
                    s,
                    " That figure comes from {}, according to {}.",
                    2010 + r.below(15),
                    r.pick(names)
                );
            }
            s.push(' ');
        }
        s.push('\n');
    }
    s.push_str("Summary of Resources Used:\n\nThanks for reading.\n\nSponsored byExampleCorp\nSubscribe to our newsletter for a weekly digest in your inbox.\nSponsored byExampleCorp\n");
    s
}

fn textwrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for w in s.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + w.len() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The gazetteer's actors the corpus names (no groups), as the gazetteer had them when the benchmark's
/// figures were first taken: an actor added to the gazetteer since (the states of the world)
/// does not change the corpus, so figures stay comparable across builds.
const CORPUS_NAMES: &[&str] = &[
    "ICANN",
    "ICANN Board",
    "At-Large Advisory Committee",
    "Governmental Advisory Committee",
    "Security and Stability Advisory Committee",
    "Root Server System Advisory Committee",
    "Generic Names Supporting Organization",
    "Country Code Names Supporting Organization",
    "Address Supporting Organization",
    "Empowered Community",
    "IANA",
    "PTI",
    "InterNIC",
    "IDNB",
    "IETF",
    "IAB",
    "IESG",
    "IRTF",
    "IRSG",
    "ISOC",
    "IETF Trust",
    "RFC Editor",
    "W3C",
    "IEEE",
    "ETSI",
    "ISO",
    "NRO",
    "RIR",
    "RIPE NCC",
    "RIPE Labs",
    "APNIC",
    "ARIN",
    "LACNIC",
    "AFRINIC",
    "United Nations",
    "General Assembly",
    "Security Council",
    "Secretary-General",
    "Human Rights Council",
    "International Court of Justice",
    "ITU",
    "UNESCO",
    "WIPO",
    "IGF",
    "WSIS",
    "WGEC",
    "European Union",
    "European Commission",
    "European Parliament",
    "Council of the European Union",
    "European Council",
    "Court of Justice of the European Union",
    "OECD",
    "United States",
    "NTIA",
    "Congress",
    "Senate",
    "House of Representatives",
    "Supreme Court",
    "Department of Commerce",
    "China",
    "Russia",
    "North Korea",
    "Iran",
    "France",
    "India",
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
    "Uzbekistan",
    "Freedom Online Coalition",
    "OpenAI",
    "Google",
    "Meta",
    "Verisign",
    "Electronic Frontier Foundation",
    "Centre for Internet and Society",
    "Association for Progressive Communications",
    "Access Now",
    "Freedom House",
    "working group",
];

/// Writes `n` documents into `dir` (created if needed); returns the bytes written.
pub fn generate(dir: &Path, n: usize, seed: u64) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let names: Vec<&str> = BUILTIN
        .actors
        .iter()
        .filter(|a| CORPUS_NAMES.contains(&a.label.as_str()))
        .map(|a| a.label.as_str())
        .collect();
    let mut r = Rng(seed);
    let mut total = 0u64;
    for i in 0..n {
        let (text, ext) = match i % 3 {
            0 => (law_review(i, &mut r, &names), "md"),
            1 => (rfc(i, &mut r, &names), "md"),
            _ => (oped(i, &mut r, &names), "txt"),
        };
        total += text.len() as u64;
        // Spread over subfolders so no directory holds more than 1,000 files.
        let sub = dir.join(format!("{:03}", i / 1000));
        std::fs::create_dir_all(&sub)?;
        std::fs::write(sub.join(format!("doc-{i:05}.{ext}")), text)?;
    }
    Ok(total)
}
