//! Judging a submission against a problem: build it once, run the tests in
//! parallel on the sandbox's workers, check each output, and sum up with the
//! rules in `grading`. Generated tests are made once and kept in the cache.

use crate::grading::{self, GroupScore, TestResult, Verdict};
use crate::problem::{Checker, Problem, ProgramRef, Test, TestSource};
use anyhow::{anyhow, bail, Context};
use sandbox::{Executable, Limits, Outcome, Sandbox, Toolchains};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Limits of the problem's own programs (generator, checker, reference solution
/// on generated tests): generous, since they are trusted to finish, but bounded.
const TOOL_TIME_SECONDS: f64 = 60.0;
const TOOL_MEMORY_BYTES: u64 = 2 << 30;
const TOOL_OUTPUT_BYTES: u64 = 256 << 20;
/// Longest message kept per test.
const MESSAGE_LIMIT: usize = 500;

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
}

/// A problem with its tests on disk and its checker built.
pub struct Prepared {
    pub problem: Problem,
    pub tests: Vec<ReadyTest>,
    checker: Option<Executable>,
}

/// What generated tests are made with.
struct Generation {
    generator: Executable,
    reference: Executable,
    /// The cache key's part common to all the problem's generated tests.
    key: Sha256,
}

#[derive(Default)]
pub struct Options {
    /// Run every test, even in groups whose points are already lost.
    pub run_all: bool,
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
    /// reference solution for generated ones, once) and builds the checker.
    pub fn prepare(&self, problem: &Problem) -> anyhow::Result<Prepared> {
        if problem.interactor.is_some() {
            bail!(
                "{}: interactive problems cannot be judged yet (the problem has an interactor/ folder)",
                problem.dir.display()
            );
        }
        let checker = match &problem.checker {
            Checker::Custom(tool) => Some(self.build_tool("checker", &tool.program)?),
            Checker::Builtin(_) => None,
        };
        let mut tests = Vec::with_capacity(problem.tests.len());
        let mut generation: Option<Generation> = None;
        for test in &problem.tests {
            let (input, answer) = match &test.source {
                TestSource::Files { input, answer } => (input.clone(), answer.clone()),
                TestSource::Generated { args } => {
                    if generation.is_none() {
                        generation = Some(self.generation(problem)?);
                    }
                    self.generate(problem, test, args, generation.as_ref().expect("just built"))?
                }
            };
            tests.push(ReadyTest {
                name: test.name.clone(),
                group: test.group.clone(),
                input,
                answer,
            });
        }
        Ok(Prepared {
            problem: problem.clone(),
            tests,
            checker,
        })
    }

    /// The generator and the reference solution, built, and the part of the
    /// generated tests' cache key they make up.
    fn generation(&self, problem: &Problem) -> anyhow::Result<Generation> {
        let generator = problem
            .generator
            .as_ref()
            .ok_or_else(|| anyhow!("{}: generated tests need a generator/ folder", problem.dir.display()))?;
        let reference = problem.reference().ok_or_else(|| {
            anyhow!(
                "{}: generated tests take their answers from an accepted solution: add one under solutions/accepted/",
                problem.dir.display()
            )
        })?;
        let (generator_program, reference_program) = (generator, &reference.program);
        let generator = self.build_tool("generator", generator_program)?;
        let reference = self.build_tool("reference solution", reference_program)?;
        let mut key = Sha256::new();
        for part in [
            sandbox::ENGINE_VERSION.as_bytes(),
            generator.program.hash(),
            reference.program.hash(),
            problem.limits.memory_mib.to_string().as_bytes(),
        ] {
            key.update(part);
            key.update([0]);
        }
        // An interpreted program's module is the interpreter: its sources count too.
        for program in [generator_program, reference_program] {
            for source in crate::sources::read(std::slice::from_ref(&program.path))? {
                key.update(source.name.as_bytes());
                key.update([0]);
                key.update(&source.bytes);
                key.update([0]);
            }
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
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let staging = tempfile::tempdir_in(&dir)?;
        std::fs::write(staging.path().join("input"), &made.stdout)?;
        std::fs::write(staging.path().join("answer"), &solved.stdout)?;
        // Answer first: a present input means a complete pair.
        std::fs::rename(staging.path().join("answer"), &answer)?;
        std::fs::rename(staging.path().join("input"), &input)?;
        Ok((input, answer))
    }

    /// Judges `executable` on every test.
    pub fn judge(&self, prepared: &Prepared, executable: &Executable, options: &Options) -> anyhow::Result<Report> {
        let problem = &prepared.problem;
        let mut executable = executable.clone();
        if let Some(multiplier) = problem.limits.multipliers.get(&executable.language) {
            executable.time_multiplier = *multiplier;
        }
        let limits = Limits::from_time_limit(
            problem.limits.time_seconds,
            problem.limits.memory_mib << 20,
            problem.limits.output_mib << 20,
        );
        let tests = &prepared.tests;
        let results: Vec<Mutex<Option<TestResult>>> = tests.iter().map(|_| Mutex::new(None)).collect();
        let next = AtomicUsize::new(0);
        let lost: Mutex<HashSet<String>> = Mutex::default();
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
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    let Some(test) = tests.get(index) else { break };
                    let skip = !options.run_all && lost.lock().expect("lost").contains(&group_key(&test.group));
                    let result = if skip {
                        Ok(skipped(test))
                    } else {
                        self.run_test(prepared, &executable, test, &limits)
                    };
                    match result {
                        Ok(result) => {
                            if grading::loses_group(&result, &problem.groups) {
                                lost.lock().expect("lost").insert(group_key(&test.group));
                            }
                            *results[index].lock().expect("result") = Some(result);
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
        let results: Vec<TestResult> = results
            .into_iter()
            .map(|slot| slot.into_inner().expect("result").expect("every test has a result"))
            .collect();
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
        })
    }

    fn run_test(
        &self,
        prepared: &Prepared,
        executable: &Executable,
        test: &ReadyTest,
        limits: &Limits,
    ) -> anyhow::Result<TestResult> {
        let input = std::fs::read(&test.input).with_context(|| format!("cannot read {}", test.input.display()))?;
        let outcome = self.sandbox.run_blocking(executable.request(input, limits))?;
        let mut result = TestResult {
            name: test.name.clone(),
            group: test.group.clone(),
            verdict: Verdict::Ac,
            score: 0.0,
            instructions: outcome.instructions,
            memory_bytes: outcome.memory_bytes,
            wall_ms: outcome.wall.as_secs_f64() * 1e3,
            message: String::new(),
        };
        if let Some(verdict) = Verdict::of_run(outcome.verdict) {
            result.verdict = verdict;
            result.message = clip(&outcome.message);
            return Ok(result);
        }
        let (verdict, score, message) = match (&prepared.problem.checker, &prepared.checker) {
            (Checker::Builtin(compare), _) => {
                let answer =
                    std::fs::read(&test.answer).with_context(|| format!("cannot read {}", test.answer.display()))?;
                let checked = compare.check(&outcome.stdout, &answer);
                match checked.accepted {
                    true => (Verdict::Ac, 1.0, checked.message),
                    false => (Verdict::Wa, 0.0, checked.message),
                }
            }
            (Checker::Custom(_), Some(checker)) => self.custom_check(checker, test, &outcome)?,
            (Checker::Custom(_), None) => unreachable!("prepare builds the custom checker"),
        };
        result.verdict = verdict;
        result.score = score;
        result.message = clip(&message);
        Ok(result)
    }

    /// Runs the problem's checker as `checker input answer output`, the three
    /// files read-only under /judge. Exit 0 accepts, 1 rejects; anything else is
    /// the checker's failure (JE), never the submission's.
    fn custom_check(
        &self,
        checker: &Executable,
        test: &ReadyTest,
        outcome: &Outcome,
    ) -> anyhow::Result<(Verdict, f64, String)> {
        // Beside the cache, so the test's own files can be linked, not copied.
        std::fs::create_dir_all(&self.cache).with_context(|| format!("cannot create {}", self.cache.display()))?;
        let files = tempfile::tempdir_in(&self.cache)?;
        link_or_copy(&test.input, &files.path().join("input"))?;
        link_or_copy(&test.answer, &files.path().join("answer"))?;
        std::fs::write(files.path().join("output"), &outcome.stdout)?;
        let limits = Limits::from_time_limit(TOOL_TIME_SECONDS, TOOL_MEMORY_BYTES, 1 << 20);
        let mut request = checker.request(Vec::new(), &limits);
        request
            .args
            .extend(["/judge/input", "/judge/answer", "/judge/output"].map(String::from));
        request.dirs.push(sandbox::ReadOnlyDir {
            host: files.path().to_path_buf(),
            guest: "/judge".into(),
        });
        let checked = self.sandbox.run_blocking(request)?;
        let said = String::from_utf8_lossy(&checked.stdout).trim().to_string();
        Ok(match (checked.verdict, checked.exit_code) {
            (sandbox::Verdict::Ok, _) => {
                let score = said
                    .lines()
                    .last()
                    .and_then(|line| line.trim().strip_prefix("score="))
                    .and_then(|value| value.trim().parse::<f64>().ok())
                    .filter(|value| (0.0..=1.0).contains(value))
                    .unwrap_or(1.0);
                (Verdict::Ac, score, said)
            }
            (sandbox::Verdict::Rte, Some(1)) => (Verdict::Wa, 0.0, said),
            (verdict, code) => (
                Verdict::Je,
                0.0,
                format!(
                    "the checker failed ({verdict}{}): {} {said}",
                    code.map(|c| format!(", exit code {c}")).unwrap_or_default(),
                    checked.message
                ),
            ),
        })
    }
}

/// A hard link where the file system allows one (inputs can be megabytes, and
/// this happens per test), else a copy.
fn link_or_copy(from: &std::path::Path, to: &std::path::Path) -> anyhow::Result<()> {
    if std::fs::hard_link(from, to).is_err() {
        std::fs::copy(from, to).with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
    }
    Ok(())
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
        message: "not run: its group's points were already lost".into(),
    }
}

fn clip(message: &str) -> String {
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
    }
}
