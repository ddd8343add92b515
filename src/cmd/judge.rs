//! `oa judge`: one submission against one problem, with a per-test table.

use clap::Args;
use judge::grading::Verdict;
use judge::problem::Problem;
use judge::{Options, Report, Workbench};
use sandbox::limits::INSTRUCTIONS_PER_SECOND;
use std::path::PathBuf;

#[derive(Args)]
pub struct JudgeArgs {
    /// The problem's folder (oa's problem.toml or a Kattis package).
    problem: PathBuf,
    /// The submission: a source file, several files of one program, or a folder.
    #[arg(required = true)]
    source: Vec<PathBuf>,
    /// The submission's language (default: from the file extension; see `oa languages`).
    #[arg(long)]
    lang: Option<String>,
    /// Run every test, even in groups whose points are already lost.
    #[arg(long)]
    all: bool,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn judge(args: JudgeArgs) -> anyhow::Result<()> {
    let problem = Problem::load(&args.problem)?;
    let workbench = Workbench::local()?;
    let judge = workbench.judge();
    let report = match judge.build(&args.source, args.lang.as_deref())? {
        Ok(executable) => {
            let prepared = judge.prepare(&problem)?;
            judge.judge(
                &prepared,
                &executable,
                &Options {
                    run_all: args.all,
                    ..Options::default()
                },
            )?
        }
        Err(message) => {
            let language = args.lang.clone().unwrap_or_default();
            judge::judge::compile_error(&problem, &language, message)
        }
    };
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print!("{}", table(&problem, &report));
    }
    Ok(())
}

fn table(problem: &Problem, report: &Report) -> String {
    let mut out = format!("{} ({}), {}\n", problem.title, problem.id, report.language);
    if report.verdict == Verdict::Ce {
        out.push_str(&format!("verdict  CE\n{}\n", report.message.trim_end()));
        return out;
    }
    let header = ["test", "group", "verdict", "instructions", "time", "memory", "message"]
        .map(String::from)
        .to_vec();
    let rows = report.tests.iter().map(|test| {
        let seconds = test.instructions as f64 / INSTRUCTIONS_PER_SECOND as f64 / report.time_multiplier;
        let skipped = test.verdict == Verdict::Skipped;
        let first_line = test.message.lines().next().unwrap_or("");
        vec![
            test.name.clone(),
            test.group.clone(),
            test.verdict.to_string(),
            if skipped {
                String::new()
            } else {
                test.instructions.to_string()
            },
            if skipped {
                String::new()
            } else {
                format!("{seconds:.3} s")
            },
            if skipped {
                String::new()
            } else {
                format!("{:.1} MiB", test.memory_bytes as f64 / (1 << 20) as f64)
            },
            first_line.chars().take(60).collect(),
        ]
    });
    let table: Vec<Vec<String>> = std::iter::once(header).chain(rows).collect();
    out.push_str(&crate::output::columns(&table, &[3, 4, 5]));
    let limit = problem.limits.time_seconds;
    out.push_str(&format!(
        "\nverdict  {}\nscore    {} / {}\nlimits   {limit} s (x{} for this language), {} MiB\n",
        report.verdict, report.score, report.max_score, report.time_multiplier, problem.limits.memory_mib
    ));
    for group in &report.groups {
        out.push_str(&format!(
            "  group {:<12} {:>6} / {:<6} {}\n",
            group.name, group.score, group.max_score, group.verdict
        ));
    }
    out
}
