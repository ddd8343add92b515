// tree<>: the ordered map/set of pb_ds, on top of the AVL tree in
// avl_tree.hpp.  Every tag (rb_tree_tag, splay_tree_tag, ov_tree_tag) gets
// the same AVL tree: the observable behaviour is defined by key order alone.
#ifndef PBDS_DETAIL_TREE_HPP
#define PBDS_DETAIL_TREE_HPP

#include <cstddef>
#include <functional>
#include <iterator>
#include <limits>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>

#include <ext/pb_ds/detail/tree_node.hpp>
#include <ext/pb_ds/detail/avl_tree.hpp>
#include <ext/pb_ds/tag_and_trait.hpp>

namespace __gnu_pbds {
namespace detail {

// The types an ordered container is made of.  The node update is a base of
// the container and is instantiated on the node iterators; its metadata
// type then decides the node type.  The node iterators refer back to this
// bundle only inside function bodies, which breaks the cycle.  Update_Arg
// is the node update's third argument: the comparator for a tree, the
// access traits for a trie.
template <class Key, class Mapped, class Cmp_Fn, class Update_Arg,
          template <typename, typename, typename, typename> class Node_Update,
          class _Alloc>
struct tree_types {
  typedef key_of_value<Key, Mapped> key_of;
  typedef typename key_of::value_type value_type;
  typedef Mapped mapped_type;
  // In a set the values are the keys, so no iterator may change them.
  static constexpr bool is_set = std::is_same<Mapped, null_type>::value;
  typedef tree_node_const_iterator<key_of, is_set, tree_types>
      node_const_iterator;
  typedef tree_node_iterator<key_of, is_set, tree_types> node_iterator;
  typedef Node_Update<node_const_iterator, node_iterator, Update_Arg, _Alloc>
      update_base;
  typedef typename update_base::metadata_type metadata_type;
  typedef tree_node<value_type, metadata_type> node;
  typedef avl_tree<value_type, key_of, Cmp_Fn, metadata_type, _Alloc> core;
};

// Ordered container shared by tree<> and trie<>.  The node update is a
// public base, so its methods (find_by_order, ...) are members of the
// container, and the members below with the signatures of its virtual
// functions (end, node_begin, get_cmp_fn, ...) implement them.
template <class Types, class Cmp_Fn>
class ordered_container : public Types::update_base {
  typedef typename Types::core core_type;
  typedef typename Types::key_of key_of;

 public:
  typedef typename Types::update_base node_update;
  typedef typename key_of::key_type key_type;
  typedef typename Types::mapped_type mapped_type;
  typedef mapped_type& mapped_reference;
  typedef const mapped_type& mapped_const_reference;
  typedef typename Types::value_type value_type;
  typedef std::size_t size_type;
  typedef std::ptrdiff_t difference_type;
  typedef const key_type& key_const_reference;
  typedef value_type& reference;
  typedef const value_type& const_reference;
  typedef value_type* pointer;
  typedef const value_type* const_pointer;
  typedef Cmp_Fn cmp_fn;

  typedef detail::tree_iterator<value_type, true> const_iterator;
  typedef detail::tree_iterator<value_type, Types::is_set> iterator;
  typedef const_iterator point_const_iterator;
  typedef iterator point_iterator;
  typedef std::reverse_iterator<iterator> reverse_iterator;
  typedef std::reverse_iterator<const_iterator> const_reverse_iterator;
  typedef typename Types::node_const_iterator node_const_iterator;
  typedef typename Types::node_iterator node_iterator;

  ordered_container() = default;
  explicit ordered_container(const Cmp_Fn& c) : core_(c) {}
  ordered_container(const Cmp_Fn& c, const node_update& u)
      : node_update(u), core_(c) {}

  // There is deliberately no move constructor: as in g++, moving copies
  // and the source keeps its elements.
  ordered_container(const ordered_container&) = default;
  ordered_container& operator=(const ordered_container& o) {
    if (this != &o) {
      core_ = o.core_;
      static_cast<node_update&>(*this) = o;
    }
    return *this;
  }

  size_type size() const { return core_.size(); }
  bool empty() const { return core_.size() == 0; }
  size_type max_size() const {
    return std::numeric_limits<difference_type>::max() /
           sizeof(typename Types::node);
  }

  std::pair<point_iterator, bool> insert(const_reference v) {
    updater u{this};
    auto r = core_.insert(key_of::get(v), u, v);
    return {point_iterator(r.first), r.second};
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(*first);
  }

  // Maps only: the mapped value of key, default-inserted if missing.
  // Under less_equal find() never succeeds, so this always inserts.
  template <class M = mapped_type,
            typename std::enable_if<!std::is_same<M, null_type>::value,
                                    int>::type = 0>
  M& operator[](key_const_reference k) {
    updater u{this};
    tree_link* n = core_
                       .insert(k, u, std::piecewise_construct,
                               std::forward_as_tuple(k), std::tuple<>())
                       .first;
    return static_cast<tree_value_node<value_type>*>(n)->value.second;
  }

  point_iterator find(key_const_reference k) {
    return point_iterator(core_.find(k));
  }
  point_const_iterator find(key_const_reference k) const {
    return point_const_iterator(core_.find(k));
  }
  point_iterator lower_bound(key_const_reference k) {
    return point_iterator(core_.lower_bound(k));
  }
  point_const_iterator lower_bound(key_const_reference k) const {
    return point_const_iterator(core_.lower_bound(k));
  }
  point_iterator upper_bound(key_const_reference k) {
    return point_iterator(core_.upper_bound(k));
  }
  point_const_iterator upper_bound(key_const_reference k) const {
    return point_const_iterator(core_.upper_bound(k));
  }

  // Erases the element equivalent to k, if find() sees one.  Returns bool
  // as g++ does; under less_equal nothing is found, so nothing is erased.
  bool erase(key_const_reference k) {
    tree_link* n = core_.find(k);
    if (n == core_.end_link()) return false;
    updater u{this};
    core_.erase(n, u);
    return true;
  }
  iterator erase(iterator it) {
    updater u{this};
    return iterator(core_.erase(it.link(), u));
  }
  // The element of a reverse iterator is the one before its base; the
  // base survives the erase and then designates the next element.
  reverse_iterator erase(reverse_iterator it) {
    iterator b = it.base();
    erase(std::prev(b));
    return reverse_iterator(b);
  }
  template <class Pred>
  size_type erase_if(Pred pred) {
    size_type n = 0;
    for (iterator it = begin(); it != end();) {
      if (pred(*it)) {
        it = erase(it);
        ++n;
      } else {
        ++it;
      }
    }
    return n;
  }

  void clear() { core_.clear(); }
  void swap(ordered_container& o) { core_.swap(o.core_); }

  // Moves into other (emptied first) every element ordered after key,
  // i.e. with cmp(key, element): under less_equal, equal keys move too.
  void split(key_const_reference key, ordered_container& other) {
    updater u{this};
    core_.split(key, other.core_, u);
  }
  // Takes all of other's elements; they must all be ordered after ours or
  // all before, otherwise join_error is thrown.
  void join(ordered_container& other) {
    updater u{this};
    core_.join(other.core_, u);
  }

  iterator begin() { return iterator(core_.first()); }
  const_iterator begin() const { return const_iterator(core_.first()); }
  iterator end() { return iterator(core_.end_link()); }
  const_iterator end() const { return const_iterator(core_.end_link()); }
  reverse_iterator rbegin() { return reverse_iterator(end()); }
  const_reverse_iterator rbegin() const {
    return const_reverse_iterator(end());
  }
  reverse_iterator rend() { return reverse_iterator(begin()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }

  node_iterator node_begin() { return node_iterator(core_.root()); }
  node_const_iterator node_begin() const {
    return node_const_iterator(core_.root());
  }
  node_iterator node_end() { return node_iterator(); }
  node_const_iterator node_end() const { return node_const_iterator(); }
  Cmp_Fn& get_cmp_fn() { return core_.cmp(); }
  const Cmp_Fn& get_cmp_fn() const { return core_.cmp(); }

 protected:
  // Calls the node update on one node whose children are up to date.
  struct updater {
    ordered_container* self;
    void operator()(tree_link* l) const {
      self->node_update::operator()(node_iterator(l), node_const_iterator());
    }
  };

 private:
  core_type core_;
};

}  // namespace detail

// The pb_ds tree.  Mapped = null_type makes a set.
template <typename Key, typename Mapped, typename Cmp_Fn = std::less<Key>,
          typename Tag = rb_tree_tag,
          template <typename, typename, typename, typename> class Node_Update =
              null_node_update,
          typename _Alloc = std::allocator<char>>
class tree
    : public detail::ordered_container<
          detail::tree_types<Key, Mapped, Cmp_Fn, Cmp_Fn, Node_Update, _Alloc>,
          Cmp_Fn> {
  typedef detail::ordered_container<
      detail::tree_types<Key, Mapped, Cmp_Fn, Cmp_Fn, Node_Update, _Alloc>,
      Cmp_Fn>
      base;

 public:
  typedef _Alloc allocator_type;
  typedef Tag container_category;

  tree() = default;
  explicit tree(const Cmp_Fn& c) : base(c) {}
  tree(const Cmp_Fn& c, const typename base::node_update& u) : base(c, u) {}
  template <class It>
  tree(It first, It last) {
    this->insert(first, last);
  }
  template <class It>
  tree(It first, It last, const Cmp_Fn& c) : base(c) {
    this->insert(first, last);
  }
  template <class It>
  tree(It first, It last, const Cmp_Fn& c,
       const typename base::node_update& u)
      : base(c, u) {
    this->insert(first, last);
  }
};

// O(1) swap for unqualified swap(a, b) calls.
template <typename K, typename M, typename C, typename T,
          template <typename, typename, typename, typename> class U,
          typename A>
void swap(tree<K, M, C, T, U, A>& a, tree<K, M, C, T, U, A>& b) {
  a.swap(b);
}

}  // namespace __gnu_pbds

#endif
