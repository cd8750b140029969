//! `pgseal drill`: prove an archive restores. A throwaway cluster (private
//! directory, private unix socket, no TCP), the whole archive restored into
//! it with the parallel restore, then every database must accept
//! connections and every table must hold exactly the rows the manifest
//! counted in the dump.

use std::collections::BTreeMap;
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
use super::show_name;
use crate::archive::{Archive, PartKind};

/// The bootstrap superuser of the throwaway cluster.
pub const SUPERUSER: &str = "postgres";

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
    pub table: String,
    pub expected: u64,
    pub found: u64,
}

/// The checks of one database.
#[derive(Debug, Clone)]
pub struct DbCheck {
    pub part: usize,
    pub name: Vec<u8>,
    /// Whether a connection to it succeeded.
    pub connected: bool,
    /// Tables whose rows were counted.
    pub tables: usize,
    pub rows: u64,
    pub mismatches: Vec<Mismatch>,
    /// Why it could not be checked.
    pub error: Option<String>,
}

impl DbCheck {
    pub fn ok(&self) -> bool {
        self.connected && self.error.is_none() && self.mismatches.is_empty()
    }
}

/// How to reach a cluster left running with `--keep`.
#[derive(Debug, Clone)]
pub struct Kept {
    pub dir: PathBuf,
    pub data_dir: PathBuf,
    pub socket_dir: PathBuf,
    pub port: u16,
    pub pg_ctl: PathBuf,
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

#[derive(Debug)]
pub struct DrillReport {
    pub install: PgInstall,
    /// Seconds to create and start the cluster (not part of recovery).
    pub setup_seconds: f64,
    pub plan: Plan,
    pub restore: Option<RestoreReport>,
    pub checks: Vec<DbCheck>,
    /// Why the drill failed; empty means it passed.
    pub reasons: Vec<String>,
    pub kept: Option<Kept>,
}

impl DrillReport {
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
                fail_fast: false,
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
            } else if let Some(e) = &check.error {
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

/// A SQL string literal.
fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// One query counting every table: `i:count` per table. A partitioned
/// table (rows loaded through the partition root) is counted whole; any
/// other only with ONLY, since COPY into an inheritance parent holds the
/// parent's own rows.
pub fn count_query(tables: &[(String, u64)]) -> String {
    if tables.is_empty() {
        return "SELECT 'connected'".to_string();
    }
    tables
        .iter()
        .enumerate()
        .map(|(i, (t, _))| {
            format!(
                "SELECT '{i}:' || CASE WHEN (SELECT c.relkind FROM pg_catalog.pg_class c \
                 WHERE c.oid = {}::pg_catalog.regclass) = 'p' \
                 THEN (SELECT count(*) FROM {t}) ELSE (SELECT count(*) FROM ONLY {t}) END",
                literal(t)
            )
        })
        .collect::<Vec<_>>()
        .join("\nUNION ALL ")
}

fn check_database(
    conn: &ConnOptions,
    part: usize,
    name: &[u8],
    tables: &[crate::splitter::TableRows],
) -> DbCheck {
    // The manifest counts rows per COPY block / INSERT: sum per table.
    let mut order: Vec<String> = Vec::new();
    let mut sums: BTreeMap<String, u64> = BTreeMap::new();
    for t in tables {
        let e = sums.entry(t.table.clone()).or_insert_with(|| {
            order.push(t.table.clone());
            0
        });
        *e += t.rows;
    }
    let list: Vec<(String, u64)> = order
        .into_iter()
        .map(|t| {
            let n = sums[&t];
            (t, n)
        })
        .collect();
    let mut check = DbCheck {
        part,
        name: name.to_vec(),
        connected: false,
        tables: list.len(),
        rows: list.iter().map(|(_, n)| n).sum(),
        mismatches: Vec::new(),
        error: None,
    };
    let mut conn = conn.clone();
    // Table names in the manifest are UTF-8 text.
    conn.env.push(("PGCLIENTENCODING".into(), "UTF8".into()));
    match conn.query(Some(name), &count_query(&list)) {
        Err(e) => {
            let msg = format!("{e:#}");
            check.connected = !msg.contains("psql: error:") && !msg.starts_with("psql: FATAL");
            check.error = Some(msg);
        }
        Ok(rows) => {
            check.connected = true;
            if list.is_empty() {
                return check;
            }
            let mut found = vec![None; list.len()];
            for r in rows {
                let r = String::from_utf8_lossy(&r);
                if let Some((i, n)) = r.split_once(':') {
                    if let (Ok(i), Ok(n)) = (i.parse::<usize>(), n.parse::<u64>()) {
                        if i < found.len() {
                            found[i] = Some(n);
                        }
                    }
                }
            }
            for ((table, expected), got) in list.iter().zip(found) {
                match got {
                    Some(n) if n == *expected => {}
                    Some(n) => check.mismatches.push(Mismatch {
                        table: table.clone(),
                        expected: *expected,
                        found: n,
                    }),
                    None => {
                        check.error = Some(format!("no count came back for {table}"));
                    }
                }
            }
        }
    }
    check
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

    pub fn dir(&self) -> &Path {
        &self.path
    }
    pub fn data_dir(&self) -> PathBuf {
        self.path.join("data")
    }
    pub fn socket_dir(&self) -> &Path {
        &self.socket_dir
    }
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
    fn count_query_quotes_literals() {
        let q = count_query(&[("\"S\".\"it's\"".into(), 3), ("public.t".into(), 1)]);
        assert!(q.contains("'\"S\".\"it''s\"'::pg_catalog.regclass"), "{q}");
        assert!(q.contains("FROM ONLY public.t"), "{q}");
        assert!(q.contains("'1:'"), "{q}");
    }
}
