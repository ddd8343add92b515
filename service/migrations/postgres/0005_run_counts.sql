-- Runs (samples or custom input) are never recorded one by one, but their number
-- and the processor time they took are kept on the attempt, for graders.
ALTER TABLE attempts ADD COLUMN runs BIGINT NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN run_cpu_ms BIGINT NOT NULL DEFAULT 0;
