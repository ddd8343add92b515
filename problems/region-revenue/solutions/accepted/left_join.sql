-- The paid filter sits in the ON clause, so regions without paid orders stay.
SELECT r.name,
       COUNT(o.id) AS paid_orders,
       COALESCE(SUM(o.amount_cents), 0) / 100.0 AS revenue,
       AVG(o.amount_cents) / 100.0 AS average
FROM regions AS r
LEFT JOIN customers AS c ON c.region_id = r.id
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY r.id, r.name;
