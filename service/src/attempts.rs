//! A candidate's attempt: starting and finishing it, reading its problems,
//! and submitting code, each refused once the attempt is over. A submission
//! and its judging job are written in one transaction.

use crate::access::Candidate;
use crate::error::{bad, Error, Result};
use crate::feedback::{feedback_of, status_json, tests_for_candidate, Feedback};
use crate::secret;
use crate::service::{Service, SECTIONS};
use crate::store::assessments::{self, Attempt};
use crate::store::submissions::{self, NewSubmission};
use crate::store::{now_ms, rfc3339};
use crate::views::{assessment_terms, attempt_json, language_json, statement_view};
use judge::problem::Problem;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

impl Service {
    pub async fn attempt_view(&self, candidate: &Candidate) -> Result<Value> {
        let assessment = &candidate.assessment;
        let problems = assessments::problems(&self.store, assessment.id).await?;
        let attempt = assessments::attempt(&self.store, candidate.invitation.id).await?;
        let statuses = match &attempt {
            Some(attempt) => submissions::statuses_of_attempt(&self.store, attempt.id).await?,
            None => Vec::new(),
        };
        let feedback = feedback_of(assessment);
        let mut terms = assessment_terms(assessment);
        terms["limits"] = json!({
            "max_source_bytes": self.settings.max_source_bytes,
            "submissions_per_minute": self.settings.submissions_per_minute,
            "runs_per_minute": self.settings.runs_per_minute,
        });
        terms["time_allowed_minutes"] = json!(crate::invitations::time_allowed_minutes(
            &candidate.invitation,
            assessment.duration_minutes
        ));
        terms["expires_at"] = json!(candidate.invitation.expires_at.map(rfc3339));
        terms["language_details"] = assessment
            .languages()
            .iter()
            .map(|l| language_json(&self.judging, l))
            .collect();
        Ok(json!({
            "candidate": { "name": candidate.invitation.name },
            "assessment": terms,
            "problems": problems.iter().map(|p| json!({"id": p.problem_id, "title": p.title, "max_score": p.max_score})).collect::<Vec<_>>(),
            "attempt": attempt.as_ref().map(attempt_json),
            "submissions": statuses.iter().map(|s| status_json(s, feedback)).collect::<Vec<_>>(),
        }))
    }

    pub async fn start(&self, candidate: &Candidate) -> Result<Value> {
        let assessment = &candidate.assessment;
        let now = now_ms();
        if let Some(attempt) = assessments::attempt(&self.store, candidate.invitation.id).await? {
            return Ok(attempt_json(&attempt));
        }
        if let Some(opens) = assessment.opens_at.filter(|opens| now < *opens) {
            return Err(Error::Forbidden(format!(
                "the assessment opens at {}; start it then",
                rfc3339(opens)
            )));
        }
        if let Some(expired) = candidate.invitation.expires_at.filter(|expires| now >= *expires) {
            return Err(Error::Forbidden(format!(
                "this invitation expired at {}: ask the person who invited you for more time",
                rfc3339(expired)
            )));
        }
        if let Some(closes) = assessment.closes_at.filter(|closes| now >= *closes) {
            return Err(Error::Forbidden(format!(
                "the assessment closed at {}",
                rfc3339(closes)
            )));
        }
        let mut deadline = now + assessment.duration_minutes * 60_000;
        if let Some(closes) = assessment.closes_at {
            deadline = deadline.min(closes);
        }
        // Extra time comes on top, even past the closing time: it is owed.
        let extra_ms = candidate.invitation.extra_ms(assessment.duration_minutes);
        let attempt =
            assessments::start(&self.store, candidate.invitation.id, now, deadline + extra_ms, extra_ms).await?;
        tracing::info!(
            attempt = attempt.id,
            invitation = candidate.invitation.id,
            "attempt started"
        );
        Ok(attempt_json(&attempt))
    }

    pub async fn finish(&self, candidate: &Candidate) -> Result<Value> {
        let attempt = self.started(candidate).await?;
        assessments::finish(&self.store, attempt.id, now_ms()).await?;
        tracing::info!(attempt = attempt.id, "attempt finished");
        // Unsubmitted drafts are submitted now; should this fail, the
        // background closing takes the attempt up again within a second.
        if let Err(err) = self.close_attempt(attempt.id).await {
            tracing::warn!(attempt = attempt.id, error = ?err, "cannot close the finished attempt yet");
        }
        let attempt = self.started(candidate).await?;
        Ok(attempt_json(&attempt))
    }

    pub(crate) async fn started(&self, candidate: &Candidate) -> Result<Attempt> {
        assessments::attempt(&self.store, candidate.invitation.id)
            .await?
            .ok_or_else(|| Error::Conflict("the attempt has not started: POST /api/attempt/start first".into()))
    }

    /// The attempt, refused unless it is still open for code.
    pub(crate) async fn open(&self, candidate: &Candidate) -> Result<Attempt> {
        let attempt = self.started(candidate).await?;
        let now = now_ms();
        if attempt.finished_at.is_some() {
            return Err(Error::Forbidden(
                "the attempt is finished: no more code is taken".into(),
            ));
        }
        if now >= attempt.deadline {
            return Err(Error::Forbidden(format!(
                "the deadline passed at {}: no more code is taken",
                rfc3339(attempt.deadline)
            )));
        }
        Ok(attempt)
    }

    /// The problem of the assessment, by id, with its pinned version.
    pub(crate) async fn assessment_problem(
        &self,
        candidate: &Candidate,
        problem_id: &str,
    ) -> Result<(String, Arc<Problem>)> {
        let problems = assessments::problems(&self.store, candidate.assessment.id).await?;
        let Some(found) = problems.iter().find(|p| p.problem_id == problem_id) else {
            let ids: Vec<&str> = problems.iter().map(|p| p.problem_id.as_str()).collect();
            return Err(Error::NotFound(format!(
                "no problem `{problem_id}` in this assessment; its problems: {}",
                ids.join(", ")
            )));
        };
        let problem = self.catalog.problem(&found.problem_hash).await?;
        Ok((found.problem_hash.clone(), problem))
    }

    pub async fn problem_view(&self, candidate: &Candidate, problem_id: &str) -> Result<Value> {
        self.started(candidate).await?;
        let (_, problem) = self.assessment_problem(candidate, problem_id).await?;
        let judging = self.judging.clone();
        let languages = candidate.assessment.languages();
        let view = tokio::task::spawn_blocking(move || statement_view(&problem, &judging, &languages))
            .await
            .map_err(|err| Error::Internal(err.into()))??;
        Ok(view)
    }

    /// Checks what every piece of code sent must pass: a problem of the
    /// assessment, an allowed language, a source within the size limit.
    pub(crate) fn check_code(&self, candidate: &Candidate, language: &str, source: &str) -> Result<()> {
        let allowed = candidate.assessment.languages();
        if !allowed.iter().any(|l| l == language) {
            return Err(bad(format!(
                "the language `{language}` is not allowed in this assessment; allowed: {}",
                allowed.join(", ")
            )));
        }
        if source.trim().is_empty() {
            return Err(bad("`source` is empty"));
        }
        if source.len() > self.settings.max_source_bytes {
            return Err(Error::TooLarge(format!(
                "the source is {} bytes, above the limit of {} bytes",
                source.len(),
                self.settings.max_source_bytes
            )));
        }
        Ok(())
    }

    pub async fn submit(&self, candidate: &Candidate, body: CodeBody) -> Result<Value> {
        let attempt = self.open(candidate).await?;
        self.check_code(candidate, &body.language, &body.source)?;
        if body.input.is_some() {
            return Err(bad(
                "`input` is for POST /api/attempt/run; a submission is judged on the problem's tests",
            ));
        }
        let (hash, _) = self.assessment_problem(candidate, &body.problem).await?;
        let source_hash = secret::hex(&<sha2::Sha256 as sha2::Digest>::digest(body.source.as_bytes()));
        // The count, the deadline and the insert happen in one section per
        // attempt: the in-process lock queues this server's requests, the row
        // lock other servers' (on SQLite, the transaction holds the database's
        // write lock from its start).
        let _section = self.attempt_sections[attempt.id.rem_euclid(SECTIONS as i64) as usize]
            .lock()
            .await;
        // The submission and its job commit together, before the answer: an
        // accepted submission is always judged, whatever restarts in between.
        let mut tx = self.store.begin().await?;
        submissions::lock_attempt(&mut tx, attempt.id).await?;
        let now = now_ms();
        let recent = submissions::count_since(&mut tx, attempt.id, now - 60_000).await?;
        if recent >= i64::from(self.settings.submissions_per_minute) {
            tx.rollback().await?;
            return Err(Error::TooMany {
                message: format!(
                    "at most {} submissions a minute: wait a little, and test with POST /api/attempt/run meanwhile",
                    self.settings.submissions_per_minute
                ),
                retry_after: 60,
            });
        }
        let inserted = submissions::insert(
            &mut tx,
            &NewSubmission {
                attempt_id: attempt.id,
                problem_id: &body.problem,
                problem_hash: &hash,
                language: &body.language,
                source: &body.source,
                source_hash: &source_hash,
                created_at: now,
            },
        )
        .await?;
        let Some(id) = inserted else {
            tx.rollback().await?;
            // Finished or past the deadline since it was checked above.
            return Err(match self.open(candidate).await {
                Err(err) => err,
                Ok(_) => Error::Forbidden("the attempt is over: no more code is taken".into()),
            });
        };
        crate::queue::enqueue(&mut tx, id, &hash, None).await?;
        tx.commit().await?;
        self.signals.jobs.notify_waiters();
        self.signals.jobs.notify_one();
        tracing::info!(submission = id, attempt = attempt.id, problem = %body.problem, language = %body.language, bytes = body.source.len(), "submission accepted");
        Ok(json!({
            "id": id,
            "problem": body.problem,
            "language": body.language,
            "status": "queued",
            "created_at": rfc3339(now),
        }))
    }

    pub async fn candidate_submission(&self, candidate: &Candidate, id: i64) -> Result<Value> {
        let attempt = self.started(candidate).await?;
        // Another candidate's submission is answered exactly like a missing one.
        let status = submissions::status(&self.store, id)
            .await?
            .filter(|s| s.attempt_id == attempt.id)
            .ok_or_else(|| Error::NotFound(format!("no submission {id} in your attempt")))?;
        let feedback = feedback_of(&candidate.assessment);
        let mut view = status_json(&status, feedback);
        if status.verdict.is_some() && feedback != Feedback::None {
            if let Some(judgement) = submissions::current_judgement(&self.store, id).await? {
                view["message"] = json!(judgement.message);
                let multiplier = self.multiplier(&judgement.problem_hash, &status.language).await?;
                if let Some(tests) = tests_for_candidate(&judgement.tests, feedback, multiplier) {
                    view["tests"] = tests;
                }
            }
        }
        if let Some(submission) = submissions::get(&self.store, id).await? {
            view["source"] = json!(submission.source);
        }
        Ok(view)
    }

    /// The time multiplier of `language` on the problem version `hash`.
    pub(crate) async fn multiplier(&self, hash: &str, language: &str) -> Result<f64> {
        let problem = self.catalog.problem(hash).await?;
        Ok(self.judging.time_multiplier(&problem, language).unwrap_or(1.0))
    }

    /// The current statuses of the attempt's submissions, for the live stream.
    pub async fn attempt_statuses(&self, candidate: &Candidate) -> Result<(Attempt, Vec<Value>)> {
        let attempt = self.started(candidate).await?;
        let statuses = submissions::statuses_of_attempt(&self.store, attempt.id).await?;
        let feedback = feedback_of(&candidate.assessment);
        Ok((attempt, statuses.iter().map(|s| status_json(s, feedback)).collect()))
    }
}

/// Code sent by a candidate, to run or to submit.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeBody {
    /// A problem id of the assessment.
    pub problem: String,
    /// A language id the assessment allows.
    pub language: String,
    /// Not empty; at most the server's `max_source_bytes`.
    pub source: String,
    /// For runs: custom input instead of the samples.
    pub input: Option<String>,
}
