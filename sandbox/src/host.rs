//! The host side of a run: per-run state, the memory limiter, captured output and
//! the WASI calls oa answers itself instead of the stock WASI implementation.
//!
//! The stock implementation (wasmtime-wasi) serves files, arguments, stdin and the
//! rest of WASI preview 1 from a context that has no environment, no sockets and
//! only the read-only directories a caller names. oa replaces the calls that would
//! make a run depend on the host or hold a worker:
//! - `clock_time_get`, `clock_res_get`: virtual clocks driven by the instruction count;
//! - `poll_oneoff`: sleeping advances the virtual clock and returns at once;
//! - `fd_write`: stdout and stderr go to capped in-memory buffers (OLE past the cap);
//! - `random_get`: a ChaCha8 stream seeded per run.
//!
//! Every WASI call costs [`HOST_CALL_COST`] instructions, charged as it returns by
//! the run's call hook (each call marks itself as WASI in [`RunState::wasi_call`]).
//! The calls here also charge for the work they do per byte and per entry, before
//! doing it, so no single call can do unbounded work for a flat price.

use crate::engine::Profile;
use crate::limits::{
    Limits, HOST_BYTE_COST, HOST_ITEM_COST, INSTRUCTIONS_PER_SECOND, MAX_MEMORY_BYTES, MAX_TABLE_ELEMENTS,
    RANDOM_BYTE_COST,
};
use rand_core::{Rng, SeedableRng};
use wasmtime::{AsContextMut, Trap};
use wasmtime::{Caller, Extern, Linker, ResourceLimiter};
use wasmtime_wasi::p1::WasiP1Ctx;

/// A limit the module ran into. It is both recorded in [`RunState::fault`] and
/// returned as the error that stops the module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum LimitExceeded {
    #[error("memory limit exceeded: the module asked for {requested} bytes of memory, the limit is {limit} bytes")]
    Memory { requested: u64, limit: u64 },
    #[error("table limit exceeded: the module asked for a table of {requested} elements, the limit is {limit}")]
    Table { requested: u64, limit: u64 },
    #[error("output limit exceeded: more than {limit} bytes written to {stream}")]
    Output { stream: &'static str, limit: u64 },
}

/// Everything a store carries for one run.
pub(crate) struct RunState {
    pub wasi: WasiP1Ctx,
    pub memory: MemoryLimiter,
    pub stdout: Capture,
    pub stderr: Capture,
    pub clock: VirtualClock,
    random: chacha20::ChaCha8Rng,
    /// The lengths of the run's `random_get` draws, when a snapshot is being taken.
    pub random_draws: Option<Vec<u32>>,
    /// The first limit the module hit, if any: it decides the verdict.
    pub fault: Option<LimitExceeded>,
    /// Set by every WASI call, so that the call hook charges it as one.
    pub wasi_call: bool,
    /// Instructions charged for the engine's runtime calls, beside the fuel (see
    /// the run's call hook).
    pub engine_debt: u64,
    /// Where stdout also goes, as it is written (interactive problems).
    pub pipe_out: Option<crate::PipeWriter>,
    /// The backstop that stopped the run, if one did.
    pub backstop: Option<crate::run::Backstop>,
    /// The clocks the in-engine backstop reads (metered runs only).
    pub watch: Option<crate::run::Watch>,
    /// Returns from the engine's own checks (a slice of budget ended) still to come: they are the sandbox at work, not the run, and
    /// they come at moments real time decides, so they are never billed.
    pub unbilled: std::sync::Arc<std::sync::atomic::AtomicU32>,
    /// The paths of open descriptors as the run names them (see `metadata.rs`).
    pub paths: crate::metadata::Paths,
}

impl RunState {
    pub fn new(wasi: WasiP1Ctx, limits: &Limits, seed: u64, profile: Profile) -> RunState {
        RunState {
            wasi,
            memory: MemoryLimiter::new(limits.memory_bytes, profile),
            stdout: Capture::new("stdout", limits.output_bytes),
            stderr: Capture::new("stderr", limits.output_bytes),
            clock: VirtualClock::new(limits.instructions),
            random: chacha20::ChaCha8Rng::seed_from_u64(seed),
            random_draws: None,
            fault: None,
            wasi_call: false,
            engine_debt: 0,
            pipe_out: None,
            backstop: None,
            watch: None,
            unbilled: Default::default(),
            paths: Default::default(),
        }
    }

    /// Continues where a snapshot's start-up left off: its draws taken from the
    /// random stream, its virtual time passed.
    pub fn resume_from(&mut self, resume: &crate::snapshot::Resume) {
        for &len in &resume.random_draws {
            self.random.fill_bytes(&mut vec![0; len as usize]);
        }
        self.clock.base_ns = resume.clock_ns;
    }

    /// Virtual nanoseconds since the start, with `remaining_fuel` left.
    pub fn elapsed_ns(&self, remaining_fuel: u64) -> u64 {
        self.clock.now(CLOCK_MONOTONIC, remaining_fuel).unwrap_or(0)
    }

    fn record(&mut self, fault: LimitExceeded) -> wasmtime::Error {
        self.fault.get_or_insert(fault.clone());
        wasmtime::Error::new(fault)
    }
}

/// Counts linear memory across the module's memories (and the GC heap, which is
/// one more memory to the engine) and refuses growth past the limit.
pub(crate) struct MemoryLimiter {
    limit: u64,
    current: u64,
    pub peak: u64,
    /// A refusal that ends the run (MLE).
    denied: Option<LimitExceeded>,
    /// With a GC heap, a refusal only fails the growth: the engine then collects
    /// garbage and retries, and reports a full heap if that does not help.
    soft: bool,
    refused: Option<LimitExceeded>,
    /// Total and peak before the last approved growth, in case the engine then fails it.
    before_growth: Option<(u64, u64)>,
}

impl MemoryLimiter {
    fn new(limit: u64, profile: Profile) -> MemoryLimiter {
        MemoryLimiter {
            limit,
            current: 0,
            peak: 0,
            denied: None,
            soft: profile == Profile::Gc,
            refused: None,
            before_growth: None,
        }
    }

    /// The limit this limiter refused, if it refused one.
    pub fn denied(&self) -> Option<&LimitExceeded> {
        self.denied.as_ref()
    }

    /// The last growth refused without ending the run, if any.
    pub fn refused(&self) -> Option<&LimitExceeded> {
        self.refused.as_ref()
    }
}

/// The module's own declared maximum. The engine reports its own bound (the
/// instance pool's) where the module declares none; that bound is ours to enforce
/// as a limit, not a maximum the module chose.
fn declared(maximum: Option<usize>, engine_bound: u64) -> Option<usize> {
    maximum.filter(|&maximum| (maximum as u64) < engine_bound)
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        if declared(maximum, MAX_MEMORY_BYTES).is_some_and(|maximum| desired > maximum) {
            // Past the module's own declared maximum: `memory.grow` returns -1, as
            // the spec says. That refusal is the module's, not the judge's limit.
            return Ok(false);
        }
        let requested = self.current - current as u64 + desired as u64;
        if requested > self.limit {
            // An error, not `Ok(false)`: a denied growth ends the run as MLE, as a
            // native judge kills a process at its memory limit, instead of handing the
            // program a failed `memory.grow` it may misread.
            let fault = LimitExceeded::Memory {
                requested,
                limit: self.limit,
            };
            if self.soft {
                self.refused = Some(fault);
                return Ok(false);
            }
            self.denied = Some(fault.clone());
            return Err(wasmtime::Error::new(fault));
        }
        self.before_growth = Some((self.current, self.peak));
        self.current = requested;
        self.peak = self.peak.max(requested);
        Ok(true)
    }

    fn memory_grow_failed(&mut self, _error: wasmtime::Error) -> wasmtime::Result<()> {
        // The engine refused a growth we had counted: it never happened.
        if let Some((current, peak)) = self.before_growth.take() {
            (self.current, self.peak) = (current, peak);
        }
        Ok(())
    }

    fn table_growing(&mut self, _current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        if declared(maximum, MAX_TABLE_ELEMENTS).is_some_and(|maximum| desired > maximum) {
            return Ok(false);
        }
        if desired as u64 > MAX_TABLE_ELEMENTS {
            let fault = LimitExceeded::Table {
                requested: desired as u64,
                limit: MAX_TABLE_ELEMENTS,
            };
            self.denied = Some(fault.clone());
            return Err(wasmtime::Error::new(fault));
        }
        Ok(true)
    }

    fn instances(&self) -> usize {
        1
    }

    fn memories(&self) -> usize {
        // The module's memory, and the GC heap where there is one.
        1 + usize::from(self.soft)
    }

    fn tables(&self) -> usize {
        crate::engine::TABLES_PER_MODULE as usize
    }
}

/// A captured output stream with a hard cap. Nothing past the cap is kept.
pub(crate) struct Capture {
    stream: &'static str,
    limit: u64,
    pub bytes: Vec<u8>,
}

impl Capture {
    fn new(stream: &'static str, limit: u64) -> Capture {
        Capture {
            stream,
            limit,
            bytes: Vec::new(),
        }
    }

    /// Bytes that can still be written before the cap.
    fn room(&self) -> usize {
        (self.limit as usize).saturating_sub(self.bytes.len())
    }

    /// Appends `data`, or keeps what fits and reports the overflow.
    fn write(&mut self, data: &[u8]) -> Result<(), LimitExceeded> {
        let room = self.room();
        if data.len() > room {
            self.bytes.extend_from_slice(&data[..room]);
            return Err(LimitExceeded::Output {
                stream: self.stream,
                limit: self.limit,
            });
        }
        self.bytes.extend_from_slice(data);
        Ok(())
    }
}

/// Virtual time: instructions charged so far at [`INSTRUCTIONS_PER_SECOND`], plus
/// whatever the module slept. Identical on every run of the same module and input.
pub(crate) struct VirtualClock {
    budget: u64,
    slept_ns: u64,
    /// Time already passed at the start: a snapshot's start-up.
    base_ns: u64,
}

/// The realtime clock starts at 2000-01-01T00:00:00Z, so `time(NULL)` is the same on every run.
pub const REALTIME_EPOCH_NS: u64 = 946_684_800 * 1_000_000_000;

impl VirtualClock {
    fn new(budget: u64) -> VirtualClock {
        VirtualClock {
            budget,
            slept_ns: 0,
            base_ns: 0,
        }
    }

    fn cpu_ns(&self, remaining_fuel: u64) -> u64 {
        let used = self.budget.saturating_sub(remaining_fuel) as u128;
        (used * 1_000_000_000 / INSTRUCTIONS_PER_SECOND as u128) as u64
    }

    /// Nanoseconds on `clock` (a WASI clock id), or `None` for an unknown clock.
    fn now(&self, clock: u32, remaining_fuel: u64) -> Option<u64> {
        let cpu = self.cpu_ns(remaining_fuel).saturating_add(self.base_ns);
        match clock {
            CLOCK_REALTIME => Some(REALTIME_EPOCH_NS.saturating_add(cpu).saturating_add(self.slept_ns)),
            CLOCK_MONOTONIC => Some(cpu.saturating_add(self.slept_ns)),
            CLOCK_PROCESS_CPUTIME | CLOCK_THREAD_CPUTIME => Some(cpu),
            _ => None,
        }
    }
}

// WASI preview 1 constants used here.
const CLOCK_REALTIME: u32 = 0;
const CLOCK_MONOTONIC: u32 = 1;
const CLOCK_PROCESS_CPUTIME: u32 = 2;
const CLOCK_THREAD_CPUTIME: u32 = 3;
const ERRNO_SUCCESS: i32 = 0;
const ERRNO_BADF: i32 = 8;
const ERRNO_FAULT: i32 = 21;
const ERRNO_INVAL: i32 = 28;
const EVENTTYPE_CLOCK: u8 = 0;
const EVENTTYPE_FD_READ: u8 = 1;
const EVENTTYPE_FD_WRITE: u8 = 2;
const SUBCLOCKFLAGS_ABSTIME: u16 = 1;
const SUBSCRIPTION_SIZE: usize = 48;
const EVENT_SIZE: usize = 32;

const WASI: &str = "wasi_snapshot_preview1";

/// Which `fd_write` a linker gets.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Writes {
    /// oa's: stdout and stderr only, into capped captures (and a pipe).
    Captured,
    /// The stock one, which also writes files: for the problem's own programs
    /// that are given a writable directory. Their stdout and stderr are WASI's
    /// memory pipes, capped the same way.
    Files,
}

/// Adds WASI preview 1 to `linker`, with oa's own clocks, polling, randomness and
/// (unless `writes` says otherwise) output.
pub(crate) fn add_to_linker(linker: &mut Linker<RunState>, writes: Writes) -> wasmtime::Result<()> {
    wasmtime_wasi::p1::add_to_linker_sync(linker, |state: &mut RunState| {
        state.wasi_call = true;
        &mut state.wasi
    })?;
    linker.allow_shadowing(true);
    linker.func_wrap(WASI, "clock_res_get", clock_res_get)?;
    linker.func_wrap(WASI, "clock_time_get", clock_time_get)?;
    linker.func_wrap(WASI, "poll_oneoff", poll_oneoff)?;
    if writes == Writes::Captured {
        linker.func_wrap(WASI, "fd_write", fd_write)?;
    }
    linker.func_wrap(WASI, "random_get", random_get)?;
    crate::metadata::add_to_linker(linker)?;
    linker.allow_shadowing(false);
    Ok(())
}

/// The module's memory, or `None` if it exports none (it then has nothing to pass us).
fn memory(caller: &mut Caller<'_, RunState>) -> Option<wasmtime::Memory> {
    match caller.get_export("memory") {
        Some(Extern::Memory(memory)) => Some(memory),
        _ => None,
    }
}

/// A bounds-checked window of guest memory.
fn range(data: &[u8], ptr: u32, len: usize) -> Option<std::ops::Range<usize>> {
    let start = ptr as usize;
    let end = start.checked_add(len)?;
    (end <= data.len()).then_some(start..end)
}

fn read_u32(data: &[u8], ptr: u32) -> Option<u32> {
    let r = range(data, ptr, 4)?;
    Some(u32::from_le_bytes(data[r].try_into().ok()?))
}

fn read_u64(data: &[u8], ptr: u32) -> Option<u64> {
    let r = range(data, ptr, 8)?;
    Some(u64::from_le_bytes(data[r].try_into().ok()?))
}

fn write_bytes(data: &mut [u8], ptr: u32, bytes: &[u8]) -> Option<()> {
    let r = range(data, ptr, bytes.len())?;
    data[r].copy_from_slice(bytes);
    Some(())
}

/// The budget left, net of the runtime's debt: what the virtual clocks run on.
fn remaining_fuel(caller: &Caller<'_, RunState>) -> u64 {
    caller.get_fuel().unwrap_or(0).saturating_sub(caller.data().engine_debt)
}

/// Takes `instructions` from the budget before the work they pay for; a budget
/// that cannot pay ends the run as TLE.
pub(crate) fn charge(mut store: impl AsContextMut, instructions: u64) -> wasmtime::Result<()> {
    let mut store = store.as_context_mut();
    let Ok(fuel) = store.get_fuel() else { return Ok(()) }; // unmetered engine
    if fuel < instructions {
        store.set_fuel(0)?;
        return Err(Trap::OutOfFuel.into());
    }
    store.set_fuel(fuel - instructions)
}

fn clock_res_get(mut caller: Caller<'_, RunState>, clock: i32, out: i32) -> wasmtime::Result<i32> {
    caller.data_mut().wasi_call = true;
    if clock as u32 > CLOCK_THREAD_CPUTIME {
        return Ok(ERRNO_INVAL);
    }
    let Some(memory) = memory(&mut caller) else {
        return Ok(ERRNO_FAULT);
    };
    let resolution_ns: u64 = 1;
    Ok(
        match write_bytes(memory.data_mut(&mut caller), out as u32, &resolution_ns.to_le_bytes()) {
            Some(()) => ERRNO_SUCCESS,
            None => ERRNO_FAULT,
        },
    )
}

fn clock_time_get(mut caller: Caller<'_, RunState>, clock: i32, _precision: i64, out: i32) -> wasmtime::Result<i32> {
    caller.data_mut().wasi_call = true;
    let fuel = remaining_fuel(&caller);
    let Some(now) = caller.data().clock.now(clock as u32, fuel) else {
        return Ok(ERRNO_INVAL);
    };
    let Some(memory) = memory(&mut caller) else {
        return Ok(ERRNO_FAULT);
    };
    Ok(
        match write_bytes(memory.data_mut(&mut caller), out as u32, &now.to_le_bytes()) {
            Some(()) => ERRNO_SUCCESS,
            None => ERRNO_FAULT,
        },
    )
}

/// `poll_oneoff` without waiting: descriptors are always ready (stdin is in memory,
/// output is captured); when only clocks are polled, the virtual clock jumps to the
/// earliest deadline and those subscriptions fire.
fn poll_oneoff(
    mut caller: Caller<'_, RunState>,
    subs: i32,
    events: i32,
    count: i32,
    out_count: i32,
) -> wasmtime::Result<i32> {
    caller.data_mut().wasi_call = true;
    let count = count as u32 as usize;
    if count == 0 {
        return Ok(ERRNO_INVAL);
    }
    let Some(memory) = memory(&mut caller) else {
        return Ok(ERRNO_FAULT);
    };
    let (subs, events, out_count) = (subs as u32, events as u32, out_count as u32);
    {
        let data = memory.data(&caller);
        let fits = |ptr, size: usize| {
            count
                .checked_mul(size)
                .and_then(|bytes| range(data, ptr, bytes))
                .is_some()
        };
        if !fits(subs, SUBSCRIPTION_SIZE) || !fits(events, EVENT_SIZE) || range(data, out_count, 4).is_none() {
            return Ok(ERRNO_FAULT);
        }
    }
    charge(&mut caller, count as u64 * HOST_ITEM_COST)?;
    let fuel = remaining_fuel(&caller);
    let (data, state) = memory.data_and_store_mut(&mut caller);

    struct Ready {
        userdata: u64,
        error: u16,
        kind: u8,
    }
    let mut ready = Vec::new();
    let mut clocks = Vec::new();
    for i in 0..count {
        let at = subs + (i * SUBSCRIPTION_SIZE) as u32;
        let userdata = read_u64(data, at).unwrap_or(0);
        let kind = data[at as usize + 8];
        match kind {
            EVENTTYPE_CLOCK => {
                let id = read_u32(data, at + 16).unwrap_or(u32::MAX);
                let timeout = read_u64(data, at + 24).unwrap_or(0);
                let flags = u16::from_le_bytes([data[at as usize + 40], data[at as usize + 41]]);
                match state.clock.now(id, fuel) {
                    None => ready.push(Ready {
                        userdata,
                        error: ERRNO_INVAL as u16,
                        kind,
                    }),
                    Some(now) => {
                        let delay = if flags & SUBCLOCKFLAGS_ABSTIME != 0 {
                            timeout.saturating_sub(now)
                        } else {
                            timeout
                        };
                        clocks.push((userdata, delay));
                    }
                }
            }
            EVENTTYPE_FD_READ | EVENTTYPE_FD_WRITE => ready.push(Ready {
                userdata,
                error: 0,
                kind,
            }),
            _ => ready.push(Ready {
                userdata,
                error: ERRNO_INVAL as u16,
                kind,
            }),
        }
    }
    if ready.is_empty() {
        // Only clocks: sleep (virtually) until the earliest one fires.
        let wait = clocks.iter().map(|&(_, delay)| delay).min().unwrap_or(0);
        state.clock.slept_ns = state.clock.slept_ns.saturating_add(wait);
        for &(userdata, delay) in &clocks {
            if delay <= wait {
                ready.push(Ready {
                    userdata,
                    error: 0,
                    kind: EVENTTYPE_CLOCK,
                });
            }
        }
    }
    for (i, event) in ready.iter().enumerate() {
        let mut bytes = [0u8; EVENT_SIZE];
        bytes[0..8].copy_from_slice(&event.userdata.to_le_bytes());
        bytes[8..10].copy_from_slice(&event.error.to_le_bytes());
        bytes[10] = event.kind;
        if event.kind != EVENTTYPE_CLOCK && event.error == 0 {
            // Ready with (at least) one byte: reads never block here.
            bytes[16..24].copy_from_slice(&1u64.to_le_bytes());
        }
        let _ = write_bytes(data, events + (i * EVENT_SIZE) as u32, &bytes);
    }
    let _ = write_bytes(data, out_count, &(ready.len() as u32).to_le_bytes());
    Ok(ERRNO_SUCCESS)
}

/// `fd_write` on stdout and stderr into the capped captures. Every other descriptor
/// is read-only (the only files a run sees are read-only directories), so writing
/// to it fails as a closed descriptor would.
fn fd_write(mut caller: Caller<'_, RunState>, fd: i32, iovs: i32, iovs_len: i32, out: i32) -> wasmtime::Result<i32> {
    caller.data_mut().wasi_call = true;
    if fd != 1 && fd != 2 {
        return Ok(ERRNO_BADF);
    }
    let (iovs, iovs_len, out) = (iovs as u32, iovs_len as u32 as usize, out as u32);
    let Some(memory) = memory(&mut caller) else {
        return Ok(ERRNO_FAULT);
    };
    {
        let data = memory.data(&caller);
        let listed = iovs_len.checked_mul(8).and_then(|bytes| range(data, iovs, bytes));
        if listed.is_none() || range(data, out, 4).is_none() {
            return Ok(ERRNO_FAULT);
        }
    }
    charge(&mut caller, iovs_len as u64 * HOST_ITEM_COST)?;
    let iovec = |data: &[u8], i: usize| {
        let at = iovs + (i * 8) as u32;
        (
            read_u32(data, at).unwrap_or(0),
            read_u32(data, at + 4).unwrap_or(0) as usize,
        )
    };

    // Check every buffer before writing any, so a bad iovec writes nothing.
    let data = memory.data(&caller);
    let mut total: u64 = 0;
    for i in 0..iovs_len {
        let (ptr, len) = iovec(data, i);
        if range(data, ptr, len).is_none() {
            return Ok(ERRNO_FAULT);
        }
        total += len as u64;
    }
    // Pay for the bytes that will be copied: at most one past the cap.
    let capture = if fd == 1 {
        &caller.data().stdout
    } else {
        &caller.data().stderr
    };
    let copied = total.min(capture.room() as u64 + 1);
    charge(&mut caller, copied * HOST_BYTE_COST)?;

    let (data, state) = memory.data_and_store_mut(&mut caller);
    let capture = if fd == 1 { &mut state.stdout } else { &mut state.stderr };
    for i in 0..iovs_len {
        let (ptr, len) = iovec(data, i);
        let r = range(data, ptr, len).expect("checked above");
        if let Err(fault) = capture.write(&data[r.clone()]) {
            return Err(state.record(fault));
        }
        if fd == 1 {
            if let Some(pipe) = &state.pipe_out {
                pipe.send(&data[r]);
            }
        }
    }
    let written = u32::try_from(total).unwrap_or(u32::MAX);
    let _ = write_bytes(data, out, &written.to_le_bytes());
    Ok(ERRNO_SUCCESS)
}

/// `random_get` from the run's seeded stream: the same seed gives the same bytes.
fn random_get(mut caller: Caller<'_, RunState>, buf: i32, len: i32) -> wasmtime::Result<i32> {
    caller.data_mut().wasi_call = true;
    let len = len as u32 as usize;
    let Some(memory) = memory(&mut caller) else {
        return Ok(ERRNO_FAULT);
    };
    let Some(r) = range(memory.data(&caller), buf as u32, len) else {
        return Ok(ERRNO_FAULT);
    };
    charge(&mut caller, len as u64 * RANDOM_BYTE_COST)?;
    let (data, state) = memory.data_and_store_mut(&mut caller);
    state.random.fill_bytes(&mut data[r]);
    if let Some(draws) = &mut state.random_draws {
        draws.push(len as u32);
    }
    Ok(ERRNO_SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_keeps_what_fits_and_reports_the_rest() {
        let mut capture = Capture::new("stdout", 5);
        assert!(capture.write(b"abc").is_ok());
        assert_eq!(
            capture.write(b"defg"),
            Err(LimitExceeded::Output {
                stream: "stdout",
                limit: 5
            })
        );
        assert_eq!(capture.bytes, b"abcde");
    }

    #[test]
    fn limiter_counts_all_memories_and_keeps_the_peak() {
        let mut limiter = MemoryLimiter::new(100, Profile::Core);
        assert!(limiter.memory_growing(0, 40, None).unwrap());
        assert!(limiter.memory_growing(40, 90, None).unwrap());
        assert!(limiter.memory_growing(90, 101, None).is_err());
        assert_eq!(limiter.peak, 90);
        assert!(matches!(
            limiter.denied(),
            Some(LimitExceeded::Memory {
                requested: 101,
                limit: 100
            })
        ));
    }

    #[test]
    fn the_modules_own_maximum_refuses_without_a_verdict() {
        let mut limiter = MemoryLimiter::new(1 << 20, Profile::Core);
        assert!(!limiter.memory_growing(0, 10 << 20, Some(64 << 10)).unwrap());
        assert!(limiter.denied().is_none());
        // The pool's bound is not the module's maximum: past our limit it is MLE.
        assert!(limiter
            .memory_growing(0, 10 << 20, Some(MAX_MEMORY_BYTES as usize))
            .is_err());
        assert!(limiter.denied().is_some());
    }

    #[test]
    fn a_growth_the_engine_then_fails_is_not_counted() {
        let mut limiter = MemoryLimiter::new(100, Profile::Core);
        assert!(limiter.memory_growing(0, 60, None).unwrap());
        limiter.memory_grow_failed(wasmtime::Error::msg("mmap failed")).unwrap();
        assert!(
            limiter.memory_growing(0, 100, None).unwrap(),
            "the failed 60 bytes still counted"
        );
    }

    #[test]
    fn virtual_clock_follows_instructions_and_sleep() {
        let mut clock = VirtualClock::new(2 * INSTRUCTIONS_PER_SECOND);
        assert_eq!(clock.now(CLOCK_MONOTONIC, 2 * INSTRUCTIONS_PER_SECOND), Some(0));
        assert_eq!(clock.now(CLOCK_MONOTONIC, INSTRUCTIONS_PER_SECOND), Some(1_000_000_000));
        clock.slept_ns = 5;
        assert_eq!(clock.now(CLOCK_MONOTONIC, INSTRUCTIONS_PER_SECOND), Some(1_000_000_005));
        assert_eq!(
            clock.now(CLOCK_PROCESS_CPUTIME, INSTRUCTIONS_PER_SECOND),
            Some(1_000_000_000)
        );
        assert_eq!(
            clock.now(CLOCK_REALTIME, 2 * INSTRUCTIONS_PER_SECOND),
            Some(REALTIME_EPOCH_NS + 5)
        );
        assert_eq!(clock.now(9, 0), None);
    }
}
