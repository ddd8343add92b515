//! The HTTP face of the service: routes, bearer-token extraction, JSON bodies
//! and JSON errors. Handlers only translate; the rules live in `service`.
//!
//! Every API route is registered with utoipa-axum's `routes!`, which takes its
//! method and path from the handler's `#[utoipa::path]`: the router and the
//! OpenAPI document served at `/api/openapi.json` come from the same
//! annotations, so they cannot disagree; `tests/openapi.rs` compares the
//! served routes with the document to catch a route added any other way. The
//! web pages (`/`, `/admin`, `/attempt`, `/assets/{file}`, in `ui`) are left
//! out of the document: they are for browsers, not API clients.

mod admin;
mod candidate;
mod drafts;
mod invitations;
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
use axum::{Json, Router};
use serde_json::json;
use std::sync::{Arc, LazyLock};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{self, ContentBuilder, HeaderBuilder, RefOr, ResponseBuilder};
use utoipa::OpenApi as _;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub type AppState = Arc<Service>;

/// Every route of the service (documented in docs/service.md and in the OpenAPI document; keep them stable).
pub fn router(service: Arc<Service>) -> Router {
    let settings = &service.settings;
    // JSON escaping can multiply a source's size (control characters become
    // \u00XX); the precise limits are the service's, checked after parsing.
    let body_limit = (settings.max_source_bytes + settings.max_input_bytes) * 6 + (64 << 10);
    let (api, _) = api().split_for_parts();
    api.merge(ui::routes())
        .fallback(|| async { Error::NotFound("no such route; the routes are listed at /api/openapi.json and in docs/service.md".into()) })
        .method_not_allowed_fallback(|| async {
            (
                StatusCode::METHOD_NOT_ALLOWED,
                Json(ErrorBody {
                    error: "this route does not take that method; the routes are listed at /api/openapi.json and in docs/service.md".into(),
                }),
            )
        })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(middleware::from_fn(refuse_nul_in_uri))
        .layer(middleware::from_fn(log_request))
        .with_state(service)
}

/// The API's routes, each with its documentation.
fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(Document::openapi())
        .routes(routes!(healthz))
        .routes(routes!(metrics))
        .routes(routes!(openapi_json))
        .merge(admin::routes())
        .merge(staff::routes())
        .merge(candidate::routes())
        .merge(drafts::routes())
        .merge(invitations::routes())
}

/// The OpenAPI document of every route but the web pages.
pub fn openapi() -> openapi::OpenApi {
    let mut document = api().into_openapi();
    refusals(&mut document);
    document
}

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "oa",
        description = "The assessment service's HTTP API. Bodies are JSON; bodies with unknown fields are refused. \
            Every refusal is `{\"error\": \"...\"}` saying what is wrong. Times are RFC 3339. \
            Tokens go in `Authorization: Bearer <token>`, never in a URL. \
            The web pages (`/`, `/admin`, `/attempt`, `/assets/{file}`) are not part of this document."
    ),
    modifiers(&TokenSchemes),
    components(schemas(ErrorBody)),
    tags(
        (name = "operations", description = "Health and this document (no token), and metrics (any API token)"),
        (name = "staff", description = "API tokens (`oa token create`) with a role: admin, author or grader; admins may do everything"),
        (name = "candidate", description = "A candidate's invitation token: their own attempt only"),
    )
)]
struct Document;

/// The two kinds of bearer token, named by the routes' `security`.
struct TokenSchemes;

impl utoipa::Modify for TokenSchemes {
    fn modify(&self, document: &mut openapi::OpenApi) {
        let components = document.components.get_or_insert_with(Default::default);
        let bearer = |description: &str| {
            let mut scheme = Http::new(HttpAuthScheme::Bearer);
            scheme.description = Some(description.into());
            SecurityScheme::Http(scheme)
        };
        components.add_security_scheme(
            "api_token",
            bearer("An API token from `oa token create`; its role (admin, author, grader) decides what it may do"),
        );
        components.add_security_scheme(
            "invitation_token",
            bearer("A candidate's invitation token, the part after `#` of the invitation link"),
        );
    }
}

/// Every refusal's body.
#[derive(serde::Serialize, utoipa::ToSchema)]
struct ErrorBody {
    /// What is wrong, and how to fix it.
    error: String,
}

/// What every route may answer, said once here rather than on each handler:
/// each 4xx and 5xx carries an `ErrorBody`; 401 its `WWW-Authenticate`, 429
/// and 503 their `Retry-After`; any route may refuse a NUL in its URL (400)
/// or fail on its own (500); a route taking a token refuses a missing or
/// unknown one (401) and the other kind of token (403).
fn refusals(document: &mut openapi::OpenApi) {
    let body = ContentBuilder::new()
        .schema(Some(openapi::Ref::from_schema_name("ErrorBody")))
        .build();
    let header = |description: &str, schema: openapi::Type| {
        HeaderBuilder::new()
            .schema(Some(openapi::ObjectBuilder::new().schema_type(schema)))
            .description(Some(description))
            .build()
    };
    for item in document.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for operation in operations.into_iter().flatten() {
            let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
            let responses = &mut operation.responses.responses;
            let mut shared = vec![
                ("400", "the URL holds a NUL character (`%00`)"),
                ("500", "the server's own error; its log has the details"),
                (
                    "503",
                    "the database is unavailable (restarting or unreachable) or too busy to take the request in time: nothing was done; try again after `Retry-After` seconds",
                ),
                (
                    "507",
                    "the server's storage is full: nothing of the request was stored; stored data is intact",
                ),
            ];
            if secured {
                shared.push(("401", "no token, a malformed one, or one this server does not know"));
                shared.push((
                    "403",
                    "the other kind of token, or an API token whose role may not do this",
                ));
            }
            for (status, description) in shared {
                responses
                    .entry(status.into())
                    .or_insert_with(|| RefOr::T(ResponseBuilder::new().description(description).build()));
            }
            for (status, response) in responses.iter_mut() {
                let RefOr::T(response) = response else { continue };
                if !status.starts_with('4') && !status.starts_with('5') {
                    continue;
                }
                if response.content.is_empty() {
                    response
                        .content
                        .insert("application/json".into(), RefOr::T(body.clone()));
                }
                match status.as_str() {
                    "401" => {
                        response.headers.insert(
                            "WWW-Authenticate".into(),
                            RefOr::T(header("`Bearer`", openapi::Type::String)),
                        );
                    }
                    "429" | "503" => {
                        response.headers.insert(
                            "Retry-After".into(),
                            RefOr::T(header("seconds to wait before trying again", openapi::Type::Integer)),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The OpenAPI document, built once.
static DOCUMENT: LazyLock<String> =
    LazyLock::new(|| serde_json::to_string(&openapi()).expect("the OpenAPI document serialises"));

/// This document: OpenAPI 3.1, generated from the routes' own annotations.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    tag = "operations",
    responses((status = 200, description = "the OpenAPI document", body = Object))
)]
async fn openapi_json() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT.as_str()).into_response()
}

/// Whether the server and its database answer.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    responses(
        (status = 200, description = "`{\"status\": \"ok\"}`", body = Object),
        (status = 503, description = "the database does not answer"),
    )
)]
async fn healthz(State(service): State<AppState>) -> Response {
    match sqlx::query("SELECT 1").execute(&service.store.pool).await {
        Ok(_) => Json(json!({"status": "ok"})).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "health check: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(ErrorBody {
                    error: "the database does not answer".into(),
                }),
            )
                .into_response()
        }
    }
}

/// Queue depth, verdicts and judging latency in Prometheus' text format, over
/// every server and worker. Any API token: the figures describe the hiring
/// pipeline (how many candidates, how they fare), which is not public.
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "operations",
    security(("api_token" = [])),
    responses(
        (status = 200, description = "Prometheus text format, version 0.0.4", body = String, content_type = "text/plain"),
        (status = 401, description = "no API token, or not a valid one"),
    )
)]
async fn metrics(State(service): State<AppState>, StaffAuth(_): StaffAuth) -> Result<Response, Error> {
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
                let mut response = (StatusCode::UNAUTHORIZED, Json(ErrorBody { error: m })).into_response();
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
                let mut response = (StatusCode::TOO_MANY_REQUESTS, Json(ErrorBody { error: message })).into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                return response;
            }
            Error::Unavailable { message, retry_after } => {
                let mut response =
                    (StatusCode::SERVICE_UNAVAILABLE, Json(ErrorBody { error: message })).into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                return response;
            }
            Error::StorageFull(m) => (StatusCode::INSUFFICIENT_STORAGE, m),
            Error::Internal(err) => {
                tracing::error!(error = %format!("{err:#}"), "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error; the server's log has the details".to_string(),
                )
            }
        };
        (status, Json(ErrorBody { error: message })).into_response()
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
