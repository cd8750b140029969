//! `pgseal archives`: the archives below a directory or prefix, newest first.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde_json::{json, Value};

use pgseal::archive::inventory::{inventory, ArchiveInfo, Inventory};
use pgseal::archive::retention::utc_rfc3339;
use pgseal::store::Location;

use super::display::{human, pad, pad_left, print_json};
use super::Verbosity;

#[derive(Args)]
pub struct ArchivesArgs {
    /// A directory holding archives, or s3://BUCKET/PREFIX
    #[arg(value_name = "LOCATION")]
    pub location: PathBuf,
    /// Print a JSON array, one object per archive
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: ArchivesArgs, v: Verbosity) -> Result<()> {
    let at = Location::parse(&a.location)?;
    let inv = inventory(&at)?;
    notes(&at, &inv, v);
    if a.json {
        return print_json(&Value::Array(inv.archives.iter().map(json_of).collect()));
    }
    if inv.archives.is_empty() {
        if !v.quiet {
            eprintln!("pgseal: no archives in {at}");
        }
        return Ok(());
    }
    print_table(&inv.archives)
}

/// What the listing leaves out or should warn about, on stderr.
pub fn notes(at: &Location, inv: &Inventory, v: Verbosity) {
    if v.quiet {
        return;
    }
    if !inv.skipped.is_empty() {
        let names = if v.verbose {
            format!(": {}", inv.skipped.join(", "))
        } else {
            String::new()
        };
        let what = match inv.skipped.len() {
            1 => format!("1 entry below {at} holds no pgseal files and is not an archive"),
            n => format!("{n} entries below {at} hold no pgseal files and are not archives"),
        };
        eprintln!("pgseal: note: {what}{names}");
    }
    for a in inv.archives.iter().filter(|a| !a.foreign.is_empty()) {
        eprintln!(
            "pgseal: note: {} also holds {}, which prune will not remove",
            a.location,
            a.foreign.join(", ")
        );
    }
}

pub fn json_of(a: &ArchiveInfo) -> Value {
    json!({
        "name": a.name,
        "location": a.location.to_string(),
        "created": utc_rfc3339(a.created),
        "created_unix": a.created,
        "bytes": a.bytes,
        "files": a.files,
        "state": a.state.as_str(),
        "signed": a.signed,
        "other_entries": a.foreign,
    })
}

fn print_table(archives: &[ArchiveInfo]) -> Result<()> {
    let sizes: Vec<String> = archives.iter().map(|a| human(a.bytes)).collect();
    let size_w = sizes.iter().map(|s| s.len()).max().unwrap_or(0).max(4);
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{}  {}  {}  {}  NAME",
        pad("CREATED", 20),
        pad_left("SIZE", size_w),
        pad("STATE", 10),
        pad("SIGNED", 6)
    )?;
    for (a, size) in archives.iter().zip(&sizes) {
        writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad(&utc_rfc3339(a.created), 20),
            pad_left(size, size_w),
            pad(a.state.as_str(), 10),
            pad(if a.signed { "yes" } else { "no" }, 6),
            a.name
        )?;
    }
    out.flush()?;
    Ok(())
}
