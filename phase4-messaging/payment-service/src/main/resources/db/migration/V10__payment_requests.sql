-- Phase 4: what to charge for each order, learned from OrderPlaced and charged when the stock is reserved.
CREATE TABLE payment_requests (
    order_id        UUID PRIMARY KEY,
    customer_id     UUID,
    method          VARCHAR(10),
    card_token      VARCHAR(64),
    vpa             VARCHAR(330),
    amount          NUMERIC(12, 2),
    currency        VARCHAR(3),
    state           VARCHAR(20) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL
);
CREATE INDEX payment_requests_retrying ON payment_requests (next_attempt_at) WHERE state = 'RETRYING';
