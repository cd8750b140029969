//! What a single statement does to databases, read from its first bytes
//! with sqlparser's PostgreSQL tokenizer (never with patterns over raw text).
//! Text of nothing but plain words, quoted names and punctuation, which is
//! most of what a dump asks about, takes a shortcut that gives the same
//! tokens (checked against sqlparser on every test and wild dump).
//!
//! Statement text is mapped byte-for-char (Latin-1) before tokenizing so
//! that names in any server encoding come back as the exact bytes psql sends.

use std::borrow::Cow;

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

/// How a statement refers to a database by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbAction {
    /// `CREATE DATABASE`.
    Create,
    /// `DROP DATABASE`.
    Drop,
    /// `ALTER DATABASE`.
    Alter,
    /// `GRANT` or `REVOKE ... ON DATABASE`.
    Grant,
    /// `COMMENT ON DATABASE`.
    Comment,
    /// `SECURITY LABEL ... ON DATABASE`.
    SecurityLabel,
    /// `UPDATE pg_catalog.pg_database ... WHERE datname = '...'`
    Catalog,
    /// `ALTER ROLE r IN DATABASE d SET ...`
    RoleSetting,
}

/// What the splitter needs to know of one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statement {
    /// The statement names a database.
    Database {
        /// What it does to it.
        action: DbAction,
        /// The name as psql sends it, in the dump's encoding.
        name: Vec<u8>,
    },
    /// `COPY table ... FROM stdin` or `INSERT INTO table`: the table as written.
    Copy {
        /// Quoted parts kept in quotes, unquoted ones in lower case, joined by `.`.
        table: String,
    },
    /// `INSERT INTO table`.
    Insert {
        /// As for [`Statement::Copy`].
        table: String,
    },
    /// Anything else.
    Other,
}

pub(crate) fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

pub(crate) fn bytes(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// A token's text: held inline up to 24 bytes, as nearly every word and
/// name of a dump is, so tokenizing a statement allocates once, not per word.
pub(crate) type Word = compact_str::CompactString;

/// A token reduced to what classification needs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum T {
    /// An unquoted word, lowercased.
    Kw(Word),
    /// A name: quoted as written, unquoted folded to lower case.
    Name(Word),
    Str(Word),
    Punct(char),
    Other,
}

fn reduce(t: Token) -> T {
    match t {
        Token::Word(w) if w.quote_style.is_some() => T::Name(w.value.into()),
        Token::Word(w) => T::Kw(w.value.to_ascii_lowercase().into()),
        Token::SingleQuotedString(s) | Token::EscapedStringLiteral(s) => T::Str(s.into()),
        Token::Period => T::Punct('.'),
        Token::Comma => T::Punct(','),
        Token::Eq => T::Punct('='),
        Token::SemiColon => T::Punct(';'),
        Token::LParen => T::Punct('('),
        Token::RParen => T::Punct(')'),
        _ => T::Other,
    }
}

/// A token and the byte range it covers in the statement.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Located {
    pub t: T,
    pub start: usize,
    pub end: usize,
}

/// Tokens of a whole statement with their byte ranges, for rewriting.
pub(crate) fn located_tokens(stmt: &[u8]) -> Option<Vec<Located>> {
    let toks = located_sqlparser_tokens(stmt)?;
    Some(
        toks.into_iter()
            .map(|(t, start, end)| Located {
                t: reduce(t),
                start,
                end,
            })
            .collect(),
    )
}

/// sqlparser's tokens of a whole statement, whitespace and comments left
/// out, each with the byte range it covers.
pub(crate) fn located_sqlparser_tokens(stmt: &[u8]) -> Option<Vec<(Token, usize, usize)>> {
    let text = latin1(stmt);
    let dialect = PostgreSqlDialect {};
    let toks = Tokenizer::new(&dialect, &text)
        .tokenize_with_location()
        .ok()?;
    // Latin-1 text has one char per byte: (line, column) maps straight to bytes.
    let mut line_starts = vec![0usize];
    line_starts.extend(
        stmt.iter()
            .enumerate()
            .filter(|(_, &c)| c == b'\n')
            .map(|(i, _)| i + 1),
    );
    let at = |l: u64, c: u64| {
        line_starts
            .get(l.saturating_sub(1) as usize)
            .map(|s| s + c.saturating_sub(1) as usize)
    };
    toks.into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
        .map(|t| {
            let start = at(t.span.start.line, t.span.start.column)?;
            let end = at(t.span.end.line, t.span.end.column)?;
            Some((t.token, start, end))
        })
        .collect()
}

/// A token of plain text (see [`plain_scan`]), borrowed from it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Plain<'a> {
    /// An ASCII word as written.
    Word(&'a [u8]),
    /// A double-quoted name between its quotes, `""` still doubled.
    Quoted(&'a [u8]),
    /// One of `; , . ( =`.
    Punct(u8),
    /// A token classification reads as nothing in particular: `)`, `[`,
    /// `]`, `::`, `<`, `>`, `<=`, `>=`, `<>` and unsigned integers.
    Other,
}

impl Plain<'_> {
    /// The token as [`T`]. `text` is the scanned text's UTF-8 start: a word
    /// in it is sliced from it rather than checked again on its own, which
    /// would be much of the cost of a dump's many short words.
    fn reduce(self, text: &str) -> T {
        match self {
            // ASCII only (see `plain_scan`); short words stay inline in `Word`.
            Plain::Word(w) => {
                let mut word = match sub_str(text, w) {
                    Some(s) => Word::new(s),
                    None => Word::from_utf8(w).expect("plain words are ASCII"),
                };
                word.make_ascii_lowercase();
                T::Kw(word)
            }
            Plain::Quoted(q) => {
                let q = unquote(q);
                T::Name(match q.is_ascii() {
                    true => Word::from_utf8(&q).expect("ASCII is UTF-8"),
                    false => q.iter().map(|&b| b as char).collect(),
                })
            }
            Plain::Punct(c) => T::Punct(c as char),
            Plain::Other => T::Other,
        }
    }

    /// The word, case-insensitively.
    fn is(&self, word: &str) -> bool {
        matches!(self, Plain::Word(w) if w.eq_ignore_ascii_case(word.as_bytes()))
    }
}

/// The longest start of `text` that is UTF-8.
fn utf8_prefix(text: &[u8]) -> &str {
    match std::str::from_utf8(text) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&text[..e.valid_up_to()]).unwrap_or_default(),
    }
}

/// `part`, a slice of `text`'s bytes on character boundaries, as a `&str`.
fn sub_str<'a>(text: &'a str, part: &[u8]) -> Option<&'a str> {
    let at = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    text.get(at..at + part.len())
}

/// A quoted name's bytes with `""` undoubled.
fn unquote(q: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if memchr::memchr(b'"', q).is_none() {
        return std::borrow::Cow::Borrowed(q);
    }
    let mut name = Vec::with_capacity(q.len());
    let mut rest = q;
    while let Some(at) = memchr::memchr(b'"', rest) {
        name.extend_from_slice(&rest[..=at]);
        rest = &rest[at + 2..];
    }
    name.extend_from_slice(rest);
    std::borrow::Cow::Owned(name)
}

/// Gives `each` the tokens of text made only of ASCII words, double-quoted
/// names, unsigned integers, `; , . ( ) [ ]` and the comparison and cast
/// operators, as sqlparser would give them; `None` for anything else
/// (literals, comments, other operators, decimals, bytes above 0x7f
/// outside quotes), which the caller then hands to sqlparser. The tails and COPY
/// targets of a dump are nearly all this simple, and tens of thousands of
/// them would otherwise each pay for a full tokenizer. Stops after `limit`
/// tokens: each is given only once the bytes that decide it are read.
fn plain_scan<'a>(text: &'a [u8], limit: usize, mut each: impl FnMut(Plain<'a>)) -> Option<()> {
    let mut i = 0;
    for _ in 0..limit {
        while text.get(i).is_some_and(|&c| CLASS[c as usize] == SPACE) {
            i += 1;
        }
        let Some(&c) = text.get(i) else { break };
        let (token, len) = match c {
            // `.5` is a number to sqlparser, and so may be `._`.
            b'.' if matches!(text.get(i + 1), Some(b'0'..=b'9' | b'_')) => return None,
            b';' | b',' | b'.' | b'(' | b')' => (Plain::Punct(c), 1),
            b'[' | b']' => (Plain::Other, 1),
            b':' | b'<' | b'>' | b'=' => {
                let len = operator_len(text, i)?;
                let token = match c {
                    b'=' => Plain::Punct(c),
                    _ => Plain::Other,
                };
                (token, len)
            }
            b'0'..=b'9' => {
                let len = run_of(&text[i..], DIGIT);
                // `1.5`, `1e3`, `0x1f`, `1_000`, `1$`: sqlparser's rules, not ours.
                if text.get(i + len).is_some_and(|&b| {
                    b.is_ascii_alphabetic()
                        || matches!(b, b'.' | b'_' | b'$' | b'\'' | b'"' | 0x80..)
                }) {
                    return None;
                }
                (Plain::Other, len)
            }
            b'"' => {
                let mut end = i + 1;
                loop {
                    end += memchr::memchr(b'"', text.get(end..)?)?;
                    if text.get(end + 1) != Some(&b'"') {
                        break;
                    }
                    end += 2;
                }
                (Plain::Quoted(&text[i + 1..end]), end + 1 - i)
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let len = run_of(&text[i..], WORD);
                // A word running into a quote, `$` or a high byte may lex
                // differently (`E'..'`, `U&".."`, `a$b`): leave it to sqlparser.
                if matches!(text.get(i + len), Some(b'\'' | b'"' | b'$' | b'&' | 0x80..)) {
                    return None;
                }
                (Plain::Word(&text[i..i + len]), len)
            }
            _ => return None,
        };
        each(token);
        i += len;
    }
    Some(())
}

/// Byte classes [`plain_scan`] skips or runs over, one table lookup a byte.
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const WORD: u8 = 3;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = match b {
            b' ' | b'\t' | b'\n' | b'\r' => SPACE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => WORD,
            _ => 0,
        };
        c += 1;
    }
    t
};

/// How many bytes from the start of `text` are of `class` (a word's
/// bytes include digits: [`WORD`] is the class after [`DIGIT`]).
fn run_of(text: &[u8], class: u8) -> usize {
    let stops = |c: u8| match class {
        WORD => CLASS[c as usize] < DIGIT,
        _ => CLASS[c as usize] != class,
    };
    text.iter().position(|&c| stops(c)).unwrap_or(text.len())
}

/// The length of the operator at `text[i]` when it is one whose token is
/// the same for psql and sqlparser (`::`, `=`, `<`, `>`, `<=`, `>=`, `<>`)
/// and no operator character follows it; `None` for anything else.
fn operator_len(text: &[u8], i: usize) -> Option<usize> {
    const OP: &[u8] = b"+-*/<>=~!@#%^&|`?:";
    let len = match (text[i], text.get(i + 1)) {
        (b':', Some(b':')) | (b'<' | b'>', Some(b'=')) | (b'<', Some(b'>')) => 2,
        (b':', _) => return None,
        _ => 1,
    };
    match text.get(i + len) {
        Some(c) if OP.contains(c) => None,
        _ => Some(len),
    }
}

/// [`plain_scan`]'s tokens, reduced.
#[cfg(test)]
fn plain_tokens(text: &[u8]) -> Option<Vec<T>> {
    // Sized once: tokens of a dump's statements average over four bytes.
    let mut out = Vec::with_capacity(text.len() / 4 + 8);
    let whole = utf8_prefix(text);
    plain_scan(text, usize::MAX, |t| out.push(t.reduce(whole)))?;
    Some(out)
}

/// Tokens read into room kept from one statement to the next: the table
/// of contents reads tens of thousands of statements, and a vector each
/// would be much of its cost.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tokens(Vec<T>);

impl Tokens {
    /// Every token of a statement read whole (its head not cut short).
    pub(crate) fn all(&mut self, stmt: &[u8]) -> Option<&[T]> {
        self.read(stmt, usize::MAX, sqlparser_tokens)
    }

    /// The first [`HEAD_TOKENS`] tokens of a statement's head.
    pub(crate) fn head(&mut self, head: &[u8]) -> Option<&[T]> {
        self.read(head, HEAD_TOKENS, slow_tokens)
    }

    /// [`plain_scan`]'s first `limit` tokens, or `slow`'s where it cannot read `text`.
    fn read(
        &mut self,
        text: &[u8],
        limit: usize,
        slow: fn(&[u8]) -> Option<Vec<T>>,
    ) -> Option<&[T]> {
        self.0.clear();
        let whole = utf8_prefix(text);
        if plain_scan(text, limit, |t| self.0.push(t.reduce(whole))).is_none() {
            self.0 = slow(text)?;
        }
        Some(&self.0)
    }
}

/// sqlparser's tokens of `text`, reduced; `None` if it does not tokenize.
fn sqlparser_tokens(text: &[u8]) -> Option<Vec<T>> {
    let toks = Tokenizer::new(&PostgreSqlDialect {}, &latin1(text))
        .tokenize()
        .ok()?;
    Some(
        toks.into_iter()
            .filter(|t| !matches!(t, Token::Whitespace(_)))
            .map(reduce)
            .collect(),
    )
}

/// Tokens read of a statement's head: enough for every rule that reads
/// its start, and no more.
pub(crate) const HEAD_TOKENS: usize = 64;

/// The first [`HEAD_TOKENS`] tokens of a statement's head.
pub(crate) fn tokens(head: &[u8]) -> Option<Vec<T>> {
    let mut room = Tokens(Vec::with_capacity((head.len() / 4 + 8).min(HEAD_TOKENS)));
    room.head(head)?;
    Some(room.0)
}

/// [`tokens`] of a head [`plain_scan`] cannot read.
fn slow_tokens(head: &[u8]) -> Option<Vec<T>> {
    let whole = sqlparser_tokens(head);
    let mut t = whole.or_else(|| {
        // A head cut short may end inside a literal: classify what precedes
        // it, cut where psql's lexer says the open literal began.
        let mut scanner = crate::scanner::Scanner::new();
        let Ok(()) = scanner.feed(head, &mut crate::scanner::always(|_| {}));
        let Ok(end) = scanner.finish(&mut crate::scanner::always(|_| {}));
        let (_, at) = end.open?;
        let cut = usize::try_from(at)
            .ok()
            .filter(|&c| c > 0 && c < head.len())?;
        sqlparser_tokens(&head[..cut])
    })?;
    t.truncate(HEAD_TOKENS);
    Some(t)
}

fn kw(t: Option<&T>, word: &str) -> bool {
    matches!(t, Some(T::Kw(w)) if w == word)
}

/// A database name token, as the server would read it.
fn name(t: Option<&T>) -> Option<Vec<u8>> {
    match t? {
        T::Name(n) => Some(bytes(n)),
        T::Kw(w) => Some(bytes(w)),
        _ => None,
    }
}

/// The name only if it is the statement's single target (no `a, b` lists).
fn sole_name(t: &[T], i: usize) -> Option<Vec<u8>> {
    let n = name(t.get(i))?;
    (t.get(i + 1) != Some(&T::Punct(','))).then_some(n)
}

/// `schema.table` as SQL, quoting kept where the dump quoted.
fn qualified(t: &[T], mut i: usize) -> Option<String> {
    let mut out = String::new();
    loop {
        match t.get(i)? {
            T::Name(n) => {
                out.push('"');
                out.push_str(&n.replace('"', "\"\""));
                out.push('"');
            }
            T::Kw(n) => out.push_str(n),
            _ => return None,
        }
        if t.get(i + 1) == Some(&T::Punct('.')) {
            out.push('.');
            i += 2;
        } else {
            return Some(out);
        }
    }
}

fn database(action: DbAction, name: Option<Vec<u8>>) -> Statement {
    match name {
        Some(name) => Statement::Database { action, name },
        None => Statement::Other,
    }
}

/// The table of `COPY table` (the text before any `(`) as [`qualified`]
/// gives it from [`tokens`], without building the tokens: `None` when the
/// text is not plain (see [`plain_scan`]), `Some(None)` when it names no
/// table. Every table of a dump has one.
fn plain_copy_target(text: &[u8]) -> Option<Option<String>> {
    let mut toks = [Plain::Other; 64];
    let mut n = 0;
    plain_scan(text, usize::MAX, |t| {
        if n < toks.len() {
            toks[n] = t;
            n += 1;
        }
    })?;
    let t = &toks[..n];
    let mut out = String::new();
    let mut i = 1;
    loop {
        match t.get(i) {
            // As written: re-quoting the name gives back its doubled quotes.
            Some(Plain::Quoted(q)) => {
                out.push('"');
                out.extend(q.iter().map(|&c| c as char));
                out.push('"');
            }
            Some(Plain::Word(w)) => out.extend(w.iter().map(|c| c.to_ascii_lowercase() as char)),
            _ => return Some(None),
        }
        if t.get(i + 1) == Some(&Plain::Punct(b'.')) {
            out.push('.');
            i += 2;
        } else {
            return Some(Some(out));
        }
    }
}

/// The statement's leading keyword, lowercased: a cheap filter before tokenizing.
pub(crate) fn first_word(head: &[u8]) -> Vec<u8> {
    head.iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .map(u8::to_ascii_lowercase)
        .collect()
}

/// The statement's leading keyword, lowercased, without allocating; empty
/// when it is longer than any keyword looked for.
#[derive(Clone, Copy)]
struct Lead {
    buf: [u8; 16],
    len: usize,
}

impl Lead {
    fn of(head: &[u8]) -> Lead {
        let len = head
            .iter()
            .position(|c| !c.is_ascii_alphabetic())
            .unwrap_or(head.len());
        let mut buf = [0; 16];
        if len > buf.len() {
            return Lead { buf, len: 0 };
        }
        for (slot, c) in buf.iter_mut().zip(&head[..len]) {
            *slot = c.to_ascii_lowercase();
        }
        Lead { buf, len }
    }

    fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Whether a statement begins with one of the lowercase keywords `words`.
/// Letters followed by a blank are the first token as they stand; anything
/// else is left to the tokens.
pub(crate) fn leads_with(head: &[u8], words: &[&str]) -> bool {
    let lead = Lead::of(head);
    if lead.len > 0 && matches!(head.get(lead.len), Some(b' ' | b'\n' | b'\t')) {
        return words.iter().any(|w| lead.as_slice() == w.as_bytes());
    }
    matches!(tokens(head).as_deref(), Some([T::Kw(w), ..]) if words.contains(&w.as_str()))
}

/// A statement head folded to ASCII lower case on the first search, so
/// that the cheap filters (is `owner to` or `database` anywhere in it?) are
/// one SIMD substring search each instead of a case-insensitive scan, and
/// every filter of the statement shares one fold. Exactly [`contains_ci`]
/// for lowercase needles.
struct Folded<'a> {
    head: &'a [u8],
    buf: &'a mut Vec<u8>,
    done: bool,
}

impl Folded<'_> {
    fn has(&mut self, needle: &Needle) -> bool {
        if !self.done {
            self.buf.clear();
            self.buf.extend_from_slice(self.head);
            self.buf.make_ascii_lowercase();
            self.done = true;
        }
        needle.finder().find(self.buf).is_some()
    }
}

/// Runs `f` with `head` ready to fold, in a buffer kept between statements
/// (this runs on most statements of a dump).
fn folded<R>(head: &[u8], f: impl FnOnce(&mut Folded<'_>) -> R) -> R {
    thread_local!(static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) });
    BUF.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => {
            let out = f(&mut Folded {
                head,
                buf: &mut buf,
                done: false,
            });
            if buf.capacity() > 64 * 1024 {
                *buf = Vec::new();
            }
            out
        }
        Err(_) => f(&mut Folded {
            head,
            buf: &mut Vec::new(),
            done: false,
        }),
    })
}

/// A lowercase word searched for in statement heads, its searcher built once.
struct Needle {
    text: &'static str,
    finder: std::sync::OnceLock<memchr::memmem::Finder<'static>>,
}

impl Needle {
    const fn new(text: &'static str) -> Needle {
        Needle {
            text,
            finder: std::sync::OnceLock::new(),
        }
    }

    fn finder(&self) -> &memchr::memmem::Finder<'static> {
        self.finder
            .get_or_init(|| memchr::memmem::Finder::new(self.text.as_bytes()))
    }
}

static DATABASE: Needle = Needle::new("database");
static OWNER: Needle = Needle::new("owner");
static OWNER_TO: Needle = Needle::new("owner to");
static DEFAULT_PRIVILEGES: Needle = Needle::new("default privileges");
static IN_DATABASE: Needle = Needle::new("in database");
static CREATE_ROLE: Needle = Needle::new("create role");
static CREATE_USER: Needle = Needle::new("create user");
static CREATE_GROUP: Needle = Needle::new("create group");
static AUTHORIZATION: Needle = Needle::new("authorization");
static SET_ROLE: Needle = Needle::new("set role");

/// `head` up to its first `(` outside double-quoted identifiers.
pub(crate) fn up_to_paren(head: &[u8]) -> &[u8] {
    let mut quoted = false;
    for (i, &c) in head.iter().enumerate() {
        match c {
            b'"' => quoted = !quoted,
            b'(' | b'\'' | b'$' if !quoted => return &head[..i],
            _ => {}
        }
    }
    head
}

/// Classify a statement from its first bytes.
pub fn classify(head: &[u8]) -> Statement {
    folded(head, |f| classify_in(head, f))
}

/// What the splitter needs of one statement: the roles it names (`quick`
/// when read from its tail: the role, or none for a pseudo-role) and what
/// it does to databases, with the head folded at most once for both.
pub(crate) struct Inspected<'a> {
    pub quick: Option<Option<Cow<'a, str>>>,
    /// The roles, when not read from the tail.
    pub roles: RoleRefs,
    pub statement: Statement,
}

/// [`roles`] and [`classify`] of one statement at once.
pub(crate) fn inspect(head: &[u8], tail: Option<usize>) -> Inspected<'_> {
    folded(head, |f| {
        let quick = tail.and_then(|at| tail_role(head, at));
        let roles = match quick {
            Some(_) => RoleRefs::default(),
            None => roles_by_tokens(head, f),
        };
        Inspected {
            quick,
            roles,
            statement: classify_in(head, f),
        }
    })
}

fn classify_in(head: &[u8], f: &mut Folded<'_>) -> Statement {
    // Cheap first-word filter: most statements in a dump are none of these.
    let first = Lead::of(head);
    let worth = match first.as_slice() {
        b"copy" | b"insert" => true,
        b"create" | b"drop" | b"alter" | b"grant" | b"revoke" | b"comment" | b"security"
        | b"update" => f.has(&DATABASE),
        _ => false,
    };
    if !worth {
        return Statement::Other;
    }
    // COPY and INSERT need only the table name: tokenize up to the first
    // `(` outside double quotes (the column list or the VALUES rows).
    let head = match first.as_slice() {
        b"copy" | b"insert" => up_to_paren(head),
        _ => head,
    };
    if first.as_slice() == b"copy" {
        if let Some(table) = plain_copy_target(head) {
            return table.map_or(Statement::Other, |table| Statement::Copy { table });
        }
    }
    let Some(t) = tokens(head) else {
        return Statement::Other;
    };
    let at = |i: usize| t.get(i);
    match first.as_slice() {
        b"create" if kw(at(1), "database") => database(DbAction::Create, name(at(2))),
        b"drop" if kw(at(1), "database") => {
            if kw(at(2), "if") && kw(at(3), "exists") {
                database(DbAction::Drop, sole_name(&t, 4))
            } else {
                database(DbAction::Drop, sole_name(&t, 2))
            }
        }
        b"alter" if kw(at(1), "database") => database(DbAction::Alter, name(at(2))),
        b"alter"
            if (kw(at(1), "role") || kw(at(1), "user"))
                && kw(at(3), "in")
                && kw(at(4), "database") =>
        {
            database(DbAction::RoleSetting, name(at(5)))
        }
        b"grant" | b"revoke" => {
            // The object clause of GRANT/REVOKE is at top level before TO/FROM.
            let on = t.windows(2).position(|w| {
                matches!(&w[0], T::Kw(a) if a == "on")
                    && matches!(&w[1], T::Kw(b) if b == "database")
            });
            database(DbAction::Grant, on.and_then(|i| sole_name(&t, i + 2)))
        }
        b"comment" if kw(at(1), "on") && kw(at(2), "database") => {
            database(DbAction::Comment, name(at(3)))
        }
        b"security" if kw(at(1), "label") => {
            let on = t.windows(2).position(|w| {
                matches!(&w[0], T::Kw(a) if a == "on")
                    && matches!(&w[1], T::Kw(b) if b == "database")
            });
            database(DbAction::SecurityLabel, on.and_then(|i| name(at(i + 2))))
        }
        b"update" => {
            let target = qualified(&t, 1);
            if !matches!(
                target.as_deref(),
                Some("pg_catalog.pg_database" | "pg_database")
            ) {
                return Statement::Other;
            }
            let w = t.windows(3).position(|w| {
                matches!(&w[0], T::Kw(a) if a == "datname")
                    && w[1] == T::Punct('=')
                    && matches!(w[2], T::Str(_))
            });
            match w.map(|i| &t[i + 2]) {
                Some(T::Str(s)) => database(DbAction::Catalog, Some(bytes(s))),
                _ => Statement::Other,
            }
        }
        b"copy" => qualified(&t, 1).map_or(Statement::Other, |table| Statement::Copy { table }),
        b"insert" if kw(at(1), "into") => {
            qualified(&t, 2).map_or(Statement::Other, |table| Statement::Insert { table })
        }
        _ => Statement::Other,
    }
}

/// Roles a statement names: the role it creates, and the roles it needs to
/// exist (owners, grantees, `FOR ROLE`, `AUTHORIZATION`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleRefs {
    /// The role a `CREATE ROLE`, `USER` or `GROUP` creates.
    pub created: Option<String>,
    /// Roles that must exist first, each named once.
    pub referenced: Vec<String>,
}

/// ASCII case-insensitive substring test, SIMD-driven on the first byte:
/// it runs on most statements of a dump.
pub(crate) fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut at = 0;
    while let Some(i) = memchr::memchr2(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        &hay[at..],
    ) {
        let start = at + i + 1;
        if hay
            .get(start..start + rest.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return true;
        }
        at = start;
    }
    false
}

/// A token where a role name stands, as the role's name.
fn role_name(t: &T) -> Option<String> {
    // Tokens hold the input bytes as Latin-1 chars; names are UTF-8 (or
    // whatever the dump's encoding is), so go back through the bytes.
    let text = |n: &str| String::from_utf8_lossy(&bytes(n)).into_owned();
    match t {
        T::Name(n) | T::Str(n) => Some(text(n)),
        T::Kw(w) if !is_pseudo_role(w) => Some(text(w)),
        _ => None,
    }
}

/// `ALTER ... OWNER TO r;`, `GRANT ... TO r;` and `REVOKE ... FROM r;` read
/// from the statement's tail (`head[at..]`, a token boundary): the role, or
/// `Some(None)` for a pseudo-role such as PUBLIC. `None` when the statement
/// could name other roles or ends another way. Borrows from `head` unless
/// the name has a doubled quote or is not UTF-8.
pub(crate) fn tail_role(head: &[u8], at: usize) -> Option<Option<Cow<'_, str>>> {
    let first = Lead::of(head);
    let (before, keyword) = match first.as_slice() {
        // ALTER DEFAULT PRIVILEGES names more roles, ALTER ROLE ... IN
        // DATABASE names one its own way; no other ALTER that ends in
        // OWNER TO names any but the owner.
        b"alter" => match Lead::of(head[5..].trim_ascii_start()).as_slice() {
            b"default" | b"role" | b"user" | b"group" => return None,
            _ => (Some("owner"), "to"),
        },
        b"grant" => (None, "to"),
        b"revoke" => (None, "from"),
        _ => return None,
    };
    let tail = head.get(at..)?;
    if before.is_some() && !contains_ci(tail, b"owner") {
        return None;
    }
    // Anything but plain words is left to the whole statement's tokens.
    let mut last: [Option<Plain<'_>>; 4] = [None; 4];
    plain_scan(tail, usize::MAX, |t| {
        last = [last[1], last[2], last[3], Some(t)]
    })?;
    let [Some(a), Some(b), Some(role), Some(Plain::Punct(b';'))] = last else {
        return None;
    };
    if before.is_some_and(|w| !a.is(w)) || !b.is(keyword) {
        return None;
    }
    match role {
        Plain::Quoted(q) => Some(Some(match unquote(q) {
            Cow::Borrowed(n) => String::from_utf8_lossy(n),
            Cow::Owned(n) => Cow::Owned(String::from_utf8_lossy(&n).into_owned()),
        })),
        Plain::Word(w) => {
            // Plain words are ASCII: the role is the word in lower case.
            let w = std::str::from_utf8(w).ok()?;
            let lower: Cow<'_, str> = if w.bytes().any(|c| c.is_ascii_uppercase()) {
                Cow::Owned(w.to_ascii_lowercase())
            } else {
                Cow::Borrowed(w)
            };
            Some((!is_pseudo_role(&lower)).then_some(lower))
        }
        _ => None,
    }
}

/// Words that stand where a role name could, but are not roles.
fn is_pseudo_role(name: &str) -> bool {
    matches!(
        name,
        "public" | "current_user" | "session_user" | "current_role" | "group"
    )
}

/// Role names in a statement, from its first bytes. `tail`, when known, is
/// where the statement's last three identifiers begin in `head` (see the
/// scanner's `Event::Statement`): the forms pg_dump writes by the thousand
/// are then read from the tail alone.
pub fn roles(head: &[u8], tail: Option<usize>) -> RoleRefs {
    if let Some(role) = tail.and_then(|at| tail_role(head, at)) {
        return RoleRefs {
            created: None,
            referenced: role.map(Cow::into_owned).into_iter().collect(),
        };
    }
    folded(head, |f| roles_by_tokens(head, f))
}

/// Whether a statement can name a role at all, from its first word and a
/// few lowercase substrings: this runs on many statements of a dump.
fn may_name_roles(head: &[u8], f: &mut Folded<'_>) -> bool {
    match Lead::of(head).as_slice() {
        b"grant" | b"revoke" => true,
        b"alter" => f.has(&OWNER_TO) || f.has(&DEFAULT_PRIVILEGES) || f.has(&IN_DATABASE),
        b"create" => {
            f.has(&CREATE_ROLE)
                || f.has(&CREATE_USER)
                || f.has(&CREATE_GROUP)
                || f.has(&AUTHORIZATION)
                || f.has(&OWNER)
        }
        b"set" => f.has(&AUTHORIZATION) || f.has(&SET_ROLE),
        _ => false,
    }
}

/// [`roles`] from the whole head's tokens.
fn roles_by_tokens(head: &[u8], f: &mut Folded<'_>) -> RoleRefs {
    let mut out = RoleRefs::default();
    if !may_name_roles(head, f) {
        return out;
    }
    let Some(t) = tokens(head) else { return out };
    let role_at = |i: usize| t.get(i).and_then(role_name);
    let mut push = |r: Option<String>| {
        if let Some(r) = r {
            if !out.referenced.contains(&r) {
                out.referenced.push(r);
            }
        }
    };
    if kw(t.first(), "create")
        && (kw(t.get(1), "role") || kw(t.get(1), "user") || kw(t.get(1), "group"))
    {
        out.created = role_at(2);
        return out;
    }
    if kw(t.first(), "alter")
        && (kw(t.get(1), "role") || kw(t.get(1), "user"))
        && kw(t.get(3), "in")
    {
        push(role_at(2));
        return out;
    }
    let is_grant = t
        .iter()
        .any(|x| matches!(x, T::Kw(w) if w == "grant" || w == "revoke"));
    let mut i = 0;
    while i < t.len() {
        let list_start = match (&t[i], t.get(i + 1)) {
            (T::Kw(a), Some(T::Kw(b))) if a == "owner" && b == "to" => Some(i + 2),
            (T::Kw(a), Some(T::Punct('='))) if a == "owner" => Some(i + 2),
            (T::Kw(a), Some(T::Kw(b))) if a == "for" && (b == "role" || b == "user") => Some(i + 2),
            (T::Kw(a), _) if a == "authorization" => Some(i + 1),
            (T::Kw(a), Some(T::Kw(b))) if a == "granted" && b == "by" => Some(i + 2),
            (T::Kw(a), _) if is_grant && (a == "to" || a == "from") => Some(i + 1),
            (T::Kw(a), _) if a == "role" && kw(t.first(), "set") => Some(i + 1),
            _ => None,
        };
        match list_start {
            Some(mut j) => {
                loop {
                    push(role_at(j));
                    if t.get(j + 1) == Some(&T::Punct(',')) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db(sql: &str) -> Option<(DbAction, Vec<u8>)> {
        match classify(sql.as_bytes()) {
            Statement::Database { action, name } => Some((action, name)),
            _ => None,
        }
    }

    #[test]
    fn database_statements() {
        use DbAction::*;
        assert_eq!(
            db("CREATE DATABASE app WITH TEMPLATE = template0;"),
            Some((Create, b"app".to_vec()))
        );
        assert_eq!(
            db("CREATE DATABASE \"My \"\"db\" WITH OWNER = x;"),
            Some((Create, b"My \"db".to_vec()))
        );
        assert_eq!(
            db("DROP DATABASE IF EXISTS \"a b\";"),
            Some((Drop, b"a b".to_vec()))
        );
        assert_eq!(db("DROP DATABASE Foo;"), Some((Drop, b"foo".to_vec())));
        assert_eq!(
            db("ALTER DATABASE app SET search_path TO x;"),
            Some((Alter, b"app".to_vec()))
        );
        assert_eq!(
            db("GRANT CONNECT ON DATABASE template1 TO PUBLIC;"),
            Some((Grant, b"template1".to_vec()))
        );
        assert_eq!(
            db("REVOKE ALL ON DATABASE \"x\" FROM PUBLIC;"),
            Some((Grant, b"x".to_vec()))
        );
        assert_eq!(
            db("COMMENT ON DATABASE app IS 'x';"),
            Some((Comment, b"app".to_vec()))
        );
        assert_eq!(
            db("UPDATE pg_catalog.pg_database SET datistemplate = 't' WHERE datname = 'tpl';"),
            Some((Catalog, b"tpl".to_vec()))
        );
        assert_eq!(
            db("ALTER ROLE bob IN DATABASE app SET x = 1;"),
            Some((RoleSetting, b"app".to_vec()))
        );
        assert_eq!(db("GRANT SELECT ON TABLE t TO bob;"), None);
        assert_eq!(db("DROP DATABASE a, b;"), None);
        assert_eq!(db("CREATE TABLE database (x int);"), None);
        assert_eq!(db("SELECT 'CREATE DATABASE x';"), None);
    }

    #[test]
    fn located_tokens_map_to_bytes() {
        let sql = "ALTER ROLE \"r\u{f4}\" WITH LOGIN\n  PASSWORD 'x''y';";
        let toks = located_tokens(sql.as_bytes()).unwrap();
        let text: Vec<&str> = toks.iter().map(|t| &sql[t.start..t.end]).collect();
        assert_eq!(
            text,
            vec![
                "ALTER",
                "ROLE",
                "\"r\u{f4}\"",
                "WITH",
                "LOGIN",
                "PASSWORD",
                "'x''y'",
                ";"
            ]
        );
    }

    #[test]
    fn case_insensitive_search() {
        assert!(contains_ci(b"GRANT ALL ON DataBase x", b"database"));
        assert!(contains_ci(b"ddatabase", b"database"));
        assert!(!contains_ci(
            b"CREATE TABLE t (d int, datab int)",
            b"database"
        ));
        assert!(contains_ci(b"x", b""));
    }

    /// Roles of one statement, read with the tail the scanner marks and
    /// without it: both ways must agree.
    fn roles_both_ways(sql: &[u8]) -> RoleRefs {
        let mut tails = Vec::new();
        let mut scanner = crate::scanner::Scanner::new();
        let note = |e: crate::scanner::Event<'_>| {
            if let crate::scanner::Event::Statement { start, tail, .. } = e {
                tails.push((tail - start) as usize);
            }
        };
        let mut note = crate::scanner::always(note);
        let Ok(()) = scanner.feed(sql, &mut note);
        let Ok(_) = scanner.finish(&mut note);
        drop(note);
        let slow = roles(sql, None);
        let fast = roles(sql, tails.first().copied());
        assert_eq!(fast, slow, "{}", String::from_utf8_lossy(sql));
        fast
    }

    #[test]
    fn tails_give_the_same_roles_as_whole_statements() {
        for sql in [
            "ALTER TABLE ONLY s.t OWNER TO \"Writer \"\"Role\"\"\";",
            "ALTER SCHEMA \"owner to x\" OWNER TO y;",
            "ALTER TABLE t OWNER TO \"a OWNER TO b\";",
            "ALTER FUNCTION public.f(integer) OWNER TO app -- trailing\n;",
            "ALTER TABLE t OWNER TO CURRENT_USER;",
            "GRANT SELECT ON TABLE t TO reader;",
            "GRANT ALL ON FUNCTION f(x integer) TO \"rôle\";",
            "GRANT a TO b;",
            "GRANT a TO b WITH ADMIN OPTION GRANTED BY postgres;",
            "GRANT SELECT ON t TO a, b;",
            "REVOKE ALL ON SCHEMA public FROM PUBLIC;",
            "REVOKE ALL ON TABLE t FROM \"x\";",
            "GRANT SELECT ON TABLE t TO GROUP g;",
            "ALTER DEFAULT PRIVILEGES FOR ROLE a GRANT SELECT ON TABLES TO b;",
            "ALTER ROLE bob IN DATABASE app OWNER TO x;",
        ] {
            roles_both_ways(sql.as_bytes());
        }
        assert_eq!(
            roles_both_ways(b"ALTER TABLE t OWNER TO \"a OWNER TO b\";").referenced,
            vec!["a OWNER TO b"]
        );
    }

    #[test]
    fn plain_tokens_are_sqlparsers() {
        for (text, plain) in [
            (&b"COPY s.\"T \"\"x\"\"\" (a, b) FROM stdin;"[..], true),
            (b"ALTER TABLE ONLY s.t OWNER TO app_1;", true),
            (b"integer) TO \"r\xe9le\";", true),
            (b"COPY \"caf\xe9\".t FROM stdin;", true),
            (b"COPY caf\xe9.t FROM stdin;", false),
            (b"GRANT ALL ON \"caf\xe9\" TO Bob, \"Al\";", true),
            (b"SET x = 'y';", false),
            (b"SELECT e'x';", false),
            (b"SELECT 1;", true),
            (b"SELECT 1.5;", false),
            (b"SELECT 1e3;", false),
            (b"CREATE TABLE s.t (a numeric(12,2), b text[], CONSTRAINT c CHECK ((a >= (0)::numeric)));", true),
            (b"SELECT a<>b, a<=b, a>b, a=b;", true),
            (b"SELECT a=>b;", false),
            (b"SELECT a:b;", false),
            (b"SELECT a:::b;", false),
            (b"SELECT a>=-1;", false),
            (b"SELECT a$b;", false),
            (b"x -- c\n;", false),
        ] {
            let got = plain_tokens(text);
            assert_eq!(got.is_some(), plain, "{}", String::from_utf8_lossy(text));
            if got.is_some() {
                assert_eq!(got, sqlparser_tokens(text));
            }
        }
    }

    #[test]
    fn leading_keywords_read_like_tokens() {
        for (head, want) in [
            (&b"GRANT ALL ON TABLE t TO r;"[..], true),
            (b"revoke\nALL ON t FROM r;", true),
            (b"  GRANT ALL ON t TO r;", true),
            (b"GRANTED x;", false),
            (b"COMMENT ON TABLE t IS 'x';", false),
            (b"grant(x", true),
        ] {
            assert_eq!(leads_with(head, &["grant", "revoke"]), want, "{head:?}");
        }
    }

    proptest::proptest! {
        /// Whatever the fast path reads, it reads as sqlparser does.
        #[test]
        fn plain_tokens_never_disagree(text in "[a1eEU_ &\n+*/#:<>=()\\[\\].,;\"'$!-]{0,16}") {
            if let Some(t) = plain_tokens(text.as_bytes()) {
                proptest::prop_assert_eq!(Some(t), sqlparser_tokens(text.as_bytes()), "{}", text);
            }
        }

        /// A head's first tokens, read into kept room and stopping early, are
        /// the whole head's first tokens, whatever follows them.
        #[test]
        fn head_tokens_are_the_first_of_all(
            words in proptest::collection::vec("[a-z_]{1,4}|\\(|\\)|,|=|[0-9]{1,3}|\"x\"", 50..80),
            tail in "'[a-z]*'|\\$\\$[a-z ]*\\$\\$|1\\.5|",
        ) {
            let text = format!("{} {tail};", words.join(" "));
            let mut room = Tokens::default();
            let want = sqlparser_tokens(text.as_bytes()).map(|mut t| {
                t.truncate(HEAD_TOKENS);
                t
            });
            proptest::prop_assert_eq!(room.head(text.as_bytes()).map(<[T]>::to_vec), want.clone());
            proptest::prop_assert_eq!(tokens(text.as_bytes()), want);
            proptest::prop_assert_eq!(
                room.all(text.as_bytes()).map(<[T]>::to_vec),
                sqlparser_tokens(text.as_bytes())
            );
        }
    }

    /// Every statement of the test dumps and the wild ones, both ways.
    #[test]
    fn tails_agree_on_every_fixture_statement() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        // The wild corpus as the integration tests find it (tests/support).
        let wild = std::env::var_os("PGSEAL_WILD_DUMPS")
            .filter(|v| !v.is_empty())
            .map_or_else(|| root.join("../shared/wild-dumps"), Into::into);
        let mut paths: Vec<_> = std::fs::read_dir(root.join("testdata/dumps"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        match std::fs::read_dir(&wild) {
            Ok(dir) => paths.extend(dir.map(|e| e.unwrap().path())),
            Err(_)
                if std::env::var("PGSEAL_TEST_REQUIRE_ALL")
                    .is_ok_and(|v| !v.is_empty() && v != "0") =>
            {
                panic!("no wild dump corpus at {}", wild.display())
            }
            Err(_) => {
                use std::io::Write;
                let note = format!("note: wild dumps skipped: none at {}\n", wild.display());
                let _ = std::io::stderr().write_all(note.as_bytes());
            }
        }
        let mut checked = 0;
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        {
            let dump = std::fs::read(path).unwrap();
            let mut statements = Vec::new();
            let mut scanner = crate::scanner::Scanner::new();
            let note = |e: crate::scanner::Event<'_>| {
                if let crate::scanner::Event::Statement {
                    start,
                    head,
                    tail,
                    truncated: false,
                    ..
                } = e
                {
                    statements.push((head.to_vec(), (tail - start) as usize));
                }
            };
            let mut note = crate::scanner::always(note);
            let Ok(()) = scanner.feed(&dump, &mut note);
            let Ok(_) = scanner.finish(&mut note);
            drop(note);
            for (head, tail) in statements {
                if let Some(fast) = plain_copy_target(up_to_paren(&head)) {
                    let slow = tokens(up_to_paren(&head)).and_then(|t| qualified(&t, 1));
                    assert_eq!(fast, slow, "{}", String::from_utf8_lossy(&head));
                }
                for text in [&head[..], &head[tail..], up_to_paren(&head)] {
                    if let Some(t) = plain_tokens(text) {
                        assert_eq!(Some(t), sqlparser_tokens(text));
                    }
                }
                let fast = roles(&head, Some(tail));
                assert_eq!(
                    fast,
                    roles(&head, None),
                    "{}",
                    String::from_utf8_lossy(&head)
                );
                checked += usize::from(!fast.referenced.is_empty());
            }
        }
        assert!(checked > 100, "only {checked} statements name roles");
    }

    #[test]
    fn role_references() {
        let r = |sql: &str| roles_both_ways(sql.as_bytes());
        assert_eq!(
            r("CREATE ROLE \"space role\";").created.as_deref(),
            Some("space role")
        );
        assert_eq!(
            r("ALTER TABLE public.t OWNER TO app_owner;").referenced,
            vec!["app_owner"]
        );
        assert_eq!(
            r("GRANT SELECT ON TABLE public.t TO reader, \"MixedCase\" WITH GRANT OPTION;")
                .referenced,
            vec!["reader", "MixedCase"]
        );
        assert_eq!(
            r("REVOKE ALL ON SCHEMA public FROM PUBLIC;").referenced,
            Vec::<String>::new()
        );
        assert_eq!(
            r("ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA s GRANT SELECT ON TABLES TO bob;").referenced,
            vec!["alice", "bob"]
        );
        assert_eq!(
            r("ALTER ROLE bob IN DATABASE app SET work_mem TO '1MB';").referenced,
            vec!["bob"]
        );
        assert_eq!(
            r("ALTER TABLE t RENAME TO u;").referenced,
            Vec::<String>::new()
        );
        assert_eq!(
            r("CREATE SCHEMA s AUTHORIZATION carol;").referenced,
            vec!["carol"]
        );
        assert_eq!(
            r("SET SESSION AUTHORIZATION 'dave';").referenced,
            vec!["dave"]
        );
        assert_eq!(
            r("CREATE DATABASE x WITH TEMPLATE = template0 OWNER = erin;").referenced,
            vec!["erin"]
        );
        assert_eq!(
            r("CREATE TABLE t (owner text);").referenced,
            Vec::<String>::new()
        );
        assert_eq!(r("SELECT 1;"), RoleRefs::default());
    }

    #[test]
    fn a_head_cut_inside_a_literal_after_high_bytes_does_not_panic() {
        // The open literal starts right after a byte above 0x7f.
        for head in [
            &b"CREATE ROLE \xe9'abc"[..],
            b"CREATE DATABASE \xc3\xa9 $x$ body",
        ] {
            let _ = classify(head);
            let _ = roles(head, None);
        }
        assert_eq!(
            classify(b"DROP DATABASE \"\xe9\"; SELECT '\xe9"),
            Statement::Database {
                action: DbAction::Drop,
                name: b"\xe9".to_vec()
            }
        );
    }

    #[test]
    fn latin1_names_round_trip_as_bytes() {
        let sql = b"CREATE DATABASE \"caf\xe9\" WITH ENCODING = 'LATIN1';";
        assert_eq!(
            classify(sql),
            Statement::Database {
                action: DbAction::Create,
                name: b"caf\xe9".to_vec()
            }
        );
    }

    #[test]
    fn heads_cut_inside_a_literal_still_classify() {
        let mut head = b"INSERT INTO app.big VALUES (1, 'xxxx".to_vec();
        head.extend(std::iter::repeat_n(b'x', 5000));
        assert_eq!(
            classify(&head[..4096]),
            Statement::Insert {
                table: "app.big".into()
            }
        );
        let head = b"COMMENT ON DATABASE app IS 'a long comment that was cut";
        assert_eq!(
            classify(head),
            Statement::Database {
                action: DbAction::Comment,
                name: b"app".to_vec()
            }
        );
    }

    #[test]
    fn copy_and_insert_targets() {
        assert_eq!(
            classify(b"COPY public.t (a, b) FROM stdin;"),
            Statement::Copy {
                table: "public.t".into()
            }
        );
        assert_eq!(
            classify(b"INSERT INTO \"S\".\"T\" VALUES (1);"),
            Statement::Insert {
                table: "\"S\".\"T\"".into()
            }
        );
    }
}
