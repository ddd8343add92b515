;; verdict: CE
;; message: gc
;; Probes: the GC proposal is switched off in the engine (GC objects would live
;; outside linear memory): a module using struct/array types does not load.
(module
  (type $bytes (array (mut i8)))
  (memory (export "memory") 1)
  (global $keep (mut (ref null $bytes)) (ref.null $bytes))
  (func (export "_start")
    (global.set $keep (array.new_default $bytes (i32.const 1048576)))))
