//! Judging at scale: `oa worker` processes (the real binary) sharing the queue
//! on PostgreSQL, one of them killed with SIGKILL while it holds a job.

use crate::harness::{Backend, Database, Server, ACCEPTED, OVERFLOWS, SLOW};
use axum::http::{Method, StatusCode};
use service::config::Settings;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The shortest lease the settings allow: the job of a killed worker waits
/// this long, from its last renewal, before another worker takes it.
const LEASE_SECONDS: u64 = 10;

/// An `oa worker` process, killed if the test ends first.
struct WorkerProcess {
    child: Child,
    log: PathBuf,
}

impl WorkerProcess {
    fn start(database: &str, dir: &Path, n: usize) -> WorkerProcess {
        let config = dir.join("worker.toml");
        std::fs::write(&config, format!("lease_seconds = {LEASE_SECONDS}\n")).unwrap();
        let log = dir.join(format!("worker-{n}.log"));
        let out = std::fs::File::create(&log).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_oa"))
            .args(["worker", "--database", database, "--workers", "1", "--config"])
            .arg(&config)
            .env_remove("OA_DATABASE_URL")
            .env("OA_LOG", "oa=info")
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .expect("oa worker starts");
        WorkerProcess { child, log }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn output(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits for the worker to say it is ready (connected, migrated, sandbox up).
    async fn ready(&mut self) {
        let started = Instant::now();
        while !self.output().lines().any(|line| line == "ready") {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("oa worker exited with {status}:\n{}", self.output());
            }
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "oa worker not ready in 2 minutes:\n{}",
                self.output()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A job as the database has it.
#[derive(Debug, sqlx::FromRow)]
struct Job {
    submission_id: i64,
    state: String,
    attempts: i64,
    worker: Option<String>,
    lease_until: Option<i64>,
}

async fn job_of(server: &Server, submission: i64) -> Job {
    sqlx::query_as("SELECT submission_id, state, attempts, worker, lease_until FROM jobs WHERE submission_id = $1")
        .bind(submission)
        .fetch_one(&server.service.store.pool)
        .await
        .unwrap()
}

/// The process a worker name belongs to: names are `HOST-PID-N`.
fn pid_of(worker: &str) -> u32 {
    let mut parts = worker.rsplit('-');
    parts.next();
    parts
        .next()
        .and_then(|pid| pid.parse().ok())
        .unwrap_or_else(|| panic!("worker name {worker}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_one_killed_mid_job_every_submission_judged_once() {
    let database = Database::new(Backend::Postgres).await;
    let settings = Settings {
        submissions_per_minute: 100,
        ..Settings::default()
    };
    // No workers in the server: only the two processes judge.
    let server = Server::on(&database.url, 0, settings).await;
    let dir = tempfile::tempdir().unwrap();
    let mut workers = [
        WorkerProcess::start(&database.url, dir.path(), 1),
        WorkerProcess::start(&database.url, dir.path(), 2),
    ];
    for worker in &mut workers {
        worker.ready().await;
    }

    let (assessment, ada) = server.invited("Ada").await;
    let grace = server.invite(assessment, "Grace").await;
    for candidate in [&ada, &grace] {
        let (status, _) = server
            .call(Method::POST, "/api/attempt/start", Some(candidate), None)
            .await;
        assert_eq!(status, StatusCode::OK);
    }
    // The slow one first, so that it is the first job claimed.
    let plan = [
        (&ada, SLOW, "AC", 100.0),
        (&ada, ACCEPTED, "AC", 100.0),
        (&grace, OVERFLOWS, "WA", 40.0),
        (&grace, ACCEPTED, "AC", 100.0),
        (&ada, OVERFLOWS, "WA", 40.0),
        (&grace, SLOW, "AC", 100.0),
    ];
    let t0 = Instant::now();
    let at = |t: Instant| t.duration_since(t0).as_secs_f64();
    let mut submitted = Vec::new();
    for (candidate, source, _, _) in &plan {
        let (status, body) = server.submit(candidate, source).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        submitted.push(body["id"].as_i64().unwrap());
    }
    let slow = submitted[0];

    // Wait until a worker is a second into judging the slow submission, then kill it.
    let (victim, claimed) = loop {
        let job = job_of(&server, slow).await;
        if job.state == "running" {
            break (job.worker.clone().unwrap(), Instant::now());
        }
        assert_eq!(job.state, "queued", "{job:?}");
        assert!(
            t0.elapsed() < Duration::from_secs(120),
            "the slow job was never claimed"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    tokio::time::sleep(Duration::from_secs(1)).await;
    let job = job_of(&server, slow).await;
    assert_eq!(
        (job.state.as_str(), job.worker.as_deref()),
        ("running", Some(victim.as_str())),
        "still judging"
    );
    let killed_pid = pid_of(&victim);
    let index = workers
        .iter()
        .position(|w| w.pid() == killed_pid)
        .expect("the victim is one of ours");
    workers[index].child.kill().unwrap();
    let killed = Instant::now();
    workers[index].child.wait().unwrap();
    let lease_until = job_of(&server, slow).await.lease_until.unwrap();
    let expires_in = (lease_until - ::service::store::now_ms()) as f64 / 1000.0;
    let judgements: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM judgements WHERE submission_id = $1")
        .bind(slow)
        .fetch_one(&server.service.store.pool)
        .await
        .unwrap();
    assert_eq!(judgements, 0, "killed mid-job: nothing recorded yet");

    // The survivor takes the job once the lease expires, and judges it.
    let (survivor, reclaimed) = loop {
        let job = job_of(&server, slow).await;
        if job.attempts == 2 {
            break (job.worker.clone().unwrap(), Instant::now());
        }
        assert!(
            killed.elapsed() < Duration::from_secs(LEASE_SECONDS * 3 + 60),
            "the killed worker's job was not taken again: {job:?}\n{}",
            workers[1 - index].output()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_ne!(survivor, victim);
    let mut views = Vec::new();
    for ((candidate, _, _, _), id) in plan.iter().zip(&submitted) {
        views.push(server.judged(candidate, *id).await);
    }
    let done = Instant::now();

    for (((_, _, verdict, score), id), view) in plan.iter().zip(&submitted).zip(&views) {
        assert_eq!(
            (
                view["status"].as_str(),
                view["verdict"].as_str(),
                view["score"].as_f64()
            ),
            (Some("done"), Some(*verdict), Some(*score)),
            "submission {id}: {view}\n{}",
            workers[1 - index].output()
        );
    }
    // Exactly once: one judgement per submission, every job done, none lost.
    let counts: Vec<(i64, i64)> =
        sqlx::query_as("SELECT submission_id, COUNT(*) FROM judgements GROUP BY submission_id ORDER BY submission_id")
            .fetch_all(&server.service.store.pool)
            .await
            .unwrap();
    assert_eq!(counts, submitted.iter().map(|id| (*id, 1)).collect::<Vec<_>>());
    for id in &submitted {
        let job = job_of(&server, *id).await;
        assert_eq!(job.state, "done", "{job:?}");
        assert_eq!(job.attempts, if *id == slow { 2 } else { 1 }, "{job:?}");
        assert_ne!(job.worker.as_deref(), Some(victim.as_str()), "{job:?}");
        assert_eq!(job.submission_id, *id);
    }
    let judged_by: String = sqlx::query_scalar(
        "SELECT j.worker FROM judgements g JOIN jobs j ON j.id = g.job_id WHERE g.submission_id = $1",
    )
    .bind(slow)
    .fetch_one(&server.service.store.pool)
    .await
    .unwrap();
    assert_eq!(judged_by, survivor);

    let mut timeline = std::io::stderr().lock();
    let _ = writeln!(
        timeline,
        "two workers, one killed (lease {LEASE_SECONDS} s), seconds since the submissions:"
    );
    let _ = writeln!(
        timeline,
        "  {:6.2}  the slow submission claimed by {victim}",
        at(claimed)
    );
    let _ = writeln!(
        timeline,
        "  {:6.2}  {victim} killed (SIGKILL) mid-judging; its lease expires {expires_in:.2} s later",
        at(killed)
    );
    let _ = writeln!(
        timeline,
        "  {:6.2}  the job taken again by {survivor} (second claim)",
        at(reclaimed)
    );
    let _ = writeln!(
        timeline,
        "  {:6.2}  all {} submissions judged, each exactly once",
        at(done),
        submitted.len()
    );
}
