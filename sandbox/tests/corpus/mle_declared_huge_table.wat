;; verdict: MLE
;; message: table limit exceeded
;; Probes: a declared table of 10^8 funcref elements (800 MB of host memory) is MLE
;; before the module starts (tables live in host memory; the cap is 2^20 elements).
(module
  (memory (export "memory") 1)
  (table 100000000 funcref)
  (func (export "_start")))
