//! What candidates are shown of their judgements, by the assessment's
//! feedback policy: pure functions from stored rows to JSON, tested directly.

use crate::store::assessments::Assessment;
use crate::store::rfc3339;
use crate::store::submissions::Status;
use serde_json::{json, Value};

/// What candidates see of their judgements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feedback {
    /// Only whether judging is done.
    None,
    /// The verdict and the score.
    Verdict,
    /// The verdict, the score, and each sample test's result.
    Samples,
    /// The verdict, the score, and every test's verdict (never hidden inputs,
    /// outputs or checker messages).
    Full,
}

impl Feedback {
    pub const NAMES: &'static str = "none, verdict, samples, full";

    pub fn parse(name: &str) -> Option<Feedback> {
        Some(match name {
            "none" => Feedback::None,
            "verdict" => Feedback::Verdict,
            "samples" => Feedback::Samples,
            "full" => Feedback::Full,
            _ => return None,
        })
    }
}

pub fn feedback_of(assessment: &Assessment) -> Feedback {
    Feedback::parse(&assessment.feedback).unwrap_or(Feedback::Verdict)
}

/// A submission as its candidate sees it under the feedback policy.
pub fn status_json(status: &Status, feedback: Feedback) -> Value {
    let show = feedback != Feedback::None;
    let mut view = json!({
        "id": status.id,
        "problem": status.problem_id,
        "language": status.language,
        "created_at": rfc3339(status.created_at),
        "status": status.status(),
        "auto": status.auto == 1,
        "verdict": if show { status.verdict.clone() } else { None },
        "score": if show { status.score } else { None },
        "max_score": if show { status.max_score } else { None },
    });
    // Under `none` nothing of the judging shows, not even its pace; how many
    // failed is shown only where every test's verdict is anyway.
    if feedback == Feedback::None {
        return view;
    }
    if let Some(progress) = progress_json(status, feedback == Feedback::Full) {
        view["progress"] = progress;
    }
    view
}

/// `{"done", "total"}` (and `failed`) while a submission is judged and once it
/// is: none before its first test finished, nor for a compile error. `done`
/// counts the tests run (never skipped ones) until judging ends, then all.
pub fn progress_json(status: &Status, with_failed: bool) -> Option<Value> {
    if !matches!(status.status(), "judging" | "done") {
        return None;
    }
    let (done, total) = (status.tests_done?, status.tests_total?);
    if total <= 0 {
        return None;
    }
    let mut progress = json!({ "done": done.min(total), "total": total });
    if with_failed {
        progress["failed"] = json!(status.tests_failed.unwrap_or(0));
    }
    Some(progress)
}

/// A test's time in seconds of the candidate's time limit: its instructions
/// at the sandbox's rate, divided by the language's multiplier (so that 1 s
/// of a Python limit of 10 s reads 1 s, not 0.1 s). None without instructions.
pub fn seconds(instructions: &Value, multiplier: f64) -> Value {
    match instructions.as_u64() {
        Some(count) => {
            json!(count as f64 / sandbox::limits::INSTRUCTIONS_PER_SECOND as f64 / multiplier.max(f64::MIN_POSITIVE))
        }
        None => Value::Null,
    }
}

/// Each test with its `time_seconds` beside its instructions, for graders.
pub fn tests_with_seconds(tests: &str, multiplier: f64) -> Value {
    let mut tests: Value = serde_json::from_str(tests).unwrap_or(Value::Null);
    if let Some(list) = tests.as_array_mut() {
        for test in list {
            test["time_seconds"] = seconds(&test["instructions"], multiplier);
        }
    }
    tests
}

/// The per-test results a candidate may see: samples in full under `samples`
/// and `full` (time in seconds of the candidate's limit for `multiplier`,
/// instructions as a detail), hidden tests' verdicts only under `full`.
pub fn tests_for_candidate(tests: &str, feedback: Feedback, multiplier: f64) -> Option<Value> {
    if !matches!(feedback, Feedback::Samples | Feedback::Full) {
        return None;
    }
    let tests: Vec<Value> = serde_json::from_str(tests).ok()?;
    let shown: Vec<Value> = tests
        .into_iter()
        .filter_map(|test| {
            let sample = test["group"] == judge::problem::SAMPLE_GROUP;
            if !sample && feedback != Feedback::Full {
                return None;
            }
            let mut shown = json!({
                "name": test["name"],
                "group": test["group"],
                "verdict": test["verdict"],
                "instructions": test["instructions"],
                "time_seconds": seconds(&test["instructions"], multiplier),
                "memory_bytes": test["memory_bytes"],
            });
            // A checker's message can quote the expected answer: hidden tests keep theirs.
            // Figures are a channel: a program that spends instructions or memory in
            // proportion to a hidden input's bytes spells it out in them, even
            // rounded (10 ms and 1 MiB steps carried 13 bits a test). Hidden tests
            // show their verdict, whose few values carry next to nothing.
            if sample {
                shown["message"] = test["message"].clone();
            } else {
                shown["instructions"] = Value::Null;
                shown["time_seconds"] = Value::Null;
                shown["memory_bytes"] = Value::Null;
            }
            Some(shown)
        })
        .collect();
    Some(Value::Array(shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_shows_counts_and_failures_only_under_full_feedback() {
        let status = |job: &str, done: Option<i64>, verdict: Option<&str>| Status {
            id: 1,
            attempt_id: 1,
            problem_id: "sum".into(),
            language: "cpp".into(),
            created_at: 0,
            auto: 0,
            job_state: Some(job.into()),
            tests_done: done,
            tests_total: done.map(|_| 40),
            tests_failed: done.map(|_| 2),
            verdict: verdict.map(String::from),
            score: None,
            max_score: None,
        };
        let judging = status_json(&status("running", Some(12), None), Feedback::Samples);
        assert_eq!(judging["progress"], json!({"done": 12, "total": 40}));
        let full = status_json(&status("running", Some(12), None), Feedback::Full);
        assert_eq!(full["progress"], json!({"done": 12, "total": 40, "failed": 2}));
        let compiling = status_json(&status("running", None, None), Feedback::Full);
        assert!(compiling.get("progress").is_none());
        let queued = status_json(&status("queued", Some(3), None), Feedback::Full);
        assert!(queued.get("progress").is_none(), "a job queued again starts over");
        let done = status_json(&status("done", Some(40), Some("WA")), Feedback::Verdict);
        assert_eq!(done["progress"], json!({"done": 40, "total": 40}));
        let hidden = status_json(&status("running", Some(12), None), Feedback::None);
        assert!(hidden.get("progress").is_none(), "no pace shown under `none`");
        let hidden = status_json(&status("done", Some(40), Some("WA")), Feedback::None);
        assert!(hidden.get("progress").is_none());
        assert_eq!(hidden["verdict"], Value::Null);
    }

    #[test]
    fn hidden_tests_keep_their_messages() {
        let tests = r#"[{"name":"1","group":"sample","verdict":"WA","instructions":1,"memory_bytes":2,"message":"expected 3"},
                        {"name":"2","group":"large","verdict":"WA","instructions":1,"memory_bytes":2,"message":"expected 42"}]"#;
        let samples = tests_for_candidate(tests, Feedback::Samples, 1.0).unwrap();
        assert_eq!(samples.as_array().unwrap().len(), 1);
        let full = tests_for_candidate(tests, Feedback::Full, 1.0).unwrap();
        assert_eq!(full[1]["verdict"], "WA");
        assert!(full[1].get("message").is_none());
        // The sample's figures are exact; the hidden test shows none.
        assert_eq!(
            (full[0]["instructions"].as_u64(), full[0]["memory_bytes"].as_u64()),
            (Some(1), Some(2))
        );
        assert_eq!(
            (&full[1]["instructions"], &full[1]["memory_bytes"]),
            (&Value::Null, &Value::Null)
        );
        assert!(tests_for_candidate(tests, Feedback::Verdict, 1.0).is_none());
    }

    #[test]
    fn time_is_in_seconds_of_the_language_s_limit() {
        let tests =
            r#"[{"name":"1","group":"sample","verdict":"AC","instructions":5000000000,"memory_bytes":2,"message":""}]"#;
        let python = tests_for_candidate(tests, Feedback::Samples, 10.0).unwrap();
        assert_eq!(python[0]["time_seconds"], 0.05);
        assert_eq!(
            python[0]["instructions"], 5_000_000_000u64,
            "instructions stay, as a detail"
        );
        assert_eq!(tests_with_seconds(tests, 1.0)[0]["time_seconds"], 0.5);
    }
}
