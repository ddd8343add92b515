//! What one run may use, and how seconds of time limit become instructions.
//!
//! Time in oa is counted, not measured: a run's budget is a number of WebAssembly
//! instructions, so the same module on the same input gets the same verdict on a
//! loaded laptop and on an idle server. The wall clock is only a backstop against
//! a run that stalls outside instruction counting (see [`Limits::wall`]).

use std::time::Duration;

/// WebAssembly instructions that make up one second of time limit.
///
/// Chosen by measurement on compiled programs (`cargo bench --bench languages`):
/// clang's C and C++ and rustc's Rust, reading 10^6 integers, sorting them and
/// filling a 2000x2000 DP table, execute 7 to 18 billion wasm instructions per
/// second on the reference machines (2-core x86_64), geometric mean about 12.7
/// billion; Go, Python and QuickJS land in the same range. Ten billion puts one
/// second of budget at about one second of real time for compiled code, erring
/// on the generous side. Tight loops of trivial instructions run slower per
/// instruction (about 2.2 billion a second for an empty loop, whose every
/// iteration is a budget check), which the wall-clock backstop allows for.
/// Changing the constant changes verdicts, so it is part of the engine version.
pub const INSTRUCTIONS_PER_SECOND: u64 = 10_000_000_000;

/// Instructions charged for every call from the module into the host (WASI):
/// one microsecond's worth, about what a system call costs natively.
///
/// A host call does real work that no wasm instruction counts; pricing it keeps a
/// module that loops on cheap host calls inside the instruction budget.
pub const HOST_CALL_COST: u64 = INSTRUCTIONS_PER_SECOND / 1_000_000;

/// Instructions charged for every call the engine's own compiled code makes into
/// its runtime: growing memory or a table, bulk memory operations and, with a GC
/// engine, allocating objects, copying arrays and some type checks. Measured on
/// Kotlin programs: about 250 ns per call when every call allocates (collections
/// included), about 80 ns on string splitting, where most calls are cheaper. A
/// tenth of a microsecond's worth: real time stays within a small factor of the
/// billed time either way, far inside the wall-clock backstop.
pub const ENGINE_CALL_COST: u64 = INSTRUCTIONS_PER_SECOND / 10_000_000;

/// Instructions per byte a host call copies (output written, for example).
pub const HOST_BYTE_COST: u64 = 1;

/// Instructions per byte of `random_get`: generating a byte costs several copies.
pub const RANDOM_BYTE_COST: u64 = 4;

/// Instructions per entry a host call walks (an iovec, a poll subscription).
pub const HOST_ITEM_COST: u64 = 100;

/// The wall-clock backstop is this many times the time limit, plus [`WALL_GRACE`].
pub const WALL_FACTOR: u32 = 8;

/// Fixed allowance on top of the scaled wall limit, for start-up and very short limits.
pub const WALL_GRACE: Duration = Duration::from_secs(1);

/// Default output cap per stream (stdout, stderr), in bytes.
pub const DEFAULT_OUTPUT_BYTES: u64 = 64 << 20;

/// Default memory limit, in bytes.
pub const DEFAULT_MEMORY_BYTES: u64 = 256 << 20;

/// Largest linear memory a wasm32 module can address, and the most a run may be given.
pub const MAX_MEMORY_BYTES: u64 = 4 << 30;

/// Most elements a table may hold. Tables live in the host's memory, so a module
/// declaring a table of four billion entries must not get one.
pub const MAX_TABLE_ELEMENTS: u64 = 1 << 20;

/// Limits of one run. Build it with [`Limits::from_time_limit`] (seconds) or set
/// the fields directly when counting instructions is what you mean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Instruction budget; running out is TLE.
    pub instructions: u64,
    /// Linear memories in total; a growth past it is MLE.
    pub memory_bytes: u64,
    /// Per stream (stdout, stderr); writing past it is OLE.
    pub output_bytes: u64,
    /// Real time after which the run is stopped (TLE) whatever its instruction count.
    pub wall: Duration,
}

impl Limits {
    /// Limits for a time limit in seconds, a memory limit and an output limit in bytes.
    pub fn from_time_limit(seconds: f64, memory_bytes: u64, output_bytes: u64) -> Limits {
        let seconds = if seconds.is_finite() && seconds > 0.0 {
            seconds
        } else {
            0.0
        };
        Limits {
            instructions: (seconds * INSTRUCTIONS_PER_SECOND as f64).round() as u64,
            memory_bytes: memory_bytes.min(MAX_MEMORY_BYTES),
            output_bytes,
            wall: wall_backstop(seconds),
        }
    }

    /// The time limit these limits stand for, in seconds.
    pub fn time_limit_seconds(&self) -> f64 {
        instructions_to_seconds(self.instructions)
    }
}

impl Default for Limits {
    /// One second, 256 MiB of memory, 64 MiB of output per stream.
    fn default() -> Limits {
        Limits::from_time_limit(1.0, DEFAULT_MEMORY_BYTES, DEFAULT_OUTPUT_BYTES)
    }
}

/// The wall-clock backstop for a time limit in seconds.
pub fn wall_backstop(seconds: f64) -> Duration {
    Duration::from_secs_f64(seconds.max(0.0) * f64::from(WALL_FACTOR)) + WALL_GRACE
}

/// Seconds of time limit that `instructions` stand for.
pub fn instructions_to_seconds(instructions: u64) -> f64 {
    instructions as f64 / INSTRUCTIONS_PER_SECOND as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_second_is_the_published_constant() {
        let limits = Limits::from_time_limit(1.0, 1 << 20, 1 << 20);
        assert_eq!(limits.instructions, INSTRUCTIONS_PER_SECOND);
        assert_eq!(limits.wall, Duration::from_secs(9));
        assert_eq!(
            Limits::from_time_limit(2.5, 0, 0).instructions,
            5 * INSTRUCTIONS_PER_SECOND / 2
        );
    }

    #[test]
    fn nonsense_time_limits_give_no_budget() {
        assert_eq!(Limits::from_time_limit(-3.0, 0, 0).instructions, 0);
        assert_eq!(Limits::from_time_limit(f64::NAN, 0, 0).instructions, 0);
    }

    #[test]
    fn memory_is_capped_at_the_wasm32_maximum() {
        let limits = Limits::from_time_limit(1.0, u64::MAX, 0);
        assert_eq!(limits.memory_bytes, MAX_MEMORY_BYTES);
    }
}
