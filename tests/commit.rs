//! Putting the finished archive at DIR: never over something `split` may not
//! replace, and never a moment without a good archive at DIR when there was
//! one before, whatever step a SIGKILL hits.

mod support;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use support::{bin_path, demo_identity, demo_recipients, fixture, pgseal, stderr_of as err};

const OLD: &str = "pg15-full.sql";
const NEW: &str = "pg16-full.sql";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `split DUMP -o DIR` sealed to the demo key, with `extra` arguments.
fn split(dump: &str, dir: &Path, extra: &[&str]) -> Output {
    let (r, input) = (demo_recipients(), fixture(dump));
    let mut args = vec!["split", s(&input), "-o", s(dir), "-R", s(&r)];
    args.extend(extra);
    pgseal(&args)
}

fn verifies(dir: &Path) -> bool {
    let id = demo_identity();
    pgseal(&["verify", s(dir), "-i", s(&id)]).status.success()
}

/// The dump fixture an archive holds, by its whole stream.
fn holds(dir: &Path) -> Option<&'static str> {
    let id = demo_identity();
    let all = pgseal(&["cat", s(dir), "-i", s(&id), "--all"]).stdout;
    [OLD, NEW, "pg18-full.sql"]
        .into_iter()
        .find(|f| fs::read(fixture(f)).unwrap() == all)
}

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A `split - -o DIR` that has checked DIR and created its temporary
/// directory, and waits for the rest of its input.
struct Stalled {
    child: Child,
    rest: Vec<u8>,
}

fn start_stalled(dump: &str, dir: &Path, extra: &[&str]) -> Stalled {
    let r = demo_recipients();
    let mut child = Command::new(bin_path())
        .args(["split", "-", "-o", s(dir), "-R", s(&r)])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut bytes = fs::read(fixture(dump)).unwrap();
    let rest = bytes.split_off(bytes.len() / 2);
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(&bytes).unwrap();
    stdin.flush().unwrap();
    let base = dir.file_name().unwrap().to_str().unwrap();
    let prefix = format!(".{base}.pgseal-partial-{}-", child.id());
    let t = Instant::now();
    while !names(dir.parent().unwrap())
        .iter()
        .any(|n| n.starts_with(&prefix))
    {
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "split never created its temporary directory"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    Stalled { child, rest }
}

impl Stalled {
    /// Feeds the rest of the input and waits for the split to end.
    fn finish(mut self) -> Output {
        let mut stdin = self.child.stdin.take().unwrap();
        stdin.write_all(&self.rest).unwrap();
        drop(stdin);
        self.child.wait_with_output().unwrap()
    }
}

fn strace() -> PathBuf {
    let path = PathBuf::from("/usr/bin/strace");
    assert!(
        path.is_file(),
        "strace is needed to kill split at each step (testdata/pg-install.sh installs it)"
    );
    path
}

/// Copies the flat archive directory `from` to `to`.
fn copy_archive(from: &Path, to: &Path) {
    fs::create_dir(to).unwrap();
    for name in names(from) {
        fs::copy(from.join(&name), to.join(&name)).unwrap();
    }
}

/// Runs `split NEW -o DIR --force` over a copy of the archive `old`, with
/// strace sending SIGKILL as the process enters the `n`th `syscall`.
/// Returns whether it was killed, and what DIR holds afterwards.
fn force_killed_at(old: &Path, syscall: &str, n: u32) -> (bool, Option<&'static str>) {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("a");
    copy_archive(old, &dir);
    let trace = t.path().join("trace");
    let r = demo_recipients();
    let o = Command::new(strace())
        .args(["-f", "-qq", "-o", s(&trace), "-e"])
        .arg(format!("trace={syscall}"))
        .arg("-e")
        .arg(format!("inject={syscall}:signal=KILL:when={n}"))
        .arg(bin_path())
        .args([
            "split",
            s(&fixture(NEW)),
            "-o",
            s(&dir),
            "-R",
            s(&r),
            "--force",
        ])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let killed = fs::read_to_string(&trace)
        .unwrap()
        .contains("killed by SIGKILL");
    assert!(
        killed || o.status.success(),
        "{syscall} #{n}: not killed, and failed: {}",
        err(&o)
    );
    assert!(
        verifies(&dir),
        "killed entering {syscall} #{n}: no verifying archive at DIR; left {:?}",
        names(t.path())
    );
    // Nothing visible beside DIR, whatever the step.
    let visible: Vec<String> = names(t.path())
        .into_iter()
        .filter(|n| !n.starts_with('.') && n != "a" && n != "trace")
        .collect();
    assert!(visible.is_empty(), "{syscall} #{n}: left {visible:?}");
    (killed, holds(&dir))
}

#[test]
fn sigkill_at_any_step_of_force_leaves_a_verifying_archive_at_dir() {
    let t = tempfile::tempdir().unwrap();
    let old = t.path().join("old");
    let o = split(OLD, &old, &[]);
    assert!(o.status.success(), "{}", err(&o));
    let mut outcomes = Vec::new();
    let syscalls = [
        "rename",
        "renameat",
        "renameat2",
        "fsync",
        "fdatasync",
        "unlink",
        "unlinkat",
        "rmdir",
    ];
    for syscall in syscalls {
        for n in 1.. {
            assert!(n < 200, "{syscall}: still killed after {n} calls");
            let (killed, held) = force_killed_at(&old, syscall, n);
            if !killed {
                assert_eq!(
                    held,
                    Some(NEW),
                    "{syscall}: finished, but DIR holds {held:?}"
                );
                break;
            }
            assert!(
                held == Some(OLD) || held == Some(NEW),
                "{syscall} #{n}: DIR holds {held:?}"
            );
            outcomes.push((syscall, n, held.unwrap()));
        }
    }
    for syscall in syscalls {
        let hits: Vec<_> = outcomes.iter().filter(|o| o.0 == syscall).collect();
        eprintln!("killed entering {syscall}: {} times", hits.len());
    }
    // The kills hit the step that puts the new archive in, and both sides
    // of it: some left the old archive, some the new one.
    let renames: Vec<_> = outcomes.iter().filter(|o| o.0 == "renameat2").collect();
    assert!(renames.len() >= 2, "{outcomes:?}");
    assert!(outcomes.iter().any(|o| o.2 == OLD), "{outcomes:?}");
    assert!(outcomes.iter().any(|o| o.2 == NEW), "{outcomes:?}");
}

#[test]
fn a_directory_that_appears_during_split_is_left_alone() {
    for extra in [&[][..], &["--force"][..]] {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("a");
        let split = start_stalled(NEW, &dir, extra);
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("thesis.tex"), b"precious").unwrap();
        let o = split.finish();
        assert_eq!(o.status.code(), Some(1), "{extra:?}: {}", err(&o));
        let kept = t.path().join("a.new");
        assert!(err(&o).contains(s(&kept)), "{extra:?}: {}", err(&o));
        assert!(err(&o).contains("thesis.tex"), "{extra:?}: {}", err(&o));
        assert_eq!(names(&dir), ["thesis.tex"], "{extra:?}");
        assert_eq!(fs::read(dir.join("thesis.tex")).unwrap(), b"precious");
        assert!(
            verifies(&kept),
            "{extra:?}: the kept archive does not verify"
        );
        assert_eq!(names(t.path()), ["a", "a.new"], "{extra:?}");
    }
}

#[test]
fn of_two_concurrent_splits_to_one_dir_exactly_one_wins() {
    // To a new DIR, and with --force over an earlier archive at DIR.
    for extra in [&[][..], &["--force"][..]] {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("a");
        if !extra.is_empty() {
            assert!(split("pg18-full.sql", &dir, &[]).status.success());
        }
        let first = start_stalled(OLD, &dir, extra);
        let second = start_stalled(NEW, &dir, extra);
        let o1 = first.finish();
        let o2 = second.finish();
        assert_eq!(o1.status.code(), Some(0), "{extra:?}: {}", err(&o1));
        assert_eq!(o2.status.code(), Some(1), "{extra:?}: {}", err(&o2));
        let kept = t.path().join("a.new");
        assert!(err(&o2).contains(s(&kept)), "{extra:?}: {}", err(&o2));
        assert!(
            err(&o2).contains("another split"),
            "{extra:?}: {}",
            err(&o2)
        );
        assert_eq!(holds(&dir), Some(OLD), "{extra:?}");
        assert_eq!(holds(&kept), Some(NEW), "{extra:?}");
        assert!(verifies(&dir) && verifies(&kept), "{extra:?}");
        assert_eq!(names(t.path()), ["a", "a.new"], "{extra:?}");
    }
}

#[test]
fn force_replaces_an_earlier_archive_and_nothing_else() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("a");
    assert!(split(OLD, &dir, &[]).status.success());
    let o = split(NEW, &dir, &["--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(holds(&dir), Some(NEW));
    assert_eq!(names(t.path()), ["a"], "the old archive was left behind");

    // Not empty, not an archive.
    let home = t.path().join("home");
    fs::create_dir(&home).unwrap();
    fs::write(home.join("thesis.tex"), b"precious").unwrap();
    let o = split(NEW, &home, &["--force"]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("thesis.tex"), "{}", err(&o));
    assert_eq!(names(&home), ["thesis.tex"]);

    // An archive with a file of someone else's in it.
    fs::write(dir.join("notes.txt"), b"mine").unwrap();
    let o = split(OLD, &dir, &["--force"]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("notes.txt"), "{}", err(&o));
    assert_eq!(fs::read(dir.join("notes.txt")).unwrap(), b"mine");
    assert_eq!(names(t.path()), ["a", "home"]);
}

#[test]
fn an_incomplete_archive_takes_a_free_name_beside_dir() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("a");
    assert!(split(OLD, &dir, &[]).status.success());
    let dump = fs::read(fixture(NEW)).unwrap();
    let cut = t.path().join("cut.sql");
    fs::write(&cut, &dump[..dump.len() / 2]).unwrap();
    let taken = t.path().join("a.incomplete");
    fs::create_dir(&taken).unwrap();
    fs::write(taken.join("mine.txt"), b"mine").unwrap();
    let r = demo_recipients();
    let o = pgseal(&["split", s(&cut), "-o", s(&dir), "-R", s(&r), "--force"]);
    assert_eq!(o.status.code(), Some(4), "{}", err(&o));
    let side = t.path().join("a.incomplete-1");
    assert!(err(&o).contains(s(&side)), "{}", err(&o));
    assert!(side.join("INCOMPLETE").is_file());
    assert_eq!(names(&taken), ["mine.txt"]);
    assert_eq!(holds(&dir), Some(OLD), "the good archive was replaced");
}
