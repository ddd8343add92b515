//! JSON views shared by staff and candidate operations: an attempt, an
//! assessment's terms, a problem's statement with its samples.

use crate::store::assessments::{Assessment, Attempt};
use crate::store::{now_ms, rfc3339};
use judge::problem::{Problem, TestSource};
use judge::Judging;
use serde_json::{json, Value};

pub fn attempt_json(attempt: &Attempt) -> Value {
    let now = now_ms();
    let state = if attempt.open_at(now) {
        "in_progress"
    } else {
        "finished"
    };
    json!({
        "id": attempt.id,
        "state": state,
        "started_at": rfc3339(attempt.started_at),
        "deadline": rfc3339(attempt.deadline),
        "finished_at": attempt.finished_at.map(rfc3339),
        "ended": attempt.ending(now).map(|e| e.as_str()),
        "remaining_seconds": if state == "in_progress" { (attempt.deadline - now) / 1000 } else { 0 },
    })
}

/// What staff and candidates alike are told of an assessment's terms.
pub fn assessment_terms(assessment: &Assessment) -> Value {
    json!({
        "title": assessment.title,
        "instructions": assessment.instructions,
        "duration_minutes": assessment.duration_minutes,
        "opens_at": assessment.opens_at.map(rfc3339),
        "closes_at": assessment.closes_at.map(rfc3339),
        "languages": assessment.languages(),
        "feedback": assessment.feedback,
    })
}

/// Name, input and answer of each sample test (samples are public).
pub fn samples_of(problem: &Problem) -> Vec<(String, String, String)> {
    problem
        .tests
        .iter()
        .filter(|test| test.is_sample())
        .filter_map(|test| match &test.source {
            TestSource::Files { input, answer } => Some((
                test.name.clone(),
                String::from_utf8_lossy(&std::fs::read(input).ok()?).into_owned(),
                String::from_utf8_lossy(&std::fs::read(answer).ok()?).into_owned(),
            )),
            // Its answer is made by running the accepted query: not shown here.
            TestSource::Generated { .. } | TestSource::Query { .. } => None,
        })
        .collect()
}

/// A language as candidates are told of it: its name, dialect, what compiles
/// or runs it (from the sandbox's table of languages) and its time multiplier.
pub fn language_json(judging: &Judging, id: &str) -> Value {
    match judging.bench.toolchains.language(id) {
        Ok(l) => json!({
            "id": l.id,
            "name": l.name,
            "standard": l.standard,
            "compiler": l.compiler,
            "time_multiplier": l.time_multiplier,
        }),
        Err(_) => json!({ "id": id, "name": id }),
    }
}

/// What a candidate reads of a problem: statement, samples, limits (the time
/// limit also as each of `languages` gets it), starter code.
pub fn statement_view(problem: &Problem, judging: &Judging, languages: &[String]) -> anyhow::Result<Value> {
    let statement = match &problem.statement {
        Some(path) => std::fs::read_to_string(path)?,
        None => String::new(),
    };
    let starters: serde_json::Map<String, Value> = problem
        .starters
        .iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            let language = judging.bench.toolchains.detect(&name)?;
            Some((language.id.clone(), json!(std::fs::read_to_string(path).ok()?)))
        })
        .collect();
    Ok(json!({
        "id": problem.id,
        "title": problem.title,
        "statement": statement,
        "samples": samples_of(problem).into_iter().map(|(name, input, answer)| json!({"name": name, "input": input, "answer": answer})).collect::<Vec<_>>(),
        "limits": {
            "time_seconds": problem.limits.time_seconds,
            "memory_mib": problem.limits.memory_mib,
            // What each language gets: the C++ limit times its multiplier.
            "time_seconds_by_language": languages
                .iter()
                .filter_map(|l| Some((l.clone(), json!(problem.limits.time_seconds * judging.time_multiplier(problem, l)?))))
                .collect::<serde_json::Map<String, Value>>(),
        },
        "max_score": judge::grading::max_score(&problem.groups),
        "starters": starters,
        // Custom input then goes to the interactor, not to the program.
        "interactive": problem.interactor.is_some(),
    }))
}
