;; verdict: TLE
;; message: instructions
(module (memory (export "memory") 1) (func (export "_start") (loop br 0)))
