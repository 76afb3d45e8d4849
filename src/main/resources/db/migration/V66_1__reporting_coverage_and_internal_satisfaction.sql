-- Coverage of the front office as reporting counts it, from the floor's events: each closed interval of a
-- queue once (keyed by queue and start), each ended fill-in once (keyed by its id), and their day roll-up per
-- queue, which the dashboard reads.
create table reporting_interval (
    queue_id       bigint  not null,
    interval_start timestamp with time zone not null,
    interval_end   timestamp with time zone not null,
    on_day         date    not null,
    required       integer not null,
    staffed        integer not null,
    is_short       integer not null,
    primary key (queue_id, interval_start)
);
create index reporting_interval_day on reporting_interval (on_day, queue_id);

create table reporting_fill_in (
    fill_in_id  bigint  primary key,
    queue_id    bigint  not null,
    employee_id bigint  not null,
    on_day      date    not null,
    started_at  timestamp with time zone not null,
    ended_at    timestamp with time zone not null,
    minutes     integer not null
);
create index reporting_fill_in_day on reporting_fill_in (on_day, queue_id);

create table reporting_coverage_day (
    on_day          date   not null,
    queue_id        bigint not null,
    intervals       bigint not null,
    short_intervals bigint not null,
    fill_ins        bigint not null,
    fill_in_minutes bigint not null,
    primary key (on_day, queue_id)
);

-- The front office's ratings of the internal service it got, from service's events: each request's rating
-- once (keyed by the request), and their day roll-up per handling department.
create table reporting_request_rating (
    request_id    bigint  primary key,
    department_id bigint  not null,
    on_day        date    not null,
    stars         integer not null,
    rated_at      timestamp with time zone not null
);
create index reporting_request_rating_by_day on reporting_request_rating (on_day, department_id);

create table reporting_request_rating_day (
    on_day        date   not null,
    department_id bigint not null,
    rated         bigint not null,
    stars_sum     bigint not null,
    primary key (on_day, department_id)
);

-- A row per roll-up that its listeners lock before they write, so that two first events of a day (or one
-- event delivered twice at once) are counted one after the other, never both as the first.
create table reporting_day_lock (
    name varchar(20) primary key
);
insert into reporting_day_lock (name) values ('coverage');
insert into reporting_day_lock (name) values ('rating');
