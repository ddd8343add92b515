;; verdict: RTE
;; message: out of bounds memory access
;; Probes: a store far past the end of memory (address 0xfffffff0, offset 16) traps.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (i64.store offset=16 (i32.const 0xfffffff0) (i64.const 1))))
