//! `--no-role-passwords` removes the password clauses of role statements
//! and nothing else: checked by diffing real dumps against their redacted
//! archives, restoring the redacted streams with psql, and comparing the
//! offsets of refusals with and without the flag.

mod support;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use support::{bin_path, demo_identity, demo_recipients, fixture, Cluster};

fn text(o: &Output) -> String {
    format!(
        "status {}\nstderr:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    )
}

/// `pgseal split INPUT -o DIR -R demo [EXTRA...]`; stdin from `stdin` if given.
fn split<S: AsRef<OsStr>>(input: &Path, dir: &Path, extra: &[S], stdin: Option<&Path>) -> Output {
    let mut c = Command::new(bin_path());
    c.arg("split");
    match stdin {
        Some(f) => c.arg("-").stdin(fs::File::open(f).unwrap()),
        None => c.arg(input).stdin(Stdio::null()),
    };
    c.arg("-o")
        .arg(dir)
        .arg("-R")
        .arg(demo_recipients())
        .args(extra)
        .output()
        .unwrap()
}

fn cat_all(dir: &Path) -> Vec<u8> {
    let o = Command::new(bin_path())
        .arg("cat")
        .arg(dir)
        .arg("-i")
        .arg(demo_identity())
        .arg("--all")
        .output()
        .unwrap();
    assert!(o.status.success(), "cat --all: {}", text(&o));
    o.stdout
}

/// The dump as `split --no-role-passwords` then `cat --all` gives it back.
fn redacted(dump: &Path, tmp: &Path) -> Vec<u8> {
    let dir = tmp.join("redacted");
    let o = split(dump, &dir, &["--no-role-passwords"], None);
    assert!(o.status.success(), "split {}: {}", dump.display(), text(&o));
    let out = cat_all(&dir);
    fs::remove_dir_all(&dir).unwrap();
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Is this line a role statement (not a user mapping)?
fn is_role_line(line: &[u8]) -> bool {
    let l = String::from_utf8_lossy(line).to_ascii_uppercase();
    let mut words = l.split_whitespace();
    let (a, b, c) = (words.next(), words.next(), words.next());
    matches!(a, Some("CREATE" | "ALTER"))
        && matches!(b, Some("ROLE" | "USER" | "GROUP"))
        && !(b == Some("USER") && c == Some("MAPPING"))
}

/// `line` without its `[ENCRYPTED] PASSWORD '...'` clauses and the space
/// before each, as the test reads pg_dumpall's one-line role statements.
fn without_password_clauses(line: &[u8]) -> (Vec<u8>, usize) {
    let mut out = line.to_vec();
    let mut n = 0;
    while let Some(at) = find(&out.to_ascii_uppercase(), b" PASSWORD '") {
        let mut from = at;
        if out[..at].to_ascii_uppercase().ends_with(b" ENCRYPTED") {
            from -= b" ENCRYPTED".len();
        }
        let value = at + b" PASSWORD '".len();
        let close = value + out[value..].iter().position(|&c| c == b'\'').unwrap();
        out.drain(from..=close);
        n += 1;
    }
    (out, n)
}

/// The redacted stream differs from the input only by removed password
/// clauses of role statements: same lines, and each changed line is its
/// input line minus those clauses. Returns how many were removed.
fn assert_only_password_clauses_removed(input: &[u8], output: &[u8], what: &str) -> usize {
    let a: Vec<&[u8]> = input.split(|&c| c == b'\n').collect();
    let b: Vec<&[u8]> = output.split(|&c| c == b'\n').collect();
    assert_eq!(a.len(), b.len(), "{what}: lines were added or removed");
    let mut removed = 0;
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        if x == y {
            continue;
        }
        assert!(
            is_role_line(x),
            "{what}: line {} changed but is no role statement",
            i + 1
        );
        let (expected, n) = without_password_clauses(x);
        assert!(
            n > 0 && expected == *y,
            "{what}: line {} changed in more than its password clause:\n{}",
            i + 1,
            String::from_utf8_lossy(y)
        );
        removed += n;
    }
    removed
}

/// No SCRAM or md5 password hash is left.
fn assert_no_hash(output: &[u8], what: &str) {
    assert!(
        find(output, b"SCRAM-SHA-256$").is_none(),
        "{what}: a SCRAM hash survived"
    );
    let md5 = output.windows(36).any(|w| {
        w[0] == b'\''
            && &w[1..4] == b"md5"
            && w[4..]
                .iter()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    });
    assert!(!md5, "{what}: an md5 hash survived");
}

fn has_hash(dump: &[u8]) -> bool {
    find(dump, b"PASSWORD 'SCRAM-SHA-256$").is_some() || find(dump, b"PASSWORD 'md5").is_some()
}

/// psql's error lines without the file name (the line numbers stay).
fn errors_of(c: &Cluster, file: &Path) -> Vec<String> {
    c.restore_dumpall(file)
        .into_iter()
        .map(|l| {
            l.rsplit_once(".sql:")
                .map_or(l.clone(), |(_, t)| t.to_string())
        })
        .collect()
}

/// The redacted stream restores into a fresh cluster exactly as well as
/// the input does: cleanly, or (data-only, `--clean` without `IF
/// EXISTS`) with the very same errors at the same lines.
fn assert_restores_like_the_input(major: u32, input: &Path, redacted: &Path, what: &str) {
    let errors = errors_of(&Cluster::start(major), redacted);
    if errors.is_empty() {
        return;
    }
    let expected = errors_of(&Cluster::start(major), input);
    assert_eq!(
        errors, expected,
        "{what}: the redacted stream restores differently"
    );
}

#[test]
fn fixtures_lose_only_their_password_clauses_and_restore_as_before() {
    let tmp = tempfile::tempdir().unwrap();
    let mut paths: Vec<PathBuf> = fs::read_dir(support::repo_root().join("testdata/dumps"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 20);
    let mut with_hashes = 0;
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let input = fs::read(path).unwrap();
        let output = redacted(path, tmp.path());
        let removed = assert_only_password_clauses_removed(&input, &output, &name);
        assert_no_hash(&output, &name);
        if has_hash(&input) {
            assert!(removed > 0, "{name}: nothing removed");
            with_hashes += 1;
        }
        let major: u32 = name[2..4].parse().unwrap();
        if support::pg_bin(major).is_none() {
            continue;
        }
        let file = tmp.path().join(&name);
        fs::write(&file, &output).unwrap();
        assert_restores_like_the_input(major, path, &file, &name);
    }
    assert!(with_hashes >= 15, "only {with_hashes} fixtures hold hashes");
}

#[test]
fn wild_dumps_lose_only_their_password_clauses() {
    let dir = support::repo_root().join("../shared/wild-dumps");
    let Ok(entries) = fs::read_dir(&dir) else {
        eprintln!("no wild dumps at {}", dir.display());
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut removed = 0;
    for path in entries.map(|e| e.unwrap().path()) {
        if path.extension().is_none_or(|e| e != "sql") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let input = fs::read(&path).unwrap();
        let output = redacted(&path, tmp.path());
        removed += assert_only_password_clauses_removed(&input, &output, &name);
        assert_no_hash(&output, &name);
    }
    assert!(removed > 0, "no wild dump held a password");
}

/// A PostgreSQL 15 cluster with postgres_fdw user mappings that hold
/// passwords, roles with SCRAM and md5 passwords, and decoys in data.
fn fdw_cluster() -> Cluster {
    let c = Cluster::start(15);
    c.sql(
        "postgres",
        "CREATE ROLE bob LOGIN PASSWORD 'bob-secret' VALID UNTIL 'infinity'",
    );
    c.sql(
        "postgres",
        "SET password_encryption = 'md5'; CREATE ROLE carol CREATEDB LOGIN PASSWORD 'carol-secret'",
    );
    c.sql(
        "postgres",
        "CREATE ROLE \"Mapping User\" PASSWORD 'x'; CREATE ROLE mapping LOGIN PASSWORD 'y'",
    );
    c.sql("postgres", "CREATE DATABASE app OWNER bob");
    for q in [
        "CREATE EXTENSION postgres_fdw",
        "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'localhost', dbname 'app')",
        "CREATE USER MAPPING FOR bob SERVER s OPTIONS (user 'bob', password 'secret')",
        "CREATE USER MAPPING FOR mapping SERVER s OPTIONS (password 'for-mapping')",
        "CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (password_required 'false')",
        "CREATE TABLE notes (t text)",
        "INSERT INTO notes VALUES ('ALTER ROLE bob PASSWORD ''in data'';')",
        "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$SELECT 'CREATE ROLE x PASSWORD ''y'''$$",
        "COMMENT ON TABLE notes IS 'ALTER USER carol WITH PASSWORD ''in a comment''' ",
    ] {
        c.sql("app", q);
    }
    c
}

fn mapping_options(c: &Cluster) -> String {
    c.sql(
        "app",
        "SELECT string_agg(usename || ':' || array_to_string(ARRAY(SELECT unnest(umoptions) \
         ORDER BY 1), ','), ' ' ORDER BY usename) FROM pg_user_mappings",
    )
}

const MAPPINGS: &str = "bob:password=secret,user=bob mapping:password=for-mapping \
                        public:password_required=false";

fn stored_passwords(c: &Cluster) -> String {
    c.sql(
        "postgres",
        "SELECT count(*) FROM pg_authid WHERE rolpassword IS NOT NULL",
    )
}

#[test]
fn user_mappings_survive_and_the_redacted_dump_restores_with_on_error_stop() {
    let tmp = tempfile::tempdir().unwrap();
    let src = fdw_cluster();
    assert_eq!(mapping_options(&src), MAPPINGS);
    let plain = tmp.path().join("fdw.sql");
    let clean = tmp.path().join("fdw-clean.sql");
    fs::write(&plain, src.pg_dumpall(&[])).unwrap();
    fs::write(&clean, src.pg_dumpall(&["--clean"])).unwrap();

    let mut outputs = Vec::new();
    for path in [&plain, &clean] {
        let what = path.file_name().unwrap().to_string_lossy().into_owned();
        let input = fs::read(path).unwrap();
        assert!(
            find(&input, b"PASSWORD 'md5").is_some(),
            "{what}: no md5 hash"
        );
        assert!(
            find(&input, b"password 'secret'").is_some(),
            "{what}: no mapping"
        );
        let output = redacted(path, tmp.path());
        assert_eq!(
            assert_only_password_clauses_removed(&input, &output, &what),
            4,
            "{what}"
        );
        assert_no_hash(&output, &what);
        let file = tmp.path().join(format!("redacted-{what}"));
        fs::write(&file, &output).unwrap();
        outputs.push(file);
    }

    // A target whose bootstrap superuser is not `postgres`, so every
    // statement of the dump, `CREATE ROLE postgres` included, must succeed.
    let target = Cluster::start_as(15, "admin");
    let o = target.psql_file(&outputs[0], "postgres");
    assert!(o.status.success(), "restore: {}", text(&o));
    assert_eq!(mapping_options(&target), MAPPINGS);
    assert_eq!(stored_passwords(&target), "0");
    // The --clean dump on top of it: its DROP ROLE lines run as written.
    let o = target.psql_file(&outputs[1], "postgres");
    assert!(o.status.success(), "restore --clean dump: {}", text(&o));
    assert_eq!(mapping_options(&target), MAPPINGS);
    assert_eq!(stored_passwords(&target), "0");
    assert_eq!(
        target.sql("app", "SELECT t FROM notes"),
        "ALTER ROLE bob PASSWORD 'in data';"
    );
}

#[test]
fn restore_without_role_passwords_keeps_user_mappings() {
    let tmp = tempfile::tempdir().unwrap();
    let src = fdw_cluster();
    let dump = tmp.path().join("fdw.sql");
    fs::write(&dump, src.pg_dumpall(&[])).unwrap();
    let dir = tmp.path().join("archive");
    let o = split(&dump, &dir, &[] as &[&str], None);
    assert!(o.status.success(), "split: {}", text(&o));

    let target = Cluster::start(15);
    let o = target
        .command(bin_path())
        .arg("restore")
        .arg(&dir)
        .arg("-i")
        .arg(demo_identity())
        .arg("--no-role-passwords")
        .output()
        .unwrap();
    assert!(o.status.success(), "restore: {}", text(&o));
    assert_eq!(mapping_options(&target), MAPPINGS);
    assert_eq!(stored_passwords(&target), "0");
    assert_eq!(
        target.sql(
            "postgres",
            "SELECT rolcreatedb::text || rolcanlogin::text FROM pg_roles WHERE rolname = 'carol'"
        ),
        "truetrue"
    );
}

/// `at byte N (line L)` from a refusal.
fn offset_and_line(stderr: &str) -> (u64, Option<u64>) {
    let at = stderr.find("at byte ").expect(stderr) + "at byte ".len();
    let digits: String = stderr[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let line = stderr[at..]
        .strip_prefix(&format!("{digits} (line "))
        .map(|r| {
            r.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap()
        });
    (digits.parse().unwrap(), line)
}

#[test]
fn refusals_give_the_inputs_offset_and_line_with_the_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = fs::read(fixture("pg15-full.sql")).unwrap();
    let hash = find(&dump, b"PASSWORD 'SCRAM").unwrap();
    // After the role statements: a \connect psql runs only if a condition holds.
    let at = find(&dump[hash..], b"\n\n").unwrap() + hash + 2;
    let mut input = dump[..at].to_vec();
    input.extend_from_slice(b"\\if true\n\\connect app\n\\endif\n");
    input.extend_from_slice(&dump[at..]);
    let file = tmp.path().join("if-connect.sql");
    fs::write(&file, &input).unwrap();
    let connect = find(&input, b"\\connect app\n\\endif").unwrap() as u64;
    let line = 1 + input[..connect as usize]
        .iter()
        .filter(|&&c| c == b'\n')
        .count() as u64;

    let mut seen = Vec::new();
    for (flag, stdin) in [(false, false), (true, false), (false, true), (true, true)] {
        let extra: &[&str] = if flag { &["--no-role-passwords"] } else { &[] };
        let dir = tmp.path().join(format!("a-{flag}-{stdin}"));
        let o = split(&file, &dir, extra, stdin.then_some(file.as_path()));
        assert_eq!(o.status.code(), Some(3), "{}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        let (offset, l) = offset_and_line(&err);
        assert!(!dir.exists());
        seen.push((flag, stdin, offset, l));
    }
    for &(flag, stdin, offset, l) in &seen {
        let what = format!("--no-role-passwords {flag}, stdin {stdin}");
        assert_eq!(offset, connect, "{what}: {seen:?}");
        assert_eq!(l, (!stdin).then_some(line), "{what}: {seen:?}");
    }
}

/// A stream cut short after the role passwords: the INCOMPLETE message
/// names the same input offsets with and without the flag.
#[test]
fn incomplete_messages_give_the_inputs_offsets_with_the_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = fs::read(fixture("pg15-full.sql")).unwrap();
    let copy = find(&dump, b"COPY ").expect("the fixture has COPY blocks");
    let nl = copy + find(&dump[copy..], b"\n").unwrap() + 1;
    let file = tmp.path().join("cut.sql");
    fs::write(&file, &dump[..nl + 5]).unwrap();
    let mut reasons = Vec::new();
    for flag in [false, true] {
        let extra: &[&str] = if flag { &["--no-role-passwords"] } else { &[] };
        let dir = tmp.path().join(format!("a-{flag}"));
        let o = split(&file, &dir, extra, None);
        assert_eq!(o.status.code(), Some(4), "{}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        let reason = err
            .lines()
            .find(|l| l.contains("INCOMPLETE"))
            .unwrap()
            .to_string();
        assert!(reason.contains(&format!("at byte {}", nl + 5)), "{reason}");
        assert!(reason.contains(&format!("began at byte {nl}")), "{reason}");
        reasons.push(reason);
    }
    assert_eq!(reasons[0], reasons[1]);
}

#[test]
fn a_role_statement_the_tokenizer_cannot_read_is_refused_not_passed_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = fs::read(fixture("pg15-globals-only.sql")).unwrap();
    let at = find(&dump, b"CREATE ROLE").unwrap();
    let mut input = dump[..at].to_vec();
    // psql sends it (the server then rejects the escape); sqlparser cannot read it.
    let bad = b"ALTER ROLE postgres PASSWORD U&'\\zz secret';\n";
    input.extend_from_slice(bad);
    input.extend_from_slice(&dump[at..]);
    let file = tmp.path().join("bad.sql");
    fs::write(&file, &input).unwrap();
    let line = 1 + input[..at].iter().filter(|&&c| c == b'\n').count() as u64;
    let dir = tmp.path().join("a");
    let o = split(&file, &dir, &["--no-role-passwords"], None);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(offset_and_line(&err), (at as u64, Some(line)), "{err}");
    assert!(err.contains("split without --no-role-passwords"), "{err}");
    assert!(!err.contains("secret"), "{err}");
    assert!(!dir.exists());
    // Without the flag the statement is just passed on.
    let o = split(&file, &dir, &[] as &[&str], None);
    assert!(o.status.success(), "{}", text(&o));
}
