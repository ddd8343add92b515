-- One query. The tables: regions(id, name), customers(id, name, region_id),
-- orders(id, customer_id, amount_cents, status).
SELECT r.name
FROM regions AS r;
