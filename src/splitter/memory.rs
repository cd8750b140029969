//! Splitting in memory: for tests, fuzzing and small dumps.

use std::collections::BTreeMap;
use std::io;

use super::{PartSink, SplitError, Splitter, Summary};

/// A [`PartSink`] that keeps every part in memory, and refuses what the
/// splitter must never do: open a part twice, or write to a closed one.
#[derive(Debug, Default, Clone)]
pub struct MemorySink {
    /// Each part's bytes, by index.
    pub parts: BTreeMap<usize, Vec<u8>>,
    /// Parts opened and not yet closed.
    pub open: Vec<usize>,
}

pub(crate) fn misuse(what: String) -> io::Error {
    io::Error::other(format!("splitter misused its sink: {what}"))
}

impl PartSink for MemorySink {
    fn open_part(&mut self, index: usize) -> io::Result<()> {
        if self.parts.insert(index, Vec::new()).is_some() {
            return Err(misuse(format!("part {index} opened twice")));
        }
        self.open.push(index);
        Ok(())
    }

    fn write(&mut self, index: usize, bytes: &[u8]) -> io::Result<()> {
        match self.parts.get_mut(&index) {
            Some(part) if self.open.contains(&index) => {
                part.extend_from_slice(bytes);
                Ok(())
            }
            _ => Err(misuse(format!("write to part {index}, which is not open"))),
        }
    }

    fn close_part(&mut self, index: usize) -> io::Result<()> {
        if !self.open.contains(&index) {
            return Err(misuse(format!("part {index} closed but not open")));
        }
        self.open.retain(|&i| i != index);
        Ok(())
    }
}

/// Splits `input`, fed `chunk` bytes at a time, into memory.
pub fn split_in_memory(input: &[u8], chunk: usize) -> Result<Summary<MemorySink>, SplitError> {
    let mut splitter = Splitter::new(MemorySink::default())?;
    for piece in input.chunks(chunk.max(1)) {
        splitter.feed(piece)?;
    }
    splitter.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_misuse() {
        let mut sink = MemorySink::default();
        sink.open_part(0).unwrap();
        assert!(sink.open_part(0).is_err());
        assert!(sink.write(1, b"x").is_err());
        sink.write(0, b"x").unwrap();
        sink.close_part(0).unwrap();
        assert!(sink.write(0, b"y").is_err());
        assert!(sink.close_part(0).is_err());
        assert_eq!(sink.parts[&0], b"x");
    }

    #[test]
    fn splits_and_rebuilds() {
        let dump = b"--\n-- PostgreSQL database cluster dump\n--\n\nCREATE ROLE a;\n\n\
--\n-- Database \"d\" dump\n--\n\nCREATE DATABASE d;\n\\connect d\n\nCREATE TABLE t (x int);\n\n\
--\n-- PostgreSQL database cluster dump complete\n--\n\n";
        for chunk in [1, 7, dump.len()] {
            let summary = split_in_memory(dump, chunk).unwrap();
            assert_eq!(summary.parts.len(), 2);
            assert_eq!(summary.parts[1].database.as_deref(), Some(&b"d"[..]));
            assert_eq!(summary.rebuild().unwrap(), dump);
        }
    }
}
