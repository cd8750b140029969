//! The `pgseal` command line. The work is done by the library; this file
//! parses arguments, reports progress and maps outcomes to exit codes.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{ArgGroup, Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use pgseal::archive::{ArchiveArgs, PartKind};
use pgseal::seal::{load_recipients, passphrase_from_env_or_prompt};
use pgseal::split::{split, SplitOptions};
use pgseal::splitter::SplitError;
use pgseal::units::human_bytes as human;

const EXIT_CODES: &str = "\
Exit status:
  0  success
  1  error (I/O, keys, decryption, bad arguments to a subcommand)
  2  command-line usage error
  3  the input is not a pg_dumpall stream pgseal can split safely (nothing written)
  4  the input was cut short: the archive was written but is marked INCOMPLETE
     (split), or the archive is incomplete (verify, cat --all)
  5  verify found a missing, altered, swapped or truncated file, or a missing or
     wrong signature (--verify-key)
  6  restore: a part failed; drill: the drill failed";

#[derive(Parser)]
#[command(
    name = "pgseal",
    version,
    about = "Split pg_dumpall output into per-database parts, compressed with zstd and sealed with age",
    long_about = "Split pg_dumpall output into a globals part and one part per database, each \
compressed with zstd and encrypted with age, without ever writing plaintext to disk. Every file \
stays readable with the stock tools: age -d -i KEY FILE | zstd -d",
    after_help = EXIT_CODES
)]
struct Cli {
    /// Print nothing but errors
    #[arg(short, long, global = true)]
    quiet: bool,
    /// Print more detail
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Split a pg_dumpall stream (plain, gzip or zstd) into a sealed archive directory
    #[command(after_help = EXIT_CODES)]
    Split(SplitArgs),
    /// List the parts of an archive
    List(ListArgs),
    /// Write plaintext SQL to stdout, ready for psql
    #[command(group(ArgGroup::new("what").required(true).multiple(true).args(["all", "globals", "db"])))]
    Cat(CatArgs),
    /// Decrypt and check everything, writing no plaintext anywhere
    #[command(after_help = EXIT_CODES)]
    Verify(ArchiveArgs),
    /// Restore into a running server with psql: selected parts, in parallel
    Restore(pgseal::restore::cli::RestoreArgs),
    /// Restore everything into a throwaway cluster and check every table's row count
    Drill(pgseal::restore::cli::DrillArgs),
}

#[derive(Args)]
struct SplitArgs {
    /// pg_dumpall output; "-" or absent reads standard input
    input: Option<PathBuf>,
    /// Archive directory to create
    #[arg(short, long, value_name = "DIR")]
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

#[derive(Args)]
struct ListArgs {
    #[command(flatten)]
    keys: ArchiveArgs,
    /// Print one JSON object
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct CatArgs {
    #[command(flatten)]
    keys: ArchiveArgs,
    /// The whole original pg_dumpall stream, byte for byte
    #[arg(long, conflicts_with_all = ["globals", "db"])]
    all: bool,
    /// The globals: roles, role settings, memberships, tablespaces
    #[arg(long)]
    globals: bool,
    /// The part of database NAME; repeatable (names starting with "-" work as --db=NAME)
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    db: Vec<OsString>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let quiet = cli.quiet;
    let result = match cli.command {
        Command::Split(a) => cmd_split(a, quiet, cli.verbose),
        Command::List(a) => cmd_list(a),
        Command::Cat(a) => cmd_cat(a),
        Command::Verify(a) => cmd_verify(a, quiet),
        Command::Restore(a) => pgseal::restore::cli::restore(a, quiet, cli.verbose),
        Command::Drill(a) => pgseal::restore::cli::drill_cmd(a, quiet, cli.verbose),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("pgseal: error: {e:#}");
            let code = if e.chain().any(|c| {
                matches!(
                    c.downcast_ref::<SplitError>(),
                    Some(SplitError::Input { .. } | SplitError::NotADump(_))
                )
            }) {
                3
            } else {
                1
            };
            ExitCode::from(code)
        }
    }
}

fn cmd_split(a: SplitArgs, quiet: bool, verbose: bool) -> Result<u8> {
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
        Some(passphrase_from_env_or_prompt(
            "passphrase for the new archive",
            true,
        )?)
    } else {
        None
    };
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get() as u32));
    let bar = progress_bar(quiet, a.input.as_deref());
    let started = Instant::now();
    let opts = SplitOptions {
        input: a.input.clone(),
        out: a.output.clone(),
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
    let outcome = outcome?;
    let m = &outcome.manifest;
    let plain: u64 = m.parts.iter().map(|p| p.stats.plain_bytes).sum();
    let sealed: u64 = m.parts.iter().map(|p| p.stats.sealed_bytes).sum();
    if !quiet {
        eprintln!(
            "pgseal: {} parts (globals + {} databases), {} -> {} in {:.1} s: {}",
            m.parts.len(),
            m.parts.len() - 1,
            human(plain),
            human(sealed),
            started.elapsed().as_secs_f64(),
            outcome.dir.display()
        );
        if verbose {
            print_table(m, &mut io::stderr())?;
        }
    }
    if !m.complete {
        eprintln!(
            "pgseal: error: the input is INCOMPLETE: {}\npgseal: the archive at {} is marked incomplete; `pgseal verify` will reject it",
            m.incomplete_reason.as_deref().unwrap_or("it was cut short"),
            outcome.dir.display()
        );
        return Ok(4);
    }
    Ok(0)
}

fn progress_bar(quiet: bool, input: Option<&std::path::Path>) -> Option<ProgressBar> {
    if quiet || !io::stderr().is_terminal() {
        return None;
    }
    let total = input
        .and_then(|p| std::fs::metadata(p).ok())
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

fn cmd_list(a: ListArgs) -> Result<u8> {
    let archive = a.keys.open()?;
    let m = &archive.manifest;
    let mut out = io::stdout().lock();
    if a.json {
        let parts: Vec<_> = m
            .parts
            .iter()
            .map(|p| {
                serde_json::json!({
                    "kind": p.kind,
                    "name": p.name,
                    "name_hex": p.name_hex,
                    "file": p.file,
                    "bytes": p.stats.plain_bytes,
                    "sealed_bytes": p.stats.sealed_bytes,
                    "tables": p.tables,
                    "roles": p.roles,
                    "creates_database": p.creates_database,
                    "cut_short": p.cut_short,
                })
            })
            .collect();
        let not_restored: Vec<_> = m
            .relocated
            .iter()
            .filter(|r| r.part.is_none())
            .map(|r| &r.database)
            .collect();
        let v = serde_json::json!({
            "complete": m.complete,
            "incomplete_reason": m.incomplete_reason,
            "created_at": m.created_at,
            "pgseal_version": m.pgseal_version,
            "input": m.input,
            "dump": m.dump,
            "redacted": m.redacted,
            "parts": parts,
            "dropped_databases_without_section": not_restored,
        });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
        return Ok(0);
    }
    writeln!(
        out,
        "archive {}: {}, created {}",
        archive.dir.display(),
        if m.complete {
            "complete".to_string()
        } else {
            format!(
                "INCOMPLETE ({})",
                m.incomplete_reason.as_deref().unwrap_or("")
            )
        },
        m.created_at
    )?;
    if !m.dump.banner.is_empty() {
        writeln!(out, "source: {}", m.dump.banner)?;
    }
    if !m.dump.server_versions.is_empty() {
        writeln!(out, "server version: {}", m.dump.server_versions.join(", "))?;
    }
    if !m.dump.dump_versions.is_empty() {
        writeln!(out, "dumped by: {}", m.dump.dump_versions.join(", "))?;
    }
    if let Some(t) = &m.dump.started_on {
        writeln!(out, "dump started: {t}")?;
    }
    writeln!(out)?;
    print_table(m, &mut out)?;
    for r in m.relocated.iter().filter(|r| r.part.is_none()) {
        writeln!(out, "note: DROP DATABASE {:?} from the globals is kept only for cat --all: that database has no part", r.database)?;
    }
    Ok(0)
}

fn print_table(m: &pgseal::archive::Manifest, out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "{:>4}  {:<8}  {:<32}  {:>10}  {:>10}  {:>6}",
        "#", "KIND", "NAME", "PLAIN", "SEALED", "RATIO"
    )?;
    for (i, p) in m.parts.iter().enumerate() {
        let name = p.name.as_deref().map_or("-".to_string(), |n| {
            let e: String = n.escape_debug().collect();
            if e == n {
                e
            } else {
                format!("\"{e}\"")
            }
        });
        let ratio = if p.stats.sealed_bytes > 0 {
            p.stats.plain_bytes as f64 / p.stats.sealed_bytes as f64
        } else {
            0.0
        };
        let kind = match p.kind {
            PartKind::Globals => "globals",
            PartKind::Database => "database",
        };
        writeln!(
            out,
            "{i:>4}  {kind:<8}  {name:<32}  {:>10}  {:>10}  {ratio:>5.1}x",
            human(p.stats.plain_bytes),
            human(p.stats.sealed_bytes)
        )?;
    }
    Ok(())
}

fn cmd_cat(a: CatArgs) -> Result<u8> {
    let archive = a.keys.open()?;
    let m = &archive.manifest;
    let mut selected = Vec::new();
    if a.globals {
        selected.push(0);
    }
    for name in &a.db {
        let i = archive
            .find_database(name.as_bytes())
            .with_context(|| format!("the archive has no database {:?} (see pgseal list)", name))?;
        if !selected.contains(&i) {
            selected.push(i);
        }
    }
    if a.all && !m.complete {
        bail!(
            "the archive is incomplete ({}); cat --all would give a truncated dump. Use --globals or --db for the parts that are there",
            m.incomplete_reason.as_deref().unwrap_or("input cut short")
        );
    }
    if let Some(&i) = selected.iter().find(|&&i| m.parts[i].cut_short) {
        eprintln!(
            "pgseal: error: part {} ({}) was being written when the input ended; its SQL is incomplete",
            i,
            m.parts[i].name.as_deref().unwrap_or("globals")
        );
        return Ok(4);
    }
    let mut stdout = io::stdout().lock();
    if a.all {
        // Rebuilding writes in large blocks already: no buffer, no copy.
        archive.cat_all(&mut stdout)?;
        stdout.flush().context("cannot write to standard output")?;
        return Ok(0);
    }
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout);
    selected.sort_unstable();
    for i in selected {
        archive.cat_part(i, &mut out)?;
    }
    out.flush().context("cannot write to standard output")?;
    Ok(0)
}

fn cmd_verify(a: ArchiveArgs, quiet: bool) -> Result<u8> {
    let archive = match a.open() {
        Ok(archive) => archive,
        Err(e) => {
            let forged = e.chain().any(|c| {
                c.downcast_ref::<pgseal::sign::SignError>().is_some()
                    || c.downcast_ref::<pgseal::archive::reader::NotSigned>()
                        .is_some()
            });
            if !forged {
                return Err(e);
            }
            eprintln!("pgseal: error: {e:#}");
            eprintln!("pgseal: {} FAILED verification", a.dir.display());
            return Ok(5);
        }
    };
    let problems = archive.verify();
    if problems.is_empty() {
        if !quiet {
            let m = &archive.manifest;
            eprintln!(
                "pgseal: {} OK: {} parts, {} of pg_dumpall output, every hash matches",
                archive.dir.display(),
                m.parts.len(),
                human(m.input.bytes)
            );
        }
        return Ok(0);
    }
    for p in &problems {
        eprintln!("pgseal: {}: {}", p.file, p.what);
    }
    let incomplete_only = problems
        .iter()
        .all(|p| p.what.starts_with("the archive is incomplete"));
    eprintln!("pgseal: {} FAILED verification", archive.dir.display());
    Ok(if incomplete_only { 4 } else { 5 })
}
