// Node updates for tree<>: tree_order_statistics_node_update.
#ifndef PBDS_TREE_POLICY_HPP
#define PBDS_TREE_POLICY_HPP

#include <cstddef>

#include <ext/pb_ds/tag_and_trait.hpp>

namespace __gnu_pbds {

// Keeps each node's subtree size as metadata, giving rank queries.
// Like every node update, it is a base class of the tree and reaches the
// tree through the virtual functions below, which the tree implements.
template <typename Node_CItr, typename Node_Itr, typename Cmp_Fn,
          typename _Alloc>
class tree_order_statistics_node_update {
 public:
  typedef _Alloc allocator_type;
  typedef Cmp_Fn cmp_fn;
  typedef Node_CItr node_const_iterator;
  typedef Node_Itr node_iterator;
  typedef typename node_const_iterator::value_type const_iterator;
  typedef typename node_iterator::value_type iterator;
  typedef typename node_const_iterator::key_of_value::key_type key_type;
  typedef const key_type& key_const_reference;
  typedef std::size_t size_type;
  typedef size_type metadata_type;

  // Iterator to the order-th smallest element (0-based), or end() if
  // order >= size().
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

  // Number of elements ordered before key.  Three-way descent: it stops
  // at a node equivalent to key.  Under a non-strict comparator such as
  // less_equal no node is equivalent, and the count is of the elements
  // strictly less than key, which is what g++ returns too.
  size_type order_of_key(key_const_reference key) const {
    const Cmp_Fn& cmp = get_cmp_fn();
    const node_const_iterator end_it = node_end();
    size_type ord = 0;
    for (node_const_iterator it = node_begin(); it != end_it;) {
      node_const_iterator l = it.get_l_child();
      const key_type& k = node_const_iterator::key_of_value::get(**it);
      if (cmp(key, k)) {
        it = l;
      } else if (cmp(k, key)) {
        ord += size_of(l, end_it) + 1;
        it = it.get_r_child();
      } else {
        return ord + size_of(l, end_it);
      }
    }
    return ord;
  }

 protected:
  // Recomputes a node's subtree size from its children's.
  void operator()(node_iterator it, node_const_iterator end_it) const {
    const_cast<metadata_type&>(it.get_metadata()) =
        1 + size_of(it.get_l_child(), end_it) +
        size_of(it.get_r_child(), end_it);
  }

  virtual ~tree_order_statistics_node_update() = default;

  virtual node_const_iterator node_begin() const = 0;
  virtual node_iterator node_begin() = 0;
  virtual node_const_iterator node_end() const = 0;
  virtual node_iterator node_end() = 0;
  virtual const_iterator end() const = 0;
  virtual iterator end() = 0;
  virtual const Cmp_Fn& get_cmp_fn() const = 0;

 private:
  static size_type size_of(node_const_iterator it, node_const_iterator end_it) {
    return it == end_it ? 0 : it.get_metadata();
  }

  // Descends from a subtree root holding more than order nodes to the
  // order-th one.
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
};

}  // namespace __gnu_pbds

#endif
