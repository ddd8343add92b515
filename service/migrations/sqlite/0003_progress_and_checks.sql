-- Judging progress, for candidates' live per-test progress: how many tests of
-- the job have finished (skipped ones included), of how many, and how many
-- failed. Written by the job's worker as judging goes (a few times a second at
-- most) and set to the final counts when the job completes.
ALTER TABLE jobs ADD COLUMN tests_done BIGINT;
ALTER TABLE jobs ADD COLUMN tests_total BIGINT;
ALTER TABLE jobs ADD COLUMN tests_failed BIGINT;

-- The checks of `oa problem check`, run by the service in the background on
-- each problem version. state: checking (claimed with a lease, like a job) |
-- done. faults and warnings are JSON arrays of strings; report is the whole
-- check as JSON. A version is checked again when the engine changes.
CREATE TABLE problem_checks (
    hash                  TEXT PRIMARY KEY REFERENCES problem_versions (hash),
    state                 TEXT NOT NULL,
    engine                TEXT NOT NULL,
    checker               TEXT,
    lease                 TEXT,
    lease_until           BIGINT,
    ok                    BIGINT,
    faults                TEXT,
    warnings              TEXT,
    time_limit            REAL,
    suggested_time_limit  REAL,
    report                TEXT,
    started_at            BIGINT NOT NULL,
    checked_at            BIGINT
);
