//! The service's operations, whatever carries them (HTTP today): who may do
//! what, every input checked, the deadline and the limits enforced, and the
//! answers as JSON. Storage is in `store`, judging in `queue` and `worker`.

use crate::catalog::Catalog;
use crate::config::Settings;
use crate::judging::Judging;
use crate::queue::Queue;
use crate::secret;
use crate::store::assessments::{self, Assessment, Attempt, Invitation, NewAssessment};
use crate::store::submissions::{self, NewSubmission, Status};
use crate::store::{audit, now_ms, rfc3339, tokens, Store};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Why a request is refused. Each maps to one HTTP status; the message says
/// what is wrong and how to fix it.
#[derive(Debug)]
pub enum Error {
    BadRequest(String),
    Unauthorized(String),
    Forbidden(String),
    NotFound(String),
    Conflict(String),
    TooLarge(String),
    TooMany {
        message: String,
        retry_after: u64,
    },
    /// The server is at capacity for this: try again after `retry_after` seconds.
    Unavailable {
        message: String,
        retry_after: u64,
    },
    /// The server's fault: logged in full, answered without details.
    Internal(anyhow::Error),
}

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Error {
        Error::Internal(err.into())
    }
}

impl From<anyhow::Error> for Error {
    fn from(err: anyhow::Error) -> Error {
        Error::Internal(err)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Refuses text holding a NUL character: PostgreSQL's TEXT cannot store one,
/// and no name, source or input needs it. Every string of a request (bodies,
/// path and query) passes here before it reaches the database.
pub fn refuse_nul(what: &str, text: &str) -> Result<()> {
    if text.contains('\0') {
        return Err(bad(format!(
            "{what} contains a NUL character (\\0 or %00), which is not accepted: remove it"
        )));
    }
    Ok(())
}

fn bad(message: impl Into<String>) -> Error {
    Error::BadRequest(message.into())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Admin,
    Author,
    Grader,
}

impl Role {
    pub fn parse(name: &str) -> Option<Role> {
        match name {
            "admin" => Some(Role::Admin),
            "author" => Some(Role::Author),
            "grader" => Some(Role::Grader),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Author => "author",
            Role::Grader => "grader",
        }
    }
}

/// A caller holding an API token.
#[derive(Clone, Debug)]
pub struct Staff {
    pub token_id: i64,
    pub role: Role,
}

impl Staff {
    /// Admins may do everything; the others what `roles` names.
    pub(crate) fn require(&self, roles: &[Role], what: &str) -> Result<()> {
        if self.role == Role::Admin || roles.contains(&self.role) {
            return Ok(());
        }
        let allowed: Vec<&str> = std::iter::once("admin")
            .chain(roles.iter().map(|r| r.as_str()))
            .collect();
        Err(Error::Forbidden(format!(
            "{what} needs the role {}; this token's role is {}",
            allowed.join(" or "),
            self.role.as_str()
        )))
    }
}

/// A candidate, known by their invitation token.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub invitation: Invitation,
    pub assessment: Assessment,
}

/// What candidates see of their judgements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feedback {
    /// Only whether judging is done.
    None,
    /// The verdict and the score.
    Verdict,
    /// The verdict, the score, and each sample test's result.
    Samples,
    /// The verdict, the score, and every test's verdict (never hidden inputs,
    /// outputs or checker messages).
    Full,
}

impl Feedback {
    const NAMES: &'static str = "none, verdict, samples, full";

    fn parse(name: &str) -> Option<Feedback> {
        Some(match name {
            "none" => Feedback::None,
            "verdict" => Feedback::Verdict,
            "samples" => Feedback::Samples,
            "full" => Feedback::Full,
            _ => return None,
        })
    }
}

/// Wakes what waits on the queue in this process: workers on new jobs, live
/// verdict streams on finished ones. Other processes poll the database.
#[derive(Default)]
pub struct Signals {
    pub jobs: tokio::sync::Notify,
    pub judged: tokio::sync::Notify,
}

pub struct Service {
    pub store: Store,
    pub settings: Settings,
    pub catalog: Arc<Catalog>,
    pub judging: Arc<Judging>,
    pub queue: Queue,
    pub signals: Arc<Signals>,
    runs: RateLimiter,
    run_slots: tokio::sync::Semaphore,
    /// Serialises each attempt's submissions in this process (by attempt id
    /// modulo their number: a bounded set, shared by unrelated attempts).
    attempt_sections: Vec<tokio::sync::Mutex<()>>,
    /// Attempts with a run under way: one at a time each.
    running: Arc<std::sync::Mutex<std::collections::HashSet<i64>>>,
    /// Live event streams: open ones per invitation, and a permit each of all.
    streams: Arc<std::sync::Mutex<std::collections::HashMap<i64, usize>>>,
    stream_slots: Arc<tokio::sync::Semaphore>,
    /// Turns true when the server stops: live streams end on it.
    shutdown: tokio::sync::watch::Sender<bool>,
}

/// How long a run waits for a free slot before the server says it is busy.
const RUN_WAIT: Duration = Duration::from_secs(10);

/// Held while a run goes on: its attempt may start no other.
struct RunGuard {
    running: Arc<std::sync::Mutex<std::collections::HashSet<i64>>>,
    attempt: i64,
}

impl Drop for RunGuard {
    fn drop(&mut self) {
        self.running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.attempt);
    }
}

/// Held by a live event stream for as long as it is open.
pub struct StreamGuard {
    streams: Arc<std::sync::Mutex<std::collections::HashMap<i64, usize>>>,
    invitation: i64,
    _slot: tokio::sync::OwnedSemaphorePermit,
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        let mut streams = self.streams.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(open) = streams.get_mut(&self.invitation) {
            *open -= 1;
            if *open == 0 {
                streams.remove(&self.invitation);
            }
        }
    }
}

const SECTIONS: usize = 64;

impl Service {
    pub fn new(store: Store, settings: Settings, judging: Arc<Judging>) -> Service {
        let catalog = Arc::new(Catalog::new(store.clone(), &judging.bench.cache));
        let queue = Queue::new(store.clone(), Duration::from_secs(settings.lease_seconds));
        Service {
            runs: RateLimiter::new(settings.runs_per_minute, Duration::from_secs(60)),
            run_slots: tokio::sync::Semaphore::new(settings.concurrent_runs.max(1)),
            attempt_sections: (0..SECTIONS).map(|_| tokio::sync::Mutex::new(())).collect(),
            running: Arc::default(),
            streams: Arc::default(),
            stream_slots: Arc::new(tokio::sync::Semaphore::new(settings.max_event_streams.max(1))),
            shutdown: tokio::sync::watch::channel(false).0,
            store,
            settings,
            catalog,
            judging,
            queue,
            signals: Arc::default(),
        }
    }

    /// Ends the live event streams: the server is stopping, and a graceful
    /// shutdown would otherwise wait for them.
    pub fn shut_down(&self) {
        self.shutdown.send_replace(true);
    }

    /// Turns true once [`Service::shut_down`] was called.
    pub fn stopping(&self) -> tokio::sync::watch::Receiver<bool> {
        self.shutdown.subscribe()
    }

    /// A place for one more live event stream of the invitation, refused when
    /// it has too many open or the server has no room for more.
    pub fn open_stream(&self, candidate: &Candidate) -> Result<StreamGuard> {
        let invitation = candidate.invitation.id;
        let mut streams = self.streams.lock().unwrap_or_else(|e| e.into_inner());
        let open = streams.get(&invitation).copied().unwrap_or(0);
        if open >= crate::config::STREAMS_PER_INVITATION {
            return Err(Error::TooMany {
                message: format!(
                    "{open} live event streams are already open for this invitation, the most allowed: close other tabs of the assessment"
                ),
                retry_after: 10,
            });
        }
        let slot = self
            .stream_slots
            .clone()
            .try_acquire_owned()
            .map_err(|_| Error::Unavailable {
                message: "the server has no room for more live event streams: try again shortly".into(),
                retry_after: 30,
            })?;
        streams.insert(invitation, open + 1);
        Ok(StreamGuard {
            streams: self.streams.clone(),
            invitation,
            _slot: slot,
        })
    }

    /// A worker judging for this service, in this process.
    pub fn worker(&self, name: String) -> crate::worker::Worker {
        crate::worker::Worker {
            name,
            store: self.store.clone(),
            queue: self.queue.clone(),
            catalog: self.catalog.clone(),
            judging: self.judging.clone(),
            signals: self.signals.clone(),
        }
    }

    /// Whether candidates' work is under way or waiting: judging jobs (of any
    /// process) or runs in this one. Background work gives way to it.
    pub async fn busy(&self) -> sqlx::Result<bool> {
        if self.run_slots.available_permits() < self.settings.concurrent_runs.max(1) {
            return Ok(true);
        }
        self.queue.busy().await
    }

    // ---- authentication ----

    pub async fn staff(&self, token: &str) -> Result<Staff> {
        if token.starts_with(secret::INVITATION_PREFIX) {
            return Err(Error::Forbidden(
                "this route takes an API token (oa token create); an invitation token opens /api/attempt only".into(),
            ));
        }
        let hash = secret::hash(token);
        let found = tokens::find(&self.store, &hash).await?;
        match found {
            Some(row) if secret::same(&row.token_hash, &hash) => {
                let role = Role::parse(&row.role).ok_or_else(|| {
                    Error::Internal(anyhow::anyhow!("token {} has the unknown role {}", row.id, row.role))
                })?;
                Ok(Staff { token_id: row.id, role })
            }
            _ => Err(Error::Unauthorized(
                "the API token is not valid (revoked, mistyped, or for another server)".into(),
            )),
        }
    }

    pub async fn candidate(&self, token: &str) -> Result<Candidate> {
        if token.starts_with(secret::API_PREFIX) {
            return Err(Error::Forbidden(
                "/api/attempt takes a candidate's invitation token, not an API token".into(),
            ));
        }
        let hash = secret::hash(token);
        match assessments::invitation_by_token(&self.store, &hash).await? {
            Some((invitation, assessment)) if secret::same(&invitation.token_hash, &hash) => {
                Ok(Candidate { invitation, assessment })
            }
            _ => Err(Error::Unauthorized(
                "the invitation token is not valid: use the link from your invitation".into(),
            )),
        }
    }

    // ---- staff: assessments, invitations, results, submissions ----

    pub async fn create_assessment(&self, staff: &Staff, body: NewAssessmentBody) -> Result<Value> {
        staff.require(&[Role::Author], "creating an assessment")?;
        let title = body.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            return Err(bad("`title` must be 1 to 200 characters"));
        }
        let instructions = body.instructions.unwrap_or_default();
        if instructions.len() > 20_000 {
            return Err(bad("`instructions` must be at most 20000 bytes"));
        }
        if !(1..=7 * 24 * 60).contains(&body.duration_minutes) {
            return Err(bad("`duration_minutes` must be from 1 to 10080 (a week)"));
        }
        if body.problems.is_empty() || body.problems.len() > 50 {
            return Err(bad("`problems` must list 1 to 50 problem ids"));
        }
        let mut pinned = Vec::new();
        for id in &body.problems {
            if pinned.iter().any(|(pinned_id, _): &(String, String)| pinned_id == id) {
                return Err(bad(format!("`problems` lists `{id}` twice")));
            }
            let version = crate::store::problems::current(&self.store, id).await?.ok_or_else(|| {
                bad(format!(
                    "no problem `{id}`: use the id of a problem in the server's problems folder (its folder name)"
                ))
            })?;
            pinned.push((id.clone(), version.hash));
        }
        let known = self.judging.languages();
        let languages = match body.languages {
            None => known.clone(),
            Some(list) => {
                if list.is_empty() {
                    return Err(bad(
                        "`languages` must not be empty; leave it out to allow every language",
                    ));
                }
                let mut chosen: Vec<String> = Vec::new();
                for language in list {
                    if !known.contains(&language) {
                        return Err(bad(format!(
                            "unknown language `{language}`; known: {}",
                            known.join(", ")
                        )));
                    }
                    if !chosen.contains(&language) {
                        chosen.push(language);
                    }
                }
                chosen
            }
        };
        let feedback = body.feedback.unwrap_or_else(|| "samples".into());
        if Feedback::parse(&feedback).is_none() {
            return Err(bad(format!("`feedback` must be one of {}", Feedback::NAMES)));
        }
        let time = |field: &str, value: &Option<String>| -> Result<Option<i64>> {
            value
                .as_deref()
                .map(|text| {
                    crate::store::parse_rfc3339(text)
                        .ok_or_else(|| bad(format!("`{field}` must be an RFC 3339 time like 2030-01-31T09:00:00Z")))
                })
                .transpose()
        };
        let (opens_at, closes_at) = (time("opens_at", &body.opens_at)?, time("closes_at", &body.closes_at)?);
        if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
            if closes <= opens {
                return Err(bad("`closes_at` must be after `opens_at`"));
            }
        }
        let id = assessments::create(
            &self.store,
            &NewAssessment {
                title,
                instructions: &instructions,
                duration_minutes: body.duration_minutes,
                opens_at,
                closes_at,
                languages: &languages,
                feedback: &feedback,
                created_by: staff.token_id,
                problems: &pinned,
            },
        )
        .await?;
        audit::record(
            &self.store,
            staff.token_id,
            "assessment.create",
            &format!("assessment/{id}"),
            &json!({ "problems": pinned }),
        )
        .await?;
        tracing::info!(assessment = id, actor = staff.token_id, "assessment created");
        self.assessment_json(id).await
    }

    async fn assessment_json(&self, id: i64) -> Result<Value> {
        let assessment = self.assessment(id).await?;
        let problems = assessments::problems(&self.store, id).await?;
        let mut shown = assessment_terms(&assessment);
        shown["id"] = json!(assessment.id);
        shown["problems"] = problems
            .iter()
            .map(|p| json!({"id": p.problem_id, "version": p.problem_hash, "title": p.title, "max_score": p.max_score}))
            .collect();
        shown["created_at"] = json!(rfc3339(assessment.created_at));
        Ok(shown)
    }

    async fn assessment(&self, id: i64) -> Result<Assessment> {
        assessments::get(&self.store, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no assessment {id}")))
    }

    pub async fn invite(&self, staff: &Staff, assessment_id: i64, body: InvitationBody) -> Result<Value> {
        staff.require(&[Role::Grader], "inviting candidates")?;
        self.assessment(assessment_id).await?;
        let name = body.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(bad("`name` must be 1 to 200 characters"));
        }
        let email = body.email.trim();
        let plausible = email.len() <= 320
            && !email.chars().any(char::is_whitespace)
            && email
                .split_once('@')
                .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.') && !domain.contains('@'));
        if !plausible {
            return Err(bad(format!("`email` {email:?} is not an email address")));
        }
        let token = secret::new_token(secret::INVITATION_PREFIX)?;
        let invitation = assessments::invite(&self.store, assessment_id, name, email, &secret::hash(&token)).await?;
        audit::record(
            &self.store,
            staff.token_id,
            "invitation.create",
            &format!("invitation/{}", invitation.id),
            &json!({ "assessment": assessment_id }),
        )
        .await?;
        tracing::info!(
            invitation = invitation.id,
            assessment = assessment_id,
            actor = staff.token_id,
            "candidate invited"
        );
        Ok(json!({
            "id": invitation.id,
            "assessment_id": assessment_id,
            "name": invitation.name,
            "email": invitation.email,
            // Shown once: only its hash is kept.
            "token": token,
            // The token rides in the fragment, which browsers never send to servers or in Referer headers.
            "url": format!("{}/attempt#{token}", self.settings.public_url.trim_end_matches('/')),
            "created_at": rfc3339(invitation.created_at),
        }))
    }

    /// Each invitation with its attempt and scores: per problem, the best
    /// score among the candidate's judged submissions.
    pub async fn results(&self, staff: &Staff, assessment_id: i64) -> Result<Results> {
        staff.require(&[Role::Grader], "reading results")?;
        self.results_of(assessment_id).await
    }

    /// The results, for whoever was already allowed to see them.
    pub async fn results_of(&self, assessment_id: i64) -> Result<Results> {
        let assessment = self.assessment(assessment_id).await?;
        let problems = assessments::problems(&self.store, assessment_id).await?;
        let roster = assessments::roster(&self.store, assessment_id).await?;
        let statuses = submissions::statuses_of_assessment(&self.store, assessment_id).await?;
        let now = now_ms();
        let mut by_attempt: HashMap<i64, Vec<&Status>> = HashMap::new();
        for status in &statuses {
            by_attempt.entry(status.attempt_id).or_default().push(status);
        }
        let candidates = roster
            .iter()
            .map(|row| {
                let mine = row
                    .attempt_id
                    .and_then(|id| by_attempt.get(&id))
                    .cloned()
                    .unwrap_or_default();
                let per_problem: Vec<ProblemResult> = problems
                    .iter()
                    .map(|problem| {
                        let subs: Vec<&&Status> = mine.iter().filter(|s| s.problem_id == problem.problem_id).collect();
                        let best = subs.iter().filter(|s| s.verdict.is_some()).max_by(|a, b| {
                            a.score
                                .unwrap_or(0.0)
                                .total_cmp(&b.score.unwrap_or(0.0))
                                .then(a.id.cmp(&b.id))
                        });
                        ProblemResult {
                            id: problem.problem_id.clone(),
                            score: best.and_then(|s| s.score).unwrap_or(0.0),
                            max_score: problem.max_score,
                            verdict: best.and_then(|s| s.verdict.clone()),
                            submissions: subs.len(),
                            pending: subs
                                .iter()
                                .filter(|s| matches!(s.status(), "queued" | "judging"))
                                .count(),
                        }
                    })
                    .collect();
                let state = match (row.started_at, row.finished_at, row.deadline) {
                    (None, _, _) => "invited",
                    (Some(_), Some(_), _) => "finished",
                    (Some(_), None, Some(deadline)) if now >= deadline => "finished",
                    _ => "in_progress",
                };
                CandidateResult {
                    invitation_id: row.invitation_id,
                    name: row.name.clone(),
                    email: row.email.clone(),
                    state,
                    started_at: row.started_at.map(rfc3339),
                    deadline: row.deadline.map(rfc3339),
                    finished_at: row
                        .finished_at
                        .or(row.deadline.filter(|d| now >= *d && row.started_at.is_some()))
                        .map(rfc3339),
                    score: round(per_problem.iter().map(|p| p.score).sum()),
                    max_score: round(problems.iter().map(|p| p.max_score).sum()),
                    pending: per_problem.iter().map(|p| p.pending).sum(),
                    problems: per_problem,
                }
            })
            .collect();
        Ok(Results {
            assessment_id,
            title: assessment.title,
            problems: problems.iter().map(|p| p.problem_id.clone()).collect(),
            candidates,
        })
    }

    /// A submission with its source and every judgement, for graders.
    pub async fn submission(&self, staff: &Staff, id: i64) -> Result<Value> {
        staff.require(&[Role::Grader, Role::Author], "reading submissions")?;
        let submission = submissions::get(&self.store, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no submission {id}")))?;
        let status = submissions::status(&self.store, id).await?;
        let progress = status.as_ref().and_then(|s| progress_json(s, true));
        let status = status.as_ref().map(|s| s.status()).unwrap_or("queued");
        let judgements = submissions::judgements(&self.store, id).await?;
        audit::record(
            &self.store,
            staff.token_id,
            "submission.read",
            &format!("submission/{id}"),
            &json!({}),
        )
        .await?;
        Ok(json!({
            "id": submission.id,
            "attempt_id": submission.attempt_id,
            "problem": submission.problem_id,
            "problem_version": submission.problem_hash,
            "language": submission.language,
            "source": submission.source,
            "source_sha256": submission.source_hash,
            "created_at": rfc3339(submission.created_at),
            "status": status,
            "progress": progress,
            "judgements": judgements.iter().map(|j| json!({
                "id": j.id,
                "current": j.current == 1,
                "rejudge_id": j.rejudge_id,
                "problem_version": j.problem_hash,
                "engine": j.engine,
                "verdict": j.verdict,
                "score": j.score,
                "max_score": j.max_score,
                "message": j.message,
                "tests": serde_json::from_str::<Value>(&j.tests).unwrap_or(Value::Null),
                "judged_at": rfc3339(j.judged_at),
            })).collect::<Vec<_>>(),
        }))
    }

    // ---- candidates ----

    pub async fn attempt_view(&self, candidate: &Candidate) -> Result<Value> {
        let assessment = &candidate.assessment;
        let problems = assessments::problems(&self.store, assessment.id).await?;
        let attempt = assessments::attempt(&self.store, candidate.invitation.id).await?;
        let statuses = match &attempt {
            Some(attempt) => submissions::statuses_of_attempt(&self.store, attempt.id).await?,
            None => Vec::new(),
        };
        let feedback = feedback_of(assessment);
        let mut terms = assessment_terms(assessment);
        terms["limits"] = json!({
            "max_source_bytes": self.settings.max_source_bytes,
            "submissions_per_minute": self.settings.submissions_per_minute,
            "runs_per_minute": self.settings.runs_per_minute,
        });
        Ok(json!({
            "candidate": { "name": candidate.invitation.name },
            "assessment": terms,
            "problems": problems.iter().map(|p| json!({"id": p.problem_id, "title": p.title, "max_score": p.max_score})).collect::<Vec<_>>(),
            "attempt": attempt.as_ref().map(attempt_json),
            "submissions": statuses.iter().map(|s| status_json(s, feedback)).collect::<Vec<_>>(),
        }))
    }

    pub async fn start(&self, candidate: &Candidate) -> Result<Value> {
        let assessment = &candidate.assessment;
        let now = now_ms();
        if let Some(attempt) = assessments::attempt(&self.store, candidate.invitation.id).await? {
            return Ok(attempt_json(&attempt));
        }
        if let Some(opens) = assessment.opens_at.filter(|opens| now < *opens) {
            return Err(Error::Forbidden(format!(
                "the assessment opens at {}; start it then",
                rfc3339(opens)
            )));
        }
        if let Some(closes) = assessment.closes_at.filter(|closes| now >= *closes) {
            return Err(Error::Forbidden(format!(
                "the assessment closed at {}",
                rfc3339(closes)
            )));
        }
        let mut deadline = now + assessment.duration_minutes * 60_000;
        if let Some(closes) = assessment.closes_at {
            deadline = deadline.min(closes);
        }
        let attempt = assessments::start(&self.store, candidate.invitation.id, now, deadline).await?;
        tracing::info!(
            attempt = attempt.id,
            invitation = candidate.invitation.id,
            "attempt started"
        );
        Ok(attempt_json(&attempt))
    }

    pub async fn finish(&self, candidate: &Candidate) -> Result<Value> {
        let attempt = self.started(candidate).await?;
        assessments::finish(&self.store, attempt.id, now_ms()).await?;
        let attempt = self.started(candidate).await?;
        tracing::info!(attempt = attempt.id, "attempt finished");
        Ok(attempt_json(&attempt))
    }

    async fn started(&self, candidate: &Candidate) -> Result<Attempt> {
        assessments::attempt(&self.store, candidate.invitation.id)
            .await?
            .ok_or_else(|| Error::Conflict("the attempt has not started: POST /api/attempt/start first".into()))
    }

    /// The attempt, refused unless it is still open for code.
    async fn open(&self, candidate: &Candidate) -> Result<Attempt> {
        let attempt = self.started(candidate).await?;
        let now = now_ms();
        if attempt.finished_at.is_some() {
            return Err(Error::Forbidden(
                "the attempt is finished: no more code is taken".into(),
            ));
        }
        if now >= attempt.deadline {
            return Err(Error::Forbidden(format!(
                "the deadline passed at {}: no more code is taken",
                rfc3339(attempt.deadline)
            )));
        }
        Ok(attempt)
    }

    /// The problem of the assessment, by id, with its pinned version.
    async fn assessment_problem(
        &self,
        candidate: &Candidate,
        problem_id: &str,
    ) -> Result<(String, Arc<crate::problem::Problem>)> {
        let problems = assessments::problems(&self.store, candidate.assessment.id).await?;
        let Some(found) = problems.iter().find(|p| p.problem_id == problem_id) else {
            let ids: Vec<&str> = problems.iter().map(|p| p.problem_id.as_str()).collect();
            return Err(Error::NotFound(format!(
                "no problem `{problem_id}` in this assessment; its problems: {}",
                ids.join(", ")
            )));
        };
        let problem = self.catalog.problem(&found.problem_hash).await?;
        Ok((found.problem_hash.clone(), problem))
    }

    pub async fn problem_view(&self, candidate: &Candidate, problem_id: &str) -> Result<Value> {
        self.started(candidate).await?;
        let (_, problem) = self.assessment_problem(candidate, problem_id).await?;
        let judging = self.judging.clone();
        let view = tokio::task::spawn_blocking(move || statement_view(&problem, &judging))
            .await
            .map_err(|err| Error::Internal(err.into()))??;
        Ok(view)
    }

    /// Checks what every piece of code sent must pass: a problem of the
    /// assessment, an allowed language, a source within the size limit.
    fn check_code(&self, candidate: &Candidate, language: &str, source: &str) -> Result<()> {
        let allowed = candidate.assessment.languages();
        if !allowed.iter().any(|l| l == language) {
            return Err(bad(format!(
                "the language `{language}` is not allowed in this assessment; allowed: {}",
                allowed.join(", ")
            )));
        }
        if source.trim().is_empty() {
            return Err(bad("`source` is empty"));
        }
        if source.len() > self.settings.max_source_bytes {
            return Err(Error::TooLarge(format!(
                "the source is {} bytes, above the limit of {} bytes",
                source.len(),
                self.settings.max_source_bytes
            )));
        }
        Ok(())
    }

    pub async fn submit(&self, candidate: &Candidate, body: CodeBody) -> Result<Value> {
        let attempt = self.open(candidate).await?;
        self.check_code(candidate, &body.language, &body.source)?;
        if body.input.is_some() {
            return Err(bad(
                "`input` is for POST /api/attempt/run; a submission is judged on the problem's tests",
            ));
        }
        let (hash, _) = self.assessment_problem(candidate, &body.problem).await?;
        let source_hash = secret::hex(&<sha2::Sha256 as sha2::Digest>::digest(body.source.as_bytes()));
        // The count, the deadline and the insert happen in one section per
        // attempt: the in-process lock queues this server's requests, the row
        // lock other servers' (and keeps SQLite from failing busy writers).
        let _section = self.attempt_sections[attempt.id.rem_euclid(SECTIONS as i64) as usize]
            .lock()
            .await;
        // The submission and its job commit together, before the answer: an
        // accepted submission is always judged, whatever restarts in between.
        let mut tx = self.store.pool.begin().await?;
        submissions::lock_attempt(&mut tx, attempt.id).await?;
        let now = now_ms();
        let recent = submissions::count_since(&mut tx, attempt.id, now - 60_000).await?;
        if recent >= i64::from(self.settings.submissions_per_minute) {
            tx.rollback().await?;
            return Err(Error::TooMany {
                message: format!(
                    "at most {} submissions a minute: wait a little, and test with POST /api/attempt/run meanwhile",
                    self.settings.submissions_per_minute
                ),
                retry_after: 60,
            });
        }
        let inserted = submissions::insert(
            &mut tx,
            &NewSubmission {
                attempt_id: attempt.id,
                problem_id: &body.problem,
                problem_hash: &hash,
                language: &body.language,
                source: &body.source,
                source_hash: &source_hash,
                created_at: now,
            },
        )
        .await?;
        let Some(id) = inserted else {
            tx.rollback().await?;
            // Finished or past the deadline since it was checked above.
            return Err(match self.open(candidate).await {
                Err(err) => err,
                Ok(_) => Error::Forbidden("the attempt is over: no more code is taken".into()),
            });
        };
        crate::queue::enqueue(&mut tx, id, &hash, None).await?;
        tx.commit().await?;
        self.signals.jobs.notify_waiters();
        self.signals.jobs.notify_one();
        tracing::info!(submission = id, attempt = attempt.id, problem = %body.problem, language = %body.language, bytes = body.source.len(), "submission accepted");
        Ok(json!({
            "id": id,
            "problem": body.problem,
            "language": body.language,
            "status": "queued",
            "created_at": rfc3339(now),
        }))
    }

    pub async fn candidate_submission(&self, candidate: &Candidate, id: i64) -> Result<Value> {
        let attempt = self.started(candidate).await?;
        // Another candidate's submission is answered exactly like a missing one.
        let status = submissions::status(&self.store, id)
            .await?
            .filter(|s| s.attempt_id == attempt.id)
            .ok_or_else(|| Error::NotFound(format!("no submission {id} in your attempt")))?;
        let feedback = feedback_of(&candidate.assessment);
        let mut view = status_json(&status, feedback);
        if status.verdict.is_some() && feedback != Feedback::None {
            if let Some(judgement) = submissions::current_judgement(&self.store, id).await? {
                view["message"] = json!(judgement.message);
                if let Some(tests) = tests_for_candidate(&judgement.tests, feedback) {
                    view["tests"] = tests;
                }
            }
        }
        if let Some(submission) = submissions::get(&self.store, id).await? {
            view["source"] = json!(submission.source);
        }
        Ok(view)
    }

    /// Runs code without recording a submission: on the problem's samples, or
    /// once on the candidate's own input.
    pub async fn run(&self, candidate: &Candidate, body: CodeBody) -> Result<Value> {
        let attempt = self.open(candidate).await?;
        self.check_code(candidate, &body.language, &body.source)?;
        if let Some(input) = &body.input {
            if input.len() > self.settings.max_input_bytes {
                return Err(Error::TooLarge(format!(
                    "the input is {} bytes, above the limit of {} bytes",
                    input.len(),
                    self.settings.max_input_bytes
                )));
            }
        }
        let (hash, problem) = self.assessment_problem(candidate, &body.problem).await?;
        if let Err(wait) = self.runs.admit(attempt.id) {
            return Err(Error::TooMany {
                message: format!(
                    "at most {} runs a minute: try again in {} s",
                    self.settings.runs_per_minute,
                    wait.as_secs().max(1)
                ),
                retry_after: wait.as_secs().max(1),
            });
        }
        let _running = {
            let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
            if !running.insert(attempt.id) {
                return Err(Error::TooMany {
                    message: "a run of this attempt is already under way: wait for its result".into(),
                    retry_after: 5,
                });
            }
            RunGuard {
                running: self.running.clone(),
                attempt: attempt.id,
            }
        };
        // A bounded wait: under load, runs are refused rather than queued without end.
        let _slot = match tokio::time::timeout(RUN_WAIT, self.run_slots.acquire()).await {
            Ok(slot) => slot.map_err(|err| Error::Internal(err.into()))?,
            Err(_) => {
                return Err(Error::Unavailable {
                    message: "every run slot is busy: try again in a few seconds".into(),
                    retry_after: 5,
                })
            }
        };
        let judging = self.judging.clone();
        let CodeBody {
            language,
            source,
            input,
            ..
        } = body;
        tracing::info!(attempt = attempt.id, problem = %problem.id, language = %language, custom = input.is_some(), "run");
        let view = tokio::task::spawn_blocking(move || -> anyhow::Result<Value> {
            match input {
                Some(input) => {
                    let run = judging.run_input(&problem, &language, &source, input.into_bytes())?;
                    Ok(json!({ "mode": "custom", "run": run }))
                }
                None => {
                    let report = judging.run_samples(&hash, &problem, &language, &source)?;
                    let samples = samples_of(&problem);
                    let tests: Vec<Value> = report
                        .tests
                        .iter()
                        .zip(report.sample_outputs.iter().chain(std::iter::repeat(&None)))
                        .map(|(test, output)| {
                            let sample = samples.iter().find(|s| s.0 == test.name);
                            json!({
                                "name": test.name,
                                "verdict": test.verdict,
                                "time_seconds": seconds(test.instructions, report.time_multiplier),
                                "memory_bytes": test.memory_bytes,
                                "message": test.message,
                                "input": sample.map(|s| s.1.clone()),
                                "answer": sample.map(|s| s.2.clone()),
                                "output": output,
                            })
                        })
                        .collect();
                    Ok(json!({ "mode": "samples", "verdict": report.verdict, "message": report.message, "tests": tests }))
                }
            }
        })
        .await
        .map_err(|err| Error::Internal(err.into()))?;
        match view {
            Ok(view) => Ok(view),
            Err(err) => Err(Error::Internal(err)),
        }
    }

    /// The current statuses of the attempt's submissions, for the live stream.
    pub async fn attempt_statuses(&self, candidate: &Candidate) -> Result<(Attempt, Vec<Value>)> {
        let attempt = self.started(candidate).await?;
        let statuses = submissions::statuses_of_attempt(&self.store, attempt.id).await?;
        let feedback = feedback_of(&candidate.assessment);
        Ok((attempt, statuses.iter().map(|s| status_json(s, feedback)).collect()))
    }
}

/// Bodies of `POST /api/assessments`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAssessmentBody {
    pub title: String,
    pub problems: Vec<String>,
    pub duration_minutes: i64,
    pub languages: Option<Vec<String>>,
    pub instructions: Option<String>,
    pub feedback: Option<String>,
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvitationBody {
    pub name: String,
    pub email: String,
}

/// Code sent by a candidate, to run or to submit.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeBody {
    pub problem: String,
    pub language: String,
    pub source: String,
    /// For runs: custom input instead of the samples.
    pub input: Option<String>,
}

#[derive(Debug, serde::Serialize)]
pub struct Results {
    pub assessment_id: i64,
    pub title: String,
    pub problems: Vec<String>,
    pub candidates: Vec<CandidateResult>,
}

#[derive(Debug, serde::Serialize)]
pub struct CandidateResult {
    pub invitation_id: i64,
    pub name: String,
    pub email: String,
    /// `invited`, `in_progress` or `finished`.
    pub state: &'static str,
    pub started_at: Option<String>,
    pub deadline: Option<String>,
    pub finished_at: Option<String>,
    pub score: f64,
    pub max_score: f64,
    /// Submissions not judged yet: the scores can still change.
    pub pending: usize,
    pub problems: Vec<ProblemResult>,
}

#[derive(Debug, serde::Serialize)]
pub struct ProblemResult {
    pub id: String,
    pub score: f64,
    pub max_score: f64,
    pub verdict: Option<String>,
    pub submissions: usize,
    pub pending: usize,
}

impl Results {
    /// One row per invitation: name, email, state, times, total, then each problem's score.
    pub fn csv(&self) -> String {
        let mut header: Vec<String> = [
            "invitation_id",
            "name",
            "email",
            "state",
            "started_at",
            "finished_at",
            "score",
            "max_score",
            "pending",
        ]
        .map(String::from)
        .to_vec();
        header.extend(self.problems.iter().cloned());
        let mut out = csv_line(&header);
        for c in &self.candidates {
            let mut row = vec![
                c.invitation_id.to_string(),
                c.name.clone(),
                c.email.clone(),
                c.state.to_string(),
                c.started_at.clone().unwrap_or_default(),
                c.finished_at.clone().unwrap_or_default(),
                c.score.to_string(),
                c.max_score.to_string(),
                c.pending.to_string(),
            ];
            row.extend(c.problems.iter().map(|p| p.score.to_string()));
            out.push_str(&csv_line(&row));
        }
        out
    }
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so
/// that spreadsheets do not run a candidate's name as a formula.
fn csv_line(fields: &[String]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|field| {
            let field = match field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err() {
                true => format!("'{field}"),
                false => field.clone(),
            };
            if field.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field
            }
        })
        .collect();
    format!("{}\r\n", quoted.join(","))
}

fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn seconds(instructions: u64, multiplier: f64) -> f64 {
    instructions as f64 / sandbox::limits::INSTRUCTIONS_PER_SECOND as f64 / multiplier.max(f64::MIN_POSITIVE)
}

fn feedback_of(assessment: &Assessment) -> Feedback {
    Feedback::parse(&assessment.feedback).unwrap_or(Feedback::Verdict)
}

pub fn attempt_json(attempt: &Attempt) -> Value {
    let now = now_ms();
    let state = if attempt.open_at(now) {
        "in_progress"
    } else {
        "finished"
    };
    json!({
        "id": attempt.id,
        "state": state,
        "started_at": rfc3339(attempt.started_at),
        "deadline": rfc3339(attempt.deadline),
        "finished_at": attempt.finished_at.map(rfc3339),
        "remaining_seconds": if state == "in_progress" { (attempt.deadline - now) / 1000 } else { 0 },
    })
}

/// A submission as its candidate sees it under the feedback policy.
fn status_json(status: &Status, feedback: Feedback) -> Value {
    let show = feedback != Feedback::None;
    let mut view = json!({
        "id": status.id,
        "problem": status.problem_id,
        "language": status.language,
        "created_at": rfc3339(status.created_at),
        "status": status.status(),
        "verdict": if show { status.verdict.clone() } else { None },
        "score": if show { status.score } else { None },
        "max_score": if show { status.max_score } else { None },
    });
    // Under `none` nothing of the judging shows, not even its pace; how many
    // failed is shown only where every test's verdict is anyway.
    if feedback == Feedback::None {
        return view;
    }
    if let Some(progress) = progress_json(status, feedback == Feedback::Full) {
        view["progress"] = progress;
    }
    view
}

/// `{"done", "total"}` (and `failed`) while a submission is judged and once it
/// is: none before its first test finished, nor for a compile error. `done`
/// counts the tests run (never skipped ones) until judging ends, then all.
fn progress_json(status: &Status, with_failed: bool) -> Option<Value> {
    if !matches!(status.status(), "judging" | "done") {
        return None;
    }
    let (done, total) = (status.tests_done?, status.tests_total?);
    if total <= 0 {
        return None;
    }
    let mut progress = json!({ "done": done.min(total), "total": total });
    if with_failed {
        progress["failed"] = json!(status.tests_failed.unwrap_or(0));
    }
    Some(progress)
}

/// The per-test results a candidate may see: samples in full under `samples`
/// and `full`, hidden tests' verdicts and resources only under `full`.
/// How coarsely a hidden test's figures are shown to candidates: 10 ms of
/// instructions, and whole MiB.
const HIDDEN_INSTRUCTIONS_STEP: u64 = sandbox::limits::INSTRUCTIONS_PER_SECOND / 100;
const HIDDEN_MEMORY_STEP: u64 = 1 << 20;

fn tests_for_candidate(tests: &str, feedback: Feedback) -> Option<Value> {
    if !matches!(feedback, Feedback::Samples | Feedback::Full) {
        return None;
    }
    let tests: Vec<Value> = serde_json::from_str(tests).ok()?;
    let shown: Vec<Value> = tests
        .into_iter()
        .filter_map(|test| {
            let sample = test["group"] == crate::problem::SAMPLE_GROUP;
            if !sample && feedback != Feedback::Full {
                return None;
            }
            let mut shown = json!({
                "name": test["name"],
                "group": test["group"],
                "verdict": test["verdict"],
                "instructions": test["instructions"],
                "memory_bytes": test["memory_bytes"],
            });
            // A checker's message can quote the expected answer: hidden tests keep theirs.
            // Exact figures would let a program spell out a hidden input in the
            // instructions it spends: hidden tests show them coarsely.
            if sample {
                shown["message"] = test["message"].clone();
            } else {
                let coarse = |value: &Value, step: u64| value.as_u64().map(|v| v.div_ceil(step) * step);
                shown["instructions"] = json!(coarse(&test["instructions"], HIDDEN_INSTRUCTIONS_STEP));
                shown["memory_bytes"] = json!(coarse(&test["memory_bytes"], HIDDEN_MEMORY_STEP));
            }
            Some(shown)
        })
        .collect();
    Some(Value::Array(shown))
}

/// What staff and candidates alike are told of an assessment's terms.
fn assessment_terms(assessment: &Assessment) -> Value {
    json!({
        "title": assessment.title,
        "instructions": assessment.instructions,
        "duration_minutes": assessment.duration_minutes,
        "opens_at": assessment.opens_at.map(rfc3339),
        "closes_at": assessment.closes_at.map(rfc3339),
        "languages": assessment.languages(),
        "feedback": assessment.feedback,
    })
}

/// Name, input and answer of each sample test (samples are public).
fn samples_of(problem: &crate::problem::Problem) -> Vec<(String, String, String)> {
    problem
        .tests
        .iter()
        .filter(|test| test.is_sample())
        .filter_map(|test| match &test.source {
            crate::problem::TestSource::Files { input, answer } => Some((
                test.name.clone(),
                String::from_utf8_lossy(&std::fs::read(input).ok()?).into_owned(),
                String::from_utf8_lossy(&std::fs::read(answer).ok()?).into_owned(),
            )),
            crate::problem::TestSource::Generated { .. } => None,
        })
        .collect()
}

/// What a candidate reads of a problem: statement, samples, limits, starter code.
fn statement_view(problem: &crate::problem::Problem, judging: &Judging) -> anyhow::Result<Value> {
    let statement = match &problem.statement {
        Some(path) => std::fs::read_to_string(path)?,
        None => String::new(),
    };
    let starters: serde_json::Map<String, Value> = problem
        .starters
        .iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            let language = judging.bench.toolchains.detect(&name)?;
            Some((language.id.clone(), json!(std::fs::read_to_string(path).ok()?)))
        })
        .collect();
    Ok(json!({
        "id": problem.id,
        "title": problem.title,
        "statement": statement,
        "samples": samples_of(problem).into_iter().map(|(name, input, answer)| json!({"name": name, "input": input, "answer": answer})).collect::<Vec<_>>(),
        "limits": { "time_seconds": problem.limits.time_seconds, "memory_mib": problem.limits.memory_mib },
        "max_score": crate::grading::max_score(&problem.groups),
        "starters": starters,
    }))
}

/// A sliding-window limit per key, in memory: enough for runs, which are never
/// recorded. (Submissions are counted in the database instead.)
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    seen: Mutex<HashMap<i64, VecDeque<std::time::Instant>>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit: limit as usize,
            window,
            seen: Mutex::default(),
        }
    }

    /// Counts one event for `key`, or says how long to wait.
    pub fn admit(&self, key: i64) -> std::result::Result<(), Duration> {
        let now = std::time::Instant::now();
        let mut seen = self.seen.lock().expect("rate limiter");
        if seen.len() > 10_000 {
            seen.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < self.window));
        }
        let times = seen.entry(key).or_default();
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        if times.len() >= self.limit {
            let oldest = *times.front().expect("full");
            return Err(self.window.saturating_sub(now.duration_since(oldest)));
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let line = csv_line(&["a,b".into(), "say \"hi\"".into(), "=cmd()".into(), "-1.5".into()]);
        assert_eq!(line, "\"a,b\",\"say \"\"hi\"\"\",'=cmd(),-1.5\r\n");
    }

    #[test]
    fn rate_limiter_counts_per_key() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        assert!(limiter.admit(1).is_ok());
        assert!(limiter.admit(1).is_ok());
        assert!(limiter.admit(1).is_err());
        assert!(limiter.admit(2).is_ok());
    }

    #[test]
    fn progress_shows_counts_and_failures_only_under_full_feedback() {
        let status = |job: &str, done: Option<i64>, verdict: Option<&str>| Status {
            id: 1,
            attempt_id: 1,
            problem_id: "sum".into(),
            language: "cpp".into(),
            created_at: 0,
            job_state: Some(job.into()),
            tests_done: done,
            tests_total: done.map(|_| 40),
            tests_failed: done.map(|_| 2),
            verdict: verdict.map(String::from),
            score: None,
            max_score: None,
        };
        let judging = status_json(&status("running", Some(12), None), Feedback::Samples);
        assert_eq!(judging["progress"], json!({"done": 12, "total": 40}));
        let full = status_json(&status("running", Some(12), None), Feedback::Full);
        assert_eq!(full["progress"], json!({"done": 12, "total": 40, "failed": 2}));
        let compiling = status_json(&status("running", None, None), Feedback::Full);
        assert!(compiling.get("progress").is_none());
        let queued = status_json(&status("queued", Some(3), None), Feedback::Full);
        assert!(queued.get("progress").is_none(), "a job queued again starts over");
        let done = status_json(&status("done", Some(40), Some("WA")), Feedback::Verdict);
        assert_eq!(done["progress"], json!({"done": 40, "total": 40}));
        let hidden = status_json(&status("running", Some(12), None), Feedback::None);
        assert!(hidden.get("progress").is_none(), "no pace shown under `none`");
        let hidden = status_json(&status("done", Some(40), Some("WA")), Feedback::None);
        assert!(hidden.get("progress").is_none());
        assert_eq!(hidden["verdict"], Value::Null);
    }

    #[test]
    fn hidden_tests_keep_their_messages() {
        let tests = r#"[{"name":"1","group":"sample","verdict":"WA","instructions":1,"memory_bytes":2,"message":"expected 3"},
                        {"name":"2","group":"large","verdict":"WA","instructions":1,"memory_bytes":2,"message":"expected 42"}]"#;
        let samples = tests_for_candidate(tests, Feedback::Samples).unwrap();
        assert_eq!(samples.as_array().unwrap().len(), 1);
        let full = tests_for_candidate(tests, Feedback::Full).unwrap();
        assert_eq!(full[1]["verdict"], "WA");
        assert!(full[1].get("message").is_none());
        // The sample's figures are exact, the hidden test's rounded up.
        assert_eq!(
            (full[0]["instructions"].as_u64(), full[0]["memory_bytes"].as_u64()),
            (Some(1), Some(2))
        );
        assert_eq!(
            (full[1]["instructions"].as_u64(), full[1]["memory_bytes"].as_u64()),
            (Some(HIDDEN_INSTRUCTIONS_STEP), Some(HIDDEN_MEMORY_STEP))
        );
        assert!(tests_for_candidate(tests, Feedback::Verdict).is_none());
    }
}
