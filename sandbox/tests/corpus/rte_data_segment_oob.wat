;; verdict: RTE
;; message: out of bounds
;; Probes: an active data segment that does not fit in memory fails instantiation:
;; RTE (a trap before `_start`), not a host error.
(module
  (memory (export "memory") 1)
  (data (i32.const 65530) "0123456789")
  (func (export "_start")))
