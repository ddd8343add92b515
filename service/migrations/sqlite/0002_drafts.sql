-- Candidates' drafts: what is in their editor, per problem and language, so
-- that it follows them to another browser. Overwritten on each save.
CREATE TABLE drafts (
    attempt_id  BIGINT NOT NULL REFERENCES attempts (id),
    problem_id  TEXT NOT NULL,
    language    TEXT NOT NULL,
    source      TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (attempt_id, problem_id, language)
);
