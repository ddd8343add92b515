//! Background problem checks: `oa serve` checks each stored problem version
//! as `oa problem check` does, one at a time, giving way to judging, and
//! records what it finds for the graders' page.

use crate::service::Service;
use crate::store::checks::{self, Finding};
use crate::worker::default_name;
use judge::check::{self, ProblemCheck};
use judge::Workbench;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

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
        cache_max_bytes: judge::paths::cache_max_bytes(),
        ..sandbox::SandboxConfig::default()
    })?;
    Ok(Workbench {
        sandbox,
        toolchains: sandbox::Toolchains::new(judge::paths::toolchains_dir(), &cache)
            .with_cache_limit(judge::paths::cache_max_bytes()),
        cache,
    })
}
