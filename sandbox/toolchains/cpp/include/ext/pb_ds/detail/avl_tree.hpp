// The balanced search tree behind tree<> and trie<>: an AVL tree (the two
// subtrees of every node differ in height by at most one), so paths are
// about log2(n) long and every operation is O(log n) worst case.  The
// shape never shows through the public interface, which depends only on
// the key order.
//
// Node updates: after any change to a subtree, `upd(link)` is called for
// each node whose subtree changed, children before parents, so metadata
// computed from the children (like subtree sizes) stays exact.
#ifndef PBDS_DETAIL_AVL_TREE_HPP
#define PBDS_DETAIL_AVL_TREE_HPP

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

#include <ext/pb_ds/detail/tree_node.hpp>
#include <ext/pb_ds/exception.hpp>

namespace __gnu_pbds {
namespace detail {

template <class V, class KeyOf, class Cmp, class Meta, class Alloc>
class avl_tree {
 public:
  typedef tree_node<V, Meta> node;
  typedef typename KeyOf::key_type key_type;
  // Without metadata only heights need fixing, so upward walks can stop
  // as soon as a subtree's height is unchanged.
  static constexpr bool augmented = !std::is_same<Meta, null_type>::value;

  explicit avl_tree(const Cmp& cmp = Cmp()) : cmp_(cmp) {}

  avl_tree(const avl_tree& o) : cmp_(o.cmp_), alloc_(o.alloc_) {
    header_.left = clone(o.header_.left, &header_);
    size_ = o.size_;
  }

  avl_tree& operator=(const avl_tree& o) {
    if (this != &o) {
      avl_tree t(o);
      swap(t);
    }
    return *this;
  }

  ~avl_tree() { clear(); }

  tree_link* end_link() const { return const_cast<tree_link*>(&header_); }
  tree_link* root() const { return header_.left; }
  std::size_t size() const { return size_; }
  Cmp& cmp() { return cmp_; }
  const Cmp& cmp() const { return cmp_; }

  static const key_type& key(const tree_link* l) {
    return KeyOf::get(static_cast<const node*>(l)->value);
  }

  tree_link* first() const {
    tree_link* n = end_link();
    while (n->left) n = n->left;
    return n;
  }

  // First node whose key is not ordered before k.
  tree_link* lower_bound(const key_type& k) const {
    tree_link* best = end_link();
    for (tree_link* n = root(); n;) {
      if (!cmp_(key(n), k)) {
        best = n;
        n = n->left;
      } else {
        n = n->right;
      }
    }
    return best;
  }

  // First node whose key k is ordered before.
  tree_link* upper_bound(const key_type& k) const {
    tree_link* best = end_link();
    for (tree_link* n = root(); n;) {
      if (cmp_(k, key(n))) {
        best = n;
        n = n->left;
      } else {
        n = n->right;
      }
    }
    return best;
  }

  // The lower bound, if it is equivalent to k.  With a non-strict
  // comparator such as less_equal nothing is ever equivalent, so (as in
  // g++) nothing is ever found.
  tree_link* find(const key_type& k) const {
    tree_link* n = lower_bound(k);
    return (n != end_link() && !cmp_(k, key(n))) ? n : end_link();
  }

  // Inserts a node built from args just before the lower bound of k,
  // unless the lower bound is equivalent to k.  Equal keys under
  // less_equal therefore go after the ones already there, as in g++.
  template <class Upd, class... Args>
  std::pair<tree_link*, bool> insert(const key_type& k, Upd& upd,
                                     Args&&... args) {
    tree_link* parent = &header_;
    tree_link* bound = &header_;
    bool left = true;
    for (tree_link* n = root(); n;) {
      parent = n;
      if (cmp_(key(n), k)) {
        n = n->right;
        left = false;
      } else {
        bound = n;
        n = n->left;
        left = true;
      }
    }
    if (bound != &header_ && !cmp_(k, key(bound))) return {bound, false};

    node* x = create(std::forward<Args>(args)...);
    x->parent = parent;
    (left ? parent->left : parent->right) = x;
    ++size_;
    pull(x, upd);
    retrace(parent, &header_, upd);
    return {x, true};
  }

  // Unlinks and frees n; returns its successor.
  template <class Upd>
  tree_link* erase(tree_link* n, Upd& upd) {
    tree_link* next = tree_next(n);
    retrace(unlink(n), &header_, upd);
    destroy(static_cast<node*>(n));
    --size_;
    return next;
  }

  void clear() {
    destroy_subtree(header_.left);
    header_.left = nullptr;
    size_ = 0;
  }

  void swap(avl_tree& o) {
    using std::swap;
    swap(header_.left, o.header_.left);
    if (header_.left) header_.left->parent = &header_;
    if (o.header_.left) o.header_.left->parent = &o.header_;
    swap(size_, o.size_);
    swap(cmp_, o.cmp_);
  }

  // Moves every node whose key k is ordered before (cmp(k, key) holds)
  // into other, which is emptied first.  Under less_equal that includes
  // the keys equal to k, exactly as in g++.
  template <class Upd>
  void split(const key_type& k, avl_tree& other, Upd& upd) {
    other.clear();
    std::pair<tree_link*, tree_link*> parts = split_rec(root(), k, upd);
    std::size_t total = size_;
    set_root(parts.first);
    other.set_root(parts.second);
    // Sizes: count the smaller part only, so splitting off a few
    // elements stays cheap without storing subtree sizes in every node.
    std::size_t n_lo = 0, n_hi = 0;
    tree_link* a = first();
    tree_link* b = other.first();
    while (a != end_link() && b != other.end_link()) {
      a = tree_next(a), ++n_lo;
      b = tree_next(b), ++n_hi;
    }
    if (a == end_link()) {
      size_ = n_lo;
      other.size_ = total - n_lo;
    } else {
      other.size_ = n_hi;
      size_ = total - n_hi;
    }
  }

  // Takes all of other's nodes.  They must all go after ours or all
  // before ours (tested with the comparator on the extremes), else
  // join_error is thrown and nothing changes.
  template <class Upd>
  void join(avl_tree& other, Upd& upd) {
    if (other.size_ == 0) return;
    if (size_ == 0) {
      swap_roots(other);
      std::swap(size_, other.size_);
      return;
    }
    if (cmp_(key(tree_prev(end_link())), key(other.first()))) {
      // ours first: our maximum becomes the pivot
    } else if (cmp_(key(tree_prev(other.end_link())), key(first()))) {
      swap_roots(other);
    } else {
      throw_error<join_error>();
    }
    tree_link* pivot = tree_prev(end_link());
    retrace(unlink(pivot), &header_, upd);
    tree_link* a = root();
    tree_link* b = other.root();
    if (a) a->parent = nullptr;
    b->parent = nullptr;
    set_root(join3(a, pivot, b, upd));
    other.set_root(nullptr);
    size_ += other.size_;
    other.size_ = 0;
  }

 private:
  typedef typename std::allocator_traits<Alloc>::template rebind_alloc<node>
      node_alloc;
  typedef std::allocator_traits<node_alloc> node_traits;

  static int height(const tree_link* l) {
    return l ? static_cast<const node*>(l)->height : 0;
  }
  static void set_height(tree_link* l) {
    int a = height(l->left), b = height(l->right);
    static_cast<node*>(l)->height = 1 + (a > b ? a : b);
  }
  // Recomputes what a node derives from its children.
  template <class Upd>
  static void pull(tree_link* n, Upd& upd) {
    set_height(n);
    if constexpr (augmented) upd(n);
  }

  template <class... Args>
  node* create(Args&&... args) {
    node* p = node_traits::allocate(alloc_, 1);
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    try {
      node_traits::construct(alloc_, p, std::forward<Args>(args)...);
    } catch (...) {
      node_traits::deallocate(alloc_, p, 1);
      throw;
    }
#else
    node_traits::construct(alloc_, p, std::forward<Args>(args)...);
#endif
    return p;
  }

  void destroy(node* p) {
    node_traits::destroy(alloc_, p);
    node_traits::deallocate(alloc_, p, 1);
  }

  // Recursion depth is the tree height, O(log n).
  void destroy_subtree(tree_link* n) {
    while (n) {
      destroy_subtree(n->left);
      tree_link* r = n->right;
      destroy(static_cast<node*>(n));
      n = r;
    }
  }

  // Copies shape, heights and metadata, so nothing needs refreshing.
  tree_link* clone(const tree_link* n, tree_link* parent) {
    if (!n) return nullptr;
    const node* src = static_cast<const node*>(n);
    node* x = create(src->value);
    x->height = src->height;
    x->meta = src->meta;
    x->parent = parent;
    x->left = clone(n->left, x);
    x->right = clone(n->right, x);
    return x;
  }

  void set_root(tree_link* r) {
    header_.left = r;
    if (r) r->parent = &header_;
  }
  void swap_roots(avl_tree& o) {
    tree_link* r = root();
    set_root(o.root());
    o.set_root(r);
  }

  // Replaces child `from` of its parent (if any: split and join work on
  // detached subtrees) by `to`.
  static void replace_child(tree_link* from, tree_link* to) {
    tree_link* p = from->parent;
    if (p) (p->left == from ? p->left : p->right) = to;
    if (to) to->parent = p;
  }

  // Lifts x above its parent, keeping the in-order sequence.
  static void rotate_up(tree_link* x) {
    tree_link* p = x->parent;
    replace_child(p, x);
    if (x == p->left) {
      p->left = x->right;
      if (x->right) x->right->parent = p;
      x->right = p;
    } else {
      p->right = x->left;
      if (x->left) x->left->parent = p;
      x->left = p;
    }
    p->parent = x;
  }

  // Restores balance at n, whose subtrees are balanced and up to date;
  // returns the root of the subtree that n had.
  template <class Upd>
  static tree_link* rebalance(tree_link* n, Upd& upd) {
    int bf = height(n->left) - height(n->right);
    if (bf > 1 || bf < -1) {
      tree_link* c = bf > 1 ? n->left : n->right;
      // A zig-zag is first turned into a zig-zig.
      tree_link* g = bf > 1 ? c->right : c->left;
      if (height(g) > height(bf > 1 ? c->left : c->right)) {
        rotate_up(g);
        pull(c, upd);
        c = g;
      }
      rotate_up(c);
      pull(n, upd);
      n = c;
    }
    pull(n, upd);
    return n;
  }

  // Rebalances and refreshes from n up to (excluding) stop.
  template <class Upd>
  static void retrace(tree_link* n, tree_link* stop, Upd& upd) {
    while (n != stop) {
      int before = height(n);
      n = rebalance(n, upd);
      if (!augmented && height(n) == before) return;
      n = n->parent;
    }
  }

  // Takes n out of the tree, its place going to its successor if it has
  // two children; returns the lowest node whose subtree changed.
  static tree_link* unlink(tree_link* n) {
    if (!n->left || !n->right) {
      tree_link* p = n->parent;
      replace_child(n, n->left ? n->left : n->right);
      return p;
    }
    tree_link* s = n->right;
    while (s->left) s = s->left;
    tree_link* lowest = s;
    if (s != n->right) {
      lowest = s->parent;
      lowest->left = s->right;
      if (s->right) s->right->parent = lowest;
      s->right = n->right;
      n->right->parent = s;
    }
    s->left = n->left;
    n->left->parent = s;
    replace_child(n, s);
    static_cast<node*>(s)->height = static_cast<node*>(n)->height;
    return lowest;
  }

  // Joins a, then m, then b (every key in that order) into one balanced
  // tree; m is a detached node.  Descends the taller tree's inner spine
  // to a subtree of about b's (a's) height: O(height difference).
  template <class Upd>
  static tree_link* join3(tree_link* a, tree_link* m, tree_link* b,
                          Upd& upd) {
    int ha = height(a), hb = height(b);
    if (ha > hb + 1) {
      a->right = join3(a->right, m, b, upd);
      a->right->parent = a;
      return rebalance(a, upd);
    }
    if (hb > ha + 1) {
      b->left = join3(a, m, b->left, upd);
      b->left->parent = b;
      return rebalance(b, upd);
    }
    m->left = a;
    m->right = b;
    if (a) a->parent = m;
    if (b) b->parent = m;
    pull(m, upd);
    return m;
  }

  // Splits subtree t into the nodes k is not ordered before and those it
  // is; each part is rebuilt with join3, O(log n) in total.
  template <class Upd>
  std::pair<tree_link*, tree_link*> split_rec(tree_link* t,
                                              const key_type& k, Upd& upd) {
    if (!t) return {nullptr, nullptr};
    tree_link* l = t->left;
    tree_link* r = t->right;
    if (l) l->parent = nullptr;
    if (r) r->parent = nullptr;
    if (cmp_(k, key(t))) {
      std::pair<tree_link*, tree_link*> p = split_rec(l, k, upd);
      return {p.first, join3(p.second, t, r, upd)};
    }
    std::pair<tree_link*, tree_link*> p = split_rec(r, k, upd);
    return {join3(l, t, p.first, upd), p.second};
  }

  tree_link header_;  // header_.left is the root; the header is end()
  std::size_t size_ = 0;
  [[no_unique_address]] Cmp cmp_;
  [[no_unique_address]] node_alloc alloc_;
};

}  // namespace detail
}  // namespace __gnu_pbds

#endif
