//! One module per command: its arguments, then a call into the crates that do
//! the work, then its output.

pub mod judge;
pub mod languages;
pub mod problem_check;
mod process;
pub mod run;
pub mod serve;
pub mod similarity;
pub mod token;
pub mod worker;
