;; verdict: RTE
;; message: uninitialized element
;; Probes: call_indirect through a null (never initialised) table entry traps.
(module
  (memory (export "memory") 1)
  (table 4 funcref)
  (func (export "_start")
    (call_indirect (i32.const 2))))
