//! Loading decryption identities, accepted the way `age -i` does, plus the one
//! place pgseal asks for a passphrase.
//!
//! Supported: age identity files (`AGE-SECRET-KEY-1...` lines), passphrase-encrypted
//! identity files (an age file, binary or armored, whose plaintext is an identity
//! file), and OpenSSH `ssh-ed25519` / `ssh-rsa` private keys, encrypted or not.
//!
//! Encrypted files are decrypted while loading rather than on first use, so a wrong
//! passphrase stops the run before any work is done, and so the result is plain
//! keys that can be shared between threads.

use std::ffi::OsString;
use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use age::secrecy::SecretString;
use age::{armor::ArmoredReader, scrypt, ssh, x25519, DecryptError, Decryptor, Identity};
use anyhow::{anyhow, bail, Context, Result};
use zeroize::Zeroizing;

/// Environment variable holding the passphrase for unattended runs.
pub const PASSPHRASE_ENV: &str = "PGSEAL_PASSPHRASE";

/// An identity that can be shared with decoder threads.
pub type BoxedIdentity = Box<dyn Identity + Send + Sync>;

/// Anything [`super::open_sealed`] can use as an identity: boxed trait objects
/// (with or without `Send + Sync`) and concrete keys.
pub trait AsIdentity {
    /// This identity as age wants it.
    fn as_identity(&self) -> &dyn Identity;
}

impl AsIdentity for Box<dyn Identity> {
    fn as_identity(&self) -> &dyn Identity {
        self.as_ref()
    }
}

impl AsIdentity for Box<dyn Identity + Send> {
    fn as_identity(&self) -> &dyn Identity {
        self.as_ref()
    }
}

impl AsIdentity for BoxedIdentity {
    fn as_identity(&self) -> &dyn Identity {
        self.as_ref()
    }
}

impl AsIdentity for x25519::Identity {
    fn as_identity(&self) -> &dyn Identity {
        self
    }
}

impl AsIdentity for ssh::Identity {
    fn as_identity(&self) -> &dyn Identity {
        self
    }
}

impl<T: AsIdentity + ?Sized> AsIdentity for &T {
    fn as_identity(&self) -> &dyn Identity {
        (**self).as_identity()
    }
}

/// Identity files larger than this are refused (same limit as `age`).
const IDENTITY_FILE_LIMIT: u64 = 16 << 20;

/// The passphrase from [`PASSPHRASE_ENV`], or `None` when it is not set.
/// An empty or non-UTF-8 value is an error.
pub fn passphrase_env() -> Result<Option<SecretString>> {
    passphrase_value(std::env::var_os(PASSPHRASE_ENV))
}

fn passphrase_value(env: Option<OsString>) -> Result<Option<SecretString>> {
    let Some(value) = env else { return Ok(None) };
    let value = Zeroizing::new(
        value
            .into_string()
            .map_err(|_| anyhow!("{PASSPHRASE_ENV} is not valid UTF-8"))?,
    );
    if value.is_empty() {
        bail!("{PASSPHRASE_ENV} is set but empty");
    }
    Ok(Some(SecretString::from(value.as_str().to_owned())))
}

/// The passphrase from [`PASSPHRASE_ENV`]; the library never prompts, so
/// without the variable this says how to give one. `what` names what it
/// unlocks.
pub fn passphrase_from_env(what: &str) -> Result<SecretString> {
    passphrase_env()?.ok_or_else(|| {
        anyhow!("a passphrase is needed ({what}): set {PASSPHRASE_ENV} or run on a terminal")
    })
}

/// Loads identities from `files` (like `age -i`), taking passphrases of
/// encrypted files from [`PASSPHRASE_ENV`].
pub fn load_identities(files: &[impl AsRef<Path>]) -> Result<Vec<BoxedIdentity>> {
    load_identities_with(files, &mut |what| passphrase_from_env(what))
}

/// Like [`load_identities`], with the caller supplying passphrases: `passphrase`
/// gets a description such as "passphrase for identity file key.age".
pub fn load_identities_with(
    files: &[impl AsRef<Path>],
    passphrase: &mut dyn FnMut(&str) -> Result<SecretString>,
) -> Result<Vec<BoxedIdentity>> {
    let mut out = Vec::new();
    for path in files {
        let path = path.as_ref();
        let found = load_file(path, passphrase)?;
        if found.is_empty() {
            bail!("identity file {} contains no identities", path.display());
        }
        out.extend(found);
    }
    Ok(out)
}

fn load_file(
    path: &Path,
    passphrase: &mut dyn FnMut(&str) -> Result<SecretString>,
) -> Result<Vec<BoxedIdentity>> {
    let mut bytes = Zeroizing::new(Vec::new());
    File::open(path)
        .and_then(|f| f.take(IDENTITY_FILE_LIMIT + 1).read_to_end(&mut bytes))
        .with_context(|| format!("cannot read identity file {}", path.display()))?;
    if bytes.len() as u64 > IDENTITY_FILE_LIMIT {
        bail!("identity file {} is too large", path.display());
    }

    let start = trim_start(&bytes);
    if start.starts_with(b"age-encryption.org/") || start.starts_with(b"-----BEGIN AGE") {
        return load_encrypted_identity_file(path, &bytes, passphrase);
    }
    if start.starts_with(b"-----BEGIN") {
        return load_ssh_key(path, &bytes, passphrase).map(|id| vec![id]);
    }
    let keys = parse_identity_lines(&bytes)
        .map_err(|what| anyhow!("identity file {}: {what}", path.display()))?;
    Ok(keys
        .into_iter()
        .map(|k| Box::new(k) as BoxedIdentity)
        .collect())
}

fn trim_start(b: &[u8]) -> &[u8] {
    let skip = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[skip..]
}

/// Decrypts an age file protected by a passphrase whose plaintext is an identity
/// file, as `age -i` accepts.
fn load_encrypted_identity_file(
    path: &Path,
    bytes: &[u8],
    passphrase: &mut dyn FnMut(&str) -> Result<SecretString>,
) -> Result<Vec<BoxedIdentity>> {
    let name = path.display();
    let decryptor = Decryptor::new(ArmoredReader::new(bytes))
        .map_err(|e| anyhow!("identity file {name} is a damaged age file: {e}"))?;
    if !decryptor.is_scrypt() {
        bail!(
            "identity file {name} is encrypted to recipients, not to a passphrase; \
             decrypt it first"
        );
    }
    let pass = passphrase(&format!("passphrase for identity file {name}"))?;
    let plain = decrypt_with_passphrase(decryptor, pass, 1 << 20)
        .map_err(|what| anyhow!("identity file {name}: {what}"))?;
    let keys = parse_identity_lines(&plain)
        .map_err(|what| anyhow!("identity file {name} (decrypted): {what}"))?;
    Ok(keys
        .into_iter()
        .map(|k| Box::new(k) as BoxedIdentity)
        .collect())
}

/// Decrypts a passphrase-protected age file held in memory, returning its
/// plaintext (at most `limit` bytes) in zeroizing memory. Errors are phrased for
/// a person who typed a passphrase.
pub(crate) fn decrypt_with_passphrase<R: Read>(
    decryptor: Decryptor<R>,
    pass: SecretString,
    limit: u64,
) -> Result<Zeroizing<Vec<u8>>, String> {
    let identity = scrypt::Identity::new(pass);
    let stream = decryptor
        .decrypt(std::iter::once(&identity as &dyn Identity))
        .map_err(|e| match e {
            DecryptError::DecryptionFailed | DecryptError::NoMatchingKeys => {
                "wrong passphrase".to_string()
            }
            DecryptError::InvalidMac => "the file header was altered".to_string(),
            other => other.to_string(),
        })?;
    let mut plain = Zeroizing::new(Vec::new());
    stream
        .take(limit + 1)
        .read_to_end(&mut plain)
        .map_err(|e| format!("cannot decrypt ({e}); the file is truncated or was altered"))?;
    if plain.len() as u64 > limit {
        return Err("decrypted content is too large for an identity file".into());
    }
    Ok(plain)
}

/// Parses age identity file text: `AGE-SECRET-KEY-1...` lines, with blank lines
/// and `#` comments ignored. Errors name the line but never quote it.
pub(crate) fn parse_identity_lines(text: &[u8]) -> Result<Vec<x25519::Identity>, String> {
    let text = std::str::from_utf8(text).map_err(|_| "not valid UTF-8 text".to_string())?;
    let mut keys = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.parse::<x25519::Identity>() {
            Ok(k) => keys.push(k),
            Err(_) => {
                let what = if line.starts_with("age1") || line.starts_with("ssh-") {
                    "is a public key (recipient), not a secret key"
                } else if line.starts_with("AGE-PLUGIN-") {
                    "is a plugin identity, which pgseal does not support"
                } else if line.starts_with("AGE-SECRET-KEY-") {
                    "is a damaged age secret key (wrong length or checksum)"
                } else {
                    "is not an age secret key (AGE-SECRET-KEY-1...)"
                };
                return Err(format!("line {} {what}", i + 1));
            }
        }
    }
    Ok(keys)
}

/// Loads an OpenSSH private key, decrypting it when it is protected.
fn load_ssh_key(
    path: &Path,
    bytes: &[u8],
    passphrase: &mut dyn FnMut(&str) -> Result<SecretString>,
) -> Result<BoxedIdentity> {
    let name = path.display().to_string();
    let key = ssh::Identity::from_buffer(bytes, Some(name.clone()))
        .map_err(|_| anyhow!("{name} is not an SSH private key that age can use"))?;
    match key {
        ssh::Identity::Unencrypted(_) => Ok(Box::new(key)),
        ssh::Identity::Encrypted(enc) => {
            let pass = passphrase(&format!("passphrase for SSH key {name}"))?;
            let key = enc.decrypt(pass).map_err(|e| match e {
                DecryptError::KeyDecryptionFailed => {
                    anyhow!("SSH key {name}: wrong passphrase")
                }
                other => anyhow!("SSH key {name}: {other}"),
            })?;
            Ok(Box::new(ssh::Identity::from(key)))
        }
        ssh::Identity::Unsupported(k) => bail!("{}", Unsupported(&k, &name)),
    }
}

/// Shows age's own explanation of why an SSH key is unsupported.
struct Unsupported<'a>(&'a ssh::UnsupportedKey, &'a str);

impl fmt::Display for Unsupported<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.display(f, Some(self.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;
    use std::io::Write;
    use std::path::PathBuf;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    fn no_prompt(_: &str) -> Result<SecretString> {
        panic!("no passphrase should be asked for")
    }

    fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, content).unwrap();
        p
    }

    fn sk_string(k: &x25519::Identity) -> String {
        k.to_string().expose_secret().to_owned()
    }

    #[test]
    fn env_value_wins_and_empty_is_refused() {
        let p = passphrase_value(Some("hunter2".into())).unwrap().unwrap();
        assert_eq!(p.expose_secret(), "hunter2");
        let e = passphrase_value(Some("".into())).err().unwrap();
        assert!(e.to_string().contains("empty"), "{e}");
    }

    #[test]
    fn plain_identity_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (x25519::Identity::generate(), x25519::Identity::generate());
        let text = format!(
            "# created: now\n# public key: {}\n{}\n\n{}\r\n",
            a.to_public(),
            sk_string(&a),
            sk_string(&b)
        );
        let p = write(dir.path(), "keys.txt", text.as_bytes());
        let ids = load_identities_with(&[p], &mut no_prompt).unwrap();
        assert_eq!(ids.len(), 2);
    }

    #[test]
    fn bad_identity_lines_are_explained_without_echo() {
        let dir = tempfile::tempdir().unwrap();
        let pk = x25519::Identity::generate().to_public().to_string();
        let p = write(dir.path(), "pub.txt", format!("# c\n{pk}\n").as_bytes());
        let e = format!(
            "{:#}",
            load_identities_with(&[&p], &mut no_prompt).err().unwrap()
        );
        assert!(
            e.contains("pub.txt") && e.contains("line 2") && e.contains("public key"),
            "{e}"
        );
        assert!(!e.contains(&pk), "{e}");

        let p = write(dir.path(), "junk.txt", b"AGE-SECRET-KEY-1QQQQ\n");
        let e = format!(
            "{:#}",
            load_identities_with(&[&p], &mut no_prompt).err().unwrap()
        );
        assert!(e.contains("line 1") && e.contains("damaged"), "{e}");
        assert!(!e.contains("QQQQ"), "{e}");

        let p = write(dir.path(), "empty.txt", b"# nothing\n");
        let e = load_identities_with(&[&p], &mut no_prompt).err().unwrap();
        assert!(e.to_string().contains("no identities"), "{e}");
    }

    fn passphrase_identity_file(dir: &Path, key: &x25519::Identity, pass: &str) -> PathBuf {
        let mut r = scrypt::Recipient::new(secret(pass));
        r.set_work_factor(10);
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
        let mut out = Vec::new();
        let mut w = enc.wrap_output(&mut out).unwrap();
        writeln!(w, "# public key: {}\n{}", key.to_public(), sk_string(key)).unwrap();
        w.finish().unwrap();
        write(dir, "key.age", &out)
    }

    #[test]
    fn passphrase_encrypted_identity_file() {
        let dir = tempfile::tempdir().unwrap();
        let key = x25519::Identity::generate();
        let p = passphrase_identity_file(dir.path(), &key, "correct horse");

        let mut asked = Vec::new();
        let ids = load_identities_with(std::slice::from_ref(&p), &mut |prompt| {
            asked.push(prompt.to_owned());
            Ok(secret("correct horse"))
        })
        .unwrap();
        assert_eq!(ids.len(), 1);
        assert!(asked[0].contains("key.age"), "{asked:?}");

        let e = load_identities_with(&[&p], &mut |_| Ok(secret("wrong")))
            .err()
            .unwrap();
        assert!(e.to_string().contains("wrong passphrase"), "{e}");
    }

    #[test]
    fn ssh_key_encrypted_and_plain() {
        if !crate::seal::test_support::have("ssh-keygen") {
            eprintln!("note: ssh-keygen not found; skipping SSH identity test");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let plain = crate::seal::test_support::ssh_keygen(dir.path(), "plain", "ed25519", "");
        let ids = load_identities_with(&[&plain], &mut no_prompt).unwrap();
        assert_eq!(ids.len(), 1);

        let locked = crate::seal::test_support::ssh_keygen(dir.path(), "locked", "ed25519", "pw");
        let ids = load_identities_with(&[&locked], &mut |p| {
            assert!(p.contains("locked"), "{p}");
            Ok(secret("pw"))
        })
        .unwrap();
        assert_eq!(ids.len(), 1);
        let e = load_identities_with(&[&locked], &mut |_| Ok(secret("nope")))
            .err()
            .unwrap();
        assert!(e.to_string().contains("wrong passphrase"), "{e}");
    }

    #[test]
    fn missing_file_is_named() {
        let e = load_identities_with(&["/nonexistent/id.txt"], &mut no_prompt)
            .err()
            .unwrap();
        assert!(e.to_string().contains("/nonexistent/id.txt"), "{e}");
    }
}
