;; verdict: TLE
;; message: instructions
;; Probes: endless recursion through return_call (tail calls are enabled) uses no
;; stack, so it is TLE by instruction count, not a stack overflow.
(module
  (memory (export "memory") 1)
  (func $spin (param $n i64)
    (return_call $spin (i64.add (local.get $n) (i64.const 1))))
  (func (export "_start")
    (call $spin (i64.const 0))))
