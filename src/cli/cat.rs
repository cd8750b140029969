//! `pgseal cat`.

use std::ffi::OsString;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;

use anyhow::{Context, Result};
use clap::{ArgGroup, Args};

use pgseal::error::{fail, ErrorKind};

use super::archive::ArchiveArgs;

#[derive(Args)]
#[command(group(ArgGroup::new("what").required(true).multiple(true).args(["all", "globals", "db"])))]
pub struct CatArgs {
    #[command(flatten)]
    keys: ArchiveArgs,
    /// The whole original pg_dumpall stream, byte for byte
    #[arg(long, conflicts_with_all = ["globals", "db"])]
    all: bool,
    /// The globals: roles, role settings, memberships, tablespaces
    #[arg(long)]
    globals: bool,
    /// The part of database NAME; repeatable (names starting with "-" work as --db=NAME)
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    db: Vec<OsString>,
}

pub fn run(a: CatArgs) -> Result<()> {
    let archive = a.keys.open()?;
    let m = &archive.manifest;
    let mut selected = Vec::new();
    if a.globals {
        selected.push(0);
    }
    for name in &a.db {
        let i = archive
            .find_database(name.as_bytes())
            .with_context(|| format!("the archive has no database {name:?} (see pgseal list)"))?;
        if !selected.contains(&i) {
            selected.push(i);
        }
    }
    if a.all && !m.complete {
        return Err(fail(
            ErrorKind::Incomplete,
            format!(
                "the archive is incomplete ({}); cat --all would give a truncated dump. \
                 Use --globals or --db for the parts that are there",
                m.incomplete_reason.as_deref().unwrap_or("input cut short")
            ),
        ));
    }
    if let Some(&i) = selected.iter().find(|&&i| m.parts[i].cut_short) {
        return Err(fail(
            ErrorKind::Incomplete,
            format!(
                "part {i} ({}) was being written when the input ended; its SQL is incomplete",
                m.parts[i].name.as_deref().unwrap_or("globals")
            ),
        ));
    }
    let mut stdout = io::stdout().lock();
    if a.all {
        // Rebuilding writes in large blocks already: no buffer, no copy.
        archive.cat_all(&mut stdout)?;
        stdout.flush().context("cannot write to standard output")?;
        return Ok(());
    }
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout);
    selected.sort_unstable();
    for i in selected {
        archive.cat_part(i, &mut out)?;
    }
    out.flush().context("cannot write to standard output")
}
