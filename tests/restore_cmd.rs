//! `pgseal restore` against real servers: parallel restores equal to the
//! whole dump, selections, refusals before anything runs, --clean,
//! --rename, existing roles, failing parts.

mod support;

use std::path::{Path, PathBuf};

use support::{
    available_majors, fixture, normalize_dumpall, restore_demo as restore, text, Cluster,
};

/// `pgseal split DUMP` sealed to the demo key.
fn split(dump: &Path, tmp: &Path) -> PathBuf {
    let dir = tmp.join("archive");
    support::split_demo(dump, &dir);
    dir
}

fn roles(c: &Cluster) -> String {
    c.sql(
        "postgres",
        "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname !~ '^pg_'",
    )
}

fn pg_dump(c: &Cluster, db: &str) -> String {
    let o = c
        .command(c.bin("pg_dump"))
        .arg("-d")
        .arg(support::conninfo(db))
        .output()
        .unwrap();
    assert!(o.status.success(), "pg_dump {db}: {}", text(&o));
    normalize_dumpall(&o.stdout)
}

/// `restore --jobs 2` into a fresh cluster gives the same `pg_dumpall` as
/// `psql -f` of the whole dump into another.
fn parallel_restore_matches_whole_dump(major: u32) {
    let tmp = tempfile::tempdir().unwrap();
    let dump = fixture(&format!("pg{major}-full.sql"));
    let archive = split(&dump, tmp.path());

    let whole = Cluster::start(major);
    let errors = whole.restore_dumpall(&dump);
    assert!(errors.is_empty(), "pg{major}: whole dump: {errors:?}");

    let parts = Cluster::start(major);
    let o = restore(&parts, &archive, &["--jobs", "2"]);
    assert!(o.status.success(), "pg{major}: restore: {}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("\"app\""), "no line for app: {err}");
    assert!(err.contains("restored 15 of 15 parts"), "{err}");

    let a = normalize_dumpall(&whole.pg_dumpall(&[]));
    let b = normalize_dumpall(&parts.pg_dumpall(&[]));
    if a != b {
        let diff: Vec<_> = a
            .lines()
            .zip(b.lines())
            .filter(|(x, y)| x != y)
            .take(10)
            .collect();
        panic!("pg{major}: restored cluster differs from the whole dump's: {diff:#?}");
    }
}

#[test]
fn parallel_restore_equals_whole_dump_pg15() {
    assert!(
        support::pg_bin(15).is_some(),
        "PostgreSQL 15 is missing: run testdata/pg-install.sh"
    );
    parallel_restore_matches_whole_dump(15);
}

#[test]
fn parallel_restore_equals_whole_dump_pg16() {
    if support::pg_major(16).is_none() {
        return;
    }
    parallel_restore_matches_whole_dump(16);
}

#[test]
fn parallel_restore_equals_whole_dump_pg18() {
    if support::pg_major(18).is_none() {
        return;
    }
    parallel_restore_matches_whole_dump(18);
}

#[test]
fn a_database_without_its_roles_is_refused_before_anything_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = split(&fixture("pg15-full.sql"), tmp.path());
    let c = Cluster::start(15);
    let dbs = c.databases();
    let before = roles(&c);

    let o = restore(&c, &archive, &["--db", "app"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    for r in ["\"alice\"", "\"app_owner\"", "\"MixedCase\"", "\"reader\""] {
        assert!(err.contains(r), "missing role {r} not named: {err}");
    }
    assert!(err.contains("--globals"), "no hint to add --globals: {err}");
    assert_eq!(c.databases(), dbs, "a database was created");
    assert_eq!(roles(&c), before, "a role was created");

    // The dry run with --globals shows the order and touches nothing.
    let o = restore(&c, &archive, &["--globals", "--db", "app", "--dry-run"]);
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let g = out.find("globals").expect("globals in the plan");
    let a = out.find("\"app\"").expect("app in the plan");
    assert!(g < a, "globals not first: {out}");
    assert!(out.contains("\"MixedCase\": not selected"), "{out}");
    assert!(out.contains("not created: \"postgres\""), "{out}");
    assert_eq!(c.databases(), dbs);
    assert_eq!(roles(&c), before);

    // JSON plan for automation.
    let o = restore(&c, &archive, &["--db=-rf --help", "--dry-run", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["plan"]["steps"][0]["name"], "-rf --help");
    assert_eq!(v["plan"]["steps"][0]["action"], "create");

    // A server older than the dump's source.
    for newer in available_majors().into_iter().filter(|&m| m > 15) {
        let t = tempfile::tempdir().unwrap();
        let a = split(&fixture(&format!("pg{newer}-full.sql")), t.path());
        let o = restore(&c, &a, &["--globals"]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("older than the server the dump comes from"),
            "{err}"
        );
        assert_eq!(roles(&c), before);
    }
}

#[test]
fn globals_twice_one_database_clean_and_refusals() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = split(&fixture("pg15-full.sql"), tmp.path());
    let whole = {
        let w = Cluster::start(15);
        assert!(w.restore_dumpall(&fixture("pg15-full.sql")).is_empty());
        w
    };
    let c = Cluster::start(15);

    let o = restore(&c, &archive, &["--globals", "--db", "app"]);
    assert!(o.status.success(), "{}", text(&o));
    let dbs = c.databases();
    assert!(dbs.contains(&"app".to_string()), "{dbs:?}");
    assert!(!dbs.contains(&"MixedCase".to_string()), "{dbs:?}");
    assert_eq!(pg_dump(&c, "app"), pg_dump(&whole, "app"));
    assert_eq!(roles(&c), roles(&whole));

    // The roles exist now: the globals again succeed (CREATE ROLE skipped,
    // attributes applied again).
    c.sql("postgres", "ALTER ROLE alice NOLOGIN");
    let o = restore(&c, &archive, &["--globals"]);
    assert!(o.status.success(), "globals twice: {}", text(&o));
    assert_eq!(
        c.sql(
            "postgres",
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'alice'"
        ),
        "t"
    );

    // Now the roles exist, --db alone is enough.
    let o = restore(&c, &archive, &["--db", "MixedCase"]);
    assert!(o.status.success(), "{}", text(&o));
    c.sql("MixedCase", "CREATE TABLE still_here (x int)");

    // An existing database is refused, and nothing runs.
    c.sql("app", "CREATE TABLE extra (x int)");
    let o = restore(&c, &archive, &["--db", "app", "--db", "with space"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("database \"app\" already exists"), "{err}");
    assert!(err.contains("--clean"), "{err}");
    assert!(!c.databases().contains(&"with space".to_string()));

    // --clean drops and recreates that database only.
    let o = restore(&c, &archive, &["--db", "app", "--clean"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        c.sql(
            "app",
            "SELECT count(*) FROM pg_class WHERE relname = 'extra'"
        ),
        "0"
    );
    assert_eq!(pg_dump(&c, "app"), pg_dump(&whole, "app"));
    assert_eq!(c.sql("MixedCase", "SELECT count(*) FROM still_here"), "0");

    // Unknown names are refused.
    let o = restore(&c, &archive, &["--db", "nope"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no database \"nope\""));
}

#[test]
fn rename_restores_beside_the_original_without_passwords() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = split(&fixture("pg15-full.sql"), tmp.path());
    let c = Cluster::start(15);

    let o = restore(
        &c,
        &archive,
        &["--globals", "--no-role-passwords", "--db", "app"],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        c.sql(
            "postgres",
            "SELECT count(*) FROM pg_authid WHERE rolpassword IS NOT NULL"
        ),
        "0",
        "password hashes were restored"
    );

    // NEW must not exist, OLD must be in the archive.
    let o = restore(&c, &archive, &["--db", "app", "--rename", "app=MixedCase"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = restore(&c, &archive, &["--db", "app", "--rename", "app=MixedCase"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let o = restore(&c, &archive, &["--db", "app", "--rename", "nope=x"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no database \"nope\""));

    let o = restore(&c, &archive, &["--db", "app", "--rename", "app=app_copy"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(pg_dump(&c, "app_copy"), pg_dump(&c, "app"));
    // Database-level settings and grants follow the new name.
    let settings =
        "SELECT string_agg(array_to_string(setconfig, ','), ';') FROM pg_db_role_setting s \
                    JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = ";
    assert_eq!(
        c.sql("postgres", &format!("{settings} 'app_copy'")),
        c.sql("postgres", &format!("{settings} 'app'"))
    );
    let acl = "SELECT datacl::text || pg_get_userbyid(datdba) FROM pg_database WHERE datname = ";
    assert_eq!(
        c.sql("postgres", &format!("{acl} 'app_copy'")),
        c.sql("postgres", &format!("{acl} 'app'"))
    );

    // Names with '=' split where OLD names a database of the archive.
    let o = restore(
        &c,
        &archive,
        &["--rename", "eq=sign=eq=copy", "--db", "eq=sign"],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(c.databases().contains(&"eq=copy".to_string()));
    assert_eq!(c.sql("eq=copy", "SELECT db FROM whoami"), "eq=sign");
}

#[test]
fn a_failing_part_reports_psql_error_and_the_others_go_on() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = split(&fixture("pg15-full.sql"), tmp.path());
    let c = Cluster::start(15);
    // template1's part restores into the existing template1: make it clash.
    c.sql(
        "template1",
        "CREATE TABLE public.template1_marker (note text)",
    );

    let o = restore(&c, &archive, &["--jobs", "2", "--json"]);
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("\"template1\"") && err.contains("FAILED at line"),
        "{err}"
    );
    assert!(
        err.contains("relation \"template1_marker\" already exists"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["ok"], false);
    let parts = v["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 15);
    assert_eq!(parts[0]["kind"], "globals", "globals not first");
    let failed: Vec<_> = parts.iter().filter(|p| p["status"] != "ok").collect();
    assert_eq!(failed.len(), 1, "{failed:#?}");
    assert_eq!(failed[0]["name"], "template1");
    assert!(failed[0]["line"].as_u64().unwrap() > 1);
    // Largest first after the globals.
    assert_eq!(parts[1]["name"], "app");
    assert!(c.databases().contains(&"latin1db".to_string()));
    assert_eq!(c.sql("app", "SELECT count(*) FROM app.items"), "5");
}

#[test]
fn fail_fast_and_failed_globals_stop_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = split(&fixture("pg15-full.sql"), tmp.path());
    let c = Cluster::start(15);
    // postgres's part restores into the existing postgres: make it clash.
    // One job, largest first: postgres is the second-smallest part, so only
    // template1 is left to stop.
    c.sql("postgres", "CREATE TABLE public.postgres_extra (k text)");
    let o = restore(&c, &archive, &["--jobs", "1", "--fail-fast", "--json"]);
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let status = |name: &str| {
        v["parts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(status("postgres"), "failed");
    assert_eq!(status("template1"), "not-run");
    assert_eq!(status("app"), "ok");
    assert_eq!(
        c.sql(
            "template1",
            "SELECT count(*) FROM pg_class WHERE relname = 'template1_marker'"
        ),
        "0"
    );

    // When the globals fail, no database runs.
    c.sql(
        "postgres",
        "REVOKE reader FROM alice; GRANT alice TO reader",
    );
    let o = restore(
        &c,
        &archive,
        &["--globals", "--db", "app", "--rename", "app=app2"],
    );
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("globals") && err.contains("FAILED at line"),
        "{err}"
    );
    assert!(err.contains("not run"), "{err}");
    assert!(!c.databases().contains(&"app2".to_string()));
}
