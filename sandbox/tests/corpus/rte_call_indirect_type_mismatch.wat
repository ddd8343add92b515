;; verdict: RTE
;; message: indirect call type mismatch
;; Probes: call_indirect through a table entry whose signature differs from the expected one.
(module
  (memory (export "memory") 1)
  (type $i2i (func (param i32) (result i32)))
  (table 1 funcref)
  (func $noop)
  (elem (i32.const 0) $noop)
  (func (export "_start")
    (drop (call_indirect (type $i2i) (i32.const 5) (i32.const 0)))))
