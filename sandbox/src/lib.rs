//! Runs untrusted WebAssembly (WASI preview 1) under deterministic limits.
//!
//! This crate knows nothing of problems, HTTP or databases: it takes a module and
//! its input and reports exactly what happened. Time is an instruction budget
//! ([`limits::INSTRUCTIONS_PER_SECOND`]), so verdicts are reproducible on any
//! machine; the wall clock is a backstop only. A module sees no environment, no
//! sockets, no files beyond the read-only directories its caller names, virtual
//! clocks and a seeded random stream.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use sandbox::{Limits, RunRequest, Sandbox, SandboxConfig};
//! let sandbox = Sandbox::new(SandboxConfig::default())?;
//! let program = sandbox.load(&std::fs::read("main.wasm")?)?;
//! let outcome = sandbox.run(RunRequest::new(program).stdin("1 2\n").limits(Limits::default())).await?;
//! println!("{} after {} instructions", outcome.verdict, outcome.instructions);
//! # Ok(()) }
//! ```

mod cache;
pub mod cache_budget;
pub mod dialect;
mod engine;
mod host;
pub mod jail;
pub mod jvm;
pub mod language;
pub mod limits;
mod metadata;
mod outcome;
pub mod pipe;
mod pool;
mod run;
pub mod snapshot;
pub mod toolchain;

pub use cache::ContentHash;
pub use language::Language;
pub use limits::Limits;
pub use outcome::{Outcome, Verdict};
pub use pipe::{conversation, pipe, Conversation, PipeReader, PipeWriter};
pub use toolchain::{BuildError, Executable, Source, Toolchains};

use bytes::Bytes;
use cache::DiskCache;
use host::RunState;
use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use wasmtime::{Engine, ExternType, InstancePre, Linker, Module};

/// The engine identity that verdicts depend on: instruction counts are defined by
/// this crate's metering and the exact wasmtime release.
pub const ENGINE_VERSION: &str = concat!(
    "oa-sandbox ",
    env!("CARGO_PKG_VERSION"),
    " (wasmtime 48.0.8, 1e10 instructions/s)"
);

/// Settings fixed for the life of a [`Sandbox`].
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    /// Runs that may execute at once (default: the number of cores).
    pub workers: usize,
    /// Native stack a module may use for wasm frames. 512 MiB lets 10^6 frames of a
    /// small recursive function through; past it a run ends as RTE (stack overflow).
    pub max_stack_bytes: usize,
    /// Largest module (binary or text) accepted by [`Sandbox::load`].
    pub max_module_bytes: usize,
    /// Where compiled modules are kept between processes; `None` compiles every time.
    pub cache_dir: Option<PathBuf>,
    /// The most the compiled modules under `cache_dir` may take; the least
    /// recently used go first (see [`cache_budget`]).
    pub cache_max_bytes: u64,
}

impl Default for SandboxConfig {
    fn default() -> SandboxConfig {
        SandboxConfig {
            workers: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            max_stack_bytes: 512 << 20,
            max_module_bytes: 64 << 20,
            cache_dir: None,
            cache_max_bytes: cache_budget::DEFAULT_MAX_BYTES,
        }
    }
}

/// Host-side failures: the run could not be carried out at all. A module's own
/// failures are never errors, they are verdicts in an [`Outcome`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("could not set up the WebAssembly engine: {0}")]
    Engine(String),
    #[error("could not start the worker threads: {0}")]
    Workers(#[from] std::io::Error),
    #[error("cannot expose directory {path} to the module: {message}")]
    Dir { path: PathBuf, message: String },
    #[error("a sandbox worker crashed during the run: {0}")]
    WorkerCrashed(String),
}

impl Error {
    fn engine(err: wasmtime::Error) -> Error {
        Error::Engine(format!("{err:#}"))
    }
}

/// Why a module cannot run. Every case is a compile error (CE) for the submitter.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("the module is {size} bytes, above the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("not a WebAssembly module: {0}")]
    Malformed(String),
    #[error("invalid WebAssembly module: {0}")]
    Invalid(String),
    #[error("the module cannot be linked: {0}")]
    Unlinkable(String),
    /// Declares more memory or table than any run may have: MLE, not CE.
    #[error("{0}")]
    DeclaresTooMuch(String),
    #[error("the module has no `_start` function taking and returning nothing; it must be a WASI command")]
    NoStart,
}

impl LoadError {
    /// The outcome a submitter sees: CE, or MLE for a module that declares more
    /// memory than any run may have.
    pub fn to_outcome(&self) -> Outcome {
        let mut outcome = Outcome::compile_error(self.to_string());
        if let LoadError::DeclaresTooMuch(_) = self {
            outcome.verdict = Verdict::Mle;
        }
        outcome
    }
}

/// A compiled, linked module, ready to instantiate many times. Cheap to clone.
#[derive(Clone)]
pub struct Program(Arc<ProgramInner>);

struct ProgramInner {
    pre: InstancePre<RunState>,
    profile: engine::Profile,
    hash: ContentHash,
    declared: run::Declared,
    snapshot: Option<SnapshotOf>,
}

/// What a snapshot program was taken from, and the runs it serves.
struct SnapshotOf {
    /// The interpreter it was taken of, for runs set up otherwise.
    cold: Program,
    resume: snapshot::Resume,
    args: Vec<String>,
    env: Vec<(String, String)>,
    guests: Vec<String>,
    seed: u64,
}

impl SnapshotOf {
    /// Whether a run so set up would have reached the snapshot's state: same
    /// arguments, environment, directories (in order: WASI numbers them) and seed.
    fn fits(&self, args: &[String], dirs: &[ReadOnlyDir], env: &[(String, String)], seed: u64) -> bool {
        self.args == args
            && self.env == env
            && self.seed == seed
            && self.guests.iter().eq(dirs.iter().map(|dir| &dir.guest))
    }
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Program").field("sha256", &self.hash_hex()).finish()
    }
}

impl Program {
    /// SHA-256 of the module's binary form.
    pub fn hash(&self) -> &ContentHash {
        &self.0.hash
    }

    /// The content hash in hex.
    pub fn hash_hex(&self) -> String {
        cache::hex(&self.0.hash)
    }

    fn pre(&self) -> &InstancePre<RunState> {
        &self.0.pre
    }

    fn profile(&self) -> engine::Profile {
        self.0.profile
    }

    fn declared(&self) -> &run::Declared {
        &self.0.declared
    }

    fn snapshot(&self) -> Option<&SnapshotOf> {
        self.0.snapshot.as_ref()
    }

    /// For a snapshot of an interpreter, the interpreter itself: runs of it start cold.
    pub fn cold(&self) -> Option<&Program> {
        self.snapshot().map(|snapshot| &snapshot.cold)
    }

    /// Whether runs set up like `request` start from a snapshot of an initialised
    /// interpreter (see [`snapshot`]) rather than from the interpreter's `_start`.
    pub fn starts_from_snapshot(&self, request: &RunRequest) -> bool {
        self.snapshot().is_some_and(|snapshot| {
            request.writable_dir.is_none() && snapshot.fits(&request.args, &request.dirs, &request.env, request.seed)
        })
    }
}

/// A read-only host directory, visible to the module at `guest`.
#[derive(Clone, Debug)]
pub struct ReadOnlyDir {
    pub host: PathBuf,
    pub guest: String,
}

/// A host directory the module may write to, at `guest`. Only for the problem's
/// own programs (a Kattis output validator writes its feedback there), never for
/// submissions.
#[derive(Clone, Debug)]
pub struct WritableDir {
    pub host: PathBuf,
    pub guest: String,
}

/// Everything one run needs. Arguments are passed as given (the first is the
/// program name the module sees); stdin is empty unless set; the environment is
/// empty unless the caller sets variables (interpreters need a few, such as
/// `PYTHONHOME`; candidates' code never chooses them).
#[derive(Clone)]
pub struct RunRequest {
    pub program: Program,
    pub stdin: Bytes,
    pub args: Vec<String>,
    pub dirs: Vec<ReadOnlyDir>,
    pub env: Vec<(String, String)>,
    pub limits: Limits,
    /// Seeds `random_get`: the same seed gives the same bytes.
    pub seed: u64,
    /// Read stdin from another run instead of `stdin` (interactive problems).
    pub stdin_pipe: Option<PipeReader>,
    /// Send stdout to another run too, as it is written.
    pub stdout_pipe: Option<PipeWriter>,
    pub writable_dir: Option<WritableDir>,
}

impl RunRequest {
    pub fn new(program: Program) -> RunRequest {
        RunRequest {
            program,
            stdin: Bytes::new(),
            args: vec!["main".into()],
            dirs: Vec::new(),
            env: Vec::new(),
            limits: Limits::default(),
            seed: 0,
            stdin_pipe: None,
            stdout_pipe: None,
            writable_dir: None,
        }
    }

    pub fn stdin(mut self, stdin: impl Into<Bytes>) -> RunRequest {
        self.stdin = stdin.into();
        self
    }

    pub fn args<S: Into<String>>(mut self, args: impl IntoIterator<Item = S>) -> RunRequest {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    pub fn dir(mut self, host: impl Into<PathBuf>, guest: impl Into<String>) -> RunRequest {
        self.dirs.push(ReadOnlyDir {
            host: host.into(),
            guest: guest.into(),
        });
        self
    }

    pub fn env(mut self, name: impl Into<String>, value: impl Into<String>) -> RunRequest {
        self.env.push((name.into(), value.into()));
        self
    }

    pub fn limits(mut self, limits: Limits) -> RunRequest {
        self.limits = limits;
        self
    }

    pub fn seed(mut self, seed: u64) -> RunRequest {
        self.seed = seed;
        self
    }

    /// Connects stdin to a pipe another run writes to.
    pub fn stdin_pipe(mut self, reader: PipeReader) -> RunRequest {
        self.stdin_pipe = Some(reader);
        self
    }

    /// Also sends stdout, as it is written, down a pipe another run reads.
    pub fn stdout_pipe(mut self, writer: PipeWriter) -> RunRequest {
        self.stdout_pipe = Some(writer);
        self
    }

    pub fn writable_dir(mut self, host: impl Into<PathBuf>, guest: impl Into<String>) -> RunRequest {
        self.writable_dir = Some(WritableDir {
            host: host.into(),
            guest: guest.into(),
        });
        self
    }
}

struct Shared {
    core: Flavor,
    /// Built on the first module that needs it.
    gc: OnceLock<Result<Flavor, String>>,
    metered: bool,
    config: SandboxConfig,
    programs: Mutex<ProgramCache>,
}

impl Shared {
    fn gc(&self) -> Result<&Flavor, &str> {
        self.gc
            .get_or_init(|| Flavor::new(&self.config, self.metered, engine::Profile::Gc).map_err(|err| err.to_string()))
            .as_ref()
            .map_err(String::as_str)
    }
}

/// An engine with everything tied to it: the WASI linker and the compiled-module
/// cache.
struct Flavor {
    engine: Engine,
    linker: Linker<RunState>,
    /// For runs given a [`WritableDir`]: the stock `fd_write`, which writes files.
    files: Linker<RunState>,
    disk: Option<DiskCache>,
}

impl Flavor {
    fn new(config: &SandboxConfig, metered: bool, profile: engine::Profile) -> Result<Flavor, Error> {
        let engine = engine::build(config, metered, profile).map_err(Error::engine)?;
        let mut linker = Linker::new(&engine);
        host::add_to_linker(&mut linker, host::Writes::Captured).map_err(Error::engine)?;
        let mut files = Linker::new(&engine);
        host::add_to_linker(&mut files, host::Writes::Files).map_err(Error::engine)?;
        let disk = config
            .cache_dir
            .as_deref()
            .map(|dir| DiskCache::new(dir, &engine, config.cache_max_bytes));
        Ok(Flavor {
            engine,
            linker,
            files,
            disk,
        })
    }

    fn compile(&self, wasm: &[u8], hash: &ContentHash) -> wasmtime::Result<Module> {
        match &self.disk {
            Some(disk) => disk.module(&self.engine, wasm, hash),
            None => Module::new(&self.engine, wasm),
        }
    }
}

/// Recently loaded programs, so loading the same bytes again costs a hash.
#[derive(Default)]
struct ProgramCache {
    map: HashMap<ContentHash, Program>,
    order: VecDeque<ContentHash>,
}

const PROGRAM_CACHE_ENTRIES: usize = 64;

impl ProgramCache {
    fn get(&self, hash: &ContentHash) -> Option<Program> {
        self.map.get(hash).cloned()
    }

    fn insert(&mut self, program: Program) {
        if self.map.insert(program.0.hash, program.clone()).is_none() {
            self.order.push_back(program.0.hash);
        }
        while self.order.len() > PROGRAM_CACHE_ENTRIES {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
            }
        }
    }
}

/// The sandbox: one engine, its worker threads and its caches. Create one per process.
pub struct Sandbox {
    pool: pool::Pool,
    shared: Arc<Shared>,
}

impl Sandbox {
    pub fn new(config: SandboxConfig) -> Result<Sandbox, Error> {
        Sandbox::with_metering(config, true)
    }

    /// A sandbox without instruction counting or the wall backstop. Only for
    /// measuring what metering costs: its runs report 0 instructions and no TLE.
    #[doc(hidden)]
    pub fn unmetered(config: SandboxConfig) -> Result<Sandbox, Error> {
        Sandbox::with_metering(config, false)
    }

    fn with_metering(config: SandboxConfig, metered: bool) -> Result<Sandbox, Error> {
        let core = Flavor::new(&config, metered, engine::Profile::Core)?;
        // Room for the wasm stack plus the host's own frames around it.
        let pool = pool::Pool::new(config.workers, config.max_stack_bytes + (16 << 20))?;
        let shared = Shared {
            core,
            gc: OnceLock::new(),
            metered,
            config,
            programs: Mutex::default(),
        };
        Ok(Sandbox {
            pool,
            shared: Arc::new(shared),
        })
    }

    pub fn config(&self) -> &SandboxConfig {
        &self.shared.config
    }

    /// Validates, compiles (or fetches from the cache) and links a module given as
    /// WebAssembly binary or text. Compiling can take a while for a large module:
    /// async callers use [`Sandbox::load_async`].
    pub fn load(&self, bytes: &[u8]) -> Result<Program, LoadError> {
        load(&self.shared, bytes)
    }

    /// [`Sandbox::load`] without the size limit, for modules the operator installed
    /// (language interpreters), never for submissions.
    pub fn load_runtime(&self, bytes: &[u8]) -> Result<Program, LoadError> {
        load_with_limit(&self.shared, bytes, usize::MAX)
    }

    /// Takes a snapshot of an interpreter initialised as `setup` starts it: runs
    /// `instrumented`'s `oa:init` (a module made by [`snapshot::instrument`], loaded
    /// as `setup.program`) on a worker and returns the snapshot module's bytes.
    pub fn snapshot(&self, instrumented: &[u8], setup: RunRequest) -> Result<Vec<u8>, String> {
        let shared = self.shared.clone();
        let captured = match self.pool.submit(move || run::capture(&shared, setup)).blocking_recv() {
            Ok(Ok(Ok((_, Some(captured))))) => captured,
            Ok(Ok(Ok((outcome, None)))) => {
                return Err(format!(
                    "the start-up ended {}: {} {}",
                    outcome.verdict,
                    outcome.message,
                    String::from_utf8_lossy(&outcome.stderr)
                ))
            }
            Ok(Ok(Err(err))) => return Err(err.to_string()),
            Ok(Err(pool::Panicked(text))) => return Err(text),
            Err(_) => return Err("the worker pool shut down".into()),
        };
        snapshot::build(instrumented, &captured)
    }

    /// Loads a module made by [`Sandbox::snapshot`]: runs set up as `setup` was
    /// start from it; any other run starts `setup.program`, the interpreter cold.
    pub fn load_snapshot(&self, bytes: &[u8], setup: &RunRequest) -> Result<Program, LoadError> {
        let resume = snapshot::resume_of(bytes)
            .ok_or_else(|| LoadError::Invalid("not a snapshot: no `oa-snapshot` section".into()))?;
        let loaded = self.load_runtime(bytes)?;
        Ok(Program(Arc::new(ProgramInner {
            pre: loaded.0.pre.clone(),
            profile: loaded.0.profile,
            hash: loaded.0.hash,
            declared: loaded.0.declared,
            snapshot: Some(SnapshotOf {
                cold: setup.program.clone(),
                resume,
                args: setup.args.clone(),
                env: setup.env.clone(),
                guests: setup.dirs.iter().map(|dir| dir.guest.clone()).collect(),
                seed: setup.seed,
            }),
        })))
    }

    /// [`Sandbox::load`] on a worker thread.
    pub async fn load_async(&self, bytes: Vec<u8>) -> Result<Program, LoadError> {
        let shared = self.shared.clone();
        match self.pool.submit(move || load(&shared, &bytes)).await {
            Ok(Ok(result)) => result,
            Ok(Err(pool::Panicked(text))) => Err(LoadError::Invalid(format!("the compiler crashed: {text}"))),
            Err(_) => Err(LoadError::Invalid("the sandbox is shutting down".into())),
        }
    }

    /// Runs a program on a worker thread and waits for its outcome.
    pub async fn run(&self, request: RunRequest) -> Result<Outcome, Error> {
        let receiver = self.submit(request);
        flatten(receiver.await)
    }

    /// [`Sandbox::run`] for synchronous callers. Must not be called from an async task.
    pub fn run_blocking(&self, request: RunRequest) -> Result<Outcome, Error> {
        flatten(self.submit(request).blocking_recv())
    }

    /// Runs on the calling thread, skipping the hand-off to a worker. For the
    /// benchmark that separates the run itself from the dispatch; the calling
    /// thread's stack bounds recursion instead of the configured stack.
    #[doc(hidden)]
    pub fn run_on_this_thread(&self, request: RunRequest) -> Result<Outcome, Error> {
        run::execute(&self.shared, request)
    }

    /// Runs two programs at the same time, each on a thread of its own (not the
    /// workers: two runs that wait on each other must never wait for a worker),
    /// and waits for both. For runs connected by pipes: see [`pipe`].
    pub fn run_pair_blocking(
        &self,
        first: RunRequest,
        second: RunRequest,
    ) -> (Result<Outcome, Error>, Result<Outcome, Error>) {
        let stack = self.shared.config.max_stack_bytes + (16 << 20);
        let shared = &self.shared;
        std::thread::scope(|scope| {
            let spawn = |request: RunRequest| {
                std::thread::Builder::new()
                    .name("oa-run-pair".into())
                    .stack_size(stack)
                    .spawn_scoped(scope, move || run::execute(shared, request))
            };
            let joined =
                |handle: std::io::Result<std::thread::ScopedJoinHandle<'_, Result<Outcome, Error>>>| match handle {
                    Err(err) => Err(Error::Workers(err)),
                    Ok(handle) => handle
                        .join()
                        .unwrap_or_else(|_| Err(Error::WorkerCrashed("a run of a pair panicked".into()))),
                };
            let first = spawn(first);
            let second = spawn(second);
            (joined(first), joined(second))
        })
    }

    fn submit(
        &self,
        request: RunRequest,
    ) -> tokio::sync::oneshot::Receiver<Result<Result<Outcome, Error>, pool::Panicked>> {
        let shared = self.shared.clone();
        self.pool.submit(move || run::execute(&shared, request))
    }
}

fn flatten(
    received: Result<Result<Result<Outcome, Error>, pool::Panicked>, tokio::sync::oneshot::error::RecvError>,
) -> Result<Outcome, Error> {
    match received {
        Ok(Ok(result)) => result,
        Ok(Err(pool::Panicked(text))) => Err(Error::WorkerCrashed(text)),
        Err(_) => Err(Error::WorkerCrashed("the worker pool shut down".into())),
    }
}

fn load(shared: &Shared, bytes: &[u8]) -> Result<Program, LoadError> {
    load_with_limit(shared, bytes, shared.config.max_module_bytes)
}

fn load_with_limit(shared: &Shared, bytes: &[u8], limit: usize) -> Result<Program, LoadError> {
    if bytes.len() > limit {
        return Err(LoadError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    let wasm = if bytes.starts_with(b"\0asm") {
        std::borrow::Cow::Borrowed(bytes)
    } else {
        let text = wat::parse_bytes(bytes).map_err(|err| LoadError::Malformed(err.to_string()))?;
        if text.len() > limit {
            return Err(LoadError::TooLarge {
                size: text.len(),
                limit,
            });
        }
        text
    };
    // The instance pool holds no more than any run may have: a module declaring
    // more could never start, and the engine would only call it invalid.
    let declared = declared(&wasm);
    if let Some(excess) = run::declared_excess(&declared, limits::MAX_MEMORY_BYTES) {
        return Err(LoadError::DeclaresTooMuch(excess.to_string()));
    }
    let hash = cache::content_hash(&wasm);
    if let Some(program) = shared.programs.lock().expect("program cache").get(&hash) {
        return Ok(program);
    }
    // A module the core engine refuses may still be valid with garbage
    // collection, typed references and exceptions (Kotlin's are): only then does
    // it get the engine that has them. Otherwise the core engine's complaint stands.
    let (flavor, profile, module) = match shared.core.compile(&wasm, &hash) {
        Ok(module) => (&shared.core, engine::Profile::Core, module),
        Err(core_err) => match shared.gc().map(|gc| (gc, gc.compile(&wasm, &hash))) {
            Ok((gc, Ok(module))) => (gc, engine::Profile::Gc, module),
            _ => return Err(LoadError::Invalid(format!("{core_err:#}"))),
        },
    };
    match module.get_export("_start") {
        Some(ExternType::Func(func)) if func.params().len() == 0 && func.results().len() == 0 => {}
        _ => return Err(LoadError::NoStart),
    }
    let pre = flavor
        .linker
        .instantiate_pre(&module)
        .map_err(|err| LoadError::Unlinkable(format!("{err:#}")))?;
    let program = Program(Arc::new(ProgramInner {
        pre,
        profile,
        hash,
        declared,
        snapshot: None,
    }));
    shared.programs.lock().expect("program cache").insert(program.clone());
    Ok(program)
}

/// The largest memory (in bytes) and table (in elements) a module declares up
/// front. Read before compiling; malformed sections are left to the compiler.
fn declared(wasm: &[u8]) -> run::Declared {
    use wasmparser::{Parser, Payload};
    let mut declared = run::Declared::default();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload {
            Ok(Payload::MemorySection(memories)) => {
                for memory in memories.into_iter().flatten() {
                    let page = 1u128 << memory.page_size_log2.unwrap_or(16);
                    let bytes = u64::try_from(u128::from(memory.initial) * page).unwrap_or(u64::MAX);
                    declared.memory_bytes = declared.memory_bytes.max(bytes);
                }
            }
            Ok(Payload::TableSection(tables)) => {
                for table in tables.into_iter().flatten() {
                    declared.table_elements = declared.table_elements.max(table.ty.initial);
                }
            }
            Ok(Payload::CodeSectionStart { .. }) | Err(_) => break,
            Ok(_) => {}
        }
    }
    declared
}
