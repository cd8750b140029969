//! Passphrase mode without paying for scrypt on every part.
//!
//! age refuses to mix a passphrase (scrypt) recipient with other recipients, and
//! scrypt costs about a second per file by design. So in passphrase mode pgseal
//! generates one fresh X25519 key per archive, seals every part to it, and stores
//! the key once, encrypted with the passphrase. The stored key is an ordinary age
//! file whose plaintext is an ordinary identity file, so the stock CLI can use it:
//! `age -d key.age > key.txt && age -d -i key.txt part.age`, or directly
//! `age -d -i key.age part.age` (age accepts passphrase-encrypted identity files).

use std::fmt;
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use age::secrecy::{ExposeSecret, SecretString};
use age::{scrypt, x25519, Decryptor, Encryptor};
use anyhow::{anyhow, bail, Context, Result};
use zeroize::Zeroizing;

use super::identities::{decrypt_with_passphrase, parse_identity_lines, BoxedIdentity};
use super::recipients::BoxedRecipient;

/// A sealed key file is a few hundred bytes; anything far larger is not one.
const SEALED_KEY_PLAINTEXT_LIMIT: u64 = 64 << 10;

/// The per-archive X25519 key used in passphrase mode.
#[derive(Clone)]
pub struct ArchiveKey {
    identity: x25519::Identity,
}

impl fmt::Debug for ArchiveKey {
    /// Shows only the public half.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ArchiveKey")
            .field("recipient", &self.recipient().to_string())
            .finish_non_exhaustive()
    }
}

impl ArchiveKey {
    /// Generates a fresh random key.
    pub fn generate() -> Self {
        Self::from_identity(x25519::Identity::generate())
    }

    /// Wraps an existing key, e.g. one returned by [`ArchiveKey::open_sealed`].
    pub fn from_identity(identity: x25519::Identity) -> Self {
        Self { identity }
    }

    /// The public key the parts are sealed to.
    pub fn recipient(&self) -> x25519::Recipient {
        self.identity.to_public()
    }

    /// The recipient in the form [`super::SealedWriter::create`] takes.
    pub fn boxed_recipient(&self) -> BoxedRecipient {
        Box::new(self.recipient())
    }

    /// The secret key that opens the parts.
    pub fn identity(&self) -> &x25519::Identity {
        &self.identity
    }

    /// The identity in the form [`super::open_sealed`] takes.
    pub fn boxed_identity(&self) -> BoxedIdentity {
        Box::new(self.identity.clone())
    }

    /// Writes the key as an age file encrypted with `passphrase` (scrypt), whose
    /// plaintext is a standard age identity file.
    pub fn write_sealed(&self, out: impl Write, passphrase: &SecretString) -> Result<()> {
        self.write_sealed_with(out, passphrase, None)
    }

    /// [`ArchiveKey::write_sealed`] with an explicit scrypt work factor (log2 N);
    /// `None` lets age pick one that takes about a second on this machine.
    pub fn write_sealed_with(
        &self,
        out: impl Write,
        passphrase: &SecretString,
        work_factor: Option<u8>,
    ) -> Result<()> {
        if passphrase.expose_secret().is_empty() {
            bail!("refusing to seal the archive key with an empty passphrase");
        }
        let mut recipient = scrypt::Recipient::new(copy_secret(passphrase));
        if let Some(log_n) = work_factor {
            recipient.set_work_factor(log_n);
        }
        let encryptor =
            Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .context("cannot set up passphrase encryption for the archive key")?;

        let text = Zeroizing::new(format!(
            "# pgseal archive key\n# created: {}\n# public key: {}\n{}\n",
            rfc3339_utc_now(),
            self.recipient(),
            self.identity.to_string().expose_secret()
        ));
        let mut w = encryptor
            .wrap_output(out)
            .context("cannot write the sealed archive key")?;
        w.write_all(text.as_bytes())
            .and_then(|()| w.finish())
            .and_then(|mut out| out.flush())
            .context("cannot write the sealed archive key")?;
        Ok(())
    }

    /// Reads a key written by [`ArchiveKey::write_sealed`] (or any
    /// passphrase-encrypted age identity file holding exactly one X25519 key).
    pub fn open_sealed(input: impl Read, passphrase: &SecretString) -> Result<x25519::Identity> {
        let mut input = BufReader::new(input);
        let head = input
            .fill_buf()
            .context("sealed archive key: cannot read it")?;
        if !head.starts_with(b"age-encryption.org/") {
            bail!("sealed archive key: not an age file");
        }
        let decryptor = Decryptor::new_buffered(input).map_err(|e| match e {
            age::DecryptError::Io(e) if e.kind() == ErrorKind::UnexpectedEof => {
                anyhow!("sealed archive key: the file is truncated")
            }
            age::DecryptError::InvalidHeader => {
                anyhow!("sealed archive key: the age header is malformed")
            }
            other => anyhow!("sealed archive key: cannot read it: {other}"),
        })?;
        if !decryptor.is_scrypt() {
            bail!("sealed archive key: the file is not encrypted with a passphrase");
        }
        let plain = decrypt_with_passphrase(
            decryptor,
            copy_secret(passphrase),
            SEALED_KEY_PLAINTEXT_LIMIT,
        )
        .map_err(|what| anyhow!("sealed archive key: {what}"))?;
        let mut keys = parse_identity_lines(&plain)
            .map_err(|what| anyhow!("sealed archive key (decrypted): {what}"))?;
        match keys.len() {
            1 => Ok(keys.remove(0)),
            n => bail!("sealed archive key: expected exactly one key, found {n}"),
        }
    }
}

/// A second copy of a secret, for age APIs that take ownership.
fn copy_secret(s: &SecretString) -> SecretString {
    SecretString::from(s.expose_secret().to_owned())
}

/// Current UTC time as `YYYY-MM-DDTHH:MM:SSZ`, like `age-keygen` writes.
fn rfc3339_utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil-from-days (Howard Hinnant), valid for any date after 1970.
    let z = days as i64 + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    fn sealed(key: &ArchiveKey, p: &str) -> Vec<u8> {
        let mut out = Vec::new();
        key.write_sealed_with(&mut out, &pass(p), Some(10)).unwrap();
        out
    }

    #[test]
    fn round_trip() {
        let key = ArchiveKey::generate();
        let file = sealed(&key, "open sesame");
        assert!(file.starts_with(b"age-encryption.org/v1\n-> scrypt "));
        let back = ArchiveKey::open_sealed(&file[..], &pass("open sesame")).unwrap();
        assert_eq!(back.to_public(), key.recipient());
    }

    #[test]
    fn default_work_factor_round_trip() {
        let key = ArchiveKey::generate();
        let mut file = Vec::new();
        key.write_sealed(&mut file, &pass("pw")).unwrap();
        let back = ArchiveKey::open_sealed(&file[..], &pass("pw")).unwrap();
        assert_eq!(back.to_public(), key.recipient());
    }

    #[test]
    fn plaintext_is_a_standard_identity_file() {
        let key = ArchiveKey::generate();
        let file = sealed(&key, "pw");
        let d = Decryptor::new(&file[..]).unwrap();
        let plain = decrypt_with_passphrase(d, pass("pw"), 1 << 16).unwrap();
        let text = std::str::from_utf8(&plain).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[1].starts_with("# created: 20") && lines[1].ends_with('Z'));
        assert_eq!(lines[2], format!("# public key: {}", key.recipient()));
        assert!(lines[3].starts_with("AGE-SECRET-KEY-1"));
    }

    #[test]
    fn wrong_passphrase_and_wrong_files() {
        let key = ArchiveKey::generate();
        let file = sealed(&key, "right");
        let e = ArchiveKey::open_sealed(&file[..], &pass("wrong"))
            .err()
            .unwrap();
        assert!(e.to_string().contains("wrong passphrase"), "{e}");

        let e = ArchiveKey::open_sealed(&b"hello world\n"[..], &pass("x"))
            .err()
            .unwrap();
        assert!(e.to_string().contains("not an age file"), "{e}");
        let e = ArchiveKey::open_sealed(&file[..40], &pass("right"))
            .err()
            .unwrap();
        assert!(e.to_string().contains("truncated"), "{e}");

        let e = key.write_sealed(Vec::new(), &pass("")).err().unwrap();
        assert!(e.to_string().contains("empty"), "{e}");
    }

    #[test]
    fn debug_does_not_show_the_secret() {
        let key = ArchiveKey::generate();
        let shown = format!("{key:?}");
        assert!(
            shown.contains("age1") && !shown.contains("AGE-SECRET-KEY"),
            "{shown}"
        );
    }

    #[test]
    fn date_format() {
        let s = rfc3339_utc_now();
        assert_eq!(s.len(), 20, "{s}");
    }
}
