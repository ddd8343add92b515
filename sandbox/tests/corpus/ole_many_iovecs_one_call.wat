;; verdict: OLE
;; output-limit-bytes: 1024
;; message: stdout
;; Probes: the cap counts the sum of all iovecs of one call: 2000 iovecs that all
;; point at the same 1000 bytes (2 MB in total from 1 KB of memory) are OLE.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (local $i i32)
    ;; iovec array at 1024: 2000 entries of (ptr 0, len 1000)
    (loop $fill
      (i32.store (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 3))) (i32.const 0))
      (i32.store (i32.add (i32.const 1028) (i32.shl (local.get $i) (i32.const 3))) (i32.const 1000))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $fill (i32.lt_u (local.get $i) (i32.const 2000))))
    (drop (call $fd_write (i32.const 1) (i32.const 1024) (i32.const 2000) (i32.const 16)))
    unreachable))
