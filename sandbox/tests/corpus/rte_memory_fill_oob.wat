;; verdict: RTE
;; message: out of bounds memory access
;; Probes: a bulk memory.fill that runs past the end of memory traps.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (memory.fill (i32.const 65000) (i32.const 7) (i32.const 1000))))
