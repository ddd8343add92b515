//! The service's checks of problem versions (`oa problem check`, run in the
//! background): claimed one version at a time with a lease, as jobs are, so
//! that two servers on one database never check the same version at once, and
//! recorded once done.

use super::{now_ms, Store};

/// A version's check as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Check {
    pub hash: String,
    /// `checking` or `done`.
    pub state: String,
    pub engine: String,
    pub ok: Option<i64>,
    /// JSON arrays of strings.
    pub faults: Option<String>,
    pub warnings: Option<String>,
    pub time_limit: Option<f64>,
    pub suggested_time_limit: Option<f64>,
    /// The whole check, as JSON.
    pub report: Option<String>,
    pub started_at: i64,
    pub checked_at: Option<i64>,
}

/// A claim on a version's check.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub hash: String,
    pub lease: String,
}

/// What a finished check found.
pub struct Finding<'a> {
    pub ok: bool,
    pub faults: &'a str,
    pub warnings: &'a str,
    pub time_limit: Option<f64>,
    pub suggested_time_limit: Option<f64>,
    pub report: &'a str,
}

/// Claims the next version to check with `engine`: never checked, checked by
/// another engine, or claimed by a checker whose lease expired. Problems'
/// current versions come first, newest first; then the older versions that
/// assessments may still pin.
pub async fn claim(store: &Store, checker: &str, engine: &str, lease_ms: i64) -> anyhow::Result<Option<Claimed>> {
    let now = now_ms();
    let candidates: Vec<String> = sqlx::query_scalar(
        "SELECT v.hash FROM problem_versions v
         LEFT JOIN problem_checks c ON c.hash = v.hash
         LEFT JOIN problems p ON p.current_hash = v.hash
         WHERE c.hash IS NULL OR (c.state = 'done' AND c.engine <> $1) OR (c.state = 'checking' AND c.lease_until < $2)
         ORDER BY CASE WHEN p.id IS NULL THEN 1 ELSE 0 END, v.created_at DESC, v.hash
         LIMIT 5",
    )
    .bind(engine)
    .bind(now)
    .fetch_all(&store.pool)
    .await?;
    for hash in candidates {
        let lease = crate::secret::new_token("")?;
        // The conflict clause repeats the selection's conditions: a version
        // another server claimed meanwhile is left to it.
        let claimed = sqlx::query(
            "INSERT INTO problem_checks (hash, state, engine, checker, lease, lease_until, started_at)
             VALUES ($1, 'checking', $2, $3, $4, $5, $6)
             ON CONFLICT (hash) DO UPDATE SET state = 'checking', engine = excluded.engine, checker = excluded.checker,
                 lease = excluded.lease, lease_until = excluded.lease_until, started_at = excluded.started_at
             WHERE (problem_checks.state = 'done' AND problem_checks.engine <> excluded.engine)
                OR (problem_checks.state = 'checking' AND problem_checks.lease_until < excluded.started_at)",
        )
        .bind(&hash)
        .bind(engine)
        .bind(checker)
        .bind(&lease)
        .bind(now + lease_ms)
        .bind(now)
        .execute(&store.pool)
        .await?;
        if claimed.rows_affected() == 1 {
            return Ok(Some(Claimed { hash, lease }));
        }
    }
    Ok(None)
}

/// Extends the claim while the check goes on. False when it was lost.
pub async fn renew(store: &Store, claim: &Claimed, lease_ms: i64) -> sqlx::Result<bool> {
    let renewed = sqlx::query("UPDATE problem_checks SET lease_until = $1 WHERE hash = $2 AND lease = $3")
        .bind(now_ms() + lease_ms)
        .bind(&claim.hash)
        .bind(&claim.lease)
        .execute(&store.pool)
        .await?;
    Ok(renewed.rows_affected() == 1)
}

/// Records the check, if the claim still holds. False when it did not.
pub async fn record(store: &Store, claim: &Claimed, finding: &Finding<'_>) -> sqlx::Result<bool> {
    let recorded = sqlx::query(
        "UPDATE problem_checks SET state = 'done', lease = NULL, lease_until = NULL, ok = $1, faults = $2, warnings = $3,
             time_limit = $4, suggested_time_limit = $5, report = $6, checked_at = $7
         WHERE hash = $8 AND lease = $9",
    )
    .bind(i64::from(finding.ok))
    .bind(finding.faults)
    .bind(finding.warnings)
    .bind(finding.time_limit)
    .bind(finding.suggested_time_limit)
    .bind(finding.report)
    .bind(now_ms())
    .bind(&claim.hash)
    .bind(&claim.lease)
    .execute(&store.pool)
    .await?;
    Ok(recorded.rows_affected() == 1)
}

const CHECK: &str =
    "SELECT c.hash, c.state, c.engine, c.ok, c.faults, c.warnings, c.time_limit, c.suggested_time_limit,
    c.report, c.started_at, c.checked_at FROM problem_checks c";

pub async fn get(store: &Store, hash: &str) -> sqlx::Result<Option<Check>> {
    sqlx::query_as(&format!("{CHECK} WHERE c.hash = $1"))
        .bind(hash)
        .fetch_optional(&store.pool)
        .await
}

/// The checks of problems' current versions.
pub async fn of_current_versions(store: &Store) -> sqlx::Result<Vec<Check>> {
    sqlx::query_as(&format!("{CHECK} JOIN problems p ON p.current_hash = c.hash"))
        .fetch_all(&store.pool)
        .await
}
