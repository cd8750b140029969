//! `pgseal drill`: arguments, the report and its JSON.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde_json::{json, Value};

use pgseal::error::{fail, ErrorKind};
use pgseal::restore::drill::{drill, DrillOptions, DrillReport};
use pgseal::restore::plan::{Action, Step};
use pgseal::restore::run::{PartOutcome, Status};

use super::archive::ArchiveArgs;
use super::display::{human, plural, print_json};
use super::observer::{label_width, CliObserver};
use super::restore::{cores, name_json};
use super::Verbosity;

const DRILL_EXIT: &str = "\
Exit status:
  0  the drill passed
  1  no drill could be run (no suitable PostgreSQL, bad key, the cluster did not start)
  2  command-line usage error
  5  the manifest is damaged, or the signature required by --verify-key does not hold
  6  the drill failed: a part did not restore, a database refused connections, or a
     table does not hold the rows the manifest counted";

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

/// `pgseal drill`.
pub fn run(a: DrillArgs, v: Verbosity) -> Result<()> {
    let quiet = v.quiet;
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
    if !report.passed() {
        return Err(fail(
            ErrorKind::RestoreFailed,
            format!("the drill of {} FAILED", a.archive.dir.display()),
        ));
    }
    Ok(())
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
        let width = label_width(&report.plan);
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
                "count_failures": check.map(|c| c.failures.iter().map(|f| json!({
                    "table": f.table, "error": f.error
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
