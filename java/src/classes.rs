//! The classes being compiled, as the module sees them: their order (every
//! superclass first), instance fields in struct order, and vtable slots.
//!
//! The world is closed: every class is known, so a call whose receiver can only
//! have one implementation is a direct call.

use crate::error::Unsupported;
use crate::jtype::{Signature, Ty};
use cafebabe::{ClassAccessFlags, ClassFile, FieldAccessFlags, MethodAccessFlags};
use std::collections::HashMap;

pub const OBJECT: &str = "java/lang/Object";

/// A virtual method's place in the vtables of its class and subclasses.
#[derive(Debug, Clone)]
pub struct Slot {
    pub name: String,
    pub descriptor: String,
    /// The class that introduced the slot: implementations take `this` as it.
    pub declaring: usize,
    /// The method (class index, method index) that implements it, if any.
    pub implementation: Option<(usize, usize)>,
}

#[derive(Debug, Clone)]
pub struct Class {
    pub name: String,
    /// Index of the superclass; `None` for a direct subclass of Object.
    pub superclass: Option<usize>,
    /// Instance fields, inherited first: (declaring class, name, type).
    pub fields: Vec<(usize, String, Ty)>,
    pub slots: Vec<Slot>,
}

pub struct Hierarchy {
    /// In an order where every superclass comes before its subclasses.
    pub classes: Vec<Class>,
    /// The class file of each class.
    pub file: Vec<usize>,
    by_name: HashMap<String, usize>,
}

fn is_virtual(flags: MethodAccessFlags, name: &str) -> bool {
    !flags.intersects(MethodAccessFlags::STATIC | MethodAccessFlags::PRIVATE) && !name.starts_with('<')
}

impl Hierarchy {
    pub fn build(files: &[ClassFile]) -> Result<Hierarchy, (String, Unsupported)> {
        let names: HashMap<String, usize> = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.this_class.to_string(), i))
            .collect();
        for file in files {
            if file.access_flags.contains(ClassAccessFlags::INTERFACE) {
                return Err((file.this_class.to_string(), Unsupported::new("interfaces")));
            }
            if !file.interfaces.is_empty() {
                return Err((file.this_class.to_string(), Unsupported::new("implementing interfaces")));
            }
            let superclass = file.super_class.as_deref().unwrap_or(OBJECT);
            if superclass != OBJECT && !names.contains_key(superclass) {
                let what = format!("extending {}", superclass.replace('/', "."));
                return Err((file.this_class.to_string(), Unsupported::new(what)));
            }
        }
        // Superclasses first.
        let mut order: Vec<usize> = Vec::new();
        let mut placed = vec![false; files.len()];
        while order.len() < files.len() {
            let before = order.len();
            for (i, file) in files.iter().enumerate() {
                let superclass = file.super_class.as_deref().unwrap_or(OBJECT);
                if !placed[i] && (superclass == OBJECT || names.get(superclass).is_some_and(|&s| placed[s])) {
                    placed[i] = true;
                    order.push(i);
                }
            }
            if order.len() == before {
                return Err((
                    files[0].this_class.to_string(),
                    Unsupported::new("a cycle of superclasses"),
                ));
            }
        }
        let mut of_file = vec![0; files.len()];
        for (position, &file) in order.iter().enumerate() {
            of_file[file] = position;
        }
        let mut classes: Vec<Class> = Vec::new();
        for (position, &f) in order.iter().enumerate() {
            let file = &files[f];
            let superclass = file
                .super_class
                .as_deref()
                .filter(|s| *s != OBJECT)
                .map(|s| of_file[names[s]]);
            let (mut fields, mut slots) = match superclass {
                Some(s) => (classes[s].fields.clone(), classes[s].slots.clone()),
                None => (Vec::new(), Vec::new()),
            };
            for field in file
                .fields
                .iter()
                .filter(|f| !f.access_flags.contains(FieldAccessFlags::STATIC))
            {
                fields.push((position, field.name.to_string(), Ty::from_descriptor(&field.descriptor)));
            }
            for (m, method) in file.methods.iter().enumerate() {
                if !is_virtual(method.access_flags, &method.name) {
                    continue;
                }
                let descriptor = method.descriptor.to_string();
                let implementation =
                    (!method.access_flags.contains(MethodAccessFlags::ABSTRACT)).then_some((position, m));
                // Package-private methods are overridden only within their
                // package; every class compiled here is in one package or another
                // and the rule matters only across packages.
                match slots
                    .iter_mut()
                    .find(|s| s.name == *method.name && s.descriptor == descriptor)
                {
                    Some(slot) => slot.implementation = implementation,
                    None => slots.push(Slot {
                        name: method.name.to_string(),
                        descriptor,
                        declaring: position,
                        implementation,
                    }),
                }
            }
            classes.push(Class {
                name: file.this_class.to_string(),
                superclass,
                fields,
                slots,
            });
        }
        let by_name = classes.iter().enumerate().map(|(i, c)| (c.name.clone(), i)).collect();
        Ok(Hierarchy {
            classes,
            file: order,
            by_name,
        })
    }

    pub fn index(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Whether `class` is `ancestor` or one of its subclasses.
    pub fn is_subclass(&self, mut class: usize, ancestor: usize) -> bool {
        loop {
            if class == ancestor {
                return true;
            }
            match self.classes[class].superclass {
                Some(s) => class = s,
                None => return false,
            }
        }
    }

    /// The slot for a virtual call on a receiver of static type `class`.
    pub fn slot(&self, class: usize, name: &str, descriptor: &str) -> Option<usize> {
        self.classes[class]
            .slots
            .iter()
            .position(|s| s.name == name && s.descriptor == descriptor)
    }

    /// The implementations a receiver of static type `class` may have for `slot`.
    pub fn implementations(&self, class: usize, slot: usize) -> Vec<Option<(usize, usize)>> {
        let mut found = Vec::new();
        for (c, candidate) in self.classes.iter().enumerate() {
            if self.is_subclass(c, class) {
                let implementation = candidate.slots[slot].implementation;
                if !found.contains(&implementation) {
                    found.push(implementation);
                }
            }
        }
        found
    }

    /// The field `name` as seen from `class`: declared there or inherited.
    pub fn field(&self, class: usize, name: &str) -> Option<usize> {
        let mut at = Some(class);
        while let Some(c) = at {
            if let Some(i) = self.classes[class]
                .fields
                .iter()
                .position(|(d, n, _)| *d == c && n == name)
            {
                return Some(i);
            }
            at = self.classes[c].superclass;
        }
        None
    }

    /// The signature of a slot's functions, without the receiver.
    pub fn slot_signature(slot: &Slot) -> Option<Signature> {
        Signature::parse(&slot.descriptor)
    }
}
