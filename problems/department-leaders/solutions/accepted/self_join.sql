-- Each employee meets the colleagues paid at least as much: the distinct
-- salaries among them are the rank, the largest is the top.
SELECT d.name, e.name, e.salary,
       COUNT(DISTINCT h.salary) AS salary_rank,
       MAX(h.salary) - e.salary
FROM employees e
JOIN departments d ON d.id = e.department_id
JOIN employees h ON h.department_id = e.department_id AND h.salary >= e.salary
GROUP BY e.id
HAVING COUNT(DISTINCT h.salary) <= 3
ORDER BY d.name, salary_rank, e.name;
