;; verdict: MLE
;; message: table limit exceeded
;; Probes: table.grow 4096 elements at a time until refused: MLE at the 2^20 cap.
(module
  (memory (export "memory") 1)
  (table $t 0 funcref)
  (func (export "_start")
    (loop $again
      (br_if $again (i32.ne (table.grow $t (ref.null func) (i32.const 4096)) (i32.const -1))))
    unreachable))
