-- Invoices (phase 4): one per confirmed order, issued by a delayed job.
CREATE SEQUENCE invoice_numbers;
CREATE TABLE invoices (
    order_id  UUID PRIMARY KEY REFERENCES orders (id),
    number    VARCHAR(20) NOT NULL UNIQUE,
    pdf       BYTEA NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL
);
