//! How a table of contents is written since format version 2: one short
//! array per entry instead of an object, with the strings that repeat
//! (types, schemas, owners, locked tables) written once per part.
//!
//! A schema-heavy part has tens of thousands of entries; as objects they
//! made the manifest ten times the size of the SQL's own compressed text,
//! and writing and reading it took longer than splitting the stream.
//!
//! ```text
//! "toc": {
//!   "strings": ["TABLE", "public", "app", ...],
//!   "entries": [[kind, name, schema, owner, section, class, gap, len, setup,
//!                parallel, rows, sets, locks], ...],
//!   "setups": [...], "body": N, "suffix": N, "serial": "..."
//! }
//! ```
//!
//! - `kind`, `schema`, `owner`: indexes into `strings`; `schema` and `owner`
//!   are `null` where pg_dump gives `-`.
//! - `section`: 0 pre-data, 1 data, 2 post-data. `class`: 0 barrier,
//!   1 data, 2 index, 3 foreign key. `parallel`: 0 none, 1 table,
//!   2 table comment, 3 ACL; a number this pgseal does not know runs the
//!   entry in order.
//! - `gap`: where the entry starts, less where the entry before it ended
//!   (the first: less 0); `len`: its length. `sets`: 0 or 1.
//! - `locks`: `[table, exclusive]` pairs, `table` an index into `strings`
//!   (`schema\0name`) and `exclusive` 0 or 1.
//! - From `parallel` on, elements equal to 0 (or `[]`) at the end of the
//!   array are left out.
//!
//! Version 1 manifests, whose entries are objects, are read too.

use std::collections::HashMap;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use super::{Text, Toc, TocClass, TocEntry, TocParallel, TocSection};

/// The strings a part's entries share, each written once, and each
/// entry's indexes into them.
#[derive(Default)]
struct Strings<'a> {
    list: Vec<&'a str>,
    index: HashMap<&'a str, u32, foldhash::fast::FixedState>,
    /// The kind, schema and owner of the entry before: neighbours mostly
    /// share them, and comparing is cheaper than hashing.
    recent: [Option<(&'a str, u32)>; 3],
    ids: Vec<Ids>,
    /// Every entry's lock tables, in order.
    locks: Vec<u32>,
}

#[derive(Clone, Copy)]
struct Ids {
    kind: u32,
    schema: Option<u32>,
    owner: Option<u32>,
}

impl<'a> Strings<'a> {
    fn of(toc: &'a Toc) -> Self {
        let mut s = Strings {
            ids: Vec::with_capacity(toc.entries.len()),
            ..Strings::default()
        };
        for e in &toc.entries {
            let ids = Ids {
                kind: s.near(0, &e.kind),
                schema: e.schema.as_deref().map(|x| s.near(1, x)),
                owner: e.owner.as_deref().map(|x| s.near(2, x)),
            };
            s.ids.push(ids);
            for (table, _) in &e.locks {
                let id = s.add(table);
                s.locks.push(id);
            }
        }
        s
    }

    /// [`Strings::add`], trying the string of the entry before first.
    fn near(&mut self, slot: usize, x: &'a str) -> u32 {
        match self.recent[slot] {
            Some((y, id)) if y == x => id,
            _ => {
                let id = self.add(x);
                self.recent[slot] = Some((x, id));
                id
            }
        }
    }

    fn add(&mut self, s: &'a str) -> u32 {
        let next = self.list.len() as u32;
        *self.index.entry(s).or_insert_with(|| {
            self.list.push(s);
            next
        })
    }
}

impl Serialize for Toc {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let strings = Strings::of(self);
        let mut st = s.serialize_struct("Toc", 6)?;
        st.serialize_field("strings", &strings.list)?;
        st.serialize_field(
            "entries",
            &Rows {
                toc: self,
                strings: &strings,
            },
        )?;
        st.serialize_field("setups", &self.setups)?;
        st.serialize_field("body", &self.body)?;
        st.serialize_field("suffix", &self.suffix)?;
        match &self.serial {
            Some(why) => st.serialize_field("serial", why)?,
            None => st.skip_field("serial")?,
        }
        st.end()
    }
}

struct Rows<'a> {
    toc: &'a Toc,
    strings: &'a Strings<'a>,
}

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.toc.entries.len()))?;
        let (mut prev_end, mut locks) = (0, &self.strings.locks[..]);
        for (e, &ids) in self.toc.entries.iter().zip(&self.strings.ids) {
            let (mine, rest) = locks.split_at(e.locks.len());
            seq.serialize_element(&Row {
                e,
                prev_end,
                ids,
                locks: mine,
            })?;
            (prev_end, locks) = (e.end, rest);
        }
        seq.end()
    }
}

struct Row<'a> {
    e: &'a TocEntry,
    prev_end: u64,
    ids: Ids,
    locks: &'a [u32],
}

/// A row's fields up to `setup` are always written.
const ALWAYS: usize = 9;

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.e;
        let parallel = e.parallel.map_or(0, |p| code(&GROUPS, p).saturating_add(1));
        let tail = [parallel != 0, e.rows != 0, e.sets, !e.locks.is_empty()];
        let extra = tail.iter().rposition(|&x| x).map_or(0, |i| i + 1);
        let mut seq = s.serialize_seq(Some(ALWAYS + extra))?;
        seq.serialize_element(&self.ids.kind)?;
        seq.serialize_element(&e.name)?;
        seq.serialize_element(&self.ids.schema)?;
        seq.serialize_element(&self.ids.owner)?;
        seq.serialize_element(&code(&SECTIONS, e.section))?;
        seq.serialize_element(&code(&CLASSES, e.class))?;
        seq.serialize_element(&(e.start as i64 - self.prev_end as i64))?;
        seq.serialize_element(&(e.end - e.start))?;
        seq.serialize_element(&e.setup)?;
        if extra > 0 {
            seq.serialize_element(&parallel)?;
        }
        if extra > 1 {
            seq.serialize_element(&e.rows)?;
        }
        if extra > 2 {
            seq.serialize_element(&u8::from(e.sets))?;
        }
        if extra > 3 {
            seq.serialize_element(&Locks(&e.locks, self.locks))?;
        }
        seq.end()
    }
}

/// An entry's locks as `[table, exclusive]` pairs.
struct Locks<'a>(&'a [(Text, bool)], &'a [u32]);

impl Serialize for Locks<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let pairs = self.0.iter().zip(self.1);
        s.collect_seq(pairs.map(|((_, exclusive), &table)| (table, u8::from(*exclusive))))
    }
}

/// What the numbers of `section` and `class` stand for, by position.
const SECTIONS: [TocSection; 3] = [TocSection::PreData, TocSection::Data, TocSection::PostData];
const CLASSES: [TocClass; 4] = [
    TocClass::Barrier,
    TocClass::Data,
    TocClass::Index,
    TocClass::ForeignKey,
];
/// What `parallel` 1, 2, 3 stand for (0: none; a number past them: a
/// group a later pgseal wrote, [`TocParallel::Unknown`]).
const GROUPS: [TocParallel; 3] = [
    TocParallel::Table,
    TocParallel::TableComment,
    TocParallel::Acl,
];

/// `v`'s position in `table`; `u8::MAX` for a value it lacks (only
/// [`TocParallel::Unknown`], which then stays unknown).
fn code<T: PartialEq>(table: &[T], v: T) -> u8 {
    table
        .iter()
        .position(|x| *x == v)
        .map_or(u8::MAX, |i| i as u8)
}

/// The value `n` stands for in `table`.
fn decode<T: Copy>(table: &[T], n: u8, what: &str) -> Result<T, String> {
    table.get(usize::from(n)).copied().ok_or_else(|| {
        format!(
            "{what} {n} is not one this pgseal knows (0 to {})",
            table.len() - 1
        )
    })
}

/// A table of contents as either version writes it.
#[derive(Deserialize)]
pub(super) struct TocWire {
    #[serde(default)]
    strings: Vec<Text>,
    entries: Vec<EntryWire>,
    setups: Vec<Vec<String>>,
    body: usize,
    suffix: u64,
    #[serde(default)]
    serial: Option<String>,
}

enum EntryWire {
    /// Version 1.
    Object(TocEntry),
    /// Version 2.
    Row(RowWire),
}

#[derive(Deserialize)]
struct RowWire {
    kind: u32,
    name: Text,
    schema: Option<u32>,
    owner: Option<u32>,
    section: u8,
    class: u8,
    gap: i64,
    len: u64,
    setup: usize,
    #[serde(default)]
    parallel: u8,
    #[serde(default)]
    rows: u64,
    #[serde(default)]
    sets: u8,
    #[serde(default)]
    locks: Vec<(u32, u8)>,
}

impl<'de> Deserialize<'de> for EntryWire {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = EntryWire;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of contents entry (an array, or an object)")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<EntryWire, A::Error> {
                RowWire::deserialize(SeqAccessDeserializer::new(seq)).map(EntryWire::Row)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<EntryWire, A::Error> {
                TocEntry::deserialize(MapAccessDeserializer::new(map)).map(EntryWire::Object)
            }
        }
        d.deserialize_any(Either)
    }
}

impl TryFrom<TocWire> for Toc {
    type Error = String;

    fn try_from(w: TocWire) -> Result<Toc, String> {
        let mut entries = Vec::with_capacity(w.entries.len());
        let mut prev_end = 0u64;
        for (i, e) in w.entries.into_iter().enumerate() {
            let e = match e {
                EntryWire::Object(e) => e,
                EntryWire::Row(r) => match from_row(&r, prev_end, &w.strings) {
                    Ok(e) => TocEntry { name: r.name, ..e },
                    Err(why) => {
                        return Err(format!("table of contents entry {i} ({:?}): {why}", r.name))
                    }
                },
            };
            prev_end = e.end;
            entries.push(e);
        }
        Ok(Toc {
            entries,
            setups: w.setups,
            body: w.body,
            suffix: w.suffix,
            serial: w.serial,
        })
    }
}

/// The entry a row stands for, all but its name.
fn from_row(r: &RowWire, prev_end: u64, strings: &[Text]) -> Result<TocEntry, String> {
    let string = |i: u32| {
        strings
            .get(i as usize)
            .cloned()
            .ok_or_else(|| format!("string {i} is past the {} the part lists", strings.len()))
    };
    let start = prev_end
        .checked_add_signed(r.gap)
        .ok_or_else(|| format!("gap {} from byte {prev_end} leaves the part", r.gap))?;
    let end = start
        .checked_add(r.len)
        .ok_or_else(|| format!("length {} from byte {start} leaves the part", r.len))?;
    Ok(TocEntry {
        kind: string(r.kind)?,
        name: Text::default(),
        schema: r.schema.map(string).transpose()?,
        owner: r.owner.map(string).transpose()?,
        section: decode(&SECTIONS, r.section, "section")?,
        class: decode(&CLASSES, r.class, "class")?,
        start,
        end,
        rows: r.rows,
        setup: r.setup,
        sets: r.sets != 0,
        locks: (r.locks.iter())
            .map(|&(t, x)| Ok((string(t)?, x != 0)))
            .collect::<Result<_, String>>()?,
        parallel: match r.parallel {
            0 => None,
            n => Some(decode(&GROUPS, n - 1, "").unwrap_or(TocParallel::Unknown)),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(kind: &str, start: u64, end: u64) -> TocEntry {
        TocEntry {
            kind: kind.into(),
            name: "n".into(),
            schema: None,
            owner: None,
            section: TocSection::PreData,
            class: TocClass::Barrier,
            start,
            end,
            rows: 0,
            setup: 0,
            sets: false,
            locks: Vec::new(),
            parallel: None,
        }
    }

    /// Every field away from its default, in each position a row can end.
    #[test]
    fn rows_carry_every_field() {
        let mut entries = vec![entry("A", 5, 9), entry("B", 9, 9), entry("A", 3, 4)];
        entries[0].schema = Some("s\0\"x\"".into());
        entries[0].owner = Some("o".into());
        entries[0].parallel = Some(TocParallel::Unknown);
        entries[1].section = TocSection::PostData;
        entries[1].class = TocClass::ForeignKey;
        entries[1].rows = u64::MAX;
        entries[1].setup = 2;
        entries[2].sets = true;
        entries[2].locks = vec![("s\0\"x\"".into(), true), ("t".into(), false)];
        entries[2].parallel = Some(TocParallel::Acl);
        let toc = Toc {
            entries,
            setups: vec![vec!["00".into()]; 3],
            body: 1,
            suffix: 10,
            serial: Some("why".into()),
        };
        let json = serde_json::to_string(&toc).unwrap();
        assert!(
            json.contains("[3,\"n\",null,null,2,3,0,0,2,0,18446744073709551615]"),
            "{json}"
        );
        let back_then_locks = "[0,\"n\",null,null,0,0,-6,1,0,3,0,1,[[1,1],[4,0]]]";
        assert!(json.contains(back_then_locks), "{json}");
        let back: Toc = serde_json::from_str(&json).unwrap();
        assert_eq!(back, toc);
    }
}
