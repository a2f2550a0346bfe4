//! Stage 1 of the pipeline: read a file, check that it is text, and normalize it into
//! blocks and sentences that keep an offset map back to the original bytes.

pub mod asciidoc;
pub mod html;
pub mod mapped;
pub mod normalize;
pub mod rst;
pub mod sentences;
pub mod words;

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub use normalize::{Block, BlockKind, Inline, InlineKind, Marker, Text};
pub use sentences::Sentence;

/// Files larger than this are refused: warrant reads documents, not dumps.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    /// reStructuredText: `.rst` files, and `.txt` files written in it.
    Rst,
    /// AsciiDoc: `.adoc` and `.asciidoc` files (not `.asc`: that is also a PGP signature).
    AsciiDoc,
}

impl Format {
    /// The file extensions read, each with its format (the CLI's help lists them).
    pub const EXTENSIONS: &'static [(&'static str, Format)] = &[
        ("txt", Format::Text),
        ("text", Format::Text),
        ("md", Format::Markdown),
        ("markdown", Format::Markdown),
        ("rst", Format::Rst),
        ("rest", Format::Rst),
        ("adoc", Format::AsciiDoc),
        ("asciidoc", Format::AsciiDoc),
        ("html", Format::Html),
        ("htm", Format::Html),
    ];
    /// The extensions for a message: ".txt, .text, ... and .htm".
    pub fn listed() -> String {
        let all: Vec<String> = Format::EXTENSIONS
            .iter()
            .map(|(e, _)| format!(".{e}"))
            .collect();
        match all.split_last() {
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        }
    }
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::EXTENSIONS
            .iter()
            .find(|(e, _)| *e == ext)
            .map(|&(_, f)| f)
    }
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Rst => "rst",
            Format::AsciiDoc => "asciidoc",
        }
    }
}

/// A document read from disk and normalized; input to every extractor.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub path: PathBuf,
    pub format: Format,
    pub sha256: String,
    pub bytes: usize,
    pub text: Text,
    pub sentences: Vec<Sentence>,
}

impl Document {
    pub fn title(&self) -> &str {
        &self.text.title
    }
}

/// Reads and checks one file: exists, not too large, not binary, valid UTF-8, not empty.
pub fn read_source(path: &Path) -> Result<(Format, Vec<u8>)> {
    use std::io::Read;
    let unreadable = |e| Error::Unreadable {
        path: path.to_path_buf(),
        source: e,
    };
    // Opened once; its size asked of the open file, not of the path again.
    let mut file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound {
            path: path.to_path_buf(),
        },
        _ => unreadable(e),
    })?;
    let format = Format::from_path(path).ok_or_else(|| Error::UnknownFormat {
        path: path.to_path_buf(),
        ext: path
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_else(|| "(none)".into()),
    })?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize + 1);
    file.read_to_end(&mut bytes).map_err(unreadable)?;
    Ok((format, bytes))
}

/// Turns raw bytes into a normalized document. Pure apart from the path it records.
pub fn parse(id: &str, path: &Path, format: Format, bytes: &[u8]) -> Result<Document> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    // A byte order mark declares UTF-16 (Windows' "Unicode" text): read as it says. Offsets
    // then count the bytes of its text in UTF-8, as for a page's declared encoding; the
    // hash and the size stay the file's.
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    }
    .map(|enc| enc.decode_with_bom_removal(bytes))
    .filter(|(text, malformed)| !malformed && !text.contains('\0'))
    .map(|(text, _)| text.into_owned());
    let decoded;
    let src = match utf16 {
        Some(text) => {
            decoded = text;
            &decoded
        }
        None => {
            // `contains` on bytes is a memchr; the position is looked for only in binary input.
            if bytes.contains(&0) {
                let offset = bytes.iter().position(|&b| b == 0).unwrap_or_default();
                return Err(Error::Binary {
                    path: path.to_path_buf(),
                    offset,
                });
            }
            match std::str::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => {
                    // A web page may declare another encoding ("charset=iso-8859-1"): read as
                    // it says. Offsets then count the bytes of its text in UTF-8.
                    decoded = declared_encoding(format, bytes)
                        .map(|enc| enc.decode_without_bom_handling(bytes).0.into_owned())
                        .ok_or_else(|| Error::InvalidUtf8 {
                            path: path.to_path_buf(),
                            offset: e.valid_up_to(),
                        })?;
                    &decoded
                }
            }
        }
    };
    // Plain text written in reST (Django's and Debian's documents, older PEPs) is read as reST.
    let format = if format == Format::Text && rst::looks_like_rst(src) {
        Format::Rst
    } else {
        format
    };
    let text = normalize::normalize(src, format);
    if text.blocks.iter().all(|b| b.kind == BlockKind::Furniture) || text.text.trim().is_empty() {
        return Err(Error::NoText {
            path: path.to_path_buf(),
        });
    }
    let sentences = sentences::split(&text);
    Ok(Document {
        id: id.to_string(),
        path: path.to_path_buf(),
        format,
        sha256: hex(&Sha256::digest(bytes)),
        bytes: bytes.len(),
        text,
        sentences,
    })
}

/// The encoding an HTML page declares in its first 2 KB (`<meta charset="...">`,
/// `content="text/html; charset=..."` or `<?xml ... encoding="..."?>`), if it is one
/// `encoding_rs` knows other than UTF-8 (a page that says UTF-8 and is not, is invalid).
fn declared_encoding(format: Format, bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if format != Format::Html {
        return None;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=").map(|p| p + 8).or_else(|| {
        head.find("<?xml")
            .and_then(|x| head[x..].find("encoding=").map(|p| x + p + 9))
    })?;
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes()).filter(|e| *e != encoding_rs::UTF_8)
}

/// Whether a link's destination is on the web (`http://`, `https://`): a relative file
/// such as "http.md#class-httpclientrequest" is not.
pub fn is_web_address(url: &str) -> bool {
    let b = url.as_bytes();
    let scheme = |p: &[u8]| b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    scheme(b"http://") || scheme(b"https://")
}

/// Lowercase hexadecimal, two digits a byte (one `format!` a byte cost more than the hash).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// The document id: the file stem, reduced to characters that are safe in an IRI path.
pub fn doc_id_for(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.' {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_matches('-').to_string();
    if id.is_empty() {
        "doc".into()
    } else {
        id
    }
}

/// Expands the paths given to `load`: files as they are, directories recursively
/// (sorted, hidden entries, README files and stores skipped, only known formats).
pub fn collect_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    Ok(collect(paths)?.0)
}

/// The files to read under `paths`, and the files passed over in their directories for a
/// format warrant does not read, counted by extension ("pdf", or "" for none), in order.
pub fn collect(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<(String, usize)>)> {
    let mut out = Vec::new();
    let mut skipped = std::collections::BTreeMap::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out, &mut skipped)?;
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(Error::NotFound { path: p.clone() });
        }
    }
    Ok((out, skipped.into_iter().collect()))
}

fn walk(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    skipped: &mut std::collections::BTreeMap<String, usize>,
) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::Unreadable {
            path: dir.to_path_buf(),
            source: e,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            // A store (RocksDB's files) under the corpus is no part of it.
            if !(p.join("CURRENT").is_file() && p.join("IDENTITY").is_file()) {
                walk(&p, out, skipped)?;
            }
        } else if Format::from_path(&p).is_none() {
            let ext = p
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            *skipped.entry(ext).or_insert(0) += 1;
        } else if !name.to_ascii_lowercase().starts_with("readme") {
            out.push(p);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn web_addresses_have_a_scheme() {
        assert!(super::is_web_address("https://example.org/x"));
        assert!(super::is_web_address("HTTP://example.org"));
        assert!(!super::is_web_address("http.md#class-httpclientrequest"));
        assert!(!super::is_web_address("https://"));
    }

    #[test]
    fn hex_is_two_lowercase_digits_a_byte() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa0, 0xff, 0x5c]), "000fa0ff5c");
        assert_eq!(super::hex(&[]), "");
    }

    #[test]
    fn utf16_with_its_byte_order_mark_is_text() {
        use super::*;
        let text = "The Board is accountable to the members.\n";
        for (bom, be) in [([0xFF, 0xFE], false), ([0xFE, 0xFF], true)] {
            let mut bytes = bom.to_vec();
            for u in text.encode_utf16() {
                bytes.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            let d = parse("u", Path::new("u.txt"), Format::Text, &bytes).unwrap();
            assert_eq!(d.text.text.trim(), text.trim());
            // The file's own hash and size.
            assert_eq!(d.sha256, hex(&Sha256::digest(&bytes)));
            assert_eq!(d.bytes, bytes.len());
        }
        // Without the mark, NUL bytes make it binary, as before.
        let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(matches!(
            parse("u", Path::new("u.txt"), Format::Text, &bare),
            Err(Error::Binary { .. })
        ));
    }
}
