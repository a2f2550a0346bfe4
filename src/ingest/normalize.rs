//! Normalization: source text (plain, Markdown, or HTML already stripped of tags) into
//! blocks of clean text, with footnote markers, links and reference pointers lifted out
//! as inline records. Every byte of the result maps back to a byte of the source.
//!
//! Real governance documents mix plain text, Markdown, HTML fragments, RFC page layout
//! and PDF-conversion debris, so this is one line-oriented pass rather than a strict
//! Markdown parser (which would, for example, read an indented RFC as one code block).

use super::html;
use super::mapped::Mapped;
use super::rst;
use super::Format;
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    /// A footnote body (`1. ...` after a page break, `[^1]: ...`); `key` holds the label.
    Note,
    /// An entry of a reference list (`[RFC2026] ...`, `[1] ...`); `key` holds the label.
    Reference,
    /// Page headers and footers, page numbers, DOI and copyright lines: kept out of the text.
    Furniture,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// Byte range in the normalized text.
    pub start: usize,
    pub end: usize,
    pub key: Option<String>,
    /// Index of the heading block this block sits under.
    pub heading: Option<usize>,
    /// 1-based line of the source where the block starts.
    pub line: usize,
    /// Whether the block is an item of a list ("* Accept or reject PEPs").
    pub item: bool,
    /// Whether the block is quoted with `>` (a reply's quotation of another's message, a
    /// Markdown block quote).
    pub quote: bool,
    /// Whether the block is a row of a table, its cells parted by pipes.
    pub row: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerStyle {
    /// `<sup>1</sup>`
    Sup,
    /// `[^1]`
    Markdown,
}

/// A footnote call in the text. `pos` is the normalized offset right after the token it
/// follows (F4: attached to the preceding token whatever the spacing).
#[derive(Debug, Clone)]
pub struct Marker {
    pub key: String,
    pub pos: usize,
    pub style: MarkerStyle,
    pub block: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InlineKind {
    /// `[text](url)`: the range covers the anchor text.
    Link(String),
    /// A bare or autolinked URL: the range covers the URL.
    Url(String),
    /// `[RFC2026]`, `[1]`, `[Clark]`: the range covers the bracketed label.
    Pointer(String),
    /// kramdown `{{?RFC2418}}`: the range covers the rendered label.
    Kramdown(String),
    /// `*...*` or `_..._`: titles of works are set in italics.
    Emphasis,
}

#[derive(Debug, Clone)]
pub struct Inline {
    pub kind: InlineKind,
    pub start: usize,
    pub end: usize,
    pub block: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Text {
    pub text: String,
    pub map: Vec<u32>,
    pub blocks: Vec<Block>,
    pub markers: Vec<Marker>,
    pub inlines: Vec<Inline>,
    pub title: String,
    pub authors: Vec<String>,
    pub date: Option<String>,
    /// Count of source lines dropped as page furniture.
    pub furniture_lines: usize,
    /// Start of an open emphasis span while emitting.
    em_open: Option<usize>,
    /// Markdown link reference definitions (`[label]: url`), label folded, while emitting.
    link_defs: Vec<(String, String)>,
    /// Keys of the notes that open with superscript digits ("¹ Padfield v ..."), while
    /// emitting: only these superscripts in the text are note calls (not "m²").
    superscript_notes: BTreeSet<u32>,
    /// Note calls written as plain digits after a word ("law.1 The"), as text extracted
    /// from a PDF has them: their offsets in the source, lengths and keys, in order, while
    /// emitting (see `glued_notes`).
    glued: Vec<GluedCall>,
    /// The source offsets of the lines that are rows of a Markdown table's body, in order,
    /// while classifying and emitting: each a block, its outer pipes markup.
    table_rows: Vec<usize>,
    /// The messages of a chat's log, a block each: the block and the nick that wrote it.
    pub chat: Vec<(usize, String)>,
}

/// A note's call glued to a word: its offset in the source, its length and its key.
type GluedCall = (usize, usize, String);

impl Text {
    pub fn block_text(&self, b: &Block) -> &str {
        &self.text[b.start..b.end]
    }
    /// Original byte offset of normalized byte `i`.
    pub fn orig(&self, i: usize) -> usize {
        self.map.get(i).or(self.map.last()).copied().unwrap_or(0) as usize
    }
    /// Original byte range covering the normalized range `[s, e)`.
    pub fn orig_range(&self, s: usize, e: usize) -> (usize, usize) {
        let a = self.orig(s);
        let b = if e > s { self.orig(e - 1) + 1 } else { a };
        // The last byte of a multi-byte character maps to its first byte; extend to the char end.
        (a, b.max(a))
    }
}

#[derive(Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    /// Offset of `text` in the mapped source.
    at: usize,
    no: usize,
}

/// A rule anchored at the start of its text, with a test of the bytes a match must start
/// with. The test comes first: the line and block rules below are asked of nearly every line and
/// block (some 20,000 searches per 28 documents, a few hundred instructions each however
/// short the answer), and most lines start with a byte that settles it.
struct AtStart {
    rule: Regex,
    first: fn(&[u8]) -> bool,
}

impl AtStart {
    fn new(pattern: &str, first: fn(&[u8]) -> bool) -> AtStart {
        assert!(pattern.starts_with('^'), "{pattern}");
        AtStart {
            rule: Regex::new(pattern).unwrap(),
            first,
        }
    }
    fn may_match(&self, s: &str) -> bool {
        (self.first)(s.as_bytes())
    }
    fn is_match(&self, s: &str) -> bool {
        self.may_match(s) && self.rule.is_match(s)
    }
    fn find<'a>(&self, s: &'a str) -> Option<regex::Match<'a>> {
        self.may_match(s).then(|| self.rule.find(s)).flatten()
    }
    fn captures<'a>(&self, s: &'a str) -> Option<regex::Captures<'a>> {
        self.may_match(s).then(|| self.rule.captures(s)).flatten()
    }
}

static SUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^<sup[^>]*>\s*(?:<a[^>]*>\s*)?\[?(\d{1,4}(?:\s?[-–,]\s?\d{1,4})*)\]?(?:\(\s*[^)\s]*\s*\))?\s*(?:</a>\s*)?</sup>").unwrap()
});
/// A note body opened by an HTML anchor the calls link to: `<a name="footnote1">1</a>: ...`
/// (Markdown written for GitHub, whose calls are `<sup>[1](#footnote1)</sup>`).
static ANCHOR_NOTE: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(
        r#"^(?i)<a\s+(?:name|id)\s*=\s*["']?[^"'<>]*["']?\s*>\s*(\d{1,4})\s*</a>\s*[:.)]?[ \t]*"#,
        |b| b.len() > 1 && b[0] == b'<' && b[1].eq_ignore_ascii_case(&b'a'),
    )
});
static MD_DEF: LazyLock<AtStart> =
    LazyLock::new(|| AtStart::new(r"^\[\^([^\]\s]+)\]:[ \t]?", |b| b.starts_with(b"[^")));
// `\d` is any Unicode digit: a non-ASCII byte may start one.
static PLAIN_NOTE: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(r"^(\d{1,4})\.\s+\S", |b| {
        b.first()
            .is_some_and(|b| b.is_ascii_digit() || !b.is_ascii())
    })
});
// † and ‡ start with the byte 0xE2 in UTF-8.
static SYMBOL_NOTE: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(r"^(\\\*|†|‡)\s+\S", |b| {
        b.starts_with(b"\\") || b.starts_with(&[0xE2])
    })
});
/// `^\[([A-Za-z0-9][\w.+/:-]{0,40})\](?:\s+|$)`, as `bracketed_key` takes it.
static REF_ENTRY: LazyLock<AtStart> =
    LazyLock::new(|| AtStart::new(r"^\[([A-Za-z0-9][\w.+/:-]*)\](?:\s+|$)", bracket_alnum));
static HEADING_NUM: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(
        r"^(?:[0-9]+(?:\.[0-9]+)*\.?|[IVXLC]+\.|[A-Z]\.|Appendix [A-Z]\.?)\s+\S",
        |b| {
            b.first()
                .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        },
    )
});
static TOC_LEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\.{4,}|(?: \.){3,})\s*\d+\s*$").unwrap());
static PAGE_FOOTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[Page \d+\]\s*$").unwrap());
static RFC_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:RFC|Internet-Draft) ?\d*\s{2,}.+\s{2,}\S.*\d{4}\s*$").unwrap()
});
static RUNNING_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[*_]*[A-Z][A-Z0-9 .,&'’:-]{6,}[*_]*\s*\[Vol\.\s*\d+(?::\d+)?\]?\s*$|^\d{1,4}\s+[*_]*[A-Z][A-Z .,&'’:-]{6,}[*_]*\s*\[Vol\.").unwrap()
});
static FRONT_KV: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(r"^([A-Za-z_][\w-]*):\s*(.*)$", |b| {
        b.first()
            .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'_')
    })
});
static BARE_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?-u:\b)https?://[^\s<>"\]]+"#).unwrap());
static REF_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(references|bibliography|works cited|sources|citations|endnotes|footnotes|notes|further reading)(?-u:\b)").unwrap()
});

/// A heading that is a reference list's name and nothing more ("7. References", "Works
/// Cited"): unkeyed entries under it are references (see `has_year`).
static REF_LIST_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\dA-Z]{1,3}\.?\s+)?(?:(?:normative|informative)\s+)?(?:references|reference list|bibliography|works cited|literature|literature cited|sources)\s*:?$").unwrap()
});

/// Whether a line holds a year as reference entries write it: "(1990" or ". 1990." (APA,
/// Chicago author-date) or ", 1990." at its end (others).
fn has_year(line: &str) -> bool {
    let b = line.as_bytes();
    let year_at = |i: usize| {
        b.get(i..i + 4).is_some_and(|y| {
            y.iter().all(u8::is_ascii_digit)
                && matches!(&y[..2], b"16" | b"17" | b"18" | b"19" | b"20")
        })
    };
    (0..b.len()).any(|i| match b[i] {
        b'(' => year_at(i + 1),
        b' ' if i > 0 && matches!(b[i - 1], b'.' | b',') => {
            year_at(i + 1) && matches!(b.get(i + 5), Some(b'.' | b')' | b','))
        }
        _ => false,
    })
}

/// Normalizes a whole document.
pub fn normalize(src: &str, format: Format) -> Text {
    let mut rst_meta = None;
    let (source, html_title) = match format {
        Format::Html => {
            rst_meta = Some(rst::Meta {
                title: None,
                authors: html::meta_authors(src),
                date: None,
            });
            html::strip(src)
        }
        Format::Rst => {
            let (m, meta) = rst::strip(src);
            rst_meta = Some(meta);
            (m, String::new())
        }
        Format::AsciiDoc => {
            let (m, meta) = super::asciidoc::strip(src);
            rst_meta = Some(meta);
            (m, String::new())
        }
        _ => {
            let m = Mapped {
                text: src.to_string(),
                map: (0..=src.len() as u32).collect(),
            };
            (m, String::new())
        }
    };
    let mut t = Text::default();
    let lines = lines_of(&source.text);
    let (front_end, meta) = front_matter(&lines);
    for (k, v) in &meta {
        match k.as_str() {
            "title" => t.title = v.clone(),
            "author" | "authors" | "from" => t.authors.extend(split_list(v)),
            "date" => t.date = Some(v.clone()),
            _ => {}
        }
    }
    // A message's subject is its title, without the reply's and the list's marks.
    if t.title.is_empty() {
        if let Some((_, v)) = meta.iter().find(|(k, _)| k == "subject") {
            t.title = subject_title(v).to_string();
        }
    }
    if let Some(meta) = rst_meta {
        if t.title.is_empty() {
            t.title = meta.title.unwrap_or_default();
        }
        if t.authors.is_empty() {
            t.authors = meta.authors;
        }
        t.date = t.date.take().or(meta.date);
    }
    // Link reference definitions are markup, not text: their lines are left out, and the
    // links that name them are read as `[text](url)` is.
    let body: Vec<Line> = if memchr::memmem::find(source.text.as_bytes(), b"]:").is_some() {
        let (defs, kept) = link_definitions(&lines[front_end..]);
        t.link_defs = defs;
        kept
    } else {
        Vec::new()
    };
    let body = if t.link_defs.is_empty() {
        &lines[front_end..]
    } else {
        &body[..]
    };
    // `>` marks a quotation in mail and Markdown; in a converted page or in reST it is a
    // prompt of a code sample ("> .editor", ">>> import ...").
    let quotes = matches!(format, Format::Text | Format::Markdown);
    let mut rows = Vec::new();
    let (mut raw_blocks, mut items) = group_blocks(body, quotes, &mut t.furniture_lines, &mut rows);
    t.table_rows = rows;
    let mut marker_keys = sup_keys(&source.text);
    // Plain text whose notes are called by digits glued to a word ("law.1"), each note on a
    // line that opens with its number: every note a block of its own.
    let mut note_starts: Vec<(usize, u32)> = Vec::new();
    if format == Format::Text && marker_keys.is_empty() {
        if let Some((starts, calls)) = glued_notes(body) {
            (raw_blocks, items) = split_at_lines(raw_blocks, items, &starts);
            marker_keys.extend(starts.iter().map(|s| s.1));
            note_starts = starts;
            t.glued = calls;
        }
    }
    // A chat's log ("[19:01:03] <bdale> The committee ..."): each line a message of its own.
    let mut chat: Vec<(usize, String, usize)> = Vec::new();
    if matches!(format, Format::Text | Format::Markdown) {
        chat = chat_log(body);
        if !chat.is_empty() {
            let starts: Vec<(usize, u32)> = chat.iter().map(|c| (c.0, 0)).collect();
            (raw_blocks, items) = split_at_lines(raw_blocks, items, &starts);
        }
    }
    // Notes that open with superscript digits, as text copied from a word processor or a
    // PDF writes them ("text.¹" ... "¹ Padfield v ..."): each is called by its superscript.
    t.superscript_notes = raw_blocks
        .iter()
        .filter_map(|b| superscript_note(b[0].text.trim_start()))
        .filter_map(|(k, _)| k.parse().ok())
        .collect();
    marker_keys.extend(t.superscript_notes.iter().copied());
    let mut kinds = classify(&raw_blocks, &items, &marker_keys, &t.table_rows);
    // A title centred on a front page is the document's, whatever headings the header
    // block's short lines make ("Category: Best Current Practice").
    // Only where the writer set the lines (a page's indentation is its markup's).
    let front = matches!(format, Format::Text | Format::Markdown)
        .then(|| front_title(&raw_blocks))
        .flatten();
    if let Some((i, _)) = front {
        kinds[i] = (BlockKind::Heading, None);
    }
    for (k, b) in kinds.iter_mut().zip(&raw_blocks) {
        if let Ok(i) = note_starts.binary_search_by_key(&b[0].at, |s| s.0) {
            *k = (BlockKind::Note, Some(note_starts[i].1.to_string()));
        }
    }
    let numbered = paragraph_numbers(&mut kinds, &raw_blocks, &source.text);
    let kinds = mark_reference_runs(kinds);
    let order = join_page_breaks(&raw_blocks, &kinds, &items);

    let mut out = Mapped::with_capacity(source.len() + 1);
    let mut heading: Option<usize> = None;
    let mut in_refs = false;
    // Under a heading that names a reference list and nothing else.
    let mut in_ref_list = false;
    for group in order {
        let first = group[0];
        let kind = kinds[first].0;
        let key = kinds[first].1.clone();
        let kind = match kind {
            BlockKind::Paragraph if in_refs && key.is_some() => BlockKind::Reference,
            // Under a heading that is only "References" or "Bibliography", an entry without
            // a key is one with a year: "Ostrom, E. (1990). Governing the Commons. ...".
            BlockKind::Paragraph
                if in_ref_list && raw_blocks[first].iter().any(|l| has_year(l.text)) =>
            {
                BlockKind::Reference
            }
            k => k,
        };
        if kind == BlockKind::Furniture {
            continue;
        }
        let before_sep = out.len();
        if !out.is_empty() {
            out.push_str("\n\n", source.orig(raw_blocks[first][0].at));
        }
        let bi = t.blocks.len();
        let start = out.len();
        // The nick of a chat's line, kept with the block if the block is.
        let mut nick = None;
        for (gi, &rb) in group.iter().enumerate() {
            if gi > 0 {
                out.push(' ', source.orig(raw_blocks[rb][0].at));
            }
            // Markup that opens the block: a paragraph's number, a chat line's time and nick.
            let first_line = raw_blocks[rb][0].text.trim_start();
            let said = chat
                .binary_search_by_key(&raw_blocks[rb][0].at, |c| c.0)
                .ok();
            let prefix = if numbered[rb] {
                bracketed_key(&REF_ENTRY, first_line).map_or(0, |c| c.get(0).unwrap().end())
            } else {
                said.map_or(0, |k| chat[k].2)
            };
            if let Some(k) = said.filter(|_| gi == 0) {
                nick = Some(chat[k].1.clone());
            }
            emit_block(
                &raw_blocks[rb],
                kind,
                items[rb],
                prefix,
                &source,
                &mut out,
                &mut t,
                bi,
            );
        }
        out.trim_end();
        let end = out.len();
        if end <= start {
            // Only markup: nothing to keep, not even the separator.
            out.text.truncate(before_sep);
            out.map.truncate(before_sep);
            continue;
        }
        if kind == BlockKind::Heading {
            heading = Some(bi);
            in_refs =
                REF_HEADING.is_match(&out.text[start..end]) && out.text[start..end].len() < 60;
            in_ref_list = REF_LIST_HEADING.is_match(&out.text[start..end]);
        }
        if let Some(n) = nick {
            t.chat.push((bi, n));
        }
        t.blocks.push(Block {
            kind,
            start,
            end,
            key: if matches!(kind, BlockKind::Note | BlockKind::Reference) {
                key
            } else {
                None
            },
            heading: if kind == BlockKind::Heading {
                None
            } else {
                heading
            },
            line: raw_blocks[first][0].no,
            item: kind == BlockKind::Paragraph && items[first],
            quote: quotes
                && kind == BlockKind::Paragraph
                && raw_blocks[first][0].text.trim_start().starts_with('>'),
            row: t.table_rows.binary_search(&raw_blocks[first][0].at).is_ok(),
        });
    }
    out.map.push(source.orig(source.len()) as u32);
    // Bare URLs not already covered by a link.
    for m in BARE_URL.find_iter(&out.text) {
        let url = trim_url(m.as_str());
        let (s, e) = (m.start(), m.start() + url.len());
        if t.inlines.iter().any(|i| {
            i.start <= s
                && e <= i.end.max(i.start + 1)
                && matches!(i.kind, InlineKind::Url(_) | InlineKind::Link(_))
        }) {
            continue;
        }
        if let Some(b) = block_at(&t.blocks, s) {
            t.inlines.push(Inline {
                kind: InlineKind::Url(url.to_string()),
                start: s,
                end: e,
                block: b,
            });
        }
    }
    t.inlines.sort_by_key(|i| (i.start, i.end));
    t.link_defs = Vec::new();
    t.superscript_notes = BTreeSet::new();
    t.glued = Vec::new();
    t.table_rows = Vec::new();
    t.text = out.text;
    t.map = out.map;
    if t.title.is_empty() && !html_title.is_empty() {
        t.title = page_title(&html_title, &t).to_string();
    }
    if t.title.is_empty() {
        t.title = match front {
            Some((_, title)) => title,
            // A page's headings of every level are written "# " (see html::strip).
            None => (format == Format::Markdown)
                .then(|| first_level_one(&t, &lines))
                .flatten()
                .unwrap_or_else(|| default_title(&t)),
        };
    }
    if t.authors.is_empty() {
        t.authors = byline(&t);
    }
    t
}

/// Words of a subtitle or a part of a document under its title, never of a name.
const NOT_IN_A_NAME: &[&str] = &[
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Final",
    "Reading",
    "Session",
    "Summary",
    "Report",
    "Draft",
    "Version",
    "Edition",
    "Part",
    "Chapter",
    "Section",
    "Appendix",
    "Annex",
    "Introduction",
    "Minutes",
    "Agenda",
    "Notes",
    "Abstract",
    "Overview",
    "Preface",
    "Foreword",
    "Hearing",
    "Debate",
    "Proceedings",
    "Transcript",
    "Testimony",
    "Statement",
    "Memorandum",
    "Update",
    "Review",
    "Policy",
    "Charter",
    "Bylaws",
    "Constitution",
    "Resolution",
    "Decision",
    "Order",
    "Opinion",
    "Meeting",
    "Conference",
    "Article",
    "Amendment",
    "Bill",
    "Act",
    "Rules",
    "Guidelines",
    "Principles",
    "Process",
    "Procedures",
    "Contents",
    "Background",
    "Conclusion",
    "Discussion",
    "Analysis",
    "Executive",
    "Table",
];

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    const NAME: &str = r"(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}";
    Regex::new(&format!(
        r"^(?:(?:(?:Posted|Published|Written)\s+(?:.{{1,40}}?\s+)?)?[Bb]y\s+({NAME})\s*[*†‡]?(?:,\s*[^,]{{1,40}}|\s*[·|•—–]\s*.{{1,40}})?|({NAME})\s*[*†‡]?)$"
    ))
    .unwrap()
});

/// "David Kaye*" or "By Jane Doe" right under the first heading names the author.
fn byline(t: &Text) -> Vec<String> {
    let Some(h) = t.blocks.iter().position(|b| b.kind == BlockKind::Heading) else {
        return vec![];
    };
    t.blocks[h + 1..]
        .iter()
        .take(2)
        // "1. Free Redistribution": a list item under a heading is no byline.
        .filter(|b| !b.item)
        .find_map(|b| {
            let c = BYLINE.captures(t.block_text(b).trim())?;
            // "By Sarah Kent, 3 February 2023": the name before the date.
            let (n, by) = match (c.get(1), c.get(2)) {
                (Some(n), _) => (n.as_str(), true),
                (None, Some(n)) => (n.as_str(), false),
                _ => return None,
            };
            // "Debian Developer's Reference": a possessive is a title's, not a name's.
            // "Second Reading", "Executive Summary": without "By", a subtitle's words are
            // no name's.
            // The document's title is no byline ("Internet Governance Forum" under a page's
            // navigation line, in a page titled "Internet Governance Forum - Wikipedia").
            let subtitle = !by
                && (t.title.starts_with(n)
                    || n.split_whitespace()
                        .any(|w| NOT_IN_A_NAME.contains(&w.trim_end_matches('.'))));
            (!n.contains("'s ") && !n.contains("’s ") && !subtitle).then(|| n.to_string())
        })
        .into_iter()
        .collect()
}

/// A page's `<title>` without the site's name after it ("ICANN board approves new gTLD
/// round | Example News"), where the part before the separator is the page's first heading.
fn page_title<'a>(title: &'a str, t: &Text) -> &'a str {
    // One of the first headings (a menu's items may stand before the page's own).
    let headings = || {
        t.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .take(8)
            .map(|b| t.block_text(b).trim())
    };
    const SEPARATORS: [&str; 6] = [" | ", " – ", " — ", " - ", " :: ", " · "];
    for sep in SEPARATORS {
        if let Some((head, site)) = title.rsplit_once(sep) {
            // A site's name is short; a longer tail is the title's own subtitle.
            if site.split_whitespace().count() <= 4
                && headings().any(|h| h.eq_ignore_ascii_case(head.trim()))
            {
                return head.trim();
            }
        }
    }
    // A section's name before it and the site's after ("Opinion | Who gave ICANN the keys?
    // - The Example Times"): the part that is the page's heading.
    let mut parts = vec![title];
    for sep in SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    if parts.len() >= 3 {
        if let Some(p) = parts.into_iter().map(str::trim).find(|p| {
            p.split_whitespace().count() >= 2 && headings().any(|h| h.eq_ignore_ascii_case(p))
        }) {
            return p;
        }
    }
    title
}

/// The first heading of level one ("# The Internet is for End Users") that is more than a
/// document's number ("# RFC 8890"): a Markdown document's title, whatever short lines
/// above it look like headings (a converted page's header table).
fn first_level_one(t: &Text, lines: &[Line]) -> Option<String> {
    t.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .filter(|b| {
            lines
                .get(b.line.wrapping_sub(1))
                .is_some_and(|l| l.text.starts_with("# "))
        })
        .map(|b| t.block_text(b))
        .find(|s| {
            let letters = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '-');
            !(letters.len() < s.len()
                && (2..=6).contains(&letters.len())
                && letters.bytes().all(|b| b.is_ascii_uppercase()))
        })
        .map(|s| s.chars().take(160).collect::<String>().trim().to_string())
}

/// A line that is a date and nothing else ("March 14, 2014", "14 October 2025"): a letter's
/// date, no title.
fn is_date(s: &str) -> bool {
    use crate::ingest::words::MONTHS;
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    (2..=4).contains(&words.len())
        && words.iter().filter(|w| MONTHS.contains(w)).count() == 1
        && words.iter().all(|w| {
            // "14", "14th", "2014".
            let digits = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
            MONTHS.contains(w) || !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        })
}

fn default_title(t: &Text) -> String {
    // Breadcrumbs ("Home / Blogs") are navigation, not titles.
    let b = t
        .blocks
        .iter()
        .find(|b| {
            let s = t.block_text(b);
            b.kind == BlockKind::Heading
                && s.chars().any(char::is_alphabetic)
                && !is_date(s)
                && !s.contains(" / ")
                && !s.contains(" > ")
                && !s.contains('»')
        })
        .or_else(|| t.blocks.iter().find(|b| b.kind == BlockKind::Paragraph));
    match b {
        Some(b) => {
            let s = t.block_text(b);
            // A heading whole ("Who Decides? Authority in Standards Bodies"); of a
            // paragraph, the first sentence at most.
            // Of lines kept apart (a letterhead), the first.
            let end = match b.kind {
                BlockKind::Heading => s.len(),
                _ => super::sentences::split_str(s)
                    .first()
                    .map_or(s.len(), |x| x.1)
                    .min(s.find('\n').unwrap_or(s.len())),
            };
            let s: String = s[..end].chars().take(160).collect();
            s.trim().to_string()
        }
        None => String::new(),
    }
}

pub fn block_at(blocks: &[Block], pos: usize) -> Option<usize> {
    let i = blocks.partition_point(|b| b.start <= pos);
    if i == 0 {
        return None;
    }
    let b = &blocks[i - 1];
    (pos <= b.end).then_some(i - 1)
}

pub fn trim_url(u: &str) -> &str {
    let mut u = u.trim_end_matches(['.', ',', ';', ':', '\'', '"', '*', '_', '>']);
    loop {
        let opens = u.matches('(').count();
        let closes = u.matches(')').count();
        if u.ends_with(')') && closes > opens {
            u = &u[..u.len() - 1];
            u = u.trim_end_matches(['.', ',', ';', ':']);
        } else {
            break;
        }
    }
    u
}

fn split_list(v: &str) -> Vec<String> {
    v.trim_matches(['[', ']'])
        .split(',')
        .map(|s| s.trim().trim_matches(['"', '\'']).to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn lines_of(src: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    for (no, l) in src.split('\n').enumerate() {
        let text = l.strip_suffix('\r').unwrap_or(l);
        out.push(Line {
            text,
            at,
            no: no + 1,
        });
        at += l.len() + 1;
    }
    out
}

/// A Markdown link reference definition, `[label]: destination "title"`: the folded label
/// and the destination. The destination must look like an address (a scheme, a path or a
/// fragment), so that a reference entry such as `[RFC2026]: Bradner, S., ...` is none.
fn link_definition(line: &str) -> Option<(String, String)> {
    let lead = line.len() - line.trim_start_matches(' ').len();
    let s = line[lead..].strip_prefix('[')?;
    if lead > 3 || s.starts_with('^') {
        return None;
    }
    let close = s.find("]:")?;
    let label = &s[..close];
    if label.trim().is_empty() || label.contains('[') || label.contains(']') {
        return None;
    }
    let rest = s[close + 2..].trim();
    let (dest, title) = match rest.strip_prefix('<') {
        Some(r) => {
            let e = r.find('>')?;
            (&r[..e], r[e + 1..].trim())
        }
        None => rest.split_once(char::is_whitespace).unwrap_or((rest, "")),
    };
    let title = title.trim();
    let quoted = |open: char, close: char| title.starts_with(open) && title.ends_with(close);
    let title_ok = title.is_empty()
        || title.len() >= 2 && (quoted('"', '"') || quoted('\'', '\'') || quoted('(', ')'));
    // A file beside the page ("[INSTALL]: INSTALL", "[Buffer]: buffer.md#class-buffer") is
    // an address too: one token of a file name's characters, alone, and maybe a fragment.
    let file = title.is_empty()
        && !dest.ends_with('.')
        && dest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'#'));
    let address = dest.contains(':') || dest.contains('/') || dest.starts_with('#') || file;
    (!dest.is_empty() && title_ok && address).then(|| (fold_label(label), dest.to_string()))
}

/// A link label as CommonMark compares it: case and runs of whitespace do not count.
fn fold_label(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The link reference definitions of `lines`, and the lines without them. A definition
/// cannot interrupt a paragraph: it follows a blank line, a heading, another definition or
/// the start.
fn link_definitions<'a>(lines: &[Line<'a>]) -> (Vec<(String, String)>, Vec<Line<'a>>) {
    let mut defs: Vec<(String, String)> = Vec::new();
    let mut kept = Vec::with_capacity(lines.len());
    let mut open_para = false;
    for l in lines {
        let def = if open_para {
            None
        } else {
            link_definition(l.text)
        };
        match def {
            Some((label, url)) => {
                // The first definition of a label wins.
                if !defs.iter().any(|(k, _)| *k == label) {
                    defs.push((label, url));
                }
            }
            None => {
                let s = l.text.trim();
                // A line shaped as a definition whose destination is no address (a reference
                // entry, "[RFC2026]: Bradner, S., ...") stays text, and does not keep the
                // definitions after it from being read.
                let def_shaped = s.starts_with('[') && s.contains("]:");
                open_para = !s.is_empty() && !s.starts_with('#') && !def_shaped;
                kept.push(*l);
            }
        }
    }
    (defs, kept)
}

/// A reference link at the start of `rest` that names a definition: `[text][label]`,
/// `[text][]` or `[text]`. Returns the text's range in `rest`, the destination, whether it
/// is the shortcut form, and the length of the whole link.
fn reference_link<'d>(
    rest: &str,
    defs: &'d [(String, String)],
) -> Option<(std::ops::Range<usize>, &'d str, bool, usize)> {
    if defs.is_empty() {
        return None;
    }
    let close = rest.find(']')?;
    let text = &rest[1..close];
    if text.contains('[') || text.trim().is_empty() {
        return None;
    }
    let after = &rest[close + 1..];
    let (label, len, shortcut) = match after.strip_prefix('[') {
        Some(a) => {
            let e = a.find(']')?;
            let l = &a[..e];
            (
                if l.trim().is_empty() { text } else { l },
                close + 2 + e + 1,
                false,
            )
        }
        // `[text](` is an inline link and `[text]:` a definition, neither a shortcut.
        None if after.starts_with('(') || after.starts_with(':') => return None,
        None => (text, close + 1, true),
    };
    let key = fold_label(label);
    let url = defs.iter().find(|(k, _)| *k == key)?.1.as_str();
    Some((1..close, url, shortcut, len))
}

/// YAML front matter at the top: returns the index of the first body line and the pairs.
fn front_matter(lines: &[Line]) -> (usize, Vec<(String, String)>) {
    let first = lines.iter().position(|l| !l.text.trim().is_empty());
    let Some(first) = first else {
        return (0, vec![]);
    };
    if lines[first].text.trim_end() != "---" {
        let texts: Vec<&str> = lines[first..].iter().take(64).map(|l| l.text).collect();
        return match mail_header(&texts) {
            Some((n, pairs)) => (first + n, pairs),
            None => (0, vec![]),
        };
    }
    let mut meta = Vec::new();
    let mut in_authors = false;
    for (i, l) in lines.iter().enumerate().skip(first + 1).take(400) {
        let s = l.text.trim_end();
        // kramdown-rfc ends its header with the first section marker ("--- abstract").
        if s == "---" || s == "..." || s.starts_with("--- ") {
            return (i + usize::from(!s.starts_with("--- ")), meta);
        }
        if let Some(c) = FRONT_KV.captures(s) {
            let v = c[2].trim().trim_matches(['"', '\'']).to_string();
            let key = c[1].to_ascii_lowercase();
            in_authors = v.is_empty() && (key == "author" || key == "authors");
            meta.push((key, v));
        } else if in_authors {
            // kramdown-rfc lists authors as indented records: "  - name: Mark Nottingham".
            let field = s.trim_start().trim_start_matches(['-', ' ']);
            if let Some(name) = field.strip_prefix("name:") {
                let name = name.trim().trim_matches(['"', '\'']);
                if !name.is_empty() {
                    meta.push(("author".into(), name.to_string()));
                }
            }
        }
    }
    (0, vec![])
}

/// A header of `Key: value` lines at the top, ended by a blank line, as PEPs, MultiMarkdown
/// and memos write it ("PEP: 13", "Title: …", "Author: Jane Doe <jane@example.org>",
/// "Created: 16-Dec-2018"). It counts only with two or more fields, one of them a title,
/// an author or a date, and no line that is not a field or a field's continuation. Returns
/// the number of lines it takes and its fields (keys lowercased, addresses dropped,
/// `created` as `date`).
pub(crate) fn mail_header(lines: &[&str]) -> Option<(usize, Vec<(String, String)>)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut n = 0;
    for l in lines {
        if l.trim().is_empty() {
            break;
        }
        if l.starts_with([' ', '\t']) {
            let (_, v) = pairs.last_mut()?;
            v.push(' ');
            v.push_str(l.trim());
        } else {
            let (k, v) = l.split_once(':')?;
            let key_ok = !k.is_empty()
                && k.len() <= 30
                && k.as_bytes()[0].is_ascii_alphabetic()
                && k.split(' ').count() <= 2
                && k.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b' ');
            if !key_ok || !(v.is_empty() || v.starts_with([' ', '\t'])) {
                return None;
            }
            pairs.push((k.to_ascii_lowercase(), v.trim().to_string()));
        }
        n += 1;
    }
    let known = pairs.iter().any(|(k, _)| {
        matches!(
            k.as_str(),
            "title" | "author" | "authors" | "date" | "created"
        )
    });
    if pairs.len() < 2 || !known {
        return None;
    }
    for (k, v) in &mut pairs {
        if k == "created" {
            *k = "date".into();
        }
        if k == "author" || k == "authors" || k == "from" {
            *v = author_names(v).join(", ");
        }
    }
    Some((n, pairs))
}

/// A message's subject without "Re:", "Fwd:" and list tags: "Re: [gov] Who approved the
/// policy?" is "Who approved the policy?".
fn subject_title(v: &str) -> &str {
    let mut s = v.trim();
    loop {
        let lower = s.get(..4).map(str::to_ascii_lowercase).unwrap_or_default();
        if lower == "re: " || lower == "aw: " || lower == "fw: " {
            s = s[4..].trim_start();
        } else if s.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("fwd: ")) {
            s = s[5..].trim_start();
        } else if let Some(rest) = s.strip_prefix('[').and_then(|r| Some(r.split_once(']')?.1)) {
            s = rest.trim_start();
        } else {
            return s;
        }
    }
}

/// The names in an author field: "Jane Doe <jane@example.org>, John Roe (ACME); Ann Lee"
/// names three people. Addresses and parentheses are dropped, and so is a part of more than
/// five words ("open to all developers" is not a name).
pub(crate) fn author_names(v: &str) -> Vec<String> {
    let mut clean = String::new();
    let mut depth = 0;
    for c in v.chars() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            _ if depth <= 0 => clean.push(c),
            _ => {}
        }
    }
    clean
        .split([',', ';'])
        .map(str::trim)
        .filter(|a| !a.is_empty() && a.split_whitespace().count() <= 5)
        .map(String::from)
        .collect()
}

/// How a list item is numbered: its style and its place in the sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Numbering {
    /// "-", "*", "+", "•" or an RFC's "o": every item the same.
    Bullet(char),
    /// "1.", "2)", "(3)": the number, and the punctuation around it.
    Decimal(u32, char),
    /// "a.", "(b)", "c)".
    Lower(u32, char),
    /// "A.", "(B)".
    Upper(u32, char),
    /// "i.", "(ii)", "iv)".
    Roman(u32, char),
}

impl Numbering {
    /// Whether `next` is the item after this one in the same list.
    fn followed_by(self, next: Numbering) -> bool {
        use Numbering::*;
        match (self, next) {
            (Bullet(a), Bullet(b)) => a == b,
            (Decimal(a, p), Decimal(b, q))
            | (Lower(a, p), Lower(b, q))
            | (Upper(a, p), Upper(b, q))
            | (Roman(a, p), Roman(b, q)) => p == q && b == a + 1,
            _ => false,
        }
    }
    /// Whether a list may open with this item.
    fn opens(self) -> bool {
        use Numbering::*;
        match self {
            Bullet(_) => true,
            Decimal(n, _) => n <= 1,
            Lower(n, _) | Upper(n, _) | Roman(n, _) => n == 1,
        }
    }
}

/// The list-item markers a line may start with, after its indentation: "1. ", "(a) ",
/// "ii) ", "- ", "o  ". A letter that is also a Roman numeral ("i.", "v)") may be either.
fn list_markers(line: &str) -> Vec<Numbering> {
    list_marker(line).0
}

/// The markers of `list_markers`, and the length of the marker and the blanks after it,
/// counted from the line's first non-blank byte (0 where there is no marker).
fn list_marker(line: &str) -> (Vec<Numbering>, usize) {
    if !may_start_with_marker(line) {
        return (Vec::new(), 0);
    }
    let s = line.trim_start();
    let b = s.as_bytes();
    let spaced = |i: usize| {
        b.get(i).is_some_and(|c| *c == b' ' || *c == b'\t')
            && b[i..].iter().any(|c| !c.is_ascii_whitespace())
    };
    let blanks_from = |i: usize| {
        i + b[i..]
            .iter()
            .take_while(|c| **c == b' ' || **c == b'\t')
            .count()
    };
    if let Some(c) = s.chars().next() {
        if matches!(c, '-' | '*' | '+' | '•' | 'o') && spaced(c.len_utf8()) {
            return (vec![Numbering::Bullet(c)], blanks_from(c.len_utf8()));
        }
    }
    let (open, body) = match s.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let (tok, after) = body.split_at(len);
    let punct = match (open, after.as_bytes().first()) {
        (true, Some(b')')) => '(',
        (false, Some(b'.')) => '.',
        (false, Some(b')')) => ')',
        _ => return (Vec::new(), 0),
    };
    let end = b.len() - after.len() + 1;
    if !spaced(end) {
        return (Vec::new(), 0);
    }
    let mut out = Vec::new();
    if (1..=3).contains(&tok.len()) && tok.bytes().all(|c| c.is_ascii_digit()) {
        out.push(Numbering::Decimal(tok.parse().unwrap_or(0), punct));
    }
    if let Some(n) = roman(tok) {
        out.push(Numbering::Roman(n, punct));
    }
    if let [c] = tok.as_bytes() {
        let n = u32::from(c.to_ascii_lowercase().wrapping_sub(b'a')) + 1;
        if c.is_ascii_lowercase() {
            out.push(Numbering::Lower(n, punct));
        } else if c.is_ascii_uppercase() {
            out.push(Numbering::Upper(n, punct));
        }
    }
    let len = if out.is_empty() { 0 } else { blanks_from(end) };
    (out, len)
}

/// Whether a line's first bytes may be a marker's: most lines start with a word, and are
/// told apart here, in bytes.
#[inline]
fn may_start_with_marker(line: &str) -> bool {
    let lead = line
        .bytes()
        .take_while(|c| *c == b' ' || *c == b'\t')
        .count();
    let b = &line.as_bytes()[lead..];
    match b.first() {
        Some(b'-' | b'*' | b'+' | b'o' | b'(' | 0xE2) => true,
        Some(c) if c.is_ascii_alphanumeric() => b
            .iter()
            .take(5)
            .find(|c| !c.is_ascii_alphanumeric())
            .is_some_and(|c| *c == b'.' || *c == b')'),
        _ => false,
    }
}

/// A lowercase Roman numeral up to xx.
fn roman(tok: &str) -> Option<u32> {
    const R: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
        "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];
    R.iter().position(|r| *r == tok).map(|p| p as u32 + 1)
}

/// Where a line starts a list item inside a paragraph: the item after the one that opened
/// the block before it (`last`), or the first item of a list whose next item comes later
/// in the same paragraph. Wrapped prose seldom starts two lines with markers in sequence;
/// without the next one, a line such as "2. Terminology" or "- which" is left as it is.
///
/// `seen`: a marker whose next item was looked for and not found, and the line the search
/// reached; a later line with the same marker resumes there (lines that start alike, "1."
/// over and over, would each search the same lines again).
fn item_at(
    lines: &[Line],
    i: usize,
    last: Option<Numbering>,
    seen: &mut Option<(Numbering, usize)>,
) -> Option<Numbering> {
    if !may_start_with_marker(lines[i].text) {
        return None;
    }
    let marks = list_markers(lines[i].text);
    if let Some(m) = marks
        .iter()
        .find(|m| last.is_some_and(|l| l.followed_by(**m)))
    {
        return Some(*m);
    }
    if !marks.iter().any(|m| m.opens()) {
        return None;
    }
    for m in marks.into_iter().filter(|m| m.opens()) {
        let mut j = match *seen {
            Some((s, reached)) if s == m && reached > i => reached,
            _ => i + 1,
        };
        while j < lines.len() && !lines[j].text.trim().is_empty() {
            if list_markers(lines[j].text)
                .iter()
                .any(|n| m.followed_by(*n))
            {
                return Some(m);
            }
            j += 1;
        }
        // A loose list: blank lines part the items, and the paragraph right after this one
        // opens with the next marker ("1. All power derives from the people." / "2. No
        // body may ..."). A section's numbered title is followed by its text instead.
        let next = (j..lines.len()).find(|&k| !lines[k].text.trim().is_empty());
        if let Some(k) = next.filter(|&k| k > j) {
            if list_markers(lines[k].text)
                .iter()
                .any(|n| m.followed_by(*n))
            {
                return Some(m);
            }
        }
        *seen = Some((m, j));
    }
    None
}

/// Splits lines into raw blocks at blank lines and structural lines; drops fenced code,
/// raw HTML script/style blocks, and page-furniture lines. Returns the blocks and, for each,
/// whether it is a list item.
fn group_blocks<'a>(
    lines: &'a [Line<'a>],
    quotes: bool,
    furniture: &mut usize,
    rows: &mut Vec<usize>,
) -> (Vec<Vec<&'a Line<'a>>>, Vec<bool>) {
    let mut blocks: Vec<Vec<&Line>> = Vec::new();
    // The offsets of the first lines of list items, in order.
    let mut items: Vec<usize> = Vec::new();
    // The marker of the last list item met, while its list may go on.
    let mut last_item: Option<Numbering> = None;
    // The indentation of the last list item's first line.
    let mut item_indent = 0;
    let mut seen: Option<(Numbering, usize)> = None;
    let mut cur: Vec<&Line> = Vec::new();
    let mut fence: Option<&str> = None;
    let mut raw_end: Option<&str> = None;
    let flush = |cur: &mut Vec<&'a Line<'a>>, blocks: &mut Vec<Vec<&'a Line<'a>>>| {
        if !cur.is_empty() {
            blocks.push(std::mem::take(cur));
        }
    };
    let mut fenced: Vec<&'a Line<'a>> = Vec::new();
    // The line past the Markdown table, or the indented code, being skipped.
    let mut skip_to = 0;
    // Where most lines start at the margin, a run of indented lines after a blank line is a
    // code block when it does not read as prose ("    $ warrant load corpus"). An RFC,
    // indented throughout, has no such runs.
    let indented = |l: &Line| l.text.starts_with("    ") || l.text.starts_with('\t');
    // Counted once, when the first indented line after a blank line asks (most documents
    // have none).
    let mut flush_left: Option<bool> = None;
    // A running header or footer of converted pages ("Debian Developer's Reference, Release
    // 12.18", "Chapter 5. Managing Packages"): a short line standing alone between blank
    // lines, the same three times or more. Left in, it is joined to the paragraph that a page
    // break cut.
    let blank = |k: usize| lines.get(k).is_none_or(|l| l.text.trim().is_empty());
    let standalone = |i: usize| (i == 0 || blank(i - 1)) && blank(i + 1);
    let running: rustc_hash::FxHashSet<&str> = {
        let mut seen: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for (i, l) in lines.iter().enumerate() {
            let t = l.text.trim();
            if !t.is_empty()
                && standalone(i)
                && t.len() <= 90
                && !t.starts_with('#')
                && t.chars().any(char::is_alphabetic)
            {
                *seen.entry(t).or_default() += 1;
            }
        }
        seen.into_iter()
            .filter(|&(_, n)| n >= 3)
            .map(|(t, _)| t)
            .collect()
    };
    let share_flush_left = || {
        let nonblank = lines.iter().filter(|l| !l.text.trim().is_empty()).count();
        let left = lines
            .iter()
            .filter(|l| !l.text.trim().is_empty() && !indented(l))
            .count();
        left * 10 >= nonblank * 6
    };
    // The wrap width of the paragraph last asked about: (its first line, past its last, width).
    let mut wrap = (0, 0, 0);
    for (i, l) in lines.iter().enumerate() {
        let s = l.text.trim();
        if let Some(f) = fence {
            if s.starts_with(f) {
                fence = None;
                // Fences in converted RFCs wrap prose pages; keep fenced text that reads as prose.
                if is_prose(&fenced) {
                    for fl in std::mem::take(&mut fenced) {
                        let t = fl.text.trim();
                        if t.is_empty() || is_rule(t) || t.contains('\u{c}') {
                            flush(&mut cur, &mut blocks);
                        } else if is_furniture_line(t) {
                            *furniture += 1;
                            flush(&mut cur, &mut blocks);
                        } else {
                            cur.push(fl);
                        }
                    }
                    flush(&mut cur, &mut blocks);
                }
                fenced.clear();
            } else {
                fenced.push(l);
            }
            continue;
        }
        if let Some(end) = raw_end {
            if s.to_ascii_lowercase().contains(end) {
                raw_end = None;
            }
            continue;
        }
        if s.starts_with("```") || s.starts_with("~~~") {
            flush(&mut cur, &mut blocks);
            fence = Some(if s.starts_with("```") { "```" } else { "~~~" });
            continue;
        }
        let raw = [
            ("<style", "</style"),
            ("<script", "</script"),
            ("<!--", "-->"),
        ]
        .into_iter()
        .find(|(o, _)| starts_with_ignore_ascii_case(s, o));
        if let Some((_, end)) = raw {
            flush(&mut cur, &mut blocks);
            if !s.to_ascii_lowercase().contains(end) {
                raw_end = Some(end);
            }
            continue;
        }
        // A Markdown table (a header row over a row of dashes, then rows): cells, not
        // sentences, kept out of the text.
        if i < skip_to {
            *furniture += 1;
            continue;
        }
        if indented(l)
            && cur.is_empty()
            && (i == 0 || lines[i - 1].text.trim().is_empty())
            && !may_start_with_marker(s)
            && *flush_left.get_or_insert_with(share_flush_left)
        {
            // One block: up to the next blank line.
            let run = lines[i..]
                .iter()
                .take_while(|n| indented(n) && !n.text.trim().is_empty())
                .count();
            // Only a block whose first line looks like code is read whole (the indented
            // paragraphs, lists and references of converted RFCs are not).
            let code: Vec<&Line> = lines[i..i + run].iter().collect();
            if looks_like_code(s) && !is_prose(&code) {
                skip_to = i + run;
                *furniture += 1;
                continue;
            }
        }
        if s.contains('|') && lines.get(i + 1).is_some_and(|n| is_table_delimiter(n.text)) {
            // A Markdown table: its header and delimiter are markup; each row of its body is
            // a block of its own ("Technical Committee | Decides disputes | Appointed by the
            // Steering Council"), its cells kept together.
            flush(&mut cur, &mut blocks);
            let n = lines[i + 2..]
                .iter()
                .take_while(|n| n.text.contains('|') && !n.text.trim().is_empty())
                .count();
            table_rows(&lines[i + 2..i + 2 + n], rows, &mut blocks, furniture);
            skip_to = i + 2 + n;
            *furniture += 2;
            continue;
        }
        // Rows set between pipes without a header ("| Technical Committee | Appointed by
        // the Steering Council |", a page's table without headers): two lines or more.
        let piped = |t: &str| {
            let t = t.trim();
            t.len() > 2 && t.starts_with('|') && t.ends_with('|')
        };
        if piped(s) && lines.get(i + 1).is_some_and(|n| piped(n.text)) {
            flush(&mut cur, &mut blocks);
            let run = lines[i..].iter().take_while(|n| piped(n.text)).count();
            table_rows(&lines[i..i + run], rows, &mut blocks, furniture);
            skip_to = i + run;
            continue;
        }
        if s.is_empty()
            || s.starts_with(":::")
            || is_rule(s)
            || s.starts_with("--- ")
            || s.contains('\u{c}')
        {
            flush(&mut cur, &mut blocks);
            continue;
        }
        // A quotation's edges are block edges: "On Mon, Jane Doe wrote:" and the "> " lines
        // under it are not one sentence, nor is the reply that follows them.
        if quotes
            && cur
                .first()
                .is_some_and(|f| f.text.trim_start().starts_with('>') != s.starts_with('>'))
        {
            flush(&mut cur, &mut blocks);
        }
        if is_furniture_line(s) || running.contains(s) && standalone(i) {
            *furniture += 1;
            flush(&mut cur, &mut blocks);
            continue;
        }
        // A Markdown heading, a footnote definition or a reference entry starts its own block.
        let starts_block = s.starts_with('#') && s.trim_start_matches('#').starts_with(' ')
            || (MD_DEF.is_match(s) && !cur.is_empty());
        if starts_block {
            flush(&mut cur, &mut blocks);
        }
        if !s.chars().any(char::is_alphanumeric) && !s.starts_with('#') {
            // Table debris such as "|" or "||": no text.
            *furniture += 1;
            flush(&mut cur, &mut blocks);
            continue;
        }
        // A list item starts a block of its own, so that no sentence runs from one item into
        // the next ("... the authority of the body 1. The outcome ...").
        let item = if starts_block {
            None
        } else {
            item_at(lines, i, last_item, &mut seen)
        };
        let indent = l.text.len() - l.text.trim_start().len();
        if item.is_some() {
            flush(&mut cur, &mut blocks);
            items.push(l.at);
            last_item = item;
            item_indent = indent;
        } else if cur.is_empty() && indent <= item_indent {
            // A block indented past the last item's marker is that item's body ("    1. Free
            // Redistribution" over "       The license ..."): its list goes on after it.
            last_item = None;
        }
        // A reference list written an entry a line ("[1] https://...", then "[2] ..."): each
        // entry is a block, as those parted by blank lines are.
        if cur
            .first()
            .is_some_and(|f| f.text.trim_start().starts_with('['))
            && s.starts_with('[')
            && bracketed_key(&REF_ENTRY, s).is_some()
            && bracketed_key(&REF_ENTRY, cur[0].text.trim_start()).is_some()
            && timestamp_prefix(s) == 0
        {
            flush(&mut cur, &mut blocks);
        }
        cur.push(l);
        if title_line(lines, i, &mut wrap) {
            flush(&mut cur, &mut blocks);
            continue;
        }
        // A heading stands alone; so does a long line (text written one paragraph per
        // line, as in web copy-paste): wrapped prose lines are short.
        if s.starts_with('#') && s.trim_start_matches('#').starts_with(' ')
            || s.chars().count() > 110
        {
            flush(&mut cur, &mut blocks);
        }
    }
    flush(&mut cur, &mut blocks);
    let is_item = blocks
        .iter()
        .map(|b| items.binary_search(&b[0].at).is_ok())
        .collect();
    (blocks, is_item)
}

/// The width the paragraph around line `i` is wrapped at (its longest line, in
/// characters), where it reads as hard-wrapped text: three or more lines, half of them at
/// least four fifths of the longest. Elsewhere (one clause per line, short lines) 0.
/// Returns the paragraph's first line, the line past its last, and the width.
fn wrap_width(lines: &[Line], i: usize) -> (usize, usize, usize) {
    let blank = |l: &Line| l.text.trim().is_empty();
    let a = i - lines[..i].iter().rev().take_while(|l| !blank(l)).count();
    let z = i + lines[i..].iter().take_while(|l| !blank(l)).count();
    let run = || lines[a..z].iter().map(|l| width_of(l.text));
    let max = run().max().unwrap_or(0);
    let full = run().filter(|&n| n * 5 >= max * 4).count();
    let wrapped = z - a >= 3 && full * 2 >= z - a && max < LONG_LINE;
    (a, z, if wrapped { max } else { 0 })
}

/// The width given to a line of more than 160 bytes: text written a paragraph per line,
/// not wrapped (its characters are not counted).
const LONG_LINE: usize = 10_000;

/// A line's width in characters up to its last non-blank one (0 for a blank line).
fn width_of(line: &str) -> usize {
    if line.len() > 160 {
        return LONG_LINE;
    }
    let t = line.trim_end();
    if t.is_ascii() {
        // A line of blanks only is blank too.
        if t.bytes().all(|b| b == b' ' || b == b'\t') {
            0
        } else {
            t.len()
        }
    } else if t.trim_start().is_empty() {
        0
    } else {
        t.chars().count()
    }
}

/// The title centred on a plain-text front page, as RFCs and Internet-Drafts set it under
/// their header: the first block, among the first few, whose lines (at most four, none
/// ending a sentence or a clause, none in two columns) stand centred between the text's
/// margin and its widest line. Its index and text; an Internet-Draft's name ("draft-...")
/// under the title is no part of it.
fn front_title(blocks: &[Vec<&Line>]) -> Option<(usize, String)> {
    let indent = |l: &Line| l.text.len() - l.text.trim_start().len();
    // The margin and the width are read off the front page and the text under it (the
    // first blocks), not the whole document.
    let lines = || {
        blocks
            .iter()
            .take(40)
            .flatten()
            .filter(|l| !l.text.trim().is_empty())
    };
    // Tabs and text not wrapped (a paragraph a line) are set otherwise.
    if lines().any(|l| l.text.contains('\t') || width_of(l.text) >= LONG_LINE) {
        return None;
    }
    let margin = lines().map(|l| indent(l)).min()?;
    let widest = lines().map(|l| width_of(l.text)).max()?;
    let centred = |l: &Line| {
        let t = l.text.trim();
        let (left, right) = (indent(l) - margin, widest.saturating_sub(width_of(l.text)));
        left >= 8
            && right >= 4
            && left.abs_diff(right) <= 10
            && !t.ends_with(['.', ',', ';', ':'])
            && !t.contains("   ")
    };
    let is_name = |l: &&Line| {
        let t = l.text.trim().trim_start_matches('<');
        t.starts_with("draft-") && !t.contains(' ')
    };
    let (i, b) =
        blocks.iter().enumerate().take(8).find(|(_, b)| {
            b.len() <= 4 && b.iter().all(|l| centred(l)) && !b.iter().all(is_name)
        })?;
    let title: Vec<&str> = b
        .iter()
        .filter(|l| !is_name(l))
        .map(|l| l.text.trim())
        .collect();
    let title = title.join(" ");
    title.chars().any(char::is_alphabetic).then_some((i, title))
}

/// A table's rows, each a block of its own (its offset kept in `rows`); a delimiter row and
/// a row of empty cells are furniture.
fn table_rows<'a>(
    run: &'a [Line<'a>],
    rows: &mut Vec<usize>,
    blocks: &mut Vec<Vec<&'a Line<'a>>>,
    furniture: &mut usize,
) {
    for row in run {
        if is_table_delimiter(row.text) || row.text.split('|').all(|c| c.trim().is_empty()) {
            *furniture += 1;
            continue;
        }
        rows.push(row.at);
        blocks.push(vec![row]);
    }
}

/// Whether line `i` of hard-wrapped text is a title run into its paragraph ("1. Debian will
/// remain 100% free" above "We provide the guidelines ..."): it has no closing punctuation,
/// the next line starts with a capital, and the next line's first word would have fit on it
/// with room to spare. A wrapped line ends where the next word does not fit; one ending this
/// short was ended by its writer. `wrap`: the last paragraph's `wrap_width`, kept between
/// calls (it is worked out only for lines that pass the other tests).
fn title_line(lines: &[Line], i: usize, wrap: &mut (usize, usize, usize)) -> bool {
    const SPARE: usize = 10;
    let line = lines[i].text.trim_end();
    if line.ends_with(['.', '?', '!', ':', ';', ',', '"', '”', ')', ']', '-']) {
        return false;
    }
    let Some(next) = lines.get(i + 1).map(|l| l.text.trim_start()) else {
        return false;
    };
    // A title over the date alone that ends the block ("Regular Meeting of the Board" /
    // "16 October 2014"): a heading and its date, not one sentence.
    if next.len() <= 32
        && lines.get(i + 2).is_none_or(|l| l.text.trim().is_empty())
        && is_date(next.trim_end())
        && looks_like_heading(line)
    {
        return true;
    }
    if !next.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    if !(wrap.0..wrap.1).contains(&i) {
        *wrap = wrap_width(lines, i);
    }
    let first = next.split(char::is_whitespace).next().unwrap_or("");
    if wrap.2 > 0 {
        return width_of(line) + 1 + first.chars().count() + SPARE <= wrap.2;
    }
    // Text not wrapped, a paragraph a line: a numbered title of a few words over a sentence
    // ("3. Removal of members" over "The Minister may remove ...").
    let title = line.trim_start();
    HEADING_NUM.is_match(title)
        && crate::ingest::words::word_count_up_to(title, 9) <= 8
        && next.trim_end().ends_with(['.', '!', '?', ':', ';'])
        && width_of(next) > 2 * width_of(title)
}

/// A line as code starts or ends: a shell prompt, a comment, a call, a statement or a
/// block ("$ warrant load", ">>> f()", "x = 1;", "fn main() {").
fn looks_like_code(line: &str) -> bool {
    let t = line.trim();
    ["$ ", "% ", ">>>", "//", "#!", "<"]
        .iter()
        .any(|p| t.starts_with(p))
        || t.ends_with(['{', '}', ';', '(', '[', '\\'])
        || t.contains("()")
        || t.contains(" = ")
        || t.contains("::")
        || t.contains("->")
}

/// Mostly letters and few code symbols: prose, not code.
fn is_prose(lines: &[&Line]) -> bool {
    let (mut letters, mut symbols, mut total) = (0usize, 0usize, 0usize);
    for l in lines {
        let (a, s, t) = prose_counts(l.text);
        letters += a;
        symbols += s;
        total += t;
    }
    total > 0 && letters * 100 >= total * 70 && symbols * 100 <= total * 3
}

/// Letters, code symbols and characters that are not whitespace in `text`. Byte by byte
/// where the text is ASCII (most lines are): whitespace and letters as `char` has them.
fn prose_counts(text: &str) -> (usize, usize, usize) {
    let symbol = |c: char| {
        matches!(
            c,
            '{' | '}' | ';' | '=' | '<' | '>' | '$' | '\\' | '|' | '(' | ')'
        )
    };
    let (mut letters, mut symbols, mut total) = (0, 0, 0);
    if text.is_ascii() {
        for &b in text.as_bytes() {
            if super::words::is_space(b) {
                continue;
            }
            total += 1;
            if b.is_ascii_alphabetic() {
                letters += 1;
            } else if symbol(b as char) {
                symbols += 1;
            }
        }
        return (letters, symbols, total);
    }
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        total += 1;
        if c.is_alphabetic() {
            letters += 1;
        } else if symbol(c) {
            symbols += 1;
        }
    }
    (letters, symbols, total)
}

fn is_rule(s: &str) -> bool {
    let mut marks = s.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    let mut n = 1;
    for c in marks {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3 && matches!(first, '-' | '*' | '_' | '=')
}

/// Page furniture: recognisable by shape, whatever the document. It runs for every line:
/// each rule is tried only when the line has what every match of it has (`[Page` at the
/// end, `RFC`/`Internet-Draft` at the start, a dot leader before a final number, `[Vol.`).
fn is_furniture_line(s: &str) -> bool {
    let end = s.trim_end();
    (end.ends_with(']') && PAGE_FOOTER.is_match(s))
        || ((s.starts_with("RFC") || s.starts_with("Internet-Draft")) && RFC_HEADER.is_match(s))
        || (end.ends_with(char::is_numeric)
            && (s.contains("....") || s.contains(" . . ."))
            && TOC_LEADER.is_match(s))
        || (s.contains("[Vol.") && RUNNING_HEAD.is_match(s))
        || (s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit()))
        || starts_with_ignore_ascii_case(s, "doi:")
        || is_release_slug(s)
        || (starts_with_ignore_ascii_case(s, "copyright ©")
            || starts_with_ignore_ascii_case(s, "copyright (c)"))
            && s.len() < 90
            && !s.ends_with(['.', ','])
}

/// A press release's slug over its headline ("FOR IMMEDIATE RELEASE", "News Release"):
/// the kind of the page, neither its title nor a claim.
fn is_release_slug(s: &str) -> bool {
    let s = s.trim().trim_end_matches([':', '.']);
    s.len() <= 24
        && [
            "for immediate release",
            "press release",
            "news release",
            "media release",
            "media advisory",
            "for release",
        ]
        .iter()
        .any(|p| s.eq_ignore_ascii_case(p))
}

fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Keys of all `<sup>` markers in the source: plain-text notes `N. ...` are only accepted
/// as footnote bodies when the document calls them.
fn sup_keys(src: &str) -> BTreeSet<u32> {
    let mut keys = BTreeSet::new();
    for i in memchr::memmem::find_iter(src.as_bytes(), "<sup") {
        if let Some(c) = SUP.captures(&src[i..]) {
            for k in expand_keys(&c[1]) {
                if let Ok(n) = k.parse() {
                    keys.insert(n);
                }
            }
        }
    }
    keys
}

/// "12 Text" or "12. Text": a note's number at the start of a line (up to three blanks in),
/// and where its text starts.
fn bare_note_number(s: &str) -> Option<(u32, usize)> {
    let t = s.trim_start_matches(' ');
    if s.len() - t.len() > 3 {
        return None;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || t.starts_with('0') {
        return None;
    }
    let rest = t[digits..].strip_prefix('.').unwrap_or(&t[digits..]);
    let text = rest.trim_start_matches([' ', '\t']);
    (text.len() < rest.len() && !text.is_empty())
        .then(|| (t[..digits].parse().ok(), s.len() - text.len()))
        .and_then(|(n, at)| Some((n?, at)))
}

/// Notes called by digits glued to a word, as text extracted from a PDF writes them:
/// "... make law.1 The courts ..." over "1 R (Miller) v Secretary of State ...". Read only
/// where the lines that open with a number run 1, 2, 3, ... (three or more), and calls of
/// those numbers stand, in the same order, each before its note, for four notes in five at
/// least: a numbered list or a year in the text does not make notes. Returns each note's
/// first line (its offset in the source) with its number, and each call's offset, length
/// and key.
fn glued_notes(lines: &[Line]) -> Option<(Vec<(usize, u32)>, Vec<GluedCall>)> {
    // Lines that open with a number, after a blank line or another such line's run.
    let numbered: Vec<(usize, u32)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| bare_note_number(l.text).map(|(n, _)| (i, n)))
        .collect();
    if numbered.len() < 3 {
        return None;
    }
    // The longest run 1, 2, 3, ... in line order; of equal runs, the last (notes follow the
    // text; a numbered list in it comes first).
    let mut best: Vec<(usize, u32)> = Vec::new();
    // From the last 64 lines numbered 1 at most: a file of such lines stays linear.
    let ones: Vec<usize> = (0..numbered.len())
        .filter(|&k| numbered[k].1 == 1)
        .collect();
    for &k in &ones[ones.len().saturating_sub(64)..] {
        let mut run = vec![numbered[k]];
        for &(li, m) in &numbered[k + 1..] {
            if m == run.last().unwrap().1 + 1 {
                run.push((li, m));
            }
        }
        if run.len() >= best.len() {
            best = run;
        }
    }
    if best.len() < 3 {
        return None;
    }
    let note_line: BTreeSet<usize> = best.iter().map(|b| b.0).collect();
    // Calls in text order, each the next number after the last.
    let mut calls: Vec<GluedCall> = Vec::new();
    let mut next = 1u32;
    let mut call_line: Vec<usize> = Vec::new();
    for (li, l) in lines.iter().enumerate() {
        if note_line.contains(&li) {
            continue;
        }
        let b = l.text.as_bytes();
        let mut i = 1;
        while i < b.len() {
            if !b[i].is_ascii_digit() || b[i - 1].is_ascii_digit() {
                i += 1;
                continue;
            }
            let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let after = b.get(i + digits).copied();
            // After a lowercase letter or a sentence's punctuation that follows a word (not
            // "5.2", "G7", "x 3"), and before a blank, punctuation or the line's end.
            let before = b[i - 1];
            let word_end = before.is_ascii_lowercase()
                || matches!(before, b'.' | b',' | b';' | b':' | b')' | b'"' | b'\'')
                    && i >= 2
                    && b[i - 2].is_ascii_alphabetic()
                || l.text[..i].ends_with(['”', '’']);
            let ends =
                after.is_none_or(|c| matches!(c, b' ' | b'\t' | b'.' | b',' | b';' | b':' | b')'));
            if word_end && ends && digits <= 3 {
                if l.text[i..i + digits].parse::<u32>() == Ok(next) {
                    calls.push((l.at + i, digits, next.to_string()));
                    call_line.push(li);
                    next += 1;
                }
            }
            i += digits;
        }
    }
    // Each call before its note.
    let called: Vec<GluedCall> = calls
        .into_iter()
        .zip(call_line)
        .filter(|((_, _, key), li)| {
            best.iter()
                .find(|b| b.1.to_string() == *key)
                .is_some_and(|b| b.0 > *li)
        })
        .map(|(c, _)| c)
        .collect();
    if called.len() < 3 || called.len() * 5 < best.len() * 4 {
        return None;
    }
    Some((
        best.iter().map(|&(li, n)| (lines[li].at, n)).collect(),
        called,
    ))
}

/// Blocks split so that each line at one of `starts` (source offsets, sorted) opens a block
/// of its own; a new block is no list item.
fn split_at_lines<'a>(
    blocks: Vec<Vec<&'a Line<'a>>>,
    items: Vec<bool>,
    starts: &[(usize, u32)],
) -> (Vec<Vec<&'a Line<'a>>>, Vec<bool>) {
    let mut out_b = Vec::with_capacity(blocks.len());
    let mut out_i = Vec::with_capacity(items.len());
    for (b, item) in blocks.into_iter().zip(items) {
        let mut cur: Vec<&Line> = Vec::new();
        let mut first = true;
        for l in b {
            if !cur.is_empty() && starts.binary_search_by_key(&l.at, |s| s.0).is_ok() {
                out_b.push(std::mem::take(&mut cur));
                out_i.push(item && first);
                first = false;
            }
            cur.push(l);
        }
        if !cur.is_empty() {
            out_b.push(cur);
            out_i.push(item && first);
        }
    }
    (out_b, out_i)
}

/// A run of superscript digits at the start of `s` ("¹²"), as ASCII digits ("12"), and its
/// length in bytes.
fn superscript_run(s: &str) -> Option<(String, usize)> {
    // Every superscript digit's UTF-8 starts with 0xC2 (¹²³) or 0xE2 (⁰, ⁴–⁹).
    if !matches!(s.as_bytes().first(), Some(0xC2 | 0xE2)) {
        return None;
    }
    let mut key = String::new();
    let mut len = 0;
    for c in s.chars() {
        let d = match c {
            '⁰' => '0',
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            '⁴'..='⁹' => char::from(b'4' + (c as u32 - '⁴' as u32) as u8),
            _ => break,
        };
        key.push(d);
        len += c.len_utf8();
    }
    (!key.is_empty() && key.len() <= 4).then_some((key, len))
}

/// A note that opens with its superscript number and a blank ("¹ Padfield v ..."): its key
/// and where its text starts.
fn superscript_note(s: &str) -> Option<(String, usize)> {
    let (key, n) = superscript_run(s)?;
    let rest = &s[n..];
    let text = rest.trim_start_matches([' ', '\t']);
    (text.len() < rest.len() && !text.is_empty()).then(|| (key, s.len() - text.len()))
}

/// `4–6` -> 4,5,6 ; `3,5` -> 3,5.
pub fn expand_keys(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in s.split(',') {
        let part = part.trim();
        if let Some((a, b)) = part.split_once(['-', '–']) {
            if let (Ok(a), Ok(b)) = (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
                if a <= b && b - a < 50 {
                    out.extend((a..=b).map(|n| n.to_string()));
                    continue;
                }
            }
        }
        if !part.is_empty() {
            out.push(part.to_string());
        }
    }
    out
}

/// Block kinds and keys before emission.
/// `items`: whether each block is a list item (never a heading).
fn classify(
    blocks: &[Vec<&Line>],
    items: &[bool],
    sup: &BTreeSet<u32>,
    rows: &[usize],
) -> Vec<(BlockKind, Option<String>)> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut last_note = 0u32;
    // Whether a word before has called a note by an asterisk ("Jane Roe*" in a byline).
    let mut star_called = false;
    for (bi, b) in blocks.iter().enumerate() {
        let first = b[0].text.trim();
        // A table's row is what its cells say, set short as titles are.
        if rows.binary_search(&b[0].at).is_ok() {
            out.push((BlockKind::Paragraph, None));
            continue;
        }
        // "* Professor of Law, Example University." under a byline "Jane Roe*": the author's
        // note in plain text, one line, called by the asterisk (a bullet list is not called).
        if star_called
            && b.len() == 1
            && first
                .strip_prefix("* ")
                .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_uppercase()))
        {
            out.push((BlockKind::Note, Some("*".to_string())));
            star_called = false;
            continue;
        }
        // The call: a byline, one short line whose last word is a capitalized name with
        // the asterisk ("Jane Roe*", "By Ann Lee and Bo Chen*").
        star_called |= b.len() == 1
            && first.ends_with('*')
            && !first.ends_with("**")
            && first
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.len() > 2 && w.starts_with(|c: char| c.is_uppercase()))
            && crate::ingest::words::word_count_up_to(first, 9) <= 8;
        let all: String = b
            .iter()
            .map(|l| l.text.trim())
            .collect::<Vec<_>>()
            .join(" ");
        if first.starts_with('#') && first.trim_start_matches('#').starts_with(' ') {
            out.push((BlockKind::Heading, None));
            continue;
        }
        if let Some(c) = MD_DEF.captures(first) {
            out.push((BlockKind::Note, Some(c[1].to_string())));
            continue;
        }
        if let Some(c) = SYMBOL_NOTE.captures(first) {
            // An author's note ("\\* UC Irvine School of Law; ..."), called by a symbol.
            out.push((
                BlockKind::Note,
                Some(c[1].trim_start_matches('\\').to_string()),
            ));
            continue;
        }
        if let Some(c) = ANCHOR_NOTE.captures(first) {
            if c[1].parse::<u32>().is_ok_and(|n| sup.contains(&n)) {
                out.push((BlockKind::Note, Some(c[1].to_string())));
                continue;
            }
        }
        if let Some((key, _)) = superscript_note(first) {
            out.push((BlockKind::Note, Some(key)));
            continue;
        }
        if let Some(c) = PLAIN_NOTE.captures(first) {
            if let Ok(n) = c[1].parse::<u32>() {
                if sup.contains(&n) && n > last_note && n <= last_note + 3 {
                    last_note = n;
                    out.push((BlockKind::Note, Some(n.to_string())));
                    continue;
                }
            }
        }
        if first.to_ascii_lowercase().starts_with("copyright")
            && (first.contains('©') || first.contains("(c)") || first.contains("(C)"))
        {
            out.push((BlockKind::Furniture, None));
            continue;
        }
        if let Some(c) = bracketed_key(&REF_ENTRY, first).filter(|_| timestamp_prefix(first) == 0) {
            // Becomes a Reference only inside a references section (decided at emission).
            out.push((BlockKind::Paragraph, Some(c[1].to_string())));
            continue;
        }
        // A short line continued in lower case by the next body block (past footnotes) is
        // a paragraph cut by a page break, not a heading.
        let continued = blocks[bi + 1..]
            .iter()
            .map(|n| n[0].text.trim_start())
            .find(|t| !PLAIN_NOTE.is_match(t) && !MD_DEF.is_match(t) && !SYMBOL_NOTE.is_match(t))
            .is_some_and(|t| t.starts_with(char::is_lowercase) && !outline_title(t));
        // A list item is no heading, nor is the line that leads into a list ("An
        // individual Developer may" above "1. make any decision ...").
        let leads_in = blocks
            .get(bi + 1)
            .is_some_and(|n| items[bi + 1] && n[0].no == b[b.len() - 1].no + 1);
        // A line in capitals ("REGULATION (EU) 2024/1 OF THE EUROPEAN PARLIAMENT") is a
        // title even where a line in lower case follows it: a paragraph cut by a page break
        // is not written in capitals.
        // A numbered line of a few words, no list's item, that is neither followed nor
        // preceded by an item numbered so is a section's title ("2. Functions of the
        // Commission" over "(1) The Commission shall ..."); a list's items follow one another.
        let numbered = |k: usize| {
            blocks[k][0]
                .text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
                && HEADING_NUM.is_match(blocks[k][0].text.trim_start())
        };
        let section_title = !items[bi]
            && numbered(bi)
            && crate::ingest::words::word_count_up_to(&all, 9) <= 8
            && !(bi > 0 && items[bi - 1] && numbered(bi - 1))
            && blocks.get(bi + 1).is_some_and(|n| {
                let t = n[0].text.trim_start();
                !numbered(bi + 1) && t.starts_with(|c: char| c.is_uppercase() || c == '(')
            });
        if b.len() == 1
            && looks_like_heading(&all)
            && (!continued || is_capitals(&all))
            && (!items[bi] && !leads_in || section_title)
        {
            out.push((BlockKind::Heading, None));
            continue;
        }
        // Lines set each at its own place far from the margin ("U.S. Senate," over
        // "Committee on Commerce, Science, and Transportation," over "Washington, DC." in a
        // hearing's record): a title page's centred or right-set lines, not prose, whose
        // lines share a margin, nor a quotation, indented as one.
        if set_apart(b) {
            out.push((BlockKind::Heading, None));
            continue;
        }
        // The line in lower case under such a title ("on harmonised rules for widgets") is
        // its subtitle, unpunctuated as titles are.
        let under_capitals = bi > 0
            && out
                .last()
                .is_some_and(|k: &(BlockKind, Option<String>)| k.0 == BlockKind::Heading)
            && blocks[bi - 1].len() == 1
            && is_capitals(blocks[bi - 1][0].text.trim());
        if under_capitals
            && b.len() == 1
            && first.starts_with(|c: char| c.is_lowercase())
            && !first.ends_with(['.', '?', '!', ':', ';', ','])
            && crate::ingest::words::word_count_up_to(first, 15) <= 14
        {
            out.push((BlockKind::Heading, None));
            continue;
        }
        out.push((BlockKind::Paragraph, None));
    }
    out
}

/// Two to six short lines, each indented ten columns or more and not all alike.
fn set_apart(b: &[&Line]) -> bool {
    if !(2..=6).contains(&b.len()) {
        return false;
    }
    let indents: Vec<usize> = b
        .iter()
        .map(|l| l.text.len() - l.text.trim_start_matches(' ').len())
        .collect();
    let (lo, hi) = (
        *indents.iter().min().unwrap_or(&0),
        *indents.iter().max().unwrap_or(&0),
    );
    lo >= 10 && hi - lo >= 6 && b.iter().all(|l| l.text.trim().chars().count() <= 72)
}

/// Two words or more, every letter a capital.
fn is_capitals(s: &str) -> bool {
    // The letters first: most lines fail at their second.
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .nth(1)
            .is_some()
}

/// The row of dashes under a Markdown table's header: `|------|:---:|`.
fn is_table_delimiter(s: &str) -> bool {
    let s = s.trim();
    s.contains('|')
        && s.trim_matches('|').split('|').all(|cell| {
            let c = cell.trim();
            c.len() >= 3 && c.trim_matches(':').bytes().all(|b| b == b'-')
        })
}

/// A chat's line: its time, if any, and the nick in angle brackets; a meeting bot's command
/// after them ("#topic", "#agreed") is markup too.
static CHAT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?:[\[(]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])]?[ \t]+)?<[@+%&~ ]?([A-Za-z_\[\]\\^{}|`][A-Za-z0-9_\-\[\]\\^{}|`.]{0,31})>[ \t]+(?:#(?:startmeeting|endmeeting|topic|info|agreed|action|link|idea|chair|chairs|undo|vote|startvote|endvote|accepted|rejected|help)(?-u:\b)[ \t]*)?").unwrap()
});

/// Names of HTML's elements that a line of Markdown may open with.
const HTML_TAG_NAMES: &[&str] = &[
    "p",
    "br",
    "b",
    "i",
    "a",
    "u",
    "s",
    "em",
    "strong",
    "div",
    "span",
    "li",
    "ul",
    "ol",
    "td",
    "tr",
    "th",
    "table",
    "hr",
    "img",
    "sup",
    "sub",
    "code",
    "pre",
    "small",
    "center",
    "font",
    "tt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "details",
    "summary",
    "kbd",
    "abbr",
    "cite",
    "q",
    "mark",
    "del",
    "ins",
];

/// The lines of a chat's log (IRC as meetings keep it: "[19:01:03] <bdale> The committee
/// does not ..."): their offsets, nicks and the length of their markup past leading blanks.
/// Three lines or more, else none: a line that opens with "<word>" once is no log.
fn chat_log(lines: &[Line]) -> Vec<(usize, String, usize)> {
    let mut out = Vec::new();
    for l in lines {
        let s = l.text;
        // Most lines open with neither a time nor a nick.
        let first = s.trim_start().bytes().next();
        if !matches!(first, Some(b'<' | b'[' | b'(' | b'0'..=b'9')) {
            continue;
        }
        if let Some(c) = CHAT_LINE.captures(s) {
            // "<p> ...", "<br> ...": HTML in Markdown, no nick.
            if HTML_TAG_NAMES.contains(&c[1].to_ascii_lowercase().as_str()) {
                continue;
            }
            let lead = s.len() - s.trim_start().len();
            out.push((l.at, c[1].to_string(), c.get(0).unwrap().end() - lead));
        }
    }
    if out.len() < 3 {
        out.clear();
    }
    out
}

/// Paragraphs numbered in brackets ("[1] This appeal concerns ...", as courts in England and
/// the Commonwealth number a judgment's): their numbers are no reference list's keys, and no
/// part of what the paragraphs say. Read so where three or more paragraphs open with whole
/// numbers rising by one, the text calls at most a third of them before they stand, and
/// the paragraphs run on past other blocks (headings, a judge's name) or are long, as a list
/// of references is not. Their keys are taken away; the flags say which raw blocks they are.
fn paragraph_numbers(
    kinds: &mut [(BlockKind, Option<String>)],
    blocks: &[Vec<&Line>],
    src: &str,
) -> Vec<bool> {
    let mut flags = vec![false; kinds.len()];
    let entries: Vec<(usize, u32)> = kinds
        .iter()
        .enumerate()
        .filter(|(_, k)| k.0 == BlockKind::Paragraph)
        .filter_map(|(i, k)| Some((i, k.1.as_deref()?.parse::<u32>().ok()?)))
        .collect();
    if entries.len() < 3 || entries.windows(2).any(|w| w[1].1 != w[0].1 + 1) {
        return flags;
    }
    let apart = entries.windows(2).any(|w| w[1].0 != w[0].0 + 1);
    let words: usize = entries
        .iter()
        .map(|&(i, _)| {
            blocks[i]
                .iter()
                .map(|l| l.text.split_whitespace().count())
                .sum::<usize>()
        })
        .sum();
    let long = words >= 25 * entries.len();
    if !(apart || long) {
        return flags;
    }
    // Where each number first stands in brackets. A list's entries are called before them, in
    // the text they support; a judgment's paragraphs are pointed back to ("for the reasons
    // given at [2]") from after them.
    let mut first: rustc_hash::FxHashMap<u32, usize> = Default::default();
    for (i, _) in src.match_indices('[') {
        let digits = src[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
        if (1..=4).contains(&digits) && src[i + 1 + digits..].starts_with(']') {
            if let Ok(n) = src[i + 1..i + 1 + digits].parse::<u32>() {
                first.entry(n).or_insert(i);
            }
        }
    }
    let called = entries
        .iter()
        .filter(|&&(i, n)| first.get(&n).is_some_and(|&at| at < blocks[i][0].at))
        .count();
    if called * 3 > entries.len() {
        return flags;
    }
    for &(i, _) in &entries {
        kinds[i].1 = None;
        flags[i] = true;
    }
    flags
}

/// Three or more consecutive `[KEY] ...` blocks are a reference list even without a
/// "References" heading (e.g. converted wiki pages).
fn mark_reference_runs(
    mut kinds: Vec<(BlockKind, Option<String>)>,
) -> Vec<(BlockKind, Option<String>)> {
    let is_entry = |k: &(BlockKind, Option<String>)| k.0 == BlockKind::Paragraph && k.1.is_some();
    let mut i = 0;
    while i < kinds.len() {
        if is_entry(&kinds[i]) {
            let mut j = i;
            while j < kinds.len() && is_entry(&kinds[j]) {
                j += 1;
            }
            if j - i >= 3 {
                for k in &mut kinds[i..j] {
                    k.0 = BlockKind::Reference;
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    kinds
}

/// A one-line block without closing punctuation and short enough to be a title.
/// `s` without a note's call glued after its closing punctuation ("... a mandate.5", as text
/// from a PDF writes calls): a sentence so ended is closed. Not a section's number ("Section
/// 3.2").
fn without_glued_call(s: &str) -> &str {
    let core = s.trim_end_matches(|c: char| c.is_ascii_digit());
    let mut back = core.chars().rev();
    let punct = back.next();
    let word_end = back.next().is_some_and(char::is_alphabetic);
    if core.len() < s.len()
        && s.len() - core.len() <= 3
        && punct.is_some_and(|c| matches!(c, '.' | '?' | '!' | '"' | '”' | ')'))
        && word_end
    {
        core
    } else {
        s
    }
}

fn looks_like_heading(s: &str) -> bool {
    // A line carrying a footnote call is a sentence; one with an address is contact data;
    // one signed as a talk page's comment ("... Bob Smith (talk) 15:10, 3 May 2021 (UTC)") a
    // comment.
    if s.contains("[^")
        || s.trim_end().ends_with("(UTC)") && s.contains("(talk")
        || s.to_ascii_lowercase().contains("<sup")
        || s.contains('@')
        || s.contains("://")
    {
        return false;
    }
    let s = without_glued_call(s.trim().trim_matches(['*', '_']));
    let words = crate::ingest::words::word_count_up_to(s, 15);
    if words == 0 || words > 14 || s.len() > 110 {
        return false;
    }
    if s.ends_with(['.', '?', '!', ':', ';', ',', '"', '”']) && !HEADING_NUM.is_match(s) {
        return false;
    }
    // A numbered line that ends in a period is a title ("3. Terminology.", "II. THE
    // COUNCIL.") unless it reads as a sentence: "1. A European Widget Board is hereby
    // established." (four words or more, one of them an auxiliary or a modal).
    if s.ends_with('.') {
        // A sentence has a verb; of those, auxiliaries and modals are the ones a word list
        // can tell ("3. Definition of terms used in this document." has none).
        const VERBS: &[&str] = &[
            "is", "are", "was", "were", "be", "been", "shall", "will", "may", "must", "can",
            "should", "would", "could", "has", "have", "had", "does", "do", "did",
        ];
        let words: Vec<&str> = s
            .split_whitespace()
            .skip(1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        // Lowercase verbs of the third person that constitutions and bylaws state their
        // rules with ("1. The Council elects its own chair ...").
        const RULE_VERBS: &[&str] = &[
            "decides",
            "elects",
            "appoints",
            "consists",
            "means",
            "includes",
            "applies",
            "establishes",
            "determines",
            "approves",
            "derives",
            "exercises",
            "represents",
            "governs",
            "holds",
            "fills",
            "adopts",
            "sets",
            "reports",
            "serves",
        ];
        let sentence = words
            .iter()
            .any(|w| VERBS.contains(w) || RULE_VERBS.contains(w));
        if words.len() >= 4 && sentence {
            return false;
        }
    }
    if s.ends_with(['?', ':', ',', ';']) {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    first.is_uppercase() || first.is_ascii_digit() || HEADING_NUM.is_match(s) || outline_title(s)
}

/// A line that opens with a letter or numeral of an outline and goes on with a capital
/// ("a. Approval of Board Meeting Minutes", "(ii) Powers of the Council", "(2) Performance
/// of assigned functions"): an item or a title of its own, never the rest of a sentence a
/// page break cut.
fn outline_title(line: &str) -> bool {
    let (marks, len) = list_marker(line);
    marks.iter().any(|m| !matches!(m, Numbering::Bullet(..)))
        && line
            .get(len..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
}

/// Emission order: blocks in source order, except that a paragraph cut by a page break
/// (it ends without closing punctuation and the next body paragraph, past notes and
/// furniture, starts in lower case) is joined with its continuation.
fn join_page_breaks(
    blocks: &[Vec<&Line>],
    kinds: &[(BlockKind, Option<String>)],
    items: &[bool],
) -> Vec<Vec<usize>> {
    let mut used = vec![false; blocks.len()];
    let mut order = Vec::new();
    for i in 0..blocks.len() {
        if used[i] {
            continue;
        }
        used[i] = true;
        let mut group = vec![i];
        if kinds[i].0 == BlockKind::Paragraph && kinds[i].1.is_none() {
            let mut cur = i;
            loop {
                let last = blocks[cur].last().map(|l| l.text.trim_end()).unwrap_or("");
                let last = last.trim_end_matches(['*', '_']);
                let last = without_glued_call(last);
                let open = !last.ends_with(['.', '?', '!', ':', ';', '"', '”', '’', ')', ']'])
                    && !last.ends_with("</sup>");
                if !open {
                    break;
                }
                let mut j = cur + 1;
                let mut crossed = false;
                while j < blocks.len()
                    && matches!(kinds[j].0, BlockKind::Note | BlockKind::Furniture)
                {
                    crossed = true;
                    j += 1;
                }
                if j >= blocks.len()
                    || used[j]
                    || kinds[j].0 != BlockKind::Paragraph
                    || kinds[j].1.is_some()
                    // A list item ("o  two", "b) to remove") is no continuation.
                    || items[j]
                {
                    break;
                }
                let next = blocks[j][0].text.trim_start();
                let starts_lower =
                    next.chars().next().is_some_and(|c| c.is_lowercase()) && !outline_title(next);
                if !starts_lower || (!crossed && j != cur + 1) {
                    break;
                }
                used[j] = true;
                group.push(j);
                cur = j;
            }
        }
        order.push(group);
    }
    order
}

/// The longest line (in characters) of a block whose lines are kept apart.
const SHORT_LINE: usize = 50;

/// Whether a paragraph's lines are items of their own, not a wrapped text: three or more
/// lines, each short (an address, a signature block, a letter's closing). Their line breaks
/// are kept, so that a name does not run on into the next line's title or organization
/// ("Geoff Huston" / "Asia Pacific Network Information Centre (APNIC)").
fn lines_apart(lines: &[&Line], kind: BlockKind) -> bool {
    let within = |n: usize| {
        lines
            .iter()
            .all(|l| l.text.len() <= 4 * n && l.text.trim().chars().count() <= n)
    };
    kind == BlockKind::Paragraph
        && lines.len() >= 3
        && (within(SHORT_LINE)
            // A longer line where every line opens with a capital or a digit and ends
            // without punctuation: an address ("Internet Corporation for Assigned Names
            // and Numbers" / "12025 Waterfront Drive"); a wrapped text goes on in lowercase
            // somewhere, or ends its lines in commas and periods.
            || within(SHORT_LINE + SHORT_LINE / 4)
                && lines.iter().enumerate().all(|(i, l)| {
                    let t = l.text.trim();
                    (i == 0 || t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                        && !t.ends_with([',', ';', ':', '.', ']', '-', '}', '{', '\\'])
                }))
}

/// Writes one raw block's text into `out`, with inline markup removed.
/// `item`: the block is a list item, whose marker ("1.", "(a)") is markup, not text;
/// `prefix`: the length of markup that opens the first line past its blanks (a paragraph's
/// number in brackets, a chat line's time and nick).
#[allow(clippy::too_many_arguments)]
fn emit_block(
    lines: &[&Line],
    kind: BlockKind,
    item: bool,
    prefix: usize,
    src: &Mapped,
    out: &mut Mapped,
    t: &mut Text,
    bi: usize,
) {
    t.em_open = None;
    let apart = lines_apart(lines, kind);
    // Whether a line of this block is written yet (a line break goes only between them).
    let mut wrote = false;
    // What was written before this block (the separator before it) stays.
    let floor = out.len();
    let mut next_line = 0;
    while next_line < lines.len() {
        let li = next_line;
        let l = lines[li];
        next_line += 1;
        let mut s = l.text;
        let mut at = l.at;
        // Leading whitespace.
        let lead = s.len() - s.trim_start().len();
        s = &s[lead..];
        at += lead;
        if li == 0 && t.table_rows.binary_search(&l.at).is_ok() {
            // The outer pipes of a table's row; those between its cells stay.
            let inner = s.trim_end();
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            let (pipe, inner) = match inner.strip_prefix('|') {
                Some(rest) => (1, rest),
                None => (0, inner),
            };
            at += pipe + (inner.len() - inner.trim_start().len());
            s = inner.trim();
            emit_inline(s, at, src, out, t, bi);
            wrote = true;
            continue;
        }
        if li == 0 {
            let mut skip = block_prefix(s, kind);
            // "1 R (Miller) v ...": a glued-call note's number without a period.
            if kind == BlockKind::Note && skip == 0 && !t.glued.is_empty() {
                skip = bare_note_number(s).map_or(0, |(_, n)| n);
            }
            if item && kind == BlockKind::Paragraph {
                skip = skip.max(list_marker(s).1);
            }
            skip = skip.max(prefix);
            s = &s[skip..];
            at += skip;
        } else if let Some(rest) = s.strip_prefix("> ") {
            at += s.len() - rest.len();
            s = rest;
        }
        if s.is_empty() {
            continue;
        }
        // GitHub's callout label over a quoted block ("> [!NOTE]", "> **Warning**") is no
        // part of the text it introduces.
        if li == 0 && lines.len() > 1 && l.text.trim_start().starts_with('>') && is_callout(s) {
            continue;
        }
        let broken = if wrote {
            broken_at_line_end(&out.text, s, &src.text)
        } else {
            None
        };
        if let Some(hyphen_kept) = broken {
            // "the author-" / "ity to appoint": a word a line's end broke, whole again.
            if !hyphen_kept {
                out.text.pop();
                out.map.pop();
            }
        } else if apart && wrote {
            out.trim_end_to(floor);
            out.push('\n', src.orig(l.at));
        } else if !out.ends_with_space() {
            out.push(' ', src.orig(l.at));
        }
        // A link whose text or label a line's end breaks ("[Section\n4.1](#conflict)",
        // "[OpenJS Foundation][openjs\nfoundation]") is read with the lines it runs onto;
        // the break is a blank.
        if !apart {
            while let Some(end) = link_runs_on(s, at, lines.get(next_line), src, t) {
                s = &src.text[at..end];
                next_line += 1;
            }
        }
        let before = out.len();
        emit_inline(s, at, src, out, t, bi);
        // A line of markup alone ("[19:03] <a>") writes nothing.
        wrote |= out.len() > before;
    }
}

/// Where the text `s` (at `at` in `src`) and the line `next` after it end, where a link
/// opened in `s` ends only on `next`: its text or label broken by the line's end. A
/// quoted line ("> ...") is read alone.
fn link_runs_on(s: &str, at: usize, next: Option<&&Line>, src: &Mapped, t: &Text) -> Option<usize> {
    let next = next?;
    let open = s.rfind('[')?;
    let end = next.at + next.text.len();
    let same_text = src.text.get(next.at..end) == Some(next.text)
        && src.text.get(at..at + s.len()) == Some(s)
        && at + s.len() <= next.at;
    if !same_text || next.text.trim_start().starts_with('>') {
        return None;
    }
    let from = at + open;
    let candidate = &src.text[from..end];
    let len = match MD_LINK.captures(candidate) {
        Some(c) => c.get(0)?.end(),
        None => reference_link(candidate, &t.link_defs)?.3,
    };
    (from + len > at + s.len()).then_some(end)
}

/// Whether the text written so far ends with a word broken at a hyphen at the line's end
/// ("author-") that the next line (`next`) goes on in lowercase ("ity to ..."): `Some(true)`
/// where the hyphen is the word's own ("externally-" / "sponsored", "self-" / "governing"),
/// `Some(false)` where the line's end put it there, as text extracted from a PDF or set
/// justified breaks words. Which one, the document says: the word whole elsewhere in
/// `doc` ("authority") was broken; otherwise the hyphen stays (RFCs break lines only at
/// hyphens of their own, and a kept hyphen keeps every line's words as written).
fn broken_at_line_end(written: &str, next: &str, doc: &str) -> Option<bool> {
    let head = written.strip_suffix('-')?;
    let fragment = head
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let rest = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    // A word of prose: after a blank or an opening mark, not a path's or an identifier's
    // piece ("~/.fontconfig/.cache-").
    let before = head[..head.len() - fragment.len()].chars().next_back();
    if fragment.len() < 2
        || !before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        || !fragment.ends_with(|c: char| c.is_ascii_lowercase())
        || !rest.starts_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    let whole = format!("{fragment}{rest}");
    Some(memchr::memmem::find(doc.as_bytes(), whole.as_bytes()).is_none())
}

/// "[!NOTE]", "[!WARNING]", "**Note**", "**Important:**": a callout's label alone.
fn is_callout(s: &str) -> bool {
    let t = s.trim();
    let label = t
        .strip_prefix("[!")
        .and_then(|r| r.strip_suffix(']'))
        .or_else(|| t.strip_prefix("**").and_then(|r| r.strip_suffix("**")))
        .unwrap_or("");
    matches!(
        label.trim_end_matches(':').to_ascii_lowercase().as_str(),
        "note" | "tip" | "important" | "warning" | "caution"
    )
}

// • starts with the byte 0xE2 in UTF-8.
static LIST_BULLET: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(r"^(?:[-*+•]\s+|>\s*)+", |b| {
        matches!(b.first(), Some(b'-' | b'*' | b'+' | b'>' | 0xE2))
    })
});

/// Length of block-level markup at the start of a block's first line.
fn block_prefix(s: &str, kind: BlockKind) -> usize {
    match kind {
        BlockKind::Heading => {
            let h = s.trim_start_matches('#');
            s.len() - h.trim_start().len()
        }
        BlockKind::Note => {
            if let Some(m) = MD_DEF.find(s).or_else(|| SYMBOL_NOTE.find(s)) {
                if SYMBOL_NOTE.is_match(s) {
                    m.end() - 1
                } else {
                    m.end()
                }
            } else if let Some(m) = ANCHOR_NOTE.find(s) {
                m.end()
            } else if let Some((_, n)) = superscript_note(s) {
                n
            } else if let Some(c) = PLAIN_NOTE.captures(s) {
                let n = c.get(1).unwrap().end() + 1;
                n + (s[n..].len() - s[n..].trim_start().len())
            } else {
                0
            }
        }
        BlockKind::Reference => bracketed_key(&REF_ENTRY, s).map_or(0, |c| c.get(0).unwrap().end()),
        _ => match timestamp_prefix(s) {
            0 => LIST_BULLET.find(s).map_or(0, |m| m.end()),
            n => n,
        },
    }
}

/// The length of a recording's time mark that opens `s` and the blanks after it ("[00:01:09]
/// Milton Mueller: ...", "(12:04) ...", "00:01:09 ..."): when it was said, not what. Bare, a
/// mark needs its seconds ("10:30 The meeting opened" keeps its time); 0 where none opens it.
fn timestamp_prefix(s: &str) -> usize {
    let b = s.as_bytes();
    let (open, close) = match b.first() {
        Some(b'[') => (1, Some(b']')),
        Some(b'(') => (1, Some(b')')),
        Some(c) if c.is_ascii_digit() => (0, None),
        _ => return 0,
    };
    let mut i = open;
    let mut fields = 0;
    loop {
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 2 {
            return 0;
        }
        i += digits;
        fields += 1;
        if b.get(i) == Some(&b':') && fields < 3 {
            i += 1;
        } else {
            break;
        }
    }
    if fields < 2 || (close.is_none() && fields < 3) {
        return 0;
    }
    if let Some(c) = close {
        if b.get(i) != Some(&c) {
            return 0;
        }
        i += 1;
    }
    let blanks = s[i..].len() - s[i..].trim_start().len();
    if blanks == 0 {
        return 0;
    }
    i + blanks
}

static KRAMDOWN: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(
        r"^\{\{\s*(?:((?:Section|Sections|Appendix)\s+[\w.]+(?:\s+(?:of|in)))\s+)?([?!]?)([^{}\s]+?)\s*\}\}",
        |b| b.starts_with(b"{{"),
    )
});
static MD_LINK: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(
        r#"^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"([^"]*)")?\s*\)"#,
        |b| b.starts_with(b"["),
    )
});
/// `^\[([A-Za-z0-9][\w.+/:-]{0,40})\]`, as `bracketed_key` takes it.
static POINTER: LazyLock<AtStart> =
    LazyLock::new(|| AtStart::new(r"^\[([A-Za-z0-9][\w.+/:-]*)\]", bracket_alnum));

/// A match of REF_ENTRY or POINTER whose key has at most 41 characters: the rules as
/// written with `{0,40}` in place of `*`. The key runs to the first character outside its
/// class, which must be the `]`, so a longer key is no match either way; written with the
/// bound, each rule compiled 40 copies of Unicode's `\w` (72 M instructions apiece; the two
/// were 30% of start-up).
fn bracketed_key<'a>(rule: &AtStart, s: &'a str) -> Option<regex::Captures<'a>> {
    rule.captures(s).filter(|c| c[1].chars().count() <= 41)
}
static ATTR_BLOCK: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(r"^\{[#.][^{}]*\}", |b| {
        b.starts_with(b"{#") || b.starts_with(b"{.")
    })
});
/// A MyST role, `` {ref}`Decisions <decisions>` ``: the role's text, without its target.
static MYST_ROLE: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(r"^\{[a-z][a-z0-9:_-]*\}`([^`]+?)(?:\s*<[^<>`]+>)?`", |b| {
        b.first() == Some(&b'{') && b.get(1).is_some_and(u8::is_ascii_lowercase)
    })
});
static AUTOLINK: LazyLock<AtStart> =
    LazyLock::new(|| AtStart::new(r"^<(https?://[^>\s]+)>", |b| b.starts_with(b"<http")));
static HTML_TAG: LazyLock<AtStart> = LazyLock::new(|| {
    AtStart::new(r#"^</?[A-Za-z][A-Za-z0-9]*(?:\s+[^<>]*)?/?>"#, |b| {
        let name = if b.starts_with(b"</") { 2 } else { 1 };
        b.first() == Some(&b'<') && b.get(name).is_some_and(u8::is_ascii_alphabetic)
    })
});
static MD_MARKER: LazyLock<AtStart> =
    LazyLock::new(|| AtStart::new(r"^\[\^([^\]\s]+)\]", |b| b.starts_with(b"[^")));

/// "who elect it [^1].", "hears Formal Objections <sup>1</sup>.": the blank before a note's
/// call that punctuation follows goes with the call (the claim reads "who elect it.").
fn drop_blank_before_call(out: &mut Mapped, after: &str) {
    if after.starts_with(['.', ',', ';', ':', '!', '?', ')']) {
        while out.text.ends_with([' ', '\t']) {
            out.text.pop();
            out.map.pop();
        }
    }
}

/// An opening bracket and an ASCII letter or digit, as the bracketed keys start.
fn bracket_alnum(b: &[u8]) -> bool {
    b.first() == Some(&b'[') && b.get(1).is_some_and(u8::is_ascii_alphanumeric)
}

fn is_pointer_label(l: &str) -> bool {
    if l.chars().all(|c| c.is_ascii_digit()) {
        return l.len() <= 4;
    }
    // A pointer label names something: it starts with a capital or contains a digit,
    // and is more than one letter ("[T]his" is an alteration, not a pointer).
    let first = l.chars().next().unwrap_or(' ');
    l.chars().count() >= 2
        && (first.is_uppercase() || l.chars().any(|c| c.is_ascii_digit()))
        && l != "sic"
}

/// The bytes `emit_inline` copies as they are: printable ASCII but its markup characters
/// (a table: this test runs for every byte of every document).
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0x21;
    while c < 0x7f {
        t[c] = !matches!(c as u8, b'\\' | b'*' | b'_' | b'<' | b'&' | b'{' | b'[');
        c += 1;
    }
    t
};

/// Inline markup: emphasis, escapes, links, markers, pointers, tags, entities.
fn emit_inline(s: &str, at: usize, src: &Mapped, out: &mut Mapped, t: &mut Text, bi: usize) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        // A call glued to a word ("law.1"): a marker, not text.
        let mut stop = b.len();
        if !t.glued.is_empty() {
            let g = t.glued.partition_point(|g| g.0 < at + i);
            if let Some((off, len, key)) = t.glued.get(g) {
                if *off == at + i {
                    t.markers.push(Marker {
                        key: key.clone(),
                        pos: out.text.trim_end().len(),
                        style: MarkerStyle::Sup,
                        block: bi,
                    });
                    i += len;
                    continue;
                }
                stop = stop.min(off.saturating_sub(at));
            }
        }
        // A run of plain ASCII (most of any text) is copied at once, with its offsets: words
        // and the single spaces between them (a space right after a word is kept as is; only
        // runs of spaces and tabs need the collapsing below).
        let mut k = i;
        while k < stop && (PLAIN[b[k] as usize] || b[k] == b' ' && k > i && b[k - 1] != b' ') {
            k += 1;
        }
        let run = k - i;
        if run > 0 {
            out.text.push_str(&s[i..i + run]);
            match src.map.get(at + i..at + i + run) {
                Some(offsets) => out.map.extend_from_slice(offsets),
                None => out
                    .map
                    .extend((at + i..at + i + run).map(|j| src.orig(j) as u32)),
            }
            i += run;
            continue;
        }
        let rest = &s[i..];
        let here = src.orig(at + i);
        match b[i] {
            b'\\' if i + 1 < s.len() && b[i + 1].is_ascii_punctuation() => {
                out.push(b[i + 1] as char, src.orig(at + i + 1));
                i += 2;
                continue;
            }
            b'*' => {
                toggle_emphasis(out, t, bi);
                i += 1;
                continue;
            }
            b'_' => {
                let prev_alnum = i > 0 && (b[i - 1] as char).is_alphanumeric();
                let next_alnum = i + 1 < b.len() && (b[i + 1] as char).is_alphanumeric();
                if !(prev_alnum && next_alnum) {
                    toggle_emphasis(out, t, bi);
                    i += 1;
                    continue;
                }
            }
            0xC2 | 0xE2 if !t.superscript_notes.is_empty() => {
                if let Some((key, n)) = superscript_run(rest) {
                    let before = out.text.trim_end();
                    let prev = before.chars().last();
                    // "10²" is a power and "5 m²" a unit; a call follows a word or its
                    // punctuation.
                    let word = before
                        .rsplit(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    let unit = !word.is_empty() && word.chars().count() <= 2;
                    let call = prev.is_some_and(|p| !p.is_ascii_digit())
                        && !unit
                        && key
                            .parse()
                            .is_ok_and(|k: u32| t.superscript_notes.contains(&k));
                    if call {
                        t.markers.push(Marker {
                            key,
                            pos: out.text.trim_end().len(),
                            style: MarkerStyle::Sup,
                            block: bi,
                        });
                        i += n;
                        continue;
                    }
                }
            }
            b'<' => {
                if let Some(c) = SUP.captures(rest) {
                    let prev = out.text.trim_end().chars().last();
                    // F3: 10<sup>6</sup> is a power, not a footnote.
                    if !prev.is_some_and(|p| p.is_ascii_digit()) {
                        drop_blank_before_call(out, &rest[c.get(0).unwrap().end()..]);
                        let pos = out.text.trim_end().len();
                        for key in expand_keys(&c[1]) {
                            t.markers.push(Marker {
                                key,
                                pos,
                                style: MarkerStyle::Sup,
                                block: bi,
                            });
                        }
                        i += c.get(0).unwrap().end();
                        continue;
                    }
                }
                if let Some(c) = AUTOLINK.captures(rest) {
                    let url = c[1].to_string();
                    let start = out.len();
                    for (k, ch) in url.char_indices() {
                        out.push(ch, src.orig(at + i + 1 + k));
                    }
                    t.inlines.push(Inline {
                        kind: InlineKind::Url(url),
                        start,
                        end: out.len(),
                        block: bi,
                    });
                    i += c.get(0).unwrap().end();
                    continue;
                }
                if let Some(m) = HTML_TAG.find(rest) {
                    let tagtext = m.as_str().to_ascii_lowercase();
                    if (tagtext.starts_with("<br")
                        || tagtext.starts_with("<p")
                        || tagtext.starts_with("</p"))
                        && !out.ends_with_space()
                    {
                        out.push(' ', here);
                    }
                    i += m.end();
                    continue;
                }
            }
            b'&' => {
                if let Some((c, n)) = html::entity(rest) {
                    out.push(if c == '\u{a0}' { ' ' } else { c }, here);
                    i += n;
                    continue;
                }
            }
            b'{' => {
                if let Some(c) = KRAMDOWN.captures(rest) {
                    let label = c[3].to_string();
                    let prefix = c.get(1).map(|m| m.as_str().to_string());
                    if let Some(p) = &prefix {
                        out.push_str(p, here);
                        out.push(' ', here);
                    }
                    let start = out.len();
                    out.push_str(&label, here);
                    let bibliographic = label
                        .chars()
                        .next()
                        .is_some_and(|ch| ch.is_ascii_uppercase())
                        || label.contains('.') && label.chars().any(|ch| ch.is_ascii_uppercase())
                        || !c[2].is_empty();
                    if bibliographic {
                        t.inlines.push(Inline {
                            kind: InlineKind::Kramdown(label),
                            start,
                            end: out.len(),
                            block: bi,
                        });
                    }
                    i += c.get(0).unwrap().end();
                    continue;
                }
                if let Some(m) = ATTR_BLOCK.find(rest) {
                    i += m.end();
                    continue;
                }
                // "enforcement via transparent decision (see {ref}`CoC_resolutions`)": the
                // role's text is read, its markup and target are not.
                if let Some(c) = MYST_ROLE.captures(rest) {
                    let text = c.get(1).unwrap();
                    for (k, ch) in text.as_str().char_indices() {
                        out.push(ch, src.orig(at + i + text.start() + k));
                    }
                    i += c.get(0).unwrap().end();
                    continue;
                }
            }
            b'[' => {
                if let Some(c) = MD_MARKER.captures(rest) {
                    drop_blank_before_call(out, &rest[c.get(0).unwrap().end()..]);
                    let pos = out.text.trim_end().len();
                    t.markers.push(Marker {
                        key: c[1].to_string(),
                        pos,
                        style: MarkerStyle::Markdown,
                        block: bi,
                    });
                    i += c.get(0).unwrap().end();
                    continue;
                }
                if rest.starts_with("[[") {
                    if let Some(end) = rest.find("]]") {
                        let inner = &rest[2..end];
                        let shown = inner.rsplit('|').next().unwrap_or(inner);
                        let off = inner.len() - shown.len();
                        emit_inline(shown, at + i + 2 + off, src, out, t, bi);
                        i += end + 2;
                        continue;
                    }
                }
                if let Some(c) = MD_LINK.captures(rest) {
                    let anchor = c.get(1).unwrap();
                    let url = c[2].to_string();
                    let start = out.len();
                    emit_inline(anchor.as_str(), at + i + anchor.start(), src, out, t, bi);
                    link_to(url, start, out, t, bi);
                    i += c.get(0).unwrap().end();
                    continue;
                }
                if let Some((anchor, url, shortcut, len)) = reference_link(rest, &t.link_defs) {
                    let url = url.to_string();
                    let start = out.len();
                    // A shortcut that reads as a numbered pointer ("[1]", "[RFC2026]") keeps
                    // its brackets, as a pointer does; other links show their text.
                    if shortcut && rest[anchor.clone()].bytes().any(|b| b.is_ascii_digit()) {
                        for (k, ch) in rest[..len].char_indices() {
                            out.push(ch, src.orig(at + i + k));
                        }
                    } else {
                        emit_inline(
                            &rest[anchor.clone()],
                            at + i + anchor.start,
                            src,
                            out,
                            t,
                            bi,
                        );
                    }
                    link_to(url, start, out, t, bi);
                    i += len;
                    continue;
                }
                // "[2, 3]", "[2-4]": pointers to several numbered entries, one each.
                if let Some((labels, len)) = numbered_pointers(rest) {
                    let start = out.len();
                    for (k, ch) in rest[..len].char_indices() {
                        out.push(ch, src.orig(at + i + k));
                    }
                    for label in labels {
                        t.inlines.push(Inline {
                            kind: InlineKind::Pointer(label),
                            start,
                            end: out.len(),
                            block: bi,
                        });
                    }
                    i += len;
                    continue;
                }
                if let Some(c) = bracketed_key(&POINTER, rest) {
                    let label = c[1].to_string();
                    if is_pointer_label(&label) {
                        let start = out.len();
                        let whole = c.get(0).unwrap().as_str();
                        for (k, ch) in whole.char_indices() {
                            out.push(ch, src.orig(at + i + k));
                        }
                        t.inlines.push(Inline {
                            kind: InlineKind::Pointer(label),
                            start,
                            end: out.len(),
                            block: bi,
                        });
                        i += whole.len();
                        continue;
                    }
                }
            }
            b'\t' | b' ' => {
                if !out.ends_with_space() {
                    out.push(' ', here);
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        let ch = rest.chars().next().unwrap();
        let ch = match ch {
            // A line break inside a link read across lines (`link_runs_on`) is a blank.
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\n' => ' ',
            '\u{ad}' | '\u{200b}' | '\u{feff}' => {
                i += ch.len_utf8();
                continue;
            }
            '¶' if is_pilcrow_link(rest) => {
                i += ch.len_utf8();
                continue;
            }
            c => c,
        };
        let len = rest.chars().next().unwrap().len_utf8();
        if ch == ' ' && out.ends_with_space() {
            i += len;
            continue;
        }
        out.push(ch, here);
        i += len;
    }
}

/// Records the text written since `start` as a link to `url`, where `url` is on the web.
fn link_to(url: String, start: usize, out: &Mapped, t: &mut Text, bi: usize) {
    // Not the anchor's trailing blank: the block's end may trim it away.
    let end = out.text.trim_end().len().max(start);
    if super::is_web_address(&url) {
        t.inlines.push(Inline {
            kind: InlineKind::Link(url),
            start,
            end,
            block: bi,
        });
    }
}

fn toggle_emphasis(out: &Mapped, t: &mut Text, bi: usize) {
    match t.em_open.take() {
        None => t.em_open = Some(out.len()),
        Some(start) => {
            let end = out.text.trim_end().len();
            if end > start && !out.text[start..end].trim().is_empty() {
                let lead = out.text[start..end].len() - out.text[start..end].trim_start().len();
                t.inlines.push(Inline {
                    kind: InlineKind::Emphasis,
                    start: start + lead,
                    end,
                    block: bi,
                });
            }
        }
    }
}

/// The numbers a bracketed list of pointers names, ranges spelled out ("[2, 3]", "[4-6]",
/// "[1, 3–5]"), or the one number of a pointer with a place ("[5, pp. 45–47]"), and the
/// bracket's length. A single number alone is left to POINTER.
fn numbered_pointers(rest: &str) -> Option<(Vec<String>, usize)> {
    let close = rest.as_bytes().iter().take(40).position(|&b| b == b']')?;
    let inner = &rest[1..close];
    if !inner.contains([',', '-', '–']) || !inner.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "[5, pp. 45–47]", "[5, Sec. 3]": one entry, and the place in it (the citation reads
    // the place from the pointer's text).
    if let Some((n, place)) = inner.split_once(',') {
        let place = place.trim_start().to_ascii_lowercase();
        let pinned = [
            "p.", "pp.", "p ", "pp ", "sec", "ch", "chap", "fig", "table", "§", "para", "app",
            "at ", "page",
        ]
        .iter()
        .any(|w| place.starts_with(w));
        if pinned {
            let n: u32 = n.trim().parse().ok().filter(|&n| n > 0)?;
            return Some((vec![n.to_string()], close + 1));
        }
    }
    let mut out = Vec::new();
    for part in inner.split(',') {
        let part = part.trim();
        let (a, b) = part.split_once(['-', '–']).unwrap_or((part, part));
        let (a, b): (u32, u32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
        if a == 0 || b < a || b - a > 50 {
            return None;
        }
        out.extend((a..=b).map(|n| n.to_string()));
    }
    (out.len() >= 2).then_some((out, close + 1))
}

/// A pilcrow standing alone at the end of a paragraph is an HTML anchor artefact.
fn is_pilcrow_link(rest: &str) -> bool {
    rest.trim_start_matches('¶').trim().is_empty()
}

// This module's rules, in two halves that can compile on two cores.
warm_up_fn!(warm_up_blocks: SUP, ANCHOR_NOTE, MD_DEF, PLAIN_NOTE, SYMBOL_NOTE, REF_ENTRY, HEADING_NUM, TOC_LEADER, PAGE_FOOTER, RFC_HEADER, RUNNING_HEAD, FRONT_KV);
warm_up_fn!(warm_up_inline: BARE_URL, REF_HEADING, BYLINE, LIST_BULLET, KRAMDOWN, MD_LINK, POINTER, ATTR_BLOCK, MYST_ROLE, AUTOLINK, HTML_TAG, MD_MARKER);

#[cfg(test)]
mod tests {
    use super::*;

    /// Each block's kind.
    fn kinds_of(t: &Text) -> Vec<BlockKind> {
        t.blocks.iter().map(|b| b.kind).collect()
    }

    /// Each block's text and kind.
    fn blocks_of(t: &Text) -> Vec<(&str, BlockKind)> {
        t.blocks
            .iter()
            .map(|b| (&t.text[b.start..b.end], b.kind))
            .collect()
    }

    /// A judgment's paragraphs numbered in brackets are paragraphs, their numbers markup; a
    /// list of references keyed so, called in the text, stays one.
    #[test]
    fn paragraphs_numbered_in_brackets() {
        let t = normalize(
            "Introduction\n\n[1] This appeal concerns the registry.\n\n[2] The members elect the directors.\n\nConclusion\n\n[3] I would allow the appeal.\n",
            Format::Text,
        );
        assert_eq!(
            blocks_of(&t),
            [
                ("Introduction", BlockKind::Heading),
                ("This appeal concerns the registry.", BlockKind::Paragraph),
                ("The members elect the directors.", BlockKind::Paragraph),
                ("Conclusion", BlockKind::Heading),
                ("I would allow the appeal.", BlockKind::Paragraph),
            ]
        );
        // Pointed back to from a later paragraph: still paragraphs.
        let t = normalize(
            "Introduction\n\n[1] The members elect the directors.\n\n[2] The respondent is wrong.\n\nAnalysis\n\n[3] For the reasons given at [2], see [1] above, the board decides.\n",
            Format::Text,
        );
        assert_eq!(
            blocks_of(&t)[4],
            (
                "For the reasons given at [2], see [1] above, the board decides.",
                BlockKind::Paragraph
            )
        );
        let t = normalize(
            "As [1] and [2] show, and [3] denies.\n\n[1] J. Postel, \"Domain Name System Structure\", RFC 1591, 1994.\n\n[2] S. Bradner, \"The Internet Standards Process\", RFC 2026, 1996.\n\n[3] ICANN, \"Bylaws\", 2016.\n",
            Format::Text,
        );
        assert_eq!(
            kinds_of(&t)[1..],
            [
                BlockKind::Reference,
                BlockKind::Reference,
                BlockKind::Reference
            ]
        );
        // Short, together and never called: a list of references still.
        let t = normalize(
            "Sources\n\n[1] Postel, RFC 1591.\n\n[2] Bradner, RFC 2026.\n\n[3] ICANN Bylaws.\n",
            Format::Text,
        );
        assert_eq!(kinds_of(&t)[1..], [BlockKind::Reference; 3]);
    }

    /// A line of markup alone ("[19:03] <a>") before lines set apart: the separator before
    /// the block stays, and every block's text is whole (its start had fallen inside "ü").
    #[test]
    fn a_line_of_markup_alone_keeps_the_separator() {
        let t = normalize(
            "- and -\n\t\n[19:03] <a>  \n\u{fc} \nsee Roy",
            Format::Markdown,
        );
        for b in &t.blocks {
            assert!(t.text.get(b.start..b.end).is_some(), "{:?} {b:?}", t.text);
        }
        assert!(
            blocks_of(&t).iter().any(|(s, _)| s.contains('\u{fc}')),
            "{:?}",
            t.text
        );
    }

    /// A chat's log, a line a block, its time and nick markup; HTML in Markdown is no log.
    #[test]
    fn a_chat_log_is_a_line_a_block() {
        let t = normalize(
            "Log\n\n[19:01] <bdale> The committee decides.\n[19:02] <jo> It does not.\n[19:03] <bdale> It does.\n",
            Format::Text,
        );
        assert_eq!(
            blocks_of(&t)[1..],
            [
                ("The committee decides.", BlockKind::Paragraph),
                ("It does not.", BlockKind::Paragraph),
                ("It does.", BlockKind::Paragraph),
            ]
        );
        let nicks: Vec<&str> = t.chat.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(nicks, ["bdale", "jo", "bdale"]);
        let t = normalize("<p> One.\n<p> Two.\n<p> Three.\n", Format::Markdown);
        assert!(t.chat.is_empty());
    }

    /// A title page's lines, each set on its own far from the margin, are a heading.
    #[test]
    fn lines_set_apart_are_a_heading() {
        let t = normalize(
            "                    U.S. Senate,\n                 Committee on Commerce, Science, and Transportation,\n                              Washington, DC.\n\n    The Committee met, pursuant to notice.\n",
            Format::Text,
        );
        assert_eq!(kinds_of(&t), [BlockKind::Heading, BlockKind::Paragraph]);
        // A quotation indented as one block is prose.
        let t = normalize(
            "He wrote:\n\n            The Board shall act for the members\n            and answer to them.\n",
            Format::Text,
        );
        assert_eq!(kinds_of(&t)[1], BlockKind::Paragraph);
    }

    #[test]
    fn a_link_anchor_ending_in_a_blank_stays_inside_the_text() {
        // The block's trailing blank is trimmed after the link is recorded.
        let t = normalize("See [the bylaws ](https://x.org/b)", Format::Markdown);
        let l = t
            .inlines
            .iter()
            .find(|i| matches!(i.kind, InlineKind::Link(_)))
            .unwrap();
        assert_eq!(t.text.get(l.start..l.end), Some("the bylaws"));
    }

    /// A title in capitals stays a title above a line in lower case, which is its subtitle;
    /// a line in mixed case continued in lower case is a paragraph cut by a page break.
    #[test]
    fn a_title_in_capitals_and_its_subtitle() {
        let t = normalize(
            "REGULATION (EU) 2024/1 OF THE EUROPEAN PARLIAMENT\n\non harmonised rules for widgets\n\nThe Board shall meet.\n",
            Format::Text,
        );
        assert_eq!(
            kinds_of(&t),
            [BlockKind::Heading, BlockKind::Heading, BlockKind::Paragraph]
        );
        let t = normalize(
            "The Board of the Association\n\nshall meet twice a year.\n",
            Format::Text,
        );
        assert_eq!(t.blocks.len(), 1);
        assert_eq!(t.blocks[0].kind, BlockKind::Paragraph);
    }

    #[test]
    fn time_marks_of_recordings() {
        assert_eq!(timestamp_prefix("[00:01:09] Milton Mueller: No."), 11);
        assert_eq!(timestamp_prefix("(12:04) Jane: Yes."), 8);
        assert_eq!(timestamp_prefix("00:01:09 Jane: Yes."), 9);
        assert_eq!(timestamp_prefix("10:30 The meeting opened."), 0);
        assert_eq!(timestamp_prefix("[12] Smith, J. A book."), 0);
        assert_eq!(timestamp_prefix("[00:01:09]Jane"), 0);
        let t = normalize(
            "Transcript\n\n[00:00:05] Kathy Brown: Does ICANN have a mandate?\n\n[00:00:21] Milton Mueller: No.\n",
            Format::Text,
        );
        assert_eq!(
            blocks_of(&t),
            [
                ("Transcript", BlockKind::Heading),
                (
                    "Kathy Brown: Does ICANN have a mandate?",
                    BlockKind::Paragraph
                ),
                ("Milton Mueller: No.", BlockKind::Paragraph)
            ]
        );
    }

    /// An outline's numbered and lettered titles stand alone (no page break's continuation),
    /// a title over a date alone is the title, and a release's slug is furniture.
    #[test]
    fn outline_titles_dated_titles_and_slugs() {
        assert!(outline_title("a. Approval of Board Meeting Minutes"));
        assert!(outline_title("(ii) Powers of the Council"));
        assert!(outline_title("(2) Performance of assigned functions"));
        assert!(!outline_title("- Powers of the Council"));
        assert!(!outline_title("a. the Board shall"));
        assert!(!outline_title("and then the Board"));
        let t = normalize(
            "Regular Meeting of the Board\n16 October 2014\n\n1. Consent Agenda\n\na. Approval of Minutes\n\nThe Board approves the minutes.\n",
            Format::Text,
        );
        assert_eq!(t.title, "Regular Meeting of the Board");
        assert_eq!(
            blocks_of(&t),
            [
                ("Regular Meeting of the Board", BlockKind::Heading),
                ("16 October 2014", BlockKind::Heading),
                ("1. Consent Agenda", BlockKind::Heading),
                ("a. Approval of Minutes", BlockKind::Heading),
                ("The Board approves the minutes.", BlockKind::Paragraph)
            ]
        );
        // A statute's numbered titles over their text.
        let t = normalize(
            "(a) Establishment\n\n(2) Performance of assigned functions\n\nThe NTIA shall be headed by an Assistant Secretary.\n",
            Format::Text,
        );
        assert_eq!(
            kinds_of(&t),
            [BlockKind::Heading, BlockKind::Heading, BlockKind::Paragraph]
        );
        // A sentence that a date line goes on is no title.
        let t = normalize(
            "The Board met on\n16 October 2014\nand adjourned.\n",
            Format::Text,
        );
        assert_eq!(t.blocks.len(), 1);
        assert!(is_furniture_line("FOR IMMEDIATE RELEASE"));
        assert!(is_furniture_line("News Release:"));
        assert!(!is_furniture_line(
            "For immediate release of the funds, the Board votes."
        ));
    }

    #[test]
    fn mail_headers_are_metadata() {
        let pep = "PEP: 13\nTitle: Python Language Governance\nAuthor: The Core Team <x@python.org>,\n    Jane Roe (PSF)\nStatus: Active\nCreated: 16-Dec-2018\n\nThe council decides.\n";
        let t = normalize(pep, Format::Text);
        assert_eq!(t.title, "Python Language Governance");
        assert_eq!(t.authors, vec!["The Core Team", "Jane Roe"]);
        assert_eq!(t.date.as_deref(), Some("16-Dec-2018"));
        assert_eq!(t.text, "The council decides.");
        // A message's header: the subject without its reply and list marks, the sender.
        let t = normalize(
            "From: Jane Doe <jane@example.org>\nSubject: Re: Fwd: [gov] The vote\nDate: Tue, 3 Mar 2026\n\nOn Mon, Ann Lee wrote:\n> It passed.\n>\n> Twice.\nNo.\n",
            Format::Text,
        );
        assert_eq!(t.title, "The vote");
        assert_eq!(t.authors, vec!["Jane Doe"]);
        // The quotation's edges and its blank lines part blocks; only its blocks are quotes.
        let blocks: Vec<(&str, bool)> = t
            .blocks
            .iter()
            .map(|b| (&t.text[b.start..b.end], b.quote))
            .collect();
        assert_eq!(
            blocks,
            [
                ("On Mon, Ann Lee wrote:", false),
                ("It passed.", true),
                ("Twice.", true),
                ("No.", false)
            ]
        );
        // In a converted page, `>` opens a code sample's prompt, not a quotation.
        let t = normalize(
            "<p>Start the REPL:</p><pre>$ node\n> .editor\n</pre>",
            Format::Html,
        );
        assert!(t.blocks.iter().all(|b| !b.quote), "{:?}", t.blocks);
        // Bracketed lists of numbered pointers, ranges spelled out.
        let labels = |s: &str| numbered_pointers(s).map(|(l, n)| (l.join(" "), n));
        assert_eq!(labels("[2, 3] more"), Some(("2 3".into(), 6)));
        assert_eq!(labels("[1, 4–6]"), Some(("1 4 5 6".into(), 10)));
        assert_eq!(labels("[7]"), None);
        assert_eq!(labels("[a-z]"), None);
        assert_eq!(labels("[3-1]"), None);
        // A numbered line ending in a period is a title, unless it reads as a sentence.
        assert!(looks_like_heading("3. Terminology."));
        assert!(looks_like_heading(
            "3. Definition of terms and abbreviations used in this document."
        ));
        assert!(!looks_like_heading(
            "1. A European Widget Board (the 'Board') is hereby established."
        ));
        assert!(!looks_like_heading(
            "2. The Board shall be composed of one representative per Member State."
        ));
        // A page's title without the site's name, where the rest is its first heading.
        let page = "<html><head><title>Board approves the round | Example News</title></head><body><h1>Board approves the round</h1><p>Text.</p></body></html>";
        assert_eq!(
            normalize(page, Format::Html).title,
            "Board approves the round"
        );
        let page = "<html><head><title>Release Series — Changes, New Features, and Fixes</title></head><body><h1>Release Series</h1><p>Text.</p></body></html>";
        assert_eq!(
            normalize(page, Format::Html).title,
            "Release Series — Changes, New Features, and Fixes"
        );
        // MultiMarkdown metadata.
        let t = normalize(
            "Title: Charter\nAuthor: Ann Lee\n\n# Scope\n\nText.\n",
            Format::Markdown,
        );
        assert_eq!((t.title.as_str(), t.authors.len()), ("Charter", 1));
        // Not headers: one field, a field among prose lines, a field without a known key.
        for src in [
            "Title: Only one field\n\nText.\n",
            "Note: the council met.\nIt decided nothing.\n",
            "Status: Draft\nVersion: 2\n\nText.\n",
            "Network Working Group   J. Postel\nRequest for Comments: 1591   ISI\n",
        ] {
            let t = normalize(src, Format::Text);
            let first_word = src.split([' ', ':']).next().unwrap();
            assert!(t.text.starts_with(first_word), "{src:?} -> {:?}", t.text);
        }
    }

    /// A name-like line under the first heading is its byline, unless it is a list item.
    #[test]
    fn a_list_item_under_the_heading_is_no_byline() {
        let t = normalize(
            "The Guidelines\n\nBy Jane Roe\n\nText follows here.\n",
            Format::Text,
        );
        assert_eq!(t.authors, ["Jane Roe"]);
        let t = normalize(
            "The Guidelines\n\n    1. Free Redistribution\n    2. Source Code\n    3. Derived Works\n\nText follows here.\n",
            Format::Text,
        );
        assert!(t.authors.is_empty(), "{:?}", t.authors);
        let t = normalize(
            "Contents\n\nDebian Developer's Reference\n\nText follows here.\n",
            Format::Text,
        );
        assert!(t.authors.is_empty(), "{:?}", t.authors);
        // A subtitle is no name; a byline with its date is.
        let t = normalize(
            "Internet Governance Bill\n\nSecond Reading\n\nText follows here.\n",
            Format::Text,
        );
        assert!(t.authors.is_empty(), "{:?}", t.authors);
        let t = normalize(
            "# An Interview\n\n*By Sarah Kent, 3 February 2023*\n\nText follows here.\n",
            Format::Markdown,
        );
        assert_eq!(t.authors, ["Sarah Kent"]);
        // A blog's "Posted on <date> by <name>".
        for line in [
            "Posted on 12 October 2016 by Sam Carter",
            "Published March 3, 2016 by Sam Carter",
            "Written by Sam Carter",
        ] {
            let t = normalize(
                &format!("# The Transition\n\n{line}\n\nText follows here.\n"),
                Format::Markdown,
            );
            assert_eq!(t.authors, ["Sam Carter"], "{line}");
        }
        // The page's own title under its navigation line is no name.
        let t = normalize(
            "<html><head><title>Internet Governance Forum - Wikipedia</title></head><body><div>Main page Random article</div><h1>Internet Governance Forum</h1><p>The forum meets yearly.</p></body></html>",
            Format::Html,
        );
        assert!(t.authors.is_empty(), "{:?}", t.authors);
    }

    /// A numbered line ending in a period is a title unless it states a rule with a verb.
    #[test]
    fn numbered_rules_are_no_titles() {
        assert!(!looks_like_heading(
            "1. The Judicial Council elects its own chair and fills its own vacancies."
        ));
        assert!(!looks_like_heading(
            "2. The Parliament consists of 120 members."
        ));
        assert!(looks_like_heading(
            "3. Definition of terms used in this document."
        ));
    }

    /// A loose list: items parted by blank lines are items; a numbered title over its
    /// section's text is not.
    #[test]
    fn loose_lists_are_lists() {
        let t = normalize(
            "# T\n\n1. All power derives from the people.\n\n2. No body may act.\n",
            Format::Markdown,
        );
        let items: Vec<&str> = t
            .blocks
            .iter()
            .filter(|b| b.item)
            .map(|b| t.block_text(b))
            .collect();
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(items[0].starts_with("All power"), "{items:?}");
        let t = normalize(
            "1. Introduction\n\nThis memo states a policy.\n\n2. Terminology\n\nWords.\n",
            Format::Text,
        );
        assert!(!t.blocks.iter().any(|b| b.item), "{:?}", t.blocks);
    }

    /// A numbered title line over an indented body ("    1. Free Redistribution" over
    /// "       The license ..."): each title is an item of its own, the list going on past
    /// each body.
    #[test]
    fn a_list_goes_on_past_an_items_indented_body() {
        let src = "Guidelines\n\n    1. Free Redistribution\n       The license of a component may not restrict any party from\n       selling or giving away the software as a component of an aggregate\n       software distribution containing programs from several different\n       sources.\n    2. Source Code\n       The program must include source code, and must allow distribution\n       in source code as well as compiled form.\n    3. Derived Works\n       The license must allow modifications and derived works, and must\n       allow them to be distributed under the same terms as the license.\n";
        let t = normalize(src, Format::Text);
        let blocks: Vec<(&str, bool)> = t
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| (t.text[b.start..b.end].trim(), b.item))
            .collect();
        assert_eq!(
            blocks,
            [
                ("Free Redistribution", true),
                ("The license of a component may not restrict any party from selling or giving away the software as a component of an aggregate software distribution containing programs from several different sources.", false),
                ("Source Code", true),
                ("The program must include source code, and must allow distribution in source code as well as compiled form.", false),
                ("Derived Works", true),
                ("The license must allow modifications and derived works, and must allow them to be distributed under the same terms as the license.", false),
            ]
        );
    }

    /// A short line alone between blank lines, the same three times or more, is a running
    /// header or footer of converted pages: not text, and not joined to the paragraph that a
    /// page break cut.
    #[test]
    fn running_headers_are_furniture() {
        let page = |n: u32, body: &str| {
            format!("The Reference, Release 12\n\n{body}\n\n{n}\n\nChapter 5. Packages\n\n")
        };
        let src = [
            page(51, "The first page ends in the middle of a"),
            page(52, "sentence that goes on here. The second page is whole."),
            page(53, "A third page stands alone."),
        ]
        .concat();
        let t = normalize(&src, Format::Text);
        let texts: Vec<&str> = t
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| t.text[b.start..b.end].trim())
            .collect();
        assert_eq!(
            texts,
            [
                "The first page ends in the middle of a sentence that goes on here. The second page is whole.",
                "A third page stands alone."
            ]
        );
    }

    fn norm(s: &str) -> Text {
        normalize(s, Format::Markdown)
    }

    /// The items of a list in a paragraph are blocks of their own, without their markers;
    /// the line leading into the list stays text (no heading); a marker-like start of a
    /// wrapped line with no next item in the paragraph is left alone.
    #[test]
    fn list_items_in_a_paragraph_are_blocks() {
        let kinds_texts = |src: &str, format| {
            let t = normalize(src, format);
            t.blocks
                .iter()
                .map(|b| (b.kind, t.block_text(b).to_string()))
                .collect::<Vec<_>>()
        };
        use BlockKind::Paragraph as P;
        let got = kinds_texts(
            "An individual Developer may\n    1. make any decision with regard to their\n       own work;\n    2. vote on General Resolutions.\n",
            Format::Text,
        );
        assert_eq!(
            got,
            [
                (P, "An individual Developer may".to_string()),
                (P, "make any decision with regard to their own work;".into()),
                (P, "vote on General Resolutions.".into()),
            ]
        );
        let got = kinds_texts(
            "0. The decision is within the authority of the body\n1. The outcome has sufficient support\n2. Objections were addressed\n",
            Format::Markdown,
        );
        assert_eq!(
            got.iter()
                .map(|(k, t)| (*k, t.as_str()))
                .collect::<Vec<_>>(),
            [
                (P, "The decision is within the authority of the body"),
                (P, "The outcome has sufficient support"),
                (P, "Objections were addressed"),
            ]
        );
        let got = kinds_texts(
            "The powers are:\n   (a) to appoint the chair;\n   (b) to remove it.\n   o  one\n   o  two\n- the first,\n- the second.\n",
            Format::Text,
        );
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The powers are:",
                "to appoint the chair;",
                "to remove it.",
                "one",
                "two",
                "the first,",
                "the second."
            ]
        );
        // No second item in the paragraph: wrapped prose, joined as it was.
        let got = kinds_texts(
            "The board met in the great hall of the old building on\n2. Terminology was settled there, and the model that won\n- which was new - held for many years after that meeting.\n",
            Format::Text,
        );
        assert_eq!(
            got,
            [(P, "The board met in the great hall of the old building on 2. Terminology was settled there, and the model that won - which was new - held for many years after that meeting.".to_string())]
        );
    }

    /// A title run into its hard-wrapped paragraph ends a block; a wrapped line that ends
    /// where the next word would not fit, or text that is not hard-wrapped, is joined.
    #[test]
    fn titles_run_into_wrapped_paragraphs_stand_apart() {
        let t = norm("    1. Debian will remain 100% free\n       We provide the guidelines that we use to determine if a work is\n       free in the document entitled The Debian Free Software Guidelines\n       and we promise that the system and all its components are free.\n");
        let blocks: Vec<&str> = t.blocks.iter().map(|b| t.block_text(b)).collect();
        assert_eq!(blocks[0], "1. Debian will remain 100% free");
        assert!(
            blocks[1].starts_with("We provide the guidelines"),
            "{blocks:?}"
        );
        // "Society" would not have fit after "Internet and": a wrapped line.
        let t = norm("   The working group met 28 times during 2021. Centre for Internet and\n   Society is accountable to APNIC under its charter, as the members said\n   in their reports to the council that met in Geneva that same year.\n");
        assert_eq!(t.blocks.len(), 1);
        // One clause per line: not hard-wrapped, joined.
        let t = norm("The chairs decide\nWhen the group agrees, the work goes on and on and on and on and on\nIt ends\nThe end came.\n");
        assert_eq!(t.blocks.len(), 1, "{:?}", t.text);
    }

    /// A statute written a paragraph a line: a numbered section title over its text, or
    /// over its numbered subsections, is a heading; items of one list stay items.
    #[test]
    fn numbered_section_titles_of_unwrapped_text_are_headings() {
        let t = normalize(
            "3. Removal of members\nThe Minister may remove a member of the Commission for misconduct, after consulting the Committee.\n\n4. Functions of the Commission\n(1) The Commission shall supervise providers.\n(2) The Commission may issue codes of practice.\n",
            Format::Text,
        );
        let blocks: Vec<(BlockKind, &str)> =
            t.blocks.iter().map(|b| (b.kind, t.block_text(b))).collect();
        assert_eq!(blocks[0], (BlockKind::Heading, "3. Removal of members"));
        assert_eq!(blocks[1].0, BlockKind::Paragraph);
        assert!(
            blocks[1].1.starts_with("The Minister may remove"),
            "{blocks:?}"
        );
        assert_eq!(
            blocks[2],
            (BlockKind::Heading, "4. Functions of the Commission")
        );
        assert_eq!(blocks[3].0, BlockKind::Paragraph);
        // A list of short items: items, not titles.
        let t = normalize(
            "Our principles:\n\n1. Openness\n2. Transparency\n3. Accountability\n\nThese guide every decision we make.\n",
            Format::Text,
        );
        let headings = t
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .count();
        assert_eq!(headings, 0, "{:?}", t.blocks);
    }

    #[test]
    fn pointers_with_a_place_name_one_entry() {
        assert_eq!(
            numbered_pointers("[5, pp. 45–47] argues"),
            Some((vec!["5".to_string()], "[5, pp. 45–47]".len()))
        );
        assert_eq!(
            numbered_pointers("[3, Sec. 2]"),
            Some((vec!["3".to_string()], 11))
        );
        assert_eq!(
            numbered_pointers("[2, 3]"),
            Some((vec!["2".to_string(), "3".to_string()], 6))
        );
        assert_eq!(numbered_pointers("[5, see above]"), None);
    }

    #[test]
    fn list_markers_and_their_sequences() {
        use Numbering::*;
        assert_eq!(list_markers("  1. make"), [Decimal(1, '.')]);
        assert_eq!(list_markers("(ii) to"), [Roman(2, '(')]);
        assert_eq!(list_markers("i) to"), [Roman(1, ')'), Lower(9, ')')]);
        assert_eq!(list_markers("B. Smith"), [Upper(2, '.')]);
        assert_eq!(list_markers("o  item"), [Bullet('o')]);
        assert_eq!(list_markers("• item"), [Bullet('•')]);
        assert!(list_markers("3.1. Powers").is_empty());
        assert!(list_markers("1.").is_empty());
        assert!(list_markers("or else").is_empty());
        assert!(list_markers("*Legitimacy*, supra").is_empty());
        assert!(list_markers("2026 was").is_empty());
        assert!(Lower(8, '.').followed_by(Lower(9, '.')));
        assert!(!Decimal(1, '.').followed_by(Decimal(2, ')')));
        assert!(Bullet('-').followed_by(Bullet('-')));
        assert_eq!(list_marker("(iv)  to").1, 6);
        assert_eq!(list_marker("  12. x").1, 4);
        assert_eq!(list_marker("•  x").1, 5);
        assert_eq!(list_marker("plain").1, 0);
    }

    /// kramdown-rfc ends its YAML header at the first section marker, and lists its
    /// authors as records.
    #[test]
    fn kramdown_rfc_header() {
        let t = norm("---\ntitle: Making Decisions\nauthor:\n -\n    ins: M. Nottingham\n    name: Mark Nottingham\n -\n    name: Pete Resnick\n\n--- abstract\n\nThis document specifies practice.\n");
        assert_eq!(t.title, "Making Decisions");
        assert_eq!(t.authors, ["Mark Nottingham", "Pete Resnick"]);
        assert_eq!(t.text, "This document specifies practice.");
    }

    /// The title centred under an Internet-Draft's header is the document's, in two lines
    /// and with a question in it, without the draft's name; a heading, not a claim.
    #[test]
    fn a_front_page_title_centred_under_the_header() {
        // Lines, not a string continued with `\`, which would eat their indentation.
        let src = [
            "Network Working Group                                          J. Arkko",
            "Internet-Draft                                                  Ericsson",
            "Intended status: Informational                             March 2, 2020",
            "",
            "",
            "              Who Decides? Authority in Internet Standards",
            "                Bodies and the Limits of Rough Consensus",
            "                    draft-arkko-authority-decides-00",
            "",
            "Abstract",
            "",
            "   This document discusses where the authority of the IETF to publish",
            "   standards comes from.  It argues that rough consensus is evidence.",
        ]
        .join("\n");
        let t = normalize(&src, Format::Text);
        assert_eq!(
            t.title,
            "Who Decides? Authority in Internet Standards Bodies and the Limits of Rough Consensus"
        );
        let title = t
            .blocks
            .iter()
            .find(|b| t.block_text(b).starts_with("Who Decides?"))
            .unwrap();
        assert_eq!(title.kind, BlockKind::Heading);
        // Text set flush left has no centred title.
        let t = normalize(
            "Minutes of the Council\n\nThe Council met on Monday and agreed the budget.\n",
            Format::Text,
        );
        assert_eq!(t.title, "Minutes of the Council");
    }

    /// A Markdown document's title is its first heading of level one that is more than a
    /// number ("# RFC 8890"), whatever short lines above it look like headings.
    #[test]
    fn the_first_level_one_heading_is_the_title() {
        let t = norm("  Nottingham   Informational   [Page]\n\n# RFC 8890 {#rfcnum}\n\n# The Internet is for End Users {#title}\n\n## Abstract\n\nThis document explains why.\n");
        assert_eq!(t.title, "The Internet is for End Users");
        let t = norm("## Background\n\nText here.\n\n## Next\n\nMore text.\n");
        assert_eq!(t.title, "Background");
        // A letter's date is no title.
        let t = normalize(
            "March 14, 2014\n\nDear Dr. Crocker:\n\nNTIA announces its intent.\n\nThe Transition\n\nMore.\n",
            Format::Text,
        );
        assert_eq!(t.title, "The Transition");
    }

    /// A block of three or more short lines (an address, a signature) keeps its line
    /// breaks; a wrapped paragraph, or two short lines, is joined by spaces.
    #[test]
    fn short_lines_are_kept_apart() {
        let t = norm("Jane Doe\nChair, Widget Review Board\nExample Street 12\n\nThis paragraph is wrapped at seventy characters, as plain\ntext often is, and its lines are joined into one running text\nagain.\n\nShort one\nshort two\n");
        let blocks: Vec<&str> = t.blocks.iter().map(|b| t.block_text(b)).collect();
        assert_eq!(
            blocks,
            [
                "Jane Doe\nChair, Widget Review Board\nExample Street 12",
                "This paragraph is wrapped at seventy characters, as plain text often is, and its lines are joined into one running text again.",
                "Short one short two",
            ]
        );
    }

    /// An address with a line past fifty characters keeps its lines where each opens with
    /// a capital or a digit and ends unpunctuated; narrow prose does not.
    #[test]
    fn an_address_with_a_long_organization_line() {
        let t = norm("Dr. Stephen D. Crocker\nChair, Board of Directors\nInternet Corporation for Assigned Names and Numbers\n12025 Waterfront Drive, Suite 300\n\nIn 2002, the Board of Directors met in the capital city,\nWhere it was decided, after a long and heated debate\nAnd a vote of all its members, that members vote.\n");
        let blocks: Vec<&str> = t.blocks.iter().map(|b| t.block_text(b)).collect();
        assert_eq!(
            blocks,
            [
                "Dr. Stephen D. Crocker\nChair, Board of Directors\nInternet Corporation for Assigned Names and Numbers\n12025 Waterfront Drive, Suite 300",
                "In 2002, the Board of Directors met in the capital city, Where it was decided, after a long and heated debate And a vote of all its members, that members vote.",
            ]
        );
    }

    /// The ASCII path counts every byte value as the `char` path does.
    #[test]
    fn prose_counts_as_chars_count() {
        let by_chars = |t: &str| {
            let sym = |c: char| "{};=<>$\\|()".contains(c);
            let cs: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
            let letters = cs.iter().filter(|c| c.is_alphabetic()).count();
            let symbols = cs.iter().filter(|&&c| !c.is_alphabetic() && sym(c)).count();
            (letters, symbols, cs.len())
        };
        let all: String = (0..128u8).map(char::from).collect();
        for t in [
            all.as_str(),
            "",
            "   \t\x0b\x0c\r\n",
            "int main() { return 0; }",
            "The IETF is not a membership organization.",
            "caf\u{e9} \u{a0}nbsp\u{2003}em ; x",
        ] {
            assert_eq!(prose_counts(t), by_chars(t), "{t:?}");
        }
        assert_eq!(prose_counts("a{ b"), (2, 1, 3));
    }

    #[test]
    fn plain_bytes_are_printable_ascii_but_markup() {
        for c in 0..=255u8 {
            let want = c.is_ascii_graphic()
                && !matches!(c, b'\\' | b'*' | b'_' | b'<' | b'&' | b'{' | b'[');
            assert_eq!(PLAIN[c as usize], want, "{c}");
        }
    }

    /// The first-byte test never turns a match away: each rule answers as without it, on
    /// text starting with every character the rules name and some they do not.
    #[test]
    fn first_bytes_of_anchored_rules() {
        let rules = [
            &*MD_DEF,
            &*PLAIN_NOTE,
            &*SYMBOL_NOTE,
            &*REF_ENTRY,
            &*HEADING_NUM,
            &*FRONT_KV,
            &*LIST_BULLET,
            &*POINTER,
            &*KRAMDOWN,
            &*MD_LINK,
            &*ATTR_BLOCK,
            &*MYST_ROLE,
            &*AUTOLINK,
            &*HTML_TAG,
            &*MD_MARKER,
        ];
        let starts = [
            "[^1]: ",
            "[^x]:",
            "12. ",
            "٣. ",
            "\\* ",
            "† ",
            "‡ ",
            "• ",
            "[RFC2026] ",
            "[1]",
            "3.1 ",
            "IV. ",
            "A. ",
            "Appendix B. ",
            "title: ",
            "_x: ",
            "- ",
            "* ",
            "+ ",
            "> ",
            ">",
            "a",
            " ",
            "—",
            "é",
            "\t",
            "[",
            "{",
            "",
            "{{",
            "{{Section 3 of ",
            "}}",
            "{#id}",
            "{.c}",
            "{ref}`x`",
            "{term}`A <b>`",
            "{",
            "<https://x.org>",
            "<http",
            "<a href=\"x\">",
            "</p>",
            "<br/>",
            "<",
            "/",
            "[x](http://y)",
            "[[",
            "[a]",
            "](",
            ")",
            "[^",
        ];
        let rests = ["", "x", "Note text.", " y", "\n", "1. z", "key"];
        let mut met = 0;
        for rule in rules {
            for a in starts {
                for b in starts {
                    for r in rests {
                        let t = format!("{a}{b}{r}");
                        let want = rule.rule.is_match(&t);
                        assert_eq!(rule.is_match(&t), want, "{} on {t:?}", rule.rule.as_str());
                        assert_eq!(
                            rule.captures(&t).map(|c| c.get(0).unwrap().range()),
                            rule.rule.captures(&t).map(|c| c.get(0).unwrap().range())
                        );
                        met += want as usize;
                    }
                }
            }
        }
        assert!(met > 500, "{met}");
    }

    /// The bracketed-key rules answer as they did written with `{0,40}` (the definition).
    #[test]
    fn bracketed_keys_up_to_41_characters() {
        let bounded = [
            Regex::new(r"^\[([A-Za-z0-9][\w.+/:-]{0,40})\](?:\s+|$)").unwrap(),
            Regex::new(r"^\[([A-Za-z0-9][\w.+/:-]{0,40})\]").unwrap(),
        ];
        let long = |n: usize| format!("[R{}] text", "é".repeat(n));
        for (rule, old) in [&*REF_ENTRY, &*POINTER].into_iter().zip(&bounded) {
            for s in [
                "[RFC2026] Bradner, S.".to_string(),
                "[1]".to_string(),
                "[a.b/c:d-e+f_g] x".to_string(),
                "[-x] y".to_string(),
                "[RFC 2026] x".to_string(),
                "[x]y".to_string(),
                long(40),
                long(41),
                format!("[{}]", "9".repeat(41)),
                format!("[{}]", "9".repeat(42)),
            ] {
                let new = bracketed_key(rule, &s).map(|c| c.get(0).unwrap().range());
                let want = old.captures(&s).map(|c| c.get(0).unwrap().range());
                assert_eq!(new, want, "{s:?}");
            }
        }
        assert!(bracketed_key(&POINTER, &long(40)).is_some());
        assert!(bracketed_key(&POINTER, &long(41)).is_none());
    }

    #[test]
    fn furniture_lines_by_shape() {
        for line in [
            "Bradner                  Best Current Practice                  [Page 5]",
            "RFC 2026          Internet Standards Process -- Revision 3      October 1996",
            "Internet-Draft        IETF decisions               March 2024",
            "1.  Introduction ........................................ 3",
            "2.  Scope . . . . . . . . . . . . . . . . . . . . . . . . 14",
            "2024            LEGITIMACY AND THE INTERNET            [Vol. 12:3",
            "HARVARD LAW REVIEW   [Vol. 116:1",
            "DOI: 10.1000/xyz123",
            "COPYRIGHT © 2020 Example Press",
            "Copyright (c) 2016 IETF Trust and the persons identified",
            "417",
        ] {
            assert!(is_furniture_line(line), "{line}");
        }
        for line in [
            "RFC 2026 defines the Internet standards process.",
            "The committee met [Page 5] of the minutes and decided.",
            "Copyright (c) 2016 IETF Trust and the persons identified as authors.",
            "12345",
            "See also the Journal [Vol. 3] for a discussion of legitimacy",
        ] {
            assert!(!is_furniture_line(line), "{line}");
        }
    }

    #[test]
    fn strips_emphasis_and_keeps_offsets() {
        let src = "Caron wrote *Legitimacy* in 1993.";
        let t = norm(src);
        assert_eq!(t.text, "Caron wrote Legitimacy in 1993.");
        let i = t.text.find("Legitimacy").unwrap();
        assert_eq!(&src[t.orig(i)..t.orig(i) + 10], "Legitimacy");
    }

    #[test]
    fn sup_markers_are_lifted_out() {
        let t = norm("The Council acted.<sup>3</sup> Then it stopped.<sup>4–6</sup>");
        assert_eq!(t.text, "The Council acted. Then it stopped.");
        let keys: Vec<_> = t.markers.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["3", "4", "5", "6"]);
        assert_eq!(&t.text[..t.markers[0].pos], "The Council acted.");
    }

    #[test]
    fn powers_are_not_markers() {
        let t = norm("It holds 10<sup>6</sup> records.");
        assert!(t.markers.is_empty());
    }

    /// Plain text from a PDF: notes called by digits glued to a word ("law.1"), each on a
    /// line that opens with its number, at the end or at the foot of each page.
    #[test]
    fn digits_glued_to_a_word_call_numbered_notes() {
        let notes = |src: &str| {
            let t = normalize(src, Format::Text);
            let calls: Vec<(String, String)> = t
                .markers
                .iter()
                .map(|m| {
                    (
                        m.key.clone(),
                        t.text[..m.pos].rsplit(' ').next().unwrap().to_string(),
                    )
                })
                .collect();
            let notes: Vec<(String, String)> = t
                .blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Note)
                .map(|b| (b.key.clone().unwrap(), t.block_text(b).to_string()))
                .collect();
            (calls, notes, t.text)
        };
        let (calls, found, text) = notes(
            "A Title\n\nParliament may confer the power.1 A power cannot be used for another,2 and the prerogative is subject to review.3\n\n1 R (Miller) v Secretary of State [2017] UKSC 5.\n2 Padfield v Minister [1968] AC 997.\n3 Ibid 1032.\n",
        );
        let keys = |v: &[(String, String)]| v.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&calls), ["1", "2", "3"]);
        assert_eq!(calls[1].1, "another,");
        assert_eq!(keys(&found), ["1", "2", "3"]);
        assert_eq!(found[1].1, "Padfield v Minister [1968] AC 997.");
        assert!(text.contains("the power. A power"), "{text}");
        // Notes at the foot of each page, the text going on between them.
        let (calls, found, _) = notes(
            "A Title\n\nThe board decides.1 The members elect it.2\n\n1 First source, 2001.\n2 Second source, 2002.\n\nThe council advises.3 It reports.4\n\n3 Third source, 2003.\n4 Fourth source, 2004.\n",
        );
        assert_eq!(keys(&calls), ["1", "2", "3", "4"]);
        assert_eq!(keys(&found), ["1", "2", "3", "4"]);
        // A numbered list and digits after words that are no calls: no notes.
        let (calls, found, text) = notes(
            "A Title\n\nThe G7 met in 1993.2 Its Web3 plan had 3 parts:\n\n1 Apples\n2 Pears\n3 Plums\n",
        );
        assert!(calls.is_empty() && found.is_empty(), "{calls:?} {found:?}");
        assert!(text.contains("1993.2 Its Web3"), "{text}");
    }

    /// Notes opening with superscript digits are called by the same superscripts in the
    /// text; a superscript no note opens with ("m²") and one after a digit ("10³") are text.
    #[test]
    fn superscript_digits_call_notes() {
        let t = normalize(
            "A Title\n\nThe power is conferred by statute.¹ The area is 5 m² and 10³ units.¹² It binds.²\n\n¹ Padfield v Minister [1968] AC 997.\n\n² Ibid 1032.\n\n¹² Second source, 2001.\n",
            Format::Text,
        );
        let calls: Vec<(&str, &str)> = t
            .markers
            .iter()
            .map(|m| (m.key.as_str(), &t.text[..m.pos]))
            .map(|(k, before)| (k, &before[before.len().saturating_sub(6)..]))
            .collect();
        assert_eq!(calls, [("1", "atute."), ("12", "units."), ("2", "binds.")]);
        assert!(t.text.contains("5 m² and 10³ units."), "{}", t.text);
        let notes: Vec<(&str, &str)> = t
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Note)
            .map(|b| (b.key.as_deref().unwrap_or(""), t.block_text(b)))
            .collect();
        assert_eq!(
            notes,
            [
                ("1", "Padfield v Minister [1968] AC 997."),
                ("2", "Ibid 1032."),
                ("12", "Second source, 2001.")
            ]
        );
    }

    #[test]
    fn plain_notes_after_a_page_break_and_rejoin() {
        let src = "Body that “acted in utterly\n\n---\n\nDOI: x\n\n1. Caron, *Legitimacy*, 87 AM. J. INT'L L. 552 (1993).\n\nunprecedented ways” went on.<sup>1</sup>";
        let t = norm(src);
        let paras: Vec<_> = t
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| t.block_text(b))
            .collect();
        assert_eq!(
            paras,
            ["Body that “acted in utterly unprecedented ways” went on."]
        );
        let notes: Vec<_> = t
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Note)
            .collect();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].key.as_deref(), Some("1"));
        assert!(t.block_text(notes[0]).starts_with("Caron, Legitimacy"));
    }

    #[test]
    fn words_broken_at_line_ends_are_whole_again() {
        // Broken by the line's end where the document writes the word whole elsewhere; a
        // hyphen of the word's own kept, without the blank; a path's piece left alone.
        let t = norm(
            "The Board claims the author-\nity to appoint. Its authority is\nexternally-\nsponsored, and ~/.cache-\nis a path.\n",
        );
        let folded = t.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            folded,
            "The Board claims the authority to appoint. Its authority is externally-sponsored, and ~/.cache- is a path."
        );
        let at = t.text.find("ity to").unwrap();
        assert_eq!(t.orig(at), "The Board claims the author-\n".len());
    }

    #[test]
    fn myst_roles_read_as_their_text() {
        let src = "Enforcement via a decision (see {ref}`CoC_resolutions`) by the {term}`Steering Council <council>`; see {doc}`governance`.";
        let t = norm(src);
        assert!(
            t.text.starts_with("Enforcement via a decision (see CoC_resolutions) by the Steering Council; see governance."),
            "{:?}",
            t.text
        );
        // Offsets still map to the role's text in the source.
        let at = t.text.find("Steering").unwrap();
        assert_eq!(&src[t.map[at] as usize..][..8], "Steering");
        // Braces that open no role are text.
        assert!(norm("a {b} c").text.starts_with("a {b} c"));
    }

    #[test]
    fn markdown_footnotes_links_pointers() {
        let t = norm("See [the memo](https://x.org/a) and [RFC2026].[^n1]\n\n[^n1]: Body here.");
        assert_eq!(t.markers[0].key, "n1");
        assert!(t
            .inlines
            .iter()
            .any(|i| i.kind == InlineKind::Link("https://x.org/a".into())));
        assert!(t
            .inlines
            .iter()
            .any(|i| i.kind == InlineKind::Pointer("RFC2026".into())));
        assert_eq!(
            t.blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Note)
                .count(),
            1
        );
        // The blank before a marker that punctuation follows goes with it; the marker
        // stands at the word's end, and the source offsets still map.
        let src = "They elect it [^1]. Then [^2] more.\n\n[^1]: A.\n\n[^2]: B.";
        let t = norm(src);
        assert!(
            t.text.starts_with("They elect it. Then more."),
            "{:?}",
            t.text
        );
        assert_eq!(t.markers[0].pos, "They elect it".len());
        let dot = t.text.find('.').unwrap();
        assert_eq!(t.orig(dot), src.find("].").unwrap() + 1);
    }

    #[test]
    fn reference_links_read_as_links_and_their_definitions_are_no_text() {
        let t = norm(
            "The [TSC Charter][] governs the [Council][cpc]. See [Bylaws] and [RFC2026].\n\
             A line [x]: https://no.example/ inside a paragraph stays.\n\n\
             [TSC  charter]: https://x.org/charter\n\
             [cpc]: <https://x.org/cpc> \"The Council\"\n\
             [bylaws]: https://x.org/bylaws\n\
             [RFC2026]: https://www.rfc-editor.org/rfc/rfc2026\n\
             [Smith]: Smith, J. A book.\n",
        );
        assert_eq!(
            t.text,
            "The TSC Charter governs the Council. See Bylaws and [RFC2026]. A line [x]: \
             https://no.example/ inside a paragraph stays.\n\n[Smith]: Smith, J. A book."
        );
        let links: Vec<(&str, &str)> = t
            .inlines
            .iter()
            .filter_map(|i| match &i.kind {
                InlineKind::Link(u) => Some((&t.text[i.start..i.end], u.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            links,
            [
                ("TSC Charter", "https://x.org/charter"),
                ("Council", "https://x.org/cpc"),
                ("Bylaws", "https://x.org/bylaws"),
                ("[RFC2026]", "https://www.rfc-editor.org/rfc/rfc2026"),
            ]
        );
        // Without definitions, brackets are read as before.
        assert_eq!(
            norm("See [Bylaws][] and [x].").text,
            "See [Bylaws][] and [x]."
        );
    }

    #[test]
    fn github_footnotes_are_sup_links_to_html_anchors() {
        let t = norm(
            "Duties reside with the Committee.<sup>[2](#footnote2)</sup> Votes \
             count.<sup><a href=\"#fn3\">3</a></sup>\n\n---\n\n\
             <a name=\"footnote2\">2</a>: Such as individuals and\nCommittees\n\n\
             <a id=\"fn3\">3</a>. Smith, The Vote (2001).\n\n\
             <a name=\"x\">7</a>: not called, so no note.\n",
        );
        let keys: Vec<&str> = t.markers.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["2", "3"]);
        let notes: Vec<(Option<&str>, &str)> = t
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Note)
            .map(|b| (b.key.as_deref(), t.block_text(b)))
            .collect();
        assert_eq!(
            notes,
            [
                (Some("2"), "Such as individuals and Committees"),
                (Some("3"), "Smith, The Vote (2001).")
            ]
        );
        assert!(
            t.text
                .starts_with("Duties reside with the Committee. Votes count."),
            "{}",
            t.text
        );
    }

    #[test]
    fn indented_code_in_flush_left_markdown_is_no_text() {
        let t = norm(
            "The tool loads a corpus.\nIt reads every file.\n\nRun it:\n\n    $ warrant load corpus\n\
             \x20   $ warrant query claims\n\nDone here.\n",
        );
        assert_eq!(
            t.text,
            "The tool loads a corpus. It reads every file.\n\nRun it:\n\nDone here."
        );
        // Indented prose stays, and an RFC indented throughout is read as before.
        let t = norm("Intro.\n\n    The Board decides the budget and the plan.\n\nEnd.\n");
        assert!(
            t.text.contains("The Board decides the budget"),
            "{}",
            t.text
        );
        let t = norm("   The IESG decides.\n\n   $ not code (x) {y}\n");
        assert!(t.text.contains("$ not code"), "{}", t.text);
    }

    #[test]
    fn callout_labels_are_no_text() {
        let t = norm("> [!NOTE]\n> The Members elect the Board.\n\n> **Warning**\n> Votes are final.\n\n> **Note** the vote.\n");
        assert_eq!(
            t.text,
            "The Members elect the Board.\n\nVotes are final.\n\nNote the vote."
        );
    }

    /// A Markdown table's header and delimiter are markup; each row of its body is a block
    /// (never a heading) without its outer pipes, its offsets the source's. Rows between
    /// pipes without a header are read so too; a line with a bar in prose is prose.
    #[test]
    fn markdown_table_rows_are_blocks() {
        let src = "Intro.\n\n| Role | Who appoints |\n|------|:---:|\n| Chair | The Board |\n|  |  |\nTreasurer | The Members\n\n\
             Outro | with a bar.\n\n| Registrar | The Council |\n| Clerk | The Registrar |\n";
        let t = norm(src);
        assert_eq!(
            t.text,
            "Intro.\n\nChair | The Board\n\nTreasurer | The Members\n\nOutro | with a bar.\n\nRegistrar | The Council\n\nClerk | The Registrar"
        );
        let row = &t.blocks[1];
        assert_eq!(row.kind, BlockKind::Paragraph);
        let (a, z) = t.orig_range(row.start, row.end);
        assert_eq!(&src[a..z], "Chair | The Board");
        assert!(t.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
        assert!(is_table_delimiter("|---|:---:|"));
        assert!(is_table_delimiter("--- | ---"));
        assert!(!is_table_delimiter("---"));
        assert!(!is_table_delimiter("| a | --- |"));
    }

    #[test]
    fn link_definitions_need_an_address() {
        assert_eq!(
            link_definition("[RFC2026]: https://x.org/r \"T\""),
            Some(("rfc2026".into(), "https://x.org/r".into()))
        );
        assert_eq!(
            link_definition("   [a b]: ./doc.md"),
            Some(("a b".into(), "./doc.md".into()))
        );
        assert_eq!(link_definition("[^1]: A note."), None);
        assert_eq!(link_definition("    [a]: https://x.org"), None);
        assert_eq!(link_definition("[Smith]: Smith, J."), None);
        assert_eq!(link_definition("[a]: https://x.org trailing words"), None);
        assert_eq!(link_definition("[]: https://x.org"), None);
        // A file beside the page, alone, is an address; a word with its stop is not.
        assert_eq!(
            link_definition("[INSTALL]: INSTALL"),
            Some(("install".into(), "INSTALL".into()))
        );
        assert_eq!(
            link_definition("[`Buffer`]: buffer.md#class-buffer"),
            Some(("`buffer`".into(), "buffer.md#class-buffer".into()))
        );
        assert_eq!(link_definition("[Id]: Ibid."), None);
        // A reference entry shaped as a definition keeps no definition after it from
        // being read.
        let ls = lines_of("[Smith]: Smith, J.\n[a]: https://x.org\n");
        let (defs, kept) = link_definitions(&ls);
        assert_eq!(defs, [("a".to_string(), "https://x.org".to_string())]);
        assert_eq!(kept[0].text, "[Smith]: Smith, J.");
    }

    #[test]
    fn kramdown_citations_render_their_label() {
        let t = norm("It updates {{Section 3.3 of ?RFC2418}} and {{support}}.");
        assert_eq!(t.text, "It updates Section 3.3 of RFC2418 and support.");
        let k: Vec<_> = t
            .inlines
            .iter()
            .filter_map(|i| match &i.kind {
                InlineKind::Kramdown(l) => Some(l.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(k, ["RFC2418"]);
    }

    #[test]
    fn front_matter_gives_title_and_is_skipped() {
        let t = norm("---\ntitle: \"A Title\"\nauthors: [\"A B\", \"C D\"]\n---\n\nBody text.");
        assert_eq!(t.title, "A Title");
        assert_eq!(t.authors, ["A B", "C D"]);
        assert_eq!(t.text, "Body text.");
    }

    #[test]
    fn rfc_page_furniture_is_dropped_and_paragraph_rejoined() {
        let src = "   The registry is run\n\nPostel                                                          [Page 3]\n\u{c}\nRFC 1591       Domain Name System Structure and Delegation      March 1994\n\n   by the manager.";
        let t = norm(src);
        assert_eq!(t.text, "The registry is run by the manager.");
        assert_eq!(t.furniture_lines, 2);
    }
}
