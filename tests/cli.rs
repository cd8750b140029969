//! The pgseal binary on real pg_dumpall output, with the real age and zstd
//! tools on the other side.

mod support;

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use support::{bin_path, fixture};

struct Keys {
    identity: PathBuf,
    recipient: String,
}

fn keygen(dir: &Path, name: &str) -> Keys {
    let identity = dir.join(name);
    let recipient = support::age_keygen(&identity);
    Keys {
        identity,
        recipient,
    }
}

fn pgseal(args: &[&str]) -> Output {
    Command::new(bin_path())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run pgseal")
}

fn pgseal_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(bin_path())
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run pgseal")
}

/// Runs pgseal with `input` on its standard input.
fn pgseal_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(bin_path())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pgseal");
    let mut stdin = child.stdin.take().unwrap();
    // pgseal may refuse the input before reading all of it.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().expect("run pgseal")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn split_ok(input: &Path, out: &Path, keys: &Keys) {
    let o = pgseal(&["split", s(input), "-o", s(out), "-r", &keys.recipient]);
    assert_eq!(code(&o), 0, "split {}: {}", input.display(), stderr(&o));
}

fn cat(out: &Path, keys: &Keys, what: &[&str]) -> Output {
    let mut args = vec!["cat", s(out), "-i", s(&keys.identity)];
    args.extend_from_slice(what);
    pgseal(&args)
}

fn list_json(out: &Path, keys: &Keys) -> serde_json::Value {
    let o = pgseal(&["list", s(out), "-i", s(&keys.identity), "--json"]);
    assert_eq!(code(&o), 0, "list: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(support::repo_root().join("testdata/dumps"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    v.sort();
    assert!(v.len() >= 15, "fixtures missing");
    v
}

/// Decrypt and decompress a file with the stock tools.
fn stock_open(file: &Path, keys: &Keys) -> Vec<u8> {
    let mut age = Command::new("age")
        .args(["-d", "-i", s(&keys.identity), s(file)])
        .stdout(Stdio::piped())
        .spawn()
        .expect("age");
    let out = Command::new("zstd")
        .args(["-d", "-c"])
        .stdin(age.stdout.take().unwrap())
        .output()
        .expect("zstd");
    assert!(
        age.wait().unwrap().success(),
        "age -d failed on {}",
        file.display()
    );
    assert!(out.status.success(), "zstd -d failed on {}", file.display());
    out.stdout
}

#[test]
fn every_fixture_splits_and_cats_back_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    for f in fixtures() {
        let out = tmp.path().join(f.file_stem().unwrap());
        split_ok(&f, &out, &keys);
        let all = cat(&out, &keys, &["--all"]);
        assert_eq!(code(&all), 0, "{}", stderr(&all));
        assert!(
            all.stdout == fs::read(&f).unwrap(),
            "{}: cat --all differs",
            f.display()
        );
        let v = pgseal(&["verify", s(&out), "-i", s(&keys.identity)]);
        assert_eq!(code(&v), 0, "{}: {}", f.display(), stderr(&v));
        let j = list_json(&out, &keys);
        assert_eq!(j["complete"], true);
        assert_eq!(j["parts"][0]["kind"], "globals");
        // File names never carry database names.
        for e in fs::read_dir(&out).unwrap() {
            let name = e.unwrap().file_name().into_string().unwrap();
            let ok = name == "globals.sql.zst.age"
                || name == "manifest.json.zst.age"
                || (name.starts_with("db-")
                    && name.ends_with(".sql.zst.age")
                    && name[3..7].bytes().all(|b| b.is_ascii_digit()));
            assert!(ok, "unexpected file name {name}");
        }
    }
}

#[test]
fn databases_are_named_from_connect_and_create_database() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let out = tmp.path().join("a");
    split_ok(&fixture("pg15-full.sql"), &out, &keys);
    let j = list_json(&out, &keys);
    let names: Vec<String> = j["parts"].as_array().unwrap()[1..]
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    for want in [
        "template1",
        "postgres",
        "app",
        "MixedCase",
        "with space",
        "quote'db",
        "dq\"db",
        "unicodé_数据",
        "-rf --help",
        "../x",
        "tab\there",
        "back\\slash",
        "eq=sign",
    ] {
        assert!(
            names.iter().any(|n| n == want),
            "no part for {want:?} in {names:?}"
        );
    }
    assert_eq!(
        names.len(),
        names.iter().collect::<std::collections::HashSet<_>>().len()
    );
    // Each part decrypts with the stock tools to exactly what cat --db gives.
    for (i, name) in names.iter().enumerate() {
        let file = out.join(format!("db-{:04}.sql.zst.age", i + 1));
        let mine = cat(&out, &keys, &[&format!("--db={name}")]);
        assert_eq!(code(&mine), 0, "{}", stderr(&mine));
        assert!(
            stock_open(&file, &keys) == mine.stdout,
            "{name}: stock tools disagree"
        );
    }
    let g = cat(&out, &keys, &["--globals"]);
    assert!(stock_open(&out.join("globals.sql.zst.age"), &keys) == g.stdout);
    // Decoy text in COPY data and literals did not become a part or a cut.
    let text = String::from_utf8_lossy(&cat(&out, &keys, &["--db", "app"]).stdout).into_owned();
    assert!(
        text.contains("\\\\connect evil") || text.contains("connect evil"),
        "decoys should stay in app's data"
    );
}

#[test]
fn archive_files_are_private() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let out = tmp.path().join("a");
    split_ok(&fixture("pg16-full.sql"), &out, &keys);
    assert_eq!(
        fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o700
    );
    for e in fs::read_dir(&out).unwrap() {
        let m = e.unwrap().metadata().unwrap();
        assert_eq!(m.permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn compressed_and_piped_input() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let src = fixture("pg18-full.sql");
    let original = fs::read(&src).unwrap();
    let gz = tmp.path().join("d.sql.gz");
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!("gzip -c '{}' > '{}'", s(&src), s(&gz)))
        .status()
        .unwrap();
    assert!(o.success());
    let zs = tmp.path().join("d.sql.zst");
    assert!(Command::new("zstd")
        .args(["-q", "-o", s(&zs), s(&src)])
        .status()
        .unwrap()
        .success());
    for (i, input) in [gz, zs].iter().enumerate() {
        let out = tmp.path().join(format!("c{i}"));
        split_ok(input, &out, &keys);
        assert!(cat(&out, &keys, &["--all"]).stdout == original);
        let j = list_json(&out, &keys);
        assert_eq!(
            j["input"]["compression"],
            if i == 0 { "gzip" } else { "zstd" }
        );
    }
    // From a pipe, with "-".
    let out = tmp.path().join("piped");
    let o = pgseal_stdin(
        &["split", "-", "-o", s(&out), "-r", &keys.recipient],
        &original,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(cat(&out, &keys, &["--all"]).stdout == original);
}

/// Offsets inside a dump at which to cut it short.
fn cut_points(dump: &[u8]) -> Vec<(&'static str, usize)> {
    let find = |needle: &str| {
        dump.windows(needle.len())
            .position(|w| w == needle.as_bytes())
            .unwrap_or_else(|| panic!("fixture lacks {needle:?}"))
    };
    let trailer = find("-- PostgreSQL database cluster dump complete");
    vec![
        ("inside COPY data", find(" FROM stdin;\n") + 20),
        (
            "inside a database section",
            find("-- Database \"app\" dump") + 300,
        ),
        (
            "right after the globals",
            find("-- Database \"template1\" dump"),
        ),
        ("just before the trailer", trailer - 3),
        ("inside a dollar-quoted body", find("AS $_$") + 10),
    ]
}

#[test]
fn cut_short_input_gives_an_incomplete_archive_that_verify_refuses() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let dump = fs::read(fixture("pg15-full.sql")).unwrap();
    for (i, (what, at)) in cut_points(&dump).into_iter().enumerate() {
        let input = tmp.path().join(format!("cut{i}.sql"));
        fs::write(&input, &dump[..at]).unwrap();
        let out = tmp.path().join(format!("cut{i}"));
        let o = pgseal(&["split", s(&input), "-o", s(&out), "-r", &keys.recipient]);
        assert_eq!(code(&o), 4, "{what}: {}", stderr(&o));
        assert!(stderr(&o).contains("INCOMPLETE"), "{what}: {}", stderr(&o));
        assert!(
            out.join("INCOMPLETE").is_file(),
            "{what}: no INCOMPLETE marker"
        );
        let v = pgseal(&["verify", s(&out), "-i", s(&keys.identity)]);
        assert_eq!(code(&v), 4, "{what}: verify must refuse: {}", stderr(&v));
        assert_eq!(list_json(&out, &keys)["complete"], false, "{what}");
        let all = cat(&out, &keys, &["--all"]);
        assert_eq!(code(&all), 4, "{what}: cat --all of an incomplete archive");
        // Finished parts can be read; the one the input broke off in cannot.
        let j = list_json(&out, &keys);
        let parts = j["parts"].as_array().unwrap();
        let last = parts.len() - 1;
        assert_eq!(parts[last]["cut_short"], true, "{what}");
        if last > 0 {
            let globals = cat(&out, &keys, &["--globals"]);
            assert_eq!(code(&globals), 0, "{what}: {}", stderr(&globals));
            // (A section cut before its CREATE DATABASE has no name yet.)
            if let Some(name) = parts[last]["name"].as_str() {
                let broken = cat(&out, &keys, &[&format!("--db={name}")]);
                assert_eq!(code(&broken), 4, "{what}: {}", stderr(&broken));
                assert!(broken.stdout.is_empty());
            }
        }
    }
}

#[test]
fn not_a_dump_is_refused_and_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let full = String::from_utf8_lossy(&fs::read(fixture("pg15-full.sql")).unwrap()).into_owned();
    let single = &full[full.find("--\n-- PostgreSQL database dump\n").unwrap()..];
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        (
            "random",
            (0..100_000u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect(),
        ),
        (
            "custom format",
            b"PGDMP\x01\x0e\x00\x04\x08\x01\x01\x01".to_vec(),
        ),
        ("single-database pg_dump", single.as_bytes().to_vec()),
        ("an SQL script", b"SELECT 1;\nSELECT 2;\n".to_vec()),
    ];
    for (what, bytes) in cases {
        let sub = tmp.path().join(what.replace(' ', "_"));
        fs::create_dir(&sub).unwrap();
        let input = sub.join("in.sql");
        fs::write(&input, &bytes).unwrap();
        let out = sub.join("archive");
        let o = pgseal(&["split", s(&input), "-o", s(&out), "-r", &keys.recipient]);
        assert_eq!(code(&o), 3, "{what}: {}", stderr(&o));
        assert!(stderr(&o).contains("error"), "{what}: {}", stderr(&o));
        assert!(!out.exists(), "{what}: archive directory left behind");
        let left: Vec<_> = fs::read_dir(&sub)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 1, "{what}: temporary files left: {left:?}");
    }
}

#[test]
fn a_refused_split_names_the_place() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let mut dump =
        String::from_utf8_lossy(&fs::read(fixture("pg16-full.sql")).unwrap()).into_owned();
    // A \connect whose target psql cannot know without variables.
    let at = dump
        .find("\\connect app\n")
        .expect("fixture has \\connect app");
    dump.replace_range(at..at + "\\connect app".len(), "\\connect :target");
    let input = tmp.path().join("in.sql");
    fs::write(&input, &dump).unwrap();
    let out = tmp.path().join("a");
    let o = pgseal(&["split", s(&input), "-o", s(&out), "-r", &keys.recipient]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    let msg = stderr(&o);
    let line = dump[..at].matches('\n').count() + 1;
    assert!(
        msg.contains(&format!("at byte {at} (line {line})")),
        "{msg}"
    );
    assert!(!out.exists());
    // Through a pipe the line is unknown: the stream cannot be read again.
    let piped = pgseal_stdin(
        &["split", "-", "-o", s(&out), "-r", &keys.recipient],
        dump.as_bytes(),
    );
    assert_eq!(code(&piped), 3, "{}", stderr(&piped));
    assert!(
        stderr(&piped).contains(&format!("at byte {at}: ")),
        "{}",
        stderr(&piped)
    );
    assert!(!out.exists());
}

#[test]
fn wrong_key_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let other = keygen(tmp.path(), "other.txt");
    let out = tmp.path().join("a");
    split_ok(&fixture("pg16-globals-only.sql"), &out, &keys);
    let o = cat(&out, &other, &["--all"]);
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty());
    assert!(
        stderr(&o).to_lowercase().contains("identit"),
        "{}",
        stderr(&o)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn tampering_is_detected() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let good = tmp.path().join("good");
    split_ok(&fixture("pg15-full.sql"), &good, &keys);
    let other = tmp.path().join("other");
    split_ok(&fixture("pg16-full.sql"), &other, &keys);
    type Tamper = Box<dyn Fn(&Path)>;
    let cases: Vec<(&str, Tamper)> = vec![
        (
            "flipped byte",
            Box::new(|d: &Path| {
                let p = d.join("db-0002.sql.zst.age");
                let mut b = fs::read(&p).unwrap();
                let n = b.len() / 2;
                b[n] ^= 1;
                fs::write(&p, b).unwrap();
            }),
        ),
        (
            "swapped parts",
            Box::new(|d: &Path| {
                fs::rename(d.join("db-0001.sql.zst.age"), d.join("x")).unwrap();
                fs::rename(d.join("db-0002.sql.zst.age"), d.join("db-0001.sql.zst.age")).unwrap();
                fs::rename(d.join("x"), d.join("db-0002.sql.zst.age")).unwrap();
            }),
        ),
        (
            "missing part",
            Box::new(|d: &Path| fs::remove_file(d.join("db-0003.sql.zst.age")).unwrap()),
        ),
        (
            "truncated part",
            Box::new(|d: &Path| {
                let p = d.join("globals.sql.zst.age");
                let b = fs::read(&p).unwrap();
                fs::write(&p, &b[..b.len() - 20]).unwrap();
            }),
        ),
        (
            "extra file",
            Box::new(|d: &Path| fs::write(d.join("db-0099.sql.zst.age"), b"x").unwrap()),
        ),
        (
            "part from another archive",
            Box::new({
                let other = other.clone();
                move |d: &Path| {
                    fs::copy(
                        other.join("db-0001.sql.zst.age"),
                        d.join("db-0001.sql.zst.age"),
                    )
                    .unwrap();
                }
            }),
        ),
        (
            "manifest from another archive",
            Box::new({
                let other = other.clone();
                move |d: &Path| {
                    fs::copy(
                        other.join("manifest.json.zst.age"),
                        d.join("manifest.json.zst.age"),
                    )
                    .unwrap();
                }
            }),
        ),
    ];
    for (i, (what, tamper)) in cases.iter().enumerate() {
        let d = tmp.path().join(format!("t{i}"));
        copy_dir(&good, &d);
        tamper(&d);
        let v = pgseal(&["verify", s(&d), "-i", s(&keys.identity)]);
        assert_eq!(code(&v), 5, "{what}: {}", stderr(&v));
        if *what != "extra file" {
            let all = cat(&d, &keys, &["--all"]);
            assert_ne!(
                code(&all),
                0,
                "{what}: cat --all accepted a tampered archive"
            );
        }
    }
    // A damaged part gives no plaintext at all, not a prefix of it. The part
    // is found by name: its number follows the order of the dump.
    let j = list_json(&good, &keys);
    let app = j["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "app")
        .unwrap_or_else(|| panic!("no part named app in list --json: {j}"));
    let file = app["file"].as_str().expect("app's file in list --json");
    let d = tmp.path().join("damaged-app");
    copy_dir(&good, &d);
    let p = d.join(file);
    let mut b = fs::read(&p).unwrap();
    let n = b.len() - 100;
    b[n] ^= 1;
    fs::write(&p, b).unwrap();
    let o = cat(&d, &keys, &["--db", "app"]);
    assert_ne!(code(&o), 0, "cat --db app of a damaged {file} succeeded");
    assert!(
        o.stdout.is_empty(),
        "{} bytes of plaintext released from the damaged {file}",
        o.stdout.len()
    );
}

/// Compress and encrypt `data` into `file` with the stock tools.
fn stock_seal(data: &[u8], file: &Path, recipient: &str) {
    let mut zstd = Command::new("zstd")
        .args(["-q", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("zstd");
    let age = Command::new("age")
        .args(["-r", recipient, "-o", s(file)])
        .stdin(zstd.stdout.take().unwrap())
        .spawn()
        .expect("age");
    zstd.stdin.take().unwrap().write_all(data).unwrap();
    assert!(zstd.wait().unwrap().success());
    assert!(age.wait_with_output().unwrap().status.success());
}

/// Anyone with the public key can seal a part; without a signature only the
/// whole-stream checksum stands between such a part and `cat --all`.
#[test]
fn a_resealed_part_with_other_text_fails_the_stream_checksum() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let d = tmp.path().join("a");
    split_ok(&fixture("pg15-full.sql"), &d, &keys);
    let part = d.join("db-0002.sql.zst.age");
    let mut text = stock_open(&part, &keys);
    let at = text.len() / 2;
    text[at] ^= 0x20;
    stock_seal(&text, &part, &keys.recipient);
    // A manifest that vouches for the new file, as a forger would write.
    let manifest = d.join("manifest.json.zst.age");
    let mut m: serde_json::Value = serde_json::from_slice(&stock_open(&manifest, &keys)).unwrap();
    let sealed = fs::read(&part).unwrap();
    m["parts"][2]["sealed_bytes"] = sealed.len().into();
    m["parts"][2]["sealed_blake3"] = blake3::hash(&sealed).to_hex().to_string().into();
    stock_seal(&serde_json::to_vec(&m).unwrap(), &manifest, &keys.recipient);

    let all = cat(&d, &keys, &["--all"]);
    assert_eq!(code(&all), 5, "{}", stderr(&all));
    assert!(
        stderr(&all).contains("does not match the one this archive was made from"),
        "{}",
        stderr(&all)
    );
    let v = pgseal(&["verify", s(&d), "-i", s(&keys.identity)]);
    assert_eq!(code(&v), 5, "{}", stderr(&v));
}

#[test]
fn existing_destination_needs_force_and_force_never_wipes_strangers() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let out = tmp.path().join("a");
    split_ok(&fixture("pg16-globals-only.sql"), &out, &keys);
    let o = pgseal(&[
        "split",
        s(&fixture("pg16-full.sql")),
        "-o",
        s(&out),
        "-r",
        &keys.recipient,
    ]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    let o = pgseal(&[
        "split",
        s(&fixture("pg16-full.sql")),
        "-o",
        s(&out),
        "-r",
        &keys.recipient,
        "--force",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(cat(&out, &keys, &["--all"]).stdout == fs::read(fixture("pg16-full.sql")).unwrap());
    let stranger = tmp.path().join("home");
    fs::create_dir(&stranger).unwrap();
    fs::write(stranger.join("thesis.tex"), b"precious").unwrap();
    let o = pgseal(&[
        "split",
        s(&fixture("pg16-full.sql")),
        "-o",
        s(&stranger),
        "-r",
        &keys.recipient,
        "--force",
    ]);
    assert_eq!(code(&o), 1);
    assert_eq!(fs::read(stranger.join("thesis.tex")).unwrap(), b"precious");
    // An incomplete dump never replaces a good archive.
    let dump = fs::read(fixture("pg16-full.sql")).unwrap();
    let cut = tmp.path().join("cut.sql");
    fs::write(&cut, &dump[..dump.len() / 2]).unwrap();
    let o = pgseal(&[
        "split",
        s(&cut),
        "-o",
        s(&out),
        "-r",
        &keys.recipient,
        "--force",
    ]);
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    assert!(
        cat(&out, &keys, &["--all"]).stdout == dump,
        "the good archive was replaced"
    );
    assert!(tmp.path().join("a.incomplete").join("INCOMPLETE").is_file());
}

#[test]
fn passphrase_archives_need_no_identity_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("a");
    let env = [("PGSEAL_PASSPHRASE", "correct horse battery staple")];
    let o = pgseal_env(
        &["split", s(&fixture("pg16-full.sql")), "-o", s(&out), "-p"],
        &env,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let key = fs::read(out.join("key.age")).unwrap();
    assert!(
        String::from_utf8_lossy(&key).contains("-> scrypt"),
        "key.age must be a passphrase age file"
    );
    let all = pgseal_env(&["cat", s(&out), "--all"], &env);
    assert_eq!(code(&all), 0, "{}", stderr(&all));
    assert!(all.stdout == fs::read(fixture("pg16-full.sql")).unwrap());
    // The key file works as a passphrase-protected identity too, like age -i.
    let v = pgseal_env(&["verify", s(&out), "-i", s(&out.join("key.age"))], &env);
    assert_eq!(code(&v), 0, "{}", stderr(&v));
    let bad = pgseal_env(
        &["cat", s(&out), "--all"],
        &[("PGSEAL_PASSPHRASE", "wrong")],
    );
    assert_eq!(code(&bad), 1);
    assert!(bad.stdout.is_empty());
}

#[test]
fn ssh_keys_work_as_recipients_and_identities() {
    if !support::have_tool("ssh-keygen", "openssh-client") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("id_ed25519");
    let st = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f", s(&key)])
        .status()
        .unwrap();
    assert!(st.success());
    let public = fs::read_to_string(tmp.path().join("id_ed25519.pub")).unwrap();
    let recipients = tmp.path().join("recipients.txt");
    fs::write(&recipients, format!("# backup host key\n\n{public}")).unwrap();
    let out = tmp.path().join("a");
    let o = pgseal(&[
        "split",
        s(&fixture("pg18-full.sql")),
        "-o",
        s(&out),
        "-R",
        s(&recipients),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = pgseal(&["verify", s(&out), "-i", s(&key)]);
    assert_eq!(code(&v), 0, "{}", stderr(&v));
}

#[test]
fn no_role_passwords_seals_a_redacted_dump() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path(), "key.txt");
    let src = fixture("pg15-full.sql");
    let original = fs::read(&src).unwrap();
    assert!(
        original.windows(13).any(|w| w == b"SCRAM-SHA-256"),
        "fixture should hold password hashes"
    );
    let out = tmp.path().join("a");
    let o = pgseal(&[
        "split",
        s(&src),
        "-o",
        s(&out),
        "-r",
        &keys.recipient,
        "--no-role-passwords",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let all = cat(&out, &keys, &["--all"]).stdout;
    assert!(
        !all.windows(13).any(|w| w == b"SCRAM-SHA-256"),
        "a password hash survived"
    );
    assert!(!all.windows(8).any(|w| w == b"PASSWORD"));
    // Only the role statements changed: everything else is byte for byte.
    let keep = |b: &[u8]| -> Vec<u8> {
        b.split(|&c| c == b'\n')
            .filter(|l| !l.starts_with(b"ALTER ROLE"))
            .flat_map(|l| l.iter().copied().chain([b'\n']))
            .collect()
    };
    assert!(keep(&all) == keep(&original));
    assert_eq!(list_json(&out, &keys)["redacted"], true);
    let v = pgseal(&["verify", s(&out), "-i", s(&keys.identity)]);
    assert_eq!(code(&v), 0, "{}", stderr(&v));
}
