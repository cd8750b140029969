//! `pgseal list` lines its table up by terminal columns, whatever script
//! the database names are in (the fixtures have `unicodé_数据`, a tab, quotes).

mod support;

use std::process::Command;

use support::{bin_path, demo_identity, fixture, split_demo};
use unicode_width::UnicodeWidthStr;

#[test]
fn columns_line_up_with_wide_names() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    split_demo(&fixture("pg15-full.sql"), &a);
    let o = Command::new(bin_path())
        .arg("list")
        .arg(&a)
        .arg("-i")
        .arg(demo_identity())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("# "))
        .take_while(|l| !l.starts_with("note:"))
        .collect();
    assert!(table.iter().any(|l| l.contains("数据")), "{text}");
    // Every row of a complete archive ends with its ratio: same width.
    let ends: Vec<usize> = table.iter().map(|l| UnicodeWidthStr::width(*l)).collect();
    assert!(
        ends.windows(2).all(|w| w[0] == w[1]),
        "misaligned: {ends:?}\n{}",
        table.join("\n")
    );
}
