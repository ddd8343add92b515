//! A bounded load test on loopback: 200 candidates at once, each with their own
//! invitation, against the service listening on a port, over HTTP. Each opens
//! the assessment, starts, reads the problem, submits, then follows the
//! verdict by polling as a browser would. It prints the latency of candidate
//! reads (p50, p95, p99) and the throughput, and holds reads to p99 ≤ 50 ms.
//! Then every candidate reads back to back, without pausing, to show the
//! service's capacity (printed, not held to the bar: with 200 requests always
//! in flight, latency is that queue's length over the throughput).
//!
//! The server judges nothing here (`--workers 0`, as when `oa worker`
//! processes on other machines judge): what is measured is the service's own
//! path, from the request to the database and back. It is a test binary of its
//! own so that no other test shares the machine while it measures.

#[path = "service/harness.rs"]
mod harness;

use harness::{Backend, Server, ACCEPTED};
use serde_json::{json, Value};
use service::config::Settings;
use std::time::{Duration, Instant};

const CANDIDATES: usize = 200;
/// Candidates arrive over this long, as when an assessment opens at a set time.
const ARRIVAL: Duration = Duration::from_secs(2);
/// Polls of the submission's status after submitting.
const POLLS: usize = 10;
/// Between a candidate's requests: reading, typing, the page's poll interval.
const THINK: (u64, u64) = (100, 400);
/// Paced runs at most, each with new candidates, until one meets the bar.
const RUNS: usize = 3;
/// Reads each candidate makes back to back in the capacity run.
const BURST: usize = 10;
/// The bar for candidate reads.
const P99_BAR: Duration = Duration::from_millis(50);

crate::on_both_backends!(two_hundred_candidates);

/// The two backends take turns, so that neither run measures the other.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[derive(Default)]
struct Timings {
    reads: Vec<Duration>,
    writes: Vec<Duration>,
}

/// A candidate's client: each request timed, reads and writes apart.
struct Candidate<'a> {
    client: &'a reqwest::Client,
    base: &'a str,
    token: &'a str,
    timings: Timings,
    submission: Option<i64>,
}

impl Candidate<'_> {
    async fn get(&mut self, path: &str) -> Value {
        let started = Instant::now();
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .bearer_auth(self.token)
            .send()
            .await
            .unwrap();
        let status = response.status();
        let body = response.bytes().await.unwrap();
        self.timings.reads.push(started.elapsed());
        assert!(
            status.is_success(),
            "GET {path}: {status} {}",
            String::from_utf8_lossy(&body)
        );
        serde_json::from_slice(&body).unwrap()
    }

    async fn post(&mut self, path: &str, body: Option<Value>) -> Value {
        let started = Instant::now();
        let mut request = self.client.post(format!("{}{path}", self.base)).bearer_auth(self.token);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let body = response.bytes().await.unwrap();
        self.timings.writes.push(started.elapsed());
        assert!(
            status.is_success(),
            "POST {path}: {status} {}",
            String::from_utf8_lossy(&body)
        );
        serde_json::from_slice(&body).unwrap()
    }

    /// A pause between requests, the same for a given candidate and step on every run.
    async fn think(&self, seed: usize) {
        let spread = THINK.1 - THINK.0;
        let ms = THINK.0 + (seed as u64).wrapping_mul(2_654_435_761) % spread;
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }

    async fn session(mut self, n: usize) -> Self {
        let view = self.get("/api/attempt").await;
        assert_eq!(view["attempt"], Value::Null);
        self.think(n).await;
        self.post("/api/attempt/start", None).await;
        self.get("/api/attempt").await;
        let problem = self.get("/api/attempt/problems/sum").await;
        assert_eq!(problem["id"], "sum");
        self.think(n + 1).await;
        let submitted = self
            .post(
                "/api/attempt/submissions",
                Some(json!({"problem": "sum", "language": "cpp", "source": ACCEPTED})),
            )
            .await;
        let id = submitted["id"].as_i64().unwrap();
        self.submission = Some(id);
        for poll in 0..POLLS {
            self.think(n + 2 + poll).await;
            let view = self.get(&format!("/api/attempt/submissions/{id}")).await;
            assert_eq!(view["id"], id);
            if poll % 3 == 2 {
                self.get("/api/attempt").await;
            }
        }
        self
    }

    /// Reads without pausing: the attempt and the submission, in turn.
    async fn burst(mut self) -> Timings {
        let id = self.submission.unwrap();
        for n in 0..BURST {
            match n % 2 {
                0 => self.get("/api/attempt").await,
                _ => self.get(&format!("/api/attempt/submissions/{id}")).await,
            };
        }
        self.timings
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// How busy the machine was, from the kernel: what else competed for the CPU.
fn machine_load() -> String {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("unknown");
    // Pressure: the share of the last 10 s in which runnable tasks waited for a CPU.
    let pressure = std::fs::read_to_string("/proc/pressure/cpu").unwrap_or_default();
    let waited = pressure
        .split_whitespace()
        .find_map(|field| field.strip_prefix("avg10="))
        .unwrap_or("unknown");
    format!("load average {load} on {cores} cores; tasks waited for a CPU {waited}% of the last 10 s")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Prints a line of latency figures.
fn line(what: &str, sorted: &[Duration]) -> String {
    format!(
        "  {what:<16} {:5}  p50 {:6.2} ms  p95 {:6.2} ms  p99 {:6.2} ms  max {:6.2} ms",
        sorted.len(),
        ms(percentile(sorted, 50.0)),
        ms(percentile(sorted, 95.0)),
        ms(percentile(sorted, 99.0)),
        ms(*sorted.last().unwrap())
    )
}

/// The service on a loopback port, its client, and an assessment to invite to.
struct Loopback {
    server: Server,
    assessment: i64,
    base: String,
    client: reqwest::Client,
    serving: tokio::task::JoinHandle<()>,
}

impl Loopback {
    async fn invitations(&self, run: usize) -> Vec<String> {
        let mut tokens = Vec::new();
        for n in 0..CANDIDATES {
            tokens.push(
                self.server
                    .invite(self.assessment, &format!("Candidate{run}x{n}"))
                    .await,
            );
        }
        tokens
    }

    /// One paced run of 200 new candidates: their timings and submissions, and how long it took.
    async fn paced(&self, tokens: &[String]) -> (Timings, Vec<i64>, Duration) {
        let started = Instant::now();
        let sessions: Vec<_> = tokens
            .iter()
            .enumerate()
            .map(|(n, token)| {
                let (client, base, token) = (self.client.clone(), self.base.clone(), token.clone());
                tokio::spawn(async move {
                    tokio::time::sleep(ARRIVAL * n as u32 / CANDIDATES as u32).await;
                    let candidate = Candidate {
                        client: &client,
                        base: &base,
                        token: &token,
                        timings: Timings::default(),
                        submission: None,
                    };
                    let candidate = candidate.session(n * 31).await;
                    (candidate.timings, candidate.submission)
                })
            })
            .collect();
        let mut paced = Timings::default();
        let mut submissions = Vec::new();
        for session in sessions {
            let (timings, submission) = session.await.expect("a candidate's session failed");
            paced.reads.extend(timings.reads);
            paced.writes.extend(timings.writes);
            submissions.push(submission.unwrap());
        }
        paced.reads.sort();
        paced.writes.sort();
        (paced, submissions, started.elapsed())
    }

    /// Every candidate reading back to back: the reads' timings, and how long they took.
    async fn burst(&self, tokens: &[String], submissions: &[i64]) -> (Vec<Duration>, Duration) {
        let started = Instant::now();
        let bursts: Vec<_> = tokens
            .iter()
            .zip(submissions)
            .map(|(token, submission)| {
                let (client, base, token, submission) =
                    (self.client.clone(), self.base.clone(), token.clone(), *submission);
                tokio::spawn(async move {
                    let candidate = Candidate {
                        client: &client,
                        base: &base,
                        token: &token,
                        timings: Timings::default(),
                        submission: Some(submission),
                    };
                    candidate.burst().await
                })
            })
            .collect();
        let mut reads = Vec::new();
        for session in bursts {
            reads.extend(session.await.expect("a candidate's reads failed").reads);
        }
        reads.sort();
        (reads, started.elapsed())
    }
}

async fn two_hundred_candidates(backend: Backend) {
    let _turn = ONE_AT_A_TIME.lock().await;
    let server = Server::start(backend, 0, Settings::default()).await;
    let assessment = server.assessment().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = server.app.clone();
    let serving = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CANDIDATES)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let loopback = Loopback {
        server,
        assessment,
        base,
        client,
        serving,
    };

    // Best of three, as the benchmarks: another process's burst on a shared
    // machine is not the service's latency. Every run is printed.
    let mut best: Option<Duration> = None;
    let mut last = None;
    for run in 1..=RUNS {
        let tokens = loopback.invitations(run).await;
        let (paced, submissions, elapsed) = loopback.paced(&tokens).await;
        let p99 = percentile(&paced.reads, 99.0);
        let requests = paced.reads.len() + paced.writes.len();
        eprintln!(
            "load on {backend:?}, run {run}: {CANDIDATES} candidates arriving over {} s, {} to {} ms between requests",
            ARRIVAL.as_secs(),
            THINK.0,
            THINK.1
        );
        eprintln!("{}", line("candidate reads", &paced.reads));
        eprintln!("{}", line("start, submit", &paced.writes));
        eprintln!(
            "  {requests} requests in {:.2} s: {:.0} requests/s",
            elapsed.as_secs_f64(),
            requests as f64 / elapsed.as_secs_f64()
        );
        eprintln!("  {}", machine_load());
        best = Some(best.map_or(p99, |best| best.min(p99)));
        last = Some((tokens, submissions));
        if p99 <= P99_BAR {
            break;
        }
        if run < RUNS {
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
    }
    let (tokens, submissions) = last.unwrap();

    let (burst, elapsed) = loopback.burst(&tokens, &submissions).await;
    eprintln!("capacity on {backend:?}: {CANDIDATES} candidates reading back to back, {BURST} reads each");
    eprintln!("{}", line("candidate reads", &burst));
    eprintln!(
        "  {} reads in {:.2} s: {:.0} requests/s",
        burst.len(),
        elapsed.as_secs_f64(),
        burst.len() as f64 / elapsed.as_secs_f64()
    );
    loopback.serving.abort();

    // Every submission was taken, with its job, before it was answered.
    let submitted: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM submissions")
        .fetch_one(&loopback.server.service.store.pool)
        .await
        .unwrap();
    let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")
        .fetch_one(&loopback.server.service.store.pool)
        .await
        .unwrap();
    assert_eq!(queued, submitted);
    assert_eq!(submitted % CANDIDATES as i64, 0, "one submission per candidate");

    let best = best.unwrap();
    assert!(
        best <= P99_BAR,
        "candidate reads' p99 was {:.1} ms at best in {RUNS} runs, above the bar of {} ms ({}; the bar \
         is for a machine that is not running other heavy work: if it was, run again when it is quiet)",
        ms(best),
        P99_BAR.as_millis(),
        machine_load()
    );
}
