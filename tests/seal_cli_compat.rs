//! Sealed parts must stay readable with the stock tools: `age -d -i key part |
//! zstd -d`. These tests seal through the library and unseal with the real CLIs
//! (and the other way round). They skip, with a note, when a CLI is missing.

mod support;

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pgseal::seal::{
    load_identities, load_recipients, open_sealed, x25519, ArchiveKey, SealedWriter, SecretString,
};

/// Whether `cmd` is installed; a skip note (see tests/support) if not.
fn have(cmd: &str) -> bool {
    let package = match cmd {
        "age-keygen" => "age",
        "ssh-keygen" => "openssh-client",
        "script" => "bsdutils",
        "timeout" => "coreutils",
        other => other,
    };
    support::have_tool(cmd, package)
}

/// A few MB of dump-like text with enough variety to be realistic for zstd.
fn dump_text(lines: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(lines * 60);
    out.extend_from_slice(
        b"--\n-- PostgreSQL database dump\n--\n\nCOPY public.t (id, name, v) FROM stdin;\n",
    );
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..lines {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        writeln!(out, "{i}\tname-{:x}\t{}", x >> 40, x % 100_000).unwrap();
    }
    out.extend_from_slice(b"\\.\n");
    out
}

fn seal_to(path: &Path, recipients: &[String], data: &[u8], threads: u32) {
    let rs = load_recipients(recipients, &[]).unwrap();
    let mut w = SealedWriter::create(File::create(path).unwrap(), &rs, 3, threads).unwrap();
    for piece in data.chunks(4096 + 17) {
        w.write_all(piece).unwrap();
    }
    let stats = w.finish().unwrap();
    assert_eq!(stats.plain_bytes, data.len() as u64);
    assert_eq!(stats.sealed_bytes, std::fs::metadata(path).unwrap().len());
}

/// Runs `age <age_args> | zstd -d -c` and returns zstd's output.
fn age_then_zstd(age_args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let mut age = Command::new("age")
        .args(age_args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn age");
    let zstd = Command::new("zstd")
        .args(["-d", "-c", "-q"])
        .stdin(age.stdout.take().unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn zstd");
    let z = zstd.wait_with_output().unwrap();
    let a = age.wait_with_output().unwrap();
    assert!(
        a.status.success(),
        "age failed: {}",
        String::from_utf8_lossy(&a.stderr)
    );
    assert!(
        z.status.success(),
        "zstd failed: {}",
        String::from_utf8_lossy(&z.stderr)
    );
    z.stdout
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

/// Reads the `# public key: age1...` line that age-keygen writes.
fn public_key_of(key_file: &Path) -> String {
    std::fs::read_to_string(key_file)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .expect("public key comment")
        .to_owned()
}

#[test]
fn library_seal_opens_with_age_and_zstd_cli() {
    if !have("age") || !have("zstd") || !have("age-keygen") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.txt");
    let st = Command::new("age-keygen")
        .arg("-o")
        .arg(&key)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(st.success());
    let data = dump_text(160_000); // about 4 MB
    assert!(data.len() > 2 << 20);

    for threads in [1, 3] {
        let part = dir.path().join(format!("db-{threads}.sql.zst.age"));
        seal_to(&part, &[public_key_of(&key)], &data, threads);
        let out = age_then_zstd(&[os("-d"), os("-i"), key.as_os_str(), part.as_os_str()]);
        assert!(out == data, "CLI output differs (threads = {threads})");
    }
}

#[test]
fn library_seal_to_ssh_key_opens_with_age_cli() {
    if !have("age") || !have("zstd") || !have("ssh-keygen") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("id_ed25519");
    let st = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "pgseal-test", "-f"])
        .arg(&key)
        .status()
        .unwrap();
    assert!(st.success());
    let public = std::fs::read_to_string(dir.path().join("id_ed25519.pub")).unwrap();
    let data = dump_text(20_000);
    let part = dir.path().join("part.age");
    seal_to(&part, &[public.trim().to_owned()], &data, 1);
    let out = age_then_zstd(&[os("-d"), os("-i"), key.as_os_str(), part.as_os_str()]);
    assert!(out == data, "CLI output differs");

    // And the library opens it with the same private key.
    let ids = load_identities(&[&key]).unwrap();
    let mut back = Vec::new();
    let mut r = open_sealed(&part, &ids).unwrap();
    r.read_to_end(&mut back).unwrap();
    r.finish().unwrap();
    assert!(back == data);
}

#[test]
fn cli_sealed_file_opens_with_the_library() {
    if !have("age") || !have("zstd") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let k = x25519::Identity::generate();
    let data = dump_text(10_000);
    let plain = dir.path().join("plain.sql");
    std::fs::write(&plain, &data).unwrap();
    let zst = dir.path().join("plain.sql.zst");
    let part = dir.path().join("plain.sql.zst.age");
    let st = Command::new("zstd")
        .args(["-q", "-3", "-o"])
        .arg(&zst)
        .arg(&plain)
        .status()
        .unwrap();
    assert!(st.success());
    let st = Command::new("age")
        .arg("-r")
        .arg(k.to_public().to_string())
        .arg("-o")
        .arg(&part)
        .arg(&zst)
        .status()
        .unwrap();
    assert!(st.success());

    let mut r = open_sealed(&part, &[&k]).unwrap();
    let mut back = Vec::new();
    r.read_to_end(&mut back).unwrap();
    let stats = r.finish().unwrap();
    assert!(back == data);
    assert_eq!(
        stats.sealed_blake3,
        blake3::hash(&std::fs::read(&part).unwrap())
            .to_hex()
            .to_string()
    );
}

/// Writes an archive key and a part sealed to it; returns (key.age, part).
fn archive_fixture(dir: &Path, pass: &str, data: &[u8]) -> (ArchiveKey, PathBuf, PathBuf) {
    let key = ArchiveKey::generate();
    let key_age = dir.join("key.age");
    key.write_sealed(
        File::create(&key_age).unwrap(),
        &SecretString::from(pass.to_owned()),
    )
    .unwrap();
    let part = dir.join("part.age");
    seal_to(&part, &[key.recipient().to_string()], data, 2);
    (key, key_age, part)
}

#[test]
fn archive_key_path_with_stock_age() {
    if !have("age") || !have("zstd") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dump_text(30_000);
    let (key, key_age, part) = archive_fixture(dir.path(), "tr0ub4dor&3", &data);

    // The key file is a passphrase (scrypt) age file, and nothing else.
    let raw = std::fs::read(&key_age).unwrap();
    let header_end = raw.windows(4).position(|w| w == b"\n---").unwrap();
    let header = std::str::from_utf8(&raw[..header_end]).unwrap();
    let stanzas: Vec<&str> = header.lines().filter(|l| l.starts_with("-> ")).collect();
    assert_eq!(stanzas.len(), 1, "{header}");
    assert!(stanzas[0].starts_with("-> scrypt "), "{header}");

    // Stock age reads passphrases only from a terminal, so open key.age with the
    // library, store the identity as key.txt, and let the stock CLI use that.
    let opened = ArchiveKey::open_sealed(
        File::open(&key_age).unwrap(),
        &SecretString::from("tr0ub4dor&3".to_owned()),
    )
    .unwrap();
    assert_eq!(opened.to_public(), key.recipient());
    let key_txt = dir.path().join("key.txt");
    let secret = age::secrecy::ExposeSecret::expose_secret(&opened.to_string()).to_owned();
    std::fs::write(&key_txt, format!("{secret}\n")).unwrap();
    let out = age_then_zstd(&[os("-d"), os("-i"), key_txt.as_os_str(), part.as_os_str()]);
    assert!(out == data, "CLI output differs");
}

/// Runs `cmd` under `script`, which gives it a terminal and types `input` there.
fn in_pty(cmd: &str, input: &str) -> std::process::Output {
    let mut child = Command::new("timeout")
        .args(["120", "script", "-qec", cmd, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn script");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

/// Same files, but the stock CLI types the passphrase itself, through a pseudo
/// terminal: `age -d key.age` and `age -d -i key.age part`.
#[test]
fn archive_key_with_stock_age_passphrase_prompt() {
    if !have("age") || !have("zstd") || !have("script") || !have("timeout") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dump_text(5_000);
    let (key, key_age, part) = archive_fixture(dir.path(), "pw for the pty", &data);

    let key_txt = dir.path().join("key.txt");
    let o = in_pty(
        &format!("age -d -o {} {}", quote(&key_txt), quote(&key_age)),
        "pw for the pty\n",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let text = std::fs::read_to_string(&key_txt).unwrap();
    assert!(text.contains(&format!("# public key: {}", key.recipient())));

    let zst = dir.path().join("part.zst");
    let o = in_pty(
        &format!(
            "age -d -i {} -o {} {}",
            quote(&key_age),
            quote(&zst),
            quote(&part)
        ),
        "pw for the pty\n",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let out = Command::new("zstd")
        .args(["-d", "-c", "-q"])
        .arg(&zst)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout == data, "CLI output differs");
}
