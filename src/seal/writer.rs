//! Streaming seal: plaintext -> zstd frames -> age -> file, hashing what is
//! stored.
//!
//! The output is what `zstd -c | age -e -r ...` would produce, but for the
//! zstd stream being a run of frames (see [`super::frames`]), so the stock
//! tools can undo it: `age -d -i key part | zstd -d`. Nothing but ciphertext
//! reaches the file.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::Arc;

use age::stream::StreamWriter;
use age::Encryptor;
use anyhow::{bail, Context, Result};

use super::frames::{Compressors, Pending};
use super::recipients::BoxedRecipient;
use crate::store::ObjectSink;

/// What went into and came out of one sealed part. Hashes are BLAKE3, as
/// lowercase hex, so a manifest can record them and a reader can check them.
///
/// The plaintext is not hashed: the sealed file's hash pins the ciphertext,
/// age's AEAD pins the plaintext to it, and zstd's checksum catches a bad
/// decompression, so a second pass over every plaintext byte would buy
/// nothing but CPU time. Archives from before carry a plaintext hash, and
/// readers still check it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealStats {
    /// Bytes of plaintext (before compression).
    pub plain_bytes: u64,
    /// BLAKE3 of the plaintext, in archives that recorded it.
    pub plain_blake3: Option<String>,
    /// Bytes of the sealed file.
    pub sealed_bytes: u64,
    /// BLAKE3 of the sealed file, exactly as stored.
    pub sealed_blake3: String,
    /// Where each zstd frame after the first starts: (plaintext offset,
    /// offset in the decrypted zstd stream). A reader can start at any of
    /// them (age's STREAM seeks by chunk), so a restore can begin a part in
    /// the middle. Empty when read back.
    pub frames: Vec<(u64, u64)>,
}

type Ciphertext = StreamWriter<HashingWriter<Box<dyn ObjectSink>>>;

/// A [`Write`] that seals everything written to it into one file.
///
/// Plaintext is gathered into jobs that [`Compressors`] turn into zstd
/// frames, which are encrypted and written in order as they come back.
/// Call [`SealedWriter::finish`] at the end. Dropped without it, the file
/// lacks age's final chunk and every reader rejects it as truncated.
pub struct SealedWriter {
    compressors: Arc<Compressors>,
    /// The job being filled.
    filling: Vec<u8>,
    /// Frames being compressed, oldest first, with their plaintext sizes.
    pending: VecDeque<(Pending, u64)>,
    age: Ciphertext,
    plain_bytes: u64,
    /// Plaintext and zstd bytes of the frames written out so far.
    written: (u64, u64),
    frames: Vec<(u64, u64)>,
}

impl SealedWriter {
    /// Starts sealing into `file` for `recipients` (at least one), compressing at
    /// zstd `level` (0 = zstd default; negative levels are the fast modes) on
    /// `threads` workers of its own (0: on the writing thread). Writes the age
    /// header at once.
    pub fn create(
        file: impl ObjectSink + 'static,
        recipients: &[BoxedRecipient],
        level: i32,
        threads: u32,
    ) -> Result<Self> {
        Self::with_compressors(file, recipients, Compressors::new(level, threads)?)
    }

    /// Like [`SealedWriter::create`], on a pool shared with other writers.
    pub fn with_compressors(
        file: impl ObjectSink + 'static,
        recipients: &[BoxedRecipient],
        compressors: Arc<Compressors>,
    ) -> Result<Self> {
        if recipients.is_empty() {
            bail!("no recipients to seal to");
        }
        let encryptor = Encryptor::with_recipients(
            recipients.iter().map(|r| r.as_ref() as &dyn age::Recipient),
        )
        .context("cannot encrypt to these recipients")?;
        let age = encryptor
            .wrap_output(HashingWriter::new(Box::new(file) as Box<dyn ObjectSink>))
            .context("cannot write the age header")?;
        Ok(Self {
            compressors,
            filling: Vec::new(),
            pending: VecDeque::new(),
            age,
            plain_bytes: 0,
            written: (0, 0),
            frames: Vec::new(),
        })
    }

    /// Plaintext bytes accepted so far (including any not yet compressed).
    pub fn plain_bytes(&self) -> u64 {
        self.plain_bytes
    }

    /// Hands the job being filled to the compressors, then writes out the
    /// oldest frames until few enough are in flight.
    fn submit(&mut self) -> io::Result<()> {
        let input = std::mem::take(&mut self.filling);
        let len = input.len() as u64;
        self.pending
            .push_back((self.compressors.submit(input)?, len));
        while !self.pending.is_empty()
            && (self.pending.len() > self.compressors.limit() || self.compressors.over_limit())
        {
            self.write_oldest()?;
        }
        Ok(())
    }

    /// Waits for the oldest frame and encrypts it into the file.
    fn write_oldest(&mut self) -> io::Result<()> {
        let Some((pending, plain)) = self.pending.pop_front() else {
            return Ok(());
        };
        let frame = self.compressors.collect(pending)?;
        if self.written.0 > 0 {
            self.frames.push(self.written);
        }
        self.age.write_all(&frame)?;
        self.written.0 += plain;
        self.written.1 += frame.len() as u64;
        self.compressors.recycle(frame);
        Ok(())
    }

    /// Ends the last frame and the age stream, commits the file (fsync, or
    /// the upload completed), and
    /// returns the sizes of both sides and the sealed file's hash.
    pub fn finish(mut self) -> Result<SealStats> {
        // An empty plaintext still gets a frame: `zstd -d` refuses an empty input.
        if !self.filling.is_empty() || self.plain_bytes == 0 {
            self.submit().context("cannot compress the sealed file")?;
        }
        while !self.pending.is_empty() {
            self.write_oldest()
                .context("cannot write the sealed file")?;
        }
        let sealed = self.age.finish().context("cannot finish the age stream")?;
        let (mut file, sealed_bytes, sealed_hash) = sealed.into_parts();
        file.commit()
            .context("cannot make the sealed file durable")?;
        Ok(SealStats {
            plain_bytes: self.plain_bytes,
            plain_blake3: None,
            sealed_bytes,
            sealed_blake3: sealed_hash.to_hex().to_string(),
            frames: self.frames,
        })
    }
}

impl Write for SealedWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let job = self.compressors.job_size();
        let n = buf.len().min(job - self.filling.len());
        if self.filling.len() + n > self.filling.capacity() {
            let spare = match self.filling.is_empty() {
                // Past the first job: whole buffers, recycled.
                true if self.plain_bytes > 0 => Some(self.compressors.take_buffer()),
                // A buffer an earlier file left costs no fresh memory.
                true => self.compressors.spare_buffer(),
                false => None,
            };
            match spare {
                Some(buffer) => self.filling = buffer,
                None => {
                    // Otherwise a part's first job grows as needed: most
                    // globals are small.
                    let want = (self.filling.len() + n).next_power_of_two().min(job);
                    self.filling.reserve_exact(want - self.filling.len());
                }
            }
        }
        self.filling.extend_from_slice(&buf[..n]);
        self.plain_bytes += n as u64;
        if self.filling.len() == job {
            self.submit()?;
        }
        Ok(n)
    }

    /// Does nothing: ending a job early would cost compression, and nothing
    /// short of [`SealedWriter::finish`] makes the file readable anyway.
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
    use std::fs::File;

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

    /// The zstd stream inside a sealed file, decrypted with age directly.
    fn decrypt(path: &std::path::Path, k: &x25519::Identity) -> Vec<u8> {
        let file = File::open(path).unwrap();
        let d = age::Decryptor::new(io::BufReader::new(file)).unwrap();
        let mut r = d.decrypt(std::iter::once(k as &dyn age::Identity)).unwrap();
        let mut out = Vec::new();
        io::Read::read_to_end(&mut r, &mut out).unwrap();
        out
    }

    #[test]
    fn large_plaintext_becomes_whole_frames_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.age");
        let (k, rs) = recipients();
        let job = crate::seal::frames::job_size(3);
        let data: Vec<u8> = (0..job * 5 / 2)
            .map(|i| b"SELECT 1, 'two', 3.0;\n"[i % 22] ^ (i / job) as u8)
            .collect();
        let mut w = SealedWriter::create(File::create(&path).unwrap(), &rs, 3, 2).unwrap();
        for piece in data.chunks(100_003) {
            w.write_all(piece).unwrap();
        }
        let st = w.finish().unwrap();
        assert_eq!(st.plain_bytes, data.len() as u64);
        let zst = decrypt(&path, &k);
        let mut sizes = Vec::new();
        let mut rest = &zst[..];
        while !rest.is_empty() {
            let n = zstd::zstd_safe::find_frame_compressed_size(rest).unwrap();
            sizes.push(zstd::zstd_safe::get_frame_content_size(&rest[..n]).unwrap());
            rest = &rest[n..];
        }
        let job = Some(job as u64);
        assert_eq!(sizes, [job, job, Some(data.len() as u64 / 5)]);
        assert!(zstd::decode_all(&zst[..]).unwrap() == data);
    }

    #[test]
    fn a_part_can_be_read_from_any_recorded_frame() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.age");
        let (k, rs) = recipients();
        let job = crate::seal::frames::job_size(3);
        let data: Vec<u8> = (0..job * 7 / 2)
            .map(|i| (i % 251) as u8 ^ (i / 4099) as u8)
            .collect();
        let mut w = SealedWriter::create(File::create(&path).unwrap(), &rs, 3, 2).unwrap();
        w.write_all(&data).unwrap();
        let st = w.finish().unwrap();
        let plain: Vec<u64> = st.frames.iter().map(|f| f.0).collect();
        assert_eq!(plain, [job as u64, 2 * job as u64, 3 * job as u64]);
        for &(p, z) in &st.frames {
            let mut r = crate::seal::open_sealed_at(&path, std::slice::from_ref(&k), z).unwrap();
            let mut out = Vec::new();
            io::Read::read_to_end(&mut r, &mut out).unwrap();
            assert!(out == data[p as usize..], "from the frame at {p}");
        }
    }

    #[test]
    fn several_frames_open_with_the_stock_tools() {
        use crate::seal::test_support::have;
        use std::process::{Command, Stdio};
        assert!(
            have("age") && have("zstd"),
            "this test needs the age and zstd commands"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.age");
        let key = dir.path().join("key.txt");
        let (k, rs) = recipients();
        {
            use age::secrecy::ExposeSecret;
            std::fs::write(&key, k.to_string().expose_secret()).unwrap();
        }
        let data = b"INSERT INTO t VALUES (1, 'x');\n".repeat(400_000);
        assert!(
            data.len() > 2 * crate::seal::frames::job_size(3),
            "several frames"
        );
        let mut w = SealedWriter::create(File::create(&path).unwrap(), &rs, 3, 2).unwrap();
        w.write_all(&data).unwrap();
        w.finish().unwrap();
        let mut age = Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(&key)
            .arg(&path)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let out = Command::new("zstd")
            .args(["-d", "-c"])
            .stdin(age.stdout.take().unwrap())
            .output()
            .unwrap();
        assert!(age.wait().unwrap().success());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout == data, "stock tools give the plaintext back");
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
}
