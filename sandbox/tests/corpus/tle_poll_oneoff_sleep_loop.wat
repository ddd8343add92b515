;; verdict: TLE
;; message: instructions
;; Probes: sleeping is free in virtual time (poll_oneoff on a clock returns at once),
;; but each call costs instructions, so an endless loop of 1 s sleeps ends TLE quickly.
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; One subscription at 0: userdata 0, tag 0 (clock), clock id 1 (monotonic),
  ;; timeout 1e9 ns (relative), precision 0, flags 0.
  (func (export "_start")
    (i32.store8 (i32.const 8) (i32.const 0))
    (i32.store (i32.const 16) (i32.const 1))
    (i64.store (i32.const 24) (i64.const 1000000000))
    (loop $again
      ;; events at 64, nevents at 128
      (drop (call $poll_oneoff (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 128)))
      (br $again))))
