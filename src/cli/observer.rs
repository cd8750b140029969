//! Progress bars (when stderr is a terminal) and one line per finished part,
//! for `restore` and `drill`.

use std::collections::HashMap;
use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};

use pgseal::restore::plan::{Plan, Step};
use pgseal::restore::run::{Observer, PartOutcome, Status};

use super::display::{human, pad, width_of};

/// Shows a restore as it runs.
pub struct CliObserver {
    quiet: bool,
    prefix: &'static str,
    multi: Option<MultiProgress>,
    total: Mutex<Option<ProgressBar>>,
    bars: Mutex<HashMap<usize, ProgressBar>>,
    width: AtomicUsize,
}

impl CliObserver {
    pub fn new(quiet: bool, prefix: &'static str) -> CliObserver {
        let multi = (!quiet && io::stderr().is_terminal()).then(MultiProgress::new);
        CliObserver {
            quiet,
            prefix,
            multi,
            total: Mutex::new(None),
            bars: Mutex::new(HashMap::new()),
            width: AtomicUsize::new(16),
        }
    }

    fn line(&self, s: &str) {
        match &self.multi {
            Some(m) => {
                let _ = m.println(s);
            }
            None => eprintln!("{s}"),
        }
    }

    pub fn done(&self) {
        if let Some(t) = self.total.lock().unwrap().take() {
            t.finish_and_clear();
            if let Some(m) = &self.multi {
                m.remove(&t);
            }
        }
    }
}

impl Observer for CliObserver {
    fn message(&self, msg: &str) {
        if !self.quiet {
            self.line(&format!("pgseal: {}{msg}", self.prefix));
        }
    }

    fn planned(&self, plan: &Plan) {
        let width = label_width(plan);
        self.width.store(width, Ordering::Relaxed);
        let Some(m) = &self.multi else { return };
        let total_bytes: u64 = plan.steps.iter().map(|s| s.bytes).sum();
        if let Ok(st) = ProgressStyle::with_template(&format!(
            "{{prefix:>{width}}} [{{bar:30}}] {{bytes}}/{{total_bytes}} {{bytes_per_sec}} {{elapsed}}"
        )) {
            let bar = m.add(
                ProgressBar::new(total_bytes)
                    .with_style(st.progress_chars("=> "))
                    .with_prefix("total"),
            );
            *self.total.lock().unwrap() = Some(bar);
        }
    }

    fn started(&self, step: &Step) {
        let Some(m) = &self.multi else { return };
        let Ok(style) = ProgressStyle::with_template(&format!(
            "{{prefix:>{}}} [{{bar:30}}] {{bytes}}/{{total_bytes}} {{elapsed}}",
            self.width.load(Ordering::Relaxed)
        )) else {
            return;
        };
        let bar = m.add(
            ProgressBar::new(step.bytes)
                .with_style(style.progress_chars("=> "))
                .with_prefix(step.label()),
        );
        self.bars.lock().unwrap().insert(step.part, bar);
    }

    fn progress(&self, step: &Step, bytes: u64) {
        let bars = self.bars.lock().unwrap();
        if let Some(b) = bars.get(&step.part) {
            let delta = bytes.saturating_sub(b.position());
            b.set_position(bytes);
            if let Some(t) = &*self.total.lock().unwrap() {
                t.inc(delta);
            }
        }
    }

    fn finished(&self, step: &Step, o: &PartOutcome) {
        if let Some(b) = self.bars.lock().unwrap().remove(&step.part) {
            if let Some(t) = &*self.total.lock().unwrap() {
                t.inc(step.bytes.saturating_sub(b.position()));
            }
            b.finish_and_clear();
            if let Some(m) = &self.multi {
                m.remove(&b);
            }
        }
        if self.quiet && o.status == Status::Ok {
            return;
        }
        self.line(&part_line(step, o, self.width.load(Ordering::Relaxed)));
    }
}

fn part_line(step: &Step, o: &PartOutcome, width: usize) -> String {
    let head = format!(
        "pgseal: {} {:>10} {:>7.2} s",
        pad(&step.label(), width),
        human(o.bytes),
        o.seconds
    );
    match o.status {
        Status::Ok => format!("{head}  ok"),
        st => {
            let word = match st {
                Status::Cancelled => "cancelled",
                Status::NotRun => "not run",
                _ => "FAILED",
            };
            let at = o.line.map_or(String::new(), |l| format!(" at line {l}"));
            let msg = o.error.as_deref().unwrap_or("").trim_end();
            let msg = msg.replace('\n', "\n        ");
            format!("{head}  {word}{at}: {msg}")
        }
    }
}

/// The column width for the parts' labels of `plan`.
pub fn label_width(plan: &Plan) -> usize {
    plan.steps
        .iter()
        .map(|s| width_of(&s.label()))
        .max()
        .unwrap_or(8)
        .clamp(8, 40)
}
