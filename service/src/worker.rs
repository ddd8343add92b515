//! The judging worker. It claims a job, fetches the problem version by its
//! hash, judges the submission on a blocking thread while renewing the lease
//! and recording how far it got, and records the judgement, once; it stops
//! between tests when the lease is lost. `oa serve` runs some in its own
//! process; `oa worker` runs them elsewhere against the same database.

use crate::catalog::Catalog;
use crate::config::Settings;
use crate::error::Outage;
use crate::queue::{Claimed, Queue, Signals, Tally};
use crate::service::Service;
use crate::store::submissions::{self, NewJudgement};
use crate::store::{now_ms, Store};
use judge::grading::{TestResult, Verdict};
use judge::judge::{Options, Progress};
use judge::Judging;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// How often an idle worker looks for jobs that other processes queued.
const POLL: Duration = Duration::from_millis(500);
/// How often abandoned jobs are looked for.
const SWEEP: Duration = Duration::from_secs(30);
/// The least time between two writes of a job's progress: a judgement of a
/// hundred quick tests makes a few writes, not a hundred.
pub const PROGRESS_EVERY: Duration = Duration::from_millis(250);
/// The longest wait between two tries of a write the database refused for an outage.
const OUTAGE_RETRY_MAX: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct Worker {
    pub name: String,
    pub store: Store,
    pub queue: Queue,
    pub catalog: Arc<Catalog>,
    pub judging: Arc<Judging>,
    pub signals: Arc<Signals>,
    /// The most processor time one submission's runs may take over all its tests.
    pub max_processor_time: Duration,
}

/// What became of one claimed job.
#[derive(Debug, PartialEq, Eq)]
pub enum Done {
    Recorded,
    /// Another worker holds the job now: nothing was recorded.
    LeaseLost,
    /// Judging failed for reasons not the submission's; the job will be retried.
    Failed,
}

impl Worker {
    /// A worker judging for `service`, in its process: it shares the
    /// service's catalog and is woken by its signals.
    pub fn for_service(service: &Service, name: String) -> Worker {
        Worker {
            name,
            store: service.store.clone(),
            queue: service.queue.clone(),
            catalog: service.catalog.clone(),
            judging: service.judging.clone(),
            signals: service.signals.clone(),
            max_processor_time: Duration::from_secs(service.settings.max_judging_cpu_minutes * 60),
        }
    }

    /// A worker for a service in another process, sharing only its database:
    /// it polls for jobs and fetches problem versions by hash.
    pub fn standalone(name: String, store: Store, settings: &Settings, judging: Arc<Judging>) -> Worker {
        Worker {
            name,
            catalog: Arc::new(Catalog::new(store.clone(), &judging.bench.cache)),
            queue: Queue::new(store.clone(), Duration::from_secs(settings.lease_seconds)),
            store,
            judging,
            signals: Arc::default(),
            max_processor_time: Duration::from_secs(settings.max_judging_cpu_minutes * 60),
        }
    }

    /// Works until `stop` turns true.
    pub async fn run(self, mut stop: tokio::sync::watch::Receiver<bool>) {
        let mut last_sweep = std::time::Instant::now();
        loop {
            if *stop.borrow() {
                return;
            }
            if last_sweep.elapsed() >= SWEEP {
                last_sweep = std::time::Instant::now();
                match self.queue.fail_abandoned().await {
                    Ok(0) => {}
                    Ok(n) => tracing::warn!(jobs = n, "jobs failed after their workers stopped on every attempt"),
                    Err(err) => tracing::error!(error = %err, "cannot sweep abandoned jobs"),
                }
            }
            match self.queue.claim(&self.name).await {
                Ok(Some(job)) => {
                    self.process(job).await;
                }
                Ok(None) => {
                    tokio::select! {
                        _ = self.signals.jobs.notified() => {}
                        _ = tokio::time::sleep(POLL) => {}
                        _ = stop.changed() => {}
                    }
                }
                Err(err) if Outage::in_chain(&err).is_some() => {
                    tracing::warn!(error = %format!("{err:#}"), "cannot claim a job while the database is out; retrying");
                    tokio::time::sleep(POLL * 4).await;
                }
                Err(err) => {
                    tracing::error!(error = %format!("{err:#}"), "cannot claim a job; retrying");
                    tokio::time::sleep(POLL * 4).await;
                }
            }
        }
    }

    /// Judges one claimed job to the end: recorded, lost, or given back.
    pub async fn process(&self, job: Claimed) -> Done {
        let started = std::time::Instant::now();
        tracing::info!(job = job.id, submission = job.submission_id, attempt = job.attempts, worker = %self.name, "judging");
        let cancel = Arc::new(AtomicBool::new(false));
        let (tally, tallied) = watch::channel(None);
        let options = Options {
            run_all: false,
            progress: Some(tally_progress(tally)),
            cancel: Some(cancel.clone()),
            max_processor_time: Some(self.max_processor_time),
        };
        let judged = tokio::select! {
            judged = self.judge(&job, options) => judged,
            _ = self.renew_while_judging(&job, &cancel) => unreachable!("renewing ends only when dropped"),
            _ = self.record_progress(&job, tallied, &cancel) => unreachable!("recording progress ends only when dropped"),
        };
        let done = match judged {
            Ok(report) => {
                let tests = serde_json::to_string(&report.tests).unwrap_or_else(|_| "[]".into());
                let judgement = NewJudgement {
                    submission_id: job.submission_id,
                    job_id: job.id,
                    rejudge_id: job.rejudge_id,
                    problem_hash: &job.problem_hash,
                    engine: sandbox::ENGINE_VERSION,
                    verdict: report.verdict.as_str(),
                    score: report.score,
                    max_score: report.max_score,
                    message: &report.message,
                    tests: &tests,
                    judged_at: now_ms(),
                };
                // The final count, whatever the throttle last let through.
                let tally = (!report.tests.is_empty()).then(|| Tally {
                    done: report.tests.len(),
                    total: report.tests.len(),
                    failed: report.tests.iter().filter(|t| failed(t)).count(),
                });
                let complete = || self.queue.complete(&job, &judgement, tally);
                match self
                    .through_outage("record the judgement", &job, Outage::of, complete)
                    .await
                {
                    Ok(true) => {
                        tracing::info!(job = job.id, submission = job.submission_id, verdict = %report.verdict, score = report.score,
                            ms = started.elapsed().as_millis() as u64, "judged");
                        Done::Recorded
                    }
                    Ok(false) => {
                        tracing::warn!(
                            job = job.id,
                            "the lease was lost while judging: another worker has the job, nothing recorded"
                        );
                        Done::LeaseLost
                    }
                    Err(err) => {
                        tracing::error!(job = job.id, error = %err, "cannot record the judgement; the job will be claimed again");
                        Done::Failed
                    }
                }
            }
            // The job is another worker's now: nothing to give back.
            Err(_) if cancel.load(Ordering::SeqCst) => {
                tracing::warn!(
                    job = job.id,
                    ms = started.elapsed().as_millis() as u64,
                    "the lease was lost while judging: stopped between tests, nothing recorded"
                );
                Done::LeaseLost
            }
            Err(err) => {
                let message = format!("{err:#}");
                tracing::error!(job = job.id, submission = job.submission_id, error = %message, "judging failed");
                let give_back = || self.queue.fail(&job, &message);
                if let Err(err) = self
                    .through_outage("give the job back", &job, Outage::of, give_back)
                    .await
                {
                    tracing::error!(job = job.id, error = %err, "cannot give the job back; its lease will expire");
                }
                Done::Failed
            }
        };
        self.signals.judged.notify_waiters();
        done
    }

    async fn judge(&self, job: &Claimed, options: Options) -> anyhow::Result<judge::Report> {
        let read = || submissions::get(&self.store, job.submission_id);
        let submission = self
            .through_outage("read the submission", job, Outage::of, read)
            .await?;
        let submission = submission.ok_or_else(|| {
            anyhow::anyhow!(
                "job {} names submission {}, which does not exist",
                job.id,
                job.submission_id
            )
        })?;
        let fetch = || self.catalog.problem(&job.problem_hash);
        let problem = self
            .through_outage("fetch the problem version", job, Outage::in_chain, fetch)
            .await?;
        let judging = self.judging.clone();
        let hash = job.problem_hash.clone();
        // The sandbox's run_blocking must not run on an async task.
        tokio::task::spawn_blocking(move || {
            judging.judge(&hash, &problem, &submission.language, &submission.source, &options)
        })
        .await?
    }

    /// Runs `op`, and again while it fails for a database outage (a restart, a
    /// full disk), for as long as the job's lease would last: a judgement made
    /// is recorded once the database is back rather than judged again. Past
    /// that, the last error: the lease expires and the job is claimed again.
    async fn through_outage<T, E, F, Op>(
        &self,
        what: &str,
        job: &Claimed,
        outage: impl Fn(&E) -> Option<Outage>,
        mut op: Op,
    ) -> Result<T, E>
    where
        E: std::fmt::Display,
        F: Future<Output = Result<T, E>>,
        Op: FnMut() -> F,
    {
        let until = Instant::now() + self.queue.lease;
        let mut wait = Duration::from_millis(250);
        loop {
            match op().await {
                Err(err) if Instant::now() + wait < until => {
                    let Some(outage) = outage(&err) else {
                        return Err(err);
                    };
                    tracing::warn!(job = job.id, error = %err, "cannot {what}: {outage:?}; trying again");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(OUTAGE_RETRY_MAX);
                }
                done => return done,
            }
        }
    }

    /// Renews the lease at a third of its length, forever: dropped when judging
    /// ends. A lost lease cancels judging: its result would be refused.
    async fn renew_while_judging(&self, job: &Claimed, cancel: &AtomicBool) {
        let every = self.queue.lease / 3;
        loop {
            tokio::time::sleep(every).await;
            match self.queue.renew(job).await {
                Ok(true) => {}
                Ok(false) => {
                    tracing::warn!(job = job.id, "lease lost while judging: stopping");
                    cancel.store(true, Ordering::SeqCst);
                    return std::future::pending().await;
                }
                Err(err) => tracing::warn!(job = job.id, error = %err, "cannot renew the lease"),
            }
        }
    }

    /// Writes the job's progress as tests finish, at most once per
    /// [`PROGRESS_EVERY`], until dropped when judging ends (the final count is
    /// written with the judgement). A write the lease refuses cancels judging.
    async fn record_progress(&self, job: &Claimed, mut tallied: watch::Receiver<Option<Tally>>, cancel: &AtomicBool) {
        // Err: the judging side is gone (it never started, or it ended).
        while tallied.changed().await.is_ok() {
            let Some(tally) = *tallied.borrow_and_update() else {
                continue;
            };
            // A task of its own, so that a write under way when judging ends
            // completes rather than being dropped halfway through its query.
            let (queue, claimed) = (self.queue.clone(), job.clone());
            match tokio::spawn(async move { queue.progress(&claimed, tally).await }).await {
                Ok(Ok(true)) => {}
                Ok(Ok(false)) => {
                    tracing::warn!(job = job.id, "lease lost while judging: stopping");
                    cancel.store(true, Ordering::SeqCst);
                    break;
                }
                Ok(Err(err)) => tracing::warn!(job = job.id, error = %err, "cannot record the progress"),
                Err(err) => tracing::warn!(job = job.id, error = %err, "cannot record the progress"),
            }
            tokio::time::sleep(PROGRESS_EVERY).await;
        }
        std::future::pending().await
    }
}

/// A test that counts as failed in the progress (skipped ones do not: their
/// group was already lost by one that did).
fn failed(test: &TestResult) -> bool {
    !matches!(test.verdict, Verdict::Ac | Verdict::Skipped)
}

/// The judge's progress callback: each finished test updates the tally that
/// [`Worker::record_progress`] writes. `done` counts only the tests actually
/// run: counting skipped ones would make it jump where a group failed, which
/// feedback policies short of `full` keep hidden. The final tally, written when
/// the job completes, sets it to the total.
fn tally_progress(tally: watch::Sender<Option<Tally>>) -> Progress {
    let failures = AtomicUsize::new(0);
    let ran = AtomicUsize::new(0);
    Arc::new(move |test: &TestResult, _finished: usize, total: usize| {
        if failed(test) {
            failures.fetch_add(1, Ordering::SeqCst);
        }
        if test.verdict != Verdict::Skipped {
            ran.fetch_add(1, Ordering::SeqCst);
        }
        let failed = failures.load(Ordering::SeqCst);
        let done = ran.load(Ordering::SeqCst);
        // Tests finish on several threads, so counts can arrive out of order:
        // keep the furthest.
        tally.send_if_modified(|current| match current {
            Some(seen) if seen.done >= done => {
                let more = failed > seen.failed;
                seen.failed = seen.failed.max(failed);
                more
            }
            _ => {
                *current = Some(Tally { done, total, failed });
                true
            }
        });
    })
}

/// Starts `count` workers like `template` (named after it, numbered) on this
/// runtime; they stop when `stop` turns true.
pub fn spawn(
    count: usize,
    template: &Worker,
    stop: tokio::sync::watch::Receiver<bool>,
) -> Vec<tokio::task::JoinHandle<()>> {
    (0..count)
        .map(|i| {
            let worker = Worker {
                name: format!("{}-{i}", template.name),
                ..template.clone()
            };
            tokio::spawn(worker.run(stop.clone()))
        })
        .collect()
}

/// A name that tells workers apart in the jobs table: host and process.
pub fn default_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "host".into());
    format!("{host}-{}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test(verdict: Verdict) -> TestResult {
        TestResult {
            name: "1".into(),
            group: "secret".into(),
            verdict,
            score: 0.0,
            instructions: 0,
            memory_bytes: 0,
            wall_ms: 0.0,
            cpu_ms: 0.0,
            message: String::new(),
        }
    }

    #[test]
    fn the_tally_counts_tests_run_and_every_failure() {
        let (sender, tally) = watch::channel(None);
        let progress = tally_progress(sender);
        progress(&test(Verdict::Ac), 2, 5);
        progress(&test(Verdict::Wa), 1, 5);
        assert_eq!(
            *tally.borrow(),
            Some(Tally {
                done: 2,
                total: 5,
                failed: 1
            })
        );
        // A skipped test is not counted: the count never jumps past a failed group.
        progress(&test(Verdict::Skipped), 3, 5);
        assert_eq!(tally.borrow().unwrap().done, 2);
        progress(&test(Verdict::Tle), 4, 5);
        assert_eq!(
            *tally.borrow(),
            Some(Tally {
                done: 3,
                total: 5,
                failed: 2
            })
        );
    }
}
