//! Every real-world pg_dumpall file in the wild corpus (`$PGSEAL_WILD_DUMPS`
//! or ../shared/wild-dumps) splits into the databases that have a section of
//! their own and reassembles byte for byte, whatever the read size. The
//! corpus is not in the repository: without it these tests skip with a note.

mod support;

use pgseal::splitter::{split_in_memory, MemorySink, SplitError, Summary};

fn split(input: &[u8], chunk: usize) -> Result<Summary<MemorySink>, SplitError> {
    split_in_memory(input, chunk)
}

fn rebuild(sum: &Summary<MemorySink>) -> Vec<u8> {
    sum.rebuild().unwrap()
}

/// Wild dumps the splitter is meant to refuse, with a phrase its error must
/// contain. Any other refusal fails the test.
const EXPECTED_REFUSALS: &[(&str, &str)] = &[];

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
    let Some(dir) = support::wild_dumps() else {
        return;
    };
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
        let input = std::fs::read(dir.join(file)).unwrap();
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
    let input = std::fs::read(dir.join("02-pgupgrade-binary-globals-pre11.sql")).unwrap();
    let sum = split(&input, 4096).unwrap();
    assert_eq!(sum.parts.len(), 1);
    let globals = String::from_utf8_lossy(&sum.sink.parts[&0]).into_owned();
    assert_eq!(globals.matches("CREATE DATABASE").count(), 12);
}

#[test]
fn wild_dumps_split_and_reassemble() {
    let Some(dir) = support::wild_dumps() else {
        return;
    };
    let mut seen = Vec::new();
    let mut report = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("sql") {
            continue;
        }
        let input = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        seen.push(name.clone());
        if let Some(line) = check_refusal(&name, &input, EXPECTED_REFUSALS) {
            report.push(line);
            continue;
        }
        report.push(check_split(&name, &input));
    }
    for (file, _) in expected() {
        assert!(
            seen.iter().any(|s| s == file),
            "{file} is missing from {}: the corpus is incomplete",
            dir.display()
        );
    }
    eprintln!("{}", report.join("\n"));
}

/// For a dump listed in `refusals`: checks that every read size refuses it
/// with the listed reason and returns a report line. None for the others.
fn check_refusal(name: &str, input: &[u8], refusals: &[(&str, &str)]) -> Option<String> {
    let (_, reason) = refusals.iter().find(|(f, _)| *f == name)?;
    for size in [input.len().max(1), 1, 7, 4096] {
        match split(input, size) {
            Ok(_) => panic!("{name} chunk {size}: split, but it is listed as refused ({reason})"),
            Err(e) => assert!(
                e.to_string().contains(reason),
                "{name} chunk {size}: refused with {e:?}, expected {reason:?}"
            ),
        }
    }
    Some(format!("{name}: refused as expected ({reason})"))
}

/// Splits `input` whole and in small reads: same parts, byte-exact
/// reassembly, the expected databases. Returns a report line.
fn check_split(name: &str, input: &[u8]) -> String {
    let whole = split(input, input.len().max(1)).unwrap_or_else(|e| {
        panic!(
            "{name}: refused ({e}); if that is right, list it in EXPECTED_REFUSALS with the reason"
        )
    });
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
        let s = split(input, size).unwrap_or_else(|e| panic!("{name} chunk {size}: {e}"));
        assert_eq!(rebuild(&s), input, "{name} chunk {size}");
        assert_eq!(
            s.sink.parts, whole.sink.parts,
            "{name} chunk {size}: parts differ"
        );
    }
    format!("{name}: {dbs:?} incomplete={:?}", whole.incomplete)
}

/// The panic message of `f`, which must panic.
fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
    let err = std::panic::catch_unwind(f).expect_err("did not fail");
    err.downcast_ref::<String>()
        .cloned()
        .or_else(|| err.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// The corpus check itself: a refusal fails unless the dump is listed with
/// the reason the splitter gives, and a listed dump must really be refused.
/// Runs without the corpus, on a committed fixture and a file that is no dump.
#[test]
fn an_unlisted_or_misexplained_refusal_fails() {
    let junk = b"SELECT 1;\n".to_vec();
    let reason = split(&junk, 4096).unwrap_err().to_string();
    assert!(!reason.is_empty());

    let msg = panic_message(|| {
        check_split("junk.sql", &junk);
    });
    assert!(msg.contains("junk.sql: refused"), "{msg}");
    assert!(msg.contains("EXPECTED_REFUSALS"), "{msg}");

    assert_eq!(check_refusal("junk.sql", &junk, &[]), None);
    let listed = [("junk.sql", reason.as_str())];
    let line = check_refusal("junk.sql", &junk, &listed).unwrap();
    assert!(line.contains("refused as expected"), "{line}");

    let wrong = [("junk.sql", "some other reason")];
    let msg = panic_message(|| {
        check_refusal("junk.sql", &junk, &wrong);
    });
    assert!(msg.contains("expected \"some other reason\""), "{msg}");

    let good = std::fs::read(support::fixture("pg15-full.sql")).unwrap();
    let listed = [("pg15-full.sql", "anything")];
    let msg = panic_message(|| {
        check_refusal("pg15-full.sql", &good, &listed);
    });
    assert!(msg.contains("listed as refused"), "{msg}");
}
