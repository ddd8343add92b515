//! A judging worker: claims a job, fetches the problem version by its hash,
//! judges the submission on a blocking thread while renewing the lease, and
//! records the judgement, once. `oa serve` runs some in its own process;
//! `oa worker` runs them elsewhere against the same database.

use crate::catalog::Catalog;
use crate::judging::Judging;
use crate::queue::{Claimed, Queue};
use crate::service::Signals;
use crate::store::submissions::{self, NewJudgement};
use crate::store::{now_ms, Store};
use std::sync::Arc;
use std::time::Duration;

/// How often an idle worker looks for jobs that other processes queued.
const POLL: Duration = Duration::from_millis(500);
/// How often abandoned jobs are looked for.
const SWEEP: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub struct Worker {
    pub name: String,
    pub store: Store,
    pub queue: Queue,
    pub catalog: Arc<Catalog>,
    pub judging: Arc<Judging>,
    pub signals: Arc<Signals>,
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
        let renewing = self.renew_while_judging(&job);
        let judged = tokio::select! {
            judged = self.judge(&job) => judged,
            _ = renewing => unreachable!("renewing ends only when dropped"),
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
                match self.queue.complete(&job, &judgement).await {
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
            Err(err) => {
                let message = format!("{err:#}");
                tracing::error!(job = job.id, submission = job.submission_id, error = %message, "judging failed");
                if let Err(err) = self.queue.fail(&job, &message).await {
                    tracing::error!(job = job.id, error = %err, "cannot give the job back; its lease will expire");
                }
                Done::Failed
            }
        };
        self.signals.judged.notify_waiters();
        done
    }

    async fn judge(&self, job: &Claimed) -> anyhow::Result<crate::judge::Report> {
        let submission = submissions::get(&self.store, job.submission_id).await?.ok_or_else(|| {
            anyhow::anyhow!(
                "job {} names submission {}, which does not exist",
                job.id,
                job.submission_id
            )
        })?;
        let problem = self.catalog.problem(&job.problem_hash).await?;
        let judging = self.judging.clone();
        let hash = job.problem_hash.clone();
        // The sandbox's run_blocking must not run on an async task.
        tokio::task::spawn_blocking(move || judging.judge(&hash, &problem, &submission.language, &submission.source))
            .await?
    }

    /// Renews the lease at a third of its length, forever: dropped when judging ends.
    async fn renew_while_judging(&self, job: &Claimed) {
        let every = self.queue.lease / 3;
        loop {
            tokio::time::sleep(every).await;
            match self.queue.renew(job).await {
                Ok(true) => {}
                Ok(false) => tracing::warn!(job = job.id, "lease lost while judging"),
                Err(err) => tracing::warn!(job = job.id, error = %err, "cannot renew the lease"),
            }
        }
    }
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
