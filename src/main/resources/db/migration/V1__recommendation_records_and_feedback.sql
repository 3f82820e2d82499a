-- Portable across H2 and PostgreSQL: no vendor types, no vendor functions.
-- No patient identifiers and no free text from an EHR are stored; feedback comments are limited to 500 characters.

CREATE TABLE recommendation_record (
    id              UUID         NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    catalog_version VARCHAR(20)  NOT NULL,
    catalog_hash    CHAR(64)     NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    client_id       VARCHAR(100),
    signals         VARCHAR(2000) NOT NULL
);

CREATE INDEX recommendation_record_created_at ON recommendation_record (created_at);

CREATE TABLE recommendation_root_cause (
    recommendation_id UUID        NOT NULL REFERENCES recommendation_record (id) ON DELETE CASCADE,
    root_cause        VARCHAR(40) NOT NULL,
    PRIMARY KEY (recommendation_id, root_cause)
);

CREATE INDEX recommendation_root_cause_cause ON recommendation_root_cause (root_cause);

CREATE TABLE recommended_strategy (
    recommendation_id UUID        NOT NULL REFERENCES recommendation_record (id) ON DELETE CASCADE,
    strategy_id       VARCHAR(80) NOT NULL,
    strategy_rank     INTEGER     NOT NULL,
    score             DOUBLE PRECISION NOT NULL,
    card_id           UUID,
    PRIMARY KEY (recommendation_id, strategy_id)
);

CREATE INDEX recommended_strategy_card ON recommended_strategy (card_id);

CREATE TABLE feedback (
    id                UUID        NOT NULL PRIMARY KEY,
    recommendation_id UUID        NOT NULL,
    strategy_id       VARCHAR(80) NOT NULL,
    outcome           VARCHAR(20) NOT NULL,
    reason            VARCHAR(30),
    comment           VARCHAR(500),
    channel           VARCHAR(20) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (recommendation_id, strategy_id)
        REFERENCES recommended_strategy (recommendation_id, strategy_id) ON DELETE CASCADE
);

CREATE INDEX feedback_recommendation ON feedback (recommendation_id);
