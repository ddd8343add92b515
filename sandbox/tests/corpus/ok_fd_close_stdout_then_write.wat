;; verdict: OK
;; stdout: close=0\nstill here\nfdstat=8\n
;; Probes: closing stdout in wasmtime-wasi's descriptor table does not detach oa's
;; own fd_write, which serves fd 1 by number: output written after fd_close(1) is
;; still captured, while wasmtime-wasi now calls fd 1 closed (fd_fdstat_get: BADF).
;; Pins current behaviour; a real system would refuse the write with BADF.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "close=")
  (data (i32.const 96) "still here\n")
  (data (i32.const 128) "fdstat=")
  ;; Output helpers. $print writes memory[ptr, ptr+len) to stdout; $show prints a
  ;; label (from the data segments) then n in decimal then \n.
  ;; Scratch: 0..8 iovec, 8..12 nwritten, 16..40 digits, 40 newline.
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func $show (param $label i32) (param $len i32) (param $n i64) (local $p i32)
    (call $print (local.get $label) (local.get $len))
    (local.set $p (i32.const 40))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i64.store8 (local.get $p) (i64.add (i64.const 48) (i64.rem_u (local.get $n) (i64.const 10))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (i32.store8 (i32.const 40) (i32.const 10))
    (call $print (local.get $p) (i32.sub (i32.const 41) (local.get $p))))
  (func (export "_start")
    (call $show (i32.const 64) (i32.const 6) (i64.extend_i32_u (call $fd_close (i32.const 1))))
    (call $print (i32.const 96) (i32.const 11))
    (call $show (i32.const 128) (i32.const 7) (i64.extend_i32_u (call $fd_fdstat_get (i32.const 1) (i32.const 1024))))))
