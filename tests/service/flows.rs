//! Both flows end to end, on each backend: the candidate's (invitation, start,
//! run, submit, live verdicts, finish) and the graders' (assessments, results,
//! rejudge sets, the webhook), the refusals, and the queue's durability.

use crate::harness::{Backend, Database, Server, ACCEPTED, OVERFLOWS};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use service::config::Settings;
use service::queue::Queue;
use service::store;
use std::sync::Arc;
use std::time::{Duration, Instant};

crate::on_both_backends!(
    scripted_session,
    refusals,
    expired_lease_is_taken_again_and_recorded_once,
    a_submission_s_processor_time_allowance_ends_its_judging,
    a_restart_loses_no_accepted_submission,
    rejudge_set_shows_old_and_new_then_applies,
    webhook_posts_signed_results_and_retries,
);

async fn scripted_session(backend: Backend) {
    let server = Server::start(backend, 1, Settings::default()).await;
    let (assessment, ada) = server.invited("Ada").await;
    let grace = server.invite(assessment, "Grace").await;

    let (status, view) = server.call(Method::GET, "/api/attempt", Some(&ada), None).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["attempt"], Value::Null);
    assert_eq!(view["problems"][0]["id"], "sum");

    let (status, attempt) = server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    assert_eq!(status, StatusCode::OK, "{attempt}");
    assert_eq!(attempt["state"], "in_progress");
    // Starting again changes nothing.
    let (_, again) = server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    assert_eq!(again["deadline"], attempt["deadline"]);

    let (status, problem) = server
        .call(Method::GET, "/api/attempt/problems/sum", Some(&ada), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{problem}");
    assert_eq!(problem["samples"][0]["input"], "3\n1 2 3\n");
    assert!(
        !problem.to_string().contains("10 20 30 40"),
        "hidden tests must not leave the server"
    );

    // Runs are not submissions.
    let (status, ran) = server
        .call(
            Method::POST,
            "/api/attempt/run",
            Some(&ada),
            Some(json!({"problem": "sum", "language": "cpp", "source": ACCEPTED})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{ran}");
    assert_eq!(ran["verdict"], "AC");
    assert_eq!(ran["tests"][0]["answer"], "6\n");
    assert_eq!(ran["tests"][0]["output"], "6\n", "the candidate sees their own output");
    let (status, ran) = server
        .call(
            Method::POST,
            "/api/attempt/run",
            Some(&ada),
            Some(json!({"problem": "sum", "language": "cpp", "source": ACCEPTED, "input": "2\n40 2\n"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{ran}");
    assert_eq!(ran["run"]["stdout"], "42\n");

    let (status, accepted) = server.submit(&ada, ACCEPTED).await;
    assert_eq!(status, StatusCode::CREATED, "{accepted}");
    assert_eq!(accepted["status"], "queued");
    let (status, wrong) = server.submit(&ada, OVERFLOWS).await;
    assert_eq!(status, StatusCode::CREATED, "{wrong}");

    let accepted = server.judged(&ada, accepted["id"].as_i64().unwrap()).await;
    assert_eq!(
        (accepted["verdict"].as_str(), accepted["score"].as_f64()),
        (Some("AC"), Some(100.0)),
        "{accepted}"
    );
    let wrong = server.judged(&ada, wrong["id"].as_i64().unwrap()).await;
    assert_eq!(
        (wrong["verdict"].as_str(), wrong["score"].as_f64()),
        (Some("WA"), Some(40.0)),
        "{wrong}"
    );
    // Feedback "samples": sample tests in detail, hidden ones not at all.
    let tests = wrong["tests"].as_array().unwrap();
    assert!(
        !tests.is_empty() && tests.iter().all(|t| t["group"] == "sample"),
        "{wrong}"
    );

    let (status, finished) = server.call(Method::POST, "/api/attempt/finish", Some(&ada), None).await;
    assert_eq!((status, finished["state"].as_str()), (StatusCode::OK, Some("finished")));
    let (status, refused) = server.submit(&ada, ACCEPTED).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");

    // The live stream replays the verdicts, then ends: the attempt is over.
    let (status, events) = server
        .call_text(Method::GET, "/api/attempt/events", Some(&ada), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(events.matches("event: submission").count(), 2, "{events}");
    assert!(
        events.contains("\"verdict\":\"AC\"") && events.contains("event: end"),
        "{events}"
    );

    let (status, results) = server.results(assessment).await;
    assert_eq!(status, StatusCode::OK, "{results}");
    let candidates = results["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 2);
    assert_eq!(candidates[0]["name"], "Ada");
    assert_eq!(candidates[0]["state"], "finished");
    assert_eq!(candidates[0]["score"], 100.0);
    assert_eq!(candidates[0]["problems"][0]["submissions"], 2);
    assert_eq!(candidates[1]["state"], "invited");

    let (status, csv) = server
        .call_text(
            Method::GET,
            &format!("/api/assessments/{assessment}/results.csv"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "invitation_id,name,email,state,started_at,finished_at,ended,score,max_score,pending,sum"
    );
    assert!(
        lines[1].starts_with("1,Ada,ada@example.com,finished,") && lines[1].ends_with(",finished,100,100,0,100"),
        "{csv}"
    );
    assert!(
        lines[2].starts_with("2,Grace,grace@example.com,invited,,,,0,100,0,0"),
        "{csv}"
    );

    // Graders see both judgements in full, hidden tests included.
    let (status, full) = server
        .call(
            Method::GET,
            &format!("/api/submissions/{}", wrong["id"]),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{full}");
    assert_eq!(full["source"], OVERFLOWS);
    let judgement = &full["judgements"][0];
    assert_eq!(judgement["verdict"], "WA");
    assert!(judgement["tests"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["group"] == "large"));
    assert_eq!(judgement["problem_version"], full["problem_version"]);
    assert!(judgement["engine"].as_str().unwrap().starts_with("oa-sandbox"));

    // Grace cannot see Ada's submissions.
    server
        .call(Method::POST, "/api/attempt/start", Some(&grace), None)
        .await;
    let (status, _) = server
        .call(
            Method::GET,
            &format!("/api/attempt/submissions/{}", wrong["id"]),
            Some(&grace),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The pipeline hears of Ada's finished, judged attempt once, signed.
    let (url, mut received) = hook_receiver(0).await;
    let secret = "the-pipeline-shares-this-secret";
    let mut outbox = ::service::webhook::Outbox::new(server.service.store.clone(), url, secret.into()).unwrap();
    outbox.interval = Duration::from_millis(100);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(outbox.run(server.service.clone(), stopped));
    let (headers, body) = tokio::time::timeout(Duration::from_secs(30), received.recv())
        .await
        .expect("the webhook is delivered")
        .unwrap();
    let signature = headers[::service::webhook::SIGNATURE_HEADER].to_str().unwrap();
    assert!(
        ::service::webhook::verify(secret.as_bytes(), signature, &body, store::now_ms() / 1000, 300),
        "{signature}"
    );
    let event: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(event["event"], "attempt.judged");
    assert_eq!(event["assessment_id"], assessment);
    let candidate = &event["candidate"];
    assert_eq!(
        (candidate["name"].as_str(), candidate["score"].as_f64()),
        (Some("Ada"), Some(100.0)),
        "{event}"
    );
    assert_eq!(candidate["problems"][0]["submissions"], 2, "{event}");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        received.try_recv().is_err(),
        "one event, for Ada only: Grace's attempt is still open"
    );
    let _ = stop.send(true);
}

async fn refusals(backend: Backend) {
    let settings = Settings {
        max_source_bytes: 1000,
        submissions_per_minute: 2,
        ..Settings::default()
    };
    let server = Server::start(backend, 0, settings).await;
    let (assessment, ada) = server.invited("Ada").await;
    let error = |value: &Value| value["error"].as_str().unwrap_or_default().to_string();

    // Tokens: missing, invalid, the wrong kind, the wrong role.
    let (status, body) = server.call(Method::GET, "/api/attempt", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(error(&body).contains("Authorization: Bearer"), "{body}");
    let (status, _) = server
        .call(Method::GET, "/api/attempt", Some("oa_inv_0000"), None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = server
        .call(
            Method::GET,
            &format!("/api/assessments/{assessment}/results"),
            Some("oa_api_nope"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = server
        .call(Method::GET, "/api/attempt", Some(&server.admin), None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = server
        .call(
            Method::GET,
            &format!("/api/assessments/{assessment}/results"),
            Some(&ada),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let grader = server.token("grader").await;
    let (status, body) = server
        .call(
            Method::POST,
            "/api/assessments",
            Some(&grader),
            Some(json!({"title": "t", "problems": ["sum"], "duration_minutes": 5})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(error(&body).contains("admin or author"), "{body}");
    let author = server.token("author").await;
    let (status, _) = server
        .call(
            Method::GET,
            &format!("/api/assessments/{assessment}/results"),
            Some(&author),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = server
        .call(
            Method::GET,
            &format!("/api/assessments/{assessment}/results"),
            Some(&grader),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    // Bodies that do not make sense.
    for (body, says) in [
        (
            json!({"title": "t", "problems": ["nope"], "duration_minutes": 5}),
            "no problem `nope`",
        ),
        (
            json!({"title": "t", "problems": ["sum"], "duration_minutes": 0}),
            "duration_minutes",
        ),
        (
            json!({"title": "t", "problems": ["sum"], "duration_minutes": 5, "languages": ["cobol"]}),
            "unknown language `cobol`",
        ),
        (
            json!({"title": "t", "problems": ["sum"], "duration_minutes": 5, "feedback": "lots"}),
            "feedback",
        ),
        (json!({"title": "t", "problems": ["sum"]}), "duration_minutes"),
        (
            json!({"title": "t", "problems": ["sum"], "duration_minutes": 5, "colour": "red"}),
            "colour",
        ),
    ] {
        let (status, answer) = server
            .call(Method::POST, "/api/assessments", Some(&server.admin), Some(body))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
        assert!(error(&answer).contains(says), "{answer} should say {says}");
    }
    let (status, _) = server
        .call(
            Method::POST,
            &format!("/api/assessments/{assessment}/invitations"),
            Some(&server.admin),
            Some(json!({"name": "X", "email": "not an address"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = server
        .call(
            Method::POST,
            "/api/assessments/999/invitations",
            Some(&server.admin),
            Some(json!({"name": "X", "email": "x@example.com"})),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Code before the start, then in every wrong way.
    let (status, _) = server.submit(&ada, ACCEPTED).await;
    assert_eq!(status, StatusCode::CONFLICT);
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let code = |language: &str, source: &str, problem: &str| json!({"problem": problem, "language": language, "source": source});
    let (status, body) = server
        .call(
            Method::POST,
            "/api/attempt/submissions",
            Some(&ada),
            Some(code("rust", "fn main() {}", "sum")),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error(&body).contains("not allowed"), "{body}");
    let (status, _) = server
        .call(
            Method::POST,
            "/api/attempt/submissions",
            Some(&ada),
            Some(code("cpp", &"x".repeat(1001), "sum")),
        )
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, _) = server
        .call(
            Method::POST,
            "/api/attempt/submissions",
            Some(&ada),
            Some(code("cpp", ACCEPTED, "pair-sum")),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = server
        .call(Method::GET, "/api/attempt/problems/pair-sum", Some(&ada), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Two submissions a minute, then 429.
    assert_eq!(server.submit(&ada, ACCEPTED).await.0, StatusCode::CREATED);
    assert_eq!(server.submit(&ada, ACCEPTED).await.0, StatusCode::CREATED);
    let (status, body) = server.submit(&ada, ACCEPTED).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(error(&body).contains("submissions a minute"), "{body}");

    // The deadline is the server's: once past, nothing is taken.
    sqlx::query("UPDATE attempts SET deadline = $1")
        .bind(store::now_ms() - 1000)
        .execute(&server.service.store.pool)
        .await
        .unwrap();
    let (status, body) = server.submit(&ada, ACCEPTED).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(error(&body).contains("deadline passed"), "{body}");
    let (status, _) = server
        .call(
            Method::POST,
            "/api/attempt/run",
            Some(&ada),
            Some(code("cpp", ACCEPTED, "sum")),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, body) = server.call(Method::GET, "/api/nowhere", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body["error"].is_string());
    let (status, _) = server.call(Method::GET, "/healthz", None, None).await;
    assert_eq!(status, StatusCode::OK);
}

async fn expired_lease_is_taken_again_and_recorded_once(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, submitted) = server.submit(&ada, ACCEPTED).await;
    let submission = submitted["id"].as_i64().unwrap();

    let store = server.service.store.clone();
    let queue = Queue::new(store.clone(), Duration::from_millis(300));
    // The first worker claims the job, then goes silent.
    let first = queue.claim("first").await.unwrap().expect("a job");
    assert_eq!((first.submission_id, first.attempts), (submission, 1));
    assert!(
        queue.claim("second").await.unwrap().is_none(),
        "a leased job is not taken twice"
    );
    tokio::time::sleep(Duration::from_millis(400)).await;

    // Its lease expired: the second worker takes the job and judges it.
    let second = queue.claim("second").await.unwrap().expect("the expired job");
    assert_eq!((second.id, second.attempts), (first.id, 2));
    assert!(!queue.renew(&first).await.unwrap(), "the first lease is gone");
    let worker = ::service::worker::Worker {
        queue: queue.clone(),
        ..::service::worker::Worker::for_service(&server.service, "second".into())
    };
    assert_eq!(worker.process(second).await, ::service::worker::Done::Recorded);

    // The first worker wakes up with its result: refused, nothing recorded.
    let late = ::service::store::submissions::NewJudgement {
        submission_id: submission,
        job_id: first.id,
        rejudge_id: None,
        problem_hash: &first.problem_hash,
        engine: "late",
        verdict: "WA",
        score: 0.0,
        max_score: 100.0,
        message: "",
        tests: "[]",
        judged_at: store::now_ms(),
    };
    assert!(!queue.complete(&first, &late, None).await.unwrap());
    let judgements: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM judgements WHERE submission_id = $1")
        .bind(submission)
        .fetch_one(&store.pool)
        .await
        .unwrap();
    assert_eq!(judgements, 1);
    let view = server.judged(&ada, submission).await;
    assert_eq!(view["verdict"], "AC");
    assert!(queue.claim("third").await.unwrap().is_none(), "a done job stays done");
}

async fn a_submission_s_processor_time_allowance_ends_its_judging(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, submitted) = server.submit(&ada, ACCEPTED).await;
    let submission = submitted["id"].as_i64().unwrap();
    // An allowance the first test's run alone uses up: the tests that start
    // after it has finished are TLE without running.
    let worker = ::service::worker::Worker {
        max_processor_time: Duration::from_nanos(1),
        ..::service::worker::Worker::for_service(&server.service, "one".into())
    };
    let job = server.service.queue.claim("one").await.unwrap().expect("a job");
    assert_eq!(worker.process(job).await, ::service::worker::Done::Recorded);
    let (_, full) = server
        .call(
            Method::GET,
            &format!("/api/submissions/{submission}"),
            Some(&server.admin),
            None,
        )
        .await;
    let judgement = &full["judgements"][0];
    assert_eq!(judgement["verdict"], "TLE", "{judgement}");
    let tests = judgement["tests"].as_array().unwrap();
    let not_run = |t: &&Value| t["message"].as_str().unwrap_or("").contains("allowance");
    assert!(tests.iter().any(|t| t["verdict"] == "AC"), "{judgement}");
    assert!(tests.iter().any(|t| not_run(&t)), "{judgement}");
    assert!(tests.iter().filter(not_run).all(|t| t["instructions"] == 0));
}

async fn a_restart_loses_no_accepted_submission(backend: Backend) {
    let database = Database::new(backend).await;
    // No workers: the submission is accepted and waits in the queue.
    let first = Server::on(&database.url, 0, Settings::default()).await;
    let (_, ada) = first.invited("Ada").await;
    first.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (status, submitted) = first.submit(&ada, OVERFLOWS).await;
    assert_eq!(status, StatusCode::CREATED);
    first.service.store.pool.close().await;
    drop(first);

    let second = Server::on(&database.url, 1, Settings::default()).await;
    let view = second.judged(&ada, submitted["id"].as_i64().unwrap()).await;
    assert_eq!(
        (view["verdict"].as_str(), view["score"].as_f64()),
        (Some("WA"), Some(40.0)),
        "{view}"
    );
}

/// Copies a directory tree (the fixture problem, to publish a changed version).
pub fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

async fn rejudge_set_shows_old_and_new_then_applies(backend: Backend) {
    let server = Server::start(backend, 1, Settings::default()).await;
    let (assessment, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, submitted) = server.submit(&ada, OVERFLOWS).await;
    let submission = submitted["id"].as_i64().unwrap();
    assert_eq!(server.judged(&ada, submission).await["score"], 40.0);

    // The author re-weights the groups: a new version of `sum`, 50 and 50.
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("sum");
    copy_tree(std::path::Path::new("tests/fixtures/problems/sum"), &package);
    let manifest = std::fs::read_to_string(package.join("problem.toml")).unwrap();
    std::fs::write(
        package.join("problem.toml"),
        manifest
            .replace("points = 40", "points = 50")
            .replace("points = 60", "points = 50"),
    )
    .unwrap();
    let imported = server.service.catalog.import(&package).await.unwrap();
    assert!(imported.new);

    let (status, set) = server
        .call(
            Method::POST,
            "/api/rejudges",
            Some(&server.admin),
            Some(json!({"assessment": assessment, "reason": "sum re-weighted"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{set}");
    let id = set["id"].as_i64().unwrap();
    let started = Instant::now();
    let set = loop {
        let (_, set) = server
            .call(Method::GET, &format!("/api/rejudges/{id}"), Some(&server.admin), None)
            .await;
        if set["pending"] == 0 {
            break set;
        }
        assert!(started.elapsed() < Duration::from_secs(300), "{set}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(
        (set["total"].as_i64(), set["changed"].as_i64()),
        (Some(1), Some(1)),
        "{set}"
    );
    let row = &set["submissions"][0];
    assert_eq!(
        (row["old"]["score"].as_f64(), row["new"]["score"].as_f64()),
        (Some(40.0), Some(50.0)),
        "{set}"
    );
    // Until applied, the candidate's score is the old one.
    assert_eq!(server.judged(&ada, submission).await["score"], 40.0);

    let (status, applied) = server
        .call(
            Method::POST,
            &format!("/api/rejudges/{id}/apply"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(
        (status, applied["state"].as_str()),
        (StatusCode::OK, Some("applied")),
        "{applied}"
    );
    assert_eq!(
        applied["submissions"][0]["old"]["score"], 40.0,
        "the comparison stays readable"
    );
    assert_eq!(server.judged(&ada, submission).await["score"], 50.0);
    let (status, _) = server
        .call(
            Method::POST,
            &format!("/api/rejudges/{id}/apply"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, full) = server
        .call(
            Method::GET,
            &format!("/api/submissions/{submission}"),
            Some(&server.admin),
            None,
        )
        .await;
    let judgements = full["judgements"].as_array().unwrap();
    assert_eq!(judgements.len(), 2);
    // An author writes problems: a candidate's code is not theirs to read.
    let author = server.token("author").await;
    let (status, _) = server
        .call(
            Method::GET,
            &format!("/api/submissions/{submission}"),
            Some(&author),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        (judgements[0]["current"].as_bool(), judgements[1]["current"].as_bool()),
        (Some(false), Some(true))
    );
    assert_ne!(judgements[0]["problem_version"], judgements[1]["problem_version"]);

    // Metrics describe the hiring pipeline: a token is needed.
    let (status, _) = server.call_text(Method::GET, "/metrics", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, metrics) = server.call_text(Method::GET, "/metrics", Some(&author), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(metrics.contains("oa_judgements_total{verdict=\"WA\"} 1"), "{metrics}");
    assert!(metrics.contains("oa_jobs{state=\"done\"} 2"), "{metrics}");
    assert!(metrics.contains("oa_judge_latency_seconds_count 1"), "{metrics}");
}

type Delivery = (axum::http::HeaderMap, Vec<u8>);

/// The pipeline's webhook receiver, on a loopback port: answers 500 to the
/// first `failures` deliveries and 204 to the rest, and passes each on.
async fn hook_receiver(failures: usize) -> (String, tokio::sync::mpsc::UnboundedReceiver<Delivery>) {
    let (sender, received) = tokio::sync::mpsc::unbounded_channel::<Delivery>();
    let calls = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let receiver = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
            let (sender, calls) = (sender.clone(), calls.clone());
            async move {
                sender.send((headers, body.to_vec())).unwrap();
                match calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < failures {
                    true => StatusCode::INTERNAL_SERVER_ERROR,
                    false => StatusCode::NO_CONTENT,
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, receiver).await.unwrap() });
    (format!("http://{address}/hook"), received)
}

async fn webhook_posts_signed_results_and_retries(backend: Backend) {
    let (url, mut received) = hook_receiver(1).await;
    let server = Server::start(backend, 1, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, submitted) = server.submit(&ada, ACCEPTED).await;
    server.judged(&ada, submitted["id"].as_i64().unwrap()).await;

    let secret = "a-shared-secret-of-some-length";
    let mut outbox = ::service::webhook::Outbox::new(server.service.store.clone(), url, secret.into()).unwrap();
    outbox.interval = Duration::from_millis(100);
    outbox.backoff = Duration::from_millis(200);
    // Nothing is sent while the attempt is open.
    assert_eq!(outbox.collect(&server.service).await.unwrap(), 0);
    server.call(Method::POST, "/api/attempt/finish", Some(&ada), None).await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(outbox.run(server.service.clone(), stopped));

    let wait = Duration::from_secs(30);
    let (_, first) = tokio::time::timeout(wait, received.recv()).await.unwrap().unwrap();
    let (headers, body) = tokio::time::timeout(wait, received.recv()).await.unwrap().unwrap();
    assert_eq!(first, body, "a retry sends the same event");
    let signature = headers[::service::webhook::SIGNATURE_HEADER].to_str().unwrap();
    let now = store::now_ms() / 1000;
    assert!(
        ::service::webhook::verify(secret.as_bytes(), signature, &body, now, 300),
        "{signature}"
    );
    assert!(!::service::webhook::verify(
        b"not the secret",
        signature,
        &body,
        now,
        300
    ));
    assert_eq!(headers[::service::webhook::EVENT_HEADER], "attempt.judged");
    let event: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(event["candidate"]["name"], "Ada");
    assert_eq!(event["candidate"]["score"], 100.0);
    assert_eq!(event["candidate"]["state"], "finished");

    // Delivered: never sent again.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(received.try_recv().is_err());
    let _ = stop.send(true);
    let delivered: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NOT NULL AND attempts = 2")
            .fetch_one(&server.service.store.pool)
            .await
            .unwrap();
    assert_eq!(delivered, 1);
}
