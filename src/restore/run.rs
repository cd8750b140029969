//! Runs a [`Plan`]: one psql per part, the part decrypted in a thread and
//! streamed through the transform into psql's standard input, so no
//! plaintext ever touches the disk. The globals go first, alone; then the
//! databases, up to `jobs` at a time, largest first.

use std::collections::VecDeque;
use std::io::{self, BufWriter, Read, Write};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::conn::ConnOptions;
use super::journal::Journal;
use super::plan::{Action, Plan, Step};
use super::schedule::Shape;
use super::session::read_bounded;
use super::toc_run::TocStep;
use super::transform::{transform, TransformReport};
use crate::archive::format::Toc;
use crate::archive::Archive;

/// How the part went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Every statement ran and committed.
    Ok,
    /// psql reported an error, or the part could not be fed to it.
    Failed,
    /// Stopped by `--fail-fast` after another part failed.
    Cancelled,
    /// Never started (the globals failed, or `--fail-fast`).
    NotRun,
}

/// The result of one step.
#[derive(Debug, Clone)]
pub struct PartOutcome {
    /// Index into [`Plan::steps`].
    pub step: usize,
    /// How it went.
    pub status: Status,
    /// Plaintext bytes sent to psql.
    pub bytes: u64,
    /// Wall-clock time of the step.
    pub seconds: f64,
    /// psql's error message (or why the part could not be fed to psql).
    pub error: Option<String>,
    /// The line psql reported the error at, in the part as sent to psql.
    pub line: Option<u64>,
    /// What the rewrite changed; `None` if it did not run.
    pub report: Option<TransformReport>,
}

impl PartOutcome {
    /// Step `step` with `status`, before anything is known of it.
    pub fn new(step: usize, status: Status) -> PartOutcome {
        PartOutcome {
            step,
            status,
            bytes: 0,
            seconds: 0.0,
            error: None,
            line: None,
            report: None,
        }
    }
}

/// What a restore did, step by step.
#[derive(Debug, Clone)]
pub struct RestoreReport {
    /// One per plan step, in plan order.
    pub outcomes: Vec<PartOutcome>,
    /// Wall-clock time of the whole restore.
    pub seconds: f64,
}

impl RestoreReport {
    /// Every step ran and committed.
    pub fn ok(&self) -> bool {
        self.outcomes.iter().all(|o| o.status == Status::Ok)
    }
    /// Steps that did not finish well (failed, cancelled or not run).
    pub fn failed(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| o.status != Status::Ok)
            .count()
    }
}

/// Receives events from the worker threads (progress display, log lines).
pub trait Observer: Sync {
    /// A note on what is happening (drill phases).
    fn message(&self, _msg: &str) {}
    /// The plan is about to run.
    fn planned(&self, _plan: &Plan) {}
    /// A step is starting.
    fn started(&self, _step: &Step) {}
    /// `bytes` of the part's plaintext have been read so far.
    fn progress(&self, _step: &Step, _bytes: u64) {}
    /// A step ended, however it went.
    fn finished(&self, _step: &Step, _outcome: &PartOutcome) {}
}

/// An observer that does nothing.
pub struct Silent;
impl Observer for Silent {}

/// How a plan runs.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Connections to the target at once, over all databases.
    pub jobs: usize,
    /// Stop everything at the first failure.
    pub fail_fast: bool,
    /// Table-of-contents entries per transaction; 0: every statement commits
    /// alone, as with `psql -f`.
    pub transaction_size: usize,
    /// Restore every database on one session, ignoring tables of contents.
    pub single_session: bool,
    /// Load with triggers and foreign-key checks off (`--disable-triggers`).
    pub disable_triggers: bool,
    /// Record what commits (`--journal`, `--resume`).
    pub journal: Option<std::sync::Arc<Journal>>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            jobs: 1,
            fail_fast: false,
            transaction_size: DEFAULT_TRANSACTION_SIZE,
            single_session: false,
            disable_triggers: false,
            journal: None,
        }
    }
}

/// Entries per transaction unless told otherwise: enough that commits stop
/// mattering, few enough for the default lock table.
pub const DEFAULT_TRANSACTION_SIZE: usize = 100;

/// Connections not in use by any step, lent to a database restoring in
/// parallel.
pub struct Pool {
    free: Mutex<usize>,
}

impl Pool {
    /// A pool of `free` connections.
    pub fn new(free: usize) -> Pool {
        Pool {
            free: Mutex::new(free),
        }
    }

    /// Takes a connection if one is free; never waits.
    pub fn try_acquire(&self) -> bool {
        let mut f = self.free.lock().unwrap();
        if *f == 0 {
            return false;
        }
        *f -= 1;
        true
    }

    /// Gives a connection back.
    pub fn release(&self) {
        *self.free.lock().unwrap() += 1;
    }
}

/// Runs every step of `plan` (which must have no refusals).
pub fn execute(
    archive: &Archive,
    plan: &Plan,
    conn: &ConnOptions,
    opts: &RunOptions,
    observer: &dyn Observer,
) -> RestoreReport {
    observer.planned(plan);
    let started = Instant::now();
    let cancel = AtomicBool::new(false);
    let mut outcomes: Vec<Option<PartOutcome>> = vec![None; plan.steps.len()];
    let not_run = |step: usize| PartOutcome::new(step, Status::NotRun);

    // The globals first, alone: the databases need their roles. Then the
    // parts that drop and create template1 or the maintenance database,
    // alone too. Then the rest, in parallel.
    let mut queue: VecDeque<usize> = VecDeque::new();
    for (i, s) in plan.steps.iter().enumerate() {
        if !s.exclusive {
            queue.push_back(i);
            continue;
        }
        if cancel.load(Ordering::SeqCst) {
            continue;
        }
        observer.started(s);
        let pool = Pool::new(opts.jobs.max(1) - 1);
        let o = run_step(archive, i, s, conn, &cancel, observer, &pool, opts);
        observer.finished(s, &o);
        if o.status != Status::Ok && (s.action == Action::Globals || opts.fail_fast) {
            cancel.store(true, Ordering::SeqCst);
        }
        outcomes[i] = Some(o);
    }

    let queue = Mutex::new(queue);
    let results = Mutex::new(Vec::new());
    let jobs = opts.jobs.max(1).min(queue.lock().unwrap().len().max(1));
    // Each thread holds one connection; what is left, and what a thread
    // gives back when no part is left for it, goes to parts restoring in
    // parallel.
    let pool = Pool::new(opts.jobs.max(1) - jobs);
    thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                if cancel.load(Ordering::SeqCst) {
                    return;
                }
                let Some(i) = queue.lock().unwrap().pop_front() else {
                    pool.release();
                    return;
                };
                let step = &plan.steps[i];
                observer.started(step);
                let o = run_step(archive, i, step, conn, &cancel, observer, &pool, opts);
                observer.finished(step, &o);
                if o.status == Status::Failed && opts.fail_fast {
                    cancel.store(true, Ordering::SeqCst);
                }
                results.lock().unwrap().push(o);
            });
        }
    });
    for o in results.into_inner().unwrap() {
        let i = o.step;
        outcomes[i] = Some(o);
    }
    RestoreReport {
        outcomes: outcomes
            .into_iter()
            .enumerate()
            .map(|(i, o)| o.unwrap_or_else(|| not_run(i)))
            .collect(),
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// Counts plaintext bytes for the progress display and stops feeding when
/// the restore is cancelled.
struct Feed<'a, R> {
    inner: R,
    bytes: u64,
    step: &'a Step,
    observer: &'a dyn Observer,
    cancel: &'a AtomicBool,
    last_report: Instant,
}

impl<R: Read> Read for Feed<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(io::Error::new(io::ErrorKind::Interrupted, Cancelled));
        }
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        if n == 0 || self.last_report.elapsed() >= Duration::from_millis(50) {
            self.observer.progress(self.step, self.bytes);
            self.last_report = Instant::now();
        }
        Ok(n)
    }
}

#[derive(Debug)]
struct Cancelled;
impl std::fmt::Display for Cancelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cancelled")
    }
}
impl std::error::Error for Cancelled {}

fn is_cancel(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<Cancelled>().is_some()
            || c.downcast_ref::<io::Error>()
                .and_then(|io| io.get_ref())
                .is_some_and(|inner| inner.is::<Cancelled>())
    })
}

pub(super) fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Runs one part: from its table of contents when it has a usable one,
/// else through one psql.
#[allow(clippy::too_many_arguments)]
fn run_step(
    archive: &Archive,
    index: usize,
    step: &Step,
    conn: &ConnOptions,
    cancel: &AtomicBool,
    observer: &dyn Observer,
    pool: &Pool,
    opts: &RunOptions,
) -> PartOutcome {
    let toc = archive.manifest.parts[step.part].usable_toc();
    // A selection of entries needs the table of contents even when nothing
    // else would use it: the whole part must never run in its place.
    let filtered = !step.entries.is_all();
    let parallel = |t: &Toc| !opts.single_session && t.body < t.entries.len();
    if let Some(toc) = toc.filter(|t| filtered || parallel(t)) {
        let run = TocStep {
            archive,
            index,
            step,
            conn,
            cancel,
            observer,
            pool,
            shape: Shape {
                jobs: if opts.single_session {
                    1
                } else {
                    opts.jobs.max(1)
                },
                transaction_size: opts.transaction_size,
            },
            disable_triggers: opts.disable_triggers,
            journal: opts.journal.as_deref(),
            resumed: step.resumed.as_ref(),
        };
        return run.run(toc);
    }
    let file = &archive.manifest.parts[step.part].file;
    if let Some(j) = &opts.journal {
        if let Err(e) = j.started(file) {
            return failed_before_start(index, format!("{e:#}"));
        }
    }
    let mut o = run_whole(archive, index, step, conn, cancel, observer);
    if let (Some(j), Status::Ok) = (&opts.journal, o.status) {
        if let Err(e) = j.complete(file) {
            o.status = Status::Failed;
            o.error = Some(format!("{e:#}"));
        }
    }
    o
}

fn failed_before_start(step: usize, error: String) -> PartOutcome {
    PartOutcome {
        error: Some(error),
        ..PartOutcome::new(step, Status::Failed)
    }
}

/// Runs one part through one psql.
fn run_whole(
    archive: &Archive,
    index: usize,
    step: &Step,
    conn: &ConnOptions,
    cancel: &AtomicBool,
    observer: &dyn Observer,
) -> PartOutcome {
    let started = Instant::now();
    let mut outcome = PartOutcome::new(index, Status::Failed);
    let finish = |mut o: PartOutcome| {
        o.seconds = started.elapsed().as_secs_f64();
        o
    };
    if cancel.load(Ordering::SeqCst) {
        outcome.status = Status::NotRun;
        return finish(outcome);
    }
    // The sealed file's hash is checked before psql sees any of it.
    let mut reader = match archive.open_part(step.part) {
        Ok(r) => r,
        Err(e) => {
            outcome.error = Some(format!("{e:#}"));
            return finish(outcome);
        }
    };
    let mut child = match conn
        .psql_command(step.connect_to.as_deref())
        .args(["-q", "-v", "ON_ERROR_STOP=1", "-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            outcome.error = Some(format!("cannot run {}: {e}", conn.psql.display()));
            return finish(outcome);
        }
    };
    let stderr = child.stderr.take().expect("piped stderr");
    let stderr_thread = thread::spawn(move || read_bounded(stderr));
    let stdin = child.stdin.take().expect("piped stdin");

    let mut out = BufWriter::with_capacity(256 << 10, stdin);
    let transformed = {
        let mut feed = Feed {
            inner: &mut reader,
            bytes: 0,
            step,
            observer,
            cancel,
            last_report: Instant::now(),
        };
        let r = transform(step.kind, &mut feed, &mut out, &step.options)
            .and_then(|report| out.flush().map(|()| report).map_err(Into::into));
        outcome.bytes = feed.bytes;
        r
    };
    // psql's stdin stays open until the plaintext checks out: at end of
    // input psql runs whatever is left in its buffer.
    let fed = transformed.and_then(|report| {
        archive.finish_part(step.part, reader)?;
        Ok(report)
    });
    let fed = match fed {
        Ok(report) => Ok(report),
        Err(e) if is_broken_pipe(&e) => Err(None), // psql stopped: its stderr says why
        Err(e) => {
            // Never let psql run a partial tail: kill it before closing its input.
            let _ = child.kill();
            Err(Some(e))
        }
    };
    drop(out);
    let status = wait_cancellable(&mut child, cancel);
    let stderr = stderr_thread.join().unwrap_or_default();
    match (fed, status) {
        (Ok(report), Ok(st)) if st.success() => {
            outcome.status = Status::Ok;
            outcome.report = Some(report);
        }
        (Err(Some(e)), _) if is_cancel(&e) => {
            outcome.status = Status::Cancelled;
            outcome.error = Some("cancelled after another part failed (--fail-fast)".into());
        }
        (Err(Some(e)), _) => {
            outcome.error = Some(format!("{e:#}"));
        }
        (_, Err(WaitError::Cancelled)) => {
            outcome.status = Status::Cancelled;
            outcome.error = Some("cancelled after another part failed (--fail-fast)".into());
        }
        (_, st) => {
            let (msg, line) = psql_error(&stderr);
            outcome.line = line;
            outcome.error = Some(msg.unwrap_or_else(|| match st {
                Ok(st) => format!("psql failed ({st})"),
                Err(WaitError::Io(e)) => format!("cannot wait for psql: {e}"),
                Err(WaitError::Cancelled) => "cancelled".into(),
            }));
        }
    }
    finish(outcome)
}

enum WaitError {
    Cancelled,
    Io(io::Error),
}

fn wait_cancellable(
    child: &mut Child,
    cancel: &AtomicBool,
) -> std::result::Result<std::process::ExitStatus, WaitError> {
    loop {
        match child.try_wait() {
            Ok(Some(st)) => return Ok(st),
            Ok(None) => {}
            Err(e) => return Err(WaitError::Io(e)),
        }
        if cancel.load(Ordering::Relaxed) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(WaitError::Cancelled);
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// The first error psql printed, with its detail lines, and its line
/// number: `psql:<stdin>:123: ERROR:  ...` gives `(ERROR:  ..., 123)`.
pub fn psql_error(stderr: &[u8]) -> (Option<String>, Option<u64>) {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text.lines().collect();
    let is_error = |l: &str| {
        l.contains("ERROR:")
            || l.contains("FATAL:")
            || l.contains("PANIC:")
            || l.starts_with("psql: error:")
            || l.contains(": error: ")
    };
    let Some(start) = lines.iter().position(|l| is_error(l)) else {
        let last = lines.iter().rev().find(|l| !l.trim().is_empty());
        return (last.map(|l| l.to_string()), None);
    };
    let (line_no, first) = strip_location(lines[start]);
    let mut msg = first.to_string();
    for l in lines[start + 1..].iter().take(8) {
        if l.starts_with("psql:") {
            break;
        }
        msg.push('\n');
        msg.push_str(l);
    }
    (Some(msg), line_no)
}

/// `psql:<stdin>:123: ERROR: x` -> (Some(123), "ERROR: x").
fn strip_location(l: &str) -> (Option<u64>, &str) {
    if let Some(rest) = l.strip_prefix("psql:<stdin>:") {
        if let Some((num, msg)) = rest.split_once(": ") {
            if let Ok(n) = num.parse() {
                return (Some(n), msg);
            }
        }
    }
    (None, l)
}

/// For callers that want a one-line error.
pub fn one_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_lines() {
        let e = b"NOTICE:  something\npsql:<stdin>:42: ERROR:  relation \"x\" does not exist\nLINE 1: SELECT * FROM x;\n                      ^\n";
        let (msg, line) = psql_error(e);
        assert_eq!(line, Some(42));
        assert!(msg
            .unwrap()
            .starts_with("ERROR:  relation \"x\" does not exist\nLINE 1"));
        let e = b"psql: error: connection to server on socket \"/x/.s.PGSQL.1\" failed: No such file or directory\n";
        let (msg, line) = psql_error(e);
        assert_eq!(line, None);
        assert!(msg.unwrap().starts_with("psql: error: connection"));
    }
}
