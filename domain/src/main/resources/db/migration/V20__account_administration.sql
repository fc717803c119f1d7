-- Accounts the security administrator creates or resets carry a temporary password, changed at the first sign-in.
ALTER TABLE user_account ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;
