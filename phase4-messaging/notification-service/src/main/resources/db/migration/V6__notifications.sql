-- notification module
CREATE TABLE notifications (
    id           UUID PRIMARY KEY,
    customer_id  UUID NOT NULL,
    order_id     UUID,
    type         VARCHAR(30) NOT NULL,
    message      VARCHAR(1000) NOT NULL,
    email_status VARCHAR(10) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_customer_created ON notifications (customer_id, created_at DESC);
