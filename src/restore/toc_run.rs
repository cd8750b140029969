//! Restores one database part from its table of contents: the prefix
//! (`CREATE DATABASE`, `\connect`, settings) through the rewriter on one
//! session, then the body phase by phase (see [`super::schedule`]), on as
//! many sessions as the restore's connection budget lends it. Every session
//! reads its own byte ranges of the part, starting at the nearest zstd
//! frame, so no plaintext is shared, buffered at large or written to disk.

use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use super::conn::ConnOptions;
use super::journal::{Journal, PartState};
use super::plan::{Action, Step};
use super::run::{is_broken_pipe, Observer, PartOutcome, Pool, Status};
use super::schedule::{self, Dispatcher, Item, Phase, Shape};
use super::session::{Session, SessionError};
use super::transform::{transform, TransformOptions, TransformReport};
use crate::archive::format::{hex_decode, Toc};
use crate::archive::Archive;
use crate::seal::SealedReader;

/// Skipping forward within a part beats reopening it up to this far (a
/// reopen decodes up to one zstd job, 2 MiB at the default level, from the
/// nearest frame).
const SKIP_AHEAD: u64 = 4 << 20;

/// A database part restored in parallel.
pub struct TocStep<'a> {
    /// The archive the part is read from, its file checked before use.
    pub archive: &'a Archive,
    /// The step's index in the plan, for its outcome.
    pub index: usize,
    /// The part and what to do with it.
    pub step: &'a Step,
    /// How psql reaches the target.
    pub conn: &'a ConnOptions,
    /// Set when the whole restore is to stop (a failed globals part, a
    /// failure with `--fail-fast`): no new item starts.
    pub cancel: &'a AtomicBool,
    /// Told how many bytes of the part have gone to psql.
    pub observer: &'a dyn Observer,
    /// Connections no other step uses: each one lent is one more session
    /// for a parallel phase, given back when it finds no item left.
    pub pool: &'a Pool,
    /// How entries are grouped into items and transactions.
    pub shape: Shape,
    /// Where committed work is recorded, and what an earlier run did.
    pub journal: Option<&'a Journal>,
    /// With `--resume`: what an earlier run committed of this part, left out.
    pub resumed: Option<&'a PartState>,
    /// Sessions run with `session_replication_role = replica`: no triggers,
    /// no foreign-key checks (`--disable-triggers`, superusers only).
    pub disable_triggers: bool,
}

/// What one session is doing, beside psql itself.
struct Worker {
    session: Session,
    /// The setup in effect; `None` when unknown.
    setup: Option<usize>,
    /// An open reader of the part and where it stands.
    cursor: Option<(u64, SealedReader)>,
}

/// Where an item failed.
struct Failure {
    message: String,
    line: Option<u64>,
    cancelled: bool,
}

impl TocStep<'_> {
    /// Restores the part from `toc`, its usable table of contents: the
    /// prefix (unless into an existing database), then the selected entries.
    pub fn run(&self, toc: &Toc) -> PartOutcome {
        let started = Instant::now();
        let mut outcome = PartOutcome::new(self.index, Status::Failed);
        let bytes = AtomicU64::new(0);
        let result = self.restore(toc, &bytes, &mut outcome.report);
        outcome.bytes = bytes.load(Ordering::Relaxed);
        match result {
            Ok(()) => outcome.status = Status::Ok,
            Err(mut f) => {
                if f.cancelled {
                    outcome.status = Status::Cancelled;
                }
                if self.step.action == Action::Entries && !self.disable_triggers && !f.cancelled {
                    f.message.push_str(
                        "\n(the existing database's triggers and foreign keys ran during the load; \
                         --disable-triggers turns them off for it, as pg_restore does)",
                    );
                }
                outcome.error = Some(f.message);
                outcome.line = f.line;
            }
        }
        outcome.seconds = started.elapsed().as_secs_f64();
        outcome
    }

    fn restore(
        &self,
        toc: &Toc,
        bytes: &AtomicU64,
        report: &mut Option<TransformReport>,
    ) -> Result<(), Failure> {
        let part = self.step.part;
        self.archive
            .check_part_file(part)
            .map_err(|e| plain(format!("{e:#}")))?;
        let marker = marker();
        let file = &self.archive.manifest.parts[part].file;
        // --table, --data-only, --resume: straight into the existing database.
        let into_existing = matches!(self.step.action, Action::Entries | Action::Resume);
        if !into_existing {
            self.journal_note(|j| j.started(file))?;
        }
        let psql = match into_existing {
            true => self.conn.psql_command(self.step.target.as_deref()),
            false => self.conn.psql_command(self.step.connect_to.as_deref()),
        };
        let mut session = Session::start(psql, &marker)
            .map_err(|e| plain(format!("cannot run {}: {e}", self.conn.psql.display())))?;
        if into_existing {
            self.session_options(&mut session)
                .map_err(|e| from_session(session.failed(Some(e)), None))?;
        }
        let mut first = Worker {
            session,
            setup: None,
            cursor: None,
        };
        if !into_existing {
            // A part may have no entries after its prefix (template1 of most dumps).
            let body = toc.entries.get(toc.body);
            let start = body.map_or(toc.suffix, |e| e.start);
            *report = Some(self.prefix(&mut first, start, bytes)?);
            first.setup = body.map(|e| e.setup);
            self.journal_note(|j| j.prefix(file))?;
        }
        let target = report
            .as_ref()
            .and_then(|r| r.database.clone())
            .or_else(|| self.step.target.clone())
            .ok_or_else(|| plain("the part never says which database it restores".into()))?;
        let mut selected = self.step.entries.select(toc, toc.body);
        if let Some(r) = self.resumed {
            selected.retain(|e| !r.done.contains(e));
        }
        let ctx = Ctx {
            run: self,
            toc,
            target,
            marker,
            bytes,
            rename: TransformOptions {
                rename: self.step.options.rename.clone(),
                ..Default::default()
            },
        };
        for phase in schedule::phases(toc, &selected, self.shape) {
            match phase {
                Phase::Serial(items) => {
                    for it in &items {
                        ctx.run_item(&mut first, it)?;
                    }
                }
                Phase::Parallel(items) => {
                    first = ctx.parallel(first, items)?;
                }
            }
        }
        first.session.close().map_err(|e| from_session(e, None))?;
        self.journal_note(|j| j.complete(file))
    }

    /// Records progress in the journal, if there is one.
    fn journal_note(&self, f: impl FnOnce(&Journal) -> anyhow::Result<()>) -> Result<(), Failure> {
        match self.journal {
            Some(j) => f(j).map_err(|e| plain(format!("{e:#}"))),
            None => Ok(()),
        }
    }

    /// What every session into the target database runs first.
    fn session_options(&self, s: &mut Session) -> io::Result<()> {
        if self.disable_triggers {
            s.write_all(b"SET session_replication_role = replica;\n")?;
        }
        Ok(())
    }

    /// Runs the part up to its body through the rewriter on the first session.
    fn prefix(
        &self,
        w: &mut Worker,
        body: u64,
        bytes: &AtomicU64,
    ) -> Result<TransformReport, Failure> {
        let reader = self
            .archive
            .open_part_at(self.step.part, 0)
            .map_err(|e| plain(format!("{e:#}")))?;
        let mut input = reader.take(body);
        let report = transform(
            self.step.kind,
            &mut input,
            &mut w.session,
            &self.step.options,
        );
        bytes.fetch_add(body, Ordering::Relaxed);
        match report {
            Ok(r) => {
                w.session
                    .sync(self.cancel)
                    .map_err(|e| from_session(e, None))?;
                Ok(r)
            }
            Err(e) if is_broken_pipe(&e) => Err(from_session(w.session.failed(None), None)),
            Err(e) => Err(from_session(w.session.abort(format!("{e:#}")), None)),
        }
    }
}

struct Ctx<'a> {
    run: &'a TocStep<'a>,
    toc: &'a Toc,
    /// The database the body runs in (renamed, if asked).
    target: Vec<u8>,
    marker: String,
    bytes: &'a AtomicU64,
    rename: TransformOptions,
}

impl Ctx<'_> {
    /// Runs the items of a parallel phase on the first session and on as
    /// many more as the pool lends, returning the first session.
    fn parallel(&self, first: Worker, items: Vec<Item>) -> Result<Worker, Failure> {
        let total = items.len();
        let state = (Mutex::new(Dispatcher::new(items)), Condvar::new());
        let failures = Mutex::new(Vec::new());
        let first = std::thread::scope(|s| {
            let lead = s.spawn(|| self.work(first, &state, &failures));
            let mut helpers = 0;
            while !lead.is_finished() {
                let waiting = state.0.lock().unwrap().waiting();
                if waiting > 0 && helpers + 1 < total && self.run.pool.try_acquire() {
                    helpers += 1;
                    s.spawn(|| {
                        self.helper(&state, &failures);
                        self.run.pool.release();
                    });
                }
                let guard = state.0.lock().unwrap();
                let _ = state.1.wait_timeout(guard, Duration::from_millis(20));
            }
            lead.join().ok().flatten()
        });
        let mut failures = failures.into_inner().unwrap();
        if !failures.is_empty() {
            let more = failures.len() - 1;
            let mut f = failures.swap_remove(0);
            if more > 0 {
                f.message.push_str(&format!(
                    "\n(and {more} more entries failed on other sessions)"
                ));
            }
            return Err(f);
        }
        first.ok_or_else(|| plain("the first session was lost".into()))
    }

    /// A session of its own for the rest of a phase.
    fn helper(&self, state: &(Mutex<Dispatcher>, Condvar), failures: &Mutex<Vec<Failure>>) {
        let psql = self.run.conn.psql_command(Some(&self.target));
        match Session::start(psql, &self.marker) {
            Ok(mut session) => {
                if let Err(e) = self.run.session_options(&mut session) {
                    failures
                        .lock()
                        .unwrap()
                        .push(from_session(session.failed(Some(e)), None));
                    return;
                }
                let w = Worker {
                    session,
                    setup: None,
                    cursor: None,
                };
                if let Some(w) = self.work(w, state, failures) {
                    if let Err(e) = w.session.close() {
                        failures.lock().unwrap().push(from_session(e, None));
                    }
                }
            }
            Err(e) => failures
                .lock()
                .unwrap()
                .push(plain(format!("cannot start another psql: {e}"))),
        }
    }

    /// Takes items until none is left; `None` if the session broke.
    fn work(
        &self,
        mut w: Worker,
        state: &(Mutex<Dispatcher>, Condvar),
        failures: &Mutex<Vec<Failure>>,
    ) -> Option<Worker> {
        loop {
            let next = {
                let mut d = state.0.lock().unwrap();
                loop {
                    if let Some(n) = d.take_next() {
                        break Some(n);
                    }
                    if d.waiting() == 0 || self.run.cancel.load(Ordering::Relaxed) {
                        break None;
                    }
                    d = state
                        .1
                        .wait_timeout(d, Duration::from_millis(50))
                        .unwrap()
                        .0;
                }
            };
            let Some((at, item)) = next else {
                state.1.notify_all();
                return Some(w);
            };
            let result = self.run_item(&mut w, &item);
            state.0.lock().unwrap().finished(at, item.stage);
            state.1.notify_all();
            if let Err(f) = result {
                failures.lock().unwrap().push(f);
                return None;
            }
        }
    }

    /// Runs one item on `w` and waits until psql has run it.
    fn run_item(&self, w: &mut Worker, item: &Item) -> Result<(), Failure> {
        let mut starts = Vec::with_capacity(item.entries.len());
        let file = &self.run.archive.manifest.parts[self.run.step.part].file;
        if item.transaction {
            w.session
                .write_all(b"BEGIN;\n")
                .map_err(|e| from_session(w.session.failed(Some(e)), None))?;
            if let Some(j) = self.run.journal {
                // Known before the COMMIT is sent, so a resume can ask the server.
                let xid = w
                    .session
                    .xid(self.run.cancel)
                    .map_err(|e| from_session(e, None))?;
                j.pending(file, &item.entries, xid)
                    .map_err(|e| from_session(w.session.abort(format!("{e:#}")), None))?;
            }
        }
        let fed = (|| -> io::Result<()> {
            for &e in &item.entries {
                let entry = &self.toc.entries[e];
                if w.setup != Some(entry.setup) {
                    for stmt in &self.toc.setups[entry.setup] {
                        w.session.write_all(&hex_decode(stmt).unwrap_or_default())?;
                        w.session.write_all(b"\n")?;
                    }
                    w.setup = Some(entry.setup);
                }
                starts.push((w.session.lines + 1, e));
                self.copy_range(w, entry.start, entry.end)?;
                if entry.sets {
                    w.setup = None;
                }
            }
            if item.transaction {
                w.session.write_all(b"COMMIT;\n")?;
            }
            Ok(())
        })();
        let synced = match fed {
            Ok(()) => w.session.sync(self.run.cancel),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(w.session.failed(Some(e))),
            Err(e) => Err(w.session.abort(format!("{e:#}"))),
        };
        synced.map_err(|e| from_session(e, Some((self.toc, &starts))))?;
        self.run.journal_note(|j| j.done(file, &item.entries))
    }

    /// Writes the part's bytes `[start, end)` to the session.
    fn copy_range(&self, w: &mut Worker, start: u64, end: u64) -> io::Result<()> {
        let reuse =
            matches!(&w.cursor, Some((pos, _)) if *pos <= start && start - pos <= SKIP_AHEAD);
        if !reuse {
            let r = self
                .run
                .archive
                .open_part_at(self.run.step.part, start)
                .map_err(io::Error::other)?;
            w.cursor = Some((start, r));
        }
        let (pos, reader) = w.cursor.as_mut().expect("opened above");
        if *pos < start {
            io::copy(&mut reader.take(start - *pos), &mut io::sink())?;
        }
        // Every entry starts with its header comment: anything else means
        // the table of contents does not describe this part.
        let mut head = [0u8; 2];
        let n = (end - start).min(2) as usize;
        reader.read_exact(&mut head[..n])?;
        if head[..n] != b"--"[..n] {
            return Err(io::Error::other(format!(
                "{}: byte {start} does not start a table-of-contents entry: the manifest does not describe this part",
                self.run.archive.manifest.parts[self.run.step.part].file
            )));
        }
        let mut input = (&head[..n]).chain(reader.take(end - start - n as u64));
        if self.rename.rename.is_some() {
            transform(self.run.step.kind, &mut input, &mut w.session, &self.rename)
                .map_err(io::Error::other)?;
        } else {
            io::copy(&mut input, &mut w.session)?;
        }
        *pos = end;
        let total = self.bytes.fetch_add(end - start, Ordering::Relaxed) + end - start;
        self.run.observer.progress(self.run.step, total);
        Ok(())
    }
}

fn plain(message: String) -> Failure {
    Failure {
        message,
        line: None,
        cancelled: false,
    }
}

/// A session's error, naming the entry psql's line falls in.
fn from_session(e: SessionError, entries: Option<(&Toc, &[(u64, usize)])>) -> Failure {
    let mut message = e.message;
    let mut line = e.line;
    if let (Some(l), Some((toc, starts))) = (e.line, entries) {
        if let Some(&(first, i)) = starts.iter().rev().find(|(s, _)| *s <= l) {
            let entry = &toc.entries[i];
            let schema = entry
                .schema
                .as_deref()
                .map(|s| format!("{s}."))
                .unwrap_or_default();
            message = format!(
                "TOC entry {} ({} {schema}{}), line {} of the entry: {message}",
                i + 1,
                entry.kind,
                entry.name,
                l - first + 1
            );
            line = Some(l - first + 1);
        }
    }
    Failure {
        message,
        line,
        cancelled: e.cancelled,
    }
}

/// A marker no dump can print: 128 random bits.
fn marker() -> String {
    let mut b = [0u8; 16];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut b));
    if ok.is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        b = blake3::hash(format!("{t:?}{}", std::process::id()).as_bytes()).as_bytes()[..16]
            .try_into()
            .expect("16 bytes");
    }
    format!("pgseal-sync-{}", crate::archive::format::hex_encode(&b))
}
