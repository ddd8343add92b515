-- The paid filter in WHERE turns the outer joins into inner ones: regions
-- without paid orders disappear.
SELECT r.name, COUNT(o.id), COALESCE(SUM(o.amount_cents), 0) / 100.0, AVG(o.amount_cents) / 100.0
FROM regions r
LEFT JOIN customers c ON c.region_id = r.id
LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'
GROUP BY r.id;
