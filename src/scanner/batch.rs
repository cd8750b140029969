//! Events kept to be read on another thread: their fixed fields in one
//! vector and their text in one buffer, so a batch of thousands of events
//! costs two allocations, and none when it is cleared and reused.

use std::ops::Range;

use super::Event;

/// Events with their text, in the order they were pushed.
#[derive(Debug, Default)]
pub struct EventBatch {
    events: Vec<Kept>,
    text: Vec<u8>,
}

/// An [`Event`] whose text is a range of [`EventBatch::text`].
#[derive(Debug, Clone)]
enum Kept {
    CommentLine {
        start: u64,
        end: u64,
        text: Range<usize>,
    },
    Meta {
        start: u64,
        end: u64,
        text: Range<usize>,
        in_statement: bool,
    },
    Statement {
        start: u64,
        end: u64,
        head: Range<usize>,
        truncated: bool,
        copy_from_stdin: bool,
        values_rows: u64,
        tail: u64,
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

impl EventBatch {
    /// Keeps a copy of `ev`.
    pub fn push(&mut self, ev: &Event<'_>) {
        let kept = match *ev {
            Event::CommentLine { start, end, text } => Kept::CommentLine {
                start,
                end,
                text: self.keep(text),
            },
            Event::Meta {
                start,
                end,
                text,
                in_statement,
            } => Kept::Meta {
                start,
                end,
                text: self.keep(text),
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
            } => Kept::Statement {
                start,
                end,
                head: self.keep(head),
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
            } => Kept::CopyData {
                start,
                end,
                rows,
                terminated,
            },
            Event::Anomaly { offset, what } => Kept::Anomaly { offset, what },
        };
        self.events.push(kept);
    }

    fn keep(&mut self, bytes: &[u8]) -> Range<usize> {
        let at = self.text.len();
        self.text.extend_from_slice(bytes);
        at..self.text.len()
    }

    /// Events kept.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// No event kept.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Bytes of text kept.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// Forgets every event, keeping the room they took.
    pub fn clear(&mut self) {
        self.events.clear();
        self.text.clear();
    }

    /// The events, as they were pushed.
    pub fn iter(&self) -> impl Iterator<Item = Event<'_>> + '_ {
        let text = |r: &Range<usize>| &self.text[r.clone()];
        self.events.iter().map(move |k| match k {
            Kept::CommentLine {
                start,
                end,
                text: t,
            } => Event::CommentLine {
                start: *start,
                end: *end,
                text: text(t),
            },
            Kept::Meta {
                start,
                end,
                text: t,
                in_statement,
            } => Event::Meta {
                start: *start,
                end: *end,
                text: text(t),
                in_statement: *in_statement,
            },
            Kept::Statement {
                start,
                end,
                head,
                truncated,
                copy_from_stdin,
                values_rows,
                tail,
            } => Event::Statement {
                start: *start,
                end: *end,
                head: text(head),
                truncated: *truncated,
                copy_from_stdin: *copy_from_stdin,
                values_rows: *values_rows,
                tail: *tail,
            },
            Kept::CopyData {
                start,
                end,
                rows,
                terminated,
            } => Event::CopyData {
                start: *start,
                end: *end,
                rows: *rows,
                terminated: *terminated,
            },
            Kept::Anomaly { offset, what } => Event::Anomaly {
                offset: *offset,
                what,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::EventBatch;
    use crate::scanner::{always, scan_all, OwnedEvent, Scanner};

    #[test]
    fn a_batch_gives_back_the_events_it_kept() {
        let input: &[u8] = b"-- Name: t; Type: TABLE\nSET x = 1;\n\\connect db\n\
            COPY t (a) FROM stdin;\n1\n2\n\\.\nSELECT 'unterminated";
        let (want, _) = scan_all([input]);
        let mut batch = EventBatch::default();
        for round in 0..2 {
            batch.clear();
            let mut sink = always(|ev| batch.push(&ev));
            let mut scanner = Scanner::new();
            let Ok(()) = scanner.feed(input, &mut sink);
            let Ok(_) = scanner.finish(&mut sink);
            drop(sink);
            let got: Vec<OwnedEvent> = batch.iter().map(OwnedEvent::from).collect();
            assert_eq!(got, want, "round {round}");
            assert_eq!(batch.len(), want.len());
        }
        assert!(batch.text_len() > 0);
    }
}
