//! Writes an archive directory: sealed parts, the sealed manifest, and the
//! passphrase-sealed archive key when a passphrase is used.
//!
//! Everything is written into a hidden temporary directory beside the
//! destination (0700, files 0600 from their first byte) and moved into
//! place only at the end (see [`super::publish`]), so no directory at the
//! destination ever looks finished before it is. A crash leaves only the
//! hidden directory behind.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use anyhow::{bail, Context, Result};

use super::format::{self, Manifest, PartEntry, PartKind, RelocatedEntry};
use super::publish::{occupant, DirId, Occupant, Publish, Published};
use super::{part_file, KEY_FILE, MANIFEST_FILE, SIGNATURE_FILE};
use crate::interrupt::CleanupGuard;
use crate::seal::{BoxedRecipient, Compressors, SealStats, SealedWriter};
use crate::sign::SigningKey;
use crate::splitter::{PartSink, Summary};

/// Creates a file only this user can read, failing if it exists.
pub fn create_private(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Seals parts as the splitter produces them.
pub struct ArchiveWriter {
    dest: PathBuf,
    /// The earlier archive at `dest` that `--force` replaces.
    earlier: Option<DirId>,
    tmp: PathBuf,
    recipients: Vec<BoxedRecipient>,
    level: i32,
    /// One pool of zstd workers for every part.
    compressors: Arc<Compressors>,
    open: HashMap<usize, SealedWriter>,
    /// The part whose last zstd jobs and fsync run on while the next part
    /// is already being compressed (one at a time).
    closing: Option<(usize, JoinHandle<Result<SealStats>>)>,
    stats: HashMap<usize, SealStats>,
    /// Removes the temporary directory unless the archive was committed.
    committed: bool,
    /// Removes the temporary directory on SIGINT/SIGTERM/SIGHUP.
    cleanup: CleanupGuard,
}

impl ArchiveWriter {
    /// Checks the destination and creates the temporary directory.
    pub fn create(
        dest: &Path,
        force: bool,
        recipients: Vec<BoxedRecipient>,
        level: i32,
        threads: u32,
    ) -> Result<Self> {
        let earlier = check_destination(dest, force)?;
        let parent = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let base = dest
            .file_name()
            .with_context(|| format!("{} does not name a directory", dest.display()))?
            .to_string_lossy()
            .into_owned();
        let tmp = (0..100)
            .map(|i| parent.join(format!(".{base}.pgseal-partial-{}-{i}", std::process::id())))
            .find(|p| fs::DirBuilder::new().mode(0o700).create(p).is_ok())
            .with_context(|| {
                format!(
                    "cannot create a temporary directory in {}",
                    parent.display()
                )
            })?;
        let cleanup = crate::interrupt::register(tmp.clone());
        let compressors = Compressors::new(level, threads)?;
        Ok(ArchiveWriter {
            dest: dest.to_path_buf(),
            earlier,
            tmp,
            recipients,
            level,
            compressors,
            open: HashMap::new(),
            closing: None,
            stats: HashMap::new(),
            committed: false,
            cleanup,
        })
    }

    /// Where parts are being written until the archive is complete.
    pub fn temp_dir(&self) -> &Path {
        &self.tmp
    }

    fn seal_file(&self, name: &str, bytes: &[u8]) -> Result<SealStats> {
        let path = self.tmp.join(name);
        let file =
            create_private(&path).with_context(|| format!("cannot create {}", path.display()))?;
        let mut w =
            SealedWriter::with_compressors(file, &self.recipients, self.compressors.clone())?;
        w.write_all(bytes)
            .with_context(|| format!("cannot write {}", path.display()))?;
        w.finish()
    }

    /// Writes the passphrase-sealed archive key.
    pub fn write_key(
        &self,
        key: &crate::seal::ArchiveKey,
        passphrase: &crate::seal::SecretString,
    ) -> Result<()> {
        let path = self.tmp.join(KEY_FILE);
        let file =
            create_private(&path).with_context(|| format!("cannot create {}", path.display()))?;
        key.write_sealed(&file, passphrase)?;
        file.sync_all()
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    }

    /// Seals the manifest and moves the archive into place. Returns where
    /// it went: the destination, or beside it when the archive is incomplete
    /// and an older archive already holds the destination.
    pub fn commit(mut self, manifest: &Manifest, signer: Option<&SigningKey>) -> Result<PathBuf> {
        let json = serde_json::to_vec(&manifest)?;
        self.seal_file(MANIFEST_FILE, &json)?;
        if let Some(key) = signer {
            // Sign the sealed bytes: checkable before decryption, and with
            // `ssh-keygen -Y verify` by anyone holding the public key.
            let sealed = fs::read(self.tmp.join(MANIFEST_FILE))?;
            let signature = crate::sign::sign(key, &sealed)?;
            let mut f = create_private(&self.tmp.join(SIGNATURE_FILE))?;
            f.write_all(signature.as_bytes())?;
            f.sync_all()?;
        }
        if !manifest.complete {
            let path = self.tmp.join(super::INCOMPLETE_FILE);
            let mut f = create_private(&path)?;
            writeln!(
                f,
                "This pgseal archive is INCOMPLETE: the pg_dumpall stream it was made from was cut short.\n\
                 `pgseal verify` rejects it. Parts that were finished can still be read with `pgseal cat --db`.\n\
                 {}",
                manifest.incomplete_reason.as_deref().unwrap_or("")
            )?;
            f.sync_all()?;
        }
        File::open(&self.tmp)?.sync_all()?;
        let publish = Publish {
            tmp: &self.tmp,
            dest: &self.dest,
            complete: manifest.complete,
            earlier: self.earlier,
        };
        // No signal may remove the archive once it is (being) put in place.
        // An error here means nothing moved, and the archive is removed.
        let published = self.cleanup.disarm_with(|| publish.run())?;
        self.committed = true;
        match published {
            Published::At(path) => Ok(path),
            Published::Refused(e) => Err(e),
        }
    }

    /// Waits for the part still being finished, if any.
    fn join_closing(&mut self) -> Result<()> {
        let Some((index, handle)) = self.closing.take() else {
            return Ok(());
        };
        let stats = handle
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the thread finishing it panicked")))
            .with_context(|| format!("cannot finish {}", part_file(index)))?;
        self.stats.insert(index, stats);
        Ok(())
    }

    /// Builds the manifest from the splitter's summary.
    pub fn manifest(
        &mut self,
        summary: &Summary<()>,
        input: format::InputInfo,
        created_at: String,
        passphrase: bool,
    ) -> Result<Manifest> {
        self.join_closing()?;
        let mut parts = Vec::new();
        for (i, layout) in summary.parts.iter().enumerate() {
            let stats = self
                .stats
                .get(&i)
                .cloned()
                .with_context(|| format!("part {i} was never finished"))?;
            let (name, name_hex) = match &layout.database {
                None => (None, None),
                Some(b) => match std::str::from_utf8(b) {
                    Ok(s) => (Some(s.to_string()), None),
                    Err(_) => (
                        Some(String::from_utf8_lossy(b).into_owned()),
                        Some(format::hex_encode(b)),
                    ),
                },
            };
            parts.push(PartEntry {
                file: part_file(i),
                kind: if i == 0 {
                    PartKind::Globals
                } else {
                    PartKind::Database
                },
                name,
                name_hex,
                start: layout.start,
                stats: (&stats).into(),
                segments: layout.segments.iter().map(Into::into).collect(),
                tables: layout.tables.iter().map(Into::into).collect(),
                roles: layout.roles.clone(),
                creates_database: layout.creates_database,
                // Parts are opened in order: the last one was being written.
                cut_short: summary.incomplete.is_some() && i + 1 == summary.parts.len(),
                frames: stats.frames.iter().map(|&(p, z)| [p, z]).collect(),
                toc: layout.toc.as_ref().map(Into::into),
            });
        }
        let relocated = summary
            .relocated
            .iter()
            .map(|r| RelocatedEntry {
                offset: r.offset,
                hex: format::hex_encode(&r.bytes),
                action: r.action.into(),
                database: String::from_utf8_lossy(&r.database).into_owned(),
                part: r.part,
            })
            .collect();
        Ok(Manifest {
            format: format::FORMAT.into(),
            version: format::VERSION,
            pgseal_version: env!("CARGO_PKG_VERSION").into(),
            created_at,
            complete: summary.incomplete.is_none(),
            incomplete_reason: summary.incomplete.clone(),
            input,
            dump: (&summary.info).into(),
            zstd_level: self.level,
            redacted: false,
            passphrase_key: passphrase.then(|| KEY_FILE.to_string()),
            parts,
            relocated,
        })
    }
}

impl Drop for ArchiveWriter {
    fn drop(&mut self) {
        if !self.committed {
            self.open.clear();
            let _ = self.join_closing();
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

impl PartSink for ArchiveWriter {
    fn open_part(&mut self, index: usize) -> io::Result<()> {
        let path = self.tmp.join(part_file(index));
        let file = create_private(&path)?;
        let sealed =
            SealedWriter::with_compressors(file, &self.recipients, self.compressors.clone())
                .map_err(io::Error::other)?;
        self.open.insert(index, sealed);
        Ok(())
    }

    fn write(&mut self, index: usize, bytes: &[u8]) -> io::Result<()> {
        let sealed = self
            .open
            .get_mut(&index)
            .ok_or_else(|| io::Error::other(format!("part {index} is not open")))?;
        sealed.write_all(bytes)
    }

    fn close_part(&mut self, index: usize) -> io::Result<()> {
        let sealed = self
            .open
            .remove(&index)
            .ok_or_else(|| io::Error::other(format!("part {index} is not open")))?;
        if index == 0 {
            let stats = sealed.finish().map_err(io::Error::other)?;
            self.stats.insert(index, stats);
            return Ok(());
        }
        // A database part's last frames and its fsync overlap the next
        // part. One part at a time, so memory stays bounded whatever the
        // disk's pace.
        self.join_closing().map_err(io::Error::other)?;
        let handle = std::thread::Builder::new()
            .name(format!("pgseal-close-{index}"))
            .spawn(move || sealed.finish())?;
        self.closing = Some((index, handle));
        Ok(())
    }
}

/// An existing destination is refused unless `--force`, and even then only
/// if it is empty or an earlier pgseal archive: `--force` must never wipe an
/// unrelated directory. Returns the archive that `--force` may replace.
fn check_destination(dest: &Path, force: bool) -> Result<Option<DirId>> {
    let there = occupant(dest).with_context(|| format!("cannot look at {}", dest.display()))?;
    match there {
        Occupant::Absent | Occupant::EmptyDir => Ok(None),
        Occupant::Archive(id) if force => Ok(Some(id)),
        Occupant::Archive(_) => bail!(
            "{} already exists; use --force to replace the archive there",
            dest.display()
        ),
        Occupant::Other(what) if force => bail!(
            "{} {what}; refusing to replace it even with --force",
            dest.display()
        ),
        Occupant::Other(what) => bail!("{} {what}; choose another -o", dest.display()),
    }
}
