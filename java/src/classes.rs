//! The classes and interfaces being compiled, as the module sees them: their
//! order (every superclass first), instance fields in struct order, vtable
//! slots, and the interface methods each class answers.
//!
//! The world is closed: every class is known, so a call whose receiver can only
//! have one implementation is a direct call, and interface methods can be
//! numbered so that each class's table of them is small (see [`Selectors`]).

use crate::error::Unsupported;
use crate::jtype::{Signature, Ty};
use cafebabe::{ClassAccessFlags, ClassFile, FieldAccessFlags, MethodAccessFlags};
use std::collections::{BTreeSet, HashMap};

pub const OBJECT: &str = "java/lang/Object";

/// A virtual method's place in the vtables of its class and subclasses.
#[derive(Debug, Clone)]
pub struct Slot {
    pub name: String,
    pub descriptor: String,
    /// The class that introduced the slot: implementations take `this` as it.
    pub declaring: usize,
    /// The method (type position, method index) that implements it, if any.
    pub implementation: Option<(usize, usize)>,
}

#[derive(Debug, Clone)]
pub struct Class {
    pub name: String,
    /// Position of the superclass; `None` for Object, and for a direct
    /// subclass of Object when Object is not compiled with it.
    pub superclass: Option<usize>,
    /// Instance fields, inherited first: (declaring class, name, type).
    pub fields: Vec<(usize, String, Ty)>,
    pub slots: Vec<Slot>,
    /// Every interface the class implements, directly or not (positions).
    pub interfaces: BTreeSet<usize>,
}

#[derive(Debug, Clone)]
pub struct Interface {
    /// Direct superinterfaces (positions).
    pub supers: Vec<usize>,
}

/// Classes come first (positions `0..classes.len()`), interfaces after.
pub struct Hierarchy {
    /// In an order where every superclass comes before its subclasses.
    pub classes: Vec<Class>,
    pub interfaces: Vec<Interface>,
    /// The class file at each position.
    pub file: Vec<usize>,
    by_name: HashMap<String, usize>,
}

pub fn is_virtual(flags: MethodAccessFlags, name: &str) -> bool {
    !flags.intersects(MethodAccessFlags::STATIC | MethodAccessFlags::PRIVATE) && !name.starts_with('<')
}

fn is_interface(file: &ClassFile) -> bool {
    file.access_flags.contains(ClassAccessFlags::INTERFACE)
}

impl Hierarchy {
    pub fn build(files: &[ClassFile]) -> Result<Hierarchy, (String, Unsupported)> {
        let names: HashMap<String, usize> = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.this_class.to_string(), i))
            .collect();
        for file in files {
            let superclass = file.super_class.as_deref().unwrap_or(OBJECT);
            if superclass != OBJECT && !names.contains_key(superclass) {
                let what = format!("extending {}", superclass.replace('/', "."));
                return Err((file.this_class.to_string(), Unsupported::new(what)));
            }
            for interface in &file.interfaces {
                if !names.get(&**interface).is_some_and(|&i| is_interface(&files[i])) {
                    let what = format!("implementing {}", interface.replace('/', "."));
                    return Err((file.this_class.to_string(), Unsupported::new(what)));
                }
            }
        }
        // Classes, superclasses first; then interfaces in file order.
        let mut order: Vec<usize> = Vec::new();
        let class_count = files.iter().filter(|f| !is_interface(f)).count();
        let mut placed = vec![false; files.len()];
        while order.len() < class_count {
            let before = order.len();
            for (i, file) in files.iter().enumerate() {
                // Object is the root when it is compiled too; else classes
                // that extend it are roots.
                let root = match file.super_class.as_deref() {
                    None => true,
                    Some(s) => s == OBJECT && !names.contains_key(OBJECT),
                };
                if !placed[i]
                    && !is_interface(file)
                    && (root
                        || file
                            .super_class
                            .as_deref()
                            .and_then(|s| names.get(s))
                            .is_some_and(|&s| placed[s]))
                {
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
        order.extend((0..files.len()).filter(|&i| is_interface(&files[i])));
        let mut position = vec![0; files.len()];
        for (p, &file) in order.iter().enumerate() {
            position[file] = p;
        }
        let interfaces: Vec<Interface> = order[class_count..]
            .iter()
            .map(|&f| Interface {
                supers: files[f].interfaces.iter().map(|i| position[names[&**i]]).collect(),
            })
            .collect();
        let mut classes: Vec<Class> = Vec::new();
        for (p, &f) in order[..class_count].iter().enumerate() {
            let file = &files[f];
            let superclass = file
                .super_class
                .as_deref()
                .and_then(|s| names.get(s))
                .map(|&s| position[s]);
            let (mut fields, mut slots, mut implemented) = match superclass {
                Some(s) => (
                    classes[s].fields.clone(),
                    classes[s].slots.clone(),
                    classes[s].interfaces.clone(),
                ),
                None => (Vec::new(), Vec::new(), BTreeSet::new()),
            };
            // Every superinterface too.
            let mut pending: Vec<usize> = file.interfaces.iter().map(|i| position[names[&**i]]).collect();
            while let Some(i) = pending.pop() {
                if implemented.insert(i) {
                    pending.extend(&interfaces[i - class_count].supers);
                }
            }
            for field in file
                .fields
                .iter()
                .filter(|f| !f.access_flags.contains(FieldAccessFlags::STATIC))
            {
                fields.push((p, field.name.to_string(), Ty::from_descriptor(&field.descriptor)));
            }
            for (m, method) in file.methods.iter().enumerate() {
                if !is_virtual(method.access_flags, &method.name) {
                    continue;
                }
                let descriptor = method.descriptor.to_string();
                let implementation = (!method.access_flags.contains(MethodAccessFlags::ABSTRACT)).then_some((p, m));
                // Package-private methods are overridden only within their
                // package; the rule matters only across packages.
                match slots
                    .iter_mut()
                    .find(|s| s.name == *method.name && s.descriptor == descriptor)
                {
                    Some(slot) => slot.implementation = implementation,
                    None => slots.push(Slot {
                        name: method.name.to_string(),
                        descriptor,
                        declaring: p,
                        implementation,
                    }),
                }
            }
            classes.push(Class {
                name: file.this_class.to_string(),
                superclass,
                fields,
                slots,
                interfaces: implemented,
            });
        }
        let by_name = order
            .iter()
            .enumerate()
            .map(|(p, &f)| (files[f].this_class.to_string(), p))
            .collect();
        Ok(Hierarchy {
            classes,
            interfaces,
            file: order,
            by_name,
        })
    }

    /// The position of a class or interface compiled here.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The position of a class (not an interface) compiled here.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.position(name).filter(|&p| p < self.classes.len())
    }

    pub fn is_interface(&self, position: usize) -> bool {
        position >= self.classes.len()
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

/// Interface methods, numbered so that no class answers two with the same
/// number: a class's table of them is indexed by that number and stays as short
/// as its largest one. A method is named by its name and descriptor, whatever
/// interface declares it, as Java's overriding rules do.
pub struct Selectors {
    pub list: Vec<(String, String)>,
    /// The number (colour) of each selector.
    pub color: Vec<u32>,
}

impl Selectors {
    pub fn build(hierarchy: &Hierarchy, files: &[ClassFile]) -> Selectors {
        let mut list: Vec<(String, String)> = Vec::new();
        let mut of_interface: Vec<Vec<usize>> = Vec::new();
        for (k, _) in hierarchy.interfaces.iter().enumerate() {
            let file = &files[hierarchy.file[hierarchy.classes.len() + k]];
            let mut mine = Vec::new();
            for method in &file.methods {
                if !is_virtual(method.access_flags, &method.name) {
                    continue;
                }
                let key = (method.name.to_string(), method.descriptor.to_string());
                let s = match list.iter().position(|k| *k == key) {
                    Some(s) => s,
                    None => {
                        list.push(key);
                        list.len() - 1
                    }
                };
                mine.push(s);
            }
            of_interface.push(mine);
        }
        // Selectors one class answers together may not share a number.
        let mut together: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); list.len()];
        for class in &hierarchy.classes {
            let answered: BTreeSet<usize> = class
                .interfaces
                .iter()
                .flat_map(|&i| of_interface[i - hierarchy.classes.len()].iter().copied())
                .collect();
            for &s in &answered {
                together[s].extend(answered.iter().filter(|&&o| o != s));
            }
        }
        let mut color = vec![u32::MAX; list.len()];
        for s in 0..list.len() {
            let taken: BTreeSet<u32> = together[s].iter().map(|&o| color[o]).collect();
            color[s] = (0..).find(|c| !taken.contains(c)).unwrap();
        }
        Selectors { list, color }
    }

    pub fn find(&self, name: &str, descriptor: &str) -> Option<usize> {
        self.list.iter().position(|(n, d)| n == name && d == descriptor)
    }
}
