//! Opens the dump to split: a file or stdin, plain or compressed.
//!
//! Compression is recognised by magic bytes, not by file name, because dumps
//! arrive through pipes and get renamed. gzip uses flate2's zlib-rs backend
//! (the fastest inflate available as a crate); zstd uses libzstd.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use anyhow::{bail, Context, Result};

/// How the input was compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    None,
    Gzip,
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
        _ => Compression::None,
    };
    let whole = io::Cursor::new(magic).chain(raw);
    let buffered = |r| BufReader::with_capacity(READ_BUFFER, r);
    Ok(match kind {
        Compression::Gzip => (
            Box::new(flate2::bufread::MultiGzDecoder::new(buffered(whole))),
            kind,
        ),
        Compression::Zstd => {
            let mut d = zstd::stream::read::Decoder::with_buffer(buffered(whole))
                .context("cannot start the zstd decoder")?;
            // Dumps compressed with --long need a larger window.
            d.window_log_max(31)
                .context("cannot configure the zstd decoder")?;
            (Box::new(d), kind)
        }
        // Callers read in large chunks: a buffer on the output side would
        // only add a copy.
        Compression::None => (Box::new(whole), kind),
    })
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
