//! Java's types as the compiler sees them: the verifier's computational types
//! for values on the stack and in locals, and field types with their array
//! dimensions. Pure: no WebAssembly here (see `layout.rs` for the mapping).

use cafebabe::constant_pool::ObjectArrayType;
use cafebabe::descriptors::{FieldDescriptor, FieldType, MethodDescriptor, ReturnDescriptor};
use std::fmt;

/// A field's or an array element's type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    /// A class or interface, by its binary name (`java/lang/String`).
    Class(String),
    Array(Box<Ty>),
}

impl Ty {
    pub fn from_descriptor(d: &FieldDescriptor) -> Ty {
        let mut ty = match &d.field_type {
            FieldType::Boolean => Ty::Boolean,
            FieldType::Byte => Ty::Byte,
            FieldType::Char => Ty::Char,
            FieldType::Short => Ty::Short,
            FieldType::Integer => Ty::Int,
            FieldType::Long => Ty::Long,
            FieldType::Float => Ty::Float,
            FieldType::Double => Ty::Double,
            FieldType::Object(name) => Ty::Class(name.to_string()),
        };
        for _ in 0..d.dimensions {
            ty = Ty::Array(Box::new(ty));
        }
        ty
    }

    /// The type `anewarray`, `checkcast` and the like name: a class or an array.
    pub fn of_named(named: &ObjectArrayType) -> Ty {
        match named {
            ObjectArrayType::ArrayType(descriptor) => Ty::from_descriptor(descriptor),
            ObjectArrayType::BinaryName(name) => Ty::Class(name.to_string()),
        }
    }

    /// Parses a class name as the constant pool and stack maps give it: an array
    /// descriptor (`[I`) or a bare binary name (`java/lang/String`).
    pub fn parse(text: &str) -> Option<Ty> {
        if text.starts_with('[') {
            Ty::descriptor(text)
        } else if !text.is_empty() && !text.contains(';') {
            Some(Ty::Class(text.to_string()))
        } else {
            None
        }
    }

    /// Parses one whole field descriptor (`I`, `[J`, `Ljava/lang/String;`).
    pub fn descriptor(text: &str) -> Option<Ty> {
        fn one(s: &str) -> Option<(Ty, &str)> {
            let (first, rest) = s.split_at_checked(1)?;
            Some(match first {
                "Z" => (Ty::Boolean, rest),
                "B" => (Ty::Byte, rest),
                "C" => (Ty::Char, rest),
                "S" => (Ty::Short, rest),
                "I" => (Ty::Int, rest),
                "J" => (Ty::Long, rest),
                "F" => (Ty::Float, rest),
                "D" => (Ty::Double, rest),
                "L" => {
                    let end = rest.find(';')?;
                    (Ty::Class(rest[..end].to_string()), &rest[end + 1..])
                }
                "[" => {
                    let (inner, rest) = one(rest)?;
                    (Ty::Array(Box::new(inner)), rest)
                }
                _ => return None,
            })
        }
        match one(text)? {
            (ty, "") => Some(ty),
            _ => None,
        }
    }

    /// The field descriptor that names this type (`I`, `[J`, `Ljava/lang/String;`).
    pub fn to_descriptor(&self) -> String {
        match self {
            Ty::Boolean => "Z".into(),
            Ty::Byte => "B".into(),
            Ty::Char => "C".into(),
            Ty::Short => "S".into(),
            Ty::Int => "I".into(),
            Ty::Long => "J".into(),
            Ty::Float => "F".into(),
            Ty::Double => "D".into(),
            Ty::Class(name) => format!("L{name};"),
            Ty::Array(element) => format!("[{}", element.to_descriptor()),
        }
    }

    /// The type as the verifier computes with it: `int` for the small integers.
    pub fn kind(&self) -> Kind {
        match self {
            Ty::Boolean | Ty::Byte | Ty::Char | Ty::Short | Ty::Int => Kind::Int,
            Ty::Long => Kind::Long,
            Ty::Float => Kind::Float,
            Ty::Double => Kind::Double,
            Ty::Class(_) | Ty::Array(_) => Kind::Ref,
        }
    }

    /// Local-variable slots a value of this type takes.
    pub fn slots(&self) -> u16 {
        match self {
            Ty::Long | Ty::Double => 2,
            _ => 1,
        }
    }

    pub fn is_reference(&self) -> bool {
        matches!(self, Ty::Class(_) | Ty::Array(_))
    }
}

impl fmt::Display for Ty {
    /// As Java source names it: `int[][]`, `java.lang.String`.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Ty::Boolean => f.write_str("boolean"),
            Ty::Byte => f.write_str("byte"),
            Ty::Char => f.write_str("char"),
            Ty::Short => f.write_str("short"),
            Ty::Int => f.write_str("int"),
            Ty::Long => f.write_str("long"),
            Ty::Float => f.write_str("float"),
            Ty::Double => f.write_str("double"),
            Ty::Class(name) => f.write_str(&name.replace('/', ".")),
            Ty::Array(inner) => write!(f, "{inner}[]"),
        }
    }
}

/// The verifier's computational kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Int,
    Long,
    Float,
    Double,
    Ref,
}

/// A method's parameter and return types.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<Ty>,
    pub ret: Option<Ty>,
}

impl Signature {
    pub fn from_descriptor(d: &MethodDescriptor) -> Signature {
        Signature {
            params: d.parameters.iter().map(Ty::from_descriptor).collect(),
            ret: match &d.return_type {
                ReturnDescriptor::Void => None,
                ReturnDescriptor::Return(r) => Some(Ty::from_descriptor(r)),
            },
        }
    }

    pub fn parse(text: &str) -> Option<Signature> {
        let rest = text.strip_prefix('(')?;
        let close = rest.find(')')?;
        let (mut params_text, ret_text) = (&rest[..close], &rest[close + 1..]);
        let mut params = Vec::new();
        while !params_text.is_empty() {
            let dims = params_text.len() - params_text.trim_start_matches('[').len();
            let after = &params_text[dims..];
            let len = if after.starts_with('L') {
                after.find(';')? + 1
            } else {
                1
            };
            params.push(Ty::descriptor(&params_text[..dims + len])?);
            params_text = &params_text[dims + len..];
        }
        let ret = if ret_text == "V" {
            None
        } else {
            Some(Ty::descriptor(ret_text)?)
        };
        Some(Signature { params, ret })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_parse_into_types() {
        assert_eq!(Ty::parse("[[I").unwrap().to_string(), "int[][]");
        assert_eq!(Ty::parse("java/lang/String").unwrap().to_string(), "java.lang.String");
        assert_eq!(
            Ty::parse("[Ljava/lang/Object;").unwrap().to_string(),
            "java.lang.Object[]"
        );
        assert_eq!(Ty::parse("[I;"), None);
        let sig = Signature::parse("(I[JLjava/lang/String;D)V").unwrap();
        assert_eq!(sig.params.len(), 4);
        assert_eq!(sig.ret, None);
        assert_eq!(sig.params.iter().map(Ty::slots).sum::<u16>(), 5);
        assert_eq!(
            Signature::parse("()[[D").unwrap().ret.unwrap().to_string(),
            "double[][]"
        );
    }
}
