//! `--no-role-passwords`: the `PASSWORD '...'` clauses of role statements
//! removed from a dump, every other byte kept.
//!
//! Classify, find the span, edit: the psql-faithful scanner says where each
//! statement begins and ends (so a password inside a string, a dollar quote,
//! a comment or COPY data is never looked at), a role statement is told
//! from every other one by its tokens (sqlparser's tokenizer), and the
//! clause's bytes, with one adjacent space, are all that is removed.
//! `PASSWORD NULL` holds no secret and stays.
//!
//! [`RedactReader`] does this to a stream in front of the splitter and
//! records where it removed bytes ([`Redactions`]), so messages about the
//! redacted stream can give offsets in the input.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::io::{self, Read};
use std::ops::Range;
use std::sync::{Arc, Mutex, PoisonError};

use sqlparser::tokenizer::Token;

use crate::held::HOLD_CAP;
use crate::scanner::{Event, Scanner};
use crate::statement::{contains_ci, located_sqlparser_tokens};

/// Bytes asked of the inner reader at a time.
const READ: usize = 256 * 1024;

/// A role statement that mentions a password did not tokenize.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a role statement that mentions a password does not tokenize")]
pub struct Untokenized;

/// Why a role statement's password could not be removed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RedactError {
    /// The statement mentions a password but does not tokenize.
    #[error("at byte {offset}: {}", self.reason())]
    Unreadable {
        /// Input offset of the statement.
        offset: u64,
    },
    /// A statement held past [`HOLD_CAP`] might be a role statement.
    #[error("at byte {offset}: {}", self.reason())]
    TooLong {
        /// Input offset of the statement.
        offset: u64,
    },
}

impl RedactError {
    /// The input offset of the statement.
    pub fn offset(&self) -> u64 {
        match self {
            RedactError::Unreadable { offset } | RedactError::TooLong { offset } => *offset,
        }
    }

    /// What is wrong and what to do, without the offset.
    pub fn reason(&self) -> String {
        match self {
            RedactError::Unreadable { .. } => "cannot remove role passwords: this role statement \
                does not tokenize, so its PASSWORD clause cannot be found safely; correct the \
                statement or split without --no-role-passwords"
                .into(),
            RedactError::TooLong { .. } => format!(
                "cannot remove role passwords: this statement is longer than {} MiB and may be a \
                 role statement; split without --no-role-passwords",
                HOLD_CAP >> 20
            ),
        }
    }
}

impl From<RedactError> for io::Error {
    fn from(e: RedactError) -> Self {
        io::Error::new(io::ErrorKind::InvalidData, e)
    }
}

/// The bytes to remove from one statement (from its first byte to its
/// terminator, or to the end of input): each `[ENCRYPTED] PASSWORD '...'`
/// clause of a `CREATE`/`ALTER` `ROLE`/`USER`/`GROUP`, with one adjacent
/// space. Empty for every other statement, user mappings included.
/// An error for a role statement that mentions a password but does not
/// tokenize.
pub fn password_spans(stmt: &[u8]) -> Result<Vec<Range<usize>>, Untokenized> {
    if !contains_ci(stmt, b"password") || role_words(stmt) == Some(false) {
        return Ok(Vec::new());
    }
    let t = located_sqlparser_tokens(stmt).ok_or(Untokenized)?;
    Ok(clauses(&t, false)
        .into_iter()
        .map(|r| with_one_space(stmt, r))
        .collect())
}

/// [`password_spans`] for a statement the input ended in, inside a
/// literal that opened at `open_at`: a clause whose password was cut
/// short is removed to the end.
fn cut_short_spans(stmt: &[u8], open_at: usize) -> Result<Vec<Range<usize>>, Untokenized> {
    let before = stmt.get(..open_at).ok_or(Untokenized)?;
    if !contains_ci(before, b"password") || role_words(stmt) == Some(false) {
        return Ok(Vec::new());
    }
    let t = located_sqlparser_tokens(before).ok_or(Untokenized)?;
    Ok(clauses(&t, true)
        .into_iter()
        .map(|r| with_one_space(stmt, r.start..r.end.min(stmt.len())))
        .collect())
}

fn is_kw(t: Option<&(Token, usize, usize)>, word: &str) -> bool {
    matches!(t, Some((Token::Word(w), ..)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(word))
}

/// A string constant as PostgreSQL's grammar reads `Sconst`.
fn is_string(t: Option<&(Token, usize, usize)>) -> bool {
    matches!(
        t,
        Some((
            Token::SingleQuotedString(_)
                | Token::EscapedStringLiteral(_)
                | Token::UnicodeStringLiteral(_)
                | Token::DollarQuotedString(_),
            ..
        ))
    )
}

/// Where a role statement's options begin; `None` for any other statement.
fn options_start(t: &[(Token, usize, usize)]) -> Option<usize> {
    let kw = |i: usize, w: &str| is_kw(t.get(i), w);
    let alter = kw(0, "alter");
    if !(alter || kw(0, "create")) || !(kw(1, "role") || kw(1, "user") || kw(1, "group")) {
        return None;
    }
    if kw(1, "user") && kw(2, "mapping") && (kw(3, "for") || kw(3, "if")) {
        return None;
    }
    // ALTER ROLE r SET / RESET / RENAME TO / IN DATABASE d: no options.
    if alter && ["set", "reset", "rename", "in"].iter().any(|w| kw(3, w)) {
        return None;
    }
    Some(3)
}

/// The byte ranges of the password clauses, without surrounding space.
/// With `open_end`, a trailing `PASSWORD` keyword whose value is cut off
/// is a clause that runs to the end (`usize::MAX`).
fn clauses(t: &[(Token, usize, usize)], open_end: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(mut i) = options_start(t) else {
        return out;
    };
    let kw = |i: usize, w: &str| is_kw(t.get(i), w);
    while i < t.len() {
        let p = if kw(i, "encrypted") || kw(i, "unencrypted") {
            i + 1
        } else {
            i
        };
        if !kw(p, "password") {
            i += 1;
            continue;
        }
        if open_end && p + 1 == t.len() {
            out.push(t[i].1..usize::MAX);
            break;
        }
        if !is_string(t.get(p + 1)) {
            i = p + 1;
            continue;
        }
        // Continued strings ('a' newline 'b') and U&'..' UESCAPE '!' are one constant.
        let mut last = p + 1;
        loop {
            if is_string(t.get(last + 1)) {
                last += 1;
            } else if kw(last + 1, "uescape") && is_string(t.get(last + 2)) {
                last += 2;
            } else {
                break;
            }
        }
        out.push(t[i].1..t[last].2);
        i = last + 1;
    }
    out
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

/// The clause and one space beside it: the one before, unless that would
/// join the words on either side, else the one after.
fn with_one_space(stmt: &[u8], r: Range<usize>) -> Range<usize> {
    let before = r.start.checked_sub(1).filter(|&b| is_space(stmt[b]));
    let after = stmt.get(r.end).copied();
    match (before, after) {
        (Some(b), a) if !a.is_some_and(is_word_byte) => b..r.end,
        (_, Some(a)) if is_space(a) => r.start..r.end + 1,
        _ => r,
    }
}

/// Whether text starting with a statement's first bytes is a role
/// statement, by its first two words: `None` while they are not both
/// plainly there (cut off, or a comment between them).
fn role_words(text: &[u8]) -> Option<bool> {
    let word = |s: &[u8]| -> Option<usize> {
        let n = s.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        (n < s.len()).then_some(n)
    };
    let n = word(text)?;
    let first = &text[..n];
    if !(first.eq_ignore_ascii_case(b"create") || first.eq_ignore_ascii_case(b"alter")) {
        return Some(false);
    }
    let rest = &text[n..];
    let gap = rest.iter().take_while(|&&c| is_space(c)).count();
    if gap == 0 || gap == rest.len() {
        return (gap == 0 && !rest[0].is_ascii_alphabetic() && rest[0] != b'/' && rest[0] != b'-')
            .then_some(false);
    }
    let rest = &rest[gap..];
    let m = word(rest)?;
    let second = &rest[..m];
    if m == 0 {
        return None;
    }
    Some(
        [&b"role"[..], b"user", b"group"]
            .iter()
            .any(|w| second.eq_ignore_ascii_case(w)),
    )
}

/// Where the redacted stream skips input bytes. Shared with the thread
/// that reads the stream: cheap to clone, locked once per removal.
#[derive(Debug, Clone, Default)]
pub struct Redactions(Arc<Mutex<Vec<(u64, u64)>>>);

impl Redactions {
    fn record(&self, at: u64, len: u64) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((at, len));
    }

    /// The input offset of byte `offset` of the redacted stream.
    pub fn input_offset(&self, offset: u64) -> u64 {
        let cuts = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        offset
            + cuts
                .iter()
                .take_while(|(at, _)| *at <= offset)
                .map(|(_, len)| len)
                .sum::<u64>()
    }

    /// How many password clauses were removed so far.
    pub fn clauses(&self) -> usize {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

/// A reader giving `inner`'s stream with role passwords removed.
///
/// Bytes are held back only while they may still belong to a role
/// statement; the rest passes as soon as it is read. An input error is
/// returned after the bytes read before it, as for a plain reader.
pub struct RedactReader<R> {
    inner: R,
    scanner: Scanner,
    /// Input bytes from offset `base` on.
    buf: Vec<u8>,
    base: u64,
    /// The next input byte to give out.
    cursor: u64,
    /// Input bytes before this one are decided.
    safe: u64,
    /// Input ranges to leave out, in order, all at or after `cursor`.
    cuts: VecDeque<Range<u64>>,
    /// Bytes given out so far.
    given: u64,
    redactions: Redactions,
    /// Set at the end of input, with the error that ended it, if one did.
    ended: Option<Option<io::Error>>,
    failed: Option<RedactError>,
}

impl<R: Read> RedactReader<R> {
    /// Reads `inner`, the plain (decompressed) dump, from its start.
    pub fn new(inner: R) -> Self {
        RedactReader {
            inner,
            scanner: Scanner::new(),
            buf: Vec::new(),
            base: 0,
            cursor: 0,
            safe: 0,
            cuts: VecDeque::new(),
            given: 0,
            redactions: Redactions::default(),
            ended: None,
            failed: None,
        }
    }

    /// Where bytes were removed; keeps filling in as the stream is read.
    pub fn redactions(&self) -> Redactions {
        self.redactions.clone()
    }

    /// Read more input and decide what can be given out.
    fn fill(&mut self) {
        let old = self.buf.len();
        self.buf.resize(old + READ, 0);
        let read = self.inner.read(&mut self.buf[old..]);
        self.buf.truncate(old + *read.as_ref().unwrap_or(&0));
        match read {
            Ok(0) => self.end(None),
            Ok(_) => self.scan(old),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => self.end(Some(e)),
        }
    }

    fn scan(&mut self, from: usize) {
        let (buf, base, held_from) = (&self.buf, self.base, self.safe);
        let (cuts, failed) = (&mut self.cuts, &mut self.failed);
        let Ok(()) = self.scanner.feed(&buf[from..], &mut |ev| {
            if let Event::Statement {
                start,
                end,
                head,
                truncated,
                ..
            } = ev
            {
                if failed.is_none() {
                    let stmt = (start >= held_from)
                        .then(|| &buf[(start - base) as usize..(end - base) as usize]);
                    match statement_cuts(start, stmt, head, truncated) {
                        Ok(c) => cuts.extend(c),
                        Err(e) => *failed = Some(e),
                    }
                }
            }
            Ok::<(), Infallible>(())
        });
        let pos = self.scanner.offset();
        let pending = self.scanner.pending_start().unwrap_or(pos);
        self.safe = if pending < self.safe {
            // Released earlier as no role statement: so is what follows.
            pos
        } else if role_words(&self.buf[(pending - self.base) as usize..]) == Some(false) {
            pos
        } else {
            pending.max(pos.saturating_sub(HOLD_CAP))
        };
    }

    /// The input ended (cleanly or with `error`): a statement it ended in
    /// is redacted as far as it goes, and everything is released.
    fn end(&mut self, error: Option<io::Error>) {
        let pending = self.scanner.pending_start();
        let Ok(end) = self.scanner.finish(&mut |_| Ok::<(), Infallible>(()));
        let open = end.open;
        let pos = self.scanner.offset();
        if let Some(start) = pending.filter(|&s| s >= self.safe) {
            let stmt = &self.buf[(start - self.base) as usize..];
            let spans = password_spans(stmt).or_else(|e| match open {
                Some((_, at)) if at > start => cut_short_spans(stmt, (at - start) as usize),
                _ => Err(e),
            });
            match spans {
                Ok(s) => self.cuts.extend(
                    s.into_iter()
                        .map(|r| start + r.start as u64..start + r.end as u64),
                ),
                Err(Untokenized) => self.failed = Some(RedactError::Unreadable { offset: start }),
            }
        }
        self.safe = pos;
        self.ended = Some(error);
    }

    /// Copy decided bytes to `out`, leaving out the cuts.
    fn give(&mut self, out: &mut [u8]) -> usize {
        while let Some(c) = self.cuts.front() {
            if c.start > self.cursor {
                break;
            }
            let len = c.end.saturating_sub(self.cursor);
            if len > 0 {
                self.redactions.record(self.given, len);
                self.cursor = c.end;
            }
            self.cuts.pop_front();
        }
        let limit = self
            .cuts
            .front()
            .map_or(self.safe, |c| c.start.min(self.safe));
        let n = (limit.saturating_sub(self.cursor) as usize).min(out.len());
        let at = (self.cursor - self.base) as usize;
        out[..n].copy_from_slice(&self.buf[at..at + n]);
        self.cursor += n as u64;
        self.given += n as u64;
        let done = (self.cursor - self.base) as usize;
        if done >= READ && done * 2 >= self.buf.len() {
            self.buf.drain(..done);
            self.base = self.cursor;
        }
        n
    }
}

/// The cuts for one statement the scanner found at input offset `start`;
/// `stmt` is its text if still held back, else only its `head` is known.
fn statement_cuts(
    start: u64,
    stmt: Option<&[u8]>,
    head: &[u8],
    truncated: bool,
) -> Result<Vec<Range<u64>>, RedactError> {
    let Some(stmt) = stmt else {
        // Already given out: fine unless it needed a change.
        let needed = match password_spans(head) {
            Ok(s) => !s.is_empty() || (truncated && role_words(head) != Some(false)),
            Err(Untokenized) => true,
        };
        return match needed {
            true if truncated => Err(RedactError::TooLong { offset: start }),
            true => Err(RedactError::Unreadable { offset: start }),
            false => Ok(Vec::new()),
        };
    };
    let spans =
        password_spans(stmt).map_err(|Untokenized| RedactError::Unreadable { offset: start })?;
    Ok(spans
        .into_iter()
        .map(|r| start + r.start as u64..start + r.end as u64)
        .collect())
}

impl<R: Read> Read for RedactReader<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        loop {
            if let Some(e) = &self.failed {
                return Err(e.clone().into());
            }
            if self.cursor < self.safe {
                let n = self.give(out);
                if n > 0 {
                    return Ok(n);
                }
                continue;
            }
            match &mut self.ended {
                Some(error) => return error.take().map_or(Ok(0), Err),
                None => self.fill(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `input` redacted, read through the adapter in reads of `step` bytes.
    fn redact(input: &[u8], step: usize) -> Vec<u8> {
        let mut r = RedactReader::new(input);
        let mut out = Vec::new();
        let mut buf = vec![0u8; step];
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                return out;
            }
            out.extend_from_slice(&buf[..n]);
        }
    }

    fn redacted(sql: &str) -> String {
        let one = String::from_utf8(redact(sql.as_bytes(), 1 << 16)).unwrap();
        assert_eq!(
            String::from_utf8(redact(sql.as_bytes(), 7)).unwrap(),
            one,
            "small reads differ"
        );
        one
    }

    #[test]
    fn only_the_password_clause_goes() {
        for (sql, want) in [
            (
                "ALTER ROLE a WITH LOGIN PASSWORD 'x' VALID UNTIL 'y';",
                "ALTER ROLE a WITH LOGIN VALID UNTIL 'y';",
            ),
            (
                "ALTER ROLE a WITH SUPERUSER LOGIN PASSWORD 'SCRAM-SHA-256$4096:x';\n",
                "ALTER ROLE a WITH SUPERUSER LOGIN;\n",
            ),
            (
                "CREATE ROLE \"b c\" ENCRYPTED PASSWORD 'md5abc' LOGIN;",
                "CREATE ROLE \"b c\" LOGIN;",
            ),
            (
                "create user u with unencrypted password E'a\\'b';",
                "create user u with;",
            ),
            ("CREATE GROUP g PASSWORD 'p';", "CREATE GROUP g;"),
            ("ALTER USER u PASSWORD $$p$$;", "ALTER USER u;"),
            (
                "ALTER ROLE a WITH LOGIN\n    PASSWORD 'x'\n    'y' CREATEDB;",
                "ALTER ROLE a WITH LOGIN\n    CREATEDB;",
            ),
            (
                "ALTER ROLE a /* PASSWORD 'c' */ PASSWORD 'x';",
                "ALTER ROLE a /* PASSWORD 'c' */;",
            ),
        ] {
            assert_eq!(redacted(sql), want, "{sql}");
        }
    }

    #[test]
    fn nothing_else_changes() {
        for sql in [
            "CREATE USER MAPPING FOR bob SERVER s OPTIONS (\"user\" 'bob', password 'secret');\n",
            "ALTER USER MAPPING FOR bob SERVER s OPTIONS (SET password 'x');\n",
            "CREATE USER MAPPING IF NOT EXISTS FOR bob SERVER s OPTIONS (password 'x');\n",
            "ALTER ROLE a WITH PASSWORD NULL;\n",
            "ALTER ROLE a SET password_encryption TO 'md5';\n",
            "ALTER ROLE a IN DATABASE d SET x TO 'PASSWORD ''y''';\n",
            "DROP ROLE alice;\nDROP ROLE IF EXISTS bob;\n",
            "SELECT 'ALTER ROLE a PASSWORD ''x'';';\n",
            "CREATE FUNCTION f() RETURNS void AS $$ALTER ROLE a PASSWORD 'x';$$ LANGUAGE sql;\n",
            "-- ALTER ROLE a PASSWORD 'x';\n",
            "/* ALTER ROLE a PASSWORD 'x'; */\n",
            "COPY t (a) FROM stdin;\nALTER ROLE a PASSWORD 'x';\n\\.\n",
            "CREATE TABLE role (password text);\n",
        ] {
            assert_eq!(redacted(sql), sql);
        }
    }

    #[test]
    fn offsets_map_back_to_the_input() {
        let sql = b"SELECT 1;\nALTER ROLE a WITH LOGIN PASSWORD 'x';\nSELECT 2;\n";
        let mut r = RedactReader::new(&sql[..]);
        let map = r.redactions();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        let at = |s: &[u8], needle: &[u8]| s.windows(needle.len()).position(|w| w == needle);
        let here = at(&out, b"SELECT 2").unwrap() as u64;
        assert_eq!(map.input_offset(here), at(sql, b"SELECT 2").unwrap() as u64);
        assert_eq!(map.input_offset(5), 5);
        assert_eq!(map.clauses(), 1);
    }

    #[test]
    fn a_password_cut_short_by_the_end_of_input_goes_too() {
        assert_eq!(
            redacted("CREATE ROLE a;\nALTER ROLE a WITH LOGIN PASSWORD 'SCRAM-SHA-2"),
            "CREATE ROLE a;\nALTER ROLE a WITH LOGIN"
        );
        assert_eq!(
            redacted("ALTER ROLE a WITH LOGIN PASSWORD 'x'"),
            "ALTER ROLE a WITH LOGIN"
        );
    }

    #[test]
    fn long_statements_pass_without_being_held() {
        let mut sql = b"INSERT INTO t VALUES ('".to_vec();
        sql.extend(std::iter::repeat_n(b'x', 3 * READ));
        sql.extend_from_slice(b"');\nALTER ROLE a PASSWORD 'x';\n");
        let mut r = RedactReader::new(&sql[..]);
        let mut first = vec![0u8; 64];
        let n = r.read(&mut first).unwrap();
        assert!(n > 0);
        assert!(r.buf.len() <= 2 * READ, "held {} bytes", r.buf.len());
        let mut rest = first[..n].to_vec();
        r.read_to_end(&mut rest).unwrap();
        assert!(rest.ends_with(b"');\nALTER ROLE a;\n"));
    }

    #[test]
    fn role_words_decide_only_when_plain() {
        assert_eq!(role_words(b"CREATE ROLE x"), Some(true));
        assert_eq!(role_words(b"alter\n  user x"), Some(true));
        assert_eq!(role_words(b"CREATE TABLE x"), Some(false));
        assert_eq!(role_words(b"INSERT INTO"), Some(false));
        assert_eq!(role_words(b"CREATE /* c */ ROLE"), None);
        assert_eq!(role_words(b"CREA"), None);
        assert_eq!(role_words(b"CREATE RO"), None);
        assert_eq!(role_words(b"\\connect x"), Some(false));
    }
}
