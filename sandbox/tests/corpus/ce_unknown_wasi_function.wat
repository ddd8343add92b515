;; verdict: CE
;; message: fd_frobnicate
;; Probes: a function wasi_snapshot_preview1 does not have cannot be linked.
(module
  (import "wasi_snapshot_preview1" "fd_frobnicate" (func $f (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $f (i32.const 1)))))
