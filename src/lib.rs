//! pgseal: cut a `pg_dumpall` stream into a globals part and one part per
//! database, each compressed with zstd and sealed with age.
//!
//! The data flows top to bottom through these modules:
//! [`input`] -> [`scanner`] -> [`splitter`] -> [`seal`] -> [`archive`].

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod archive;
pub mod error;
pub mod held;
pub mod input;
pub mod interrupt;
pub mod meta;
pub mod quote;
pub mod reassemble;
pub mod redact;
pub mod restore;
pub mod scanner;
pub mod seal;
pub mod sign;
pub mod split;
pub mod splitter;
pub mod statement;
pub mod store;
pub mod toc;
pub mod units;
