-- Coverage follows the department filter: an interval is counted under the department that answered for its
-- queue when it closed, a fill-in under its manager's department (both null when there is none).
alter table reporting_interval add column department_id bigint;
alter table reporting_fill_in add column department_id bigint;

-- The day roll-up gets the department as a dimension (0: no department), so it is made again: from the rows
-- kept so far, under no department, until the rebuild marked below counts them with their departments.
drop table reporting_coverage_day;
create table reporting_coverage_day (
    on_day          date   not null,
    queue_id        bigint not null,
    department_id   bigint not null,
    intervals       bigint not null,
    short_intervals bigint not null,
    fill_ins        bigint not null,
    fill_in_minutes bigint not null,
    primary key (on_day, queue_id, department_id)
);
insert into reporting_coverage_day (on_day, queue_id, department_id, intervals, short_intervals, fill_ins,
    fill_in_minutes)
select on_day, queue_id, 0, sum(intervals), sum(short_intervals), sum(fill_ins), sum(fill_in_minutes)
from (select on_day, queue_id, 1 as intervals, is_short as short_intervals, 0 as fill_ins, 0 as fill_in_minutes
      from reporting_interval
      union all
      select on_day, queue_id, 0, 0, 1, minutes from reporting_fill_in) counted
group by on_day, queue_id;

-- "The figures must be rebuilt": set by a migration that changes what the roll-ups hold, taken by one node
-- at start-up (claimed_at, claimed_by; a claim older than an hour is a node that died) which rebuilds every
-- figure in the background and then removes the row. A fresh install has no figures, so nothing is marked.
create table reporting_rebuild_needed (
    name       varchar(40)  primary key,
    marked_at  timestamp with time zone not null,
    reason     varchar(200) not null,
    claimed_at timestamp with time zone,
    claimed_by varchar(60)
);
insert into reporting_rebuild_needed (name, marked_at, reason)
select 'rollups', current_timestamp, 'V70_1: coverage per department; handoffs counted before V65 under none'
from reporting_day_lock
where name = 'coverage'
  and (exists (select 1 from reporting_case) or exists (select 1 from reporting_handoff)
       or exists (select 1 from reporting_request) or exists (select 1 from reporting_interval)
       or exists (select 1 from reporting_fill_in));
