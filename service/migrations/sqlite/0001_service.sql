-- The service's schema. Times are Unix milliseconds (BIGINT) so that one query
-- text serves SQLite and PostgreSQL; migrations/postgres holds the same schema
-- in PostgreSQL's types. Keep the two in step.

-- A problem version is the content hash of its package; its files are kept so
-- that any worker can fetch the exact version a submission is judged against.
CREATE TABLE problem_versions (
    hash        TEXT PRIMARY KEY,
    problem_id  TEXT NOT NULL,
    title       TEXT NOT NULL,
    max_score   REAL NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX problem_versions_by_problem ON problem_versions (problem_id);

CREATE TABLE problem_files (
    hash     TEXT NOT NULL REFERENCES problem_versions (hash),
    path     TEXT NOT NULL,
    content  BLOB NOT NULL,
    PRIMARY KEY (hash, path)
);

-- The catalogue: each problem's newest version, the one new assessments pin.
CREATE TABLE problems (
    id            TEXT PRIMARY KEY,
    current_hash  TEXT NOT NULL REFERENCES problem_versions (hash),
    updated_at    BIGINT NOT NULL
);

-- role: admin | author | grader. Only the SHA-256 of the token is kept.
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    role        TEXT NOT NULL,
    label       TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT
);

-- languages: a JSON array of language ids. feedback: none | score | samples | full.
CREATE TABLE assessments (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    title             TEXT NOT NULL,
    instructions      TEXT NOT NULL,
    duration_minutes  BIGINT NOT NULL,
    opens_at          BIGINT,
    closes_at         BIGINT,
    languages         TEXT NOT NULL,
    feedback          TEXT NOT NULL,
    created_by        BIGINT REFERENCES api_tokens (id),
    created_at        BIGINT NOT NULL
);

-- Problems are pinned to a version when the assessment is created.
CREATE TABLE assessment_problems (
    assessment_id  BIGINT NOT NULL REFERENCES assessments (id),
    position       BIGINT NOT NULL,
    problem_id     TEXT NOT NULL,
    problem_hash   TEXT NOT NULL REFERENCES problem_versions (hash),
    PRIMARY KEY (assessment_id, position),
    UNIQUE (assessment_id, problem_id)
);

CREATE TABLE invitations (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id  BIGINT NOT NULL REFERENCES assessments (id),
    name           TEXT NOT NULL,
    email          TEXT NOT NULL,
    token_hash     TEXT NOT NULL UNIQUE,
    created_at     BIGINT NOT NULL
);
CREATE INDEX invitations_by_assessment ON invitations (assessment_id);

-- One attempt per invitation; the deadline is fixed at start.
CREATE TABLE attempts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id  BIGINT NOT NULL UNIQUE REFERENCES invitations (id),
    started_at     BIGINT NOT NULL,
    deadline       BIGINT NOT NULL,
    finished_at    BIGINT
);

-- Immutable once written.
CREATE TABLE submissions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    attempt_id    BIGINT NOT NULL REFERENCES attempts (id),
    problem_id    TEXT NOT NULL,
    problem_hash  TEXT NOT NULL REFERENCES problem_versions (hash),
    language      TEXT NOT NULL,
    source        TEXT NOT NULL,
    source_hash   TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX submissions_by_attempt ON submissions (attempt_id, created_at);
CREATE INDEX submissions_by_problem ON submissions (problem_id);

-- A set of rejudges, applied or cancelled as a whole. state: pending | applied | cancelled.
CREATE TABLE rejudges (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    reason      TEXT NOT NULL,
    state       TEXT NOT NULL,
    created_by  BIGINT REFERENCES api_tokens (id),
    created_at  BIGINT NOT NULL,
    decided_at  BIGINT
);

-- The durable queue. state: queued | running | done | failed. A claim sets a
-- fresh lease; only the holder of the current lease can complete the job.
CREATE TABLE jobs (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id  BIGINT NOT NULL REFERENCES submissions (id),
    problem_hash   TEXT NOT NULL REFERENCES problem_versions (hash),
    rejudge_id     BIGINT REFERENCES rejudges (id),
    -- For a rejudge: the judgement that was current when the set was made.
    previous_judgement  BIGINT,
    state          TEXT NOT NULL,
    attempts       BIGINT NOT NULL DEFAULT 0,
    lease          TEXT,
    lease_until    BIGINT,
    worker         TEXT,
    run_after      BIGINT NOT NULL,
    error          TEXT,
    created_at     BIGINT NOT NULL,
    started_at     BIGINT,
    finished_at    BIGINT
);
CREATE INDEX jobs_queued ON jobs (state, run_after, id);
CREATE INDEX jobs_by_submission ON jobs (submission_id);
CREATE INDEX jobs_by_rejudge ON jobs (rejudge_id);

-- Several per submission after rejudges; `current` marks the one that counts.
-- job_id is unique: a job's result is recorded once.
CREATE TABLE judgements (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id  BIGINT NOT NULL REFERENCES submissions (id),
    job_id         BIGINT NOT NULL UNIQUE REFERENCES jobs (id),
    rejudge_id     BIGINT REFERENCES rejudges (id),
    problem_hash   TEXT NOT NULL REFERENCES problem_versions (hash),
    engine         TEXT NOT NULL,
    verdict        TEXT NOT NULL,
    score          REAL NOT NULL,
    max_score      REAL NOT NULL,
    message        TEXT NOT NULL,
    tests          TEXT NOT NULL,
    current        BIGINT NOT NULL,
    judged_at      BIGINT NOT NULL
);
CREATE INDEX judgements_by_submission ON judgements (submission_id, current);

-- Graders' and admins' actions.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        BIGINT NOT NULL,
    actor     BIGINT REFERENCES api_tokens (id),
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    detail    TEXT NOT NULL
);

-- Webhook deliveries to the screening pipeline, retried with backoff until delivered.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event         TEXT NOT NULL,
    dedup_key     TEXT NOT NULL UNIQUE,
    payload       TEXT NOT NULL,
    attempts      BIGINT NOT NULL DEFAULT 0,
    next_at       BIGINT NOT NULL,
    delivered_at  BIGINT,
    last_error    TEXT,
    created_at    BIGINT NOT NULL
);
CREATE INDEX outbox_pending ON outbox (delivered_at, next_at);
