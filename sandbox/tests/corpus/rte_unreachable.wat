;; verdict: RTE
;; message: unreachable
;; Probes: the `unreachable` instruction traps.
(module
  (memory (export "memory") 1)
  (func (export "_start") unreachable))
