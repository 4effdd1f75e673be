-- A demo catalog so that a learner can order at once: ids 1..12, each with stock.
INSERT INTO products (id, sku, name, description, price_amount, price_currency, version) VALUES
    (1,  'KB-MECH-01',  'Mechanical keyboard',       'Tenkeyless, brown switches',             89.90, 'EUR', 0),
    (2,  'MS-WL-02',    'Wireless mouse',            'Ergonomic, 2.4 GHz and Bluetooth',       34.50, 'EUR', 0),
    (3,  'MN-27-4K',    '27" 4K monitor',            'IPS panel, USB-C with 65 W charging',   329.00, 'EUR', 0),
    (4,  'HS-ANC-04',   'Noise-cancelling headset',  'Over-ear, 30 h battery',                149.00, 'EUR', 0),
    (5,  'CAM-HD-05',   'HD webcam',                 '1080p, privacy shutter',                 49.99, 'EUR', 0),
    (6,  'DK-USBC-06',  'USB-C dock',                'Two displays, Ethernet, 100 W pass-through', 119.00, 'EUR', 0),
    (7,  'SSD-1TB-07',  'Portable SSD 1 TB',         'USB 3.2, 1,050 MB/s',                    99.90, 'EUR', 0),
    (8,  'LMP-LED-08',  'Desk lamp',                 'Dimmable LED, warm to cool white',       39.00, 'EUR', 0),
    (9,  'CH-ERG-09',   'Ergonomic chair',           'Mesh back, adjustable lumbar support',  279.00, 'EUR', 0),
    (10, 'MAT-XL-10',   'XL desk mat',               '90 x 40 cm, stitched edges',             19.99, 'EUR', 0),
    (11, 'CBL-USBC-11', 'USB-C cable (2 m)',         '240 W, braided',                         12.49, 'EUR', 0),
    (12, 'STD-LAP-12',  'Laptop stand',              'Aluminium, six heights',                 29.95, 'EUR', 0);

-- the ids above were given explicitly: move the identity on so that new products don't collide with them
ALTER TABLE products ALTER COLUMN id RESTART WITH 13;
-- (the stock for these products is inventory-service's V7__demo_stock.sql)
