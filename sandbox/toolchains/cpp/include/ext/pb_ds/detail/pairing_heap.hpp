// Pairing heap behind __gnu_pbds::priority_queue.  Besides being fast
// (O(1) push and join, O(log n) amortized pop), its linking rules were
// chosen by black-box comparison with g++ so that elements of equal
// priority come out in the same order as there:
//  - link(a, b): b goes under a unless a is ordered before b; a child is
//    added at the front of its parent's child list;
//  - push links (root, new node);
//  - pop pairs the root's children left to right, then folds the pairs
//    right to left;
//  - erase puts the combined children of the node in its place, and
//    modify does the same, then links (root, node).
// Iteration is post-order (children in list order, then the node).
#ifndef PBDS_DETAIL_PAIRING_HEAP_HPP
#define PBDS_DETAIL_PAIRING_HEAP_HPP

#include <cstddef>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace __gnu_pbds {
namespace detail {

template <class T>
struct heap_node {
  T value;
  heap_node* child = nullptr;  // first child
  heap_node* next = nullptr;   // next sibling
  heap_node* prev = nullptr;   // previous sibling, or parent if first child
  explicit heap_node(const T& v) : value(v) {}

  heap_node* parent() const {
    const heap_node* n = this;
    while (n->prev && n->prev->child != n) n = n->prev;
    return n->prev;
  }
};

// Read-only iterator over all elements, post-order.  Also the point
// iterator: it stays valid, designating the same element, until that
// element is erased or popped.
template <class T>
class heap_iterator {
  typedef heap_node<T> node;

 public:
  typedef std::forward_iterator_tag iterator_category;
  typedef T value_type;
  typedef std::ptrdiff_t difference_type;
  typedef const T* pointer;
  typedef const T& reference;

  heap_iterator() = default;
  explicit heap_iterator(node* n) : node_(n) {}

  reference operator*() const { return node_->value; }
  pointer operator->() const { return std::addressof(node_->value); }
  heap_iterator& operator++() {
    node_ = node_->next ? deepest_first(node_->next) : node_->parent();
    return *this;
  }
  heap_iterator operator++(int) {
    heap_iterator t = *this;
    ++*this;
    return t;
  }
  friend bool operator==(const heap_iterator& a, const heap_iterator& b) {
    return a.node_ == b.node_;
  }
  friend bool operator!=(const heap_iterator& a, const heap_iterator& b) {
    return a.node_ != b.node_;
  }

  static node* deepest_first(node* n) {
    while (n->child) n = n->child;
    return n;
  }
  node* get() const { return node_; }

 private:
  node* node_ = nullptr;
};

template <class T, class Cmp, class Alloc>
class pairing_heap {
  typedef heap_node<T> node;
  typedef typename std::allocator_traits<Alloc>::template rebind_alloc<node>
      node_alloc;
  typedef std::allocator_traits<node_alloc> node_traits;

 public:
  typedef heap_iterator<T> iterator;

  explicit pairing_heap(const Cmp& cmp = Cmp()) : cmp_(cmp) {}
  pairing_heap(const pairing_heap& o) : cmp_(o.cmp_), alloc_(o.alloc_) {
    root_ = clone(o.root_);
    size_ = o.size_;
  }
  pairing_heap& operator=(const pairing_heap& o) {
    if (this != &o) {
      pairing_heap t(o);
      swap(t);
    }
    return *this;
  }
  ~pairing_heap() { clear(); }

  std::size_t size() const { return size_; }
  const T& top() const { return root_->value; }
  Cmp& cmp() { return cmp_; }
  const Cmp& cmp() const { return cmp_; }

  iterator begin() const {
    return iterator(root_ ? iterator::deepest_first(root_) : nullptr);
  }
  iterator end() const { return iterator(); }

  iterator push(const T& v) {
    node* x = create(v);
    root_ = meld(root_, x);
    ++size_;
    return iterator(x);
  }

  void pop() { erase(root_); }

  void erase(node* x) {
    detach(x);
    destroy(x);
    --size_;
  }

  void modify(node* x, const T& v) {
    x->value = v;
    detach(x);
    root_ = meld(root_, x);
  }

  // All of other's elements join ours; other is left empty.
  void join(pairing_heap& o) {
    root_ = meld(root_, o.root_);
    size_ += o.size_;
    o.root_ = nullptr;
    o.size_ = 0;
  }

  // Removes the elements satisfying pred (into out, if given).  The
  // nodes are first listed in iteration order, then re-linked from
  // scratch: kept ones into this heap, removed ones into out.
  template <class Pred>
  std::size_t extract_if(Pred pred, pairing_heap* out) {
    std::vector<node*> all;
    all.reserve(size_);
    for (iterator it = begin(); it != end(); ++it) all.push_back(it.get());
    root_ = nullptr;
    size_ = 0;
    std::size_t removed = 0;
    for (node* n : all) {
      reset(n);
      if (!pred(const_cast<const T&>(n->value))) {
        root_ = meld(root_, n);
        ++size_;
      } else if (out) {
        out->root_ = out->meld(out->root_, n);
        ++out->size_;
        ++removed;
      } else {
        destroy(n);
        ++removed;
      }
    }
    return removed;
  }

  void clear() {
    destroy_subtree(root_);
    root_ = nullptr;
    size_ = 0;
  }

  void swap(pairing_heap& o) {
    using std::swap;
    swap(root_, o.root_);
    swap(size_, o.size_);
    swap(cmp_, o.cmp_);
  }

 private:
  node* create(const T& v) {
    node* p = node_traits::allocate(alloc_, 1);
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    try {
      node_traits::construct(alloc_, p, v);
    } catch (...) {
      node_traits::deallocate(alloc_, p, 1);
      throw;
    }
#else
    node_traits::construct(alloc_, p, v);
#endif
    return p;
  }
  void destroy(node* p) {
    node_traits::destroy(alloc_, p);
    node_traits::deallocate(alloc_, p, 1);
  }
  // A pairing heap can be a chain as deep as it is large, so nothing
  // here recurses.  Destroying splices each node's children in front of
  // its remaining siblings.
  void destroy_subtree(node* n) {
    while (n) {
      node* rest = n->next;
      if (n->child) {
        node* last = n->child;
        while (last->next) last = last->next;
        last->next = rest;
        rest = n->child;
      }
      destroy(n);
      n = rest;
    }
  }
  // Copies the shape too, so the copy pops equal elements in the same
  // order as the original.  Pre-order walk with a cursor in each heap.
  node* clone(const node* src_root) {
    if (!src_root) return nullptr;
    node* dst_root = create(src_root->value);
    const node* s = src_root;
    node* d = dst_root;
    for (;;) {
      if (s->child) {
        node* c = create(s->child->value);
        c->prev = d;
        d->child = c;
        s = s->child;
        d = c;
        continue;
      }
      while (s != src_root && !s->next) {
        s = s->parent();
        d = d->parent();
      }
      if (s == src_root) return dst_root;
      node* x = create(s->next->value);
      x->prev = d;
      d->next = x;
      s = s->next;
      d = x;
    }
  }

  static void reset(node* n) { n->child = n->next = n->prev = nullptr; }

  // Makes c the first child of p.
  static void adopt(node* p, node* c) {
    c->next = p->child;
    if (p->child) p->child->prev = c;
    c->prev = p;
    p->child = c;
  }
  // Links two roots; a stays on top unless it is ordered before b.
  node* link(node* a, node* b) {
    if (cmp_(a->value, b->value)) {
      adopt(b, a);
      return b;
    }
    adopt(a, b);
    return a;
  }
  node* meld(node* a, node* b) {
    if (!a) return b;
    if (!b) return a;
    return link(a, b);
  }

  // Two-pass combination of a sibling list into one tree.
  node* combine(node* first) {
    if (!first) return nullptr;
    // Pass 1: link neighbours pairwise, left to right, threading the
    // results through `next` in reverse so pass 2 can walk back.
    node* pairs = nullptr;
    while (first) {
      node* a = first;
      node* b = a->next;
      first = b ? b->next : nullptr;
      a->next = a->prev = nullptr;
      node* r = a;
      if (b) {
        b->next = b->prev = nullptr;
        r = link(a, b);
      }
      r->next = pairs;
      pairs = r;
    }
    // Pass 2: fold right to left, each pair linked above the accumulator.
    node* acc = pairs;
    pairs = pairs->next;
    acc->next = nullptr;
    while (pairs) {
      node* p = pairs;
      pairs = pairs->next;
      p->next = nullptr;
      acc = link(p, acc);
    }
    return acc;
  }

  // Takes x out of the heap, its combined children taking its place.
  void detach(node* x) {
    node* h = combine(x->child);
    x->child = nullptr;
    if (x == root_) {
      root_ = h;
      if (h) h->prev = nullptr;
    } else {
      node* p = x->prev;
      node* r = h ? h : x->next;
      if (h) {
        h->prev = p;
        h->next = x->next;
        if (x->next) x->next->prev = h;
      } else if (x->next) {
        x->next->prev = p;
      }
      (p->child == x ? p->child : p->next) = r;
    }
    x->next = x->prev = nullptr;
  }

  node* root_ = nullptr;
  std::size_t size_ = 0;
  [[no_unique_address]] Cmp cmp_;
  [[no_unique_address]] node_alloc alloc_;
};

}  // namespace detail
}  // namespace __gnu_pbds

#endif
