-- The jti of every EHR token accepted, shared by the replicas behind a load balancer so that a token
-- replayed to another replica is refused. The key is the SHA-256 (hex) of issuer and jti: no text a caller
-- chose is stored. Rows are deleted once their token has expired (expires_at, epoch seconds).
CREATE TABLE seen_ehr_token (
    token_key CHAR(64) NOT NULL PRIMARY KEY,
    expires_at BIGINT NOT NULL
);

CREATE INDEX seen_ehr_token_expires_at ON seen_ehr_token (expires_at);
