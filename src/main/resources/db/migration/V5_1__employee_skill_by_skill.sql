-- "Who can help now" looks employees up by skill and level; the primary key starts with the employee.
create index employee_skill_by_skill on employee_skill (skill_id, skill_level);
