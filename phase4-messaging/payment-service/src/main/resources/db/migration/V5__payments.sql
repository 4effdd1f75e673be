-- payment module
CREATE TABLE payments (
    id          UUID PRIMARY KEY,
    order_id    UUID NOT NULL UNIQUE,
    customer_id UUID NOT NULL,
    method      VARCHAR(10) NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    currency    VARCHAR(3) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL
);
