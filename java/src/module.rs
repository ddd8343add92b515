//! A set of classes to one WebAssembly module: function and global indices,
//! static initialisers, the shared helpers, exports, and validation.

use crate::error::{CompileError, Unsupported};
use crate::frames;
use crate::jtype::{Signature, Ty};
use crate::layout::{self, Elem, ELEMS};
use crate::lower::{self, Env, Helper, Method};
use cafebabe::attributes::AttributeData;
use cafebabe::constant_pool::LiteralConstant;
use cafebabe::{ClassFile, MethodAccessFlags};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_encoder::{
    BlockType, CodeSection, ConstExpr, ExportKind, ExportSection, Function, FunctionSection, GlobalSection, GlobalType,
    Instruction as I, Module, TypeSection, ValType,
};

const HELPERS: [Helper; 4] = [Helper::IntDiv, Helper::IntRem, Helper::LongDiv, Helper::LongRem];

fn helper_index(helper: Helper) -> u32 {
    match helper {
        Helper::NewArray(elem) => HELPERS.len() as u32 + ELEMS.iter().position(|e| *e == elem).unwrap() as u32,
        other => HELPERS.iter().position(|h| *h == other).unwrap() as u32,
    }
}

const FIRST_METHOD: u32 = (HELPERS.len() + ELEMS.len()) as u32;

struct StaticMethod {
    class: usize,
    method: usize,
    signature: Signature,
    function: u32,
}

struct Program<'c> {
    classes: &'c [ClassFile<'c>],
    methods: HashMap<(String, String, String), usize>,
    entries: Vec<StaticMethod>,
    fields: HashMap<(String, String), (u32, Ty)>,
    /// Class name to (flag global, initialiser function).
    initializers: HashMap<String, (u32, u32)>,
    /// Multi-dimensional array allocators, created as code asks for them.
    multi: RefCell<Vec<(Ty, u8)>>,
    first_multi: u32,
}

impl Env for Program<'_> {
    fn static_method(&self, class: &str, name: &str, descriptor: &str) -> Result<u32, Unsupported> {
        self.methods
            .get(&(class.to_string(), name.to_string(), descriptor.to_string()))
            .map(|&i| self.entries[i].function)
            .ok_or_else(|| {
                let signature = Signature::parse(descriptor)
                    .map(|s| s.params.iter().map(Ty::to_string).collect::<Vec<_>>().join(", "))
                    .unwrap_or_default();
                Unsupported::new(format!("the method {}.{name}({signature})", class.replace('/', ".")))
            })
    }

    fn static_field(&self, class: &str, name: &str) -> Result<(u32, Ty), Unsupported> {
        self.fields
            .get(&(class.to_string(), name.to_string()))
            .cloned()
            .ok_or_else(|| Unsupported::new(format!("the field {}.{name}", class.replace('/', "."))))
    }

    fn initializer(&self, class: &str) -> Option<(u32, u32)> {
        self.initializers.get(class).copied()
    }

    fn helper(&self, helper: Helper) -> u32 {
        helper_index(helper)
    }

    fn multi_array(&self, ty: &Ty, dims: u8) -> u32 {
        let mut multi = self.multi.borrow_mut();
        let index = match multi.iter().position(|(t, d)| t == ty && *d == dims) {
            Some(i) => i,
            None => {
                multi.push((ty.clone(), dims));
                multi.len() - 1
            }
        };
        self.first_multi + index as u32
    }
}

/// Function types, interned in the order first asked for.
#[derive(Default)]
struct FuncTypes {
    list: Vec<(Vec<ValType>, Vec<ValType>)>,
}

impl FuncTypes {
    fn index(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> u32 {
        let key = (params, results);
        let at = match self.list.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                self.list.push(key);
                self.list.len() - 1
            }
        };
        layout::FIRST_FREE + at as u32
    }

    fn of(&mut self, signature: &Signature) -> u32 {
        self.index(
            signature.params.iter().map(layout::valtype).collect(),
            signature.ret.iter().map(layout::valtype).collect(),
        )
    }
}

fn zero(valtype: ValType) -> ConstExpr {
    match valtype {
        ValType::I32 => ConstExpr::i32_const(0),
        ValType::I64 => ConstExpr::i64_const(0),
        ValType::F32 => ConstExpr::f32_const(0.0.into()),
        ValType::F64 => ConstExpr::f64_const(0.0.into()),
        ValType::Ref(r) => ConstExpr::ref_null(r.heap_type),
        ValType::V128 => ConstExpr::v128_const(0),
    }
}

/// A static field's value before its class is initialised: its `ConstantValue`
/// if it has one, else zero.
fn initial_value(ty: &Ty, constant: Option<&LiteralConstant>) -> Result<ConstExpr, Unsupported> {
    Ok(match (ty, constant) {
        (_, None) => zero(layout::valtype(ty)),
        (Ty::Long, Some(LiteralConstant::Long(v))) => ConstExpr::i64_const(*v),
        (Ty::Float, Some(LiteralConstant::Float(v))) => ConstExpr::f32_const((*v).into()),
        (Ty::Double, Some(LiteralConstant::Double(v))) => ConstExpr::f64_const((*v).into()),
        (_, Some(LiteralConstant::Integer(v))) if ty.kind() == crate::jtype::Kind::Int => ConstExpr::i32_const(*v),
        (_, Some(LiteralConstant::String(_) | LiteralConstant::StringBytes(_))) => {
            return Err(Unsupported::new("string constants"))
        }
        _ => return Err(Unsupported::new("a constant of the wrong type")),
    })
}

/// Whether a host can call the method with plain numbers.
fn primitive_only(signature: &Signature) -> bool {
    signature
        .params
        .iter()
        .chain(signature.ret.iter())
        .all(|t| !t.is_reference())
}

pub fn compile(class_files: &[&[u8]]) -> Result<Vec<u8>, CompileError> {
    let mut classes = Vec::new();
    for (i, bytes) in class_files.iter().enumerate() {
        classes.push(cafebabe::parse_class(bytes).map_err(|e| CompileError::Malformed {
            class: format!("class file #{}", i + 1),
            reason: e.to_string(),
        })?);
    }
    let mut program = Program {
        classes: &classes,
        methods: HashMap::new(),
        entries: Vec::new(),
        fields: HashMap::new(),
        initializers: HashMap::new(),
        multi: RefCell::new(Vec::new()),
        first_multi: 0,
    };
    let mut globals = GlobalSection::new();
    let mut global_count = 0u32;
    // Static methods first: their function indices follow the helpers.
    let mut next_function = FIRST_METHOD;
    for (c, class) in classes.iter().enumerate() {
        for (m, method) in class.methods.iter().enumerate() {
            if !method.access_flags.contains(MethodAccessFlags::STATIC) {
                continue;
            }
            let has_code = method
                .attributes
                .iter()
                .any(|a| matches!(a.data, AttributeData::Code(_)));
            if !has_code {
                continue;
            }
            let key = (
                class.this_class.to_string(),
                method.name.to_string(),
                method.descriptor.to_string(),
            );
            program.methods.insert(key, program.entries.len());
            program.entries.push(StaticMethod {
                class: c,
                method: m,
                signature: Signature::from_descriptor(&method.descriptor),
                function: next_function,
            });
            next_function += 1;
        }
    }
    // Each class with a static initialiser: a flag and a guard that runs it once.
    let mut guards = Vec::new();
    for class in &classes {
        let name = class.this_class.to_string();
        if let Some(&entry) = program.methods.get(&(name.clone(), "<clinit>".into(), "()V".into())) {
            globals.global(
                GlobalType {
                    val_type: ValType::I32,
                    mutable: true,
                    shared: false,
                },
                &ConstExpr::i32_const(0),
            );
            program.initializers.insert(name, (global_count, next_function));
            guards.push((global_count, program.entries[entry].function));
            global_count += 1;
            next_function += 1;
        }
    }
    for class in &classes {
        for field in class
            .fields
            .iter()
            .filter(|f| f.access_flags.contains(cafebabe::FieldAccessFlags::STATIC))
        {
            let ty = Ty::from_descriptor(&field.descriptor);
            let constant = field.attributes.iter().find_map(|a| match &a.data {
                AttributeData::ConstantValue(v) => Some(v),
                _ => None,
            });
            let init = initial_value(&ty, constant).map_err(|e| e.at(&class.this_class, &field.name))?;
            globals.global(
                GlobalType {
                    val_type: layout::valtype(&ty),
                    mutable: true,
                    shared: false,
                },
                &init,
            );
            program.fields.insert(
                (class.this_class.to_string(), field.name.to_string()),
                (global_count, ty),
            );
            global_count += 1;
        }
    }
    // Exported entry points: initialise the class, then call the method.
    let exported: Vec<usize> = (0..program.entries.len())
        .filter(|&i| {
            let e = &program.entries[i];
            classes[e.class].methods[e.method].name != "<clinit>" && primitive_only(&e.signature)
        })
        .collect();
    let first_wrapper = next_function;
    program.first_multi = first_wrapper + exported.len() as u32;

    let mut types = FuncTypes::default();
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();

    // Helpers.
    for helper in HELPERS {
        let (vt, div, rem_zero, eqz, eq, sub, konst) = match helper {
            Helper::IntDiv | Helper::IntRem => (
                ValType::I32,
                if helper == Helper::IntDiv {
                    I::I32DivS
                } else {
                    I::I32RemS
                },
                I::I32Const(0),
                I::I32Eqz,
                I::I32Eq,
                I::I32Sub,
                I::I32Const(-1),
            ),
            _ => (
                ValType::I64,
                if helper == Helper::LongDiv {
                    I::I64DivS
                } else {
                    I::I64RemS
                },
                I::I64Const(0),
                I::I64Eqz,
                I::I64Eq,
                I::I64Sub,
                I::I64Const(-1),
            ),
        };
        functions.function(types.index(vec![vt, vt], vec![vt]));
        let mut f = Function::new([]);
        // Division by zero: an ArithmeticException in Java; until exceptions
        // exist, the run stops here.
        f.instruction(&I::LocalGet(1));
        f.instruction(&eqz);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::Unreachable);
        f.instruction(&I::End);
        // MIN_VALUE / -1 overflows to MIN_VALUE in Java and traps in WebAssembly.
        f.instruction(&I::LocalGet(1));
        f.instruction(&konst);
        f.instruction(&eq);
        f.instruction(&I::If(BlockType::Empty));
        if matches!(helper, Helper::IntDiv | Helper::LongDiv) {
            f.instruction(&rem_zero);
            f.instruction(&I::LocalGet(0));
            f.instruction(&sub);
        } else {
            f.instruction(&rem_zero);
        }
        f.instruction(&I::Return);
        f.instruction(&I::End);
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::LocalGet(1));
        f.instruction(&div);
        f.instruction(&I::End);
        code.function(&f);
    }
    for elem in ELEMS {
        functions.function(types.index(vec![ValType::I32], vec![layout::nullable(layout::array_type(elem))]));
        let mut f = Function::new([]);
        negative_check(&mut f, 0);
        f.instruction(&I::I32Const(0));
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::ArrayNewDefault(layout::data_type(elem)));
        f.instruction(&I::StructNew(layout::array_type(elem)));
        f.instruction(&I::End);
        code.function(&f);
    }
    // Methods.
    for entry in &program.entries {
        let class = &classes[entry.class];
        let method = &class.methods[entry.method];
        let at = |e: Unsupported| e.at(&class.this_class, &method.name);
        let data = method
            .attributes
            .iter()
            .find_map(|a| match &a.data {
                AttributeData::Code(code) => Some(code),
                _ => None,
            })
            .expect("static methods were chosen with code");
        let opcodes = &data
            .bytecode
            .as_ref()
            .ok_or_else(|| at(Unsupported::new("a method whose bytecode did not decode")))?
            .opcodes;
        if !data.exception_table.is_empty() {
            return Err(at(Unsupported::new("try/catch")));
        }
        let max_locals = data.max_locals as usize;
        let stack_map: &[cafebabe::attributes::StackMapEntry] = data
            .attributes
            .iter()
            .find_map(|a| match &a.data {
                AttributeData::StackMapTable(entries) => Some(entries.as_slice()),
                _ => None,
            })
            .unwrap_or(&[]);
        let frames =
            frames::decode(None, &entry.signature, stack_map, max_locals).map_err(|e| at(Unsupported::new(e.0)))?;
        let lowered = lower::lower(
            &program,
            &Method {
                class: &class.this_class,
                signature: &entry.signature,
                opcodes,
                entry: frames::entry_state(None, &entry.signature, max_locals),
                frames,
            },
        )
        .map_err(at)?;
        functions.function(types.of(&entry.signature));
        code.function(&lowered);
    }
    for (flag, clinit) in &guards {
        functions.function(types.index(vec![], vec![]));
        let mut f = Function::new([]);
        // Set before running: a class being initialised counts as initialised
        // for the code its own initialiser runs (JLS 12.4.2).
        f.instruction(&I::I32Const(1));
        f.instruction(&I::GlobalSet(*flag));
        f.instruction(&I::Call(*clinit));
        f.instruction(&I::End);
        code.function(&f);
    }
    let mut exports = ExportSection::new();
    for (k, &i) in exported.iter().enumerate() {
        let entry = &program.entries[i];
        let class = &classes[entry.class];
        let method = &class.methods[entry.method];
        functions.function(types.of(&entry.signature));
        let mut f = Function::new([]);
        if let Some((flag, init)) = program.initializers.get(&class.this_class.to_string()) {
            f.instruction(&I::GlobalGet(*flag));
            f.instruction(&I::I32Eqz);
            f.instruction(&I::If(BlockType::Empty));
            f.instruction(&I::Call(*init));
            f.instruction(&I::End);
        }
        for p in 0..entry.signature.params.len() as u32 {
            f.instruction(&I::LocalGet(p));
        }
        f.instruction(&I::Call(entry.function));
        f.instruction(&I::End);
        code.function(&f);
        let name = format!(
            "{}.{}{}",
            class.this_class.replace('/', "."),
            method.name,
            method.descriptor
        );
        exports.export(&name, ExportKind::Func, first_wrapper + k as u32);
    }
    // Multi-dimensional allocators; each may ask for the next dimension's.
    let mut done = 0;
    while done < program.multi.borrow().len() {
        let (ty, dims) = program.multi.borrow()[done].clone();
        functions.function(types.index(vec![ValType::I32; dims as usize], vec![layout::valtype(&ty)]));
        code.function(&multi_array(&program, &ty, dims));
        done += 1;
    }

    let mut type_section = TypeSection::new();
    layout::define_types(&mut type_section);
    for (params, results) in &types.list {
        type_section
            .ty()
            .function(params.iter().copied(), results.iter().copied());
    }
    let mut module = Module::new();
    module.section(&type_section);
    module.section(&functions);
    module.section(&globals);
    module.section(&exports);
    module.section(&code);
    let bytes = module.finish();
    let mut validator = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
    validator
        .validate_all(&bytes)
        .map_err(|e| CompileError::Invalid(e.to_string()))?;
    let _ = program.classes;
    Ok(bytes)
}

/// Stops the run on a negative length: a NegativeArraySizeException in Java.
fn negative_check(f: &mut Function, local: u32) {
    f.instruction(&I::LocalGet(local));
    f.instruction(&I::I32Const(0));
    f.instruction(&I::I32LtS);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::Unreachable);
    f.instruction(&I::End);
}

/// `new T[d0][d1]...`: every length is checked before anything is allocated,
/// then each level is filled with arrays of the next (JVMS `multianewarray`).
fn multi_array(program: &Program, ty: &Ty, dims: u8) -> Function {
    let Ty::Array(element) = ty else {
        unreachable!("multianewarray of a non-array")
    };
    let element_elem = Elem::of(element);
    let outer_local = dims as u32;
    let i_local = dims as u32 + 1;
    let mut f = Function::new_with_locals_types([layout::valtype(ty), ValType::I32]);
    for d in 0..dims as u32 {
        negative_check(&mut f, d);
    }
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::Call(helper_index(Helper::NewArray(element_elem))));
    f.instruction(&I::LocalSet(outer_local));
    if dims > 1 {
        let inner = program.multi_array(element, dims - 1);
        f.instruction(&I::Block(BlockType::Empty));
        f.instruction(&I::Loop(BlockType::Empty));
        f.instruction(&I::LocalGet(i_local));
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::I32GeS);
        f.instruction(&I::BrIf(1));
        f.instruction(&I::LocalGet(outer_local));
        f.instruction(&I::StructGet {
            struct_type_index: layout::array_type(Elem::Ref),
            field_index: layout::ARRAY_DATA,
        });
        f.instruction(&I::LocalGet(i_local));
        for d in 1..dims as u32 {
            f.instruction(&I::LocalGet(d));
        }
        f.instruction(&I::Call(inner));
        f.instruction(&I::ArraySet(layout::data_type(Elem::Ref)));
        f.instruction(&I::LocalGet(i_local));
        f.instruction(&I::I32Const(1));
        f.instruction(&I::I32Add);
        f.instruction(&I::LocalSet(i_local));
        f.instruction(&I::Br(0));
        f.instruction(&I::End);
        f.instruction(&I::End);
    }
    f.instruction(&I::LocalGet(outer_local));
    f.instruction(&I::End);
    f
}
