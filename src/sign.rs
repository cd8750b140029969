//! Authenticity for archives: an Ed25519 signature over the sealed manifest.
//!
//! age encrypts to public keys, so anyone who knows the recipients can make
//! an archive that decrypts fine. Sealing says nothing about who made it.
//! pgseal therefore signs the sealed manifest (`manifest.json.zst.age`): it
//! holds the BLAKE3 hashes of every sealed part, so a signature over it also
//! covers dropping, reordering, swapping or altering any part.
//!
//! The signature is a standard OpenSSH signature (SSHSIG, the armored
//! `-----BEGIN SSH SIGNATURE-----` text `ssh-keygen -Y sign` writes), made
//! with an ordinary `ssh-keygen -t ed25519` key, so it can be checked without
//! pgseal:
//!
//! ```sh
//! echo "backup@host $(cat signer.pub)" > allowed_signers
//! ssh-keygen -Y verify -f allowed_signers -I backup@host \
//!     -n pgseal-manifest@v1 -s manifest.json.zst.age.sig < manifest.json.zst.age
//! ```
//!
//! Only Ed25519 is accepted: one small, fast, deterministic algorithm with no
//! parameters to get wrong, and what `ssh-keygen` has made by default since
//! OpenSSH 9.5.

use std::fmt;
use std::fs;
use std::os::unix::ffi::OsStringExt;
use std::path::Path;

use anyhow::{bail, Context, Result};
use ssh_key::{Algorithm, HashAlg, LineEnding, PrivateKey, PublicKey, SshSig};
use zeroize::Zeroizing;

/// The SSHSIG namespace of manifest signatures.
///
/// A namespace binds a signature to one purpose, so a key that also signs
/// git commits or files (`file`, `git`) cannot be tricked into producing a
/// signature that pgseal would accept, nor the other way round. The `@v1`
/// leaves room for a different signed message in a later archive format.
pub const NAMESPACE: &str = "pgseal-manifest@v1";

/// The environment variable [`SigningKey::load`] reads the passphrase of a
/// protected key from. pgseal never prompts for it: signing happens in
/// unattended nightly runs, where a prompt would hang.
pub const PASSPHRASE_ENV: &str = "PGSEAL_SIGN_PASSPHRASE";

/// The hash SSHSIG applies to the message before signing; SHA-512 is what
/// `ssh-keygen -Y sign` uses.
const HASH: HashAlg = HashAlg::Sha512;

/// An Ed25519 private key, decrypted, ready to sign.
///
/// The secret half is wiped from memory when this is dropped (`ssh-key`
/// zeroizes private key material on drop).
pub struct SigningKey {
    key: PrivateKey,
}

impl SigningKey {
    /// Loads an OpenSSH Ed25519 private key file, as `ssh-keygen -t ed25519`
    /// writes it. A passphrase-protected key is decrypted with the passphrase
    /// in `PGSEAL_SIGN_PASSPHRASE`; without it, loading fails with an error
    /// that says to set it.
    pub fn load(path: &Path) -> Result<SigningKey> {
        let passphrase = std::env::var_os(PASSPHRASE_ENV).map(|v| Zeroizing::new(v.into_vec()));
        Self::load_with_passphrase(path, passphrase.as_ref().map(|p| p.as_slice()))
    }

    /// Like [`SigningKey::load`], with the passphrase given instead of read
    /// from the environment (tests, and callers that got it elsewhere).
    /// `None` means no passphrase is known; it is ignored for a key that is
    /// not protected.
    pub fn load_with_passphrase(path: &Path, passphrase: Option<&[u8]>) -> Result<SigningKey> {
        let text = Zeroizing::new(
            fs::read_to_string(path)
                .with_context(|| format!("cannot read the signing key {}", path.display()))?,
        );
        if !text
            .trim_start()
            .starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
        {
            if PublicKey::from_openssh(first_line(&text)).is_ok() {
                bail!(
                    "{} is a public key; signing needs the private key file \
                     (the one without .pub)",
                    path.display()
                );
            }
            bail!(
                "{} is not an OpenSSH private key (make one with `ssh-keygen -t ed25519`)",
                path.display()
            );
        }
        let key = PrivateKey::from_openssh(text.as_bytes())
            .with_context(|| format!("{} is not a valid OpenSSH private key", path.display()))?;
        require_ed25519(key.algorithm(), path)?;
        let key = if key.is_encrypted() {
            let Some(passphrase) = passphrase else {
                bail!(
                    "the signing key {} is protected by a passphrase: \
                     set {PASSPHRASE_ENV} to it (pgseal does not prompt)",
                    path.display()
                );
            };
            key.decrypt(passphrase).map_err(|e| match e {
                ssh_key::Error::Crypto => anyhow::anyhow!(
                    "wrong passphrase for the signing key {} (check {PASSPHRASE_ENV})",
                    path.display()
                ),
                e => anyhow::anyhow!("cannot decrypt the signing key {}: {e}", path.display()),
            })?
        } else {
            key
        };
        Ok(SigningKey { key })
    }

    /// The public half, to verify with or to show its fingerprint.
    pub fn verifying_key(&self) -> VerifyingKey {
        VerifyingKey {
            key: self.key.public_key().clone(),
        }
    }
}

impl fmt::Debug for SigningKey {
    /// Shows only the fingerprint, never the secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("fingerprint", &self.verifying_key().fingerprint())
            .finish_non_exhaustive()
    }
}

/// Signs `message` (the bytes of the sealed manifest) in the [`NAMESPACE`],
/// returning the armored `-----BEGIN SSH SIGNATURE-----` text, newline
/// terminated, as `ssh-keygen -Y sign` writes it.
pub fn sign(key: &SigningKey, message: &[u8]) -> Result<String> {
    let sig = key
        .key
        .sign(NAMESPACE, HASH, message)
        .context("cannot sign the manifest")?;
    let mut armored = sig
        .to_pem(LineEnding::LF)
        .context("cannot encode the signature")?;
    if !armored.ends_with('\n') {
        armored.push('\n');
    }
    Ok(armored)
}

/// An Ed25519 public key that archives are expected to be signed with.
/// Two are equal when the keys are, whatever their comments.
#[derive(Clone, Debug)]
pub struct VerifyingKey {
    key: PublicKey,
}

impl PartialEq for VerifyingKey {
    fn eq(&self, other: &Self) -> bool {
        self.key.key_data() == other.key.key_data()
    }
}

impl Eq for VerifyingKey {}

impl VerifyingKey {
    /// Loads an OpenSSH public key file (`ssh-ed25519 AAAA... comment`, the
    /// `.pub` file `ssh-keygen` writes), or derives the public key from the
    /// private key file (no passphrase needed: OpenSSH stores the public half
    /// in the clear).
    pub fn load(path: &Path) -> Result<VerifyingKey> {
        let text = Zeroizing::new(
            fs::read_to_string(path)
                .with_context(|| format!("cannot read the public key {}", path.display()))?,
        );
        let key = if text
            .trim_start()
            .starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
        {
            PrivateKey::from_openssh(text.as_bytes())
                .with_context(|| format!("{} is not a valid OpenSSH private key", path.display()))?
                .public_key()
                .clone()
        } else {
            PublicKey::from_openssh(first_line(&text)).with_context(|| {
                format!(
                    "{} is not an OpenSSH public key (expected one line like \
                     `ssh-ed25519 AAAA... comment`)",
                    path.display()
                )
            })?
        };
        require_ed25519(key.algorithm(), path)?;
        Ok(VerifyingKey { key })
    }

    /// Parses one public key line, `ssh-ed25519 AAAA... [comment]`, as given
    /// on a command line or in a configuration file.
    pub fn from_openssh(line: &str) -> Result<VerifyingKey> {
        let key = PublicKey::from_openssh(line.trim())
            .context("not an OpenSSH public key (expected `ssh-ed25519 AAAA... comment`)")?;
        require_ed25519(key.algorithm(), Path::new("the given key"))?;
        Ok(VerifyingKey { key })
    }

    /// The key's fingerprint as `ssh-keygen -l` prints it: `SHA256:` and the
    /// unpadded base64 of the SHA-256 of the key blob.
    pub fn fingerprint(&self) -> String {
        self.key.fingerprint(HashAlg::Sha256).to_string()
    }

    /// The key as one `ssh-ed25519 AAAA... comment` line, e.g. for an
    /// `allowed_signers` file.
    pub fn to_openssh(&self) -> String {
        // Encoding a key that was decoded cannot fail.
        self.key.to_openssh().unwrap_or_default()
    }
}

/// Why a signature was not accepted.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SignError {
    /// Not an SSH signature at all, or a damaged one.
    #[error("the signature is not a valid SSH signature: {0}")]
    Malformed(String),
    /// A valid signature, by somebody else's key.
    #[error("the signature was made by the key {signed_by}, not by the expected key {expected}")]
    WrongKey {
        /// Fingerprint of the key that made the signature.
        signed_by: String,
        /// Fingerprint of the key it should have been made with.
        expected: String,
    },
    /// A signature by the right key, but made for something else than a
    /// pgseal manifest (e.g. `ssh-keygen -Y sign -n file`).
    #[error("the signature is for the namespace {found:?}, not {expected:?}: it was not made for a pgseal manifest")]
    WrongNamespace {
        /// The namespace in the signature.
        found: String,
        /// [`NAMESPACE`].
        expected: String,
    },
    /// The right key and namespace, but the signature does not match the
    /// message: the manifest (or the signature) was altered after signing.
    #[error("the signature does not match: the manifest was altered after it was signed")]
    Mismatch,
}

/// Checks that `armored_signature` is a signature over `message` in the
/// [`NAMESPACE`] by `key`. Accepts what [`sign`] and `ssh-keygen -Y sign -n
/// pgseal-manifest@v1` produce (SHA-512 or SHA-256 message hash).
pub fn verify(
    key: &VerifyingKey,
    message: &[u8],
    armored_signature: &str,
) -> Result<(), SignError> {
    let sig = SshSig::from_pem(armored_signature.trim().as_bytes())
        .map_err(|e| SignError::Malformed(e.to_string()))?;
    if sig.public_key() != key.key.key_data() {
        return Err(SignError::WrongKey {
            signed_by: sig.public_key().fingerprint(HashAlg::Sha256).to_string(),
            expected: key.fingerprint(),
        });
    }
    if sig.namespace() != NAMESPACE {
        return Err(SignError::WrongNamespace {
            found: sig.namespace().to_string(),
            expected: NAMESPACE.to_string(),
        });
    }
    key.key
        .verify(NAMESPACE, message, &sig)
        .map_err(|_| SignError::Mismatch)
}

/// Refuses keys pgseal does not sign with, saying what to use instead.
fn require_ed25519(algorithm: Algorithm, path: &Path) -> Result<()> {
    match algorithm {
        Algorithm::Ed25519 => Ok(()),
        Algorithm::SkEd25519 => bail!(
            "{} is a FIDO security-key (sk-ssh-ed25519) key, which pgseal cannot sign with; \
             use a plain Ed25519 key (`ssh-keygen -t ed25519`)",
            path.display()
        ),
        other => bail!(
            "{} is a {} key; pgseal signs only with Ed25519 keys (`ssh-keygen -t ed25519`)",
            path.display(),
            other.as_str()
        ),
    }
}

/// The first line that is neither blank nor a `#` comment.
fn first_line(text: &str) -> &str {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ssh_key::private::{Ed25519Keypair, KeypairData};

    /// A fixed key, so the tests need no random number generator.
    fn key(seed: u8) -> SigningKey {
        let pair = Ed25519Keypair::from_seed(&[seed; 32]);
        SigningKey {
            key: PrivateKey::new(KeypairData::Ed25519(pair), "test@pgseal").unwrap(),
        }
    }

    fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn round_trip() {
        let k = key(1);
        let sig = sign(&k, b"manifest bytes").unwrap();
        assert!(sig.starts_with("-----BEGIN SSH SIGNATURE-----\n"));
        assert!(sig.ends_with("-----END SSH SIGNATURE-----\n"));
        verify(&k.verifying_key(), b"manifest bytes", &sig).unwrap();
    }

    #[test]
    fn altered_message_fails() {
        let k = key(1);
        let sig = sign(&k, b"manifest bytes").unwrap();
        assert_eq!(
            verify(&k.verifying_key(), b"manifest bytez", &sig),
            Err(SignError::Mismatch)
        );
    }

    #[test]
    fn other_key_fails_naming_both_fingerprints() {
        let (signer, expected) = (key(1), key(2));
        let sig = sign(&signer, b"m").unwrap();
        let err = verify(&expected.verifying_key(), b"m", &sig).unwrap_err();
        assert_eq!(
            err,
            SignError::WrongKey {
                signed_by: signer.verifying_key().fingerprint(),
                expected: expected.verifying_key().fingerprint(),
            }
        );
        let text = err.to_string();
        assert!(
            text.contains(&signer.verifying_key().fingerprint()),
            "{text}"
        );
        assert!(
            text.contains(&expected.verifying_key().fingerprint()),
            "{text}"
        );
    }

    #[test]
    fn wrong_namespace_fails() {
        let k = key(1);
        let sig = k
            .key
            .sign("file", HASH, b"m")
            .unwrap()
            .to_pem(LineEnding::LF)
            .unwrap();
        let err = verify(&k.verifying_key(), b"m", &sig).unwrap_err();
        assert!(
            matches!(&err, SignError::WrongNamespace { found, .. } if found == "file"),
            "{err}"
        );
    }

    #[test]
    fn malformed_signature_fails() {
        let k = key(1);
        for bad in [
            "",
            "not a signature",
            "-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n",
        ] {
            assert!(
                matches!(
                    verify(&k.verifying_key(), b"m", bad),
                    Err(SignError::Malformed(_))
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn altered_signature_fails() {
        let k = key(1);
        let sig = sign(&k, b"m").unwrap();
        // Flip a bit in the last base64 line, inside the signature blob.
        let mut lines: Vec<String> = sig.lines().map(str::to_string).collect();
        let n = lines.len() - 2;
        let mut bytes = lines[n].clone().into_bytes();
        bytes[2] = if bytes[2] == b'A' { b'B' } else { b'A' };
        lines[n] = String::from_utf8(bytes).unwrap();
        let err = verify(&k.verifying_key(), b"m", &lines.join("\n")).unwrap_err();
        assert!(
            matches!(err, SignError::Mismatch | SignError::Malformed(_)),
            "{err}"
        );
    }

    #[test]
    fn fingerprint_format() {
        let fp = key(1).verifying_key().fingerprint();
        assert!(fp.starts_with("SHA256:"), "{fp}");
        assert_eq!(fp.len(), "SHA256:".len() + 43, "{fp}");
    }

    #[test]
    fn load_files() {
        let dir = tempfile::tempdir().unwrap();
        let k = key(3);
        let private = write(
            dir.path(),
            "id_ed25519",
            &k.key.to_openssh(LineEnding::LF).unwrap(),
        );
        let public = write(
            dir.path(),
            "id_ed25519.pub",
            &format!("{}\n", k.verifying_key().to_openssh()),
        );
        let loaded = SigningKey::load_with_passphrase(&private, None).unwrap();
        assert_eq!(loaded.verifying_key(), k.verifying_key());
        assert_eq!(VerifyingKey::load(&public).unwrap(), k.verifying_key());
        assert_eq!(VerifyingKey::load(&private).unwrap(), k.verifying_key());
        assert_eq!(
            VerifyingKey::from_openssh(&k.verifying_key().to_openssh()).unwrap(),
            k.verifying_key()
        );
        assert!(!format!("{loaded:?}").contains("private"));

        let err = SigningKey::load_with_passphrase(&public, None).unwrap_err();
        assert!(format!("{err:#}").contains("is a public key"), "{err:#}");
        let junk = write(dir.path(), "junk", "hello\n");
        assert!(SigningKey::load_with_passphrase(&junk, None).is_err());
        assert!(VerifyingKey::load(&junk).is_err());
    }

    #[test]
    fn load_refuses_other_algorithms() {
        let dir = tempfile::tempdir().unwrap();
        // A real ecdsa-sha2-nistp256 public key.
        let ecdsa = write(
            dir.path(),
            "ecdsa.pub",
            "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHfdWeiu3BP6JPBfV72bFMvA8mrd9fWaqnyNQpPgAD3x93E0z4LfeRP43SuWdSgfTvxFAkdGyVXCwu07xjYiJTo= x\n",
        );
        let err = VerifyingKey::load(&ecdsa).unwrap_err();
        assert!(format!("{err:#}").contains("only with Ed25519"), "{err:#}");
    }
}
