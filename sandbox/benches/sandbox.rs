//! Sandbox benchmarks: prints figures, asserts nothing about speed.
//!
//! `cargo bench -p sandbox` measures
//! 1. per-run overhead of a trivial module (store, instantiation, run, teardown),
//!    next to spawning a native process (`/bin/true`) in the same run;
//! 2. the cost of metering: the same kernels with and without the instruction budget;
//! 3. instructions per second on those hand-written kernels. The time constant
//!    itself is chosen from compiled programs (`cargo bench --bench languages`);
//! 4. interpreter start-up: Python's and JavaScript's hello world, per run, and
//!    Python's from its snapshot against a cold start (needs the toolchains).

use sandbox::limits::INSTRUCTIONS_PER_SECOND;
use sandbox::{Limits, Outcome, Program, RunRequest, Sandbox, SandboxConfig, Source, Toolchains, Verdict};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const KERNELS: &[&str] = &["arith", "sieve", "matmul", "fib", "sort", "chase"];

fn kernel_source(name: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/kernels");
    let prelude = std::fs::read_to_string(dir.join("prelude.wat")).expect("prelude.wat");
    let body = std::fs::read_to_string(dir.join(format!("{name}.wat"))).expect("kernel source");
    body.replace("  ;; PRELUDE", &prelude)
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p).round() as usize]
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn time_runs(runs: usize, mut f: impl FnMut()) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect()
}

fn overhead() {
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("sandbox");
    let trivial = sandbox
        .load(br#"(module (memory (export "memory") 1) (func (export "_start")))"#)
        .expect("trivial module");
    let request = || RunRequest::new(trivial.clone());
    let check = |outcome: Outcome| assert_eq!(outcome.verdict, Verdict::Ok, "{}", outcome.message);
    for _ in 0..500 {
        check(sandbox.run_on_this_thread(request()).expect("run"));
    }
    let mut here = time_runs(5000, || check(sandbox.run_on_this_thread(request()).expect("run")));
    let mut pooled = time_runs(5000, || check(sandbox.run_blocking(request()).expect("run")));
    let mut spawn = time_runs(300, || {
        let status = Command::new("/bin/true").status().expect("spawn /bin/true");
        assert!(status.success());
    });
    let (here50, pooled50, spawn50) = (
        percentile(&mut here, 0.5),
        percentile(&mut pooled, 0.5),
        percentile(&mut spawn, 0.5),
    );
    println!("\n## Per-run overhead (trivial module: store + instantiate + run + teardown)");
    println!("| path | median | p90 | runs |");
    println!("|---|---:|---:|---:|");
    println!(
        "| sandbox, on the calling thread | {:.1} µs | {:.1} µs | 5000 |",
        micros(here50),
        micros(percentile(&mut here, 0.9))
    );
    println!(
        "| sandbox, via a worker thread (`run_blocking`) | {:.1} µs | {:.1} µs | 5000 |",
        micros(pooled50),
        micros(percentile(&mut pooled, 0.9))
    );
    println!(
        "| native process spawn (`/bin/true`) | {:.1} µs | {:.1} µs | 300 |",
        micros(spawn50),
        micros(percentile(&mut spawn, 0.9))
    );
    println!(
        "\nspawn / sandbox run: {:.0}x (calling thread), {:.0}x (worker thread)",
        spawn50.as_secs_f64() / here50.as_secs_f64(),
        spawn50.as_secs_f64() / pooled50.as_secs_f64()
    );
}

/// Best of three wall times, the outcome of the last run.
fn best_of_three(sandbox: &Sandbox, program: &Program) -> (Duration, Outcome) {
    let limits = Limits::from_time_limit(60.0, 512 << 20, 1 << 20);
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..3 {
        let outcome = sandbox
            .run_blocking(RunRequest::new(program.clone()).limits(limits.clone()))
            .expect("run");
        assert_eq!(outcome.verdict, Verdict::Ok, "{}", outcome.message);
        best = best.min(outcome.wall);
        last = Some(outcome);
    }
    (best, last.expect("three runs"))
}

fn kernels() {
    let config = SandboxConfig {
        workers: 1,
        ..SandboxConfig::default()
    };
    let metered = Sandbox::new(config.clone()).expect("metered sandbox");
    let unmetered = Sandbox::unmetered(config).expect("unmetered sandbox");
    println!("\n## Kernels: metering cost and instructions per second (best of 3)");
    println!("| kernel | instructions | metered | unmetered | metering cost | instructions/s | limit s / real s |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut log_rate = 0.0;
    let mut log_cost = 0.0;
    for name in KERNELS {
        let source = kernel_source(name);
        let (with, outcome) = best_of_three(&metered, &metered.load(source.as_bytes()).expect("kernel"));
        let (without, plain) = best_of_three(&unmetered, &unmetered.load(source.as_bytes()).expect("kernel"));
        assert_eq!(outcome.stdout, plain.stdout, "{name}: metering changed the output");
        let rate = outcome.instructions as f64 / with.as_secs_f64();
        let cost = with.as_secs_f64() / without.as_secs_f64();
        log_rate += rate.ln();
        log_cost += cost.ln();
        println!(
            "| {name} | {} | {:.1} ms | {:.1} ms | {:+.0}% | {:.2e} | {:.2} |",
            outcome.instructions,
            with.as_secs_f64() * 1e3,
            without.as_secs_f64() * 1e3,
            (cost - 1.0) * 100.0,
            rate,
            outcome.time_seconds() / with.as_secs_f64(),
        );
    }
    let n = KERNELS.len() as f64;
    println!(
        "\ngeometric means: {:.2e} instructions/s, metering cost {:+.0}%; INSTRUCTIONS_PER_SECOND = {:.2e}",
        (log_rate / n).exp(),
        ((log_cost / n).exp() - 1.0) * 100.0,
        INSTRUCTIONS_PER_SECOND as f64
    );
}

/// Hello world in each interpreted language, run after run: the interpreter's
/// start-up and teardown is nearly all of it.
fn interpreters() {
    let root = Toolchains::default_dir();
    let cache = std::env::temp_dir().join("oa-bench-cache");
    let config = SandboxConfig {
        workers: 1,
        cache_dir: Some(cache.clone()),
        ..SandboxConfig::default()
    };
    let sandbox = Sandbox::new(config).expect("sandbox");
    let toolchains = Toolchains::new(&root, &cache);
    println!("\n## Interpreter start-up (hello world, run after run on one thread)");
    println!("| language | start | instructions | median | p90 | processor time, median | runs |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    let limits = Limits::from_time_limit(10.0, 256 << 20, 1 << 20);
    for (language, file, text) in [
        ("python", "main.py", "print('hello')\n"),
        ("javascript", "main.js", "console.log('hello')\n"),
    ] {
        let Ok(lang) = toolchains.language(language) else {
            continue;
        };
        let source = Source {
            name: file.into(),
            bytes: text.as_bytes().to_vec(),
        };
        let executable = match toolchains.build(&sandbox, lang, &[source]) {
            Ok(executable) => executable,
            Err(err) => {
                println!("| {language} | not run: {err} | | | | | |");
                continue;
            }
        };
        let request = executable.request("", &limits);
        let mut routes = vec![("snapshot", request.clone())];
        match executable.program.cold() {
            Some(cold) => {
                let mut request = request.clone();
                request.program = cold.clone();
                routes.push(("cold", request));
            }
            None => routes[0].0 = "cold",
        }
        for (route, request) in routes {
            let run = || {
                let outcome = sandbox.run_on_this_thread(request.clone()).expect("run");
                assert_eq!(outcome.verdict, Verdict::Ok, "{}", outcome.message);
                assert_eq!(outcome.stdout, b"hello\n");
                outcome
            };
            for _ in 0..5 {
                run();
            }
            let runs = 100;
            let mut instructions = 0;
            let mut cpu = Vec::new();
            let mut times = time_runs(runs, || {
                let outcome = run();
                instructions = outcome.instructions;
                cpu.push(outcome.cpu);
            });
            println!(
                "| {language} | {route} | {instructions} | {:.2} ms | {:.2} ms | {:.2} ms | {runs} |",
                percentile(&mut times, 0.5).as_secs_f64() * 1e3,
                percentile(&mut times, 0.9).as_secs_f64() * 1e3,
                percentile(&mut cpu, 0.5).as_secs_f64() * 1e3,
            );
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a further argument picks one part.
    let only: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let wants = |part: &str| only.is_empty() || only.iter().any(|o| o == part);
    println!(
        "# {}, {} cores",
        sandbox::ENGINE_VERSION,
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
    );
    if wants("overhead") {
        overhead();
    }
    if wants("kernels") {
        kernels();
    }
    if wants("interpreters") {
        interpreters();
    }
}
