//! `pgseal split`: input -> scanner/splitter -> sealed parts -> manifest.
//!
//! A reader thread decompresses (and with `--no-role-passwords` redacts,
//! see [`crate::redact`]) and hashes the input while this thread
//! lexes and routes it and a pool of workers compresses it (see
//! `seal::frames`), so a two-core machine keeps both cores busy.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};

use crate::archive::format::{rfc3339, InputInfo, Manifest, StreamHasher};
use crate::archive::ArchiveWriter;
use crate::input;
use crate::redact::{RedactError, RedactReader};
use crate::seal::{ArchiveKey, BoxedRecipient, SecretString};
use crate::splitter::{SplitError, Splitter};
use crate::store::Location;

const CHUNK: usize = 1 << 20;

/// What `pgseal split` was asked to do.
pub struct SplitOptions {
    /// `None` or `-` reads standard input.
    pub input: Option<PathBuf>,
    /// The archive to create.
    pub out: Location,
    /// Who can open the archive; a passphrase adds one.
    pub recipients: Vec<BoxedRecipient>,
    /// Seal an archive key with this passphrase (see [`ArchiveKey`]).
    pub passphrase: Option<SecretString>,
    /// zstd level; 0 for zstd's default.
    pub level: i32,
    /// Compression workers; 0 compresses on the splitting thread.
    pub threads: u32,
    /// Replace an earlier pgseal archive at `out` (never anything else).
    pub force: bool,
    /// Seal a redacted dump: password clauses removed from role statements
    /// (see [`crate::redact`]).
    pub no_role_passwords: bool,
    /// Sign the sealed manifest (see [`crate::sign`]).
    pub sign_key: Option<crate::sign::SigningKey>,
}

/// A finished split.
pub struct SplitOutcome {
    /// Where the archive was placed.
    pub location: Location,
    /// The manifest as sealed in the archive.
    pub manifest: Manifest,
}

/// What the reader thread saw of the input.
struct InputEnd {
    bytes: u64,
    checksum: String,
    /// A read error that cut the input short (a truncated gzip file, say),
    /// or the redaction's refusal.
    error: Option<std::io::Error>,
}

/// Split a pg_dumpall stream into a sealed archive.
///
/// Input that is not a pg_dumpall stream, or that the splitter refuses,
/// is an error and leaves nothing behind. Input that ends early still
/// yields an archive, marked incomplete: check `manifest.complete`.
pub fn split(mut opts: SplitOptions, progress: &mut dyn FnMut(u64)) -> Result<SplitOutcome> {
    anyhow::ensure!(
        !opts.recipients.is_empty() || opts.passphrase.is_some(),
        "no recipients: give -r, -R or -p"
    );
    let (reader, compression) = input::open(opts.input.as_deref())?;
    // Offsets in messages are the input's: `redactions` maps them back.
    let (reader, redactions): (Box<dyn Read + Send>, _) = if opts.no_role_passwords {
        let r = RedactReader::new(reader);
        let map = r.redactions();
        (Box::new(r), Some(map))
    } else {
        (reader, None)
    };
    let to_input = |offset: u64| {
        redactions
            .as_ref()
            .map_or(offset, |m| m.input_offset(offset))
    };
    let key = opts.passphrase.as_ref().map(|_| ArchiveKey::generate());
    if let Some(k) = &key {
        opts.recipients.push(k.boxed_recipient());
    }
    let writer = ArchiveWriter::create(
        &opts.out,
        opts.force,
        opts.recipients,
        opts.level,
        opts.threads,
    )?;
    if let (Some(k), Some(p)) = (&key, &opts.passphrase) {
        writer.write_key(k, p)?;
    }
    let input_name = opts
        .input
        .as_deref()
        .map_or("standard input".into(), |p: &Path| p.display().to_string());

    let (tx, rx) = mpsc::sync_channel::<Vec<u8>>(2);
    let (back_tx, back_rx) = mpsc::channel::<Vec<u8>>();
    let reader_thread = thread::Builder::new()
        .name("pgseal-input".into())
        .spawn(move || read_input(reader, tx, back_rx))
        .context("cannot start the input thread")?;

    let rereadable = opts
        .input
        .as_deref()
        .filter(|p| p.as_os_str() != "-" && p.metadata().is_ok_and(|m| m.is_file()));
    // A refusal whose offset is already the input's, and one from the
    // splitter, whose offset is in the stream it was fed.
    let refused = |e: SplitError| {
        let e = match rereadable {
            Some(path) => with_line(e, path),
            None => e,
        };
        anyhow::Error::new(e).context(format!("cannot split {input_name}"))
    };
    let failed = |mut e: SplitError| {
        if let SplitError::Input { offset, .. } = &mut e {
            *offset = to_input(*offset);
        }
        refused(e)
    };
    let mut splitter = Splitter::new(writer)?;
    let mut fed = 0u64;
    for chunk in rx.iter() {
        if let Err(e) = splitter.feed(&chunk) {
            drop(rx);
            let _ = reader_thread.join();
            return Err(failed(e));
        }
        fed += chunk.len() as u64;
        progress(fed);
        let _ = back_tx.send(chunk);
    }
    let end = reader_thread
        .join()
        .map_err(|_| anyhow::anyhow!("the input thread panicked"))?;
    if let Some(e) = end.error.as_ref().and_then(redaction_error) {
        return Err(refused(SplitError::Input {
            offset: e.offset(),
            line: None,
            message: e.reason(),
        }));
    }
    if end.error.is_some() {
        splitter.input_failed();
    }
    let summary = splitter.finish_showing(&to_input).map_err(failed)?;
    let (mut writer, mut summary) = summary.take_sink();
    if let Some(err) = &end.error {
        // A decoder's error already says how far it got.
        let why = if compression == input::Compression::None {
            format!(
                "reading {input_name} failed after {} bytes: {err}",
                to_input(end.bytes)
            )
        } else {
            format!("reading {input_name} failed: {err}")
        };
        summary.incomplete = Some(match summary.incomplete.take() {
            Some(reason) => format!("{why}; {reason}"),
            None => why,
        });
    }
    let now = created_now()?;
    let info = InputInfo {
        bytes: end.bytes,
        xxh3_128: Some(end.checksum),
        blake3: None,
        compression: compression.into(),
    };
    let mut manifest = writer.manifest(summary, info, rfc3339(now), key.is_some())?;
    manifest.redacted = opts.no_role_passwords;
    let location = writer.commit(&manifest, opts.sign_key.as_ref(), now as i64)?;
    Ok(SplitOutcome { location, manifest })
}

/// The archive's creation time: now, or `SOURCE_DATE_EPOCH` when set (the
/// reproducible-builds convention), so an archive's date can be given.
fn created_now() -> Result<u64> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s
            .trim()
            .parse()
            .with_context(|| format!("SOURCE_DATE_EPOCH={s:?} is not a number of seconds")),
        Err(_) => Ok(SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())),
    }
}

/// The redaction's refusal, if that is what ended the input.
fn redaction_error(e: &std::io::Error) -> Option<&RedactError> {
    e.get_ref()?.downcast_ref::<RedactError>()
}

/// Adds the line number to an error about the input, reading the file again
/// up to the error (the splitter does not count lines as it goes).
fn with_line(mut e: SplitError, path: &Path) -> SplitError {
    if let SplitError::Input { offset, line, .. } = &mut e {
        *line = input::line_at(path, *offset).ok();
    }
    e
}

/// Reads, hashes and forwards the input in chunks, reusing returned buffers.
fn read_input(
    mut reader: Box<dyn Read + Send>,
    tx: mpsc::SyncSender<Vec<u8>>,
    back: mpsc::Receiver<Vec<u8>>,
) -> InputEnd {
    let mut hasher = StreamHasher::new();
    let mut bytes = 0u64;
    loop {
        let mut buf = back
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(CHUNK));
        buf.resize(CHUNK, 0);
        let mut filled = 0;
        let mut error = None;
        while filled < CHUNK {
            match reader.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        buf.truncate(filled);
        hasher.update(&buf);
        bytes += filled as u64;
        let done = filled < CHUNK;
        if filled > 0 && tx.send(buf).is_err() {
            return InputEnd {
                bytes,
                checksum: String::new(),
                error: Some(std::io::Error::other("the splitter stopped")),
            };
        }
        if done || error.is_some() {
            return InputEnd {
                bytes,
                checksum: hasher.finish_hex(),
                error,
            };
        }
    }
}
