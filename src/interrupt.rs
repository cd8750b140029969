//! No debris after Ctrl-C.
//!
//! `pgseal split` writes into a hidden temporary directory beside the
//! destination and renames it into place when the archive is finished; on an
//! error, `Drop` removes it. SIGINT, SIGTERM and SIGHUP end the process
//! without running `Drop`, which would leave a hidden directory of
//! half-written sealed parts behind after every Ctrl-C, closed terminal or
//! `systemctl stop`.
//!
//! [`install`] starts a thread that waits for those signals; code that
//! creates something which must not outlive an interruption [`register`]s its
//! path and keeps the returned [`CleanupGuard`] while the thing is
//! unfinished. On a signal, every registered path is removed, a line per path
//! goes to stderr, and the process exits with 128 + the signal number (130
//! for SIGINT, 143 for SIGTERM, 129 for SIGHUP), as a shell reports a process
//! killed by that signal.
//!
//! The cleanup runs on an ordinary thread (signal-hook's self-pipe), not in
//! the signal handler, so it may allocate, lock and print. A second signal
//! while the cleanup runs (it can hang, e.g. on a dead network file system)
//! exits at once, leaving whatever is left.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use anyhow::{Context, Result};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Makes a file-size limit (`ulimit -f`) fail the write with EFBIG, which
/// pgseal reports and cleans up after, instead of killing the process with
/// SIGXFSZ and leaving debris.
pub fn survive_file_size_limit() -> Result<()> {
    static FLAG: std::sync::OnceLock<Arc<AtomicBool>> = std::sync::OnceLock::new();
    let flag = FLAG.get_or_init(|| Arc::new(AtomicBool::new(false)));
    signal_hook::flag::register(signal_hook::consts::SIGXFSZ, Arc::clone(flag))
        .context("cannot handle SIGXFSZ")?;
    Ok(())
}

/// The signals that end a run and trigger the cleanup.
const SIGNALS: [i32; 3] = [SIGINT, SIGTERM, SIGHUP];

/// Paths to remove on a signal, each with the id of the guard that owns it
/// (so two guards for the same path do not unregister each other).
static REGISTRY: Mutex<Vec<(u64, Cleanup)>> = Mutex::new(Vec::new());

/// What to undo on a signal.
enum Cleanup {
    /// A directory or file to remove.
    Path(PathBuf),
    /// Work elsewhere (uploads to abort, objects to delete), named for the
    /// message.
    Action(String, Box<dyn Fn() -> io::Result<()> + Send>),
}
static NEXT_ID: AtomicU64 = AtomicU64::new(0);
static INSTALLED: Mutex<bool> = Mutex::new(false);

/// Locks the registry. A panic while it was held (in a closure given to
/// [`CleanupGuard::disarm_with`]) leaves the list itself consistent, so the
/// poison is ignored: the cleanup must still work after a panic.
fn registry() -> MutexGuard<'static, Vec<(u64, Cleanup)>> {
    REGISTRY.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Installs the handler for SIGINT, SIGTERM and SIGHUP. Calling it again
/// does nothing. Call it early in a command that registers paths; until it
/// is called, the signals keep their default action (die, leaving debris).
pub fn install() -> Result<()> {
    let mut installed = INSTALLED.lock().unwrap_or_else(PoisonError::into_inner);
    if *installed {
        return Ok(());
    }
    // Set as soon as the first signal is being handled; from then on, one
    // more signal makes signal-hook exit at once, from the handler itself.
    let cleaning = Arc::new(AtomicBool::new(false));
    for sig in SIGNALS {
        signal_hook::flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&cleaning))
            .context("cannot install the signal handlers")?;
    }
    let mut signals = Signals::new(SIGNALS).context("cannot install the signal handlers")?;
    std::thread::Builder::new()
        .name("pgseal-signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                cleaning.store(true, Ordering::SeqCst);
                clean_up_and_exit(sig);
            }
        })
        .context("cannot start the signal handling thread")?;
    *installed = true;
    Ok(())
}

/// Removes every registered path and exits with 128 + `sig`. Holds the
/// registry lock until the process is gone, so nothing can register,
/// unregister or commit (see [`CleanupGuard::disarm_with`]) in between.
fn clean_up_and_exit(sig: i32) -> ! {
    let registered = registry();
    for (_, cleanup) in registered.iter() {
        let path = match cleanup {
            Cleanup::Path(path) => path,
            Cleanup::Action(what, undo) => {
                match undo() {
                    Ok(()) => say(format_args!(
                        "pgseal: interrupted; removed the unfinished archive at {what}"
                    )),
                    Err(e) => say(format_args!(
                        "pgseal: interrupted; could not remove the unfinished archive at {what}: {e}"
                    )),
                }
                continue;
            }
        };
        match remove_tree(path) {
            Ok(true) => say(format_args!(
                "pgseal: interrupted; removed the unfinished archive at {}",
                path.display()
            )),
            Ok(false) => {}
            Err(e) => say(format_args!(
                "pgseal: interrupted; could not remove the unfinished archive at {}: {e}",
                path.display()
            )),
        }
    }
    if registered.is_empty() {
        say(format_args!("pgseal: interrupted"));
    }
    std::process::exit(128 + sig)
}

/// Prints a line to stderr, ignoring errors: after SIGHUP the terminal may be
/// gone, and `eprintln!` would panic, killing this thread before the exit.
fn say(line: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// Removes `path` and everything in it. Ok(false) if it did not exist.
/// Retries a few times: the main thread may be creating a file in it at the
/// very moment (it cannot once the directory itself is gone).
fn remove_tree(path: &Path) -> io::Result<bool> {
    let mut last = None;
    for attempt in 0..5 {
        match std::fs::remove_dir_all(path) {
            Ok(()) => return Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(attempt > 0);
            }
            Err(e) => last = Some(e),
        }
        if std::fs::symlink_metadata(path).is_err() {
            return Ok(true);
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("cannot remove")))
}

/// Registers `path` (a directory, or a file) to be removed if a signal ends
/// the process, until the returned guard is dropped or disarmed.
#[must_use = "dropping the guard unregisters the path at once"]
pub fn register(path: PathBuf) -> CleanupGuard {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    registry().push((id, Cleanup::Path(path)));
    CleanupGuard { id, armed: true }
}

/// Registers `undo`, which takes back an unfinished archive at `what` that
/// is not a local path, to run if a signal ends the process; see [`register`].
#[must_use = "dropping the guard unregisters the action at once"]
pub fn register_action(
    what: String,
    undo: impl Fn() -> io::Result<()> + Send + 'static,
) -> CleanupGuard {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    registry().push((id, Cleanup::Action(what, Box::new(undo))));
    CleanupGuard { id, armed: true }
}

/// Keeps one path registered for removal on a signal; see [`register`].
#[derive(Debug)]
pub struct CleanupGuard {
    id: u64,
    armed: bool,
}

impl CleanupGuard {
    /// Unregisters the path: a signal from now on leaves it alone. Call it
    /// when the thing at the path is finished, before it is renamed into
    /// place. Prefer [`CleanupGuard::disarm_with`], which leaves no gap.
    pub fn disarm(mut self) {
        self.unregister(&mut registry());
    }

    /// Runs `f` (the final rename of a finished archive) with signal cleanup
    /// held off, then unregisters the path if `f` succeeded; if it failed,
    /// the path stays registered.
    ///
    /// A signal arriving meanwhile is handled as soon as `f` returns: it
    /// then removes nothing that `f` moved into place, and exits. So there
    /// is no moment at which a signal deletes a finished archive, nor one at
    /// which it leaves the unfinished one behind. Keep `f` to the renames
    /// (a second signal exits at once anyway); `f` must not call
    /// [`register`] or drop or disarm a guard, which would deadlock.
    pub fn disarm_with<T, E>(
        &mut self,
        f: impl FnOnce() -> Result<T, E>,
    ) -> std::result::Result<T, E> {
        let mut registered = registry();
        let result = f();
        if result.is_ok() {
            self.unregister(&mut registered);
        }
        result
    }

    /// Whether the path is still registered.
    pub fn is_armed(&self) -> bool {
        self.armed
    }

    fn unregister(&mut self, registered: &mut Vec<(u64, Cleanup)>) {
        if self.armed {
            registered.retain(|(id, _)| *id != self.id);
            self.armed = false;
        }
    }
}

impl Drop for CleanupGuard {
    fn drop(&mut self) {
        if self.armed {
            self.unregister(&mut registry());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn is_registered(path: &Path) -> bool {
        registry()
            .iter()
            .any(|(_, c)| matches!(c, Cleanup::Path(p) if p == path))
    }

    #[test]
    fn register_disarm_and_drop_bookkeeping() {
        let a = PathBuf::from("/nonexistent/pgseal-interrupt-test-a");
        let b = PathBuf::from("/nonexistent/pgseal-interrupt-test-b");
        let ga = register(a.clone());
        let gb = register(b.clone());
        assert!(ga.is_armed() && is_registered(&a) && is_registered(&b));
        ga.disarm();
        assert!(!is_registered(&a) && is_registered(&b));
        drop(gb);
        assert!(!is_registered(&b));

        // Two guards for one path are independent.
        let g1 = register(a.clone());
        let g2 = register(a.clone());
        drop(g1);
        assert!(is_registered(&a));
        drop(g2);
        assert!(!is_registered(&a));
    }

    #[test]
    fn disarm_with_unregisters_only_on_success() {
        let p = PathBuf::from("/nonexistent/pgseal-interrupt-test-c");
        let mut g = register(p.clone());
        assert_eq!(
            g.disarm_with(|| Err::<(), _>("rename failed")),
            Err("rename failed")
        );
        assert!(g.is_armed() && is_registered(&p));
        assert_eq!(g.disarm_with(|| Ok::<_, ()>(7)), Ok(7));
        assert!(!g.is_armed() && !is_registered(&p));
        drop(g);
        assert!(!is_registered(&p));
    }

    #[test]
    fn remove_tree_removes_and_tolerates_absence() {
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("partial");
        std::fs::create_dir_all(tree.join("sub")).unwrap();
        std::fs::write(tree.join("sub/db-0001.sql.zst.age"), b"x").unwrap();
        assert!(remove_tree(&tree).unwrap());
        assert!(!tree.exists());
        assert!(!remove_tree(&tree).unwrap());
    }

    /// Set in the child process that the signal tests run.
    const CHILD_ENV: &str = "PGSEAL_INTERRUPT_TEST_CHILD";

    /// The child's side of the signal tests below; does nothing in a normal
    /// test run. `PGSEAL_INTERRUPT_TEST_CHILD=SIG:PATH:arm|disarm`.
    #[test]
    fn signal_child() {
        let Ok(spec) = std::env::var(CHILD_ENV) else {
            return;
        };
        let mut it = spec.splitn(3, ':');
        let sig: i32 = it.next().unwrap().parse().unwrap();
        let mode = it.next().unwrap().to_string();
        let path = PathBuf::from(it.next().unwrap());
        install().unwrap();
        install().unwrap(); // idempotent
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("db-0001.sql.zst.age"), b"half a part").unwrap();
        let guard = register(path);
        if mode == "disarm" {
            guard.disarm();
        } else {
            std::mem::forget(guard);
        }
        signal_hook::low_level::raise(sig).unwrap();
        std::thread::sleep(std::time::Duration::from_secs(30));
        panic!("the signal did not end the process");
    }

    /// Runs [`signal_child`] in a child process; returns its exit code,
    /// stderr, and whether the directory is still there.
    fn run_child(sig: i32, mode: &str) -> (Option<i32>, String, bool) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".dest.pgseal-partial-1-0");
        let out = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "interrupt::tests::signal_child", "--nocapture"])
            .args(["--test-threads", "1"])
            .env(CHILD_ENV, format!("{sig}:{mode}:{}", path.display()))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), stderr, path.exists())
    }

    #[test]
    fn signals_remove_registered_paths_and_exit_128_plus_signal() {
        for (sig, code) in [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)] {
            let (status, stderr, exists) = run_child(sig, "arm");
            assert_eq!(status, Some(code), "signal {sig}: {stderr}");
            assert!(!exists, "signal {sig}: the directory is still there");
            assert!(
                stderr.contains("pgseal: interrupted; removed the unfinished archive at ")
                    && stderr.contains(".dest.pgseal-partial-1-0"),
                "signal {sig}: {stderr}"
            );
        }
    }

    #[test]
    fn signal_leaves_disarmed_paths_alone() {
        let (status, stderr, exists) = run_child(SIGINT, "disarm");
        assert_eq!(status, Some(130), "{stderr}");
        assert!(exists, "a disarmed path was removed");
        assert!(stderr.contains("pgseal: interrupted"), "{stderr}");
        assert!(!stderr.contains("removed"), "{stderr}");
    }
}
