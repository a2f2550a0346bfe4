//! Typed errors of the library. Each variant renders as one line that says what went
//! wrong, with which file or document, and what to do about it.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: file is empty; nothing to load")]
    Empty { path: PathBuf },
    #[error(
        "{path}: looks like a binary file (NUL byte at offset {offset}); warrant loads text: {}",
        crate::ingest::Format::listed()
    )]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: not valid UTF-8 (invalid byte at offset {offset}); convert it to UTF-8 first, e.g. with iconv")]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error(
        "{path}: unknown format '{ext}'; warrant loads {} files",
        crate::ingest::Format::listed()
    )]
    UnknownFormat { path: PathBuf, ext: String },
    #[error("{path}: file is too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{path}: no text found after removing markup")]
    NoText { path: PathBuf },
    #[error("unknown document '{id}'; run `warrant docs` to list the loaded documents")]
    UnknownDocument { id: String },
    #[error("unknown claim '{id}'; claim IRIs come from `warrant query claims`")]
    UnknownClaim { id: String },
    #[error("store {path} is in use by another warrant process; wait for it to finish or pass --store DIR")]
    StoreLocked { path: PathBuf },
    #[error("store {path}: {message}")]
    Store { path: String, message: String },
    #[error("SPARQL syntax error: {0}")]
    QuerySyntax(String),
    #[error("query failed: {0}")]
    QueryEval(String),
    #[error("unknown query '{name}'; run `warrant queries` to list the shipped queries")]
    UnknownQuery { name: String },
    #[error("{context}: {message}")]
    Invalid { context: String, message: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Whoever read the output stopped reading (`warrant query claims | head`): no error of
    /// warrant's, and nothing to report.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    pub fn invalid(context: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            context: context.into(),
            message: message.into(),
        }
    }
}
