//! A set of classes to one WebAssembly module: function and global indices,
//! static initialisers, the shared helpers, exports, and validation.

use crate::classes::{self, Hierarchy, Selectors};
use crate::error::{CompileError, Unsupported};
use crate::frames;
use crate::jtype::{Kind, Signature, Ty};
use crate::layout::{self, Elem, Types, ELEMS};
use crate::lower::{self, Call, Env, Helper, Method};
use crate::natives::{self, Native};
use crate::reach::{self, ClassPath, MethodKey, NoClassPath};
use cafebabe::attributes::AttributeData;
use cafebabe::constant_pool::LiteralConstant;
use cafebabe::{ClassFile, MethodAccessFlags};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_encoder::{
    BlockType, CodeSection, ConstExpr, DataCountSection, DataSection, ElementSection, Elements, EntityType, ExportKind,
    ExportSection, Function, FunctionSection, GlobalSection, GlobalType, ImportSection, Instruction as I,
    MemorySection, MemoryType, Module, StorageType, TagKind, TagSection, TagType, TypeSection, ValType,
};

const HELPERS: [Helper; 4] = [Helper::IntDiv, Helper::IntRem, Helper::LongDiv, Helper::LongRem];

fn helper_index(helper: Helper) -> u32 {
    let imports = natives::IMPORTS.len() as u32;
    let arrays = imports + HELPERS.len() as u32;
    let interfaces = arrays + ELEMS.len() as u32;
    match helper {
        Helper::NewArray(elem) => arrays + ELEMS.iter().position(|e| *e == elem).unwrap() as u32,
        Helper::Implements => interfaces,
        Helper::CastInterface => interfaces + 1,
        Helper::CloneArray(elem) => interfaces + 2 + ELEMS.iter().position(|e| *e == elem).unwrap() as u32,
        other => imports + HELPERS.iter().position(|h| *h == other).unwrap() as u32,
    }
}

/// Imported functions come first, then the helpers, then methods.
const FIRST_METHOD: u32 = (natives::IMPORTS.len() + HELPERS.len() + ELEMS.len() + 2 + ELEMS.len()) as u32;

#[derive(Clone, PartialEq)]
enum Extra {
    MultiArray(Ty, u8),
    Literal(usize),
    /// Throws `new ArithmeticException("/ by zero")`.
    ThrowDivisionByZero,
    /// The class object of a type, made on first use (the k-th of
    /// `class_objects`).
    ClassObject(usize),
    /// `Unsafe`'s access to a value at an offset: an array's element, or one
    /// of the fields whose offsets the code took (`unsafe_fields`).
    UnsafeAccess(natives::Access, Elem),
}

struct Program<'c> {
    files: &'c [ClassFile<'c>],
    hierarchy: Hierarchy,
    /// Function of each method with code, by (class position, method index).
    functions: HashMap<(usize, usize), u32>,
    /// Static methods by (class, name, descriptor): (class position, method index).
    statics: HashMap<(String, String, String), (usize, usize)>,
    fields: HashMap<(String, String), (u32, Ty)>,
    /// By class position: (flag global, initialising function), where needed.
    initializers: HashMap<usize, (u32, u32)>,
    /// By class position: struct type, vtable type, vtable global, allocator.
    structs: Vec<u32>,
    vtables: Vec<u32>,
    allocators: Vec<u32>,
    /// Function type of each slot, by (class position of the declaring class, slot).
    slot_types: HashMap<(usize, usize), u32>,
    selectors: Selectors,
    /// Function type of each selector (the receiver as Object).
    selector_types: Vec<u32>,
    /// Functions made as code asks for them: multi-dimensional array
    /// allocators and string constants.
    extras: RefCell<Vec<Extra>>,
    first_extra: u32,
    /// String constants by their UTF-16 text; each has a global after
    /// `first_literal_global` and a passive data segment of its bytes.
    literals: RefCell<Vec<Vec<u16>>>,
    /// Mutable globals made as code asks for them, after every other global:
    /// one per string constant and per class object, which keep the object
    /// once it is made. Code names them by position (see `lazy_global`).
    lazy_globals: RefCell<Vec<ValType>>,
    first_lazy_global: u32,
    literal_globals: RefCell<Vec<u32>>,
    /// Class objects by type, with their globals.
    class_objects: RefCell<Vec<(Ty, u32)>>,
    /// The fields whose offsets code takes with `Unsafe.objectFieldOffset`:
    /// (class, field) by offset - 1.
    unsafe_fields: RefCell<Vec<(String, String)>>,
}

impl<'c> Program<'c> {
    /// The function of oa's table of interned strings, if the program can
    /// intern (it reached `String.intern`).
    fn intern(&self) -> Option<u32> {
        let (class, name, descriptor) = natives::INTERN;
        let at = self.find_method(self.hierarchy.index(class)?, name, descriptor)?;
        self.functions.get(&at).copied()
    }

    /// The function that throws ArithmeticException for a division by zero,
    /// if the program has the class and its constructor.
    fn division_thrower(&self) -> Option<u32> {
        let class = self.hierarchy.index(crate::reach::ARITHMETIC)?;
        self.find_method(class, "<init>", "(Ljava/lang/String;)V")?;
        self.hierarchy.index(STRING)?;
        Some(self.extra(Extra::ThrowDivisionByZero))
    }

    /// A mutable global, null at first, after every other global: its
    /// position among those, which `first_lazy_global` turns into an index
    /// once every other global is made.
    fn lazy_global(&self, val_type: ValType) -> u32 {
        let mut lazy = self.lazy_globals.borrow_mut();
        lazy.push(val_type);
        lazy.len() as u32 - 1
    }

    /// The function that gives a type's class object, when `java.lang.Class`
    /// is compiled.
    fn class_object_function(&self, ty: &Ty) -> Option<u32> {
        let class = self.hierarchy.index(CLASS)?;
        let mut objects = self.class_objects.borrow_mut();
        let k = match objects.iter().position(|(t, _)| t == ty) {
            Some(k) => k,
            None => {
                let global = self.lazy_global(layout::nullable(self.structs[class]));
                objects.push((ty.clone(), global));
                objects.len() - 1
            }
        };
        drop(objects);
        Some(self.extra(Extra::ClassObject(k)))
    }

    /// The function index of a function made on demand, the same each time.
    fn extra(&self, wanted: Extra) -> u32 {
        let mut extras = self.extras.borrow_mut();
        let index = extras.iter().position(|e| *e == wanted).unwrap_or_else(|| {
            extras.push(wanted);
            extras.len() - 1
        });
        self.first_extra + index as u32
    }

    /// The class whose struct an instance method takes `this` as: the one
    /// that introduced its vtable slot, or its own for constructors and
    /// private methods.
    fn receiver_owner(&self, (class, m): (usize, usize)) -> usize {
        let method = self.method((class, m));
        if !is_virtual(method) {
            return class;
        }
        let slot = self.hierarchy.slot(class, &method.name, &method.descriptor.to_string());
        slot.map(|k| self.hierarchy.classes[class].slots[k].declaring)
            .unwrap_or(class)
    }

    fn method(&self, at: (usize, usize)) -> &cafebabe::MethodInfo<'c> {
        &self.files[self.hierarchy.file[at.0]].methods[at.1]
    }

    fn class_name(&self, position: usize) -> &str {
        &self.files[self.hierarchy.file[position]].this_class
    }

    fn missing_method(&self, class: &str, name: &str, descriptor: &str) -> Unsupported {
        let params = Signature::parse(descriptor)
            .map(|s| s.params.iter().map(Ty::to_string).collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        let native = self.hierarchy.position(class).is_some_and(|p| {
            self.files[self.hierarchy.file[p]].methods.iter().any(|m| {
                m.name == name
                    && m.descriptor.to_string() == descriptor
                    && m.access_flags.contains(MethodAccessFlags::NATIVE)
            })
        });
        let kind = if native { "native method" } else { "method" };
        Unsupported::new(format!("the {kind} {}.{name}({params})", class.replace('/', ".")))
    }

    /// A method with code in `class` or, failing that, its nearest superclass.
    fn find_method(&self, mut class: usize, name: &str, descriptor: &str) -> Option<(usize, usize)> {
        loop {
            let file = &self.files[self.hierarchy.file[class]];
            if let Some(m) = file
                .methods
                .iter()
                .position(|m| m.name == name && m.descriptor.to_string() == descriptor)
            {
                if self.functions.contains_key(&(class, m)) {
                    return Some((class, m));
                }
            }
            class = self.hierarchy.classes.get(class)?.superclass?;
        }
    }

    /// The default method a class inherits for `name`: from the most specific
    /// of its interfaces that has one.
    fn default_method(&self, class: usize, name: &str, descriptor: &str) -> Option<(usize, usize)> {
        let candidates: Vec<(usize, usize)> = self.hierarchy.classes[class]
            .interfaces
            .iter()
            .filter_map(|&i| {
                let file = &self.files[self.hierarchy.file[i]];
                let m = file.methods.iter().position(|m| {
                    m.name == name
                        && m.descriptor.to_string() == descriptor
                        && !m
                            .access_flags
                            .intersects(MethodAccessFlags::ABSTRACT | MethodAccessFlags::STATIC)
                })?;
                // Only defaults the program reaches are compiled.
                self.functions.contains_key(&(i, m)).then_some((i, m))
            })
            .collect();
        let extends = |sub: usize, sup: usize| {
            let mut pending = vec![sub];
            while let Some(i) = pending.pop() {
                if i == sup {
                    return true;
                }
                pending.extend(&self.hierarchy.interfaces[i - self.hierarchy.classes.len()].supers);
            }
            false
        };
        candidates
            .iter()
            .find(|&&(i, _)| !candidates.iter().any(|&(o, _)| o != i && extends(o, i)))
            .copied()
    }

    /// What answers selector `s` for objects of `class`: a method of the class
    /// or a superclass, or a default method.
    fn answer(&self, class: usize, s: usize) -> Option<(usize, usize)> {
        let (name, descriptor) = &self.selectors.list[s];
        let own = self.find_method(class, name, descriptor).filter(|&(c, m)| {
            let method = self.method((c, m));
            !method
                .access_flags
                .intersects(MethodAccessFlags::STATIC | MethodAccessFlags::ABSTRACT)
        });
        own.or_else(|| self.default_method(class, name, descriptor))
    }
}

impl Env for Program<'_> {
    fn valtype(&self, ty: &Ty) -> ValType {
        layout::valtype(ty, &|name| self.class_struct(name))
    }

    fn static_method(&self, class: &str, name: &str, descriptor: &str) -> Result<(u32, String), Unsupported> {
        // Static methods are inherited from superclasses (not interfaces).
        let mut at = self.hierarchy.position(class);
        while let Some(p) = at {
            let owner = self.class_name(p).to_string();
            if let Some(m) = self
                .statics
                .get(&(owner.clone(), name.to_string(), descriptor.to_string()))
            {
                return Ok((self.functions[m], owner));
            }
            at = self.hierarchy.classes.get(p).and_then(|c| c.superclass);
        }
        Err(self.missing_method(class, name, descriptor))
    }

    fn static_field(&self, class: &str, name: &str) -> Result<(u32, Ty, String), Unsupported> {
        // Field resolution (JVMS 5.4.3.2): the class, its superinterfaces, then
        // its superclass.
        let mut pending: Vec<usize> = self.hierarchy.position(class).into_iter().collect();
        while let Some(p) = pending.pop() {
            let owner = self.class_name(p).to_string();
            if let Some((global, ty)) = self.fields.get(&(owner.clone(), name.to_string())) {
                return Ok((*global, ty.clone(), owner));
            }
            let file = &self.files[self.hierarchy.file[p]];
            if let Some(superclass) = self.hierarchy.classes.get(p).and_then(|c| c.superclass) {
                pending.push(superclass);
            }
            for interface in file.interfaces.iter().rev() {
                pending.extend(self.hierarchy.position(interface));
            }
        }
        Err(Unsupported::new(format!(
            "the field {}.{name}",
            class.replace('/', ".")
        )))
    }

    fn initializer(&self, class: &str) -> Option<(u32, u32)> {
        self.initializers.get(&self.hierarchy.position(class)?).copied()
    }

    fn helper(&self, helper: Helper) -> u32 {
        helper_index(helper)
    }

    fn multi_array(&self, ty: &Ty, dims: u8) -> u32 {
        self.extra(Extra::MultiArray(ty.clone(), dims))
    }

    fn string(&self, text: &[u16]) -> Result<u32, Unsupported> {
        if self.hierarchy.index(STRING).is_none() {
            return Err(Unsupported::new("string constants (java.lang.String is not compiled)"));
        }
        let mut literals = self.literals.borrow_mut();
        let literal = literals.iter().position(|l| l == text).unwrap_or_else(|| {
            literals.push(text.to_vec());
            let global = self.lazy_global(self.valtype(&Ty::Class(STRING.into())));
            self.literal_globals.borrow_mut().push(global);
            literals.len() - 1
        });
        drop(literals);
        Ok(self.extra(Extra::Literal(literal)))
    }

    fn field_offset(&self, class: &str, name: &str) -> Result<i64, Unsupported> {
        self.field(class, name)?;
        let mut fields = self.unsafe_fields.borrow_mut();
        let key = (class.to_string(), name.to_string());
        let k = fields.iter().position(|f| *f == key).unwrap_or_else(|| {
            fields.push(key);
            fields.len() - 1
        });
        Ok(k as i64 + 1)
    }

    fn offset_access(&self, access: natives::Access, elem: Elem) -> u32 {
        self.extra(Extra::UnsafeAccess(access, elem))
    }

    fn var_handle(&self) -> Result<(u32, u32, u32), Unsupported> {
        let unsupported =
            || Unsupported::new("VarHandles (java.lang.invoke.VarHandle is not compiled with oa's patch)");
        let class = self.hierarchy.index(VAR_HANDLE).ok_or_else(unsupported)?;
        let field = self.hierarchy.field(class, "oaOffset").ok_or_else(unsupported)?;
        Ok((
            self.allocators[class],
            self.structs[class],
            layout::ARRAY_DATA + field as u32,
        ))
    }

    fn class_object(&self, ty: &Ty) -> Result<u32, Unsupported> {
        self.class_object_function(ty)
            .ok_or_else(|| Unsupported::new(format!("the class literal {ty} (java.lang.Class is not compiled)")))
    }

    fn invoke_interface(&self, interface: &str, name: &str, descriptor: &str) -> Result<Call, Unsupported> {
        let missing = || self.missing_method(interface, name, descriptor);
        match self.selectors.find(name, descriptor) {
            Some(s) => Ok(Call::Interface {
                color: self.selectors.color[s],
                functype: self.selector_types[s],
            }),
            // A private interface method (a lambda's body in a default method),
            // which method handles reach with invokeinterface.
            None => {
                let p = self.hierarchy.position(interface).ok_or_else(missing)?;
                let at = self.find_method(p, name, descriptor).ok_or_else(missing)?;
                Ok(Call::Direct(self.functions[&at]))
            }
        }
    }

    fn interface_id(&self, interface: &str) -> Option<i32> {
        let p = self.hierarchy.position(interface)?;
        self.hierarchy
            .is_interface(p)
            .then(|| (p - self.hierarchy.classes.len()) as i32)
    }

    fn class_struct(&self, class: &str) -> Option<u32> {
        self.hierarchy.index(class).map(|c| self.structs[c])
    }

    fn field(&self, class: &str, name: &str) -> Result<(u32, u32, Ty), Unsupported> {
        let missing = || Unsupported::new(format!("the field {}.{name}", class.replace('/', ".")));
        let c = self.hierarchy.index(class).ok_or_else(missing)?;
        let i = self.hierarchy.field(c, name).ok_or_else(missing)?;
        Ok((
            self.structs[c],
            layout::ARRAY_DATA + i as u32,
            self.hierarchy.classes[c].fields[i].2.clone(),
        ))
    }

    fn allocator(&self, class: &str) -> Result<u32, Unsupported> {
        self.hierarchy
            .index(class)
            .map(|c| self.allocators[c])
            .ok_or_else(|| Unsupported::new(format!("creating a {}", class.replace('/', "."))))
    }

    fn invoke(&self, special: bool, class: &str, name: &str, descriptor: &str) -> Result<Call, Unsupported> {
        if class == classes::OBJECT && name == "<init>" && descriptor == "()V" {
            return Ok(Call::Nothing);
        }
        // An array's clone(), the one method of Object arrays answer on their own.
        if let (Some(Ty::Array(element)), "clone", "()Ljava/lang/Object;") = (Ty::parse(class), name, descriptor) {
            return Ok(Call::Direct(helper_index(Helper::CloneArray(Elem::of(&element)))));
        }
        let missing = || self.missing_method(class, name, descriptor);
        let p = self.hierarchy.position(class).ok_or_else(missing)?;
        if special || name.starts_with('<') {
            // Constructors, private methods, and super calls (to a class or,
            // as `I.super.m()`, to an interface's default).
            let at = self.find_method(p, name, descriptor).ok_or_else(missing)?;
            return Ok(Call::Direct(self.functions[&at]));
        }
        if self.hierarchy.is_interface(p) {
            return self.invoke_interface(class, name, descriptor);
        }
        let c = p;
        let Some(slot) = self.hierarchy.slot(c, name, descriptor) else {
            // Private methods of nestmates are called with invokevirtual, and a
            // default method a class inherits is reached through its interfaces.
            if let Some(at) = self.find_method(c, name, descriptor) {
                return Ok(Call::Direct(self.functions[&at]));
            }
            return self.invoke_interface(class, name, descriptor);
        };
        // Implementations never reached belong to classes never instantiated.
        let compiled: Vec<_> = self
            .hierarchy
            .implementations(c, slot)
            .into_iter()
            .filter(|i| i.is_some_and(|at| self.functions.contains_key(&at)))
            .collect();
        match compiled.as_slice() {
            [Some(at)] => Ok(Call::Direct(self.functions[at])),
            _ => {
                let declaring = self.hierarchy.classes[c].slots[slot].declaring;
                Ok(Call::Virtual {
                    class_struct: self.structs[c],
                    vtable_type: self.vtables[c],
                    slot: slot as u32,
                    functype: self.slot_types[&(declaring, slot)],
                })
            }
        }
    }
}

/// Static fields' initial values are constants; a class's `ConstantValue`
/// attributes give them before it is initialised.
fn field_constant<'a>(field: &'a cafebabe::FieldInfo<'a>) -> Option<&'a LiteralConstant<'a>> {
    field.attributes.iter().find_map(|a| match &a.data {
        AttributeData::ConstantValue(v) => Some(v),
        _ => None,
    })
}

fn code_of<'a>(method: &'a cafebabe::MethodInfo<'a>) -> Option<&'a cafebabe::attributes::CodeData<'a>> {
    method.attributes.iter().find_map(|a| match &a.data {
        AttributeData::Code(code) => Some(code),
        _ => None,
    })
}

fn is_virtual(method: &cafebabe::MethodInfo) -> bool {
    !method
        .access_flags
        .intersects(MethodAccessFlags::STATIC | MethodAccessFlags::PRIVATE)
        && !method.name.starts_with('<')
}

/// Compiles classes on their own, exporting every static method that takes and
/// returns only numbers (by `Class.name(descriptor)`) and what those reach.
pub fn compile(class_files: &[&[u8]]) -> Result<Vec<u8>, CompileError> {
    compile_with(class_files, &NoClassPath)
}

/// As [`compile`], loading the classes they name but do not define from `path`.
pub fn compile_with(class_files: &[&[u8]], path: &dyn ClassPath) -> Result<Vec<u8>, CompileError> {
    let mut roots = Vec::new();
    for (i, bytes) in class_files.iter().enumerate() {
        let file = cafebabe::parse_class(bytes).map_err(|e| CompileError::Malformed {
            class: format!("class file #{}", i + 1),
            reason: e.to_string(),
        })?;
        for method in &file.methods {
            if method.access_flags.contains(MethodAccessFlags::STATIC)
                && method.name != "<clinit>"
                && primitive_only(&Signature::from_descriptor(&method.descriptor))
            {
                roots.push((
                    file.this_class.to_string(),
                    method.name.to_string(),
                    method.descriptor.to_string(),
                ));
            }
        }
    }
    compile_program(class_files, path, &roots)
}

/// Compiles what a program reaches from `roots` (which are also exported when
/// they take and return only numbers), loading the classes it names but does
/// not define from `path`.
pub fn compile_program(
    class_files: &[&[u8]],
    path: &dyn ClassPath,
    roots: &[MethodKey],
) -> Result<Vec<u8>, CompileError> {
    compile_roots(class_files, path, roots, None)
}

const MAIN: &str = "([Ljava/lang/String;)V";
const ENTRY: &str = "java/lang/Entry";
const FINISH: (&str, &str) = ("finish", "()V");
const UNCAUGHT: (&str, &str) = ("uncaught", "(Ljava/lang/Throwable;)V");

/// Compiles a program whose `main` is in `main_class` into a WASI command:
/// its `_start` runs `main` with no arguments, then exits as HotSpot does
/// (0, or 1 after printing an exception `main` did not catch). The library
/// comes from `path`, which must have oa's patches (`java.lang.Entry`).
pub fn compile_main(class_files: &[&[u8]], path: &dyn ClassPath, main_class: &str) -> Result<Vec<u8>, CompileError> {
    let roots = vec![
        (main_class.to_string(), "main".to_string(), MAIN.to_string()),
        (ENTRY.to_string(), FINISH.0.to_string(), FINISH.1.to_string()),
        (ENTRY.to_string(), UNCAUGHT.0.to_string(), UNCAUGHT.1.to_string()),
    ];
    compile_roots(class_files, path, &roots, Some(main_class))
}

fn compile_roots(
    class_files: &[&[u8]],
    path: &dyn ClassPath,
    roots: &[MethodKey],
    entry: Option<&str>,
) -> Result<Vec<u8>, CompileError> {
    let reached = reach::analyze(class_files, path, roots)?;
    let mut files = Vec::new();
    // Object's struct and vtable types have fixed indices: arrays extend it.
    // When it is compiled (from the JDK), its methods fill its vtable.
    for (name, bytes) in reached.classes.iter() {
        let patch = reached.patches.get(name).map(Vec::as_slice);
        files.push(
            crate::patch::parse(bytes, patch).map_err(|reason| CompileError::Malformed {
                class: name.replace('/', "."),
                reason,
            })?,
        );
    }
    let hierarchy = Hierarchy::build(&files).map_err(|(class, e)| e.at(&class, "(class)"))?;
    let count = hierarchy.classes.len();
    let mut types = Types::new();
    let object = hierarchy.index(classes::OBJECT);
    let structs: Vec<u32> = (0..count)
        .map(|c| {
            if Some(c) == object {
                layout::OBJECT
            } else {
                types.reserve()
            }
        })
        .collect();
    let vtables: Vec<u32> = (0..count)
        .map(|c| {
            if Some(c) == object {
                layout::VT_OBJECT
            } else {
                types.reserve()
            }
        })
        .collect();
    let selectors = Selectors::build(&hierarchy, &files);
    let positions = hierarchy.file.len();
    let mut program = Program {
        files: &files,
        hierarchy,
        functions: HashMap::new(),
        statics: HashMap::new(),
        fields: HashMap::new(),
        initializers: HashMap::new(),
        structs,
        vtables,
        allocators: Vec::new(),
        slot_types: HashMap::new(),
        selectors,
        selector_types: Vec::new(),
        extras: RefCell::new(Vec::new()),
        first_extra: 0,
        literals: RefCell::new(Vec::new()),
        lazy_globals: RefCell::new(Vec::new()),
        first_lazy_global: 0,
        literal_globals: RefCell::new(Vec::new()),
        class_objects: RefCell::new(Vec::new()),
        unsafe_fields: RefCell::new(Vec::new()),
    };

    // Function indices: helpers, then every method with code, then class
    // initialisers, allocators, abstract-method traps and exports.
    let mut next_function = FIRST_METHOD;
    let mut methods: Vec<(usize, usize)> = Vec::new();
    let mut native_bodies: HashMap<(usize, usize), Option<Native>> = HashMap::new();
    let mut unimplemented_natives: Vec<String> = Vec::new();
    for c in 0..positions {
        let file = &files[program.hierarchy.file[c]];
        for (m, method) in file.methods.iter().enumerate() {
            let key = (
                file.this_class.to_string(),
                method.name.to_string(),
                method.descriptor.to_string(),
            );
            if !reached.methods.contains(&key) {
                continue;
            }
            if code_of(method).is_none() {
                if !method.access_flags.contains(MethodAccessFlags::NATIVE) {
                    continue;
                }
                // A native the compiler does not implement traps where it
                // is called; the module lists them.
                let native = natives::lookup(&key.0, &key.1, &key.2);
                if native.is_none() && natives::unsafe_access(&key.0, &key.1).is_none() {
                    unimplemented_natives.push(format!("{}.{}{}", key.0.replace('/', "."), key.1, key.2));
                }
                native_bodies.insert((c, m), native);
            }
            program.functions.insert((c, m), next_function);
            next_function += 1;
            methods.push((c, m));
            if method.access_flags.contains(MethodAccessFlags::STATIC) {
                let key = (
                    file.this_class.to_string(),
                    method.name.to_string(),
                    method.descriptor.to_string(),
                );
                program.statics.insert(key, (c, m));
            }
        }
    }

    // Types of classes and their vtables, and the function type of each slot.
    for c in 0..count {
        let class = program.hierarchy.classes[c].clone();
        let is_object = Some(c) == object;
        let super_struct = class
            .superclass
            .map(|s| program.structs[s])
            .or((!is_object).then_some(layout::OBJECT));
        let super_vtable = class
            .superclass
            .map(|s| program.vtables[s])
            .or((!is_object).then_some(layout::VT_OBJECT));
        let mut fields = layout::header(program.vtables[c]).to_vec();
        for (_, _, ty) in &class.fields {
            fields.push(layout::field(StorageType::Val(program.valtype(ty)), true));
        }
        types.define(program.structs[c], layout::struct_type(super_struct, fields));
        let mut slots = layout::vtable_header().to_vec();
        for (k, slot) in class.slots.iter().enumerate() {
            if !program.slot_types.contains_key(&(slot.declaring, k)) {
                let signature = Hierarchy::slot_signature(slot)
                    .ok_or_else(|| Unsupported::new("a malformed method descriptor").at(&class.name, &slot.name))?;
                let mut params = vec![layout::nullable(program.structs[slot.declaring])];
                params.extend(signature.params.iter().map(|p| program.valtype(p)));
                let t = types.func(params, signature.ret.iter().map(|r| program.valtype(r)).collect());
                program.slot_types.insert((slot.declaring, k), t);
            }
            // The function's index in the table of methods: `call_indirect`
            // checks its type against the slot's.
            slots.push(layout::field(StorageType::Val(ValType::I32), false));
        }
        types.define(program.vtables[c], layout::struct_type(super_vtable, slots));
    }
    // Interface methods take the receiver as Object.
    for (name, descriptor) in program.selectors.list.clone() {
        let signature = Signature::parse(&descriptor)
            .ok_or_else(|| Unsupported::new("a malformed method descriptor").at("(interface)", &name))?;
        let mut params = vec![layout::nullable(layout::OBJECT)];
        params.extend(signature.params.iter().map(|p| program.valtype(p)));
        let t = types.func(params, signature.ret.iter().map(|r| program.valtype(r)).collect());
        program.selector_types.push(t);
    }

    // Class initialisation: a flag and a function per class that has a static
    // initialiser or a superclass that needs initialising.
    let mut globals = GlobalSection::new();
    let mut global_count = 0u32;
    let mut guards = Vec::new();
    for c in 0..positions {
        let file = &files[program.hierarchy.file[c]];
        let clinit = file
            .methods
            .iter()
            .position(|m| m.name == "<clinit>")
            .and_then(|m| program.functions.get(&(c, m)).copied());
        // An interface is initialised on its own (JLS 12.4.1).
        let super_init = program
            .hierarchy
            .classes
            .get(c)
            .and_then(|class| class.superclass)
            .and_then(|s| program.initializers.get(&s))
            .map(|i| i.1);
        // String constants are objects: the initialiser sets them (first, as
        // preparation does for every ConstantValue).
        let strings = file.fields.iter().any(|f| {
            f.access_flags.contains(cafebabe::FieldAccessFlags::STATIC)
                && matches!(
                    field_constant(f),
                    Some(LiteralConstant::String(_) | LiteralConstant::StringBytes(_))
                )
        });
        if clinit.is_some() || super_init.is_some() || strings {
            globals.global(
                GlobalType {
                    val_type: ValType::I32,
                    mutable: true,
                    shared: false,
                },
                &ConstExpr::i32_const(0),
            );
            program.initializers.insert(c, (global_count, next_function));
            guards.push((c, global_count, super_init, clinit));
            global_count += 1;
            next_function += 1;
        }
    }
    let mut string_constants: Vec<(usize, u32, Vec<u16>)> = Vec::new();
    for c in 0..positions {
        let file = &files[program.hierarchy.file[c]];
        for field in file
            .fields
            .iter()
            .filter(|f| f.access_flags.contains(cafebabe::FieldAccessFlags::STATIC))
        {
            let ty = Ty::from_descriptor(&field.descriptor);
            let constant = match field_constant(field) {
                Some(LiteralConstant::String(text)) => {
                    string_constants.push((c, global_count, text.encode_utf16().collect::<Vec<u16>>()));
                    None
                }
                Some(LiteralConstant::StringBytes(bytes)) => {
                    string_constants.push((c, global_count, crate::classfile::decode_modified_utf8(bytes)));
                    None
                }
                other => other,
            };
            let init =
                initial_value(&ty, program.valtype(&ty), constant).map_err(|e| e.at(&file.this_class, &field.name))?;
            globals.global(
                GlobalType {
                    val_type: program.valtype(&ty),
                    mutable: true,
                    shared: false,
                },
                &init,
            );
            program.fields.insert(
                (file.this_class.to_string(), field.name.to_string()),
                (global_count, ty),
            );
            global_count += 1;
        }
    }
    for _ in 0..count {
        program.allocators.push(next_function);
        next_function += 1;
    }
    // A vtable entry with no implementation (an abstract class's) still needs a
    // function of its type; nothing can call it, since no such object exists.
    let mut traps: Vec<u32> = Vec::new();
    for c in 0..count {
        for (k, slot) in program.hierarchy.classes[c].slots.iter().enumerate() {
            let functype = program.slot_types[&(slot.declaring, k)];
            let compiled = slot
                .implementation
                .is_some_and(|at| program.functions.contains_key(&at));
            if !compiled && !traps.contains(&functype) {
                traps.push(functype);
            }
        }
    }
    let first_trap = next_function;
    next_function += traps.len() as u32;
    // Interface tables: what answers each selector, by its number. A method
    // that takes `this` as a class is reached through an adapter taking Object.
    let mut itables: Vec<Vec<Option<u32>>> = Vec::new();
    let mut adapted: Vec<(u32, (usize, usize))> = Vec::new();
    for c in 0..count {
        let answered: Vec<usize> = (0..program.selectors.list.len())
            .filter(|&s| {
                let (name, descriptor) = &program.selectors.list[s];
                program.hierarchy.classes[c].interfaces.iter().any(|&i| {
                    files[program.hierarchy.file[i]]
                        .methods
                        .iter()
                        .any(|m| m.name == *name && m.descriptor.to_string() == *descriptor)
                })
            })
            .collect();
        let size = answered
            .iter()
            .map(|&s| program.selectors.color[s] + 1)
            .max()
            .unwrap_or(0);
        let mut itable = vec![None; size as usize];
        for s in answered {
            let Some(at) = program.answer(c, s) else { continue };
            let function = if program.hierarchy.is_interface(at.0) {
                program.functions[&at]
            } else {
                match adapted.iter().find(|(_, a)| *a == at) {
                    Some((f, _)) => *f,
                    None => {
                        adapted.push((next_function, at));
                        next_function += 1;
                        next_function - 1
                    }
                }
            };
            itable[program.selectors.color[s] as usize] = Some(function);
        }
        itables.push(itable);
    }
    // Exported entry points: static methods on primitives.
    let exported: Vec<(usize, usize)> = methods
        .iter()
        .copied()
        .filter(|&at| {
            let method = program.method(at);
            let key = (
                program.class_name(at.0).to_string(),
                method.name.to_string(),
                method.descriptor.to_string(),
            );
            roots.contains(&key) && primitive_only(&Signature::from_descriptor(&method.descriptor))
        })
        .collect();
    let first_wrapper = next_function;
    let start = entry.map(|_| first_wrapper + exported.len() as u32);
    program.first_extra = first_wrapper + exported.len() as u32 + start.is_some() as u32;
    // Vtables: one immutable global per class.
    let mut vtable_globals = Vec::new();
    for (c, itable) in itables.iter().enumerate() {
        let mut init = Vec::new();
        for entry in itable {
            match entry {
                Some(function) => init.push(I::I32Const(*function as i32)),
                // Past the table's end: a call through it traps.
                None => init.push(I::I32Const(-1)),
            }
        }
        init.push(I::ArrayNewFixed {
            array_type_index: layout::ITABLE,
            array_size: itable.len() as u32,
        });
        let ids: Vec<i32> = program.hierarchy.classes[c]
            .interfaces
            .iter()
            .map(|&i| (i - count) as i32)
            .collect();
        for id in &ids {
            init.push(I::I32Const(*id));
        }
        init.push(I::ArrayNewFixed {
            array_type_index: layout::IDS,
            array_size: ids.len() as u32,
        });
        match program.class_object_function(&Ty::Class(program.hierarchy.classes[c].name.clone())) {
            Some(function) => init.push(I::RefFunc(function)),
            None => init.push(I::RefNull(wasm_encoder::HeapType::Concrete(layout::CLASS_FN))),
        }
        for (k, slot) in program.hierarchy.classes[c].slots.iter().enumerate() {
            let function = match slot.implementation.and_then(|at| program.functions.get(&at)) {
                Some(&function) => function,
                None => {
                    let functype = program.slot_types[&(slot.declaring, k)];
                    first_trap + traps.iter().position(|t| *t == functype).unwrap() as u32
                }
            };
            init.push(I::I32Const(function as i32));
        }
        init.push(I::StructNew(program.vtables[c]));
        globals.global(
            GlobalType {
                val_type: layout::non_null(program.vtables[c]),
                mutable: false,
                shared: false,
            },
            &ConstExpr::extended(init),
        );
        vtable_globals.push(global_count);
        global_count += 1;
    }
    // Object's vtable, which arrays carry: the compiled Object's, or an
    // empty one.
    let object_vtable = match object {
        Some(c) => vtable_globals[c],
        None => {
            globals.global(
                GlobalType {
                    val_type: layout::non_null(layout::VT_OBJECT),
                    mutable: false,
                    shared: false,
                },
                &ConstExpr::extended([
                    I::ArrayNewFixed {
                        array_type_index: layout::ITABLE,
                        array_size: 0,
                    },
                    I::ArrayNewFixed {
                        array_type_index: layout::IDS,
                        array_size: 0,
                    },
                    I::RefNull(wasm_encoder::HeapType::Concrete(layout::CLASS_FN)),
                    I::StructNew(layout::VT_OBJECT),
                ]),
            );
            global_count += 1;
            global_count - 1
        }
    };

    // Where identity hashes come from (natives.rs).
    globals.global(
        GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        },
        &ConstExpr::i32_const(0x2545_f491),
    );
    let hash_state = global_count;
    global_count += 1;

    program.first_lazy_global = global_count;

    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let thrower = program.division_thrower();
    helpers(&mut types, &mut functions, &mut code, object_vtable, thrower);
    implements_helper(&mut types, &mut functions, &mut code);
    clone_helpers(&mut types, &mut functions, &mut code, object_vtable);

    for &(c, m) in &methods {
        let file = &files[program.hierarchy.file[c]];
        let method = &file.methods[m];
        let at = |e: Unsupported| e.at(&file.this_class, &method.name);
        if let Some(native) = native_bodies.get(&(c, m)) {
            let signature = Signature::from_descriptor(&method.descriptor);
            let mut params: Vec<ValType> = Vec::new();
            if !method.access_flags.contains(MethodAccessFlags::STATIC) {
                params.push(layout::nullable(program.structs[program.receiver_owner((c, m))]));
            }
            params.extend(signature.params.iter().map(|p| program.valtype(p)));
            let results: Vec<ValType> = signature.ret.iter().map(|r| program.valtype(r)).collect();
            functions.function(types.func(params, results.clone()));
            let access = natives::unsafe_access(program.class_name(c), &method.name)
                .filter(|_| !method.access_flags.contains(MethodAccessFlags::STATIC));
            let body = match (native, access) {
                (_, Some((access, elem))) => {
                    // (this, o, offset, values...) to (o, offset, values...)
                    let target = program.offset_access(access, elem);
                    let mut f = Function::new([]);
                    for p in 1..=signature.params.len() as u32 {
                        f.instruction(&I::LocalGet(p));
                    }
                    f.instruction(&I::Call(target));
                    if let (Some(ValType::Ref(r)), Elem::Ref) = (results.first(), elem) {
                        f.instruction(&I::RefCastNullable(r.heap_type));
                    }
                    f.instruction(&I::End);
                    f
                }
                (Some(native), None) => natives::body(
                    *native,
                    &results,
                    &natives::Context {
                        hash_state,
                        class: program.hierarchy.index(CLASS).map(|c| program.structs[c]),
                        intern: program.intern(),
                    },
                ),
                (None, None) => {
                    let mut f = Function::new([]);
                    f.instruction(&I::Unreachable);
                    f.instruction(&I::End);
                    f
                }
            };
            code.function(&body);
            continue;
        }
        let data = code_of(method).expect("methods were chosen with code");
        let opcodes = &data
            .bytecode
            .as_ref()
            .ok_or_else(|| at(Unsupported::new("a method whose bytecode did not decode")))?
            .opcodes;
        let index = |offset: u16| {
            let offset = offset as usize;
            if offset == data.code.len() {
                return Some(opcodes.len());
            }
            opcodes.binary_search_by_key(&offset, |(o, _)| *o).ok()
        };
        let mut handlers = Vec::new();
        for entry in &data.exception_table {
            let (Some(start), Some(end), Some(handler)) =
                (index(entry.start_pc), index(entry.end_pc), index(entry.handler_pc))
            else {
                return Err(at(Unsupported::new("an exception handler outside the code")));
            };
            handlers.push(crate::cfg::Handler {
                start,
                end,
                handler,
                catch: entry.catch_type.as_ref().map(|c| c.to_string()),
            });
        }
        let signature = Signature::from_descriptor(&method.descriptor);
        let is_static = method.access_flags.contains(MethodAccessFlags::STATIC);
        let this = (!is_static).then_some(&*file.this_class);
        let this_param = (!is_static).then(|| {
            if program.hierarchy.is_interface(c) {
                return layout::nullable(layout::OBJECT);
            }
            let owner = program.receiver_owner((c, m));
            layout::nullable(program.structs[owner])
        });
        let max_locals = data.max_locals as usize;
        let stack_map: &[cafebabe::attributes::StackMapEntry] = data
            .attributes
            .iter()
            .find_map(|a| match &a.data {
                AttributeData::StackMapTable(entries) => Some(entries.as_slice()),
                _ => None,
            })
            .unwrap_or(&[]);
        let new_at = |offset: usize| {
            let i = opcodes.binary_search_by_key(&offset, |(o, _)| *o).ok()?;
            match &opcodes[i].1 {
                cafebabe::bytecode::Opcode::New(class) => Some(class.to_string()),
                _ => None,
            }
        };
        let frames =
            frames::decode(this, &signature, stack_map, max_locals, &new_at).map_err(|e| at(Unsupported::new(e.0)))?;
        let lowered = lower::lower(
            &program,
            &Method {
                class: &file.this_class,
                this_param,
                signature: &signature,
                opcodes,
                entry: frames::entry_state(this, &signature, max_locals),
                frames,
                handlers,
            },
        )
        .map_err(at)?;
        let mut params: Vec<ValType> = this_param.into_iter().collect();
        params.extend(signature.params.iter().map(|p| program.valtype(p)));
        functions.function(types.func(params, signature.ret.iter().map(|r| program.valtype(r)).collect()));
        code.function(&lowered);
    }
    for (c, flag, super_init, clinit) in &guards {
        functions.function(types.func(vec![], vec![]));
        let mut f = Function::new([]);
        f.instruction(&I::GlobalGet(*flag));
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&I::Return);
        f.instruction(&I::End);
        // Set before running: a class being initialised counts as initialised
        // for the code its own initialiser runs (JLS 12.4.2). Its superclass
        // is initialised first.
        f.instruction(&I::I32Const(1));
        f.instruction(&I::GlobalSet(*flag));
        for (owner, global, text) in &string_constants {
            if owner == c {
                let make = program
                    .string(text)
                    .map_err(|e| e.at(program.class_name(*c), "(string constant)"))?;
                f.instruction(&I::Call(make));
                f.instruction(&I::GlobalSet(*global));
            }
        }
        if let Some(init) = super_init {
            f.instruction(&I::Call(*init));
        }
        if let Some(clinit) = clinit {
            f.instruction(&I::Call(*clinit));
        }
        f.instruction(&I::End);
        code.function(&f);
    }
    for (c, &vtable) in vtable_globals.iter().enumerate() {
        functions.function(types.func(vec![], vec![layout::non_null(program.structs[c])]));
        let mut f = Function::new([]);
        f.instruction(&I::GlobalGet(vtable));
        f.instruction(&I::I32Const(0));
        for (_, _, ty) in &program.hierarchy.classes[c].fields {
            f.instruction(&layout::zero(program.valtype(ty)));
        }
        f.instruction(&I::StructNew(program.structs[c]));
        f.instruction(&I::End);
        code.function(&f);
    }
    for functype in &traps {
        functions.function(*functype);
        let mut f = Function::new([]);
        f.instruction(&I::Unreachable);
        f.instruction(&I::End);
        code.function(&f);
    }
    for (_, at) in &adapted {
        let method = program.method(*at);
        let signature = Signature::from_descriptor(&method.descriptor);
        let mut params = vec![layout::nullable(layout::OBJECT)];
        params.extend(signature.params.iter().map(|p| program.valtype(p)));
        functions.function(types.func(params, signature.ret.iter().map(|r| program.valtype(r)).collect()));
        // The receiver as the implementation takes it.
        let owner = program.receiver_owner(*at);
        let mut f = Function::new([]);
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::RefCastNullable(wasm_encoder::HeapType::Concrete(
            program.structs[owner],
        )));
        for p in 1..=signature.params.len() as u32 {
            f.instruction(&I::LocalGet(p));
        }
        f.instruction(&I::Call(program.functions[at]));
        f.instruction(&I::End);
        code.function(&f);
    }
    let mut exports = ExportSection::new();
    for (k, &(c, m)) in exported.iter().enumerate() {
        let method = program.method((c, m));
        let signature = Signature::from_descriptor(&method.descriptor);
        let params: Vec<ValType> = signature.params.iter().map(|p| program.valtype(p)).collect();
        functions.function(types.func(params, signature.ret.iter().map(|r| program.valtype(r)).collect()));
        let mut f = Function::new([]);
        if let Some(&(flag, init)) = program.initializers.get(&c) {
            for instruction in layout::init_check(flag, init) {
                f.instruction(&instruction);
            }
        }
        for p in 0..signature.params.len() as u32 {
            f.instruction(&I::LocalGet(p));
        }
        f.instruction(&I::Call(program.functions[&(c, m)]));
        f.instruction(&I::End);
        code.function(&f);
        let name = format!(
            "{}.{}{}",
            program.class_name(c).replace('/', "."),
            method.name,
            method.descriptor
        );
        exports.export(&name, ExportKind::Func, first_wrapper + k as u32);
    }
    if let (Some(main_class), Some(start)) = (entry, start) {
        functions.function(types.func(vec![], vec![]));
        code.function(&start_function(&program, main_class)?);
        exports.export("_start", ExportKind::Func, start);
    }
    // Functions code asked for; a multi-dimensional allocator may ask for the
    // next dimension's.
    let mut done = 0;
    while done < program.extras.borrow().len() {
        let extra = program.extras.borrow()[done].clone();
        match extra {
            Extra::MultiArray(ty, dims) => {
                functions.function(types.func(vec![ValType::I32; dims as usize], vec![program.valtype(&ty)]));
                code.function(&multi_array(&program, &ty, dims));
            }
            Extra::Literal(literal) => {
                let string = Ty::Class(STRING.into());
                functions.function(types.func(vec![], vec![program.valtype(&string)]));
                code.function(&string_literal(&program, literal, object_vtable, &vtable_globals));
            }
            Extra::ClassObject(k) => {
                functions.function(layout::CLASS_FN);
                code.function(&class_object(&program, k)?);
            }
            Extra::UnsafeAccess(access, elem) => {
                let value = layout::storage_valtype(elem);
                let mut params = vec![layout::nullable(layout::OBJECT), ValType::I64];
                params.extend(std::iter::repeat_n(value, access.values()));
                let results = match access {
                    natives::Access::Put => vec![],
                    natives::Access::CompareAndSet => vec![ValType::I32],
                    _ => vec![value],
                };
                functions.function(types.func(params, results));
                code.function(&unsafe_access(&program, access, elem));
            }
            Extra::ThrowDivisionByZero => {
                functions.function(types.func(vec![], vec![]));
                let class = program
                    .hierarchy
                    .index(crate::reach::ARITHMETIC)
                    .expect("checked when asked for");
                let init = program
                    .find_method(class, "<init>", "(Ljava/lang/String;)V")
                    .expect("checked");
                let text: Vec<u16> = "/ by zero".encode_utf16().collect();
                let message = program
                    .string(&text)
                    .map_err(|e| e.at(crate::reach::ARITHMETIC, "<init>"))?;
                let mut f = Function::new_with_locals_types([layout::nullable(program.structs[class])]);
                f.instruction(&I::Call(program.allocators[class]));
                f.instruction(&I::LocalTee(0));
                f.instruction(&I::Call(message));
                f.instruction(&I::Call(program.functions[&init]));
                f.instruction(&I::LocalGet(0));
                f.instruction(&I::Throw(lower::EXCEPTION_TAG));
                f.instruction(&I::End);
                code.function(&f);
            }
        }
        done += 1;
    }
    // Each string constant: a global that keeps it once made, and its bytes.
    let mut data = DataSection::new();
    for text in program.literals.borrow().iter() {
        data.passive(string_bytes(text).0);
    }
    for &val_type in program.lazy_globals.borrow().iter() {
        let ValType::Ref(r) = val_type else {
            unreachable!("lazy globals hold objects")
        };
        globals.global(
            GlobalType {
                val_type,
                mutable: true,
                shared: false,
            },
            &ConstExpr::ref_null(r.heap_type),
        );
    }

    // Java exceptions: one tag carrying the Throwable as an Object.
    let mut tags = TagSection::new();
    tags.tag(TagType {
        kind: TagKind::Exception,
        func_type_idx: types.func(vec![layout::nullable(layout::OBJECT)], vec![]),
    });
    // WASI's functions, first in the function index space.
    let mut imports = ImportSection::new();
    for (name, params, results) in natives::IMPORTS {
        let ty = types.standalone_func(params, results);
        imports.import("wasi_snapshot_preview1", name, EntityType::Function(ty));
    }
    exports.export("memory", ExportKind::Memory, 0);
    let mut type_section = TypeSection::new();
    types.encode(&mut type_section);
    // The table of methods holds every function at its own index (see
    // `layout::METHODS`); its segment also declares the functions code names
    // with `ref.func`.
    let total = natives::IMPORTS.len() as u32 + functions.len();
    let mut tables = wasm_encoder::TableSection::new();
    tables.table(wasm_encoder::TableType {
        element_type: wasm_encoder::RefType::FUNCREF,
        table64: false,
        minimum: total as u64,
        maximum: Some(total as u64),
        shared: false,
    });
    let mut elements = ElementSection::new();
    let all: Vec<u32> = (0..total).collect();
    elements.active(
        Some(layout::METHODS),
        &ConstExpr::i32_const(0),
        Elements::Functions(all.into()),
    );
    let mut module = Module::new();
    module.section(&type_section);
    module.section(&imports);
    module.section(&functions);
    module.section(&tables);
    // The buffer WASI calls read and write through (natives.rs).
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: 1,
        maximum: Some(1),
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    module.section(&memories);
    module.section(&tags);
    module.section(&globals);
    module.section(&exports);
    module.section(&elements);
    let literal_count = program.literals.borrow().len() as u32;
    if literal_count > 0 {
        module.section(&DataCountSection { count: literal_count });
    }
    module.section(&code);
    if literal_count > 0 {
        module.section(&data);
    }
    // Function names, for backtraces: `Class.method(descriptor)`.
    let mut names = wasm_encoder::NameMap::new();
    let mut named: Vec<(u32, String)> = methods
        .iter()
        .map(|&(c, m)| {
            let method = program.method((c, m));
            (
                program.functions[&(c, m)],
                format!(
                    "{}.{}{}",
                    program.class_name(c).replace('/', "."),
                    method.name,
                    method.descriptor
                ),
            )
        })
        .collect();
    named.sort();
    for (index, name) in &named {
        names.append(*index, name);
    }
    let mut name_section = wasm_encoder::NameSection::new();
    name_section.functions(&names);
    // What the program reaches that the compiler does not implement: each
    // traps where it is called.
    if !unimplemented_natives.is_empty() {
        module.section(&wasm_encoder::CustomSection {
            name: "oa.unimplemented-natives".into(),
            data: unimplemented_natives.join("\n").into_bytes().into(),
        });
    }
    module.section(&name_section);
    let bytes = module.finish();
    let mut validator = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
    validator
        .validate_all(&bytes)
        .map_err(|e| CompileError::Invalid(e.to_string()))?;
    Ok(bytes)
}

/// `Unsafe`'s access to a value at an offset of an object: an element of an
/// array of that kind (offsets of arrays are indices), or a field whose
/// offset the code took. The fields are known once every method is compiled,
/// which is when this is made. Anything else stops the run.
fn unsafe_access(program: &Program, access: natives::Access, elem: Elem) -> Function {
    use natives::Access;
    let (object, offset, first, second) = (0, 1, 2, 3);
    let value = layout::storage_valtype(elem);
    // The value before, and the value to store, of the read-modify-writes.
    let (old, new) = (2 + access.values() as u32, 3 + access.values() as u32);
    let mut f = Function::new_with_locals_types([value, value]);
    let same = match elem {
        Elem::Long => I::I64Eq,
        Elem::Ref => I::RefEq,
        Elem::Float => I::F32Eq,
        Elem::Double => I::F64Eq,
        _ => I::I32Eq,
    };
    let combine = |access: Access| -> Option<I<'static>> {
        let long = elem == Elem::Long;
        Some(match access {
            Access::GetAndAdd => match elem {
                Elem::Long => I::I64Add,
                Elem::Float => I::F32Add,
                Elem::Double => I::F64Add,
                _ => I::I32Add,
            },
            Access::GetAndOr if long => I::I64Or,
            Access::GetAndOr => I::I32Or,
            Access::GetAndAnd if long => I::I64And,
            Access::GetAndAnd => I::I32And,
            Access::GetAndXor if long => I::I64Xor,
            Access::GetAndXor => I::I32Xor,
            _ => return None,
        })
    };
    let op = |f: &mut Function, load: &dyn Fn(&mut Function), store: &dyn Fn(&mut Function, u32)| match access {
        Access::Get => {
            load(f);
            f.instruction(&I::Return);
        }
        Access::Put => {
            store(f, first);
            f.instruction(&I::Return);
        }
        Access::CompareAndSet => {
            load(f);
            f.instruction(&I::LocalGet(first));
            f.instruction(&same);
            f.instruction(&I::If(BlockType::Empty));
            store(f, second);
            f.instruction(&I::I32Const(1));
            f.instruction(&I::Return);
            f.instruction(&I::End);
            f.instruction(&I::I32Const(0));
            f.instruction(&I::Return);
        }
        Access::CompareAndExchange => {
            load(f);
            f.instruction(&I::LocalTee(old));
            f.instruction(&I::LocalGet(first));
            f.instruction(&same);
            f.instruction(&I::If(BlockType::Empty));
            store(f, second);
            f.instruction(&I::End);
            f.instruction(&I::LocalGet(old));
            f.instruction(&I::Return);
        }
        Access::GetAndSet => {
            load(f);
            f.instruction(&I::LocalSet(old));
            store(f, first);
            f.instruction(&I::LocalGet(old));
            f.instruction(&I::Return);
        }
        _ => {
            load(f);
            f.instruction(&I::LocalTee(old));
            f.instruction(&I::LocalGet(first));
            f.instruction(&combine(access).expect("a read-modify-write"));
            f.instruction(&I::LocalSet(new));
            store(f, new);
            f.instruction(&I::LocalGet(old));
            f.instruction(&I::Return);
        }
    };
    // An array's element.
    let array = layout::array_type(elem);
    let data = layout::data_type(elem);
    f.instruction(&I::LocalGet(object));
    f.instruction(&I::RefTestNonNull(wasm_encoder::HeapType::Concrete(array)));
    f.instruction(&I::If(BlockType::Empty));
    let element = |f: &mut Function| {
        f.instruction(&I::LocalGet(object));
        f.instruction(&I::RefCastNonNull(wasm_encoder::HeapType::Concrete(array)));
        f.instruction(&I::StructGet {
            struct_type_index: array,
            field_index: layout::ARRAY_DATA,
        });
        f.instruction(&I::LocalGet(offset));
        f.instruction(&I::I32WrapI64);
    };
    op(
        &mut f,
        &|f| {
            element(f);
            f.instruction(&match elem.signed() {
                Some(true) => I::ArrayGetS(data),
                Some(false) => I::ArrayGetU(data),
                None => I::ArrayGet(data),
            });
        },
        &|f, v| {
            element(f);
            f.instruction(&I::LocalGet(v));
            f.instruction(&I::ArraySet(data));
        },
    );
    f.instruction(&I::End);
    // A field whose offset the code took.
    for (k, (class, name)) in program.unsafe_fields.borrow().iter().enumerate() {
        let Ok((structure, index, ty)) = program.field(class, name) else {
            continue;
        };
        if Elem::of(&ty) != elem {
            continue;
        }
        let field_type = program.valtype(&ty);
        f.instruction(&I::LocalGet(offset));
        f.instruction(&I::I64Const(k as i64 + 1));
        f.instruction(&I::I64Eq);
        f.instruction(&I::If(BlockType::Empty));
        let target = |f: &mut Function| {
            f.instruction(&I::LocalGet(object));
            f.instruction(&I::RefCastNonNull(wasm_encoder::HeapType::Concrete(structure)));
        };
        op(
            &mut f,
            &|f| {
                target(f);
                f.instruction(&I::StructGet {
                    struct_type_index: structure,
                    field_index: index,
                });
            },
            &|f, v| {
                target(f);
                f.instruction(&I::LocalGet(v));
                if let ValType::Ref(r) = field_type {
                    if value != field_type {
                        f.instruction(&I::RefCastNullable(r.heap_type));
                    }
                }
                f.instruction(&I::StructSet {
                    struct_type_index: structure,
                    field_index: index,
                });
            },
        );
        f.instruction(&I::End);
    }
    f.instruction(&I::Unreachable);
    f.instruction(&I::End);
    f
}

/// The start of a function that makes an object once (a string constant, a
/// class object): the object the lazy global keeps, if it is made (local 0
/// holds it); else the class of what is made is initialised first.
fn made_once(f: &mut Function, global: u32, initializer: Option<&(u32, u32)>) {
    f.instruction(&I::GlobalGet(global));
    f.instruction(&I::LocalTee(0));
    f.instruction(&I::RefIsNull);
    f.instruction(&I::I32Eqz);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    if let Some(&(flag, init)) = initializer {
        for instruction in layout::init_check(flag, init) {
            f.instruction(&instruction);
        }
    }
}

/// The class object of the k-th type that code asks one for: made on first
/// use, with its name (as `Class.getName` gives it), its component type for
/// an array, and oa's flags (`oaFlags`, which the `Class` patch reads).
fn class_object(program: &Program, k: usize) -> Result<Function, CompileError> {
    let (ty, lazy) = program.class_objects.borrow()[k].clone();
    let global = program.first_lazy_global + lazy;
    let class = program
        .hierarchy
        .index(CLASS)
        .expect("asked for only when Class is compiled");
    let structure = program.structs[class];
    let at = |e: Unsupported| e.at(CLASS, "(class object)");
    let mut f = Function::new_with_locals_types([layout::nullable(structure)]);
    made_once(&mut f, global, program.initializers.get(&class));
    f.instruction(&I::Call(program.allocators[class]));
    f.instruction(&I::LocalSet(0));
    let name = match &ty {
        Ty::Class(name) => name.replace('/', "."),
        other => other.to_descriptor().replace('/', "."),
    };
    let (flags, component) = match &ty {
        Ty::Array(element) => (1, Some((**element).clone())),
        Ty::Class(name) => {
            let interface = program
                .hierarchy
                .position(name)
                .is_some_and(|p| program.hierarchy.is_interface(p));
            (if interface { 4 } else { 0 }, None)
        }
        _ => (2, None),
    };
    let set = |f: &mut Function, field: &str| -> Result<(), CompileError> {
        let (_, index, _) = program.field(CLASS, field).map_err(at)?;
        f.instruction(&I::StructSet {
            struct_type_index: structure,
            field_index: index,
        });
        Ok(())
    };
    f.instruction(&I::LocalGet(0));
    let text: Vec<u16> = name.encode_utf16().collect();
    f.instruction(&I::Call(program.string(&text).map_err(at)?));
    set(&mut f, "name")?;
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::I32Const(flags));
    set(&mut f, "oaFlags")?;
    if let Some(component) = component {
        let make = program.class_object_function(&component).expect("Class is compiled");
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::Call(make));
        f.instruction(&I::RefCastNullable(wasm_encoder::HeapType::Concrete(structure)));
        set(&mut f, "componentType")?;
    }
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::GlobalSet(global));
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::End);
    Ok(f)
}

/// `_start`: `main(new String[0])`, then `Entry.finish()`; an exception `main`
/// throws goes to `Entry.uncaught`. Both exit.
fn start_function(program: &Program, main_class: &str) -> Result<Function, CompileError> {
    let missing = |what: String| Unsupported::new(what).at(main_class, "main");
    let (main, _) = program.static_method(main_class, "main", MAIN).map_err(|_| {
        missing(format!(
            "a `public static void main(String[])` in {}",
            main_class.replace('/', ".")
        ))
    })?;
    let (finish, _) = program
        .static_method(ENTRY, FINISH.0, FINISH.1)
        .map_err(|_| missing("oa's java.lang.Entry (the library's patches)".into()))?;
    let (uncaught, _) = program
        .static_method(ENTRY, UNCAUGHT.0, UNCAUGHT.1)
        .map_err(|_| missing("oa's java.lang.Entry (the library's patches)".into()))?;
    let throwable = program.valtype(&Ty::Class("java/lang/Throwable".into()));
    let object = layout::nullable(layout::OBJECT);
    let mut f = Function::new([]);
    f.instruction(&I::Block(BlockType::Result(object)));
    f.instruction(&I::TryTable(
        BlockType::Empty,
        vec![wasm_encoder::Catch::One {
            tag: lower::EXCEPTION_TAG,
            label: 0,
        }]
        .into(),
    ));
    for (class, _) in [(main_class, ()), (ENTRY, ())] {
        if let Some(&(flag, init)) = program
            .hierarchy
            .position(class)
            .and_then(|p| program.initializers.get(&p))
        {
            for instruction in layout::init_check(flag, init) {
                f.instruction(&instruction);
            }
        }
    }
    f.instruction(&I::I32Const(0));
    f.instruction(&I::Call(helper_index(Helper::NewArray(Elem::Ref))));
    f.instruction(&I::Call(main));
    f.instruction(&I::Call(finish));
    f.instruction(&I::End);
    f.instruction(&I::Return);
    f.instruction(&I::End);
    if let ValType::Ref(r) = throwable {
        f.instruction(&I::RefCastNullable(r.heap_type));
    }
    f.instruction(&I::Call(uncaught));
    f.instruction(&I::End);
    Ok(f)
}

/// The shared helpers: division and remainder with Java's rules, and the
/// allocation of primitive arrays.
fn helpers(
    types: &mut Types,
    functions: &mut FunctionSection,
    code: &mut CodeSection,
    object_vtable: u32,
    division_thrower: Option<u32>,
) {
    for helper in HELPERS {
        let (vt, div, zero, eqz, eq, sub, minus_one) = match helper {
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
        functions.function(types.func(vec![vt, vt], vec![vt]));
        let mut f = Function::new([]);
        // Division by zero: an ArithmeticException in Java, when the program
        // has the class (it always will once the JDK's library is compiled);
        // without it, the run stops here.
        f.instruction(&I::LocalGet(1));
        f.instruction(&eqz);
        f.instruction(&I::If(BlockType::Empty));
        if let Some(thrower) = division_thrower {
            f.instruction(&I::Call(thrower));
        }
        f.instruction(&I::Unreachable);
        f.instruction(&I::End);
        // By -1: MIN_VALUE / -1 is MIN_VALUE in Java and traps in WebAssembly.
        f.instruction(&I::LocalGet(1));
        f.instruction(&minus_one);
        f.instruction(&eq);
        f.instruction(&I::If(BlockType::Empty));
        f.instruction(&zero);
        if matches!(helper, Helper::IntDiv | Helper::LongDiv) {
            f.instruction(&I::LocalGet(0));
            f.instruction(&sub);
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
        functions.function(types.func(vec![ValType::I32], vec![layout::nullable(layout::array_type(elem))]));
        let mut f = Function::new([]);
        negative_check(&mut f, 0);
        f.instruction(&I::GlobalGet(object_vtable));
        f.instruction(&I::I32Const(0));
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::ArrayNewDefault(layout::data_type(elem)));
        f.instruction(&I::StructNew(layout::array_type(elem)));
        f.instruction(&I::End);
        code.function(&f);
    }
}

const STRING: &str = "java/lang/String";
const CLASS: &str = "java/lang/Class";
const VAR_HANDLE: &str = "java/lang/invoke/VarHandle";

/// A string's bytes and coder as `java.lang.String` keeps them with compact
/// strings: one byte per character (LATIN1, 0) when every character fits,
/// else two, low byte first (UTF16, 1), matching the byte order the
/// substituted `StringUTF16.isBigEndian` reports.
fn string_bytes(text: &[u16]) -> (Vec<u8>, i32) {
    if text.iter().all(|&u| u <= 0xff) {
        (text.iter().map(|&u| u as u8).collect(), 0)
    } else {
        (text.iter().flat_map(|u| u.to_le_bytes()).collect(), 1)
    }
}

/// The function that gives string constant `literal`: made once (after
/// `String` is initialised, as the VM has it before any code runs), then the
/// same object every time, as the JVM interns constants.
fn string_literal(program: &Program, literal: usize, object_vtable: u32, vtable_globals: &[u32]) -> Function {
    let class = program
        .hierarchy
        .index(STRING)
        .expect("String is compiled when constants are");
    let string = program.valtype(&Ty::Class(STRING.into()));
    let global = program.first_lazy_global + program.literal_globals.borrow()[literal];
    let (bytes, coder) = string_bytes(&program.literals.borrow()[literal]);
    let mut f = Function::new_with_locals_types([string]);
    made_once(&mut f, global, program.initializers.get(&class));
    f.instruction(&I::GlobalGet(vtable_globals[class]));
    f.instruction(&I::I32Const(0));
    for (_, name, ty) in &program.hierarchy.classes[class].fields {
        match name.as_str() {
            "value" => {
                f.instruction(&I::GlobalGet(object_vtable));
                f.instruction(&I::I32Const(0));
                f.instruction(&I::I32Const(0));
                f.instruction(&I::I32Const(bytes.len() as i32));
                f.instruction(&I::ArrayNewData {
                    array_type_index: layout::data_type(Elem::I8),
                    array_data_index: literal as u32,
                });
                f.instruction(&I::StructNew(layout::array_type(Elem::I8)));
            }
            "coder" => {
                f.instruction(&I::I32Const(coder));
            }
            _ => {
                f.instruction(&layout::zero(program.valtype(ty)));
            }
        }
    }
    f.instruction(&I::StructNew(program.structs[class]));
    // A program that interns gets the interned string, as HotSpot resolves
    // every constant to it.
    if let Some(intern) = program.intern() {
        f.instruction(&I::Call(intern));
    }
    f.instruction(&I::LocalTee(0));
    f.instruction(&I::GlobalSet(global));
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::End);
    f
}

/// `clone()` of an array: a new array of the same class with the same elements.
fn clone_helpers(types: &mut Types, functions: &mut FunctionSection, code: &mut CodeSection, object_vtable: u32) {
    for elem in ELEMS {
        let array = layout::nullable(layout::array_type(elem));
        let data = layout::data_type(elem);
        functions.function(types.func(vec![array], vec![array]));
        let mut f = Function::new_with_locals_types([layout::nullable(data), layout::nullable(data)]);
        let (from, to) = (1, 2);
        f.instruction(&I::LocalGet(0));
        f.instruction(&I::StructGet {
            struct_type_index: layout::array_type(elem),
            field_index: layout::ARRAY_DATA,
        });
        f.instruction(&I::LocalTee(from));
        f.instruction(&I::ArrayLen);
        f.instruction(&I::ArrayNewDefault(data));
        f.instruction(&I::LocalSet(to));
        f.instruction(&I::LocalGet(to));
        f.instruction(&I::I32Const(0));
        f.instruction(&I::LocalGet(from));
        f.instruction(&I::I32Const(0));
        f.instruction(&I::LocalGet(from));
        f.instruction(&I::ArrayLen);
        f.instruction(&I::ArrayCopy {
            array_type_index_dst: data,
            array_type_index_src: data,
        });
        f.instruction(&I::GlobalGet(object_vtable));
        f.instruction(&I::I32Const(0));
        f.instruction(&I::LocalGet(to));
        f.instruction(&I::RefAsNonNull);
        f.instruction(&I::StructNew(layout::array_type(elem)));
        f.instruction(&I::End);
        code.function(&f);
    }
}

/// Whether an object implements an interface: a search of its class's ids.
fn implements_helper(types: &mut Types, functions: &mut FunctionSection, code: &mut CodeSection) {
    let object = layout::nullable(layout::OBJECT);
    functions.function(types.func(vec![object, ValType::I32], vec![ValType::I32]));
    let mut f = Function::new_with_locals_types([layout::nullable(layout::IDS), ValType::I32]);
    let (ids, i) = (2, 3);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::RefIsNull);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::I32Const(0));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::StructGet {
        struct_type_index: layout::OBJECT,
        field_index: layout::VTABLE,
    });
    f.instruction(&I::StructGet {
        struct_type_index: layout::VT_OBJECT,
        field_index: layout::VT_IDS,
    });
    f.instruction(&I::LocalSet(ids));
    f.instruction(&I::Block(BlockType::Empty));
    f.instruction(&I::Loop(BlockType::Empty));
    f.instruction(&I::LocalGet(i));
    f.instruction(&I::LocalGet(ids));
    f.instruction(&I::ArrayLen);
    f.instruction(&I::I32GeU);
    f.instruction(&I::BrIf(1));
    f.instruction(&I::LocalGet(ids));
    f.instruction(&I::LocalGet(i));
    f.instruction(&I::ArrayGet(layout::IDS));
    f.instruction(&I::LocalGet(1));
    f.instruction(&I::I32Eq);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::I32Const(1));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(i));
    f.instruction(&I::I32Const(1));
    f.instruction(&I::I32Add);
    f.instruction(&I::LocalSet(i));
    f.instruction(&I::Br(0));
    f.instruction(&I::End);
    f.instruction(&I::End);
    f.instruction(&I::I32Const(0));
    f.instruction(&I::End);
    code.function(&f);

    // A cast: null passes; an object that does not implement it stops the run
    // (a ClassCastException in Java, once exceptions exist).
    functions.function(types.func(vec![object, ValType::I32], vec![object]));
    let mut f = Function::new([]);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::RefIsNull);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::LocalGet(1));
    f.instruction(&I::Call(helper_index(Helper::Implements)));
    f.instruction(&I::I32Eqz);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::Unreachable);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::End);
    code.function(&f);
}

/// A static field's value before its class is initialised: its `ConstantValue`
/// if it has one, else zero.
fn initial_value(ty: &Ty, valtype: ValType, constant: Option<&LiteralConstant>) -> Result<ConstExpr, Unsupported> {
    Ok(match (ty, constant) {
        (_, None) => match valtype {
            ValType::I32 => ConstExpr::i32_const(0),
            ValType::I64 => ConstExpr::i64_const(0),
            ValType::F32 => ConstExpr::f32_const(0.0.into()),
            ValType::F64 => ConstExpr::f64_const(0.0.into()),
            ValType::Ref(r) => ConstExpr::ref_null(r.heap_type),
            ValType::V128 => ConstExpr::v128_const(0),
        },
        (Ty::Long, Some(LiteralConstant::Long(v))) => ConstExpr::i64_const(*v),
        (Ty::Float, Some(LiteralConstant::Float(v))) => ConstExpr::f32_const((*v).into()),
        (Ty::Double, Some(LiteralConstant::Double(v))) => ConstExpr::f64_const((*v).into()),
        (_, Some(LiteralConstant::Integer(v))) if ty.kind() == Kind::Int => ConstExpr::i32_const(*v),
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
    let mut f = Function::new_with_locals_types([program.valtype(ty), ValType::I32]);
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
