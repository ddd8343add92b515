;; verdict: OK
;; exit: 0
;; Probes: a table declaring its own maximum (10 elements) gets -1 from a table.grow
;; past it, as the spec says, even for 2000000 elements: the module's refusal, not MLE.
(module
  (memory (export "memory") 1)
  (table $t 1 10 funcref)
  (func (export "_start")
    (if (i32.ne (table.grow $t (ref.null func) (i32.const 20)) (i32.const -1)) (then unreachable))
    (if (i32.ne (table.grow $t (ref.null func) (i32.const 2000000)) (i32.const -1)) (then unreachable))
    (if (i32.ne (table.size $t) (i32.const 1)) (then unreachable))))
