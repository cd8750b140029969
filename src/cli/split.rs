//! `pgseal split`.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};

use pgseal::error::{fail, ErrorKind};
use pgseal::seal::load_recipients;
use pgseal::split::{split, SplitOptions};
use pgseal::store::Location;

use super::archive::ask_passphrase;
use super::display::human;
use super::Verbosity;

#[derive(Args)]
pub struct SplitArgs {
    /// pg_dumpall output; "-" or absent reads standard input
    input: Option<PathBuf>,
    /// Archive to create: a directory, or s3://BUCKET/PREFIX
    #[arg(short, long, value_name = "ARCHIVE")]
    output: PathBuf,
    /// Encrypt to this recipient (age1... or an ssh-ed25519 / ssh-rsa public key); repeatable
    #[arg(short, long = "recipient", value_name = "RECIPIENT")]
    recipient: Vec<String>,
    /// Encrypt to the recipients listed in PATH, one per line; repeatable
    #[arg(short = 'R', long = "recipients-file", value_name = "PATH")]
    recipients_file: Vec<PathBuf>,
    /// Also protect the archive with a passphrase, asked on the terminal or read from
    /// the PGSEAL_PASSPHRASE environment variable
    #[arg(short, long)]
    passphrase: bool,
    /// zstd compression level
    #[arg(short, long, default_value_t = 3, allow_negative_numbers = true)]
    level: i32,
    /// zstd worker threads (default: number of cores)
    #[arg(short = 'T', long, value_name = "THREADS")]
    threads: Option<u32>,
    /// Replace an existing archive at DIR
    #[arg(long)]
    force: bool,
    /// Seal a redacted dump: remove password hashes from the roles (cat --all
    /// then gives the redacted stream)
    #[arg(long)]
    no_role_passwords: bool,
    /// Sign the archive with this OpenSSH Ed25519 private key (passphrase, if
    /// any, from PGSEAL_SIGN_PASSPHRASE); check with --verify-key
    #[arg(long, value_name = "PATH")]
    sign_key: Option<PathBuf>,
}

pub fn run(a: SplitArgs, v: Verbosity) -> Result<()> {
    // Ctrl-C, SIGTERM or SIGHUP remove the unfinished archive; a file-size
    // limit makes writes fail (EFBIG) instead of killing the process.
    pgseal::interrupt::install()?;
    pgseal::interrupt::survive_file_size_limit()?;
    let sign_key = a
        .sign_key
        .as_deref()
        .map(pgseal::sign::SigningKey::load)
        .transpose()?;
    let recipients = load_recipients(&a.recipient, &a.recipients_file)?;
    if recipients.is_empty() && !a.passphrase {
        bail!("no recipients: give -r RECIPIENT, -R FILE or -p (see pgseal split --help)");
    }
    let passphrase = if a.passphrase {
        Some(ask_passphrase("passphrase for the new archive", true)?)
    } else {
        None
    };
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get() as u32));
    let bar = progress_bar(v.quiet, a.input.as_deref());
    let started = Instant::now();
    let opts = SplitOptions {
        input: a.input.clone(),
        out: Location::parse(&a.output)?,
        recipients,
        passphrase,
        level: a.level,
        threads,
        force: a.force,
        no_role_passwords: a.no_role_passwords,
        sign_key,
    };
    let outcome = split(opts, &mut |n| {
        if let Some(b) = &bar {
            b.set_position(n)
        }
    });
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    // The process ends soon after: freeing a large table of contents entry
    // by entry would only delay the exit.
    let outcome = &*Box::leak(Box::new(outcome?));
    let m = &outcome.manifest;
    let plain: u64 = m.parts.iter().map(|p| p.stats.plain_bytes).sum();
    let sealed: u64 = m.parts.iter().map(|p| p.stats.sealed_bytes).sum();
    if !v.quiet {
        eprintln!(
            "pgseal: {} parts (globals + {} databases), {} -> {} in {:.1} s: {}",
            m.parts.len(),
            m.parts.len() - 1,
            human(plain),
            human(sealed),
            started.elapsed().as_secs_f64(),
            outcome.location
        );
        if v.verbose {
            super::list::print_table(m, &mut io::stderr())?;
        }
    }
    if !m.complete {
        return Err(fail(
            ErrorKind::Incomplete,
            format!(
                "the input is INCOMPLETE: {}\npgseal: the archive at {} is marked incomplete; \
                 `pgseal verify` will reject it",
                m.incomplete_reason.as_deref().unwrap_or("it was cut short"),
                outcome.location
            ),
        ));
    }
    Ok(())
}

fn progress_bar(quiet: bool, input: Option<&Path>) -> Option<ProgressBar> {
    if quiet || !io::stderr().is_terminal() {
        return None;
    }
    let total = input
        .and_then(|p| std::fs::metadata(p).ok())
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let bar = match total {
        Some(t) => ProgressBar::new(t).with_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}")
                .ok()?,
        ),
        None => ProgressBar::new_spinner()
            .with_style(ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec}").ok()?),
    };
    Some(bar)
}
