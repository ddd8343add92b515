//! The JDK's native methods that the compiler implements itself: what the
//! VM does for the library (identity hashes, raw floating-point bits, array
//! copies), the few ways out to the host (oa's `Wasi` class), and the
//! registrations and VM queries that have nothing to do here.
//!
//! A native the library reaches that is not here compiles to a trap, and the
//! module lists it (see `module.rs`), so that what a program cannot do shows.

use crate::layout::{self, Elem, ELEMS};
use wasm_encoder::{BlockType, Function, Instruction as I, MemArg, MemArgTarget, ValType};

/// How a native method is implemented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Native {
    /// Nothing to do: `registerNatives`, `VM.initialize`.
    Nothing,
    /// A constant answer to a question about the VM.
    I32(i32),
    I64(i64),
    Null,
    FloatToRawIntBits,
    IntBitsToFloat,
    DoubleToRawLongBits,
    LongBitsToDouble,
    Sqrt,
    /// `Object.hashCode` and `System.identityHashCode`: made on first use.
    IdentityHash,
    /// `System.arraycopy`.
    ArrayCopy,
    /// `Object.getClass`: through the vtable's class entry.
    GetClass,
    /// `String.intern`: a call to [`INTERN`], oa's table in Java.
    Intern,
    /// oa's `jdk.internal.oa.Wasi`.
    Write,
    Read,
    Exit,
}

/// What an `Unsafe` accessor does with the value at an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    Get,
    Put,
    /// compareAndSet: 1 if the value was the expected one and is replaced.
    CompareAndSet,
    /// compareAndExchange: the value before; replaced if it was the expected one.
    CompareAndExchange,
    /// getAndSet, getAndAdd, getAndBitwiseOr/And/Xor: the value before.
    GetAndSet,
    GetAndAdd,
    GetAndOr,
    GetAndAnd,
    GetAndXor,
}

impl Access {
    /// How many values the access takes after the object and the offset.
    pub fn values(self) -> usize {
        match self {
            Access::Get => 0,
            Access::CompareAndSet | Access::CompareAndExchange => 2,
            _ => 1,
        }
    }
}

/// A `VarHandle` access mode by its method's name (every memory-order
/// variant is the same access here: one thread runs).
pub fn var_handle_access(name: &str) -> Option<Access> {
    Some(match name {
        "get" | "getVolatile" | "getAcquire" | "getOpaque" => Access::Get,
        "set" | "setVolatile" | "setRelease" | "setOpaque" => Access::Put,
        "compareAndSet"
        | "weakCompareAndSet"
        | "weakCompareAndSetPlain"
        | "weakCompareAndSetAcquire"
        | "weakCompareAndSetRelease" => Access::CompareAndSet,
        "compareAndExchange" | "compareAndExchangeAcquire" | "compareAndExchangeRelease" => Access::CompareAndExchange,
        "getAndSet" | "getAndSetAcquire" | "getAndSetRelease" => Access::GetAndSet,
        "getAndAdd" | "getAndAddAcquire" | "getAndAddRelease" => Access::GetAndAdd,
        "getAndBitwiseOr" | "getAndBitwiseOrAcquire" | "getAndBitwiseOrRelease" => Access::GetAndOr,
        "getAndBitwiseAnd" | "getAndBitwiseAndAcquire" | "getAndBitwiseAndRelease" => Access::GetAndAnd,
        "getAndBitwiseXor" | "getAndBitwiseXorAcquire" | "getAndBitwiseXorRelease" => Access::GetAndXor,
        _ => return None,
    })
}

/// `Unsafe`'s accessors of a value at an offset in an object or array:
/// `getInt`, `putLongVolatile`, `compareAndSetReference`... (the other
/// variants are the JDK's Java code over these).
pub fn unsafe_access(class: &str, name: &str) -> Option<(Access, Elem)> {
    if class != "jdk/internal/misc/Unsafe" {
        return None;
    }
    let name = name.strip_suffix("Volatile").unwrap_or(name);
    let (access, kind) = if let Some(kind) = name.strip_prefix("compareAndSet") {
        (Access::CompareAndSet, kind)
    } else if let Some(kind) = name.strip_prefix("get") {
        (Access::Get, kind)
    } else if let Some(kind) = name.strip_prefix("put") {
        (Access::Put, kind)
    } else {
        return None;
    };
    let elem = match kind {
        "Int" => Elem::Int,
        "Long" => Elem::Long,
        "Reference" => Elem::Ref,
        "Byte" | "Boolean" => Elem::I8,
        "Short" => Elem::Short,
        "Char" => Elem::Char,
        "Float" => Elem::Float,
        "Double" => Elem::Double,
        _ => return None,
    };
    if access == Access::CompareAndSet && !matches!(elem, Elem::Int | Elem::Long | Elem::Ref) {
        return None;
    }
    Some((access, elem))
}

/// The Java method that keeps the interned strings (`jdk.internal.oa.Interned`).
pub const INTERN: (&str, &str, &str) = (
    "jdk/internal/oa/Interned",
    "intern",
    "(Ljava/lang/String;)Ljava/lang/String;",
);

pub fn lookup(class: &str, name: &str, descriptor: &str) -> Option<Native> {
    use Native::*;
    Some(match (class, name, descriptor) {
        (_, "registerNatives", "()V") => Nothing,
        ("jdk/internal/misc/VM", "initialize", "()V") => Nothing,
        ("java/lang/String", "intern", "()Ljava/lang/String;") => Intern,
        ("jdk/internal/misc/CDS", "initializeFromArchive", _) => Nothing,
        ("jdk/internal/misc/CDS", "isDumpingArchive0" | "isDumpingClassList0" | "isSharingEnabled0", "()Z") => I32(0),
        ("jdk/internal/misc/CDS", "getRandomSeedForDumping", "()J") => I64(0),
        ("java/lang/Runtime", "availableProcessors", "()I") => I32(1),
        ("java/util/concurrent/atomic/AtomicLong", "VMSupportsCS8", "()Z") => I32(1),
        // Little-endian, as string constants are laid out (module.rs).
        ("java/lang/StringUTF16", "isBigEndian", "()Z") => I32(0),
        // HotSpot's helpful messages need the bytecode at run time.
        ("java/lang/NullPointerException", "getExtendedNPEMessage", _) => Null,
        ("java/lang/Float", "floatToRawIntBits", "(F)I") => FloatToRawIntBits,
        ("java/lang/Float", "intBitsToFloat", "(I)F") => IntBitsToFloat,
        ("java/lang/Double", "doubleToRawLongBits", "(D)J") => DoubleToRawLongBits,
        ("java/lang/Double", "longBitsToDouble", "(J)D") => LongBitsToDouble,
        ("java/lang/StrictMath", "sqrt", "(D)D") => Sqrt,
        ("java/lang/Object", "hashCode", "()I") => IdentityHash,
        ("java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I") => IdentityHash,
        ("java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V") => ArrayCopy,
        ("java/lang/Object", "getClass", "()Ljava/lang/Class;") => GetClass,
        // Arrays are indexed by element, from 0: offsets are indices.
        ("jdk/internal/misc/Unsafe", "arrayBaseOffset0", _) => I32(0),
        ("jdk/internal/misc/Unsafe", "arrayIndexScale0", _) => I32(1),
        ("jdk/internal/misc/Unsafe", "storeFence" | "loadFence" | "fullFence", "()V") => Nothing,
        ("jdk/internal/oa/Wasi", "write", "(I[BII)I") => Write,
        ("jdk/internal/oa/Wasi", "read", "(I[BII)I") => Read,
        ("jdk/internal/oa/Wasi", "exit", "(I)V") => Exit,
        _ => return None,
    })
}

/// The WASI functions the module imports, in this order: they come first in
/// the module's function index space.
pub const IMPORTS: [(&str, &[ValType], &[ValType]); 3] = [
    ("fd_write", &[ValType::I32; 4], &[ValType::I32]),
    ("fd_read", &[ValType::I32; 4], &[ValType::I32]),
    ("proc_exit", &[ValType::I32], &[]),
];
const FD_WRITE: u32 = 0;
const FD_READ: u32 = 1;
const PROC_EXIT: u32 = 2;

/// The module's linear memory holds only what WASI calls take: an iovec at
/// 0, the count at 8, and the bytes in transit from `BUFFER`.
const IOVEC: i32 = 0;
const COUNT: i32 = 8;
const BUFFER: i32 = 16;
pub const BUFFER_SIZE: i32 = 65536 - BUFFER;

fn mem(offset: u64, align: u32) -> MemArg {
    MemArg {
        offset,
        align,
        target: MemArgTarget::Memory(0),
        ordering: None,
    }
}

/// What native bodies refer to in the module.
pub struct Context {
    /// The global the identity hashes come from.
    pub hash_state: u32,
    /// The struct type of `java.lang.Class`, when it is compiled.
    pub class: Option<u32>,
    /// The function of [`INTERN`], when it is compiled (reaching
    /// `String.intern` reaches it).
    pub intern: Option<u32>,
}

/// The function body; its parameters are the method's (the receiver first
/// for an instance method).
pub fn body(native: Native, results: &[ValType], context: &Context) -> Function {
    use Native::*;
    let mut f;
    match native {
        Nothing => f = Function::new([]),
        I32(v) => {
            f = Function::new([]);
            f.instruction(&I::I32Const(v));
        }
        I64(v) => {
            f = Function::new([]);
            f.instruction(&I::I64Const(v));
        }
        Null => {
            f = Function::new([]);
            if let Some(ValType::Ref(r)) = results.first() {
                f.instruction(&I::RefNull(r.heap_type));
            }
        }
        FloatToRawIntBits | IntBitsToFloat | DoubleToRawLongBits | LongBitsToDouble | Sqrt => {
            f = Function::new([]);
            f.instruction(&I::LocalGet(0));
            f.instruction(&match native {
                FloatToRawIntBits => I::I32ReinterpretF32,
                IntBitsToFloat => I::F32ReinterpretI32,
                DoubleToRawLongBits => I::I64ReinterpretF64,
                LongBitsToDouble => I::F64ReinterpretI64,
                _ => I::F64Sqrt,
            });
        }
        IdentityHash => f = identity_hash(context.hash_state),
        GetClass => {
            // An object without a class entry (an array, for now) stops the
            // run here rather than answer wrongly.
            f = Function::new([]);
            f.instruction(&I::LocalGet(0));
            f.instruction(&I::RefAsNonNull);
            f.instruction(&I::StructGet {
                struct_type_index: layout::OBJECT,
                field_index: layout::VTABLE,
            });
            f.instruction(&I::StructGet {
                struct_type_index: layout::VT_OBJECT,
                field_index: layout::VT_CLASS,
            });
            f.instruction(&I::RefAsNonNull);
            f.instruction(&I::CallRef(layout::CLASS_FN));
            if let Some(class) = context.class {
                f.instruction(&I::RefCastNullable(wasm_encoder::HeapType::Concrete(class)));
            }
        }
        ArrayCopy => f = array_copy(),
        Write | Read => f = transfer(native == Write),
        Intern => {
            f = Function::new([]);
            match context.intern {
                Some(intern) => {
                    f.instruction(&I::LocalGet(0));
                    f.instruction(&I::Call(intern));
                }
                None => {
                    f.instruction(&I::Unreachable);
                }
            }
        }
        Exit => {
            f = Function::new([]);
            f.instruction(&I::LocalGet(0));
            f.instruction(&I::Call(PROC_EXIT));
        }
    }
    f.instruction(&I::End);
    f
}

/// A nonzero hash, kept in the object's header once made. The numbers come
/// from a xorshift generator, as HotSpot's do (their values differ: no
/// program can rely on them).
fn identity_hash(state: u32) -> Function {
    let mut f = Function::new_with_locals_types([ValType::I32]);
    let h = 1;
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::RefIsNull);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::I32Const(0));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::StructGet {
        struct_type_index: layout::OBJECT,
        field_index: layout::HASH,
    });
    f.instruction(&I::LocalTee(h));
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::LocalGet(h));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    for (shift, op) in [(13, I::I32Shl), (17, I::I32ShrU), (5, I::I32Shl)] {
        f.instruction(&I::GlobalGet(state));
        f.instruction(&I::GlobalGet(state));
        f.instruction(&I::I32Const(shift));
        f.instruction(&op);
        f.instruction(&I::I32Xor);
        f.instruction(&I::GlobalSet(state));
    }
    f.instruction(&I::GlobalGet(state));
    f.instruction(&I::I32Const(0x7fff_ffff));
    f.instruction(&I::I32And);
    f.instruction(&I::LocalTee(h));
    f.instruction(&I::I32Eqz);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::I32Const(1));
    f.instruction(&I::LocalSet(h));
    f.instruction(&I::End);
    f.instruction(&I::LocalGet(0));
    f.instruction(&I::LocalGet(h));
    f.instruction(&I::StructSet {
        struct_type_index: layout::OBJECT,
        field_index: layout::HASH,
    });
    f.instruction(&I::LocalGet(h));
    f
}

/// `arraycopy(src, srcPos, dest, destPos, length)`: both arrays of the same
/// kind, every index in bounds, then one `array.copy` (which copies as if
/// through a temporary, as Java's does when the arrays are the same).
/// A null, a kind mismatch or an index out of bounds stops the run.
fn array_copy() -> Function {
    let (src, src_pos, dst, dst_pos, len) = (0, 1, 2, 3, 4);
    let mut f = Function::new([]);
    f.instruction(&I::LocalGet(len));
    f.instruction(&I::LocalGet(src_pos));
    f.instruction(&I::I32Or);
    f.instruction(&I::LocalGet(dst_pos));
    f.instruction(&I::I32Or);
    f.instruction(&I::I32Const(0));
    f.instruction(&I::I32LtS);
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::Unreachable);
    f.instruction(&I::End);
    for elem in ELEMS {
        let array = wasm_encoder::HeapType::Concrete(layout::array_type(elem));
        let data = layout::data_type(elem);
        f.instruction(&I::LocalGet(src));
        f.instruction(&I::RefTestNonNull(array));
        f.instruction(&I::If(BlockType::Empty));
        // dest[destPos..destPos+len] = src[srcPos..srcPos+len]
        f.instruction(&I::LocalGet(dst));
        f.instruction(&I::RefCastNonNull(array));
        f.instruction(&I::StructGet {
            struct_type_index: layout::array_type(elem),
            field_index: layout::ARRAY_DATA,
        });
        f.instruction(&I::LocalGet(dst_pos));
        f.instruction(&I::LocalGet(src));
        f.instruction(&I::RefCastNonNull(array));
        f.instruction(&I::StructGet {
            struct_type_index: layout::array_type(elem),
            field_index: layout::ARRAY_DATA,
        });
        f.instruction(&I::LocalGet(src_pos));
        f.instruction(&I::LocalGet(len));
        // array.copy traps when a range is out of bounds.
        f.instruction(&I::ArrayCopy {
            array_type_index_dst: data,
            array_type_index_src: data,
        });
        f.instruction(&I::Return);
        f.instruction(&I::End);
    }
    f.instruction(&I::Unreachable);
    f
}

/// `write(fd, b, off, len)` or `read(fd, b, off, len)` through the buffer in
/// linear memory: at most `BUFFER_SIZE` bytes at a time; the count moved, or
/// -1 on an error.
fn transfer(write: bool) -> Function {
    let (fd, bytes, off, len) = (0, 1, 2, 3);
    let (n, i, data) = (4, 5, 6);
    let mut f = Function::new_with_locals_types([
        ValType::I32,
        ValType::I32,
        layout::nullable(layout::data_type(Elem::I8)),
    ]);
    let i8_array = layout::array_type(Elem::I8);
    let i8_data = layout::data_type(Elem::I8);
    f.instruction(&I::LocalGet(bytes));
    f.instruction(&I::StructGet {
        struct_type_index: i8_array,
        field_index: layout::ARRAY_DATA,
    });
    f.instruction(&I::LocalSet(data));
    // n = min(len, BUFFER_SIZE)
    f.instruction(&I::LocalGet(len));
    f.instruction(&I::I32Const(BUFFER_SIZE));
    f.instruction(&I::LocalGet(len));
    f.instruction(&I::I32Const(BUFFER_SIZE));
    f.instruction(&I::I32LtU);
    f.instruction(&I::Select);
    f.instruction(&I::LocalSet(n));
    let copy = |f: &mut Function, to_memory: bool| {
        f.instruction(&I::I32Const(0));
        f.instruction(&I::LocalSet(i));
        f.instruction(&I::Block(BlockType::Empty));
        f.instruction(&I::Loop(BlockType::Empty));
        f.instruction(&I::LocalGet(i));
        f.instruction(&I::LocalGet(n));
        f.instruction(&I::I32GeU);
        f.instruction(&I::BrIf(1));
        if to_memory {
            f.instruction(&I::LocalGet(i));
            f.instruction(&I::LocalGet(data));
            f.instruction(&I::LocalGet(off));
            f.instruction(&I::LocalGet(i));
            f.instruction(&I::I32Add);
            f.instruction(&I::ArrayGetU(i8_data));
            f.instruction(&I::I32Store8(mem(BUFFER as u64, 0)));
        } else {
            f.instruction(&I::LocalGet(data));
            f.instruction(&I::LocalGet(off));
            f.instruction(&I::LocalGet(i));
            f.instruction(&I::I32Add);
            f.instruction(&I::LocalGet(i));
            f.instruction(&I::I32Load8U(mem(BUFFER as u64, 0)));
            f.instruction(&I::ArraySet(i8_data));
        }
        f.instruction(&I::LocalGet(i));
        f.instruction(&I::I32Const(1));
        f.instruction(&I::I32Add);
        f.instruction(&I::LocalSet(i));
        f.instruction(&I::Br(0));
        f.instruction(&I::End);
        f.instruction(&I::End);
    };
    if write {
        copy(&mut f, true);
    }
    // iovec { buf: BUFFER, len: n }
    f.instruction(&I::I32Const(IOVEC));
    f.instruction(&I::I32Const(BUFFER));
    f.instruction(&I::I32Store(mem(0, 2)));
    f.instruction(&I::I32Const(IOVEC));
    f.instruction(&I::LocalGet(n));
    f.instruction(&I::I32Store(mem(4, 2)));
    f.instruction(&I::LocalGet(fd));
    f.instruction(&I::I32Const(IOVEC));
    f.instruction(&I::I32Const(1));
    f.instruction(&I::I32Const(COUNT));
    f.instruction(&I::Call(if write { FD_WRITE } else { FD_READ }));
    f.instruction(&I::If(BlockType::Empty));
    f.instruction(&I::I32Const(-1));
    f.instruction(&I::Return);
    f.instruction(&I::End);
    f.instruction(&I::I32Const(COUNT));
    f.instruction(&I::I32Load(mem(0, 2)));
    f.instruction(&I::LocalSet(n));
    if !write {
        copy(&mut f, false);
    }
    f.instruction(&I::LocalGet(n));
    f
}
