INSERT INTO regions (id, name) VALUES
    (1, 'North'),
    (2, 'South'),
    (3, 'Empty'),
    (4, 'O''Neill Isles');
INSERT INTO customers (id, name, region_id) VALUES
    (1, 'Ada', 1),
    (2, 'Bo', 2),
    (3, 'Cy', 4),
    (4, 'Di', NULL);
INSERT INTO orders (id, customer_id, amount_cents, status) VALUES
    (1, 1, 1, 'paid'),
    (2, 1, 2, 'paid'),
    (3, 2, 999, 'refunded'),
    (4, 2, 501, 'pending'),
    (5, 3, 333, 'paid'),
    (6, 3, 334, 'paid'),
    (7, 3, 333, 'paid'),
    (8, 4, 10000, 'paid');
