//! oa: the online-assessment runner and grader. The `oa` binary is a thin CLI
//! over these modules; the sandbox crate runs the programs.

pub mod checker;
pub mod grading;
pub mod judge;
pub mod paths;
pub mod problem;
pub mod report;
pub mod sources;
