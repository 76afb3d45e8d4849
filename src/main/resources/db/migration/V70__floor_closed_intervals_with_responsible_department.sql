-- Each closed interval keeps the department that answered for its queue on the floor when it closed, so that
-- coverage can be counted per department. Intervals closed before are given the department answering now:
-- the best that is known of them.
alter table floor_closed_interval add column department_id bigint;
update floor_closed_interval set department_id =
    (select r.department_id from floor_responsibility r where r.queue_id = floor_closed_interval.queue_id);
