//! Restores from the table of contents (entries of one database on several
//! sessions, in bounded transactions) give exactly the cluster `psql -f` of
//! the whole dump gives, on every fixture and PostgreSQL major; failures
//! name the entry.

mod support;

use std::path::PathBuf;

use support::{
    available_majors, bin_path, demo_identity, fixture, normalize_dumpall, restore_demo as restore,
    text, Cluster,
};

/// The first lines where two dumps differ.
fn diff(a: &str, b: &str) -> String {
    a.lines()
        .zip(b.lines())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .take(6)
        .map(|(i, (x, y))| format!("line {}:\n  psql -f: {x}\n  pgseal:  {y}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fixtures of `major` present in testdata/dumps, with the jobs to try.
fn cases(major: u32) -> Vec<(PathBuf, &'static [u32])> {
    let all: &[(&str, &'static [u32])] = &[
        // --jobs 2 of the full dumps: tests/restore_cmd.rs.
        ("full", &[1, 4]),
        ("toc", &[1, 2, 4]),
        ("toc-clean", &[2]),
        ("clean", &[2]),
        ("inserts", &[2]),
        ("column-inserts", &[3]),
        ("schema-only", &[2]),
    ];
    all.iter()
        .map(|(name, jobs)| (fixture(&format!("pg{major}-{name}.sql")), *jobs))
        .filter(|(p, _)| p.exists())
        .collect()
}

fn matches_whole_dump(major: u32) {
    for (dump, jobs) in cases(major) {
        let tmp = tempfile::tempdir().unwrap();
        let archive = tmp.path().join("archive");
        support::split_demo(&dump, &archive);
        let name = dump.file_name().unwrap().to_string_lossy().into_owned();

        let whole = Cluster::start(major);
        let errors = whole.restore_dumpall(&dump);
        // A --clean dump drops what a fresh cluster does not have yet.
        let expected = |e: &String| {
            name.contains("clean")
                && (e.ends_with("does not exist") || e.ends_with("current user cannot be dropped"))
        };
        let errors: Vec<_> = errors.into_iter().filter(|e| !expected(e)).collect();
        assert!(errors.is_empty(), "{name}: psql -f: {errors:?}");
        let want = normalize_dumpall(&whole.pg_dumpall(&[]));
        drop(whole);

        for &j in jobs {
            let c = Cluster::start(major);
            let mut args = vec!["--jobs".to_string(), j.to_string()];
            if name.contains("clean") {
                args.push("--clean".into());
            }
            let o = restore(&c, &archive, &args);
            assert!(o.status.success(), "{name} --jobs {j}: {}", text(&o));
            let got = normalize_dumpall(&c.pg_dumpall(&[]));
            assert!(
                got == want,
                "{name} --jobs {j}: the cluster differs from psql -f's:\n{}",
                diff(&want, &got)
            );
        }
    }
}

#[test]
fn pg15_restores_match_the_whole_dump() {
    matches_whole_dump(15);
}

#[test]
fn pg16_restores_match_the_whole_dump() {
    if available_majors().contains(&16) {
        matches_whole_dump(16);
    } else {
        support::skip("PostgreSQL 16");
    }
}

#[test]
fn pg18_restores_match_the_whole_dump() {
    if available_majors().contains(&18) {
        matches_whole_dump(18);
    } else {
        support::skip("PostgreSQL 18");
    }
}

/// A failing entry is named with its type, schema, name and line; the
/// databases beside it are still restored.
#[test]
fn a_failing_entry_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    support::split_demo(&fixture("pg15-full.sql"), &archive);
    let c = Cluster::start(15);
    c.sql("template1", "CREATE TABLE public.template1_marker (x int)");
    let o = restore(&c, &archive, &["--jobs", "2", "--transaction-size", "1"]);
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("TOC entry")
            && err.contains("(TABLE public.template1_marker), line ")
            && err.contains("already exists"),
        "{err}"
    );
    assert!(c.databases().contains(&"app".to_string()), "{err}");
    assert_eq!(c.sql("app", "SELECT count(*) FROM app.items"), "5");
}

/// `--single-session` and `--transaction-size 0` take the old way and the
/// psql way; both still give the same cluster.
#[test]
fn single_session_and_autocommit_give_the_same_cluster() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    let dump = fixture("pg15-full.sql");
    support::split_demo(&dump, &archive);
    let mut dumps = Vec::new();
    for args in [
        &["--jobs", "2", "--single-session"][..],
        &["--jobs", "2", "--transaction-size", "0"][..],
    ] {
        let c = Cluster::start(15);
        let o = restore(&c, &archive, args);
        assert!(o.status.success(), "{args:?}: {}", text(&o));
        dumps.push(normalize_dumpall(&c.pg_dumpall(&[])));
    }
    assert!(dumps[0] == dumps[1], "{}", diff(&dumps[0], &dumps[1]));
}

fn pg_dump(c: &Cluster, db: &str, args: &[&str]) -> String {
    let o = c
        .command(c.bin("pg_dump"))
        .arg("-d")
        .arg(support::conninfo(db))
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "pg_dump {db}: {}", text(&o));
    normalize_dumpall(&o.stdout)
}

/// `--schema-only` then `--data-only --disable-triggers` gives the whole
/// cluster; `--table` brings one dropped table back whole (definition,
/// data, sequence, indexes, constraints, rules, triggers, grants).
#[test]
fn sections_and_single_tables_restore_like_pg_restore() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    support::split_demo(&fixture("pg15-toc.sql"), &archive);
    let whole = Cluster::start(15);
    let o = restore(&whole, &archive, &["--jobs", "2"]);
    assert!(o.status.success(), "{}", text(&o));
    let want = normalize_dumpall(&whole.pg_dumpall(&[]));
    let want_table = pg_dump(&whole, "toc", &["-t", "sales.orders"]);

    let c = Cluster::start(15);
    let o = restore(&c, &archive, &["--jobs", "2", "--schema-only"]);
    assert!(o.status.success(), "--schema-only: {}", text(&o));
    assert_eq!(c.sql("toc", "SELECT count(*) FROM sales.orders"), "0");
    // With the foreign keys in place, data in dump order breaks them: the
    // failure says so and how to go on.
    let data = [
        "--db",
        "toc",
        "--db",
        "toc_small",
        "--data-only",
        "--jobs",
        "2",
    ];
    let o = restore(&c, &archive, &data);
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    assert!(
        support::stderr_of(&o).contains("--disable-triggers"),
        "{}",
        text(&o)
    );
    let c = Cluster::start(15);
    assert!(restore(&c, &archive, &["--jobs", "2", "--schema-only"])
        .status
        .success());
    let o = restore(&c, &archive, &[&data[..], &["--disable-triggers"]].concat());
    assert!(o.status.success(), "--data-only: {}", text(&o));
    let got = normalize_dumpall(&c.pg_dumpall(&[]));
    assert!(got == want, "schema then data:\n{}", diff(&want, &got));

    c.sql("toc", "DROP TABLE sales.orders CASCADE");
    let o = restore(&c, &archive, &["--db", "toc", "--table", "sales.orders"]);
    assert!(o.status.success(), "--table: {}", text(&o));
    let got = pg_dump(&c, "toc", &["-t", "sales.orders"]);
    assert!(got == want_table, "--table:\n{}", diff(&want_table, &got));

    // Into a database that is not there: refused, nothing changed.
    let fresh = Cluster::start(15);
    let o = restore(
        &fresh,
        &archive,
        &["--db", "toc", "--table", "sales.orders"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(support::stderr_of(&o).contains("restore into an existing database"));
}

/// The lines of a dump, sorted: a resumed restore may put a row at another
/// physical place (the killed run's rolled-back rows leave free space), but
/// never lose or repeat one.
fn sorted_lines(dump: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = dump.lines().collect();
    lines.sort_unstable();
    lines
}

/// A restore killed at many points and resumed from its journal gives the
/// cluster a clean restore gives: nothing lost, no row twice.
#[test]
fn a_killed_restore_resumes_from_its_journal() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    support::split_demo(&fixture("pg15-toc.sql"), &archive);
    let clean = Cluster::start(15);
    assert!(restore(&clean, &archive, &["--jobs", "2"]).status.success());
    let want = normalize_dumpall(&clean.pg_dumpall(&[]));
    drop(clean);

    for kill_at in [1, 3, 8, 20, 45, 80] {
        let c = Cluster::start(15);
        let journal = tmp.path().join(format!("journal-{kill_at}"));
        let mut child = c
            .command(bin_path())
            .arg("restore")
            .arg(&archive)
            .arg("-i")
            .arg(demo_identity())
            .args(["--jobs", "2", "--transaction-size", "5", "-q", "--journal"])
            .arg(&journal)
            .spawn()
            .unwrap();
        // Kill it once the journal has this many lines (or let it finish).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let lines = std::fs::read_to_string(&journal).map_or(0, |t| t.lines().count());
            if lines >= kill_at || child.try_wait().unwrap().is_some() {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the restore never got there"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let _ = child.kill();
        child.wait().unwrap();
        // Its psql sessions end when their input does.
        for _ in 0..200 {
            let others = c.sql(
                "postgres",
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
            );
            if others == "0" {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let mut args = vec!["--jobs", "2", "--resume"];
        let j = journal.to_string_lossy().into_owned();
        args.push(&j);
        let o = restore(&c, &archive, &args);
        assert!(
            o.status.success(),
            "resumed after {kill_at} journal lines: {}",
            text(&o)
        );
        let got = normalize_dumpall(&c.pg_dumpall(&[]));
        assert!(
            sorted_lines(&got) == sorted_lines(&want),
            "resumed after {kill_at} journal lines:\n{}",
            diff(&want, &got)
        );
    }
    // A journal is for its own archive, and --journal never overwrites one.
    let other = tmp.path().join("other");
    support::split_demo(&fixture("pg15-full.sql"), &other);
    let c = Cluster::start(15);
    let j = tmp.path().join("journal-1").to_string_lossy().into_owned();
    let o = restore(&c, &other, &["--resume", &j]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        support::stderr_of(&o).contains("belongs to another archive"),
        "{}",
        text(&o)
    );
    let o = restore(&c, &archive, &["--journal", &j]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        support::stderr_of(&o).contains("use --resume"),
        "{}",
        text(&o)
    );
    assert_eq!(c.databases().len(), 3, "nothing was restored");
}
