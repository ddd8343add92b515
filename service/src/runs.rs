//! Runs: a candidate's code on the samples or on custom input, judged at
//! once; only their number and cost are recorded, on the attempt. Bounded per
//! attempt (one at a time, a rate per minute, a processor-time budget per ten
//! minutes) and per server (a fixed number of slots, a bounded wait).

use crate::access::Candidate;
use crate::attempts::CodeBody;
use crate::error::{Error, Result};
use crate::service::Service;
use crate::views::samples_of;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long a run waits for a free slot before the server says it is busy.
const RUN_WAIT: Duration = Duration::from_secs(10);

/// Held while a run goes on: its attempt may start no other.
struct RunGuard {
    running: Arc<Mutex<HashSet<i64>>>,
    attempt: i64,
}

impl Drop for RunGuard {
    fn drop(&mut self) {
        self.running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.attempt);
    }
}

impl Service {
    /// Runs code without recording a submission: on the problem's samples, or
    /// once on the candidate's own input.
    pub async fn run(&self, candidate: &Candidate, body: CodeBody) -> Result<Value> {
        let attempt = self.open(candidate).await?;
        self.check_code(candidate, &body.language, &body.source)?;
        if let Some(input) = &body.input {
            if input.len() > self.settings.max_input_bytes {
                return Err(Error::TooLarge(format!(
                    "the input is {} bytes, above the limit of {} bytes",
                    input.len(),
                    self.settings.max_input_bytes
                )));
            }
        }
        let (hash, problem) = self.assessment_problem(candidate, &body.problem).await?;
        if let Err(wait) = self.run_costs.admit(attempt.id) {
            return Err(Error::TooMany {
                message: format!(
                    "your runs used their {} s of processor time for ten minutes: try again in {} s \
                     (a run that loops until its time limit costs the most)",
                    self.settings.max_run_cpu_seconds,
                    wait.as_secs().max(1)
                ),
                retry_after: wait.as_secs().max(1),
            });
        }
        if let Err(wait) = self.runs.admit(attempt.id) {
            return Err(Error::TooMany {
                message: format!(
                    "at most {} runs a minute: try again in {} s",
                    self.settings.runs_per_minute,
                    wait.as_secs().max(1)
                ),
                retry_after: wait.as_secs().max(1),
            });
        }
        let _running = {
            let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
            if !running.insert(attempt.id) {
                return Err(Error::TooMany {
                    message: "a run of this attempt is already under way: wait for its result".into(),
                    retry_after: 5,
                });
            }
            RunGuard {
                running: self.running.clone(),
                attempt: attempt.id,
            }
        };
        // A bounded wait: under load, runs are refused rather than queued without end.
        let _slot = match tokio::time::timeout(RUN_WAIT, self.run_slots.acquire()).await {
            Ok(slot) => slot.map_err(|err| Error::Internal(err.into()))?,
            Err(_) => {
                return Err(Error::Unavailable {
                    message: "every run slot is busy: try again in a few seconds".into(),
                    retry_after: 5,
                })
            }
        };
        let judging = self.judging.clone();
        let CodeBody {
            language,
            source,
            input,
            ..
        } = body;
        tracing::info!(attempt = attempt.id, problem = %problem.id, language = %language, custom = input.is_some(), "run");
        let view = tokio::task::spawn_blocking(move || -> anyhow::Result<(Value, f64)> {
            match input {
                Some(input) => {
                    let run = judging.run_input(&hash, &problem, &language, &source, input.into_bytes())?;
                    let cpu_ms = run.cpu_ms;
                    let interactive = problem.interactor.is_some();
                    Ok((json!({ "mode": "custom", "interactive": interactive, "run": run }), cpu_ms))
                }
                None => {
                    let report = judging.run_samples(&hash, &problem, &language, &source)?;
                    let cpu_ms = report.tests.iter().map(|t| t.cpu_ms).sum();
                    let samples = samples_of(&problem);
                    let tests: Vec<Value> = report
                        .tests
                        .iter()
                        .zip(report.sample_outputs.iter().chain(std::iter::repeat(&None)))
                        .map(|(test, output)| {
                            let sample = samples.iter().find(|s| s.0 == test.name);
                            json!({
                                "name": test.name,
                                "verdict": test.verdict,
                                "time_seconds": seconds(test.instructions, report.time_multiplier),
                                "memory_bytes": test.memory_bytes,
                                "message": test.message,
                                "input": sample.map(|s| s.1.clone()),
                                "answer": sample.map(|s| s.2.clone()),
                                "output": output,
                            })
                        })
                        .collect();
                    let view = json!({ "mode": "samples", "verdict": report.verdict, "message": report.message, "tests": tests });
                    Ok((view, cpu_ms))
                }
            }
        })
        .await
        .map_err(|err| Error::Internal(err.into()))?;
        let (view, cpu_ms) = view.map_err(Error::Internal)?;
        let cost = Duration::from_secs_f64(cpu_ms / 1e3);
        self.run_costs.spend(attempt.id, cost);
        crate::store::assessments::count_run(&self.store, attempt.id, cost.as_millis() as i64).await?;
        Ok(view)
    }
}

/// What one key's runs cost in processor time over a sliding window: a budget
/// per key, in memory (the totals are also kept on the attempt).
pub struct RunCosts {
    budget: Duration,
    window: Duration,
    spent: Mutex<HashMap<i64, VecDeque<(std::time::Instant, Duration)>>>,
}

impl RunCosts {
    /// `budget` of processor time per key in any ten minutes.
    pub fn new(budget: Duration) -> RunCosts {
        RunCosts::with_window(budget, Duration::from_secs(600))
    }

    pub fn with_window(budget: Duration, window: Duration) -> RunCosts {
        RunCosts {
            budget,
            window,
            spent: Mutex::default(),
        }
    }

    /// Whether `key` may start a run, or how long until it may.
    pub fn admit(&self, key: i64) -> std::result::Result<(), Duration> {
        let now = std::time::Instant::now();
        let mut spent = self.spent.lock().unwrap_or_else(|e| e.into_inner());
        if spent.len() > 10_000 {
            spent.retain(|_, runs| runs.back().is_some_and(|(t, _)| now.duration_since(*t) < self.window));
        }
        let Some(runs) = spent.get_mut(&key) else { return Ok(()) };
        while runs.front().is_some_and(|(t, _)| now.duration_since(*t) >= self.window) {
            runs.pop_front();
        }
        let mut total: Duration = runs.iter().map(|(_, cost)| *cost).sum();
        if total < self.budget {
            return Ok(());
        }
        // Wait until enough of the oldest runs have left the window.
        for (at, cost) in runs.iter() {
            total = total.saturating_sub(*cost);
            if total < self.budget {
                return Err((*at + self.window).saturating_duration_since(now));
            }
        }
        Err(self.window)
    }

    /// Counts a finished run's cost against `key`.
    pub fn spend(&self, key: i64, cost: Duration) {
        let mut spent = self.spent.lock().unwrap_or_else(|e| e.into_inner());
        spent
            .entry(key)
            .or_default()
            .push_back((std::time::Instant::now(), cost));
    }
}

fn seconds(instructions: u64, multiplier: f64) -> f64 {
    instructions as f64 / sandbox::limits::INSTRUCTIONS_PER_SECOND as f64 / multiplier.max(f64::MIN_POSITIVE)
}

/// A sliding-window limit per key, in memory: enough for runs, which are never
/// recorded. (Submissions are counted in the database instead.)
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    seen: Mutex<HashMap<i64, VecDeque<std::time::Instant>>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit: limit as usize,
            window,
            seen: Mutex::default(),
        }
    }

    /// Counts one event for `key`, or says how long to wait.
    pub fn admit(&self, key: i64) -> std::result::Result<(), Duration> {
        let now = std::time::Instant::now();
        let mut seen = self.seen.lock().expect("rate limiter");
        if seen.len() > 10_000 {
            seen.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < self.window));
        }
        let times = seen.entry(key).or_default();
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        if times.len() >= self.limit {
            let oldest = *times.front().expect("full");
            return Err(self.window.saturating_sub(now.duration_since(oldest)));
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_costs_refuse_a_key_over_its_budget_until_its_runs_age() {
        let costs = RunCosts::with_window(Duration::from_secs(10), Duration::from_secs(600));
        assert!(costs.admit(1).is_ok());
        costs.spend(1, Duration::from_secs(6));
        assert!(costs.admit(1).is_ok(), "6 s of 10 spent");
        costs.spend(1, Duration::from_secs(6));
        let wait = costs.admit(1).unwrap_err();
        assert!(
            wait > Duration::from_secs(590) && wait <= Duration::from_secs(600),
            "{wait:?}"
        );
        assert!(costs.admit(2).is_ok(), "another attempt has its own budget");
        let short = RunCosts::with_window(Duration::from_secs(1), Duration::ZERO);
        short.spend(1, Duration::from_secs(5));
        assert!(short.admit(1).is_ok(), "runs older than the window no longer count");
    }

    #[test]
    fn rate_limiter_counts_per_key() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        assert!(limiter.admit(1).is_ok());
        assert!(limiter.admit(1).is_ok());
        assert!(limiter.admit(1).is_err());
        assert!(limiter.admit(2).is_ok());
    }
}
