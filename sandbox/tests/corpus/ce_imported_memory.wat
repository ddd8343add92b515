;; verdict: CE
;; message: memory
;; Probes: a module that imports its memory (env.memory) cannot be linked: the host provides none.
(module
  (import "env" "memory" (memory 1))
  (export "memory" (memory 0))
  (func (export "_start")))
