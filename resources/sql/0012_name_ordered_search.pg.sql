-- SQLite only (its search index whose rowids follow the name order); PostgreSQL's trigram
-- indexes serve its search as they are.
SELECT 1;
