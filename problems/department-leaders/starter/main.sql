-- One query. The tables: departments(id, name), employees(id, name, department_id, salary).
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
ORDER BY department, employee;
