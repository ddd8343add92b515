//! One method's bytecode to one WebAssembly function.
//!
//! The JVM and WebAssembly are both stack machines with the same operand order,
//! so within a basic block most opcodes become one instruction on the same
//! stack. Values still on the stack at the end of a block (the result of `?:`)
//! go through locals, one per stack depth and type; the JVM's stack-shuffling
//! opcodes (`dup_x1`, `swap`...) go through temporaries. Blocks are laid out by
//! the dominator-tree method of Ramsey's "Beyond Relooper" (ICFP 2022): a loop
//! header opens a `loop`, each block that several forward edges reach follows
//! the end of a `block` opened in its immediate dominator, and every other
//! block is placed at its only incoming edge.

use crate::cfg::{Cfg, Handler};
use crate::error::Unsupported;
use crate::frames::{State, Vt};
use crate::jtype::{Signature, Ty};
use crate::layout::{self, Elem};
use cafebabe::bytecode::Opcode;
use cafebabe::constant_pool::{LiteralConstant, Loadable, MemberRef};
use std::collections::HashMap;
use wasm_encoder::{BlockType, Function, Instruction as I, ValType};

/// What a method's code may refer to outside itself.
pub trait Env {
    /// The WebAssembly type that holds a value of `ty`.
    fn valtype(&self, ty: &Ty) -> ValType;
    /// The function for a static method and the class that declares it, or
    /// why there is none.
    fn static_method(&self, class: &str, name: &str, descriptor: &str) -> Result<(u32, String), Unsupported>;
    /// The global holding a static field, the field's type and the class that
    /// declares it.
    fn static_field(&self, class: &str, name: &str) -> Result<(u32, Ty, String), Unsupported>;
    /// The global that says whether `class` is initialised, and the function
    /// that initialises it, for classes that need initialising.
    fn initializer(&self, class: &str) -> Option<(u32, u32)>;
    fn helper(&self, helper: Helper) -> u32;
    /// A function that allocates a `dims`-dimensional array of type `ty`.
    fn multi_array(&self, ty: &Ty, dims: u8) -> u32;
    /// The function that gives the string constant with this UTF-16 text.
    fn string(&self, text: &[u16]) -> Result<u32, Unsupported>;
    /// The struct type of a class compiled here.
    fn class_struct(&self, class: &str) -> Option<u32>;
    /// An instance field: the struct type it is read through, its index, its type.
    fn field(&self, class: &str, name: &str) -> Result<(u32, u32, Ty), Unsupported>;
    /// The function that allocates an object of `class`, its fields zero.
    fn allocator(&self, class: &str) -> Result<u32, Unsupported>;
    /// How to call an instance method.
    fn invoke(&self, special: bool, class: &str, name: &str, descriptor: &str) -> Result<Call, Unsupported>;
    /// How to call an interface method.
    fn invoke_interface(&self, interface: &str, name: &str, descriptor: &str) -> Result<Call, Unsupported>;
    /// The id of an interface compiled here.
    fn interface_id(&self, interface: &str) -> Option<i32>;
    /// The function (`() -> (ref null $Object)`) that gives a type's class
    /// object.
    fn class_object(&self, ty: &Ty) -> Result<u32, Unsupported>;
    /// The offset `Unsafe` gives a field: a number the accessors recognise.
    fn field_offset(&self, class: &str, name: &str) -> Result<i64, Unsupported>;
    /// The function that accesses a value at an offset (`Unsafe`'s and
    /// `VarHandle`'s accessors): `(object, offset: i64, values...)`.
    fn offset_access(&self, access: crate::natives::Access, elem: Elem) -> u32;
    /// A `VarHandle` as the compiler makes them: its allocator, struct type and
    /// the index of its `oaOffset` field.
    fn var_handle(&self) -> Result<(u32, u32, u32), Unsupported>;
}

const VAR_HANDLE: &str = "java/lang/invoke/VarHandle";
const LOOKUP: &str = "java/lang/invoke/MethodHandles$Lookup";

/// A throwing operation as a call: how, the class to initialise first, its
/// arguments and receiver in temporaries, and its result.
type ProtectedCall = (Call, Option<String>, Vec<(Vt, u32)>, Option<u32>, Option<Vt>);

/// A call's signature, its arguments in temporaries (top first, with their
/// types) and its receiver's temporary.
type StagedCall = (Signature, Vec<(Vt, u32)>, Option<u32>);

/// An instance method call.
#[derive(Debug, Clone, Copy)]
pub enum Call {
    /// The one implementation any receiver can have.
    Direct(u32),
    /// Through the receiver's vtable: its class's struct and vtable types, the
    /// slot's field in the vtable, and the slot's function type.
    Virtual {
        class_struct: u32,
        vtable_type: u32,
        slot: u32,
        functype: u32,
    },
    /// Through the receiver's interface table: the selector's number there and
    /// its function type (which takes the receiver as `Object`).
    Interface { color: u32, functype: u32 },
    /// `Object`'s constructor, which does nothing.
    Nothing,
}

/// Operations kept out of line in shared functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Helper {
    IntDiv,
    IntRem,
    LongDiv,
    LongRem,
    /// A primitive array of a non-negative length: `(len) -> array`.
    NewArray(Elem),
    /// `(object, interface id) -> i32`: whether a non-null object implements it.
    Implements,
    /// `(object, interface id) -> object`: the object, if null or implementing it.
    CastInterface,
    /// `(array) -> array`: a shallow copy, as `clone()` of an array makes.
    CloneArray(Elem),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Slot(u16),
    Stack(usize),
    Temp(usize),
}

#[derive(Debug, Clone, Copy)]
enum Frame {
    /// A `block` whose end the given block follows.
    Block(usize),
    /// A `loop` headed by the given block.
    Loop(usize),
    /// `if`/`else` and the blocks of a switch: never a branch target by name.
    Other,
}

pub struct Method<'m> {
    pub class: &'m str,
    /// For an instance method, the type of the function's first parameter:
    /// the class that introduced the method's vtable slot, or this class.
    pub this_param: Option<ValType>,
    pub signature: &'m Signature,
    pub opcodes: &'m [(usize, Opcode<'m>)],
    pub entry: State,
    pub frames: HashMap<usize, State>,
    pub handlers: Vec<Handler>,
}

/// The module's one exception tag: a Java exception, carried as an Object.
pub const EXCEPTION_TAG: u32 = 0;

pub fn lower(env: &dyn Env, method: &Method) -> Result<Function, Unsupported> {
    let opcodes = method.opcodes;
    let resolve = |offset: usize, jump: i32| {
        let target = usize::try_from(offset as i64 + jump as i64).ok()?;
        opcodes.binary_search_by_key(&target, |(o, _)| *o).ok()
    };
    let cfg = Cfg::build(opcodes, &resolve, &method.handlers)
        .map_err(|e| Unsupported::new(format!("control flow: {e:?}")))?;
    let mut lower = Lower {
        env,
        method,
        cfg,
        locals: HashMap::new(),
        local_types: Vec::new(),
        code: Vec::new(),
        ctx: Vec::new(),
        entry: Vec::new(),
        state: State::default(),
    };
    lower.entry = vec![None; lower.cfg.blocks.len()];
    lower.entry[0] = Some(method.entry.clone());
    // Parameters are the function's first locals.
    let mut slot = 0u16;
    let mut prologue = None;
    if let Some(this_param) = method.this_param {
        lower.local_types.push(this_param);
        let own = env.valtype(&Ty::Class(method.class.to_string()));
        if own == this_param {
            lower.locals.insert((Key::Slot(0), own), 0);
        } else {
            // An override receives `this` as the class that introduced the slot.
            prologue = Some(own);
        }
        slot = 1;
    }
    for param in &method.signature.params {
        let index = lower.local_types.len() as u32;
        let vt = env.valtype(param);
        lower.local_types.push(vt);
        lower.locals.insert((Key::Slot(slot), vt), index);
        slot += param.slots();
    }
    let params = lower.local_types.len();
    if let Some(own) = prologue {
        let local = lower.local(Key::Slot(0), own);
        let ValType::Ref(r) = own else {
            unreachable!("this is a reference")
        };
        lower.emit(I::LocalGet(0));
        lower.emit(I::RefCastNullable(r.heap_type));
        lower.emit(I::LocalSet(local));
    }
    lower.do_tree(0)?;
    // Every path ends in a branch or a return; the validator wants the end typed.
    lower.code.push(I::Unreachable);
    lower.code.push(I::End);
    let mut function = Function::new_with_locals_types(lower.local_types[params..].iter().copied());
    for instruction in &lower.code {
        function.instruction(instruction);
    }
    Ok(function)
}

struct Lower<'e, 'm> {
    env: &'e dyn Env,
    method: &'m Method<'m>,
    cfg: Cfg,
    locals: HashMap<(Key, ValType), u32>,
    local_types: Vec<ValType>,
    code: Vec<I<'static>>,
    ctx: Vec<Frame>,
    entry: Vec<Option<State>>,
    /// The current block's state while its opcodes are translated.
    state: State,
}

fn literal(l: &Loadable) -> Result<(I<'static>, Vt), Unsupported> {
    match l {
        Loadable::LiteralConstant(LiteralConstant::Integer(v)) => Ok((I::I32Const(*v), Vt::Int)),
        Loadable::LiteralConstant(LiteralConstant::Long(v)) => Ok((I::I64Const(*v), Vt::Long)),
        Loadable::LiteralConstant(LiteralConstant::Float(v)) => Ok((I::F32Const((*v).into()), Vt::Float)),
        Loadable::LiteralConstant(LiteralConstant::Double(v)) => Ok((I::F64Const((*v).into()), Vt::Double)),
        Loadable::LiteralConstant(LiteralConstant::String(_) | LiteralConstant::StringBytes(_)) => {
            Err(Unsupported::new("string constants"))
        }
        Loadable::ClassInfo(name) => Err(Unsupported::new(format!("class literal {name}"))),
        _ => Err(Unsupported::new("method handles and dynamic constants")),
    }
}

impl Lower<'_, '_> {
    fn vt_valtype(&self, vt: &Vt) -> ValType {
        match vt {
            Vt::Int => ValType::I32,
            Vt::Long => ValType::I64,
            Vt::Float => ValType::F32,
            Vt::Double => ValType::F64,
            Vt::Null => layout::null_type(),
            Vt::Ref(ty) => self.env.valtype(ty),
        }
    }

    fn local(&mut self, key: Key, vt: ValType) -> u32 {
        if let Some(&index) = self.locals.get(&(key, vt)) {
            return index;
        }
        let index = self.local_types.len() as u32;
        self.local_types.push(vt);
        self.locals.insert((key, vt), index);
        index
    }

    fn emit(&mut self, instruction: I<'static>) {
        self.code.push(instruction);
    }

    fn push(&mut self, vt: Vt) {
        self.state.stack.push(vt);
    }

    fn pop(&mut self) -> Result<Vt, Unsupported> {
        self.state
            .stack
            .pop()
            .ok_or_else(|| Unsupported::new("operand stack underflow"))
    }

    fn offset(&self, block: usize) -> usize {
        self.method.opcodes[self.cfg.blocks[block].start].0
    }

    fn depth_of(&self, wanted: impl Fn(&Frame) -> bool) -> Result<u32, Unsupported> {
        self.ctx
            .iter()
            .rev()
            .position(wanted)
            .map(|d| d as u32)
            .ok_or_else(|| Unsupported::new("a branch with no enclosing target"))
    }

    fn do_tree(&mut self, x: usize) -> Result<(), Unsupported> {
        let merges: Vec<usize> = self
            .cfg
            .dominated_children(x)
            .into_iter()
            .filter(|&c| self.cfg.is_merge(c))
            .collect();
        if self.cfg.is_loop_header(x) {
            self.emit(I::Loop(BlockType::Empty));
            self.ctx.push(Frame::Loop(x));
            self.node_within(x, &merges)?;
            self.ctx.pop();
            self.emit(I::End);
            Ok(())
        } else {
            self.node_within(x, &merges)
        }
    }

    fn node_within(&mut self, x: usize, merges: &[usize]) -> Result<(), Unsupported> {
        match merges.split_last() {
            // The merge latest in reverse postorder follows the outermost block.
            Some((&y, rest)) => {
                self.emit(I::Block(BlockType::Empty));
                self.ctx.push(Frame::Block(y));
                self.node_within(x, rest)?;
                self.ctx.pop();
                self.emit(I::End);
                self.do_tree(y)
            }
            None => self.block_code(x),
        }
    }

    /// Moves values from the exit state of a block to what `to` expects, then
    /// branches there (or places `to` here, if this is its only way in).
    fn do_branch(&mut self, exit: &State, from: usize, to: usize) -> Result<(), Unsupported> {
        let offset = self.offset(to);
        let target = match self.method.frames.get(&offset) {
            Some(frame) => {
                self.coerce(exit, frame)?;
                frame.clone()
            }
            None => exit.clone(),
        };
        if self.entry[to].is_none() {
            self.entry[to] = Some(target);
        }
        if self.cfg.is_back_edge(from, to) {
            let depth = self.depth_of(|f| matches!(f, Frame::Loop(h) if *h == to))?;
            self.emit(I::Br(depth));
        } else if self.cfg.is_merge(to) {
            let depth = self.depth_of(|f| matches!(f, Frame::Block(y) if *y == to))?;
            self.emit(I::Br(depth));
        } else {
            self.do_tree(to)?;
        }
        Ok(())
    }

    /// Copies locals and spilled stack values whose WebAssembly type differs
    /// between the two states (a subclass where the frame names its superclass).
    fn coerce(&mut self, from: &State, to: &State) -> Result<(), Unsupported> {
        if from.stack.len() != to.stack.len() {
            return Err(Unsupported::new("stack heights disagree at a branch"));
        }
        for (slot, wanted) in to.locals.iter().enumerate() {
            let (Some(wanted), Some(Some(have))) = (wanted, from.locals.get(slot)) else {
                continue;
            };
            let (src, dst) = (self.vt_valtype(have), self.vt_valtype(wanted));
            if src != dst {
                let src = self.local(Key::Slot(slot as u16), src);
                let dst = self.local(Key::Slot(slot as u16), dst);
                self.emit(I::LocalGet(src));
                self.emit(I::LocalSet(dst));
            }
        }
        for (depth, (have, wanted)) in from.stack.iter().zip(&to.stack).enumerate() {
            let (src, dst) = (self.vt_valtype(have), self.vt_valtype(wanted));
            if src != dst {
                let src = self.local(Key::Stack(depth), src);
                let dst = self.local(Key::Stack(depth), dst);
                self.emit(I::LocalGet(src));
                self.emit(I::LocalSet(dst));
            }
        }
        Ok(())
    }

    /// Stores the whole operand stack in its locals (top first).
    fn spill(&mut self) {
        for depth in (0..self.state.stack.len()).rev() {
            let vt = self.vt_valtype(&self.state.stack[depth]);
            let local = self.local(Key::Stack(depth), vt);
            self.emit(I::LocalSet(local));
        }
    }

    /// Pops `count` values into temporaries and returns them, top first.
    fn stash(&mut self, count: usize) -> Result<Vec<(Vt, u32)>, Unsupported> {
        self.stash_from(0, count)
    }

    /// As `stash`, into the temporaries numbered from `first`.
    fn stash_from(&mut self, first: usize, count: usize) -> Result<Vec<(Vt, u32)>, Unsupported> {
        let mut out = Vec::new();
        for i in first..first + count {
            let vt = self.pop()?;
            let local = self.local(Key::Temp(i), self.vt_valtype(&vt));
            self.emit(I::LocalSet(local));
            out.push((vt, local));
        }
        Ok(out)
    }

    /// Pops the values `popped` (top first) and pushes them again in `order`
    /// (bottom first, as indices into `popped`): the JVM's `dup` family.
    fn shuffle(&mut self, count: usize, order: &[usize]) -> Result<(), Unsupported> {
        let values = self.stash(count)?;
        for &i in order {
            self.emit(I::LocalGet(values[i].1));
            self.push(values[i].0.clone());
        }
        Ok(())
    }

    fn block_code(&mut self, b: usize) -> Result<(), Unsupported> {
        let mut state = self.entry[b]
            .clone()
            .ok_or_else(|| Unsupported::new("a block entered before its state"))?;
        // Values the block starts with come from their locals.
        for (depth, vt) in state.stack.iter().enumerate() {
            let local = self.local(Key::Stack(depth), self.vt_valtype(vt));
            self.code.push(I::LocalGet(local));
        }
        std::mem::swap(&mut self.state, &mut state);
        let (start, end) = (self.cfg.blocks[b].start, self.cfg.blocks[b].end);
        let opcodes = self.method.opcodes;
        let mut i = start;
        while i < end {
            let op = &opcodes[i].1;
            let last = i + 1 == end;
            // A comparison that only feeds the block's conditional jump becomes
            // one WebAssembly comparison.
            if i + 2 == end
                && matches!(
                    op,
                    Opcode::Lcmp | Opcode::Fcmpl | Opcode::Fcmpg | Opcode::Dcmpl | Opcode::Dcmpg
                )
            {
                if let Some(cond) = zero_condition(&opcodes[end - 1].1) {
                    self.pop()?;
                    self.pop()?;
                    self.fused_compare(op, cond);
                    return self.conditional(b);
                }
            }
            // `lookup.findVarHandle(X.class, "f", T.class)`: a handle on the
            // field's offset (the lookup, always null here, is dropped).
            if i + 3 < end {
                if let (
                    Opcode::Ldc(Loadable::ClassInfo(class)) | Opcode::LdcW(Loadable::ClassInfo(class)),
                    Opcode::Ldc(Loadable::LiteralConstant(LiteralConstant::String(field)))
                    | Opcode::LdcW(Loadable::LiteralConstant(LiteralConstant::String(field))),
                    Opcode::Getstatic(_) | Opcode::Ldc(Loadable::ClassInfo(_)) | Opcode::LdcW(Loadable::ClassInfo(_)),
                    Opcode::Invokevirtual(m),
                ) = (op, &opcodes[i + 1].1, &opcodes[i + 2].1, &opcodes[i + 3].1)
                {
                    if m.class_name == LOOKUP && m.name_and_type.name == "findVarHandle" {
                        let offset = self.env.field_offset(class, field)?;
                        self.pop()?;
                        self.emit(I::Drop);
                        self.new_var_handle(offset)?;
                        i += 4;
                        continue;
                    }
                }
            }
            // `MethodHandles.arrayElementVarHandle(X[].class)`: offsets are indices.
            if i + 1 < end {
                if let (
                    Opcode::Ldc(Loadable::ClassInfo(_)) | Opcode::LdcW(Loadable::ClassInfo(_)),
                    Opcode::Invokestatic(m),
                ) = (op, &opcodes[i + 1].1)
                {
                    if m.class_name == "java/lang/invoke/MethodHandles"
                        && m.name_and_type.name == "arrayElementVarHandle"
                    {
                        self.new_var_handle(-1)?;
                        i += 2;
                        continue;
                    }
                }
            }
            if let Opcode::Invokestatic(m) = op {
                // No lookup object is made: the handles it finds are made above.
                if m.class_name == "java/lang/invoke/MethodHandles" && m.name_and_type.name == "lookup" {
                    let lookup = Ty::Class(LOOKUP.into());
                    let ValType::Ref(r) = self.env.valtype(&lookup) else {
                        unreachable!("a reference")
                    };
                    self.emit(I::RefNull(r.heap_type));
                    self.push(Vt::Ref(lookup));
                    i += 1;
                    continue;
                }
            }
            if let Opcode::Invokevirtual(m) = op {
                if m.class_name == VAR_HANDLE {
                    if let Some(access) = crate::natives::var_handle_access(&m.name_and_type.name) {
                        self.var_handle_call(m, access)?;
                        i += 1;
                        continue;
                    }
                }
            }
            // `U.objectFieldOffset(X.class, "f")`: the field's offset, known
            // here (the receiver is dropped).
            if i + 2 < end {
                if let (
                    Opcode::Ldc(Loadable::ClassInfo(class)) | Opcode::LdcW(Loadable::ClassInfo(class)),
                    Opcode::Ldc(Loadable::LiteralConstant(LiteralConstant::String(field)))
                    | Opcode::LdcW(Loadable::LiteralConstant(LiteralConstant::String(field))),
                    Opcode::Invokevirtual(m),
                ) = (op, &opcodes[i + 1].1, &opcodes[i + 2].1)
                {
                    if m.class_name == "jdk/internal/misc/Unsafe"
                        && m.name_and_type.name == "objectFieldOffset"
                        && m.name_and_type.descriptor == "(Ljava/lang/Class;Ljava/lang/String;)J"
                    {
                        let offset = self.env.field_offset(class, field)?;
                        self.pop()?;
                        self.emit(I::Drop);
                        self.emit(I::I64Const(offset));
                        self.push(Vt::Long);
                        i += 3;
                        continue;
                    }
                }
            }
            // `ensureClassInitialized(X.class)` is X's initialisation (see
            // `reach::ensures_initialized`).
            if i + 1 < end {
                if let Some(class) = crate::reach::ensures_initialized(opcodes, i + 1) {
                    self.initialize(class);
                    i += 2;
                    continue;
                }
            }
            if last && !self.cfg.blocks[b].exceptional.is_empty() {
                return self.protected(b, op);
            }
            if last && self.terminator(b, op)? {
                return Ok(());
            }
            self.opcode(op)?;
            i += 1;
        }
        // Fell into the next block.
        let exit = self.state.clone();
        self.spill();
        let next = self.cfg.blocks[b].succs[0];
        if self.cfg.blocks[b].exceptional.is_empty() {
            return self.do_branch(&exit, b, next);
        }
        // A protected block whose call was compiled to code that cannot
        // throw (a VarHandle made here): its handlers still get their entry,
        // from a dispatch nothing reaches.
        let object = layout::nullable(layout::OBJECT);
        let exception = self.local(Key::Temp(usize::MAX), object);
        let at_throw = State {
            locals: exit.locals.clone(),
            stack: Vec::new(),
        };
        self.emit(I::Block(BlockType::Result(object)));
        self.ctx.push(Frame::Other);
        self.do_branch(&exit, b, next)?;
        self.emit(I::Unreachable);
        self.ctx.pop();
        self.emit(I::End);
        self.emit(I::LocalSet(exception));
        self.dispatch(b, &at_throw, exception)
    }

    /// Handles a block's last opcode if it transfers control; false otherwise.
    fn terminator(&mut self, b: usize, op: &Opcode) -> Result<bool, Unsupported> {
        use Opcode::*;
        match op {
            Goto(_) => {
                let exit = self.state.clone();
                self.spill();
                let to = self.cfg.blocks[b].succs[0];
                self.do_branch(&exit, b, to)?;
            }
            Ireturn | Lreturn | Freturn | Dreturn | Areturn | Return => self.emit(I::Return),
            Ifeq(_) | Ifne(_) | Iflt(_) | Ifge(_) | Ifgt(_) | Ifle(_) => {
                self.pop()?;
                match op {
                    Ifeq(_) => self.emit(I::I32Eqz),
                    Ifne(_) => {}
                    _ => {
                        self.emit(I::I32Const(0));
                        self.emit(int_compare(op));
                    }
                }
                self.conditional(b)?;
            }
            IfIcmpeq(_) | IfIcmpne(_) | IfIcmplt(_) | IfIcmpge(_) | IfIcmpgt(_) | IfIcmple(_) => {
                self.pop()?;
                self.pop()?;
                self.emit(int_compare(op));
                self.conditional(b)?;
            }
            IfAcmpeq(_) | IfAcmpne(_) => {
                self.pop()?;
                self.pop()?;
                self.emit(I::RefEq);
                if matches!(op, IfAcmpne(_)) {
                    self.emit(I::I32Eqz);
                }
                self.conditional(b)?;
            }
            Ifnull(_) | Ifnonnull(_) => {
                self.pop()?;
                self.emit(I::RefIsNull);
                if matches!(op, Ifnonnull(_)) {
                    self.emit(I::I32Eqz);
                }
                self.conditional(b)?;
            }
            Tableswitch(table) => {
                self.pop()?;
                let value = self.stash_condition()?;
                let cases = vec![Case::Index; table.jumps.len()];
                self.switch(b, value, Some(table.low), cases)?;
            }
            Lookupswitch(table) => {
                self.pop()?;
                let value = self.stash_condition()?;
                let cases = table.match_offsets.iter().map(|(key, _)| Case::Key(*key)).collect();
                self.switch(b, value, None, cases)?;
            }
            Athrow => {
                self.pop()?;
                self.emit(I::Throw(EXCEPTION_TAG));
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Keeps the i32 on top of the wasm stack in a temporary while the rest of
    /// the stack is spilled; returns the temporary.
    fn stash_condition(&mut self) -> Result<u32, Unsupported> {
        let temp = self.local(Key::Temp(0), ValType::I32);
        self.emit(I::LocalSet(temp));
        self.spill();
        Ok(temp)
    }

    /// The block ends in a two-way branch whose i32 condition is on top of the
    /// wasm stack (already popped from the JVM stack): true goes to the jump
    /// target, false falls through.
    fn conditional(&mut self, b: usize) -> Result<(), Unsupported> {
        if !self.state.stack.is_empty() {
            let temp = self.stash_condition()?;
            self.emit(I::LocalGet(temp));
        }
        let exit = self.state.clone();
        let succs = self.cfg.blocks[b].succs.clone();
        let (fall, jump) = (succs[0], succs[1]);
        self.emit(I::If(BlockType::Empty));
        self.ctx.push(Frame::Other);
        self.do_branch(&exit, b, jump)?;
        self.emit(I::Else);
        self.do_branch(&exit, b, fall)?;
        self.ctx.pop();
        self.emit(I::End);
        Ok(())
    }

    /// A switch on the i32 in `value` (the stack already spilled). Successors are
    /// the default, then one per case, in `cases` order.
    fn switch(&mut self, b: usize, value: u32, low: Option<i32>, cases: Vec<Case>) -> Result<(), Unsupported> {
        let exit = self.state.clone();
        let succs = self.cfg.blocks[b].succs.clone();
        match low {
            Some(low) => {
                // One block per case plus the default's: br_table picks the
                // block to leave, and after each block's end comes its branch.
                let n = cases.len();
                for _ in 0..=n {
                    self.emit(I::Block(BlockType::Empty));
                    self.ctx.push(Frame::Other);
                }
                self.emit(I::LocalGet(value));
                if low != 0 {
                    self.emit(I::I32Const(low));
                    self.emit(I::I32Sub);
                }
                let labels: Vec<u32> = (0..n as u32).collect();
                self.emit(I::BrTable(labels.into(), n as u32));
                for k in 0..n {
                    self.ctx.pop();
                    self.emit(I::End);
                    self.do_branch(&exit, b, succs[1 + k])?;
                }
                self.ctx.pop();
                self.emit(I::End);
                self.do_branch(&exit, b, succs[0])
            }
            None => {
                for (k, case) in cases.iter().enumerate() {
                    let Case::Key(key) = case else { unreachable!() };
                    self.emit(I::LocalGet(value));
                    self.emit(I::I32Const(*key));
                    self.emit(I::I32Eq);
                    self.emit(I::If(BlockType::Empty));
                    self.ctx.push(Frame::Other);
                    self.do_branch(&exit, b, succs[1 + k])?;
                    self.ctx.pop();
                    self.emit(I::End);
                }
                self.do_branch(&exit, b, succs[0])
            }
        }
    }

    fn fused_compare(&mut self, op: &Opcode, cond: Cond) {
        use Opcode::*;
        let (lt, le, gt, ge, eq, ne) = match op {
            Lcmp => (I::I64LtS, I::I64LeS, I::I64GtS, I::I64GeS, I::I64Eq, I::I64Ne),
            Fcmpl | Fcmpg => (I::F32Lt, I::F32Le, I::F32Gt, I::F32Ge, I::F32Eq, I::F32Ne),
            _ => (I::F64Lt, I::F64Le, I::F64Gt, I::F64Ge, I::F64Eq, I::F64Ne),
        };
        // With a NaN operand fcmpg/dcmpg give 1 and fcmpl/dcmpl give -1, so the
        // condition holds or fails as that value would decide it.
        let nan_is_greater = matches!(op, Fcmpg | Dcmpg);
        let (instruction, negate) = match (cond, nan_is_greater) {
            (Cond::Eq, _) => (eq, false),
            (Cond::Ne, _) => (ne, false),
            (Cond::Lt, true) => (lt, false),
            (Cond::Lt, false) => (ge, true),
            (Cond::Ge, true) => (lt, true),
            (Cond::Ge, false) => (ge, false),
            (Cond::Gt, true) => (le, true),
            (Cond::Gt, false) => (gt, false),
            (Cond::Le, true) => (le, false),
            (Cond::Le, false) => (gt, true),
        };
        // Long comparisons have no NaN: both tables agree for them.
        self.emit(instruction);
        if negate {
            self.emit(I::I32Eqz);
        }
    }

    fn opcode(&mut self, op: &Opcode) -> Result<(), Unsupported> {
        use Opcode::*;
        match op {
            Nop => {}
            AconstNull => {
                self.emit(I::RefNull(layout::none_heap()));
                self.push(Vt::Null);
            }
            IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 => {
                let v = match op {
                    IconstM1 => -1,
                    Iconst0 => 0,
                    Iconst1 => 1,
                    Iconst2 => 2,
                    Iconst3 => 3,
                    Iconst4 => 4,
                    _ => 5,
                };
                self.emit(I::I32Const(v));
                self.push(Vt::Int);
            }
            Bipush(v) => {
                self.emit(I::I32Const(*v as i32));
                self.push(Vt::Int);
            }
            Sipush(v) => {
                self.emit(I::I32Const(*v as i32));
                self.push(Vt::Int);
            }
            Lconst0 | Lconst1 => {
                self.emit(I::I64Const(if matches!(op, Lconst0) { 0 } else { 1 }));
                self.push(Vt::Long);
            }
            Fconst0 | Fconst1 | Fconst2 => {
                let v: f32 = match op {
                    Fconst0 => 0.0,
                    Fconst1 => 1.0,
                    _ => 2.0,
                };
                self.emit(I::F32Const(v.into()));
                self.push(Vt::Float);
            }
            Dconst0 | Dconst1 => {
                let v: f64 = if matches!(op, Dconst0) { 0.0 } else { 1.0 };
                self.emit(I::F64Const(v.into()));
                self.push(Vt::Double);
            }
            Ldc(Loadable::LiteralConstant(LiteralConstant::String(text)))
            | LdcW(Loadable::LiteralConstant(LiteralConstant::String(text))) => {
                let units: Vec<u16> = text.encode_utf16().collect();
                self.emit(I::Call(self.env.string(&units)?));
                self.push(Vt::Ref(Ty::Class("java/lang/String".into())));
            }
            Ldc(Loadable::LiteralConstant(LiteralConstant::StringBytes(bytes)))
            | LdcW(Loadable::LiteralConstant(LiteralConstant::StringBytes(bytes))) => {
                // Text that is not valid UTF-8 as Rust sees it: lone surrogates.
                let units = crate::classfile::decode_modified_utf8(bytes);
                self.emit(I::Call(self.env.string(&units)?));
                self.push(Vt::Ref(Ty::Class("java/lang/String".into())));
            }
            Ldc(Loadable::ClassInfo(name)) | LdcW(Loadable::ClassInfo(name)) => {
                let ty = Ty::parse(name).ok_or_else(|| Unsupported::new(format!("a malformed class name {name}")))?;
                let class = Ty::Class("java/lang/Class".into());
                self.emit(I::Call(self.env.class_object(&ty)?));
                if let ValType::Ref(r) = self.env.valtype(&class) {
                    self.emit(I::RefCastNullable(r.heap_type));
                }
                self.push(Vt::Ref(class));
            }
            Ldc(l) | LdcW(l) | Ldc2W(l) => {
                let (instruction, vt) = literal(l)?;
                self.emit(instruction);
                self.push(vt);
            }
            Iload(n) | Lload(n) | Fload(n) | Dload(n) | Aload(n) => {
                let vt = self
                    .state
                    .locals
                    .get(*n as usize)
                    .cloned()
                    .flatten()
                    .ok_or_else(|| Unsupported::new(format!("a read of dead local {n}")))?;
                let local = self.local(Key::Slot(*n), self.vt_valtype(&vt));
                self.emit(I::LocalGet(local));
                self.push(vt);
            }
            Istore(n) | Lstore(n) | Fstore(n) | Dstore(n) | Astore(n) => {
                let vt = self.pop()?;
                let local = self.local(Key::Slot(*n), self.vt_valtype(&vt));
                self.emit(I::LocalSet(local));
                let n = *n as usize;
                let wide = vt.is_wide();
                if self.state.locals.len() < n + 2 {
                    self.state.locals.resize(n + 2, None);
                }
                // A store into the second half of a wide value kills it.
                if n > 0 && self.state.locals[n - 1].as_ref().is_some_and(Vt::is_wide) {
                    self.state.locals[n - 1] = None;
                }
                self.state.locals[n] = Some(vt);
                if wide {
                    self.state.locals[n + 1] = None;
                }
            }
            Iinc(n, by) => {
                let local = self.local(Key::Slot(*n), ValType::I32);
                self.emit(I::LocalGet(local));
                self.emit(I::I32Const(*by as i32));
                self.emit(I::I32Add);
                self.emit(I::LocalSet(local));
            }
            Pop => {
                self.pop()?;
                self.emit(I::Drop);
            }
            Pop2 => {
                let top = self.pop()?;
                self.emit(I::Drop);
                if !top.is_wide() {
                    self.pop()?;
                    self.emit(I::Drop);
                }
            }
            Dup => self.shuffle(1, &[0, 0])?,
            DupX1 => self.shuffle(2, &[0, 1, 0])?,
            DupX2 => {
                if self.below_is_wide(1) {
                    self.shuffle(2, &[0, 1, 0])?
                } else {
                    self.shuffle(3, &[0, 2, 1, 0])?
                }
            }
            Dup2 => {
                if self.below_is_wide(0) {
                    self.shuffle(1, &[0, 0])?
                } else {
                    self.shuffle(2, &[1, 0, 1, 0])?
                }
            }
            Dup2X1 => {
                if self.below_is_wide(0) {
                    self.shuffle(2, &[0, 1, 0])?
                } else {
                    self.shuffle(3, &[1, 0, 2, 1, 0])?
                }
            }
            Dup2X2 => match (self.below_is_wide(0), self.below_is_wide(1), self.below_is_wide(2)) {
                (true, true, _) => self.shuffle(2, &[0, 1, 0])?,
                (true, false, _) => self.shuffle(3, &[0, 2, 1, 0])?,
                (false, _, true) => self.shuffle(3, &[1, 0, 2, 1, 0])?,
                _ => self.shuffle(4, &[1, 0, 3, 2, 1, 0])?,
            },
            Swap => self.shuffle(2, &[0, 1])?,
            Iadd | Isub | Imul | Iand | Ior | Ixor | Ishl | Ishr | Iushr => self.binary(
                Vt::Int,
                match op {
                    Iadd => I::I32Add,
                    Isub => I::I32Sub,
                    Imul => I::I32Mul,
                    Iand => I::I32And,
                    Ior => I::I32Or,
                    Ixor => I::I32Xor,
                    Ishl => I::I32Shl,
                    Ishr => I::I32ShrS,
                    _ => I::I32ShrU,
                },
            )?,
            Ladd | Lsub | Lmul | Land | Lor | Lxor => self.binary(
                Vt::Long,
                match op {
                    Ladd => I::I64Add,
                    Lsub => I::I64Sub,
                    Lmul => I::I64Mul,
                    Land => I::I64And,
                    Lor => I::I64Or,
                    _ => I::I64Xor,
                },
            )?,
            Lshl | Lshr | Lushr => {
                // The count is an int; WebAssembly masks it to six bits as Java does.
                self.emit(I::I64ExtendI32U);
                self.binary(
                    Vt::Long,
                    match op {
                        Lshl => I::I64Shl,
                        Lshr => I::I64ShrS,
                        _ => I::I64ShrU,
                    },
                )?
            }
            Fadd | Fsub | Fmul | Fdiv => self.binary(
                Vt::Float,
                match op {
                    Fadd => I::F32Add,
                    Fsub => I::F32Sub,
                    Fmul => I::F32Mul,
                    _ => I::F32Div,
                },
            )?,
            Dadd | Dsub | Dmul | Ddiv => self.binary(
                Vt::Double,
                match op {
                    Dadd => I::F64Add,
                    Dsub => I::F64Sub,
                    Dmul => I::F64Mul,
                    _ => I::F64Div,
                },
            )?,
            Idiv | Irem | Ldiv | Lrem => {
                let (helper, vt) = match op {
                    Idiv => (Helper::IntDiv, Vt::Int),
                    Irem => (Helper::IntRem, Vt::Int),
                    Ldiv => (Helper::LongDiv, Vt::Long),
                    _ => (Helper::LongRem, Vt::Long),
                };
                self.pop()?;
                self.pop()?;
                self.emit(I::Call(self.env.helper(helper)));
                self.push(vt);
            }
            Frem | Drem => return Err(Unsupported::new("floating-point remainder (%)")),
            Ineg => {
                self.emit(I::I32Const(-1));
                self.emit(I::I32Mul);
            }
            Lneg => {
                self.emit(I::I64Const(-1));
                self.emit(I::I64Mul);
            }
            Fneg => self.emit(I::F32Neg),
            Dneg => self.emit(I::F64Neg),
            I2l => self.convert(I::I64ExtendI32S, Vt::Long)?,
            I2f => self.convert(I::F32ConvertI32S, Vt::Float)?,
            I2d => self.convert(I::F64ConvertI32S, Vt::Double)?,
            L2i => self.convert(I::I32WrapI64, Vt::Int)?,
            L2f => self.convert(I::F32ConvertI64S, Vt::Float)?,
            L2d => self.convert(I::F64ConvertI64S, Vt::Double)?,
            // Java's casts to integers saturate and take NaN to 0, as these do.
            F2i => self.convert(I::I32TruncSatF32S, Vt::Int)?,
            F2l => self.convert(I::I64TruncSatF32S, Vt::Long)?,
            F2d => self.convert(I::F64PromoteF32, Vt::Double)?,
            D2i => self.convert(I::I32TruncSatF64S, Vt::Int)?,
            D2l => self.convert(I::I64TruncSatF64S, Vt::Long)?,
            D2f => self.convert(I::F32DemoteF64, Vt::Float)?,
            I2b => self.emit(I::I32Extend8S),
            I2s => self.emit(I::I32Extend16S),
            I2c => {
                self.emit(I::I32Const(0xffff));
                self.emit(I::I32And);
            }
            Lcmp | Fcmpl | Fcmpg | Dcmpl | Dcmpg => self.compare_value(op)?,
            Getstatic(member) => {
                let (global, ty) = self.static_field(member)?;
                self.emit(I::GlobalGet(global));
                self.push(Vt::of(&ty));
            }
            Putstatic(member) => {
                let (global, _) = self.static_field(member)?;
                self.pop()?;
                self.emit(I::GlobalSet(global));
            }
            Invokestatic(member) => {
                let signature = Signature::parse(&member.name_and_type.descriptor)
                    .ok_or_else(|| Unsupported::new("a malformed method descriptor"))?;
                let (function, declaring) = self.env.static_method(
                    &member.class_name,
                    &member.name_and_type.name,
                    &member.name_and_type.descriptor,
                )?;
                // The class that declares the method is initialised (JLS 12.4.1).
                if declaring != self.method.class {
                    self.initialize(&declaring);
                }
                for _ in &signature.params {
                    self.pop()?;
                }
                self.emit(I::Call(function));
                if let Some(ret) = &signature.ret {
                    self.push(Vt::of(ret));
                }
            }
            Newarray(primitive) => {
                use cafebabe::bytecode::PrimitiveArrayType as P;
                let element = match primitive {
                    P::Boolean => Ty::Boolean,
                    P::Byte => Ty::Byte,
                    P::Char => Ty::Char,
                    P::Short => Ty::Short,
                    P::Int => Ty::Int,
                    P::Long => Ty::Long,
                    P::Float => Ty::Float,
                    P::Double => Ty::Double,
                };
                self.new_array(element)?;
            }
            Anewarray(ty) => {
                let element = Ty::of_named(ty);
                self.new_array(element)?;
            }
            Multianewarray(ty, dims) => {
                let ty = Ty::of_named(ty);
                for _ in 0..*dims {
                    self.pop()?;
                }
                self.emit(I::Call(self.env.multi_array(&ty, *dims)));
                self.push(Vt::Ref(ty));
            }
            Arraylength => {
                let array = self.pop()?;
                let elem = self.array_elem(&array)?;
                self.emit(I::StructGet {
                    struct_type_index: layout::array_type(elem),
                    field_index: layout::ARRAY_DATA,
                });
                self.emit(I::ArrayLen);
                self.push(Vt::Int);
            }
            Iaload | Laload | Faload | Daload | Aaload | Baload | Caload | Saload => {
                let index = self.stash(1)?;
                let array = self.pop()?;
                let elem = self.array_elem(&array)?;
                self.emit(I::StructGet {
                    struct_type_index: layout::array_type(elem),
                    field_index: layout::ARRAY_DATA,
                });
                self.emit(I::LocalGet(index[0].1));
                let data = layout::data_type(elem);
                self.emit(match elem.signed() {
                    Some(true) => I::ArrayGetS(data),
                    Some(false) => I::ArrayGetU(data),
                    None => I::ArrayGet(data),
                });
                let element = match &array {
                    Vt::Ref(Ty::Array(element)) => (**element).clone(),
                    _ => return Err(Unsupported::new("an array load from null")),
                };
                if elem == Elem::Ref {
                    // Elements of reference arrays are stored as Object.
                    let valtype = self.env.valtype(&element);
                    if let ValType::Ref(r) = valtype {
                        if r.heap_type != wasm_encoder::HeapType::Concrete(layout::OBJECT) {
                            self.emit(I::RefCastNullable(r.heap_type));
                        }
                    }
                }
                self.push(Vt::of(&element));
            }
            Iastore | Lastore | Fastore | Dastore | Aastore | Bastore | Castore | Sastore => {
                let values = self.stash(2)?;
                let array = self.pop()?;
                let elem = self.array_elem(&array)?;
                self.emit(I::StructGet {
                    struct_type_index: layout::array_type(elem),
                    field_index: layout::ARRAY_DATA,
                });
                self.emit(I::LocalGet(values[1].1));
                self.emit(I::LocalGet(values[0].1));
                self.emit(I::ArraySet(layout::data_type(elem)));
            }
            Invokedynamic(indy) => {
                // A lambda: its class was made when the program was analysed.
                let class = crate::lambda::class_name(self.method.class, indy.attr_index);
                let descriptor = &indy.name_and_type.descriptor;
                let (function, _) = self.env.static_method(&class, crate::lambda::MAKE, descriptor).map_err(|_| {
                    Unsupported::new("`invokedynamic` other than lambdas and method references (string concatenation without -XDstringConcat=inline, records' methods)")
                })?;
                let signature =
                    Signature::parse(descriptor).ok_or_else(|| Unsupported::new("a malformed call site"))?;
                for _ in &signature.params {
                    self.pop()?;
                }
                self.emit(I::Call(function));
                if let Some(ret) = &signature.ret {
                    self.push(Vt::of(ret));
                }
            }
            // One thread: every monitor is free.
            Monitorenter | Monitorexit => {
                self.pop()?;
                self.emit(I::Drop);
            }
            New(class) => {
                self.initialize(class);
                self.emit(I::Call(self.env.allocator(class)?));
                self.push(Vt::Ref(Ty::Class(class.to_string())));
            }
            Getfield(member) => {
                let (structure, index, ty) = self.env.field(&member.class_name, &member.name_and_type.name)?;
                self.pop()?;
                self.emit(I::StructGet {
                    struct_type_index: structure,
                    field_index: index,
                });
                self.push(Vt::of(&ty));
            }
            Putfield(member) => {
                let (structure, index, _) = self.env.field(&member.class_name, &member.name_and_type.name)?;
                let value = self.stash(1)?;
                self.pop()?;
                self.emit(I::LocalGet(value[0].1));
                self.emit(I::StructSet {
                    struct_type_index: structure,
                    field_index: index,
                });
            }
            Invokevirtual(member) | Invokespecial(member) => {
                let special = matches!(op, Invokespecial(_));
                let call = self.env.invoke(
                    special,
                    &member.class_name,
                    &member.name_and_type.name,
                    &member.name_and_type.descriptor,
                )?;
                self.invoke(call, member)?;
            }
            Invokeinterface(member, _) => {
                let call = self.env.invoke_interface(
                    &member.class_name,
                    &member.name_and_type.name,
                    &member.name_and_type.descriptor,
                )?;
                self.invoke(call, member)?;
            }
            Checkcast(named) => {
                let ty = Ty::of_named(named);
                self.pop()?;
                if let Some(id) = self.interface(&ty) {
                    self.emit(I::I32Const(id));
                    self.emit(I::Call(self.env.helper(Helper::CastInterface)));
                } else if let Some(heap) = self.reference_type(&ty, "casts")? {
                    self.emit(I::RefCastNullable(heap));
                }
                self.push(Vt::Ref(ty));
            }
            Instanceof(named) => {
                let ty = Ty::of_named(named);
                self.pop()?;
                if let Some(id) = self.interface(&ty) {
                    self.emit(I::I32Const(id));
                    self.emit(I::Call(self.env.helper(Helper::Implements)));
                    self.push(Vt::Int);
                    return Ok(());
                }
                // An array of references is tested for its element class only
                // once classes have runtime metadata; Object[] needs no such test.
                if let Ty::Array(element) = &ty {
                    if element.is_reference() && **element != Ty::Class("java/lang/Object".into()) {
                        return Err(Unsupported::new(format!("instanceof {ty}")));
                    }
                }
                let target = self.reference_type(&ty, "instanceof")?;
                match target {
                    Some(heap) => self.emit(I::RefTestNonNull(heap)),
                    // Everything but null is an Object.
                    None => {
                        self.emit(I::RefIsNull);
                        self.emit(I::I32Eqz);
                    }
                }
                self.push(Vt::Int);
            }
            other => {
                return Err(Unsupported::new(format!("the `{}` instruction", opcode_name(other))));
            }
        }
        Ok(())
    }

    /// The heap type a cast or test to `ty` checks, `None` for `Object` (every
    /// reference is one); classes not compiled here are refused.
    fn reference_type(&self, ty: &Ty, what: &str) -> Result<Option<wasm_encoder::HeapType>, Unsupported> {
        let heap = |v: ValType| match v {
            ValType::Ref(r) => Some(r.heap_type),
            _ => None,
        };
        match ty {
            Ty::Class(name) if name == "java/lang/Object" => Ok(None),
            Ty::Class(name) => match self.env.class_struct(name) {
                Some(index) => Ok(Some(wasm_encoder::HeapType::Concrete(index))),
                None => Err(Unsupported::new(format!("{what} to {ty}"))),
            },
            // Arrays of references share one struct type: a cast checks that
            // it is such an array, not yet its element class (that needs the
            // classes' runtime metadata).
            Ty::Array(_) => Ok(heap(self.env.valtype(ty))),
            _ => Err(Unsupported::new(format!("{what} to the primitive type {ty}"))),
        }
    }

    /// Pushes a new `VarHandle` on a field's offset (-1: an array's elements).
    fn new_var_handle(&mut self, offset: i64) -> Result<(), Unsupported> {
        let (allocator, structure, field) = self.env.var_handle()?;
        let handle = self.local(Key::Temp(usize::MAX - 1), layout::nullable(structure));
        self.emit(I::Call(allocator));
        self.emit(I::LocalTee(handle));
        self.emit(I::I64Const(offset));
        self.emit(I::StructSet {
            struct_type_index: structure,
            field_index: field,
        });
        self.emit(I::LocalGet(handle));
        self.push(Vt::Ref(Ty::Class(VAR_HANDLE.into())));
        Ok(())
    }

    /// A `VarHandle` access (`compareAndSet`, `getAndAdd`...): its
    /// coordinates are an object (a field's handle) or an array and an index
    /// (an element's); the offset comes from the handle or is the index.
    fn var_handle_call(&mut self, member: &MemberRef, access: crate::natives::Access) -> Result<(), Unsupported> {
        let (signature, args, receiver) = self.stage_call(member, true)?;
        let receiver = receiver.expect("staged with its receiver");
        let values = access.values();
        let coordinates = signature
            .params
            .len()
            .checked_sub(values)
            .ok_or_else(|| Unsupported::new("a VarHandle call with too few arguments"))?;
        let value_ty = match access {
            crate::natives::Access::Get => signature.ret.clone(),
            _ => signature.params.last().cloned(),
        }
        .ok_or_else(|| Unsupported::new("a VarHandle call without a value"))?;
        let elem = Elem::of(&value_ty);
        // args are top first: the first coordinate is the last of them.
        let object = args[args.len() - 1].1;
        self.emit(I::LocalGet(object));
        match coordinates {
            1 => {
                let (_, structure, field) = self.env.var_handle()?;
                self.emit(I::LocalGet(receiver));
                self.emit(I::StructGet {
                    struct_type_index: structure,
                    field_index: field,
                });
            }
            2 if matches!(signature.params[0], Ty::Array(_)) && signature.params[1] == Ty::Int => {
                self.emit(I::LocalGet(args[args.len() - 2].1));
                self.emit(I::I64ExtendI32S);
            }
            _ => return Err(Unsupported::new("a VarHandle on a static field or a view of an array")),
        }
        for k in (0..values).rev() {
            self.emit(I::LocalGet(args[k].1));
        }
        self.emit(I::Call(self.env.offset_access(access, elem)));
        if let Some(ret) = &signature.ret {
            if let (Elem::Ref, ValType::Ref(r)) = (elem, self.env.valtype(ret)) {
                if r.heap_type != wasm_encoder::HeapType::Concrete(layout::OBJECT) {
                    self.emit(I::RefCastNullable(r.heap_type));
                }
            }
            self.push(Vt::of(ret));
        }
        Ok(())
    }

    fn interface(&self, ty: &Ty) -> Option<i32> {
        match ty {
            Ty::Class(name) => self.env.interface_id(name),
            _ => None,
        }
    }

    fn invoke(&mut self, call: Call, member: &MemberRef) -> Result<(), Unsupported> {
        let (signature, args, receiver) = self.stage_call(member, true)?;
        self.emit_call(&call, receiver, &args);
        if let Some(ret) = &signature.ret {
            self.push(Vt::of(ret));
        }
        Ok(())
    }

    /// Pops a call's arguments (and receiver) into temporaries.
    fn stage_call(&mut self, member: &MemberRef, has_receiver: bool) -> Result<StagedCall, Unsupported> {
        let signature = Signature::parse(&member.name_and_type.descriptor)
            .ok_or_else(|| Unsupported::new("a malformed method descriptor"))?;
        let args = self.stash_from(0, signature.params.len())?;
        let receiver = if has_receiver {
            Some(self.stash_from(args.len(), 1)?[0].1)
        } else {
            None
        };
        Ok((signature, args, receiver))
    }

    fn emit_call(&mut self, call: &Call, receiver: Option<u32>, args: &[(Vt, u32)]) {
        if !matches!(call, Call::Nothing) {
            if let Some(receiver) = receiver {
                self.emit(I::LocalGet(receiver));
            }
            for (_, local) in args.iter().rev() {
                self.emit(I::LocalGet(*local));
            }
        }
        let receiver = receiver.unwrap_or_default();
        match *call {
            Call::Nothing => {}
            Call::Direct(function) => self.emit(I::Call(function)),
            Call::Virtual {
                class_struct,
                vtable_type,
                slot,
                functype,
            } => {
                self.emit(I::LocalGet(receiver));
                self.emit(I::StructGet {
                    struct_type_index: class_struct,
                    field_index: layout::VTABLE,
                });
                self.emit(I::StructGet {
                    struct_type_index: vtable_type,
                    field_index: layout::VT_FIRST_SLOT + slot,
                });
                self.emit(I::CallIndirect {
                    type_index: functype,
                    table_index: layout::METHODS,
                });
            }
            Call::Interface { color, functype } => {
                self.emit(I::LocalGet(receiver));
                self.emit(I::StructGet {
                    struct_type_index: layout::OBJECT,
                    field_index: layout::VTABLE,
                });
                self.emit(I::StructGet {
                    struct_type_index: layout::VT_OBJECT,
                    field_index: layout::VT_ITABLE,
                });
                self.emit(I::I32Const(color as i32));
                self.emit(I::ArrayGet(layout::ITABLE));
                self.emit(I::CallIndirect {
                    type_index: functype,
                    table_index: layout::METHODS,
                });
            }
        }
    }

    /// A block that ends in an opcode a handler protects: a call inside a
    /// `try_table` whose catch leads to the handlers, or a `throw` that goes to
    /// them directly.
    fn protected(&mut self, b: usize, op: &Opcode) -> Result<(), Unsupported> {
        use Opcode::*;
        let object = layout::nullable(layout::OBJECT);
        let exception = self.local(Key::Temp(usize::MAX), object);
        if let Athrow = op {
            self.pop()?;
            let at_throw = self.state.clone();
            self.emit(I::LocalSet(exception));
            return self.dispatch(b, &at_throw, exception);
        }
        let (call, declaring, args, receiver, result): ProtectedCall = match op {
            // Division by zero throws ArithmeticException from the helper.
            Idiv | Irem | Ldiv | Lrem => {
                let (helper, vt) = match op {
                    Idiv => (Helper::IntDiv, Vt::Int),
                    Irem => (Helper::IntRem, Vt::Int),
                    Ldiv => (Helper::LongDiv, Vt::Long),
                    _ => (Helper::LongRem, Vt::Long),
                };
                let args = self.stash_from(0, 2)?;
                (Call::Direct(self.env.helper(helper)), None, args, None, Some(vt))
            }
            Invokestatic(member) | Invokevirtual(member) | Invokespecial(member) | Invokeinterface(member, _) => {
                let (class, name, descriptor) = (
                    &*member.class_name,
                    &*member.name_and_type.name,
                    &*member.name_and_type.descriptor,
                );
                let (call, declaring) = match op {
                    Invokestatic(_) => {
                        let (function, declaring) = self.env.static_method(class, name, descriptor)?;
                        (Call::Direct(function), Some(declaring))
                    }
                    Invokeinterface(..) => (self.env.invoke_interface(class, name, descriptor)?, None),
                    _ => (
                        self.env
                            .invoke(matches!(op, Invokespecial(_)), class, name, descriptor)?,
                        None,
                    ),
                };
                let (signature, args, receiver) = self.stage_call(member, !matches!(op, Invokestatic(_)))?;
                (call, declaring, args, receiver, signature.ret.as_ref().map(Vt::of))
            }
            _ => return Err(Unsupported::new("an exception from this instruction")),
        };
        // The rest of the stack waits in its locals: the handler starts with an
        // empty stack, the normal path takes it back.
        let at_throw = self.state.clone();
        self.spill();
        self.emit(I::Block(BlockType::Result(object)));
        self.ctx.push(Frame::Other);
        for (depth, vt) in at_throw.stack.iter().enumerate() {
            let local = self.local(Key::Stack(depth), self.vt_valtype(vt));
            self.emit(I::LocalGet(local));
        }
        let block_type = match &result {
            Some(vt) => BlockType::Result(self.vt_valtype(vt)),
            None => BlockType::Empty,
        };
        self.emit(I::TryTable(
            block_type,
            vec![wasm_encoder::Catch::One {
                tag: EXCEPTION_TAG,
                label: 0,
            }]
            .into(),
        ));
        self.ctx.push(Frame::Other);
        if let Some(declaring) = declaring.filter(|d| d != self.method.class) {
            self.initialize(&declaring);
        }
        self.emit_call(&call, receiver, &args);
        self.ctx.pop();
        self.emit(I::End);
        if let Some(vt) = result {
            self.push(vt);
        }
        let exit = self.state.clone();
        self.spill();
        let next = self.cfg.blocks[b].succs[0];
        self.do_branch(&exit, b, next)?;
        self.emit(I::Unreachable);
        self.ctx.pop();
        self.emit(I::End);
        self.emit(I::LocalSet(exception));
        self.dispatch(b, &at_throw, exception)
    }

    /// Sends the exception in `exception` to the first of the block's handlers
    /// whose class it is an instance of, or on to the caller.
    fn dispatch(&mut self, b: usize, at_throw: &State, exception: u32) -> Result<(), Unsupported> {
        for (handler, catch) in self.cfg.blocks[b].exceptional.clone() {
            let caught = Ty::Class(catch.clone().unwrap_or_else(|| "java/lang/Throwable".into()));
            let exit = State {
                locals: at_throw.locals.clone(),
                stack: vec![Vt::Ref(caught.clone())],
            };
            let slot = self.local(Key::Stack(0), self.env.valtype(&caught));
            let Some(catch) = catch else {
                // `finally` and `catch (Throwable t)`'s like: everything.
                self.emit(I::LocalGet(exception));
                if let ValType::Ref(r) = self.env.valtype(&caught) {
                    if r.heap_type != wasm_encoder::HeapType::Concrete(layout::OBJECT) {
                        self.emit(I::RefCastNullable(r.heap_type));
                    }
                }
                self.emit(I::LocalSet(slot));
                return self.do_branch(&exit, b, handler);
            };
            let heap = wasm_encoder::HeapType::Concrete(
                self.env
                    .class_struct(&catch)
                    .ok_or_else(|| Unsupported::new(format!("catching {}", catch.replace('/', "."))))?,
            );
            self.emit(I::LocalGet(exception));
            self.emit(I::RefTestNonNull(heap));
            self.emit(I::If(BlockType::Empty));
            self.ctx.push(Frame::Other);
            self.emit(I::LocalGet(exception));
            self.emit(I::RefCastNullable(heap));
            self.emit(I::LocalSet(slot));
            self.do_branch(&exit, b, handler)?;
            self.ctx.pop();
            self.emit(I::End);
        }
        self.emit(I::LocalGet(exception));
        self.emit(I::Throw(EXCEPTION_TAG));
        Ok(())
    }

    fn below_is_wide(&self, depth: usize) -> bool {
        let stack = &self.state.stack;
        stack.len() > depth && stack[stack.len() - 1 - depth].is_wide()
    }

    fn binary(&mut self, result: Vt, instruction: I<'static>) -> Result<(), Unsupported> {
        self.pop()?;
        self.pop()?;
        self.emit(instruction);
        self.push(result);
        Ok(())
    }

    fn convert(&mut self, instruction: I<'static>, result: Vt) -> Result<(), Unsupported> {
        self.pop()?;
        self.emit(instruction);
        self.push(result);
        Ok(())
    }

    /// lcmp, fcmpl... as a value: -1, 0 or 1.
    fn compare_value(&mut self, op: &Opcode) -> Result<(), Unsupported> {
        use Opcode::*;
        let values = self.stash(2)?;
        let (a, b) = (values[1].1, values[0].1);
        let (gt, lt) = match op {
            Lcmp => (I::I64GtS, I::I64LtS),
            Fcmpl | Fcmpg => (I::F32Gt, I::F32Lt),
            _ => (I::F64Gt, I::F64Lt),
        };
        match op {
            // NaN: neither comparison holds, so 0 - 0 would say equal.
            Fcmpg | Dcmpg => {
                // 1 unless a < b or a == b: !(a <= b) - (a < b)
                let (le, lt2) = if matches!(op, Fcmpg) {
                    (I::F32Le, I::F32Lt)
                } else {
                    (I::F64Le, I::F64Lt)
                };
                self.emit(I::LocalGet(a));
                self.emit(I::LocalGet(b));
                self.emit(le);
                self.emit(I::I32Eqz);
                self.emit(I::LocalGet(a));
                self.emit(I::LocalGet(b));
                self.emit(lt2);
                self.emit(I::I32Sub);
            }
            Fcmpl | Dcmpl => {
                // -1 unless a > b or a == b: (a > b) - !(a >= b)
                let ge = if matches!(op, Fcmpl) { I::F32Ge } else { I::F64Ge };
                self.emit(I::LocalGet(a));
                self.emit(I::LocalGet(b));
                self.emit(gt);
                self.emit(I::LocalGet(a));
                self.emit(I::LocalGet(b));
                self.emit(ge);
                self.emit(I::I32Eqz);
                self.emit(I::I32Sub);
            }
            _ => {
                self.emit(I::LocalGet(a));
                self.emit(I::LocalGet(b));
                self.emit(gt);
                self.emit(I::LocalGet(a));
                self.emit(I::LocalGet(b));
                self.emit(lt);
                self.emit(I::I32Sub);
            }
        }
        self.push(Vt::Int);
        Ok(())
    }

    fn static_field(&mut self, member: &MemberRef) -> Result<(u32, Ty), Unsupported> {
        let (global, ty, declaring) = self.env.static_field(&member.class_name, &member.name_and_type.name)?;
        // The class that declares the field is initialised (JLS 12.4.1).
        if declaring != self.method.class {
            self.initialize(&declaring);
        }
        Ok((global, ty))
    }

    /// Runs `class`'s static initialiser first if it has not run (JLS 12.4.1).
    fn initialize(&mut self, class: &str) {
        if let Some((flag, init)) = self.env.initializer(class) {
            self.code.extend(layout::init_check(flag, init));
        }
    }

    fn new_array(&mut self, element: Ty) -> Result<(), Unsupported> {
        self.pop()?;
        let elem = Elem::of(&element);
        self.emit(I::Call(self.env.helper(Helper::NewArray(elem))));
        self.push(Vt::Ref(Ty::Array(Box::new(element))));
        Ok(())
    }

    fn array_elem(&self, array: &Vt) -> Result<Elem, Unsupported> {
        match array {
            Vt::Ref(Ty::Array(element)) => Ok(Elem::of(element)),
            // Only null is known to be there: any array type reads it (and traps).
            Vt::Null => Ok(Elem::Ref),
            other => Err(Unsupported::new(format!("an array access on {other:?}"))),
        }
    }
}

/// A switch arm: by position (`tableswitch`) or by key (`lookupswitch`).
#[derive(Debug, Clone)]
enum Case {
    Index,
    Key(i32),
}

#[derive(Debug, Clone, Copy)]
enum Cond {
    Eq,
    Ne,
    Lt,
    Ge,
    Gt,
    Le,
}

fn zero_condition(op: &Opcode) -> Option<Cond> {
    use Opcode::*;
    Some(match op {
        Ifeq(_) => Cond::Eq,
        Ifne(_) => Cond::Ne,
        Iflt(_) => Cond::Lt,
        Ifge(_) => Cond::Ge,
        Ifgt(_) => Cond::Gt,
        Ifle(_) => Cond::Le,
        _ => return None,
    })
}

fn int_compare(op: &Opcode) -> I<'static> {
    use Opcode::*;
    match op {
        IfIcmpeq(_) => I::I32Eq,
        IfIcmpne(_) => I::I32Ne,
        IfIcmplt(_) | Iflt(_) => I::I32LtS,
        IfIcmpge(_) | Ifge(_) => I::I32GeS,
        IfIcmpgt(_) | Ifgt(_) => I::I32GtS,
        _ => I::I32LeS,
    }
}

/// The opcode's name as `javap` prints it.
pub fn opcode_name(op: &Opcode) -> String {
    let debug = format!("{op:?}");
    let name = debug.split(['(', ' ', '{']).next().unwrap_or(&debug);
    let mut out = String::new();
    for (i, c) in name.char_indices() {
        if c.is_ascii_uppercase() && i > 0 && !name[..i].ends_with(|p: char| p.is_ascii_digit()) {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out.replace("_x_", "_x")
}
