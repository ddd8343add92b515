//! From a submission's source files to something the sandbox runs: compiled in
//! the jail (or handed to an interpreter module), cached by content.
//!
//! A build is keyed by the language, the toolchain's version, the compile steps
//! and every source file: the same submission is compiled once, and rejudging
//! never recompiles. Compile errors are cached too.

use crate::cache_budget::CacheBudget;
use crate::dialect;
use crate::jail::{self, Bind, JailRun, JailSpec};
use crate::language::{self, Language};
use crate::{cache, Limits, LoadError, Outcome, Program, ReadOnlyDir, RunRequest, Sandbox};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Most bytes of source a submission may have.
pub const MAX_SOURCE_BYTES: usize = 1 << 20;
/// Most files in a multi-file submission.
pub const MAX_SOURCE_FILES: usize = 64;
/// In a build's directory: the compiler's (or syntax check's) message of a failed build.
const FAILURE_FILE: &str = "error.txt";
/// Time limit of an interpreter's syntax check.
const CHECK_SECONDS: f64 = 10.0;
/// Where the submission's files are seen by interpreted programs.
pub const SOURCE_DIR: &str = "/src";

/// One file of a submission.
#[derive(Clone, Debug)]
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[cfg(test)]
impl Source {
    /// A file with this text, for tests.
    pub(crate) fn text(name: &str, text: &str) -> Source {
        Source {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }
}

/// Why a submission could not be built.
#[derive(Debug, Clone, thiserror::Error)]
pub enum BuildError {
    #[error("unknown language `{0}`")]
    UnknownLanguage(String),
    #[error("{language} is not installed ({detail}); run `./dev setup`")]
    NotInstalled { language: String, detail: String },
    #[error("{0}")]
    BadSources(String),
    /// The compiler refused the program: the submitter's CE.
    #[error("{0}")]
    Compile(String),
    #[error("could not build: {0}")]
    Host(String),
}

impl BuildError {
    /// The submitter's fault (CE), as opposed to a problem of the host.
    pub fn is_compile_error(&self) -> bool {
        matches!(self, BuildError::Compile(_) | BuildError::BadSources(_))
    }

    pub fn to_outcome(&self) -> Outcome {
        Outcome::compile_error(self.to_string())
    }
}

/// A built submission, ready to run on any input.
#[derive(Clone, Debug)]
pub struct Executable {
    pub language: String,
    pub program: Program,
    pub args: Vec<String>,
    pub dirs: Vec<ReadOnlyDir>,
    pub env: Vec<(String, String)>,
    pub time_multiplier: f64,
}

impl Executable {
    /// A run of this executable on `stdin` under `limits`, scaled by the language's
    /// time multiplier.
    pub fn request(&self, stdin: impl Into<bytes::Bytes>, limits: &Limits) -> RunRequest {
        let mut limits = limits.clone();
        limits.instructions = (limits.instructions as f64 * self.time_multiplier).round() as u64;
        limits.cpu = limits.cpu.mul_f64(self.time_multiplier);
        limits.wall = limits.wall.mul_f64(self.time_multiplier);
        let mut request = RunRequest::new(self.program.clone())
            .stdin(stdin)
            .args(self.args.clone())
            .limits(limits);
        request.dirs = self.dirs.clone();
        request.env = self.env.clone();
        request
    }
}

pub struct Toolchains {
    root: PathBuf,
    builds: PathBuf,
    languages: Vec<Language>,
    versions: Mutex<HashMap<String, Result<String, String>>>,
    interpreters: Mutex<HashMap<PathBuf, Program>>,
    /// Snapshots of initialised interpreters, by key (see [`Toolchains::snapshot`]).
    snapshots: Mutex<HashMap<String, Program>>,
    snapshot_dir: PathBuf,
    budget: CacheBudget,
}

/// Changes whenever what a snapshot holds or how it is made changes, so that
/// older snapshots are not used.
const SNAPSHOT_FORMAT: &str = "oa-snapshot 1";

impl Toolchains {
    /// The built-in languages, toolchains under `root`, builds cached under `cache`.
    pub fn new(root: impl Into<PathBuf>, cache: &Path) -> Toolchains {
        let languages = language::parse(language::BUILTIN).expect("the built-in languages.toml is valid");
        Toolchains {
            root: root.into(),
            builds: cache.join("builds"),
            languages,
            versions: Mutex::default(),
            interpreters: Mutex::default(),
            snapshots: Mutex::default(),
            snapshot_dir: cache.join("snapshots"),
            budget: CacheBudget::new(crate::cache_budget::DEFAULT_MAX_BYTES),
        }
    }

    /// The most the builds may take on disk; the least recently used go first
    /// (see [`crate::cache_budget`]).
    pub fn with_cache_limit(mut self, max_bytes: u64) -> Toolchains {
        self.budget = CacheBudget::new(max_bytes);
        self
    }

    /// Keeps snapshots of initialised interpreters in `dir` instead of beside the builds.
    pub fn with_snapshot_dir(mut self, dir: impl Into<PathBuf>) -> Toolchains {
        self.snapshot_dir = dir.into();
        self
    }

    /// Where `./dev setup` installs toolchains: `$OA_TOOLCHAINS`, else
    /// `oa/toolchains` in the user's cache directory (`$XDG_CACHE_HOME`, `~/.cache`).
    pub fn default_dir() -> PathBuf {
        let env = |name| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        if let Some(dir) = env("OA_TOOLCHAINS") {
            return dir;
        }
        let cache = env("XDG_CACHE_HOME")
            .or_else(|| env("HOME").map(|home| home.join(".cache")))
            .unwrap_or_else(std::env::temp_dir);
        cache.join("oa").join("toolchains")
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, id: &str) -> Result<&Language, BuildError> {
        self.languages
            .iter()
            .find(|l| l.id == id)
            .ok_or_else(|| BuildError::UnknownLanguage(id.to_string()))
    }

    /// The language whose main files have this file's extension.
    pub fn detect(&self, file: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.is_main_kind(file))
    }

    fn expand(&self, text: &str) -> String {
        text.replace("{toolchains}", &self.root.to_string_lossy())
    }

    /// The toolchain's version line, or why it cannot be had (not installed).
    pub fn version(&self, language: &Language) -> Result<String, BuildError> {
        let mut versions = self.versions.lock().expect("versions");
        let found = versions.entry(language.id.clone()).or_insert_with(|| {
            let argv: Vec<String> = language.version.iter().map(|a| self.expand(a)).collect();
            match std::process::Command::new(&argv[0]).args(&argv[1..]).output() {
                Ok(out) if out.status.success() => {
                    let text = if out.stdout.is_empty() { out.stderr } else { out.stdout };
                    let line = String::from_utf8_lossy(&text)
                        .lines()
                        .next()
                        .unwrap_or_default()
                        .trim()
                        .to_string();
                    Ok(line)
                }
                Ok(out) => Err(format!(
                    "`{}` failed: {}",
                    argv.join(" "),
                    String::from_utf8_lossy(&out.stderr).trim()
                )),
                Err(err) => Err(format!("`{}`: {err}", argv[0])),
            }
        });
        found.clone().map_err(|detail| BuildError::NotInstalled {
            language: language.display_name(),
            detail,
        })
    }

    fn check_sources(language: &Language, sources: &[Source]) -> Result<(), BuildError> {
        let bad = |why: String| Err(BuildError::BadSources(why));
        if sources.is_empty() {
            return bad("the submission has no files".into());
        }
        if sources.len() > MAX_SOURCE_FILES {
            return bad(format!(
                "the submission has {} files, the limit is {MAX_SOURCE_FILES}",
                sources.len()
            ));
        }
        let total: usize = sources.iter().map(|s| s.bytes.len()).sum();
        if total > MAX_SOURCE_BYTES {
            return bad(format!(
                "the submission is {total} bytes, the limit is {MAX_SOURCE_BYTES}"
            ));
        }
        for source in sources {
            let name = &source.name;
            let plain = !name.is_empty()
                && !name.starts_with('.')
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
            if !plain {
                return bad(format!(
                    "`{name}` is not a plain file name (letters, digits, `_`, `-`, `.`)"
                ));
            }
            if !language.accepts(name) {
                let mut allowed: Vec<_> = language.extensions.iter().chain(&language.extra_extensions).collect();
                allowed.dedup();
                return bad(format!(
                    "`{name}` is not a {} file (expected .{})",
                    language.name,
                    join(&allowed, ", .")
                ));
            }
        }
        if !sources.iter().any(|s| language.is_main_kind(&s.name)) {
            return bad(format!(
                "no .{} file in the submission",
                join(&language.extensions.iter().collect::<Vec<_>>(), " or .")
            ));
        }
        let mut names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        names.sort_unstable();
        if names.windows(2).any(|w| w[0] == w[1]) {
            return bad("two files have the same name".into());
        }
        Ok(())
    }

    /// What identifies a build: the language, its toolchain version, the stamps of
    /// the toolchain directories it uses (oa's C++ support library changes without
    /// clang's version changing), its compile and check steps and what the jail
    /// shows them, and every source.
    fn key(&self, language: &Language, version: &str, sources: &[Source]) -> String {
        let mut hash = Sha256::new();
        for part in [language.id.as_str(), version] {
            hash.update(part.as_bytes());
            hash.update([0]);
        }
        for name in &language.binds {
            let mut stamps: Vec<String> = std::fs::read_dir(self.root.join(name))
                .into_iter()
                .flatten()
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter(|file| file.starts_with(".installed-"))
                .collect();
            stamps.sort();
            hash.update(stamps.join("\u{1}").as_bytes());
            hash.update([0]);
        }
        // A translation's result depends on the translator's version too.
        if language.translates_class_files() {
            hash.update(java::COMPILER_HASH.as_bytes());
            hash.update([0]);
        }
        for step in language.compile.iter().chain(std::iter::once(&language.check)) {
            hash.update(step.join("\u{1}").as_bytes());
            hash.update([0]);
        }
        // What the compile sees besides its steps can change its result too.
        let env = language
            .compile_env
            .iter()
            .map(|(name, value)| format!("{name}={value}"));
        for part in env
            .chain(language.system_binds.iter().cloned())
            .chain(language.devices.iter().cloned())
        {
            hash.update(part.as_bytes());
            hash.update([1]);
        }
        // A dialect's rewrites decide whether a compile succeeds: new rules must
        // not meet the failures the old ones left in the cache.
        if let Some(dialect) = &language.dialect {
            hash.update(format!("{dialect}:{}", dialect::RULES_VERSION).as_bytes());
            hash.update([0]);
        }
        let mut sorted: Vec<&Source> = sources.iter().collect();
        sorted.sort_by(|a, b| a.name.cmp(&b.name));
        for source in sorted {
            hash.update(source.name.as_bytes());
            hash.update((source.bytes.len() as u64).to_le_bytes());
            hash.update(&source.bytes);
        }
        cache::hex(&hash.finalize())
    }

    /// Builds a submission: compiles it in the jail (or stores the script for the
    /// interpreter), from the cache when this exact build was done before.
    pub fn build(&self, sandbox: &Sandbox, language: &Language, sources: &[Source]) -> Result<Executable, BuildError> {
        Self::check_sources(language, sources)?;
        let mut sources = with_prelude(language, sources)?;
        if language.translates_class_files() {
            sources = crate::jvm::named_after_public_class(&sources);
        }
        let sources = &sources;
        let version = self.version(language)?;
        let dir = self.builds.join(self.key(language, &version, sources));
        let host = |err: std::io::Error| BuildError::Host(format!("{}: {err}", dir.display()));
        std::fs::create_dir_all(&self.builds).map_err(host)?;
        let fresh = !dir.exists();
        if !fresh {
            crate::cache_budget::touch(&dir);
        }
        // A build that failed once (compile or syntax check) fails the same way again.
        if let Ok(message) = std::fs::read_to_string(dir.join(FAILURE_FILE)) {
            return Err(BuildError::Compile(message));
        }
        let result = self.build_in(sandbox, language, sources, &dir);
        if fresh {
            let size = crate::cache_budget::size_of_path(&dir);
            self.budget.wrote(&self.builds, size);
        }
        result
    }

    fn build_in(
        &self,
        sandbox: &Sandbox,
        language: &Language,
        sources: &[Source],
        dir: &Path,
    ) -> Result<Executable, BuildError> {
        let host = |err: std::io::Error| BuildError::Host(format!("{}: {err}", dir.display()));
        let main = main_file(language, sources);

        let args = if language.args.is_empty() {
            vec!["main".to_string()]
        } else {
            language.args.iter().map(|a| a.replace("{main}", &main)).collect()
        };
        let (program, dirs) = match &language.interpreter {
            Some(interpreter) => {
                let src = dir.join("src");
                if !src.is_dir() {
                    let staging = tempfile::tempdir_in(&self.builds).map_err(host)?;
                    write_sources(staging.path(), sources).map_err(host)?;
                    std::fs::create_dir_all(dir).map_err(host)?;
                    // Another build of the same sources may win the race; theirs is identical.
                    if std::fs::rename(staging.path(), &src).is_ok() {
                        std::mem::forget(staging);
                    }
                }
                let mut dirs: Vec<ReadOnlyDir> = language
                    .dirs
                    .iter()
                    .map(|(host, guest)| ReadOnlyDir {
                        host: PathBuf::from(self.expand(host)),
                        guest: guest.clone(),
                    })
                    .collect();
                dirs.push(ReadOnlyDir {
                    host: src,
                    guest: SOURCE_DIR.into(),
                });
                let mut program = self.interpreter(sandbox, language, interpreter)?;
                self.check(sandbox, language, &program, &dirs, &main, dir)?;
                if let Some(spec) = language.snapshot.as_ref().filter(|spec| spec.main == main) {
                    // Without a snapshot the run is the same, only slower.
                    match self.snapshot(sandbox, language, spec, interpreter, &program, &args, &dirs) {
                        Ok(snapshot) => program = snapshot,
                        Err(err) => tracing::warn!("{}: no snapshot, runs start cold: {err}", language.name),
                    }
                }
                (program, dirs)
            }
            None => (self.compile(sandbox, language, sources, &main, dir)?, Vec::new()),
        };
        Ok(Executable {
            language: language.id.clone(),
            program,
            args,
            dirs,
            env: language.env.clone(),
            time_multiplier: language.time_multiplier,
        })
    }

    /// Runs the language's syntax check, once per build: a script that does not
    /// parse is a compile error, as in a compiled language.
    fn check(
        &self,
        sandbox: &Sandbox,
        language: &Language,
        program: &Program,
        dirs: &[ReadOnlyDir],
        main: &str,
        dir: &Path,
    ) -> Result<(), BuildError> {
        if language.check.is_empty() {
            return Ok(());
        }
        let host = |err: std::io::Error| BuildError::Host(format!("{}: {err}", dir.display()));
        let (passed, failure) = (dir.join("checked"), dir.join(FAILURE_FILE));
        if passed.exists() {
            return Ok(());
        }
        let args: Vec<String> = language.check.iter().map(|a| a.replace("{main}", main)).collect();
        let mut request = RunRequest::new(program.clone())
            .args(args)
            .limits(Limits::from_time_limit(
                CHECK_SECONDS,
                crate::limits::DEFAULT_MEMORY_BYTES,
                1 << 20,
            ));
        request.dirs = dirs.to_vec();
        request.env = language.env.clone();
        let outcome = sandbox
            .run_blocking(request)
            .map_err(|err| BuildError::Host(err.to_string()))?;
        if outcome.verdict == crate::Verdict::Ok {
            return persist(b"", &passed, &self.builds).map_err(host);
        }
        let said = String::from_utf8_lossy(&outcome.stderr).replace(&format!("{SOURCE_DIR}/"), "");
        let message = match said.trim() {
            "" => format!("the syntax check failed: {} {}", outcome.verdict, outcome.message),
            text => text.to_string(),
        };
        persist(message.as_bytes(), &failure, &self.builds).map_err(host)?;
        Err(BuildError::Compile(message))
    }

    fn interpreter(&self, sandbox: &Sandbox, language: &Language, path: &str) -> Result<Program, BuildError> {
        let path = PathBuf::from(self.expand(path));
        if let Some(program) = self.interpreters.lock().expect("interpreters").get(&path) {
            return Ok(program.clone());
        }
        let bytes = self.interpreter_bytes(language, &path)?;
        let program = sandbox
            .load_runtime(&bytes)
            .map_err(|err| BuildError::Host(format!("the {} interpreter {}: {err}", language.name, path.display())))?;
        self.interpreters
            .lock()
            .expect("interpreters")
            .insert(path, program.clone());
        Ok(program)
    }

    /// The interpreter module as runs use it: for a language with snapshots,
    /// with the ways in that taking one needs (`_start` is unchanged).
    fn interpreter_bytes(&self, language: &Language, path: &Path) -> Result<Vec<u8>, BuildError> {
        let bytes = std::fs::read(path).map_err(|err| BuildError::NotInstalled {
            language: language.display_name(),
            detail: format!("{}: {err}", path.display()),
        })?;
        match &language.snapshot {
            Some(spec) => crate::snapshot::instrument(&bytes, &spec.resume).map_err(|err| {
                BuildError::Host(format!("the {} interpreter {}: {err}", language.name, path.display()))
            }),
            None => Ok(bytes),
        }
    }

    /// The snapshot of `cold` initialised for runs with these arguments and
    /// directories: from memory, else from disk, else taken now (once per
    /// toolchain version and main file name) and kept.
    #[allow(clippy::too_many_arguments)]
    fn snapshot(
        &self,
        sandbox: &Sandbox,
        language: &Language,
        spec: &crate::language::SnapshotSpec,
        interpreter: &str,
        cold: &Program,
        args: &[String],
        dirs: &[ReadOnlyDir],
    ) -> Result<Program, String> {
        let guests: Vec<&str> = dirs.iter().map(|dir| dir.guest.as_str()).collect();
        let mut hash = Sha256::new();
        let env = language.env.iter().map(|(name, value)| format!("{name}={value}"));
        for part in [
            SNAPSHOT_FORMAT.to_string(),
            crate::ENGINE_VERSION.into(),
            cold.hash_hex(),
            spec.resume.clone(),
        ]
        .into_iter()
        .chain(args.iter().cloned())
        .chain(std::iter::once(String::new()))
        .chain(env)
        .chain(std::iter::once(String::new()))
        .chain(guests.iter().map(|guest| guest.to_string()))
        {
            hash.update(part.as_bytes());
            hash.update([0]);
        }
        let mut snapshots = self.snapshots.lock().expect("snapshots");
        let key = cache::hex(&hash.clone().finalize());
        if let Some(program) = snapshots.get(&key) {
            return Ok(program.clone());
        }
        // On disk, a snapshot also depends on what the start-up read: the
        // toolchain's version and its files (names and sizes, not where they are,
        // so a copy of the toolchains finds the same snapshot).
        hash.update(self.version(language).map_err(|err| err.to_string())?.as_bytes());
        for dir in dirs.iter().filter(|dir| dir.guest != SOURCE_DIR) {
            hash.update([1]);
            fingerprint(&mut hash, &dir.host, Path::new(""));
        }
        let file_key = cache::hex(&hash.finalize());
        // The setup of the runs to come; the submission's directory is replaced by
        // an empty one, since the start-up does not read the script.
        let empty = tempfile::tempdir().map_err(|err| err.to_string())?;
        let mut setup = RunRequest::new(cold.clone())
            .args(args.to_vec())
            .limits(Limits::from_time_limit(
                CHECK_SECONDS,
                crate::limits::DEFAULT_MEMORY_BYTES,
                1 << 20,
            ));
        setup.dirs = dirs
            .iter()
            .map(|dir| ReadOnlyDir {
                host: if dir.guest == SOURCE_DIR {
                    empty.path().to_path_buf()
                } else {
                    dir.host.clone()
                },
                guest: dir.guest.clone(),
            })
            .collect();
        setup.env = language.env.clone();
        let file = self.snapshot_dir.join(format!("{file_key}.wasm"));
        let take = || -> Result<Vec<u8>, String> {
            let path = PathBuf::from(self.expand(interpreter));
            let instrumented = self.interpreter_bytes(language, &path).map_err(|err| err.to_string())?;
            let bytes = sandbox.snapshot(&instrumented, setup.clone())?;
            std::fs::create_dir_all(&self.snapshot_dir).map_err(|err| err.to_string())?;
            persist(&bytes, &file, &self.snapshot_dir).map_err(|err| err.to_string())?;
            Ok(bytes)
        };
        let program = match std::fs::read(&file) {
            // A kept snapshot that cannot be loaded (damaged on disk) is taken again.
            Ok(bytes) => match sandbox.load_snapshot(&bytes, &setup) {
                Ok(program) => program,
                Err(err) => {
                    tracing::warn!(file = %file.display(), "unusable snapshot, taking it again: {err}");
                    sandbox.load_snapshot(&take()?, &setup).map_err(|err| err.to_string())?
                }
            },
            Err(_) => sandbox.load_snapshot(&take()?, &setup).map_err(|err| err.to_string())?,
        };
        snapshots.insert(key, program.clone());
        Ok(program)
    }

    fn compile(
        &self,
        sandbox: &Sandbox,
        language: &Language,
        sources: &[Source],
        main: &str,
        dir: &Path,
    ) -> Result<Program, BuildError> {
        let host = |err: std::io::Error| BuildError::Host(format!("{}: {err}", dir.display()));
        let module = dir.join("main.wasm");
        let failure = dir.join(FAILURE_FILE);
        if !module.is_file() {
            let scratch = tempfile::tempdir_in(&self.builds).map_err(host)?;
            write_sources(scratch.path(), sources).map_err(host)?;
            let result = match self.run_steps(language, sources, main, scratch.path()) {
                Err(BuildError::Compile(message)) if language.dialect.as_deref() == Some("g++") => {
                    self.compile_as_gxx(language, sources, main, scratch.path(), message)
                }
                Ok(()) if language.translates_class_files() => crate::jvm::translate(
                    scratch.path(),
                    &self.root.join("java"),
                    language.module.as_deref().unwrap_or("main.wasm"),
                )
                .map_err(BuildError::Compile),
                other => other,
            };
            std::fs::create_dir_all(dir).map_err(host)?;
            match result {
                Ok(()) => {
                    let built = scratch.path().join(language.module.as_deref().unwrap_or("main.wasm"));
                    // A module the sandbox would refuse is not kept: its failure is, in a few bytes.
                    let size = std::fs::metadata(&built).map_err(host)?.len();
                    let limit = sandbox.config().max_module_bytes as u64;
                    if size > limit {
                        let message = format!(
                            "the compiled program is {} MiB, above the {} MiB limit: large arrays with a fixed \
                             size or initial values are part of the program; allocate them when the program runs \
                             (a std::vector, malloc) instead",
                            size >> 20,
                            limit >> 20
                        );
                        persist(message.as_bytes(), &failure, &self.builds).map_err(host)?;
                        return Err(BuildError::Compile(message));
                    }
                    persist(&std::fs::read(&built).map_err(host)?, &module, &self.builds).map_err(host)?;
                }
                Err(BuildError::Compile(message)) => {
                    persist(message.as_bytes(), &failure, &self.builds).map_err(host)?;
                    return Err(BuildError::Compile(message));
                }
                Err(other) => return Err(other),
            }
        }
        let bytes = std::fs::read(&module).map_err(host)?;
        sandbox
            .load(&bytes)
            .map_err(|err: LoadError| BuildError::Compile(format!("the compiled module is unusable: {err}")))
    }

    /// After a failed compile of code written for g++: rewrites the g++ extensions
    /// the compiler named (see [`crate::dialect`]) and compiles again, a few rounds
    /// at most. If it still fails, the first compile's message stands: it is about
    /// the code as written.
    fn compile_as_gxx(
        &self,
        language: &Language,
        sources: &[Source],
        main: &str,
        scratch: &Path,
        first: String,
    ) -> Result<(), BuildError> {
        const ROUNDS: usize = 3;
        let mut files: Vec<dialect::File> = sources
            .iter()
            .filter_map(|s| {
                let text = String::from_utf8(s.bytes.clone()).ok()?;
                Some(dialect::File {
                    name: s.name.clone(),
                    text,
                })
            })
            .collect();
        let mut message = first.clone();
        for _ in 0..ROUNDS {
            let Some(rewritten) = dialect::rewrite(&message, &files) else {
                break;
            };
            for file in &rewritten {
                std::fs::write(scratch.join(&file.name), &file.text)
                    .map_err(|err| BuildError::Host(err.to_string()))?;
            }
            files = rewritten;
            match self.run_steps(language, sources, main, scratch) {
                Err(BuildError::Compile(again)) => message = again,
                other => return other,
            }
        }
        Err(BuildError::Compile(first))
    }

    fn run_steps(&self, language: &Language, sources: &[Source], main: &str, scratch: &Path) -> Result<(), BuildError> {
        let spec = JailSpec {
            binds: self.binds(language)?,
            env: language.compile_env.clone(),
            devices: language.devices.clone(),
            limits: language.jail.clone(),
        };
        let compiled: Vec<String> = sources
            .iter()
            .filter(|s| language.is_main_kind(&s.name))
            .map(|s| s.name.clone())
            .collect();
        for step in &language.compile {
            let argv: Vec<String> = step
                .iter()
                .flat_map(|arg| match arg.as_str() {
                    "{sources}" => compiled.clone(),
                    "{./sources}" => compiled.iter().map(|name| format!("./{name}")).collect(),
                    other => vec![other.replace("{main}", main)],
                })
                .collect();
            let run = jail::run(&spec, scratch, &argv).map_err(|err| BuildError::Host(err.to_string()))?;
            if !run.success() {
                return Err(BuildError::Compile(compile_message(language, &run)));
            }
        }
        Ok(())
    }

    /// The toolchain directories the language's compile needs, each at
    /// /toolchains/<name>, and the system directories it names, at their own path.
    fn binds(&self, language: &Language) -> Result<Vec<Bind>, BuildError> {
        let toolchains = language.binds.iter().map(|name| Bind {
            host: self.root.join(name),
            guest: format!("/toolchains/{name}"),
        });
        let system = language.system_binds.iter().map(|path| Bind {
            host: PathBuf::from(path),
            guest: path.clone(),
        });
        let binds: Vec<Bind> = toolchains.chain(system).collect();
        for bind in &binds {
            if !bind.host.exists() {
                return Err(BuildError::NotInstalled {
                    language: language.display_name(),
                    detail: format!("{} is missing", bind.host.display()),
                });
            }
        }
        Ok(binds)
    }
}

/// The compiler's words, with the jail's paths made readable, and the limit hit, if one was.
fn compile_message(language: &Language, run: &JailRun) -> String {
    let text = String::from_utf8_lossy(&run.output).replace(&format!("{}/", jail::BUILD_DIR), "");
    let limits = &language.jail;
    let why = if run.timed_out {
        format!("compilation stopped: it took longer than {} s", limits.wall_seconds)
    } else if run.flooded {
        format!(
            "compilation stopped: the compiler wrote far more than {} KiB of messages",
            limits.output_kib
        )
    } else if run.status.is_none() {
        format!(
            "compilation stopped: the compiler was killed for exceeding the compile limits ({} s of CPU, {} MiB of memory)",
            limits.cpu_seconds, limits.memory_mib
        )
    } else {
        String::new()
    };
    let text = text.trim_end();
    match (text.trim_start().is_empty(), why.is_empty()) {
        (true, false) => why,
        (false, false) => format!("{text}\n{why}"),
        (true, true) => format!("compilation failed with status {}", run.status.unwrap_or(-1)),
        (false, true) => text.to_string(),
    }
}

/// The file an interpreter runs, or a single-file compiler compiles: `main.<ext>`
/// if there is one, else the first file of a main kind.
fn main_file(language: &Language, sources: &[Source]) -> String {
    let mains = || sources.iter().filter(|s| language.is_main_kind(&s.name));
    mains()
        .find(|s| s.name.rsplit_once('.').is_some_and(|(stem, _)| stem == "main"))
        .or_else(|| mains().next())
        .expect("checked: a main-kind file exists")
        .name
        .clone()
}

fn write_sources(dir: &Path, sources: &[Source]) -> std::io::Result<()> {
    for source in sources {
        std::fs::write(dir.join(&source.name), &source.bytes)?;
    }
    Ok(())
}

/// The submission's sources and the language's prelude, if it has one.
fn with_prelude(language: &Language, sources: &[Source]) -> Result<Vec<Source>, BuildError> {
    let mut all = sources.to_vec();
    if let Some(name) = &language.prelude {
        if sources.iter().any(|source| &source.name == name) {
            return Err(BuildError::BadSources(format!(
                "`{name}` is the name of a file oa adds to every {} program; rename yours",
                language.name
            )));
        }
        let text = language::prelude(name).unwrap_or_default();
        all.push(Source {
            name: name.clone(),
            bytes: text.as_bytes().to_vec(),
        });
    }
    Ok(all)
}

/// Adds the names, kinds and sizes of everything under `dir` to `hash`, in name order.
fn fingerprint(hash: &mut Sha256, dir: &Path, relative: &Path) {
    let mut entries: Vec<_> = std::fs::read_dir(dir.join(relative))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = relative.join(entry.file_name());
        hash.update(path.to_string_lossy().as_bytes());
        match entry.metadata() {
            Ok(meta) if meta.is_dir() => {
                hash.update(b"/\0");
                fingerprint(hash, dir, &path);
            }
            Ok(meta) => {
                hash.update(meta.len().to_le_bytes());
                hash.update([0]);
            }
            Err(_) => hash.update(b"?\0"),
        }
    }
}

/// Writes a file atomically (temporary file in `scratch`, then rename).
fn persist(bytes: &[u8], path: &Path, scratch: &Path) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = tempfile::NamedTempFile::new_in(scratch)?;
    file.write_all(bytes)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn join(items: &[&String], separator: &str) -> String {
    items.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, text: &str) -> Source {
        Source::text(name, text)
    }

    #[test]
    fn build_keys_follow_sources_and_toolchain_stamps_not_file_order() {
        let root = tempfile::tempdir().unwrap();
        let toolchains = Toolchains::new(root.path(), root.path());
        let cpp = toolchains.language("cpp").unwrap();
        std::fs::create_dir(root.path().join("cpp")).unwrap();
        std::fs::write(root.path().join("cpp/.installed-1"), "").unwrap();
        let (a, b) = (source("a.cpp", "int f();"), source("main.cpp", "int main(){}"));
        let key = toolchains.key(cpp, "clang 19", &[a.clone(), b.clone()]);
        assert_eq!(key, toolchains.key(cpp, "clang 19", &[b.clone(), a.clone()]));
        assert_ne!(key, toolchains.key(cpp, "clang 20", &[a.clone(), b.clone()]));
        assert_ne!(
            key,
            toolchains.key(cpp, "clang 19", &[a.clone(), source("main.cpp", "int main(){ }")])
        );
        std::fs::rename(
            root.path().join("cpp/.installed-1"),
            root.path().join("cpp/.installed-2"),
        )
        .unwrap();
        assert_ne!(
            key,
            toolchains.key(cpp, "clang 19", &[a, b]),
            "a rebuilt support library must not reuse builds"
        );
    }

    #[test]
    fn submissions_with_odd_files_are_refused_before_compiling() {
        let root = tempfile::tempdir().unwrap();
        let toolchains = Toolchains::new(root.path(), root.path());
        let cpp = toolchains.language("cpp").unwrap();
        let refused = |sources: &[Source]| match Toolchains::check_sources(cpp, sources) {
            Err(BuildError::BadSources(why)) => why,
            other => panic!("accepted: {other:?}"),
        };
        assert!(refused(&[]).contains("no files"));
        assert!(refused(&[source("../main.cpp", "")]).contains("plain file name"));
        assert!(refused(&[source("main.py", "")]).contains("not a C++ file"));
        assert!(refused(&[source("util.h", "")]).contains("no .cpp"));
        assert!(refused(&[source("main.cpp", ""), source("main.cpp", "")]).contains("same name"));
        let huge = source("main.cpp", &"x".repeat(MAX_SOURCE_BYTES + 1));
        assert!(refused(&[huge]).contains("limit"));
    }
}
