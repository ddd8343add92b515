//! `/metrics` in Prometheus' text format, read from the database so that every
//! server and worker process counts: queue depth, verdicts, judging latency.

use crate::store::Store;
use std::fmt::Write;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0];

pub async fn render(store: &Store) -> sqlx::Result<String> {
    let mut out = String::new();
    let states: Vec<(String, i64)> = sqlx::query_as("SELECT state, COUNT(*) FROM jobs GROUP BY state")
        .fetch_all(&store.pool)
        .await?;
    out.push_str(
        "# HELP oa_jobs Judging jobs by state (queued and running make the queue's depth).\n# TYPE oa_jobs gauge\n",
    );
    for state in ["queued", "running", "done", "failed", "cancelled"] {
        let count = states.iter().find(|(s, _)| s == state).map_or(0, |(_, n)| *n);
        let _ = writeln!(out, "oa_jobs{{state=\"{state}\"}} {count}");
    }
    let verdicts: Vec<(String, i64)> = sqlx::query_as(
        "SELECT verdict, COUNT(*) FROM judgements WHERE rejudge_id IS NULL GROUP BY verdict ORDER BY verdict",
    )
    .fetch_all(&store.pool)
    .await?;
    out.push_str("# HELP oa_judgements_total Submissions judged, by verdict (first judgements; rejudges not counted).\n# TYPE oa_judgements_total counter\n");
    for (verdict, count) in verdicts {
        let _ = writeln!(out, "oa_judgements_total{{verdict=\"{verdict}\"}} {count}");
    }
    // From submission to recorded verdict: what a candidate waits.
    let cases: Vec<String> = BUCKETS
        .iter()
        .enumerate()
        .map(|(i, bound)| {
            format!(
                "SUM(CASE WHEN g.judged_at - s.created_at <= {} THEN 1 ELSE 0 END) AS b{i}",
                (bound * 1000.0) as i64
            )
        })
        .collect();
    let sql = format!(
        "SELECT {}, COUNT(*) AS n, CAST(SUM(g.judged_at - s.created_at) AS DOUBLE PRECISION) AS total
         FROM judgements g JOIN submissions s ON s.id = g.submission_id WHERE g.rejudge_id IS NULL",
        cases.join(", ")
    );
    let row = sqlx::query(&sql).fetch_one(&store.pool).await?;
    use sqlx::Row;
    out.push_str("# HELP oa_judge_latency_seconds Time from a submission to its verdict.\n# TYPE oa_judge_latency_seconds histogram\n");
    for (i, bound) in BUCKETS.iter().enumerate() {
        let count: Option<i64> = row.try_get(i)?;
        let _ = writeln!(
            out,
            "oa_judge_latency_seconds_bucket{{le=\"{bound}\"}} {}",
            count.unwrap_or(0)
        );
    }
    let n: i64 = row.try_get("n")?;
    let total: Option<f64> = row.try_get("total")?;
    let _ = writeln!(out, "oa_judge_latency_seconds_bucket{{le=\"+Inf\"}} {n}");
    let _ = writeln!(out, "oa_judge_latency_seconds_sum {}", total.unwrap_or(0.0) / 1000.0);
    let _ = writeln!(out, "oa_judge_latency_seconds_count {n}");
    Ok(out)
}
