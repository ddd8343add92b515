;; verdict: OK
;; stdout: renumber=0\nfd1_after=0\nfd2_fdstat=8\nfd2_write=0\nbogus=8\n
;; Probes: fd_renumber(2, 1) (stderr onto stdout) succeeds in wasmtime-wasi's table,
;; but oa's fd_write serves fds 1 and 2 by number: fd 1 still writes to stdout and a
;; write to fd 2 (now closed) still succeeds (to stderr). Pins current behaviour.
;; Renumbering from/to an unopened fd is BADF (8).
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_renumber" (func $fd_renumber (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "renumber=")
  (data (i32.const 96) "fd1_after=")
  (data (i32.const 128) "fd2_fdstat=")
  (data (i32.const 160) "fd2_write=")
  (data (i32.const 192) "bogus=")
  (data (i32.const 224) "x")
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
    (call $show (i32.const 64) (i32.const 9) (i64.extend_i32_u (call $fd_renumber (i32.const 2) (i32.const 1))))
    (call $show (i32.const 96) (i32.const 10) (i64.extend_i32_u (call $fd_fdstat_get (i32.const 1) (i32.const 1024))))
    (call $show (i32.const 128) (i32.const 11) (i64.extend_i32_u (call $fd_fdstat_get (i32.const 2) (i32.const 1024))))
    (i32.store (i32.const 1024) (i32.const 224))
    (i32.store (i32.const 1028) (i32.const 1))
    (call $show (i32.const 160) (i32.const 10) (i64.extend_i32_u (call $fd_write (i32.const 2) (i32.const 1024) (i32.const 1) (i32.const 1032))))
    (call $show (i32.const 192) (i32.const 6) (i64.extend_i32_u (call $fd_renumber (i32.const 9) (i32.const 1))))))
