//! Lambdas and method references, resolved when the program is compiled.
//!
//! `javac` compiles `x -> x + k` to an `invokedynamic` whose bootstrap method,
//! `LambdaMetafactory.metafactory`, makes a class at run time: it implements
//! the functional interface, keeps the captured values in fields, and its one
//! method calls the lambda's body (or the referenced method) with them and its
//! own arguments. This compiler makes that class itself, as a class file (see
//! `classfile.rs`), so it goes through the same pipeline as the program's own;
//! the call site becomes a call of the class's static `make` method, whose
//! descriptor is the call site's. GraalVM's native image does the same.

use crate::classfile::{self, Class, Method, Pool};
use crate::error::Unsupported;
use crate::jtype::{Signature, Ty};
use cafebabe::constant_pool::{BootstrapArgument, MemberKind, MethodHandle, ReferenceKind};

const FACTORY: &str = "java/lang/invoke/LambdaMetafactory";

/// Code that pushes one of the values a lambda passes on.
type Push = Box<dyn Fn(&mut Vec<u8>, &mut Pool)>;

/// The class a call site's lambda becomes: `Host$$Lambda$<bootstrap index>`.
pub fn class_name(host: &str, bootstrap: u16) -> String {
    format!("{host}$$Lambda${bootstrap}")
}

/// The name of the factory method the call site calls instead.
pub const MAKE: &str = "make";

/// Whether a bootstrap method is one this module resolves.
pub fn is_lambda(bootstrap: &MethodHandle) -> bool {
    bootstrap.class_name == FACTORY
        && (bootstrap.member_ref.name == "metafactory" || bootstrap.member_ref.name == "altMetafactory")
}

fn load(code: &mut Vec<u8>, ty: &Ty, slot: u16) {
    let op = match ty {
        Ty::Long => 0x16,
        Ty::Float => 0x17,
        Ty::Double => 0x18,
        Ty::Class(_) | Ty::Array(_) => 0x19,
        _ => 0x15,
    };
    if slot <= 255 {
        code.extend([op, slot as u8]);
    } else {
        code.extend([0xc4, op]);
        code.extend(slot.to_be_bytes());
    }
}

fn u16_op(code: &mut Vec<u8>, op: u8, index: u16) {
    code.push(op);
    code.extend(index.to_be_bytes());
}

/// The name a class-typed constant names: the binary name, or an array's descriptor.
fn named(ty: &Ty) -> String {
    match ty {
        Ty::Class(name) => name.clone(),
        other => other.to_descriptor(),
    }
}

fn wrapper(ty: &Ty) -> Option<(&'static str, &'static str)> {
    Some(match ty {
        Ty::Boolean => ("java/lang/Boolean", "booleanValue"),
        Ty::Byte => ("java/lang/Byte", "byteValue"),
        Ty::Char => ("java/lang/Character", "charValue"),
        Ty::Short => ("java/lang/Short", "shortValue"),
        Ty::Int => ("java/lang/Integer", "intValue"),
        Ty::Long => ("java/lang/Long", "longValue"),
        Ty::Float => ("java/lang/Float", "floatValue"),
        Ty::Double => ("java/lang/Double", "doubleValue"),
        _ => return None,
    })
}

/// Converts the value on top of the stack from `from` to `to` as the
/// metafactory allows: casts, primitive widening, boxing and unboxing.
fn adapt(code: &mut Vec<u8>, pool: &mut Pool, from: &Ty, to: &Ty) -> Result<(), Unsupported> {
    if from == to {
        return Ok(());
    }
    match (from.is_reference(), to.is_reference()) {
        (true, true) => {
            if *to != Ty::Class("java/lang/Object".into()) {
                u16_op(code, 0xc0, pool.class(&named(to)));
            }
        }
        (false, false) => {
            use Ty::*;
            let op = match (from, to) {
                (Boolean | Byte | Char | Short | Int, Boolean | Byte | Char | Short | Int) => None,
                (Boolean | Byte | Char | Short | Int, Long) => Some(0x85),
                (Boolean | Byte | Char | Short | Int, Float) => Some(0x86),
                (Boolean | Byte | Char | Short | Int, Double) => Some(0x87),
                (Long, Float) => Some(0x89),
                (Long, Double) => Some(0x8a),
                (Float, Double) => Some(0x8d),
                _ => return Err(Unsupported::new(format!("a lambda converting {from} to {to}"))),
            };
            code.extend(op);
        }
        (true, false) => {
            let (class, getter) = wrapper(to).expect("a primitive");
            u16_op(code, 0xc0, pool.class(class));
            u16_op(
                code,
                0xb6,
                pool.method(class, getter, &format!("(){}", to.to_descriptor()), false),
            );
        }
        (false, true) => {
            let (class, _) = wrapper(from).expect("a primitive");
            let valueof = format!("({})L{class};", from.to_descriptor());
            u16_op(code, 0xb8, pool.method(class, "valueOf", &valueof, false));
            if *to != Ty::Class(class.into()) {
                adapt(code, pool, &Ty::Class(class.into()), to)?;
            }
        }
    }
    Ok(())
}

fn return_op(ty: Option<&Ty>) -> u8 {
    match ty {
        None => 0xb1,
        Some(Ty::Long) => 0xad,
        Some(Ty::Float) => 0xae,
        Some(Ty::Double) => 0xaf,
        Some(Ty::Class(_) | Ty::Array(_)) => 0xb0,
        Some(_) => 0xac,
    }
}

/// The class for the lambda at `host`'s bootstrap entry `bootstrap`, whose call
/// site is named `name` with `site` as its descriptor.
/// The interfaces the lambda's class implements: the functional one, and
/// with `altMetafactory` (an intersection cast such as `(Comparator<T> &
/// Serializable)`, which `Comparator.comparing` makes) `Serializable` and the
/// marker interfaces its flags name.
fn alt_interfaces(interface: &str, arguments: &[BootstrapArgument]) -> Result<Vec<String>, Unsupported> {
    use cafebabe::constant_pool::LiteralConstant;
    const SERIALIZABLE: i32 = 1;
    const MARKERS: i32 = 2;
    const BRIDGES: i32 = 4;
    let mut interfaces = vec![interface.to_string()];
    let int = |at: usize| match arguments.get(at) {
        Some(BootstrapArgument::LiteralConstant(LiteralConstant::Integer(v))) => Some(*v),
        _ => None,
    };
    let Some(flags) = int(3) else {
        return Ok(interfaces);
    };
    let mut at = 4;
    if flags & SERIALIZABLE != 0 {
        interfaces.push("java/io/Serializable".into());
    }
    if flags & MARKERS != 0 {
        let count = int(at).unwrap_or(0).max(0) as usize;
        for k in 0..count {
            if let Some(BootstrapArgument::ClassInfo(marker)) = arguments.get(at + 1 + k) {
                interfaces.push(marker.to_string());
            }
        }
        at += 1 + count;
    }
    if flags & BRIDGES != 0 && int(at).unwrap_or(0) > 0 {
        return Err(Unsupported::new("a lambda that needs bridge methods"));
    }
    interfaces.dedup();
    Ok(interfaces)
}

pub fn synthesize(
    host: &str,
    bootstrap: u16,
    name: &str,
    site: &str,
    arguments: &[BootstrapArgument],
) -> Result<(String, Vec<u8>), Unsupported> {
    let (Some(BootstrapArgument::MethodType(sam)), Some(BootstrapArgument::MethodHandle(target))) =
        (arguments.first(), arguments.get(1))
    else {
        return Err(Unsupported::new(
            "a lambda whose bootstrap arguments are not a method type and handle",
        ));
    };
    let bad = || Unsupported::new("a lambda with a malformed descriptor");
    let site = Signature::parse(site).ok_or_else(bad)?;
    let sam = Signature::parse(sam).ok_or_else(bad)?;
    let target_signature = Signature::parse(&target.member_ref.descriptor).ok_or_else(bad)?;
    let Some(Ty::Class(interface)) = &site.ret else {
        return Err(bad());
    };
    let interfaces = alt_interfaces(interface, arguments)?;
    let this_class = class_name(host, bootstrap);
    let mut pool = Pool::default();
    let object_init = pool.method("java/lang/Object", "<init>", "()V", false);

    let captured_descriptor: String = site.params.iter().map(Ty::to_descriptor).collect();
    let init_descriptor = format!("({captured_descriptor})V");
    let fields: Vec<(u16, String, String)> = site
        .params
        .iter()
        .enumerate()
        .map(|(i, ty)| {
            (
                classfile::ACC_PRIVATE | classfile::ACC_FINAL,
                format!("f{i}"),
                ty.to_descriptor(),
            )
        })
        .collect();

    // The constructor keeps the captured values.
    let mut init = vec![0x2a];
    u16_op(&mut init, 0xb7, object_init);
    let mut slot = 1;
    for (i, ty) in site.params.iter().enumerate() {
        init.push(0x2a);
        load(&mut init, ty, slot);
        slot += ty.slots();
        u16_op(
            &mut init,
            0xb5,
            pool.field(&this_class, &format!("f{i}"), &ty.to_descriptor()),
        );
    }
    init.push(0xb1);
    let init_locals = slot;

    // make(captured...) = new This(captured...)
    let mut make = Vec::new();
    u16_op(&mut make, 0xbb, pool.class(&this_class));
    make.push(0x59);
    let mut slot = 0;
    for ty in &site.params {
        load(&mut make, ty, slot);
        slot += ty.slots();
    }
    u16_op(
        &mut make,
        0xb7,
        pool.method(&this_class, "<init>", &init_descriptor, false),
    );
    make.push(0xb0);
    let make_locals = slot;

    // The interface method: the captured values, then its own arguments, to
    // the target.
    let mut body = Vec::new();
    let mut sources: Vec<(Ty, Push)> = Vec::new();
    for (i, ty) in site.params.iter().enumerate() {
        let (class, field, field_descriptor) = (this_class.clone(), format!("f{i}"), ty.to_descriptor());
        sources.push((
            ty.clone(),
            Box::new(move |code: &mut Vec<u8>, pool: &mut Pool| {
                code.push(0x2a);
                u16_op(code, 0xb4, pool.field(&class, &field, &field_descriptor));
            }),
        ));
    }
    let mut slot = 1u16;
    for ty in &sam.params {
        let (ty2, at) = (ty.clone(), slot);
        sources.push((
            ty.clone(),
            Box::new(move |code: &mut Vec<u8>, _: &mut Pool| load(code, &ty2, at)),
        ));
        slot += ty.slots();
    }
    let sam_locals = slot;
    let target_class = Ty::Class(target.class_name.to_string());
    let mut targets: Vec<Ty> = Vec::new();
    let interface_target = matches!(target.member_kind, MemberKind::InterfaceMethod);
    let (op, returns) = match target.kind {
        ReferenceKind::InvokeStatic => (0xb8, target_signature.ret.clone()),
        ReferenceKind::InvokeVirtual | ReferenceKind::InvokeSpecial | ReferenceKind::InvokeInterface => {
            targets.push(target_class.clone());
            let op = match target.kind {
                ReferenceKind::InvokeInterface => 0xb9,
                ReferenceKind::InvokeSpecial => 0xb7,
                _ => 0xb6,
            };
            (op, target_signature.ret.clone())
        }
        ReferenceKind::NewInvokeSpecial => {
            u16_op(&mut body, 0xbb, pool.class(&target.class_name));
            body.push(0x59);
            (0xb7, Some(target_class.clone()))
        }
        _ => return Err(Unsupported::new("a method reference to a field")),
    };
    targets.extend(target_signature.params.iter().cloned());
    if targets.len() != sources.len() {
        return Err(Unsupported::new("a lambda whose arguments do not match its target"));
    }
    for ((from, push), to) in sources.iter().zip(&targets) {
        push(&mut body, &mut pool);
        adapt(&mut body, &mut pool, from, to)?;
    }
    let method = pool.method(
        &target.class_name,
        &target.member_ref.name,
        &target.member_ref.descriptor,
        interface_target,
    );
    if op == 0xb9 {
        let words: u16 = 1 + target_signature.params.iter().map(Ty::slots).sum::<u16>();
        u16_op(&mut body, op, method);
        body.extend([words as u8, 0]);
    } else {
        u16_op(&mut body, op, method);
    }
    match (&returns, &sam.ret) {
        (Some(r), None) => body.push(if r.slots() == 2 { 0x58 } else { 0x57 }),
        (Some(r), Some(s)) => adapt(&mut body, &mut pool, r, s)?,
        (None, Some(_)) => return Err(Unsupported::new("a lambda whose target returns nothing")),
        (None, None) => {}
    }
    body.push(return_op(sam.ret.as_ref()));

    let sam_descriptor: String = format!(
        "({}){}",
        sam.params.iter().map(Ty::to_descriptor).collect::<String>(),
        sam.ret.as_ref().map(Ty::to_descriptor).unwrap_or("V".into())
    );
    let class = Class {
        access: classfile::ACC_FINAL | classfile::ACC_SUPER | classfile::ACC_SYNTHETIC,
        name: this_class.clone(),
        superclass: "java/lang/Object".into(),
        interfaces,
        fields,
        methods: vec![
            Method {
                access: classfile::ACC_PRIVATE,
                name: "<init>".into(),
                descriptor: init_descriptor,
                max_locals: init_locals,
                code: init,
            },
            Method {
                access: classfile::ACC_STATIC,
                name: MAKE.into(),
                descriptor: format!("({captured_descriptor})L{interface};"),
                max_locals: make_locals,
                code: make,
            },
            Method {
                access: classfile::ACC_PUBLIC,
                name: name.to_string(),
                descriptor: sam_descriptor,
                max_locals: sam_locals,
                code: body,
            },
        ],
    };
    Ok((this_class, classfile::write(&class, pool)))
}
