//! The splitter on arbitrary bytes, optionally behind a real pg_dumpall
//! banner so the input gets past the banner check: it must either return
//! an error, or give parts that reassemble to exactly the input, every
//! byte of each part used once. Splitting in small chunks must agree with
//! splitting the input whole.
//!
//! The first byte is control: bit 0 prepends the banner, bits 1..8 pick
//! the chunk size (1 + value).

#![no_main]

use libfuzzer_sys::fuzz_target;
use pgseal::splitter::{split_in_memory as split, MemorySink, SplitError, Summary};

const BANNER: &[u8] = b"--\n-- PostgreSQL database cluster dump\n--\n\n";

/// Reassemble, checking that each part is read to its last byte.
fn rebuild(sum: &Summary<MemorySink>) -> Vec<u8> {
    sum.rebuild()
        .unwrap_or_else(|e| panic!("reassembly failed: {e}"))
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
        (Err(w), Err(c)) => {
            // The in-memory sink fails only when the splitter misuses it.
            for e in [w, c] {
                assert!(!matches!(e, SplitError::Io(_)), "{e}");
            }
        }
        (w, c) => panic!(
            "chunk {chunk} disagrees with whole: whole {:?}, chunked {:?}",
            w.as_ref().map(|s| s.parts.len()),
            c.as_ref().map(|s| s.parts.len())
        ),
    }
});
