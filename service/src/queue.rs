//! The durable judging queue, in the database. A job is written in the same
//! transaction as its submission (or rejudge), so an accepted submission is
//! never lost. A worker claims a job with a lease: a fresh random value and an
//! expiry. Only the current lease holder can record the result, in the same
//! transaction that completes the job, so a result is recorded exactly once; a
//! job whose lease expired (its worker died) is claimed again by another.

use crate::store::submissions::{self, NewJudgement};
use crate::store::{now_ms, Store};
use sqlx::AnyConnection;
use std::time::Duration;

/// Claims past this many are not retried: the job fails, and the submission
/// shows `error` instead of crashing worker after worker.
pub const MAX_ATTEMPTS: i64 = 3;

/// A claimed job: what to judge, and the lease that proves the claim.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub submission_id: i64,
    pub problem_hash: String,
    pub rejudge_id: Option<i64>,
    /// How many times the job has been claimed, this claim included.
    pub attempts: i64,
    pub lease: String,
}

/// Adds a job judging `submission_id` against the problem version `problem_hash`.
pub async fn enqueue(
    conn: &mut AnyConnection,
    submission_id: i64,
    problem_hash: &str,
    rejudge_id: Option<i64>,
) -> sqlx::Result<i64> {
    let now = now_ms();
    sqlx::query_scalar(
        "INSERT INTO jobs (submission_id, problem_hash, rejudge_id, state, attempts, run_after, created_at)
         VALUES ($1, $2, $3, 'queued', 0, $4, $4) RETURNING id",
    )
    .bind(submission_id)
    .bind(problem_hash)
    .bind(rejudge_id)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// How far the judging of a job got: tests finished (skipped ones included),
/// of how many, and how many of them failed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub done: usize,
    pub total: usize,
    pub failed: usize,
}

#[derive(Clone, Debug)]
pub struct Queue {
    pub store: Store,
    /// How long a claim holds without being renewed.
    pub lease: Duration,
}

impl Queue {
    pub fn new(store: Store, lease: Duration) -> Queue {
        Queue { store, lease }
    }

    /// Takes the next job that is queued and due, or whose lease expired:
    /// submissions' first judgements before rejudges, so that a large rejudge
    /// set never keeps candidates waiting for their verdicts; never a second job
    /// of an attempt that has one being judged; and among attempts, the one
    /// served least recently first. So workers go round the candidates: one who
    /// queues several slow submissions waits for their own, not others for them.
    pub async fn claim(&self, worker: &str) -> anyhow::Result<Option<Claimed>> {
        let now = now_ms();
        let lease = crate::secret::new_token("")?;
        let sql = format!(
            "UPDATE jobs SET state = 'running', lease = $1, lease_until = $2, worker = $3, attempts = attempts + 1, started_at = $4,
                 tests_done = NULL, tests_total = NULL, tests_failed = NULL
             WHERE id = (
                 SELECT j.id FROM jobs j JOIN submissions s ON s.id = j.submission_id
                 WHERE ((j.state = 'queued' AND j.run_after <= $4) OR (j.state = 'running' AND j.lease_until < $4))
                   AND j.attempts < $5
                   AND NOT EXISTS (
                       SELECT 1 FROM jobs r JOIN submissions rs ON rs.id = r.submission_id
                       WHERE rs.attempt_id = s.attempt_id AND r.state = 'running' AND r.lease_until >= $4
                   )
                 ORDER BY (CASE WHEN j.rejudge_id IS NULL THEN 0 ELSE 1 END),
                   COALESCE((
                       SELECT MAX(p.started_at) FROM jobs p JOIN submissions ps ON ps.id = p.submission_id
                       WHERE ps.attempt_id = s.attempt_id
                   ), 0),
                   j.id
                 LIMIT 1 {}
             )
             RETURNING id, submission_id, problem_hash, rejudge_id, attempts, lease",
            self.store.skip_locked_of("j")
        );
        let claimed = sqlx::query_as(&sql)
            .bind(&lease)
            .bind(now + self.lease.as_millis() as i64)
            .bind(worker)
            .bind(now)
            .bind(MAX_ATTEMPTS)
            .fetch_optional(&self.store.pool)
            .await?;
        Ok(claimed)
    }

    /// Extends the lease while judging goes on. False when the lease was lost
    /// (it expired and another worker took the job).
    pub async fn renew(&self, job: &Claimed) -> sqlx::Result<bool> {
        let renewed =
            sqlx::query("UPDATE jobs SET lease_until = $1 WHERE id = $2 AND lease = $3 AND state = 'running'")
                .bind(now_ms() + self.lease.as_millis() as i64)
                .bind(job.id)
                .bind(&job.lease)
                .execute(&self.store.pool)
                .await?;
        Ok(renewed.rows_affected() == 1)
    }

    /// Records how far judging got. Guarded by the lease alone: a worker that
    /// lost the job writes nothing, and completion clears the lease, so a late
    /// write never lands on a finished job. False when the lease was lost.
    pub async fn progress(&self, job: &Claimed, tally: Tally) -> sqlx::Result<bool> {
        let written = sqlx::query(
            "UPDATE jobs SET tests_done = $1, tests_total = $2, tests_failed = $3 WHERE id = $4 AND lease = $5",
        )
        .bind(tally.done as i64)
        .bind(tally.total as i64)
        .bind(tally.failed as i64)
        .bind(job.id)
        .bind(&job.lease)
        .execute(&self.store.pool)
        .await?;
        Ok(written.rows_affected() == 1)
    }

    /// Records the judgement and completes the job, in one transaction guarded
    /// by the lease. False (and nothing recorded) when the lease was lost.
    /// `tally` is the final progress (none for a compile error: no test ran).
    pub async fn complete(
        &self,
        job: &Claimed,
        judgement: &NewJudgement<'_>,
        tally: Option<Tally>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.store.begin().await?;
        // The guarded update comes first: it decides.
        let done = sqlx::query(
            "UPDATE jobs SET state = 'done', finished_at = $1, lease = NULL, error = NULL,
                 tests_done = $4, tests_total = $5, tests_failed = $6
             WHERE id = $2 AND lease = $3 AND state = 'running'",
        )
        .bind(now_ms())
        .bind(job.id)
        .bind(&job.lease)
        .bind(tally.map(|t| t.done as i64))
        .bind(tally.map(|t| t.total as i64))
        .bind(tally.map(|t| t.failed as i64))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        submissions::record(&mut tx, judgement).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Gives the job back after a failure that was not the submission's (the
    /// host's: a missing toolchain, a package that does not load): retried
    /// later with backoff, or failed for good after [`MAX_ATTEMPTS`].
    pub async fn fail(&self, job: &Claimed, error: &str) -> sqlx::Result<()> {
        let now = now_ms();
        let (state, run_after) = match job.attempts >= MAX_ATTEMPTS {
            true => ("failed", now),
            false => ("queued", now + backoff(job.attempts).as_millis() as i64),
        };
        sqlx::query(
            "UPDATE jobs SET state = $1, run_after = $2, error = $3, lease = NULL, lease_until = NULL, finished_at = $4
             WHERE id = $5 AND lease = $6 AND state = 'running'",
        )
        .bind(state)
        .bind(run_after)
        .bind(error)
        .bind(now)
        .bind(job.id)
        .bind(&job.lease)
        .execute(&self.store.pool)
        .await?;
        Ok(())
    }

    /// Fails the jobs whose every claim ended with a lost lease: their worker
    /// died each time, so the job itself is the likely cause.
    pub async fn fail_abandoned(&self) -> sqlx::Result<u64> {
        let now = now_ms();
        let failed = sqlx::query(
            "UPDATE jobs SET state = 'failed', error = 'the worker judging it stopped responding, on every attempt', lease = NULL, finished_at = $1
             WHERE state = 'running' AND lease_until < $1 AND attempts >= $2",
        )
        .bind(now)
        .bind(MAX_ATTEMPTS)
        .execute(&self.store.pool)
        .await?;
        Ok(failed.rows_affected())
    }

    /// Whether any job is being judged or due to be: what background work
    /// (problem checks) gives way to.
    pub async fn busy(&self) -> sqlx::Result<bool> {
        let busy: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM jobs WHERE state = 'running' OR (state = 'queued' AND run_after <= $1) LIMIT 1",
        )
        .bind(now_ms())
        .fetch_optional(&self.store.pool)
        .await?;
        Ok(busy.is_some())
    }

    /// Jobs waiting or running: the queue's depth.
    pub async fn depth(&self) -> sqlx::Result<(i64, i64)> {
        let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")
            .fetch_one(&self.store.pool)
            .await?;
        let running: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = 'running'")
            .fetch_one(&self.store.pool)
            .await?;
        Ok((queued, running))
    }
}

/// 10 s, 40 s, 160 s, ...: time for a passing problem (a restarting database,
/// a toolchain being installed) to clear.
pub fn backoff(attempts: i64) -> Duration {
    Duration::from_secs(10 * 4u64.pow(attempts.clamp(1, 6) as u32 - 1))
}

/// Wakes what waits on the queue in this process: workers on new jobs, live
/// verdict streams on finished ones. Other processes poll the database.
#[derive(Default)]
pub struct Signals {
    pub jobs: tokio::sync::Notify,
    pub judged: tokio::sync::Notify,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows() {
        assert_eq!(backoff(1), Duration::from_secs(10));
        assert_eq!(backoff(2), Duration::from_secs(40));
        assert!(backoff(100) <= Duration::from_secs(10 * 4u64.pow(5)));
    }
}
