//! Independent tables, views and functions (with their comments) and grants
//! are marked to run beside one another, and a restore on several sessions
//! still gives the cluster `psql -f` gives, what an entry needs before it.
//!
//! Which session runs an item is the machine's timing (a phase this short
//! may end before a second session has connected), so the test checks the
//! marks the schedule is made from, not the sessions.

mod support;

use std::collections::BTreeMap;

use support::{
    available_majors, demo_identity, fixture, normalize_dumpall, pgseal, restore_demo as restore,
    text, Cluster,
};

/// How many entries of schema `bulk` each (kind, parallel group) has, from
/// `list --toc toc --json`.
fn groups(archive: &std::path::Path) -> BTreeMap<(String, String), usize> {
    let id = demo_identity();
    let args = [
        "list".as_ref(),
        archive.as_os_str(),
        "-i".as_ref(),
        id.as_os_str(),
        "--toc".as_ref(),
        "toc".as_ref(),
        "--json".as_ref(),
    ];
    let o = pgseal(&args);
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut out = BTreeMap::new();
    for e in v["entries"].as_array().unwrap() {
        if e["schema"] == "bulk" {
            let group = e["parallel"].as_str().unwrap_or("-").to_string();
            let kind = e["kind"].as_str().unwrap().to_string();
            *out.entry((kind, group)).or_default() += 1;
        }
    }
    out
}

fn predata_and_grants_run_beside_one_another_as_psql_would(major: u32) {
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

    let g = groups(&archive);
    let n = |kind: &str, group: &str| g.get(&(kind.into(), group.into())).copied();
    assert!(
        n("TABLE", "table") >= Some(48)
            && n("COMMENT", "table-comment") >= Some(96)
            && n("ACL", "acl") >= Some(96),
        "pg{major}: the bulk tables, their comments and grants run beside one another: {g:?}"
    );
    assert_eq!(
        n("TABLE", "-"),
        Some(1),
        "pg{major}: only item_holder (of item's row type) stays in order: {g:?}"
    );
    assert!(
        n("FUNCTION", "table") >= Some(24)
            && n("PROCEDURE", "table") == Some(1)
            && n("VIEW", "table") >= Some(24),
        "pg{major}: the bulk functions and views run beside one another: {g:?}"
    );
    // The overload f01(text) and g, whose default calls f02; v01, the first
    // view after the tables, over one of them.
    assert_eq!(
        (n("FUNCTION", "-"), n("VIEW", "-")),
        (Some(2), Some(1)),
        "pg{major}: {g:?}"
    );
    let log = c.server_log();
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
    // What a statement needs was made before it.
    let at = |what: &str| {
        log.lines()
            .position(|l| l.contains(&format!("statement: {what}")))
            .unwrap_or_else(|| panic!("pg{major}: no `{what}` in the server log"))
    };
    assert!(at("CREATE VIEW bulk.v01 ") < at("CREATE VIEW bulk.v_of_v "));
    assert!(at("CREATE FUNCTION bulk.f02(") < at("CREATE FUNCTION bulk.g("));
    assert!(at("CREATE FUNCTION bulk.q(") < at("CREATE TABLE bulk.t_calls "));
}

#[test]
fn pg15_predata_and_grants_run_beside_one_another_as_psql_would() {
    predata_and_grants_run_beside_one_another_as_psql_would(15);
}

#[test]
fn pg18_predata_and_grants_run_beside_one_another_as_psql_would() {
    if available_majors().contains(&18) {
        predata_and_grants_run_beside_one_another_as_psql_would(18);
    } else {
        support::skip("PostgreSQL 18");
    }
}
