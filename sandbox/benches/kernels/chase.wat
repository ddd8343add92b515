;; Cache misses: 10^7 steps of pointer chasing through a 4M-entry (16 MiB) permutation.
(module
  ;; PRELUDE
  (memory (export "memory") 260)
  (func $addr (param $i i32) (result i32) (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2))))
  (func (export "_start")
    (local $i i32) (local $j i32) (local $t i32) (local $x i32) (local $steps i32) (local $sum i64)
    ;; Identity, then a Fisher-Yates shuffle driven by xorshift32.
    (loop $id
      (i32.store (call $addr (local.get $i)) (local.get $i))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $id (i32.lt_u (local.get $i) (i32.const 4194304))))
    (local.set $x (i32.const 88172645))
    (local.set $i (i32.const 4194303))
    (loop $shuffle
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 13))))
      (local.set $x (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 17))))
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 5))))
      (local.set $j (i32.rem_u (local.get $x) (i32.add (local.get $i) (i32.const 1))))
      (local.set $t (i32.load (call $addr (local.get $i))))
      (i32.store (call $addr (local.get $i)) (i32.load (call $addr (local.get $j))))
      (i32.store (call $addr (local.get $j)) (local.get $t))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $shuffle (i32.gt_u (local.get $i) (i32.const 0))))
    (local.set $i (i32.const 0))
    (loop $walk
      (local.set $i (i32.load (call $addr (local.get $i))))
      (local.set $sum (i64.add (local.get $sum) (i64.extend_i32_u (local.get $i))))
      (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
      (br_if $walk (i32.lt_u (local.get $steps) (i32.const 10000000))))
    (call $print (local.get $sum))))
