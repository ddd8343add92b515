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
use axum::Json;
use serde::Deserialize;
use serde_json::json;
use std::sync::LazyLock;
use std::time::Duration;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(read, save))
}

/// Editors save a few seconds after typing stops; this only stops a client
/// that saves in a loop.
static SAVES: LazyLock<RateLimiter> = LazyLock::new(|| RateLimiter::new(120, Duration::from_secs(60)));

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftBody {
    /// At most the server's `max_source_bytes`.
    pub source: String,
}

async fn started(service: &Service, candidate: &Candidate) -> Result<Attempt, Error> {
    assessments::attempt(&service.store, candidate.invitation.id)
        .await?
        .ok_or_else(|| Error::Conflict("the attempt has not started: POST /api/attempt/start first".into()))
}

/// The attempt's drafts, newest first, without their sources.
#[utoipa::path(
    get,
    path = "/api/attempt/drafts",
    tag = "candidate",
    operation_id = "list_drafts",
    security(("invitation_token" = [])),
    responses(
        (status = 200, description = "`drafts`: `problem`, `language`, `updated_at`, `bytes`", body = Object),
        (status = 409, description = "the attempt has not started"),
    )
)]
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

/// The draft of a problem in a language.
#[utoipa::path(
    get,
    path = "/api/attempt/drafts/{problem}/{language}",
    tag = "candidate",
    operation_id = "read_draft",
    security(("invitation_token" = [])),
    params(
        ("problem" = String, Path, description = "a problem id of the assessment"),
        ("language" = String, Path, description = "a language id"),
    ),
    responses(
        (status = 200, description = "`problem`, `language`, `source`, `updated_at`", body = Object),
        (status = 404, description = "no draft of this problem in this language yet"),
        (status = 409, description = "the attempt has not started"),
    )
)]
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

/// Saves the draft of a problem in a language, replacing the last one.
///
/// Refused like code: the attempt must be open, the problem the assessment's,
/// the language allowed, the source within the limit.
#[utoipa::path(
    put,
    path = "/api/attempt/drafts/{problem}/{language}",
    tag = "candidate",
    operation_id = "save_draft",
    security(("invitation_token" = [])),
    params(
        ("problem" = String, Path, description = "a problem id of the assessment"),
        ("language" = String, Path, description = "a language id the assessment allows"),
    ),
    request_body = DraftBody,
    responses(
        (status = 200, description = "`problem`, `language`, `updated_at`", body = Object),
        (status = 400, description = "the body is not valid JSON, has unknown fields, or a language the assessment does not allow"),
        (status = 403, description = "the attempt is over, or not an invitation token"),
        (status = 404, description = "no such problem in this assessment"),
        (status = 409, description = "the attempt has not started"),
        (status = 413, description = "the body or the source is too large"),
        (status = 429, description = "drafts are saved too often (120 a minute)"),
    )
)]
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
