//! What kind of failure an error is.
//!
//! Callers must tell a damaged archive from a wrong key and a cut-short dump
//! from one pgseal refuses to split (the command line's exit status does).
//! Errors travel as `anyhow::Error` with context; [`kind_of`] reads the kind
//! from the typed errors in the chain, so it is decided where the error is
//! raised, never from a message's wording.

use std::io;

use crate::seal::{SealError, SealErrorKind};
use crate::splitter::SplitError;

/// The kinds of failure a caller may need to react to differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// Anything else: I/O, keys, decryption with the wrong identity, a
    /// refused request.
    Failed,
    /// The input is not a pg_dumpall stream that can be split safely;
    /// nothing was written.
    Unsplittable,
    /// The input was cut short, or the archive is marked incomplete.
    Incomplete,
    /// A file of the archive is missing, altered, swapped or truncated, or a
    /// required signature is missing or does not hold.
    Damaged,
    /// A restore ran and a part failed, or a drill's verdict is FAIL.
    RestoreFailed,
}

/// An error whose kind is stated where it is raised.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    /// What kind of failure this is.
    pub kind: ErrorKind,
    message: String,
}

/// An error of `kind` saying `message`.
pub fn fail(kind: ErrorKind, message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Failure {
        kind,
        message: message.into(),
    })
}

/// The kind of `e`: that of the outermost typed error in its chain that has
/// one, else [`ErrorKind::Failed`].
pub fn kind_of(e: &anyhow::Error) -> ErrorKind {
    e.chain().find_map(kind_of_one).unwrap_or(ErrorKind::Failed)
}

fn kind_of_one(e: &(dyn std::error::Error + 'static)) -> Option<ErrorKind> {
    if let Some(f) = e.downcast_ref::<Failure>() {
        return Some(f.kind);
    }
    if let Some(s) = e.downcast_ref::<SplitError>() {
        return match s {
            SplitError::Input { .. } | SplitError::NotADump(_) => Some(ErrorKind::Unsplittable),
            SplitError::Io(_) => None,
        };
    }
    if e.downcast_ref::<crate::sign::SignError>().is_some()
        || e.downcast_ref::<crate::archive::reader::NotSigned>()
            .is_some()
    {
        return Some(ErrorKind::Damaged);
    }
    if let Some(s) = e.downcast_ref::<SealError>() {
        return Some(seal_kind(&s.kind));
    }
    // A SealError crossing a `Read` travels inside an io::Error, whose
    // `source()` skips it.
    let seal = e.downcast_ref::<io::Error>().and_then(SealError::from_io)?;
    Some(seal_kind(&seal.kind))
}

/// A sealed file that cannot be read because of what is in it is damaged
/// (pgseal writes age v1 only, so another version is damage too); one that
/// cannot be read with the keys given, or at all, is not.
fn seal_kind(kind: &SealErrorKind) -> ErrorKind {
    match kind {
        SealErrorKind::Io(e) if e.kind() == io::ErrorKind::NotFound => ErrorKind::Damaged,
        SealErrorKind::Io(_)
        | SealErrorKind::NoIdentityMatched { .. }
        | SealErrorKind::IdentityLocked
        | SealErrorKind::Age(_) => ErrorKind::Failed,
        _ => ErrorKind::Damaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outermost_typed_error_decides() {
        let e = fail(ErrorKind::Incomplete, "cut short").context("while reading x");
        assert_eq!(kind_of(&e), ErrorKind::Incomplete);
        let e = anyhow::Error::new(SplitError::NotADump("no".into())).context("cannot split");
        assert_eq!(kind_of(&e), ErrorKind::Unsplittable);
        assert_eq!(kind_of(&anyhow::anyhow!("plain")), ErrorKind::Failed);
    }

    #[test]
    fn seal_errors_inside_io_errors_are_found() {
        let seal = SealError {
            path: "db-0001.sql.zst.age".into(),
            kind: SealErrorKind::Altered,
        };
        let io = io::Error::new(io::ErrorKind::InvalidData, seal);
        let e = anyhow::Error::new(io).context("while reading db-0001");
        assert_eq!(kind_of(&e), ErrorKind::Damaged);
        let locked = SealError {
            path: "x".into(),
            kind: SealErrorKind::IdentityLocked,
        };
        assert_eq!(kind_of(&anyhow::Error::new(locked)), ErrorKind::Failed);
    }
}
