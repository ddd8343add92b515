// oa: the generic std::char_traits<T> that libstdc++ has (and libc++ had until
// LLVM 19), so that std::basic_string<T> of a non-character type compiles as with
// g++. Included at the end of <string>.
#ifndef _OA_GNU_STRING_H
#define _OA_GNU_STRING_H

// Everything it needs (streamoff, streampos, mbstate_t) <string> has already
// declared for char_traits<char>.
_LIBCPP_BEGIN_NAMESPACE_STD

template <class _CharT>
struct char_traits {
  using char_type  = _CharT;
  using int_type   = unsigned long; // libstdc++'s choice
  using off_type   = streamoff;
  using pos_type   = streampos;
  using state_type = mbstate_t;

  static constexpr void assign(char_type& __a, const char_type& __b) noexcept { __a = __b; }
  static constexpr bool eq(const char_type& __a, const char_type& __b) noexcept { return __a == __b; }
  static constexpr bool lt(const char_type& __a, const char_type& __b) noexcept { return __a < __b; }

  static constexpr int compare(const char_type* __a, const char_type* __b, size_t __n) {
    for (size_t __i = 0; __i < __n; ++__i) {
      if (lt(__a[__i], __b[__i]))
        return -1;
      if (lt(__b[__i], __a[__i]))
        return 1;
    }
    return 0;
  }
  static constexpr size_t length(const char_type* __s) {
    size_t __n = 0;
    while (!eq(__s[__n], char_type()))
      ++__n;
    return __n;
  }
  static constexpr const char_type* find(const char_type* __s, size_t __n, const char_type& __c) {
    for (size_t __i = 0; __i < __n; ++__i)
      if (eq(__s[__i], __c))
        return __s + __i;
    return nullptr;
  }
  static constexpr char_type* move(char_type* __to, const char_type* __from, size_t __n) {
    if (__n == 0 || __to == __from)
      return __to;
    if (__to < __from || __to >= __from + __n) {
      for (size_t __i = 0; __i < __n; ++__i)
        __to[__i] = __from[__i];
    } else {
      for (size_t __i = __n; __i > 0; --__i)
        __to[__i - 1] = __from[__i - 1];
    }
    return __to;
  }
  static constexpr char_type* copy(char_type* __to, const char_type* __from, size_t __n) {
    for (size_t __i = 0; __i < __n; ++__i)
      __to[__i] = __from[__i];
    return __to;
  }
  static constexpr char_type* assign(char_type* __s, size_t __n, char_type __a) {
    for (size_t __i = 0; __i < __n; ++__i)
      __s[__i] = __a;
    return __s;
  }
  static constexpr char_type to_char_type(const int_type& __c) noexcept { return static_cast<char_type>(__c); }
  static constexpr int_type to_int_type(const char_type& __c) noexcept { return static_cast<int_type>(__c); }
  static constexpr bool eq_int_type(const int_type& __a, const int_type& __b) noexcept { return __a == __b; }
  static constexpr int_type eof() noexcept { return static_cast<int_type>(-1); }
  static constexpr int_type not_eof(const int_type& __c) noexcept { return eq_int_type(__c, eof()) ? 0 : __c; }
};

_LIBCPP_END_NAMESPACE_STD

#endif
