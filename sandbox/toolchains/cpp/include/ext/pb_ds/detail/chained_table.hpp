// Separate-chaining hash table behind cc_hash_table.  Each element has its
// own node, so references stay valid across rehashing; new elements go to
// the front of their bucket's chain.
#ifndef PBDS_DETAIL_CHAINED_TABLE_HPP
#define PBDS_DETAIL_CHAINED_TABLE_HPP

#include <cstddef>
#include <iterator>
#include <memory>
#include <utility>

#include <ext/pb_ds/detail/hash_common.hpp>

namespace __gnu_pbds {
namespace detail {

template <class KeyOf, class Hash, class Eq, class Alloc>
class chained_table {
 public:
  typedef typename KeyOf::key_type key_type;
  typedef typename KeyOf::value_type value_type;

 private:
  struct node {
    node* next;
    value_type value;
    template <class... Args>
    explicit node(node* n, Args&&... args)
        : next(n), value(std::forward<Args>(args)...) {}
  };

 public:
  // Forward iterator: bucket by bucket, each chain front to back.
  template <bool Const>
  class iter {
    friend class chained_table;
    template <bool>
    friend class iter;

   public:
    typedef std::forward_iterator_tag iterator_category;
    typedef typename chained_table::value_type value_type;
    typedef std::ptrdiff_t difference_type;
    typedef typename std::conditional<Const, const value_type*,
                                      value_type*>::type pointer;
    typedef typename std::conditional<Const, const value_type&,
                                      value_type&>::type reference;

    iter() = default;
    template <bool C2, typename std::enable_if<Const && !C2, int>::type = 0>
    iter(const iter<C2>& o) : t_(o.t_), b_(o.b_), n_(o.n_) {}

    reference operator*() const { return n_->value; }
    pointer operator->() const { return std::addressof(n_->value); }
    iter& operator++() {
      n_ = n_->next;
      if (!n_) t_->first_from(b_ + 1, b_, n_);
      return *this;
    }
    iter operator++(int) {
      iter r = *this;
      ++*this;
      return r;
    }
    friend bool operator==(const iter& a, const iter& b) {
      return a.n_ == b.n_;
    }
    friend bool operator!=(const iter& a, const iter& b) {
      return a.n_ != b.n_;
    }

   private:
    iter(const chained_table* t, std::size_t b, node* n)
        : t_(t), b_(b), n_(n) {}
    const chained_table* t_ = nullptr;
    std::size_t b_ = 0;
    node* n_ = nullptr;  // null means end
  };

  chained_table(const Hash& h, const Eq& e, std::size_t initial,
                float max_load)
      : hash_(h), eq_(e), min_cap_(table_capacity_for(initial)) {
    set_max_load(max_load);
  }
  // Rebuilds chain by chain; each chain is copied in order.
  chained_table(const chained_table& o)
      : hash_(o.hash_), eq_(o.eq_), alloc_(o.alloc_), max_load_(o.max_load_),
        min_cap_(o.min_cap_) {
    if (!o.cap_) return;
    allocate(o.cap_);
    for (std::size_t b = 0; b < cap_; ++b) {
      node** tail = &buckets_[b];
      for (node* n = o.buckets_[b]; n; n = n->next) {
        *tail = create(nullptr, n->value);
        tail = &(*tail)->next;
      }
    }
    size_ = o.size_;
  }
  chained_table& operator=(const chained_table& o) {
    if (this != &o) {
      chained_table t(o);
      swap(t);
    }
    return *this;
  }
  ~chained_table() { release(); }

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return cap_; }
  Hash& hash_fn() { return hash_; }
  const Hash& hash_fn() const { return hash_; }
  Eq& eq_fn() { return eq_; }
  const Eq& eq_fn() const { return eq_; }
  void set_max_load(float f) {
    max_load_ = f < 0.1f ? 0.1f : (f > 4.0f ? 4.0f : f);
  }

  iter<false> begin() { return first<false>(); }
  iter<true> begin() const { return first<true>(); }
  iter<false> end() { return iter<false>(); }
  iter<true> end() const { return iter<true>(); }

  iter<false> find(const key_type& k) { return locate<false>(k); }
  iter<true> find(const key_type& k) const { return locate<true>(k); }

  template <class... Args>
  std::pair<iter<false>, bool> insert(const key_type& k, Args&&... args) {
    iter<false> it = locate<false>(k);
    if (it.n_) return {it, false};
    if (static_cast<float>(size_ + 1) > max_load_ * static_cast<float>(cap_))
      rehash(capacity_for(size_ + 1));
    node* n = create(nullptr, std::forward<Args>(args)...);
    std::size_t b = spread_hash(hash_(KeyOf::get(n->value)), bits_);
    n->next = buckets_[b];
    buckets_[b] = n;
    ++size_;
    return {iter<false>(this, b, n), true};
  }

  bool erase(const key_type& k) {
    if (!cap_) return false;
    std::size_t b = spread_hash(hash_(k), bits_);
    for (node** p = &buckets_[b]; *p; p = &(*p)->next) {
      if (eq_(KeyOf::get((*p)->value), k)) {
        node* n = *p;
        *p = n->next;
        destroy(n);
        --size_;
        return true;
      }
    }
    return false;
  }

  template <class Pred>
  std::size_t erase_if(Pred pred) {
    std::size_t count = 0;
    for (std::size_t b = 0; b < cap_; ++b) {
      for (node** p = &buckets_[b]; *p;) {
        if (pred(const_cast<const value_type&>((*p)->value))) {
          node* n = *p;
          *p = n->next;
          destroy(n);
          --size_;
          ++count;
        } else {
          p = &(*p)->next;
        }
      }
    }
    return count;
  }

  // Frees the buckets too, so a cleared table is cheap to clear again.
  void clear() { release(); }

  void reserve(std::size_t n) {
    min_cap_ = table_capacity_for(n);
    std::size_t c = capacity_for(size_ > n ? size_ : n);
    if (c > cap_) rehash(c);
  }

  void swap(chained_table& o) {
    using std::swap;
    swap(hash_, o.hash_);
    swap(eq_, o.eq_);
    swap(buckets_, o.buckets_);
    swap(cap_, o.cap_);
    swap(bits_, o.bits_);
    swap(size_, o.size_);
    swap(max_load_, o.max_load_);
    swap(min_cap_, o.min_cap_);
  }

 private:
  typedef typename std::allocator_traits<Alloc>::template rebind_alloc<node>
      node_alloc;
  typedef typename std::allocator_traits<Alloc>::template rebind_alloc<node*>
      bucket_alloc;

  template <bool Const>
  iter<Const> first() const {
    iter<Const> it(this, 0, nullptr);
    first_from(0, it.b_, it.n_);
    return it;
  }
  // First node in bucket b or later, with its bucket; null if none.
  void first_from(std::size_t b, std::size_t& out_b, node*& out_n) const {
    for (; b < cap_; ++b)
      if (buckets_[b]) {
        out_b = b;
        out_n = buckets_[b];
        return;
      }
    out_n = nullptr;
  }

  template <bool Const>
  iter<Const> locate(const key_type& k) const {
    if (!cap_) return iter<Const>();
    std::size_t b = spread_hash(hash_(k), bits_);
    for (node* n = buckets_[b]; n; n = n->next)
      if (eq_(KeyOf::get(n->value), k)) return iter<Const>(this, b, n);
    return iter<Const>();
  }

  std::size_t capacity_for(std::size_t n) const {
    std::size_t c = min_cap_;
    while (static_cast<float>(n) > max_load_ * static_cast<float>(c)) c <<= 1;
    return c;
  }

  template <class... Args>
  node* create(node* next, Args&&... args) {
    node_alloc a(alloc_);
    node* p = std::allocator_traits<node_alloc>::allocate(a, 1);
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    try {
      ::new (static_cast<void*>(p)) node(next, std::forward<Args>(args)...);
    } catch (...) {
      std::allocator_traits<node_alloc>::deallocate(a, p, 1);
      throw;
    }
#else
    ::new (static_cast<void*>(p)) node(next, std::forward<Args>(args)...);
#endif
    return p;
  }
  void destroy(node* p) {
    node_alloc a(alloc_);
    p->~node();
    std::allocator_traits<node_alloc>::deallocate(a, p, 1);
  }

  void allocate(std::size_t cap) {
    bucket_alloc a(alloc_);
    buckets_ = std::allocator_traits<bucket_alloc>::allocate(a, cap);
    for (std::size_t b = 0; b < cap; ++b) buckets_[b] = nullptr;
    cap_ = cap;
    bits_ = log2_of(cap);
  }

  void release() {
    if (!cap_) return;
    for (std::size_t b = 0; b < cap_; ++b)
      for (node* n = buckets_[b]; n;) {
        node* next = n->next;
        destroy(n);
        n = next;
      }
    bucket_alloc a(alloc_);
    std::allocator_traits<bucket_alloc>::deallocate(a, buckets_, cap_);
    buckets_ = nullptr;
    cap_ = 0;
    bits_ = 0;
    size_ = 0;
  }

  // Relinks every node into a new bucket array; values never move.
  void rehash(std::size_t new_cap) {
    node** old = buckets_;
    std::size_t old_cap = cap_;
    allocate(new_cap);
    for (std::size_t b = 0; b < old_cap; ++b)
      for (node* n = old[b]; n;) {
        node* next = n->next;
        std::size_t nb = spread_hash(hash_(KeyOf::get(n->value)), bits_);
        n->next = buckets_[nb];
        buckets_[nb] = n;
        n = next;
      }
    if (old_cap) {
      bucket_alloc a(alloc_);
      std::allocator_traits<bucket_alloc>::deallocate(a, old, old_cap);
    }
  }

  [[no_unique_address]] Hash hash_;
  [[no_unique_address]] Eq eq_;
  [[no_unique_address]] Alloc alloc_;
  node** buckets_ = nullptr;
  std::size_t cap_ = 0;  // 0 until the first insertion allocates
  unsigned bits_ = 0;
  std::size_t size_ = 0;
  float max_load_ = 0.5f;
  std::size_t min_cap_ = 8;
};

}  // namespace detail
}  // namespace __gnu_pbds

#endif
