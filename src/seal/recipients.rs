//! Parsing of encryption recipients, accepted the way `age -r` / `age -R` do.
//!
//! Only recipient types that the stock `age` CLI (1.1) can decrypt are accepted:
//! X25519 (`age1...`), `ssh-ed25519` and `ssh-rsa`. Error messages name the
//! argument or the file and line, and never repeat the offending text, because a
//! mistyped line may well be a secret key pasted into the wrong place.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use age::{ssh, x25519, Recipient};
use anyhow::{anyhow, bail, Context, Result};

/// A recipient that can be shared with encoder threads.
pub type BoxedRecipient = Box<dyn Recipient + Send + Sync>;

/// Recipients files larger than this are refused (same limit as `age`).
const RECIPIENTS_FILE_LIMIT: u64 = 16 << 20;

/// Parses recipients given directly (`keys`, like `age -r`) and from recipients
/// files (`files`, like `age -R`: one recipient per line, blank lines and lines
/// starting with `#` ignored).
///
/// Returns them in argument order, keys first. An empty result is not an error
/// here: the caller decides whether another source (e.g. a passphrase) applies.
pub fn load_recipients(keys: &[String], files: &[PathBuf]) -> Result<Vec<BoxedRecipient>> {
    let mut out = Vec::with_capacity(keys.len());
    for (i, key) in keys.iter().enumerate() {
        let r = parse_recipient(key.trim())
            .map_err(|what| anyhow!("recipient #{} given as a key: {what}", i + 1))?;
        out.push(r);
    }
    for path in files {
        out.extend(read_recipients_file(path)?);
    }
    Ok(out)
}

/// Reads one recipients file.
fn read_recipients_file(path: &Path) -> Result<Vec<BoxedRecipient>> {
    let file = File::open(path)
        .with_context(|| format!("cannot open recipients file {}", path.display()))?;
    let mut reader = BufReader::new(file.take(RECIPIENTS_FILE_LIMIT + 1));
    let mut out = Vec::new();
    let mut raw = Vec::new();
    let mut consumed = 0u64;
    for line_no in 1.. {
        raw.clear();
        let n = reader
            .read_until(b'\n', &mut raw)
            .with_context(|| format!("cannot read recipients file {}", path.display()))?;
        if n == 0 {
            break;
        }
        consumed += n as u64;
        if consumed > RECIPIENTS_FILE_LIMIT {
            bail!(
                "recipients file {} is larger than {} MiB",
                path.display(),
                RECIPIENTS_FILE_LIMIT >> 20
            );
        }
        let at = || format!("recipients file {}, line {line_no}", path.display());
        let line = std::str::from_utf8(&raw)
            .map_err(|_| anyhow!("{}: not valid UTF-8 text", at()))?
            .trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let r = parse_recipient(line).map_err(|what| anyhow!("{}: {what}", at()))?;
        out.push(r);
    }
    Ok(out)
}

/// Parses one recipient. The error describes what is wrong without quoting the
/// input.
fn parse_recipient(s: &str) -> Result<BoxedRecipient, String> {
    if s.is_empty() {
        return Err("empty recipient".into());
    }
    if s.starts_with("AGE-SECRET-KEY-") || s.starts_with("AGE-PLUGIN-") {
        return Err("this is a secret key (identity), not a recipient; \
                    use its public key (`age-keygen -y` prints it)"
            .into());
    }
    if s.starts_with("-----BEGIN") {
        return Err("this looks like a private key; use the public key \
                    (the .pub file) instead"
            .into());
    }
    if let Some(rest) = s.strip_prefix("age1") {
        // Bech32: the HRP ends at the last '1'. Plain X25519 keys have HRP `age`;
        // anything longer (`age1pq`, `age1tag`, `age1yubikey`, ...) needs a
        // plugin or a newer age than the stock CLI we promise compatibility with.
        if rest.contains('1') {
            return Err(
                "plugin, tag and post-quantum recipients are not supported; \
                        use an X25519 (age1...), ssh-ed25519 or ssh-rsa recipient"
                    .into(),
            );
        }
        return s
            .parse::<x25519::Recipient>()
            .map(|r| Box::new(r) as BoxedRecipient)
            .map_err(|_| "invalid X25519 recipient: wrong length or checksum".into());
    }
    if s.contains(' ') {
        return match s.parse::<ssh::Recipient>() {
            Ok(r) => Ok(Box::new(r)),
            Err(e) => Err(ssh_error(e)),
        };
    }
    Err(
        "not a recognised recipient; expected an X25519 key (age1...), \
         `ssh-ed25519 AAAA...` or `ssh-rsa AAAA...`"
            .into(),
    )
}

fn ssh_error(e: ssh::ParseRecipientKeyError) -> String {
    use ssh::ParseRecipientKeyError as E;
    match e {
        E::RsaModulusTooSmall => "ssh-rsa key is weaker than 2048 bits".into(),
        E::RsaModulusTooLarge => "ssh-rsa key is larger than 4096 bits".into(),
        E::Unsupported(kind) => {
            format!("unsupported SSH key type `{kind}`; only ssh-ed25519 and ssh-rsa work with age")
        }
        _ => "invalid SSH public key; expected `ssh-ed25519 AAAA...` or `ssh-rsa AAAA...`".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const X25519_PK: &str = "age1t7rxyev2z3rw82stdlrrepyc39nvn86l5078zqkf5uasdy86jp6svpy7pa";
    // From the age crate's test vectors.
    const RSA_PK: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDE7nIXTGNuaRBN9toI/wNALuQec8mvlt0iJ7o3OaD2UvoKHJ7S8rmIn4FiQDUed/Vac3OhUibei1k+TBmm16u2Rj3klgWZOIDgi8d4vXKI5N3YBhxr3jsQ+kz1c+iZ4z/tTtz306+4K46XViVMWwyyg9j82Jn41mOAy9vdeDIfQ5fLeaGqn5KwlT61GNkZ+ozWK/ZNlQIlNCcoXxhJULIs9XrtczWyVBAea1nlDo0WHODePxoJjmsNHrpQXn5mf9O83xs10qfTUjnRUt48jRmedFy4tcra3QGmSTQ3KZne+wXXSb0cIpXLGvZjQSPHgG1hc4r3uBpiSzvesGLv79XL alice@rust";
    const ECDSA_PK: &str = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHFliOyIZs1gxGF3fmDxFykQhE88wy6AKDGFBfn0R6ZuvRmENABZQa9+pj9hMki+LX0qDJbmHTiWDbYv/cmFt/Q=";
    const ED25519_PK: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN alice@rust";

    fn err_text(r: Result<Vec<BoxedRecipient>>) -> String {
        match r {
            Ok(v) => panic!("expected an error, got {} recipients", v.len()),
            Err(e) => format!("{e:#}"),
        }
    }

    #[test]
    fn keys_of_each_kind() {
        let fresh = x25519::Identity::generate().to_public().to_string();
        let keys = vec![
            X25519_PK.to_string(),
            fresh,
            ED25519_PK.to_string(),
            RSA_PK.to_string(),
            format!("  {X25519_PK}  "),
        ];
        assert_eq!(load_recipients(&keys, &[]).unwrap().len(), 5);
    }

    #[test]
    fn empty_input_is_fine_here() {
        assert!(load_recipients(&[], &[]).unwrap().is_empty());
    }

    #[test]
    fn file_with_comments_and_blank_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recipients.txt");
        let mut f = File::create(&path).unwrap();
        write!(
            f,
            "# team keys\n\n{X25519_PK}\r\n   \n  # indented comment\n{ED25519_PK}\n"
        )
        .unwrap();
        drop(f);
        let r = load_recipients(&[], std::slice::from_ref(&path)).unwrap();
        assert_eq!(r.len(), 2);
    }

    #[test]
    fn bad_line_names_file_and_line_without_echo() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.txt");
        std::fs::write(&path, format!("# ok\n{X25519_PK}\nsecretive-garbage\n")).unwrap();
        let msg = err_text(load_recipients(&[], std::slice::from_ref(&path)));
        assert!(msg.contains("r.txt"), "{msg}");
        assert!(msg.contains("line 3"), "{msg}");
        assert!(!msg.contains("secretive-garbage"), "{msg}");
    }

    #[test]
    fn secret_key_is_refused_and_not_echoed() {
        let sk = x25519::Identity::generate();
        let sk = age::secrecy::ExposeSecret::expose_secret(&sk.to_string()).to_string();
        let msg = err_text(load_recipients(std::slice::from_ref(&sk), &[]));
        assert!(msg.contains("secret key"), "{msg}");
        assert!(!msg.contains(&sk), "{msg}");

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.txt");
        std::fs::write(&path, format!("{sk}\n")).unwrap();
        let msg = err_text(load_recipients(&[], std::slice::from_ref(&path)));
        assert!(
            msg.contains("line 1") && msg.contains("secret key"),
            "{msg}"
        );
        assert!(!msg.contains(&sk), "{msg}");
    }

    #[test]
    fn specific_messages() {
        let cases = [
            ("age1qqqq", "X25519"),
            ("age1pq1qqqqqqqqqq", "not supported"),
            ("ssh-dss AAAAB3NzaC1kc3MAAACBAP", "invalid SSH public key"),
            (ECDSA_PK, "unsupported SSH key type `ecdsa-sha2-nistp256`"),
            ("hello", "not a recognised recipient"),
        ];
        for (input, want) in cases {
            let msg = err_text(load_recipients(&[input.to_string()], &[]));
            assert!(msg.contains(want), "{input}: {msg}");
            assert!(msg.contains("recipient #1"), "{msg}");
        }
    }

    #[test]
    fn missing_file_is_named() {
        let msg = err_text(load_recipients(&[], &[PathBuf::from("/nonexistent/r.txt")]));
        assert!(msg.contains("/nonexistent/r.txt"), "{msg}");
    }
}
