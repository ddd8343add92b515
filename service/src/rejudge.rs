//! Rejudging, as DOMjudge does it: a set of submissions (given, or all of a
//! problem or an assessment) judged again beside their current judgements;
//! the set shows old against new verdicts and scores, and is then applied
//! (the new judgements count) or cancelled, as a whole.

use crate::access::{Role, Staff};
use crate::error::{Error, Result};
use crate::service::Service;
use crate::store::rejudges::{self, Comparison};
use crate::store::{audit, rfc3339};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Most submissions one set may hold.
const MAX_SET: usize = 10_000;

/// Bodies of `POST /api/rejudges`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RejudgeBody {
    /// Exactly one of `submissions`, `problem` and `assessment` chooses the submissions.
    pub submissions: Option<Vec<i64>>,
    /// Every submission to this problem.
    pub problem: Option<String>,
    /// Every submission of this assessment.
    pub assessment: Option<i64>,
    /// At most 2000 bytes.
    pub reason: Option<String>,
    /// `current` (the default): judge against the problem's newest version in
    /// the catalogue (after a fix to its tests); `pinned`: against the version
    /// each submission was made for (after a change of the judge itself).
    pub version: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Target {
    id: i64,
    problem_id: String,
    problem_hash: String,
}

impl Service {
    pub async fn create_rejudge(&self, staff: &Staff, body: RejudgeBody) -> Result<Value> {
        staff.require(&[Role::Author, Role::Grader], "rejudging")?;
        let chosen = body.submissions.is_some() as u8 + body.problem.is_some() as u8 + body.assessment.is_some() as u8;
        if chosen != 1 {
            return Err(Error::BadRequest(
                "give exactly one of `submissions` (ids), `problem` (an id) or `assessment` (an id)".into(),
            ));
        }
        let pinned = match body.version.as_deref().unwrap_or("current") {
            "current" => false,
            "pinned" => true,
            other => {
                return Err(Error::BadRequest(format!(
                    "`version` is `current` or `pinned`, not `{other}`"
                )))
            }
        };
        let reason = body.reason.unwrap_or_default();
        if reason.len() > 2000 {
            return Err(Error::BadRequest("`reason` must be at most 2000 bytes".into()));
        }
        // Only judged submissions: one still in its first judging gets the
        // ordinary verdict, and a set must compare against something.
        const JUDGED: &str = "SELECT s.id, s.problem_id, s.problem_hash FROM submissions s
            WHERE EXISTS (SELECT 1 FROM judgements g WHERE g.submission_id = s.id AND g.current = 1)";
        let targets: Vec<Target> = if let Some(ids) = &body.submissions {
            if ids.is_empty() || ids.len() > MAX_SET {
                return Err(Error::BadRequest(format!("`submissions` must list 1 to {MAX_SET} ids")));
            }
            let mut found = Vec::new();
            for id in ids {
                let target: Option<Target> = sqlx::query_as(&format!("{JUDGED} AND s.id = $1"))
                    .bind(id)
                    .fetch_optional(&self.store.pool)
                    .await?;
                match target {
                    Some(target) if !found.iter().any(|t: &Target| t.id == target.id) => found.push(target),
                    Some(_) => {}
                    None => {
                        return Err(Error::NotFound(format!(
                            "no judged submission {id}: it does not exist or is still in its first judging"
                        )))
                    }
                }
            }
            found
        } else if let Some(problem) = &body.problem {
            sqlx::query_as(&format!("{JUDGED} AND s.problem_id = $1 ORDER BY s.id"))
                .bind(problem)
                .fetch_all(&self.store.pool)
                .await?
        } else {
            let assessment = body.assessment.unwrap_or_default();
            sqlx::query_as(&format!(
                "{JUDGED} AND s.attempt_id IN (SELECT a.id FROM attempts a JOIN invitations i ON i.id = a.invitation_id WHERE i.assessment_id = $1)
                 ORDER BY s.id"
            ))
            .bind(assessment)
            .fetch_all(&self.store.pool)
            .await?
        };
        if targets.is_empty() {
            return Err(Error::BadRequest(
                "no judged submissions match: nothing to rejudge".into(),
            ));
        }
        if targets.len() > MAX_SET {
            return Err(Error::BadRequest(format!(
                "{} submissions match, more than {MAX_SET} in one set: rejudge by assessment or by submission ids",
                targets.len()
            )));
        }
        let mut current: HashMap<String, String> = HashMap::new();
        let mut jobs = Vec::with_capacity(targets.len());
        for target in targets {
            let hash = if pinned {
                target.problem_hash
            } else {
                if !current.contains_key(&target.problem_id) {
                    let version = crate::store::problems::current(&self.store, &target.problem_id).await?;
                    let hash = version.map(|v| v.hash).unwrap_or_else(|| target.problem_hash.clone());
                    current.insert(target.problem_id.clone(), hash);
                }
                current[&target.problem_id].clone()
            };
            jobs.push((target.id, hash));
        }
        let id = rejudges::create(&self.store, &reason, staff.token_id, &jobs).await?;
        self.signals.jobs.notify_waiters();
        audit::record(
            &self.store,
            staff.token_id,
            "rejudge.create",
            &format!("rejudge/{id}"),
            &json!({ "submissions": jobs.len(), "pinned": pinned }),
        )
        .await?;
        tracing::info!(
            rejudge = id,
            submissions = jobs.len(),
            actor = staff.token_id,
            "rejudge set created"
        );
        self.rejudge_view(id).await
    }

    pub async fn rejudge(&self, staff: &Staff, id: i64) -> Result<Value> {
        staff.require(&[Role::Author, Role::Grader], "reading rejudges")?;
        self.rejudge_view(id).await
    }

    pub async fn apply_rejudge(&self, staff: &Staff, id: i64) -> Result<Value> {
        staff.require(&[Role::Grader], "applying a rejudge")?;
        let set = self.pending_set(id).await?;
        let compared = rejudges::compare(&self.store, set.id).await?;
        let unfinished = compared
            .iter()
            .filter(|c| matches!(c.job_state.as_str(), "queued" | "running"))
            .count();
        if unfinished > 0 {
            return Err(Error::Conflict(format!(
                "{unfinished} submissions of the set are still being judged: apply once GET /api/rejudges/{id} shows `pending` 0, or cancel it"
            )));
        }
        if !rejudges::apply(&self.store, id).await? {
            return Err(Error::Conflict(format!("rejudge {id} was decided meanwhile")));
        }
        audit::record(
            &self.store,
            staff.token_id,
            "rejudge.apply",
            &format!("rejudge/{id}"),
            &json!({}),
        )
        .await?;
        tracing::info!(rejudge = id, actor = staff.token_id, "rejudge set applied");
        self.rejudge_view(id).await
    }

    pub async fn cancel_rejudge(&self, staff: &Staff, id: i64) -> Result<Value> {
        staff.require(&[Role::Author, Role::Grader], "cancelling a rejudge")?;
        self.pending_set(id).await?;
        if !rejudges::cancel(&self.store, id).await? {
            return Err(Error::Conflict(format!("rejudge {id} was decided meanwhile")));
        }
        audit::record(
            &self.store,
            staff.token_id,
            "rejudge.cancel",
            &format!("rejudge/{id}"),
            &json!({}),
        )
        .await?;
        self.rejudge_view(id).await
    }

    async fn pending_set(&self, id: i64) -> Result<rejudges::Rejudge> {
        let set = rejudges::get(&self.store, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no rejudge {id}")))?;
        if set.state != "pending" {
            return Err(Error::Conflict(format!("rejudge {id} is already {}", set.state)));
        }
        Ok(set)
    }

    async fn rejudge_view(&self, id: i64) -> Result<Value> {
        let set = rejudges::get(&self.store, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no rejudge {id}")))?;
        let compared = rejudges::compare(&self.store, id).await?;
        let count = |states: &[&str]| {
            compared
                .iter()
                .filter(|c| states.contains(&c.job_state.as_str()))
                .count()
        };
        let changed = compared.iter().filter(|c| is_changed(c)).count();
        Ok(json!({
            "id": set.id,
            "state": set.state,
            "reason": set.reason,
            "created_at": rfc3339(set.created_at),
            "decided_at": set.decided_at.map(rfc3339),
            "total": compared.len(),
            "judged": count(&["done"]),
            "pending": count(&["queued", "running"]),
            "failed": count(&["failed"]),
            "changed": changed,
            "submissions": compared.iter().map(|c| json!({
                "submission_id": c.submission_id,
                "status": match c.job_state.as_str() { "running" => "judging", "failed" => "error", other => other },
                "old": { "verdict": c.old_verdict, "score": c.old_score },
                "new": c.new_judgement.map(|_| json!({ "verdict": c.new_verdict, "score": c.new_score })),
                "changed": is_changed(c),
            })).collect::<Vec<_>>(),
        }))
    }
}

fn is_changed(c: &Comparison) -> bool {
    c.new_judgement.is_some() && (c.new_verdict != c.old_verdict || c.new_score != c.old_score)
}
