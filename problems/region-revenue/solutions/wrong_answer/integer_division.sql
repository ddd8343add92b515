-- Integer division: 3050 cents become 30 dollars.
SELECT r.name, COUNT(o.id), COALESCE(SUM(o.amount_cents), 0) / 100, AVG(o.amount_cents) / 100.0
FROM regions r
LEFT JOIN customers c ON c.region_id = r.id
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY r.id;
