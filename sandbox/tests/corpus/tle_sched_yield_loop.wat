;; verdict: TLE
;; message: instructions
;; Probes: a loop on a cheap wasmtime-wasi host call (sched_yield) is charged per
;; call and ends as TLE by instruction count, not by the wall-clock backstop.
(module
  (import "wasi_snapshot_preview1" "sched_yield" (func $sched_yield (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (loop $again
      (drop (call $sched_yield))
      (br $again))))
