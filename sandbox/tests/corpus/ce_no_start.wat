;; verdict: CE
;; message: _start
;; Probes: a module without a `_start` export (a reactor / library) is not runnable.
(module
  (memory (export "memory") 1)
  (func (export "main")))
