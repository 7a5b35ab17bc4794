-- Usher schema, version 1: the whole data model of the specification.
-- Shared by SQLite and PostgreSQL. Dialect differences are placeholders, expanded by the migrator:
--   {{id}}    an auto-numbered 64-bit primary key
--   {{blob}}  binary data
-- Times are seconds since the Unix epoch (UTC) in BIGINT columns: portable and index-friendly.
-- Statements end with a semicolon at the end of a line.

CREATE TABLE workspaces (
    id {{id}},
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    seat_cap INTEGER CHECK (seat_cap IS NULL OR seat_cap >= 0),
    signup_public INTEGER NOT NULL DEFAULT 0,
    signup_waitlist INTEGER NOT NULL DEFAULT 0,
    signup_domains TEXT NOT NULL DEFAULT '',
    signup_default_role TEXT NOT NULL DEFAULT 'member',
    captcha_provider TEXT NOT NULL DEFAULT '',
    invite_expiry_days INTEGER NOT NULL DEFAULT 14 CHECK (invite_expiry_days > 0),
    locale TEXT NOT NULL DEFAULT 'en',
    created_at BIGINT NOT NULL
);

CREATE TABLE accounts (
    id {{id}},
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL,
    avatar {{blob}},
    password_hash TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE memberships (
    id {{id}},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'editor', 'monitor', 'member', 'helpdesk')),
    status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'disabled', 'deleted')),
    source TEXT NOT NULL CHECK (source IN ('directory', 'signup', 'sso', 'invite', 'import', 'manual')),
    joined_at BIGINT NOT NULL,
    last_seen_at BIGINT,
    deleted_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT,
    updated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    UNIQUE (workspace_id, account_id)
);
CREATE INDEX memberships_account ON memberships (account_id);
CREATE INDEX memberships_status ON memberships (workspace_id, status);
CREATE INDEX memberships_last_seen ON memberships (workspace_id, last_seen_at);
CREATE INDEX memberships_joined ON memberships (workspace_id, joined_at);

CREATE TABLE groups (
    id {{id}},
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'native' CHECK (source IN ('native', 'synced')),
    external_id TEXT,
    synced_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (workspace_id, name)
);

CREATE TABLE group_members (
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX group_members_account ON group_members (account_id);

CREATE TABLE group_permissions (
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (group_id, permission)
);

CREATE TABLE invites (
    id {{id}},
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    message TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    cancelled_at BIGINT,
    superseded_at BIGINT
);
CREATE INDEX invites_email ON invites (workspace_id, email_key);

CREATE TABLE invite_groups (
    invite_id BIGINT NOT NULL REFERENCES invites(id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    PRIMARY KEY (invite_id, group_id)
);

CREATE TABLE waitlist (
    id {{id}},
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    signed_up_at BIGINT NOT NULL,
    decision TEXT CHECK (decision IS NULL OR decision IN ('approved', 'rejected')),
    decided_at BIGINT,
    decided_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    UNIQUE (workspace_id, email_key)
);

CREATE TABLE sessions (
    id {{id}},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    device TEXT NOT NULL DEFAULT '',
    browser TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    last_activity_at BIGINT NOT NULL,
    revoked_at BIGINT,
    impersonated_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_events (
    id {{id}},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    workspace_id BIGINT REFERENCES workspaces(id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    device TEXT NOT NULL DEFAULT '',
    browser TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    success INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX login_events_account ON login_events (account_id, at);

CREATE TABLE password_resets (
    id {{id}},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- Append-only. Ids are kept without foreign keys so the record outlives its subjects;
-- GDPR erasure replaces them with salted hashes (actor_ref, target_ref).
CREATE TABLE audit_log (
    id {{id}},
    workspace_id BIGINT,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    actor_ref TEXT,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id BIGINT,
    target_ref TEXT,
    before_json TEXT,
    after_json TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (workspace_id, at);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);

CREATE TABLE outbox (
    id {{id}},
    workspace_id BIGINT REFERENCES workspaces(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at BIGINT,
    invite_id BIGINT REFERENCES invites(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_status ON outbox (status, next_attempt_at);

CREATE TABLE erasure_log (
    id {{id}},
    erased_at BIGINT NOT NULL,
    subject_ref TEXT NOT NULL,
    actor_id BIGINT,
    reason TEXT NOT NULL DEFAULT ''
);

INSERT INTO workspaces (name, slug, created_at) VALUES ('My organisation', 'default', {{now}});
