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
                if lname == "sup" {
                    // Footnote markers stay visible to the normalizer, which reads them.
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
                } else if lname == "br" {
                    out.push('\n', i);
                } else if BLOCK.contains(&lname.as_str()) {
                    out.push_str("\n\n", i);
                }
                i = end;
                continue;
            }
        }
        if b[i] == b'&' {
            if let Some((c, len)) = entity(&src[i..]) {
                out.push(c, i);
                i += len;
                continue;
            }
        }
        let c = src[i..].chars().next().unwrap_or(' ');
        out.push(c, i);
        i += c.len_utf8();
    }
    out.map.push(b.len() as u32);
    (out, title)
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
    let hay = src.get(from..)?.to_ascii_lowercase();
    hay.find(pat).map(|j| from + j)
}

fn skip_past(src: &str, close: usize) -> usize {
    find(src, close, ">").map_or(src.len(), |j| j + 1)
}

/// Decodes one character entity at the start of `s`: (char, bytes consumed).
pub fn entity(s: &str) -> Option<(char, usize)> {
    let semi = s[..s.len().min(12)].find(';')?;
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
