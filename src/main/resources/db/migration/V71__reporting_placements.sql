-- Where each employee was placed, as reporting keeps it from people's EmployeeChanged events: one row per
-- stretch of time in one office, department and position, from active_from (inclusive) to active_until
-- (exclusive; null while it lasts). Headcount at any date is the rows whose stretch holds the date.
create table reporting_placement (
    employee_id   bigint      not null,
    active_from   date        not null,
    active_until  date,
    office        varchar(16) not null,
    department_id bigint      not null,
    position_id   bigint      not null,
    primary key (employee_id, active_from)
);
create index reporting_placement_dates on reporting_placement (active_from, active_until);
insert into reporting_day_lock (name) values ('placement');
