//! What the Java tests share: javac on one source, HotSpot's run of it, and a
//! compiled module run as a WASI command, as the sandbox runs it.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// Writes `source` as `{class}.java` in `dir` and compiles it there (with
/// javac's inline string concatenation, as oa compiles candidates' code);
/// returns the main class file.
pub fn javac_one(dir: &Path, class: &str, source: &str) -> Vec<u8> {
    let file = dir.join(format!("{class}.java"));
    std::fs::write(&file, source).unwrap();
    javac_file(dir, &file);
    std::fs::read(dir.join(format!("{class}.class"))).unwrap()
}

/// Compiles one source file into `dir`.
pub fn javac_file(dir: &Path, file: &Path) {
    let status = Command::new("javac")
        .args(["-XDstringConcat=inline", "-d"])
        .arg(dir)
        .arg(file)
        .status()
        .expect("javac runs (install OpenJDK 17: ./dev setup)");
    assert!(status.success(), "javac of {} failed", file.display());
}

/// The class's run on HotSpot, from the class files in `dir`.
pub fn hotspot(dir: &Path, class: &str) -> Output {
    Command::new("java")
        .arg("-cp")
        .arg(dir)
        .arg(class)
        .output()
        .expect("java runs")
}

/// Runs a module `compile_main` made: its standard output and exit status.
pub fn run_command(wasm: &[u8]) -> (Vec<u8>, i32) {
    let mut config = Config::new();
    config
        .wasm_gc(true)
        .wasm_function_references(true)
        .wasm_exceptions(true);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(&engine, wasm).unwrap();
    let stdout = MemoryOutputPipe::new(1 << 20);
    let mut store = Store::new(&engine, WasiCtxBuilder::new().stdout(stdout.clone()).build_p1());
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |ctx| ctx).unwrap();
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance.get_typed_func::<(), ()>(&mut store, "_start").unwrap();
    let code = match start.call(&mut store, ()) {
        Ok(()) => 0,
        Err(e) => e.downcast_ref::<I32Exit>().unwrap_or_else(|| panic!("{e:?}")).0,
    };
    drop(store);
    (stdout.contents().to_vec(), code)
}
