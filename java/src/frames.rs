//! The verifier's view of a method at branch targets: the types of the live
//! locals and of the operand stack, from the `StackMapTable` attribute that
//! `javac` writes. Where control flow merges these are the types every
//! incoming path agrees on, which is what WebAssembly's locals must be typed as.

use crate::jtype::{Signature, Ty};
use cafebabe::attributes::{StackMapEntry, VerificationType};
use std::collections::HashMap;

/// A value's type as the translation tracks it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Vt {
    Int,
    Long,
    Float,
    Double,
    /// `null` before anything gives it a class.
    Null,
    Ref(Ty),
}

impl Vt {
    pub fn of(ty: &Ty) -> Vt {
        match ty {
            Ty::Boolean | Ty::Byte | Ty::Char | Ty::Short | Ty::Int => Vt::Int,
            Ty::Long => Vt::Long,
            Ty::Float => Vt::Float,
            Ty::Double => Vt::Double,
            Ty::Class(_) | Ty::Array(_) => Vt::Ref(ty.clone()),
        }
    }

    /// Category 2 values (long, double) count twice for `dup2` and `pop2`.
    pub fn is_wide(&self) -> bool {
        matches!(self, Vt::Long | Vt::Double)
    }
}

/// Types of the locals (by slot; the second slot of a long or double and dead
/// slots are `None`) and of the operand stack, bottom first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub locals: Vec<Option<Vt>>,
    pub stack: Vec<Vt>,
}

#[derive(Debug, PartialEq)]
pub struct BadFrame(pub String);

/// The class `new` created at a byte offset: what an uninitialised object in a
/// frame will be once its constructor has run.
pub type NewAt<'n> = dyn Fn(usize) -> Option<String> + 'n;

fn verification(v: &VerificationType, this: Option<&str>, new_at: &NewAt) -> Result<Option<Vt>, BadFrame> {
    Ok(match v {
        VerificationType::Top => None,
        VerificationType::Integer => Some(Vt::Int),
        VerificationType::Float => Some(Vt::Float),
        VerificationType::Long => Some(Vt::Long),
        VerificationType::Double => Some(Vt::Double),
        VerificationType::Null => Some(Vt::Null),
        VerificationType::Object { class_name } => {
            Some(Vt::Ref(Ty::parse(class_name).ok_or_else(|| {
                BadFrame(format!("bad class name `{class_name}` in a stack map"))
            })?))
        }
        // The object exists from `new` on; its constructor only fills it.
        VerificationType::UninitializedThis => Some(Vt::Ref(Ty::Class(
            this.ok_or_else(|| BadFrame("an uninitialised this in a static method".into()))?
                .to_string(),
        ))),
        VerificationType::Uninitialized { code_offset } => Some(Vt::Ref(Ty::Class(
            new_at(*code_offset as usize).ok_or_else(|| BadFrame(format!("no `new` at offset {code_offset}")))?,
        ))),
    })
}

/// Appends verification types as slots: a long or a double takes two.
fn push_locals(
    locals: &mut Vec<Option<Vt>>,
    types: &[VerificationType],
    this: Option<&str>,
    new_at: &NewAt,
) -> Result<(), BadFrame> {
    for v in types {
        let vt = verification(v, this, new_at)?;
        let wide = vt.as_ref().is_some_and(Vt::is_wide);
        locals.push(vt);
        if wide {
            locals.push(None);
        }
    }
    Ok(())
}

/// The state on entry: the parameters in their slots (`this` first for an instance method).
/// `max_locals` pads the slots; the stack map's first frame is relative to the
/// unpadded form.
pub fn entry_state(this: Option<&str>, signature: &Signature, max_locals: usize) -> State {
    let mut locals = Vec::new();
    if let Some(class) = this {
        locals.push(Some(Vt::Ref(Ty::Class(class.to_string()))));
    }
    for param in &signature.params {
        locals.push(Some(Vt::of(param)));
        if param.slots() == 2 {
            locals.push(None);
        }
    }
    locals.resize(locals.len().max(max_locals), None);
    State {
        locals,
        stack: Vec::new(),
    }
}

/// Decodes the stack map into a state per byte offset.
pub fn decode(
    this: Option<&str>,
    signature: &Signature,
    entries: &[StackMapEntry],
    max_locals: usize,
    new_at: &NewAt,
) -> Result<HashMap<usize, State>, BadFrame> {
    let mut frames = HashMap::new();
    // Frames describe the locals up to the last live one; chop removes from its end.
    let mut locals = entry_state(this, signature, 0).locals;
    let mut offset: Option<usize> = None;
    for e in entries {
        let (delta, stack) = match e {
            StackMapEntry::Same { offset_delta } => (*offset_delta, Vec::new()),
            StackMapEntry::SameLocals1StackItem { offset_delta, stack } => (
                *offset_delta,
                vec![verification(stack, this, new_at)?.ok_or_else(|| BadFrame("top on the stack".into()))?],
            ),
            StackMapEntry::Chop {
                offset_delta,
                chop_count,
            } => {
                for _ in 0..*chop_count {
                    // A wide local is one verification type but two slots.
                    locals.pop();
                    if locals.last().is_some_and(|l| l.as_ref().is_some_and(Vt::is_wide)) {
                        locals.pop();
                    }
                }
                (*offset_delta, Vec::new())
            }
            StackMapEntry::Append {
                offset_delta,
                locals: added,
            } => {
                push_locals(&mut locals, added, this, new_at)?;
                (*offset_delta, Vec::new())
            }
            StackMapEntry::FullFrame {
                offset_delta,
                locals: all,
                stack,
            } => {
                locals.clear();
                push_locals(&mut locals, all, this, new_at)?;
                let mut decoded = Vec::new();
                for v in stack {
                    decoded.push(verification(v, this, new_at)?.ok_or_else(|| BadFrame("top on the stack".into()))?);
                }
                (*offset_delta, decoded)
            }
        };
        let at = match offset {
            None => delta as usize,
            Some(previous) => previous + delta as usize + 1,
        };
        offset = Some(at);
        let mut full = locals.clone();
        full.resize(full.len().max(max_locals), None);
        frames.insert(at, State { locals: full, stack });
    }
    Ok(frames)
}
