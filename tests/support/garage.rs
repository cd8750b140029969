//! A real S3 server for the object-storage tests: Garage, built by
//! `testdata/pg-install.sh` (`cargo install garage`).
//!
//! Each [`Garage`] is a private single-node server in its own temporary
//! directory: sqlite metadata, replication factor 1, a random RPC secret,
//! every socket on 127.0.0.1 only, one bucket and one key allowed to read,
//! write and own it. Its S3 API is checked with `curl --aws-sigv4`, a client
//! that shares no code with pgseal, so a test can tell what really is in the
//! bucket.
//!
//! Std only, apart from the `tempfile` crate (a normal dependency).
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The region Garage is configured with; SigV4 signatures must name it.
pub const REGION: &str = "garage";

/// How long a start or restart may take before the test fails.
const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The garage program: on PATH, else in `$CARGO_HOME/bin` or
/// `~/.cargo/bin`, where `cargo install` puts it.
pub fn garage_bin() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    if let Some(home) = std::env::var_os("CARGO_HOME").filter(|v| !v.is_empty()) {
        dirs.push(PathBuf::from(home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        dirs.push(PathBuf::from(home).join(".cargo/bin"));
    }
    dirs.into_iter()
        .map(|d| d.join("garage"))
        .find(|p| p.is_file())
}

/// A running throwaway Garage server. Killed and deleted on drop, which also
/// runs when a test panics; a small watchdog process does the same if the
/// test process dies without unwinding.
pub struct Garage {
    bin: PathBuf,
    s3_port: u16,
    rpc_port: u16,
    bucket: String,
    key_id: String,
    secret: String,
    server: Option<Child>,
    watchdog: Option<Child>,
    // Last: removed after Drop::drop has killed the server.
    dir: tempfile::TempDir,
}

/// One answer of the S3 API.
pub struct Response {
    pub status: u16,
    /// The raw header lines, as received.
    pub headers: String,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The value of header `name` (case-insensitive), if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

impl Garage {
    /// A fresh server with one bucket and one key, ready for S3 requests;
    /// None after a [`super::skip`] when garage is not installed. Panics if
    /// it does not start.
    pub fn start() -> Option<Garage> {
        let Some(bin) = garage_bin() else {
            super::skip(
                "`garage` is not installed (run testdata/pg-install.sh, or \
                 cargo install garage --locked --version 2.5.0)",
            );
            return None;
        };
        let dir = tempfile::Builder::new()
            .prefix("pgseal-garage")
            .tempdir_in("/tmp")
            .expect("create garage temp dir");
        let mut g = Garage {
            bin,
            s3_port: 0,
            rpc_port: 0,
            bucket: format!("pgseal-test-{}", &random_hex(8)),
            key_id: String::new(),
            secret: String::new(),
            server: None,
            watchdog: None,
            dir,
        };
        g.watchdog = g.spawn_watchdog();
        g.launch_on_free_ports();
        g.set_up_layout();
        let bucket = g.bucket.clone();
        g.create_bucket(&bucket);
        g.create_key();
        g.wait_s3_ready();
        Some(g)
    }

    /// Starts the server on ports that were free a moment ago; another
    /// process may take one in between, so a start that fails to bind is
    /// retried on new ones.
    fn launch_on_free_ports(&mut self) {
        let secret = random_hex(32);
        for _ in 0..5 {
            let [s3, rpc] = free_ports();
            self.s3_port = s3;
            self.rpc_port = rpc;
            self.write_config(&secret);
            self.spawn_server();
            match self.wait_rpc_ready() {
                Ok(()) => return,
                Err(log) if log.contains("Address already in use") => {
                    let _ = std::fs::remove_file(self.log_path());
                    continue;
                }
                Err(log) => panic!("garage did not start:\n{log}"),
            }
        }
        panic!(
            "garage did not start: its ports were taken five times:\n{}",
            self.server_log()
        );
    }

    fn write_config(&self, rpc_secret: &str) {
        let d = self.dir.path();
        let config = format!(
            r#"metadata_dir = "{meta}"
data_dir = "{data}"
db_engine = "sqlite"
replication_factor = 1
# Parts are sealed with age: compressing them again is wasted work.
compression_level = "none"
rpc_bind_addr = "127.0.0.1:{rpc}"
rpc_public_addr = "127.0.0.1:{rpc}"
rpc_secret = "{rpc_secret}"

[s3_api]
s3_region = "{REGION}"
api_bind_addr = "127.0.0.1:{s3}"
"#,
            meta = d.join("meta").display(),
            data = d.join("data").display(),
            rpc = self.rpc_port,
            s3 = self.s3_port,
        );
        std::fs::write(self.config_path(), config).expect("write garage.toml");
    }

    fn config_path(&self) -> PathBuf {
        self.dir.path().join("garage.toml")
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("server.log")
    }

    fn spawn_server(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("open garage server.log");
        let child = Command::new(&self.bin)
            .arg("-c")
            .arg(self.config_path())
            .arg("server")
            .env("RUST_LOG", "garage=info")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("dup server.log"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", self.bin.display()));
        std::fs::write(self.dir.path().join("garage.pid"), child.id().to_string())
            .expect("write garage.pid");
        self.server = Some(child);
    }

    /// Waits until the S3 port accepts and `garage status` answers;
    /// Err(server log) if the server exits first or takes too long.
    fn wait_rpc_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + READY_TIMEOUT;
        loop {
            if let Some(status) = self
                .server
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                self.server = None;
                return Err(format!("exited with {status}:\n{}", self.server_log()));
            }
            let s3 = std::net::SocketAddr::from(([127, 0, 0, 1], self.s3_port));
            if std::net::TcpStream::connect_timeout(&s3, Duration::from_secs(1)).is_ok()
                && self.cli_output(&["status"]).status.success()
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "`garage status` failed for {READY_TIMEOUT:?}:\n{}",
                    self.server_log()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the bucket can be listed (the S3 API answers only once
    /// the layout is in effect).
    fn wait_s3_ready(&self) {
        let deadline = Instant::now() + READY_TIMEOUT;
        let path = format!("/{}?list-type=2&max-keys=1", self.bucket);
        loop {
            let r = self.request("GET", &path, None);
            if r.status == 200 {
                return;
            }
            // Only a server still settling (5xx) is worth waiting for.
            if r.status < 500 || Instant::now() > deadline {
                panic!(
                    "garage's S3 API is not ready (waited up to {READY_TIMEOUT:?}): HTTP \
                     {}:\n{}\nserver log:\n{}",
                    r.status,
                    r.text(),
                    self.server_log()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Gives the single node all the capacity and applies layout version 1.
    fn set_up_layout(&self) {
        let id = self.cli(&["node", "id", "-q"]);
        let id = id.trim().split('@').next().unwrap_or_default().to_string();
        assert!(!id.is_empty(), "garage node id printed nothing");
        self.cli(&["layout", "assign", "-z", "dc1", "-c", "1G", &id]);
        self.cli(&["layout", "apply", "--version", "1"]);
    }

    /// Creates the key and allows it everything on the main bucket.
    fn create_key(&mut self) {
        let out = self.cli(&["key", "create", "pgseal-test"]);
        self.key_id = field(&out, "Key ID").unwrap_or_else(|| {
            panic!("no `Key ID:` line in the output of garage key create:\n{out}")
        });
        let info = self.cli(&["key", "info", "--show-secret", &self.key_id]);
        self.secret = field(&info, "Secret key")
            .filter(|s| s.len() == 64)
            .unwrap_or_else(|| {
                panic!("no `Secret key:` line in the output of garage key info:\n{info}")
            });
        let bucket = self.bucket.clone();
        self.allow(&bucket);
    }

    fn allow(&self, bucket: &str) {
        self.cli(&[
            "bucket",
            "allow",
            "--read",
            "--write",
            "--owner",
            bucket,
            "--key",
            &self.key_id,
        ]);
    }

    /// Another bucket, which the key may read, write and own.
    pub fn create_bucket(&self, name: &str) {
        self.cli(&["bucket", "create", name]);
        if !self.key_id.is_empty() {
            self.allow(name);
        }
    }

    fn cli_output(&self, args: &[&str]) -> Output {
        Command::new(&self.bin)
            .arg("-c")
            .arg(self.config_path())
            .args(args)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", self.bin.display()))
    }

    /// `garage -c CONFIG ARGS...`, which must succeed; its stdout.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = self.cli_output(args);
        if !out.status.success() {
            panic!(
                "garage {} failed ({}):\nstdout:\n{}\nstderr:\n{}\nserver log:\n{}",
                args.join(" "),
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                self.server_log()
            );
        }
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Kills the server if this process dies without running Drop.
    fn spawn_watchdog(&self) -> Option<Child> {
        Command::new("sh")
            .arg("-c")
            .arg(
                r#"p=$1; d=$2; while kill -0 "$p" 2>/dev/null; do sleep 1; done
                   [ -f "$d/garage.pid" ] && kill -9 "$(cat "$d/garage.pid")" 2>/dev/null
                   rm -rf "$d""#,
            )
            .arg("pgseal-garage-watchdog")
            .arg(std::process::id().to_string())
            .arg(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()
    }

    /// Kills the server (SIGKILL, as a crash would) and keeps its data.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.server.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts the server again with the same config, data and ports, and
    /// waits until the bucket answers. Stops it first if it is running.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn_server();
        if let Err(log) = self.wait_rpc_ready() {
            panic!("garage did not restart:\n{log}");
        }
        self.wait_s3_ready();
    }

    /// Whether the server process is running (not stopped, not exited).
    pub fn is_running(&mut self) -> bool {
        self.server
            .as_mut()
            .is_some_and(|c| matches!(c.try_wait(), Ok(None)))
    }

    /// `http://127.0.0.1:PORT`, the S3 endpoint.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.s3_port)
    }
    pub fn s3_port(&self) -> u16 {
        self.s3_port
    }
    pub fn bucket(&self) -> &str {
        &self.bucket
    }
    pub fn key_id(&self) -> &str {
        &self.key_id
    }
    pub fn secret(&self) -> &str {
        &self.secret
    }
    pub fn region(&self) -> &str {
        REGION
    }
    /// `s3://BUCKET/PREFIX`.
    pub fn url(&self, prefix: &str) -> String {
        format!("s3://{}/{}", self.bucket, prefix)
    }

    /// The variables an S3 client reads (as the AWS CLI does) to reach this
    /// server with its key.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("AWS_ACCESS_KEY_ID".into(), self.key_id.clone()),
            ("AWS_SECRET_ACCESS_KEY".into(), self.secret.clone()),
            ("AWS_REGION".into(), REGION.into()),
            ("AWS_ENDPOINT_URL".into(), self.endpoint()),
        ]
    }

    /// The server's output so far (for assertion messages).
    pub fn server_log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// The temporary directory holding config, data and log.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

/// The S3 client: curl with SigV4, path-style URLs.
impl Garage {
    /// One signed request, `path_query` being `/BUCKET/KEY?QUERY` already
    /// percent-encoded. Query parameters must be in sorted order, each with
    /// `=` (`?uploads=`): curl signs the query as written. Panics only if
    /// curl cannot talk to the server at all.
    pub fn request(&self, method: &str, path_query: &str, body: Option<&[u8]>) -> Response {
        static SEQ: AtomicU64 = AtomicU64::new(0);
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let out_file = self.dir.path().join(format!("curl-{n}.out"));
        let head_file = self.dir.path().join(format!("curl-{n}.head"));
        let url = format!("{}{path_query}", self.endpoint());
        let mut c = Command::new("curl");
        c.args(["-q", "-sS", "--noproxy", "*", "--max-time", "120"])
            .arg("--aws-sigv4")
            .arg(format!("aws:amz:{REGION}:s3"))
            .arg("--user")
            .arg(format!("{}:{}", self.key_id, self.secret))
            .args(["-X", method, "-w", "%{http_code}", "-o"])
            .arg(&out_file)
            .arg("-D")
            .arg(&head_file);
        let in_file = self.dir.path().join(format!("curl-{n}.in"));
        // Garage requires the payload hash header, which curl does not add.
        let mut sha = EMPTY_SHA256.to_string();
        if let Some(body) = body {
            std::fs::write(&in_file, body).expect("write request body");
            sha = sha256_file(&in_file);
            c.arg("--data-binary")
                .arg(format!("@{}", in_file.display()))
                .args(["-H", "Content-Type: application/octet-stream"]);
        }
        c.arg("-H").arg(format!("x-amz-content-sha256: {sha}"));
        let out = c
            .arg(&url)
            .stdin(Stdio::null())
            .output()
            .expect("run curl (apt-get install curl)");
        let _ = std::fs::remove_file(&in_file);
        let body = std::fs::read(&out_file).unwrap_or_default();
        let headers = std::fs::read_to_string(&head_file).unwrap_or_default();
        let _ = std::fs::remove_file(&out_file);
        let _ = std::fs::remove_file(&head_file);
        let code = String::from_utf8_lossy(&out.stdout);
        let status = code.trim().parse().unwrap_or(0);
        if !out.status.success() || status == 0 {
            panic!(
                "curl {method} {url} failed ({}): {}\nserver log:\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr),
                self.server_log()
            );
        }
        Response {
            status,
            headers,
            body,
        }
    }

    /// [`Garage::request`] that must answer one of `ok`; else a panic with
    /// the status and the body.
    fn expect(&self, method: &str, path_query: &str, body: Option<&[u8]>, ok: &[u16]) -> Response {
        let r = self.request(method, path_query, body);
        if !ok.contains(&r.status) {
            panic!(
                "S3 {method} {path_query}: HTTP {} (expected {ok:?}):\n{}",
                r.status,
                r.text()
            );
        }
        r
    }

    fn object_path(&self, key: &str) -> String {
        format!("/{}/{}", self.bucket, encode(key, false))
    }

    /// The object's bytes, or None if there is no such key.
    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        let r = self.expect("GET", &self.object_path(key), None, &[200, 404]);
        (r.status == 200).then_some(r.body)
    }

    pub fn put(&self, key: &str, bytes: &[u8]) {
        self.expect("PUT", &self.object_path(key), Some(bytes), &[200]);
    }

    pub fn delete(&self, key: &str) {
        self.expect("DELETE", &self.object_path(key), None, &[200, 204]);
    }

    /// Every object under `prefix` with its size, in key order
    /// (ListObjectsV2, following continuation tokens).
    pub fn list(&self, prefix: &str) -> Vec<(String, u64)> {
        self.list_paged(prefix, 1000)
    }

    /// [`Garage::list`] asking for `page` keys per request.
    pub fn list_paged(&self, prefix: &str, page: u32) -> Vec<(String, u64)> {
        let mut found = vec![];
        let mut token: Option<String> = None;
        loop {
            let mut q = String::new();
            if let Some(t) = &token {
                q.push_str(&format!("continuation-token={}&", encode(t, true)));
            }
            q.push_str(&format!(
                "list-type=2&max-keys={page}&prefix={}",
                encode(prefix, true)
            ));
            let r = self.expect("GET", &format!("/{}?{q}", self.bucket), None, &[200]);
            let xml = r.text();
            for c in blocks(&xml, "Contents") {
                let key = tag(c, "Key").map(unescape).unwrap_or_default();
                let size = tag(c, "Size")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or_else(|| panic!("ListObjectsV2: an entry without a size:\n{xml}"));
                found.push((key, size));
            }
            if tag(&xml, "IsTruncated") != Some("true") {
                return found;
            }
            token = Some(
                tag(&xml, "NextContinuationToken")
                    .map(unescape)
                    .unwrap_or_else(|| {
                        panic!("ListObjectsV2: truncated without a continuation token:\n{xml}")
                    }),
            );
        }
    }

    /// The keys of unfinished multipart uploads under `prefix`
    /// (ListMultipartUploads, following markers), one per upload, sorted:
    /// Garage 2.5 answers in upload id order, not in key order as S3 does.
    pub fn multipart_uploads(&self, prefix: &str) -> Vec<String> {
        self.multipart_uploads_paged(prefix, 1000)
    }

    /// [`Garage::multipart_uploads`] asking for `page` uploads per request.
    pub fn multipart_uploads_paged(&self, prefix: &str, page: u32) -> Vec<String> {
        let mut found = vec![];
        let mut markers: Option<(String, String)> = None;
        loop {
            let mut q = String::new();
            if let Some((key, _)) = &markers {
                q.push_str(&format!("key-marker={}&", encode(key, true)));
            }
            q.push_str(&format!(
                "max-uploads={page}&prefix={}&",
                encode(prefix, true)
            ));
            if let Some((_, id)) = &markers {
                q.push_str(&format!("upload-id-marker={}&", encode(id, true)));
            }
            q.push_str("uploads=");
            let r = self.expect("GET", &format!("/{}?{q}", self.bucket), None, &[200]);
            let xml = r.text();
            for u in blocks(&xml, "Upload") {
                found.push(tag(u, "Key").map(unescape).unwrap_or_default());
            }
            if tag(&xml, "IsTruncated") != Some("true") {
                found.sort();
                return found;
            }
            let next = |t| tag(&xml, t).map(unescape).unwrap_or_default();
            markers = Some((next("NextKeyMarker"), next("NextUploadIdMarker")));
        }
    }

    /// CreateMultipartUpload of `key`; its upload id.
    pub fn create_multipart(&self, key: &str) -> String {
        let path = format!("{}?uploads=", self.object_path(key));
        let r = self.expect("POST", &path, None, &[200]);
        let xml = r.text();
        tag(&xml, "UploadId")
            .map(unescape)
            .unwrap_or_else(|| panic!("CreateMultipartUpload: no UploadId:\n{xml}"))
    }

    /// UploadPart: part `number` (from 1) of upload `id`; its ETag.
    pub fn upload_part(&self, key: &str, id: &str, number: u32, bytes: &[u8]) -> String {
        let path = format!(
            "{}?partNumber={number}&uploadId={}",
            self.object_path(key),
            encode(id, true)
        );
        let r = self.expect("PUT", &path, Some(bytes), &[200]);
        r.header("ETag")
            .map(str::to_string)
            .unwrap_or_else(|| panic!("UploadPart {path}: no ETag header:\n{}", r.headers))
    }

    /// CompleteMultipartUpload of upload `id` with `(number, etag)` parts.
    pub fn complete_multipart(&self, key: &str, id: &str, parts: &[(u32, String)]) {
        let mut xml = String::from("<CompleteMultipartUpload>");
        for (n, etag) in parts {
            xml.push_str(&format!(
                "<Part><PartNumber>{n}</PartNumber><ETag>{}</ETag></Part>",
                etag.replace('&', "&amp;").replace('"', "&quot;")
            ));
        }
        xml.push_str("</CompleteMultipartUpload>");
        let path = format!("{}?uploadId={}", self.object_path(key), encode(id, true));
        let r = self.expect("POST", &path, Some(xml.as_bytes()), &[200]);
        // S3 may answer 200 with an error document.
        assert!(
            !r.text().contains("<Error>"),
            "CompleteMultipartUpload {path}:\n{}",
            r.text()
        );
    }

    /// AbortMultipartUpload of upload `id` of `key`.
    pub fn abort_multipart(&self, key: &str, id: &str) {
        let path = format!("{}?uploadId={}", self.object_path(key), encode(id, true));
        self.expect("DELETE", &path, None, &[200, 204]);
    }
}

impl Drop for Garage {
    fn drop(&mut self) {
        // Never panic here: this also runs while a failed test unwinds.
        self.stop();
        if let Some(mut w) = self.watchdog.take() {
            let _ = w.kill();
            let _ = w.wait();
        }
    }
}

/// SHA-256 of no bytes.
const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// SHA-256 of a file, hex, by coreutils' `sha256sum`.
fn sha256_file(path: &Path) -> String {
    let out = Command::new("sha256sum")
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .expect("run sha256sum");
    assert!(
        out.status.success(),
        "sha256sum {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)[..64].to_string()
}

/// Two distinct ports on 127.0.0.1 that were free: all are held open until
/// every one is chosen, so the kernel cannot hand out the same one twice.
fn free_ports() -> [u16; 2] {
    let a = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let b = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    [a, b].map(|l| l.local_addr().expect("local_addr").port())
}

/// `n` random bytes from /dev/urandom, as hex.
fn random_hex(n: usize) -> String {
    use std::io::Read;
    let mut bytes = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .expect("read /dev/urandom");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The value of a `Name: value` line of garage's CLI output.
fn field(out: &str, name: &str) -> Option<String> {
    out.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        (k.trim() == name).then(|| v.trim().to_string())
    })
}

/// Percent-encoding as SigV4 wants it: everything but unreserved
/// characters, and `/` too in a query value.
fn encode(s: &str, query: bool) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b'/' if !query => out.push('/'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The text of the first `<name>...</name>` in `xml`.
fn tag<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    blocks(xml, name).into_iter().next()
}

/// The text of every `<name>...</name>` in `xml` (not nested in itself).
fn blocks<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{name}>"), format!("</{name}>"));
    let mut found = vec![];
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(&close) else { break };
        found.push(&after[..end]);
        rest = &after[end + close.len()..];
    }
    found
}

/// XML character entities back to characters.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest
            .find(';')
            .and_then(|semi| Some((entity(&rest[1..semi])?, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of an XML entity name (`amp`, `#x41`, `#65`).
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name
            .strip_prefix("#x")
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32),
    }
}
