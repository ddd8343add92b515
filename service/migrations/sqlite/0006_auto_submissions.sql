-- When an attempt ends (finished, or its deadline passed), the last draft of
-- each problem not submitted as it stands is submitted for it, marked `auto`.
-- `closed_at` says that was done (once per attempt, whichever server does it).
ALTER TABLE attempts ADD COLUMN closed_at BIGINT;
ALTER TABLE submissions ADD COLUMN auto BIGINT NOT NULL DEFAULT 0;
-- Attempts that ended before this upgrade ended under the old rule: nothing
-- is submitted for them after the fact.
UPDATE attempts SET closed_at = COALESCE(finished_at, deadline)
WHERE finished_at IS NOT NULL OR deadline <= CAST(strftime('%s', 'now') AS BIGINT) * 1000;
CREATE INDEX attempts_to_close ON attempts (closed_at, deadline);
