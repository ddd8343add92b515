/* oa adds this file to every C program. The compiler's runtime library (the
 * 128-bit division and modulo of __int128, among others) was built with stack
 * protection, whose canary and failure handler the WebAssembly C library does not
 * define: without them, any program dividing an __int128 failed to link. A fixed
 * canary keeps runs reproducible. Weak: a program's own definitions win. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
__attribute__((weak)) uintptr_t __stack_chk_guard = (uintptr_t)0x2b9e1c3dUL;
__attribute__((weak, noreturn)) void __stack_chk_fail(void) {
    fputs("*** stack smashing detected ***: terminated\n", stderr);
    abort();
}
