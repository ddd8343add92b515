// trie<>: keys are sequences read through access traits.  It is the
// ordered container of tree.hpp under the trie order (trie_policy.hpp);
// lookups cost O(log n) key comparisons instead of O(key length).
#ifndef PBDS_DETAIL_TRIE_HPP
#define PBDS_DETAIL_TRIE_HPP

#include <memory>
#include <string>

#include <ext/pb_ds/detail/tree.hpp>
#include <ext/pb_ds/tag_and_trait.hpp>
#include <ext/pb_ds/trie_policy.hpp>

namespace __gnu_pbds {
namespace detail {
template <class Key>
struct default_trie_access_traits {
  typedef trie_string_access_traits<Key> type;
};
}  // namespace detail

template <typename Key, typename Mapped,
          typename _ATraits =
              typename detail::default_trie_access_traits<Key>::type,
          typename Tag = pat_trie_tag,
          template <typename, typename, typename, typename> class Node_Update =
              null_node_update,
          typename _Alloc = std::allocator<char>>
class trie : public detail::ordered_container<
                 detail::tree_types<Key, Mapped, detail::trie_less<_ATraits>,
                                    _ATraits, Node_Update, _Alloc>,
                 detail::trie_less<_ATraits>> {
  typedef detail::ordered_container<
      detail::tree_types<Key, Mapped, detail::trie_less<_ATraits>, _ATraits,
                         Node_Update, _Alloc>,
      detail::trie_less<_ATraits>>
      base;

 public:
  typedef _ATraits access_traits;
  typedef _Alloc allocator_type;
  typedef Tag container_category;

  trie() = default;
  template <class It>
  trie(It first, It last) {
    this->insert(first, last);
  }

  // The traits are all static functions; an instance is all there is.
  const _ATraits& get_access_traits() const { return traits_; }
  _ATraits& get_access_traits() { return traits_; }

 private:
  [[no_unique_address]] _ATraits traits_;
};

template <typename K, typename M, typename A, typename T,
          template <typename, typename, typename, typename> class U,
          typename Al>
void swap(trie<K, M, A, T, U, Al>& a, trie<K, M, A, T, U, Al>& b) {
  a.swap(b);
}

}  // namespace __gnu_pbds

#endif
