;; verdict: OK
;; stdout: errno=0\nnevents=1\nerror=0\ntype=1\n
;; Probes: an fd_read subscription on an fd that is not open (99). oa reports every
;; fd subscription ready without looking the fd up, so the event carries no error
;; (a real WASI host would report BADF in the event). Pins current behaviour.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "errno=")
  (data (i32.const 96) "nevents=")
  (data (i32.const 128) "error=")
  (data (i32.const 160) "type=")
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
    ;; subscription at 1024: userdata 0x77, tag 1 (fd_read), fd 99
    (i64.store (i32.const 1024) (i64.const 0x77))
    (i32.store8 (i32.const 1032) (i32.const 1))
    (i32.store (i32.const 1040) (i32.const 99))
    (call $show (i32.const 64) (i32.const 6) (i64.extend_i32_u (call $poll_oneoff (i32.const 1024) (i32.const 2048) (i32.const 1) (i32.const 3072))))
    (call $show (i32.const 96) (i32.const 8) (i64.load32_u (i32.const 3072)))
    (call $show (i32.const 128) (i32.const 6) (i64.load16_u (i32.const 2056)))
    (call $show (i32.const 160) (i32.const 5) (i64.load8_u (i32.const 2058)))))
