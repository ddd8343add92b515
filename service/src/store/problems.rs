//! Problem versions, keyed by the content hash of their package, with the
//! package's files; and the catalogue of each problem's current version.

use super::{now_ms, Store};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Version {
    pub hash: String,
    pub problem_id: String,
    pub title: String,
    pub max_score: f64,
}

/// A version and its files, to be stored once.
pub struct NewVersion<'a> {
    pub hash: &'a str,
    pub problem_id: &'a str,
    pub title: &'a str,
    pub max_score: f64,
    /// Paths relative to the package, with `/` separators.
    pub files: &'a [(String, Vec<u8>)],
}

/// Stores the version unless it is already there, and makes it the problem's
/// current one. Returns whether the version is new.
pub async fn publish(store: &Store, version: &NewVersion<'_>) -> sqlx::Result<bool> {
    let mut tx = store.begin().await?;
    let now = now_ms();
    let inserted = sqlx::query(
        "INSERT INTO problem_versions (hash, problem_id, title, max_score, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (hash) DO NOTHING",
    )
    .bind(version.hash)
    .bind(version.problem_id)
    .bind(version.title)
    .bind(version.max_score)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if inserted {
        for (path, content) in version.files {
            sqlx::query("INSERT INTO problem_files (hash, path, content) VALUES ($1, $2, $3)")
                .bind(version.hash)
                .bind(path)
                .bind(content.as_slice())
                .execute(&mut *tx)
                .await?;
        }
    }
    sqlx::query(
        "INSERT INTO problems (id, current_hash, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET current_hash = excluded.current_hash, updated_at = excluded.updated_at",
    )
    .bind(version.problem_id)
    .bind(version.hash)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(inserted)
}

/// The current version of a problem in the catalogue.
pub async fn current(store: &Store, problem_id: &str) -> sqlx::Result<Option<Version>> {
    sqlx::query_as(
        "SELECT v.hash, v.problem_id, v.title, v.max_score FROM problems p
         JOIN problem_versions v ON v.hash = p.current_hash WHERE p.id = $1",
    )
    .bind(problem_id)
    .fetch_optional(&store.pool)
    .await
}

/// Every problem's current version, by id.
pub async fn catalogue(store: &Store) -> sqlx::Result<Vec<Version>> {
    sqlx::query_as(
        "SELECT v.hash, v.problem_id, v.title, v.max_score FROM problems p
         JOIN problem_versions v ON v.hash = p.current_hash ORDER BY p.id",
    )
    .fetch_all(&store.pool)
    .await
}

pub async fn files(store: &Store, hash: &str) -> sqlx::Result<Vec<(String, Vec<u8>)>> {
    sqlx::query_as("SELECT path, content FROM problem_files WHERE hash = $1 ORDER BY path")
        .bind(hash)
        .fetch_all(&store.pool)
        .await
}
