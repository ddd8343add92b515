//! Candidates' drafts: the code in their editor, one per problem and language
//! of an attempt, so that it follows them to another browser.

use super::Store;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Draft {
    pub problem_id: String,
    pub language: String,
    pub source: String,
    pub updated_at: i64,
}

/// Replaces the draft (or writes the first one).
pub async fn save(
    store: &Store,
    attempt_id: i64,
    problem_id: &str,
    language: &str,
    source: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO drafts (attempt_id, problem_id, language, source, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (attempt_id, problem_id, language)
         DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at",
    )
    .bind(attempt_id)
    .bind(problem_id)
    .bind(language)
    .bind(source)
    .bind(now)
    .execute(&store.pool)
    .await?;
    Ok(())
}

pub async fn get(store: &Store, attempt_id: i64, problem_id: &str, language: &str) -> sqlx::Result<Option<Draft>> {
    sqlx::query_as(
        "SELECT problem_id, language, source, updated_at FROM drafts
         WHERE attempt_id = $1 AND problem_id = $2 AND language = $3",
    )
    .bind(attempt_id)
    .bind(problem_id)
    .bind(language)
    .fetch_optional(&store.pool)
    .await
}

/// Every draft of the attempt, most recently saved first.
pub async fn list(store: &Store, attempt_id: i64) -> sqlx::Result<Vec<Draft>> {
    sqlx::query_as(
        "SELECT problem_id, language, source, updated_at FROM drafts WHERE attempt_id = $1
         ORDER BY updated_at DESC, problem_id, language",
    )
    .bind(attempt_id)
    .fetch_all(&store.pool)
    .await
}

/// Every draft of the attempt, most recently saved first, inside a transaction.
pub async fn list_in(conn: &mut sqlx::AnyConnection, attempt_id: i64) -> sqlx::Result<Vec<Draft>> {
    sqlx::query_as(
        "SELECT problem_id, language, source, updated_at FROM drafts WHERE attempt_id = $1
         ORDER BY updated_at DESC, problem_id, language",
    )
    .bind(attempt_id)
    .fetch_all(conn)
    .await
}
