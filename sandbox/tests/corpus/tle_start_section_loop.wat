;; verdict: TLE
;; message: instructions
;; Probes: code run by the wasm start section (during instantiation, before
;; `_start`) is metered too: an endless loop there is TLE, not a hang.
(module
  (memory (export "memory") 1)
  (func $init (loop $again (br $again)))
  (start $init)
  (func (export "_start")))
