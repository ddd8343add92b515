;; verdict: MLE
;; memory-limit-mib: 16
;; message: memory limit exceeded
;; Probes: a memory64 minimum beyond 4 GiB (2^20 pages = 64 GiB) is MLE like any
;; other declared minimum above the limit.
(module
  (memory (export "memory") i64 1048576)
  (func (export "_start")))
