;; verdict: CE
;; message: type mismatch
;; Probes: well-formed text that fails validation (i32.add on an i64) is CE.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (i32.add (i32.const 1) (i64.const 2)))))
