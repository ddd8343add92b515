// Tags, null types and the container_traits subset that pb_ds users name.
// Clean-room implementation for libc++ (see /work/pbds/README.md).
#ifndef PBDS_TAG_AND_TRAIT_HPP
#define PBDS_TAG_AND_TRAIT_HPP

#include <cstddef>

namespace __gnu_pbds {

// Data-structure tags.  Code selects behaviour by naming these, so every tag
// g++ offers exists even where several share one implementation here.
struct container_tag {};
struct sequence_tag : container_tag {};
struct string_tag : sequence_tag {};
struct associative_tag : container_tag {};
struct basic_hash_tag : associative_tag {};
struct cc_hash_tag : basic_hash_tag {};
struct gp_hash_tag : basic_hash_tag {};
struct basic_branch_tag : associative_tag {};
struct tree_tag : basic_branch_tag {};
struct rb_tree_tag : tree_tag {};
struct splay_tree_tag : tree_tag {};
struct ov_tree_tag : tree_tag {};
struct trie_tag : basic_branch_tag {};
struct pat_trie_tag : trie_tag {};
struct list_update_tag : associative_tag {};
struct priority_queue_tag : container_tag {};
struct pairing_heap_tag : priority_queue_tag {};
struct binomial_heap_tag : priority_queue_tag {};
struct rc_binomial_heap_tag : priority_queue_tag {};
struct binary_heap_tag : priority_queue_tag {};
struct thin_heap_tag : priority_queue_tag {};

// Iterator category of node iterators and point iterators that cannot move.
struct trivial_iterator_tag {};
typedef void trivial_iterator_difference_type;

// Invalidation guarantees, named by code that inspects container traits.
struct basic_invalidation_guarantee {};
struct point_invalidation_guarantee : basic_invalidation_guarantee {};
struct range_invalidation_guarantee : point_invalidation_guarantee {};

// Placeholder for "no policy": a mapped type of null_type makes a set.
struct null_type {};
// Name used by g++ before 4.7; kept so old code still compiles.
typedef null_type null_mapped_type;

// The default node update: adds no metadata and no methods.
template <typename Node_CItr, typename Node_Itr, typename Cmp_Fn, typename _Alloc>
struct null_node_update {
  typedef null_type metadata_type;
};

}  // namespace __gnu_pbds

#endif
