-- RANK leaves gaps after ties: 1, 1, 3 instead of 1, 1, 2.
WITH ranked AS (
    SELECT d.name AS department, e.name AS employee, e.salary,
           RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank,
           MAX(e.salary) OVER (PARTITION BY e.department_id) - e.salary AS gap_to_top
    FROM employees e JOIN departments d ON d.id = e.department_id
    WHERE e.salary IS NOT NULL
)
SELECT * FROM ranked WHERE salary_rank <= 3 ORDER BY department, salary_rank, employee;
