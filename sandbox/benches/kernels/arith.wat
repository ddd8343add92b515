;; Integer arithmetic in registers: 10^8 rounds of a 64-bit LCG with a xor-shift mix.
(module
  ;; PRELUDE
  (memory (export "memory") 1)
  (func (export "_start")
    (local $i i32) (local $x i64) (local $acc i64)
    (local.set $x (i64.const 12345))
    (loop $round
      (local.set $x (i64.add (i64.mul (local.get $x) (i64.const 6364136223846793005)) (i64.const 1442695040888963407)))
      (local.set $acc (i64.xor (local.get $acc) (i64.shr_u (local.get $x) (i64.const 33))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $round (i32.lt_u (local.get $i) (i32.const 100000000))))
    (call $print (local.get $acc))))
