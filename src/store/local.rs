//! An archive directory on a local file system.

use std::fs::{self, File};
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

use super::{Listed, Location, Object, Store};

pub struct DirStore {
    location: Location,
    dir: PathBuf,
}

impl DirStore {
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

    fn list(&self) -> io::Result<Vec<Listed>> {
        let mut out = Vec::new();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            let meta = entry.metadata()?;
            if meta.is_file() {
                out.push(Listed {
                    name: entry.file_name().to_string_lossy().into_owned(),
                    len: meta.len(),
                    modified: meta.mtime(),
                });
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    fn children(&self) -> io::Result<Vec<String>> {
        let mut out = Vec::new();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                out.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        out.sort();
        Ok(out)
    }

    fn exists(&self, name: &str) -> io::Result<bool> {
        match fs::symlink_metadata(self.dir.join(name)) {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn created(&self, name: &str) -> io::Result<Option<i64>> {
        Ok(Some(fs::metadata(self.dir.join(name))?.mtime()))
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
