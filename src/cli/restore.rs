//! `pgseal restore`: arguments, the plan, per-part lines, summary and JSON.

use std::ffi::OsString;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{ArgAction, Args};
use serde_json::{json, Value};

use pgseal::archive::format::hex_encode;
use pgseal::archive::Archive;
use pgseal::error::{fail, ErrorKind};
use pgseal::quote::show_name;
use pgseal::restore::conn::{ConnOptions, Target};
use pgseal::restore::journal::{Journal, PartState};
use pgseal::restore::plan::{plan, Action, Plan, PlanOptions, Selection, Step};
use pgseal::restore::run::{execute, PartOutcome, RestoreReport, RunOptions, Status};
use pgseal::restore::schedule::{parse_table, Filter};
use std::collections::HashMap;
use std::sync::Arc;

use super::archive::ArchiveArgs;
use super::display::{human, pad, print_json};
use super::observer::CliObserver;
use super::Verbosity;

const RESTORE_EXIT: &str = "\
psql runs once per part, with ON_ERROR_STOP, connected with -h/-p/-U/-d or the PG* variables;
it never prompts for a password (use PGPASSWORD, PGPASSFILE or ~/.pgpass). Each part is decrypted
in memory and streamed into psql's standard input: no plaintext touches the disk.

Exit status:
  0  every part restored
  1  error, or the restore was refused before anything ran (nothing was changed)
  2  command-line usage error
  4  the archive is incomplete and its cut-short part was selected (nothing was changed)
  5  the manifest is damaged, or the signature required by --verify-key does not hold
  6  one or more parts failed (the others were restored unless --fail-fast)";

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
    /// Restore only table [SCHEMA.]NAME of the --db databases: its definition, data, indexes,
    /// constraints, triggers, policies, comments and grants, into the existing database;
    /// repeatable. Quote a name holding a dot: --table '"a.b".c'
    #[arg(short = 't', long, value_name = "[SCHEMA.]NAME", requires = "db")]
    pub table: Vec<String>,
    /// Restore only the data (table contents, sequence values, large objects) into the
    /// existing databases
    #[arg(long, conflicts_with = "schema_only")]
    pub data_only: bool,
    /// Restore everything but the data
    #[arg(long)]
    pub schema_only: bool,
    /// Load with triggers and foreign-key checks off (session_replication_role = replica;
    /// superusers only), for --data-only and --table into a database whose keys exist
    #[arg(long)]
    pub disable_triggers: bool,
    /// Drop and recreate selected databases that already exist (only those)
    #[arg(long)]
    pub clean: bool,
    /// Do not restore password hashes of the roles the globals create
    #[arg(long)]
    pub no_role_passwords: bool,
    /// Connections to the target at once, shared by databases restored side by side and
    /// by entries of one database restored in parallel (default: number of cores)
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// Table-of-contents entries per transaction; 0 commits every statement alone, as psql -f
    #[arg(long, value_name = "N", default_value_t = pgseal::restore::run::DEFAULT_TRANSACTION_SIZE)]
    pub transaction_size: usize,
    /// Restore each database on one session, from start to end, ignoring its table of contents
    #[arg(long)]
    pub single_session: bool,
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
    /// Record in FILE (a new file) which parts and entries have committed, so that an
    /// interrupted restore can go on with --resume FILE; no SQL is written to it
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    pub journal: Option<PathBuf>,
    /// Go on with the restore journaled in FILE: what committed is not run again
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,
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

type Resumed = HashMap<String, PartState>;

/// `--journal` (a new journal) or `--resume` (an earlier one, whose open
/// transactions the server settles). Opened only for a real run.
fn open_journal(
    a: &RestoreArgs,
    archive: &Archive,
    conn: &ConnOptions,
) -> Result<(Option<Arc<Journal>>, Option<Resumed>)> {
    if a.dry_run {
        let before = match &a.resume {
            Some(path) => Some(Journal::resume(path, &archive.manifest)?.before),
            None => None,
        };
        return Ok((None, before));
    }
    let (journal, resume) = match (&a.journal, &a.resume) {
        (Some(path), _) => (Journal::create(path, &archive.manifest)?, false),
        (None, Some(path)) => (Journal::resume(path, &archive.manifest)?, true),
        (None, None) => return Ok((None, None)),
    };
    let mut before = journal.before.clone();
    for state in before.values_mut() {
        state.settle(|xid| {
            let rows = conn.query(None, &format!("SELECT txid_status({xid})"))?;
            Ok(rows.first().is_some_and(|r| r == b"committed"))
        })?;
    }
    Ok((Some(Arc::new(journal)), resume.then_some(before)))
}

pub(super) fn cores() -> usize {
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
pub fn run(a: RestoreArgs, v: Verbosity) -> Result<()> {
    let (quiet, verbose) = (v.quiet, v.verbose);
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
    let mut entries = Filter {
        data_only: a.data_only,
        schema_only: a.schema_only,
        ..Filter::default()
    };
    for t in &a.table {
        entries.tables.push(parse_table(t).ok_or_else(|| {
            anyhow::anyhow!(
                "--table {t:?}: expected NAME or SCHEMA.NAME (quote a name holding a dot)"
            )
        })?);
    }
    let (journal, resume) = open_journal(&a, &archive, &conn)?;
    let opts = PlanOptions {
        selection,
        clean: a.clean,
        strip_passwords: a.no_role_passwords,
        entries,
        resume,
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
            }
            return Err(refused(&the_plan));
        }
        return Ok(());
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
    // A damaged file found halfway would leave the target half restored:
    // every selected part's file is checked before anything runs.
    for step in &the_plan.steps {
        archive
            .check_part_file(step.part)
            .context("nothing was restored")?;
    }
    let observer = CliObserver::new(quiet, "");
    let report = execute(
        &archive,
        &the_plan,
        &conn,
        &RunOptions {
            jobs,
            fail_fast: a.fail_fast,
            transaction_size: a.transaction_size,
            single_session: a.single_session,
            disable_triggers: a.disable_triggers,
            journal,
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
    let summary = summary(&the_plan, &report);
    if !report.ok() {
        return Err(fail(ErrorKind::RestoreFailed, summary));
    }
    if !quiet {
        eprintln!("pgseal: {summary}");
    }
    Ok(())
}

/// Why nothing ran. A refused cut-short part makes it an incomplete
/// archive's failure, so a script can tell it from a target not ready.
fn refused(plan: &Plan) -> anyhow::Error {
    let kind = if plan.cut_short_selected {
        ErrorKind::Incomplete
    } else {
        ErrorKind::Failed
    };
    fail(
        kind,
        format!(
            "nothing was restored: {} refusal(s) (see above, or --dry-run)",
            plan.refusals.len()
        ),
    )
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

pub(super) fn name_json(name: Option<&[u8]>) -> (Value, Value) {
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
        archive.location(),
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
