//! Routes for API-token holders: assessments, invitations, results, submissions.

use super::{id, AppState, Body, StaffAuth};
use crate::assessments::{InvitationBody, NewAssessmentBody};
use crate::error::Error;
use crate::rejudge::RejudgeBody;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

pub async fn create_assessment(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Body(body): Body<NewAssessmentBody>,
) -> Result<Response, Error> {
    let created = service.create_assessment(&staff, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

pub async fn invite(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(assessment): Path<String>,
    Body(body): Body<InvitationBody>,
) -> Result<Response, Error> {
    let created = service.invite(&staff, id(&assessment, "assessment")?, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

pub async fn results(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(assessment): Path<String>,
) -> Result<Response, Error> {
    let results = service.results(&staff, id(&assessment, "assessment")?).await?;
    Ok(Json(results).into_response())
}

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

pub async fn submission(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(submission): Path<String>,
) -> Result<Response, Error> {
    let view = service.submission(&staff, id(&submission, "submission")?).await?;
    Ok(Json(view).into_response())
}

pub async fn create_rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Body(body): Body<RejudgeBody>,
) -> Result<Response, Error> {
    let created = service.create_rejudge(&staff, body).await?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

pub async fn rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(rejudge): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.rejudge(&staff, id(&rejudge, "rejudge")?).await?).into_response())
}

pub async fn apply_rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(rejudge): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.apply_rejudge(&staff, id(&rejudge, "rejudge")?).await?).into_response())
}

pub async fn cancel_rejudge(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(rejudge): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.cancel_rejudge(&staff, id(&rejudge, "rejudge")?).await?).into_response())
}
