//! The archive directory: one sealed file per part, a sealed manifest, and
//! nothing whose name reveals a database or role.

pub mod format;
pub mod inventory;
pub mod publish;
pub mod reader;
pub mod retention;
pub mod writer;

pub use format::{Manifest, PartEntry, PartKind};
pub use publish::DestinationTaken;
pub use reader::Archive;
pub use writer::ArchiveWriter;

/// The sealed manifest; an archive without it is partial.
pub const MANIFEST_FILE: &str = "manifest.json.zst.age";
/// The archive key sealed with a passphrase (`split --passphrase` only).
pub const KEY_FILE: &str = "key.age";
/// SSHSIG signature of the sealed manifest (`split --sign-key`).
pub const SIGNATURE_FILE: &str = "manifest.sig";
/// Marker of an archive whose input was cut short: it says where.
pub const INCOMPLETE_FILE: &str = "INCOMPLETE";

/// File name of part `index`: numbered, never named after its database.
pub fn part_file(index: usize) -> String {
    if index == 0 {
        "globals.sql.zst.age".to_string()
    } else {
        format!("db-{index:04}.sql.zst.age")
    }
}
