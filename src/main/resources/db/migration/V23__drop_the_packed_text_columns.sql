-- The root causes and returned strategies now live in the arrays of V21, filled by V22.

ALTER TABLE recommendation_record DROP COLUMN packed_root_causes;
ALTER TABLE recommendation_record DROP COLUMN packed_strategies;

ALTER TABLE recommendation_record ALTER COLUMN root_causes SET NOT NULL;
ALTER TABLE recommendation_record ALTER COLUMN strategy_ids SET NOT NULL;
