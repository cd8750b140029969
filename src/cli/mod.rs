//! The `pgseal` command line: arguments, prompts, progress and output.
//! The work is done by the library; each subcommand has a file here, and
//! error kinds become exit statuses in [`exit_code`] alone.

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use pgseal::error::{kind_of, ErrorKind};

mod archive;
mod archives;
mod cat;
mod display;
mod drill;
mod list;
mod observer;
mod prune;
mod restore;
mod split;
mod verify;

pub(crate) const EXIT_CODES: &str = "\
Exit status:
  0  success
  1  error (I/O, keys, decryption, bad arguments to a subcommand, a refused restore)
  2  command-line usage error
  3  the input is not a pg_dumpall stream pgseal can split safely (nothing written)
  4  the input was cut short: the archive was written but is marked INCOMPLETE
     (split), or the archive or a part asked for is incomplete (cat, verify, restore)
  5  a file of the archive is missing, altered, swapped or truncated, or a required
     signature is missing or wrong (--verify-key)
  6  restore: a part failed; drill: the drill failed
  141  list, cat, archives: standard output was closed early (no message)";

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
pub(crate) struct Cli {
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
    Split(split::SplitArgs),
    /// List the parts of an archive
    #[command(after_help = EXIT_CODES)]
    List(list::ListArgs),
    /// Write plaintext SQL to stdout, ready for psql
    #[command(after_help = EXIT_CODES)]
    Cat(cat::CatArgs),
    /// Decrypt and check everything, writing no plaintext anywhere
    #[command(after_help = EXIT_CODES)]
    Verify(archive::ArchiveArgs),
    /// Restore into a running server with psql: selected parts, in parallel
    Restore(Box<restore::RestoreArgs>),
    /// Restore everything into a throwaway cluster and check every table's row count
    Drill(drill::DrillArgs),
    /// List the archives below a directory or S3 prefix, newest first (no key needed)
    #[command(after_help = EXIT_CODES)]
    Archives(archives::ArchivesArgs),
    /// Remove the archives a retention policy does not keep (--keep-last, --keep-daily, ...)
    #[command(after_help = EXIT_CODES)]
    Prune(prune::PruneArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `pgseal man | man -l -`
    Man,
}

/// How the output should look, shared by every subcommand.
#[derive(Clone, Copy)]
pub(crate) struct Verbosity {
    pub quiet: bool,
    pub verbose: bool,
}

/// Runs the command line and returns the process's exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let v = Verbosity {
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    // What writes its result to standard output: a reader that stops early
    // (`| head`) ends it as SIGPIPE ends `cat` or `zstd`, without a message.
    let to_stdout = matches!(
        cli.command,
        Command::List(_)
            | Command::Cat(_)
            | Command::Archives(_)
            | Command::Completions { .. }
            | Command::Man
    );
    let result = match cli.command {
        Command::Split(a) => split::run(a, v),
        Command::List(a) => list::run(a),
        Command::Cat(a) => cat::run(a),
        Command::Verify(a) => verify::run(a, v),
        Command::Restore(a) => restore::run(*a, v),
        Command::Drill(a) => drill::run(a, v),
        Command::Archives(a) => archives::run(a, v),
        Command::Prune(a) => prune::run(a, v),
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "pgseal", &mut std::io::stdout());
            Ok(())
        }
        Command::Man => clap_mangen::Man::new(Cli::command())
            .render(&mut std::io::stdout())
            .map_err(anyhow::Error::from),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if to_stdout && is_broken_pipe(&e) => ExitCode::from(128 + 13),
        Err(e) => {
            eprintln!("pgseal: error: {e:#}");
            ExitCode::from(exit_code(kind_of(&e)))
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    // `--json` output fails inside serde_json, which keeps the kind.
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| c.downcast_ref::<serde_json::Error>()?.io_error_kind())
            == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// The documented exit status of each kind of failure (see [`EXIT_CODES`]).
pub(crate) fn exit_code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::Failed => 1,
        ErrorKind::Unsplittable => 3,
        ErrorKind::Incomplete => 4,
        ErrorKind::Damaged => 5,
        ErrorKind::RestoreFailed => 6,
    }
}
