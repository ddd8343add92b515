;; verdict: OK
;; stdout: realtime=946684800000000000\nmonotonic=1001\nprocess_cputime=2001\nthread_cputime=3002\nerrno_sum=0\n
;; Probes: the clocks are virtual and deterministic: realtime starts at
;; 2000-01-01T00:00:00Z (946684800 s) and every clock advances only with the
;; instructions charged (a host call is 1 µs of them, charged as it returns), so
;; the first readings are the same on every run and machine. Printed: realtime,
;; monotonic, process and thread CPU time (ns), each read by its own call, so each
;; is ~1 µs (the call before) past the one before. The values follow
;; limits::INSTRUCTIONS_PER_SECOND and HOST_CALL_COST (1e10/s and 10000 here):
;; re-pin them if those change.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "realtime=")
  (data (i32.const 96) "monotonic=")
  (data (i32.const 128) "process_cputime=")
  (data (i32.const 160) "thread_cputime=")
  (data (i32.const 192) "errno_sum=")
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
  (func (export "_start") (local $e i32)
    (local.set $e (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 1024)))
    (local.set $e (i32.add (local.get $e) (call $clock_time_get (i32.const 1) (i64.const 1) (i32.const 1032))))
    (local.set $e (i32.add (local.get $e) (call $clock_time_get (i32.const 2) (i64.const 1) (i32.const 1040))))
    (local.set $e (i32.add (local.get $e) (call $clock_time_get (i32.const 3) (i64.const 1) (i32.const 1048))))
    (call $show (i32.const 64) (i32.const 9) (i64.load (i32.const 1024)))
    (call $show (i32.const 96) (i32.const 10) (i64.load (i32.const 1032)))
    (call $show (i32.const 128) (i32.const 16) (i64.load (i32.const 1040)))
    (call $show (i32.const 160) (i32.const 15) (i64.load (i32.const 1048)))
    (call $show (i32.const 192) (i32.const 10) (i64.extend_i32_u (local.get $e)))))
