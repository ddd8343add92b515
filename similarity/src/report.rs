//! What a comparison reports: pairs, most similar first, with their matched
//! line ranges, and clusters.

use crate::input::Submission;
use serde::Serialize;

/// The public JSON contract of `oa similarity --json`. Fields are only ever added.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Most similar first; ties in the order the submissions were given.
    pub pairs: Vec<Pair>,
    /// Groups of two or more submissions linked by pairs at or above the
    /// cluster threshold, largest first; each in the order given.
    pub clusters: Vec<Vec<String>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Pair {
    pub a: String,
    pub b: String,
    /// The share of both submissions' tokens (boilerplate left out) covered by
    /// matches: 0 shares nothing, 1 is a copy up to renaming and layout.
    pub similarity: f64,
    /// Matched fragments, in `a`'s order.
    pub matches: Vec<Match>,
    /// The submissions' positions in the input: the order of ties.
    #[serde(skip)]
    pub order: (usize, usize),
}

/// One matched fragment: lines `a_lines[0]..=a_lines[1]` of `a` match those of
/// `b`. A submission of several files also names the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Match {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a_file: Option<String>,
    pub a_lines: [u32; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b_file: Option<String>,
    pub b_lines: [u32; 2],
}

/// Connected components of the graph whose edges are the pairs at or above
/// `threshold`.
pub(crate) fn clusters(submissions: &[Submission], pairs: &[Pair], threshold: f64) -> Vec<Vec<String>> {
    let mut parent: Vec<usize> = (0..submissions.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for pair in pairs.iter().filter(|p| p.similarity >= threshold) {
        let (a, b) = (root(&mut parent, pair.order.0), root(&mut parent, pair.order.1));
        parent[a.max(b)] = a.min(b);
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); submissions.len()];
    for index in 0..submissions.len() {
        let r = root(&mut parent, index);
        groups[r].push(index);
    }
    let mut clusters: Vec<Vec<usize>> = groups.into_iter().filter(|g| g.len() > 1).collect();
    clusters.sort_by(|x, y| y.len().cmp(&x.len()).then(x[0].cmp(&y[0])));
    clusters
        .into_iter()
        .map(|group| group.into_iter().map(|i| submissions[i].name.clone()).collect())
        .collect()
}
