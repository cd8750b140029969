//! `pgseal prune`: removes the archives a retention policy does not keep.

use std::path::PathBuf;

use anyhow::Result;
use clap::{value_parser, ArgGroup, Args};
use serde_json::{json, Value};

use pgseal::archive::inventory::{inventory, plan, ArchiveInfo, Inventory};
use pgseal::archive::retention::{utc_rfc3339, Policy, Verdict};
use pgseal::error::{fail, ErrorKind};
use pgseal::store::Location;

use super::archives::notes;
use super::display::{human, pad, plural, print_json};
use super::Verbosity;

#[derive(Args)]
#[command(group(
    ArgGroup::new("policy")
        .required(true)
        .multiple(true)
        .args(["keep_last", "keep_daily", "keep_weekly", "keep_monthly"])
))]
pub struct PruneArgs {
    /// A directory holding archives, or s3://BUCKET/PREFIX
    #[arg(value_name = "LOCATION")]
    location: PathBuf,
    /// Keep the N newest complete archives
    #[arg(long, value_name = "N", value_parser = value_parser!(u32).range(1..))]
    keep_last: Option<u32>,
    /// Keep the newest archive of each of the N most recent days that have one (UTC)
    #[arg(long, value_name = "N", value_parser = value_parser!(u32).range(1..))]
    keep_daily: Option<u32>,
    /// Keep the newest archive of each of the N most recent ISO weeks that have one
    #[arg(long, value_name = "N", value_parser = value_parser!(u32).range(1..))]
    keep_weekly: Option<u32>,
    /// Keep the newest archive of each of the N most recent months that have one
    #[arg(long, value_name = "N", value_parser = value_parser!(u32).range(1..))]
    keep_monthly: Option<u32>,
    /// Say what would be removed, and remove nothing
    #[arg(short = 'n', long)]
    dry_run: bool,
    /// Print one JSON object
    #[arg(long)]
    json: bool,
}

/// What happened to one archive.
struct Outcome<'a> {
    archive: &'a ArchiveInfo,
    verdict: Verdict,
    removed: bool,
    error: Option<String>,
}

pub fn run(a: PruneArgs, v: Verbosity) -> Result<()> {
    let policy = Policy {
        last: a.keep_last.unwrap_or(0),
        daily: a.keep_daily.unwrap_or(0),
        weekly: a.keep_weekly.unwrap_or(0),
        monthly: a.keep_monthly.unwrap_or(0),
    };
    let at = Location::parse(&a.location)?;
    let inv = inventory(&at)?;
    notes(&at, &inv, v);
    let mut outcomes = Vec::new();
    for (archive, verdict) in plan(&inv.archives, &policy) {
        let o = carry_out(&inv, archive, verdict, a.dry_run);
        if let Some(e) = &o.error {
            eprintln!("pgseal: error: {e}");
        }
        if !a.json {
            print_line(&o, a.dry_run, v);
        }
        outcomes.push(o);
    }
    if a.json {
        print_json(&json!({
            "dry_run": a.dry_run,
            "archives": outcomes.iter().map(json_of).collect::<Vec<_>>(),
        }))?;
    }
    summary(&at, &outcomes, a.dry_run, v)
}

/// Removes the archive if the verdict says so (not in a dry run, where an
/// archive holding foreign files is still reported as refused).
fn carry_out<'a>(
    inv: &Inventory,
    archive: &'a ArchiveInfo,
    verdict: Verdict,
    dry_run: bool,
) -> Outcome<'a> {
    let mut o = Outcome {
        archive,
        verdict,
        removed: false,
        error: None,
    };
    if !o.verdict.removes() {
        return o;
    }
    if dry_run {
        if !archive.foreign.is_empty() {
            o.error = Some(format!(
                "{} would not be removed: it holds {}, which is not part of a pgseal archive",
                archive.location,
                archive.foreign.join(", ")
            ));
        }
        return o;
    }
    match inv.remove(archive) {
        Ok(_) => o.removed = true,
        Err(e) => o.error = Some(format!("{e:#}")),
    }
    o
}

fn why(v: &Verdict) -> String {
    match v {
        Verdict::Keep(by) => by
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Verdict::Expired => "kept by no rule".into(),
        Verdict::Superseded => "incomplete, older than the newest complete archive".into(),
        Verdict::LeftPartial => "partial (no manifest): a split may be in progress".into(),
        Verdict::LeftIncomplete => "incomplete, and no complete archive is newer".into(),
    }
}

fn action(o: &Outcome, dry_run: bool) -> &'static str {
    match (&o.verdict, dry_run) {
        (Verdict::Keep(_), _) => "keep",
        (Verdict::LeftPartial | Verdict::LeftIncomplete, _) => "leave",
        _ if o.error.is_some() && dry_run => "would refuse",
        _ if o.error.is_some() => "refused",
        (_, true) => "would remove",
        (_, false) => "removed",
    }
}

/// One line per archive on stdout.
fn print_line(o: &Outcome, dry_run: bool, v: Verbosity) {
    if v.quiet && !o.removed {
        return;
    }
    let a = o.archive;
    println!(
        "{}  {}  {}  {}  ({})",
        pad(action(o, dry_run), 12),
        utc_rfc3339(a.created),
        pad(a.state.as_str(), 10),
        a.name,
        why(&o.verdict)
    );
}

fn json_of(o: &Outcome) -> Value {
    let a = o.archive;
    let kept_by: Vec<Value> = match &o.verdict {
        Verdict::Keep(by) => by
            .iter()
            .map(|k| json!({"rule": k.rule(), "period": k.period(), "text": k.to_string()}))
            .collect(),
        _ => Vec::new(),
    };
    let action = match &o.verdict {
        Verdict::Keep(_) => "keep",
        Verdict::Expired | Verdict::Superseded => "remove",
        Verdict::LeftPartial | Verdict::LeftIncomplete => "leave",
    };
    // The archive as `archives --json` shows it, and what prune does with it.
    let mut v = super::archives::json_of(a);
    v["action"] = json!(action);
    v["reason"] = json!(why(&o.verdict));
    v["kept_by"] = json!(kept_by);
    v["removed"] = json!(o.removed);
    v["error"] = json!(o.error);
    v
}

/// The totals on stderr; an error if any removal was refused or failed.
fn summary(at: &Location, outcomes: &[Outcome], dry_run: bool, v: Verbosity) -> Result<()> {
    let count = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count() as u64;
    let to_remove = count(&|o| o.verdict.removes() && o.error.is_none());
    let bytes: u64 = outcomes
        .iter()
        .filter(|o| o.verdict.removes() && o.error.is_none())
        .map(|o| o.archive.bytes)
        .sum();
    let kept = count(&|o| matches!(o.verdict, Verdict::Keep(_)));
    let left = count(&|o| matches!(o.verdict, Verdict::LeftPartial | Verdict::LeftIncomplete));
    let failed = count(&|o| o.error.is_some());
    if !v.quiet {
        let (verb, keep, leave) = if dry_run {
            ("would remove", "would keep", "would leave")
        } else {
            ("removed", "kept", "left")
        };
        eprintln!(
            "pgseal: {at}: {verb} {} ({}), {keep} {}, {leave} {} alone{}",
            plural(to_remove, "archive"),
            human(bytes),
            kept,
            left,
            if dry_run { "; nothing was removed" } else { "" }
        );
    }
    if failed > 0 {
        return Err(fail(
            ErrorKind::Failed,
            format!(
                "{} of {at} could not be removed (see above)",
                plural(failed, "archive")
            ),
        ));
    }
    Ok(())
}
