;; verdict: OK
;; exit: 0
;; Probes: a table may grow to exactly the 2^20-element cap (1 + 1048575) and its last
;; element is usable.
(module
  (memory (export "memory") 1)
  (table $t 1 funcref)
  (func $f)
  (elem declare func $f)
  (func (export "_start")
    (if (i32.ne (table.grow $t (ref.null func) (i32.const 1048575)) (i32.const 1)) (then unreachable))
    (table.set $t (i32.const 1048575) (ref.func $f))
    (call_indirect $t (i32.const 1048575))))
