;; verdict: MLE
;; memory-limit-mib: 16
;; message: memory limit exceeded
;; Probes: memory.grow one page at a time until refused. A refusal past the limit
;; ends the run as MLE (it must not hand back -1 and let the module carry on).
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (loop $again
      (br_if $again (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
    ;; Reached only if a growth was refused with -1 instead of ending the run.
    unreachable))
