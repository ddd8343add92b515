;; verdict: RTE
;; message: exception
;; Probes: a wasm exception (exception handling is enabled) thrown out of `_start`
;; is RTE, not a host error.
(module
  (memory (export "memory") 1)
  (tag $oops (param i32))
  (func (export "_start")
    (throw $oops (i32.const 42))))
