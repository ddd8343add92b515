//! Graders' work on invitations: inviting (one invitation per email in an
//! assessment), a new link (the old one stops working), revoking, deleting one
//! never started, and the terms of its attempt: extra time (minutes, or a
//! percentage of the duration), applied to a running attempt's deadline at
//! once, and an expiry after which it cannot be started. Every change is
//! audit-logged.

use crate::access::{Role, Staff};
use crate::error::{bad, Error, Result};
use crate::secret;
use crate::service::Service;
use crate::store::assessments::{self, Invitation};
use crate::store::invitations;
use crate::store::{audit, now_ms, rfc3339};
use serde::Deserialize;
use serde_json::{json, Value};

/// Serialises invitations to one assessment across servers (PostgreSQL's
/// advisory lock), so that two invitations for one email cannot both pass
/// the check for a duplicate.
const INVITE_LOCK: i64 = 0x6f61_0002;

/// The most extra time: a week of minutes, five times the duration.
const MAX_EXTRA_MINUTES: i64 = 7 * 24 * 60;
const MAX_EXTRA_PERCENT: i64 = 500;

impl Service {
    pub async fn invite(&self, staff: &Staff, assessment_id: i64, body: InvitationBody) -> Result<Value> {
        staff.require(&[Role::Grader], "inviting candidates")?;
        self.assessment(assessment_id).await?;
        let name = body.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(bad("`name` must be 1 to 200 characters"));
        }
        let email = body.email.trim();
        let plausible = email.len() <= 320
            && !email.chars().any(char::is_whitespace)
            && email
                .split_once('@')
                .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.') && !domain.contains('@'));
        if !plausible {
            return Err(bad(format!("`email` {email:?} is not an email address")));
        }
        let token = secret::new_token(secret::INVITATION_PREFIX)?;
        let mut tx = self.store.begin().await?;
        self.store.serialise(&mut tx, INVITE_LOCK).await?;
        // One candidate, one row: a second invitation would leave a dead one
        // beside the one they use. A lost link is given again instead.
        if let Some(existing) = invitations::by_email(&mut tx, assessment_id, email).await? {
            tx.rollback().await?;
            return Err(Error::Conflict(format!(
                "{} is already invited to this assessment (invitation {}, {}): give them a new link with POST /api/invitations/{}/link",
                existing.email, existing.id, existing.name, existing.id
            )));
        }
        let invitation = assessments::invite(&mut tx, assessment_id, name, email, &secret::hash(&token)).await?;
        tx.commit().await?;
        audit::record(
            &self.store,
            staff.token_id,
            "invitation.create",
            &format!("invitation/{}", invitation.id),
            &json!({ "assessment": assessment_id }),
        )
        .await?;
        tracing::info!(
            invitation = invitation.id,
            assessment = assessment_id,
            actor = staff.token_id,
            "candidate invited"
        );
        Ok(self.link_json(&invitation, &token))
    }

    /// The invitation with its link: the only time the token is shown.
    fn link_json(&self, invitation: &Invitation, token: &str) -> Value {
        json!({
            "id": invitation.id,
            "assessment_id": invitation.assessment_id,
            "name": invitation.name,
            "email": invitation.email,
            // Shown once: only its hash is kept.
            "token": token,
            // The token rides in the fragment, which browsers never send to servers or in Referer headers.
            "url": format!("{}/attempt#{token}", self.settings.public_url.trim_end_matches('/')),
            "created_at": rfc3339(invitation.created_at),
        })
    }

    async fn invitation(&self, id: i64) -> Result<Invitation> {
        invitations::get(&self.store, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no invitation {id}")))
    }

    /// A new link for the invitation; the old one stops working at once (and
    /// a revoked invitation works again). The attempt, if started, is kept.
    pub async fn new_link(&self, staff: &Staff, id: i64) -> Result<Value> {
        staff.require(&[Role::Grader], "giving an invitation a new link")?;
        let mut invitation = self.invitation(id).await?;
        let token = secret::new_token(secret::INVITATION_PREFIX)?;
        invitations::set_token(&self.store, id, &secret::hash(&token)).await?;
        invitation.revoked_at = None;
        audit::record(
            &self.store,
            staff.token_id,
            "invitation.link",
            &format!("invitation/{id}"),
            &json!({}),
        )
        .await?;
        tracing::info!(invitation = id, actor = staff.token_id, "invitation link replaced");
        Ok(self.link_json(&invitation, &token))
    }

    /// Revokes the invitation: its link opens nothing; its attempt and
    /// submissions stay, in results too.
    pub async fn revoke(&self, staff: &Staff, id: i64) -> Result<Value> {
        staff.require(&[Role::Grader], "revoking an invitation")?;
        self.invitation(id).await?;
        invitations::revoke(&self.store, id, now_ms()).await?;
        audit::record(
            &self.store,
            staff.token_id,
            "invitation.revoke",
            &format!("invitation/{id}"),
            &json!({}),
        )
        .await?;
        tracing::info!(invitation = id, actor = staff.token_id, "invitation revoked");
        self.invitation_json(id).await
    }

    /// Deletes an invitation whose attempt never started.
    pub async fn delete_invitation(&self, staff: &Staff, id: i64) -> Result<()> {
        staff.require(&[Role::Grader], "deleting an invitation")?;
        let invitation = self.invitation(id).await?;
        if !invitations::delete_unstarted(&self.store, id).await? {
            return Err(Error::Conflict(format!(
                "invitation {id} was started: its attempt and submissions are kept; revoke it instead (POST /api/invitations/{id}/revoke)"
            )));
        }
        audit::record(
            &self.store,
            staff.token_id,
            "invitation.delete",
            &format!("invitation/{id}"),
            &json!({ "assessment": invitation.assessment_id, "email": invitation.email }),
        )
        .await?;
        tracing::info!(invitation = id, actor = staff.token_id, "invitation deleted");
        Ok(())
    }

    /// Sets the invitation's extra time and expiry (the fields given). Extra
    /// time granted during the attempt moves its deadline at once; it is
    /// refused once the attempt is over, and when it would end the attempt now.
    pub async fn set_terms(&self, staff: &Staff, id: i64, body: TermsBody) -> Result<Value> {
        staff.require(&[Role::Grader], "changing an invitation's terms")?;
        let invitation = self.invitation(id).await?;
        let assessment = self.assessment(invitation.assessment_id).await?;
        let extra_minutes = body.extra_minutes.unwrap_or(invitation.extra_minutes);
        if !(0..=MAX_EXTRA_MINUTES).contains(&extra_minutes) {
            return Err(bad(format!("`extra_minutes` must be from 0 to {MAX_EXTRA_MINUTES}")));
        }
        let extra_percent = body.extra_percent.unwrap_or(invitation.extra_percent);
        if !(0..=MAX_EXTRA_PERCENT).contains(&extra_percent) {
            return Err(bad(format!("`extra_percent` must be from 0 to {MAX_EXTRA_PERCENT}")));
        }
        let expires_at = match &body.expires_at {
            None => invitation.expires_at,
            Some(Value::Null) => None,
            Some(Value::String(text)) => Some(crate::store::parse_rfc3339(text).ok_or_else(|| {
                bad("`expires_at` must be an RFC 3339 time like 2030-01-31T09:00:00Z, or null for none")
            })?),
            Some(_) => return Err(bad("`expires_at` must be an RFC 3339 time, or null for none")),
        };
        let changed = Invitation {
            extra_minutes,
            extra_percent,
            ..invitation.clone()
        };
        let extra_ms = changed.extra_ms(assessment.duration_minutes);
        let now = now_ms();
        let mut tx = self.store.begin().await?;
        let attempt = invitations::attempt_in(&mut tx, id).await?;
        let mut moved = None;
        if let Some(attempt) = &attempt {
            crate::store::submissions::lock_attempt(&mut tx, attempt.id).await?;
            if extra_ms != attempt.extra_ms {
                if !attempt.open_at(now) {
                    tx.rollback().await?;
                    return Err(Error::Conflict(format!(
                        "invitation {id}'s attempt is over: extra time can only be granted before or during it"
                    )));
                }
                let deadline = attempt.deadline - attempt.extra_ms + extra_ms;
                if deadline <= now {
                    tx.rollback().await?;
                    return Err(Error::Conflict(format!(
                        "with this extra time the attempt would have ended at {}: it is running, so it cannot end before now",
                        rfc3339(deadline)
                    )));
                }
                invitations::move_deadline(&mut tx, attempt.id, deadline, extra_ms).await?;
                moved = Some((attempt.deadline, deadline));
            }
        }
        invitations::set_terms(&mut tx, id, extra_minutes, extra_percent, expires_at).await?;
        tx.commit().await?;
        audit::record(
            &self.store,
            staff.token_id,
            "invitation.terms",
            &format!("invitation/{id}"),
            &json!({
                "before": { "extra_minutes": invitation.extra_minutes, "extra_percent": invitation.extra_percent, "expires_at": invitation.expires_at.map(rfc3339) },
                "after": { "extra_minutes": extra_minutes, "extra_percent": extra_percent, "expires_at": expires_at.map(rfc3339) },
                "deadline": moved.map(|(from, to)| json!({ "from": rfc3339(from), "to": rfc3339(to) })),
            }),
        )
        .await?;
        tracing::info!(
            invitation = id,
            actor = staff.token_id,
            extra_ms,
            "invitation terms changed"
        );
        self.invitation_json(id).await
    }

    /// The invitation as the invitations listing shows it.
    async fn invitation_json(&self, id: i64) -> Result<Value> {
        let invitation = self.invitation(id).await?;
        let assessment = self.assessment(invitation.assessment_id).await?;
        let attempt = assessments::attempt(&self.store, id).await?;
        Ok(json!({
            "id": invitation.id,
            "assessment_id": invitation.assessment_id,
            "name": invitation.name,
            "email": invitation.email,
            "revoked_at": invitation.revoked_at.map(rfc3339),
            "expires_at": invitation.expires_at.map(rfc3339),
            "extra_minutes": invitation.extra_minutes,
            "extra_percent": invitation.extra_percent,
            "time_allowed_minutes": time_allowed_minutes(&invitation, assessment.duration_minutes),
            "deadline": attempt.as_ref().map(|a| rfc3339(a.deadline)),
        }))
    }
}

/// The duration with the invitation's extra time, in minutes.
pub fn time_allowed_minutes(invitation: &Invitation, duration_minutes: i64) -> f64 {
    (duration_minutes * 60_000 + invitation.extra_ms(duration_minutes)) as f64 / 60_000.0
}

/// Bodies of `POST /api/assessments/{id}/invitations`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationBody {
    /// 1 to 200 characters.
    pub name: String,
    /// One invitation per email (compared without case) in an assessment.
    pub email: String,
}

/// Bodies of `PATCH /api/invitations/{id}`: the fields given change.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TermsBody {
    /// Extra minutes, 0 to 10080; added to `extra_percent`'s.
    pub extra_minutes: Option<i64>,
    /// Extra time as a percentage of the duration, 0 to 500.
    pub extra_percent: Option<i64>,
    /// RFC 3339: the attempt cannot be started after it; null for no expiry.
    #[schema(value_type = Option<String>)]
    #[serde(default, deserialize_with = "present")]
    pub expires_at: Option<Value>,
}

/// A field that is there, even as null (`Some(Value::Null)`), apart from one
/// left out (`None`, by `default`).
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}
