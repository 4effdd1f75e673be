-- order module
CREATE TABLE orders (
    id              UUID PRIMARY KEY,
    customer_id     UUID NOT NULL,
    idempotency_key UUID,
    status          VARCHAR(20) NOT NULL,
    failure_reason  VARCHAR(30),
    total_amount    NUMERIC(12, 2) NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    payment_method  VARCHAR(10) NOT NULL,
    payment_status  VARCHAR(20),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    -- the same key sent twice by one customer can only ever create one order
    CONSTRAINT orders_customer_idempotency_key UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);

CREATE TABLE order_lines (
    order_id     UUID    NOT NULL REFERENCES orders (id),
    line_no      INTEGER NOT NULL,
    product_id   BIGINT  NOT NULL,
    product_name VARCHAR(200) NOT NULL,
    quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100),
    unit_price   NUMERIC(12, 2) NOT NULL,
    currency     VARCHAR(3) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
