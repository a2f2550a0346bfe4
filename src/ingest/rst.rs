//! reStructuredText into the line-oriented text the normalizer reads, with an offset map.
//!
//! Governance documents are often written in reST (Python PEPs, Django's and Debian's
//! process documents, many projects' charters), and often saved as `.txt`. Read as plain
//! text, their markup turns into claims (`.. _team: https://…`), false emphasis (`Mergers_`)
//! and lost footnotes (`[#]_`). Like `html::strip`, this pass keeps what a reader sees and
//! writes it in the forms the normalizer already knows: headings as `# Title`, footnotes
//! as `[^3]: …` and their calls as `[^3]`, citations as `[CIT2002] …`, hyperlink
//! references as `[text](url)`. Every byte written maps back to a byte of the source.

use super::mapped::Mapped;
use super::normalize::{author_names, mail_header};
use rustc_hash::FxHashMap;

/// What a document's docinfo fields (`:Author:`, `:Date:`) say.
#[derive(Debug, Default, Clone)]
pub struct Meta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<String>,
}

/// Whether plain text is reST: two or more explicit markup lines (`.. _name:`, `.. [1]`,
/// `.. note::`, `.. |sub|`), roles (`:pep:`8``), references (`` `text`_ ``) or lines with
/// ``` ``literals`` ```. Plain text, RFCs and PDF conversions have none of these.
pub fn looks_like_rst(src: &str) -> bool {
    // Two scans for bytes that plain text seldom has (this runs on every .txt file).
    let b = src.as_bytes();
    let mut hits = 0;
    let explicit_at = |k: usize| {
        let r = &src[k + 3..];
        r.starts_with(['_', '[', '|']) || directive(r.lines().next().unwrap_or("")).is_some()
    };
    if src.starts_with(".. ") && explicit_at(0) {
        hits += 1;
    }
    for k in memchr::memmem::find_iter(b, "\n.. ") {
        hits += usize::from(explicit_at(k + 1));
        if hits >= 2 {
            return true;
        }
    }
    for i in memchr::memchr_iter(b'`', b) {
        hits += usize::from(rst_backtick(b, i));
        if hits >= 2 {
            return true;
        }
    }
    false
}

/// Whether the backtick at `i` ends a reference (`` `text`_ ``), starts a role
/// (`:pep:`8``, `:py:func:`x``) or opens a ``` ``literal`` ``` closed on its line.
fn rst_backtick(b: &[u8], i: usize) -> bool {
    let after = &b[i + 1..];
    if after.first() == Some(&b'_') {
        let k = if after.get(1) == Some(&b'_') { 2 } else { 1 };
        return !after.get(k).is_some_and(u8::is_ascii_alphanumeric);
    }
    if after.first() == Some(&b'`') && (i == 0 || b[i - 1] != b'`') {
        let line = &after[1..after
            .iter()
            .position(|&c| c == b'\n')
            .unwrap_or(after.len())];
        return memchr::memmem::find(line, b"``").is_some_and(|k| k > 0);
    }
    let name = b[..i.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'+'))
        .count();
    i >= name + 2 && name > 0 && b[i - 1] == b':' && b[i - 2 - name] == b':'
}

/// `name:: args` of a directive: (name, args).
fn directive(r: &str) -> Option<(&str, &str)> {
    let end = r.find("::")?;
    let name = &r[..end];
    let ok = !name.is_empty()
        && name.as_bytes()[0].is_ascii_alphabetic()
        && name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.' | b'+'));
    ok.then(|| (name, r[end + 2..].trim()))
}

/// Directives whose body is prose a reader reads; every other directive (code, images,
/// tables of contents, includes, raw output) is dropped with its body.
const PROSE: &[&str] = &[
    "note",
    "warning",
    "important",
    "tip",
    "hint",
    "attention",
    "caution",
    "danger",
    "error",
    "admonition",
    "seealso",
    "versionadded",
    "versionchanged",
    "deprecated",
    "topic",
    "sidebar",
    "rubric",
    "epigraph",
    "highlights",
    "pull-quote",
    "compound",
    "container",
    "only",
    "glossary",
    "centered",
    "hlist",
    "table",
    "list-table",
    "class",
];
/// Directives and definitions inside others, as deep as they are read as such.
const MAX_DEPTH: usize = 8;
/// Of those, the ones whose argument is a title.
const TITLED: &[&str] = &[
    "admonition",
    "topic",
    "sidebar",
    "rubric",
    "centered",
    "table",
];
/// Of those, the ones whose first argument is a version number.
const VERSIONED: &[&str] = &["versionadded", "versionchanged", "deprecated"];

#[derive(Clone, Copy)]
pub(super) struct Line<'a> {
    pub(super) text: &'a str,
    /// Source offset of `text`.
    pub(super) at: usize,
}

/// The source's lines (without their `\r\n` or `\n`), each with its offset.
pub(super) fn source_lines(src: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut at = 0;
    for l in src.split('\n') {
        lines.push(Line {
            text: l.strip_suffix('\r').unwrap_or(l),
            at,
        });
        at += l.len() + 1;
    }
    lines
}

impl<'a> Line<'a> {
    fn blank(&self) -> bool {
        self.text.trim().is_empty()
    }
    /// Indentation is blanks and tabs, in bytes: a no-break space (two bytes) is text, and a
    /// cut inside it would split a character.
    fn indent(&self) -> usize {
        self.text.len() - self.text.trim_start_matches([' ', '\t']).len()
    }
    /// The line without its first `n` columns of indentation (fewer if it has fewer).
    fn dedent(&self, n: usize) -> Line<'a> {
        let k = self.indent().min(n);
        Line {
            text: &self.text[k..],
            at: self.at + k,
        }
    }
    fn trimmed(&self) -> Line<'a> {
        self.dedent(usize::MAX)
    }
}

/// A section adornment: one punctuation character repeated, three or more times, from
/// the first column.
fn adornment(s: &str) -> Option<u8> {
    let s = s.trim_end();
    let b = s.as_bytes();
    let c = *b.first()?;
    (b.len() >= 3 && c.is_ascii_punctuation() && b.iter().all(|&x| x == c)).then_some(c)
}

/// The name a reference is looked up by: lowercase, with whitespace collapsed.
fn ref_name(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Hyperlink targets, substitutions and footnote numbers, collected before the text is
/// written, since references may come before their targets.
#[derive(Default)]
struct Defs {
    /// Named targets: name → URL, or name → another name (`.. _a: b_`).
    targets: FxHashMap<String, String>,
    anonymous: Vec<String>,
    substitutions: FxHashMap<String, String>,
    /// `[#label]` → the number docutils gives it.
    auto_labels: FxHashMap<String, u32>,
    /// Numbers of the `[#]` footnotes, in order.
    auto_numbers: Vec<u32>,
}

impl Defs {
    fn url(&self, name: &str) -> Option<&str> {
        let mut name = ref_name(name);
        for _ in 0..8 {
            let v = self.targets.get(&name)?;
            match v.strip_suffix('_') {
                Some(next) if !v.contains("://") => name = ref_name(next.trim_matches('`')),
                _ => return (!v.is_empty()).then_some(v.as_str()),
            }
        }
        None
    }
}

/// The end of the explicit markup block (or `__ url` target) starting at line `i`: the
/// index of the first line after it. An empty comment (`..` alone) ends at once.
fn block_end(lines: &[Line], i: usize) -> usize {
    let ind = lines[i].indent();
    if lines[i].text.trim() == ".." {
        return i + 1;
    }
    let mut j = i + 1;
    while j < lines.len() && (lines[j].blank() || lines[j].indent() > ind) {
        j += 1;
    }
    // Trailing blank lines belong to what follows.
    while j > i + 1 && lines[j - 1].blank() {
        j -= 1;
    }
    j
}

fn collect_defs(lines: &[Line]) -> Defs {
    let mut d = Defs::default();
    let mut manual = rustc_hash::FxHashSet::default();
    let mut auto = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].text.trim_start();
        let end = block_end(lines, i);
        if let Some(r) = t.strip_prefix("__ ") {
            d.anonymous.push(r.trim().to_string());
        } else if let Some(r) = t.strip_prefix(".. ") {
            let body = || {
                let mut v = String::new();
                for l in &lines[i + 1..end] {
                    v.push_str(l.text.trim());
                }
                v
            };
            if let Some(r) = r.strip_prefix('_') {
                if let Some((name, rest)) = target_name(r) {
                    let url = format!("{}{}", rest.trim(), body());
                    if name == "_" {
                        d.anonymous.push(url);
                    } else {
                        d.targets.entry(ref_name(&name)).or_insert(url);
                    }
                }
            } else if let Some(r) = r.strip_prefix('|') {
                if let Some((name, rest)) = r.split_once('|') {
                    if let Some(text) = rest.trim().strip_prefix("replace::") {
                        let v = format!("{} {}", text.trim(), body());
                        d.substitutions
                            .insert(name.to_string(), v.trim().to_string());
                    }
                }
            } else if let Some(label) = footnote_label(r) {
                match label {
                    "#" => auto.push(None),
                    l if l.starts_with('#') => auto.push(Some(l[1..].to_string())),
                    l => {
                        if let Ok(n) = l.parse::<u32>() {
                            manual.insert(n);
                        }
                    }
                }
            }
        }
        i = end.max(i + 1);
    }
    // Auto-numbered footnotes take the numbers manual ones left free, in order.
    let mut n = 0;
    for a in auto {
        n += 1;
        while manual.contains(&n) {
            n += 1;
        }
        match a {
            None => d.auto_numbers.push(n),
            Some(l) => {
                d.auto_labels.insert(l, n);
            }
        }
    }
    d
}

/// `name: rest` or `` `name: with colons`: rest `` after `.. _`.
fn target_name(r: &str) -> Option<(String, &str)> {
    if let Some(q) = r.strip_prefix('`') {
        let end = q.find("`:")?;
        return Some((q[..end].to_string(), &q[end + 2..]));
    }
    let mut k = 0;
    let b = r.as_bytes();
    while k < b.len() {
        if b[k] == b'\\' {
            k += 2;
            continue;
        }
        if b[k] == b':' && b.get(k + 1).is_none_or(|c| c.is_ascii_whitespace()) {
            return Some((r[..k].replace('\\', ""), &r[k + 1..]));
        }
        k += 1;
    }
    None
}

/// `[label] ` at the start of an explicit markup block: a footnote or a citation.
fn footnote_label(r: &str) -> Option<&str> {
    let r = r.strip_prefix('[')?;
    let end = r.find(']')?;
    let label = &r[..end];
    let after = &r[end + 1..];
    let ok = !label.is_empty()
        && !label.contains(char::is_whitespace)
        && after.chars().next().is_none_or(char::is_whitespace);
    ok.then_some(label)
}

/// `s`, a slice of `l.text`, as a line of its own with its source offset.
fn sub<'a>(l: &Line<'a>, s: &'a str) -> Line<'a> {
    let k = s.as_ptr() as usize - l.text.as_ptr() as usize;
    debug_assert!(k <= l.text.len());
    Line {
        text: s,
        at: l.at + k,
    }
}

/// `:name: value` of a field list (not a role: `:pep:`8`` is text).
fn field(t: &str) -> Option<(&str, &str)> {
    let r = t.strip_prefix(':')?;
    let end = r.find(':')?;
    let name = &r[..end];
    let after = &r[end + 1..];
    let ok = !name.is_empty()
        && !name.starts_with([' ', '`'])
        && after.chars().next().is_none_or(char::is_whitespace);
    ok.then(|| (name, after.trim()))
}

/// Borders of simple tables (`=====  =====`) and grid tables (`+-----+-----+`).
fn is_table_border(t: &str) -> bool {
    let t = t.trim_end();
    if t.starts_with('+') && t.len() >= 3 {
        return t.bytes().all(|c| matches!(c, b'+' | b'-' | b'=')) && t.contains(['-', '=']);
    }
    let mut runs = 0;
    let mut prev = b' ';
    for c in t.bytes() {
        if !matches!(c, b'=' | b' ') {
            return false;
        }
        if c == b'=' && prev == b' ' {
            runs += 1;
        }
        prev = c;
    }
    runs >= 2
}

/// A bullet or enumerated list item's first line: `- `, `* `, `+ `, `• `, `#. `, `1. `,
/// `2) `, `(a) `, `iv. `.
fn is_list_item(t: &str) -> bool {
    if t.starts_with(['-', '*', '+', '•']) && t[1..].starts_with(' ') {
        return true;
    }
    let (t, paren) = match t.strip_prefix('(') {
        Some(r) => (r, true),
        None => (t, false),
    };
    let n = t
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'#')
        .count();
    let rest = &t[n..];
    let token = &t[..n];
    let enumerator = token == "#"
        || token.bytes().all(|c| c.is_ascii_digit())
        || token.len() == 1
        || token.bytes().all(|c| b"ivxlcdmIVXLCDM".contains(&c));
    n > 0
        && enumerator
        && if paren {
            rest.starts_with(") ")
        } else {
            rest.starts_with(". ") || rest.starts_with(") ")
        }
}

/// `:role:` + backtick at `i`: the role's name and the backtick's index.
fn role_at(s: &str, i: usize) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    let mut j = i + 1;
    let mut found = None;
    while j < b.len()
        && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'-' | b'_' | b'.' | b'+' | b':'))
    {
        if b[j] == b':' && b.get(j + 1) == Some(&b'`') && j > i + 1 {
            found = Some((&s[i + 1..j], j + 1));
        }
        j += 1;
    }
    found.filter(|(name, _)| name.as_bytes()[0].is_ascii_alphabetic())
}

/// `[label]_` at `i`: the label and the index after the underscore.
fn reference_label(s: &str, i: usize) -> Option<(&str, usize)> {
    let r = &s[i + 1..];
    // A label is short: its `]` is looked for only so far.
    let end = r.bytes().take(42).position(|c| c == b']')?;
    let label = &r[..end];
    let ok = !label.is_empty()
        && label.len() <= 40
        && label
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'#' | b'*' | b'-' | b'_' | b'.'));
    let after = &r[end + 1..];
    (ok && after.starts_with('_')
        && !after[1..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    .then_some((label, i + 1 + end + 2))
}

fn is_note_label(label: &str) -> bool {
    label.starts_with('#') || label == "*" || label.parse::<u32>().is_ok()
}

/// The length of a role written after its text (`` `text`:role: ``), if `rest` starts with one.
fn suffix_role(rest: &str) -> Option<usize> {
    let r = rest.strip_prefix(':')?;
    let n = r
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'+'))
        .count();
    (n > 0 && r[n..].starts_with(':')).then_some(n + 2)
}

/// Whether inline markup may start after `prev` (reST's start-string rule).
fn start_ok(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '-' | ':' | '/' | '\'' | '"' | '<' | '(' | '[' | '{' | '‘' | '“' | '«' | '’'
            )
    })
}

/// Reads a reST document: the text in the normalizer's forms, and its docinfo.
pub fn strip(src: &str) -> (Mapped, Meta) {
    let lines = source_lines(src);
    // A PEP's header ("PEP: 13", "Title: …", "Author: …") is metadata, not text.
    let first = lines.iter().position(|l| !l.blank()).unwrap_or(0);
    let texts: Vec<&str> = lines[first..].iter().take(64).map(|l| l.text).collect();
    let mut meta = Meta::default();
    let mut body = 0;
    if let Some((n, pairs)) = mail_header(&texts) {
        body = first + n;
        for (k, v) in pairs {
            match k.as_str() {
                "title" => meta.title = Some(v),
                "author" | "authors" => meta.authors.extend(author_names(&v)),
                "date" => meta.date = Some(v),
                _ => {}
            }
        }
    }
    let lines = &lines[body..];
    let defs = collect_defs(lines);
    let mut w = Writer {
        out: Mapped::with_capacity(src.len() + 64),
        defs: &defs,
        meta,
        auto_defined: 0,
        auto_cited: 0,
        anonymous_used: 0,
        body_started: false,
        depth: 0,
        unclosed: [usize::MAX; 4],
    };
    w.walk(lines);
    w.out.map.push(src.len() as u32);
    (w.out, w.meta)
}

struct Writer<'d> {
    out: Mapped,
    defs: &'d Defs,
    meta: Meta,
    /// `[#]` footnotes written, `[#]_` calls written, anonymous links used: each takes
    /// the next number or target in document order.
    auto_defined: usize,
    auto_cited: usize,
    anonymous_used: usize,
    /// Docinfo fields are read only before the first paragraph.
    body_started: bool,
    /// How many directives the walk is inside.
    depth: usize,
    /// Per end-string (`, *, **, |), the least start from which the run has no closing one:
    /// a later search fails too, and is not made (unclosed markup made reading quadratic).
    unclosed: [usize; 4],
}

impl Writer<'_> {
    fn newline(&mut self, at: usize) {
        self.out.push('\n', at);
    }

    fn walk(&mut self, lines: &[Line]) {
        let mut i = 0;
        // After a paragraph ending in `::`, the indentation of the literal block's paragraph.
        let mut literal_after: Option<usize> = None;
        while i < lines.len() {
            let l = lines[i];
            if l.blank() {
                self.newline(l.at);
                i += 1;
                continue;
            }
            let t = l.trimmed();
            // A literal block (code, examples): the lines indented under a `::` paragraph.
            if let Some(ind) = literal_after.take() {
                if l.indent() > ind {
                    let ind = l.indent();
                    while i < lines.len() && (lines[i].blank() || lines[i].indent() >= ind) {
                        i += 1;
                    }
                    continue;
                }
            }
            if t.text.starts_with(".. ") || t.text.trim_end() == ".." {
                i = self.explicit(lines, i);
                continue;
            }
            if t.text.starts_with("__ ") {
                i = block_end(lines, i);
                continue;
            }
            if l.indent() == 0 {
                if let Some(c) = adornment(l.text) {
                    // Overline, title, underline.
                    let title = lines.get(i + 1).filter(|x| !x.blank());
                    let under = lines.get(i + 2).and_then(|x| adornment(x.text));
                    if let (Some(title), Some(u)) = (title, under) {
                        if u == c {
                            self.heading(title.trimmed());
                            i += 3;
                            continue;
                        }
                    }
                    // A transition.
                    i += 1;
                    continue;
                }
                // Title and underline, after a blank line.
                let after_blank = i == 0 || lines[i - 1].blank();
                if after_blank && lines.get(i + 1).and_then(|x| adornment(x.text)).is_some() {
                    let u = lines[i + 1].text.trim_end().chars().count();
                    if u + 2 >= l.text.trim_end().chars().count() || u >= 4 {
                        self.heading(l);
                        i += 2;
                        continue;
                    }
                }
            }
            if is_table_border(t.text) {
                i = self.table(lines, i);
                continue;
            }
            // Docinfo: a field list before the body (`:Author:`, `:Date:`).
            if !self.body_started {
                if let Some((name, value)) = field(t.text) {
                    let mut j = i + 1;
                    let mut v = value.to_string();
                    while j < lines.len() && !lines[j].blank() && lines[j].indent() > l.indent() {
                        v.push(' ');
                        v.push_str(lines[j].text.trim());
                        j += 1;
                    }
                    self.docinfo(name, &v);
                    i = j;
                    continue;
                }
            }
            // A paragraph: the lines up to a blank line or an explicit markup block.
            let mut j = i + 1;
            while j < lines.len()
                && !lines[j].blank()
                && !lines[j].text.trim_start().starts_with(".. ")
            {
                j += 1;
            }
            self.body_started = true;
            // A definition list: a term, then its definition indented under it.
            if j > i + 1 && lines[i + 1].indent() > l.indent() && !is_list_item(t.text) {
                self.paragraph(&lines[i..i + 1]);
                self.newline(lines[i + 1].at);
                let ind = lines[i + 1].indent();
                let mut k = i + 1;
                while k < lines.len() && (lines[k].blank() || lines[k].indent() >= ind) {
                    k += 1;
                }
                while k > i + 2 && lines[k - 1].blank() {
                    k -= 1;
                }
                let inner: Vec<Line> = lines[i + 1..k].iter().map(|x| x.dedent(ind)).collect();
                self.walk_nested(&inner);
                i = k;
                continue;
            }
            if self.paragraph(&lines[i..j]) {
                literal_after = Some(l.indent());
            }
            i = j;
        }
    }

    /// A simple or grid table from its top border at `i`: each row is written as a block of
    /// its own (a row's cells are not one sentence with the next row's), borders dropped.
    /// Returns the index after the table.
    fn table(&mut self, lines: &[Line], i: usize) -> usize {
        let grid = lines[i].trimmed().text.starts_with('+');
        let mut j = i;
        while j < lines.len() && !lines[j].blank() {
            let t = lines[j].trimmed();
            if !is_table_border(t.text) {
                let row = if grid {
                    let inner = t.text.trim_end().trim_matches('|');
                    sub(&t, inner)
                } else {
                    t
                };
                self.newline(row.at);
                // Cells are set apart by their columns; `|` separates them in grid tables.
                let cells: Vec<Line> = if grid {
                    row.text
                        .split('|')
                        .map(|c| sub(&row, c.trim()))
                        .filter(|c| !c.text.is_empty())
                        .collect()
                } else {
                    vec![row]
                };
                self.paragraph(&cells);
            }
            j += 1;
        }
        j
    }

    /// The lines of a directive's body or a definition, walked as a document of their own.
    fn walk_nested(&mut self, inner: &[Line]) {
        if self.depth < MAX_DEPTH {
            self.depth += 1;
            self.walk(inner);
            self.depth -= 1;
        } else {
            // Deeper than documents nest: the rest is read as text, not walked again at
            // every level (which made reading quadratic, and could exhaust the stack).
            let run: Vec<Line> = inner.iter().filter(|x| !x.blank()).copied().collect();
            self.paragraph(&run);
        }
    }

    fn heading(&mut self, l: Line) {
        self.newline(l.at);
        self.out.push_str("# ", l.at);
        let text = sub(&l, l.text.trim_end());
        self.inline(&[text]);
        self.newline(l.at + l.text.len());
        self.newline(l.at + l.text.len());
    }

    fn docinfo(&mut self, name: &str, value: &str) {
        let name = name.to_ascii_lowercase();
        match name.as_str() {
            // ":Author: David Goodger; open to all Docutils developers" names one person.
            "author" => self
                .meta
                .authors
                .extend(author_names(value).into_iter().take(1)),
            "authors" => self.meta.authors.extend(author_names(value)),
            "date" => {
                // An RCS keyword: "$Date: 2023-01-10 09:58:28 +0100 (…) $" is a date.
                let v = match value.trim().strip_prefix("$Date:") {
                    Some(r) => r.split_whitespace().next().unwrap_or(""),
                    None => value.trim(),
                };
                if !v.is_empty() && v != "$" {
                    self.meta.date = Some(v.to_string());
                }
            }
            _ => {}
        }
    }

    /// An explicit markup block at `i`: written (footnotes, citations, prose directives)
    /// or dropped (targets, substitution definitions, comments, other directives).
    /// Returns the index after it.
    fn explicit(&mut self, lines: &[Line], i: usize) -> usize {
        let end = block_end(lines, i);
        let l = lines[i].trimmed();
        let r = sub(&l, l.text.get(3..).unwrap_or(""));
        let body = &lines[i + 1..end];
        let body_indent = body
            .iter()
            .filter(|x| !x.blank())
            .map(Line::indent)
            .min()
            .unwrap_or(0);
        let end_at = lines[end - 1].at + lines[end - 1].text.len();
        if let Some(label) = footnote_label(r.text) {
            self.newline(r.at);
            let first = sub(&r, r.text[label.len() + 2..].trim_start());
            if is_note_label(label) {
                let key = self.note_key(label, true);
                self.out.push_str("[^", r.at);
                self.out.push_str(&key, r.at + 1);
                self.out.push_str("]: ", r.at + 1 + label.len());
            } else {
                for (k, c) in r.text[..label.len() + 2].char_indices() {
                    self.out.push(c, r.at + k);
                }
                self.out.push(' ', r.at + label.len() + 2);
            }
            // A note's paragraphs are written as one block.
            let run: Vec<Line> = std::iter::once(first)
                .chain(body.iter().map(Line::trimmed))
                .filter(|x| !x.blank())
                .collect();
            self.paragraph(&run);
            self.newline(end_at);
            return end;
        }
        let Some((name, args)) = directive(r.text) else {
            // A comment.
            return end;
        };
        let name = name.to_ascii_lowercase();
        // `py:function` and the like: the domain does not matter here.
        let name = name.rsplit(':').next().unwrap_or("").to_string();
        if !PROSE.contains(&name.as_str()) {
            return end;
        }
        let args = sub(&r, args);
        if !args.text.is_empty() {
            if TITLED.contains(&name.as_str()) {
                self.heading(args);
            } else {
                let text = if VERSIONED.contains(&name.as_str()) {
                    let v = args.text.split_whitespace().next().unwrap_or("");
                    sub(&args, args.text[v.len()..].trim_start())
                } else {
                    args
                };
                if !text.text.is_empty() {
                    self.newline(text.at);
                    self.paragraph(&[text]);
                }
            }
        }
        // Options (`:class: x`) come first, then the content.
        let mut k = 0;
        while k < body.len() && !body[k].blank() && field(body[k].trimmed().text).is_some() {
            k += 1;
        }
        let inner: Vec<Line> = body[k..].iter().map(|x| x.dedent(body_indent)).collect();
        self.newline(r.at);
        let started = std::mem::replace(&mut self.body_started, true);
        self.walk_nested(&inner);
        self.body_started = started || self.body_started;
        self.newline(end_at);
        end
    }

    /// The key of a footnote: `[#]` and `[#label]` take the numbers docutils gives them;
    /// `[#]` definitions and calls each take the next in document order.
    fn note_key(&mut self, label: &str, define: bool) -> String {
        match label {
            "#" => {
                let k = if define {
                    &mut self.auto_defined
                } else {
                    &mut self.auto_cited
                };
                let n = self.defs.auto_numbers.get(*k).copied();
                *k += 1;
                n.map_or_else(|| "#".into(), |n| n.to_string())
            }
            l if l.starts_with('#') => self
                .defs
                .auto_labels
                .get(&l[1..])
                .map_or_else(|| l[1..].to_string(), u32::to_string),
            l => l.to_string(),
        }
    }

    /// A run of lines, each written on its own line (lists keep their lines), with inline
    /// markup read across the run. Returns whether it ends with `::` (a literal block follows).
    fn paragraph(&mut self, run: &[Line]) -> bool {
        let mut lines: Vec<Line> = run
            .iter()
            .map(|l| {
                let t = l.trimmed();
                // A line block's line: `| text`.
                match t.text.strip_prefix("| ") {
                    Some(rest) => sub(&t, rest),
                    None => t,
                }
            })
            .collect();
        let Some(last) = lines.last_mut() else {
            return false;
        };
        let s = last.text.trim_end();
        let literal = s.ends_with("::");
        if literal {
            // "text::" reads "text:"; "text ::" and "::" alone read as nothing.
            let keep = if s.len() == 2 || s[..s.len() - 2].ends_with(char::is_whitespace) {
                s.len() - 2
            } else {
                s.len() - 1
            };
            *last = sub(last, s[..keep].trim_end());
        }
        self.inline(&lines);
        if let Some(l) = run.last() {
            self.newline(l.at + l.text.len());
        }
        literal
    }

    /// Inline markup of a run of lines, written with a newline between lines.
    fn inline(&mut self, lines: &[Line]) {
        // One string for the run, since markup may cross lines, with each byte's source offset.
        let mut s = String::new();
        let mut map: Vec<usize> = Vec::new();
        for (k, l) in lines.iter().enumerate() {
            if k > 0 {
                s.push('\n');
                map.push(lines[k - 1].at + lines[k - 1].text.len());
            }
            // `#.` numbers itself, and `*` would be escaped as text: a bullet is what the
            // normalizer reads as an item.
            let bullet = l
                .text
                .strip_prefix("#. ")
                .or_else(|| l.text.strip_prefix("* "));
            let l = match bullet {
                Some(rest) => {
                    s.push_str("- ");
                    map.extend([l.at, l.at + 1]);
                    sub(l, rest)
                }
                None => *l,
            };
            s.push_str(l.text);
            map.extend((0..l.text.len()).map(|j| l.at + j));
        }
        map.push(map.last().map_or(0, |m| m + 1));
        self.inline_str(&s, &map);
    }

    /// Text copied from `s[from..to]`, escaped where the normalizer would read markup.
    fn copy(&mut self, s: &str, map: &[usize], from: usize, to: usize) {
        for (k, c) in s[from..to].char_indices() {
            if c == '\n' {
                self.out.push('\n', map[from + k]);
            } else {
                self.plain(c, map[from + k]);
            }
        }
    }

    /// One character of text, escaped where the normalizer would read it as markup.
    fn plain(&mut self, c: char, at: usize) {
        if matches!(c, '*' | '_' | '<' | '&' | '{' | '\\') {
            self.out.push('\\', at);
        }
        self.out.push(c, at);
    }

    fn inline_str(&mut self, s: &str, map: &[usize]) {
        self.unclosed = [usize::MAX; 4];
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let prev = s[..i].chars().next_back();
            let opens = start_ok(prev);
            let here = s[i..].chars().next().unwrap_or(' ');
            let next = s[i + here.len_utf8()..].chars().next();
            match b[i] {
                b'\\' => {
                    match next {
                        // An escaped space is no character at all.
                        Some(c) if c.is_whitespace() => {}
                        Some(c) => self.plain(c, map[i + 1]),
                        None => {}
                    }
                    i += 1 + next.map_or(0, char::len_utf8);
                    continue;
                }
                b'`' if opens && s[i..].starts_with("``") => {
                    if let Some(end) = s[i + 2..].find("``").map(|e| i + 2 + e) {
                        if end > i + 2 {
                            self.copy(s, map, i + 2, end);
                            i = end + 2;
                            continue;
                        }
                    }
                }
                b'`' if opens => {
                    if let Some(n) = self.interpreted(s, map, i, None) {
                        i = n;
                        continue;
                    }
                }
                b':' if opens => {
                    if let Some((role, tick)) = role_at(s, i) {
                        if let Some(n) = self.interpreted(s, map, tick, Some((role, i))) {
                            i = n;
                            continue;
                        }
                    }
                }
                b'*' if opens && next.is_some_and(|c| !c.is_whitespace()) => {
                    let strong = s[i..].starts_with("**");
                    let d = if strong { "**" } else { "*" };
                    let from = i + d.len();
                    if let Some(end) = self.closing(s, from, d) {
                        // Emphasis may set a title in italics; strong is only text.
                        if !strong {
                            self.out.push('*', map[i]);
                        }
                        self.copy(s, map, from, end);
                        if !strong {
                            self.out.push('*', map[end]);
                        }
                        i = end + d.len();
                        continue;
                    }
                }
                b'_' if opens && next == Some('`') => {
                    // An inline target: its text is text.
                    if let Some(end) = self.closing(s, i + 2, "`") {
                        self.copy(s, map, i + 2, end);
                        i = end + 1;
                        continue;
                    }
                }
                b'_' => {
                    // `word_` and `word__`: a reference by name.
                    let n = if s[i..].starts_with("__") { 2 } else { 1 };
                    let after = s[i + n..].chars().next();
                    if prev.is_some_and(char::is_alphanumeric)
                        && after.is_none_or(|c| !c.is_alphanumeric() && c != '_')
                    {
                        self.word_reference(n == 2);
                        i += n;
                        continue;
                    }
                }
                b'[' if opens => {
                    if let Some((label, end)) = reference_label(s, i) {
                        if is_note_label(label) {
                            let key = self.note_key(label, false);
                            // "discussion [#]_." reads "discussion¹.": the call takes no space.
                            self.trim_before_call();
                            self.out.push_str("[^", map[i]);
                            self.out.push_str(&key, map[i + 1]);
                            self.out.push(']', map[end - 2]);
                        } else {
                            for (k, c) in s[i..end - 1].char_indices() {
                                self.out.push(c, map[i + k]);
                            }
                        }
                        i = end;
                        continue;
                    }
                }
                b'|' if opens => {
                    if let Some(n) = self.substitution(s, map, i) {
                        i = n;
                        continue;
                    }
                }
                _ => {}
            }
            if here == '\n' || here == '`' || here == '[' {
                self.out.push(here, map[i]);
            } else {
                self.plain(here, map[i]);
            }
            i += here.len_utf8();
        }
    }

    /// The blanks before a footnote call, and the line break when the call starts a line
    /// of the same paragraph; not a blank line.
    fn trim_before_call(&mut self) {
        let pop = |out: &mut Mapped| {
            out.text.pop();
            out.map.pop();
        };
        while self.out.text.ends_with([' ', '\t']) {
            pop(&mut self.out);
        }
        let t = &self.out.text;
        if t.ends_with('\n') && !t.ends_with("\n\n") && t.len() > 1 {
            pop(&mut self.out);
            while self.out.text.ends_with([' ', '\t']) {
                pop(&mut self.out);
            }
        }
    }

    /// `|name|`, `|name|_`: the text of a `replace::` substitution, or its name.
    fn substitution(&mut self, s: &str, map: &[usize], i: usize) -> Option<usize> {
        let end = self.closing(s, i + 1, "|")?;
        let name = &s[i + 1..end];
        if name.contains('\n') {
            return None;
        }
        match self.defs.substitutions.get(name) {
            Some(v) => {
                for c in v.clone().chars() {
                    self.plain(c, map[i]);
                }
            }
            None => self.copy(s, map, i + 1, end),
        }
        let rest = &s[end + 1..];
        Some(
            end + 1
                + if rest.starts_with("__") {
                    2
                } else {
                    usize::from(rest.starts_with('_'))
                },
        )
    }

    /// Interpreted text or a phrase reference: the backtick at `tick` opens it; `role` is
    /// a prefixed role's name and start. Returns the index after it, or None if not markup.
    fn interpreted(
        &mut self,
        s: &str,
        map: &[usize],
        tick: usize,
        role: Option<(&str, usize)>,
    ) -> Option<usize> {
        let from = tick + 1;
        if s[from..].starts_with(char::is_whitespace) {
            return None;
        }
        let close = self.closing(s, from, "`")?;
        let content = &s[from..close];
        let rest = &s[close + 1..];
        let (suffix, reference, anonymous) = if role.is_some() {
            (0, false, false)
        } else if rest.starts_with("__") {
            (2, true, true)
        } else if rest.starts_with('_') {
            (1, true, false)
        } else if let Some(n) = suffix_role(rest) {
            (n, false, false)
        } else {
            (0, false, false)
        };
        let end = close + 1 + suffix;
        if s[end..].starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        // `title <target>`: an embedded URI or reference name.
        let (title, target) = match content
            .strip_suffix('>')
            .and_then(|c| c.rfind('<').map(|k| (k, c)))
        {
            Some((k, c)) if k == 0 || c[..k].ends_with(char::is_whitespace) => {
                (c[..k].trim_end(), Some(&c[k + 1..]))
            }
            _ => (content, None),
        };
        let title_from = from;
        let title_to = from + title.len();
        if let Some((name, at)) = role {
            let name = name.rsplit(':').next().unwrap_or(name).to_ascii_lowercase();
            let number = target
                .unwrap_or(title)
                .split(['#', ' '])
                .next()
                .unwrap_or("");
            match name.as_str() {
                "pep" | "pep-reference" | "rfc" | "rfc-reference" if target.is_none() => {
                    let pep = name.starts_with("pep");
                    let prefix = if pep { "PEP " } else { "RFC " };
                    // A link to the document, as Sphinx renders the role: a citation of it.
                    let url = number.parse::<u32>().ok().map(|n| {
                        if pep {
                            format!("https://peps.python.org/pep-{n:04}/")
                        } else {
                            format!("https://www.rfc-editor.org/rfc/rfc{n}")
                        }
                    });
                    let end_at = map[from + number.len().max(1) - 1];
                    if url.is_some() {
                        self.out.push('[', map[at]);
                    }
                    self.out.push_str(prefix, map[at]);
                    self.copy(s, map, from, from + number.len());
                    if let Some(url) = url {
                        self.out.push_str("](", end_at);
                        self.out.push_str(&url, end_at);
                        self.out.push(')', end_at);
                    }
                }
                _ => {
                    // `~a.b.c` shows "c"; `!a` shows "a".
                    let t = title.trim_start_matches('!');
                    let t = match t.strip_prefix('~') {
                        Some(r) => r.rsplit('.').next().unwrap_or(r),
                        None => t,
                    };
                    let k = from + (title.len() - t.len());
                    self.copy(s, map, k, k + t.len().min(title_to - k));
                }
            }
            return Some(end);
        }
        if !reference {
            self.copy(s, map, title_from, title_to);
            return Some(end);
        }
        let url = match target {
            Some(t) if t.ends_with('_') && !t.ends_with("\\_") => {
                self.defs.url(&t[..t.len() - 1]).map(str::to_string)
            }
            Some(t) => Some(t.split_whitespace().collect::<String>()),
            None if anonymous => self.next_anonymous(),
            None => self.defs.url(content).map(str::to_string),
        };
        // With no title, an embedded URI is its own text.
        let (shown_from, shown_to) = if title.is_empty() {
            (from + 1, close - 1)
        } else {
            (title_from, title_to)
        };
        self.link(s, map, shown_from, shown_to, url);
        Some(end)
    }

    /// Writes `s[from..to]` as a link to `url` when it is a web address, else as text.
    fn link(&mut self, s: &str, map: &[usize], from: usize, to: usize, url: Option<String>) {
        let url = url.filter(|u| {
            super::is_web_address(u)
                && !u.contains([')', '(', ' '])
                && !s[from..to].contains(['[', ']'])
        });
        match url {
            Some(url) => {
                let at = map[from];
                self.out.push('[', at);
                // An anchor is read on one line.
                let start = self.out.len();
                self.copy(s, map, from, to);
                // One byte for one byte: the offsets still line up.
                let anchor = self.out.text.split_off(start).replace('\n', " ");
                self.out.text.push_str(&anchor);
                let end = map[to.max(from + 1) - 1];
                self.out.push_str("](", end);
                self.out.push_str(&url, end);
                self.out.push(')', end);
            }
            None => self.copy(s, map, from, to),
        }
    }

    fn next_anonymous(&mut self) -> Option<String> {
        let u = self.defs.anonymous.get(self.anonymous_used).cloned();
        self.anonymous_used += 1;
        u
    }

    /// The word just written is a reference (`Mergers_`): a link if its target is a URL.
    fn word_reference(&mut self, anonymous: bool) {
        let t = &self.out.text;
        let start = t
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '.' | '+'))
            .last()
            .map_or(t.len(), |(k, _)| k);
        let word = t[start..].to_string();
        let url = if anonymous {
            self.next_anonymous()
        } else {
            self.defs.url(&word).map(str::to_string)
        };
        let Some(url) = url.filter(|u| super::is_web_address(u) && !u.contains([')', '(', ' ']))
        else {
            return;
        };
        let offsets: Vec<u32> = self.out.map[start..].to_vec();
        self.out.text.truncate(start);
        self.out.map.truncate(start);
        let first = offsets.first().copied().unwrap_or(0) as usize;
        let last = offsets.last().copied().unwrap_or(0) as usize;
        self.out.push('[', first);
        self.out.text.push_str(&word);
        self.out.map.extend_from_slice(&offsets);
        self.out.push_str("](", last);
        self.out.push_str(&url, last);
        self.out.push(')', last);
    }
}

impl Writer<'_> {
    /// `closing`, remembering where it found none.
    fn closing(&mut self, s: &str, from: usize, d: &str) -> Option<usize> {
        let k = match d {
            "`" => 0,
            "*" => 1,
            "**" => 2,
            _ => 3,
        };
        if from >= self.unclosed[k] {
            return None;
        }
        let found = closing(s, from, d);
        if found.is_none() {
            self.unclosed[k] = from;
        }
        found
    }
}

/// The index of the end-string `d` that closes inline markup opened before `from`: not
/// after whitespace or a backslash, and followed by the end, whitespace or punctuation.
fn closing(s: &str, from: usize, d: &str) -> Option<usize> {
    let mut k = from;
    while let Some(j) = s[k..].find(d).map(|j| k + j) {
        let before = s[..j].chars().next_back();
        let after = s[j + d.len()..].chars().next();
        let ok = j > from
            && before.is_some_and(|c| !c.is_whitespace() && c != '\\')
            && after.is_none_or(|c| !c.is_alphanumeric() || d == "`");
        if ok {
            return Some(j);
        }
        k = j + d.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(src: &str) -> (String, Mapped, Meta) {
        let (m, meta) = strip(src);
        let flat = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        (flat, m, meta)
    }

    /// Every written byte of `word` maps back to the same word in the source.
    fn maps_back(src: &str, m: &Mapped, word: &str) {
        let k = m
            .text
            .find(word)
            .unwrap_or_else(|| panic!("{word:?} not in {:?}", m.text));
        let at = m.map[k] as usize;
        assert_eq!(&src[at..at + word.len()], word);
    }

    /// A no-break space that opens a directive's content line is text, not indentation: the
    /// line is cut at characters (a fuzzer's input had cut one in two).
    #[test]
    fn a_no_break_space_is_no_indentation() {
        let src = ".. note::\n\n x\n\u{a0} word https://x.org/a and more text here.\n";
        let (m, _) = strip(src);
        assert!(m.text.contains("word https://x.org/a"), "{:?}", m.text);
    }

    #[test]
    fn references_become_links_and_targets_vanish() {
        let src = "Mergers_ are chosen by `The steering council`_, see `DEP 10\n<https://example.org/dep10>`__ and `the site`__.\n\n.. _Mergers: https://example.org/teams#mergers\n.. _the steering council:\n   https://example.org/\n   council\n\n__ https://example.org/anon\n";
        let (flat, m, _) = read(src);
        assert_eq!(
            flat,
            "[Mergers](https://example.org/teams#mergers) are chosen by [The steering council](https://example.org/council), see [DEP 10](https://example.org/dep10) and [the site](https://example.org/anon)."
        );
        maps_back(src, &m, "Mergers");
        maps_back(src, &m, "steering council");
    }

    /// A `*` bullet is written as a list marker, not as an escaped asterisk (which reads as
    /// a symbol's footnote).
    #[test]
    fn bullets_stay_list_markers() {
        let src = "For example, they can:\n\n* Accept or reject PEPs\n* Enforce the *code*\n";
        let (m, _) = strip(src);
        assert!(
            m.text.contains("- Accept or reject PEPs\n- Enforce the"),
            "{:?}",
            m.text
        );
        maps_back(src, &m, "Accept");
        maps_back(src, &m, "Enforce");
    }

    #[test]
    fn roles_literals_and_substitutions_read_as_their_text() {
        let src = ".. |DSF| replace:: Django Software Foundation\n\nThe |DSF| follows :pep:`8`, :rfc:`2026#section-6`, :doc:`the guide </internals/x>`,\n:func:`~a.b.run` and ``snake_case *x*``, and a *Title* with **force**.\n";
        let (flat, _, _) = read(src);
        assert_eq!(
            flat,
            r"The Django Software Foundation follows [PEP 8](https://peps.python.org/pep-0008/), [RFC 2026](https://www.rfc-editor.org/rfc/rfc2026), the guide, run and snake\_case \*x\*, and a *Title* with force."
        );
    }

    #[test]
    fn footnotes_take_docutils_numbers_and_citations_stay_keyed() {
        let src = "Consensus [#bcs]_ and code [#]_, votes [3]_ and a book [CIT2002]_.\n\n.. [#bcs] Borrowed from `Ben <https://example.org/ben>`__.\n.. [#] Second.\n.. [3] Third.\n.. [CIT2002] A. Author, *A Book*, 2002.\n";
        let (flat, _, _) = read(src);
        assert_eq!(
            flat,
            "Consensus[^1] and code[^2], votes[^3] and a book [CIT2002]. [^1]: Borrowed from [Ben](https://example.org/ben). [^2]: Second. [^3]: Third. [CIT2002] A. Author, *A Book*, 2002."
        );
        // Manual numbers are skipped by the automatic ones.
        let (flat, _, _) = read("a [#]_ b [1]_\n\n.. [1] One.\n.. [#] Two.\n");
        assert_eq!(flat, "a[^2] b[^1] [^1]: One. [^2]: Two.");
    }

    #[test]
    fn sections_docinfo_directives_and_literal_blocks() {
        let src = ".. include:: header.txt\n\n=========\n Charter\n=========\n\n:Author: Jane Doe <jane@example.org>\n:Date: $Date: 2023-01-10 09:58:28 +0100 (Tue) $\n\n.. contents::\n\nScope\n-----\n\nThe Board decides::\n\n    code = 1\n\n.. note:: Members may appeal.\n\n   The Board must answer.\n\n.. code-block:: python\n\n   print('not text')\n\n.. this is a comment\n   on two lines\n\n----\n\nterm\n    Its definition.\n";
        let (flat, m, meta) = read(src);
        assert_eq!(
            flat,
            "# Charter # Scope The Board decides: Members may appeal. The Board must answer. term Its definition."
        );
        assert_eq!(meta.authors, vec!["Jane Doe"]);
        assert_eq!(meta.date.as_deref(), Some("2023-01-10"));
        maps_back(src, &m, "Members may appeal.");
        maps_back(src, &m, "The Board must answer.");
        // A term and its definition are two blocks.
        assert!(m.text.contains("term\n\nIts definition."), "{:?}", m.text);
    }

    #[test]
    fn tables_are_rows() {
        let src = "=====  =========\nRole   Power\n=====  =========\nChair  Convenes\nBoard  Decides\n=====  =========\n\n+------+-------+\n| Body | Votes |\n+======+=======+\n";
        let (flat, m, _) = read(src);
        assert_eq!(flat, "Role Power Chair Convenes Board Decides Body Votes");
        assert!(m.text.contains("Convenes\n\n"), "{:?}", m.text);
    }

    #[test]
    fn rst_is_told_from_plain_text() {
        assert!(looks_like_rst(
            "Intro.\n\n.. _a: https://x.org\n.. note:: N\n"
        ));
        assert!(looks_like_rst("See :pep:`8` and `the site`_.\n"));
        assert!(looks_like_rst(
            "Fixed ``urlize()``.\n\nSee :doc:`/releases/1.1`.\n"
        ));
        assert!(!looks_like_rst(
            "Wait... what?\n\n.. and so on\n\n1. An item\n"
        ));
        assert!(!looks_like_rst(
            "# Title\n\nA [link](https://x.org) and `code`.\n"
        ));
        assert!(!looks_like_rst(
            "Network Working Group     J. Postel\nRequest for Comments: 1591\n"
        ));
    }

    #[test]
    fn unclosed_markup_is_text() {
        for unit in ["`a ", "*a ", "|a ", "[a ", "``a "] {
            let src = unit.repeat(20_000);
            let (m, _) = strip(&src);
            let flat = m.text.split_whitespace().count();
            assert_eq!(flat, 20_000, "{unit:?}");
        }
    }

    #[test]
    fn deep_nesting_is_read_as_text() {
        let directives: String = (0..2_000)
            .map(|k| format!("{}.. note::\n\n", " ".repeat(k)))
            .collect();
        let terms: String = (0..2_000)
            .map(|k| format!("{}term{k}\n", " ".repeat(k)))
            .collect();
        for src in [
            format!("{directives}{}Deep text.\n", " ".repeat(2_000)),
            terms,
        ] {
            let (m, _) = strip(&src);
            assert_eq!(m.map.len(), m.text.len() + 1);
            assert!(m.text.contains("Deep text.") || m.text.contains("term1999"));
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for src in [
            "",
            "..",
            ".. _",
            ".. [",
            "`",
            "``",
            ":a:`",
            "[#]_",
            "|x|",
            "é_ `é`_ :é:`é`",
            "====\n",
            "x\n===\n",
            "+--+\n|",
            "\u{feff}.. note::\n\n   ü\n",
        ] {
            let (m, _) = strip(src);
            assert_eq!(m.map.len(), m.text.len() + 1, "{src:?}");
        }
    }
}
