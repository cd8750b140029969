//! The order a database's table of contents runs in, decided from the
//! entries alone (no I/O), so it can be tested on its own.
//!
//! A plain dump carries no dependencies, only pg_dump's order, which is a
//! valid serial order. The body is cut into *phases* that run one after
//! the other; inside a phase, work items run on as many sessions as there
//! are:
//! * a run of barrier entries is one serial phase, on one session, in
//!   transactions of at most `transaction_size` entries;
//! * a run of data entries (table contents, sequence values, large-object
//!   contents of objects the part itself creates) is one parallel phase:
//!   large entries first, each alone, then the small ones in dump order in
//!   batches;
//! * a run of index, constraint and foreign-key entries is one parallel
//!   phase: indexes and constraints first, then the foreign keys, and no
//!   two items at once on one table when either excludes the other
//!   (pg_restore's locking rule, so sessions never wait on or deadlock with
//!   each other);
//! * a run of independent tables, views and functions (naming nothing
//!   created before them in the run, see [`crate::toc::Class::Table`]) is
//!   one parallel phase: each with the comments that follow it, batched;
//! * a run of ACL entries is one parallel phase, no two items at once on
//!   one object (a table and its columns are one).
//!
//! Those two runs end at any entry left out between them (`--table`,
//! `--resume`) that is not of their own group, so a barrier between two
//! tables is never jumped over.

use crate::archive::format::{Text, Toc, TocClass, TocEntry, TocParallel, TocSection};

/// A data entry this large runs alone, as soon as possible.
pub const LARGE_ENTRY: u64 = 1 << 20;
/// Small entries batched together up to this many bytes.
const BATCH_BYTES: u64 = 4 << 20;

/// Consecutive entries that run on one session, one after the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Indexes into the table of contents.
    pub entries: Vec<usize>,
    /// Run inside BEGIN/COMMIT (else each statement commits alone).
    pub transaction: bool,
    /// Indexes and constraints before foreign keys within a phase.
    pub stage: u8,
    /// Tables the item works on, and whether it excludes others on them.
    pub locks: Vec<(Text, bool)>,
}

/// A stretch of the body that runs after the one before it has finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// One session, the items in order.
    Serial(Vec<Item>),
    /// Items on any session, in the order given where locks allow.
    Parallel(Vec<Item>),
}

/// How entries are grouped.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Sessions the restore may run (`--jobs`; 1 with `--single-session`):
    /// a parallel phase's small entries are batched so each gets several.
    pub jobs: usize,
    /// Entries per transaction; 0 runs every statement in its own, as psql does.
    pub transaction_size: usize,
}

/// Kinds that must not run inside a transaction block, or bring their own
/// (pg_dump wraps large-object contents in BEGIN/COMMIT).
fn outside_transactions(kind: &str) -> bool {
    matches!(
        kind,
        "DATABASE" | "DATABASE PROPERTIES" | "SUBSCRIPTION" | "TABLESPACE" | "BLOBS"
    )
}

/// The phases that run `selected` entries of the body, in order.
pub fn phases(toc: &Toc, selected: &[usize], shape: Shape) -> Vec<Phase> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < selected.len() {
        let g = group(&toc.entries[selected[i]]);
        let mut j = i + 1;
        while j < selected.len() && continues(toc, g, selected[j - 1], selected[j]) {
            j += 1;
        }
        let run = &selected[i..j];
        out.push(match g {
            Group::Barrier => Phase::Serial(serial_items(toc, run, shape)),
            Group::Data => Phase::Parallel(data_items(toc, run, shape)),
            Group::PostData => Phase::Parallel(post_data_items(toc, run, shape)),
            Group::Tables => Phase::Parallel(table_items(toc, run, shape)),
            Group::Acl => Phase::Parallel(batches(toc, run, shape, 0)),
        });
        i = j;
    }
    out
}

/// Entries that share a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Barrier,
    Data,
    /// Indexes, constraints and foreign keys.
    PostData,
    /// Independent tables and their comments.
    Tables,
    Acl,
}

fn group(e: &TocEntry) -> Group {
    match (e.class, e.parallel()) {
        (TocClass::Data, _) => Group::Data,
        (TocClass::Index | TocClass::ForeignKey, _) => Group::PostData,
        (_, Some(TocParallel::Table | TocParallel::TableComment)) => Group::Tables,
        (_, Some(TocParallel::Acl)) => Group::Acl,
        _ => Group::Barrier,
    }
}

/// Whether selected entry `b` joins the run of group `g` that `a` ends.
/// Tables and ACLs do not run past an entry left out between them unless
/// it is of their group: it may be a barrier they must wait for.
fn continues(toc: &Toc, g: Group, a: usize, b: usize) -> bool {
    let e = &toc.entries;
    group(&e[b]) == g
        && match g {
            Group::Tables | Group::Acl => (a + 1..b).all(|k| group(&e[k]) == g),
            _ => true,
        }
}

/// Each table with the comments after it, the tables batched in dump
/// order so that every session gets several items.
fn table_items(toc: &Toc, run: &[usize], shape: Shape) -> Vec<Item> {
    let mut units: Vec<Vec<usize>> = Vec::new();
    for &e in run {
        let comment = toc.entries[e].parallel() == Some(TocParallel::TableComment);
        match units.last_mut() {
            Some(u) if comment => u.push(e),
            _ => units.push(vec![e]),
        }
    }
    let per = run.len().div_ceil(shape.jobs.max(1) * 4).max(1);
    let limit = match shape.transaction_size {
        0 => 1,
        n => per.min(n),
    };
    let mut items = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for u in units {
        if !cur.is_empty() && cur.len() + u.len() > limit {
            items.push(item(toc, std::mem::take(&mut cur), shape, 0));
        }
        cur.extend(u);
    }
    if !cur.is_empty() {
        items.push(item(toc, cur, shape, 0));
    }
    items
}

fn item(toc: &Toc, entries: Vec<usize>, shape: Shape, stage: u8) -> Item {
    let transaction = shape.transaction_size > 0
        && entries
            .iter()
            .all(|&e| !outside_transactions(&toc.entries[e].kind));
    let mut locks: Vec<(Text, bool)> = Vec::new();
    for &e in &entries {
        for (t, x) in &toc.entries[e].locks {
            match locks.iter_mut().find(|(l, _)| l == t) {
                Some(l) => l.1 |= x,
                None => locks.push((t.clone(), *x)),
            }
        }
    }
    Item {
        entries,
        transaction,
        stage,
        locks,
    }
}

/// Entries in order, cut into transactions (and alone when they cannot be in one).
fn serial_items(toc: &Toc, run: &[usize], shape: Shape) -> Vec<Item> {
    let limit = shape.transaction_size.max(1);
    let mut items = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for &e in run {
        let alone = outside_transactions(&toc.entries[e].kind);
        if !cur.is_empty() && (alone || cur.len() >= limit) {
            items.push(item(toc, std::mem::take(&mut cur), shape, 0));
        }
        cur.push(e);
        if alone {
            items.push(item(toc, std::mem::take(&mut cur), shape, 0));
        }
    }
    if !cur.is_empty() {
        items.push(item(toc, cur, shape, 0));
    }
    items
}

fn size(e: &TocEntry) -> u64 {
    e.end - e.start
}

/// Large entries first, largest first, each alone; then the small ones in
/// dump order, batched so that every session gets several items.
fn data_items(toc: &Toc, run: &[usize], shape: Shape) -> Vec<Item> {
    let (mut large, small): (Vec<usize>, Vec<usize>) = run
        .iter()
        .partition(|&&e| size(&toc.entries[e]) >= LARGE_ENTRY);
    large.sort_by_key(|&e| std::cmp::Reverse(size(&toc.entries[e])));
    let mut items: Vec<Item> = large
        .into_iter()
        .map(|e| item(toc, vec![e], shape, 0))
        .collect();
    items.extend(batches(toc, &small, shape, 0));
    items
}

/// Indexes and constraints (stage 0), then foreign keys (stage 1).
fn post_data_items(toc: &Toc, run: &[usize], shape: Shape) -> Vec<Item> {
    let (indexes, fks): (Vec<usize>, Vec<usize>) = run
        .iter()
        .partition(|&&e| toc.entries[e].class == TocClass::Index);
    let mut items = batches(toc, &indexes, shape, 0);
    items.extend(batches(toc, &fks, shape, 1));
    items
}

/// Consecutive entries in groups small enough that each session gets about
/// four, within the transaction size and [`BATCH_BYTES`].
fn batches(toc: &Toc, run: &[usize], shape: Shape, stage: u8) -> Vec<Item> {
    let per = run.len().div_ceil(shape.jobs.max(1) * 4).max(1);
    let limit = match shape.transaction_size {
        0 => 1,
        n => per.min(n),
    };
    let mut items = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut bytes = 0;
    for &e in run {
        let n = size(&toc.entries[e]);
        let alone = outside_transactions(&toc.entries[e].kind);
        if !cur.is_empty() && (alone || cur.len() >= limit || bytes + n > BATCH_BYTES) {
            items.push(item(toc, std::mem::take(&mut cur), shape, stage));
            bytes = 0;
        }
        if alone {
            items.push(item(toc, vec![e], shape, stage));
            continue;
        }
        cur.push(e);
        bytes += n;
    }
    if !cur.is_empty() {
        items.push(item(toc, cur, shape, stage));
    }
    items
}

/// Which entries of a part to restore (`--table`, `--data-only`,
/// `--schema-only`); the default keeps them all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// `(schema, name)`, exact; no schema matches any.
    pub tables: Vec<(Option<String>, String)>,
    /// Only the data section.
    pub data_only: bool,
    /// Everything but the data section.
    pub schema_only: bool,
}

impl Filter {
    /// The filter keeps every entry: the part restores as a whole.
    pub fn is_all(&self) -> bool {
        *self == Filter::default()
    }

    /// The selected entries restore into a database that already exists.
    pub fn into_existing(&self) -> bool {
        !self.tables.is_empty() || self.data_only
    }

    /// The entries of `toc` from index `from` on that the filter keeps, in order.
    pub fn select(&self, toc: &Toc, from: usize) -> Vec<usize> {
        // A table's sequences (serial and identity columns) come with it.
        let sequences: Vec<(Option<String>, String)> = toc.entries[from..]
            .iter()
            .filter(|e| e.kind == "SEQUENCE OWNED BY" || e.kind == "SEQUENCE")
            .filter(|e| {
                self.tables
                    .iter()
                    .any(|t| e.locks.iter().any(|(l, _)| *l == key(e, t)))
            })
            .map(|e| (e.schema.as_deref().map(String::from), e.name.to_string()))
            .collect();
        (from..toc.entries.len())
            .filter(|&i| self.keeps(&toc.entries[i], &sequences))
            .collect()
    }

    fn keeps(&self, e: &TocEntry, sequences: &[(Option<String>, String)]) -> bool {
        let data = e.section == TocSection::Data;
        if (self.data_only && !data) || (self.schema_only && data) {
            return false;
        }
        self.tables.is_empty()
            || self.tables.iter().any(|t| belongs_to(e, t))
            || sequences.iter().any(|(schema, name)| {
                e.schema.as_deref() == schema.as_deref()
                    && match e.kind.as_str() {
                        "SEQUENCE" | "SEQUENCE OWNED BY" | "SEQUENCE SET" => e.name == *name,
                        "COMMENT" | "ACL" => e.name == format!("SEQUENCE {name}"),
                        _ => false,
                    }
            })
    }
}

/// How the entries' locks name table `t` (in `e`'s schema when `t` has none).
fn key(e: &TocEntry, (schema, name): &(Option<String>, String)) -> String {
    let schema = schema.as_deref().or(e.schema.as_deref()).unwrap_or("");
    format!("{schema}\0{name}")
}

/// Whether entry `e` is part of table `t`: its definition, data, indexes,
/// constraints, triggers, rules, policies, defaults, comments and grants.
fn belongs_to(e: &TocEntry, t: &(Option<String>, String)) -> bool {
    let (schema, name) = t;
    if schema
        .as_ref()
        .is_some_and(|s| e.schema.as_deref() != Some(s.as_str()))
    {
        return false;
    }
    let on = format!(" ON {name}");
    match e.kind.as_str() {
        "TABLE" | "TABLE DATA" | "ROW SECURITY" => e.name == *name,
        "INDEX" => e.locks.iter().any(|(l, _)| *l == key(e, t)),
        "CONSTRAINT" | "FK CONSTRAINT" | "CHECK CONSTRAINT" | "TRIGGER" | "RULE" | "POLICY"
        | "DEFAULT" => e
            .name
            .strip_prefix(name.as_str())
            .is_some_and(|r| r.starts_with(' ')),
        "COMMENT" | "ACL" | "SECURITY LABEL" => {
            e.name == format!("TABLE {name}")
                || e.name
                    .strip_prefix(&format!("COLUMN {name}"))
                    .is_some_and(|r| r.starts_with('.'))
                || (["RULE ", "TRIGGER ", "POLICY ", "CONSTRAINT "]
                    .iter()
                    .any(|p| e.name.starts_with(p))
                    && e.name.ends_with(&on))
        }
        _ => false,
    }
}

/// Reads `--table [SCHEMA.]NAME`; either may be double-quoted to hold a dot.
pub fn parse_table(arg: &str) -> Option<(Option<String>, String)> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = arg.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    parts.push(cur);
    if quoted || parts.iter().any(String::is_empty) {
        return None;
    }
    match <[String; 2]>::try_from(parts) {
        Ok([s, n]) => Some((Some(s), n)),
        Err(p) if p.len() == 1 => Some((None, p.into_iter().next()?)),
        Err(_) => None,
    }
}

/// Hands out a parallel phase's items as sessions free up, keeping the
/// stage order and the locking rule.
#[derive(Debug)]
pub struct Dispatcher {
    items: Vec<Option<Item>>,
    running: Vec<(usize, Vec<(Text, bool)>)>,
    /// Items of each stage not yet finished.
    open: [usize; 2],
}

impl Dispatcher {
    /// Hands out one parallel phase's `items`, numbered by their index.
    pub fn new(items: Vec<Item>) -> Self {
        let mut open = [0; 2];
        for it in &items {
            open[usize::from(it.stage.min(1))] += 1;
        }
        Dispatcher {
            items: items.into_iter().map(Some).collect(),
            running: Vec::new(),
            open,
        }
    }

    /// Nothing left to hand out or finish.
    pub fn done(&self) -> bool {
        self.open == [0, 0]
    }

    /// Items not yet handed out.
    pub fn waiting(&self) -> usize {
        self.items.iter().filter(|i| i.is_some()).count()
    }

    /// The next item that may start now, with its number.
    pub fn take_next(&mut self) -> Option<(usize, Item)> {
        let at = self.items.iter().position(|slot| {
            slot.as_ref()
                .is_some_and(|it| (it.stage == 0 || self.open[0] == 0) && !self.conflicts(it))
        })?;
        let it = self.items[at].take().expect("found above");
        self.running.push((at, it.locks.clone()));
        Some((at, it))
    }

    fn conflicts(&self, it: &Item) -> bool {
        self.running.iter().any(|(_, locks)| {
            locks
                .iter()
                .any(|(t, x)| it.locks.iter().any(|(u, y)| t == u && (*x || *y)))
        })
    }

    /// Item `at` (stage `stage`) has finished.
    pub fn finished(&mut self, at: usize, stage: u8) {
        self.running.retain(|(i, _)| *i != at);
        self.open[usize::from(stage.min(1))] -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(kind: &str, class: TocClass, size: u64, locks: &[(&str, bool)]) -> TocEntry {
        TocEntry {
            kind: kind.into(),
            name: "x".into(),
            schema: None,
            owner: None,
            section: TocSection::PreData,
            class,
            start: 0,
            end: size,
            rows: 0,
            setup: 0,
            sets: false,
            locks: locks.iter().map(|(t, x)| (Text::from(*t), *x)).collect(),
            parallel: None,
        }
    }

    fn grouped(kind: &str, p: TocParallel, locks: &[(&str, bool)]) -> TocEntry {
        TocEntry {
            parallel: Some(p),
            ..entry(kind, TocClass::Barrier, 10, locks)
        }
    }

    fn groups(items: &[Item]) -> Vec<Vec<usize>> {
        items.iter().map(|i| i.entries.clone()).collect()
    }

    #[test]
    fn independent_tables_and_acls_run_in_parallel_between_barriers() {
        use TocParallel::*;
        let t = toc(vec![
            entry("SCHEMA", TocClass::Barrier, 10, &[]),
            grouped("TABLE", Table, &[]),
            grouped("COMMENT", TableComment, &[]),
            grouped("COMMENT", TableComment, &[]),
            grouped("TABLE", Table, &[]),
            grouped("TABLE", Table, &[]),
            grouped("COMMENT", TableComment, &[]),
            entry("TABLE", TocClass::Barrier, 10, &[]),
            grouped("TABLE", Table, &[]),
            entry("TABLE DATA", TocClass::Data, 10, &[]),
            grouped("ACL", Acl, &[("s\0TABLE a", true)]),
            grouped("ACL", Acl, &[("s\0TABLE a", true)]),
            grouped("ACL", Acl, &[("s\0FUNCTION f()", true)]),
            entry("DEFAULT ACL", TocClass::Barrier, 10, &[]),
            grouped("ACL", Acl, &[("s\0SCHEMA s", true)]),
        ]);
        let all: Vec<usize> = (0..t.entries.len()).collect();
        let shape = Shape {
            jobs: 1,
            transaction_size: 3,
        };
        let p = phases(&t, &all, shape);
        let kinds: Vec<_> = p
            .iter()
            .map(|p| match p {
                Phase::Serial(i) => ("serial", groups(i)),
                Phase::Parallel(i) => ("parallel", groups(i)),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                ("serial", vec![vec![0]]),
                // A table never leaves its comments; batches of about a quarter of a
                // session's share (here 2 entries), within the transaction size.
                ("parallel", vec![vec![1, 2, 3], vec![4], vec![5, 6]]),
                ("serial", vec![vec![7]]),
                ("parallel", vec![vec![8]]),
                ("parallel", vec![vec![9]]),
                ("parallel", vec![vec![10], vec![11], vec![12]]),
                ("serial", vec![vec![13]]),
                ("parallel", vec![vec![14]]),
            ]
        );
        // psql's way: every table alone with its comments, no transaction.
        let p = phases(
            &t,
            &all,
            Shape {
                jobs: 4,
                transaction_size: 0,
            },
        );
        let Phase::Parallel(tables) = &p[1] else {
            panic!()
        };
        assert_eq!(groups(tables), [vec![1, 2, 3], vec![4], vec![5, 6]]);
        assert!(tables.iter().all(|i| !i.transaction));
        // An ACL on one table waits for the other on it; other objects go on.
        let acls = batches(
            &t,
            &[10, 11, 12],
            Shape {
                jobs: 4,
                transaction_size: 1,
            },
            0,
        );
        let mut d = Dispatcher::new(acls);
        let (a, _) = d.take_next().unwrap();
        let (b, _) = d.take_next().unwrap();
        assert_eq!((a, b), (0, 2));
        assert!(d.take_next().is_none());
        d.finished(a, 0);
        assert_eq!(d.take_next().unwrap().0, 1);
    }

    #[test]
    fn a_barrier_left_out_still_parts_two_runs_of_tables() {
        use TocParallel::*;
        let t = toc(vec![
            grouped("TABLE", Table, &[]),
            entry("SEQUENCE", TocClass::Barrier, 10, &[]),
            grouped("TABLE", Table, &[]),
            grouped("TABLE", Table, &[]),
            grouped("TABLE", Table, &[]),
            grouped("ACL", Acl, &[("a", true)]),
            entry("ACL", TocClass::Barrier, 10, &[]),
            grouped("ACL", Acl, &[("b", true)]),
        ]);
        let p = phases(&t, &[0, 2, 4, 5, 7], SHAPE);
        let runs: Vec<_> = p
            .iter()
            .map(|p| match p {
                Phase::Parallel(i) => i.iter().flat_map(|i| i.entries.clone()).collect(),
                Phase::Serial(_) => panic!("{p:?}"),
            })
            .collect::<Vec<Vec<usize>>>();
        // 3, left out, is a table: 2 and 4 still share a phase.
        assert_eq!(runs, [vec![0], vec![2, 4], vec![5], vec![7]]);
    }

    fn toc(entries: Vec<TocEntry>) -> Toc {
        Toc {
            entries,
            setups: vec![vec![]],
            body: 0,
            suffix: 0,
            serial: None,
        }
    }

    const SHAPE: Shape = Shape {
        jobs: 2,
        transaction_size: 2,
    };

    #[test]
    fn runs_of_one_class_become_phases() {
        use TocClass::*;
        let t = toc(vec![
            entry("TABLE", Barrier, 10, &[]),
            entry("TABLE", Barrier, 10, &[]),
            entry("TABLE", Barrier, 10, &[]),
            entry("TABLE DATA", Data, 10, &[]),
            entry("TABLE DATA", Data, 2 << 20, &[]),
            entry("TABLE DATA", Data, 3 << 20, &[]),
            entry("FK CONSTRAINT", ForeignKey, 10, &[("a", true), ("b", true)]),
            entry("INDEX", Index, 10, &[("a", false)]),
            entry("ACL", Barrier, 10, &[]),
        ]);
        let all: Vec<usize> = (0..t.entries.len()).collect();
        let p = phases(&t, &all, SHAPE);
        assert_eq!(p.len(), 4);
        let Phase::Serial(s) = &p[0] else { panic!() };
        let groups: Vec<_> = s.iter().map(|i| i.entries.clone()).collect();
        assert_eq!(groups, [vec![0, 1], vec![2]]);
        let Phase::Parallel(d) = &p[1] else { panic!() };
        let groups: Vec<_> = d.iter().map(|i| i.entries.clone()).collect();
        assert_eq!(groups, [vec![5], vec![4], vec![3]], "largest first");
        let Phase::Parallel(x) = &p[2] else { panic!() };
        assert_eq!((x[0].entries.clone(), x[0].stage), (vec![7], 0));
        assert_eq!((x[1].entries.clone(), x[1].stage), (vec![6], 1));
        let no_txn = phases(
            &t,
            &all,
            Shape {
                jobs: 2,
                transaction_size: 0,
            },
        );
        let Phase::Serial(s) = &no_txn[0] else {
            panic!()
        };
        assert!(s.iter().all(|i| !i.transaction && i.entries.len() == 1));
    }

    #[test]
    fn a_table_brings_its_indexes_constraints_comments_and_grants() {
        let e = |kind: &str, schema: &str, name: &str, locks: &[(&str, bool)]| TocEntry {
            kind: kind.into(),
            name: name.into(),
            schema: Some(schema.into()),
            section: if kind == "TABLE DATA" {
                TocSection::Data
            } else {
                TocSection::PreData
            },
            ..entry(kind, TocClass::Barrier, 1, locks)
        };
        let f = Filter {
            tables: vec![parse_table("app.items").unwrap()],
            ..Filter::default()
        };
        for yes in [
            e("TABLE", "app", "items", &[]),
            e("TABLE DATA", "app", "items", &[]),
            e("INDEX", "app", "items_name_idx", &[("app\0items", false)]),
            e("CONSTRAINT", "app", "items items_pkey", &[]),
            e("FK CONSTRAINT", "app", "items items_owner_fkey", &[]),
            e("TRIGGER", "app", "items touch", &[]),
            e("COMMENT", "app", "COLUMN items.name", &[]),
            e("ACL", "app", "TABLE items", &[]),
        ] {
            assert!(f.keeps(&yes, &[]), "{yes:?}");
        }
        for no in [
            e("TABLE", "other", "items", &[]),
            e("TABLE", "app", "items2", &[]),
            e("CONSTRAINT", "app", "items2 items2_pkey", &[]),
            e("INDEX", "app", "i", &[("app\0items2", false)]),
            e("COMMENT", "app", "COLUMN items2.name", &[]),
            e("VIEW", "app", "items", &[]),
        ] {
            assert!(!f.keeps(&no, &[]), "{no:?}");
        }
        let data = Filter {
            data_only: true,
            ..f.clone()
        };
        assert!(data.keeps(&e("TABLE DATA", "app", "items", &[]), &[]));
        assert!(!data.keeps(&e("TABLE", "app", "items", &[]), &[]));
        assert_eq!(
            parse_table("\"a.b\".\"x\"\"y\""),
            Some((Some("a.b".into()), "x\"y".into()))
        );
        assert_eq!(parse_table("t"), Some((None, "t".into())));
        assert_eq!(parse_table("a.b.c"), None);
        assert_eq!(parse_table("\"open"), None);
    }

    #[test]
    fn foreign_keys_wait_for_indexes_and_locks_never_overlap() {
        use TocClass::*;
        let t = toc(vec![
            entry("CONSTRAINT", Index, 10, &[("a", true)]),
            entry("INDEX", Index, 10, &[("a", false)]),
            entry("INDEX", Index, 10, &[("b", false)]),
            entry("INDEX", Index, 10, &[("b", false)]),
            entry("FK CONSTRAINT", ForeignKey, 10, &[("b", true), ("a", true)]),
        ]);
        let items = post_data_items(
            &t,
            &[0, 1, 2, 3, 4],
            Shape {
                jobs: 4,
                transaction_size: 1,
            },
        );
        let mut d = Dispatcher::new(items);
        let (a, _) = d.take_next().unwrap();
        // The index on a waits for the constraint on a; both on b may run.
        let (b, _) = d.take_next().unwrap();
        let (c, _) = d.take_next().unwrap();
        assert_eq!((a, b, c), (0, 2, 3));
        assert!(d.take_next().is_none());
        d.finished(a, 0);
        let (e, _) = d.take_next().unwrap();
        assert_eq!(e, 1);
        assert!(
            d.take_next().is_none(),
            "the foreign key waits for every index"
        );
        for i in [b, c, e] {
            d.finished(i, 0);
        }
        let (f, it) = d.take_next().unwrap();
        assert_eq!((f, it.stage), (4, 1));
        d.finished(f, 1);
        assert!(d.done());
    }
}
