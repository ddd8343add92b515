//! What one run may use, and how seconds of time limit become instructions.
//!
//! Time in oa is counted, not measured: a run's budget is a number of WebAssembly
//! instructions, so the same module on the same input gets the same verdict on a
//! loaded laptop and on an idle server. Two backstops stop what counting cannot:
//! the run's own processor time ([`Limits::cpu`]), which other work on the machine
//! does not inflate, against code that is far slower per instruction than the
//! budget assumes, and real time ([`Limits::wall`]), far larger, against a run
//! stalled outside the engine.
//!
//! The processor-time backstop can decide a verdict, and what decides it is the
//! memory system, not the load: code whose every step misses the caches (pointer
//! chasing over tens of MiB) runs at 10-30 ns per instruction on the reference
//! machines, 100 to 300 times slower than the budget's 0.1 ns, and such a program
//! is stopped (TLE) once it has spent [`CPU_FACTOR`] times its time limit of
//! processor time, even with budget left. Natively it would be as slow: g++ -O2
//! takes the same time for the same chase.

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
/// iteration is a budget check), which the processor-time backstop allows for.
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
/// billed time either way, far inside the processor-time backstop.
pub const ENGINE_CALL_COST: u64 = INSTRUCTIONS_PER_SECOND / 10_000_000;

/// Instructions per byte a host call copies (output written, for example).
pub const HOST_BYTE_COST: u64 = 1;

/// Instructions per byte of `random_get`: generating a byte costs several copies.
pub const RANDOM_BYTE_COST: u64 = 4;

/// Instructions per entry a host call walks (an iovec, a poll subscription).
pub const HOST_ITEM_COST: u64 = 100;

/// The processor-time backstop is this many times the time limit, plus [`CPU_GRACE`].
///
/// Measured on a pointer chase over 64 MiB (`docs/sandbox.md`): 1.9e9 instructions,
/// 19 % of a 1 s budget, take 18 s of processor time on the reference machines,
/// idle or with both cores busy. Thirty times the limit lets such a program finish
/// by its count; what runs slower still is stopped here.
pub const CPU_FACTOR: u32 = 30;

/// Fixed allowance on top of the scaled processor-time limit, for start-up and very short limits.
pub const CPU_GRACE: Duration = Duration::from_secs(1);

/// The real-time cap is this many times the processor-time backstop, plus
/// [`WALL_GRACE`]: only a run stalled outside the engine, or a machine so loaded
/// that a run gets less than a third of a core, ever reaches it.
pub const WALL_FACTOR: u32 = 3;

/// Fixed allowance on top of the real-time cap.
pub const WALL_GRACE: Duration = Duration::from_secs(10);

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
    /// Processor time of the run's own thread after which it is stopped (TLE)
    /// whatever its instruction count.
    pub cpu: Duration,
    /// Real time after which the run is stopped (TLE) whatever its instruction
    /// count, and the longest a read from a pipe waits.
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
            cpu: cpu_backstop(seconds),
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

/// The processor-time backstop for a time limit in seconds.
pub fn cpu_backstop(seconds: f64) -> Duration {
    Duration::from_secs_f64(seconds.max(0.0) * f64::from(CPU_FACTOR)) + CPU_GRACE
}

/// The real-time cap for a time limit in seconds.
pub fn wall_backstop(seconds: f64) -> Duration {
    cpu_backstop(seconds) * WALL_FACTOR + WALL_GRACE
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
        assert_eq!(limits.cpu, Duration::from_secs(31));
        assert_eq!(limits.wall, Duration::from_secs(103));
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
