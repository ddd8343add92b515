//! Listings for the graders' pages, role-checked like the other staff routes:
//!
//! - `GET /api/me`: the token's `role` and `label`
//! - `GET /api/assessments` (author, grader): every assessment, newest first, with `problems`, `invitations`, `started`
//! - `GET /api/assessments/{id}` (author, grader): one assessment, as its creation answered
//! - `GET /api/assessments/{id}/invitations` (grader): `id`, `name`, `email`, `state` and times; never the token
//! - `GET /api/assessments/{id}/submissions` (grader): every submission with its candidate and verdict
//! - `GET /api/problems` (author, grader): the catalogue: each problem's current version and its check
//! - `GET /api/languages`: the languages this server runs
//! - `GET /api/rejudges` (author, grader): the newest rejudge sets

use super::{id, AppState, StaffAuth};
use crate::access::Role;
use crate::error::Error;
use crate::service::Service;
use crate::store::assessments::{self, Assessment};
use crate::store::{checks, listings, now_ms, rfc3339, submissions};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use std::collections::HashMap;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(me))
        .routes(routes!(assessments_list))
        .routes(routes!(assessment))
        .routes(routes!(invitations))
        .routes(routes!(submissions_list))
        .routes(routes!(problems))
        .routes(routes!(languages))
        .routes(routes!(rejudges))
}

/// The token's role and label.
#[utoipa::path(
    get,
    path = "/api/me",
    tag = "staff",
    security(("api_token" = [])),
    responses((status = 200, description = "`role` and `label`", body = Object))
)]
async fn me(State(service): State<AppState>, StaffAuth(staff): StaffAuth) -> Result<Response, Error> {
    let label = listings::token_label(&service.store, staff.token_id).await?;
    Ok(Json(json!({ "role": staff.role.as_str(), "label": label.unwrap_or_default() })).into_response())
}

/// Every assessment, newest first.
///
/// Role: author or grader.
#[utoipa::path(
    get,
    path = "/api/assessments",
    tag = "staff",
    security(("api_token" = [])),
    responses((status = 200, description = "`assessments`: each one's terms, `problems` (ids), `invitations` and `started` (counts)", body = Object))
)]
async fn assessments_list(State(service): State<AppState>, StaffAuth(staff): StaffAuth) -> Result<Response, Error> {
    staff.require(&[Role::Author, Role::Grader], "listing assessments")?;
    let mut problems: HashMap<i64, Vec<String>> = HashMap::new();
    for (assessment, problem) in listings::assessment_problems(&service.store).await? {
        problems.entry(assessment).or_default().push(problem);
    }
    let list = listings::assessments(&service.store).await?;
    Ok(Json(json!({
        "assessments": list.iter().map(|a| json!({
            "id": a.id,
            "title": a.title,
            "duration_minutes": a.duration_minutes,
            "opens_at": a.opens_at.map(rfc3339),
            "closes_at": a.closes_at.map(rfc3339),
            "languages": serde_json::from_str::<Value>(&a.languages).unwrap_or(Value::Null),
            "feedback": a.feedback,
            "created_at": rfc3339(a.created_at),
            "problems": problems.get(&a.id).cloned().unwrap_or_default(),
            "invitations": a.invitations,
            "started": a.started,
        })).collect::<Vec<_>>(),
    }))
    .into_response())
}

async fn find(service: &Service, text: &str) -> Result<Assessment, Error> {
    let id = id(text, "assessment")?;
    assessments::get(&service.store, id)
        .await?
        .ok_or_else(|| Error::NotFound(format!("no assessment {id}")))
}

/// One assessment, as its creation answered.
///
/// Role: author or grader.
#[utoipa::path(
    get,
    path = "/api/assessments/{id}",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the assessment", minimum = 1)),
    responses(
        (status = 200, description = "the assessment", body = Object),
        (status = 404, description = "no such assessment"),
    )
)]
async fn assessment(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(text): Path<String>,
) -> Result<Response, Error> {
    staff.require(&[Role::Author, Role::Grader], "reading assessments")?;
    let a = find(&service, &text).await?;
    let problems = assessments::problems(&service.store, a.id).await?;
    Ok(Json(json!({
        "id": a.id,
        "title": a.title,
        "instructions": a.instructions,
        "duration_minutes": a.duration_minutes,
        "opens_at": a.opens_at.map(rfc3339),
        "closes_at": a.closes_at.map(rfc3339),
        "languages": a.languages(),
        "feedback": a.feedback,
        "problems": problems.iter().map(|p| json!({
            "id": p.problem_id, "version": p.problem_hash, "title": p.title, "max_score": p.max_score,
        })).collect::<Vec<_>>(),
        "created_at": rfc3339(a.created_at),
    }))
    .into_response())
}

/// An assessment's invitations, never their tokens.
///
/// Role: grader.
#[utoipa::path(
    get,
    path = "/api/assessments/{id}/invitations",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the assessment", minimum = 1)),
    responses(
        (status = 200, description = "`invitations`: `id`, `name`, `email`, `state`, `ended`, `revoked_at`, `expires_at`, `extra_minutes`, `extra_percent`, `started_at`, `deadline`, `finished_at`, `runs` (samples or custom input), `run_cpu_seconds` (their processor time)", body = Object),
        (status = 404, description = "no such assessment"),
    )
)]
async fn invitations(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(text): Path<String>,
) -> Result<Response, Error> {
    staff.require(&[Role::Grader], "listing invitations")?;
    let a = find(&service, &text).await?;
    let now = now_ms();
    let roster = assessments::roster(&service.store, a.id).await?;
    Ok(Json(json!({
        "invitations": roster.iter().map(|row| {
            let state = match (row.started_at, row.finished_at, row.deadline) {
                (None, _, _) => "invited",
                (Some(_), Some(_), _) => "finished",
                (Some(_), None, Some(deadline)) if now >= deadline => "finished",
                _ => "in_progress",
            };
            json!({
                "id": row.invitation_id,
                "name": row.name,
                "email": row.email,
                "state": state,
                "ended": assessments::ending(row.finished_at, row.deadline, now).map(|e| e.as_str()),
                "revoked_at": row.revoked_at.map(rfc3339),
                "expires_at": row.expires_at.map(rfc3339),
                "extra_minutes": row.extra_minutes,
                "extra_percent": row.extra_percent,
                "started_at": row.started_at.map(rfc3339),
                "deadline": row.deadline.map(rfc3339),
                "finished_at": row.finished_at.map(rfc3339),
                "runs": row.runs.unwrap_or(0),
                "run_cpu_seconds": row.run_cpu_ms.unwrap_or(0) as f64 / 1e3,
            })
        }).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// Every submission of an assessment, with its candidate and verdict.
///
/// Role: grader.
#[utoipa::path(
    get,
    path = "/api/assessments/{id}/submissions",
    tag = "staff",
    security(("api_token" = [])),
    params(("id" = i64, Path, description = "the assessment", minimum = 1)),
    responses(
        (status = 200, description = "`submissions`: `id`, `invitation_id`, `name`, `problem`, `language`, `created_at`, `status`, `verdict`, `score`, `max_score`", body = Object),
        (status = 404, description = "no such assessment"),
    )
)]
async fn submissions_list(
    State(service): State<AppState>,
    StaffAuth(staff): StaffAuth,
    Path(text): Path<String>,
) -> Result<Response, Error> {
    staff.require(&[Role::Grader], "listing submissions")?;
    let a = find(&service, &text).await?;
    let roster = assessments::roster(&service.store, a.id).await?;
    let by_attempt: HashMap<i64, &assessments::Roster> =
        roster.iter().filter_map(|row| Some((row.attempt_id?, row))).collect();
    let statuses = submissions::statuses_of_assessment(&service.store, a.id).await?;
    Ok(Json(json!({
        "submissions": statuses.iter().map(|s| {
            let who = by_attempt.get(&s.attempt_id);
            json!({
                "id": s.id,
                "invitation_id": who.map(|w| w.invitation_id),
                "name": who.map(|w| w.name.clone()),
                "problem": s.problem_id,
                "language": s.language,
                "created_at": rfc3339(s.created_at),
                "auto": s.auto == 1,
                "status": s.status(),
                "verdict": s.verdict,
                "score": s.score,
                "max_score": s.max_score,
            })
        }).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// The catalogue: each problem's current version and its check.
///
/// Role: author or grader.
#[utoipa::path(
    get,
    path = "/api/problems",
    tag = "staff",
    security(("api_token" = [])),
    responses((status = 200, description = "`problems`: each one's `version`, `versions`, `max_score`, limits, tests, groups, starters, `loads` (or `error`) and `check`", body = Object))
)]
async fn problems(State(service): State<AppState>, StaffAuth(staff): StaffAuth) -> Result<Response, Error> {
    staff.require(&[Role::Author, Role::Grader], "listing problems")?;
    let entries = listings::catalogue(&service.store).await?;
    let checks: HashMap<String, checks::Check> = checks::of_current_versions(&service.store)
        .await?
        .into_iter()
        .map(|check| (check.hash.clone(), check))
        .collect();
    let mut out = Vec::with_capacity(entries.len());
    for entry in entries {
        // The package as judging sees it; a version that no longer loads is
        // listed with the reason instead of hiding the others.
        let details = match service.catalog.problem(&entry.hash).await {
            Ok(problem) => {
                let mut groups: Vec<Value> = Vec::new();
                let count = |group: &str| problem.tests.iter().filter(|t| t.group == group).count();
                let samples = count(judge::problem::SAMPLE_GROUP);
                for group in &problem.groups {
                    groups.push(json!({ "name": group.name, "points": group.points, "tests": count(&group.name) }));
                }
                let starters: Vec<String> = problem
                    .starters
                    .iter()
                    .filter_map(|path| {
                        Some(
                            service
                                .judging
                                .bench
                                .toolchains
                                .detect(&path.file_name()?.to_string_lossy())?
                                .id
                                .clone(),
                        )
                    })
                    .collect();
                json!({
                    "loads": true,
                    "time_seconds": problem.limits.time_seconds,
                    "memory_mib": problem.limits.memory_mib,
                    "tests": problem.tests.len(),
                    "samples": samples,
                    "groups": groups,
                    "interactive": problem.interactor.is_some(),
                    "solutions": problem.solutions.len(),
                    "starters": starters,
                })
            }
            Err(err) => json!({ "loads": false, "error": format!("{err:#}") }),
        };
        let mut item = json!({
            "id": entry.id,
            "title": entry.title,
            "max_score": entry.max_score,
            "version": entry.hash,
            "versions": entry.versions,
            "updated_at": rfc3339(entry.updated_at),
            "check": check_json(checks.get(&entry.hash), service.settings.check_problems),
        });
        if let (Some(item), Some(details)) = (item.as_object_mut(), details.as_object()) {
            item.extend(details.clone());
        }
        out.push(item);
    }
    Ok(Json(json!({ "problems": out })).into_response())
}

/// A version's check: `pending` (waiting its turn), `checking`, `done` (with
/// what it found), or `off` (this server does not check problems).
fn check_json(check: Option<&checks::Check>, enabled: bool) -> Value {
    let Some(check) = check else {
        return json!({ "state": if enabled { "pending" } else { "off" } });
    };
    if check.state != "done" {
        return json!({ "state": "checking", "started_at": rfc3339(check.started_at) });
    }
    let parse = |text: &Option<String>| {
        text.as_deref()
            .and_then(|text| serde_json::from_str::<Value>(text).ok())
            .unwrap_or(Value::Null)
    };
    let report = parse(&check.report);
    let solutions: Vec<Value> = report["solutions"]
        .as_array()
        .map(|solutions| {
            solutions
                .iter()
                .map(|s| {
                    json!({
                        "path": s["path"], "expected": s["expected"], "verdict": s["verdict"], "ok": s["ok"],
                        "max_seconds": s["max_seconds"], "at_least": s["at_least"],
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    json!({
        "state": "done",
        "ok": check.ok == Some(1),
        "faults": parse(&check.faults),
        "warnings": parse(&check.warnings),
        "time_limit": check.time_limit,
        "suggested_time_limit": check.suggested_time_limit,
        "solutions": solutions,
        "inputs_validated": report["inputs_validated"],
        "validators": report["validators"],
        "engine": check.engine,
        "checked_at": check.checked_at.map(rfc3339),
    })
}

/// The languages this server runs.
#[utoipa::path(
    get,
    path = "/api/languages",
    tag = "staff",
    security(("api_token" = [])),
    responses((status = 200, description = "`languages`: `id`, `name`, `standard`, `compiler`, `time_multiplier`", body = Object))
)]
async fn languages(State(service): State<AppState>, StaffAuth(_): StaffAuth) -> Result<Response, Error> {
    let list: Vec<Value> = service
        .judging
        .bench
        .toolchains
        .languages()
        .iter()
        .map(|l| crate::views::language_json(&service.judging, &l.id))
        .collect();
    Ok(Json(json!({ "languages": list })).into_response())
}

/// The newest 200 rejudge sets.
///
/// Role: author or grader.
#[utoipa::path(
    get,
    path = "/api/rejudges",
    tag = "staff",
    security(("api_token" = [])),
    responses((status = 200, description = "`rejudges`: `id`, `state`, `reason`, `total`, `pending`, `created_at`, `decided_at`", body = Object))
)]
async fn rejudges(State(service): State<AppState>, StaffAuth(staff): StaffAuth) -> Result<Response, Error> {
    staff.require(&[Role::Author, Role::Grader], "listing rejudges")?;
    let sets = listings::rejudges(&service.store, 200).await?;
    Ok(Json(json!({
        "rejudges": sets.iter().map(|r| json!({
            "id": r.id,
            "state": r.state,
            "reason": r.reason,
            "created_at": rfc3339(r.created_at),
            "decided_at": r.decided_at.map(rfc3339),
            "total": r.total,
            "pending": r.pending,
        })).collect::<Vec<_>>(),
    }))
    .into_response())
}
