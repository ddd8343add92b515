;; verdict: TLE
;; message: instructions
;; Probes: a host call's price must cover its work. random_get of 16 MiB costs the
;; host milliseconds but only one flat host-call price, so a loop of them must still
;; end TLE by instruction count (reproducibly), not by the wall-clock backstop.
(module
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (memory (export "memory") 256)
  (func (export "_start")
    (loop $again
      (drop (call $random_get (i32.const 0) (i32.const 16777216)))
      (br $again))))
