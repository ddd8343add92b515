//! `oa similarity`: every pair of submissions, most similar first.

use ::similarity::{Language, Options, Report, Submission};
use anyhow::bail;
use clap::Args;
use std::path::PathBuf;

#[derive(Args)]
pub struct SimilarityArgs {
    /// The submissions: each a source file, or a folder holding one multi-file submission.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The submissions' language (default: from the file extensions).
    #[arg(long)]
    lang: Option<String>,
    /// Starter code or other given files: what a submission shares with them is not counted.
    #[arg(long = "template", value_name = "FILE")]
    templates: Vec<PathBuf>,
    /// Only pairs at or above this similarity (0 to 1); also the threshold of clusters
    /// (0.5 when not given).
    #[arg(long, value_name = "S")]
    min: Option<f64>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn similarity(args: SimilarityArgs) -> anyhow::Result<()> {
    let language = args.lang.as_deref().map(Language::from_id).transpose()?;
    if let Some(min) = args.min {
        if !(0.0..=1.0).contains(&min) {
            bail!("--min {min}: a similarity is between 0 and 1");
        }
    }
    let submissions = args
        .paths
        .iter()
        .map(|path| Submission::read(path, language))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if submissions.len() < 2 {
        bail!(
            "{}: one submission has nothing to be compared with; name two or more",
            args.paths[0].display()
        );
    }
    let templates = args
        .templates
        .iter()
        .map(|path| Submission::read(path, language))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let defaults = Options::default();
    let options = Options {
        min: args.min.unwrap_or(0.0),
        cluster: args.min.unwrap_or(defaults.cluster),
        ..defaults
    };
    let report = ::similarity::compare(&submissions, &templates, &options);
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print!("{}", table(&report, options.cluster));
    }
    Ok(())
}

fn table(report: &Report, cluster: f64) -> String {
    let header = ["similarity", "a", "b", "matched lines (a ~ b)"]
        .map(String::from)
        .to_vec();
    let rows = report.pairs.iter().map(|pair| {
        let matches: Vec<String> = pair
            .matches
            .iter()
            .map(|m| {
                let side = |file: &Option<String>, lines: [u32; 2]| match file {
                    Some(file) => format!("{file}:{}-{}", lines[0], lines[1]),
                    None => format!("{}-{}", lines[0], lines[1]),
                };
                format!("{} ~ {}", side(&m.a_file, m.a_lines), side(&m.b_file, m.b_lines))
            })
            .collect();
        vec![
            format!("{:.2}", pair.similarity),
            pair.a.clone(),
            pair.b.clone(),
            matches.join(", "),
        ]
    });
    let table: Vec<Vec<String>> = std::iter::once(header).chain(rows).collect();
    let mut out = if report.pairs.is_empty() {
        "no pair at or above --min\n".to_string()
    } else {
        crate::output::columns(&table, &[0])
    };
    if report.clusters.is_empty() {
        out.push_str(&format!("\nno clusters at or above {cluster:.2}\n"));
    } else {
        out.push_str(&format!("\nclusters at or above {cluster:.2}:\n"));
        for group in &report.clusters {
            out.push_str(&format!("  {}\n", group.join(", ")));
        }
    }
    out
}
