// What an uncaught C++ exception does, as g++'s programs do it.
//
// A WebAssembly exception that nothing catches leaves the module as a bare trap:
// std::terminate never runs and nobody learns what was thrown. main is therefore
// run inside a catch-all (hooked with `--wrap=__original_main`, the function
// wasi-libc's _start calls), and std::terminate prints what libstdc++'s verbose
// terminate handler prints before it aborts:
//
//   terminate called after throwing an instance of 'std::runtime_error'
//     what():  boom
#include <cstdio>
#include <cstdlib>
#include <cxxabi.h>
#include <exception>
#include <typeinfo>

namespace {

[[noreturn]] void verbose_terminate() {
    static bool terminating = false;
    if (terminating) {
        std::fputs("terminate called recursively\n", stderr);
        std::abort();
    }
    terminating = true;
    if (const std::type_info* type = abi::__cxa_current_exception_type()) {
        int status = -1;
        char* name = abi::__cxa_demangle(type->name(), nullptr, nullptr, &status);
        std::fprintf(stderr, "terminate called after throwing an instance of '%s'\n",
                     status == 0 && name ? name : type->name());
        std::free(name);
        try {
            throw;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "  what():  %s\n", e.what());
        } catch (...) {
        }
    } else {
        std::fputs("terminate called without an active exception\n", stderr);
    }
    std::abort();
}

}  // namespace

extern "C" int __real___original_main(void);

extern "C" int __wrap___original_main(void) {
    std::set_terminate(verbose_terminate);
    try {
        return __real___original_main();
    } catch (...) {
        std::terminate();
    }
}
