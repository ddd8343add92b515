//! Live event streams of verdicts: a bounded number per invitation and per
//! server, each holding a guard that gives its place back when it closes.

use crate::access::Candidate;
use crate::error::{Error, Result};
use crate::service::Service;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Held by a live event stream for as long as it is open.
pub struct StreamGuard {
    streams: Arc<Mutex<HashMap<i64, usize>>>,
    invitation: i64,
    _slot: tokio::sync::OwnedSemaphorePermit,
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        let mut streams = self.streams.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(open) = streams.get_mut(&self.invitation) {
            *open -= 1;
            if *open == 0 {
                streams.remove(&self.invitation);
            }
        }
    }
}

impl Service {
    /// A place for one more live event stream of the invitation, refused when
    /// it has too many open or the server has no room for more.
    pub fn open_stream(&self, candidate: &Candidate) -> Result<StreamGuard> {
        let invitation = candidate.invitation.id;
        let mut streams = self.streams.lock().unwrap_or_else(|e| e.into_inner());
        let open = streams.get(&invitation).copied().unwrap_or(0);
        if open >= crate::config::STREAMS_PER_INVITATION {
            return Err(Error::TooMany {
                message: format!(
                    "{open} live event streams are already open for this invitation, the most allowed: close other tabs of the assessment"
                ),
                retry_after: 10,
            });
        }
        let slot = self
            .stream_slots
            .clone()
            .try_acquire_owned()
            .map_err(|_| Error::Unavailable {
                message: "the server has no room for more live event streams: try again shortly".into(),
                retry_after: 30,
            })?;
        streams.insert(invitation, open + 1);
        Ok(StreamGuard {
            streams: self.streams.clone(),
            invitation,
            _slot: slot,
        })
    }
}
