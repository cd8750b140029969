//! Streaming seal: plaintext -> zstd -> age -> file, hashing what is stored.
//!
//! The output is exactly what `zstd -c | age -e -r ...` would produce, so the
//! stock tools can undo it: `age -d -i key part | zstd -d`. Nothing but
//! ciphertext reaches the file.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use age::stream::StreamWriter;
use age::Encryptor;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use super::recipients::BoxedRecipient;

/// What went into and came out of one sealed part. Hashes are BLAKE3, as
/// lowercase hex, so a manifest can record them and a reader can check them.
///
/// The plaintext is not hashed: the sealed file's hash pins the ciphertext,
/// age's AEAD pins the plaintext to it, and zstd's checksum catches a bad
/// decompression, so a second pass over every plaintext byte would buy
/// nothing but CPU time. Archives from before carry a plaintext hash, and
/// readers still check it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealStats {
    /// Bytes of plaintext (before compression).
    pub plain_bytes: u64,
    /// BLAKE3 of the plaintext, in archives that recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plain_blake3: Option<String>,
    /// Bytes of the sealed file.
    pub sealed_bytes: u64,
    /// BLAKE3 of the sealed file, exactly as stored.
    pub sealed_blake3: String,
}

/// Callers often write line by line; batching hands zstd large blocks.
const PLAIN_BUFFER: usize = 256 << 10;

/// Bytes per zstd worker job. Measured on two cores: 2 MiB jobs spend more
/// on re-reading each job's overlap with the previous one and on handing
/// jobs over; zstd's default for level 3 (8 MiB) doubles the buffers for no
/// gain. 4 MiB keeps a split near 45 MiB of memory.
const JOB_SIZE: u32 = 4 << 20;

/// See [`SealedWriter::create`].
const BLOCK_SIZE: u32 = 127 << 10;

type Ciphertext = HashingWriter<File>;
type Compressor = zstd::stream::write::Encoder<'static, StreamWriter<Ciphertext>>;

/// A [`Write`] that seals everything written to it into one file.
///
/// Call [`SealedWriter::finish`] at the end. Dropped without it, the file lacks
/// age's final chunk and every reader rejects it as truncated.
pub struct SealedWriter {
    plain: BufWriter<CountingWriter<Compressor>>,
}

impl SealedWriter {
    /// Starts sealing into `file` for `recipients` (at least one), compressing at
    /// zstd `level` (0 = zstd default; negative levels are the fast modes) with
    /// `threads` zstd workers when `threads > 1`. Writes the age header at once.
    pub fn create(
        file: File,
        recipients: &[BoxedRecipient],
        level: i32,
        threads: u32,
    ) -> Result<Self> {
        if recipients.is_empty() {
            bail!("no recipients to seal to");
        }
        let levels = zstd::compression_level_range();
        if level != 0 && !levels.contains(&level) {
            bail!(
                "zstd level {level} is out of range ({}..={})",
                levels.start(),
                levels.end()
            );
        }
        let encryptor = Encryptor::with_recipients(
            recipients.iter().map(|r| r.as_ref() as &dyn age::Recipient),
        )
        .context("cannot encrypt to these recipients")?;
        let age = encryptor
            .wrap_output(HashingWriter::new(file))
            .context("cannot write the age header")?;
        let mut zstd = Compressor::new(age, level).context("cannot start zstd")?;
        if level <= 3 {
            // zstd 1.5.7 fingerprints every full 128 KiB block to pick a
            // better place to end it. At the fast levels that cost about 5%
            // of a split's CPU time for 0.4% less output (the zstd CLI of
            // most distributions predates it). It looks at full-size blocks
            // only, so a block size just under 128 KiB skips it.
            zstd.set_parameter(zstd::stream::raw::CParameter::MaxBlockSize(BLOCK_SIZE))
                .context("cannot set the zstd block size")?;
        }
        // The checksum lets `zstd -d` verify its own output too.
        zstd.include_checksum(true)
            .context("cannot enable zstd checksums")?;
        if threads >= 1 {
            zstd.multithread(threads)
                .with_context(|| format!("cannot use {threads} zstd threads"))?;
            zstd.set_parameter(zstd::stream::raw::CParameter::JobSize(JOB_SIZE))
                .context("cannot set the zstd job size")?;
        }
        Ok(Self {
            plain: BufWriter::with_capacity(
                PLAIN_BUFFER,
                CountingWriter {
                    inner: zstd,
                    bytes: 0,
                },
            ),
        })
    }

    /// Plaintext bytes accepted so far (including any still buffered).
    pub fn plain_bytes(&self) -> u64 {
        self.plain.get_ref().bytes + self.plain.buffer().len() as u64
    }

    /// Ends the zstd frame and the age stream, flushes and fsyncs the file, and
    /// returns the sizes of both sides and the sealed file's hash.
    pub fn finish(self) -> Result<SealStats> {
        let plain = self
            .plain
            .into_inner()
            .map_err(|e| e.into_error())
            .context("cannot write the sealed file")?;
        let CountingWriter {
            inner: zstd,
            bytes: plain_bytes,
        } = plain;
        let age = zstd.finish().context("cannot finish the zstd stream")?;
        let sealed = age.finish().context("cannot finish the age stream")?;
        let (mut file, sealed_bytes, sealed_hash) = sealed.into_parts();
        file.flush()
            .and_then(|()| file.sync_all())
            .context("cannot flush the sealed file to disk")?;
        Ok(SealStats {
            plain_bytes,
            plain_blake3: None,
            sealed_bytes,
            sealed_blake3: sealed_hash.to_hex().to_string(),
        })
    }
}

impl Write for SealedWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.plain.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.plain.write_all(buf)
    }

    /// Moves buffered plaintext into the compressor, and no further: flushing
    /// zstd would end a block and cost compression, and nothing short of
    /// [`SealedWriter::finish`] makes the file readable anyway.
    fn flush(&mut self) -> io::Result<()> {
        self.plain.flush()
    }
}

/// Passes bytes through while counting those accepted.
struct CountingWriter<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    /// Deliberately stops here; see [`SealedWriter::flush`].
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Passes bytes through while counting and hashing exactly those accepted.
struct HashingWriter<W> {
    inner: W,
    bytes: u64,
    hasher: blake3::Hasher,
}

impl<W> HashingWriter<W> {
    fn new(inner: W) -> Self {
        Self {
            inner,
            bytes: 0,
            hasher: blake3::Hasher::new(),
        }
    }

    fn into_parts(self) -> (W, u64, blake3::Hash) {
        let hash = self.hasher.finalize();
        (self.inner, self.bytes, hash)
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    /// Deliberately stops here; see [`SealedWriter::flush`]. The file underneath
    /// has no buffer of its own, and `finish` syncs it.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::x25519;

    fn recipients() -> (x25519::Identity, Vec<BoxedRecipient>) {
        let k = x25519::Identity::generate();
        let r: Vec<BoxedRecipient> = vec![Box::new(k.to_public())];
        (k, r)
    }

    #[test]
    fn stats_match_the_file_and_the_input() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.age");
        let (_, rs) = recipients();
        let mut w = SealedWriter::create(File::create(&path).unwrap(), &rs, 3, 1).unwrap();
        let data = b"CREATE TABLE t (x int);\n".repeat(10_000);
        for line in data.chunks(24) {
            w.write_all(line).unwrap();
        }
        assert_eq!(w.plain_bytes(), data.len() as u64);
        let st = w.finish().unwrap();
        let on_disk = std::fs::read(&path).unwrap();
        assert_eq!(st.plain_bytes, data.len() as u64);
        assert_eq!(st.plain_blake3, None);
        assert_eq!(st.sealed_bytes, on_disk.len() as u64);
        assert_eq!(
            st.sealed_blake3,
            blake3::hash(&on_disk).to_hex().to_string()
        );
        assert!(on_disk.starts_with(b"age-encryption.org/v1\n-> X25519 "));
        assert!(st.sealed_bytes < st.plain_bytes / 10, "compresses: {st:?}");
    }

    #[test]
    fn refuses_bad_arguments() {
        let dir = tempfile::tempdir().unwrap();
        let f = || File::create(dir.path().join("x")).unwrap();
        let e = SealedWriter::create(f(), &[], 3, 1).err().unwrap();
        assert!(e.to_string().contains("no recipients"), "{e}");
        let (_, rs) = recipients();
        let e = SealedWriter::create(f(), &rs, 99, 1).err().unwrap();
        assert!(e.to_string().contains("out of range"), "{e}");
    }

    #[test]
    fn writer_is_send() {
        fn is_send<T: Send>() {}
        is_send::<SealedWriter>();
    }

    #[test]
    fn stats_serde_round_trip() {
        let st = SealStats {
            plain_bytes: 1,
            plain_blake3: Some("ab".into()),
            sealed_bytes: 2,
            sealed_blake3: "cd".into(),
        };
        let json = serde_json::to_string(&st).unwrap();
        assert_eq!(serde_json::from_str::<SealStats>(&json).unwrap(), st);
    }
}
