-- order-service's copy of the catalog (phase 4): what orders are priced from, kept current by product events.
CREATE TABLE catalog_products (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    price      NUMERIC(12, 2) NOT NULL,
    currency   VARCHAR(3) NOT NULL,
    listed     BOOLEAN NOT NULL,
    -- when the change it reflects happened: an older event (redelivered, retried) changes nothing
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
