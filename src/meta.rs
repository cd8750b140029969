//! Arguments of the backslash commands that matter for splitting, read the
//! way psql reads them (`psqlscanslash.l`, `read_connect_arg`, libpq's
//! conninfo parser), so that the database a `\connect` goes to is the one
//! psql would go to.

use thiserror::Error;

/// A backslash command the splitter acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meta {
    /// `\connect`/`\c`: `None` when psql stays on the current database.
    Connect(Option<Vec<u8>>),
    /// `\restrict key`, which pg_dump emits since its August 2025 releases: the key.
    Restrict(Vec<u8>),
    /// `\unrestrict key`: the key, which must match the `\restrict`'s.
    Unrestrict(Vec<u8>),
    /// `\if`: psql may skip what follows, up to the matching `\endif`.
    If,
    /// `\endif`.
    Endif,
    /// Commands that leave the database unchanged.
    Other,
}

/// Why a backslash command's database cannot be known without running it.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum MetaError {
    /// psql would run a shell command to get the argument.
    #[error("backquoted shell command in a backslash command argument")]
    Backquote,
    /// psql would substitute a variable's value.
    #[error("psql variable in a backslash command argument")]
    Variable,
    /// A quote left open at the end of the line.
    #[error("unterminated quoted argument")]
    Unterminated,
    /// A `\connect` connection string that names no database.
    #[error("connection string without a database name")]
    NoDbname,
    /// A `\connect` connection string libpq would refuse.
    #[error("malformed connection string")]
    BadConninfo,
}

/// Classify one backslash-command line (starting with `\`, no line break).
pub fn parse(line: &[u8]) -> Result<Meta, MetaError> {
    let name = crate::scanner::meta_name(line);
    let rest = &line[(1 + name.len()).min(line.len())..];
    match name {
        b"c" | b"connect" => connect_target(rest).map(Meta::Connect),
        b"restrict" => Ok(Meta::Restrict(first_arg(rest)?)),
        b"unrestrict" => Ok(Meta::Unrestrict(first_arg(rest)?)),
        b"if" => Ok(Meta::If),
        b"endif" => Ok(Meta::Endif),
        _ => Ok(Meta::Other),
    }
}

fn first_arg(rest: &[u8]) -> Result<Vec<u8>, MetaError> {
    let mut args = Args { s: rest, i: 0 };
    Ok(args.next()?.map(|a| a.text).unwrap_or_default())
}

/// One argument: its text after psql's quote processing, and whether any
/// part of it was quoted.
struct Arg {
    text: Vec<u8>,
    quoted: bool,
}

/// psql's slash-option lexer in its "SQL identifier, keep case" mode.
struct Args<'a> {
    s: &'a [u8],
    i: usize,
}

impl Args<'_> {
    fn next(&mut self) -> Result<Option<Arg>, MetaError> {
        let s = self.s;
        while self.i < s.len() && s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
        if self.i >= s.len() || s[self.i] == b'\\' {
            return Ok(None);
        }
        let mut text = Vec::new();
        let mut quoted = false;
        while self.i < s.len() {
            let c = s[self.i];
            match c {
                c if c.is_ascii_whitespace() => break,
                b'\\' => break,
                b'`' => return Err(MetaError::Backquote),
                b':' if matches!(s.get(self.i + 1), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'\'' | b'"' | b'{')) => {
                    return Err(MetaError::Variable)
                }
                b'\'' => {
                    quoted = true;
                    self.i += 1;
                    self.single_quoted(&mut text)?;
                }
                b'"' => {
                    quoted = true;
                    self.i += 1;
                    loop {
                        match s.get(self.i) {
                            None => return Err(MetaError::Unterminated),
                            Some(b'"') if s.get(self.i + 1) == Some(&b'"') => {
                                text.push(b'"');
                                self.i += 2;
                            }
                            Some(b'"') => {
                                self.i += 1;
                                break;
                            }
                            Some(&c) => {
                                text.push(c);
                                self.i += 1;
                            }
                        }
                    }
                }
                c => {
                    text.push(c);
                    self.i += 1;
                }
            }
        }
        Ok(Some(Arg { text, quoted }))
    }

    /// `'...'` with `''` and C-like backslash escapes.
    fn single_quoted(&mut self, out: &mut Vec<u8>) -> Result<(), MetaError> {
        let s = self.s;
        loop {
            let c = *s.get(self.i).ok_or(MetaError::Unterminated)?;
            self.i += 1;
            match c {
                b'\'' if s.get(self.i) == Some(&b'\'') => {
                    out.push(b'\'');
                    self.i += 1;
                }
                b'\'' => return Ok(()),
                b'\\' => {
                    let e = *s.get(self.i).ok_or(MetaError::Unterminated)?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'r' => out.push(b'\r'),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match s.get(self.i) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.i += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        b'x' => {
                            let mut v = 0u32;
                            let mut n = 0;
                            while n < 2 {
                                match s.get(self.i).and_then(|d| (*d as char).to_digit(16)) {
                                    Some(d) => {
                                        v = v * 16 + d;
                                        self.i += 1;
                                        n += 1;
                                    }
                                    None => break,
                                }
                            }
                            if n == 0 {
                                out.push(b'x');
                            } else {
                                out.push(v as u8);
                            }
                        }
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
    }
}

/// The database a `\connect` goes to, or `None` to stay on the current one.
fn connect_target(rest: &[u8]) -> Result<Option<Vec<u8>>, MetaError> {
    let mut args = Args { s: rest, i: 0 };
    let mut first = args.next()?;
    if let Some(a) = &first {
        if !a.quoted && a.text.starts_with(b"-reuse-previous") {
            first = args.next()?;
        }
    }
    let Some(arg) = first else { return Ok(None) };
    if !arg.quoted && arg.text == b"-" {
        return Ok(None);
    }
    let t = &arg.text;
    if t.starts_with(b"postgresql://") || t.starts_with(b"postgres://") {
        return uri_dbname(t).map(Some);
    }
    if t.contains(&b'=') {
        return dbname_from_conninfo(t)?
            .map(Some)
            .ok_or(MetaError::NoDbname);
    }
    Ok(Some(arg.text))
}

/// `dbname` from a `key=value ...` connection string, libpq rules.
pub fn dbname_from_conninfo(s: &[u8]) -> Result<Option<Vec<u8>>, MetaError> {
    let mut i = 0;
    let mut found = None;
    let skip_ws = |i: &mut usize| {
        while *i < s.len() && s[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    loop {
        skip_ws(&mut i);
        if i >= s.len() {
            return Ok(found);
        }
        let k0 = i;
        while i < s.len() && s[i] != b'=' && !s[i].is_ascii_whitespace() {
            i += 1;
        }
        let key = &s[k0..i];
        skip_ws(&mut i);
        if s.get(i) != Some(&b'=') {
            return Err(MetaError::BadConninfo);
        }
        i += 1;
        skip_ws(&mut i);
        let mut val = Vec::new();
        if s.get(i) == Some(&b'\'') {
            i += 1;
            loop {
                match s.get(i) {
                    None => return Err(MetaError::BadConninfo),
                    Some(b'\\') => {
                        val.push(*s.get(i + 1).ok_or(MetaError::BadConninfo)?);
                        i += 2;
                    }
                    Some(b'\'') => {
                        i += 1;
                        break;
                    }
                    Some(&c) => {
                        val.push(c);
                        i += 1;
                    }
                }
            }
        } else {
            while i < s.len() && !s[i].is_ascii_whitespace() {
                if s[i] == b'\\' && i + 1 < s.len() {
                    i += 1;
                }
                val.push(s[i]);
                i += 1;
            }
        }
        if key == b"dbname" {
            found = Some(val);
        }
    }
}

/// The database of a `postgresql://` URI: its percent-decoded path.
fn uri_dbname(s: &[u8]) -> Result<Vec<u8>, MetaError> {
    let after = &s[s
        .iter()
        .position(|&c| c == b'/')
        .ok_or(MetaError::BadConninfo)?
        + 2..];
    let path_start = after
        .iter()
        .position(|&c| c == b'/')
        .ok_or(MetaError::NoDbname)?;
    let path = &after[path_start + 1..];
    let path = &path[..path.iter().position(|&c| c == b'?').unwrap_or(path.len())];
    let mut out = Vec::new();
    let mut i = 0;
    while i < path.len() {
        if path[i] == b'%' && i + 2 < path.len() + 1 {
            let hex = std::str::from_utf8(path.get(i + 1..i + 3).ok_or(MetaError::BadConninfo)?)
                .map_err(|_| MetaError::BadConninfo)?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| MetaError::BadConninfo)?);
            i += 3;
        } else {
            out.push(path[i]);
            i += 1;
        }
    }
    if out.is_empty() {
        return Err(MetaError::NoDbname);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db(line: &str) -> Option<Vec<u8>> {
        match parse(line.as_bytes()).unwrap() {
            Meta::Connect(d) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn plain_and_quoted_connect() {
        assert_eq!(db("\\connect app"), Some(b"app".to_vec()));
        assert_eq!(db("\\c MixedCase"), Some(b"MixedCase".to_vec()));
        assert_eq!(db("\\connect \"my db\""), Some(b"my db".to_vec()));
        assert_eq!(db("\\connect \"a\"\"b\""), Some(b"a\"b".to_vec()));
        assert_eq!(db("\\connect -"), None);
        assert_eq!(db("\\connect"), None);
    }

    #[test]
    fn reuse_previous_conninfo() {
        assert_eq!(
            db("\\connect -reuse-previous=on \"dbname='test-postgres'\""),
            Some(b"test-postgres".to_vec())
        );
        // pg_dumpall's quoting of a name with a quote and a backslash.
        assert_eq!(
            db(r#"\connect -reuse-previous=on "dbname='quote\'db back\\slash'""#),
            Some(b"quote'db back\\slash".to_vec())
        );
        assert_eq!(
            db(r#"\connect -reuse-previous=on "dbname='dq""db'""#),
            Some(b"dq\"db".to_vec())
        );
        assert_eq!(
            db("\\connect -reuse-previous=on \"dbname='a\tb'\""),
            Some(b"a\tb".to_vec())
        );
        assert_eq!(
            db("\\connect postgresql://u@h/my%20db?x=1"),
            Some(b"my db".to_vec())
        );
    }

    #[test]
    fn refuses_what_it_cannot_know() {
        assert_eq!(parse(b"\\connect :db"), Err(MetaError::Variable));
        assert_eq!(parse(b"\\connect `echo x`"), Err(MetaError::Backquote));
        assert_eq!(parse(b"\\connect \"host=x\""), Err(MetaError::NoDbname));
    }

    #[test]
    fn restrict_keys_and_conditionals() {
        assert_eq!(
            parse(b"\\restrict abc123").unwrap(),
            Meta::Restrict(b"abc123".to_vec())
        );
        assert_eq!(
            parse(b"\\unrestrict abc123").unwrap(),
            Meta::Unrestrict(b"abc123".to_vec())
        );
        assert_eq!(parse(b"\\if :x").unwrap(), Meta::If);
        assert_eq!(parse(b"\\endif").unwrap(), Meta::Endif);
        assert_eq!(parse(b"\\else").unwrap(), Meta::Other);
        assert_eq!(parse(b"\\encoding SQL_ASCII").unwrap(), Meta::Other);
    }
}
