// Exceptions thrown by the containers, with the what() text g++ uses.
#ifndef PBDS_EXCEPTION_HPP
#define PBDS_EXCEPTION_HPP

#include <cstdlib>
#include <stdexcept>

namespace __gnu_pbds {

struct container_error : public std::logic_error {
  container_error() : std::logic_error("__gnu_pbds::container_error") {}
};
// join() of two trees whose key ranges overlap.
struct join_error : public container_error {};
// Insertion the container cannot honour.
struct insert_error : public container_error {};
// A resize request that cannot be honoured.
struct resize_error : public container_error {};

namespace detail {
// Throws when exceptions are enabled; wasm builds often disable them, and
// then an impossible request must still stop the program rather than go on.
template <class E>
[[noreturn]] inline void throw_error() {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  throw E();
#else
  std::abort();
#endif
}
}  // namespace detail

}  // namespace __gnu_pbds

#endif
