INSERT INTO customers (id, name, region_id) VALUES
    (1, 'Ada', NULL);
INSERT INTO orders (id, customer_id, amount_cents, status) VALUES
    (1, 1, 100, 'paid');
