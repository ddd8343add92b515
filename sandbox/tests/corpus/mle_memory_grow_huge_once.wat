;; verdict: MLE
;; memory-limit-mib: 16
;; message: memory limit exceeded
;; Probes: a single memory.grow to the whole 4 GiB address space (65535 pages) is MLE.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (memory.grow (i32.const 65535)))
    unreachable))
