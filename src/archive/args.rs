//! The command-line arguments that name an archive and unlock it, shared by
//! every subcommand that reads one.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::Archive;
use crate::seal::load_identities;
use crate::sign::VerifyingKey;

#[derive(Args, Debug)]
pub struct ArchiveArgs {
    /// Archive directory
    pub dir: PathBuf,
    /// age identity file (possibly passphrase-protected) or SSH private key; repeatable.
    /// Without one, a passphrase archive asks for its passphrase.
    #[arg(short, long = "identity", value_name = "IDENTITY")]
    pub identity: Vec<PathBuf>,
    /// Require a valid signature by this Ed25519 key (an OpenSSH .pub file)
    #[arg(long, value_name = "PATH")]
    pub verify_key: Option<PathBuf>,
}

impl ArchiveArgs {
    /// Opens the archive: identities loaded, signature and manifest checked.
    pub fn open(&self) -> Result<Archive> {
        let identities = load_identities(&self.identity)?;
        let key = self
            .verify_key
            .as_deref()
            .map(VerifyingKey::load)
            .transpose()?;
        Archive::open_checked(&self.dir, identities, key.as_ref())
    }
}
