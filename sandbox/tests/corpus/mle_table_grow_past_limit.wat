;; verdict: MLE
;; message: table limit exceeded
;; Probes: table.grow past the 2^20-element cap ends the run as MLE.
(module
  (memory (export "memory") 1)
  (table $t 1 funcref)
  (func (export "_start")
    (drop (table.grow $t (ref.null func) (i32.const 2000000)))
    unreachable))
