//! The assessment service: what `oa serve` and `oa worker` run.
//!
//! Layers, from the edge inwards:
//! - [`http`] translates requests into operations and back; it holds no rules.
//!   [`server`] runs the HTTP server beside the workers and background tasks.
//! - The operations, each a set of methods on [`Service`]: [`assessments`],
//!   [`invitations`], [`results`] and [`rejudge`] for staff; [`attempts`], [`runs`] and
//!   [`streams`] for candidates; [`access`] decides who may call which.
//!   [`feedback`] and [`views`] shape what each is shown.
//! - Background work: the judging [`worker`], [`closing`] attempts as they end, [`background_check`] of problem
//!   versions, the [`webhook`] outbox, [`metrics`].
//! - Storage: [`store`] (SQLite or PostgreSQL through sqlx), the durable
//!   [`queue`] of judging jobs, and the [`catalog`] of problem versions by
//!   content hash.
//!
//! Judging itself is the `judge` crate's; this crate decides who, when and
//! how often, and records what came of it. Nothing but the `oa` binary
//! depends on it.

pub mod access;
pub mod assessments;
pub mod attempts;
pub mod background_check;
pub mod catalog;
pub mod closing;
pub mod config;
pub mod connections;
pub mod error;
pub mod feedback;
pub mod http;
pub mod invitations;
pub mod metrics;
pub mod queue;
pub mod rejudge;
pub mod results;
pub mod runs;
pub mod secret;
pub mod server;
pub mod service;
pub mod store;
pub mod streams;
pub mod views;
pub mod webhook;
pub mod worker;

pub use access::{Candidate, Role, Staff};
pub use error::{Error, Result};
pub use service::Service;
