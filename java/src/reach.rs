//! What a program can run: the classes it loads and the methods it can call,
//! from its entry points, by rapid type analysis. A virtual or interface call
//! reaches the implementations of the classes the program instantiates, and no
//! others; a class's static initialiser is reached when the class is used.
//!
//! Only what is reached is compiled. That is what lets the JDK's library, whose
//! classes are large and reach into the VM in many places, be compiled at all:
//! most of a class's methods are never called by a given program.

use crate::error::CompileError;
use crate::jtype::Ty;
use crate::lambda;
use cafebabe::bytecode::Opcode;
use cafebabe::constant_pool::{LiteralConstant, Loadable};
use cafebabe::MethodAccessFlags;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Where classes the program names but does not define come from (the JDK's).
pub trait ClassPath {
    fn load(&self, name: &str) -> Option<Vec<u8>>;
    /// oa's patch to the class, if it has one (see `patch.rs`).
    fn patch(&self, _name: &str) -> Option<Vec<u8>> {
        None
    }
}

/// No class path: only the program's own classes.
pub struct NoClassPath;

impl ClassPath for NoClassPath {
    fn load(&self, _: &str) -> Option<Vec<u8>> {
        None
    }
}

/// Classes as files under a directory, by binary name (`java/lang/String` is
/// `java/lang/String.class`): the JDK's `java.base` as `jimage extract` writes it.
pub struct DirClassPath(pub std::path::PathBuf);

impl ClassPath for DirClassPath {
    fn load(&self, name: &str) -> Option<Vec<u8>> {
        // Binary names never climb out of the directory.
        if name
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..")
        {
            return None;
        }
        std::fs::read(self.0.join(format!("{name}.class"))).ok()
    }
}

/// A method: class, name, descriptor.
pub type MethodKey = (String, String, String);

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Ref {
    Static(MethodKey),
    Special(MethodKey),
    Virtual(MethodKey),
    /// A class whose static initialiser must have run (new).
    Init(String),
    /// A static field, by the class the code names and the field's name: its
    /// declaring class is initialised.
    StaticField(String, String),
    New(String),
    /// A class the code names (casts, arrays, field owners).
    Class(String),
}

struct MethodSummary {
    name: String,
    descriptor: String,
    flags: MethodAccessFlags,
    refs: Vec<Ref>,
}

const STRING: &str = "java/lang/String";
const CLASS: &str = "java/lang/Class";
const VAR_HANDLE: &str = "java/lang/invoke/VarHandle";
pub const ARITHMETIC: &str = "java/lang/ArithmeticException";

struct Summary {
    /// Whether static fields hold string constants (made when it is initialised).
    string_constants: bool,
    /// Classes made for the lambdas of this class (name, class file).
    synthetic: Vec<(String, Vec<u8>)>,
    static_fields: Vec<String>,
    superclass: Option<String>,
    interfaces: Vec<String>,
    methods: Vec<MethodSummary>,
}

fn class_of(ty: &Ty) -> Option<String> {
    match ty {
        Ty::Class(name) => Some(name.clone()),
        Ty::Array(element) => class_of(element),
        _ => None,
    }
}

/// `X.class` passed to the JDK's `ensureClassInitialized`: the compiler
/// initialises X there (see `lower.rs`), with no `Class` object or method
/// handle. Returns X at the `invokestatic`.
pub fn ensures_initialized<'a>(opcodes: &'a [(usize, Opcode<'a>)], at: usize) -> Option<&'a str> {
    let Opcode::Invokestatic(m) = &opcodes.get(at)?.1 else {
        return None;
    };
    if m.name_and_type.name != "ensureClassInitialized" || m.name_and_type.descriptor != "(Ljava/lang/Class;)V" {
        return None;
    }
    match &opcodes.get(at.checked_sub(1)?)?.1 {
        Opcode::Ldc(Loadable::ClassInfo(c)) | Opcode::LdcW(Loadable::ClassInfo(c)) if !c.starts_with('[') => Some(c),
        _ => None,
    }
}

fn summarize(bytes: &[u8], patch: Option<&[u8]>) -> Result<(String, Summary), String> {
    let file = crate::patch::parse(bytes, patch)?;
    let bootstraps = file.attributes.iter().find_map(|a| match &a.data {
        cafebabe::attributes::AttributeData::BootstrapMethods(entries) => Some(entries),
        _ => None,
    });
    let mut synthetic: Vec<(String, Vec<u8>)> = Vec::new();
    let mut methods = Vec::new();
    for method in &file.methods {
        let mut refs = Vec::new();
        let code = method.attributes.iter().find_map(|a| match &a.data {
            cafebabe::attributes::AttributeData::Code(code) => Some(code),
            _ => None,
        });
        if code.is_none()
            && crate::natives::lookup(&file.this_class, &method.name, &method.descriptor.to_string())
                == Some(crate::natives::Native::Intern)
        {
            let (class, name, descriptor) = crate::natives::INTERN;
            refs.push(Ref::Static((class.into(), name.into(), descriptor.into())));
        }
        if let Some(code) = code {
            for entry in &code.exception_table {
                if let Some(class) = &entry.catch_type {
                    refs.push(Ref::Class(class.to_string()));
                }
            }
            let opcodes = code.bytecode.as_ref().map(|b| b.opcodes.as_slice()).unwrap_or(&[]);
            for (i, (_, op)) in opcodes.iter().enumerate() {
                if let Some(class) = ensures_initialized(opcodes, i) {
                    refs.push(Ref::Init(class.to_string()));
                    continue;
                }
                let key = |m: &cafebabe::constant_pool::MemberRef| {
                    (
                        m.class_name.to_string(),
                        m.name_and_type.name.to_string(),
                        m.name_and_type.descriptor.to_string(),
                    )
                };
                match op {
                    // Method handles are not made: lookup() is null, and the
                    // VarHandles found with it are made by the compiler.
                    Opcode::Invokestatic(m)
                        if m.class_name == "java/lang/invoke/MethodHandles" && m.name_and_type.name == "lookup" => {}
                    Opcode::Invokestatic(m)
                        if m.class_name == "java/lang/invoke/MethodHandles"
                            && m.name_and_type.name == "arrayElementVarHandle" =>
                    {
                        refs.push(Ref::New(VAR_HANDLE.into()));
                    }
                    Opcode::Invokevirtual(m)
                        if m.class_name == "java/lang/invoke/MethodHandles$Lookup"
                            && m.name_and_type.name == "findVarHandle" =>
                    {
                        refs.push(Ref::New(VAR_HANDLE.into()));
                    }
                    Opcode::Invokevirtual(m)
                        if m.class_name == VAR_HANDLE
                            && crate::natives::var_handle_access(&m.name_and_type.name).is_some() => {}
                    Opcode::Invokestatic(m) => refs.push(Ref::Static(key(m))),
                    Opcode::Invokespecial(m) => refs.push(Ref::Special(key(m))),
                    Opcode::Invokevirtual(m) | Opcode::Invokeinterface(m, _) => refs.push(Ref::Virtual(key(m))),
                    Opcode::Getstatic(m) | Opcode::Putstatic(m) => refs.push(Ref::StaticField(
                        m.class_name.to_string(),
                        m.name_and_type.name.to_string(),
                    )),
                    Opcode::Getfield(m) | Opcode::Putfield(m) => refs.push(Ref::Class(m.class_name.to_string())),
                    Opcode::New(class) => {
                        refs.push(Ref::Init(class.to_string()));
                        refs.push(Ref::New(class.to_string()));
                    }
                    Opcode::Anewarray(t)
                    | Opcode::Checkcast(t)
                    | Opcode::Instanceof(t)
                    | Opcode::Multianewarray(t, _) => {
                        if let Some(class) = class_of(&Ty::of_named(t)) {
                            refs.push(Ref::Class(class));
                        }
                    }
                    // Division by zero makes an ArithmeticException("/ by zero").
                    Opcode::Idiv | Opcode::Irem | Opcode::Ldiv | Opcode::Lrem => {
                        refs.push(Ref::Init(ARITHMETIC.into()));
                        refs.push(Ref::New(ARITHMETIC.into()));
                        refs.push(Ref::Special((
                            ARITHMETIC.into(),
                            "<init>".into(),
                            "(Ljava/lang/String;)V".into(),
                        )));
                        refs.push(Ref::Init(STRING.into()));
                        refs.push(Ref::New(STRING.into()));
                    }
                    Opcode::Invokedynamic(indy) => {
                        let Some(entry) = bootstraps.and_then(|b| b.get(indy.attr_index as usize)) else {
                            continue;
                        };
                        if !lambda::is_lambda(&entry.method) {
                            continue;
                        }
                        let name = lambda::class_name(&file.this_class, indy.attr_index);
                        if !synthetic.iter().any(|(n, _)| *n == name) {
                            // A lambda this compiler cannot make fails where it is called.
                            let Ok(made) = lambda::synthesize(
                                &file.this_class,
                                indy.attr_index,
                                &indy.name_and_type.name,
                                &indy.name_and_type.descriptor,
                                &entry.arguments,
                            ) else {
                                continue;
                            };
                            synthetic.push(made);
                        }
                        let site = indy.name_and_type.descriptor.to_string();
                        refs.push(Ref::New(name.clone()));
                        refs.push(Ref::Static((name, lambda::MAKE.to_string(), site)));
                    }
                    // A string constant is a String made by the runtime.
                    Opcode::Ldc(Loadable::LiteralConstant(
                        LiteralConstant::String(_) | LiteralConstant::StringBytes(_),
                    ))
                    | Opcode::LdcW(Loadable::LiteralConstant(
                        LiteralConstant::String(_) | LiteralConstant::StringBytes(_),
                    )) => {
                        refs.push(Ref::Init(STRING.into()));
                        refs.push(Ref::New(STRING.into()));
                    }
                    // A class literal is a class object, which the compiler makes.
                    Opcode::Ldc(Loadable::ClassInfo(c)) | Opcode::LdcW(Loadable::ClassInfo(c)) => {
                        if let Some(class) = class_of(&Ty::parse(c).unwrap_or(Ty::Int)) {
                            refs.push(Ref::Class(class));
                        }
                        refs.push(Ref::Init(CLASS.into()));
                        refs.push(Ref::New(CLASS.into()));
                        refs.push(Ref::Init(STRING.into()));
                        refs.push(Ref::New(STRING.into()));
                    }
                    _ => {}
                }
            }
        }
        refs.sort();
        refs.dedup();
        methods.push(MethodSummary {
            name: method.name.to_string(),
            descriptor: method.descriptor.to_string(),
            flags: method.access_flags,
            refs,
        });
    }
    Ok((
        file.this_class.to_string(),
        Summary {
            string_constants: file.fields.iter().any(|f| {
                f.attributes.iter().any(|a| {
                    matches!(
                        a.data,
                        cafebabe::attributes::AttributeData::ConstantValue(
                            LiteralConstant::String(_) | LiteralConstant::StringBytes(_)
                        )
                    )
                })
            }),
            synthetic,
            static_fields: file
                .fields
                .iter()
                .filter(|f| f.access_flags.contains(cafebabe::FieldAccessFlags::STATIC))
                .map(|f| f.name.to_string())
                .collect(),
            superclass: file.super_class.as_ref().map(|s| s.to_string()),
            interfaces: file.interfaces.iter().map(|i| i.to_string()).collect(),
            methods,
        },
    ))
}

/// The result: every class loaded, superclasses and interfaces before the
/// classes that extend them, with its bytes; and the methods reached.
pub struct Reached {
    pub classes: Vec<(String, Vec<u8>)>,
    /// oa's patches to some of them, applied by [`crate::patch::parse`].
    pub patches: HashMap<String, Vec<u8>>,
    pub methods: BTreeSet<MethodKey>,
    /// Methods the code calls that no class loaded declares (as named at the
    /// call), and classes it names that the class path lacks.
    pub unresolved: BTreeSet<MethodKey>,
    pub missing: BTreeSet<String>,
    /// What first reached each method, and the method whose code first named
    /// each class: the chain [`Reached::why`] follows.
    reached_from: HashMap<MethodKey, MethodKey>,
    loaded_from: HashMap<String, MethodKey>,
}

impl Reached {
    /// Why a class is in the program: the chain of methods from an entry
    /// point to the one whose code first named it, entry point first.
    pub fn why(&self, class: &str) -> Vec<MethodKey> {
        let mut chain = Vec::new();
        let mut at = self.loaded_from.get(class).cloned();
        while let Some(method) = at {
            if chain.contains(&method) {
                break;
            }
            at = self.reached_from.get(&method).cloned();
            chain.push(method);
        }
        chain.reverse();
        chain
    }
}

struct Analysis<'p> {
    path: &'p dyn ClassPath,
    bytes: HashMap<String, Vec<u8>>,
    patches: HashMap<String, Vec<u8>>,
    summaries: HashMap<String, Summary>,
    order: Vec<String>,
    /// Classes that cannot be loaded; code naming them fails where it runs.
    missing: BTreeSet<String>,
    instantiated: BTreeSet<String>,
    initialized: BTreeSet<String>,
    virtual_calls: BTreeSet<MethodKey>,
    methods: BTreeSet<MethodKey>,
    unresolved: BTreeSet<MethodKey>,
    work: Vec<MethodKey>,
    /// The method being analysed, and what first reached each method: to
    /// explain why a class is in the program.
    current: Option<MethodKey>,
    reached_from: HashMap<MethodKey, MethodKey>,
    loaded_from: HashMap<String, MethodKey>,
}

impl Analysis<'_> {
    /// Loads a class with its superclasses and interfaces; false if missing.
    fn load(&mut self, name: &str) -> Result<bool, CompileError> {
        if self.summaries.contains_key(name) {
            return Ok(true);
        }
        if self.missing.contains(name) {
            return Ok(false);
        }
        if name.starts_with('[') {
            return Ok(false);
        }
        let Some(bytes) = self.bytes.get(name).cloned().or_else(|| self.path.load(name)) else {
            self.missing.insert(name.to_string());
            return Ok(false);
        };
        if let Some(current) = &self.current {
            self.loaded_from.insert(name.to_string(), current.clone());
        }
        let patch = self.path.patch(name);
        let (this, summary) = summarize(&bytes, patch.as_deref()).map_err(|reason| CompileError::Malformed {
            class: name.replace('/', "."),
            reason,
        })?;
        if this != name {
            return Err(CompileError::Malformed {
                class: name.replace('/', "."),
                reason: format!("the file defines {}", this.replace('/', ".")),
            });
        }
        let supers: Vec<String> = summary.superclass.iter().chain(&summary.interfaces).cloned().collect();
        for (synthetic, bytes) in &summary.synthetic {
            self.bytes.insert(synthetic.clone(), bytes.clone());
        }
        self.summaries.insert(name.to_string(), summary);
        self.bytes.insert(name.to_string(), bytes);
        if let Some(patch) = patch {
            self.patches.insert(name.to_string(), patch);
        }
        for s in supers {
            self.load(&s)?;
        }
        self.order.push(name.to_string());
        Ok(true)
    }

    fn reach(&mut self, key: MethodKey) {
        if self.methods.insert(key.clone()) {
            if let Some(current) = &self.current {
                self.reached_from.insert(key.clone(), current.clone());
            }
            self.work.push(key);
        }
    }

    fn has_method(&self, class: &str, name: &str, descriptor: &str, concrete: bool) -> bool {
        self.summaries.get(class).is_some_and(|s| {
            s.methods.iter().any(|m| {
                m.name == name
                    && m.descriptor == descriptor
                    && (!concrete || !m.flags.contains(MethodAccessFlags::ABSTRACT))
            })
        })
    }

    /// The class that declares the method a call on `class` resolves to: it or
    /// a superclass; then the superinterfaces (for default methods).
    fn resolve(&self, class: &str, name: &str, descriptor: &str, concrete: bool) -> Option<String> {
        let mut at = Some(class.to_string());
        while let Some(c) = at {
            if self.has_method(&c, name, descriptor, concrete) {
                return Some(c);
            }
            at = self.summaries.get(&c).and_then(|s| s.superclass.clone());
        }
        let mut pending: Vec<String> = vec![class.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(c) = pending.pop() {
            if !seen.insert(c.clone()) {
                continue;
            }
            let Some(summary) = self.summaries.get(&c) else {
                continue;
            };
            for i in &summary.interfaces {
                if self.has_method(i, name, descriptor, concrete) {
                    return Some(i.clone());
                }
                pending.push(i.clone());
            }
            pending.extend(summary.superclass.clone());
        }
        None
    }

    /// The class or interface that declares a static field named through
    /// `class` (JVMS 5.4.3.2: the class, its superinterfaces, its superclass).
    fn field_owner(&self, class: &str, field: &str) -> Option<String> {
        let summary = self.summaries.get(class)?;
        if summary.static_fields.iter().any(|f| f == field) {
            return Some(class.to_string());
        }
        for interface in &summary.interfaces {
            if let Some(owner) = self.field_owner(interface, field) {
                return Some(owner);
            }
        }
        self.field_owner(summary.superclass.as_deref()?, field)
    }

    /// Methods every array answers without a class declaring them.
    fn is_array_or_object_method(&self, class: &str, name: &str, _descriptor: &str) -> bool {
        class.starts_with('[') && name == "clone"
    }

    fn is_subtype(&self, class: &str, of: &str) -> bool {
        let mut pending = vec![class.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(c) = pending.pop() {
            if c == of {
                return true;
            }
            if !seen.insert(c.clone()) {
                continue;
            }
            if let Some(s) = self.summaries.get(&c) {
                pending.extend(s.superclass.clone());
                pending.extend(s.interfaces.iter().cloned());
            }
        }
        false
    }

    /// The implementation an object of `class` runs for a virtual call.
    fn dispatch(&mut self, class: &str, name: &str, descriptor: &str) {
        if let Some(owner) = self.resolve(class, name, descriptor, true) {
            self.reach((owner, name.to_string(), descriptor.to_string()));
        }
    }

    /// A class the program makes objects of: the virtual calls made so far
    /// reach its implementations.
    fn instantiate(&mut self, class: &str) -> Result<(), CompileError> {
        if self.load(class)? && self.instantiated.insert(class.to_string()) {
            let calls: Vec<MethodKey> = self
                .virtual_calls
                .iter()
                .filter(|(t, _, _)| self.is_subtype(class, t))
                .cloned()
                .collect();
            for (_, n, d) in calls {
                self.dispatch(class, &n, &d);
            }
        }
        Ok(())
    }

    fn initialize(&mut self, class: &str) -> Result<(), CompileError> {
        if !self.initialized.insert(class.to_string()) || !self.load(class)? {
            return Ok(());
        }
        if let Some(superclass) = self.summaries[class].superclass.clone() {
            self.initialize(&superclass)?;
        }
        if self.has_method(class, "<clinit>", "()V", false) {
            self.reach((class.to_string(), "<clinit>".into(), "()V".into()));
        }
        if self.summaries[class].string_constants {
            self.initialize(STRING)?;
            self.instantiate(STRING)?;
        }
        Ok(())
    }

    fn run(&mut self) -> Result<(), CompileError> {
        while let Some((class, name, descriptor)) = self.work.pop() {
            self.current = Some((class.clone(), name.clone(), descriptor.clone()));
            self.load(&class)?;
            let refs = self.summaries.get(&class).and_then(|s| {
                s.methods
                    .iter()
                    .find(|m| m.name == name && m.descriptor == descriptor)
                    .map(|m| m.refs.clone())
            });
            for r in refs.unwrap_or_default() {
                match r {
                    Ref::Static((c, n, d)) => {
                        self.load(&c)?;
                        let owner = self.resolve(&c, &n, &d, false).unwrap_or_else(|| {
                            self.unresolved.insert((c.clone(), n.clone(), d.clone()));
                            c
                        });
                        self.initialize(&owner)?;
                        self.reach((owner, n, d));
                    }
                    Ref::Special((c, n, d)) => {
                        self.load(&c)?;
                        let owner = self.resolve(&c, &n, &d, false).unwrap_or_else(|| {
                            self.unresolved.insert((c.clone(), n.clone(), d.clone()));
                            c
                        });
                        self.reach((owner, n, d));
                    }
                    Ref::StaticField(c, field) => {
                        self.load(&c)?;
                        let owner = self.field_owner(&c, &field).unwrap_or(c);
                        self.initialize(&owner)?;
                    }
                    Ref::Virtual((c, n, d)) => {
                        self.load(&c)?;
                        if self.resolve(&c, &n, &d, false).is_none() && !self.is_array_or_object_method(&c, &n, &d) {
                            self.unresolved.insert((c.clone(), n.clone(), d.clone()));
                        }
                        if self.virtual_calls.insert((c.clone(), n.clone(), d.clone())) {
                            let receivers: Vec<String> = self
                                .instantiated
                                .iter()
                                .filter(|k| self.is_subtype(k, &c))
                                .cloned()
                                .collect();
                            for k in receivers {
                                self.dispatch(&k, &n, &d);
                            }
                        }
                    }
                    Ref::Init(c) => self.initialize(&c)?,
                    Ref::New(c) => {
                        if self.load(&c)? && self.instantiated.insert(c.clone()) {
                            let calls: Vec<MethodKey> = self
                                .virtual_calls
                                .iter()
                                .filter(|(t, _, _)| self.is_subtype(&c, t))
                                .cloned()
                                .collect();
                            for (_, n, d) in calls {
                                self.dispatch(&c, &n, &d);
                            }
                        }
                    }
                    Ref::Class(c) => {
                        self.load(&c)?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// Analyses the program (`classes`, with the class path for what they name)
/// from `roots`.
pub fn analyze(classes: &[&[u8]], path: &dyn ClassPath, roots: &[MethodKey]) -> Result<Reached, CompileError> {
    let mut analysis = Analysis {
        path,
        bytes: HashMap::new(),
        patches: HashMap::new(),
        summaries: HashMap::new(),
        order: Vec::new(),
        missing: BTreeSet::new(),
        instantiated: BTreeSet::new(),
        initialized: BTreeSet::new(),
        virtual_calls: BTreeSet::new(),
        methods: BTreeSet::new(),
        unresolved: BTreeSet::new(),
        work: Vec::new(),
        current: None,
        reached_from: HashMap::new(),
        loaded_from: HashMap::new(),
    };
    let mut own = BTreeMap::new();
    for (i, bytes) in classes.iter().enumerate() {
        let (name, _) = summarize(bytes, None).map_err(|reason| CompileError::Malformed {
            class: format!("class file #{}", i + 1),
            reason,
        })?;
        own.insert(name.clone(), bytes.to_vec());
    }
    analysis.bytes.extend(own.clone());
    for name in own.keys() {
        analysis.load(name)?;
    }
    for (class, name, descriptor) in roots {
        analysis.initialize(class)?;
        analysis.reach((class.clone(), name.clone(), descriptor.clone()));
    }
    analysis.run()?;
    let Analysis {
        mut bytes,
        patches,
        order,
        methods,
        unresolved,
        missing,
        reached_from,
        loaded_from,
        ..
    } = analysis;
    let classes = order.into_iter().map(|name| {
        let b = bytes.remove(&name).unwrap_or_default();
        (name, b)
    });
    Ok(Reached {
        classes: classes.collect(),
        patches,
        methods,
        unresolved,
        missing,
        reached_from,
        loaded_from,
    })
}
