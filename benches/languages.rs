//! Each language's WebAssembly against the same program built natively, on an
//! input-heavy program (read 10^6 integers), a sort and a dynamic program; then
//! C and C++ on the kernels of `benches/kernels/` (sieve, BFS, Dijkstra, hash
//! maps...), whose geometric mean is the figure to hold under 1.5x gcc/g++ -O2.
//! Prints figures and checks that native and wasm print the same; asserts
//! nothing about speed. `./dev bench` runs it.
//!
//! Native toolchains: gcc/g++ and rustc (on the machine), Go from the oa
//! toolchain built for linux/amd64, python3 and node where installed.

#[path = "../tests/support/programs.rs"]
mod support;

use sandbox::limits::INSTRUCTIONS_PER_SECOND;
use sandbox::{Limits, Sandbox, SandboxConfig, Source, Toolchains, Verdict};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROGRAMS: &[&str] = &["read", "sort", "dp"];

/// How to build and run the native twin of a program; `None` when the tool is missing.
fn native(language: &str, source: &Path, dir: &Path, toolchains: &Path) -> Option<Vec<String>> {
    let exe = dir.join(format!("{language}-native"));
    let exe_s = exe.to_string_lossy().to_string();
    let src = source.to_string_lossy().to_string();
    let build = |program: &str, args: &[&str], env: &[(&str, String)]| -> Option<Vec<String>> {
        let status = Command::new(program)
            .args(args)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .status()
            .ok()?;
        status.success().then(|| vec![exe_s.clone()])
    };
    match language {
        "c" => build("gcc", &["-O2", "-o", &exe_s, &src], &[]),
        "cpp" => build("g++", &["-O2", "-std=c++20", "-o", &exe_s, &src], &[]),
        "rust" => build("rustc", &["-O", "--edition=2021", "-o", &exe_s, &src], &[]),
        "go" => {
            let go = toolchains.join("go/go/bin/go");
            let env = [
                ("GOOS", "linux".into()),
                ("GOARCH", "amd64".into()),
                ("GOTOOLCHAIN", "local".into()),
                ("GOCACHE", dir.join("gocache").to_string_lossy().to_string()),
                ("GOROOT", toolchains.join("go/go").to_string_lossy().to_string()),
            ];
            build(&go.to_string_lossy(), &["build", "-o", &exe_s, &src], &env)
        }
        "python" => Some(vec!["python3".into(), src]),
        "javascript" => None, // the programs use QuickJS's std module; node has none
        _ => None,
    }
}

fn best_native(argv: &[String], input: &[u8], dir: &Path) -> Option<(Duration, Vec<u8>)> {
    let stdin_path = dir.join("stdin.txt");
    std::fs::write(&stdin_path, input).ok()?;
    let mut best = Duration::MAX;
    let mut output = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let out = Command::new(&argv[0])
            .args(&argv[1..])
            .stdin(std::fs::File::open(&stdin_path).ok()?)
            .stderr(Stdio::null())
            .output()
            .ok()?;
        best = best.min(started.elapsed());
        output = out.stdout;
    }
    Some((best, output))
}

/// A program built by oa and run three times on `stdin`: the best real time,
/// the billed time and the output, or why it could not be built or run.
fn measure_wasm(
    sandbox: &Sandbox,
    toolchains: &Toolchains,
    language: &sandbox::Language,
    file: &Path,
    stdin: &[u8],
    limits: &Limits,
) -> Result<(Duration, f64, Vec<u8>), String> {
    let source = Source {
        name: file.file_name().unwrap().to_string_lossy().to_string(),
        bytes: std::fs::read(file).expect("source"),
    };
    let executable = toolchains
        .build(sandbox, language, &[source])
        .map_err(|err| err.to_string())?;
    let mut best = Duration::MAX;
    let mut outcome = None;
    for _ in 0..3 {
        let run = sandbox
            .run_blocking(executable.request(stdin.to_vec(), limits))
            .expect("run");
        if run.verdict != Verdict::Ok {
            return Err(format!("{:?}: {}", run.verdict, run.message));
        }
        best = best.min(run.wall);
        outcome = Some(run);
    }
    let outcome = outcome.expect("three runs");
    let billed = outcome.instructions as f64 / INSTRUCTIONS_PER_SECOND as f64 / language.time_multiplier;
    Ok((best, billed, outcome.stdout))
}

/// C and C++ kernels against gcc/g++ -O2, with the geometric mean of the ratios.
fn kernels(root: &Path, sandbox: &Sandbox, toolchains: &Toolchains, toolchains_dir: &Path, scratch: &Path) {
    let limits = Limits::from_time_limit(60.0, 1 << 30, 64 << 20);
    let dir = root.join("benches/kernels");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("benches/kernels")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("c" | "cpp")))
        .collect();
    files.sort();
    println!("\n# C and C++ kernels (benches/kernels): metered WebAssembly against gcc/g++ -O2, best of 3");
    println!("\n| kernel | language | native | wasm (real) | wasm / native | billed |");
    println!("|---|---|---:|---:|---:|---:|");
    let mut ratios = Vec::new();
    for file in files {
        let id = match file.extension().and_then(|e| e.to_str()) {
            Some("c") => "c",
            _ => "cpp",
        };
        let Some(language) = toolchains.languages().iter().find(|l| l.id == id) else {
            continue;
        };
        let name = file.file_stem().unwrap().to_string_lossy().to_string();
        let stdin = std::fs::read(file.with_extension("in")).expect("the kernel's .in file");
        let (wasm, billed, output) = match measure_wasm(sandbox, toolchains, language, &file, &stdin, &limits) {
            Ok(measured) => measured,
            Err(err) => {
                println!("| {name} | {id} | | | | {err} |");
                continue;
            }
        };
        let Some((time, native_output)) =
            native(id, &file, scratch, toolchains_dir).and_then(|argv| best_native(&argv, &stdin, scratch))
        else {
            println!(
                "| {name} | {id} | - | {:.0} ms | - | {:.0} ms |",
                wasm.as_secs_f64() * 1e3,
                billed * 1e3
            );
            continue;
        };
        assert_eq!(native_output, output, "{name}: native and wasm disagree");
        let ratio = wasm.as_secs_f64() / time.as_secs_f64();
        ratios.push(ratio);
        println!(
            "| {name} | {id} | {:.0} ms | {:.0} ms | {ratio:.2}x | {:.0} ms |",
            time.as_secs_f64() * 1e3,
            wasm.as_secs_f64() * 1e3,
            billed * 1e3
        );
    }
    if !ratios.is_empty() {
        let mean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!(
            "\ngeometric mean of wasm / native over {} kernels: {mean:.2}x",
            ratios.len()
        );
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let toolchains_dir = Toolchains::default_dir();
    let scratch = tempfile::tempdir().expect("scratch");
    let sandbox = Sandbox::new(SandboxConfig {
        workers: 1,
        cache_dir: Some(scratch.path().join("cache")),
        ..SandboxConfig::default()
    })
    .expect("sandbox");
    let toolchains = Toolchains::new(&toolchains_dir, &scratch.path().join("cache"));
    let limits = Limits::from_time_limit(60.0, 1 << 30, 64 << 20);
    let cases = support::cases();

    println!(
        "# Languages: WebAssembly in oa against native ({}), best of 3",
        sandbox::ENGINE_VERSION
    );
    println!("\n| language | program | native | wasm (real) | wasm / native | billed | billed / native |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    // OA_BENCH_LANGUAGES=cpp,go limits the table to those languages.
    let only: Option<Vec<String>> = std::env::var("OA_BENCH_LANGUAGES")
        .ok()
        .map(|list| list.split(',').map(str::to_string).collect());
    for language in toolchains.languages() {
        if only.as_ref().is_some_and(|only| !only.contains(&language.id)) {
            continue;
        }
        let dir = root.join("tests/programs").join(&language.id);
        for program in PROGRAMS {
            let Some(file) = std::fs::read_dir(&dir).ok().and_then(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .find(|p| p.file_stem().is_some_and(|s| s == *program))
            }) else {
                continue;
            };
            let (_, input, expected) = cases.iter().find(|(name, _, _)| name == program).expect("a case");
            let stdin = input.clone().into_bytes();
            let (wasm_best, billed, stdout) =
                match measure_wasm(&sandbox, &toolchains, language, &file, &stdin, &limits) {
                    Ok(measured) => measured,
                    Err(err) => {
                        println!("| {} | {program} | | | | {err} | |", language.id);
                        continue;
                    }
                };
            assert_eq!(stdout, expected.as_bytes(), "{} {program}: wrong output", language.id);
            let native = native(&language.id, &file, scratch.path(), &toolchains_dir)
                .and_then(|argv| best_native(&argv, &stdin, scratch.path()));
            let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1e3);
            match native {
                Some((time, output)) => {
                    assert_eq!(output, stdout, "{} {program}: native and wasm disagree", language.id);
                    println!(
                        "| {} | {program} | {} | {} | {:.1}x | {:.0} ms | {:.1}x |",
                        language.id,
                        ms(time),
                        ms(wasm_best),
                        wasm_best.as_secs_f64() / time.as_secs_f64(),
                        billed * 1e3,
                        billed / time.as_secs_f64()
                    );
                }
                None => println!(
                    "| {} | {program} | - | {} | - | {:.0} ms | - |",
                    language.id,
                    ms(wasm_best),
                    billed * 1e3
                ),
            }
        }
    }
    println!("\nbilled: instructions / {INSTRUCTIONS_PER_SECOND}, divided by the language's time multiplier (what counts against a limit set for C++).");
    if only
        .as_ref()
        .is_none_or(|only| only.iter().any(|l| l == "c" || l == "cpp"))
    {
        kernels(&root, &sandbox, &toolchains, &toolchains_dir, scratch.path());
    }
}
