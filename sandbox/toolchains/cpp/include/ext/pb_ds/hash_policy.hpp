// Hash-table policies.  The tables here always use their own power-of-two
// layout, so these classes mainly exist so that code naming them (often
// copied from well-known snippets) compiles; the parts with a visible
// effect are honoured: the initial size, resize(), and set_loads().
#ifndef PBDS_HASH_POLICY_HPP
#define PBDS_HASH_POLICY_HPP

#include <cstddef>
#include <utility>

#include <ext/pb_ds/exception.hpp>

namespace __gnu_pbds {

// Range hashing: how a hash value becomes a table position.
template <typename Size_Type = std::size_t>
class direct_mask_range_hashing {
 public:
  typedef Size_Type size_type;
  void swap(direct_mask_range_hashing&) {}
  void notify_resized(size_type size) { mask_ = size - 1; }
  size_type operator()(size_type hash) const { return hash & mask_; }

 private:
  size_type mask_ = 0;
};

template <typename Size_Type = std::size_t>
class direct_mod_range_hashing {
 public:
  typedef Size_Type size_type;
  void swap(direct_mod_range_hashing&) {}
  void notify_resized(size_type size) { size_ = size; }
  size_type operator()(size_type hash) const { return hash % size_; }

 private:
  size_type size_ = 1;
};

// Probe sequences of open-addressing tables: offset of the i-th probe.
template <typename Size_Type = std::size_t>
class linear_probe_fn {
 public:
  typedef Size_Type size_type;
  void swap(linear_probe_fn&) {}
  size_type operator()(size_type i) const { return i; }
};

template <typename Size_Type = std::size_t>
class quadratic_probe_fn {
 public:
  typedef Size_Type size_type;
  void swap(quadratic_probe_fn&) {}
  size_type operator()(size_type i) const { return i * i; }
};

// Size policies: the sequence of table sizes.
template <typename Size_Type = std::size_t>
class hash_exponential_size_policy {
 public:
  typedef Size_Type size_type;
  hash_exponential_size_policy(size_type start_size = 8,
                               size_type grow_factor = 2)
      : start_(start_size), factor_(grow_factor) {}
  void swap(hash_exponential_size_policy& o) {
    std::swap(start_, o.start_);
    std::swap(factor_, o.factor_);
  }
  size_type get_nearest_larger_size(size_type size) const {
    size_type s = start_ ? start_ : 1;
    while (s <= size) s *= (factor_ > 1 ? factor_ : 2);
    return s;
  }
  size_type get_nearest_smaller_size(size_type size) const {
    size_type s = start_ ? start_ : 1;
    size_type best = s;
    while (s < size) {
      best = s;
      s *= (factor_ > 1 ? factor_ : 2);
    }
    return best;
  }

 private:
  size_type start_;
  size_type factor_;
};

class hash_prime_size_policy {
 public:
  typedef std::size_t size_type;
  hash_prime_size_policy(size_type start_size = 8) : start_(start_size) {}
  void swap(hash_prime_size_policy& o) { std::swap(start_, o.start_); }
  size_type get_nearest_larger_size(size_type size) const {
    size_type s = size < start_ ? start_ : size + 1;
    while (!is_prime(s)) ++s;
    return s;
  }
  size_type get_nearest_smaller_size(size_type size) const {
    size_type s = size > 2 ? size - 1 : 2;
    while (s > 2 && !is_prime(s)) --s;
    return s;
  }

 private:
  static bool is_prime(size_type n) {
    if (n < 2) return false;
    for (size_type d = 2; d * d <= n; ++d)
      if (n % d == 0) return false;
    return true;
  }
  size_type start_;
};

// Trigger policies: when to resize.  A table reads the load bounds of its
// policy once, at construction (see get_loads/set_loads on the tables):
// the maximum load is honoured; the minimum is kept but the tables never
// shrink on erase, so erasing never moves elements.
template <bool External_Load_Access = false,
          typename Size_Type = std::size_t>
class hash_load_check_resize_trigger {
 public:
  typedef Size_Type size_type;
  enum { external_load_access = External_Load_Access };
  hash_load_check_resize_trigger(float load_min = 0.125f,
                                 float load_max = 0.5f)
      : min_(load_min), max_(load_max) {}
  void swap(hash_load_check_resize_trigger& o) {
    std::swap(min_, o.min_);
    std::swap(max_, o.max_);
  }
  std::pair<float, float> get_loads() const { return {min_, max_}; }
  void set_loads(std::pair<float, float> loads) {
    if (!(loads.first >= 0 && loads.first < loads.second &&
          loads.second <= 1))
      detail::throw_error<resize_error>();
    min_ = loads.first;
    max_ = loads.second;
  }

 private:
  float min_;
  float max_;
};

template <bool External_Load_Access = false,
          typename Size_Type = std::size_t>
class cc_hash_max_collision_check_resize_trigger {
 public:
  typedef Size_Type size_type;
  enum { external_load_access = External_Load_Access };
  cc_hash_max_collision_check_resize_trigger(float load = 0.5f)
      : load_(load) {}
  void swap(cc_hash_max_collision_check_resize_trigger& o) {
    std::swap(load_, o.load_);
  }
  float get_load() const { return load_; }
  void set_load(float load) { load_ = load; }

 private:
  float load_;
};

// Combines a size policy and a trigger policy.  resize() and
// get_actual_size() are forwarded by the tables.
template <typename Size_Policy = hash_exponential_size_policy<>,
          typename Trigger_Policy = hash_load_check_resize_trigger<>,
          bool External_Size_Access = false,
          typename Size_Type = std::size_t>
class hash_standard_resize_policy : public Size_Policy, public Trigger_Policy {
 public:
  typedef Size_Type size_type;
  typedef Size_Policy size_policy;
  typedef Trigger_Policy trigger_policy;
  enum { external_size_access = External_Size_Access };

  hash_standard_resize_policy() = default;
  hash_standard_resize_policy(const Size_Policy& s) : Size_Policy(s) {}
  hash_standard_resize_policy(const Size_Policy& s, const Trigger_Policy& t)
      : Size_Policy(s), Trigger_Policy(t) {}

  void swap(hash_standard_resize_policy& o) {
    Size_Policy::swap(o);
    Trigger_Policy::swap(o);
  }
  Size_Policy& get_size_policy() { return *this; }
  const Size_Policy& get_size_policy() const { return *this; }
  Trigger_Policy& get_trigger_policy() { return *this; }
  const Trigger_Policy& get_trigger_policy() const { return *this; }
};

}  // namespace __gnu_pbds

#endif
