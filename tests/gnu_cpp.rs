//! C++ written for g++, judged as g++ builds it: each program of
//! tests/programs/gnu-cpp/ is built by the native g++ and by oa, run on its `.in`,
//! and must print the same thing (and, when it dies of an uncaught exception, say
//! the same thing about it). Needs g++ and oa's toolchains (`./dev setup`).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

fn cache() -> &'static Path {
    static CACHE: OnceLock<tempfile::TempDir> = OnceLock::new();
    CACHE.get_or_init(|| tempfile::tempdir().expect("cache dir")).path()
}

fn programs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/gnu-cpp")
}

/// What a program did: its stdout, its stderr, and whether it ended normally.
#[derive(Debug, PartialEq)]
struct Behaviour {
    stdout: String,
    stderr: String,
    normal_exit: bool,
}

/// The program's source: `name.cpp`, or `name.c` for a C program.
fn source_of(name: &str) -> PathBuf {
    let cpp = programs().join(format!("{name}.cpp"));
    if cpp.exists() {
        cpp
    } else {
        programs().join(format!("{name}.c"))
    }
}

fn native(name: &str) -> Behaviour {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join(name);
    let source = source_of(name);
    let (compiler, standard) = match source.extension().and_then(|e| e.to_str()) {
        Some("c") => ("gcc", "-std=gnu17"),
        _ => ("g++", "-std=gnu++17"),
    };
    let compiled = Command::new(compiler)
        .args([standard, "-O2", "-o"])
        .arg(&binary)
        .arg(&source)
        .output()
        .expect("gcc and g++ must be installed for the differential tests (apt-get install g++)");
    assert!(
        compiled.status.success(),
        "{compiler} refused {name}: {}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let input = std::fs::File::open(programs().join(format!("{name}.in"))).unwrap();
    let output = Command::new(&binary).stdin(Stdio::from(input)).output().unwrap();
    Behaviour {
        stdout: String::from_utf8_lossy(&output.stdout).into(),
        stderr: String::from_utf8_lossy(&output.stderr).into(),
        normal_exit: output.status.code().is_some(),
    }
}

fn in_oa(name: &str) -> (Behaviour, Value) {
    let output = Command::new(env!("CARGO_BIN_EXE_oa"))
        .arg("run")
        .arg(source_of(name))
        .arg("--input")
        .arg(programs().join(format!("{name}.in")))
        .args(["--json", "--time-limit", "10", "--memory-limit", "512"])
        .env("OA_CACHE_DIR", cache())
        .output()
        .expect("run oa");
    assert!(
        output.status.success(),
        "oa failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let behaviour = Behaviour {
        stdout: report["stdout"].as_str().unwrap_or_default().into(),
        stderr: report["stderr"].as_str().unwrap_or_default().into(),
        normal_exit: report["verdict"] == "OK",
    };
    (behaviour, report)
}

/// Runs `name` both ways; the stdout must be the same.
fn same_as_gxx(name: &str) -> (Behaviour, Behaviour, Value) {
    let expected = native(name);
    let (got, report) = in_oa(name);
    assert_eq!(
        got.stdout, expected.stdout,
        "{name}: stdout differs from g++'s; oa said {report}"
    );
    (expected, got, report)
}

#[test]
fn exceptions_are_thrown_caught_and_unwound_as_with_gxx() {
    let (expected, got, report) = same_as_gxx("exceptions");
    assert!(expected.normal_exit && got.normal_exit, "{report}");
    assert!(got.stdout.contains("found at depth 3"), "{report}");
}

#[test]
fn an_uncaught_exception_ends_the_run_with_gxxs_message() {
    let (expected, got, report) = same_as_gxx("uncaught");
    assert!(!expected.normal_exit, "g++'s program should have aborted");
    assert_eq!(report["verdict"], "RTE", "{report}");
    assert_eq!(got.stderr, expected.stderr, "{report}");
    assert!(got.stderr.contains("what():  input was positive"), "{report}");
}

#[test]
fn math_in_constant_expressions_compiles_as_with_gxx() {
    same_as_gxx("constexpr_math");
}

#[test]
fn zero_initialised_variable_length_arrays_compile_as_with_gxx() {
    same_as_gxx("vla");
}

#[test]
fn int128_division_links_and_computes_as_with_gcc_in_c_and_cpp() {
    // The compiler's runtime library divides __int128; it needs the stack
    // protector's canary, which oa provides.
    same_as_gxx("int128");
    same_as_gxx("int128_c");
}

#[test]
fn qsort_orders_ties_and_calls_the_comparator_as_glibc_does_in_c_and_cpp() {
    same_as_gxx("qsort_c");
    same_as_gxx("qsort");
}

#[test]
fn bitset_find_first_and_next_behave_as_with_gxx() {
    same_as_gxx("bitset_find");
}

#[test]
fn main_without_its_type_compiles_as_with_gxx() {
    same_as_gxx("implicit_int_main");
}

#[test]
fn gnu_extensions_behave_as_with_gxx() {
    same_as_gxx("extensions");
}

#[test]
fn a_constant_that_really_must_be_known_at_compile_time_is_still_a_compile_error() {
    // `const` instead of `constexpr` cannot size an array: the compile fails, with
    // the message about the code as written, instead of silently doing otherwise.
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("main.cpp");
    std::fs::write(
        &source,
        "#include <cmath>\nconstexpr int N = (int)sqrt(16.0);\nint table[N];\nint main() { return table[0]; }\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_oa"))
        .arg("run")
        .arg(&source)
        .arg("--json")
        .env("OA_CACHE_DIR", cache())
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["verdict"], "CE", "{report}");
    let message = report["message"].as_str().unwrap();
    assert!(
        message.contains("constexpr variable 'N' must be initialized by a constant expression"),
        "{message}"
    );
}

#[test]
fn policy_based_data_structures_behave_as_with_gxx() {
    // The ordered set with order statistics, the less_equal multiset, a tree map
    // and gp_hash_table (its iteration order is not g++'s, so the program sorts).
    same_as_gxx("pb_ds");
}
