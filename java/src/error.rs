//! What can go wrong, said so that a candidate can act on it.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum CompileError {
    #[error("{class}: not a valid class file: {reason}")]
    Malformed { class: String, reason: String },
    #[error("{class}.{method}: {what} is not supported")]
    Unsupported {
        class: String,
        method: String,
        what: String,
    },
    /// A module that fails validation is a bug here, never the candidate's.
    #[error("internal error: the compiled module does not validate: {0}")]
    Invalid(String),
}

/// A construct the compiler cannot translate, before it knows where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported(pub String);

impl Unsupported {
    pub fn new(what: impl Into<String>) -> Unsupported {
        Unsupported(what.into())
    }

    pub fn at(self, class: &str, method: &str) -> CompileError {
        CompileError::Unsupported {
            class: class.replace('/', "."),
            method: method.to_string(),
            what: self.0,
        }
    }
}
