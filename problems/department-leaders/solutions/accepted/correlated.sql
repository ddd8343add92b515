-- A salary's rank is one more than the number of distinct salaries above it.
SELECT department, employee, salary, salary_rank, top - salary
FROM (
    SELECT d.name AS department,
           e.name AS employee,
           e.salary,
           1 + (SELECT COUNT(DISTINCT h.salary)
                FROM employees AS h
                WHERE h.department_id = e.department_id AND h.salary > e.salary) AS salary_rank,
           (SELECT MAX(t.salary) FROM employees AS t WHERE t.department_id = e.department_id) AS top
    FROM employees AS e
    JOIN departments AS d ON d.id = e.department_id
    WHERE e.salary IS NOT NULL
)
WHERE salary_rank <= 3
ORDER BY 1, 4, 2
