//! Interpreters that start from a snapshot of themselves, initialised.
//!
//! An interpreter spends most of a short run starting up (CPython: reading its
//! configuration, importing `encodings`, `io`, `site`). That work is the same on
//! every run with the same arguments, environment and directories, so it is done
//! once, in the sandbox, and its result kept as a module (as `wizer` does):
//!
//! 1. [`instrument`] adds to the interpreter a second way in, `oa:init`: a copy of
//!    the path from `_start` to the function that runs the program (the *resume*
//!    function, CPython's `Py_RunMain`) whose last call is replaced by a stub that
//!    notes the stack pointer and returns. So `oa:init` does everything `_start`
//!    does up to that call and then returns normally, without running the program,
//!    its destructors or its exit. It also exports every mutable global, and adds
//!    `oa:resume`: the stack pointer the stub saw, the resume function, then what
//!    `_start` does after `main` (destructors, `proc_exit` with a non-zero status).
//!    `_start` itself is untouched: the instrumented module is also the cold route.
//! 2. The sandbox runs `oa:init` with exactly the WASI setup of the runs to come
//!    and captures linear memory and the globals ([`crate::run::capture`]).
//! 3. [`build`] writes the snapshot: the same code, memory and globals initialised
//!    to what was captured (data segments, so instances map it copy-on-write), and
//!    `oa:resume` exported as `_start`.
//!
//! The random bytes the start-up drew and the virtual time it took are kept too
//! (section `oa-snapshot`), so that a run of the snapshot continues the random
//! stream and the clocks where a cold run would be at that point.

use std::collections::HashMap;
use std::ops::Range;
use wasm_encoder as enc;
use wasmparser::{ExternalKind, KnownCustom, Name, Operator, Parser, Payload, TypeRef, ValType};

/// The export that initialises without running the program.
pub(crate) const INIT: &str = "oa:init";
/// The export that runs the program from the initialised state.
pub(crate) const RESUME: &str = "oa:resume";
/// Prefix of the exports of mutable globals: `oa:global:<index>`.
pub(crate) const GLOBAL: &str = "oa:global:";
/// The custom section that holds what a run of the snapshot starts from.
const SECTION: &str = "oa-snapshot";
/// The length of the path from `_start` to the resume function, at most.
const MAX_DEPTH: usize = 8;

const PAGE: usize = 1 << 16;

/// What the start-up consumed that is not in memory: the lengths of its
/// `random_get` draws and the virtual nanoseconds it took.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Resume {
    pub random_draws: Vec<u32>,
    pub clock_ns: u64,
}

impl Resume {
    fn encode(&self) -> Vec<u8> {
        let draws: Vec<String> = self.random_draws.iter().map(u32::to_string).collect();
        format!("clock_ns {}\nrandom {}\n", self.clock_ns, draws.join(" ")).into_bytes()
    }

    fn decode(text: &str) -> Option<Resume> {
        let mut resume = Resume::default();
        for line in text.lines() {
            match line.split_once(' ').unwrap_or((line, "")) {
                ("clock_ns", n) => resume.clock_ns = n.parse().ok()?,
                ("random", list) => {
                    resume.random_draws = list.split_whitespace().map(str::parse).collect::<Result<_, _>>().ok()?
                }
                _ => return None,
            }
        }
        Some(resume)
    }
}

/// What a snapshot's module says a run of it starts from; `None` for any other module.
pub(crate) fn resume_of(wasm: &[u8]) -> Option<Resume> {
    for payload in Parser::new(0).parse_all(wasm) {
        if let Ok(Payload::CustomSection(section)) = payload {
            if section.name() == SECTION {
                return Resume::decode(std::str::from_utf8(section.data()).ok()?);
            }
        }
    }
    None
}

/// The parts of a module the rewriting needs.
struct Module<'a> {
    wasm: &'a [u8],
    /// Every section in order: id (0 for custom) and contents.
    sections: Vec<(u8, Range<usize>)>,
    types: Vec<Option<(Vec<ValType>, Vec<ValType>)>>,
    func_imports: u32,
    /// Type of each defined function.
    func_types: Vec<u32>,
    globals: Vec<(wasmparser::GlobalType, enc::ConstExpr)>,
    exports: Vec<(&'a str, ExternalKind, u32)>,
    /// Contents (locals and code) of each defined function.
    bodies: Vec<Range<usize>>,
    memory: Option<wasmparser::MemoryType>,
    functions: HashMap<&'a str, u32>,
    global_names: HashMap<&'a str, u32>,
}

fn err(message: impl Into<String>) -> String {
    message.into()
}

impl<'a> Module<'a> {
    fn parse(wasm: &'a [u8]) -> Result<Module<'a>, String> {
        let mut module = Module {
            wasm,
            sections: Vec::new(),
            types: Vec::new(),
            func_imports: 0,
            func_types: Vec::new(),
            globals: Vec::new(),
            exports: Vec::new(),
            bodies: Vec::new(),
            memory: None,
            functions: HashMap::new(),
            global_names: HashMap::new(),
        };
        let e = |error: wasmparser::BinaryReaderError| error.to_string();
        for payload in Parser::new(0).parse_all(wasm) {
            let payload = payload.map_err(e)?;
            if let Some((id, range)) = payload.as_section() {
                module.sections.push((id, range));
            }
            match payload {
                Payload::TypeSection(reader) => {
                    for group in reader {
                        for ty in group.map_err(e)?.into_types() {
                            module.types.push(match ty.composite_type.inner {
                                wasmparser::CompositeInnerType::Func(f) => {
                                    Some((f.params().to_vec(), f.results().to_vec()))
                                }
                                _ => None,
                            });
                        }
                    }
                }
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        if let TypeRef::Func(_) = import.map_err(e)?.ty {
                            module.func_imports += 1;
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    for ty in reader {
                        module.func_types.push(ty.map_err(e)?);
                    }
                }
                Payload::MemorySection(reader) => {
                    for memory in reader {
                        if module.memory.replace(memory.map_err(e)?).is_some() {
                            return Err(err("more than one memory"));
                        }
                    }
                }
                Payload::GlobalSection(reader) => {
                    for global in reader {
                        let global = global.map_err(e)?;
                        let mut ops = global.init_expr.get_operators_reader();
                        let init = match ops.read().map_err(e)? {
                            Operator::I32Const { value } => enc::ConstExpr::i32_const(value),
                            Operator::I64Const { value } => enc::ConstExpr::i64_const(value),
                            Operator::GlobalGet { global_index } => enc::ConstExpr::global_get(global_index),
                            other => return Err(format!("a global initialised by {other:?}")),
                        };
                        module.globals.push((global.ty, init));
                    }
                }
                Payload::ExportSection(reader) => {
                    for export in reader {
                        let export = export.map_err(e)?;
                        module.exports.push((export.name, export.kind, export.index));
                    }
                }
                Payload::StartSection { .. } => return Err(err("a start function")),
                Payload::CodeSectionEntry(body) => module.bodies.push(body.range()),
                Payload::CustomSection(section) => {
                    if let KnownCustom::Name(names) = section.as_known() {
                        for name in names {
                            let (map, into) = match name.map_err(e)? {
                                Name::Function(map) => (map, &mut module.functions),
                                Name::Global(map) => (map, &mut module.global_names),
                                _ => continue,
                            };
                            for naming in map {
                                let naming = naming.map_err(e)?;
                                into.insert(naming.name, naming.index);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(module)
    }

    fn function(&self, name: &str) -> Result<u32, String> {
        self.functions
            .get(name)
            .copied()
            .ok_or_else(|| format!("no function `{name}` in the name section"))
    }

    fn export(&self, name: &str) -> Result<u32, String> {
        self.exports
            .iter()
            .find(|(n, kind, _)| *n == name && *kind == ExternalKind::Func)
            .map(|(_, _, index)| *index)
            .ok_or_else(|| format!("no exported function `{name}`"))
    }

    fn func_type(&self, func: u32) -> Result<u32, String> {
        func.checked_sub(self.func_imports)
            .and_then(|i| self.func_types.get(i as usize))
            .copied()
            .ok_or_else(|| format!("function {func} is imported or missing"))
    }

    fn body(&self, func: u32) -> Result<&'a [u8], String> {
        let index = func.checked_sub(self.func_imports).ok_or("an imported function")? as usize;
        let range = self.bodies.get(index).ok_or("no such function")?;
        Ok(&self.wasm[range.clone()])
    }

    /// The functions a body calls directly, with the byte range of each call.
    fn calls(&self, func: u32) -> Result<Vec<(u32, Range<usize>)>, String> {
        let body = self.body(func)?;
        let reader = wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(body, 0));
        let mut ops = reader.get_operators_reader().map_err(|e| e.to_string())?;
        let mut calls = Vec::new();
        while !ops.eof() {
            let (op, start) = ops.read_with_offset().map_err(|e| e.to_string())?;
            if let Operator::Call { function_index } = op {
                calls.push((function_index, start..ops.original_position()));
            }
        }
        Ok(calls)
    }

    /// The shortest chain of direct calls from `from` to `to`, both included.
    fn path(&self, from: u32, to: u32) -> Result<Vec<u32>, String> {
        let mut parent: HashMap<u32, u32> = HashMap::new();
        let mut level = vec![from];
        for _ in 0..MAX_DEPTH {
            let mut next = Vec::new();
            for &func in &level {
                if func < self.func_imports {
                    continue;
                }
                for (callee, _) in self.calls(func)? {
                    if callee == from || parent.contains_key(&callee) {
                        continue;
                    }
                    parent.insert(callee, func);
                    if callee == to {
                        let mut path = vec![to];
                        while let Some(&up) = parent.get(path.last().expect("non-empty")) {
                            path.push(up);
                        }
                        path.reverse();
                        return Ok(path);
                    }
                    next.push(callee);
                }
            }
            level = next;
        }
        Err(format!("no chain of calls from function {from} to {to}"))
    }

    fn stack_pointer(&self) -> Result<(u32, i32), String> {
        let index = *self
            .global_names
            .get("__stack_pointer")
            .ok_or("no global `__stack_pointer` in the name section")?;
        match self.globals.get(index as usize) {
            Some((ty, init)) if ty.mutable && ty.content_type == ValType::I32 => {
                let top = const_i32(init).ok_or("the stack pointer's start is not a constant")?;
                Ok((index, top))
            }
            _ => Err(err("`__stack_pointer` is not a mutable i32 global")),
        }
    }

    fn raw(&self, id: u8, range: &Range<usize>) -> enc::RawSection<'a> {
        enc::RawSection {
            id,
            data: &self.wasm[range.clone()],
        }
    }
}

fn const_i32(expr: &enc::ConstExpr) -> Option<i32> {
    let mut bytes = Vec::new();
    enc::Encode::encode(expr, &mut bytes);
    let reader = wasmparser::ConstExpr::new(wasmparser::BinaryReader::new(&bytes, 0));
    match reader.get_operators_reader().read().ok()? {
        Operator::I32Const { value } => Some(value),
        _ => None,
    }
}

/// `body` with some of its calls retargeted: `(range of the call, new target)`.
fn retarget(body: &[u8], changes: &[(Range<usize>, u32)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 8);
    let mut at = 0;
    for (range, target) in changes {
        out.extend_from_slice(&body[at..range.start]);
        out.push(0x10);
        enc::Encode::encode(target, &mut out);
        at = range.end;
    }
    out.extend_from_slice(&body[at..]);
    out
}

fn zero(ty: ValType) -> Result<enc::Instruction<'static>, String> {
    Ok(match ty {
        ValType::I32 => enc::Instruction::I32Const(0),
        ValType::I64 => enc::Instruction::I64Const(0),
        other => return Err(format!("a resume function that returns {other:?}")),
    })
}

/// Adds `oa:init`, `oa:resume` and the exports of mutable globals to a WASI
/// command whose `_start` reaches `resume` through direct calls (see the module
/// documentation). Needs the module's name section.
pub fn instrument(wasm: &[u8], resume: &str) -> Result<Vec<u8>, String> {
    let module = Module::parse(wasm)?;
    let start = module.export("_start")?;
    let resume_func = module.function(resume)?;
    let dtors = module.function("__wasm_call_dtors")?;
    let exit = module.function("__wasi_proc_exit")?;
    let (sp, top) = module.stack_pointer()?;
    let resume_type = module.func_type(resume_func)?;
    let results = match module.types.get(resume_type as usize) {
        Some(Some((params, results))) if params.is_empty() => results.clone(),
        _ => return Err(format!("`{resume}` takes arguments")),
    };
    if results != [ValType::I32] {
        return Err(format!("`{resume}` does not return an exit status"));
    }
    let path = module.path(start, resume_func)?;

    // New functions, after the existing ones: the copies of the path but its
    // last (the resume function itself), the stub, the entry.
    let defined = module.func_imports + module.bodies.len() as u32;
    let copies: Vec<u32> = path[..path.len() - 1].to_vec();
    let copy_of = |func: u32| copies.iter().position(|&f| f == func).map(|i| defined + i as u32);
    let stub = defined + copies.len() as u32;
    let entry = stub + 1;
    let paused = module.globals.len() as u32;

    let mut new_types = Vec::new();
    let mut new_bodies: Vec<Vec<u8>> = Vec::new();
    for (i, &func) in copies.iter().enumerate() {
        let next = path[i + 1];
        let changes: Vec<(Range<usize>, u32)> = module
            .calls(func)?
            .into_iter()
            .filter(|(callee, _)| *callee == next)
            .map(|(_, range)| (range, copy_of(next).unwrap_or(stub)))
            .collect();
        let mut body = retarget(module.body(func)?, &changes);
        if func == start {
            // Destructors flush and close stdio: `oa:init` stops before them.
            let calls: Vec<Range<usize>> = {
                let reader = wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(&body, 0));
                let mut ops = reader.get_operators_reader().map_err(|e| e.to_string())?;
                let mut found = Vec::new();
                while !ops.eof() {
                    let (op, at) = ops.read_with_offset().map_err(|e| e.to_string())?;
                    if let Operator::Call { function_index } = op {
                        if function_index == dtors {
                            found.push(at..ops.original_position());
                        }
                    }
                }
                found
            };
            for range in calls.into_iter().rev() {
                body.splice(range, [0x01]); // nop
            }
        }
        new_types.push(module.func_type(func)?);
        new_bodies.push(body);
    }
    // The stub: note the stack pointer the resume function would have started with.
    let mut f = enc::Function::new([]);
    f.instruction(&enc::Instruction::GlobalGet(sp))
        .instruction(&enc::Instruction::GlobalSet(paused));
    for ty in &results {
        f.instruction(&zero(*ty)?);
    }
    f.instruction(&enc::Instruction::End);
    new_types.push(resume_type);
    new_bodies.push(f.into_raw_body());
    // The entry: the resume function on the stack it would have had, then the
    // end of `_start` on the stack `_start` had.
    let mut f = enc::Function::new([(1, enc::ValType::I32)]);
    use enc::Instruction as I;
    for op in [
        I::GlobalGet(paused),
        I::GlobalSet(sp),
        I::Call(resume_func),
        I::LocalSet(0),
        I::I32Const(top),
        I::GlobalSet(sp),
        I::Call(dtors),
        I::Block(enc::BlockType::Empty),
        I::LocalGet(0),
        I::I32Eqz,
        I::BrIf(0),
        I::LocalGet(0),
        I::Call(exit),
        I::Unreachable,
        I::End,
        I::End,
    ] {
        f.instruction(&op);
    }
    new_types.push(module.func_type(start)?);
    new_bodies.push(f.into_raw_body());

    let mut out = enc::Module::new();
    for (id, range) in &module.sections {
        match id {
            3 => {
                let mut section = enc::FunctionSection::new();
                for ty in module.func_types.iter().chain(&new_types) {
                    section.function(*ty);
                }
                out.section(&section);
            }
            6 => {
                let mut section = enc::GlobalSection::new();
                for (ty, init) in &module.globals {
                    section.global(global_type(ty)?, init);
                }
                section.global(
                    enc::GlobalType {
                        val_type: enc::ValType::I32,
                        mutable: true,
                        shared: false,
                    },
                    &enc::ConstExpr::i32_const(top),
                );
                out.section(&section);
            }
            7 => {
                let mut section = enc::ExportSection::new();
                for (name, kind, index) in &module.exports {
                    section.export(name, export_kind(*kind)?, *index);
                }
                section.export(
                    INIT,
                    enc::ExportKind::Func,
                    copy_of(start).ok_or("`_start` calls itself")?,
                );
                section.export(RESUME, enc::ExportKind::Func, entry);
                for (index, (ty, _)) in module.globals.iter().enumerate() {
                    if ty.mutable {
                        section.export(&format!("{GLOBAL}{index}"), enc::ExportKind::Global, index as u32);
                    }
                }
                section.export(&format!("{GLOBAL}{paused}"), enc::ExportKind::Global, paused);
                out.section(&section);
            }
            10 => {
                let mut section = enc::CodeSection::new();
                for range in &module.bodies {
                    section.raw(&wasm[range.clone()]);
                }
                for body in &new_bodies {
                    section.raw(body);
                }
                out.section(&section);
            }
            id => {
                out.section(&module.raw(*id, range));
            }
        }
    }
    if !module.sections.iter().any(|(id, _)| *id == 6) {
        return Err(err("no global section"));
    }
    Ok(out.finish())
}

fn global_type(ty: &wasmparser::GlobalType) -> Result<enc::GlobalType, String> {
    let val_type = match ty.content_type {
        ValType::I32 => enc::ValType::I32,
        ValType::I64 => enc::ValType::I64,
        ValType::F32 => enc::ValType::F32,
        ValType::F64 => enc::ValType::F64,
        other => return Err(format!("a global of type {other:?}")),
    };
    Ok(enc::GlobalType {
        val_type,
        mutable: ty.mutable,
        shared: ty.shared,
    })
}

fn export_kind(kind: ExternalKind) -> Result<enc::ExportKind, String> {
    Ok(match kind {
        ExternalKind::Func => enc::ExportKind::Func,
        ExternalKind::Memory => enc::ExportKind::Memory,
        ExternalKind::Global => enc::ExportKind::Global,
        ExternalKind::Table => enc::ExportKind::Table,
        other => return Err(format!("an export of kind {other:?}")),
    })
}

/// The state `oa:init` left: linear memory and the mutable globals.
pub(crate) struct Captured {
    pub memory: Vec<u8>,
    /// Global index and value, of every exported mutable global.
    pub globals: Vec<(u32, GlobalValue)>,
    pub resume: Resume,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum GlobalValue {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
}

/// Bytes of zeros that end a data segment; shorter runs stay inside one.
const ZERO_GAP: usize = 1024;

/// The snapshot module: `instrumented`'s code with memory and globals as
/// captured, and `oa:resume` as `_start`.
pub(crate) fn build(instrumented: &[u8], captured: &Captured) -> Result<Vec<u8>, String> {
    let module = Module::parse(instrumented)?;
    let resume = module.export(RESUME)?;
    let memory_type = module.memory.ok_or("no memory")?;
    if !captured.memory.len().is_multiple_of(PAGE) {
        return Err(err("memory is not whole pages"));
    }
    let segments = segments(&captured.memory);
    let mut out = enc::Module::new();
    for (id, range) in &module.sections {
        match id {
            0 => {
                // Debugging information describes the code, not this memory; the
                // name section stays for backtraces.
                let reader = wasmparser::CustomSectionReader::new(wasmparser::BinaryReader::new(
                    &instrumented[range.clone()],
                    range.start,
                ))
                .map_err(|e| e.to_string())?;
                if reader.name() == "name" {
                    out.section(&module.raw(0, range));
                }
            }
            5 => {
                let mut section = enc::MemorySection::new();
                section.memory(enc::MemoryType {
                    minimum: (captured.memory.len() / PAGE) as u64,
                    maximum: memory_type.maximum,
                    memory64: memory_type.memory64,
                    shared: memory_type.shared,
                    page_size_log2: memory_type.page_size_log2,
                });
                out.section(&section);
            }
            6 => {
                let mut section = enc::GlobalSection::new();
                for (index, (ty, init)) in module.globals.iter().enumerate() {
                    let value = captured.globals.iter().find(|(i, _)| *i == index as u32);
                    let init = match value {
                        Some((_, GlobalValue::I32(v))) => enc::ConstExpr::i32_const(*v),
                        Some((_, GlobalValue::I64(v))) => enc::ConstExpr::i64_const(*v),
                        Some((_, GlobalValue::F32(v))) => enc::ConstExpr::f32_const(enc::Ieee32::new(*v)),
                        Some((_, GlobalValue::F64(v))) => enc::ConstExpr::f64_const(enc::Ieee64::new(*v)),
                        None if ty.mutable => return Err(format!("global {index} was not captured")),
                        None => init.clone(),
                    };
                    section.global(global_type(ty)?, &init);
                }
                out.section(&section);
            }
            7 => {
                let mut section = enc::ExportSection::new();
                for (name, kind, index) in &module.exports {
                    if name.starts_with("oa:") || *name == "_start" {
                        continue;
                    }
                    section.export(name, export_kind(*kind)?, *index);
                }
                section.export("_start", enc::ExportKind::Func, resume);
                out.section(&section);
            }
            11 => {
                let mut section = enc::DataSection::new();
                for (offset, bytes) in &segments {
                    section.active(0, &enc::ConstExpr::i32_const(*offset as i32), bytes.iter().copied());
                }
                out.section(&section);
            }
            12 => {
                out.section(&enc::DataCountSection {
                    count: segments.len() as u32,
                });
            }
            id => {
                out.section(&module.raw(*id, range));
            }
        }
    }
    if !module.sections.iter().any(|(id, _)| *id == 11) {
        return Err(err("no data section"));
    }
    out.section(&enc::CustomSection {
        name: SECTION.into(),
        data: captured.resume.encode().into(),
    });
    Ok(out.finish())
}

/// Runs of memory that are not zero, split at long runs of zeros.
fn segments(memory: &[u8]) -> Vec<(usize, &[u8])> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < memory.len() {
        let Some(start) = memory[at..].iter().position(|&b| b != 0).map(|p| at + p) else {
            break;
        };
        let mut end = start;
        let mut zeros = 0;
        let mut i = start;
        while i < memory.len() && zeros < ZERO_GAP {
            if memory[i] == 0 {
                zeros += 1;
            } else {
                zeros = 0;
                end = i + 1;
            }
            i += 1;
        }
        out.push((start, &memory[start..end]));
        at = i;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_skip_long_runs_of_zeros_only() {
        let mut memory = vec![0u8; 3 * ZERO_GAP];
        memory[1] = 1;
        memory[5] = 2;
        memory[5 + ZERO_GAP + 10] = 3;
        let found = segments(&memory);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0], (1, &memory[1..6]));
        assert_eq!(found[1].0, 5 + ZERO_GAP + 10);
        assert!(segments(&[0; 100]).is_empty());
    }

    #[test]
    fn resume_round_trips() {
        let resume = Resume {
            random_draws: vec![24, 8],
            clock_ns: 123,
        };
        assert_eq!(
            Resume::decode(std::str::from_utf8(&resume.encode()).unwrap()),
            Some(resume)
        );
    }
}
