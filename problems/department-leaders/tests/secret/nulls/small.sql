INSERT INTO departments (id, name) VALUES
    (1, 'Platform'),
    (2, 'Payments'),
    (3, 'Search');
INSERT INTO employees (id, name, department_id, salary) VALUES
    (1, 'Zed', 1, NULL),
    (2, 'Yo', 1, NULL),
    (3, 'Xu', 2, 100),
    (4, 'Wu', 2, 90),
    (5, 'Vi', 2, NULL),
    (6, 'Ty', 3, 70),
    (7, 'Su', 3, 70),
    (8, 'Ra', 3, 70),
    (9, 'Qi', NULL, 500);
