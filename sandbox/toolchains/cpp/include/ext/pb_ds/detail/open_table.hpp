// Open-addressing hash table behind gp_hash_table: values live in one flat
// array probed linearly, which is what makes gp_hash_table fast.  Erased
// slots become tombstones, so erasing never moves other elements and
// iteration may continue past an erased element.
#ifndef PBDS_DETAIL_OPEN_TABLE_HPP
#define PBDS_DETAIL_OPEN_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <new>
#include <utility>

#include <ext/pb_ds/detail/hash_common.hpp>

namespace __gnu_pbds {
namespace detail {

template <class KeyOf, class Hash, class Eq, class Alloc>
class open_table {
 public:
  typedef typename KeyOf::key_type key_type;
  typedef typename KeyOf::value_type value_type;
  enum : unsigned char { empty_slot = 0, full_slot = 1, erased_slot = 2 };

  // Forward iterator over the full slots, in slot order.
  template <bool Const>
  class iter {
    friend class open_table;
    template <bool>
    friend class iter;

   public:
    typedef std::forward_iterator_tag iterator_category;
    typedef typename open_table::value_type value_type;
    typedef std::ptrdiff_t difference_type;
    typedef typename std::conditional<Const, const value_type*,
                                      value_type*>::type pointer;
    typedef typename std::conditional<Const, const value_type&,
                                      value_type&>::type reference;

    iter() = default;
    template <bool C2, typename std::enable_if<Const && !C2, int>::type = 0>
    iter(const iter<C2>& o) : t_(o.t_), i_(o.i_) {}

    reference operator*() const { return t_->slots_[i_]; }
    pointer operator->() const { return std::addressof(t_->slots_[i_]); }
    iter& operator++() {
      i_ = t_->next_full(i_ + 1);
      return *this;
    }
    iter operator++(int) {
      iter r = *this;
      ++*this;
      return r;
    }
    friend bool operator==(const iter& a, const iter& b) {
      return a.i_ == b.i_;
    }
    friend bool operator!=(const iter& a, const iter& b) {
      return a.i_ != b.i_;
    }

   private:
    iter(const open_table* t, std::size_t i) : t_(t), i_(i) {}
    const open_table* t_ = nullptr;
    std::size_t i_ = 0;  // capacity (or 0 if none) means end
  };

  open_table(const Hash& h, const Eq& e, std::size_t initial, float max_load)
      : hash_(h), eq_(e), min_cap_(table_capacity_for(initial)) {
    set_max_load(max_load);
  }
  // Copies slot for slot, tombstones included, so every probe path of o
  // holds here too.
  open_table(const open_table& o)
      : hash_(o.hash_), eq_(o.eq_), alloc_(o.alloc_), max_load_(o.max_load_),
        min_cap_(o.min_cap_) {
    if (!o.cap_) return;
    allocate(o.cap_);
    for (std::size_t i = 0; i < cap_; ++i) {
      if (o.state_[i] == full_slot)
        ::new (static_cast<void*>(slots_ + i)) value_type(o.slots_[i]);
      state_[i] = o.state_[i];
    }
    size_ = o.size_;
    used_ = o.used_;
  }
  open_table& operator=(const open_table& o) {
    if (this != &o) {
      open_table t(o);
      swap(t);
    }
    return *this;
  }
  ~open_table() { release(); }

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return cap_; }
  Hash& hash_fn() { return hash_; }
  const Hash& hash_fn() const { return hash_; }
  Eq& eq_fn() { return eq_; }
  const Eq& eq_fn() const { return eq_; }
  void set_max_load(float f) {
    max_load_ = f < 0.1f ? 0.1f : (f > 0.9f ? 0.9f : f);
  }

  iter<false> begin() { return iter<false>(this, next_full(0)); }
  iter<true> begin() const { return iter<true>(this, next_full(0)); }
  iter<false> end() { return iter<false>(this, cap_); }
  iter<true> end() const { return iter<true>(this, cap_); }

  iter<false> find(const key_type& k) {
    return iter<false>(this, find_index(k));
  }
  iter<true> find(const key_type& k) const {
    return iter<true>(this, find_index(k));
  }

  // Finds k, or constructs a value from args in a free slot on its probe
  // path (reusing the first tombstone seen).
  template <class... Args>
  std::pair<iter<false>, bool> insert(const key_type& k, Args&&... args) {
    if (cap_ == 0) rehash(min_cap_);
    std::size_t mask = cap_ - 1;
    std::size_t target = cap_;
    std::size_t i = spread_hash(hash_(k), bits_);
    for (;; i = (i + 1) & mask) {
      if (state_[i] == empty_slot) break;
      if (state_[i] == erased_slot) {
        if (target == cap_) target = i;
      } else if (eq_(KeyOf::get(slots_[i]), k)) {
        return {iter<false>(this, i), false};
      }
    }
    if (target == cap_) {
      // Taking an empty slot adds to the probe load; grow first if needed.
      if (static_cast<float>(used_ + 1) > max_load_ * static_cast<float>(cap_)) {
        key_type key(k);  // k may live in a slot that rehash moves
        rehash(capacity_for(size_ + 1));
        return insert_new(key, std::forward<Args>(args)...);
      }
      target = i;
      ++used_;
    }
    construct_at(target, std::forward<Args>(args)...);
    return {iter<false>(this, target), true};
  }

  bool erase(const key_type& k) {
    std::size_t i = find_index(k);
    if (i == cap_) return false;
    erase_at(i);
    return true;
  }

  template <class Pred>
  std::size_t erase_if(Pred pred) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < cap_; ++i)
      if (state_[i] == full_slot && pred(const_cast<const value_type&>(slots_[i]))) {
        erase_at(i);
        ++n;
      }
    return n;
  }

  // Drops everything, including the storage, so a cleared table is as
  // cheap to iterate and clear again as a new one.
  void clear() { release(); }

  // Makes room for n elements without further growth; never shrinks
  // below the current contents.
  void reserve(std::size_t n) {
    min_cap_ = table_capacity_for(n);
    std::size_t c = capacity_for(size_ > n ? size_ : n);
    if (c > cap_) rehash(c);
  }

  void swap(open_table& o) {
    using std::swap;
    swap(hash_, o.hash_);
    swap(eq_, o.eq_);
    swap(slots_, o.slots_);
    swap(state_, o.state_);
    swap(cap_, o.cap_);
    swap(bits_, o.bits_);
    swap(size_, o.size_);
    swap(used_, o.used_);
    swap(max_load_, o.max_load_);
    swap(min_cap_, o.min_cap_);
  }

 private:
  typedef typename std::allocator_traits<Alloc>::template rebind_alloc<
      value_type>
      value_alloc;
  typedef typename std::allocator_traits<Alloc>::template rebind_alloc<
      unsigned char>
      byte_alloc;

  std::size_t next_full(std::size_t i) const {
    while (i < cap_ && state_[i] != full_slot) ++i;
    return i;
  }

  std::size_t find_index(const key_type& k) const {
    if (cap_ == 0) return 0;
    std::size_t mask = cap_ - 1;
    for (std::size_t i = spread_hash(hash_(k), bits_);; i = (i + 1) & mask) {
      if (state_[i] == empty_slot) return cap_;
      if (state_[i] == full_slot && eq_(KeyOf::get(slots_[i]), k)) return i;
    }
  }

  // Smallest capacity keeping n elements under the maximum load.
  std::size_t capacity_for(std::size_t n) const {
    std::size_t c = min_cap_;
    while (static_cast<float>(n) > max_load_ * static_cast<float>(c)) c <<= 1;
    return c;
  }

  // Inserts a key known to be absent, into a table with room for it.
  template <class... Args>
  std::pair<iter<false>, bool> insert_new(const key_type& k, Args&&... args) {
    std::size_t mask = cap_ - 1;
    std::size_t i = spread_hash(hash_(k), bits_);
    while (state_[i] != empty_slot) i = (i + 1) & mask;
    ++used_;
    construct_at(i, std::forward<Args>(args)...);
    return {iter<false>(this, i), true};
  }

  template <class... Args>
  void construct_at(std::size_t i, Args&&... args) {
    ::new (static_cast<void*>(slots_ + i)) value_type(std::forward<Args>(args)...);
    state_[i] = full_slot;
    ++size_;
  }

  void erase_at(std::size_t i) {
    slots_[i].~value_type();
    --size_;
    // A slot followed by an empty one ends every probe path through it,
    // so it can be empty again instead of a tombstone.
    if (state_[(i + 1) & (cap_ - 1)] == empty_slot) {
      state_[i] = empty_slot;
      --used_;
    } else {
      state_[i] = erased_slot;
    }
  }

  void allocate(std::size_t cap) {
    value_alloc va(alloc_);
    byte_alloc ba(alloc_);
    slots_ = std::allocator_traits<value_alloc>::allocate(va, cap);
    state_ = std::allocator_traits<byte_alloc>::allocate(ba, cap);
    for (std::size_t i = 0; i < cap; ++i) state_[i] = empty_slot;
    cap_ = cap;
    bits_ = log2_of(cap);
  }

  void release() {
    if (!cap_) return;
    for (std::size_t i = 0; i < cap_; ++i)
      if (state_[i] == full_slot) slots_[i].~value_type();
    value_alloc va(alloc_);
    byte_alloc ba(alloc_);
    std::allocator_traits<value_alloc>::deallocate(va, slots_, cap_);
    std::allocator_traits<byte_alloc>::deallocate(ba, state_, cap_);
    slots_ = nullptr;
    state_ = nullptr;
    cap_ = 0;
    bits_ = 0;
    size_ = used_ = 0;
  }

  // Moves every element into a fresh array of new_cap slots (which also
  // drops the tombstones).
  void rehash(std::size_t new_cap) {
    value_type* old_slots = slots_;
    unsigned char* old_state = state_;
    std::size_t old_cap = cap_;
    allocate(new_cap);
    size_ = used_ = 0;
    std::size_t mask = cap_ - 1;
    for (std::size_t j = 0; j < old_cap; ++j) {
      if (old_state[j] != full_slot) continue;
      std::size_t i = spread_hash(hash_(KeyOf::get(old_slots[j])), bits_);
      while (state_[i] != empty_slot) i = (i + 1) & mask;
      ::new (static_cast<void*>(slots_ + i))
          value_type(std::move_if_noexcept(old_slots[j]));
      old_slots[j].~value_type();
      state_[i] = full_slot;
      ++size_;
      ++used_;
    }
    if (old_cap) {
      value_alloc va(alloc_);
      byte_alloc ba(alloc_);
      std::allocator_traits<value_alloc>::deallocate(va, old_slots, old_cap);
      std::allocator_traits<byte_alloc>::deallocate(ba, old_state, old_cap);
    }
  }

  [[no_unique_address]] Hash hash_;
  [[no_unique_address]] Eq eq_;
  [[no_unique_address]] Alloc alloc_;
  value_type* slots_ = nullptr;
  unsigned char* state_ = nullptr;
  std::size_t cap_ = 0;  // 0 until the first insertion allocates
  unsigned bits_ = 0;
  std::size_t size_ = 0;
  std::size_t used_ = 0;  // full plus erased slots: what probes must cross
  float max_load_ = 0.5f;
  std::size_t min_cap_ = 8;
};

}  // namespace detail
}  // namespace __gnu_pbds

#endif
