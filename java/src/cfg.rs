//! A method's control-flow graph: basic blocks over the decoded bytecode, their
//! reverse postorder, dominators, loop headers and merge points.
//!
//! WebAssembly has only structured control flow, so the graph is turned back into
//! nested blocks and loops (see `structure.rs`). That works for reducible graphs,
//! which is every graph `javac` produces; anything else is refused here, by name.

use cafebabe::bytecode::Opcode;

/// A basic block: the opcodes `start..end` (indices into the method's opcodes).
#[derive(Debug, Clone)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    /// Successors in the order the terminator names them: for a conditional jump
    /// the fall-through first, then the target; for a switch the default first.
    /// The handlers of `exceptional` come last.
    pub succs: Vec<usize>,
    /// Where an exception thrown by the last opcode goes, in the order the
    /// handlers are tried: (handler block, class caught or `None` for any).
    pub exceptional: Vec<(usize, Option<String>)>,
}

/// An exception handler, by opcode indices: `start..end` is protected.
#[derive(Debug, Clone)]
pub struct Handler {
    pub start: usize,
    pub end: usize,
    pub handler: usize,
    pub catch: Option<String>,
}

/// Whether an opcode can throw, so that its block ends there when a handler
/// protects it.
pub fn throws(op: &Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        Invokestatic(_)
            | Invokevirtual(_)
            | Invokespecial(_)
            | Invokeinterface(..)
            | Athrow
            | Idiv
            | Irem
            | Ldiv
            | Lrem
    )
}

#[derive(Debug)]
pub struct Cfg {
    /// Reachable blocks only; block 0 is the entry.
    pub blocks: Vec<Block>,
    pub preds: Vec<Vec<usize>>,
    /// Position of each block in reverse postorder (entry is 0).
    pub rpo: Vec<usize>,
    /// Immediate dominator of each block (the entry's is itself).
    pub idom: Vec<usize>,
}

/// Where a jump lands, as an opcode index; `None` when it lands inside an opcode.
pub type Resolve<'r> = dyn Fn(usize, i32) -> Option<usize> + 'r;

#[derive(Debug, PartialEq, Eq)]
pub enum CfgError {
    BadJump(usize),
    Subroutine,
    Irreducible,
    FallsOffEnd,
}

/// Jump targets of a terminator (not counting its fall-through).
fn targets(op: &Opcode) -> Vec<i32> {
    use Opcode::*;
    match op {
        Goto(t) | IfAcmpeq(t) | IfAcmpne(t) | IfIcmpeq(t) | IfIcmpge(t) | IfIcmpgt(t) | IfIcmple(t) | IfIcmplt(t)
        | IfIcmpne(t) | Ifeq(t) | Ifge(t) | Ifgt(t) | Ifle(t) | Iflt(t) | Ifne(t) | Ifnonnull(t) | Ifnull(t) => {
            vec![*t]
        }
        Tableswitch(table) => std::iter::once(table.default)
            .chain(table.jumps.iter().copied())
            .collect(),
        Lookupswitch(table) => std::iter::once(table.default)
            .chain(table.match_offsets.iter().map(|(_, t)| *t))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether control can continue to the next opcode.
pub fn falls_through(op: &Opcode) -> bool {
    use Opcode::*;
    !matches!(
        op,
        Goto(_)
            | Tableswitch(_)
            | Lookupswitch(_)
            | Return
            | Ireturn
            | Lreturn
            | Freturn
            | Dreturn
            | Areturn
            | Athrow
            | Jsr(_)
            | Ret(_)
    )
}

fn ends_block(op: &Opcode) -> bool {
    !falls_through(op) || !targets(op).is_empty()
}

impl Cfg {
    /// Builds the graph of `opcodes` (pairs of byte offset and opcode).
    /// `extra_leaders` are opcode indices that start blocks for other reasons
    /// (exception handlers).
    pub fn build(opcodes: &[(usize, Opcode)], resolve: &Resolve, handlers: &[Handler]) -> Result<Cfg, CfgError> {
        let n = opcodes.len();
        let mut leader = vec![false; n + 1];
        leader[0] = true;
        let protected = |i: usize| handlers.iter().any(|h| (h.start..h.end).contains(&i));
        for h in handlers {
            leader[h.handler] = true;
        }
        for (i, (offset, op)) in opcodes.iter().enumerate() {
            if throws(op) && protected(i) {
                leader[i + 1] = true;
            }
            if matches!(op, Opcode::Jsr(_) | Opcode::Ret(_)) {
                return Err(CfgError::Subroutine);
            }
            for t in targets(op) {
                let target = resolve(*offset, t).ok_or(CfgError::BadJump(*offset))?;
                leader[target] = true;
            }
            if ends_block(op) {
                leader[i + 1] = true;
            }
        }
        // All blocks by start index, then keep the reachable ones.
        let starts: Vec<usize> = (0..n).filter(|&i| leader[i]).collect();
        let block_of_start = |i: usize| starts.binary_search(&i).ok();
        let mut all: Vec<Block> = Vec::with_capacity(starts.len());
        for (b, &start) in starts.iter().enumerate() {
            let end = starts.get(b + 1).copied().unwrap_or(n);
            let (offset, last) = &opcodes[end - 1];
            let mut succs = Vec::new();
            if falls_through(last) {
                if end == n {
                    return Err(CfgError::FallsOffEnd);
                }
                succs.push(b + 1);
            }
            for t in targets(last) {
                let target = resolve(*offset, t).ok_or(CfgError::BadJump(*offset))?;
                succs.push(block_of_start(target).ok_or(CfgError::BadJump(*offset))?);
            }
            let mut exceptional = Vec::new();
            if throws(last) {
                for h in handlers.iter().filter(|h| (h.start..h.end).contains(&(end - 1))) {
                    let target = block_of_start(h.handler).ok_or(CfgError::BadJump(*offset))?;
                    exceptional.push((target, h.catch.clone()));
                    succs.push(target);
                }
            }
            all.push(Block {
                start,
                end,
                succs,
                exceptional,
            });
        }
        // Depth-first from the entry: postorder, then renumber reachable blocks in
        // reverse postorder so that block numbers are RPO positions.
        let mut post = Vec::with_capacity(all.len());
        let mut seen = vec![false; all.len()];
        let mut stack = vec![(0usize, 0usize)];
        seen[0] = true;
        while let Some(&mut (b, ref mut next)) = stack.last_mut() {
            if let Some(&s) = all[b].succs.get(*next) {
                *next += 1;
                if !seen[s] {
                    seen[s] = true;
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
                stack.pop();
            }
        }
        let order: Vec<usize> = post.into_iter().rev().collect();
        let mut renumber = vec![usize::MAX; all.len()];
        for (new, &old) in order.iter().enumerate() {
            renumber[old] = new;
        }
        let blocks: Vec<Block> = order
            .iter()
            .map(|&old| Block {
                start: all[old].start,
                end: all[old].end,
                succs: all[old].succs.iter().map(|&s| renumber[s]).collect(),
                exceptional: all[old]
                    .exceptional
                    .iter()
                    .map(|(s, c)| (renumber[*s], c.clone()))
                    .collect(),
            })
            .collect();
        let mut preds = vec![Vec::new(); blocks.len()];
        for (b, block) in blocks.iter().enumerate() {
            for &s in &block.succs {
                if !preds[s].contains(&b) {
                    preds[s].push(b);
                }
            }
        }
        let rpo: Vec<usize> = (0..blocks.len()).collect();
        let idom = dominators(&preds);
        let cfg = Cfg {
            blocks,
            preds,
            rpo,
            idom,
        };
        // Reducible: every back edge goes to a block that dominates its source.
        for (b, block) in cfg.blocks.iter().enumerate() {
            for &s in &block.succs {
                if cfg.is_back_edge(b, s) && !cfg.dominates(s, b) {
                    return Err(CfgError::Irreducible);
                }
            }
        }
        Ok(cfg)
    }

    pub fn is_back_edge(&self, from: usize, to: usize) -> bool {
        self.rpo[to] <= self.rpo[from]
    }

    pub fn dominates(&self, a: usize, mut b: usize) -> bool {
        loop {
            if a == b {
                return true;
            }
            if b == 0 {
                return false;
            }
            b = self.idom[b];
        }
    }

    pub fn is_loop_header(&self, b: usize) -> bool {
        self.preds[b].iter().any(|&p| self.is_back_edge(p, b))
    }

    /// A block reached by two or more forward edges: it follows a `block` end.
    pub fn is_merge(&self, b: usize) -> bool {
        self.preds[b].iter().filter(|&&p| !self.is_back_edge(p, b)).count() >= 2
    }

    /// Children of `b` in the dominator tree, in reverse postorder.
    pub fn dominated_children(&self, b: usize) -> Vec<usize> {
        (0..self.blocks.len())
            .filter(|&c| c != b && c != 0 && self.idom[c] == b)
            .collect()
    }
}

/// Immediate dominators (Cooper, Harvey and Kennedy), for blocks numbered in
/// reverse postorder.
fn dominators(preds: &[Vec<usize>]) -> Vec<usize> {
    let n = preds.len();
    let mut idom = vec![usize::MAX; n];
    if n == 0 {
        return idom;
    }
    idom[0] = 0;
    let intersect = |idom: &[usize], mut a: usize, mut b: usize| {
        while a != b {
            while a > b {
                a = idom[a];
            }
            while b > a {
                b = idom[b];
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for b in 1..n {
            let mut new = usize::MAX;
            for &p in &preds[b] {
                if idom[p] == usize::MAX {
                    continue;
                }
                new = if new == usize::MAX { p } else { intersect(&idom, p, new) };
            }
            if new != idom[b] {
                idom[b] = new;
                changed = true;
            }
        }
    }
    idom
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dominators_of_a_diamond_and_a_loop() {
        // 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3, 3 -> 1 (back edge into a non-dominator
        // would be irreducible; here 3 -> 0 is the loop).
        let preds = vec![vec![3], vec![0], vec![0], vec![1, 2]];
        assert_eq!(dominators(&preds), vec![0, 0, 0, 0]);
        let chain = vec![vec![], vec![0], vec![1], vec![2, 1]];
        assert_eq!(dominators(&chain), vec![0, 0, 1, 1]);
    }
}
