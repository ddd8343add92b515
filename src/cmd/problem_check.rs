//! `oa problem check`: checks problem packages and prints, per problem, OK or
//! its faults, its warnings and the time-limit margins, with a progress bar.

use anyhow::{bail, Context};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use judge::check::{self, ProblemCheck, Progress};
use judge::{problem, Workbench};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct CheckArgs {
    /// Problem folders (oa's problem.toml or a Kattis package), or folders of them.
    #[arg(required = true, value_name = "PROBLEM_DIR")]
    problems: Vec<PathBuf>,
    /// Print one JSON object per problem, one per line, instead of a summary.
    #[arg(long)]
    json: bool,
    /// The time limit of one input validator run, in seconds (times the
    /// validator's language multiplier, like any program's).
    #[arg(long, value_name = "SECONDS", default_value_t = judge::judge::TOOL_TIME_SECONDS)]
    validator_time: f64,
}

/// Exit status 0 when every package is sound, 1 when any has a fault.
pub fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let problems = packages(&args.problems)?;
    if !(args.validator_time.is_finite() && args.validator_time > 0.0) {
        bail!("--validator-time must be a positive number of seconds");
    }
    let workbench = Workbench::local()?;
    let judge = workbench.judge();
    let settings = check::Settings {
        validator_seconds: args.validator_time,
    };
    let bar = Bar::new();
    let mut sound = true;
    for dir in &problems {
        let result = check::check(&judge, dir, &settings, &bar);
        sound &= result.ok;
        let text = match args.json {
            true => format!("{}\n", serde_json::to_string(&result)?),
            false => summary(&result),
        };
        bar.bar.suspend(|| print!("{text}"));
    }
    bar.bar.finish_and_clear();
    Ok(match sound {
        true => ExitCode::SUCCESS,
        false => ExitCode::from(1),
    })
}

/// The packages to check: each folder named that is a package, and the
/// packages inside each folder named that holds some (a folder of problems,
/// like `problems/`); a folder that is neither is checked, and its fault told. What is not a folder is skipped with a note, so that
/// `oa problem check problems/*` passes over a README.
fn packages(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for path in paths {
        if !path.exists() {
            bail!("{}: not a directory: no such file or folder", path.display());
        }
        if !path.is_dir() {
            eprintln!("note: skipping {}: not a folder", path.display());
        } else if problem::is_package(path) {
            found.push(path.clone());
        } else {
            let inside = problem::packages_in(path).with_context(|| format!("cannot read {}", path.display()))?;
            match inside.is_empty() {
                // Neither a package nor a folder of them: checked, so that the
                // missing problem.toml is reported as the package's fault.
                true => found.push(path.clone()),
                false => found.extend(inside),
            }
        }
    }
    if found.is_empty() {
        bail!("no problem folders to check: give package folders or folders of them");
    }
    Ok(found)
}

/// A bar on stderr when it is a terminal; else one line per finished step, so
/// that logs still show how far a long check got.
struct Bar {
    bar: ProgressBar,
}

impl Bar {
    fn new() -> Bar {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} {wide_msg}")
                .expect("a valid template"),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Bar { bar }
    }
}

impl Progress for Bar {
    fn add_steps(&self, steps: u64) {
        self.bar.inc_length(steps);
    }

    fn began(&self, what: &str) {
        self.bar.set_message(what.to_string());
    }

    fn finished(&self, what: &str) {
        self.bar.inc(1);
        if self.bar.is_hidden() {
            eprintln!("[{}/{}] {what}", self.bar.position(), self.bar.length().unwrap_or(0));
        }
    }
}

/// The result for people: the verdict, the time-limit figures, one row per
/// solution, then the faults and warnings.
pub fn summary(result: &ProblemCheck) -> String {
    let mut out = String::new();
    let name = match result.title.is_empty() {
        true => result.problem.clone(),
        false => format!("{} ({})", result.problem, result.title),
    };
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let verdict = match (result.faults.len(), result.warnings.len()) {
        (0, 0) => "OK".to_string(),
        (0, w) => format!("OK, {}", plural(w, "warning")),
        (f, 0) => plural(f, "fault"),
        (f, w) => format!("{}, {}", plural(f, "fault"), plural(w, "warning")),
    };
    out.push_str(&format!("{name}: {verdict}\n"));
    if result.validators > 0 {
        out.push_str(&format!(
            "  inputs       {} validated by {}\n",
            result.inputs_validated,
            plural(result.validators, "validator")
        ));
    }
    if !result.validators_not_run.is_empty() {
        out.push_str(&format!(
            "  inputs       NOT validated by {} (checktestdata and VIVA are not run)\n",
            result.validators_not_run.join(", ")
        ));
    }
    if let Some(limit) = result.time_limit {
        let suggested = match result.suggested_time_limit {
            Some(suggested) => format!("; suggested {} s", check::seconds(suggested)),
            None => String::new(),
        };
        out.push_str(&format!("  time limit   {} s{suggested}\n", check::seconds(limit)));
        if let Some(slowest) = &result.slowest_accepted {
            out.push_str(&format!(
                "  slowest AC   {} ({} on {}), {:.0}% of the limit\n",
                timed(slowest.seconds, slowest.at_least),
                slowest.path,
                slowest.test,
                100.0 * slowest.seconds / limit
            ));
        }
        match &result.fastest_too_slow {
            Some(fastest) => out.push_str(&format!(
                "  fastest TLE  {} ({} on {}), {}{:.1}x the limit\n",
                timed(fastest.seconds, fastest.at_least),
                fastest.path,
                fastest.test,
                if fastest.at_least { "> " } else { "" },
                fastest.seconds / limit
            )),
            None => out.push_str("  fastest TLE  none: no too-slow solution checks the upper margin\n"),
        }
    }
    if !result.solutions.is_empty() {
        let header = ["solution", "expected", "verdict", "score", "time"]
            .map(String::from)
            .to_vec();
        let rows = result.solutions.iter().map(|solution| {
            vec![
                solution.path.clone(),
                solution.expected.clone(),
                solution.verdict.map(|v| v.to_string()).unwrap_or_else(|| "-".into()),
                match (solution.score, solution.max_score) {
                    (Some(score), Some(max)) => format!("{score}/{max}"),
                    _ => String::new(),
                },
                solution
                    .max_seconds
                    .map(|seconds| timed(seconds, solution.at_least))
                    .unwrap_or_default(),
            ]
        });
        let table: Vec<Vec<String>> = std::iter::once(header).chain(rows).collect();
        for line in crate::output::columns(&table, &[3, 4]).lines() {
            out.push_str(&format!("  {line}\n"));
        }
    }
    for (label, messages) in [("fault", &result.faults), ("warning", &result.warnings)] {
        for message in messages {
            out.push_str(&format!("  {label}: {}\n", message.replace('\n', "\n    ")));
        }
    }
    out
}

fn timed(seconds: f64, at_least: bool) -> String {
    match at_least {
        true => format!("> {seconds:.3} s"),
        false => format!("{seconds:.3} s"),
    }
}
