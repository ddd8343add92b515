//! The service of one process: its store, settings, catalog, judging and
//! queue, and the in-memory bounds shared by every request (run slots,
//! per-attempt sections, live streams). The operations live in the modules
//! named after them (`assessments`, `attempts`, `runs`, `results`, ...), each
//! adding methods to [`Service`].

use crate::catalog::Catalog;
use crate::config::Settings;
use crate::queue::{Queue, Signals};
use crate::runs::{RateLimiter, RunCosts};
use crate::store::Store;
use judge::Judging;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct Service {
    pub store: Store,
    pub settings: Settings,
    pub catalog: Arc<Catalog>,
    pub judging: Arc<Judging>,
    pub queue: Queue,
    pub signals: Arc<Signals>,
    pub(crate) runs: RateLimiter,
    pub(crate) run_slots: tokio::sync::Semaphore,
    pub(crate) run_costs: RunCosts,
    /// Serialises each attempt's submissions in this process (by attempt id
    /// modulo their number: a bounded set, shared by unrelated attempts).
    pub(crate) attempt_sections: Vec<tokio::sync::Mutex<()>>,
    /// Attempts with a run under way: one at a time each.
    pub(crate) running: Arc<Mutex<HashSet<i64>>>,
    /// Live event streams: open ones per invitation, and a permit each of all.
    pub(crate) streams: Arc<Mutex<HashMap<i64, usize>>>,
    pub(crate) stream_slots: Arc<tokio::sync::Semaphore>,
    /// Turns true when the server stops: live streams end on it.
    pub(crate) shutdown: tokio::sync::watch::Sender<bool>,
}

/// How many sections serialise attempts' submissions in this process.
pub(crate) const SECTIONS: usize = 64;

impl Service {
    pub fn new(store: Store, settings: Settings, judging: Arc<Judging>) -> Service {
        let catalog = Arc::new(Catalog::new(store.clone(), &judging.bench.cache));
        let queue = Queue::new(store.clone(), Duration::from_secs(settings.lease_seconds));
        Service {
            runs: RateLimiter::new(settings.runs_per_minute, Duration::from_secs(60)),
            run_slots: tokio::sync::Semaphore::new(settings.concurrent_runs.max(1)),
            run_costs: RunCosts::new(Duration::from_secs(settings.max_run_cpu_seconds)),
            attempt_sections: (0..SECTIONS).map(|_| tokio::sync::Mutex::new(())).collect(),
            running: Arc::default(),
            streams: Arc::default(),
            stream_slots: Arc::new(tokio::sync::Semaphore::new(settings.max_event_streams.max(1))),
            shutdown: tokio::sync::watch::channel(false).0,
            store,
            settings,
            catalog,
            judging,
            queue,
            signals: Arc::default(),
        }
    }

    /// Ends the live event streams: the server is stopping, and a graceful
    /// shutdown would otherwise wait for them.
    pub fn shut_down(&self) {
        self.shutdown.send_replace(true);
    }

    /// Turns true once [`Service::shut_down`] was called.
    pub fn stopping(&self) -> tokio::sync::watch::Receiver<bool> {
        self.shutdown.subscribe()
    }

    /// Whether candidates' work is under way or waiting: judging jobs (of any
    /// process) or runs in this one. Background work gives way to it.
    pub async fn busy(&self) -> sqlx::Result<bool> {
        if self.run_slots.available_permits() < self.settings.concurrent_runs.max(1) {
            return Ok(true);
        }
        self.queue.busy().await
    }

    // ---- authentication ----

    // ---- staff: assessments, invitations, results, submissions ----

    // ---- candidates ----
}
