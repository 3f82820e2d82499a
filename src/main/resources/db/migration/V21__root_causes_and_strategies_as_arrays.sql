-- The record's root causes and returned strategies' ids (in rank order) become SQL arrays: a query finds the
-- records naming a root cause with array_contains and counts the records per strategy over the unnested ids,
-- where the delimited text of V2 needed escaped LIKE patterns and one sum per strategy. 'type ARRAY' is the
-- SQL standard's syntax, which H2 and PostgreSQL both take. The elements have no length: with one
-- (VARCHAR(80) ARRAY) PostgreSQL coerces every element of every inserted array to it, which cost about 2 us
-- of the record writer's time and 4 us of the server's CPU per record (BENCHMARKS.md, Records); the values
-- are the engine's own codes, never a caller's text.
-- The strategies' scores are no longer stored: nothing read them, and the engine gives them again from the
-- record's signals and catalog version; writing them cost the record writer time (BENCHMARKS.md, Records).
-- The text columns are renamed out of the way; V22 converts them into the arrays and V23 drops them.

ALTER TABLE recommendation_record RENAME COLUMN root_causes TO packed_root_causes;
ALTER TABLE recommendation_record RENAME COLUMN strategies TO packed_strategies;

ALTER TABLE recommendation_record ADD COLUMN root_causes VARCHAR ARRAY;
ALTER TABLE recommendation_record ADD COLUMN strategy_ids VARCHAR ARRAY;
