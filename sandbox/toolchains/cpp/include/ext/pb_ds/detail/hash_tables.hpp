// gp_hash_table (open addressing) and cc_hash_table (chaining), with g++'s
// template parameter lists and constructors.  The combining, probing and
// resize policies are accepted and kept (get_*_fn() return them) but the
// engines use their own power-of-two layout; see hash_policy.hpp.
#ifndef PBDS_DETAIL_HASH_TABLES_HPP
#define PBDS_DETAIL_HASH_TABLES_HPP

#include <functional>
#include <iterator>
#include <memory>
#include <type_traits>

#include <ext/pb_ds/detail/chained_table.hpp>
#include <ext/pb_ds/detail/hash_container.hpp>
#include <ext/pb_ds/detail/open_table.hpp>
#include <ext/pb_ds/hash_policy.hpp>
#include <ext/pb_ds/tag_and_trait.hpp>

namespace __gnu_pbds {
namespace detail {
// Restricts range constructors to iterators, so that they never compete
// with the constructors taking two policy objects.
template <class It>
using if_iterator = typename std::enable_if<
    !std::is_same<typename std::iterator_traits<It>::iterator_category,
                  void>::value,
    int>::type;
}  // namespace detail

template <typename Key, typename Mapped, typename Hash_Fn = std::hash<Key>,
          typename Eq_Fn = std::equal_to<Key>,
          typename Comb_Probe_Fn = direct_mask_range_hashing<>,
          typename Probe_Fn = linear_probe_fn<>,
          typename Resize_Policy = hash_standard_resize_policy<>,
          bool Store_Hash = false, typename _Alloc = std::allocator<char>>
class gp_hash_table
    : public detail::hash_container<detail::open_table, Key, Mapped, Hash_Fn,
                                    Eq_Fn, Resize_Policy, _Alloc> {
  typedef detail::hash_container<detail::open_table, Key, Mapped, Hash_Fn,
                                 Eq_Fn, Resize_Policy, _Alloc>
      base;

 public:
  typedef gp_hash_tag container_category;
  typedef Comb_Probe_Fn comb_probe_fn;
  typedef Probe_Fn probe_fn;
  enum { store_hash = Store_Hash };

  gp_hash_table() = default;
  explicit gp_hash_table(const Hash_Fn& h) : base(h) {}
  gp_hash_table(const Hash_Fn& h, const Eq_Fn& e) : base(h, e) {}
  gp_hash_table(const Hash_Fn& h, const Eq_Fn& e, const Comb_Probe_Fn& c)
      : base(h, e), comb_(c) {}
  gp_hash_table(const Hash_Fn& h, const Eq_Fn& e, const Comb_Probe_Fn& c,
                const Probe_Fn& p)
      : base(h, e), comb_(c), probe_(p) {}
  gp_hash_table(const Hash_Fn& h, const Eq_Fn& e, const Comb_Probe_Fn& c,
                const Probe_Fn& p, const Resize_Policy& r)
      : base(h, e, r), comb_(c), probe_(p) {}
  template <class It, detail::if_iterator<It> = 0>
  gp_hash_table(It first, It last) {
    this->insert(first, last);
  }
  template <class It, detail::if_iterator<It> = 0>
  gp_hash_table(It first, It last, const Hash_Fn& h) : base(h) {
    this->insert(first, last);
  }
  template <class It, detail::if_iterator<It> = 0>
  gp_hash_table(It first, It last, const Hash_Fn& h, const Eq_Fn& e)
      : base(h, e) {
    this->insert(first, last);
  }

  Comb_Probe_Fn& get_comb_probe_fn() { return comb_; }
  const Comb_Probe_Fn& get_comb_probe_fn() const { return comb_; }
  Probe_Fn& get_probe_fn() { return probe_; }
  const Probe_Fn& get_probe_fn() const { return probe_; }

 private:
  [[no_unique_address]] Comb_Probe_Fn comb_;
  [[no_unique_address]] Probe_Fn probe_;
};

template <typename Key, typename Mapped, typename Hash_Fn = std::hash<Key>,
          typename Eq_Fn = std::equal_to<Key>,
          typename Comb_Hash_Fn = direct_mask_range_hashing<>,
          typename Resize_Policy = hash_standard_resize_policy<>,
          bool Store_Hash = false, typename _Alloc = std::allocator<char>>
class cc_hash_table
    : public detail::hash_container<detail::chained_table, Key, Mapped,
                                    Hash_Fn, Eq_Fn, Resize_Policy, _Alloc> {
  typedef detail::hash_container<detail::chained_table, Key, Mapped, Hash_Fn,
                                 Eq_Fn, Resize_Policy, _Alloc>
      base;

 public:
  typedef cc_hash_tag container_category;
  typedef Comb_Hash_Fn comb_hash_fn;
  enum { store_hash = Store_Hash };

  cc_hash_table() = default;
  explicit cc_hash_table(const Hash_Fn& h) : base(h) {}
  cc_hash_table(const Hash_Fn& h, const Eq_Fn& e) : base(h, e) {}
  cc_hash_table(const Hash_Fn& h, const Eq_Fn& e, const Comb_Hash_Fn& c)
      : base(h, e), comb_(c) {}
  cc_hash_table(const Hash_Fn& h, const Eq_Fn& e, const Comb_Hash_Fn& c,
                const Resize_Policy& r)
      : base(h, e, r), comb_(c) {}
  template <class It, detail::if_iterator<It> = 0>
  cc_hash_table(It first, It last) {
    this->insert(first, last);
  }
  template <class It, detail::if_iterator<It> = 0>
  cc_hash_table(It first, It last, const Hash_Fn& h) : base(h) {
    this->insert(first, last);
  }
  template <class It, detail::if_iterator<It> = 0>
  cc_hash_table(It first, It last, const Hash_Fn& h, const Eq_Fn& e)
      : base(h, e) {
    this->insert(first, last);
  }

  Comb_Hash_Fn& get_comb_hash_fn() { return comb_; }
  const Comb_Hash_Fn& get_comb_hash_fn() const { return comb_; }

 private:
  [[no_unique_address]] Comb_Hash_Fn comb_;
};

template <typename K, typename M, typename H, typename E, typename C,
          typename P, typename R, bool S, typename A>
void swap(gp_hash_table<K, M, H, E, C, P, R, S, A>& a,
          gp_hash_table<K, M, H, E, C, P, R, S, A>& b) {
  a.swap(b);
}
template <typename K, typename M, typename H, typename E, typename C,
          typename R, bool S, typename A>
void swap(cc_hash_table<K, M, H, E, C, R, S, A>& a,
          cc_hash_table<K, M, H, E, C, R, S, A>& b) {
  a.swap(b);
}

}  // namespace __gnu_pbds

#endif
