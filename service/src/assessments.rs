//! Staff operations on assessments: creating one (its problems pinned to
//! their current versions), reading a submission.

use crate::access::{Role, Staff};
use crate::error::{bad, Error, Result};
use crate::feedback::{progress_json, tests_with_seconds, Feedback};
use crate::service::Service;
use crate::store::assessments::{self, Assessment, NewAssessment};
use crate::store::submissions;
use crate::store::{audit, rfc3339};
use crate::views::assessment_terms;
use serde::Deserialize;
use serde_json::{json, Value};

impl Service {
    pub async fn create_assessment(&self, staff: &Staff, body: NewAssessmentBody) -> Result<Value> {
        staff.require(&[Role::Author], "creating an assessment")?;
        let title = body.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            return Err(bad("`title` must be 1 to 200 characters"));
        }
        let instructions = body.instructions.unwrap_or_default();
        if instructions.len() > 20_000 {
            return Err(bad("`instructions` must be at most 20000 bytes"));
        }
        if !(1..=7 * 24 * 60).contains(&body.duration_minutes) {
            return Err(bad("`duration_minutes` must be from 1 to 10080 (a week)"));
        }
        if body.problems.is_empty() || body.problems.len() > 50 {
            return Err(bad("`problems` must list 1 to 50 problem ids"));
        }
        let mut pinned = Vec::new();
        for id in &body.problems {
            if pinned.iter().any(|(pinned_id, _): &(String, String)| pinned_id == id) {
                return Err(bad(format!("`problems` lists `{id}` twice")));
            }
            let version = crate::store::problems::current(&self.store, id).await?.ok_or_else(|| {
                bad(format!(
                    "no problem `{id}`: use the id of a problem in the server's problems folder (its folder name)"
                ))
            })?;
            pinned.push((id.clone(), version.hash));
        }
        let known = self.judging.languages();
        let languages = match body.languages {
            None => known.clone(),
            Some(list) => {
                if list.is_empty() {
                    return Err(bad(
                        "`languages` must not be empty; leave it out to allow every language",
                    ));
                }
                let mut chosen: Vec<String> = Vec::new();
                for language in list {
                    if !known.contains(&language) {
                        return Err(bad(format!(
                            "unknown language `{language}`; known: {}",
                            known.join(", ")
                        )));
                    }
                    if !chosen.contains(&language) {
                        chosen.push(language);
                    }
                }
                chosen
            }
        };
        let feedback = body.feedback.unwrap_or_else(|| "samples".into());
        if Feedback::parse(&feedback).is_none() {
            return Err(bad(format!("`feedback` must be one of {}", Feedback::NAMES)));
        }
        let time = |field: &str, value: &Option<String>| -> Result<Option<i64>> {
            value
                .as_deref()
                .map(|text| {
                    crate::store::parse_rfc3339(text)
                        .ok_or_else(|| bad(format!("`{field}` must be an RFC 3339 time like 2030-01-31T09:00:00Z")))
                })
                .transpose()
        };
        let (opens_at, closes_at) = (time("opens_at", &body.opens_at)?, time("closes_at", &body.closes_at)?);
        if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
            if closes <= opens {
                return Err(bad("`closes_at` must be after `opens_at`"));
            }
        }
        let id = assessments::create(
            &self.store,
            &NewAssessment {
                title,
                instructions: &instructions,
                duration_minutes: body.duration_minutes,
                opens_at,
                closes_at,
                languages: &languages,
                feedback: &feedback,
                created_by: staff.token_id,
                problems: &pinned,
            },
        )
        .await?;
        audit::record(
            &self.store,
            staff.token_id,
            "assessment.create",
            &format!("assessment/{id}"),
            &json!({ "problems": pinned }),
        )
        .await?;
        tracing::info!(assessment = id, actor = staff.token_id, "assessment created");
        self.assessment_json(id).await
    }

    async fn assessment_json(&self, id: i64) -> Result<Value> {
        let assessment = self.assessment(id).await?;
        let problems = assessments::problems(&self.store, id).await?;
        let mut shown = assessment_terms(&assessment);
        shown["id"] = json!(assessment.id);
        shown["problems"] = problems
            .iter()
            .map(|p| json!({"id": p.problem_id, "version": p.problem_hash, "title": p.title, "max_score": p.max_score}))
            .collect();
        shown["created_at"] = json!(rfc3339(assessment.created_at));
        Ok(shown)
    }

    pub(crate) async fn assessment(&self, id: i64) -> Result<Assessment> {
        assessments::get(&self.store, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no assessment {id}")))
    }

    /// A submission with its source and every judgement, for graders.
    pub async fn submission(&self, staff: &Staff, id: i64) -> Result<Value> {
        // Authors write problems: candidates' code is not theirs to read.
        staff.require(&[Role::Grader], "reading submissions")?;
        let submission = submissions::get(&self.store, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no submission {id}")))?;
        let status = submissions::status(&self.store, id).await?;
        let progress = status.as_ref().and_then(|s| progress_json(s, true));
        let status = status.as_ref().map(|s| s.status()).unwrap_or("queued");
        let judgements = submissions::judgements(&self.store, id).await?;
        let mut multipliers = std::collections::HashMap::new();
        for j in &judgements {
            if !multipliers.contains_key(&j.problem_hash) {
                let multiplier = self.multiplier(&j.problem_hash, &submission.language).await?;
                multipliers.insert(j.problem_hash.clone(), multiplier);
            }
        }
        audit::record(
            &self.store,
            staff.token_id,
            "submission.read",
            &format!("submission/{id}"),
            &json!({}),
        )
        .await?;
        Ok(json!({
            "id": submission.id,
            "attempt_id": submission.attempt_id,
            "problem": submission.problem_id,
            "problem_version": submission.problem_hash,
            "language": submission.language,
            "source": submission.source,
            "source_sha256": submission.source_hash,
            "created_at": rfc3339(submission.created_at),
            "auto": submission.auto == 1,
            "status": status,
            "progress": progress,
            "judgements": judgements.iter().map(|j| json!({
                "id": j.id,
                "current": j.current == 1,
                "rejudge_id": j.rejudge_id,
                "problem_version": j.problem_hash,
                "engine": j.engine,
                "verdict": j.verdict,
                "score": j.score,
                "max_score": j.max_score,
                "message": j.message,
                // Time in seconds of the candidate's limit; instructions beside it.
                "time_multiplier": multipliers[&j.problem_hash],
                "tests": tests_with_seconds(&j.tests, multipliers[&j.problem_hash]),
                "judged_at": rfc3339(j.judged_at),
            })).collect::<Vec<_>>(),
        }))
    }
}

/// Bodies of `POST /api/assessments`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAssessmentBody {
    /// 1 to 200 characters.
    pub title: String,
    /// 1 to 50 ids of problems in the catalogue, each once; their current versions are pinned.
    pub problems: Vec<String>,
    /// From 1 to 10080 (a week).
    pub duration_minutes: i64,
    /// Language ids (`GET /api/languages`); every language when absent.
    pub languages: Option<Vec<String>>,
    /// Markdown, at most 20000 bytes.
    pub instructions: Option<String>,
    /// What candidates see of their verdicts: `none`, `verdict`, `samples` (the default) or `full`.
    pub feedback: Option<String>,
    /// RFC 3339: no attempt starts before.
    pub opens_at: Option<String>,
    /// RFC 3339, after `opens_at`: no attempt starts after, and attempts end by then.
    pub closes_at: Option<String>,
}
