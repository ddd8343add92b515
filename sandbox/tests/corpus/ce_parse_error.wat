;; verdict: CE
;; Probes: text that is not valid WebAssembly text (unbalanced, unknown instruction) is CE.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.frobnicate (i32.const 1))
