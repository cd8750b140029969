//! The few session settings that change how psql lexes what follows.
//!
//! `standard_conforming_strings` decides whether `'\'` ends a string, and a
//! client encoding whose multi-byte characters can contain ASCII quote or
//! backslash bytes (SJIS, BIG5, ...) would need psql's per-encoding character
//! walking, which this scanner refuses rather than guesses.

/// The name of a backslash command: the text after `\` up to whitespace or
/// another backslash.
pub fn meta_name(text: &[u8]) -> &[u8] {
    let body = text.strip_prefix(b"\\").unwrap_or(text);
    let end = body
        .iter()
        .position(|&c| c.is_ascii_whitespace() || c == b'\\')
        .unwrap_or(body.len());
    &body[..end]
}

/// Splits a short statement into lowercase words, dropping quotes, `=` and `;`.
fn words(head: &[u8], max: usize) -> Vec<String> {
    head.split(|&c| c.is_ascii_whitespace() || c == b'=' || c == b';')
        .filter(|w| !w.is_empty())
        .take(max)
        .map(|w| {
            let w = w.strip_prefix(b"'").unwrap_or(w);
            let w = w.strip_suffix(b"'").unwrap_or(w);
            String::from_utf8_lossy(w).to_ascii_lowercase()
        })
        .collect()
}

/// The setting a `SET` or `RESET` statement names: its second word, or
/// its third after SESSION or LOCAL. Dumps are full of `SET` statements
/// about other settings; this lets them go by without the word split.
fn setting_named(head: &[u8]) -> Option<&[u8]> {
    let mut words = head
        .split(|&c| c.is_ascii_whitespace() || c == b'=' || c == b';')
        .filter(|w| !w.is_empty());
    words.next()?;
    let w = words.next()?;
    if w.eq_ignore_ascii_case(b"session") || w.eq_ignore_ascii_case(b"local") {
        words.next()
    } else {
        Some(w)
    }
}

fn names_setting(head: &[u8], settings: &[&[u8]]) -> bool {
    setting_named(head).is_some_and(|w| settings.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// If `head` is a statement that sets standard_conforming_strings, the new value.
pub fn standard_strings_setting(head: &[u8]) -> Option<bool> {
    let first = head.get(..5)?;
    if !first.eq_ignore_ascii_case(b"set s")
        && !first.eq_ignore_ascii_case(b"set l")
        && !first.eq_ignore_ascii_case(b"reset")
    {
        return None;
    }
    if !names_setting(head, &[b"standard_conforming_strings", b"all"]) {
        return None;
    }
    let w = words(head, 6);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    match w.as_slice() {
        ["reset", "standard_conforming_strings" | "all", ..] => Some(true),
        ["set", rest @ ..] => {
            let rest = match rest {
                ["session" | "local", r @ ..] => r,
                r => r,
            };
            match rest {
                ["standard_conforming_strings", "to", v, ..]
                | ["standard_conforming_strings", v, ..] => match *v {
                    "on" | "true" | "yes" | "1" | "default" => Some(true),
                    "off" | "false" | "no" | "0" => Some(false),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

/// Client encodings whose multi-byte characters may contain ASCII bytes.
fn is_unsafe_encoding(name: &str) -> bool {
    let clean: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    matches!(
        clean.as_str(),
        "sjis"
            | "shiftjis"
            | "mskanji"
            | "win932"
            | "windows932"
            | "shiftjis2004"
            | "big5"
            | "win950"
            | "windows950"
            | "gbk"
            | "win936"
            | "windows936"
            | "uhc"
            | "win949"
            | "windows949"
            | "gb18030"
            | "johab"
    )
}

const UNSAFE: &str =
    "client encoding whose characters can contain quote bytes (SJIS, BIG5, GBK, UHC, GB18030, JOHAB); re-dump with pg_dumpall -E UTF8";

/// An anomaly if `head` switches to a client encoding the scanner cannot lex.
pub fn unsafe_sql_encoding(head: &[u8]) -> Option<&'static str> {
    let first = head.get(..4)?;
    if !first.eq_ignore_ascii_case(b"set ") || !names_setting(head, &[b"client_encoding", b"names"])
    {
        return None;
    }
    let w = words(head, 5);
    let value = match w.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["set", "session" | "local", "client_encoding", "to", v, ..]
        | ["set", "session" | "local", "client_encoding", v, ..]
        | ["set", "client_encoding", "to", v, ..]
        | ["set", "client_encoding", v, ..]
        | ["set", "names", v, ..] => v.to_string(),
        _ => return None,
    };
    is_unsafe_encoding(&value).then_some(UNSAFE)
}

/// An anomaly if a `\encoding` command selects an encoding the scanner cannot lex.
pub fn unsafe_meta_encoding(text: &[u8]) -> Option<&'static str> {
    if meta_name(text) != b"encoding" {
        return None;
    }
    let w = words(text, 2);
    w.get(1).filter(|v| is_unsafe_encoding(v)).map(|_| UNSAFE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_standard_conforming_strings() {
        assert_eq!(
            standard_strings_setting(b"SET standard_conforming_strings = off;"),
            Some(false)
        );
        assert_eq!(
            standard_strings_setting(b"SET standard_conforming_strings = 'on';"),
            Some(true)
        );
        assert_eq!(
            standard_strings_setting(b"set session standard_conforming_strings to off"),
            Some(false)
        );
        assert_eq!(
            standard_strings_setting(b"RESET standard_conforming_strings;"),
            Some(true)
        );
        assert_eq!(
            standard_strings_setting(b"SET statement_timeout = 0;"),
            None
        );
        assert_eq!(standard_strings_setting(b"SELECT 1;"), None);
    }

    #[test]
    fn flags_unsafe_encodings() {
        assert!(unsafe_sql_encoding(b"SET client_encoding = 'SJIS';").is_some());
        assert!(unsafe_sql_encoding(b"SET NAMES 'big5';").is_some());
        assert!(unsafe_sql_encoding(b"SET client_encoding = 'UTF8';").is_none());
        assert!(unsafe_meta_encoding(b"\\encoding Shift_JIS").is_some());
        assert!(unsafe_meta_encoding(b"\\encoding SQL_ASCII").is_none());
        assert_eq!(meta_name(b"\\connect foo"), b"connect");
        assert_eq!(meta_name(b"\\c"), b"c");
    }
}
