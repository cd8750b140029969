//! Rewrites one part's SQL on its way to psql, statement by statement, with
//! the same psql-faithful scanner that split the dump, and sqlparser's
//! tokenizer on each single statement that may need a change. COPY data,
//! literals and everything else pass through byte for byte.
//!
//! What it can do:
//! * skip `CREATE ROLE r;` for roles that already exist in the target (their
//!   `ALTER ROLE r WITH ...` still runs, so attributes are applied);
//! * strip password clauses from role statements (`--no-role-passwords`,
//!   the same code as `split --no-role-passwords`, see [`crate::redact`]);
//! * restore a database under another name (`--rename OLD=NEW`): every
//!   statement and `\connect` that names it, correctly quoted;
//! * make a `--clean` dump's `DROP DATABASE x` safe on a target without `x`
//!   (`IF EXISTS`), and drop the database before re-creating it (`--clean`).

use std::collections::HashSet;
use std::io::{Read, Write};

use anyhow::{bail, Result};

use crate::archive::PartKind;
use crate::held::{release_point, Window};
use crate::meta::{self, Meta};
use crate::quote::{self, connect_line};
use crate::redact;
use crate::scanner::{Event, Scanner};
use crate::statement::{self, bytes, first_word, DbAction, Located, Statement, T};

/// How a part's text is rewritten on its way to psql.
#[derive(Debug, Clone, Default)]
pub struct TransformOptions {
    /// Roles that already exist in the target: their CREATE ROLE is skipped.
    pub existing_roles: HashSet<String>,
    /// Remove PASSWORD clauses from CREATE/ALTER ROLE.
    pub strip_passwords: bool,
    /// Restore database `.0` as `.1` (exact name bytes).
    pub rename: Option<(Vec<u8>, Vec<u8>)>,
    /// Emit `DROP DATABASE IF EXISTS` for the part's database before its
    /// `CREATE DATABASE` (the database's own DROP, if the part has one, stays).
    pub clean: bool,
}

/// What the transform changed, for the restore report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TransformReport {
    /// Roles whose CREATE ROLE was left out: the target has them.
    pub roles_skipped: Vec<String>,
    /// Roles a `--clean` dump would drop that exist in the target: kept.
    pub roles_kept: Vec<String>,
    /// PASSWORD clauses removed.
    pub passwords_stripped: usize,
    /// Statements and `\connect` lines that name the renamed database.
    pub renamed_statements: usize,
    /// The database the part creates or connects to, after renaming.
    pub database: Option<Vec<u8>>,
    /// Whether the part has its own CREATE DATABASE (template1/postgres
    /// parts of non-`--clean` dumps do not: they restore into the existing database).
    pub creates_database: bool,
}

/// Streams `input` (a part's plaintext) to `output`, applying `opts`.
pub fn transform<R: Read, W: Write>(
    role: PartKind,
    mut input: R,
    mut output: W,
    opts: &TransformOptions,
) -> Result<TransformReport> {
    if let Some((_, new)) = &opts.rename {
        if new.is_empty() || new.contains(&b'\n') || new.contains(&b'\r') || new.contains(&0) {
            bail!("the new database name must be non-empty and hold no line break or NUL");
        }
    }
    let mut scanner = Scanner::new();
    let mut st = State {
        role,
        opts,
        emitted: 0,
        out: &mut output,
        report: TransformReport::default(),
        dropped: false,
    };
    // Input `[st.emitted, pos)`, not yet written out.
    let mut held = Vec::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut pos = 0u64;
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        let chunk = &buf[..n];
        let base = st.emitted;
        {
            let w = Window {
                base,
                held: &held,
                chunk,
            };
            scanner.feed(chunk, &mut |ev| st.on_event(ev, &w))?;
            pos += n as u64;
            st.emit_to(release_point(scanner.pending_start(), pos), &w)?;
        }
        held = Window::keep_tail(st.emitted, base, held, chunk);
    }
    let w = Window {
        base: st.emitted,
        held: &held,
        chunk: &[],
    };
    scanner.finish(&mut |ev| st.on_event(ev, &w))?;
    st.emit_to(pos, &w)?;
    let report = st.report;
    output.flush()?;
    Ok(report)
}

struct State<'a> {
    role: PartKind,
    opts: &'a TransformOptions,
    /// Input offset up to which the output has been written.
    emitted: u64,
    out: &'a mut dyn Write,
    report: TransformReport,
    /// The part's database has been dropped (or is known not to exist).
    dropped: bool,
}

/// Byte edits to one statement: replace `[start, end)` with the bytes.
type Edits = Vec<(usize, usize, Vec<u8>)>;

impl State<'_> {
    /// Writes the input up to `upto` out as it is.
    fn emit_to(&mut self, upto: u64, w: &Window) -> std::io::Result<()> {
        if upto > self.emitted {
            let (a, b) = w.range(self.emitted, upto);
            self.out.write_all(a)?;
            self.out.write_all(b)?;
            self.emitted = upto;
        }
        Ok(())
    }

    /// Writes `with` in place of input `[start, end)`.
    fn replace(&mut self, start: u64, end: u64, with: &[u8], w: &Window) -> Result<()> {
        self.emit_to(start, w)?;
        self.out.write_all(with)?;
        self.emitted = end;
        Ok(())
    }

    /// Input `[start, end)`, if none of it has been written out yet.
    fn held(&self, start: u64, end: u64, w: &Window) -> Option<Vec<u8>> {
        (start >= self.emitted)
            .then(|| w.bytes(start, end))
            .flatten()
            .map(|b| b.into_owned())
    }

    fn on_event(&mut self, ev: Event<'_>, w: &Window) -> Result<()> {
        match ev {
            Event::Statement {
                start, end, head, ..
            } => self.on_statement(start, end, head, w),
            Event::Meta { start, text, .. } => self.on_meta(start, text, w),
            Event::Anomaly { offset, what } => Err(anyhow::anyhow!(
                "cannot rewrite the part: at byte {offset}: {what}"
            )),
            _ => Ok(()),
        }
    }

    fn on_meta(&mut self, start: u64, text: &[u8], w: &Window) -> Result<()> {
        let Ok(Meta::Connect(Some(target))) = meta::parse(text) else {
            return Ok(());
        };
        let target = match &self.opts.rename {
            Some((old, new)) if *old == target => {
                let line = connect_line(new);
                self.replace(start, start + text.len() as u64, &line, w)?;
                self.report.renamed_statements += 1;
                new.clone()
            }
            _ => target,
        };
        self.report.database.get_or_insert(target);
        Ok(())
    }

    fn on_statement(&mut self, start: u64, end: u64, head: &[u8], w: &Window) -> Result<()> {
        let first = first_word(head);
        let maybe = match self.role {
            PartKind::Globals => matches!(first.as_slice(), b"create" | b"alter" | b"drop"),
            PartKind::Database => matches!(
                first.as_slice(),
                b"create"
                    | b"drop"
                    | b"alter"
                    | b"grant"
                    | b"revoke"
                    | b"comment"
                    | b"security"
                    | b"update"
            ),
        };
        if !maybe {
            return Ok(());
        }
        let Some(stmt) = self.held(start, end, w) else {
            // Longer than we hold: only a problem if it needed a change.
            if self.needs_change(head) {
                bail!("statement at byte {start} of the part is too long to rewrite");
            }
            return Ok(());
        };
        let Some(toks) = statement::located_tokens(&stmt) else {
            if self.opts.strip_passwords && redact::password_spans(&stmt).is_err() {
                bail!("the role statement at byte {start} of the part does not tokenize, so its password cannot be removed");
            }
            return Ok(());
        };
        let edits = match self.role {
            PartKind::Globals => self.role_edits(&stmt, &toks),
            PartKind::Database => self.database_edits(&stmt, &toks),
        };
        let Some(edits) = edits else { return Ok(()) };
        let rewritten = apply(&stmt, edits);
        self.replace(start, end, &rewritten, w)
    }

    fn needs_change(&self, head: &[u8]) -> bool {
        if self.opts.strip_passwords && redact::password_spans(head).is_ok_and(|s| !s.is_empty()) {
            return true;
        }
        match statement::classify(head) {
            Statement::Database { name, .. } => self
                .opts
                .rename
                .as_ref()
                .is_some_and(|(old, _)| *old == name),
            _ => false,
        }
    }

    /// CREATE ROLE of an existing role, and password clauses (removed as
    /// `split --no-role-passwords` removes them, see [`redact`]).
    fn role_edits(&mut self, stmt: &[u8], t: &[Located]) -> Option<Edits> {
        let kw =
            |i: usize, w: &str| matches!(t.get(i), Some(Located { t: T::Kw(k), .. }) if k == w);
        let is_role = kw(1, "role") || kw(1, "user") || kw(1, "group");
        if kw(0, "drop") {
            return self.drop_edits(t, is_role);
        }
        if !is_role || !(kw(0, "create") || kw(0, "alter")) {
            return None;
        }
        let name = match &t.get(2)?.t {
            T::Name(n) | T::Kw(n) => String::from_utf8_lossy(&bytes(n)).into_owned(),
            _ => return None,
        };
        let mut edits = Vec::new();
        if kw(0, "create") && self.opts.existing_roles.contains(&name) {
            self.report.roles_skipped.push(name);
            if t.len() <= 4 {
                // `CREATE ROLE r;`: nothing else to apply.
                return Some(vec![(t[0].start, t.last()?.end, Vec::new())]);
            }
            // Options on CREATE: apply them to the existing role.
            edits.push((t[0].start, t[1].end, b"ALTER ROLE".to_vec()));
        }
        if self.opts.strip_passwords {
            // `stmt` tokenized, so the same tokenizer finds its clauses.
            let spans = redact::password_spans(stmt).unwrap_or_default();
            self.report.passwords_stripped += spans.len();
            edits.extend(spans.into_iter().map(|r| (r.start, r.end, Vec::new())));
        }
        (!edits.is_empty()).then_some(edits)
    }

    /// The `DROP ROLE` and `DROP TABLESPACE` lines of a `--clean` dump's
    /// globals: a role that exists in the target is kept (its CREATE is
    /// skipped too, so dropping it would lose it, and the bootstrap superuser
    /// cannot be dropped at all); the others get `IF EXISTS`, so a target
    /// that never had them does not stop the restore.
    fn drop_edits(&mut self, t: &[Located], is_role: bool) -> Option<Edits> {
        let kw =
            |i: usize, w: &str| matches!(t.get(i), Some(Located { t: T::Kw(k), .. }) if k == w);
        if !is_role && !kw(1, "tablespace") {
            return None;
        }
        let has_if = kw(2, "if") && kw(3, "exists");
        let name_at = if has_if { 4 } else { 2 };
        let name = match &t.get(name_at)?.t {
            T::Name(n) | T::Kw(n) => String::from_utf8_lossy(&bytes(n)).into_owned(),
            _ => return None,
        };
        if t.get(name_at + 1).is_some_and(|x| x.t == T::Punct(',')) {
            // `DROP ROLE a, b`: not what pg_dumpall writes; leave it.
            return None;
        }
        if is_role && self.opts.existing_roles.contains(&name) {
            self.report.roles_kept.push(name);
            return Some(vec![(t[0].start, t.last()?.end, Vec::new())]);
        }
        (!has_if).then(|| vec![(t[1].end, t[1].end, b" IF EXISTS".to_vec())])
    }

    /// Renames, and DROP DATABASE made safe for --clean dumps.
    fn database_edits(&mut self, stmt: &[u8], t: &[Located]) -> Option<Edits> {
        let Statement::Database { action, name } = statement::classify(stmt) else {
            return None;
        };
        let mut edits = Vec::new();
        let mut effective = name.clone();
        if let Some((old, new)) = &self.opts.rename {
            if *old == name {
                let tok = name_token(t, action)?;
                let replacement = if action == DbAction::Catalog {
                    quote::literal(new)
                } else {
                    quote::ident(new)
                };
                edits.push((tok.start, tok.end, replacement));
                self.report.renamed_statements += 1;
                effective = new.clone();
            }
        }
        match action {
            DbAction::Drop => {
                let has_if = matches!(t.get(2), Some(Located { t: T::Kw(k), .. }) if k == "if");
                if !has_if {
                    edits.push((t[1].end, t[1].end, b" IF EXISTS".to_vec()));
                }
                self.dropped = true;
            }
            DbAction::Create => {
                self.report.creates_database = true;
                self.report.database.get_or_insert(effective.clone());
                if self.opts.clean && !self.dropped {
                    let mut drop = b"DROP DATABASE IF EXISTS ".to_vec();
                    drop.extend(quote::ident(&effective));
                    drop.extend_from_slice(b";\n");
                    edits.push((0, 0, drop));
                    self.dropped = true;
                }
            }
            _ => {}
        }
        (!edits.is_empty()).then_some(edits)
    }
}

/// The token holding the database name in a statement of kind `action`.
fn name_token(t: &[Located], action: DbAction) -> Option<&Located> {
    if action == DbAction::Catalog {
        let i = t.windows(3).position(|w| {
            matches!(&w[0].t, T::Kw(a) if a == "datname")
                && w[1].t == T::Punct('=')
                && matches!(w[2].t, T::Str(_))
        })?;
        return t.get(i + 2);
    }
    let i = t
        .iter()
        .position(|x| matches!(&x.t, T::Kw(k) if k == "database"))?;
    let mut j = i + 1;
    if matches!(t.get(j), Some(Located { t: T::Kw(k), .. }) if k == "if") {
        j += 2;
    }
    t.get(j).filter(|x| matches!(x.t, T::Name(_) | T::Kw(_)))
}

fn apply(stmt: &[u8], mut edits: Edits) -> Vec<u8> {
    edits.sort_by_key(|e| (e.0, e.1));
    let mut out = Vec::with_capacity(stmt.len() + 64);
    let mut at = 0;
    for (s, e, with) in edits {
        if s < at {
            continue;
        }
        out.extend_from_slice(&stmt[at..s]);
        out.extend_from_slice(&with);
        at = e;
    }
    out.extend_from_slice(&stmt[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads at most `n` bytes at a time, so units span chunks.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    /// The transform of `input`, which must not depend on how it is read.
    fn run(role: PartKind, input: &str, opts: &TransformOptions) -> (String, TransformReport) {
        let mut out = Vec::new();
        let report = transform(role, input.as_bytes(), &mut out, opts).unwrap();
        for n in [1, 2, 3, 7, 64] {
            let mut trickled = Vec::new();
            let r = transform(role, Trickle(input.as_bytes(), n), &mut trickled, opts).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&trickled),
                String::from_utf8_lossy(&out),
                "read {n} bytes at a time"
            );
            assert_eq!(r, report, "read {n} bytes at a time");
        }
        (String::from_utf8(out).unwrap(), report)
    }

    #[test]
    fn nothing_to_do_is_byte_exact() {
        let input = "CREATE ROLE a;\nALTER ROLE a WITH LOGIN PASSWORD 'x';\nCOPY t FROM stdin;\nCREATE ROLE b;\n\\.\n";
        assert_eq!(
            run(PartKind::Globals, input, &TransformOptions::default()).0,
            input
        );
    }

    #[test]
    fn existing_roles_and_passwords() {
        let opts = TransformOptions {
            existing_roles: ["postgres".to_string(), "space role".to_string()].into(),
            strip_passwords: true,
            ..Default::default()
        };
        let input = "CREATE ROLE postgres;\nALTER ROLE postgres WITH SUPERUSER LOGIN PASSWORD 'SCRAM-SHA-256$x';\n\
                     CREATE ROLE \"space role\" WITH LOGIN;\nCREATE ROLE alice;\nALTER ROLE alice WITH PASSWORD 'md5abc';\n\
                     ALTER ROLE bob WITH LOGIN ENCRYPTED PASSWORD 'x';\n\
                     CREATE USER MAPPING FOR bob SERVER s OPTIONS (password 'x');\n";
        let (out, report) = run(PartKind::Globals, input, &opts);
        assert_eq!(
            out,
            "\nALTER ROLE postgres WITH SUPERUSER LOGIN;\nALTER ROLE \"space role\" WITH LOGIN;\nCREATE ROLE alice;\n\
             ALTER ROLE alice WITH;\nALTER ROLE bob WITH LOGIN;\n\
             CREATE USER MAPPING FOR bob SERVER s OPTIONS (password 'x');\n"
        );
        assert_eq!(report.roles_skipped, vec!["postgres", "space role"]);
        assert_eq!(report.passwords_stripped, 3);
    }

    #[test]
    fn clean_globals_keep_existing_roles() {
        let opts = TransformOptions {
            existing_roles: ["postgres".to_string()].into(),
            ..Default::default()
        };
        let input = "DROP ROLE postgres;\nDROP ROLE alice;\nDROP ROLE IF EXISTS \"b b\";\nDROP TABLESPACE ts;\n\
                     CREATE ROLE postgres;\nCREATE ROLE alice;\n";
        let (out, report) = run(PartKind::Globals, input, &opts);
        assert_eq!(
            out,
            "\nDROP ROLE IF EXISTS alice;\nDROP ROLE IF EXISTS \"b b\";\nDROP TABLESPACE IF EXISTS ts;\n\nCREATE ROLE alice;\n"
        );
        assert_eq!(report.roles_kept, vec!["postgres"]);
        assert_eq!(report.roles_skipped, vec!["postgres"]);
    }

    #[test]
    fn rename_every_reference() {
        let opts = TransformOptions {
            rename: Some((b"app".to_vec(), b"app's \"copy\"".to_vec())),
            ..Default::default()
        };
        let input = "DROP DATABASE app;\nCREATE DATABASE app WITH TEMPLATE = template0;\nALTER DATABASE app OWNER TO x;\n\
                     COMMENT ON DATABASE app IS 'app';\nGRANT CONNECT ON DATABASE app TO app;\n\\connect app\n\
                     CREATE TABLE app (app text);\nCOPY app FROM stdin;\nCREATE DATABASE app;\n\\.\n\
                     ALTER ROLE r IN DATABASE app SET x = 1;\n";
        let (out, report) = run(PartKind::Database, input, &opts);
        let n = "\"app's \"\"copy\"\"\"";
        let expected = format!(
            "DROP DATABASE IF EXISTS {n};\nCREATE DATABASE {n} WITH TEMPLATE = template0;\nALTER DATABASE {n} OWNER TO x;\n\
             COMMENT ON DATABASE {n} IS 'app';\nGRANT CONNECT ON DATABASE {n} TO app;\n\
             \\connect -reuse-previous=on \"dbname='app\\'s \"\"copy\"\"'\"\n\
             CREATE TABLE app (app text);\nCOPY app FROM stdin;\nCREATE DATABASE app;\n\\.\n\
             ALTER ROLE r IN DATABASE {n} SET x = 1;\n"
        );
        assert_eq!(out, expected);
        assert_eq!(report.database, Some(b"app's \"copy\"".to_vec()));
        assert!(report.creates_database);
        assert_eq!(report.renamed_statements, 7);
    }

    #[test]
    fn renamed_connect_line_reads_back() {
        for name in [
            &b"plain"[..],
            b"a'b\\c \"d\"",
            b"tab\there",
            "unicodé_数据".as_bytes(),
        ] {
            let line = connect_line(name);
            assert_eq!(
                meta::parse(&line).unwrap(),
                Meta::Connect(Some(name.to_vec()))
            );
        }
    }

    #[test]
    fn clean_drops_before_create() {
        let opts = TransformOptions {
            clean: true,
            ..Default::default()
        };
        let (out, _) = run(
            PartKind::Database,
            "SET x = 1;\nCREATE DATABASE \"My\";\n\\connect \"My\"\n",
            &opts,
        );
        assert_eq!(out, "SET x = 1;\nDROP DATABASE IF EXISTS \"My\";\nCREATE DATABASE \"My\";\n\\connect \"My\"\n");
        // A --clean dump's own DROP is made safe and not doubled.
        let (out, _) = run(
            PartKind::Database,
            "DROP DATABASE a;\nCREATE DATABASE a;\n",
            &opts,
        );
        assert_eq!(out, "DROP DATABASE IF EXISTS a;\nCREATE DATABASE a;\n");
    }

    #[test]
    fn template_parts_do_not_create() {
        let (_, report) = run(
            PartKind::Database,
            "\\connect template1\nCREATE TABLE t (x int);\n",
            &TransformOptions::default(),
        );
        assert!(!report.creates_database);
        assert_eq!(report.database, Some(b"template1".to_vec()));
    }
}
