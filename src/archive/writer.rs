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
#[cfg(feature = "s3")]
use super::publish::is_archive_file;
use super::publish::{occupant, DirId, Occupant, Publish, Published};
use super::{part_file, KEY_FILE, MANIFEST_FILE, SIGNATURE_FILE};
use crate::interrupt::CleanupGuard;
use crate::seal::{BoxedRecipient, Compressors, SealStats, SealedWriter};
use crate::sign::SigningKey;
use crate::splitter::{PartSink, Summary};
#[cfg(feature = "s3")]
use crate::store::Store;
#[cfg(feature = "s3")]
use crate::store::{s3::S3Store, S3Location};
use crate::store::{Location, ObjectSink};

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
    target: Target,
    recipients: Vec<BoxedRecipient>,
    level: i32,
    /// One pool of zstd workers for every part.
    compressors: Arc<Compressors>,
    open: HashMap<usize, SealedWriter>,
    /// The part whose last zstd jobs and fsync run on while the next part
    /// is already being compressed (one at a time).
    closing: Option<(usize, JoinHandle<Result<SealStats>>)>,
    stats: HashMap<usize, SealStats>,
    /// Takes everything back unless the archive was committed.
    committed: bool,
    /// Takes everything back on SIGINT/SIGTERM/SIGHUP.
    cleanup: CleanupGuard,
}

/// Where the archive is written.
enum Target {
    /// A hidden directory beside `dest`, moved there at the end.
    Dir {
        dest: PathBuf,
        /// The earlier archive at `dest` that `--force` replaces.
        earlier: Option<DirId>,
        tmp: PathBuf,
    },
    /// Straight under the prefix; the manifest, written last, commits it.
    #[cfg(feature = "s3")]
    S3(S3Store),
}

impl Target {
    fn create_file(&self, name: &str) -> io::Result<Box<dyn ObjectSink>> {
        Ok(match self {
            Target::Dir { tmp, .. } => Box::new(create_private(&tmp.join(name))?),
            #[cfg(feature = "s3")]
            Target::S3(store) => Box::new(store.create(name)),
        })
    }

    fn describe(&self, name: &str) -> PathBuf {
        match self {
            Target::Dir { tmp, .. } => tmp.join(name),
            #[cfg(feature = "s3")]
            Target::S3(store) => store.describe(name),
        }
    }
}

impl ArchiveWriter {
    /// Checks the destination and prepares to write there.
    pub fn create(
        dest: &Location,
        force: bool,
        recipients: Vec<BoxedRecipient>,
        level: i32,
        threads: u32,
    ) -> Result<Self> {
        let (target, cleanup) = match dest {
            Location::Local(dir) => local_target(dir, force)?,
            #[cfg(feature = "s3")]
            Location::S3(at) => s3_target(at, force)?,
            #[cfg(not(feature = "s3"))]
            Location::S3(at) => bail!("{at}: this pgseal was built without S3 support"),
        };
        let compressors = Compressors::new(level, threads)?;
        Ok(ArchiveWriter {
            target,
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

    /// Where parts are being written until the archive is complete, when
    /// that is a local directory.
    pub fn temp_dir(&self) -> Option<&Path> {
        match &self.target {
            Target::Dir { tmp, .. } => Some(tmp),
            #[cfg(feature = "s3")]
            Target::S3(_) => None,
        }
    }

    /// Writes a small file of the archive and makes it durable.
    fn write_file(&self, name: &str, bytes: &[u8]) -> Result<()> {
        let path = self.target.describe(name);
        let mut file = self
            .target
            .create_file(name)
            .with_context(|| format!("cannot create {}", path.display()))?;
        file.write_all(bytes)
            .and_then(|()| file.commit())
            .with_context(|| format!("cannot write {}", path.display()))
    }

    /// Writes the passphrase-sealed archive key.
    pub fn write_key(
        &self,
        key: &crate::seal::ArchiveKey,
        passphrase: &crate::seal::SecretString,
    ) -> Result<()> {
        let mut sealed = Vec::new();
        key.write_sealed(&mut sealed, passphrase)?;
        self.write_file(KEY_FILE, &sealed)
    }

    /// Seals the manifest and commits the archive; `created` (seconds since
    /// the Unix epoch) is recorded where `archives` reads it without
    /// decrypting: the manifest file's modification time, or its object
    /// metadata. Returns where the archive went: the destination, or beside
    /// it when the archive is incomplete and an older archive already holds
    /// the destination.
    pub fn commit(
        mut self,
        manifest: &Manifest,
        signer: Option<&SigningKey>,
        created: i64,
    ) -> Result<Location> {
        let memory = Memory::default();
        let mut w = SealedWriter::with_compressors(
            memory.clone(),
            &self.recipients,
            self.compressors.clone(),
        )?;
        // Written as it is serialized: the workers compress the first
        // frames of a large table of contents while the rest is written.
        let mut json = io::BufWriter::with_capacity(256 << 10, &mut w);
        serde_json::to_writer(&mut json, &manifest)?;
        json.flush()?;
        drop(json);
        w.finish()?;
        let sealed = memory.take();
        if let Some(key) = signer {
            // Sign the sealed bytes: checkable before decryption, and with
            // `ssh-keygen -Y verify` by anyone holding the public key.
            let signature = crate::sign::sign(key, &sealed)?;
            self.write_file(SIGNATURE_FILE, signature.as_bytes())?;
        }
        if !manifest.complete {
            let note = format!(
                "This pgseal archive is INCOMPLETE: the pg_dumpall stream it was made from was cut short.\n\
                 `pgseal verify` rejects it. Parts that were finished can still be read with `pgseal cat --db`.\n\
                 {}\n",
                manifest.incomplete_reason.as_deref().unwrap_or("")
            );
            self.write_file(super::INCOMPLETE_FILE, note.as_bytes())?;
        }
        let (placed, committed) = match &self.target {
            Target::Dir { dest, earlier, tmp } => commit_dir(
                tmp,
                dest,
                *earlier,
                &sealed,
                manifest.complete,
                created,
                &mut self.cleanup,
            ),
            #[cfg(feature = "s3")]
            Target::S3(store) => {
                // The manifest last: until it exists, no reader sees an archive.
                let at = store.location().clone();
                let put = || store.put(MANIFEST_FILE, sealed, Some(created));
                let placed = self
                    .cleanup
                    .disarm_with(put)
                    .with_context(|| {
                        format!("cannot write {}", store.describe(MANIFEST_FILE).display())
                    })
                    .map(|()| {
                        store.keep_writes();
                        at
                    });
                let ok = placed.is_ok();
                (placed, ok)
            }
        };
        self.committed = committed;
        placed
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

    /// Builds the manifest from the splitter's summary, whose tables of
    /// contents move into it.
    pub fn manifest(
        &mut self,
        mut summary: Summary<()>,
        input: format::InputInfo,
        created_at: String,
        passphrase: bool,
    ) -> Result<Manifest> {
        self.join_closing()?;
        let mut parts = Vec::new();
        let count = summary.parts.len();
        let cut_short = summary.incomplete.is_some();
        for (i, layout) in summary.parts.iter_mut().enumerate() {
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
                cut_short: cut_short && i + 1 == count,
                frames: stats.frames.iter().map(|&(p, z)| [p, z]).collect(),
                toc: layout.toc.take().map(Into::into),
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
            match &self.target {
                Target::Dir { tmp, .. } => {
                    let _ = fs::remove_dir_all(tmp);
                }
                #[cfg(feature = "s3")]
                Target::S3(store) => {
                    if let Err(e) = store.undo()() {
                        // The error that ended the split is the caller's to
                        // report; what it left behind is only known here.
                        let at = store.location();
                        eprintln!(
                            "pgseal: warning: could not take back what this split wrote under \
                             {at}: {e}; delete the objects there and abort its multipart \
                             uploads yourself (aws s3api list-multipart-uploads), or let the \
                             bucket's AbortIncompleteMultipartUpload rule do it; no manifest \
                             was written, so no command takes it for an archive"
                        );
                    }
                }
            }
        }
    }
}

impl PartSink for ArchiveWriter {
    fn open_part(&mut self, index: usize) -> io::Result<()> {
        let file = self.target.create_file(&part_file(index))?;
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

/// The temporary directory beside `dest`, registered for removal on a signal.
fn local_target(dest: &Path, force: bool) -> Result<(Target, CleanupGuard)> {
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
    let target = Target::Dir {
        dest: dest.to_path_buf(),
        earlier,
        tmp,
    };
    Ok((target, cleanup))
}

#[cfg(feature = "s3")]
/// The prefix, checked as a directory would be. There is no atomic swap in
/// object storage: `--force` removes the earlier archive, manifest first,
/// before anything new is written.
fn s3_target(at: &S3Location, force: bool) -> Result<(Target, CleanupGuard)> {
    let store = S3Store::connect(at.clone())?;
    let entries = store
        .entries()
        .with_context(|| format!("cannot list {at}"))?;
    let files = entries.files;
    let foreign = files
        .iter()
        .map(|f| &f.name)
        .filter(|n| !is_archive_file(n))
        .chain(&entries.others)
        .next();
    if let Some(other) = foreign {
        let what = if force {
            " even with --force"
        } else {
            "; choose another -o"
        };
        bail!("{at} holds {other}, which is not part of a pgseal archive; refusing to write there{what}");
    }
    if !files.is_empty() {
        if !force {
            let what = if files.iter().any(|f| f.name == MANIFEST_FILE) {
                "an archive"
            } else {
                "the files of an unfinished archive (no manifest: a split that was killed?)"
            };
            bail!("{at} already holds {what}; use --force to replace it");
        }
        let mut names: Vec<String> = files.into_iter().map(|f| f.name).collect();
        // The manifest first: from then on, no reader takes what is left for an archive.
        names.sort_by_key(|n| n != MANIFEST_FILE);
        store
            .remove(&names)
            .with_context(|| format!("cannot remove the earlier archive at {at}"))?;
    }
    let cleanup = crate::interrupt::register_action(at.to_string(), store.undo());
    Ok((Target::S3(store), cleanup))
}

/// Writes the sealed manifest into the temporary directory and moves the
/// archive into place.
fn commit_dir(
    tmp: &Path,
    dest: &Path,
    earlier: Option<DirId>,
    sealed: &[u8],
    complete: bool,
    created: i64,
    cleanup: &mut CleanupGuard,
) -> (Result<Location>, bool) {
    let write = || -> Result<()> {
        let path = tmp.join(MANIFEST_FILE);
        let mut f =
            create_private(&path).with_context(|| format!("cannot create {}", path.display()))?;
        f.write_all(sealed)?;
        let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(created.max(0) as u64);
        f.set_modified(when)?;
        f.sync_all()?;
        File::open(tmp)?.sync_all()?;
        Ok(())
    };
    if let Err(e) = write() {
        return (Err(e), false);
    }
    let publish = Publish {
        tmp,
        dest,
        complete,
        earlier,
    };
    // No signal may remove the archive once it is (being) put in place.
    // An error here means nothing moved, and the archive is removed.
    match cleanup.disarm_with(|| publish.run()) {
        Err(e) => (Err(e), false),
        Ok(Published::At(path)) => (Ok(Location::Local(path)), true),
        Ok(Published::Refused(e)) => (Err(e), true),
    }
}

/// Seals into memory (the manifest, which is small and written last).
#[derive(Clone, Default)]
struct Memory(Arc<std::sync::Mutex<Vec<u8>>>);

impl Memory {
    fn take(&self) -> Vec<u8> {
        std::mem::take(
            &mut self
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }
}

impl Write for Memory {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl ObjectSink for Memory {
    fn commit(&mut self) -> io::Result<()> {
        Ok(())
    }
}
