-- Number the distinct salaries of each department, then join the people back.
WITH levels AS (
    SELECT department_id, salary,
           ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
    FROM (SELECT DISTINCT department_id, salary FROM employees WHERE salary IS NOT NULL)
),
tops AS (
    SELECT department_id, salary AS top FROM levels WHERE salary_rank = 1
)
SELECT d.name AS department, e.name AS employee, e.salary, l.salary_rank, t.top - e.salary AS gap_to_top
FROM employees AS e
JOIN levels AS l ON l.department_id = e.department_id AND l.salary = e.salary
JOIN tops AS t ON t.department_id = e.department_id
JOIN departments AS d ON d.id = e.department_id
WHERE l.salary_rank <= 3
ORDER BY department, l.salary_rank, employee;
