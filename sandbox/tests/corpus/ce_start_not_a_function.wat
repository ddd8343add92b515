;; verdict: CE
;; message: _start
;; Probes: an export named `_start` that is a global, not a function, is refused.
(module
  (memory (export "memory") 1)
  (global (export "_start") i32 (i32.const 0)))
