-- Ordered by department and rank only: people of one rank come in whatever
-- order SQLite reads them, not by name.
WITH ranked AS (
    SELECT d.name AS department, e.name AS employee, e.salary,
           DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank,
           MAX(e.salary) OVER (PARTITION BY e.department_id) - e.salary AS gap_to_top
    FROM employees e JOIN departments d ON d.id = e.department_id
    WHERE e.salary IS NOT NULL
)
SELECT * FROM ranked WHERE salary_rank <= 3 ORDER BY department, salary_rank;
