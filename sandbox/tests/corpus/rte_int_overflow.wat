;; verdict: RTE
;; message: integer overflow
;; Probes: i32.div_s of INT_MIN by -1 traps (integer overflow).
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const -1))
    (drop (i32.div_s (i32.const 0x80000000) (i32.load (i32.const 0))))))
