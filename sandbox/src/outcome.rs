//! What happened in a run: the verdict and the figures behind it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::time::Duration;

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Verdict {
    /// The module ran to completion and exited with status 0.
    Ok,
    /// The instruction budget ran out, or a backstop (processor time, real time) fired.
    Tle,
    /// Memory or a table would have grown past the limit.
    Mle,
    /// A trap (out-of-bounds access, unreachable, stack overflow, ...) or a non-zero exit status.
    Rte,
    /// stdout or stderr went past the output cap.
    Ole,
    /// The module is not valid, not linkable, or not runnable; it never started.
    Ce,
}

impl Verdict {
    /// The short upper-case name used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "OK",
            Verdict::Tle => "TLE",
            Verdict::Mle => "MLE",
            Verdict::Rte => "RTE",
            Verdict::Ole => "OLE",
            Verdict::Ce => "CE",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The full account of one run.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// The status given to `proc_exit`, 0 when `_start` returned, `None` when the run trapped or never started.
    pub exit_code: Option<i32>,
    /// Instructions charged (wasm instructions plus the flat price of host calls).
    pub instructions: u64,
    /// Peak size of the module's linear memories.
    pub memory_bytes: u64,
    /// Real time from instantiation to the end of the run.
    pub wall: Duration,
    /// Processor time of the run's thread: what a backstop measures, and what
    /// the run cost the machine whatever else was running.
    pub cpu: Duration,
    /// Captured output, at most the output cap of each stream.
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Why the run ended as it did, for a person: trap text, the limit hit, the unknown import. Empty for OK.
    pub message: String,
}

impl Outcome {
    /// An outcome for a module that never ran.
    pub fn compile_error(message: impl Into<String>) -> Outcome {
        Outcome {
            verdict: Verdict::Ce,
            exit_code: None,
            instructions: 0,
            memory_bytes: 0,
            wall: Duration::ZERO,
            cpu: Duration::ZERO,
            stdout: Vec::new(),
            stderr: Vec::new(),
            message: message.into(),
        }
    }

    /// The instructions charged, expressed as seconds of time limit.
    pub fn time_seconds(&self) -> f64 {
        crate::limits::instructions_to_seconds(self.instructions)
    }
}
