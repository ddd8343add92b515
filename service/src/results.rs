//! An assessment's results: per invitation, the attempt and the best judged
//! score of each problem; as JSON for the pages and as CSV for spreadsheets.

use crate::access::{Role, Staff};
use crate::error::Result;
use crate::service::Service;
use crate::store::assessments::{self, Roster};
use crate::store::submissions::{self, Status};
use crate::store::{now_ms, rfc3339};
use std::collections::HashMap;

impl Service {
    /// Each invitation with its attempt and scores: per problem, the best
    /// score among the candidate's judged submissions.
    pub async fn results(&self, staff: &Staff, assessment_id: i64) -> Result<Results> {
        staff.require(&[Role::Grader], "reading results")?;
        self.results_of(assessment_id).await
    }

    /// The results, for whoever was already allowed to see them.
    pub async fn results_of(&self, assessment_id: i64) -> Result<Results> {
        let assessment = self.assessment(assessment_id).await?;
        let problems = assessments::problems(&self.store, assessment_id).await?;
        let roster = one_per_candidate(assessments::roster(&self.store, assessment_id).await?);
        let statuses = submissions::statuses_of_assessment(&self.store, assessment_id).await?;
        let now = now_ms();
        let mut by_attempt: HashMap<i64, Vec<&Status>> = HashMap::new();
        for status in &statuses {
            by_attempt.entry(status.attempt_id).or_default().push(status);
        }
        let candidates = roster
            .iter()
            .map(|row| {
                let mine = row
                    .attempt_id
                    .and_then(|id| by_attempt.get(&id))
                    .cloned()
                    .unwrap_or_default();
                let per_problem: Vec<ProblemResult> = problems
                    .iter()
                    .map(|problem| {
                        let subs: Vec<&&Status> = mine.iter().filter(|s| s.problem_id == problem.problem_id).collect();
                        let best = subs.iter().filter(|s| s.verdict.is_some()).max_by(|a, b| {
                            a.score
                                .unwrap_or(0.0)
                                .total_cmp(&b.score.unwrap_or(0.0))
                                .then(a.id.cmp(&b.id))
                        });
                        ProblemResult {
                            id: problem.problem_id.clone(),
                            score: best.and_then(|s| s.score).unwrap_or(0.0),
                            max_score: problem.max_score,
                            verdict: best.and_then(|s| s.verdict.clone()),
                            auto: best.is_some_and(|s| s.auto == 1),
                            submissions: subs.len(),
                            pending: subs
                                .iter()
                                .filter(|s| matches!(s.status(), "queued" | "judging"))
                                .count(),
                        }
                    })
                    .collect();
                let state = match (row.started_at, row.finished_at, row.deadline) {
                    (None, _, _) => "invited",
                    (Some(_), Some(_), _) => "finished",
                    (Some(_), None, Some(deadline)) if now >= deadline => "finished",
                    _ => "in_progress",
                };
                CandidateResult {
                    invitation_id: row.invitation_id,
                    name: row.name.clone(),
                    email: row.email.clone(),
                    state,
                    ended: assessments::ending(row.finished_at, row.deadline, now).map(|e| e.as_str()),
                    started_at: row.started_at.map(rfc3339),
                    deadline: row.deadline.map(rfc3339),
                    finished_at: row
                        .finished_at
                        .or(row.deadline.filter(|d| now >= *d && row.started_at.is_some()))
                        .map(rfc3339),
                    score: round(per_problem.iter().map(|p| p.score).sum()),
                    max_score: round(problems.iter().map(|p| p.max_score).sum()),
                    pending: per_problem.iter().map(|p| p.pending).sum(),
                    problems: per_problem,
                }
            })
            .collect();
        Ok(Results {
            assessment_id,
            title: assessment.title,
            problems: problems.iter().map(|p| p.problem_id.clone()).collect(),
            candidates,
        })
    }
}

/// An assessment's results, as `GET /api/assessments/{id}/results` answers them.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Results {
    pub assessment_id: i64,
    pub title: String,
    pub problems: Vec<String>,
    pub candidates: Vec<CandidateResult>,
}

/// One invitation's standing.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CandidateResult {
    pub invitation_id: i64,
    pub name: String,
    pub email: String,
    /// `invited`, `in_progress` or `finished`.
    pub state: &'static str,
    /// How the attempt ended: `finished` (the candidate pressed Finish) or
    /// `time_up`; none while it runs or before it starts.
    pub ended: Option<&'static str>,
    pub started_at: Option<String>,
    pub deadline: Option<String>,
    pub finished_at: Option<String>,
    pub score: f64,
    pub max_score: f64,
    /// Submissions not judged yet: the scores can still change.
    pub pending: usize,
    pub problems: Vec<ProblemResult>,
}

/// A candidate's best on one problem.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ProblemResult {
    pub id: String,
    pub score: f64,
    pub max_score: f64,
    pub verdict: Option<String>,
    /// Whether the submission that counts was submitted for the candidate
    /// when the attempt ended (their last draft).
    pub auto: bool,
    pub submissions: usize,
    pub pending: usize,
}

impl Results {
    /// One row per invitation: name, email, state, times, how it ended, total,
    /// then each problem's score.
    pub fn csv(&self) -> String {
        let mut header: Vec<String> = [
            "invitation_id",
            "name",
            "email",
            "state",
            "started_at",
            "finished_at",
            "ended",
            "score",
            "max_score",
            "pending",
        ]
        .map(String::from)
        .to_vec();
        header.extend(self.problems.iter().cloned());
        let mut out = csv_line(&header);
        for c in &self.candidates {
            let mut row = vec![
                c.invitation_id.to_string(),
                c.name.clone(),
                c.email.clone(),
                c.state.to_string(),
                c.started_at.clone().unwrap_or_default(),
                c.finished_at.clone().unwrap_or_default(),
                c.ended.unwrap_or_default().to_string(),
                c.score.to_string(),
                c.max_score.to_string(),
                c.pending.to_string(),
            ];
            row.extend(c.problems.iter().map(|p| p.score.to_string()));
            out.push_str(&csv_line(&row));
        }
        out
    }
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so
/// that spreadsheets do not run a candidate's name as a formula.
fn csv_line(fields: &[String]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|field| {
            let field = match field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err() {
                true => format!("'{field}"),
                false => field.clone(),
            };
            if field.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field
            }
        })
        .collect();
    format!("{}\r\n", quoted.join(","))
}

/// One row per candidate: an email invited more than once (before one
/// invitation per email was the rule) keeps its started invitations, else its
/// newest; a dead row beside the one the candidate used is left out.
fn one_per_candidate(rows: Vec<Roster>) -> Vec<Roster> {
    let mut best: HashMap<String, (bool, i64)> = HashMap::new();
    for row in &rows {
        let key = row.email.to_lowercase();
        let entry = best.entry(key).or_insert((false, 0));
        *entry = (entry.0 || row.attempt_id.is_some(), entry.1.max(row.invitation_id));
    }
    rows.into_iter()
        .filter(|row| {
            let (started, newest) = best[&row.email.to_lowercase()];
            row.attempt_id.is_some() || (!started && row.invitation_id == newest)
        })
        .collect()
}

fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(invitation_id: i64, email: &str, attempt_id: Option<i64>) -> Roster {
        Roster {
            invitation_id,
            name: "Ada".into(),
            email: email.into(),
            attempt_id,
            started_at: None,
            deadline: None,
            finished_at: None,
            runs: None,
            run_cpu_ms: None,
            revoked_at: None,
            expires_at: None,
            extra_minutes: 0,
            extra_percent: 0,
        }
    }

    #[test]
    fn a_candidate_invited_twice_is_one_row() {
        let ids = |rows: Vec<Roster>| {
            one_per_candidate(rows)
                .iter()
                .map(|r| r.invitation_id)
                .collect::<Vec<_>>()
        };
        // The first link was lost, the second used: the dead first row goes.
        assert_eq!(
            ids(vec![
                row(1, "ada@x.io", None),
                row(2, "Ada@X.io", Some(7)),
                row(3, "bo@x.io", None)
            ]),
            [2, 3]
        );
        // Neither started: the newest stands for her.
        assert_eq!(ids(vec![row(1, "ada@x.io", None), row(2, "ada@x.io", None)]), [2]);
        // Both started: both attempts are real and both are shown.
        assert_eq!(
            ids(vec![row(1, "ada@x.io", Some(5)), row(2, "ada@x.io", Some(6))]),
            [1, 2]
        );
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let line = csv_line(&["a,b".into(), "say \"hi\"".into(), "=cmd()".into(), "-1.5".into()]);
        assert_eq!(line, "\"a,b\",\"say \"\"hi\"\"\",'=cmd(),-1.5\r\n");
    }
}
