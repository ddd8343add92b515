//! How Java values are laid out as WebAssembly GC values.
//!
//! Every Java object is a struct whose type is a subtype of `$Object`, so any
//! reference fits where `Object` is expected and the engine's precise collector
//! sees every reference. Arrays are objects too: a struct holding the identity
//! hash and a reference to the WebAssembly array of elements. Java's arrays of
//! references are covariant (`String[]` is an `Object[]`) and WebAssembly's
//! mutable arrays are not, so every array of references shares one element
//! array type, `(ref null $Object)`, and a loaded element is cast to what the
//! code expects of it.

use crate::jtype::Ty;
use wasm_encoder::{
    AbstractHeapType, CompositeInnerType, CompositeType, FieldType, HeapType, RefType, StorageType, StructType,
    SubType, TypeSection, ValType,
};

/// The element storage of an array class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Elem {
    /// `boolean[]` and `byte[]`: both are read and written by `baload`/`bastore`.
    I8,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Ref,
}

pub const ELEMS: [Elem; 8] = [
    Elem::I8,
    Elem::Char,
    Elem::Short,
    Elem::Int,
    Elem::Long,
    Elem::Float,
    Elem::Double,
    Elem::Ref,
];

impl Elem {
    pub fn of(element: &Ty) -> Elem {
        match element {
            Ty::Boolean | Ty::Byte => Elem::I8,
            Ty::Char => Elem::Char,
            Ty::Short => Elem::Short,
            Ty::Int => Elem::Int,
            Ty::Long => Elem::Long,
            Ty::Float => Elem::Float,
            Ty::Double => Elem::Double,
            Ty::Class(_) | Ty::Array(_) => Elem::Ref,
        }
    }

    fn index(self) -> u32 {
        ELEMS.iter().position(|e| *e == self).unwrap() as u32
    }

    /// Packed elements are read with sign (`byte`, `short`) or zero (`char`)
    /// extension; `None` for the unpacked ones.
    pub fn signed(self) -> Option<bool> {
        match self {
            Elem::I8 | Elem::Short => Some(true),
            Elem::Char => Some(false),
            _ => None,
        }
    }
}

/// Fixed type indices: `$Object`, then each element array, then each array class.
pub const OBJECT: u32 = 0;
const DATA_BASE: u32 = 1;
const ARRAY_BASE: u32 = DATA_BASE + ELEMS.len() as u32;
/// The first index free for function types.
pub const FIRST_FREE: u32 = ARRAY_BASE + ELEMS.len() as u32;

/// The field of an array struct that holds its elements (field 0 is the hash).
pub const ARRAY_DATA: u32 = 1;

pub fn data_type(elem: Elem) -> u32 {
    DATA_BASE + elem.index()
}

pub fn array_type(elem: Elem) -> u32 {
    ARRAY_BASE + elem.index()
}

pub fn nullable(index: u32) -> ValType {
    ValType::Ref(RefType {
        nullable: true,
        heap_type: HeapType::Concrete(index),
    })
}

/// The type of `null` before anything gives it a class: a subtype of every
/// reference type.
pub fn null_type() -> ValType {
    ValType::Ref(RefType {
        nullable: true,
        heap_type: HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::None,
        },
    })
}

pub fn none_heap() -> HeapType {
    HeapType::Abstract {
        shared: false,
        ty: AbstractHeapType::None,
    }
}

/// The WebAssembly value type that holds a Java value of type `ty`.
pub fn valtype(ty: &Ty) -> ValType {
    match ty {
        Ty::Boolean | Ty::Byte | Ty::Char | Ty::Short | Ty::Int => ValType::I32,
        Ty::Long => ValType::I64,
        Ty::Float => ValType::F32,
        Ty::Double => ValType::F64,
        Ty::Array(element) => nullable(array_type(Elem::of(element))),
        Ty::Class(_) => nullable(OBJECT),
    }
}

fn storage(elem: Elem) -> StorageType {
    match elem {
        Elem::I8 => StorageType::I8,
        Elem::Char | Elem::Short => StorageType::I16,
        Elem::Int => StorageType::Val(ValType::I32),
        Elem::Long => StorageType::Val(ValType::I64),
        Elem::Float => StorageType::Val(ValType::F32),
        Elem::Double => StorageType::Val(ValType::F64),
        Elem::Ref => StorageType::Val(nullable(OBJECT)),
    }
}

fn field(element_type: StorageType, mutable: bool) -> FieldType {
    FieldType { element_type, mutable }
}

fn sub(supertype: Option<u32>, is_final: bool, inner: CompositeInnerType) -> SubType {
    SubType {
        is_final,
        supertype_idxs: supertype.into_iter().collect(),
        composite_type: CompositeType {
            inner,
            shared: false,
            descriptor: None,
            describes: None,
        },
    }
}

/// Writes the fixed types, whose indices the constants above name.
pub fn define_types(types: &mut TypeSection) {
    let hash = field(StorageType::Val(ValType::I32), true);
    types.ty().subtype(&sub(
        None,
        false,
        CompositeInnerType::Struct(StructType {
            fields: Box::new([hash]),
        }),
    ));
    for elem in ELEMS {
        types.ty().subtype(&sub(
            None,
            true,
            CompositeInnerType::Array(wasm_encoder::ArrayType(field(storage(elem), true))),
        ));
    }
    for elem in ELEMS {
        let data = field(
            StorageType::Val(ValType::Ref(RefType {
                nullable: false,
                heap_type: HeapType::Concrete(data_type(elem)),
            })),
            false,
        );
        types.ty().subtype(&sub(
            Some(OBJECT),
            true,
            CompositeInnerType::Struct(StructType {
                fields: Box::new([hash, data]),
            }),
        ));
    }
}
