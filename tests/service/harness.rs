//! What the service's tests share: a service on a fresh database of either
//! backend (SQLite in a temporary folder, or a database of its own on the
//! PostgreSQL server named by `OA_TEST_POSTGRES_URL`), its routes driven in
//! process, and the fixture problem `sum` (40 points for small inputs, 60 for
//! large ones that overflow a 32-bit sum).
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use judge::Judging;
use serde_json::{json, Value};
use service::config::Settings;
use service::store::{self, Store};
use service::Service;
use sqlx::{Connection, Executor};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use tower::ServiceExt;

pub const ACCEPTED: &str = r#"#include <cstdio>
int main() { int n; long long s = 0, x; scanf("%d", &n); while (n--) { scanf("%lld", &x); s += x; } printf("%lld\n", s); }
"#;
/// Right on small inputs, overflows on large ones: WA with the small group's 40 points.
pub const OVERFLOWS: &str = r#"#include <cstdio>
int main() { int n, s = 0, x; scanf("%d", &n); while (n--) { scanf("%d", &x); s += x; } printf("%d\n", s); }
"#;

/// Right, but slow: it spins about 0.75 s of instructions on each test
/// (within the 1 s limit), so its judging lasts seconds.
pub const SLOW: &str = r#"#include <cstdio>
int main() { volatile long long spin = 0; for (long long i = 0; i < 850000000; i++) spin += i;
  int n; long long s = 0, x; scanf("%d", &n); while (n--) { scanf("%lld", &x); s += x; } printf("%lld\n", s); }
"#;

/// The variable naming the PostgreSQL server the tests use.
pub const POSTGRES_URL: &str = "OA_TEST_POSTGRES_URL";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named test body, `async fn NAME(backend: Backend)`, on both
/// backends, as the tests `NAME::sqlite` and `NAME::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::harness::Backend::Sqlite).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::harness::Backend::Postgres).await
            }
        }
    )*};
}

/// The PostgreSQL server's URL, for a role that may create databases. Unset is
/// a failure, not a skip: a suite that silently skipped PostgreSQL would pass
/// without testing what runs at scale.
pub fn postgres_url() -> String {
    match std::env::var(POSTGRES_URL) {
        Ok(url) if !url.trim().is_empty() => url,
        _ => panic!(
            "{POSTGRES_URL} is not set, so the PostgreSQL tests cannot run: run the tests with `./dev test`, \
             which installs and starts PostgreSQL and sets it, or set it to postgres://USER:PASSWORD@HOST:PORT/DATABASE \
             for a role that may create databases"
        ),
    }
}

/// `url` with its database replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority = base.find("://").map_or(0, |i| i + 3);
    let end = base[authority..].find('/').map_or(base.len(), |i| authority + i);
    match query {
        Some(query) => format!("{}/{name}?{query}", &base[..end]),
        None => format!("{}/{name}", &base[..end]),
    }
}

/// An empty database for one test, so that tests run in parallel: an SQLite
/// file in a temporary folder, or a PostgreSQL database dropped afterwards.
pub struct Database {
    pub url: String,
    pub backend: Backend,
    dir: Option<tempfile::TempDir>,
    /// The server's URL and this test's database on it.
    postgres: Option<(String, String)>,
}

impl Database {
    pub async fn new(backend: Backend) -> Database {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                Database {
                    url: store::sqlite_url(&dir.path().join("oa.db")),
                    backend,
                    dir: Some(dir),
                    postgres: None,
                }
            }
            Backend::Postgres => {
                static NEXT: AtomicUsize = AtomicUsize::new(0);
                let server = postgres_url();
                let name = format!(
                    "oa_test_{}_{}_{}",
                    std::process::id(),
                    store::now_ms(),
                    NEXT.fetch_add(1, Ordering::Relaxed)
                );
                let mut admin = sqlx::PgConnection::connect(&server).await.unwrap_or_else(|err| {
                    panic!(
                        "cannot connect to {POSTGRES_URL} ({}): {err}; `./dev test` starts the local server",
                        store::redact(&server)
                    )
                });
                admin
                    .execute(format!("CREATE DATABASE {name}").as_str())
                    .await
                    .unwrap_or_else(|err| {
                        panic!("cannot create the test database {name} (the role needs CREATEDB): {err}")
                    });
                let _ = admin.close().await;
                Database {
                    url: with_database(&server, &name),
                    backend,
                    dir: None,
                    postgres: Some((server, name)),
                }
            }
        }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let Some((server, name)) = self.postgres.take() else {
            return;
        };
        // On a thread of its own: this may run inside the test's runtime,
        // which cannot be blocked on from within.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                if let Ok(mut admin) = sqlx::PgConnection::connect(&server).await {
                    // FORCE: the test's pools and workers may still hold connections.
                    let _ = admin
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                }
            })
        })
        .join();
    }
}

/// One sandbox for the whole test binary; compiled modules and builds are
/// content-addressed, so the user's cache is shared safely.
pub fn judging() -> Arc<Judging> {
    static JUDGING: OnceLock<Arc<Judging>> = OnceLock::new();
    JUDGING
        .get_or_init(|| Arc::new(Judging::new(judge::paths::cache_dir()).expect("sandbox")))
        .clone()
}

pub struct Server {
    pub service: Arc<Service>,
    pub app: axum::Router,
    pub admin: String,
    stop: Option<tokio::sync::watch::Sender<bool>>,
    /// Last: dropped after the workers were told to stop.
    database: Option<Database>,
}

impl Server {
    /// A service on a fresh database with the fixture problems and `workers` workers.
    pub async fn start(backend: Backend, workers: usize, settings: Settings) -> Server {
        let database = Database::new(backend).await;
        let mut server = Server::on(&database.url, workers, settings).await;
        server.database = Some(database);
        server
    }

    /// A service on the database at `url`, which may hold a previous run's data.
    pub async fn on(url: &str, workers: usize, settings: Settings) -> Server {
        let store = Store::connect(url).await.expect("database");
        let service = Arc::new(Service::new(store.clone(), settings, judging()));
        let (imported, skipped) = service
            .catalog
            .import_dir(std::path::Path::new("tests/fixtures/problems"))
            .await
            .unwrap();
        assert!(imported.iter().any(|i| i.problem_id == "sum"), "{skipped:?}");
        let (_, admin) = ::service::access::issue_token(&store, ::service::Role::Admin, "test")
            .await
            .unwrap();
        let (stop, stopped) = tokio::sync::watch::channel(false);
        tokio::spawn(::service::closing::run(service.clone(), stopped.clone()));
        ::service::worker::spawn(
            workers,
            &::service::worker::Worker::for_service(&service, "test".into()),
            stopped,
        );
        Server {
            app: ::service::http::router(service.clone()),
            service,
            admin,
            stop: Some(stop),
            database: None,
        }
    }

    /// Starts checking the problem versions in the background, as `oa serve`
    /// does unless `check_problems` is off; it stops with the server.
    pub fn check_problems(&self) {
        let stop = self.stop.as_ref().expect("running").subscribe();
        tokio::spawn(::service::background_check::check_problems(self.service.clone(), stop));
    }

    pub fn backend(&self) -> Backend {
        match self.service.store.dialect {
            store::Dialect::Sqlite => Backend::Sqlite,
            store::Dialect::Postgres => Backend::Postgres,
        }
    }

    pub async fn token(&self, role: &str) -> String {
        let role = ::service::Role::parse(role).expect("a role");
        let (_, token) = ::service::access::issue_token(&self.service.store, role, "test")
            .await
            .unwrap();
        token
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let (status, text) = self.call_text(method, path, token, body).await;
        let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, value)
    }

    pub async fn call_text(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, String) {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let request = match body {
            Some(body) => request
                .header("content-type", "application/json")
                .body(Body::from(body.to_string())),
            None => request.body(Body::empty()),
        }
        .unwrap();
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The assessment's results, as a grader signed in as admin reads them.
    pub async fn results(&self, assessment: i64) -> (StatusCode, Value) {
        self.call(
            Method::GET,
            &format!("/api/assessments/{assessment}/results"),
            Some(&self.admin),
            None,
        )
        .await
    }

    /// An assessment of `sum`: its id.
    pub async fn assessment(&self) -> i64 {
        let (status, created) = self
            .call(
                Method::POST,
                "/api/assessments",
                Some(&self.admin),
                Some(json!({"title": "Backend screen", "problems": ["sum"], "duration_minutes": 60, "languages": ["cpp", "python"]})),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        created["id"].as_i64().unwrap()
    }

    /// An assessment of `sum` and an invitation to it: (assessment id, candidate token).
    pub async fn invited(&self, name: &str) -> (i64, String) {
        let id = self.assessment().await;
        (id, self.invite(id, name).await)
    }

    pub async fn invite(&self, assessment: i64, name: &str) -> String {
        let (status, invitation) = self
            .call(
                Method::POST,
                &format!("/api/assessments/{assessment}/invitations"),
                Some(&self.admin),
                Some(json!({"name": name, "email": format!("{}@example.com", name.to_lowercase())})),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{invitation}");
        let token = invitation["token"].as_str().unwrap().to_string();
        assert!(invitation["url"].as_str().unwrap().ends_with(&token));
        token
    }

    pub async fn submit(&self, candidate: &str, source: &str) -> (StatusCode, Value) {
        self.call(
            Method::POST,
            "/api/attempt/submissions",
            Some(candidate),
            Some(json!({"problem": "sum", "language": "cpp", "source": source})),
        )
        .await
    }

    /// The submission once judged (or failed), as its candidate sees it.
    pub async fn judged(&self, candidate: &str, id: i64) -> Value {
        let started = Instant::now();
        loop {
            let (status, view) = self
                .call(
                    Method::GET,
                    &format!("/api/attempt/submissions/{id}"),
                    Some(candidate),
                    None,
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{view}");
            if matches!(view["status"].as_str(), Some("done" | "error")) {
                return view;
            }
            assert!(
                started.elapsed() < Duration::from_secs(300),
                "not judged in time: {view}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

/// The events of a server-sent events body: (event name, data as JSON).
pub fn events(text: &str) -> Vec<(String, Value)> {
    text.split("\n\n")
        .filter_map(|block| {
            let mut name = None;
            let mut data = String::new();
            for line in block.lines() {
                if let Some(value) = line.strip_prefix("event:") {
                    name = Some(value.trim().to_string());
                } else if let Some(value) = line.strip_prefix("data:") {
                    data.push_str(value.trim_start());
                }
            }
            Some((name?, serde_json::from_str(&data).ok()?))
        })
        .collect()
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(true);
        }
    }
}

#[test]
fn database_urls_are_rewritten() {
    assert_eq!(
        with_database("postgres://u:p@127.0.0.1:5432/oa_test", "t1"),
        "postgres://u:p@127.0.0.1:5432/t1"
    );
    assert_eq!(
        with_database("postgres://u@db/oa?sslmode=disable", "t1"),
        "postgres://u@db/t1?sslmode=disable"
    );
    assert_eq!(with_database("postgres://u@db", "t1"), "postgres://u@db/t1");
}
