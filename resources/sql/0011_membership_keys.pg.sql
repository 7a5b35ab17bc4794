-- SQLite's membership insert trigger now skips an insert that brings its sort keys along
-- (0011_membership_keys.sqlite.sql). PostgreSQL's sets them before the insert, which writes
-- the row once already: nothing to change here.
SELECT 1;
