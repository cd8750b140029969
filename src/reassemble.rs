//! Rebuilds the original stream from the parts, reading each part once,
//! front to back, one part at a time.
//!
//! Non-relocated segments appear across the parts in input order; the
//! relocated statements are written from the manifest's copies at their
//! input offsets, and skipped where a part carries them out of order.

use std::io::{self, Cursor, Read, Write};

use crate::splitter::{MemorySink, Segment, Summary};

/// A relocated statement: where it was in the input and its bytes.
pub struct Moved<'a> {
    /// Where the statement was in the input.
    pub offset: u64,
    /// The statement as the manifest keeps it.
    pub bytes: &'a [u8],
}

/// Write the input back to `out`. `open(i)` gives part `i`'s plaintext.
/// Returns the number of bytes written.
pub fn reassemble<R: Read, W: Write>(
    parts: &[Vec<Segment>],
    moved: &[Moved<'_>],
    mut open: impl FnMut(usize) -> io::Result<R>,
    mut finish: impl FnMut(usize, R) -> io::Result<()>,
    out: &mut W,
) -> io::Result<u64> {
    let mut moved_iter = moved.iter().peekable();
    let mut written = 0u64;
    let mut scratch = vec![0u8; 128 * 1024];
    for (index, segments) in parts.iter().enumerate() {
        let mut reader = open(index)?;
        for seg in segments {
            if seg.relocated {
                let copy = moved
                    .iter()
                    .find(|m| m.offset == seg.offset && m.bytes.len() as u64 == seg.len)
                    .ok_or_else(|| {
                        bad(format!(
                            "part {index} carries a relocated statement the manifest lacks"
                        ))
                    })?;
                let mut got = vec![0u8; copy.bytes.len()];
                reader.read_exact(&mut got).map_err(|e| short(e, index))?;
                if got != copy.bytes {
                    return Err(bad(format!(
                        "part {index} disagrees with the manifest's copy of a relocated statement"
                    )));
                }
                continue;
            }
            while let Some(m) = moved_iter.next_if(|m| m.offset < seg.offset) {
                out.write_all(m.bytes)?;
                written += m.bytes.len() as u64;
            }
            if written != seg.offset {
                return Err(bad(format!(
                    "part {index} continues the stream at byte {} but {} bytes were rebuilt",
                    seg.offset, written
                )));
            }
            let mut left = seg.len;
            while left > 0 {
                let n = left.min(scratch.len() as u64) as usize;
                reader
                    .read_exact(&mut scratch[..n])
                    .map_err(|e| short(e, index))?;
                out.write_all(&scratch[..n])?;
                left -= n as u64;
            }
            written += seg.len;
        }
        finish(index, reader)?;
    }
    for m in moved_iter {
        out.write_all(m.bytes)?;
        written += m.bytes.len() as u64;
    }
    Ok(written)
}

fn bad(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

fn short(e: io::Error, index: usize) -> io::Error {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        bad(format!("part {index} is shorter than the manifest says"))
    } else {
        e
    }
}
/// The inverse of [`crate::splitter::split_in_memory`], for tests and fuzzing.
impl Summary<MemorySink> {
    /// Rebuilds the input from the parts, checking that every part was
    /// closed and that every byte of every part is accounted for.
    pub fn rebuild(&self) -> io::Result<Vec<u8>> {
        if !self.sink.open.is_empty() {
            return Err(crate::splitter::memory::misuse(format!(
                "parts left open: {:?}",
                self.sink.open
            )));
        }
        if !self.sink.parts.keys().copied().eq(0..self.parts.len()) {
            return Err(crate::splitter::memory::misuse(
                "the parts written are not the parts described".into(),
            ));
        }
        let segments: Vec<_> = self.parts.iter().map(|p| p.segments.clone()).collect();
        let moved: Vec<_> = self
            .relocated
            .iter()
            .map(|r| Moved {
                offset: r.offset,
                bytes: &r.bytes,
            })
            .collect();
        let mut out = Vec::new();
        reassemble(
            &segments,
            &moved,
            |i| Ok(Cursor::new(&self.sink.parts[&i][..])),
            |i, r| {
                if r.position() as usize == r.get_ref().len() {
                    Ok(())
                } else {
                    Err(io::Error::other(format!(
                        "part {i} has bytes no segment accounts for"
                    )))
                }
            },
            &mut out,
        )?;
        Ok(out)
    }
}
