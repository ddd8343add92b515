//! Lists the graders' pages browse: assessments, rejudge sets, the problem
//! catalogue, a token's own description. Read-only.

use super::Store;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AssessmentSummary {
    pub id: i64,
    pub title: String,
    pub duration_minutes: i64,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    /// A JSON array of language ids.
    pub languages: String,
    pub feedback: String,
    pub created_at: i64,
    pub invitations: i64,
    pub started: i64,
}

/// Every assessment, newest first, with how many were invited and started.
pub async fn assessments(store: &Store) -> sqlx::Result<Vec<AssessmentSummary>> {
    sqlx::query_as(
        "SELECT a.id, a.title, a.duration_minutes, a.opens_at, a.closes_at, a.languages, a.feedback, a.created_at,
            (SELECT COUNT(*) FROM invitations i WHERE i.assessment_id = a.id) AS invitations,
            (SELECT COUNT(*) FROM attempts t JOIN invitations i ON i.id = t.invitation_id WHERE i.assessment_id = a.id) AS started
         FROM assessments a ORDER BY a.id DESC",
    )
    .fetch_all(&store.pool)
    .await
}

/// (assessment id, problem id) for every assessment, in each one's order.
pub async fn assessment_problems(store: &Store) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT assessment_id, problem_id FROM assessment_problems ORDER BY assessment_id, position")
        .fetch_all(&store.pool)
        .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RejudgeSummary {
    pub id: i64,
    pub state: String,
    pub reason: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
    pub total: i64,
    pub pending: i64,
}

/// The newest rejudge sets, with their size and how many are still judged.
pub async fn rejudges(store: &Store, limit: i64) -> sqlx::Result<Vec<RejudgeSummary>> {
    sqlx::query_as(
        "SELECT r.id, r.state, r.reason, r.created_at, r.decided_at,
            (SELECT COUNT(*) FROM jobs j WHERE j.rejudge_id = r.id) AS total,
            (SELECT COUNT(*) FROM jobs j WHERE j.rejudge_id = r.id AND j.state IN ('queued', 'running')) AS pending
         FROM rejudges r ORDER BY r.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&store.pool)
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CatalogueEntry {
    pub id: String,
    pub title: String,
    pub max_score: f64,
    pub hash: String,
    pub updated_at: i64,
    pub versions: i64,
}

/// Each problem's current version, with how many versions it has had.
pub async fn catalogue(store: &Store) -> sqlx::Result<Vec<CatalogueEntry>> {
    sqlx::query_as(
        "SELECT p.id, v.title, v.max_score, v.hash, p.updated_at,
            (SELECT COUNT(*) FROM problem_versions w WHERE w.problem_id = p.id) AS versions
         FROM problems p JOIN problem_versions v ON v.hash = p.current_hash ORDER BY p.id",
    )
    .fetch_all(&store.pool)
    .await
}

/// A token's label, as `oa token create --label` set it.
pub async fn token_label(store: &Store, token_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT label FROM api_tokens WHERE id = $1")
        .bind(token_id)
        .fetch_optional(&store.pool)
        .await
}
