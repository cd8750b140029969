//! A push lexer that sees a plain-SQL script the way psql does.
//!
//! Bytes go in with [`Scanner::feed`], in chunks of any size; events come out
//! through a callback, with absolute byte offsets. It does no I/O and keeps
//! a bounded amount of state, so it can be fuzzed and tested on its own.
//!
//! The rules follow psql's own lexer (`src/fe_utils/psqlscan.l`): quoted
//! strings (standard and `E''`, with `''` doubling and quote continuation
//! across newlines), dollar quotes, quoted identifiers, nested `/* */`
//! comments, `--` comments, parenthesis and `BEGIN ... END` depth for
//! SQL-standard function bodies, backslash meta-commands, and the raw
//! `COPY ... FROM stdin` data that psql passes through up to the `\.` line.
//! Text that only looks like a meta-command or a comment inside any of those
//! is data, and produces no event.

mod batch;
mod record;
mod settings;

use std::convert::Infallible;

pub use batch::EventBatch;
use memchr::memmem::Finder;
use memchr::{memchr, memchr2, memrchr};
pub use record::{check_events, first_difference, scan_all, scan_all_byte_by_byte, OwnedEvent};
pub use settings::meta_name;
use settings::{standard_strings_setting, unsafe_meta_encoding, unsafe_sql_encoding};

/// Statement text kept for classification; the rest of a statement is only lexed.
pub const HEAD_CAP: usize = 4096;
/// Meta-command and comment-line text kept for the events.
pub const LINE_CAP: usize = 64 * 1024;
/// Longest dollar-quote tag accepted before the input is declared hostile.
pub const TAG_CAP: usize = 1024;

/// Sends an event unless the sink has already asked to stop.
macro_rules! send {
    ($self:ident, $sink:ident, $ev:expr) => {
        if !$self.stopped {
            let go = $sink($ev);
            $self.stopped = !go;
        }
    };
}

/// A sink for [`Scanner::feed`] and [`Scanner::finish`] that never stops
/// the scanner: `let Ok(()) = scanner.feed(chunk, &mut always(|ev| ...));`.
pub fn always<F: FnMut(Event<'_>)>(mut f: F) -> impl FnMut(Event<'_>) -> Result<(), Infallible> {
    move |ev| {
        f(ev);
        Ok(())
    }
}

/// Whether to go on after the sink's answer, keeping its error.
fn keep_going<E>(answer: Result<(), E>, failed: &mut Option<E>) -> bool {
    match answer {
        Ok(()) => true,
        Err(e) => {
            *failed = Some(e);
            false
        }
    }
}

/// Something psql would act on, or something the caller must know about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// A `--` comment line starting at column 0 while no statement is pending.
    /// `text` is the line without its line break (and without a trailing `\r`).
    CommentLine {
        /// Offset of the first `-`.
        start: u64,
        /// Just past the line break, or the end of the input.
        end: u64,
        /// The line, up to [`LINE_CAP`] bytes.
        text: &'a [u8],
    },
    /// A backslash command, from the backslash to the end of its line.
    Meta {
        /// Offset of the backslash.
        start: u64,
        /// Just past the line break, or the end of the input.
        end: u64,
        /// The line, up to [`LINE_CAP`] bytes.
        text: &'a [u8],
        /// psql's query buffer was not empty.
        in_statement: bool,
    },
    /// An SQL statement psql would send, from its first byte to its terminator.
    Statement {
        /// Offset of the statement's first byte (after leading white space).
        start: u64,
        /// Just past the `;`, or where the `\g`-like command that sent it begins.
        end: u64,
        /// The first [`HEAD_CAP`] bytes of the statement.
        head: &'a [u8],
        /// The statement is longer than `head`.
        truncated: bool,
        /// psql reads `COPY ... FROM stdin` data from the following lines.
        copy_from_stdin: bool,
        /// For `INSERT ... VALUES (...), (...)`: how many rows it inserts.
        values_rows: u64,
        /// Where the statement's last three identifiers (words or quoted
        /// names) begin; its start if it has fewer. A token boundary psql
        /// would agree with, so the statement's tail can be tokenized
        /// alone: `OWNER TO name;`, `TO grantee;`.
        tail: u64,
    },
    /// Raw COPY data, including the terminating `\.` line when present.
    CopyData {
        /// Just past the COPY statement's line.
        start: u64,
        /// Just past the `\.` line, or the end of the input.
        end: u64,
        /// Data lines, not counting the `\.` line.
        rows: u64,
        /// The `\.` line was read; false if the input ended first.
        terminated: bool,
    },
    /// Input psql would read in a way no splitter can follow safely.
    Anomaly {
        /// Where the construct begins.
        offset: u64,
        /// What psql would do there, for the error message.
        what: &'static str,
    },
}

impl<'a> Event<'a> {
    /// The event with its text (a line, a statement's head) swapped for
    /// `text`, and the text it had; events without text are kept as they are.
    pub fn with_text<'b>(self, text: &'b [u8]) -> (Event<'b>, &'a [u8]) {
        match self {
            Event::CommentLine {
                start,
                end,
                text: t,
            } => (Event::CommentLine { start, end, text }, t),
            Event::Meta {
                start,
                end,
                text: t,
                in_statement,
            } => (
                Event::Meta {
                    start,
                    end,
                    text,
                    in_statement,
                },
                t,
            ),
            Event::Statement {
                start,
                end,
                head,
                truncated,
                copy_from_stdin,
                values_rows,
                tail,
            } => (
                Event::Statement {
                    start,
                    end,
                    head: text,
                    truncated,
                    copy_from_stdin,
                    values_rows,
                    tail,
                },
                head,
            ),
            Event::CopyData {
                start,
                end,
                rows,
                terminated,
            } => (
                Event::CopyData {
                    start,
                    end,
                    rows,
                    terminated,
                },
                &[],
            ),
            Event::Anomaly { offset, what } => (Event::Anomaly { offset, what }, &[]),
        }
    }
}

/// A line the input stopped in before its line break. psql would still run
/// it, but the rest of it may be missing: `\connect foo` may have been
/// `\connect foobar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CutLine<'a> {
    /// Offset of the line's first byte.
    pub start: u64,
    /// What of the line was read (up to [`LINE_CAP`] bytes).
    pub text: &'a [u8],
    /// A backslash command; otherwise a `--` comment line.
    pub meta: bool,
}

/// Where the input ended, for completeness checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndState {
    /// `None` when the input ended between statements; otherwise the kind of
    /// construct left open and the offset where it began.
    pub open: Option<(&'static str, u64)>,
    /// Bytes read in all.
    pub len: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    /// Saw `-` in Normal: a second `-` starts a comment.
    Dash,
    /// Saw `/` in Normal: a `*` starts a block comment.
    Slash,
    /// Saw `\` in Normal: `;` and `:` are literal, anything else is a meta-command.
    Backslash,
    LineComment,
    BlockComment,
    /// Inside '...': `escapes` for E'' (and all strings without
    /// standard_conforming_strings); `doubles` when `''` stays in the string.
    Quote {
        escapes: bool,
        doubles: bool,
    },
    QuoteBackslash,
    /// After a closing quote: `''`, or whitespace with a newline then `'`,
    /// continue the same string.
    QuoteEnd {
        escapes: bool,
        doubles: bool,
        ws: bool,
        nl: bool,
        comment: bool,
        dash: bool,
    },
    Ident,
    IdentEnd,
    DollarOpen,
    Dollar {
        matched: Option<usize>,
    },
    Meta,
    /// Rest of the line after a `COPY ... FROM stdin;` terminator.
    CopyRest,
    /// `probe` counts bytes of `\.` / `\.\r` matched at the start of a line;
    /// `None` means we are in the middle of a line.
    CopyData {
        probe: Option<u8>,
    },
}

/// Bytes of the input kept for one event, starting at `start`.
#[derive(Debug, Default, Clone)]
struct Capture {
    start: u64,
    buf: Vec<u8>,
    cap: usize,
    active: bool,
}

impl Capture {
    fn begin(&mut self, start: u64, cap: usize) {
        self.start = start;
        self.cap = cap;
        self.buf.clear();
        self.active = true;
    }

    /// Copy what the chunk holds of `[start, min(upto, start + cap))`.
    fn fill(&mut self, chunk: &[u8], base: u64, upto: u64) {
        if !self.active {
            return;
        }
        let from = self.start + self.buf.len() as u64;
        let hi = upto
            .min(self.start + self.cap as u64)
            .min(base + chunk.len() as u64);
        let lo = from.max(base);
        if lo < hi {
            self.buf
                .extend_from_slice(&chunk[(lo - base) as usize..(hi - base) as usize]);
        }
    }

    fn truncated(&self, end: u64) -> bool {
        end - self.start > self.buf.len() as u64
    }
}

/// Which words the statement began with, as psql's lexer tracks them.
#[derive(Debug, Default, Clone, Copy)]
struct Words {
    count: u32,
    /// First letters of create/function/procedure/or/replace in positions 0..4.
    initials: [u8; 4],
    copy: bool,
    after_from: bool,
    copy_from_stdin: bool,
    insert: bool,
    after_default: bool,
    /// Past the top-level VALUES keyword of an INSERT.
    in_values: bool,
    values_rows: u64,
    /// Where the last three identifiers began, oldest first, and how many
    /// there were.
    idents: [u64; 3],
    ident_count: u32,
}

impl Words {
    /// Inside `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, from the first words.
    fn in_routine(&self) -> bool {
        let i = self.initials;
        i[0] == b'c'
            && (i[1] == b'f'
                || i[1] == b'p'
                || (i[1] == b'o' && i[2] == b'r' && (i[3] == b'f' || i[3] == b'p')))
    }

    /// The statement is known to be none of those whose words the scanner
    /// follows (a routine, COPY, INSERT): the rest of its words only count
    /// as identifiers.
    fn plain(&self) -> bool {
        let i = self.initials;
        let settled = self.count >= 4
            || (self.count >= 1 && i[0] != b'c')
            || (self.count >= 2 && i[1] != b'o');
        settled && !self.copy && !self.insert && !self.in_routine()
    }
}

/// A line break followed by `\.`: where COPY data may end.
fn copy_end() -> &'static Finder<'static> {
    static FINDER: std::sync::LazyLock<Finder<'static>> =
        std::sync::LazyLock::new(|| Finder::new(b"\n\\."));
    &FINDER
}

/// The psql-faithful lexer. See the module docs.
#[derive(Debug, Clone)]
pub struct Scanner {
    mode: Mode,
    /// The sink asked to stop: nothing more is lexed or sent.
    stopped: bool,
    /// Absolute offset of the next byte to be fed.
    pos: u64,
    at_line_start: bool,
    std_strings: bool,
    paren_depth: u32,
    begin_depth: u32,
    in_statement: bool,
    stmt_start: u64,
    /// Where the construct in `mode` began, for end-of-input messages.
    mode_start: u64,
    block_depth: u32,
    block_prev: u8,
    /// Current unquoted word, lowercased, up to 16 bytes; `word_len` counts all of it.
    word: [u8; 16],
    word_len: usize,
    in_number: bool,
    /// The previous token was the lone word `u` followed by `&`.
    u_amp: bool,
    words: Words,
    tag: Vec<u8>,
    copy_pending: bool,
    copy_rest_reported: bool,
    copy_start: u64,
    copy_rows: u64,
    line_is_comment: bool,
    line_start: u64,
    dash_at_line_start: bool,
    stmt_cap: Capture,
    line_cap: Capture,
    /// Ordinary statement text goes through [`Scanner::skip_plain`].
    skip_plain: bool,
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// Whether `b` may stand in a dollar-quote tag (`$tag$`), as its first
/// byte if `first`: psql's identifier bytes, a digit only after the first.
pub(crate) fn dollar_tag_byte(b: u8, first: bool) -> bool {
    is_ident_start(b) || (b.is_ascii_digit() && !first)
}

fn is_ident_cont(b: u8) -> bool {
    IDENT_CONT[b as usize]
}

/// Bytes that continue an identifier, as a table: words are most of the
/// bytes of DDL, and their runs are skipped in a tight loop.
static IDENT_CONT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80;
        b += 1;
    }
    t
};

/// How [`Scanner::skip_plain`] sees a byte.
const C_OTHER: u8 = 0;
const C_SPACE: u8 = 1;
const C_IDENT: u8 = 2;
const C_DIGIT: u8 = 3;
const C_OPEN: u8 = 4;
const C_CLOSE: u8 = 5;
/// Needs the full lexer: quotes, comments, `$`, `;`, `\\`.
const C_STOP: u8 = 6;

static CLASS: [u8; 256] = {
    let mut t = [C_OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' => C_SPACE,
            b'0'..=b'9' => C_DIGIT,
            b'(' => C_OPEN,
            b')' => C_CLOSE,
            b';' | b'\'' | b'"' | b'$' | b'\\' | b'-' | b'/' => C_STOP,
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => C_IDENT,
            _ => C_OTHER,
        };
        b += 1;
    }
    t
};

/// A captured line without its line break (`\n` or `\r\n`).
fn without_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

impl Scanner {
    /// A scanner at the start of an input, with `standard_conforming_strings` on.
    pub fn new() -> Self {
        Scanner {
            mode: Mode::Normal,
            pos: 0,
            at_line_start: true,
            std_strings: true,
            paren_depth: 0,
            begin_depth: 0,
            in_statement: false,
            stmt_start: 0,
            mode_start: 0,
            block_depth: 0,
            block_prev: 0,
            word: [0; 16],
            word_len: 0,
            in_number: false,
            u_amp: false,
            words: Words::default(),
            tag: Vec::new(),
            copy_pending: false,
            copy_rest_reported: false,
            copy_start: 0,
            copy_rows: 0,
            line_is_comment: false,
            line_start: 0,
            dash_at_line_start: false,
            stmt_cap: Capture::default(),
            line_cap: Capture::default(),
            stopped: false,
            skip_plain: true,
        }
    }

    /// A scanner that lexes every byte the slow way, without the shortcut
    /// over ordinary statement text: the reference the tests and the fuzz
    /// target compare the fast one with.
    #[doc(hidden)]
    pub fn byte_by_byte() -> Self {
        Scanner {
            skip_plain: false,
            ..Scanner::new()
        }
    }

    /// Bytes fed so far.
    pub fn offset(&self) -> u64 {
        self.pos
    }

    /// Start of the statement, meta-command or comment line still being
    /// read: the earliest byte whose meaning is not yet known.
    pub fn pending_start(&self) -> Option<u64> {
        let line = match self.mode {
            Mode::Meta => Some(self.line_cap.start),
            Mode::Backslash => Some(self.pos - 1),
            Mode::LineComment if self.line_is_comment => Some(self.line_start),
            Mode::Dash if self.dash_at_line_start => Some(self.pos - 1),
            _ => None,
        };
        let stmt = self.in_statement.then_some(self.stmt_start);
        match (line, stmt) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The meta-command or top-level comment line the input has stopped in,
    /// if no line break has ended it yet.
    pub fn cut_line(&self) -> Option<CutLine<'_>> {
        let (start, text, meta) = match self.mode {
            Mode::Meta => (self.line_cap.start, &self.line_cap.buf[..], true),
            Mode::Backslash => (self.pos - 1, &b"\\"[..], true),
            Mode::LineComment if self.line_is_comment => {
                (self.line_start, &self.line_cap.buf[..], false)
            }
            Mode::Dash if self.dash_at_line_start && !self.in_statement => {
                (self.pos - 1, &b"-"[..], false)
            }
            _ => return None,
        };
        Some(CutLine { start, text, meta })
    }

    /// Whether psql would read `'...'` with standard_conforming_strings on.
    pub fn standard_conforming_strings(&self) -> bool {
        self.std_strings
    }

    /// Lex one more chunk of input. The sink may stop the scanner by
    /// returning an error, which `feed` returns; a stopped scanner must not
    /// be fed again (its state is where the error left it).
    pub fn feed<E, F>(&mut self, chunk: &[u8], sink: &mut F) -> Result<(), E>
    where
        F: FnMut(Event<'_>) -> Result<(), E>,
    {
        let mut failed = None;
        self.lex(chunk, &mut |ev| keep_going(sink(ev), &mut failed));
        failed.map_or(Ok(()), Err)
    }

    fn lex<F: FnMut(Event<'_>) -> bool>(&mut self, chunk: &[u8], sink: &mut F) {
        let base = self.pos;
        let mut i = 0usize;
        while i < chunk.len() && !self.stopped {
            i = self.step(chunk, base, i, sink);
        }
        self.pos = base + chunk.len() as u64;
        let end = self.pos;
        if self.in_statement {
            self.stmt_cap.fill(chunk, base, end);
        }
        self.line_cap.fill(chunk, base, end);
    }

    /// Declare the end of input: flushes what psql would still act on and
    /// reports whether the input ended cleanly, or the sink's error.
    pub fn finish<E, F>(&mut self, sink: &mut F) -> Result<EndState, E>
    where
        F: FnMut(Event<'_>) -> Result<(), E>,
    {
        let mut failed = None;
        let end = self.end(&mut |ev| keep_going(sink(ev), &mut failed));
        failed.map_or(Ok(end), Err)
    }

    fn end<F: FnMut(Event<'_>) -> bool>(&mut self, sink: &mut F) -> EndState {
        let end = self.pos;
        let mut open = None;
        match self.mode {
            Mode::Dash => self.start_statement_with(end - 1, b"-"),
            Mode::Normal | Mode::Slash | Mode::IdentEnd | Mode::QuoteEnd { .. } => {
                self.end_word();
            }
            Mode::LineComment => {
                if self.line_is_comment {
                    self.emit_comment_line(end, sink);
                }
            }
            Mode::Backslash | Mode::Meta => {
                if self.mode == Mode::Backslash {
                    self.line_cap.begin(end - 1, LINE_CAP);
                    self.line_cap.buf.push(b'\\');
                }
                self.emit_meta(end, sink);
                self.mode = Mode::Normal;
            }
            Mode::BlockComment => open = Some(("a /* comment */", self.mode_start)),
            Mode::Quote { .. } | Mode::QuoteBackslash => {
                open = Some(("a quoted string", self.mode_start))
            }
            Mode::Ident => open = Some(("a quoted identifier", self.mode_start)),
            Mode::DollarOpen => self.end_word(),
            Mode::Dollar { .. } => open = Some(("a dollar-quoted string", self.mode_start)),
            Mode::CopyRest | Mode::CopyData { .. } => {
                if self.mode == Mode::CopyRest {
                    // The input ended on the COPY statement's own line: the
                    // data would have started here.
                    self.copy_start = end;
                    self.copy_rows = 0;
                }
                send!(
                    self,
                    sink,
                    Event::CopyData {
                        start: self.copy_start,
                        end,
                        rows: self.copy_rows,
                        terminated: false,
                    }
                );
                open = Some(("COPY data with no \\. terminator", self.copy_start));
            }
        }
        if open.is_none() && self.in_statement {
            open = Some(("a statement with no terminating semicolon", self.stmt_start));
        }
        EndState { open, len: end }
    }

    fn start_statement(&mut self, at: u64) {
        if !self.in_statement {
            self.in_statement = true;
            self.stmt_start = at;
            self.stmt_cap.begin(at, HEAD_CAP);
            self.words = Words::default();
        }
    }

    /// Like [`Self::start_statement`] for a statement whose first bytes
    /// (`prefix`) may lie in the previous chunk.
    fn start_statement_with(&mut self, at: u64, prefix: &[u8]) {
        if !self.in_statement {
            self.start_statement(at);
            self.stmt_cap.buf.extend_from_slice(prefix);
        }
    }

    /// A `--` comment begins at `at`; `prefix` is what of it lies in an
    /// earlier chunk. Only a comment at column 0 outside a statement is a
    /// comment line psql discards; others are part of a statement.
    fn begin_line_comment(&mut self, at: u64, line_start: bool, prefix: &[u8]) {
        self.mode = Mode::LineComment;
        self.mode_start = at;
        self.line_is_comment = line_start && !self.in_statement;
        if self.line_is_comment {
            self.line_start = at;
            self.line_cap.begin(at, LINE_CAP);
            self.line_cap.buf.extend_from_slice(prefix);
        }
    }

    fn end_word(&mut self) {
        if self.word_len > 0 && !self.in_number {
            self.on_identifier();
        }
        self.word_len = 0;
        self.in_number = false;
    }

    /// psql's identifier bookkeeping: BEGIN/CASE/END depth inside
    /// `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, plus `COPY ... FROM stdin`.
    fn on_identifier(&mut self) {
        let n = self.word_len.min(16);
        let w = &self.word[..n];
        let long = self.word_len > 16;
        let ws = &mut self.words;
        let idx = ws.count as usize;
        if !long
            && idx < 4
            && matches!(
                w,
                b"create" | b"function" | b"procedure" | b"or" | b"replace"
            )
        {
            ws.initials[idx] = w[0];
        }
        if idx == 0 && w == b"copy" && !long {
            ws.copy = true;
        }
        if idx == 0 && w == b"insert" && !long {
            ws.insert = true;
        }
        if ws.insert && self.paren_depth == 0 && !long {
            if w == b"values" {
                if ws.after_default {
                    // INSERT ... DEFAULT VALUES: one row, no list.
                    ws.values_rows = 1;
                } else {
                    ws.in_values = true;
                }
            }
            ws.after_default = w == b"default";
        }
        ws.count += 1;
        if ws.in_routine() && self.paren_depth == 0 && !long {
            match w {
                b"begin" => self.begin_depth += 1,
                b"case" if self.begin_depth >= 1 => self.begin_depth += 1,
                b"end" if self.begin_depth > 0 => self.begin_depth -= 1,
                _ => {}
            }
        }
        if ws.copy && self.paren_depth == 0 && !long {
            if ws.after_from && w == b"stdin" {
                ws.copy_from_stdin = true;
            }
            ws.after_from = w == b"from";
        }
    }

    /// A byte that is neither part of a word nor whitespace ends the word and
    /// breaks any `FROM STDIN` adjacency.
    fn token_break(&mut self) {
        self.end_word();
        self.words.after_from = false;
    }

    fn emit_comment_line<F: FnMut(Event<'_>) -> bool>(&mut self, end: u64, sink: &mut F) {
        let text = without_eol(&self.line_cap.buf);
        send!(
            self,
            sink,
            Event::CommentLine {
                start: self.line_start,
                end,
                text,
            }
        );
        self.line_cap.active = false;
        self.line_is_comment = false;
    }

    fn emit_meta<F: FnMut(Event<'_>) -> bool>(&mut self, end: u64, sink: &mut F) {
        let start = self.line_cap.start;
        let in_statement = self.in_statement;
        let name = meta_name(without_eol(&self.line_cap.buf));
        let sends_buffer =
            in_statement && matches!(name, b"g" | b"gx" | b"gset" | b"gexec" | b"gdesc");
        let resets_buffer = matches!(name, b"r" | b"reset");
        if sends_buffer {
            self.emit_statement(start, sink);
        }
        if self.line_cap.truncated(end) {
            send!(
                self,
                sink,
                Event::Anomaly {
                    offset: start,
                    what: "backslash command longer than 64 KiB",
                }
            );
        }
        let text = without_eol(&self.line_cap.buf);
        if let Some(what) = unsafe_meta_encoding(text) {
            send!(
                self,
                sink,
                Event::Anomaly {
                    offset: start,
                    what,
                }
            );
        }
        send!(
            self,
            sink,
            Event::Meta {
                start,
                end,
                text,
                in_statement,
            }
        );
        self.line_cap.active = false;
        if resets_buffer && self.in_statement {
            self.in_statement = false;
            self.paren_depth = 0;
            self.begin_depth = 0;
        }
    }

    fn emit_statement<F: FnMut(Event<'_>) -> bool>(&mut self, end: u64, sink: &mut F) {
        self.end_word();
        let head: &[u8] = &self.stmt_cap.buf;
        let truncated = self.stmt_cap.truncated(end);
        let copy_from_stdin = self.words.copy_from_stdin;
        let values_rows = self.words.values_rows;
        let tail = if self.words.ident_count >= 3 {
            self.words.idents[0]
        } else {
            self.stmt_start
        };
        if let Some(on) = standard_strings_setting(head) {
            self.std_strings = on;
        }
        if let Some(what) = unsafe_sql_encoding(head) {
            send!(
                self,
                sink,
                Event::Anomaly {
                    offset: self.stmt_start,
                    what,
                }
            );
        }
        send!(
            self,
            sink,
            Event::Statement {
                start: self.stmt_start,
                end,
                head,
                truncated,
                copy_from_stdin,
                values_rows,
                tail,
            }
        );
        self.stmt_cap.active = false;
        self.in_statement = false;
        self.paren_depth = 0;
        self.begin_depth = 0;
        self.words = Words::default();
        self.copy_pending = copy_from_stdin;
    }

    /// Process input from `chunk[i]`; returns the index of the next unprocessed byte.
    fn step<F: FnMut(Event<'_>) -> bool>(
        &mut self,
        chunk: &[u8],
        base: u64,
        i: usize,
        sink: &mut F,
    ) -> usize {
        let at = base + i as u64;
        let b = chunk[i];
        match self.mode {
            Mode::Normal => self.normal(chunk, base, i, sink),
            Mode::Dash => {
                if b == b'-' {
                    self.begin_line_comment(at - 1, self.dash_at_line_start, b"-");
                    i + 1
                } else {
                    // A minus operator: it starts a statement in psql's buffer.
                    self.start_statement_with(at - 1, b"-");
                    self.token_break();
                    self.mode = Mode::Normal;
                    i
                }
            }
            Mode::Slash => {
                if b == b'*' {
                    self.mode = Mode::BlockComment;
                    self.mode_start = at - 1;
                    self.block_depth = 1;
                    self.block_prev = 0;
                    i + 1
                } else {
                    self.mode = Mode::Normal;
                    i
                }
            }
            Mode::Backslash => {
                if b == b';' || b == b':' {
                    // `\;` and `\:` put a literal character in the query buffer.
                    self.start_statement_with(at - 1, b"\\");
                    if b == b';' {
                        self.words = Words::default();
                    }
                    self.mode = Mode::Normal;
                    i + 1
                } else {
                    self.mode = Mode::Meta;
                    self.line_cap.begin(at - 1, LINE_CAP);
                    // The backslash may belong to the previous chunk.
                    self.line_cap.buf.push(b'\\');
                    self.line_cap.start = at - 1;
                    self.meta(chunk, base, i, sink)
                }
            }
            Mode::Meta => self.meta(chunk, base, i, sink),
            Mode::LineComment => match memchr(b'\n', &chunk[i..]) {
                Some(n) => {
                    let end = at + n as u64 + 1;
                    if self.line_is_comment {
                        self.line_cap.fill(chunk, base, end);
                        self.emit_comment_line(end, sink);
                    }
                    self.mode = Mode::Normal;
                    self.at_line_start = true;
                    i + n + 1
                }
                None => chunk.len(),
            },
            Mode::BlockComment => self.block_comment(chunk, i),
            Mode::Quote { escapes, doubles } => {
                let rest = &chunk[i..];
                let hit = if escapes {
                    memchr2(b'\'', b'\\', rest)
                } else {
                    memchr(b'\'', rest)
                };
                match hit {
                    Some(n) if rest[n] == b'\\' => {
                        self.mode = Mode::QuoteBackslash;
                        i + n + 1
                    }
                    Some(n) => {
                        self.mode = Mode::QuoteEnd {
                            escapes,
                            doubles,
                            ws: false,
                            nl: false,
                            comment: false,
                            dash: false,
                        };
                        i + n + 1
                    }
                    None => chunk.len(),
                }
            }
            Mode::QuoteBackslash => {
                self.mode = Mode::Quote {
                    escapes: true,
                    doubles: true,
                };
                i + 1
            }
            Mode::QuoteEnd {
                escapes,
                doubles,
                ws,
                nl,
                comment,
                dash,
            } => self.quote_end(b, i, escapes, doubles, ws, nl, comment, dash),
            Mode::Ident => match memchr(b'"', &chunk[i..]) {
                Some(n) => {
                    self.mode = Mode::IdentEnd;
                    i + n + 1
                }
                None => chunk.len(),
            },
            Mode::IdentEnd => {
                if b == b'"' {
                    self.mode = Mode::Ident;
                    i + 1
                } else {
                    self.mode = Mode::Normal;
                    i
                }
            }
            Mode::DollarOpen => {
                if b == b'$' {
                    self.mode = Mode::Dollar { matched: None };
                    i + 1
                } else if dollar_tag_byte(b, self.tag.is_empty()) {
                    if self.tag.len() >= TAG_CAP {
                        send!(
                            self,
                            sink,
                            Event::Anomaly {
                                offset: self.mode_start,
                                what: "dollar-quote tag longer than 1 KiB",
                            }
                        );
                        self.mode = Mode::Normal;
                        return i;
                    }
                    self.tag.push(b);
                    i + 1
                } else {
                    // Not a dollar quote: psql keeps the `$` and lexes the
                    // tag as an ordinary word.
                    self.mode = Mode::Normal;
                    if !self.tag.is_empty() {
                        self.word_len = 0;
                        self.in_number = false;
                        let tag = std::mem::take(&mut self.tag);
                        for &c in &tag {
                            self.push_word_byte(c);
                        }
                        self.tag = tag;
                        self.end_word();
                    }
                    i
                }
            }
            Mode::Dollar { matched } => self.dollar(chunk, i, matched),
            Mode::CopyRest => {
                let n = memchr(b'\n', &chunk[i..]);
                let line = &chunk[i..i + n.unwrap_or(chunk.len() - i)];
                // One anomaly per line, at its first stray byte, however the
                // line is cut into chunks.
                if !self.copy_rest_reported {
                    if let Some(k) = line.iter().position(|&c| !is_space(c)) {
                        self.copy_rest_reported = true;
                        send!(
                            self,
                            sink,
                            Event::Anomaly {
                                offset: at + k as u64,
                                what: "text after a COPY ... FROM stdin statement on the same line",
                            }
                        );
                    }
                }
                match n {
                    Some(n) => {
                        self.mode = Mode::CopyData { probe: Some(0) };
                        self.copy_start = at + n as u64 + 1;
                        self.copy_rows = 0;
                        i + n + 1
                    }
                    None => chunk.len(),
                }
            }
            Mode::CopyData { probe } => self.copy_data(chunk, base, i, probe, sink),
        }
    }

    /// An identifier (word or quoted name) begins at `at`.
    fn note_ident(&mut self, at: u64) {
        let w = &mut self.words;
        w.idents = [w.idents[1], w.idents[2], at];
        w.ident_count = w.ident_count.saturating_add(1);
    }

    fn push_word_byte(&mut self, b: u8) {
        if self.word_len < 16 {
            self.word[self.word_len] = b.to_ascii_lowercase();
        }
        self.word_len += 1;
    }

    /// Adds the run of identifier bytes at the start of `bytes` to the
    /// current word; returns its length. Only the first 16 bytes of a word
    /// are kept: no keyword the scanner looks for is longer.
    fn push_word_run(&mut self, bytes: &[u8]) -> usize {
        let run = bytes
            .iter()
            .position(|&c| !is_ident_cont(c))
            .unwrap_or(bytes.len());
        let keep = run.min(16usize.saturating_sub(self.word_len));
        let from = self.word_len.min(16);
        for (slot, c) in self.word[from..].iter_mut().zip(&bytes[..keep]) {
            *slot = c.to_ascii_lowercase();
        }
        self.word_len += run;
        run
    }

    #[allow(clippy::too_many_arguments)]
    fn quote_end(
        &mut self,
        b: u8,
        i: usize,
        escapes: bool,
        doubles: bool,
        ws: bool,
        nl: bool,
        comment: bool,
        dash: bool,
    ) -> usize {
        let cont = |ws, nl, comment, dash| Mode::QuoteEnd {
            escapes,
            doubles,
            ws,
            nl,
            comment,
            dash,
        };
        if comment {
            if b == b'\n' || b == b'\r' {
                self.mode = cont(true, true, false, false);
            }
            return i + 1;
        }
        if dash {
            if b == b'-' {
                self.mode = cont(true, nl, true, false);
                return i + 1;
            }
            // A lone `-` after the string: an operator; the string is over.
            self.mode = Mode::Normal;
            self.token_break();
            return i;
        }
        match b {
            b'\'' if !ws && doubles => {
                self.mode = Mode::Quote { escapes, doubles };
                i + 1
            }
            b'\'' if nl => {
                self.mode = Mode::Quote { escapes, doubles };
                i + 1
            }
            b' ' | b'\t' | b'\x0c' => {
                self.mode = cont(true, nl, false, false);
                i + 1
            }
            b'\n' | b'\r' => {
                self.mode = cont(true, true, false, false);
                i + 1
            }
            b'\x0b' if nl => i + 1,
            b'-' => {
                self.mode = cont(ws, nl, false, true);
                i + 1
            }
            _ => {
                // No continuation: psql rescans everything after the quote
                // as ordinary text, which is whitespace and comments only.
                self.mode = Mode::Normal;
                self.token_break();
                i
            }
        }
    }

    fn block_comment(&mut self, chunk: &[u8], mut i: usize) -> usize {
        while i < chunk.len() {
            if self.block_prev == 0 {
                match memchr2(b'*', b'/', &chunk[i..]) {
                    Some(n) => i += n,
                    None => return chunk.len(),
                }
            }
            let b = chunk[i];
            i += 1;
            if self.block_prev == b'/' && b == b'*' {
                self.block_depth += 1;
                self.block_prev = 0;
            } else if self.block_prev == b'*' && b == b'/' {
                self.block_depth -= 1;
                self.block_prev = 0;
                if self.block_depth == 0 {
                    self.mode = Mode::Normal;
                    return i;
                }
            } else {
                self.block_prev = if b == b'*' || b == b'/' { b } else { 0 };
            }
        }
        i
    }

    fn dollar(&mut self, chunk: &[u8], mut i: usize, mut matched: Option<usize>) -> usize {
        while i < chunk.len() {
            match matched {
                None => match memchr(b'$', &chunk[i..]) {
                    Some(n) => {
                        i += n + 1;
                        matched = Some(0);
                    }
                    None => {
                        self.mode = Mode::Dollar { matched: None };
                        return chunk.len();
                    }
                },
                Some(k) => {
                    let b = chunk[i];
                    if k == self.tag.len() {
                        if b == b'$' {
                            self.mode = Mode::Normal;
                            self.tag.clear();
                            return i + 1;
                        }
                        matched = None;
                        i += 1;
                    } else if b == self.tag[k] {
                        matched = Some(k + 1);
                        i += 1;
                    } else if b == b'$' {
                        matched = Some(0);
                        i += 1;
                    } else {
                        matched = None;
                        i += 1;
                    }
                }
            }
        }
        self.mode = Mode::Dollar { matched };
        i
    }

    fn meta<F: FnMut(Event<'_>) -> bool>(
        &mut self,
        chunk: &[u8],
        base: u64,
        i: usize,
        sink: &mut F,
    ) -> usize {
        match memchr(b'\n', &chunk[i..]) {
            Some(n) => {
                let end = base + (i + n + 1) as u64;
                self.line_cap.fill(chunk, base, end);
                self.emit_meta(end, sink);
                self.mode = Mode::Normal;
                self.at_line_start = true;
                i + n + 1
            }
            None => chunk.len(),
        }
    }

    fn copy_data<F: FnMut(Event<'_>) -> bool>(
        &mut self,
        chunk: &[u8],
        base: u64,
        mut i: usize,
        mut probe: Option<u8>,
        sink: &mut F,
    ) -> usize {
        while i < chunk.len() {
            // Rows go by in bulk: jump to the next line that starts with
            // `\.`, the only kind that can end the data, counting the rows
            // passed over.
            if probe.is_none() || (probe == Some(0) && chunk[i] != b'\\') {
                let rest = &chunk[i..];
                let skip = match copy_end().find(rest) {
                    Some(p) => Some(p + 1),
                    None => memrchr(b'\n', rest).map(|p| p + 1),
                };
                if let Some(n) = skip {
                    self.copy_rows += memchr::memchr_iter(b'\n', &rest[..n]).count() as u64;
                    i += n;
                    probe = Some(0);
                    continue;
                }
            }
            match probe {
                None => match memchr(b'\n', &chunk[i..]) {
                    Some(n) => {
                        self.copy_rows += 1;
                        i += n + 1;
                        probe = Some(0);
                    }
                    None => {
                        self.mode = Mode::CopyData { probe: None };
                        return chunk.len();
                    }
                },
                Some(k) => {
                    let b = chunk[i];
                    let expect: &[u8] = b"\\.\r";
                    if b == b'\n' && (k == 2 || k == 3) {
                        let end = base + i as u64 + 1;
                        send!(
                            self,
                            sink,
                            Event::CopyData {
                                start: self.copy_start,
                                end,
                                rows: self.copy_rows,
                                terminated: true,
                            }
                        );
                        self.mode = Mode::Normal;
                        self.at_line_start = true;
                        return i + 1;
                    }
                    if (k as usize) < expect.len() && b == expect[k as usize] {
                        probe = Some(k + 1);
                        i += 1;
                    } else if b == b'\n' {
                        self.copy_rows += 1;
                        probe = Some(0);
                        i += 1;
                    } else {
                        probe = None;
                        i += 1;
                    }
                }
            }
        }
        self.mode = Mode::CopyData { probe };
        i
    }

    /// The INITIAL state of psql's lexer over the text of a statement whose
    /// words need only counting ([`Words::plain`]), between words: whole
    /// words, numbers, whitespace and brackets go by in one tight loop, as
    /// [`Self::normal`] would take them. Stops at the first byte that needs
    /// [`Self::normal`] (quotes, comments, `;`, a word that may be a string
    /// prefix or run on into the next chunk) and returns its index.
    fn skip_plain(&mut self, chunk: &[u8], base: u64, from: usize) -> usize {
        let mut i = from;
        while let Some(&b) = chunk.get(i) {
            match CLASS[b as usize] {
                C_SPACE => i += 1,
                C_IDENT => {
                    let run = 1 + chunk[i + 1..]
                        .iter()
                        .position(|&c| !is_ident_cont(c))
                        .unwrap_or(chunk.len() - i - 1);
                    let Some(&next) = chunk.get(i + run) else {
                        break;
                    };
                    let lone = b.to_ascii_lowercase();
                    if run == 1
                        && ((next == b'\'' && matches!(lone, b'e' | b'b' | b'x' | b'n'))
                            || (next == b'&' && lone == b'u'))
                    {
                        break;
                    }
                    self.note_ident(base + i as u64);
                    self.words.count += 1;
                    i += run;
                }
                C_DIGIT => {
                    let run = 1 + chunk[i + 1..]
                        .iter()
                        .position(|&c| !(is_ident_cont(c) || c == b'.'))
                        .unwrap_or(chunk.len() - i - 1);
                    if i + run == chunk.len() {
                        break;
                    }
                    i += run;
                }
                C_OPEN => {
                    self.paren_depth += 1;
                    i += 1;
                }
                C_CLOSE => {
                    self.paren_depth = self.paren_depth.saturating_sub(1);
                    i += 1;
                }
                C_OTHER => i += 1,
                _ => break,
            }
        }
        if i > from {
            self.at_line_start = chunk[i - 1] == b'\n';
        }
        i
    }

    /// The INITIAL state of psql's lexer.
    fn normal<F: FnMut(Event<'_>) -> bool>(
        &mut self,
        chunk: &[u8],
        base: u64,
        mut i: usize,
        sink: &mut F,
    ) -> usize {
        while i < chunk.len() {
            if self.word_len == 0
                && self.in_statement
                && !self.u_amp
                && self.skip_plain
                && self.words.plain()
            {
                i = self.skip_plain(chunk, base, i);
                if i == chunk.len() {
                    break;
                }
            }
            let b = chunk[i];
            let at = base + i as u64;
            // Words (identifiers and numbers) are the common case.
            if self.word_len > 0 {
                if !self.in_number && is_ident_cont(b) {
                    i += self.push_word_run(&chunk[i..]);
                    continue;
                }
                if is_ident_cont(b) || (self.in_number && b == b'.') {
                    self.push_word_byte(b);
                    i += 1;
                    continue;
                }
                if b == b'\''
                    && !self.in_number
                    && self.word_len == 1
                    && matches!(self.word[0], b'e' | b'b' | b'x' | b'n')
                {
                    // E'', B'', X'' and N'' prefixes are not identifiers.
                    let kind = self.word[0];
                    self.word_len = 0;
                    self.mode_start = at - 1;
                    self.mode = match kind {
                        b'e' => Mode::Quote {
                            escapes: true,
                            doubles: true,
                        },
                        b'b' | b'x' => Mode::Quote {
                            escapes: false,
                            doubles: false,
                        },
                        _ => Mode::Quote {
                            escapes: !self.std_strings,
                            doubles: true,
                        },
                    };
                    return i + 1;
                }
                let lone_u = self.word_len == 1 && self.word[0] == b'u' && !self.in_number;
                self.end_word();
                if lone_u && b == b'&' {
                    self.u_amp = true;
                    self.at_line_start = false;
                    i += 1;
                    continue;
                }
            }
            let u_amp = std::mem::replace(&mut self.u_amp, false);
            match b {
                b'\n' => {
                    self.at_line_start = true;
                    i += 1;
                    continue;
                }
                b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' => {
                    self.at_line_start = false;
                    i += 1;
                    continue;
                }
                b'-' => {
                    let line_start = std::mem::replace(&mut self.at_line_start, false);
                    match chunk.get(i + 1) {
                        Some(b'-') => {
                            self.begin_line_comment(at, line_start, b"");
                            return i + 2;
                        }
                        Some(_) => {
                            self.start_statement(at);
                            self.token_break();
                            i += 1;
                            continue;
                        }
                        None => {
                            self.dash_at_line_start = line_start;
                            self.mode = Mode::Dash;
                            return i + 1;
                        }
                    }
                }
                _ => {}
            }
            self.at_line_start = false;
            match b {
                b'/' => {
                    self.start_statement(at);
                    self.token_break();
                    self.mode = Mode::Slash;
                    return i + 1;
                }
                b'\\' => {
                    self.token_break();
                    if self.in_statement {
                        // The command is not part of the statement's text:
                        // keep the head as it stands.
                        self.stmt_cap.fill(chunk, base, at);
                        self.stmt_cap.cap = self.stmt_cap.buf.len();
                    }
                    self.mode = Mode::Backslash;
                    return i + 1;
                }
                b'\'' => {
                    self.start_statement(at);
                    self.token_break();
                    self.mode_start = at;
                    self.mode = if u_amp {
                        Mode::Quote {
                            escapes: false,
                            doubles: true,
                        }
                    } else {
                        Mode::Quote {
                            escapes: !self.std_strings,
                            doubles: true,
                        }
                    };
                    return i + 1;
                }
                b'"' => {
                    self.start_statement(at);
                    self.token_break();
                    self.note_ident(at);
                    self.mode_start = at;
                    self.mode = Mode::Ident;
                    return i + 1;
                }
                b'$' => {
                    self.start_statement(at);
                    self.token_break();
                    self.tag.clear();
                    self.mode_start = at;
                    self.mode = Mode::DollarOpen;
                    return i + 1;
                }
                b'(' => {
                    self.start_statement(at);
                    self.token_break();
                    if self.paren_depth == 0 && self.words.in_values {
                        self.words.values_rows += 1;
                    }
                    self.paren_depth += 1;
                }
                b')' => {
                    self.start_statement(at);
                    self.token_break();
                    self.paren_depth = self.paren_depth.saturating_sub(1);
                }
                b';' => {
                    self.start_statement(at);
                    self.token_break();
                    if self.paren_depth == 0 && self.begin_depth == 0 {
                        let end = at + 1;
                        self.stmt_cap.fill(chunk, base, end);
                        self.emit_statement(end, sink);
                        if self.copy_pending {
                            self.copy_pending = false;
                            self.mode = Mode::CopyRest;
                            self.copy_rest_reported = false;
                            return i + 1;
                        }
                    }
                }
                _ if is_ident_start(b) => {
                    self.start_statement(at);
                    self.note_ident(at);
                    self.in_number = false;
                    self.push_word_byte(b);
                }
                _ if b.is_ascii_digit() => {
                    self.start_statement(at);
                    self.in_number = true;
                    self.push_word_byte(b);
                }
                _ => {
                    self.start_statement(at);
                    self.token_break();
                }
            }
            i += 1;
        }
        i
    }
}

#[cfg(test)]
mod tests;
