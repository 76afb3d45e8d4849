-- "Who can help now" finds the employees holding a skill at a level or above. With the employee in
-- the index, the index alone answers (an index-only scan) instead of visiting the table for each
-- row; the new index does everything the one it replaces did.
create index employee_skill_by_skill_and_employee on employee_skill (skill_id, skill_level, employee);
drop index employee_skill_by_skill;
