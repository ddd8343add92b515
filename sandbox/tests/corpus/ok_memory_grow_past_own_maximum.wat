;; verdict: OK
;; exit: 0
;; Probes: a module whose memory declares its own maximum (2 pages) gets -1 from a
;; memory.grow past that maximum, as the spec says; that refusal is the module's,
;; not the judge's limit, so it is not MLE (here even for a 100000-page request).
(module
  (memory (export "memory") 1 2)
  (func (export "_start")
    (if (i32.ne (memory.grow (i32.const 5)) (i32.const -1)) (then unreachable))
    (if (i32.ne (memory.grow (i32.const 100000)) (i32.const -1)) (then unreachable))
    (if (i32.ne (memory.grow (i32.const 1)) (i32.const 1)) (then unreachable))))
