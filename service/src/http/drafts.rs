//! Candidates' drafts, kept by the server so that the code in the editor
//! survives a change of browser or device:
//!
//! - `GET /api/attempt/drafts`: `{"drafts": [{"problem", "language", "updated_at", "bytes"}]}`, newest first
//! - `GET /api/attempt/drafts/{problem}/{language}`: `{"problem", "language", "source", "updated_at"}`, 404 without one
//! - `PUT /api/attempt/drafts/{problem}/{language}` `{"source"}`: `{"problem", "language", "updated_at"}`
//!
//! Saving follows the rules for code: the attempt must be open, the problem
//! the assessment's, the language allowed, the source within the limit.

use super::{AppState, Body, CandidateAuth};
use crate::access::Candidate;
use crate::error::Error;
use crate::runs::RateLimiter;
use crate::service::Service;
use crate::store::assessments::{self, Attempt};
use crate::store::{drafts, now_ms, rfc3339};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;
use std::sync::LazyLock;
use std::time::Duration;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/attempt/drafts", get(list))
        .route("/api/attempt/drafts/{problem}/{language}", get(read).put(save))
}

/// Editors save a few seconds after typing stops; this only stops a client
/// that saves in a loop.
static SAVES: LazyLock<RateLimiter> = LazyLock::new(|| RateLimiter::new(120, Duration::from_secs(60)));

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftBody {
    pub source: String,
}

async fn started(service: &Service, candidate: &Candidate) -> Result<Attempt, Error> {
    assessments::attempt(&service.store, candidate.invitation.id)
        .await?
        .ok_or_else(|| Error::Conflict("the attempt has not started: POST /api/attempt/start first".into()))
}

async fn list(State(service): State<AppState>, CandidateAuth(candidate): CandidateAuth) -> Result<Response, Error> {
    let attempt = started(&service, &candidate).await?;
    let found = drafts::list(&service.store, attempt.id).await?;
    Ok(Json(json!({
        "drafts": found.iter().map(|d| json!({
            "problem": d.problem_id,
            "language": d.language,
            "updated_at": rfc3339(d.updated_at),
            "bytes": d.source.len(),
        })).collect::<Vec<_>>(),
    }))
    .into_response())
}

async fn read(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
    Path((problem, language)): Path<(String, String)>,
) -> Result<Response, Error> {
    let attempt = started(&service, &candidate).await?;
    let draft = drafts::get(&service.store, attempt.id, &problem, &language)
        .await?
        .ok_or_else(|| Error::NotFound(format!("no draft of `{problem}` in `{language}` yet")))?;
    Ok(Json(json!({
        "problem": draft.problem_id,
        "language": draft.language,
        "source": draft.source,
        "updated_at": rfc3339(draft.updated_at),
    }))
    .into_response())
}

async fn save(
    State(service): State<AppState>,
    CandidateAuth(candidate): CandidateAuth,
    Path((problem, language)): Path<(String, String)>,
    Body(body): Body<DraftBody>,
) -> Result<Response, Error> {
    let attempt = started(&service, &candidate).await?;
    let now = now_ms();
    if !attempt.open_at(now) {
        return Err(Error::Forbidden(
            "the attempt is over: drafts can no longer change".into(),
        ));
    }
    let problems = assessments::problems(&service.store, candidate.assessment.id).await?;
    if !problems.iter().any(|p| p.problem_id == problem) {
        return Err(Error::NotFound(format!("no problem `{problem}` in this assessment")));
    }
    let allowed = candidate.assessment.languages();
    if !allowed.contains(&language) {
        return Err(Error::BadRequest(format!(
            "the language `{language}` is not allowed in this assessment; allowed: {}",
            allowed.join(", ")
        )));
    }
    let limit = service.settings.max_source_bytes;
    if body.source.len() > limit {
        return Err(Error::TooLarge(format!(
            "the draft is {} bytes, above the limit of {limit} bytes",
            body.source.len()
        )));
    }
    if let Err(wait) = SAVES.admit(attempt.id) {
        let retry_after = wait.as_secs().max(1);
        return Err(Error::TooMany {
            message: format!("drafts are saved too often: try again in {retry_after} s"),
            retry_after,
        });
    }
    drafts::save(&service.store, attempt.id, &problem, &language, &body.source, now).await?;
    Ok(Json(json!({ "problem": problem, "language": language, "updated_at": rfc3339(now) })).into_response())
}
