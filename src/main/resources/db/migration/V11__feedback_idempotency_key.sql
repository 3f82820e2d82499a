-- The Idempotency-Key a client sent with its feedback: a repeat with the same key is answered with what
-- was stored, and the same key with another strategy or outcome is refused.
ALTER TABLE feedback ADD COLUMN idempotency_key VARCHAR(255);
CREATE UNIQUE INDEX feedback_idempotency_key ON feedback (recommendation_id, idempotency_key);
