//! Every tamper point: a byte of any file of an archive flipped, or the
//! file cut at any length, and `verify` and `cat --all` say damaged
//! (exit 5); a damaged first part lets no plaintext out.

mod support;

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use support::{bin_path, demo_identity, fixture, split_demo};

fn pgseal(args: &[&str], archive: &Path) -> Output {
    Command::new(bin_path())
        .args(&args[..1])
        .arg(archive)
        .arg("-i")
        .arg(demo_identity())
        .args(&args[1..])
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// Flips to try in a file of `len` bytes: every byte of the first and
/// last 40 (age header, final chunk and its tag) and a stride over the
/// rest; cuts: every length over the last 24 bytes and a stride.
fn cases(len: usize) -> Vec<(usize, bool)> {
    let edge = |n: usize| (0..len.min(n)).chain(len.saturating_sub(n).max(n)..len);
    let stride = (40..len.saturating_sub(40)).step_by((len / 16).max(1));
    let flips = edge(40).chain(stride.clone()).map(|at| (at, false));
    let cuts = (0..len.min(8))
        .chain(stride)
        .chain(len.saturating_sub(24)..len)
        .map(|at| (at, true));
    flips.chain(cuts).collect()
}

#[test]
fn no_flipped_byte_or_cut_in_any_file_goes_unnoticed() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good");
    split_demo(&fixture("pg15-full.sql"), &good);
    let files = [
        "globals.sql.zst.age",
        "db-0003.sql.zst.age",
        "manifest.json.zst.age",
    ];
    let all: Vec<(&str, usize, bool)> = files
        .iter()
        .flat_map(|&f| {
            let len = fs::metadata(good.join(f)).unwrap().len() as usize;
            cases(len).into_iter().map(move |(at, cut)| (f, at, cut))
        })
        .collect();
    assert!(all.len() > 300, "only {} cases", all.len());
    let workers = 4;
    std::thread::scope(|s| {
        for w in 0..workers {
            let (all, good, tmp) = (&all, &good, tmp.path());
            s.spawn(move || {
                let work = tmp.join(format!("work{w}"));
                for &(file, at, cut) in all.iter().skip(w).step_by(workers) {
                    check(good, &work, file, at, cut);
                }
            });
        }
    });
}

/// `file` of a copy of `good` flipped at, or cut to, `at`: refused as damaged.
fn check(good: &Path, work: &Path, file: &str, at: usize, cut: bool) {
    let _ = fs::remove_dir_all(work);
    copy_dir(good, work);
    let mut bytes = fs::read(good.join(file)).unwrap();
    if cut {
        bytes.truncate(at);
    } else {
        bytes[at] ^= 0x04;
    }
    fs::write(work.join(file), &bytes).unwrap();
    let what = format!(
        "{file} {} at byte {at}",
        if cut { "cut" } else { "flipped" }
    );
    let v = pgseal(&["verify"], work);
    let err = String::from_utf8_lossy(&v.stderr);
    assert_eq!(v.status.code(), Some(5), "{what}: {err}");
    if file == "globals.sql.zst.age" {
        let c = pgseal(&["cat", "--all"], work);
        assert_eq!(c.status.code(), Some(5), "{what}: cat --all");
        assert!(c.stdout.is_empty(), "{what}: cat --all wrote plaintext");
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}
