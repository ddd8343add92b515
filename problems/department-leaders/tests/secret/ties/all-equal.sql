INSERT INTO departments (id, name) VALUES
    (1, 'Data');
INSERT INTO employees (id, name, department_id, salary) VALUES
    (1, 'Emp Y', 1, 1000),
    (2, 'Emp X', 1, 1000),
    (3, 'Emp W', 1, 1000),
    (4, 'Emp V', 1, 1000),
    (5, 'Emp U', 1, 1000),
    (6, 'Emp T', 1, 1000),
    (7, 'Emp S', 1, 1000),
    (8, 'Emp R', 1, 1000),
    (9, 'Emp Q', 1, 1000),
    (10, 'Emp P', 1, 1000);
