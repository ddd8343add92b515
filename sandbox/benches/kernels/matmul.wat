;; Floating point in nested loops: a 300x300 double matrix product, prints the truncated trace sum.
(module
  ;; PRELUDE
  (memory (export "memory") 40)
  (func $at (param $base i32) (param $r i32) (param $c i32) (result i32)
    (i32.add (local.get $base) (i32.shl (i32.add (i32.mul (local.get $r) (i32.const 300)) (local.get $c)) (i32.const 3))))
  (func (export "_start")
    (local $i i32) (local $j i32) (local $k i32) (local $sum f64) (local $a i32) (local $b i32) (local $c i32)
    (local.set $a (i32.const 1024))
    (local.set $b (i32.const 721024))
    (local.set $c (i32.const 1441024))
    (loop $fi
      (local.set $j (i32.const 0))
      (loop $fj
        (f64.store (call $at (local.get $a) (local.get $i) (local.get $j))
          (f64.convert_i32_u (i32.rem_u (i32.add (i32.mul (local.get $i) (i32.const 7)) (local.get $j)) (i32.const 13))))
        (f64.store (call $at (local.get $b) (local.get $i) (local.get $j))
          (f64.convert_i32_u (i32.rem_u (i32.add (local.get $i) (i32.mul (local.get $j) (i32.const 5))) (i32.const 11))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $fj (i32.lt_u (local.get $j) (i32.const 300))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $fi (i32.lt_u (local.get $i) (i32.const 300))))
    (local.set $i (i32.const 0))
    (loop $mi
      (local.set $j (i32.const 0))
      (loop $mj
        (local.set $sum (f64.const 0))
        (local.set $k (i32.const 0))
        (loop $mk
          (local.set $sum (f64.add (local.get $sum)
            (f64.mul (f64.load (call $at (local.get $a) (local.get $i) (local.get $k)))
                     (f64.load (call $at (local.get $b) (local.get $k) (local.get $j))))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $mk (i32.lt_u (local.get $k) (i32.const 300))))
        (f64.store (call $at (local.get $c) (local.get $i) (local.get $j)) (local.get $sum))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $mj (i32.lt_u (local.get $j) (i32.const 300))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $mi (i32.lt_u (local.get $i) (i32.const 300))))
    (local.set $sum (f64.const 0))
    (local.set $i (i32.const 0))
    (loop $tr
      (local.set $sum (f64.add (local.get $sum) (f64.load (call $at (local.get $c) (local.get $i) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $tr (i32.lt_u (local.get $i) (i32.const 300))))
    (call $print (i64.trunc_f64_u (local.get $sum)))))
