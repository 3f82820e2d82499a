-- One row per recommendation. Writing a record was one insert into each of three tables per record, root
-- cause and returned strategy, each with its own indexes: at full load the writer cost as much CPU as
-- answering. The record now carries its root causes and returned strategies as delimited text columns
-- (encoded by org.impasseadvisor.audit.PackedLists, e.g. '|FEAR|TRUST|' and '|strategy-id=4.5|'), and only
-- the CDS Hooks cards, which are looked up by id, keep a table of their own.
-- V3 fills the new columns from the old tables; V4 drops those tables. Portable across H2 and PostgreSQL.

ALTER TABLE recommendation_record ADD COLUMN root_causes VARCHAR(400);
ALTER TABLE recommendation_record ADD COLUMN strategies VARCHAR(6000);

CREATE TABLE recommendation_card (
    card_id           UUID        NOT NULL PRIMARY KEY,
    recommendation_id UUID        NOT NULL REFERENCES recommendation_record (id) ON DELETE CASCADE,
    strategy_id       VARCHAR(80) NOT NULL
);

CREATE INDEX recommendation_card_recommendation ON recommendation_card (recommendation_id);

INSERT INTO recommendation_card (card_id, recommendation_id, strategy_id)
    SELECT card_id, recommendation_id, strategy_id FROM recommended_strategy WHERE card_id IS NOT NULL;
