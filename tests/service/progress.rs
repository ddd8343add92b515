//! Judging as it goes, on each backend: the per-test progress candidates
//! follow live, and a worker that loses its lease stopping between tests.

use crate::harness::{events, Backend, Server, SLOW};
use axum::http::{Method, StatusCode};
use serde_json::Value;
use service::config::Settings;
use service::queue::Queue;
use std::time::{Duration, Instant};

crate::on_both_backends!(
    progress_is_live_and_reaches_the_total,
    a_lost_lease_stops_judging_between_tests,
);

/// The fixture `sum` has this many tests: a sample, two small, three large.
const SUM_TESTS: i64 = 6;

async fn progress_is_live_and_reaches_the_total(backend: Backend) {
    let server = Server::start(backend, 1, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (status, submitted) = server.submit(&ada, SLOW).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    let id = submitted["id"].as_i64().unwrap();
    // Finished, the attempt's stream ends once the submission is judged.
    server.call(Method::POST, "/api/attempt/finish", Some(&ada), None).await;
    let (status, text) = tokio::time::timeout(
        Duration::from_secs(300),
        server.call_text(Method::GET, "/api/attempt/events", Some(&ada), None),
    )
    .await
    .expect("the stream ends once the submission is judged");
    assert_eq!(status, StatusCode::OK);
    let statuses: Vec<Value> = events(&text)
        .into_iter()
        .filter(|(name, data)| name == "submission" && data["id"] == id)
        .map(|(_, data)| data)
        .collect();

    // Seen while judging: some tests done, of all of them.
    let live: Vec<&Value> = statuses
        .iter()
        .filter(|s| s["status"] == "judging" && s["progress"].is_object())
        .collect();
    assert!(!live.is_empty(), "no progress while judging: {statuses:#?}");
    for status in &live {
        let progress = &status["progress"];
        assert_eq!(progress["total"], SUM_TESTS, "{progress}");
        assert!(
            (1..=SUM_TESTS).contains(&progress["done"].as_i64().unwrap()),
            "{progress}"
        );
        // Feedback `samples`: how many failed is not shown.
        assert!(progress.get("failed").is_none(), "{progress}");
    }
    let counts: Vec<i64> = statuses.iter().filter_map(|s| s["progress"]["done"].as_i64()).collect();
    assert!(
        counts.windows(2).all(|w| w[0] <= w[1]),
        "progress goes forward: {counts:?}"
    );
    println!("tests done, as the stream told them: {counts:?} of {SUM_TESTS}");

    // Done: every test, and the verdict.
    let last = statuses.last().unwrap();
    assert_eq!(last["status"], "done", "{last}");
    assert_eq!(last["verdict"], "AC", "{last}");
    assert_eq!(
        (last["progress"]["done"].as_i64(), last["progress"]["total"].as_i64()),
        (Some(SUM_TESTS), Some(SUM_TESTS)),
        "{last}"
    );
    let view = server.judged(&ada, id).await;
    assert_eq!(view["progress"]["done"], SUM_TESTS, "{view}");

    // Graders see how many failed too.
    let (_, full) = server
        .call(
            Method::GET,
            &format!("/api/submissions/{id}"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(full["progress"]["failed"], 0, "{full}");
}

async fn a_lost_lease_stops_judging_between_tests(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    // A version of `sum` with twenty more small tests: judging it takes long.
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("sum");
    crate::flows::copy_tree(std::path::Path::new("tests/fixtures/problems/sum"), &package);
    for i in 10..30 {
        let small = package.join("tests/secret/small");
        std::fs::write(small.join(format!("{i}.in")), format!("2\n{i} 1\n")).unwrap();
        std::fs::write(small.join(format!("{i}.ans")), format!("{}\n", i + 1)).unwrap();
    }
    server.service.catalog.import(&package).await.unwrap();
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, submitted) = server.submit(&ada, SLOW).await;
    let submission = submitted["id"].as_i64().unwrap();

    let store = server.service.store.clone();
    // A short lease, renewed every 200 ms.
    let queue = Queue::new(store.clone(), Duration::from_millis(600));
    let job = queue.claim("first").await.unwrap().expect("a job");
    let worker = ::service::worker::Worker {
        queue: queue.clone(),
        ..::service::worker::Worker::for_service(&server.service, "first".into())
    };
    let judging = tokio::spawn(async move { worker.process(job).await });

    let progress = |store: ::service::store::Store| async move {
        let row: (Option<i64>, Option<i64>) =
            sqlx::query_as("SELECT tests_done, tests_total FROM jobs WHERE submission_id = $1")
                .bind(submission)
                .fetch_one(&store.pool)
                .await
                .unwrap();
        row
    };
    let started = Instant::now();
    while progress(store.clone()).await.0.unwrap_or(0) < 1 {
        assert!(started.elapsed() < Duration::from_secs(300), "no progress recorded");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The job is no longer the worker's (as when its lease expired and another
    // took it): the next renewal finds out. The lease itself is kept, so that
    // progress writes still show how far judging went.
    sqlx::query("UPDATE jobs SET state = 'queued' WHERE submission_id = $1")
        .bind(submission)
        .execute(&store.pool)
        .await
        .unwrap();
    let lost = Instant::now();
    let done = tokio::time::timeout(Duration::from_secs(300), judging)
        .await
        .expect("judging stops")
        .unwrap();
    assert_eq!(done, ::service::worker::Done::LeaseLost);
    let (finished, total) = progress(store.clone()).await;
    assert_eq!(total, Some(26));
    println!(
        "stopped {:.2} s after the lease was lost, {finished:?} of {total:?} tests done",
        lost.elapsed().as_secs_f64()
    );
    assert!(
        finished.unwrap() < 26,
        "judging stopped between tests, after {finished:?} of {total:?}"
    );
    let judgements: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM judgements WHERE submission_id = $1")
        .bind(submission)
        .fetch_one(&store.pool)
        .await
        .unwrap();
    assert_eq!(judgements, 0, "nothing recorded");
}
