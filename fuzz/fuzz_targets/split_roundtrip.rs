//! The splitter on arbitrary bytes, optionally behind a real pg_dumpall
//! banner so the input gets past the banner check: it must either return
//! an error, or give parts that reassemble to exactly the input, every
//! byte of each part used once. Splitting in small chunks must agree with
//! splitting the input whole.
//!
//! The first byte is control: bit 0 prepends the banner, bits 1..8 pick
//! the chunk size (1 + value).

#![no_main]

use std::collections::BTreeMap;
use std::io::{self, Cursor};

use libfuzzer_sys::fuzz_target;
use pgseal::reassemble::{reassemble, Moved};
use pgseal::splitter::{PartSink, SplitError, Splitter, Summary};

const BANNER: &[u8] = b"--\n-- PostgreSQL database cluster dump\n--\n\n";

#[derive(Default)]
struct MemSink {
    parts: BTreeMap<usize, Vec<u8>>,
    open: Vec<usize>,
}

impl PartSink for MemSink {
    fn open_part(&mut self, index: usize) -> io::Result<()> {
        assert!(
            !self.parts.contains_key(&index),
            "part {index} opened twice"
        );
        self.parts.insert(index, Vec::new());
        self.open.push(index);
        Ok(())
    }
    fn write(&mut self, index: usize, bytes: &[u8]) -> io::Result<()> {
        assert!(self.open.contains(&index), "write to closed part {index}");
        self.parts.get_mut(&index).unwrap().extend_from_slice(bytes);
        Ok(())
    }
    fn close_part(&mut self, index: usize) -> io::Result<()> {
        assert!(self.open.contains(&index), "close of closed part {index}");
        self.open.retain(|&i| i != index);
        Ok(())
    }
}

fn split(input: &[u8], chunk: usize) -> Result<Summary<MemSink>, SplitError> {
    let mut s = Splitter::new(MemSink::default())?;
    for c in input.chunks(chunk) {
        s.feed(c)?;
    }
    s.finish()
}

/// Reassemble, checking that each part is read to its last byte.
fn rebuild(sum: &Summary<MemSink>) -> Vec<u8> {
    assert!(
        sum.sink.open.is_empty(),
        "parts left open: {:?}",
        sum.sink.open
    );
    assert_eq!(
        sum.sink.parts.keys().copied().collect::<Vec<_>>(),
        (0..sum.parts.len()).collect::<Vec<_>>(),
        "parts written differ from parts described"
    );
    let segs: Vec<_> = sum.parts.iter().map(|p| p.segments.clone()).collect();
    let moved: Vec<_> = sum
        .relocated
        .iter()
        .map(|r| Moved {
            offset: r.offset,
            bytes: &r.bytes,
        })
        .collect();
    let mut out = Vec::new();
    reassemble(
        &segs,
        &moved,
        |i| Ok(Cursor::new(&sum.sink.parts[&i][..])),
        |i, r| {
            assert_eq!(
                r.position() as usize,
                r.get_ref().len(),
                "part {i} has bytes no segment accounts for"
            );
            Ok(())
        },
        &mut out,
    )
    .unwrap_or_else(|e| panic!("reassembly failed: {e}"));
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&ctl, rest)) = data.split_first() else {
        return;
    };
    let mut input = Vec::with_capacity(BANNER.len() + rest.len());
    if ctl & 1 == 1 {
        input.extend_from_slice(BANNER);
    }
    input.extend_from_slice(rest);
    let chunk = 1 + (ctl >> 1) as usize;

    let whole = split(&input, input.len().max(1));
    let chunked = split(&input, chunk);
    match (&whole, &chunked) {
        (Ok(w), Ok(c)) => {
            assert_eq!(w.input_len, input.len() as u64);
            assert_eq!(rebuild(w), input, "whole: reassembly differs");
            assert_eq!(rebuild(c), input, "chunk {chunk}: reassembly differs");
            assert_eq!(w.sink.parts, c.sink.parts, "chunk {chunk}: parts differ");
            assert_eq!(w.incomplete, c.incomplete, "chunk {chunk}");
        }
        (Err(_), Err(_)) => {}
        (w, c) => panic!(
            "chunk {chunk} disagrees with whole: whole {:?}, chunked {:?}",
            w.as_ref().map(|s| s.parts.len()),
            c.as_ref().map(|s| s.parts.len())
        ),
    }
});
