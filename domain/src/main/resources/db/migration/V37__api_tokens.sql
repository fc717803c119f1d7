-- An API client signs in once and presents a token with each call; only the token's hash is kept. A token is worth
-- something while its account's credentials stamp (raised by a new password, role, scope or disabling) is the one it
-- was issued under.
ALTER TABLE user_account ADD COLUMN credentials_stamp INT DEFAULT 0 NOT NULL;

CREATE TABLE api_token (
    token_hash VARCHAR(64) NOT NULL,
    account_id BIGINT NOT NULL,
    credentials_stamp INT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ${tableOptions};

CREATE INDEX ix_api_token_account ON api_token (account_id, expires_at);
