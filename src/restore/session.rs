//! One psql session fed piece by piece: the restore writes SQL to its
//! standard input and learns that everything before a point has run when
//! psql prints a marker the restore asked for (`SELECT 'marker'`, which a
//! `\restrict`ed session still runs). psql's output is read all along on a
//! thread of its own, so a dump that prints much can never stall it.

use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

use super::run::psql_error;

/// A line of psql's output the restore asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Sync(u64),
    Xid(u64),
}

/// Why a session stopped.
#[derive(Debug, Clone)]
pub struct SessionError {
    /// psql's message, or what went wrong around it.
    pub message: String,
    /// The line psql reported, counted over everything this session was fed.
    pub line: Option<u64>,
    /// The session was killed on request, not by an error.
    pub cancelled: bool,
}

/// A running psql, fed on its standard input.
pub struct Session {
    child: Child,
    stdin: Option<BufWriter<ChildStdin>>,
    marks: mpsc::Receiver<Mark>,
    stderr: Option<JoinHandle<Vec<u8>>>,
    marker: String,
    seq: u64,
    /// Line breaks written so far.
    pub lines: u64,
    /// Bytes written so far.
    pub bytes: u64,
}

impl Session {
    /// Starts `psql` (a command from [`super::ConnOptions::psql_command`]).
    /// `marker` must be unguessable by the dump's author.
    pub fn start(mut psql: Command, marker: &str) -> io::Result<Session> {
        let mut child = psql
            .args(["-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-f", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr = child.stderr.take().expect("piped stderr");
        let stdin = child.stdin.take().expect("piped stdin");
        let (tx, marks) = mpsc::channel();
        let prefix = format!("{marker} ").into_bytes();
        thread::spawn(move || watch(stdout, &prefix, tx));
        let stderr = thread::spawn(move || read_bounded(stderr));
        Ok(Session {
            child,
            stdin: Some(BufWriter::with_capacity(256 << 10, stdin)),
            marks,
            stderr: Some(stderr),
            marker: marker.to_string(),
            seq: 0,
            lines: 0,
            bytes: 0,
        })
    }

    /// Waits until psql has run everything written so far.
    pub fn sync(&mut self, cancel: &AtomicBool) -> Result<(), SessionError> {
        self.seq += 1;
        let (marker, seq) = (self.marker.clone(), self.seq);
        self.ask(&format!("SELECT '{marker} {seq}';\n"), cancel, |m| {
            (m == Mark::Sync(seq)).then_some(())
        })
    }

    /// Waits for the id of the transaction just begun (after `BEGIN`).
    pub fn xid(&mut self, cancel: &AtomicBool) -> Result<u64, SessionError> {
        let stmt = format!("SELECT '{} xid ' || txid_current();\n", self.marker);
        self.ask(&stmt, cancel, |m| match m {
            Mark::Xid(x) => Some(x),
            Mark::Sync(_) => None,
        })
    }

    /// Sends `stmt` and waits for the mark `answer` accepts, while psql
    /// lives and the restore is not cancelled.
    fn ask<T>(
        &mut self,
        stmt: &str,
        cancel: &AtomicBool,
        answer: impl Fn(Mark) -> Option<T>,
    ) -> Result<T, SessionError> {
        if let Err(e) = self.write_all(stmt.as_bytes()).and_then(|()| self.flush()) {
            return Err(self.failed(Some(e)));
        }
        loop {
            match self.marks.recv_timeout(Duration::from_millis(50)) {
                Ok(m) => {
                    if let Some(t) = answer(m) {
                        return Ok(t);
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) if cancel.load(Ordering::Relaxed) => {
                    let _ = self.child.kill();
                    return Err(SessionError {
                        message: "cancelled".into(),
                        line: None,
                        cancelled: true,
                    });
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err(self.failed(None)),
            }
        }
    }

    /// psql stopped: what it said, or what broke on the way to it.
    pub fn failed(&mut self, io: Option<io::Error>) -> SessionError {
        self.stdin = None;
        let status = self.child.wait();
        let stderr = self
            .stderr
            .take()
            .and_then(|h| h.join().ok())
            .unwrap_or_default();
        let (msg, line) = psql_error(&stderr);
        let message = msg.unwrap_or_else(|| match (io, status) {
            (Some(e), _) if e.kind() != io::ErrorKind::BrokenPipe => {
                format!("cannot feed psql: {e}")
            }
            (_, Ok(st)) => format!("psql stopped ({st})"),
            (_, Err(e)) => format!("cannot wait for psql: {e}"),
        });
        SessionError {
            message,
            line,
            cancelled: false,
        }
    }

    /// Feeding psql failed on this side (a damaged part, a bad range): psql
    /// is killed before its input closes, so it never runs a partial tail.
    pub fn abort(&mut self, why: String) -> SessionError {
        let _ = self.child.kill();
        self.stdin = None;
        let _ = self.child.wait();
        SessionError {
            message: why,
            line: None,
            cancelled: false,
        }
    }

    /// Ends the input and waits for psql to exit.
    pub fn close(mut self) -> Result<(), SessionError> {
        if let Some(mut w) = self.stdin.take() {
            if let Err(e) = w.flush() {
                return Err(self.failed(Some(e)));
            }
        }
        match self.child.wait() {
            Ok(st) if st.success() => Ok(()),
            _ => Err(self.failed(None)),
        }
    }

    /// Stops psql at once, running nothing more of its input.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Write for Session {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let w = self
            .stdin
            .as_mut()
            .ok_or_else(|| io::Error::from(io::ErrorKind::BrokenPipe))?;
        let n = w.write(buf)?;
        self.lines += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.stdin.as_mut() {
            Some(w) => w.flush(),
            None => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.stdin.is_some() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Reads psql's output, passing on the markers' numbers; the channel closes
/// when psql's output ends.
fn watch(stdout: impl Read, prefix: &[u8], tx: mpsc::Sender<Mark>) {
    let mut r = BufReader::with_capacity(64 << 10, stdout);
    let mut line = Vec::new();
    loop {
        line.clear();
        match r.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let Some(rest) = line.strip_prefix(prefix) else {
            continue;
        };
        let rest = rest.trim_ascii_end();
        let (mark, num): (fn(u64) -> Mark, &[u8]) = match rest.strip_prefix(b"xid ") {
            Some(x) => (Mark::Xid, x),
            None => (Mark::Sync, rest),
        };
        let num = std::str::from_utf8(num).ok().and_then(|s| s.parse().ok());
        if let Some(n) = num {
            if tx.send(mark(n)).is_err() {
                return;
            }
        }
    }
}

/// psql's stderr, at most 1 MiB of it (a restore can print many notices).
pub fn read_bounded(mut stderr: impl Read) -> Vec<u8> {
    const LIMIT: usize = 1 << 20;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match stderr.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if buf.len() < LIMIT {
                    buf.extend_from_slice(&chunk[..n.min(LIMIT - buf.len())]);
                }
            }
        }
    }
    buf
}
