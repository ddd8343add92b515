;; verdict: RTE
;; message: out of range integral type conversion
;; Probes: path_open with fs_rights_base = -1 (not a valid u64 rights value once
;; taken as i64 -> u64) is refused by wasmtime-wasi's argument conversion with a
;; trap (RTE), before any descriptor is looked at.
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "input.txt")
  (func (export "_start")
    (drop (call $path_open (i32.const 3) (i32.const 1) (i32.const 64) (i32.const 9) (i32.const 0)
      (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 1024)))))
