// All policy headers at once; some code includes this file directly.
#ifndef PBDS_DETAIL_STANDARD_POLICIES_HPP
#define PBDS_DETAIL_STANDARD_POLICIES_HPP

#include <ext/pb_ds/hash_policy.hpp>
#include <ext/pb_ds/tree_policy.hpp>
#include <ext/pb_ds/trie_policy.hpp>

#endif
