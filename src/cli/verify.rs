//! `pgseal verify`.

use anyhow::Result;

use pgseal::error::{fail, kind_of, ErrorKind};

use super::archive::ArchiveArgs;
use super::display::human;
use super::Verbosity;

pub fn run(a: ArchiveArgs, v: Verbosity) -> Result<()> {
    let failed = |kind: ErrorKind| fail(kind, format!("{} FAILED verification", a.dir.display()));
    let archive = match a.open() {
        Ok(archive) => archive,
        Err(e) => {
            let kind = kind_of(&e);
            if kind == ErrorKind::Failed {
                return Err(e);
            }
            eprintln!("pgseal: {e:#}");
            return Err(failed(kind));
        }
    };
    let problems = archive.verify();
    if problems.is_empty() {
        if !v.quiet {
            let m = &archive.manifest;
            eprintln!(
                "pgseal: {} OK: {} parts, {} of pg_dumpall output, every hash matches",
                archive.location(),
                m.parts.len(),
                human(m.input.bytes)
            );
        }
        return Ok(());
    }
    for p in &problems {
        eprintln!("pgseal: {}: {}", p.file, p.what);
    }
    // The most serious finding decides: damage, then incompleteness.
    let kind = [ErrorKind::Damaged, ErrorKind::Incomplete]
        .into_iter()
        .find(|k| problems.iter().any(|p| p.kind == *k))
        .unwrap_or(ErrorKind::Failed);
    Err(failed(kind))
}
