//! Decides where a pg_dumpall stream changes database and routes every
//! input byte to exactly one part.
//!
//! Part 0 holds the globals (roles, tablespaces, settings); each later part
//! holds one database section. A section starts where psql's view of the
//! stream moves to another database:
//!
//! * PostgreSQL 11 and later open each section with a `-- Database "x" dump`
//!   comment block, *before* the section's `CREATE DATABASE` and `\connect`;
//!   the cut goes at the start of that comment block. The name comes from the
//!   section's `CREATE DATABASE` or `\connect`, never from the comment.
//! * Older versions have no such comment; a section starts at the `\connect`
//!   that moves to a new database (with an `\encoding` line just before it).
//!
//! Statements in the globals area that name a database (`DROP DATABASE` of
//! `--clean` dumps, and the `CREATE`/`ALTER`/`GRANT ... ON DATABASE` of older
//! versions) travel with that database's part, so restoring the globals alone
//! never drops or half-creates a database. The archive records where they
//! came from, so the original stream is still rebuilt byte for byte.
//!
//! Bytes are held back only while their destination is undecided (the
//! statement or comment block in progress), so memory stays bounded.

use foldhash::{HashMap, HashSet};
use std::collections::hash_map::Entry;
use std::io;

use thiserror::Error;

use crate::meta::{self, Meta};
use crate::quote::show_name;
use crate::scanner::{CutLine, EndState, Event, Scanner};
use crate::statement::{self, DbAction, Statement};
use crate::toc::{Toc, TocWorker};

pub(crate) mod memory;
use crate::held::{Window, HOLD_CAP};
pub use memory::{split_in_memory, MemorySink};

/// Receives the bytes of each part, in order.
pub trait PartSink {
    /// Starts part `index`; each index is opened once.
    fn open_part(&mut self, index: usize) -> io::Result<()>;
    /// Appends to part `index`, which is open.
    fn write(&mut self, index: usize, bytes: &[u8]) -> io::Result<()>;
    /// Part `index` gets no more bytes.
    fn close_part(&mut self, index: usize) -> io::Result<()>;
}

/// Why a stream cannot be split.
#[derive(Debug, Error)]
pub enum SplitError {
    /// pg_dumpall output the splitter cannot cut safely.
    #[error("at byte {offset}{}: {message}", line.map(|l| format!(" (line {l})")).unwrap_or_default())]
    Input {
        /// Byte offset in the input where the trouble begins.
        offset: u64,
        /// Left for the caller to find: the splitter does not count lines,
        /// which would cost a pass over every byte for the rare error.
        line: Option<u64>,
        /// What is wrong there and what to do.
        message: String,
    },
    /// The input does not look like pg_dumpall output; says why.
    #[error("{0}")]
    NotADump(String),
    /// The sink failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// A run of input bytes as it sits in a part's plaintext.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Where the bytes were in the input.
    pub offset: u64,
    /// Bytes in the run.
    pub len: u64,
    /// The bytes are out of their input order here; the manifest keeps a
    /// copy so the input can be rebuilt in order.
    pub relocated: bool,
}

/// A statement taken out of the globals area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relocated {
    /// Where the statement was in the input.
    pub offset: u64,
    /// The statement, with its line break.
    pub bytes: Vec<u8>,
    /// What it does to the database.
    pub action: DbAction,
    /// The database it names, as psql sends the name.
    pub database: Vec<u8>,
    /// Roles the statement needs (an owner, grantees).
    pub roles: Vec<String>,
    /// The part that carries it, if any (a `DROP DATABASE` for a database
    /// without a section is carried by none).
    pub part: Option<usize>,
}

/// Rows one part loads into one table, from COPY data and INSERTs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRows {
    /// As [`crate::statement::Statement::Copy`] gives it.
    pub table: String,
    /// COPY data lines plus INSERT rows.
    pub rows: u64,
}

/// Where one part's bytes came from and what they hold.
#[derive(Debug, Clone, Default)]
pub struct PartLayout {
    /// `None` for the globals part.
    pub database: Option<Vec<u8>>,
    /// The part's plaintext, run by run.
    pub segments: Vec<Segment>,
    /// In the order the tables are first loaded.
    pub tables: Vec<TableRows>,
    /// Database parts: roles the part needs (owners, grantees).
    /// Globals: roles the part creates.
    pub roles: Vec<String>,
    /// The part has its own CREATE DATABASE (not so for template1 and
    /// postgres without --clean: they restore into the existing database).
    pub creates_database: bool,
    /// Where the part starts in the input.
    pub start: u64,
    /// Database parts: what pg_dump entry each byte range holds.
    pub toc: Option<Toc>,
}

/// What the stream said about itself in its comments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DumpInfo {
    /// The first line without its `-- ` (`PostgreSQL database cluster dump`).
    pub banner: String,
    /// Each distinct `Dumped from database version` (at most 64).
    pub server_versions: Vec<String>,
    /// Each distinct `Dumped by pg_dump(all) version` (at most 64).
    pub dump_versions: Vec<String>,
    /// The first `Started on` time as written (`pg_dumpall --verbose` only).
    pub started_on: Option<String>,
    /// The last `Completed on` time as written.
    pub completed_on: Option<String>,
}

/// What a split produced: the layout the manifest records.
#[derive(Debug)]
pub struct Summary<S = ()> {
    /// The sink the parts went to; see [`Summary::take_sink`].
    pub sink: S,
    /// Part 0 is the globals, then one part per database section.
    pub parts: Vec<PartLayout>,
    /// Statements moved out of the globals, in input order.
    pub relocated: Vec<Relocated>,
    /// What the stream's comments said.
    pub info: DumpInfo,
    /// Bytes read.
    pub input_len: u64,
    /// `None` when the stream is a whole pg_dumpall output; otherwise why not.
    pub incomplete: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Unknown,
    /// PostgreSQL 11+: `-- Database "x" dump` headers.
    Headers,
    /// Before 11: sections begin at `\connect`.
    Connects,
}

const TRAILER: &[u8] = b"-- PostgreSQL database cluster dump complete";

/// The splitter: feed it the stream, then call [`Splitter::finish`].
/// A clone (with a sink that clones) goes on from the same point: one
/// stream can be ended in many places without reading it again.
#[derive(Clone)]
pub struct Splitter<S: PartSink> {
    scanner: Scanner,
    /// Input bytes `[st.routed, st.pos)`, not yet given to a part.
    held: Vec<u8>,
    /// The start of the stream, gathered until its banner is checked.
    head: Vec<u8>,
    st: State<S>,
}

#[derive(Clone)]
struct State<S: PartSink> {
    sink: S,
    routed: u64,
    pos: u64,
    banner_checked: bool,
    /// The input ended before its banner line was complete.
    banner_cut: bool,
    /// Reading the input failed (a truncated compressed file): the stream
    /// was cut short, even if nothing of it was read.
    read_failed: bool,
    layout: Layout,
    parts: Vec<PartLayout>,
    /// Beside each part: where its tables and roles stand in its lists.
    indexes: Vec<PartIndex>,
    cur: usize,
    /// Adjacent `--` comment lines and `\encoding` commands just seen: a
    /// section may start at the first of them.
    run: Option<(u64, u64)>,
    restrict: Option<Vec<u8>>,
    if_depth: u32,
    /// Section started but its database not yet named.
    unnamed_since: Option<u64>,
    /// A relocatable statement whose line break has not arrived yet.
    moving: Option<(u64, u64, DbAction, Vec<u8>)>,
    relocated: Vec<Relocated>,
    seen_databases: HashSet<Vec<u8>>,
    copy_table: Option<String>,
    /// Roles named by the globals statement being relocated.
    pending_roles: Vec<String>,
    /// The first bytes of the last INSERT, up to its row list, and its table.
    insert_cache: Option<(Vec<u8>, String)>,
    trailer_seen: bool,
    info: DumpInfo,
    /// Builds the database parts' tables of contents.
    toc: TocWorker,
    /// The parts whose tables of contents `toc` is building, in order.
    toc_parts: Vec<usize>,
}

impl<S> Summary<S> {
    /// Separate the sink from the layout it received.
    pub fn take_sink(self) -> (S, Summary<()>) {
        let Summary {
            sink,
            parts,
            relocated,
            info,
            input_len,
            incomplete,
        } = self;
        (
            sink,
            Summary {
                sink: (),
                parts,
                relocated,
                info,
                input_len,
                incomplete,
            },
        )
    }
}

impl<S: PartSink> Splitter<S> {
    /// A splitter writing to `sink`, with part 0 already open.
    pub fn new(mut sink: S) -> Result<Self, SplitError> {
        sink.open_part(0)?;
        Ok(Splitter {
            scanner: Scanner::new(),
            held: Vec::new(),
            head: Vec::new(),
            st: State {
                sink,
                routed: 0,
                pos: 0,
                banner_checked: false,
                banner_cut: false,
                read_failed: false,
                layout: Layout::Unknown,
                parts: vec![PartLayout::default()],
                indexes: vec![PartIndex::default()],
                cur: 0,
                run: None,
                restrict: None,
                if_depth: 0,
                unnamed_since: None,
                moving: None,
                relocated: Vec::new(),
                seen_databases: HashSet::default(),
                copy_table: None,
                pending_roles: Vec::new(),
                insert_cache: None,
                trailer_seen: false,
                info: DumpInfo::default(),
                toc: TocWorker::default(),
                toc_parts: Vec::new(),
            },
        })
    }

    /// Bytes fed so far.
    pub fn offset(&self) -> u64 {
        self.st.pos
    }

    /// Routes `chunk`, the next bytes of the input, holding back what is undecided.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), SplitError> {
        if !self.st.banner_checked {
            // Wait for enough of the start to recognise (or reject) the stream.
            self.head.extend_from_slice(chunk);
            let p = &self.head;
            if p.len() < 4096 && memchr::memchr_iter(b'\n', p).count() < 8 {
                return Ok(());
            }
            self.st.check_banner(&self.head, false)?;
            let head = std::mem::take(&mut self.head);
            return self.scan(&head);
        }
        self.scan(chunk)
    }

    /// Lex `chunk`, acting on each event, then keep what is still undecided.
    fn scan(&mut self, chunk: &[u8]) -> Result<(), SplitError> {
        let held = std::mem::take(&mut self.held);
        let base = self.st.routed;
        let w = Window {
            base,
            held: &held,
            chunk,
        };
        let st = &mut self.st;
        let fed = self.scanner.feed(chunk, &mut |ev| st.handle(ev, &w));
        st.pos += chunk.len() as u64;
        let result = fed.and_then(|()| st.after_chunk(self.scanner.pending_start(), &w));
        self.held = Window::keep_tail(st.routed, base, held, chunk);
        result
    }

    /// Reading the input failed before its end (a truncated gzip or zstd
    /// file): whatever was read is a cut-short stream, even none of it.
    pub fn input_failed(&mut self) {
        self.st.read_failed = true;
    }

    /// Routes what is held, closes the last part, and says whether the stream was whole.
    pub fn finish(self) -> Result<Summary<S>, SplitError> {
        self.finish_showing(&|offset| offset)
    }

    /// Like [`Splitter::finish`], with the offsets in the incomplete reason
    /// shown through `show` (the input's, when the splitter was fed a
    /// rewritten stream).
    pub fn finish_showing(mut self, show: &dyn Fn(u64) -> u64) -> Result<Summary<S>, SplitError> {
        if !self.st.banner_checked {
            self.st.check_banner(&self.head, true)?;
            let head = std::mem::take(&mut self.head);
            self.scan(&head)?;
        }
        let held = std::mem::take(&mut self.held);
        let w = Window {
            base: self.st.routed,
            held: &held,
            chunk: &[],
        };
        // A last line without its line break may be missing its end
        // (`\connect foo` of `\connect foobar`): it is not acted on, and
        // its bytes go to the current part as they are.
        let cut = self.scanner.cut_line().map(|l| Cut {
            start: l.start,
            what: describe_cut(&l),
            meta: l.meta,
        });
        let st = &mut self.st;
        let end = self.scanner.finish(&mut |ev| match cut {
            None => st.handle(ev, &w),
            Some(_) => Ok(()),
        })?;
        let incomplete = st.finish(end, cut, &w, show)?;
        st.collect_tocs();
        let State {
            sink,
            parts,
            relocated,
            info,
            pos,
            ..
        } = self.st;
        Ok(Summary {
            sink,
            parts,
            relocated,
            info,
            input_len: pos,
            incomplete,
        })
    }
}

fn is_header(text: &[u8]) -> bool {
    text.starts_with(b"-- Database \"") && text.ends_with(b"\" dump")
}

/// The line the input stopped in before its line break.
struct Cut {
    start: u64,
    /// What kind of line, for the incomplete message.
    what: String,
    /// A backslash command (else a comment line).
    meta: bool,
}

/// What kind of line the input stopped in, for the incomplete message.
/// Only a command's name is shown: its arguments may hold a password.
fn describe_cut(line: &CutLine) -> String {
    if line.meta {
        let name = crate::scanner::meta_name(line.text);
        let shown = String::from_utf8_lossy(&name[..name.len().min(32)])
            .escape_debug()
            .to_string();
        if name.is_empty() {
            "a backslash command line".into()
        } else if name.len() + 1 < line.text.len() {
            format!("a \\{shown} line")
        } else {
            format!("a backslash command line starting \\{shown}")
        }
    } else if line.text.starts_with(b"-- Database ") {
        "a \"-- Database ... dump\" header line".into()
    } else if line.text.len() > 3 && TRAILER.starts_with(line.text) {
        "the \"-- PostgreSQL database cluster dump complete\" trailer line".into()
    } else {
        "a comment line".into()
    }
}

/// Whether `text`, the whole input, could be a pg_dumpall stream cut
/// before the end of its banner line: comment lines, then the start of one.
fn opens_like_banner(text: &[u8]) -> bool {
    if b"\xef\xbb\xbf".starts_with(text) {
        return true;
    }
    let text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(text);
    let mut lines = text.split(|&c| c == b'\n').peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_none() {
            return b"--".starts_with(line) || line.starts_with(b"--");
        }
        if !line.starts_with(b"--") {
            return false;
        }
    }
    true
}

impl<S: PartSink> State<S> {
    /// Ends the stream: routes the rest, closes the parts and says why the
    /// stream is incomplete, if it is.
    fn finish(
        &mut self,
        end: EndState,
        cut: Option<Cut>,
        w: &Window,
        show: &dyn Fn(u64) -> u64,
    ) -> Result<Option<String>, SplitError> {
        self.resolve_move(true, w)?;
        let incomplete = self.incomplete_reason(end, cut, show);
        if incomplete.is_none() {
            if let Some(at) = self.unnamed_since {
                return Err(self.err(
                    at,
                    "database section never names its database (no CREATE DATABASE or \\connect)",
                ));
            }
        }
        let pos = self.pos;
        self.route(pos, w)?;
        if self.cur != 0 {
            self.close_toc(incomplete.is_some());
            self.sink.close_part(self.cur)?;
        }
        self.place_unclaimed_in_globals()?;
        self.sink.close_part(0)?;
        Ok(incomplete)
    }

    /// Why the stream is not whole, naming where it stopped, if it is not.
    fn incomplete_reason(
        &self,
        end: EndState,
        cut: Option<Cut>,
        show: &dyn Fn(u64) -> u64,
    ) -> Option<String> {
        let len = show(end.len);
        let place = self.where_();
        // A `-` the input stopped at is the cut line, not a statement.
        let open = end
            .open
            .filter(|o| cut.as_ref().is_none_or(|c| c.start != o.1));
        // A comment line cut short after the trailer loses nothing.
        let cut = cut.filter(|c| c.meta || !self.trailer_seen);
        if self.banner_cut {
            Some(format!(
                "input ended at byte {len}, before its \"-- ... cluster dump\" banner line was complete"
            ))
        } else if let Some(Cut {
            start: at, what, ..
        }) = cut
        {
            Some(format!(
                "input ended at byte {len} inside {what} that began at byte {} and has no line break{place}",
                show(at)
            ))
        } else if let Some((what, at)) = open {
            Some(format!(
                "input ended at byte {len} inside {what} that began at byte {}{place}",
                show(at)
            ))
        } else if self.restrict.is_some() {
            Some(format!(
                "input ended at byte {len} inside a \\restrict block{place}"
            ))
        } else if !self.trailer_seen {
            Some(format!(
                "input ended at byte {len} without the \"-- PostgreSQL database cluster dump complete\" trailer{place}"
            ))
        } else {
            None
        }
    }

    fn err(&self, offset: u64, message: impl Into<String>) -> SplitError {
        SplitError::Input {
            offset,
            line: None,
            message: message.into(),
        }
    }

    /// " in database section N" for messages about where the stream broke.
    fn where_(&self) -> String {
        if self.cur == 0 {
            " (in the globals section)".to_string()
        } else {
            match &self.parts[self.cur].database {
                Some(name) => format!(" (in the section of database {})", show_name(name)),
                None => format!(" (in database section #{})", self.cur),
            }
        }
    }

    fn check_banner(&mut self, head: &[u8], at_eof: bool) -> Result<(), SplitError> {
        let head = &head[..head.len().min(4096)];
        if head.is_empty() && at_eof && !self.read_failed {
            return Err(SplitError::NotADump("the input is empty".into()));
        }
        if head.starts_with(b"PGDMP") {
            return Err(SplitError::NotADump(
                "this is a pg_dump custom-format archive, not pg_dumpall output (use pg_restore)"
                    .into(),
            ));
        }
        let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
        let mut lines = text
            .split(|&c| c == b'\n')
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
        let mut banner = None;
        for line in lines.by_ref().take(8) {
            if !line.starts_with(b"--") {
                break;
            }
            if line.ends_with(b" cluster dump") {
                banner = Some(line);
                break;
            }
            if line == b"-- PostgreSQL database dump" {
                return Err(SplitError::NotADump(
                    "this is pg_dump output for a single database, not pg_dumpall output".into(),
                ));
            }
        }
        match banner {
            Some(b) => {
                self.info.banner = String::from_utf8_lossy(&b[3..]).into_owned();
                self.banner_checked = true;
                Ok(())
            }
            None if at_eof && opens_like_banner(text) => {
                self.banner_checked = true;
                self.banner_cut = true;
                Ok(())
            }
            None => Err(SplitError::NotADump(
                "the input does not start like pg_dumpall output (no \"-- ... cluster dump\" banner in its first lines)"
                    .into(),
            )),
        }
    }

    /// Give the bytes up to `upto` to the current part.
    fn route(&mut self, upto: u64, w: &Window) -> Result<(), SplitError> {
        if upto <= self.routed {
            return Ok(());
        }
        debug_assert!(upto <= w.end(), "routing bytes not yet read");
        let (a, b) = w.range(self.routed, upto);
        for bytes in [a, b] {
            if !bytes.is_empty() {
                self.sink.write(self.cur, bytes)?;
            }
        }
        push_segment(
            &mut self.parts[self.cur].segments,
            self.routed,
            upto - self.routed,
            false,
        );
        self.routed = upto;
        Ok(())
    }

    /// Take `[start, end)` out of the stream without giving it to any part.
    fn take(&mut self, start: u64, end: u64, w: &Window) -> Result<Vec<u8>, SplitError> {
        self.route(start, w)?;
        let (a, b) = w.range(start, end);
        self.routed = end;
        Ok([a, b].concat())
    }

    /// Routes one event, then shows it to the current part's table of contents.
    fn handle(&mut self, ev: Event<'_>, w: &Window) -> Result<(), SplitError> {
        self.route_event(ev, w)?;
        if self.cur != 0 {
            self.toc.event(&ev);
        }
        Ok(())
    }

    fn route_event(&mut self, ev: Event<'_>, w: &Window) -> Result<(), SplitError> {
        if self.moving.is_some() {
            self.resolve_move(false, w)?;
        }
        match ev {
            Event::CommentLine { start, end, text } => {
                self.run = match self.run {
                    Some((s, e)) if e == start => Some((s, end)),
                    _ => Some((start, end)),
                };
                self.note_comment(text);
                if is_header(text) && self.layout != Layout::Connects {
                    self.layout = Layout::Headers;
                    let cut = self.run.map_or(start, |r| r.0);
                    self.start_section(cut, start, w)?;
                    self.unnamed_since = Some(start);
                }
            }
            Event::Meta {
                start,
                end,
                text,
                in_statement,
            } => {
                let parsed = meta::parse(text);
                let is_encoding = crate::scanner::meta_name(text) == b"encoding";
                let adjacent_run = self.run.filter(|r| r.1 == start).map(|r| r.0);
                if is_encoding {
                    self.run = Some((adjacent_run.unwrap_or(start), end));
                } else {
                    self.run = None;
                }
                self.trailer_seen = false;
                let parsed = match parsed {
                    Ok(m) => m,
                    Err(e) if matches!(crate::scanner::meta_name(text), b"c" | b"connect") => {
                        return Err(self.err(
                            start,
                            format!("cannot tell which database this \\connect goes to: {e}"),
                        ));
                    }
                    Err(_) => Meta::Other,
                };
                match parsed {
                    Meta::Connect(target) => {
                        if in_statement {
                            return Err(
                                self.err(start, "\\connect inside an unfinished SQL statement")
                            );
                        }
                        if self.if_depth > 0 {
                            return Err(self.err(
                                start,
                                "\\connect inside a psql \\if block: the database depends on psql variables",
                            ));
                        }
                        self.on_connect(start, adjacent_run.unwrap_or(start), target, w)?;
                    }
                    Meta::Restrict(key) => {
                        if self.restrict.is_some() {
                            return Err(
                                self.err(start, "\\restrict inside another \\restrict block")
                            );
                        }
                        self.restrict = Some(key);
                    }
                    Meta::Unrestrict(key) => match &self.restrict {
                        Some(k) if *k == key => self.restrict = None,
                        _ => {
                            return Err(
                                self.err(start, "\\unrestrict does not match the open \\restrict")
                            )
                        }
                    },
                    Meta::If => self.if_depth += 1,
                    Meta::Endif => self.if_depth = self.if_depth.saturating_sub(1),
                    Meta::Other => {}
                }
            }
            Event::Statement {
                start,
                end,
                head,
                truncated,
                copy_from_stdin,
                values_rows,
                tail,
            } => {
                self.run = None;
                self.trailer_seen = false;
                // Runs of INSERTs into one table (--inserts dumps) share
                // their first bytes: count them without tokenizing each.
                if let Some((prefix, table)) = &self.insert_cache {
                    if head.len() > prefix.len()
                        && head.starts_with(prefix)
                        && head[prefix.len()] == b'('
                    {
                        let table = table.clone();
                        self.add_rows(table, values_rows);
                        return Ok(());
                    }
                }
                let tail = usize::try_from(tail - start).ok().filter(|_| !truncated);
                let seen = statement::inspect(head, tail);
                self.note_roles(seen.quick, seen.roles);
                match seen.statement {
                    Statement::Database { action, name } => {
                        self.on_database_statement(start, end, action, name, w)?
                    }
                    Statement::Copy { table } if copy_from_stdin => self.copy_table = Some(table),
                    Statement::Insert { table } => {
                        let prefix = statement::up_to_paren(head);
                        if prefix.len() < head.len() {
                            self.insert_cache = Some((prefix.to_vec(), table.clone()));
                        }
                        self.add_rows(table, values_rows)
                    }
                    _ => {}
                }
            }
            Event::CopyData { rows, .. } => {
                self.run = None;
                if let Some(table) = self.copy_table.take() {
                    self.add_rows(table, rows);
                }
            }
            Event::Anomaly { offset, what } => {
                return Err(self.err(offset, format!("refusing to split: {what}")));
            }
        }
        Ok(())
    }

    /// Counts the roles a statement names in the current part. The forms
    /// pg_dump writes by the thousand are read from the tail, without
    /// copying a role the part already has.
    fn note_roles(
        &mut self,
        quick: Option<Option<std::borrow::Cow<'_, str>>>,
        refs: statement::RoleRefs,
    ) {
        let cur = self.cur;
        if cur != 0 {
            if let Some(role) = quick {
                if let Some(r) = role {
                    self.indexes[cur].add_role_str(&mut self.parts[cur].roles, &r);
                }
                return;
            }
        }
        let refs = match quick {
            Some(role) => statement::RoleRefs {
                created: None,
                referenced: role.map(|r| r.into_owned()).into_iter().collect(),
            },
            None => refs,
        };
        if cur == 0 {
            if let Some(r) = refs.created {
                self.indexes[0].add_role(&mut self.parts[0].roles, r);
            }
            // Kept for the statement if it moves to a database part
            // (relocation completes before the next event is handled).
            self.pending_roles = refs.referenced;
        } else {
            for r in refs.referenced {
                self.indexes[cur].add_role(&mut self.parts[cur].roles, r);
            }
        }
    }

    fn note_comment(&mut self, text: &[u8]) {
        // Most comment lines are none of those below: every one of them
        // starts `-- D`, `-- S` or `-- C`, or ends ` complete`.
        if !matches!(text.get(3), Some(b'D' | b'S' | b'C')) && !text.ends_with(b" complete") {
            return;
        }
        // Forks (Greenplum, YugabyteDB) close with their own banner's words.
        let fork_trailer = text
            .strip_prefix(b"-- ")
            .and_then(|t| t.strip_suffix(b" complete"));
        if text == TRAILER || fork_trailer == Some(self.info.banner.as_bytes()) {
            self.trailer_seen = true;
        }
        let rest = |p: &[u8]| String::from_utf8_lossy(&text[p.len()..]).trim().to_string();
        let push = |v: &mut Vec<String>, s: String| {
            if !v.contains(&s) && v.len() < 64 {
                v.push(s)
            }
        };
        if text.starts_with(b"-- Dumped from database version ") {
            push(
                &mut self.info.server_versions,
                rest(b"-- Dumped from database version "),
            );
        } else if text.starts_with(b"-- Dumped by pg_dump version ") {
            push(
                &mut self.info.dump_versions,
                rest(b"-- Dumped by pg_dump version "),
            );
        } else if text.starts_with(b"-- Dumped by pg_dumpall version ") {
            push(
                &mut self.info.dump_versions,
                rest(b"-- Dumped by pg_dumpall version "),
            );
        } else if text.starts_with(b"-- Started on ") && self.info.started_on.is_none() {
            self.info.started_on = Some(rest(b"-- Started on "));
        } else if text.starts_with(b"-- Completed on ") {
            self.info.completed_on = Some(rest(b"-- Completed on "));
        }
    }

    fn on_connect(
        &mut self,
        start: u64,
        cut: u64,
        target: Option<Vec<u8>>,
        w: &Window,
    ) -> Result<(), SplitError> {
        let Some(name) = target else { return Ok(()) };
        if self.layout == Layout::Unknown {
            self.layout = Layout::Connects;
        }
        match self.layout {
            Layout::Connects => {
                if self.cur != 0 && self.parts[self.cur].database.as_ref() == Some(&name) {
                    return Ok(());
                }
                self.start_section(cut, start, w)?;
                self.name_section(start, name, None, w)
            }
            _ => {
                if self.cur == 0 {
                    return Err(self.err(
                        start,
                        "\\connect in the globals area of a dump with database headers",
                    ));
                }
                match &self.parts[self.cur].database {
                    None => self.name_section(start, name, Some(cut), w),
                    Some(n) if *n == name => Ok(()),
                    Some(n) => Err(self.err(
                        start,
                        format!(
                            "the section of database {} switches to database {}",
                            show_name(n),
                            show_name(&name)
                        ),
                    )),
                }
            }
        }
    }

    fn on_database_statement(
        &mut self,
        start: u64,
        end: u64,
        action: DbAction,
        name: Vec<u8>,
        w: &Window,
    ) -> Result<(), SplitError> {
        if self.cur == 0 {
            if start < self.routed {
                return Err(self.err(
                    start,
                    "a statement naming a database is too long to move out of the globals",
                ));
            }
            self.moving = Some((start, end, action, name));
            return self.resolve_move(false, w);
        }
        if action == DbAction::Create {
            self.parts[self.cur].creates_database = true;
        }
        if matches!(action, DbAction::Create | DbAction::Drop) {
            match &self.parts[self.cur].database {
                None => self.name_section(start, name, Some(start), w)?,
                Some(n) if *n == name => {}
                Some(n) => {
                    return Err(self.err(
                        start,
                        format!(
                            "the section of database {} creates or drops database {}",
                            show_name(n),
                            show_name(&name)
                        ),
                    ))
                }
            }
        }
        Ok(())
    }

    /// Finish taking a relocatable statement out of the globals once we
    /// know whether a line break follows it.
    fn resolve_move(&mut self, at_eof: bool, w: &Window) -> Result<(), SplitError> {
        let Some((start, end, _, _)) = &self.moving else {
            return Ok(());
        };
        let (start, end) = (*start, *end);
        let unit_end = match (w.byte(end), w.byte(end + 1)) {
            (Some(b'\n'), _) => end + 1,
            (Some(b'\r'), Some(b'\n')) => end + 2,
            (Some(b'\r'), None) if !at_eof => return Ok(()),
            (None, _) if !at_eof => return Ok(()),
            _ => end,
        };
        let (_, _, action, database) = self.moving.take().expect("checked above");
        let bytes = self.take(start, unit_end, w)?;
        let roles = std::mem::take(&mut self.pending_roles);
        self.relocated.push(Relocated {
            offset: start,
            bytes,
            action,
            database,
            roles,
            part: None,
        });
        Ok(())
    }

    /// Open a new database part at input offset `cut`.
    fn start_section(&mut self, cut: u64, event_start: u64, w: &Window) -> Result<(), SplitError> {
        if let Some(at) = self.unnamed_since {
            return Err(self.err(
                at,
                "database section never names its database (no CREATE DATABASE or \\connect)",
            ));
        }
        if self.restrict.is_some() {
            return Err(self.err(
                cut,
                "a new database section starts inside a \\restrict block",
            ));
        }
        if self.if_depth > 0 {
            return Err(self.err(
                cut,
                "a new database section starts inside a psql \\if block",
            ));
        }
        if event_start < self.routed {
            return Err(self.err(
                event_start,
                "section boundary falls inside text already written",
            ));
        }
        self.route(cut.max(self.routed), w)?;
        if self.cur != 0 {
            self.close_toc(false);
            self.sink.close_part(self.cur)?;
        }
        let index = self.parts.len();
        self.sink.open_part(index)?;
        self.parts.push(PartLayout {
            start: cut.max(self.routed),
            ..Default::default()
        });
        self.indexes.push(PartIndex::default());
        self.cur = index;
        self.run = None;
        self.copy_table = None;
        Ok(())
    }

    /// The current section turns out to be database `name`: statements moved
    /// out of the globals for it go in at `insert_at` (before the item that
    /// named it) or at the section's start.
    fn name_section(
        &mut self,
        at: u64,
        name: Vec<u8>,
        insert_at: Option<u64>,
        w: &Window,
    ) -> Result<(), SplitError> {
        if !self.seen_databases.insert(name.clone()) {
            return Err(self.err(
                at,
                format!("database {} has a second section", show_name(&name)),
            ));
        }
        if let Some(pos) = insert_at {
            if pos < self.routed {
                return Err(self.err(at, "database name comes too late to place its statements"));
            }
            self.route(pos, w)?;
        }
        let index = self.cur;
        for r in self
            .relocated
            .iter_mut()
            .filter(|r| r.part.is_none() && r.database == name)
        {
            self.sink.write(index, &r.bytes)?;
            push_segment(
                &mut self.parts[index].segments,
                r.offset,
                r.bytes.len() as u64,
                true,
            );
            r.part = Some(index);
            let part = &mut self.parts[index];
            part.creates_database |= r.action == DbAction::Create;
            for role in &r.roles {
                self.indexes[index].add_role(&mut part.roles, role.clone());
            }
        }
        self.parts[index].database = Some(name);
        self.unnamed_since = None;
        Ok(())
    }

    /// Statements for databases without a section of their own stay in the
    /// globals, at its end, except `DROP DATABASE`, which no part carries.
    fn place_unclaimed_in_globals(&mut self) -> Result<(), SplitError> {
        for r in self
            .relocated
            .iter_mut()
            .filter(|r| r.part.is_none() && r.action != DbAction::Drop)
        {
            self.sink.write(0, &r.bytes)?;
            push_segment(
                &mut self.parts[0].segments,
                r.offset,
                r.bytes.len() as u64,
                true,
            );
            r.part = Some(0);
        }
        Ok(())
    }

    fn after_chunk(&mut self, scanning: Option<u64>, w: &Window) -> Result<(), SplitError> {
        let mut hold = self.pos;
        if let Some(s) = scanning {
            hold = hold.min(s);
        }
        if let Some((s, e)) = self.run {
            if e == self.pos || scanning == Some(e) {
                hold = hold.min(s);
            } else {
                self.run = None;
            }
        }
        if let Some((s, ..)) = &self.moving {
            hold = hold.min(*s);
        }
        if self.pos - hold > HOLD_CAP {
            if self.moving.is_some() {
                let at = self.moving.as_ref().map_or(hold, |m| m.0);
                return Err(self.err(
                    at,
                    format!(
                        "a statement naming a database is longer than {} MiB",
                        HOLD_CAP >> 20
                    ),
                ));
            }
            hold = self.pos - HOLD_CAP;
            if self.run.is_some_and(|r| r.0 < hold) {
                self.run = None;
            }
        }
        self.route(hold, w)
    }
}

impl<S: PartSink> State<S> {
    /// Ends the current part's table of contents, in the part's offsets.
    fn close_toc(&mut self, cut_short: bool) {
        let segments = self.parts[self.cur].segments.clone();
        let to_part = Box::new(move |at| part_offset(&segments, at));
        let serial = cut_short.then(|| "the input ended inside this part".to_string());
        self.toc.finish_part(self.routed, to_part, serial);
        self.toc_parts.push(self.cur);
    }

    /// Hands each database part the table of contents built for it.
    fn collect_tocs(&mut self) {
        let tocs = std::mem::take(&mut self.toc).tocs();
        for (i, toc) in std::mem::take(&mut self.toc_parts).into_iter().zip(tocs) {
            self.parts[i].toc = Some(toc);
        }
    }
}

/// Where input offset `at` sits in a part made of `segments`.
fn part_offset(segments: &[Segment], at: u64) -> Option<u64> {
    let mut base = 0;
    for s in segments {
        if !s.relocated && s.offset <= at && at <= s.offset + s.len {
            return Some(base + at - s.offset);
        }
        base += s.len;
    }
    None
}

fn push_segment(segments: &mut Vec<Segment>, offset: u64, len: u64, relocated: bool) {
    if let Some(last) = segments.last_mut() {
        if !relocated && !last.relocated && last.offset + last.len == offset {
            last.len += len;
            return;
        }
    }
    segments.push(Segment {
        offset,
        len,
        relocated,
    });
}

/// Where a part's tables and roles stand in its lists: a dump may name tens
/// of thousands of them, too many to search the lists for each.
#[derive(Default, Clone)]
struct PartIndex {
    tables: HashMap<String, usize>,
    roles: HashSet<String>,
}

impl PartIndex {
    fn add_role(&mut self, roles: &mut Vec<String>, role: String) {
        if !self.roles.contains(&role) {
            self.roles.insert(role.clone());
            roles.push(role);
        }
    }

    /// [`Self::add_role`] that copies the name only when it is new.
    fn add_role_str(&mut self, roles: &mut Vec<String>, role: &str) {
        if !self.roles.contains(role) {
            self.add_role(roles, role.to_owned());
        }
    }

    fn add_rows(&mut self, tables: &mut Vec<TableRows>, table: String, rows: u64) {
        if let Some(t) = tables.last_mut().filter(|t| t.table == table) {
            t.rows += rows;
            return;
        }
        match self.tables.entry(table) {
            Entry::Occupied(at) => tables[*at.get()].rows += rows,
            Entry::Vacant(slot) => {
                tables.push(TableRows {
                    table: slot.key().clone(),
                    rows,
                });
                slot.insert(tables.len() - 1);
            }
        }
    }
}

impl<S: PartSink> State<S> {
    /// Counts `rows` for `table` in the current part.
    fn add_rows(&mut self, table: String, rows: u64) {
        let cur = self.cur;
        self.indexes[cur].add_rows(&mut self.parts[cur].tables, table, rows);
    }
}
