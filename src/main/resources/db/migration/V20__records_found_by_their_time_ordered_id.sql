-- Record ids are time-ordered (version 7 UUIDs: their first 48 bits are the millisecond the record was made,
-- which is also its created_at), so the primary key already orders the records by time: the retention purge
-- and the insights' period filter find a period as a range of ids. The index on created_at only cost every
-- insert a second index entry (a fifth of the record writer's time in its profile). Portable across H2 and
-- PostgreSQL.

DROP INDEX recommendation_record_created_at;
