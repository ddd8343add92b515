/* One correlated subquery per figure; TOTAL() is 0.0 on no rows. */
SELECT r.name,
       (SELECT COUNT(*)
        FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE c.region_id = r.id AND o.status = 'paid'),
       (SELECT TOTAL(o.amount_cents)
        FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE c.region_id = r.id AND o.status = 'paid') / 100,
       (SELECT AVG(o.amount_cents / 100.0)
        FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE c.region_id = r.id AND o.status = 'paid')
FROM regions r;
