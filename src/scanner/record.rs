//! Events kept after the scan, and the invariants every scan must keep:
//! shared by the property tests and the fuzz target, which compare runs of
//! the same input cut in different places.

use super::{EndState, Event, Scanner};

/// An [`Event`] that owns its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnedEvent {
    /// An [`Event::CommentLine`].
    CommentLine {
        /// Offset of the line.
        start: u64,
        /// Just past its line break.
        end: u64,
        /// The line without its line break.
        text: Vec<u8>,
    },
    /// An [`Event::Meta`].
    Meta {
        /// Offset of the backslash.
        start: u64,
        /// Just past its line break.
        end: u64,
        /// The line without its line break.
        text: Vec<u8>,
        /// psql's query buffer was not empty.
        in_statement: bool,
    },
    /// An [`Event::Statement`].
    Statement {
        /// Offset of the statement's first byte.
        start: u64,
        /// Just past its terminator.
        end: u64,
        /// Its first [`super::HEAD_CAP`] bytes.
        head: Vec<u8>,
        /// Longer than `head`.
        truncated: bool,
        /// COPY data follows.
        copy_from_stdin: bool,
        /// Rows of an `INSERT ... VALUES` list.
        values_rows: u64,
        /// Offset of its last three identifiers.
        tail: u64,
    },
    /// An [`Event::CopyData`].
    CopyData {
        /// Offset of the first data line.
        start: u64,
        /// Just past the `\.` line, or the end of the input.
        end: u64,
        /// Data lines, not counting `\.`.
        rows: u64,
        /// The `\.` line was read.
        terminated: bool,
    },
    /// An [`Event::Anomaly`].
    Anomaly {
        /// Where the construct begins.
        offset: u64,
        /// What psql would do there.
        what: &'static str,
    },
}

impl From<Event<'_>> for OwnedEvent {
    fn from(ev: Event<'_>) -> OwnedEvent {
        match ev {
            Event::CommentLine { start, end, text } => OwnedEvent::CommentLine {
                start,
                end,
                text: text.to_vec(),
            },
            Event::Meta {
                start,
                end,
                text,
                in_statement,
            } => OwnedEvent::Meta {
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
                values_rows,
                tail,
            } => OwnedEvent::Statement {
                start,
                end,
                head: head.to_vec(),
                truncated,
                copy_from_stdin,
                values_rows,
                tail,
            },
            Event::CopyData {
                start,
                end,
                rows,
                terminated,
            } => OwnedEvent::CopyData {
                start,
                end,
                rows,
                terminated,
            },
            Event::Anomaly { offset, what } => OwnedEvent::Anomaly { offset, what },
        }
    }
}

/// Scans `chunks` as one input and keeps every event.
pub fn scan_all<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> (Vec<OwnedEvent>, EndState) {
    scan_with(Scanner::new(), chunks)
}

/// [`scan_all`] with the scanner that lexes every byte the slow way.
pub fn scan_all_byte_by_byte<'a>(
    chunks: impl IntoIterator<Item = &'a [u8]>,
) -> (Vec<OwnedEvent>, EndState) {
    scan_with(Scanner::byte_by_byte(), chunks)
}

fn scan_with<'a>(
    mut scanner: Scanner,
    chunks: impl IntoIterator<Item = &'a [u8]>,
) -> (Vec<OwnedEvent>, EndState) {
    let mut events = Vec::new();
    let mut sink = super::always(|ev: Event<'_>| events.push(OwnedEvent::from(ev)));
    for chunk in chunks {
        let Ok(()) = scanner.feed(chunk, &mut sink);
    }
    let Ok(end) = scanner.finish(&mut sink);
    drop(sink);
    (events, end)
}

/// Checks a scan of `input`: events inside the input and in order, spans
/// not overlapping (a meta-command may sit inside a statement), captured
/// text equal to the input's. Says what is wrong, if anything.
pub fn check_events(input: &[u8], events: &[OwnedEvent], end: &EndState) -> Result<(), String> {
    let len = input.len() as u64;
    if end.len != len {
        return Err(format!("end state says {} bytes, input has {len}", end.len));
    }
    if let Some((_, at)) = end.open.filter(|&(_, at)| at > len) {
        return Err(format!("open construct at {at} beyond {len}"));
    }
    // End of the last line-like span (comment line, meta-command, COPY data),
    // of the last statement, and of any span.
    let (mut line_end, mut stmt_end, mut last_end) = (0u64, 0u64, 0u64);
    for ev in events {
        let fail = |why: &str| Err(format!("{ev:?}: {why}"));
        let (start, stop) = match *ev {
            OwnedEvent::CommentLine { start, end, .. }
            | OwnedEvent::Meta { start, end, .. }
            | OwnedEvent::Statement { start, end, .. }
            | OwnedEvent::CopyData { start, end, .. } => (start, end),
            OwnedEvent::Anomaly { offset, .. } if offset > len => return fail("beyond the input"),
            OwnedEvent::Anomaly { .. } => continue,
        };
        if start > stop || stop > len {
            return fail("outside the input");
        }
        if stop < last_end {
            return fail("ends before an earlier event");
        }
        last_end = stop;
        let span = &input[start as usize..stop as usize];
        match ev {
            OwnedEvent::CommentLine { text, .. } | OwnedEvent::Meta { text, .. } => {
                let lead: &[u8] = match ev {
                    OwnedEvent::CommentLine { .. } => b"--",
                    _ => b"\\",
                };
                if !text.starts_with(lead) || !span.starts_with(text) {
                    return fail("text is not the input's");
                }
            }
            OwnedEvent::Statement {
                head,
                truncated,
                tail,
                ..
            } => {
                if !span.starts_with(head) {
                    return fail("head is not the input's");
                }
                if !(start..stop).contains(tail) {
                    return fail("tail is outside the statement");
                }
                if *truncated != (span.len() > head.len()) {
                    return fail("truncated flag is wrong");
                }
                if start < stmt_end {
                    return fail("overlaps the previous statement");
                }
                stmt_end = stop;
                continue;
            }
            OwnedEvent::CopyData { .. } if start < stmt_end => {
                return fail("starts inside its statement")
            }
            _ => {}
        }
        if start < line_end {
            return fail("overlaps the previous line");
        }
        line_end = stop;
    }
    Ok(())
}

/// Where two event lists part ways, briefly (whole lists are too long to
/// print); `None` if they are equal.
pub fn first_difference(a: &[OwnedEvent], b: &[OwnedEvent]) -> Option<String> {
    if a == b {
        return None;
    }
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    Some(format!(
        "events differ at event {i} (of {} vs {}):\n  {:?}\n  {:?}",
        a.len(),
        b.len(),
        a.get(i),
        b.get(i)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_keeps_its_invariants_and_a_bad_one_is_named() {
        let input = b"-- c\nSELECT 1;\nCOPY t FROM stdin;\n1\n\\.\n\\connect d\n";
        let (events, end) = scan_all([&input[..]]);
        assert_eq!(check_events(input, &events, &end), Ok(()));
        let mut wrong = events.clone();
        wrong.swap(0, 1);
        assert!(check_events(input, &wrong, &end).is_err());
        let (bytes, _) = scan_all(input.chunks(1));
        assert_eq!(first_difference(&events, &bytes), None);
        assert!(first_difference(&events, &wrong)
            .unwrap()
            .contains("at event 0"));
    }
}
