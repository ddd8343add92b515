;; verdict: OK
;; exit: 0
;; memory-limit-mib: 16
;; Probes: 1000 calls of memory.grow 2 on a memory capped at 2 pages by the module
;; itself: each is refused with -1 and the memory stays 1 page (64 KiB), so the
;; run is far below the 16 MiB limit; refused growths must not count towards it.
(module
  (memory (export "memory") 1 2)
  (func (export "_start") (local $i i32)
    (loop $again
      (if (i32.ne (memory.grow (i32.const 2)) (i32.const -1)) (then unreachable))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (i32.const 1000))))
    (if (i32.ne (memory.size) (i32.const 1)) (then unreachable))))
