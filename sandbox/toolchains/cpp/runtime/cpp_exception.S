// The WebAssembly tag every C++ `throw` uses (its payload: a pointer to the
// exception). clang 22 leaves it to the runtime to define, once per program.
        .globl __cpp_exception
        .tagtype __cpp_exception i32
__cpp_exception:
