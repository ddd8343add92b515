;; verdict: OK
;; stdout: accept_fd0=57\nrecv_fd0=57\nsend_fd0=57\nshutdown_fd0=57\naccept_fd1=57\nrecv_fd1=57\nsend_fd1=57\nshutdown_fd1=57\naccept_fd3=8\nrecv_fd3=8\nsend_fd3=8\nshutdown_fd3=8\n
;; Probes: there are no sockets: sock_accept, sock_recv, sock_send and sock_shutdown
;; on stdin (0), stdout (1) and an unopened fd (3) all fail (NOTSOCK 57 on stdio,
;; BADF 8 otherwise); sock_send must never write to stdout.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_accept" (func $sock_accept (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_recv" (func $sock_recv (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_send" (func $sock_send (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_shutdown" (func $sock_shutdown (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "accept")
  (data (i32.const 96) "recv")
  (data (i32.const 128) "send")
  (data (i32.const 160) "shutdown")
  (data (i32.const 192) "_fd0=")
  (data (i32.const 224) "_fd1=")
  (data (i32.const 256) "_fd2=")
  (data (i32.const 288) "_fd3=")
  ;; Output helpers. $print writes memory[ptr, ptr+len) to stdout; $show prints a
  ;; label (from the data segments) then n in decimal then \n.
  ;; Scratch: 0..8 iovec, 8..12 nwritten, 16..40 digits, 40 newline.
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func $show (param $label i32) (param $len i32) (param $n i64) (local $p i32)
    (call $print (local.get $label) (local.get $len))
    (local.set $p (i32.const 40))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i64.store8 (local.get $p) (i64.add (i64.const 48) (i64.rem_u (local.get $n) (i64.const 10))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (i32.store8 (i32.const 40) (i32.const 10))
    (call $print (local.get $p) (i32.sub (i32.const 41) (local.get $p))))
  (func (export "_start") (local $fd i32)
    ;; one iovec at 1024 -> 2048, 16 bytes
    (i32.store (i32.const 1024) (i32.const 2048))
    (i32.store (i32.const 1028) (i32.const 16))
    (loop $each
      (call $print (i32.const 64) (i32.const 6))
      (call $show (i32.add (i32.const 192) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 5)
        (i64.extend_i32_u (call $sock_accept (local.get $fd) (i32.const 0) (i32.const 1032))))
      (call $print (i32.const 96) (i32.const 4))
      (call $show (i32.add (i32.const 192) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 5)
        (i64.extend_i32_u (call $sock_recv (local.get $fd) (i32.const 1024) (i32.const 1) (i32.const 0) (i32.const 1032) (i32.const 1036))))
      (call $print (i32.const 128) (i32.const 4))
      (call $show (i32.add (i32.const 192) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 5)
        (i64.extend_i32_u (call $sock_send (local.get $fd) (i32.const 1024) (i32.const 1) (i32.const 0) (i32.const 1032))))
      (call $print (i32.const 160) (i32.const 8))
      (call $show (i32.add (i32.const 192) (i32.shl (local.get $fd) (i32.const 5))) (i32.const 5)
        (i64.extend_i32_u (call $sock_shutdown (local.get $fd) (i32.const 3))))
      (local.set $fd (select (i32.const 3) (i32.add (local.get $fd) (i32.const 1)) (i32.eq (local.get $fd) (i32.const 1))))
      (br_if $each (i32.le_u (local.get $fd) (i32.const 3))))))
