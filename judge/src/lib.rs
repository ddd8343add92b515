//! The judge: everything between a problem package and a verdict.
//!
//! - [`problem`] reads a package, in oa's format or Kattis', into one model;
//!   loading only reads files.
//! - [`compare`] (with [`sql`] for query results) and [`grading`] are the pure
//!   rules: how an output is compared with the answer, and how test results become a verdict and a score. They
//!   run nothing, so they are tested without WebAssembly.
//! - [`workbench`], [`judge`] and `desk` build a submission, run it on every
//!   test in the sandbox, and have each output checked; `passes` runs the tests
//!   of multi-pass problems pass by pass.
//! - [`submission`] is the judge as a service uses it: a submission held in
//!   memory, judged against a problem version, with prepared problems cached.
//! - [`check`] is `oa problem check`: whether a package is sound before any
//!   candidate sees it.
//!
//! The judge knows nothing of HTTP, SQL, users or assessments: a service
//! depends on it, never the other way. Everything here blocks (compilers, the
//! sandbox's `run_blocking`); async callers go through a blocking thread.

pub mod check;
pub mod compare;
mod desk;
pub mod grading;
pub mod judge;
mod passes;
pub mod paths;
pub mod problem;
pub mod sources;
pub mod sql;
pub mod submission;
pub mod workbench;

pub use judge::{Judge, Options, Prepared, Report};
pub use submission::Judging;
pub use workbench::Workbench;
