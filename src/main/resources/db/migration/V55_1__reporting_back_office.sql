-- The back office's internal requests as reporting counts them, from service's events: each request once
-- (its department, when it was filed and resolved, whether within target, the customer case it serves).
create table reporting_request (
    request_id    bigint  primary key,
    department_id bigint  not null,
    filed_day     date    not null,
    filed_at      timestamp with time zone not null,
    case_id       bigint,
    resolved_at   timestamp with time zone,
    target_met    integer not null default 0
);
create index reporting_request_department on reporting_request (department_id, filed_day);
create index reporting_request_open on reporting_request (resolved_at, department_id);
