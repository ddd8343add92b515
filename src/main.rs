//! `oa`: the online-assessment runner and grader.

mod check_cmd;
mod judge_cmd;
mod run;
mod serve_cmd;
mod token_cmd;
mod worker_cmd;

use oa::paths;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "oa",
    version,
    about = "Online-assessment runner and grader: untrusted code in a deterministic WebAssembly sandbox"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program (a WebAssembly module, or sources in any supported language) in the sandbox.
    Run(run::RunArgs),
    /// Judge a submission against a problem's tests: per-test verdicts, the verdict and the score.
    Judge(judge_cmd::JudgeArgs),
    /// Work on problem packages.
    #[command(subcommand)]
    Problem(ProblemCommand),
    /// List the supported languages with their toolchain versions.
    Languages,
    /// Serve assessments over HTTP, judging submissions with workers in this process.
    Serve(serve_cmd::ServeArgs),
    /// Judge submissions for a service elsewhere, taking jobs from its database.
    Worker(worker_cmd::WorkerArgs),
    /// Manage the service's API tokens.
    Token(token_cmd::TokenArgs),
}

#[derive(Subcommand)]
enum ProblemCommand {
    /// Check packages before candidates see them: the package parses, inputs pass the validators,
    /// reference solutions get their verdicts, the time limit has margins. Exit 1 on any fault.
    Check(check_cmd::CheckArgs),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("OA_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Serve(args) => serve_cmd::serve(args),
        Command::Worker(args) => worker_cmd::worker(args),
        Command::Token(args) => token_cmd::token(args),
        Command::Judge(args) => judge_cmd::judge(args),
        Command::Problem(ProblemCommand::Check(args)) => match check_cmd::check(args) {
            Ok(status) => return status,
            Err(err) => Err(err),
        },
        Command::Languages => languages(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn languages() -> anyhow::Result<()> {
    let toolchains = sandbox::Toolchains::new(paths::toolchains_dir(), &paths::cache_dir());
    let header = ["id", "language", "extensions", "time", "version"]
        .map(String::from)
        .to_vec();
    let rows = toolchains.languages().iter().map(|language| {
        let version = toolchains
            .version(language)
            .unwrap_or_else(|_| "not installed: run ./dev setup".into());
        let extensions: Vec<String> = language.extensions.iter().map(|e| format!(".{e}")).collect();
        vec![
            language.id.clone(),
            language.display_name(),
            extensions.join(" "),
            format!("{}x", language.time_multiplier),
            version,
        ]
    });
    print!(
        "{}",
        oa::report::columns(&std::iter::once(header).chain(rows).collect::<Vec<_>>(), &[])
    );
    println!(
        "\nJava: not supported; no Java-to-WebAssembly compiler can be installed from the package registries oa uses."
    );
    Ok(())
}
