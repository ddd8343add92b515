//! Similarity between submissions, for graders to judge whether one was copied
//! from another.
//!
//! [`compare`] takes submissions (each one program of one or more files, see
//! [`Submission`]) and reports every pair of the same language with a
//! similarity between 0 and 1 and the line ranges that match, most similar
//! first, and the clusters of submissions linked by high similarity. It reads
//! no database and serves nothing: the command line and the service call it.
//!
//! # How
//!
//! 1. **Tokens** ([`tokens`]): each file is parsed with its language's
//!    tree-sitter grammar and read as its leaves, with identifiers, literals
//!    and built-in types normalised, loops made one kind, and comments, braces,
//!    semicolons and imports dropped. Renaming, re-typing, re-formatting and
//!    commenting change nothing.
//! 2. **Fingerprints**: every k-gram of tokens is hashed; winnowing keeps the
//!    minimum of each window of hashes (Schleimer, Wilkerson and Aiken, SIGMOD
//!    2003), so every match of at least `kgram + window - 1` tokens shares a
//!    fingerprint, and the index holds a fraction of the k-grams.
//! 3. **Boilerplate**: k-grams of the template files (starter code) and those
//!    found in a large share of all submissions (fast-input readers, a shared
//!    helper) mark their tokens as boilerplate. Marked tokens count for neither
//!    side, and their fingerprints are not indexed.
//! 4. **Seeds and runs**: for each submission, its fingerprints are looked up
//!    in the index; each hit is grown left and right into the maximal run of
//!    equal tokens around it.
//! 5. **Tiling** ([`tiling`]): greedy string tiling, as JPlag does, takes the
//!    longest runs first and covers each token at most once. Reordered
//!    functions are still covered run by run, and inserted dead code only
//!    adds uncovered tokens.
//! 6. **Score**: the covered share of both submissions' counted tokens,
//!    `(covered_a + covered_b) / (counted_a + counted_b)`.
//!
//! Submissions are tokenised, and pairs scored, on every core (rayon). Only
//! pairs that share a fingerprint are tiled; the rest score 0 without work.

mod compare;
mod input;
mod language;
mod report;
pub mod tiling;
pub mod tokens;

pub use compare::{compare, Options};
pub use input::{SourceFile, Submission};
pub use language::Language;
pub use report::{Match, Pair, Report};
