//! `pgseal archives` and `pgseal prune` over a location of real archives,
//! a local directory and a prefix in a real Garage server: three months of
//! nightly splits of a fixture dated with `SOURCE_DATE_EPOCH`, one
//! cut-short dump older than the newest complete archive and one newer, a
//! split whose manifest is gone (partial), an entry that is not an archive,
//! and a foreign file in an archive due for removal.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use support::garage::Garage;
use support::{bin_path, demo_identity, demo_recipients, fixture, have_tool, text};

const DUMP: &str = "pg16-clean.sql";
const TRAILER: &[u8] = b"-- PostgreSQL database cluster dump complete\n";
const MANIFEST: &str = "manifest.json.zst.age";
/// The prefix the archives are under in the bucket.
const PREFIX: &str = "backups";

/// Seconds at `date` (YYYY-MM-DD) `hour`:00 UTC.
fn epoch(date: &str, hour: u32) -> i64 {
    let d: chrono::NaiveDate = date.parse().unwrap();
    d.and_hms_opt(hour, 0, 0).unwrap().and_utc().timestamp()
}

enum Medium {
    Dir(PathBuf),
    S3(Garage),
}

/// Where the archives are: a directory, or a prefix in Garage.
struct Place {
    tmp: tempfile::TempDir,
    medium: Medium,
}

impl Place {
    fn local() -> Place {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join(PREFIX);
        fs::create_dir(&root).unwrap();
        Place {
            tmp,
            medium: Medium::Dir(root),
        }
    }

    fn s3() -> Option<Place> {
        let g = Garage::start()?;
        Some(Place {
            tmp: tempfile::tempdir().unwrap(),
            medium: Medium::S3(g),
        })
    }

    /// The location holding the archives, as pgseal takes it.
    fn root(&self) -> String {
        match &self.medium {
            Medium::Dir(d) => d.display().to_string(),
            Medium::S3(g) => g.url(PREFIX),
        }
    }

    fn archive(&self, name: &str) -> String {
        format!("{}/{name}", self.root())
    }

    fn command(&self) -> Command {
        let mut c = Command::new(bin_path());
        if let Medium::S3(g) = &self.medium {
            c.envs(g.env()).env("PGSEAL_S3_RETRY_SECONDS", "2");
        }
        c.stdin(Stdio::null());
        c
    }

    fn pgseal<S: AsRef<OsStr>>(&self, args: &[S]) -> Output {
        self.command().args(args).output().unwrap()
    }

    /// Writes file `rel` (below the location).
    fn put(&self, rel: &str, bytes: &[u8]) {
        match &self.medium {
            Medium::Dir(d) => {
                let path = d.join(rel);
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(path, bytes).unwrap();
            }
            Medium::S3(g) => g.put(&format!("{PREFIX}/{rel}"), bytes),
        }
    }

    fn delete(&self, rel: &str) {
        match &self.medium {
            Medium::Dir(d) => fs::remove_file(d.join(rel)).unwrap(),
            Medium::S3(g) => g.delete(&format!("{PREFIX}/{rel}")),
        }
    }

    /// Every file below the location with its size (and, on disk, every
    /// directory as `NAME/`): what a dry run must not change.
    fn tree(&self) -> BTreeMap<String, u64> {
        match &self.medium {
            Medium::Dir(d) => {
                let mut out = BTreeMap::new();
                walk(d, "", &mut out);
                out
            }
            Medium::S3(g) => g
                .list(&format!("{PREFIX}/"))
                .into_iter()
                .map(|(k, n)| (k[PREFIX.len() + 1..].to_string(), n))
                .collect(),
        }
    }

    fn exists(&self, rel: &str) -> bool {
        self.tree().contains_key(rel)
    }

    /// The names of the entries directly below the location.
    fn names(&self) -> BTreeSet<String> {
        self.tree()
            .keys()
            .map(|k| k.split('/').next().unwrap().to_string())
            .collect()
    }
}

fn walk(dir: &Path, rel: &str, out: &mut BTreeMap<String, u64>) {
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = format!("{rel}{}", entry.file_name().to_string_lossy());
        if entry.file_type().unwrap().is_dir() {
            out.insert(format!("{name}/"), 0);
            walk(&entry.path(), &format!("{name}/"), out);
        } else {
            out.insert(name, entry.metadata().unwrap().len());
        }
    }
}

/// `pgseal split DUMP -o PLACE/NAME -R DEMO` dated `when`, with `extra`.
fn split_at(p: &Place, dump: &Path, name: &str, when: i64, extra: &[&OsStr]) -> Output {
    p.command()
        .arg("split")
        .arg(dump)
        .arg("-o")
        .arg(p.archive(name))
        .arg("-R")
        .arg(demo_recipients())
        .args(extra)
        .env("SOURCE_DATE_EPOCH", when.to_string())
        .output()
        .unwrap()
}

/// A complete archive named `name`, created on `date` at `hour`.
fn nightly(p: &Place, name: &str, date: &str, hour: u32, extra: &[&OsStr]) {
    let o = split_at(p, &fixture(DUMP), name, epoch(date, hour), extra);
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

fn cut_short(p: &Place, name: &str, cut: &Path, date: &str) {
    let o = split_at(p, cut, name, epoch(date, 2), &[]);
    assert_eq!(o.status.code(), Some(4), "split {name}: {}", text(&o));
    assert!(p.exists(&format!("{name}/INCOMPLETE")), "{name}");
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

/// The whole calendar at `p`.
fn fill(p: &Place) {
    let key = p.tmp.path().join("sign_ed25519");
    let signed = have_tool("ssh-keygen", "openssh-client") && ssh_key(&key);
    for (name, date, hour) in COMPLETE {
        let sign = [OsStr::new("--sign-key"), key.as_os_str()];
        let extra: &[&OsStr] = if signed && name == "2026-03-28" {
            &sign
        } else {
            &[]
        };
        nightly(p, name, date, hour, extra);
    }
    let cut = truncated_dump(p.tmp.path());
    cut_short(p, "cut-2026-03-19", &cut, "2026-03-19");
    cut_short(p, "cut-2026-03-31", &cut, "2026-03-31");
    nightly(p, "partial-2026-01-02", "2026-01-02", 2, &[]);
    p.delete(&format!("partial-2026-01-02/{MANIFEST}"));
    if let Medium::Dir(root) = &p.medium {
        // Its parts were written on that day, by a split that was killed.
        let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(PARTIAL_AT as u64);
        for f in fs::read_dir(root.join("partial-2026-01-02")).unwrap() {
            let f = fs::File::options()
                .write(true)
                .open(f.unwrap().path())
                .unwrap();
            f.set_modified(when).unwrap();
        }
    }
    p.put("lost+found/notes.txt", b"not an archive");
    p.put(&format!("{FOREIGN}/notes.txt"), b"mine");
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

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(o)))
}

/// `archives --json` and the table: every archive, newest first, with
/// what its files say.
fn check_archives(p: &Place) {
    let o = p.pgseal(&["archives", &p.root(), "--json"]);
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
    // Newest first: the cut-short 03-31 split, then the newest complete
    // one (a partial archive in S3 is dated by its upload, now).
    let dated: Vec<&Value> = list.iter().filter(|a| a["state"] != "partial").collect();
    assert_eq!(dated[0]["name"], "cut-2026-03-31");
    assert_eq!(dated[0]["state"], "incomplete");
    assert_eq!(dated[1]["name"], "2026-03-30");
    assert_eq!(dated[1]["created"], "2026-03-30T02:00:00Z");
    assert_eq!(dated[1]["state"], "complete");
    assert_eq!(dated[1]["location"], p.archive("2026-03-30"));
    let by_name: BTreeMap<&str, &Value> = list
        .iter()
        .map(|a| (a["name"].as_str().unwrap(), a))
        .collect();
    assert_eq!(by_name["zz-oldest"]["created"], "2026-01-05T02:00:00Z");
    assert_eq!(by_name["cut-2026-03-19"]["state"], "incomplete");
    assert_eq!(by_name["partial-2026-01-02"]["state"], "partial");
    if matches!(p.medium, Medium::Dir(_)) {
        assert_eq!(by_name["partial-2026-01-02"]["created_unix"], PARTIAL_AT);
    }
    assert_eq!(by_name[FOREIGN]["other_entries"][0], "notes.txt");
    assert_eq!(
        by_name["2026-03-29-evening"]["created_unix"],
        epoch("2026-03-29", 14)
    );
    let tree = p.tree();
    for a in list {
        let name = a["name"].as_str().unwrap();
        let bytes: u64 = tree
            .iter()
            .filter(|(k, _)| k.starts_with(&format!("{name}/")) && !k.ends_with("notes.txt"))
            .map(|(_, n)| n)
            .sum();
        assert_eq!(a["bytes"], bytes, "{name}");
        let sig = tree.contains_key(&format!("{name}/manifest.sig"));
        assert_eq!(a["signed"], sig, "{name}");
    }
    if by_name["2026-03-28"]["signed"] != true {
        support::skip("no ssh-keygen: the signed archive was not made");
    }
    assert!(!by_name.contains_key("lost+found"));
    let table = p.pgseal(&["archives", &p.root()]);
    let out = String::from_utf8_lossy(&table.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("CREATED"), "{out}");
    assert_eq!(lines.len(), list.len() + 1, "{out}");
    let newest = lines.iter().find(|l| l.ends_with("  2026-03-30")).unwrap();
    assert!(
        newest.starts_with("2026-03-30T02:00:00Z") && newest.contains(" complete "),
        "{out}"
    );
}

fn prune(p: &Place, extra: &[&str]) -> Output {
    let root = p.root();
    let mut args: Vec<&str> = vec!["prune", &root];
    args.extend(POLICY.iter().chain(extra));
    p.pgseal(&args)
}

fn strings(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// A dry run says what would go and why, and changes nothing; the foreign
/// file already makes it fail.
fn check_dry_run(p: &Place) {
    let before = p.tree();
    let o = prune(p, &["--dry-run", "--json"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(p.tree(), before, "the dry run changed the location");
    let err = String::from_utf8_lossy(&o.stderr);
    let refusal = format!(
        "{} would not be removed: it holds notes.txt",
        p.archive(FOREIGN)
    );
    assert!(err.contains(&refusal), "{err}");
    let plan = json(&o);
    assert_eq!(plan["dry_run"], true);
    let mut kept = BTreeMap::new();
    let (mut removed, mut left) = (BTreeSet::new(), BTreeSet::new());
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
    assert_eq!(kept, expected());
    assert_eq!(removed, strings(&REMOVED));
    assert_eq!(left, strings(&LEFT));
}

fn expected() -> BTreeMap<String, Vec<String>> {
    expected_kept()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
        .collect()
}

/// The real run: everything due goes but the archive with a foreign file;
/// what is kept still verifies; once the file is gone, that archive goes.
fn check_prune(p: &Place) {
    check_dry_run(p);
    let o = prune(p, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    let refused = format!("{} not removed: it holds notes.txt", p.archive(FOREIGN));
    assert!(err.contains(&refused), "{err}");
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
    let expected = expected();
    let mut remaining: BTreeSet<String> = expected.keys().cloned().collect();
    remaining.extend(strings(&LEFT));
    remaining.insert(FOREIGN.into());
    remaining.insert("lost+found".into());
    assert_eq!(p.names(), remaining);
    assert!(
        p.exists(&format!("{FOREIGN}/{MANIFEST}")),
        "the refused archive was touched"
    );
    assert!(p.exists("lost+found/notes.txt"));
    assert!(p.exists("partial-2026-01-02/globals.sql.zst.age"));

    let id = demo_identity();
    for name in expected.keys() {
        let o = p.pgseal(&[
            "verify".as_ref(),
            p.archive(name).as_ref(),
            "-i".as_ref(),
            id.as_os_str(),
        ]);
        assert!(o.status.success(), "verify {name}: {}", text(&o));
    }

    p.delete(&format!("{FOREIGN}/notes.txt"));
    let o = prune(p, &["--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let gone: Vec<Value> = json(&o)["archives"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["removed"] == true)
        .map(|a| a["name"].clone())
        .collect();
    assert_eq!(gone, [FOREIGN]);
    remaining.remove(FOREIGN);
    assert_eq!(p.names(), remaining);
}

#[test]
fn archives_lists_every_archive_newest_first_without_a_key() {
    let p = Place::local();
    fill(&p);
    check_archives(&p);
}

#[test]
fn prune_keeps_what_the_rules_say_and_removes_exactly_the_rest() {
    let p = Place::local();
    fill(&p);
    check_prune(&p);
}

#[test]
fn the_same_calendar_under_an_s3_prefix() {
    let Some(p) = Place::s3() else { return };
    fill(&p);
    check_archives(&p);
    check_prune(&p);
}

#[test]
fn archives_of_an_empty_or_missing_location() {
    let p = Place::local();
    let root = p.root();
    let o = p.pgseal(&["archives", &root]);
    assert!(o.status.success() && o.stdout.is_empty(), "{}", text(&o));
    let o = p.pgseal(&["archives", &root, "--json"]);
    assert_eq!(json(&o), serde_json::json!([]));
    let none = format!("{root}/none");
    let o = p.pgseal(&["archives", &none]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("{none} does not exist")), "{err}");
    let o = p.pgseal(&["prune", &none, "--keep-last", "1"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
}

#[test]
fn prune_refuses_to_run_without_a_policy() {
    let p = Place::local();
    nightly(&p, "old", "2026-02-01", 2, &[]);
    nightly(&p, "new", "2026-03-01", 2, &[]);
    let before = p.tree();
    let root = p.root();
    for extra in [&[][..], &["--dry-run"][..], &["--keep-last", "0"][..]] {
        let mut args = vec!["prune", root.as_str()];
        args.extend(extra);
        let o = p.pgseal(&args);
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {}", text(&o));
        assert!(o.stdout.is_empty());
    }
    assert_eq!(p.tree(), before);
    // The smallest policy still keeps the newest complete archive.
    let o = p.pgseal(&["prune", &root, "--keep-monthly", "1"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(p.names(), strings(&["new"]));
}
