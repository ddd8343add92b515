;; verdict: OK
;; exit: 0
;; memory-limit-mib: 16
;; stdout: 1\n
;; Probes: growing memory up to exactly the limit (1 + 255 pages = 16 MiB) is allowed,
;; and the new memory is usable up to its last byte.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "1\n")
  (func (export "_start")
    (if (i32.ne (memory.grow (i32.const 255)) (i32.const 1)) (then unreachable))
    (i32.store8 (i32.const 16777215) (i32.const 1))
    (if (i32.ne (i32.load8_u (i32.const 16777215)) (i32.const 1)) (then unreachable))
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 2))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
