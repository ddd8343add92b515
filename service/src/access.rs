//! Who may do what: staff hold API tokens with a role, candidates hold an
//! invitation token. Tokens are known only by their hashes (see `secret`).

use crate::error::{Error, Result};
use crate::secret;
use crate::service::Service;
use crate::store::assessments::{self, Assessment, Invitation};
use crate::store::{tokens, Store};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Admin,
    Author,
    Grader,
}

impl Role {
    pub fn parse(name: &str) -> Option<Role> {
        match name {
            "admin" => Some(Role::Admin),
            "author" => Some(Role::Author),
            "grader" => Some(Role::Grader),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Author => "author",
            Role::Grader => "grader",
        }
    }
}

/// A caller holding an API token.
#[derive(Clone, Debug)]
pub struct Staff {
    pub token_id: i64,
    pub role: Role,
}

impl Staff {
    /// Admins may do everything; the others what `roles` names.
    pub(crate) fn require(&self, roles: &[Role], what: &str) -> Result<()> {
        if self.role == Role::Admin || roles.contains(&self.role) {
            return Ok(());
        }
        let allowed: Vec<&str> = std::iter::once("admin")
            .chain(roles.iter().map(|r| r.as_str()))
            .collect();
        Err(Error::Forbidden(format!(
            "{what} needs the role {}; this token's role is {}",
            allowed.join(" or "),
            self.role.as_str()
        )))
    }
}

/// A candidate, known by their invitation token.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub invitation: Invitation,
    pub assessment: Assessment,
}

impl Service {
    pub async fn staff(&self, token: &str) -> Result<Staff> {
        if token.starts_with(secret::INVITATION_PREFIX) {
            return Err(Error::Forbidden(
                "this route takes an API token (oa token create); an invitation token opens /api/attempt only".into(),
            ));
        }
        let hash = secret::hash(token);
        let found = tokens::find(&self.store, &hash).await?;
        match found {
            Some(row) if secret::same(&row.token_hash, &hash) => {
                let role = Role::parse(&row.role).ok_or_else(|| {
                    Error::Internal(anyhow::anyhow!("token {} has the unknown role {}", row.id, row.role))
                })?;
                Ok(Staff { token_id: row.id, role })
            }
            _ => Err(Error::Unauthorized(
                "the API token is not valid (revoked, mistyped, or for another server)".into(),
            )),
        }
    }

    pub async fn candidate(&self, token: &str) -> Result<Candidate> {
        if token.starts_with(secret::API_PREFIX) {
            return Err(Error::Forbidden(
                "/api/attempt takes a candidate's invitation token, not an API token".into(),
            ));
        }
        let hash = secret::hash(token);
        match assessments::invitation_by_token(&self.store, &hash).await? {
            Some((invitation, _)) if invitation.revoked_at.is_some() && secret::same(&invitation.token_hash, &hash) => {
                Err(Error::Unauthorized(
                    "this invitation was withdrawn: ask the person who invited you".into(),
                ))
            }
            Some((invitation, assessment)) if secret::same(&invitation.token_hash, &hash) => {
                Ok(Candidate { invitation, assessment })
            }
            _ => Err(Error::Unauthorized(
                "the invitation token is not valid: use the link from your invitation".into(),
            )),
        }
    }
}

/// Makes an API token with `role` and records its hash: the token itself is
/// returned once, with its id, and never kept.
pub async fn issue_token(store: &Store, role: Role, label: &str) -> anyhow::Result<(i64, String)> {
    let token = secret::new_token(secret::API_PREFIX)?;
    let id = tokens::create(store, role.as_str(), label, &secret::hash(&token)).await?;
    Ok((id, token))
}
