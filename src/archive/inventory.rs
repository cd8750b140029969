//! The archives below a location, read without decrypting anything, and
//! their removal.
//!
//! An archive's state and creation time come from its file names and the
//! manifest's recorded time (`Store::created`), so listing and pruning need
//! no identity. Removal takes the manifest first: an archive half removed
//! has no manifest, and no reader takes it for an archive.

use std::fs::{self, File};
use std::io;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};

use super::publish::is_archive_file;
use super::retention::{decide, Policy, Record, State, Verdict};
use super::{INCOMPLETE_FILE, MANIFEST_FILE, SIGNATURE_FILE};
use crate::error::{fail, ErrorKind};
use crate::store::{Listed, Location, Store};

/// One archive below the location.
#[derive(Debug, Clone)]
pub struct ArchiveInfo {
    /// Its name below the location (directory name or prefix segment).
    pub name: String,
    /// Where it is: the location's child `name`.
    pub location: Location,
    /// Seconds since the Unix epoch: the manifest's recorded creation time,
    /// or (no manifest) the newest file's modification time.
    pub created: i64,
    /// Total size of its pgseal files.
    pub bytes: u64,
    /// Number of its pgseal files.
    pub files: usize,
    /// From its file names alone.
    pub state: State,
    /// A manifest signature is present (not checked: that needs the key).
    pub signed: bool,
    /// What it holds besides pgseal files (directories end in `/`); such an
    /// archive is never removed.
    pub foreign: Vec<String>,
}

/// What is below a location.
pub struct Inventory {
    /// Newest first.
    pub archives: Vec<ArchiveInfo>,
    /// Children holding no pgseal file: not archives.
    pub skipped: Vec<String>,
    /// The location's store, whose connection every archive's shares.
    store: Arc<dyn Store>,
}

impl std::fmt::Debug for Inventory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inventory")
            .field("location", self.store.location())
            .field("archives", &self.archives)
            .field("skipped", &self.skipped)
            .finish()
    }
}

/// The archives directly below `at`, newest first.
pub fn inventory(at: &Location) -> Result<Inventory> {
    let store = at.open()?;
    check_collection(at, store.as_ref())?;
    let names = store
        .children()
        .with_context(|| format!("cannot list {at}"))?;
    let mut inv = Inventory {
        archives: Vec::new(),
        skipped: Vec::new(),
        store,
    };
    for name in names {
        let child = inv.store.child(&name);
        let info = look_at(child.as_ref(), &name)
            .with_context(|| format!("cannot look at {}", child.location()))?;
        match info {
            Some(a) => inv.archives.push(a),
            None => inv.skipped.push(name),
        }
    }
    inv.archives
        .sort_by(|a, b| (b.created, &b.name).cmp(&(a.created, &a.name)));
    Ok(inv)
}

/// Refuses a location that does not exist or is itself an archive.
fn check_collection(at: &Location, store: &dyn Store) -> Result<()> {
    if let Location::Local(dir) = at {
        match fs::metadata(dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(fail(ErrorKind::Failed, format!("{at} is not a directory"))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(fail(
                    ErrorKind::Failed,
                    format!("{at} does not exist: give the directory that holds the archives"),
                ))
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read {at}")),
        }
    }
    if store
        .exists(MANIFEST_FILE)
        .with_context(|| format!("cannot read {at}"))?
    {
        return Err(fail(
            ErrorKind::Failed,
            format!(
                "{at} is an archive, not a location holding archives: give the directory \
                 or prefix above it"
            ),
        ));
    }
    Ok(())
}

/// What one location holds: pgseal files, and anything else.
struct Contents {
    files: Vec<Listed>,
    foreign: Vec<String>,
}

fn contents(store: &dyn Store) -> io::Result<Contents> {
    let entries = store.entries()?;
    let (files, foreign): (Vec<Listed>, Vec<Listed>) = entries
        .files
        .into_iter()
        .partition(|f| is_archive_file(&f.name));
    let mut foreign: Vec<String> = foreign.into_iter().map(|f| f.name).collect();
    foreign.extend(entries.others);
    foreign.sort();
    Ok(Contents { files, foreign })
}

/// The archive in `store`, or None when it holds no pgseal file.
fn look_at(store: &dyn Store, name: &str) -> Result<Option<ArchiveInfo>> {
    let c = contents(store)?;
    if c.files.is_empty() {
        return Ok(None);
    }
    let has = |f: &str| c.files.iter().any(|l| l.name == f);
    let state = match (has(MANIFEST_FILE), has(INCOMPLETE_FILE)) {
        (false, _) => State::Partial,
        (true, true) => State::Incomplete,
        (true, false) => State::Complete,
    };
    let newest_file = c.files.iter().map(|f| f.modified).max().unwrap_or(0);
    let created = if state == State::Partial {
        newest_file
    } else {
        store.created(MANIFEST_FILE)?
    };
    Ok(Some(ArchiveInfo {
        name: name.to_string(),
        location: store.location().clone(),
        created,
        bytes: c.files.iter().map(|f| f.len).sum(),
        files: c.files.len(),
        state,
        signed: has(SIGNATURE_FILE),
        foreign: c.foreign,
    }))
}

/// The retention verdict on each archive, in the order given.
pub fn plan<'a>(archives: &'a [ArchiveInfo], policy: &Policy) -> Vec<(&'a ArchiveInfo, Verdict)> {
    let records: Vec<Record> = archives
        .iter()
        .map(|a| Record {
            id: a.name.clone(),
            created: a.created,
            state: a.state,
        })
        .collect();
    archives
        .iter()
        .zip(decide(&records, policy))
        .map(|(a, d)| (a, d.verdict))
        .collect()
}

impl Inventory {
    /// Removes one of the archives: the manifest first, then its other
    /// files, then (local) its directory. Refuses, removing nothing, when
    /// the archive holds anything that is not a pgseal file. Returns the
    /// bytes freed.
    pub fn remove(&self, archive: &ArchiveInfo) -> Result<u64> {
        remove(self.store.child(&archive.name).as_ref())
    }
}

fn remove(store: &dyn Store) -> Result<u64> {
    let at = store.location();
    let c = contents(store).with_context(|| format!("cannot read {at}"))?;
    if !c.foreign.is_empty() {
        let (what, verb) = match c.foreign.len() {
            1 => (c.foreign[0].clone(), "is"),
            _ => (c.foreign.join(", "), "are"),
        };
        return Err(fail(
            ErrorKind::Failed,
            format!(
                "{at} not removed: it holds {what}, which {verb} not part of a pgseal archive; \
                 move that out of it, or remove the archive yourself"
            ),
        ));
    }
    let (manifest, rest): (Vec<&Listed>, Vec<&Listed>) =
        c.files.iter().partition(|f| f.name == MANIFEST_FILE);
    let names = |fs: &[&Listed]| fs.iter().map(|f| f.name.clone()).collect::<Vec<_>>();
    store
        .remove(&names(&manifest))
        .with_context(|| format!("cannot remove {}", store.describe(MANIFEST_FILE).display()))?;
    if let Location::Local(dir) = at {
        sync_dir(dir).with_context(|| format!("cannot sync {at}"))?;
    }
    store.remove(&names(&rest)).with_context(|| {
        format!("cannot remove the files of {at} (its manifest is already removed)")
    })?;
    if let Location::Local(dir) = at {
        fs::remove_dir(dir).with_context(|| {
            format!("the files of {at} are removed, but not the directory itself")
        })?;
        if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_dir(parent).with_context(|| format!("cannot sync {}", parent.display()))?;
        }
    }
    Ok(c.files.iter().map(|f| f.len).sum())
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::part_file;

    fn archive(dir: &Path, files: &[&str]) {
        fs::create_dir_all(dir).unwrap();
        for f in files {
            fs::write(dir.join(f), b"sealed").unwrap();
        }
    }

    #[test]
    fn states_come_from_the_file_names() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path();
        let g = part_file(0);
        archive(&p.join("ok"), &[MANIFEST_FILE, &g, SIGNATURE_FILE]);
        archive(&p.join("cut"), &[MANIFEST_FILE, &g, INCOMPLETE_FILE]);
        archive(&p.join("half"), &[&g]);
        archive(&p.join("notes"), &["readme.txt"]);
        fs::create_dir(p.join("empty")).unwrap();
        let inv = inventory(&Location::Local(p.to_path_buf())).unwrap();
        let state = |n: &str| inv.archives.iter().find(|a| a.name == n).unwrap();
        assert_eq!(state("ok").state, State::Complete);
        assert!(state("ok").signed && state("ok").bytes == 18);
        assert_eq!(state("cut").state, State::Incomplete);
        assert_eq!(state("half").state, State::Partial);
        assert_eq!(inv.skipped, ["empty", "notes"]);
    }

    #[test]
    fn removal_refuses_foreign_files_and_takes_the_rest() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path();
        archive(&p.join("a"), &[MANIFEST_FILE, "db-0001.sql.zst.age"]);
        archive(&p.join("b"), &[MANIFEST_FILE, "db-0001.sql.zst.age"]);
        fs::create_dir(p.join("b/sub")).unwrap();
        let inv = inventory(&Location::Local(p.to_path_buf())).unwrap();
        let by = |n: &str| inv.archives.iter().find(|a| a.name == n).unwrap();
        assert_eq!(by("b").foreign, ["sub/"]);
        let e = inv.remove(by("b")).unwrap_err().to_string();
        assert!(
            e.contains("sub/") && e.contains("not part of a pgseal archive"),
            "{e}"
        );
        assert!(p.join("b").join(MANIFEST_FILE).is_file());
        assert_eq!(inv.remove(by("a")).unwrap(), 12);
        assert!(!p.join("a").exists());
    }

    #[test]
    fn an_archive_or_a_missing_path_is_not_a_collection() {
        let t = tempfile::tempdir().unwrap();
        let e = inventory(&Location::Local(t.path().join("none"))).unwrap_err();
        assert!(e.to_string().contains("does not exist"), "{e}");
        archive(&t.path().join("a"), &[MANIFEST_FILE]);
        let e = inventory(&Location::Local(t.path().join("a"))).unwrap_err();
        assert!(e.to_string().contains("is an archive"), "{e}");
    }
}
