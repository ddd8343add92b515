;; verdict: TLE
;; message: instructions
;; Probes: allocating a garbage-collected object is a call into the engine's
;; runtime that no wasm instruction counts; each is charged, so a loop that only
;; allocates and drops small objects (the heap never grows) still runs out of its
;; instruction budget, deterministically, long before the wall-clock backstop.
(module
  (type $pair (struct (field i32) (field i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (loop $again
      (drop (struct.new $pair (i32.const 1) (i32.const 2)))
      (br $again))))
