//! The arguments that name an archive and unlock it, shared by every
//! subcommand that reads one, and the terminal prompt for passphrases.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Result};
use clap::Args;

use pgseal::archive::Archive;
use pgseal::seal::{load_identities_with, passphrase_env, SecretString, PASSPHRASE_ENV};
use pgseal::sign::VerifyingKey;
use pgseal::store::Location;

#[derive(Args, Debug)]
pub struct ArchiveArgs {
    /// Archive: a directory, or s3://BUCKET/PREFIX
    #[arg(value_name = "ARCHIVE")]
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
        let mut ask = |what: &str| ask_passphrase(what, false);
        let identities = load_identities_with(&self.identity, &mut ask)?;
        let key = self
            .verify_key
            .as_deref()
            .map(VerifyingKey::load)
            .transpose()?;
        let at = Location::parse(&self.dir)?;
        Archive::open_checked(&at, identities, key.as_ref(), &mut ask)
    }
}

/// The passphrase from `PGSEAL_PASSPHRASE` if set, otherwise asked on the
/// terminal (`pinentry` when installed, else a no-echo prompt on `/dev/tty`,
/// so it works while stdin carries the dump); with `confirm`, twice.
pub fn ask_passphrase(what: &str, confirm: bool) -> Result<SecretString> {
    if let Some(pass) = passphrase_env()? {
        return Ok(pass);
    }
    if !terminal_available() {
        bail!(
            "a passphrase is needed ({what}) but there is no terminal to ask on; \
             set {PASSPHRASE_ENV} for unattended runs"
        );
    }
    let pass =
        age::cli_common::read_secret(what, "Passphrase", confirm.then_some("Confirm passphrase"))
            .map_err(|e| anyhow!("could not read the passphrase: {e}"))?;
    use age::secrecy::ExposeSecret;
    if pass.expose_secret().is_empty() {
        bail!("empty passphrase");
    }
    Ok(pass)
}

/// True when a prompt can reach the user: the prompt uses the controlling
/// terminal, not stdin, which usually carries the dump.
fn terminal_available() -> bool {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .is_ok()
}
