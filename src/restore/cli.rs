//! The `restore` and `drill` subcommands: arguments, progress display,
//! per-part lines, summaries and JSON. `src/main.rs` only dispatches here.

use crate::units::human_bytes as human;
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use anyhow::{bail, Context, Result};
use clap::{ArgAction, Args};
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use serde_json::{json, Value};

use super::conn::{ConnOptions, Target};
use super::drill::{drill, DrillOptions, DrillReport};
use super::plan::{plan, Action, Plan, PlanOptions, Selection, Step};
use super::run::{execute, Observer, PartOutcome, RestoreReport, RunOptions, Status};
use super::show_name;
use crate::archive::manifest::hex_encode;
use crate::archive::{Archive, ArchiveArgs};

/// Exit status when some part failed (restore) or the verdict is FAIL (drill).
pub const EXIT_FAILED: u8 = 6;

const RESTORE_EXIT: &str = "\
psql runs once per part, with ON_ERROR_STOP, connected with -h/-p/-U/-d or the PG* variables;
it never prompts for a password (use PGPASSWORD, PGPASSFILE or ~/.pgpass). Each part is decrypted
in memory and streamed into psql's standard input: no plaintext touches the disk.

Exit status:
  0  every part restored
  1  error, or the restore was refused before anything ran (nothing was changed)
  2  command-line usage error
  6  one or more parts failed (the others were restored unless --fail-fast)";

const DRILL_EXIT: &str = "\
Exit status:
  0  the drill passed
  1  no drill could be run (no suitable PostgreSQL, bad key, the cluster did not start)
  2  command-line usage error
  6  the drill failed: a part did not restore, a database refused connections, or a
     table does not hold the rows the manifest counted";

#[derive(Args, Debug)]
#[command(disable_help_flag = true, after_help = RESTORE_EXIT)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub archive: ArchiveArgs,
    /// Restore the globals: roles, memberships, role settings, tablespaces
    #[arg(long)]
    pub globals: bool,
    /// Restore database NAME; repeatable (names starting with "-" work as --db=NAME).
    /// Without --globals and --db, everything is restored.
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub db: Vec<OsString>,
    /// Restore database OLD under the name NEW; repeatable
    #[arg(long, value_name = "OLD=NEW", allow_hyphen_values = true)]
    pub rename: Vec<OsString>,
    /// Drop and recreate selected databases that already exist (only those)
    #[arg(long)]
    pub clean: bool,
    /// Do not restore password hashes of the roles the globals create
    #[arg(long)]
    pub no_role_passwords: bool,
    /// Databases restored at the same time (default: number of cores)
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// Database server host or socket directory (else PGHOST)
    #[arg(short = 'h', long, value_name = "HOST")]
    pub host: Option<OsString>,
    /// Database server port (else PGPORT)
    #[arg(short = 'p', long, value_name = "PORT")]
    pub port: Option<OsString>,
    /// Database user name (else PGUSER)
    #[arg(short = 'U', long = "username", value_name = "USER")]
    pub username: Option<OsString>,
    /// Maintenance database to connect to first: a name, a connection string or a URI
    /// (else PGDATABASE, else postgres)
    #[arg(short = 'd', long = "dbname", value_name = "DBNAME")]
    pub dbname: Option<OsString>,
    /// The psql program to run (default: psql on PATH)
    #[arg(long, value_name = "PATH")]
    pub psql: Option<PathBuf>,
    /// Stop everything at the first failed part
    #[arg(long)]
    pub fail_fast: bool,
    /// Print what would run, in which order, and what is skipped or refused; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Print one JSON object on standard output
    #[arg(long)]
    pub json: bool,
    /// Print help
    #[arg(long, action = ArgAction::Help)]
    pub help: Option<bool>,
}

#[derive(Args, Debug)]
#[command(after_help = DRILL_EXIT)]
pub struct DrillArgs {
    #[command(flatten)]
    pub archive: ArchiveArgs,
    /// Directory with initdb, pg_ctl, postgres and psql (else PATH, else
    /// /usr/lib/postgresql/<major>/bin with a major at least the dump's)
    #[arg(long, value_name = "DIR")]
    pub pg_bin: Option<PathBuf>,
    /// Databases restored at the same time (default: number of cores)
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// Leave the throwaway cluster running and print how to connect to it
    #[arg(long)]
    pub keep: bool,
    /// Create the throwaway cluster under DIR (default: the temp directory)
    #[arg(long, value_name = "DIR")]
    pub work_dir: Option<PathBuf>,
    /// Print one JSON object on standard output
    #[arg(long)]
    pub json: bool,
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `--rename OLD=NEW`: names may contain `=`, so the split is the one whose
/// OLD is a database of the archive.
fn parse_rename(arg: &OsString, archive: &Archive) -> Result<(Vec<u8>, Vec<u8>)> {
    let b = arg.as_bytes();
    let splits: Vec<usize> = b
        .iter()
        .enumerate()
        .filter(|(_, &c)| c == b'=')
        .map(|(i, _)| i)
        .collect();
    if splits.is_empty() {
        bail!("--rename {:?}: expected OLD=NEW", arg);
    }
    let matching: Vec<usize> = splits
        .iter()
        .copied()
        .filter(|&i| archive.find_database(&b[..i]).is_some())
        .collect();
    let at = match matching.as_slice() {
        [one] => *one,
        [] => splits[0],
        _ => bail!(
            "--rename {:?} is ambiguous: more than one way to split it names a database of the archive",
            arg
        ),
    };
    Ok((b[..at].to_vec(), b[at + 1..].to_vec()))
}

/// `pgseal restore`.
pub fn restore(a: RestoreArgs, quiet: bool, verbose: bool) -> Result<u8> {
    let archive = a.archive.open()?;
    let conn = ConnOptions {
        psql: a.psql.clone().unwrap_or_else(|| PathBuf::from("psql")),
        host: a.host.clone(),
        port: a.port.clone(),
        user: a.username.clone(),
        dbname: a.dbname.clone(),
        env: Vec::new(),
        isolate: false,
    };
    let psql_version = conn.check_psql()?;
    let mut selection = Selection {
        globals: a.globals,
        databases: a.db.iter().map(|d| d.as_bytes().to_vec()).collect(),
        renames: Vec::new(),
    };
    for r in &a.rename {
        selection.renames.push(parse_rename(r, &archive)?);
    }
    let target = Target::inspect(&conn)?;
    let opts = PlanOptions {
        selection,
        clean: a.clean,
        strip_passwords: a.no_role_passwords,
    };
    let the_plan = plan(&archive.manifest, &target, &opts);
    let jobs = a.jobs.map_or_else(cores, |j| j as usize);

    if a.dry_run || !the_plan.is_runnable() {
        if a.json {
            let v = json!({
                "dry_run": a.dry_run,
                "ok": the_plan.is_runnable(),
                "target": target_json(&target, &conn),
                "plan": plan_json(&the_plan, &archive),
            });
            print_json(&v)?;
        } else if a.dry_run {
            let mut out = io::stdout().lock();
            print_plan(&mut out, &the_plan, &archive, &target, &conn, jobs)?;
        }
        if !the_plan.is_runnable() {
            if !a.dry_run {
                for r in &the_plan.refusals {
                    eprintln!("pgseal: refused: {r}");
                }
                eprintln!("pgseal: nothing was restored");
            }
            return Ok(1);
        }
        return Ok(0);
    }

    if verbose && !quiet {
        eprintln!(
            "pgseal: {psql_version}; target PostgreSQL {} ({}), maintenance database {}",
            target.server_version,
            conn.describe(),
            show_name(&target.maintenance_db)
        );
        for n in &the_plan.notes {
            eprintln!("pgseal: note: {n}");
        }
    } else if !quiet {
        for n in &the_plan.notes {
            eprintln!("pgseal: note: {n}");
        }
    }
    let observer = CliObserver::new(quiet, "");
    let report = execute(
        &archive,
        &the_plan,
        &conn,
        &RunOptions {
            jobs,
            fail_fast: a.fail_fast,
        },
        &observer,
    );
    observer.done();
    if a.json {
        let v = json!({
            "dry_run": false,
            "ok": report.ok(),
            "target": target_json(&target, &conn),
            "seconds": report.seconds,
            "jobs": jobs,
            "parts": outcomes_json(&the_plan, &report),
            "skipped": skipped_json(&the_plan),
            "notes": the_plan.notes,
        });
        print_json(&v)?;
    }
    if !quiet || !report.ok() {
        eprintln!("pgseal: {}", summary(&the_plan, &report));
    }
    Ok(if report.ok() { 0 } else { EXIT_FAILED })
}

fn summary(plan: &Plan, report: &RestoreReport) -> String {
    let bytes: u64 = report.outcomes.iter().map(|o| o.bytes).sum();
    let count = |s: Status| report.outcomes.iter().filter(|o| o.status == s).count();
    let mut s = format!(
        "restored {} of {} parts ({}) in {:.1} s",
        count(Status::Ok),
        plan.steps.len(),
        human(bytes),
        report.seconds
    );
    for (st, word) in [
        (Status::Failed, "failed"),
        (Status::Cancelled, "cancelled"),
        (Status::NotRun, "not run"),
    ] {
        let n = count(st);
        if n > 0 {
            s.push_str(&format!(", {n} {word}"));
        }
    }
    if !report.ok() {
        s.push_str(": RESTORE FAILED");
    }
    s
}

fn print_json(v: &Value) -> Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    out.flush().context("cannot write to standard output")
}

fn name_json(name: Option<&[u8]>) -> (Value, Value) {
    match name {
        None => (Value::Null, Value::Null),
        Some(n) => match std::str::from_utf8(n) {
            Ok(s) => (Value::from(s), Value::Null),
            Err(_) => (
                Value::from(String::from_utf8_lossy(n).into_owned()),
                Value::from(hex_encode(n)),
            ),
        },
    }
}

fn target_json(t: &Target, conn: &ConnOptions) -> Value {
    json!({
        "server_version": t.server_version,
        "server_version_num": t.server_version_num,
        "maintenance_database": String::from_utf8_lossy(&t.maintenance_db),
        "user": t.user,
        "describe": conn.describe(),
    })
}

fn step_json(s: &Step, archive: &Archive) -> Value {
    let (name, name_hex) = name_json(s.name.as_deref());
    let (target, target_hex) = name_json(s.target.as_deref());
    let mut v = json!({
        "part": s.part,
        "file": archive.manifest.parts[s.part].file,
        "kind": s.kind,
        "name": name,
        "target": target,
        "action": s.action,
        "bytes": s.bytes,
    });
    if !name_hex.is_null() {
        v["name_hex"] = name_hex;
    }
    if !target_hex.is_null() {
        v["target_hex"] = target_hex;
    }
    v
}

fn skipped_json(plan: &Plan) -> Value {
    plan.skipped
        .iter()
        .map(|s| {
            let (name, _) = name_json(s.name.as_deref());
            json!({"part": s.part, "name": name, "reason": s.reason})
        })
        .collect()
}

fn plan_json(plan: &Plan, archive: &Archive) -> Value {
    json!({
        "source_version": plan.source_version,
        "steps": plan.steps.iter().map(|s| step_json(s, archive)).collect::<Vec<_>>(),
        "skipped": skipped_json(plan),
        "refused": plan.refusals,
        "notes": plan.notes,
    })
}

fn outcome_json(step: &Step, o: &PartOutcome) -> Value {
    let (name, name_hex) = name_json(step.name.as_deref());
    let (target, _) = name_json(step.target.as_deref());
    json!({
        "part": step.part,
        "kind": step.kind,
        "name": name,
        "name_hex": name_hex,
        "target": target,
        "action": step.action,
        "status": o.status,
        "bytes": o.bytes,
        "seconds": o.seconds,
        "error": o.error,
        "line": o.line,
        "roles_skipped": o.report.as_ref().map(|r| r.roles_skipped.clone()),
    })
}

fn outcomes_json(plan: &Plan, report: &RestoreReport) -> Value {
    report
        .outcomes
        .iter()
        .map(|o| outcome_json(&plan.steps[o.step], o))
        .collect()
}

fn print_plan(
    out: &mut dyn Write,
    plan: &Plan,
    archive: &Archive,
    target: &Target,
    conn: &ConnOptions,
    jobs: usize,
) -> Result<()> {
    writeln!(
        out,
        "restore plan: {} -> PostgreSQL {} ({}), maintenance database {}",
        archive.dir.display(),
        target.server_version,
        conn.describe(),
        show_name(&target.maintenance_db)
    )?;
    if let Some(v) = &plan.source_version {
        writeln!(out, "dumped from PostgreSQL {v}")?;
    }
    if !plan.steps.is_empty() {
        writeln!(
            out,
            "runs, in this order (the globals and the parts marked \"alone\" one at a time, then up to {jobs} databases at a time, largest first):"
        )?;
    }
    for (n, s) in plan.steps.iter().enumerate() {
        let mut what = s.action.describe().to_string();
        if s.action == Action::Globals {
            let existing: Vec<String> = archive.manifest.parts[s.part]
                .roles
                .iter()
                .filter(|r| target.roles.contains(*r))
                .map(|r| format!("{r:?}"))
                .collect();
            if !existing.is_empty() {
                what.push_str(&format!(
                    "; existing roles are altered, not created: {}",
                    existing.join(", ")
                ));
            }
            if s.options.strip_passwords {
                what.push_str("; without password hashes");
            }
        }
        if s.exclusive && s.action != Action::Globals {
            what.push_str(" (alone: it drops and creates a database other sessions use)");
        }
        writeln!(
            out,
            "  {:>3}. {} {:>10}  {what}",
            n + 1,
            pad(&s.label(), 32),
            human(s.bytes)
        )?;
    }
    if !plan.skipped.is_empty() {
        writeln!(out, "skipped:")?;
        for s in &plan.skipped {
            let name = s.name.as_deref().map_or("globals".into(), show_name);
            writeln!(out, "       {name}: {}", s.reason)?;
        }
    }
    for n in &plan.notes {
        writeln!(out, "note: {n}")?;
    }
    if !plan.refusals.is_empty() {
        writeln!(out, "refused:")?;
        for r in &plan.refusals {
            writeln!(out, "       {r}")?;
        }
        writeln!(out, "nothing would run")?;
    }
    Ok(())
}

/// Progress bars (when stderr is a terminal) and one line per finished part.
struct CliObserver {
    quiet: bool,
    prefix: &'static str,
    multi: Option<MultiProgress>,
    total: Mutex<Option<ProgressBar>>,
    bars: Mutex<HashMap<usize, ProgressBar>>,
    width: AtomicUsize,
}

impl CliObserver {
    fn new(quiet: bool, prefix: &'static str) -> CliObserver {
        let multi = (!quiet && io::stderr().is_terminal()).then(MultiProgress::new);
        CliObserver {
            quiet,
            prefix,
            multi,
            total: Mutex::new(None),
            bars: Mutex::new(HashMap::new()),
            width: AtomicUsize::new(16),
        }
    }

    fn line(&self, s: &str) {
        match &self.multi {
            Some(m) => {
                let _ = m.println(s);
            }
            None => eprintln!("{s}"),
        }
    }

    fn done(&self) {
        if let Some(t) = self.total.lock().unwrap().take() {
            t.finish_and_clear();
            if let Some(m) = &self.multi {
                m.remove(&t);
            }
        }
    }
}

impl Observer for CliObserver {
    fn message(&self, msg: &str) {
        if !self.quiet {
            self.line(&format!("pgseal: {}{msg}", self.prefix));
        }
    }

    fn planned(&self, plan: &Plan) {
        let width = plan
            .steps
            .iter()
            .map(|s| width_of(&s.label()))
            .max()
            .unwrap_or(8)
            .clamp(8, 40);
        self.width.store(width, Ordering::Relaxed);
        let Some(m) = &self.multi else { return };
        let total_bytes: u64 = plan.steps.iter().map(|s| s.bytes).sum();
        if let Ok(st) = ProgressStyle::with_template(&format!(
            "{{prefix:>{width}}} [{{bar:30}}] {{bytes}}/{{total_bytes}} {{bytes_per_sec}} {{elapsed}}"
        )) {
            let bar = m.add(
                ProgressBar::new(total_bytes)
                    .with_style(st.progress_chars("=> "))
                    .with_prefix("total"),
            );
            *self.total.lock().unwrap() = Some(bar);
        }
    }

    fn started(&self, step: &Step) {
        let Some(m) = &self.multi else { return };
        let Ok(style) = ProgressStyle::with_template(&format!(
            "{{prefix:>{}}} [{{bar:30}}] {{bytes}}/{{total_bytes}} {{elapsed}}",
            self.width.load(Ordering::Relaxed)
        )) else {
            return;
        };
        let bar = m.add(
            ProgressBar::new(step.bytes)
                .with_style(style.progress_chars("=> "))
                .with_prefix(step.label()),
        );
        self.bars.lock().unwrap().insert(step.part, bar);
    }

    fn progress(&self, step: &Step, bytes: u64) {
        let bars = self.bars.lock().unwrap();
        if let Some(b) = bars.get(&step.part) {
            let delta = bytes.saturating_sub(b.position());
            b.set_position(bytes);
            if let Some(t) = &*self.total.lock().unwrap() {
                t.inc(delta);
            }
        }
    }

    fn finished(&self, step: &Step, o: &PartOutcome) {
        if let Some(b) = self.bars.lock().unwrap().remove(&step.part) {
            if let Some(t) = &*self.total.lock().unwrap() {
                t.inc(step.bytes.saturating_sub(b.position()));
            }
            b.finish_and_clear();
            if let Some(m) = &self.multi {
                m.remove(&b);
            }
        }
        if self.quiet && o.status == Status::Ok {
            return;
        }
        self.line(&part_line(step, o, self.width.load(Ordering::Relaxed)));
    }
}

fn part_line(step: &Step, o: &PartOutcome, width: usize) -> String {
    let head = format!(
        "pgseal: {} {:>10} {:>7.2} s",
        pad(&step.label(), width),
        human(o.bytes),
        o.seconds
    );
    match o.status {
        Status::Ok => format!("{head}  ok"),
        st => {
            let word = match st {
                Status::Cancelled => "cancelled",
                Status::NotRun => "not run",
                _ => "FAILED",
            };
            let at = o.line.map_or(String::new(), |l| format!(" at line {l}"));
            let msg = o.error.as_deref().unwrap_or("").trim_end();
            let msg = msg.replace('\n', "\n        ");
            format!("{head}  {word}{at}: {msg}")
        }
    }
}

/// `pgseal drill`.
pub fn drill_cmd(a: DrillArgs, quiet: bool, _verbose: bool) -> Result<u8> {
    let archive = a.archive.open()?;
    let jobs = a.jobs.map_or_else(cores, |j| j as usize);
    let opts = DrillOptions {
        pg_bin: a.pg_bin.clone(),
        jobs,
        keep: a.keep,
        work_dir: a.work_dir.clone(),
    };
    let observer = CliObserver::new(quiet, "drill: ");
    let report = drill(&archive, &opts, &observer);
    observer.done();
    let report = report?;
    if a.json {
        print_json(&drill_json(&report, jobs))?;
    } else {
        let mut out = io::stdout().lock();
        print_drill(&mut out, &report, jobs)?;
        out.flush()?;
    }
    Ok(if report.passed() { 0 } else { EXIT_FAILED })
}

fn outcome_of<'a>(report: &'a DrillReport, step: &Step) -> Option<&'a PartOutcome> {
    report
        .restore
        .as_ref()?
        .outcomes
        .iter()
        .find(|o| report.plan.steps[o.step].part == step.part)
}

fn drill_seconds(report: &DrillReport, step: &Step) -> Option<f64> {
    outcome_of(report, step).map(|o| o.seconds)
}

fn print_drill(out: &mut dyn Write, report: &DrillReport, jobs: usize) -> Result<()> {
    writeln!(
        out,
        "drill: PostgreSQL {} from {} (cluster set up in {:.1} s)",
        report.install.version,
        report.install.bin.display(),
        report.setup_seconds
    )?;
    if let Some(r) = &report.restore {
        let bytes: u64 = r.outcomes.iter().map(|o| o.bytes).sum();
        writeln!(
            out,
            "recovery time: {:.2} s for {} parts ({}), {jobs} jobs",
            r.seconds,
            r.outcomes.len(),
            human(bytes)
        )?;
        let width = report
            .plan
            .steps
            .iter()
            .map(|s| width_of(&s.label()))
            .max()
            .unwrap_or(8)
            .clamp(8, 40);
        for step in &report.plan.steps {
            let secs = drill_seconds(report, step).unwrap_or(0.0);
            let check = report.checks.iter().find(|c| c.part == step.part);
            let what = match check {
                Some(c) if c.ok() => format!(
                    "{}, {}: ok",
                    plural(c.tables as u64, "table"),
                    plural(c.rows, "row")
                ),
                Some(c) if !c.connected => "does not accept connections".to_string(),
                Some(c) if !c.mismatches.is_empty() => {
                    format!(
                        "{} tables, {} with other row counts",
                        c.tables,
                        c.mismatches.len()
                    )
                }
                Some(_) => "rows could not be counted".to_string(),
                None if step.action == Action::Globals => "roles and memberships".to_string(),
                None => match outcome_of(report, step).map(|o| o.status) {
                    Some(Status::NotRun) | None => "not run".to_string(),
                    _ => "restore failed: not checked".to_string(),
                },
            };
            writeln!(out, "  {:<width$} {:>8.2} s  {what}", step.label(), secs)?;
        }
    }
    if report.passed() {
        let dbs = report.checks.len();
        let tables: usize = report.checks.iter().map(|c| c.tables).sum();
        let rows: u64 = report.checks.iter().map(|c| c.rows).sum();
        writeln!(
            out,
            "verdict: PASS: every database accepts connections ({dbs}); {} hold exactly the {} the manifest counted",
            plural(tables as u64, "table"),
            plural(rows, "row")
        )?;
    } else {
        writeln!(out, "verdict: FAIL")?;
        for r in &report.reasons {
            writeln!(out, "  - {}", r.replace('\n', "\n    "))?;
        }
    }
    if let Some(k) = &report.kept {
        writeln!(
            out,
            "the cluster is still running; connect with:\n  {}\nstop and remove it with:\n  {}",
            k.psql_hint(),
            k.stop_hint()
        )?;
    }
    Ok(())
}

fn drill_json(report: &DrillReport, jobs: usize) -> Value {
    let parts: Vec<Value> = report
        .plan
        .steps
        .iter()
        .map(|step| {
            let outcome = outcome_of(report, step);
            let check = report.checks.iter().find(|c| c.part == step.part);
            let (name, name_hex) = name_json(step.name.as_deref());
            json!({
                "part": step.part,
                "kind": step.kind,
                "name": name,
                "name_hex": name_hex,
                "status": outcome.map(|o| o.status),
                "seconds": outcome.map(|o| o.seconds),
                "bytes": outcome.map(|o| o.bytes),
                "error": outcome.and_then(|o| o.error.clone()),
                "connected": check.map(|c| c.connected),
                "tables": check.map(|c| c.tables),
                "rows": check.map(|c| c.rows),
                "mismatches": check.map(|c| c.mismatches.iter().map(|m| json!({
                    "table": m.table, "expected": m.expected, "found": m.found
                })).collect::<Vec<_>>()),
                "check_error": check.and_then(|c| c.error.clone()),
            })
        })
        .collect();
    json!({
        "verdict": if report.passed() { "pass" } else { "fail" },
        "reasons": report.reasons,
        "postgres": {"version": report.install.version, "bin": report.install.bin},
        "setup_seconds": report.setup_seconds,
        "recovery_seconds": report.restore.as_ref().map(|r| r.seconds),
        "jobs": jobs,
        "parts": parts,
        "kept": report.kept.as_ref().map(|k| json!({
            "dir": k.dir, "data_dir": k.data_dir, "socket_dir": k.socket_dir,
            "port": k.port, "psql": k.psql_hint(), "stop": k.stop_hint(),
        })),
    })
}

fn plural(n: u64, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Terminal columns of `s`: East Asian wide characters take two.
fn width_of(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let c = c as u32;
            let wide = matches!(c,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F
                | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

/// `s` padded with spaces to `width` columns.
fn pad(s: &str, width: usize) -> String {
    let w = width_of(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}
