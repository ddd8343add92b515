//! Routes for graders managing invitations:
//!
//! - `POST /api/invitations/{id}/link`: a new link (the old one stops working)
//! - `POST /api/invitations/{id}/revoke`: the link opens nothing any more
//! - `DELETE /api/invitations/{id}`: only an invitation never started
//! - `PATCH /api/invitations/{id}` `{"extra_minutes"?, "extra_percent"?, "expires_at"?}`

use super::{id, AppState, Body, StaffAuth};
use crate::error::Error;
use crate::invitations::TermsBody;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(new_link))
        .routes(routes!(revoke))
        .routes(routes!(delete, set_terms))
}

/// A new link for the invitation: the old one stops working at once.
///
/// Role: grader. A revoked invitation works again with its new link; a
/// started attempt is kept. The token is shown only here.
#[utoipa::path(
    post,
    path = "/api/invitations/{id}/link",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the invitation", minimum = 1)),
    responses(
        (status = 200, description = "the invitation: `id`, `token`, `url` (the new link to send) and the rest", body = Object),
        (status = 404, description = "no such invitation"),
    )
)]
async fn new_link(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(text): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.new_link(&staff, id(&text, "invitation")?).await?).into_response())
}

/// Revokes the invitation: its link opens nothing; its attempt stays in the results.
///
/// Role: grader.
#[utoipa::path(
    post,
    path = "/api/invitations/{id}/revoke",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the invitation", minimum = 1)),
    responses(
        (status = 200, description = "the invitation, with `revoked_at`", body = Object),
        (status = 404, description = "no such invitation"),
    )
)]
async fn revoke(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(text): Path<String>,
) -> Result<Response, Error> {
    Ok(Json(service.revoke(&staff, id(&text, "invitation")?).await?).into_response())
}

/// Deletes an invitation whose attempt never started.
///
/// Role: grader.
#[utoipa::path(
    delete,
    path = "/api/invitations/{id}",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the invitation", minimum = 1)),
    responses(
        (status = 204, description = "deleted"),
        (status = 404, description = "no such invitation"),
        (status = 409, description = "the attempt started: revoke the invitation instead"),
    )
)]
async fn delete(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(text): Path<String>,
) -> Result<Response, Error> {
    service.delete_invitation(&staff, id(&text, "invitation")?).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Sets the invitation's extra time and expiry.
///
/// Role: grader. Extra time is minutes plus a percentage of the duration;
/// granted during the attempt, it moves the deadline at once (the candidate's
/// timer follows). Refused once the attempt is over.
#[utoipa::path(
    patch,
    path = "/api/invitations/{id}",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the invitation", minimum = 1)),
    request_body = TermsBody,
    responses(
        (status = 200, description = "the invitation: `extra_minutes`, `extra_percent`, `expires_at`, `time_allowed_minutes`, `deadline`", body = Object),
        (status = 400, description = "the body is not valid JSON, has unknown fields, or a field is out of bounds"),
        (status = 404, description = "no such invitation"),
        (status = 409, description = "the attempt is over, or the change would end it before now"),
        (status = 413, description = "the body is too large"),
    )
)]
async fn set_terms(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(text): Path<String>,
    Body(body): Body<TermsBody>,
) -> Result<Response, Error> {
    Ok(Json(service.set_terms(&staff, id(&text, "invitation")?, body).await?).into_response())
}
