-- Regions with paid orders, then (EXCEPT) the ones without, each with zeros.
SELECT r.name, COUNT(*), SUM(o.amount_cents) / 100.0, AVG(o.amount_cents) / 100.0
FROM regions r
JOIN customers c ON c.region_id = r.id
JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'
GROUP BY r.id
UNION ALL
SELECT name, 0, 0.0, NULL
FROM regions
WHERE id IN (
    SELECT id FROM regions
    EXCEPT
    SELECT c.region_id FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid'
);
