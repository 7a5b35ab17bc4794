-- The mail server belongs to the workspace (issue 14): everyone who sends the workspace's mail
-- sends it through the server its Admins chose. The password is not stored here: it stays in the
-- keychain of whoever configured it, or is asked for.

ALTER TABLE workspaces ADD COLUMN smtp_host TEXT NOT NULL DEFAULT '';
ALTER TABLE workspaces ADD COLUMN smtp_port INTEGER NOT NULL DEFAULT 587 CHECK (smtp_port BETWEEN 1 AND 65535);
ALTER TABLE workspaces ADD COLUMN smtp_security TEXT NOT NULL DEFAULT 'starttls'
    CHECK (smtp_security IN ('none', 'starttls', 'tls'));
ALTER TABLE workspaces ADD COLUMN smtp_user TEXT NOT NULL DEFAULT '';
ALTER TABLE workspaces ADD COLUMN smtp_from_address TEXT NOT NULL DEFAULT '';
ALTER TABLE workspaces ADD COLUMN smtp_from_name TEXT NOT NULL DEFAULT '';
ALTER TABLE workspaces ADD COLUMN smtp_timeout_seconds INTEGER NOT NULL DEFAULT 30
    CHECK (smtp_timeout_seconds BETWEEN 1 AND 300);
