//! Events kept to be read on another thread: the events in one vector with
//! their text in one buffer, so a batch of thousands of events costs two
//! allocations, and none when it is cleared and reused.

use std::ops::Range;

use super::Event;

/// Events with their text, in the order they were pushed.
#[derive(Debug, Default)]
pub struct EventBatch {
    /// Each event without its text, and where its text is in `text`.
    events: Vec<(Event<'static>, Range<usize>)>,
    text: Vec<u8>,
}

impl EventBatch {
    /// Keeps a copy of `ev`.
    pub fn push(&mut self, ev: &Event<'_>) {
        let (bare, text) = ev.with_text(&[]);
        let at = self.text.len();
        self.text.extend_from_slice(text);
        self.events.push((bare, at..self.text.len()));
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
        self.events
            .iter()
            .map(|(bare, r)| bare.with_text(&self.text[r.clone()]).0)
    }
}

#[cfg(test)]
impl EventBatch {
    /// Every event of `input`, scanned whole.
    pub(crate) fn scan(input: &[u8]) -> EventBatch {
        let mut batch = EventBatch::default();
        let mut sink = super::always(|ev| batch.push(&ev));
        let mut scanner = super::Scanner::new();
        let Ok(()) = scanner.feed(input, &mut sink);
        let Ok(_) = scanner.finish(&mut sink);
        drop(sink);
        batch
    }
}

#[cfg(test)]
mod tests {
    use super::EventBatch;
    use crate::scanner::{scan_all, OwnedEvent};

    #[test]
    fn a_batch_gives_back_the_events_it_kept() {
        let input: &[u8] = b"-- Name: t; Type: TABLE\nSET x = 1;\n\\connect db\n\
            COPY t (a) FROM stdin;\n1\n2\n\\.\nSELECT 'unterminated";
        let (want, _) = scan_all([input]);
        assert!(want
            .iter()
            .any(|e| matches!(e, OwnedEvent::CopyData { .. })));
        let mut batch = EventBatch::default();
        for round in 0..2 {
            batch.clear();
            for ev in EventBatch::scan(input).iter() {
                batch.push(&ev);
            }
            let got: Vec<OwnedEvent> = batch.iter().map(OwnedEvent::from).collect();
            assert_eq!(got, want, "round {round}");
            assert_eq!(batch.len(), want.len());
        }
        assert!(batch.text_len() > 0);
    }
}
