//! The audit log: who (which API token) did what to what.

use super::{now_ms, Store};

pub async fn record(
    store: &Store,
    actor: i64,
    action: &str,
    target: &str,
    detail: &serde_json::Value,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO audit_log (at, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(now_ms())
        .bind(actor)
        .bind(action)
        .bind(target)
        .bind(detail.to_string())
        .execute(&store.pool)
        .await?;
    Ok(())
}
