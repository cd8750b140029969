//! Quoting, in one place: SQL identifiers and literals, libpq conninfo
//! values, the `\connect` line pg_dump writes, and names in messages.
//! Each works on bytes, because database and role names need not be UTF-8.

/// An SQL identifier, always quoted.
pub fn ident(name: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len() + 2);
    out.push(b'"');
    for &c in name {
        if c == b'"' {
            out.push(b'"');
        }
        out.push(c);
    }
    out.push(b'"');
    out
}

/// An SQL string literal that reads the same whatever
/// `standard_conforming_strings` says: `E'...'` when it holds a backslash.
pub fn literal(value: &[u8]) -> Vec<u8> {
    let mut out = if value.contains(&b'\\') {
        b"E'".to_vec()
    } else {
        b"'".to_vec()
    };
    for &c in value {
        match c {
            b'\'' => out.extend_from_slice(b"''"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            c => out.push(c),
        }
    }
    out.push(b'\'');
    out
}

/// A libpq connection-string value: `'...'` with `\` and `'` escaped.
pub fn conninfo_value(value: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.len() + 2);
    out.push(b'\'');
    for &b in value {
        if b == b'\\' || b == b'\'' {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b'\'');
    out
}

/// `dbname='...'`, safe for any database name (spaces, `=`, quotes, a
/// leading `-`, non-UTF-8 bytes).
pub fn conninfo_dbname(name: &[u8]) -> Vec<u8> {
    let mut s = b"dbname=".to_vec();
    s.extend(conninfo_value(name));
    s
}

/// `\connect` to `name` the way pg_dump writes it for any name.
pub fn connect_line(name: &[u8]) -> Vec<u8> {
    let mut line = b"\\connect -reuse-previous=on ".to_vec();
    line.extend(ident(&conninfo_dbname(name)));
    line
}

/// A database or role name for messages: quoted, with escapes for control
/// characters, invalid UTF-8 shown as U+FFFD.
pub fn show_name(name: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(ident(b"a\"b"), b"\"a\"\"b\"");
        assert_eq!(literal(b"it's"), b"'it''s'");
        assert_eq!(literal(b"a\\b'"), b"E'a\\\\b'''");
        assert_eq!(conninfo_dbname(b"q'\\"), b"dbname='q\\'\\\\'");
        assert_eq!(conninfo_dbname(b"-rf --help"), b"dbname='-rf --help'");
        assert_eq!(
            connect_line(b"x\"y"),
            b"\\connect -reuse-previous=on \"dbname='x\"\"y'\""
        );
        assert_eq!(show_name(b"tab\there"), "\"tab\\there\"");
    }
}
