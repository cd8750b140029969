//! `pgseal list`.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;

use pgseal::archive::format::{TocParallel, TocSection};
use pgseal::archive::{Manifest, PartEntry, PartKind};

use super::archive::ArchiveArgs;
use super::display::{human, pad, pad_left, print_json, width_of};

#[derive(Args)]
pub struct ListArgs {
    #[command(flatten)]
    keys: ArchiveArgs,
    /// Print one JSON object
    #[arg(long)]
    json: bool,
    /// Print the table of contents of database DB's part, like `pg_restore -l`
    #[arg(long, value_name = "DB")]
    toc: Option<String>,
}

pub fn run(a: ListArgs) -> Result<()> {
    let archive = a.keys.open()?;
    let m = &archive.manifest;
    if let Some(db) = &a.toc {
        let Some(i) = archive.find_database(db.as_bytes()) else {
            return Err(pgseal::error::fail(
                pgseal::error::ErrorKind::Failed,
                format!("the archive has no database {db:?} (see pgseal list)"),
            ));
        };
        return print_toc(&m.parts[i], a.json);
    }
    if a.json {
        return print_json(&json(m));
    }
    let mut out = io::stdout().lock();
    let state = if m.complete {
        "complete".to_string()
    } else {
        format!(
            "INCOMPLETE ({})",
            m.incomplete_reason.as_deref().unwrap_or("")
        )
    };
    writeln!(
        out,
        "archive {}: {state}, created {}",
        archive.location(),
        m.created_at
    )?;
    if !m.dump.banner.is_empty() {
        writeln!(out, "source: {}", m.dump.banner)?;
    }
    if !m.dump.server_versions.is_empty() {
        writeln!(out, "server version: {}", m.dump.server_versions.join(", "))?;
    }
    if !m.dump.dump_versions.is_empty() {
        writeln!(out, "dumped by: {}", m.dump.dump_versions.join(", "))?;
    }
    if let Some(t) = &m.dump.started_on {
        writeln!(out, "dump started: {t}")?;
    }
    writeln!(out)?;
    print_table(m, &mut out)?;
    for (i, p) in m.parts.iter().enumerate() {
        if let Some(why) = p.toc.as_ref().and_then(|t| t.serial.as_deref()) {
            writeln!(
                out,
                "note: part {i} ({}) restores in one session: {why}",
                shown(p.name.as_deref())
            )?;
        }
    }
    for r in m.relocated.iter().filter(|r| r.part.is_none()) {
        writeln!(out, "note: DROP DATABASE {:?} from the globals is kept only for cat --all: that database has no part", r.database)?;
    }
    out.flush()?;
    Ok(())
}

fn json(m: &Manifest) -> serde_json::Value {
    let parts: Vec<_> = m
        .parts
        .iter()
        .map(|p| {
            serde_json::json!({
                "kind": p.kind,
                "name": p.name,
                "name_hex": p.name_hex,
                "file": p.file,
                "bytes": p.stats.plain_bytes,
                "sealed_bytes": p.stats.sealed_bytes,
                "tables": p.tables,
                "roles": p.roles,
                "creates_database": p.creates_database,
                "cut_short": p.cut_short,
                "toc": p.toc.as_ref().map(|t| serde_json::json!({
                    "entries": t.entries.len(),
                    "serial_reason": t.serial,
                })),
            })
        })
        .collect();
    let not_restored: Vec<_> = m
        .relocated
        .iter()
        .filter(|r| r.part.is_none())
        .map(|r| &r.database)
        .collect();
    serde_json::json!({
        "complete": m.complete,
        "incomplete_reason": m.incomplete_reason,
        "created_at": m.created_at,
        "pgseal_version": m.pgseal_version,
        "input": m.input,
        "dump": m.dump,
        "redacted": m.redacted,
        "parts": parts,
        "dropped_databases_without_section": not_restored,
    })
}

/// One part's table of contents: an entry a line, in dump order.
fn print_toc(p: &PartEntry, json: bool) -> Result<()> {
    let name = shown(p.name.as_deref());
    let Some(toc) = &p.toc else {
        return Err(pgseal::error::fail(
            pgseal::error::ErrorKind::Failed,
            format!(
                "database {name} has no table of contents (archives made before pgseal read them restore in one session)"
            ),
        ));
    };
    if json {
        return print_json(&serde_json::json!({
            "database": p.name,
            "serial_reason": toc.serial,
            "prefix_entries": toc.body,
            "entries": toc.entries.iter().map(|e| serde_json::json!({
                "kind": e.kind,
                "schema": e.schema,
                "name": e.name,
                "owner": e.owner,
                "section": e.section,
                "class": e.class,
                "parallel": e.parallel(),
                "bytes": e.end - e.start,
                "rows": e.rows,
            })).collect::<Vec<_>>(),
        }));
    }
    let mut out = io::stdout().lock();
    writeln!(out, ";")?;
    writeln!(out, "; database {name}: {} entries", toc.entries.len())?;
    match &toc.serial {
        Some(why) => writeln!(out, "; restores in one session: {why}")?,
        None => writeln!(
            out,
            "; entries 1-{} run first, in one session; the rest in parallel where they can",
            toc.body
        )?,
    }
    writeln!(out, ";")?;
    for (i, e) in toc.entries.iter().enumerate() {
        let section = match e.section {
            TocSection::PreData => "pre-data",
            TocSection::Data => "data",
            TocSection::PostData => "post-data",
        };
        let rows = if e.rows > 0 {
            format!(" rows={}", e.rows)
        } else {
            String::new()
        };
        let rows = match e.parallel() {
            Some(TocParallel::Table) => format!("{rows}; beside its neighbours"),
            Some(TocParallel::TableComment) => format!("{rows}; with its object"),
            Some(TocParallel::Acl) => format!("{rows}; beside other grants"),
            Some(TocParallel::Unknown) | None => rows,
        };
        writeln!(
            out,
            "{:>5}; {section} {} {} {} {} ({}{rows})",
            i + 1,
            e.kind,
            e.schema.as_deref().unwrap_or("-"),
            e.name,
            e.owner.as_deref().unwrap_or("-"),
            human(e.end - e.start),
        )?;
    }
    out.flush()?;
    Ok(())
}

/// A part's name as `list` shows it: plain when printable, else quoted
/// with escapes.
fn shown(name: Option<&str>) -> String {
    name.map_or("-".to_string(), |n| {
        let e: String = n.escape_debug().collect();
        if e == n {
            e
        } else {
            format!("\"{e}\"")
        }
    })
}

/// The parts as a table whose columns line up in a terminal, whatever
/// script the names are written in.
pub fn print_table(m: &Manifest, out: &mut dyn Write) -> Result<()> {
    let names: Vec<String> = m.parts.iter().map(|p| shown(p.name.as_deref())).collect();
    let width = names.iter().map(|n| width_of(n)).max().unwrap_or(0).max(4);
    writeln!(
        out,
        "{:>4}  {:<8}  {}  {:>10}  {:>10}  {:>6}",
        "#",
        "KIND",
        pad("NAME", width),
        "PLAIN",
        "SEALED",
        "RATIO"
    )?;
    for (i, (p, name)) in m.parts.iter().zip(&names).enumerate() {
        let ratio = if p.stats.sealed_bytes > 0 {
            p.stats.plain_bytes as f64 / p.stats.sealed_bytes as f64
        } else {
            0.0
        };
        let kind = match p.kind {
            PartKind::Globals => "globals",
            PartKind::Database => "database",
        };
        let cut = if p.cut_short { "  cut short" } else { "" };
        writeln!(
            out,
            "{i:>4}  {kind:<8}  {}  {}  {}  {ratio:>5.1}x{cut}",
            pad(name, width),
            pad_left(&human(p.stats.plain_bytes), 10),
            pad_left(&human(p.stats.sealed_bytes), 10),
        )?;
    }
    Ok(())
}
