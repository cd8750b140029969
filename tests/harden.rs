//! Faults and forgery: signals, file-size limits, SIGKILL, and signed
//! archives checked with our verifier and with stock `ssh-keygen -Y verify`.

mod support;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{bin_path, fixture, pgseal as run, stderr_of as err};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn recipient(dir: &Path) -> (PathBuf, String) {
    let identity = dir.join("key.txt");
    let r = support::age_keygen(&identity);
    (identity, r)
}

/// Hidden temporary directories left in `dir`.
fn debris(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("pgseal"))
        .collect()
}

/// Start `split -` reading from a pipe we keep open, feed it part of a dump,
/// and wait until its temporary directory exists.
fn start_split_stalled(dir: &Path, recipient: &str) -> (Child, PathBuf) {
    let out = dir.join("archive");
    let mut child = Command::new(bin_path())
        .args(["split", "-", "-o", s(&out), "-r", recipient])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let dump = fs::read(fixture("pg15-full.sql")).unwrap();
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(&dump[..dump.len() / 2]).unwrap();
    stdin.flush().unwrap();
    let t = Instant::now();
    while debris(dir).is_empty() {
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "split never created its temporary directory"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Let it consume what it was given.
    std::thread::sleep(Duration::from_millis(300));
    (child, out)
}

#[test]
fn signals_remove_the_unfinished_archive() {
    for (signal, code) in [("-INT", 130), ("-TERM", 143), ("-HUP", 129)] {
        let tmp = tempfile::tempdir().unwrap();
        let (_, r) = recipient(tmp.path());
        let (child, out) = start_split_stalled(tmp.path(), &r);
        let pid = child.id().to_string();
        assert!(Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap()
            .success());
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(code), "{signal}: {}", err(&o));
        assert!(err(&o).contains("interrupted"), "{signal}: {}", err(&o));
        assert!(
            !out.exists(),
            "{signal}: an archive directory was left at the destination"
        );
        assert!(
            debris(tmp.path()).is_empty(),
            "{signal}: left {:?}",
            debris(tmp.path())
        );
    }
}

#[test]
fn sigkill_never_leaves_a_directory_at_the_destination() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, r) = recipient(tmp.path());
    let (mut child, out) = start_split_stalled(tmp.path(), &r);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!out.exists());
    // What remains is hidden, named as unfinished, and has no manifest.
    for name in debris(tmp.path()) {
        assert!(
            name.starts_with('.') && name.contains("pgseal-partial"),
            "{name}"
        );
        assert!(!tmp
            .path()
            .join(&name)
            .join("manifest.json.zst.age")
            .exists());
    }
}

#[test]
fn file_size_limit_is_a_clean_error() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, r) = recipient(tmp.path());
    let out = tmp.path().join("archive");
    // 8 blocks of 512 bytes: the first part file hits the limit.
    let script = format!(
        "ulimit -f 8; exec '{}' split '{}' -o '{}' -r {}",
        s(&bin_path()),
        s(&fixture("pg15-full.sql")),
        s(&out),
        r
    );
    let o = Command::new("sh").arg("-c").arg(&script).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("error"), "{}", err(&o));
    assert!(!out.exists());
    assert!(
        debris(tmp.path()).is_empty(),
        "left {:?}",
        debris(tmp.path())
    );
}

fn signing_key(dir: &Path, name: &str) -> PathBuf {
    let key = dir.join(name);
    let st = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", s(&key)])
        .status()
        .unwrap();
    assert!(st.success());
    key
}

#[test]
fn signed_archives_catch_forgery() {
    if !support::have_tool("ssh-keygen", "openssh-client") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (identity, r) = recipient(tmp.path());
    let key = signing_key(tmp.path(), "backup-host");
    let other = signing_key(tmp.path(), "intruder");
    let public = tmp.path().join("backup-host.pub");
    let split = |dump: &str, out: &Path, sign: &Path| {
        let o = run(&[
            "split",
            s(&fixture(dump)),
            "-o",
            s(out),
            "-r",
            &r,
            "--sign-key",
            s(sign),
        ]);
        assert!(o.status.success(), "{}", err(&o));
    };
    let verify = |dir: &Path| {
        run(&[
            "verify",
            s(dir),
            "-i",
            s(&identity),
            "--verify-key",
            s(&public),
        ])
    };

    let good = tmp.path().join("good");
    split("pg15-full.sql", &good, &key);
    let o = verify(&good);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));

    // Stock OpenSSH checks the same signature.
    let signers = tmp.path().join("allowed_signers");
    let pubkey = fs::read_to_string(&public).unwrap();
    fs::write(&signers, format!("backup@host {pubkey}")).unwrap();
    let st = Command::new("ssh-keygen")
        .args([
            "-Y",
            "verify",
            "-f",
            s(&signers),
            "-I",
            "backup@host",
            "-n",
            "pgseal-manifest@v1",
            "-s",
        ])
        .arg(good.join("manifest.sig"))
        .stdin(fs::File::open(good.join("manifest.json.zst.age")).unwrap())
        .output()
        .unwrap();
    assert!(st.status.success(), "ssh-keygen -Y verify: {}", err(&st));

    // Anyone with the age public key can seal an archive, but not sign it.
    let forged = tmp.path().join("forged");
    split("pg16-full.sql", &forged, &other);
    let o = verify(&forged);
    assert_eq!(o.status.code(), Some(5), "{}", err(&o));
    assert!(
        err(&o).contains("SHA256:"),
        "the message should name the fingerprints: {}",
        err(&o)
    );
    let unsigned = tmp.path().join("unsigned");
    let o = run(&[
        "split",
        s(&fixture("pg16-full.sql")),
        "-o",
        s(&unsigned),
        "-r",
        &r,
    ]);
    assert!(o.status.success());
    let o = verify(&unsigned);
    assert_eq!(o.status.code(), Some(5), "{}", err(&o));
    assert!(err(&o).contains("not signed"), "{}", err(&o));

    // A genuine signed manifest from another night does not vouch for these parts.
    let yesterday = tmp.path().join("yesterday");
    split("pg16-full.sql", &yesterday, &key);
    let mixed = tmp.path().join("mixed");
    fs::create_dir(&mixed).unwrap();
    for e in fs::read_dir(&good).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), mixed.join(e.file_name())).unwrap();
    }
    for f in ["manifest.json.zst.age", "manifest.sig"] {
        fs::copy(yesterday.join(f), mixed.join(f)).unwrap();
    }
    let o = verify(&mixed);
    assert_eq!(o.status.code(), Some(5), "{}", err(&o));
    // A flipped byte in the signed manifest breaks the signature.
    let altered = tmp.path().join("altered");
    fs::create_dir(&altered).unwrap();
    for e in fs::read_dir(&good).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), altered.join(e.file_name())).unwrap();
    }
    let m = altered.join("manifest.json.zst.age");
    let mut b = fs::read(&m).unwrap();
    let n = b.len() - 40;
    b[n] ^= 0x20;
    fs::write(&m, b).unwrap();
    let o = verify(&altered);
    assert_eq!(o.status.code(), Some(5), "{}", err(&o));
}

/// `pgseal cat ... | head -c 100`: the reader goes away mid-stream. Like
/// `zstd -dc | head`, cat ends with 141 (so `pipefail` still sees it) and no
/// message, never 0 and never a panic.
#[test]
fn closed_stdout_mid_stream_ends_with_141() {
    let tmp = tempfile::tempdir().unwrap();
    let (identity, r) = recipient(tmp.path());
    let out = tmp.path().join("a");
    let o = run(&[
        "split",
        s(&fixture("pg15-full.sql")),
        "-o",
        s(&out),
        "-r",
        &r,
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let script = format!(
        "'{}' cat '{}' -i '{}' --all | head -c 100 > /dev/null; echo \"${{PIPESTATUS[0]}}\"",
        s(&bin_path()),
        s(&out),
        s(&identity)
    );
    let o = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .output()
        .unwrap();
    let status = String::from_utf8_lossy(&o.stdout).trim().to_string();
    assert_eq!(status, "141", "cat should end with 141: {}", err(&o));
    let msg = err(&o);
    assert!(msg.trim().is_empty(), "no message, no panic: {msg}");
}
