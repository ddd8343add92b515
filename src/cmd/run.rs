//! `oa run`: one module, one input, one verdict.

use anyhow::Context;
use clap::Args;
use sandbox::{Limits, RunRequest, Sandbox, SandboxConfig, Toolchains};
use std::path::PathBuf;

#[derive(Args)]
pub struct RunArgs {
    /// What to run: a WebAssembly module (.wasm, .wat), a source file, several
    /// source files of one program, or a directory holding them.
    #[arg(required = true)]
    program: Vec<PathBuf>,
    /// The language of the sources (default: from the file extension; see `oa languages`).
    #[arg(long)]
    lang: Option<String>,
    /// File given to the module as stdin (empty if absent).
    #[arg(long, short)]
    input: Option<PathBuf>,
    /// Time limit in seconds, counted in instructions (see `oa run --help`).
    #[arg(long, default_value_t = 1.0, value_parser = parse_seconds)]
    time_limit: f64,
    /// Memory limit in MiB.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=4096))]
    memory_limit: u64,
    /// Output limit in MiB, for stdout and for stderr.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(0..=1024))]
    output_limit: u64,
    /// Print one JSON object instead of a summary.
    #[arg(long)]
    json: bool,
    /// Arguments given to the program after its name.
    #[arg(last = true)]
    args: Vec<String>,
}

fn parse_seconds(text: &str) -> Result<f64, String> {
    let seconds: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number of seconds"))?;
    if !(seconds > 0.0 && seconds <= 600.0) {
        return Err("the time limit must be more than 0 and at most 600 seconds".into());
    }
    Ok(seconds)
}

pub fn run(args: RunArgs) -> anyhow::Result<()> {
    let stdin = match &args.input {
        Some(path) => std::fs::read(path).with_context(|| format!("cannot read input file {}", path.display()))?,
        None => Vec::new(),
    };
    let limits = Limits::from_time_limit(args.time_limit, args.memory_limit << 20, args.output_limit << 20);
    let cache = judge::paths::cache_dir();
    let config = SandboxConfig {
        workers: 1,
        cache_dir: Some(cache.clone()),
        cache_max_bytes: judge::paths::cache_max_bytes(),
        ..SandboxConfig::default()
    };
    let sandbox = Sandbox::new(config).context("cannot start the sandbox")?;

    let first = &args.program[0];
    let is_module = |p: &PathBuf| p.extension().is_some_and(|e| e == "wasm" || e == "wat");
    let outcome = if args.lang.is_none() && args.program.len() == 1 && is_module(first) {
        let module = std::fs::read(first).with_context(|| format!("cannot read module {}", first.display()))?;
        let name = first
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "main".into());
        match sandbox.load(&module) {
            Ok(program) => {
                let request = RunRequest::new(program)
                    .stdin(stdin)
                    .args(std::iter::once(name).chain(args.args))
                    .limits(limits.clone());
                sandbox.run_blocking(request)?
            }
            Err(err) => err.to_outcome(),
        }
    } else {
        let toolchains =
            Toolchains::new(judge::paths::toolchains_dir(), &cache).with_cache_limit(judge::paths::cache_max_bytes());
        match judge::sources::build(&sandbox, &toolchains, &args.program, args.lang.as_deref())? {
            Ok(executable) => {
                let mut request = executable.request(stdin, &limits);
                request.args.extend(args.args);
                sandbox.run_blocking(request)?
            }
            Err(err) => err.to_outcome(),
        }
    };
    if args.json {
        println!("{}", serde_json::to_string(&crate::output::RunReport::new(&outcome))?);
    } else {
        print!("{}", crate::output::human(&outcome, &limits));
    }
    Ok(())
}
