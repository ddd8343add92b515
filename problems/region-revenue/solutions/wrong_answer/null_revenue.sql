-- SUM over no rows is NULL, not 0.
SELECT r.name, COUNT(o.id), SUM(o.amount_cents) / 100.0, AVG(o.amount_cents) / 100.0
FROM regions r
LEFT JOIN customers c ON c.region_id = r.id
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY r.id;
