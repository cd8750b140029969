//! A database part's table of contents, read while the splitter routes the
//! part: which pg_dump entry (type, schema, name, owner) each byte range
//! holds, and what a restore must know to run entries on several sessions.
//!
//! pg_dump introduces every object of a plain dump with a header comment
//! (`-- Name: X; Type: T; Schema: S; Owner: O`, `-- Data for Name: ...`).
//! Only comment lines the psql-faithful scanner reports count: a header-like
//! line inside a string, a dollar quote or COPY data is data. An entry runs
//! from its header's comment block to the next one. Session settings pg_dump
//! writes between entries (`SET default_tablespace`, `SET search_path`, ...)
//! are left out of the entries and kept as *setups*: the statements a new
//! session replays before an entry so that it runs as it would have in the
//! whole stream.
//!
//! Everything up to the first entry after the part's last backslash command
//! (its `\connect`, `\restrict`) is the *prefix*, run first on one session;
//! the `-- PostgreSQL database dump complete` block and what follows is the
//! *suffix*. A part the builder cannot read with certainty gets a reason in
//! [`Toc::serial`] and is restored in one session, as before.

// A fast hasher with a per-process seed: names come from the dump, so
// collisions cannot be planted ahead of time to slow the sets down.
use foldhash::HashSet;

/// Names, kinds and locked tables of entries, here and in the archive's
/// format: inline up to 24 bytes, as a part's tens of thousands of entries
/// would otherwise each hold four small allocations.
pub use compact_str::CompactString as Text;

use crate::scanner::{dollar_tag_byte, Event};
use crate::statement::{leads_with, tokens, Tokens, HEAD_TOKENS, T};

mod worker;
pub use worker::{PartMap, TocWorker};

/// pg_dump's three sections, as `pg_restore --section` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Definitions before the first data entry (and large objects'
    /// metadata, which pg_dump 17+ writes among the data).
    PreData,
    /// Table contents, sequence values, large-object contents.
    Data,
    /// Indexes, constraints, triggers, rules, ..., and any other entry
    /// after the first data entry.
    PostData,
}

/// How an entry may be scheduled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Runs alone: after everything before it, before everything after it.
    Barrier,
    /// Table contents, sequence values, large-object contents of objects the
    /// part itself creates: independent of one another.
    Data,
    /// Index builds, primary key, unique, check and exclusion constraints.
    Index,
    /// Foreign keys: after the indexes and constraints around them.
    ForeignKey,
    /// A plain `CREATE TABLE` and statements on that table alone, a plain
    /// `CREATE VIEW`, or a function whose body the server does not read,
    /// naming nothing created before it in its run: independent of its
    /// neighbours.
    Table,
    /// A comment on the table entry just before it (`TABLE t`, `COLUMN t.c`):
    /// runs with that table.
    TableComment,
    /// `GRANT`/`REVOKE` on one object; entries on one object share a lock.
    Acl,
}

/// One table a post-data entry works on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lock {
    /// The table's qualified name, folded as the server reads it.
    pub table: Text,
    /// Whether the entry takes a lock that conflicts with any other on it
    /// (ALTER TABLE); CREATE INDEX does not conflict with another.
    pub exclusive: bool,
}

/// One pg_dump entry: its header comment block and what follows it, up to
/// the next entry or the session settings before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// pg_dump's type (`TABLE`, `TABLE DATA`, `INDEX`, `FK CONSTRAINT`, ...).
    pub kind: Text,
    /// The header's name, as pg_dump wrote it (`t`, `TABLE t`, `t t_pkey`).
    pub name: Text,
    /// The header's schema; `None` where it gives `-`.
    pub schema: Option<Text>,
    /// The header's owner; `None` where it gives `-` or none.
    pub owner: Option<Text>,
    /// The section the entry belongs to.
    pub section: Section,
    /// How the entry may be scheduled.
    pub class: Class,
    /// Byte range in the part's plaintext (input offsets until
    /// [`TocBuilder::finish`] maps them).
    pub start: u64,
    /// The end of the range, exclusive.
    pub end: u64,
    /// Rows of COPY data or INSERT statements.
    pub rows: u64,
    /// Index into [`Toc::setups`].
    pub setup: usize,
    /// The entry itself changes session settings.
    pub sets: bool,
    /// Index and constraint entries: the tables they work on; sequences:
    /// the table they belong to; ACL entries: the object granted on.
    pub locks: Vec<Lock>,
}

/// One part's table of contents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Toc {
    /// Every entry, prefix included, in dump order.
    pub entries: Vec<Entry>,
    /// Session settings to replay, each a list of whole statements.
    pub setups: Vec<Vec<Vec<u8>>>,
    /// Entries from this one on (up to the suffix) may run on other sessions.
    pub body: usize,
    /// Where the suffix starts in the part.
    pub suffix: u64,
    /// Why the part must be restored in one session, if it must.
    pub serial: Option<String>,
}

/// Reads one part's table of contents from the scanner's events.
#[derive(Debug, Clone, Default)]
pub struct TocBuilder {
    toc: Toc,
    /// The comment block being read: its start and end.
    run: Option<(u64, u64)>,
    /// The setting statements in effect, one per setting.
    settings: Vec<(String, Vec<u8>)>,
    /// `settings` changed since the last setup was recorded.
    changed: bool,
    /// `settings` turn `check_function_bodies` off, as pg_dump does: a
    /// function's body is then not read when it is created, so it does not
    /// depend on what the body names.
    bodies_unchecked: bool,
    /// Where the session settings after the open entry's content began.
    gap: Option<u64>,
    /// Entries that run after the last backslash command start here.
    after_meta: usize,
    suffix: Option<u64>,
    /// Tables the part creates, by `schema.name` as the headers give them.
    tables: HashSet<String>,
    /// A reused buffer for keys of `tables`.
    key: Text,
    /// A data entry has been seen: an entry of another kind after one is post-data.
    seen_data: bool,
    post_data: bool,
    /// What the [`Class::Table`] entries of the current run name.
    indep: Run,
    /// The constraint names of the open [`Class::Table`] entry.
    names: Names,
    /// The table or view of the current run that comments may join: the
    /// tag word comments on it start with, and its entry.
    attach: Option<(&'static str, usize)>,
    /// The open [`Class::Table`] entry's `CREATE TABLE` has been read.
    created: bool,
    /// Room for the tokens of the statement being read.
    toks: Tokens,
}

const SUFFIX: &[u8] = b"-- PostgreSQL database dump complete";

impl TocBuilder {
    /// A builder for a part that has not started yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes the next event of the part (input offsets).
    pub fn event(&mut self, ev: &Event) {
        if self.suffix.is_some() || self.toc.serial.is_some() {
            return;
        }
        match *ev {
            Event::CommentLine { start, end, text } => self.comment(start, end, text),
            Event::Meta { .. } => {
                self.content();
                self.indep.clear();
                self.attach = None;
                self.settings.clear();
                self.bodies_unchecked = false;
                self.changed = true;
                self.after_meta = self.toc.entries.len();
                self.run = None;
            }
            Event::Statement {
                start,
                head,
                truncated,
                values_rows,
                ..
            } => {
                self.run = None;
                if let Some(key) = setting_key(head) {
                    if truncated {
                        return self.refuse(start, "a session setting too long to replay");
                    }
                    self.setting(start, key, head);
                } else {
                    self.content();
                    self.statement(head, truncated, values_rows);
                }
            }
            Event::CopyData { rows, .. } => {
                self.run = None;
                self.content();
                if let Some(e) = self.toc.entries.last_mut() {
                    e.rows += rows;
                }
            }
            Event::Anomaly { .. } => {}
        }
    }

    fn refuse(&mut self, at: u64, why: &str) {
        self.toc.serial = Some(format!("{why} at byte {at} of the input"));
    }

    fn comment(&mut self, start: u64, end: u64, text: &[u8]) {
        let run_start = match self.run {
            Some((s, e)) if e == start => s,
            _ => start,
        };
        self.run = Some((run_start, end));
        if text == SUFFIX {
            self.close_entry(run_start);
            self.settle();
            self.suffix = Some(run_start);
            return;
        }
        let header = text
            .strip_prefix(b"-- Name: ")
            .or_else(|| text.strip_prefix(b"-- Data for Name: "));
        let Some(header) = header else { return };
        match parse_header(header) {
            Some(h) => self.open_entry(run_start, h),
            None => self.refuse(
                start,
                "a header comment whose names cannot be told apart (a name holds \"; Type: \")",
            ),
        }
    }

    /// A statement that is not a session setting, in the open entry.
    fn content(&mut self) {
        if self.gap.take().is_some() {
            if let Some(e) = self.toc.entries.last_mut() {
                e.sets = true;
            }
        }
    }

    fn setting(&mut self, start: u64, key: String, stmt: &[u8]) {
        self.gap.get_or_insert(start);
        if key == "check_function_bodies" {
            self.bodies_unchecked = turns_off(stmt);
        }
        match self.settings.iter_mut().find(|(k, _)| *k == key) {
            Some((_, s)) if *s == stmt => return,
            Some((_, s)) => *s = stmt.to_vec(),
            None => self.settings.push((key, stmt.to_vec())),
        }
        self.changed = true;
    }

    fn close_entry(&mut self, next: u64) {
        let end = self.gap.take().unwrap_or(next);
        if let Some(e) = self.toc.entries.last_mut() {
            e.end = end.max(e.start);
        }
    }

    fn open_entry(&mut self, start: u64, h: Header) {
        self.close_entry(start);
        self.settle();
        if self.changed || self.toc.setups.is_empty() {
            let setup = self.settings.iter().map(|(_, s)| s.clone()).collect();
            self.toc.setups.push(setup);
            self.changed = false;
        }
        let acl = match h.kind.as_str() {
            "ACL" => acl_lock(&h),
            _ => None,
        };
        let (section, class) = self.place(&h, acl.is_some());
        let locks = match class {
            Class::Acl => acl.into_iter().collect(),
            _ => Vec::new(),
        };
        if h.kind == "TABLE" {
            let key = qualify(&mut self.key, h.schema.as_deref(), &h.name);
            self.tables.insert(key.to_owned());
        }
        self.toc.entries.push(Entry {
            kind: h.kind,
            name: h.name,
            schema: h.schema,
            owner: h.owner,
            section,
            class,
            start,
            end: start,
            rows: 0,
            setup: self.toc.setups.len() - 1,
            sets: false,
            locks,
        });
    }

    /// Settles the last entry's class now that its statements are read,
    /// and with it the run of independent tables it continues or ends.
    fn settle(&mut self) {
        let at = self.toc.entries.len().wrapping_sub(1);
        let Some(e) = self.toc.entries.last_mut() else {
            return;
        };
        if e.class == Class::Table && !self.created {
            e.class = Class::Barrier;
        }
        match e.class {
            Class::Table => {
                let names = &mut self.names;
                let tag = match e.kind.as_str() {
                    "TABLE" => Some("TABLE "),
                    "VIEW" => Some("VIEW "),
                    _ => None,
                };
                let object = names.object.take();
                self.indep
                    .add_table(object.unwrap_or_else(|| e.name.to_string()));
                self.indep.explicit.extend(names.explicit.drain(..));
                self.indep.chosen.extend(names.chosen.drain(..));
                self.attach = tag.map(|tag| (tag, at));
            }
            Class::TableComment => {}
            _ => {
                self.indep.clear();
                self.attach = None;
            }
        }
    }

    /// Whether a comment entry is on the table or view the run's last
    /// entries are about: `TABLE t` (`VIEW t`) or `COLUMN t.c` in its
    /// schema, `t` as pg_dump writes it in tags (quoted unless it is a plain
    /// lower-case word).
    fn comments_attached(&self, h: &Header) -> bool {
        let Some((tag, e)) = self
            .attach
            .and_then(|(tag, at)| Some((tag, self.toc.entries.get(at)?)))
        else {
            return false;
        };
        if h.schema != e.schema {
            return false;
        }
        let t = e.name.as_str();
        if h.name.strip_prefix(tag).and_then(|r| strip_tag_name(r, t)) == Some("") {
            return true;
        }
        let column = h
            .name
            .strip_prefix("COLUMN ")
            .and_then(|r| strip_tag_name(r, t));
        column
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|c| !c.is_empty())
    }

    /// The section and scheduling class of a new entry.
    fn place(&mut self, h: &Header, acl: bool) -> (Section, Class) {
        let data = matches!(h.kind.as_str(), "TABLE DATA" | "SEQUENCE SET" | "BLOBS");
        if data {
            let own = match h.kind.as_str() {
                "TABLE DATA" => {
                    let key = qualify(&mut self.key, h.schema.as_deref(), &h.name);
                    self.tables.contains(key)
                }
                // Sequences and large objects are created by earlier entries.
                _ => true,
            };
            self.seen_data = true;
            let class = if own && !self.post_data {
                Class::Data
            } else {
                Class::Barrier
            };
            return (Section::Data, class);
        }
        if large_object_schema(h) {
            // pg_dump 17+ writes large objects' metadata among the data.
            return (Section::PreData, Class::Barrier);
        }
        self.post_data |= is_post_data(&h.kind) || self.seen_data;
        let class = match h.kind.as_str() {
            "INDEX" | "CONSTRAINT" => Class::Index,
            "FK CONSTRAINT" => Class::ForeignKey,
            "TABLE" | "VIEW" if !self.post_data && independent_name(&h.name) => Class::Table,
            "FUNCTION" | "PROCEDURE" if !self.post_data && self.bodies_unchecked => Class::Table,
            "COMMENT" if self.comments_attached(h) => Class::TableComment,
            "ACL" if acl => Class::Acl,
            _ => Class::Barrier,
        };
        self.created = false;
        self.names.clear();
        let section = if self.post_data {
            Section::PostData
        } else {
            Section::PreData
        };
        (section, class)
    }

    /// A statement of the open entry: its rows, the tables an index or
    /// constraint entry works on, and the table a sequence belongs to.
    fn statement(&mut self, head: &[u8], truncated: bool, values_rows: u64) {
        let Some(e) = self.toc.entries.last_mut() else {
            return;
        };
        e.rows += values_rows;
        match e.class {
            Class::Table => {
                let (names, toks, run) = (&mut self.names, &mut self.toks, &self.indep);
                let ok = match (self.created, e.kind.as_str()) {
                    (false, "TABLE") => {
                        !truncated
                            && toks
                                .all(head)
                                .is_some_and(|t| plain_create_table(t, e, run, names))
                    }
                    (false, "VIEW") => {
                        !truncated && toks.all(head).is_some_and(|t| plain_create_view(t, e, run))
                    }
                    (false, _) => {
                        // Again here: the entry may have set it before its function.
                        self.bodies_unchecked
                            && plain_create_function(toks, head, truncated, e, run)
                                .map(|n| names.object = Some(n))
                                .is_some()
                    }
                    (true, "TABLE") => {
                        !truncated && toks.head(head).is_some_and(|t| same_table_alter(t, e))
                    }
                    (true, _) => {
                        !truncated
                            && toks
                                .head(head)
                                .is_some_and(|t| owner_alter(t, e, names.object.as_deref()))
                    }
                };
                self.created = true;
                if !ok {
                    e.class = Class::Barrier;
                }
                return;
            }
            Class::TableComment | Class::Acl => {
                let words: &[&str] = match e.class {
                    Class::Acl => &["grant", "revoke"],
                    _ => &["comment"],
                };
                if truncated || !leads_with(head, words) {
                    e.class = Class::Barrier;
                }
                return;
            }
            _ => {}
        }
        if matches!(e.kind.as_str(), "SEQUENCE" | "SEQUENCE OWNED BY") {
            if let Some(table) = self.toks.head(head).and_then(sequence_table) {
                e.locks.push(Lock {
                    table,
                    exclusive: false,
                });
            }
            return;
        }
        if !matches!(e.class, Class::Index | Class::ForeignKey) {
            return;
        }
        match self.toks.head(head).and_then(statement_locks) {
            Some(locks) => {
                for l in locks {
                    if !e.locks.contains(&l) {
                        e.locks.push(l);
                    }
                }
            }
            // Not a statement the scheduler understands: keep it in order.
            None => e.class = Class::Barrier,
        }
    }

    /// Ends the part. `to_part` maps input offsets to the part's own;
    /// `None` for an offset the part does not hold.
    pub fn finish(mut self, end: u64, to_part: impl Fn(u64) -> Option<u64>) -> Toc {
        if self.suffix.is_none() {
            self.close_entry(end);
            self.settle();
            if self.toc.serial.is_none() && !self.toc.entries.is_empty() {
                self.toc.serial = Some("the part does not end like a pg_dump output".into());
            }
        }
        let mut toc = self.toc;
        toc.body = self.after_meta;
        let suffix = self.suffix.unwrap_or(end);
        let mut mapped = Some(());
        for e in &mut toc.entries {
            match (to_part(e.start), to_part(e.end)) {
                (Some(s), Some(t)) => (e.start, e.end) = (s, t),
                _ => mapped = None,
            }
        }
        match to_part(suffix) {
            Some(s) if mapped.is_some() => toc.suffix = s,
            _ => {
                toc.serial
                    .get_or_insert_with(|| "entries out of the part's input order".into());
            }
        }
        toc
    }
}

/// What the independent tables of a run name, so that a table whose
/// statement could depend on another's, or name a constraint as another's
/// would be named, is not run beside it.
#[derive(Debug, Clone, Default)]
struct Run {
    /// The tables: a later one naming one of them may use its row type.
    tables: HashSet<String>,
    /// A bit for each first byte (modulo 64) of `tables`: most words of a
    /// statement start with none, and need no lookup.
    firsts: u64,
    /// Constraint names their statements give (see [`name_key`]).
    explicit: HashSet<u64>,
    /// Names the server may choose for their constraints (PostgreSQL 18
    /// names NOT NULL constraints `table_column_not_null`, avoiding every
    /// name in use in the schema): which table gets a name would depend on
    /// which ran first.
    chosen: HashSet<u64>,
}

impl Run {
    fn add_table(&mut self, name: String) {
        self.firsts |= first_bit(&name);
        self.tables.insert(name);
    }

    fn has_table(&self, word: &str) -> bool {
        self.firsts & first_bit(word) != 0 && self.tables.contains(word)
    }

    /// Empties the run, keeping its room for the next.
    fn clear(&mut self) {
        self.tables.clear();
        self.firsts = 0;
        self.explicit.clear();
        self.chosen.clear();
    }
}

fn first_bit(name: &str) -> u64 {
    name.bytes().next().map_or(1, |b| 1 << (b % 64))
}

/// The constraint names of one table's statement (see [`Run`]).
#[derive(Debug, Clone, Default)]
struct Names {
    explicit: Vec<u64>,
    chosen: Vec<u64>,
    /// A function's name, as the server reads it (its tag adds arguments).
    object: Option<String>,
}

impl Names {
    /// Empties the names, keeping their room for the next table.
    fn clear(&mut self) {
        self.explicit.clear();
        self.chosen.clear();
        self.object = None;
    }
}

/// A constraint name as a hash: two names that collide only make the
/// second table wait for the first, which is always right. The seed is
/// fixed so that one dump always gets the same table of contents.
fn name_key(name: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::with_seed(0x7067_7365_616c).hash_one(name)
}

/// A table name that cannot make another table's types depend on the order
/// of creation: its array type is `_name`, which another table's row type
/// (a name starting with `_`) or a name cut at 63 bytes could also want.
fn independent_name(name: &str) -> bool {
    !name.starts_with('_') && name.len() < 62
}

/// Casts that look a name up when the expression is stored: a default or
/// check holding `'t'::regclass` needs table `t` to exist already.
const LOOKUP_TYPES: [&str; 11] = [
    "regclass",
    "regtype",
    "regproc",
    "regprocedure",
    "regoper",
    "regoperator",
    "regconfig",
    "regdictionary",
    "regnamespace",
    "regrole",
    "regcollation",
];

/// `CREATE [UNLOGGED] TABLE` of entry `e` itself with a column list right
/// after its name (so no `OF type`, no `PARTITION OF`), no `INHERITS`, no
/// `LIKE`, no name looked up by a cast, and no word naming a table of
/// `earlier`, whose row type it could use. Its constraint names go to
/// `names` (left empty when it is not such a statement).
fn plain_create_table(t: &[T], e: &Entry, run: &Run, names: &mut Names) -> bool {
    names.clear();
    let ok = table_names(t, e, run, names).is_some();
    if !ok {
        names.clear();
    }
    ok
}

fn table_names(t: &[T], e: &Entry, run: &Run, names: &mut Names) -> Option<()> {
    let kw = |i: usize, w: &str| matches!(t.get(i), Some(T::Kw(k)) if k == w);
    let at = if kw(1, "unlogged") { 2 } else { 1 };
    if !(kw(0, "create") && kw(at, "table")) {
        return None;
    }
    let (name, next) = qualified(t, at + 1)?;
    if !names_entry(&name, e) || t.get(next) != Some(&T::Punct('(')) {
        return None;
    }
    let (mut prev, mut depth) = (None, 0usize);
    for tok in &t[next..] {
        match tok {
            T::Punct('(') => depth += 1,
            T::Punct(')') => depth = depth.saturating_sub(1),
            T::Kw(w) | T::Name(w) => {
                let first = matches!(prev, Some(&T::Punct('(' | ',')));
                if waits_for(w, run) || (first && w == "like") || w == "inherits" {
                    return None;
                }
                if matches!(prev, Some(T::Kw(c)) if c == "constraint") {
                    names.explicit.push(name_key(w.as_bytes()));
                }
                // The first word of each element of the list may be a
                // column, whose NOT NULL constraint the server names
                // `table_column_not_null`.
                if first && depth == 1 {
                    names.chosen.push(not_null_key(&e.name, w)?);
                }
            }
            _ => {}
        }
        prev = Some(tok);
    }
    let clash = names.explicit.iter().any(|n| run.chosen.contains(n))
        || names
            .chosen
            .iter()
            .any(|n| run.chosen.contains(n) || run.explicit.contains(n));
    (!clash).then_some(())
}

const NOT_NULL: &[u8] = b"_not_null";

/// [`name_key`] of the name the server gives column `column`'s NOT NULL
/// constraint on `table`; `None` past the 63 bytes of a name, where the
/// server shortens it in ways not followed here.
fn not_null_key(table: &str, column: &str) -> Option<u64> {
    let mut chosen = [0u8; 63];
    let len = table.len() + 1 + column.len() + NOT_NULL.len();
    if len > chosen.len() {
        return None;
    }
    let mut at = 0;
    for piece in [table.as_bytes(), b"_", column.as_bytes(), NOT_NULL] {
        chosen[at..at + piece.len()].copy_from_slice(piece);
        at += piece.len();
    }
    Some(name_key(&chosen[..len]))
}

/// `schema\0name` in `buf`: a header's object as one string.
fn qualify<'a>(buf: &'a mut Text, schema: Option<&str>, name: &str) -> &'a str {
    buf.clear();
    buf.extend([schema.unwrap_or(""), "\0", name]);
    buf
}

/// Whether a name [`qualified`] read is entry `e`'s object.
fn names_entry(name: &str, e: &Entry) -> bool {
    is_named(name, e.schema.as_deref(), &e.name)
}

/// Whether a name [`qualified`] read is `object` in `schema`: the form
/// [`qualify`] writes.
fn is_named(name: &str, schema: Option<&str>, object: &str) -> bool {
    name.strip_prefix(schema.unwrap_or(""))
        .and_then(|rest| rest.strip_prefix('\0'))
        == Some(object)
}

/// `ALTER TABLE [ONLY] t` of entry `e` itself, doing only what pg_dump
/// writes after a `CREATE TABLE` and touches no other object: `OWNER TO`,
/// `REPLICA IDENTITY FULL|NOTHING|DEFAULT`, `[NO] FORCE ROW LEVEL
/// SECURITY`, `ALTER [COLUMN] c SET STATISTICS|STORAGE|COMPRESSION|(...)`.
fn same_table_alter(t: &[T], e: &Entry) -> bool {
    let kw = |i: usize, w: &str| matches!(t.get(i), Some(T::Kw(k)) if k == w);
    if t.len() >= HEAD_TOKENS || !(kw(0, "alter") && kw(1, "table")) {
        return false;
    }
    let at = if kw(2, "only") { 3 } else { 2 };
    let Some((name, j)) = qualified(t, at) else {
        return false;
    };
    if !names_entry(&name, e) {
        return false;
    }
    let force = if kw(j, "no") { j + 1 } else { j };
    if kw(j, "owner") && kw(j + 1, "to")
        || kw(j, "replica")
            && kw(j + 1, "identity")
            && ["full", "nothing", "default"].iter().any(|w| kw(j + 2, w))
        || kw(force, "force") && kw(force + 1, "row") && kw(force + 2, "level")
    {
        return true;
    }
    if !kw(j, "alter") {
        return false;
    }
    let c = if kw(j + 1, "column") { j + 2 } else { j + 1 };
    matches!(t.get(c), Some(T::Kw(_) | T::Name(_)))
        && kw(c + 1, "set")
        && (["statistics", "storage", "compression"]
            .iter()
            .any(|w| kw(c + 2, w))
            || t.get(c + 2) == Some(&T::Punct('(')))
}

/// What follows name `t` at the start of `s`, written as pg_dump writes
/// names in tags: quoted, or as it is if it is a plain lower-case word.
fn strip_tag_name<'a>(s: &'a str, t: &str) -> Option<&'a str> {
    let plain = t
        .bytes()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
        && !t.starts_with(|c: char| c.is_ascii_digit());
    if let Some(rest) = s.strip_prefix(t).filter(|_| plain) {
        return Some(rest);
    }
    let mut rest = s.strip_prefix('"')?;
    for piece in t.split_inclusive('"') {
        rest = rest.strip_prefix(piece)?;
        if piece.ends_with('"') {
            rest = rest.strip_prefix('"')?;
        }
    }
    rest.strip_prefix('"')
}

/// Whether a word may name an object of `run` or look a name up when the
/// statement is stored (`'t'::regclass`): the statement then waits for them.
fn waits_for(word: &str, run: &Run) -> bool {
    run.has_table(word) || word.starts_with("reg") && LOOKUP_TYPES.contains(&word)
}

/// Whether any word of `t` [`waits_for`] something.
fn names_run_or_looks_up(t: &[T], run: &Run) -> bool {
    t.iter()
        .any(|tok| matches!(tok, T::Kw(w) | T::Name(w) if waits_for(w, run)))
}

/// `CREATE VIEW` of entry `e` itself naming nothing of `run`: its query is
/// analysed when it is created, so it needs every relation and function
/// it names, and nothing else.
fn plain_create_view(t: &[T], e: &Entry, run: &Run) -> bool {
    let kw = |i: usize, w: &str| matches!(t.get(i), Some(T::Kw(k)) if k == w);
    if !(kw(0, "create") && kw(1, "view")) {
        return false;
    }
    match qualified(t, 2) {
        Some((name, next)) => names_entry(&name, e) && !names_run_or_looks_up(&t[next..], run),
        None => false,
    }
}

/// `CREATE FUNCTION|PROCEDURE` of entry `e` itself whose body is a string
/// (`AS $$...$$`, `AS 'obj', 'symbol'`), which the server does not read
/// while `check_function_bodies` is off, and whose signature, defaults
/// and options name nothing of `run`. pg_dump writes the body last, so only
/// the text before it is tokenized; a body cut off by the head's cap is
/// fine. Gives the function's name.
fn plain_create_function(
    toks: &mut Tokens,
    head: &[u8],
    truncated: bool,
    e: &Entry,
    run: &Run,
) -> Option<String> {
    let at = body_start(head)?;
    if !literals_to_end(&head[at..], truncated) {
        return None;
    }
    let t = toks.all(&head[..at])?;
    let kw = |i: usize, w: &str| matches!(t.get(i), Some(T::Kw(k)) if k == w);
    if !(kw(0, "create") && (kw(1, "function") || kw(1, "procedure"))) {
        return None;
    }
    let (name, next) = qualified(t, 2)?;
    let (schema, bare) = name.split_once('\0')?;
    let own = Some(schema) == e.schema.as_deref()
        && e.name
            .strip_prefix(bare)
            .is_some_and(|r| r.starts_with('('));
    // An overload in the run: `ALTER FUNCTION f(...)` could be about either.
    if !own || run.has_table(bare) || t.get(next) != Some(&T::Punct('(')) {
        return None;
    }
    let header = match t.len().checked_sub(1) {
        Some(last) if last > next && kw(last, "as") => &t[next..last],
        _ => return None,
    };
    let sql_body = header
        .iter()
        .any(|tok| matches!(tok, T::Kw(w) if w == "begin" || w == "return" || w == "atomic"));
    (!sql_body && !names_run_or_looks_up(header, run)).then(|| bare.to_string())
}

/// Where a function's string body starts: the first quote or `$` after a
/// word `AS`. One inside a name or string of the signature leaves the
/// text before it untokenizable, which refuses the function.
fn body_start(head: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b'$', b'\'', head).find(|&i| {
        let before = head[..i].trim_ascii_end();
        before.len() > 2
            && before.len() < i
            && before[before.len() - 2..].eq_ignore_ascii_case(b"as")
            && before[before.len() - 3].is_ascii_whitespace()
    })
}

/// Whether `text` is one string literal, or two separated by a comma, then
/// at most a `;`. A literal still open where a head was cut is its end.
fn literals_to_end(text: &[u8], truncated: bool) -> bool {
    let mut rest = text;
    for n in 0..2 {
        let len = match literal(rest) {
            Literal::Closed(len) => len,
            Literal::Open => return truncated,
            Literal::Not => return false,
        };
        rest = rest[len..].trim_ascii_start();
        match rest.first() {
            Some(b',') if n == 0 => rest = rest[1..].trim_ascii_start(),
            Some(b';') => return rest[1..].trim_ascii().is_empty(),
            None => return true,
            _ => return false,
        }
    }
    false
}

/// What a string literal at the start of a text does.
enum Literal {
    /// It ends after this many bytes.
    Closed(usize),
    /// It runs past the end of the text.
    Open,
    /// No literal starts there, or one this check does not read.
    Not,
}

/// The `'...'` or `$tag$...$tag$` literal `text` starts with. A backslash
/// refuses a quoted string: it would mean something else with
/// `standard_conforming_strings` off.
fn literal(text: &[u8]) -> Literal {
    match text.first() {
        Some(b'\'') => {
            let mut i = 1;
            loop {
                let Some(q) = memchr::memchr(b'\'', &text[i..]).map(|q| i + q) else {
                    return Literal::Open;
                };
                if text[i..q].contains(&b'\\') {
                    return Literal::Not;
                }
                if text.get(q + 1) == Some(&b'\'') {
                    i = q + 2;
                } else {
                    return Literal::Closed(q + 1);
                }
            }
        }
        Some(b'$') => {
            let Some(tag_len) = text[1..].iter().position(|&c| c == b'$') else {
                return Literal::Not;
            };
            let tag = &text[..tag_len + 2];
            let inner = &tag[1..tag_len + 1];
            let ok = (inner.iter().enumerate()).all(|(k, &c)| dollar_tag_byte(c, k == 0));
            if !ok {
                return Literal::Not;
            }
            match memchr::memmem::find(&text[tag.len()..], tag) {
                Some(close) => Literal::Closed(2 * tag.len() + close),
                None => Literal::Open,
            }
        }
        _ => Literal::Not,
    }
}

/// `ALTER VIEW|TABLE v OWNER TO r` of a view entry `e`, or `ALTER
/// FUNCTION|PROCEDURE f(...) OWNER TO r` of function `function`.
fn owner_alter(toks: &[T], e: &Entry, function: Option<&str>) -> bool {
    // Only the first tokens are read: more may hide another clause.
    if toks.len() >= HEAD_TOKENS {
        return false;
    }
    let t: &[T] = match toks.split_last() {
        Some((T::Punct(';'), rest)) => rest,
        _ => toks,
    };
    let kw = |i: usize, w: &str| matches!(t.get(i), Some(T::Kw(k)) if k == w);
    let n = t.len();
    let owner_to = n >= 6
        && kw(0, "alter")
        && kw(n - 3, "owner")
        && kw(n - 2, "to")
        && matches!(t[n - 1], T::Kw(_) | T::Name(_));
    if !owner_to {
        return false;
    }
    match (function, qualified(t, 2)) {
        (None, Some((name, next))) => {
            (kw(1, "view") || kw(1, "table")) && names_entry(&name, e) && next == n - 3
        }
        (Some(f), Some((name, next))) => {
            (kw(1, "function") || kw(1, "procedure"))
                && is_named(&name, e.schema.as_deref(), f)
                && t[next] == T::Punct('(')
        }
        _ => false,
    }
}

/// The lock an ACL entry takes on its object, for the kinds of object
/// whose privileges are theirs alone; `None` for any other (`DATABASE`,
/// `DEFAULT ACL`'s kin, anything unknown), which then stays in order. A
/// table's and its columns' privileges share one lock.
fn acl_lock(h: &Header) -> Option<Lock> {
    const OBJECTS: [&str; 13] = [
        "TABLE ",
        "SEQUENCE ",
        "FUNCTION ",
        "PROCEDURE ",
        "AGGREGATE ",
        "SCHEMA ",
        "TYPE ",
        "DOMAIN ",
        "FOREIGN TABLE ",
        "FOREIGN SERVER ",
        "FOREIGN DATA WRAPPER ",
        "LANGUAGE ",
        "COLUMN ",
    ];
    let object = OBJECTS.iter().find(|o| h.name.starts_with(*o))?;
    let column_of = match *object {
        "COLUMN " => Some(format!("TABLE {}", first_ident(&h.name[7..])?)),
        _ => None,
    };
    let mut table = Text::default();
    let name = column_of.as_deref().unwrap_or(&h.name);
    qualify(&mut table, h.schema.as_deref(), name);
    Some(Lock {
        table,
        exclusive: true,
    })
}

/// The identifier `t.c` begins with, as written (quoted or plain), when a
/// `.` follows it.
fn first_ident(s: &str) -> Option<&str> {
    let end = match s.strip_prefix('"') {
        Some(rest) => {
            let mut i = 0;
            loop {
                let q = rest[i..].find('"')? + i;
                if rest[q + 1..].starts_with('"') {
                    i = q + 2;
                } else {
                    break q + 2;
                }
            }
        }
        None => s.find('.')?,
    };
    (s[end..].starts_with('.') && end > 0).then(|| &s[..end])
}

/// A parsed `Name: ...; Type: ...; Schema: ...; Owner: ...` header.
#[derive(Debug, PartialEq, Eq)]
struct Header {
    name: Text,
    kind: Text,
    schema: Option<Text>,
    owner: Option<Text>,
}

/// Reads a header. pg_dump does not escape names, so a header whose
/// separators (`; Type: `, `; Schema: `, `; Owner: `, `; Tablespace: `) do
/// not each stand once, in that order, could be read two ways: refused.
fn parse_header(text: &[u8]) -> Option<Header> {
    const LABELS: [&[u8]; 4] = [b"Type: ", b"Schema: ", b"Owner: ", b"Tablespace: "];
    let mut at: [Option<usize>; 4] = [None; 4];
    for i in memchr::memchr_iter(b';', text) {
        let Some(rest) = text[i + 1..].strip_prefix(b" ") else {
            continue;
        };
        if let Some(k) = LABELS.iter().position(|l| rest.starts_with(l)) {
            if at[k].replace(i).is_some() {
                return None;
            }
        }
    }
    let t = at[0]?;
    at[1]?;
    // Each `;` matches one label at most, so the positions are distinct.
    if !at.iter().flatten().is_sorted() {
        return None;
    }
    // Checked once: nearly every header is UTF-8, and its fields then are
    // cut from it (the separators are ASCII, so on character boundaries).
    let whole = std::str::from_utf8(text).ok();
    let piece = |start: usize, end: usize| match whole.and_then(|w| w.get(start..end)) {
        Some(s) => Text::new(s),
        None => Text::from_utf8_lossy(&text[start..end]),
    };
    // Each field runs from after its label to the next separator.
    let field = |k: usize| -> Option<Text> {
        let start = at[k]? + 2 + LABELS[k].len();
        let end = at[k + 1..]
            .iter()
            .flatten()
            .next()
            .copied()
            .unwrap_or(text.len());
        Some(piece(start, end))
    };
    let dash = |v: Option<Text>| v.filter(|v| v != "-");
    Some(Header {
        name: piece(0, t),
        kind: field(0)?,
        schema: dash(field(1)),
        owner: dash(field(2)),
    })
}

/// A large object's definition, comment or privileges.
fn large_object_schema(h: &Header) -> bool {
    match h.kind.as_str() {
        "BLOB" | "BLOB METADATA" => true,
        "COMMENT" | "ACL" | "SECURITY LABEL" => h.name.starts_with("LARGE OBJECT "),
        _ => false,
    }
}

/// Types pg_dump writes in its post-data section.
fn is_post_data(kind: &str) -> bool {
    matches!(
        kind,
        "INDEX"
            | "INDEX ATTACH"
            | "CONSTRAINT"
            | "CHECK CONSTRAINT"
            | "FK CONSTRAINT"
            | "TRIGGER"
            | "EVENT TRIGGER"
            | "RULE"
            | "POLICY"
            | "ROW SECURITY"
            | "MATERIALIZED VIEW DATA"
            | "PUBLICATION"
            | "PUBLICATION TABLE"
            | "PUBLICATION TABLES IN SCHEMA"
            | "SUBSCRIPTION"
            | "SUBSCRIPTION TABLE"
            | "STATISTICS"
            | "STATISTICS DATA"
    )
}

/// The setting a session-setting statement sets (`SET x`, `RESET x`,
/// `SELECT pg_catalog.set_config('x', ...)`), if it is one.
fn setting_key(head: &[u8]) -> Option<String> {
    fn word(s: &[u8]) -> (&[u8], &[u8]) {
        let s = s.trim_ascii_start();
        let n = s
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'.'))
            .unwrap_or(s.len());
        (&s[..n], &s[n..])
    }
    let lower = |b: &[u8]| String::from_utf8_lossy(b).to_ascii_lowercase();
    let (first, rest) = word(head);
    // Most statements are not settings: decide that without allocating.
    if first.eq_ignore_ascii_case(b"set") || first.eq_ignore_ascii_case(b"reset") {
        let (key, rest) = word(rest);
        let key = lower(key);
        if key == "session" || key == "local" {
            let (k2, _) = word(rest);
            return Some(format!("{key} {}", lower(k2)));
        }
        return (!key.is_empty()).then_some(key);
    }
    if first.eq_ignore_ascii_case(b"select") {
        let args = rest
            .trim_ascii_start()
            .strip_prefix(&b"pg_catalog.set_config('"[..])?;
        let end = memchr::memchr(b'\'', args)?;
        return Some(lower(&args[..end]));
    }
    None
}

/// Whether `SET x = false|off` (or `TO`) sets its setting off.
fn turns_off(stmt: &[u8]) -> bool {
    matches!(tokens(stmt).as_deref(),
        Some([T::Kw(_), T::Kw(_), eq, v, rest @ ..])
            if (matches!(eq, T::Punct('=')) || matches!(eq, T::Kw(w) if w == "to"))
            && matches!(v, T::Kw(w) | T::Str(w) if w == "false" || w == "off")
            && matches!(rest, [] | [T::Punct(';')]))
}

/// Tables an index or constraint statement works on: `CREATE [UNIQUE]
/// INDEX i ON [ONLY] t`, `ALTER TABLE [ONLY] t ... [REFERENCES u]`,
/// `ALTER INDEX` (none). `None` for any other statement.
fn statement_locks(t: &[T]) -> Option<Vec<Lock>> {
    let kw = |i: usize, w: &str| matches!(t.get(i), Some(T::Kw(k)) if k == w);
    if kw(0, "create") {
        let on = (1..t.len().min(12)).find(|&i| kw(i, "on"))?;
        let mut i = on + 1;
        if kw(i, "only") {
            i += 1;
        }
        let (table, _) = qualified(t, i)?;
        return Some(vec![Lock {
            table,
            exclusive: false,
        }]);
    }
    if kw(0, "alter") && kw(1, "index") {
        return Some(Vec::new());
    }
    if !(kw(0, "alter") && kw(1, "table")) {
        return None;
    }
    let mut i = 2;
    if kw(i, "only") {
        i += 1;
    }
    let (table, _) = qualified(t, i)?;
    let mut locks = vec![Lock {
        table,
        exclusive: true,
    }];
    match (i..t.len()).find(|&j| kw(j, "references")) {
        Some(r) => {
            let (other, _) = qualified(t, r + 1)?;
            locks.push(Lock {
                table: other,
                exclusive: true,
            });
        }
        // Only the first tokens are read: a key named beyond them is unknown.
        None if t.len() >= HEAD_TOKENS => return None,
        None => {}
    }
    Some(locks)
}

/// The table a sequence belongs to: `ALTER SEQUENCE s OWNED BY t.col` (a
/// serial column) or `ALTER TABLE t ALTER COLUMN c ADD GENERATED ...` (an
/// identity column).
fn sequence_table(t: &[T]) -> Option<Text> {
    let kw = |i: usize, w: &str| matches!(t.get(i), Some(T::Kw(k)) if k == w);
    if kw(0, "alter") && kw(1, "table") {
        let i = if kw(2, "only") { 3 } else { 2 };
        return qualified(t, i).map(|(n, _)| n);
    }
    if !(kw(0, "alter") && kw(1, "sequence")) {
        return None;
    }
    let by = (2..t.len()).find(|&i| kw(i - 1, "owned") && kw(i, "by"))?;
    let (column, _) = qualified(t, by + 1)?;
    // The last name is the column.
    column.rsplit_once('\0').map(|(table, _)| Text::from(table))
}

/// A possibly qualified name at token `i`, folded as the server would read
/// it, and the index after it.
fn qualified(t: &[T], mut i: usize) -> Option<(Text, usize)> {
    let mut out = Text::default();
    loop {
        match t.get(i)? {
            T::Name(n) | T::Kw(n) => out.push_str(n),
            _ => return None,
        }
        if t.get(i + 1) == Some(&T::Punct('.')) {
            out.push('\0');
            i += 2;
        } else {
            return Some((out, i + 1));
        }
    }
}

#[cfg(test)]
mod tests;
