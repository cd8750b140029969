//! Streaming unseal: file -> age -> zstd -> plaintext, hashing the file.
//!
//! The reader insists on exactly what [`super::SealedWriter`] produces: one age
//! stream holding zstd frames, nothing before or after. Reading to the end
//! authenticates the whole file; stopping early authenticates nothing beyond
//! what was read, which is why [`SealedReader::finish`] drains the rest.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::{mpsc, Arc, Mutex, PoisonError};

use age::stream::StreamReader;
use age::{DecryptError, Decryptor};
use anyhow::Result;

use super::error::{SealError, SealErrorKind};
use super::identities::AsIdentity;
use super::writer::SealStats;
use crate::store::{Object, ReadSeek};

const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// Counts and hashes the ciphertext as the age layer consumes it. Shared because
/// age's stream reader does not hand its inner reader back.
#[derive(Default)]
struct CipherState {
    bytes: u64,
    hasher: blake3::Hasher,
}

type Shared = Arc<Mutex<CipherState>>;

fn lock(s: &Shared) -> std::sync::MutexGuard<'_, CipherState> {
    s.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The file, seen through a tap that hashes every byte handed to age.
struct CipherTap {
    file: BufReader<Box<dyn ReadSeek>>,
    state: Shared,
    path: Arc<Path>,
}

/// Seeking is for reading a part from the middle; the hash then covers
/// only what was read and means nothing.
impl io::Seek for CipherTap {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.file.seek(pos)
    }
}

impl Read for CipherTap {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self
            .file
            .read(buf)
            .map_err(|e| SealError::new(&*self.path, SealErrorKind::Io(e)).into_io())?;
        let mut st = lock(&self.state);
        st.hasher.update(&buf[..n]);
        st.bytes += n as u64;
        Ok(n)
    }
}

/// age's payload reader, with its terse errors turned into [`SealError`]s.
struct AgeLayer {
    inner: StreamReader<CipherTap>,
    state: Shared,
    file_len: u64,
    path: Arc<Path>,
}

impl Read for AgeLayer {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|e| self.explain(e))
    }
}

impl AgeLayer {
    fn explain(&self, e: io::Error) -> io::Error {
        if SealError::from_io(&e).is_some() {
            return e;
        }
        let kind = match e.kind() {
            io::ErrorKind::UnexpectedEof => SealErrorKind::Truncated("the final chunk is missing"),
            io::ErrorKind::InvalidData
                if e.to_string().contains("last chunk has been processed") =>
            {
                SealErrorKind::TrailingData("age stream")
            }
            io::ErrorKind::InvalidData => {
                // age reads a whole chunk before checking it; if more of the file
                // follows, the chunk was full-sized and cannot be a cut-off end.
                if lock(&self.state).bytes < self.file_len {
                    SealErrorKind::Altered
                } else {
                    SealErrorKind::TruncatedOrAltered
                }
            }
            _ => SealErrorKind::Io(e),
        };
        SealError::new(&*self.path, kind).into_io()
    }
}

/// Decrypts ahead in a thread of its own, so that decryption and
/// decompression (and the hashing on both sides) run on two cores, as
/// `age -d | zstd -d` does with two processes.
struct Prefetch {
    rx: mpsc::Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    at: usize,
    done: bool,
}

const PREFETCH_CHUNK: usize = 256 << 10;

impl Prefetch {
    fn start(mut age: AgeLayer) -> io::Result<Prefetch> {
        let (tx, rx) = mpsc::sync_channel(4);
        std::thread::Builder::new()
            .name("pgseal-decrypt".into())
            .spawn(move || loop {
                let mut buf = vec![0u8; PREFETCH_CHUNK];
                match age.read(&mut buf) {
                    Ok(n) => {
                        buf.truncate(n);
                        // A closed channel means the reader was dropped: stop.
                        if tx.send(Ok(buf)).is_err() || n == 0 {
                            return;
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return;
                    }
                }
            })?;
        Ok(Prefetch {
            rx,
            chunk: Vec::new(),
            at: 0,
            done: false,
        })
    }
}

impl Read for Prefetch {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let chunk = self.fill_buf()?;
        let n = buf.len().min(chunk.len());
        buf[..n].copy_from_slice(&chunk[..n]);
        self.consume(n);
        Ok(n)
    }
}

/// Hands out the decrypted chunks themselves: no second buffer to copy into.
impl BufRead for Prefetch {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.at == self.chunk.len() {
            if self.done {
                return Ok(&[]);
            }
            match self.rx.recv() {
                Ok(Ok(chunk)) if chunk.is_empty() => self.done = true,
                Ok(Ok(chunk)) => {
                    self.chunk = chunk;
                    self.at = 0;
                }
                Ok(Err(e)) => {
                    self.done = true;
                    return Err(e);
                }
                Err(_) => {
                    self.done = true;
                    return Err(io::Error::other("the decryption thread stopped"));
                }
            }
        }
        Ok(&self.chunk[self.at..])
    }

    fn consume(&mut self, n: usize) {
        self.at = (self.at + n).min(self.chunk.len());
    }
}

/// A [`Read`] producing the plaintext of one sealed file.
///
/// Errors returned by `read` carry a [`SealError`] (see [`SealError::from_io`]);
/// their text names the file and the problem.
pub struct SealedReader {
    /// The decrypted zstd stream: a run of frames (see `super::frames`).
    compressed: Prefetch,
    zstd: zstd::stream::raw::Decoder<'static>,
    /// Inside a frame; otherwise between frames (or before the first).
    in_frame: bool,
    frames: u64,
    path: Arc<Path>,
    state: Shared,
    plain_bytes: u64,
    plain_hasher: Option<blake3::Hasher>,
    phase: Phase,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Reading,
    Done,
    Failed,
}

/// Opens a sealed file for reading with any of `identities` (e.g. from
/// [`super::load_identities`] or an archive key). The header is checked here, so
/// a wrong key or a file that is not a part fails now rather than on first read.
pub fn open_sealed(path: &Path, identities: &[impl AsIdentity]) -> Result<SealedReader> {
    open(local(path)?, identities, 0).map_err(anyhow::Error::from)
}

/// [`open_sealed`] on a file of any store, from `frame` on (see
/// [`open_sealed_at`]).
pub fn open_sealed_object(
    object: Object,
    identities: &[impl AsIdentity],
    frame: u64,
) -> Result<SealedReader> {
    open(object, identities, frame).map_err(anyhow::Error::from)
}

fn local(path: &Path) -> Result<Object, SealError> {
    let fail = |e| SealError::new(path, SealErrorKind::Io(e));
    let file = File::open(path).map_err(fail)?;
    let len = file.metadata().map_err(fail)?.len();
    Ok(Object {
        name: path.to_path_buf(),
        len,
        reader: Box::new(file),
    })
}

/// Opens a sealed file at `frame`, the start of a zstd frame in the
/// decrypted stream (see [`SealStats::frames`]): what is read is the
/// plaintext from that frame on. age authenticates every chunk read, but
/// only reading to the end authenticates the file's length: use
/// [`open_sealed`] and [`SealedReader::finish`] for that.
pub fn open_sealed_at(
    path: &Path,
    identities: &[impl AsIdentity],
    frame: u64,
) -> Result<SealedReader> {
    open(local(path)?, identities, frame).map_err(anyhow::Error::from)
}

fn open(
    object: Object,
    identities: &[impl AsIdentity],
    at: u64,
) -> Result<SealedReader, SealError> {
    let path = object.name.as_path();
    let fail = |kind| SealError::new(path, kind);
    let file_len = object.len;
    let mut file = BufReader::new(object.reader);

    // Look before parsing: age's parser cannot tell "not age" from "damaged".
    let head = file.fill_buf().map_err(|e| fail(SealErrorKind::Io(e)))?;
    if head.is_empty() {
        return Err(fail(SealErrorKind::Truncated("the file is empty")));
    }
    if !head.starts_with(AGE_MAGIC) {
        return Err(if AGE_MAGIC.starts_with(head) {
            fail(SealErrorKind::Truncated("it ends inside the age header"))
        } else {
            fail(SealErrorKind::NotAgeFile)
        });
    }
    let recipients = describe_stanzas(head);

    let path: Arc<Path> = Arc::from(path);
    let state = Shared::default();
    let tap = CipherTap {
        file,
        state: state.clone(),
        path: path.clone(),
    };
    let decryptor = Decryptor::new(tap).map_err(|e| header_error(&path, e))?;
    let stream = decryptor
        .decrypt(identities.iter().map(|i| i.as_identity()))
        .map_err(|e| match e {
            DecryptError::NoMatchingKeys => SealError::new(
                &*path,
                SealErrorKind::NoIdentityMatched {
                    recipients,
                    tried: identities.len(),
                },
            ),
            other => header_error(&path, other),
        })?;
    let mut stream = stream;
    if at > 0 {
        use std::io::{Seek, SeekFrom};
        stream
            .seek(SeekFrom::Start(at))
            .map_err(|e| SealError::new(&*path, SealErrorKind::Io(e)))?;
    }
    let age = AgeLayer {
        inner: stream,
        state: state.clone(),
        file_len,
        path: path.clone(),
    };
    let age = Prefetch::start(age).map_err(|e| SealError::new(&*path, SealErrorKind::Io(e)))?;
    let zstd = zstd::stream::raw::Decoder::new()
        .map_err(|e| SealError::new(&*path, SealErrorKind::Decompress(e.to_string())))?;
    Ok(SealedReader {
        compressed: age,
        zstd,
        in_frame: false,
        frames: 0,
        path,
        state,
        plain_bytes: 0,
        plain_hasher: None,
        phase: Phase::Reading,
    })
}

/// Maps errors met while reading the header and unwrapping the file key.
fn header_error(path: &Path, e: DecryptError) -> SealError {
    let kind = match e {
        DecryptError::Io(io) => match SealError::from_io(&io) {
            Some(_) => return unwrap_seal_error(io).expect("checked above"),
            None if io.kind() == io::ErrorKind::UnexpectedEof => {
                SealErrorKind::Truncated("it ends inside the age header")
            }
            None => SealErrorKind::Io(io),
        },
        DecryptError::InvalidHeader => SealErrorKind::MalformedHeader,
        DecryptError::UnknownFormat => SealErrorKind::UnsupportedVersion,
        DecryptError::InvalidMac | DecryptError::DecryptionFailed => SealErrorKind::HeaderAltered,
        DecryptError::KeyDecryptionFailed => SealErrorKind::IdentityLocked,
        DecryptError::NoMatchingKeys => SealErrorKind::NoIdentityMatched {
            recipients: "unknown recipients".into(),
            tried: 0,
        },
        other => SealErrorKind::Age(other.to_string()),
    };
    SealError::new(path, kind)
}

/// Takes the [`SealError`] out of an I/O error, if it carries one.
fn unwrap_seal_error(e: io::Error) -> Result<SealError, io::Error> {
    if SealError::from_io(&e).is_none() {
        return Err(e);
    }
    match e.into_inner().map(|inner| inner.downcast::<SealError>()) {
        Some(Ok(se)) => Ok(*se),
        _ => unreachable!("checked by from_io"),
    }
}

/// Summarises the recipient stanzas of a header ("2 X25519 recipients"), for
/// the "no identity matched" message. Reads only the already-buffered start.
fn describe_stanzas(head: &[u8]) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for line in head.split(|&b| b == b'\n').skip(1) {
        if line.starts_with(b"---") {
            break;
        }
        let Some(rest) = line.strip_prefix(b"-> ") else {
            continue;
        };
        let tag = rest.split(|&b| b == b' ').next().unwrap_or_default();
        // age adds random "grease" stanzas that no identity opens.
        if tag.ends_with(b"-grease") {
            continue;
        }
        let tag = String::from_utf8_lossy(tag).into_owned();
        match counts.iter_mut().find(|(t, _)| *t == tag) {
            Some((_, n)) => *n += 1,
            None => counts.push((tag, 1)),
        }
    }
    if counts.is_empty() {
        return "unknown recipients".into();
    }
    counts
        .iter()
        .map(|(tag, n)| match tag.as_str() {
            "scrypt" => "a passphrase (scrypt)".to_string(),
            _ => format!("{n} {tag} recipient{}", if *n == 1 { "" } else { "s" }),
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

impl SealedReader {
    /// The sealed file being read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Leave zstd's frame checksum unchecked, for a caller that checks the
    /// plaintext itself (the whole-stream checksum of `cat --all`): the
    /// same bytes need not be hashed twice. Call before the first read.
    pub fn skip_frame_checksum(&mut self) -> io::Result<()> {
        self.zstd
            .set_parameter(zstd::stream::raw::DParameter::ForceIgnoreChecksum(true))
    }

    /// Also hash the plaintext, for files whose recorded stats include its
    /// hash (see [`SealStats`]). Call before the first read.
    pub fn hash_plaintext(&mut self) {
        self.plain_hasher = Some(blake3::Hasher::new());
    }

    /// Reads whatever is left (checking it like any other read), then returns
    /// the sizes of both sides and the sealed file's hash.
    pub fn finish(mut self) -> Result<SealStats> {
        let mut sink = vec![0u8; 64 << 10];
        loop {
            match self.read(&mut sink) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    return Err(match unwrap_seal_error(e) {
                        Ok(se) => se.into(),
                        Err(other) => {
                            anyhow::Error::new(other).context(format!("{}", self.path.display()))
                        }
                    })
                }
            }
        }
        let cipher = lock(&self.state);
        Ok(SealStats {
            plain_bytes: self.plain_bytes,
            plain_blake3: self.plain_hasher.map(|h| h.finalize().to_hex().to_string()),
            sealed_bytes: cipher.bytes,
            sealed_blake3: cipher.hasher.finalize().to_hex().to_string(),
            frames: Vec::new(),
        })
    }

    fn fail(&mut self, kind: SealErrorKind) -> io::Error {
        self.phase = Phase::Failed;
        SealError::new(&*self.path, kind).into_io()
    }
}

impl Read for SealedReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.phase {
            Phase::Done => return Ok(0),
            Phase::Failed => {
                return Err(io::Error::other(format!(
                    "{}: reading stopped after an earlier error",
                    self.path.display()
                )))
            }
            Phase::Reading if buf.is_empty() => return Ok(0),
            Phase::Reading => {}
        }
        let n = self.decode(buf)?;
        if n == 0 {
            self.phase = Phase::Done;
        }
        if let Some(h) = &mut self.plain_hasher {
            h.update(&buf[..n]);
        }
        self.plain_bytes += n as u64;
        Ok(n)
    }
}

impl SealedReader {
    /// Decodes frame after frame until `buf` gets something or the stream
    /// ends. Reaching the end reads age's final chunk, which authenticates it.
    fn decode(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use zstd::stream::raw::{InBuffer, Operation, OutBuffer};
        loop {
            let input = match self.compressed.fill_buf() {
                Ok(input) => input,
                Err(e) => {
                    self.phase = Phase::Failed;
                    return Err(e);
                }
            };
            if input.is_empty() {
                if self.in_frame || self.frames == 0 {
                    return Err(self.fail(SealErrorKind::CompressedStreamEnded));
                }
                return Ok(0);
            }
            let mut src = InBuffer::around(input);
            let mut dst = OutBuffer::around(buf);
            let hint = self.zstd.run(&mut src, &mut dst);
            let (read, written) = (src.pos(), dst.pos());
            self.compressed.consume(read);
            match hint {
                Ok(0) => {
                    self.in_frame = false;
                    self.frames += 1;
                }
                Ok(_) => self.in_frame = true,
                // Bytes that do not start a frame, after a whole one.
                Err(_) if !self.in_frame && self.frames > 0 => {
                    return Err(self.fail(SealErrorKind::TrailingData("zstd frame")))
                }
                Err(e) => return Err(self.fail(SealErrorKind::Decompress(e.to_string()))),
            }
            if written > 0 {
                return Ok(written);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seal::identities::{load_identities_with, BoxedIdentity};
    use crate::seal::recipients::{load_recipients, BoxedRecipient};
    use crate::seal::test_support;
    use crate::seal::writer::SealedWriter;
    use age::x25519;
    use std::io::Write;

    /// Deterministic incompressible bytes (xorshift), so ciphertexts span chunks.
    fn noise(len: usize, mut seed: u64) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            out.extend_from_slice(&seed.to_le_bytes());
        }
        out.truncate(len);
        out
    }

    fn seal(path: &Path, rs: &[BoxedRecipient], data: &[u8], threads: u32) -> SealStats {
        let f = File::create(path).unwrap();
        let mut w = SealedWriter::create(f, rs, 3, threads).unwrap();
        w.write_all(data).unwrap();
        w.finish().unwrap()
    }

    fn unseal(path: &Path, ids: &[impl AsIdentity]) -> Result<(Vec<u8>, SealStats)> {
        let mut r = open_sealed(path, ids)?;
        let mut out = Vec::new();
        r.read_to_end(&mut out)?;
        Ok((out, r.finish()?))
    }

    fn err_of(path: &Path, ids: &[impl AsIdentity]) -> String {
        match unseal(path, ids) {
            Ok(_) => panic!("expected {} to be rejected", path.display()),
            Err(e) => format!("{e:#}"),
        }
    }

    fn x25519_pair() -> (x25519::Identity, Vec<BoxedRecipient>) {
        let k = x25519::Identity::generate();
        let r: Vec<BoxedRecipient> = vec![Box::new(k.to_public())];
        (k, r)
    }

    /// Offset of the payload (after the header's MAC line and the 16-byte nonce).
    fn payload_start(file: &[u8]) -> usize {
        let mac = file.windows(4).position(|w| w == b"\n---").unwrap() + 1;
        let eol = mac + file[mac..].iter().position(|&b| b == b'\n').unwrap();
        eol + 1 + 16
    }

    #[test]
    fn round_trip_x25519_single_and_multi_thread() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        // Three frames' worth: frames are decoded one after another.
        let mut data = b"COPY t FROM stdin;\n1\tone\n\\.\n".repeat(320_000);
        data.extend(noise(300_000, 7));
        assert!(data.len() > 2 * crate::seal::frames::job_size(3));
        for threads in [0, 1, 4] {
            let path = dir.path().join(format!("t{threads}.age"));
            let written = seal(&path, &rs, &data, threads);
            let (back, read) = unseal(&path, &[&k]).unwrap();
            assert!(back == data, "plaintext differs with {threads} threads");
            // The frame index is the writer's to record; a reader does not rebuild it.
            assert_eq!(written.frames.len(), 4);
            let written = SealStats {
                frames: Vec::new(),
                ..written
            };
            assert_eq!(read, written);
        }
    }

    #[test]
    fn round_trip_empty_and_tiny() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        for data in [&b""[..], b"x"] {
            let path = dir.path().join("p.age");
            let written = seal(&path, &rs, data, 1);
            let (back, read) = unseal(&path, &[&k]).unwrap();
            assert_eq!(back, data);
            assert_eq!(read, written);
        }
    }

    #[test]
    fn several_recipients_each_can_open() {
        let dir = tempfile::tempdir().unwrap();
        let (a, mut rs) = x25519_pair();
        let (b, more) = x25519_pair();
        rs.extend(more);
        let path = dir.path().join("p.age");
        seal(&path, &rs, b"shared", 1);
        assert_eq!(unseal(&path, &[&a]).unwrap().0, b"shared");
        assert_eq!(unseal(&path, &[&b]).unwrap().0, b"shared");
    }

    #[test]
    fn finish_without_reading_drains_and_hashes_everything() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        let path = dir.path().join("p.age");
        let written = seal(&path, &rs, &noise(200_000, 3), 1);
        let mut r = open_sealed(&path, &[&k]).unwrap();
        let mut first = [0u8; 10];
        r.read_exact(&mut first).unwrap();
        assert_eq!(r.finish().unwrap(), written);
    }

    fn ssh_round_trip(kind: &str) {
        if !test_support::have("ssh-keygen") {
            eprintln!("note: ssh-keygen not found; skipping the {kind} round trip");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let key = test_support::ssh_keygen(dir.path(), "id", kind, "");
        let rs = load_recipients(&[test_support::ssh_public(&key)], &[]).unwrap();
        let ids: Vec<BoxedIdentity> =
            load_identities_with(&[&key], &mut |_| unreachable!()).unwrap();
        let path = dir.path().join("p.age");
        let data = b"-- PostgreSQL database dump\n".repeat(1000);
        let written = seal(&path, &rs, &data, 1);
        let (back, read) = unseal(&path, &ids).unwrap();
        assert_eq!(back, data);
        assert_eq!(read, written);
    }

    #[test]
    fn round_trip_ssh_ed25519() {
        ssh_round_trip("ed25519");
    }

    #[test]
    fn round_trip_ssh_rsa() {
        ssh_round_trip("rsa");
    }

    #[test]
    fn wrong_key_says_no_identity_matched() {
        let dir = tempfile::tempdir().unwrap();
        let (_, rs) = x25519_pair();
        let (other, _) = x25519_pair();
        let path = dir.path().join("p.age");
        seal(&path, &rs, b"data", 1);
        let msg = err_of(&path, &[&other]);
        assert!(msg.contains("no identity matched"), "{msg}");
        assert!(msg.contains("1 X25519 recipient"), "{msg}");
        assert!(msg.contains("p.age"), "{msg}");
        let r = open_sealed(&path, &[&other]).err().unwrap();
        let se = r.downcast_ref::<SealError>().unwrap();
        assert!(matches!(
            se.kind,
            SealErrorKind::NoIdentityMatched { tried: 1, .. }
        ));
    }

    #[test]
    fn flipped_byte_in_payload_is_altered() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        let path = dir.path().join("p.age");
        seal(&path, &rs, &noise(400_000, 11), 1);
        let mut bytes = std::fs::read(&path).unwrap();
        let at = payload_start(&bytes) + 70_000; // inside the second chunk
        bytes[at] ^= 0x01;
        std::fs::write(&path, &bytes).unwrap();
        let msg = err_of(&path, &[&k]);
        assert!(
            msg.contains("authentication failed: the file was altered"),
            "{msg}"
        );
        assert!(msg.contains("p.age"), "{msg}");
    }

    #[test]
    fn flipped_byte_in_header_mac_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        let path = dir.path().join("p.age");
        seal(&path, &rs, b"data", 1);
        let mut bytes = std::fs::read(&path).unwrap();
        let mac = bytes.windows(5).position(|w| w == b"\n--- ").unwrap() + 6;
        bytes[mac] = if bytes[mac] == b'A' { b'B' } else { b'A' };
        std::fs::write(&path, &bytes).unwrap();
        let msg = err_of(&path, &[&k]);
        assert!(msg.contains("header was altered"), "{msg}");
    }

    #[test]
    fn truncations_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        let path = dir.path().join("p.age");
        seal(&path, &rs, &noise(400_000, 5), 1);
        let full = std::fs::read(&path).unwrap();
        let start = payload_start(&full);
        let cuts = [
            (
                start + 2 * 65_552,
                "file is truncated (the final chunk is missing)",
            ),
            (start + 100_000, "the file is truncated or was altered"),
            (full.len() - 1, "the file is truncated or was altered"),
            (
                start - 5,
                "file is truncated (it ends inside the age header)",
            ),
            (30, "file is truncated (it ends inside the age header)"),
            (10, "file is truncated (it ends inside the age header)"),
            (0, "file is truncated (the file is empty)"),
        ];
        for (len, want) in cuts {
            std::fs::write(&path, &full[..len]).unwrap();
            let msg = err_of(&path, &[&k]);
            assert!(msg.contains(want), "cut at {len}: {msg}");
            assert!(msg.contains("p.age"), "{msg}");
        }
    }

    #[test]
    fn not_an_age_file() {
        let dir = tempfile::tempdir().unwrap();
        let (k, _) = x25519_pair();
        let path = dir.path().join("plain.sql");
        std::fs::write(&path, b"-- PostgreSQL database cluster dump\n").unwrap();
        let msg = err_of(&path, &[&k]);
        assert!(msg.contains("plain.sql: not an age file"), "{msg}");
        let msg = err_of(&dir.path().join("missing.age"), &[&k]);
        assert!(msg.contains("missing.age: cannot read the file"), "{msg}");
    }

    /// Encrypts `inner` as age without zstd, to test the zstd-layer checks.
    fn raw_age(path: &Path, k: &x25519::Identity, inner: &[u8]) {
        let r = k.to_public();
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
        let mut w = enc.wrap_output(File::create(path).unwrap()).unwrap();
        w.write_all(inner).unwrap();
        w.finish().unwrap();
    }

    #[test]
    fn zstd_layer_problems() {
        let dir = tempfile::tempdir().unwrap();
        let (k, _) = x25519_pair();
        let path = dir.path().join("p.age");
        let frame = zstd::encode_all(&noise(10_000, 9)[..], 3).unwrap();

        let mut trailing = frame.clone();
        trailing.extend_from_slice(b"junk");
        raw_age(&path, &k, &trailing);
        let msg = err_of(&path, &[&k]);
        assert!(
            msg.contains("trailing data after the end of the zstd frame"),
            "{msg}"
        );

        raw_age(&path, &k, &frame[..frame.len() / 2]);
        let msg = err_of(&path, &[&k]);
        assert!(msg.contains("compressed stream ended early"), "{msg}");

        raw_age(&path, &k, b"");
        let msg = err_of(&path, &[&k]);
        assert!(msg.contains("compressed stream ended early"), "{msg}");

        raw_age(&path, &k, b"this is not zstd at all");
        let msg = err_of(&path, &[&k]);
        assert!(msg.contains("corrupt compressed data"), "{msg}");

        raw_age(&path, &k, &frame);
        assert!(unseal(&path, &[&k]).is_ok());
    }

    #[test]
    fn passphrase_file_is_described() {
        let dir = tempfile::tempdir().unwrap();
        let (k, _) = x25519_pair();
        let path = dir.path().join("key.age");
        crate::seal::ArchiveKey::generate()
            .write_sealed_with(
                File::create(&path).unwrap(),
                &age::secrecy::SecretString::from("pw".to_owned()),
                Some(10),
            )
            .unwrap();
        let msg = err_of(&path, &[&k]);
        assert!(msg.contains("sealed to a passphrase (scrypt)"), "{msg}");
    }

    #[test]
    fn dropped_writer_leaves_an_unreadable_file() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        let path = dir.path().join("p.age");
        let mut w = SealedWriter::create(File::create(&path).unwrap(), &rs, 3, 2).unwrap();
        w.write_all(&noise(300_000, 2)).unwrap();
        w.flush().unwrap();
        drop(w);
        let msg = err_of(&path, &[&k]);
        assert!(msg.contains("truncated"), "{msg}");
    }

    #[test]
    fn reader_is_send() {
        fn is_send<T: Send>() {}
        is_send::<SealedReader>();
    }

    #[test]
    fn io_errors_carry_the_seal_error() {
        let dir = tempfile::tempdir().unwrap();
        let (k, rs) = x25519_pair();
        let path = dir.path().join("p.age");
        seal(&path, &rs, &noise(100_000, 1), 1);
        let len = std::fs::metadata(&path).unwrap().len();
        let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        f.set_len(len - 3).unwrap();
        let mut r = open_sealed(&path, &[&k]).unwrap();
        let e = io::copy(&mut r, &mut io::sink()).unwrap_err();
        let se = SealError::from_io(&e).expect("a SealError inside");
        assert!(matches!(se.kind, SealErrorKind::TruncatedOrAltered));
        assert!(r.read(&mut [0u8; 8]).is_err(), "stays failed");
    }
}
