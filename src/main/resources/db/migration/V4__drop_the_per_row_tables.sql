-- The root causes and returned strategies now live in the record (V2, V3).

ALTER TABLE recommendation_record ALTER COLUMN root_causes SET NOT NULL;
ALTER TABLE recommendation_record ALTER COLUMN strategies SET NOT NULL;

-- CASCADE also drops feedback's foreign key to recommended_strategy; feedback now refers to the record, and
-- the service checks that the strategy was returned before it stores feedback.
DROP TABLE recommended_strategy CASCADE;
DROP TABLE recommendation_root_cause;

ALTER TABLE feedback ADD CONSTRAINT feedback_recommendation_fk
    FOREIGN KEY (recommendation_id) REFERENCES recommendation_record (id) ON DELETE CASCADE;
