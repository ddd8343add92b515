//! One run: a fresh store, the module instantiated from the pool, `_start` called
//! under the limits, and the ending classified into a verdict. Runs on a worker thread.

use crate::engine::Profile;
use crate::host::{LimitExceeded, RunState};
use crate::limits::{Limits, ENGINE_CALL_COST, HOST_CALL_COST, MAX_TABLE_ELEMENTS};
use crate::outcome::{Outcome, Verdict};
use crate::snapshot::{Captured, GlobalValue, Resume};
use crate::{Error, PipeReader, RunRequest, Shared};
use std::future::Future;
use std::pin::pin;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};
use wasmtime::{CallHook, Store, Trap, Val, WasmBacktrace};
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

/// Longest message kept from a trap (text and backtrace).
const MESSAGE_LIMIT: usize = 4096;

/// Instructions a run executes between two looks at its processor clock. The
/// engine hands the run its budget in slices of this size and the run pauses
/// between slices, with its count exact, so a backstop stops it at a known count.
/// A slice is 2 ms of budget; a pause costs about a microsecond.
const FUEL_SLICE: u64 = 20_000_000;

/// Runtime calls between two looks at the clocks from inside the engine, which
/// catch a run whose slices do not end: one long runtime call (a collection)
/// after another, each billed a flat price. (Bulk memory operations are billed
/// per byte by the engine and end slices like any instruction.) Such
/// a stop comes at an unknown count. The clocks are read on the calls, not on
/// a timer, because a timer needs the engine's epoch checks in every loop of
/// compiled code, which cost 10-15 % on tight loops.
const CALLS_PER_CHECK: u32 = 64;

/// How far past its processor-time backstop a run may go before the in-engine
/// check stops it: the slice check, which keeps the count exact, comes first.
const HARD_STOP_SLACK: Duration = Duration::from_secs(1);

/// What the in-engine check needs: the run's clocks and limits, and the runtime
/// calls since it last looked.
pub(crate) struct Watch {
    clock: RunClock,
    limits: Limits,
    calls: u32,
}

/// Which backstop ended a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Backstop {
    /// At a slice boundary: the count is exact.
    Cpu,
    /// From inside the engine: the count is what was saved last, a lower bound.
    CpuInEngine,
    Wall,
}

/// The run's own clocks: processor time of the thread it runs on, and real time.
#[derive(Clone, Copy)]
struct RunClock {
    cpu_start: Duration,
    wall_start: Instant,
}

impl RunClock {
    fn start() -> RunClock {
        RunClock {
            cpu_start: thread_cpu_time(),
            wall_start: Instant::now(),
        }
    }

    fn cpu(&self) -> Duration {
        thread_cpu_time().saturating_sub(self.cpu_start)
    }

    /// The backstop the run has passed, if any; `slack` is added to the processor limit.
    fn passed(&self, limits: &Limits, slack: Duration) -> Option<Backstop> {
        if self.cpu() > limits.cpu + slack {
            Some(if slack.is_zero() {
                Backstop::Cpu
            } else {
                Backstop::CpuInEngine
            })
        } else if self.wall_start.elapsed() > limits.wall {
            Some(Backstop::Wall)
        } else {
            None
        }
    }
}

/// Processor time used by the calling thread. A run executes on one thread from
/// start to end (on a fiber, whose time is the thread's), so this is the run's.
fn thread_cpu_time() -> Duration {
    let time = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(time.tv_sec as u64, time.tv_nsec as u32)
}

pub(crate) fn execute(shared: &Shared, request: RunRequest) -> Result<Outcome, Error> {
    execute_as(shared, request, false).map(|(outcome, _)| outcome)
}

/// Runs an instrumented interpreter's `oa:init` (see [`crate::snapshot`]) and
/// captures the state it leaves: memory, mutable globals, random draws, virtual
/// time. `None` beside an outcome that is not OK.
pub(crate) fn capture(shared: &Shared, request: RunRequest) -> Result<(Outcome, Option<Captured>), Error> {
    execute_as(shared, request, true)
}

fn execute_as(shared: &Shared, request: RunRequest, capturing: bool) -> Result<(Outcome, Option<Captured>), Error> {
    let RunRequest {
        program,
        stdin,
        args,
        dirs,
        env,
        limits,
        seed,
        stdin_pipe,
        stdout_pipe,
        writable_dir,
    } = request;
    // A snapshot holds what its start-up saw; a run set up otherwise starts cold.
    let program = match program.snapshot() {
        Some(snapshot) if !snapshot.fits(&args, &dirs, &env, seed) || writable_dir.is_some() => snapshot.cold.clone(),
        _ => program,
    };
    if let Some(fault) = declared_excess(program.declared(), limits.memory_bytes) {
        let mut outcome = Outcome::compile_error(fault.to_string());
        outcome.verdict = Verdict::Mle;
        return Ok((outcome, None));
    }

    let mut wasi = WasiCtxBuilder::new();
    match &stdin_pipe {
        Some(reader) => wasi.stdin(reader.clone()),
        None => wasi.stdin(MemoryInputPipe::new(stdin)),
    };
    wasi.args(&args)
        .envs(&env)
        .allow_blocking_current_thread(true)
        .allow_tcp(false)
        .allow_udp(false)
        .allow_ip_name_lookup(false);
    for dir in &dirs {
        wasi.preopened_dir(&dir.host, &dir.guest, FsPerms::ReadOnly)
            .map_err(|err| Error::Dir {
                path: dir.host.clone(),
                message: err.to_string(),
            })?;
    }

    // A run that writes files links the stock `fd_write`, and its output is
    // caught by WASI's memory pipes instead of oa's captures.
    let mut files = None;
    if let Some(dir) = &writable_dir {
        wasi.preopened_dir(&dir.host, &dir.guest, FsPerms::ReadWrite)
            .map_err(|err| Error::Dir {
                path: dir.host.clone(),
                message: err.to_string(),
            })?;
        let flavor = match program.profile() {
            Profile::Core => &shared.core,
            Profile::Gc => shared.gc().map_err(|err| Error::Engine(err.to_string()))?,
        };
        let pre = flavor
            .files
            .instantiate_pre(program.pre().module())
            .map_err(Error::engine)?;
        let capacity = usize::try_from(limits.output_bytes).unwrap_or(usize::MAX);
        let (stdout, stderr) = (MemoryOutputPipe::new(capacity), MemoryOutputPipe::new(capacity));
        match &stdout_pipe {
            Some(pipe) => wasi.stdout(crate::pipe::TeeStdout {
                memory: stdout.clone(),
                pipe: pipe.clone(),
            }),
            None => wasi.stdout(stdout.clone()),
        };
        wasi.stderr(stderr.clone());
        files = Some((pre, stdout, stderr));
    }
    let pre = files.as_ref().map_or(program.pre(), |(pre, _, _)| pre);

    let engine = program.pre().module().engine();
    let mut state = RunState::new(wasi.build_p1(), &limits, seed, program.profile());
    state.pipe_out = stdout_pipe;
    if let Some(snapshot) = program.snapshot() {
        state.resume_from(&snapshot.resume);
    }
    if capturing {
        state.random_draws = Some(Vec::new());
    }
    state.paths = crate::metadata::Paths::preopened(
        dirs.iter()
            .map(|dir| dir.guest.as_str())
            .chain(writable_dir.iter().map(|dir| dir.guest.as_str())),
    );
    let mut store = Store::new(engine, state);
    store.limiter(|state| &mut state.memory);
    let clock = RunClock::start();
    if shared.metered {
        store.set_fuel(limits.instructions).map_err(Error::engine)?;
        store
            .fuel_async_yield_interval(Some(FUEL_SLICE))
            .map_err(Error::engine)?;
        store.data_mut().watch = Some(Watch {
            clock,
            limits: limits.clone(),
            calls: 0,
        });
        store.call_hook(charge_host_call);
    }

    let started = clock.wall_start;
    if let Some(reader) = &stdin_pipe {
        reader.set_deadline(started + limits.wall);
    }
    // The run is a future that pauses after every slice of its budget; between
    // slices the loop below looks at the clocks. Dropping the future stops the
    // run where it paused.
    let mut stopped_at_slice = None;
    let unbilled = store.data().unbilled.clone();
    let mut captured = None;
    let result = {
        let store = &mut store;
        let captured = &mut captured;
        let metered = shared.metered;
        let mut call = pin!(async move {
            let instance = pre.instantiate_async(&mut *store).await?;
            let entry = if capturing { crate::snapshot::INIT } else { "_start" };
            let start = instance.get_typed_func::<(), ()>(&mut *store, entry)?;
            start.call_async(&mut *store, ()).await?;
            if capturing {
                *captured = Some(read_state(&instance, store, metered)?);
            }
            Ok::<(), wasmtime::Error>(())
        });
        let mut context = Context::from_waker(Waker::noop());
        loop {
            match call.as_mut().poll(&mut context) {
                Poll::Ready(result) => break result,
                Poll::Pending => {
                    // Paused between slices, inside the engine's call that refuels.
                    unbilled.fetch_add(1, Ordering::Relaxed);
                    if let Some(backstop) = clock.passed(&limits, Duration::ZERO) {
                        stopped_at_slice = Some(backstop);
                        break Err(Trap::Interrupt.into());
                    }
                }
            }
        }
    };
    if stopped_at_slice.is_some() {
        store.data_mut().backstop = stopped_at_slice;
    }
    // The other side of a pipe sees the end of this run's output now, not when
    // the store is dropped.
    store.data_mut().pipe_out = None;
    let used = if shared.metered {
        limits.instructions - store.get_fuel().unwrap_or(0) + store.data().engine_debt
    } else {
        0
    };
    let instructions = used.min(limits.instructions);
    let cpu = clock.cpu();
    let mut state = store.into_data();
    let wall = started.elapsed();
    if let Some((_, stdout, stderr)) = files {
        state.stdout.bytes = stdout.contents().to_vec();
        state.stderr.bytes = stderr.contents().to_vec();
    }

    let (verdict, exit_code, message) = match result {
        // The runtime's debt can take a finished run past its budget.
        Ok(()) if used > limits.instructions => (Verdict::Tle, None, out_of_instructions(&limits)),
        Ok(()) => (Verdict::Ok, Some(0), String::new()),
        Err(_) if stdin_pipe.as_ref().is_some_and(PipeReader::deadlocked) => (
            Verdict::Tle,
            None,
            "time limit exceeded: the program waited for input while the other side waited for its \
             output (a deadlock: is every answer written out and flushed?)"
                .to_string(),
        ),
        Err(_) if stdin_pipe.as_ref().is_some_and(PipeReader::timed_out) => (
            Verdict::Tle,
            None,
            format!(
                "time limit exceeded: waited for input until the real-time cap ({:.1} s)",
                limits.wall.as_secs_f64()
            ),
        ),
        Err(_) if state.backstop.is_some() => stopped(state.backstop, instructions, cpu, wall, &limits),
        Err(err) => classify(&err, &state, &limits),
    };
    let outcome = Outcome {
        verdict,
        exit_code,
        instructions,
        memory_bytes: state.memory.peak,
        wall,
        cpu,
        stdout: state.stdout.bytes,
        stderr: state.stderr.bytes,
        message,
    };
    let captured = captured.filter(|_| outcome.verdict == Verdict::Ok).map(|mut captured| {
        captured.resume.random_draws = state.random_draws.unwrap_or_default();
        captured
    });
    Ok((outcome, captured))
}

/// Memory and exported mutable globals of an instance, and its virtual time.
fn read_state(instance: &wasmtime::Instance, store: &mut Store<RunState>, metered: bool) -> wasmtime::Result<Captured> {
    let memory = instance
        .get_memory(&mut *store, "memory")
        .ok_or_else(|| wasmtime::Error::msg("no exported memory"))?;
    let bytes = memory.data(&*store).to_vec();
    let mut globals = Vec::new();
    let exports: Vec<(String, wasmtime::Extern)> = instance
        .exports(&mut *store)
        .map(|export| (export.name().to_string(), export.into_extern()))
        .collect();
    for (name, export) in exports {
        let (Some(index), wasmtime::Extern::Global(global)) = (name.strip_prefix(crate::snapshot::GLOBAL), export)
        else {
            continue;
        };
        let index: u32 = index.parse()?;
        let value = match global.get(&mut *store) {
            Val::I32(v) => GlobalValue::I32(v),
            Val::I64(v) => GlobalValue::I64(v),
            Val::F32(v) => GlobalValue::F32(v),
            Val::F64(v) => GlobalValue::F64(v),
            other => return Err(wasmtime::Error::msg(format!("global {index} holds {other:?}"))),
        };
        globals.push((index, value));
    }
    let fuel = if metered { store.get_fuel()? } else { 0 };
    let clock_ns = if metered { store.data().elapsed_ns(fuel) } else { 0 };
    Ok(Captured {
        memory: bytes,
        globals,
        resume: Resume {
            random_draws: Vec::new(),
            clock_ns,
        },
    })
}

/// What a module declares up front: its largest memory and table minimums.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Declared {
    pub memory_bytes: u64,
    pub table_elements: u64,
}

/// The limit a module's declared minimums already exceed, if any: such a module
/// never starts (MLE). Checked at load against what any run may have, and at
/// each run against its memory limit.
pub(crate) fn declared_excess(declared: &Declared, memory_limit: u64) -> Option<LimitExceeded> {
    if declared.memory_bytes > memory_limit {
        return Some(LimitExceeded::Memory {
            requested: declared.memory_bytes,
            limit: memory_limit,
        });
    }
    if declared.table_elements > MAX_TABLE_ELEMENTS {
        return Some(LimitExceeded::Table {
            requested: declared.table_elements,
            limit: MAX_TABLE_ELEMENTS,
        });
    }
    None
}

/// The verdict of a run a backstop ended: TLE, with which limit it was and
/// where the run stood.
fn stopped(
    backstop: Option<Backstop>,
    instructions: u64,
    cpu: Duration,
    wall: Duration,
    limits: &Limits,
) -> (Verdict, Option<i32>, String) {
    let share = 100.0 * instructions as f64 / limits.instructions.max(1) as f64;
    let message = match backstop {
        Some(Backstop::Cpu) => format!(
            "time limit exceeded: stopped by the processor-time backstop ({:.1} s) after {instructions} \
             instructions, {share:.0} % of the budget; code this slow per instruction is usually waiting \
             on memory (see the time model in docs/sandbox.md)",
            limits.cpu.as_secs_f64()
        ),
        Some(Backstop::CpuInEngine) => format!(
            "time limit exceeded: stopped by the processor-time backstop ({:.1} s, {:.1} s used) inside \
             one long runtime operation, after at least {instructions} instructions",
            limits.cpu.as_secs_f64(),
            cpu.as_secs_f64()
        ),
        Some(Backstop::Wall) | None => format!(
            "time limit exceeded: stopped by the real-time cap ({:.1} s, {:.1} s of it on the processor) \
             after at least {instructions} instructions: the run stalled outside instruction counting \
             or the machine was overloaded",
            limits.wall.as_secs_f64(),
            cpu.as_secs_f64().min(wall.as_secs_f64())
        ),
    };
    (Verdict::Tle, None, message)
}

/// Calls into the host are priced in instructions as they return: a WASI call
/// (which marks itself) at [`HOST_CALL_COST`], any other call, which is the
/// engine's runtime at work for compiled code, at [`ENGINE_CALL_COST`].
///
/// A WASI call is a wasm `call`, after which compiled code reloads its fuel, so it
/// is taken from the fuel. The runtime's calls happen inside an instruction (an
/// allocation, a `memory.grow`) after which compiled code does not reload it, so
/// they are kept as a debt beside it, added to the count and checked against the
/// fuel left.
fn charge_host_call(mut store: wasmtime::StoreContextMut<'_, RunState>, hook: CallHook) -> wasmtime::Result<()> {
    if !matches!(hook, CallHook::ReturningFromHost) {
        return Ok(());
    }
    if std::mem::take(&mut store.data_mut().wasi_call) {
        return crate::host::charge(store, HOST_CALL_COST);
    }
    let unbilled = &store.data().unbilled;
    if unbilled.load(Ordering::Relaxed) > 0 {
        unbilled.fetch_sub(1, Ordering::Relaxed);
        return Ok(());
    }
    let debt = store.data().engine_debt + ENGINE_CALL_COST;
    store.data_mut().engine_debt = debt;
    if store.get_fuel()? < debt {
        return Err(Trap::OutOfFuel.into());
    }
    let state = store.data_mut();
    if let Some(watch) = state.watch.as_mut() {
        watch.calls += 1;
        if watch.calls >= CALLS_PER_CHECK {
            watch.calls = 0;
            if let Some(backstop) = watch.clock.passed(&watch.limits, HARD_STOP_SLACK) {
                state.backstop = Some(backstop);
                return Err(Trap::Interrupt.into());
            }
        }
    }
    Ok(())
}

fn classify(err: &wasmtime::Error, state: &RunState, limits: &Limits) -> (Verdict, Option<i32>, String) {
    if let Some(fault) = state.fault.as_ref().or(state.memory.denied()) {
        let verdict = match fault {
            LimitExceeded::Output { .. } => Verdict::Ole,
            LimitExceeded::Memory { .. } | LimitExceeded::Table { .. } => Verdict::Mle,
        };
        return (verdict, None, fault.to_string());
    }
    if let Some(I32Exit(code)) = err.downcast_ref::<I32Exit>() {
        return match code {
            0 => (Verdict::Ok, Some(0), String::new()),
            code => (Verdict::Rte, Some(*code), format!("exited with status {code}")),
        };
    }
    if err.is::<wasmtime::GcHeapOutOfMemory<()>>() {
        let message = match state.memory.refused() {
            Some(fault) => fault.to_string(),
            None => format!(
                "memory limit exceeded: the garbage-collected heap is full (limit {} bytes)",
                limits.memory_bytes
            ),
        };
        return (Verdict::Mle, None, message);
    }
    match err.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => (Verdict::Tle, None, out_of_instructions(limits)),
        Some(Trap::StackOverflow) => (
            Verdict::Rte,
            None,
            with_backtrace("stack overflow: recursion deeper than the stack limit", err),
        ),
        Some(trap) => (Verdict::Rte, None, with_backtrace(&trap.to_string(), err)),
        None => (Verdict::Rte, None, with_backtrace(&root_cause(err), err)),
    }
}

fn out_of_instructions(limits: &Limits) -> String {
    format!(
        "time limit exceeded: used all {} instructions ({:.3} s)",
        limits.instructions,
        limits.time_limit_seconds()
    )
}

fn root_cause(err: &wasmtime::Error) -> String {
    err.root_cause().to_string()
}

/// The reason followed by the innermost frames (a run of the same frame, as in
/// deep recursion, is shown once with its count), capped at [`MESSAGE_LIMIT`].
fn with_backtrace(reason: &str, err: &wasmtime::Error) -> String {
    let mut message = reason.to_string();
    if let Some(trace) = err.downcast_ref::<WasmBacktrace>() {
        let names: Vec<String> = trace
            .frames()
            .iter()
            .map(|frame| {
                format!(
                    "{} (function {})",
                    frame.func_name().unwrap_or("<unnamed>"),
                    frame.func_index()
                )
            })
            .collect();
        for run in names.chunk_by(|a, b| a == b) {
            match run.len() {
                1 => message.push_str(&format!("\n  at {}", run[0])),
                n => message.push_str(&format!("\n  at {} ({n} frames)", run[0])),
            }
        }
        if names.len() >= crate::engine::BACKTRACE_FRAMES {
            message.push_str("\n  ...");
        }
    }
    if message.len() > MESSAGE_LIMIT {
        let mut end = MESSAGE_LIMIT;
        while !message.is_char_boundary(end) {
            end -= 1;
        }
        message.truncate(end);
        message.push('…');
    }
    message
}
