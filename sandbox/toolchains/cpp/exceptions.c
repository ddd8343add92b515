/* oa's C++ runtime has no exception support: WebAssembly's libc++abi in this
 * toolchain ships no unwinder. These definitions let code that contains `try`,
 * `catch` and `throw` compile and link; a `throw` that actually happens ends the
 * run with a clear message on stderr (verdict RTE) instead of a link error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *__cxa_allocate_exception(size_t size) {
    void *p = malloc(size);
    if (!p) abort();
    return p;
}

void __cxa_free_exception(void *p) { free(p); }

void __cxa_throw(void *exception, void *type, void (*destructor)(void *)) {
    (void)exception; (void)type; (void)destructor;
    static const char msg[] =
        "terminate called: an exception was thrown, and exceptions are not supported "
        "in this environment (C++ code runs without an unwinder); the run ends here\n";
    fwrite(msg, 1, sizeof msg - 1, stderr);
    fflush(stderr);
    abort();
}
