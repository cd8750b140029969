//! `pgseal archives` and `pgseal prune` over a directory of real archives:
//! three months of nightly splits of a fixture dated with
//! `SOURCE_DATE_EPOCH`, one cut-short dump older than the newest complete
//! archive and one newer, a split whose manifest is gone (partial), a
//! directory that is not an archive, and a foreign file in an archive due
//! for removal.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use support::{bin_path, demo_identity, demo_recipients, fixture, have_tool, pgseal, text};

const DUMP: &str = "pg16-clean.sql";
const TRAILER: &[u8] = b"-- PostgreSQL database cluster dump complete\n";
const MANIFEST: &str = "manifest.json.zst.age";

/// Seconds at `date` (YYYY-MM-DD) `hour`:00 UTC.
fn epoch(date: &str, hour: u32) -> i64 {
    let d: chrono::NaiveDate = date.parse().unwrap();
    d.and_hms_opt(hour, 0, 0).unwrap().and_utc().timestamp()
}

/// `pgseal split DUMP -o OUT -R DEMO` dated `when`, with `extra` arguments.
fn split_at(dump: &Path, out: &Path, when: i64, extra: &[&OsStr]) -> Output {
    Command::new(bin_path())
        .arg("split")
        .arg(dump)
        .arg("-o")
        .arg(out)
        .arg("-R")
        .arg(demo_recipients())
        .args(extra)
        .env("SOURCE_DATE_EPOCH", when.to_string())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// A complete archive named `name`, created on `date` at `hour`.
fn nightly(root: &Path, name: &str, date: &str, hour: u32, extra: &[&OsStr]) {
    let o = split_at(&fixture(DUMP), &root.join(name), epoch(date, hour), extra);
    assert!(o.status.success(), "split {name}: {}", text(&o));
}

/// The fixture cut just before its trailer line.
fn truncated_dump(dir: &Path) -> PathBuf {
    let dump = fs::read(fixture(DUMP)).unwrap();
    let at = dump
        .windows(TRAILER.len())
        .rposition(|w| w == TRAILER)
        .expect("the fixture ends with the trailer");
    let path = dir.join("cut.sql");
    fs::write(&path, &dump[..at]).unwrap();
    path
}

fn cut_short(root: &Path, name: &str, cut: &Path, date: &str) {
    let o = split_at(cut, &root.join(name), epoch(date, 2), &[]);
    assert_eq!(o.status.code(), Some(4), "split {name}: {}", text(&o));
    assert!(root.join(name).join("INCOMPLETE").is_file());
}

/// The complete archives, (name, date, hour); the last is the newest.
const COMPLETE: [(&str, &str, u32); 22] = [
    // Named out of date order on purpose: the created time decides.
    ("zz-oldest", "2026-01-05", 2),
    ("2026-01-12", "2026-01-12", 2),
    ("2026-01-19", "2026-01-19", 2),
    ("2026-01-31", "2026-01-31", 2),
    ("2026-02-02", "2026-02-02", 2),
    ("2026-02-09", "2026-02-09", 2),
    ("2026-02-16", "2026-02-16", 2),
    ("2026-02-23", "2026-02-23", 2),
    ("2026-02-28", "2026-02-28", 2),
    ("2026-03-02", "2026-03-02", 2),
    ("2026-03-09", "2026-03-09", 2),
    ("2026-03-16", "2026-03-16", 2),
    ("2026-03-20", "2026-03-20", 2),
    ("2026-03-23", "2026-03-23", 2),
    ("2026-03-24", "2026-03-24", 2),
    ("2026-03-25", "2026-03-25", 2),
    ("2026-03-26", "2026-03-26", 2),
    ("2026-03-27", "2026-03-27", 2),
    ("2026-03-28", "2026-03-28", 2),
    ("2026-03-29", "2026-03-29", 2),
    ("2026-03-29-evening", "2026-03-29", 14),
    ("2026-03-30", "2026-03-30", 2),
];

const POLICY: [&str; 8] = [
    "--keep-last",
    "3",
    "--keep-daily",
    "7",
    "--keep-weekly",
    "4",
    "--keep-monthly",
    "3",
];

/// What POLICY keeps, and why. ISO weeks of 2026: W14 starts Monday
/// 03-30, W13 03-23, W12 03-16, W11 03-09.
fn expected_kept() -> BTreeMap<&'static str, Vec<&'static str>> {
    BTreeMap::from([
        (
            "2026-03-30",
            vec![
                "last #1",
                "daily 2026-03-30",
                "weekly 2026-W14",
                "monthly 2026-03",
            ],
        ),
        (
            "2026-03-29-evening",
            vec!["last #2", "daily 2026-03-29", "weekly 2026-W13"],
        ),
        ("2026-03-29", vec!["last #3"]),
        ("2026-03-28", vec!["daily 2026-03-28"]),
        ("2026-03-27", vec!["daily 2026-03-27"]),
        ("2026-03-26", vec!["daily 2026-03-26"]),
        ("2026-03-25", vec!["daily 2026-03-25"]),
        ("2026-03-24", vec!["daily 2026-03-24"]),
        ("2026-03-20", vec!["weekly 2026-W12"]),
        ("2026-03-09", vec!["weekly 2026-W11"]),
        ("2026-02-28", vec!["monthly 2026-02"]),
        ("2026-01-31", vec!["monthly 2026-01"]),
    ])
}

/// Complete archives no rule keeps, and the incomplete one a newer
/// complete archive supersedes.
const REMOVED: [&str; 11] = [
    "zz-oldest",
    "2026-01-12",
    "2026-01-19",
    "2026-02-02",
    "2026-02-09",
    "2026-02-16",
    "2026-02-23",
    "2026-03-02",
    "2026-03-16",
    "2026-03-23",
    "cut-2026-03-19",
];

/// Left alone: the partial split and the incomplete archive newer than
/// every complete one.
const LEFT: [&str; 2] = ["partial-2026-01-02", "cut-2026-03-31"];

/// When the partial split's files were last written: 2026-01-02T03:00:00Z.
const PARTIAL_AT: i64 = 1_767_322_800;

/// The archive holding a foreign file, due for removal.
const FOREIGN: &str = "2026-01-12";

struct Calendar {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

fn calendar() -> Calendar {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("backups");
    fs::create_dir(&root).unwrap();
    let key = tmp.path().join("sign_ed25519");
    let signed = have_tool("ssh-keygen", "openssh-client") && ssh_key(&key);
    for (name, date, hour) in COMPLETE {
        let sign = [OsStr::new("--sign-key"), key.as_os_str()];
        let extra: &[&OsStr] = if signed && name == "2026-03-28" {
            &sign
        } else {
            &[]
        };
        nightly(&root, name, date, hour, extra);
    }
    let cut = truncated_dump(tmp.path());
    cut_short(&root, "cut-2026-03-19", &cut, "2026-03-19");
    cut_short(&root, "cut-2026-03-31", &cut, "2026-03-31");
    nightly(&root, "partial-2026-01-02", "2026-01-02", 2, &[]);
    let partial = root.join("partial-2026-01-02");
    fs::remove_file(partial.join(MANIFEST)).unwrap();
    // Its parts were written on that day, by a split that was killed.
    let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(PARTIAL_AT as u64);
    for f in fs::read_dir(&partial).unwrap() {
        let f = fs::File::options()
            .write(true)
            .open(f.unwrap().path())
            .unwrap();
        f.set_modified(when).unwrap();
    }
    fs::create_dir(root.join("lost+found")).unwrap();
    fs::write(root.join("lost+found/notes.txt"), b"not an archive").unwrap();
    fs::write(root.join(FOREIGN).join("notes.txt"), b"mine").unwrap();
    Calendar { _tmp: tmp, root }
}

fn ssh_key(path: &Path) -> bool {
    let o = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "prune-test", "-f"])
        .arg(path)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    true
}

/// Every file below `root` with its size: what a dry run must not change.
fn tree(root: &Path) -> BTreeSet<(PathBuf, u64)> {
    let mut out = BTreeSet::new();
    for entry in fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.insert((path.clone(), 0));
            out.extend(tree(&path));
        } else {
            out.insert((path.clone(), fs::metadata(&path).unwrap().len()));
        }
    }
    out
}

fn run(args: &[&OsStr]) -> Output {
    pgseal(args)
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(o)))
}

fn names_below(root: &Path) -> BTreeSet<String> {
    fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn archives_lists_every_archive_newest_first_without_a_key() {
    let c = calendar();
    let o = run(&["archives".as_ref(), c.root.as_os_str(), "--json".as_ref()]);
    assert!(o.status.success(), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("1 entry below") && err.contains("not an archive"),
        "{err}"
    );
    assert!(
        err.contains("notes.txt, which prune will not remove"),
        "{err}"
    );
    let list = json(&o);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), COMPLETE.len() + 3, "{list:?}");
    let times: Vec<i64> = list
        .iter()
        .map(|a| a["created_unix"].as_i64().unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "{times:?}");
    // Newest first: the cut-short 03-31 split, then the newest complete one.
    assert_eq!(list[0]["name"], "cut-2026-03-31");
    assert_eq!(list[0]["state"], "incomplete");
    assert_eq!(list[1]["name"], "2026-03-30");
    assert_eq!(list[1]["created"], "2026-03-30T02:00:00Z");
    assert_eq!(list[1]["state"], "complete");
    let by_name: BTreeMap<&str, &Value> = list
        .iter()
        .map(|a| (a["name"].as_str().unwrap(), a))
        .collect();
    assert_eq!(by_name["zz-oldest"]["created"], "2026-01-05T02:00:00Z");
    assert_eq!(by_name["cut-2026-03-19"]["state"], "incomplete");
    assert_eq!(by_name["partial-2026-01-02"]["state"], "partial");
    assert_eq!(by_name["partial-2026-01-02"]["created_unix"], PARTIAL_AT);
    assert_eq!(by_name[FOREIGN]["other_entries"][0], "notes.txt");
    assert_eq!(
        by_name["2026-03-29-evening"]["created_unix"],
        epoch("2026-03-29", 14)
    );
    for a in list {
        let dir = c.root.join(a["name"].as_str().unwrap());
        let on_disk: u64 = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_name() != "notes.txt")
            .map(|e| e.metadata().unwrap().len())
            .sum();
        assert_eq!(a["bytes"], on_disk, "{}", dir.display());
        let sig = dir.join("manifest.sig").is_file();
        assert_eq!(a["signed"], sig, "{}", dir.display());
    }
    if by_name["2026-03-28"]["signed"] != true {
        support::skip("no ssh-keygen: the signed archive was not made");
    }
    assert!(!by_name.contains_key("lost+found"));
    let table = run(&["archives".as_ref(), c.root.as_os_str()]);
    let out = String::from_utf8_lossy(&table.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("CREATED"), "{out}");
    assert_eq!(lines.len(), list.len() + 1, "{out}");
    assert!(
        lines[2].starts_with("2026-03-30T02:00:00Z") && lines[2].ends_with("  2026-03-30"),
        "{out}"
    );
}

#[test]
fn archives_of_an_empty_or_missing_location() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(&["archives".as_ref(), tmp.path().as_os_str()]);
    assert!(o.status.success() && o.stdout.is_empty(), "{}", text(&o));
    let o = run(&[
        "archives".as_ref(),
        tmp.path().as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(json(&o), serde_json::json!([]));
    let none = tmp.path().join("none");
    let o = run(&["archives".as_ref(), none.as_os_str()]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("{} does not exist", none.display())),
        "{err}"
    );
}

fn prune(root: &Path, extra: &[&str]) -> Output {
    let mut args: Vec<&OsStr> = vec!["prune".as_ref(), root.as_os_str()];
    args.extend(POLICY.iter().chain(extra).map(OsStr::new));
    run(&args)
}

#[test]
fn prune_keeps_what_the_rules_say_and_removes_exactly_the_rest() {
    let c = calendar();
    let before = tree(&c.root);

    // A dry run says what would go, and why, and changes nothing; the
    // foreign file already makes it fail.
    let o = prune(&c.root, &["--dry-run", "--json"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(tree(&c.root), before, "the dry run changed the directory");
    let plan = json(&o);
    assert_eq!(plan["dry_run"], true);
    let mut kept = BTreeMap::new();
    let mut removed = BTreeSet::new();
    let mut left = BTreeSet::new();
    for a in plan["archives"].as_array().unwrap() {
        let name = a["name"].as_str().unwrap().to_string();
        assert_eq!(a["removed"], false);
        match a["action"].as_str().unwrap() {
            "keep" => {
                let why: Vec<String> = a["kept_by"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k["text"].as_str().unwrap().to_string())
                    .collect();
                kept.insert(name, why);
            }
            "remove" => {
                assert_eq!(a["error"].is_null(), name != FOREIGN, "{a}");
                removed.insert(name);
            }
            "leave" => {
                left.insert(name);
            }
            other => panic!("{other}"),
        }
    }
    let expected: BTreeMap<String, Vec<String>> = expected_kept()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
        .collect();
    assert_eq!(kept, expected);
    assert_eq!(removed, REMOVED.iter().map(|s| s.to_string()).collect());
    assert_eq!(left, LEFT.iter().map(|s| s.to_string()).collect());

    // The real run: everything due goes but the archive with a foreign file.
    let o = prune(&c.root, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    let foreign_dir = c.root.join(FOREIGN);
    assert!(
        err.contains(&format!(
            "{} not removed: it holds notes.txt",
            foreign_dir.display()
        )),
        "{err}"
    );
    assert!(err.contains("1 archive of"), "{err}");
    let said_removed: BTreeSet<&str> = out
        .lines()
        .filter(|l| l.starts_with("removed "))
        .map(|l| l.split_whitespace().nth(3).unwrap())
        .collect();
    let want: BTreeSet<&str> = REMOVED.iter().copied().filter(|n| *n != FOREIGN).collect();
    assert_eq!(said_removed, want, "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("refused ") && l.contains(FOREIGN)),
        "{out}"
    );
    assert!(
        out.contains("(last #2, daily 2026-03-29, weekly 2026-W13)"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("leave ") && l.contains("partial-2026-01-02")),
        "{out}"
    );
    let mut remaining: BTreeSet<String> = expected.keys().cloned().collect();
    remaining.extend(LEFT.iter().map(|s| s.to_string()));
    remaining.insert(FOREIGN.into());
    remaining.insert("lost+found".into());
    assert_eq!(names_below(&c.root), remaining);
    assert!(
        foreign_dir.join(MANIFEST).is_file(),
        "the refused archive was touched"
    );
    assert!(c.root.join("lost+found/notes.txt").is_file());
    assert!(c
        .root
        .join("partial-2026-01-02/globals.sql.zst.age")
        .is_file());

    // What is kept is intact.
    for name in expected.keys() {
        let dir = c.root.join(name);
        let o = run(&[
            "verify".as_ref(),
            dir.as_os_str(),
            "-i".as_ref(),
            demo_identity().as_os_str(),
        ]);
        assert!(o.status.success(), "verify {name}: {}", text(&o));
    }

    // With the foreign file moved out, the next run removes that archive alone.
    fs::remove_file(foreign_dir.join("notes.txt")).unwrap();
    let o = prune(&c.root, &["--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let gone: Vec<Value> = json(&o)["archives"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["removed"] == true)
        .map(|a| a["name"].clone())
        .collect();
    assert_eq!(gone, [FOREIGN]);
    assert!(!foreign_dir.exists());
    remaining.remove(FOREIGN);
    assert_eq!(names_below(&c.root), remaining);
}

#[test]
fn prune_refuses_to_run_without_a_policy() {
    let c = calendar_small();
    let before = tree(&c.root);
    for args in [&[][..], &["--dry-run"][..], &["--keep-last", "0"][..]] {
        let mut a: Vec<&OsStr> = vec!["prune".as_ref(), c.root.as_os_str()];
        a.extend(args.iter().map(OsStr::new));
        let o = run(&a);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o));
        assert!(o.stdout.is_empty());
    }
    assert_eq!(tree(&c.root), before);
    // The newest complete archive stays, even with the smallest policy.
    let o = run(&[
        "prune".as_ref(),
        c.root.as_os_str(),
        "--keep-monthly".as_ref(),
        "1".as_ref(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(names_below(&c.root), BTreeSet::from(["new".to_string()]));
}

/// Two complete archives a month apart.
fn calendar_small() -> Calendar {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("backups");
    fs::create_dir(&root).unwrap();
    nightly(&root, "old", "2026-02-01", 2, &[]);
    nightly(&root, "new", "2026-03-01", 2, &[]);
    Calendar { _tmp: tmp, root }
}
