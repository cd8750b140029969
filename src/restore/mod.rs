//! `pgseal restore` and `pgseal drill`: selective, parallel restores with psql.
//!
//! * [`conn`]: how psql reaches the target, and what the target already has;
//! * [`plan`](mod@plan): which parts run, in which order, under which
//!   names, and what is refused, decided before anything runs;
//! * [`run`]: one psql per part, fed through [`transform`] from a decrypting
//!   thread, no plaintext on disk;
//! * [`drill`]: a throwaway cluster, a full restore, row-count checks.

pub mod conn;
pub mod drill;
pub mod journal;
pub mod pgbin;
pub mod plan;
pub mod run;
pub mod schedule;
pub mod session;
pub mod toc_run;
pub mod transform;

pub use conn::{ConnOptions, Target};
pub use plan::{plan, Action, Plan, PlanOptions, Selection, Step};
pub use run::{execute, Observer, PartOutcome, RestoreReport, RunOptions, Status};
