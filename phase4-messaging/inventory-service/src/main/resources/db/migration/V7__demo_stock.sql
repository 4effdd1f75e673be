-- The demo catalog's stock, so that a learner can order at once: product ids 1..12 live in product-service
-- (its V7__demo_catalog.sql); inventory knows them only by id.
INSERT INTO stock_items (product_id, available, reserved, version) VALUES
    (1, 100, 0, 0), (2, 250, 0, 0), (3, 40, 0, 0), (4, 120, 0, 0), (5, 150, 0, 0), (6, 80, 0, 0),
    (7, 200, 0, 0), (8, 90, 0, 0), (9, 30, 0, 0), (10, 300, 0, 0), (11, 500, 0, 0), (12, 110, 0, 0);
