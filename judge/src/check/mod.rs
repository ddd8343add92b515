//! Checking a problem package before candidates see it: the package parses,
//! every test input passes every input validator, every reference solution gets
//! the verdict its folder promises, and the time limit leaves room on both
//! sides as Kattis' verifyproblem wants it: accepted solutions well inside it,
//! too-slow ones well outside it.
//!
//! `check` runs the programs and collects faults (the package is wrong) and
//! warnings (it is risky). The rules it applies are the pure functions of
//! [`rules`], tested without running anything. Printing is the caller's.

use crate::grading::{self, Group, Verdict};
use crate::judge::{Judge, Options, Prepared, Report, TOOL_MEMORY_BYTES, TOOL_OUTPUT_BYTES, TOOL_TIME_SECONDS};
use crate::problem::{Expected, Problem, TestSource, Tool};
use sandbox::limits::INSTRUCTIONS_PER_SECOND;
use sandbox::{Executable, Limits};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

pub mod rules;

/// Longest quote of a program's output in a fault.
const QUOTE_CHARS: usize = 300;

pub struct Settings {
    /// The time limit of one input validator run, in seconds (scaled by the
    /// validator's language like any program's).
    pub validator_seconds: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            validator_seconds: TOOL_TIME_SECONDS,
        }
    }
}

/// Where `check` reports how far it got. Steps are announced before they run
/// (`add_steps`), then each begins and finishes with a one-line description.
pub trait Progress: Sync {
    fn add_steps(&self, steps: u64);
    fn began(&self, what: &str);
    fn finished(&self, what: &str);
}

/// Everything learnt about one package.
#[derive(Debug, Default, Serialize)]
pub struct ProblemCheck {
    /// The problem's id, or its folder's name when the package does not parse.
    pub problem: String,
    pub title: String,
    pub dir: String,
    /// No faults (warnings allowed).
    pub ok: bool,
    pub faults: Vec<String>,
    pub warnings: Vec<String>,
    /// Test inputs run through the validators.
    pub inputs_validated: usize,
    pub validators: usize,
    /// Input validators that were not run (checktestdata, VIVA), relative to
    /// the problem's folder: the inputs were not validated by them.
    pub validators_not_run: Vec<String>,
    pub solutions: Vec<SolutionCheck>,
    /// The limit the solutions were judged with (computed from the accepted
    /// solutions when the package gives none).
    pub time_limit: Option<f64>,
    /// The smallest limit that keeps both margins, when one does.
    pub suggested_time_limit: Option<f64>,
    pub slowest_accepted: Option<Timed>,
    pub fastest_too_slow: Option<Timed>,
}

/// A solution's slowest test.
#[derive(Clone, Debug, Serialize)]
pub struct Timed {
    pub path: String,
    pub test: String,
    /// In seconds of the time limit: the language's multiplier taken out.
    pub seconds: f64,
    /// It ran out of time: `seconds` is only a lower bound.
    pub at_least: bool,
}

#[derive(Debug, Serialize)]
pub struct SolutionCheck {
    /// Relative to the problem's folder.
    pub path: String,
    pub language: String,
    pub expected: String,
    /// At the problem's time limit; none when it could not be judged.
    pub verdict: Option<Verdict>,
    pub score: Option<f64>,
    pub max_score: Option<f64>,
    /// Its slowest test, in seconds of time limit.
    pub max_seconds: Option<f64>,
    pub slowest_test: Option<String>,
    /// It ran out of time even with the raised limit: `max_seconds` is a lower bound.
    pub at_least: bool,
    /// The limit it was run with (raised, see `check_solutions`) and its verdict there.
    pub raised: Option<Raised>,
    /// It got what its folder promises.
    pub ok: bool,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct Raised {
    pub time_limit: f64,
    pub verdict: Verdict,
}

impl ProblemCheck {
    fn fault(&mut self, message: impl Into<String>) {
        self.faults.push(message.into());
    }

    fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(message.into());
    }
}

/// Checks the package in `dir`. Never fails: whatever goes wrong, the package's
/// fault or not, is reported as a fault of that package.
pub fn check(judge: &Judge, dir: &Path, settings: &Settings, progress: &dyn Progress) -> ProblemCheck {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| dir.display().to_string());
    let mut check = ProblemCheck {
        problem: name.clone(),
        dir: dir.display().to_string(),
        ..ProblemCheck::default()
    };
    progress.add_steps(1);
    progress.began(&format!("{name}: reading the package"));
    let problem = match Problem::load(dir) {
        Ok(problem) => problem,
        Err(err) => {
            check.fault(err.to_string());
            progress.finished(&format!("{name}: the package does not parse"));
            return check;
        }
    };
    let id = problem.id.clone();
    check.problem = id.clone();
    check.title = problem.title.clone();
    check.validators = problem.validators.len();
    check.validators_not_run = problem
        .validators_not_run
        .iter()
        .map(|path| relative(&problem, path))
        .collect();
    if !check.validators_not_run.is_empty() {
        let ran: Vec<String> = problem
            .validators
            .iter()
            .map(|validator| relative(&problem, &validator.program.path))
            .collect();
        let others = match ran.is_empty() {
            true => "no other input validator ran, so the inputs were not validated at all".to_string(),
            false => format!("only {} checked them", ran.join(", ")),
        };
        check.warn(format!(
            "the test inputs were NOT validated by {}: oa does not run checktestdata or VIVA scripts, and {others}; \
             run them with their own tools, or write them as programs (C, C++, Python, ...) that exit 42 on a valid input",
            check.validators_not_run.join(", ")
        ));
    }
    // Judged all the same (DOMjudge's `hello` example is such a package), but
    // candidates would be judged on tests they see.
    if problem.tests.iter().all(|test| test.is_sample()) {
        check.warn(
            "no secret tests: the samples, which candidates see, alone decide the verdict and the score; \
             add hidden tests (pairs like data/secret/1.in and data/secret/1.ans)",
        );
    }
    progress.finished(&format!(
        "{id}: read: {} tests, {} validators, {} solutions",
        problem.tests.len(),
        problem.validators.len(),
        problem.solutions.len()
    ));
    progress.add_steps(1 + (problem.validators.len() + problem.solutions.len()) as u64);

    progress.began(&format!("{id}: preparing the tests"));
    let prepared = match judge.prepare(&problem) {
        Ok(prepared) => {
            progress.finished(&format!("{id}: {} tests ready", prepared.tests.len()));
            Some(prepared)
        }
        Err(err) => {
            check.fault(format!(
                "the tests cannot be prepared, so no solution is judged: {err:#}"
            ));
            progress.finished(&format!("{id}: the tests cannot be prepared"));
            None
        }
    };

    let inputs = inputs(&problem, prepared.as_ref());
    check.inputs_validated = if problem.validators.is_empty() { 0 } else { inputs.len() };
    for validator in &problem.validators {
        validate(judge, &problem, validator, &inputs, settings, progress, &mut check);
    }

    match prepared {
        Some(mut prepared) => {
            check_solutions(judge, &mut prepared, progress, &mut check);
            if problem.schema().is_some() {
                check_query_order(judge, &prepared, progress, &mut check);
            }
        }
        None => {
            for solution in &problem.solutions {
                progress.finished(&format!(
                    "{id}: {}: not judged",
                    relative(&problem, &solution.program.path)
                ));
            }
        }
    }
    check.ok = check.faults.is_empty();
    check
}

/// The flag of oa's SQL runner that sets `PRAGMA reverse_unordered_selects=1`
/// before the query: tables are scanned in reverse wherever the query leaves
/// the order to SQLite.
const REVERSE_UNORDERED: &str = "--reverse-unordered-selects";

/// SQL problems: every accepted query is judged again with SQLite scanning in
/// reverse wherever the order is not promised. A query that is no longer
/// accepted depends on an order SQLite does not promise (an ordered result
/// without a tie-break, a LIMIT without ORDER BY): its answers would change
/// with SQLite's plan.
fn check_query_order(judge: &Judge, prepared: &Prepared, progress: &dyn Progress, check: &mut ProblemCheck) {
    let problem = &prepared.problem;
    let id = &problem.id;
    let accepted: Vec<_> = problem
        .solutions
        .iter()
        .filter(|solution| solution.expected == Expected::Verdict(Verdict::Ac))
        .collect();
    progress.add_steps(accepted.len() as u64);
    for solution in accepted {
        let path = relative(problem, &solution.program.path);
        progress.began(&format!("{id}: {path} with unordered scans reversed"));
        let Ok(Ok(mut executable)) = judge.build(std::slice::from_ref(&solution.program.path), None) else {
            progress.finished(&format!("{id}: {path} not run (it does not build)"));
            continue;
        };
        executable.args.push(REVERSE_UNORDERED.into());
        let report = match judge.judge(prepared, &executable, &Options::default()) {
            Ok(report) => report,
            Err(err) => {
                check.fault(format!(
                    "{path} cannot be judged with unordered scans reversed: {err:#}"
                ));
                progress.finished(&format!("{id}: {path} cannot be judged"));
                continue;
            }
        };
        progress.finished(&format!(
            "{id}: {path}: {} with unordered scans reversed",
            report.verdict
        ));
        if report.verdict == Verdict::Wa {
            check.fault(format!(
                "{path} depends on an order SQLite does not promise: with PRAGMA reverse_unordered_selects=1 it gets WA{}; \
                 give ORDER BY a tie-break that decides every row's place (and ORDER BY before any LIMIT)",
                failure(&report)
            ));
        }
    }
}

/// A test input to validate.
struct Input {
    /// `group/name`, as faults name it.
    name: String,
    path: PathBuf,
    args: Vec<String>,
}

/// Every test's input: from the prepared tests when there are, else the inputs
/// written in the package (generated ones cannot be validated then; the failure
/// to prepare them is already a fault).
fn inputs(problem: &Problem, prepared: Option<&Prepared>) -> Vec<Input> {
    match prepared {
        Some(prepared) => prepared
            .tests
            .iter()
            .map(|ready| Input {
                name: format!("{}/{}", ready.group, ready.name),
                path: ready.input.clone(),
                args: ready.validator_args.clone(),
            })
            .collect(),
        None => problem
            .tests
            .iter()
            .filter_map(|test| match &test.source {
                TestSource::Files { input, .. } => Some(Input {
                    name: format!("{}/{}", test.group, test.name),
                    path: input.clone(),
                    args: test.validator_args.clone(),
                }),
                TestSource::Generated { .. } | TestSource::Query { .. } => None,
            })
            .collect(),
    }
}

/// Runs one validator, built once, on every input, in parallel.
fn validate(
    judge: &Judge,
    problem: &Problem,
    validator: &Tool,
    inputs: &[Input],
    settings: &Settings,
    progress: &dyn Progress,
    check: &mut ProblemCheck,
) {
    let id = &problem.id;
    let mut path = relative(problem, &validator.program.path);
    if validator.program.path.is_dir() {
        path.push('/');
    }
    progress.began(&format!("{id}: validating {} inputs with {path}", inputs.len()));
    let executable = match judge.build(std::slice::from_ref(&validator.program.path), None) {
        Ok(Ok(executable)) => executable,
        Ok(Err(message)) => {
            check.fault(format!(
                "the input validator {path} does not compile:\n{}",
                quote(&message)
            ));
            progress.finished(&format!("{id}: {path} does not compile"));
            return;
        }
        Err(err) => {
            check.fault(format!("the input validator {path} cannot be built: {err:#}"));
            progress.finished(&format!("{id}: {path} cannot be built"));
            return;
        }
    };
    let limits = Limits::from_time_limit(settings.validator_seconds, TOOL_MEMORY_BYTES, TOOL_OUTPUT_BYTES);
    let workers = judge.sandbox.config().workers.max(1);
    let results = parallel(inputs, workers, |input| {
        run_validator(
            judge,
            &executable,
            validator,
            input,
            &limits,
            settings.validator_seconds,
        )
    });
    let mut valid = 0;
    for (input, result) in inputs.iter().zip(results) {
        match result {
            Ok(None) => valid += 1,
            Ok(Some(why)) => check.fault(format!("test {}: {path} {why}", input.name)),
            Err(err) => check.fault(format!("test {}: {path} cannot be run: {err:#}", input.name)),
        }
    }
    progress.finished(&format!("{id}: {path}: {valid} of {} inputs valid", inputs.len()));
}

/// `None` when the validator accepts the input, else what it said.
fn run_validator(
    judge: &Judge,
    executable: &Executable,
    validator: &Tool,
    input: &Input,
    limits: &Limits,
    seconds: f64,
) -> anyhow::Result<Option<String>> {
    let stdin =
        std::fs::read(&input.path).map_err(|err| anyhow::anyhow!("cannot read {}: {err}", input.path.display()))?;
    let mut request = executable.request(stdin, limits);
    request.args.extend(validator.args.iter().cloned());
    request.args.extend(input.args.iter().cloned());
    let outcome = judge.sandbox.run_blocking(request)?;
    let said = [&outcome.stderr, &outcome.stdout]
        .iter()
        .map(|bytes| String::from_utf8_lossy(bytes).trim().to_string())
        .find(|text| !text.is_empty())
        .unwrap_or_default();
    Ok(validator_fault(
        outcome.verdict,
        outcome.exit_code,
        validator.protocol.exit_codes().0,
        &outcome.message,
        seconds,
    )
    .map(|why| match said.is_empty() {
        true => why,
        false => format!("{why}: {}", quote(&said)),
    }))
}

/// Maps `items` on `workers` threads; results in the items' order.
fn parallel<T: Sync, R: Send>(items: &[T], workers: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let slots: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers.min(items.len()) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(index) else { break };
                *slots[index].lock().expect("slot") = Some(f(item));
            });
        }
    });
    slots
        .into_iter()
        .map(|slot| slot.into_inner().expect("slot").expect("every item ran"))
        .collect()
}

/// A solution judged once with a raised limit, and the report the problem's
/// own limit would have given, derived from it (see [`at_limit`]).
struct Judged {
    at_limit: Report,
    raised: Report,
    raised_limit: f64,
}

/// Judges every reference solution: the accepted ones first, since the other
/// solutions' margins are measured against the limit they call for. Like
/// verifyproblem, each solution runs once, with the limit raised
/// `TIME_LIMIT_TO_TLE` times; its verdict at the limit itself follows from the
/// exact instruction counts.
fn check_solutions(judge: &Judge, prepared: &mut Prepared, progress: &dyn Progress, check: &mut ProblemCheck) {
    let problem = prepared.problem.clone();
    let accepted = Expected::Verdict(Verdict::Ac);
    if problem.reference().is_none() {
        check.fault("no accepted solution: add one (solutions/accepted/, submissions/accepted/ in a Kattis package), else neither the answers nor the time limit are checked");
    }
    let (ac, others): (Vec<usize>, Vec<usize>) =
        (0..problem.solutions.len()).partition(|&i| problem.solutions[i].expected == accepted);
    let mut judged: Vec<Option<Judged>> = problem.solutions.iter().map(|_| None).collect();

    // The package's limit, or the one derived from its accepted solutions when
    // it gives none (Kattis' legacy rule, with its own multiplier).
    let limit = prepared.time_seconds;
    check.time_limit = Some(limit);
    let derived = problem.limits.time_from_solutions;
    let multiplier = derived.unwrap_or(AC_TO_TIME_LIMIT);
    for &i in &ac {
        judged[i] = run_solution(judge, prepared, i, limit, limit * TIME_LIMIT_TO_TLE, progress, check);
    }
    // Accepted solutions that fail otherwise than by time are faults, and
    // their times mean nothing.
    let slowest_accepted = ac
        .iter()
        .filter_map(|&i| {
            let judged = judged[i].as_ref()?;
            if !matches!(judged.at_limit.verdict, Verdict::Ac | Verdict::Tle) {
                return None;
            }
            slowest(&judged.raised, judged.raised_limit).map(|(timing, test)| (i, timing, test))
        })
        .max_by(|a, b| a.1.seconds.total_cmp(&b.1.seconds));
    let lowest = match derived {
        // The rule that set it is the one to suggest.
        Some(_) => Some(limit),
        None => slowest_accepted
            .as_ref()
            .filter(|(_, timing, _)| !timing.at_least)
            .map(|(_, timing, _)| limit_for(timing.seconds, multiplier)),
    };
    // Raised enough to tell whether the suggested limit keeps its margin too.
    let raised_limit = limit.max(lowest.unwrap_or(limit)) * TIME_LIMIT_TO_TLE;
    for &i in &others {
        judged[i] = run_solution(judge, prepared, i, limit, raised_limit, progress, check);
    }
    prepared.time_seconds = limit;

    let mut fastest_too_slow: Option<(usize, Timing, String)> = None;
    for (i, solution) in problem.solutions.iter().enumerate() {
        let path = relative(&problem, &solution.program.path);
        let Some(judged) = &judged[i] else {
            check.solutions.push(SolutionCheck {
                path,
                language: String::new(),
                expected: solution.expected.to_string(),
                verdict: None,
                score: None,
                max_score: None,
                max_seconds: None,
                slowest_test: None,
                at_least: false,
                raised: None,
                ok: false,
            });
            continue;
        };
        let report = &judged.at_limit;
        let timing = slowest(&judged.raised, judged.raised_limit);
        let mut ok = true;
        match met(solution.expected, report.verdict, Some(judged.raised.verdict)) {
            Met::Yes => {}
            Met::WithExtraTime => check.warn(format!(
                "{path} is sensitive to the time limit: {} at {} s, {} at {} s",
                report.verdict,
                seconds(limit),
                judged.raised.verdict,
                seconds(judged.raised_limit)
            )),
            Met::No => {
                ok = false;
                check.fault(format!(
                    "{path}: expected {}, got {}{}",
                    solution.expected,
                    report.verdict,
                    failure(report)
                ));
            }
        }
        if ok && report.verdict == Verdict::Ac {
            let fraction = match report.max_score > 0.0 {
                true => report.score / report.max_score,
                false => 1.0,
            };
            match solution.expected_score {
                Some(expected) if (fraction - expected).abs() > 1e-6 => {
                    ok = false;
                    check.fault(format!(
                        "{path}: expected a score of {expected} of the maximum, got {} ({} / {})",
                        round(fraction),
                        report.score,
                        report.max_score
                    ));
                }
                None if solution.expected == accepted && fraction < 1.0 => check.warn(format!(
                    "{path} is accepted without full score ({} / {}): move it to partially_accepted or give it an expected score",
                    report.score, report.max_score
                )),
                _ => {}
            }
        }
        if let (true, Some((timing, test))) = (ok && solution.expected == accepted, &timing) {
            if too_close(*timing, limit, multiplier) {
                check.warn(format!(
                    "{path} takes {} s on {test}, more than 1/{multiplier} of the {} s time limit: candidates' solutions as good but slower by a constant factor may fail",
                    seconds(timing.seconds),
                    seconds(limit)
                ));
            }
        }
        if let (true, Some((timing, test))) = (ok && solution.expected == Expected::Verdict(Verdict::Tle), &timing) {
            if not_slow_enough(*timing, limit) {
                check.warn(format!(
                    "{path} gets {} with the time limit raised {TIME_LIMIT_TO_TLE}x: it takes only {} s on {test}; make the tests it should fail larger",
                    judged.raised.verdict,
                    seconds(timing.seconds),
                ));
            }
            if fastest_too_slow
                .as_ref()
                .is_none_or(|(_, fastest, _)| timing.seconds < fastest.seconds)
            {
                fastest_too_slow = Some((i, *timing, test.clone()));
            }
        }
        check.solutions.push(SolutionCheck {
            path,
            language: report.language.clone(),
            expected: solution.expected.to_string(),
            verdict: Some(report.verdict),
            score: Some(report.score),
            max_score: Some(report.max_score),
            max_seconds: timing.as_ref().map(|(timing, _)| timing.seconds),
            slowest_test: timing.as_ref().map(|(_, test)| test.clone()),
            at_least: timing.as_ref().is_some_and(|(timing, _)| timing.at_least),
            raised: Some(Raised {
                time_limit: judged.raised_limit,
                verdict: judged.raised.verdict,
            }),
            ok,
        });
    }

    let named = |found: &Option<(usize, Timing, String)>| {
        found.as_ref().map(|(i, timing, test)| Timed {
            path: relative(&problem, &problem.solutions[*i].program.path),
            test: test.clone(),
            seconds: timing.seconds,
            at_least: timing.at_least,
        })
    };
    check.slowest_accepted = named(&slowest_accepted);
    check.fastest_too_slow = named(&fastest_too_slow);
    match suggest(lowest, fastest_too_slow.as_ref().map(|(_, timing, _)| *timing)) {
        Suggestion::Limit(suggested) => check.suggested_time_limit = Some(suggested),
        Suggestion::NoneFits { low, high } => check.warn(format!(
            "no time limit keeps both margins: the accepted solutions need at least {} s ({multiplier}x the slowest), the fastest too-slow solution keeps its margin only below {} s",
            seconds(low),
            seconds(high)
        )),
        Suggestion::Unknown => {}
    }
}

/// Judges solution `i` once at `raised_limit`, and derives its report at
/// `limit`. `None` when it could not be judged (a fault says why).
fn run_solution(
    judge: &Judge,
    prepared: &mut Prepared,
    i: usize,
    limit: f64,
    raised_limit: f64,
    progress: &dyn Progress,
    check: &mut ProblemCheck,
) -> Option<Judged> {
    let problem = prepared.problem.clone();
    let solution = &problem.solutions[i];
    let path = relative(&problem, &solution.program.path);
    let id = &problem.id;
    progress.began(&format!("{id}: judging {path}"));
    let executable = match judge.build(std::slice::from_ref(&solution.program.path), None) {
        Ok(Ok(executable)) => executable,
        Ok(Err(message)) => {
            let language = solution
                .program
                .path
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            let report = || crate::judge::compile_error(&problem, &language, message.clone());
            progress.finished(&format!("{id}: {path}: CE (expected {})", solution.expected));
            return Some(Judged {
                at_limit: report(),
                raised: report(),
                raised_limit,
            });
        }
        Err(err) => {
            check.fault(format!("{path} cannot be built: {err:#}"));
            progress.finished(&format!("{id}: {path} cannot be built"));
            return None;
        }
    };
    prepared.time_seconds = raised_limit;
    // Skipping the rest of a lost group changes neither the verdict (the first
    // failure in test order) nor the score.
    let raised = match judge.judge(prepared, &executable, &Options::default()) {
        Ok(report) => report,
        Err(err) => {
            check.fault(format!("{path} cannot be judged: {err:#}"));
            progress.finished(&format!("{id}: {path} cannot be judged"));
            return None;
        }
    };
    let at_limit = at_limit(&raised, limit, &problem.groups);
    progress.finished(&format!(
        "{id}: {path}: {} at {} s, {} at {} s{} (expected {})",
        at_limit.verdict,
        seconds(limit),
        raised.verdict,
        seconds(raised_limit),
        slowest(&raised, raised_limit)
            .map(|(timing, test)| format!(
                "; slowest {}{} s on {test}",
                if timing.at_least { "> " } else { "" },
                seconds(timing.seconds)
            ))
            .unwrap_or_default(),
        solution.expected
    ));
    Some(Judged {
        at_limit,
        raised,
        raised_limit,
    })
}

/// The report a run at `limit` would have given, from one at a higher limit.
fn at_limit(raised: &Report, limit: f64, groups: &[Group]) -> Report {
    let tests = tests_at_limit(&raised.tests, budget(limit, raised.time_multiplier), groups);
    let summary = grading::summarize(groups, &tests);
    let ran = raised.verdict != Verdict::Ce;
    Report {
        problem: raised.problem.clone(),
        language: raised.language.clone(),
        // A compile error ran no tests: nothing to derive.
        verdict: if ran { summary.verdict } else { raised.verdict },
        score: if ran { summary.score } else { raised.score },
        max_score: raised.max_score,
        message: raised.message.clone(),
        tests,
        groups: summary.groups,
        time_multiplier: raised.time_multiplier,
        sample_outputs: raised.sample_outputs.clone(),
    }
}

/// The instructions a program of a language with `multiplier` may use under `limit`.
fn budget(limit: f64, multiplier: f64) -> u64 {
    let limits = Limits::from_time_limit(limit, 0, 0);
    (limits.instructions as f64 * multiplier).round() as u64
}

/// The slowest test a report ran, in seconds of time limit, and its name.
fn slowest(report: &Report, limit: f64) -> Option<(Timing, String)> {
    let ran = report.tests.iter().filter(|test| test.verdict != Verdict::Skipped);
    let slowest = ran.clone().max_by_key(|test| test.instructions)?;
    let seconds = slowest.instructions as f64 / INSTRUCTIONS_PER_SECOND as f64 / report.time_multiplier;
    // A run stopped for time ran at least the limit (a backstop may have
    // stopped it before its instructions said so).
    let timed_out = ran.clone().find(|test| test.verdict == Verdict::Tle);
    Some(match timed_out {
        Some(test) => (
            Timing {
                seconds: seconds.max(limit),
                at_least: true,
            },
            format!("{}/{}", test.group, test.name),
        ),
        None => (
            Timing {
                seconds,
                at_least: false,
            },
            format!("{}/{}", slowest.group, slowest.name),
        ),
    })
}

/// Where the first failure of a report happened, for a fault.
fn failure(report: &Report) -> String {
    if report.verdict == Verdict::Ce {
        return format!(" (it does not compile):\n{}", quote(&report.message));
    }
    match report
        .tests
        .iter()
        .find(|test| !matches!(test.verdict, Verdict::Ac | Verdict::Skipped))
    {
        Some(test) => {
            let message = test.message.lines().next().unwrap_or("").trim();
            match message.is_empty() {
                true => format!(" on test {}/{}", test.group, test.name),
                false => format!(" on test {}/{}: {}", test.group, test.name, quote(message)),
            }
        }
        None => String::new(),
    }
}

/// A path as the author knows it: inside the problem's folder.
fn relative(problem: &Problem, path: &Path) -> String {
    path.strip_prefix(&problem.dir).unwrap_or(path).display().to_string()
}

/// A program's words, cut short enough for one fault.
fn quote(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

pub use rules::*;
