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
    /// The server's fault: logged in full, answered without details.
    Internal(anyhow::Error),
}

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Error {
        Error::Internal(err.into())
    }
}

impl From<anyhow::Error> for Error {
    fn from(err: anyhow::Error) -> Error {
        Error::Internal(err)
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
