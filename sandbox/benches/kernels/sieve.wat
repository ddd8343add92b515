;; Memory-bound byte loops: sieve of Eratosthenes up to 2*10^7, prints the prime count.
(module
  ;; PRELUDE
  (memory (export "memory") 320)
  (func (export "_start")
    (local $n i32) (local $i i32) (local $j i32) (local $count i64)
    (local.set $n (i32.const 20000000))
    (local.set $i (i32.const 2))
    (block $done
      (loop $outer
        (br_if $done (i32.gt_u (i32.mul (local.get $i) (local.get $i)) (local.get $n)))
        (if (i32.eqz (i32.load8_u (i32.add (i32.const 1024) (local.get $i))))
          (then
            (local.set $j (i32.mul (local.get $i) (local.get $i)))
            (loop $mark
              (i32.store8 (i32.add (i32.const 1024) (local.get $j)) (i32.const 1))
              (local.set $j (i32.add (local.get $j) (local.get $i)))
              (br_if $mark (i32.le_u (local.get $j) (local.get $n))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $outer)))
    (local.set $i (i32.const 2))
    (loop $tally
      (local.set $count (i64.add (local.get $count) (i64.extend_i32_u (i32.eqz (i32.load8_u (i32.add (i32.const 1024) (local.get $i)))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $tally (i32.le_u (local.get $i) (local.get $n))))
    (call $print (local.get $count))))
