;; verdict: RTE
;; message: invalid conversion to integer
;; Probes: i32.trunc_f64_s of NaN traps (the value comes from memory so it is not folded).
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (f64.store (i32.const 0) (f64.const nan))
    (drop (i32.trunc_f64_s (f64.load (i32.const 0))))))
