// Nodes and iterators of the ordered containers (tree, trie).
#ifndef PBDS_DETAIL_TREE_NODE_HPP
#define PBDS_DETAIL_TREE_NODE_HPP

#include <cstddef>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

#include <ext/pb_ds/tag_and_trait.hpp>

namespace __gnu_pbds {
namespace detail {

// The links alone.  The container's header is a bare tree_link whose left
// child is the root, so end() is a real node: ++ from the maximum climbs to
// it and -- from it descends to the maximum, with no special cases.
struct tree_link {
  tree_link* parent = nullptr;
  tree_link* left = nullptr;
  tree_link* right = nullptr;
};

// A node holding a value.  Point iterators only need this part, so they do
// not depend on the metadata type (which depends on the iterators).
template <class V>
struct tree_value_node : tree_link {
  int height = 1;  // of the subtree rooted here; a leaf has 1
  V value;
  template <class... Args>
  explicit tree_value_node(Args&&... args)
      : value(std::forward<Args>(args)...) {}
};

// A full node: value plus the node update's metadata (empty if null_type).
template <class V, class Meta>
struct tree_node : tree_value_node<V> {
  [[no_unique_address]] Meta meta{};
  using tree_value_node<V>::tree_value_node;
};

inline tree_link* tree_next(tree_link* n) {
  if (n->right) {
    n = n->right;
    while (n->left) n = n->left;
    return n;
  }
  tree_link* p = n->parent;
  while (n == p->right) {
    n = p;
    p = p->parent;
  }
  return p;
}

inline tree_link* tree_prev(tree_link* n) {
  if (n->left) {
    n = n->left;
    while (n->right) n = n->right;
    return n;
  }
  tree_link* p = n->parent;
  while (n == p->left) {
    n = p;
    p = p->parent;
  }
  return p;
}

// Bidirectional iterator over values in key order.  Const selects a
// read-only view; sets use only the read-only one, as keys are immutable.
template <class V, bool Const>
class tree_iterator {
  template <class, bool>
  friend class tree_iterator;

 public:
  typedef std::bidirectional_iterator_tag iterator_category;
  typedef V value_type;
  typedef std::ptrdiff_t difference_type;
  typedef typename std::conditional<Const, const V*, V*>::type pointer;
  typedef typename std::conditional<Const, const V&, V&>::type reference;

  tree_iterator() = default;
  explicit tree_iterator(tree_link* l) : link_(l) {}
  // A mutable iterator converts to a const one, never the reverse.
  template <bool C2, typename std::enable_if<Const && !C2, int>::type = 0>
  tree_iterator(const tree_iterator<V, C2>& o) : link_(o.link_) {}

  reference operator*() const {
    return static_cast<tree_value_node<V>*>(link_)->value;
  }
  pointer operator->() const { return std::addressof(**this); }

  tree_iterator& operator++() {
    link_ = tree_next(link_);
    return *this;
  }
  tree_iterator operator++(int) {
    tree_iterator t = *this;
    ++*this;
    return t;
  }
  tree_iterator& operator--() {
    link_ = tree_prev(link_);
    return *this;
  }
  tree_iterator operator--(int) {
    tree_iterator t = *this;
    --*this;
    return t;
  }

  friend bool operator==(const tree_iterator& a, const tree_iterator& b) {
    return a.link_ == b.link_;
  }
  friend bool operator!=(const tree_iterator& a, const tree_iterator& b) {
    return a.link_ != b.link_;
  }

  tree_link* link() const { return link_; }

 private:
  tree_link* link_ = nullptr;
};

// Node iterators let a node update walk the tree's shape.  Traits is the
// container's type bundle; it is only looked into inside function bodies,
// because the metadata type is computed from these very iterator types.
// The null link plays node_end(): a missing child compares equal to it.
// KeyOf (a key_of_value) tells node updates the key type and how to get
// a key from a value.
template <class KeyOf, bool ValueConst, class Traits>
class tree_node_const_iterator {
  typedef typename KeyOf::value_type V;

 public:
  typedef trivial_iterator_tag iterator_category;
  typedef trivial_iterator_difference_type difference_type;
  typedef tree_iterator<V, true> value_type;
  typedef value_type reference;
  typedef value_type const_reference;
  typedef KeyOf key_of_value;

  explicit tree_node_const_iterator(tree_link* l = nullptr) : link_(l) {}

  const_reference operator*() const { return value_type(link_); }

  decltype(auto) get_metadata() const {
    return (static_cast<const typename Traits::node*>(link_)->meta);
  }
  tree_node_const_iterator get_l_child() const {
    return tree_node_const_iterator(link_->left);
  }
  tree_node_const_iterator get_r_child() const {
    return tree_node_const_iterator(link_->right);
  }

  friend bool operator==(const tree_node_const_iterator& a,
                         const tree_node_const_iterator& b) {
    return a.link_ == b.link_;
  }
  friend bool operator!=(const tree_node_const_iterator& a,
                         const tree_node_const_iterator& b) {
    return a.link_ != b.link_;
  }

  tree_link* link() const { return link_; }

 protected:
  tree_link* link_;
};

// Derives from the const version so the two compare with each other, as
// node updates routinely test a node_iterator against node_end().
template <class KeyOf, bool ValueConst, class Traits>
class tree_node_iterator
    : public tree_node_const_iterator<KeyOf, ValueConst, Traits> {
  typedef tree_node_const_iterator<KeyOf, ValueConst, Traits> base;
  typedef typename KeyOf::value_type V;

 public:
  typedef tree_iterator<V, ValueConst> value_type;
  typedef value_type reference;
  typedef value_type const_reference;

  explicit tree_node_iterator(tree_link* l = nullptr) : base(l) {}

  reference operator*() const { return value_type(this->link_); }

  tree_node_iterator get_l_child() const {
    return tree_node_iterator(this->link_->left);
  }
  tree_node_iterator get_r_child() const {
    return tree_node_iterator(this->link_->right);
  }
};

// Key of a value: the value itself in a set, .first in a map.
template <class Key, class Mapped>
struct key_of_value {
  typedef Key key_type;
  typedef std::pair<const Key, Mapped> value_type;
  static const Key& get(const value_type& v) { return v.first; }
};
template <class Key>
struct key_of_value<Key, null_type> {
  typedef Key key_type;
  typedef Key value_type;
  static const Key& get(const Key& v) { return v; }
};

}  // namespace detail
}  // namespace __gnu_pbds

#endif
