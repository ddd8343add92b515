;; verdict: CE
;; Probes: shared memory needs the threads proposal, which the engine leaves out.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "_start")))
