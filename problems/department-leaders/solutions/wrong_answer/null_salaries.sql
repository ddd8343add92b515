-- NULL salaries are not filtered out: they sort last and get a rank of their own.
WITH ranked AS (
    SELECT d.name AS department, e.name AS employee, e.salary,
           DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank,
           MAX(e.salary) OVER (PARTITION BY e.department_id) - e.salary AS gap_to_top
    FROM employees e JOIN departments d ON d.id = e.department_id
)
SELECT * FROM ranked WHERE salary_rank <= 3 ORDER BY department, salary_rank, employee;
