//! Where an archive's files live: a local directory or an S3 prefix.
//!
//! The archive layer names files (`db-0001.sql.zst.age`, the manifest);
//! this layer finds their bytes. Readers get a [`Store`] and open files as
//! [`Object`]s that read and seek, whatever the medium; writers get an
//! [`ObjectSink`] per file, which makes the file durable when committed and
//! leaves nothing that looks finished when dropped without a commit.

pub mod local;
pub mod profile;
#[cfg(feature = "s3")]
pub mod s3;

use std::fmt;
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};

/// A place an archive (or a collection of archives) is, as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A directory, as given (relative paths stay relative).
    Local(PathBuf),
    /// An `s3://` URL.
    S3(S3Location),
}

impl Location {
    /// `s3://BUCKET/PREFIX` is object storage; anything else is a path.
    pub fn parse(arg: &Path) -> Result<Location> {
        match arg.to_str() {
            Some(s) if s.starts_with("s3://") => Ok(Location::S3(S3Location::parse(s)?)),
            Some(s) if s.contains("://") => {
                bail!("{s}: only s3:// URLs and local paths are supported")
            }
            _ => Ok(Location::Local(arg.to_path_buf())),
        }
    }

    /// The store holding the files at this location.
    pub fn open(&self) -> Result<Arc<dyn Store>> {
        Ok(match self {
            Location::Local(dir) => Arc::new(local::DirStore::new(dir.clone())),
            #[cfg(feature = "s3")]
            Location::S3(at) => Arc::new(s3::S3Store::connect(at.clone())?),
            #[cfg(not(feature = "s3"))]
            Location::S3(at) => bail!("{at}: this pgseal was built without S3 support"),
        })
    }

    /// The location `name` below this one (an archive in a collection).
    pub fn child(&self, name: &str) -> Location {
        match self {
            Location::Local(dir) => Location::Local(dir.join(name)),
            Location::S3(at) => Location::S3(at.child(name)),
        }
    }

    /// A local directory, not object storage.
    pub fn is_local(&self) -> bool {
        matches!(self, Location::Local(_))
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Local(dir) => write!(f, "{}", dir.display()),
            Location::S3(at) => write!(f, "{at}"),
        }
    }
}

/// A file's bytes that can be read from any offset.
pub trait ReadSeek: Read + Seek + Send {}
impl<T: Read + Seek + Send> ReadSeek for T {}

/// One opened file of a store.
pub struct Object {
    /// Its path or URL, for messages.
    pub name: PathBuf,
    /// Its size in bytes.
    pub len: u64,
    /// Reads from the start; seeks anywhere within `len`.
    pub reader: Box<dyn ReadSeek>,
}

/// One file listed in a store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The file name, relative to the location.
    pub name: String,
    /// Its size in bytes.
    pub len: u64,
    /// Last modification, seconds since the Unix epoch.
    pub modified: i64,
}

/// What one location holds, sorted by name.
#[derive(Debug, Default)]
pub struct Entries {
    /// The regular files, sorted by name.
    pub files: Vec<Listed>,
    /// Everything else: locations below (names ending in `/`), symbolic
    /// links, sockets. Whatever is there decides whether a writer may
    /// replace the location or a prune remove it.
    pub others: Vec<String>,
}

/// The files of one archive location, read side.
pub trait Store: Send + Sync {
    /// Where the store is, as the user named it.
    fn location(&self) -> &Location;
    /// The path or URL of file `name`, for messages.
    fn describe(&self, name: &str) -> PathBuf;
    /// Opens file `name`; a missing file is [`io::ErrorKind::NotFound`].
    fn open(&self, name: &str) -> io::Result<Object>;
    /// Everything directly at this location, in one listing.
    fn entries(&self) -> io::Result<Entries>;
    /// The regular files directly at this location (not below it).
    fn list(&self) -> io::Result<Vec<Listed>> {
        Ok(self.entries()?.files)
    }
    /// The names of the locations directly below this one.
    fn children(&self) -> io::Result<Vec<String>> {
        let below = self.entries()?.others.into_iter();
        Ok(below
            .filter_map(|n| n.strip_suffix('/').map(str::to_string))
            .collect())
    }
    /// Whether file `name` exists.
    fn exists(&self, name: &str) -> io::Result<bool> {
        match self.open(name) {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }
    /// Reads all of file `name`, refusing more than `limit` bytes.
    fn read(&self, name: &str, limit: u64) -> io::Result<Vec<u8>> {
        let mut object = self.open(name)?;
        if object.len > limit {
            return Err(io::Error::other(format!(
                "{}: {} bytes, more than the {limit} accepted",
                object.name.display(),
                object.len
            )));
        }
        let mut bytes = Vec::with_capacity(object.len as usize);
        object.reader.read_to_end(&mut bytes)?;
        Ok(bytes)
    }
    /// Removes the files `names` (missing ones are not an error).
    fn remove(&self, names: &[String]) -> io::Result<()>;
    /// When file `name` was made, as recorded by the writer (seconds since
    /// the Unix epoch), or its modification time.
    fn created(&self, name: &str) -> io::Result<i64>;
    /// The store of the location `name` below this one, sharing this one's
    /// connection: a collection of archives is read with one client.
    fn child(&self, name: &str) -> Arc<dyn Store>;
}

/// Where one file is being written. Dropped without [`ObjectSink::commit`],
/// the file must not exist (or not look finished).
pub trait ObjectSink: Write + Send {
    /// Makes everything written durable: fsync, or the upload completed.
    fn commit(&mut self) -> io::Result<()>;
}

impl ObjectSink for std::fs::File {
    fn commit(&mut self) -> io::Result<()> {
        self.flush()?;
        self.sync_all()
    }
}

impl ObjectSink for Box<dyn ObjectSink> {
    fn commit(&mut self) -> io::Result<()> {
        (**self).commit()
    }
}

/// `s3://BUCKET/PREFIX`, the prefix without leading or trailing slashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Location {
    /// The bucket name.
    pub bucket: String,
    /// Empty for the bucket's top level.
    pub prefix: String,
}

impl S3Location {
    /// Reads `s3://BUCKET/PREFIX`, refusing empty, `.` or `..` segments.
    pub fn parse(url: &str) -> Result<S3Location> {
        let rest = url.strip_prefix("s3://").context("not an s3:// URL")?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            bail!("{url}: no bucket named (s3://BUCKET/PREFIX)");
        }
        let prefix = prefix.trim_matches('/');
        if prefix
            .split('/')
            .any(|s| s.is_empty() || s == "." || s == "..")
            && !prefix.is_empty()
        {
            bail!("{url}: the prefix has an empty, '.' or '..' segment");
        }
        Ok(S3Location {
            bucket: bucket.to_string(),
            prefix: prefix.to_string(),
        })
    }

    /// The location `name` below this one.
    pub fn child(&self, name: &str) -> S3Location {
        S3Location {
            bucket: self.bucket.clone(),
            prefix: self.key(name),
        }
    }

    /// The object key of file `name` under the prefix.
    pub(crate) fn key(&self, name: &str) -> String {
        if self.prefix.is_empty() {
            name.to_string()
        } else {
            format!("{}/{name}", self.prefix)
        }
    }
}

impl fmt::Display for S3Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s3://{}/{}", self.bucket, self.prefix)
    }
}
