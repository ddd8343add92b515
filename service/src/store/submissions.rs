//! Submissions (immutable) and their judgements (one per judging job; the
//! `current` one counts).

use sqlx::AnyConnection;

use super::Store;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Submission {
    pub id: i64,
    pub attempt_id: i64,
    pub problem_id: String,
    pub problem_hash: String,
    pub language: String,
    pub source: String,
    pub source_hash: String,
    pub created_at: i64,
    /// 1 when submitted for the candidate at the end of the attempt (their last draft).
    pub auto: i64,
}

pub struct NewSubmission<'a> {
    pub attempt_id: i64,
    pub problem_id: &'a str,
    pub problem_hash: &'a str,
    pub language: &'a str,
    pub source: &'a str,
    pub source_hash: &'a str,
    pub created_at: i64,
}

/// Takes the attempt row's write lock for the rest of the transaction, so that
/// one attempt's submissions are counted and inserted one at a time, across
/// processes too (on PostgreSQL; on SQLite, the transaction holds the
/// database's write lock from its start: see `Store::begin`). Call it first.
pub async fn lock_attempt(conn: &mut AnyConnection, attempt_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE attempts SET deadline = deadline WHERE id = $1")
        .bind(attempt_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Inserts the submission if its attempt is still open at `created_at` (not
/// finished, deadline ahead); None when it is not. The caller enqueues its job
/// in the same transaction.
pub async fn insert(conn: &mut AnyConnection, new: &NewSubmission<'_>) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO submissions (attempt_id, problem_id, problem_hash, language, source, source_hash, created_at)
         SELECT a.id, $2, $3, $4, $5, $6, $7 FROM attempts a
         WHERE a.id = $1 AND a.finished_at IS NULL AND a.deadline > $7
         RETURNING id",
    )
    .bind(new.attempt_id)
    .bind(new.problem_id)
    .bind(new.problem_hash)
    .bind(new.language)
    .bind(new.source)
    .bind(new.source_hash)
    .bind(new.created_at)
    .fetch_optional(conn)
    .await
}

pub async fn get(store: &Store, id: i64) -> sqlx::Result<Option<Submission>> {
    sqlx::query_as(
        "SELECT id, attempt_id, problem_id, problem_hash, language, source, source_hash, created_at, auto
         FROM submissions WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&store.pool)
    .await
}

/// How many submissions the attempt made since `since`: the submission rate
/// limit, counted inside the transaction that holds [`lock_attempt`].
pub async fn count_since(conn: &mut AnyConnection, attempt_id: i64, since: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM submissions WHERE attempt_id = $1 AND created_at >= $2")
        .bind(attempt_id)
        .bind(since)
        .fetch_one(conn)
        .await
}

/// A submission with where its judging stands: the state of its first job and
/// its current judgement, if any.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Status {
    pub id: i64,
    pub attempt_id: i64,
    pub problem_id: String,
    pub language: String,
    pub created_at: i64,
    /// 1 when submitted for the candidate at the end of the attempt.
    pub auto: i64,
    pub job_state: Option<String>,
    /// The job's progress: tests run so far (skipped ones are not counted;
    /// all of them once the job completes), of how many, and how many failed.
    /// None until its first test finished.
    pub tests_done: Option<i64>,
    pub tests_total: Option<i64>,
    pub tests_failed: Option<i64>,
    pub verdict: Option<String>,
    pub score: Option<f64>,
    pub max_score: Option<f64>,
}

impl Status {
    /// `queued`, `judging`, `done`, or `error` (judging failed for reasons not the
    /// candidate's, after its retries).
    pub fn status(&self) -> &'static str {
        if self.verdict.is_some() {
            return "done";
        }
        match self.job_state.as_deref() {
            Some("running") => "judging",
            Some("failed") => "error",
            Some("done") => "done",
            _ => "queued",
        }
    }
}

/// A submission's own job is its first one; rejudges make others.
const STATUS: &str = "SELECT s.id, s.attempt_id, s.problem_id, s.language, s.created_at, s.auto,
    j.state AS job_state, j.tests_done, j.tests_total, j.tests_failed,
    g.verdict, g.score, g.max_score
    FROM submissions s
    LEFT JOIN jobs j ON j.id = (SELECT MIN(k.id) FROM jobs k WHERE k.submission_id = s.id AND k.rejudge_id IS NULL)
    LEFT JOIN judgements g ON g.submission_id = s.id AND g.current = 1";

pub async fn status(store: &Store, id: i64) -> sqlx::Result<Option<Status>> {
    sqlx::query_as(&format!("{STATUS} WHERE s.id = $1"))
        .bind(id)
        .fetch_optional(&store.pool)
        .await
}

pub async fn statuses_of_attempt(store: &Store, attempt_id: i64) -> sqlx::Result<Vec<Status>> {
    sqlx::query_as(&format!("{STATUS} WHERE s.attempt_id = $1 ORDER BY s.id"))
        .bind(attempt_id)
        .fetch_all(&store.pool)
        .await
}

pub async fn statuses_of_assessment(store: &Store, assessment_id: i64) -> sqlx::Result<Vec<Status>> {
    sqlx::query_as(&format!(
        "{STATUS} JOIN attempts a ON a.id = s.attempt_id JOIN invitations i ON i.id = a.invitation_id
         WHERE i.assessment_id = $1 ORDER BY s.id"
    ))
    .bind(assessment_id)
    .fetch_all(&store.pool)
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Judgement {
    pub id: i64,
    pub submission_id: i64,
    pub job_id: i64,
    pub rejudge_id: Option<i64>,
    pub problem_hash: String,
    pub engine: String,
    pub verdict: String,
    pub score: f64,
    pub max_score: f64,
    pub message: String,
    /// The per-test results, as JSON.
    pub tests: String,
    pub current: i64,
    pub judged_at: i64,
}

pub struct NewJudgement<'a> {
    pub submission_id: i64,
    pub job_id: i64,
    pub rejudge_id: Option<i64>,
    pub problem_hash: &'a str,
    pub engine: &'a str,
    pub verdict: &'a str,
    pub score: f64,
    pub max_score: f64,
    pub message: &'a str,
    pub tests: &'a str,
    pub judged_at: i64,
}

/// Records a judgement. A submission's first judgement counts at once; a
/// rejudge's counts only when its set is applied.
pub async fn record(conn: &mut AnyConnection, new: &NewJudgement<'_>) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO judgements (submission_id, job_id, rejudge_id, problem_hash, engine, verdict, score, max_score, message, tests, current, judged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(new.submission_id)
    .bind(new.job_id)
    .bind(new.rejudge_id)
    .bind(new.problem_hash)
    .bind(new.engine)
    .bind(new.verdict)
    .bind(new.score)
    .bind(new.max_score)
    .bind(new.message)
    .bind(new.tests)
    .bind(if new.rejudge_id.is_none() { 1i64 } else { 0i64 })
    .bind(new.judged_at)
    .fetch_one(conn)
    .await
}

const JUDGEMENT: &str = "SELECT id, submission_id, job_id, rejudge_id, problem_hash, engine, verdict, score, max_score, message, tests, current, judged_at FROM judgements";

/// Every judgement of the submission, oldest first.
pub async fn judgements(store: &Store, submission_id: i64) -> sqlx::Result<Vec<Judgement>> {
    sqlx::query_as(&format!("{JUDGEMENT} WHERE submission_id = $1 ORDER BY id"))
        .bind(submission_id)
        .fetch_all(&store.pool)
        .await
}

pub async fn current_judgement(store: &Store, submission_id: i64) -> sqlx::Result<Option<Judgement>> {
    sqlx::query_as(&format!("{JUDGEMENT} WHERE submission_id = $1 AND current = 1"))
        .bind(submission_id)
        .fetch_optional(&store.pool)
        .await
}

/// Inserts a submission made for the candidate when their attempt ended
/// (marked `auto`), whatever the attempt's state: the caller closes the
/// attempt in the same transaction and enqueues the job.
pub async fn insert_auto(conn: &mut AnyConnection, new: &NewSubmission<'_>) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO submissions (attempt_id, problem_id, problem_hash, language, source, source_hash, created_at, auto)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id",
    )
    .bind(new.attempt_id)
    .bind(new.problem_id)
    .bind(new.problem_hash)
    .bind(new.language)
    .bind(new.source)
    .bind(new.source_hash)
    .bind(new.created_at)
    .fetch_one(conn)
    .await
}

/// The newest submission of each problem of the attempt: (problem, language,
/// source hash, created_at).
pub async fn latest_per_problem(
    conn: &mut AnyConnection,
    attempt_id: i64,
) -> sqlx::Result<Vec<(String, String, String, i64)>> {
    sqlx::query_as(
        "SELECT s.problem_id, s.language, s.source_hash, s.created_at FROM submissions s
         WHERE s.attempt_id = $1
           AND s.id = (SELECT MAX(t.id) FROM submissions t WHERE t.attempt_id = s.attempt_id AND t.problem_id = s.problem_id)",
    )
    .bind(attempt_id)
    .fetch_all(conn)
    .await
}
