;; verdict: RTE
;; message: invalid exit status
;; Probes: proc_exit with a status outside WASI's [0, 126) (here 200) is refused by
;; wasmtime-wasi with a trap: RTE, no exit code.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (call $proc_exit (i32.const 200))))
