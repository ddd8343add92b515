INSERT INTO regions (id, name) VALUES (1, 'North'), (2, 'South'), (3, 'West');
INSERT INTO customers (id, name, region_id) VALUES (1, 'Ada', 1), (2, 'Bo', 1), (3, 'Cy', 2), (4, 'Di', NULL);
INSERT INTO orders (id, customer_id, amount_cents, status) VALUES
    (1, 1, 1050, 'paid'),
    (2, 1, 2000, 'paid'),
    (3, 2, 999, 'refunded'),
    (4, 3, 500, 'pending'),
    (5, 4, 700, 'paid');
