//! Assessments with their pinned problem versions, invitations and attempts.

use super::{now_ms, Store};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Assessment {
    pub id: i64,
    pub title: String,
    pub instructions: String,
    pub duration_minutes: i64,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    /// A JSON array of language ids.
    pub languages: String,
    pub feedback: String,
    pub created_at: i64,
}

impl Assessment {
    pub fn languages(&self) -> Vec<String> {
        serde_json::from_str(&self.languages).unwrap_or_default()
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AssessmentProblem {
    pub problem_id: String,
    pub problem_hash: String,
    pub title: String,
    pub max_score: f64,
}

pub struct NewAssessment<'a> {
    pub title: &'a str,
    pub instructions: &'a str,
    pub duration_minutes: i64,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    pub languages: &'a [String],
    pub feedback: &'a str,
    pub created_by: i64,
    /// (problem id, version hash), in the order candidates see them.
    pub problems: &'a [(String, String)],
}

pub async fn create(store: &Store, new: &NewAssessment<'_>) -> sqlx::Result<i64> {
    let mut tx = store.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO assessments (title, instructions, duration_minutes, opens_at, closes_at, languages, feedback, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(new.title)
    .bind(new.instructions)
    .bind(new.duration_minutes)
    .bind(new.opens_at)
    .bind(new.closes_at)
    .bind(serde_json::to_string(new.languages).unwrap_or_else(|_| "[]".into()))
    .bind(new.feedback)
    .bind(new.created_by)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    for (position, (problem_id, hash)) in new.problems.iter().enumerate() {
        sqlx::query(
            "INSERT INTO assessment_problems (assessment_id, position, problem_id, problem_hash) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(problem_id)
        .bind(hash)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

pub async fn get(store: &Store, id: i64) -> sqlx::Result<Option<Assessment>> {
    sqlx::query_as(
        "SELECT id, title, instructions, duration_minutes, opens_at, closes_at, languages, feedback, created_at
         FROM assessments WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&store.pool)
    .await
}

pub async fn problems(store: &Store, assessment_id: i64) -> sqlx::Result<Vec<AssessmentProblem>> {
    sqlx::query_as(
        "SELECT ap.problem_id, ap.problem_hash, v.title, v.max_score FROM assessment_problems ap
         JOIN problem_versions v ON v.hash = ap.problem_hash
         WHERE ap.assessment_id = $1 ORDER BY ap.position",
    )
    .bind(assessment_id)
    .fetch_all(&store.pool)
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub assessment_id: i64,
    pub name: String,
    pub email: String,
    pub token_hash: String,
    pub created_at: i64,
    /// A revoked invitation's link opens nothing.
    pub revoked_at: Option<i64>,
    /// No attempt starts after this time.
    pub expires_at: Option<i64>,
    /// Extra time: minutes, plus a percentage of the assessment's duration.
    pub extra_minutes: i64,
    pub extra_percent: i64,
}

impl Invitation {
    /// The extra time, in milliseconds, for an assessment of `duration_minutes`.
    pub fn extra_ms(&self, duration_minutes: i64) -> i64 {
        self.extra_minutes * 60_000 + duration_minutes * 60_000 * self.extra_percent / 100
    }
}

pub(super) const INVITATION: &str =
    "id, assessment_id, name, email, token_hash, created_at, revoked_at, expires_at, extra_minutes, extra_percent";

/// Invites, inside the caller's transaction (which checked for a duplicate).
pub async fn invite(
    conn: &mut sqlx::AnyConnection,
    assessment_id: i64,
    name: &str,
    email: &str,
    token_hash: &str,
) -> sqlx::Result<Invitation> {
    sqlx::query_as(&format!(
        "INSERT INTO invitations (assessment_id, name, email, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING {INVITATION}"
    ))
    .bind(assessment_id)
    .bind(name)
    .bind(email)
    .bind(token_hash)
    .bind(now_ms())
    .fetch_one(conn)
    .await
}

/// An invitation and its assessment, as one row.
#[derive(sqlx::FromRow)]
struct InvitationRow {
    id: i64,
    assessment_id: i64,
    name: String,
    email: String,
    token_hash: String,
    created_at: i64,
    revoked_at: Option<i64>,
    expires_at: Option<i64>,
    extra_minutes: i64,
    extra_percent: i64,
    title: String,
    instructions: String,
    duration_minutes: i64,
    opens_at: Option<i64>,
    closes_at: Option<i64>,
    languages: String,
    feedback: String,
    assessment_created_at: i64,
}

/// The invitation with this token hash, and its assessment. One query: every
/// candidate request starts here, and on PostgreSQL each query is a round trip.
pub async fn invitation_by_token(store: &Store, token_hash: &str) -> sqlx::Result<Option<(Invitation, Assessment)>> {
    let row: Option<InvitationRow> = sqlx::query_as(
        "SELECT i.id, i.assessment_id, i.name, i.email, i.token_hash, i.created_at,
                i.revoked_at, i.expires_at, i.extra_minutes, i.extra_percent, a.title, a.instructions, a.duration_minutes, a.opens_at, a.closes_at, a.languages, a.feedback,
                a.created_at AS assessment_created_at
         FROM invitations i JOIN assessments a ON a.id = i.assessment_id WHERE i.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(&store.pool)
    .await?;
    Ok(row.map(|row| {
        (
            Invitation {
                id: row.id,
                assessment_id: row.assessment_id,
                name: row.name,
                email: row.email,
                token_hash: row.token_hash,
                created_at: row.created_at,
                revoked_at: row.revoked_at,
                expires_at: row.expires_at,
                extra_minutes: row.extra_minutes,
                extra_percent: row.extra_percent,
            },
            Assessment {
                id: row.assessment_id,
                title: row.title,
                instructions: row.instructions,
                duration_minutes: row.duration_minutes,
                opens_at: row.opens_at,
                closes_at: row.closes_at,
                languages: row.languages,
                feedback: row.feedback,
                created_at: row.assessment_created_at,
            },
        )
    }))
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Attempt {
    pub id: i64,
    pub invitation_id: i64,
    pub started_at: i64,
    pub deadline: i64,
    pub finished_at: Option<i64>,
    /// When the drafts left unsubmitted at its end were submitted (see `closing`).
    pub closed_at: Option<i64>,
    /// The extra time the deadline holds.
    pub extra_ms: i64,
}

const ATTEMPT: &str = "id, invitation_id, started_at, deadline, finished_at, closed_at, extra_ms";

impl Attempt {
    /// Whether submissions are still taken at `now`.
    pub fn open_at(&self, now: i64) -> bool {
        self.finished_at.is_none() && now < self.deadline
    }

    /// When the attempt ended or will end: finished early, or at the deadline.
    pub fn end(&self) -> i64 {
        self.finished_at.unwrap_or(self.deadline).min(self.deadline)
    }

    /// How the attempt ended, once it has: [`Ending::Finished`] by the
    /// candidate before the deadline, else [`Ending::TimeUp`].
    pub fn ending(&self, now: i64) -> Option<Ending> {
        ending(self.finished_at, Some(self.deadline), now)
    }
}

/// How an attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The candidate pressed Finish before the deadline.
    Finished,
    /// The deadline passed (a finish after it records the deadline).
    TimeUp,
}

impl Ending {
    pub fn as_str(self) -> &'static str {
        match self {
            Ending::Finished => "finished",
            Ending::TimeUp => "time_up",
        }
    }
}

/// How an attempt with these times ended, if it has by `now`.
pub fn ending(finished_at: Option<i64>, deadline: Option<i64>, now: i64) -> Option<Ending> {
    let deadline = deadline?;
    match finished_at {
        Some(finished) if finished < deadline => Some(Ending::Finished),
        Some(_) => Some(Ending::TimeUp),
        None if now >= deadline => Some(Ending::TimeUp),
        None => None,
    }
}

pub async fn attempt(store: &Store, invitation_id: i64) -> sqlx::Result<Option<Attempt>> {
    sqlx::query_as(&format!("SELECT {ATTEMPT} FROM attempts WHERE invitation_id = $1"))
        .bind(invitation_id)
        .fetch_optional(&store.pool)
        .await
}

/// Starts the invitation's attempt, or returns the one already started: starting
/// twice (a double click, a retried request) must not move the deadline.
/// `deadline` includes the invitation's extra time, `extra_ms`.
pub async fn start(store: &Store, invitation_id: i64, now: i64, deadline: i64, extra_ms: i64) -> sqlx::Result<Attempt> {
    sqlx::query(
        "INSERT INTO attempts (invitation_id, started_at, deadline, extra_ms) VALUES ($1, $2, $3, $4) ON CONFLICT (invitation_id) DO NOTHING",
    )
    .bind(invitation_id)
    .bind(now)
    .bind(deadline)
    .bind(extra_ms)
    .execute(&store.pool)
    .await?;
    Ok(attempt(store, invitation_id)
        .await?
        .expect("the attempt was just inserted"))
}

/// Marks the attempt finished now, unless it already was; never later than
/// its deadline (a finish after it records the deadline: that is when it ended).
pub async fn finish(store: &Store, attempt_id: i64, now: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE attempts SET finished_at = CASE WHEN deadline < $1 THEN deadline ELSE $1 END
         WHERE id = $2 AND finished_at IS NULL",
    )
    .bind(now)
    .bind(attempt_id)
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// Counts one run of the attempt and the processor time it took.
pub async fn count_run(store: &Store, attempt_id: i64, cpu_ms: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE attempts SET runs = runs + 1, run_cpu_ms = run_cpu_ms + $1 WHERE id = $2")
        .bind(cpu_ms)
        .bind(attempt_id)
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// One row per invitation of the assessment, with its attempt if started.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Roster {
    pub invitation_id: i64,
    pub name: String,
    pub email: String,
    pub attempt_id: Option<i64>,
    pub started_at: Option<i64>,
    pub deadline: Option<i64>,
    pub finished_at: Option<i64>,
    /// Runs the candidate made (samples or custom input), and their processor time.
    pub runs: Option<i64>,
    pub run_cpu_ms: Option<i64>,
    pub revoked_at: Option<i64>,
    pub expires_at: Option<i64>,
    pub extra_minutes: i64,
    pub extra_percent: i64,
}

pub async fn roster(store: &Store, assessment_id: i64) -> sqlx::Result<Vec<Roster>> {
    sqlx::query_as(
        "SELECT i.id AS invitation_id, i.name, i.email, a.id AS attempt_id, a.started_at, a.deadline, a.finished_at,
                a.runs, a.run_cpu_ms, i.revoked_at, i.expires_at, i.extra_minutes, i.extra_percent
         FROM invitations i LEFT JOIN attempts a ON a.invitation_id = i.id
         WHERE i.assessment_id = $1 ORDER BY i.id",
    )
    .bind(assessment_id)
    .fetch_all(&store.pool)
    .await
}

/// Marks the attempt closed at `now` if it is over and not closed yet; the
/// attempt when this call closed it. The row stays locked for the rest of the
/// transaction, so a submission racing the end is either in before or refused.
pub async fn claim_close(conn: &mut sqlx::AnyConnection, attempt_id: i64, now: i64) -> sqlx::Result<Option<Attempt>> {
    sqlx::query_as(
        "UPDATE attempts SET closed_at = $2
         WHERE id = $1 AND closed_at IS NULL AND (finished_at IS NOT NULL OR deadline <= $2)
         RETURNING id, invitation_id, started_at, deadline, finished_at, closed_at, extra_ms",
    )
    .bind(attempt_id)
    .bind(now)
    .fetch_optional(conn)
    .await
}

/// Attempts over by `now` and not closed yet, oldest deadline first.
pub async fn to_close(store: &Store, now: i64, limit: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM attempts WHERE closed_at IS NULL AND (finished_at IS NOT NULL OR deadline <= $1)
         ORDER BY deadline LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&store.pool)
    .await
}

/// The problems of the invitation's assessment: (problem id, pinned version).
pub async fn problems_of_invitation(
    conn: &mut sqlx::AnyConnection,
    invitation_id: i64,
) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as(
        "SELECT ap.problem_id, ap.problem_hash FROM assessment_problems ap
         JOIN invitations i ON i.assessment_id = ap.assessment_id
         WHERE i.id = $1 ORDER BY ap.position",
    )
    .bind(invitation_id)
    .fetch_all(conn)
    .await
}
