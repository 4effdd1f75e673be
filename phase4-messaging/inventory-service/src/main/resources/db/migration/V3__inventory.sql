-- inventory module: keyed by product id only, no foreign key into the catalog (the seam phase 2 cuts along)
CREATE TABLE stock_items (
    product_id BIGINT PRIMARY KEY,
    available  INTEGER NOT NULL CHECK (available >= 0),
    reserved   INTEGER NOT NULL CHECK (reserved >= 0),
    version    BIGINT NOT NULL
);

CREATE TABLE stock_reservations (
    id         UUID PRIMARY KEY,
    order_id   UUID    NOT NULL,
    product_id BIGINT  NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0)
);
CREATE INDEX stock_reservations_order_id ON stock_reservations (order_id);
