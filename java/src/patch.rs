//! oa's patches to the JDK's classes: what replaces the parts of the library
//! that belong to the VM.
//!
//! A patch is a class compiled by `javac --patch-module java.base=...` under
//! the name of the JDK class it patches. Its methods with code replace the
//! JDK's of the same name and descriptor, or add to them; everything else of
//! the JDK's class stays. A method the patch declares `native` only names the
//! JDK's method for the patch's own code to call (javac needs a declaration):
//! the JDK's code is kept, unless the JDK's is native too, in which case the
//! compiler implements it. Fields the patch declares that the JDK's class lacks
//! are added. A patch's static initialiser is a method like the others: it
//! replaces the JDK's whole, so a patch that only names a static field must
//! not initialise it. So a patch says only what differs, as GraalVM's substitutions
//! do, and the JDK's own code stays wherever it does not need a VM.
//!
//! Only classes annotated `@jdk.internal.oa.Patch` are applied: javac needs
//! nested classes a patch names declared in its source too, and those stay the
//! JDK's. javac's default constructor of a patch never replaces the JDK's.
//!
//! A patch may not use `invokedynamic`: its bootstrap methods would be
//! numbered apart from the JDK class's.

use crate::reach::{ClassPath, DirClassPath};
use cafebabe::attributes::AttributeData;
use cafebabe::bytecode::Opcode;
use cafebabe::{ClassFile, MethodAccessFlags};

/// Class files that patch or add to the JDK's, before the JDK's class path.
pub struct Patched<P: ClassPath> {
    pub patches: DirClassPath,
    pub jdk: P,
}

impl<P: ClassPath> ClassPath for Patched<P> {
    fn load(&self, name: &str) -> Option<Vec<u8>> {
        self.jdk.load(name).or_else(|| self.patches.load(name))
    }

    fn patch(&self, name: &str) -> Option<Vec<u8>> {
        // A class the JDK lacks is oa's own, loaded whole by `load`.
        self.jdk.load(name)?;
        let patch = self.patches.load(name)?;
        let marked = cafebabe::parse_class(&patch).is_ok_and(|class| is_patch(&class));
        marked.then_some(patch)
    }
}

/// Whether the class is annotated `@jdk.internal.oa.Patch`; other classes of
/// the patch tree only declare, for javac, what the patches use.
fn is_patch(class: &ClassFile) -> bool {
    class.attributes.iter().any(|a| match &a.data {
        AttributeData::RuntimeInvisibleAnnotations(annotations) => annotations
            .iter()
            .any(|an| an.type_descriptor.to_string() == "Ljdk/internal/oa/Patch;"),
        _ => false,
    })
}

/// javac's default constructor (`super()` and nothing else), which a patch
/// gets without asking; it must not replace the JDK's.
fn is_default_constructor(method: &cafebabe::MethodInfo) -> bool {
    method.name == "<init>"
        && method.descriptor.to_string() == "()V"
        && method.attributes.iter().any(|a| match &a.data {
            // aload_0; invokespecial #super.<init>; return
            AttributeData::Code(code) => code.code.len() == 5 && code.code[0] == 0x2a && code.code[4] == 0xb1,
            _ => false,
        })
}

fn has_code(method: &cafebabe::MethodInfo) -> bool {
    method
        .attributes
        .iter()
        .any(|a| matches!(a.data, AttributeData::Code(_)))
}

/// Parses a class and applies its patch, if it has one.
pub fn parse<'a>(bytes: &'a [u8], patch: Option<&'a [u8]>) -> Result<ClassFile<'a>, String> {
    let mut class = cafebabe::parse_class(bytes).map_err(|e| e.to_string())?;
    let Some(patch) = patch else {
        return Ok(class);
    };
    let patch = cafebabe::parse_class(patch).map_err(|e| format!("its patch: {e}"))?;
    if patch.this_class != class.this_class {
        return Err(format!("its patch is of {}", patch.this_class.replace('/', ".")));
    }
    for method in patch.methods {
        let uses_indy = method.attributes.iter().any(|a| match &a.data {
            AttributeData::Code(code) => code
                .bytecode
                .as_ref()
                .is_some_and(|b| b.opcodes.iter().any(|(_, op)| matches!(op, Opcode::Invokedynamic(_)))),
            _ => false,
        });
        if uses_indy {
            return Err(format!(
                "its patch's {} uses invokedynamic (lambdas or string concatenation without -XDstringConcat=inline)",
                method.name
            ));
        }
        let existing = class
            .methods
            .iter()
            .position(|m| m.name == method.name && m.descriptor == method.descriptor);
        match existing {
            Some(_) if is_default_constructor(&method) => {}
            // A native declaration names the JDK's method; keep its code.
            Some(i) if method.access_flags.contains(MethodAccessFlags::NATIVE) && has_code(&class.methods[i]) => {}
            Some(i) => class.methods[i] = method,
            None => class.methods.push(method),
        }
    }
    for field in patch.fields {
        if !class.fields.iter().any(|f| f.name == field.name) {
            class.fields.push(field);
        }
    }
    Ok(class)
}
