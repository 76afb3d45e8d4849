-- Delegations were once saved for employees and positions that do not exist (ids -1, 2147483648):
-- they name nobody, so they go. Delegations Kantor's rules now refuse but that name a real person
-- (a manager's own) stay, for an admin to withdraw after reading the audit trail.
delete from delegation where scope = 'EMPLOYEE' and scope_id not in (select id from employee);
delete from delegation where scope = 'POSITION' and scope_id not in (select id from job_position);
