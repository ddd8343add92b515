//! Runs a module `compile_main` made, as a WASI command with standard input,
//! output and error inherited, and exits with its status. For looking at what
//! a program does before it is judged; the sandbox runs it for real.
//!
//!     REACH_WASM=hello.wasm cargo run -p java --example reach -- PATCHES JDK Main.class
//!     cargo run -p java --example run -- hello.wasm

use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

fn main() {
    let path = std::env::args().nth(1).expect("usage: run MODULE.wasm");
    let mut config = Config::new();
    config
        .wasm_gc(true)
        .wasm_function_references(true)
        .wasm_exceptions(true)
        .wasm_backtrace_details(wasmtime::WasmBacktraceDetails::Enable);
    let engine = Engine::new(&config).unwrap();
    let module = Module::from_file(&engine, &path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let wasi = WasiCtxBuilder::new().inherit_stdio().build_p1();
    let mut store = Store::new(&engine, wasi);
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |ctx| ctx).unwrap();
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance.get_typed_func::<(), ()>(&mut store, "_start").unwrap();
    match start.call(&mut store, ()) {
        Ok(()) => {}
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(exit) => std::process::exit(exit.0),
            None => {
                eprintln!("{e:?}");
                std::process::exit(101);
            }
        },
    }
}
