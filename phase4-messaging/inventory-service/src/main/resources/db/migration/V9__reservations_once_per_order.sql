-- Phase 3 retries calls and times them out, so one order's "reserve" can arrive twice at once, or arrive after
-- order-service gave up on it and sent "release". Both now go through one row per order: the second of two concurrent
-- requests for an order waits on it for the first to commit, and a release leaves the row behind marked released, so
-- a reservation that arrives late reserves nothing (it used to hold the stock for good: an order nobody would cancel).
CREATE TABLE reservation_orders (
    order_id UUID PRIMARY KEY,
    released BOOLEAN NOT NULL
);

INSERT INTO reservation_orders (order_id, released)
SELECT DISTINCT order_id, FALSE FROM stock_reservations;

ALTER TABLE stock_reservations
    ADD CONSTRAINT stock_reservations_order FOREIGN KEY (order_id) REFERENCES reservation_orders (order_id);
-- one line per product and order: a second identical line could only come from reserving twice
ALTER TABLE stock_reservations
    ADD CONSTRAINT stock_reservations_order_product UNIQUE (order_id, product_id);
