;; verdict: MLE
;; memory-limit-mib: 16
;; message: memory limit exceeded
;; Probes: exception objects (exception handling stays enabled) live in the engine's
;; GC heap, outside linear memory. Catching 256-byte exceptions and keeping every
;; one in an exnref table must still end MLE near the 16 MiB limit.
(module
  (tag $big (param v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128))
  (table $keep 0 exnref)
  (memory (export "memory") 1)
  (func $throw (local $v v128)
    (throw $big
      (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v)
      (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v) (local.get $v)))
  (func (export "_start")
    (loop $again
      (drop (table.grow $keep
        (block $caught (result exnref)
          (try_table (catch_all_ref $caught) (call $throw))
          unreachable)
        (i32.const 1)))
      (br $again))))
