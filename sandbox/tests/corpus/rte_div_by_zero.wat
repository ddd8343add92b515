;; verdict: RTE
;; message: divide by zero
;; Probes: integer division by zero traps (the divisor comes from memory so it is not folded).
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (i32.div_u (i32.const 7) (i32.load (i32.const 0))))))
