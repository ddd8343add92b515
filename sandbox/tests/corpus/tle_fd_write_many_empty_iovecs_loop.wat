;; verdict: TLE
;; message: instructions
;; Probes: fd_write with 2 million empty iovecs (all-zero memory) writes nothing but
;; makes oa's fd_write check each of them; a loop of such calls must end TLE by
;; instruction count, not by the wall clock.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 256)
  (func (export "_start")
    (loop $again
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 2000000) (i32.const 16000000)))
      (br $again))))
