//! The OpenAPI document at `/api/openapi.json` against the router that serves
//! it: every route the router serves under `/api`, and `/metrics` and
//! `/healthz`, is documented with the methods it takes, every documented
//! operation is routed, and each operation's security is the token it really
//! asks for.
//!
//! The router's routes are read from the router itself, not from a list kept
//! here: its paths from its `Debug` form (axum has no other way to list them),
//! its methods from the `Allow` header of a 405. So a route added to the router
//! without documentation fails this test, however it was added.

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use judge::Judging;
use serde_json::Value;
use service::config::Settings;
use service::store::{self, Store};
use service::Service;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use tower::ServiceExt;

/// What a route is asked with, and what the router answered.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

async fn call(app: &Router, method: &str, path: &str, token: Option<&str>) -> Answer {
    let mut request = Request::builder()
        .method(Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap())
        .uri(path);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    // Only the start: an event stream's body never ends.
    let mut body = Vec::new();
    let mut stream = response.into_body();
    if let Ok(Some(Ok(frame))) = tokio::time::timeout(std::time::Duration::from_secs(5), stream.frame()).await {
        if let Ok(data) = frame.into_data() {
            body.extend_from_slice(&data);
        }
    }
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

/// The router's fallback: the path is not routed at all.
fn unrouted(answer: &Answer) -> bool {
    answer.status == StatusCode::NOT_FOUND && answer.body.contains("no such route")
}

/// A URL for a path pattern: each parameter `{name}` (or `{*name}`) becomes `1`.
fn concrete(pattern: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}').expect("a closing brace");
        out.push_str(&rest[..open]);
        out.push('1');
        rest = &rest[close + 1..];
    }
    out + rest
}

/// The names of a path pattern's parameters.
fn parameters(pattern: &str) -> BTreeSet<String> {
    pattern
        .split('{')
        .skip(1)
        .map(|part| part.split('}').next().unwrap().trim_start_matches('*').to_string())
        .collect()
}

/// The path patterns of the router's routes, from its `Debug` form: the path
/// router prints each route as `RouteId(n): "/pattern"`, before the fallback
/// router.
fn served_paths(app: &Router) -> BTreeSet<String> {
    let text = format!("{app:?}");
    let start = text
        .find("path_router:")
        .expect("the router's Debug form names its path_router");
    let end = text
        .find("fallback_router:")
        .expect("the router's Debug form names its fallback_router");
    let routes = &text[start..end];
    routes
        .match_indices(": \"/")
        .map(|(at, _)| {
            let path = &routes[at + 3..];
            path[..path.find('"').unwrap()].to_string()
        })
        .collect()
}

/// Whether the document is meant to hold this path: the API, metrics and health.
fn in_scope(path: &str) -> bool {
    path.starts_with("/api/") || path == "/metrics" || path == "/healthz"
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_document_and_the_router_agree() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&store::sqlite_url(&dir.path().join("oa.db")))
        .await
        .unwrap();
    let judging = Arc::new(Judging::new(judge::paths::cache_dir()).unwrap());
    let app = service::http::router(Arc::new(Service::new(store, Settings::default(), judging)));

    let answer = call(&app, "GET", "/api/openapi.json", None).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let document: Value = serde_json::from_str(&answer.body).expect("the document is JSON");
    assert!(
        document["openapi"].as_str().is_some_and(|v| v.starts_with("3.")),
        "not an OpenAPI 3 document: {}",
        document["openapi"]
    );

    // What the router serves: each path's methods, as a 405 lists them.
    let paths = served_paths(&app);
    for expected in ["/healthz", "/metrics", "/api/openapi.json", "/api/attempt"] {
        assert!(
            paths.contains(expected),
            "reading the router's routes from its Debug form found no {expected}: has axum changed that form? {paths:?}"
        );
    }
    let mut served = BTreeSet::new();
    for path in paths.iter().filter(|path| in_scope(path)) {
        // No route takes TRACE, so every routed path refuses it with its `Allow`.
        let answer = call(&app, "TRACE", &concrete(path), None).await;
        assert_eq!(
            answer.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "TRACE {path}: expected a 405 listing the route's methods, got: {}",
            answer.body
        );
        let allow = answer.headers.get(header::ALLOW).expect("a 405 carries Allow");
        let methods: BTreeSet<String> = allow
            .to_str()
            .unwrap()
            .split(',')
            .map(|method| method.trim().to_ascii_lowercase())
            .collect();
        for method in &methods {
            // axum answers HEAD on every GET route by itself.
            if method == "head" && methods.contains("get") {
                continue;
            }
            served.insert((method.clone(), path.clone()));
        }
    }

    // What the document holds.
    let mut documented = BTreeSet::new();
    let mut operations = BTreeMap::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                documented.insert((method.to_string(), path.clone()));
                operations.insert((method.to_string(), path.clone()), operation.clone());
            }
        }
    }

    let undocumented: Vec<_> = served.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "served but not in /api/openapi.json (register the route with `routes!` and a #[utoipa::path]): {undocumented:?}"
    );
    let unserved: Vec<_> = documented.difference(&served).collect();
    assert!(unserved.is_empty(), "in /api/openapi.json but not served: {unserved:?}");
    assert!(
        documented.len() >= 30,
        "only {} operations documented",
        documented.len()
    );

    let schemes = document["components"]["securitySchemes"]
        .as_object()
        .expect("security schemes");
    let mut ids = BTreeSet::new();
    for ((method, path), operation) in &operations {
        let what = format!("{} {path}", method.to_uppercase());
        let id = operation["operationId"].as_str().unwrap_or_default();
        assert!(
            !id.is_empty() && ids.insert(id.to_string()),
            "{what}: operationId `{id}` missing or not unique"
        );

        // Each parameter of the pattern is documented, and no other.
        let declared: BTreeSet<String> = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "path")
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(declared, parameters(path), "{what}: path parameters");

        // Routed: neither the fallback's 404 nor a 405.
        let anonymous = call(&app, method, &concrete(path), None).await;
        assert!(
            !unrouted(&anonymous) && anonymous.status != StatusCode::METHOD_NOT_ALLOWED,
            "{what} is documented but the router answers {}: {}",
            anonymous.status,
            anonymous.body
        );
        assert!(
            operation["responses"]
                .as_object()
                .is_some_and(|r| r.contains_key(anonymous.status.as_str())),
            "{what} answered {} without a token, a status its documentation does not list",
            anonymous.status
        );

        // The security it declares is the token it asks for: without one, or
        // with an unknown one of its kind, 401; with the other kind, 403.
        let security: Vec<String> = operation["security"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|requirement| requirement.as_object().unwrap().keys().cloned())
            .collect();
        for scheme in &security {
            assert!(
                schemes.contains_key(scheme),
                "{what}: unknown security scheme `{scheme}`"
            );
        }
        let unknown_api = format!("{}{}", service::secret::API_PREFIX, "0".repeat(64));
        let unknown_invitation = format!("{}{}", service::secret::INVITATION_PREFIX, "0".repeat(64));
        match security.as_slice() {
            [] => assert_ne!(
                anonymous.status,
                StatusCode::UNAUTHORIZED,
                "{what} asks for a token the document does not declare"
            ),
            [scheme] => {
                let (own, other) = match scheme.as_str() {
                    "api_token" => (&unknown_api, &unknown_invitation),
                    "invitation_token" => (&unknown_invitation, &unknown_api),
                    _ => panic!("{what}: no check for the scheme `{scheme}`"),
                };
                assert_eq!(
                    anonymous.status,
                    StatusCode::UNAUTHORIZED,
                    "{what} without a token: {}",
                    anonymous.body
                );
                let answer = call(&app, method, &concrete(path), Some(own)).await;
                assert_eq!(
                    answer.status,
                    StatusCode::UNAUTHORIZED,
                    "{what} with an unknown {scheme}: {}",
                    answer.body
                );
                let answer = call(&app, method, &concrete(path), Some(other)).await;
                assert_eq!(
                    answer.status,
                    StatusCode::FORBIDDEN,
                    "{what} with the other kind of token than {scheme}: {}",
                    answer.body
                );
            }
            more => panic!("{what}: one security scheme expected, found {more:?}"),
        }
    }

    // Every reference resolves.
    let text = document.to_string();
    for reference in text.split("\"$ref\":\"").skip(1) {
        let reference = &reference[..reference.find('"').unwrap()];
        let pointer = reference.strip_prefix('#').expect("local references only");
        assert!(document.pointer(pointer).is_some(), "dangling reference {reference}");
    }
}
