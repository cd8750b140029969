//! The restore journal (`--journal FILE`, `--resume FILE`): which parts and
//! which table-of-contents entries have committed in the target, so an
//! interrupted restore goes on without redoing work or duplicating rows.
//!
//! One JSON object a line, appended and flushed as things happen; no SQL,
//! only part files and entry numbers. A transaction's id is written before
//! its COMMIT is sent: if the restore dies between the commit and the line
//! saying so, `--resume` asks the server (`txid_status`) whether it
//! committed.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::archive::Manifest;

const KIND: &str = "pgseal-restore-journal";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Line {
    Journal {
        kind: String,
        version: u32,
        archive: String,
    },
    /// The part began to run: its database may exist now.
    Started {
        part: String,
    },
    /// The part's prefix (CREATE DATABASE, settings) has run.
    Prefix {
        part: String,
    },
    /// These entries run in transaction `xid`, whose COMMIT is on its way.
    Pending {
        part: String,
        entries: Vec<usize>,
        xid: u64,
    },
    Done {
        part: String,
        entries: Vec<usize>,
    },
    Complete {
        part: String,
    },
}

/// What the journal says of one part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartState {
    /// The part began to run: its database may exist.
    pub started: bool,
    /// The part's prefix (CREATE DATABASE, settings) has run.
    pub prefix: bool,
    /// Entries whose transaction committed.
    pub done: HashSet<usize>,
    /// Transactions whose outcome the journal does not know.
    pub pending: Vec<(Vec<usize>, u64)>,
    /// The whole part committed.
    pub complete: bool,
}

/// An open journal, appended to line by line, each line synced before the call returns.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: Mutex<File>,
    /// What an earlier run recorded, by part file.
    pub before: HashMap<String, PartState>,
}

/// Names the archive a journal belongs to.
fn archive_id(m: &Manifest) -> String {
    let hash = m.input.xxh3_128.as_deref().or(m.input.blake3.as_deref());
    format!("{} {}", m.created_at, hash.unwrap_or(""))
}

impl Journal {
    /// A new journal; an existing file is refused (it belongs to `--resume`).
    pub fn create(path: &Path, manifest: &Manifest) -> Result<Journal> {
        let file = OpenOptions::new()
            .create_new(true)
            .append(true)
            .open(path)
            .with_context(|| {
                format!(
                    "cannot create the journal {} (to go on from it, use --resume)",
                    path.display()
                )
            })?;
        let j = Journal {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            before: HashMap::new(),
        };
        j.write(&Line::Journal {
            kind: KIND.into(),
            version: 1,
            archive: archive_id(manifest),
        })?;
        Ok(j)
    }

    /// Reads a journal of an earlier restore of `manifest` and appends to it.
    pub fn resume(path: &Path, manifest: &Manifest) -> Result<Journal> {
        let show = path.display();
        let read = File::open(path).with_context(|| format!("cannot open the journal {show}"))?;
        let mut before: HashMap<String, PartState> = HashMap::new();
        let mut lines = BufReader::new(read).lines();
        let first = lines
            .next()
            .transpose()
            .with_context(|| format!("cannot read the journal {show}"))?;
        match first.as_deref().map(serde_json::from_str::<Line>) {
            Some(Ok(Line::Journal {
                kind,
                version,
                archive,
            })) if kind == KIND => {
                if version != 1 {
                    bail!("{show} is a pgseal restore journal of version {version}, which this pgseal does not read");
                }
                if archive != archive_id(manifest) {
                    bail!("the journal {show} belongs to another archive (it was made for the archive created {archive})");
                }
            }
            None => bail!("the journal {show} is empty: start again with --journal"),
            _ => bail!("{show} is not a pgseal restore journal (its first line is not the journal's header)"),
        }
        for line in lines {
            let line = line.with_context(|| format!("cannot read the journal {show}"))?;
            // A line cut short by a crash is the last one: what it said did not happen.
            if let Ok(l) = serde_json::from_str::<Line>(&line) {
                apply(&mut before, l);
            }
        }
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .with_context(|| format!("cannot append to the journal {show}"))?;
        Ok(Journal {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            before,
        })
    }

    /// The journal's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn write(&self, line: &Line) -> Result<()> {
        let mut text = serde_json::to_string(line).expect("journal lines serialize");
        text.push('\n');
        let mut f = self.file.lock().unwrap();
        f.write_all(text.as_bytes())
            .and_then(|()| f.sync_data())
            .with_context(|| format!("cannot write the journal {}", self.path.display()))
    }

    /// Records that `part` (its file name) began to run.
    pub fn started(&self, part: &str) -> Result<()> {
        self.write(&Line::Started { part: part.into() })
    }
    /// Records that `part`'s prefix has run.
    pub fn prefix(&self, part: &str) -> Result<()> {
        self.write(&Line::Prefix { part: part.into() })
    }
    /// Records, before its COMMIT is sent, that `entries` of `part` run in transaction `xid`.
    pub fn pending(&self, part: &str, entries: &[usize], xid: u64) -> Result<()> {
        self.write(&Line::Pending {
            part: part.into(),
            entries: entries.to_vec(),
            xid,
        })
    }
    /// Records that `entries` of `part` committed.
    pub fn done(&self, part: &str, entries: &[usize]) -> Result<()> {
        self.write(&Line::Done {
            part: part.into(),
            entries: entries.to_vec(),
        })
    }
    /// Records that all of `part` committed.
    pub fn complete(&self, part: &str) -> Result<()> {
        self.write(&Line::Complete { part: part.into() })
    }
}

fn apply(parts: &mut HashMap<String, PartState>, line: Line) {
    match line {
        Line::Journal { .. } => {}
        Line::Started { part } => parts.entry(part).or_default().started = true,
        Line::Prefix { part } => parts.entry(part).or_default().prefix = true,
        Line::Pending { part, entries, xid } => {
            parts.entry(part).or_default().pending.push((entries, xid))
        }
        Line::Done { part, entries } => {
            let p = parts.entry(part).or_default();
            p.pending.retain(|(e, _)| *e != entries);
            p.done.extend(entries);
        }
        Line::Complete { part } => parts.entry(part).or_default().complete = true,
    }
}

impl PartState {
    /// Settles the transactions the journal left open, with the server's
    /// word on each (`committed` from `txid_status`).
    pub fn settle(&mut self, committed: impl Fn(u64) -> Result<bool>) -> Result<()> {
        for (entries, xid) in std::mem::take(&mut self.pending) {
            if committed(xid)? {
                self.done.extend(entries);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        serde_json::from_str(include_str!("../../testdata/format/manifest-v1.json")).unwrap()
    }

    #[test]
    fn only_its_own_header_opens_a_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        let m = manifest();
        let j = Journal::create(&path, &m).unwrap();
        j.done("db-0001.sql.zst.age", &[4]).unwrap();
        assert!(Journal::create(&path, &m).is_err(), "never overwritten");
        let again = Journal::resume(&path, &m).unwrap();
        assert_eq!(again.before["db-0001.sql.zst.age"].done, HashSet::from([4]));
        let mut other = m.clone();
        other.created_at = "2000-01-01T00:00:00Z".into();
        let e = Journal::resume(&path, &other).unwrap_err().to_string();
        assert!(e.contains("belongs to another archive"), "{e}");
        // A damaged header is refused, not skipped over.
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{{\"journ{}", &text[8..])).unwrap();
        let e = Journal::resume(&path, &m).unwrap_err().to_string();
        assert!(e.contains("not a pgseal restore journal"), "{e}");
        std::fs::write(&path, "").unwrap();
        let e = Journal::resume(&path, &m).unwrap_err().to_string();
        assert!(e.contains("is empty"), "{e}");
    }

    #[test]
    fn replays_what_happened_and_ignores_a_torn_last_line() {
        let mut parts = HashMap::new();
        for l in [
            Line::Started { part: "p".into() },
            Line::Prefix { part: "p".into() },
            Line::Pending {
                part: "p".into(),
                entries: vec![3, 4],
                xid: 900,
            },
            Line::Done {
                part: "p".into(),
                entries: vec![3, 4],
            },
            Line::Pending {
                part: "p".into(),
                entries: vec![5],
                xid: 901,
            },
        ] {
            apply(&mut parts, l);
        }
        let mut p = parts.remove("p").unwrap();
        assert!(p.started && p.prefix && !p.complete);
        assert_eq!(p.done, HashSet::from([3, 4]));
        assert_eq!(p.pending, vec![(vec![5], 901)]);
        let mut q = p.clone();
        p.settle(|x| Ok(x == 901)).unwrap();
        assert_eq!(p.done, HashSet::from([3, 4, 5]));
        q.settle(|_| Ok(false)).unwrap();
        assert_eq!(q.done, HashSet::from([3, 4]));
    }
}
