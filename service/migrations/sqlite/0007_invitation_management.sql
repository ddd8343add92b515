-- Invitations that graders manage: a revoked link opens nothing; an expired
-- invitation can no longer be started; extra time (minutes, and a percentage
-- of the duration) lengthens its attempt. `extra_ms` is the extra time the
-- attempt's deadline holds, so that a change of it moves the deadline by the
-- difference.
ALTER TABLE invitations ADD COLUMN revoked_at BIGINT;
ALTER TABLE invitations ADD COLUMN expires_at BIGINT;
ALTER TABLE invitations ADD COLUMN extra_minutes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invitations ADD COLUMN extra_percent BIGINT NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN extra_ms BIGINT NOT NULL DEFAULT 0;
CREATE INDEX invitations_by_email ON invitations (assessment_id, email);
