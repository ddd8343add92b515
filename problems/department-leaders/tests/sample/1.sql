INSERT INTO departments (id, name) VALUES (1, 'Platform'), (2, 'Search');
INSERT INTO employees (id, name, department_id, salary) VALUES
    (1, 'Zed', 1, 100),
    (2, 'Amy', 1, 100),
    (3, 'Bob', 1, 80),
    (4, 'Cat', 1, 70),
    (5, 'Dan', 1, 60),
    (6, 'Eve', 1, NULL),
    (7, 'Fay', 2, 50),
    (8, 'Gil', NULL, 999);
