//! Benchmark inputs built from the real pg_dumpall fixtures in
//! `testdata/dumps`, about 64 MiB each:
//!
//! * [`Fixtures`]: whole fixture files (sorted by name, repeating) one after
//!   another. The scanner reads them as one stream; the splitter takes one
//!   file at a time, since a concatenation of dumps is not a dump.
//! * [`inflated_dump`]: one fixture whose `COPY ... FROM stdin` blocks have
//!   their (ordinary-sized) rows repeated, a single stream the splitter
//!   accepts whole.
//! * [`dump_from_env`]: a large dump of your own, if `PGSEAL_BENCH_DUMP`
//!   names one.

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

/// Rows longer than this are not repeated by [`inflated_dump`]: the
/// fixtures hold a few deliberately huge rows that would otherwise make up
/// most of the input.
pub const ROW_CAP: usize = 512;

/// [`INFLATE`] with the rows of every terminated COPY block repeated until
/// the whole is about [`TARGET`] bytes (rows of at most [`ROW_CAP`] bytes
/// only, appended after the block's own rows). The blocks are found with
/// the scanner itself, so rows are only ever copied from real COPY data.
pub fn inflated_dump() -> Vec<u8> {
    let path = dir().join(INFLATE);
    let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // (where the block's `\.` line starts, its short rows)
    let mut blocks: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut scanner = Scanner::new();
    let sink = |ev: Event<'_>| {
        if let Event::CopyData {
            start,
            end,
            terminated: true,
            ..
        } = ev
        {
            let (start, end) = (start as usize, end as usize);
            let body_end = start
                + input[start..end]
                    .windows(2)
                    .rposition(|w| w == b"\\.")
                    .unwrap();
            let short: Vec<u8> = input[start..body_end]
                .split_inclusive(|&c| c == b'\n')
                .filter(|row| row.len() <= ROW_CAP && row.ends_with(b"\n"))
                .flatten()
                .copied()
                .collect();
            if !short.is_empty() {
                blocks.push((body_end, short));
            }
        }
    };
    let mut sink = pgseal::scanner::always(sink);
    let Ok(()) = scanner.feed(&input, &mut sink);
    let Ok(_) = scanner.finish(&mut sink);
    drop(sink);
    let copy_bytes: usize = blocks.iter().map(|(_, rows)| rows.len()).sum();
    assert!(copy_bytes > 0, "{INFLATE} has no COPY rows to repeat");
    let times = TARGET.saturating_sub(input.len()).div_ceil(copy_bytes);
    let mut out = Vec::with_capacity(TARGET + input.len());
    let mut at = 0;
    for (body_end, rows) in &blocks {
        out.extend_from_slice(&input[at..*body_end]);
        for _ in 0..times {
            out.extend_from_slice(rows);
        }
        at = *body_end;
    }
    out.extend_from_slice(&input[at..]);
    out
}

/// The dump named by `PGSEAL_BENCH_DUMP`, if set: a large real pg_dumpall
/// output (benches/compare.sh can keep the one it generates).
pub fn dump_from_env() -> Option<Vec<u8>> {
    let path = std::env::var_os("PGSEAL_BENCH_DUMP")?;
    let dump = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("PGSEAL_BENCH_DUMP={}: {e}", path.to_string_lossy()));
    eprintln!(
        "input: {} ({:.1} MiB)",
        path.to_string_lossy(),
        dump.len() as f64 / (1 << 20) as f64
    );
    Some(dump)
}

/// Say what the inputs are, once, on stderr.
pub fn describe(fixtures: &Fixtures, inflated: &[u8]) {
    let mib = |n: usize| n as f64 / (1 << 20) as f64;
    let lines = |b: &[u8]| b.iter().filter(|&&c| c == b'\n').count();
    eprintln!(
        "inputs: fixtures {:.1} MiB ({} files, {} lines); inflated {INFLATE} {:.1} MiB ({} lines)",
        mib(fixtures.text.len()),
        fixtures.files.len(),
        lines(&fixtures.text),
        mib(inflated.len()),
        lines(inflated),
    );
}
