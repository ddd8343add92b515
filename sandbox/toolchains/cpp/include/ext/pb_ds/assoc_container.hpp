// Associative containers of pb_ds: tree, trie, gp_hash_table, cc_hash_table.
// Clean-room implementation for libc++ (see /work/pbds/README.md).
// As in g++, this header also brings in the policy headers, since code
// routinely names tree_order_statistics_node_update after including only it.
#ifndef PBDS_ASSOC_CONTAINER_HPP
#define PBDS_ASSOC_CONTAINER_HPP

#include <ext/pb_ds/detail/hash_tables.hpp>
#include <ext/pb_ds/detail/standard_policies.hpp>
#include <ext/pb_ds/detail/tree.hpp>
#include <ext/pb_ds/detail/trie.hpp>
#include <ext/pb_ds/exception.hpp>
#include <ext/pb_ds/tag_and_trait.hpp>

#endif
