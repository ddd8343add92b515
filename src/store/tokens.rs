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
