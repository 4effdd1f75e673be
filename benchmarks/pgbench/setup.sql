-- Data for order-write-path.sql, on top of the phase's migrations: 200 customers with a session each and
-- 500 products (ids 1001-1500) with deep stock, the shape of the catalog the Gatling simulations order from.
INSERT INTO users (id, email, password_hash, full_name, role, created_at, version)
SELECT ('00000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid, 'bench-' || n || '@example.com', 'x',
       'Bench ' || n, 'CUSTOMER', now(), 0
FROM generate_series(1, 200) AS n;
INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at)
SELECT gen_random_uuid(), 'bench-token-' || n, ('00000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid,
       now(), now() + interval '1 day'
FROM generate_series(1, 200) AS n;
INSERT INTO products (id, sku, name, description, price_amount, price_currency, version)
SELECT n, 'BENCH-' || n, 'bench product ' || n, 'for pgbench', 10.00, 'EUR', 0 FROM generate_series(1001, 1500) AS n;
INSERT INTO stock_items (product_id, available, reserved, version)
SELECT n, 100000000, 0, 0 FROM generate_series(1001, 1500) AS n;
