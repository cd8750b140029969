//! A pg_dumpall stream cut short at any byte: `split` seals what it read,
//! marks the archive INCOMPLETE with the place the stream stopped, and never
//! refuses the stream or acts on a line whose end is missing.
//!
//! The sweep runs in-process over every byte in and around each
//! meta-command line and `-- Database` header of dumps with `\restrict`
//! (PostgreSQL 18 and 15) and one without (16), and a stride over the rest; a few
//! cut points then go through the real binary, plain and compressed with the
//! stock `gzip` and `zstd`.

mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use pgseal::scanner::{scan_all, OwnedEvent};
use pgseal::splitter::{split_in_memory, MemorySink, SplitError, Splitter, Summary};
use support::{demo_identity, demo_recipients, fixture, pgseal, stderr_of as stderr};

/// With `\restrict` (18, and 15 from 15.14), and without (16.2).
const FIXTURES: [&str; 3] = ["pg18-full.sql", "pg16-full.sql", "pg15-full.sql"];
const TRAILER: &[u8] = b"-- PostgreSQL database cluster dump complete\n";

/// A line psql acts on (a meta-command) or the splitter cuts at (a header).
struct Line {
    start: usize,
    /// Just past its line break.
    end: usize,
    header: bool,
}

/// The top-level meta-command lines and `-- Database` headers, as the
/// scanner finds them (look-alikes inside strings and COPY data are not).
fn lines_of_interest(dump: &[u8]) -> Vec<Line> {
    let (events, _) = scan_all([dump]);
    events
        .iter()
        .filter_map(|e| match e {
            OwnedEvent::Meta { start, end, .. } => Some((*start, *end, false)),
            OwnedEvent::CommentLine { start, end, text } if text.starts_with(b"-- Database \"") => {
                Some((*start, *end, true))
            }
            _ => None,
        })
        .map(|(start, end, header)| Line {
            start: start as usize,
            end: end as usize,
            header,
        })
        .collect()
}

/// Every byte in and around each line of interest, the banner's and the
/// trailer's lines, and a stride over the rest; never 0 or the whole input.
fn cut_points(dump: &[u8], lines: &[Line]) -> BTreeSet<usize> {
    let mut at: BTreeSet<usize> = (1..100).chain(dump.len() - 100..dump.len()).collect();
    at.extend((1..dump.len()).step_by(89));
    for l in lines {
        at.extend(l.start.saturating_sub(3)..(l.end + 3).min(dump.len()));
    }
    at.remove(&0);
    at
}

fn find(dump: &[u8], needle: &[u8]) -> usize {
    dump.windows(needle.len())
        .position(|w| w == needle)
        .unwrap_or_else(|| panic!("fixture lacks {:?}", String::from_utf8_lossy(needle)))
}

/// A fixture and what the cuts of it are checked against.
struct Fixture {
    dump: Vec<u8>,
    full: Summary<MemorySink>,
    lines: Vec<Line>,
    /// Just past the trailer line (the last copy: COPY data has one too).
    trailer_end: usize,
}

impl Fixture {
    fn load(name: &str) -> Fixture {
        let dump = fs::read(fixture(name)).unwrap();
        let full = split_in_memory(&dump, dump.len()).unwrap();
        assert_eq!(full.incomplete, None, "{name}");
        let lines = lines_of_interest(&dump);
        let trailer_end = dump
            .windows(TRAILER.len())
            .rposition(|w| w == TRAILER)
            .unwrap()
            + TRAILER.len();
        Fixture {
            dump,
            full,
            lines,
            trailer_end,
        }
    }
}

/// Checks the split of `dump[..p]` against the split of the whole dump.
fn check_cut(
    f: &Fixture,
    p: usize,
    split: Result<Summary<MemorySink>, SplitError>,
) -> Result<Summary<MemorySink>, String> {
    let (dump, full, lines) = (&f.dump, &f.full, &f.lines);
    let s = split.map_err(|e| format!("refused: {e}"))?;
    let rebuilt = s.rebuild().map_err(|e| format!("rebuild: {e}"))?;
    if rebuilt != dump[..p] {
        return Err("the parts do not hold exactly the bytes read".into());
    }
    // The stream is whole once the trailer line is: what follows it is
    // "--\n\n", nothing psql runs.
    let why = match (&s.incomplete, p >= f.trailer_end) {
        (None, true) => return Ok(s),
        (Some(why), false) => why,
        (None, false) => return Err("cut short but not marked incomplete".into()),
        (Some(why), true) => return Err(format!("whole but marked incomplete: {why}")),
    };
    if !why.contains(&format!("byte {p}")) {
        return Err(format!("the reason does not say where it stopped: {why}"));
    }
    if s.parts.len() > full.parts.len() {
        return Err("more parts than the whole dump has".into());
    }
    for (i, (cut, whole)) in s.parts.iter().zip(&full.parts).enumerate() {
        if cut.database.is_some() && cut.database != whole.database {
            return Err(format!("part {i} is named {:?}", cut.database));
        }
    }
    if let Some(l) = lines.iter().find(|l| l.start < p && p < l.end) {
        let began = format!("that began at byte {} and has no line break (in ", l.start);
        // A header is a comment line until "-- Database " is read, and a
        // command is named once its name is followed by a space.
        let text = &dump[l.start..l.end];
        let name_len = text.iter().position(u8::is_ascii_whitespace).unwrap();
        let kind = match l.header {
            true if p >= l.start + 12 => "a \"-- Database ... dump\" header line".into(),
            true => "a comment line".into(),
            false if p > l.start + name_len => {
                format!("a {} line", String::from_utf8_lossy(&text[..name_len]))
            }
            false => "a backslash command line".into(),
        };
        if !why.contains(&began) || !why.contains(&kind) {
            return Err(format!("the reason does not name the cut line: {why}"));
        }
    }
    Ok(s)
}

/// Ends one splitter, fed the dump up to each cut point in turn, at every
/// point (a clone of it each time); every 16th cut is also split afresh
/// with [`split_in_memory`], in chunks of several sizes, and must agree.
fn sweep(f: &Fixture, points: &[usize]) -> Vec<String> {
    let chunks = [usize::MAX, 65_536, 4_093, 61];
    let mut fed = Splitter::new(MemorySink::default()).unwrap();
    let mut at = 0;
    let mut failed = Vec::new();
    for (i, &p) in points.iter().enumerate() {
        fed.feed(&f.dump[at..p]).unwrap();
        at = p;
        let forked = match check_cut(f, p, fed.clone().finish()) {
            Ok(s) => s,
            Err(e) => {
                failed.push(format!("cut at byte {p}: {e}"));
                continue;
            }
        };
        if i % 16 != 0 {
            continue;
        }
        let chunk = chunks[i / 16 % chunks.len()];
        match check_cut(f, p, split_in_memory(&f.dump[..p], chunk)) {
            Ok(s) if s.incomplete == forked.incomplete && s.parts.len() == forked.parts.len() => {}
            Ok(s) => failed.push(format!(
                "cut at byte {p}: split afresh in chunks of {chunk}, {:?} where the fed splitter says {:?}",
                s.incomplete, forked.incomplete
            )),
            Err(e) => failed.push(format!("cut at byte {p}, split afresh in chunks of {chunk}: {e}")),
        }
    }
    failed
}

#[test]
fn every_cut_point_gives_an_incomplete_split_of_exactly_the_bytes_read() {
    for name in FIXTURES {
        let f = Fixture::load(name);
        let (dump, lines) = (&f.dump, &f.lines);
        assert!(lines.iter().filter(|l| !l.header).count() > 10, "{name}");
        assert!(lines.iter().filter(|l| l.header).count() > 5, "{name}");
        let restricts = lines
            .iter()
            .filter(|l| dump[l.start..].starts_with(b"\\restrict "))
            .count();
        assert_eq!(restricts > 0, !name.starts_with("pg16"), "{name}");
        let points: Vec<usize> = cut_points(dump, lines).into_iter().collect();
        let failures = sweep(&f, &points);
        assert!(
            failures.is_empty(),
            "{name}: {} of {} cut points fail, first: {}",
            failures.len(),
            points.len(),
            failures.first().map_or("", |s| s.as_str())
        );
    }
}

#[test]
fn an_empty_input_is_still_refused_as_empty() {
    let e = split_in_memory(b"", 1).unwrap_err();
    assert!(e.to_string().contains("the input is empty"), "{e}");
}

/// `pgseal split input -o out` sealed to the demo key: must exit 4 with
/// an INCOMPLETE archive that `list` says is incomplete and whose globals
/// `cat` gives if the cut came after them (and refuses if not). Returns
/// split's stderr.
fn split_cut_short(input: &Path, out: &Path, dump: &[u8]) -> String {
    let o = pgseal(&[
        "split".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "-R".as_ref(),
        demo_recipients().as_os_str(),
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(4), "{}: {err}", input.display());
    assert!(err.contains("INCOMPLETE"), "{err}");
    assert!(out.join("INCOMPLETE").is_file(), "{}", input.display());
    let id = demo_identity();
    let list = pgseal(&[
        "list".as_ref(),
        out.as_os_str(),
        "-i".as_ref(),
        id.as_os_str(),
    ]);
    assert!(
        String::from_utf8_lossy(&list.stdout).contains("INCOMPLETE"),
        "list: {}",
        stderr(&list)
    );
    let json = pgseal(&[
        "list".as_ref(),
        out.as_os_str(),
        "-i".as_ref(),
        id.as_os_str(),
        "--json".as_ref(),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["complete"], false);
    let globals_done = json["parts"].as_array().unwrap().len() > 1;
    let globals = pgseal(&[
        "cat".as_ref(),
        out.as_os_str(),
        "-i".as_ref(),
        id.as_os_str(),
        "--globals".as_ref(),
    ]);
    if !globals_done {
        assert_eq!(globals.status.code(), Some(4), "cat: {}", stderr(&globals));
        assert!(globals.stdout.is_empty());
        return err;
    }
    assert_eq!(globals.status.code(), Some(0), "cat: {}", stderr(&globals));
    let end = find(dump, b"--\n-- Database \"template1\" dump");
    assert_eq!(globals.stdout, dump[..end], "cat --globals");
    err
}

#[test]
fn the_binary_seals_a_stream_cut_inside_a_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = fs::read(fixture("pg18-full.sql")).unwrap();
    let last_unrestrict = dump.len() - 60;
    let line = dump[..last_unrestrict]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap();
    assert!(dump[line + 1..].starts_with(b"\\unrestrict "));
    let reuse = find(
        &dump,
        b"\\connect -reuse-previous=on \"dbname='-rf --help'\"",
    );
    let header = find(&dump, b"-- Database \"app\" dump");
    let cuts = [
        ("inside the last \\unrestrict line", last_unrestrict),
        ("inside a \\connect -reuse-previous line", reuse + 20),
        ("inside a database header", header + 16),
        ("inside the banner line", 20),
        ("after one byte", 1),
    ];
    for (i, (what, p)) in cuts.into_iter().enumerate() {
        let input = tmp.path().join(format!("cut{i}.sql"));
        fs::write(&input, &dump[..p]).unwrap();
        let out = tmp.path().join(format!("cut{i}"));
        let err = split_cut_short(&input, &out, &dump);
        assert!(err.contains(&format!("byte {p}")), "{what}: {err}");
    }
}

/// `program -c fixture`, as its CLI writes it.
fn compress(program: &str, dump: &Path) -> Vec<u8> {
    let o = Command::new(program)
        .arg("-c")
        .arg(dump)
        .output()
        .unwrap_or_else(|e| panic!("run {program}: {e}"));
    assert!(o.status.success(), "{program}: {}", stderr(&o));
    o.stdout
}

#[test]
fn a_truncated_gzip_or_zstd_file_is_reported_truncated() {
    let tmp = tempfile::tempdir().unwrap();
    let path = fixture("pg18-full.sql");
    let dump = fs::read(&path).unwrap();
    for (program, ext) in [("gzip", "gz"), ("zstd", "zst")] {
        let whole = compress(program, &path);
        // Inside the magic number, the header, the first block, the middle,
        // and the trailer (gzip's CRC and size, zstd's checksum).
        let cuts = [1, 3, 12, 200, whole.len() / 2, whole.len() - 2];
        for p in cuts {
            let input = tmp.path().join(format!("cut{p}.sql.{ext}"));
            fs::write(&input, &whole[..p]).unwrap();
            let out = tmp.path().join(format!("{ext}{p}"));
            let err = split_cut_short(&input, &out, &dump);
            let named = format!("reading {}", input.display());
            assert!(err.contains(&named), "{program} cut at {p}: {err}");
            assert!(err.contains("is truncated"), "{program} cut at {p}: {err}");
            assert!(err.contains("decompressed"), "{program} cut at {p}: {err}");
            assert!(!err.contains("empty"), "{program} cut at {p}: {err}");
        }
    }
}
