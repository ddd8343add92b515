// The compiler's runtime library (the 128-bit division and modulo of __int128,
// among others) was built with stack protection, whose canary and failure handler
// the WebAssembly C library does not define: without them, any program dividing an
// __int128 failed to link. A fixed canary keeps runs reproducible. Weak: a
// program's own definitions win. The message is glibc's.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
extern "C" {
__attribute__((weak)) std::uintptr_t __stack_chk_guard = static_cast<std::uintptr_t>(0x2b9e1c3dUL);
__attribute__((weak, noreturn)) void __stack_chk_fail() {
    std::fputs("*** stack smashing detected ***: terminated\n", stderr);
    std::abort();
}
}
