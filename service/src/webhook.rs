//! The webhook to the screening pipeline. When an attempt is over (finished,
//! or past its deadline), closed (its drafts submitted: see `closing`) and
//! every submission in it is judged, an
//! `attempt.judged` event is written to the outbox table, once per attempt.
//! Deliveries are POSTed from there, signed with HMAC-SHA256, and retried with
//! exponential backoff until the receiver answers 2xx: at least once, so a
//! receiver deduplicates by the `X-OA-Delivery` header.

use crate::service::Service;
use crate::store::{now_ms, Store};
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use std::sync::Arc;
use std::time::Duration;

pub const SIGNATURE_HEADER: &str = "x-oa-signature";
pub const EVENT_HEADER: &str = "x-oa-event";
pub const DELIVERY_HEADER: &str = "x-oa-delivery";

/// `t=<unix seconds>,sha256=<hex HMAC-SHA256 of "<t>.<body>">`. The time is
/// signed too, so a receiver can refuse replays of old deliveries.
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!(
        "t={timestamp},sha256={}",
        crate::secret::hex(&mac.finalize().into_bytes())
    )
}

/// What a receiver does: checks the signature (in constant time) and that it
/// is at most `tolerance` seconds old.
pub fn verify(secret: &[u8], header: &str, body: &[u8], now: i64, tolerance: i64) -> bool {
    let mut timestamp = None;
    let mut signature = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("sha256", s)) => signature = Some(s),
            _ => {}
        }
    }
    let (Some(timestamp), Some(signature)) = (timestamp, signature) else {
        return false;
    };
    if now.abs_diff(timestamp) > tolerance.unsigned_abs() {
        return false;
    }
    crate::secret::same(
        &sign(secret, timestamp, body),
        &format!("t={timestamp},sha256={signature}"),
    )
}

pub struct Outbox {
    pub store: Store,
    pub url: String,
    pub secret: String,
    /// How often the outbox looks for new events and due deliveries.
    pub interval: Duration,
    /// The first retry's delay; each next one doubles, up to an hour.
    pub backoff: Duration,
    client: reqwest::Client,
}

#[derive(sqlx::FromRow)]
struct Due {
    id: i64,
    event: String,
    payload: String,
    attempts: i64,
}

impl Outbox {
    pub fn new(store: Store, url: String, secret: String) -> anyhow::Result<Outbox> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("oa/", env!("CARGO_PKG_VERSION")))
            // A redirect would re-post signed candidate data to wherever it points.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Outbox {
            store,
            url,
            secret,
            interval: Duration::from_secs(2),
            backoff: Duration::from_secs(5),
            client,
        })
    }

    /// Writes an event for each attempt that is over with nothing left to
    /// judge and has none yet. The unique key makes this safe to run in every
    /// server at once.
    pub async fn collect(&self, service: &Service) -> anyhow::Result<usize> {
        let ready: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT a.id, i.id, i.assessment_id FROM attempts a JOIN invitations i ON i.id = a.invitation_id
             WHERE (a.finished_at IS NOT NULL OR a.deadline <= $1) AND a.closed_at IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedup_key = 'attempt.judged:' || CAST(a.id AS TEXT))
               AND NOT EXISTS (SELECT 1 FROM submissions s JOIN jobs j ON j.submission_id = s.id
                               WHERE s.attempt_id = a.id AND j.rejudge_id IS NULL AND j.state IN ('queued', 'running'))
             ORDER BY a.id LIMIT 100",
        )
        .bind(now_ms())
        .fetch_all(&self.store.pool)
        .await?;
        for (attempt, invitation, assessment) in &ready {
            let results = service
                .results_of(*assessment)
                .await
                .map_err(|err| anyhow::anyhow!("{err:?}"))?;
            let candidate = results.candidates.iter().find(|c| c.invitation_id == *invitation);
            let key = format!("attempt.judged:{attempt}");
            let payload = json!({
                "event": "attempt.judged",
                "assessment_id": assessment,
                "assessment_title": results.title,
                "attempt_id": attempt,
                "candidate": candidate,
            });
            sqlx::query(
                "INSERT INTO outbox (event, dedup_key, payload, attempts, next_at, created_at) VALUES ('attempt.judged', $1, $2, 0, $3, $3)
                 ON CONFLICT (dedup_key) DO NOTHING",
            )
            .bind(&key)
            .bind(payload.to_string())
            .bind(now_ms())
            .execute(&self.store.pool)
            .await?;
        }
        Ok(ready.len())
    }

    /// Delivers every due event once; returns how many were delivered.
    pub async fn deliver_due(&self) -> anyhow::Result<usize> {
        let mut delivered = 0;
        loop {
            let now = now_ms();
            // The claim pushes next_at a minute ahead: a lease, so no other
            // server sends it meanwhile, and a crash mid-delivery retries it.
            let sql = format!(
                "UPDATE outbox SET attempts = attempts + 1, next_at = $1
                 WHERE id = (SELECT id FROM outbox WHERE delivered_at IS NULL AND next_at <= $2 ORDER BY id LIMIT 1 {})
                 RETURNING id, event, payload, attempts",
                self.store.skip_locked()
            );
            let due: Option<Due> = sqlx::query_as(&sql)
                .bind(now + 60_000)
                .bind(now)
                .fetch_optional(&self.store.pool)
                .await?;
            let Some(due) = due else { return Ok(delivered) };
            match self.post(&due).await {
                Ok(()) => {
                    sqlx::query("UPDATE outbox SET delivered_at = $1, last_error = NULL WHERE id = $2")
                        .bind(now_ms())
                        .bind(due.id)
                        .execute(&self.store.pool)
                        .await?;
                    tracing::info!(delivery = due.id, event = %due.event, attempt = due.attempts, "webhook delivered");
                    delivered += 1;
                }
                Err(error) => {
                    let wait = self
                        .backoff
                        .saturating_mul(1 << (due.attempts - 1).clamp(0, 20))
                        .min(Duration::from_secs(3600));
                    tracing::warn!(delivery = due.id, attempt = due.attempts, retry_in_s = wait.as_secs_f64(), error = %error, "webhook not delivered");
                    sqlx::query("UPDATE outbox SET next_at = $1, last_error = $2 WHERE id = $3")
                        .bind(now_ms() + wait.as_millis() as i64)
                        .bind(&error)
                        .bind(due.id)
                        .execute(&self.store.pool)
                        .await?;
                }
            }
        }
    }

    async fn post(&self, due: &Due) -> Result<(), String> {
        let body = due.payload.clone().into_bytes();
        let signature = sign(self.secret.as_bytes(), now_ms() / 1000, &body);
        let response = self
            .client
            .post(&self.url)
            .header("content-type", "application/json")
            .header(EVENT_HEADER, &due.event)
            .header(DELIVERY_HEADER, due.id.to_string())
            .header(SIGNATURE_HEADER, signature)
            .body(body)
            .send()
            .await
            .map_err(|err| format!("cannot reach the webhook: {err}"))?;
        match response.status().is_success() {
            true => Ok(()),
            false => Err(format!("the webhook answered {}", response.status())),
        }
    }

    /// Collects and delivers every `interval` until `stop` turns true.
    pub async fn run(self, service: Arc<Service>, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(err) = self.collect(&service).await {
                tracing::error!(error = %format!("{err:#}"), "webhook: cannot collect events");
            }
            if let Err(err) = self.deliver_due().await {
                tracing::error!(error = %format!("{err:#}"), "webhook: cannot deliver");
            }
            tokio::select! {
                _ = tokio::time::sleep(self.interval) => {}
                _ = stop.changed() => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_and_expire() {
        let header = sign(b"secret", 1000, b"{}");
        assert!(verify(b"secret", &header, b"{}", 1010, 300));
        assert!(!verify(b"other", &header, b"{}", 1010, 300));
        assert!(!verify(b"secret", &header, b"{ }", 1010, 300));
        assert!(!verify(b"secret", &header, b"{}", 2000, 300));
        assert!(!verify(b"secret", "t=1000", b"{}", 1000, 300));
        // A timestamp at the edge of the integers is refused, not a panic.
        assert!(!verify(b"secret", "t=-9223372036854775808,sha256=00", b"{}", 1000, 300));
    }
}
