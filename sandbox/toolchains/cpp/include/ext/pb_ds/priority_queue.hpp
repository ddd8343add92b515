// __gnu_pbds::priority_queue: a max-heap (per Cmp_Fn) with point
// iterators, so elements can be modified or erased in place, and with
// join.  Every tag is served by the pairing heap (the g++ default); see
// README.md for what that means for the other tags.
#ifndef PBDS_PRIORITY_QUEUE_HPP
#define PBDS_PRIORITY_QUEUE_HPP

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>

#include <ext/pb_ds/detail/pairing_heap.hpp>
#include <ext/pb_ds/exception.hpp>
#include <ext/pb_ds/tag_and_trait.hpp>

namespace __gnu_pbds {

template <typename _Tv, typename Cmp_Fn = std::less<_Tv>,
          typename Tag = pairing_heap_tag,
          typename _Alloc = std::allocator<char>>
class priority_queue {
  typedef detail::pairing_heap<_Tv, Cmp_Fn, _Alloc> heap_type;

 public:
  typedef _Tv value_type;
  typedef Cmp_Fn cmp_fn;
  typedef Tag container_category;
  typedef _Alloc allocator_type;
  typedef std::size_t size_type;
  typedef std::ptrdiff_t difference_type;
  typedef value_type& reference;
  typedef const value_type& const_reference;
  typedef value_type* pointer;
  typedef const value_type* const_pointer;
  // Elements are read-only through every iterator: changing one in place
  // would break the heap, so changes go through modify().
  typedef typename heap_type::iterator point_const_iterator;
  typedef point_const_iterator point_iterator;
  typedef point_const_iterator const_iterator;
  typedef point_const_iterator iterator;

  priority_queue() = default;
  explicit priority_queue(const Cmp_Fn& c) : heap_(c) {}
  template <class It>
  priority_queue(It first, It last) {
    for (; first != last; ++first) push(*first);
  }
  template <class It>
  priority_queue(It first, It last, const Cmp_Fn& c) : heap_(c) {
    for (; first != last; ++first) push(*first);
  }
  // No move constructor: as in g++, moving copies.
  priority_queue(const priority_queue&) = default;
  priority_queue& operator=(const priority_queue&) = default;

  size_type size() const { return heap_.size(); }
  bool empty() const { return heap_.size() == 0; }
  size_type max_size() const {
    return std::numeric_limits<difference_type>::max() / (4 * sizeof(void*));
  }

  point_iterator push(const_reference v) { return heap_.push(v); }
  const_reference top() const { return heap_.top(); }
  void pop() { heap_.pop(); }
  void erase(point_iterator it) { heap_.erase(it.get()); }
  void modify(point_iterator it, const_reference v) {
    heap_.modify(it.get(), v);
  }
  template <class Pred>
  size_type erase_if(Pred pred) {
    return heap_.extract_if(pred, nullptr);
  }
  // Moves the elements satisfying pred into other (emptied first).
  template <class Pred>
  void split(Pred pred, priority_queue& other) {
    other.clear();
    heap_.extract_if(pred, &other.heap_);
  }
  // Takes all of other's elements; other becomes empty.
  void join(priority_queue& other) { heap_.join(other.heap_); }

  void clear() { heap_.clear(); }
  void swap(priority_queue& o) { heap_.swap(o.heap_); }

  iterator begin() const { return heap_.begin(); }
  iterator end() const { return heap_.end(); }

  Cmp_Fn& get_cmp_fn() { return heap_.cmp(); }
  const Cmp_Fn& get_cmp_fn() const { return heap_.cmp(); }

 private:
  heap_type heap_;
};

// O(1) swap for unqualified swap(a, b) calls.
template <typename T, typename C, typename Tag, typename A>
void swap(priority_queue<T, C, Tag, A>& a, priority_queue<T, C, Tag, A>& b) {
  a.swap(b);
}

}  // namespace __gnu_pbds

#endif
