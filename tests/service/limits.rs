//! Limits that hold under concurrency and hostile input: the submission rate
//! limit against simultaneous submissions, NUL characters refused before they
//! reach the database, and the caps on runs and live streams.

use crate::harness::{Backend, Server, ACCEPTED, OVERFLOWS, SLOW};
use axum::body::Body;
use axum::http::Request;
use axum::http::{Method, StatusCode};
use http_body_util::BodyExt;
use serde_json::json;
use service::config::Settings;
use std::time::{Duration, Instant};
use tower::ServiceExt;

crate::on_both_backends!(
    concurrent_submissions_keep_to_the_limit,
    nul_characters_are_refused,
    concurrent_applies_leave_one_current_judgement,
    first_judgements_go_before_rejudges,
    workers_go_round_the_candidates,
    event_streams_are_capped_and_end_at_shutdown,
    one_run_at_a_time_per_attempt,
    runs_stop_when_their_processor_time_is_spent,
    a_late_finish_records_the_deadline,
);

async fn concurrent_submissions_keep_to_the_limit(backend: Backend) {
    let settings = Settings {
        submissions_per_minute: 6,
        ..Settings::default()
    };
    let server = Server::start(backend, 0, settings).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let answers = futures_util::future::join_all((0..40).map(|_| server.submit(&ada, ACCEPTED))).await;
    let accepted = answers
        .iter()
        .filter(|(status, _)| *status == StatusCode::CREATED)
        .count();
    let refused = answers
        .iter()
        .filter(|(status, _)| *status == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(accepted, 6, "{answers:?}");
    assert_eq!(refused, 34, "{answers:?}");
    let (_, attempt) = server.call(Method::GET, "/api/attempt", Some(&ada), None).await;
    assert_eq!(attempt["submissions"].as_array().unwrap().len(), 6, "{attempt}");
}

async fn nul_characters_are_refused(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (assessment, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let nul = "int main() {}\0";
    for (method, path, token, body) in [
        (
            Method::POST,
            "/api/attempt/submissions".to_string(),
            &ada,
            Some(json!({"problem": "sum", "language": "cpp", "source": nul})),
        ),
        (
            Method::POST,
            "/api/attempt/run".to_string(),
            &ada,
            Some(json!({"problem": "sum", "language": "cpp", "source": "x", "input": "1\0"})),
        ),
        (
            Method::POST,
            "/api/attempt/submissions".to_string(),
            &ada,
            Some(json!({"problem": "s\0um", "language": "cpp", "source": "x"})),
        ),
        (
            Method::PUT,
            "/api/attempt/drafts/sum/cpp".to_string(),
            &ada,
            Some(json!({"source": nul})),
        ),
        (
            Method::PUT,
            "/api/attempt/drafts/s%00um/cpp".to_string(),
            &ada,
            Some(json!({"source": "x"})),
        ),
        (Method::GET, "/api/attempt/drafts/sum/c%00pp".to_string(), &ada, None),
        (Method::GET, "/api/attempt/problems/sum%00".to_string(), &ada, None),
        (
            Method::POST,
            format!("/api/assessments/{assessment}/invitations"),
            &server.admin,
            Some(json!({"name": "B\0b", "email": "bob@example.com"})),
        ),
        (
            Method::POST,
            "/api/assessments".to_string(),
            &server.admin,
            Some(json!({"title": "T\0", "problems": ["sum"], "duration_minutes": 5})),
        ),
        (
            Method::POST,
            "/api/rejudges".to_string(),
            &server.admin,
            Some(json!({"assessment": assessment, "reason": "why\0"})),
        ),
    ] {
        let (status, answer) = server.call(method, &path, Some(token), body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {answer}");
        assert!(
            answer["error"].as_str().unwrap().contains("NUL character"),
            "{path}: {answer}"
        );
    }
    // Nothing was stored, and the service still answers.
    let (_, attempt) = server.call(Method::GET, "/api/attempt", Some(&ada), None).await;
    assert_eq!(attempt["submissions"].as_array().unwrap().len(), 0, "{attempt}");
}

async fn concurrent_applies_leave_one_current_judgement(backend: Backend) {
    let server = Server::start(backend, 2, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, submitted) = server.submit(&ada, OVERFLOWS).await;
    let submission = submitted["id"].as_i64().unwrap();
    server.judged(&ada, submission).await;
    let mut sets = Vec::new();
    for _ in 0..2 {
        let (status, set) = server
            .call(
                Method::POST,
                "/api/rejudges",
                Some(&server.admin),
                Some(json!({"submissions": [submission], "version": "pinned", "reason": "judge upgraded"})),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{set}");
        sets.push(set["id"].as_i64().unwrap());
    }
    let started = Instant::now();
    for id in &sets {
        loop {
            let (_, set) = server
                .call(Method::GET, &format!("/api/rejudges/{id}"), Some(&server.admin), None)
                .await;
            if set["pending"] == 0 {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(300), "{set}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    let paths: Vec<String> = sets.iter().map(|id| format!("/api/rejudges/{id}/apply")).collect();
    let answers = futures_util::future::join_all(
        paths
            .iter()
            .map(|path| server.call(Method::POST, path, Some(&server.admin), None)),
    )
    .await;
    for (status, answer) in &answers {
        assert_eq!(*status, StatusCode::OK, "{answer}");
    }
    let current: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM judgements WHERE submission_id = $1 AND current = 1")
        .bind(submission)
        .fetch_one(&server.service.store.pool)
        .await
        .unwrap();
    assert_eq!(current, 1);
}

async fn first_judgements_go_before_rejudges(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let first = server.submit(&ada, ACCEPTED).await.1["id"].as_i64().unwrap();
    // A rejudge set queued after the first submission, before the second.
    let store = &server.service.store;
    let admin: i64 = sqlx::query_scalar("SELECT MIN(id) FROM api_tokens")
        .fetch_one(&store.pool)
        .await
        .unwrap();
    let hash = ::service::store::submissions::get(store, first)
        .await
        .unwrap()
        .unwrap()
        .problem_hash;
    ::service::store::rejudges::create(store, "judge upgraded", admin, &[(first, hash)])
        .await
        .unwrap();
    let second = server.submit(&ada, ACCEPTED).await.1["id"].as_i64().unwrap();
    let mut order = Vec::new();
    while let Some(claimed) = server.service.queue.claim("test").await.unwrap() {
        order.push((claimed.submission_id, claimed.rejudge_id.is_some()));
        finish(store, claimed.id).await;
    }
    assert_eq!(order, [(first, false), (second, false), (first, true)]);
}

/// Marks a claimed job done, as a worker recording its result would.
async fn finish(store: &service::store::Store, job: i64) {
    sqlx::query("UPDATE jobs SET state = 'done', lease = NULL WHERE id = $1")
        .bind(job)
        .execute(&store.pool)
        .await
        .unwrap();
}

async fn workers_go_round_the_candidates(backend: Backend) {
    let settings = Settings {
        submissions_per_minute: 10,
        ..Settings::default()
    };
    let server = Server::start(backend, 0, settings).await;
    let (_, ada) = server.invited("Ada").await;
    let (_, bob) = server.invited("Bob").await;
    let (_, cy) = server.invited("Cy").await;
    for token in [&ada, &bob, &cy] {
        server.call(Method::POST, "/api/attempt/start", Some(token), None).await;
    }
    // Ada queues three slow submissions, then Bob and Cy one each.
    let mut ada_jobs = Vec::new();
    for _ in 0..3 {
        ada_jobs.push(server.submit(&ada, SLOW).await.1["id"].as_i64().unwrap());
    }
    let bob_job = server.submit(&bob, ACCEPTED).await.1["id"].as_i64().unwrap();
    let cy_job = server.submit(&cy, ACCEPTED).await.1["id"].as_i64().unwrap();
    let queue = &server.service.queue;
    let store = &server.service.store;
    let claim = |worker: &'static str| async move { queue.claim(worker).await.unwrap() };

    // Two workers: one takes Ada's first; the other does not take her second
    // (one job of an attempt at a time) but Bob's, then Cy's.
    let first = claim("one").await.expect("a job");
    assert_eq!(first.submission_id, ada_jobs[0]);
    let second = claim("two").await.expect("a job");
    assert_eq!(second.submission_id, bob_job);
    finish(store, second.id).await;
    let third = claim("two").await.expect("a job");
    assert_eq!(third.submission_id, cy_job);
    finish(store, third.id).await;
    // Only Ada's are left, and one of hers is being judged: nothing to take.
    assert!(claim("two").await.is_none());
    finish(store, first.id).await;
    // Her next one, once the first is done.
    let fourth = claim("two").await.expect("a job");
    assert_eq!(fourth.submission_id, ada_jobs[1]);
    // A newcomer's submission goes before Ada's third: she was served last.
    let (_, dee) = server.invited("Dee").await;
    server.call(Method::POST, "/api/attempt/start", Some(&dee), None).await;
    let dee_job = server.submit(&dee, ACCEPTED).await.1["id"].as_i64().unwrap();
    finish(store, fourth.id).await;
    assert_eq!(claim("one").await.expect("a job").submission_id, dee_job);
    assert_eq!(claim("two").await.expect("a job").submission_id, ada_jobs[2]);
}

/// Opens the candidate's event stream, leaving its body unread.
async fn open_events(server: &Server, token: &str) -> axum::response::Response {
    let request = Request::builder()
        .uri("/api/attempt/events")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    server.app.clone().oneshot(request).await.unwrap()
}

async fn event_streams_are_capped_and_end_at_shutdown(backend: Backend) {
    let settings = Settings {
        max_event_streams: 4,
        ..Settings::default()
    };
    let server = Server::start(backend, 0, settings).await;
    let (assessment, ada) = server.invited("Ada").await;
    let bob = server.invite(assessment, "Bob").await;
    for token in [&ada, &bob] {
        server.call(Method::POST, "/api/attempt/start", Some(token), None).await;
    }
    let mut open = Vec::new();
    for _ in 0..3 {
        let response = open_events(&server, &ada).await;
        assert_eq!(response.status(), StatusCode::OK);
        open.push(response);
    }
    let refused = open_events(&server, &ada).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    let bobs = open_events(&server, &bob).await;
    assert_eq!(bobs.status(), StatusCode::OK);
    let full = open_events(&server, &bob).await;
    assert_eq!(full.status(), StatusCode::SERVICE_UNAVAILABLE, "the server's cap");
    assert!(full.headers().contains_key("retry-after"));
    // A stream closed by its client gives its place back.
    drop(open.pop());
    let again = open_events(&server, &ada).await;
    assert_eq!(again.status(), StatusCode::OK);
    open.push(again);
    open.push(bobs);

    // At shutdown every stream ends, so a graceful stop does not wait on them.
    server.service.shut_down();
    for response in open {
        tokio::time::timeout(Duration::from_secs(10), response.into_body().collect())
            .await
            .expect("the stream ended at shutdown")
            .unwrap();
    }
}

async fn one_run_at_a_time_per_attempt(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let run = || {
        server.call(
            Method::POST,
            "/api/attempt/run",
            Some(&ada),
            Some(json!({"problem": "sum", "language": "cpp", "source": SLOW})),
        )
    };
    let (first, second) = tokio::join!(run(), run());
    let mut statuses = [first.0, second.0];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::TOO_MANY_REQUESTS],
        "{first:?} {second:?}"
    );
    let refused = if first.0 == StatusCode::OK { second.1 } else { first.1 };
    assert!(
        refused["error"].as_str().unwrap().contains("already under way"),
        "{refused}"
    );
    // Once it is over, the next one runs.
    assert_eq!(run().await.0, StatusCode::OK);
    // Graders see how many runs the candidate made and what they cost.
    let assessment: i64 = sqlx::query_scalar("SELECT MIN(id) FROM assessments")
        .fetch_one(&server.service.store.pool)
        .await
        .unwrap();
    let (_, listing) = server
        .call(
            Method::GET,
            &format!("/api/assessments/{assessment}/invitations"),
            Some(&server.admin),
            None,
        )
        .await;
    let ada_row = &listing["invitations"][0];
    assert_eq!(ada_row["runs"], 2, "{listing}");
    assert!(ada_row["run_cpu_seconds"].as_f64().unwrap() > 0.0, "{listing}");
}

async fn runs_stop_when_their_processor_time_is_spent(backend: Backend) {
    // One second of processor time per ten minutes: the slow program's run on
    // the samples spends more than that, so the next run is refused.
    let settings = Settings {
        max_run_cpu_seconds: 1,
        ..Settings::default()
    };
    let server = Server::start(backend, 0, settings).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let run = || {
        server.call(
            Method::POST,
            "/api/attempt/run",
            Some(&ada),
            Some(json!({"problem": "sum", "language": "cpp", "source": SLOW})),
        )
    };
    let mut refused = None;
    for _ in 0..10 {
        let (status, body) = run().await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(body);
            break;
        }
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let refused = refused.expect("runs refused once their budget is spent");
    assert!(
        refused["error"].as_str().unwrap().contains("processor time"),
        "{refused}"
    );
}

async fn a_late_finish_records_the_deadline(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let deadline = ::service::store::now_ms() - 60_000;
    sqlx::query("UPDATE attempts SET deadline = $1")
        .bind(deadline)
        .execute(&server.service.store.pool)
        .await
        .unwrap();
    let (status, _) = server.call(Method::POST, "/api/attempt/finish", Some(&ada), None).await;
    assert_eq!(status, StatusCode::OK);
    let finished: Option<i64> = sqlx::query_scalar("SELECT finished_at FROM attempts")
        .fetch_one(&server.service.store.pool)
        .await
        .unwrap();
    assert_eq!(finished, Some(deadline));
}
