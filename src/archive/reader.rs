//! Opens an archive for `list`, `cat` and `verify`.
//!
//! Every part's sealed bytes are hashed and compared with the manifest
//! before any of its plaintext is released, so a swapped, truncated or
//! altered file is refused before `cat | psql` runs a single statement of it.

use std::io::{self, BufReader, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use super::format::{self, Manifest, ManifestError, StreamHasher};
use super::{part_file, INCOMPLETE_FILE, KEY_FILE, MANIFEST_FILE, SIGNATURE_FILE};
use crate::error::{fail, kind_of, ErrorKind};
use crate::reassemble::{reassemble, Moved};
use crate::seal::{
    open_sealed_object, passphrase_from_env, ArchiveKey, BoxedIdentity, SealStats, SealedReader,
    SecretString,
};
use crate::sign::VerifyingKey;
use crate::store::{Location, Object, Store};

/// Supplies the passphrase of a passphrase-protected archive, given a
/// description of what it unlocks.
pub type AskPassphrase<'a> = &'a mut dyn FnMut(&str) -> Result<SecretString>;

/// Largest manifest accepted (it holds one entry per database).
const MANIFEST_LIMIT: u64 = 1 << 30;

/// An opened archive: its manifest decrypted and checked, its parts not yet read.
pub struct Archive {
    store: Arc<dyn Store>,
    /// The decrypted manifest.
    pub manifest: Manifest,
    /// Sizes and hashes of the manifest file itself.
    pub manifest_stats: SealStats,
    identities: Vec<BoxedIdentity>,
    /// Parts whose sealed file was hashed and matched, so that a restore
    /// that checks every part before running any reads each file from the
    /// store once more, not twice.
    checked: Vec<AtomicBool>,
}

/// A file that failed a check, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's name in the archive.
    pub file: String,
    /// What is wrong with it.
    pub what: String,
    /// [`ErrorKind::Damaged`], [`ErrorKind::Incomplete`] or, when a file
    /// could not be read at all, [`ErrorKind::Failed`].
    pub kind: ErrorKind,
}

impl Problem {
    fn from_error(file: &str, e: &anyhow::Error) -> Problem {
        Problem {
            file: file.to_string(),
            what: format!("{e:#}"),
            kind: kind_of(e),
        }
    }
}

impl Archive {
    /// Opens `dir` with `identities`; with none, a passphrase-protected
    /// archive takes its passphrase from PGSEAL_PASSPHRASE.
    pub fn open(dir: &Path, identities: Vec<BoxedIdentity>) -> Result<Archive> {
        let at = Location::Local(dir.to_path_buf());
        Self::open_checked(&at, identities, None, &mut |what| passphrase_from_env(what))
    }

    /// Like [`Archive::open`], and when `verify_key` is given the archive must
    /// carry a valid signature by that key over its sealed manifest (which
    /// holds the hash of every part file): a forged, reordered or partly
    /// replaced archive is refused before anything is decrypted.
    /// Without identities, a passphrase archive's passphrase comes from `ask`.
    pub fn open_checked(
        at: &Location,
        mut identities: Vec<BoxedIdentity>,
        verify_key: Option<&VerifyingKey>,
        ask: AskPassphrase<'_>,
    ) -> Result<Archive> {
        if let Location::Local(dir) = at {
            if !dir.is_dir() {
                bail!("{} is not a directory", dir.display());
            }
        }
        let store = at.open()?;
        let mpath = store.describe(MANIFEST_FILE);
        // Read once: the signature is checked on the very bytes decrypted.
        let sealed = match store.read(MANIFEST_FILE, MANIFEST_LIMIT) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                bail!("{at} is not a pgseal archive: it has no {MANIFEST_FILE}")
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", mpath.display())),
        };
        if identities.is_empty() {
            identities.push(unlock_key(&*store, ask)?);
        }
        if let Some(key) = verify_key {
            check_signature(&*store, key, &sealed)?;
        }
        let object = Object {
            name: mpath.clone(),
            len: sealed.len() as u64,
            reader: Box::new(io::Cursor::new(sealed)),
        };
        let mut reader = open_sealed_object(object, &identities, 0)
            .map_err(|e| diagnose_manifest_header(&*store, &identities, e))?;
        let mut json = Vec::new();
        (&mut reader)
            .take(MANIFEST_LIMIT)
            .read_to_end(&mut json)
            .with_context(|| format!("cannot read {}", mpath.display()))?;
        let manifest_stats = reader.finish()?;
        let manifest = match format::read_manifest(&json) {
            Ok(m) => m,
            Err(ManifestError::Foreign(f)) => {
                bail!("{}: unknown archive format {f:?}", mpath.display())
            }
            Err(ManifestError::Newer(v)) => bail!(
                "{}: archive format version {v} is newer than this pgseal understands ({}); read it with a newer pgseal",
                mpath.display(),
                format::VERSION
            ),
            Err(ManifestError::Damaged(e)) => {
                return Err(damaged(format!(
                    "{} does not hold a pgseal manifest: {e}",
                    mpath.display()
                )))
            }
        };
        for (i, p) in manifest.parts.iter().enumerate() {
            if p.file != part_file(i) {
                return Err(damaged(format!(
                    "{}: part {i} has an unexpected file name {:?}",
                    mpath.display(),
                    p.file
                )));
            }
        }
        let checked = manifest
            .parts
            .iter()
            .map(|_| AtomicBool::new(false))
            .collect();
        Ok(Archive {
            store,
            manifest,
            manifest_stats,
            checked,
            identities,
        })
    }

    /// Where the archive is.
    pub fn location(&self) -> &Location {
        self.store.location()
    }

    /// Parts whose database name is `name` (exact bytes).
    pub fn find_database(&self, name: &[u8]) -> Option<usize> {
        self.manifest.parts.iter().position(|p| {
            p.kind == super::PartKind::Database && p.name_bytes().as_deref() == Some(name)
        })
    }

    /// Checks the sealed file of part `i` against the manifest's size and
    /// hash: missing, truncated, altered and swapped files are damaged.
    pub fn check_part_file(&self, i: usize) -> Result<()> {
        if self.checked[i].load(Ordering::Acquire) {
            return Ok(());
        }
        let entry = &self.manifest.parts[i];
        let path = self.store.describe(&entry.file);
        let (len, hash) = match hash_file(&*self.store, &entry.file) {
            Ok(found) => found,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(damaged(format!("part file {} is missing", path.display())))
            }
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read part file {}", path.display()))
            }
        };
        if len != entry.stats.sealed_bytes {
            return Err(damaged(format!(
                "{}: {len} bytes where the manifest says {} (truncated or replaced)",
                path.display(),
                entry.stats.sealed_bytes
            )));
        }
        if hash != entry.stats.sealed_blake3 {
            return Err(damaged(format!(
                "{}: contents differ from the manifest (altered or swapped with another file)",
                path.display()
            )));
        }
        self.checked[i].store(true, Ordering::Release);
        Ok(())
    }

    /// Checks the sealed file of part `i` against the manifest, then opens it.
    pub fn open_part(&self, i: usize) -> Result<SealedReader> {
        self.check_part_file(i)?;
        let entry = &self.manifest.parts[i];
        let mut reader = open_sealed_object(self.open_file(&entry.file)?, &self.identities, 0)?;
        if entry.stats.plain_blake3.is_some() {
            reader.hash_plaintext();
        }
        Ok(reader)
    }

    /// Part `i`'s plaintext from byte `offset` on, read from the nearest
    /// recorded zstd frame before it, without checking the file's hash
    /// (check it once with [`Archive::check_part_file`]).
    pub fn open_part_at(&self, i: usize, offset: u64) -> Result<SealedReader> {
        let entry = &self.manifest.parts[i];
        let path = self.store.describe(&entry.file);
        let at = entry.frames.partition_point(|f| f[0] <= offset);
        let [plain, frame] = match at {
            0 => [0, 0],
            n => entry.frames[n - 1],
        };
        let mut reader = open_sealed_object(self.open_file(&entry.file)?, &self.identities, frame)?;
        let skip = offset - plain;
        let skipped = io::copy(&mut (&mut reader).take(skip), &mut io::sink())
            .with_context(|| format!("cannot read {}", path.display()))?;
        if skipped != skip {
            return Err(damaged(format!(
                "{}: ends before byte {offset} of its plaintext",
                path.display()
            )));
        }
        Ok(reader)
    }

    /// Opens file `name` of the archive, naming it in any error.
    fn open_file(&self, name: &str) -> Result<crate::store::Object> {
        self.store
            .open(name)
            .with_context(|| format!("cannot open {}", self.store.describe(name).display()))
    }

    /// Drains a part reader and checks what came out against the manifest.
    pub fn finish_part(&self, i: usize, reader: SealedReader) -> Result<()> {
        let entry = &self.manifest.parts[i];
        let got = reader.finish()?;
        if format::Stats::from(&got) != entry.stats {
            return Err(damaged(format!(
                "{}: decrypted contents do not match the manifest ({} plaintext bytes, expected {})",
                self.store.describe(&entry.file).display(),
                got.plain_bytes,
                entry.stats.plain_bytes
            )));
        }
        Ok(())
    }

    /// Writes part `i`'s plaintext to `out`.
    pub fn cat_part(&self, i: usize, out: &mut impl Write) -> Result<u64> {
        let mut reader = self.open_part(i)?;
        let n = io::copy(&mut reader, out).map_err(|e| out_err(e, &self.manifest.parts[i].file))?;
        self.finish_part(i, reader)?;
        Ok(n)
    }

    /// Writes the original pg_dumpall stream to `out`, checking its hash.
    ///
    /// Decryption runs ahead in a thread of each part's reader; this thread
    /// decompresses, checksums and writes, as `zstd -d` does in
    /// `age -d | zstd -d`.
    pub fn cat_all(&self, out: &mut impl Write) -> Result<u64> {
        let (hasher, expected) = StreamHasher::for_input(&self.manifest.input)
            .context("the manifest records no checksum of the input stream")?;
        let mut checked = Checked {
            out,
            hasher,
            written: 0,
            failed: None,
        };
        let rebuilt = self.rebuild_into(&mut checked);
        if let Some(e) = checked.failed {
            return Err(out_err(e, "the rebuilt stream"));
        }
        rebuilt?;
        if checked.written != self.manifest.input.bytes || checked.hasher.finish_hex() != expected {
            return Err(damaged(format!(
                "the rebuilt dump does not match the one this archive was made from \
                 ({} bytes against {}, or a different checksum): a part or the manifest was \
                 replaced. Discard what was written; restore from another copy of the archive \
                 (signing with --sign-key and checking with --verify-key rules this out)",
                checked.written, self.manifest.input.bytes
            )));
        }
        Ok(checked.written)
    }

    /// Rebuilds the original stream into `out` (see [`reassemble`]). zstd's
    /// per-part checksums are skipped: the caller must check the stream's
    /// own checksum, as [`Archive::cat_all`] does.
    fn rebuild_into(&self, out: &mut impl Write) -> Result<u64> {
        let moved_bytes: Vec<(u64, Vec<u8>)> = self
            .manifest
            .relocated
            .iter()
            .map(|r| {
                format::hex_decode(&r.hex)
                    .map(|b| (r.offset, b))
                    .ok_or_else(|| damaged("the manifest holds a damaged relocated statement"))
            })
            .collect::<Result<_>>()?;
        let moved: Vec<Moved<'_>> = moved_bytes
            .iter()
            .map(|(o, b)| Moved {
                offset: *o,
                bytes: b,
            })
            .collect();
        let segments: Vec<_> = self
            .manifest
            .parts
            .iter()
            .map(|p| p.segments.iter().map(Into::into).collect())
            .collect();
        let mut failure: Option<anyhow::Error> = None;
        let result = reassemble(
            &segments,
            &moved,
            |i| {
                self.open_part(i)
                    .and_then(|mut reader| {
                        // The whole stream is checksummed on its way out.
                        reader.skip_frame_checksum()?;
                        Ok(reader)
                    })
                    .map_err(|e| {
                        let msg = format!("{e:#}");
                        failure = Some(e);
                        io::Error::other(msg)
                    })
            },
            |i, r| {
                self.finish_part(i, r)
                    .map_err(|e| io::Error::other(format!("{e:#}")))
            },
            out,
        );
        result.map_err(|e| failure.unwrap_or_else(|| anyhow::Error::new(e)))
    }

    /// Every check there is, without writing plaintext anywhere.
    pub fn verify(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let m = &self.manifest;
        if !m.complete {
            problems.push(Problem {
                file: MANIFEST_FILE.into(),
                what: format!(
                    "the archive is incomplete: {}",
                    m.incomplete_reason
                        .as_deref()
                        .unwrap_or("the input was cut short")
                ),
                kind: ErrorKind::Incomplete,
            });
        }
        if self.store.exists(INCOMPLETE_FILE).unwrap_or(false) && m.complete {
            problems.push(Problem {
                file: INCOMPLETE_FILE.into(),
                what: "marker present in a complete archive".into(),
                kind: ErrorKind::Damaged,
            });
        }
        for (i, p) in m.parts.iter().enumerate() {
            let check = self.open_part(i).and_then(|mut r| {
                io::copy(&mut r, &mut io::sink()).map_err(|e| out_err(e, &p.file))?;
                self.finish_part(i, r)
            });
            if let Err(e) = check {
                problems.push(Problem::from_error(&p.file, &e));
            }
        }
        if problems.is_empty() {
            if let Err(e) = self.cat_all(&mut io::sink()) {
                problems.push(Problem::from_error("(whole stream)", &e));
            }
        }
        let expected: Vec<String> = m
            .parts
            .iter()
            .map(|p| p.file.clone())
            .chain([MANIFEST_FILE, KEY_FILE, INCOMPLETE_FILE, SIGNATURE_FILE].map(String::from))
            .collect();
        if let Ok(entries) = self.store.entries() {
            let names = entries.files.into_iter().map(|l| l.name);
            for name in names.chain(entries.others) {
                if !expected.contains(&name) {
                    problems.push(Problem {
                        file: name,
                        what: "unexpected file in the archive".into(),
                        kind: ErrorKind::Damaged,
                    });
                }
            }
        }
        problems
    }
}

/// A signature was required but the archive has none.
#[derive(Debug, thiserror::Error)]
#[error("{0} is not signed (no manifest.sig), but a signature by the given key is required")]
pub struct NotSigned(pub String);

/// Checks `manifest.sig` against the sealed manifest; returns the BLAKE3 of
/// the bytes that were verified.
fn check_signature(store: &dyn Store, key: &VerifyingKey, sealed: &[u8]) -> Result<()> {
    let sig_path = store.describe(SIGNATURE_FILE);
    let signature = match store.read(SIGNATURE_FILE, 1 << 20) {
        Ok(s) => String::from_utf8_lossy(&s).into_owned(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(NotSigned(store.location().to_string()).into())
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", sig_path.display())),
    };
    crate::sign::verify(key, sealed, &signature)
        .with_context(|| format!("{}: the signature does not hold", sig_path.display()))
}

/// The identity of a passphrase archive: its sealed key, unlocked with the
/// passphrase `ask` gets.
fn unlock_key(store: &dyn Store, ask: AskPassphrase<'_>) -> Result<BoxedIdentity> {
    let key = store.describe(KEY_FILE);
    let file = match store.open(KEY_FILE) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            bail!("no identity given: pass the archive's age identity or SSH key with -i")
        }
        Err(e) => return Err(e).with_context(|| format!("cannot open {}", key.display())),
    };
    let pass = ask(&format!("passphrase for {}", store.location()))?;
    let identity = ArchiveKey::open_sealed(BufReader::new(file.reader), &pass)
        .with_context(|| format!("cannot unlock {}", key.display()))?;
    Ok(ArchiveKey::from_identity(identity).boxed_identity())
}

/// A manifest no identity opens is either sealed to other keys or has an
/// altered header; if the same identities open the globals part, it is the
/// latter.
fn diagnose_manifest_header(
    store: &dyn Store,
    identities: &[BoxedIdentity],
    e: anyhow::Error,
) -> anyhow::Error {
    let no_match = e.chain().any(|c| {
        c.downcast_ref::<crate::seal::SealError>()
            .is_some_and(|s| matches!(s.kind, crate::seal::SealErrorKind::NoIdentityMatched { .. }))
    });
    let opens_part = || {
        store
            .open(&part_file(0))
            .map_err(anyhow::Error::from)
            .and_then(|o| open_sealed_object(o, identities, 0))
            .is_ok()
    };
    if no_match && opens_part() {
        return damaged(format!(
            "{}: the given identities open the archive's parts but not its manifest: \
             the manifest's age header was altered ({e:#})",
            store.describe(MANIFEST_FILE).display()
        ));
    }
    e
}

fn damaged(message: impl Into<String>) -> anyhow::Error {
    fail(ErrorKind::Damaged, message)
}

fn hash_file(store: &dyn Store, name: &str) -> io::Result<(u64, String)> {
    let mut f = store.open(name)?.reader;
    let mut hasher = blake3::Hasher::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut len = 0u64;
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        len += n as u64;
    }
    Ok((len, hasher.finalize().to_hex().to_string()))
}

fn out_err(e: io::Error, file: &str) -> anyhow::Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        anyhow::Error::new(e).context("output closed")
    } else {
        anyhow::Error::new(e).context(format!("while reading {file}"))
    }
}

/// Checksums and counts what reaches `out`, and keeps an error of `out`
/// itself apart, so that a closed pipe is not taken for a damaged part.
struct Checked<'a, W> {
    out: &'a mut W,
    hasher: StreamHasher,
    written: u64,
    failed: Option<io::Error>,
}

impl<W: Write> Write for Checked<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.out.write(buf) {
            Ok(n) => {
                self.hasher.update(&buf[..n]);
                self.written += n as u64;
                Ok(n)
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
            Err(e) => {
                let kind = e.kind();
                self.failed = Some(e);
                Err(io::Error::new(kind, "writing the output failed"))
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
