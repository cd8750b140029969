//! Text for people: column widths by display width, plurals, JSON output.

use std::io::{self, Write};

use anyhow::{Context, Result};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

pub use pgseal::units::human_bytes as human;

/// Terminal columns `s` takes (wide East Asian characters take two,
/// combining marks none).
pub fn width_of(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces on the right to `width` columns.
pub fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(width_of(s))))
}

/// `s` padded with spaces on the left to `width` columns.
pub fn pad_left(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(width_of(s))))
}

pub fn plural(n: u64, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// One pretty JSON value on standard output.
pub fn print_json(v: &Value) -> Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    out.flush().context("cannot write to standard output")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_count_columns_not_chars() {
        assert_eq!(width_of("数据库"), 6);
        assert_eq!(width_of("e\u{301}"), 1);
        assert_eq!(pad("数据", 6), "数据  ");
        assert_eq!(pad_left("ab", 4), "  ab");
    }
}
