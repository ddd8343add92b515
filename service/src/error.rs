//! Why a request is refused: one error type for every operation of the
//! service, each kind answered with one HTTP status by `http`.

/// Why a request is refused. Each maps to one HTTP status; the message says
/// what is wrong and how to fix it.
#[derive(Debug)]
pub enum Error {
    BadRequest(String),
    Unauthorized(String),
    Forbidden(String),
    NotFound(String),
    Conflict(String),
    TooLarge(String),
    TooMany {
        message: String,
        retry_after: u64,
    },
    /// The server is at capacity for this: try again after `retry_after` seconds.
    Unavailable {
        message: String,
        retry_after: u64,
    },
    /// The disk holding the database is full: nothing of the request was
    /// stored, and reads still work.
    StorageFull(String),
    /// The server's fault: logged in full, answered without details.
    Internal(anyhow::Error),
}

/// Seconds a client is told to wait while the database is unreachable: about
/// what a PostgreSQL restart takes.
pub const DATABASE_RETRY_AFTER: u64 = 5;

/// Seconds a client is told to wait when the database was too busy to take
/// its write in time.
pub const BUSY_RETRY_AFTER: u64 = 1;

/// A database failure that is the host's state rather than a fault in the
/// request or the code: it passes once the operator acts or the database is
/// back, so it is answered with its own status instead of a bare 500.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outage {
    /// The disk is full (SQLite's SQLITE_FULL, PostgreSQL's disk_full, ENOSPC).
    StorageFull,
    /// The database cannot be reached: restarting, shutting down, or no
    /// connection to be had within the pool's wait.
    Unreachable,
    /// The database is up, but a lock the request needed was not had in time:
    /// SQLite's SQLITE_BUSY and SQLITE_LOCKED (after the busy timeout),
    /// PostgreSQL's serialization_failure, deadlock_detected and
    /// lock_not_available. Nothing was done; trying again is right.
    Busy,
}

impl Outage {
    /// The outage `err` shows, if it is one.
    pub fn of(err: &sqlx::Error) -> Option<Outage> {
        match err {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::WorkerCrashed => {
                Some(Outage::Unreachable)
            }
            sqlx::Error::Io(io) => Some(match no_space(io) {
                true => Outage::StorageFull,
                false => Outage::Unreachable,
            }),
            sqlx::Error::Database(db) => {
                let code = db.code()?;
                if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                    // Extended result codes keep the primary code in the low byte.
                    return match code.parse::<i32>().unwrap_or(0) & 0xff {
                        SQLITE_FULL => Some(Outage::StorageFull),
                        SQLITE_BUSY | SQLITE_LOCKED => Some(Outage::Busy),
                        _ => None,
                    };
                }
                match code.as_ref() {
                    // disk_full
                    "53100" => Some(Outage::StorageFull),
                    // too_many_connections; admin_shutdown, crash_shutdown,
                    // cannot_connect_now (a restart); class 08, connection exceptions.
                    "53300" | "57P01" | "57P02" | "57P03" => Some(Outage::Unreachable),
                    // serialization_failure, deadlock_detected, lock_not_available
                    "40001" | "40P01" | "55P03" => Some(Outage::Busy),
                    code if code.starts_with("08") => Some(Outage::Unreachable),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The outage anywhere in `err`'s chain of causes.
    pub fn in_chain(err: &anyhow::Error) -> Option<Outage> {
        err.chain().find_map(|cause| {
            if let Some(sqlx) = cause.downcast_ref::<sqlx::Error>() {
                Outage::of(sqlx)
            } else {
                let io = cause.downcast_ref::<std::io::Error>()?;
                no_space(io).then_some(Outage::StorageFull)
            }
        })
    }

    fn refusal(self) -> Error {
        match self {
            Outage::StorageFull => Error::StorageFull(
                "the server's storage is full, so nothing of this request was stored; what was stored before is \
                 safe and can still be read. Try again once the operator has freed space"
                    .into(),
            ),
            Outage::Unreachable => Error::Unavailable {
                message: "the database is unavailable (restarting or unreachable), so nothing of this request \
                          was done; try again in a few seconds"
                    .into(),
                retry_after: DATABASE_RETRY_AFTER,
            },
            Outage::Busy => Error::Unavailable {
                message: "the database was too busy to take this request in time, so nothing of it was done; \
                          try again in a moment"
                    .into(),
                retry_after: BUSY_RETRY_AFTER,
            },
        }
    }
}

/// SQLite's primary result codes: a lock held by another connection, a lock
/// held within this one, a full disk.
const SQLITE_BUSY: i32 = 5;
const SQLITE_LOCKED: i32 = 6;
const SQLITE_FULL: i32 = 13;

fn no_space(io: &std::io::Error) -> bool {
    io.kind() == std::io::ErrorKind::StorageFull
}

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Error {
        match Outage::of(&err) {
            Some(outage) => {
                // Once in the log with its cause; the answer says what to do.
                tracing::warn!(error = %err, "refused: {outage:?}");
                outage.refusal()
            }
            None => Error::Internal(err.into()),
        }
    }
}

impl From<anyhow::Error> for Error {
    fn from(err: anyhow::Error) -> Error {
        match Outage::in_chain(&err) {
            Some(outage) => {
                tracing::warn!(error = %format!("{err:#}"), "refused: {outage:?}");
                outage.refusal()
            }
            None => Error::Internal(err),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Refuses text holding a NUL character: PostgreSQL's TEXT cannot store one,
/// and no name, source or input needs it. Every string of a request (bodies,
/// path and query) passes here before it reaches the database.
pub fn refuse_nul(what: &str, text: &str) -> Result<()> {
    if text.contains('\0') {
        return Err(bad(format!(
            "{what} contains a NUL character (\\0 or %00), which is not accepted: remove it"
        )));
    }
    Ok(())
}

pub(crate) fn bad(message: impl Into<String>) -> Error {
    Error::BadRequest(message.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outages_are_told_apart_from_faults() {
        assert_eq!(Outage::of(&sqlx::Error::PoolTimedOut), Some(Outage::Unreachable));
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert_eq!(Outage::of(&sqlx::Error::Io(refused)), Some(Outage::Unreachable));
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert_eq!(
            Outage::in_chain(&anyhow::Error::new(full).context("writing the cache")),
            Some(Outage::StorageFull)
        );
        assert_eq!(Outage::of(&sqlx::Error::RowNotFound), None);
        assert!(matches!(
            Error::from(sqlx::Error::PoolTimedOut),
            Error::Unavailable { .. }
        ));
    }

    /// A write that did not get SQLite's lock in time is refused as busy, to be
    /// tried again: 503 with Retry-After, never a 500.
    #[tokio::test]
    async fn a_database_too_busy_is_an_outage_to_retry() {
        use sqlx::Connection;
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::Store::connect(&crate::store::sqlite_url(&dir.path().join("oa.db")))
            .await
            .unwrap();
        let _writing = store.begin().await.unwrap();
        let mut other = store.pool.acquire().await.unwrap();
        sqlx::query("PRAGMA busy_timeout = 0")
            .fetch_all(&mut *other)
            .await
            .unwrap();
        let busy = other.begin_with("BEGIN IMMEDIATE").await.unwrap_err();
        assert_eq!(Outage::of(&busy), Some(Outage::Busy), "{busy}");
        assert!(matches!(
            Error::from(busy),
            Error::Unavailable {
                retry_after: BUSY_RETRY_AFTER,
                ..
            }
        ));
    }
}
