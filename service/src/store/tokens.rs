//! API tokens: their role, and only the SHA-256 of the token itself.

use super::{now_ms, Store};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub role: String,
    pub label: String,
    pub token_hash: String,
}

pub async fn create(store: &Store, role: &str, label: &str, token_hash: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO api_tokens (role, label, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(role)
    .bind(label)
    .bind(token_hash)
    .bind(now_ms())
    .fetch_one(&store.pool)
    .await
}

/// The live token with this hash.
pub async fn find(store: &Store, token_hash: &str) -> sqlx::Result<Option<ApiToken>> {
    sqlx::query_as("SELECT id, role, label, token_hash FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
        .bind(token_hash)
        .fetch_optional(&store.pool)
        .await
}

/// A token as listed to its operators: never its hash.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub role: String,
    pub label: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

pub async fn list(store: &Store) -> sqlx::Result<Vec<Listed>> {
    sqlx::query_as("SELECT id, role, label, created_at, revoked_at FROM api_tokens ORDER BY id")
        .fetch_all(&store.pool)
        .await
}

/// Revokes the live token `id`; false if there is no such live token.
pub async fn revoke(store: &Store, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now_ms())
        .bind(id)
        .execute(&store.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether any token is live: a new server says how to make the first one.
pub async fn any_live(store: &Store) -> sqlx::Result<bool> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NULL")
        .fetch_one(&store.pool)
        .await?;
    Ok(count > 0)
}
