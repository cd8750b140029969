//! An archive directory on a local file system.

use std::fs::{self, File};
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::sync::Arc;

use super::{Entries, Listed, Location, Object, Store};

/// A [`Store`] over the files of one local directory.
pub struct DirStore {
    location: Location,
    dir: PathBuf,
}

impl DirStore {
    /// A store for `dir`, which need not exist yet.
    pub fn new(dir: PathBuf) -> DirStore {
        DirStore {
            location: Location::Local(dir.clone()),
            dir,
        }
    }
}

impl Store for DirStore {
    fn location(&self) -> &Location {
        &self.location
    }

    fn describe(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn open(&self, name: &str) -> io::Result<Object> {
        let path = self.dir.join(name);
        let file = File::open(&path)?;
        let meta = file.metadata()?;
        if !meta.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a file", path.display()),
            ));
        }
        Ok(Object {
            name: path,
            len: meta.len(),
            reader: Box::new(file),
        })
    }

    fn entries(&self) -> io::Result<Entries> {
        let mut out = Entries::default();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            // Not following links: a link is not a file of the archive.
            let meta = fs::symlink_metadata(entry.path())?;
            if meta.is_file() {
                out.files.push(Listed {
                    name,
                    len: meta.len(),
                    modified: meta.mtime(),
                });
            } else if meta.is_dir() {
                out.others.push(format!("{name}/"));
            } else {
                out.others.push(name);
            }
        }
        out.files.sort_by(|a, b| a.name.cmp(&b.name));
        out.others.sort();
        Ok(out)
    }

    fn exists(&self, name: &str) -> io::Result<bool> {
        match fs::symlink_metadata(self.dir.join(name)) {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn created(&self, name: &str) -> io::Result<i64> {
        Ok(fs::metadata(self.dir.join(name))?.mtime())
    }

    fn child(&self, name: &str) -> Arc<dyn Store> {
        Arc::new(DirStore::new(self.dir.join(name)))
    }

    fn remove(&self, names: &[String]) -> io::Result<()> {
        for name in names {
            match fs::remove_file(self.dir.join(name)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}
