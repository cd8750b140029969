//! `pgseal drill`: prove an archive restores. A throwaway cluster (private
//! directory, private unix socket, no TCP), the whole archive restored into
//! it with the parallel restore, then every database must accept
//! connections and every table must hold exactly the rows the manifest
//! counted in the dump.

use std::collections::HashMap;
use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use super::conn::{ConnOptions, Target};
use super::pgbin::{self, PgInstall};
use super::plan::{plan, Plan, PlanOptions};
use super::run::{execute, Observer, RestoreReport, RunOptions, Status};
use crate::archive::{Archive, PartKind};
use crate::quote::{self, show_name};

/// The bootstrap superuser of the throwaway cluster.
pub const SUPERUSER: &str = "postgres";

/// What `pgseal drill` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct DrillOptions {
    /// Where the server programs are (else PATH, else Debian's location).
    pub pg_bin: Option<PathBuf>,
    /// Parallel restore jobs.
    pub jobs: usize,
    /// Leave the cluster running at the end.
    pub keep: bool,
    /// Where to create the cluster (default: the temp directory).
    pub work_dir: Option<PathBuf>,
}

/// A table whose row count differs from the manifest's.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// As the manifest names it.
    pub table: String,
    /// Rows the dump loads into it.
    pub expected: u64,
    /// Rows `count(*)` found after the restore.
    pub found: u64,
}

/// A table whose rows could not be counted, and psql's message.
#[derive(Debug, Clone)]
pub struct CountFailure {
    /// As the manifest names it.
    pub table: String,
    /// psql's message.
    pub error: String,
}

/// The checks of one database.
#[derive(Debug, Clone)]
pub struct DbCheck {
    /// The database's part number in the archive.
    pub part: usize,
    /// The database name, as bytes.
    pub name: Vec<u8>,
    /// Whether a connection to it succeeded.
    pub connected: bool,
    /// Tables whose rows were counted.
    pub tables: usize,
    /// Rows counted in all its tables.
    pub rows: u64,
    /// Tables with more or fewer rows than the dump loads.
    pub mismatches: Vec<Mismatch>,
    /// Tables whose rows could not be counted.
    pub failures: Vec<CountFailure>,
    /// Why it could not be checked (beyond the tables in `failures`).
    pub error: Option<String>,
}

impl DbCheck {
    /// Connected, counted every table, and every count matched.
    pub fn ok(&self) -> bool {
        self.connected
            && self.error.is_none()
            && self.mismatches.is_empty()
            && self.failures.is_empty()
    }
}

/// How to reach a cluster left running with `--keep`.
#[derive(Debug, Clone)]
pub struct Kept {
    /// The drill's private directory, removed by the stop command.
    pub dir: PathBuf,
    /// The cluster's data directory (`PGDATA`).
    pub data_dir: PathBuf,
    /// The unix socket's directory, for `psql -h`.
    pub socket_dir: PathBuf,
    /// The port in the socket's name, for `psql -p` (no TCP listens).
    pub port: u16,
    /// The `pg_ctl` that stops it.
    pub pg_ctl: PathBuf,
    /// The `psql` of the cluster's version.
    pub psql: PathBuf,
    /// The server runs as the `postgres` OS user (we are root).
    pub as_postgres: bool,
}

impl Kept {
    /// A psql command line (for humans).
    pub fn psql_hint(&self) -> String {
        format!(
            "{} -h {} -p {} -U {SUPERUSER} postgres",
            self.psql.display(),
            self.socket_dir.display(),
            self.port
        )
    }
    /// The command that stops the cluster (for humans).
    pub fn stop_hint(&self) -> String {
        format!(
            "{}{} -D {} stop && rm -rf {}",
            if self.as_postgres {
                "runuser -u postgres -- "
            } else {
                ""
            },
            self.pg_ctl.display(),
            self.data_dir.display(),
            self.dir.display()
        )
    }
}

/// What a drill did, and its verdict.
#[derive(Debug)]
pub struct DrillReport {
    /// The server programs the drill ran.
    pub install: PgInstall,
    /// Seconds to create and start the cluster (not part of recovery).
    pub setup_seconds: f64,
    /// The restore plan, into the empty cluster.
    pub plan: Plan,
    /// `None` when the plan refused to run.
    pub restore: Option<RestoreReport>,
    /// One per database whose restore succeeded.
    pub checks: Vec<DbCheck>,
    /// Why the drill failed; empty means it passed.
    pub reasons: Vec<String>,
    /// `--keep`: how to reach the cluster left running.
    pub kept: Option<Kept>,
}

impl DrillReport {
    /// No reason to fail: every part restored and every check passed.
    pub fn passed(&self) -> bool {
        self.reasons.is_empty()
    }
}

/// Runs the drill. Errors are for when no drill could be run at all (no
/// suitable PostgreSQL, the cluster does not start); a failed restore or
/// check is a failed verdict in the report.
pub fn drill(
    archive: &Archive,
    opts: &DrillOptions,
    observer: &dyn Observer,
) -> Result<DrillReport> {
    let m = &archive.manifest;
    let min_major = m
        .dump
        .server_versions
        .iter()
        .filter_map(|v| super::conn::major_key(v))
        .max();
    let install = pgbin::find(opts.pg_bin.as_deref(), min_major)?;
    observer.message(&format!(
        "PostgreSQL {} from {}",
        install.version,
        install.bin.display()
    ));
    let setup = Instant::now();
    let cluster = TempCluster::start(&install, opts.work_dir.as_deref())?;
    let setup_seconds = setup.elapsed().as_secs_f64();
    observer.message(&format!(
        "throwaway cluster in {} started in {setup_seconds:.1} s",
        cluster.dir().display()
    ));
    let conn = cluster.conn();
    let target = Target::inspect(&conn).context("cannot query the throwaway cluster")?;
    // --clean: a --clean dump's template1 and postgres parts drop and
    // create the databases every new cluster has.
    let the_plan = plan(
        m,
        &target,
        &PlanOptions {
            clean: true,
            ..PlanOptions::default()
        },
    );
    let mut report = DrillReport {
        install: install.clone(),
        setup_seconds,
        plan: the_plan,
        restore: None,
        checks: Vec::new(),
        reasons: Vec::new(),
        kept: None,
    };
    if !m.complete {
        report.reasons.push(format!(
            "the archive is incomplete: {}",
            m.incomplete_reason
                .as_deref()
                .unwrap_or("the input was cut short")
        ));
    }
    if !report.plan.is_runnable() {
        report.reasons.extend(report.plan.refusals.iter().cloned());
    } else {
        let restore = execute(
            archive,
            &report.plan,
            &conn,
            &RunOptions {
                jobs: opts.jobs,
                ..RunOptions::default()
            },
            observer,
        );
        let mut not_run = 0;
        for o in &restore.outcomes {
            let step = &report.plan.steps[o.step];
            match o.status {
                Status::Ok => {}
                Status::NotRun => not_run += 1,
                _ => report.reasons.push(format!(
                    "restore of {} failed{}: {}",
                    step.label(),
                    o.line.map_or(String::new(), |l| format!(" at line {l}")),
                    o.error.as_deref().unwrap_or("no message").trim()
                )),
            }
        }
        if not_run > 0 {
            report.reasons.push(format!(
                "{not_run} part{} did not run because the globals failed",
                if not_run == 1 { "" } else { "s" }
            ));
        }
        // Check every database whose restore went through.
        for (si, o) in restore.outcomes.iter().enumerate() {
            let step = &report.plan.steps[si];
            if o.status != Status::Ok || step.kind != PartKind::Database {
                continue;
            }
            let name = step.target.clone().unwrap_or_default();
            let check = check_database(&conn, step.part, &name, &m.parts[step.part].tables);
            if !check.connected {
                report.reasons.push(format!(
                    "database {} does not accept connections: {}",
                    show_name(&name),
                    check.error.as_deref().unwrap_or("").trim()
                ));
            }
            for f in &check.failures {
                report.reasons.push(format!(
                    "database {}: cannot count the rows of table {}: {}",
                    show_name(&name),
                    f.table,
                    f.error.trim()
                ));
            }
            if let (true, Some(e)) = (check.connected, &check.error) {
                report.reasons.push(format!(
                    "database {}: cannot count rows: {}",
                    show_name(&name),
                    e.trim()
                ));
            }
            for mm in &check.mismatches {
                report.reasons.push(format!(
                    "database {}: table {} has {} rows, the manifest counted {} in the dump",
                    show_name(&name),
                    mm.table,
                    mm.found,
                    mm.expected
                ));
            }
            report.checks.push(check);
        }
        report.restore = Some(restore);
    }
    if opts.keep {
        report.kept = Some(cluster.keep());
    } else {
        drop(cluster);
    }
    Ok(report)
}

/// A table to count: its name as SQL, as the dump wrote it.
#[derive(Debug, Clone)]
pub struct TableCount {
    /// The name's bytes, in the dump's encoding.
    pub sql: Vec<u8>,
    /// The name for messages.
    pub shown: String,
    /// Rows the manifest counted.
    pub rows: u64,
}

impl TableCount {
    /// The manifest holds a table's name one char per byte of the dump (see
    /// `statement::latin1`); a name with wider chars is taken as UTF-8 text.
    pub fn new(name: &str, rows: u64) -> TableCount {
        let sql: Vec<u8> = if name.chars().all(|c| u32::from(c) <= 0xFF) {
            name.chars().map(|c| u32::from(c) as u8).collect()
        } else {
            name.as_bytes().to_vec()
        };
        TableCount {
            shown: String::from_utf8_lossy(&sql).into_owned(),
            sql,
            rows,
        }
    }
}

/// Sent before the counts. The names are in the dump's bytes, which pg_dump
/// writes in the database's encoding. And a restored database may carry
/// timeouts (`ALTER DATABASE ... SET statement_timeout`) that would cut a
/// count of a large table short and fail a good backup. Neither statement's
/// rows look like `i:count`.
const PREAMBLE: &str = "SELECT pg_catalog.set_config('client_encoding', \
     pg_catalog.getdatabaseencoding(), false);\n\
     SELECT pg_catalog.set_config(name, '0', false) FROM pg_catalog.pg_settings \
     WHERE name IN ('statement_timeout', 'lock_timeout', 'transaction_timeout');\n";

/// One statement counting table `i`, answering `i:count`. A partitioned
/// table (rows loaded through the partition root) is counted whole; any
/// other only with ONLY, since COPY into an inheritance parent holds the
/// parent's own rows. One statement per table: each runs in its own
/// transaction, so thousands of tables never hold thousands of locks at
/// once, and a failure belongs to exactly one table.
pub fn count_statement(i: usize, table: &[u8]) -> Vec<u8> {
    let mut q = format!(
        "SELECT '{i}:' || CASE WHEN (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = "
    )
    .into_bytes();
    q.extend(quote::literal(table));
    q.extend_from_slice(b"::pg_catalog.regclass) = 'p' THEN (SELECT count(*) FROM ");
    q.extend_from_slice(table);
    q.extend_from_slice(b") ELSE (SELECT count(*) FROM ONLY ");
    q.extend_from_slice(table);
    q.extend_from_slice(b") END;\n");
    q
}

/// The psql script counting `tables[from..]`, for psql's stdin.
pub fn count_script(tables: &[TableCount], from: usize) -> Vec<u8> {
    let mut script = PREAMBLE.as_bytes().to_vec();
    for (i, t) in tables.iter().enumerate().skip(from) {
        script.extend(count_statement(i, &t.sql));
    }
    script
}

/// Stop counting after this many tables failed (each failure costs a new
/// psql process): the verdict is FAIL either way.
const MAX_COUNT_FAILURES: usize = 20;

/// Reads `i:count` records into `found`; anything else is ignored.
fn read_counts(stdout: &[u8], found: &mut [Option<u64>]) {
    for r in stdout.split(|&b| b == 0 || b == b'\n') {
        let r = String::from_utf8_lossy(r);
        if let Some((i, n)) = r.split_once(':') {
            if let (Ok(i), Ok(n)) = (i.parse::<usize>(), n.parse::<u64>()) {
                if let Some(slot) = found.get_mut(i) {
                    *slot = Some(n);
                }
            }
        }
    }
}

/// The manifest counts rows per COPY block / INSERT: summed per table, in
/// dump order.
fn table_sums(tables: &[crate::archive::format::TableRows]) -> Vec<TableCount> {
    let mut at: HashMap<&str, usize> = HashMap::new();
    let mut list: Vec<TableCount> = Vec::new();
    for t in tables {
        match at.get(t.table.as_str()) {
            Some(&i) => list[i].rows += t.rows,
            None => {
                at.insert(&t.table, list.len());
                list.push(TableCount::new(&t.table, t.rows));
            }
        }
    }
    list
}

fn check_database(
    conn: &ConnOptions,
    part: usize,
    name: &[u8],
    tables: &[crate::archive::format::TableRows],
) -> DbCheck {
    let list = table_sums(tables);
    let mut check = DbCheck {
        part,
        name: name.to_vec(),
        connected: false,
        tables: list.len(),
        rows: list.iter().map(|t| t.rows).sum(),
        mismatches: Vec::new(),
        failures: Vec::new(),
        error: None,
    };
    let mut found = vec![None; list.len()];
    let failed = match count_all(conn, name, &list, &mut found, &mut check) {
        Ok(failed) => failed,
        Err(e) => {
            check.error = Some(e);
            return check;
        }
    };
    for (i, (t, got)) in list.iter().zip(found).enumerate() {
        match got {
            Some(n) if n == t.rows => {}
            Some(n) => check.mismatches.push(Mismatch {
                table: t.shown.clone(),
                expected: t.rows,
                found: n,
            }),
            None if failed.contains(&i) => {}
            None => {
                check.error.get_or_insert_with(|| {
                    format!(
                        "no count came back for table {} (nor for any after it)",
                        t.shown
                    )
                });
            }
        }
    }
    check
}

/// Counts every table with one psql process, and one more after each table
/// that could not be counted (from the table after it); returns those
/// tables. An error is for a database that could not be counted at all.
fn count_all(
    conn: &ConnOptions,
    name: &[u8],
    list: &[TableCount],
    found: &mut [Option<u64>],
    check: &mut DbCheck,
) -> std::result::Result<Vec<usize>, String> {
    let mut failed = Vec::new();
    let args = ["-q", "-A", "-t", "-0", "-v", "ON_ERROR_STOP=1"];
    let mut from = 0;
    loop {
        let out = conn
            .run_script(Some(name), &args, &count_script(list, from))
            .map_err(|e| format!("{e:#}"))?;
        read_counts(&out.stdout, found);
        let stderr = String::from_utf8_lossy(&out.stderr).trim().to_string();
        check.connected |= from > 0 || !stderr.contains("psql: error:");
        if out.status.success() {
            return Ok(failed);
        }
        // Exit 3: a statement failed and psql stopped there, at the first
        // table after `from` that has no count.
        let stopped_at = (from..list.len()).find(|&i| found[i].is_none());
        let (Some(i), Some(3)) = (stopped_at, out.status.code()) else {
            return Err(stderr);
        };
        failed.push(i);
        check.failures.push(CountFailure {
            table: list[i].shown.clone(),
            error: stderr,
        });
        if check.failures.len() == MAX_COUNT_FAILURES && i + 1 < list.len() {
            return Err(format!(
                "{MAX_COUNT_FAILURES} tables could not be counted; {} tables after {} were not tried",
                list.len() - i - 1,
                list[i].shown
            ));
        }
        from = i + 1;
        if from == list.len() {
            return Ok(failed);
        }
    }
}

fn is_root() -> bool {
    static ROOT: OnceLock<bool> = OnceLock::new();
    *ROOT.get_or_init(|| {
        Command::new("id")
            .arg("-u")
            .stdin(Stdio::null())
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
            .unwrap_or(false)
    })
}

/// A throwaway PostgreSQL cluster: initdb in a private directory, the
/// server on a unix socket in a private directory, no TCP, trust
/// authentication for the bootstrap superuser `postgres`. Stopped and
/// deleted on drop (a watchdog does it if this process dies first), unless
/// kept.
pub struct TempCluster {
    install: PgInstall,
    /// Removed on drop (None once kept).
    dir: Option<tempfile::TempDir>,
    path: PathBuf,
    socket_dir: PathBuf,
    socket_tmp: Option<tempfile::TempDir>,
    port: u16,
    as_postgres: bool,
    watchdog: Option<Child>,
    running: bool,
}

impl TempCluster {
    /// Creates the cluster in a new directory under `work_dir` (default:
    /// the temp directory) and starts it; as root, the server runs as the
    /// `postgres` OS user.
    pub fn start(install: &PgInstall, work_dir: Option<&Path>) -> Result<TempCluster> {
        let as_postgres = is_root();
        if as_postgres {
            let ok = Command::new("id")
                .args(["-u", "postgres"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                bail!(
                    "running as root, and initdb refuses root: the server would run as the `postgres` \
                     OS user, which does not exist; create it or run the drill as another user"
                );
            }
        }
        let parent = work_dir
            .map(Path::to_path_buf)
            .unwrap_or_else(std::env::temp_dir);
        let dir = tempfile::Builder::new()
            .prefix("pgseal-drill-")
            .tempdir_in(&parent)
            .with_context(|| format!("cannot create a directory in {}", parent.display()))?;
        let path = dir.path().to_path_buf();
        // A unix socket path must stay under ~107 bytes.
        let (socket_dir, socket_tmp) = if path.as_os_str().len() <= 80 {
            (path.clone(), None)
        } else {
            let s = tempfile::Builder::new()
                .prefix("pgseal-sock-")
                .tempdir_in("/tmp")
                .context("cannot create a socket directory in /tmp")?;
            (s.path().to_path_buf(), Some(s))
        };
        for p in [&path, &socket_dir] {
            if p.to_string_lossy().contains(['\'', '"', ' ', '\\']) || p.to_str().is_none() {
                bail!(
                    "{}: pg_ctl passes server options through a shell; use a plain directory for the drill",
                    p.display()
                );
            }
        }
        let mut c = TempCluster {
            install: install.clone(),
            dir: Some(dir),
            path,
            socket_dir,
            socket_tmp,
            port: 0,
            as_postgres,
            watchdog: None,
            running: false,
        };
        if as_postgres {
            let mut chown = Command::new("chown");
            chown.arg("postgres:").arg(&c.path);
            if c.socket_tmp.is_some() {
                chown.arg(&c.socket_dir);
            }
            run(chown, "chown")?;
        }
        let mut initdb = c.server_cmd("initdb");
        initdb
            .arg("-D")
            .arg(c.data_dir())
            .args(["--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"])
            .arg(format!("--username={SUPERUSER}"));
        run(initdb, "initdb")?;

        let mut last_err = String::new();
        for _ in 0..5 {
            let port = free_port();
            let mut ctl = c.server_cmd("pg_ctl");
            ctl.arg("-D")
                .arg(c.data_dir())
                .arg("-l")
                .arg(c.path.join("server.log"))
                .args(["-w", "-t", "120", "-s", "-o"])
                .arg(format!(
                    "-k '{}' -c listen_addresses='' -p {port}",
                    c.socket_dir.display()
                ))
                .arg("start")
                .stdin(Stdio::null());
            let out = ctl.output().context("cannot run pg_ctl")?;
            if out.status.success() {
                c.port = port;
                c.running = true;
                c.watchdog = c.spawn_watchdog();
                return Ok(c);
            }
            last_err = format!(
                "{}{}\nserver log:\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                std::fs::read_to_string(c.path.join("server.log")).unwrap_or_default()
            );
        }
        bail!("the throwaway cluster did not start:\n{last_err}")
    }

    fn server_cmd(&self, program: &str) -> Command {
        let p = self.install.program(program);
        if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(p);
            c
        } else {
            Command::new(p)
        }
    }

    /// The cluster's private directory.
    pub fn dir(&self) -> &Path {
        &self.path
    }
    /// The data directory, inside [`TempCluster::dir`].
    pub fn data_dir(&self) -> PathBuf {
        self.path.join("data")
    }
    /// The unix socket's directory: the private directory, or one in /tmp
    /// when that path is too long for a socket.
    pub fn socket_dir(&self) -> &Path {
        &self.socket_dir
    }
    /// The port in the socket's name.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// psql of the cluster's version, connected as the superuser, with no
    /// PG* variable of the caller's environment in the way.
    pub fn conn(&self) -> ConnOptions {
        ConnOptions {
            psql: self.install.program("psql"),
            host: Some(self.socket_dir.clone().into_os_string()),
            port: Some(OsString::from(self.port.to_string())),
            user: Some(SUPERUSER.into()),
            dbname: Some("postgres".into()),
            env: Vec::new(),
            isolate: true,
        }
    }

    /// Leaves the cluster running and its directory in place.
    pub fn keep(mut self) -> Kept {
        if let Some(mut w) = self.watchdog.take() {
            let _ = w.kill();
            let _ = w.wait();
        }
        if let Some(d) = self.dir.take() {
            let _ = d.keep();
        }
        if let Some(d) = self.socket_tmp.take() {
            let _ = d.keep();
        }
        self.running = false;
        Kept {
            dir: self.path.clone(),
            data_dir: self.data_dir(),
            socket_dir: self.socket_dir.clone(),
            port: self.port,
            pg_ctl: self.install.program("pg_ctl"),
            psql: self.install.program("psql"),
            as_postgres: self.as_postgres,
        }
    }

    /// Stops the server and deletes the directory if this process dies
    /// without running Drop (killed, aborted).
    fn spawn_watchdog(&self) -> Option<Child> {
        let mut stop: Vec<OsString> = Vec::new();
        if self.as_postgres {
            stop.extend(["runuser", "-u", "postgres", "--"].map(OsString::from));
        }
        stop.push(self.install.program("pg_ctl").into_os_string());
        stop.push("-D".into());
        stop.push(self.data_dir().into_os_string());
        stop.extend(["-m", "immediate", "stop"].map(OsString::from));
        let mut c = Command::new("sh");
        c.arg("-c")
            .arg(r#"p=$1; d=$2; s=$3; shift 3; while kill -0 "$p" 2>/dev/null; do sleep 1; done; "$@"; rm -rf "$d"; [ -n "$s" ] && rm -rf "$s"; exit 0"#)
            .arg("pgseal-drill-watchdog")
            .arg(std::process::id().to_string())
            .arg(&self.path)
            .arg(if self.socket_tmp.is_some() {
                self.socket_dir.as_os_str()
            } else {
                "".as_ref()
            })
            .args(stop)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group: a Ctrl-C on the terminal, which kills
            // pgseal, must not kill the watchdog too.
            .process_group(0);
        c.spawn().ok()
    }
}

impl Drop for TempCluster {
    fn drop(&mut self) {
        if self.running {
            let _ = self
                .server_cmd("pg_ctl")
                .arg("-D")
                .arg(self.data_dir())
                .args(["-m", "immediate", "-s", "-w", "stop"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        if let Some(mut w) = self.watchdog.take() {
            let _ = w.kill();
            let _ = w.wait();
        }
        // The TempDirs are removed after this.
    }
}

fn free_port() -> u16 {
    // With no TCP listener the port only names the socket file, which lives
    // in a private directory; a free TCP port avoids confusing anyone anyway.
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(54329)
}

fn run(mut cmd: Command, what: &str) -> Result<Output> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run {what}"))?;
    if !out.status.success() {
        bail!(
            "{what} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_statements_quote_literals() {
        let q = count_statement(1, b"\"S\".\"it's \\ \"\"x\"\"\"");
        let q = String::from_utf8(q).unwrap();
        assert!(
            q.contains("E'\"S\".\"it''s \\\\ \"\"x\"\"\"'::pg_catalog.regclass"),
            "{q}"
        );
        assert!(q.starts_with("SELECT '1:'") && q.ends_with("END;\n"), "{q}");
        let tables = [
            TableCount::new("public.a", 3),
            TableCount::new("public.t", 1),
        ];
        let script = String::from_utf8(count_script(&tables, 1)).unwrap();
        assert!(script.contains("FROM ONLY public.t") && !script.contains("public.a"));
        assert!(
            script.contains("'1:'") && !script.contains("'0:'"),
            "{script}"
        );
    }

    #[test]
    fn manifest_names_are_the_dump_bytes() {
        // "ü" as the manifest holds a UTF-8 dump's bytes, and a LATIN1 one's.
        let t = TableCount::new("public.\"\u{c3}\u{bc}\"", 0);
        assert_eq!(t.sql, "public.\"ü\"".as_bytes());
        assert_eq!(t.shown, "public.\"ü\"");
        assert_eq!(
            TableCount::new("public.\"\u{fc}\"", 0).sql,
            b"public.\"\xfc\""
        );
        assert_eq!(TableCount::new("\"✓\"", 0).sql, "\"✓\"".as_bytes());
    }

    #[test]
    fn counts_are_read_by_index() {
        let mut found = vec![None; 3];
        read_counts(b"UTF8\x000\x000:7\x002:12\n", &mut found);
        assert_eq!(found, [Some(7), None, Some(12)]);
    }
}
