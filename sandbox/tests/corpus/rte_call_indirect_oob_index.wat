;; verdict: RTE
;; message: undefined element
;; Probes: call_indirect with an index past the end of the table traps.
(module
  (memory (export "memory") 1)
  (table 4 funcref)
  (func (export "_start")
    (call_indirect (i32.const 1000000))))
