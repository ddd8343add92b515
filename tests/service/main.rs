//! End-to-end tests of the service, each on SQLite and on PostgreSQL (the
//! server `./dev test` starts; see `OA_TEST_POSTGRES_URL`): the HTTP routes
//! driven in process, fairness to candidates (drafts graded at the end), judging by real workers (with live progress, and
//! stopping when a lease is lost), the background checks of problem versions,
//! and on PostgreSQL, `oa worker` processes sharing the queue while one of them
//! is killed; and the fault suite (`faults.rs`): the server killed mid-submit,
//! PostgreSQL restarted mid-judging, the data disk full.

mod checks;
mod fairness;
mod faults;
mod flows;
mod harness;
mod invitations;
mod limits;
mod progress;
mod workers;
