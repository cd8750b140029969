//! The table-of-contents builder on its own thread.
//!
//! On a schema-heavy dump reading pg_dump's entries costs as much as lexing
//! the stream, and both would otherwise share one thread. The splitter hands
//! each database part's events over in batches (their text copied once) and
//! gets every part's table of contents back when the stream ends. Batches
//! are bounded in number and reused, so memory stays flat however far the
//! builder falls behind.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::thread::JoinHandle;

use super::{Toc, TocBuilder};
use crate::scanner::{Event, EventBatch};

/// Maps an input offset to the part's own (`None`: not in the part).
pub type PartMap = Box<dyn Fn(u64) -> Option<u64> + Send>;

/// A batch is handed over at this much text or this many events (small
/// in tests, so that their parts go through the thread).
const BATCH_TEXT: usize = if cfg!(test) { 4096 } else { 256 * 1024 };
const BATCH_EVENTS: usize = if cfg!(test) { 64 } else { 4096 };
/// Batches on their way to the builder; the splitter waits beyond that.
const IN_FLIGHT: usize = 4;

enum Msg {
    Events(EventBatch),
    /// Asks for a copy of the builder's state (see [`TocWorker::clone`]).
    Snapshot(SyncSender<(TocBuilder, Vec<Toc>)>),
    Finish {
        end: u64,
        to_part: PartMap,
        serial: Option<String>,
    },
}

/// Builds the tables of contents of a stream's database parts, one after
/// another, on a thread of its own (or inline, if no thread can be had).
#[derive(Default)]
pub struct TocWorker {
    batch: EventBatch,
    thread: Option<Thread>,
    inline: Option<(TocBuilder, Vec<Toc>)>,
}

struct Thread {
    tx: SyncSender<Msg>,
    spare: Receiver<EventBatch>,
    handle: JoinHandle<Vec<Toc>>,
}

impl std::fmt::Debug for TocWorker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TocWorker")
            .field("pending", &self.batch.len())
            .field("threaded", &self.thread.is_some())
            .finish()
    }
}

/// A clone goes on from the same point, inline: the splitter is cloned to
/// end one stream in many places, which needs the builder's state here.
impl Clone for TocWorker {
    fn clone(&self) -> Self {
        let (mut builder, tocs) = match (&self.inline, &self.thread) {
            (Some(state), _) => state.clone(),
            (None, Some(t)) => {
                let (reply, state) = sync_channel(1);
                let _ = t.tx.send(Msg::Snapshot(reply));
                state.recv().unwrap_or_default()
            }
            (None, None) => Default::default(),
        };
        build_batch(&mut builder, &self.batch);
        TocWorker {
            batch: EventBatch::default(),
            thread: None,
            inline: Some((builder, tocs)),
        }
    }
}

impl TocWorker {
    /// Takes the next event of the current part.
    pub fn event(&mut self, ev: &Event<'_>) {
        if let Some((builder, _)) = &mut self.inline {
            return builder.event(ev);
        }
        self.batch.push(ev);
        if self.batch.text_len() >= BATCH_TEXT || self.batch.len() >= BATCH_EVENTS {
            self.flush();
        }
    }

    /// Ends the current part: its offsets are mapped with `to_part`, and
    /// `serial`, if given, is why it must restore in one session.
    pub fn finish_part(&mut self, end: u64, to_part: PartMap, serial: Option<String>) {
        if let Some((builder, tocs)) = &mut self.inline {
            let mut toc = std::mem::take(builder).finish(end, to_part);
            toc.serial = serial.or(toc.serial);
            return tocs.push(toc);
        }
        self.flush();
        self.send(Msg::Finish {
            end,
            to_part,
            serial,
        });
    }

    /// Every finished part's table of contents, in the order they ended.
    pub fn tocs(mut self) -> Vec<Toc> {
        if let Some((_, tocs)) = self.inline.take() {
            return tocs;
        }
        let Some(Thread { tx, handle, .. }) = self.thread.take() else {
            return Vec::new();
        };
        drop(tx);
        match handle.join() {
            Ok(tocs) => tocs,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }

    fn flush(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let next = match &self.thread {
            Some(t) => t.spare.try_recv().unwrap_or_default(),
            None => EventBatch::default(),
        };
        let full = std::mem::replace(&mut self.batch, next);
        self.send(Msg::Events(full));
    }

    fn send(&mut self, msg: Msg) {
        if self.thread.is_none() && self.inline.is_none() {
            match spawn() {
                Ok(t) => self.thread = Some(t),
                Err(_) => self.inline = Some(Default::default()),
            }
        }
        match (&self.thread, &mut self.inline) {
            // A send fails only when the builder panicked: `tocs` says so.
            (Some(t), _) => drop(t.tx.send(msg)),
            (None, Some((builder, tocs))) => build(builder, tocs, msg),
            (None, None) => unreachable!("a worker is set up above"),
        }
    }
}

fn spawn() -> std::io::Result<Thread> {
    let (tx, rx) = sync_channel::<Msg>(IN_FLIGHT);
    let (spare_tx, spare) = sync_channel::<EventBatch>(IN_FLIGHT + 1);
    let handle = std::thread::Builder::new()
        .name("pgseal-toc".into())
        .spawn(move || {
            let (mut builder, mut tocs) = (TocBuilder::new(), Vec::new());
            for msg in rx {
                match msg {
                    Msg::Events(mut batch) => {
                        build_batch(&mut builder, &batch);
                        batch.clear();
                        let _ = spare_tx.try_send(batch);
                    }
                    msg => build(&mut builder, &mut tocs, msg),
                }
            }
            tocs
        })?;
    Ok(Thread { tx, spare, handle })
}

fn build_batch(builder: &mut TocBuilder, batch: &EventBatch) {
    for ev in batch.iter() {
        builder.event(&ev);
    }
}

fn build(builder: &mut TocBuilder, tocs: &mut Vec<Toc>, msg: Msg) {
    match msg {
        Msg::Events(batch) => build_batch(builder, &batch),
        Msg::Snapshot(reply) => drop(reply.send((builder.clone(), tocs.clone()))),
        Msg::Finish {
            end,
            to_part,
            serial,
        } => {
            let mut toc = std::mem::take(builder).finish(end, to_part);
            toc.serial = serial.or(toc.serial);
            tocs.push(toc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events of a fixture's largest database part.
    fn events() -> EventBatch {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/dumps/pg16-toc.sql");
        let dump = std::fs::read(path).unwrap();
        let (sink, _) = crate::splitter::split_in_memory(&dump, 64 << 10)
            .unwrap()
            .take_sink();
        let part = sink.parts.into_values().max_by_key(Vec::len).unwrap();
        EventBatch::scan(&part)
    }

    #[test]
    fn the_thread_and_its_clones_build_what_the_builder_builds() {
        let events = events();
        let end = 1 << 40;
        let mut want = TocBuilder::new();
        for ev in events.iter() {
            want.event(&ev);
        }
        let want = want.finish(end, Some);
        assert!(want.entries.len() > 10, "the fixture has entries");

        let mut worker = TocWorker::default();
        let mut clones = Vec::new();
        for (i, ev) in events.iter().enumerate() {
            worker.event(&ev);
            if i % (events.len() / 3) == 0 {
                clones.push((i, worker.clone()));
            }
        }
        assert!(
            worker.thread.is_some(),
            "the part is large enough for a thread"
        );
        worker.finish_part(end, Box::new(Some), None);
        worker.finish_part(end, Box::new(Some), Some("why".into()));
        let tocs = worker.tocs();
        assert_eq!(tocs[0], want);
        assert_eq!(tocs[1].serial.as_deref(), Some("why"));
        for (at, mut clone) in clones {
            for ev in events.iter().skip(at + 1) {
                clone.event(&ev);
            }
            clone.finish_part(end, Box::new(Some), None);
            assert_eq!(
                clone.tocs(),
                std::slice::from_ref(&want),
                "cloned after event {at}"
            );
        }
    }
}
