//! Background work of the service. A judging worker claims a job, fetches the
//! problem version by its hash, judges the submission on a blocking thread
//! while renewing the lease and recording how far it got, and records the
//! judgement, once; it stops between tests when the lease is lost. `oa serve`
//! runs some in its own process; `oa worker` runs them elsewhere against the
//! same database. `oa serve` also checks each problem version as
//! `oa problem check` does, in the background, giving way to judging.

use crate::catalog::Catalog;
use crate::check::{self, ProblemCheck};
use crate::grading::{TestResult, Verdict};
use crate::judge::{Options, Progress, Workbench};
use crate::judging::Judging;
use crate::queue::{Claimed, Queue, Tally};
use crate::service::{Service, Signals};
use crate::store::checks::{self, Finding};
use crate::store::submissions::{self, NewJudgement};
use crate::store::{now_ms, Store};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// How often an idle worker looks for jobs that other processes queued.
const POLL: Duration = Duration::from_millis(500);
/// How often abandoned jobs are looked for.
const SWEEP: Duration = Duration::from_secs(30);
/// The least time between two writes of a job's progress: a judgement of a
/// hundred quick tests makes a few writes, not a hundred.
pub const PROGRESS_EVERY: Duration = Duration::from_millis(250);

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
        let cancel = Arc::new(AtomicBool::new(false));
        let (tally, tallied) = watch::channel(None);
        let options = Options {
            run_all: false,
            progress: Some(tally_progress(tally)),
            cancel: Some(cancel.clone()),
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
                match self.queue.complete(&job, &judgement, tally).await {
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
                if let Err(err) = self.queue.fail(&job, &message).await {
                    tracing::error!(job = job.id, error = %err, "cannot give the job back; its lease will expire");
                }
                Done::Failed
            }
        };
        self.signals.judged.notify_waiters();
        done
    }

    async fn judge(&self, job: &Claimed, options: Options) -> anyhow::Result<crate::judge::Report> {
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
        tokio::task::spawn_blocking(move || {
            judging.judge(&hash, &problem, &submission.language, &submission.source, &options)
        })
        .await?
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

/// How long a claim on a version's check lasts unless renewed.
const CHECK_LEASE: Duration = Duration::from_secs(120);
/// How often the checker looks for unchecked versions when it found none.
const CHECK_POLL: Duration = Duration::from_secs(5);
/// How often the checker looks whether judging is still busy.
const IDLE_POLL: Duration = Duration::from_millis(500);

/// Checks every stored problem version as `oa problem check` does, one at a
/// time, and records what it finds, until `stop` turns true. A version's check
/// starts only while judging is idle and pauses before its next step (one
/// validator on every input, or one solution on every test) as soon as
/// candidates' work arrives; it runs on a thread of its own with a sandbox of
/// one worker, so the step under way takes one core at most meanwhile.
///
/// Its threads keep the normal CPU priority: a lowered one would pass on to the
/// pools that the sandbox's runtime creates on first use and then shares with
/// judging.
pub async fn check_problems(service: Arc<Service>, mut stop: watch::Receiver<bool>) {
    let name = format!("{}-check", default_name());
    let gate = Gate::default();
    let mut thread: Option<CheckThread> = None;
    loop {
        if *stop.borrow() {
            break;
        }
        let wait = match service.busy().await {
            Ok(true) => IDLE_POLL,
            Ok(false) => match checks::claim(&service.store, &name, sandbox::ENGINE_VERSION, lease_ms()).await {
                Ok(Some(claim)) => {
                    if thread.is_none() {
                        match CheckThread::start(service.judging.bench.cache.clone(), gate.clone()).await {
                            Ok(started) => thread = Some(started),
                            Err(err) => {
                                tracing::error!(error = %format!("{err:#}"), "cannot start checking problems; they stay unchecked");
                                break;
                            }
                        }
                    }
                    let checker = thread.as_ref().expect("started");
                    if !check_version(&service, checker, &gate, &claim).await {
                        // Started afresh for the next version.
                        thread = None;
                    }
                    continue;
                }
                Ok(None) => CHECK_POLL,
                Err(err) => {
                    tracing::warn!(error = %format!("{err:#}"), "cannot look for problem versions to check");
                    CHECK_POLL
                }
            },
            Err(err) => {
                tracing::warn!(error = %err, "cannot tell whether judging is busy");
                CHECK_POLL
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = stop.changed() => {}
        }
    }
    // A check under way no longer waits for judging: the process is ending.
    gate.stopping.store(true, Ordering::SeqCst);
}

fn lease_ms() -> i64 {
    CHECK_LEASE.as_millis() as i64
}

/// Checks one claimed version, keeping the claim and telling the check when
/// judging is busy, and records the result. False when the checking thread is
/// gone.
async fn check_version(service: &Service, checker: &CheckThread, gate: &Gate, claim: &checks::Claimed) -> bool {
    let started = std::time::Instant::now();
    let problem = match service.catalog.problem(&claim.hash).await {
        Ok(problem) => problem,
        // The catalogue lists such a version as not loading; the claim
        // expires and the check is tried again then (the cause may pass).
        Err(err) => {
            tracing::warn!(version = %claim.hash, error = %format!("{err:#}"), "cannot check a problem version: it does not load");
            return true;
        }
    };
    tracing::info!(problem = %problem.id, version = %claim.hash, "checking a problem version");
    let (reply, checked) = tokio::sync::oneshot::channel();
    if checker.requests.send((problem.dir.clone(), reply)).is_err() {
        tracing::error!("the problem checking thread is gone");
        return false;
    }
    let mut checked = std::pin::pin!(checked);
    let mut last_renewal = std::time::Instant::now();
    let result = loop {
        tokio::select! {
            result = &mut checked => break result,
            _ = tokio::time::sleep(IDLE_POLL) => {}
        }
        let busy = service.busy().await.unwrap_or(true);
        gate.busy.store(busy, Ordering::SeqCst);
        if last_renewal.elapsed() >= CHECK_LEASE / 3 {
            last_renewal = std::time::Instant::now();
            match checks::renew(&service.store, claim, lease_ms()).await {
                Ok(true) => {}
                Ok(false) => tracing::warn!(version = %claim.hash, "another server took this version's check"),
                Err(err) => tracing::warn!(error = %err, "cannot renew the claim on a check"),
            }
        }
    };
    gate.busy.store(false, Ordering::SeqCst);
    match result {
        Ok(check) => {
            tracing::info!(problem = %problem.id, ok = check.ok, faults = check.faults.len(), warnings = check.warnings.len(),
                s = started.elapsed().as_secs(), "problem version checked");
            record_check(service, claim, &check, &problem.dir).await;
            true
        }
        Err(_) => {
            tracing::error!(version = %claim.hash, "the problem check stopped without a result");
            false
        }
    }
}

/// A check that found nothing but `fault`: it could not run to the end.
fn only_fault(fault: String) -> ProblemCheck {
    ProblemCheck {
        faults: vec![fault],
        ..ProblemCheck::default()
    }
}

async fn record_check(service: &Service, claim: &checks::Claimed, check: &ProblemCheck, dir: &Path) {
    // Messages name the package's folder in this machine's cache: graders
    // read paths relative to the package instead.
    let dir = dir.display().to_string();
    let local = |text: String| text.replace(&format!("{dir}/"), "").replace(&dir, &check.problem);
    let list = |items: &[String]| serde_json::to_string(&items.iter().cloned().map(local).collect::<Vec<_>>());
    let mut report = serde_json::to_value(check).unwrap_or_default();
    if let Some(report) = report.as_object_mut() {
        report.remove("dir");
    }
    let (Ok(faults), Ok(warnings)) = (list(&check.faults), list(&check.warnings)) else {
        return;
    };
    let finding = Finding {
        ok: check.faults.is_empty(),
        faults: &faults,
        warnings: &warnings,
        time_limit: check.time_limit,
        suggested_time_limit: check.suggested_time_limit,
        report: &local(report.to_string()),
    };
    match checks::record(&service.store, claim, &finding).await {
        Ok(true) => {}
        Ok(false) => {
            tracing::warn!(version = %claim.hash, "another server took this version's check; its result stands")
        }
        Err(err) => tracing::error!(error = %err, version = %claim.hash, "cannot record a problem check"),
    }
}

/// What the checking thread is told while it checks.
#[derive(Clone, Default)]
struct Gate {
    /// Judging has work: the check waits before its next step.
    busy: Arc<AtomicBool>,
    /// The service is stopping: nothing is worth waiting for.
    stopping: Arc<AtomicBool>,
}

impl check::Progress for Gate {
    fn add_steps(&self, _: u64) {}

    fn began(&self, _: &str) {
        while self.busy.load(Ordering::SeqCst) && !self.stopping.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn finished(&self, _: &str) {}
}

type CheckRequest = (PathBuf, tokio::sync::oneshot::Sender<ProblemCheck>);

/// The thread that runs checks, with a sandbox of its own.
struct CheckThread {
    requests: std::sync::mpsc::Sender<CheckRequest>,
}

impl CheckThread {
    async fn start(cache: PathBuf, gate: Gate) -> anyhow::Result<CheckThread> {
        let (requests, incoming) = std::sync::mpsc::channel::<CheckRequest>();
        let (ready, started) = tokio::sync::oneshot::channel();
        std::thread::Builder::new().name("oa-check".into()).spawn(move || {
            let bench = match check_workbench(cache) {
                Ok(bench) => {
                    let _ = ready.send(Ok(()));
                    bench
                }
                Err(err) => {
                    let _ = ready.send(Err(err));
                    return;
                }
            };
            let judge = bench.judge();
            let settings = check::Settings::default();
            for (dir, reply) in incoming {
                // A bug that panics on one package must not end the checks of
                // the others, nor leave this one to be claimed over and over.
                let checked =
                    std::panic::catch_unwind(AssertUnwindSafe(|| check::check(&judge, &dir, &settings, &gate)))
                        .unwrap_or_else(|_| {
                            only_fault(
                        "oa could not finish checking this version: an internal error (the server's log has it)".into(),
                    )
                        });
                let _ = reply.send(checked);
            }
        })?;
        started.await??;
        Ok(CheckThread { requests })
    }
}

/// A workbench like judging's, over the same cache, whose sandbox runs one
/// program at a time.
fn check_workbench(cache: PathBuf) -> anyhow::Result<Workbench> {
    let sandbox = sandbox::Sandbox::new(sandbox::SandboxConfig {
        workers: 1,
        cache_dir: Some(cache.clone()),
        ..sandbox::SandboxConfig::default()
    })?;
    Ok(Workbench {
        sandbox,
        toolchains: sandbox::Toolchains::new(crate::paths::toolchains_dir(), &cache),
        cache,
    })
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
