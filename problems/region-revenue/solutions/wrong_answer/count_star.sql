-- COUNT(*) counts the row the outer join makes for a region without orders.
SELECT r.name, COUNT(*), COALESCE(SUM(o.amount_cents), 0) / 100.0, AVG(o.amount_cents) / 100.0
FROM regions r
LEFT JOIN customers c ON c.region_id = r.id
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY r.id;
