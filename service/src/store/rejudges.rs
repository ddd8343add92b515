//! Rejudge sets: new judgements made beside the current ones, compared, then
//! applied (they become current) or cancelled, as a whole.

use super::{now_ms, Store};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Rejudge {
    pub id: i64,
    pub reason: String,
    pub state: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

/// Creates the set and one job per (submission, version to judge against), in
/// one transaction: a set is never half-queued.
pub async fn create(store: &Store, reason: &str, created_by: i64, targets: &[(i64, String)]) -> sqlx::Result<i64> {
    let mut tx = store.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO rejudges (reason, state, created_by, created_at) VALUES ($1, 'pending', $2, $3) RETURNING id",
    )
    .bind(reason)
    .bind(created_by)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    for (submission, hash) in targets {
        let job = crate::queue::enqueue(&mut tx, *submission, hash, Some(id)).await?;
        // Kept so that the comparison still shows what was replaced once applied.
        sqlx::query(
            "UPDATE jobs SET previous_judgement = (SELECT id FROM judgements WHERE submission_id = $1 AND current = 1) WHERE id = $2",
        )
        .bind(submission)
        .bind(job)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

pub async fn get(store: &Store, id: i64) -> sqlx::Result<Option<Rejudge>> {
    sqlx::query_as("SELECT id, reason, state, created_at, decided_at FROM rejudges WHERE id = $1")
        .bind(id)
        .fetch_optional(&store.pool)
        .await
}

/// One submission of the set: the judgement current when the set was made, and the set's new one.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Comparison {
    pub submission_id: i64,
    pub job_state: String,
    pub old_verdict: Option<String>,
    pub old_score: Option<f64>,
    pub new_verdict: Option<String>,
    pub new_score: Option<f64>,
    pub new_judgement: Option<i64>,
}

pub async fn compare(store: &Store, id: i64) -> sqlx::Result<Vec<Comparison>> {
    sqlx::query_as(
        "SELECT j.submission_id, j.state AS job_state,
                old.verdict AS old_verdict, old.score AS old_score,
                new.verdict AS new_verdict, new.score AS new_score, new.id AS new_judgement
         FROM jobs j
         LEFT JOIN judgements old ON old.id = j.previous_judgement
         LEFT JOIN judgements new ON new.job_id = j.id
         WHERE j.rejudge_id = $1 ORDER BY j.submission_id",
    )
    .bind(id)
    .fetch_all(&store.pool)
    .await
}

/// The advisory lock key of applies (any constant unique to them).
const APPLY_LOCK: i64 = 0x6f61_0001;

/// Makes the set's judgements current, if the set is still pending. False
/// when it was decided meanwhile.
pub async fn apply(store: &Store, id: i64) -> sqlx::Result<bool> {
    let mut tx = store.begin().await?;
    // Two sets applied at once could each clear the other's uncommitted
    // judgement and leave two current ones: applies go one at a time.
    store.serialise(&mut tx, APPLY_LOCK).await?;
    if !decide(&mut tx, id, "applied").await? {
        tx.rollback().await?;
        return Ok(false);
    }
    sqlx::query(
        "UPDATE judgements SET current = 0
         WHERE current = 1 AND submission_id IN (SELECT submission_id FROM judgements WHERE rejudge_id = $1)",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE judgements SET current = 1 WHERE rejudge_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Cancels a pending set: its unfinished jobs are dropped (a worker holding
/// one can no longer record it), its judgements never become current.
pub async fn cancel(store: &Store, id: i64) -> sqlx::Result<bool> {
    let mut tx = store.begin().await?;
    if !decide(&mut tx, id, "cancelled").await? {
        tx.rollback().await?;
        return Ok(false);
    }
    sqlx::query(
        "UPDATE jobs SET state = 'cancelled', lease = NULL WHERE rejudge_id = $1 AND state IN ('queued', 'running')",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Moves a pending set to `state` (applied or cancelled); false when it was
/// not pending, having been decided meanwhile.
async fn decide(tx: &mut sqlx::Transaction<'_, sqlx::Any>, id: i64, state: &str) -> sqlx::Result<bool> {
    let decided = sqlx::query("UPDATE rejudges SET state = $1, decided_at = $2 WHERE id = $3 AND state = 'pending'")
        .bind(state)
        .bind(now_ms())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(decided.rows_affected() == 1)
}
