//! Archives in S3: `split -o s3://…` and every reader, against a real
//! Garage server, checked with an S3 client that shares no code with pgseal
//! (curl) and with the stock `age` and `zstd`.

mod support;

use std::ffi::OsStr;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use support::garage::Garage;
use support::{
    bin_path, demo_identity, demo_recipients, fixture, normalize_dumpall, text, Cluster,
};

/// `pgseal ARGS` with the server's credentials and endpoint.
fn pgseal_s3<S: AsRef<OsStr>>(g: &Garage, args: &[S]) -> Output {
    command(g).args(args).stdin(Stdio::null()).output().unwrap()
}

fn command(g: &Garage) -> Command {
    let mut c = Command::new(bin_path());
    c.envs(g.env()).env("PGSEAL_S3_RETRY_SECONDS", "2");
    c
}

fn split_to(g: &Garage, dump: &Path, url: &str) -> Output {
    split_with(g, dump, url, &[])
}

fn split_with(g: &Garage, dump: &Path, url: &str, more: &[&str]) -> Output {
    let r = demo_recipients();
    let mut args = vec![
        OsStr::new("split"),
        dump.as_os_str(),
        "-o".as_ref(),
        url.as_ref(),
        "-R".as_ref(),
        r.as_os_str(),
    ];
    args.extend(more.iter().map(OsStr::new));
    pgseal_s3(g, &args)
}

fn with_key<'a>(args: &'a [&'a str], key: &'a Path) -> Vec<&'a OsStr> {
    let mut v: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    v.extend([OsStr::new("-i"), key.as_os_str()]);
    v
}

/// `age -d -i KEY | zstd -d` of `sealed`.
fn stock_open(sealed: &[u8]) -> Vec<u8> {
    let mut age = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(demo_identity())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = age.stdin.take().unwrap();
    let sealed = sealed.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&sealed));
    let zstd = Command::new("zstd")
        .args(["-d", "-c"])
        .stdin(age.stdout.take().unwrap())
        .output()
        .unwrap();
    feeder.join().unwrap().unwrap();
    assert!(age.wait().unwrap().success() && zstd.status.success());
    zstd.stdout
}

fn names(g: &Garage, prefix: &str) -> Vec<String> {
    g.list(&format!("{prefix}/"))
        .into_iter()
        .map(|(k, _)| k.trim_start_matches(&format!("{prefix}/")).to_string())
        .collect()
}

#[test]
fn an_archive_in_s3_reads_like_one_on_disk() {
    let Some(g) = Garage::start() else { return };
    let dump = fixture("pg16-toc.sql");
    let url = g.url("nightly/one");
    let o = split_to(&g, &dump, &url);
    assert!(o.status.success(), "split: {}", text(&o));
    assert!(g.multipart_uploads("").is_empty(), "uploads left behind");

    let key = demo_identity();
    let o = pgseal_s3(&g, &with_key(&["verify", &url], &key));
    assert!(o.status.success(), "verify: {}", text(&o));
    let o = pgseal_s3(&g, &with_key(&["cat", "--all", &url], &key));
    assert!(o.status.success(), "cat --all: {}", text(&o));
    assert!(
        o.stdout == std::fs::read(&dump).unwrap(),
        "cat --all differs from the dump"
    );
    let o = pgseal_s3(&g, &with_key(&["list", &url], &key));
    assert!(
        o.status.success() && String::from_utf8_lossy(&o.stdout).contains("toc"),
        "{}",
        text(&o)
    );

    // Every object is what the stock tools open, fetched by another client.
    let files = names(&g, "nightly/one");
    assert!(
        files.contains(&"manifest.json.zst.age".to_string()),
        "{files:?}"
    );
    for (i, db) in ["template1", "postgres", "toc", "toc_small"]
        .iter()
        .enumerate()
    {
        let sealed = g
            .get(&format!("nightly/one/db-{:04}.sql.zst.age", i + 1))
            .unwrap();
        let o = pgseal_s3(&g, &with_key(&["cat", "--db", db, &url], &key));
        assert!(o.status.success(), "cat --db {db}: {}", text(&o));
        assert!(
            stock_open(&sealed) == o.stdout,
            "{db}: age -d | zstd -d differs"
        );
    }
    let manifest = stock_open(&g.get("nightly/one/manifest.json.zst.age").unwrap());
    assert!(
        manifest.starts_with(b"{"),
        "the manifest is JSON under age and zstd"
    );
}

/// A dump with a database part of about `mib` MiB of incompressible rows,
/// so its part goes up as a multipart upload of several parts.
fn big_dump(dir: &Path, mib: usize) -> std::path::PathBuf {
    let src = std::fs::read(fixture("pg16-toc.sql")).unwrap();
    let marker = b"COPY public.notes (id, body, written) FROM stdin;\n";
    let at = src.windows(marker.len()).position(|w| w == marker).unwrap() + marker.len();
    let mut out = src[..at].to_vec();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut id = 1_000_000u64;
    while out.len() < at + (mib << 20) {
        let mut row = format!("{id}\t");
        for _ in 0..64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            row.push_str(&format!("{x:016x}"));
        }
        row.push_str("\t2020-01-01 00:00:00+00\n");
        out.extend_from_slice(row.as_bytes());
        id += 1;
    }
    out.extend_from_slice(&src[at..]);
    let path = dir.join("big.sql");
    std::fs::write(&path, out).unwrap();
    path
}

#[test]
fn a_large_part_goes_up_in_parts_and_restores_into_postgres() {
    let Some(g) = Garage::start() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let dump = big_dump(tmp.path(), 40);
    let url = g.url("big");
    let o = split_to(&g, &dump, &url);
    assert!(o.status.success(), "split: {}", text(&o));
    assert!(g.multipart_uploads("").is_empty(), "uploads left behind");
    let sealed = g.get("big/db-0004.sql.zst.age").unwrap();
    assert!(
        sealed.len() > 16 << 20,
        "the part is larger than two upload parts"
    );
    let key = demo_identity();
    let o = pgseal_s3(&g, &with_key(&["cat", "--all", &url], &key));
    assert!(
        o.stdout == std::fs::read(&dump).unwrap(),
        "cat --all differs: {}",
        text(&o)
    );

    let Some(_) = support::pg_major(16) else {
        return;
    };
    let whole = Cluster::start(16);
    assert!(whole.restore_dumpall(&dump).is_empty());
    let want = normalize_dumpall(&whole.pg_dumpall(&[]));
    drop(whole);
    let c = Cluster::start(16);
    let o = c
        .command(bin_path())
        .envs(g.env())
        .args(["restore", &url, "--jobs", "2", "-i"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(o.status.success(), "restore from S3: {}", text(&o));
    assert!(
        normalize_dumpall(&c.pg_dumpall(&[])) == want,
        "the restored cluster differs from psql -f's"
    );
}

#[test]
fn wrong_credentials_and_a_missing_bucket_are_named() {
    let Some(g) = Garage::start() else { return };
    let dump = fixture("pg16-toc.sql");
    let r = demo_recipients();
    let o = command(&g)
        .env("AWS_SECRET_ACCESS_KEY", "not-the-secret")
        .args(["split", "-o", &g.url("x"), "-R"])
        .arg(&r)
        .arg(&dump)
        .output()
        .unwrap();
    let err = support::stderr_of(&o);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(err.contains("access denied"), "{err}");
    assert!(
        !err.contains("not-the-secret") && !err.contains(g.secret()),
        "a secret in: {err}"
    );
    assert!(g.list("").is_empty(), "nothing is written");

    let o = split_to(&g, &dump, "s3://no-such-bucket/x");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        support::stderr_of(&o).contains("no such bucket"),
        "{}",
        text(&o)
    );

    let o = split_to(&g, &dump, &g.url("ok"));
    assert!(o.status.success(), "{}", text(&o));
    let key = demo_identity();
    let o = command(&g)
        .env("AWS_ACCESS_KEY_ID", "GK0000000000000000000000")
        .args(["verify", &g.url("ok"), "-i"])
        .arg(&key)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        support::stderr_of(&o).contains("access denied"),
        "{}",
        text(&o)
    );
}

#[test]
fn a_part_deleted_or_altered_in_the_bucket_is_damage() {
    let Some(g) = Garage::start() else { return };
    let dump = fixture("pg16-toc.sql");
    let key = demo_identity();
    for (case, prefix) in [("deleted", "d"), ("altered", "a"), ("replaced", "r")] {
        let url = g.url(prefix);
        assert!(split_to(&g, &dump, &url).status.success());
        let part = format!("{prefix}/db-0003.sql.zst.age");
        match case {
            "deleted" => g.delete(&part),
            "altered" => {
                let mut b = g.get(&part).unwrap();
                let mid = b.len() / 2;
                b[mid] ^= 1;
                g.put(&part, &b);
            }
            _ => g.put(
                &part,
                &g.get(&format!("{prefix}/db-0002.sql.zst.age")).unwrap(),
            ),
        }
        for cmd in [&["verify", &url][..], &["cat", "--db", "toc", &url]] {
            let o = pgseal_s3(&g, &with_key(cmd, &key));
            assert_eq!(o.status.code(), Some(5), "{case}, {cmd:?}: {}", text(&o));
            assert!(
                o.stdout.is_empty(),
                "{case}: no plaintext from a damaged part"
            );
            assert!(
                support::stderr_of(&o).contains("db-0003"),
                "{case}: {}",
                text(&o)
            );
        }
    }
}

/// Starts `split - -o URL`, writes the first `head` bytes of `dump`, and
/// waits until a multipart upload is under way.
fn split_half_written(g: &Garage, dump: &[u8], url: &str, head: usize) -> Child {
    let mut child = command(g)
        .args(["split", "-", "-o", url, "-R"])
        .arg(demo_recipients())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(&dump[..head])
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while g.multipart_uploads("").is_empty() {
        assert!(Instant::now() < deadline, "no multipart upload started");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

fn finish(mut child: Child, rest: &[u8]) -> Output {
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(rest);
    }
    child.wait_with_output().unwrap()
}

#[test]
fn an_interrupted_split_leaves_nothing_in_the_bucket() {
    let Some(g) = Garage::start() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let dump = std::fs::read(big_dump(tmp.path(), 40)).unwrap();
    let child = split_half_written(&g, &dump, &g.url("int"), 30 << 20);
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap()
        .success());
    let o = finish(child, &[]);
    assert_eq!(o.status.code(), Some(130), "{}", text(&o));
    assert!(
        support::stderr_of(&o).contains("removed the unfinished archive at s3://"),
        "{}",
        text(&o)
    );
    assert!(
        g.list("int/").is_empty(),
        "objects left: {:?}",
        g.list("int/")
    );
    assert!(
        g.multipart_uploads("").is_empty(),
        "uploads left: {:?}",
        g.multipart_uploads("")
    );
}

#[test]
fn a_killed_split_leaves_no_archive_and_force_replaces_its_debris() {
    let Some(g) = Garage::start() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let path = big_dump(tmp.path(), 40);
    let dump = std::fs::read(&path).unwrap();
    let url = g.url("killed");
    let mut child = split_half_written(&g, &dump, &url, 30 << 20);
    child.kill().unwrap();
    let _ = child.wait();
    assert!(!g.list("killed/").is_empty(), "finished parts stay");
    let key = demo_identity();
    for cmd in [&["verify", &url][..], &["list", &url]] {
        let o = pgseal_s3(&g, &with_key(cmd, &key));
        assert_ne!(o.status.code(), Some(0), "{cmd:?}: {}", text(&o));
        assert!(
            support::stderr_of(&o).contains("not a pgseal archive"),
            "{}",
            text(&o)
        );
    }
    let o = split_to(&g, &path, &url);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        support::stderr_of(&o).contains("unfinished archive"),
        "{}",
        text(&o)
    );
    let o = split_with(&g, &path, &url, &["--force"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = pgseal_s3(&g, &with_key(&["verify", &url], &key));
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn a_server_stopped_mid_upload_fails_the_split_and_no_archive_verifies() {
    let Some(mut g) = Garage::start() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let dump = std::fs::read(big_dump(tmp.path(), 40)).unwrap();
    let url = g.url("stopped");
    let child = split_half_written(&g, &dump, &url, 30 << 20);
    g.stop();
    let o = finish(child, &dump[30 << 20..]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = support::stderr_of(&o);
    assert!(err.contains("cannot be reached"), "{}", text(&o));
    assert!(
        err.contains("could not take back") && err.contains("multipart"),
        "the leftovers are named: {}",
        text(&o)
    );
    g.restart();
    let key = demo_identity();
    let o = pgseal_s3(&g, &with_key(&["verify", &url], &key));
    assert_ne!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        g.get("stopped/manifest.json.zst.age").is_none(),
        "no manifest"
    );
}

#[test]
fn force_replaces_an_archive_but_never_foreign_objects() {
    let Some(g) = Garage::start() else { return };
    let key = demo_identity();
    let url = g.url("daily");
    assert!(split_to(&g, &fixture("pg16-toc.sql"), &url)
        .status
        .success());
    let o = split_to(&g, &fixture("pg15-full.sql"), &url);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(support::stderr_of(&o).contains("--force"), "{}", text(&o));
    let fifteen = fixture("pg15-full.sql");
    let o = split_with(&g, &fifteen, &url, &["--force"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = pgseal_s3(&g, &with_key(&["cat", "--all", &url], &key));
    assert!(o.stdout == std::fs::read(&fifteen).unwrap(), "{}", text(&o));
    let stale: Vec<_> = names(&g, "daily")
        .into_iter()
        .filter(|n| n.starts_with("db-") && n.as_str() > "db-0009")
        .collect();
    let o = pgseal_s3(&g, &with_key(&["verify", &url], &key));
    assert!(
        o.status.success(),
        "no file of the old archive is left: {stale:?} {}",
        text(&o)
    );

    g.put("daily/notes.txt", b"mine");
    let o = split_with(&g, &fifteen, &url, &["--force"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(support::stderr_of(&o).contains("notes.txt"), "{}", text(&o));
    assert_eq!(g.get("daily/notes.txt").as_deref(), Some(&b"mine"[..]));
    assert!(
        g.get("daily/manifest.json.zst.age").is_some(),
        "the archive is untouched"
    );
}

#[test]
fn a_cut_short_dump_makes_an_archive_marked_incomplete() {
    let Some(g) = Garage::start() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let full = std::fs::read(fixture("pg16-toc.sql")).unwrap();
    let cut = tmp.path().join("cut.sql");
    std::fs::write(&cut, &full[..full.len() * 2 / 3]).unwrap();
    let url = g.url("cut");
    let o = split_to(&g, &cut, &url);
    assert_eq!(o.status.code(), Some(4), "{}", text(&o));
    assert!(g.get("cut/INCOMPLETE").is_some());
    let o = pgseal_s3(&g, &with_key(&["verify", &url], &demo_identity()));
    assert_eq!(o.status.code(), Some(4), "{}", text(&o));
}

#[test]
fn drill_reads_an_archive_in_s3() {
    let Some(g) = Garage::start() else { return };
    let Some(bin) = support::pg_major(15) else {
        return;
    };
    let url = g.url("drilled");
    assert!(split_to(&g, &fixture("pg15-full.sql"), &url)
        .status
        .success());
    let o = command(&g)
        .args(["drill", &url, "--jobs", "2", "--json", "--pg-bin"])
        .arg(&bin)
        .arg("-i")
        .arg(demo_identity())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["verdict"], "pass", "{v:#}");
}

#[test]
fn credentials_come_from_an_aws_profile_when_the_environment_has_none() {
    let Some(g) = Garage::start() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let creds = tmp.path().join("credentials");
    let config = tmp.path().join("config");
    std::fs::write(
        &creds,
        format!(
            "[default]\naws_access_key_id = GKwrong\naws_secret_access_key = wrong\n\n\
             [backup]\naws_access_key_id = {}\naws_secret_access_key = {}\n",
            g.key_id(),
            g.secret()
        ),
    )
    .unwrap();
    std::fs::write(
        &config,
        format!(
            "[profile backup]\nregion = garage\nendpoint_url = {}\n",
            g.endpoint()
        ),
    )
    .unwrap();
    let run = |profile: &str| {
        let mut c = Command::new(bin_path());
        for (k, _) in g.env() {
            c.env_remove(k);
        }
        c.env("AWS_SHARED_CREDENTIALS_FILE", &creds)
            .env("AWS_CONFIG_FILE", &config)
            .env("AWS_PROFILE", profile)
            .env("PGSEAL_S3_RETRY_SECONDS", "2")
            .args(["split", "-o", &g.url("profiled"), "-R"])
            .arg(demo_recipients())
            .arg(fixture("pg16-toc.sql"))
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let o = run("backup");
    assert!(o.status.success(), "{}", text(&o));
    assert!(g.get("profiled/manifest.json.zst.age").is_some());
    let o = run("nowhere");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(support::stderr_of(&o).contains("nowhere"), "{}", text(&o));
}

#[test]
fn a_refused_dump_leaves_no_object_and_no_upload() {
    let Some(g) = Garage::start() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let mut dump = std::fs::read(big_dump(tmp.path(), 24)).unwrap();
    // Late in the stream, after the big part: a \connect psql runs only
    // if a condition holds, which no split can place.
    let trailer = b"--\n-- PostgreSQL database cluster dump complete";
    let at = dump
        .windows(trailer.len())
        .rposition(|w| w == trailer)
        .unwrap();
    dump.splice(
        at..at,
        b"\\if true\n\\connect toc\n\\endif\n".iter().copied(),
    );
    let path = tmp.path().join("refused.sql");
    std::fs::write(&path, &dump).unwrap();
    let o = split_to(&g, &path, &g.url("refused"));
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    assert!(g.list("").is_empty(), "objects left: {:?}", g.list(""));
    assert!(
        g.multipart_uploads("").is_empty(),
        "uploads left: {:?}",
        g.multipart_uploads("")
    );
}
