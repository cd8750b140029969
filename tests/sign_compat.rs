//! Manifest signatures interoperate with stock OpenSSH: what pgseal signs,
//! `ssh-keygen -Y verify` accepts, and what `ssh-keygen -Y sign` makes,
//! pgseal accepts. Skipped, with a note, where `ssh-keygen` is missing.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pgseal::sign::{self, SignError, SigningKey, VerifyingKey, NAMESPACE};

const SSH_KEYGEN: &str = "/usr/bin/ssh-keygen";

/// Stands in for the bytes of a sealed manifest.
const MESSAGE: &[u8] = b"age-encryption.org/v1\n-> X25519 not really a manifest\n\x00\x01\xff";

fn have_ssh_keygen() -> bool {
    support::have_tool(SSH_KEYGEN, "openssh-client")
}

/// Runs ssh-keygen, panicking with its output if it fails.
fn ssh_keygen(args: &[&str], dir: &Path) {
    let out = Command::new(SSH_KEYGEN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ssh-keygen {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Makes an Ed25519 key `name` (and `name.pub`) in `dir`.
fn keygen(dir: &Path, name: &str, passphrase: &str) -> PathBuf {
    ssh_keygen(
        &[
            "-q",
            "-t",
            "ed25519",
            "-N",
            passphrase,
            "-C",
            "backup@host",
            "-f",
            name,
        ],
        dir,
    );
    dir.join(name)
}

/// The fingerprint `ssh-keygen -l` prints for a key file.
fn ssh_fingerprint(path: &Path) -> String {
    let out = Command::new(SSH_KEYGEN)
        .args(["-l", "-E", "sha256", "-f"])
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string()
}

#[test]
fn our_signature_verifies_with_ssh_keygen() {
    if !have_ssh_keygen() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = keygen(dir.path(), "id_ed25519", "");
    let pub_line = std::fs::read_to_string(dir.path().join("id_ed25519.pub")).unwrap();
    std::fs::write(
        dir.path().join("allowed_signers"),
        format!("backup@host {pub_line}"),
    )
    .unwrap();
    let message = dir.path().join("manifest.json.zst.age");
    std::fs::write(&message, MESSAGE).unwrap();

    let signing = SigningKey::load_with_passphrase(&key, None).unwrap();
    let armored = sign::sign(&signing, MESSAGE).unwrap();
    std::fs::write(dir.path().join("sig"), &armored).unwrap();

    let verify = |namespace: &str, message_file: &str| {
        Command::new(SSH_KEYGEN)
            .args(["-Y", "verify", "-f", "allowed_signers", "-I", "backup@host"])
            .args(["-n", namespace, "-s", "sig"])
            .current_dir(dir.path())
            .stdin(std::fs::File::open(dir.path().join(message_file)).unwrap())
            .output()
            .unwrap()
    };
    let out = verify(NAMESPACE, "manifest.json.zst.age");
    assert!(
        out.status.success(),
        "ssh-keygen -Y verify rejected our signature: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // And it really checks something: another namespace or message fails.
    assert!(!verify("file", "manifest.json.zst.age").status.success());
    std::fs::write(dir.path().join("other"), b"another manifest").unwrap();
    assert!(!verify(NAMESPACE, "other").status.success());

    // Our fingerprint is the one ssh-keygen prints.
    assert_eq!(
        signing.verifying_key().fingerprint(),
        ssh_fingerprint(&dir.path().join("id_ed25519.pub"))
    );
}

#[test]
fn ssh_keygen_signature_verifies_with_ours() {
    if !have_ssh_keygen() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = keygen(dir.path(), "id_ed25519", "");
    std::fs::write(dir.path().join("manifest"), MESSAGE).unwrap();
    ssh_keygen(
        &[
            "-Y",
            "sign",
            "-f",
            "id_ed25519",
            "-n",
            NAMESPACE,
            "manifest",
        ],
        dir.path(),
    );
    let armored = std::fs::read_to_string(dir.path().join("manifest.sig")).unwrap();

    // From the .pub file, and derived from the private key file.
    for verifying in [
        VerifyingKey::load(&dir.path().join("id_ed25519.pub")).unwrap(),
        VerifyingKey::load(&key).unwrap(),
    ] {
        sign::verify(&verifying, MESSAGE, &armored).unwrap();
        assert_eq!(
            sign::verify(&verifying, b"altered", &armored),
            Err(SignError::Mismatch)
        );
    }

    // A signature ssh-keygen made for another purpose is refused as such.
    // (ssh-keygen asks before overwriting, and says no without a terminal.)
    std::fs::remove_file(dir.path().join("manifest.sig")).unwrap();
    ssh_keygen(
        &["-Y", "sign", "-f", "id_ed25519", "-n", "file", "manifest"],
        dir.path(),
    );
    let file_sig = std::fs::read_to_string(dir.path().join("manifest.sig")).unwrap();
    let verifying = VerifyingKey::load(&key).unwrap();
    assert!(matches!(
        sign::verify(&verifying, MESSAGE, &file_sig),
        Err(SignError::WrongNamespace { .. })
    ));

    // A signature by another ssh-keygen key names both fingerprints.
    let other = keygen(dir.path(), "other", "");
    let err = sign::verify(&VerifyingKey::load(&other).unwrap(), MESSAGE, &armored).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains(&ssh_fingerprint(&dir.path().join("id_ed25519.pub")))
            && text.contains(&ssh_fingerprint(&dir.path().join("other.pub"))),
        "{text}"
    );
}

#[test]
fn passphrase_protected_key() {
    if !have_ssh_keygen() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = keygen(dir.path(), "id_ed25519", "secret");
    let expected = VerifyingKey::load(&dir.path().join("id_ed25519.pub")).unwrap();

    let signing = SigningKey::load_with_passphrase(&key, Some(b"secret")).unwrap();
    assert_eq!(signing.verifying_key(), expected);
    let armored = sign::sign(&signing, MESSAGE).unwrap();
    sign::verify(&expected, MESSAGE, &armored).unwrap();
    // No passphrase needed to get the public key out of the private key file.
    assert_eq!(VerifyingKey::load(&key).unwrap(), expected);

    let err = SigningKey::load_with_passphrase(&key, None).unwrap_err();
    assert!(
        format!("{err:#}").contains("PGSEAL_SIGN_PASSPHRASE"),
        "{err:#}"
    );
    let err = SigningKey::load_with_passphrase(&key, Some(b"wrong")).unwrap_err();
    assert!(format!("{err:#}").contains("wrong passphrase"), "{err:#}");
}

/// `SigningKey::load` reads `PGSEAL_SIGN_PASSPHRASE`. Checked in a child
/// process (this test binary again), so setting the variable cannot race
/// with other tests.
#[test]
fn passphrase_from_environment() {
    const CHILD: &str = "PGSEAL_SIGN_COMPAT_CHILD_KEY";
    if let Some(key) = std::env::var_os(CHILD) {
        // The child: load with the environment as the parent set it.
        match SigningKey::load(Path::new(&key)) {
            Ok(k) => println!("loaded {}", k.verifying_key().fingerprint()),
            Err(e) => println!("error: {e:#}"),
        }
        return;
    }
    if !have_ssh_keygen() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = keygen(dir.path(), "id_ed25519", "secret");
    let fingerprint = ssh_fingerprint(&dir.path().join("id_ed25519.pub"));
    let child = |passphrase: Option<&str>| {
        let mut cmd = Command::new(std::env::current_exe().unwrap());
        cmd.args(["--exact", "passphrase_from_environment", "--nocapture"])
            .env(CHILD, &key)
            .env_remove("PGSEAL_SIGN_PASSPHRASE");
        if let Some(p) = passphrase {
            cmd.env("PGSEAL_SIGN_PASSPHRASE", p);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let out = child(Some("secret"));
    assert!(out.contains(&format!("loaded {fingerprint}")), "{out}");
    let out = child(None);
    assert!(
        out.contains("error: ") && out.contains("set PGSEAL_SIGN_PASSPHRASE"),
        "{out}"
    );
    let out = child(Some("wrong"));
    assert!(
        out.contains("error: ") && out.contains("wrong passphrase"),
        "{out}"
    );
}
