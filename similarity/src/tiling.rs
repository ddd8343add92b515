//! Greedy string tiling (Wise, 1993; JPlag's algorithm) over the runs that
//! fingerprints found.
//!
//! Shared fingerprints alone over-count: one fragment of `a` repeated in `b`,
//! or many short runs that overlap, would all be counted. Tiling takes the
//! longest run first and marks its tokens on both sides; a run that overlaps a
//! marked token is cut into its unmarked pieces, and those still long enough go
//! back in the queue. Every token is then covered at most once, whatever order
//! the functions are in, and what a tile covers is an honest one-to-one match.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A run of equal tokens: `len` tokens from `a` in one submission and from `b`
/// in the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tile {
    pub a: usize,
    pub b: usize,
    pub len: usize,
}

/// The tiles, longest first, chosen from `runs` (maximal runs of equal tokens
/// between sequences of lengths `len_a` and `len_b`).
pub fn tile(runs: Vec<Tile>, len_a: usize, len_b: usize, min_match: usize) -> Vec<Tile> {
    let mut marked_a = vec![false; len_a];
    let mut marked_b = vec![false; len_b];
    // Longest first; ties in order of position, so results are deterministic.
    let mut queue: BinaryHeap<(usize, Reverse<usize>, Reverse<usize>)> =
        runs.into_iter().map(|t| (t.len, Reverse(t.a), Reverse(t.b))).collect();
    let mut tiles = Vec::new();
    while let Some((len, Reverse(a), Reverse(b))) = queue.pop() {
        let free = |o: usize| !marked_a[a + o] && !marked_b[b + o];
        if (0..len).all(free) {
            marked_a[a..a + len].iter_mut().for_each(|m| *m = true);
            marked_b[b..b + len].iter_mut().for_each(|m| *m = true);
            tiles.push(Tile { a, b, len });
            continue;
        }
        // Cut into the pieces still free on both sides.
        let mut o = 0;
        while o < len {
            if !free(o) {
                o += 1;
                continue;
            }
            let start = o;
            while o < len && free(o) {
                o += 1;
            }
            if o - start >= min_match {
                queue.push((o - start, Reverse(a + start), Reverse(b + start)));
            }
        }
    }
    tiles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_run_wins_and_overlaps_are_cut() {
        // b's tokens 0..10 match both a's 0..10 and a's 20..40 (the latter longer).
        let runs = vec![
            Tile { a: 0, b: 0, len: 10 },
            Tile { a: 20, b: 0, len: 20 },
            Tile { a: 50, b: 15, len: 10 },
        ];
        let tiles = tile(runs, 100, 100, 4);
        assert_eq!(tiles[0], Tile { a: 20, b: 0, len: 20 });
        // a 50..60 against b 15..25 overlaps b 0..20 on b 15..20: cut to 20..25.
        assert_eq!(tiles[1], Tile { a: 55, b: 20, len: 5 });
        assert_eq!(tiles.len(), 2);
    }
}
