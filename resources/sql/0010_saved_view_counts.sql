-- The saved views "Expired invitations", "Invited over 3 days ago" and "No sign-in for 90+ days"
-- count the people of one status within a time range. The sort indexes begin with the time
-- and leave the status to each entry, so those counts walked every member who joined (or was
-- last seen) before the limit, whatever their status: 3.8 and 5 million index entries at a
-- million members, a second of the backend's time at every open. These indexes give each
-- count a range of its own status: the work is the answer's size.

CREATE INDEX memberships_by_status_joined ON memberships (workspace_id, status, joined_at);
-- last_seen_at itself too, so that SQLite reads the count from the index alone.
CREATE INDEX memberships_by_status_last_seen ON memberships (workspace_id, status, (COALESCE(last_seen_at, 0)), last_seen_at);
