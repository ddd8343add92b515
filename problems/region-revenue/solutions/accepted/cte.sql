-- Paid orders summed per region first, then every region joined to its sums.
WITH paid AS (
    SELECT c.region_id, COUNT(*) AS n, SUM(o.amount_cents) AS cents
    FROM orders AS o
    JOIN customers AS c ON c.id = o.customer_id
    WHERE o.status = 'paid'
    GROUP BY c.region_id
)
SELECT r.name,
       COALESCE(p.n, 0),
       COALESCE(p.cents, 0) / 100.0,
       p.cents * 1.0 / p.n / 100
FROM regions AS r
LEFT JOIN paid AS p ON p.region_id = r.id
