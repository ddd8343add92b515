//! Differential tests against HotSpot. In each suite (`kernels/`, `objects/`,
//! `interfaces/`, `statics/`, `exceptions/`, `lambdas/`, `strings/`,
//! `enums/`),
//! `Main.java` calls the suite's static entry points on the JVM and records each
//! call with its result (`harness/Check.java`); the same calls go, in the same
//! order, to the exports of the module compiled from the suite's other classes.
//! Needs `javac` and `java` (OpenJDK 17, `./dev setup`).

mod common;

use std::path::Path;
use std::process::Command;
use wasmtime::{Config, Engine, Linker, Module, Store, Val};

/// Compiles the suite with the harness; returns the class files to translate
/// (all but the harness's).
fn javac(suite: &str, dir: &Path) -> Vec<Vec<u8>> {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut sources: Vec<_> = std::fs::read_dir(tests.join(suite))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "java"))
        .collect();
    sources.push(tests.join("harness/Check.java"));
    let status = Command::new("javac")
        .args(["-encoding", "UTF-8", "--release", "17", "-d"])
        .arg(dir)
        .args(&sources)
        .status()
        .expect("javac runs (install OpenJDK 17: ./dev setup)");
    assert!(status.success(), "javac failed");
    let mut classes: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !["Main.class", "Check.class"].contains(&p.file_name().unwrap().to_str().unwrap()))
        .collect();
    classes.sort();
    classes.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn value(text: &str) -> Val {
    let (tag, rest) = text.split_at(1);
    match tag {
        "i" => Val::I32(rest.parse().unwrap()),
        "l" => Val::I64(rest.parse().unwrap()),
        "d" => Val::F64(u64::from_str_radix(rest, 16).unwrap()),
        "f" => Val::F32(u32::from_str_radix(rest, 16).unwrap()),
        _ => panic!("bad value {text}"),
    }
}

/// Equal as Java sees it: NaNs are equal whatever their payload.
fn same(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::I32(x), Val::I32(y)) => x == y,
        (Val::I64(x), Val::I64(y)) => x == y,
        (Val::F64(x), Val::F64(y)) => x == y || (f64::from_bits(*x).is_nan() && f64::from_bits(*y).is_nan()),
        (Val::F32(x), Val::F32(y)) => x == y || (f32::from_bits(*x).is_nan() && f32::from_bits(*y).is_nan()),
        _ => false,
    }
}

/// The minimal `java.lang` exceptions (and `Objects.requireNonNull`) of
/// `lang/`, compiled as replacements for the JDK's (`--patch-module`), into `dir`.
fn minimal_lang(dir: &Path) {
    let lang = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lang");
    let mut sources: Vec<_> = ["java/lang", "java/util", "java/io"]
        .iter()
        .flat_map(|package| std::fs::read_dir(lang.join(package)).unwrap())
        .map(|e| e.unwrap().path())
        .collect();
    // The natives a whole program's output goes through.
    sources.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/jdk/internal/oa/Wasi.java"));
    let status = Command::new("javac")
        .arg("--patch-module")
        .arg(format!("java.base={}", lang.display()))
        .arg("-d")
        .arg(dir)
        .args(&sources)
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac of tests/lang failed");
}

/// Runs the suite on HotSpot and through the module; returns the calls made.
/// With `lang`, the module takes java.lang's classes from `tests/lang`.
fn differential(suite: &str) -> usize {
    differential_with(suite, false)
}

fn differential_with(suite: &str, lang: bool) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let classes = javac(suite, dir.path());
    let lang_dir = tempfile::tempdir().unwrap();
    if lang {
        minimal_lang(lang_dir.path());
    }
    let expected = Command::new("java")
        .arg("-cp")
        .arg(dir.path())
        .arg("Main")
        .output()
        .expect("java runs");
    assert!(
        expected.status.success(),
        "{}",
        String::from_utf8_lossy(&expected.stderr)
    );
    let expected = String::from_utf8(expected.stdout).unwrap();

    let classes: Vec<&[u8]> = classes.iter().map(Vec::as_slice).collect();
    let wasm = if lang {
        java::compile_with(&classes, &java::DirClassPath(lang_dir.path().to_path_buf()))
    } else {
        java::compile(&classes)
    }
    .unwrap_or_else(|e| panic!("{e}"));

    let mut config = Config::new();
    config
        .wasm_gc(true)
        .wasm_function_references(true)
        .wasm_exceptions(true);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(&engine, &wasm).unwrap();
    let mut store = Store::new(&engine, ());
    // The suites call no WASI function: the imports trap if they are called.
    let mut linker = Linker::new(&engine);
    linker.define_unknown_imports_as_traps(&module).unwrap();
    let instance = linker.instantiate(&mut store, &module).unwrap();

    let mut calls = 0;
    for line in expected.lines() {
        let mut parts = line.split('|');
        let (export, args, result) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
        let args: Vec<Val> = args.split(',').filter(|a| !a.is_empty()).map(value).collect();
        let want = value(result);
        let func = instance
            .get_func(&mut store, export)
            .unwrap_or_else(|| panic!("no export {export}"));
        let mut got = [Val::I32(0)];
        func.call(&mut store, &args, &mut got)
            .unwrap_or_else(|e| panic!("{export}{args:?}: {e:?}"));
        assert!(
            same(&got[0], &want),
            "{export}({args:?}): HotSpot {want:?}, WebAssembly {:?}",
            got[0]
        );
        calls += 1;
    }
    calls
}

#[test]
fn kernels_match_hotspot() {
    let calls = differential("kernels");
    assert!(calls > 150, "only {calls} calls");
}

#[test]
fn objects_match_hotspot() {
    let calls = differential("objects");
    assert!(calls > 10, "only {calls} calls");
}

#[test]
fn interfaces_match_hotspot() {
    let calls = differential("interfaces");
    assert!(calls > 5, "only {calls} calls");
}

#[test]
fn statics_match_hotspot() {
    let calls = differential("statics");
    assert_eq!(calls, 4);
}

#[test]
fn exceptions_match_hotspot() {
    let calls = differential_with("exceptions", true);
    assert!(calls > 20, "only {calls} calls");
}

#[test]
fn lambdas_match_hotspot() {
    let calls = differential_with("lambdas", true);
    assert!(calls > 8, "only {calls} calls");
}

#[test]
fn strings_match_hotspot() {
    let calls = differential_with("strings", true);
    assert!(calls > 15, "only {calls} calls");
}

#[test]
fn enums_match_hotspot() {
    let calls = differential_with("enums", true);
    assert!(calls > 8, "only {calls} calls");
}

/// A whole program (`program/`), compiled with `compile_main` against the
/// minimal library and run as a WASI command: its output and exit status are
/// HotSpot's.
#[test]
fn a_whole_program_runs_as_on_hotspot() {
    let dir = tempfile::tempdir().unwrap();
    common::javac_file(
        dir.path(),
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/program/Main.java"),
    );
    let expected = common::hotspot(dir.path(), "Main");
    let lang_dir = tempfile::tempdir().unwrap();
    minimal_lang(lang_dir.path());
    let classes: Vec<Vec<u8>> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    let classes: Vec<&[u8]> = classes.iter().map(Vec::as_slice).collect();
    let wasm = java::compile_main(&classes, &java::DirClassPath(lang_dir.path().to_path_buf()), "Main")
        .unwrap_or_else(|e| panic!("{e}"));
    let (stdout, code) = common::run_command(&wasm);
    assert_eq!(
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&expected.stdout)
    );
    assert_eq!(Some(code), expected.status.code());
    assert_eq!(code, 3, "the program ends with System.exit(3)");
}

#[test]
fn unsupported_code_names_the_method_and_the_construct() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("Strings.java");
    std::fs::write(
        &source,
        "class Strings { static int len(int n) { return (\"x\" + n).length(); } }\n",
    )
    .unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(dir.path())
        .arg(&source)
        .status()
        .expect("javac runs");
    assert!(status.success());
    let class = std::fs::read(dir.path().join("Strings.class")).unwrap();
    let error = java::compile(&[&class]).unwrap_err().to_string();
    assert!(error.starts_with("Strings.len: "), "{error}");
    assert!(error.ends_with("is not supported"), "{error}");
}

#[test]
fn broken_class_files_are_refused_clearly() {
    let error = java::compile(&[b"\xca\xfe\xba\xbe\x00"]).unwrap_err().to_string();
    assert!(error.starts_with("class file #1: not a valid class file"), "{error}");
}
