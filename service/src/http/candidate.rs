//! Routes for candidates, by invitation token: their attempt only.

use super::{id, AppState, Body, CandidateAuth};
use crate::access::Candidate;
use crate::attempts::CodeBody;
use crate::error::Error;
use crate::service::Service;
use crate::streams::StreamGuard;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Json;
use futures_util::Stream;
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::sync::Arc;
use std::time::{Duration, Instant};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(attempt))
        .routes(routes!(start))
        .routes(routes!(problem))
        .routes(routes!(run))
        .routes(routes!(submit))
        .routes(routes!(submission))
        .routes(routes!(events))
        .routes(routes!(finish))
}

/// The candidate's view: the assessment, its problems, the attempt and its submissions.
///
/// The assessment's terms hold its instructions, duration, languages and limits;
/// `attempt` is `null` before the start.
#[utoipa::path(
    get,
    path = "/api/attempt",
    tag = "candidate",
    security(("invitation_token" = [])),
    responses((status = 200, description = "`candidate`, `assessment`, `problems`, `attempt`, `submissions`", body = Object))
)]
pub async fn attempt(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
) -> Result<Response, Error> {
    Ok(Json(service.attempt_view(&candidate).await?).into_response())
}

/// Starts the clock: the deadline is the start plus the duration, or the closing time if sooner.
///
/// Starting again answers the same attempt.
#[utoipa::path(
    post,
    path = "/api/attempt/start",
    tag = "candidate",
    security(("invitation_token" = [])),
    responses(
        (status = 200, description = "the attempt: `id`, `state`, `started_at`, `deadline`, `finished_at`, `remaining_seconds`", body = Object),
        (status = 403, description = "before the opening time or after the closing time, or not an invitation token"),
    )
)]
pub async fn start(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
) -> Result<Response, Error> {
    Ok(Json(service.start(&candidate).await?).into_response())
}

/// Ends the attempt early.
#[utoipa::path(
    post,
    path = "/api/attempt/finish",
    tag = "candidate",
    security(("invitation_token" = [])),
    responses(
        (status = 200, description = "the attempt, finished", body = Object),
        (status = 409, description = "the attempt has not started"),
    )
)]
pub async fn finish(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
) -> Result<Response, Error> {
    Ok(Json(service.finish(&candidate).await?).into_response())
}

/// A problem's statement, samples, limits and starter code.
#[utoipa::path(
    get,
    path = "/api/attempt/problems/{id}",
    tag = "candidate",
    security(("invitation_token" = [])),
    params(("id" = String, Path, description = "a problem id of the assessment")),
    responses(
        (status = 200, description = "the statement and what goes with it", body = Object),
        (status = 404, description = "no such problem in this assessment"),
        (status = 409, description = "the attempt has not started"),
    )
)]
pub async fn problem(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
    Path(problem): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.problem_view(&candidate, &problem).await?).into_response())
}

/// Runs code without recording it: on the problem's samples, or once on `input`.
///
/// On the samples: per-test verdicts with each sample's input and answer; on
/// `input`: stdout, stderr and the verdict.
#[utoipa::path(
    post,
    path = "/api/attempt/run",
    tag = "candidate",
    security(("invitation_token" = [])),
    request_body = CodeBody,
    responses(
        (status = 200, description = "what the run did", body = Object),
        (status = 400, description = "the body is not valid JSON, has unknown fields, an empty source, or a language the assessment does not allow"),
        (status = 403, description = "the attempt is over, or not an invitation token"),
        (status = 404, description = "no such problem in this assessment"),
        (status = 409, description = "the attempt has not started"),
        (status = 413, description = "the body, the source or the input is too large"),
        (status = 429, description = "too many runs a minute, or a run of this attempt is already under way"),
        (status = 503, description = "every run slot is busy"),
    )
)]
pub async fn run(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
    Body(body): Body<CodeBody>,
) -> Result<Response, Error> {
    Ok(Json(service.run(&candidate, body).await?).into_response())
}

/// Submits code for judging.
///
/// Judging happens in the background: follow it with `GET /api/attempt/submissions/{id}`
/// or `GET /api/attempt/events`.
#[utoipa::path(
    post,
    path = "/api/attempt/submissions",
    tag = "candidate",
    security(("invitation_token" = [])),
    request_body = CodeBody,
    responses(
        (status = 201, description = "the submission: `id`, `status` (`queued`), ...", body = Object),
        (status = 400, description = "the body is not valid JSON, has unknown fields, an empty source, an `input`, or a language the assessment does not allow"),
        (status = 403, description = "the attempt is over, or not an invitation token"),
        (status = 404, description = "no such problem in this assessment"),
        (status = 409, description = "the attempt has not started"),
        (status = 413, description = "the body or the source is too large"),
        (status = 429, description = "too many submissions a minute"),
    )
)]
pub async fn submit(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
    Body(body): Body<CodeBody>,
) -> Result<Response, Error> {
    let created = service.submit(&candidate, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// One of the candidate's submissions, as the assessment's feedback lets them see it.
#[utoipa::path(
    get,
    path = "/api/attempt/submissions/{id}",
    tag = "candidate",
    operation_id = "candidate_submission",
    security(("invitation_token" = [])),
    params(("id" = i64, Path, description = "the submission", minimum = 1)),
    responses(
        (status = 200, description = "`id`, `status` (`queued`, `judging`, `done` or `error`), `verdict`, `score`, `max_score`, `progress`, `tests`, `message`, `source`", body = Object),
        (status = 404, description = "no such submission in this attempt"),
        (status = 409, description = "the attempt has not started"),
    )
)]
pub async fn submission(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
    Path(submission): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(
        service
            .candidate_submission(&candidate, id(&submission, "submission")?)
            .await?,
    )
    .into_response())
}

/// How often a stream looks at the database when nothing in this process woke
/// it (judged by an `oa worker` elsewhere).
const POLL: Duration = Duration::from_secs(1);
/// How often while one of the candidate's submissions is being judged, to
/// pass its progress on (workers write it at most every 250 ms). Only streams
/// with a submission under judgement look this often: how many do follows the
/// jobs being judged, not the candidates connected.
const PROGRESS_POLL: Duration = Duration::from_millis(300);
/// Streams end after this long; clients reconnect (as EventSource does) and
/// get the current state first.
const LIFETIME: Duration = Duration::from_secs(3600);

/// Server-sent events of the attempt's submissions.
///
/// `submission` with a submission's status (as `GET /api/attempt/submissions/{id}`
/// summarises it, its progress included) each time it changes, every
/// submission's once at the start; `end` when the attempt is over and nothing
/// is left to judge. Streams end after an hour and when the server stops:
/// clients reconnect.
#[utoipa::path(
    get,
    path = "/api/attempt/events",
    tag = "candidate",
    security(("invitation_token" = [])),
    responses(
        (status = 200, description = "an event stream", body = String, content_type = "text/event-stream"),
        (status = 409, description = "the attempt has not started"),
        (status = 429, description = "too many streams open for this invitation"),
        (status = 503, description = "too many streams open on this server"),
    )
)]
pub async fn events(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Error> {
    service.attempt_statuses(&candidate).await?;
    let guard = service.open_stream(&candidate)?;
    let stream = futures_util::stream::unfold(Live::new(service, candidate, guard), |mut live| async move {
        let event = live.next().await?;
        Some((Ok(event), live))
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

struct Live {
    service: Arc<Service>,
    candidate: Candidate,
    /// What was last sent of each submission.
    sent: HashMap<i64, Value>,
    ready: VecDeque<Event>,
    /// The deadline last sent.
    deadline: Option<Value>,
    ended: bool,
    until: Instant,
    stopping: tokio::sync::watch::Receiver<bool>,
    /// Released when the stream ends or its client goes.
    _guard: StreamGuard,
}

impl Live {
    fn new(service: Arc<Service>, candidate: Candidate, guard: StreamGuard) -> Live {
        Live {
            stopping: service.stopping(),
            _guard: guard,
            service,
            candidate,
            sent: HashMap::new(),
            ready: VecDeque::new(),
            deadline: None,
            ended: false,
            until: Instant::now() + LIFETIME,
        }
    }

    async fn next(&mut self) -> Option<Event> {
        loop {
            if let Some(event) = self.ready.pop_front() {
                return Some(event);
            }
            // At shutdown streams end at once; clients reconnect to another server.
            if self.ended || Instant::now() >= self.until || *self.stopping.borrow() {
                return None;
            }
            // Registered before reading, so a judgement recorded meanwhile still wakes us.
            let judged = self.service.signals.judged.notified();
            let (attempt, statuses) = match self.service.attempt_statuses(&self.candidate).await {
                Ok(found) => found,
                Err(err) => {
                    tracing::warn!(error = ?err, "live verdicts: cannot read the attempt");
                    return None;
                }
            };
            // A deadline moved by extra time reaches the candidate's timer at once.
            let view = crate::views::attempt_json(&attempt);
            if self.deadline.as_ref() != Some(&view["deadline"]) {
                self.deadline = Some(view["deadline"].clone());
                self.ready
                    .push_back(Event::default().event("attempt").data(view.to_string()));
            }
            let mut pending = false;
            let mut judging = false;
            for status in statuses {
                pending |= matches!(status["status"].as_str(), Some("queued" | "judging"));
                judging |= status["status"] == "judging";
                let id = status["id"].as_i64().unwrap_or_default();
                if self.sent.get(&id) != Some(&status) {
                    self.ready
                        .push_back(Event::default().event("submission").data(status.to_string()));
                    self.sent.insert(id, status);
                }
            }
            // Closing may still submit drafts: the end waits for it.
            if !pending && !attempt.open_at(crate::store::now_ms()) && attempt.closed_at.is_some() {
                self.ready.push_back(
                    Event::default()
                        .event("end")
                        .data(json!({"attempt": attempt.id}).to_string()),
                );
                self.ended = true;
            }
            if self.ready.is_empty() {
                tokio::select! {
                    _ = judged => {}
                    _ = self.stopping.changed() => {}
                    _ = tokio::time::sleep(if judging { PROGRESS_POLL } else { POLL }) => {}
                }
            }
        }
    }
}
