;; verdict: MLE
;; memory-limit-mib: 32
;; message: memory limit exceeded
;; Probes: garbage-collected objects count against the memory limit. A linked
;; list of 64 KiB arrays, every one still reachable, grows the GC heap until the
;; limit refuses it; collecting frees nothing, and the run ends MLE, not RTE.
(module
  (type $bytes (array (mut i8)))
  (type $node (struct (field (ref null $node)) (field (ref $bytes))))
  (memory (export "memory") 1)
  (global $head (mut (ref null $node)) (ref.null $node))
  (func (export "_start")
    (loop $again
      (global.set $head
        (struct.new $node (global.get $head) (array.new_default $bytes (i32.const 65536))))
      (br $again))))
