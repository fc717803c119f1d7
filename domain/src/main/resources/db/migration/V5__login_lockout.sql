-- Failed sign-ins are counted per account; five in a row lock it for 15 minutes.
ALTER TABLE user_account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP NULL;
