-- Password help (issue 19): reset links that expire after a workspace's chosen minutes,
-- temporary passwords (who gave one, when it stops working) and impersonation sign-ins, kept in
-- password_resets (links as the SHA-256 of their token; a temporary password's row holds the
-- hash of a random token nobody knows, the password itself is the account's Argon2id hash). A link is
-- single use (used_at) and a newer one closes the older (closed_at). A reset mail's link is
-- issued when the mail is sent, like an invitation's, so the outbox points at its reset. The
-- new id columns carry no foreign keys (a reset outlives nothing: its account's deletion
-- cascades; a mail whose reset is gone is not sent), so the columns can be dropped again.

ALTER TABLE workspaces ADD COLUMN reset_link_minutes INTEGER NOT NULL DEFAULT 60
    CHECK (reset_link_minutes BETWEEN 5 AND 10080);
ALTER TABLE password_resets ADD COLUMN workspace_id BIGINT;
ALTER TABLE password_resets ADD COLUMN kind TEXT NOT NULL DEFAULT 'reset' CHECK (kind IN ('reset', 'temporary', 'impersonation'));
ALTER TABLE password_resets ADD COLUMN closed_at BIGINT;
CREATE INDEX password_resets_account ON password_resets (account_id, kind);
ALTER TABLE outbox ADD COLUMN reset_id BIGINT;
