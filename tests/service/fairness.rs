//! Fairness to candidates, on each backend: the drafts left unsubmitted when an
//! attempt ends are graded (marked auto-submitted) and graders see how it
//! ended; limits and times as the candidate's language gets them; custom input
//! on an interactive problem talks to the interactor.

use crate::harness::{Backend, Server, ACCEPTED, OVERFLOWS};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use service::config::Settings;
use std::time::{Duration, Instant};

crate::on_both_backends!(
    drafts_left_at_the_end_are_graded_and_marked,
    limits_and_times_are_the_candidate_s_language_s,
    custom_input_on_an_interactive_problem_talks_to_the_interactor,
);

/// `sum` and `pair-sum`, in C++ and Python: the assessment's id.
async fn two_problems(server: &Server) -> i64 {
    let (status, created) = server
        .call(
            Method::POST,
            "/api/assessments",
            Some(&server.admin),
            Some(json!({"title": "Round", "problems": ["sum", "pair-sum"], "duration_minutes": 60, "languages": ["cpp", "python"]})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created["id"].as_i64().unwrap()
}

async fn save_draft(server: &Server, candidate: &str, problem: &str, source: &str) {
    let (status, saved) = server
        .call(
            Method::PUT,
            &format!("/api/attempt/drafts/{problem}/cpp"),
            Some(candidate),
            Some(json!({ "source": source })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
}

/// The results once nothing is pending and `check` holds of them.
async fn results_when(server: &Server, assessment: i64, check: impl Fn(&Value) -> bool) -> Value {
    let started = Instant::now();
    loop {
        let (status, results) = server.results(assessment).await;
        assert_eq!(status, StatusCode::OK, "{results}");
        let settled = results["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["pending"] == 0);
        if settled && check(&results) {
            return results;
        }
        assert!(started.elapsed() < Duration::from_secs(300), "never settled: {results}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn drafts_left_at_the_end_are_graded_and_marked(backend: Backend) {
    let server = Server::start(backend, 1, Settings::default()).await;
    let assessment = two_problems(&server).await;
    let ada = server.invite(assessment, "Ada").await;
    let grace = server.invite(assessment, "Grace").await;
    for candidate in [&ada, &grace] {
        let (status, _) = server
            .call(Method::POST, "/api/attempt/start", Some(candidate), None)
            .await;
        assert_eq!(status, StatusCode::OK);
    }

    // Ada submits a wrong `sum`, then fixes it in her draft without submitting
    // again; she submits `pair-sum` exactly as drafted.
    let (status, wrong) = server.submit(&ada, OVERFLOWS).await;
    assert_eq!(status, StatusCode::CREATED, "{wrong}");
    tokio::time::sleep(Duration::from_millis(5)).await;
    save_draft(&server, &ada, "sum", ACCEPTED).await;
    let pair = "int main() { return 0; }\n";
    save_draft(&server, &ada, "pair-sum", pair).await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    let (status, submitted) = server
        .call(
            Method::POST,
            "/api/attempt/submissions",
            Some(&ada),
            Some(json!({"problem": "pair-sum", "language": "cpp", "source": pair})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    // Grace only drafts `sum`, then finishes.
    save_draft(&server, &grace, "sum", ACCEPTED).await;
    let (status, finished) = server
        .call(Method::POST, "/api/attempt/finish", Some(&grace), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{finished}");
    assert_eq!(finished["ended"], "finished");

    // Ada's time runs out, with no request of hers: the server notices.
    sqlx::query(
        "UPDATE attempts SET deadline = $1 WHERE invitation_id = (SELECT id FROM invitations WHERE name = 'Ada')",
    )
    .bind(::service::store::now_ms() - 1000)
    .execute(&server.service.store.pool)
    .await
    .unwrap();
    let results = results_when(&server, assessment, |r| {
        r["candidates"][0]["problems"][0]["submissions"] == 2
    })
    .await;
    let ada_row = &results["candidates"][0];
    assert_eq!(ada_row["state"], "finished");
    assert_eq!(ada_row["ended"], "time_up");
    let sum = &ada_row["problems"][0];
    assert_eq!(
        (&sum["verdict"], &sum["score"], &sum["auto"]),
        (&json!("AC"), &json!(100.0), &json!(true)),
        "her last draft counts: {results}"
    );
    assert_eq!(
        ada_row["problems"][1]["submissions"], 1,
        "pair-sum was submitted as it stood"
    );
    assert_eq!(ada_row["problems"][1]["auto"], false);
    let grace_row = &results["candidates"][1];
    assert_eq!(grace_row["ended"], "finished");
    assert_eq!(
        (&grace_row["problems"][0]["verdict"], &grace_row["problems"][0]["auto"]),
        (&json!("AC"), &json!(true)),
        "{results}"
    );
    assert_eq!(
        grace_row["problems"][1]["submissions"], 0,
        "no draft, nothing submitted"
    );

    // Candidates and graders see which submission was made for them.
    let (_, view) = server.call(Method::GET, "/api/attempt", Some(&ada), None).await;
    let autos: Vec<&Value> = view["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["auto"] == true)
        .collect();
    assert_eq!(autos.len(), 1, "{view}");
    assert_eq!(autos[0]["problem"], "sum");
    assert_eq!(view["attempt"]["ended"], "time_up");
    let (status, full) = server
        .call(
            Method::GET,
            &format!("/api/submissions/{}", autos[0]["id"]),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{full}");
    assert_eq!(
        (full["auto"].as_bool(), full["source"].as_str()),
        (Some(true), Some(ACCEPTED))
    );
    assert_eq!(
        full["created_at"], view["attempt"]["deadline"],
        "made at the moment the attempt ended"
    );

    // Closing happens once: looking again submits nothing more.
    assert_eq!(server.service.close_ended_attempts().await.unwrap(), 0);
    let (_, csv) = server
        .call_text(
            Method::GET,
            &format!("/api/assessments/{assessment}/results.csv"),
            Some(&server.admin),
            None,
        )
        .await;
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("invitation_id,name,email,state,started_at,finished_at,ended,"),
        "{csv}"
    );
    let ended = |line: &str| line.split(',').nth(6).map(str::to_string);
    assert_eq!(ended(lines[1]).as_deref(), Some("time_up"), "{csv}");
    assert_eq!(ended(lines[2]).as_deref(), Some("finished"), "{csv}");
}

async fn limits_and_times_are_the_candidate_s_language_s(backend: Backend) {
    let server = Server::start(backend, 1, Settings::default()).await;
    let (_, ada) = server.invited("Ada").await;
    let (_, view) = server.call(Method::GET, "/api/attempt", Some(&ada), None).await;
    let languages = view["assessment"]["language_details"].as_array().unwrap();
    let cpp = languages.iter().find(|l| l["id"] == "cpp").expect("C++ is allowed");
    assert!(
        cpp["compiler"].as_str().unwrap().contains("clang"),
        "the compiler is named: {cpp}"
    );
    let python = languages.iter().find(|l| l["id"] == "python").unwrap();
    assert_eq!(python["time_multiplier"], 10.0);

    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, problem) = server
        .call(Method::GET, "/api/attempt/problems/sum", Some(&ada), None)
        .await;
    let limit = problem["limits"]["time_seconds"].as_f64().unwrap();
    let by_language = &problem["limits"]["time_seconds_by_language"];
    assert_eq!(by_language["cpp"].as_f64(), Some(limit));
    assert_eq!(by_language["python"].as_f64(), Some(limit * 10.0), "{problem}");

    // A judged sample test shows seconds of the language's limit, the
    // instructions as a detail; graders see the same figure.
    let (_, submitted) = server.submit(&ada, ACCEPTED).await;
    let id = submitted["id"].as_i64().unwrap();
    let judged = server.judged(&ada, id).await;
    let sample = &judged["tests"][0];
    let instructions = sample["instructions"].as_f64().unwrap();
    let seconds = sample["time_seconds"].as_f64().unwrap();
    assert!((seconds - instructions / 1e10).abs() < 1e-12, "{sample}");
    let (_, full) = server
        .call(
            Method::GET,
            &format!("/api/submissions/{id}"),
            Some(&server.admin),
            None,
        )
        .await;
    let judgement = &full["judgements"][0];
    assert_eq!(judgement["time_multiplier"], 1.0);
    assert!(judgement["tests"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["time_seconds"].as_f64().is_some()));
}

async fn custom_input_on_an_interactive_problem_talks_to_the_interactor(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (status, created) = server
        .call(
            Method::POST,
            "/api/assessments",
            Some(&server.admin),
            Some(json!({"title": "Guess", "problems": ["guess"], "duration_minutes": 60, "languages": ["c"]})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let ada = server.invite(created["id"].as_i64().unwrap(), "Ada").await;
    server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let (_, problem) = server
        .call(Method::GET, "/api/attempt/problems/guess", Some(&ada), None)
        .await;
    let sample = problem["samples"][0]["input"].as_str().unwrap().to_string();
    let accepted = std::fs::read_to_string("tests/fixtures/problems/guess/solutions/accepted/main.c").unwrap();
    let run = |input: &str| json!({"problem": "guess", "language": "c", "source": accepted, "input": input});
    let (status, ran) = server
        .call(Method::POST, "/api/attempt/run", Some(&ada), Some(run(&sample)))
        .await;
    assert_eq!(status, StatusCode::OK, "{ran}");
    assert_eq!(ran["interactive"], true);
    assert_eq!(
        ran["run"]["verdict"], "AC",
        "a right solution passes its own sample: {ran}"
    );
    assert!(
        ran["run"]["stdout"].as_str().unwrap().contains("! 7"),
        "what it told the interactor: {ran}"
    );
    // Input of the candidate's own: the interactor judges it just the same.
    let (_, ran) = server
        .call(Method::POST, "/api/attempt/run", Some(&ada), Some(run("100 64\n")))
        .await;
    assert_eq!(ran["run"]["verdict"], "AC", "{ran}");
    let silent =
        json!({"problem": "guess", "language": "c", "source": "int main(void) { return 0; }\n", "input": sample});
    let (_, ran) = server
        .call(Method::POST, "/api/attempt/run", Some(&ada), Some(silent))
        .await;
    assert_ne!(ran["run"]["verdict"], "AC", "{ran}");
}
