//! Sealing: zstd compression under age encryption, and the keys for it.
//!
//! A sealed part is `age(zstd(plaintext))`, one age stream holding a run of
//! zstd frames, so `age -d -i key part | zstd -d` recovers it with the stock tools.

mod archive_key;
mod error;
mod frames;
mod identities;
mod reader;
mod recipients;
#[cfg(test)]
mod test_support;
mod writer;

pub use archive_key::ArchiveKey;
pub use error::{SealError, SealErrorKind};
pub use frames::Compressors;
pub use identities::{
    load_identities, load_identities_with, passphrase_env, passphrase_from_env, AsIdentity,
    BoxedIdentity, PASSPHRASE_ENV,
};
pub use reader::{open_sealed, open_sealed_at, open_sealed_object, SealedReader};
pub use recipients::{load_recipients, BoxedRecipient};
pub use writer::{SealStats, SealedWriter};

/// Re-exported so callers can name passphrases and keys without depending on age.
pub use age::secrecy::SecretString;
pub use age::x25519;
