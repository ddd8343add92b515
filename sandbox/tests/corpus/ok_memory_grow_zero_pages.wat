;; verdict: OK
;; exit: 0
;; memory-limit-mib: 16
;; Probes: memory.grow 0 at the limit (256 pages declared) is a no-op, not MLE.
(module
  (memory (export "memory") 256)
  (func (export "_start")
    (if (i32.ne (memory.grow (i32.const 0)) (i32.const 256)) (then unreachable))))
