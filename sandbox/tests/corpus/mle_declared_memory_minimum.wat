;; verdict: MLE
;; memory-limit-mib: 16
;; message: memory limit exceeded
;; Probes: a declared minimum (1000 pages = 62.5 MiB) above the limit is MLE before the module starts.
(module
  (memory (export "memory") 1000)
  (func (export "_start")))
