//! The service checks each problem version as `oa problem check` does, in the
//! background and only while judging is idle, and graders read the result in
//! the catalogue: on each backend.

use crate::harness::{Backend, Server, ACCEPTED};
use axum::http::{Method, StatusCode};
use serde_json::Value;
use service::config::Settings;
use std::time::{Duration, Instant};

crate::on_both_backends!(problems_are_checked_in_the_background);

/// `sum` as the catalogue lists it.
async fn sum_of(server: &Server) -> Value {
    let (status, listed) = server
        .call(Method::GET, "/api/problems", Some(&server.admin), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    listed["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "sum")
        .cloned()
        .expect("sum is listed")
}

/// `sum` once the check of its current version is done.
async fn checked(server: &Server) -> Value {
    let started = Instant::now();
    loop {
        let sum = sum_of(server).await;
        if sum["check"]["state"] == "done" {
            return sum;
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "not checked in 10 minutes: {sum:#}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

async fn problems_are_checked_in_the_background(backend: Backend) {
    // No workers: a submission stays queued until the test judges it.
    let server = Server::start(backend, 0, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, submitted) = server.submit(&ada, ACCEPTED).await;

    // Candidates' work comes first: nothing is checked while a job waits.
    server.check_problems();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (_, listed) = server
        .call(Method::GET, "/api/problems", Some(&server.admin), None)
        .await;
    for problem in listed["problems"].as_array().unwrap() {
        assert_eq!(problem["check"]["state"], "pending", "{problem:#}");
    }
    let job = server.service.queue.claim("test").await.unwrap().expect("the job");
    assert_eq!(
        ::service::worker::Worker::for_service(&server.service, "test".into())
            .process(job)
            .await,
        ::service::worker::Done::Recorded
    );
    assert_eq!(
        server.judged(&ada, submitted["id"].as_i64().unwrap()).await["verdict"],
        "AC"
    );

    // Then the fixture checks OK, with a suggested time limit.
    let started = Instant::now();
    let sum = checked(&server).await;
    let check = &sum["check"];
    assert_eq!(check["ok"], true, "{check:#}");
    assert_eq!(check["faults"], serde_json::json!([]), "{check:#}");
    assert_eq!(check["time_limit"], 1.0, "{check:#}");
    assert!(check["suggested_time_limit"].as_f64().unwrap() > 0.0, "{check:#}");
    assert!(check["checked_at"].is_string(), "{check:#}");
    let verdicts: Vec<(&str, &str)> = check["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap(), s["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("solutions/accepted/main.cpp", "AC"),
            ("solutions/accepted/main.py", "AC"),
            ("solutions/time_limit/slow.cpp", "TLE"),
            ("solutions/wrong_answer/overflow.cpp", "WA"),
        ]
    );
    println!("sum checked in {:.1} s", started.elapsed().as_secs_f64());

    // A broken version: a wrong solution filed as accepted.
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("sum");
    crate::flows::copy_tree(std::path::Path::new("tests/fixtures/problems/sum"), &package);
    std::fs::rename(
        package.join("solutions/wrong_answer/overflow.cpp"),
        package.join("solutions/accepted/overflow.cpp"),
    )
    .unwrap();
    let imported = server.service.catalog.import(&package).await.unwrap();
    assert!(imported.new);
    let sum = checked(&server).await;
    assert_eq!(sum["version"], imported.hash.as_str());
    let check = &sum["check"];
    assert_eq!(check["ok"], false, "{check:#}");
    let faults = check["faults"].as_array().unwrap();
    assert_eq!(faults.len(), 1, "{check:#}");
    let fault = faults[0].as_str().unwrap();
    assert!(
        fault.starts_with("solutions/accepted/overflow.cpp: expected AC, got WA on test large/big-1"),
        "{fault}"
    );
    assert!(!check.to_string().contains("/packages/"), "no machine paths: {check:#}");
}
