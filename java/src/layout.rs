//! How Java values are laid out as WebAssembly GC values.
//!
//! Every Java object is a struct whose type is a subtype of `$Object`, so any
//! reference fits where `Object` is expected and the engine's precise collector
//! sees every reference. Its first field is its class's vtable, a struct of
//! typed function references (a subclass's vtable type extends its
//! superclass's); the second is its identity hash. Arrays are objects too: a struct holding the identity
//! hash and a reference to the WebAssembly array of elements. Java's arrays of
//! references are covariant (`String[]` is an `Object[]`) and WebAssembly's
//! mutable arrays are not, so every array of references shares one element
//! array type, `(ref null $Object)`, and a loaded element is cast to what the
//! code expects of it.

use crate::jtype::Ty;
use std::collections::HashMap;
use wasm_encoder::{
    AbstractHeapType, CompositeInnerType, CompositeType, FieldType, FuncType, HeapType, RefType, StorageType,
    StructType, SubType, TypeSection, ValType,
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

/// Fixed type indices: `$Object` and its vtable, then each element array, then
/// each array class. Classes and function types follow, in one recursion group.
pub const OBJECT: u32 = 0;
pub const VT_OBJECT: u32 = 1;
/// A class's interface methods by selector number: `(array i32)`, each an
/// index into [`METHODS`] (-1 where the class has none).
pub const ITABLE: u32 = 2;

/// The table of every function, at its own index, through which virtual and
/// interface calls go (`call_indirect`). Vtables hold indices into it, not
/// function references: wasmtime reads a function reference out of a GC
/// object with a call into its runtime, which cost every virtual call about a
/// hundred times a direct one.
pub const METHODS: u32 = 0;
/// The ids of the interfaces a class implements, ascending: `(array i32)`.
pub const IDS: u32 = 3;
/// What a vtable's class entry is: `() -> (ref null $Object)`, the class
/// object of the vtable's class (a `java.lang.Class`, made on first use).
pub const CLASS_FN: u32 = 4;
const DATA_BASE: u32 = 5;
const ARRAY_BASE: u32 = DATA_BASE + ELEMS.len() as u32;
const FIXED: u32 = ARRAY_BASE + ELEMS.len() as u32;

/// Fields every object starts with: its class's vtable, then its identity hash.
pub const VTABLE: u32 = 0;
pub const HASH: u32 = 1;
/// The field of an array struct that holds its elements.
pub const ARRAY_DATA: u32 = 2;

/// Fields of every vtable: the interface table, the interface ids, the
/// function that gives the class object (null where there is none yet: arrays,
/// and programs compiled without `java.lang.Class`), then the virtual
/// methods' slots.
pub const VT_ITABLE: u32 = 0;
pub const VT_IDS: u32 = 1;
pub const VT_CLASS: u32 = 2;
pub const VT_FIRST_SLOT: u32 = 3;

/// The fields every vtable starts with.
pub fn vtable_header() -> [FieldType; 3] {
    [
        field(StorageType::Val(non_null(ITABLE)), false),
        field(StorageType::Val(non_null(IDS)), false),
        field(StorageType::Val(nullable(CLASS_FN)), false),
    ]
}

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

pub fn non_null(index: u32) -> ValType {
    ValType::Ref(RefType {
        nullable: false,
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

/// The value type an element of this kind is read as (packed ones widen to i32).
pub fn storage_valtype(elem: Elem) -> ValType {
    match elem {
        Elem::I8 | Elem::Char | Elem::Short | Elem::Int => ValType::I32,
        Elem::Long => ValType::I64,
        Elem::Float => ValType::F32,
        Elem::Double => ValType::F64,
        Elem::Ref => nullable(OBJECT),
    }
}

pub fn field(element_type: StorageType, mutable: bool) -> FieldType {
    FieldType { element_type, mutable }
}

pub fn sub(supertype: Option<u32>, is_final: bool, inner: CompositeInnerType) -> SubType {
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

pub fn struct_type(supertype: Option<u32>, fields: Vec<FieldType>) -> SubType {
    sub(
        supertype,
        false,
        CompositeInnerType::Struct(StructType { fields: fields.into() }),
    )
}

/// The header of every object: its vtable (of `vtable_type`) and its hash.
pub fn header(vtable_type: u32) -> [FieldType; 2] {
    [
        field(StorageType::Val(non_null(vtable_type)), false),
        field(StorageType::Val(ValType::I32), true),
    ]
}

/// The module's types, all in one recursion group: classes refer to each other
/// in any order.
pub struct Types {
    defs: Vec<Option<SubType>>,
    funcs: HashMap<(Vec<ValType>, Vec<ValType>), u32>,
    /// Function types outside the recursion group, after it: the types of
    /// imported host functions, which are each their own group.
    standalone: Vec<FuncType>,
}

impl Types {
    pub fn new() -> Types {
        let mut types = Types {
            defs: Vec::new(),
            funcs: HashMap::new(),
            standalone: Vec::new(),
        };
        types.defs.push(Some(struct_type(None, header(VT_OBJECT).to_vec())));
        types.defs.push(Some(struct_type(None, vtable_header().to_vec())));
        types.defs.push(Some(sub(
            None,
            true,
            CompositeInnerType::Array(wasm_encoder::ArrayType(field(StorageType::Val(ValType::I32), false))),
        )));
        types.defs.push(Some(sub(
            None,
            true,
            CompositeInnerType::Array(wasm_encoder::ArrayType(field(StorageType::Val(ValType::I32), false))),
        )));
        types.defs.push(Some(sub(
            None,
            true,
            CompositeInnerType::Func(FuncType::new([], [nullable(OBJECT)])),
        )));
        for elem in ELEMS {
            types.defs.push(Some(sub(
                None,
                true,
                CompositeInnerType::Array(wasm_encoder::ArrayType(field(storage(elem), true))),
            )));
        }
        for elem in ELEMS {
            let mut fields = header(VT_OBJECT).to_vec();
            fields.push(field(StorageType::Val(non_null(data_type(elem))), false));
            types.defs.push(Some(sub(
                Some(OBJECT),
                true,
                CompositeInnerType::Struct(StructType { fields: fields.into() }),
            )));
        }
        debug_assert_eq!(types.defs.len() as u32, FIXED);
        types
    }

    /// An index for a type defined later with [`Types::define`].
    pub fn reserve(&mut self) -> u32 {
        self.defs.push(None);
        self.defs.len() as u32 - 1
    }

    pub fn define(&mut self, index: u32, def: SubType) {
        self.defs[index as usize] = Some(def);
    }

    pub fn func(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> u32 {
        if let Some(&index) = self.funcs.get(&(params.clone(), results.clone())) {
            return index;
        }
        let index = self.defs.len() as u32;
        self.defs.push(Some(sub(
            None,
            true,
            CompositeInnerType::Func(FuncType::new(params.clone(), results.clone())),
        )));
        self.funcs.insert((params, results), index);
        index
    }

    /// A function type of its own, for an import: call it once every type of
    /// the group is made, since it is numbered after them.
    pub fn standalone_func(&mut self, params: &[ValType], results: &[ValType]) -> u32 {
        self.standalone
            .push(FuncType::new(params.iter().copied(), results.iter().copied()));
        (self.defs.len() + self.standalone.len() - 1) as u32
    }

    pub fn encode(&self, section: &mut TypeSection) {
        let defs: Vec<SubType> = self
            .defs
            .iter()
            .map(|d| d.clone().expect("every reserved type is defined"))
            .collect();
        section.ty().rec(defs);
        for func in &self.standalone {
            section.ty().func_type(func);
        }
    }
}

impl Default for Types {
    fn default() -> Types {
        Types::new()
    }
}

/// The WebAssembly value type that holds a Java value of type `ty`; `class`
/// gives the struct type of a class compiled here. Other classes and interfaces
/// are held as `Object`.
pub fn valtype(ty: &Ty, class: &dyn Fn(&str) -> Option<u32>) -> ValType {
    match ty {
        Ty::Boolean | Ty::Byte | Ty::Char | Ty::Short | Ty::Int => ValType::I32,
        Ty::Long => ValType::I64,
        Ty::Float => ValType::F32,
        Ty::Double => ValType::F64,
        Ty::Array(element) => nullable(array_type(Elem::of(element))),
        Ty::Class(name) => nullable(class(name).unwrap_or(OBJECT)),
    }
}

/// The zero of a field or a local of this type.
pub fn zero(valtype: ValType) -> wasm_encoder::Instruction<'static> {
    use wasm_encoder::Instruction as I;
    match valtype {
        ValType::I32 => I::I32Const(0),
        ValType::I64 => I::I64Const(0),
        ValType::F32 => I::F32Const(0.0f32.into()),
        ValType::F64 => I::F64Const(0.0f64.into()),
        ValType::Ref(r) => I::RefNull(r.heap_type),
        ValType::V128 => I::V128Const(0),
    }
}

/// Runs a class's initialising function unless its flag says it has run: what
/// every first use of a class does (JLS 12.4.1).
pub fn init_check(flag: u32, init: u32) -> [wasm_encoder::Instruction<'static>; 5] {
    use wasm_encoder::{BlockType, Instruction as I};
    [
        I::GlobalGet(flag),
        I::I32Eqz,
        I::If(BlockType::Empty),
        I::Call(init),
        I::End,
    ]
}
