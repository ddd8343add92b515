;; verdict: CE
;; Probes: more tables than the pool allows per module (4) are refused when loading.
(module
  (memory (export "memory") 1)
  (table 1 funcref) (table 1 funcref) (table 1 funcref) (table 1 funcref) (table 1 funcref)
  (func (export "_start")))
