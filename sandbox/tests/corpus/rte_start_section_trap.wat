;; verdict: RTE
;; message: unreachable
;; Probes: a trap in the wasm start section (during instantiation) is RTE like a trap in `_start`.
(module
  (memory (export "memory") 1)
  (func $init unreachable)
  (start $init)
  (func (export "_start")))
