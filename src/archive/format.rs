//! The archive format: every type pgseal writes to disk, and nothing else.
//!
//! The manifest is the archive's table of contents, sealed like the parts
//! because database names, sizes and row counts are themselves sensitive.
//! The in-memory types of the splitter and the sealing layer are converted
//! into these explicitly (the `From` impls below), so renaming a field
//! elsewhere never changes what is written. A change here is a format
//! change: keep old archives readable, bump [`VERSION`] when old readers
//! would misread the new form, and extend the committed manifests that the
//! tests read back (`testdata/format/`).

use serde::{Deserialize, Serialize};

pub use crate::toc::Text;
use crate::{input, seal, splitter, statement, toc};

mod toc_rows;

/// The manifest's `format`: tells a pgseal manifest from any other JSON.
pub const FORMAT: &str = "pgseal-archive";
/// The manifest format version this pgseal writes, and the newest it reads.
pub const VERSION: u32 = 2;

/// How the input was compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    /// Plain SQL.
    None,
    /// gzip, one member or several.
    Gzip,
    /// A zstd frame, or several.
    Zstd,
}

impl From<input::Compression> for Compression {
    fn from(c: input::Compression) -> Self {
        match c {
            input::Compression::None => Compression::None,
            input::Compression::Gzip => Compression::Gzip,
            input::Compression::Zstd => Compression::Zstd,
        }
    }
}

/// Sizes and hashes of one sealed file (flattened into its part entry).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Bytes of plaintext (before compression).
    pub plain_bytes: u64,
    /// BLAKE3 of the plaintext, in archives that recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plain_blake3: Option<String>,
    /// Bytes of the sealed file.
    pub sealed_bytes: u64,
    /// BLAKE3 of the sealed file, exactly as stored.
    pub sealed_blake3: String,
}

impl From<&seal::SealStats> for Stats {
    fn from(s: &seal::SealStats) -> Self {
        Stats {
            plain_bytes: s.plain_bytes,
            plain_blake3: s.plain_blake3.clone(),
            sealed_bytes: s.sealed_bytes,
            sealed_blake3: s.sealed_blake3.clone(),
        }
    }
}

/// A run of input bytes as it sits in a part's plaintext.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Where the bytes were in the input.
    pub offset: u64,
    /// Bytes in the run; runs follow one another in the part's plaintext.
    pub len: u64,
    /// Out of input order here: the manifest keeps a copy (see
    /// [`RelocatedEntry`]) so the input can be rebuilt in order.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relocated: bool,
}

impl From<&Segment> for splitter::Segment {
    fn from(s: &Segment) -> Self {
        splitter::Segment {
            offset: s.offset,
            len: s.len,
            relocated: s.relocated,
        }
    }
}

impl From<&splitter::Segment> for Segment {
    fn from(s: &splitter::Segment) -> Self {
        Segment {
            offset: s.offset,
            len: s.len,
            relocated: s.relocated,
        }
    }
}

/// Rows a part loads into one table (COPY blocks and INSERT statements).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRows {
    /// As written in the dump: quoted parts kept in quotes, unquoted ones
    /// in lower case, joined by `.`.
    pub table: String,
    /// COPY data lines plus INSERT rows.
    pub rows: u64,
}

impl From<&splitter::TableRows> for TableRows {
    fn from(t: &splitter::TableRows) -> Self {
        TableRows {
            table: t.table.clone(),
            rows: t.rows,
        }
    }
}

/// What the stream said about itself in its comments.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct DumpInfo {
    /// The first line without its `-- ` (`PostgreSQL database cluster dump`).
    pub banner: String,
    /// Each distinct `Dumped from database version` (at most 64).
    pub server_versions: Vec<String>,
    /// Each distinct `Dumped by pg_dump(all) version` (at most 64).
    pub dump_versions: Vec<String>,
    /// The first `Started on` time as written; `null` unless the dump was
    /// made with `pg_dumpall --verbose`.
    pub started_on: Option<String>,
    /// The last `Completed on` time as written; `null` when the stream has none.
    pub completed_on: Option<String>,
}

impl From<&splitter::DumpInfo> for DumpInfo {
    fn from(d: &splitter::DumpInfo) -> Self {
        DumpInfo {
            banner: d.banner.clone(),
            server_versions: d.server_versions.clone(),
            dump_versions: d.dump_versions.clone(),
            started_on: d.started_on.clone(),
            completed_on: d.completed_on.clone(),
        }
    }
}

/// How a relocated statement refers to its database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DbAction {
    /// `CREATE DATABASE`.
    Create,
    /// `DROP DATABASE`.
    Drop,
    /// `ALTER DATABASE`.
    Alter,
    /// `GRANT` or `REVOKE ... ON DATABASE`.
    Grant,
    /// `COMMENT ON DATABASE`.
    Comment,
    /// `SECURITY LABEL ... ON DATABASE`.
    SecurityLabel,
    /// `UPDATE pg_catalog.pg_database ... WHERE datname = '...'`.
    Catalog,
    /// `ALTER ROLE r IN DATABASE d SET ...`.
    RoleSetting,
}

impl From<statement::DbAction> for DbAction {
    fn from(a: statement::DbAction) -> Self {
        use statement::DbAction as A;
        match a {
            A::Create => DbAction::Create,
            A::Drop => DbAction::Drop,
            A::Alter => DbAction::Alter,
            A::Grant => DbAction::Grant,
            A::Comment => DbAction::Comment,
            A::SecurityLabel => DbAction::SecurityLabel,
            A::Catalog => DbAction::Catalog,
            A::RoleSetting => DbAction::RoleSetting,
        }
    }
}

/// What a part holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    /// The globals area: roles, role settings, memberships, tablespaces.
    /// Always part 0, and only that one.
    Globals,
    /// One database section of the stream.
    Database,
}

/// The input stream as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputInfo {
    /// Bytes of the (decompressed) pg_dumpall stream.
    pub bytes: u64,
    /// XXH3-128 of the whole stream, which `cat --all` must reproduce.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xxh3_128: Option<String>,
    /// BLAKE3 of the whole stream, in archives made before XXH3 was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blake3: Option<String>,
    /// How the stream came compressed; `bytes` and the hashes are of the
    /// decompressed stream all the same.
    pub compression: Compression,
}

/// The whole-stream check: catches a rebuilt stream that differs from the
/// input (a damaged manifest, a part put back wrong). It guards against
/// accidents, not forgery: the sealed files' BLAKE3 hashes, age's AEAD and
/// the manifest signature do that. So it is XXH3, which costs next to
/// nothing beside zstd, where BLAKE3 took a tenth of a split's CPU time.
pub enum StreamHasher {
    /// XXH3-128, for [`InputInfo::xxh3_128`].
    Xxh3(Box<twox_hash::XxHash3_128>),
    /// BLAKE3, for [`InputInfo::blake3`] of older archives.
    Blake3(Box<blake3::Hasher>),
}

impl StreamHasher {
    /// The hasher new archives use.
    pub fn new() -> Self {
        StreamHasher::Xxh3(Box::default())
    }

    /// The hasher whose result `input` records, with that result.
    pub fn for_input(input: &InputInfo) -> Option<(Self, &str)> {
        match (&input.xxh3_128, &input.blake3) {
            (Some(x), _) => Some((Self::new(), x)),
            (None, Some(b)) => Some((StreamHasher::Blake3(Box::default()), b)),
            (None, None) => None,
        }
    }

    /// Takes the next bytes of the stream, in stream order.
    pub fn update(&mut self, bytes: &[u8]) {
        match self {
            StreamHasher::Xxh3(h) => h.write(bytes),
            StreamHasher::Blake3(h) => {
                h.update(bytes);
            }
        }
    }

    /// Lowercase hex; XXH3-128 as `xxhsum -H2` prints it.
    pub fn finish_hex(&self) -> String {
        match self {
            StreamHasher::Xxh3(h) => format!("{:032x}", h.finish_128()),
            StreamHasher::Blake3(h) => h.finalize().to_hex().to_string(),
        }
    }
}

impl Default for StreamHasher {
    fn default() -> Self {
        Self::new()
    }
}

/// One part of the archive, in the manifest's `parts` (input order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartEntry {
    /// The sealed file's name in the archive (`globals.sql.zst.age`,
    /// `db-0001.sql.zst.age`, ...); never a database name.
    pub file: String,
    /// Globals or database.
    pub kind: PartKind,
    /// The database name for display (lossy if not UTF-8).
    pub name: Option<String>,
    /// The exact name bytes, in hex, when they are not valid UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_hex: Option<String>,
    /// Where the part begins in the input.
    pub start: u64,
    /// Sizes and hashes, written as fields of the part entry itself.
    #[serde(flatten)]
    pub stats: Stats,
    /// The input runs that make up the plaintext, in plaintext order.
    pub segments: Vec<Segment>,
    /// Rows loaded per table, in the order the tables are first loaded.
    #[serde(default)]
    pub tables: Vec<TableRows>,
    /// Database parts: roles the part needs (owners, grantees); globals:
    /// roles it creates.
    #[serde(default)]
    pub roles: Vec<String>,
    /// The part has its own CREATE DATABASE.
    #[serde(default)]
    pub creates_database: bool,
    /// The input ended inside this part: its SQL is incomplete.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cut_short: bool,
    /// Where zstd frames start: `[plaintext offset, zstd stream offset]`,
    /// so a reader can start inside the part. Absent in older archives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frames: Vec<[u64; 2]>,
    /// Database parts: the pg_dump entries the part holds. Absent in older
    /// archives, which restore in one session per database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toc: Option<Toc>,
}

/// A database part's table of contents (see [`crate::toc`]), written in
/// rows since version 2 (see `toc_rows`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "toc_rows::TocWire")]
pub struct Toc {
    /// Every entry of the part, prefix included, in dump order.
    pub entries: Vec<TocEntry>,
    /// Session settings to replay before an entry: statements, hex.
    pub setups: Vec<Vec<String>>,
    /// Index of the first entry after the part's prefix.
    pub body: usize,
    /// Where the part's closing comments start.
    pub suffix: u64,
    /// Why the part restores in one session, when it must.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
}

/// pg_dump's three sections, as `pg_restore --section` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TocSection {
    /// Definitions before the first data entry (and large objects'
    /// metadata, which pg_dump 17+ writes among the data).
    PreData,
    /// Table contents, sequence values, large-object contents.
    Data,
    /// Indexes, constraints, triggers, rules, ..., and any other entry
    /// after the first data entry.
    PostData,
}

/// How an entry may be scheduled (see [`crate::toc::Class`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TocClass {
    /// Runs alone, after everything before it; see [`TocEntry::parallel`]
    /// for the barriers that may run beside their neighbours.
    Barrier,
    /// Contents of an object the part creates: independent of one another.
    Data,
    /// Index builds, primary key, unique, check and exclusion constraints.
    Index,
    /// Foreign keys: after the indexes and constraints around them.
    ForeignKey,
}

/// One pg_dump entry of a part: a header comment block and what follows
/// it up to the next one. Version 1 wrote it as this object; version 2
/// as a row (see `toc_rows`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TocEntry {
    /// pg_dump's type (`TABLE`, `TABLE DATA`, `INDEX`, `FK CONSTRAINT`, ...).
    pub kind: Text,
    /// The header's name, as pg_dump wrote it (`t`, `TABLE t`, `t t_pkey`).
    pub name: Text,
    /// The header's schema; absent where it gives `-`.
    #[serde(default)]
    pub schema: Option<Text>,
    /// The header's owner; absent where it gives `-` or none.
    #[serde(default)]
    pub owner: Option<Text>,
    /// The pg_dump section the entry belongs to.
    pub section: TocSection,
    /// How the entry may be scheduled.
    pub class: TocClass,
    /// Where the entry starts in the part's plaintext (its header comments).
    pub start: u64,
    /// Where it ends, exclusive; session settings after it are left out.
    pub end: u64,
    /// Rows of COPY data or INSERT statements; absent when 0.
    #[serde(default)]
    pub rows: u64,
    /// Index into [`Toc::setups`]: the settings a session replays before it.
    pub setup: usize,
    /// The entry itself changes session settings, so the session's settings
    /// are unknown after it. Absent when false.
    #[serde(default)]
    pub sets: bool,
    /// Tables an index or constraint works on (`schema\0name`), and
    /// whether its lock excludes every other; for an ACL entry, its object.
    #[serde(default)]
    pub locks: Vec<(Text, bool)>,
    /// A barrier entry that may run beside its neighbours of the same
    /// group. A reader that does not know this field runs the entry in
    /// order, which is always right: so it needs no new format version.
    #[serde(default)]
    pub parallel: Option<TocParallel>,
}

/// Groups of pre-data and ACL entries a restore may run on several sessions
/// (see [`crate::toc::Class`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TocParallel {
    /// A plain `CREATE TABLE`, `CREATE VIEW` or function independent of the
    /// entries around it.
    Table,
    /// A comment on the table entry before it, run with that table.
    TableComment,
    /// `GRANT`/`REVOKE` on one object (its lock in `locks`).
    Acl,
    /// A group a later pgseal wrote: run in order, as a barrier.
    #[serde(other)]
    Unknown,
}

impl TocEntry {
    /// The entry's group, when it may run beside its neighbours.
    pub fn parallel(&self) -> Option<TocParallel> {
        match (self.class, self.parallel) {
            (_, Some(TocParallel::Unknown)) | (_, None) => None,
            (TocClass::Barrier, p) => p,
            _ => None,
        }
    }
}

/// By value: a schema-heavy part has tens of thousands of entries, whose
/// names move into the manifest rather than being copied.
impl From<toc::Toc> for Toc {
    fn from(t: toc::Toc) -> Self {
        Toc {
            entries: t.entries.into_iter().map(Into::into).collect(),
            setups: t
                .setups
                .iter()
                .map(|s| s.iter().map(|st| hex_encode(st)).collect())
                .collect(),
            body: t.body,
            suffix: t.suffix,
            serial: t.serial,
        }
    }
}

impl From<toc::Entry> for TocEntry {
    fn from(e: toc::Entry) -> Self {
        TocEntry {
            kind: e.kind,
            name: e.name,
            schema: e.schema,
            owner: e.owner,
            section: match e.section {
                toc::Section::PreData => TocSection::PreData,
                toc::Section::Data => TocSection::Data,
                toc::Section::PostData => TocSection::PostData,
            },
            class: match e.class {
                toc::Class::Data => TocClass::Data,
                toc::Class::Index => TocClass::Index,
                toc::Class::ForeignKey => TocClass::ForeignKey,
                toc::Class::Barrier
                | toc::Class::Table
                | toc::Class::TableComment
                | toc::Class::Acl => TocClass::Barrier,
            },
            parallel: match e.class {
                toc::Class::Table => Some(TocParallel::Table),
                toc::Class::TableComment => Some(TocParallel::TableComment),
                toc::Class::Acl => Some(TocParallel::Acl),
                _ => None,
            },
            start: e.start,
            end: e.end,
            rows: e.rows,
            setup: e.setup,
            sets: e.sets,
            locks: e
                .locks
                .into_iter()
                .map(|l| (l.table, l.exclusive))
                .collect(),
        }
    }
}

impl PartEntry {
    /// The table of contents a restore can work from: absent in older
    /// archives, not usable when the split said so or the part is cut short.
    pub fn usable_toc(&self) -> Option<&Toc> {
        self.toc
            .as_ref()
            .filter(|t| t.serial.is_none() && !self.cut_short)
    }

    /// The database name as psql sends it.
    pub fn name_bytes(&self) -> Option<Vec<u8>> {
        match (&self.name_hex, &self.name) {
            (Some(h), _) => hex_decode(h),
            (None, Some(n)) => Some(n.as_bytes().to_vec()),
            _ => None,
        }
    }
}

/// A statement carried out of its input position (see the splitter).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelocatedEntry {
    /// Where the statement was in the input.
    pub offset: u64,
    /// The statement bytes, hex.
    pub hex: String,
    /// What it does to its database.
    pub action: DbAction,
    /// The database it names, for display (lossy if not UTF-8).
    pub database: String,
    /// Index of the part that carries it; `None` if no part does.
    pub part: Option<usize>,
}

/// The archive's table of contents (`manifest.json.zst.age`), written last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version it was written in (see [`VERSION`]).
    pub version: u32,
    /// The pgseal that wrote it (its crate version).
    pub pgseal_version: String,
    /// When the split ran (or `SOURCE_DATE_EPOCH`), RFC 3339 in UTC.
    pub created_at: String,
    /// The stream was read to its end, pg_dumpall's trailer.
    pub complete: bool,
    /// Where and why an incomplete stream broke off; absent when complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete_reason: Option<String>,
    /// Size, hash and compression of the whole input.
    pub input: InputInfo,
    /// What the stream said about itself.
    pub dump: DumpInfo,
    /// The zstd level the parts were compressed at.
    pub zstd_level: i32,
    /// Role password hashes were removed before splitting (`--no-role-passwords`):
    /// the input hash and `cat --all` are those of the redacted stream.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub redacted: bool,
    /// File holding the passphrase-sealed archive key, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passphrase_key: Option<String>,
    /// Part 0 is the globals, then one part per database section, in input order.
    pub parts: Vec<PartEntry>,
    /// Statements moved out of the globals area, in input order.
    #[serde(default)]
    pub relocated: Vec<RelocatedEntry>,
}

/// Why a manifest's JSON could not be read.
#[derive(Debug)]
pub enum ManifestError {
    /// Its `format` is not [`FORMAT`].
    Foreign(String),
    /// Written by a later pgseal, in this format version.
    Newer(u32),
    /// Not a manifest this pgseal can read.
    Damaged(serde_json::Error),
}

/// Reads a manifest: its format and version first, so that an archive a
/// later pgseal wrote is named as such, not as damaged, whatever else
/// changed in it.
pub fn read_manifest(json: &[u8]) -> Result<Manifest, ManifestError> {
    #[derive(Deserialize)]
    struct Head {
        format: String,
        version: u32,
    }
    let head: Head = serde_json::from_slice(json).map_err(ManifestError::Damaged)?;
    if head.format != FORMAT {
        return Err(ManifestError::Foreign(head.format));
    }
    if head.version > VERSION {
        return Err(ManifestError::Newer(head.version));
    }
    serde_json::from_slice(json).map_err(ManifestError::Damaged)
}

/// Lowercase hex, two digits a byte: how the manifest holds raw bytes.
pub fn hex_encode(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes that hex text stands for (either case); `None` if it is not hex.
pub fn hex_decode(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Seconds since the epoch as an RFC 3339 UTC timestamp.
pub fn rfc3339(secs: u64) -> String {
    let days = secs / 86_400;
    let rem = secs % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_795_290_000), "2026-11-21T19:40:00Z");
    }

    #[test]
    fn stream_hashes_are_the_reference_values() {
        // XXH3-128 of "" and of "abc", as `xxhsum -H2` prints them.
        let mut h = StreamHasher::new();
        assert_eq!(h.finish_hex(), "99aa06d3014798d86001c324468d497f");
        h.update(b"a");
        h.update(b"bc");
        assert_eq!(h.finish_hex(), "06b05ab6733a618578af5f94892f3950");
        // Long enough for the vectorised path, fed in uneven pieces.
        let long: Vec<u8> = (0..=255u8).cycle().take(256_000).collect();
        let mut h = StreamHasher::new();
        for piece in long.chunks(4093) {
            h.update(piece);
        }
        assert_eq!(h.finish_hex(), "548512d98989de2d776474c39d20f9aa");
        let old = InputInfo {
            bytes: 3,
            xxh3_128: None,
            blake3: Some(blake3::hash(b"abc").to_hex().to_string()),
            compression: Compression::None,
        };
        let (mut h, want) = StreamHasher::for_input(&old).unwrap();
        h.update(b"abc");
        assert_eq!(h.finish_hex(), want);
    }

    /// Manifests written by format version 1 (a `--clean` dump; a cut-short
    /// passphrase archive), committed as they were written: they must read
    /// and write back unchanged, so renaming a field is a deliberate,
    /// versioned change and never an accident.
    #[test]
    fn version_1_manifests_read_and_write_back_unchanged() {
        for (name, text) in [
            (
                "manifest-v1.json",
                include_str!("../../testdata/format/manifest-v1.json"),
            ),
            (
                "manifest-v1-incomplete-passphrase.json",
                include_str!("../../testdata/format/manifest-v1-incomplete-passphrase.json"),
            ),
        ] {
            let m: Manifest = serde_json::from_str(text).unwrap();
            assert_eq!((m.format.as_str(), m.version), (FORMAT, 1), "{name}");
            let back = serde_json::to_value(&m).unwrap();
            let orig: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(back, orig, "{name} does not write back unchanged");
        }
        let m: Manifest =
            serde_json::from_str(include_str!("../../testdata/format/manifest-v1.json")).unwrap();
        assert_eq!(m.parts.len(), 15);
        assert!(m.relocated.iter().all(|r| r.action == DbAction::Drop));
        let cut: Manifest = serde_json::from_str(include_str!(
            "../../testdata/format/manifest-v1-incomplete-passphrase.json"
        ))
        .unwrap();
        assert!(!cut.complete && cut.parts.last().unwrap().cut_short);
        assert_eq!(cut.passphrase_key.as_deref(), Some("key.age"));
    }

    /// A version 1 table of contents (entries as objects, with `parallel`,
    /// a field older readers ignore: to them those entries are barriers,
    /// which restore correctly) reads, and writes in rows (version 2)
    /// that read back to the same entries.
    #[test]
    fn version_1_tables_of_contents_read_and_write_as_rows() {
        let text = include_str!("../../testdata/format/manifest-v1-parallel-toc.json");
        let m = read_manifest(text.as_bytes()).unwrap();
        let rows = serde_json::to_string(&m).unwrap();
        assert!(
            rows.contains("\"strings\":[\"DATABASE\""),
            "{}",
            &rows[..300]
        );
        assert_eq!(read_manifest(rows.as_bytes()).unwrap(), m);
        let toc = m.parts.iter().find_map(|p| p.toc.as_ref()).unwrap();
        let groups: Vec<_> = toc.entries.iter().filter_map(|e| e.parallel()).collect();
        for g in [
            TocParallel::Table,
            TocParallel::TableComment,
            TocParallel::Acl,
        ] {
            assert!(groups.contains(&g), "{g:?}");
        }
        assert!(toc
            .entries
            .iter()
            .all(|e| e.parallel.is_none() || e.class == TocClass::Barrier));
        // A group a later pgseal invents runs as a barrier.
        let later = text.replacen("\"parallel\": \"table\"", "\"parallel\": \"future\"", 1);
        let m = read_manifest(later.as_bytes()).unwrap();
        let toc = m.parts.iter().find_map(|p| p.toc.as_ref()).unwrap();
        let e = toc
            .entries
            .iter()
            .find(|e| e.parallel == Some(TocParallel::Unknown));
        assert_eq!(e.and_then(TocEntry::parallel), None);
    }

    /// A version 2 manifest (the fixture `pg16-toc.sql` split), committed
    /// as written: it reads and writes back unchanged, and its rows hold
    /// what the entries say.
    #[test]
    fn version_2_manifests_read_and_write_back_unchanged() {
        let text = include_str!("../../testdata/format/manifest-v2-toc.json");
        let m = read_manifest(text.as_bytes()).unwrap();
        assert_eq!(m.version, 2);
        let back = serde_json::to_value(&m).unwrap();
        let orig: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(back, orig, "does not write back unchanged");
        let toc = largest_toc(&m);
        let e = |kind: &str| toc.entries.iter().find(|e| e.kind == kind).unwrap();
        assert_eq!(e("DATABASE").owner.as_deref(), Some("toc_owner"));
        assert_eq!(e("TABLE DATA").class, TocClass::Data);
        assert!(e("TABLE DATA").rows > 0);
        assert_eq!(e("INDEX").section, TocSection::PostData);
        assert!(!e("INDEX").locks.is_empty());
        assert_eq!(e("FK CONSTRAINT").class, TocClass::ForeignKey);
        assert!(toc.entries.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(toc
            .entries
            .iter()
            .any(|e| e.parallel == Some(TocParallel::Acl)));
    }

    /// A row that does not hold together is refused, naming its entry; a
    /// group number this pgseal does not know runs the entry in order.
    #[test]
    fn rows_are_checked_as_they_are_read() {
        let text = include_str!("../../testdata/format/manifest-v2-toc.json");
        let row = "[0, \"toc\", null, 1, 0, 0, 475, 222, 0]";
        assert!(text.contains(row));
        for (bad, why) in [
            (
                "[99999, \"toc\", null, 1, 0, 0, 475, 222, 0]",
                "entry 0 (\"toc\"): string 99999 is past",
            ),
            (
                "[0, \"toc\", null, 1, 7, 0, 475, 222, 0]",
                "section 7 is not one this pgseal knows",
            ),
            (
                "[0, \"toc\", null, 1, 0, 0, -476, 222, 0]",
                "gap -476 from byte 0",
            ),
            ("[0, \"toc\", null, 1, 0, 0, 475]", "invalid length 7"),
        ] {
            let Err(ManifestError::Damaged(e)) =
                read_manifest(text.replacen(row, bad, 1).as_bytes())
            else {
                panic!("{bad} is not refused as damaged")
            };
            assert!(e.to_string().contains(why), "{bad}: {e}");
        }
        let later = text.replacen(row, "[0, \"toc\", null, 1, 0, 0, 475, 222, 0, 9]", 1);
        let m = read_manifest(later.as_bytes()).unwrap();
        let toc = largest_toc(&m);
        assert_eq!(toc.entries[0].parallel, Some(TocParallel::Unknown));
        assert_eq!(toc.entries[0].parallel(), None);
    }

    fn largest_toc(m: &Manifest) -> &Toc {
        m.parts
            .iter()
            .filter_map(|p| p.toc.as_ref())
            .max_by_key(|t| t.entries.len())
            .unwrap()
    }

    /// A newer archive is named as such, whatever else it changed; a foreign
    /// or broken one is not taken for a newer one.
    #[test]
    fn the_version_is_read_before_the_rest() {
        let text = include_str!("../../testdata/format/manifest-v1.json");
        let newer = text
            .replacen("\"version\": 1", "\"version\": 3", 1)
            .replacen("\"parts\": [", "\"parts\": 7, \"old_parts\": [", 1);
        assert!(matches!(
            read_manifest(newer.as_bytes()),
            Err(ManifestError::Newer(3))
        ));
        let foreign = text.replacen("pgseal-archive", "other", 1);
        assert!(matches!(
            read_manifest(foreign.as_bytes()),
            Err(ManifestError::Foreign(f)) if f == "other"
        ));
        let broken = text.replacen("\"parts\": [", "\"parts\": 7, \"old_parts\": [", 1);
        assert!(matches!(
            read_manifest(broken.as_bytes()),
            Err(ManifestError::Damaged(_))
        ));
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(
            hex_decode(&hex_encode(b"caf\xe9")),
            Some(b"caf\xe9".to_vec())
        );
        assert_eq!(hex_decode("zz"), None);
    }
}
