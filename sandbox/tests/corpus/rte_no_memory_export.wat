;; verdict: RTE
;; message: missing required memory export
;; Probes: a module that does not export its memory as "memory" cannot pass buffers
;; to the host. oa's fd_write answers FAULT (21) (checked: anything else would hit
;; `unreachable`); a wasmtime-wasi call (sched_yield) then traps for want of the export.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sched_yield" (func $sched_yield (result i32)))
  (memory (export "mem") 1)
  (func (export "_start")
    (if (i32.ne (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)) (i32.const 21))
      (then unreachable))
    (drop (call $sched_yield))))
