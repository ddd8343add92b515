//! The HTTP face of the service: routes, bearer-token extraction, JSON bodies
//! and JSON errors. Handlers only translate; the rules live in `service`.

mod admin;
mod candidate;
mod drafts;
mod staff;
mod ui;

use crate::access::{Candidate, Staff};
use crate::error::Error;
use crate::service::Service;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use std::sync::Arc;

pub type AppState = Arc<Service>;

/// Every route of the service (documented in docs/service.md and in the OpenAPI document; keep them stable).
pub fn router(service: Arc<Service>) -> Router {
    let settings = &service.settings;
    // JSON escaping can multiply a source's size (control characters become
    // \u00XX); the precise limits are the service's, checked after parsing.
    let body_limit = (settings.max_source_bytes + settings.max_input_bytes) * 6 + (64 << 10);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/api/assessments", post(admin::create_assessment))
        .route("/api/assessments/{id}/invitations", post(admin::invite))
        .route("/api/assessments/{id}/results", get(admin::results))
        .route("/api/assessments/{id}/results.csv", get(admin::results_csv))
        .route("/api/submissions/{id}", get(admin::submission))
        .route("/api/rejudges", post(admin::create_rejudge))
        .route("/api/rejudges/{id}", get(admin::rejudge))
        .route("/api/rejudges/{id}/apply", post(admin::apply_rejudge))
        .route("/api/rejudges/{id}/cancel", post(admin::cancel_rejudge))
        .route("/api/attempt", get(candidate::attempt))
        .route("/api/attempt/start", post(candidate::start))
        .route("/api/attempt/problems/{id}", get(candidate::problem))
        .route("/api/attempt/run", post(candidate::run))
        .route("/api/attempt/submissions", post(candidate::submit))
        .route("/api/attempt/submissions/{id}", get(candidate::submission))
        .route("/api/attempt/events", get(candidate::events))
        .route("/api/attempt/finish", post(candidate::finish))
        .merge(staff::routes())
        .merge(drafts::routes())
        .merge(ui::routes())
        .fallback(|| async { Error::NotFound("no such route; the routes are listed at /api/openapi.json and in docs/service.md".into()) })
        .method_not_allowed_fallback(|| async {
            (
                StatusCode::METHOD_NOT_ALLOWED,
                Json(json!({"error": "this route does not take that method; the routes are listed at /api/openapi.json and in docs/service.md"})),
            )
        })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn(refuse_nul_in_uri))
        .layer(middleware::from_fn(log_request))
        .with_state(service)
}

async fn healthz(State(service): State<AppState>) -> Response {
    match sqlx::query("SELECT 1").execute(&service.store.pool).await {
        Ok(_) => Json(json!({"status": "ok"})).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "health check: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"error": "the database does not answer"})),
            )
                .into_response()
        }
    }
}

async fn metrics(State(service): State<AppState>) -> Result<Response, Error> {
    let text = crate::metrics::render(&service.store).await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response())
}

/// One log line per request: method, route pattern, status, time. Never the
/// headers (tokens) nor the body (sources).
async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|path| path.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    tracing::info!(%method, route, status = response.status().as_u16(), ms = started.elapsed().as_secs_f64() * 1e3, "request");
    response
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            Error::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
            Error::Unauthorized(m) => {
                let mut response = (StatusCode::UNAUTHORIZED, Json(json!({ "error": m }))).into_response();
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                return response;
            }
            Error::Forbidden(m) => (StatusCode::FORBIDDEN, m),
            Error::NotFound(m) => (StatusCode::NOT_FOUND, m),
            Error::Conflict(m) => (StatusCode::CONFLICT, m),
            Error::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, m),
            Error::TooMany { message, retry_after } => {
                let mut response = (StatusCode::TOO_MANY_REQUESTS, Json(json!({ "error": message }))).into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                return response;
            }
            Error::Unavailable { message, retry_after } => {
                let mut response = (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "error": message }))).into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                return response;
            }
            Error::Internal(err) => {
                tracing::error!(error = %format!("{err:#}"), "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error; the server's log has the details".to_string(),
                )
            }
        };
        (status, Json(json!({ "error": message }))).into_response()
    }
}

/// The token of an `Authorization: Bearer <token>` header.
fn bearer(parts: &Parts) -> Result<String, Error> {
    let missing = || Error::Unauthorized("send the token as an `Authorization: Bearer <token>` header".into());
    let value = parts.headers.get(header::AUTHORIZATION).ok_or_else(missing)?;
    let value = value.to_str().map_err(|_| missing())?;
    let (scheme, token) = value.split_once(' ').ok_or_else(missing)?;
    let token = token.trim();
    if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
        return Err(missing());
    }
    if token.len() > 256 || !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Error::Unauthorized(
            "the token is malformed: copy it whole, without spaces".into(),
        ));
    }
    Ok(token.to_string())
}

/// A caller with an API token (admin, author, grader).
pub struct StaffAuth(pub Staff);

impl FromRequestParts<AppState> for StaffAuth {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, service: &AppState) -> Result<Self, Error> {
        let token = bearer(parts)?;
        Ok(StaffAuth(service.staff(&token).await?))
    }
}

/// A candidate, by their invitation token.
pub struct CandidateAuth(pub Candidate);

impl FromRequestParts<AppState> for CandidateAuth {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, service: &AppState) -> Result<Self, Error> {
        let token = bearer(parts)?;
        Ok(CandidateAuth(service.candidate(&token).await?))
    }
}

/// A JSON body whose refusals are JSON errors too. Its strings are checked
/// for NUL characters here, once for every route.
pub struct Body<T>(pub T);

impl<S, T> FromRequest<S> for Body<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Error;

    async fn from_request(request: Request, state: &S) -> Result<Self, Error> {
        let value = match Json::<serde_json::Value>::from_request(request, state).await {
            Ok(Json(value)) => value,
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(Error::TooLarge("the request body is too large".into()))
            }
            Err(rejection) => return Err(Error::BadRequest(rejection.body_text())),
        };
        refuse_nul_in(&value, "the body")?;
        serde_json::from_value(value).map(Body).map_err(|err| {
            Error::BadRequest(format!(
                "Failed to deserialize the JSON body into the target type: {err}"
            ))
        })
    }
}

fn refuse_nul_in(value: &serde_json::Value, at: &str) -> Result<(), Error> {
    match value {
        serde_json::Value::String(text) => crate::error::refuse_nul(at, text),
        serde_json::Value::Array(items) => items.iter().try_for_each(|item| refuse_nul_in(item, at)),
        serde_json::Value::Object(fields) => fields.iter().try_for_each(|(key, item)| {
            let at = format!("`{}`", key.replace('\0', "\\0"));
            crate::error::refuse_nul(&at, key)?;
            refuse_nul_in(item, &at)
        }),
        _ => Ok(()),
    }
}

/// Refuses a path or query holding an encoded NUL (`%00`) before any route
/// reads it: path parameters reach the database as text.
async fn refuse_nul_in_uri(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let decoded = decode_nul(uri.path()) + &decode_nul(uri.query().unwrap_or_default());
    if let Err(err) = crate::error::refuse_nul("the URL", &decoded) {
        return err.into_response();
    }
    next.run(request).await
}

/// Enough percent-decoding to find a NUL; other escapes are kept as they are.
fn decode_nul(text: &str) -> String {
    text.replace("%00", "\0")
}

/// A numeric id from the path.
fn id(text: &str, what: &str) -> Result<i64, Error> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| Error::NotFound(format!("no {what} `{text}`: ids are positive integers")))
}
