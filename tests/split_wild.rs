//! Every real-world pg_dumpall file in ../shared/wild-dumps splits into the
//! databases that have a section of their own and reassembles byte for byte,
//! whatever the read size.

use std::path::PathBuf;

use pgseal::splitter::{split_in_memory, MemorySink, SplitError, Summary};

fn split(input: &[u8], chunk: usize) -> Result<Summary<MemorySink>, SplitError> {
    split_in_memory(input, chunk)
}

fn rebuild(sum: &Summary<MemorySink>) -> Vec<u8> {
    sum.rebuild().unwrap()
}

fn wild_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/wild-dumps")
}

/// The databases each wild dump has a section for, in order.
fn expected() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        (
            "01-nx-sample-clean-pg12.sql",
            vec!["template1", "postgres", "sample"],
        ),
        ("02-pgupgrade-binary-globals-pre11.sql", vec![]),
        ("03-pgupgrade-binary-globals-11plus.sql", vec![]),
        (
            "04-dvdrental-schema-only-latin9-pg12.sql",
            vec!["template1", "dvdrental", "postgres"],
        ),
        ("05-tablespaces-only-latin9-pg12.sql", vec![]),
        (
            "06-restic-pg16-on-11-reuse-previous.sql",
            vec!["template1", "postgres", "test-postgres"],
        ),
        (
            "07-dockerdemo-verbose-clean-pg12-on-96.sql",
            vec!["template1", "postgres"],
        ),
        (
            "08-sample-app-pg91-2013-pre11.sql",
            vec![
                "david",
                "dev_sample_app",
                "mehealth_dev",
                "mehealth_test",
                "postgres",
                "template1",
                "test_sample_app",
            ],
        ),
        (
            "09-materialcurso-pg12.sql",
            vec!["template1", "laboratorio", "postgres", "recetas"],
        ),
        ("10-lms-globals-restrict-pg17.sql", vec![]),
        (
            "11-carshering-utf8-bom-pg16-on-15.sql",
            vec!["template1", "car_rental", "postgres"],
        ),
        (
            "12-greenplum6-gpupgrade-pre11.sql",
            vec!["postgres", "template1", "test"],
        ),
        (
            "13-yugabyte-ysql-dumpall-if-blocks.sql",
            vec!["template1", "postgres", "system_platform", "yugabyte"],
        ),
        (
            "14-kimgura-pg15-restrict-korean.sql",
            vec![
                "template1",
                "kimgura_db",
                "postgres",
                "scott2_db",
                "scott_db",
            ],
        ),
        (
            "15-socialcollector-pg93-verbose-pre11.sql",
            vec!["postgres", "socialcollector", "template1"],
        ),
        (
            "16-flightline-pg10-pre11.sql",
            vec!["flightlinebotdb", "postgres", "tasbotdb", "template1"],
        ),
        (
            "17-login-project-pg13-verbose-win1252-locale.sql",
            vec!["template1", "login_project_test"],
        ),
        ("18-inventario-globals-verbose-restrict.sql", vec![]),
        ("19-neon-globals-restrict-memberships.sql", vec![]),
        (
            "20-climb-pg10-clean-verbose-pre11.sql",
            vec!["climb", "postgres", "template1"],
        ),
        (
            "21-pubquiz-pg96-clean-reuse-previous-pre11.sql",
            vec!["ordina-pubquiz", "postgres", "template1"],
        ),
        (
            "22-pgdt-emitters-pg17-restrict-encoding.sql",
            vec!["template1", "pgdt-emitters", "pgdt_fixture", "postgres"],
        ),
    ]
}

/// Pre-11 dumps create their databases in the globals area: each database
/// part must carry its own CREATE DATABASE, and the globals none of them.
#[test]
fn pre11_parts_carry_their_creation_statements() {
    for (file, dbs) in [
        (
            "08-sample-app-pg91-2013-pre11.sql",
            vec!["david", "dev_sample_app", "test_sample_app"],
        ),
        (
            "21-pubquiz-pg96-clean-reuse-previous-pre11.sql",
            vec!["ordina-pubquiz"],
        ),
        (
            "16-flightline-pg10-pre11.sql",
            vec!["flightlinebotdb", "tasbotdb"],
        ),
    ] {
        let input = std::fs::read(wild_dir().join(file)).unwrap();
        let sum = split(&input, 4096).unwrap();
        let globals = String::from_utf8_lossy(&sum.sink.parts[&0]).into_owned();
        assert!(
            !globals.contains("CREATE DATABASE"),
            "{file}: globals still create a database"
        );
        for db in dbs {
            let i = sum
                .parts
                .iter()
                .position(|p| p.database.as_deref() == Some(db.as_bytes()))
                .unwrap();
            let text = String::from_utf8_lossy(&sum.sink.parts[&i]).into_owned();
            let create = text
                .find("CREATE DATABASE")
                .unwrap_or_else(|| panic!("{file}: {db} lacks CREATE DATABASE"));
            let connect = text.find("\\connect").unwrap();
            assert!(
                create < connect,
                "{file}: {db} connects before it is created"
            );
            assert!(sum.parts[i].creates_database);
        }
    }
    // A pre-11 globals-only dump keeps its creation statements in the globals.
    let input = std::fs::read(wild_dir().join("02-pgupgrade-binary-globals-pre11.sql")).unwrap();
    let sum = split(&input, 4096).unwrap();
    assert_eq!(sum.parts.len(), 1);
    let globals = String::from_utf8_lossy(&sum.sink.parts[&0]).into_owned();
    assert_eq!(globals.matches("CREATE DATABASE").count(), 12);
}

#[test]
fn wild_dumps_split_and_reassemble() {
    let dir = wild_dir();
    if !dir.is_dir() {
        panic!(
            "{} is missing: the wild dumps live beside the repository",
            dir.display()
        );
    }
    let mut report = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("sql") {
            continue;
        }
        let input = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let whole = match split(&input, input.len().max(1)) {
            Ok(s) => s,
            Err(e) => {
                report.push(format!("{name}: {e}"));
                continue;
            }
        };
        assert_eq!(rebuild(&whole), input, "{name}: reassembly differs");
        let dbs: Vec<String> = whole.parts[1..]
            .iter()
            .map(|p| String::from_utf8_lossy(p.database.as_ref().unwrap()).into_owned())
            .collect();
        match expected().into_iter().find(|(f, _)| *f == name) {
            Some((_, want)) => assert_eq!(dbs, want, "{name}"),
            None => panic!("{name}: add it to expected() with the databases it has sections for"),
        }
        for size in [1usize, 7, 4096] {
            let s = split(&input, size).unwrap_or_else(|e| panic!("{name} chunk {size}: {e}"));
            assert_eq!(rebuild(&s), input, "{name} chunk {size}");
            assert_eq!(
                s.sink.parts, whole.sink.parts,
                "{name} chunk {size}: parts differ"
            );
        }
        report.push(format!(
            "{name}: {:?} incomplete={:?}",
            dbs, whole.incomplete
        ));
    }
    eprintln!("{}", report.join("\n"));
}
