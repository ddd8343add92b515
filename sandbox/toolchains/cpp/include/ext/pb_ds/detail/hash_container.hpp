// The public interface shared by gp_hash_table and cc_hash_table, over an
// engine (open_table or chained_table).  Iteration order is the engine's
// slot order and differs from g++'s; nothing else is observable.
#ifndef PBDS_DETAIL_HASH_CONTAINER_HPP
#define PBDS_DETAIL_HASH_CONTAINER_HPP

#include <cstddef>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>

#include <ext/pb_ds/detail/hash_common.hpp>
#include <ext/pb_ds/detail/tree_node.hpp>
#include <ext/pb_ds/exception.hpp>
#include <ext/pb_ds/tag_and_trait.hpp>

namespace __gnu_pbds {
namespace detail {

template <template <class, class, class, class> class Engine, class Key,
          class Mapped, class Hash_Fn, class Eq_Fn, class Resize_Policy,
          class _Alloc>
class hash_container {
  typedef key_of_value<Key, Mapped> key_of;
  typedef Engine<key_of, Hash_Fn, Eq_Fn, _Alloc> engine;
  static constexpr bool is_set = std::is_same<Mapped, null_type>::value;

 public:
  typedef Key key_type;
  typedef Mapped mapped_type;
  typedef typename key_of::value_type value_type;
  typedef std::size_t size_type;
  typedef std::ptrdiff_t difference_type;
  typedef _Alloc allocator_type;
  typedef value_type& reference;
  typedef const value_type& const_reference;
  typedef value_type* pointer;
  typedef const value_type* const_pointer;
  typedef const Key& key_const_reference;
  typedef Mapped& mapped_reference;
  typedef const Mapped& mapped_const_reference;
  typedef Hash_Fn hash_fn;
  typedef Eq_Fn eq_fn;
  typedef Resize_Policy resize_policy;
  // In a set the values are keys: no iterator may change them.
  typedef typename engine::template iter<is_set> iterator;
  typedef typename engine::template iter<true> const_iterator;
  typedef iterator point_iterator;
  typedef const_iterator point_const_iterator;

  hash_container(const Hash_Fn& h = Hash_Fn(), const Eq_Fn& e = Eq_Fn(),
                 const Resize_Policy& r = Resize_Policy())
      : table_(h, e, initial_table_size(r), initial_loads(r).second),
        loads_(initial_loads(r)),
        resize_policy_(r) {}

  // No move constructor: as in g++, moving copies.
  hash_container(const hash_container&) = default;
  hash_container& operator=(const hash_container&) = default;

  size_type size() const { return table_.size(); }
  bool empty() const { return table_.size() == 0; }
  size_type max_size() const {
    return std::numeric_limits<difference_type>::max() / sizeof(value_type);
  }

  std::pair<point_iterator, bool> insert(const_reference v) {
    auto r = table_.insert(key_of::get(v), v);
    return {r.first, r.second};
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(*first);
  }

  // Maps only: the mapped value of k, default-inserted if missing.
  template <class M = Mapped,
            typename std::enable_if<!std::is_same<M, null_type>::value,
                                    int>::type = 0>
  M& operator[](key_const_reference k) {
    return table_
        .insert(k, std::piecewise_construct, std::forward_as_tuple(k),
                std::tuple<>())
        .first->second;
  }

  point_iterator find(key_const_reference k) { return table_.find(k); }
  point_const_iterator find(key_const_reference k) const {
    return table_.find(k);
  }
  bool erase(key_const_reference k) { return table_.erase(k); }
  template <class Pred>
  size_type erase_if(Pred pred) {
    return table_.erase_if(pred);
  }
  void clear() { table_.clear(); }
  void swap(hash_container& o) {
    table_.swap(o.table_);
    std::swap(loads_, o.loads_);
    std::swap(resize_policy_, o.resize_policy_);
  }

  iterator begin() { return table_.begin(); }
  const_iterator begin() const { return table_.begin(); }
  iterator end() { return table_.end(); }
  const_iterator end() const { return table_.end(); }

  // Resize-policy interface.  g++ offers these only with the matching
  // External_*_Access flags; here they always exist.
  void resize(size_type n) { table_.reserve(n); }
  size_type get_actual_size() const { return table_.capacity(); }
  std::pair<float, float> get_loads() const { return loads_; }
  void set_loads(std::pair<float, float> loads) {
    if (!(loads.first >= 0 && loads.first < loads.second &&
          loads.second <= 1))
      throw_error<resize_error>();
    loads_ = loads;
    table_.set_max_load(loads.second);
  }
  Resize_Policy& get_resize_policy() { return resize_policy_; }
  const Resize_Policy& get_resize_policy() const { return resize_policy_; }

  Hash_Fn& get_hash_fn() { return table_.hash_fn(); }
  const Hash_Fn& get_hash_fn() const { return table_.hash_fn(); }
  Eq_Fn& get_eq_fn() { return table_.eq_fn(); }
  const Eq_Fn& get_eq_fn() const { return table_.eq_fn(); }

 private:
  engine table_;
  std::pair<float, float> loads_;  // as set; only the maximum is used
  [[no_unique_address]] Resize_Policy resize_policy_;
};

}  // namespace detail
}  // namespace __gnu_pbds

#endif
