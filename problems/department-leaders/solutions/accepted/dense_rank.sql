-- DENSE_RANK gives equal salaries one rank and leaves no gaps.
WITH ranked AS (
    SELECT d.name AS department,
           e.name AS employee,
           e.salary,
           DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank,
           MAX(e.salary) OVER (PARTITION BY e.department_id) - e.salary AS gap_to_top
    FROM employees AS e
    JOIN departments AS d ON d.id = e.department_id
    WHERE e.salary IS NOT NULL
)
SELECT department, employee, salary, salary_rank, gap_to_top
FROM ranked
WHERE salary_rank <= 3
ORDER BY department, salary_rank, employee;
