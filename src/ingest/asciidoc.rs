//! AsciiDoc into the line-oriented text the normalizer reads, with an offset map.
//!
//! Foundations and projects write charters and process documents in AsciiDoc (`.adoc`).
//! Read as plain text, its markup turns into claims (`:toc:`, `[source,shell]`, listing
//! blocks) and its footnotes are lost. Like `rst::strip`, this pass keeps what a reader sees
//! and writes it in the forms the normalizer knows: `= Title` as `# Title`, list items as
//! `* item`, `footnote:[text]` as a call `[^1]` and a note `[^1]: text`, `link:url[text]`
//! and `https://url[text]` as `[text](url)`. Every byte written maps back to a byte of the
//! source; what the writer adds (`#`, `* `, a note's label) maps to the markup it replaces.

use super::mapped::Mapped;
use super::rst::{source_lines, Meta};

/// Delimited blocks whose content is not prose: listing, literal, passthrough, comment,
/// table.
fn skipped_block(l: &str) -> bool {
    let run = |c: char| l.len() >= 4 && l.chars().all(|x| x == c);
    run('-')
        || run('.')
        || run('+')
        || run('/')
        || l.starts_with("|===") && l[1..].chars().all(|c| c == '=')
}

/// Delimited blocks whose content is prose: quote, example, sidebar, open block.
fn kept_block(l: &str) -> bool {
    let run = |c: char| l.len() >= 4 && l.chars().all(|x| x == c);
    run('_') || run('=') || run('*') || l == "--"
}

/// `text` as it is, each byte mapped to its own source byte.
fn copy(out: &mut Mapped, text: &str, at: usize) {
    for (i, c) in text.char_indices() {
        out.push(c, at + i);
    }
}

/// The AsciiDoc document as the normalizer's text, and what its header says.
pub fn strip(src: &str) -> (Mapped, Meta) {
    let lines = source_lines(src);
    let mut out = Mapped::with_capacity(src.len() + 64);
    let mut meta = Meta::default();
    let mut notes: Vec<(String, &str, usize)> = Vec::new();
    // The delimiter of the block being skipped, or of the prose block being read.
    let mut skipping: Option<&str> = None;
    let mut title_line: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        let l = line.text.trim_end();
        if let Some(d) = skipping {
            if l == d {
                skipping = None;
            }
            continue;
        }
        if skipped_block(l) {
            skipping = Some(l);
            continue;
        }
        if kept_block(l) || l == "+" {
            out.push('\n', line.at);
            continue;
        }
        // Comments, block attributes ("[source,shell]", "[[anchor]]") and block titles
        // (".An example") are markup.
        if l.starts_with("//")
            || l.starts_with('[') && l.ends_with(']')
            || l.starts_with('.') && l[1..].starts_with(|c: char| c.is_alphanumeric())
        {
            continue;
        }
        // Attribute entries: ":author: Jane Doe", ":toc:".
        if let Some((name, value)) = attribute(l) {
            let v = value.trim();
            match name {
                "author" | "authors" if !v.is_empty() => meta.authors.extend(authors(v)),
                "revdate" | "date" if !v.is_empty() => meta.date = Some(v.to_string()),
                _ => {}
            }
            continue;
        }
        // The author line under the document's title ("Jane Doe <jane@example.org>").
        if title_line.is_some_and(|t| t + 1 == i) && !l.is_empty() && meta.authors.is_empty() {
            meta.authors.extend(authors(l));
            continue;
        }
        if let Some((level, title)) = heading(l) {
            if level == 1 && meta.title.is_none() {
                meta.title = Some(title.to_string());
                title_line = Some(i);
            }
            let start = l.len() - title.len();
            for k in 0..level {
                out.push('#', line.at + k.min(start));
            }
            out.push(' ', line.at + level.min(start));
            copy(&mut out, title, line.at + start);
            out.push('\n', line.at + l.len());
            continue;
        }
        let mut body = l;
        let mut body_at = line.at;
        // Admonitions: "NOTE: The TSC is elected annually."
        for label in ["NOTE: ", "TIP: ", "IMPORTANT: ", "WARNING: ", "CAUTION: "] {
            if let Some(rest) = body.strip_prefix(label) {
                body_at += label.len();
                body = rest;
            }
        }
        // List items: "* item", "** item", "- item", ". item".
        if let Some((marker, rest)) = list_item(body) {
            out.push('*', body_at);
            out.push(' ', body_at + marker);
            body_at += body.len() - rest.len();
            body = rest;
        }
        // A hard line break (" +" at the end) is no text.
        let body = body.strip_suffix(" +").unwrap_or(body);
        inline(&mut out, body, body_at, &mut notes);
        out.push('\n', line.at + l.len());
    }
    // Footnotes, as notes after the text.
    for (key, text, at) in &notes {
        out.push('\n', *at);
        for c in "[^".chars().chain(key.chars()).chain("]: ".chars()) {
            out.push(c, *at);
        }
        inline(&mut out, text, *at, &mut Vec::new());
        out.push('\n', *at + text.len());
    }
    out.map.push(src.len() as u32);
    (out, meta)
}

/// `:name: value` (or `:name!:`, which unsets it).
fn attribute(l: &str) -> Option<(&str, &str)> {
    let rest = l.strip_prefix(':')?;
    let end = rest.find(':')?;
    let name = rest[..end].trim_end_matches('!');
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_'))
    .then(|| (name, &rest[end + 1..]))
}

/// Names of an author line or attribute, without their addresses: "Jane Doe
/// <jane@example.org>; John Smith".
fn authors(v: &str) -> Vec<String> {
    v.split(';')
        .map(|a| a.split('<').next().unwrap_or("").trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

/// A section title: "= Title" (level 1) to "====== Title".
fn heading(l: &str) -> Option<(usize, &str)> {
    let level = l.chars().take_while(|&c| c == '=').count();
    let title = l[level..].strip_prefix(' ')?.trim();
    ((1..=6).contains(&level) && !title.is_empty()).then_some((level, title))
}

/// A list item's marker length and its text.
fn list_item(l: &str) -> Option<(usize, &str)> {
    let marker = l
        .chars()
        .take_while(|&c| c == '*' || c == '.' || c == '-')
        .count();
    let m = &l[..marker];
    let one_kind = m.chars().all(|c| c == '*') || m.chars().all(|c| c == '.') || m == "-";
    let rest = l[marker..].strip_prefix(' ')?;
    (marker >= 1 && marker <= 5 && one_kind && !rest.trim().is_empty()).then_some((marker, rest))
}

/// Copies a line's text, writing its inline macros as the normalizer reads them:
/// `footnote:[text]` as `[^n]` (the note kept for the end), `link:url[text]` and
/// `https://url[text]` as `[text](url)`, `<<id,text>>` as its text.
fn inline<'a>(out: &mut Mapped, s: &'a str, at: usize, notes: &mut Vec<(String, &'a str, usize)>) {
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if let Some(after) = rest.strip_prefix("footnote:") {
            // "footnote:[text]" or "footnote:name[text]" ("footnote:name[]" calls it again).
            if let Some(open) = after.find('[') {
                let name = &after[..open];
                if name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
                {
                    if let Some(close) = closing_bracket(&after[open..]) {
                        let body = &after[open + 1..open + close];
                        let key = if !name.is_empty() && notes.iter().any(|(k, _, _)| k == name) {
                            name.to_string()
                        } else {
                            let key = if name.is_empty() {
                                (notes.len() + 1).to_string()
                            } else {
                                name.to_string()
                            };
                            notes.push((key.clone(), body, at + i + "footnote:".len() + open + 1));
                            key
                        };
                        for c in "[^".chars().chain(key.chars()).chain("]".chars()) {
                            out.push(c, at + i);
                        }
                        i += "footnote:".len() + open + close + 1;
                        continue;
                    }
                }
            }
        }
        let link = rest.strip_prefix("link:").map(|r| (r, 5)).or_else(|| {
            (rest.starts_with("https://") || rest.starts_with("http://")).then_some((rest, 0))
        });
        if let Some((target, skip)) = link {
            let end = target
                .find(|c: char| c.is_whitespace() || c == '[')
                .unwrap_or(target.len());
            if target[end..].starts_with('[') {
                if let Some(close) = closing_bracket(&target[end..]) {
                    let url = &target[..end];
                    let text = &target[end + 1..end + close];
                    let text_at = at + i + skip + end + 1;
                    out.push('[', at + i);
                    copy(
                        out,
                        if text.is_empty() { url } else { text },
                        if text.is_empty() {
                            at + i + skip
                        } else {
                            text_at
                        },
                    );
                    out.push(']', text_at + text.len());
                    out.push('(', at + i + skip);
                    copy(out, url, at + i + skip);
                    out.push(')', text_at + text.len());
                    i += skip + end + close + 1;
                    continue;
                }
            }
        }
        if let Some(x) = rest.strip_prefix("<<") {
            if let Some(close) = x.find(">>") {
                let inner = &x[..close];
                let (shown, off) = match inner.split_once(',') {
                    Some((_, text)) => (text.trim_start(), inner.len() - text.trim_start().len()),
                    None => (inner, 0),
                };
                copy(out, shown, at + i + 2 + off);
                i += 2 + close + 2;
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c, at + i);
        i += c.len_utf8();
    }
}

/// Where the `]` that closes the `[` at the start of `s` is (nested brackets counted).
fn closing_bracket(s: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text, blank lines squeezed (the normalizer reads any run of them as one).
    fn text(src: &str) -> String {
        squeezed(&strip(src).0.text)
    }

    fn squeezed(t: &str) -> String {
        let mut s = t.to_string();
        while s.contains("\n\n\n") {
            s = s.replace("\n\n\n", "\n\n");
        }
        s
    }

    #[test]
    fn markup_is_left_out_and_titles_and_items_are_written_as_markdown() {
        let src = "= Widget Charter\nJane Doe <jane@example.org>\n:toc:\n:revdate: 2024-05-01\n\n== Governance\n\n[source,shell]\n----\nmake install\n----\n\n// a comment\n.A block title\n* The TSC approves releases. +\n** Nested.\n\nNOTE: The TSC is elected annually.\n";
        let (m, meta) = strip(src);
        assert_eq!(
            squeezed(&m.text),
            "# Widget Charter\n\n## Governance\n\n* The TSC approves releases.\n* Nested.\n\nThe TSC is elected annually.\n\n"
        );
        assert_eq!(meta.title.as_deref(), Some("Widget Charter"));
        assert_eq!(meta.authors, ["Jane Doe"]);
        assert_eq!(meta.date.as_deref(), Some("2024-05-01"));
        // Every byte maps back to the source: the title's words to themselves.
        let t = m.text.find("Widget").unwrap();
        assert_eq!(&src[m.map[t] as usize..m.map[t] as usize + 6], "Widget");
        assert_eq!(m.map.len(), m.text.len() + 1);
    }

    /// Markup cut off anywhere (an open block, a bracket never closed, a macro at the end)
    /// is read without a panic, and every byte still maps into the source.
    #[test]
    fn broken_markup_is_read() {
        let mut pick = crate::extract::test_picker(0x5DEE_CE66_D1CE_4E5B);
        let pieces = [
            "= T",
            "== S",
            "----",
            "____",
            "footnote:[",
            "footnote:x[",
            "]",
            "[",
            "link:",
            "https://a.b",
            "<<",
            ">>",
            ",",
            "* ",
            ". ",
            "NOTE: ",
            ":a:",
            "é",
            "word",
            " +",
            "+",
            "//",
            "|===",
            "[x]",
            ".T",
        ];
        for _ in 0..3000 {
            let src = crate::extract::test_text(&mut pick, 16, &pieces, &["", " ", "\n", "\n\n"]);
            let (m, _) = strip(&src);
            assert_eq!(m.map.len(), m.text.len() + 1, "{src:?}");
            assert!(m.map.iter().all(|&o| o as usize <= src.len()), "{src:?}");
        }
    }

    #[test]
    fn footnotes_links_and_cross_references() {
        assert_eq!(
            text("The Board decides.footnote:[Bylaws, art. 3.] See link:https://x.org/c[the charter] and <<gov,Governance>>.\n"),
            "The Board decides.[^1] See [the charter](https://x.org/c) and Governance.\n\n[^1]: Bylaws, art. 3.\n"
        );
        assert_eq!(
            text("One.footnote:b[Note B.] Two.footnote:b[]\n"),
            "One.[^b] Two.[^b]\n\n[^b]: Note B.\n"
        );
        assert_eq!(
            text("Read https://x.org/p[the policy].\n"),
            "Read [the policy](https://x.org/p).\n\n"
        );
    }
}
