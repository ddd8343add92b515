;; verdict: CE
;; message: _start
;; Probes: `_start` must take and return nothing; (param i32) (result i32) is refused.
(module
  (memory (export "memory") 1)
  (func (export "_start") (param i32) (result i32) (local.get 0)))
