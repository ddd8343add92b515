//! The web pages: the candidate's (`/attempt`, opened from the invitation link
//! `/attempt#<token>`) and the graders' (`/admin`). Their files are built from
//! `service/web/` into `service/web/dist/` and embedded here, so the binary serves them with
//! no network access and nothing beside it.

use super::AppState;
use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;

/// One built file.
struct Asset {
    name: &'static str,
    /// A strong validator: the SHA-256 of the body, quoted.
    etag: &'static str,
    body: &'static [u8],
    /// The same body gzipped, when that makes it notably smaller, with its own tag.
    gzip: Option<(&'static [u8], &'static str)>,
}

/// Every file of `service/web/dist/`, listed by the build (`./dev web`).
static ASSETS: &[Asset] = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/web/dist/assets.rs"));

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/admin") }))
        .route(
            "/attempt",
            get(|headers: HeaderMap| async move { page("attempt.html", &headers) }),
        )
        .route(
            "/admin",
            get(|headers: HeaderMap| async move { page("admin.html", &headers) }),
        )
        .route("/assets/{file}", get(asset))
}

fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|asset| asset.name == name)
}

/// A page: revalidated on every load (its name never changes), so a new
/// build's scripts are picked up at once.
fn page(name: &str, headers: &HeaderMap) -> Response {
    let Some(asset) = find(name) else {
        return (StatusCode::NOT_FOUND, "the web UI was not built into this binary").into_response();
    };
    let mut response = serve(asset, headers, "no-cache");
    let set = response.headers_mut();
    // Scripts and styles come only from this server, and nothing may frame the
    // pages; inline styles are allowed for the editor and math layout.
    set.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; \
             font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    set.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    set.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// Scripts, styles and fonts: their names carry a hash of their content, so
/// they can be cached for good.
async fn asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    match find(&file).filter(|asset| !asset.name.ends_with(".html")) {
        Some(asset) => serve(asset, &headers, "public, max-age=31536000, immutable"),
        None => (StatusCode::NOT_FOUND, "no such file").into_response(),
    }
}

fn serve(asset: &'static Asset, headers: &HeaderMap, cache: &'static str) -> Response {
    let (body, etag, gzipped) = match asset.gzip.filter(|_| accepts_gzip(headers)) {
        Some((body, etag)) => (body, etag, true),
        None => (asset.body, asset.etag, false),
    };
    let mut common = HeaderMap::new();
    common.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    common.insert(header::ETAG, HeaderValue::from_static(etag));
    common.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if asset.gzip.is_some() {
        common.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|tags| {
            tags.split(',')
                .any(|tag| matches!(tag.trim(), "*") || tag.trim() == etag)
        });
    if matches {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    common.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(asset.name)));
    if gzipped {
        common.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    (common, body).into_response()
}

fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value.split(',').any(|coding| {
                let mut parts = coding.split(';');
                let name = parts.next().unwrap_or("").trim();
                let refused = parts.any(|p| {
                    matches!(
                        p.trim().replace(' ', "").as_str(),
                        "q=0" | "q=0.0" | "q=0.00" | "q=0.000"
                    )
                });
                name.eq_ignore_ascii_case("gzip") && !refused
            })
        })
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_their_scripts_are_embedded() {
        for page in ["attempt.html", "admin.html"] {
            let asset = find(page).expect(page);
            let html = std::str::from_utf8(asset.body).unwrap();
            // Every file a page names is embedded too.
            for name in html
                .split("/assets/")
                .skip(1)
                .map(|rest| rest.split('"').next().unwrap())
            {
                assert!(find(name).is_some(), "{page} names {name}, which is not embedded");
            }
        }
    }

    #[test]
    fn revalidation_by_tag_per_encoding() {
        let page = find("attempt.html").unwrap();
        let (_, gzip_tag) = page.gzip.expect("pages are gzipped");
        let mut headers = HeaderMap::new();
        let plain = serve(page, &headers, "no-cache");
        assert_eq!(plain.status(), StatusCode::OK);
        assert_eq!(plain.headers()[header::ETAG], page.etag);
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        let zipped = serve(page, &headers, "no-cache");
        assert_eq!(zipped.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(zipped.headers()[header::ETAG], gzip_tag);
        assert_ne!(gzip_tag, page.etag);
        headers.insert(header::IF_NONE_MATCH, HeaderValue::from_static(gzip_tag));
        assert_eq!(serve(page, &headers, "no-cache").status(), StatusCode::NOT_MODIFIED);
        headers.insert(header::IF_NONE_MATCH, HeaderValue::from_static(page.etag));
        assert_eq!(serve(page, &headers, "no-cache").status(), StatusCode::OK);
    }

    #[test]
    fn gzip_negotiation() {
        let mut headers = HeaderMap::new();
        assert!(!accepts_gzip(&headers));
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("br, gzip, deflate"));
        assert!(accepts_gzip(&headers));
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip;q=0, br"));
        assert!(!accepts_gzip(&headers));
    }
}
