-- Phase 4: shipped orders sell their reserved units (OrderShipped). available + reserved + sold only changes by
-- restocking, which is what the reliability tests check.
ALTER TABLE stock_items ADD COLUMN sold INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0);
