//! Puts a finished archive directory at its destination, and never removes
//! or replaces anything there that this run may not.
//!
//! The finished archive sits in a hidden temporary directory beside `DIR`.
//! It goes to `DIR` with a rename that fails if `DIR` exists
//! (`renameat2(RENAME_NOREPLACE)`). If `DIR` exists, it is replaced only when
//! it is an empty directory, or, with `--force`, the very archive that was
//! checked when the run started; the two are swapped in one step
//! (`RENAME_EXCHANGE`), so at no instant is there no archive at `DIR`. What
//! was swapped out is checked again under the temporary name, where nobody
//! else writes, and swapped back if it changed at the last moment. Anything
//! else at `DIR` (files that appeared while the archive was being written,
//! another split's archive) stays, and the new archive is kept beside it as
//! `DIR.new` and reported as [`DestinationTaken`].
//!
//! Where the kernel or file system offers neither flag, a plain rename is
//! used, which for a directory replaces at most an empty directory, and
//! `--force` moves the old archive aside to `DIR.pgseal-old` before moving
//! the new one in: a crash between the two leaves the old archive there,
//! not at `DIR`.

use std::fs::{self, File};
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::{INCOMPLETE_FILE, KEY_FILE, MANIFEST_FILE, SIGNATURE_FILE};

/// The archive could not go to `DIR` because something else is there now;
/// it was kept at `kept`.
#[derive(Debug, thiserror::Error)]
#[error(
    "{dest} {why}; it was left alone and the new archive was kept at {kept}: \
     move it where you want it, or remove {dest} and rename it"
)]
pub struct DestinationTaken {
    /// Where the archive was to go.
    pub dest: PathBuf,
    /// Where it is instead (`DIR.new`, or `DIR.new-N`).
    pub kept: PathBuf,
    /// What is at `dest` ("holds an archive", "changed at the last moment").
    pub why: String,
}

/// Which directory a destination is: device and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirId(u64, u64);

/// What is at a destination path.
#[derive(Debug, PartialEq, Eq)]
pub enum Occupant {
    /// Nothing at the path.
    Absent,
    /// An empty directory, which any archive may replace.
    EmptyDir,
    /// A directory holding a pgseal archive and nothing else.
    Archive(DirId),
    /// Anything else, with what it is ("is not a directory", ...).
    Other(String),
}

/// Looks at `path` without following a symlink.
pub fn occupant(path: &Path) -> io::Result<Occupant> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Occupant::Absent),
        Err(e) => return Err(e),
    };
    if meta.file_type().is_symlink() {
        return Ok(Occupant::Other("is a symbolic link".into()));
    }
    if !meta.is_dir() {
        return Ok(Occupant::Other("exists and is not a directory".into()));
    }
    let mut names = Vec::new();
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.file_type()?.is_file() || !is_archive_file(&name) {
            return Ok(Occupant::Other(format!(
                "is not empty and holds {name}, which is not part of a pgseal archive"
            )));
        }
        names.push(name);
    }
    if names.is_empty() {
        return Ok(Occupant::EmptyDir);
    }
    if !names.iter().any(|n| n == MANIFEST_FILE) {
        return Ok(Occupant::Other(format!(
            "is not empty and holds no pgseal archive (no {MANIFEST_FILE})"
        )));
    }
    Ok(Occupant::Archive(DirId(meta.dev(), meta.ino())))
}

/// A file name pgseal writes into an archive.
pub(crate) fn is_archive_file(name: &str) -> bool {
    let part = name
        .strip_prefix("db-")
        .and_then(|n| n.strip_suffix(".sql.zst.age"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    part || [
        "globals.sql.zst.age",
        MANIFEST_FILE,
        KEY_FILE,
        SIGNATURE_FILE,
        INCOMPLETE_FILE,
    ]
    .contains(&name)
}

/// Where a finished archive goes, and what it may replace there.
pub struct Publish<'a> {
    /// The finished archive, beside `dest`.
    pub tmp: &'a Path,
    /// Where it goes (`DIR`).
    pub dest: &'a Path,
    /// An incomplete archive never replaces an archive; it goes to
    /// `DIR.incomplete[-N]` instead.
    pub complete: bool,
    /// The archive at `dest` when the run started, which `--force` replaces.
    pub earlier: Option<DirId>,
}

/// How publishing ended, when it moved anything.
pub enum Published {
    /// The archive is at this path.
    At(PathBuf),
    /// It is not at the destination, and the temporary path no longer holds
    /// it alone: the error says where things are. Do not remove `tmp`.
    Refused(anyhow::Error),
}

impl Publish<'_> {
    /// Moves the archive into place, or beside the destination. An error
    /// means nothing was moved: `tmp` still holds the archive, and only it.
    pub fn run(&self) -> Result<Published> {
        let mut there = Occupant::Absent;
        // Twice, in case what was there went away in between.
        for _ in 0..2 {
            match rename_noreplace(self.tmp, self.dest) {
                Ok(()) => {
                    sync_parent(self.dest)?;
                    return Ok(Published::At(self.dest.to_path_buf()));
                }
                Err(e) if is_occupied(&e) => {}
                Err(e) => {
                    return Err(e).with_context(|| {
                        format!("cannot move the archive to {}", self.dest.display())
                    })
                }
            }
            there = occupant(self.dest)
                .with_context(|| format!("cannot look at {}", self.dest.display()))?;
            if there != Occupant::Absent {
                break;
            }
        }
        let why = match &there {
            Occupant::EmptyDir => None,
            Occupant::Archive(id) if self.complete && self.earlier == Some(*id) => None,
            Occupant::Archive(_) if self.complete => Some(
                "holds a pgseal archive that was not there when this split started \
                 (another split wrote it)"
                    .to_string(),
            ),
            Occupant::Archive(_) => Some("holds an archive".to_string()),
            Occupant::Absent => Some("kept appearing and going while the archive was moved".into()),
            Occupant::Other(what) => Some(format!("{what} (it appeared while the split ran)")),
        };
        if why.is_none() {
            match self.swap_in(&there)? {
                Swap::Done => return Ok(Published::At(self.dest.to_path_buf())),
                Swap::Stranded(e) => return Ok(Published::Refused(e)),
                Swap::Changed => {}
            }
        }
        if !self.complete {
            return Ok(Published::At(self.beside(".incomplete")?));
        }
        let kept = self.beside(".new")?;
        Ok(Published::Refused(
            DestinationTaken {
                dest: self.dest.to_path_buf(),
                kept,
                why: why.unwrap_or_else(|| "changed at the last moment".into()),
            }
            .into(),
        ))
    }

    /// Moves the archive to the first free `DEST<suffix>[-N]`.
    fn beside(&self, suffix: &str) -> Result<PathBuf> {
        for n in 0..1000 {
            let mut side = self.dest.as_os_str().to_owned();
            side.push(suffix);
            if n > 0 {
                side.push(format!("-{n}"));
            }
            let side = PathBuf::from(side);
            match rename_noreplace(self.tmp, &side) {
                Ok(()) => {
                    sync_parent(&side)?;
                    return Ok(side);
                }
                Err(e) if is_occupied(&e) => {}
                Err(e) => {
                    return Err(e)
                        .with_context(|| format!("cannot move the archive to {}", side.display()))
                }
            }
        }
        anyhow::bail!(
            "no free name for the archive beside {}; it is still at {}",
            self.dest.display(),
            self.tmp.display()
        )
    }
}

/// How a swap ended.
enum Swap {
    /// The archive is at the destination; the old one was removed.
    Done,
    /// The destination changed at the last moment and was left as it is;
    /// `tmp` holds the archive again.
    Changed,
    /// Something went wrong half-way; the error says where things are.
    Stranded(anyhow::Error),
}

impl Publish<'_> {
    /// Replaces `expected` (an empty directory or the earlier archive) at
    /// the destination with the archive. An error means nothing moved.
    fn swap_in(&self, expected: &Occupant) -> Result<Swap> {
        let (tmp, dest) = (self.tmp, self.dest);
        if !exchange(tmp, dest)
            .with_context(|| format!("cannot swap the archive into {}", dest.display()))?
        {
            return self.swap_in_two_steps(expected);
        }
        // `tmp` now holds what was at the destination: look at it again
        // there, where it cannot change under us.
        if occupant(tmp).ok().as_ref() != Some(expected) {
            return Ok(match exchange(tmp, dest) {
                Ok(true) => Swap::Changed,
                _ => Swap::Stranded(anyhow::anyhow!(
                    "the archive is at {} but what was there before was moved to {}: move it back",
                    dest.display(),
                    tmp.display()
                )),
            });
        }
        if let Err(e) = sync_parent(dest) {
            return Ok(Swap::Stranded(e.context(format!(
                "the archive is at {}, the old one still at {}",
                dest.display(),
                tmp.display()
            ))));
        }
        remove_old(tmp, dest);
        Ok(Swap::Done)
    }

    /// [`Publish::swap_in`] where the file system cannot exchange two
    /// directories: the old one goes aside first, to a visible name.
    fn swap_in_two_steps(&self, expected: &Occupant) -> Result<Swap> {
        let (tmp, dest) = (self.tmp, self.dest);
        if *expected == Occupant::EmptyDir {
            // Fails, leaving it, if anything appeared in it.
            if fs::remove_dir(dest).is_err() {
                return Ok(Swap::Changed);
            }
            return Ok(match rename_noreplace(tmp, dest) {
                Ok(()) => {
                    sync_parent(dest)?;
                    Swap::Done
                }
                Err(_) => Swap::Changed,
            });
        }
        let aside = PathBuf::from(format!(
            "{}.pgseal-old-{}",
            dest.display(),
            std::process::id()
        ));
        rename_noreplace(dest, &aside)
            .with_context(|| format!("cannot move {} aside", dest.display()))?;
        let restore = |what: &str| match rename_noreplace(&aside, dest) {
            Ok(()) => Swap::Changed,
            Err(e) => Swap::Stranded(anyhow::anyhow!(
                "{what}; the archive that was at {} is at {}: move it back ({e})",
                dest.display(),
                aside.display()
            )),
        };
        if occupant(&aside).ok().as_ref() != Some(expected) {
            return Ok(restore("it changed at the last moment"));
        }
        if let Err(e) = rename_noreplace(tmp, dest) {
            return Ok(restore(&format!("cannot move the archive in: {e}")));
        }
        sync_parent(dest)?;
        remove_old(&aside, dest);
        Ok(Swap::Done)
    }
}

/// Removes the replaced directory (checked to hold only archive files);
/// a failure only leaves it behind, with a warning.
fn remove_old(old: &Path, dest: &Path) {
    let removed = fs::read_dir(old).and_then(|entries| {
        for entry in entries {
            fs::remove_file(entry?.path())?;
        }
        fs::remove_dir(old)
    });
    if let Err(e) = removed.and_then(|()| sync_dir(parent(dest))) {
        eprintln!(
            "pgseal: warning: the archive is at {}, but the one it replaced could not be removed \
             from {}: {e}; remove it yourself",
            dest.display(),
            old.display()
        );
    }
}

/// Whether a failed rename failed because its target exists.
fn is_occupied(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::AlreadyExists
            | io::ErrorKind::DirectoryNotEmpty
            | io::ErrorKind::NotADirectory
            | io::ErrorKind::IsADirectory
    )
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Makes a rename in `path`'s directory durable.
fn sync_parent(path: &Path) -> Result<()> {
    let dir = parent(path);
    sync_dir(dir).with_context(|| format!("cannot sync the directory {}", dir.display()))
}

/// Whether the kernel or file system lacks a rename flag.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn unsupported(e: rustix::io::Errno) -> bool {
    use rustix::io::Errno;
    e == Errno::INVAL || e == Errno::NOSYS || e == Errno::OPNOTSUPP
}

/// Renames `from` to `to`, failing if `to` exists.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn rename_noreplace(from: &Path, to: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    match renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE) {
        Err(e) if unsupported(e) => rename_checked(from, to),
        r => r.map_err(io::Error::from),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn rename_noreplace(from: &Path, to: &Path) -> io::Result<()> {
    rename_checked(from, to)
}

/// The fallback: rename(2) of a directory fails over anything but an empty
/// directory, which is all it may replace if one appears after the check.
fn rename_checked(from: &Path, to: &Path) -> io::Result<()> {
    if fs::symlink_metadata(to).is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    fs::rename(from, to)
}

/// Swaps `a` and `b` in one step; Ok(false) where that is not supported.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if unsupported(e) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archive(dir: &Path) {
        fs::create_dir(dir).unwrap();
        fs::write(dir.join(MANIFEST_FILE), b"m").unwrap();
        fs::write(dir.join("db-0001.sql.zst.age"), b"p").unwrap();
    }

    #[test]
    fn occupants_are_told_apart() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path();
        assert_eq!(occupant(&p.join("none")).unwrap(), Occupant::Absent);
        fs::create_dir(p.join("empty")).unwrap();
        assert_eq!(occupant(&p.join("empty")).unwrap(), Occupant::EmptyDir);
        archive(&p.join("a"));
        assert!(matches!(
            occupant(&p.join("a")).unwrap(),
            Occupant::Archive(_)
        ));
        fs::write(p.join("a/notes.txt"), b"mine").unwrap();
        assert!(
            matches!(occupant(&p.join("a")).unwrap(), Occupant::Other(w) if w.contains("notes.txt"))
        );
        fs::write(p.join("file"), b"").unwrap();
        assert!(matches!(
            occupant(&p.join("file")).unwrap(),
            Occupant::Other(_)
        ));
        std::os::unix::fs::symlink(p.join("empty"), p.join("link")).unwrap();
        assert!(matches!(
            occupant(&p.join("link")).unwrap(),
            Occupant::Other(_)
        ));
        assert!(!is_archive_file("db-.sql.zst.age") && is_archive_file("db-0012.sql.zst.age"));
    }

    #[test]
    fn a_changed_destination_is_swapped_back() {
        let t = tempfile::tempdir().unwrap();
        let (tmp, dest) = (t.path().join(".tmp"), t.path().join("dest"));
        archive(&tmp);
        fs::create_dir(&dest).unwrap();
        // Checked as empty, but a file appeared before the swap.
        fs::write(dest.join("late.txt"), b"mine").unwrap();
        let p = Publish {
            tmp: &tmp,
            dest: &dest,
            complete: true,
            earlier: None,
        };
        assert!(matches!(
            p.swap_in(&Occupant::EmptyDir).unwrap(),
            Swap::Changed
        ));
        assert_eq!(fs::read(dest.join("late.txt")).unwrap(), b"mine");
        assert!(tmp.join(MANIFEST_FILE).is_file());
        assert!(matches!(
            p.swap_in_two_steps(&Occupant::EmptyDir).unwrap(),
            Swap::Changed
        ));
        assert_eq!(fs::read(dest.join("late.txt")).unwrap(), b"mine");
    }

    #[test]
    fn two_step_fallback_replaces_the_earlier_archive() {
        let t = tempfile::tempdir().unwrap();
        let (tmp, dest) = (t.path().join(".tmp"), t.path().join("dest"));
        archive(&tmp);
        fs::write(tmp.join("globals.sql.zst.age"), b"new").unwrap();
        archive(&dest);
        let there = occupant(&dest).unwrap();
        let p = Publish {
            tmp: &tmp,
            dest: &dest,
            complete: true,
            earlier: None,
        };
        assert!(matches!(p.swap_in_two_steps(&there).unwrap(), Swap::Done));
        assert_eq!(fs::read(dest.join("globals.sql.zst.age")).unwrap(), b"new");
        assert_eq!(
            fs::read_dir(t.path()).unwrap().count(),
            1,
            "the old archive is left"
        );
    }
}
