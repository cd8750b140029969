//! Every exit status of every command, as `pgseal --help` documents it:
//! 0 success, 1 error, 2 usage, 3 not splittable, 4 incomplete, 5 damaged
//! or unsigned, 6 a restore part or a drill failed, 141 standard output
//! closed early.

mod support;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use support::{bin_path, demo_identity, demo_recipients, fixture, split_demo, Cluster};

fn run<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(bin_path())
        .args(args)
        .stdin(Stdio::null())
        .env_remove("PGSEAL_PASSPHRASE")
        .output()
        .expect("run pgseal")
}

#[track_caller]
fn expect<S: AsRef<OsStr>>(code: i32, args: &[S]) -> String {
    let o = run(args);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    let shown: Vec<_> = args.iter().map(|a| a.as_ref().to_string_lossy()).collect();
    assert_eq!(o.status.code(), Some(code), "pgseal {shown:?}:\n{err}");
    err
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn id() -> String {
    demo_identity().to_str().unwrap().to_string()
}

/// A copy of a fixture cut in the middle of a COPY block, at a line break.
fn cut_dump(dir: &Path) -> PathBuf {
    let text = fs::read(fixture("pg15-full.sql")).unwrap();
    let copy = text
        .windows(5)
        .rposition(|w| w == b"COPY ")
        .expect("the fixture has COPY blocks");
    let nl = copy + text[copy..].iter().position(|&c| c == b'\n').unwrap() + 1;
    let path = dir.join("cut.sql");
    fs::write(&path, &text[..nl + 3]).unwrap();
    path
}

fn other_identity(dir: &Path) -> PathBuf {
    let path = dir.join("other.txt");
    support::age_keygen(&path);
    path
}

fn fresh_archive(dir: &Path, name: &str) -> PathBuf {
    let out = dir.join(name);
    split_demo(&fixture("pg15-full.sql"), &out);
    out
}

#[test]
fn split_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let r = demo_recipients();
    let out = tmp.path().join("a");
    let args = |input: &Path, out: &Path| -> Vec<String> {
        vec![
            "split".into(),
            p(input).into(),
            "-o".into(),
            p(out).into(),
            "-R".into(),
            p(&r).into(),
        ]
    };
    expect(0, &args(&fixture("pg15-full.sql"), &out));
    // An existing archive without --force, a missing input, no recipients.
    expect(1, &args(&fixture("pg15-full.sql"), &out));
    expect(
        1,
        &args(&tmp.path().join("nope.sql"), &tmp.path().join("b")),
    );
    expect(
        1,
        &[
            "split",
            p(&fixture("pg15-full.sql")),
            "-o",
            p(&tmp.path().join("c")),
        ],
    );
    expect(2, &["split", "--no-such-flag"]);
    expect(2, &["split", p(&fixture("pg15-full.sql"))]);
    // Not pg_dumpall output: nothing is written.
    let single = tmp.path().join("single.sql");
    fs::write(
        &single,
        "--\n-- PostgreSQL database dump\n--\n\nSET x = 1;\n",
    )
    .unwrap();
    let err = expect(3, &args(&single, &tmp.path().join("d")));
    assert!(err.contains("single database"), "{err}");
    assert!(!tmp.path().join("d").exists());
    // Cut short: the archive is written, marked INCOMPLETE.
    let cut = cut_dump(tmp.path());
    let e = tmp.path().join("e");
    let err = expect(4, &args(&cut, &e));
    assert!(err.contains("INCOMPLETE"), "{err}");
    assert!(e.join("INCOMPLETE").is_file());
}

#[test]
fn list_cat_verify_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let good = fresh_archive(tmp.path(), "good");
    let id = id();
    let other = other_identity(tmp.path());
    for cmd in ["list", "verify"] {
        expect(0, &[cmd, p(&good), "-i", &id]);
        expect(1, &[cmd, p(&good), "-i", p(&other)]);
        expect(1, &[cmd, p(&tmp.path().join("missing")), "-i", &id]);
        expect(2, &[cmd]);
    }
    expect(0, &["cat", p(&good), "-i", &id, "--all"]);
    expect(0, &["cat", p(&good), "-i", &id, "--globals"]);
    expect(1, &["cat", p(&good), "-i", p(&other), "--all"]);
    expect(1, &["cat", p(&good), "-i", &id, "--db", "no_such_database"]);
    expect(2, &["cat", p(&good), "-i", &id]);

    // An incomplete archive: list shows it (0), the rest says 4.
    let cut = cut_dump(tmp.path());
    let inc = tmp.path().join("inc");
    expect(
        4,
        &["split", p(&cut), "-o", p(&inc), "-R", p(&demo_recipients())],
    );
    expect(0, &["list", p(&inc), "-i", &id]);
    expect(4, &["verify", p(&inc), "-i", &id]);
    expect(4, &["cat", p(&inc), "-i", &id, "--all"]);
    expect(0, &["cat", p(&inc), "-i", &id, "--globals"]);
    let listed = run(&["list", p(&inc), "-i", &id, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let cut_name = v["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["cut_short"] == true)
        .and_then(|p| p["name"].as_str())
        .expect("one part is cut short")
        .to_string();
    expect(4, &["cat", p(&inc), "-i", &id, &format!("--db={cut_name}")]);
}

#[test]
fn a_damaged_archive_is_exit_5_for_every_reader() {
    let tmp = tempfile::tempdir().unwrap();
    let id = id();
    let part = "db-0001.sql.zst.age";
    let manifest = "manifest.json.zst.age";
    // What is done to which file: flip a byte (counted from the end when
    // negative), cut bytes off the end, or remove it.
    let cases = [
        ("part altered", part, Damage::Flip(-100)),
        ("part header altered", part, Damage::Flip(30)),
        ("part truncated", part, Damage::Truncate(7)),
        ("part missing", part, Damage::Remove),
        ("manifest altered", manifest, Damage::Flip(-40)),
        ("manifest header altered", manifest, Damage::Flip(30)),
        ("manifest truncated", manifest, Damage::Truncate(10)),
    ];
    for (i, (what, file, damage)) in cases.into_iter().enumerate() {
        let a = fresh_archive(tmp.path(), &format!("a{i}"));
        damage.apply(&a.join(file));
        let err = expect(5, &["verify", p(&a), "-i", &id]);
        assert!(err.contains("FAILED verification"), "{what}: {err}");
        expect(5, &["cat", p(&a), "-i", &id, "--all"]);
        if file == manifest {
            expect(5, &["list", p(&a), "-i", &id]);
            expect(5, &["cat", p(&a), "-i", &id, "--globals"]);
        } else {
            let db = format!("--db={}", part_name(&a, 1));
            expect(5, &["cat", p(&a), "-i", &id, &db]);
        }
    }
    // A file that does not belong.
    let a = fresh_archive(tmp.path(), "extra");
    fs::write(a.join("notes.txt"), "x").unwrap();
    expect(5, &["verify", p(&a), "-i", &id]);
    // Nor does a directory, or a link (even to a part of the archive).
    let a = fresh_archive(tmp.path(), "subdir");
    fs::create_dir(a.join("old")).unwrap();
    expect(5, &["verify", p(&a), "-i", &id]);
    let a = fresh_archive(tmp.path(), "link");
    std::os::unix::fs::symlink("globals.sql.zst.age", a.join("copy.age")).unwrap();
    expect(5, &["verify", p(&a), "-i", &id]);
}

/// The database name of part `i`, from `list --json`.
fn part_name(archive: &Path, i: usize) -> String {
    let o = run(&["list", p(archive), "-i", &id(), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["parts"][i]["name"].as_str().unwrap().to_string()
}

enum Damage {
    Flip(isize),
    Truncate(usize),
    Remove,
}

impl Damage {
    fn apply(&self, path: &Path) {
        let mut b = fs::read(path).unwrap();
        match *self {
            Damage::Flip(at) => {
                let i = if at < 0 {
                    b.len() - at.unsigned_abs()
                } else {
                    at as usize
                };
                b[i] ^= 0x01;
            }
            Damage::Truncate(by) => b.truncate(b.len() - by),
            Damage::Remove => return fs::remove_file(path).unwrap(),
        }
        fs::write(path, b).unwrap();
    }
}

fn ssh_key(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let o = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(&path)
        .output()
        .expect("ssh-keygen is installed by testdata/pg-install.sh");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    path
}

/// `--verify-key` on an unsigned archive, or one signed by another key: 5
/// from every command that takes it, before anything is decrypted or run.
#[test]
fn verify_key_is_enforced_by_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    let id = id();
    let ours = ssh_key(tmp.path(), "ours");
    let theirs = ssh_key(tmp.path(), "theirs");
    let unsigned = fresh_archive(tmp.path(), "unsigned");
    let signed = tmp.path().join("signed");
    expect(
        0,
        &[
            "split",
            p(&fixture("pg15-full.sql")),
            "-o",
            p(&signed),
            "-R",
            p(&demo_recipients()),
            "--sign-key",
            p(&theirs),
        ],
    );
    let key = format!("{}.pub", p(&ours));
    let good_key = format!("{}.pub", p(&theirs));
    expect(
        0,
        &["verify", p(&signed), "-i", &id, "--verify-key", &good_key],
    );
    expect(
        0,
        &["list", p(&signed), "-i", &id, "--verify-key", &good_key],
    );
    for archive in [&unsigned, &signed] {
        let a = p(archive);
        let base = ["-i", id.as_str(), "--verify-key", key.as_str()];
        let with = |cmd: &[&str], extra: &[&str]| -> Vec<String> {
            cmd.iter()
                .chain([a].iter())
                .chain(base.iter())
                .chain(extra.iter())
                .map(|s| s.to_string())
                .collect()
        };
        expect(5, &with(&["verify"], &[]));
        expect(5, &with(&["list"], &[]));
        expect(5, &with(&["cat"], &["--all"]));
        // No server is needed: the signature is checked first.
        expect(5, &with(&["restore"], &["--dry-run", "-h", "/nonexistent"]));
        expect(5, &with(&["drill"], &["--pg-bin", "/nonexistent"]));
    }
}

/// restore and drill: 0 on success, 1 when refused before anything runs,
/// 2 for usage, 4 for the cut-short part of an incomplete archive, 6 when
/// a part fails.
#[test]
fn restore_and_drill_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let id = id();
    let good = fresh_archive(tmp.path(), "good");
    expect(2, &["restore", p(&good), "--jobs", "0"]);
    expect(2, &["drill", p(&good), "--no-such-flag"]);
    expect(
        1,
        &[
            "restore",
            p(&good),
            "-i",
            &id,
            "--psql",
            "/nonexistent/psql",
        ],
    );
    expect(
        1,
        &["drill", p(&good), "-i", &id, "--pg-bin", "/nonexistent"],
    );

    let c = Cluster::start(15);
    let restore = |archive: &Path, extra: &[&str]| -> (Option<i32>, String) {
        let o = c
            .command(bin_path())
            .arg("restore")
            .arg(archive)
            .args(["-i", &id])
            .args(extra)
            .output()
            .unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    // A database whose roles are missing: refused, nothing runs.
    let (code, err) = restore(&good, &["--db", "app"]);
    assert_eq!(code, Some(1), "{err}");
    let (code, err) = restore(&good, &[]);
    assert_eq!(code, Some(0), "{err}");
    // Again: the databases exist now, so it is refused without --clean.
    let (code, err) = restore(&good, &[]);
    assert_eq!(code, Some(1), "{err}");

    // A damaged part file is found before anything runs: 5, nothing changed.
    let bad = fresh_archive(tmp.path(), "bad");
    Damage::Flip(-100).apply(&bad.join("db-0007.sql.zst.age"));
    // --clean would drop and recreate app: a table made here shows it did not.
    c.sql("app", "CREATE TABLE still_here (x int)");
    let (code, err) = restore(&bad, &["--clean"]);
    assert_eq!(code, Some(5), "{err}");
    assert!(err.contains("nothing was restored"), "{err}");
    assert_eq!(
        c.sql("app", "SELECT to_regclass('still_here') IS NOT NULL"),
        "t"
    );

    // Again with --clean: the parts with their own CREATE DATABASE are
    // dropped and recreated, but those of template1 and postgres restore
    // into the existing databases, whose tables exist now: psql fails, 6.
    let (code, err) = restore(&good, &["--clean"]);
    assert_eq!(code, Some(6), "{err}");
    assert!(err.contains("RESTORE FAILED"), "{err}");

    // The cut-short part of an incomplete archive: refused as such.
    let cut = cut_dump(tmp.path());
    let inc = tmp.path().join("inc");
    expect(
        4,
        &["split", p(&cut), "-o", p(&inc), "-R", p(&demo_recipients())],
    );
    let (code, err) = restore(&inc, &["--clean"]);
    assert_eq!(code, Some(4), "{err}");
}

/// `pgseal cat | head`: the reader went away, as it does for `zstd -dc |
/// head`: exit 141, no message.
#[test]
fn a_reader_that_stops_early_ends_cat_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = fresh_archive(tmp.path(), "a");
    for args in [
        vec!["cat", p(&archive), "-i", &id(), "--all"],
        vec!["list", p(&archive), "-i", &id(), "--toc", "postgres"],
        vec!["list", p(&archive), "-i", &id(), "--json"],
        vec![
            "list",
            p(&archive),
            "-i",
            &id(),
            "--toc",
            "postgres",
            "--json",
        ],
    ] {
        let mut child = Command::new(bin_path())
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before a byte is read: the first write fails.
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(141), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}
