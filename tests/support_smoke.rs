//! Smoke test of tests/support: restore each committed full dump into a
//! real server of the same major, dump it again, and compare.

mod support;

use support::{available_majors, fixture, normalize_dumpall, Cluster};

/// The databases testdata/sql/globals.sql creates, besides the defaults.
const DATABASES: &[&str] = &[
    "-rf --help",
    "../x",
    "MixedCase",
    "app",
    "back\\slash",
    "dq\"db",
    "eq=sign",
    "latin1db",
    "postgres",
    "quote'db",
    "tab\there",
    "template0",
    "template1",
    "unicodé_数据",
    "with space",
];

fn round_trip(major: u32) {
    let dump = fixture(&format!("pg{major}-full.sql"));
    let cluster = Cluster::start(major);
    let errors = cluster.restore_dumpall(&dump);
    assert!(
        errors.is_empty(),
        "restoring {} failed: {errors:#?}",
        dump.display()
    );

    let mut dbs = cluster.databases();
    dbs.sort();
    let mut want: Vec<String> = DATABASES.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(dbs, want);
    assert_eq!(
        cluster.sql("app", "SELECT count(*) FROM app.decoy_lines"),
        "19"
    );
    assert_eq!(
        cluster.sql("tab\there", "SELECT db FROM whoami"),
        "tab\there"
    );
    assert_eq!(
        cluster.sql(
            "postgres",
            "SELECT v FROM postgres_extra WHERE k = 'greeting'"
        ),
        "hello from postgres"
    );

    let again = normalize_dumpall(&cluster.pg_dumpall(&[]));
    for name in [
        "app",
        "\"with space\"",
        "\"quote'db\"",
        "\"dq\"\"db\"",
        "\"unicodé_数据\"",
        "latin1db",
    ] {
        assert!(
            again.contains(&format!(
                "\nCREATE DATABASE {name} WITH TEMPLATE = template0"
            )),
            "no CREATE DATABASE {name}"
        );
    }
    let original = normalize_dumpall(&std::fs::read(&dump).unwrap());
    if again != original {
        let line = again
            .lines()
            .zip(original.lines())
            .position(|(a, b)| a != b);
        panic!("pg{major}: dump after restore differs from the fixture (first differing line: {line:?})");
    }
}

#[test]
fn restore_and_dump_again() {
    let majors = available_majors();
    assert!(
        majors.contains(&15),
        "PostgreSQL 15 missing: run testdata/pg-install.sh"
    );
    for major in [16, 18] {
        if !majors.contains(&major) {
            eprintln!("PostgreSQL {major} not installed (testdata/pg-install.sh): skipped");
        }
    }
    for major in majors {
        round_trip(major);
    }
}

#[test]
fn normalize_only_touches_restrict_keys_and_timestamps() {
    let a = b"\\restrict abcDEF123\nSELECT 1;\n-- Started on 2024-01-01\n\\restrict not a key\n\\unrestrict Zz9\n";
    assert_eq!(
        normalize_dumpall(a),
        "\\restrict KEY\nSELECT 1;\n\\restrict not a key\n\\unrestrict KEY\n"
    );
}
