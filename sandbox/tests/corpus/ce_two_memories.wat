;; verdict: CE
;; Probes: multi-memory is limited to one memory per module by the instance pool;
;; a second memory is refused when the module is loaded, never at run time.
(module
  (memory (export "memory") 1)
  (memory $second 1)
  (func (export "_start")))
