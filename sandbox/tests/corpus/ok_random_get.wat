;; verdict: OK
;; stdout: errno=0\n6c3b9aa767f785b537c0d8ba5fa54677\n
;; Probes: random_get of 16 bytes comes from the run's seeded stream (seed 0): the
;; same bytes on every run, printed in hex.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "errno=")
  (data (i32.const 96) "0123456789abcdef")
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
  (func (export "_start") (local $i i32) (local $b i32)
    (call $show (i32.const 64) (i32.const 6) (i64.extend_i32_u (call $random_get (i32.const 1024) (i32.const 16))))
    (loop $each
      (local.set $b (i32.load8_u (i32.add (i32.const 1024) (local.get $i))))
      (i32.store8 (i32.add (i32.const 2048) (i32.shl (local.get $i) (i32.const 1)))
        (i32.load8_u (i32.add (i32.const 96) (i32.shr_u (local.get $b) (i32.const 4)))))
      (i32.store8 (i32.add (i32.const 2049) (i32.shl (local.get $i) (i32.const 1)))
        (i32.load8_u (i32.add (i32.const 96) (i32.and (local.get $b) (i32.const 15)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $each (i32.lt_u (local.get $i) (i32.const 16))))
    (i32.store8 (i32.const 2080) (i32.const 10))
    (call $print (i32.const 2048) (i32.const 33))))
