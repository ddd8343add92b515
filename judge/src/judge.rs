//! Judging a submission against a problem: build it once, run the tests in
//! parallel on the sandbox's workers, check each output (or let the interactor
//! talk to it), and sum up with the rules in `grading`. Generated tests are made
//! once and kept in the cache.

use crate::compare::Compare;
use crate::desk::Desk;
use crate::grading::{self, GroupScore, TestResult, Verdict};
use crate::problem::{Checker, Expected, Problem, ProgramRef, Protocol, Test, TestSource, Tool, SAMPLE_GROUP};
use anyhow::{anyhow, bail, Context};
use sandbox::{Executable, Limits, Outcome, Sandbox, Toolchains};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::sync::Mutex;

/// Limits of the problem's own programs (generator, checker, reference solution
/// on generated tests): generous, since they are trusted to finish, but bounded.
pub const TOOL_TIME_SECONDS: f64 = 60.0;
pub const TOOL_MEMORY_BYTES: u64 = 2 << 30;
pub const TOOL_OUTPUT_BYTES: u64 = 256 << 20;
/// Longest message kept per test.
const MESSAGE_LIMIT: usize = 500;
/// Longest output kept of a sample test.
const SAMPLE_OUTPUT_LIMIT: usize = 64 << 10;

pub struct Judge<'a> {
    pub sandbox: &'a Sandbox,
    pub toolchains: &'a Toolchains,
    /// Where generated tests are kept.
    pub cache: PathBuf,
}

/// A test ready to run: its input and answer are files.
#[derive(Clone, Debug)]
pub struct ReadyTest {
    pub name: String,
    pub group: String,
    pub input: PathBuf,
    pub answer: PathBuf,
    /// Extra arguments for the checker or interactor.
    pub checker_args: Vec<String>,
    /// Extra arguments for the input validators.
    pub validator_args: Vec<String>,
    /// The built-in comparison for this test, where its flags change the problem's.
    compare: Option<Compare>,
}

/// A problem with its tests on disk and its checker or interactor built.
#[derive(Clone)]
pub struct Prepared {
    pub problem: Problem,
    pub tests: Vec<ReadyTest>,
    /// The time limit in seconds: the package's, or derived from its accepted
    /// solutions when it gives none.
    pub time_seconds: f64,
    checker: Option<Executable>,
    interactor: Option<Executable>,
}

/// What generated tests are made with.
struct Generation {
    generator: Executable,
    /// Answers the generated inputs; none for an interactive problem, whose
    /// answer file is the input itself (the interactor finds all it needs there).
    reference: Option<Executable>,
    /// The cache key's part common to all the problem's generated tests.
    key: Sha256,
}

/// Where a test's result lands, with what it printed if it is a sample.
type Slot = Mutex<Option<(TestResult, Option<String>)>>;

/// What an SQL problem's tests are answered with.
struct Querying {
    reference: Executable,
    /// The reference query's file, for messages.
    path: PathBuf,
    schema: Vec<u8>,
    /// The cache key's part common to all the problem's tests.
    key: Sha256,
}

/// The exit status of oa's SQL runner when the database script (schema and
/// data) fails: the problem's fault, never the query's.
pub const SQL_SCRIPT_FAILED: i32 = 2;

/// What an SQL run reads on stdin: the schema, then a test's data (or a
/// candidate's own). The `;` between ends a statement the schema left open.
pub fn database_script(schema: &[u8], data: &[u8]) -> Vec<u8> {
    let mut script = Vec::with_capacity(schema.len() + data.len() + 3);
    script.extend_from_slice(schema);
    script.extend_from_slice(b"\n;\n");
    script.extend_from_slice(data);
    script
}

/// Told of each finished test: its result, how many tests have finished, and how many there are.
pub type Progress = Arc<dyn Fn(&TestResult, usize, usize) + Send + Sync>;

#[derive(Default, Clone)]
pub struct Options {
    /// Run every test, even in groups whose points are already lost.
    pub run_all: bool,
    /// Called as each test finishes (from the judging threads), for live progress.
    pub progress: Option<Progress>,
    /// Set to stop judging between tests (a worker that lost its job's lease):
    /// `judge` then returns an error and no report.
    pub cancel: Option<Arc<AtomicBool>>,
    /// The most processor time the submission's runs may take over all its
    /// tests: once spent, the tests not yet started are TLE without running.
    /// Only code far slower per instruction than its budget reaches it (each
    /// test's own backstop is 30 × its limit), and it keeps such code from
    /// holding a worker for tests × 30 × the limit.
    pub max_processor_time: Option<std::time::Duration>,
}

/// The judgement of one submission.
#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub problem: String,
    pub language: String,
    pub verdict: Verdict,
    pub score: f64,
    pub max_score: f64,
    /// The compiler's message for CE, else empty.
    pub message: String,
    pub tests: Vec<TestResult>,
    /// Each group's score (none for CE or a pass/fail problem).
    #[serde(skip)]
    pub groups: Vec<GroupScore>,
    /// The language's time multiplier on this problem.
    #[serde(skip)]
    pub time_multiplier: f64,
    /// What the submission wrote on each sample test (`None` for other tests):
    /// candidates see their own output beside the expected one.
    #[serde(skip)]
    pub sample_outputs: Vec<Option<String>>,
}

impl Prepared {
    /// The problem with one test only, `name` on the input file `input`, as a
    /// sample: what a run on custom input of an interactive problem judges.
    /// Its answer file is the input too (an interactor finds all it needs there).
    pub fn with_only_test(&self, name: &str, input: PathBuf) -> Prepared {
        let mut prepared = self.clone();
        prepared.tests = vec![ReadyTest {
            name: name.to_string(),
            group: crate::problem::SAMPLE_GROUP.to_string(),
            answer: input.clone(),
            input,
            checker_args: Vec::new(),
            validator_args: Vec::new(),
            compare: None,
        }];
        prepared
    }

    /// The points `test` is worth at full score.
    pub(crate) fn worth(&self, test: &ReadyTest) -> f64 {
        let in_group = self.tests.iter().filter(|other| other.group == test.group).count();
        grading::test_worth(&self.problem.groups, &test.group, in_group)
    }
}

impl Report {
    /// The longest a test ran, in seconds of time limit: instructions at the
    /// sandbox's rate, divided by the language's multiplier.
    pub fn max_seconds(&self) -> f64 {
        let most = self.tests.iter().map(|test| test.instructions).max().unwrap_or(0);
        most as f64 / sandbox::limits::INSTRUCTIONS_PER_SECOND as f64 / self.time_multiplier
    }
}

impl<'a> Judge<'a> {
    /// Builds a program of the package or a submission: a file, several, or a folder.
    pub fn build(&self, paths: &[PathBuf], lang: Option<&str>) -> anyhow::Result<Result<Executable, String>> {
        let built = crate::sources::build(self.sandbox, self.toolchains, paths, lang)?;
        Ok(built.map_err(|err| err.to_string()))
    }

    fn build_tool(&self, what: &str, program: &ProgramRef) -> anyhow::Result<Executable> {
        self.build(std::slice::from_ref(&program.path), None)?
            .map_err(|message| anyhow!("the {what} {} does not compile:\n{message}", program.path.display()))
    }

    /// Makes every test available as files (running the generator and the
    /// reference solution for generated ones, once), builds the checker or the
    /// interactor, and settles the time limit.
    pub fn prepare(&self, problem: &Problem) -> anyhow::Result<Prepared> {
        let (checker, interactor) = match (&problem.interactor, &problem.checker) {
            (Some(tool), _) => (None, Some(self.build_tool("interactor", &tool.program)?)),
            (None, Checker::Custom(tool)) => (Some(self.build_tool("checker", &tool.program)?), None),
            (None, Checker::Builtin(_)) => (None, None),
        };
        let mut tests = Vec::with_capacity(problem.tests.len());
        let mut generation: Option<Generation> = None;
        let mut querying: Option<Querying> = None;
        for test in &problem.tests {
            let (input, answer) = match &test.source {
                TestSource::Files { input, answer } => (input.clone(), answer.clone()),
                TestSource::Generated { args } => {
                    if generation.is_none() {
                        generation = Some(self.generation(problem)?);
                    }
                    self.generate(problem, test, args, generation.as_ref().expect("just built"))?
                }
                TestSource::Query { data } => {
                    if querying.is_none() {
                        querying = Some(self.querying(problem)?);
                    }
                    self.answer_query(problem, test, data, querying.as_ref().expect("just built"))?
                }
            };
            // An interactive problem's flags are its interactor's, not the comparison's.
            let compare = match (&problem.checker, test.checker_args.is_empty()) {
                (Checker::Builtin(_), false) if problem.interactor.is_none() => {
                    Some(Compare::from_kattis_flags(&test.checker_args).map_err(|err| {
                        anyhow!(
                            "{}: test {}/{}: output validator flags {:?}: {err}",
                            problem.dir.display(),
                            test.group,
                            test.name,
                            test.checker_args
                        )
                    })?)
                }
                _ => None,
            };
            tests.push(ReadyTest {
                name: test.name.clone(),
                group: test.group.clone(),
                input,
                answer,
                checker_args: test.checker_args.clone(),
                validator_args: test.validator_args.clone(),
                compare,
            });
        }
        let mut prepared = Prepared {
            problem: problem.clone(),
            tests,
            time_seconds: problem.limits.time_seconds,
            checker,
            interactor,
        };
        if let Some(multiplier) = problem.limits.time_from_solutions {
            prepared.time_seconds = self.time_from_solutions(&prepared, multiplier)?;
        }
        Ok(prepared)
    }

    /// The time limit of a package that gives none (Kattis legacy without a
    /// `.timelimit`): `multiplier` times the slowest accepted solution's time on
    /// any test, rounded up to whole seconds, as Kattis' own tools set it.
    /// Remembered in the cache, keyed by the solutions' sources and the tests.
    fn time_from_solutions(&self, prepared: &Prepared, multiplier: f64) -> anyhow::Result<f64> {
        let problem = &prepared.problem;
        let accepted: Vec<_> = problem
            .solutions
            .iter()
            .filter(|solution| solution.expected == Expected::Verdict(Verdict::Ac))
            .collect();
        if accepted.is_empty() {
            bail!(
                "{}: the package gives no time limit and has no accepted solution to derive one from: \
                 add a .timelimit file or limits.time_limit to problem.yaml",
                problem.dir.display()
            );
        }
        let mut key = Sha256::new();
        key.update(sandbox::ENGINE_VERSION.as_bytes());
        key.update(multiplier.to_le_bytes());
        for solution in &accepted {
            hash_sources(&mut key, &solution.program)?;
        }
        for test in &prepared.tests {
            for file in [&test.input, &test.answer] {
                key.update(std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?);
                key.update([0]);
            }
        }
        let key: String = key.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
        let remembered = self.cache.join("time-limits").join(key);
        if let Some(seconds) = std::fs::read_to_string(&remembered)
            .ok()
            .and_then(|text| text.trim().parse::<f64>().ok())
        {
            return Ok(seconds);
        }
        let trial = Prepared {
            time_seconds: TOOL_TIME_SECONDS,
            ..prepared.clone()
        };
        let mut slowest: f64 = 0.0;
        for solution in accepted {
            let path = &solution.program.path;
            let executable = self.build_tool("accepted solution", &solution.program)?;
            let report = self.judge(
                &trial,
                &executable,
                &Options {
                    run_all: true,
                    ..Options::default()
                },
            )?;
            if report.verdict != Verdict::Ac {
                bail!(
                    "{}: cannot derive the time limit: the accepted solution {} gets {} ({})",
                    problem.dir.display(),
                    path.display(),
                    report.verdict,
                    report
                        .tests
                        .iter()
                        .find(|t| t.verdict != Verdict::Ac)
                        .map_or("", |t| t.message.as_str())
                );
            }
            slowest = slowest.max(report.max_seconds());
        }
        let seconds = (multiplier * slowest).ceil().max(1.0);
        if let Some(dir) = remembered.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        std::fs::write(&remembered, seconds.to_string())
            .with_context(|| format!("cannot write {}", remembered.display()))?;
        Ok(seconds)
    }

    /// The generator and the reference solution, built, and the part of the
    /// generated tests' cache key they make up.
    fn generation(&self, problem: &Problem) -> anyhow::Result<Generation> {
        let generator = problem
            .generator
            .as_ref()
            .ok_or_else(|| anyhow!("{}: generated tests need a generator/ folder", problem.dir.display()))?;
        let reference_program = match problem.interactor {
            Some(_) => None,
            None => Some(&problem.reference().ok_or_else(|| {
                anyhow!(
                    "{}: generated tests take their answers from an accepted solution: add one under solutions/accepted/",
                    problem.dir.display()
                )
            })?.program),
        };
        let generator_program = generator;
        let generator = self.build_tool("generator", generator_program)?;
        let reference = match reference_program {
            Some(program) => Some(self.build_tool("reference solution", program)?),
            None => None,
        };
        let mut key = Sha256::new();
        for part in [
            sandbox::ENGINE_VERSION.as_bytes(),
            generator.program.hash(),
            reference.as_ref().map_or(&[][..], |reference| reference.program.hash()),
            problem.limits.memory_mib.to_string().as_bytes(),
        ] {
            key.update(part);
            key.update([0]);
        }
        // An interpreted program's module is the interpreter: its sources count too.
        for program in std::iter::once(generator_program).chain(reference_program) {
            hash_sources(&mut key, program)?;
        }
        Ok(Generation {
            generator,
            reference,
            key,
        })
    }

    /// The generated test's files, made unless the cache has them. The key covers
    /// everything the files depend on: both programs' builds and sources, and the arguments.
    fn generate(
        &self,
        problem: &Problem,
        test: &Test,
        args: &[String],
        generation: &Generation,
    ) -> anyhow::Result<(PathBuf, PathBuf)> {
        let Generation {
            generator,
            reference,
            key,
        } = generation;
        let mut key = key.clone();
        for arg in args {
            key.update(arg.as_bytes());
            key.update([1]);
        }
        let key: String = key.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
        let dir = self.cache.join("tests").join(key);
        let (input, answer) = (dir.join("input"), dir.join("answer"));
        if input.is_file() && answer.is_file() {
            return Ok((input, answer));
        }
        let what = format!("{}/{} (generate {:?})", test.group, test.name, args);
        let tool_limits = Limits::from_time_limit(TOOL_TIME_SECONDS, TOOL_MEMORY_BYTES, TOOL_OUTPUT_BYTES);
        let mut request = generator.request(Vec::new(), &tool_limits);
        request.args.extend(args.iter().cloned());
        let made = self.sandbox.run_blocking(request)?;
        if made.verdict != sandbox::Verdict::Ok {
            bail!(
                "{}: the generator failed on test {what}: {} {}\n{}",
                problem.dir.display(),
                made.verdict,
                made.message,
                String::from_utf8_lossy(&made.stderr[..made.stderr.len().min(2000)])
            );
        }
        let solved = match reference {
            None => made.stdout.clone(),
            Some(reference) => {
                let solved = self
                    .sandbox
                    .run_blocking(reference.request(made.stdout.clone(), &tool_limits))?;
                if solved.verdict != sandbox::Verdict::Ok {
                    bail!(
                        "{}: the accepted solution failed on generated test {what}: {} {}",
                        problem.dir.display(),
                        solved.verdict,
                        solved.message
                    );
                }
                solved.stdout
            }
        };
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let staging = tempfile::tempdir_in(&dir)?;
        std::fs::write(staging.path().join("input"), &made.stdout)?;
        std::fs::write(staging.path().join("answer"), &solved)?;
        // Answer first: a present input means a complete pair.
        std::fs::rename(staging.path().join("answer"), &answer)?;
        std::fs::rename(staging.path().join("input"), &input)?;
        Ok((input, answer))
    }

    /// The reference query of an SQL problem, built, with the schema, and the
    /// part of its tests' cache key they make up.
    fn querying(&self, problem: &Problem) -> anyhow::Result<Querying> {
        let schema_path = problem.schema().expect("only SQL problems have query tests");
        let program = &problem
            .reference()
            .ok_or_else(|| {
                anyhow!(
                    "{}: an SQL problem's answers are its accepted query's results: add one under solutions/accepted/",
                    problem.dir.display()
                )
            })?
            .program;
        let reference = self.build_tool("accepted query", program)?;
        let schema = std::fs::read(schema_path).with_context(|| format!("cannot read {}", schema_path.display()))?;
        let mut key = Sha256::new();
        for part in [
            b"sql".as_slice(),
            sandbox::ENGINE_VERSION.as_bytes(),
            reference.program.hash(),
            problem.limits.memory_mib.to_string().as_bytes(),
            &schema,
        ] {
            key.update(part);
            key.update([0]);
        }
        hash_sources(&mut key, program)?;
        Ok(Querying {
            reference,
            path: program.path.clone(),
            schema,
            key,
        })
    }

    /// An SQL test's files: the database script (the schema, then the test's
    /// data) as its input, and the reference query's result on it as its
    /// answer, made unless the cache has them.
    fn answer_query(
        &self,
        problem: &Problem,
        test: &Test,
        data_path: &std::path::Path,
        querying: &Querying,
    ) -> anyhow::Result<(PathBuf, PathBuf)> {
        let data = std::fs::read(data_path).with_context(|| format!("cannot read {}", data_path.display()))?;
        let script = database_script(&querying.schema, &data);
        let mut key = querying.key.clone();
        key.update(&data);
        let key: String = key.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
        let dir = self.cache.join("tests").join(key);
        let (input, answer) = (dir.join("input"), dir.join("answer"));
        if input.is_file() && answer.is_file() {
            return Ok((input, answer));
        }
        let limits = Limits::from_time_limit(TOOL_TIME_SECONDS, TOOL_MEMORY_BYTES, TOOL_OUTPUT_BYTES);
        let solved = self
            .sandbox
            .run_blocking(querying.reference.request(script.clone(), &limits))?;
        let said = String::from_utf8_lossy(&solved.stderr[..solved.stderr.len().min(2000)])
            .trim()
            .to_string();
        if solved.exit_code == Some(SQL_SCRIPT_FAILED) {
            bail!(
                "{}: test {}/{}: the schema and the data do not load: {said}",
                problem.dir.display(),
                test.group,
                test.name
            );
        }
        if solved.verdict != sandbox::Verdict::Ok {
            bail!(
                "{}: the accepted query {} fails on test {}/{}: {} {said}",
                problem.dir.display(),
                querying.path.display(),
                test.group,
                test.name,
                solved.verdict,
            );
        }
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let staging = tempfile::tempdir_in(&dir)?;
        std::fs::write(staging.path().join("input"), &script)?;
        std::fs::write(staging.path().join("answer"), &solved.stdout)?;
        // Answer first: a present input means a complete pair.
        std::fs::rename(staging.path().join("answer"), &answer)?;
        std::fs::rename(staging.path().join("input"), &input)?;
        Ok((input, answer))
    }

    /// Judges `executable` on every test.
    pub fn judge(&self, prepared: &Prepared, executable: &Executable, options: &Options) -> anyhow::Result<Report> {
        let problem = &prepared.problem;
        if let Some(why) = problem.refuses_language(&executable.language) {
            return Ok(compile_error(problem, &executable.language, why));
        }
        let mut executable = executable.clone();
        if let Some(multiplier) = problem.limits.multipliers.get(&executable.language) {
            executable.time_multiplier = *multiplier;
        }
        let limits = Limits::from_time_limit(
            prepared.time_seconds,
            problem.limits.memory_mib << 20,
            problem.limits.output_mib << 20,
        );
        let tests = &prepared.tests;
        let results: Vec<Slot> = tests.iter().map(|_| Mutex::new(None)).collect();
        let next = AtomicUsize::new(0);
        let finished = AtomicUsize::new(0);
        let lost: Mutex<HashSet<String>> = Mutex::default();
        let spent_ms: Mutex<f64> = Mutex::new(0.0);
        let allowance_ms = options.max_processor_time.map(|d| d.as_secs_f64() * 1e3);
        let failure: Mutex<Option<anyhow::Error>> = Mutex::default();
        let workers = self.sandbox.config().workers.max(1).min(tests.len().max(1));
        // Pass/fail problems are lost as a whole at the first failure.
        let group_key = |group: &str| match problem.groups.is_empty() {
            true => String::new(),
            false => group.to_string(),
        };
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    if options
                        .cancel
                        .as_ref()
                        .is_some_and(|cancel| cancel.load(Ordering::SeqCst))
                    {
                        failure
                            .lock()
                            .expect("failure")
                            .get_or_insert_with(|| anyhow!("judging was cancelled"));
                        break;
                    }
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    let Some(test) = tests.get(index) else { break };
                    let skip = !options.run_all && lost.lock().expect("lost").contains(&group_key(&test.group));
                    let spent = allowance_ms.is_some_and(|most| *spent_ms.lock().expect("spent") >= most);
                    let result = if skip {
                        Ok((skipped(test), Vec::new()))
                    } else if spent {
                        Ok((not_run_for_time(test, options.max_processor_time), Vec::new()))
                    } else {
                        self.run_test(prepared, &executable, test, &limits)
                    };
                    match result {
                        Ok((result, stdout)) => {
                            *spent_ms.lock().expect("spent") += result.cpu_ms;
                            if grading::loses_group(&result, &problem.groups) {
                                lost.lock().expect("lost").insert(group_key(&test.group));
                            }
                            let shown = (test.group == SAMPLE_GROUP).then(|| shown_output(&stdout));
                            if let Some(progress) = &options.progress {
                                progress(&result, finished.fetch_add(1, Ordering::SeqCst) + 1, tests.len());
                            }
                            *results[index].lock().expect("result") = Some((result, shown));
                        }
                        Err(err) => {
                            failure.lock().expect("failure").get_or_insert(err);
                            break;
                        }
                    }
                });
            }
        });
        if let Some(err) = failure.into_inner().expect("failure") {
            return Err(err);
        }
        let (results, sample_outputs): (Vec<TestResult>, Vec<Option<String>>) = results
            .into_iter()
            .map(|slot| slot.into_inner().expect("result").expect("every test has a result"))
            .unzip();
        let summary = grading::summarize(&problem.groups, &results);
        Ok(Report {
            problem: problem.id.clone(),
            language: executable.language.clone(),
            verdict: summary.verdict,
            score: summary.score,
            max_score: summary.max_score,
            message: String::new(),
            tests: results,
            time_multiplier: executable.time_multiplier,
            groups: summary.groups,
            sample_outputs,
        })
    }

    fn run_test(
        &self,
        prepared: &Prepared,
        executable: &Executable,
        test: &ReadyTest,
        limits: &Limits,
    ) -> anyhow::Result<(TestResult, Vec<u8>)> {
        if let Some(most) = prepared.problem.multi_pass {
            return self.run_passes(prepared, executable, test, limits, most);
        }
        let pass = match &prepared.problem.interactor {
            Some(tool) => {
                let desk = Desk::new(&self.cache, test, tool.protocol, None)?;
                self.interact(&desk, prepared, executable, test, limits)?
            }
            None => {
                let input =
                    std::fs::read(&test.input).with_context(|| format!("cannot read {}", test.input.display()))?;
                self.run_checked(None, prepared, executable, test, input, limits)?
            }
        };
        Ok((pass.result, pass.stdout))
    }

    /// Runs the submission on `input` and checks its output: with the built-in
    /// comparison, or the problem's checker on `desk` (a desk of its own when
    /// `None`; a multi-pass test keeps one for all its passes).
    pub(crate) fn run_checked(
        &self,
        desk: Option<&Desk>,
        prepared: &Prepared,
        executable: &Executable,
        test: &ReadyTest,
        input: Vec<u8>,
        limits: &Limits,
    ) -> anyhow::Result<Pass> {
        let worth = prepared.worth(test);
        let outcome = self.sandbox.run_blocking(executable.request(input, limits))?;
        let mut result = ran(test, &outcome);
        if let Some(verdict) = Verdict::of_run(outcome.verdict) {
            result.verdict = verdict;
            result.message = clip(&outcome.message);
            // A query's error is SQLite's message (or why it was refused), on stderr.
            if prepared.problem.schema().is_some() && outcome.exit_code.is_some() {
                result.message = clip(String::from_utf8_lossy(&outcome.stderr).trim());
            }
            return Ok(Pass {
                result,
                stdout: outcome.stdout,
                checker: None,
            });
        }
        let (verdict, score, message) = match (&prepared.problem.checker, &prepared.checker) {
            (Checker::Builtin(compare), _) => {
                let answer =
                    std::fs::read(&test.answer).with_context(|| format!("cannot read {}", test.answer.display()))?;
                let checked = test.compare.as_ref().unwrap_or(compare).check(&outcome.stdout, &answer);
                match checked.accepted {
                    true => (Verdict::Ac, 1.0, checked.message),
                    false => (Verdict::Wa, 0.0, checked.message),
                }
            }
            (Checker::Custom(tool), Some(checker)) => match desk {
                Some(desk) => self.custom_check(desk, checker, tool, test, &outcome.stdout, worth)?,
                None => {
                    let desk = Desk::new(&self.cache, test, tool.protocol, Some(&outcome.stdout))?;
                    self.custom_check(&desk, checker, tool, test, &outcome.stdout, worth)?
                }
            },
            (Checker::Custom(_), None) => unreachable!("prepare builds the custom checker"),
        };
        result.verdict = verdict;
        result.score = score;
        result.message = clip(&message);
        Ok(Pass {
            result,
            stdout: outcome.stdout,
            checker: Some(verdict),
        })
    }

    /// Runs the problem's checker on the submission's output: in oa's protocol as
    /// `checker input answer output`, in Kattis' as `validator input answer
    /// feedback_dir` with the output on stdin (see [`Protocol`]). A checker that
    /// fails is a judge error (JE), never the submission's fault.
    fn custom_check(
        &self,
        desk: &Desk,
        checker: &Executable,
        tool: &Tool,
        test: &ReadyTest,
        output: &[u8],
        worth: f64,
    ) -> anyhow::Result<(Verdict, f64, String)> {
        let limits = Limits::from_time_limit(TOOL_TIME_SECONDS, TOOL_MEMORY_BYTES, 1 << 20);
        let stdin = match tool.protocol {
            Protocol::Oa => Vec::new(),
            Protocol::Kattis => output.to_vec(),
        };
        let request = desk.request(checker, tool, test, stdin, &limits);
        let checked = self.sandbox.run_blocking(request)?;
        Ok(desk.verdict("checker", tool.protocol, &checked, &checked.stdout, worth))
    }

    /// Runs the submission and the interactor at once, each one's stdout piped to
    /// the other's stdin. The interactor decides, but a submission that failed on
    /// its own (TLE, MLE, RTE, OLE) keeps its verdict, unless the interactor had
    /// already rejected it before it ended. Both orders are decided by what each
    /// side read, never by timing, so the verdict is reproducible.
    pub(crate) fn interact(
        &self,
        desk: &Desk,
        prepared: &Prepared,
        executable: &Executable,
        test: &ReadyTest,
        limits: &Limits,
    ) -> anyhow::Result<Pass> {
        let (Some(interactor), Some(tool)) = (&prepared.interactor, &prepared.problem.interactor) else {
            unreachable!("prepare builds the interactor of an interactive problem")
        };
        let worth = prepared.worth(test);
        let talk = sandbox::conversation();
        let interactor_reads = talk.peer_reads;
        let submission = executable
            .request(Vec::new(), limits)
            .stdin_pipe(talk.submission_reads)
            .stdout_pipe(talk.to_peer);
        let tool_limits = Limits::from_time_limit(TOOL_TIME_SECONDS, TOOL_MEMORY_BYTES, TOOL_OUTPUT_BYTES);
        let judged_by = desk
            .request(interactor, tool, test, Vec::new(), &tool_limits)
            .stdin_pipe(interactor_reads.clone())
            .stdout_pipe(talk.to_submission);
        let (ran_alone, judged) = self.sandbox.run_pair_blocking(submission, judged_by);
        let (outcome, judged) = (ran_alone?, judged?);
        // oa's interactors speak to the submission on stdout: their messages are on stderr.
        let said = match tool.protocol {
            Protocol::Oa => &judged.stderr,
            Protocol::Kattis => &judged.stdout,
        };
        let (mut verdict, mut score, mut message) = desk.verdict("interactor", tool.protocol, &judged, said, worth);
        let checker = Some(verdict);
        let rejected_first = verdict == Verdict::Wa && !interactor_reads.saw_end();
        if let (Some(failed), false, false) = (Verdict::of_run(outcome.verdict), verdict == Verdict::Je, rejected_first)
        {
            (verdict, score, message) = (failed, 0.0, outcome.message.clone());
        }
        let mut result = ran(test, &outcome);
        result.verdict = verdict;
        result.score = score;
        result.message = clip(&message);
        Ok(Pass {
            result,
            stdout: outcome.stdout,
            checker,
        })
    }
}

/// A run of the submission on a test (one pass of a multi-pass test), judged.
pub(crate) struct Pass {
    pub result: TestResult,
    pub stdout: Vec<u8>,
    /// What the checker or interactor itself decided, before a failure of the
    /// submission's own overrode it; `None` when it did not run.
    pub checker: Option<Verdict>,
}

/// A test's result with the figures of the submission's run, as yet accepted.
fn ran(test: &ReadyTest, outcome: &Outcome) -> TestResult {
    TestResult {
        name: test.name.clone(),
        group: test.group.clone(),
        verdict: Verdict::Ac,
        score: 0.0,
        instructions: outcome.instructions,
        memory_bytes: outcome.memory_bytes,
        wall_ms: outcome.wall.as_secs_f64() * 1e3,
        cpu_ms: outcome.cpu.as_secs_f64() * 1e3,
        message: String::new(),
    }
}

/// Adds a program's sources, names and contents, to a cache key.
fn hash_sources(key: &mut Sha256, program: &ProgramRef) -> anyhow::Result<()> {
    for source in crate::sources::read(std::slice::from_ref(&program.path))? {
        key.update(source.name.as_bytes());
        key.update([0]);
        key.update(&source.bytes);
        key.update([0]);
    }
    Ok(())
}

/// A test not run because the submission had spent its processor time allowance.
fn not_run_for_time(test: &ReadyTest, allowance: Option<std::time::Duration>) -> TestResult {
    TestResult {
        name: test.name.clone(),
        group: test.group.clone(),
        verdict: Verdict::Tle,
        score: 0.0,
        instructions: 0,
        memory_bytes: 0,
        wall_ms: 0.0,
        cpu_ms: 0.0,
        message: format!(
            "time limit exceeded: not run, the tests before it had used the submission's whole allowance \
             of {:.0} s of processor time",
            allowance.unwrap_or_default().as_secs_f64()
        ),
    }
}

fn skipped(test: &ReadyTest) -> TestResult {
    TestResult {
        name: test.name.clone(),
        group: test.group.clone(),
        verdict: Verdict::Skipped,
        score: 0.0,
        instructions: 0,
        memory_bytes: 0,
        wall_ms: 0.0,
        cpu_ms: 0.0,
        message: "not run: its group's points were already lost".into(),
    }
}

/// A sample's output as text, cut at [`SAMPLE_OUTPUT_LIMIT`].
fn shown_output(stdout: &[u8]) -> String {
    let cut = &stdout[..stdout.len().min(SAMPLE_OUTPUT_LIMIT)];
    let mut text = String::from_utf8_lossy(cut).into_owned();
    if stdout.len() > cut.len() {
        text.push('…');
    }
    text
}

pub(crate) fn clip(message: &str) -> String {
    if message.len() <= MESSAGE_LIMIT {
        return message.to_string();
    }
    let mut end = MESSAGE_LIMIT;
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &message[..end])
}

/// A compile error as a report: no tests were run.
pub fn compile_error(problem: &Problem, language: &str, message: String) -> Report {
    Report {
        problem: problem.id.clone(),
        language: language.to_string(),
        verdict: Verdict::Ce,
        score: 0.0,
        max_score: grading::max_score(&problem.groups),
        message,
        tests: Vec::new(),
        groups: Vec::new(),
        time_multiplier: 1.0,
        sample_outputs: Vec::new(),
    }
}
