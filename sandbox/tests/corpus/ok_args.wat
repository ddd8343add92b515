;; verdict: OK
;; args: main alpha beta
;; stdout: argc=3\nsize=16\nargs_get=0\nmain\nalpha\nbeta\n
;; Probes: args_sizes_get and args_get return exactly the arguments given (program
;; name first), NUL-terminated; they are printed back one per line.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "argc=")
  (data (i32.const 96) "size=")
  (data (i32.const 128) "args_get=")
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
  (func (export "_start") (local $i i32)
    (drop (call $args_sizes_get (i32.const 1024) (i32.const 1028)))
    (call $show (i32.const 64) (i32.const 5) (i64.load32_u (i32.const 1024)))
    (call $show (i32.const 96) (i32.const 5) (i64.load32_u (i32.const 1028)))
    ;; argv pointers at 2048, strings at 4096
    (call $show (i32.const 128) (i32.const 9) (i64.extend_i32_u (call $args_get (i32.const 2048) (i32.const 4096))))
    ;; print the strings with each NUL turned into a newline
    (loop $each
      (if (i32.eqz (i32.load8_u (i32.add (i32.const 4096) (local.get $i))))
        (then (i32.store8 (i32.add (i32.const 4096) (local.get $i)) (i32.const 10))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $each (i32.lt_u (local.get $i) (i32.load (i32.const 1028)))))
    (call $print (i32.const 4096) (i32.load (i32.const 1028)))))
