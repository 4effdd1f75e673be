-- Phase 4: the catalog that existed before product events did (the demo catalog of V7) is announced once, as if each
-- product had just been listed: order-service builds its copy from these events like from any later one. Runs after
-- the messaging tables (db/messaging, V100); the payload is ProductListed as Jackson writes it.
INSERT INTO outbox (message_id, aggregate_id, exchange, routing_key, type, payload, created_at)
SELECT event_id,
       'product-' || id,
       'shop.events',
       'product.ProductListed',
       'ProductListed',
       json_build_object(
           'eventId', event_id,
           'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'productId', id,
           'sku', sku,
           'name', name,
           'price', json_build_object('amount', to_char(price_amount, 'FM999999999990.00'), 'currency', price_currency)
       )::text,
       now()
FROM (SELECT gen_random_uuid() AS event_id, p.* FROM products p ORDER BY p.id) announced;
