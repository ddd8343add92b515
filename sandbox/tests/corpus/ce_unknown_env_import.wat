;; verdict: CE
;; message: env
;; Probes: an import from a module other than WASI (env.abort) cannot be linked.
(module
  (import "env" "abort" (func $abort))
  (memory (export "memory") 1)
  (func (export "_start") (call $abort)))
