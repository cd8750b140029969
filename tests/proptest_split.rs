//! Property tests for the scanner and the splitter on hostile input:
//!
//! * the scanner never panics, keeps its events inside the input and in
//!   order, and gives the same events however the input is chunked;
//! * the splitter, on arbitrary bytes and on real dumps with tricky
//!   fragments spliced in, either returns an error or makes parts that
//!   reassemble to exactly the input, every byte in exactly one place, and
//!   the same parts whatever the chunk size.
//!
//! Case counts are kept small so the file runs in seconds in a debug build;
//! `PROPTEST_CASES=5000 cargo test --release --test proptest_split` digs
//! deeper.

mod support;

use std::path::PathBuf;
use std::sync::OnceLock;

use pgseal::scanner::{check_events, first_difference, scan_all, OwnedEvent};
use pgseal::splitter::{split_in_memory, MemorySink, SplitError, Summary};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, FileFailurePersistence};

const BANNER: &[u8] = b"--\n-- PostgreSQL database cluster dump\n--\n\n";

/// Pieces that change how psql (and so the scanner) reads what follows.
const FRAGMENTS: &[&[u8]] = &[
    b"'",
    b"$x$",
    b"$$",
    b"/*",
    b"*/",
    b"--",
    b"\"",
    b";",
    b"\n",
    b"\r\n",
    b"\\",
    b"E'",
    b"(",
    b")",
    b" BEGIN ",
    b" END ",
    b"\n\\connect x\n",
    b"\n\\connect -reuse-previous=on \"dbname='y'\"\n",
    b"\n\\encoding SQL_ASCII\n",
    b"COPY t FROM stdin;\n",
    b"COPY t FROM stdin;",
    b"\n\\.\n",
    b"\n-- Database \"x\" dump\n",
    b"\nCREATE DATABASE x;\n",
    b"\nDROP DATABASE IF EXISTS x;\n",
    b"\nSET standard_conforming_strings = off;\n",
    b"\n\\restrict k\n",
    b"\n\\unrestrict k\n",
    b"\n-- PostgreSQL database cluster dump complete\n",
];

/// Words the scanner tracks (COPY ... FROM stdin, routine bodies).
const WORDS: &[&[u8]] = &[b"copy", b"from", b"stdin", b"create", b"function", b"case"];

fn config(cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases),
        // Failures print the minimal input; nothing is written beside the test.
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    }
}

/// Bytes mixing noise, words and [`FRAGMENTS`].
fn sqlish(max_tokens: usize) -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        3 => any::<u8>().prop_map(|b| vec![b]),
        4 => select(FRAGMENTS).prop_map(|f| f.to_vec()),
        2 => "[a-zA-Z_ ]{1,8}".prop_map(String::into_bytes),
        1 => select(WORDS).prop_map(|w| [b" ", w, b" "].concat()),
    ];
    prop::collection::vec(token, 0..max_tokens).prop_map(|t| t.concat())
}

// ---------------------------------------------------------------- scanner

/// Cut `input` at the given points (taken modulo its length, then sorted).
fn cut<'a>(input: &'a [u8], points: &[usize]) -> Vec<&'a [u8]> {
    let mut at: Vec<usize> = points.iter().map(|p| p % (input.len() + 1)).collect();
    at.sort_unstable();
    let mut out = Vec::new();
    let mut prev = 0;
    for p in at.into_iter().chain([input.len()]) {
        out.push(&input[prev..p]);
        prev = p;
    }
    out
}

fn same_events(whole: &[OwnedEvent], other: &[OwnedEvent], how: &str) -> Result<(), TestCaseError> {
    if let Some(diff) = first_difference(whole, other) {
        prop_assert!(false, "{}: {}", how, diff);
    }
    Ok(())
}

fn scanner_property(input: &[u8], points: &[usize]) -> Result<(), TestCaseError> {
    let (whole, whole_end) = scan_all([input]);
    let checked = check_events(input, &whole, &whole_end);
    prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    let (chunked, chunked_end) = scan_all(cut(input, points));
    same_events(&whole, &chunked, &format!("cut at {points:?}"))?;
    prop_assert_eq!(&whole_end, &chunked_end);
    let (bytes, bytes_end) = scan_all(input.chunks(1));
    same_events(&whole, &bytes, "byte by byte")?;
    prop_assert_eq!(&whole_end, &bytes_end);
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn scanner_arbitrary_bytes(
        input in prop::collection::vec(any::<u8>(), 0..512),
        points in prop::collection::vec(any::<usize>(), 0..4),
    ) {
        scanner_property(&input, &points)?;
    }

    #[test]
    fn scanner_sqlish_bytes(
        input in sqlish(96),
        points in prop::collection::vec(any::<usize>(), 0..4),
    ) {
        scanner_property(&input, &points)?;
    }
}

// --------------------------------------------------------------- splitter

fn split(input: &[u8], chunk: usize) -> Result<Summary<MemorySink>, SplitError> {
    split_in_memory(input, chunk)
}

/// Rebuild the input from the parts, checking that every byte of every
/// part is accounted for by a segment.
fn rebuild(sum: &Summary<MemorySink>) -> Result<Vec<u8>, TestCaseError> {
    let result = sum.rebuild();
    prop_assert!(
        result.is_ok(),
        "reassembly failed: {:?}",
        result.as_ref().err()
    );
    Ok(result.unwrap_or_default())
}

/// Error, or parts that reassemble to the input; the same for any chunk size.
fn split_property(input: &[u8], chunk: usize) -> Result<(), TestCaseError> {
    let whole = split(input, input.len());
    let chunked = split(input, chunk);
    match (&whole, &chunked) {
        (Ok(w), Ok(c)) => {
            prop_assert_eq!(w.input_len, input.len() as u64);
            prop_assert!(rebuild(w)? == input, "reassembly differs from the input");
            prop_assert!(
                rebuild(c)? == input,
                "chunk {}: reassembly differs from the input",
                chunk
            );
            prop_assert!(
                w.sink.parts == c.sink.parts,
                "chunk {}: parts differ from the whole split",
                chunk
            );
            prop_assert_eq!(&w.incomplete, &c.incomplete);
        }
        (Err(w), Err(c)) => {
            // The in-memory sink fails only when the splitter misuses it.
            for e in [w, c] {
                prop_assert!(!matches!(e, SplitError::Io(_)), "{}", e);
            }
        }
        (w, c) => prop_assert!(
            false,
            "chunk {} disagrees with whole: whole {:?}, chunked {:?}",
            chunk,
            w.as_ref().map(|s| s.parts.len()),
            c.as_ref().map(|s| s.parts.len())
        ),
    }
    Ok(())
}

/// The real dumps: `testdata/dumps` and, when present, the wild dumps
/// (see `support::wild_dumps`).
fn fixtures() -> &'static [(String, Vec<u8>)] {
    static FIXTURES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        let dirs = std::iter::once(root.join("testdata/dumps")).chain(support::wild_dumps());
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut paths: Vec<PathBuf> = entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("sql"))
                .collect();
            paths.sort();
            for p in paths {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                out.push((name, std::fs::read(&p).unwrap()));
            }
        }
        assert!(!out.is_empty(), "no fixtures found");
        out
    })
}

/// One change to a fixture, at a position taken modulo its length.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Replace(usize, usize, Vec<u8>),
}

fn edit() -> impl Strategy<Value = Edit> {
    let piece = || {
        prop_oneof![
            3 => select(FRAGMENTS).prop_map(|f| f.to_vec()),
            1 => sqlish(6),
        ]
    };
    prop_oneof![
        4 => (any::<usize>(), piece()).prop_map(|(at, p)| Edit::Insert(at, p)),
        1 => (any::<usize>(), 1..64usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        2 => (any::<usize>(), 1..16usize, piece()).prop_map(|(at, n, p)| Edit::Replace(at, n, p)),
    ]
}

fn apply(mut text: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let at = |i: usize| i % (text.len() + 1);
        match e {
            Edit::Insert(i, p) => {
                let i = at(*i);
                text.splice(i..i, p.iter().copied());
            }
            Edit::Delete(i, n) => {
                let i = at(*i);
                let j = (i + n).min(text.len());
                text.drain(i..j);
            }
            Edit::Replace(i, n, p) => {
                let i = at(*i);
                let j = (i + n).min(text.len());
                text.splice(i..j, p.iter().copied());
            }
        }
    }
    text
}

/// Chunk sizes: tiny ones that cut every construct, and larger ones.
fn chunk_size() -> impl Strategy<Value = usize> {
    prop_oneof![1..8usize, 8..512usize, 512..70_000usize]
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn split_arbitrary_bytes(
        banner in any::<bool>(),
        body in prop::collection::vec(any::<u8>(), 0..1024),
        chunk in 1..64usize,
    ) {
        let input = if banner { [BANNER, &body].concat() } else { body };
        split_property(&input, chunk)?;
    }

    #[test]
    fn split_sqlish_bytes(
        banner in any::<bool>(),
        body in sqlish(128),
        chunk in 1..64usize,
    ) {
        let input = if banner { [BANNER, &body].concat() } else { body };
        split_property(&input, chunk)?;
    }

    #[test]
    fn split_fixture_with_splices(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..5),
        chunk in chunk_size(),
    ) {
        let (name, text) = which.get(fixtures());
        let input = apply(text.clone(), &edits);
        let result = split_property(&input, chunk);
        if let Err(e) = result {
            return Err(TestCaseError::fail(format!("{name} with {edits:?}: {e}")));
        }
    }
}

/// The fixtures themselves split and reassemble, in one piece and in
/// awkward chunk sizes (the unedited baseline of the spliced test).
#[test]
fn fixtures_roundtrip() {
    for (name, text) in fixtures() {
        for chunk in [text.len(), 4093] {
            if let Err(e) = split_property(text, chunk) {
                panic!("{name} chunk {chunk}: {e}");
            }
        }
    }
}

// Regression tests: the minimized inputs of the two scanner bugs these
// properties (and the `scanner` fuzz target) found.

#[test]
fn copy_rest_anomaly_does_not_depend_on_chunking() {
    let input = b"copy from stdin;xy\n\\.\n";
    let (whole, _) = scan_all([&input[..]]);
    for at in 1..input.len() {
        let (two, _) = scan_all([&input[..at], &input[at..]]);
        assert_eq!(whole, two, "cut at {at}");
    }
}

#[test]
fn copy_at_end_of_input_starts_where_its_data_would() {
    for input in [
        &b"COPY FROM stdin;"[..],
        b"SELECT 1;\nCOPY t FROM stdin;",
        b"COPY a FROM stdin;\n1\n2\n\\.\nCOPY b FROM stdin;",
    ] {
        let (events, end) = scan_all([input]);
        let stmt_end = input.len() as u64;
        match events.last() {
            Some(OwnedEvent::CopyData { start, .. }) => {
                assert!(*start >= stmt_end, "{events:?}");
            }
            other => panic!("last event {other:?}"),
        }
        assert!(end.open.unwrap().1 >= stmt_end, "{end:?}");
    }
}
