//! Independent tables (with their comments) and grants are restored on
//! several sessions, and the cluster is still the one `psql -f` gives.

mod support;

use std::collections::HashSet;

use support::{
    available_majors, fixture, normalize_dumpall, restore_demo as restore, text, Cluster,
};

/// The server processes that ran statements starting with `prefix` and
/// naming `needle`, from a log written with `log_line_prefix = '[%p] '`.
fn sessions(log: &str, prefix: &str, needle: &str) -> HashSet<String> {
    log.lines()
        .filter_map(|l| {
            let (pid, rest) = l.strip_prefix('[')?.split_once("] ")?;
            let stmt = rest.split_once("statement: ")?.1;
            (stmt.starts_with(prefix) && stmt.contains(needle)).then(|| pid.to_string())
        })
        .collect()
}

fn predata_and_grants_run_on_several_sessions(major: u32) {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    let dump = fixture(&format!("pg{major}-toc.sql"));
    support::split_demo(&dump, &archive);

    let whole = Cluster::start(major);
    let errors = whole.restore_dumpall(&dump);
    assert!(errors.is_empty(), "psql -f: {errors:?}");
    let want = normalize_dumpall(&whole.pg_dumpall(&[]));
    drop(whole);

    let c = Cluster::start(major);
    for set in [
        "ALTER SYSTEM SET log_statement = 'ddl'",
        "ALTER SYSTEM SET log_line_prefix = '[%p] '",
        "SELECT pg_reload_conf()",
    ] {
        c.sql("postgres", set);
    }
    // One entry a transaction: many items, so that every session gets some.
    let o = restore(&c, &archive, &["--jobs", "4", "--transaction-size", "1"]);
    assert!(o.status.success(), "{}", text(&o));
    let got = normalize_dumpall(&c.pg_dumpall(&[]));
    assert!(got == want, "pg{major}: the cluster differs from psql -f's");

    let log = c.server_log();
    let tables = sessions(&log, "CREATE TABLE bulk.t", "");
    let grants = sessions(&log, "GRANT ", " bulk.t");
    assert!(
        tables.len() > 1 && grants.len() > 1,
        "pg{major}: CREATE TABLE on {tables:?}, GRANT on {grants:?}\n{log}"
    );
    // The table of another table's row type came after that one.
    let created: Vec<&str> = log
        .lines()
        .filter_map(|l| {
            l.split_once("statement: CREATE TABLE bulk.item")?
                .1
                .get(..1)
        })
        .collect();
    assert_eq!(
        created,
        [" ", "_"],
        "pg{major}: bulk.item, then bulk.item_holder"
    );
}

#[test]
fn pg15_predata_and_grants_run_on_several_sessions() {
    predata_and_grants_run_on_several_sessions(15);
}

#[test]
fn pg18_predata_and_grants_run_on_several_sessions() {
    if available_majors().contains(&18) {
        predata_and_grants_run_on_several_sessions(18);
    } else {
        support::skip("PostgreSQL 18");
    }
}
