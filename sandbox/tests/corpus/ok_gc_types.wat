;; verdict: OK
;; stdout: 1048576 7\n
;; Probes: a module using the GC proposal's struct and array types is refused by
;; the core engine and runs on the engine that has garbage collection (as Kotlin's
;; modules do): it allocates a 1 MiB array, stores into it and reads it back.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (type $bytes (array (mut i8)))
  (memory (export "memory") 1)
  (data (i32.const 16) "1048576 7\n")
  (global $keep (mut (ref null $bytes)) (ref.null $bytes))
  (func (export "_start")
    (global.set $keep (array.new_default $bytes (i32.const 1048576)))
    (array.set $bytes (ref.as_non_null (global.get $keep)) (i32.const 1048575) (i32.const 7))
    ;; Print the fixed text only if the length and the stored byte read back right.
    (if (i32.and
          (i32.eq (array.len (ref.as_non_null (global.get $keep))) (i32.const 1048576))
          (i32.eq (array.get_u $bytes (ref.as_non_null (global.get $keep)) (i32.const 1048575)) (i32.const 7)))
      (then
        (i32.store (i32.const 0) (i32.const 16))
        (i32.store (i32.const 4) (i32.const 10))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))))
