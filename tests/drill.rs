//! `pgseal drill`: a good archive passes; a tampered one, and one whose rows
//! were silently lost (it still verifies), fail and say why.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use pgseal::archive::{Archive, Manifest, MANIFEST_FILE};
use pgseal::seal::{load_identities, load_recipients, SealedWriter};
use support::{
    available_majors, bin_path, demo_identity, demo_recipients, fixture, pg_bin, split_demo, text,
};

fn pg15() -> PathBuf {
    pg_bin(15).expect("PostgreSQL 15 is missing: run testdata/pg-install.sh")
}

fn drill(archive: &Path, args: &[&str]) -> Output {
    Command::new(bin_path())
        .arg("drill")
        .arg(archive)
        .arg("-i")
        .arg(demo_identity())
        .arg("--pg-bin")
        .arg(pg15())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn open(dir: &Path) -> Archive {
    Archive::open(dir, load_identities(&[demo_identity()]).unwrap()).unwrap()
}

fn part_of(m: &Manifest, name: &str) -> usize {
    m.parts
        .iter()
        .position(|p| p.name.as_deref() == Some(name))
        .unwrap()
}

/// Stops a cluster left running by `--keep`, even if the test fails.
struct Kept(String);
impl Drop for Kept {
    fn drop(&mut self) {
        let _ = Command::new("sh").arg("-c").arg(&self.0).output();
    }
}

#[test]
fn drill_passes_on_a_good_archive_and_keeps_the_cluster_on_request() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    split_demo(&fixture("pg15-full.sql"), &dir);

    let o = drill(&dir, &["--jobs", "2", "--keep", "--json"]);
    let v: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", text(&o)));
    let _kept = Kept(v["kept"]["stop"].as_str().unwrap().to_string());
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(v["verdict"], "pass", "{v:#}");
    assert!(v["recovery_seconds"].as_f64().unwrap() > 0.0);
    let parts = v["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 15);
    assert_eq!(parts[0]["kind"], "globals");
    let app = parts.iter().find(|p| p["name"] == "app").unwrap();
    assert_eq!(app["tables"], 5);
    assert_eq!(app["connected"], true);
    assert!(app["seconds"].as_f64().unwrap() > 0.0);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("\"tab\\there\""), "no per-part lines: {err}");

    // The kept cluster answers.
    let k = &v["kept"];
    let out = Command::new(pg15().join("psql"))
        .args(["-X", "-At", "-U", "postgres", "-h"])
        .arg(k["socket_dir"].as_str().unwrap())
        .arg("-p")
        .arg(k["port"].to_string())
        .args(["-d", "app", "-c", "SELECT count(*) FROM app.items"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "5",
        "{}",
        text(&out)
    );
}

#[test]
fn drill_fails_on_a_tampered_part() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    split_demo(&fixture("pg15-full.sql"), &dir);
    let file = {
        let a = open(&dir);
        a.manifest.parts[part_of(&a.manifest, "app")].file.clone()
    };
    let path = dir.join(&file);
    let mut bytes = fs::read(&path).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    fs::write(&path, bytes).unwrap();

    let o = drill(&dir, &["--jobs", "2"]);
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("verdict: FAIL"), "{out}");
    assert!(out.contains("restore of \"app\" failed"), "{out}");
    assert!(out.contains(&file) && out.contains("altered"), "{out}");
    // The other databases were restored and checked.
    assert!(out.contains("\"MixedCase\""), "{out}");
}

#[test]
fn drill_catches_rows_lost_in_an_archive_that_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    // B: the same dump with two rows of app.items gone (the dump is not
    // all UTF-8: latin1db's part is Latin-1).
    let full = fs::read(fixture("pg15-full.sql")).unwrap();
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let start = find(&full, b"COPY app.items ").unwrap();
    let from = start + find(&full[start..], b"\n4\t").unwrap() + 1;
    let to = from + find(&full[from..], b"\n\\.\n").unwrap() + 1;
    assert!(full[from..to].starts_with(b"4\t"));
    assert_eq!(full[from..to].iter().filter(|&&c| c == b'\n').count(), 2);
    let mut fewer = full[..from].to_vec();
    fewer.extend_from_slice(&full[to..]);
    let fewer_path = tmp.path().join("fewer.sql");
    fs::write(&fewer_path, fewer).unwrap();

    let a_dir = tmp.path().join("a");
    let b_dir = tmp.path().join("b");
    split_demo(&fixture("pg15-full.sql"), &a_dir);
    split_demo(&fewer_path, &b_dir);

    // A's manifest, with B's part for app: B's hashes and sizes, A's row
    // counts. B's dump is shorter, so the whole-stream hash and the
    // offsets come from B too (the other parts are the same bytes).
    let a = open(&a_dir);
    let b = open(&b_dir);
    let i = part_of(&a.manifest, "app");
    assert_eq!(part_of(&b.manifest, "app"), i);
    let mut m = a.manifest.clone();
    assert_ne!(m.parts[i].tables, b.manifest.parts[i].tables);
    m.parts[i].stats = b.manifest.parts[i].stats.clone();
    m.parts[i].toc = b.manifest.parts[i].toc.clone();
    m.parts[i].frames = b.manifest.parts[i].frames.clone();
    m.input = b.manifest.input.clone();
    for (pa, pb) in m.parts.iter_mut().zip(&b.manifest.parts) {
        pa.segments = pb.segments.clone();
    }
    fs::copy(b_dir.join(&m.parts[i].file), a_dir.join(&m.parts[i].file)).unwrap();
    reseal_manifest(&a_dir, &m);

    let o = Command::new(bin_path())
        .arg("verify")
        .arg(&a_dir)
        .arg("-i")
        .arg(demo_identity())
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "the doctored archive must verify: {}",
        text(&o)
    );

    let o = drill(&a_dir, &["--jobs", "2"]);
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("verdict: FAIL"), "{out}");
    assert!(
        out.contains("table app.items has 3 rows, the manifest counted 5"),
        "{out}"
    );
}

#[test]
fn drill_says_when_no_suitable_postgres_is_there() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    split_demo(&fixture("pg15-full.sql"), &dir);
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let o = Command::new(bin_path())
        .arg("drill")
        .arg(&dir)
        .arg("-i")
        .arg(demo_identity())
        .arg("--pg-bin")
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("has no initdb, pg_ctl, postgres, psql"),
        "{}",
        text(&o)
    );

    for newer in available_majors().into_iter().filter(|&m| m > 15) {
        let d = tmp.path().join(format!("n{newer}"));
        split_demo(&fixture(&format!("pg{newer}-full.sql")), &d);
        let o = drill(&d, &[]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains(&format!("PostgreSQL {newer} or newer")) && err.contains("older"),
            "{err}"
        );
    }
}

#[test]
fn drill_passes_on_a_clean_dump() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    split_demo(&fixture("pg15-clean.sql"), &dir);
    let o = drill(&dir, &["--jobs", "2"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("verdict: PASS"));
}

/// `--rows-per-insert` packs several rows in one INSERT: the manifest must
/// count rows, not statements, or the drill would fail a good backup.
#[test]
fn drill_counts_rows_of_multi_row_inserts() {
    let tmp = tempfile::tempdir().unwrap();
    let source = support::Cluster::start(15);
    assert!(source
        .restore_dumpall(&support::fixture("pg15-full.sql"))
        .is_empty());
    let dump = tmp.path().join("multi.sql");
    fs::write(&dump, source.pg_dumpall(&["--rows-per-insert=4"])).unwrap();
    let archive = tmp.path().join("a");
    split_demo(&dump, &archive);
    let m = open(&archive).manifest;
    let app = &m.parts[part_of(&m, "app")];
    let decoys = app
        .tables
        .iter()
        .find(|t| t.table == "app.decoy_lines")
        .unwrap();
    assert_eq!(decoys.rows, 19, "rows of app.decoy_lines");
    let o = drill(&archive, &[]);
    assert!(o.status.success(), "{}", text(&o));
}

/// The manifest `m`, sealed to the demo key in place of `dir`'s.
fn reseal_manifest(dir: &Path, m: &Manifest) {
    let recipients = load_recipients(&[], &[demo_recipients()]).unwrap();
    let file = fs::File::create(dir.join(MANIFEST_FILE)).unwrap();
    let mut w = SealedWriter::create(file, &recipients, 3, 1).unwrap();
    std::io::Write::write_all(&mut w, &serde_json::to_vec_pretty(&m).unwrap()).unwrap();
    w.finish().unwrap();
}

const MANY_DB: &str = "schema'heavy ✓";
const MANY_TABLES: usize = 4000;
const HOSTILE_SCHEMA: &str = "ten\tant \"one\" \\ ✓";

/// A quoted SQL identifier.
fn ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Table names psql, SQL literals or a line-based reader could trip on.
const HOSTILE_TABLES: &[&str] = &[
    "tab\there",
    "new\nline",
    "it's",
    "back\\slash",
    "semi;colon",
    ":var",
    "\\! touch /tmp/pgseal-drill-pwned",
    "ünïcødé ✓",
    "\"dq\"",
    "'); SELECT '0:0",
    "a.b",
    "MiXeD",
];

/// A database of `MANY_TABLES` plain tables (every 500th with rows), the
/// hostile names with `i` rows each, a partitioned table and an
/// inheritance parent whose child holds rows too.
fn schema_heavy_database(c: &support::Cluster) {
    c.sql("postgres", &format!("CREATE DATABASE \"{MANY_DB}\""));
    for start in (1..=MANY_TABLES).step_by(500) {
        c.sql(
            MANY_DB,
            &format!(
                "DO $$ BEGIN FOR i IN {start}..{} LOOP \
                 EXECUTE format('CREATE TABLE public.%I (id int)', 't' || i); \
                 IF i % 500 = 0 THEN \
                 EXECUTE format('INSERT INTO public.%I SELECT generate_series(1, %s)', 't' || i, i / 500); \
                 END IF; END LOOP; END $$",
                start + 499
            ),
        );
    }
    let lit = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let names: Vec<String> = HOSTILE_TABLES.iter().map(|t| lit(t)).collect();
    let schema = ident(HOSTILE_SCHEMA);
    // A name the dump writes in LATIN1 bytes, not UTF-8 ("café", spelt in
    // ASCII since psql talks LATIN1 to this database).
    c.sql(
        "postgres",
        "CREATE DATABASE lat1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0",
    );
    c.sql(
        "lat1",
        r#"CREATE TABLE public.U&"caf\00e9" (id int); INSERT INTO public.U&"caf\00e9" VALUES (1), (2);"#,
    );
    c.sql(
        MANY_DB,
        &format!(
            "CREATE SCHEMA {schema}; \
             DO $$ DECLARE n text; i int := 0; BEGIN FOREACH n IN ARRAY ARRAY[{names}] LOOP \
             i := i + 1; \
             EXECUTE format('CREATE TABLE %I.%I (id int, note text)', {sl}, n); \
             EXECUTE format('INSERT INTO %I.%I SELECT g, %L FROM generate_series(1, %s) g', {sl}, n, n, i); \
             END LOOP; END $$; \
             CREATE TABLE public.parted (id int) PARTITION BY RANGE (id); \
             CREATE TABLE public.parted_1 PARTITION OF public.parted FOR VALUES FROM (0) TO (100); \
             INSERT INTO public.parted SELECT generate_series(1, 10); \
             CREATE TABLE public.parent (id int); \
             CREATE TABLE public.child () INHERITS (public.parent); \
             INSERT INTO public.parent VALUES (1); INSERT INTO public.child VALUES (2), (3);",
            names = names.join(", "),
            sl = lit(HOSTILE_SCHEMA),
        ),
    );
}

/// A database of thousands of tables (the schema-per-tenant shape) with
/// hostile names: every table is counted, with no SQL in psql's argv.
#[test]
fn drill_counts_thousands_of_tables_with_hostile_names() {
    let tmp = tempfile::tempdir().unwrap();
    let source = support::Cluster::start(15);
    schema_heavy_database(&source);
    let dump = tmp.path().join("many.sql");
    fs::write(&dump, source.pg_dumpall(&[])).unwrap();
    drop(source);
    let dir = tmp.path().join("a");
    split_demo(&dump, &dir);
    let m = open(&dir).manifest;
    let i = part_of(&m, MANY_DB);
    let tables = &m.parts[i].tables;
    let rows: u64 = tables.iter().map(|t| t.rows).sum();
    // 4000 plain tables, the hostile ones, parted_1, parent, child.
    assert_eq!(tables.len(), MANY_TABLES + HOSTILE_TABLES.len() + 3);
    assert_eq!(rows, 36 + 78 + 10 + 3);

    let o = drill(&dir, &["--jobs", "2", "--json"]);
    let v: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", text(&o)));
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(v["verdict"], "pass", "{v:#}");
    let part = v["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == MANY_DB)
        .unwrap();
    assert_eq!(part["tables"], tables.len(), "{part:#}");
    assert_eq!(part["rows"], rows, "{part:#}");
    assert_eq!(part["check_error"], serde_json::Value::Null, "{part:#}");
    let lat1 = v["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "lat1")
        .unwrap();
    assert_eq!((&lat1["tables"], &lat1["rows"]), (&1.into(), &2.into()));
    assert!(!Path::new("/tmp/pgseal-drill-pwned").exists());
}

/// A table that cannot be counted is named with its database, and the
/// tables after it are still counted.
#[test]
fn drill_names_each_table_it_cannot_count() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    split_demo(&fixture("pg15-full.sql"), &dir);
    let mut m = open(&dir).manifest;
    let i = part_of(&m, "app");
    let tables = &mut m.parts[i].tables;
    assert_eq!(tables[0].table, "app.big");
    tables[0].table = "app.\"gone ✓\"".into();
    let semi = "app.\"semi;colon\"\"quote\"";
    let t = tables.iter_mut().find(|t| t.table == semi).unwrap();
    t.rows += 1;
    let expected = t.rows;
    reseal_manifest(&dir, &m);

    let o = drill(&dir, &["--jobs", "2", "--json"]);
    assert_eq!(o.status.code(), Some(6), "{}", text(&o));
    let v: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", text(&o)));
    let reasons: Vec<&str> = v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(
        reasons[0].starts_with(
            "database \"app\": cannot count the rows of table app.\"gone ✓\": \
             ERROR:  relation \"app.gone ✓\" does not exist"
        ),
        "{reasons:#?}"
    );
    assert_eq!(
        reasons[1],
        format!(
            "database \"app\": table {semi} has {} rows, the manifest counted {expected} in the dump",
            expected - 1
        ),
        "{reasons:#?}"
    );
    assert_eq!(reasons.len(), 2, "{reasons:#?}");
}
