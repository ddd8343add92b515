//! Judging for the service: a submission held in memory (one source file and a
//! language id) built and judged with [`Judge`] against a problem version.
//! Everything here blocks (compilers, the sandbox's `run_blocking`): callers on
//! an async runtime go through `tokio::task::spawn_blocking`.

use crate::judge::{self, Judge, Options, Prepared, Report};
use crate::problem::Problem;
use crate::workbench::Workbench;
use anyhow::anyhow;
use sandbox::{Executable, Limits, Source};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Longest stdout or stderr returned by a custom run.
const OUTPUT_SHOWN: usize = 64 << 10;

pub struct Judging {
    pub bench: Workbench,
    /// Prepared problems (tests on disk, checker built) by version hash; the
    /// second map holds the samples-only preparations that `run` uses.
    prepared: Mutex<HashMap<String, Arc<Prepared>>>,
    samples: Mutex<HashMap<String, Arc<Prepared>>>,
}

/// What a run on custom input shows: its own output, with no answer to check.
#[derive(Debug, serde::Serialize)]
pub struct CustomRun {
    /// `OK`, `TLE`, `MLE`, `RTE`, `OLE`, or `CE` (then `message` is the compiler's).
    pub verdict: String,
    pub exit_code: Option<i32>,
    pub time_seconds: f64,
    pub memory_bytes: u64,
    pub stdout: String,
    pub stderr: String,
    pub message: String,
    /// Processor time the run took, for the service's accounting; not shown.
    #[serde(skip_serializing)]
    pub cpu_ms: f64,
}

impl Judging {
    /// The sandbox and toolchains, with compiled modules, builds and generated
    /// tests kept under `cache`.
    pub fn new(cache: PathBuf) -> anyhow::Result<Judging> {
        Ok(Judging {
            bench: Workbench::new(cache)?,
            prepared: Mutex::default(),
            samples: Mutex::default(),
        })
    }

    /// Every language id oa knows.
    pub fn languages(&self) -> Vec<String> {
        self.bench.toolchains.languages().iter().map(|l| l.id.clone()).collect()
    }

    /// The time multiplier `language` gets on `problem`: the problem's own for
    /// it, else the language's; None for a language oa does not know.
    pub fn time_multiplier(&self, problem: &Problem, language: &str) -> Option<f64> {
        if let Some(multiplier) = problem.limits.multipliers.get(language) {
            return Some(*multiplier);
        }
        let language = self.bench.toolchains.language(language).ok()?;
        Some(language.time_multiplier)
    }

    fn judge_with(&self) -> Judge<'_> {
        self.bench.judge()
    }

    /// Builds a one-file submission. Outer error: the host's (unknown language,
    /// toolchain missing); inner: the program's compile error.
    pub fn build(&self, language: &str, source: &str) -> anyhow::Result<Result<Executable, String>> {
        let lang = self
            .bench
            .toolchains
            .language(language)
            .map_err(|err| anyhow!("{err}; see `oa languages`"))?;
        let extension = lang.extensions.first().map(String::as_str).unwrap_or("txt");
        let sources = [Source {
            name: format!("main.{extension}"),
            bytes: source.as_bytes().to_vec(),
        }];
        match self.bench.toolchains.build(&self.bench.sandbox, lang, &sources) {
            Ok(executable) => Ok(Ok(executable)),
            Err(err) if err.is_compile_error() => Ok(Err(err.to_string())),
            Err(err) => Err(err.into()),
        }
    }

    fn prepared(&self, hash: &str, problem: &Problem, samples_only: bool) -> anyhow::Result<Arc<Prepared>> {
        let cache = if samples_only { &self.samples } else { &self.prepared };
        if let Some(prepared) = cache.lock().expect("prepared").get(hash) {
            return Ok(prepared.clone());
        }
        let mut problem = problem.clone();
        if samples_only {
            problem.tests.retain(crate::problem::Test::is_sample);
        }
        let prepared = Arc::new(self.judge_with().prepare(&problem)?);
        cache
            .lock()
            .expect("prepared")
            .insert(hash.to_string(), prepared.clone());
        Ok(prepared)
    }

    /// Judges the submission on every test of the version `hash` of `problem`,
    /// telling `options.progress` of each finished test and stopping between
    /// tests once `options.cancel` is set.
    pub fn judge(
        &self,
        hash: &str,
        problem: &Problem,
        language: &str,
        source: &str,
        options: &Options,
    ) -> anyhow::Result<Report> {
        match self.build(language, source)? {
            Ok(executable) => {
                let prepared = self.prepared(hash, problem, false)?;
                self.judge_with().judge(&prepared, &executable, options)
            }
            Err(message) => Ok(judge::compile_error(problem, language, message)),
        }
    }

    /// Judges the code on the problem's sample tests only, every one of them.
    pub fn run_samples(&self, hash: &str, problem: &Problem, language: &str, source: &str) -> anyhow::Result<Report> {
        match self.build(language, source)? {
            Ok(executable) => {
                let prepared = self.prepared(hash, problem, true)?;
                self.judge_with().judge(
                    &prepared,
                    &executable,
                    &Options {
                        run_all: true,
                        ..Options::default()
                    },
                )
            }
            Err(message) => Ok(judge::compile_error(problem, language, message)),
        }
    }

    /// Runs the code once on `input` under the problem's limits. On an SQL
    /// problem, `input` is data (INSERTs) run after the problem's schema. On an
    /// interactive problem, `input` is the interactor's (what a test's input
    /// file holds): the code talks to the interactor, which decides the
    /// verdict (`AC`, `WA`, ...) as on a test, and `stdout` is what the code
    /// said to it.
    pub fn run_input(
        &self,
        hash: &str,
        problem: &Problem,
        language: &str,
        source: &str,
        input: Vec<u8>,
    ) -> anyhow::Result<CustomRun> {
        let mut executable = match self.build(language, source)? {
            Ok(executable) => executable,
            Err(message) => {
                return Ok(CustomRun {
                    verdict: "CE".into(),
                    exit_code: None,
                    time_seconds: 0.0,
                    memory_bytes: 0,
                    stdout: String::new(),
                    stderr: String::new(),
                    message,
                    cpu_ms: 0.0,
                })
            }
        };
        if let Some(why) = problem.refuses_language(&executable.language) {
            return Ok(CustomRun {
                verdict: "CE".into(),
                exit_code: None,
                time_seconds: 0.0,
                memory_bytes: 0,
                stdout: String::new(),
                stderr: String::new(),
                message: why,
                cpu_ms: 0.0,
            });
        }
        if let Some(multiplier) = problem.limits.multipliers.get(&executable.language) {
            executable.time_multiplier = *multiplier;
        }
        if problem.interactor.is_some() {
            return self.interact_on(hash, problem, &executable, &input);
        }
        // A query runs on the problem's tables filled with the candidate's data.
        let input = match problem.schema() {
            Some(schema) => judge::database_script(&std::fs::read(schema)?, &input),
            None => input,
        };
        let limits = Limits::from_time_limit(
            problem.limits.time_seconds,
            problem.limits.memory_mib << 20,
            problem.limits.output_mib << 20,
        );
        let outcome = self.bench.sandbox.run_blocking(executable.request(input, &limits))?;
        let shown = |bytes: &[u8]| String::from_utf8_lossy(&bytes[..bytes.len().min(OUTPUT_SHOWN)]).into_owned();
        Ok(CustomRun {
            verdict: outcome.verdict.to_string(),
            exit_code: outcome.exit_code,
            time_seconds: outcome.instructions as f64
                / sandbox::limits::INSTRUCTIONS_PER_SECOND as f64
                / executable.time_multiplier,
            memory_bytes: outcome.memory_bytes,
            stdout: shown(&outcome.stdout),
            stderr: shown(&outcome.stderr),
            message: outcome.message.clone(),
            cpu_ms: outcome.cpu.as_secs_f64() * 1e3,
        })
    }

    /// Judges the code against the interactor on a test whose input is `input`.
    fn interact_on(
        &self,
        hash: &str,
        problem: &Problem,
        executable: &Executable,
        input: &[u8],
    ) -> anyhow::Result<CustomRun> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("custom.in");
        std::fs::write(&path, input)?;
        let prepared = self.prepared(hash, problem, true)?.with_only_test("custom", path);
        let options = Options {
            run_all: true,
            ..Options::default()
        };
        let report = self.judge_with().judge(&prepared, executable, &options)?;
        let shown = |text: &str| {
            let mut end = text.len().min(OUTPUT_SHOWN);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text[..end].to_string()
        };
        let Some(test) = report.tests.first() else {
            // Refused before running (a language the problem does not take).
            return Ok(CustomRun {
                verdict: report.verdict.as_str().into(),
                exit_code: None,
                time_seconds: 0.0,
                memory_bytes: 0,
                stdout: String::new(),
                stderr: String::new(),
                message: report.message,
                cpu_ms: 0.0,
            });
        };
        Ok(CustomRun {
            verdict: test.verdict.as_str().into(),
            exit_code: None,
            time_seconds: test.instructions as f64
                / sandbox::limits::INSTRUCTIONS_PER_SECOND as f64
                / report.time_multiplier,
            memory_bytes: test.memory_bytes,
            stdout: shown(
                report
                    .sample_outputs
                    .first()
                    .cloned()
                    .flatten()
                    .as_deref()
                    .unwrap_or_default(),
            ),
            stderr: String::new(),
            message: test.message.clone(),
            cpu_ms: test.cpu_ms,
        })
    }
}
