//! Finding the PostgreSQL server programs for a drill: `--pg-bin`, then
//! PATH, then Debian's `/usr/lib/postgresql/<major>/bin`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Result};

use super::conn::{major_display, major_key};

/// The programs a drill runs.
pub const PROGRAMS: [&str; 4] = ["initdb", "pg_ctl", "postgres", "psql"];

/// A directory holding all of [`PROGRAMS`].
#[derive(Debug, Clone)]
pub struct PgInstall {
    /// The directory.
    pub bin: PathBuf,
    /// As `postgres --version` says it, e.g. "15.18 (Debian 15.18-0+deb12u1)".
    pub version: String,
    /// Comparable major (see [`major_key`]).
    pub major: u32,
}

impl PgInstall {
    /// The path of program `name` in [`PgInstall::bin`].
    pub fn program(&self, name: &str) -> PathBuf {
        self.bin.join(name)
    }

    /// Reads the version of the programs in `bin`; an error names the programs missing there.
    pub fn probe(bin: &Path) -> Result<PgInstall> {
        let missing: Vec<&str> = PROGRAMS
            .iter()
            .copied()
            .filter(|p| !bin.join(p).is_file())
            .collect();
        if !missing.is_empty() {
            bail!("{} has no {}", bin.display(), missing.join(", "));
        }
        let out = Command::new(bin.join("postgres"))
            .arg("--version")
            .stdin(Stdio::null())
            .output();
        let out = match out {
            Ok(o) if o.status.success() => o,
            Ok(o) => bail!(
                "{}/postgres --version failed: {}",
                bin.display(),
                String::from_utf8_lossy(&o.stderr).trim()
            ),
            Err(e) => bail!("cannot run {}/postgres: {e}", bin.display()),
        };
        // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
        let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let version = text
            .split_once("(PostgreSQL) ")
            .map_or(text.as_str(), |(_, v)| v)
            .to_string();
        let Some(major) = major_key(&version) else {
            bail!(
                "{}/postgres --version says {text:?}: not a PostgreSQL version",
                bin.display()
            );
        };
        Ok(PgInstall {
            bin: bin.to_path_buf(),
            version,
            major,
        })
    }
}

/// Finds server programs of major `min_major` or newer (any if None):
/// `explicit` if given (and only it), else the first directory on PATH
/// that has `initdb`, else the oldest suitable `/usr/lib/postgresql/N/bin`.
pub fn find(explicit: Option<&Path>, min_major: Option<u32>) -> Result<PgInstall> {
    find_in(
        explicit,
        min_major,
        std::env::var_os("PATH").as_deref(),
        Path::new("/usr/lib/postgresql"),
    )
}

fn suitable(i: &PgInstall, min: Option<u32>) -> bool {
    !matches!(min, Some(m) if i.major < m)
}

fn find_in(
    explicit: Option<&Path>,
    min_major: Option<u32>,
    path_var: Option<&std::ffi::OsStr>,
    debian_root: &Path,
) -> Result<PgInstall> {
    let need = min_major.map_or("PostgreSQL".to_string(), |m| {
        format!("PostgreSQL {} or newer", major_display(m))
    });
    if let Some(dir) = explicit {
        let i = PgInstall::probe(dir)?;
        if !suitable(&i, min_major) {
            bail!(
                "--pg-bin {}: PostgreSQL {} is older than the dump's source server; the drill needs {need}",
                dir.display(),
                i.version
            );
        }
        return Ok(i);
    }
    let mut seen: Vec<String> = Vec::new();
    if let Some(path) = path_var {
        for dir in std::env::split_paths(path) {
            if !dir.join("initdb").is_file() {
                continue;
            }
            match PgInstall::probe(&dir) {
                Ok(i) if suitable(&i, min_major) => return Ok(i),
                Ok(i) => seen.push(format!("{} in {}", i.version, dir.display())),
                Err(e) => seen.push(format!("{e:#}")),
            }
            break;
        }
    }
    let mut debian: Vec<PgInstall> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(debian_root) {
        for e in entries.flatten() {
            let bin = e.path().join("bin");
            if !bin.join("initdb").is_file() {
                continue;
            }
            match PgInstall::probe(&bin) {
                Ok(i) => debian.push(i),
                Err(e) => seen.push(format!("{e:#}")),
            }
        }
    }
    debian.sort_by_key(|i| i.major);
    if let Some(i) = debian.iter().find(|i| suitable(i, min_major)) {
        return Ok(i.clone());
    }
    seen.extend(
        debian
            .iter()
            .map(|i| format!("{} in {}", i.version, i.bin.display())),
    );
    let found = if seen.is_empty() {
        "none found".to_string()
    } else {
        format!("found only: {}", seen.join("; "))
    };
    bail!(
        "no {need} server programs ({}) on PATH or in {}/<major>/bin ({found}); install them or pass --pg-bin DIR",
        PROGRAMS.join(", "),
        debian_root.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_found_says_so() {
        let tmp = tempfile::tempdir().unwrap();
        let e = find_in(None, Some(1500), Some("".as_ref()), tmp.path()).unwrap_err();
        let msg = format!("{e:#}");
        assert!(msg.contains("PostgreSQL 15 or newer"), "{msg}");
        assert!(msg.contains("none found"), "{msg}");
        let e = find_in(Some(tmp.path()), None, None, tmp.path()).unwrap_err();
        assert!(format!("{e:#}").contains("has no initdb"));
    }
}
