// Trie policies: the string access traits and the two node updates g++
// offers (prefix search, order statistics).  A trie here is the same
// ordered container as tree<>, ordered the way a trie lists its keys:
// element by element through the access traits (by e_pos), a key before
// its extensions.  Custom trie node updates, which walk trie nodes, are
// not supported.
#ifndef PBDS_TRIE_POLICY_HPP
#define PBDS_TRIE_POLICY_HPP

#include <cstddef>
#include <iterator>
#include <limits>
#include <string>
#include <utility>

#include <ext/pb_ds/tag_and_trait.hpp>

namespace __gnu_pbds {

// Element access for string-like keys, optionally read back to front.
template <typename _String = std::string,
          typename _String::value_type Min_E_Val =
              std::numeric_limits<typename _String::value_type>::min(),
          typename _String::value_type Max_E_Val =
              std::numeric_limits<typename _String::value_type>::max(),
          bool Reverse = false, typename _Alloc = std::allocator<char>>
struct trie_string_access_traits {
  typedef std::size_t size_type;
  typedef _String key_type;
  typedef const _String& key_const_reference;
  typedef typename _String::value_type e_type;
  typedef typename std::conditional<Reverse,
                                    typename _String::const_reverse_iterator,
                                    typename _String::const_iterator>::type
      const_iterator;
  enum {
    min_e_val = Min_E_Val,
    max_e_val = Max_E_Val,
    max_size = Max_E_Val - Min_E_Val + 1,
    reverse = Reverse
  };

  static const_iterator begin(key_const_reference k) {
    if constexpr (Reverse)
      return k.rbegin();
    else
      return k.begin();
  }
  static const_iterator end(key_const_reference k) {
    if constexpr (Reverse)
      return k.rend();
    else
      return k.end();
  }
  static size_type e_pos(e_type e) {
    return static_cast<size_type>(e - Min_E_Val);
  }
};

namespace detail {

// Compares the first |prefix| elements of key with prefix: negative if
// key sorts before every key starting with prefix, 0 if it starts with
// it, positive if it sorts after all of them.
template <class ATraits, class It>
int prefix_compare(const typename ATraits::key_type& key, It pb, It pe) {
  auto kb = ATraits::begin(key);
  auto ke = ATraits::end(key);
  for (; pb != pe; ++pb, ++kb) {
    if (kb == ke) return -1;
    std::size_t a = ATraits::e_pos(*kb), b = ATraits::e_pos(*pb);
    if (a != b) return a < b ? -1 : 1;
  }
  return 0;
}

// Trie order as a strict weak order on keys.
template <class ATraits>
struct trie_less {
  bool operator()(const typename ATraits::key_type& a,
                  const typename ATraits::key_type& b) const {
    auto ia = ATraits::begin(a), ea = ATraits::end(a);
    auto ib = ATraits::begin(b), eb = ATraits::end(b);
    for (; ia != ea && ib != eb; ++ia, ++ib) {
      std::size_t x = ATraits::e_pos(*ia), y = ATraits::e_pos(*ib);
      if (x != y) return x < y;
    }
    return ia == ea && ib != eb;
  }
};

// First node (in key order) whose key compares above `bound` against the
// prefix: bound -1 finds the first key starting with the prefix (or
// after it), bound 0 the first key after all those.
template <class ATraits, class NodeIt, class It>
NodeIt prefix_bound(NodeIt it, NodeIt end_it, It pb, It pe, int bound) {
  NodeIt best = end_it;
  while (it != end_it) {
    const auto& key = NodeIt::key_of_value::get(**it);
    if (prefix_compare<ATraits>(key, pb, pe) > bound) {
      best = it;
      it = it.get_l_child();
    } else {
      it = it.get_r_child();
    }
  }
  return best;
}

}  // namespace detail

// Adds prefix_range(prefix): the range of keys starting with prefix.
template <typename Node_CItr, typename Node_Itr, typename _ATraits,
          typename _Alloc>
class trie_prefix_search_node_update {
 public:
  typedef _Alloc allocator_type;
  typedef _ATraits access_traits;
  typedef Node_CItr node_const_iterator;
  typedef Node_Itr node_iterator;
  typedef typename node_const_iterator::value_type const_iterator;
  typedef typename node_iterator::value_type iterator;
  typedef typename _ATraits::key_type key_type;
  typedef const key_type& key_const_reference;
  typedef typename _ATraits::const_iterator a_const_iterator;
  typedef null_type metadata_type;

  std::pair<const_iterator, const_iterator> prefix_range(
      key_const_reference prefix) const {
    return prefix_range(_ATraits::begin(prefix), _ATraits::end(prefix));
  }
  std::pair<iterator, iterator> prefix_range(key_const_reference prefix) {
    return prefix_range(_ATraits::begin(prefix), _ATraits::end(prefix));
  }
  std::pair<const_iterator, const_iterator> prefix_range(
      a_const_iterator b, a_const_iterator e) const {
    return {bound(node_begin(), node_end(), b, e, -1),
            bound(node_begin(), node_end(), b, e, 0)};
  }
  std::pair<iterator, iterator> prefix_range(a_const_iterator b,
                                             a_const_iterator e) {
    return {bound(node_begin(), node_end(), b, e, -1),
            bound(node_begin(), node_end(), b, e, 0)};
  }

 protected:
  void operator()(node_iterator, node_const_iterator) const {}

  virtual ~trie_prefix_search_node_update() = default;
  virtual node_const_iterator node_begin() const = 0;
  virtual node_iterator node_begin() = 0;
  virtual node_const_iterator node_end() const = 0;
  virtual node_iterator node_end() = 0;
  virtual const_iterator end() const = 0;
  virtual iterator end() = 0;

 private:
  template <class NodeIt>
  typename NodeIt::value_type bound(NodeIt root, NodeIt end_it,
                                    a_const_iterator b, a_const_iterator e,
                                    int which) const {
    NodeIt n = detail::prefix_bound<_ATraits>(root, end_it, b, e, which);
    if (n != end_it) return *n;
    return const_cast<trie_prefix_search_node_update*>(this)->end();
  }
};

// Adds find_by_order, order_of_key and order_of_prefix.
template <typename Node_CItr, typename Node_Itr, typename _ATraits,
          typename _Alloc>
class trie_order_statistics_node_update {
 public:
  typedef _Alloc allocator_type;
  typedef _ATraits access_traits;
  typedef Node_CItr node_const_iterator;
  typedef Node_Itr node_iterator;
  typedef typename node_const_iterator::value_type const_iterator;
  typedef typename node_iterator::value_type iterator;
  typedef typename _ATraits::key_type key_type;
  typedef const key_type& key_const_reference;
  typedef typename _ATraits::const_iterator a_const_iterator;
  typedef std::size_t size_type;
  typedef size_type metadata_type;

  iterator find_by_order(size_type order) {
    node_iterator it = node_begin();
    if (it == node_end() || order >= it.get_metadata()) return end();
    return *walk_to_order(it, node_end(), order);
  }
  const_iterator find_by_order(size_type order) const {
    node_const_iterator it = node_begin();
    if (it == node_end() || order >= it.get_metadata()) return end();
    return *walk_to_order(it, node_end(), order);
  }

  // Number of keys before key.
  size_type order_of_key(key_const_reference key) const {
    detail::trie_less<_ATraits> less;
    return count_before([&](const key_type& k) { return less(k, key); });
  }
  // Number of keys before every key starting with the prefix [b, e).
  size_type order_of_prefix(a_const_iterator b, a_const_iterator e) const {
    return count_before([&](const key_type& k) {
      return detail::prefix_compare<_ATraits>(k, b, e) < 0;
    });
  }

 protected:
  void operator()(node_iterator it, node_const_iterator end_it) const {
    const_cast<metadata_type&>(it.get_metadata()) =
        1 + size_of(it.get_l_child(), end_it) +
        size_of(it.get_r_child(), end_it);
  }

  virtual ~trie_order_statistics_node_update() = default;
  virtual node_const_iterator node_begin() const = 0;
  virtual node_iterator node_begin() = 0;
  virtual node_const_iterator node_end() const = 0;
  virtual node_iterator node_end() = 0;
  virtual const_iterator end() const = 0;
  virtual iterator end() = 0;

 private:
  static size_type size_of(node_const_iterator it, node_const_iterator end_it) {
    return it == end_it ? 0 : it.get_metadata();
  }
  template <class NodeIt>
  static NodeIt walk_to_order(NodeIt it, node_const_iterator end_it,
                              size_type order) {
    for (;;) {
      size_type ls = size_of(it.get_l_child(), end_it);
      if (order < ls) {
        it = it.get_l_child();
      } else if (order == ls) {
        return it;
      } else {
        order -= ls + 1;
        it = it.get_r_child();
      }
    }
  }
  // Counts the keys satisfying `before`, which holds on a prefix of the
  // key order.
  template <class Before>
  size_type count_before(Before before) const {
    const node_const_iterator end_it = node_end();
    size_type n = 0;
    for (node_const_iterator it = node_begin(); it != end_it;) {
      if (before(node_const_iterator::key_of_value::get(**it))) {
        n += size_of(it.get_l_child(), end_it) + 1;
        it = it.get_r_child();
      } else {
        it = it.get_l_child();
      }
    }
    return n;
  }
};

}  // namespace __gnu_pbds

#endif
