//! All pairs of a set of submissions: fingerprints, boilerplate, seeds,
//! tiling and the report.

use crate::input::Submission;
use crate::language::Language;
use crate::report::{clusters, Match, Pair, Report};
use crate::tiling::{tile, Tile};
use crate::tokens::tokenize;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// How submissions are compared. The defaults are those the evaluation in
/// `docs/similarity.md` measured.
#[derive(Clone, Debug)]
pub struct Options {
    /// Pairs below this similarity are left out of the report.
    pub min: f64,
    /// Submissions linked by pairs at or above this similarity form a cluster.
    pub cluster: f64,
    /// Tokens in a fingerprinted k-gram.
    pub kgram: usize,
    /// Winnowing window, in k-grams: every match of at least
    /// `kgram + window - 1` tokens shares a fingerprint and is found.
    pub window: usize,
    /// The shortest run of tokens a tile may be.
    pub min_match: usize,
    /// A k-gram found in at least this share of a language's submissions is
    /// boilerplate...
    pub common_share: f64,
    /// ...provided it is also in at least this many of them, so that a few
    /// copies in a small class are never taken for boilerplate.
    pub common_min: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            min: 0.0,
            cluster: 0.5,
            kgram: 12,
            window: 8,
            min_match: 12,
            common_share: 0.2,
            common_min: 10,
        }
    }
}

/// One submission ready for comparison.
struct Prepared {
    tokens: Vec<u32>,
    lines: Vec<u32>,
    files: Vec<u16>,
    /// Tokens that are boilerplate (template or common): they count for
    /// neither side.
    masked: Vec<bool>,
    /// Tokens that are not masked.
    counted: usize,
    /// The hash of the k-gram starting at each position.
    hashes: Vec<u64>,
    /// Winnowed fingerprints: (hash, position), masked k-grams left out.
    fingerprints: Vec<(u64, u32)>,
}

/// Compares every pair of submissions of the same language. `templates` are
/// starter code and other given files: what they share with a submission is
/// not counted.
pub fn compare(submissions: &[Submission], templates: &[Submission], options: &Options) -> Report {
    let mut by_language: BTreeMap<Language, Vec<usize>> = BTreeMap::new();
    for (index, submission) in submissions.iter().enumerate() {
        by_language.entry(submission.language).or_default().push(index);
    }
    let mut pairs: Vec<Pair> = Vec::new();
    for (language, members) in &by_language {
        let group: Vec<&Submission> = members.iter().map(|&i| &submissions[i]).collect();
        let language_templates: Vec<&Submission> = templates.iter().filter(|t| t.language == *language).collect();
        for (a, b, similarity, matches) in compare_group(&group, &language_templates, options) {
            pairs.push(Pair {
                a: submissions[members[a]].name.clone(),
                b: submissions[members[b]].name.clone(),
                similarity,
                matches,
                order: (members[a], members[b]),
            });
        }
    }
    pairs.sort_by(|x, y| y.similarity.total_cmp(&x.similarity).then(x.order.cmp(&y.order)));
    let clusters = clusters(submissions, &pairs, options.cluster);
    pairs.retain(|pair| pair.similarity >= options.min);
    Report { pairs, clusters }
}

type GroupPair = (usize, usize, f64, Vec<Match>);

fn compare_group(group: &[&Submission], templates: &[&Submission], options: &Options) -> Vec<GroupPair> {
    let k = options.kgram.max(1);
    let mut prepared: Vec<Prepared> = group
        .par_iter()
        .map_init(tree_sitter::Parser::new, |parser, submission| {
            prepare(parser, submission, k)
        })
        .collect();

    // Boilerplate: k-grams of the templates, and those most submissions share.
    let mut parser = tree_sitter::Parser::new();
    let mut boilerplate: Vec<u64> = templates
        .iter()
        .flat_map(|template| prepare(&mut parser, template, k).hashes)
        .collect();
    let threshold = ((options.common_share * group.len() as f64).ceil() as usize).max(options.common_min.max(2));
    if group.len() >= threshold {
        let mut all: Vec<u64> = prepared
            .par_iter()
            .flat_map_iter(|p| {
                let mut distinct = p.hashes.clone();
                distinct.sort_unstable();
                distinct.dedup();
                distinct
            })
            .collect();
        all.par_sort_unstable();
        for run in all.chunk_by(|x, y| x == y) {
            if run.len() >= threshold {
                boilerplate.push(run[0]);
            }
        }
    }
    boilerplate.sort_unstable();
    boilerplate.dedup();
    prepared
        .par_iter_mut()
        .for_each(|p| p.mask_and_winnow(&boilerplate, k, options.window.max(1)));

    // The index: every fingerprint, by hash.
    let mut index: Vec<(u64, u32, u32)> = prepared
        .iter()
        .enumerate()
        .flat_map(|(s, p)| p.fingerprints.iter().map(move |&(hash, pos)| (hash, s as u32, pos)))
        .collect();
    index.par_sort_unstable();

    let min_match = options.min_match.max(k);
    let with_zeros = options.min <= 0.0;
    (0..prepared.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            let mut seeds: Vec<(u32, i64, u32, u32)> = Vec::new();
            for &(hash, i) in &prepared[a].fingerprints {
                let start = index.partition_point(|entry| entry.0 < hash);
                for &(h, b, j) in &index[start..] {
                    if h != hash {
                        break;
                    }
                    if b as usize > a {
                        seeds.push((b, i as i64 - j as i64, i, j));
                    }
                }
            }
            seeds.sort_unstable();
            let mut out: Vec<GroupPair> = Vec::new();
            let mut next_zero = a + 1;
            for run in seeds.chunk_by(|x, y| x.0 == y.0) {
                let b = run[0].0 as usize;
                if with_zeros {
                    out.extend((next_zero..b).map(|z| (a, z, 0.0, Vec::new())));
                    next_zero = b + 1;
                }
                let (x, y) = (&prepared[a], &prepared[b]);
                let candidates = extend(x, y, run.iter().map(|s| (s.2, s.3)), k, min_match);
                let tiles = tile(candidates, x.tokens.len(), y.tokens.len(), min_match);
                let similarity = score(x, y, &tiles);
                if similarity >= options.min || similarity >= options.cluster {
                    out.push((a, b, similarity, matches(group, a, b, x, y, &tiles)));
                }
            }
            if with_zeros {
                out.extend((next_zero..prepared.len()).map(|z| (a, z, 0.0, Vec::new())));
            }
            out.into_iter()
        })
        .collect()
}

fn prepare(parser: &mut tree_sitter::Parser, submission: &Submission, k: usize) -> Prepared {
    let mut tokens = Vec::new();
    let mut lines = Vec::new();
    let mut files = Vec::new();
    for (index, file) in submission.files.iter().enumerate() {
        for token in tokenize(submission.language, parser, &file.text) {
            tokens.push(token.kind);
            lines.push(token.line);
            files.push(index as u16);
        }
    }
    let hashes = kgram_hashes(&tokens, k);
    Prepared {
        masked: vec![false; tokens.len()],
        counted: tokens.len(),
        tokens,
        lines,
        files,
        hashes,
        fingerprints: Vec::new(),
    }
}

/// The hash of every k-gram: a polynomial rolling hash, finished with a mixer
/// so that winnowing's minima fall evenly.
fn kgram_hashes(tokens: &[u32], k: usize) -> Vec<u64> {
    if tokens.len() < k {
        return Vec::new();
    }
    const BASE: u64 = 0x0000_0100_0000_01b3;
    let top = (1..k).fold(1u64, |acc, _| acc.wrapping_mul(BASE));
    let mut rolling = tokens[..k]
        .iter()
        .fold(0u64, |acc, &t| acc.wrapping_mul(BASE).wrapping_add(t as u64));
    let mut out = Vec::with_capacity(tokens.len() - k + 1);
    out.push(mix(rolling));
    for i in k..tokens.len() {
        rolling = rolling
            .wrapping_sub((tokens[i - k] as u64).wrapping_mul(top))
            .wrapping_mul(BASE)
            .wrapping_add(tokens[i] as u64);
        out.push(mix(rolling));
    }
    out
}

/// splitmix64's finaliser: a bijection, so equal hashes still mean equal k-grams.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

impl Prepared {
    fn mask_and_winnow(&mut self, boilerplate: &[u64], k: usize, window: usize) {
        let mut excluded = vec![false; self.hashes.len()];
        if !boilerplate.is_empty() {
            for (i, hash) in self.hashes.iter().enumerate() {
                if boilerplate.binary_search(hash).is_ok() {
                    excluded[i] = true;
                    self.masked[i..i + k].iter_mut().for_each(|m| *m = true);
                }
            }
            self.counted = self.masked.iter().filter(|m| !**m).count();
        }
        // Winnowing (Schleimer, Wilkerson and Aiken, 2003): the rightmost
        // minimum of each window of hashes, each position once.
        let n = self.hashes.len();
        let mut last: Option<usize> = None;
        for start in 0..n.saturating_sub(window - 1).max(usize::from(n > 0)) {
            let end = (start + window).min(n);
            let mut best: Option<usize> = None;
            for (i, hash) in self.hashes.iter().enumerate().take(end).skip(start) {
                if !excluded[i] && best.is_none_or(|b| *hash <= self.hashes[b]) {
                    best = Some(i);
                }
            }
            if let Some(best) = best {
                if last != Some(best) {
                    self.fingerprints.push((self.hashes[best], best as u32));
                    last = Some(best);
                }
            }
        }
    }
}

/// Seeds (positions where both sides share a fingerprint) grown into maximal
/// runs of equal tokens, each run once: (start in a, start in b, length).
fn extend(
    a: &Prepared,
    b: &Prepared,
    seeds: impl Iterator<Item = (u32, u32)>,
    k: usize,
    min_match: usize,
) -> Vec<Tile> {
    let (x, y) = (&a.tokens, &b.tokens);
    let mut out: Vec<Tile> = Vec::new();
    // Seeds come sorted by diagonal, then position: a seed inside the run
    // found last on its diagonal adds nothing.
    let mut covered: Option<(i64, usize)> = None;
    for (i, j) in seeds {
        let (i, j) = (i as usize, j as usize);
        let diagonal = i as i64 - j as i64;
        if matches!(covered, Some((d, end)) if d == diagonal && i < end) {
            continue;
        }
        // Boilerplate is no evidence: runs stop at it, so a tile is made
        // of counted tokens only and its length means what it says.
        let same = |s: usize, t: usize| x[s] == y[t] && !a.masked[s] && !b.masked[t];
        if !(0..k).all(|o| same(i + o, j + o)) {
            continue; // a hash collision, or a k-gram touching boilerplate
        }
        let (mut s, mut t) = (i, j);
        while s > 0 && t > 0 && same(s - 1, t - 1) {
            s -= 1;
            t -= 1;
        }
        let mut end = i + k;
        while end < x.len() && end - i + j < y.len() && same(end, end - i + j) {
            end += 1;
        }
        covered = Some((diagonal, end));
        if end - s >= min_match {
            out.push(Tile {
                a: s,
                b: t,
                len: end - s,
            });
        }
    }
    out
}

/// The share of both sides' counted tokens that the tiles cover.
fn score(a: &Prepared, b: &Prepared, tiles: &[Tile]) -> f64 {
    let total = a.counted + b.counted;
    if total == 0 {
        return 0.0;
    }
    // Tiles hold counted tokens only (see `extend`).
    let covered: usize = tiles.iter().map(|t| 2 * t.len).sum();
    round(covered as f64 / total as f64)
}

fn round(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// The tiles as line ranges, cut where a file ends, neighbours merged.
fn matches(group: &[&Submission], a: usize, b: usize, x: &Prepared, y: &Prepared, tiles: &[Tile]) -> Vec<Match> {
    let (sa, sb) = (group[a], group[b]);
    let mut pieces: Vec<(u16, u32, u32, u16, u32, u32)> = Vec::new();
    for t in tiles {
        let mut from = 0;
        for o in 1..=t.len {
            let cut = o == t.len || x.files[t.a + o] != x.files[t.a + from] || y.files[t.b + o] != y.files[t.b + from];
            if cut {
                let (i, j, last) = (t.a + from, t.b + from, o - 1);
                pieces.push((
                    x.files[i],
                    x.lines[i],
                    x.lines[t.a + last],
                    y.files[j],
                    y.lines[j],
                    y.lines[t.b + last],
                ));
                from = o;
            }
        }
    }
    pieces.sort_unstable();
    let mut merged: Vec<(u16, u32, u32, u16, u32, u32)> = Vec::new();
    for piece in pieces {
        if let Some(last) = merged.last_mut() {
            let same_files = last.0 == piece.0 && last.3 == piece.3;
            let a_touches = piece.1 <= last.2 + 1;
            let b_touches = piece.4 <= last.5 + 1 && piece.5 + 1 >= last.4;
            if same_files && a_touches && b_touches {
                last.2 = last.2.max(piece.2);
                last.4 = last.4.min(piece.4);
                last.5 = last.5.max(piece.5);
                continue;
            }
        }
        merged.push(piece);
    }
    let file_name = |s: &Submission, f: u16| (s.files.len() > 1).then(|| s.files[f as usize].name.clone());
    merged
        .into_iter()
        .map(|(fa, a1, a2, fb, b1, b2)| Match {
            a_file: file_name(sa, fa),
            a_lines: [a1, a2],
            b_file: file_name(sb, fb),
            b_lines: [b1, b2],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rolling_hashes_equal_direct_ones() {
        let tokens: Vec<u32> = (0..50).map(|i| (i * 7919 % 13) as u32).collect();
        let rolled = kgram_hashes(&tokens, 5);
        for (i, hash) in rolled.iter().enumerate() {
            assert_eq!(*hash, kgram_hashes(&tokens[i..i + 5], 5)[0]);
        }
    }

    #[test]
    fn winnowing_keeps_a_fingerprint_in_every_window() {
        let mut p = Prepared {
            tokens: (0..200).collect(),
            lines: vec![1; 200],
            files: vec![0; 200],
            masked: vec![false; 200],
            counted: 200,
            hashes: Vec::new(),
            fingerprints: Vec::new(),
        };
        p.hashes = kgram_hashes(&p.tokens, 4);
        p.mask_and_winnow(&[], 4, 6);
        let positions: Vec<u32> = p.fingerprints.iter().map(|f| f.1).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1] && w[1] - w[0] <= 6));
        assert!(positions.len() < p.hashes.len() / 2);
    }
}
