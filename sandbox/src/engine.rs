//! The wasmtime engine every run shares: deterministic execution, metering, and
//! a pooling instance allocator sized for the worker count.

use crate::limits::{MAX_MEMORY_BYTES, MAX_TABLE_ELEMENTS};
use crate::SandboxConfig;
use wasmtime::{Config, Engine, InstanceAllocationStrategy, OptLevel, PoolingAllocationConfig};

/// Innermost frames kept when a module traps.
pub(crate) const BACKTRACE_FRAMES: usize = 32;

/// Tables a module may define.
pub(crate) const TABLES_PER_MODULE: u32 = 4;

/// The WebAssembly an engine accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Profile {
    /// What compilers emit for ordinary programs: WebAssembly 2.0 without threads.
    Core,
    /// Core plus garbage-collected objects, typed function references and
    /// exceptions, for languages whose compilers need them (Kotlin). Kept apart so
    /// that every other module runs on an engine without the GC runtime.
    Gc,
}

/// Builds the engine. `metered: false` is only for the benchmark that prices metering.
pub(crate) fn build(config: &SandboxConfig, metered: bool, profile: Profile) -> wasmtime::Result<Engine> {
    let mut wasm = Config::new();
    wasm.cranelift_opt_level(OptLevel::Speed)
        .consume_fuel(metered)
        .max_wasm_stack(config.max_stack_bytes)
        // A run executes on a fiber, which pauses after every slice of its budget
        // so the run's clocks can be read (see `run.rs`); the fiber's stack holds
        // the wasm stack and the host's frames around it.
        .async_stack_size(config.max_stack_bytes + (1 << 20))
        // Reproducible to the bit on any machine: NaNs and relaxed SIMD results
        // must not depend on the host CPU, and threads are compiled out of the engine.
        .cranelift_nan_canonicalization(true)
        .relaxed_simd_deterministic(true)
        // A trap 10^7 frames deep must not walk and keep all of them.
        .wasm_backtrace_max_frames(std::num::NonZeroUsize::new(BACKTRACE_FRAMES))
        .memory_init_cow(true)
        .parallel_compilation(true);
    match profile {
        Profile::Core => {
            wasm.wasm_gc(false);
        }
        Profile::Gc => {
            // Deferred reference counting is the only working collector in this
            // wasmtime; it leaks cyclic garbage until the run ends, which the
            // memory limit bounds.
            wasm.wasm_gc(true)
                .wasm_function_references(true)
                .wasm_exceptions(true)
                .collector(wasmtime::Collector::DeferredReferenceCounting);
        }
    }

    // Every slot is reserved up front, so an instantiation never waits for or
    // fights over memory; a run holds one instance, interactive runs two.
    let slots = (config.workers as u32).max(1) * 2 + 2;
    let mut pool = PoolingAllocationConfig::default();
    // Memories get twice the instance slots: on the GC engine a store's GC heap
    // (which also holds exceptions, so every C++ program that throws has one) is
    // backed by a linear memory from this same pool, beside the module's own.
    // With one memory per slot, an interactive pair of such programs found the
    // pool full.
    pool.total_core_instances(slots)
        .total_memories(slots * 2)
        .total_tables(slots * TABLES_PER_MODULE)
        .total_stacks(slots)
        .total_component_instances(0)
        .max_memories_per_module(1)
        .max_tables_per_module(TABLES_PER_MODULE)
        .table_elements(MAX_TABLE_ELEMENTS as usize)
        .max_memory_size(MAX_MEMORY_BYTES as usize);
    if profile == Profile::Gc {
        pool.total_gc_heaps(slots * 2);
    }
    wasm.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    Engine::new(&wasm)
}
