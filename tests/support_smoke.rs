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

/// Run in a child process by [`a_skip_shows_in_plain_output_and_fails_when_all_are_required`].
const SKIP_CHILD: &str = "PGSEAL_SUPPORT_SMOKE_SKIP_CHILD";

#[test]
fn skip_child() {
    if std::env::var_os(SKIP_CHILD).is_none() {
        return;
    }
    assert!(!support::have_tool(
        "pgseal-no-such-tool",
        "no-such-package"
    ));
}

/// A skipped case leaves a note in `cargo test` output even though libtest
/// captures the output of passing tests, and PGSEAL_TEST_REQUIRE_ALL=1 makes
/// the same skip a failure.
#[test]
fn a_skip_shows_in_plain_output_and_fails_when_all_are_required() {
    let child = |require_all: Option<&str>| {
        let mut c = std::process::Command::new(std::env::current_exe().unwrap());
        c.args(["--exact", "skip_child", "--test-threads=1"])
            .env(SKIP_CHILD, "1")
            .env_remove(support::REQUIRE_ALL);
        if let Some(v) = require_all {
            c.env(support::REQUIRE_ALL, v);
        }
        let o = c.output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        (o.status.success(), text)
    };
    let note = "skip_child: skipped, `pgseal-no-such-tool` is not installed (apt-get install no-such-package";
    for unset in [None, Some(""), Some("0")] {
        let (ok, text) = child(unset);
        assert!(ok, "{text}");
        assert!(text.contains(note), "no skip note in: {text}");
        assert!(text.contains("test skip_child ... ok"), "{text}");
    }
    let (ok, text) = child(Some("1"));
    assert!(!ok, "a skip passed with {}=1: {text}", support::REQUIRE_ALL);
    assert!(
        text.contains("PGSEAL_TEST_REQUIRE_ALL is set, so this may not be skipped"),
        "{text}"
    );
}
