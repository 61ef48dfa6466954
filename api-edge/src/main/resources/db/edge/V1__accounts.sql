-- The edge's own state: user accounts. Passwords are stored as bcrypt hashes only.
CREATE TABLE edge.account (
    account_id    UUID        NOT NULL,
    email         TEXT        NOT NULL, -- lower case
    name          TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    roles         TEXT[]      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT account_email_uq UNIQUE (email)
);
