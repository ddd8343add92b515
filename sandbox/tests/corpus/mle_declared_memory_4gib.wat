;; verdict: MLE
;; memory-limit-mib: 16
;; message: memory limit exceeded
;; Probes: the largest wasm32 memory a module can declare (65536 pages = 4 GiB) is MLE,
;; not a host allocation of 4 GiB.
(module
  (memory (export "memory") 65536)
  (func (export "_start")))
