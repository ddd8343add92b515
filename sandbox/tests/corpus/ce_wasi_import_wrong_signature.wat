;; verdict: CE
;; message: fd_write
;; Probes: a real WASI function imported with the wrong type (fd_write taking one i32)
;; is rejected at link time, also for the calls oa implements itself.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $fd_write (i32.const 1)))))
