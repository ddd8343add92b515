//! Ahead-of-time compilation of JVM bytecode to WebAssembly.
//!
//! Candidates' Java is compiled by `javac`; this crate turns the class files into
//! a WebAssembly module that the sandbox runs like any other, with the engine's
//! garbage collector, typed function references and exceptions. No JVM runs a
//! candidate's code, and nothing is interpreted: counted instructions stay the
//! measure of time, as for every other language.
//!
//! Why a compiler of our own, and why this shape, is in `docs/java.md`. In short:
//! nothing that compiles Java to WebAssembly can be installed from the registries
//! these machines reach, and the JDK's own class library, compiled by the same
//! route, is what makes outputs match HotSpot's byte for byte.
//!
//! The pipeline, one module per step:
//! - `jtype`: Java types and descriptors;
//! - `frames`: the verifier's types at branch targets (`StackMapTable`);
//! - `patch`: oa's patches to the JDK's classes where they need a VM;
//! - `reach`: the classes and methods a program can reach from its entry points;
//! - `lambda`, `classfile`: the classes lambdas and method references become;
//! - `cfg`: basic blocks, dominators and loops of a method;
//! - `lower`: one method's bytecode to one WebAssembly function, with structured
//!   control flow rebuilt from the dominator tree;
//! - `classes`: the classes compiled together: superclasses first, fields, vtable slots;
//! - `layout`: how objects and arrays are WebAssembly GC structs and arrays;
//! - `natives`: the JDK's native methods the compiler implements;
//! - `module`: indices, static initialisers, helpers, exports and validation.

mod cfg;
mod classes;
mod classfile;
mod error;
mod frames;
mod jtype;
mod lambda;
mod layout;
mod lower;
mod module;
mod natives;
mod patch;
mod reach;

pub use error::CompileError;

/// This compiler's identity: a hash of its sources (see `build.rs`). Caches
/// of what it made are keyed on it.
pub const COMPILER_HASH: &str = env!("OA_JAVA_COMPILER_HASH");
pub use module::{compile, compile_main, compile_program, compile_with};
pub use patch::{parse as parse_class, Patched};
pub use reach::{analyze, ClassPath, DirClassPath, MethodKey, NoClassPath, Reached};
