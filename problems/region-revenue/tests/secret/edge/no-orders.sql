INSERT INTO regions (id, name) VALUES
    (1, 'North'),
    (2, 'South');
INSERT INTO customers (id, name, region_id) VALUES
    (1, 'Ada', 1),
    (2, 'Bo', 2);
