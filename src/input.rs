//! Opens the dump to split: a file or stdin, plain or compressed.
//!
//! Compression is recognised by magic bytes, not by file name, because dumps
//! arrive through pipes and get renamed. gzip uses flate2's zlib-rs backend
//! (the fastest inflate available as a crate); zstd uses libzstd.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

/// How the input was compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain SQL.
    None,
    /// gzip, one member or several.
    Gzip,
    /// A zstd frame, or several.
    Zstd,
}

const READ_BUFFER: usize = 1 << 20;

/// Open `path` (`None` or `-` for stdin) and undo its compression.
pub fn open(path: Option<&Path>) -> Result<(Box<dyn Read + Send>, Compression)> {
    let raw: Box<dyn Read + Send> = match path {
        None => Box::new(io::stdin()),
        Some(p) if p.as_os_str() == "-" => Box::new(io::stdin()),
        Some(p) => {
            let meta =
                std::fs::metadata(p).with_context(|| format!("cannot read {}", p.display()))?;
            if meta.is_dir() {
                bail!("{} is a directory, not a dump file", p.display());
            }
            Box::new(File::open(p).with_context(|| format!("cannot open {}", p.display()))?)
        }
    };
    let name = path.map_or("standard input".to_string(), |p| p.display().to_string());
    decode(raw, &name)
}

/// Wrap `raw` in the decoder its first bytes call for.
pub fn decode(
    mut raw: Box<dyn Read + Send>,
    name: &str,
) -> Result<(Box<dyn Read + Send>, Compression)> {
    // A pipe may deliver fewer bytes per read than the magic needs.
    let mut magic = Vec::with_capacity(6);
    while magic.len() < 6 {
        let mut b = [0u8; 6];
        let n = match raw.read(&mut b[..6 - magic.len()]) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot read {name}")),
        };
        if n == 0 {
            break;
        }
        magic.extend_from_slice(&b[..n]);
    }
    let kind = match magic.as_slice() {
        [0x1f, 0x8b, ..] => Compression::Gzip,
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Compression::Zstd,
        [b'B', b'Z', b'h', ..] => {
            bail!("{name} is bzip2-compressed: use `bzip2 -dc {name} | pgseal split -`")
        }
        [0xfd, b'7', b'z', b'X', b'Z', 0] => {
            bail!("{name} is xz-compressed: use `xz -dc {name} | pgseal split -`")
        }
        [0x04, 0x22, 0x4d, 0x18, ..] => {
            bail!("{name} is lz4-compressed: use `lz4 -dc {name} | pgseal split -`")
        }
        // A file shorter than the magic number that begins like one.
        [0x1f] => Compression::Gzip,
        m if m.len() < 4 && !m.is_empty() && [0x28, 0xb5, 0x2f].starts_with(m) => Compression::Zstd,
        _ => Compression::None,
    };
    let whole = io::Cursor::new(magic).chain(raw);
    if kind == Compression::None {
        // Callers read in large chunks: a buffer on the output side would
        // only add a copy.
        return Ok((Box::new(whole), kind));
    }
    let ended = Arc::new(AtomicBool::new(false));
    let raw = BufReader::with_capacity(
        READ_BUFFER,
        EofFlag {
            inner: whole,
            ended: ended.clone(),
        },
    );
    let decoder: Box<dyn Read + Send> = match kind {
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(raw)),
        _ => {
            let mut d = zstd::stream::read::Decoder::with_buffer(raw)
                .context("cannot start the zstd decoder")?;
            // Dumps compressed with --long need a larger window.
            d.window_log_max(31)
                .context("cannot configure the zstd decoder")?;
            Box::new(d)
        }
    };
    let format = if kind == Compression::Gzip {
        "gzip"
    } else {
        "zstd"
    };
    let decoded = Decoded {
        inner: decoder,
        format,
        ended,
        bytes: 0,
    };
    Ok((Box::new(decoded), kind))
}

/// Notes when the compressed file has been read to its end.
struct EofFlag<R> {
    inner: R,
    ended: Arc<AtomicBool>,
}

impl<R: Read> Read for EofFlag<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() {
            self.ended.store(true, Ordering::Relaxed);
        }
        Ok(n)
    }
}

/// A decoder whose errors say what happened: a decoder that fails once the
/// whole file is read has a truncated file, not an empty or damaged one.
struct Decoded {
    inner: Box<dyn Read + Send>,
    format: &'static str,
    ended: Arc<AtomicBool>,
    /// Bytes decompressed so far.
    bytes: u64,
}

impl Read for Decoded {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Ok(n) => {
                self.bytes += n as u64;
                Ok(n)
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
            Err(e) => {
                let (format, bytes) = (self.format, self.bytes);
                let what = if self.ended.load(Ordering::Relaxed) {
                    format!("the file is truncated: its {format} data stops after {bytes} decompressed bytes ({e})")
                } else {
                    format!("the {format} data is damaged after {bytes} decompressed bytes ({e})")
                };
                Err(io::Error::new(e.kind(), what))
            }
        }
    }
}

/// The line (from 1) that byte `offset` of the (decompressed) file is on.
pub fn line_at(path: &Path, offset: u64) -> Result<u64> {
    let (reader, _) = open(Some(path))?;
    let mut rest = reader.take(offset);
    let mut buf = vec![0u8; READ_BUFFER];
    let mut lines = 1u64;
    loop {
        let n = match rest.read(&mut buf) {
            Ok(0) => return Ok(lines),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        lines += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn roundtrip(bytes: Vec<u8>) -> (Vec<u8>, Compression) {
        let (mut r, c) = decode(Box::new(io::Cursor::new(bytes)), "test").unwrap();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        (out, c)
    }

    #[test]
    fn finds_the_line_of_an_offset_in_a_compressed_file() {
        let text = b"one\ntwo\nthree\n".repeat(1000);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.sql.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&text).unwrap();
        std::fs::write(&path, gz.finish().unwrap()).unwrap();
        assert_eq!(line_at(&path, 0).unwrap(), 1);
        assert_eq!(line_at(&path, 4).unwrap(), 2);
        assert_eq!(line_at(&path, 14 * 500 + 8).unwrap(), 1503);
    }

    #[test]
    fn detects_compression_by_magic() {
        let text = b"--\n-- PostgreSQL database cluster dump\n--\n".repeat(100);
        assert_eq!(roundtrip(text.clone()), (text.clone(), Compression::None));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&text).unwrap();
        assert_eq!(
            roundtrip(gz.finish().unwrap()),
            (text.clone(), Compression::Gzip)
        );
        let zs = zstd::encode_all(&text[..], 3).unwrap();
        assert_eq!(roundtrip(zs), (text.clone(), Compression::Zstd));
        assert_eq!(roundtrip(Vec::new()), (Vec::new(), Compression::None));
    }

    fn read_error(bytes: Vec<u8>) -> String {
        let (mut r, _) = decode(Box::new(io::Cursor::new(bytes)), "test").unwrap();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap_err().to_string()
    }

    #[test]
    fn a_cut_short_file_is_truncated_and_a_changed_one_damaged() {
        let text: Vec<u8> = (0..200_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&text).unwrap();
        let gz = gz.finish().unwrap();
        // As the zstd CLI writes it: with a checksum.
        let mut zs = zstd::stream::Encoder::new(Vec::new(), 3).unwrap();
        zs.include_checksum(true).unwrap();
        zs.write_all(&text).unwrap();
        let zs = zs.finish().unwrap();
        for whole in [gz, zs] {
            for cut in [1, 2, 3, 20, whole.len() / 2, whole.len() - 1] {
                let e = read_error(whole[..cut].to_vec());
                assert!(e.contains("the file is truncated"), "cut at {cut}: {e}");
            }
            let mut changed = whole.clone();
            let mid = changed.len() / 2;
            changed[mid..mid + 8].copy_from_slice(b"\xff\x00\xff\x00\xff\x00\xff\x00");
            let e = read_error(changed);
            assert!(e.contains("damaged"), "{e}");
            assert!(!e.contains("truncated"), "{e}");
        }
    }

    #[test]
    fn refuses_other_compressors_by_name() {
        let err = decode(
            Box::new(io::Cursor::new(b"\xfd7zXZ\0rest".to_vec())),
            "d.sql.xz",
        )
        .err()
        .unwrap();
        assert!(err.to_string().contains("xz -dc"), "{err}");
    }
}
