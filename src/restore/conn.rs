//! How pgseal reaches the target server: the real `psql`, with the
//! connection options psql users know (`-h -p -U -d`, the PG* variables).
//!
//! No shell is ever involved: every value goes to psql as its own argument,
//! and a database name only ever reaches libpq inside a properly quoted
//! `dbname='...'` connection-string value.

use std::collections::BTreeSet;
use std::ffi::{OsStr, OsString};
use std::io::{ErrorKind, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use anyhow::{bail, Context, Result};

use crate::quote::conninfo_dbname;

/// Where and how to run psql.
#[derive(Debug, Clone, Default)]
pub struct ConnOptions {
    /// The psql program (a bare name is looked up on PATH).
    pub psql: PathBuf,
    /// `-h`: host name or unix socket directory.
    pub host: Option<OsString>,
    /// `-p`: port (or socket file extension).
    pub port: Option<OsString>,
    /// `-U`: user name.
    pub user: Option<OsString>,
    /// `-d`: the maintenance database: a name, a `key=value` connection
    /// string or a `postgresql://` URI. Without it: PGDATABASE, else `postgres`.
    pub dbname: Option<OsString>,
    /// Extra environment for every psql (e.g. PGCLIENTENCODING).
    pub env: Vec<(OsString, OsString)>,
    /// Remove the caller's PG* variables (PGOPTIONS, PGSERVICE, ...) from
    /// psql's environment: for the drill's private cluster.
    pub isolate: bool,
}

fn is_uri(s: &[u8]) -> bool {
    s.starts_with(b"postgresql://") || s.starts_with(b"postgres://")
}

fn is_conninfo(s: &[u8]) -> bool {
    !is_uri(s) && s.contains(&b'=')
}

/// The records of `psql -A -t -0` output: NUL-terminated, though a newline
/// may end the last one instead (as older psql releases do).
pub fn records(stdout: &[u8]) -> Vec<Vec<u8>> {
    let mut rows: Vec<Vec<u8>> = stdout.split(|&b| b == 0).map(<[u8]>::to_vec).collect();
    if let Some(last) = rows.last_mut() {
        if last.ends_with(b"\n") {
            last.pop();
        }
    }
    if rows.last().is_some_and(Vec::is_empty) {
        rows.pop();
    }
    rows
}

fn percent_encode(value: &[u8]) -> String {
    let mut out = String::new();
    for &b in value {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl ConnOptions {
    /// Options for psql found on PATH.
    pub fn new() -> ConnOptions {
        ConnOptions {
            psql: PathBuf::from("psql"),
            ..ConnOptions::default()
        }
    }

    /// The `-d` value that reaches `database` (None: the maintenance
    /// database), keeping whatever else the user's `-d` says.
    pub fn dbname_arg(&self, database: Option<&[u8]>) -> Option<OsString> {
        let given = self.dbname.as_deref().map(OsStr::as_bytes);
        match (database, given) {
            (None, Some(_)) => self.dbname.clone(),
            (None, None) if std::env::var_os("PGDATABASE").is_some() => None,
            (None, None) => Some(OsString::from_vec(conninfo_dbname(b"postgres"))),
            (Some(db), Some(g)) if is_conninfo(g) => {
                // libpq: a later keyword overrides an earlier one.
                let mut s = g.to_vec();
                s.push(b' ');
                s.extend(conninfo_dbname(db));
                Some(OsString::from_vec(s))
            }
            (Some(db), Some(g)) if is_uri(g) => {
                // Query parameters override the URI's path.
                let mut s = String::from_utf8_lossy(g).into_owned();
                let sep = if s.contains('?') { '&' } else { '?' };
                s.push(sep);
                s.push_str("dbname=");
                s.push_str(&percent_encode(db));
                Some(OsString::from(s))
            }
            (Some(db), _) => Some(OsString::from_vec(conninfo_dbname(db))),
        }
    }

    /// A psql command connected to `database` (None: the maintenance
    /// database), without prompting for a password (`-w`: use PGPASSWORD or
    /// ~/.pgpass), reading no psqlrc. The caller adds what psql should do.
    pub fn psql_command(&self, database: Option<&[u8]>) -> Command {
        let mut c = Command::new(&self.psql);
        if self.isolate {
            for (k, _) in std::env::vars_os() {
                if k.as_bytes().starts_with(b"PG") {
                    c.env_remove(k);
                }
            }
        }
        c.arg("-X").arg("-w");
        if let Some(h) = &self.host {
            c.arg("-h").arg(h);
        }
        if let Some(p) = &self.port {
            c.arg("-p").arg(p);
        }
        if let Some(u) = &self.user {
            c.arg("-U").arg(u);
        }
        if let Some(d) = self.dbname_arg(database) {
            c.arg("-d").arg(d);
        }
        for (k, v) in &self.env {
            c.env(k, v);
        }
        c
    }

    /// Checks that psql can be run at all, for a clear message up front.
    pub fn check_psql(&self) -> Result<String> {
        let out = Command::new(&self.psql)
            .arg("--version")
            .stdin(Stdio::null())
            .output();
        match out {
            Ok(o) if o.status.success() => {
                Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
            }
            Ok(o) => bail!(
                "{} --version failed: {}",
                self.psql.display(),
                String::from_utf8_lossy(&o.stderr).trim()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
                "psql not found ({}): install the PostgreSQL client or pass --psql PATH",
                self.psql.display()
            ),
            Err(e) => Err(e).with_context(|| format!("cannot run {}", self.psql.display())),
        }
    }

    /// Runs psql on `database` with `args`, feeding `script` on stdin: SQL
    /// never goes into argv, where Linux limits one argument to 128 KiB (a
    /// query naming thousands of tables is far longer).
    pub fn run_script(
        &self,
        database: Option<&[u8]>,
        args: &[&str],
        script: &[u8],
    ) -> Result<Output> {
        let mut child = self
            .psql_command(database)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("cannot run {}", self.psql.display()))?;
        let mut stdin = child.stdin.take().context("psql has no stdin")?;
        // Written from another thread while this one drains stdout and
        // stderr: psql's output can fill a pipe before its input is all read.
        let (written, out) = std::thread::scope(|s| {
            let writer = s.spawn(move || stdin.write_all(script));
            let out = child.wait_with_output();
            (writer.join(), out)
        });
        let out = out.with_context(|| format!("cannot run {}", self.psql.display()))?;
        match written {
            Ok(Ok(())) => {}
            // psql stopped reading: it exited, and its status says why.
            Ok(Err(e)) if e.kind() == ErrorKind::BrokenPipe => {}
            Ok(Err(e)) => {
                return Err(e)
                    .with_context(|| format!("cannot send the script to {}", self.psql.display()))
            }
            Err(_) => bail!("the thread feeding {} panicked", self.psql.display()),
        }
        Ok(out)
    }

    /// Runs one query on `database` (sent on stdin, so of any length) and
    /// returns its rows (one column each, as bytes; rows are NUL-separated
    /// so names with newlines survive).
    pub fn query(&self, database: Option<&[u8]>, sql: &str) -> Result<Vec<Vec<u8>>> {
        let mut script = sql.as_bytes().to_vec();
        script.push(b'\n');
        let out = self.run_script(
            database,
            &["-q", "-A", "-t", "-0", "-v", "ON_ERROR_STOP=1"],
            &script,
        )?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            bail!("{}", err.trim());
        }
        Ok(records(&out.stdout))
    }

    /// A short description of the target for messages.
    pub fn describe(&self) -> String {
        let get = |o: &Option<OsString>, var: &str| {
            o.as_ref()
                .map(|v| v.to_string_lossy().into_owned())
                .or_else(|| std::env::var(var).ok())
        };
        let mut parts = Vec::new();
        if let Some(h) = get(&self.host, "PGHOST") {
            parts.push(format!("host {h}"));
        }
        if let Some(p) = get(&self.port, "PGPORT") {
            parts.push(format!("port {p}"));
        }
        if let Some(u) = get(&self.user, "PGUSER") {
            parts.push(format!("user {u}"));
        }
        if parts.is_empty() {
            "the default server".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// What the target server already has, read before anything runs.
#[derive(Debug, Clone, Default)]
pub struct Target {
    /// `server_version_num`, e.g. 160002.
    pub server_version_num: u32,
    /// `server_version` as the server reports it, e.g. "16.2".
    pub server_version: String,
    /// The database psql connects to first.
    pub maintenance_db: Vec<u8>,
    /// The role psql connects as.
    pub user: String,
    /// Every role on the server.
    pub roles: BTreeSet<String>,
    /// Every database on the server, as name bytes.
    pub databases: BTreeSet<Vec<u8>>,
}

impl Target {
    /// Reads the server version, roles and databases (read-only queries).
    pub fn inspect(conn: &ConnOptions) -> Result<Target> {
        let sql = "SELECT 'v' || current_setting('server_version_num') \
                   UNION ALL SELECT 'V' || current_setting('server_version') \
                   UNION ALL SELECT 'c' || current_database() \
                   UNION ALL SELECT 'u' || current_user \
                   UNION ALL SELECT 'r' || rolname FROM pg_catalog.pg_roles \
                   UNION ALL SELECT 'd' || datname FROM pg_catalog.pg_database";
        let rows = conn
            .query(None, sql)
            .with_context(|| format!("cannot query the target server ({})", conn.describe()))?;
        let mut t = Target::default();
        for row in rows {
            let Some((&kind, value)) = row.split_first() else {
                continue;
            };
            let text = || String::from_utf8_lossy(value).into_owned();
            match kind {
                b'v' => t.server_version_num = text().parse().unwrap_or(0),
                b'V' => t.server_version = text(),
                b'c' => t.maintenance_db = value.to_vec(),
                b'u' => t.user = text(),
                b'r' => {
                    t.roles.insert(text());
                }
                b'd' => {
                    t.databases.insert(value.to_vec());
                }
                _ => {}
            }
        }
        if t.server_version_num == 0 {
            bail!("the target server did not report its version");
        }
        Ok(t)
    }

    /// The server's major version as a comparable number (see [`major_key`]).
    pub fn major(&self) -> u32 {
        major_from_num(self.server_version_num)
    }
}

/// Comparable major version from `server_version_num`: 150018 -> 1500,
/// 90624 -> 906.
pub fn major_from_num(num: u32) -> u32 {
    if num >= 100_000 {
        num / 10_000 * 100
    } else {
        num / 100
    }
}

/// Comparable major version from a version string such as
/// "15.18 (Debian 15.18-0+deb12u1)", "9.6.24", "16beta2", "18.6".
pub fn major_key(version: &str) -> Option<u32> {
    let mut nums = version
        .trim()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty());
    let major: u32 = nums.next()?.parse().ok()?;
    if major >= 10 {
        Some(major * 100)
    } else {
        let minor: u32 = nums.next().and_then(|m| m.parse().ok()).unwrap_or(0);
        Some(major * 100 + minor)
    }
}

/// "15", "9.6" from a comparable major.
pub fn major_display(key: u32) -> String {
    if key >= 1000 {
        format!("{}", key / 100)
    } else {
        format!("{}.{}", key / 100, key % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dbname_override() {
        let mut c = ConnOptions::new();
        c.dbname = Some("host=/tmp port=5432 dbname=postgres".into());
        assert_eq!(
            c.dbname_arg(Some(b"eq=sign")).unwrap(),
            OsString::from("host=/tmp port=5432 dbname=postgres dbname='eq=sign'")
        );
        c.dbname = Some("postgresql:///postgres?host=/tmp".into());
        assert_eq!(
            c.dbname_arg(Some(b"a b")).unwrap(),
            OsString::from("postgresql:///postgres?host=/tmp&dbname=a%20b")
        );
        c.dbname = Some("template1".into());
        assert_eq!(
            c.dbname_arg(Some(b"x")).unwrap(),
            OsString::from("dbname='x'")
        );
        assert_eq!(c.dbname_arg(None).unwrap(), OsString::from("template1"));
    }

    #[test]
    fn majors() {
        assert_eq!(major_key("15.18 (Debian 15.18-0+deb12u1)"), Some(1500));
        assert_eq!(major_key("9.6.24"), Some(906));
        assert_eq!(major_key("16beta2"), Some(1600));
        assert_eq!(major_key("18.6"), Some(1800));
        assert_eq!(major_from_num(150018), 1500);
        assert_eq!(major_from_num(90624), 906);
        assert_eq!(major_display(906), "9.6");
        assert_eq!(major_display(1500), "15");
    }
}
