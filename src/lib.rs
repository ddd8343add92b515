//! oa: the online-assessment runner and grader. The `oa` binary is a thin CLI
//! over these modules; the sandbox crate runs the programs.

pub mod catalog;
pub mod check;
pub mod checker;
pub mod config;
pub mod grading;
pub mod http;
pub mod judge;
pub mod judging;
pub mod metrics;
pub mod paths;
pub mod problem;
pub mod queue;
pub mod rejudge;
pub mod report;
pub mod secret;
pub mod service;
pub mod sources;
pub mod store;
pub mod webhook;
pub mod worker;
