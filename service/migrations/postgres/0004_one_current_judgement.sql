-- At most one current judgement per submission, whatever runs concurrently.
-- Where concurrent rejudge applies already left two, the newest one stays.
UPDATE judgements SET current = 0
WHERE current = 1
  AND id < (SELECT MAX(j.id) FROM judgements j WHERE j.submission_id = judgements.submission_id AND j.current = 1);

CREATE UNIQUE INDEX judgements_one_current ON judgements (submission_id) WHERE current = 1;
