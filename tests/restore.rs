//! Parts restored one by one with plain psql give the same cluster as the
//! whole dump, on every PostgreSQL major the fixtures come from.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use support::{available_majors, bin_path, fixture, normalize_dumpall, Cluster};

struct Archive {
    dir: PathBuf,
    identity: PathBuf,
    _tmp: tempfile::TempDir,
}

fn split(dump: &Path) -> Archive {
    let tmp = tempfile::tempdir().unwrap();
    let identity = tmp.path().join("key.txt");
    let recipient = support::age_keygen(&identity);
    let dir = tmp.path().join("archive");
    support::split_ok(dump, &dir, &["-r", &recipient]);
    Archive {
        dir,
        identity,
        _tmp: tmp,
    }
}

impl Archive {
    /// Write one part's plaintext to a file (as a DBA would with `cat > f`).
    fn part_file(&self, what: &str) -> PathBuf {
        let o = Command::new(bin_path())
            .arg("cat")
            .arg(&self.dir)
            .arg("-i")
            .arg(&self.identity)
            .arg(what)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "cat {what}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let name = format!(
            "part-{}.sql",
            what.len() * 31 + what.bytes().map(usize::from).sum::<usize>()
        );
        let path = self._tmp.path().join(name);
        fs::write(&path, o.stdout).unwrap();
        path
    }

    fn databases(&self) -> Vec<String> {
        let o = Command::new(bin_path())
            .arg("list")
            .arg(&self.dir)
            .arg("-i")
            .arg(&self.identity)
            .arg("--json")
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["parts"].as_array().unwrap()[1..]
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    }
}

/// psql -f part.sql postgres, errors collected (the bootstrap superuser's
/// CREATE ROLE is the one expected error, as with any pg_dumpall restore).
fn restore_part(c: &Cluster, file: &Path) -> Vec<String> {
    c.restore_dumpall(file)
}

fn pg_dump(c: &Cluster, db: &str) -> String {
    let o = c
        .command(c.bin("pg_dump"))
        .arg("-d")
        .arg(support::conninfo(db))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "pg_dump {db}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    normalize_dumpall(&o.stdout)
}

#[test]
fn parts_restored_alone_give_the_same_cluster_as_the_whole_dump() {
    let majors = available_majors();
    assert!(
        majors.contains(&15),
        "PostgreSQL 15 is missing: run testdata/pg-install.sh"
    );
    for major in majors {
        let dump = fixture(&format!("pg{major}-full.sql"));
        let archive = split(&dump);

        let whole = Cluster::start(major);
        let errors = whole.restore_dumpall(&dump);
        assert!(
            errors.is_empty(),
            "pg{major}: whole dump restore errors: {errors:?}"
        );

        let parts = Cluster::start(major);
        let errors = restore_part(&parts, &archive.part_file("--globals"));
        assert!(
            errors.is_empty(),
            "pg{major}: globals restore errors: {errors:?}"
        );
        for db in archive.databases() {
            let errors = restore_part(&parts, &archive.part_file(&format!("--db={db}")));
            assert!(
                errors.is_empty(),
                "pg{major}: restore of {db:?} alone: {errors:?}"
            );
        }
        let a = normalize_dumpall(&whole.pg_dumpall(&[]));
        let b = normalize_dumpall(&parts.pg_dumpall(&[]));
        assert!(
            a == b,
            "pg{major}: cluster from parts differs from cluster from the whole dump"
        );

        // Globals plus any one database is enough for that database.
        let subset = Cluster::start(major);
        assert!(restore_part(&subset, &archive.part_file("--globals")).is_empty());
        assert!(restore_part(&subset, &archive.part_file("--db=app")).is_empty());
        assert!(subset.databases().contains(&"app".to_string()));
        assert!(!subset.databases().contains(&"MixedCase".to_string()));
        assert_eq!(
            pg_dump(&subset, "app"),
            pg_dump(&whole, "app"),
            "pg{major}: app restored alone differs"
        );
    }
}

#[test]
fn clean_dump_globals_never_drop_a_database() {
    let clean = fixture("pg15-clean.sql");
    let archive = split(&clean);
    let c = Cluster::start(15);
    assert!(c.restore_dumpall(&fixture("pg15-full.sql")).is_empty());
    c.sql("app", "CREATE TABLE still_here (x int)");
    c.sql("MixedCase", "CREATE TABLE still_here (x int)");
    let before = c.databases();

    // Globals of a --clean dump drop and recreate roles, but no database.
    let globals = archive.part_file("--globals");
    let text = fs::read_to_string(&globals).unwrap();
    assert!(
        !text.contains("DROP DATABASE"),
        "globals part carries a DROP DATABASE"
    );
    c.set_on_error_stop(false);
    let _ = c.psql_file(&globals, "postgres");
    assert_eq!(
        c.databases(),
        before,
        "restoring the globals changed the databases"
    );
    assert_eq!(c.sql("app", "SELECT count(*) FROM still_here"), "0");

    // A database's own DROP DATABASE travels with it: its part recreates it.
    let app = archive.part_file("--db=app");
    assert!(fs::read_to_string(&app)
        .unwrap()
        .contains("DROP DATABASE app;"));
    let o = c.psql_file(&app, "postgres");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        c.sql(
            "app",
            "SELECT count(*) FROM pg_class WHERE relname = 'still_here'"
        ),
        "0"
    );
    assert_eq!(
        c.sql("MixedCase", "SELECT count(*) FROM still_here"),
        "0",
        "another database was touched"
    );
}

#[test]
fn excluded_database_has_no_part() {
    let archive = split(&fixture("pg15-exclude-with-space.sql"));
    let dbs = archive.databases();
    assert!(!dbs.contains(&"with space".to_string()));
    assert!(dbs.contains(&"app".to_string()));
}

/// A pre-11 dump (PostgreSQL 9.1, databases created in the globals area)
/// restored part by part gives the same databases as restored whole, even
/// though both restores hit the same errors from 9.1-era syntax.
#[test]
fn pre11_wild_dump_parts_restore_like_the_whole() {
    let Some(wild) = support::wild_dumps() else {
        return;
    };
    let dump = wild.join("08-sample-app-pg91-2013-pre11.sql");
    let archive = split(&dump);
    let whole = Cluster::start(15);
    let whole_errors = whole.restore_dumpall(&dump);
    let parts = Cluster::start(15);
    let mut part_errors = parts.restore_dumpall(&archive.part_file("--globals"));
    for db in archive.databases() {
        part_errors.extend(parts.restore_dumpall(&archive.part_file(&format!("--db={db}"))));
    }
    let strip = |v: Vec<String>| {
        let mut v: Vec<String> = v
            .into_iter()
            .map(|l| l.split("ERROR:").last().unwrap_or("").to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        strip(part_errors),
        strip(whole_errors),
        "the parts hit other errors than the whole dump"
    );
    assert_eq!(whole.databases(), parts.databases());
    let a = normalize_dumpall(&whole.pg_dumpall(&[]));
    let b = normalize_dumpall(&parts.pg_dumpall(&[]));
    assert!(
        a == b,
        "cluster from parts differs from cluster from the whole 9.1 dump"
    );
}
