-- Invitations, signup and the waitlist (issue 8): the web product's registration page that
-- links point at, signup's default groups, and lookups for the Invitations view, the
-- waitlist and the outbox.

ALTER TABLE workspaces ADD COLUMN join_url TEXT NOT NULL DEFAULT 'https://usher.example/join';

-- The account an invitation is for, so it survives a change of address.
ALTER TABLE invites ADD COLUMN account_id BIGINT REFERENCES accounts(id) ON DELETE CASCADE;

CREATE TABLE signup_groups (
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    PRIMARY KEY (workspace_id, group_id)
);

-- The open invitation of each member: neither accepted, cancelled nor replaced.
CREATE INDEX invites_open ON invites (workspace_id, created_at)
    WHERE accepted_at IS NULL AND cancelled_at IS NULL AND superseded_at IS NULL;
CREATE INDEX waitlist_open ON waitlist (workspace_id, signed_up_at) WHERE decision IS NULL;
CREATE INDEX outbox_invite ON outbox (invite_id);
CREATE INDEX invites_account ON invites (account_id);
