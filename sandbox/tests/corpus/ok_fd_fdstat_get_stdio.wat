;; verdict: OK
;; stdout: fd0_errno=0\nfd0_filetype=0\nfd0_flags=0\nfd0_rights=2\nfd0_inheriting=2\nfd1_errno=0\nfd1_filetype=0\nfd1_flags=0\nfd1_rights=64\nfd1_inheriting=64\nfd2_errno=0\nfd2_filetype=0\nfd2_flags=0\nfd2_rights=64\nfd2_inheriting=64\nfd3_errno=8\n
;; Probes: fd_fdstat_get on stdin, stdout and stderr: not terminals (filetype 0,
;; unknown), no flags, read right (2) on stdin, write right (64) on stdout/stderr; fd 3 BADF.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "_errno=")
  (data (i32.const 96) "_filetype=")
  (data (i32.const 128) "_flags=")
  (data (i32.const 160) "_rights=")
  (data (i32.const 192) "_inheriting=")
  (data (i32.const 224) "fd0")
  (data (i32.const 256) "fd1")
  (data (i32.const 288) "fd2")
  (data (i32.const 320) "fd3")
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
  (func (export "_start") (local $fd i32)
    (loop $each
      (call $print (i32.add (i32.const 224) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 3))
      (call $show (i32.const 64) (i32.const 7) (i64.extend_i32_u (call $fd_fdstat_get (local.get $fd) (i32.const 1024))))
      (call $print (i32.add (i32.const 224) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 3))
      (call $show (i32.const 96) (i32.const 10) (i64.load8_u (i32.const 1024)))
      (call $print (i32.add (i32.const 224) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 3))
      (call $show (i32.const 128) (i32.const 7) (i64.load16_u (i32.const 1026)))
      (call $print (i32.add (i32.const 224) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 3))
      (call $show (i32.const 160) (i32.const 8) (i64.load (i32.const 1032)))
      (call $print (i32.add (i32.const 224) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 3))
      (call $show (i32.const 192) (i32.const 12) (i64.load (i32.const 1040)))
      (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
      (br_if $each (i32.lt_u (local.get $fd) (i32.const 3))))
    (call $print (i32.const 320) (i32.const 3))
    (call $show (i32.const 64) (i32.const 7) (i64.extend_i32_u (call $fd_fdstat_get (i32.const 3) (i32.const 1024))))))
