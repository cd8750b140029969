//! An archive under an S3 prefix, through `object_store`.
//!
//! pgseal's readers and writers are synchronous; the S3 client is not. One
//! small tokio runtime serves every request, and the sync side blocks on it
//! (never from inside it). A file being written is uploaded in parts while
//! it is written, a few parts in flight at once, so memory stays bounded by
//! part size times parts in flight, whatever the file's size; a file that
//! ends before its first part is full goes up in one `PUT`.

use std::collections::VecDeque;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Duration;

use anyhow::{Context, Result};
use bytes::Bytes;
use futures::stream::{BoxStream, StreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{
    Attribute, Attributes, GetOptions, GetRange, MultipartUpload, ObjectStore, ObjectStoreExt,
    PutMultipartOptions, PutOptions, PutPayload, RetryConfig,
};
use tokio::task::JoinHandle;

use super::{Entries, Listed, Location, Object, ObjectSink, S3Location, Store};

/// The runtime every S3 request runs on.
fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("pgseal-s3")
            .enable_all()
            .build()
            .expect("cannot start the S3 client's runtime")
    })
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    runtime().block_on(f)
}

/// Upload part sizes: 8 MiB for the first 1000 parts, 64 MiB after, so an
/// object can reach about 570 GiB within S3's 10,000 parts.
const SMALL_PART: usize = 8 << 20;
const LARGE_PART: usize = 64 << 20;
const SMALL_PARTS: usize = 1000;
/// Parts uploading at once per file.
pub const PARTS_IN_FLIGHT: usize = 4;

/// The retry budget for one request: `PGSEAL_S3_RETRY_SECONDS`, or 60 s.
fn retry() -> RetryConfig {
    let seconds = std::env::var("PGSEAL_S3_RETRY_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(60);
    RetryConfig {
        max_retries: 10,
        retry_timeout: Duration::from_secs(seconds),
        ..RetryConfig::default()
    }
}

/// A [`Store`] over the objects under one S3 prefix, which keeps track of
/// what it writes so that a failed run can take it back.
pub struct S3Store {
    location: Location,
    at: S3Location,
    client: Arc<AmazonS3>,
    writes: Arc<Mutex<Writes>>,
}

/// What this process wrote through one store: so that a failed or
/// interrupted run can take it all back.
#[derive(Default)]
struct Writes {
    uploads: Vec<SharedUpload>,
    files: Vec<ObjectPath>,
}

impl S3Store {
    /// A client for the bucket, configured as the AWS tools are: `AWS_*`
    /// variables first, then the profile (`AWS_PROFILE`, default `default`)
    /// in `~/.aws/credentials` and `~/.aws/config`.
    pub fn connect(at: S3Location) -> Result<S3Store> {
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(&at.bucket);
        let profile = super::profile::Profile::load()?;
        let env = |k: &str| std::env::var_os(k).is_some();
        if let Some(p) = &profile {
            if !env("AWS_ACCESS_KEY_ID") {
                if let (Some(id), Some(secret)) = (&p.access_key_id, &p.secret_access_key) {
                    builder = builder
                        .with_access_key_id(id)
                        .with_secret_access_key(secret);
                    if let Some(token) = &p.session_token {
                        builder = builder.with_token(token);
                    }
                }
            }
            if !env("AWS_REGION") && !env("AWS_DEFAULT_REGION") {
                if let Some(region) = &p.region {
                    builder = builder.with_region(region);
                }
            }
        }
        let endpoint = std::env::var("AWS_ENDPOINT_URL_S3")
            .or_else(|_| std::env::var("AWS_ENDPOINT_URL"))
            .ok()
            .or_else(|| profile.as_ref().and_then(|p| p.endpoint_url.clone()));
        if let Some(url) = endpoint {
            // A plain-HTTP endpoint is a local server the user named.
            builder = builder
                .with_allow_http(url.starts_with("http://"))
                .with_endpoint(url);
        }
        // Every byte pgseal writes is authenticated by age, and the manifest
        // holds each file's hash: signing the payload too would only hash
        // each part twice more (client and server). AWS_UNSIGNED_PAYLOAD=false
        // asks for it anyway.
        if std::env::var_os("AWS_UNSIGNED_PAYLOAD").is_none() {
            builder = builder.with_unsigned_payload(true);
        }
        let client = builder
            .with_retry(retry())
            .build()
            .with_context(|| format!("cannot set up the S3 client for s3://{}", at.bucket))?;
        Ok(S3Store {
            location: Location::S3(at.clone()),
            at,
            client: Arc::new(client),
            writes: Arc::default(),
        })
    }

    fn path(&self, name: &str) -> ObjectPath {
        ObjectPath::from(self.at.key(name))
    }

    fn url(&self, name: &str) -> String {
        format!("s3://{}/{}", self.at.bucket, self.at.key(name))
    }

    /// Starts writing file `name`.
    pub fn create(&self, name: &str) -> S3Sink {
        S3Sink {
            client: self.client.clone(),
            path: self.path(name),
            url: self.url(name),
            buf: Vec::new(),
            upload: None,
            in_flight: VecDeque::new(),
            parts: 0,
            attributes: Attributes::new(),
            done: false,
            writes: self.writes.clone(),
        }
    }

    /// A function that aborts every upload in progress and removes every
    /// file written through this store so far; for a failed or interrupted
    /// run, from any thread.
    pub fn undo(&self) -> impl Fn() -> io::Result<()> + Send + Sync + 'static {
        let client = self.client.clone();
        let writes = self.writes.clone();
        move || {
            let (uploads, files) = {
                let mut w = writes.lock().unwrap_or_else(PoisonError::into_inner);
                (std::mem::take(&mut w.uploads), std::mem::take(&mut w.files))
            };
            let mut first_error = None;
            for u in &uploads {
                if let Err(e) = abort_upload(u) {
                    first_error.get_or_insert(e);
                }
            }
            for f in &files {
                match block_on(client.delete(f)) {
                    Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                    Err(e) => {
                        first_error.get_or_insert(io::Error::other(e));
                    }
                }
            }
            first_error.map_or(Ok(()), Err)
        }
    }

    /// Forgets what was written, so that [`S3Store::undo`] leaves it: the
    /// archive is committed.
    pub fn keep_writes(&self) {
        *self.writes.lock().unwrap_or_else(PoisonError::into_inner) = Writes::default();
    }

    /// Writes file `name` in one request, with the creation time as
    /// metadata (read back by [`Store::created`]).
    pub fn put(&self, name: &str, bytes: Vec<u8>, created: Option<i64>) -> io::Result<()> {
        let mut opts = PutOptions::default();
        if let Some(t) = created {
            opts.attributes = created_attribute(t);
        }
        let path = self.path(name);
        block_on(self.client.put_opts(&path, PutPayload::from(bytes), opts))
            .map_err(|e| io_error(&self.url(name), e))?;
        lock(&self.writes).files.push(path);
        Ok(())
    }
}

const CREATED_KEY: &str = "pgseal-created";

fn created_attribute(t: i64) -> Attributes {
    let mut a = Attributes::new();
    a.insert(
        Attribute::Metadata(CREATED_KEY.into()),
        t.to_string().into(),
    );
    a
}

/// What went wrong with a request, as far as the user can act on it.
#[derive(Debug, PartialEq, Eq)]
enum Failure {
    Denied,
    NoBucket,
    Missing,
    Unreachable,
    Other,
}

fn classify(e: &object_store::Error) -> Failure {
    use object_store::client::{HttpError, HttpErrorKind};
    use object_store::Error as E;
    // S3 names the missing bucket by its error code in the response body,
    // and object_store keeps the status of a failed listing or upload only
    // in the message.
    let text = e.to_string();
    if text.contains("NoSuchBucket") {
        return Failure::NoBucket;
    }
    if text.contains("403 Forbidden") {
        return Failure::Denied;
    }
    match e {
        E::NotFound { .. } => return Failure::Missing,
        E::PermissionDenied { .. } | E::Unauthenticated { .. } => return Failure::Denied,
        _ => {}
    }
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if let Some(h) = c.downcast_ref::<HttpError>() {
            if matches!(h.kind(), HttpErrorKind::Connect | HttpErrorKind::Timeout) {
                return Failure::Unreachable;
            }
        }
        cause = c.source();
    }
    Failure::Other
}

fn io_error(url: &str, e: object_store::Error) -> io::Error {
    let failure = classify(&e);
    if failure == Failure::Missing {
        return io::Error::new(io::ErrorKind::NotFound, format!("{url} does not exist"));
    }
    let what = match failure {
        Failure::Denied => {
            "access denied: check the credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, \
             AWS_SESSION_TOKEN, or AWS_PROFILE) and what the key may do in the bucket"
        }
        Failure::NoBucket => "no such bucket",
        Failure::Unreachable => "the S3 server cannot be reached (AWS_ENDPOINT_URL)",
        _ => "request failed",
    };
    let kind = match failure {
        Failure::Denied => io::ErrorKind::PermissionDenied,
        _ => io::ErrorKind::Other,
    };
    io::Error::new(kind, format!("{url}: {what} ({e})"))
}

impl Store for S3Store {
    fn location(&self) -> &Location {
        &self.location
    }

    fn describe(&self, name: &str) -> PathBuf {
        PathBuf::from(self.url(name))
    }

    fn open(&self, name: &str) -> io::Result<Object> {
        let path = self.path(name);
        let url = self.url(name);
        let meta = block_on(self.client.head(&path)).map_err(|e| io_error(&url, e))?;
        Ok(Object {
            name: PathBuf::from(&url),
            len: meta.size,
            reader: Box::new(S3Reader {
                client: self.client.clone(),
                path,
                url,
                len: meta.size,
                pos: 0,
                body: None,
                chunk: Bytes::new(),
            }),
        })
    }

    fn entries(&self) -> io::Result<Entries> {
        let prefix =
            (!self.at.prefix.is_empty()).then(|| ObjectPath::from(self.at.prefix.as_str()));
        let listed = block_on(self.client.list_with_delimiter(prefix.as_ref()))
            .map_err(|e| io_error(&self.at.to_string(), e))?;
        let mut out = Entries::default();
        for m in listed.objects {
            if let Some(name) = m.location.filename() {
                out.files.push(Listed {
                    name: name.to_string(),
                    len: m.size,
                    modified: m.last_modified.timestamp(),
                });
            }
        }
        let below = listed.common_prefixes.iter().filter_map(|p| p.filename());
        out.others = below.map(|n| format!("{n}/")).collect();
        out.files.sort_by(|a, b| a.name.cmp(&b.name));
        out.others.sort();
        Ok(out)
    }

    fn exists(&self, name: &str) -> io::Result<bool> {
        match block_on(self.client.head(&self.path(name))) {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(io_error(&self.url(name), e)),
        }
    }

    fn remove(&self, names: &[String]) -> io::Result<()> {
        for name in names {
            match block_on(self.client.delete(&self.path(name))) {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(io_error(&self.url(name), e)),
            }
        }
        Ok(())
    }

    fn created(&self, name: &str) -> io::Result<i64> {
        let opts = GetOptions {
            head: true,
            ..GetOptions::default()
        };
        let got = block_on(self.client.get_opts(&self.path(name), opts))
            .map_err(|e| io_error(&self.url(name), e))?;
        let stamp = got
            .attributes
            .get(&Attribute::Metadata(CREATED_KEY.into()))
            .and_then(|v| v.as_ref().parse().ok());
        Ok(stamp.unwrap_or(got.meta.last_modified.timestamp()))
    }

    fn child(&self, name: &str) -> Arc<dyn Store> {
        let at = self.at.child(name);
        Arc::new(S3Store {
            location: Location::S3(at.clone()),
            at,
            client: self.client.clone(),
            writes: Arc::default(),
        })
    }
}

/// Reads an object as one streaming GET from the current offset; a seek
/// elsewhere starts a new GET there.
struct S3Reader {
    client: Arc<AmazonS3>,
    path: ObjectPath,
    url: String,
    len: u64,
    pos: u64,
    body: Option<BoxStream<'static, object_store::Result<Bytes>>>,
    chunk: Bytes,
}

impl Read for S3Reader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.chunk.is_empty() {
            if self.pos >= self.len {
                return Ok(0);
            }
            let body = match &mut self.body {
                Some(b) => b,
                None => {
                    let opts = GetOptions {
                        range: Some(GetRange::Offset(self.pos)),
                        ..GetOptions::default()
                    };
                    let got = block_on(self.client.get_opts(&self.path, opts))
                        .map_err(|e| io_error(&self.url, e))?;
                    self.body.insert(got.into_stream())
                }
            };
            match block_on(body.next()) {
                Some(Ok(bytes)) => self.chunk = bytes,
                Some(Err(e)) => {
                    self.body = None;
                    return Err(io_error(&self.url, e));
                }
                None => {
                    self.body = None;
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        format!(
                            "{}: the download ended at byte {} of {}",
                            self.url, self.pos, self.len
                        ),
                    ));
                }
            }
        }
        let n = buf.len().min(self.chunk.len());
        buf[..n].copy_from_slice(&self.chunk[..n]);
        self.chunk = self.chunk.slice(n..);
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for S3Reader {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        }
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the start"))?;
        let ahead = target.wrapping_sub(self.pos);
        if target >= self.pos && ahead <= self.chunk.len() as u64 {
            self.chunk = self.chunk.slice(ahead as usize..);
        } else {
            self.body = None;
            self.chunk = Bytes::new();
        }
        self.pos = target;
        Ok(target)
    }
}

/// Writes one object: a multipart upload once the first part is full.
/// Dropped without a commit, the upload is aborted and nothing is left.
pub struct S3Sink {
    client: Arc<AmazonS3>,
    path: ObjectPath,
    url: String,
    buf: Vec<u8>,
    upload: Option<SharedUpload>,
    in_flight: VecDeque<JoinHandle<object_store::Result<()>>>,
    parts: usize,
    attributes: Attributes,
    done: bool,
    writes: Arc<Mutex<Writes>>,
}

fn lock(w: &Mutex<Writes>) -> std::sync::MutexGuard<'_, Writes> {
    w.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The upload, shared with an interrupt handler that may abort it.
pub type SharedUpload = Arc<Mutex<Option<Box<dyn MultipartUpload>>>>;

impl S3Sink {
    fn part_size(&self) -> usize {
        if self.parts < SMALL_PARTS {
            SMALL_PART
        } else {
            LARGE_PART
        }
    }

    /// Records the creation time as object metadata.
    pub fn set_created(&mut self, t: i64) {
        self.attributes = created_attribute(t);
    }

    fn send_part(&mut self) -> io::Result<()> {
        let upload = match &self.upload {
            Some(u) => u.clone(),
            None => {
                let opts = PutMultipartOptions {
                    attributes: self.attributes.clone(),
                    ..PutMultipartOptions::default()
                };
                let started = block_on(self.client.put_multipart_opts(&self.path, opts))
                    .map_err(|e| io_error(&self.url, e))?;
                let shared: SharedUpload = Arc::new(Mutex::new(Some(started)));
                lock(&self.writes).uploads.push(shared.clone());
                self.upload.insert(shared).clone()
            }
        };
        let data = PutPayload::from(std::mem::take(&mut self.buf));
        let part = {
            let mut guard = upload.lock().unwrap_or_else(PoisonError::into_inner);
            let u = guard
                .as_mut()
                .ok_or_else(|| io::Error::other(format!("{}: the upload was aborted", self.url)))?;
            u.put_part(data)
        };
        self.in_flight.push_back(runtime().spawn(part));
        self.parts += 1;
        while self.in_flight.len() >= PARTS_IN_FLIGHT {
            self.wait_oldest()?;
        }
        Ok(())
    }

    fn wait_oldest(&mut self) -> io::Result<()> {
        let Some(h) = self.in_flight.pop_front() else {
            return Ok(());
        };
        match block_on(h) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(io_error(&self.url, e)),
            Err(e) => Err(io::Error::other(format!(
                "{}: upload task failed: {e}",
                self.url
            ))),
        }
    }
}

impl Write for S3Sink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let size = self.part_size();
        if self.buf.capacity() == 0 {
            self.buf.reserve_exact(size);
        }
        let n = data.len().min(size - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == size {
            self.send_part()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl ObjectSink for S3Sink {
    fn commit(&mut self) -> io::Result<()> {
        let Some(upload) = self.upload.clone() else {
            let opts = PutOptions {
                attributes: self.attributes.clone(),
                ..PutOptions::default()
            };
            let body = PutPayload::from(std::mem::take(&mut self.buf));
            block_on(self.client.put_opts(&self.path, body, opts))
                .map_err(|e| io_error(&self.url, e))?;
            lock(&self.writes).files.push(self.path.clone());
            self.done = true;
            return Ok(());
        };
        if !self.buf.is_empty() {
            self.send_part()?;
        }
        while !self.in_flight.is_empty() {
            self.wait_oldest()?;
        }
        let taken = upload.lock().unwrap_or_else(PoisonError::into_inner).take();
        let mut u = taken
            .ok_or_else(|| io::Error::other(format!("{}: the upload was aborted", self.url)))?;
        block_on(u.complete()).map_err(|e| io_error(&self.url, e))?;
        let mut w = lock(&self.writes);
        w.uploads.retain(|x| !Arc::ptr_eq(x, &upload));
        w.files.push(self.path.clone());
        self.done = true;
        Ok(())
    }
}

impl Drop for S3Sink {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        for h in self.in_flight.drain(..) {
            h.abort();
        }
        if let Some(u) = &self.upload {
            let _ = abort_upload(u);
        }
    }
}

/// Aborts an upload in progress, so the store keeps none of its parts.
pub fn abort_upload(upload: &SharedUpload) -> io::Result<()> {
    let taken = upload.lock().unwrap_or_else(PoisonError::into_inner).take();
    match taken {
        Some(mut u) => block_on(u.abort()).map_err(io::Error::other),
        None => Ok(()),
    }
}
