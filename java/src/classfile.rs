//! Writes class files: the classes the compiler makes itself (for lambdas and
//! method references) go through the same pipeline as `javac`'s.
//!
//! Only what those classes need: a constant pool of names, classes and member
//! references, fields, and methods with straight-line code (so no stack map:
//! this compiler needs frames only at branch targets, and the JVM never loads
//! these classes).

use std::collections::HashMap;

#[derive(Clone, PartialEq, Eq, Hash)]
enum Entry {
    Utf8(String),
    Class(u16),
    NameAndType(u16, u16),
    Fieldref(u16, u16),
    Methodref(u16, u16),
    InterfaceMethodref(u16, u16),
}

/// Java's "modified UTF-8": NUL as two bytes, and characters outside the basic
/// plane as their two surrogates, three bytes each.
fn modified_utf8(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for unit in text.encode_utf16() {
        match unit {
            0x01..=0x7f => out.push(unit as u8),
            0x00 | 0x80..=0x7ff => {
                out.push(0xc0 | (unit >> 6) as u8);
                out.push(0x80 | (unit & 0x3f) as u8);
            }
            _ => {
                out.push(0xe0 | (unit >> 12) as u8);
                out.push(0x80 | ((unit >> 6) & 0x3f) as u8);
                out.push(0x80 | (unit & 0x3f) as u8);
            }
        }
    }
    out
}

/// The UTF-16 text of modified UTF-8 bytes (lone surrogates included).
pub fn decode_modified_utf8(bytes: &[u8]) -> Vec<u16> {
    let mut units = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i] as u16;
        let at = |k: usize| bytes.get(i + k).map(|&c| (c & 0x3f) as u16).unwrap_or(0);
        if b < 0x80 {
            units.push(b);
            i += 1;
        } else if b & 0xe0 == 0xc0 {
            units.push(((b & 0x1f) << 6) | at(1));
            i += 2;
        } else {
            units.push(((b & 0x0f) << 12) | (at(1) << 6) | at(2));
            i += 3;
        }
    }
    units
}

#[derive(Default)]
pub struct Pool {
    entries: Vec<Entry>,
    index: HashMap<Entry, u16>,
}

impl Pool {
    fn add(&mut self, entry: Entry) -> u16 {
        if let Some(&i) = self.index.get(&entry) {
            return i;
        }
        self.entries.push(entry.clone());
        let i = self.entries.len() as u16;
        self.index.insert(entry, i);
        i
    }

    pub fn utf8(&mut self, text: &str) -> u16 {
        self.add(Entry::Utf8(text.to_string()))
    }

    pub fn class(&mut self, name: &str) -> u16 {
        let name = self.utf8(name);
        self.add(Entry::Class(name))
    }

    fn name_and_type(&mut self, name: &str, descriptor: &str) -> u16 {
        let (name, descriptor) = (self.utf8(name), self.utf8(descriptor));
        self.add(Entry::NameAndType(name, descriptor))
    }

    pub fn field(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        let (class, nat) = (self.class(class), self.name_and_type(name, descriptor));
        self.add(Entry::Fieldref(class, nat))
    }

    pub fn method(&mut self, class: &str, name: &str, descriptor: &str, interface: bool) -> u16 {
        let (class, nat) = (self.class(class), self.name_and_type(name, descriptor));
        self.add(if interface {
            Entry::InterfaceMethodref(class, nat)
        } else {
            Entry::Methodref(class, nat)
        })
    }

    fn write(&self, out: &mut Vec<u8>) {
        u16_be(out, self.entries.len() as u16 + 1);
        for entry in &self.entries {
            match entry {
                Entry::Utf8(text) => {
                    let bytes = modified_utf8(text);
                    out.push(1);
                    u16_be(out, bytes.len() as u16);
                    out.extend(bytes);
                }
                Entry::Class(name) => {
                    out.push(7);
                    u16_be(out, *name);
                }
                Entry::NameAndType(a, b) => pair(out, 12, *a, *b),
                Entry::Fieldref(a, b) => pair(out, 9, *a, *b),
                Entry::Methodref(a, b) => pair(out, 10, *a, *b),
                Entry::InterfaceMethodref(a, b) => pair(out, 11, *a, *b),
            }
        }
    }
}

fn u16_be(out: &mut Vec<u8>, v: u16) {
    out.extend(v.to_be_bytes());
}

fn pair(out: &mut Vec<u8>, tag: u8, a: u16, b: u16) {
    out.push(tag);
    u16_be(out, a);
    u16_be(out, b);
}

pub struct Method {
    pub access: u16,
    pub name: String,
    pub descriptor: String,
    pub max_locals: u16,
    pub code: Vec<u8>,
}

pub struct Class {
    pub access: u16,
    pub name: String,
    pub superclass: String,
    pub interfaces: Vec<String>,
    /// (access, name, descriptor)
    pub fields: Vec<(u16, String, String)>,
    pub methods: Vec<Method>,
}

pub const ACC_PUBLIC: u16 = 0x0001;
pub const ACC_PRIVATE: u16 = 0x0002;
pub const ACC_STATIC: u16 = 0x0008;
pub const ACC_FINAL: u16 = 0x0010;
pub const ACC_SUPER: u16 = 0x0020;
pub const ACC_SYNTHETIC: u16 = 0x1000;

/// The class file of `class`, whose code refers to `pool` (which it extends).
pub fn write(class: &Class, mut pool: Pool) -> Vec<u8> {
    let this = pool.class(&class.name);
    let superclass = pool.class(&class.superclass);
    let interfaces: Vec<u16> = class.interfaces.iter().map(|i| pool.class(i)).collect();
    let fields: Vec<(u16, u16, u16)> = class
        .fields
        .iter()
        .map(|(a, n, d)| (*a, pool.utf8(n), pool.utf8(d)))
        .collect();
    let code_name = pool.utf8("Code");
    let methods: Vec<(u16, u16, u16)> = class
        .methods
        .iter()
        .map(|m| (m.access, pool.utf8(&m.name), pool.utf8(&m.descriptor)))
        .collect();

    let mut out = vec![0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61];
    pool.write(&mut out);
    u16_be(&mut out, class.access);
    u16_be(&mut out, this);
    u16_be(&mut out, superclass);
    u16_be(&mut out, interfaces.len() as u16);
    for i in interfaces {
        u16_be(&mut out, i);
    }
    u16_be(&mut out, fields.len() as u16);
    for (access, name, descriptor) in fields {
        u16_be(&mut out, access);
        u16_be(&mut out, name);
        u16_be(&mut out, descriptor);
        u16_be(&mut out, 0);
    }
    u16_be(&mut out, methods.len() as u16);
    for ((access, name, descriptor), method) in methods.into_iter().zip(&class.methods) {
        u16_be(&mut out, access);
        u16_be(&mut out, name);
        u16_be(&mut out, descriptor);
        u16_be(&mut out, 1);
        u16_be(&mut out, code_name);
        let length = 2 + 2 + 4 + method.code.len() + 2 + 2;
        out.extend((length as u32).to_be_bytes());
        // The operand stack never holds more than the locals and a few more.
        u16_be(&mut out, method.max_locals + 8);
        u16_be(&mut out, method.max_locals);
        out.extend((method.code.len() as u32).to_be_bytes());
        out.extend(&method.code);
        u16_be(&mut out, 0);
        u16_be(&mut out, 0);
    }
    u16_be(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_class_reads_back() {
        let mut pool = Pool::default();
        let init = pool.method("java/lang/Object", "<init>", "()V", false);
        let code = vec![0x2a, 0xb7, (init >> 8) as u8, init as u8, 0xb1];
        let class = Class {
            access: ACC_FINAL | ACC_SUPER,
            name: "p/Q$$Lambda$0".into(),
            superclass: "java/lang/Object".into(),
            interfaces: vec!["java/lang/Runnable".into()],
            fields: vec![(ACC_PRIVATE | ACC_FINAL, "f0".into(), "I".into())],
            methods: vec![Method {
                access: 0,
                name: "<init>".into(),
                descriptor: "()V".into(),
                max_locals: 1,
                code,
            }],
        };
        let bytes = write(&class, pool);
        let read = cafebabe::parse_class(&bytes).unwrap();
        assert_eq!(&*read.this_class, "p/Q$$Lambda$0");
        assert_eq!(read.interfaces.len(), 1);
        assert_eq!(read.fields[0].name, "f0");
        assert_eq!(read.methods[0].name, "<init>");
        assert_eq!(modified_utf8("\0é😀").len(), 2 + 2 + 6);
        let units: Vec<u16> = "\0é😀".encode_utf16().collect();
        assert_eq!(decode_modified_utf8(&modified_utf8("\0é😀")), units);
    }
}
