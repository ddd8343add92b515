// Pieces shared by the two hash tables.
#ifndef PBDS_DETAIL_HASH_COMMON_HPP
#define PBDS_DETAIL_HASH_COMMON_HPP

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace __gnu_pbds {
namespace detail {

// Spreads a hash value over the table: Fibonacci hashing keeps the top
// `bits` bits of hash * 2^64/phi.  Identity hashes such as std::hash<int>
// would otherwise put keys with equal low bits into one cluster.
inline std::size_t spread_hash(std::size_t h, unsigned bits) {
  return static_cast<std::size_t>(
      (static_cast<std::uint64_t>(h) * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

// Reads from a resize policy what the g++ one would apply: its first table
// size and its load bounds.  Policies without those members (user-written
// ones) get the g++ defaults, 8 and 0.5.
template <class P, class = void>
struct has_size_policy : std::false_type {};
template <class P>
struct has_size_policy<
    P, decltype((void)std::declval<const P&>().get_size_policy())>
    : std::true_type {};
template <class P, class = void>
struct has_loads : std::false_type {};
template <class P>
struct has_loads<P, decltype((void)std::declval<const P&>().get_loads())>
    : std::true_type {};

template <class Resize_Policy>
std::size_t initial_table_size(const Resize_Policy& p) {
  if constexpr (has_size_policy<Resize_Policy>::value)
    return p.get_size_policy().get_nearest_larger_size(0);
  else
    return 8;
}
template <class Resize_Policy>
std::pair<float, float> initial_loads(const Resize_Policy& p) {
  if constexpr (has_loads<Resize_Policy>::value)
    return p.get_loads();
  else
    return {0.125f, 0.5f};
}

// Smallest power of two >= n (and >= 8).
inline std::size_t table_capacity_for(std::size_t n) {
  std::size_t c = 8;
  while (c < n) c <<= 1;
  return c;
}
inline unsigned log2_of(std::size_t pow2) {
  unsigned b = 0;
  while ((std::size_t(1) << b) < pow2) ++b;
  return b;
}

}  // namespace detail
}  // namespace __gnu_pbds

#endif
