// oa: GNU extensions that libstdc++'s <algorithm> brings and libc++'s lacks, used
// by code written for g++. Included at the end of <algorithm>.
#ifndef _OA_GNU_ALGORITHM_H
#define _OA_GNU_ALGORITHM_H

_LIBCPP_BEGIN_NAMESPACE_STD

// Euclid's algorithm on any type with %, as g++'s: the sign of the result follows
// C++'s %, so __gcd(-4, 6) is 2 and __gcd(4, -6) is -2 (std::gcd would give 2).
template <class _Tp>
_LIBCPP_HIDE_FROM_ABI constexpr _Tp __gcd(_Tp __m, _Tp __n) {
  while (__n != 0) {
    _Tp __t = __m % __n;
    __m     = __n;
    __n     = __t;
  }
  return __m;
}

// floor(log2(n)) for n > 0, one overload per integer type, as g++'s.
#define _OA_LG(_Tp)                                                                                                    \
  _LIBCPP_HIDE_FROM_ABI constexpr int __lg(_Tp __n) {                                                                 \
    return static_cast<int>(sizeof(_Tp)) * __CHAR_BIT__ - 1 -                                                         \
           __builtin_clzg(static_cast<__make_unsigned_t<_Tp>>(__n));                                                    \
  }
_OA_LG(int)
_OA_LG(unsigned)
_OA_LG(long)
_OA_LG(unsigned long)
_OA_LG(long long)
_OA_LG(unsigned long long)
#undef _OA_LG

_LIBCPP_END_NAMESPACE_STD

#endif
