-- pgbench: the database work of one order in phase 1, as the monolith does it (read its SQL with
-- logging.level.org.hibernate.SQL=debug), so that the benchmark can say how close the application gets to
-- what PostgreSQL alone can do on the same machine. Run by ./run bench against a database made from the
-- phase's own Flyway migrations plus setup.sql.

\set product random(1001, 1500)
\set customer random(1, 200)

-- authenticate the request: the session behind the bearer token, then its user
SELECT user_id, expires_at FROM sessions WHERE token_hash = 'bench-token-' || :customer;
SELECT id, email, role FROM users WHERE id = ('00000000-0000-0000-0000-' || lpad(:customer::text, 12, '0'))::uuid;

BEGIN;
-- the product's name and price
SELECT id, name, price_amount, price_currency FROM products WHERE id = :product;
-- the order, PENDING, and its line
INSERT INTO orders (id, customer_id, idempotency_key, status, total_amount, currency, payment_method,
                    created_at, updated_at, version)
VALUES (gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(:customer::text, 12, '0'))::uuid, gen_random_uuid(),
        'PENDING', 10.00, 'EUR', 'CARD', now(), now(), 0)
RETURNING id AS order_id \gset
INSERT INTO order_lines (order_id, line_no, product_id, product_name, quantity, unit_price, currency)
VALUES (':order_id'::uuid, 0, :product, 'bench product', 1, 10.00, 'EUR');
-- reserve: lock the stock row, move one unit, remember the reservation
SELECT available, reserved, version FROM stock_items WHERE product_id = :product FOR UPDATE;
UPDATE stock_items SET available = available - 1, reserved = reserved + 1, version = version + 1
WHERE product_id = :product;
INSERT INTO stock_reservations (id, order_id, product_id, quantity) VALUES (gen_random_uuid(), ':order_id'::uuid, :product, 1);
-- pay, confirm, notify
INSERT INTO payments (id, order_id, customer_id, method, amount, currency, status, created_at, updated_at, version)
VALUES (gen_random_uuid(), ':order_id'::uuid, ('00000000-0000-0000-0000-' || lpad(:customer::text, 12, '0'))::uuid,
        'CARD', 10.00, 'EUR', 'CAPTURED', now(), now(), 0);
UPDATE orders SET status = 'CONFIRMED', payment_status = 'CAPTURED', updated_at = now(), version = version + 1
WHERE id = ':order_id'::uuid;
INSERT INTO notifications (id, customer_id, order_id, type, message, email_status, created_at)
VALUES (gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(:customer::text, 12, '0'))::uuid, ':order_id'::uuid,
        'ORDER_CONFIRMED', 'Your order is confirmed.', 'PENDING', now());
COMMIT;

-- after commit, the e-mail: read the notification and its user, record that it was sent
UPDATE notifications SET email_status = 'SENT' WHERE id = (SELECT id FROM notifications WHERE order_id = ':order_id'::uuid);
