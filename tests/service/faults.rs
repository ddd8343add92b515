//! The fault suite: a real `oa serve` process (the binary) under the faults a
//! production server meets, each ending with a clear answer and nothing lost.
//!
//! - the server killed with SIGKILL while submissions are being posted and
//!   judged, then started again on the same data;
//! - PostgreSQL stopped and started again while workers judge;
//! - the disk holding the SQLite database full, then freed.
//!
//! (A worker killed mid-judge is `workers.rs`.) Nothing here depends on speed:
//! each step waits for a state, with deadlines of minutes that only catch a hang.

use crate::harness::{Backend, Database, ACCEPTED, OVERFLOWS, POSTGRES_URL, SLOW};
use serde_json::{json, Value};
use service::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The longest any one step may take before the test calls it a hang.
const HANG: Duration = Duration::from_secs(300);

/// Whether the tests run as root (`/proc/self` belongs to the process's user).
fn root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// A free port on loopback, for a server started next.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Settings for the faults: many submissions a minute (the tests post
/// batches), no background checks (their writes would muddle what is
/// asserted), and `extra`.
fn config(dir: &Path, extra: &str) -> PathBuf {
    let path = dir.join("oa.toml");
    std::fs::write(
        &path,
        format!("submissions_per_minute = 100000\ncheck_problems = false\n{extra}"),
    )
    .unwrap();
    path
}

/// An admin token made with `oa token create` on the database at `url`.
fn admin_token(url: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_oa"))
        .args(["token", "create", "--role", "admin", "--database", url])
        .env_remove("OA_DATABASE_URL")
        .output()
        .expect("oa token create runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .trim()
        .to_string()
}

/// The `oa serve` arguments for `url` on `port`.
fn serve_args(url: &str, port: u16, workers: usize, config: &Path) -> Vec<String> {
    [
        "serve",
        "--database",
        url,
        "--problems",
        "tests/fixtures/problems",
        "--listen",
        &format!("127.0.0.1:{port}"),
        "--workers",
        &workers.to_string(),
        "--config",
        config.to_str().unwrap(),
    ]
    .map(String::from)
    .to_vec()
}

/// A running `oa serve` process (perhaps behind `unshare`, which execs it, so
/// the PID is the server's), killed if the test ends first.
struct Serve {
    child: Child,
    log: PathBuf,
    http: Http,
}

impl Serve {
    /// Starts `command` (an `oa serve` on `port`), logging to `log`, and waits
    /// until it says it is ready.
    async fn start(mut command: Command, port: u16, log: PathBuf) -> Serve {
        let out = std::fs::File::options().create(true).append(true).open(&log).unwrap();
        let child = command
            .env_remove("OA_DATABASE_URL")
            .env("OA_LOG", "info")
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .expect("oa serve starts");
        let mut serve = Serve {
            child,
            log,
            http: Http::new(port),
        };
        let started = Instant::now();
        // The log is appended to over restarts: count the ready lines.
        let before = serve.output().lines().filter(|l| *l == "ready").count();
        loop {
            let output = serve.output();
            if output.lines().filter(|l| *l == "ready").count() > before {
                break;
            }
            if let Some(status) = serve.child.try_wait().unwrap() {
                panic!("oa serve exited with {status}:\n{output}");
            }
            assert!(started.elapsed() < HANG, "oa serve not ready:\n{output}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        serve
    }

    fn oa(args: &[String]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_oa"));
        command.args(args);
        command
    }

    fn output(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Still running: it did not crash.
    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client of a server on loopback. Its timeout only catches a hang.
#[derive(Clone)]
struct Http {
    client: reqwest::Client,
    base: String,
}

impl Http {
    fn new(port: u16) -> Http {
        Http {
            client: reqwest::Client::builder().timeout(HANG).build().unwrap(),
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    async fn try_call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> reqwest::Result<(u16, Value)> {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let text = response.text().await?;
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::String(text))))
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        self.try_call(method, path, token, body)
            .await
            .unwrap_or_else(|err| panic!("{path}: {err}"))
    }

    /// An assessment of `sum` and `names` invited and started: their tokens.
    async fn candidates(&self, admin: &str, names: &[&str]) -> Vec<String> {
        let (status, assessment) = self
            .call(
                reqwest::Method::POST,
                "/api/assessments",
                Some(admin),
                Some(json!({"title": "Faults", "problems": ["sum"], "duration_minutes": 600, "languages": ["cpp"]})),
            )
            .await;
        assert_eq!(status, 201, "{assessment}");
        let id = assessment["id"].as_i64().unwrap();
        let mut tokens = Vec::new();
        for name in names {
            let (status, invitation) = self
                .call(
                    reqwest::Method::POST,
                    &format!("/api/assessments/{id}/invitations"),
                    Some(admin),
                    Some(json!({"name": name, "email": format!("{}@example.com", name.to_lowercase())})),
                )
                .await;
            assert_eq!(status, 201, "{invitation}");
            let token = invitation["token"].as_str().unwrap().to_string();
            let (status, body) = self
                .call(reqwest::Method::POST, "/api/attempt/start", Some(&token), None)
                .await;
            assert_eq!(status, 200, "{body}");
            tokens.push(token);
        }
        tokens
    }

    async fn submit(&self, candidate: &str, source: &str) -> reqwest::Result<(u16, Value)> {
        self.try_call(
            reqwest::Method::POST,
            "/api/attempt/submissions",
            Some(candidate),
            Some(json!({"problem": "sum", "language": "cpp", "source": source})),
        )
        .await
    }

    async fn submission(&self, candidate: &str, id: i64) -> (u16, Value) {
        self.call(
            reqwest::Method::GET,
            &format!("/api/attempt/submissions/{id}"),
            Some(candidate),
            None,
        )
        .await
    }

    /// The submission once judged (or failed).
    async fn judged(&self, candidate: &str, id: i64) -> Value {
        let started = Instant::now();
        loop {
            let (status, view) = self.submission(candidate, id).await;
            assert_eq!(status, 200, "{view}");
            if matches!(view["status"].as_str(), Some("done" | "error")) {
                return view;
            }
            assert!(started.elapsed() < HANG, "submission {id} not judged: {view}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

fn verdict(view: &Value) -> (Option<&str>, Option<&str>, Option<f64>) {
    (
        view["status"].as_str(),
        view["verdict"].as_str(),
        view["score"].as_f64(),
    )
}

/// Every submission in the database is whole: its source is one the test
/// sent, it has its job, the job is done and it has exactly one judgement.
/// Returns the submissions' ids.
async fn all_whole_and_judged(store: &Store, sources: &[&str]) -> Vec<i64> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, source FROM submissions ORDER BY id")
        .fetch_all(&store.pool)
        .await
        .unwrap();
    for (id, source) in &rows {
        assert!(
            sources.contains(&source.as_str()),
            "submission {id}: its source is not one sent ({} bytes)",
            source.len()
        );
        let jobs: Vec<(String, Option<i64>)> =
            sqlx::query_as("SELECT state, rejudge_id FROM jobs WHERE submission_id = $1")
                .bind(id)
                .fetch_all(&store.pool)
                .await
                .unwrap();
        assert_eq!(jobs, [("done".to_string(), None)], "submission {id}: its one job, done");
        let judgements: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM judgements WHERE submission_id = $1")
            .bind(id)
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(judgements, 1, "submission {id}: judged exactly once");
    }
    let orphans: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE submission_id NOT IN (SELECT id FROM submissions)")
            .fetch_one(&store.pool)
            .await
            .unwrap();
    assert_eq!(orphans, 0, "no job without its submission");
    if store.dialect == service::store::Dialect::Sqlite {
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(check, "ok");
    }
    rows.into_iter().map(|(id, _)| id).collect()
}

crate::on_both_backends!(a_server_killed_mid_submit_loses_no_accepted_submission);

/// Four candidates post submissions back to back; the server is killed with
/// SIGKILL once a dozen were accepted and one is being judged, while posts are
/// in flight. Started again on the same data, it judges every submission it
/// answered 201 for (the one being judged too, once its lease expires), and
/// the database holds no submission without its job.
async fn a_server_killed_mid_submit_loses_no_accepted_submission(backend: Backend) {
    const LEASE_SECONDS: u64 = 10;
    let database = Database::new(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), &format!("lease_seconds = {LEASE_SECONDS}\n"));
    let admin = admin_token(&database.url);
    let log = dir.path().join("serve.log");
    let port = free_port();
    let mut serve = Serve::start(
        Serve::oa(&serve_args(&database.url, port, 1, &config)),
        port,
        log.clone(),
    )
    .await;
    let candidates = serve
        .http
        .candidates(&admin, &["Ada", "Grace", "Edsger", "Barbara"])
        .await;
    let store = Store::connect(&database.url).await.unwrap();

    let accepted = Arc::new(Mutex::new(Vec::new()));
    let unanswered = Arc::new(Mutex::new(0usize));
    let stop = Arc::new(AtomicBool::new(false));
    let posters: Vec<_> = candidates
        .iter()
        .cloned()
        .map(|candidate| {
            let (http, accepted, unanswered, stop) =
                (serve.http.clone(), accepted.clone(), unanswered.clone(), stop.clone());
            tokio::spawn(async move {
                while !stop.load(Ordering::SeqCst) {
                    match http.submit(&candidate, ACCEPTED).await {
                        Ok((201, body)) => accepted
                            .lock()
                            .unwrap()
                            .push((candidate.clone(), body["id"].as_i64().unwrap())),
                        Ok((status, body)) => panic!("a submission answered {status}: {body}"),
                        // The server died with the request in flight: it may or may not be stored.
                        Err(_) => {
                            *unanswered.lock().unwrap() += 1;
                            return;
                        }
                    }
                }
            })
        })
        .collect();

    let started = Instant::now();
    loop {
        let running: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = 'running'")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        if running > 0 && accepted.lock().unwrap().len() >= 12 {
            break;
        }
        assert!(started.elapsed() < HANG, "no job judged:\n{}", serve.output());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    serve.kill();
    stop.store(true, Ordering::SeqCst);
    for poster in posters {
        poster.await.unwrap();
    }
    let accepted = accepted.lock().unwrap().clone();
    let unanswered = *unanswered.lock().unwrap();
    let running_at_kill: Vec<(i64, i64)> =
        sqlx::query_as("SELECT submission_id, attempts FROM jobs WHERE state = 'running'")
            .fetch_all(&store.pool)
            .await
            .unwrap();
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM submissions")
        .fetch_one(&store.pool)
        .await
        .unwrap();
    eprintln!(
        "killed with {} submissions answered 201, {unanswered} posts in flight, {stored} stored, judging {running_at_kill:?}",
        accepted.len()
    );

    // Started again on the same data: every accepted submission gets its verdict.
    let port = free_port();
    let serve = Serve::start(Serve::oa(&serve_args(&database.url, port, 1, &config)), port, log).await;
    for (candidate, id) in &accepted {
        let view = serve.http.judged(candidate, *id).await;
        assert_eq!(
            verdict(&view),
            (Some("done"), Some("AC"), Some(100.0)),
            "submission {id}: {view}\n{}",
            serve.output()
        );
    }
    // Those stored without an answer are judged too: none is left half-way.
    let started = Instant::now();
    loop {
        let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state <> 'done'")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        if pending == 0 {
            break;
        }
        assert!(started.elapsed() < HANG, "jobs not done:\n{}", serve.output());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let ids = all_whole_and_judged(&store, &[ACCEPTED]).await;
    for (_, id) in &accepted {
        assert!(ids.contains(id), "accepted submission {id} is stored");
    }
    // The one being judged when the server died was judged again, once.
    for (id, attempts) in running_at_kill {
        let now: i64 = sqlx::query_scalar("SELECT attempts FROM jobs WHERE submission_id = $1")
            .bind(id)
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(now, attempts + 1, "submission {id}: claimed again after the kill");
    }
}

/// A PostgreSQL server of the test's own, in a temporary folder, that the test
/// may stop and start: the shared one of `OA_TEST_POSTGRES_URL` serves other
/// tests meanwhile. Run as the `postgres` user when the tests run as root
/// (PostgreSQL refuses root); stopped when dropped.
struct PrivatePostgres {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

impl PrivatePostgres {
    /// The newest installed server's programs: Debian's, else those on the PATH.
    fn programs() -> Option<PathBuf> {
        let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| Some((entry.file_name().to_str()?.parse().ok()?, entry.path().join("bin"))))
            .filter(|(_, bin)| bin.join("initdb").is_file())
            .collect();
        versions.sort();
        if let Some((_, bin)) = versions.pop() {
            return Some(bin);
        }
        std::env::var_os("PATH")
            .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .find(|dir| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file())
    }

    fn root() -> bool {
        root()
    }

    /// A new cluster, started; or why there cannot be one.
    fn start() -> Result<PrivatePostgres, String> {
        let bin = Self::programs().ok_or("no PostgreSQL server programs (initdb, pg_ctl) are installed")?;
        let dir = tempfile::tempdir().unwrap();
        if Self::root() {
            let status = Command::new("chown")
                .args(["postgres:postgres"])
                .arg(dir.path())
                .status()
                .map_err(|err| format!("chown: {err}"))?;
            if !status.success() {
                return Err("running as root, and there is no `postgres` user to run PostgreSQL as".into());
            }
        }
        let postgres = PrivatePostgres {
            bin,
            port: free_port(),
            dir,
        };
        postgres.run(
            "initdb",
            &[
                "-D",
                "data",
                "-U",
                "oa",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale",
                "-N",
            ],
        )?;
        postgres.start_again()?;
        Ok(postgres)
    }

    fn url(&self) -> String {
        format!("postgres://oa@127.0.0.1:{}/postgres", self.port)
    }

    /// Runs one of the server's programs in the cluster's folder.
    fn run(&self, program: &str, args: &[&str]) -> Result<(), String> {
        let path = self.bin.join(program);
        let mut command = match Self::root() {
            true => {
                let mut command = Command::new("runuser");
                command.args(["-u", "postgres", "--"]).arg(&path);
                command
            }
            false => Command::new(&path),
        };
        let out = command
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .map_err(|err| format!("{program}: {err}"))?;
        match out.status.success() {
            true => Ok(()),
            false => Err(format!(
                "{program} {}: {}{}\n{}",
                args.join(" "),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
            )),
        }
    }

    fn start_again(&self) -> Result<(), String> {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -k {} -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        self.run(
            "pg_ctl",
            &["-D", "data", "-l", "log", "-w", "-t", "300", "-o", &options, "start"],
        )
    }

    /// A fast shutdown, as a restart does: sessions are ended, in-flight
    /// transactions rolled back.
    fn stop(&self) {
        self.run("pg_ctl", &["-D", "data", "-m", "fast", "-w", "-t", "300", "stop"])
            .unwrap();
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let _ = self.run("pg_ctl", &["-D", "data", "-m", "immediate", "-w", "stop"]);
    }
}

/// Two workers judge six submissions, two of them slow; PostgreSQL is stopped
/// while a slow one is judged. While it is down, reads and submissions are
/// answered 503 saying the database is unavailable, and the server keeps
/// running; once it is back, every verdict arrives, each recorded once and
/// without judging again, and new submissions are taken and judged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_restarted_mid_judging_every_verdict_arrives() {
    if std::env::var(POSTGRES_URL).map_or(true, |url| url.trim().is_empty()) {
        eprintln!("skipped: {POSTGRES_URL} is not set, so PostgreSQL tests are off (`./dev test` sets it)");
        return;
    }
    let postgres = match PrivatePostgres::start() {
        Ok(postgres) => postgres,
        Err(why) => {
            eprintln!("skipped: cannot run a PostgreSQL server of the test's own to restart: {why}");
            return;
        }
    };
    let url = postgres.url();
    let dir = tempfile::tempdir().unwrap();
    // A lease far longer than the outage: a judgement made meanwhile must be
    // recorded once the database is back, not made again after the lease.
    let config = config(dir.path(), "lease_seconds = 600\n");
    let admin = admin_token(&url);
    let port = free_port();
    let mut serve = Serve::start(
        Serve::oa(&serve_args(&url, port, 2, &config)),
        port,
        dir.path().join("serve.log"),
    )
    .await;
    let http = serve.http.clone();
    let candidates = http.candidates(&admin, &["Ada", "Grace"]).await;
    let (ada, grace) = (&candidates[0], &candidates[1]);
    let plan = [
        (ada, SLOW, "AC", 100.0),
        (grace, SLOW, "AC", 100.0),
        (ada, ACCEPTED, "AC", 100.0),
        (grace, OVERFLOWS, "WA", 40.0),
        (ada, OVERFLOWS, "WA", 40.0),
        (grace, ACCEPTED, "AC", 100.0),
    ];
    let mut submitted = Vec::new();
    for (candidate, source, _, _) in &plan {
        let (status, body) = http.submit(candidate, source).await.unwrap();
        assert_eq!(status, 201, "{body}");
        submitted.push(body["id"].as_i64().unwrap());
    }
    let t0 = Instant::now();
    let judging = loop {
        let (_, view) = http.submission(ada, submitted[0]).await;
        match view["status"].as_str() {
            Some("judging") => break view,
            Some("queued") => {}
            _ => panic!("the slow submission was judged before it was seen judging: {view}"),
        }
        assert!(t0.elapsed() < HANG, "never judged:\n{}", serve.output());
        tokio::time::sleep(Duration::from_millis(20)).await;
    };

    postgres.stop();
    let stopped = t0.elapsed();
    let (status, health) = http.call(reqwest::Method::GET, "/healthz", None, None).await;
    assert_eq!(status, 503, "{health}");
    let unavailable = |status: u16, body: &Value| {
        assert_eq!(status, 503, "{body}\n{}", serve.output());
        assert!(
            body["error"].as_str().unwrap_or("").contains("database is unavailable"),
            "{body}"
        );
    };
    let (status, body) = http.submission(ada, submitted[0]).await;
    unavailable(status, &body);
    let (status, body) = http.submit(grace, ACCEPTED).await.unwrap();
    unavailable(status, &body);
    assert!(serve.alive(), "oa serve died with the database:\n{}", serve.output());
    postgres.start_again().unwrap();
    let restarted = t0.elapsed();

    let mut views = Vec::new();
    for ((candidate, _, _, _), id) in plan.iter().zip(&submitted) {
        views.push(http.judged(candidate, *id).await);
    }
    for (((_, _, verdict_wanted, score), id), view) in plan.iter().zip(&submitted).zip(&views) {
        assert_eq!(
            verdict(view),
            (Some("done"), Some(*verdict_wanted), Some(*score)),
            "submission {id}: {view}\n{}",
            serve.output()
        );
    }
    let (status, health) = http.call(reqwest::Method::GET, "/healthz", None, None).await;
    assert_eq!(status, 200, "{health}");
    let (status, body) = http.submit(grace, ACCEPTED).await.unwrap();
    assert_eq!(status, 201, "{body}");
    let after = body["id"].as_i64().unwrap();
    assert_eq!(
        verdict(&http.judged(grace, after).await),
        (Some("done"), Some("AC"), Some(100.0))
    );
    assert!(serve.alive(), "the same oa serve process throughout");

    let store = Store::connect(&url).await.unwrap();
    let ids = all_whole_and_judged(&store, &[SLOW, ACCEPTED, OVERFLOWS]).await;
    assert_eq!(ids, submitted.iter().copied().chain([after]).collect::<Vec<_>>());
    let attempts: Vec<i64> = sqlx::query_scalar("SELECT attempts FROM jobs ORDER BY id")
        .fetch_all(&store.pool)
        .await
        .unwrap();
    assert!(
        attempts.iter().all(|a| *a == 1),
        "every job judged once, none again after the outage: {attempts:?}\n{}",
        serve.output()
    );
    let retried = serve.output().matches("cannot record the judgement").count();
    eprintln!(
        "PostgreSQL stopped at {:.2} s with submission {} judging ({} of {} tests done), started again at {:.2} s; \
         {retried} tries to record a judgement waited for it; all {} judged once",
        stopped.as_secs_f64(),
        submitted[0],
        judging["tests_done"],
        judging["tests_total"],
        restarted.as_secs_f64(),
        ids.len()
    );
}

/// `unshare`'s flags for a mount namespace of our own: root has the right to
/// mount; anyone else gets it in a user namespace of their own.
fn unshare_flags() -> &'static [&'static str] {
    match root() {
        true => &["--mount", "--propagation", "private"],
        false => &["--user", "--map-root-user", "--mount", "--propagation", "private"],
    }
}

/// Writes zeros to `path` until the filesystem is full.
fn fill(path: &Path) -> u64 {
    use std::io::Write;
    let mut file = std::fs::File::create(path).unwrap();
    let chunk = vec![0u8; 64 << 10];
    let mut written = 0;
    loop {
        match file.write(&chunk) {
            Ok(0) => panic!("writes stopped without saying why"),
            Ok(n) => written += n as u64,
            Err(err) if err.kind() == std::io::ErrorKind::StorageFull => return written,
            Err(err) => panic!("filling {}: {err}", path.display()),
        }
    }
}

/// The server's data directory on an 8 MiB tmpfs (a mount namespace of its
/// own, so nothing outside sees it), reached from the test through
/// `/proc/PID/root`. Two submissions are judged; the disk is filled; big
/// submissions are posted until one is refused: 507 saying storage is full.
/// Reads still answer what was stored; the disk is freed; the submissions
/// taken before the refusal are judged, a new one is taken and judged, and the
/// database is whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_submissions_clearly_and_loses_nothing() {
    /// Submissions refused on the full disk: twice the SQLite pool's connections.
    const REFUSALS: usize = 16;
    /// Submissions taken once space is freed: the SQLite pool's connections.
    const AFTER: usize = 8;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let probe = Command::new("unshare")
        .args(unshare_flags())
        .args(["--", "sh", "-c", "mount -t tmpfs -o size=1m oa-faults \"$1\"", "sh"])
        .arg(&data)
        .output();
    match probe {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            eprintln!(
                "skipped: cannot mount a small filesystem in a mount namespace of the test's own: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return;
        }
        Err(err) => {
            eprintln!("skipped: cannot run unshare (util-linux): {err}");
            return;
        }
    }
    let url = service::store::sqlite_url(&data.join("oa.db"));
    let config = config(dir.path(), "max_source_kib = 512\n");
    let token = dir.path().join("admin-token");
    let port = free_port();
    // unshare and sh exec oa: the child's PID is the server's.
    let script = r#"mount -t tmpfs -o size="$1" oa-faults "$2" || exit 97
url=$3 token=$4
shift 4
"$1" token create --role admin --database "$url" > "$token" || exit 98
exec "$@""#;
    let mut command = Command::new("unshare");
    command
        .args(unshare_flags())
        .args(["--", "sh", "-c", script, "sh", "8m"])
        .arg(&data)
        .arg(&url)
        .arg(&token)
        .arg(env!("CARGO_BIN_EXE_oa"))
        .args(serve_args(&url, port, 1, &config));
    let mut serve = Serve::start(command, port, dir.path().join("serve.log")).await;
    let admin = std::fs::read_to_string(&token)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .trim()
        .to_string();
    // The server's view of the data directory.
    let inside = PathBuf::from(format!("/proc/{}/root", serve.child.id())).join(data.strip_prefix("/").unwrap());
    assert!(inside.join("oa.db").is_file(), "{}", inside.display());
    let http = serve.http.clone();
    let ada = http.candidates(&admin, &["Ada"]).await.remove(0);

    let mut before = Vec::new();
    for source in [ACCEPTED, OVERFLOWS] {
        let (status, body) = http.submit(&ada, source).await.unwrap();
        assert_eq!(status, 201, "{body}");
        let id = body["id"].as_i64().unwrap();
        before.push((id, http.judged(&ada, id).await));
    }
    assert_eq!(verdict(&before[1].1), (Some("done"), Some("WA"), Some(40.0)));

    // One is being judged when the disk fills: its judgement waits for space.
    let (status, body) = http.submit(&ada, SLOW).await.unwrap();
    assert_eq!(status, 201, "{body}");
    let slow = body["id"].as_i64().unwrap();
    let started = Instant::now();
    while http.submission(&ada, slow).await.1["status"] == "queued" {
        assert!(started.elapsed() < HANG, "never judged:\n{}", serve.output());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let filled = fill(&inside.join("filler"));
    // A submission's rows may still fit in space SQLite already holds (its
    // write-ahead log is reused), so post big ones until one is refused.
    let big = format!("{ACCEPTED}// {}\n", "x".repeat(500 << 10));
    // Then more, each refused the same way: every connection of the server's
    // pool meets failed commits, several times over, and must be as good as
    // new once there is space again.
    let mut taken = Vec::new();
    let mut refusals = Vec::new();
    while refusals.len() < REFUSALS {
        let (status, body) = http.submit(&ada, &big).await.unwrap();
        match status {
            201 => taken.push(body["id"].as_i64().unwrap()),
            507 => refusals.push(body),
            _ => panic!(
                "a submission on a full disk, after {} refusals, answered {status}: {body}\n{}",
                refusals.len(),
                serve.output()
            ),
        }
        assert!(taken.len() < 64, "64 submissions of 500 KiB taken on a full 8 MiB disk");
    }
    let message = refusals[0]["error"].as_str().unwrap_or_default();
    for refusal in &refusals {
        assert!(
            refusal["error"]
                .as_str()
                .unwrap_or_default()
                .contains("storage is full"),
            "{refusal}"
        );
    }

    // Reads go on, and what was stored is as it was.
    for (id, view) in &before {
        let (status, now) = http.submission(&ada, *id).await;
        assert_eq!((status, &now), (200, view));
    }
    for id in &taken {
        let (status, view) = http.submission(&ada, *id).await;
        assert_eq!(status, 200, "{view}");
    }
    let (status, health) = http.call(reqwest::Method::GET, "/healthz", None, None).await;
    assert_eq!(status, 200, "{health}");
    assert!(serve.alive(), "oa serve died of the full disk:\n{}", serve.output());

    // The slow one's judgement is made on the full disk: recorded, if it fit
    // in space SQLite held already, or waiting for space.
    let started = Instant::now();
    while !serve.output().contains("cannot record the judgement")
        && http.submission(&ada, slow).await.1["status"] != "done"
    {
        assert!(started.elapsed() < HANG, "never judged:\n{}", serve.output());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Space freed: what was taken is judged, and new submissions are taken.
    std::fs::remove_file(inside.join("filler")).unwrap();
    for id in [slow].iter().chain(&taken) {
        let view = http.judged(&ada, *id).await;
        assert_eq!(verdict(&view), (Some("done"), Some("AC"), Some(100.0)), "{view}");
    }
    // As many as the pool has connections, so that each of them takes one.
    let mut after = Vec::new();
    for _ in 0..AFTER {
        let (status, body) = http.submit(&ada, ACCEPTED).await.unwrap();
        assert_eq!(status, 201, "{body}\n{}", serve.output());
        after.push(body["id"].as_i64().unwrap());
    }
    for id in &after {
        let view = http.judged(&ada, *id).await;
        assert_eq!(verdict(&view), (Some("done"), Some("AC"), Some(100.0)), "{view}");
    }

    // SQLite resolves /proc/PID/root (a link to "/") to this namespace's
    // empty mount point, so the check reads a copy, taken with the server
    // stopped (SIGSTOP): what a crash at that instant would leave.
    let copy = dir.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    let pid = serve.child.id().to_string();
    assert!(Command::new("kill").args(["-STOP", &pid]).status().unwrap().success());
    for file in ["oa.db", "oa.db-wal"] {
        if inside.join(file).exists() {
            std::fs::copy(inside.join(file), copy.join(file)).unwrap();
        }
    }
    assert!(Command::new("kill").args(["-CONT", &pid]).status().unwrap().success());
    let store = Store::connect(&service::store::sqlite_url(&copy.join("oa.db")))
        .await
        .unwrap();
    let ids = all_whole_and_judged(&store, &[ACCEPTED, OVERFLOWS, SLOW, &big]).await;
    let expected: Vec<i64> = before
        .iter()
        .map(|(id, _)| *id)
        .chain([slow])
        .chain(taken.iter().copied())
        .chain(after.iter().copied())
        .collect();
    assert_eq!(ids, expected);
    let attempts: Vec<i64> = sqlx::query_scalar("SELECT attempts FROM jobs ORDER BY id")
        .fetch_all(&store.pool)
        .await
        .unwrap();
    assert!(
        attempts.iter().all(|a| *a == 1),
        "every job judged once, none again for the full disk: {attempts:?}\n{}",
        serve.output()
    );
    let waited = serve.output().matches("cannot record the judgement").count();
    assert!(serve.alive());
    eprintln!(
        "a full disk ({} MiB of filler): {} big submissions taken, then {} refused with 507: {message}; \
         {waited} tries to record a judgement waited for space",
        filled >> 20,
        taken.len(),
        refusals.len()
    );
}
