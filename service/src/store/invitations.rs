//! Managing invitations: their links, revocation, deletion, and the terms of
//! their attempts (extra time, expiry).

use super::assessments::{Invitation, INVITATION};
use super::Store;
use sqlx::AnyConnection;

pub async fn get(store: &Store, id: i64) -> sqlx::Result<Option<Invitation>> {
    sqlx::query_as(&format!("SELECT {INVITATION} FROM invitations WHERE id = $1"))
        .bind(id)
        .fetch_optional(&store.pool)
        .await
}

/// The invitation of the assessment for this email, compared without case.
pub async fn by_email(conn: &mut AnyConnection, assessment_id: i64, email: &str) -> sqlx::Result<Option<Invitation>> {
    sqlx::query_as(&format!(
        "SELECT {INVITATION} FROM invitations WHERE assessment_id = $1 AND LOWER(email) = LOWER($2) ORDER BY id LIMIT 1"
    ))
    .bind(assessment_id)
    .bind(email)
    .fetch_optional(conn)
    .await
}

/// Gives the invitation a new token: the old one stops working at once, and
/// a revoked invitation works again.
pub async fn set_token(store: &Store, id: i64, token_hash: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE invitations SET token_hash = $1, revoked_at = NULL WHERE id = $2")
        .bind(token_hash)
        .bind(id)
        .execute(&store.pool)
        .await?;
    Ok(())
}

pub async fn revoke(store: &Store, id: i64, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Deletes the invitation unless its attempt has started; whether it did.
pub async fn delete_unstarted(store: &Store, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "DELETE FROM invitations WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM attempts t WHERE t.invitation_id = $1)",
    )
    .bind(id)
    .execute(&store.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets the invitation's extra time and expiry.
pub async fn set_terms(
    conn: &mut AnyConnection,
    id: i64,
    extra_minutes: i64,
    extra_percent: i64,
    expires_at: Option<i64>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE invitations SET extra_minutes = $1, extra_percent = $2, expires_at = $3 WHERE id = $4")
        .bind(extra_minutes)
        .bind(extra_percent)
        .bind(expires_at)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves a running attempt's deadline, with the extra time it now holds.
pub async fn move_deadline(
    conn: &mut AnyConnection,
    attempt_id: i64,
    deadline: i64,
    extra_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE attempts SET deadline = $1, extra_ms = $2 WHERE id = $3")
        .bind(deadline)
        .bind(extra_ms)
        .bind(attempt_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The invitation's attempt, read inside a transaction.
pub async fn attempt_in(
    conn: &mut AnyConnection,
    invitation_id: i64,
) -> sqlx::Result<Option<super::assessments::Attempt>> {
    sqlx::query_as(
        "SELECT id, invitation_id, started_at, deadline, finished_at, closed_at, extra_ms FROM attempts WHERE invitation_id = $1",
    )
    .bind(invitation_id)
    .fetch_optional(conn)
    .await
}
