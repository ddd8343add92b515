;; verdict: TLE
;; message: instructions
;; Probes: poll_oneoff with 200000 subscriptions (all-zero memory: realtime clocks
;; with timeout 0, all ready at once) makes the host walk and answer every one; a
;; loop of such calls must end TLE by instruction count, not by the wall clock.
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 256)
  (func (export "_start")
    (loop $again
      ;; 200000 subscriptions at 0 (9.6 MB), events at 9600000 (6.4 MB), count at 16000000
      (drop (call $poll_oneoff (i32.const 0) (i32.const 9600000) (i32.const 200000) (i32.const 16000000)))
      (br $again))))
