//! The scanner on arbitrary bytes: it must not panic, its events must lie
//! inside the input in order, and feeding the input whole, in two chunks
//! (cut where the first two bytes say) or one byte at a time must give the
//! same events and the same end state.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pgseal::scanner::{EndState, Event, Scanner};

/// An [`Event`] that owns its bytes, so runs can be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Owned {
    CommentLine {
        start: u64,
        end: u64,
        text: Vec<u8>,
    },
    Meta {
        start: u64,
        end: u64,
        text: Vec<u8>,
        in_statement: bool,
    },
    Statement {
        start: u64,
        end: u64,
        head: Vec<u8>,
        truncated: bool,
        copy_from_stdin: bool,
    },
    CopyData {
        start: u64,
        end: u64,
        rows: u64,
        terminated: bool,
    },
    Anomaly {
        offset: u64,
        what: &'static str,
    },
}

impl From<Event<'_>> for Owned {
    fn from(ev: Event<'_>) -> Owned {
        match ev {
            Event::CommentLine { start, end, text } => Owned::CommentLine {
                start,
                end,
                text: text.to_vec(),
            },
            Event::Meta {
                start,
                end,
                text,
                in_statement,
            } => Owned::Meta {
                start,
                end,
                text: text.to_vec(),
                in_statement,
            },
            Event::Statement {
                start,
                end,
                head,
                truncated,
                copy_from_stdin,
                ..
            } => Owned::Statement {
                start,
                end,
                head: head.to_vec(),
                truncated,
                copy_from_stdin,
            },
            Event::CopyData {
                start,
                end,
                rows,
                terminated,
            } => Owned::CopyData {
                start,
                end,
                rows,
                terminated,
            },
            Event::Anomaly { offset, what } => Owned::Anomaly { offset, what },
        }
    }
}

fn run<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> (Vec<Owned>, EndState) {
    let mut scanner = Scanner::new();
    let mut events = Vec::new();
    let mut sink = |ev: Event<'_>| events.push(Owned::from(ev));
    for chunk in chunks {
        scanner.feed(chunk, &mut sink);
    }
    let end = scanner.finish(&mut sink);
    (events, end)
}

/// Offsets inside the input; spans in order and not overlapping (a
/// meta-command may sit inside a statement); captured text is the input's.
fn check(input: &[u8], events: &[Owned], end: &EndState) {
    let len = input.len() as u64;
    assert_eq!(end.len, len);
    if let Some((_, at)) = end.open {
        assert!(at <= len, "open construct at {at} beyond {len}");
    }
    // End of the last line-like span (comment line, meta-command, COPY data),
    // of the last statement, and of any span.
    let (mut line_end, mut stmt_end, mut last_end) = (0u64, 0u64, 0u64);
    for ev in events {
        let (start, stop) = match *ev {
            Owned::CommentLine { start, end, .. }
            | Owned::Meta { start, end, .. }
            | Owned::Statement { start, end, .. }
            | Owned::CopyData { start, end, .. } => (start, end),
            Owned::Anomaly { offset, .. } => {
                assert!(offset <= len, "{ev:?} beyond {len}");
                continue;
            }
        };
        assert!(start <= stop && stop <= len, "{ev:?} outside 0..{len}");
        assert!(stop >= last_end, "{ev:?} ends before an earlier event");
        last_end = stop;
        let text_is_input = |text: &[u8]| {
            assert!(
                input[start as usize..stop as usize].starts_with(text),
                "{ev:?}: text is not the input's"
            );
        };
        match ev {
            Owned::CommentLine { text, .. } => {
                assert!(text.starts_with(b"--"), "{ev:?}");
                text_is_input(text);
            }
            Owned::Meta { text, .. } => {
                assert!(text.starts_with(b"\\"), "{ev:?}");
                text_is_input(text);
            }
            Owned::Statement {
                head, truncated, ..
            } => {
                text_is_input(head);
                assert_eq!(*truncated, stop - start > head.len() as u64, "{ev:?}");
                assert!(start >= stmt_end, "{ev:?} overlaps the previous statement");
                stmt_end = stop;
                continue;
            }
            Owned::CopyData { .. } => {
                assert!(start >= stmt_end, "{ev:?} starts inside its statement");
            }
            Owned::Anomaly { .. } => unreachable!(),
        }
        assert!(start >= line_end, "{ev:?} overlaps the previous line");
        line_end = stop;
    }
}

/// Where two runs part ways, briefly (whole event lists are too long to print).
fn same(input: &[u8], whole: &(Vec<Owned>, EndState), other: &(Vec<Owned>, EndState), how: &str) {
    if whole == other {
        return;
    }
    let (a, b) = (&whole.0, &other.0);
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    panic!(
        "{how}: events differ from the whole input's at event {i} (of {} vs {}):\n  whole: {:?}\n  {how}: {:?}\n  ends: {:?} vs {:?}\n  input: {:?}",
        a.len(),
        b.len(),
        a.get(i),
        b.get(i),
        whole.1,
        other.1,
        String::from_utf8_lossy(input),
    );
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let (sel, input) = data.split_at(2);
    let cut = u16::from_le_bytes([sel[0], sel[1]]) as usize % (input.len() + 1);

    let whole = run([input]);
    check(input, &whole.0, &whole.1);

    let (a, b) = input.split_at(cut);
    same(input, &whole, &run([a, b]), &format!("cut at {cut}"));
    same(input, &whole, &run(input.chunks(1)), "byte by byte");
});
