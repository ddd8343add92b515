//! Closing attempts that are over. When an attempt ends, by Finish or by its
//! deadline, the last draft of each problem that was never submitted, or was
//! changed since its last submission, is submitted for the candidate and
//! judged like any submission, marked `auto`: work on the screen at the
//! deadline is graded, not lost. A deadline passes without any request, so
//! every server looks for attempts to close every second; a finish closes its
//! attempt at once. Each attempt is closed once, in one transaction with the
//! submissions it makes, whichever server gets there first.

use crate::error::Result;
use crate::secret;
use crate::service::Service;
use crate::store::assessments;
use crate::store::drafts;
use crate::store::now_ms;
use crate::store::submissions::{self, NewSubmission};
use std::sync::Arc;
use std::time::Duration;

/// How often servers look for attempts whose deadline passed.
pub const INTERVAL: Duration = Duration::from_secs(1);

/// The most attempts closed in one look.
const BATCH: i64 = 100;

impl Service {
    /// Closes every attempt that is over and not closed yet; returns how many
    /// submissions were made for their candidates.
    pub async fn close_ended_attempts(&self) -> Result<usize> {
        let mut made = 0;
        for attempt in assessments::to_close(&self.store, now_ms(), BATCH).await? {
            made += self.close_attempt(attempt).await?;
        }
        Ok(made)
    }

    /// Closes the attempt if it is over and not closed yet, submitting its
    /// candidate's unsubmitted drafts; returns how many it submitted.
    pub async fn close_attempt(&self, attempt_id: i64) -> Result<usize> {
        let mut tx = self.store.begin().await?;
        let Some(attempt) = assessments::claim_close(&mut tx, attempt_id, now_ms()).await? else {
            tx.rollback().await?;
            return Ok(0);
        };
        let problems = assessments::problems_of_invitation(&mut tx, attempt.invitation_id).await?;
        let drafts = drafts::list_in(&mut tx, attempt.id).await?;
        let latest = submissions::latest_per_problem(&mut tx, attempt.id).await?;
        let end = attempt.end();
        let mut made = Vec::new();
        for (problem, hash) in &problems {
            // Newest first: the draft the candidate touched last, whatever its language.
            let Some(draft) = drafts.iter().find(|d| &d.problem_id == problem) else {
                continue;
            };
            if draft.source.trim().is_empty() {
                continue;
            }
            let source_hash = secret::hex(&<sha2::Sha256 as sha2::Digest>::digest(draft.source.as_bytes()));
            let last = latest.iter().find(|(p, ..)| p == problem);
            // A submission made after the draft's last change was the candidate's
            // choice (perhaps in another language): it stands.
            if let Some((_, language, hash_of_last, created_at)) = last {
                let same = language == &draft.language && hash_of_last == &source_hash;
                if same || draft.updated_at <= *created_at {
                    continue;
                }
            }
            let id = submissions::insert_auto(
                &mut tx,
                &NewSubmission {
                    attempt_id: attempt.id,
                    problem_id: problem,
                    problem_hash: hash,
                    language: &draft.language,
                    source: &draft.source,
                    source_hash: &source_hash,
                    created_at: end,
                },
            )
            .await?;
            crate::queue::enqueue(&mut tx, id, hash, None).await?;
            made.push(id);
        }
        tx.commit().await?;
        if !made.is_empty() {
            self.signals.jobs.notify_waiters();
            self.signals.jobs.notify_one();
        }
        tracing::info!(attempt = attempt.id, auto_submitted = ?made, "attempt closed");
        Ok(made.len())
    }
}

/// Closes attempts as their deadlines pass, every [`INTERVAL`], until `stop`
/// turns true.
pub async fn run(service: Arc<Service>, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(err) = service.close_ended_attempts().await {
            tracing::warn!(error = ?err, "cannot close ended attempts; trying again");
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            _ = stop.changed() => return,
        }
    }
}
