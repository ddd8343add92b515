;; Sorting: recursive quicksort of 2*10^6 pseudo-random 32-bit integers, prints a position-weighted checksum.
(module
  ;; PRELUDE
  (memory (export "memory") 130)
  (func $addr (param $i i32) (result i32) (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2))))
  (func $qsort (param $lo i32) (param $hi i32)
    (local $i i32) (local $j i32) (local $pivot i32) (local $t i32)
    (loop $again
      (if (i32.lt_s (local.get $lo) (local.get $hi))
        (then
          (local.set $pivot (i32.load (call $addr (i32.shr_u (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))))
          (local.set $i (local.get $lo))
          (local.set $j (local.get $hi))
          (loop $part
            (loop $up
              (if (i32.lt_u (i32.load (call $addr (local.get $i))) (local.get $pivot))
                (then (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $up))))
            (loop $down
              (if (i32.gt_u (i32.load (call $addr (local.get $j))) (local.get $pivot))
                (then (local.set $j (i32.sub (local.get $j) (i32.const 1))) (br $down))))
            (if (i32.le_s (local.get $i) (local.get $j))
              (then
                (local.set $t (i32.load (call $addr (local.get $i))))
                (i32.store (call $addr (local.get $i)) (i32.load (call $addr (local.get $j))))
                (i32.store (call $addr (local.get $j)) (local.get $t))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (local.set $j (i32.sub (local.get $j) (i32.const 1)))))
            (br_if $part (i32.le_s (local.get $i) (local.get $j))))
          ;; Recurse into the left part, loop on the right one.
          (call $qsort (local.get $lo) (local.get $j))
          (local.set $lo (local.get $i))
          (br $again)))))
  (func (export "_start")
    (local $i i32) (local $x i32) (local $sum i64)
    (local.set $x (i32.const 2463534242))
    (loop $fill
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 13))))
      (local.set $x (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 17))))
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 5))))
      (i32.store (call $addr (local.get $i)) (local.get $x))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $fill (i32.lt_u (local.get $i) (i32.const 2000000))))
    (call $qsort (i32.const 0) (i32.const 1999999))
    (local.set $i (i32.const 0))
    (loop $check
      (local.set $sum (i64.add (local.get $sum)
        (i64.mul (i64.extend_i32_u (i32.load (call $addr (local.get $i)))) (i64.extend_i32_u (i32.and (local.get $i) (i32.const 1023))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $check (i32.lt_u (local.get $i) (i32.const 2000000))))
    (call $print (local.get $sum))))
