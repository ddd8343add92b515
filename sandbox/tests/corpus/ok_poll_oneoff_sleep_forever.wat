;; verdict: OK
;; stdout: errno=0\nnevents=1\nmonotonic=18446744073709551615\nrealtime=18446744073709551615\n
;; Probes: a relative clock subscription of 2^64-1 ns also returns at once, and the
;; virtual clocks saturate instead of overflowing (no host panic); the run goes on.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "errno=")
  (data (i32.const 96) "nevents=")
  (data (i32.const 128) "monotonic=")
  (data (i32.const 160) "realtime=")
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
    ;; subscription at 1024: userdata 0x55, tag 0 (clock), clock id 1, timeout, precision 0, flags 0
    (i64.store (i32.const 1024) (i64.const 0x55))
    (i32.store8 (i32.const 1032) (i32.const 0))
    (i32.store (i32.const 1040) (i32.const 1))
    (i64.store (i32.const 1048) (i64.const -1))
    (call $show (i32.const 64) (i32.const 6) (i64.extend_i32_u (call $poll_oneoff (i32.const 1024) (i32.const 2048) (i32.const 1) (i32.const 3072))))
    (call $show (i32.const 96) (i32.const 8) (i64.load32_u (i32.const 3072)))
    (drop (call $clock_time_get (i32.const 1) (i64.const 1) (i32.const 3008)))
    (drop (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 3016)))
    (call $show (i32.const 128) (i32.const 10) (i64.load (i32.const 3008)))
    (call $show (i32.const 160) (i32.const 9) (i64.load (i32.const 3016)))))
