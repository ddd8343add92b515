//! `oa`: the online-assessment runner and grader.

mod judge_cmd;
mod run;

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
    /// List the supported languages with their toolchain versions.
    Languages,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("OA_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Judge(args) => judge_cmd::judge(args),
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
