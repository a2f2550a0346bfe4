//! HTML to line-oriented text with an offset map. html5ever-based parsers do not expose
//! source positions, and every node of warrant must point back to the original bytes, so
//! this is a small tolerant tag stripper: it survives unclosed tags and text in tables.

use super::mapped::Mapped;

const SKIP: &[&str] = &["script", "style", "noscript", "template", "svg", "nav"];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "thead",
    "tbody",
    "section",
    "article",
    "blockquote",
    "pre",
    "hr",
    "header",
    "footer",
    "aside",
    "dl",
    "dt",
    "dd",
    "main",
    "figure",
    "figcaption",
    "form",
    "body",
    "html",
    "caption",
];

/// Returns the text (blocks separated by blank lines, headings as `# `) and the `<title>`.
pub fn strip(src: &str) -> (Mapped, String) {
    let b = src.as_bytes();
    let mut out = Mapped::default();
    let mut title = String::new();
    let mut i = 0;
    // The next item's number in each open `<ol>` (its `start`, then one more per `<li>`).
    let mut lists: Vec<u32> = Vec::new();
    // The address of the open `<a href>` written as a Markdown link, and where it is.
    let mut link: Option<(&str, usize)> = None;
    // A note's number was just written (`[^1]: `): the blocks its text opens (Substack's
    // `<div class="footnote-content"><p>`) do not part the number from its text.
    let mut note_open = false;
    // The open table row of a table of data (see `Row`). A row is written on one line, its
    // cells parted by pipes, as a Markdown table's row is (a line of `---` under a row of
    // headers), so that the normalizer reads what a row says whole; a cell's pipe is
    // written before its first text, so that an empty cell writes nothing.
    let mut row: Option<Row> = None;
    // Between rows written so (after one, before the next): blanks there are no text, so
    // that rows stay on adjacent lines.
    let mut between_rows = false;
    while i < b.len() {
        if b[i] == b'<' {
            if src[i..].starts_with("<!--") {
                i = find(src, i + 4, "-->").map_or(b.len(), |j| j + 3);
                continue;
            }
            // `<!DOCTYPE …>`, `<![CDATA[…]]>` and `<?xml …?>` are declarations, not text.
            if matches!(b.get(i + 1), Some(b'!' | b'?')) {
                let close = if src[i..].starts_with("<![CDATA[") {
                    find(src, i, "]]>").map(|j| j + 2)
                } else {
                    find(src, i, ">")
                };
                i = close.map_or(b.len(), |j| j + 1);
                continue;
            }
            if let Some((name, closing, end)) = tag(src, i) {
                let lname = name.to_ascii_lowercase();
                if !closing && lname == "title" {
                    let close = find_ci(src, end, "</title").unwrap_or(b.len());
                    title = decode_entities(&src[end..close]).trim().to_string();
                    i = skip_past(src, close);
                    continue;
                }
                if !closing && SKIP.contains(&lname.as_str()) {
                    let close = find_ci(src, end, &format!("</{lname}")).unwrap_or(b.len());
                    i = skip_past(src, close);
                    continue;
                }
                let attrs = &src[i..end];
                // A page's comments, reply form, sidebar and sharing widgets: other people's
                // words and the site's furniture, not the document's.
                let container = matches!(
                    lname.as_str(),
                    "div" | "section" | "aside" | "ol" | "ul" | "form" | "footer"
                );
                if !closing && container && is_page_chrome(attrs) {
                    i = end_of_element(src, end, &lname);
                    continue;
                }
                // A note's link back to its call ("^", "↩"): not the note's text.
                if !closing && attrs.contains("back") && is_backlink(attrs) {
                    let close = find_ci(src, end, &format!("</{lname}")).unwrap_or(b.len());
                    i = skip_past(src, close);
                    continue;
                }
                match (lname.as_str(), closing) {
                    ("ol", false) => lists.push(
                        attr(attrs, "start")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1),
                    ),
                    ("ol", true) => {
                        lists.pop();
                    }
                    ("li", false) => {
                        if let Some(n) = lists.last_mut() {
                            let number = *n;
                            *n += 1;
                            // An item of a list of notes (Wikipedia's "cite_note-1", pandoc's
                            // "fn1"): numbered by its place, as its calls are, and written as
                            // a note so that the calls find it.
                            if attr(attrs, "id").is_some_and(is_note_id) {
                                out.push_str("\n\n", i);
                                out.push_str(&format!("[^{number}]: "), i);
                                i = end;
                                continue;
                            }
                        }
                    }
                    _ => {}
                }
                if lname == "a" && !closing && is_bare_backlink(src, attrs, end) {
                    // `<a href="#ref1">↩</a>` with no class to say so: an arrow back to
                    // where the note is called.
                    let close = find_ci(src, end, "</a").unwrap_or(b.len());
                    i = skip_past(src, close);
                    continue;
                }
                if lname == "a" && !closing {
                    // A note's call or its number written as a bare anchor (Substack's
                    // `<a class="footnote-anchor" href="#footnote-1">1</a>` over `<a
                    // id="footnote-1" href="#footnote-anchor-1">1</a>` at the note's start):
                    // written as the Markdown call `[^1]` and note `[^1]: `.
                    if let Some((note, after)) = note_anchor(src, attrs, end) {
                        match note {
                            NoteAnchor::Call(n) => {
                                open_cell(&mut row, &mut out, i);
                                out.push_str(&format!("[^{n}]"), i)
                            }
                            NoteAnchor::Note(n) => {
                                out.push_str("\n\n", i);
                                out.push_str(&format!("[^{n}]: "), i);
                                note_open = true;
                            }
                        }
                        i = after;
                        continue;
                    }
                }
                if lname == "a" {
                    // A hyperlink to the web is a source of what its text says (a link
                    // citation): written as `[text](url)`, which the normalizer reads. Only a
                    // link whose text is one run of plain words, so that the brackets close.
                    if !closing {
                        let href = attr(attrs, "href").filter(|h| {
                            (h.starts_with("http://") || h.starts_with("https://"))
                                && !h.contains([' ', '(', ')', '[', ']'])
                        });
                        let close = find_ci(src, end, "</a");
                        if let (Some(h), Some(c)) = (href, close) {
                            if link.is_none() && plain_anchor(&src[end..c]) {
                                open_cell(&mut row, &mut out, i);
                                out.push('[', i);
                                link = Some((h, i));
                            }
                        }
                    } else if let Some((h, _)) = link.take() {
                        out.push_str("](", i);
                        out.push_str(h, i);
                        out.push(')', i);
                    }
                } else if lname == "sup" {
                    // Footnote markers stay visible to the normalizer, which reads them.
                    open_cell(&mut row, &mut out, i);
                    for (k, c) in src[i..end].char_indices() {
                        out.push(c, i + k);
                    }
                } else if lname.len() == 2
                    && lname.starts_with('h')
                    && lname.as_bytes()[1].is_ascii_digit()
                {
                    out.push_str("\n\n", i);
                    if !closing {
                        out.push_str("# ", i);
                    }
                } else if lname == "i" || lname == "em" {
                    // Italics as Markdown's emphasis, which the normalizer reads: titles of
                    // works are italic ("<i>Networks and States</i>").
                    open_cell(&mut row, &mut out, i);
                    out.push('*', i);
                } else if lname == "tr" {
                    between_rows |= end_row(&mut row, &mut out, i);
                    if !closing {
                        if simple_row(src, end) {
                            // A row's line starts on a line of its own, right under the last.
                            out.push('\n', i);
                            row = Some(Row::default());
                        } else {
                            // A page laid out in a table, cells of paragraphs: blocks as ever.
                            between_rows = false;
                            out.push_str("\n\n", i);
                        }
                    }
                } else if (lname == "td" || lname == "th") && row.is_some() {
                    if let Some(r) = row.as_mut().filter(|_| !closing) {
                        r.pending = true;
                        r.data |= lname == "td";
                    }
                } else if row.is_some() && lname != "table" && BLOCK.contains(&lname.as_str()) {
                    // Paragraphs and breaks inside a cell stay on the row's line.
                    out.push(' ', i);
                } else if lname == "br" {
                    out.push('\n', i);
                } else if BLOCK.contains(&lname.as_str()) && !note_open {
                    if lname == "table" {
                        end_row(&mut row, &mut out, i);
                        between_rows = !closing;
                    }
                    out.push_str("\n\n", i);
                }
                i = end;
                continue;
            }
        }
        if b[i] == b'&' {
            if let Some((c, len)) = entity(&src[i..]) {
                if !c.is_whitespace() {
                    open_cell(&mut row, &mut out, i);
                }
                out.push(c, i);
                i += len;
                continue;
            }
        }
        let c = src[i..].chars().next().unwrap_or(' ');
        if between_rows && row.is_none() {
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            between_rows = false;
        }
        if note_open && !c.is_whitespace() {
            note_open = false;
        }
        if row.as_ref().is_some_and(|r| r.pending) {
            // A cell's leading blanks are no text.
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            open_cell(&mut row, &mut out, i);
        }
        // A link's text is read on one line, where the normalizer finds its brackets; so
        // is a table's row.
        let shown = if (link.is_some() || row.is_some()) && c.is_whitespace() {
            ' '
        } else {
            c
        };
        out.push(shown, i);
        i += c.len_utf8();
    }
    out.map.push(b.len() as u32);
    (out, title)
}

/// The value of attribute `name` in a tag's text (`<li id="fn1" …>`), quoted or not.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(name).map(|k| from + k) {
        from = k + name.len();
        let before_ok = k > 0 && lower.as_bytes()[k - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let v_at = tag.len() - rest.len() + 1;
        let v = tag[v_at..].trim_start();
        return Some(match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        });
    }
    None
}

/// Whether an anchor's inner HTML is words only: no block or break tag, no bracket, no
/// nested link, and some text.
fn plain_anchor(inner: &str) -> bool {
    let lower = inner.to_ascii_lowercase();
    !inner.contains(['[', ']'])
        && !lower.contains("<a ")
        && !lower.contains("<br")
        && !BLOCK
            .iter()
            .any(|t| lower.contains(&format!("<{t}>")) || lower.contains(&format!("<{t} ")))
        && inner.split('<').any(|part| {
            part.split_once('>')
                .map_or(part, |(_, text)| text)
                .chars()
                .any(char::is_alphanumeric)
        })
}

/// The authors a page's head names (`<meta name="author" content="Jane Doe">`), before its
/// body; several names in one tag are split as a byline's are, later.
pub fn meta_authors(src: &str) -> Vec<String> {
    let b = src.as_bytes();
    let mut end = memchr::memmem::find(b, b"<body")
        .or_else(|| memchr::memmem::find(b, b"<BODY"))
        .unwrap_or(b.len().min(64 * 1024));
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    let head = &src[..end];
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = find_ci(head, from, "<meta") {
        let Some(close) = head[k..].find('>').map(|c| k + c + 1) else {
            break;
        };
        let t = &head[k..close];
        if attr(t, "name").is_some_and(|n| n.eq_ignore_ascii_case("author")) {
            if let Some(c) = attr(t, "content") {
                let name = decode_entities(c).trim().to_string();
                // A handle or an address is no name to quote as a speaker.
                if !name.is_empty() && !name.contains(['@', '/']) && name.len() <= 80 {
                    out.push(name);
                }
            }
        }
        from = close;
    }
    out
}

/// An anchor a list item of notes carries: "cite_note-1", "fn1", "footnote-3", "endnote2",
/// "ftn4" (word processors), "note-5".
fn is_note_id(id: &str) -> bool {
    let id = id.to_ascii_lowercase();
    ["note", "fn", "ftn", "edn"].iter().any(|p| {
        id.starts_with(p) || id.contains(&format!("_{p}")) || id.contains(&format!("-{p}"))
    }) && id.bytes().any(|c| c.is_ascii_digit())
}

enum NoteAnchor {
    Call(u32),
    Note(u32),
}

/// An anchor whose whole text is a number and that links a note and its call: a call
/// (`href="#footnote-1"`, to a note's id) or a note's number (`id="footnote-1"` with a link
/// back to its call, `href="#footnote-anchor-1"`). Returns it and where its end tag ends.
fn note_anchor(src: &str, attrs: &str, end: usize) -> Option<(NoteAnchor, usize)> {
    let target = attr(attrs, "href")?.strip_prefix('#')?;
    let close = find_ci(src, end, "</a")?;
    // "1", or "[1]" as many blogs write the call.
    let text = src[end..close].trim();
    let text = text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .unwrap_or(text);
    let n: u32 = text.trim().parse().ok().filter(|&n| n > 0 && n < 1000)?;
    let after = src[close..].find('>').map_or(src.len(), |k| close + k + 1);
    // "footnote-anchor-1", "fnref1", "footnote-back-1": where a call stands, not a note.
    let is_ref = |id: &str| {
        let l = id.to_ascii_lowercase();
        l.contains("ref") || l.contains("anchor") || l.contains("back")
    };
    let noteish = |id: &str| id.to_ascii_lowercase().contains("note") || is_note_id(id);
    if noteish(target) && !is_ref(target) {
        return Some((NoteAnchor::Call(n), after));
    }
    let id = attr(attrs, "id")?;
    (noteish(id) && !is_ref(id) && is_ref(target)).then_some((NoteAnchor::Note(n), after))
}

/// A note's link back to where it is called: Wikipedia's `mw-cite-backlink`, pandoc's
/// `footnote-back`, `role="doc-backlink"`.
/// Words of an element's `id` or `class` that name page furniture: "comments-area",
/// "comment-list", "respond", "sidebar", "widget-area", "sharedaddy", "related-posts".
const CHROME_WORDS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "respond",
    "sidebar",
    "widget",
    "widgets",
    "sharedaddy",
    "share",
    "sharing",
    "related",
    "relatedposts",
    "cookie",
    "newsletter",
];

/// Whether a container's start tag marks page furniture: `role="navigation"`, or an `id` or
/// `class` that is a word of CHROME_WORDS or starts with one before `-` or `_` ("comment-list",
/// "widget-area"); not a longer word ("commentary") nor a word after another ("hljs-comment",
/// a code comment's highlighting).
fn is_page_chrome(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    // ARIA's own word for a navigation bar, as `<nav>` is.
    if lower.contains("navigation")
        && attr(tag, "role").is_some_and(|r| r.eq_ignore_ascii_case("navigation"))
    {
        return true;
    }
    let names = || {
        attr(tag, "class")
            .into_iter()
            .chain(attr(tag, "id"))
            .flat_map(str::split_whitespace)
    };
    // A site's menus in any part of a name ("mw-navigation", "site-navigation", "navbar").
    if (lower.contains("nav") || lower.contains("breadcrumb"))
        && names().flat_map(|n| n.split(['-', '_'])).any(|w| {
            ["navigation", "navbar", "breadcrumb", "breadcrumbs"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        })
    {
        return true;
    }
    if !(lower.contains("comment")
        || lower.contains("respond")
        || lower.contains("sidebar")
        || lower.contains("widget")
        || lower.contains("shar")
        || lower.contains("related")
        || lower.contains("cookie")
        || lower.contains("newsletter"))
    {
        return false;
    }
    names()
        .filter_map(|n| n.split(['-', '_']).next())
        .any(|w| CHROME_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// The index after the element whose start tag ends at `from`: its matching end tag, with
/// elements of the same name nested inside it counted (a `<div>` holds `<div>`s).
fn end_of_element(src: &str, from: usize, name: &str) -> usize {
    let b = src.as_bytes();
    let mut depth = 1usize;
    let mut i = from;
    while let Some(k) = memchr::memchr(b'<', &b[i..]).map(|k| i + k) {
        match tag(src, k) {
            Some((n, closing, end)) if n.eq_ignore_ascii_case(name) => {
                let void = src[k..end].ends_with("/>");
                if closing {
                    depth -= 1;
                    if depth == 0 {
                        return end;
                    }
                } else if !void {
                    depth += 1;
                }
                i = end;
            }
            Some((_, _, end)) => i = end,
            None => i = k + 1,
        }
    }
    src.len()
}

/// A table's row being written on one line.
#[derive(Default)]
struct Row {
    /// Cells written (those with text).
    cells: usize,
    /// A cell of data (`<td>`) was opened: no row of headers.
    data: bool,
    /// A cell is open and nothing of it written yet.
    pending: bool,
}

/// Writes the pipe before the open cell's first text, if it is yet to be written.
fn open_cell(row: &mut Option<Row>, out: &mut Mapped, at: usize) {
    if let Some(r) = row.as_mut().filter(|r| r.pending) {
        if r.cells > 0 {
            // The last cell's trailing blanks.
            out.trim_end();
        }
        out.push_str(if r.cells == 0 { "| " } else { " | " }, at);
        r.cells += 1;
        r.pending = false;
    }
}

/// Ends the open row written on one line, if any (its last pipe, and the line of `---`
/// under a row of headers); whether there was one.
fn end_row(row: &mut Option<Row>, out: &mut Mapped, at: usize) -> bool {
    let Some(r) = row.take() else {
        return false;
    };
    if r.cells > 0 {
        out.trim_end();
        out.push_str(" |", at);
        if !r.data {
            out.push_str("\n| --- |", at);
        }
    }
    true
}

/// Whether the row whose opening tag ends at `from` holds short cells of inline text only,
/// a table of data: no paragraphs, lists, headings, breaks or tables of its own (a page laid
/// out in a table has them), and not long.
fn simple_row(src: &str, from: usize) -> bool {
    const LONGEST: usize = 2000;
    // Looked for within the longest row's reach only: a long table is not read again
    // for each of its rows.
    let mut reach = (from + LONGEST + 1).min(src.len());
    while !src.is_char_boundary(reach) {
        reach -= 1;
    }
    let near = &src[..reach];
    let Some(end) = ["</tr", "<tr", "</table"]
        .iter()
        .filter_map(|t| find_ci(near, from, t))
        .min()
    else {
        return false;
    };
    let inner = &src[from..end];
    ![
        "<p",
        "<h",
        "<ul",
        "<ol",
        "<div",
        "<table",
        "<pre",
        "<li",
        "<br",
        "<blockquote",
        "<dl",
    ]
    .iter()
    .any(|t| find_ci(inner, 0, t).is_some())
}

/// An anchor within the page whose whole text is an arrow back ("↩", "↑", "^").
fn is_bare_backlink(src: &str, attrs: &str, end: usize) -> bool {
    attr(attrs, "href").is_some_and(|h| h.starts_with('#'))
        && find_ci(src, end, "</a").is_some_and(|close| {
            matches!(
                src[end..close].trim().trim_end_matches('\u{FE0E}'),
                "↩" | "↑" | "^" | "⤴" | "⮐" | "&#8617;" | "&uarr;"
            )
        })
}

fn is_backlink(tag: &str) -> bool {
    let class = attr(tag, "class").unwrap_or("");
    class.contains("backlink")
        || class.contains("footnote-back")
        || attr(tag, "role") == Some("doc-backlink")
}

/// `<name ...>` or `</name>` starting at `i`: (name, closing, index after `>`).
fn tag(src: &str, i: usize) -> Option<(&str, bool, usize)> {
    let rest = &src[i + 1..];
    let (closing, rest, off) = match rest.strip_prefix('/') {
        Some(r) => (true, r, i + 2),
        None => (false, rest, i + 1),
    };
    let n = rest
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if n == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let gt = rest.find('>')?;
    if rest[..gt].contains('<') {
        return None;
    }
    Some((&src[off..off + n], closing, off + gt + 1))
}

fn find(src: &str, from: usize, pat: &str) -> Option<usize> {
    src.get(from..)?.find(pat).map(|j| from + j)
}

fn find_ci(src: &str, from: usize, pat: &str) -> Option<usize> {
    // Compared where the pattern's first byte stands, without a lowercased copy of the rest
    // of the page for every link (a page of many links was quadratic).
    let (b, p) = (src.as_bytes(), pat.as_bytes());
    let first = *p.first()?;
    let mut i = from;
    while let Some(k) = memchr::memchr(first, b.get(i..)?).map(|k| i + k) {
        if b.len() - k >= p.len() && b[k..k + p.len()].eq_ignore_ascii_case(p) {
            return Some(k);
        }
        i = k + 1;
    }
    None
}

fn skip_past(src: &str, close: usize) -> usize {
    find(src, close, ">").map_or(src.len(), |j| j + 1)
}

/// Decodes one character entity at the start of `s`: (char, bytes consumed).
pub fn entity(s: &str) -> Option<(char, usize)> {
    // Bytes, not a slice of the text: the twelfth byte may fall inside a character.
    let semi = memchr::memchr(b';', &s.as_bytes()[..s.len().min(12)])?;
    let name = &s[1..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse().ok()?
        };
        char::from_u32(v)?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "mdash" => '—',
            "ndash" => '–',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "hellip" => '…',
            "sect" => '§',
            "para" => '¶',
            "copy" => '©',
            "reg" => '®',
            "shy" => '\u{AD}',
            _ => return None,
        }
    };
    Some((c, semi + 1))
}

pub fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        if s.as_bytes()[i] == b'&' {
            if let Some((c, n)) = entity(&s[i..]) {
                out.push(c);
                i += n;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap();
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table of data is written a row a line between pipes, a line of `---` under a row
    /// of headers, empty cells left out; a page laid out in a table keeps its blocks.
    #[test]
    fn table_rows_on_one_line() {
        let (m, _) = strip(
            "<table>\n<tr><th>Body</th><th>Chosen by</th></tr>\n<tr>\n  <td> Technical Committee </td>\n  <td></td><td><em>Appointed</em> by the Council</td>\n</tr>\n</table><p>After.</p>",
        );
        let lines: Vec<&str> = m
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            lines,
            [
                "| Body | Chosen by |",
                "| --- |",
                "| Technical Committee | *Appointed* by the Council |",
                "After."
            ]
        );
        let (m, _) =
            strip("<table><tr><td><p>First paragraph.</p><p>Second.</p></td></tr></table>");
        assert!(m.text.contains("First paragraph.\n\n"), "{:?}", m.text);
    }

    #[test]
    fn page_furniture_is_told_by_its_names() {
        for t in [
            r#"<div id="comments" class="comments-area">"#,
            r#"<ol class="comment-list">"#,
            r#"<div class="widget-area sidebar">"#,
            r#"<div class="related" role="navigation" aria-label="related navigation">"#,
            r#"<div role="navigation" id="column2">"#,
            r#"<div id="mw-navigation">"#,
            r#"<ol class="breadcrumb">"#,
        ] {
            assert!(is_page_chrome(t), "{t}");
        }
        for t in [
            r#"<span class="hljs-comment">"#,
            r#"<div class="commentary">"#,
            r#"<div class="entry-content">"#,
        ] {
            assert!(!is_page_chrome(t), "{t}");
        }
        let src = "<div class=\"comments\"><div>a</div><div>b</div></div>after";
        let open_end = src.find('>').unwrap() + 1;
        assert_eq!(&src[end_of_element(src, open_end, "div")..], "after");
    }

    #[test]
    fn an_entity_is_read_whatever_stands_after_it() {
        assert_eq!(entity("&#233; Lee"), Some(('é', 6)));
        // The twelfth byte inside a character: no entity, and no cut through it.
        assert_eq!(entity("&#233 Lee\"“Quote”"), None);
        assert_eq!(decode_entities("&#233 Lee\"“Q”"), "&#233 Lee\"“Q”");
    }

    #[test]
    fn the_heads_meta_author_names_the_authors() {
        let src = r#"<html><head><meta charset="utf-8"><META NAME="Author" CONTENT="Jos&#233; Ruiz"><meta name="author" content="@handle"></head><body><meta name="author" content="Not Me"></body>"#;
        assert_eq!(meta_authors(src), ["José Ruiz"]);
        // No body: the head is read up to a character's boundary.
        let long = format!("<meta name=author content=Ann>{}", "é".repeat(40_000));
        assert_eq!(meta_authors(&long), ["Ann"]);
    }

    #[test]
    fn strips_tags_keeps_offsets_and_title() {
        let src = "<html><head><title>T &amp; U</title></head><body><p>Hello <b>world</b>&nbsp;x<p>Next<script>bad()</script></body>";
        let (m, title) = strip(src);
        assert_eq!(title, "T & U");
        let t = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(t, "Hello world x Next");
        let w = m.text.find("world").unwrap();
        assert_eq!(&src[m.orig(w)..m.orig(w) + 5], "world");
    }

    #[test]
    fn lists_of_notes_are_notes_numbered_by_place() {
        // Wikipedia's shape: calls in <sup>, notes in an <ol> whose items carry anchors.
        let src = r##"<p>Claim.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span>Roe, <i>Names</i> (2010).</span></li><li id="cite_note-mou-2"><span class="mw-cite-backlink">^ <a href="#r"><sup>a</sup></a></span> Second.</li></ol><ol start="7"><li>Plain item</li></ol><section class="footnotes"><ol start="3"><li id="fn3"><p>Third.<a href="#fnref3" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>"##;
        let (m, _) = strip(src);
        let t = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            t,
            r#"Claim.<sup class="reference">[^1]</sup> [^1]: Roe, *Names* (2010). [^2]: Second. Plain item [^3]: Third."#
        );
        assert_eq!(attr(r#"<li class=x id='fn2'>"#, "id"), Some("fn2"));
        assert_eq!(attr("<ol start=4>", "start"), Some("4"));
        assert_eq!(attr(r#"<li data-id="fn9">"#, "id"), None);
        assert!(!is_note_id("menu-item-12") && !is_note_id("function"));
    }

    /// Substack's notes: calls and note numbers as bare anchors that link each other; the
    /// note's text in blocks of its own. A number that links elsewhere ("page 2") is text.
    #[test]
    fn bare_anchors_call_and_number_notes() {
        let src = r##"<p>Claim.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> See <a href="#sec2">2</a>.</p><div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>Roe, Names (2010).</p></div></div>"##;
        let (m, _) = strip(src);
        let t = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(t, "Claim.[^1] See 2. [^1]: Roe, Names (2010).");
        // The page's offsets still map each character back.
        let at = m.text.find("Roe").unwrap();
        assert_eq!(&src[m.map[at] as usize..m.map[at] as usize + 3], "Roe");
        assert_eq!(find_ci("ab</A>", 0, "</a"), Some(2));
        assert_eq!(find_ci("ab</b>", 0, "</a"), None);
    }

    #[test]
    fn web_links_are_markdown_links() {
        let src = r##"<p>As <a href="https://example.org/bylaws">the
<i>bylaws</i></a> say, see <a href="#sec2">below</a>, <a href="https://x.org/a b">odd</a> and <a href="https://x.org/[1]">[1]</a>.</p>"##;
        let (m, _) = strip(src);
        let t = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            t,
            "As [the *bylaws*](https://example.org/bylaws) say, see below, odd and [1]."
        );
        let k = m.text.find("bylaws*]").unwrap();
        assert_eq!(&src[m.map[k] as usize..m.map[k] as usize + 6], "bylaws");
    }

    #[test]
    fn declarations_are_not_text() {
        let src = "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><body><p>Kept<![CDATA[ x > y ]]> here</p></body></html>";
        let (m, _) = strip(src);
        let t = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(t, "Kept here");
        let (m, _) = strip("<!DOCTYPE html");
        assert_eq!(m.text.trim(), "");
    }

    #[test]
    fn unclosed_and_broken_tags_do_not_panic() {
        let (m, _) = strip("<p>a < b <td>c<div");
        assert!(m.text.contains("a < b"));
        assert!(m.text.contains('c'));
    }
}
