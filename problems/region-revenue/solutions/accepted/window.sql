-- Window aggregates over each region's rows; DISTINCT keeps one row per region.
SELECT DISTINCT r.name,
       COUNT(o.id) OVER per_region,
       COALESCE(SUM(o.amount_cents) OVER per_region, 0) / 100.0,
       AVG(o.amount_cents) OVER per_region / 100.0
FROM regions r
LEFT JOIN customers c ON c.region_id = r.id
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
WINDOW per_region AS (PARTITION BY r.id);
