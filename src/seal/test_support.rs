//! Helpers shared by the unit tests of the seal modules.

use std::path::{Path, PathBuf};
use std::process::Command;

/// True when `cmd` can be run (found on PATH).
pub(crate) fn have(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("-?")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}

/// Generates an SSH key pair with `ssh-keygen` in `dir`; returns the private
/// key path (the public key is next to it with `.pub`).
pub(crate) fn ssh_keygen(dir: &Path, name: &str, kind: &str, passphrase: &str) -> PathBuf {
    let path = dir.join(name);
    let mut cmd = Command::new("ssh-keygen");
    cmd.args([
        "-q",
        "-t",
        kind,
        "-N",
        passphrase,
        "-C",
        "pgseal-test",
        "-f",
    ])
    .arg(&path);
    if kind == "rsa" {
        cmd.args(["-b", "2048"]);
    }
    let status = cmd.status().expect("run ssh-keygen");
    assert!(status.success(), "ssh-keygen failed");
    path
}

/// Reads the `.pub` file next to a private key made by [`ssh_keygen`].
pub(crate) fn ssh_public(private: &Path) -> String {
    let mut p = private.as_os_str().to_owned();
    p.push(".pub");
    std::fs::read_to_string(p).unwrap().trim().to_owned()
}
