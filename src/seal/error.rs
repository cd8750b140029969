//! Typed errors for opening and reading sealed parts.
//!
//! Each says which file and what went wrong in words an operator can act on; the
//! kind lets a caller react (e.g. try other keys on [`SealErrorKind::NoIdentityMatched`]).
//! While streaming, they travel inside `std::io::Error`; [`SealError::from_io`]
//! gets them back.

use std::io;
use std::path::PathBuf;

/// A failure to open or read one sealed file.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", path.display())]
pub struct SealError {
    /// The sealed file.
    pub path: PathBuf,
    /// What failed.
    pub kind: SealErrorKind,
}

/// What failed while opening or reading a sealed file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SealErrorKind {
    /// The file could not be opened or read.
    #[error("cannot read the file: {0}")]
    Io(#[source] io::Error),
    /// The file does not start like an age file.
    #[error("not an age file")]
    NotAgeFile,
    /// An age file of a newer, unknown version.
    #[error("unsupported age format version (written by a newer tool?)")]
    UnsupportedVersion,
    /// The age header cannot be parsed.
    #[error("the age header is malformed: the file was altered or is not a pgseal part")]
    MalformedHeader,
    /// None of the identities can unwrap the file key.
    #[error("no identity matched: the file is sealed to {recipients}, and none of the {tried} given identities opens it")]
    NoIdentityMatched {
        /// Stanza types in the header, e.g. "1 X25519 recipient".
        recipients: String,
        /// How many identities were tried.
        tried: usize,
    },
    /// An identity that needed decrypting could not be decrypted.
    #[error("could not decrypt an identity (wrong passphrase?)")]
    IdentityLocked,
    /// age's own explanation (e.g. excessive scrypt work).
    #[error("{0}")]
    Age(String),
    /// The header or a recipient stanza fails authentication.
    #[error("authentication failed: the age header was altered")]
    HeaderAltered,
    /// The file ends early.
    #[error("file is truncated ({0})")]
    Truncated(&'static str),
    /// A chunk before the last one fails authentication.
    #[error("authentication failed: the file was altered")]
    Altered,
    /// The last chunk fails authentication; cutting a file short looks the same
    /// as altering its end.
    #[error("authentication failed at the end of the file: the file is truncated or was altered")]
    TruncatedOrAltered,
    /// Data follows the end of the age stream or of the zstd frame.
    #[error("trailing data after the end of the {0}")]
    TrailingData(&'static str),
    /// The decrypted data is not a valid zstd stream.
    #[error("corrupt compressed data: {0}")]
    Decompress(String),
    /// The zstd frame stops before its end.
    #[error("the compressed stream ended early (incomplete zstd frame)")]
    CompressedStreamEnded,
}

impl SealError {
    pub(crate) fn new(path: impl Into<PathBuf>, kind: SealErrorKind) -> Self {
        Self {
            path: path.into(),
            kind,
        }
    }

    /// Wraps this error for transport through `std::io::Read`.
    pub(crate) fn into_io(self) -> io::Error {
        let kind = match &self.kind {
            SealErrorKind::Io(e) => e.kind(),
            SealErrorKind::Truncated(_) | SealErrorKind::CompressedStreamEnded => {
                io::ErrorKind::UnexpectedEof
            }
            _ => io::ErrorKind::InvalidData,
        };
        io::Error::new(kind, self)
    }

    /// The [`SealError`] inside an I/O error returned by a
    /// [`super::SealedReader`], if it carries one.
    pub fn from_io(e: &io::Error) -> Option<&SealError> {
        e.get_ref()
            .and_then(|inner| inner.downcast_ref::<SealError>())
    }
}
