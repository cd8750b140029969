//! Benchmark inputs built from the real pg_dumpall fixtures in
//! `testdata/dumps`, about 64 MiB each:
//!
//! * [`Fixtures`]: whole fixture files (sorted by name, repeating) one after
//!   another. The scanner reads them as one stream; the splitter takes one
//!   file at a time, since a concatenation of dumps is not a dump.
//! * [`inflated_dump`]: one fixture whose `COPY ... FROM stdin` blocks have
//!   their rows repeated, a single stream the splitter accepts whole.

#![allow(dead_code)]

use std::ops::Range;
use std::path::PathBuf;

use pgseal::scanner::{Event, Scanner};

/// Size the benchmark inputs grow to.
pub const TARGET: usize = 64 << 20;
/// Bytes handed to the scanner or splitter per call.
pub const CHUNK: usize = 1 << 20;
/// The fixture [`inflated_dump`] grows.
pub const INFLATE: &str = "pg15-full.sql";

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/dumps")
}

fn fixture_paths() -> Vec<PathBuf> {
    let dir = dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("sql"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {}", dir.display());
    paths
}

/// Whole fixture files back to back, and where each one lies.
pub struct Fixtures {
    pub text: Vec<u8>,
    pub files: Vec<Range<usize>>,
}

impl Fixtures {
    pub fn load() -> Fixtures {
        let files: Vec<Vec<u8>> = fixture_paths()
            .iter()
            .map(|p| std::fs::read(p).unwrap())
            .collect();
        let mut text = Vec::with_capacity(TARGET + (1 << 20));
        let mut ranges = Vec::new();
        for file in files.iter().cycle() {
            if text.len() >= TARGET {
                break;
            }
            let start = text.len();
            text.extend_from_slice(file);
            ranges.push(start..text.len());
        }
        Fixtures {
            text,
            files: ranges,
        }
    }
}

/// [`INFLATE`] with the rows of every terminated COPY block repeated until
/// the whole is about [`TARGET`] bytes. The blocks are found with the
/// scanner itself, so rows are only ever copied from real COPY data.
pub fn inflated_dump() -> Vec<u8> {
    let path = dir().join(INFLATE);
    let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut blocks: Vec<Range<usize>> = Vec::new();
    let mut scanner = Scanner::new();
    let mut sink = |ev: Event<'_>| {
        if let Event::CopyData {
            start,
            end,
            terminated: true,
            rows,
        } = ev
        {
            // Rows without the `\.` line.
            let (start, end) = (start as usize, end as usize);
            let body_end = input[start..end]
                .windows(2)
                .rposition(|w| w == b"\\.")
                .map(|p| start + p)
                .unwrap();
            if rows > 0 && body_end > start {
                blocks.push(start..body_end);
            }
        }
    };
    scanner.feed(&input, &mut sink);
    scanner.finish(&mut sink);
    let copy_bytes: usize = blocks.iter().map(|b| b.len()).sum();
    assert!(copy_bytes > 0, "{INFLATE} has no COPY data");
    let times = TARGET.saturating_sub(input.len()) / copy_bytes + 1;
    let mut out = Vec::with_capacity(TARGET + input.len());
    let mut at = 0;
    for block in &blocks {
        out.extend_from_slice(&input[at..block.end]);
        for _ in 1..times {
            out.extend_from_slice(&input[block.clone()]);
        }
        at = block.end;
    }
    out.extend_from_slice(&input[at..]);
    out
}
