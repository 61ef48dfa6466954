-- The SKU registry: one row per SKU ever claimed by a product registration. The primary key on the
-- normalised SKU (trimmed, upper case) is what makes the uniqueness check set-based: concurrent
-- claims of one SKU serialise on it, and exactly one of them can commit.

CREATE TABLE inventory.sku_claim (
    normalised_sku TEXT        NOT NULL,
    sku            TEXT        NOT NULL, -- as the registration gave it
    product_id     UUID        NOT NULL,
    claimed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (normalised_sku)
);
