//! Routes for API-token holders: assessments, invitations, results,
//! submissions, rejudges.

use super::{id, AppState, Body, StaffAuth};
use crate::assessments::NewAssessmentBody;
use crate::error::Error;
use crate::invitations::InvitationBody;
use crate::rejudge::RejudgeBody;
use crate::results::Results;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_assessment))
        .routes(routes!(invite))
        .routes(routes!(results))
        .routes(routes!(results_csv))
        .routes(routes!(submission))
        .routes(routes!(create_rejudge))
        .routes(routes!(rejudge))
        .routes(routes!(apply_rejudge))
        .routes(routes!(cancel_rejudge))
}

/// Creates an assessment of catalogue problems.
///
/// Role: author. Each problem's current version is pinned to the assessment.
#[utoipa::path(
    post,
    path = "/api/assessments",
    tag = "staff",
    security(("api_token" = [])),
    request_body = NewAssessmentBody,
    responses(
        (status = 201, description = "the assessment: `id`, its terms, and `problems` with each one's pinned `version`", body = Object),
        (status = 400, description = "the body is not valid JSON, has unknown fields, or a field is out of bounds or names an unknown problem or language"),
        (status = 413, description = "the body is too large"),
    )
)]
pub async fn create_assessment(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Body(body): Body<NewAssessmentBody>,
) -> Result<Response, Error> {
    let created = service.create_assessment(&staff, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// Invites a candidate.
///
/// Role: grader. The answer holds the invitation's token, shown only here.
#[utoipa::path(
    post,
    path = "/api/assessments/{id}/invitations",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the assessment", minimum = 1)),
    request_body = InvitationBody,
    responses(
        (status = 201, description = "the invitation: `id`, `token`, `url` (the link to send) and the rest", body = Object),
        (status = 400, description = "the body is not valid JSON, has unknown fields, or a field is not valid"),
        (status = 404, description = "no such assessment"),
        (status = 409, description = "this email is already invited to the assessment: give that invitation a new link"),
        (status = 413, description = "the body is too large"),
    )
)]
pub async fn invite(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(assessment): Path<String>,
    Body(body): Body<InvitationBody>,
) -> Result<Response, Error> {
    let created = service.invite(&staff, id(&assessment, "assessment")?, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// An assessment's results: per invitation, the attempt and the best judged score of each problem.
///
/// Role: grader.
#[utoipa::path(
    get,
    path = "/api/assessments/{id}/results",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the assessment", minimum = 1)),
    responses(
        (status = 200, description = "the results", body = Results),
        (status = 404, description = "no such assessment"),
    )
)]
pub async fn results(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(assessment): Path<String>,
) -> Result<Response, Error> {
    let results = service.results(&staff, id(&assessment, "assessment")?).await?;
    Ok(Json(results).into_response())
}

/// The results as CSV, one row per invitation.
///
/// Role: grader. Columns: `invitation_id,name,email,state,started_at,finished_at,ended,score,max_score,pending`,
/// then each problem's score.
#[utoipa::path(
    get,
    path = "/api/assessments/{id}/results.csv",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the assessment", minimum = 1)),
    responses(
        (status = 200, description = "the results, as an attachment", body = String, content_type = "text/csv"),
        (status = 404, description = "no such assessment"),
    )
)]
pub async fn results_csv(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(assessment): Path<String>,
) -> Result<Response, Error> {
    let assessment = id(&assessment, "assessment")?;
    let results = service.results(&staff, assessment).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"assessment-{assessment}-results.csv\""),
            ),
        ],
        results.csv(),
    )
        .into_response())
}

/// A submission in full: its source, progress and every judgement.
///
/// Role: grader or author.
#[utoipa::path(
    get,
    path = "/api/submissions/{id}",
    tag = "staff",
    operation_id = "staff_submission",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the submission", minimum = 1)),
    responses(
        (status = 200, description = "the source, `status`, `progress`, and `judgements` (per-test results, problem version, engine, `current`)", body = Object),
        (status = 404, description = "no such submission"),
    )
)]
pub async fn submission(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(submission): Path<String>,
) -> Result<Response, Error> {
    let view = service.submission(&staff, id(&submission, "submission")?).await?;
    Ok(Json(view).into_response())
}

/// Judges a set of submissions again, beside their current judgements.
///
/// Role: author or grader. The set is then applied or cancelled as a whole.
#[utoipa::path(
    post,
    path = "/api/rejudges",
    tag = "staff",
    security(("api_token" = [])),
    request_body = RejudgeBody,
    responses(
        (status = 201, description = "the set, as `GET /api/rejudges/{id}` shows it", body = Object),
        (status = 400, description = "the body is not valid JSON, has unknown fields, or does not choose exactly one kind of set"),
        (status = 404, description = "a submission, problem or assessment named does not exist"),
        (status = 413, description = "the body is too large"),
    )
)]
pub async fn create_rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Body(body): Body<RejudgeBody>,
) -> Result<Response, Error> {
    let created = service.create_rejudge(&staff, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

/// A rejudge set: old against new verdicts and scores.
///
/// Role: author or grader.
#[utoipa::path(
    get,
    path = "/api/rejudges/{id}",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the rejudge set", minimum = 1)),
    responses(
        (status = 200, description = "`state`, `total`, `judged`, `pending`, `failed`, `changed`, and `submissions` (`submission_id`, `old`, `new`, `changed`)", body = Object),
        (status = 404, description = "no such rejudge set"),
    )
)]
pub async fn rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(rejudge): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.rejudge(&staff, id(&rejudge, "rejudge")?).await?).into_response())
}

/// Applies a rejudge set: its new judgements become current.
///
/// Role: grader.
#[utoipa::path(
    post,
    path = "/api/rejudges/{id}/apply",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the rejudge set", minimum = 1)),
    responses(
        (status = 200, description = "the set, applied", body = Object),
        (status = 404, description = "no such rejudge set"),
        (status = 409, description = "the set was already decided, or still has jobs pending"),
    )
)]
pub async fn apply_rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(rejudge): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.apply_rejudge(&staff, id(&rejudge, "rejudge")?).await?).into_response())
}

/// Cancels a rejudge set: its new judgements are dropped.
///
/// Role: author or grader.
#[utoipa::path(
    post,
    path = "/api/rejudges/{id}/cancel",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the rejudge set", minimum = 1)),
    responses(
        (status = 200, description = "the set, cancelled", body = Object),
        (status = 404, description = "no such rejudge set"),
        (status = 409, description = "the set was already decided"),
    )
)]
pub async fn cancel_rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(rejudge): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.cancel_rejudge(&staff, id(&rejudge, "rejudge")?).await?).into_response())
}
