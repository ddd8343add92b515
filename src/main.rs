//! `oa`: the online-assessment runner and grader.

mod cmd;
mod output;

use clap::{Parser, Subcommand};
use cmd::{judge, languages, problem_check, run, serve, similarity, token, worker};
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
    Judge(judge::JudgeArgs),
    /// Work on problem packages.
    #[command(subcommand)]
    Problem(ProblemCommand),
    /// List the supported languages with their toolchain versions.
    Languages,
    /// Compare submissions with each other: the most similar pairs, their matched lines, and clusters.
    Similarity(similarity::SimilarityArgs),
    /// Serve assessments over HTTP, judging submissions with workers in this process.
    Serve(serve::ServeArgs),
    /// Judge submissions for a service elsewhere, taking jobs from its database.
    Worker(worker::WorkerArgs),
    /// Manage the service's API tokens.
    Token(token::TokenArgs),
}

#[derive(Subcommand)]
enum ProblemCommand {
    /// Check packages before candidates see them: the package parses, inputs pass the validators,
    /// reference solutions get their verdicts, the time limit has margins. Exit 1 on any fault.
    Check(problem_check::CheckArgs),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("OA_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Serve(args) => serve::serve(args),
        Command::Worker(args) => worker::worker(args),
        Command::Token(args) => token::token(args),
        Command::Judge(args) => judge::judge(args),
        Command::Problem(ProblemCommand::Check(args)) => match problem_check::check(args) {
            Ok(status) => return status,
            Err(err) => Err(err),
        },
        Command::Languages => languages::languages(),
        Command::Similarity(args) => similarity::similarity(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
